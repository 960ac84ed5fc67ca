"""Kinds of failure seen on real Chinese pages (issue 22), each shown on a small page written for the test:
pages lost to a few bad bytes or to a page-wide <form>, table-layout furniture kept as the article, titles cut
short or taken from the site's heading, dates in the forms old portals write them or taken from a comment,
and bylines without labels."""

from __future__ import annotations

import quopri
from pathlib import Path

import pytest

from index.article import Article, RawDocument
from index.build import build
from index.ingest import body, bylines, density
from index.ingest.extract import extract, read_date
from index.ingest.html import html_to_text, read_html
from index.ingest.sources import decode_damaged, read_sources
from index.settings import Settings
from index.text.normalize import normalize_text

STORY = [
    "7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作，要求各地严阵以待，确保群众生命财产安全。",
    "会议指出，入汛以来全市平均降雨量较常年偏多三成，主要江河水位持续上涨，部分水库超过汛限水位。",
    "会议要求，各级各部门要加强值班值守，落实巡查制度，发现险情及时处置，坚决打赢防汛抗洪这场硬仗。",
]


def _page(head: str = "", above: str = "", below: str = "", after: str = "", title: str = "全市部署防汛工作") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_江城新闻网</title>{head}</head><body>"
        "<div class='top'><a href='/'>江城新闻网</a> <a href='/news'>新闻</a> <a href='/gov'>政务</a></div>"
        f"{above}<div class='article'><h1>全市部署防汛工作</h1>{below}{paragraphs}</div>{after}"
        "<div class='foot'>版权所有 江城新闻网</div></body></html>"
    )


def _article(markup: str) -> Article:
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


# ---------------------------------------------------------------- pages not lost


def test_a_gbk_page_with_one_invalid_byte_sequence_is_read_and_says_where(tmp_path: Path) -> None:
    data = _page().encode("gbk")
    cut = data.index("会议指出".encode("gbk"))
    (tmp_path / "page.html").write_bytes(data[:cut] + b"\xff" + data[cut:])
    (raw,) = read_sources([tmp_path / "page.html"], Settings().max_file_bytes)
    assert raw.encoding == "gb18030"
    assert raw.damaged == f"1 invalid byte read as U+FFFD (gb18030) at byte {cut}"
    assert STORY[1] in extract(raw).body


def test_a_short_gbk_page_with_a_broken_character_is_read(tmp_path: Path) -> None:
    data = "<html><body><h1>全市部署防汛工作</h1><p>会议指出，要压实防汛责任，做好应急准备。</p></body></html>".encode(
        "gbk"
    )
    first, second = data.index("会议".encode("gbk")), data.index("做好".encode("gbk"))
    broken = data[:first] + b"\x80" + data[first:second] + b"\x80" + data[second:]
    (tmp_path / "page.html").write_bytes(broken)
    (raw,) = read_sources([tmp_path / "page.html"], Settings().max_file_bytes)
    assert raw.damaged.startswith("2 invalid bytes read as U+FFFD (gb18030)")
    assert "要压实防汛责任" in extract(raw).body


def test_a_big5_page_with_a_character_cut_before_a_tag_is_read_as_big5(tmp_path: Path) -> None:
    paragraphs = ["颱風逼近，氣象局發布海上警報。", "市府呼籲民眾做好防颱準備，避免前往海邊。"]
    page = "<html><head><meta charset='big5'><title>颱風逼近</title></head><body><h1>颱風逼近</h1>"
    data = (page + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>").encode("big5")
    cut = data.index("</p>".encode("big5"))
    (tmp_path / "page.html").write_bytes(data[:cut] + "颱".encode("big5")[:1] + data[cut:])  # a lead byte, no trail
    (raw,) = read_sources([tmp_path / "page.html"], Settings().max_file_bytes)
    assert raw.encoding == "big5"
    assert raw.damaged.startswith("1 invalid byte read as U+FFFD (big5)")
    assert "市府呼吁民众做好防台准备" in normalize_text(extract(raw).body)


def test_a_file_in_no_encoding_at_all_is_still_refused() -> None:
    noise = bytes(range(0x80, 0x100)) * 40
    with pytest.raises(ValueError, match="undecodable"):
        decode_damaged(noise)


def test_the_build_report_lists_a_damaged_page(tmp_path: Path) -> None:
    source = tmp_path / "pages"
    source.mkdir()
    data = _page().encode("gbk")
    (source / "page.html").write_bytes(data[:400] + b"\xff" + data[400:])
    report = build([source], Settings(index_dir=str(tmp_path / "index")))
    assert any(line.startswith("damaged ") and "1 invalid byte" in line for line in report.lines())


def test_a_blog_page_wrapped_in_one_form_keeps_its_text() -> None:
    markup = _page().replace("<body>", "<body><form name='Form1' method='post'>").replace("</body>", "</form></body>")
    assert _article(markup).body.split("\n") == STORY


def _mhtml(html: str, address: str) -> bytes:
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: " + address + "\r\nDate: Fri, 14 Aug 2020 09:12:45 +0800"
        '\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--b--"\r\n\r\n'
        "----b--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {address}\r\n\r\n{body}\r\n----b--\r\nContent-Type: text/css\r\n"
        "Content-Location: https://news.example.cn/main.css\r\n\r\nbody { color: black; }\r\n----b----\r\n"
    ).encode("ascii")


