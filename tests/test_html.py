"""HTML pages and fragments: main content through trafilatura, the fields a page declares, its title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.html import read_html
from index.ingest.sources import read_sources
from index.ingest.titles import strip_site_prefix, strip_site_suffix
from index.settings import Settings

PARAGRAPHS = [
    "2022年，庆阳市以网络意识形态和网络安全两大工作责任制为抓手，全面拉开了网络内容建设、网络安全保障、"
    "信息化工作协同发展的强劲架势，网络安全和信息化工作全省综合考核排名第一。",
    "庆阳市坚持把落实网络意识形态、网络安全两个责任制纳入各相关单位年度督查计划，压紧压实主体责任。",
    "围绕“东数西算”工程，从云平台和云租户两侧推进云安全建设，为国家战略重大项目建设打造安全底座。",
]
PORTAL = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>庆阳：擎旗奋进汇聚正能量_庆阳市人民政府门户网站</title>
<meta name="SiteName" content="庆阳市人民政府门户网站">{meta}</head>
<body><div class="top"><h1 class="logo">庆阳市人民政府</h1>
<div class="nav">首页 | 政务公开 | 政务服务 | 互动交流</div></div>
<div class="article"><h1>庆阳：擎旗奋进汇聚正能量</h1>
<div class="info">发布时间：2023-01-10 17:30 来源：新甘肃 【字体：大 中 小】</div>
{paragraphs}</div>
<div class="side"><h3>热门新闻</h3><ul><li>兰州市举办网络安全宣传周活动</li><li>西安召开网信工作会议</li></ul></div>
<div class="footer"><p>主办单位：庆阳市人民政府办公室 承办：庆阳市大数据中心</p>
<p>陇ICP备05000897号 网站标识码：6210000001</p></div></body></html>"""


def _portal(meta: str = "") -> str:
    return PORTAL.format(meta=meta, paragraphs="".join(f"<p>　　{p}</p>\n" for p in PARAGRAPHS))


def _article(markup: str) -> object:
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        ("庆阳召开网信工作会议_庆阳市人民政府门户网站", "庆阳召开网信工作会议"),
        ("福建整体员工返岗率为88.54%-中国新闻网", "福建整体员工返岗率为88.54%"),
        ("网信工作综述_国内新闻_新浪网", "网信工作综述"),
        ("奋力谱写网络强省建设新篇章——全省网信工作综述 - 陕西网信网", "奋力谱写网络强省建设新篇章——全省网信工作综述"),
        ("2020-2021年网信工作要点", "2020-2021年网信工作要点"),
        ("泉州网信办：凝聚强劲网动力 | 助力泉州新发展", "泉州网信办：凝聚强劲网动力 | 助力泉州新发展"),
        ("江城老街路灯全部修好了 - 手机版 - 江城社区", "江城老街路灯全部修好了"),
    ],
)
def test_a_site_suffix_is_stripped_from_a_page_title(title: str, stripped: str) -> None:
    assert strip_site_suffix(title) == stripped


def test_a_portal_page_gives_its_article_without_navigation_sidebar_or_footer() -> None:
    article = _article(_portal())
    assert article.body.split("\n") == PARAGRAPHS
    for furniture in ("首页", "热门新闻", "兰州市举办", "主办单位", "ICP", "网站标识码", "字体"):
        assert furniture not in article.body


def test_the_title_is_the_articles_h1_not_the_logo_or_the_title_element() -> None:
    assert _article(_portal()).title == "庆阳：擎旗奋进汇聚正能量"


def test_the_publication_line_under_the_title_gives_date_and_source() -> None:
    article = _article(_portal())
    assert (article.date, article.source) == ("2023-01-10", "新甘肃")


