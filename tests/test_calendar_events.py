"""A calendar's export read as its events' notices (index/ingest/calendar_events.py)."""

from __future__ import annotations

from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.calendar_events import events
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "关于召开全市网络安全工作会议的通知"
LEAD = "各区县网信办，市直各单位：经研究，定于2021年9月16日上午召开全市网络安全工作会议。"
SECOND = "请各单位主要负责同志准时参加，并于9月14日前报送参会人员名单。"


def _calendar(*events_: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(events_) + "END:VCALENDAR\r\n"


def _event(*lines: str) -> str:
    return "BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n"


def _read(tmp_path: Path, data: bytes) -> list[RawDocument | Skipped]:
    (tmp_path / "cal.ics").write_bytes(data)
    return list(read_sources([tmp_path], Settings().max_file_bytes))


def test_a_folded_escaped_description_is_the_text_and_the_summary_the_headline() -> None:
    escaped = f"{LEAD}\\n{SECOND}".replace("，", "\\,", 1)
    folded = "\r\n ".join(escaped[k : k + 20] for k in range(0, len(escaped), 20))
    calendar = _calendar(_event(f"SUMMARY;LANGUAGE=zh-CN:{TITLE}", f"DESCRIPTION;LANGUAGE=zh-CN:{folded}"))
    (event,) = events(calendar)
    assert (event.fields["title"], event.text) == (TITLE, f"{LEAD.replace('，', ',', 1)}\n{SECOND}")


def test_the_day_the_event_was_entered_stands_for_the_notice_only_as_a_last_resort() -> None:
    calendar = _calendar(_event(f"SUMMARY:{TITLE}", "CREATED:20210912T163000Z", f"DESCRIPTION:{LEAD}{SECOND}"))
    (event,) = events(calendar)
    assert event.fields["filed"] == "2021-09-13" and "date" not in event.fields


def test_a_reminder_of_one_line_and_an_alarm_are_no_notice() -> None:
    alarm = "BEGIN:VALARM\r\nDESCRIPTION:提醒。请准时参加。\r\nEND:VALARM"
    calendar = _calendar(_event("SUMMARY:周例会", "DESCRIPTION:请各科室负责人准时参加。", alarm))
    assert list(events(calendar)) == []


def test_a_calendar_file_is_read_as_articles_and_one_without_a_notice_reported(tmp_path: Path) -> None:
    calendar = _calendar(_event(f"SUMMARY:{TITLE}", f"DESCRIPTION:{LEAD}\\n{SECOND}"))
    article = extract(_read(tmp_path, calendar.encode("utf-8"))[0])
    assert (article.title, article.body.split("\n")) == (TITLE, [LEAD, SECOND])
    (skipped,) = _read(tmp_path, _calendar(_event("SUMMARY:周例会")).encode("utf-8"))
    assert isinstance(skipped, Skipped) and "calendar" in skipped.reason


def test_odd_calendars_never_raise() -> None:
    for text in ("", "BEGIN:VCALENDAR", "BEGIN:VEVENT\r\nDESCRIPTION:\\", "\r\n " * 1000, "BEGIN:VEVENT\n" * 500):
        assert isinstance(list(events(text)), list)
