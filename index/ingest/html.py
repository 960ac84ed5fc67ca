"""HTML -> the article's text and the fields the page declares or shows.

The body is chosen by agreement between readability-lxml, trafilatura and a density run of the page's own
lines (index.ingest.body, index.ingest.density); the headline by agreement of `<title>`, headings and declared
titles (index.ingest.titles); the publication line nearest the headline gives the day and the byline
(index.ingest.publication), and its lines go in front of the body for extraction (index.ingest.extract) to
read. Around them this module reads what pages declare in markup: Chinese government portals'
`<meta name="ArticleTitle|PubDate|ContentSource">`, Open Graph and JSON-LD. Before them the page is read as a
browser shows it (its source's line breaks a space, or nothing between Chinese characters), a page printed line
by line as its paragraphs (index.ingest.cleaning.join_wrapped), a frame's inline document (`srcdoc`) where the
frame stands, a script-rendered page by its `<noscript>` fallback, an app's shell by the article its script
holds (index.ingest.state), and a forum's page without the blocks its software names as posters' signatures."""

from __future__ import annotations

import html
import json
import logging
import re

import lxml.html
from lxml import etree

from index.ingest import (
    account_titles,
    accounts,
    author_boxes,
    author_links,
    bylines,
    code_hosts,
    column_titles,
    dated_lists,
    epaper_titles,
    field_tables,
    file_names,
    footnotes,
    heading_anchors,
    issue_pages,
    labelled_headlines,
    listed_headlines,
    notebooks,
    opening_brackets,
    other_answers,
    page_urls,
    publication,
    record_lines,
    running_heads,
    script_writers,
    show_notes,
    sidebar_profiles,
    social_posts,
    twice_shown,
)
from index.ingest.body import agreed_body
from index.ingest.cleaning import join_wrapped, wrap_width
from index.ingest.closing_lines import without_repeated_closing
from index.ingest.comments import without_comments
from index.ingest.days import captions, commits, end_tags, regional, relative, shortened, year_less
from index.ingest.days.shapes import YEAR, YMD_DAY
from index.ingest.density import INVISIBLE, LINK_DENSE, Line, densest_run, page_lines
from index.ingest.extract import read_date
from index.ingest.platform_lines import without_callouts
from index.ingest.state import script_article, script_day
from index.ingest.titles import (
    choose_title,
    may_name_a_site,
    names_no_article,
    strip_site_prefix,
    strip_site_suffix,
    tails,
    without_page_number,
)

# trafilatura logs at WARNING for pages it finds too short or badly formed; the build reports what it skips.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)
logging.getLogger("readability").setLevel(logging.ERROR)

# A form is a search box or a login unless it holds writing: ASP.NET blogs wrap the whole page in one <form>.
_FORM_TEXT = 200
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer nav aside dd dt dl "
    "blockquote pre hr main figure figcaption address center td th".split()
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# <meta name=...> / <meta property=...> names, lower-cased, for each field, most specific first.
_META_NAMES = {
    "title": ("articletitle", "og:title", "twitter:title", "title"),
    "date": (
        "pubdate",
        "publishdate",
        "publish_date",
        "publishtime",
        "publish_time",
        "article:published_time",
        "og:published_time",
        "datepublished",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "date",
    ),
    "source": ("contentsource", "source", "article:source"),
    "author": ("author", "article:author", "dc.creator"),
    "site": ("sitename", "og:site_name", "application-name"),
    "url": ("url", "og:url"),
}


def _meta_tags(tree) -> dict[str, str]:
    """The fields named in <meta name|property|itemprop=…> tags, the most specific name winning."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        name = (element.get("name") or element.get("property") or element.get("itemprop") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if name and content:
            found.setdefault(name, content)
    return {
        field: next(found[n] for n in names if n in found)
        for field, names in _META_NAMES.items()
        if found.keys() & set(names)
    }


def _json_ld(tree) -> dict[str, str]:
    """headline, datePublished, author and publisher of a NewsArticle's JSON-LD, when the page has one."""
    out: dict[str, str] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            for key, field in (("headline", "title"), ("datePublished", "date")):
                if isinstance(item.get(key), str):
                    out.setdefault(field, item[key])
            for key, field in (("author", "author"), ("publisher", "site")):
                value = item.get(key)
                value = value[0] if isinstance(value, list) and value else value
                name = value.get("name") if isinstance(value, dict) else value
                if isinstance(name, str) and name.strip():
                    out.setdefault(field, name.strip())
    return out


