"""Reading inputs: files, folders and JSON Lines -> decoded RawDocuments, or Skipped with a reason."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from urllib.parse import urlsplit

from index.article import RawDocument, Skipped
from index.ingest import field_tables
from index.ingest.bibtex_records import bibtex_references, is_bibtex
from index.ingest.calendar_events import events, is_calendar
from index.ingest.chat_exports import story_message
from index.ingest.clip_notes import without_callouts, without_closing_note
from index.ingest.crawl_tables import crawl_records
from index.ingest.days.clock import china_moment
from index.ingest.epub_files import epub_document
from index.ingest.escapes import unescape_breaks, unescape_text
from index.ingest.feeds import Item, items, xml_root
from index.ingest.file_kinds import read_as
from index.ingest.front_matter import split_front_matter
from index.ingest.har_captures import articles
from index.ingest.html import read_page
from index.ingest.indents import restore_paragraphs
from index.ingest.latex_files import latex_document
from index.ingest.mail_forwards import unforwarded
from index.ingest.mailboxes import FIRST_BYTES, Damaged, is_mailbox, messages
from index.ingest.message_backups import is_backup, story
from index.ingest.mhtml import mail_text, saved_page
from index.ingest.note_exports import is_note_export, notes
from index.ingest.odt_files import odt_document
from index.ingest.office_files import pptx_text, xlsx_records
from index.ingest.org_text import declared_properties, org_as_text, org_head
from index.ingest.papers import paper_text
from index.ingest.pdf_files import pdf_text
from index.ingest.post_archives import damage as post_damage
from index.ingest.post_archives import loads, posts, shape
from index.ingest.printed import unprinted
from index.ingest.reader_clippings import unclipped
from index.ingest.reference_records import is_ris, references
from index.ingest.rst_text import rst_fields
from index.ingest.rtf_files import rtf_text
from index.ingest.safari_pages import webarchive_page
from index.ingest.scanned_columns import unwrapped_columns
from index.ingest.schema_articles import articles as schema_articles
from index.ingest.screenshot_text import unscreened
from index.ingest.sql_dumps import records
from index.ingest.subtitles import cues_text
from index.ingest.text_dumps import undumped
from index.ingest.web_archives import captures, is_warc_name
from index.ingest.word97_files import doc_text
from index.ingest.word_files import docx_text
from index.ingest.xml_records import person
from index.ingest.xml_records import records as xml_records
from index.text.cjk import CJK_RE
from index.text.normalize import to_simplified

# a page as a crawler saves it keeps its server's name for it: portals serve `.shtml` (server-side includes)
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".shtm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".org", ".rst"} | HTML_SUFFIXES
MHTML_SUFFIXES = {".mht", ".mhtml"}  # a page saved with its parts in one file (index/ingest/mhtml.py)
WEBARCHIVE_SUFFIXES = {".webarchive"}  # a page Safari saved with its parts (index/ingest/safari_pages.py)
MAIL_SUFFIXES = {".eml"}  # an email: its HTML part as a page, else its plain text (index/ingest/mhtml.py)
MAILBOX_SUFFIXES = {".mbox", ".mbx"}  # a mailbox: an article a message (index/ingest/mailboxes.py)
# a news feed: an article an item (feeds.py); else an XML file of another schema: an article a record (xml_records.py)
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
FEED_ROOTS = {"rss", "feed", "rdf", "channel"}  # a feed's root element (RSS 2.0, Atom, RSS 1.0's RDF, a bare channel)
NOTE_SUFFIXES = {".enex"}  # a note app's export: an article a note (index/ingest/note_exports.py)
DOCUMENT_SUFFIXES = {".docx", ".doc", ".pdf", ".rtf", ".pptx"}  # read as their text (word_files.py, …)
# zipped documents with their own title, day and writer: OpenDocument text, EPUB (odt_files.py, epub_files.py)
PACKED_SUFFIXES = {".odt", ".epub"}
# a table of stories: a record a row (a spreadsheet's: office_files.py; a database dump's: sql_dumps.py)
RECORD_SUFFIXES = {".xlsx", ".sql"}
ARCHIVE_SUFFIXES = {".warc"}  # a web archive (`.warc`, `.warc.gz`): an article a captured page (web_archives.py)
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# a backup of social posts: an article a post (post_archives.py); JSON-LD saved alone (schema_articles.py)
JSON_SUFFIXES = {".json", ".jsonld"}
CALENDAR_SUFFIXES = {".ics"}  # a calendar's export: an article an event's description (calendar_events.py)
# a reference manager's export: an article a record's notes (reference_records.py, bibtex_records.py)
REFERENCE_SUFFIXES = {".ris", ".bib"}
SUBTITLE_SUFFIXES = {".srt", ".vtt"}  # a video's subtitles: an article its cues' script (subtitles.py)
CAPTURE_SUFFIXES = {".har"}  # a browser's traffic capture: an article an API's (har_captures.py)
TABLE_SUFFIXES = {".csv", ".tsv"}  # a crawler's table export: an article a row (crawl_tables.py)
LATEX_SUFFIXES = {".tex", ".ltx"}  # a LaTeX source: its typeset text, title, author and date (latex_files.py)
READ_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | MHTML_SUFFIXES | MAIL_SUFFIXES | FEED_SUFFIXES | NOTE_SUFFIXES
READ_SUFFIXES |= DOCUMENT_SUFFIXES | ARCHIVE_SUFFIXES | RECORD_SUFFIXES | MAILBOX_SUFFIXES | JSON_SUFFIXES
READ_SUFFIXES |= PACKED_SUFFIXES | WEBARCHIVE_SUFFIXES | CALENDAR_SUFFIXES | REFERENCE_SUFFIXES | SUBTITLE_SUFFIXES
READ_SUFFIXES |= CAPTURE_SUFFIXES | TABLE_SUFFIXES | LATEX_SUFFIXES
# A saved page's parts (its `_files` folder) and media: never an article, so never reported as not read.
PAGE_PART_SUFFIXES = {".css", ".js", ".map", ".ico", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp"}
PAGE_PART_SUFFIXES |= {".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".m4a", ".webm", ".swf"}

# The 300 most frequent Simplified characters: a decoding that yields text made of them is the right one.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
    "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
    "道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特"
    "件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队"
    "南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风"
    "切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许"
    "步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列"
    "习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派"
    "层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严网络息"
)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


# What a browser never shows: a page's styles, scripts and comments. Their Chinese is font names (宋体, 微软雅黑)
# and programmers' notes, not the page's language: a GB2312 page of 6 KB of styles around a 700-character
# article read as "no Chinese" when its first 4,000 characters were judged.
_UNSHOWN_START = re.compile(r"<(script|style)\b|<!--", re.IGNORECASE)
_SAMPLE = 4000  # Chinese characters judged (where a page's shown text has at least MIN_SHOWN of them)
MIN_SHOWN = 20
_HEAD = 200_000  # characters looked at: a 35 MB GBK export need not be scanned whole to know its encoding


def _shown(page: str) -> str:
    """`page` without its scripts, styles and comments (one pass: an unclosed one ends what is shown)."""
    parts, start, lowered = [], 0, page.lower()
    while (found := _UNSHOWN_START.search(page, start)) is not None:
        parts.append(page[start : found.start()])
        closing = "-->" if found.group() == "<!--" else f"</{found.group(1).lower()}"
        end = lowered.find(closing, found.end())
        if end < 0:
            return " ".join(parts)
        start = end + len(closing)
    parts.append(page[start:])
    return " ".join(parts)


def _first_chinese(text: str) -> list[str]:
    return [match.group() for match in islice(CJK_RE.finditer(text), _SAMPLE)]


def _common_share(text: str) -> float:
    """The share of common characters among the first _SAMPLE Chinese characters a reader would see, or of
    the whole text's when a page shows almost none (an article held in a script's state)."""
    head = text[:_HEAD]
    cjk = _first_chinese(_shown(head)) if "<" in head else []
    if len(cjk) < MIN_SHOWN:
        cjk = _first_chinese(head)
    if not cjk:
        return 0.0
    simplified = to_simplified("".join(cjk))
    return sum(ch in _COMMON for ch in simplified) / len(simplified)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) for UTF-8 (BOM or not), UTF-16 with its BOM, GB18030/GBK or Big5 bytes; ValueError with
    the reason otherwise.
    A few invalid byte sequences in text that is otherwise one encoding are read as U+FFFD (`decode_damaged`
    says where)."""
    text, encoding, _ = decode_damaged(data)
    return text, encoding


