"""Mechanisms that read layouts nobody described (benchmarks/layouts.py's fresh families): a frame's inline
document, a saved mail, a paragraph one extractor dropped, a template's numbers, a link to the page itself."""

from __future__ import annotations

import base64
import quopri
from html import escape
from pathlib import Path

from index.article import Article, RawDocument
from index.ingest import body, cleaning, density, furniture, publication
from index.ingest.extract import extract
from index.ingest.html import inlined_frames, read_html
from index.ingest.sources import read_sources
from index.settings import Settings

STORY = [
    "江城市文化和旅游局9日发布消息，全市首批十二家乡村民宿通过星级评定，将在五一假期前挂牌迎客。",
    "据介绍，此次评定从安全卫生、服务质量、乡土特色等方面打分，入选民宿平均房价较去年下降一成。",
    "文旅局有关负责人表示，下一步将组织民宿经营者参加培训，并在官方平台统一发布预订信息。",
]
TITLE = "江城首批星级乡村民宿挂牌"


def _article(text: str, **meta: str) -> Article:
    return extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", meta))


def _page_article(markup: str) -> Article:
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


# ---------------------------------------------------------------- what the page holds


def test_a_text_in_an_iframe_srcdoc_is_read_where_the_frame_stands() -> None:
    inner = "<html><body><div class='TRS_Editor'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>"
    markup = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a> <a href='/hdjl/'>互动交流</a></div>"
        f"<h2>{TITLE}</h2><div>发布日期：2021-04-09　来源：江城市文化和旅游局</div>"
        f'<iframe frameborder="0" srcdoc="{escape(inner, quote=True)}"></iframe>'
        "<div class='foot'>主办：江城市人民政府办公室</div></body></html>"
    )
    article = _page_article(markup)
    assert (article.title, article.date, article.body.split("\n")) == (TITLE, "2021-04-09", STORY)


def test_a_page_without_a_srcdoc_frame_is_left_as_it_is() -> None:
    markup = "<html><body><iframe src='/ad.html'></iframe><p>正文</p></body></html>"
    assert inlined_frames(markup) == markup


def _mail(html: str) -> bytes:
    subject = "=?utf-8?b?" + base64.b64encode(f"【江城周报】{TITLE}".encode()).decode("ascii") + "?="
    part = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        f"From: <weekly@news.example.cn>\r\nSubject: {subject}\r\nDate: Sat, 10 Apr 2021 07:30:00 +0800\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain\r\n"
        "--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{part}\r\n--b1--\r\n"
    ).encode("ascii")


def test_a_newsletter_saved_as_eml_gives_the_article_of_its_html_part(tmp_path: Path) -> None:
    html = (
        f"<html><body><table><tr><td><h1>{TITLE}</h1></td></tr><tr><td>来源：江城日报　2021-04-09</td></tr>"
        f"<tr><td>{''.join(f'<p>{p}</p>' for p in STORY)}</td></tr>"
        "<tr><td>您收到这封邮件，是因为您订阅了江城周报。<a href='#'>退订</a></td></tr></table></body></html>"
    )
    (tmp_path / "weekly.eml").write_bytes(_mail(html))
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(raw)
    assert (article.title, article.date, article.body.split("\n")[:3]) == (TITLE, "2021-04-09", STORY)


def test_a_mail_without_an_html_part_gives_its_plain_text(tmp_path: Path) -> None:
    text = "\n".join([TITLE, *STORY])
    message = (
        "From: <weekly@news.example.cn>\r\nSubject: weekly\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(text.encode("utf-8")).decode("ascii")
    )
    (tmp_path / "plain.eml").write_bytes(message.encode("ascii"))
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert extract(raw).body.split("\n") == STORY


# ---------------------------------------------------------------- the body by agreement


def test_a_short_paragraph_one_extractor_dropped_between_two_it_kept_goes_back() -> None:
    short = "评定结果已在官网公示。"
    page = [density.Line(TITLE, 0), density.Line(STORY[0], 0), density.Line(short, 0), density.Line(STORY[1], 0)]
    assert body.with_gaps_filled(STORY[:2], [[STORY[0], short, STORY[1]]], page) == [STORY[0], short, STORY[1]]


def test_a_caption_between_a_pictures_counter_and_its_buttons_goes_back_without_them() -> None:
    caption = "游客在民宿院子里品尝当地的春茶。"
    page = [
        density.Line(STORY[0], 0),
        density.Line("3/4", 0),
        density.Line(caption, 0),
        density.Line("上一张 下一张", 6),
        density.Line(STORY[1], 0),
    ]
    assert body.with_gaps_filled(STORY[:2], [[STORY[0], caption, STORY[1]]], page) == [STORY[0], caption, STORY[1]]


def test_a_written_line_beside_a_readers_name_in_a_gap_stays_out() -> None:
    reply = "写得真好，下次也去住住。"
    page = [density.Line(STORY[0], 0), density.Line("江城小雨", 0), density.Line(reply, 0), density.Line(STORY[1], 0)]
    assert body.with_gaps_filled(STORY[:2], [[STORY[0], reply, STORY[1]]], page) == STORY[:2]


