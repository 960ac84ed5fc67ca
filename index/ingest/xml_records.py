"""XML of a schema the build does not know (a news agency's NITF or NewsML-G2 item, a CMS's own export, a wiki's
page export, another app's message backup, an archive's or an office system's record): read generically, by
where the prose sits and what the elements around it are called.

Records: a file holds several when one element repeats under a parent, each of the repeats holding its text in
its children (no prose of its own) beside a headline-like or date-like element or a date-like attribute, and the
repeats together holding half the file's writing or more (`<article>`s of an export, a wiki's `<page>`s, a
backup's messages); else the whole file is one record. Paragraphs (`<p>`, `<段落>`) repeat too, but hold their
own text and are no records.

A record's body is its element holding the most writing, either a container of paragraphs (two children of one
name or more holding text: `<body.content>` of `<p>`s, `<正文>` of `<段落>`s, the paragraphs read in order; a
paragraph whose text is all in inline runs, Word 2003 XML's `<w:p><w:r><w:t>`, one paragraph) or one element's
text (`<content>`, a wiki's `<text>`, a long attribute); the elements named as a headline, a day or a writer are
fields, never body. The body must read as prose (20 Chinese characters or more, with a sentence's
punctuation): a list of labels (a wiki's namespaces) is none. Its text is kept as the file gives it: HTML in
CDATA is read as a page by the caller, wikitext as the text it shows (wikitext.py), plain lines as paragraphs.

Fields are looked for from the body up to the record's top, the nearest found winning, then the best named: the
headline (`hl1`, `headline`, `title`, `subject`, `标题`, `题名`, or a name ending so), the day (an element or an
attribute named for a publication, `pubdate`, `date.issue`, `date.publication`, `firstCreated`, `发文日期`, then for a
date or a time, never for a change, an export or an archiving: `updatetime`, `exported`, `归档时间`; its value in ISO,
compact `20200330T101500+0800`, Chinese or epoch form, a zoned time read as China's day), the writer (`byline`,
`author`, `by`, `creator`, `作者`, `记者`; a machine account is none: `Administrator`, `Unknown`, `admin2`, a Windows
install's `微软用户`) and the address (`url`, `link`, `原文链接`: an http address). A holder named by its
attribute (Solr's `<field name="title">`, `<property name=…>`) is called by that name.

A file whose XML is damaged is read as far as it parses, and each record carries the damage.
"""

from __future__ import annotations

import datetime
import email.utils
import re
from collections import Counter
from functools import lru_cache

from lxml import etree

from index.ingest import bylines
from index.ingest.chat_exports import STORY_MIN
from index.ingest.days.clock import CHINA
from index.ingest.days.reading import parse_date
from index.ingest.feeds import Item
from index.ingest.field_tables import PUBLISHED_RANKS, TITLE_LABELS, WRITER_LABELS
from index.ingest.wikitext import is_wikitext, wiki_text