# A page is read through invalid bytes when they are at most this share of it (and at most MAX_DAMAGED places):
# a GBK page saved with one broken character should not be lost for its other 40,000 bytes, while a file in
# some other encoding fails in thousands of places. A short page may still hold MIN_DAMAGED places: a 500-byte
# page with one broken two-byte character fails in two, and what it decodes to must still read as Chinese.
MIN_COMMON_SHARE = 0.2  # of a decoding's Chinese characters among the 300 most common (_COMMON): else no Chinese
MAX_CONTROL_SHARE = 0.05  # of control characters in the first 8 KB: more is a binary file
MAX_DAMAGED_SHARE = 0.002
MAX_DAMAGED = 64
MIN_DAMAGED = 8


def decode_damaged(data: bytes) -> tuple[str, str, list[tuple[int, int]]]:
    """`decode`, and the (offset, length) of each invalid byte sequence read as U+FFFD (none when the bytes
    are valid).

    GB18030 accepts almost any byte string, so when both legacy encodings decode, the one whose text is
    made of common Chinese characters wins. When no encoding decodes the whole file, the one that fails in
    the fewest places (within MAX_DAMAGED_SHARE of the bytes) and still gives Chinese text is used.
    """
    if not data.strip():
        raise ValueError("empty file")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Windows Notepad's "Unicode": UTF-16 with its byte order mark
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        if not text.strip() or not _reads_as_text(_common_share(text), text):
            raise ValueError("undecodable: a UTF-16 byte order mark, then no UTF-16 text")
        return text, "utf-16", []
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return _decode_whole(data, "utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("gb18030", "big5", "big5hkscs"):
        if encoding == "big5hkscs" and candidates and candidates[-1][1] == "big5":
            break  # (Hong Kong's extension only when plain Big5 fails: `衆`, `羣`, `裏` in a page its software wrote)
        try:
            text = _decode_whole(data, encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_common_share(text), encoding, text))
    damage: list[tuple[int, int]] = []
    if not candidates:
        damaged = [_decode_through(data, encoding) for encoding in ("utf-8", "gb18030", "big5")]
        readable = [(_common_share(text), encoding, text, bad) for text, encoding, bad in damaged if bad is not None]
        if not readable:
            raise ValueError("undecodable: not UTF-8, GB18030 or Big5")
        # GB18030 reads a damaged Big5 page with as few invalid places as Big5 does, but as nonsense: the
        # decodings that read as Chinese go first, then the fewest invalid bytes among them
        share, encoding, text, damage = min(
            readable,
            key=lambda found: (not _reads_as_text(found[0], found[2]), sum(length for _, length in found[3])),
        )
        candidates = [(share, encoding, text)]
    share, encoding, text = max(candidates)
    if share < MIN_COMMON_SHARE and not text.isascii():
        raise ValueError("undecodable: no encoding gives Chinese text")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise ValueError("binary file (control characters)")
    return text, encoding, damage


