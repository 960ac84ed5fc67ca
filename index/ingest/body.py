"""A page's body by agreement between main-content candidates.

Each extractor fails in its own way on real pages: trafilatura keeps a table-layout page's whole tables
(menus, link lists, the forum's header) or, on a page it finds too short, nothing; readability-lxml can take a
sidebar or a comment block; the density run (index.ingest.density) can stop short at an inline menu. They
rarely fail the same way on one page, so the candidate that the others support most (the sum of its
bag-of-characters F1 with each other candidate) is taken. Then lines the page shows as navigation are dropped
by their link density (most of their characters inside `<a>`), whichever candidate kept them, and a written
line the page shows between two lines of the chosen candidate that another candidate kept goes back in its place
(readability-lxml drops a short paragraph an app's page gives a <section> of its own: `据信，…存活数天。`), and a
line under the text that the page also shows above it (a menu at the head and the foot) is left out.

On ../shared/pages (benchmarks/pages.py) the candidates alone, as read_html gets them, score body F1 0.99
(readability-lxml), 0.95 (trafilatura) and 0.92 (the density run) on the tuning half, 0.97, 0.90 and 0.90 on
the checking half; chosen by agreement, the project's bodies score 0.99 and 0.98.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from index.ingest import chrome
from index.ingest.cleaning import WRITING, is_boilerplate, is_writing
from index.ingest.days.shapes import CN_YEAR, YEAR_MONTH
from index.ingest.density import LINK_DENSE, Line
from index.ingest.picture_credits import is_picture_credit

_TABLE_ROW = re.compile(r"^\|.*\|$")


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _bag(lines: list[str]) -> Counter:
    return Counter(_key("".join(lines)))


def _f1(a: Counter, b: Counter) -> float:
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def table_cells(lines: list[str]) -> list[str]:
    """trafilatura's table rows (`| 标题 |  | 作者 |`) as their cells' texts, one line each."""
    out = []
    for line in lines:
        if _TABLE_ROW.match(line.strip()):
            out.extend(cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip().strip("|")) if cell.strip())
        else:
            out.append(line)
    return [line.replace("\\|", "|") for line in out]


# How far below the best-supported candidate an earlier one may be and still be taken: candidates are given
# in the order of their accuracy alone (readability-lxml, trafilatura, the density run on the tuning half), so
# the more accurate one is overruled only when the others agree against it.
SUPPORT_MARGIN = 0.1


# A candidate that agrees with no other candidate to this F1 took something else (readability-lxml can take a
# page's 'recommended' feed of other titles): it has no vote, or the candidate that straddles it and the right one
# (a density run through the article and that feed) would be supported most.
OUTLIER_F1 = 0.3


def choose(candidates: dict[str, list[str]]) -> str | None:
    """The name of the first candidate (in the order given) whose support by the others is within
    SUPPORT_MARGIN of the best, among those that agree with another one (OUTLIER_F1); None when all are empty."""
    bags = {name: _bag(lines) for name, lines in candidates.items() if lines}
    if len(bags) <= 1:
        return next(iter(bags), None)
    agreeing = {
        name: bag for name, bag in bags.items() if any(_f1(bag, b) >= OUTLIER_F1 for o, b in bags.items() if o != name)
    }
    if len(agreeing) >= 2:
        bags = agreeing
    support = {name: sum(_f1(bag, other) for o, other in bags.items() if o != name) for name, bag in bags.items()}
    best = max(support.values())
    return next(name for name in bags if support[name] >= best - SUPPORT_MARGIN)


def _is_linked_sentence(line: Line) -> bool:
    """A link-dense line with words outside its links that ends a sentence."""
    return line.link_share >= LINK_DENSE and line.link_chars < len(_key(line.text)) and bool(_STOP.search(line.text))


def without_navigation(lines: list[str], page: list[Line]) -> list[str]:
    """`lines` without those the page shows as navigation: a line found among the page's lines only as a
    link-dense one, unless it is a story's sentence around its link (`详见《…》。`, `据X通报。`: some words of
    its own, a sentence's end) right under a written line and over no other such line: a list of links stands
    among links, and a title linked whole has no words outside its link."""
    dense = {_key(line.text) for line in page if line.link_share >= LINK_DENSE}
    written = {_key(line.text) for line in page if line.link_share < LINK_DENSE}
    told = {
        _key(line.text)
        for before, line, after in zip(page, page[1:], [*page[2:], None], strict=False)
        if _is_linked_sentence(line) and _is_written(before) and not (after and _is_linked_sentence(after))
    }
    return [line for line in lines if not (_key(line) in dense and _key(line) not in written | told)]


# The most lines a gap inside the chosen body may have to be filled: an extractor that left out more between two
# of its lines left out a block (on ../shared/pages, a page's other stories between its article's parts).
GAP_LINES = 2


def _is_written(line: Line) -> bool:
    """A line of writing: a sentence's punctuation, not link-dense."""
    return bool(WRITING.search(line.text)) and line.link_share < LINK_DENSE