def test_a_page_saved_as_mhtml_is_read_with_its_address(tmp_path: Path) -> None:
    address = "https://news.example.cn/2020/07/15/a1.html"
    (tmp_path / "saved.mhtml").write_bytes(_mhtml(_page(), address))
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(raw)
    assert (article.title, article.body.split("\n"), article.url) == ("全市部署防汛工作", STORY, address)


def test_the_day_an_mhtml_file_was_saved_is_not_the_articles(tmp_path: Path) -> None:
    (tmp_path / "saved.mht").write_bytes(_mhtml(_page(), "https://news.example.cn/a1.html"))
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert extract(raw).date != "2020-08-14"


def test_a_paragraph_whose_source_is_broken_into_lines_reads_as_one() -> None:
    source = "\n".join(STORY[0][i : i + 30] for i in range(0, len(STORY[0]), 30))
    markup = _page().replace(
        f"<p>{STORY[0]}</p>", f"<p class=MsoNormal><span style='font-size:16.0pt'>{source}</span></p>"
    )
    assert _article(markup).body.split("\n")[0] == STORY[0]


def test_a_line_break_between_latin_words_in_the_source_is_a_space() -> None:
    markup = _page().replace(
        f"<p>{STORY[0]}</p>", "<p>Flood season\nbriefing，全市各地严阵以待，确保群众生命财产安全。</p>"
    )
    assert "Flood season briefing，" in _article(markup).body


def test_preformatted_text_keeps_its_lines() -> None:
    text, _ = read_html("<html><body><pre>第一行文字\n第二行文字</pre></body></html>")
    assert "第一行文字\n第二行文字" in text


def _printed(lines: list[str], per_page: int = 4) -> str:
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    divs = "".join(
        f"<div class='pf'>{'' if k == 1 else '<div class=t>江城市防汛抗旱指挥部文件</div>'}"
        + "".join(f"<div class='t'>{line}</div>" for line in page)
        + f"<div class='t'>— {k} —</div></div>"
        for k, page in enumerate(pages, 1)
    )
    return f"<html><head><title></title></head><body><div id='page-container'>{divs}</div></body></html>"


PRINTED_STORY = [
    "7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防",
    "汛工作，要求各地严阵以待，确保群众生命财产安全。会议指",
    "出，入汛以来全市平均降雨量较常年偏多三成，主要江河水位",
    "持续上涨，部分水库超过汛限水位。",
    "会议要求，各级各部门要加强值班值守，落实巡查制度，发现",
    "险情及时处置，各级领导干部要深入一线，靠前指挥，及时组",
    "织群众转移，做到应转尽转、不漏一人，坚决打赢防汛抗洪这",
    "场硬仗。",
]


def test_a_page_printed_line_by_line_over_several_pages_reads_as_its_paragraphs() -> None:
    article = _article(_printed(["江城市防汛抗旱指挥部文件", "全市部署防汛工作", *PRINTED_STORY]))
    assert article.body.split("\n") == ["".join(PRINTED_STORY[:4]), "".join(PRINTED_STORY[4:])]


def test_an_offices_masthead_above_the_headline_is_not_the_title() -> None:
    article = _article(_printed(["江城市防汛抗旱指挥部文件", "全市部署防汛工作", *PRINTED_STORY]))
    assert article.title == "全市部署防汛工作"