def _reads_as_text(common_share: float, text: str) -> bool:
    """A decoding that gives Chinese (or plain ASCII) text and no binary's control characters."""
    return (common_share >= MIN_COMMON_SHARE or text.isascii()) and _control_share(text) <= MAX_CONTROL_SHARE


def _decode_through(data: bytes, encoding: str) -> tuple[str, str, list[tuple[int, int]] | None]:
    """`data` decoded with each invalid sequence read as U+FFFD, and where they were; None for the places when
    there are more than MAX_DAMAGED of them or they cover more than MAX_DAMAGED_SHARE of the bytes."""
    budget = min(MAX_DAMAGED, max(MIN_DAMAGED, int(len(data) * MAX_DAMAGED_SHARE)))
    parts, bad, start = [], [], 0
    while True:
        try:
            parts.append(_decode_whole(data[start:], encoding))
            return "".join(parts), encoding, bad
        except UnicodeDecodeError as error:
            parts.append(data[start : start + error.start].decode(encoding) + "\ufffd")
            bad.append((start + error.start, error.end - error.start))
            start += error.end
            if len(bad) > budget or sum(length for _, length in bad) > budget * 4:
                return "", encoding, None


def describe_damage(damage: list[tuple[int, int]], encoding: str) -> str:
    """`3 invalid bytes read as U+FFFD (gb18030) at byte 1200, 5400, 9000`, for the build report."""
    where = ", ".join(str(offset) for offset, _ in damage[:5]) + (", ..." if len(damage) > 5 else "")
    count = sum(length for _, length in damage)
    return f"{count} invalid byte{'s' * (count != 1)} read as U+FFFD ({encoding}) at byte {where}"


_TRUNCATED = ("unexpected end of data", "incomplete multibyte sequence")


def _decode_whole(data: bytes, encoding: str) -> str:
    """`data` decoded strictly, except that a multi-byte character cut off at the very end (a truncated
    download or copy) is dropped rather than costing the whole file."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if error.reason in _TRUNCATED and error.end == len(data) and error.start > 0 and error.start >= len(data) - 3:
            return data[: error.start].decode(encoding)
        raise


def _control_share(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def read_sources(paths: list[str | Path], max_file_bytes: int) -> Iterator[RawDocument | Skipped]:
    """Every article under `paths` (files, folders searched recursively, JSON Lines files), in a stable order;
    files larger than `max_file_bytes` (JSON Lines aside: they are read a line at a time) are skipped."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _read_folder(path, max_file_bytes)
        elif path.is_file():
            yield from _read_file(path, path.parent, max_file_bytes)
        else:
            yield Skipped(str(path), "no such file or folder")


