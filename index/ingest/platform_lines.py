"""Lines a platform shows inside an article's text block: never the article's, wherever they stand.

Pages that are not a CMS's article pages carry their platform's lines in the same block as the text, where
main-content extraction keeps them: a reader view's reading time (`阅读时间：5-7 分钟`), a video page's copyright
prompt (`未经作者授权，禁止转载`), its description's label (`简介：…`) and its transcript's timestamps (`00:12`,
`▶ 01:05`), an office system's notice header (`发布人：X　发布部门：Y`, `发布范围：全局`), its read receipts
(`已读 128 人　未读 36 人`, `确认收到`), an empty attachment field (`附件：无`), a reading app's list head and
buttons (`稍后读 · 第3篇`, `在原网页查看 · 标记为已读`), an editor's toolbar and a back end's user bar (`撤销 重做
| 加粗 斜体 | 插入图片`, `当前用户：王海燕　退出`), and what a screenshot read back by OCR shows of the phone and
the app (the status bar `中国移动 4G 上午9:41 @ 76%`, the app's bar `<  江城发布  ···`). Each rule is
the whole line's shape, so a sentence that mentions reading, a copy or an attachment is never matched. The rules join
index.ingest.boilerplate's line rules (and their length limit). In markup, an export's callouts and its toggles'
captions go before the page is read.
"""

from __future__ import annotations

import re

_NAVIGATION = (  # a post's navigation buttons
    "上一篇|下一篇|上一页|下一页|上一主题|下一主题|同主题阅读|同主題閱讀|回文章|回复|转寄|返回|回精华区|回版面|主题列表|打印|关闭"
)
_COUNT = r"\s*[:：(（]?\s*\d+\s*[)）]?\s*人?"
_STATUS = (  # a phone's status bar: carrier, clock, network, signal, battery
    r"(?:中国)?(?:移动|联通|电信|广电)|(?:[上下]午)?\d{1,2}:[0-5]\d|[2-5]G\+?|LTE|VoLTE|HD|Wi-?Fi|\.?ıll|令|⚡|@|🔋|▭|■"
    r"|\d{1,3}\s?%|\d{1,3}"
)
_STATUS_BAR = rf"(?:{_STATUS})(?:\s+(?:{_STATUS}))*"
_EDITOR_COMMAND = (  # an editor's toolbar: its commands (a heading's or a body's style among them)
    r"撤销|重做|加粗|粗体|斜体|下划线|删除线|上标|下标|插入(?:图片|链接|表格|视频|附件|代码)|图片|链接|表格|引用|标题|正文|字号|字体"
    r"|颜色|背景色|左对齐|居中|右对齐|两端对齐|格式刷|清除格式|有序列表|无序列表|全屏|源码|分割线|表情"
)
_READER_BUTTON = (  # a reading app's own words: its list, its buttons
    r"(?:稍后(?:再)?读|稍后阅读|待读|第\s*\d+\s*篇|(?:在|到)?原(?:网页|网站|文)(?:中)?(?:查看|打开|阅读)|查看原(?:网页|文)"
    r"|标记为(?:已读|未读)|移入归档|归档)"
)