_WRITING = re.compile(r"[\u4e00-\u9fff]+")
_SENTENCE = re.compile(r"[。！？，；]")
MIN_PROSE = 20  # Chinese characters a body holds at least
RECORDS_SHARE = 0.5  # of the file's writing a group of repeated records holds at least
# the names of inline runs inside a paragraph (Word 2003 XML's, HTML's): their text is their paragraph's
_INLINE = {"r", "run", "t", "span", "a", "b", "i", "u", "em", "strong", "font", "sup", "sub", "br", "tab", "rpr", "ppr"}
SAMPLE = 20  # repeated siblings looked at to tell records from paragraphs (a file of 50,000 <p>s asks of 20)
_HOLDERS = {"field", "property", "prop", "attr", "attribute", "str", "string", "col", "column", "var", "arr", "date"}
_TITLES = ("hl1", "headline", "hedline", "title", "subject", "标题", "题名", "题目", "主题")
_TITLE_EXCLUDED = ("sub", "site", "channel", "column", "short", "alt", "section", "category", "series", "book")
_WRITERS = ("byline", "author", "by", "creator", "writer", "reporter", "作者", "记者", "撰稿", "撰稿人", "撰稿者")
_ADDRESSES = ("url", "link", "sourceurl", "originalurl", "href", "原文链接", "原文地址", "链接", "网址")
_CHANGES = (
    *("update", "modif", "edit", "expir", "embargo", "export", "archiv", "revis", "change", "access", "visit"),
    *(
        "crawl",
        "fetch",
        "saved",
        "last",
        "更新",
        "修改",
        "创建",
        "归档",
        "存档",
        "抓取",
        "访问",
        "入库",
        "保存",
        "导出",
    ),
)
_DATED = ("date", "time", "created", "stamp", "日期", "时间")
_PUBLISHED = ("pub", "issue", "release", "firstcreated", "发布", "发表", "发文", "印发")
_CHINESE_RANK = {label: rank for rank, labels in enumerate(PUBLISHED_RANKS) for label in labels}
# accounts a program or a shop's system writes in a document's author field: no person's name
MACHINE_ACCOUNTS = {
    *("administrator", "admin", "unknown", "anonymous", "system", "root", "user", "guest", "owner", "author"),
    *("editor", "管理员", "系统管理员", "匿名", "未知", "佚名", "用户", "作者"),
}
# the owner a Windows install names by default, written into every document it saves (`微软用户`, `微软中国`,
# `Windows 用户`, `MS User`): no writer (benchmarks/layouts.py FRESH_EXPORTS_13, Word 2003 XML's `<o:Author>`)
_INSTALL_OWNER = re.compile(r"微软\w*|\w{0,8}\s*用户|(?:MS|Windows|Microsoft)\b.*", re.IGNORECASE)
_ACCOUNT_SHAPE = re.compile(r"[A-Za-z_.\-]*\d[\w.\-]*|[a-z_.\-]+\d*")  # `admin2`, `user_12`, `newsbot`
_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_ISO_LOOSE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


@lru_cache(maxsize=4096)
def _tag_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def name_of(element) -> str:
    """What an element is called: its tag's local name (lowercased), or a holder's name attribute."""
    local = _tag_name(element.tag) if isinstance(element.tag, str) else ""
    if local in _HOLDERS:
        named = element.get("name") or element.get("key")
        if named and len(named) <= 40:
            return named.lower()
    return local


def writing(text: str) -> int:
    """Chinese characters in `text`, counted by runs (a run a match: 20 times faster than a match a character)."""
    return sum(map(len, _WRITING.findall(text)))


def _flat(name: str) -> str:
    return re.sub(r"[\s_.\-:]", "", name)


@lru_cache(maxsize=4096)  # names repeat: a file of 50,000 paragraphs asks of one name 50,000 times
def _title_rank(name: str) -> int | None:
    flat = _flat(name)
    if flat in _TITLES:
        return _TITLES.index(flat)
    if name in TITLE_LABELS:
        return len(_TITLES)
    if flat.endswith(("title", "headline")) and not flat.startswith(_TITLE_EXCLUDED):
        return len(_TITLES) + 1
    return None


@lru_cache(maxsize=4096)
def _date_rank(name: str) -> int | None:
    """0 for a publication's day, 1 for a date or a creation, 2 for a time or a stamp; None for no day or a
    change's, an export's or an archiving's."""
    flat = _flat(name)
    if flat in _CHINESE_RANK:
        return _CHINESE_RANK[flat]
    if any(word in flat for word in _CHANGES):
        return None
    if not any(word in flat for word in _DATED) and flat not in ("published", "issued", "ts"):
        return None
    if any(word in flat for word in _PUBLISHED):
        return 0
    return 1 if any(word in flat for word in ("date", "created", "日期")) else 2


