"""The index's own Whoosh codec: term tables and posting lists as arrays numpy reads directly.

Whoosh's W3 codec keeps a hash-file record per term with a pickled header and, for short lists, the postings
pickled into it; longer lists are pickled and zlib-compressed per block of 128. On the 10.6k corpus the term
tables alone took 521 MB (about 230 bytes an entry) for 33 MB of text (docs/posting-codec.md). Here a segment's
terms and postings are one file (NPL_EXT) of little-endian arrays:

- per field, the sorted UTF-8 terms as one blob with its offsets, and per term its document frequency, its
  first document, one byte of stream widths and the offset of each of its streams;
- three streams: document-number deltas (after the first), per-posting counts (left out when every count of
  the term is 1) and, for position fields, position deltas (the first of each posting absolute). Each term's
  values are stored at the smallest width that holds its largest one (1, 2 or 4 bytes), and the stream of
  each width is one array, so reading a term is `np.frombuffer` over a memory-mapped file and a `cumsum`.

A posting's weight is its count times the field's boost (document boosts are not stored: the build uses
none), so a field's format must be Existence (count 1), Frequency or PackedPositions. Whoosh's own interfaces
(term lookups, `ListMatcher`s, cursors, merges through `add_postings`) read and write the same files;
stored fields, lengths and columns stay W3's.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import mmap
import struct
from collections.abc import Iterator

import numpy as np
from whoosh.codec import base
from whoosh.codec.whoosh3 import W3Codec
from whoosh.formats import Existence, Frequency
from whoosh.matching import ListMatcher
from whoosh.reading import TermInfo
from whoosh.system import pack_uint, unpack_uint

from index.store.positions import PackedPositions
from index.store.sorted_strings import SortedStrings

NPL_EXT = ".npl"
_MAGIC = b"NPL1"
_TAIL = struct.Struct("<Q4s")  # the directory's offset, then the magic
_WIDTHS = (0, 1, 2, 4)  # width codes 0..3; code 0: no values stored (no deltas, or every count is 1)
_WIDTH_OF = np.array(_WIDTHS, np.int64)
_DTYPES = {1: np.dtype("<u1"), 2: np.dtype("<u2"), 4: np.dtype("<u4")}
_STREAMS = ("ids", "counts", "positions")
_EXISTENCE, _FREQUENCY, _POSITIONS = "existence", "frequency", "positions"


def _kind(fieldobj) -> str:
    fmt = fieldobj.format
    if isinstance(fmt, PackedPositions):
        return _POSITIONS
    if type(fmt) is Frequency:
        return _FREQUENCY
    if type(fmt) is Existence:
        return _EXISTENCE
    name = type(fmt).__name__
    raise ValueError(f"the index codec stores Existence, Frequency and PackedPositions fields, not {name}")


class NumpyCodec(W3Codec):
    """W3 for documents, stored fields and columns; NPL_EXT files for terms and postings."""

    def __init__(self) -> None:
        super().__init__()

    def field_writer(self, storage, segment):
        return NumpyFieldWriter(storage, segment)

    def terms_reader(self, storage, segment):
        return NumpyTermsReader(storage, segment.make_filename(NPL_EXT))

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        raise NotImplementedError("postings are read through NumpyTermsReader.matcher")


# Writing


class NumpyFieldWriter(base.FieldWriter):
    """Writes a segment's NPL_EXT file: a field at a time, either whole (`write_field`, the build's writer) or
    posting by posting (Whoosh's interface, used by its merges)."""

    def __init__(self, storage, segment) -> None:
        self._file = segment.create_file(storage, NPL_EXT)
        self._file.write(_MAGIC)
        self._offset = len(_MAGIC)
        self._fields: dict[str, dict] = {}
        self._current = None
        self.is_closed = False

    # Whoosh's posting-by-posting interface

    def start_field(self, fieldname, fieldobj) -> None:
        self._current = (fieldname, fieldobj, _kind(fieldobj), [], [], [], [], [])

    def start_term(self, btext) -> None:
        self._current[3].append(btext)
        self._current[4].append(0)

    def add(self, docnum, weight, vbytes, length) -> None:
        fieldname, fieldobj, kind, _, df, docs, counts, positions = self._current
        if kind == _POSITIONS:
            found = fieldobj.format.decode_positions(vbytes)
            positions.append(found)
            count = len(found)
        else:
            count = unpack_uint(vbytes)[0] if kind == _FREQUENCY else 1
        if abs(weight - count * fieldobj.format.field_boost) > 1e-6 * max(1.0, abs(weight)):
            raise ValueError(f"a posting of {fieldname!r} weighs {weight}, not its count times the field boost")
        df[-1] += 1
        docs.append(docnum)
        counts.append(count)

    def finish_term(self) -> None:
        pass

    def finish_field(self) -> None:
        fieldname, fieldobj, kind, terms, df, docs, counts, positions = self._current
        self._current = None
        flat = np.fromiter((p for found in positions for p in found), np.int64) if kind == _POSITIONS else None
        self.write_field(
            fieldname,
            fieldobj,
            terms,
            np.asarray(df, np.int64),
            np.asarray(docs, np.int64),
            np.asarray(counts, np.int64),
            flat,
        )

    # The whole-field interface

    def write_field(
        self,
        fieldname: str,
        fieldobj,
        terms: list[bytes],
        df: np.ndarray,
        docs: np.ndarray,
        counts: np.ndarray,
        positions: np.ndarray | None,
    ) -> None:
        """Write a field: its sorted `terms`, each one's document frequency `df`, then term by term its
        postings' documents (ascending) and counts, and for a position field each posting's ascending
        positions (`counts` of them) one after another."""
        if fieldname in self._fields:
            raise ValueError(f"field {fieldname!r} written twice in one segment")
        kind = _kind(fieldobj)
        if not terms:
            return
        arrays: dict[str, list] = {}
        blob = b"".join(terms)
        text_at = np.zeros(len(terms) + 1, np.int64)
        np.cumsum([len(t) for t in terms], out=text_at[1:])
        text_at = text_at.astype(np.uint64 if len(blob) >= 2**32 else np.uint32)
        firsts = docs[starts(df)]
        id_deltas = np.diff(docs, prepend=0)
        id_deltas[starts(df)] = 0
        keep = np.ones(len(docs), bool)
        keep[starts(df)] = False
        streams = {"ids": (id_deltas[keep], df - 1, False), "counts": (counts, df, True)}
        if kind == _POSITIONS:
            per_posting = starts(counts)
            deltas = np.diff(positions, prepend=0)
            deltas[per_posting] = positions[per_posting]
            totals = np.add.reduceat(counts, starts(df)) if len(counts) else counts
            streams["positions"] = (deltas, totals, False)
        widths = np.zeros(len(terms), np.uint8)
        sizes = np.zeros(len(terms), np.int64)
        packed = []
        for shift, (values, lengths, ones_free) in enumerate(streams.values()):
            codes = _codes(values, lengths, ones_free)
            widths |= (codes << (2 * shift)).astype(np.uint8)
            packed.append((values, lengths, codes))
            sizes += lengths * _WIDTH_OF[codes]
        at = starts(sizes)
        data = np.zeros(int(sizes.sum()), np.uint8)
        for values, lengths, codes in packed:
            _scatter(data, at, values, lengths, codes)
            at += lengths * _WIDTH_OF[codes]
        arrays["text"] = self._put(np.frombuffer(blob, np.uint8))
        arrays["text_at"] = self._put(text_at)
        arrays["df"] = self._put(_smallest(df))
        arrays["first"] = self._put(_smallest(firsts))
        arrays["widths"] = self._put(widths)
        arrays["at"] = self._put(_smallest(at - sizes))
        arrays["data"] = self._put(data)
        self._fields[fieldname] = {
            "kind": kind,
            "boost": fieldobj.format.field_boost,
            "terms": len(terms),
            "arrays": arrays,
        }

    def _put(self, array: np.ndarray) -> list:
        pad = -self._offset % 8
        self._file.write(b"\0" * pad + array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes())
        at = self._offset + pad
        self._offset = at + array.nbytes
        return [at, array.dtype.newbyteorder("<").str, len(array)]

    def close(self) -> None:
        if self.is_closed:
            return
        directory = json.dumps({"fields": self._fields}).encode("utf-8")
        self._file.write(directory + _TAIL.pack(self._offset, _MAGIC))
        self._file.close()
        self.is_closed = True


def _smallest(values: np.ndarray) -> np.ndarray:
    """`values` (not negative) as the narrowest unsigned integers that hold them: a segment of fewer than
    65,536 documents keeps its document frequencies and first documents in 2 bytes a term instead of 4."""
    biggest = int(values.max()) if len(values) else 0
    for dtype in (np.uint8, np.uint16, np.uint32):
        if biggest <= np.iinfo(dtype).max:
            return values.astype(dtype)
    return values.astype(np.uint64)


def starts(lengths: np.ndarray) -> np.ndarray:
    """Where each run of `lengths` begins in their concatenation."""
    out = np.zeros(len(lengths), np.int64)
    np.cumsum(lengths[:-1], out=out[1:])
    return out


def _codes(values: np.ndarray, lengths: np.ndarray, ones_free: bool) -> np.ndarray:
    """Each term's width code for its run of `values` (the runs one after another, `lengths` each, possibly
    0): the smallest width holding its largest value; 0 for an empty run and, with `ones_free`, a run of 1s."""
    biggest = np.zeros(len(lengths), np.int64)
    present = lengths > 0
    if len(values):
        biggest[present] = np.maximum.reduceat(values, starts(lengths[present]))
    codes = np.where(biggest < 256, 1, np.where(biggest < 65536, 2, 3)).astype(np.uint8)
    if ones_free:
        codes[biggest <= 1] = 0
    codes[~present] = 0
    return codes


def _scatter(data: np.ndarray, at: np.ndarray, values: np.ndarray, lengths: np.ndarray, codes: np.ndarray) -> None:
    """Write each term's run of `values` at its width into `data`, from the term's byte offset `at`."""
    term = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)
    rank = np.arange(len(values), dtype=np.int32) - np.repeat(starts(lengths).astype(np.int32), lengths)
    of_value = codes[term]
    for code in (1, 2, 3):
        mine = np.flatnonzero(of_value == code)
        if not len(mine):
            continue
        width = _WIDTHS[code]
        where = at[term[mine]] + rank[mine].astype(np.int64) * width
        encoded = values[mine].astype(_DTYPES[width])
        if width == 1:
            data[where] = encoded
        else:
            for byte in range(width):  # little-endian: byte k of each value
                data[where + byte] = (encoded >> (8 * byte)).astype(np.uint8)


