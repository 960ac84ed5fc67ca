"""A notebook's code around the writing it holds: its code cells' input, prompts and output are no text.

A notebook exported as HTML (Jupyter's nbconvert, JupyterLab) holds its writing in Markdown cells and its code
in code cells: the input (`df = pd.read_csv("news.csv")`), its prompts (`In [3]:`, `Out[3]:`) and its output,
often a table of records, other stories' titles among them. The software names these cells by its own
convention (`jp-CodeCell`, `code_cell`, `jp-OutputArea`, `output_area`), not a site's: such elements leave the
markup. In a text export the prompts are lines of their own, and a Markdown export's code is fenced (three
backticks or tildes): the fence and what it holds are code.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

# the classes Jupyter's exporters give a code cell and its parts (nbconvert's classic and lab templates)
_CODE_CLASSES = frozenset(
    "jp-CodeCell code_cell jp-InputArea input_area jp-OutputArea output_area output_wrapper jp-InputPrompt "
    "jp-OutputPrompt input_prompt output_prompt".split()
)
_MARKED = re.compile(r"jp-CodeCell|code_cell|jp-OutputArea|output_area")
NOTEBOOK_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:In|Out)\s*\[\s*[\d*]{0,4}\s*\]\s*:?$"), "a notebook cell's prompt: In [3]:, Out[3]:"),
]


def without_code_cells(markup: str) -> str:
    """`markup` without a notebook's code cells (their input, prompts and output). Unchanged without any."""
    if not _MARKED.search(markup):
        return markup
    try:
        tree = lxml.html.fromstring(markup)
    except (etree.ParserError, ValueError):  # (an XML declaration, no element): left to the page's reading
        return markup
    found = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str) and set((element.get("class") or "").split()) & _CODE_CLASSES
    ]
    for element in found:
        if element.getparent() is not None:
            element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode") if found else markup


def fenced_lines(lines: list[str]) -> set[int]:
    """The indexes of a Markdown text's fenced code blocks, fences included (an unclosed fence: none)."""
    out: set[int] = set()
    opened: int | None = None
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            if opened is None:
                opened = i
            else:
                out.update(range(opened, i + 1))
                opened = None
    return out
