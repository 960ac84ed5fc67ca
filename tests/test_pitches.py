"""A page's pitch to its reader (subscribe, forward, share, listen) is no text; a story's sentence about a service
stays."""

from __future__ import annotations

from index.ingest.cleaning import is_boilerplate


def test_a_newsletters_subscribe_pitch_is_furniture() -> None:
    assert is_boilerplate("订阅《江城周报》，每周五把一周要闻送到你的邮箱。")
    assert is_boilerplate("你好，这里是江城早报。如果这封邮件是朋友转给你的，欢迎免费订阅：https://jc.example.cn")


def test_a_letters_way_out_is_furniture() -> None:
    assert is_boilerplate("不想再收到？点此退订 | 查看往期")


def test_a_pitch_to_forward_this_piece_is_furniture() -> None:
    assert is_boilerplate("觉得有用？把这一期转发给一位朋友吧。")


def test_a_players_buttons_and_time_are_furniture() -> None:
    assert is_boilerplate("▶ 收听")
    assert is_boilerplate("[点击收听] [下载音频]")
    assert is_boilerplate("00:00 / 04:12")
    assert is_boilerplate("音频时长：3分25秒")


def test_a_programmes_blurb_is_furniture() -> None:
    assert is_boilerplate("本期节目导读：早间新闻广播每天早间播出，带您了解身边新鲜事，收听回放请关注本台客户端。")


def test_a_storys_sentence_about_subscribing_stays() -> None:
    assert not is_boilerplate("市民可通过江城发布微信公众号免费订阅每日天气预报和空气质量提醒。")
    assert not is_boilerplate("截至目前，该市已有12万户家庭订阅了数字电视服务。")


def test_a_pushs_way_out_by_a_code_sent_back_is_furniture() -> None:
    assert is_boilerplate("退订本推送请回复TD")
    assert is_boilerplate("如需退订，请回复“TD”。")


def test_a_storys_sentence_about_replying_stays() -> None:
    assert not is_boilerplate("市民发送短信回复“举报”即可获取网上举报的方式和流程。")


def test_a_story_quoting_a_spam_messages_way_out_keeps_it() -> None:
    assert not is_boilerplate("这些短信末尾均标注“回复TD退订”。")
