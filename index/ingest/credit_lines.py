"""Credit lines a page leaves in the text: who filed the story, from which desk or wire, where it was datelined.

Real pages of other hands put lines over or under the story that only credit it, and their labellers leave them
out: a desk and its reporter (`国际中心／综合报导 记者林书豪`), a wire's translator (`星岛网编译 陈美玲 综合外电`), a
dateline alone on its line (`(新加坡3日讯)`), the helpers under the text (`(参与报道：王海燕、李明)`), an account's
credit (`原创：林小满 江城观察`), a short stamp alone (`20/04/28`), and a lead opening on its outlet's credit
(`央视网消息（时政评论员 杨禹）：…`, the sentence after it the story's). Each is known by its shape, never by an
outlet's name: a short line without a sentence's punctuation made only of desks, wire terms, roles and names; a
bracket holding only a place and a day with `讯`/`电`, or a helpers' label and names; an outlet's `消息` with a
credited role in brackets before a colon. A story's sentence naming a reporter is written (it has a verb and a
stop) and stays. The lines are left out of the text only (the page's lines keep them for its fields), and the
names a desk line or an opening credit gives are the writers when the page names none.
"""

from __future__ import annotations

import re

from index.text.lexicon import SURNAMES

CREDIT_MAX = 40  # characters: a credit line is a desk, a term and a name or two; a story's line runs longer

_NAME = r"[\u4e00-\u9fff·]{2,4}"
# a desk's or a wire's term: what the line says the story is (a roundup, a translation, from the wires)
_WIRE_TERM = re.compile(r"^(?:综合报导|综合报道|综合外电|外电|综合编译|编译|报导)$")
_DESK = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:中心|组|部|台)$")
# a role and its name glued (`记者林书豪`), or an outlet's translator (`星岛网编译陈美玲`, `星岛网编译`)
_ROLE_NAME = re.compile(rf"^(?:记者|特派记者|特派员|编译|实习记者)({_NAME})$")
_OUTLET_ROLE = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}?(?:网|社|报|台)(?:编译|综合报导|综合报道)({_NAME})?$")
_TOKENS = re.compile(r"[\s／/|｜]+")
_SENTENCE = re.compile(r"[。，！？；,;!?]")

# a dateline alone: a place and a day with 讯 or 电 in brackets
_DATELINE = re.compile(r"^[(（【]\s*[\u4e00-\u9fff]{2,8}\s*(?:\d{1,2}月)?\d{1,2}日\s*(?:讯|电|消息)\s*[)）】]$")
# the helpers under the text, in brackets
_HELPERS = re.compile(r"^[(（]\s*(?:参与报道|参与采写|参与采访|协助采访|联合报道|采写)\s*[:：][^()（）]{2,40}[)）]$")
# an account's credit: `原创：X 某号`, `原创 | X`
_ACCOUNT = re.compile(r"^原创\s*[:：|｜]\s*[^\s，。：:]{1,12}(?:\s+[^\s，。：:]{1,16})?$")
# a short stamp alone: `20/04/28`, two digits a part
_SHORT_STAMP = re.compile(r"^\d{2}/\d{2}/\d{2}$")
# a lead opening on its outlet's credit: `央视网消息（时政评论员 杨禹）：`
_OPENING = re.compile(
    r"^[\u4e00-\u9fff]{2,10}?(?:消息|讯)\s*[(（]\s*(?P<role>[\u4e00-\u9fff]{0,6}?(?:评论员|记者|通讯员|主持人|作者|撰稿人))"
    rf"\s*(?P<names>{_NAME}(?:[、\s]+{_NAME})*)\s*[)）]\s*[:：]\s*(?=\S)"
)


def _is_name(token: str) -> bool:
    return 2 <= len(token) <= 4 and (token[0] in SURNAMES or token[:2] in SURNAMES)


def desk_line(line: str) -> list[str] | None:
    """The names a desk-and-reporter line gives (maybe none), or None when `line` is no such line: every token a
    desk, a wire term, a role with its name or a name, one of them a wire term."""
    if not 0 < len(line) <= CREDIT_MAX or _SENTENCE.search(line):
        return None
    names: list[str] = []
    termed = False
    for token in (t for t in _TOKENS.split(line.strip()) if t):
        if _WIRE_TERM.match(token):
            termed = True
        elif match := _OUTLET_ROLE.match(token):
            termed = True
            names += [match.group(1)] if match.group(1) else []
        elif match := _ROLE_NAME.match(token):
            names.append(match.group(1))
        elif _is_name(token):
            names.append(token)
        elif not _DESK.match(token):
            return None
    return names if termed else None


def is_filing_credit(line: str) -> bool:
    """A line that only credits the story (see the module's note)."""
    line = line.strip()
    return bool(
        _DATELINE.match(line)
        or _HELPERS.match(line)
        or _ACCOUNT.match(line)
        or _SHORT_STAMP.match(line)
        or desk_line(line) is not None
    )


def filing_credits(kept: list[str]) -> set[int]:
    """The indexes of the credit lines among `kept` (the page's lines cleaning kept, '' for blanks)."""
    return {i for i, line in enumerate(kept) if line and is_filing_credit(line)}


def desk_writers(kept: list[str]) -> list[str]:
    """The names the page's desk lines give, in order."""
    names: list[str] = []
    for line in kept:
        for name in desk_line(line) or [] if line else []:
            names += [name] if name not in names else []
    return names


def without_opening_credit(paragraph: str) -> tuple[str, list[str]]:
    """`paragraph` without an outlet's credit opening it (`央视网消息（时政评论员 杨禹）：`), and the names it
    credits; unchanged, with no names, when it opens otherwise."""
    match = _OPENING.match(paragraph)
    if not match:
        return paragraph, []
    return paragraph[match.end() :], re.split(r"[、\s]+", match.group("names").strip())
