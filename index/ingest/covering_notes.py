"""A sender's covering note over a text forwarded as it is: `转王总参考，注意核实数据。`, `编辑老师好，发上今日稿件，
请审阅。`, `这篇稿子请看一下，拟转发到我们的公众号。`.

A chat's, a push's or a mail's forward saved as text puts what the sender wrote above the story it passes on, and
the story's own head under it: its headline, then its publication line. A story never opens with a sentence above
its own headline, so the place says what the line is, whatever its words: one to three short lines, each a sentence
to its full stop (a headline may exclaim or ask over its writer's name, `…太美了！` / `江城文旅`, never stop), right
above a heading-shaped line without a day (and no field's line, `作者：X` under a labelled `标题：X！`) that stands
right above a line naming a day. Such a line is neither the headline nor the text. A text whose first line is its
headline, or whose written lines come first (a lead under no headline), has no covering note.
"""

from __future__ import annotations

from collections.abc import Callable

NOTE_MAX = 60  # characters: a covering note is a sentence or two; a story's lead runs longer
NOTE_LINES = 3  # lines of a note at most above the headline
DATED_MAX = 100  # characters: a publication line, not a paragraph that names a day
_FULL_STOPS = "。."
_CLOSERS = "”’」』)）\"' "


def _is_note(line: str, is_title: Callable[[str], bool], has_day: Callable[[str], bool]) -> bool:
    """A short sentence to its full stop: a headline may exclaim or ask (`…太美了！`, `…准备什么？`), never stop."""
    core = line.rstrip(_CLOSERS)
    return len(line) <= NOTE_MAX and core[-1:] in _FULL_STOPS and not is_title(line) and not has_day(line)


def covering_note(lines: list[str], is_title: Callable[[str], bool], has_day: Callable[[str], bool]) -> list[int]:
    """The indexes of a covering note's lines in `lines` ('' for blanks), none when there is none: the short
    sentences opening the text right above a heading-shaped line (`is_title`, which the caller makes refuse a field's
    line) without a day, itself right above a line with one (`has_day`)."""
    filled = [i for i, line in enumerate(lines) if line][: NOTE_LINES + 2]
    for k in range(1, min(NOTE_LINES, len(filled) - 2) + 1):
        note = [lines[i] for i in filled[:k]]
        headline, dated = lines[filled[k]], lines[filled[k + 1]]
        if not all(_is_note(line, is_title, has_day) for line in note):
            return []
        if is_title(headline) and not has_day(headline) and len(dated) <= DATED_MAX and has_day(dated):
            return filled[:k]
    return []