def _read_folder(root: Path, max_file_bytes: int) -> Iterator[RawDocument | Skipped]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop: walk each real folder once
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        mailboxes = [name for name in files if _is_mailbox_file(Path(folder) / name)]  # Thunderbird's `Inbox`
        names = sorted(name for name in files if kind_of(name) in READ_SUFFIXES or name in mailboxes)
        if unread := _unread([name for name in files if name not in mailboxes]):
            yield Skipped(folder, unread)
        shared = _shared_stems(names)
        for name in names:
            file, keep_suffix = Path(folder) / name, Path(name).stem in shared
            yield from _read_file(file, root, max_file_bytes, keep_suffix=keep_suffix, named=False)


def _is_mailbox_file(path: Path) -> bool:
    """A file without a suffix that opens as a mailbox (a mail client keeps its folders so: `Inbox`, `Sent`)."""
    if path.suffix or path.name.startswith("."):
        return False
    try:
        with path.open("rb") as handle:
            return is_mailbox(handle.read(FIRST_BYTES))
    except OSError:
        return False


def kind_of(name: str) -> str:
    """A file's kind as its suffix says it (`.html`), a compressed web archive's as its archive's (`.warc.gz`
    is a `.warc`)."""
    return ".warc" if is_warc_name(name) else Path(name).suffix.lower()


def _unread(files: list[str]) -> str | None:
    """What a folder holds that the build does not read, counted by kind (`3 files of kinds not read: .docx 2,
    .pdf 1`), so that no input is dropped unsaid; hidden files and a saved page's parts aside."""
    kinds: dict[str, int] = {}
    for name in files:
        suffix = kind_of(name)
        if not name.startswith(".") and suffix not in READ_SUFFIXES | PAGE_PART_SUFFIXES:
            kinds[suffix or "(no suffix)"] = kinds.get(suffix or "(no suffix)", 0) + 1
    if not kinds:
        return None
    counted = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items(), key=lambda kc: (-kc[1], kc[0])))
    total = sum(kinds.values())
    return f"{total} file{'s' if total > 1 else ''} of kinds not read: {counted}"


def _shared_stems(names: list[str]) -> set[str]:
    """Stems that more than one of a folder's files has (`a.txt` and `a.html`): those files keep their suffix
    in their id, so that neither is dropped as a duplicate while every other file keeps the id it had."""
    stems: dict[str, int] = {}
    for name in names:
        stem = Path(name).stem
        stems[stem] = stems.get(stem, 0) + 1
    return {stem for stem, count in stems.items() if count > 1}


def _article_id(file: Path, root: Path, keep_suffix: bool = False) -> str:
    """A stable id from the path under the source root, without the suffix (`news/000_c729`), or with it
    when another file of the folder has the same name but for the suffix (`news/a.html`)."""
    try:  # the path as walked, so a file reached through a symlinked folder keeps its place under the root
        relative = file.relative_to(root)
    except ValueError:
        try:
            relative = file.resolve().relative_to(root.resolve())
        except ValueError:
            relative = Path(file.name)
    return relative.as_posix() if keep_suffix else relative.with_suffix("").as_posix()


