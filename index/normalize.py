"""Text normalization: pure functions, one rule each, applied in `normalize_text` and `clean_lines`.

Indexing and querying share `normalize_text`, so a Traditional or full-width query meets the same
characters the index holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

from index.rules import BUTTON_SEPARATORS, BUTTON_WORDS, LINE_RULE_MAX_CHARS, LINE_RULES, TAIL_BLOCK_RULES

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK}]")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified with OpenCC's t2s (phrase-aware: 乾縣 becomes 乾县, not 干县).

    t2s reads every character as Traditional, so Simplified text that uses a character both scripts
    share would be changed a second time (乾县 -> 干县). A character t2s changes is kept when reading the
    text as Simplified (s2t, then t2s) keeps it, which makes the conversion idempotent.
    """
    if not text:
        return text
    converted = _t2s().convert(text)
    if converted == text:
        return text
    as_simplified = _t2s().convert(_s2t().convert(text))
    if not len(text) == len(converted) == len(as_simplified):
        return converted
    return "".join(
        original if kept == original else new
        for original, new, kept in zip(text, converted, as_simplified, strict=True)
    )


def is_traditional(text: str) -> bool:
    """True when converting to Simplified changes a noticeable share of the Chinese characters."""
    cjk = CJK_RE.findall(text[:20000])
    if not cjk:
        return False
    sample = "".join(cjk)
    changed = sum(a != b for a, b in zip(sample, to_simplified(sample), strict=False))
    return changed >= max(3, len(sample) // 100)


# Pinyin syllables written after characters as reading aids: 對(duì)網(wǎng). Tone-marked vowels make
# an annotation certain; unmarked ones (的(de)) count only in a text that has marked ones.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = rf"[a-zü{_TONED}]{{1,6}}[1-5]?"
_ANNOTATION = re.compile(rf"(?<=[{_CJK}])[(（]\s*({_PINYIN})\s*[)）]")
_TONED_RE = re.compile(f"[{_TONED}]|[a-z][1-5]$")


def strip_pinyin(text: str) -> str:
    """Remove per-character pinyin annotations; real parentheses such as (党组) or (2019—2022) stay."""
    found = [m for m in _ANNOTATION.finditer(text)]
    if not found:
        return text
    dense = sum(1 for m in found if _TONED_RE.search(m.group(1))) >= 3

    def drop(m: re.Match[str]) -> str:
        return "" if dense or _TONED_RE.search(m.group(1)) else m.group(0)

    return _ANNOTATION.sub(drop, text)


_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20})  # ideographic and no-break space


def fold_width(text: str) -> str:
    """Full-width letters and digits and the ideographic space to half-width: ５Ｇ -> 5G."""
    return text.translate(_WIDTH)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")


def normalize_text(text: str) -> str:
    """The form both documents and queries are indexed in: no pinyin, Simplified, half-width, no controls.

    Idempotent, as a query must meet the text it was indexed from: width is folded before pinyin is looked
    for (`對(ｄuì)`), and pinyin is stripped until none is left, since removing one annotation can bring the
    next one to its character (`对(duì)(duì)`).
    """
    text = fold_width(_CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
    while (stripped := strip_pinyin(text)) != text:
        text = stripped
    return to_simplified(text)


def is_boilerplate(line: str) -> bool:
    """A page-furniture line: matched by a rule, a row of buttons, or no words at all."""
    if not line or not re.search(rf"[{_CJK}A-Za-z0-9]", line):
        return True
    if len(line) <= LINE_RULE_MAX_CHARS and any(pattern.search(line) for pattern, _ in LINE_RULES):
        return True
    words = [w for w in BUTTON_SEPARATORS.split(line) if w]
    return len(line) <= 40 and bool(words) and all(w in BUTTON_WORDS for w in words)


def clean_lines(text: str) -> list[str]:
    """Stripped lines of `text` with boilerplate dropped; blank lines are kept as '' separators."""
    lines = [line.strip() for line in text.split("\n")]
    filled = [i for i, line in enumerate(lines) if line]
    if filled:
        half = filled[len(filled) // 2]
        for i in filled:
            if i >= half and any(p.search(lines[i]) for p, _ in TAIL_BLOCK_RULES):
                lines = lines[:i]
                break
    return [line if line and not is_boilerplate(line) else "" for line in lines]


_CLOSERS = "”’」』)）】》\"'"
_CLAUSE_END = "。！？；：…!?;:"


def ends_sentence(line: str) -> bool:
    """True when `line` ends a sentence or introduces a list (closing quotes are looked through)."""
    core = line.rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] in _CLAUSE_END


HEADING_MAX = 40


def is_heading_shaped(line: str) -> bool:
    """Short, unpunctuated at the end, with Chinese in it: what a title or section heading looks like."""
    return (
        0 < len(line) <= HEADING_MAX
        and not ends_sentence(line)
        and line[-1] not in "，、,"
        and bool(CJK_RE.search(line))
    )


def rejoin_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs from lines: a paragraph broken mid-sentence (`确保党的全` + `面覆盖。`) is glued back.

    A line is continued by the next non-blank one only when it is too long or too open-ended to be a
    heading and does not end a sentence, and the next line is not heading-shaped itself, so a heading
    is never glued to the paragraph after it (or a fragment before it).
    """
    out: list[str] = []
    glue = False
    for line in lines:
        if not line:
            continue
        if glue and out and not is_heading_shaped(line) and not line.startswith("——"):
            out[-1] += line
        else:
            out.append(line)
        glue = not ends_sentence(out[-1]) and not is_heading_shaped(out[-1]) and not out[-1].startswith("——")
    return out
