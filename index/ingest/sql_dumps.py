"""A database dumped as SQL (mysqldump's `INSERT INTO \\`articles\\` (…) VALUES (…),(…);`, an embedded database's
`.dump` with `INSERT INTO news VALUES(…);` under its `CREATE TABLE news(…)`, pg_dump's `COPY public.news (…) FROM
stdin;` block of tab-separated rows closed by `\\.`): each row of a table with a title's and a text's column is an
article, its other columns its fields by their names (`pub_time`, `source`, `author`).
A dump with no such table holds no story and is reported as what it is.

Values are read as SQL writes them: strings in single quotes (a quote doubled or escaped with a backslash, and
mysqldump's `\\n`, `\\t`, `\\\\` escapes), numbers and NULL; a COPY row's fields as PostgreSQL's text format writes
them (the same backslash escapes, `\\N` for NULL).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.ingest.feeds import Item

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
    "source": ("source", "media", "site", "来源"),
    "author": ("author", "writer", "作者"),
}


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
    return next((columns.index(name) for name in _COLUMNS[kind] if name in columns), None)


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


def _items(columns: list[str], rows: list[list[str | None]]) -> Iterator[Item]:
    """The rows of one table as items, when it has a title's and a text's column."""
    title, text = _field(columns, "title"), _field(columns, "text")
    if title is None or text is None:
        return
    for row in rows:
        if len(row) != len(columns) or not row[text]:
            continue
        fields = {}
        for kind in ("title", "date", "source", "author"):
            k = _field(columns, kind)
            if k is not None and row[k]:
                fields[kind] = row[k]
        yield Item(row[text], fields)


def records(sql: str) -> Iterator[Item]:
    """The rows of a dump's article tables as items: the text column's value as the text, the title, day, source
    and writer columns as fields; nothing when no table has both a title's and a text's column."""
    tables = {m[1].lower(): _create_columns(sql, m.end()) for m in _CREATE.finditer(sql)}
    at = 0
    while (match := _INSERT.search(sql, at)) is not None:
        columns = _names(match[3]) if match[3] else tables.get(match[1].lower(), [])
        rows, at = _rows(sql, match.end())
        yield from _items(columns, rows)
    for columns, rows in _copy_rows(sql):
        yield from _items(columns, rows)
