"""Readers' comments and a thread's replies found in a page's markup by the shape they repeat, whatever the era
of their software or the names of their classes.

A comment is a short block with its writer's stamp: a name and a time (`网友：老街 发表时间：2005-07-09 19:12`,
`网易四川成都网友 2016-03-09 19:56`, `邱某某 3月12日`, `2小时前`), and a reply or a vote beside it (`回复`, `顶[12]`,
`支持(3)`), or a container named for comments. Three or more such blocks as siblings of one list are a comment
list, whether the page prints them in a 2005 portal's table rows (a stamp's row, then the remark's), a forum's
floors, a widget's items or plain `<div>`s. Text similarity to the story cannot tell them apart (each comment
quotes a sentence of it); their repetition and their place can. A thread whose first block is the only writing on
the page (a forum's or a post bar's first floor) keeps that block: it is the post. A story's own dated paragraphs
(a timeline, a live report's entries) carry no writer's controls and no comment container, and stay.
"""

from __future__ import annotations

import re
from statistics import median

import lxml.html

# A writer's time in a short text: a full day (`2005-07-09`, `2016/3/9`), a month-day with its clock (`10-07 13:37`),
# a day of a year and month in Chinese with a clock, a bare month-day (`3月12日`) standing alone, or a time told
# from now (`2小时前`, `刚刚`).
_STAMP = re.compile(
    r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|(?<!\d)\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}"
    r"|^\s*\d{1,2}月\d{1,2}日\s*$"
    r"|\d+\s*(?:秒|分钟|小时|天|周|个月)前|^\s*(?:刚刚|昨天|前天)"
)
STAMP_PIECE = 60  # characters: the most of a text node that is a writer's stamp line (name, place, IP, time)
# A comment's controls and a thread's words: replies, votes, floors, the commenter's label.
_COMMENT_WORDS = re.compile(
    r"回复|回覆|顶|踩|赞|支持|反对|举报|引用|楼|网友|发表|留言|评论|跟[贴帖]|IP|说[:：]|\bReply\b", re.I
)
# A container's class or id named for comments by its software (`comment-list`, `cmt`, `discuss_item`, `tie-item`,
# `SOHUCS`, `disqus_thread`, `reply`, `pinglun`).
_COMMENT_NAME = re.compile(
    r"comment|cmt|discuss|reply|repl|\btie|pinglun|gentie|liuyan|sohucs|changyan|disqus|floor", re.I
)
MIN_ITEMS = 3  # stamped blocks: two are a question and its answer, or a post and one reply
UNIT_MAX = 400  # characters: the median block of a comment list is shorter (a forum's replies included)
LINKED_MAX = 0.6  # a block whose text besides its day is mostly link text lists other pages: no comment
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_STOP = re.compile(r"[。！？!?]")


def _text(element) -> str:
    return "".join(element.text_content().split())


def _stamp_pieces(element) -> list[str]:
    return [
        piece
        for raw in element.itertext()
        if (piece := " ".join(raw.split())) and len(piece) <= STAMP_PIECE and _STAMP.search(piece)
    ]


def _is_stamped(element) -> bool:
    """A block holding a writer's stamp and something more than it (a name, a remark): a timeline's heading that
    is only a day is not one."""
    if not isinstance(element.tag, str) or element.tag in _SKIPPED:
        return False
    pieces = _stamp_pieces(element)
    if not pieces:
        return False
    text = _text(element)
    rest = len(text) - len("".join(_STAMP.search(pieces[0]).group(0).split()))
    linked = sum(len(_text(a)) for a in element.iter("a"))
    return rest >= 2 and not _STOP.search(pieces[0][-1:]) and linked <= LINKED_MAX * rest


def _units(kids: list, stamped: list[int]) -> list[list]:
    """The list's blocks: each stamped child with the unstamped ones up to the next (its remark's row), the last
    with as many as the others have (a pager or a form under the list is not its remark)."""
    gaps = [b - a - 1 for a, b in zip(stamped, stamped[1:], strict=False)]
    usual = int(median(gaps)) if gaps else 0
    ends = stamped[1:] + [min(len(kids), stamped[-1] + 1 + usual)]
    return [kids[start:end] for start, end in zip(stamped, ends, strict=True)]


def _named(element, depth: int = 4) -> bool:
    """The element or one of its `depth` nearest ancestors has a class or id named for comments."""
    while element is not None and depth >= 0:
        if _COMMENT_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            return True
        element, depth = element.getparent(), depth - 1
    return False


def comment_lists(tree) -> list[list[list]]:
    """The page's comment lists, outermost first: each a list of its blocks (each a list of sibling elements)."""
    found: list[list[list]] = []
    taken: set = set()
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or parent.tag in _SKIPPED or any(a in taken for a in parent.iterancestors()):
            continue
        kids = [kid for kid in parent if isinstance(kid.tag, str) and kid.tag not in _SKIPPED]
        stamped = [i for i, kid in enumerate(kids) if _is_stamped(kid)]
        if len(stamped) < MIN_ITEMS:
            continue
        units = _units(kids, stamped)
        texts = ["".join(_text(kid) for kid in unit) for unit in units]
        if median(len(text) for text in texts[1:] or texts) > UNIT_MAX:
            continue
        worded = sum(bool(_COMMENT_WORDS.search(text)) for text in texts)
        if worded * 2 < len(units) and not any(_named(kid) for unit in units for kid in unit):
            continue
        found.append(units)
        taken.add(parent)
    return found


def _writing(raw: str | None) -> int:
    piece = "".join((raw or "").split())
    return len(piece) if _STOP.search(piece) else 0


def _written(element) -> int:
    """The characters of writing in `element`: its text nodes with a sentence's stop."""
    return sum(_writing(raw) for raw in element.itertext())


def _written_before(tree, first) -> int:
    """The characters of writing the page shows before `first`: its text nodes with a sentence's stop, outside
    links (a sidebar's or a menu's titles) and the headline."""
    ancestors = set(first.iterancestors())
    title = "".join((tree.findtext(".//title") or "").split())
    total = 0
    for element in tree.iter():
        if element is first:
            break
        if not isinstance(element.tag, str) or element.tag in _SKIPPED or element.tag == "title":
            continue
        linked = element.tag == "a" or any(a.tag == "a" for a in element.iterancestors())
        pieces = [] if linked else [element.text]
        if element not in ancestors:  # (an element before `first` and not around it ends before it)
            pieces.append(element.tail)
        total += sum(_writing(raw) for raw in pieces if "".join((raw or "").split()) not in title)
    return total  # (the headline shown is no writing of its own)


def without_comments(markup: str) -> str:
    """`markup` without its comment lists; a list whose first block holds more writing than the page shows above
    it is a thread, and keeps that block: the post (a story above its comments, however short, outweighs the
    first remark, which quotes a sentence of it). Unchanged when the page has none."""
    if len(_STAMP.findall(markup)) < MIN_ITEMS:
        return markup
    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return markup
    lists = comment_lists(tree)
    if not lists:
        return markup
    for units in lists:
        thread = _written_before(tree, units[0][0]) < sum(_written(element) for element in units[0])
        for unit in units[1:] if thread else units:
            for element in unit:
                element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")
