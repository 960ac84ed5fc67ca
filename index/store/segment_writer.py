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

from collections import Counter
from collections.abc import Callable
from operator import itemgetter

from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

# whoosh-reloaded 2.7.5 inlines a short posting list by calling `set_inline`, but the method is named
# `set_inlined`, so inlining crashed and was off. With the alias, a term with fewer than INLINE_LIMIT postings
# lives in the term table: no block, pickle and zlib call of its own. Most character bigrams are that rare:
# on 1,000 articles in one process the build took 36 s with blocks for every term and 27 s inlined.
if not hasattr(W3TermInfo, "set_inline"):
    W3TermInfo.set_inline = W3TermInfo.set_inlined
INLINE_LIMIT = 32
# Posting blocks stay zlib-compressed (Whoosh's default): uncompressed, the commit took a quarter less time
# but the 10.6k-article index grew from 513 to 742 MB.
CODEC = W3Codec(inlinelimit=INLINE_LIMIT)
# Segments stay as separate files: Whoosh reads a compound segment file into memory when a searcher opens it
# (about 200 MB per 1,000 articles), while separate files are read as queries need them.
COMPOUND = False

# A field's value -> its (term, position) pairs, exactly as the field's analyzer would make them.
Analyse = Callable[[object], list[tuple[str, int]]]


class AnalysedSegmentWriter(SegmentWriter):
    """Writes one segment; the fields in `analysers` are analysed by those functions, the rest by Whoosh."""

    def __init__(self, ix, analysers: dict[str, Analyse], **kwargs) -> None:
        super().__init__(ix, **kwargs)
        for name in analysers:
            if not isinstance(self.schema[name].format, Positions | Frequency):
                raise ValueError(f"field {name!r} records neither positions nor frequencies")
        self.analysers = analysers
        # Whoosh asks the postings and term-table files for their position at every term; on a buffered
        # file each answer is an lseek system call, which took a fifth of the build (py-spy).
        for structfile in (self.fieldwriter._postfile, self.fieldwriter._tindex.dbfile):
            structfile.file = _PositionedFile(structfile.file)
        self._postings: dict[str, dict] = {}  # field -> term -> [docnum, weight, encoded value, docnum, ...]
        self._lengths: dict[str, list[int]] = {}  # field -> its length in each document, as Whoosh stores it
        self.buffered = 0  # postings held in memory until the segment is written

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
            postings = self._postings.setdefault(name, {})
            if name in self.analysers:
                encode = field.format.encode if isinstance(field.format, Positions) else _frequency
                length = self._add_analysed(docnum, postings, self.analysers[name](value), encode)
            else:
                for tbytes, freq, weight, vbytes in field.index(value):
                    _append(postings, tbytes, docnum, weight, vbytes or b"")
                    length += freq
            if field.scorable:
                lengths = self._lengths.setdefault(name, [])
                lengths.extend([0] * (docnum + 1 - len(lengths)))
                lengths[docnum] = byte_to_length(length_to_byte(length))
            else:
                length = 0
        self.perdocwriter.add_field(name, field, stored if field.stored else None, length)
        if field.column_type and stored is not None:
            self.perdocwriter.add_column_value(name, field.column_type, field.to_column_value(stored))

    def _add_analysed(self, docnum: int, postings: dict, terms: list[tuple[str, int]], encode) -> int:
        """Group a field's tokens by term and add one posting per term; return the field's length. A field
        without positions only counts its terms (Counter counts in C)."""
        if encode is _frequency:
            counts = Counter(map(itemgetter(0), terms))
            for term, count in counts.items():
                _append(postings, term, docnum, count, pack_uint(count))
            self.buffered += len(counts)
            return len(terms)
        positions: dict[str, list[int]] = {}
        for term, pos in terms:
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
        for term, poslist in positions.items():
            _append(postings, term, docnum, len(poslist), encode(poslist))
        self.buffered += len(positions)
        return len(terms)

    def finish_segment(self):
        """Write the segment's files and return the segment, without committing it to the index (the
        build's parent process commits the segments of all its workers at once)."""
        return self._finalize_segment()

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        writer = self.fieldwriter
        for name in sorted(self._postings):
            terms = self._postings[name]
            if not terms:
                continue
            lengths = self._lengths.get(name)
            writer.start_field(name, self.schema[name])
            for term in sorted(terms):  # str order is UTF-8 byte order, the order Whoosh keeps terms in
                flat = terms[term]
                writer.start_term(term.encode("utf-8") if isinstance(term, str) else term)
                for i in range(0, len(flat), 3):
                    docnum = flat[i]
                    writer.add(docnum, float(flat[i + 1]), flat[i + 2], lengths[docnum] if lengths else 0)
                writer.finish_term()
            writer.finish_field()
        writer.close()
        self._postings.clear()


def _frequency(positions: list[int]) -> bytes:
    """A Frequency posting's value, as Whoosh's own Frequency format writes it."""
    return pack_uint(len(positions))


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


def _append(postings: dict, term, docnum: int, weight: float, value: bytes) -> None:
    entry = postings.get(term)
    if entry is None:
        postings[term] = [docnum, weight, value]
    else:
        entry += (docnum, weight, value)


class _PositionedFile:
    """A file being written that keeps its own position, so `tell` asks nothing of the OS."""

    def __init__(self, file) -> None:
        self._file = file
        self._position = file.tell()

    def write(self, data) -> int:
        written = self._file.write(data)
        self._position += written
        return written

    def tell(self) -> int:
        return self._position

    def seek(self, *args) -> int:
        self._position = self._file.seek(*args)
        return self._position

    def __getattr__(self, name: str):
        return getattr(self._file, name)
