"""Text -> Article: title, subtitle, region, date, source, authors, editor and sections.

Every field comes from a visible cue (a label such as 来源:, a dateline, a by-line in brackets, a line's
shape); a field without a cue stays None. Rules are about how Chinese news pages are laid out in
general, never about one site.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from index.article import Article, RawDocument, Section
from index.ingest import (
    accounts,
    answerers,
    author_cards,
    bbs,
    bilingual_labels,
    broadcast_scripts,
    bylines,
    chrome,
    closing_pleas,
    code_hosts,
    covering_notes,
    credit_lines,
    credits,
    date_bars,
    dated_lists,
    entry_records,
    export_notes,
    feed_stamps,
    file_credits,
    file_names,
    folios,
    footnotes,
    form_fields,
    glued_fields,
    glued_kickers,
    handle_lines,
    info_bars,
    info_bylines,
    issue_pages,
    labelled_headlines,
    latin_bylines,
    live_pages,
    mail_messages,
    member_cards,
    mirror_sources,
    mirrors,
    note_properties,
    notebooks,
    page_urls,
    panels,
    post_credits,
    post_meta_lines,
    profile_boxes,
    reader_clippings,
    reader_notes,
    record_lines,
    repost_templates,
    reposts,
    reprint_credits,
    review_boxes,
    show_notes,
    shown_posters,
    side_columns,
    site_notes,
    site_owners,
    social_posts,
    spaced_labels,
    study_questions,
    summary_boxes,
    topic_lists,
    underscore_handles,
    wechat_headers,
)
from index.ingest.cleaning import (
    HEADING_MAX,
    LIST_RUN,
    WRITING,
    clean_lines,
    ends_sentence,
    is_heading_shaped,
    is_numbered_heading,
    is_title_like,
    is_writing,
    names_the_page,
    opens_a_section,
    rejoin_paragraphs,
    strip_markup,
)
from index.ingest.column_heads import text_after_headings
from index.ingest.column_names import is_column_name
from index.ingest.columnist_boxes import columnist
from index.ingest.days import end_tags, live, parse_date, read_date, regional, roc_years, short_years, year_less
from index.ingest.days import has_day as _has_day
from index.ingest.days import is_date_alone as _is_date_alone
from index.ingest.days.shapes import ANY_DAY as _ANY_DAY
from index.ingest.days.shapes import CN_DATE as _CN_DATE
from index.ingest.days.shapes import ENGLISH_DATE as _ENGLISH_DATE
from index.ingest.days.shapes import FULL_DATE as _FULL_DATE
from index.ingest.days.shapes import ISSUE as _ISSUE
from index.ingest.days.shapes import MONTH_DAY, POSTED_ON, STAMP_BESIDE, TIME, YMD_CN, YMD_TIGHT
from index.ingest.days.shapes import UPDATE_STAMP as _UPDATE_STAMP
from index.ingest.days.shapes import UPDATED_DAY as _UPDATED_DAY
from index.ingest.days.shapes import WEEKDAY_TIME as _WEEKDAY_TIME
from index.ingest.escapes import split_escaped_lines
from index.ingest.furniture import carries_fields, cut_tail, is_learned, strip_learned_suffix
from index.ingest.opening_credits import opening_writers
from index.ingest.panels import story_after_panel
from index.ingest.titled_names import titled_writer
from index.ingest.titles import (
    is_interface_phrase,
    is_site_banner,
    names_no_article,
    strip_site_suffix,
    tails,
    without_controls,
    without_glued_day,
    without_thread_tag,
    wrapped,
)
from index.text.cjk import CJK, CJK_RE
from index.text.lexicon import COLUMN_NAMES, FIELD_LABELS, SURNAMES
from index.text.normalize import is_traditional, normalize_text
from index.text.regions import canonical_city, canonical_province, resolve_region

_HAN = f"[{CJK}]"

# ---------------------------------------------------------------- names


def is_person_name(text: str) -> bool:
    """2-4 Chinese characters starting with a common surname (compound surnames included), not a news outlet's
    name (`海外网`, `新华社`)."""
    return (
        2 <= len(text) <= 4
        and text not in COLUMN_NAMES
        and all(CJK_RE.match(ch) for ch in text)
        and text[-1] not in "网社台"
        and not bylines.is_wire(text)
        and not bylines.is_staff(text)
        and not bylines.is_interface_word(text)
        and (text[0] in SURNAMES or (len(text) > 2 and text[:2] in SURNAMES))
    )


_AFFILIATION = re.compile(r"[，,]\s*(?:系|现任|现为|单位|工作单位|供职|任职|就职)")


_ROLE = re.compile(r"(?:本[报台刊网])?(?:特约)?(?:记者|通讯员|实习生)")  # a role before the names


def _names(text: str) -> list[str]:
    """Person names at the start of `text` (`符雷 内蒙古...` -> [符雷]; `陈琳 聂夏瑜` -> both; `符 雷` -> [符雷]); none
    after a source's label (`来源：南国早报`)."""
    if re.match(rf"^\s*(?:{_LABELS['source']})\s*[:：]", text):
        return []
    if underscore_handles.whole_handle(text) == text.strip():  # `江城_阿杰`: a user's handle, no person's names
        return []
    # a role before the names; `文` and `图` only with their mark (`文/X`): `文姝琪` is a name. An outlet glued to
    # the mark (`金羊网文/秦培培`) is no writer named `金羊网文` (1 of writers6's 120 labelled corpus articles)
    text = re.sub(
        rf"^(?:(?:记者|通讯员|作者|文图|撰文|编辑)\s*[/|丨:：]?|(?:{_HAN}{{1,10}}?[网报社台])?[文图]\s*[/|丨:：])\s*",
        "",
        text.strip(),
    )
    text = re.sub(r"\s*[(（][^()（）]*(?:[)）]|$)", " ", text).strip()  # `张三（北京大学教授）`: an aside
    text = _AFFILIATION.split(text, 1)[0]  # `刘海燕，单位：江城市委党校`: where the writer works, after the name
    text = re.sub(rf"^({_HAN})\s+({_HAN})(?!{_HAN})", r"\1\2", text)  # a two-character name padded: 符 雷
    names = []
    # `赵培：北京物资学院`: the writer, then the affiliation; `王凤枝_NBJ11279`: a system's id after the name
    for part in re.split(r"[\s、,，;；/:：_]+", text):
        part = part.strip("()（）")
        if not part:
            continue
        # a role, its newsroom's too (`本报记者 李晗`, as a LaTeX source's `\author{}` declares it)
        if _ROLE.fullmatch(part) or (not names and _OUTLET.fullmatch(part)):
            continue
        if names and bylines.is_title(part):  # `王建国 主任医师`: the writer's title
            continue
        # `姚峰 上海报道`: where the writer filed from; `(詹彬供图)`: a photo's credit, no writer
        if not is_person_name(part) or part.endswith(("报道", "供图", "摄影", "制图")):
            break
        names.append(part)
    return names


# ---------------------------------------------------------------- labelled fields

_LABELS = {kind: "|".join(labels) for kind, labels in FIELD_LABELS.items()}
_LABEL = re.compile(  # `作者：X`, or in brackets `【作者】 X`, or glued to the day before it (`2021-05-27作者：X`)
    r"(?:^|(?<=\s)|(?<=[\[【(（\d]))(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items())
    + r")\s*(?:[:：]|】(?=\s*[^\s【]))\s*"
)
# a field's label glued to the value before it, as a page's spans are shown without spaces (two characters or
# more: `文：` ends no name)
_GLUED_FIELD = re.compile(
    rf"(?<=[{CJK}])(?:"
    + "|".join(label for labels in FIELD_LABELS.values() for label in labels if len(label) >= 2)
    + r"|浏览次数|点击数|阅读数|浏览量|点击量|点击|浏览|阅读|人气|字号|字体)\s*[:：]"
)  # (`作者：李滨字号：大中小`: a page's font buttons after the name)
# a separator set apart by spaces between a theme's fields (`2018 年 11 月 30 日 ‧ 作者：Vivian ‧ 日本`); a name
# written from another language keeps its dot unspaced (`买买提·依明`)
_SPACED_SEPARATOR = re.compile(r"\s+[·•‧・|｜/／]\s+")
_GLUED_DAY = re.compile(rf"(?<=[^\d\s])(?={YMD_TIGHT})")  # a day glued to a value
_META_LINE = re.compile(r"^[\[【(（]?\s*(" + "|".join(_LABELS.values()) + r")\s*(?:[:：]|】(?=\s*[^\s【]))")
_REPLY = re.compile(r"回复(?:日期|时间|人|于)")  # `作者：X 回复日期：…`: a reader's reply under the post
_TOLD = re.compile(r"[^。！？]{20,}。")  # a sentence of twenty characters or more to its full stop
_CLOCK = re.compile(r"^(?:今天是|今日是|今天|当前日期|现在是)\s*[:：]?")  # a portal's clock, not the article's day
# a name alone beside the day under a headline (`2019年12月19日 15:40 合肥城事`): on a self-media platform's page the
# account that posted, elsewhere as likely the source (`… 江城晚报`), so read as a writer only where the page says
# it is a self-media post (`本文来自大风号，仅代表大风号自媒体观点。`)
_DAY_CHANNEL = re.compile(rf"^{YMD_TIGHT}日?(?:\s+{TIME})?\s+([^\s\d:：·•|｜]{{2,12}})$")
_PLATFORMS = "百家号|头条号|企鹅号|网易号|搜狐号|大风号|一点号|澎湃号|人民号"
# (or a platform's note on its posts: `本文为澎湃号作者或机构在澎湃新闻上传并发布`, `澎湃号·政务`)
_SELF_MEDIA = re.compile(rf"自媒体|(?:本文来自|来自)\s*(?:{_PLATFORMS})|(?:{_PLATFORMS})(?:作者|\s*[·•]\s*政务)")
# an account's name before the day under the headline, shown glued as a card's spans are (`东山县融媒体中心2021-10-12
# 09:30`): on a platform's page the account that posted, a body's too
_CHANNEL_DAY = re.compile(rf"^([^\s\d:：·•|｜]{{2,12}}?)\s*{YMD_TIGHT}日?(?:\s+{TIME})?$")
# a masthead's calendar (`2018年12月15日 星期六 农历十一月初九`): today's day
_CALENDAR = re.compile(r"(?:星期|周)[一二三四五六日天].{0,6}(?:农历|阴历)")
_DATELINE_SOURCE = re.compile(
    rf"^[【\[]?\s*({_HAN}{{2,10}}?(?:网|社|报|台|客户端|新闻))\s*[】\]]?\s*"
    rf"(?:讯|消息|{_HAN}{{0,8}}{MONTH_DAY}\s*电)\s*"
    rf"(?:[(（]\s*记者\s*([^()（）]{{2,30}})[)）])?"
)
_OUTLET = re.compile(rf"{_HAN}{{1,8}}(?:网|社|报|台|客户端)")  # a news outlet before its reporter: (海外网/张荣耀)
_CREDIT_PREFIX = re.compile(rf"^(?:记者|通讯员|{_OUTLET.pattern})\s*[/／|]?\s*")
_BYLINE_MARK = re.compile(rf"^[□■◆●▲◇○]\s*({_HAN}.{{0,12}})$")
_BRACKET_BYLINE = re.compile(r"(?:^|(?<=[。！？!?”」]))\s*[(（]\s*([^()（）]{2,40})\s*[)）]\s*$")


