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

from index.ingest.days.shapes import ANY_YEAR, MONTH_DAY, YMD_CN, YMD_ISO

# A writer's time in a short text: a full day (`2005-07-09`, `2016/3/9`), a month-day with its clock (`10-07 13:37`),
# a day of a year and month in Chinese with a clock, a month-day alone or with its clock (`3月12日 12:30`), a time told
# from now (`2小时前`, `刚刚`).
_STAMP = re.compile(
    rf"{YMD_ISO}"
    r"|(?<!\d)\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
    rf"|{YMD_CN}\s*\d{{1,2}}[:：]\d{{2}}"
    rf"|^\s*{MONTH_DAY}\s*$|(?<!\d){MONTH_DAY}\s*\d{{1,2}}:\d{{2}}"
    r"|\d+\s*(?:秒|分钟|小时|天|周|个月)前|^\s*(?:刚刚|昨天|前天)"
)
# What every stamp holds, cheap to look for over a whole page (the stamp itself over 100 KB of markup costs 30 ms).
_STAMP_HINT = re.compile(r"\d[-/.:月]\d|[秒钟时天周月]前|刚刚|昨天|前天")
STAMP_PIECE = 60  # characters: the most of a text node that is a writer's stamp line (name, place, IP, time)
# A comment's controls and a thread's words: replies, votes, floors, the commenter's label, and a vote's word with
# its count whatever the word (`有用(3)`, `顶[12]`).
_COMMENT_WORDS = re.compile(
    r"回复|回覆|顶|踩|赞|支持|反对|举报|引用|楼|网友|发表|留言|评论|跟[贴帖]|IP|说[:：]|\bReply\b"
    r"|[\u4e00-\u9fff]{1,2}\s*[(（\[]\d+[)）\]]",
    re.I,
)
# A container's class or id named for comments by its software (`comment-list`, `cmt`, `discuss_item`, `tie-item`,
# `SOHUCS`, `disqus_thread`, `reply`, `pinglun`).
_COMMENT_NAME = re.compile(
    r"comment|cmt|discuss|reply|repl|\btie|pinglun|gentie|liuyan|sohucs|changyan|disqus|floor", re.I
)
MIN_ITEMS = 3  # stamped blocks: two are a question and its answer, or a post and one reply
# The median block of a list printed flat, its stamps alone on their lines between the names and the remarks
# (`来自江城的网友` / `05月12日 12:30` / the remark), is this short: a story's dated paragraphs are longer.
FLAT_UNIT_MAX = 120
UNIT_MAX = 400  # characters: the median block of a comment list is shorter (a forum's replies included)
LINKED_MAX = 0.6  # a block whose text besides its day is mostly link text lists other pages: no comment
# A thread's post holds at least this many times the writing of its median reply; a transcript whose turns are as
# long as its first (an online interview's, a mailbox's question and reply) is the page's text, every turn of it.
POST_OVER_REPLIES = 2
# A block after the first holding this much writing, more than all the others together, is a story among a
# page's stamped parts, not a remark (a first block that outweighs the rest is a thread's post, kept below).
STORY_MIN = 100
# A forum's marks on a floor: the poster's counters beside their values (`积分 1286`, `1286 积分`, `威望: 0`, `注册时间
# 2012-3-5`, `在线时间 520 小时`, `级别: 侠客`) or the floor's label alone in its element (`楼主`, `沙发`, `2#`, `#3`,
# `5楼`). Blocks that carry them are a thread's floors whatever their lengths; an interview's or a mailbox's turns
# carry none.
_POSTER_COUNTER = re.compile(
    r"(?:积分|帖子|威望|金钱|发帖|经验|精华|UID)[:：]?\d|\d+(?:积分|帖子|主题)"
    rf"|(?:注册时间|注册|在线时间|最后登录)[:：]?(?:{ANY_YEAR}[-/.]\d|\d+小时)|(?:级别|等级)[:：]"
)
_FLOOR_LABEL = re.compile(r"(?:楼主|沙发|板凳|地板|\d{1,4}[#楼]|#\d{1,4})")
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


# A table's row of a record's day: its label alone in the first cell (`<th>引用日期</th><td>2020-04-21 16:02</td>`,
# `收录时间`, `更新时间`), the day in the next: a record's field, not a writer's stamp (a reference manager's report
# of an article, its 发表/引用/收录/更新 days in rows, was read as three comments and lost its table's fields)
_DAY_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}(?:日期|时间)[:：]?")


def _is_day_field(element) -> bool:
    cells = [cell for cell in element if cell.tag in ("th", "td")] if element.tag == "tr" else []
    return len(cells) == 2 and bool(_DAY_LABEL.fullmatch(_text(cells[0]))) and bool(_STAMP.search(_text(cells[1])))


def _is_stamped(element) -> bool:
    """A block holding a writer's stamp and something more than it (a name, a remark): a timeline's heading that
    is only a day is not one, nor a table's row of a labelled day."""
    if not isinstance(element.tag, str) or element.tag in _SKIPPED or _is_day_field(element):
        return False
    pieces = _stamp_pieces(element)
    if not pieces:
        return False
    text = _text(element)
    rest = len(text) - len("".join(_STAMP.search(pieces[0]).group(0).split()))
    linked = sum(len(_text(a)) for a in element.iter("a"))
    return rest >= 2 and not _STOP.search(pieces[0][-1:]) and linked <= LINKED_MAX * rest


def _shape(element) -> tuple[str, str]:
    return element.tag, element.get("class") or ""


