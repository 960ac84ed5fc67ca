"""A page's headline by agreement between its title candidates.

A page names its article in several places, each wrong in its own way on real sites: `<title>` adds the site
and channel (`…_网易订阅`, `…-富达传媒`, `明日股市预测--…`), an `og:title` written without escaping is cut
at its first quote (`狂奔的龙湖集团"暗伤"曝露？` -> `狂奔的龙湖集团`), and the first `<h1>` can be the site's
name and slogan. The headline is the candidate the page itself shows as a line of its own and that the other
places repeat: a piece of a candidate between separators (`_ | - -- —`, spaces and the edges of a `【…】`) that
is one of the page's visible lines and that `<title>` (or a declared title) also carries. A heading `<title>`
does not repeat is the site's, never the headline.
"""

from __future__ import annotations

import re

from index.ingest.bylines import blog_name
from index.text.normalize import to_simplified

# `【江城吧】` after a post's subject (`标题【江城吧】_百度贴吧`) is a piece of its own, as is a bracket before a title
_SEPARATOR = re.compile(
    r"\s*(?:[_|｜│┃‖]|--+|——|::|\s[-–—·]\s|(?<!—)—(?=\w))\s*|\s+|(?<=[^\d\s\-])-(?=[^\d\s\-])|(?=【)|(?<=】)"
)
MIN_CHARS = 4
# The end of a <title> that names the site or channel rather than the article: `…_市人民政府门户网站`; or the site's
# version (`… - 手机版 - X社区`).
_SITE_WORDS = re.compile(
    r"(网|网站|门户|门户网站|政府|频道|新闻|资讯|在线|日报|晚报|早报|时报|客户端|首页|中心|电视台|广播电视台|平台|官网"
    r"|论坛|社区|贴吧|博客|BBS|bbs|手机版|触屏版|移动版|极速版|WAP版|wap版)$"
)
# A channel after an underscore (`…_环球科技`): a CMS joins its names so; a headline is written without one.
_CHANNEL = re.compile(r"^[^\s，。！？：:,!?_]{2,10}$")
_DOMAIN = re.compile(r"^[\w.-]+\.(com|cn|net|org|gov|edu)(\.cn)?$", re.I)
_SOFTWARE = re.compile(r"(?i)\bpowered by\b")  # `… - powered by Discuz! Archiver`: the forum software
_PAGE_NUMBER = re.compile(r"\s*[(（\[]\s*(?:第\s*\d+\s*页|页\s*\d+|\d+\s*/\s*\d+)\s*[)）\]]")
# `_ | ｜`, a box-drawing bar (`│TVBS新聞網`), `::`, a spaced dash, a hyphen between words, an em dash alone
# before a word (not before a cut title's `...`: `…_湖南宾实—...` is one channel's name cut short)
_SITE_SEPARATOR = re.compile(r"\s*(?:[_|｜│┃‖]|::)\s*|\s+[-–—]\s+|(?<=[^\d\s-])-(?=[^\d\s-])|(?<![—\s])—(?=\w)")
_SEPARATOR_MARKS = ("_", "|", "｜", "│", "┃", "‖", "::", "-", "–", "—")  # every match of _SITE_SEPARATOR holds one


def strip_site_suffix(title: str, site: str | None = None) -> str:
    """`title` without the site and channel names a `<title>` adds: `庆阳召开网信工作会议_庆阳市人民政府门户网站`
    -> `庆阳召开网信工作会议`; `标题_国内新闻_新浪网` -> `标题`. What comes before the first separator stays."""
    title = title.strip()
    if not any(mark in title for mark in _SEPARATOR_MARKS):  # no cut (a paragraph, most often): no regex scan
        return title
    while cuts := list(_SITE_SEPARATOR.finditer(title)):
        last = cuts[-1]
        tail, head = title[last.end() :].strip(), title[: last.start()].strip()
        site_like = _SOFTWARE.search(tail) or (
            len(tail) <= 25 and (tail == site or _SITE_WORDS.search(to_simplified(tail)) or _DOMAIN.match(tail))
        )
        site_like = site_like or (last.group().strip() == "_" and _CHANNEL.match(tail) and len(head) >= MIN_CHARS)
        if not head or (tail and not site_like):
            break
        title = head
    return title


