"""The parts of a zipped document (`.odt`, `.epub`: a zip of XML files) read past damage, with the standard zipfile
and zlib.

A whole archive is read through its directory at its end; a part that fails its check (a bad CRC, a deflate
stream that breaks) is left out and named. A file cut short has lost that directory: each part is then read from
its own local header in the order it was written (`content.xml`, an EPUB's chapters), the last one as far as its
bytes go, and the damage is said. A part that inflates past MAX_PART_BYTES is not read (a zip bomb's).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

MAX_PART_BYTES = 64 * 1024 * 1024
_LOCAL = b"PK\x03\x04"
_HEADER = struct.Struct("<4sHHHHHIIIHH")  # signature, version, flags, method, time, date, crc, sizes, name, extra


def zip_parts(data: bytes) -> tuple[dict[str, bytes], list[str]]:
    """Each readable part by name, and what was damaged (empty when nothing was). No part at all when `data`
    is no zip archive."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return _local_parts(data)
    parts, damage = {}, []
    for info in archive.infolist():
        if info.file_size > MAX_PART_BYTES:
            damage.append(f"{info.filename} too large to inflate")
            continue
        try:
            parts[info.filename] = archive.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError, OSError):
            damage.append(f"{info.filename} unreadable")
    return parts, damage


def _local_parts(data: bytes) -> tuple[dict[str, bytes], list[str]]:
    """The parts found by their local headers when the archive's directory is lost."""
    parts: dict[str, bytes] = {}
    cut: list[str] = []
    start = data.find(_LOCAL)
    while start >= 0 and start + _HEADER.size <= len(data):
        _, _, flags, method, _, _, _, size, _, name_length, extra_length = _HEADER.unpack_from(data, start)
        begin = start + _HEADER.size + name_length + extra_length
        name = data[start + _HEADER.size : start + _HEADER.size + name_length].decode(
            "utf-8" if flags & 0x800 else "cp437", "replace"
        )
        following = data.find(_LOCAL, begin)
        end = begin + size if size and not flags & 0x8 else (following if following >= 0 else len(data))
        raw = data[begin:end]
        if method == 0:
            parts[name] = raw
        elif method == 8:
            inflater = zlib.decompressobj(-15)
            try:
                parts[name] = inflater.decompress(raw, MAX_PART_BYTES)
            except zlib.error:
                cut.append(name)
                parts[name] = b""
            if not inflater.eof:
                cut.append(name)
        if end > len(data):
            cut.append(name)
        start = data.find(_LOCAL, max(end, begin))
    parts = {name: part for name, part in parts.items() if part}
    if not parts:
        return {}, []
    lost = f"; cut short: {', '.join(dict.fromkeys(cut))}" if cut else ""
    return parts, [f"the zip archive's directory is lost (the file is cut short or damaged){lost}"]