def _read_file(
    file: Path, root: Path, max_file_bytes: int, keep_suffix: bool = False, named: bool = True
) -> Iterator[RawDocument | Skipped]:
    """One file's articles; a table that holds none is read as text when the file was `named` (as before there
    was a table reader), and skipped saying why when a folder's walk found it."""
    suffix = kind_of(file.name)
    try:
        size = file.stat().st_size
        if size > max_file_bytes and suffix not in JSONL_SUFFIXES:
            yield Skipped(str(file), f"file too large ({size} bytes > SEARCH_MAX_FILE_BYTES={max_file_bytes})")
            return
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(file, root, keep_suffix)
            return
        data = file.read_bytes()
    except OSError as error:
        yield Skipped(str(file), f"unreadable: {error.strerror or error}")
        return
    suffix, found = read_as(suffix, data)  # a page saved under a `.doc` name is read as a page (file_kinds.py)
    found = f"{found}: " if found else ""
    saved_mailbox = suffix in {".eml", ".txt", ""} and is_mailbox(data)  # a mailbox saved as a mail, or bare
    if suffix in MAILBOX_SUFFIXES or saved_mailbox:
        kind = "messages (`From ` separator lines) in the mailbox"
        yield from _read_items(file, data, _article_id(file, root, keep_suffix), messages(data), kind)
        return
    if suffix in JSON_SUFFIXES:
        damaged = post_damage(data)  # a few invalid bytes cost their characters, never the file's other posts
        found = schema_articles(loads(data)) or list(posts(data))  # JSON-LD saved alone (schema_articles.py)
        found_posts = [replace(post, damaged=damaged) for post in found]
        kind = "posts (objects with a text and a time) in the JSON file"
        kind += f", which holds {shape(data)}" if not found_posts else ""
        yield from _read_items(file, data, _article_id(file, root, keep_suffix), iter(found_posts), kind)
        return
    if suffix in CAPTURE_SUFFIXES:
        kind = "article (an object with a headline and a text of two sentences) in the capture's responses"
        yield from _read_items(file, data, _article_id(file, root, keep_suffix), articles(data), kind)
        return
    if suffix in CALENDAR_SUFFIXES | REFERENCE_SUFFIXES | SUBTITLE_SUFFIXES:
        try:
            text, encoding, damage = decode_damaged(data)
        except ValueError as error:
            yield Skipped(str(file), str(error))
            return
        said = describe_damage(damage, encoding) if damage else ""
        if suffix in CALENDAR_SUFFIXES:
            found = events(text) if is_calendar(text) else iter(())
            kind = "event with a notice in its description (two sentences or more) in the calendar"
        elif suffix in REFERENCE_SUFFIXES:
            found = references(text) if is_ris(text) else bibtex_references(text) if is_bibtex(text) else iter(())
            kind = "record with a text in its notes or abstract (two sentences or more) in the "
            kind += "RIS export" if suffix == ".ris" else "BibTeX export"
        else:
            found, kind = _titled(cues_text(text, file.stem)), "cue (a timing line and its words) in the subtitles"
        found_items = (replace(item, damaged=said) for item in found)
        yield from _read_items(file, data, _article_id(file, root, keep_suffix), found_items, kind)
        return
    if suffix in TABLE_SUFFIXES:
        try:
            text, encoding, damage = decode_damaged(data)
        except ValueError as error:
            yield Skipped(str(file), str(error))
            return
        table = crawl_records(text)
        if table is not None or not named:
            said = describe_damage(damage, encoding) if damage else ""
            found_rows = (replace(row, damaged=said) if said and isinstance(row, Item) else row for row in table or [])
            kind = "table of articles (no column of titles and of texts)"
            kind = "article row in the table" if table is not None else kind
            yield from _read_items(file, data, _article_id(file, root, keep_suffix), found_rows, kind)
            return
    if suffix in NOTE_SUFFIXES or (suffix in FEED_SUFFIXES and is_note_export(data)):
        kind = "notes (<note> with <content>) in the export"
        yield from _read_items(file, data, _article_id(file, root, keep_suffix), notes(data), kind)
        return
    if suffix in FEED_SUFFIXES:
        yield from _read_xml(file, data, _article_id(file, root, keep_suffix))
        return
    if suffix in RECORD_SUFFIXES:
        kind = "story in the file (no table with a title's and a text's column)"
        try:
            found = list(xlsx_records(data)) if suffix == ".xlsx" else _dump_records(data)
        except ValueError as error:
            yield Skipped(str(file), str(error))
            return
        yield from _read_items(file, data, _article_id(file, root, keep_suffix), iter(found), kind)
        return
    if suffix == ".warc":
        yield from _read_captures(file, data, _article_id(file, root, keep_suffix).removesuffix(".warc"))
        return
    saved, pages_lost = webarchive_page(data) if suffix in WEBARCHIVE_SUFFIXES else (None, None)
    saved = saved_page(data) if suffix in MHTML_SUFFIXES | MAIL_SUFFIXES else saved
    if suffix in MHTML_SUFFIXES | WEBARCHIVE_SUFFIXES and saved is None:
        archive = "Safari web archive" if suffix == ".webarchive" else "MHTML"
        yield Skipped(str(file), f"{found}no HTML page in the {archive} file")
        return
    content = saved.html if saved else mail_text(data) if suffix in MAIL_SUFFIXES else data
    given: dict[str, str] = {}
    if suffix in DOCUMENT_SUFFIXES | PACKED_SUFFIXES | LATEX_SUFFIXES:
        try:
            written, pages_lost, given = _document_text(suffix, data)
        except ValueError as error:
            yield Skipped(str(file), f"{found}{error}")
            return
        if not written.strip():  # a scanned PDF (pictures, no text layer), an RTF of pictures or cut at its start
            yield Skipped(str(file), f"{found}no text in the {suffix[1:].upper()} file")
            return
        content = written.encode("utf-8")
    if content is None:
        yield Skipped(str(file), "no HTML or text part in the email")
        return
    article_id = _article_id(file, root, keep_suffix)
    as_page = suffix in HTML_SUFFIXES or saved is not None
    address = saved.address if saved else None
    yield _document(file, str(file), article_id, data, content, as_page, address, pages_lost, given)


