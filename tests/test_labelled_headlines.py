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


def test_a_bracketed_headline_may_close_on_an_exclamation_and_say_a_labels_word() -> None:
    long = "郭某鹏被判处有期徒刑一年零六个月，这起涉境外输入型疫情防控典型案例当警示！"
    assert opening_headline([f"【{long}】据最高检消息，最高检今天发布第二批妨害疫情防控犯罪典型案例。"]) == long
    said = "G20贸易部长应对新冠肺炎特别会议发表声明"
    assert opening_headline([f"【{said}】中新网3月31日电 据商务部网站消息，会议以视频方式举行。"]) == said


def test_a_short_labels_bracket_is_no_headline() -> None:
    assert opening_headline(["【重要提示公告】近期，有不法分子冒充网信部门工作人员实施诈骗。"]) is None


def test_a_posts_stamp_over_its_bracketed_headline_is_passed_over() -> None:
    post = ["江城文旅 · 2020-03-30 10:21", "【江城市启动网络直播专项整治】" + TEXT.split("\n")[0]]
    assert opening_headline(post) == "江城市启动网络直播专项整治"


def test_a_pages_name_over_its_followers_gives_way_to_its_posts_bracketed_headline(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城文旅 | 主页</title></head><body>'
        '<h1 class="page-name">江城文旅</h1><div>政府组织 · 4.1万人关注</div><div>帖子 | 简介 | 照片</div>'
        '<div class="post"><div>江城文旅 · 2020-03-30 10:21</div>'
        "<p>【江城市启动网络直播专项整治】" + TEXT.replace("\n", "</p><p>") + "</p></div></body></html>"
    )
    assert _read(tmp_path, "page.html", page).title == "江城市启动网络直播专项整治"


def test_a_microblog_card_line_is_no_headline(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>微博</title></head><body>'
        '<div class="info">@江城公安 3月30日 10:21 来自 微博 weibo.com</div>'
        "<div>【江城警方破获一起网络诈骗案】" + TEXT.replace("\n", "<br>") + "</div></body></html>"
    )
    assert _read(tmp_path, "card.html", page).title == "江城警方破获一起网络诈骗案"
