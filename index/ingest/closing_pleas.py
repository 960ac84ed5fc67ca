"""What an outlet adds under the story it shows: pleas to the reader, its own channels, the page's credit.

Real pages of other hands close the text, inside the text's own block, with lines their labellers leave out: a news
desk's tip channels (`报料微信关注：jcxw2020`, `报料qq：8866000`), a call to follow or install (`更多精彩内容请关注
网信江城`, `👉 安装X客户端，第一时间获取资讯`, `欢迎加入我们的Telegram频道：t.me/…`, `点击阅读原文`), a member's or a
donor's appeal (`独立新闻需要您的支持。成为会员，每月只需5元…`, `如果觉得本帖对您有帮助，欢迎打赏支持楼主…`), a
newspaper page's collective credit (`本版文字（除署名外）：记者 X 通讯员 Y`). No list of an outlet's names can hold
them, so each is known by its shape and where it stands: a short line that names a channel (微信, QQ, 公众号,
客户端, APP, 频道, 热线, 邮箱) or a membership or a gift, and speaks as the outlet or to the reader (`我们`, `本站`,
`本帖`, `您`, `欢迎`, `请`, an imperative to install or follow, a tip desk's label); only in the run of such lines
that closes the text. A story's own sentence about an app (`市民可下载“江城办”APP，…`) speaks of third persons and
stands among the story's paragraphs; a story's last sentence that invites the public (`欢迎广大市民关注。`) names no
channel.

A portal's statement or a plea glued onto the last paragraph (`…向前发展。声明：本站部分资源来源于网络，…如有侵权
请联系我们删除。`, `…英烈永恒！更多精彩内容，请下载X客户端`) is cut where it begins, after a sentence's stop
(index.ingest.statements judges a statement). A mirror's uploader line (`上传者：X`, `本文由用户X上传`) closes the
text with the pleas.
"""

from __future__ import annotations

import re

from index.ingest.statements import STATEMENT_MAX, is_statement

PLEA_MAX = 60  # characters: a plea is a line or two of a phone's width; a story's closing paragraph runs longer

# a channel the outlet is followed on; a hotline or a mailbox is one only under a tip desk's label (a notice's
# `如有疑问，请拨打热线12345咨询。` is the notice's)
_CHANNEL = r"(?:微信|公众号|订阅号|视频号|小程序|QQ|qq|微博|抖音|快手|客户端|APP|App|app|Telegram|频道|二维码)"
_SUPPORT = r"(?:会员|赞助|赞赏|打赏|捐助|捐款|付费)"
# the outlet speaking of itself, or to its reader; `欢迎`, `请` only in a call without a full stop (a story's
# `欢迎广大市民下载使用。` ends its sentence)
_SPEAKER = r"(?:我们|本站|本网|本号|本台|本刊|本帖|楼主|小编|您|你|(?:欢迎|请)(?!.*。$))"
# an imperative opening the line (after an arrow or a pointing hand), or a tip desk's label before its value
_IMPERATIVE = r"^[\W_]{0,3}\s*(?:点击|长按|扫码|扫描|下载|安装|打开|关注|加入|订阅|添加|识别)"
_TIP_LABEL = r"^(?:新闻|读者)?(?:报料|爆料|投稿|新闻线索|商务合作|广告合作)\S{0,8}[:：]"
# what the reader is asked to do with a channel (`我们的每一次进步，都代表着app开发…` asks nothing)
_ASK = r"(?:关注|下载|安装|打开|扫|识别|加入|订阅|添加|搜索|私信|联系|点击|长按|进入|投稿|报料|爆料)"
_PLEA = re.compile(
    rf"(?=.*{_CHANNEL})(?=.*{_ASK})(?:{_IMPERATIVE}(?!.*。$)|.*{_SPEAKER})"  # a channel, asked for (a story's
    # advice, `扫码前，还可以使用…软件检测二维码的安全性。`, ends its sentence)
    rf"|{_TIP_LABEL}"  # a tip desk's channel
    r"|^(?:欢迎|诚邀|请)\S{0,8}?(?:提供|报送|反映)\S{0,2}?新闻线索"  # its call for clues (`欢迎读者提供新闻线索，…`)
    rf"|(?=.*{_SUPPORT}).*{_SPEAKER}"  # a membership or a gift, asked of the reader
    r"|^更多(?:精彩|资讯|新闻|内容|精彩内容)\S{0,4}?[，,\s]*请?关注"  # `更多精彩内容请关注X`
    r"|^[\W_]{0,3}\s*(?:点击)?(?:阅读|查看)原文"  # a mirror's button to the original
    r"|^本版\S{0,4}[(（]除署名外[)）]"  # a newspaper page's collective credit
    r"|^(?:上传者|上传用户|上传人)\s*[:：]|^本文由\s*(?:用户|网友)?\s*\S{1,20}\s*上传"  # a mirror's uploader
)
# a credit line under the story, read by extraction as a field or left out as the production's (`责编：X`,
# `审核：Y`, `校对：Z`, `一审：X`): the pleas may stand above or below it
_CREDIT = re.compile(
    r"^(?:责编|责任编辑|编辑|审核|审校|校对|[一二三终初复]审|监制|制作|美编|摄影?|记者)\s*[:：丨|/]\s*\S{1,12}$"
)
# an article's field such a line may give is read, not a plea (`来源：江城发布公众号`, `责任编辑：X`)
_FIELD = re.compile(r"^(?:来源|出处|作者|编辑|责编|责任编辑|记者|通讯员|原标题)\s*[:：丨|/]")