@lru_cache(maxsize=4096)
def _address_rank(name: str) -> int | None:
    flat = _flat(name)
    return _ADDRESSES.index(flat) if flat in _ADDRESSES else None


def _address(value: str) -> str | None:
    value = value.strip()
    return value if re.match(r"https?://\S+$", value) else None


@lru_cache(maxsize=4096)
def _writer_rank(name: str) -> int | None:
    flat = _flat(name)
    if flat in _WRITERS:
        return _WRITERS.index(flat)
    return len(_WRITERS) if flat in WRITER_LABELS else None


def _is_field(element) -> bool:
    name = name_of(element)
    return _title_rank(name) is not None or _date_rank(name) is not None or _writer_rank(name) is not None


def when(value: str) -> str | None:
    """A day (and time) from a date field's value: ISO or compact (`20200330T101500+0800`), a zoned time as
    China's; seconds or milliseconds since 1970 as China's; RFC 822; a Chinese day. None when it is no day."""
    value = value.strip()
    if value.isdigit() and len(value) in (10, 13):
        moment = datetime.datetime.fromtimestamp(int(value) / (1000 if len(value) == 13 else 1), CHINA)
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    if (match := _ISO.match(value)) or (match := _ISO_LOOSE.match(value)):
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups()[:6])
        zone = match.group(7) if match.re is _ISO else None
        try:
            moment = datetime.datetime(year, month, day, hour, minute, second)
        except ValueError:
            return None
        if zone:
            offset = datetime.timedelta(0)
            if zone != "Z":
                sign = -1 if zone[0] == "-" else 1
                offset = sign * datetime.timedelta(hours=int(zone[1:3]), minutes=int(zone[-2:]))
            moment = moment.replace(tzinfo=datetime.timezone(offset)).astimezone(CHINA).replace(tzinfo=None)
        if not 1900 <= moment.year <= 2100:
            return None
        return moment.strftime("%Y-%m-%d %H:%M:%S" if match.group(4) else "%Y-%m-%d")
    try:
        return email.utils.parsedate_to_datetime(value).strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    return parse_date(value) if len(value) <= 40 else None


def person(value: str) -> str | None:
    """The writers `value` names (a byline's names alone, `张明、李华`), `value` itself when it is a name or a
    newsroom's credit, None for a machine account or no name."""
    value = " ".join(value.split())
    if not value or len(value) > 40 or "@" in value or "://" in value:
        return None
    if value.lower() in MACHINE_ACCOUNTS or (value.isascii() and _ACCOUNT_SHAPE.fullmatch(value)):
        return None
    if _INSTALL_OWNER.fullmatch(value):
        return None
    found = bylines.writers(value)  # a byline's names without its outlet and role: `新华社记者 张明 李华`
    return "、".join(found) if found else value


def _text(element) -> str:
    return "".join(t for t in element.itertext() if isinstance(t, str)).strip()


def _direct(element) -> str:
    """An element's own text: its text and its children's tails (not its children's text)."""
    return (element.text or "") + "".join(child.tail or "" for child in element)


def _elements(element) -> list:
    return [child for child in element if isinstance(child.tag, str)]


def _structured(element) -> bool:
    """A record's shape: a headline-like or date-like attribute (`<msg time=…>text</msg>`), or no prose of its
    own and a headline-like or date-like element."""
    if any(_is_field_name(key) for key in element.attrib):
        return True
    if writing(_direct(element)) or not _elements(element):
        return False
    return any(_is_field(e) for e in element.iterdescendants() if isinstance(e.tag, str))


def _dated(element) -> bool:
    return any(
        _date_rank(name_of(e)) is not None or any(_date_rank(key.lower()) is not None for key in e.attrib)
        for e in element.iter()
        if isinstance(e.tag, str)
    )


