"""JSON as a person reads it on a terminal: indented, but a container of scalars on one line when it fits.

Shared by the API (what curl, wget and HTTPie get) and the CLI's `search --json`, so both print the same text."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

# A line a terminal shows whole: a leaf container that fits goes on one line, as jq and Prettier print them.
LINE_WIDTH = 100
SCALARS = (str, int, float, bool, type(None))
ARRAYS = (list, tuple)  # a tuple is written as an array, as json writes it


def indented(data: Any, dumps: Callable[[Any], str], depth: int = 0, lead: int = 0) -> str:
    """`data` indented by two spaces a level, but a container of scalars (a match's `[23, 27]`, a facet's
    `{"value": "江苏省", "count": 3}`) or a list of them on one line when it fits the terminal (`lead` is the
    width of the key before it): `json.dumps(indent=2)` spent four lines on every pair of offsets, so one hit's
    snippet filled a screen."""
    if not isinstance(data, (dict, *ARRAYS)) or not data:
        return dumps(data)
    if _is_leaf(data) or (isinstance(data, ARRAYS) and all(_is_leaf(value) for value in data)):
        line = _one_line(data, dumps)
        if 2 * depth + lead + _width(line) <= LINE_WIDTH:
            return line
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(data, dict):
        items = []
        for key, value in data.items():
            name = f"{dumps(key)}: "
            items.append(f"{inner}{name}{indented(value, dumps, depth + 1, _width(name))}")
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    items = [f"{inner}{indented(value, dumps, depth + 1)}" for value in data]
    return "[\n" + ",\n".join(items) + f"\n{pad}]"


def _is_leaf(data: Any) -> bool:
    """A dict or list holding scalars only."""
    if isinstance(data, dict):
        return all(isinstance(value, SCALARS) for value in data.values())
    return isinstance(data, ARRAYS) and all(isinstance(value, SCALARS) for value in data)


def _one_line(data: Any, dumps: Callable[[Any], str]) -> str:
    """`data` on one line, a space after each comma and colon as the indented lines have."""
    if isinstance(data, dict):
        return "{" + ", ".join(f"{dumps(key)}: {_one_line(value, dumps)}" for key, value in data.items()) + "}"
    if isinstance(data, ARRAYS):
        return "[" + ", ".join(_one_line(value, dumps) for value in data) + "]"
    return dumps(data)


def _width(text: str) -> int:
    """Columns `text` takes on a terminal: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
