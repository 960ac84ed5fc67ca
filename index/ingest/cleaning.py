"""Page cleaning, used by extraction only: markup left in text, furniture lines, lists of other titles,
paragraphs broken mid-sentence. Works on text already in the shared text form (index.text.normalize).

What one file alone shows is decided here with the patterns of index.ingest.boilerplate; what recurs across a source's
files is learned by index.ingest.furniture.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from index.ingest.boilerplate import (
    BUTTON_SEPARATORS,
    BUTTON_WORDS,
    LINE_RULE_MAX_CHARS,
    LINE_RULES,
    LIST_MARKER,
    TAIL_BLOCK_RULES,
)
from index.ingest.days.shapes import LIST_DAY
from index.ingest.glued import story_after
from index.ingest.more_links import more_heading
from index.ingest.notices import is_notice
from index.ingest.statements import is_statement, makes_claim
from index.ingest.teasers import is_teaser
from index.text.cjk import CJK, CJK_RE

# ---------------------------------------------------------------- markup left in text (Markdown exports)

_TARGET = r"(?:[^()\s]|\([^()\s]*\))*"  # a link's target, a script's call in it: `javascript:window.print()`
_MARKDOWN = [
    (re.compile(r"^(?:>\s?)+"), ""),  # > 来源：新华社 | 2020-03-31
    (re.compile(r"^#{1,6}\s+"), ""),  # # 标题
    (re.compile(r"^(={2,6})\s*(\S.*?)\s*\1$"), r"\2"),  # a wiki's heading: ====== 标题 ====== (Zim, DokuWiki)
    (re.compile(r"^(?:[-*+]\s+)?\[\[[^\[\]]+\]\]$"), ""),  # a line that is one wiki link: [[网信资料:索引|返回索引]]
    (re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]+)\]\]"), r"\1"),  # a wiki link keeps its words: [[新华网]]
    (re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$"), ""),  # a rule between blocks
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # an image
    # a line that is one link (a list's item too) is navigation, as a link-dense line of a page is: `- [标题](…)`
    (re.compile(rf"^(?:[-*+]\s+|\d{{1,2}}\.\s+)?\[[^\]]+\]\((?:https?:|/|\.|#|javascript:){_TARGET}\)$"), ""),
    (re.compile(rf"\[([^\]]+)\]\((?:https?:|/|\.|javascript:){_TARGET}\)"), r"\1"),  # a link keeps its words
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), lambda m: m.group(1) or m.group(2)),  # bold
    (re.compile(r"^\*([^*\s][^*]*)\*$"), r"\1"),  # a line in italics: *最后编辑：资料组*
]


# A page's buttons in brackets beside an article's field on one line (`【我要纠错】 责任编辑：姜涛`, `【打印】
# 来源：X`): a button's label (`打印`, `我要纠错`, `关闭窗口`) before or after the labelled field.
_FIELD = r"(?:责任编辑|编辑|责编|来源|作者|审核|校对)\s*[:：]"
_BUTTON_WORDS = "|".join(sorted(map(re.escape, BUTTON_WORDS), key=len, reverse=True))
_BUTTON = rf"[【\[]\s*(?:我要)?(?:{_BUTTON_WORDS})\s*[】\]]"
_BUTTONS_BEFORE_FIELD = re.compile(rf"^(?:{_BUTTON}\s*)+(?={_FIELD})")
_BUTTONS_AFTER_FIELD = re.compile(rf"(?<=\S)(?:\s*{_BUTTON})+$")
# Two or more such buttons opening a line before other words (`【打印】【收藏】【关闭】本文版权归原作者所有…`): a row of
# buttons the page ran into the next block; one bracketed word may be a story's kicker (`【关注】…`).
_BUTTON_ROW_BEFORE = re.compile(rf"^(?:{_BUTTON}\s*){{2,}}(?=\S)")


def strip_markup(line: str) -> str:
    """`line` without Markdown's block marks, images, link targets, bold and italic marks; a line that is one
    link, nothing; a line of buttons in brackets beside an article's field, the field alone (the buttons would
    hide the field from extraction's reading of labels), and a row of two or more bracketed buttons before other
    words, those words alone (a statement the page ran into its buttons is judged as the line it is)."""
    if "【" in line or "[" in line:
        line = _BUTTON_ROW_BEFORE.sub("", _BUTTONS_BEFORE_FIELD.sub("", line))
        if re.match(_FIELD, line):
            line = _BUTTONS_AFTER_FIELD.sub("", line)
    if not line or not any(ch in line for ch in ">#-*_![="):
        return line
    for pattern, replacement in _MARKDOWN:
        line = pattern.sub(replacement, line)
    return line.strip()


# ---------------------------------------------------------------- furniture lines


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` can match only at a string's start: it opens with `^`, each `|` outside its groups is
    followed by `^`, and it has no flag that would change them (MULTILINE, VERBOSE)."""
    text, depth, i, in_class = pattern.pattern, 0, 1, False
    if not text.startswith("^") or pattern.flags & ~(re.UNICODE | re.IGNORECASE):
        return False
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += text.startswith("^", i + 1)
            i += text.startswith("]", i + 1)  # (a `]` first in a class is one of its characters)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0 and not text.startswith("^", i + 1):
            return False
        i += 1
    return True