# What ends a source's name: a field's, a writer's or a list's separator, an account's id, a label glued on
# (`佛山新闻网编辑：…`), a link's words run on (`…返回搜狐，查看更多`, `…点击进入专题`)
_SOURCE_END = re.compile(
    r"[：:/／|｜、，,;；]|[(（]\s*(?:id|ID|微信号)|(?:责任编辑|编辑|责编|作者|记者|通讯员|校对|审核|摄影)(?=\s*[:：]|$)"
    r"|返回(?:搜狐|首页|顶部|列表)|点击"
)
_HANDLE = re.compile(r"[(（][A-Za-z0-9_.\-]{3,30}[)）]")  # an account's handle after its name: 江城健康（jchealth）
_ACCOUNT = re.compile(r"^(?:微信公众号|公众号|微信号|微博|头条号|百家号)\s*")
MAX_SOURCE = 24  # characters: 中华人民共和国国家互联网信息办公室 has 17


def _source_name(value: str) -> str | None:
    """The source's name a `来源：` label gives, without what runs on after it (`江城融媒体中心/王硕`, a list of
    sources, a label glued on: `…点击进入专题：…`), the platform's word before it or an account's handle after
    it; None when what is left is no name's length."""
    name = _HANDLE.sub("", _ACCOUNT.sub("", _SOURCE_END.split(value, 1)[0])).strip("“”\"'《》 .…·")
    return name if 2 <= len(name) <= MAX_SOURCE else None


@dataclass
class _Meta:
    date: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    posters: list[str] = field(default_factory=list)  # a forum's or blog's poster, the page's writer
    signed: str | None = None  # the day under a notice's issuer at its end
    account: str | None = None  # the account a follow button stands beside: the writer when no byline names one
    chief: bool = False  # the editor is the one labelled 责任编辑, whom a plain 编辑 does not replace
    channel: str | None = None  # a name beside the day under the headline: a self-media post's account, or a source
    edited: str | None = None  # a post's edit stamp's day: when it was changed, the last evidence of its day
    updated: str | None = None  # a page's update stamp's day (`更新 / …`): as the edit stamp's, the last evidence
    headed: list[str] = field(default_factory=list)  # the writers the lines above the text name (the head's byline)

    def add_authors(self, names: list[str]) -> None:
        self.authors.extend(n for n in names if n not in self.authors)

    def add_poster(self, name: str) -> None:
        self.add_authors([name])
        self.posters.extend([name] if name not in self.posters else [])

    @property
    def posted(self) -> bool:
        return bool(self.posters)


def _read_labels(line: str, meta: _Meta) -> None:
    """Fill `meta` from `label:value` pairs in one line: `日期:2023/01/10 17:30  来源:新甘肃`, its cells apart
    where the page glued them (index.ingest.info_bars)."""
    line = info_bars.cells(line)
    matches = list(_LABEL.finditer(line))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[match.end() : end].strip(" []【】()（）")
        value = re.split(r"[】\]]", value)[0]  # `【作者：孙丽】【字体：大 中 小】`: the field ends with its bracket
        kind = match.lastgroup
        if kind == "date" and _UPDATED_DAY.match(line[match.start() :]) and len(matches) > 1:
            continue  # `更新时间：… 发布时间：…`: the day of the last change is not the article's
        if kind == "date" and not meta.date:
            meta.date = parse_date(value, allow_year=True) or read_date(value)
        elif kind == "source" and not meta.source:  # a magazine's month before the line's day: `《求是》2021/10 …`
            meta.date = meta.date or read_date(value) or (None if _has_day(line) else parse_date(value))
            name, *rest = re.split(r"\s+|(?<=》)", value.strip(), maxsplit=1)
            name = _ISSUE.sub("", name.strip('《》“”"')).strip()
            meta.add_authors(_after_source(rest[0]) if rest else [])  # `来源：北京晨报 记者 张鹏`: a byline after it
            if rest and author_cards.is_follow_button(rest[0]) and _writes(name):  # `来源：咖啡控阿杰 订阅`
                meta.account = meta.account or name
            meta.editor = meta.editor or (bylines.editor(rest[0]) if rest else None)  # `来源：新华社 / 编辑 X`
            # `来源：尹娟`: a person (of a name's length and shape: 江城发布, 区政府办, 商讯 are none) is a writer
            person = bylines.looks_like_name(name) and not _OUTLET.fullmatch(name) and not _NO_PERSON.search(name)
            person = person and not bylines.is_unit(name)  # `来源：安全科`: a desk supplied it
            if person and (len(name) <= 3 or name[:2] in SURNAMES):
                meta.add_authors([name])
            else:
                meta.source = _source_name(name)
        elif kind == "author":  # after the label a name need not be surname-led (`作者：风笑天`, bylines)
            value = _GLUED_FIELD.split(value, 1)[0].strip()  # `作者：王晓燕 张帆摄影：李强`: spans shown unspaced
            value = _SPACED_SEPARATOR.split(value, 1)[0]  # `作者：Vivian ‧ 日本`: a theme's next field, its category
            value = _GLUED_DAY.split(value, 1)[0].strip()  # `作者：张彤2020-04-02 07:10`
            value = _POST_TAIL.sub("", value)  # `作者：长安布衣 发表于 05-3-4 10:20`: the post's time after the name
            value = author_cards.without_follow_button(value)  # `作者：阿拉蕾的旅行箱关注`: the card's button glued on
            handle = underscore_handles.whole_handle(value)  # `作者：蓝天_白云_77`: one handle, never cut at `_`
            names = [] if handle else bylines.writers(f"作者 {value}") or _names(value)  # (`作者：国际中心`: a desk)
            names = [n for n in names if not _NO_PERSON.search(n)]
            names = names or _latin_name(value) or bylines.glued_names(value.strip())
            names = names or [titled for titled in [titled_writer(value)] if titled]  # `作者：X大学教授 陈立新`
            users = [handle] if handle else _user_name(value)
            users = users or ([value.strip()] if _NUMBERED_HANDLE.fullmatch(value.strip()) else [])
            meta.add_authors(names)
            for user in [] if names else users:  # a user's handle: the post's poster
                meta.add_poster(user)
        elif kind == "editor" and (not meta.editor or (match.group(kind).startswith("责任") and not meta.chief)):
            names = [name for name in _names(value) if not bylines.is_unit(name)]  # `编辑：宣传科`: a desk
            pen = value.split()[0] if value.split() else ""  # `编辑：小雨`: a pen name of a given name's characters
            names = names or ([pen] if bylines.looks_like_pen_name(pen) and not _NO_PERSON.search(pen) else [])
            names = names or ([pen] if _LATIN_PEN.fullmatch(pen) and not _SYSTEM.fullmatch(pen) else [])  # `lisa`
            if names:
                meta.editor, meta.chief = names[0], match.group(kind).startswith("责任")


# a name in Latin letters after a writer's label: `撰文：Kathryn Diss`, `作者：KEITH BRADSHER` (two or three words,
# none an organisation's: `Global Times`, `Reuters Staff` are no one)
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}|[A-Z]{2,}(?: [A-Z]{2,}){1,2}")
_ORGANISATION_WORD = re.compile(
    r"(?i)\b(?:news|times|post|daily|press|staff|media|group|team|network|agency|online|journal|weekly|review)\b"
)
# `编辑：lisa`, `[编辑：Sen]`: an editor's pen name in Latin letters, a word with a vowel of four letters or more, or
# of three capitalised (not initials, `lwy`, nor a channel, `ent`: of the 26 such words the corpus's editor labels
# give, this keeps 14: `penny`, `kevin`, `gufeng`…, and none of its initials, system words or links)
_LATIN_PEN = re.compile(r"(?=[A-Za-z]*[aeiouAEIOU])(?:[A-Z][a-z]{2,19}|[a-z]{4,20})")
_SYSTEM = re.compile(r"(?i)admin|administrator|editor|webmaster|system|root|guest|anonymous|unknown|user|null|none|one")


def _latin_name(value: str) -> list[str]:
    """A writer's name in Latin letters, the whole of the label's value (`Kathryn Diss`), else none."""
    value = " ".join(value.split())
    return [value] if _LATIN_NAME.fullmatch(value) and not _ORGANISATION_WORD.search(value) else []


_CONTROL_ROW = re.compile(r"\s*[【\[](?=\s*(?:字号|字体|打印|关闭|收藏|大\s*中\s*小))")


def _after_source(value: str) -> list[str]:
    """The writers named after a source's name: a byline (`来源：北京晨报 记者 张鹏`), or names alone that have a
    name's shape (`来源：中央纪委国家监委网站 王卓`), not a word that only has its surname (`人民日报 海外版`); the
    page's controls and counters after them aside (`来源：东方资讯网  陈晓峰  【字号 大 中 小】`, `来源：江城中院
    文/图 刘洋 浏览次数：886`)."""
    value = _COUNTER.split(_CONTROL_ROW.split(value, 1)[0], 1)[0]
    if found := bylines.writers(value):
        return found
    names = bylines.writers(value, names_only=True)
    return names if all(bylines.looks_like_name(name) for name in names) else []


_EMPTY_LAST = re.compile(r"(?<=\S)\s+[^\s:：]{1,6}\s*[:：]$")  # `发布时间：2021-05-12  浏览次数：`
# 芊草凡凡, 农业农村局办公室; a handle of Chinese and Latin letters (`老K`, `K哥说车`)
_USER_NAME = re.compile(
    rf"[A-Za-z][\w.\-]{{2,19}}|{_HAN}{{2,10}}|(?=[^A-Za-z]*[A-Za-z])(?=[^{CJK}]*{_HAN})[{CJK}A-Za-z]{{2,10}}"
)
# a handle with a year or a number after its words (`雪落无声2005`), as a forum's author label gives it: only there,
# and never a counter's word (`总资产12`, a card's counter a page's head can put under the label)
_COUNTER_WORD = r"总资产|粉丝|文章|帖子|积分|字数|阅读|关注|评论|点赞|获赞|浏览|访问|回复"
_NUMBERED_HANDLE = re.compile(rf"(?!{_COUNTER_WORD}){_HAN}{{2,10}}\d{{2,6}}")
_NO_PERSON = re.compile(r"[网社台报站部]$|^本|中心|编辑|记者|评论员|佚名|不详|未知|匿名|转载|原创")


