"""A wiki's page text in its own markup (MediaWiki's wikitext, as `Special:Export` writes it inside `<text>`) read
as the text a reader of the page sees.

Templates (`{{date|…}}`, `{{source|…}}`, a multi-line infobox), notes (`<ref>…</ref>`, `<references />`),
tables (`{| … |}`), comments, pictures (`[[File:…|thumb|说明]]`) and categories (`[[分类:…]]`) show nothing of the
article's text in its place and are dropped; a link shows its text (`[[目标|文字]]` -> `文字`, `[[目标]]` ->
`目标`, `[http://… 文字]` -> `文字`); bold and italic quotes, list marks and magic words go. A heading stays a
line of its own unless its section keeps no text (`== 来源 ==` over a list of `{{source}}` templates, `==
参考资料 ==` over `<references />`): a section of the wiki's apparatus leaves nothing. A redirect page
(`#REDIRECT [[…]]`) has no text. Lines of one paragraph are joined, a blank line parts paragraphs.
"""

from __future__ import annotations

import re

_REDIRECT = re.compile(r"^\s*#\s*(?:REDIRECT|重定向)\b", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_REF = re.compile(r"<ref\b[^>]*/>|<ref\b[^>]*>.*?(?:</ref\s*>|$)", re.DOTALL | re.IGNORECASE)
_REFERENCES = re.compile(r"<references\b[^>]*/>|<references\b[^>]*>.*?</references\s*>", re.DOTALL | re.IGNORECASE)
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_TABLE = re.compile(r"\{\|(?:(?!\{\|).)*?\|\}", re.DOTALL)
_LINK = re.compile(r"\[\[([^\[\]]*)\]\]")
_EXTERNAL = re.compile(r"\[(?:https?:|ftp:)?//[^\s\]]{1,500}(?:[ \t]+([^\]\n]{0,300}))?\]")  # bounded: no backtracking
_QUOTES = re.compile(r"'{2,5}")
_MAGIC = re.compile(r"__[A-Z]+__")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*\1\s*$")
_LIST_MARK = re.compile(r"^[*#:;]+\s*")
# the namespaces whose links show no text in their place: pictures, media, categories (English and Chinese wikis)
_HIDDEN_NAMESPACES = {"file", "image", "media", "category", "文件", "图像", "档案", "媒体", "分类", "category talk"}
_LANGUAGE_LINK = re.compile(r"^[a-z]{2,3}(?:-[a-z]+)?$")  # `[[en:Foo]]`: the same page in another language
MAX_HEADING = 300  # characters of a heading's line at most (a longer line of `=` is text, and costs no backtracking)
MAX_PASSES = 50  # nesting levels of templates or links undone at most (a hostile page nests without end)


def is_wikitext(text: str) -> bool:
    """`text` is written in wiki markup: two kinds of its marks at least (links, templates, bold quotes,
    headings between `==`, notes)."""
    marks = (
        "[[" in text and "]]" in text,
        "{{" in text and "}}" in text,
        "'''" in text,
        bool(re.search(r"^==.*==\s*$", text, re.MULTILINE)),
        "<ref" in text.lower(),
        bool(_REDIRECT.match(text)),
    )
    return sum(marks) >= 2 or bool(_REDIRECT.match(text))


def _undo(pattern: re.Pattern, replace, text: str) -> str:
    """`pattern` replaced innermost first until nothing changes (nested templates and links)."""
    for _ in range(MAX_PASSES):
        changed = pattern.sub(replace, text)
        if changed == text:
            break
        text = changed
    return text


def _link_text(match: re.Match) -> str:
    target, _, shown = match.group(1).partition("|")
    prefix, colon, _ = target.partition(":")
    if colon and (prefix.strip().lower() in _HIDDEN_NAMESPACES or _LANGUAGE_LINK.match(prefix.strip())):
        return ""
    return (shown.rsplit("|", 1)[-1] if shown else target).strip()


def _join(lines: list[str]) -> str:
    """A paragraph's lines as one: no space between Chinese characters, one between words."""
    text = ""
    for line in lines:
        if text and not (ord(text[-1]) > 0x2E80 or ord(line[0]) > 0x2E80):
            text += " "
        text += line
    return text


def wiki_text(markup: str) -> str:
    """The text a wiki page in `markup` shows: paragraphs apart by blank lines, headings as their own lines."""
    if _REDIRECT.match(markup):
        return ""
    text = _REFERENCES.sub("", _REF.sub("", _COMMENT.sub("", markup)))
    text = _undo(_TEMPLATE, "", text)
    text = _undo(_TABLE, "", text)
    text = _undo(_LINK, _link_text, text)
    text = _EXTERNAL.sub(lambda m: m.group(1) or "", text)
    text = _TAG.sub("", _BREAK.sub("\n", _MAGIC.sub("", _QUOTES.sub("", text))))
    blocks: list[tuple[bool, str]] = []  # (a heading, its text)
    lines: list[str] = []
    for raw in text.replace("\r", "").split("\n"):
        heading = _HEADING.match(raw.strip()) if raw.startswith("=") and len(raw) <= MAX_HEADING else None
        line = _LIST_MARK.sub("", raw).strip() if not heading else ""
        if heading or not line or _LIST_MARK.match(raw):
            if lines:
                blocks.append((False, _join(lines)))
                lines = []
            if heading and heading.group(2):
                blocks.append((True, heading.group(2)))
            elif line:  # a list item: a paragraph of its own
                blocks.append((False, line))
            continue
        lines.append(line)
    if lines:
        blocks.append((False, _join(lines)))
    kept = [
        block
        for k, block in enumerate(blocks)
        if not block[0] or any(not later for later, _ in blocks[k + 1 : _next_heading(blocks, k)])
    ]
    return "\n\n".join(line for _, line in kept)


def _next_heading(blocks: list[tuple[bool, str]], k: int) -> int:
    return next((j for j in range(k + 1, len(blocks)) if blocks[j][0]), len(blocks))