# Founder's e-paper system (方正 ENP, behind many Chinese papers' e-editions) keeps each article's record in a comment
# after its text: `<!--enpproperty <date>2022-02-13 00:00:00:0</date><author></author>…-->`
_PROPERTY_COMMENT = re.compile(r"<!--\s*enpproperty\b.*?<date>\s*([^<]{8,30}?)\s*</date>", re.S | re.I)


def _property_day(markup: str) -> str | None:
    """The day an e-paper system's record comment declares (its `<date>`), None without one."""
    match = _PROPERTY_COMMENT.search(markup)
    return read_date(match.group(1)) if match else None


_WRAPPER = re.compile(r"""^\s*<text\s+id=["'](https?://[^"'\s]+)["']""")  # a crawl's record: <text id="URL" …>
# the mark a browser's "save as" leaves before the page: `<!-- saved from url=(0064)http://… -->`
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.I)


def _address(tree, markup: str) -> str | None:
    """The page's own address when no <meta> declares it: its canonical link, the id of the crawler's record
    wrapped around the saved bytes, or the address a browser noted when it saved the page."""
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            return link.get("href")
    match = _WRAPPER.match(markup[:2000]) or _SAVED_FROM.search(markup[:2000])
    return match.group(1) if match else None


def visible_lines(tree) -> list[str]:
    """The page's visible text, one block per line (scripts, styles, forms and the head left out). Two numbers
    in elements side by side keep a space between them (`<span>20-04-01</span><span>10:26</span>`: a style sets
    them apart on the screen), where the text would otherwise run them into one (`20-04-0110:26`)."""
    parts: list[str] = []
    skipping = 0
    shown: dict = {}  # an element's text, stripped, as `_sets_apart` reads its parents' (once each)

    def add(text: str | None) -> None:
        if text:
            if parts and parts[-1][-1:].isdigit() and text[:1].isdigit():
                parts.append(" ")
            parts.append(text)

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if skipping or tag in INVISIBLE or not tag or (tag == "form" and _is_control_form(element)):
                skipping += 1
                continue
            if tag in _BLOCKS:
                parts.append("\n")
            add(element.text)
        else:
            if skipping:
                skipping -= 1
                if skipping == 0:
                    add(element.tail)
                continue
            if tag in _BLOCKS:
                parts.append("\n")
            elif _sets_apart(element, shown):
                parts.append(" ")
            add(element.tail)
    return [line.strip() for line in "".join(parts).split("\n") if line.strip()]


