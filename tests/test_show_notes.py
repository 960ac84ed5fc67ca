"""An episode's show notes and timeline around the text it transcribes, and an account's name given as a title."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.account_titles import is_account_name
from index.ingest.cleaning import is_boilerplate
from index.ingest.extract import extract
from index.ingest.html import read_html
from index.ingest.show_notes import timeline_lines

TITLE = "老城区改造后的第一个春节"
PARAGRAPHS = [
    "大家好，欢迎收听本期节目。今天我们聊一聊老城区改造之后，街坊邻居们过的第一个春节。",
    "改造完成后，巷子里的电线都埋进了地下，墙面重新粉刷，老人们说走在路上心里亮堂多了。",
    "也有听众留言说，改造后的老街少了一些烟火气，希望以后能把老字号的小吃摊请回来。",
]


def test_a_timeline_from_the_recordings_start_is_the_episodes() -> None:
    lines = ["时间轴", "00:00 开场", "03:12 街坊的新年", "15:40 听众留言", PARAGRAPHS[0]]
    assert timeline_lines(lines) == {1, 2, 3}


def test_an_events_schedule_is_no_timeline() -> None:
    assert timeline_lines(["08:30 签到", "09:00 开幕式", "10:30 主题演讲", PARAGRAPHS[0]]) == set()


def test_a_sentence_about_a_host_is_no_show_note() -> None:
    assert not is_boilerplate("主播：今天我们请到了社区的王阿姨，她在老街住了四十年。")


EPISODE = f"""<html><head><meta charset="utf-8"><title>{TITLE} | 江城夜话</title></head><body>
<div class="podcast">江城夜话</div><h1>{TITLE}</h1><div>EP52 · 2021-02-20 · 38分钟</div>
<div><p>主播：林夕、周舟</p><p>时间轴</p><p>00:00 开场</p><p>03:12 街坊的新年</p><p>15:40 听众留言</p>
<p>28:05 结束语</p><p>收听方式：小宇宙 / Apple Podcasts / 喜马拉雅</p><p>BGM：《夜航》</p></div>
<div><h3>文字稿</h3>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div></body></html>"""


def _episode():
    text, meta = read_html(EPISODE)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


def test_an_episodes_show_notes_are_no_text() -> None:
    body = _episode().body
    assert not any(word in body for word in ("主播", "时间轴", "开场", "收听方式", "BGM"))


def test_an_episodes_title_is_its_heading_not_the_shows_name() -> None:
    assert _episode().title == TITLE


def test_a_name_over_a_follow_button_is_an_accounts() -> None:
    assert is_account_name(["江城发布", "粉丝 3.2万", "+关注", TITLE], "江城发布")


def test_a_headline_over_its_publication_line_is_no_accounts_name() -> None:
    assert not is_account_name([TITLE, "发布于 2021-02-20 10:05", PARAGRAPHS[0]], TITLE)


ACCOUNT_PAGE = f"""<html><head><meta charset="utf-8"><title>江城发布</title>
<meta property="og:title" content="江城发布"></head><body><div class="card"><div>江城发布</div><div>粉丝 3.2万</div>
<a>+关注</a></div><div class="article-title">{TITLE}</div><div>发布于 2021-02-20 10:05 · 江苏</div>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</body></html>"""


def test_a_page_titled_by_its_accounts_name_takes_the_headline_over_its_day() -> None:
    text, meta = read_html(ACCOUNT_PAGE)
    assert extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta)).title == TITLE


STORY = [
    "随着移动互联网的发展，如今各种手机应用程序层出不穷，账号注册起来非常容易，只要留下一些个人信息即可。",
    "但是，账号一旦不用，想要注销起来却不易，有的应用甚至根本没有注销入口，个人信息由此长期留存在平台上。",
    "专家建议，平台应当依法提供便捷的注销方式，用户也要留意授权范围，不随意提交身份证号码和银行卡信息。",
]
HEADLINE = "手机应用注册容易注销难！你的个人信息还安全吗"
AUTHOR_CARD_PAGE = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<h1 class="article-title">{HEADLINE}</h1><div class="author-box"><img class="avatar" src="a.jpg">
<div class="author-name"><a href="/u?app_id=1600">江城观察员老秦</a></div><div class="author-desc"><span class="date">
发布时间：2021年2月20日 10:05</span><span>优质科技领域创作者</span></div><a class="follow">关注</a></div>
<div class="article-body">{"".join(f"<p>{p}</p>" for p in STORY)}</div></body></html>"""


def test_a_headline_over_an_authors_card_with_a_follow_button_stays_the_title() -> None:
    """The headline is within the card's reach of its follow button too; the name over the day is the card's."""
    text, meta = read_html(AUTHOR_CARD_PAGE)
    assert extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta)).title == HEADLINE
