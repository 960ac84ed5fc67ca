"""Credit lines a page leaves in the text (index.ingest.credit_lines): a desk and its reporter, a wire's translator,
a dateline or a short stamp alone, helpers in brackets, an account's `原创：` line and an outlet's credit opening the
lead leave the text; their names are the writers where the page names none; a story's sentence naming a reporter,
and the sentence after an opening credit, stay."""

from __future__ import annotations

from index.ingest.credit_lines import desk_line, is_filing_credit, without_opening_credit
from tests.road_story import STORY, read_text


def test_a_desk_and_reporter_line_leaves_the_text_and_names_the_writer() -> None:
    article = read_text(["国际中心／综合报导 记者林书豪", *STORY])
    assert "综合报导" not in article.body and article.authors == ["林书豪"]


def test_a_wires_translator_line_gives_its_name() -> None:
    assert desk_line("星岛网编译 陈美玲 综合外电") == ["陈美玲"]


def test_a_story_sentence_naming_a_reporter_is_no_desk_line() -> None:
    assert desk_line("记者林书豪从县交通局了解到，新路已全线通车。") is None


def test_a_dateline_alone_helpers_and_an_accounts_credit_are_credits() -> None:
    for line in ["(新加坡3日讯)", "(参与报道：王海燕、李明)", "原创：林小满 江城观察", "20/04/28"]:
        assert is_filing_credit(line), line


def test_an_outlets_credit_opening_the_lead_goes_and_the_sentence_stays() -> None:
    lead, names = without_opening_credit("央视网消息（时政评论员 杨禹）：" + STORY[0])
    assert lead == STORY[0] and names == ["杨禹"]


def test_a_lead_quoting_a_commentator_keeps_its_words() -> None:
    lead = "时政评论员杨禹认为：乡村公路是农民致富的路。"
    assert without_opening_credit(lead) == (lead, [])