def _headed(root, members: list) -> bool:
    """A headline-like element with text stands in the file outside `members`: they are the sections of one
    headed document (DocBook's, JATS's `<sec>`s under the article's title), unless they carry days of their own."""
    within = {e for member in members for e in member.iter()}
    return any(
        isinstance(e.tag, str) and e not in within and _title_rank(name_of(e)) is not None and _text(e)
        for e in root.iter()
    )


def _records(root) -> list:
    """The file's records: the shallowest group of repeated structured siblings holding half its writing, but
    for the undated sections of a headed document."""
    total = writing(_text(root))
    level = [root]
    while level:
        following = []
        for parent in level:
            children = _elements(parent)
            for name, count in Counter(name_of(c) for c in children).items():
                members = [c for c in children if name_of(c) == name]
                if count < 2 or sum(_structured(m) for m in members[:SAMPLE]) * 2 < min(count, SAMPLE):
                    continue
                if not total or sum(writing(_text(m)) for m in members) < RECORDS_SHARE * total:
                    continue
                if _headed(root, members) and not any(_dated(m) for m in members):
                    continue
                return members
            following += [c for c in children if not _is_field(c)]
        level = following
    return [root]


def _candidates(element, found: list[tuple[int, object]]) -> int:
    """Collect (writing, element) for each possible body under `element` (itself included); return the
    writing it holds outside field elements."""
    if _is_field(element):
        return 0
    own = writing(_direct(element))
    held = [(child, _candidates(child, found)) for child in element if isinstance(child.tag, str)]
    inner = sum(amount for _, amount in held)
    if own or _of_runs(element):  # an element of text: its whole text, inline children with it
        found.append((own + inner, element))
        return own + inner
    blocks = Counter(name_of(child) for child, amount in held if amount)
    if blocks and blocks.most_common(1)[0][1] >= 2:  # a container of paragraphs
        found.append((inner, element))
    for key, value in element.attrib.items():
        if writing(value) >= MIN_PROSE and not _is_field_name(key):
            found.append((writing(value), (element, key)))
    return inner


def _of_runs(element) -> bool:
    """A paragraph whose text is all in inline runs (Word 2003 XML's `<w:p><w:r><w:t>`, `<span>`s): one element of
    text, not a container of its runs."""
    children = _elements(element)
    return bool(children) and all(_tag_name(child.tag) in _INLINE for child in children) and bool(_text(element))


def _is_field_name(name: str) -> bool:
    name = name.lower()
    return _title_rank(name) is not None or _date_rank(name) is not None or _writer_rank(name) is not None


def _paragraphs(element) -> list[str]:
    """A container's paragraphs in order: each child with text of its own one, others read through."""
    found = []
    for child in _elements(element):
        if _is_field(child):
            continue
        if writing(_direct(child)) or not _elements(child) or _of_runs(child):
            if text := _text(child):
                found.append(text)
        else:
            found += _paragraphs(child)
    return found


def _body(record) -> tuple[object, str] | None:
    """The record's body element (or (element, attribute)) and its text, or None when it holds no prose."""
    found: list[tuple[int, object]] = []
    _candidates(record, found)
    for amount, holder in sorted(found, key=lambda c: -c[0]):
        if amount < MIN_PROSE:
            return None
        if isinstance(holder, tuple):
            text = holder[0].get(holder[1]) or ""
        elif writing(_direct(holder)) or _of_runs(holder):
            text = _text(holder)
        else:
            text = "\n\n".join(_paragraphs(holder))
        if is_wikitext(text):
            text = wiki_text(text)
        if writing(text) >= MIN_PROSE and _SENTENCE.search(text):
            return holder, text
    return None


