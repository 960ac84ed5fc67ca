"""The blogger a personal site is named after: `<meta name="author" content="水月">` (or JSON-LD's author `Person`)
on a site the page shows as `水月小筑`, `小白看球`.

A handle is no person's name (no surname leads `水月`), so a declared author of that shape counts only where the
page shows it too (index.ingest.accounts); a site named after its owner shows the handle only inside the site's
name. A person named in an author field is a writer even when the site is named after them: the site's name on
a line of its own (its logo, its footer's copyright) that opens with the declared handle and goes on with words of
its own gives it. A site's name alone names no one: the declared name must be shorter than the site's, and a site
that is an outlet (`江城新闻网` with `江城` declared) or a handle that is a place names no writer. (Issue 22's
sixteenth-round held-out pages: bloggers declared by `<meta>`, JSON-LD or a theme were lost as the site's name.)
"""

from __future__ import annotations

import re

from index.ingest import bylines
from index.text.regions import canonical_city, canonical_province

MAX_SITE = 16  # characters of a site's name as its logo shows it (`水月小筑`, `小白看球`, `听风的博客`)
_COPYRIGHT = re.compile(r"^(?:©|Copyright|版权所有)\s*(?:©)?\s*(?:\d{4}\s*(?:[-–—~]\s*\d{4})?)?\s*", re.I)
_SITE_END = re.compile(r"\s*(?:[·•|｜]|Powered|版权所有|All Rights).*$", re.I)


def _site_names(lines: list[str]) -> set[str]:
    """The names the page shows its site by: a short line of its own, or a copyright line's holder."""
    names = set()
    for line in lines:
        text = line.strip()
        if (held := _COPYRIGHT.match(text)) and held.end():
            text = _SITE_END.sub("", text[held.end() :]).strip()
        if 2 < len(text) <= MAX_SITE and " " not in text:
            names.add(text)
    return names


def named_owner(declared: str | None, lines: list[str]) -> str | None:
    """The declared author where a site the page names opens with it (`水月` of `水月小筑`); None otherwise."""
    name = (declared or "").strip()
    if not bylines.is_handle(name) or bylines.is_account(name) or canonical_city(name) or canonical_province(name):
        return None
    named = any(
        site.startswith(name) and len(site) > len(name) and not bylines.is_outlet(site) for site in _site_names(lines)
    )
    return name if named else None