def _units(kids: list, stamped: list[int]) -> list[list]:
    """The list's blocks: each stamped child with the unstamped ones up to the next (its remark's row), the last
    with those after it shaped as the block before's (a pager or a form under the list is not its remark); and
    the child before the first stamp when it is shaped as the last of each block (a flat list's first name)."""
    units = [kids[start:end] for start, end in zip(stamped, stamped[1:], strict=False)]
    last = [kids[stamped[-1]]]
    for kid, like in zip(kids[stamped[-1] + 1 :], units[-1][1:] if units else [], strict=False):
        if _shape(kid) != _shape(like):
            break
        last.append(kid)
    units.append(last)
    first = stamped[0]
    before = kids[first - 1] if first else None
    if before is not None and len(units[0]) > 1 and _shape(before) == _shape(units[0][-1]) and not _written(before):
        units[0].insert(0, before)
    return units


def _is_stamp_alone(element) -> bool:
    """A child whose whole text is a writer's stamp (a flat list's time between a name and a remark)."""
    text = " ".join(element.text_content().split())
    return isinstance(element.tag, str) and 0 < len(text) <= STAMP_PIECE and bool(_STAMP.fullmatch(text))


def _named(element, depth: int = 4) -> bool:
    """The element or one of its `depth` nearest ancestors has a class or id named for comments."""
    while element is not None and depth >= 0:
        if _COMMENT_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            return True
        element, depth = element.getparent(), depth - 1
    return False


def _stamp_bearing(tree) -> set:
    """The elements holding a stamp piece somewhere inside them, found in one pass over the page's text (a page
    has tens of thousands of elements; reading each one's whole text would cost a quarter of the extraction)."""
    found: set = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        for raw, owner in ((element.text, element), (element.tail, element.getparent())):
            piece = " ".join((raw or "").split())
            if owner is not None and piece and len(piece) <= STAMP_PIECE and _STAMP.search(piece):
                found.add(owner)
                found.update(owner.iterancestors())
    return found


def comment_lists(tree) -> list[list[list]]:
    """The page's comment lists, outermost first: each a list of its blocks (each a list of sibling elements)."""
    found: list[list[list]] = []
    taken: set = set()
    bearing = _stamp_bearing(tree)
    for parent in tree.iter():
        if parent not in bearing or parent.tag in _SKIPPED or any(a in taken for a in parent.iterancestors()):
            continue
        kids = [kid for kid in parent if isinstance(kid.tag, str) and kid.tag not in _SKIPPED]
        if sum(kid in bearing for kid in kids) < MIN_ITEMS:
            continue
        stamped = [i for i, kid in enumerate(kids) if kid in bearing and _is_stamped(kid)]
        flat = len(stamped) < MIN_ITEMS
        if flat:
            stamped = [i for i, kid in enumerate(kids) if kid in bearing and _is_stamp_alone(kid)]
        if len(stamped) < MIN_ITEMS:
            continue
        units = _units(kids, stamped)
        texts = ["".join(_text(kid) for kid in unit) for unit in units]
        if median(len(text) for text in texts[1:] or texts) > (FLAT_UNIT_MAX if flat else UNIT_MAX):
            continue
        written = _units_writing(units)
        if any(w >= STORY_MIN and w > sum(written) - w for w in written[1:]):
            continue  # a page's parts, stamped each (an info bar, the story, the comments' box): the story outweighs
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


def _units_writing(units: list[list]) -> list[int]:
    """The characters of writing in each block of a list."""
    return [sum(_written(element) for element in unit) for unit in units]


def _floor_marked(unit: list) -> bool:
    """A block carrying a forum's marks: its poster's counters or its floor's label."""
    if any(_POSTER_COUNTER.search(_text(element)) for element in unit):
        return True
    return any(
        isinstance(element.tag, str) and _FLOOR_LABEL.fullmatch(_text(element))
        for kid in unit
        for element in kid.iter()
    )


def _is_forum_thread(units: list[list]) -> bool:
    """Most of a list's blocks carry a forum's marks (index.ingest.comments._POSTER_COUNTER, _FLOOR_LABEL)."""
    return 2 * sum(_floor_marked(unit) for unit in units) > len(units)


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


def _posts_in_two_rows(written: list[int]) -> bool:
    """The blocks from the post on alternate between writing and none (a post's row, a stamp's row), two posts
    at least: each post printed as its writing's row, then its row of time and controls."""
    return len(written) >= 4 and all(bool(w) == (k % 2 == 0) for k, w in enumerate(written))


def without_comments(markup: str) -> str:
    """`markup` without its comment lists; a list whose first block with writing holds more writing than the page
        shows above it is a thread, and keeps that block (and the title bar above it): the post (a story above its
        comments, however short, outweighs the first remark, which quotes a sentence of it), unless its other blocks
        are as long and carry no forum's marks (a conversation, kept whole; a thread whose opening post is as short as
    its replies keeps the post alone). Unchanged when the page has none."""
    if len(_STAMP_HINT.findall(markup)) < MIN_ITEMS:
        return markup
    try:
        tree = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return markup
    lists = comment_lists(tree)
    if not lists:
        return markup
    for units in lists:
        written = _units_writing(units)
        # the post is the first block with writing: a thread's title bar, stamped with the starter's name and time
        # (`楼主：X 时间：… 点击：3821`), can head the list in the same markup and holds none
        post = next((k for k, w in enumerate(written) if w), 0)
        thread = _written_before(tree, units[post][0]) < written[post]
        short = written[post] < POST_OVER_REPLIES * median(written[post + 1 :] or [0])
        if thread and short and not _is_forum_thread(units):
            continue  # every turn as long as the first: a conversation (an interview, a question and its answer)
        # an old board prints each post as two rows, its writing and then its row of time and controls (Dvbbs:
        # `发帖时间：2005-8-12 21:03:11 | 引用 | 回复`): the post's own row goes with the post
        rows = thread and _posts_in_two_rows(written[post:])
        for unit in units[post + 1 + rows :] if thread else units:
            for element in unit:
                element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")
