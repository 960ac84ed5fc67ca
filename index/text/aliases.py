"""Aliases: names that stand for each other in a query (简称 ⇄ 全称: 工信部 and 工业和信息化部), from a table
shipped with the package (`index/text/data/aliases.txt`, provenance in its header) and an operator's own file
(`SEARCH_ALIASES`). Both are read at query time, never at build time: the index holds each form as written,
and a query holding one form asks for any of them, so an edit takes effect at the next query (the file is
read again when its modification time or size changes), without a rebuild.

Format: one group a line, its forms separated by spaces or tabs (`工业和信息化部 工信部`); `#` starts a
comment line. Forms are normalized like indexed text (Traditional -> Simplified, full-width -> half-width).
A full name joining two fields with a function character is written without it as often
(`发展和改革委员会` / `发展改革委员会`): typed so, it stands for its group (`unjoined`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from index.text.analysis import in_dictionary
from index.text.normalize import normalize_text

BUNDLED = Path(__file__).with_name("data") / "aliases.txt"
# Short forms found by rule in the corpus (a name's words' first characters, Latin letters in brackets) and by
# hand for the kinds of names people abbreviate; apart from BUNDLED, whose groups benchmarks/evalsets.py makes
# its abbreviation sets of, so that those sets stay the same queries as this table grows
ADDED = BUNDLED.with_name("short_forms.txt")
SHIPPED = (BUNDLED, ADDED)
# characters joining a name's two fields (工业和信息化部, 粮食和物资储备局, 食品与药品, 教育科学及文化)
JOINING = "和与及"
UNJOINED_SHORTEST = 6  # characters a form needs for its joined-up form to be read as the name (文化和旅游部)
# the country a national body's full name opens with, which people leave out when they write it in full
# (银行保险监督管理委员会 for 中国银行保险监督管理委员会)
COUNTRY = ("中华人民共和国", "中国")
UNPREFIXED_SHORTEST = 8  # characters the name needs without it (证券监督管理委员会; never 人民银行, 科学院)
COMPANY = ("公司", "集团")


class AliasError(ValueError):
    """An alias file that cannot be read or parsed; the message names the file and line."""


@dataclass(frozen=True)
class Found:
    """A stretch of a text that is one form of an alias group: where it stands and every other form."""

    start: int
    end: int
    text: str
    others: tuple[str, ...]


@dataclass(frozen=True)
class Aliases:
    """Every form with the other forms of its groups (a form in two groups stands for the forms of both)."""

    forms: dict[str, tuple[str, ...]]
    user_file: str | None

    @property
    def longest(self) -> int:
        return max(map(len, self.forms), default=0)

    def find(self, text: str) -> list[Found]:
        """The forms standing in `text` (lowercase, normalized), longest first from left to right, never
        overlapping: 国家卫健委 is one form, not 卫健委 inside it."""
        found, at, longest = [], 0, self.longest
        while at < len(text):
            for end in range(min(len(text), at + longest), at + 1, -1):
                others = self.forms.get(text[at:end])
                if others:
                    found.append(Found(at, end, text[at:end], others))
                    at = end
                    break
            else:
                at += 1
        return found

    def describe(self) -> dict:
        return {"forms": len(self.forms), "user_file": self.user_file}

    def joined(self, groups: list[tuple[str, ...]]) -> Aliases:
        """These aliases with `groups` (forms lowercase and normalized) besides: the pairs the index's own
        articles introduce (index/store/introduced.py)."""
        pairs = [(f, o) for f, others in self.forms.items() for o in others if f in self.forms.get(o, ())]
        return Aliases(_forms([*pairs, *groups]), self.user_file)  # a form only read (`unjoined`) is read again


def parse(text: str, name: str) -> list[tuple[str, ...]]:
    """The groups of an alias file; AliasError naming `name` and the line for a group of fewer than two forms."""
    groups = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        forms = tuple(dict.fromkeys(normalize_text(f).strip().lower() for f in line.split()))
        if len(forms) < 2:
            raise AliasError(f"{name}, line {number}: expected two or more forms separated by spaces, got {line!r}")
        groups.append(forms)
    return groups


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise AliasError(f"cannot read the alias file {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise AliasError(f"the alias file {path} is not UTF-8 text") from None


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError as error:
        raise AliasError(f"cannot read the alias file {path}: {error.strerror or error}") from None
    return stat.st_mtime_ns, stat.st_size


def unjoined(form: str) -> str | None:
    """`form` without the function characters joining its fields (发展和改革委员会 -> 发展改革委员会), for a form of
    UNJOINED_SHORTEST characters or more; None otherwise. A character making a word of jieba's dictionary with
    its neighbour joins nothing (共和国 of 中华人民共和国, 普及, 参与)."""
    if len(form) < UNJOINED_SHORTEST:
        return None
    kept = "".join(ch for at, ch in enumerate(form) if not _joining(form, at))
    return kept if kept != form else None


def unprefixed(form: str) -> str | None:
    """`form` without the country it opens with (中国证券监督管理委员会 -> 证券监督管理委员会), where what is left is
    a full name of UNPREFIXED_SHORTEST characters or more; None otherwise. A shorter rest is a common noun or
    a body every province has one of (人民银行, 科学院, 疾控中心), and a company's rest its trade and kind, any
    company's name (投资有限责任公司 of 中国投资有限责任公司, 电信集团有限公司)."""
    if form.endswith(COMPANY):
        return None
    for country in COUNTRY:
        if form.startswith(country) and len(form) - len(country) >= UNPREFIXED_SHORTEST and _chinese(form):
            return form[len(country) :]
    return None


def _joining(form: str, at: int) -> bool:
    if form[at] not in JOINING or not 0 < at < len(form) - 1:
        return False
    before, after = form[at - 1 : at + 1], form[at : at + 2]
    return all(_chinese(ch) for ch in before + after) and not in_dictionary(before) and not in_dictionary(after)


def _chinese(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=8)
def _load(user_file: str | None, stamps: tuple) -> Aliases:
    groups = [group for path in SHIPPED for group in parse(path.read_text(encoding="utf-8"), path.name)]
    if user_file:
        groups += parse(_read(Path(user_file)), user_file)
    return Aliases(_forms(groups), user_file or None)


def _forms(groups: list[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each form with the other forms of its groups, and a form written without its joining characters
    (`unjoined`) that no group lists with the forms of the one written with them. That form is read, never asked
    for: as one more form of 发改委 it lost abbreviation-check's tuning and test halves (−0.0031, −0.0039: articles
    writing 国家发展改革委员会 came before the answer)."""
    forms: dict[str, list[str]] = {}
    for group in groups:
        for form in group:
            forms.setdefault(form, []).extend(f for f in group if f != form)
    for form, others in list(forms.items()):
        if (plain := unjoined(form)) and plain not in forms:
            forms[plain] = [form, *others]
    for form, others in list(forms.items()):
        if (bare := unprefixed(form)) and bare not in forms:
            forms[bare] = [form, *others]
    return {f: tuple(dict.fromkeys(o)) for f, o in forms.items()}


def stamps(user_file: str | None = None) -> tuple:
    """What tells the aliases' files as they are now from any earlier state (each one's modification time and size)."""
    return (*map(_stamp, SHIPPED), _stamp(Path(user_file)) if user_file else None)


def load(user_file: str | None = None) -> Aliases:
    """The shipped aliases plus those of `user_file` (a path; None or "" for none), read again when either
    file changed on disk; AliasError for a user file that is missing or malformed."""
    return _load(user_file or None, stamps(user_file))
