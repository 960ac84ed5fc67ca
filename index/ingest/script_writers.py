"""The writers an article's record names in a page's script state, when the page shows them nowhere.

A news app's share page shows the article and keeps its record in a script (`window.__INITIAL_STATE__ = {…}`)
whose writer fields the page never prints: `"authors": [{"publishName": "X"}]`, `"author": {"name": "X"}`,
`"authorName": "X"`. The same state holds other records' writers too (readers' comments, related stories), so
a writer counts only in the article's own record: the field nearest the article's title in the same script,
within RECORD characters of it, with no other record's end between them. Read by pattern, not as JSON: a state
is often a script assignment, a `JSON.parse('…')` string or several objects that no JSON reader takes whole
(index.ingest.state reads them for the text, which this reader leaves alone).
"""

from __future__ import annotations

import json
import re

RECORD = 1500  # characters between the title and a writer field of the same record (a record's fields are short)
_WRITER_FIELDS = re.compile(
    r'"authors?"\s*:\s*\[\s*(\{[^\[\]]{0,600}?\})\s*(?:,\s*\{[^\[\]]{0,600}?\}\s*)*\]'  # a list of writer records
    r'|"author"\s*:\s*(\{[^{}]{0,600}\})'  # one writer record
    r'|"(?:author|authorName|author_name|writer)"\s*:\s*"([^"\\]{2,30})"'  # a writer's name as a string
)
_NAME_KEYS = re.compile(
    r'"(?:publishName|name|nickname|nickName|authorName|realName|uname|userName|screen_name|nick_name)"\s*:\s*"([^"\\]{2,30})"'
)


def _names(match: re.Match[str]) -> list[str]:
    if match.re is _OWNER_FIELDS:
        found = _NAME_KEYS.search(match.group(1))
        return [found.group(1).strip()] if found else []
    if match.group(3):
        return [match.group(3).strip()]
    if match.group(2):
        found = _NAME_KEYS.search(match.group(2))
        return [found.group(1).strip()] if found else []
    records = re.findall(r"\{[^{}\[\]]{0,600}\}", match.group(0))
    return [found.group(1).strip() for record in records if (found := _NAME_KEYS.search(record))]


def _same_record(script: str, start: int, end: int) -> bool:
    """No record opens or closes between `start` and `end` without closing again: the two stand in one record
    (a comment's record after the article's closes the article's first)."""
    depth = 0
    for char in script[start:end]:
        depth += (char == "{") - (char == "}")
        if depth < 0:
            return False
    return depth == 0


# a user's page's owner record in the article's record (`"owner": {"mid": …, "name": "X"}`, `"up": {…}`): an
# account, whose name is a handle rather than a person's (index.ingest.accounts)
_OWNER_FIELDS = re.compile(
    r'"(?:owner|up|upper|uploader|creator|upInfo|up_info|authorInfo|author_info|userInfo)"\s*:\s*(\{[^{}]{0,600}\})'
)


def owners(scripts: list[str], title: str | None) -> list[str]:
    """The account an owner record nearest the article's `title` names (`"owner": {"mid": 7, "name": "X"}`)."""
    return writers(scripts, title, _OWNER_FIELDS)


def writers(scripts: list[str], title: str | None, fields: re.Pattern[str] = _WRITER_FIELDS) -> list[str]:
    """The writers named by the writer field nearest the article's `title` in one of `scripts` (the texts of
    the page's `<script>` elements), [] when no script holds the title or no such field stands near it."""
    if not title:
        return []
    spelled = {title, json.dumps(title)[1:-1], json.dumps(title, ensure_ascii=False)[1:-1]}
    for script in scripts:
        at = next((found for form in spelled if (found := script.find(form)) >= 0), -1)
        if at < 0:
            continue
        near = [
            m
            for m in fields.finditer(script)
            if abs(m.start() - at) <= RECORD
            and (_same_record(script, at, m.start()) if m.start() > at else _same_record(script, m.end(), at))
        ]
        for match in sorted(near, key=lambda m: abs(m.start() - at)):
            if names := [name for name in _names(match) if name]:
                return list(dict.fromkeys(names))
    return []