PLATFORM_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"^(?:预计|估计)?阅读(?:时间|时长|约需|需要|需)?\s*[:：]?\s*(?:约|大约)?\s*\d+(?:\s*[-–~～至]\s*\d+)?\s*分钟"
            r"(?:左右)?$|^\d+\s*min(?:ute)?s?\s+read$",
            re.I,
        ),
        "a reader view's reading time: 阅读时间：5-7 分钟",
    ),
    (
        re.compile(
            r"^(?:本视频|本作品|视频)?[，,]?\s*(?:未经(?:作者|up主|UP主|本人|平台)?(?:授权|许可)[，,]?\s*)?(?:严禁|禁止)转载[。.！!]?$"
        ),
        "a video page's copyright prompt: 未经作者授权，禁止转载",
    ),
    (re.compile(r"^(?:视频|节目|本期)?简介\s*[:：]"), "a video's description label: 简介：…, 视频简介：…"),
    (re.compile(r"^(?:视频)?(?:文稿|文字稿|逐字稿|字幕|文字实录)$"), "a transcript's heading: 文稿, 字幕"),
    (re.compile(r"^(?:[▶►▷]\s*)?(?:\d{1,2}:)?[0-5]?\d:[0-5]\d$"), "a transcript's or a chapter's timestamp: 00:12"),
    (
        re.compile(
            r"^发布(?:人|者|部门|单位|范围|对象)\s*[:：]\s*\S{1,20}(?:\s+发布(?:人|者|部门|单位|范围|对象)\s*[:：]\s*\S{1,20})*$"
        ),
        "an office notice's header: 发布人：X　发布部门：Y, 发布范围：全局",
    ),
    (
        re.compile(rf"^已[读阅]{_COUNT}[\s，,、|｜]*未[读阅]{_COUNT}"),
        "a notice's read receipts: 已读 128 人 未读 36 人",
    ),
    (
        re.compile(
            r"^(?:在\s*(?:应用|App|APP|客户端)\s*[中内]?\s*(?:查看|打开|阅读)|打开\s*(?:App|APP|客户端)\s*(?:查看|阅读)?)(?:\s+\S{1,4}){0,3}$"
        ),
        "an app's prompt and the buttons beside it: 在应用中查看 分享",
    ),
    (
        re.compile(rf"^(?:[\[【]\s*(?:{_NAVIGATION})\s*[\]】]\s*){{2,}}$"),
        "a post's button row in brackets: [上一篇] [下一篇] [同主题阅读]",
    ),
    (re.compile(r"^(?:确认收到|我已阅读|签收)$"), "a notice's receipt button"),
    (re.compile(r"^附件\s*[:：]\s*[(（]?\s*(?:无|暂无)\s*[)）]?$"), "an empty attachment field: 附件：（无）"),
    (
        re.compile(rf"^(?=.*\d:[0-5]\d)(?=.*(?:[2-5]G|LTE|Wi-?Fi|ıll|\d\s?%)){_STATUS_BAR}$", re.I),
        "a phone's status bar read from a screenshot: 中国移动 4G 上午9:41 @ 76%, 9:41 .ıll 5G 92",
    ),
    (
        re.compile(r"^[<＜←〈‹]\s*\S{0,12}\s*(?:·{2,}|⋯|\.{3}|…|⋮|︙)$"),
        "an app's bar read from a screenshot: <  江城发布  ···, ← 新闻详情 ⋮",
    ),
    (
        re.compile(rf"^(?:{_EDITOR_COMMAND})(?:\s*[|｜/]?\s*(?:{_EDITOR_COMMAND})){{3,}}$"),
        "an editor's toolbar: 撤销 重做 | 标题 正文 引用 | 加粗 斜体 | 插入图片",
    ),
    (
        re.compile(
            r"^.{0,30}(?:当前用户|登录用户|当前登录|欢迎您?)\s*[:：，,]?\s*\S{1,12}\s*[|｜]?\s*(?:退出|注销|退出登录|安全退出)$"
        ),
        "a back end's user bar: 内容管理系统 · 稿件编辑　当前用户：王海燕　退出",
    ),
    (
        re.compile(rf"^{_READER_BUTTON}(?:\s*[·•|｜]\s*{_READER_BUTTON})*$"),
        "a reading app's list head and buttons: 稍后读 · 第3篇, 在原网页查看 · 标记为已读",
    ),
]


# A notes app's callout (`<figure class="callout">💡 摘录自网络…</figure>`) and a toggle's caption (`<summary>`):
# the export's own notes and controls over the article it holds (the toggle's content stays).
_CALLOUT = re.compile(
    r"""<(figure|aside)\b[^>]*\bclass\s*=\s*["'][^"']*\bcallout\b[^"']*["'][^>]*>.*?</\1>""", re.I | re.S
)
_SUMMARY = re.compile(r"<summary\b[^>]*>.*?</summary>", re.I | re.S)


def without_callouts(markup: str) -> str:
    """`markup` without an export's callouts and its toggles' captions."""
    if "callout" not in markup and "<summary" not in markup:
        return markup
    return _SUMMARY.sub("", _CALLOUT.sub("", markup))