_FIELD_TAGS = frozenset("span a em i b strong font label cite small".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6 title".split())
FIELDS_LINE = 60  # the longest a line of fields shown in side-by-side elements is, in characters
_SENTENCE_MARK = re.compile(r"[，。！？；,!?;]")
# a field's element, by the class or id a CMS gives it (`<span class="author">`, `<span class="account">`)
_FIELD_CLASS = re.compile(r"(?i)author|writer|name|nick|user|account|byline|source|from|origin|time|date|editor|up")
_WORD = re.compile(r"[\w\u3400-\u9fff·•]{1,12}")  # one word of letters, a name or a handle
_LINE_OF_FIELDS = re.compile(rf"[:：]|{YEAR}[-/.年]\d{{1,2}}")  # a label's colon, a day


def _sets_apart(element, shown: dict) -> bool:
    """Whether a style sets an inline element apart from the one right after it, which the text would run into
    it: two fields of a short line of fields, side by side with nothing between them (`<span class="author">老K
    </span><span class="account">老K的杂货铺</span>`, `<span>张伟</span><span>李娜</span>` were read `老K老K的杂货铺`,
    `张伟李娜`): both elements named as fields by their class, or two of one tag holding a word each in a line of
    labels or days. Not in a sentence or a heading, where styled runs of one text follow each other (a WeChat
    paragraph's spans): on the shared pages, any two inline elements set apart split a subheading's words
    (`<strong>他改变的</strong><strong>不只是…</strong>`)."""
    after = element.getnext()
    if after is None or element.tag not in _FIELD_TAGS or after.tag not in _FIELD_TAGS or element.tail:
        return False  # (a space or a mark between them sets them apart already)
    first, second = element.text_content().strip(), after.text_content().strip()
    if not first or not second:
        return False
    classed = all(_FIELD_CLASS.search(f"{e.get('class', '')} {e.get('id', '')}") for e in (element, after))
    words = element.tag == after.tag and len(element) == len(after) == 0 and all(map(_WORD.fullmatch, (first, second)))
    parent = element.getparent()
    if not (classed or words) or parent is None or parent.tag in _HEADINGS:
        return False
    if parent not in shown:
        shown[parent] = parent.text_content().strip()
    line = shown[parent]
    fielded = classed or _LINE_OF_FIELDS.search(line)  # words side by side only in a line of labels or days
    return bool(fielded) and len(line) <= FIELDS_LINE and not _SENTENCE_MARK.search(line)


def _is_control_form(form) -> bool:
    return len("".join(form.text_content().split())) < _FORM_TEXT


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page or fragment, one block per line."""
    tree = _parse(markup)
    return "\n".join(visible_lines(tree)) if tree is not None else ""


def _parse(markup: str):
    """The page's tree, its comments taken out and the text after them kept: lxml's tree walk passes over a
    comment together with the text that follows it, and old portals' templates mark every field with one
    (`<!--date-->02日14:25 <!--author-->赵婕`)."""
    markup = _XML_DECLARATION.sub("", markup)
    if not markup.strip():
        return None
    try:
        tree = lxml.html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return None
    etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    return tree


# Where a page's source keeps its line breaks: preformatted text, and code whose lines matter.
_VERBATIM = re.compile(r"<(pre|textarea|xmp|plaintext|script|style)\b.*?</\1\s*>", re.S | re.I)
_SOURCE_BREAK = re.compile(r"[ \t]*\r?\n[ \t\r\n]*")
_WIDE = re.compile(r"[\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def unwrapped(markup: str) -> str:
    """`markup` with the line breaks of its source read as a browser reads them: a space, or nothing between two
    Chinese characters (a word processor or an editor wraps a paragraph's source anywhere: `…民众检测新冠` /
    `病毒的帐篷`), outside preformatted text and scripts. Extractors that keep text nodes' line breaks would
    otherwise cut a paragraph at each of them."""

    def join(match: re.Match[str]) -> str:
        text, start, end = match.string, match.start(), match.end()
        wide = start > 0 and end < len(text) and _WIDE.match(text[start - 1]) and _WIDE.match(text[end])
        return "" if wide else " "

    out, at = [], 0
    for kept in _VERBATIM.finditer(markup):
        out += [_SOURCE_BREAK.sub(join, markup[at : kept.start()]), kept.group(0)]
        at = kept.end()
    return "".join(out) + _SOURCE_BREAK.sub(join, markup[at:])


def read_html(markup: str) -> tuple[str, dict[str, str]]:
    """(text, fields) of a page or fragment: the main text, with the publication line under the title first,
    and the title, date, source, author, site and url the page declares (only those it has)."""
    text, meta, _ = read_page(markup)
    return text, meta


_SRCDOC = re.compile(r"<iframe\b[^>]*\ssrcdoc\s*=", re.I)


def inlined_frames(markup: str) -> str:
    """`markup` with each `<iframe srcdoc="…">` replaced by the body of the document its attribute holds: the
    page shows that document where the frame stands (a portal's editor can put the whole text in one), while
    a frame is otherwise invisible to every extractor here. Unchanged when no frame has a srcdoc."""
    if not _SRCDOC.search(markup):
        return markup
    tree = _parse(markup)
    if tree is None:
        return markup
    for frame in list(tree.iter("iframe")):
        document = _parse(frame.get("srcdoc") or "")
        body = document.find(".//body") if document is not None else None
        shown = lxml.html.Element("div")
        if body is not None:
            shown.text = body.text
            shown.extend(list(body))
        elif document is not None:
            shown.append(document)
        shown.tail = frame.tail
        frame.getparent().replace(frame, shown)
    return lxml.html.tostring(tree, encoding="unicode")


_NOSCRIPT = re.compile(r"<noscript\b[^>]*>(.*?)</noscript\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>|\s+")
# How much text a <noscript> must hold to be the page's own fallback rather than a notice (`请启用JavaScript`) or a
# tracking pixel.
FALLBACK_CHARS = 100


def shown_fallbacks(markup: str) -> str:
    """`markup` with each `<noscript>` that holds FALLBACK_CHARS characters or more shown as a `<div>`: a page its
    script renders keeps the article only in that fallback once saved, an empty container where the script puts
    it. Unchanged when no `<noscript>` holds so much."""
    if not any(len(_TAG.sub("", m.group(1))) >= FALLBACK_CHARS for m in _NOSCRIPT.finditer(markup)):
        return markup  # (most pages' <noscript> holds a tracking pixel: no second parse for them)
    tree = _parse(markup)
    if tree is None:
        return markup
    fallbacks = [e for e in tree.iter("noscript") if len("".join(e.text_content().split())) >= FALLBACK_CHARS]
    for element in fallbacks:
        element.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode") if fallbacks else markup


# The class or id a forum's software gives a poster's signature under each post (Discuz!'s `sign`, phpBB's and
# vBulletin's `signature`, `signatures`, `usersig`): a convention of the software, not of one site.
_SIGNATURE_NAMES = frozenset("sign signature signatures usersig sigline post-signature user-signature".split())
_SIGNATURE_ATTRIBUTE = re.compile(
    r"""\b(?:class|id)\s*=\s*["']?(?:[^"'>]*\s)?(?:""" + "|".join(sorted(_SIGNATURE_NAMES)) + r""")["'\s>]""", re.I
)
# a day alone, which no poster signs with and a document's issuer does under it (a gazette's `<p class="sign">`)
_SIGNED_DAY = re.compile(YMD_DAY)
SIGNATURE_MAX = 200  # characters: a longer block so named holds writing (a page that misnames its article)


def without_signatures(markup: str) -> str:
    """`markup` without the blocks its forum software names as a poster's signature (at most SIGNATURE_MAX
    characters each): a signature sits between the post and the next one, where no line shape tells it from
    the post's own last line. Unchanged when no element is so named."""
    if not _SIGNATURE_ATTRIBUTE.search(markup):
        return markup
    tree = _parse(markup)
    if tree is None:
        return markup
    found = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and {*(element.get("class") or "").lower().split(), (element.get("id") or "").lower()} & _SIGNATURE_NAMES
        and 0 < len("".join(element.text_content().split())) <= SIGNATURE_MAX
        and not _SIGNED_DAY.fullmatch(element.text_content().strip())  # a document's signed day: `2020年4月1日`
    ]
    for element in found:
        element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode") if found else markup