# a post line's edit link and time (`作者：河边柳  发帖时间：…`, whose 时间 a glued label's split leaves as `发帖`)
_POST_TAIL = re.compile(r"\s(?:编辑|发表于|发布于|发表时间|发[帖贴](?:时间|日期)?)(?:\s|[:：]|$).*$")
_COUNTER = re.compile(r"(?:阅读|评论|点击|浏览|回复|人气|引用)(?:次数|数)?\s*[(（:：]?\s*(?:\d+\s*[)）]?|$)")


def _user_name(value: str) -> list[str]:
    """A forum or blog user name given as the author (`作者：zboygirl`, `作者：芊草凡凡`), when the value is one
    such word (a post line's counters, edit link and time after it aside: `zboygirl 阅读(1660) 评论(5) 编辑
    发表于:…`) and names no outlet, desk or
    role (`作者：本报评论员`, `作者：佚名`)."""
    words = _POST_TAIL.sub("", _COUNTER.sub(" ", value)).split()
    word = words[0] if len(words) == 1 else ""
    if word and underscore_handles.whole_handle(word) == word and not _NO_PERSON.search(word):
        return [word]  # `老陈_在路上`: a handle holding `_`, whole
    glued = bylines.glued_names(word)  # (`陆增安赵慧玲吴承霖`: three names run together, no one's handle)
    agency = bylines.is_wire(word) or bylines.is_staff(word)  # `作者：新华社发`, `作者：小编`: no one
    agency = agency or underscore_handles.is_system_id(word)  # `作者：uid_20931`: the system's id, no one's name
    return [word] if _USER_NAME.fullmatch(word) and not _NO_PERSON.search(word) and not glued and not agency else []


# a writer's role word right before a name the page shows (`作者 Amy`, `By Amy`, `由 Amy 發表於`)
_ROLE_BEFORE = r"(?:作者|撰文|[Bb]y|由)\s*[:：]?\s*"


def _shown_after_role(value: str, lines: list[str]) -> list[str]:
    """A pen name in Latin letters or a user's name the markup gives as the author (`<span class="author">Amy</span>`),
    where the page shows it right after a writer's role word (`2019 年 5 月 4 日‧ 作者 Amy‧旅行`): a declared
    name the page never shows after a role can be the site's or a template's; [] otherwise."""
    names = _user_name(value)
    if not names:
        return []
    shown = re.compile(_ROLE_BEFORE + re.escape(names[0]) + r"(?![A-Za-z0-9_])")
    return names if any(shown.search(line) for line in lines if len(line) <= 200) else []


def _shown_handle(value: str, lines: list[str]) -> list[str]:
    """A declared author that is a handle holding `_` (`江边_散步的人`, the user its markup links beside the post's
    day), whole, where the page shows it: read as names, it was cut at its `_` (`江边`); [] otherwise."""
    handle = underscore_handles.whole_handle(value)
    if handle != value.strip():
        return []
    return [handle] if any(handle in line for line in lines if len(line) <= 200) else []


def _writes(handle: str) -> bool:
    """A user's or an account's name that is a writer: no organisation's account (`江城发布`)."""
    return bylines.is_handle(handle) and not bylines.is_account(handle)


def _poster_above(lines: list[str], i: int, filled: list[int]) -> int | None:
    """Where the poster's name stands above line `i` (a post's header that names no one): the line above it, not
    the headline (the first line, a blog's name, a breadcrumb or the poster's counters aside); None if none."""
    skipped = (bylines.blog_name, _BREADCRUMB.match, bylines.is_counter_row, bylines.is_edit_stamp)  # (`主题 12`:
    # the poster's panel; `本帖最后由 X 于 … 编辑`, the post's edit stamp)
    above = [j for j in filled if j < i and not any(aside(lines[j]) for aside in skipped)]
    return above[-1] if len(above) >= 2 and bylines.handle_among_controls(lines[above[-1]]) else None


def listed_days(lines: list[str], after_text: list[int]) -> set[int]:
    """The lines after the text that are items of a list with days (related links `标题 2021-01-11`, readers'
    comments `游客 2021-09-09 12:00`, `上一篇：…`): two or more short lines written the same way (the day's form,
    and whether words stand before and after it) with different days. None of them is the article's day. A
    board's edit stamp (`本帖最后由 X 于 … 编辑`) is the post's own, never a list's item."""
    shapes: dict[tuple[str, bool, bool], list[tuple[int, str | None]]] = {}
    for i in after_text:
        line = lines[i]
        if (
            len(line) <= 80
            and not ends_sentence(line)
            and (found := _ANY_DAY.search(line))
            and not bylines.is_edit_stamp(line)
        ):
            after = _WEEKDAY_TIME.sub("", line[found.end() :])
            shape = (
                re.sub(r"\d+", "0", found.group()),
                bool(CJK_RE.search(line[: found.start()])),
                bool(CJK_RE.search(after)),
            )
            shapes.setdefault(shape, []).append((i, read_date(line)))
    return {i for items in shapes.values() if len({day for _, day in items}) >= 2 for i, _ in items}


# a headline that begins with the day it is about, glued to it: `2021年5月12日外交部发言人主持例行记者会`
_DAY_GLUED = re.compile(rf"^{YMD_CN}(?:星期.|周[一二三四五六日天])?(?=[^\s丨|｜/／·•])")


def _names_a_day(line: str) -> bool:
    """A headline that opens with a day glued to six or more characters of its own (not a weekday, a time or a
    label: `2021年5月12日星期三`, `2004年7月16日08:19` are days; nor after a bar, `2018年12月2日丨我是…` is a post's
    day line): the first line of a text file, not its date."""
    match = _DAY_GLUED.match(line)
    rest = line[match.end() :] if match else ""
    return len(re.findall(_HAN, rest)) >= 6 and is_heading_shaped(rest) and not _LABEL.search(rest)


def _previous_line(lines: list[str], i: int) -> str:
    return next((lines[j] for j in range(i - 1, -1, -1) if lines[j]), "")


_PARAGRAPH_ENDS = re.compile(r"[。！？!?]")


# A clause of writing: a run of Chinese closed by a comma or a stop (a byline's names are apart by `、`).
_CLAUSE = re.compile(r"[\u4e00-\u9fff]{12,}[，。！？]")