def _either(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` would, each with its own case rule."""
    either = (f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})" for p in patterns)
    return re.compile("|".join(either))


# LINE_RULES as two scans: the rules anchored at a line's start tried at once with one match there, the others
# searched one by one (an alternation of them searched would try every rule at every character, twice as slow as
# searching them apart). 78 searches a line were 6% of extraction's CPU over the corpus, and page cleaning runs on
# every article twice (its fingerprint, then its extraction).
_RULES_AT_START = _either([pattern for pattern, _ in LINE_RULES if _anchored(pattern)])
_RULES_ANYWHERE = [pattern for pattern, _ in LINE_RULES if not _anchored(pattern)]


def is_boilerplate(line: str) -> bool:
    """A page-furniture line: matched by a rule, a row of buttons or links, or no words at all."""
    if not line or not re.search(rf"[{CJK}A-Za-z0-9]", line):
        return True
    if len(line) <= LINE_RULE_MAX_CHARS and (
        _RULES_AT_START.match(line) or any(pattern.search(line) for pattern in _RULES_ANYWHERE)
    ):
        return True
    if len(line) > 60:
        return False
    words = [w for w in BUTTON_SEPARATORS.split(line) if w]
    return bool(words) and (all(w in BUTTON_WORDS for w in words) or _is_link_row(line))


_BAR = re.compile(r"\s*[|丨]\s*")


def _is_link_row(line: str) -> bool:
    """A row of short link labels: `首页 | 政务公开 | 政务服务 | 互动交流` (three or more between bars, or five
    or more between spaces). Two-part headings (`充沛正能量 唱响好声音`) have fewer."""
    parts = [p for p in _BAR.split(line) if p]
    if len(parts) < 3:
        parts = line.split()
        if len(parts) < 5:
            return False
    return all(len(p) <= 8 and CJK_RE.search(p) and not re.search(r"[，。,；;：:！？!?]", p) for p in parts)


# ---------------------------------------------------------------- lists of other articles' titles

_BULLET = re.compile(r"^(?:[·•●○◆◇■□▪▶▷►>\-*]|\d{1,2}[.、)）]|[\[【(（]\d{1,2}[\]】)）])\s*")
_LIST_DATE = re.compile(rf"[\[【(（]?\s*{LIST_DAY}\s*[\]】)）]?$")
_DATE_RUN = re.compile(r"[\s\d\[\]【】()（）\-/.年月日:]*")  # every character _LIST_DATE may match
TITLE_MAX = 50


def _without_list_date(line: str) -> str:
    """`line` less a list's date at its end (_LIST_DATE), which is looked for only in the line's last run of the
    characters a date is written with (read backwards): the pattern, anchored at the end alone, was tried at every
    character of a paragraph, 1 µs each, and was 5% of extraction's CPU over the corpus (the same lines)."""
    run = len(_DATE_RUN.match(line[::-1]).group())
    return line[: len(line) - run] + _LIST_DATE.sub("", line[len(line) - run :]) if run else line


def is_title_like(line: str) -> bool:
    """A line as a list shows another article: a short title, maybe with a bullet and a date, no full stop."""
    core = _without_list_date(_BULLET.sub("", line)).strip()
    return 0 < len(core) <= TITLE_MAX and bool(CJK_RE.search(core)) and not re.search(r"[。；;]", core)


def is_list_marker(line: str) -> bool:
    """A line that opens a list of other articles' titles: `相关阅读`, `往期推荐：`, `热门新闻：某地召开…`, or any short
    heading with its `more` link (`其他通知 MORE+`, index.ingest.more_links).

    What follows the label's colon must read as one title: `推荐阅读：近日，…。` running on for a paragraph is a
    scraper's label glued to the article itself (in the corpus, a 544-character story came out with no body)."""
    if more_heading(line):
        return True
    match = LIST_MARKER.match(line)
    if not match:
        return False
    rest = (match.group(LIST_MARKER.groups) or "").lstrip(":：").strip()  # the marker's last group: `：` and after
    return not rest or is_title_like(rest)


# ---------------------------------------------------------------- whole pages

TEASER_PAIRS = 2  # a title over a line of writing, twice from a list's last item: its items' summaries
_AFTER_LIST = 6  # the lines after a list looked at for its items' summaries


def _resumes_after_list(lines: list[str], marker: int) -> bool:
    """The story goes on under the list a marker at `marker` opens (a `相关阅读` box a CMS set inside the text):
    a paragraph ending a sentence stands above the marker, the list's title-like items end in another, and the
    lines after are not titles each over a summary. A list closing the page is followed by other titles, links,
    a company's note under the page's contact line, or nothing (issue 22's held-out pages lost the text after
    an in-article box, F1 0.71; on the corpus, two pages of a portal's lists resumed before the paragraph
    above was asked to end a sentence)."""
    above = next((line for line in reversed(lines[:marker]) if line), "")
    if not (is_writing(above) and ends_sentence(above)):
        return False  # (a page's interface above the list: `…扫描二维码关注（X）`, `联系微信：X`)
    rest = [line for line in lines[marker + 1 :] if line]
    k = 0
    while k < len(rest) and is_title_like(rest[k]):  # (a title may hold a comma: `X被判刑，这起案例当警示！`)
        k += 1
    if not k or k == len(rest) or not (is_writing(rest[k]) and ends_sentence(rest[k])) or is_teaser(rest[k]):
        return False
    after = rest[k - 1 : k + _AFTER_LIST]  # (the list's last item over the writing is one pair)
    pairs = sum(
        1
        for above, below in zip(after, after[1:], strict=False)
        if is_title_like(above) and is_writing(below) and not is_title_like(below)
    )
    return pairs < TEASER_PAIRS


_EMPTY_LABEL = re.compile(r"^\S{1,8}\s*[:：]$")


def _is_furniture(text: str) -> bool:
    """Furniture by a rule, a notice or a statement: what a story glued after it must not be (index.ingest.glued)."""
    return is_boilerplate(text) or is_notice(text) or is_statement(text)


def _story_in(line: str) -> str | None:
    return story_after(line, _is_furniture, makes_claim)


def clean_lines(text: str) -> list[str]:
    """Stripped lines of `text` without furniture; blank lines are kept as '' separators.

    A tail block (a disclaimer heading, a footer link row, a list marker) in the second half of the page's
    text runs to the end, unless the story resumes under the list (`_resumes_after_list`). A list marker
    elsewhere takes the title-like lines after it, up to a blank line, so a sidebar of "热门新闻" above the
    article neither reads as the article nor names its region.
    """
    lines = [strip_markup(line.strip()) for line in text.split("\n")]
    total, before = sum(len(line) for line in lines), 0
    for i, line in enumerate(lines):
        in_second_half = before >= total - before - len(line)
        if line and in_second_half and any(p.search(line) for p, _ in TAIL_BLOCK_RULES):
            lines = lines[:i]
            break
        if line and in_second_half and is_list_marker(line) and not _resumes_after_list(lines, i):
            lines = lines[:i]
            break
        before += len(line)
    out = [line if line and not is_boilerplate(line) else _story_in(line) or "" for line in lines]
    out = [_story_in(line) or line if is_notice(line) else line for line in out]
    for i in range(len(out) - 1):  # `索引号：` alone, its value in the next cell: the value goes with its label
        if not out[i] and _EMPTY_LABEL.match(lines[i]) and is_boilerplate(lines[i]) and len(out[i + 1]) <= 40:
            out[i + 1] = ""
    _drop_lists_above_writing(out)
    i = 0
    while i < len(out):
        if not (out[i] and is_list_marker(out[i])):
            i += 1
            continue
        out[i] = ""
        j, taken = i + 1, 0
        while j < len(out) and (not out[j] and not taken or out[j] and is_title_like(out[j])):
            taken += bool(out[j])
            out[j] = ""
            j += 1
        i = j
    return out


PAGE_LABEL = 30  # characters a line may add around the page's title and still be a link to the page itself


def names_the_page(line: str, title: str | None) -> bool:
    """A line that gives the page's own title inside a link or a label of its site's (`查看完整版本: [-- X --]
    [-- top --]`, `本文标题：X`, `X - 江城论坛`): the title and at most PAGE_LABEL characters more, none of them a
    sentence's punctuation. The text's own line that repeats the headline (its lead, a caption) says more; a
    wire story's dateline above its writing (`中新网长治5月28日电题：X`) is looked for by the caller."""
    key, head = "".join(line.split()), "".join((title or "").split())
    if len(head) < 4 or key == head or head not in key:
        return False
    rest = key.replace(head, "", 1)
    return len(rest) <= PAGE_LABEL and not WRITING.search(rest)


_GLYPH_BULLET = re.compile(r"^[·•●◆■▪]\s*\S")  # a list's bullet glyph, not a number an article's sections take
LIST_RUN = 3
WRITING = re.compile(r"[，。！？；]")  # a sentence's punctuation inside a line


def is_writing(line: str) -> bool:
    """A line of running text: long, with a sentence's punctuation in it (no title, menu or list item)."""
    return len(line) >= 20 and bool(WRITING.search(line))


def first_paragraph(lines: list[str]) -> int:
    """The index of the text's first paragraph (`len(lines)` when none): a written line that no list would show as a
    title (a full stop inside, or longer than a title). A headline may hold a comma and exclaim; it is over it."""
    return next((i for i, line in enumerate(lines) if is_writing(line) and not is_title_like(line)), len(lines))


def _drop_lists_above_writing(out: list[str]) -> None:
    """Blank (in place) each run of LIST_RUN or more bulleted title-like lines (`·江城举行龙舟比赛`) above the
    text's first written line: a sidebar's list of other articles that a page saved as text reads out above the
    headline, where no article's own list stands."""
    written = (i for i, line in enumerate(out) if is_writing(line) and not _GLYPH_BULLET.match(line))
    first = next(written, len(out))
    i = 0
    while i < first:
        j = i
        while j < first and out[j] and _GLYPH_BULLET.match(out[j]) and is_title_like(out[j]):
            j += 1
        if j - i >= LIST_RUN:
            out[i:j] = [""] * (j - i)
        i = j + 1


# ---------------------------------------------------------------- paragraphs

_CLOSERS = "”’」』)）】》\"'"
_CLAUSE_END = "。！？；：…!?;:"
_SENTENCE_INSIDE = re.compile(r"[。；;]\s*\S")  # titles may hold ！ and ？, never a full stop


_END_MARKS = ("(完)", "（完）", "(全文完)", "（全文完）", "(待续)", "（待续）")  # a news agency's "end of dispatch"


_CLOSING_CREDIT = re.compile(
    r"[(（][^()（）]{1,20}[)）]$"
)  # `…美好明天。（南方网林伟）`: a byline after the last sentence


_CREDIT_ENDS = (")", "）", ")\n", "）\n")  # where a match of _CLOSING_CREDIT ends (`$`: before a last line break too)


def ends_sentence(line: str) -> bool:
    """True when `line` ends a sentence or introduces a list (closing quotes, an end-of-dispatch mark such as
    `(完)` and a bracketed credit after a sentence's end, `。（南方网林伟）`, are looked through)."""
    for mark in _END_MARKS:
        if line.endswith(mark):
            line = line[: -len(mark)]
            break
    core = line.rstrip(_CLOSERS + " ")
    if core and core[-1] in _CLAUSE_END:
        return True
    credit = _CLOSING_CREDIT.search(line) if line.endswith(_CREDIT_ENDS) else None  # (no scan of a whole paragraph)
    before = line[: credit.start()].rstrip(_CLOSERS + " ") if credit else ""
    return bool(before) and before[-1] in _CLAUSE_END


HEADING_MAX = 40


def is_heading_shaped(line: str) -> bool:
    """Short, unpunctuated at the end, with Chinese in it and no sentence ending inside: what a title or
    section heading looks like."""
    return (
        0 < len(line) <= HEADING_MAX
        and not ends_sentence(line)
        and line[-1] not in "，、,"
        and bool(CJK_RE.search(line))
        and not _SENTENCE_INSIDE.search(line)
    )


_ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))"
)
_TWO_PART = re.compile(rf"[{CJK}”》]\s+[{CJK}“《]")


def is_numbered_heading(line: str) -> bool:
    """A heading-shaped line numbered as a section: `一、`, `（二）`, `3.`."""
    return is_heading_shaped(line) and bool(_ENUMERATED.match(line))


def opens_a_section(line: str) -> bool:
    """A heading by its own form, whatever precedes it: numbered (`一、`, `（二）`) or made of two phrases
    (`加强政治建设 体制机制高效顺畅`)."""
    return is_heading_shaped(line) and bool(_ENUMERATED.match(line) or _TWO_PART.search(line))


WRAP_MIN, WRAP_MAX = 40, 120  # half-width units: a wrapped text's full lines (a poem's are narrower, a page's
# paragraphs wider)
WRAP_LINES = 5  # how many full lines, continued by the next, show that a page was printed line by line


def display_width(line: str) -> int:
    """`line`'s width in half-width units: a Chinese character or a full-width mark takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def wrap_width(lines: list[str]) -> int | None:
    """The width a page was printed or wrapped at (a PDF's lines, an essay set with <br>), or None when it was not:
    its WRAP_LINES-th widest line's, when it is between WRAP_MIN and WRAP_MAX, no more than two lines are wider
    by more than a quarter, and the lines that come within a tenth of it and end no sentence (full lines) are most of
    the lines at least WRAP_MIN wide and are continued, WRAP_LINES of them or more and two in three at least, by a
    line that is full too or ends a sentence (a list of titles as wide is followed by other lines). A page of one
    paragraph a block has no such width: its long lines end sentences. On ../shared/pages three essays set in
    lines of 36 characters with <br> have one (300 of the 302 full lines of one are continued) and no other page
    has (a news site's with 7 full lines, 1 continued, had before continuation was asked for). Read on HTML pages
    only: three of the shared corpus's 10,580 plain texts would have one (photo captions, short lines)."""
    widths = sorted((display_width(line) for line in lines if line), reverse=True)
    if len(widths) < WRAP_LINES or not WRAP_MIN <= widths[WRAP_LINES - 1] <= WRAP_MAX:
        return None
    width = widths[WRAP_LINES - 1]
    if sum(4 * w > 5 * width for w in widths) > 2:
        return None  # paragraphs wider than the lines (a page of paragraphs, its list of titles as wide)
    seen = Counter(lines)
    kept = [line for line in lines if line and not _between(line, width, seen)]
    full = [i for i, line in enumerate(kept) if _is_full(line, width) and not ends_sentence(line)]
    following = [kept[i + 1] for i in full if i + 1 < len(kept)]
    continued = sum(1 for line in following if ends_sentence(line) or _is_full(line, width))
    wide = sum(1 for w in widths if w >= WRAP_MIN)
    return width if continued >= WRAP_LINES and 3 * continued >= 2 * len(full) and 2 * len(full) > wide else None


def _between(line: str, width: int, seen: Counter[str]) -> bool:
    """A line that can stand between the two halves of a printed paragraph: a page's foot (`— 1 —`, furniture) or
    the next page's running head (a short line the page repeats)."""
    return is_boilerplate(line) or (seen[line] > 1 and not _is_full(line, width))


def _slack(width: int) -> int:
    return max(3, width // 10)


def _is_full(line: str, width: int) -> bool:
    return display_width(line) >= width - _slack(width)


def _joined(before: str, after: str) -> str:
    space = before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum()
    return before + " " * space + after


def rejoin_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs from lines: a paragraph broken mid-sentence (`确保党的全` + `面覆盖。`) is glued back.

    Indentation is not looked at (lines arrive stripped), since both halves of a broken paragraph often carry
    the usual full-width indent. A line too long or too open-ended to be a heading that does not end a
    sentence is continued by the next non-blank line, unless that line opens a section by its own form (or
    is a `——` sub-heading); a heading is never glued to the paragraph after it.
    """
    out: list[str] = []
    glue = False
    for line in lines:
        if not line:
            continue
        if glue and out and not opens_a_section(line) and not line.startswith("——"):
            out[-1] += line
        else:
            out.append(line)
        glue = (
            not ends_sentence(out[-1])
            and not is_heading_shaped(out[-1])
            and not out[-1].startswith("——")
            and not _is_token(out[-1])
        )
    return out


TOKEN_MAX = 8


def _is_token(line: str) -> bool:
    """A short line without Chinese (`12034`, `Tags`, `»`): a counter's or a label's value, never the first half of
    a broken Chinese paragraph, which would glue it to the story's first line (`12034中新网拉萨5月28日电`). A
    section's number (`01`, `3`) still leads its heading."""
    return len(line) <= TOKEN_MAX and not CJK_RE.search(line) and not _ORDINAL.fullmatch(line)


_ORDINAL = re.compile(r"\d{1,2}[.、．]?")


def join_wrapped(lines: list[str]) -> list[str]:
    """`lines` with each line of a wrapped page that is as wide as the page's and ends no sentence joined to the
    next, however short (a heading is narrower); unchanged when the page was not wrapped. Between the two halves of a
    paragraph a page's foot and the next page's head can stand: a furniture line (`— 1 —`) or a short line the
    text repeats (a running head) there is dropped."""
    width = wrap_width(lines)
    if width is None:
        return lines
    seen = Counter(lines)
    out: list[str] = []
    glue = False
    for line in lines:
        if glue and _between(line, width, seen):
            continue
        if glue and out and not opens_a_section(line):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
        glue = _is_full(line, width) and not ends_sentence(line)
    return out
