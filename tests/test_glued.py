"""A prompt or a notice run into the story on one line leaves the story (index.ingest.glued)."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.glued import story_after

STORY = "申领补贴的居民须在本月底前持身份证到社区服务中心登记，逾期将不再受理。"


def _body(text: str) -> str:
    return extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {"title": "青溪县发放取暖补贴"})).body


def test_a_follow_call_opening_the_only_line_leaves_the_story() -> None:
    assert _body(f"戳蓝字关注“青溪发布”，及时获取最新动态！{STORY}") == STORY


def test_an_earlier_headline_run_into_the_story_leaves_the_story() -> None:
    assert _body(f"原标题：青溪县补贴来了？ {STORY}") == STORY


def test_an_earlier_headline_alone_is_no_story() -> None:
    assert story_after("原标题：青溪县补贴来了？ 快看！", lambda line: line.startswith("原标题")) is None


def test_a_disclaimer_going_on_after_its_first_sentence_is_no_story() -> None:
    line = "免责声明：本文转载自网络。文章内容仅供参考，不构成投资建议，投资者据此操作，风险自担。"
    assert story_after(line, lambda text: text.startswith("免责声明"), lambda text: "参考" in text) is None


def test_a_labels_value_is_no_story_after_the_label() -> None:
    line = "版权声明： 本网所有文字和图片，版权均属青溪日报社所有，任何媒体未经授权不得转载。"
    assert story_after(line, lambda text: text.startswith("版权声明")) is None
