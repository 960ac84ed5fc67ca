"""A forwarded mail: the forwarded message is the story; the forward's header, note and client tagline are not."""

from __future__ import annotations

from index.ingest.mail_forwards import unforwarded

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市2021年国家网络安全宣传周活动在市民广场启动，现场设置了二十余个展位。"
SECOND = "活动期间，全市各级网信部门将组织网络安全知识进社区、进校园、进企业，普及个人信息保护常识。"


def test_a_forwards_note_and_header_above_the_separator_leave() -> None:
    text = "\n".join(
        [
            f"主题: 转发: {TITLE}",
            "发件人: 王海燕",
            "",
            "各位同事：请认真学习。",
            "",
            "-----原始邮件-----",
            "发件人: 江城网信办",
            "发送时间: 2021年9月13日 下午3:10",
            f"主题: {TITLE}",
            "",
            LEAD,
            "",
            SECOND,
        ]
    )
    assert unforwarded(text).splitlines() == [
        "发件人: 江城网信办",
        "发送时间: 2021年9月13日 下午3:10",
        f"主题: {TITLE}",
        "",
        LEAD,
        "",
        SECOND,
    ]


def test_a_quoted_forward_is_read_unquoted() -> None:
    text = "\n".join(
        ["供参考。", "", "Begin forwarded message:", "", "> 发件人: 江城网信办", f"> 主题: {TITLE}", ">", f"> {LEAD}"]
    )
    assert unforwarded(text).splitlines() == ["发件人: 江城网信办", f"主题: {TITLE}", "", LEAD]


def test_a_mail_clients_tagline_under_the_forwarded_text_leaves() -> None:
    text = "\n".join(
        [
            "---------- Forwarded message ---------",
            "From: 江城网信办",
            f"Subject: {TITLE}",
            "",
            LEAD,
            "",
            "发自我的iPhone",
        ]
    )
    assert unforwarded(text).rstrip().endswith(LEAD)


def test_a_reply_over_a_short_original_message_is_no_forward() -> None:
    reply = f"收到，{LEAD}{SECOND}"
    text = "\n".join([reply, "", "-----原始邮件-----", "发件人: 王海燕", "主题: 宣传周", "", "请报送活动情况。"])
    assert unforwarded(text) == text


def test_a_forwarded_story_opening_on_its_own_dateline_leaves_the_headers_day_out() -> None:
    text = "\n".join(
        [
            "---------- Forwarded message ---------",
            "发件人: 王磊 <wanglei@jcw.cn>",
            "Date: 2021年9月15日周三 上午10:12",
            f"Subject: 转：{TITLE}",
            "",
            f"# {TITLE}",
            "2021-09-13 08:00　来源：江城日报",
            LEAD,
        ]
    )
    assert "Date: 2021年9月15日周三 上午10:12" not in unforwarded(text).splitlines()


def test_a_day_named_inside_the_storys_sentences_keeps_the_headers_day() -> None:
    text = "\n".join(
        [
            "---------- Forwarded message ---------",
            "发件人: 江城网信办",
            "Date: 2021年9月13日周一 下午3:10",
            f"Subject: {TITLE}",
            "",
            LEAD,
            SECOND,
        ]
    )
    assert "Date: 2021年9月13日周一 下午3:10" in unforwarded(text).splitlines()