def _value(element, rank_of, text_too: bool = True) -> list[tuple[int, str]]:
    """(rank, value) for an element named as a field (its text, else a date's `norm`/`value` attribute), unless
    not `text_too`, and for its attributes named so."""
    found = []
    rank = rank_of(name_of(element))
    if rank is not None and text_too:
        people = [e for e in element.iterdescendants() if isinstance(e.tag, str) and name_of(e) in ("person", "name")]
        text = _text(people[0]) if people else _text(element)
        if not text:
            text = next(
                (element.get(k) for k in ("norm", "value", "content", "datetime", "date", "href") if element.get(k)), ""
            )
        found.append((rank, text))
    for key, value in element.attrib.items():
        if (rank := rank_of(key.lower())) is not None and value.strip():
            found.append((rank + 0.5, value))
    return found


def _field(body, record, rank_of, read) -> str | None:
    """The field nearest the body (walking up to the record's top), the best ranked at the nearest level that
    has one that reads (`read`: None when a value is no such field), the first in the file's order among equals."""
    element = body[0] if isinstance(body, tuple) else body
    # what the body reads as its text is no field; a container's own field elements (its title) are
    inside = set() if isinstance(body, tuple) or not writing(_direct(body)) else set(body.iter())
    while element is not None:
        values = [
            found
            for candidate in element.iter()
            if isinstance(candidate.tag, str)
            for found in _value(candidate, rank_of, candidate not in inside)
        ]
        for _, value in sorted(values, key=lambda found: found[0]):
            if (read_value := read(value)) is not None:
                return read_value
        if element is record:
            return None
        element = element.getparent()
    return None


def _title(value: str) -> str | None:
    value = " ".join(value.split())
    return value if value and writing(value) and len(value) <= 200 else None


_DECLARED = re.compile(rb"^\s*<\?xml[^>]*?encoding=[\"']([\w.:-]+)[\"'][^>]*\?>")


def _parse(data: bytes):
    """(root or None, the first error's line and message or None) of `data` read as far as it parses."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    errors = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
    return root, (errors[0].line, errors[0].message.strip().split("\n")[0][:80]) if errors else None


def root_and_damage(data: bytes):
    """The root of an XML file read as far as it parses, and what was damaged (None when nothing was). Bytes
    invalid in the file's encoding end libxml2's reading: the file is then read again decoded with each invalid
    sequence as U+FFFD, and the reading that keeps more text wins."""
    root, error = _parse(data)
    if error is None:
        return root, None
    if "encoding" in error[1].lower() or "utf-8" in error[1].lower():
        declared = _DECLARED.match(data)
        name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
        try:
            text = data.decode("gb18030" if name in ("gbk", "gb2312") else name, "replace")
        except LookupError:
            text = data.decode("utf-8", "replace")
        again, _ = _parse(_DECLARED.sub(b"", text.encode("utf-8"), count=1))
        if again is not None and (root is None or len(_text(again)) > len(_text(root))):
            root = again
    return root, f"the XML is damaged at line {error[0]} ({error[1]}): read as far as it parses"


def records(data: bytes) -> tuple[list[Item], str]:
    """Each record of an XML file that holds prose, as an item (its text and its title, date and author); and,
    when there is none, why. Where a file holds several records and none has a headline (a backup's messages),
    a record is an article only with an article's length of writing (chat_exports.STORY_MIN)."""
    root, damage = root_and_damage(data)
    if root is None:
        return [], "any XML element that parses"
    found = []
    several = len(group := _records(root)) > 1
    for record in group:
        body = _body(record)
        if body is None:
            continue
        holder, text = body
        fields = {}
        if title := _field(holder, record, _title_rank, _title):
            fields["title"] = title
        if day := _field(holder, record, _date_rank, when):
            fields["date"] = day
        if writer := _field(holder, record, _writer_rank, person):
            fields["author"] = writer
        if address := _field(holder, record, _address_rank, _address):
            fields["url"] = address
        found.append(Item(text, fields, damage or ""))
    if several and not any("title" in item.fields for item in found):
        found = [item for item in found if writing(item.text) >= STORY_MIN]
    why = f"prose in any element of the XML file (root <{_local(root.tag)}>: no {MIN_PROSE} characters of sentences)"
    return found, why
