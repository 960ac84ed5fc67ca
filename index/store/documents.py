"""An Article as index documents: one Whoosh document per section, with its article's fields copied onto it,
and the whole article stored with the first; the analysers the build gives each text field (the same terms
as the schema's analyzers, index/store/schema.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields

from index.article import Article, Section
from index.text.analysis import char_terms, gram_terms, word_terms

HEADING_JOINER = " › "  # between a heading and its —— sub-heading in a section's heading path
# The text fields, analysed by the build itself (index/store/segment_writer.py): the schema analyzers' terms.
ANALYSERS = {
    "title": word_terms,
    "heading": word_terms,
    "body": word_terms,
    "grams": gram_terms,
    "title_grams": gram_terms,
    "chars": char_terms,
}


def flatten(sections: list[Section], parent: str | None = None) -> Iterator[tuple[str | None, list[str]]]:
    """(heading path, paragraphs) for every section and subsection, in reading order."""
    for section in sections:
        heading = section.heading
        if parent and heading:
            heading = f"{parent}{HEADING_JOINER}{heading}"
        yield heading, section.paragraphs
        yield from flatten(section.subsections, heading)


def article_record(article: Article) -> dict:
    """The article as stored for the article view (JSON-ready): its fields as they are, its sections as dicts.
    Not `dataclasses.asdict`, which copies every value and turns the sections into dicts only for them to be
    made again: the records of the first 2,000 corpus articles, with their JSON, 0.11-0.15 -> 0.04-0.06 s of CPU
    (3 runs each, alternating: /work/tmp/speed3/recab.py)."""
    record = {f.name: getattr(article, f.name) for f in fields(article)}
    record["sections"] = [s.to_dict() for s in article.sections]
    return record


def documents(article: Article) -> list[dict]:
    """One Whoosh document per section (empty sections skipped; an article without text keeps one)."""
    base = {
        "article_id": article.id,
        "title": article.title or "",
        "title_grams": article.title or "",
        "province": article.province or "",
        "city": article.city or "",
        "date": article.date or "",
        "year": (article.date or "")[:4],
        "source": article.source or "",
        "authors": ",".join(article.authors),
    }
    parts = [(h, "\n".join(p)) for h, p in flatten(article.sections) if p or h]
    docs = []
    for number, (heading, text) in enumerate(parts or [(None, "")]):
        characters = "\n".join(filter(None, [article.title, heading, text, " ".join(article.authors)]))
        doc = dict(
            base,
            doc_id=f"{article.id}#{number}",
            section_no=number,
            heading=heading or "",
            body=text,
            grams=characters,
            chars=characters,
        )
        docs.append(doc)
    docs[0]["article"] = json.dumps(article_record(article), ensure_ascii=False)
    return docs
