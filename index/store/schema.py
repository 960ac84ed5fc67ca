"""The Whoosh schema: one document per section, with its article's fields copied onto it.

Bump FORMAT_VERSION whenever the schema, the analyzers or the stored layout change: a service that
meets an index of another version refuses it with a clear message instead of failing oddly.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from index.store.positions import PackedPositions
from index.text.analysis import char_analyzer, gram_analyzer, word_analyzer

# 3: body positions leave a gap at line breaks, as title, heading and grams do
# 4: a generation keeps the fingerprints boilerplate is learned from (lines.json); the analyzers normalize
# 5: reprint groups, fingerprints and signatures stored with the generation (index/store/reprints.py)
# 6: each generation holds its vocabulary (index/store/vocabulary.py) and the hash of the dictionaries it was cut with
# 7: a character field (chars): one list per character instead of a prefix over the bigrams it starts
# 8: the analyzers moved to index.text.analysis (their import path is pickled into the schema)
# 9: lines.json keeps each article's ending and its word-poor lines (learned endings); JSON Lines text is read
#    unescaped (index/ingest/escapes.py) while its content hash is the record's, so old indexes must be rebuilt
# 10: title and heading keep frequencies only (no positions: no phrase reads them); jieba's words cut by jieba-rs
#    with jieba's HMM (index/text/segmenter.py: the same tokens); body and grams positions packed
#    (index/store/positions.py) instead of pickled
# 11: terms and postings in the index's own codec (index/store/codec.py): arrays numpy reads, no pickle
# 12: a number's full-width decimal point and percent sign fold to ASCII (９８．２％ -> 98.2%) in documents and
#    queries alike; titles lose a site suffix their source's titles share (index/ingest/furniture.py)
# 13: each generation keeps the alias pairs its articles introduce (index/store/introduced.py)
# 14: lines.json also keeps the lines an HTML page shows (RawDocument.shown), which learned furniture counts, and
#    extraction reads more bylines, days, feeds, MHTML and app-shell pages: old indexes must be rebuilt
# 15: extraction reads more writers, posters and editors (Taiwan and wire bylines, reprint credits, a desk is no
#    editor, an editor in brackets is no writer) and more days (European, a year apart, never a list's or a last
#    change's); leaves out a page's chrome read from that page alone (index/ingest/chrome.py); reads plain text
#    whose paragraphs a scraper flattened into indents in paragraphs (index/ingest/indents.py), a source's name
#    without what runs on after it, front matter, emails, UTF-16 text, <iframe srcdoc> and <noscript>; lines.json
#    fingerprints a line that is no writing with its numbers as one, and field lines too: old indexes are rebuilt
# 16: extraction leaves out a page's notices about the article (index/ingest/notices.py: platform statements,
#    reprint terms, `原标题：`), the short lines after a story's end mark (index/ingest/story_end.py) and more chrome
#    and boilerplate classes; a crawler's `.shtml` pages are read; it reads more writers, editors and days
#    (特派员, reviewers ending a byline, a name after a source's name, a pen name after an editor's label, days of
#    the Republic of China's calendar) and fewer wrong ones (a source or a post-bar's name of a name's shape
#    only, `（图文无关）`): documents' bodies and fields change, old indexes are rebuilt
# 17: a forum's and a writing platform's poster by its counters (`X 2021-03-04 10:20 阅读 1234`, `#0 楼主 X …`),
#    `报道：X`, an e-edition's banner and page line, a document's title wrapped over two lines, day-first dates
#    with a 12-hour clock, `报道：X`, `文稿：X`, `X 发自 Y`, Latin names and pen names after a label; no writer from
#    an organisation's account (`江城发布`), a team's WeChat header, a title or a degree (`主任医师`, `法学博士`), no
#    day from a span of months (`2021年1-2月`): documents' titles, days, writers and editors change, old indexes
#    are rebuilt
# 18: a thread's type before its title goes (`[原创]`, `【转帖】`); writers from `本报讯(X)`, `（记者 X 文/图）`,
#    `本报记者X纽约报道：`, a self-media account's card (its name over `+关注`, `订阅` or a badge), `文｜李医生`, a
#    label glued to the day before it; none from a control's word (`关注`) nor an affiliation (`，单位：…`); an
#    e-paper's issue banner dates its articles: documents' titles, days and writers change;
#    pages read alone: an article held only in a script's string literal or template, a poster's signature
#    under a rule or in a block its forum names `sign`, a reply's poster cell and `回复日期：` stamp, short lines
#    under a closing prompt, a platform's `上传并发布…信息存储服务` notice, a table cell's lines split as shown:
#    documents' bodies change, old indexes are rebuilt
# 19: an info bar's glued cells read apart, editors after names (`X责编`), roles after names, a poster past his
#    panel (whose days are never the post's), a blog's `posted on` footer, glued account cards, a WeChat writer
#    beside the account, a self-media channel, writers in a script state, names a scraper ran together; titles
#    without buttons, an underscore's channel, a blog's or a site's name; pages read alone: an article in an
#    editor's nested blocks or a hidden `<textarea>`, a follow block's calls, a self-media card, a labelled rule,
#    buttons beside a field, a BBS repost note, a reply on its floor's line, a menu shown at head and foot, an
#    outlet's notes about itself; a short Latin token is no longer glued to the paragraph under it: documents'
#    titles, days, writers and bodies change, old indexes are rebuilt
# 20: credit runs (roles and names in any separator: a closing block of credit lines, which leaves the text, a run
#    after the last sentence, a lead's glued run, names run together, an op-ed's signature), a user page's owner,
#    ROC two-digit years, an e-paper's day beside its menu, a control's words never a headline: documents'
#    writers, days, titles and bodies change; and pages read alone: a site's statement by what it says, an
#    information table's empty labels, another story's teaser, a prompt or an earlier headline cut off the story
#    glued after it, a column of classified ads, a layout table's cell read as the page's lines: bodies change
#    (46 of the corpus's); old indexes are rebuilt
# 21: a byline's names run until its next day or link, section words and interface links are no names, a
#    self-media post's account (an organisation's too) and a blog's owner where two signals agree are writers,
#    a photographer's reporter role credits no writer, names before `文/图` or `X/文` closing the story are
#    writers: documents' writers change (10 of the corpus's); and readers' comments and a thread's replies left
#    out of HTML pages by their repeated shape (a conversation's turns kept), an outlet's `X出品` credit row and a
#    trail ending in the headline as chrome, a Big5 page with HKSCS characters read, a page's only text run into
#    its byline kept: HTML pages' bodies and dates change (4 of the corpus's bodies); old indexes are rebuilt
# 22: credit labels and names padded with spaces (`记   者： 李   征`) read closed up: writers, editors and the
#    credit lines of 19 corpus bodies change; old indexes are rebuilt
# 23: a page without a day dated by its own address or its date bar, an outlet's prefix to the editor's label and
#    a profile link no writers, closing reporters after an outlet's short name read, a declared self-media account
#    the page shows a writer: 22 corpus articles' writers, one date and one body change; old indexes are rebuilt
# 24: picture credits, cards and info lines of counters, a wire's bracketed notes and <figcaption>s leave the
#    text, an interviewer's short question stays, a thread's post under its stamped title bar is kept and its
#    replies under repeated headers go: 39 corpus bodies change; old indexes are rebuilt
# 25: a forum thread's opening post kept alone however short beside its replies, a card's counters a line each, reply
#    floors' labels, captions signed after their stop, credits run into prompts, an advertisement's slot, a note
#    about the writer leave the text, and the text resumes under an in-article related list: 22 corpus bodies
#    change (captions glued to their paragraphs leave them); and, in the same round, an author link in the
#    publication line, fields in side-by-side elements read apart, more cards and posters,
#    a browser's "saved from url" address and an address's day over a closing one, a paper's name no headline, more
#    title separators: HTML pages' writers, dates and titles change (1 corpus title); old indexes are rebuilt
# 26: an outlet's flash mark no name, a blogger's repost the blogger's, a static blog's credit block, a thread's
#    opening floor stamp and its poster alone, an e-paper's `文/X` line under its headline, a label word in the
#    writer's slot, English `Author:`/`Date:` labels (writers); a WeChat article's paragraphs beside the template
#    group one extractor took come back, a vote box, a row of tab captions, a filing table under the text, a forum's
#    plain-text signature repeated under its poster's posts, a forum software's statistics and footer row, captions
#    marked as such (▲…, 图1 …, 图说：…) leave the text (furniture); a page read alone loses a list's heading told
#    by its `more` link, a badge beside the headline, an outlet's channel over it, owner and filing lines under the
#    text and controls under dropdown carets (layouts10); pages that are not CMS article pages
#    (exports10): a table that labels its rows gives the title and the publication's day and leaves the text, a
#    spreadsheet's row and a Markdown table of fields too; a channel's post titled by its bold first line, a book's
#    running head and notes, an export's callouts and a platform's lines (reading time, 禁止转载, timestamps, a
#    notice's header and receipts) leave the text; old indexes are rebuilt
# 27: a forum post's day is never its edit stamp's nor the poster's last login, an old board's post row under the
#    post gives it; a Q&A page's answerer, a commentator, a closing `（X报／报道：Y）`, a theme's `By X` and a
#    poster's cell run together name the writer, a label after a name ends it; a column's name, a dash-led subtitle
#    are no headline (fields11); a press release's number line and contact block, a poster's panel with its rank
#    among the counters leave the text, a sentence that is one link stays, `#1 <time>` ends a board's first post
#    (alone11); a record's days (created, last edited, an issue's printing) yield to the day the article's source
#    line or signature gives; a periodical's issue line, name and contents and an episode's show notes and timeline
#    leave the page (exports11); old indexes are rebuilt
# 28: an answer's own day, a two-digit year read by the page's other days, a profile box's, a feed stamp's, a
#    shown poster's and HK/TW credits' writers, interface words and brackets out of names, a repost's reporter
#    under the page's own author, a site's name first in <title> cut (fields12); a Q&A page's other answers, a
#    summary box repeating the lead, a table's column headings, a theme's `by X` line, a poster's id line and a
#    data box's rows leave the text (alone12); a pitch to subscribe, share or listen, a notebook's code cells, a
#    heading's ¶/# anchor, a digest's contents with their sources and an issue line in parts leave the text; a
#    file's name is no headline; an upload's, a notebook run's and an issue's printing day yield to the
#    article's; a scanned column's wrapped lines are read as paragraphs (exports12); old indexes are rebuilt
# 29: titles as character bigrams of their own (title_grams), for the title filter (the lead); a mirrored post's
#    own header over its uploader, a theme's author box, a 撰稿 person beside a 供稿单位, a time glued to a byline
#    and a Taiwan desk's slash credit give writers; a wire's or an agency's credit and a site's 小编 are no one; a
#    bulletin's spaced letterhead, an issue's file name and a gazette's running head are no headline (fields13);
#    an outlet's pleas, tip channels and page credit closing the text, a statement glued onto its last paragraph
#    and a table page's side column above the headline leave the text; a mirror's `来源丨X` / `转自：X公众号`
#    line is read as the source (alone13); a day between slashes in its page's order (its other days, its declared
#    locale), a labelled two-digit year first, a mail archive's stamp with its zone, a chat export's divider, a
#    code host's commit day (dates13); a chat export's story message alone, a mail's quote, signature, list footer and
#    list tag, a paper's apparatus, a code host's frame, a form's labels and other fields and an archived copy's
#    record card leave the text (exports13); old indexes are rebuilt
# 30: a board's `由 X 發佈於`, `By X` before a day, a writer's mark among a publication line's fields, an info
#    table's 作者 cell, a sidebar's `关于我` box or a profile box counting its visits, a poster's counters on one
#    line give writers, a follow button glued to a card's name is cut; a campaign's 【…公益】 tag and a day glued
#    after the headline leave the title, a headline over a view counter or under an old page's day is found
#    (fields14); an outliner's properties, a board's repost template, a broadcast script's cues and running order, a
#    screenshot's status bar and an editor page's toolbar leave the text, a collector's day yields to the
#    article's own (exports14); a bulletin board's station line, a CMS's day with the month's Chinese name, a
#    blog's footer sentence, a day in brackets after the headline, a relative day's element's own day, an issued
#    day over a signing day (dates14); a feed's or a site's list of other items with their days above the
#    headline or closing the text, a blog engine's entry meta, tags and a CMS's 录入 row closing it leave the text;
#    a BBS post folded onto one line is read as its header and lines; a figure alone on its line is never learned
#    furniture (alone14); old indexes are rebuilt
# 31: a lead opening on its credits, a title before the name in the 作者 field, a columnist's box above the
#    headline, names run together in a closing bracket and a name with an English follow button give writers; a
#    board's rank is no poster; an e-paper's marked 主题 is the headline and a bracketed column name over it is
#    not (fields15); a presentation, a spreadsheet's rows, a database dump's article rows and a message backup's
#    story are read; a text browser's dump, a reader's highlights, a post's topics and counters and a forward's
#    wrapper leave the text (exports15);
#    a WAP stamp without its year takes the year the page gives (the same day written in full, its address, its
#    copyright), a copy's day (打印/保存/抓取 时间, Date Saved, an Org capture stamp) dates nothing, a forward's day
#    and rule leave the text, a caption's day dates a gallery, a live page is dated by its start, a relative day
#    after a post's label or with a Unix time is read, an update label without a colon never wins (dates15);
#    a live page's entry stamps alone on a line, its state, its credit lines (`主持人：X`) and a guest's profile box
#    leave the text; a summary box labelled by any summary word (`AI 摘要`, `本文导读`, `要点速览`) or its points
#    alone, cut from the paragraphs under them, leave it; `消息来源：X` is a source's line; an English follow button
#    and a count of followers make a card; `原创文章，转载请注明…` is a notice; a topic page's other stories with their
#    whole leads under a heading leave the text (alone15);
# 32: pg_dump's COPY blocks are read; a chat sender's messages one after another are one turn; a table's labelled
#    day row is no comment; a study material's issue header, questions and compiler, a clip's note lines, a share
#    mail's sharer and system lines, an exam site's boxes and a script's label alone leave the text (exports16);
#    writers an info line gives beside its outlet, stamp and buttons, a blogger declared on a site named after
#    them, a platform's display name over its @handle, a reprint note's reporter, a poster's cell shown as one
#    line; a desk in the 作者 field and a closing bracket naming others than the head's byline add no one
#    (fields16);
#    credit lines (a desk and its reporter, a wire's translator, a dateline or a short stamp alone, helpers in
#    brackets, `原创：X 某号`, an outlet's credit opening the lead), a site's one-claim notes, counters, button rows,
#    an archive's header lines, a tip box over lines, readers' notes and comments, run-together lists, glued
#    sidebars, bar-marked closing blocks and bio lines leave the text; a page's escaped `\n` is a line break
#    (alone16); a headline labelled under a bulletin's or column's name (`导读：X`, `题：X`), a 【headline】 under a
#    generic <title>, a <title> naming only the page's column never the headline, a Drupal byline's day, a short
#    day under a <time>, a clip's day and a reference's record rows no article's day (titles16); old indexes are
#    rebuilt
# 33: .mbox messages and .json posts are read, a note's <created> and a mail's Date: a last day, day-first chats
#    (exports17); glued record fields, review boxes, 正文 labels, file credits and forward headings (exportsB17);
#    writers from a member's card, a bare handle, a sidebar profile, 原创：X and a publisher's glued cell
#    (fields17); a post's kind (`原创 | X`) off the headline, other labels kept, blog-logo, gazette and BBS
#    headlines (titles17); XML of unknown schemas (a record an article), .odt, .epub and Safari .webarchive files
#    (readers17); tip pleas, comment forms, update stamps, wire rights lines, series kickers and glued sidebars
#    leave the text (alone17); old indexes are rebuilt
# 34: a wire story's credits naming none of the page's byline add no writer, profile-linked posters and Latin
#    names after a role are writers (writers18); a CMS dump's bodies joined by id, unix days, no account writer;
#    .ics, .ris, .srt, .vtt and .har files are read (files18); old indexes are rebuilt
# 35 (dumps19): mongoexport's $date and zoned feed times on China's clock, no template headline, no summary text
# 35 (files19): .csv/.tsv, .tex and .bib read; RIS notes date a record; subtitles' cards; `本报记者 X` names X
# 35 (readers19): documents read by their bytes (HTML/MHTML saved as .doc), JSON-LD, note exports, crawler pages, .rst
# 35: senders' notes, reply-to-unsubscribe lines, archive stamps, end tags, page markers leave the text (alone19)
# 35: counters in brackets off titles, a masthead's today no publication day, end tags' days read (titles19)
# 35: `_` handles whole, bare Latin bylines, a forum's or a blog's repost of a paper's story the poster's (writers19)
FORMAT_VERSION = 35


def build_schema() -> Schema:
    words = word_analyzer()
    schema = Schema(
        doc_id=ID(stored=True, unique=True),
        article_id=ID(stored=True, sortable=True),
        section_no=NUMERIC(stored=True),
        # title and heading are read term by term (ranking, the heading filter): frequencies only; body keeps
        # positions for the pairs of neighbouring words (index/search/query.py)
        title=TEXT(analyzer=words, stored=True, phrase=False),
        heading=TEXT(analyzer=words, stored=True, phrase=False),
        body=TEXT(analyzer=words, stored=True),
        # title, heading, body and authors as character bigrams, for exact phrases across jieba's words
        grams=TEXT(analyzer=gram_analyzer(), phrase=True),
        # the same text as single characters (and ASCII runs), with frequencies only: one-character queries
        chars=TEXT(analyzer=char_analyzer(), phrase=False),
        # the title alone as character bigrams: the title filter finds any part of a title (网信 in 网信办)
        title_grams=TEXT(analyzer=gram_analyzer(), phrase=True),
        province=ID(stored=True, sortable=True),
        city=ID(stored=True, sortable=True),
        date=ID(stored=True, sortable=True),  # ISO text sorts by time at any precision
        year=ID(stored=True, sortable=True),
        source=ID(stored=True, sortable=True),
        authors=KEYWORD(stored=True, commas=True, scorable=False),
        # section 0 carries the whole article (sections, original text) as JSON for the article view
        article=STORED(),
    )
    for name in ("body", "grams", "title_grams"):
        schema[name].format = PackedPositions(field_boost=schema[name].format.field_boost)
    return schema