def test_an_offices_masthead_opening_a_text_file_is_neither_title_nor_text() -> None:
    text = "\n".join(["江城市人民政府办公室文件", "全市部署防汛工作", *STORY])
    article = extract(RawDocument("doc", "doc.txt", text, "0" * 32, "utf-8"))
    assert (article.title, article.body.split("\n")) == ("全市部署防汛工作", STORY)


# ---------------------------------------------------------------- furniture


def test_a_table_layout_page_keeps_the_post_and_drops_the_link_rows() -> None:
    nav = "".join(f"<td><a href='/{i}'>{word}</a></td>" for i, word in enumerate("首页 论坛 博客 注册 登录".split()))
    related = "".join(f"<tr><td><a href='/r{i}'>江城举行第{i}届龙舟比赛现场直击</a></td></tr>" for i in range(4))
    post = "".join(f"<tr><td>{p}</td></tr>" for p in STORY)
    markup = (
        "<html><head><title>全市部署防汛工作</title></head><body>"
        f"<table><tr><td>游客 欢迎你！</td>{nav}</tr></table>"
        f"<table><tr><td><b>全市部署防汛工作</b></td></tr>{post}</table>"
        f"<table>{related}</table></body></html>"
    )
    article = _article(markup)
    assert all(p in article.body for p in STORY)
    for furniture in ("首页", "注册", "龙舟比赛"):
        assert furniture not in article.body


def test_the_density_run_ends_where_a_menu_between_article_and_sidebar_begins() -> None:
    lines = [density.Line(p, 0) for p in STORY]
    lines += [density.Line(word, len(word)) for word in "首页 新闻 政务 服务 互动".split()]
    lines += [density.Line("相关阅读：江城举行龙舟比赛，市民热情高涨，现场人山人海。", 0)]
    assert [line.text for line in density.densest_run(lines)] == STORY


def test_the_candidate_the_others_support_is_the_body() -> None:
    menu = ["首页", "新闻", "政务", "联系我们"]
    candidates = {"readability": menu, "trafilatura": STORY, "density": STORY[:2]}
    assert body.choose(candidates) == "trafilatura"


def test_a_line_the_page_shows_only_as_links_is_dropped_from_the_body() -> None:
    page = [density.Line("上一篇 下一篇 返回列表", 10), *(density.Line(p, 0) for p in STORY)]
    assert body.without_navigation(["上一篇 下一篇 返回列表", *STORY], page) == STORY


def test_a_channel_bar_the_page_shows_at_its_head_and_again_at_its_foot_leaves_the_body() -> None:
    bar = "溪山在线国内国际财经科技评论"
    page = [density.Line(bar, 0), *(density.Line(p, 0) for p in STORY), density.Line(bar, 0)]
    assert body.without_repeated_menus([*STORY, bar], page) == STORY


def test_an_issuer_signing_over_its_day_stays_though_the_page_head_names_it() -> None:
    signed = [*STORY, "溪山县人民政府", "2023年5月8日"]
    page = [density.Line("溪山县人民政府", 0), *(density.Line(p, 0) for p in signed)]
    assert body.without_repeated_menus(signed, page) == signed


# ---------------------------------------------------------------- titles


def test_an_og_title_cut_short_by_an_unescaped_quote_loses_to_the_fuller_h1() -> None:
    headline = '男孩写"救命啊"纸团抛出引来警察'
    markup = (
        f"<html><head><title>{headline}_江城新闻网</title>"
        '<meta property="og:title" content="男孩写"救命啊"纸团抛出引来警察"></head>'
        f"<body><h1>{headline}</h1>{''.join(f'<p>{p}</p>' for p in STORY)}</body></html>"
    )
    assert _article(markup).title == headline


def test_an_og_title_cut_at_a_straight_quote_loses_to_the_h1_that_typesets_its_quotes() -> None:
    markup = (
        '<html><head><title>市长说"防汛"要抓实 - 江城新闻网</title>'
        '<meta property="og:title" content="市长说"防汛"要抓实"></head>'
        f"<body><h1>市长说“防汛”要抓实</h1>{''.join(f'<p>{p}</p>' for p in STORY)}</body></html>"
    )
    assert _article(markup).title == "市长说“防汛”要抓实"


def _blog_post(title: str, head: str) -> str:
    calendar = "".join(f"<div>{day}</div>" for day in range(1, 15))
    poem = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{title}</title></head><body><div>{title}</div>{calendar}"
        f"<div class='post'>{head}{poem}</div></body></html>"
    )