def with_gaps_filled(lines: list[str], others: list[list[str]], page: list[Line]) -> list[str]:
    """`lines` with the written lines (a sentence's punctuation, not link-dense) the page shows between two of
    them put back, when there are at most GAP_LINES and another candidate kept each: the body is one run of the
    page, and a line inside it that one extractor dropped (a short paragraph in a block of its own, a picture's
    caption between the picture's counter and buttons) is the article's. The gap's other lines must be controls
    or counters (chrome's shapes) or a picture's caption, which stay out: a name or a link's title there is another
    block's; or the written lines must be paragraphs ending a sentence right under the line before the gap, the
    rest under them (a story's short last paragraph over a promotion card, `点击关注 X`, that readability-lxml
    leaves out while it keeps the `往期精彩` list under the card, which goes later)."""
    supported = {_key(line) for other in others for line in other}
    keys = [_key(line.text) for line in page]
    out: list[str] = []
    at = None  # the page line of the last line of `lines` found in the page
    for line in lines:
        key = _key(line)
        found = next((i for i in range(at + 1 if at is not None else 0, len(keys)) if keys[i] == key), None)
        gap = page[at + 1 : found] if found is not None and at is not None else []
        written = [k for k, between in enumerate(gap) if _is_written(between)]
        passed = [
            _between_parts(between.text) or between.link_share >= LINK_DENSE
            for between in gap
            if not _is_written(between)
        ]
        leading = (
            written
            and all(  # the paragraphs lead the gap, right under the line before it
                _is_written(between) or _between_parts(between.text) or between.link_share >= LINK_DENSE
                for between in gap[: written[-1] + 1]
            )
        )
        if (
            0 < len(written) <= GAP_LINES
            and all(_key(gap[k].text) in supported for k in written)
            and (all(passed) or (leading and all(_STOP.search(gap[k].text) for k in written)))
        ):
            out += [gap[k].text for k in written]
        out.append(line)
        at = found if found is not None else at
    return out


_STOP = re.compile(r"[。！？][”’」』）)]*$")  # a sentence's end (not `…`, which a loading notice ends with)
# a call to follow, scan or download: a promotion under (or over) the article, however written it reads
_PROMOTION = re.compile(
    r"(?:扫描|扫一扫|扫码|长按|识别).{0,12}(?:二维码|关注|下载)|关注.{0,12}(?:公众号|官方微信|微信号|微博|抖音号|头条号)"
    r"|(?:下载|安装).{0,8}(?:客户端|APP|App|app)"
)
_POINTERS = "▲△↑"  # a caption's mark pointing at the picture above it (`▲图为现场`)
CAPTION_MAX = 40  # the longest a caption marked so is: a longer line is a paragraph
# the site's own notice about its rights (`凡本网注明“来源：X”的所有作品…未经本网授权不得转载`): the page's, under the
# text (a held-out page's disclaimer came back with the text before this, lead 2026-12-07)
_SITE_NOTICE = re.compile(r"(?:本网|本站|本平台)[^。]{0,60}(?:版权|授权|转载)|(?:版权|免责)声明")


