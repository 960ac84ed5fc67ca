"""A Whoosh segment writer for text the build analyses itself.

Whoosh's SegmentWriter turns each posting into a tuple, sorts them all with an external merge sort, and
looks up each document's field length again while writing them; for the character-bigram field (about one
posting per character) that machinery cost more than jieba. This writer keeps each field's postings grouped
by term as documents arrive (in document order, so each list is already sorted) and hands them to the
codec's field writer term by term. Stored fields, lengths, columns and the segment files stay Whoosh's own.

The Whoosh internals the build relies on live here, so that index/build.py only orchestrates: the codec
settings, closing a segment without committing it (`finish_segment`), and committing segments written by
other processes together with a writer's own changes (`commit_with_segments`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from whoosh.formats import Frequency, Positions
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from index.store.codec import NumpyCodec
from index.text.analysis import CodedTerms

# The index's own codec (index/store/codec.py): term tables and postings numpy reads directly.
CODEC = NumpyCodec()
# Segments stay as separate files: Whoosh reads a compound segment file into memory when a searcher opens it
# (about 200 MB per 1,000 articles), while separate files are read as queries need them.
COMPOUND = False

# A field's value -> its (term, position) pairs, exactly as the field's analyzer would make them, or those as codes.
Analyse = Callable[[object], list[tuple[str, int]] | CodedTerms]


class _Terms(dict):
    """A field's terms numbered as they are first met."""

    def __missing__(self, term) -> int:
        number = self[term] = len(self)
        return number


class _FieldPostings:
    """One field's tokens as they arrive, a document at a time: each token's term (a number, or a code the
    field's analyser made: index/text/analysis.py `CodedTerms`) and, in a position field, its position. They
    are grouped into postings once, when the segment is written: sorting and counting per document took a
    fifth of the build (a dozen numpy calls for each field of each document). See TOKEN_BYTES in
    index/shards.py for what a token costs."""

    def __init__(self, positions: bool) -> None:
        self.terms = _Terms()
        self.positions = positions
        self.spell: Callable[[np.ndarray], list[bytes]] | None = None  # a coded field's: its codes' terms
        self.codes: list[np.ndarray] = []
        self.docs: list[tuple[int, int]] = []  # (document, its token count)
        self.where: list[np.ndarray] = []

    def add(self, docnum: int, terms: list, positions: list[int] | None) -> int:
        """Add a document's tokens (term, and its position in a position field); return their count."""
        return self._add(docnum, np.fromiter(map(self.terms.__getitem__, terms), np.int64, len(terms)), positions)

    def add_coded(self, docnum: int, coded: CodedTerms) -> int:
        """Add a document's tokens as codes (every document of the field must come so)."""
        self.spell = coded.spell
        return self._add(docnum, coded.codes, coded.positions)

    def _add(self, docnum: int, codes: np.ndarray, positions) -> int:
        if len(codes):
            self.codes.append(codes)
            self.docs.append((docnum, len(codes)))
            if self.positions:
                self.where.append(np.asarray(positions, np.int32))
        return len(codes)

    def write(self, writer, name: str, fieldobj) -> None:
        """Hand the field to the codec's writer, terms in UTF-8 order and each term's postings by document,
        letting go of the buffer as its arrays are made (the flush's peak is what a worker's memory holds)."""
        codes = np.concatenate(self.codes)
        self.codes = []
        if self.spell is None:
            keys, numbers = [k.encode("utf-8") if isinstance(k, str) else k for k in self.terms], codes
        else:
            distinct, numbers = factorized(codes)
            keys = self.spell(distinct)
            del distinct
        del codes
        self.terms = _Terms()
        order = sorted(range(len(keys)), key=keys.__getitem__)
        rank = np.empty(len(keys), np.int32)
        rank[order] = np.arange(len(keys), dtype=np.int32)
        numbers = rank[numbers]
        del rank
        by_term = _stable_order(numbers)  # documents arrived in order: each term's stay ascending
        numbers = numbers[by_term]
        docnums, lengths = np.array(self.docs, np.int32).reshape(-1, 2).T
        self.docs = []
        docs = np.repeat(docnums, lengths)[by_term]
        positions = None
        if self.positions:
            positions = np.concatenate(self.where)[by_term]  # each posting's ascending, as they arrived
            self.where = []
        del by_term
        begins = np.ones(len(numbers), bool)
        begins[1:] = (numbers[1:] != numbers[:-1]) | (docs[1:] != docs[:-1])
        begins = np.flatnonzero(begins)
        counts = np.diff(begins, append=len(numbers)).astype(np.int32)
        df = np.bincount(numbers[begins], minlength=len(keys))
        del numbers
        writer.write_field(name, fieldobj, [keys[i] for i in order], df, docs[begins], counts, positions)


