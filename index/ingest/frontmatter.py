"""A Markdown export's front matter: the `---` block of `key: value` lines that static-site generators, wikis and
note apps (Hexo, Hugo, Jekyll, 语雀, 飞书) put above the text, holding its title, day and author.

Read as the fields a page declares, and left out of the text: kept, `title: "…"` read as the headline and
`tags: […]` as a line of it (a team wiki's export at its first run: its title wrong in 12 of 12 files).
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(?:---|\+\+\+)\s*$")  # YAML's fence, or TOML's (Hugo)
_ENTRY = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$")
MAX_LINES = 40  # a front matter is a short block at the very top
# Its keys for each field the build reads, lower-cased.
_KEYS = {
    "title": ("title",),
    "date": ("date", "created", "publishdate", "publish_date", "pubdate", "published"),
    "author": ("author", "authors"),
    "source": ("source",),
    "url": ("url", "link", "permalink"),
}


def front_matter(text: str) -> tuple[str, dict[str, str]]:
    """(the text after its front matter, the fields it declares); the text unchanged and no fields when it
    opens with none (a fence, `key: value` lines, a closing fence within MAX_LINES)."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return text, {}
    end = next((i for i in range(1, min(len(lines), MAX_LINES)) if _FENCE.match(lines[i])), None)
    if end is None or end == 1:
        return text, {}
    entries = {}
    for line in lines[1:end]:
        if match := _ENTRY.match(line):
            entries[match.group(1).lower()] = match.group(2).strip().strip("\"'")
        elif line.strip() and not line.startswith((" ", "\t", "-")):  # a list's items and folded values aside
            return text, {}
    fields = {
        field: value
        for field, keys in _KEYS.items()
        if (value := next((entries[k] for k in keys if entries.get(k)), "").strip("[]\"' "))
    }
    return "\n".join(lines[end + 1 :]), fields