def test_a_line_between_two_kept_lines_that_no_other_extractor_kept_stays_out() -> None:
    ad = "扫码下载客户端，阅读更多精彩内容。"
    page = [density.Line(STORY[0], 0), density.Line(ad, 0), density.Line(STORY[1], 0)]
    assert body.with_gaps_filled(STORY[:2], [STORY[:2]], page) == STORY[:2]


def test_a_block_of_lines_one_extractor_left_out_is_not_filled_in() -> None:
    others = ["另一篇：江城地铁三号线开通。", "另一篇：江城举办春季车展。", "另一篇：江城新增两座公园。"]
    page = [density.Line(STORY[0], 0), *(density.Line(o, 0) for o in others), density.Line(STORY[1], 0)]
    assert body.with_gaps_filled(STORY[:2], [[STORY[0], *others, STORY[1]]], page) == STORY[:2]


def test_a_candidate_no_other_agrees_with_has_no_vote() -> None:
    feed = ["为你推荐", "江城春季车展开幕", "1小时前"]
    candidates = {"readability": feed, "trafilatura": STORY, "density": STORY + feed}
    assert body.choose(candidates) == "trafilatura"


def test_a_long_line_of_items_without_punctuation_leaves_the_body() -> None:
    column = " ".join(["城南 两房出租 每月1800元 联系：王先生 13800001111"] * 4)
    assert body.without_item_runs([*STORY, column]) == STORY


def test_a_paragraph_the_candidate_repeats_is_told_once() -> None:
    assert body.without_item_runs([*STORY, STORY[0]]) == STORY


def test_a_cell_run_together_is_read_as_the_page_lines_around_a_left_out_row_of_links() -> None:
    buttons = density.Line("【打印】 【关闭】", 8)
    page = [density.Line(STORY[0], 0), buttons, density.Line(STORY[1], 0)]
    assert body.agreed_body({"trafilatura": [STORY[0] + STORY[1]]}, page) == STORY[:2]


# ---------------------------------------------------------------- a site's template


def test_a_template_line_with_other_numbers_has_one_fingerprint() -> None:
    assert furniture.line_key("阅读 1.2万 点赞 306") == furniture.line_key("阅读 3.4万 点赞 12")


def test_a_written_sentence_with_other_numbers_keeps_its_own_fingerprint() -> None:
    one = "今年一季度全市接待游客120万人次，同比增长15%。"
    assert furniture.line_key(one) != furniture.line_key(one.replace("120", "98"))


def test_a_forums_timing_line_in_every_file_is_learned_whatever_its_numbers() -> None:
    texts = [
        f"{TITLE}\n{STORY[n % 3]}\n第{n}期民宿评定共有{n + 20}家参评，其中{n + 3}家入选。"
        f"\nTime 0.0{n}3 second(s),query:{n + 2}"
        for n in range(5)
    ]
    learned = furniture.learn(furniture.fingerprint("forum", text) for text in texts)
    assert furniture.line_key("Time 0.071 second(s),query:9") in learned["forum"]


def test_a_field_line_every_file_of_a_source_repeats_leaves_the_text() -> None:
    raw = RawDocument("a", "a.md", "\n".join([TITLE, *STORY, "最后编辑：资料组"]), "0" * 32, "utf-8", {})
    assert extract(raw, frozenset([furniture.line_key("最后编辑：资料组")])).body.split("\n") == STORY


def test_a_learned_source_line_still_gives_the_source() -> None:
    raw = RawDocument("a", "a.txt", "\n".join([TITLE, "来源：江城日报", *STORY]), "0" * 32, "utf-8", {})
    article = extract(raw, frozenset([furniture.line_key("来源：江城日报")]))
    assert (article.source, article.body.split("\n")) == ("江城日报", STORY)


# ---------------------------------------------------------------- lines around the text


def test_a_link_to_the_page_itself_under_the_text_is_not_the_text() -> None:
    text = "\n".join([TITLE, *STORY, f"查看完整版本: [-- {TITLE} --] [-- top --]"])
    assert _article(text).body.split("\n") == STORY


def test_a_line_that_repeats_the_title_inside_a_sentence_is_the_text() -> None:
    assert not cleaning.names_the_page(f"记者从现场了解到，{TITLE}仪式今天举行。", TITLE)


def test_a_kicker_naming_the_title_above_the_text_stays() -> None:
    text = "\n".join([TITLE, f"【文旅动态】{TITLE}", *STORY])
    assert _article(text, title=TITLE).body.split("\n")[0] == f"【文旅动态】{TITLE}"


def test_an_issues_dated_line_above_the_text_is_not_the_text() -> None:
    text = "\n".join(["江城周报 第128期 | 2021年04月10日", *STORY])
    article = _article(text, title=TITLE)
    assert article.body.split("\n") == STORY