def strip_site_prefix(title: str, site: str | None = None) -> str:
    """`title` without a site's name put first (`江城论坛 - 周末去哪玩`, `南洋时报｜新山交通改善计划出炉`, as forums,
    Hong Kong's and Malaysia's sites write their `<title>`s): the first piece goes where it is of a site's name's
    length and shape (the page's site, or a name ending as sites' do: 网, 论坛, 日报, 新闻…) and what follows is a
    headline's length and no site's name itself; else `title` unchanged."""
    while (first := _SITE_SEPARATOR.search(title)) and first.start() > 0:  # (`江城日报 - 新闻中心 - 标题`: each)
        head, tail = title[: first.start()].strip(), title[first.end() :].strip()
        named = head == site or (len(head) <= 12 and bool(_SITE_WORDS.search(to_simplified(head))))
        if not named or len(tail) < MIN_CHARS or _SITE_WORDS.search(to_simplified(tail)):
            break
        title = tail
    return title


def is_site_banner(line: str) -> bool:
    """A site's name and slogan (`海峡资讯网 - 两岸新闻第一站`, `江城日报 | 全国百强报刊`): a generic `<title>` or
    a masthead's line, the site's name first, never a headline."""
    parts = [part for part in _SITE_SEPARATOR.split(line.strip()) if part.strip()]
    return len(parts) == 2 and len(parts[0]) <= 12 and bool(_SITE_WORDS.search(to_simplified(parts[0].strip())))


# what a paper's or a site's name ends with (not `中心`, `新闻`, `平台`: a short headline can end so)
_PAPER = re.compile(r"(?:日报|晚报|早报|时报|商报|周报|网|在线|电视台|门户网站|官网)$")
# an e-paper's page name: `第A03版：要闻`, `A03版 要闻`, `第5版`
_PAGE_NAME = re.compile(r"^第?\s*[A-Za-z]?\d{1,3}\s*版(?:面)?(?:\s*[:：]?\s*\S{0,8})?$")


def names_no_article(title: str) -> bool:
    """A `<title>` or a heading that is only a site's or a paper's name (`江城日报`, `西湖在线`) or an e-paper's page
    name (`第A03版：要闻`): an e-paper's every page carries it, as its largest heading too, above the headline."""
    title = title.strip()
    site = len(title) <= 10 and not _SITE_SEPARATOR.search(title) and bool(_PAPER.search(to_simplified(title)))
    return site or bool(_PAGE_NAME.match(title))


def may_name_a_site(line: str) -> bool:
    """`line` could be a site's name alone (`江城社区`, `海峡资讯网`): short, one piece, ending as sites' names do;
    a site's logo and its `<title>` often say only that, word for word."""
    line = line.strip()
    return len(line) <= 12 and not _SITE_SEPARATOR.search(line) and bool(_SITE_WORDS.search(to_simplified(line)))


def tails(title: str) -> list[tuple[str, str]]:
    """(head, tail) at each of `title`'s site separators, the longest tail first: `标题_国内新闻_新浪网` ->
    [(`标题`, `国内新闻_新浪网`), (`标题_国内新闻`, `新浪网`)]."""
    title = title.strip()
    cuts = [m for m in _SITE_SEPARATOR.finditer(title) if m.start() > 0 and m.end() < len(title)]
    return [(title[: m.start()].strip(), title[m.end() :].strip()) for m in cuts]


CONTROLS_MAX = 80  # characters a row of controls after a headline takes at most
# A row of a page's controls after its headline, two or more bracketed words: `标题 [打印] [收藏] [推荐]`
_CONTROLS = re.compile(r"(?:\s*[\[【]\s*[^\[\]【】\s]{1,4}\s*[\]】]){2,}\s*$")


# counters a table's title cell shows after the headline: `回复:35`, `查看:1024 回复:18` (after a space), a thread's
# floors in brackets (`[12楼]`, `[共8楼]`), and a bracket of nothing but counters, in any bracket and spacing
# (`[点击：1234  回复：56]`, `(阅读:88/评论:3)`, `【浏览 1,024 次】`, `（点击数：321）`): a counter's word with its
# number in each part, so that a bracket of the headline's own (`（二期）`, `【关注】`, `（2019年）`) stays
COUNTERS_MAX = 48  # characters a title cell's counters take at most, spaces and brackets with them
_COUNTER_WORD = r"(?:被?阅读|回复|回帖|查看|浏览|点击|人气|评论|访问)(?:数|量|次数)?"
_COUNT = rf"{_COUNTER_WORD}\s*[:：]?\s*\d+(?:[,，]\d{{3}})*\s*(?:人?次)?"
_COUNTERS = re.compile(
    r"(?:\s+(?:回复|回帖|查看|浏览|阅读|点击|人气)\s*[:：]?\s*\d+(?:\s*[/|｜]\s*\d+)?)+\s*$"
    r"|\s*[\[【(（]\s*共?\s*\d{1,5}\s*楼\s*[\]】)）]\s*$"
    rf"|\s*[\[【(（〔]\s*{_COUNT}(?:\s*[/|｜,，;；、]?\s*{_COUNT})*\s*[\]】)）〕]\s*$"
)


