"""The publication line: the date and the byline a page shows between its headline and its body.

Main-content extraction leaves this line out, and a page holds many other dates (a reader comment's, the
sidebar's related links, the copyright's year), so the day is read from the dated line nearest the headline:
below it first, before the body starts, then just above it. Dates there are read in the forms real pages
write them, in context: `2004年7月16日08:19`, an American `5/7/2005 9:23:57 PM` (month first, as the AM/PM
says), and a two-digit year before a time `18-03-08 23:16` (2018-03-08: year first, as Chinese sites write
it). What a date in running text could mean is not guessed here (index.ingest.extract.parse_date).

The lines of this region that carry a label, a date or a byline are kept in front of the body so that
extraction reads them; a line of names alone under the headline (`刘国栋 周炜`) and a label whose value is on the
next line (`作者：` / `安东尼`) are given their label.
"""

from __future__ import annotations

import re

from index.ingest import author_cards, bylines, panels
from index.ingest.cleaning import WRITING, is_boilerplate, is_heading_shaped, is_writing
from index.ingest.days import is_date_alone, is_export_stamp, read_date
from index.ingest.days.shapes import POSTED_ON, STAMP_BESIDE, UPDATE_STAMP, WEEKDAY, YEAR_MONTH
from index.ingest.extract import is_kicker, is_masthead, listed_days
from index.ingest.file_names import as_headline
from index.ingest.titles import without_controls, wrapped
from index.text.cjk import CJK
from index.text.normalize import to_simplified

_LABELLED = re.compile(  # (an English theme's `Author: X` on a Chinese page too)
    rf"(日期|时间|来源|作者|记者|撰文|撰稿|编辑|稿源|出处|发表于|发布于)\s*[:：]?|{YEAR_MONTH}|^Author\s*[:：]"
)
_CREDIT = re.compile(r"^[\[【(（]?\s*(作者|记者|编辑|责任编辑|责编|通讯员|撰稿|撰文)\s*[:：]")
_EMPTY_LABEL = re.compile(r"^(作者|记者|来源|编辑|责任编辑|日期|发布时间|发表时间)\s*[:：]$")
ABOVE, BELOW = 3, 8  # how many lines above and below the headline a publication line is looked for
TAIL = 4  # how many lines after the post a poster line is looked for
STAMP = 12  # and how many its stamp (the blog's signature, buttons, tags and prev/next links can stand between)
MAX_LINE = 100


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def without_stamp(line: str) -> str:
    """`line` without a post's stamp in brackets beside it: `标题 (2006-03-08 10:23:41)` -> `标题`."""
    return STAMP_BESIDE.sub("", line)


def headline_beside_stamp(lines: list[str], body: int) -> str | None:
    """The headline of a page that dates its article only in brackets after it, right above the text
    (`江城市召开安全生产工作会议（2019-04-12）`, as an office's news list and its article pages both write it), without
    the stamp; for a page whose chosen title stands nowhere near its body (its office's name)."""
    above = next((line for line in reversed(lines[max(0, body - 2) : body]) if line.strip()), "")
    stamp = STAMP_BESIDE.search(above)
    core = above[: stamp.start()].strip() if stamp and read_date(stamp[0]) else ""
    return core if 4 <= len(core) <= 60 and is_heading_shaped(core) and not _LABELLED.search(core) else None


_TRAIL = re.compile(r"^[^>»→›]{1,30}(?:\s*[>»→›]\s*[^>»→›]{1,80}){2,}$")  # a breadcrumb ending in the headline


def locate(lines: list[str], title: str | None, main: list[str]) -> tuple[int | None, int | None]:
    """(where the headline is among `lines`, where the body's writing begins), None for what is not found.
    The body begins at the first line that begins one of the body's first written lines (main-content
    extraction may have kept the headline and the publication line above them); the headline is its first
    showing within BELOW lines above the body (the body's first paragraph may repeat it under the publication
    line), else its last before the body (a breadcrumb may repeat it far above), or its first when the body is
    not found (a sidebar's related links repeat it later). A headline's line can end in buttons (`[打印] [收藏]`);
    a breadcrumb that ends in a headline with its stop (`论坛 > 投诉 > 太黑心了！`) begins no body; a document
    page's file name (`标题.docx`) shows its headline.
    """
    written = [line for line in main if is_writing(line) and not _TRAIL.match(line)][:3] or main[:3]
    starts = [key[:12] for key in map(_squash, written) if len(key) >= 6]
    key = _squash(title or "")
    body = next(  # not the headline itself, which a lead can begin by repeating
        (
            i
            for i, line in enumerate(lines)
            if _squash(line) != key and any(_squash(line).startswith(s) for s in starts)
        ),
        None,
    )
    shown = [without_controls(without_stamp(line)) for line in lines]  # a file's name shows its headline too
    showings = [  # (a BBS header's subject after its bare label: `標題[新聞] X`)
        i
        for i, line in enumerate(shown)
        if key and (_squash(as_headline(line) or line) == key or _bare(lines[i]) == key)
    ]
    before = [i for i in showings if body is not None and i < body]
    top = body - 1 if before and before[-1] == body - 1 else body  # a lead that repeats the headline opens the body
    near = [i for i in before if top - i <= BELOW]
    return (near[0] if near else before[-1] if before else (showings[0] if showings else None)), body


