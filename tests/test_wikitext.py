"""A wiki page's markup is read as the text a reader of the page sees."""

from __future__ import annotations

from index.ingest.wikitext import is_wikitext, wiki_text


def test_a_link_shows_its_text_or_its_target() -> None:
    assert wiki_text("[[庆阳市|庆阳]]召开会议，[[西峰区]]参加。") == "庆阳召开会议，西峰区参加。"


def test_templates_notes_and_quotes_show_nothing_in_their_place() -> None:
    markup = "{{date|2023年5月4日}}'''庆阳'''召开会议<ref name=\"a\">{{cite web|url=https://example.cn}}</ref>。"
    assert wiki_text(markup) == "庆阳召开会议。"


def test_a_multi_line_infobox_and_a_table_leave_nothing() -> None:
    infobox = "{{Infobox 事件\n| 名称 = 会议\n| 日期 = {{date|2023}}\n}}"
    markup = infobox + "\n{| class=wikitable\n|-\n| 甲 || 乙\n|}\n庆阳召开会议。"
    assert wiki_text(markup) == "庆阳召开会议。"


def test_pictures_and_categories_show_no_text() -> None:
    assert wiki_text("[[File:Qy.jpg|thumb|会场]]庆阳召开会议。\n\n[[分类:庆阳]]\n[[Category:会议]]") == "庆阳召开会议。"


def test_a_heading_stays_a_line_while_a_section_of_sources_alone_goes() -> None:
    markup = "庆阳召开会议。\n\n== 会议要求 ==\n各县区要做好工作。\n\n== 来源 ==\n* {{source|url=https://example.cn}}"
    assert wiki_text(markup) == "庆阳召开会议。\n\n会议要求\n\n各县区要做好工作。"


def test_a_paragraphs_lines_are_joined_and_a_blank_line_parts_paragraphs() -> None:
    assert wiki_text("庆阳召开\n全市会议。\n\n会议要求做好工作。") == "庆阳召开全市会议。\n\n会议要求做好工作。"


def test_a_redirect_has_no_text() -> None:
    assert wiki_text("#REDIRECT [[庆阳市委网信办召开全市网信工作会议]]") == ""


def test_text_is_wikitext_by_two_kinds_of_its_marks() -> None:
    assert is_wikitext("'''庆阳'''召开[[会议]]") and not is_wikitext("庆阳召开会议（见[附件]）。")


def test_unending_nesting_never_hangs() -> None:
    assert wiki_text("{{" * 5000 + "[[" * 5000) is not None
