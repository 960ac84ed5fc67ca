"""A JSON backup of social posts is read a post an article, whatever object holds the posts: its text, its day,
its user and its `【headline】`; a JSON file of another shape is skipped saying what it holds."""

from __future__ import annotations

import json
from pathlib import Path

from index.article import Skipped
from index.ingest.extract import extract
from index.ingest.post_archives import posts, shape
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市召开防汛工作会议"
FIRST = "3月30日上午，江城市召开防汛工作会议，部署今年汛期各项准备工作，要求各地各部门压实责任。"
SECOND = "会议强调，要抓好隐患排查整治，对水库、堤防、在建工程等重点部位逐一检查，发现问题立即整改。"
POST = {
    "created_at": "Mon Mar 30 10:24:00 +0800 2020",
    "text": f"【{TITLE}】{FIRST}<br />{SECOND}",
    "reposts_count": 12,
    "user": {"screen_name": "江城发布", "followers_count": 352000},
}


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def test_each_post_of_a_list_is_an_article_under_its_bracketed_headline(tmp_path: Path) -> None:
    short = {"created_at": "Mon Mar 30 08:01:00 +0800 2020", "text": "早安，江城！今天多云转晴，气温十二到二十度。"}
    (tmp_path / "weibo.json").write_bytes(_json([short, POST]))
    first, second = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(second)
    assert (second.id, article.title, article.date) == ("weibo/2", TITLE, "2020-03-30")
    assert article.body == f"{FIRST}\n{SECOND}"


def test_a_posts_user_is_its_writer() -> None:
    (post,) = posts(_json([POST]))
    assert post.fields["owner"] == "江城发布"


def test_posts_held_deep_in_an_apis_object_are_found() -> None:
    cards = {"ok": 1, "data": {"cards": [{"card_type": 9, "mblog": POST | {"created_at": "2020-03-30 10:24"}}]}}
    (post,) = posts(_json(cards))
    assert (post.fields["title"], post.fields["date"]) == (TITLE, "2020-03-30 10:24")


def test_a_scripts_assignment_before_the_list_is_no_part_of_the_json() -> None:
    data = b"window.YTD.tweets.part0 = " + _json([{"tweet": {"full_text": FIRST, "created_at": "2020-03-30"}}])
    assert [post.text for post in posts(data)] == [FIRST]


def test_milliseconds_since_1970_are_the_day_shown_in_china() -> None:
    (post,) = posts(_json([{"content": FIRST, "create_time": 1585584000000}]))  # 2020-03-30 16:00 UTC
    assert post.fields["date"] == "2020-03-31"


def test_the_links_a_platform_sets_after_a_post_are_no_part_of_it() -> None:
    text = f"{FIRST} <a href='https://t.cn/A6x'>网页链接</a> <a href='/k/江城'>#江城新闻#</a>"
    (post,) = posts(_json([{"text": text, "created_at": "2020-03-30"}]))
    assert post.text == FIRST


def test_a_short_bracket_is_a_tag_not_a_headline() -> None:
    (post,) = posts(_json([{"text": f"【提示】{FIRST}", "created_at": "2020-03-30"}]))
    assert "title" not in post.fields