def _between_parts(text: str) -> bool:
    """A line that stands between two parts of an article without being one: a control or a counter (chrome's
    shapes), a picture's credit or a caption pointing at its picture."""
    marked = text[:1] in _POINTERS and len(_key(text)) <= CAPTION_MAX
    return chrome.is_chrome_line(text) or is_picture_credit(text) or marked


def with_ends_filled(lines: list[str], others: list[list[str]], page: list[Line]) -> list[str]:
    """`lines` with the written lines the page shows right before their first and after their last put back, when
    another candidate kept each and nothing but captions and controls stands between: an editor's template sets a
    WeChat article's paragraphs in groups of nested `<section>`s, and readability-lxml takes one group, the others
    beside it lost (FRESH_ALONE_4's WeChat family: 0 of 12 whole). A link, any other line, a written line no other
    candidate kept, one short and ending no sentence (`正在加载，请稍候…`), a call to follow, scan or download
    (`扫描下方二维码关注X官方微信`), the site's notice of its rights or a line of boilerplate, or another table cell
    ends the run (a list, a card, the writer's note in the cell
    beside a table-layout page's article: on ../shared/pages two candidates keep both of these last)."""
    keys = [_key(line.text) for line in page]
    where: list[int] = []  # the page lines of `lines`, found in their order
    for line in lines:
        key = _key(line)
        start = where[-1] + 1 if where else 0
        found = next((i for i in range(start, len(keys)) if keys[i] == key), None)
        if found is not None:
            where.append(found)
    if not where:
        return lines
    supported = {_key(line) for other in others for line in other}
    own = {_key(line) for line in lines}

    def taken(indices: range, cell: int) -> list[str]:
        out: list[str] = []
        for i in indices:
            text = page[i].text
            if keys[i] in own or page[i].cell != cell or _PROMOTION.search(text) or _SITE_NOTICE.search(text):
                break
            if is_boilerplate(text):
                break
            if _is_written(page[i]) and (is_writing(text) or _STOP.search(text)) and keys[i] in supported:
                out.append(page[i].text)
            elif _is_written(page[i]) or page[i].link_share >= LINK_DENSE or not _between_parts(page[i].text):
                break
        return out

    before = taken(range(where[0] - 1, -1, -1), page[where[0]].cell)[::-1]
    return before + lines + taken(range(where[-1] + 1, len(page)), page[where[-1]].cell)


@dataclass(frozen=True)
class _Shown:
    """The page's lines without spaces, the set of them, and where the lines beginning with each four characters
    stand: made once a page, looked up by every candidate's lines."""

    keys: list[str]
    keyset: frozenset[str]
    starts: dict[str, list[int]]

    @classmethod
    def of(cls, page: list[Line]) -> _Shown:
        keys = [_key(line.text) for line in page]
        starts: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            if key:
                starts.setdefault(key[:4], []).append(i)
        return cls(keys, frozenset(keys), starts)


SKIPPED_LINKS = 3  # link-dense lines of the page a run-together cell may leave out between its lines