def test_a_blogs_name_far_above_the_post_gives_way_to_the_posts_own_title() -> None:
    markup = _blog_post("洞庭一叶", "<div>江城夜话</div>")
    assert _article(markup).title == "江城夜话"


def test_a_posters_line_above_the_posts_title_gives_the_author_and_the_day() -> None:
    markup = _blog_post("洞庭一叶", "<div>jiangcheng_88 发表于 2005-9-15 11:46:00</div><div>江城夜话</div>")
    article = _article(markup)
    assert (article.title, article.authors, article.date) == ("江城夜话", ["jiangcheng_88"], "2005-09-15")


def test_a_page_title_the_page_never_shows_gives_way_to_the_headline_over_the_body() -> None:
    markup = _blog_post("显示", "<div>犬儒病(上)</div><div>胡平</div>").replace("<div>显示</div>", "")
    article = _article(markup)
    assert (article.title, article.authors) == ("犬儒病(上)", ["胡平"])


def test_a_forum_posts_subject_under_its_label_is_the_title() -> None:
    subject = "<div>你知道导游为什么那么热衷于带你去商场购物吗？</div>"
    head = f"<div>主题：</div>{subject}<div>作者：芊草凡凡 时间：2005-08-22</div>"
    markup = _blog_post("江城论坛 :: null", head)
    article = _article(markup)
    assert article.title == "你知道导游为什么那么热衷于带你去商场购物吗？" and "主题" not in article.body


def test_a_forum_posts_subject_beside_its_label_on_one_line_is_the_title() -> None:
    head = "<span>主题：</span>\n<span>江城的公交为什么总是晚点？</span><div>作者：芊草凡凡 时间：2005-08-22</div>"
    article = _article(_blog_post("江城论坛 :: null", head))
    assert article.title == "江城的公交为什么总是晚点？"


def _thread(replies: list[str]) -> str:
    rows = "".join(
        f"<table><tr><td>网友{k}</td><td><div>{k + 1}楼 发表于 2020-04-01 21:0{k}</div><div>{reply}</div>"
        "<div>回复 引用 举报</div></td></tr></table>"
        for k, reply in enumerate(replies, 1)
    )
    post = "<br>".join(STORY)
    return (
        "<html><head><title>全市部署防汛工作 - 民生热线 - 江城论坛</title></head><body>"
        "<h1>全市部署防汛工作</h1><table><tr><td>清风徐来</td><td><div>楼主 发表于 2020-04-01 10:26</div>"
        f"<div>{post}</div></td></tr></table>{rows}</body></html>"
    )


def test_a_threads_replies_are_not_its_article() -> None:
    reply = "支持楼主，希望有关部门重视防汛工作，我们小区地下车库去年就被淹过，至今没有人来处理。"
    article = _article(_thread([reply, "顶一下"]))
    assert STORY[-1] in article.body and reply not in article.body and "顶一下" not in article.body


def _post_bar(replies: list[str]) -> str:
    def post(k: int, who: str, text: str, time: str) -> str:
        return (
            f"<div class='l_post'><div class='d_author'><a href='/home/{k}'>{who}</a><div>江城达人</div></div>"
            f"<div class='content'>{text}</div><div class='tail'><span>来自iPhone客户端</span><span>{k}楼</span>"
            f"<span>{time}</span><a href='#'>回复</a></div></div>"
        )

    posts = post(1, "清风徐来", "<br>".join(STORY), "2020-07-15 10:26")
    posts += "".join(post(k, f"网友{k}", reply, f"2020-07-16 2{k}:05") for k, reply in enumerate(replies, 2))
    return (
        "<html><head><title>全市部署防汛工作【江城吧】_百度贴吧</title></head><body><div class='card'>江城吧</div>"
        f"<h3 class='core_title_txt'>全市部署防汛工作</h3><div class='postlist'>{posts}</div></body></html>"
    )


def test_a_post_bars_replies_under_the_first_posts_floor_and_time_are_not_its_article() -> None:
    reply = "支持楼主，希望有关部门重视防汛工作，我们小区地下车库去年就被淹过，至今没有人来处理。"
    article = _article(_post_bar([reply, "顶一下"]))
    assert article.body.split("\n") == STORY


def test_a_post_bars_first_post_has_the_day_of_its_own_floor() -> None:
    assert _article(_post_bar(["顶一下"])).date == "2020-07-15"