def _titled(scripts: Iterator[Item]) -> Iterator[Item]:
    """Subtitles' scripts, one that names no headline (no header, note, card or name does) marked `untitled`: its
    first spoken line is the speaker's (`各位观众晚上好！`), never a headline (index.ingest.extract)."""
    for script in scripts:
        yield script if "title" in script.fields else replace(script, fields=script.fields | {"untitled": "yes"})


def _document_text(suffix: str, data: bytes) -> tuple[str, str | None, dict[str, str]]:
    """A document file's text, its damage and the fields it declares (ValueError when it cannot be opened)."""
    if suffix in LATEX_SUFFIXES:
        text, encoding, damaged = decode_damaged(data)
        written, given = latex_document(text)
        return written, describe_damage(damaged, encoding) if damaged else None, given
    if suffix in PACKED_SUFFIXES:
        item, damage = odt_document(data) if suffix == ".odt" else epub_document(data)
        return item.text, damage, item.fields
    if suffix == ".pdf":
        return *pdf_text(data), {}
    if suffix == ".rtf":
        return *rtf_text(data), {}
    if suffix == ".doc":
        return doc_text(data), None, {}
    if suffix == ".pptx":
        return pptx_text(data), None, {}
    return docx_text(data), None, {}


def _read_xml(file: Path, data: bytes, stem: str) -> Iterator[RawDocument | Skipped]:
    """An XML file's articles: a message backup's story, else a feed's items, else the records of a schema the
    build does not know (xml_records.py); skipped, saying what was looked for, when none holds prose."""
    backup = is_backup(data)  # a phone's or a messenger's messages (message_backups.py)
    if backup and (found := story(data)):
        yield from _read_items(file, data, stem, iter(found), "story in the message backup")
        return
    root = xml_root(data)
    syndicated = root is not None and root.tag.rsplit("}", 1)[-1].lower() in FEED_ROOTS
    if syndicated and (found := [_feed_writer(item) for item in items(data)]):
        yield from _read_items(file, data, stem, iter(found), "feed items (RSS <item> or Atom <entry>) in the XML file")
        return
    # an archive's `<record>`s look like a backup's messages: records with headlines, or of an article's length;
    # a CMS's export of `<item>`s under its own root is read for all its fields (`<pubtime>`), its items else
    found, missing = xml_records(data)
    if not found and not syndicated and (found := list(items(data))):
        yield from _read_items(file, data, stem, iter(found), "feed items")
        return
    kind = f"feed items (RSS <item> or Atom <entry>), nor {missing}"
    kind = "story in the message backup (no message of an article's length)" if backup else kind
    yield from _read_items(file, data, stem, iter(found), kind)


def _feed_writer(item: Item) -> Item:
    """A feed item whose writer is an account (a WordPress export's `dc:creator` is the login, `admin`,
    `editor01`), without it: a writer only when it reads as a person's name (xml_records.person)."""
    author = item.fields.get("author")
    if author is None or "@" in author or person(author):  # RSS's `<author>mail (name)</author>` read as before
        return item
    return replace(item, fields={k: v for k, v in item.fields.items() if k != "author"})


def _read_captures(file: Path, data: bytes, stem: str) -> Iterator[RawDocument | Skipped]:
    """Each page a web archive captured as an article (`stem/1`, `stem/2`, …), read as a saved page is."""
    found = 0
    try:
        for capture in captures(data):
            found += 1
            where, article_id = f"{file}:{found}", f"{stem}/{found}"
            yield _document(file, where, article_id, capture.data, capture.data, True, capture.url, capture.damage)
    except ValueError as error:
        yield Skipped(str(file), str(error))
        return
    if not found:
        yield Skipped(str(file), "no HTML page captured in the web archive")


