"""A live text page's furniture (index.ingest.live_pages): its entries' stamps alone on a line, its state, its
credit lines and a guest's profile box leave the text, while the entries and a transcript's questions stay."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.live_pages import is_credit_line

ENTRIES = [
    "上午9时，青溪县防汛抗旱指挥部召开新闻发布会，通报近期强降雨的应对情况。",
    "县水利局局长介绍，全县18座小型水库均已降至汛限水位以下，巡查人员全部到岗。",
    "截至目前，全县共转移群众2300余人，没有发生人员伤亡。",
    "县应急管理局表示，将继续加强值守，及时发布预警信息。",
]


def _live(*head: str, stamps: tuple[str, ...] = ("10:42", "10:35", "10:21", "10:05")) -> str:
    lines = ["青溪县召开防汛新闻发布会", "2023年6月18日 来源：青溪融媒", *head]
    for stamp, entry in zip(stamps, ENTRIES, strict=True):
        lines += [stamp, entry]
    return extract(RawDocument("live", "live.txt", "\n".join(lines), "0" * 32, "utf-8", {})).body


def test_entry_stamps_alone_on_a_line_leave_the_live_text() -> None:
    body = _live()
    assert "10:42" not in body and "10:05" not in body
    assert body.split("\n") == ENTRIES


def test_full_stamps_alone_over_the_entries_leave_the_text_and_no_entry_goes_with_them() -> None:
    stamps = ("2023-06-18 14:05:32", "2023-06-18 14:12:08", "2023-06-18 14:20:41", "2023-06-18 14:31:15")
    assert _live(stamps=stamps).split("\n") == ENTRIES


def test_a_host_credit_and_a_state_tag_leave_the_text() -> None:
    body = _live("【直播】", "主持人：王晓东")
    assert "主持人" not in body and "直播" not in body


def test_a_line_of_roles_and_names_is_a_credit_line() -> None:
    assert is_credit_line("[直播中]　嘉宾：陈志强　主持人：徐国庆")


def test_a_hosts_question_in_a_transcript_is_no_credit_line() -> None:
    assert not is_credit_line("主持人：网友们很关心这方面的进展，您能具体介绍一下吗？")


def test_a_guests_profile_under_its_heading_leaves_the_interview() -> None:
    lines = [
        "青溪县网信办主任谈网络生态治理",
        "访谈时间：2023年6月18日 10:00",
        "嘉宾介绍",
        "杨丽萍，青溪县委网信办主任，长期从事网络综合治理工作。",
        "主持人：网友们很关心今年的进展，您能具体介绍一下吗？",
        "杨丽萍：今年以来，我们集中开展了网络生态专项整治，清理违法违规信息两万余条。",
        "主持人：下一步还有哪些打算？",
        "杨丽萍：我们将继续完善举报受理机制，让群众的每一条举报都有回音。",
    ]
    body = extract(RawDocument("ivw", "ivw.txt", "\n".join(lines), "0" * 32, "utf-8", {})).body
    assert "长期从事" not in body
    assert body.startswith("主持人：网友们很关心") and body.endswith("都有回音。")


def test_a_time_opening_an_entrys_sentence_stays() -> None:
    body = _live("10:50 县气象台发布暴雨黄色预警，提醒群众减少外出。")
    assert "10:50 县气象台发布暴雨黄色预警" in body