def test_the_bars_name_in_brackets_after_the_subject_is_no_part_of_the_title() -> None:
    assert _article(_post_bar(["顶一下"])).title == "全市部署防汛工作"


def test_a_posts_floor_names_no_one() -> None:
    assert bylines.poster("楼主 发表于 2020-04-01 10:26") is None and bylines.poster("2楼 发表于 2020-04-01") is None


def _school_page(nav: str = "学校首页 | 新闻首页 | 综合新闻 | 媒体江大") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>江城大学新闻网</title></head><body><table><tr><td>"
        f"{nav}</td></tr><tr><td>全市部署防汛工作，各地严阵以待</td></tr>"
        "<tr><td>发布者：党委宣传部 发布时间：2020-07-15 浏览次数：356</td></tr>"
        f"<tr><td>{paragraphs}</td></tr></table></body></html>"
    )


def test_a_page_titled_by_its_sites_name_has_the_headline_above_its_publication_line() -> None:
    article = _article(_school_page())
    assert (article.title, article.date) == ("全市部署防汛工作，各地严阵以待", "2020-07-15")


def test_an_e_editions_headline_sits_between_its_page_line_and_its_byline() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    markup = (
        "<html><head><title>江城日报数字报</title></head><body><div>江城日报 2020年07月15日 第A04版：要闻</div>"
        f"<h2>全市部署防汛工作 各地严阵以待</h2><div>本报记者 林晓燕 通讯员 周文斌</div>{paragraphs}</body></html>"
    )
    article = _article(markup)
    assert (article.title, article.date, article.authors) == (
        "全市部署防汛工作 各地严阵以待",
        "2020-07-15",
        ["林晓燕", "周文斌"],
    )


def test_a_menu_row_above_the_publication_line_is_no_headline() -> None:
    markup = _school_page().replace("<tr><td>全市部署防汛工作，各地严阵以待</td></tr>", "")
    assert _article(markup).title != "学校首页 | 新闻首页 | 综合新闻 | 媒体江大"


def test_an_office_signing_under_the_text_is_not_the_headline_its_title_element_names() -> None:
    paragraphs = "".join(f"<p class=MsoNormal>{p}</p>" for p in STORY)
    markup = (
        "<html><head><title>江城市防汛抗旱指挥部</title></head><body><div class=WordSection1>"
        f"<p class=MsoNormal align=center><b>全市部署防汛工作</b></p>{paragraphs}"
        "<p class=MsoNormal align=right>江城市防汛抗旱指挥部</p><p class=MsoNormal align=right>2020年7月15日</p>"
        "</div></body></html>"
    )
    assert _article(markup).title == "全市部署防汛工作"


def test_the_sites_own_heading_is_never_the_headline() -> None:
    markup = _page(title="江城要闻--全市部署防汛工作").replace(
        "<div class='top'>", "<div class='top'><h1>江城新闻网_权威新闻_江城资讯门户</h1>"
    )
    assert _article(markup).title == "全市部署防汛工作"


@pytest.mark.parametrize("suffix", ["_网易订阅", "-富达传媒", " 东区办事处"])
def test_a_site_suffix_goes_when_the_page_shows_the_headline_without_it(suffix: str) -> None:
    markup = _page(
        head=f'<meta property="og:title" content="全市部署防汛工作{suffix}">', title=f"全市部署防汛工作{suffix}"
    )
    assert _article(markup).title == "全市部署防汛工作"


def _programmers_blog(after: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>全市部署防汛工作 - 江城码农 - 博客园</title></head><body>"
        "<div id='header'><h1><a href='/jcmn/'>江城码农</a></h1><h2>记录生活，分享所得</h2></div>"
        "<div class='post'><h1 class='postTitle'><a href='/jcmn/p/1.html'>全市部署防汛工作</a></h1>"
        f"<div class='postBody'>{paragraphs}</div><div>分类: <a href='/c/1'>随笔</a></div>{after}</div>"
        "<div class='comment'><a href='#1'>#1楼</a> <span class='comment_date'>2020-07-16 09:12</span>"
        " <a href='/u/1'>路人甲</a></div><div>写得很清楚，收藏了，谢谢博主分享。</div></body></html>"
    )


def test_a_blogs_name_in_its_own_first_h1_gives_way_to_the_headline_that_leads_the_title() -> None:
    assert _article(_programmers_blog()).title == "全市部署防汛工作"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2004年7月16日08:19 江城晚报", "2004-07-16"),
        ("发布：5/7/2005 9:23:57 PM", "2005-05-07"),
        ("18-03-08 23:16 来源：江城新闻网", "2018-03-08"),
    ],
)
def test_the_publication_line_under_the_headline_gives_the_day(line: str, day: str) -> None:
    assert _article(_page(below=f"<div class='info'>{line}</div>")).date == day