def lead(main: list[str]) -> int:
    """How many of the body's first lines come before its writing (the headline, the publication line)."""
    return next((i for i, line in enumerate(main) if is_writing(line)), 0)


# (a BBS spaces its label: `标  题:`)
_SUBJECT_LABEL = re.compile(r"^[*\s]*(?:主\s*[题題]|[标標]\s*[题題]|[题題]\s*目|[帖贴]子主题|文章标题)\s*[:：]\s*")


# a BBS header's labels set in cells of their own, read run into their values without a colon (`作者traingo (火車迷)`
# / `標題[新聞] …` / `時間Thu Nov  4 …`): the subject's, and the writer's or the time's beside it
_BARE_SUBJECT = re.compile(r"^[标標][题題](?=[^\s:：])")
_BARE_HEADER = re.compile(r"^(?:作者|[时時][间間]|看板|[发發]信人)(?=[^\s:：])")


def _bare(line: str) -> str:
    """`line` without a subject's bare label, squashed: `標題[新聞] X` -> `[新聞]X`; '' for any other line."""
    bare = _BARE_SUBJECT.match(line)
    return _squash(line[bare.end() :]) if bare else ""


def subject(lines: list[str], body: int) -> str | None:
    """A forum post's subject given after its label, on its line or on the next (`主题：` / `你知道导游为什么…吗？`:
    the elements a page sets apart run into one line where its source breaks no block), just above the post; or
    after a bare label in a header block whose other labels are bare too."""
    for i in range(max(0, body - BELOW), min(body + 1, len(lines))):  # the subject can open the post's text
        if label := _SUBJECT_LABEL.match(lines[i]):
            value = lines[i][label.end() :] or (lines[i + 1] if i + 1 < len(lines) else "")
            if 2 <= len(value) <= MAX_LINE:
                return value
        bare = _BARE_SUBJECT.match(lines[i])
        beside = lines[max(0, i - 2) : i] + lines[i + 1 : i + 3]
        value = lines[i][bare.end() :].strip() if bare else ""
        if 2 <= len(value) <= MAX_LINE and any(_BARE_HEADER.match(line) for line in beside):
            return value
    return None


# A colon after a label or a wire copy's dateline (`…电题：`, `第A04版：`, `标题：`), not a headline's own
# (`小偷偷走帐篷 警方：请去检测`).
_LABEL_COLON = re.compile(r"^\S{0,20}?(?:电|题|版|主题|标题|来源|作者|日期|时间)\s*[:：]|[:：]$")


def _is_menu(line: str) -> bool:
    """A row of three or more items between bars (`首页 | 新闻中心 | 政务公开`): navigation, not a headline."""
    return len(re.split(r"\s*[|｜]\s*", line)) >= 3


# a writer's mark opening a byline of its own (`文/李静 图/王卫`, `文｜X`): an e-paper's line under its headline
_WRITER_MARK = re.compile(r"^(?:文|文图|图文)\s*[/／|｜丨]")
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")  # a page's address alone on its line: no headline


# a page's view counter, the publication line's last field left on its own (an info table's other cells read apart)
_COUNTED = re.compile(r"^(?:点击|浏览|阅读|访问)(?:数|次数|量)\s*[:：]")
# an official document's number alone (`江政办发〔2020〕45号`), which a gazette prints under the document's heading
# where a news page has its publication line
_DOCUMENT_NUMBER = re.compile(
    rf"^[{CJK}]{{1,12}}\s*[〔［\[(（]\s*(?:19|20)\d{{2}}\s*[〕］\])）]\s*第?\s*\d{{1,5}}\s*号$"
)


