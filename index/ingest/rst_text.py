"""A reStructuredText file (`.rst`: a Pelican or Nikola post, a Sphinx page) read as the text it marks up, its
title and its fields declared.

Its title is the first line under (and perhaps over) a line of one punctuation mark repeated (`####`, `====`);
its fields are the field list at its head (`:date:`, `:author:`/`:authors:`, Sphinx's docinfo `:Date:`,
`:Authors:`): the date and the writers are declared, the others (`:tags:`, `:slug:`, `:category:`, `:summary:`,
`:modified:`, `:version:`) are the site's. A directive (`.. image::`, `.. figure::`, `.. note::`, `.. code-block::`)
with its options and its indented block, a comment, a link target (`.. _label:`) and a substitution's definition
are markup or the site's asides, never the article's text; inline markup keeps its words (`**强调**`,
`` `江城日报 <http://…>`_ `` is 江城日报, ``` ``代码`` ```, `:ref:`标题``).
"""

from __future__ import annotations

import re

_ADORNMENT = re.compile(r"""^([=\-`:'"~^_*+#<>.])\1{2,}\s*$""")
_FIELD = re.compile(r"^:([A-Za-z][\w -]*):(?:[ \t]+(.*))?$")
_EXPLICIT = re.compile(r"^\.\.(?:\s|$)")  # a directive, a comment, a target or a substitution's definition
_FIELDS = {"date": ("date", "published", "pubdate"), "author": ("author", "authors")}
_INLINE = [
    (re.compile(r"`([^`<\n]+?)\s*<[^>\n]*>`__?"), r"\1"),  # a link with its words
    (re.compile(r"``([^`\n]+)``"), r"\1"),  # literal
    (re.compile(r"(?::[\w:-]+:)?`([^`\n]+)`(?::[\w:-]+:)?_{0,2}"), r"\1"),  # a role's or a reference's words
    (re.compile(r"\*\*([^*\n]+)\*\*"), r"\1"),  # strong
    (re.compile(r"(?<![\w*])\*([^*\s][^*\n]*)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"\s?\[(?:#\w*|\*|\d+)\]_"), ""),  # a footnote's reference
]


def rst_fields(text: str) -> tuple[dict[str, str], str]:
    """The fields a reStructuredText file declares (title, date, author) and its text without its markup."""
    lines = text.splitlines()
    meta: dict[str, str] = {}
    kept: list[str] = []
    at, heading = 0, True  # still at the head, where the title and the field list stand
    while at < len(lines):
        line = lines[at]
        following = lines[at + 1] if at + 1 < len(lines) else ""
        if _ADORNMENT.match(line):  # an overline, an underline or a transition
            at += 1
        elif line.strip() and _ADORNMENT.match(following):  # a title: the document's first, a section's after
            if heading and "title" not in meta:
                meta["title"] = line.strip()
            else:
                kept += ["", line.strip(), ""]
            at += 2
        elif (field := _FIELD.match(line)) and heading:
            name, value = field.group(1).strip().lower(), (field.group(2) or "").strip()
            for key, names in _FIELDS.items():
                if name in names and value:
                    meta.setdefault(key, re.sub(r"\s*;\s*", "、", value))
            at += 1
            while at < len(lines) and lines[at][:1] in (" ", "\t") and lines[at].strip():
                at += 1  # the field's value over more lines
        elif _EXPLICIT.match(line):
            at += 1
            while at < len(lines) and (not lines[at].strip() or lines[at][:1] in (" ", "\t")):
                at += 1  # its block: indented lines and the blank lines between them
            kept.append("")
        else:
            heading = heading and not line.strip()
            kept.append(_inline(line.strip()))
            at += 1
    return meta, "\n".join(kept).strip("\n") + "\n"


def _inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line.removesuffix("::") + (":" if line.endswith("::") and len(line) > 2 else "")
