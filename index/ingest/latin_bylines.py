"""A writer's name in Latin letters alone in the byline slot, without a role: `Chris Lau　2021年9月19日`, `Wang Lei`
over `2019-02-10`, `Jenny Zhou / 2020年3月8日 / 本地新闻`, as Chinese pages of overseas media and blogs set it.

Overseas Chinese outlets and bloggers who studied abroad write their names in Latin letters (`Wang Lei`, `Chris
Lau`) and their themes show the name as a byline's first field with no role word, where a Chinese byline says
`记者` or `作者：`. What makes it the writer is where it stands: a field of its own in the page's head, above the
text, beside the post's day (on its line or the next one), the first of the line's fields. A name of two or three
capitalised words is a person's shape; a capitalised organisation's (`China Daily`, `Getty Images`, `Reuters
Staff`), a line in capitals (`NEWS ANALYSIS`) and a mail's or a board's day (`Thu Apr  2 08:45:10 CST 2020`)
are not. The held-out community pages lost these writers (issue
22, item 5: 37/50 and 30/40 writers on forums, blogs and old portals, bare Latin names among the misses).
"""

from __future__ import annotations

import re

from index.ingest.days import has_day

# two or three capitalised words, a hyphen within one (`Lau Siu-kai`), opening the line: alone, or the first of
# its fields (a separator, a wide space or two spaces after it, or a space and the day)
_NAME = re.compile(
    r"^([A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})(?=$|\s*[/／|｜·•]|\s*\u3000|\s{2,}|\s+\d)"
)
_ORGANISATION = re.compile(
    r"(?i)\b(?:news|times|post|daily|press|staff|media|group|team|network|agency|online|journal|weekly|review"
    r"|images?|photos?|studio|club|cent(?:er|re)|institute|university|college|company|limited|inc|ltd"
    r"|channel|radio|tv|magazine|blog|home|about|contact|login|more)\b"
)

# a weekday's or a month's abbreviation or name: `Thu Apr  2 08:45:10 CST 2020` opens with no one (a name may hold
# one, `Sun Yang`, `May Chen`: only a run of them all is a day)
_CALENDAR = re.compile(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?")


def bare_name(line: str) -> str | None:
    """The Latin name that opens a line of fields, or stands alone on it (`Grace Li　　2023-05-08 11:20`), or None;
    whether the line stands in the byline's slot, beside the day above the text, is the caller's to say."""
    found = _NAME.match(line.strip())
    if not found or _ORGANISATION.search(found.group(1)):
        return None
    return None if all(_CALENDAR.fullmatch(word) for word in found.group(1).split()) else found.group(1)


HEAD_LINES = 3  # lines under the headline where its byline stands


def under_headline(lines: list[str], headline: str) -> str | None:
    """The Latin name in the byline's slot among the page's shown `lines`: within HEAD_LINES lines under the
    `headline`, beside a day on its line or the next (`Tom Zhang` / `2022-07-21 18:05`), or None."""
    filled = [line.strip() for line in lines if line.strip()]
    at = next((i for i, line in enumerate(filled) if line == headline.strip()), None)
    head = [] if at is None else filled[at + 1 : at + 2 + HEAD_LINES]
    for k, line in enumerate(head[:HEAD_LINES]):
        if (name := bare_name(line)) and (has_day(line) or (k + 1 < len(head) and has_day(head[k + 1]))):
            return name
    return None