def _harvest(lines: list[str], kept: list[str], titled: bool = False) -> tuple[_Meta, dict[int, str]]:
    """Metadata from label lines anywhere, and from datelines and by-lines in the page's head and tail: the
    first and last lines that page cleaning `kept` or that hold a date (a publication line can carry a view
    counter), so that a navigation block does not push them away.

    Returns the metadata and, for the lines it came from, what is left of them as body text: nothing, or the
    sentence before labels that close a paragraph (`…起施行。(完)【编辑:卞立群】`). With `titled` (a page whose
    headline is given apart, as an HTML page's is) the first line is no headline: an account's card can open it.
    """
    meta = _Meta()
    used: dict[int, str] = {}
    filled = [i for i, line in enumerate(lines) if line]
    text_begins = next((i for i in filled if len(lines[i]) > 40 and ends_sentence(lines[i])), len(lines))
    listed = listed_days(lines, [i for i in filled if i > text_begins])
    opening = next((i for i in filled if not _BREADCRUMB.match(lines[i])), 0)  # the headline, under a breadcrumb
    around = [  # a byline of five or more words looks like a row of links to page cleaning
        i
        for i, line in enumerate(lines)
        if i not in listed and (kept[i] or (line and (_has_day(line) or bylines.writers(line))))
    ]
    head = set(around[:6])
    edges = head | set(around[-6:])
    for k, i in enumerate(filled):
        line = lines[i]
        line = info_bars.publisher_apart(line)  # `发布人：管理员作者：唐晓峰…`: the writer's cell apart
        if i <= text_begins:  # (the head's byline: what the tail names beside it is weighed against it)
            meta.headed = list(meta.authors)
        after = lines[filled[k + 1]] if k + 1 < len(filled) else ""
        if bylines.is_member_panel(line) or bylines.is_edit_stamp(line):  # `注册时间 2008-7-9`: the day the
            # poster joined, not the post's; `本帖最后由 X 于 … 编辑`: the day it was changed. A cell run together
            # above the post names its poster first (`山野村夫 等级：论坛游侠 文章：235 注册：2003-5-17`)
            if i < text_begins and not meta.authors and (owner := panels.panel_owner(line)):
                meta.add_poster(owner)
            if bylines.is_edit_stamp(line):  # (read as a dateline before, and dropped from the text as one)
                meta.edited = meta.edited or read_date(line)
                used[i] = ""
            continue
        fields = _META_LINE.match(line)
        if not fields and i not in edges:  # every rule below reads a line of fields or a line at the page's edges:
            continue  # the labels were looked for in every line (3% of extraction's CPU over the corpus)
        label = None if fields else _LABEL.search(line)
        if label and i in edges and not ends_sentence(line) and len(line) <= 160:
            start = label.start() - (line[label.start() - 1 : label.start()] in "【[(（")
            before = line[:start].rstrip()
            # `…起施行。(完)【编辑:卞立群】`, not a publication line's address and day (`http://… 2005-09-07 10:12`)
            if before and (ends_sentence(before) or (len(before) > 40 and not _has_day(before))):
                _read_labels(line[start:], meta)
                used[i] = before
                continue
        if len(line) > 200 and len(_PARAGRAPH_ENDS.findall(line)) >= 2:
            # a paragraph, never a line of fields: a scraper's whole story on one line that ends in its credit
            # (`…工匠精神。采写 | 记者 王艳`, `…而已。○新报记者 吴轶凡 文`) was read as a byline and the story
            # dropped with it (15 corpus articles came out with no body; now none of them)
            continue
        if text_begins == len(lines) and len(line) > 60 and _CLAUSE.search(line):
            continue  # the page's only writing run into its fields on one line (a search result's `…新华社记者X、Y
            # 27日至28日，中印领导人非正式会晤在武汉举行。…`, a post's subject run into its forum's name): its text
        before = line[: label.start()] if label else ""  # (a bracketed label closes a credit: `录音丨X【编辑:Y】`)
        related = len(re.findall(_HAN, before)) >= 4 and not _has_day(before) and before[-1] not in "【[(（"
        floor = bylines.begins_with_floor(line) and not line.startswith("楼主")  # `2楼 作者：X …`, not the first
        # `作者：X 回复日期：…`; `作者：X 时间：…` under a post whose own header named its writer
        named = meta.authors and (found := _LABEL.search(line)) and found.lastgroup == "author"
        again = bool(named and _has_day(line))
        reply = _REPLY.search(line) or floor or again
        if i > text_begins and (related or reply):  # (a reader's reply)
            continue  # `高铁规划获批 作者：刘晓明 2020-03-02`: a related story's line after the article's text
        if _META_LINE.match(line) or (label and i in edges and not ends_sentence(line)):
            # a line of fields can end in a label left empty (`点击：`, `浏览次数：`)
            question = ends_sentence(_EMPTY_LAST.sub("", line)) and len(_LABEL.findall(line)) < 2
            asked = len(line) > 20 or line[-1] in "？?"  # (`记者：您为什么回乡？`, however short)
            if len(line) > 120 or (question and asked and not _names(_LABEL.sub("", line, 1))):
                continue  # `记者：请问您怎样看待…？` is an interview's question, not a byline
            _read_labels(line, meta)
            if not meta.authors and i in edges:  # `发布时间：… 文/X 图/Y 点击：…`: a writer's mark among the fields
                meta.add_authors(bylines.marked_among_fields(line))
            byline = line[: label.start()] if label and i in edges else ""
            if bylines.names_a_role(byline) and (names := bylines.writers(byline)):
                meta.add_authors(names)  # `记者 吕思远 江宁 2022-01-12 08:45 来源：X`: the byline before the labels
            elif i < text_begins and i in head and not meta.authors and (name := latin_bylines.bare_name(byline)):
                meta.add_authors([name])  # `Grace Li　2023-05-08 11:20　来源：X`: a Latin name first, no role
            if not meta.authors and (name := bylines.poster(line)) and not bylines.is_account(name):
                meta.add_poster(name)  # `楼主：X  时间：…`, `发帖人：X 发表时间：…`
            if not meta.date and i in edges and (_has_day(line) or i < text_begins):  # `2020年3月31日 来源：X`,
                meta.date = read_date(line)  # above the text a board's `作者: X (昵称)  (Sat Apr 13 09:05:12 2019)`
            used[i] = ""
        elif (
            i in head
            and i < text_begins
            and not meta.authors
            and (_has_day(line) or _has_day(after))
            and (name := latin_bylines.bare_name(line))
        ):  # `Chris Lau　2021年9月19日`, `Tom Zhang` over `2022-07-21 18:05`: a Latin name in the byline's slot
            meta.add_authors([name])
            meta.date = meta.date or read_date(line)
            used[i] = ""
        elif i in edges and (mark := _BYLINE_MARK.match(line)) and _names(mark.group(1)):
            meta.add_authors(_names(mark.group(1)))
            used[i] = ""
        elif i in edges and (account := bylines.posting_account(line) or bylines.posting_account(f"{line} {after}")):
            meta.account = meta.account or account  # `原创 文明申城 2020-06-18`: the writer where no byline names one
            meta.date = meta.date or read_date(line)
            used[i] = ""
            if not bylines.posting_account(line):  # `X 2021-09-23 10:12` / `澎湃号·政务`: the card's platform line
                used[next(j for j in filled if j > i)] = ""
        elif i in edges and not ends_sentence(line) and (names := bylines.writers(line) or info_bylines.writers(line)):
            if not (i > text_begins and meta.headed and not set(names) <= set(meta.headed)):
                meta.add_authors(names)  # (a tail's byline naming others than the head's: the head's wins)
            meta.date = meta.date or read_date(line)  # `[2005-01-14] 姚峰 上海报道`
            meta.editor = meta.editor or bylines.editor(line)  # `新京报 记者 李玉坤 编辑 樊一婧`
            used[i] = ""
        elif i in edges and bylines.opens_wechat_post(line) and (day := read_date(line)):
            meta.date = meta.date or day  # `原创 三湘都市报 2018-05-14作者 …`: an outlet's header, no writer's
            used[i] = ""
        elif i in edges and len(line) <= 40 and (name := bylines.editor(line)):  # `编辑 | 谢丽容`
            meta.editor = meta.editor or name
            used[i] = ""
        elif (
            i in head
            and opening - titled < i <= opening + 3
            and (name := author_cards.card_writer(lines, i, text_begins))
        ):
            meta.account = meta.account or name  # `财经小林` / `+关注` under the headline: an account's card
            used[i] = ""
        elif (
            i in head
            and not meta.authors
            and bylines.names_no_poster(line)
            and ((at := _poster_above(lines, i, filled)) is not None)
        ):  # `湖人老球迷` / `发表于 2013-05-20 08:12`: the poster's own cell
            handle = bylines.handle_among_controls(lines[at]) or lines[at]  # (`楼主 风吹麦浪 电梯直达`)
            if not bylines.is_account(handle):  # (`江城发布` / `2021-5-12 18:30 来自 微博`: a body's account)
                meta.add_poster(handle)
            meta.date = meta.date or read_date(line)
            used[i] = ""  # (the name's line stays: a headline above it is not glued to the text)
        elif (
            i in head
            and not meta.date
            and len(line) <= 80
            and bylines.names_no_poster(line)
            and _ENGLISH_DATE.search(line)
        ):
            meta.date = read_date(line)  # `发表于: Sat Apr 08, 2006 9:15 pm`: the post's day, in English
            used[i] = ""
        elif i in edges and (name := bylines.poster(line)):
            if meta.posted and i > text_begins:  # the next post's header under the first's text: a reply
                continue
            if not bylines.is_account(name):  # `@江城发布` over a microblog's post: a body's account, no writer
                meta.add_poster(name)
            meta.date = meta.date or read_date(line)
            used[i] = ""
        elif i in listed:
            continue
        elif i in edges and not meta.date and i > text_begins and ends_sentence(line) and POSTED_ON.match(line):
            meta.date = read_date(line)  # a blog theme's footer sentence under the text: `本条目发布于2019年6月2日。…`
            # (kept as text; a stamp that is no sentence, `发布于 … ・IP 属地湖北`, is read below and leaves)
        elif i in edges and len(line) <= 60 and _UPDATE_STAMP.match(line) and _has_day(line):
            meta.updated = meta.updated or read_date(line)
            used[i] = ""
        elif (
            i in edges
            and not meta.date
            and len(line) <= 60
            and not ends_sentence(line)
            and (_has_day(line) or (i < text_begins and read_date(line)))  # above the text, the days `has_day`'s
            # one search leaves to `read_date`: a board's `发信站: X (Tue Mar  5 20:14:51 2019)`, an English `March 21,
            # 2021`, a CMS's `15 五月 2020` (under it, an English day is as likely a reader's: `路人 said… March 5`)
            and not (_TOLD.search(line) and text_begins == len(lines))  # `2018年4月27日，X派出所…抓获5名。来源：Y`:
        ):  # the page's only text, told in one line with its credit after
            if i == filled[0] and _names_a_day(line):  # `2021年5月12日外交部发言人主持例行记者会`: the headline
                continue
            if i == filled[0] and (stamp := STAMP_BESIDE.search(line)) and (day := read_date(stamp[0])):
                meta.date = day  # `区政协召开十届二次会议（2020-01-08）`: the headline, dated beside it
                used[i] = line[: stamp.start()]
                continue
            if _CLOCK.match(line) or _CALENDAR.search(line):  # `今天是：2021年5月13日 星期四`: no text either
                used[i] = ""
                continue
            if i == filled[-1] and _ISSUER.match(_previous_line(lines, i)):
                continue  # the date a notice's issuer signs, read with the signature (`_signature`)
            meta.date = read_date(line)
            if (beside := _DAY_CHANNEL.match(line)) and _writes(beside.group(1)):
                meta.channel = beside.group(1)
            elif (card := _CHANNEL_DAY.match(line)) and i in head and not _OUTLET.fullmatch(card.group(1)):
                name = card.group(1)
                meta.channel = name if _writes(name) or bylines.is_unit(name) or bylines.is_account(name) else None
            used[i] = ""
        elif i in head and len(line) <= 60 and _is_date_alone(line):  # `Saturday, September 10th, 2005 10:56 am`
            meta.date = meta.date or parse_date(line)
            used[i] = ""
    read = {lines[i] for i, rest in used.items() if not rest}
    for i in filled:  # a publication line shown twice (read above the body, and again inside the post) is read once
        if i not in used and lines[i] in read and not ends_sentence(lines[i]):
            used[i] = ""
    return meta, used


# ---------------------------------------------------------------- structure


def _is_title(line: str) -> bool:
    """Heading-shaped, or a headline that ends in an exclamation or a question (`…当警示！`, `…怎么办？`); not
    a row of labelled fields (`证券代码：000123  证券简称：江城银行`); the counters a title cell glues on aside."""
    line = without_controls(line)
    core = line.rstrip("”」』)）\"'")
    exclaims = core[-1:] in ("！", "？", "!", "?") and is_heading_shaped(core.rstrip("！？!?"))
    return (is_heading_shaped(line) or exclaims) and not line.startswith("—") and not _FIELDS_ROW.search(line)


_FIELDS_ROW = re.compile(r"[^\s:：]{2,8}[:：]\s*\S+\s+[^\s:：]{2,8}[:：]")


_TITLE_WORDS = r"(?:文章标题|新闻标题|[帖贴]子主题|标\s*题|题\s*目|主\s*题)"  # a BBS pads it: `标  题: …`
_TITLE_LABEL = re.compile(rf"^[*\s]*{_TITLE_WORDS}\s*[:：]\s*(?=\S)")
_EMPTY_TITLE_LABEL = re.compile(rf"^{_TITLE_WORDS}\s*[:：]$")
_TOPICS = re.compile(r"^(?:#[^#\s]{1,20}#\s*)+(?=\S)")  # `#江城新闻# 【…】`: a microblog's topics before its headline
_BRACKETED = re.compile(r"^【\s*([^【】]+?)\s*】$|^\[\s*([^\[\]]+?)\s*\]$")


def _title_text(line: str) -> str:
    """A title line as the title reads: without a label (`标题：…`), the brackets around it (`【…】`) or the
    site's name a page's title adds (`… - 金山新闻网`, index.ingest.titles.strip_site_suffix)."""
    line = _TOPICS.sub("", _TITLE_LABEL.sub("", line))
    if match := _BRACKETED.match(line):
        line = match.group(1) or match.group(2)
    return without_controls(strip_site_suffix(line) or line)  # (`标题 回复:35`: a title cell's counters)


def _echo(line: str, text: str) -> float:
    """The share of `line`'s pairs of Chinese characters that `text` repeats."""
    pairs = {line[i : i + 2] for i in range(len(line) - 1) if CJK_RE.match(line[i]) and CJK_RE.match(line[i + 1])}
    return sum(pair in text for pair in pairs) / len(pairs) if pairs else 0.0


def is_kicker(line: str, headline: str, body: list[str], given: str | None) -> bool:
    """A kicker (引题) above the headline: a shorter title-shaped line before the line that the declared title
    is, or, with none declared, before a title-shaped line (not a numbered section heading) whose words the
    body repeats more than the kicker's. On the corpus (titles declared) this finds one (`人物` above
    `周迅：接受不完美`); the seeds and the made-up layouts other than the e-paper's have none."""
    if not _is_title(line) or len(line) >= len(headline) or headline.startswith("—"):
        return False
    if given:
        return _same(headline, given) and not _same(line, given)
    text = "".join(body)
    return _is_title(headline) and not is_numbered_heading(headline) and _echo(headline, text) > _echo(line, text)


_BREADCRUMB = re.compile(r"^[^>»›]{1,20}(?:\s*[>»›]\s*[^>»›]{1,20})+$")  # `东方网 > 上海新闻 > 社会`


