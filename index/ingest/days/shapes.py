"""Every shape of a day that pages write, named once, with why each reader needs it.

Fragments (strings) are for readers that put a day inside a larger pattern of their own (a byline beside its day,
a record's label before it); the compiled patterns with groups are `reading`'s, which turns them into ISO days.
A year is read only in the centuries pages are dated in (19xx, 20xx): a four-digit number elsewhere is an amount,
a count or a document's number.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- fragments

YEAR = r"(?:19|20)\d{2}"  # a four-digit year: `2020`
# a year of two digits or four, as forums, replies and list items shorten it (`20-04-01 10:12`)
ANY_YEAR = r"(?:19|20)?\d{2}"
# a full day, year first, in CJK or with `-/.` between its parts, spaces allowed: `2020年4月1日`, `2020 - 04 - 01`
YMD = rf"{YEAR}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}"
YMD_DAY = rf"{YMD}\s*日?"  # the same with its 日 (records, sources and signatures: `2020年4月1日`, `2020.4.1`)
# a full day written without spaces, as a stamp glued to a name or a value is (`张彤2020-04-02`)
YMD_TIGHT = rf"{YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}"
YMD_ISO = rf"{YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"  # in figures only, a program's stamp: `2020-4-1`, `2020/04/01`
# a program's stamp with hyphens only, as forum and platform software print it (`2021-06-01 08:00`): a story writes
# 年月日, a reader's slash list its own
YMD_DASH = rf"{YEAR}-\d{{1,2}}-\d{{1,2}}"
YMD_CN = rf"{YEAR}年\d{{1,2}}月\d{{1,2}}日"  # a day in 年月日 without spaces, as a headline or a stamp glues it
# a full day whose year may be two digits, without spaces, as forums' and replies' stamps write it (`发表于 18-3-8`)
ANY_YMD = rf"{ANY_YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}"
# a list item's day at its line's end, its year optional (`[04-01]`, `2020-04-01 10:12`): any four figures as the
# year, since a list's day is only cut from its line, never read
LIST_DAY = r"(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?"
YMD_COMPACT = rf"{YEAR}\d{{4}}"  # a day's figures together, as an address or a script variable writes it: `20051117`
# an Org file's inactive time stamp, as org-capture writes the moment a note was taken: `[2021-03-02 Tue 10:12]`
ORG_INACTIVE = rf"\[{YMD_DASH}(?:\s+[^\]\n]{{1,24}})?\]"
YEAR_MONTH = rf"{YEAR}\s*[-/.年]\s*\d{{1,2}}"  # a day's year and month: enough to say a line is dated
YEAR_MARKED = rf"{YEAR}\s*[-/.年]"  # a year followed by its separator: a line begins a day here
CN_YEAR = "[〇零一二三四五六七八九]{4}"  # a year in Chinese numerals, as a notice signs: `二〇二〇年`
MONTH_DAY = r"\d{1,2}月\d{1,2}日"  # a day without its year, as a dateline writes it: `4月1日`
TIME = r"\d{1,2}:\d{2}(?::\d{2})?"  # a time after a day: `10:12`, `10:12:33`
WEEKDAY = "(?:星期|礼拜|周)[一二三四五六日天]"  # a weekday beside a day: `星期三`, `周三`
# a relative time, what feeds and apps print instead of a day (no day: the page does not say when it was saved)
RELATIVE = r"\d{1,2}\s*(?:秒|分钟|小时|天|周)前"

MONTHS = "january february march april may june july august september october november december".split()
MONTH_NAME = "|".join(m[:3] + f"(?:{m[3:]})?" for m in MONTHS)  # `Apr`, `April`

# ---------------------------------------------------------------- patterns read into days

# a stamp without its year, as WAP and mobile pages print a day of the year they are shown in: `02-12 11:38`,
# `2月12日 11:38` (the time says it is a stamp: a list's `02-20` or a dateline's `2月12日电` is none); never the tail
# of a full day (`2019-02-12 11:38`)
YEARLESS_STAMP = re.compile(
    r"(?<![\d\-/.年])(?:(\d{1,2})[-/](\d{1,2})|(\d{1,2})月(\d{1,2})日)\s*(\d{1,2}:\d{2})(?![\d:])"
)
# a live page's entry opening with its stamp (`2021-07-24 20:05 市防指…`, `【2021年7月24日 08:00】…`): a full day
# and a time
ENTRY_STAMP = re.compile(rf"^\s*[\[【(（]?\s*({YMD})\s*日?\s*{TIME}")
# what a live page calls itself in its headline or its head (`图文直播`, `滚动直播`, `直播｜`, `持续更新中`)
LIVE = re.compile(r"直播|滚动播报|实时播报|持续更新|滚动更新|实时更新|\blive\b", re.IGNORECASE)
# a footer's copyright year, or the last of its years (`© 2019 江城网`, `Copyright © 2003-2019`, `版权所有 2019`)
COPYRIGHT_YEAR = re.compile(
    rf"(?:©|\(c\)|Copyright|版权所有)\s*(?:©\s*)?(?:({YEAR})\s*[-–—~至]\s*)?({YEAR})(?!\d)", re.IGNORECASE
)
# a year on its own in an address's path, or before the month (`/2019/0212/`, `/2019/02/`, `/2019-02/`)
ADDRESS_YEAR = re.compile(rf"/({YEAR})(?:[-/]?(\d{{2}}))?(?=[/_.\-]|\d{{2}}/)")

# year, month, day in CJK or with `-/.` (not a span of months: `2021年1-2月全市工业生产情况` is no day)
FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?(?![\d月])")
ISSUE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*第\s*(\d{1,2})\s*期")  # a monthly's issue: 2022年第12期
MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|[/.\-])\s*(\d{1,2})\s*月?(?![\d日])")  # a month alone
YEAR_ALONE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*第?\s*\d)")  # a year alone: `2022年`
# an English blog engine's post date, month name first: `Saturday, September 10th, 2005`, `Sep 10, 2005`
ENGLISH_DATE = re.compile(
    rf"\b({MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# the day first, then the month's name: `Thu 4 Mar 2021 at 10:20am`
ENGLISH_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_NAME})\.?,?\s+((?:19|20)\d{{2}})\b", re.IGNORECASE)
# the same order with the month's Chinese name, as Joomla and other CMSs translate `02 April 2020` word for word
# (`發佈於 02 四月 2020`, `星期四, 02 四月 2020 10:12`, `创建于 星期二, 10 三月 2020`)
CN_MONTH_WORDS = re.compile(rf"(?<![\d.\-/])(\d{{1,2}})\s+(十[一二]|[一二三四五六七八九十])月\s+({YEAR})(?!\d)")
# a time zone after a time: `CST`, `HKT`, `UTC`, `GMT+8`, `+0800` (a mail archive's stamp names one)
ZONE = r"(?:[A-Z]{2,4}T|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{4}"
# C's ctime, a mail archive's and a Unix tool's: `Apr  1 10:12:33 2020` (the year after the time), Pipermail's
# with its zone between: `Wed Apr  1 10:12:33 CST 2020`
CTIME = re.compile(
    r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\s+(\d{1,2})\s+\d{1,2}:\d{2}:\d{2}\s+"
    rf"(?:(?:{ZONE})\s+)?((?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# what may stand beside a day and say nothing more: a weekday, a time
WEEKDAY_TIME = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|星期.|周[一二三四五六日天]"
)

CN_DIGITS = {
    ch: n for n, chars in enumerate(("〇○零", "一", "二", "三", "四", "五", "六", "七", "八", "九")) for ch in chars
}
CN_NUMBER = "[〇○零一二三四五六七八九十]"
# a document's day in Chinese numerals: `二〇二一年五月十二日`
CN_DATE = re.compile(rf"({CN_NUMBER}{{4}})\s*年\s*({CN_NUMBER}{{1,3}})\s*月\s*({CN_NUMBER}{{1,3}})\s*日")

# an American day, month first as its AM/PM says: `5/7/2005 9:23:57 PM`
US_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*([AaPp][Mm])")
# a two-digit year first before a time, as Chinese forums write it: `18-03-08 23:16` (2018-03-08)
SHORT_YEAR = re.compile(r"(?<![\d\-/.])(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}(?![\d\-/.])")
# a day of the Republic of China's calendar, as Taiwan's government writes it: `中华民国110年12月5日`, `110-12-05`
# (a three-digit year: 民国 100 is 2011)
ROC_DATE = re.compile(
    r"(?:中[华華])?民[国國]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|(?<![\d\-/.])(1[0-4]\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d\-/.])"
)
# a Drupal site's byline, its engine's default medium format (`D, m/d/Y - H:i`) in its Chinese translations: a
# weekday, the month first between slashes, a time after a spaced hyphen (`週二, 03/31/2020 - 19:42`, `周二,
# 04/14/2020 - 08:05`, `Tue, 03/31/2020 - 19:42`): month first whatever the page's region (a held-out real page)
DRUPAL_STAMP = re.compile(
    r"(?:[周週]|星期|礼拜|禮拜)[一二三四五六日天]\s*[,，]\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\s+-\s+\d{1,2}:\d{2}"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\s+-\s+\d{1,2}:\d{2}"
)
# a day in figures between slashes without an AM/PM, either order (`01/04/2020 10:12`, `4/1/2020`): read day first
# as the sites that write it so do (Hong Kong, Singapore, Malaysia, Europe), and put in the page's order by
# `regional` (an American page writes the month first)
SLASH_DAY = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/.\-])")
# a two-digit year first, without a time, only where a label says it is the publication's day: `发布时间：19-04-12`,
# `發佈日期：20/04/04` (unlabelled, `18-03-08` is as likely a number)
LABELLED_SHORT_YEAR = re.compile(
    r"(?:日期|时间|時間|发布于|發佈於|发表于|發表於)\s*[:：]?\s*(\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d\-/.:])"
)
DAY_FIRST = re.compile(r"(?<![\d.\-/])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.\-/])")  # European: `12.05.2021`
# the year in an element of its own before the month and day (`<em>2020</em> <em>04</em>/<em>01</em> 10:26`)
YEAR_APART = re.compile(r"(?<![\d\-/.])((?:19|20)\d{2})\s+(\d{1,2})[/.\-](\d{1,2})(?![\d\-/.])")
# an element's whole text that is a day with a two-digit year first, a time after it or not (`20/04/04`, `20-4-1`,
# a `<time>`'s text beside its `datetime`: days.shortened); a day without its year (`04-04`) is none
SHORT_YEAR_SHOWN = re.compile(r"^\D{0,12}\d{2}([-/.])\d{1,2}\1\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\D{0,4}$")
# a two-digit year last before a time, as Malaysian and Singaporean forums write it: `07-05-18 14:22`
SHORT_YEAR_LAST = re.compile(r"(?<![\d\-/.])(\d{1,2})([-/.])(\d{1,2})\2(\d{2})\s+\d{1,2}:\d{2}(?![\d\-/.])")

# The day a line labels as the last change (`更新时间：2021-05-13 发布时间：2021-05-12`, an answer's `编辑于 … · 发布于
# …`): the article's is the other.
UPDATED_DAY = re.compile(
    r"(?:(?:最后|最近)?(?:更新|修改)(?:时间|日期|于)|(?:最后|最近)(?:更新|修改)|编辑于)\s*[:：]?\s*\d{2,4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?"
    r"(?:[\sT]*\d{1,2}:\d{2}(?::\d{2})?)?"
)
# The label of a day a copy of the page was made, never the article's (a reading app's `Date Saved`, a highlight's
# `Highlighted at`, an archive's `抓取时间`/`存档时间`, a print view's `打印时间`, a clipper's `剪藏于`): it tells
# when someone kept the page, which can be years after it was written, so it dates nothing even where the page
# shows no other day
CAPTURE_LABEL = (
    r"(?:抓取|采集|爬取|存档|归档|快照|打印|保存|下载|导出|摘录|划线|剪藏)(?:时间|日期|于)"
    r"|(?:Date\s+Saved|Saved\s+(?:on|at)|Highlighted(?:\s+(?:at|on))?|Clipped\s+(?:on|at)|Captured\s+(?:on|at)"
    r"|Archived\s+(?:on|at)|Retrieved\s+(?:on|at)|Accessed\s+(?:on|at)|Crawled\s+(?:on|at)|Fetched\s+(?:on|at))"
)
# such a label with its day, on a line that may give another (`打印时间：2019-04-15 09:30 | 发帖时间：2019-04-12`)
CAPTURED_DAY = re.compile(
    rf"(?:{CAPTURE_LABEL})\s*[:：]?\s*\d{{2,4}}\s*[年/.\-]\s*\d{{1,2}}\s*[月/.\-]\s*\d{{1,2}}\s*日?"
    r"(?:[\sT]*\d{1,2}:\d{2}(?::\d{2})?)?",
    re.IGNORECASE,
)
# A page's update stamp under its publication line (`更新 / 31/03/2020 08:12`, `最后修改：…`): never its text,
# and its day only the last evidence of the article's, never over the publication line's
UPDATE_STAMP = re.compile(
    r"^(?:最后|最近)?(?:更新|修改)(?:时间|日期|于)?\s*[:：/／|｜]|^(?:(?:最后|最近)(?:更新|修改)|(?:更新|修改)于)\s*(?=\d)"
)  # (with no colon after `最后更新` or `更新于`: `最后更新 2019-05-12 17:20`)
# the same label closing what stands before a stamp (`张敏 最近修改：04月02日 10:12`, a wiki's owner and edit time)
UPDATE_LABEL_BEFORE = re.compile(r"(?:更新|修改|编辑)(?:时间|日期|于)?\s*[:：]?\s*$")
# The post's own day under its text, labelled as when it was posted: never one of a list's days (an old board's
# post row under the post: `发帖时间：2005-8-12 21:03:11`), or said of the entry in a sentence, as a blog theme's
# footer does where its header shows no day (WordPress's `本条目发布于2019年4月12日。属于随笔分类…`)
POSTED_ON = re.compile(
    rf"^\s*(?:(?:本条目|此条目|本文|这篇文章|该文章|本帖)(?:由\s*\S{{1,20}}?\s*)?)?"
    rf"(?:发布于|发表于|发布时间|发表时间|编辑于|发[帖贴](?:时间|日期))\s*[:：]?\s*{YEAR}"
)
# A post's stamp in brackets beside its title on one line: an old blog's headline (`标题 (2006-03-08 10:23:41)`),
# an office's news page's (`江城市召开安全生产工作会议（2019-04-12）`)
STAMP_BESIDE = re.compile(rf"\s*[(（]\s*{YEAR_MARKED}[\d\s\-/.:：年月日时分秒]{{3,24}}[)）]$")
# The day a line labels as its publication's among others (`发文日期：2021-03-02 | 发布日期：2021-03-04`), or as
# the day a document was issued beside the day it was signed (`成文日期：2020-02-26 印发日期：2020-02-28`: a page is
# dated when it went out)
PUBLISHED_DAY = re.compile(r"(?:发布|发表|刊发|印发)(?:日期|时间)\s*[:：]\s*")

# any day `reading.read_date` reads (one search: it runs on every line; SLASH_DAY finds US_DATE's days too, and a
# branch fewer keeps the search as cheap as before it was added)
ANY_DAY = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (FULL_DATE, CN_DATE, SLASH_DAY, SHORT_YEAR, YEAR_APART, DAY_FIRST, ROC_DATE))
)
# what a divider around a day is drawn with: `——————  April 1, 2020  ——————` (a chat export's day between rules)
RULE = "—–─━=~*＊·•"