def test_a_json_file_of_another_shape_is_skipped_saying_what_it_holds(tmp_path: Path) -> None:
    (tmp_path / "prices.json").write_bytes(_json([{"id": 1, "name": "大米", "price": 3.5}]))
    (skipped,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert isinstance(skipped, Skipped)
    assert skipped.reason == (
        "no posts (objects with a text and a time) in the JSON file, which holds a list of 1 objects with keys id, "
        "name, price"
    )


def test_bad_json_holds_no_posts_and_never_raises() -> None:
    deep = b"[" * 100000 + b"]" * 100000
    for data in (b"", b"\xff\xfe\x00", b"{not json", deep, _json({"a": [1, 2, None]})):
        assert list(posts(data)) == []
        assert shape(data)


def test_json_lines_saved_as_json_are_read_a_post_a_line() -> None:
    lines = b"\n".join(_json({"text": text, "created_at": "2020-03-30"}) for text in (FIRST, SECOND))
    assert [post.text for post in posts(lines)] == [FIRST, SECOND]


def _chat(messages: list[tuple[str, str]]) -> bytes:
    rows = [{"date": f"2020-03-30T10:{20 + k}:00", "from": who, "text": text} for k, (who, text) in enumerate(messages)]
    return _json({"name": "江城老乡群", "type": "private_group", "messages": rows})


def test_a_chats_messages_give_the_one_carrying_a_story_under_its_stamp() -> None:
    chat = [("林志明", "今天的新闻大家看了吗"), ("陈淑芬", TITLE), ("陈淑芬", FIRST * 3), ("陈淑芬", SECOND * 3)]
    (story,) = posts(_chat([*chat, ("王建国", "收到，谢谢分享")]))
    assert [line for line in story.text.split("\n") if line] == ["2020-03-30 10:21:00", TITLE, FIRST * 3, SECOND * 3]


def test_a_chat_of_short_messages_gives_no_article() -> None:
    assert (
        list(posts(_chat([("林志明", "今天开会吗？大家都到齐了没有"), ("陈淑芬", "下午三点在三楼会议室开会")]))) == []
    )


def test_a_feed_of_several_accounts_posts_is_no_chat() -> None:
    other = POST | {"user": {"screen_name": "江城交警"}}
    assert len(list(posts(_json([POST, other])))) == 2


def test_a_message_list_links_pieces_are_read_as_its_text() -> None:
    (post,) = posts(_json([{"date": "2020-03-30", "text": [FIRST, {"type": "link", "text": "https://t.cn/A6"}]}]))
    assert post.text == f"{FIRST}https://t.cn/A6"


def test_another_tools_name_for_a_time_is_read_as_the_time() -> None:
    (post,) = posts(_json([{"content": FIRST, "createTime": 1585535040}]))
    assert post.fields["date"] == "2020-03-30"


def test_a_few_invalid_bytes_cost_their_characters_not_the_files_posts(tmp_path: Path) -> None:
    data = _json([POST, POST | {"text": SECOND}]).replace("工程".encode(), b"\xff\xfe", 1)
    (tmp_path / "weibo.json").write_bytes(data)
    found = list(read_sources([tmp_path], Settings().max_file_bytes))
    assert [raw.damaged for raw in found] == ["2 invalid byte sequences read as U+FFFD (utf-8)"] * 2


def test_a_backup_written_in_gbk_is_read() -> None:
    (post,) = posts(json.dumps([POST], ensure_ascii=False).encode("gbk"))
    assert post.fields["title"] == TITLE


def test_a_utf8_backup_with_a_lead_byte_cut_off_stays_utf8() -> None:
    (post,) = posts(_json([POST]).replace("工程".encode(), b"\x81", 1))
    assert post.fields["title"] == TITLE and post.text.count("\ufffd") == 1


def test_a_short_backup_in_gbk_is_read_as_gbk() -> None:
    (post,) = posts(json.dumps([{"text": SECOND, "time": "2020-03-30"}], ensure_ascii=False).encode("gbk"))
    assert post.text == SECOND


def test_a_mongoexport_line_gives_its_utc_date_as_chinas_day() -> None:
    line = {
        "_id": {"$oid": "5c7e0001a1b2c3d4e5f6a7b8"},
        "title": TITLE,
        "content": f"<p>{FIRST}</p><p>{SECOND}</p>",
        "publishTime": {"$date": "2019-03-05T16:30:00Z"},
    }
    (post,) = posts(_json(line) + b"\n" + _json({"_id": {"$oid": "5c7e0002"}, "name": "频道"}))
    assert (post.fields["title"], post.fields["date"]) == (TITLE, "2019-03-06")


def test_a_mongoexport_array_with_chinese_keys_and_numberlong_milliseconds_is_read() -> None:
    record = {
        "标题": TITLE,
        "正文": f"{FIRST}\n{SECOND}",
        "采集时间": {"$date": {"$numberLong": "1583000000000"}},
        "发布时间": {"$date": {"$numberLong": "1551803400000"}},
    }
    (post,) = posts(_json([record]))
    assert (post.fields["title"], post.fields["date"], post.text) == (TITLE, "2019-03-06", f"{FIRST}\n{SECOND}")


def test_a_crawl_time_is_never_a_posts_day() -> None:
    record = {"content": FIRST, "crawlTime": "2021-06-01 10:00:00", "publishDate": "2020-03-30 10:24:00"}
    (post,) = posts(_json([record]))
    assert post.fields["date"] == "2020-03-30 10:24:00"


def test_a_wrapper_of_no_known_kind_is_no_day_and_the_post_stays() -> None:
    record = {"text": FIRST, "time": {"$unknown": 1}, "meta": {"$date": None}}
    assert [(post.text, post.fields.get("date")) for post in posts(_json([record]))] == [(FIRST, None)]


def test_a_post_with_only_an_update_time_is_still_a_post() -> None:
    (post,) = posts(_json([{"content": FIRST, "update_time": "2020-03-30 10:24:00"}]))
    assert post.fields["date"] == "2020-03-30 10:24:00"


def test_a_notes_own_times_are_not_its_pasted_articles_day(tmp_path: Path) -> None:
    text = f"{TITLE}\n来源：江城日报　2020年3月30日\n{FIRST}\n{SECOND}"
    note = {"title": "", "textContent": text, "createdTimestampUsec": 1617283200000000, "isPinned": False}
    (tmp_path / "note.json").write_bytes(_json(note))
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(raw)
    assert (article.title, article.date) == (TITLE, "2020-03-30")


def test_a_note_whose_text_names_no_day_is_dated_by_its_making() -> None:
    (note,) = posts(_json({"notes": [{"content": FIRST, "creationDate": "2021-04-01T13:20:00Z"}]}))
    assert note.fields == {"filed": "2021-04-01"}  # 21:20 on China's clock
