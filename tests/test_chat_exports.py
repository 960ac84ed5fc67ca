"""A chat's exported history gives the message carrying the article, under its day; other texts stay as they are."""

from __future__ import annotations

from index.ingest.chat_exports import story_message

TITLE = "江城市启动2020年网络安全宣传周活动"
FIRST = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。" * 3
SECOND = "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答。" * 3


def test_a_group_export_gives_the_forwarded_story_under_its_stamps_day() -> None:
    text = "\n".join(
        [
            "群聊：江城宣传口信息群（成员：王海燕、刘志强、陈晓梅 等 52 人）",
            "",
            "2020-09-14 09:12:40 刘志强",
            "各位早，今天的信息请在十点前报送。",
            "",
            "2020-09-14 10:24:05 王海燕",
            TITLE,
            FIRST,
            SECOND,
            "[图片]",
            "",
            "2020-09-14 10:26:12 陈晓梅",
            "收到，已转发到部门群。",
        ]
    )
    assert story_message(text) == "\n".join(["2020-09-14 10:24:05", "", TITLE, FIRST, SECOND])


def test_a_channel_exports_english_stamp_is_read_as_a_day() -> None:
    text = "\n".join(
        [
            "Guild: 江城网信工作站 / Channel: 稿件分享",
            "",
            "[9/14/2020 9:58 AM] 刘志强#1187",
            "今天的稿子谁来发一下？",
            "",
            "[9/14/2020 10:24 AM] 王海燕#2041",
            TITLE,
            FIRST,
            SECOND,
            "",
            "{Reactions}",
            "👍 (3)",
            "",
            "[9/14/2020 10:31 AM] 陈晓梅#3310",
            "好的，辛苦了",
        ]
    )
    assert story_message(text).split("\n")[:3] == ["2020-09-14 10:24 AM", "", TITLE]
    assert story_message(text).endswith(SECOND)


def test_a_message_on_its_stamps_line_takes_the_day_divider_above_it() -> None:
    text = "\n".join(
        [
            "[LINE] 与“江城记者之家”的聊天记录",
            "",
            "2020/9/14（一）",
            "09:03\t陈晓梅\t陈晓梅加入了群组。",
            "09:15\t刘志强\t[贴图]",
            f'10:24\t王海燕\t"{TITLE}',
            FIRST,
            f'{SECOND}"',
            "10:29\t刘志强\t收到",
        ]
    )
    assert story_message(text) == "\n".join(["2020/9/14（一） 10:24", "", TITLE, FIRST, SECOND])


def test_a_story_with_readers_stamped_comments_under_it_stays() -> None:
    text = "\n".join(
        [
            TITLE,
            FIRST,
            SECOND,
            "网友评论",
            "2020-09-14 12:01:05 江城小李",
            "支持！" * 70,
            "2020-09-14 12:30:44 青溪看客",
            "好",
            "2020-09-14 13:02:10 白沙老张",
            "点赞",
        ]
    )
    assert story_message(text) == text


def test_a_chat_of_short_messages_alone_stays() -> None:
    names = ["王海燕", "刘志强", "陈晓梅"]
    text = "\n".join(f"2020-09-14 10:2{k}:05 {name}\n收到，马上处理。" for k, name in enumerate(names))
    assert story_message(text) == text


def test_a_pages_message_tiles_give_the_story_under_the_day_separator() -> None:
    shown = "\n".join(
        [
            "新闻线索汇",
            "主题：只发成稿，讨论请移步闲聊房间",
            "2020年9月14日星期一",
            "周小林 加入了房间",
            "孙丽娟09:40",
            "上午的稿子都发这里，我来统一审。",
            "赵国平10:24",
            TITLE,
            FIRST,
            SECOND,
            "周小林10:35",
            "已阅",
        ]
    )
    assert story_message(shown, tiles=True) == "\n".join(["2020年9月14日星期一 10:24", "", TITLE, FIRST, SECOND])


def test_a_time_alone_without_a_day_above_it_gives_no_day() -> None:
    shown = "\n".join(
        ["# 新闻线索", "刘志强 9:41 AM", "早上好", "王海燕 10:24 AM", TITLE, FIRST, SECOND, "陈晓梅 10:40 AM", "好"]
    )
    assert story_message(shown, tiles=True) == "\n".join([TITLE, FIRST, SECOND])


def test_a_forum_threads_floors_are_no_chat_and_keep_its_headline() -> None:
    floors = [f"#{k} 2020-04-04 1{k}:02" for k in range(4)]
    replies = ["顶一个", "关注", "同问"]
    text = "\n".join(
        ["[国际] 日本各界关注何时进入紧急状态", floors[0], FIRST, SECOND]
        + [line for floor, reply in zip(floors[1:], replies, strict=True) for line in (floor, reply)]
    )
    assert story_message(text, tiles=True) == text


def test_a_messengers_sender_with_a_colon_heads_a_message_and_other_links_cards_leave() -> None:
    text = "\n".join(
        [
            "[2020-09-14 09:58] 刘志强:",
            "http://www.example.cn/n1/2020/0914/c1.html",
            "> 🔗 人民网",
            "> 江城地铁5号线今日试运行",
            "",
            "[2020-09-14 10:24] 王海燕:",
            TITLE,
            FIRST,
            SECOND,
            "",
            "[2020-09-14 10:31] 陈晓梅:",
            "收到，已转发到部门群。",
        ]
    )
    assert story_message(text) == "\n".join(["2020-09-14 10:24", "", TITLE, FIRST, SECOND])