def headline_above_publication(lines: list[str], body: int) -> str | None:
    """The line right above a publication line near the body (`发布者：… 发布时间：…`, a byline), the first
    such line shaped as a headline: where a page whose `<title>` is only its site's name shows its headline.
    (An e-edition's paper and page line can stand above the headline, its byline under it.)"""
    for i in range(max(0, body - BELOW), min(body + 3, len(lines))):  # a headline with a comma can open the body
        if _panel_item(lines, i) or (i and _panel_item(lines, i - 1)):  # a poster's panel, no publication line
            continue
        credit = _WRITER_MARK.match(lines[i]) and bylines.writers(lines[i], names_only=True)  # `文/李静 图/王卫`
        dated = read_date(lines[i]) or _LABELLED.search(lines[i]) or _COUNTED.match(lines[i])  # (`点击数：1024`)
        dated = dated or _DOCUMENT_NUMBER.match(lines[i])
        if len(lines[i]) <= MAX_LINE and (dated or credit) and not is_boilerplate(lines[i]):  # (`视频简介：…`: no)
            above = lines[i - 1] if i > 0 else ""
            shaped = 4 <= len(above) <= 60 and "。" not in above and not _is_menu(above)  # a comma is fine here
            shaped = shaped and not is_boilerplate(above) and not _ADDRESS.match(above)  # (`本视频禁止转载`, an URL)
            shaped = shaped and not (i > 0 and _panel_item(lines, i - 1))  # (`主题 12 帖子 356`: a poster's counters)
            if shaped and not (_LABELLED.search(above) or read_date(above)):
                return above
    return None


def headline_over_poster(lines: list[str], body: int) -> str | None:
    """The thread's subject over the first post's poster cell (`老城区停车难… [共8楼]` / `江城老司机` / `帖子：85` /
    `发表于：2013-05-06 09:41`), without the counters its cell glues on: an old board's table, whose `<title>` names
    only the board."""
    for i in range(max(1, body - BELOW), body):
        if len(lines[i]) > MAX_LINE or not read_date(lines[i]):
            continue
        at = i - 1
        while at > 1 and _panel_item(lines, at):
            at -= 1
        if at == i - 1 or len(lines[at]) > 16 or _WRITING_STOP.search(lines[at]):  # no counters, or no name over them
            continue
        line = without_controls(lines[at - 1])
        shaped = 4 <= len(line) <= 60 and not _WRITING_STOP.search(line) and not _is_menu(line)
        shaped = shaped and not is_boilerplate(line) and not _CRUMB_STEP.search(line)
        return line if shaped and not (_LABELLED.search(line) or read_date(line)) else None
    return None


def headline_under_day(lines: list[str], body: int) -> str | None:
    """The line right above the body under a day alone on its line (`2005年3月2日` / `本會舉辦長者健康講座` / the
    text), shaped as a headline: an old page's order, its day over its headline, where the `<title>` is only the
    site's name."""
    if body < 2 or not is_date_alone(lines[body - 2]):
        return None
    line = lines[body - 1]
    shaped = 4 <= len(line) <= 60 and not _WRITING_STOP.search(line) and not _is_menu(line) and not is_boilerplate(line)
    shaped = shaped and is_heading_shaped(line.rstrip("！？!?…. ")) and not bylines.writers(line, names_only=True)
    return line if shaped and not (_LABELLED.search(line) or read_date(line) or _ADDRESS.match(line)) else None


COLUMN_APART = 2  # lines between a column's name and the headline above the publication line, at least
COLUMN_CHARS = 6  # a column's name is short (`工作动态`, `通知公告`, `乡镇动态`); a breadcrumb can end in a headline
_CRUMB_STEP = re.compile(r"\s*(?:>>?|»|→|›|＞)\s*")


def names_column(lines: list[str], title: str) -> bool:
    """`title` is a column's name: an item of the page's menu (`首页 | 机构概况 | 工作动态`) or the last step of its
    breadcrumb (`当前位置：首页 >> 工作动态`), as an old table layout's `<title>` names the column (`工作动态 -
    X局`)."""
    key = _squash(title)
    for line in lines:
        if key not in _squash(line) or len(line) > MAX_LINE:
            continue
        steps = [_squash(step) for step in _CRUMB_STEP.split(line) if step.strip()]
        crumb = len(steps) >= 2 and steps[-1] == key and len(key) <= COLUMN_CHARS  # (a crumb can end in a headline)
        if crumb or (_is_menu(line) and key in map(_squash, re.split(r"[|｜]", line))):
            return True
    return False


CONTROL_ROWS = 2  # rows of a page's controls (`【字体：大 中 小】 打印 关闭`, `分享到：`) between headline and body


def headline_above_controls(lines: list[str], body: int) -> str | None:
    """The line above the rows of controls right over the body (`区政务服务中心延时服务的通知` / `【字体：大 中 小】
    打印 关闭`), shaped as a headline: where a page that shows no publication line and whose `<title>` is only its
    site's name shows its headline. None where no such row stands there (a line right above the text may be
    anything)."""
    at = body - 1
    while at >= 0 and body - at <= CONTROL_ROWS and _is_control_row(lines[at]):
        at -= 1
    if at < 0 or at == body - 1:
        return None
    line = lines[at]
    shaped = 4 <= len(line) <= 60 and not _WRITING_STOP.search(line) and not _is_menu(line) and not is_boilerplate(line)
    shaped = shaped and is_heading_shaped(line.rstrip("！？!?…. ")) and not _CRUMB_STEP.search(line)
    return line if shaped and not (_LABELLED.search(line) or read_date(line) or _ADDRESS.match(line)) else None


