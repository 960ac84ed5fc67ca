"""A mailbox (`.mbox`) is read a message an article: its subject the headline, its `Date:` the day where the text
names none, its sender the writer when a person; a damaged message is reported and the others read."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.mailboxes import Damaged, is_mailbox, messages, subject_title
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市召开防汛工作会议"
FIRST = "会议要求各地各部门提高认识，压实责任，扎实做好今年汛期各项准备工作，确保人民群众生命财产安全。"
SECOND = "会议强调，要抓好隐患排查整治，对水库、堤防、在建工程等重点部位逐一检查，发现问题立即整改到位。"


def _b(text: str, charset: str = "gb2312") -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode('gb18030')).decode('ascii')}?="


def _message(sender: str, subject: str, date: str, body: bytes, charset: str = "gb2312", cte: str = "base64") -> bytes:
    encoded = base64.encodebytes(body) if cte == "base64" else quopri.encodestring(body) if cte != "8bit" else body
    head = (
        f"From x@jc.example.cn Mon Mar 30 10:05:00 2020\nFrom: {sender}\nSubject: {subject}\nDate: {date}\n"
        f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
    )
    return head.encode("ascii") + encoded + b"\n"


def _story(sender: str = f"{_b('李明')} <liming@jc.example.cn>", subject: str = _b(TITLE)) -> bytes:
    return _message(sender, subject, "Mon, 30 Mar 2020 18:05:00 +0800", f"{FIRST}\n\n{SECOND}".encode("gb18030"))


def _read(tmp_path: Path, data: bytes) -> list[RawDocument | Skipped]:
    (tmp_path / "inbox.mbox").write_bytes(data)
    return list(read_sources([tmp_path], Settings().max_file_bytes))


def test_each_message_of_a_mailbox_is_an_article_under_its_encoded_subject(tmp_path: Path) -> None:
    sent = "Mon, 30 Mar 2020 08:00:00 +0800"
    notice = _message(_b("办公室"), _b("周五例会通知"), sent, "周五下午开会。".encode("gbk"))
    first, second = _read(tmp_path, notice + _story())
    assert (first.id, second.id) == ("inbox/1", "inbox/2")
    article = extract(second)
    assert (article.title, article.body) == (TITLE, f"{FIRST}\n{SECOND}")


def test_a_messages_date_header_is_its_day_when_the_text_names_none(tmp_path: Path) -> None:
    (raw,) = _read(tmp_path, _story())
    assert extract(raw).date == "2020-03-30"


def test_a_day_the_text_names_goes_before_the_date_header(tmp_path: Path) -> None:
    body = f"{TITLE}\n\n2020年3月28日　来源：江城日报\n\n{FIRST}".encode("gb18030")
    (raw,) = _read(tmp_path, _message("a@b.cn", _b(TITLE), "Mon, 30 Mar 2020 18:05:00 +0800", body))
    assert extract(raw).date == "2020-03-28"


def test_a_senders_name_is_the_writer_when_it_is_a_persons() -> None:
    (person,) = messages(_story())
    (office,) = messages(_story(sender=f"{_b('江城日报社办公室')} <office@jc.example.cn>"))
    assert (person.fields.get("owner"), office.fields.get("owner")) == ("李明", None)


def test_a_reply_mark_and_a_lists_tag_are_no_part_of_the_headline() -> None:
    assert subject_title(f"Re: [jc-news] {TITLE}") == TITLE
    assert subject_title(f"转发：{TITLE}") == TITLE


def test_a_gb2312_message_with_a_gbk_character_is_read_whole() -> None:
    (message,) = messages(_message("a@b.cn", _b("镕基"), "Mon, 30 Mar 2020 18:05:00 +0800", "朱镕基同志".encode("gbk")))
    assert (message.fields["title"], message.text, message.damaged) == ("镕基", "朱镕基同志", "")


def test_a_quoted_from_line_is_read_back_without_its_mark() -> None:
    body = f"{FIRST}\n>From 江城日报\n".encode("gb18030")
    (message,) = messages(_message("a@b.cn", _b(TITLE), "Mon, 30 Mar 2020 18:05:00 +0800", body, cte="8bit"))
    assert "\nFrom 江城日报" in message.text


def test_a_damaged_message_is_reported_and_the_others_read(tmp_path: Path) -> None:
    broken = "请大家把选题报上来".encode("gbk")
    sent = "Sun, 29 Mar 2020 09:00:00 +0800"
    damaged = _message("a@b.cn", _b("选题"), sent, broken[:6] + b"\xff" + broken[6:], cte="8bit")
    first, second = _read(tmp_path, damaged + _story())
    assert first.damaged == "1 invalid byte sequence read as U+FFFD in message 1"
    assert extract(second).title == TITLE


def test_a_message_with_no_text_is_reported_by_its_number() -> None:
    empty = b"From x@y Mon Mar 30 10:05:00 2020\nSubject: hi\nContent-Type: image/png\n\nAAAA\n"
    assert list(messages(empty + _story()))[0] == Damaged(1, "no HTML or text part in the message")


def test_a_mailbox_saved_as_a_mail_is_read_as_a_mailbox(tmp_path: Path) -> None:
    (tmp_path / "saved.eml").write_bytes(_story() + _story())
    assert [raw.id for raw in read_sources([tmp_path], Settings().max_file_bytes)] == ["saved/1", "saved/2"]


def test_bad_input_is_no_mailbox_and_never_raises() -> None:
    for data in (b"", b"\x00\xff" * 5000, b"From here on we read.\n", "江城".encode() * 100000):
        assert not is_mailbox(data) and list(messages(data)) == []
    assert len(list(messages(b"From x Mon Mar 30 10:05:00 2020\n\xff\xfe\x00garbage"))) == 1


def test_a_headline_the_subject_wraps_in_an_apps_words_is_the_headline() -> None:
    body = f"<p>您的好友 reader1 向您分享了一篇新闻</p><h2>{TITLE}</h2><p>{FIRST}</p>".encode("gb18030")
    sent = "Mon, 30 Mar 2020 18:05:00 +0800"
    (message,) = messages(_message("a@b.cn", _b(f"好友向您分享：{TITLE}"), sent, body).replace(b"plain", b"html"))
    assert message.fields["title"] == TITLE


def test_a_mail_clients_folder_without_a_suffix_is_read_as_a_mailbox(tmp_path: Path) -> None:
    (tmp_path / "Inbox").write_bytes(_story())
    (tmp_path / "Inbox.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')
    (tmp_path / "README").write_text("江城日报社采编中心的邮件备份。", encoding="utf-8")
    found = list(read_sources([tmp_path], Settings().max_file_bytes))
    assert [item.id for item in found if isinstance(item, RawDocument)] == ["Inbox/1"]
    assert [item.reason for item in found if isinstance(item, Skipped)] == [
        "2 files of kinds not read: (no suffix) 1, .msf 1"
    ]


def test_a_message_without_a_date_header_is_filed_on_its_separators_day() -> None:
    story = _story().replace(b"Date: Mon, 30 Mar 2020 18:05:00 +0800\n", b"")
    (message,) = messages(story.replace(b"Mon Mar 30 10:05:00 2020", b"Sat Mar 28 23:59:01 2020"))
    assert message.fields["filed"] == "2020-03-28"