def is_plea(line: str) -> bool:
    """A short line of an outlet's plea, channel or page credit (see the module's note)."""
    return 0 < len(line) <= PLEA_MAX and not _FIELD.match(line) and bool(_PLEA.match(line))


def closing_pleas(kept: list[str]) -> set[int]:
    """The indexes of the pleas closing `kept` (the page's lines cleaning kept, '' for blanks): the run of them
    from the end, above which some other line stands (a text that is only pleas keeps them)."""
    found: set[int] = set()
    for i in range(len(kept) - 1, -1, -1):
        if not kept[i] or _CREDIT.match(kept[i]):  # (an editor's or a checker's line is read as a field, later)
            continue
        if not is_plea(kept[i]):
            return found
        found.add(i)
    return set()


# a sentence's end, with a closing quote, an end mark or a credit in round brackets after it (`。(完)`, `。（总台
# 记者X）`): the story's; a label in square ones (`【免责声明】`) opens the statement
_SENTENCE_END = re.compile(r"[。！？!?][”’」』]*(?:\s*[(（][^()（）]{1,30}[)）])*\s*")


def without_glued_tail(paragraph: str) -> str:
    """`paragraph` without a site's statement or a plea run onto its end after a sentence's stop; unchanged when
    there is none."""
    # (only the stops within a statement's length of the end: a text's one long paragraph cut at each of its
    # stops cost 3% of extraction's CPU)
    for stop in _SENTENCE_END.finditer(paragraph, max(0, len(paragraph) - STATEMENT_MAX - 1)):
        tail = paragraph[stop.end() :]
        if tail and (_opens_a_plea(tail) or is_statement(tail)):
            return paragraph[: stop.end()].rstrip()
    return paragraph


# a plea run onto a paragraph says so from its first words, in one sentence (a story's next sentence may name an
# app further on)
_PLEA_OPENING = re.compile(
    r"^[\W_]{0,3}\s*(?:更多|欢迎|请|点击|长按|扫码|扫描|下载|安装|打开|关注|加入|订阅|添加|您|你|我们|本站|本号|本帖)"
)
_STOP_INSIDE = re.compile(r"[。！？!?](?=.)")


def _opens_a_plea(tail: str) -> bool:
    return bool(_PLEA_OPENING.match(tail)) and not _STOP_INSIDE.search(tail) and is_plea(tail)