def test_a_day_and_a_time_in_elements_side_by_side_are_read_apart() -> None:
    line = "<div><span>江城观察</span><span>发布时间: 20-07-15</span><span>10:26</span></div>"
    assert _article(_page(below=line)).date == "2020-07-15"


def test_a_two_digit_year_without_a_time_is_not_read_as_a_date() -> None:
    assert read_date("编号 18-03-08") is None


def test_the_address_of_a_crawlers_record_gives_the_day_a_page_shows_nowhere() -> None:
    markup = '<text id="http://news.example.cn/2005/09/07/543698.html" encoding="utf8">\n' + _page()
    article = _article(markup)
    assert (article.date, article.url) == ("2005-09-07", "http://news.example.cn/2005/09/07/543698.html")


def test_a_reader_comments_date_after_the_article_is_not_its_day() -> None:
    comment = "<div class='comments'><p>网友 江城老张 2021-08-02 10:15</p><p>支持！</p></div>"
    markup = _page(below="<div class='info'>2021-07-15 09:30</div>", after=comment)
    assert _article(markup).date == "2021-07-15"


def test_a_posts_stamp_under_it_gives_the_day_not_the_comment_after_it() -> None:
    stamp = "<div class='postDesc'>posted @ <span id='post-date'>2020-07-15 10:26</span> <a>江城码农</a> 阅读(12)</div>"
    assert _article(_programmers_blog(after=stamp)).date == "2020-07-15"


def test_a_comments_date_under_a_post_without_a_stamp_is_not_its_day() -> None:
    assert _article(_programmers_blog()).date != "2020-07-16"


def test_a_source_and_date_line_above_a_headline_the_text_repeats_gives_the_day() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in ["全市部署防汛工作", *STORY])
    markup = (
        "<html><head><title>全市部署防汛工作</title></head><body><h1>全市部署防汛工作</h1>"
        f"<div>江城新闻网 · 2020-07-15 09:41</div><div class='content'>{paragraphs}</div></body></html>"
    )
    assert _article(markup).date == "2020-07-15"


def test_a_view_counter_a_script_was_to_fill_leaves_no_empty_label_in_the_text() -> None:
    counter = "浏览次数：<script>document.write(9)</script>"
    line = f"<div>发布时间：2020-07-15&nbsp;&nbsp;信息来源：市防汛办&nbsp;&nbsp;{counter}</div>"
    article = _article(_page(below=line))
    assert (article.date, article.body.split("\n")) == ("2020-07-15", STORY)


def test_the_publication_line_between_the_headline_and_a_first_paragraph_repeating_it_gives_the_day() -> None:
    below = "<div><span>原创</span> <span>江城发布</span> <span>2020-07-15 18:30</span></div><p>全市部署防汛工作</p>"
    assert _article(_page(below=below)).date == "2020-07-15"


_RELATED = (
    "<div class='side'><h3>最新文章</h3><ul>"
    + "".join(f"<li><a href='/n{k}'>江城第{k}期防汛简报发布</a> 2021-0{k}-1{k}</li>" for k in range(1, 5))
    + "</ul></div>"
)


def test_related_links_with_their_days_under_an_undated_article_give_it_no_day() -> None:
    assert _article(_page(after=_RELATED)).date is None


def test_readers_comments_under_an_undated_article_give_it_no_day() -> None:
    comments = "<div class='comments'><p>网友 江城老张 2021-08-02 10:15</p><p>支持！</p>"
    comments += "<p>网友 河西小李 2021-08-03 08:40</p><p>希望落到实处。</p></div>"
    assert _article(_page(after=comments)).date is None


def test_a_day_alone_under_the_text_is_its_day_not_the_related_links_below() -> None:
    assert _article(_page(after="<p>2020年7月15日</p>" + _RELATED)).date == "2020-07-15"


def test_a_sidebar_links_date_above_the_article_is_not_its_day() -> None:
    sidebar = "<ul class='side'><li><a href='/x'>江城举行龙舟比赛</a> 2020-06-25</li></ul>"
    assert _article(_page(above=sidebar)).date is None