def test_fields_declared_in_meta_tags_win() -> None:
    meta = (
        '<meta name="ArticleTitle" content="庆阳网信工作综述"><meta name="PubDate" content="2023-01-12 08:00">'
        '<meta name="ContentSource" content="庆阳日报"><meta name="Author" content="王帅">'
    )
    article = _article(_portal(meta))
    assert (article.title, article.date, article.source, article.authors) == (
        "庆阳网信工作综述",
        "2023-01-12",
        "庆阳日报",
        ["王帅"],
    )


def test_json_ld_gives_headline_date_and_author() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "庆阳网信工作综述", '
        '"datePublished": "2023-01-12T08:00:00+08:00", "author": {"@type": "Person", "name": "陈琳"}}</script>'
    )
    article = _article(_portal(ld))
    assert (article.title, article.date, article.authors) == ("庆阳网信工作综述", "2023-01-12", ["陈琳"])


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_a_legacy_encoded_page_reads_like_its_utf8_copy(encoding: str, tmp_path: Path) -> None:
    markup = _portal().replace('charset="utf-8"', f'charset="{encoding}"')
    (tmp_path / "page.html").write_bytes(markup.encode(encoding, "xmlcharrefreplace"))
    (raw,) = read_sources([tmp_path / "page.html"], Settings().max_file_bytes)
    article = extract(raw)
    assert raw.encoding == encoding
    assert (article.title, article.date, article.body.split("\n")) == (
        "庆阳：擎旗奋进汇聚正能量",
        "2023-01-10",
        PARAGRAPHS,
    )


def test_a_fragment_of_paragraphs_keeps_every_paragraph() -> None:
    text, meta = read_html("".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert (text.split("\n"), meta) == (PARAGRAPHS, {})


def test_markup_that_is_not_html_gives_no_text() -> None:
    assert read_html("   ") == ("", {})


def _app_shell(state: dict) -> str:
    blob = json.dumps(state, ensure_ascii=False).replace("<", "\\u003c")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>庆阳新闻 - 看见不一样的庆阳</title></head><body>"
        "<div id='app'><div class='tabs'><a href='/'>首页</a><a href='/news'>要闻</a><a href='/me'>我的</a></div>"
        "<div class='loading'>正在加载...</div><div>打开庆阳新闻APP，阅读体验更佳</div></div>"
        f"<script>window.__INITIAL_STATE__={blob};</script><script src='/app.js'></script></body></html>"
    )


STATE = {
    "article": {
        "title": "庆阳：擎旗奋进汇聚正能量",
        "publishTime": 1673343000000,  # 2023-01-10 17:30 in China
        "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
    },
    "comments": [{"text": "说得好，为家乡点赞！", "time": 1673350000000}],
}


def test_an_app_shells_article_is_read_from_its_script_state() -> None:
    article = _article(_app_shell(STATE))
    assert (article.title, article.date) == ("庆阳：擎旗奋进汇聚正能量", "2023-01-10")
    assert all(p in article.body for p in PARAGRAPHS) and "正在加载" not in article.body


def test_the_script_states_comments_are_not_its_article() -> None:
    assert "为家乡点赞" not in _article(_app_shell(STATE)).body


