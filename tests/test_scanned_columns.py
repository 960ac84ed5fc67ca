"""A scanned newspaper column's hard-wrapped lines read as paragraphs, its wrapped headline one line, the page's
furniture between its columns and its other items out."""

from __future__ import annotations

from index.ingest.scanned_columns import column_width, unwrapped_columns

HEAD = "江城日报　2020年9月15日　第3版"
FIRST = (
    "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区，"
    "吸引了大批市民驻足参观。"
)
SECOND = (
    "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答，普及网络安全知识。"
)
THIRD = "市委网信办有关负责同志表示，希望广大市民提高防范意识，共同维护清朗的网络空间，让网络更好造福人民群众。"


def _column(text: str, width: int = 15) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def _page(*between: str) -> str:
    first, second = _column(FIRST), _column(SECOND)
    lines = [HEAD, "", "江城市启动网络", "安全宣传周活动", "", "本报记者　王海燕", ""]
    lines += ["　　" + first[0], *first[1:], "　　" + second[0], second[1], *between, *second[2:]]
    lines += ["　　" + _column(THIRD)[0], *_column(THIRD)[1:]]
    return "\n".join(lines)


def test_a_columns_wrapped_paragraphs_are_read_whole() -> None:
    text = unwrapped_columns(_page())
    assert FIRST in text.split("\n") and SECOND in text.split("\n") and THIRD in text.split("\n")


def test_a_headline_set_over_two_short_lines_is_one_line() -> None:
    assert "江城市启动网络安全宣传周活动" in unwrapped_columns(_page()).split("\n")


def test_the_pages_head_between_two_columns_leaves_the_paragraph() -> None:
    assert SECOND in unwrapped_columns(_page("", HEAD, "")).split("\n")


def test_the_pages_other_items_after_the_article_are_cut() -> None:
    text = unwrapped_columns(_page() + "\n\n■ 简讯\n\n江城举办秋季招聘会\n" + "\n".join(_column(THIRD)))
    assert "简讯" not in text and "秋季招聘会" not in text


def test_a_text_of_long_paragraphs_has_no_column() -> None:
    assert column_width([FIRST, SECOND, THIRD] * 4) is None
