"""Word 97–2003 documents (`.doc`, the attachment of many a notice) read as their text: the main text from the
piece table, Chinese in UTF-16 pieces and Latin in cp1252 ones, fields by their result, table rows as `.docx`
rows read; a file that is no document, or an encrypted one, is skipped with its reason."""

from __future__ import annotations

import struct
from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

SECTOR = 512
END, FREE, FAT_MARK = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def _compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding `streams`, each padded with zeros to at least
    4096 bytes so that none is in the mini stream: what Word writes, as little of it as olefile needs."""
    streams = {name: data.ljust(max(4096, -(-len(data) // SECTOR) * SECTOR), b"\0") for name, data in streams.items()}
    names = list(streams)
    chains: list[tuple[int, int]] = []  # (first sector, sector count) of each stream, then the directory
    sectors: list[bytes] = []
    for name in names:
        data = streams[name]
        chains.append((len(sectors), len(data) // SECTOR))
        sectors += [data[i : i + SECTOR] for i in range(0, len(data), SECTOR)]

    def entry(name: str, kind: int, child: int, left: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB3I", len(encoded), kind, 1, left, FREE, child)
            + b"\0" * 36
            + struct.pack("<IQ", start, size)
        )

    # the root's child is the last stream; each stream's left sibling the one before it (names in CFB order)
    ordered = sorted(range(len(names)), key=lambda i: (len(names[i]), names[i].upper()))
    directory = entry("Root Entry", 5, ordered[-1] + 1, FREE, END, 0)
    for i, name in enumerate(names):
        place = ordered.index(i)
        left = ordered[place - 1] + 1 if place else FREE
        directory += entry(name, 2, FREE, left, chains[i][0], len(streams[name]))
    directory = directory.ljust(-(-len(directory) // SECTOR) * SECTOR, b"\0")
    chains.append((len(sectors), len(directory) // SECTOR))
    sectors += [directory[i : i + SECTOR] for i in range(0, len(directory), SECTOR)]
    fat_sectors = -(-(len(sectors) + 1) // (SECTOR // 4))
    fat = []
    for first, count in chains:
        fat += [first + k + 1 for k in range(count - 1)] + [END]
    fat += [FAT_MARK] * fat_sectors
    fat += [FREE] * (fat_sectors * SECTOR // 4 - len(fat))
    first_fat = len(sectors)
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, fat_sectors, chains[-1][0], 0, 4096, END, 0, END, 0)
        + struct.pack(f"<{109}I", *([first_fat + k for k in range(fat_sectors)] + [FREE] * (109 - fat_sectors)))
    )
    return header + b"".join(sectors) + struct.pack(f"<{len(fat)}I", *fat)


def _doc(pieces: list[tuple[str, bool]], flags: int = 0x0200, version: int = 0x00C1) -> bytes:
    """A `.doc` whose main text is `pieces` (text, compressed), stored in that order after the header."""
    text_at, body, positions, descriptors = 0x800, b"", [0], b""
    for text, compressed in pieces:
        at = text_at + len(body)
        body += text.encode("cp1252") if compressed else text.encode("utf-16-le")
        positions.append(positions[-1] + len(text))
        fc = (at * 2) | 0x40000000 if compressed else at
        descriptors += struct.pack("<HIH", 0, fc, 0)
    table = struct.pack(f"<{len(positions)}i", *positions) + descriptors
    clx = b"\x02" + struct.pack("<I", len(table)) + table
    fib = bytearray(text_at)
    struct.pack_into("<HH", fib, 0, 0xA5EC, version)
    struct.pack_into("<H", fib, 0x0A, flags)
    struct.pack_into("<i", fib, 0x4C, positions[-1])
    struct.pack_into("<II", fib, 0x1A2, 0, len(clx))
    return _compound_file({"WordDocument": bytes(fib) + body, "1Table": clx})


def _read(folder: Path) -> list[RawDocument | Skipped]:
    return list(read_sources([folder], Settings().max_file_bytes))


NOTICE = [
    ("关于开展2023年网络安全宣传周活动的通知\r", False),
    ("发布时间：2023-08-21\r", False),
    ("各县区委网信办：\r根据省委网信办统一部署，现就开展网络安全宣传周活动有关事项通知如下。\r", False),
    ('\x13 HYPERLINK "http://www.qingyang.gov.cn" \x14', True),
    ("庆阳市人民政府网", False),
    ("\x15\r联系人\x07张敏\x07\x07电话\x070934-8213456\x07\x07", False),
]


def test_a_word_97_documents_text_is_read_from_its_piece_table(tmp_path: Path) -> None:
    (tmp_path / "附件1.doc").write_bytes(_doc(NOTICE))
    (raw,) = _read(tmp_path)
    article = extract(raw)
    assert (article.title, article.date) == ("关于开展2023年网络安全宣传周活动的通知", "2023-08-21")
    assert "根据省委网信办统一部署" in article.body and "庆阳市人民政府网" in article.body


def test_a_fields_code_is_dropped_and_its_result_kept(tmp_path: Path) -> None:
    (tmp_path / "notice.doc").write_bytes(_doc(NOTICE))
    (raw,) = _read(tmp_path)
    assert "HYPERLINK" not in raw.text and "庆阳市人民政府网" in raw.text


def test_a_tables_rows_are_read_as_cells_apart(tmp_path: Path) -> None:
    (tmp_path / "notice.doc").write_bytes(_doc(NOTICE))
    (raw,) = _read(tmp_path)
    assert "联系人 | 张敏" in raw.text and "电话 | 0934-8213456" in raw.text


def test_an_encrypted_word_document_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "locked.doc").write_bytes(_doc(NOTICE, flags=0x0200 | 0x0100))
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason == "an encrypted Word document"


def test_a_file_named_doc_that_is_plain_text_is_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "notice.doc").write_text("关于开展网络安全宣传周活动的通知", encoding="utf-8")
    (raw,) = _read(tmp_path)
    assert raw.text.strip() == "关于开展网络安全宣传周活动的通知"


def test_a_file_named_doc_that_is_no_kind_read_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "notice.doc").write_bytes(b"\x00\x01\x02" * 40)
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and "not a Word 97–2003 document" in skipped.reason


def test_a_word_95_document_is_skipped_saying_which_versions_are_read(tmp_path: Path) -> None:
    (tmp_path / "old.doc").write_bytes(_doc(NOTICE, version=0x0065))
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("a Word 6/95 document")