def test_a_page_that_shows_its_article_keeps_it_over_its_script_state() -> None:
    state = {"article": {"title": "另一篇文章", "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}}
    markup = _portal().replace(
        "</body>", f"<script>var data = {json.dumps(state, ensure_ascii=False)};</script></body>"
    )
    assert _article(markup).title == "庆阳：擎旗奋进汇聚正能量"


def test_a_bbs_post_whose_header_lines_a_reply_repeats_keeps_its_text() -> None:
    def post(who: str, subject: str, time: str, text: str) -> str:
        return (
            f"<pre>发信人: {who}, 信区: Qingyang\n标  题: {subject}\n发信站: 陇上社区 ({time}), 站内\n\n{text}\n\n--\n"
            "※ 来源:·陇上社区·[FROM: 61.178.*.*]</pre>"
        )

    first = post("dongfeng (东风)", "庆阳：擎旗奋进汇聚正能量", "2023-01-10 17:30:12", "\n".join(PARAGRAPHS))
    reply = post("xiaoyu (小雨)", "Re: 庆阳：擎旗奋进汇聚正能量", "2023-01-10 20:05:40", "支持，期待更多好消息。")
    text, _ = read_html(f"<html><body><div>陇上社区 -- 同主题阅读</div>{first}<hr>{reply}</body></html>")
    assert all(p in text for p in PARAGRAPHS) and "期待更多好消息" not in text


def test_a_posters_signature_block_named_by_the_forum_software_is_left_out() -> None:
    post = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    markup = (
        "<html><head><title>庆阳：擎旗奋进汇聚正能量 - 陇上论坛</title></head><body><h1>庆阳：擎旗奋进汇聚正能量</h1>"
        f"<div class='t_f'>{post}</div><div class='sign'>每天进步一点点，加油！</div></body></html>"
    )
    text, _ = read_html(markup)
    assert PARAGRAPHS[-1] in text and "每天进步一点点" not in text


def test_paragraphs_a_table_cell_runs_together_are_read_as_the_page_shows_them() -> None:
    cells = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    markup = (
        "<html><head><title>庆阳：擎旗奋进汇聚正能量</title></head><body><table><tr><td>首页 | 政务公开</td></tr>"
        f"<tr><td>庆阳：擎旗奋进汇聚正能量</td></tr><tr><td>{cells}</td></tr></table></body></html>"
    )
    text, _ = read_html(markup)
    assert all(p in text.split("\n") for p in PARAGRAPHS)


def test_a_bbs_post_reposted_from_another_board_keeps_its_subject_as_title_and_no_header_in_text() -> None:
    header = (
        "【 以下文字转载自 Gansu 讨论区 】\n发信人: dongfeng (东风), 信区: Gansu\n标  题: 庆阳：擎旗奋进汇聚正能量\n"
    )
    post = f"<pre>{header}发信站: 陇上社区 (2023-01-10 17:30:12), 站内\n\n" + "\n".join(PARAGRAPHS) + "\n</pre>"
    markup = (
        "<html><head><title>庆阳：擎旗奋进汇聚正能量 - 陇上社区</title></head><body>"
        f"<div>陇上社区 分区 十大</div><table><tr><td>dongfeng</td><td>楼主 | 回复</td></tr>"
        f"<tr><td colspan='2'>{post}</td></tr></table></body></html>"
    )
    article = _article(markup)
    assert article.title == "庆阳：擎旗奋进汇聚正能量"
    assert article.body.startswith(PARAGRAPHS[0][:20]) and "转载自" not in article.body and "标  题" not in article.body


def test_an_old_boards_bulleted_subject_label_is_no_part_of_the_text() -> None:
    text = "\n".join(["* 贴子主题：庆阳：擎旗奋进汇聚正能量", *PARAGRAPHS])
    article = extract(RawDocument("post", "post.txt", text, "0" * 32, "utf-8", {}))
    assert article.title == "庆阳：擎旗奋进汇聚正能量" and "贴子主题" not in article.body


def test_a_traditional_boards_subject_label_gives_the_title_over_its_top_bar() -> None:
    headline = "慶陽：擎旗奮進匯聚正能量"
    header = f"作者: seabird (海鳥) 看板: Gansu\n標題: [新聞] {headline}\n時間: Tue Jan 10 17:30:12 2023\n\n"
    post = header + "\n".join(PARAGRAPHS) + "\n--\n※ 發信站: 隴上實業坊"
    markup = (
        f"<html><head><meta charset='utf-8'><title>[新聞] {headline} - 看板 Gansu - 隴上實業坊</title></head>"
        "<body><div id='topbar'><a>隴上實業坊</a> › <a>看板 Gansu</a> <a>聯絡資訊</a></div>"
        f"<div id='main-content'><pre>{post}</pre></div></body></html>"
    )
    assert _article(markup).title == "庆阳：擎旗奋进汇聚正能量"


def test_the_address_a_browser_noted_when_saving_the_page_gives_its_day() -> None:
    page = (
        "<!-- saved from url=(0064)http://www.example-school.edu.cn/news/20191025/n123456789.html -->\n"
        '<html><head><meta charset="utf-8"><title>秋季运动会圆满落幕</title></head><body><h1>秋季运动会圆满落幕</h1>'
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</body></html>"
    )
    assert read_html(page)[1]["url"] == "http://www.example-school.edu.cn/news/20191025/n123456789.html"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("台中捷運綠線試營運 搭乘人次破萬│TVBS新聞網", "台中捷運綠線試營運 搭乘人次破萬"),  # a box-drawing bar
        ("社区书屋成了孩子们的乐园—南山文明网", "社区书屋成了孩子们的乐园"),  # an em dash alone
        ("湖畔音乐节本周末开幕 :: 西湖在线 :: 文化频道", "湖畔音乐节本周末开幕"),  # double colons
    ],
)
def test_a_sites_name_after_an_unusual_separator_is_a_suffix(title: str, headline: str) -> None:
    assert strip_site_suffix(title) == headline


