"""An outlet's pleas, channels and page credit closing the text leave it; a story's own sentence about an app, an
account or a statement stays. A mirror's provenance line is read as the source."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.closing_pleas import is_plea, without_glued_tail
from index.ingest.extract import extract
from index.ingest.mirror_sources import provenance

STORY = (
    "江城市网信办近日召开专题会议，部署开展网络生态治理专项行动，要求各部门压实主体责任，切实维护网络空间清朗。\n"
    "会议指出，要坚持问题导向，聚焦群众反映强烈的突出问题，集中整治网络谣言、网络暴力等乱象，形成长效机制。"
)


def _body(*tail: str, head: str = "") -> str:
    text = "\n".join(["江城部署网络生态治理专项行动", "2020年4月28日", *([head] if head else []), STORY, *tail])
    raw = RawDocument(id="x", path="x.txt", text=text, content_hash="h", encoding="utf-8")
    return extract(raw).body


def test_a_tip_desks_channels_under_the_story_leave_the_text() -> None:
    body = _body("报料微信关注：jcxw2020", "报料qq：8866001")
    assert "报料" not in body and body.endswith("形成长效机制。")


def test_a_call_to_follow_an_account_closing_the_text_leaves_it() -> None:
    body = _body("更多精彩内容请关注网信江城", "点击阅读原文")
    assert "关注网信江城" not in body and "阅读原文" not in body


def test_a_members_appeal_closing_the_text_leaves_it() -> None:
    assert "会员" not in _body("独立新闻需要您的支持。成为会员，每月只需5元，即可畅读全部内容。")
    assert "打赏" not in _body("如果觉得本帖对您有帮助，欢迎打赏支持楼主，您的支持是我们更新的动力！")


def test_a_papers_collective_credit_above_its_checkers_leaves_the_text() -> None:
    body = _body("本版文字（除署名外）：记者 杨丽萍 通讯员 吴晓梅", "责编：吴晓梅", "校对：王晓东")
    assert "除署名外" not in body and body.endswith("形成长效机制。")


def test_a_storys_last_sentence_about_an_app_stays() -> None:
    line = "据介绍，市民可下载“江城办”APP，在首页点击“社保查询”即可在线办理。"
    assert _body(line).endswith(line)
    assert _body("欢迎广大市民下载使用。").endswith("欢迎广大市民下载使用。")


def test_a_notices_hotline_closing_the_text_stays() -> None:
    assert not is_plea("如有疑问，请拨打热线12345咨询。")


def test_a_text_of_pleas_alone_keeps_them() -> None:
    raw = RawDocument(
        id="x", path="x.txt", text="报料微信关注：jcxw2020\n报料qq：8866001", content_hash="h", encoding="utf-8"
    )
    assert "报料" in extract(raw).body


def test_a_statement_glued_onto_the_last_paragraph_is_cut_after_the_storys_credit() -> None:
    notice = "声明：本站部分资源来源于网络，版权归原作者所有，如有侵权请联系我们删除。"
    paragraph = "力争全年完成重大项目投资850亿元。（总台记者刘颖）" + notice
    assert without_glued_tail(paragraph) == "力争全年完成重大项目投资850亿元。（总台记者刘颖）"


def test_a_story_about_a_disclaimer_keeps_its_sentence() -> None:
    paragraph = "法院审理认为，该网站页面底部的免责声明不能免除其审核义务。被告应承担相应责任。"
    assert without_glued_tail(paragraph) == paragraph


def test_a_mirrors_provenance_line_is_read_as_the_source() -> None:
    assert provenance("来源丨江城发布") == "江城发布"
    assert provenance("转载自：江城观察 微信公众号") == "江城观察"


def test_a_sentence_about_a_repost_is_no_provenance_line() -> None:
    line = "该文转自某公众号后引发热议。"
    assert provenance(line) is None


def test_a_writers_credit_under_a_source_label_is_no_provenance_line() -> None:
    assert provenance("内容来源 | 记者汪岩岩") is None


def test_a_plea_glued_onto_the_last_paragraph_is_cut() -> None:
    paragraph = "岂曰无碑，山河为碑。河山无恙，英烈永恒！更多精彩内容，请下载江城新闻客户端"
    assert without_glued_tail(paragraph) == "岂曰无碑，山河为碑。河山无恙，英烈永恒！"


def test_a_mirrors_uploader_line_closing_the_text_leaves_it() -> None:
    assert "上传者" not in _body("点击阅读原文", "上传者：江城小李")


def test_a_storys_advice_about_scanning_a_code_stays() -> None:
    assert not is_plea("扫码前，还可以使用第三方手机安全管理软件检测二维码的安全性，识别并且拦截钓鱼网站及木马病毒。")


def test_a_firms_sentence_naming_an_app_asks_nothing() -> None:
    assert not is_plea("我们的每一次进步，都代表着app开发将“更快”一步，5月29日，我们即将再次爆发！")


def test_a_tip_desks_call_for_clues_closing_the_text_leaves_it() -> None:
    body = _body("欢迎广大读者踊跃提供新闻线索，报料电话：0771-5600889")
    assert "新闻线索" not in body and body.endswith("形成长效机制。")


def test_a_story_asking_witnesses_for_clues_keeps_its_sentence() -> None:
    assert not is_plea("警方呼吁知情群众提供线索。")