def _document(
    file: Path,
    where: str,
    article_id: str,
    data: bytes,
    content: bytes,
    as_page: bool,
    address: str | None,
    damaged: str | None,
    given: dict[str, str] | None = None,
) -> RawDocument | Skipped:
    """One file's (or one capture's) article from its `content` bytes: read as a page when `as_page` (its
    `address` the url when the page declares none), else as text; `data` the bytes its hash is of; `given` the
    fields its file declares apart from its text (an OpenDocument's meta.xml), over those its text declares."""
    try:
        text, encoding, damage = decode_damaged(content)
    except ValueError as error:
        return Skipped(where, str(error))
    meta: dict[str, str] = {}
    shown: list[str] = []
    suffix = file.suffix.lower()
    if as_page:
        text, meta, shown = read_page(text)
        if (message := story_message(page_lines := "\n".join(shown), tiles=True)) != page_lines:
            text = message  # a chat exported as a page: its message's first line the headline (chat_exports.py)
            meta.pop("title", None)
        if address and "url" not in meta:
            meta["url"] = address
    else:  # a text file saved from an escaped page: `磅&#31028;`, `&gt;&gt;欢迎` (index/ingest/escapes.py)
        meta, text = split_front_matter(text)  # a Markdown export's declared fields (index/ingest/front_matter.py)
        text = without_callouts(text)  # a note app's callouts: the clipper's (index/ingest/clip_notes.py)
        text = without_closing_note(text) if meta.get("url") else text  # and a clip's note under a closing rule
        text = undumped(text)  # a text browser's dump: its links' list, menus and marks (index/ingest/text_dumps.py)
        text = unforwarded(text)  # a forward: the forwarded message alone (index/ingest/mail_forwards.py)
        text = unclipped(text)  # a reader's clippings or excerpts: the highlights (index/ingest/reader_clippings.py)
        text = unscreened(text)  # a screenshot's OCR: no status line, app bar or buttons (screenshot_text.py)
        if suffix == ".org":
            drawer = declared_properties(text)  # its drawer's `:PUBDATE:`, under its `#+DATE:`
            if not meta:  # a capture's keyword lines under its file-level drawer (org_text.py)
                meta, text = org_head(text)
            meta = drawer | meta
            text = org_as_text(text)  # an Org file's headings, links and blocks (index/ingest/org_text.py)
        if suffix == ".rst":  # reStructuredText: its title and field list declared, its directives out (rst_text.py)
            declared, text = rst_fields(text)
            meta = declared | meta
        if not meta:  # a spreadsheet's row or an export's table of properties (index/ingest/field_tables.py)
            meta, text = field_tables.text_fields(text)
        text = restore_paragraphs(unescape_text(text))  # and breaks flattened into spaces (indents.py)
        text = unprinted(text)  # a PDF converter's pages: heads and feet out, lines joined (printed.py)
        text = unwrapped_columns(text)  # a scanned column's lines as paragraphs (scanned_columns.py)
        text = story_message(text)  # a chat export: the message carrying the article (chat_exports.py)
        text = paper_text(text)  # a paper read back from its PDF: its title and text, not its apparatus (papers.py)
    if not text.strip():
        return Skipped(where, "no text")
    meta |= given or {}
    origin = _site_origin(meta) or str(file.parent.resolve())
    damaged = describe_damage(damage, encoding) if damage else damaged or ""
    return RawDocument(article_id, where, text, content_hash(data), encoding, meta, origin, damaged, tuple(shown))


def _site_origin(meta: dict[str, str]) -> str | None:
    """The site a page came from, by its address or its declared name: pages of one site share a layout."""
    try:
        host = urlsplit(meta["url"]).hostname if meta.get("url") else None
    except ValueError:  # not a URL
        host = None
    if host:
        return f"site:{host.removeprefix('www.')}"
    return f"site:{meta['site']}" if meta.get("site") else None


_JSONL_TEXT = ("text", "body", "content")  # `text` as specified; `body`/`content` as news datasets name it
# a crawler's record holds the page as fetched (`html`, `raw_html`, `page`): read as a page, its `crawl_time` or
# `fetched_at` never the article's day (no date name below)
_JSONL_PAGE = ("html", "raw_html", "page_html", "html_content", "page", "raw")  # read only when they hold markup
# Each field under the names news datasets give it, the first one present winning.
_JSONL_META = {
    "title": ("title", "headline"),
    "date": (
        "date",
        "publish_time",
        "pub_time",
        "pub_date",
        "pubtime",
        "pubDate",
        "publish_date",
        "publishedAt",
        "published_at",
        "release_time",
        "post_time",
        "created_at",
        "datetime",
        "time",
    ),
    "source": ("source",),
    "site": ("site", "media", "source_name", "site_name"),
    "author": ("author", "authors"),
    "url": ("url", "link"),
}
# A text field holding HTML rather than plain text: `<p>…</p>`, `<br>`, `<div class=…>`.
_HTML_TEXT = re.compile(r"<(?:p|br|div|span|section|article|h[1-6]|li|table|img|strong|font)\b[^>]*>", re.I)


def _record_text(record: object) -> str | None:
    """The article text of a JSON Lines record, or None when it has none."""
    if not isinstance(record, dict):
        return None
    for key in _JSONL_TEXT + _JSONL_PAGE:
        value = record.get(key)
        if isinstance(value, str) and value.strip() and (key in _JSONL_TEXT or _HTML_TEXT.search(value)):
            return value
    return None


