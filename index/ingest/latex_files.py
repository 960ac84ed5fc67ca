"""A LaTeX source (`.tex`) read as the text it typesets, with the title, writers and day its commands declare.

A story kept as LaTeX (a paper's ctexart, a newsletter's template) declares its headline, writers and day as
`\\title{}`, `\\author{本报记者\\quad 李晗}` and `\\date{2020年3月30日}`, and its text is paragraphs apart by blank
lines with commands in them. Read as plain text, every command and the whole preamble come out as words. Here the
preamble (before `\\begin{document}`) and what follows `\\end{document}` are no text; `%` starts a comment (not
`\\%`); a command that sets text (`\\textbf{X}`, `\\section*{X}`, `\\emph{X}`, or any command the file defines)
keeps its words, while a command of layout, reference or inclusion (`\\vspace{}`, `\\rule{}{}`, `\\label{}`,
`\\includegraphics[]{}`, `\\footnote{}`: a note, not the story's text) goes with its arguments; an environment
of pictures, formulas, code or references goes whole, an `abstract` or a `flushright` keeps its words. `\\\\` and
`\\par` end a line; TeX's quotes and dashes (`` ``X'' ``, `---`) are read as the characters they print.
"""

from __future__ import annotations

import re

MAX_OPTION = 200  # characters an optional argument `[…]` holds at most (past them a `[` is the text's)
MAX_DEPTH = 100  # commands inside commands read at most (deeper ones are no document's: their words go)
# commands whose arguments are layout, references or inclusions: never text
_DROPPED = frozenset(
    (
        *("vspace", "hspace", "rule", "label", "ref", "pageref", "eqref", "cite", "citep", "citet", "footnote"),
        *("footnotetext", "includegraphics", "input", "include", "bibliography", "bibliographystyle", "thanks"),
        *("setlength", "addtolength", "setcounter", "addtocounter", "pagestyle", "thispagestyle", "color"),
        *("usepackage", "documentclass", "newcommand", "renewcommand", "geometry", "hypersetup", "url"),
        *("fontsize", "linespread", "raisebox", "phantom", "hphantom", "vphantom", "index", "pagenumbering"),
        *("zihao", "CJKfamily", "setCJKmainfont", "setmainfont", "fontspec", "CTEXsetup", "ctexset", "hyperref"),
        *("title", "author", "date"),  # declared: read as the fields, not the text
    )
)
# environments that hold no prose
_DROPPED_ENVIRONMENTS = re.compile(
    r"figure|table|tikzpicture|equation|align|gather|multline|displaymath|math|lstlisting|verbatim|minted"
    r"|thebibliography|comment|tabular",
)
_LINE_BREAKS = frozenset(("par", "newline", "linebreak", "break", "newpage", "clearpage", "item", "maketitle"))
_HEADINGS = frozenset(("part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph"))
_SPACES = frozenset(("quad", "qquad", "enspace", "thinspace", "space", "and", " "))
_ESCAPED = {"%": "%", "&": "&", "#": "#", "_": "_", "$": "$", "{": "{", "}": "}", "textbackslash": "\\"}
_COMMAND = re.compile(r"\\([A-Za-z@]+\*?|.)")
# TeX's spacing primitives take a dimension without braces: `\vskip 1em`, `\kern-2pt`
_DIMENSION = re.compile(r"\s*-?[\d.]+\s*(?:pt|em|ex|cm|mm|in|bp|pc|sp)(?:\s*plus\s*[\d.]+\s*\w\w)?")
_SPACING = frozenset(("vskip", "hskip", "kern", "vspace", "hspace"))
_ENVIRONMENT = re.compile(r"\\begin\s*\{([^{}]*)\}")
_QUOTES = (("``", "“"), ("''", "”"), ("---", "—"), ("--", "–"), ("~", " "))


def _comments_out(text: str) -> str:
    """`text` without its comments: from a `%` that is not `\\%` to the line's end (a line of a comment alone
    goes whole, leaving no blank line that would split a paragraph)."""
    kept = []
    for line in text.split("\n"):
        stripped = re.sub(r"(?<!\\)((?:\\\\)*)%.*", r"\1", line)
        if stripped.strip() or not line.strip():
            kept.append(stripped)
    return "\n".join(kept)


def _closings(text: str) -> dict[int, int]:
    """Each `{`'s index to its `}`'s (escaped ones, `\\{`, aside); an unclosed `{` has none."""
    closing: dict[int, int] = {}
    stack: list[int] = []
    escaped = False
    for k, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "{":
            stack.append(k)
        elif char == "}" and stack:
            closing[stack.pop()] = k
    return closing


