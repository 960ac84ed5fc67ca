"""A video's subtitles (`.srt`, WebVTT's `.vtt`): the cues read as the script they were cut from.

A news video's subtitles hold its script in cues of a dozen characters, each under a timing line (`00:00:01,000
--> 00:00:03,500`) and often a number or an id: the timing lines, numbers and ids are never text, a cue's lines are
one line, its styling (`<v 主持人>`, `<c.yellow>`, `{\\an8}`) no part of it, and a cue wholly in brackets is
a sound's or a channel's note (`（音乐）`, `[掌声]`, `（江城新闻频道出品）`), not speech, unless it runs on from
the words before without a pause (a wire story's `(完)`: the script's own). Cues run on into sentences; a
new paragraph starts where a cue ends a sentence and the next comes after a pause of a second or more (the speaker's
breath between paragraphs; inside one, cues follow within a tenth of a second).
The headline is what WebVTT's header or a `NOTE` block names as the title (`WEBVTT - X`, `标题：X`, `Title: X`), else
a headline card's, else the file's name when it has Chinese in it (a video's subtitles are saved under its
headline); the day is the first day a `NOTE` or the header gives (`日期：2020-03-30`, `NOTE 发布于 2020年3月30日`),
else the card's. A news video may open on its headline shown as a card: a first cue placed at the top of the
picture (`{\\an8}`, WebVTT's `line:5%`), no sentence, a pause after it and the next cue placed elsewhere
(subtitles all set at the top have no card); its lines are the headline, but one holding a day, which gives the day
(`江城新闻 2020年3月30日`). Where neither a header, a note, a card nor a name names the headline, the script has
none: its first spoken line (`各位观众晚上好！`) is the anchor's, never the headline (index.ingest.sources marks the
item `untitled`, and extraction takes no line for one). A file with no cue is no article and is reported so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.ingest.feeds import Item

_TIMING = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{1,3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{1,3})")
_TAG = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")
_BRACKETED = re.compile(r"[（(\[【♪].*[）)\]】♪]")
_SENTENCE_END = re.compile(r"[。！？!?…”」』]$")
_TITLE_LABEL = re.compile(r"(?i)^(?:标题|題目|题目|标 题|title)\s*[：:]\s*(.+)$")
_DAY = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z0-9]")
_BLOCKS = ("STYLE", "REGION")
_PAUSE = 1.0  # seconds between a sentence's last cue and the next that start a paragraph (and end a card)
_TOP_TAG = re.compile(r"\{\\an[789]\}")  # an SSA/ASS override placing a cue at the top
_LINE_SETTING = re.compile(r"\bline:(-?\d+(?:\.\d+)?)(%?)")
TOP_SHARE = 20  # per cent of the picture's height from its top a card's line setting is within
TOP_LINES = 2  # or lines from the top (WebVTT's `line:0`, `line:1`)


def _seconds(hours: str | None, minutes: str, seconds: str, millis: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis.ljust(3, "0")) / 1000


def _joined(lines: list[str]) -> str:
    out = ""
    for line in (" ".join(_TAG.sub("", line).split()) for line in lines):
        if out and line and _LATIN.match(out[-1]) and _LATIN.match(line[0]):  # two words; Chinese runs on
            out += " "
        out += line
    return out


def _heads(block: list[str]) -> list[str]:
    """What a header or a NOTE block says, line by line (`WEBVTT - X` its X, `NOTE 发布于 …` its words)."""
    first = re.sub(r"^(?:WEBVTT|NOTE)\s*-?\s*", "", block[0])
    return [line for line in [first, *block[1:]] if line.strip()]


def _at_top(lines: list[str], settings: str) -> bool:
    """A cue placed at the top of the picture, by an override tag or by its WebVTT line setting."""
    if any(_TOP_TAG.search(line) for line in lines):
        return True
    placed = _LINE_SETTING.search(settings)
    if placed is None:
        return False
    value = float(placed[1])
    return 0 <= value <= (TOP_SHARE if placed[2] else TOP_LINES)


def _card_fields(lines: list[str]) -> dict[str, str]:
    """A headline card's fields: the day a line holding one gives, the other lines the headline."""
    fields: dict[str, str] = {}
    words = [_joined([line]) for line in lines]
    for line in words:
        if (day := _DAY.search(line)) and "date" not in fields:
            fields["date"] = day.group()
    headline = "".join(line for line in words if not _DAY.search(line))
    if _CJK.search(headline):
        fields["title"] = headline
    return fields


def cues_text(text: str, name: str = "") -> Iterator[Item]:
    """The subtitles' script as one item: the cues' words in sentences and paragraphs, the headline and the day
    their header or notes give (else the file's `name`); nothing when they hold no cue."""
    paragraphs: list[str] = []
    fields: dict[str, str] = {}
    heads: list[str] = []
    header, last_end = "", None
    card: tuple[float, str, dict[str, str]] | None = None  # a headline card's end, words and fields
    lines_of = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    for number, block in enumerate(re.split(r"\n\s*\n", lines_of)):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if not lines or lines[0].split(" ", 1)[0] in _BLOCKS:
            continue
        if number == 0 and lines[0].startswith("WEBVTT"):
            header = re.sub(r"^WEBVTT\s*-?\s*", "", lines[0]).strip()  # `WEBVTT - X`: the header's own words
            heads += _heads(lines)
            continue
        if re.match(r"NOTE(?:\s|$)", lines[0]):
            heads += _heads(lines)
            continue
        timing = next((k for k, line in enumerate(lines) if _TIMING.search(line)), None)
        if timing is None:
            continue
        timed = _TIMING.search(lines[timing])
        start, end = _seconds(*timed.groups()[:4]), _seconds(*timed.groups()[4:])
        said = _joined(lines[timing + 1 :])
        top = _at_top(lines[timing + 1 :], lines[timing])
        if card is not None and not paragraphs and (start - card[0] < _PAUSE or top):  # no card: the script's words
            paragraphs.append(card[1])
            last_end, card = card[0], None
        opening = card is None and not paragraphs and last_end is None and not _BRACKETED.fullmatch(said)
        if opening and said and not _SENTENCE_END.search(said) and top:
            card = (end, said, _card_fields(lines[timing + 1 :]))
            continue
        run_on = last_end is not None and start - last_end < _PAUSE
        if not said or (_BRACKETED.fullmatch(said) and not run_on):  # `(完)` running on ends the script's words
            continue
        ends_sentence = bool(paragraphs) and _SENTENCE_END.search(paragraphs[-1])
        if not paragraphs or (ends_sentence and last_end is not None and not run_on):
            paragraphs.append(said)
        else:
            paragraphs[-1] = _joined([paragraphs[-1], said])
        last_end = end
    if card is not None and not paragraphs:  # a card and no script: its words are all there is
        paragraphs, card = [card[1]], None
    if not paragraphs:
        return
    for line in heads:
        if (title := _TITLE_LABEL.match(line)) and "title" not in fields:
            fields["title"] = title[1].strip()
        elif (day := _DAY.search(line)) and "date" not in fields:
            fields["date"] = day.group()
    if header and "title" not in fields and not _DAY.search(header):
        fields["title"] = header
    fields = (card[2] if card else {}) | fields  # the header's and the notes' fields over the card's
    if "title" not in fields and _CJK.search(name):
        fields["title"] = name
    yield Item("\n".join(paragraphs), fields)