def _read_jsonl(file: Path, root: Path, keep_suffix: bool = False) -> Iterator[RawDocument | Skipped]:
    stem = _article_id(file, root, keep_suffix)
    resolved = str(file.resolve())  # once: a path walk a record was 0.4-0.5 of the 1.1 s reading the 10.6k corpus
    with file.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{file}:{number}"
            if not raw.strip():
                continue
            line, damaged = _line_text(raw)  # a bad byte costs its character, said in the report
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as error:
                yield Skipped(where, f"not a JSON object: {error}")
                continue
            text = _record_text(record)
            if text is None:
                yield Skipped(where, "no `text` field")
                continue
            given = record.get("id")
            article_id = str(given) if given not in (None, "") else f"{stem}/{number}"
            meta = _record_meta(record)
            text = unescape_breaks(text)  # a scraper's second escaping (index/ingest/escapes.py)
            text, meta, shown = _record_page(text, meta)
            if shown is not None and not text.strip():
                yield Skipped(where, "no text")
                continue
            origin = resolved
            if site := _site_origin(meta):
                origin += f"#{site}"
            digest = content_hash(raw.strip())
            yield RawDocument(article_id, where, text, digest, "utf-8", meta, origin, damaged, shown or ())


def _line_text(raw: bytes) -> tuple[str, str]:
    """A JSON Lines line's text and what of it was invalid UTF-8 and read as U+FFFD ("" when nothing was)."""
    try:
        return raw.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        text = raw.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - raw.decode("utf-8-sig", errors="ignore").count("\ufffd")
    return text, f"{bad} invalid byte sequence{'s' * (bad != 1)} read as U+FFFD (utf-8)"


def _unix_day(value: object) -> str | None:
    """The day in China a Unix time in seconds or milliseconds names (`1585534500`), None for any other value."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    if isinstance(value, str) and not re.fullmatch(r"\d{9,13}", value.strip()):
        return None
    number = float(value)
    moment = china_moment(number / 1000 if number > 10**11 else number) if number >= 10**8 else None
    return moment.date().isoformat() if moment else None


def _record_page(text: str, meta: dict[str, str]) -> tuple[str, dict[str, str], tuple[str, ...] | None]:
    """A record's text (a JSON Lines record's, a feed item's) with its fields: read as a page when it holds HTML,
    the page's declared fields beneath the record's own, with the lines it shows; plain text with its entities
    read as their characters, and None for the lines (no page)."""
    if not _HTML_TEXT.search(text):
        return restore_paragraphs(unescape_text(text)), meta, None
    element = _TITLE_ELEMENT.search(text)
    if element and _spaced(unescape_text(element.group(1))) == _spaced(meta.get("title", "")):
        # a crawler's copy of the page's `<title>`, its site's suffix on: the headline is read from the page
        meta = {key: value for key, value in meta.items() if key != "title"}
    text, declared, shown = read_page(text)
    return text, declared | meta, tuple(shown)


_TITLE_ELEMENT = re.compile(r"<title[^>]*>([^<]*)</title>", re.I)


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _dump_records(data: bytes) -> list[Item]:
    """A `.sql` dump's articles, each marked with the invalid bytes of its file (its other rows still read)."""
    text, encoding, damage = decode_damaged(data)
    damaged = describe_damage(damage, encoding) if damage else ""
    return [replace(item, damaged=damaged) for item in records(text)]


def _read_items(
    file: Path, data: bytes, stem: str, found_items: Iterator[Item | Damaged], kind: str
) -> Iterator[RawDocument | Skipped]:
    """Each item of a feed, a note export, a mailbox or a post backup as an article (`stem/1`, `stem/2`, …), its
    site's pages sharing a source, a damaged one reported by its number; the file skipped, naming the `kind`
    looked for, when it holds none."""
    found = False
    for number, item in enumerate(found_items, start=1):
        found, where = True, f"{file}:{number}"
        if isinstance(item, Damaged):  # a mailbox's message that could not be read: said, the others read
            yield Skipped(where, item.reason)
            continue
        meta = {key: unescape_text(value).strip() for key, value in item.fields.items()}
        text, meta, shown = _record_page(item.text, meta)
        if not text.strip():
            yield Skipped(where, "no text")
            continue
        origin = _site_origin(meta) or str(file.parent.resolve())
        digest = content_hash(data + b"#%d" % number)
        yield RawDocument(f"{stem}/{number}", where, text, digest, "utf-8", meta, origin, item.damaged, shown or ())
    if not found:
        yield Skipped(str(file), f"no {kind}")


def _record_meta(record: dict) -> dict[str, str]:
    meta = {}
    for field, names in _JSONL_META.items():
        for name in names:
            value = record.get(name)
            if isinstance(value, list):
                value = " ".join(str(v) for v in value)
            if value not in (None, "") and not isinstance(value, dict | bool):
                meta[field] = unescape_text(str(value)).strip()
                if field == "date" and (day := _unix_day(value)):  # `"pub_time": 1585534500`
                    meta[field] = day
                break
    return {field: value for field, value in meta.items() if value}
