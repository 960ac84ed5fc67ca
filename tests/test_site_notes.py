"""A site's short notes about the page (index.ingest.site_notes): a one-claim note at the text's edge, an English
platform notice, read and visitor counters, a row of buttons, an archive's header lines, an update stamp and an
owner's line leave the text; a story that quotes a statement keeps it."""

from __future__ import annotations

from index.ingest.site_notes import (
    is_interface_line,
    is_page_note,
    station_day,
    without_glued_note,
    without_read_count,
)
from tests.road_story import STORY, read_text


def test_a_one_claim_note_under_the_text_leaves_it() -> None:
    for note in ["本栏文章只代表作者个人意见，不代表本站立场。", "江城观察原创文章，未经授权禁止转载。"]:
        assert note not in read_text([*STORY, note]).body


def test_a_note_glued_to_the_last_paragraph_is_cut_after_its_stop() -> None:
    note = "本文来自白沙号，仅代表白沙号自媒体观点。"
    assert without_glued_note(STORY[-1] + note) == STORY[-1]


def test_a_story_quoting_a_platforms_statement_keeps_it() -> None:
    quote = "一家网络平台在声明中表示，相关文章仅代表作者个人观点，平台已下架涉事内容。"
    assert not is_page_note(quote) and quote in read_text([*STORY, quote]).body


def test_an_english_platform_notice_is_a_note() -> None:
    assert is_page_note("Notice: The content above (including the pictures and videos if any) is uploaded and posted")


def test_counters_buttons_and_an_archives_header_lines_are_interface() -> None:
    lines = ["(被阅读 1523 次)", "本站已开通手机版，欢迎访问。你是第 10293 位访客", "👍 210👎分享下载收藏"]
    for line in [*lines, "发信站：江城文苑 (2020-04-28 10:12)", "栏目： 网事 > 评论"]:
        assert is_interface_line(line), line


def test_a_headlines_read_counter_is_cut() -> None:
    assert without_read_count("青溪县新建乡村公路 (被阅读 1000 次)") == "青溪县新建乡村公路"


def test_a_story_line_about_visitors_is_no_counter() -> None:
    assert not is_interface_line("景区今年接待了第100万位游客，当地为其颁发了纪念证书。")


def test_a_tip_box_split_over_lines_leaves_the_text() -> None:
    box = ["【新闻热线", "欢迎提供新闻线索，电话：0771-28001234，", "邮箱：xs@jcrb.cn】"]
    assert all(line not in read_text([*STORY, *box]).body for line in box)


def test_a_bracketed_heading_over_the_storys_text_stays() -> None:
    assert STORY[0] in read_text(["【乡村振兴", *STORY, "】"]).body


def test_a_station_lines_day_is_the_posts_though_the_line_leaves_the_text() -> None:
    line = "发信站: 北邮人论坛 (Mon Jan 14 10:22:13 2019), 站内"
    assert is_interface_line(line)
    assert station_day(line) == "2019-01-14"


def test_an_update_stamp_over_the_text_leaves_it() -> None:
    stamp = "本文最后更新于 2021-03-05，某些文章具有时效性，若有错误或已失效，请在下方留言。"
    assert is_interface_line(stamp) and "时效性" not in read_text([stamp, *STORY]).body


def test_an_update_stamp_alone_is_interface() -> None:
    assert is_interface_line("最后编辑于 2020-04-03 10:12")


def test_a_story_sentence_about_a_last_revision_stays() -> None:
    assert not is_interface_line("最后修订于2019年3月1日的管理办法，明确了平台的主体责任和处罚标准。")


def test_an_archives_stamp_on_its_own_line_is_interface() -> None:
    assert is_interface_line("存档于 2024-03-21，原文见 链接。")
    assert is_interface_line("本文存档于2024年03月21日，原文链接已失效。")


def test_a_storys_sentence_about_archiving_stays() -> None:
    line = "相关案卷材料已于2019年3月存档于县档案馆，供群众依法查阅。"
    assert not is_interface_line(line) and line in read_text([*STORY, line]).body