HEAD_LINES = 16  # how far down a text file's headline is looked for under its site's lines


def _names_cell(line: str, header: str) -> bool:
    """`line` names the writer over the publication line `header`: a poster's cell over a header that names no
    one (`湖人老球迷` / `发表于 …`), or a line of names alone (`林晓枫`)."""
    return (bylines.names_no_poster(header) and bylines.is_handle(line)) or bool(bylines.writers(line, names_only=True))


def _card_part(line: str) -> bool:
    """A line of a poster's or an account's cell under the name: a panel's counters, a rank, a badge, a button."""
    return bylines.is_counter_row(line) or author_cards.is_badge(line) or author_cards.is_follow_button(line)


def _buried_headline(lines: list[str]) -> tuple[int, int | None] | None:
    """Where a text file's headline stands when its site's lines come first (a search box, a breadcrumb, a list
    of other titles, an e-edition's page line), and where its kicker stands (None without one): the
    title-shaped line right above the first publication line or byline, when two or more lines stand above
    it, or a line labelled as the title. A headline stands right above its publication line; what stands
    above the headline in a page saved as text is the site's, but for a kicker (引题) right above it."""
    filled = [i for i, line in enumerate(lines) if line][:HEAD_LINES]
    for k, i in enumerate(filled):
        line = lines[i]
        if is_writing(line):
            return None
        if k and _TITLE_LABEL.match(line):  # `标题：…` under a forum's breadcrumb: the headline by its label
            return i, None
        dated = len(line) <= 100 and (_META_LINE.match(line) or _has_day(line) or bylines.writers(line))
        if bylines.is_member_panel(line):  # `注册时间 2008-7-9`: the poster's panel, no publication line
            continue
        if k >= 3 and dated:
            # a poster's cell over a header that names no one, or a line of names (a line about the writer can
            # follow it), stands between the headline and its publication line: the headline is above it
            step = next((n for n in (1, 2) if k - n >= 1 and _names_cell(lines[filled[k - n]], line)), 0)
            parts = 0  # under the name, the poster's panel or the account's badge (`中级会员`, `一点号 · …创作者`)
            while k - parts - 2 >= 0 and _card_part(lines[filled[k - parts - 1]]):
                parts += 1
            if parts and bylines.is_handle(lines[filled[k - parts - 1]]):
                step = parts + 1
            if step and k - step < 3:
                return None
            k -= step
            headline = lines[filled[k - 1]]
            if not _is_title(headline) or _has_day(headline) or _META_LINE.match(headline):
                return None
            body = [text for text in lines[i + 1 :] if is_writing(text)]
            kicker = filled[k - 2] if is_kicker(lines[filled[k - 2]], headline, body, None) else None
            return filled[k - 1], kicker
        if dated:
            return None
    return None


_PAGE = re.compile(r"^第\s*[A-Za-z]?\d{1,3}\s*版\s*(?:[:：]\s*\S{1,12})?$")  # an e-edition's page: `第03版：要闻`


def _split_title(
    paragraphs: list[str], given: str | None, dated: bool = False
) -> tuple[str | None, str | None, list[str]]:
    """(title, subtitle, rest). A title is a heading-shaped first line, or the second when the first is its
    kicker (which stays in the text), an official document's masthead, a breadcrumb, a blog's name or a row of
    labelled fields (`证券代码：… 公告编号：…`, which go); a subtitle follows it with ——. A first line `dated` (its
    publication line right under it) is the headline, never a kicker: what follows the publication line is text
    (a forum post's question)."""
    rest = list(paragraphs)
    title = given
    if not given and len(rest) > 2 and any(_same(head, line) for head, _ in tails(rest[0]) for line in rest[1:4]):
        rest.pop(0)  # a text file's first line is the page's `<title>` (`标题 - 少数派`) over the headline it repeats
    while len(rest) > 2 and (
        _BREADCRUMB.match(rest[0])
        or bylines.blog_name(rest[0])
        or _FIELDS_ROW.search(rest[0])
        or _PAGE.match(rest[0])
        or is_interface_phrase(rest[0])  # `返回日志列表` over a blog post's title
    ):
        if given and _same(rest[0], given):
            break
        rest.pop(0)
    found = labelled_headlines.headline_under_name(rest[:4], rest[0]) if len(rest) > 2 else None
    if found and (not given or _same(given, found) or _same(given, rest[0])):  # a bulletin's name over `导读：X`
        at = next(i for i in range(1, 4) if labelled_headlines.labelled_headline(rest[i]) == found)
        rest = rest[1:at] + rest[at + (0 if labelled_headlines.is_dateline(rest[at]) else 1) :]  # (a dateline stays)
        title = given = found
    if len(rest) > 2 and _EMPTY_TITLE_LABEL.match(rest[0]) and (not given or _same(rest[1], given)):
        rest.pop(0)  # `主题：` over a post's subject, which is its title
    if len(rest) > 2 and is_masthead(rest[0]) and not (given and _same(rest[0], given)):
        rest.pop(0)  # an official document's masthead above its title
    if len(rest) > 2 and not dated and is_kicker(rest[0], rest[1], rest[2:], given):
        rest[0:2] = [rest[1], rest[0]]  # the headline first: taken as the title below, the kicker kept as text
    if len(rest) > 2 and (joined := wrapped(rest[0], rest[1])) and (not given or _same(joined, given)):
        title, rest = given or joined, rest[2:]  # a document's title a PDF's conversion broke over two lines
    elif rest and given and _same(rest[0], given):
        rest.pop(0)
    elif len(rest) > 1 and not given and _is_title(_title_text(rest[0])):
        title = _title_text(rest.pop(0))  # `标题：…` under a line the page's cleaning took out
    subtitle = None
    if title and rest and rest[0].startswith("—") and len(rest[0]) <= 50:
        subtitle = rest.pop(0)
    return title, subtitle, rest


def _take_signature(title: str | None, rest: list[str], meta: _Meta, shown: list[str]) -> list[str]:
    """A line of names alone right under the headline is its byline (`犬儒病(上)` / `胡平` / `——…`), and the
    subtitle that follows it is the subtitle; not a kicker the page shows above the headline (`江城吧` over a
    post's subject), which `shown`, the page's paragraphs in order, tells."""
    above = title in shown and rest[0] in shown and shown.index(rest[0]) < shown.index(title) if rest else False
    if title and rest and not above and (names := bylines.writers(rest[0], names_only=True)):
        meta.add_authors(names)
        return rest[1:]
    return rest


def _listed_under(lines: list[str], learned: list[int]) -> list[int]:
    """The title-like lines (`1. 江城春季车展开幕`) that follow a learned furniture line standing after the text's
    last written line, LIST_RUN of them or more and one of them learned too (a site's lists share items across its
    pages; a section's short last lines under its learned head, `【其他】`, are no list), up to a blank line or a
    dated line (a notice's issuer and day can follow its learned seal):
    a site's own heading over its list of other articles (`热点排行`), learned by recurrence where no list marker
    names it. The titles themselves recur in too few files."""
    if not learned:
        return []
    last = max((i for i, line in enumerate(lines) if is_writing(line) and not is_title_like(line)), default=len(lines))
    out: list[int] = []
    known = set(learned)
    for start in (i for i in learned if i > last):
        j = start + 1
        while j < len(lines) and lines[j] and lines[j] != lines[start] and is_title_like(lines[j]):
            if _has_day(lines[j]):
                break
            j += 1  # (the same head again opens a block of its own)
        run = range(start + 1, j)
        shared = [i for i in run if i in known and len(lines[i]) >= 6]  # a title, not a learned `完`
        if len(run) >= LIST_RUN and shared:  # a site's list shares items across its pages
            out += run
    return out


def _dated_head(line: str) -> bool:
    """A line above the text's writing that carries a full date and no sentence: an issue's or an edition's
    line (`江城晚报早读 第302期 | 2020年03月30日`), whose day is read with the page's fields; no kicker or
    subtitle (`——…`) has a date of its own."""
    return (
        len(line) <= HEADING_MAX
        and bool(_FULL_DATE.search(line))
        and not WRITING.search(line)
        and not line.startswith("—")
    )


def _same(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"\s+", "", s)

    return squash(a) == squash(b)


def _is_subheading(paragraph: str) -> bool:
    return paragraph.startswith("——") and len(paragraph) <= 60


def _headings(paragraphs: list[str]) -> dict[int, int]:
    """Where headings start and how many lines (1 or 2) each takes.

    A heading stands apart from the text: one or two heading-shaped lines after the text's start or a
    finished sentence, before a paragraph (or a `——` sub-heading). Three or more such lines in a row are
    text written one short line a sentence (a WeChat post), and so is a whole text with more heading-shaped
    lines than paragraphs: there only a numbered line (`一、`, `（二）`, `3.`) before a paragraph heads a
    section. On the shared corpus's 2,172 bodies escaped twice this takes headings from 1.87 to 0.96 an article
    and none left without a paragraph (30% before; the other 8,408 bodies 0.17 -> 0.12, benchmarks/headings.py);
    the seeds and the made-up layouts keep theirs.
    """
    shaped = [is_heading_shaped(p) and not p.startswith("—") for p in paragraphs]
    short_lines = sum(shaped) > len(paragraphs) - sum(shaped)
    starts: dict[int, int] = {}
    i = 0
    while i < len(paragraphs):
        if not shaped[i]:
            i += 1
            continue
        end = i
        while end < len(paragraphs) and shaped[end]:
            end += 1
        if end < len(paragraphs):  # a paragraph or a `——` sub-heading follows
            apart = i == 0 or ends_sentence(paragraphs[i - 1]) or _is_subheading(paragraphs[i - 1])
            apart = apart or opens_a_section(paragraphs[i])
            if end - i <= 2 and apart and not short_lines:
                starts[i] = end - i
            elif is_numbered_heading(paragraphs[end - 1]):
                starts[end - 1] = 1
        i = end
    return starts


def build_sections(paragraphs: list[str]) -> list[Section]:
    """Group paragraphs under headings (`_headings`). Two short heading lines in a row form one heading; a `——`
    line opens a subsection of the current heading. Text before the first heading has heading None."""
    sections = [Section(None)]
    current = sections[0]
    starts = _headings(paragraphs)
    i = 0
    while i < len(paragraphs):
        paragraph = paragraphs[i]
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if i in starts:
            heading = " ".join(paragraphs[i : i + starts[i]])
            i += starts[i] - 1
            current = Section(heading)
            sections.append(current)
        elif _is_subheading(paragraph) and following is not None:
            parent = sections[-1]
            current = Section(paragraph.lstrip("—").strip().rstrip("。"))
            parent.subsections.append(current)
        else:
            current.paragraphs.append(paragraph)
        i += 1
    return [s for s in sections if s.heading or s.paragraphs or s.subsections]