# Reading


class _Field:
    """One field's arrays, read from the memory-mapped file."""

    def __init__(self, buffer, entry: dict) -> None:
        self.kind = entry["kind"]
        self.boost = entry["boost"]
        self.count = entry["terms"]
        arrays = {name: np.frombuffer(buffer, dtype, n, at) for name, (at, dtype, n) in entry["arrays"].items()}
        self.texts = SortedStrings(arrays["text"], arrays["text_at"])
        self.df = arrays["df"]
        self.first = arrays["first"]
        self.widths = arrays["widths"]
        self.at = arrays["at"]
        self._buffer = buffer
        self._data = entry["arrays"]["data"][0]

    def text(self, i: int) -> bytes:
        return self.texts[i]

    def find(self, btext: bytes) -> int:
        """The index of `btext`, or -1: bisected among every STRIDE-th term first (5.2 µs a lookup instead of
        11.2 over a segment's 322k bigrams; a query at ×10 looks up some 100 terms, 16 segments each)."""
        return self.texts.find(btext)

    def postings(self, i: int, positions: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """(documents, counts, positions or None) of term `i`; positions flat, `counts` per posting."""
        df = int(self.df[i])
        widths = int(self.widths[i])
        at = self._data + int(self.at[i])
        ids = np.empty(df, np.int64)
        ids[0] = self.first[i]
        if df > 1:
            ids[1:], at = self._run(at, widths & 3, df - 1)
            np.cumsum(ids, out=ids)
        if widths >> 2 & 3:
            counts, at = self._run(at, widths >> 2 & 3, df)
        else:
            counts = np.ones(df, np.int64)
        if not positions or self.kind != _POSITIONS:
            return ids, counts, None
        deltas, _ = self._run(at, widths >> 4 & 3, int(counts.sum()))
        absolute = np.cumsum(deltas)
        begins = starts(counts)
        absolute -= np.repeat(absolute[begins] - deltas[begins], counts)
        return ids, counts, absolute

    def _run(self, at: int, code: int, count: int) -> tuple[np.ndarray, int]:
        """`count` values of width code `code` from byte `at` of the buffer, and the byte after them."""
        dtype = _DTYPES[_WIDTHS[code]]
        return np.frombuffer(self._buffer, dtype, count, at).astype(np.int64), at + count * dtype.itemsize


class NumpyTermsReader(base.TermsReader):
    """Whoosh's term lookups over a segment's NPL_EXT file, and `postings` for the index's own reader."""

    def __init__(self, storage, name: str) -> None:
        path = getattr(storage, "_fpath", None)
        if path is not None:
            with open(path(name), "rb") as handle:
                self._buffer = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        else:
            handle = storage.open_file(name)
            self._buffer = handle.read()
            handle.close()
        at, magic = _TAIL.unpack_from(self._buffer, len(self._buffer) - _TAIL.size)
        if magic != _MAGIC or self._buffer[: len(_MAGIC)] != _MAGIC:
            raise ValueError(f"{name} is not a posting file of this index's codec")
        directory = json.loads(bytes(self._buffer[at : len(self._buffer) - _TAIL.size]))
        self._entries = directory["fields"]
        self._fields: dict[str, _Field] = {}

    def _field(self, fieldname: str) -> _Field | None:
        field = self._fields.get(fieldname)
        if field is None and fieldname in self._entries:
            field = self._fields[fieldname] = _Field(self._buffer, self._entries[fieldname])
        return field

    def _find(self, fieldname: str, tbytes: bytes) -> tuple[_Field | None, int]:
        field = self._field(fieldname)
        return (field, field.find(tbytes)) if field is not None else (None, -1)

    def postings(self, fieldname: str, tbytes: bytes, positions: bool = False):
        """(documents, weights, positions or None, counts) of a term, or None when the segment lacks it."""
        return self.postings_at(fieldname, self.term_number(fieldname, tbytes), positions)

    def term_number(self, fieldname: str, tbytes: bytes) -> int:
        """Where a term is in its field's table (for `postings_at` and `doc_frequency_at`), or -1."""
        return self._find(fieldname, tbytes)[1]

    def postings_at(self, fieldname: str, number: int, positions: bool = False):
        """`postings` of the term at `number` of its field's table (None for -1)."""
        if number < 0:
            return None
        field = self._field(fieldname)
        ids, counts, found = field.postings(number, positions)
        return ids, counts * field.boost, found, counts

    def doc_frequency_at(self, fieldname: str, number: int) -> int:
        """`doc_frequency` of the term at `number` of its field's table (0 for -1)."""
        return int(self._field(fieldname).df[number]) if number >= 0 else 0

    def footprint(self) -> dict[str, dict[str, int]]:
        """Bytes of each field's term table and of its id, count and position streams."""
        out = {}
        for fieldname, entry in self._entries.items():
            field = self._field(fieldname)
            sizes = {name: np.dtype(dtype).itemsize * count for name, (_, dtype, count) in entry["arrays"].items()}
            df = field.df.astype(np.int64)
            ids = int(((df - 1) * _WIDTH_OF[field.widths & 3]).sum())
            counts = int((df * _WIDTH_OF[field.widths >> 2 & 3]).sum())
            table = sum(sizes.values()) - sizes["data"]
            positions = sizes["data"] - ids - counts
            out[fieldname] = {"term table": table, "ids": ids, "counts": counts, "positions": positions}
        return out

    def __contains__(self, term) -> bool:
        return self._find(*term)[1] >= 0

    def indexed_field_names(self):
        return self._entries.keys()

    def cursor(self, fieldname, fieldobj):
        return _Cursor(self, fieldname, fieldobj)

    def terms(self) -> Iterator[tuple[str, bytes]]:
        for fieldname in sorted(self._entries):
            field = self._field(fieldname)
            for i in range(field.count):
                yield fieldname, field.text(i)

    def terms_from(self, fieldname, prefix) -> Iterator[tuple[str, bytes]]:
        for name in sorted(self._entries):
            if name < fieldname:
                continue
            field = self._field(name)
            start = bisect.bisect_left(field.texts, prefix) if name == fieldname else 0
            for i in range(start, field.count):
                yield name, field.text(i)

    def items(self):
        return ((term, self.term_info(*term)) for term in self.terms())

    def items_from(self, fieldname, prefix):
        return ((term, self.term_info(*term)) for term in self.terms_from(fieldname, prefix))

    def term_info(self, fieldname, tbytes) -> TermInfo:
        field, i = self._find(fieldname, tbytes)
        if i < 0:
            raise KeyError(f"No term {fieldname}:{tbytes!r}")
        ids, counts, _ = field.postings(i, False)
        weights = counts * field.boost
        # lengths are not stored: 1 and 2**31 bound them, so Whoosh's quality estimates stay upper bounds
        return TermInfo(float(weights.sum()), len(ids), 1, 2**31, float(weights.max()), int(ids[0]), int(ids[-1]))

    def frequency(self, fieldname, tbytes) -> float:
        return self.term_info(fieldname, tbytes).weight()

    def doc_frequency(self, fieldname, tbytes) -> int:
        field, i = self._find(fieldname, tbytes)
        if i < 0:
            raise KeyError(f"No term {fieldname}:{tbytes!r}")
        return int(field.df[i])

    def matcher(self, fieldname, tbytes, format_, scorer=None):
        field, i = self._find(fieldname, tbytes)
        if i < 0:
            raise KeyError(f"No term {fieldname}:{tbytes!r}")
        ids, counts, found = field.postings(i, True)
        if field.kind == _POSITIONS:
            ends = np.cumsum(counts).tolist()
            flat = found.tolist()
            encode = PackedPositions().encode
            values = [encode(flat[end - n : end]) for end, n in zip(ends, counts.tolist(), strict=True)]
        elif field.kind == _FREQUENCY:
            values = [pack_uint(n) for n in counts.tolist()]
        else:
            values = [None] * len(ids)  # as W3 reads an Existence field
        info = self.term_info(fieldname, tbytes)
        weights = (counts * field.boost).tolist()
        return ListMatcher(
            ids.tolist(), weights, values, format_, scorer=scorer, term=(fieldname, tbytes), terminfo=info
        )

    def close(self) -> None:
        self._fields.clear()
        if isinstance(self._buffer, mmap.mmap):
            with contextlib.suppress(BufferError):  # arrays of it still referenced: let them close it
                self._buffer.close()


class _Cursor(base.FieldCursor):
    """Whoosh's term cursor over one field (used by its fuzzy and prefix automata)."""

    def __init__(self, reader: NumpyTermsReader, fieldname: str, fieldobj) -> None:
        self._reader = reader
        self._fieldname = fieldname
        self._fieldobj = fieldobj
        self._field = reader._field(fieldname)
        self._i = 0

    def first(self):
        self._i = 0
        return self.text()

    def find(self, term):
        if not isinstance(term, bytes):
            term = self._fieldobj.to_bytes(term)
        self._i = bisect.bisect_left(self._field.texts, term) if self._field is not None else 0
        return self.text()

    def next(self):
        self._i += 1
        return self.text()

    def is_valid(self) -> bool:
        return self._field is not None and self._i < self._field.count

    def text(self):
        return self._fieldobj.from_bytes(self._field.text(self._i)) if self.is_valid() else None

    def term_info(self):
        if not self.is_valid():
            return None
        return self._reader.term_info(self._fieldname, self._field.text(self._i))
