"""A database dumped as SQL (mysqldump's `INSERT INTO \\`articles\\` (…) VALUES (…),(…);`, an embedded database's
`.dump` with `INSERT INTO news VALUES(…);` under its `CREATE TABLE news(…)`, pg_dump's `COPY public.news (…) FROM
stdin;` block of tab-separated rows closed by `\\.`): each row of a table with a title's and a text's column is an
article, its other columns its fields by their names (`pub_time`, `source`, `author`).
A CMS that keeps its headlines and its bodies in two tables (DedeCMS's `dede_archives` and `dede_addonarticle`,
PHPCMS's `news` and `news_data`) has the body joined to its headline by the rows' first column, the article's id.
A day written as unix seconds (or milliseconds) is read as the day it names in China; a writer column holding the
site's account (`admin`, `本站编辑`) names no one. A dump with no such table holds no story and is reported as what
it is. (benchmarks/layouts.py FRESH_EXPORTS_11: such dumps were skipped whole, "no table with a title's and a
text's column".)
A summary's column is no text's (帝国CMS's `smalltext` beside its headline, the body in `phome_ecms_news_data_1`:
read as the text, it cost every paragraph but the lead's, FRESH_EXPORTS_13), and the body's table gives the fields
the headline's lacks (帝国CMS 7 keeps `writer` and `befrom`, the source, beside `newstext`); PHPCMS's `copyfrom`
writes its source as `来源|0`.

Values are read as SQL writes them: strings in single quotes (a quote doubled or escaped with a backslash, and
mysqldump's `\\n`, `\\t`, `\\\\` escapes), numbers and NULL; a COPY row's fields as PostgreSQL's text format writes
them (the same backslash escapes, `\\N` for NULL).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.ingest.days.clock import china_moment
from index.ingest.feeds import Item
from index.ingest.xml_records import MACHINE_ACCOUNTS

_SCHEMA = r"(?:\w+\.)?"  # pg_dump's `public.`
_INSERT = re.compile(
    rf"INSERT\s+(?:IGNORE\s+)?INTO\s+{_SCHEMA}[`\"\[]?(\w+)[`\"\]]?\s*(\(([^()]*)\))?\s*VALUES\s*", re.I
)
_CREATE = re.compile(rf"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?{_SCHEMA}[`\"\[]?(\w+)[`\"\]]?\s*\(", re.I)
_COPY = re.compile(rf'^COPY\s+{_SCHEMA}"?(\w+)"?\s*\(([^()]*)\)\s+FROM\s+stdin;[ \t]*\r?\n', re.I | re.M)
_COPY_END = re.compile(r"^\\\.[ \t]*\r?$", re.M)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "", "\\": "\\", "'": "'", '"': '"'}
# a column's name by the field it holds
_COLUMNS = {
    "title": ("title", "subject", "headline", "name", "标题"),
    "text": ("content", "body", "text", "article", "contents", "detail", "正文", "内容"),
    "date": ("pub_time", "pubtime", "publish_time", "pub_date", "published", "publish_date", "date", "created_at"),
    "source": ("source", "media", "site", "来源", "befrom", "copyfrom"),
    "author": ("author", "writer", "作者"),
}
# where no column has one of these names: a text's column by its name's end (`newstext`, `post_content`), a day's
# by a time's name that is no update's or entry's (`pubdate`, `inputtime`; never `updatetime`, `senddate`)
_TEXT_END = re.compile(r"\w*(?:content|body|text)$")
_SUMMARY = re.compile(r"small|short|summ|intro|desc|abstract|brief|excerpt|digest|sub")  # `smalltext`: a summary
_DAY_NAME = re.compile(r"\w*(?:time|date)$")
_NO_DAY = re.compile(r"update|modif|edit|last|send|true|expire|end|start|sort|login")
_PUBLISHED = re.compile(r"pub")
_SITE_ACCOUNT = re.compile(r"(?:本站|本网|网站)?(?:编辑|小编|管理员|编辑部)")


def _names(declared: str) -> list[str]:
    return [part.strip().strip('`"[]').lower() for part in declared.split(",")]


def _create_columns(sql: str, start: int) -> list[str]:
    """The column names of the CREATE TABLE body opening at `start` (constraints left out)."""
    depth, end = 1, start
    while end < len(sql) and depth:
        depth += {"(": 1, ")": -1}.get(sql[end], 0)
        end += 1
    names = []
    for part in re.split(r",(?![^()]*\))", sql[start : end - 1]):
        word = part.strip().split(None, 1)[0].strip('`"[]').lower() if part.strip() else ""
        if word and word.upper() not in ("PRIMARY", "KEY", "UNIQUE", "CONSTRAINT", "INDEX", "FOREIGN", "CHECK"):
            names.append(word)
    return names


def _value(sql: str, at: int) -> tuple[str | None, int]:
    """The value starting at `at` and where it ends."""
    if sql[at] == "'":
        out, k = [], at + 1
        while k < len(sql):
            ch = sql[k]
            if ch == "\\" and k + 1 < len(sql):
                out.append(_ESCAPES.get(sql[k + 1], sql[k + 1]))
                k += 2
            elif ch == "'" and sql[k + 1 : k + 2] == "'":
                out.append("'")
                k += 2
            elif ch == "'":
                return "".join(out), k + 1
            else:
                out.append(ch)
                k += 1
        return "".join(out), k
    match = re.compile(r"[^,)]*").match(sql, at)
    word = match.group().strip()
    return (None if word.upper() == "NULL" else word), match.end()


def _rows(sql: str, at: int) -> tuple[list[list[str | None]], int]:
    """The tuples of a VALUES list starting at `at`, and where the statement ends."""
    rows = []
    while at < len(sql):
        while at < len(sql) and sql[at] in " \t\r\n,":
            at += 1
        if at >= len(sql) or sql[at] != "(":
            break
        at += 1
        row: list[str | None] = []
        while at < len(sql):
            while at < len(sql) and sql[at] in " \t\r\n":
                at += 1
            if at >= len(sql):
                break
            value, at = _value(sql, at)
            row.append(value)
            while at < len(sql) and sql[at] in " \t\r\n":
                at += 1
            if at < len(sql) and sql[at] == ",":
                at += 1
                continue
            at += 1  # the closing parenthesis
            break
        rows.append(row)
    return rows, at


def _field(columns: list[str], kind: str) -> int | None:
    named = next((columns.index(name) for name in _COLUMNS[kind] if name in columns), None)
    if named is not None or kind not in ("text", "date"):
        return named
    if kind == "text":
        ends = (k for k, name in enumerate(columns) if _TEXT_END.fullmatch(name) and not _SUMMARY.match(name))
        return next(ends, None)
    days = [k for k, name in enumerate(columns) if _DAY_NAME.fullmatch(name) and not _NO_DAY.search(name)]
    return next((k for k in days if _PUBLISHED.search(columns[k])), days[0] if days else None)


def _day(value: str) -> str:
    """A day as written, or unix seconds (milliseconds) as the day and hour they name in China; `0` none."""
    if not re.fullmatch(r"\d{9,13}", value.strip()):
        return "" if value.strip() in ("0", "") else value
    seconds = int(value) / (1000 if len(value.strip()) > 11 else 1)
    moment = china_moment(seconds)
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else ""


def _person(value: str) -> str:
    """A writer's value, none when it is the site's account (`admin`, `本站编辑`, `管理员`)."""
    word = value.strip()
    return "" if word.lower() in MACHINE_ACCOUNTS or _SITE_ACCOUNT.fullmatch(word) else value


def _copy_value(field: str) -> str | None:
    """A field of a COPY row in PostgreSQL's text format."""
    if field == "\\N":
        return None
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[1]), field)