def _closing_credits(paragraphs: list[str], meta: _Meta) -> list[str]:
    """The text without the block of credit lines that closes it (`供稿|党委办公室 王晓燕` / `编辑|李娜` /
    `审核|张卫东`, index.ingest.credits), whose writers are the article's when no person is named before."""
    at = len(paragraphs)
    while at > 1 and len(paragraphs) - at < 6 and credits.is_credit_line(paragraphs[at - 1]):
        at -= 1
    if at == len(paragraphs):
        return paragraphs
    if all(bylines.is_unit(name) for name in meta.authors):
        for line in paragraphs[at:]:
            meta.add_authors(credits.run(line) or [])
    return paragraphs[:at]


def _take_bylines(paragraphs: list[str], meta: _Meta) -> list[str]:
    """Strip `(王帅)`-style by-lines: a whole paragraph of names in brackets, or one after a sentence's end."""
    kept = []
    for k, paragraph in enumerate(paragraphs):
        match = _BRACKET_BYLINE.search(paragraph)
        # after a question a bare name's shape is the question's note (`哪几个月？（单选）`): a role word must say so
        asked = bool(match) and paragraph[: match.start()].rstrip().endswith(("？", "?"))
        names = _names(match.group(1)) if match and not asked else []
        glued = False
        if match and not asked and not names and (match.start() == 0 or k == len(paragraphs) - 1):
            names = credits.split_glued(match.group(1).strip())  # `（孙彩萍许家伟姜萍）`, alone or closing the text:
            glued = bool(names)
            # names run together, cut where surnames begin (one cut alone, else none; `（江西南昌）` is places)
            names = [] if any(canonical_city(name) or canonical_province(name) for name in names) else names
        if match and not (names and len(" ".join(names)) >= len(_CREDIT_PREFIX.sub("", match.group(1).strip())) - 2):
            names, glued = bylines.writers(match.group(1)), False  # `(信报记者 蔡雪婧)`: a whole byline in brackets
        if names and _EDITOR_ASIDE.match(match.group(1)):  # `(编辑金律成)`: the editor, who is no writer
            meta.editor = meta.editor or names[0]
        elif glued and k == len(paragraphs) - 1 and meta.headed and not set(names) <= set(meta.headed):
            pass  # names cut by guess from a run closing the text (`（张杰张兆勇）`) add no one to a byline above it;
            # names written apart (`（王怀仁）`, `（本报某地电 记者 X 特约记者 Y）`) are the story's writers too, unless
        elif names and reposts.another_newsrooms(_persons(meta.headed), names, match.group(1)):
            pass  # they are none of that byline's: another desk's credit under the page's (index.ingest.reposts)
        elif names:  # `（梁志航 摄）` under a picture: the photographer, no writer (`(孙明 文 王刚 摄)`: 孙明)
            meta.add_authors(bylines.writers(match.group(1)) if bylines.is_photo_credit(match.group(1)) else names)
        if names:
            paragraph = paragraph[: match.start()].rstrip()
        if paragraph:
            kept.append(paragraph)
    return kept


def _persons(names: list[str]) -> list[str]:
    return [name for name in names if not (bylines.is_unit(name) or bylines.is_outlet(name))]


_EDITOR_ASIDE = re.compile(r"^\s*(?:责任编辑|编辑|责编)")


_CREDITED_FROM = re.compile(
    r"^(?:[—\-]{1,2}\s*(?:原载|摘自|选自|转自|载于?)?|[(（]\s*(?:摘自|选自|原载|转载自|转自|载于?|来源\s*[:：]?))"
    r"\s*《([^《》()（）]{2,30})》"
)


def _credited_source(paragraphs: list[str], meta: _Meta) -> list[str]:
    """The text without the line at its end that credits the publication it comes from (`——《北京之春》1998年3月号`,
    `（摘自《学术季刊》2000年第2期）`), which gives the source when none is known."""
    for i in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 4), -1):
        match = _CREDITED_FROM.match(paragraphs[i])
        if match and len(paragraphs[i]) <= 160:
            meta.source = meta.source or match.group(1)
            return paragraphs[:i] + paragraphs[i + 1 :]
    return paragraphs


_ISSUER = re.compile(
    rf"^{_HAN}{{2,30}}(?:人民政府|政府|委员会|办公室|办公厅|局|厅|委|院|中心|公司|协会|学会|联合会|党委|党组|小组|指挥部|"
    r"管委会|集团|银行|大学|学院|研究所|研究院|工作组|支队|大队|董事会|监事会|理事会)$"
)


def is_masthead(line: str) -> bool:
    """An official document's masthead (发文机关标志): its issuer's name and 文件 (`江城市人民政府办公室文件`),
    printed above its title, never the title itself."""
    return line.endswith("文件") and bool(_ISSUER.match(line[:-2]))


def _signature(paragraphs: list[str], meta: _Meta) -> list[str]:
    """The text without the issuer that signs a notice at its end, after its last sentence and above its date
    (`特此通告。` / `吉林省人民政府` / `2022年1月27日` or `二〇二二年一月二十七日`), who is its writer when no one
    else is named; the date under the issuer is the notice's day (成文日期)."""
    last = paragraphs[-1].strip() if paragraphs else ""
    dated = len(paragraphs) > 2 and len(last) <= 14 and bool(_FULL_DATE.fullmatch(last) or _CN_DATE.fullmatch(last))
    at = len(paragraphs) - 1 - dated  # the date line can be gone already, read as the date
    if at < 2 or meta.authors or not _ISSUER.match(paragraphs[at]) or not ends_sentence(paragraphs[at - 1]):
        return paragraphs
    meta.add_authors([paragraphs[at]])
    if dated:  # the day it was signed is the notice's, before the day a portal put it online
        meta.signed = parse_date(paragraphs[-1])
    return paragraphs[:at] + paragraphs[at + 1 :]


def _dateline_source(paragraphs: list[str], meta: _Meta) -> None:
    """`新华网讯 近年来...` or `新华社北京1月10日电(记者 张三)` opening the first paragraph."""
    for paragraph in paragraphs[:2]:
        if match := _DATELINE_SOURCE.match(paragraph):
            meta.source = meta.source or match.group(1)
            named = _names(match.group(2)) if match.group(2) else []
            # (`新华社…电（记者 X）` under the page's byline naming others: another newsroom's, index.ingest.reposts)
            if not reposts.another_newsrooms(_persons(meta.headed), named, match.group(0)):
                meta.add_authors(named)
            return


# ---------------------------------------------------------------- entry point


def _head_day(day: str | None, lines: list[str], own: str | None) -> str | None:
    """The day read from the page's lines, unless only a line under the text's first paragraph gives it and the
    page's own address gives another: a reader's comment, a related link or a sidebar under the story (`江城网友
    2019-04-15 20:11 说得好` under a story whose address holds `/20190412/`) has its own day, not the story's."""
    if not day or not own or day == own:
        return day
    begins = next((i for i, line in enumerate(lines) if len(line) > 40 and ends_sentence(line)), len(lines))
    return day if any(read_date(line) == day for line in lines[:begins]) else own


_ISSUE_MARK = re.compile(r"第\s*[A-Za-z]?\d{1,3}\s*版|(?:星期|周)[一二三四五六日天]")


def _masthead(first: str, second: str, third: str) -> bool:
    """A paper's name over its issue's bar over the headline (an e-paper page copied as text): the name is the
    masthead, never the headline."""
    return names_no_article(first) and _has_day(second) and bool(_ISSUE_MARK.search(second)) and _is_title(third)


def extract(raw: RawDocument, furniture: Collection[int] = frozenset()) -> Article:
    """The Article in one decoded input, without the lines whose fingerprints are in `furniture` (the
    boilerplate learned for its source, see index.ingest.furniture)."""
    return extract_counting(raw, furniture)[0]


