"""A notebook's code cells (input, prompts, output) are no text; its Markdown cells are."""

from __future__ import annotations

from index.ingest.cleaning import is_boilerplate
from index.ingest.notebooks import fenced_lines, without_code_cells

TEXT = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。"


def test_a_code_cell_and_its_output_leave_the_markup() -> None:
    markup = (
        f'<div class="jp-Cell jp-MarkdownCell"><p>{TEXT}</p></div><div class="jp-Cell jp-CodeCell">'
        '<pre>df.head(3)</pre><div class="jp-OutputArea"><table><tr><td>江城市召开网信工作会议</td></tr></table>'
        "</div></div>"
    )
    kept = without_code_cells(markup)
    assert TEXT in kept and "df.head" not in kept and "江城市召开网信工作会议" not in kept


def test_a_page_without_code_cells_is_unchanged() -> None:
    markup = f'<div class="code"><p>{TEXT}</p></div>'
    assert without_code_cells(markup) == markup


def test_a_cells_prompt_is_furniture() -> None:
    assert is_boilerplate("In [3]:")
    assert is_boilerplate("Out[12]:")


def test_a_fenced_code_block_is_code() -> None:
    assert fenced_lines([TEXT, "```python", "df.sample(3)", "```", TEXT]) == {1, 2, 3}


def test_an_unclosed_fence_takes_nothing() -> None:
    assert fenced_lines([TEXT, "```", TEXT]) == set()
