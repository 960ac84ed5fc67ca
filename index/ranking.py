"""The ranking's parameters, in one object the search is given (benchmarks/relevance.py tries variants
by passing another one). The defaults are the values tuned on the tuning halves of the evaluation sets;
the README's Relevance section has the figures on the held-out halves."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ranking:
    # BM25F weights of a word found in the title, a section heading or the body
    field_boosts: dict[str, float] = field(default_factory=lambda: {"title": 2.0, "heading": 1.5, "body": 1.0})
    # weight of a word's exact characters (found where the document's words were cut otherwise)
    chars_boost: float = 1.0
    # a whole unspaced run found as typed, up to max_run_chars characters
    run_boost: float = 1.0
    max_run_chars: int = 24
    # neighbouring content words found within pair_slop positions of each other in the body
    pair_boost: float = 0.5
    pair_slop: int = 2
    max_pairs: int = 12
    # a long text (a pasted paragraph) is looked up by its rarest words only
    max_words: int = 32
    # the text's character bigrams, scored (not required) at this weight: soft matches across word boundaries
    gram_boost: float = 0.0
    max_grams: int = 48
    # Chinese words shorter than this, and numbers, are scored but not required of an article
    min_required_chars: int = 2
    # partial matches: ordered by score * coverage ** coverage_power, where coverage is the share of the
    # query's word weight (rarer words weigh more) that an article holds; kept from min_coverage of the best
    coverage_power: float = 2.0
    min_coverage: float = 0.3
    # an article's score: its best section's, plus this share of its other matching sections' scores
    other_sections: float = 0.0
    # the boosts (run as typed, neighbouring words) rescore this many of the best articles
    rerank_window: int = 100