def extract_counting(
    raw: RawDocument, furniture: Collection[int] = frozenset(), text: str | None = None
) -> tuple[Article, int]:
    """`extract`, and how many lines it left out as learned boilerplate; `text` is `normalize_text(raw.text)`
    where the caller made it already (a build's fingerprint workers do)."""
    text = normalize_text(raw.text) if text is None else text
    text = split_escaped_lines(text)  # a page's `…检测。\\n会议指出…` (index.ingest.escapes)
    text = bbs.unfolded(text)  # a post's header and paragraphs run on one line (index.ingest.bbs)
    record = glued_fields.read_record(text)  # `标题：X来源：Y时间：Z正文：…` in one line: a field a line
    text = record.text if record else text
    outline = note_properties.without_bullets(text.split("\n"))  # an outliner's bullets, one a paragraph
    lines = [spaced_labels.unspaced(strip_markup(line.strip())) for line in outline]
    lines = [site_notes.without_read_count(line) for line in lines]  # `标题 (被阅读 1000 次)`
    boxes = site_notes.tip_box_lines(lines)  # a tip box over lines, before cleaning or a site's lines take one
    lines = wechat_headers.joined(lines)  # `原创` / writer / account / day, a line each (index.ingest.wechat_headers)
    untagged = [social_posts.untagged(line) for line in lines]  # a caption's `#话题#` and `@账号`
    tagged = {i: line for i, line in enumerate(lines) if untagged[i] != line}  # as learned: a site's own tagged line
    lines = untagged
    lines = year_less.stamped_head(lines, text, raw.meta.get("url"))  # `02-12 11:38` in the year the page gives
    # read before any line is blanked: the whole issue head, the record's every day
    records = record_lines.record_day_lines(lines) | issue_pages.issue_lines(lines) | show_notes.timeline_lines(lines)
    records |= notebooks.fenced_lines(lines)  # a Markdown export's code (index.ingest.notebooks)
    records |= social_posts.post_lines(lines)  # a post's account, counters and comments
    records |= reader_clippings.scaffolding_lines(outline)  # a highlights export's headings, places, links, tags
    records |= reader_clippings.notebook_lines(lines)  # a notebook page's marks, notes and count of notes
    records |= bilingual_labels.label_lines(lines)  # a bilingual site's menu (index.ingest.bilingual_labels)
    records |= folios.folio_lines(lines)  # a printed page's folio between paragraphs (index.ingest.folios)
    properties = note_properties.read_properties(lines)  # a note's `键:: 值` lines and metadata blocks
    records |= properties.lines if properties else set()
    template = repost_templates.read_template(lines)  # a board's repost template: its fields, its text
    records |= template.lines if template else set()
    for i, value in template.opening.items() if template else ():
        lines[i] = value
    script = broadcast_scripts.read_script(lines)  # a newsroom's script: cues, head, running order
    records |= script.lines if script else set()
    for i, words in script.spoken.items() if script else ():
        lines[i] = words

    records |= dated_lists.list_lines(lines, raw.meta.get("title"))  # a feed's other items, each with its day
    written = text.split("\n") if mail_messages.has_marks(text) else []  # (its quote marks on)
    mailed = mail_messages.mail_lines(written) if written else set()  # a mail's quote, signature, footer, addresses
    records |= mailed
    form = form_fields.read_form([line.strip() for line in raw.shown] or lines)  # an office app's form: label
    records |= {i for i, line in enumerate(lines) if line in form.lines} if form else set()  # over value
    header = bbs.read_header(lines)  # before learned furniture blanks its lines (a poster's every post has one)
    body_lines = [
        story_after_panel(line) or text_after_headings(line) or line for line in clean_lines("\n".join(lines))
    ]
    body_lines += [""] * (len(lines) - len(body_lines))  # a tail block cut the rest
    for i in live_pages.live_lines(lines, raw.shown):  # a live page's stamps, state and credits: no text, though
        body_lines[i] = ""  # its first stamp may date it (index.ingest.live_pages)
    learned = [
        i
        for i, line in enumerate(body_lines)
        if furniture and line and (is_learned(line, furniture) or (i in tagged and is_learned(tagged[i], furniture)))
    ]
    fielded = [i for i in learned if carries_fields(body_lines[i])]  # left out once their fields are read
    learned = [i for i in learned if i not in set(fielded)]
    learned += _listed_under(body_lines, learned)
    tail = cut_tail(body_lines, furniture) if furniture else {}
    for i, left in tail.items():
        lines[i] = body_lines[i] = left
    for i in learned:  # before the metadata is read, so that the page's head and tail are its own
        lines[i] = body_lines[i] = ""
    rules = {i for i, line in enumerate(text.split("\n")) if chrome.is_rule(line)}
    carded = chrome.card_lines(lines, body_lines)
    chrome_lines = chrome.chrome_lines(lines, body_lines, rules, carded)
    # a production credit's names (`江城融媒出品 记者：王五`) are the closing credit's when none other is found
    produced = [body_lines[i] for i in sorted(chrome_lines) if chrome.is_production_credit(body_lines[i])]
    # an account's card and an info line are the page's, but read for their fields first (the card's name is the
    # account's): left out with `fielded`, once read
    fielded += sorted(carded)
    for i in chrome_lines - carded:  # no text, though a reply's stamp is still a reply's
        body_lines[i] = ""
    desks = credit_lines.desk_writers(body_lines)  # `国际中心／综合报导 记者X`: its names, the writers if none else
    notes = site_notes.note_lines(body_lines) | boxes
    stations = [day for i in sorted(notes) if (day := site_notes.station_day(body_lines[i]))]  # a board's post day
    for i in credit_lines.filing_credits(body_lines) | notes:  # credits, a site's notes and tip boxes
        body_lines[i] = ""  # (index.ingest.credit_lines, site_notes: the page's lines keep them for its fields)
    for i in reader_notes.reader_lines(body_lines):  # readers' notes, comments and lists (index.ingest.reader_notes)
        body_lines[i] = ""
    for i in closing_pleas.closing_pleas(body_lines):  # an outlet's pleas under the story (index.ingest.closing_pleas)
        body_lines[i] = ""  # (the page's lines keep it: a credit run into a plea is still read)
    for i in export_notes.note_lines(body_lines):  # a note taker's, a sharer's, a study site's lines
        body_lines[i] = ""  # (index.ingest.export_notes)
    for i in study_questions.study_tail(body_lines):  # a study material's questions and its compiler
        body_lines[i] = ""  # (index.ingest.study_questions)
    for i in entry_records.entry_records(body_lines):  # `收藏该固定链接。`, `标签：…`, `文章录入：X 责任编辑：Y`
        body_lines[i] = ""  # (index.ingest.entry_records; the editor is read from the page's lines)
    for i in file_credits.credit_lines(body_lines):  # `本书由X整理制作`, `转发自 X`, `——摘自《X》第三章` alone
        body_lines[i] = ""  # at the text's edges (index.ingest.file_credits)
    declared = normalize_text(raw.meta.get("title") or "").strip() or None
    forwarded = file_credits.forwarded_headline(body_lines, declared)  # `【转发】关于…的通知` over the forwarded
    if forwarded and forwarded[0] is not None:  # article's headline (index.ingest.file_credits)
        lines[forwarded[0]] = body_lines[forwarded[0]] = ""
    for i in review_boxes.review_lines(body_lines):  # a submission's `审稿意见：…` and its reviewer
        body_lines[i] = ""  # (index.ingest.review_boxes)
    if labelled := review_boxes.text_label(body_lines):  # `正文：` over the text, or run into its first paragraph
        body_lines[labelled[0]] = labelled[1]
    if header:  # a bulletin board post's header block: its fields, and no text
        for i in range(header.lines):
            lines[i] = body_lines[i] = ""
    if not raw.meta.get("title"):  # a sender's note over the forwarded headline (index.ingest.covering_notes)
        headline = lambda line: _is_title(line) and not _META_LINE.match(line)  # noqa: E731 (`作者：X`: a field)
        for i in covering_notes.covering_note(body_lines, headline, _has_day):
            lines[i] = body_lines[i] = ""
    opening = [i for i, line in enumerate(body_lines) if line][:3]
    banner = len(opening) >= 2 and is_site_banner(body_lines[opening[0]]) and _is_title(body_lines[opening[1]])
    if not raw.meta.get("title") and banner and not _has_day(body_lines[opening[1]]):
        lines[opening[0]] = body_lines[opening[0]] = ""  # `海峡资讯网 - 两岸新闻第一站` over the headline
    elif not raw.meta.get("title") and len(opening) == 3 and _masthead(*(body_lines[i] for i in opening)):
        lines[opening[0]] = body_lines[opening[0]] = ""  # `江城日报` / `2019年4月12日 星期五 第03版：要闻` / headline
    if not raw.meta.get("title") and (found := _buried_headline(body_lines)) is not None:
        headline, above = found
        for i in range(headline):
            if i != above:
                lines[i] = body_lines[i] = ""
    # a record's and an issue's lines (index.ingest.record_lines, issue_pages) and an episode's timeline
    # (index.ingest.show_notes): neither the article's day, its headline nor its text
    for i in records | record_lines.address_lines(body_lines):
        lines[i] = body_lines[i] = ""
    meta, used = _harvest(lines, body_lines, bool(raw.meta.get("title")))
    for i, name in mirror_sources.provenance_lines(body_lines).items():  # `来源丨X`, `转自：X公众号`: the source
        meta.source = meta.source or name
        body_lines[i] = ""
    for i in fielded:
        body_lines[i] = ""
    if header:
        meta.date = meta.date or (parse_date(header.time) if header.time else None)
        if header.poster:
            meta.add_poster(header.poster)
    meta.date = meta.date or next(iter(stations), None)  # (`发信站: X (Mon Jan 14 10:22:13 2019)`, site_notes)
    body_lines = [used.get(i, line) if line else line for i, line in enumerate(body_lines)]
    given = {key: normalize_text(value).strip() for key, value in raw.meta.items()}
    if given.get("title"):
        given["title"] = site_notes.without_read_count(given["title"])  # a post's `标题 (被阅读 1000 次)`
    if form:  # its title field names the form, not the template's or the page's name
        given["title"] = form.title
    if record:  # a glued record's title field, not the export's page's name (index.ingest.glued_fields)
        given["title"] = record.title
    if properties and properties.title and not given.get("title"):  # `原文标题:: X`
        given["title"] = properties.title
    if properties and properties.day and not given.get("date"):  # `发布日期:: …`, never a record's day
        given["date"] = properties.day
    if template and template.title and not given.get("title"):  # `【原文标题】X`, `3.完整新聞標題: X`
        given["title"] = template.title
    if template and template.day and not given.get("date"):
        given["date"] = template.day
    if script and script.title and not given.get("title"):  # `标题：X`, `片名：X` over the cues
        given["title"] = script.title
    if script and script.day and not given.get("date"):  # the day it airs
        given["date"] = script.day
    if written and not given.get("title") and (mail_subject := mail_messages.subject(written)):
        given["title"] = mail_subject
    if written and given.get("title") and (mailed or mail_messages.is_mail(written)):  # `[jc-news] 标题`: a list tag
        tagged, given["title"] = given["title"], mail_messages.without_list_tag(given["title"])
        body_lines = [given["title"] if line == tagged else line for line in body_lines]  # (its heading)
    if header and header.title and not given.get("title"):
        given["title"] = header.title
    if given.get("title"):  # the site's suffix a scraper kept: by its words, or learned from the source's titles
        given["title"] = strip_learned_suffix(strip_site_suffix(given["title"], given.get("site")), furniture)
        given["title"] = code_hosts.without_issue_suffix(given["title"])  # `标题 · Issue #12 · owner/repo`
        given["title"] = file_names.as_headline(given["title"]) or ""  # `标题.pdf`; a slug's `news-0330.md` none
        given["title"] = _TITLE_LABEL.sub("", given["title"]) or given["title"]  # a BBS post's `标  题: …` heading
    if forwarded and given.get("title"):  # a forward's heading as the page's title: the forwarded headline
        given["title"] = forwarded[1]
    first = next((i for i, line in enumerate(body_lines) if line), None)
    if first is not None:  # a title line read as the title before a paragraph could be glued to it
        title_line = _title_text(body_lines[first])
        named = file_names.as_headline(title_line) or title_line  # `标题.docx`: a document's name shows its headline
        title_line = named if given.get("title") and _same(named, given["title"]) else title_line
        if _same(title_line, given["title"]) if given.get("title") else _is_title(title_line):
            body_lines[first] = title_line
    paragraphs = _take_bylines(rejoin_paragraphs(body_lines), meta)
    named = [name for line in paragraphs[:2] if (name := bylines.blog_name(line))]
    if named and not given.get("owner"):  # `林晓枫的博客` over the post's title
        given["owner"] = named[0]
    top = paragraphs[:2]
    if not meta.authors and meta.source and len(top) == 2 and top[1] == meta.source and _writes(top[1]):
        meta.add_authors([meta.source])  # `美食小当家` under the headline, `来源：美食小当家`: the account wrote it
    shown = [i for i, line in enumerate(lines) if line]
    heads = shown[next((k for k, i in enumerate(shown) if not _BREADCRUMB.match(lines[i])), 0) :]  # `股吧 > X吧`
    dated = len(heads) > 1 and used.get(heads[1]) == ""  # the publication line right under the first line
    if given.get("title") and (column := side_columns.column_above(paragraphs, given["title"])):
        above, rest = paragraphs[column - 1], paragraphs[column + 1 :]
        kicker = side_columns.may_be_kicker(above) and is_kicker(above, paragraphs[column], rest, given["title"])
        paragraphs = paragraphs[column - kicker :]  # a table page's side column above the headline
    if not given.get("title") and len(heads) > 2 and used.get(heads[2]) == "" and len(paragraphs) > 2:
        column, headline = lines[heads[0]], lines[heads[1]]  # `【民生观察】` / headline / publication line
        if is_column_name(column, headline) and _same(paragraphs[0], _title_text(column)) and _is_title(headline):
            paragraphs = paragraphs[1:]
    title, subtitle, rest = _split_title(paragraphs, given.get("title") or None, dated)
    if given.get("untitled") and not given.get("title"):  # a script with no headline (index.ingest.subtitles): its
        title, subtitle, rest = None, None, paragraphs  # first spoken line is the speaker's, never one
    rest = summary_boxes.without_repeated_summary(rest)  # `摘要：` over the lead it quotes
    rest = topic_lists.without_other_stories(rest)  # a topic page's other stories, their leads whole
    written = next((i for i, paragraph in enumerate(rest) if WRITING.search(paragraph)), len(rest))
    last = max((i for i, paragraph in enumerate(rest) if is_writing(paragraph)), default=len(rest))
    rest = [
        p
        for i, p in enumerate(rest)
        if not (i < written and _dated_head(p)) and not (i > last and names_the_page(p, title))
    ]  # above the writing a kicker or a dateline names the title too (`中新社北京4月4日电题：X`, `【地评线】X`)
    if subtitle is None and len(rest) > 1 and (signed := _take_signature(title, rest, meta, paragraphs)) is not rest:
        rest = signed
        if rest[0].startswith("—") and len(rest[0]) <= 50:
            subtitle = rest.pop(0)
    _dateline_source(rest, meta)
    rest = _signature(_credited_source(rest, meta), meta)
    rest = _closing_credits(footnotes.without_closing_notes(rest), meta)  # (index.ingest.footnotes)
    if rest:  # a portal's statement or a plea glued onto the last paragraph
        rest[-1] = site_notes.without_glued_note(closing_pleas.without_glued_tail(rest[-1]))
    credited: list[str] = []  # a lead opening on its outlet's credit, `央视网消息（时政评论员 X）：`
    for i in range(min(2, len(rest))):
        rest[i], names = credit_lines.without_opening_credit(rest[i])
        credited += names
    # a post's poster, or the author a page names over the story it reposts, wrote it, not the story's reporter
    reposted = not meta.posted and bool(meta.authors) and reposts.is_repost([*lines, *raw.shown])
    for paragraph in rest[:2] if not meta.posted and not reposted else []:
        named = bylines.lead_credit(paragraph)
        if not reposts.another_newsrooms(_persons(meta.headed), named, paragraph):
            meta.add_authors(named)  # (a lead's credit naming none of the page's byline: another newsroom's)
    if not meta.authors and not meta.posted:
        meta.add_authors(credited)
    if not meta.authors and not meta.posted:  # the lead's credit run, below a menu's short lines if any
        meta.add_authors(next((named for p in [p for p in rest if len(p) >= 30][:2] if (named := credits.lead(p))), []))
    if not meta.authors and not meta.posted:  # `蓝鲸财经 王敏 6月18日消息，…`: the lead opens on its credits
        meta.add_authors(
            next((named for p in [p for p in rest if len(p) >= 30][:2] if (named := opening_writers(p))), [])
        )
    if not meta.authors and rest and not meta.posted:
        meta.add_authors(bylines.closing_credit(rest[-1]) or credits.closing(rest[-1]))
    if not meta.authors and not meta.posted:
        meta.add_authors(desks)
    if not meta.authors and not meta.posted:
        meta.add_authors(next((named for line in produced if (named := credits.closing(line))), []))
    if not meta.authors and not meta.posted:  # (a signature can be read as a label's line and left out of the text)
        last = [line for line in lines[-12:] if line][-4:]
        meta.add_authors(next((named for line in last if (named := credits.signature(line))), []))
    if meta.posters:  # a thread's or a blog's poster wrote the page: a byline inside the post is the story's it reposts
        # (a mirror's uploader wrote none of it: the mirrored article's header names its writer, index.ingest.mirrors)
        meta.authors = mirrors.mirrored_writers(lines, meta.posters) or list(meta.posters)
    answered = None  # a Q&A page's answer's own day: the page's, over the question's wherever that is given
    if answer := answerers.chosen_answer(list(raw.shown) or lines):  # a Q&A page: its answer's writer, not the asker
        meta.authors = [answer.writer]
        answered = read_date(answer.stamp)
    if any(not bylines.is_unit(name) for name in meta.authors):  # `作者：宣传科` over `文字：黄丽萍`: the person
        meta.authors = [name for name in meta.authors if not bylines.is_unit(name)]
    if given.get("author"):
        shown_handle = _shown_handle(given["author"], [*lines, *raw.shown])  # `江边_散步的人`, whole
        meta.add_authors(
            shown_handle or _names(given["author"]) or _shown_after_role(given["author"], [*lines, *raw.shown])
        )
    declared = accounts.declared_account(given.get("author"), meta.channel, [*lines, *raw.shown])
    if not meta.authors and declared:
        meta.add_authors([declared])  # a self-media account the page declares and shows (its card, its note)
    if not meta.authors and (named := site_owners.named_owner(given.get("author"), [*lines, *raw.shown])):
        meta.add_authors([named])  # `<meta name="author" content="水月">` on the site `水月小筑`: its blogger
    if not meta.authors and meta.account:
        meta.add_authors([meta.account])
    shown_lines = list(raw.shown) or lines
    if not meta.authors and (boxed := profile_boxes.box_owner(shown_lines) or profile_boxes.about_owner(shown_lines)):
        meta.add_authors([boxed])  # a writer's profile box beside the post (its counters and follow button), or
        # the sidebar's box introducing the blog's owner (`关于我` / X)
    if not meta.authors and title and (boxed := columnist(shown_lines, title)):
        meta.add_authors([boxed])  # a columnist's box above the headline: name, then who they are
    if not meta.authors and title and (stamped := feed_stamps.stamped_writer(list(raw.shown) or lines, title)):
        meta.add_authors([stamped])  # `拾光者 2天前` under the headline: a feed's poster
    if not meta.authors and title and (account := handle_lines.account_over_handle(shown_lines, title)):
        meta.add_authors([account])  # `周小舟 @zhouxiaozhou` under the headline: a platform's account
    if not meta.authors and title and (shown_writer := post_meta_lines.writer(shown_lines, title)):
        meta.add_authors([shown_writer])  # `March 18, 2019 · 5 min · 小白`: a theme's post meta line
    if not meta.authors and (credited := reprint_credits.credited_writers([*lines, *raw.shown])):
        meta.add_authors(credited)  # `本文来源于X，作者：X记者 Y，不代表本站立场`: a reprint's note
    if not meta.authors and title and (latin := latin_bylines.under_headline(shown_lines, title)):
        meta.add_authors([latin])  # `Tom Zhang` / `2022-07-21 18:05` under the headline: a Latin name's byline
    if not meta.authors and title and raw.shown and (poster := shown_posters.poster_over_header(raw.shown, title)):
        meta.add_authors([poster])  # a thread's poster over its first header, as the page shows them
    if not meta.authors and meta.channel and any(_SELF_MEDIA.search(line) for line in [*lines, *raw.shown]):
        meta.add_authors([meta.channel])
    if not meta.authors and (credited := post_credits.author(list(raw.shown))):
        meta.add_authors(_names(credited) or _user_name(credited))  # a static blog's `本文作者：X` over its link
    if (
        not meta.authors
        and not given.get("owner")
        and title
        and (carded := member_cards.card_poster(shown_lines, title))
    ):
        meta.add_authors([carded])  # `青石板Lv.6 资深业主` / `发帖：842`: the opening post's member card
    if (
        not meta.authors
        and not given.get("owner")
        and title
        and (handle := member_cards.handle_poster(shown_lines, title))
    ):
        meta.add_authors([handle])  # `@tree_hole_07 2021-10-17 20:15`, `chenmo.eth` by the headline: the poster
    owner = (_names(given["owner"]) or _user_name(given["owner"])) if given.get("owner") else []
    if owner and not meta.posted and reposts.is_repost([*lines, *raw.shown]):
        meta.authors = owner  # a blogger's repost: the poster, not the story's own byline, writes the page
    if not meta.authors:  # a personal blog's owner writes what the post credits to no one
        meta.add_authors(owner)
    credited = [name for name in meta.authors if reposts.newsroom_credited([name], [*lines, *raw.shown])]
    if credited and not meta.posted and title:  # `本报记者 赵强` heading a post: the paper's story, reposted
        poster = shown_posters.poster_over_header(list(raw.shown), title) if raw.shown else None
        linked = (given.get("author") or "").strip()  # a user's handle the markup links beside the post's day
        handle = linked if linked in meta.authors and bylines.is_handle(linked) and not is_person_name(linked) else None
        # the thread's poster, the blog's owner: a page's (a chat's or a channel's sender, which a message export
        # names beside every post, is an account, and the story's reporters stay its writers)
        host = poster or handle or (owner[0] if len(owner) == 1 and raw.shown else None)
        if host and host not in credited and set(meta.authors) - set(credited) <= {host}:
            meta.authors = [host]
    if rest:  # a series' or a column's label glued before the lead, once the lead's credits are read
        rest[0] = glued_kickers.without_kicker(rest[0], title)
    sections = build_sections(rest)
    given_date = parse_date(given["date"], allow_year=True) if given.get("date") else None
    own = page_urls.own_day(raw.meta.get("url"), [*lines, *raw.shown])
    article = Article(
        id=raw.id,
        path=raw.path,
        content_hash=raw.content_hash,
        # a thread: the page names its poster, or the post carries a board's edit stamp (`本帖最后由 X 于 … 编辑`)
        title=without_controls(
            without_glued_day(without_thread_tag(title, thread=meta.posted or meta.edited is not None))
        )
        if title
        else title,
        subtitle=subtitle,
        date=regional.in_page_order(
            short_years.in_page_order(
                roc_years.in_roc_years(
                    live.live_day(  # a live page's start, not its newest entry's day
                        meta.signed
                        or answered
                        or given_date
                        or _head_day(meta.date, lines, own)
                        or end_tags.end_day(lines),  # `（XYS20040512）` closing the text
                        title,
                        list(raw.shown) or lines,
                    ),
                    [raw.text, *raw.shown],
                ),
                [raw.text, *raw.shown],
            ),
            [raw.text, *raw.shown],
            raw.meta.get("locale"),
        )
        or own  # below any day the page writes, above its bar
        or (parse_date(given["issued"]) if given.get("issued") else None)  # the issue's that holds the item
        or date_bars.bar_day(list(raw.shown) or lines, title)
        or meta.edited  # a post that shows only when it was changed was posted that day or before
        or meta.updated
        # the day the file's entry was made (a mailbox message's `Date:`, a note's `<created>`), the text naming none
        or (parse_date(given["filed"], allow_year=True) if given.get("filed") else None),
        source=given.get("source") or meta.source or given.get("site") or None,
        authors=meta.authors,
        editor=meta.editor,
        url=raw.meta.get("url"),
        sections=sections,
        original=raw.text,
        traditional=is_traditional(raw.text),
        encoding=raw.encoding,
    )
    article.province, article.city = resolve_region(title, article.body)
    return article, len(set(learned) | set(fielded) | tail.keys())
