"""The text form documents and queries share, as one ordered pipeline of small steps (one module each).

Indexing, the schema's analyzers and queries all go through `normalize_text`, so a Traditional, full-width
or pinyin-annotated query meets the characters the index holds. Page cleaning (furniture, paragraphs) is not
part of it: that is `index.ingest.cleaning`, used by extraction only.
"""

from __future__ import annotations

from collections.abc import Callable

from index.text.normalize.annotations import LOST, strip_all_pinyin, strip_pinyin
from index.text.normalize.controls import strip_controls
from index.text.normalize.script import is_traditional, to_simplified, to_traditional
from index.text.normalize.width import fold_width

# In this order: line ends and controls first (a zero-width space would hide an annotation); widths before
# pinyin, so `對(ｄuì)` is seen as an annotation; script last, once the Latin letters of annotations are gone.
PIPELINE: tuple[Callable[[str], str], ...] = (strip_controls, fold_width, strip_all_pinyin, to_simplified)


def normalize_text(text: str) -> str:
    """The form both documents and queries are indexed in: no controls, half-width, no pinyin, Simplified.

    Idempotent, as a query must meet the text it was indexed from.
    """
    for step in PIPELINE:
        text = step(text)
    return text


__all__ = [
    "LOST",
    "PIPELINE",
    "fold_width",
    "is_traditional",
    "normalize_text",
    "strip_controls",
    "strip_pinyin",
    "to_simplified",
    "to_traditional",
]
