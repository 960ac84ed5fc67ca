"""A headline given by a label under a bulletin's or a release page's name (`导读：X`, `…电　题：X`), and a post's
headline in 【】 opening its text under a `<title>` that names no article (index.ingest.labelled_headlines,
index.ingest.opening_brackets)."""

from __future__ import annotations

from pathlib import Path

from index.article import Article
from index.ingest.extract import extract
from index.ingest.opening_brackets import opening_headline
from index.ingest.sources import read_sources
from index.settings import Settings

TEXT = (
    "近期，市网信办联合公安、文旅等部门，对辖区内网络直播平台开展集中检查，重点整治低俗表演、虚假宣传和诱导打赏等问题。\n"
    "检查中，工作人员逐一核查直播间内容和主播资质，对发现的问题当场督促整改，并约谈了两家平台的负责人。\n"
)


def _read(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    return extract(raw)


def test_a_bulletins_name_gives_way_to_the_headline_its_daodu_line_holds(tmp_path: Path) -> None:
    text = "江城市网信办　工作简报\n导读：江城市启动网络直播专项整治\n2020-06-05\n" + TEXT
    assert _read(tmp_path, "brief.txt", text).title == "江城市启动网络直播专项整治"


def test_a_release_pages_name_gives_way_to_the_title_its_wires_dateline_gives(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>新闻稿件_江城通讯社</title></head><body>'
        '<div class="lanmu">新闻稿件</div><div class="info">发稿时间：2020-12-08 15:20</div>'
        "<p>江城通讯社江城12月8日电　题：江城老工业区变身文创园</p>"
        + "".join(f"<p>{line}</p>" for line in TEXT.split("\n") if line)
        + "</body></html>"
    )
    assert _read(tmp_path, "wire.html", page).title == "江城老工业区变身文创园"


def test_a_daodu_summary_written_as_a_sentence_is_no_headline(tmp_path: Path) -> None:
    text = "江城市网信办　工作简报\n导读：本期简报介绍全市网络直播专项整治的进展。\n2020-06-05\n" + TEXT
    assert _read(tmp_path, "brief.txt", text).title != "本期简报介绍全市网络直播专项整治的进展。"


def test_a_headline_over_a_daodu_line_stays_the_headline(tmp_path: Path) -> None:
    text = "江城市开展网络直播专项整治行动\n导读：多部门联合检查直播平台\n2020-06-05\n" + TEXT
    assert _read(tmp_path, "story.txt", text).title == "江城市开展网络直播专项整治行动"


def test_a_posts_bracketed_headline_is_taken_under_a_generic_title(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>微博正文</title></head><body>'
        '<div class="top"><a href="/">微博</a> <a href="/login">登录</a> <a href="/reg">注册</a></div>'
        '<div class="card"><div class="head">江城发布 7-20 06:30 来自 微博 weibo.com</div>'
        "<p>【江城发布暴雨红色预警 全市中小学停课一天】据江城市气象台消息，预计今天白天全市有大暴雨，局部特大暴雨。</p>"
        + "".join(f"<p>{line}</p>" for line in TEXT.split("\n") if line)
        + '<div class="time">2021-07-20 06:30</div></div></body></html>'
    )
    assert _read(tmp_path, "post.html", page).title == "江城发布暴雨红色预警 全市中小学停课一天"


def test_a_credit_in_brackets_opening_a_text_is_no_headline() -> None:
    assert opening_headline(["【环球网报道 记者 王丽】据当地媒体报道，江城市今天发布暴雨红色预警。"]) is None


def _column_page(title: str, heading: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a> <a href="/zwgk/">政务公开</a></div>'
        f'<div class="lm"><h2>{heading}</h2></div>'
        '<div class="tit">关于做好2021年春季学期开学工作的通知</div>'
        '<div class="sj">发布时间：2021-02-20 09:00</div>'
        + "".join(f"<p>{line}</p>" for line in TEXT.split("\n") if line)
        + "</body></html>"
    )


def test_a_title_naming_the_pages_column_gives_way_to_the_headline_at_its_publication_line(tmp_path: Path) -> None:
    page = _column_page("通知公告_江城市教育局", "通知公告")
    assert _read(tmp_path, "notice.html", page).title == "关于做好2021年春季学期开学工作的通知"
