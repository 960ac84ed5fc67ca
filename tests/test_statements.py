"""A site's statement about what it carries, known by what it says (index.ingest.statements)."""

from __future__ import annotations

from index.ingest.statements import is_statement, makes_claim


def test_a_declaration_under_a_name_no_list_holds_is_a_statement() -> None:
    line = "青禾网郑重声明：青禾网发布此信息的目的在于传播更多信息，与本站立场无关。青禾网不保证该信息的准确性。"
    assert is_statement(line)


def test_a_channel_statement_about_partner_media_is_a_statement() -> None:
    line = "溪口在线声明：本频道所载新闻均来自合作媒体，版权归原作者所有，转载出于传递更多信息之目的。"
    assert is_statement(line)


def test_a_story_reporting_a_copyright_case_is_not_a_statement() -> None:
    assert not is_statement("法院认定被告未经授权转载原告的摄影作品，侵犯了其著作权，判决赔偿一万元。")


def test_a_statement_with_a_sentence_of_the_story_in_it_is_not_a_statement() -> None:
    line = "本文版权归原作者所有，转载请与本网联系。当天下午，青溪县举行了龙舟比赛。"
    assert not is_statement(line)


def test_a_snippet_with_a_statement_run_into_it_is_not_a_statement() -> None:
    line = "3小时前-青溪县一村干部骗取惠农资金被查 本文仅代表作者观点，不代表本站立场。转载请注明出处。"
    assert not is_statement(line)


def test_a_risk_warning_makes_a_claim() -> None:
    assert makes_claim("文章内容仅供参考，投资者据此操作，风险自担。")


def test_a_sentence_of_the_story_makes_no_claim() -> None:
    assert not makes_claim("当天下午，青溪县举行了一年一度的龙舟比赛。")
