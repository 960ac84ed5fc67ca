"""Exact phrases by intersecting position sets, instead of Whoosh's general span machinery.

Whoosh's `Phrase` builds a span object per position of every candidate document; a phrase of character
bigrams only needs "term i at position p + i" for some p, which a few set intersections answer.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.matching import IntersectionMatcher, NullMatcher
from whoosh.matching.wrappers import WrappingMatcher


class ExactPhrase(wq.Phrase):
    """The words of `words` at consecutive positions of `fieldname` (slop is not supported)."""

    def matcher(self, searcher, context=None):
        if self.fieldname not in searcher.schema:
            return NullMatcher()
        field = searcher.schema[self.fieldname]
        reader = searcher.reader()
        parts = []
        for word in self.words:
            if (self.fieldname, field.to_bytes(word)) not in reader:
                return NullMatcher()
            parts.append(wq.Term(self.fieldname, word).matcher(searcher, context))
        child = parts[0]
        for part in parts[1:]:
            child = IntersectionMatcher(child, part)
        return _Consecutive(child, parts, boost=self.boost)


class _Consecutive(WrappingMatcher):
    """Passes the documents of `child` (an intersection of `parts`) where the parts' positions line up."""

    def __init__(self, child, parts, boost: float = 1.0) -> None:
        super().__init__(child, boost=boost)
        self.parts = parts
        self._settle()

    def _lined_up(self) -> bool:
        starts = set(self.parts[0].value_as("positions"))
        for offset, part in enumerate(self.parts[1:], start=1):
            starts.intersection_update(p - offset for p in part.value_as("positions"))
            if not starts:
                return False
        return True

    def _settle(self) -> None:
        while self.child.is_active() and not self._lined_up():
            self.child.next()

    def copy(self):
        raise NotImplementedError("an exact-phrase matcher is not copied")

    def replace(self, minquality=0):
        return self if self.child.is_active() else NullMatcher()

    def all_ids(self):
        while self.is_active():
            yield self.id()
            self.next()

    def next(self) -> None:
        self.child.next()
        self._settle()

    def skip_to(self, id) -> None:
        self.child.skip_to(id)
        self._settle()

    def supports_block_quality(self) -> bool:
        return False
