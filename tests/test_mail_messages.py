"""A mail's quote, signature, list footer and addresses are the mail's; its subject, without the list's tag, is
the headline."""

from __future__ import annotations

from index.ingest.mail_messages import mail_lines, subject, without_list_tag

TITLE = "江城市启动2020年网络安全宣传周活动"
FIRST = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。"
SECOND = "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答。"


def test_the_quoted_message_under_its_attribution_is_the_mails() -> None:
    quote = ["在 2020年9月14日 09:02，陈晓梅 写道：", "> 请大家把本周的稿件发到列表里。", "> 截止时间周五下午。"]
    lines = [FIRST, SECOND, *quote]
    assert mail_lines(lines) == {2, 3, 4}


def test_a_signature_and_a_lists_footer_under_the_text_are_the_mails() -> None:
    footer = ["-- ", "王海燕", "江城市网信办 宣传科", "_" * 47, "jc-news mailing list -- jc-news@lists.example.cn"]
    assert mail_lines([TITLE, FIRST, SECOND, *footer]) == {3, 4, 5, 6, 7}


def test_a_lists_footer_without_a_signature_is_the_mails() -> None:
    lines = [FIRST, SECOND, "_" * 47, "要退订此群组，请发送电子邮件到 news+unsubscribe@example.cn。"]
    assert mail_lines(lines) == {2, 3}


def test_dashes_above_the_writing_are_no_signature() -> None:
    assert mail_lines(["--", FIRST, SECOND]) == set()


def test_a_quote_mark_in_a_text_without_an_attribution_stays() -> None:
    assert mail_lines([TITLE, FIRST, "> 网络安全为人民，网络安全靠人民。", SECOND]) == set()


def test_a_header_blocks_subject_is_the_headline_and_its_addresses_leave() -> None:
    sent = "发送时间：2020年9月14日(星期一) 上午10:24"
    lines = [f"主题：[江城通讯员] {TITLE}", "发件人：王海燕 <news@example.cn>", sent, "", FIRST]
    assert subject(lines) == f"[江城通讯员] {TITLE}"
    assert mail_lines(lines) == {0, 1}


def test_a_lists_tag_leaves_the_subject() -> None:
    assert without_list_tag(f"Re: [jc-news] {TITLE}") == TITLE
    assert without_list_tag(TITLE) == TITLE