# ---------------------------------------------------------------- authors


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("记者 王燕平 通讯员 方云凤", ["王燕平", "方云凤"]),
        ("本报实习生 刘国栋 周炜", ["刘国栋", "周炜"]),
        ("文/柏建斌", ["柏建斌"]),
        ("江城新闻网 记者 格桑边觉", ["格桑边觉"]),
        ("本报记者林晓燕发自广州", ["林晓燕"]),
        ("王燕平、方云凤／文", ["王燕平", "方云凤"]),
        ("记者 买买提·依明", ["买买提·依明"]),
        ("记者 王燕平 北京报道", ["王燕平"]),
    ],
)
def test_an_unlabelled_byline_gives_the_writers(line: str, writers: list[str]) -> None:
    assert bylines.writers(line) == writers


def test_a_name_before_the_city_it_reports_from_is_a_writer_without_a_role_word() -> None:
    assert bylines.writers("周文斌 南京报道") == ["周文斌"]


def test_an_outlets_report_credit_is_no_writer() -> None:
    assert bylines.writers("央视新闻报道") == []


def test_a_closing_bracket_naming_the_city_reported_from_gives_the_writer() -> None:
    last = "<p>会议要求，各地立即行动起来，确保安全度汛。（周文斌 南京报道）</p>"
    article = _article(_page(after=last))
    assert article.authors == ["周文斌"] and "南京报道" not in article.body


def test_an_author_label_with_the_affiliation_after_the_name_gives_the_name() -> None:
    assert _article(_page(below="<div>作者:</div><div>林  涛：华中师范大学，武汉</div>")).authors == ["林涛"]


def test_a_blog_posts_poster_wrote_the_post_not_the_reporters_of_the_story_it_reposts() -> None:
    lead = "<p>本报讯（记者 王燕平）7月15日，江城召开防汛工作会议，部署当前工作。</p>"
    tail = "<div>作者:xiaolan_88 阅读(1660) 评论(5) 编辑 发表于:2005-07-31 12:30</div>"
    assert _article(_page(below=lead, after=tail)).authors == ["xiaolan_88"]


def test_an_aside_after_the_writers_name_is_not_part_of_it() -> None:
    assert _article(_page(below="<div>文章作者：林涛（华中师范大学教授）</div>")).authors == ["林涛"]


def test_an_opinion_columns_name_where_a_byline_stands_is_no_writer() -> None:
    assert _article(_page(below="<div>■来论</div>")).authors == []


def test_a_photographers_credit_is_no_writer() -> None:
    assert bylines.writers("王燕平/摄") == []


def test_a_line_of_words_without_a_role_is_no_byline() -> None:
    assert bylines.writers("防汛 抗旱") == []


def test_a_line_of_names_under_the_headline_gives_the_writers() -> None:
    assert _article(_page(below="<div>刘国栋 周炜</div>")).authors == ["刘国栋", "周炜"]


def test_a_reporter_credited_in_brackets_in_the_lead_is_a_writer() -> None:
    lead = "<p>本报讯（记者 王燕平）7月15日，江城召开防汛工作会议，部署当前工作。</p>"
    markup = _page(below=lead)
    assert _article(markup).authors == ["王燕平"]


def test_a_forum_posters_line_gives_the_author_and_the_day() -> None:
    article = _article(_page(below="<div>jiangcheng_88 发表于 2005-9-15 11:46:00</div>"))
    assert (article.authors, article.date) == (["jiangcheng_88"], "2005-09-15")


def test_writers_and_editors_are_kept_apart() -> None:
    article = _article(_page(below="<div>记者 王燕平 通讯员 方云凤</div>", after="<p>责任编辑：柏建斌</p>"))
    assert (article.authors, article.editor) == (["王燕平", "方云凤"], "柏建斌")


def test_a_label_whose_value_is_on_the_next_line_gives_the_writer() -> None:
    assert _article(_page(below="<div>作者：</div><div>安东尼</div>")).authors == ["安东尼"]


def test_an_interviewers_question_stays_in_the_text() -> None:
    question = "记者：请问您怎样看待今年的防汛形势，各地准备工作做得怎么样了？"
    markup = _page(below=f"<p>{question}</p>")
    assert question in _article(markup).body


def test_the_text_after_a_template_comment_is_part_of_the_page() -> None:
    cell = "<td><!--date-->02日14:25 <!--date-->作者： <!--author-->赵婕 <!--author-->出自人民文学出版社</td>"
    assert html_to_text(f"<html><body><table><tr>{cell}</tr></table></body></html>") == (
        "02日14:25 作者： 赵婕 出自人民文学出版社"
    )