def test_a_paragraph_closed_by_a_bracketed_credit_after_its_last_sentence_ends_there() -> None:
    assert cleaning.ends_sentence("文旅局将组织民宿经营者参加培训。（江城日报记者王晓）")


def test_a_bracketed_source_closing_a_paragraph_names_no_writer() -> None:
    text = "\n".join([TITLE, STORY[0] + "（来源：江城日报）", *STORY[1:]])
    assert _article(text).authors == []


def test_a_photo_credit_closing_a_paragraph_names_no_writer() -> None:
    text = "\n".join([TITLE, STORY[0] + "（李明供图）", *STORY[1:]])
    assert _article(text).authors == []


def test_a_markdown_line_that_is_one_link_is_navigation() -> None:
    assert cleaning.strip_markup("- [江城春季车展开幕](../doc-48101.md)") == ""


def test_a_markdown_link_inside_a_sentence_keeps_its_words() -> None:
    line = "详见[评定办法](https://news.example.cn/a.html)，共十二条。"
    assert cleaning.strip_markup(line) == "详见评定办法，共十二条。"


def test_a_markdown_exports_front_matter_gives_its_fields_and_leaves_the_text(tmp_path: Path) -> None:
    text = "\n".join(["---", f'title: "{TITLE}"', "date: 2021-04-09 14:30:00", "tags: [文旅, 归档]", "---", *STORY])
    (tmp_path / "doc.md").write_text(text, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(raw)
    assert (article.title, article.date, article.body.split("\n")) == (TITLE, "2021-04-09", STORY)


def test_a_text_opening_with_a_rule_but_no_fields_keeps_it_as_text(tmp_path: Path) -> None:
    text = "\n".join(["---", STORY[0], "---", *STORY[1:]])
    (tmp_path / "doc.md").write_text(text, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert extract(raw).body.split("\n") == STORY


# ---------------------------------------------------------------- the headline among the page's lines


def test_the_headline_above_a_table_of_fields_is_found_when_the_lead_repeats_it() -> None:
    cells = ["发布时间：", "2021-04-09", "作者：", "王晓", "来源：", "宣传部", "点击次数："]
    lines = ["首页", TITLE, *cells, TITLE, *STORY]
    assert publication.locate(lines, TITLE, [TITLE, *STORY]) == (1, 10)


def test_an_old_blogs_title_with_its_stamp_beside_it_is_the_headline_and_gives_the_day() -> None:
    markup = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_江城老李_博客</title></head><body>"
        "<div class='side'><b>最新文章</b><ul><li><a href='/p1'>江城春季车展开幕…</a></li></ul></div>"
        f"<div class='articleTitle'><b>{TITLE}</b> <span>(2006-03-08 10:23:41)</span></div>"
        f"<div id='articlebody'>{'<br><br>'.join(STORY)}</div></body></html>"
    )
    article = _page_article(markup)
    assert (article.title, article.date) == (TITLE, "2006-03-08")


# ---------------------------------------------------------------- what a saved page hides


def test_a_text_saved_by_notepad_as_unicode_is_read(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_bytes("\r\n".join([TITLE, *STORY]).encode("utf-16"))
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert (raw.encoding, extract(raw).body.split("\n")) == ("utf-16", STORY)


def test_a_script_rendered_pages_noscript_fallback_is_its_text() -> None:
    markup = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        "<div id='root'><div class='loading'>正在加载，请稍候…</div></div>"
        f"<noscript><h1>{TITLE}</h1><div>2021-04-09 · 江城日报</div>{''.join(f'<p>{p}</p>' for p in STORY)}</noscript>"
        "<div class='footer'>关于我们 | 用户协议</div></body></html>"
    )
    article = _page_article(markup)
    assert (article.title, article.body.split("\n")) == (TITLE, STORY)


def test_a_short_noscript_notice_stays_hidden() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    markup = f"<html><body>{paragraphs}<noscript>请启用JavaScript以浏览本站</noscript></body></html>"
    assert "JavaScript" not in _page_article(markup).body


def test_the_titles_under_a_learned_list_heading_after_the_text_go_with_it() -> None:
    hot = ["1. 江城春季车展开幕", "2. 江城地铁三号线今日开通", "3. 江城新增两座城市公园", "4. 江城举办龙舟邀请赛"]
    text = "\n".join([TITLE, *STORY, "热点排行", *hot])
    learned = frozenset([furniture.line_key("热点排行"), furniture.line_key(hot[1])])
    raw = RawDocument("a", "a.txt", text, "0" * 32, "utf-8", {})
    assert extract(raw, learned).body.split("\n") == STORY


def test_short_lines_under_a_learned_section_head_that_no_page_shares_stay() -> None:
    lines = ["江城文旅咨询电话：0000-12345678", "江城文旅投诉电话：0000-12301", "江城民宿预订电话：0000-87654321"]
    text = "\n".join([TITLE, *STORY, "【其他】", *lines])
    raw = RawDocument("a", "a.txt", text, "0" * 32, "utf-8", {})
    assert extract(raw, frozenset([furniture.line_key("【其他】")])).body.split("\n")[-3:] == lines
