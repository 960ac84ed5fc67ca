"""One stored article read back whole: its metadata and nested sections as the API sends them, and the same
sections flattened to their depth with heading paths, marked for a query, as the article page shows them."""

from __future__ import annotations

from index.article import Section
from index.search.highlight import find_matches, mark
from index.search.results import ArticleRow, ArticleView, Copy, OutlineSection
from index.store.documents import HEADING_JOINER, flatten


def article_view(record: dict, reprints: list[Copy], needles: tuple[str, ...]) -> ArticleView:
    """The stored `record` (index/build.py's article record) with its `reprints`, the query's `needles` marked
    in the title and the outline. The input's path on the server stays out: it is the operator's business."""
    sections = [Section.from_dict(s) for s in record.get("sections", [])]
    return ArticleView(
        **vars(ArticleRow.from_record(record["id"], record)),
        content_hash=record.get("content_hash", ""),
        subtitle=record.get("subtitle"),
        editor=record.get("editor"),
        sections=sections,
        original=record.get("original", ""),
        traditional=bool(record.get("traditional")),
        encoding=record.get("encoding", "utf-8"),
        reprints=reprints,
        title_html=_marked(record.get("title"), needles),
        outline=outline(sections, needles),
    )


def outline(sections: list[Section], needles: tuple[str, ...] = ()) -> list[OutlineSection]:
    """Every section and subsection in reading order, at its depth, the `needles` marked."""
    return [
        OutlineSection(
            level=heading.count(HEADING_JOINER) if heading else 0,
            heading=heading,
            heading_html=_marked(heading.split(HEADING_JOINER)[-1], needles) if heading else None,
            paragraphs_html=[_marked(p, needles) or "" for p in paragraphs],
        )
        for heading, paragraphs in flatten(sections)
    ]


def _marked(text: str | None, needles: tuple[str, ...]) -> str | None:
    """`text` HTML-escaped with the needles in <mark> (None for no text)."""
    return mark(text, find_matches(text, needles)) if text else None