CAPTION_MAX = 120  # a longer <figcaption> is text a page set in a figure, not a picture's caption


def without_captions(markup: str) -> str:
    """`markup` without its pictures' `<figcaption>`s: a caption (`村民在公路旁晾晒稻谷`, `图像来源，X`) is the
    picture's, never one of the story's paragraphs (alone8's pages, 2026-12-06: a broadcaster's captions and
    credits were kept as paragraphs). Unchanged when the page has none."""
    if "<figcaption" not in markup.lower():
        return markup
    tree = _parse(markup)
    if tree is None:
        return markup
    found = [caption for caption in tree.iter("figcaption") if len(caption.text_content().strip()) <= CAPTION_MAX]
    for caption in found:
        caption.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode") if found else markup


def read_page(markup: str) -> tuple[str, dict[str, str], list[str]]:
    """`read_html`, and the page's visible lines (what its site's furniture is learned from, whatever part of
    them extraction keeps)."""
    saved = markup
    markup = without_comments(without_signatures(shown_fallbacks(inlined_frames(unwrapped(markup)))))
    markup = without_callouts(footnotes.without_note_markup(without_captions(markup)))
    markup = heading_anchors.without_heading_anchors(markup)  # `标题¶`, `# 标题`: a heading's link to itself
    markup = notebooks.without_code_cells(markup)  # a notebook's code, prompts and output
    markup = code_hosts.rendered_file(markup)  # a code host's file view: the file, not the repository's frame
    tree = _parse(markup)
    if tree is None:
        return "", {}, []
    relative.shown_as_days(tree)  # `3 天前` whose element keeps its day: the day
    shortened.shown_in_full(tree)  # `<time datetime="2020-04-04…">20/04/04</time>`: the day its markup keeps
    declared = _json_ld(tree) | _meta_tags(tree)
    table = field_tables.page_table(tree)  # an export's properties, an office system's form
    if table is not None:
        declared = table.fields | declared
    if "date" not in declared and (recorded := _property_day(markup)):
        declared["date"] = recorded
    if "url" not in declared and (address := _address(tree, markup)):
        declared["url"] = address
    year_less.stamped_in_tree(tree, saved, declared.get("url"))  # `02-12 11:38` in the year the page gives
    lines = visible_lines(tree)
    page = page_lines(tree)  # (once a tree: it walked the page twice, 4% of a page's reading, pages.py's 62)
    written = [line.text for line in page if line.link_share < LINK_DENSE]  # (a list of titles is as wide)
    if wrap_width(written) is not None:  # a page printed line by line (a PDF's, an essay set with <br>)
        markup = _as_paragraphs(tree, join_wrapped(lines))
        tree = _parse(markup)
        lines = visible_lines(tree)
        page = page_lines(tree)
    import trafilatura  # here, not at the top: a build of JSON Lines records never reads a page (0.25 s of CPU)

    document = trafilatura.bare_extraction(
        _XML_DECLARATION.sub("", markup),
        url=declared.get("url"),  # htmldate reads a day from the address (`/20050302/`, `/2005/09/07/`)
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (document.text or "") if document is not None else ""
    candidates = {
        "readability": _readability(markup),
        "trafilatura": [line.strip() for line in body.split("\n") if line.strip()],
        "density": [line.text for line in densest_run(page)],
    }
    main = agreed_body(candidates, page) or lines
    main = other_answers.without_other_answers(lines, main)  # a Q&A page: its first answer, not the others
    if table is not None:  # its labels and values are the export's, no text and no publication line
        lines = field_tables.without_table(lines, table)
        main = field_tables.without_table(main, table) or main
    gone: set[str] = set()
    issue_days: list[str] = []  # the days the issue's lines give, in the page's order
    # a periodical's name, number and contents over one document; an episode's notes between its title and text
    if issued := issue_pages.issue_lines(lines) | show_notes.note_lines(lines):
        gone = {lines[i] for i in issued}
        issue_days = [found for i in sorted(issued) if (found := read_date(lines[i]))]
        lines = [line for i, line in enumerate(lines) if i not in issued]
        main = [line for line in main if line not in gone] or main
    if (state := script_article(tree)) is not None:
        shown = _parse(state.text)
        state_lines = visible_lines(shown) if shown is not None else []
        if _chars(state_lines) > STATE_SHARE * _chars(main):  # the page shows a shell; its script holds the text
            main, declared = state_lines, declared | state.fields
    meta = {key: value for key, value in declared.items() if value}
    if locale := regional.declared_locale(tree.getroottree().getroot()):  # (the order of its days: days.regional)
        meta["locale"] = locale
    # trafilatura's author guess is left out: on ../shared/pages it was right on 1 of 22 labelled pages, and
    # it takes a column's or a site's name for a person
    if (
        document is not None
        and document.sitename
        and "site" not in meta
        and not _headline_like(tree, document.sitename)
    ):
        meta["site"] = document.sitename
    site = meta.get("site")
    title, guessed = _title(
        tree, meta.get("title"), site, document.title if document is not None else None, lines, page
    )
    meta.pop("title", None)
    title = file_names.as_headline(title) if title else title  # `标题.docx`: a document viewer's file's name
    if title and issue_pages.is_issue_name(title):  # `组工信息第12期.pdf`: the issue's file, the document's
        title = None  # headline is its own line
    if title and issue_pages.names_an_issue_line(title, gone):  # the periodical's name (its letterhead spaced
        # out or not), or a title of its contents: not the document's headline
        title = None
    labelled = labelled_headlines.headline_under_name(lines, title) if title else None
    if labelled:
        title = labelled  # a bulletin's name over its item's `导读：X`, a release page's over `…电　题：X`: the
        # labelled line is the headline's (`lines` and `main` show it as such, for its place and the day under it)
        lines, main = (
            [
                title
                if labelled_headlines.labelled_headline(line) == title and not labelled_headlines.is_dateline(line)
                else line
                for line in shown
            ]
            for shown in (lines, main)
        )
    if title:
        meta["title"] = title
    main = without_repeated_closing(publication.first_post(lines, main, title), saved)
    main = dated_lists.without_dated_lists(main, title)  # a feed's other items over the item (its heading no title)
    headline, start = publication.locate(lines, title, main)
    if title and start is not None and account_titles.is_account_name(lines, title):  # the account's, not the
        shown = opening_brackets.opening_headline(main) or publication.headline_above_publication(lines, start)
        # (the article's: its headline is the post's 【】 opening its text, or the line over its day)
        # (never a line of the text under it, nor the card's own name: a headline over an author's card with its
        # follow button is within the card's reach too, and the line over the day is then the account's name)
        if shown and shown != title and shown not in main and not account_titles.is_account_name(lines, shown):
            title = meta["title"] = shown
            headline, start = publication.locate(lines, title, main)
    far = (
        guessed
        or headline is None
        or (start is not None and headline > start)
        or (headline < publication.ABOVE and start is not None and start - headline > publication.BELOW)
        or (start is not None and publication.is_masthead_line(lines, headline, start))
        or (start is not None and column_titles.names_a_column(tree, title))
        or (bool(title) and social_posts.is_card(title))  # `@江城公安 3月5日 10:21 来自 微博`: a post's card
        or (start is not None and _names_home(tree, title))
    )  # the title found is only trafilatura's guess (no <title>, heading or declared one), no line of the page, a
    # line under its text (an issuer signing a press release, a sidebar) or its masthead far above the body
    # a headline the page states twice, its <title> and its <h1> word for word (a converter's title block over a
    # document's header table: pandoc's, Word's), is the article's however far above the text it stands
    # (never a site's name, which a logo and a generic <title> both say: `江城社区`)
    stated = (
        bool(title)
        and not may_name_a_site(title)
        and title == " ".join((tree.findtext(".//title") or "").split())
        and title in {" ".join(h.text_content().split()) for h in tree.iter("h1") if not _links_home(h)}
    )
    far = far and not labelled  # (a headline its label names stands where its label does, a dateline in the text)
    opening = (
        far
        and not stated
        and not declared.get("title")
        and opening_brackets.opening_headline([line for line in main if not social_posts.is_card(line)])
    )
    if opening:  # a post's `【headline】` opening its text under a generic `<title>` (`微博正文`)
        title = meta["title"] = opening
        headline, start = publication.locate(lines, title, main)
    elif far and not stated and start is not None and not declared.get("title"):
        readers = (
            lambda: publication.subject(lines, start),
            lambda: publication.headline_over_body(main, lines),
            lambda: publication.headline_above_publication(lines, start),
            lambda: publication.headline_above_controls(lines, start),
            lambda: publication.headline_under_day(lines, start),
            lambda: publication.headline_beside_stamp(lines, start),
            lambda: publication.headline_over_poster(lines, start),
        )  # (never the blog's name its logo links home with, over the entry's day: `小雨隨筆` / `2009年8月12日`)
        shown = next((found for read in readers if (found := read()) and not _names_home(tree, found)), None)
        if shown and not account_titles.is_account_name(lines, shown):  # (an author's card's name over the day)
            title = meta["title"] = shown
            headline, start = publication.locate(lines, title, main)
    if not title and (listed := listed_headlines.listed_headline(lines, main)):
        title = meta["title"] = listed  # an e-paper's headline, named by its page's list of titles too
        headline, start = publication.locate(lines, title, main)
    main = twice_shown.shown_once(lines, main)  # a viewer's preview and full view: the text once, no captions
    if headline is not None:  # a book's running head above the chapter's heading
        named = " ".join((tree.findtext(".//title") or "").split())
        above = set(lines[:headline])
        main = [line for line in main if line not in above or not running_heads.is_running_head(line, title, named)]
    # the declared day, else the publication line's, else the day of the page's own address, else htmldate's
    # (trafilatura's) as evidence, else the day alone under the text, else a script variable's publication time
    # (htmldate's and a day under the text can be a reader's comment's: `江城网友 2019-04-15 20:11 说得好` under a
    # story at `/news/20190412/…`)
    # a record's day (made, edited, printed) where the article gives its own
    recorded = record_lines.record_day_lines(lines)
    dated = [line if i not in recorded else "" for i, line in enumerate(lines)]
    day = meta.get("date") or publication.publication_date(dated, headline, start) or end_tags.end_day(main)
    day = day or page_urls.address_day(meta.get("url"))
    recorded_days = {read_date(lines[i]) for i in recorded} | {read_date(line) for line in gone}  # (an issue's)
    if not day and document is not None and document.date and document.date[:10] not in recorded_days:
        # (htmldate's day is often the record's own: blanked, it would seem written nowhere and be taken)
        day = publication.corroborated(document.date, dated, headline, start, main)
    day = day or publication.closing_day(dated, main) or script_day(tree) or commits.commit_day(tree, lines)
    if not day and (whole := _parse(saved)) is not None:  # a picture's or a player's caption (its <figcaption>
        day = captions.caption_day(whole)  # left the markup read above)
    if issue_days:  # the issue's day (`第15期　X办公室编　2019年9月6日`): a bulletin's item is published with its
        meta["issued"] = issue_days[0]  # issue, where the item's text gives no day of its own (index.ingest.extract)
    if day:
        meta["date"] = day
    page_title = tree.findtext(".//title") or ""
    if owner := bylines.blog_owner(" ".join(page_title.split()), title or ""):
        meta["owner"] = owner
    found = publication.head_lines(lines, headline, start)
    head = [labelled for _, labelled in found if labelled]
    if found:  # the body's lines above its writing that the head now gives, labelled
        lead, shown = publication.lead(main), {line for line, _ in found}
        main = [line for line in main[:lead] if line not in shown] + main[lead:]
    scripts = [script.text or "" for script in tree.iter("script")]
    if "author" not in meta and (named := script_writers.writers(scripts, meta.get("title"))):
        meta["author"] = "、".join(named)  # a writer the page's script state names beside the article's title
    if "author" not in meta and (linked := author_links.author_beside_time(tree)):
        meta["author"] = linked  # `<a class="author">李明远</a> <time>…</time>`: the link its markup marks
    if "author" not in meta and (boxed := author_boxes.box_writer(tree)):
        meta["author"] = boxed  # a theme's author box (avatar, name, bio) closing the post, with no label
    owned = accounts.owner(tree) or next(iter(script_writers.owners(scripts, meta.get("title"))), None)
    if "owner" not in meta and owned:
        meta["owner"] = owned  # a user's page: the account its card, profile or state shows, if no one else writes
    if "owner" not in meta and "author" not in meta and (profiled := sidebar_profiles.profile_owner(tree)):
        meta["owner"] = profiled  # a blog's sidebar profile (picture, name, bio): its owner, if no one else writes
    return "\n".join(head + main + publication.tail_lines(lines, main)), meta, lines


_HOME = re.compile(r"^(?:https?://[^/]+/?|/|/?index\.\w{3,5})$")  # the site's root, never the page itself (`""`)


def _links_home(heading) -> bool:
    """A heading that is one link to the site's home page (`<h1><a href="/">小雨隨筆</a></h1>`): the site's or the
    blog's name in its logo, which a blog engine's `<title>` can say alone, never a post's headline."""
    links = list(heading.iter("a"))
    text = " ".join(heading.text_content().split())
    return (
        len(links) == 1
        and bool(_HOME.match((links[0].get("href") or "#").strip()))
        and " ".join(links[0].text_content().split()) == text
    )


def _names_home(tree, title: str | None) -> bool:
    """`title` is the words of a heading that links to the site's home page: the blog's or the site's name."""
    return bool(title) and any(
        _links_home(h) and " ".join(h.text_content().split()) == title for tag in ("h1", "h2") for h in tree.iter(tag)
    )


def _headline_like(tree, name: str) -> bool:
    """trafilatura's guess of a site's name is the headline: the page's `<h1>`, or what its `<title>` begins with
    (a headline leads its `<title>`; the site's name follows). Taken as the site's name, it would rule the
    headline out as the site's and group every page of the site apart."""
    key = "".join(name.split())
    page_title = "".join((tree.findtext(".//title") or "").split())
    headings = {"".join(h.text_content().split()) for h in tree.iter("h1")}
    return bool(key) and (key in headings or page_title.startswith(key))


def _as_paragraphs(tree, lines: list[str]) -> str:
    """The page with its body made of `lines`, one paragraph each (a heading stays a heading, a line the page
    shows as links stays links), its head kept: a page printed line by line is read by the paragraphs it prints,
    so that no extractor takes one printed page of several or cuts a paragraph at a line's end."""
    head = tree.find("head")
    headings = {" ".join(h.text_content().split()) for tag in ("h1", "h2", "h3") for h in tree.iter(tag)}
    links = {"".join(line.text.split()) for line in page_lines(tree) if line.link_share >= LINK_DENSE}
    body = []
    for line in lines:
        text = html.escape(line)
        if " ".join(line.split()) in headings:
            body.append(f"<h1>{text}</h1>")
        else:
            body.append(f"<p><a>{text}</a></p>" if "".join(line.split()) in links else f"<p>{text}</p>")
    head_markup = etree.tostring(head, encoding="unicode") if head is not None else ""
    return f"<html>{head_markup}<body>{''.join(body)}</body></html>"


# How much longer than the body the page shows the writing in its script state must be to be taken instead: an
# app's shell shows none of it; a page that shows its article and also hands it to a script shows about as much.
STATE_SHARE = 2


def _chars(lines: list[str]) -> int:
    return sum(len("".join(line.split())) for line in lines)


def _readability(markup: str) -> list[str]:
    """readability-lxml's main content, one block per line (nothing when it finds none)."""
    from readability import Document  # here, as trafilatura is: only pages need it
    from readability.readability import Unparseable

    try:
        summary = Document(_XML_DECLARATION.sub("", markup)).summary(html_partial=True)
    except (Unparseable, etree.ParserError, ValueError):
        return []
    tree = _parse(summary)
    return visible_lines(tree) if tree is not None else []


def _title(
    tree, declared: str | None, site: str | None, found: str | None, lines: list[str], page: list[Line]
) -> tuple[str | None, bool]:
    """The article's title: the candidate the page agrees on (index.ingest.titles), else declared in
    <meta>/JSON-LD, else the <h1> that agrees with <title>, else an <h1> (or <h2>) that is not the site's logo
    nor a paper's name, else <title>, each without a site suffix, else trafilatura's guess (`found`); and whether
    it is that guess."""
    if marked := epaper_titles.marked_headline(tree):  # an e-paper's 主题 among its 引题 and 副题
        return marked, False
    page_title = without_page_number(" ".join((tree.findtext(".//title") or "").split()))
    stripped = strip_site_suffix(page_title, site) if page_title else ""
    if names_no_article(stripped):  # `<title>江城日报</title>`, `<title>第A03版：要闻</title>`: an e-paper's page
        stripped = ""
    suffix = page_title[len(stripped) :]
    stripped = strip_site_prefix(stripped, site)  # `江城论坛 - 标题`: the site's name first
    cuts = tails(page_title)  # `og:title` putting first the piece `<title>` puts last (`香港01 - 标题` beside
    if declared and cuts:  # `标题 - 香港01`): the site's name either way
        declared = strip_site_prefix(declared, cuts[-1][1])
    all_headings = [" ".join(h.text_content().split()) for tag in ("h1", "h2") for h in tree.iter(tag)]
    navigation = {line.text for line in page if line.link_share >= LINK_DENSE}
    shown = [publication.without_stamp(line) for line in lines if line not in navigation or line in all_headings]
    if agreed := choose_title(declared, all_headings, page_title, shown, site, suffix):
        return agreed, False

    def named(tag: str) -> list[str]:  # the headings that name more than the site or the paper's page
        texts = (" ".join(heading.text_content().split()) for heading in tree.iter(tag))
        return [
            h
            for h in texts
            if len(h) >= 4 and not (site and h in site) and not (suffix and h in suffix) and not names_no_article(h)
        ]

    # an <h2> only where no <h1> and no <title> names the article (an e-paper's page: its paper's name the <h1>)
    headings = named("h1") or ([] if stripped else named("h2"))
    agreeing = next((h for h in headings if stripped and (h in stripped or stripped in h)), None)
    for guess, candidate in enumerate((declared, agreeing, headings[0] if headings else None, stripped, found)):
        title = strip_site_suffix(" ".join(candidate.split()), site) if candidate else ""
        if len(title) >= 2 and not title.isdigit() and not (guess == 4 and names_no_article(title)):
            return title, guess == 4
    return None, False