class _Source:
    """A LaTeX text with its braces matched once (every argument is found by a look-up, whatever its size)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.closing = _closings(text)

    def group(self, start: int, end: int) -> tuple[int, int] | None:
        """(the start, the end) of what the braces at `start` hold, or None for no `{` or one closing past `end`."""
        close = self.closing.get(start)
        return None if close is None or close >= end else (start + 1, close)

    def arguments(self, at: int, end: int) -> tuple[list[tuple[int, int]], int]:
        """The brace arguments after a command (optional `[…]` ones skipped) and the index after them."""
        text, found = self.text, []
        while True:
            k = at
            while k < end and text[k] in " \t":
                k += 1
            if k < end and text[k] == "[" and (close := text.find("]", k, min(end, k + MAX_OPTION))) > 0:
                at = close + 1
                continue
            group = self.group(k, end)
            if group is None:
                return found, at
            found.append(group)
            at = group[1] + 1

    def plain(self, start: int, end: int, depth: int = 0) -> str:
        """The words the text from `start` to `end` prints: commands out (their text arguments kept), lines
        broken where `\\\\` and `\\par` break them."""
        text, out, at = self.text, [], start
        while at < end:
            char = text[at]
            if char in "{}":
                at += 1
                continue
            if char != "\\":
                out.append(char)
                at += 1
                continue
            match = _COMMAND.match(text, at, end)
            if match is None:
                at += 1
                continue
            name = match[1].rstrip("*")
            at = match.end()
            if name in _SPACING and (dimension := _DIMENSION.match(text, at, end)):
                at = dimension.end()
            if name == "\\":  # `\\\\` and `\\\\[2pt]`
                if at < end and text[at] == "[" and (close := text.find("]", at, min(end, at + MAX_OPTION))) > 0:
                    at = close + 1
                out.append("\n")
            elif name in _ESCAPED:
                out.append(_ESCAPED[name])
            elif name == "begin" and (env := _ENVIRONMENT.match(text, match.start(), end)):
                out.append("\n")
                if _DROPPED_ENVIRONMENTS.fullmatch(env[1].rstrip("*")):
                    close = text.find(f"\\end{{{env[1]}}}", env.end(), end)
                    at = end if close < 0 else close + len(env[1]) + 6
                else:
                    at = self.arguments(env.end(), end)[1]  # `\\begin{minipage}{0.5\\textwidth}`
            else:
                arguments, at = self.arguments(at, end)
                if name == "end" or name in _LINE_BREAKS:
                    out.append("\n\n" if name in _LINE_BREAKS and name != "item" else "\n")
                elif name in _SPACES:
                    out.append(" ")
                elif arguments and name not in _DROPPED and depth < MAX_DEPTH:  # a command that sets text
                    words = self.plain(*arguments[-1], depth + 1)
                    out.append(f"\n\n{words}\n\n" if name in _HEADINGS else words)  # a heading its own line
        return "".join(out)


def _typeset(text: str) -> str:
    for written, printed in _QUOTES:
        text = text.replace(written, printed)
    return text


def _paragraphs(text: str) -> str:
    """Lines apart by one break run on (without a space between Chinese), paragraphs apart by a blank line."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        joined = ""
        for line in filter(None, lines):
            latin = joined and joined[-1].isascii() and joined[-1].isalnum() and line[0].isascii()
            joined += (" " if latin else "") + line
        if joined:
            paragraphs.append(joined)
    return "\n".join(paragraphs)


def _declared(source: _Source, name: str) -> str:
    """What `\\title{…}` (or `\\author`, `\\date`) declares, as plain words (`\\and` between writers)."""
    for match in re.finditer(rf"\\{name}\s*(?:\[[^\]]*\])?\s*(?=\{{)", source.text):
        if (group := source.group(match.end(), len(source.text))) is not None:
            value = source.text[group[0] : group[1]].replace("\\and", "、").replace("\\today", "")
            return " ".join(_Source(value).plain(0, len(value)).split()).strip("、 ")
    return ""


def plain_text(text: str) -> str:
    """A fragment of LaTeX (a BibTeX field's value) as the words it prints, in paragraphs."""
    return _paragraphs(_typeset(_Source(text).plain(0, len(text))))


def latex_document(text: str) -> tuple[str, dict[str, str]]:
    """(the text a LaTeX source typesets, its declared title, author and date); ("", {}) for no LaTeX."""
    source = _Source(_comments_out(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")))
    fields = {key: value for key in ("title", "author", "date") if (value := _declared(source, key))}
    begin = re.search(r"\\begin\s*\{document\}", source.text)
    start = begin.end() if begin else 0
    end = re.compile(r"\\end\s*\{document\}").search(source.text, start)
    return _paragraphs(_typeset(source.plain(start, end.start() if end else len(source.text)))), fields