def test_a_page_without_a_byline_has_no_writers() -> None:
    assert _article(_page()).authors == []


def test_a_forum_nickname_after_an_author_label_is_the_author() -> None:
    assert _article(_page(below="<div>作者：芊草凡凡</div>")).authors == ["芊草凡凡"]


def test_a_desk_after_an_author_label_is_no_person() -> None:
    assert _article(_page(below="<div>作者：本报评论员</div>")).authors == []


def test_a_forum_posters_label_gives_the_poster() -> None:
    assert bylines.poster("楼主：江城老张") == "江城老张"


def test_a_post_that_begins_with_its_posters_label_stays_text() -> None:
    post = "发帖人：江城老张 镇上的自来水从四月初至今放出来的全部跟黄泥水一样，向有关部门反馈一直没有得到处理。"
    assert bylines.poster(post) is None


def test_a_name_that_begins_like_a_role_word_stays_whole() -> None:
    assert bylines.writers("记者 徐有定 文廷菊 通讯员 周孝星") == ["徐有定", "文廷菊", "周孝星"]


def test_an_outlets_reporter_in_brackets_at_the_end_is_a_writer() -> None:
    markup = _page().replace("硬仗。</p>", "硬仗。(信报记者 蔡雪婧)</p>")
    article = _article(markup)
    assert (article.authors, article.body.split("\n")) == (["蔡雪婧"], STORY)


def test_a_page_whose_text_is_short_but_real_is_kept(tmp_path: Path) -> None:
    markup = "<html><body><h1>停水通知</h1><p>明天江城路一带停水，请居民提前储水。</p></body></html>"
    (tmp_path / "notice.html").write_text(markup, encoding="utf-8")
    (raw,) = read_sources([tmp_path / "notice.html"], Settings().max_file_bytes)
    assert extract(raw).body == "明天江城路一带停水，请居民提前储水。"


def test_a_translators_credit_is_neither_a_writer_nor_text() -> None:
    article = _article(_page(below="<div>作者：王燕平</div><div>译者：方云凤</div>"))
    assert (article.authors, "方云凤" in article.body) == (["王燕平"], False)


def test_a_personal_blogs_owner_writes_a_post_that_credits_no_one() -> None:
    markup = _page(title="全市部署防汛工作 - jiangcheng的博客").replace("_江城新闻网</title>", "</title>")
    assert _article(markup).authors == ["jiangcheng"]


def test_a_byline_in_a_blog_post_wins_over_the_blogs_owner() -> None:
    markup = _page(title="全市部署防汛工作 - jiangcheng的博客", below="<div>本报记者 王燕平</div>")
    assert _article(markup).authors == ["王燕平"]


def test_an_english_posted_by_line_gives_the_poster() -> None:
    assert bylines.poster("Posted by jiangcheng at 10:56 am") == "jiangcheng"


def test_a_photo_credit_inside_a_byline_is_no_writer() -> None:
    assert bylines.writers("燕赵都市报记者 田媛媛 警方供图") == ["田媛媛"]


def test_an_editor_after_the_writers_in_a_byline_is_no_writer() -> None:
    assert bylines.writers("记者 罗怡鹏 编辑文莉") == ["罗怡鹏"]


# ---------------------------------------------------------------- a day only in the page's script


def _saved_wechat(script: str, shown: str = "") -> str:
    return (
        "<html><head><title>全市部署防汛工作</title></head><body><h1>全市部署防汛工作</h1>"
        f"<div><span>江城发布</span> <em id='publish_time'>{shown}</em></div>"
        f"{''.join(f'<p>{p}</p>' for p in STORY)}<script>{script}</script></body></html>"
    )


def test_a_saved_wechat_articles_day_only_in_its_scripts_creation_time_is_read() -> None:
    assert _article(_saved_wechat('var nickname = "江城发布"; var ct = "1594779960";')).date == "2020-07-15"


def test_a_scripts_time_of_the_last_change_gives_no_day() -> None:
    assert _article(_saved_wechat('var update_time = "1594779960";')).date is None


def test_the_day_a_page_shows_comes_before_its_scripts() -> None:
    markup = _saved_wechat('var ct = "1594779960";', shown="2020-07-14")
    assert _article(markup).date == "2020-07-14"