def without_controls(title: str) -> str:
    """`title` without the buttons a forum or portal shows after it in the same heading: `标题 [打印] [收藏]
    [推荐]` -> `标题`, or the counters an old table's title cell glues on (`标题 回复:35`, `标题 [12楼]`); not a title
    that is a bracket or a count: what is left must be a title's length."""
    rest = title  # (each pattern tried on the line's tail only: from every start of a long run of spaces it took
    # the square of the run's length, 4 s for 20,000)
    if controls := _CONTROLS.search(rest, max(0, len(rest) - CONTROLS_MAX)):
        rest = rest[: controls.start()]
    if counted := _COUNTERS.search(rest, max(0, len(rest) - COUNTERS_MAX)):
        rest = rest[: counted.start()]
    return rest if len(rest) >= MIN_CHARS else title


def without_page_number(title: str) -> str:
    """`title` without the page number a paged article's `<title>` adds: `标题(页 1) - 频道`, `标题(第2页)`."""
    return _PAGE_NUMBER.sub("", title)


# Spaces and quotes are left out when candidates are compared: `<title>` and an unescaped `og:title` carry the
# straight quotes a CMS's source holds, while the page's `<h1>` shows them typeset (`“暗伤”`).
_UNCOMPARED = re.compile(r"[\s\"'“”‘’「」『』]+")


def _squash(text: str) -> str:
    return _UNCOMPARED.sub("", text)


def pieces(candidate: str) -> list[str]:
    """`candidate` and each run of its parts between separators, longest first: `标题_频道_网站` ->
    [`标题_频道_网站`, `标题_频道`, `频道_网站`, `标题`, ...]."""
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(candidate) if m.start() > 0 and m.end() < len(candidate)]
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(candidate)]
    found = {candidate[s:e].strip() for i, s in enumerate(starts) for e in ends[i:]}
    return sorted((p for p in found if len(p) >= MIN_CHARS), key=len, reverse=True)


# a subtitle's dash before its words (`——记乡村医生李秀兰`): the line under a headline, which a `<title>` can carry
# alone, never the headline
_DASH_LED = re.compile(r"^\s*(?:——|—|－－|--)")


def choose_title(
    declared: str | None, headings: list[str], page_title: str, lines: list[str], site: str | None, suffix: str
) -> str | None:
    """The headline, or None when no candidate is so supported (the caller falls back).

    A declared title (meta, JSON-LD) cut short gives way to the longer line it begins that `<title>` also
    carries; else its longest piece the page shows. Without one, the piece of a heading or of `<title>` that
    the page shows and that is also a piece of `<title>` outside its site `suffix`: the one `<title>` gives
    first, the longest of those. A headline leads its `<title>` and the site's and blog's names follow it
    (`标题 - 江城码农 - 博客园`), while the page can show the blog's name first, in its own `<h1>`."""
    shown = {_squash(line): line for line in map(without_controls, lines) if MIN_CHARS <= len(line) <= 120}
    in_title = {_squash(piece) for piece in pieces(" ".join(page_title.split()))} - {_squash(suffix)}
    site_like = {_squash(site or ""), *(_squash(p) for p in pieces(suffix))}
    if declared:
        start = _squash(declared)
        longer = [line for key, line in shown.items() if key.startswith(start) and key != start and key in in_title]
        if longer:
            return min(longer, key=len)
        return next((shown[_squash(p)] for p in pieces(declared) if _squash(p) in shown), None)
    whole = _squash(page_title)
    found = [
        (whole.find(key), -len(key), shown[key])
        for candidate in [*map(without_controls, headings), page_title]
        for key in map(_squash, pieces(" ".join(candidate.split())))
        if key in shown
        and key in in_title
        and key not in site_like
        and not blog_name(shown[key])
        and not _DASH_LED.match(shown[key])
    ]  # (a blog's name, `老农说天的共享空间`, heads its pages as a site's does; a line a dash leads is a subtitle)
    return min(found)[2] if found else None


# the type of an official document, which ends its title (`…关于…的通知`)
_DOCUMENT_TYPE = re.compile(
    r"(?:通知|通报|通告|公告|决定|意见|办法|方案|报告|批复|规定|细则|规划|纪要|请示|决议|公报|函)$"
)
_PUNCTUATION = re.compile(r"[，。！？；：:,;!?]")