_WRITING_STOP = re.compile(r"[。；]")
# a page's own controls (font size, print, close, share), not its menu: `【字体：大 中 小】 打印 关闭`
_CONTROL_WORDS = re.compile(r"字[体号]|打印|关闭|收藏|分享|大\s*中\s*小|纠错")


def _is_control_row(line: str) -> bool:
    short = len(line) <= MAX_LINE and not _is_menu(line)
    return short and bool(_CONTROL_WORDS.search(line)) and is_boilerplate(line)


def is_masthead_line(lines: list[str], headline: int, body: int) -> bool:
    """The title found is the page's first line, the site's name over its menu (a `<title>` that is only the
    site's name), or a column's name its menu or breadcrumb shows (index.ingest.publication.names_column), while
    another headline-shaped line stands right above the publication line under it."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    column = headline != first and names_column(lines, lines[headline])
    shown = headline_above_publication(lines, body) if headline == first or column else None
    if not shown or _squash(shown) == _squash(lines[headline]):
        return False
    # (a column's name stands apart from the headline, not right over it as a headline stands over its subtitle)
    return lines.index(shown) > headline + (COLUMN_APART if column else 0)


def headline_over_body(main: list[str], lines: list[str]) -> str | None:
    """The headline the body's own first lines show above its writing (`陈天华《警世钟》` under a blog's poster
    line, a forum post's subject): the first of them shaped as a headline, before any publication line, that is
    no byline or poster line, holds no label's or wire dateline's colon (`…电题：`) and is no menu. For a page
    whose chosen title stands nowhere near its body (a blog's or forum's name)."""
    above = main[: lead(main)]
    for k, line in enumerate(above):
        if k + 1 < len(above) and (joined := wrapped(line, above[k + 1])):
            return joined  # a document's title a PDF's conversion broke over two lines
        line = line.rstrip(" -_|")  # `谁来为无序拆房“埋单”？- -`: a blog's separator after the title
        writing = [text for text in main[k + 2 :] if is_writing(text)]  # no running head, no signature
        if k + 1 < len(main) and is_kicker(line, main[k + 1], writing, None):
            line = main[k + 1]  # a kicker or an office's masthead (`…办公室文件`) above the headline the text repeats
        if bylines.poster(line) or bylines.writers(line, names_only=True) or is_masthead(line) or is_boilerplate(line):
            continue
        if bylines.is_member_panel(line) or _PANEL_VALUE.match(line):  # a poster's rank (`中级会员`), counters
            continue  # a blog's poster line can stand above the post's title, a byline under it, a thread's counters
        if _EDITION.search(line) and len(line) <= MAX_LINE:
            continue  # an e-paper's page bar (`2019年06月18日 第A2版：综合新闻`) stands above its headline
        if _LABELLED.search(line) or read_date(line):
            return None  # a headline stands above its publication line: what follows it is the text
        if _FRAMED.match(line):
            continue  # `—— 本报专题 ——`: a column's label framed in dashes over an e-paper's headline
        core = line.rstrip("！？!?…. ")  # (`…竟然干了这样的事儿……`: a headline trailing off)
        labelled = _LABEL_COLON.search(to_simplified(line))
        if 4 <= len(line) <= 60 and is_heading_shaped(core) and not labelled and not _is_menu(line):
            return None if _under_publication(lines, line) else line
    # a headline that exclaims or trails off reads as writing (`…大师当场就震惊了!`): short, the text under it
    first = main[lead(main)] if lead(main) + 1 < len(main) else ""
    core = first.rstrip("！？!?…. ")
    if core != first and 4 <= len(first) <= EXCLAIMED and is_heading_shaped(core) and is_writing(main[lead(main) + 1]):
        return None if _under_publication(lines, first) else first
    return None


EXCLAIMED = 40  # how long a headline ending in `！`, `？` or `……` over the text may be


_FRAMED = re.compile(r"^[—\-－=~～·]{2,}.{1,20}?[—\-－=~～·]{2,}$")  # a label between dashes, no headline


_POSTED = re.compile(r"^\S{2,20}\s+(?:发表于|发布于)")  # `ggjjzhzz 发表于 …`: a blog's poster above the post's title


def _under_publication(lines: list[str], line: str) -> bool:
    """The page shows `line` right under a publication line (not a blog poster's `X 发表于 …`): it is the
    text's, not a headline."""
    at = next((i for i, shown in enumerate(lines) if shown.rstrip(" -_|") == line), None)
    above = lines[at - 1] if at else ""
    return bool(above) and not _POSTED.match(above) and bool(_LABELLED.search(above) or read_date(above))


_FLOOR_NUMBER = re.compile(r"(?<![\d.])\d{1,5}\s*楼")


_POST_ROW = re.compile(r"^\s*发[帖贴](?:时间|日期)\s*[:：]")


def _post_boundary(line: str) -> bool:
    """A post's header (`2楼 发表于 …`, `网友 发表于 …`, a board's `#1 2020-03-30 11:14`), or the tail a post-bar
    puts under each post: its floor and time on one unwritten line (`来自Android客户端 1楼 2021-05-28 10:26 回复`),
    or an old board's post row (Dvbbs, LeadBBS: `发帖时间：2005-8-12 21:03:11 | 引用 | 回复`)."""
    marked = _FLOOR_NUMBER.search(line) or _POST_ROW.match(line) or bylines.begins_with_floor(line)
    tail = len(line) <= MAX_LINE and not is_writing(line) and bool(marked) and read_date(line)
    return bylines.opens_a_post(line) or bool(tail)


def first_post(lines: list[str], main: list[str], title: str | None) -> list[str]:
    """`main` up to where the page's next post begins (`2楼 发表于 …`, `网友 发表于 …` after the post's
    writing has begun: its own header is above it), or where the first post's own tail closes it (a floor and
    a time under it): a thread's first post is its article, the replies under it are readers'."""
    _, body = locate(lines, None, main)
    headline = _squash(title or "") or None
    written = range(body, len(lines)) if body is not None else range(0)
    begun = next(
        (
            i
            for i in written
            if len(lines[i]) >= 40 and is_writing(lines[i]) and not (headline and headline in _squash(lines[i]))
        ),
        None,
    )  # a long written line that is not the headline (nor a breadcrumb ending in it)
    if body is None or begun is None:
        return main
    following = next((i for i in range(begun + 1, len(lines)) if _post_boundary(lines[i])), None)
    if following is None:
        return main
    while following - 1 > body and len(lines[following - 1]) <= 20 and not WRITING.search(lines[following - 1]):
        following -= 1  # the next post's poster cell and the buttons between the posts
    at = 0  # (a post's header above its writing is found where it stands, not in a later post's header)
    for k, line in enumerate(main):
        key = _squash(line)[:12]
        found = next((i for i in range(at, len(lines)) if key and _squash(lines[i]).startswith(key)), None)
        if found is not None and found >= following:
            return main[:k]
        at = found if found is not None else at
    return main


def _end(lines: list[str], main: list[str]) -> int | None:
    """Where the body's last line stands among the page's lines (its last showing), None when nowhere."""
    last = _squash(main[-1])[-12:] if main else ""
    return next((i for i in range(len(lines) - 1, -1, -1) if last and _squash(lines[i]).endswith(last)), None)


def tail_lines(lines: list[str], main: list[str]) -> list[str]:
    """The poster line and the labelled credits (`责任编辑：X`, `文字 | X`) just after the body, which main-content
    extraction leaves out."""
    end = _end(lines, [line for line in main if is_writing(line)] or main)  # (credits the body kept among them)
    if end is None:
        return []
    after = [line for line in lines[end + 1 : end + 1 + TAIL] if line not in main]
    return [
        line
        for line in after
        if len(line) <= MAX_LINE
        and (bylines.poster(line) or _CREDIT.match(line) or bylines.editor(line) or _credits_writer(line))
    ]


def _credits_writer(line: str) -> bool:
    """A short credit line that names a writer by a role and a bar or slash (`文字 | 王一鸣`, `撰稿/李青`), as a
    WeChat post's production credits under its text do."""
    return len(line) <= 30 and bool(_ROLE_BAR.match(line)) and bool(bylines.writers(line))


_ROLE_BAR = re.compile(r"^(?:文字|文|撰稿|撰文|作者|记者|通讯员|采写)\s*[|｜丨/／]")


def _region(lines: list[str], headline: int | None, body: int | None) -> list[int]:
    """The indices of the lines where a publication line stands, nearest the headline first: below it (up
    to the body), just above the body (when the headline stands far from it), just above the headline."""
    stop = body if body is not None and (headline is None or body > headline) else len(lines)
    below = list(range(headline + 1, min(stop, headline + 1 + BELOW))) if headline is not None else []
    near_body = list(range(stop - 1, max(-1, stop - 1 - ABOVE), -1)) if body is not None else []
    above = list(range(headline - 1, max(-1, headline - 1 - ABOVE), -1)) if headline is not None else []
    return list(dict.fromkeys(below + [i for i in near_body if headline is None or i > headline] + above))


_DATE_CHARS = re.compile(r"[\d年月日时分秒:：/.\-\s]|AM|PM|am|pm|星期[一二三四五六日天]|周[一二三四五六日天]")


_SOURCE_ONLY = re.compile(r"^[\u3400-\u9fff]{2,10}(?:网|报|社|台|新闻|客户端)\s*[·•|丨]?$")


def _dated_alone(line: str) -> bool:
    """A line that is its date (and time), or labelled as one, or its source and date (`中国新闻网 · 2020-04-02
    09:41`): not a related link with its date."""
    rest = _DATE_CHARS.sub("", line)
    return bool(_LABELLED.match(line)) or len(rest) <= 4 or bool(_SOURCE_ONLY.match(rest)) or is_export_stamp(line)


_EDITION = re.compile(r"第\s*[A-Za-z]?\d{1,3}\s*版")  # an e-edition's page: `江城日报 2020年04月01日 第A04版：要闻`


def _stamped(line: str) -> bool:
    """A line above a headline that dates it: a post's poster line, the opening floor's stamp that names no one
    (phpwind's `楼主 发表于: 2011-10-12 只看该作者`, the poster in a cell of its own) or an e-edition's paper and
    page."""
    return bool(bylines.poster(line) or bylines.names_no_poster(line) or _EDITION.search(line))


# what a masthead says its day is: the day the page is shown, never the article's (`今天是：2019年3月6日 星期三`)
_TODAY = re.compile(r"^\s*(?:今天是|今天|今日是|现在是|当前时间)\s*[:：]?")
_WEEKDAY = re.compile(WEEKDAY)


def _masthead_today(lines: list[str], i: int, headline: int) -> bool:
    """Line `i`, above the headline, is the masthead's "today" (the day the page was saved, which an old portal, a
    column site or an overseas paper shows at the top of every page, `2019年3月5日 星期二`): labelled as today's, or
    a day with its weekday that the site's menu stands between the headline and (a blog's dated header right over
    its post's title has no menu between: that is the post's day)."""
    if _TODAY.match(lines[i]):
        return True
    return bool(_WEEKDAY.search(lines[i])) and any(_is_menu(line) for line in lines[i + 1 : headline])


def _candidates(lines: list[str], headline: int | None, body: int | None) -> list[int]:
    """The region's lines that can be the publication line, nearest the headline first: short, and above the
    headline only a line that is its date, a post's poster line (a blog's `X 发表于 …` above the post's title)
    or an e-edition's paper and page line, never the masthead's "today"."""
    return [
        i
        for i in _region(lines, headline, body)
        if len(lines[i]) <= MAX_LINE
        and not _panel_item(lines, i)  # (`注册时间 2008-7-9`: the poster's, not the post's)
        and not bylines.is_edit_stamp(lines[i])  # (`本帖最后由 X 于 2009-5-4 12:01 编辑`: the day it was changed)
        and (
            headline is None
            or i > headline
            or ((_dated_alone(lines[i]) or _stamped(lines[i])) and not _masthead_today(lines, i, headline))
        )
    ]


def publication_date(lines: list[str], headline: int | None, body: int | None) -> str | None:
    """The day on the headline's own line when its stamp stands beside it, else on the dated line nearest the
    headline (below it, then above) that is no update stamp (`最后更新 2019-05-12 17:20` over the publication
    line: a page's last change never dates it over its publication), else an update stamp's, else the e-paper
    issue's (`issue_day`), or None."""
    if headline is not None and (stamp := STAMP_BESIDE.search(lines[headline])) and (day := read_date(stamp[0])):
        return day
    updated = None
    for i in _candidates(lines, headline, body):
        if day := read_date(lines[i]):
            if not UPDATE_STAMP.match(lines[i].strip()):
                return day
            updated = updated or day
    return updated or (issue_day(lines[:headline]) if headline is not None else None)


def issue_day(lines: list[str]) -> str | None:
    """The day of an e-paper's issue banner among the lines above a headline (`2021年03月04日 星期四 第03版：要闻`,
    a date with its edition's page, or the paper's dated banner on the line next to its page's, `黔东南日报
    2018年03月29日 星期四` / `第03版：要闻`, or within two lines of its own menu, `2020年4月3日 星期五` /
    `今日版面 往期回顾`), which dates every article of the issue wherever the page list puts
    it; None when no such line or two of different days stand there."""
    days = set()
    for i, line in enumerate(lines):
        if len(line) <= MAX_LINE and (_EDITION.search(line) or _PAPER_NAV.search(line)):
            near = (i - 1, i + 1) if _EDITION.search(line) else (i - 2, i - 1, i + 1, i + 2)
            beside = [lines[j] for j in near if 0 <= j < len(lines) and len(lines[j]) <= MAX_LINE]
            days |= {day for shown in [line, *beside] if (day := read_date(shown))}
    return days.pop() if len(days) == 1 else None


# an e-paper's own navigation (`今日版面 往期回顾 PDF下载`), beside which its masthead shows the issue's day
_PAPER_NAV = re.compile(r"今日版面|往期回顾|版面导航|往期报纸|过往期刊|本期目录")


def stamp(lines: list[str], main: list[str]) -> int | None:
    """Where the post's stamp stands under it (`posted @ 2020-04-01 10:26 江城码农`, a blog's line of date,
    poster and counters): the first dated line within STAMP lines after the body's end, unless a reader's
    comment, which begins with its floor (`#1楼 2020-04-02 …`), or a list of days comes first. The body's own
    last line is the stamp when it is a date and nothing else (a notice's day under its text, kept as text) or says
    when the entry was posted (a blog theme's footer sentence, `本条目发布于2019年4月12日。…`, kept as text)."""
    end = _end(lines, main)
    if end is None:
        return None
    last = lines[end]
    if len(last) <= MAX_LINE and (_dated_alone(last) or POSTED_ON.match(last)) and read_date(last):
        return end
    listed = listed_days(lines, list(range(end + 1, len(lines))))
    for i in range(end + 1, min(len(lines), end + 1 + STAMP)):
        if bylines.begins_with_floor(lines[i]) or bylines.opens_a_post(lines[i]):
            return None
        if len(lines[i]) <= MAX_LINE and read_date(lines[i]):
            # one of a list of days (related links, readers' comments) stamps nothing, unless the list is a
            # thread's floors, the first of which is the post's own
            labelled = bool(POSTED_ON.match(lines[i]))  # (`发布于 2020-09-12 10:22` over a sidebar's dated list)
            return None if i in listed and not bylines.names_a_floor(lines[i]) and not labelled else i
    return None


def closing_day(lines: list[str], main: list[str]) -> str | None:
    """The day the post's stamp writes when it is a date and nothing else (`2020年7月15日` under a notice's
    text), for a page whose publication line gives none."""
    found = stamp(lines, main)
    alone = found is not None and (_dated_alone(lines[found]) or POSTED_ON.match(lines[found]))
    return read_date(lines[found]) if alone else None


def corroborated(found: str, lines: list[str], headline: int | None, body: int | None, main: list[str]) -> str | None:
    """htmldate's day (trafilatura's) as evidence: taken when the page writes it nowhere in its text (it came
    from the markup or the address), or on a line where a publication line stands or on the post's stamp
    under it; not when only another line shows it (a comment's, a sidebar's or a related link's date)."""
    day = found[:10]
    showing = {i for i, line in enumerate(lines) if len(line) <= MAX_LINE and read_date(line) == day}
    return day if not showing or showing & {*_candidates(lines, headline, body), stamp(lines, main)} else None


# A label left without its value at the end of a publication line: a view counter a script was to write
# (`发布时间：2020-04-01  浏览次数：<script>…</script>`), which a saved page shows empty.
_EMPTY_LAST = re.compile(r"(?<=\S)\s+[^\s:：]{1,6}\s*[:：]$")


_PANEL_VALUE = re.compile(r"^[\d\s\-/.:：%]+$")
# the counters forum software shows in a poster's panel (Discuz!, phpwind, Dvbbs), a label's line over or under
# its value's: a name over a value is no label
_PANEL_LABEL = re.compile(
    r"^(?:UID|帖子|主题|精华|积分|威望|金钱|金币|贡献|发帖|回帖|经验|人气|魅力|声望|文章|听众|收听|好友|阅读权限"
    r"|在线时间|注册时间|最后登录|注册)$"
)
_FLOOR_MARK = re.compile(r"^(?:楼主|沙发|#?\d{1,4}\s*[楼#])$")
_COUNTER_CELL = re.compile(r"^[^\s\d:：]{1,6}\s*[:：]?\s*\d{1,9}$")  # one labelled counter: `发帖 12`, `威望：0`
PANEL = 24  # how many lines a poster's panel may take between the name and the post's header


def _panel_item(lines: list[str], i: int) -> bool:
    """Line `i` belongs to a poster's panel: a rank or a row of counters with the day the poster joined, or one
    cell of it, a label over its value (`帖子` / `456`, `注册时间` / `2008-7-9`) or the value."""
    line = lines[i].strip()
    above, below = (lines[i - 1].strip() if i else ""), (lines[i + 1].strip() if i + 1 < len(lines) else "")
    cells = [(line, below), (above, line)]  # a label of a few characters over its value alone
    joined = bylines.is_member_panel(line) or any(
        len(label) <= 6 and _PANEL_VALUE.match(value) and bylines.is_member_panel(f"{label} {value}")
        for label, value in cells
    )
    counter = bool(_PANEL_VALUE.match(line) or _COUNTER_CELL.match(line)) and not read_date(line)  # `发帖 12`
    valued = [value for value in (below, above) if _PANEL_VALUE.match(value) and not read_date(value)]
    label = bool(_PANEL_LABEL.match(line)) and bool(valued)  # (`456` / `帖子`: the value first too)
    return joined or counter or label


def poster_cell(lines: list[str], header: int, top: int) -> int | None:
    """Where the poster's name stands above a post's header that names no one (`楼主 发表于 …`): the nearest
    line above it, below line `top`, past the poster's panel (a rank, `中级会员`; counters and the day the
    poster joined, in rows or as a label's line over its value's: `帖子` / `456`; the floor's mark, `楼主`), when it
    is a user's name."""
    j = header - 1
    while j > max(top, header - PANEL):
        line = lines[j].strip()
        if not line or _panel_item(lines, j) or bylines.is_counter_row(line) or _FLOOR_MARK.match(line):
            j -= 1
            continue
        return j if bylines.is_handle(line) and not bylines.is_account(line) else None
    return None


def head_lines(lines: list[str], headline: int | None, body: int | None) -> list[tuple[str, str]]:
    """The lines between the headline and the body that carry a label, a date or a byline: (the line as the
    page shows it, the line labelled for extraction, without a label left empty at its end; see the module's
    docstring). A name alone counts only right under the headline, or above a post's header that names no one
    (the poster's cell: `湖人老球迷` / `发表于 2013-05-20 08:12`); a blog's name (`X的空间`) above the headline too."""
    if body is None or (headline is not None and body <= headline):
        return []
    region = sorted(
        i
        for i in _region(lines, headline, body)
        if headline is None or i > headline or bylines.poster(lines[i]) or bylines.blog_name(lines[i])
    )
    out = []
    headers = [i for i in region if bylines.names_no_poster(lines[i])]
    if not headers and headline is not None:  # a thread whose subject stands under the first post's header
        headers = [
            i for i in range(headline - 1, max(-1, headline - 1 - ABOVE), -1) if bylines.names_no_poster(lines[i])
        ]
    followed = False  # a body's account card was read: its follow button goes with it
    top = headline if headline is not None and headers and headers[0] > headline else -1
    cells = [at for i in headers[:1] if (at := poster_cell(lines, i, top)) is not None]
    signed = (
        any(len(lines[i]) <= MAX_LINE and bylines.writers(lines[i]) for i in range(headers[0] + 1, body))
        if headers
        else False
    )
    if cells and cells[0] + 1 < headers[0] and not signed and not any(bylines.poster(lines[i]) for i in region):
        out.append((lines[cells[0]], "楼主：" + lines[cells[0]]))  # a panel between the name and the header
        if headline is not None and headers[0] < headline:  # the header above the subject: its day is the post's
            out.append((lines[headers[0]], _EMPTY_LAST.sub("", lines[headers[0]])))
    elif not cells and headline is not None and not any(bylines.poster(lines[i]) for i in region):
        cell = sorted(panels.poster_cells(lines, headline))  # an old board's cell over the post, its row under it
        if cell and cell[-1] == headline - 1 and bylines.is_handle(name := lines[cell[0]].strip()):
            out.append((lines[cell[0]], "楼主：" + name))
    for i in region:
        line = lines[i]
        if len(line) > MAX_LINE or _panel_item(lines, i):
            continue
        after = [lines[j] for j in range(i + 1, body) if not bylines.is_counter_row(lines[j])]  # (the poster's panel)
        following = after[0] if after else ""
        if bylines.blog_name(line):  # `小雨的空间` above the post's `<h1>`: its owner, when the post names no writer
            out.append((line, line))
        elif following and not bylines.posting_account(line) and bylines.posting_account(f"{line} {following}"):
            out += [(line, f"{line} {following}"), (following, "")]  # `X 2021-09-23 10:12` / `澎湃号·政务`
        elif _EMPTY_LABEL.match(line) and following and len(following) <= 30:
            out += [(line, line + following), (following, "")]
        elif bylines.is_handle(line) and bylines.names_no_poster(following):  # `湖人老球迷` / `发表于 2013-05-20 …`
            out.append((line, "" if bylines.is_account(line) or signed else "作者：" + line))  # `江城发布`: an account
        elif headline is not None and i <= headline + ABOVE and (name := author_cards.card_writer(lines, i, body)):
            # `老周看天下` / `发布时间：03-04 10:20` / `关注`: an account's card; a body's account (`清河区委宣传部`),
            # which no writer's label takes, stays a card with its button for the text's reader
            body_card = not bylines.is_handle(name)
            out.append((line, line if body_card else "作者：" + name))
            followed = body_card or followed
        elif followed and author_cards.is_follow_button(line):
            out.append((line, line))
        elif not bylines.posting_account(line) and (
            names := bylines.writers(
                simple := to_simplified(line), names_only=headline is not None and i <= headline + ABOVE
            )
        ):
            editor = bylines.editor(simple)  # `新京报 记者 李玉坤 编辑 樊一婧`; `記者X／花蓮報導` read as simplified
            out.append((line, "作者：" + " ".join(names) + (f" 编辑：{editor}" if editor else "")))
        elif _LABELLED.search(line) or bylines.poster(line) or read_date(line) or bylines.editor(to_simplified(line)):
            out.append((line, _EMPTY_LAST.sub("", line)))  # (`责编 | 王琳` too)
    return out