def _copy_rows(sql: str) -> Iterator[tuple[list[str], list[list[str | None]]]]:
    """Each COPY … FROM stdin block's column names and rows."""
    for match in _COPY.finditer(sql):
        end = _COPY_END.search(sql, match.end())
        block = sql[match.end() : end.start() if end else len(sql)]
        rows = [[_copy_value(f) for f in line.split("\t")] for line in block.splitlines() if line]
        yield _names(match[2]), rows


def _source(value: str) -> str:
    """A source's value without PHPCMS's flag after a bar (`新华网|0`)."""
    return re.sub(r"\|\d*$", "", value).strip()


def _fields(columns: list[str], row: list[str | None]) -> dict[str, str]:
    fields = {}
    for kind, read in (("title", str), ("date", _day), ("source", _source), ("author", _person)):
        k = _field(columns, kind)
        if k is not None and row[k] and (value := read(row[k])):
            fields[kind] = value
    return fields


def _items(
    columns: list[str], rows: list[list[str | None]], bodies: dict[str, tuple[str, dict[str, str]]]
) -> Iterator[Item]:
    """The rows of one table as items, when it has a title's column and a text's column or a body joined by id
    (the body's table giving the fields the row lacks)."""
    title, text = _field(columns, "title"), _field(columns, "text")
    if title is None or (text is None and not bodies):
        return
    for row in rows:
        if len(row) != len(columns) or not row:
            continue
        joined, given = bodies.get(row[0] or "", ("", {})) if text is None else ("", {})
        body = row[text] if text is not None else joined
        if body:
            yield Item(body, given | _fields(columns, row))


def _tables(sql: str) -> dict[str, tuple[list[str], list[list[str | None]]]]:
    """Each table's columns and rows, its INSERTs' and its COPY blocks' together, in the dump's order."""
    declared = {m[1].lower(): _create_columns(sql, m.end()) for m in _CREATE.finditer(sql)}
    tables: dict[str, tuple[list[str], list[list[str | None]]]] = {}
    at = 0
    while (match := _INSERT.search(sql, at)) is not None:
        columns = _names(match[3]) if match[3] else declared.get(match[1].lower(), [])
        rows, at = _rows(sql, match.end())
        named = f"{match[1].lower()} {','.join(columns)}"  # a table's INSERTs naming other columns kept apart
        tables.setdefault(named, (columns, []))[1].extend(r for r in rows if len(r) == len(columns))
    for number, (columns, rows) in enumerate(_copy_rows(sql)):
        tables[f"copy {number}"] = (columns, rows)
    return tables


def records(sql: str) -> Iterator[Item]:
    """The rows of a dump's article tables as items: the text column's value (or the body another table holds
    under the row's id) as the text, the title, day, source and writer columns as fields; nothing when no table
    has a title's column and a text."""
    tables = _tables(sql)
    # the bodies of tables with a text's column and no title's, with their rows' other fields, by their rows' id
    bodies: dict[str, tuple[str, dict[str, str]]] = {}
    for columns, rows in tables.values():
        text = _field(columns, "text")
        if text is not None and _field(columns, "title") is None:
            bodies.update((row[0], (row[text], _fields(columns, row))) for row in rows if row and row[0] and row[text])
    for columns, rows in tables.values():
        yield from _items(columns, rows, bodies)