def as_shown(lines: list[str], page: list[Line], shown: _Shown) -> list[str]:
    """`lines` with each one that is several consecutive lines of the page run together (a table cell's
    paragraphs, a poster's cell and the post beside it, as trafilatura gives a table-layout page's row) split
    back into those lines: what the page shows as lines is judged line by line downstream. A run with a
    link-dense line in it stays whole (a list of related titles run into a cell is navigation either way, and its
    pieces would be read as lines of their own); up to SKIPPED_LINKS link-dense lines the cell left out may stand
    between its lines (trafilatura drops a cell's links: its story's buttons, its `相关文章` list)."""
    keys = shown.keys
    out: list[str] = []
    for line in lines:
        key = _key(line)
        if key in shown.keyset or len(key) < 8:
            out.append(line)
            continue
        for i in shown.starts.get(key[:4], []):
            covered, j, taken, skipped = keys[i], i + 1, [i], 0
            while len(covered) < len(key) and j < len(keys):
                if key.startswith(covered + keys[j]):
                    covered, taken = covered + keys[j], [*taken, j]
                elif page[j].link_share >= LINK_DENSE and skipped < SKIPPED_LINKS:
                    skipped += 1  # a row of links the extractor left out of the cell (`【打印】【关闭】`)
                else:
                    break
                j += 1
            if covered == key and len(taken) >= 2 and all(page[k].link_share < LINK_DENSE for k in taken):
                out += [page[k].text for k in taken if keys[k]]
                break
        else:
            out.append(line)
    return out


_DAY = re.compile(rf"{YEAR_MONTH}|{CN_YEAR}\s*年")
# The longest a line repeated from above the body may be to be a menu's (a channel bar, a site's name and slogan).
MENU_MAX = 40


def without_repeated_menus(lines: list[str], page: list[Line]) -> list[str]:
    """`lines` without those after their last written line that the page also shows above their first line, when
    short and ending no sentence: a site shows its channel bar (`寰宇在线国际国内军事科技财经评论`, its items in spans
    of their own, no links) at its head and again at its foot, and an extractor that runs to the foot keeps the
    second copy. A story's line is told once (its headline above is no line of the body's tail); an issuer's name
    over the day it signs (`X人民政府` / `2022年1月27日`) is the notice's signature, whatever the page's head shows."""
    keys = [_key(line.text) for line in page]
    shown = next((key for line in lines if (key := _key(line)) in keys), None)  # the body's first line on the page
    first = keys.index(shown) if shown is not None else None
    written = [i for i, line in enumerate(lines) if WRITING.search(line)]
    if first is None or not written:
        return lines
    above = set(keys[:first])
    return [
        line
        for i, line in enumerate(lines)
        if i <= written[-1]
        or len(line) > MENU_MAX
        or WRITING.search(line)
        or _key(line) not in above
        or (i + 1 < len(lines) and _DAY.search(lines[i + 1]))  # an issuer signing over its day
    ]


# The least a line must hold to be read as a run of items when it has no sentence's punctuation: a story's
# paragraph this long always has a comma or a stop.
ITEM_RUN = 100
_SENTENCE_MARK = re.compile(r"[，。！？；]|[,.!?;](?=\s|$)")


def without_item_runs(lines: list[str]) -> list[str]:
    """`lines` without each long line that has no sentence's punctuation, and told once: an extractor runs a
    column of short items (classified ads, prices, phone numbers, place names) into one line, and a table-layout
    page's cell repeats the story its candidate already gave line by line. A story's line is told once, with
    commas and stops."""
    out: list[str] = []
    seen: set[str] = set()
    for line in lines:
        key = _key(line)
        if (len(key) >= ITEM_RUN and not _SENTENCE_MARK.search(line)) or (len(key) >= 20 and key in seen):
            continue
        seen.add(key)
        out.append(line)
    return out


def agreed_body(candidates: dict[str, list[str]], page: list[Line]) -> list[str]:
    """The body lines: the candidate the others support, table rows read as cells and cells as the page's lines,
    long lines of items and repeated paragraphs left out, the written lines it skipped inside its run put back,
    navigation dropped."""
    shown = _Shown.of(page)
    candidates = {name: as_shown(table_cells(lines), page, shown) for name, lines in candidates.items()}
    name = choose(candidates)
    if not name:
        return []
    others = [lines for other, lines in candidates.items() if other != name]
    chosen = with_gaps_filled(without_item_runs(candidates[name]), others, page)
    chosen = chrome.unshown_by_others(with_ends_filled(chosen, others, page), others)
    return without_repeated_menus(without_navigation(chosen, page), page)