def test_a_story_pasted_a_paragraph_a_message_is_read_as_the_senders_one_turn() -> None:
    text = "\n".join(
        [
            "江城同鄉會 12人 聊天記錄",
            "2020年9月14日 星期一",
            "[劉志強] [上午 9:58] 今天的新聞大家看了嗎",
            f"[王海燕] [上午 10:15] {TITLE}",
            f"[王海燕] [上午 10:15] {FIRST}",
            f"[王海燕] [上午 10:16] {SECOND}",
            "[陳曉梅] [上午 10:20] 謝謝分享",
        ]
    )
    assert story_message(text) == "\n".join(["2020年9月14日 星期一 上午 10:15", "", TITLE, FIRST, SECOND])


def test_a_picture_the_sender_sent_before_the_quoted_story_is_no_part_of_it() -> None:
    text = "\n".join(
        [
            "[LINE] 与“江城记者之家”的聊天记录",
            "",
            "2020/9/14（一）",
            "09:03\t陈晓梅\t早安，大家今天也要平安",
            "09:15\t刘志强\t[照片]",
            f'09:16\t刘志强\t"{TITLE}',
            FIRST,
            f'{SECOND}"',
            "10:29\t陈晓梅\t收到",
        ]
    )
    assert story_message(text) == "\n".join(["2020/9/14（一） 09:15", "", TITLE, FIRST, SECOND])


def test_a_senders_remark_pointing_at_the_story_they_send_next_is_no_part_of_it() -> None:
    text = "\n".join(
        [
            "14/09/2020, 08:02 - 陈晓梅: 早安，大家今天也要平安",
            "14/09/2020, 08:15 - 刘志强: 这篇不错，大家看看👇",
            f"14/09/2020, 08:16 - 刘志强: {TITLE}",
            FIRST,
            SECOND,
            "14/09/2020, 08:20 - 陈晓梅: 收到",
        ]
    )
    assert "大家看看" not in story_message(text)
    assert story_message(text).endswith("\n".join([TITLE, FIRST, SECOND]))


def _phone_export(days: list[str], clock: str = "14:20") -> str:
    """A messenger's phone export, `day, time - sender: message`, the story sent on the last day."""
    lines = [f"{day}, 09:58 - 刘志强: 今天的稿子谁来发一下？" for day in days[:-1]]
    return "\n".join(
        [
            *lines,
            f"{days[-1]}, {clock} - 王海燕: {TITLE}",
            f"{days[-1]}, {clock} - 王海燕: {FIRST}",
            f"{days[-1]}, {clock} - 王海燕: {SECOND}",
            f"{days[-1]}, 15:02 - 陈晓梅: 收到",
        ]
    )


def test_a_day_above_twelve_anywhere_in_the_export_proves_it_day_first() -> None:
    message = story_message(_phone_export(["18/08/2020", "05/09/2020"]))
    assert message.split("\n")[0] == "2020-09-05, 14:20"


def test_a_second_number_above_twelve_keeps_an_export_month_first() -> None:
    message = story_message(_phone_export(["8/18/20", "9/5/20"], clock="2:20 PM"))
    assert message.split("\n")[0] == "2020-09-05, 2:20 PM"


def test_a_twelve_hour_clock_is_the_month_first_locales() -> None:
    assert story_message(_phone_export(["09/05/2020"], clock="2:20 PM")).split("\n")[0] == "2020-09-05, 2:20 PM"


def test_a_24_hour_clock_under_padded_days_of_a_four_figure_year_is_day_first() -> None:
    assert story_message(_phone_export(["05/09/2020"])).split("\n")[0] == "2020-09-05, 14:20"


def test_a_bracketed_phone_export_with_dotted_days_is_day_first() -> None:
    text = "\n".join(
        [
            "[05.09.20, 09:58:02] 刘志强: 早",
            "[05.09.20, 10:03:40] 陈晓梅: \u200e<attached: 00000012-PHOTO-2020-09-05-10-03-40.jpg>",
            f"[05.09.20, 14:20:11] 王海燕: {TITLE}",
            FIRST,
            SECOND,
            "[05.09.20, 15:02:55] 陈晓梅: 收到",
        ]
    )
    assert story_message(text) == "\n".join(["2020-09-05, 14:20:11", "", TITLE, FIRST, SECOND])


def test_a_phone_exports_sender_may_be_a_contacts_name_of_several_words() -> None:
    text = _phone_export(["18/08/2020", "05/09/2020"]).replace("王海燕", "Wang Haiyan")
    assert story_message(text).split("\n")[2:] == [TITLE, FIRST, SECOND]


def test_a_chat_with_no_one_story_keeps_its_messages_under_its_own_days() -> None:
    text = _phone_export(["18/08/2020", "05/09/2020"]).replace(f"王海燕: {FIRST}", "王海燕: 收到").replace(SECOND, "好")
    assert story_message(text).split("\n")[:2] == [
        "2020-08-18, 09:58 - 刘志强: 今天的稿子谁来发一下？",
        f"2020-09-05, 14:20 - 王海燕: {TITLE}",
    ]