def factorized(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`np.unique(codes, return_inverse=True)` for the codes `Units` makes (index/text/analysis.py: non-negative,
    a bigram's two units in the high and the low 32 bits, each a code point or a run's number), without sorting
    every code: each half's distinct values are marked in a table as long as its largest one, and only bigrams
    sort, as the pair of their halves' ranks with each code's index below it in one int64. For the 1.55M bigram
    and 1.55M character codes of 1,500 corpus bodies, 0.10-0.16 -> 0.05-0.07 s and 0.11-0.14 -> 0.004-0.010 s of
    CPU (/work/tmp/speed2/uniqexp.py); a shard of the 10.6k build writes about 5M of each."""
    high, high_rank = _ranked(codes >> 32)
    low, low_rank = _ranked(codes & 0xFFFFFFFF)
    if high is None or low is None:
        return np.unique(codes, return_inverse=True)
    if len(high) == 1:  # characters: their ranks are the distinct codes' order already
        return high[0] << 32 | low, low_rank
    shift = len(codes).bit_length()
    if (len(high) * len(low)) >> (62 - shift):  # the ranks and an index do not fit one int64
        return np.unique(codes, return_inverse=True)
    keyed = (high_rank * len(low) + low_rank) << shift
    keyed |= np.arange(len(codes), dtype=np.int64)
    keyed.sort()
    pairs = keyed >> shift
    first = np.ones(len(codes), bool)
    first[1:] = pairs[1:] != pairs[:-1]
    inverse = np.empty(len(codes), np.int64)
    inverse[keyed & ((1 << shift) - 1)] = np.cumsum(first) - 1
    pairs = pairs[first]
    return high[pairs // len(low)] << 32 | low[pairs % len(low)], inverse


def _ranked(values: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
    """The distinct `values` (non-negative) in order and each value's rank among them, by a table as long as the
    largest one; (None, values) when that would be longer than four entries a value."""
    largest = int(values.max(initial=0))
    if largest > 4 * len(values) + 2**20:
        return None, values
    present = np.zeros(largest + 1, bool)
    present[values] = True
    return np.flatnonzero(present).astype(np.int64), (np.cumsum(present) - 1)[values]


def _stable_order(numbers: np.ndarray) -> np.ndarray:
    """`np.argsort(numbers, kind="stable")` for fewer than 2**32 non-negative int32s, a third of its time: each
    number with its index below it, sorted as int64 (numpy's vectorized sort; 0.04 s against 0.14 for 1.2M)."""
    keyed = numbers.astype(np.int64) << 32
    keyed |= np.arange(len(numbers), dtype=np.int64)
    keyed.sort()
    keyed &= 0xFFFFFFFF
    return keyed


class AnalysedSegmentWriter(SegmentWriter):
    """Writes one segment; the fields in `analysers` are analysed by those functions, the rest by Whoosh."""

    def __init__(self, ix, analysers: dict[str, Analyse], **kwargs) -> None:
        kwargs.setdefault("codec", CODEC)
        super().__init__(ix, **kwargs)
        if not isinstance(self.codec, NumpyCodec):
            raise ValueError("the build's segment writer writes the index's own codec only")
        for name in analysers:
            if not isinstance(self.schema[name].format, Positions | Frequency):
                raise ValueError(f"field {name!r} records neither positions nor frequencies")
        self.analysers = analysers
        self._postings: dict[str, _FieldPostings] = {}
        self._lengths: dict[str, list[int]] = {}  # field -> its length in each document, as Whoosh stores it
        # (field, value) -> its terms, positions and length by Whoosh's analysis: a section repeats its article's
        # province, city, date, year, source and authors, and most articles share them
        self._indexed: dict[tuple[str, object], tuple[list, list, int]] = {}
        self.buffered = 0  # tokens held in memory until the segment is written

    def add_document(self, **fields) -> None:
        self._check_state()
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(self.schema, names)
        docnum = self.docnum
        self.perdocwriter.start_doc(docnum)
        try:
            for name in names:
                if fields[name] is not None:
                    self._add_field(docnum, name, fields[name], fields.get(f"_stored_{name}", fields[name]))
        except Exception:
            self.perdocwriter.cancel_doc()
            raise
        self.perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_field(self, docnum: int, name: str, value, stored) -> None:
        field = self.schema[name]
        length = 0
        if field.indexed:
            positional = isinstance(field.format, Positions)
            postings = self._postings.get(name)
            if postings is None:
                postings = self._postings[name] = _FieldPostings(positional)
            if name in self.analysers:
                pairs = self.analysers[name](value)
                if isinstance(pairs, CodedTerms):
                    length = postings.add_coded(docnum, pairs)
                else:
                    terms = [term for term, _ in pairs]
                    postings.add(docnum, terms, [pos for _, pos in pairs] if positional else None)
                    length = len(pairs)
                self.buffered += length
            else:
                terms, positions, length = self._whoosh_terms(name, field, value, positional)
                self.buffered += postings.add(docnum, terms, positions if positional else None)
            if field.scorable:
                lengths = self._lengths.setdefault(name, [])
                lengths.extend([0] * (docnum + 1 - len(lengths)))
                lengths[docnum] = byte_to_length(length_to_byte(length))
            else:
                length = 0
        self.perdocwriter.add_field(name, field, stored if field.stored else None, length)
        if field.column_type and stored is not None:
            self.perdocwriter.add_column_value(name, field.column_type, field.to_column_value(stored))

    def _whoosh_terms(self, name: str, field, value, positional: bool) -> tuple[list, list, int]:
        """A field's terms, positions and length as Whoosh's analysis makes them, remembered by value."""
        key = (name, value) if isinstance(value, str | int) else None  # other values are analysed every time
        found = self._indexed.get(key) if key else None
        if found is None:
            terms, positions, length = [], [], 0
            for tbytes, freq, _, vbytes in field.index(value):
                at = field.format.decode_positions(vbytes) if positional else [0] * freq
                terms += [tbytes] * len(at)
                positions += at
                length += freq
            found = (terms, positions, length)
            if key:
                self._indexed[key] = found
        return found

    def finish_segment(self):
        """Write the segment's files and return the segment, without committing it to the index (the
        build's parent process commits the segments of all its workers at once)."""
        return self._finalize_segment()

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        for name in sorted(self._postings):
            postings = self._postings.pop(name)  # each field's buffer let go once written
            if postings.codes:
                postings.write(self.fieldwriter, name, self.schema[name])
        self.fieldwriter.close()
        self._postings.clear()


def commit_with_segments(writer: SegmentWriter, segments: list) -> None:
    """Commit `writer` (its deletions, and small segments its merge policy merged) together with the
    segments written by other processes, as Whoosh's own multi-process writer does with `multisegment=True`."""
    final = writer._merge_segments(None, False, True) + segments
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()