def test_an_em_dash_before_a_cut_channel_name_is_no_suffix_separator() -> None:
    title = "作家给郁亮公开信:杭州房子45处漏水 木柜腐烂白蚁成群_湖南宾实—..."
    assert strip_site_suffix(title) == "作家给郁亮公开信:杭州房子45处漏水 木柜腐烂白蚁成群"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("江城论坛 - 周末带孩子去湿地公园看候鸟", "周末带孩子去湿地公园看候鸟"),
        ("南洋时报｜柔佛新山交通改善计划出炉", "柔佛新山交通改善计划出炉"),
        ("江城社区 | 关于社区垃圾分类的几点建议 | 社区论坛", "关于社区垃圾分类的几点建议"),
        ("江城日报 - 新闻中心 - 关于社区垃圾分类的几点建议", "关于社区垃圾分类的几点建议"),  # the site, its channel
    ],
)
def test_a_site_name_put_first_in_the_title_is_no_part_of_the_headline(title: str, headline: str) -> None:
    page = f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/bbs">论坛</a> | <a href="/news">新闻</a></div>
<div class="time">2020-12-05 19:42</div>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</body></html>"""
    assert _article(page).title == headline


def test_a_headline_whose_first_piece_is_no_sites_name_keeps_it() -> None:
    title = "泉州网信办：凝聚强劲网动力 | 助力泉州新发展"
    assert strip_site_prefix(title) == title


def test_an_og_title_that_puts_first_what_the_title_puts_last_is_read_without_it() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>屯门新建公共图书馆下月启用 - 香港01</title>
<meta property="og:title" content="香港01 - 屯门新建公共图书馆下月启用"></head><body>
<div class="time">2021-03-05 18:32</div>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</body></html>"""
    assert _article(page).title == "屯门新建公共图书馆下月启用"


def test_a_headline_stated_by_title_and_h1_stands_over_a_documents_header_table() -> None:
    """pandoc's title block (headline, author, day) over a bulletin's own header table, then the text."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><meta charset='utf-8'><title>东莞在建重大项目复工率达98.2%</title></head><body>"
        "<header id='title-block-header'><h1 class='title'>东莞在建重大项目复工率达98.2%</h1>"
        "<p class='author'>市委宣传部网络舆情科</p><p class='date'>2020年3月30日</p></header>"
        "<table><tr><td><strong>舆情摘报</strong></td><td>第11期（总第211期）</td></tr>"
        "<tr><td>内部资料 注意保存</td><td>编印：宁夏回族自治区银川市委宣传部</td></tr></table>"
        f"<p><strong>编者按：</strong>现将近期网上关注度较高的一篇报道转发给各单位。</p>{paragraphs}</body></html>"
    )
    assert _article(page).title == "东莞在建重大项目复工率达98.2%"