def wrapped(first: str, second: str) -> str | None:
    """The title of an official document that a PDF's conversion broke over two lines (`江城市…关于开展2021年网络`
    / `安全宣传周活动的通知`): the first line opens its subject (`关于`) without the document's type at its end,
    the second, no longer, ends with that type and opens no subject of its own. None for any other pair (an
    issuer's line over a whole title, a headline over its text)."""
    if "关于" not in first or "关于" in second or len(second) > len(first) or _PUNCTUATION.search(first + second):
        return None
    return first + second if _DOCUMENT_TYPE.search(second) and not _DOCUMENT_TYPE.search(first) else None


# One rule for a label before a headline (titles17): a mark of the post's kind (a thread's type, `[原创]`, `【转】`,
# `[求助]`, in brackets or before a bar, `原创 | X`; on a board's thread any bracket, the board's category: `[留学
# 生活] X`) is no part of the headline, whatever `<title>` repeats; any other label is the headline's own (a column's,
# a series' or a sponsor's: `棱镜|数据业大整顿…`, `[诗婷露雅化妆品]江门七旬阿婆…`, `Vol.37 ｜ X`, `【地评线】…`). The
# labelled pages of ../shared/pages keep the second kind and show none of the first; the held-out families, built
# around articles whose titles carry no label, put the first kind in both the heading and `<title>` (an NGA board's
# `[讨论] X`) and want it off: keeping every label `<title>` repeats lost 16 fields.py cases and a family of 12.
THREAD_TYPES = frozenset(
    "原创 原创首发 转帖 转载 转 求助 提问 讨论 分享 推荐 公告 精华 置顶 灌水 闲聊 心得 交流 悬赏 求证 已解决".split()
    + ["轉載"]  # (a board's `[新聞]` category stays: a real board page's headline is shown with it)
)
_THREAD_TAG = re.compile(
    r"^\s*(?:\[\s*([^\[\]]{1,6}?)\s*\]|【\s*([^【】]{1,6}?)\s*】|([^\s\[\]【】|｜丨]{1,4})\s*[|｜丨])\s*"
)
_CAMPAIGN = re.compile(r".{1,6}公益")  # `【暖冬公益】`: a charity campaign's tag over its posts, as a thread type is


def without_thread_tag(title: str, thread: bool = False) -> str:
    """`title` without a thread type in brackets or before a bar: `[原创]一位老教师的退休感言`, `原创 | 一位老教师的
    退休感言` -> `一位老教师的退休感言`; on a forum's thread (`thread`: the page names its poster) any such bracket,
    the board's or a type of its own (`[游记]`, `[家长里短]`); the title as it is when what follows is too short
    to be one, and any other word before a bar (a column's: `棱镜|…`)."""
    match = _THREAD_TAG.match(title)
    rest = title[match.end() :] if match else ""
    tag = (match.group(1) or match.group(2) or match.group(3)) if match else ""
    barred = bool(match and match.group(3))  # `原创 | X`: a type word before a bar; any other word there is a column's
    typed = match and (tag in THREAD_TYPES or (not barred and (thread or _CAMPAIGN.fullmatch(tag))))
    return rest if typed and len(rest) >= MIN_CHARS else title


# a day the page's template glued after its headline, in brackets, as the system stores it (`我院召开…会议[2019-04-12]`,
# `… (2020-05-08)`); not a digest's own day as its editor writes it (`每日国际新闻（2019/01/27）`, `早安!微新闻
# 【2018.06.15】`: the two corpus titles an any-separator form cut, wrongly)
_GLUED_DAY = re.compile(r"\s*[\[【(（]\s*(?:19|20)\d{2}-\d{2}-\d{2}\s*[\]】)）]\s*$")


def without_glued_day(title: str) -> str:
    """`title` without a bracketed day glued at its end: `我院召开党风廉政建设工作会议[2019-04-12]` -> the headline;
    the title as it is when nothing else is left."""
    rest = _GLUED_DAY.sub("", title)
    return rest if len(rest) >= MIN_CHARS else title


# a control's words where a headline would stand: `返回日志列表`, `查看更多新闻`, `更多>>`, `点击进入`
_INTERFACE_PHRASE = re.compile(r"^(?:返回|查看|更多|点击|进入|回到)[^\s，。！？：:]{0,10}$")


def is_interface_phrase(line: str) -> bool:
    """A link's or a button's words (`返回日志列表`, `查看更多新闻`), which are never a headline."""
    return bool(_INTERFACE_PHRASE.match(line.strip().rstrip(">》»›")))
