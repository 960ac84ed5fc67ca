"""A thread's replies told by the header line they repeat, whatever their markup: a forum that sets its posts as
one run of lines (`<br>` between them) heads each reply with a short line of its poster and a machine's stamp
(`作者：X 回复日期：2006-3-14 10:23:45`, `X 发表于 2006-3-14 10:23`, `第2楼 X 2006-03-14 10:23`). Three
or more such lines of one shape after the post's writing begin the replies, which run to the end: the story
is the first post only.

The shape is the line's words with their names and figures left out (`作者：_ 回复日期：_`), so posters
differ and the shape stays. A header holds a time of day and a word of posting (author, posted, reply, floor,
user); a story's timeline (`2021-03-04 10:20 消防队到达现场`) has none and stays. Measured on made-up threads of
20 replies (alone8, 2026-12-06): replies in one `<br>` run under `作者：X 回复日期：…` headers kept 8 of 20
before, when the first reply's stamp stood in the first half of the text.
"""

from __future__ import annotations

import re
from collections import Counter

from index.ingest.cleaning import is_writing
from index.ingest.days.shapes import ANY_YEAR, TIME
from index.ingest.panels import is_poster_line

HEADER_MAX = 60  # a longer line is a post's text, not its header
REPEATS = 3  # header lines of one shape that make a thread

_TIME = re.compile(rf"{ANY_YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?\s*{TIME}")
_POSTING = re.compile(r"作者|发表|回复|楼|发帖|帖子|留言|网友|用户|楼主|ID|IP")
_WORDS = re.compile(r"作者|发表于|发表|回复日期|回复时间|回复于|回复|第\d+楼|\d+楼|楼主|发帖|时间|日期|于|[:：|｜]")


def header_shape(line: str) -> str | None:
    """The shape of a reply's header line (its posting words and separators, names and figures left out), or
    None when the line is no such header."""
    line = line.strip()
    if is_poster_line(line):  # (a floor's poster line, `帖子 1234 积分 567 注册时间 2008-1-2`, heads it alike)
        return "poster"
    if not line or len(line) > HEADER_MAX or re.search(r"[，。！？；,!?;]", line):
        return None
    if not _TIME.search(line) or not _POSTING.search(line):
        return None
    rest = _TIME.sub(" _T ", line)
    words = [re.sub(r"\d+", "0", word) for word in _WORDS.findall(rest)]
    names = [piece for piece in re.split(r"[\s【】\[\]()（）]+", _WORDS.sub(" ", rest.replace("_T", " "))) if piece]
    if len(names) > 2 or any(len(name) > 16 for name in names):
        return None
    return " ".join([*words, "T"])


def thread_start(kept: list[str]) -> int | None:
    """Where a thread's replies begin: the first header line of a repeated shape after the post's writing (the
    second when the first heads the post)."""
    shapes = {i: shape for i, line in enumerate(kept) if (shape := header_shape(line))}
    repeated = {shape for shape, count in Counter(shapes.values()).items() if count >= REPEATS}
    if not repeated:
        return None
    headers = sorted(i for i, shape in shapes.items() if shape in repeated)

    def writing(lines: list[str]) -> int:
        return sum(len(line) for line in lines if is_writing(line))

    # the first header heads the post itself when more is written under it than above it (a headline, a title bar)
    first, second = headers[0], headers[1]
    if writing(kept[first:second]) > writing(kept[:first]):
        return second
    return first if writing(kept[:first]) else None
