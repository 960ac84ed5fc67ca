"""A page's chrome read from that page alone: the interface around an article that no other file of its site
need show to be recognised (a site's only page has no repetition to learn from, see index.ingest.furniture).

Each rule is a shape of a whole class of interface line, never one site's wording: a row of buttons and
counters, a call to install or follow an app, a media placeholder, a share-price ticker, a breadcrumb trail, and
an outlet's name above the headline, the heading of a list of other articles, and
the blocks that run to the end of a page once the article is over (readers' comments under their heading, a
thread's replies under a floor's stamp, a signature after the `--` delimiter). A line that ends a sentence is
never chrome by its shape, and the blocks are only cut in the second half of the page's text, so a story that
mentions comments or apps keeps its lines.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from index.ingest.badges import badges
from index.ingest.boilerplate import BUTTON_SEPARATORS, BUTTON_WORDS
from index.ingest.bracketed_credits import is_bracketed_credit
from index.ingest.channel_heads import channel_heads
from index.ingest.cleaning import (
    LIST_RUN,
    ends_sentence,
    is_heading_shaped,
    is_numbered_heading,
    is_title_like,
    is_writing,
)
from index.ingest.column_heads import heading_lines
from index.ingest.columns import item_column
from index.ingest.days.shapes import ANY_YMD, MONTH_DAY, TIME, YEAR, YMD_DASH, YMD_ISO
from index.ingest.filing_tables import filing_runs
from index.ingest.info_lines import card_runs, is_info_line
from index.ingest.marked_captions import is_marked_caption
from index.ingest.notices import is_notice
from index.ingest.panels import (
    is_labelled_counter,
    is_poster_line,
    is_user_panel,
    panel_runs,
    poster_cells,
    second_poster_line,
    split_panel_runs,
)
from index.ingest.picture_credits import is_picture_credit
from index.ingest.press_lines import contact_block, is_release_number
from index.ingest.reader_boxes import is_tab_row, vote_boxes
from index.ingest.reply_headers import header_shape, thread_start
from index.ingest.site_footers import site_footers
from index.ingest.statements import is_statement
from index.ingest.story_end import after_end
from index.ingest.teasers import is_teaser
from index.ingest.theme_meta import is_entry_meta

CHROME_MAX = 40  # a longer line is written text, whatever words it holds

# Words that label a control or a counter on pages beyond those cleaning's BUTTON_WORDS names: printing, closing,
# folding the text, a post's and a poster's counters, an advertisement's label, a search box, a pager, a login bar.
CONTROL_WORDS = BUTTON_WORDS | frozenset(
    """打印此页 打印本文 打印此文 打印文章 关闭本页 关闭此页 加入收藏 收藏本文 告诉好友 推荐给好友 发送给朋友
    收起全文 展开全文 查看全文 阅读全文 显示全文 收起 展开 全文 回复 引用 顶 踩 喜欢 推荐 阅读 浏览 点击 评论数
    转发数 转载 阅读数 积分 帖子 主题 精华 粉丝 威望 金钱 在线时间 注册时间 UID 广告 推广 搜索 站内搜索 全站搜索
    上一版 下一版 上一页 下一页 首页 尾页 末页 上一篇 下一篇 版面导航 上一张 下一张 上一图 下一图 上一组 下一组
    举报本文 我要反馈 反馈 我要投诉 我来答 保存到相册 保存网页 下载附件
    登录 注册 立即注册 免费注册 退出 注销 找回密码 忘记密码 游客 会员中心 个人中心 用户中心 设为首页 网站导航
    繁体 简体 繁体中文 简体中文 帮助 手机版 English RSS
    文章纠错 我要纠错 意见反馈 换一换 查看更多 加载更多 点击加载更多 没有更多了 暂无评论 播放 点击播放 已关注 关注他
    关注她 关注作者 取消关注 分享到 微信好友 新浪微博 腾讯微博 QQ好友 查看大图 查看原图 点击查看大图 获赞 网站地图 MORE
    发表 写留言 我来说两句
    听新闻 朗读 语音播报 A 只看该作者 只看楼主 使用道具 电梯直达 支持 反对 放大 缩小 列印 列印本页 字体大小
    回到顶部 暂停 全屏 退出全屏 音量 静音 重播 倍速 清晰度 画中画
    看更多 点我看更多 Facebook Twitter LINE 知道了 取消 允许 预览时标签不可点 轻点两下取消赞 轻点两下取消在看""".split()
)
_PAGE_NUMBER = re.compile(  # `第A03版`, `共3页`, `第1/3页`: a pager's; a paper's page and its name, `A5·民生`
    r"^第\s*[A-Za-z]?\d{1,4}\s*[版页]$|^共\s*\d{1,4}\s*[版页]$|^第\s*\d{1,3}\s*/\s*\d{1,3}\s*页$"
    r"|^(?:[A-Z]\d{1,2}|第\s*[A-Z]?\d{1,3}\s*版)\s*[·•|｜]\s*[\u4e00-\u9fff]{2,4}$"
)
_COUNT = re.compile(r"^\d+(?:\.\d+)?[万千kKwW]?\+?$")
_WORD_COUNT = re.compile(r"^(\D+?)\s*[:：]?\s*\d+(?:\.\d+)?[万千kKwW]?\+?$")  # `转发128`, `积分：1286`
_COUNT_WORD = re.compile(r"^\d+(?:\.\d+)?[万千kKwW]?\+?\s*(\D+)$")  # `1286帖子`: a counter run into the next label

# An app's or an account's call to action: a verb of installing, following or opening beside what is installed.
_CALL = re.compile(
    r"(下载|扫码|扫一扫|扫描|关注|订阅|打开|安装|尽在|点我|长按|搜索|添加).{0,20}"
    r"(APP|App|app|客户端|公众号|小程序|视频号|频道|服务号|订阅号|电子报)"
    r"|(加入|添加)\S{0,8}(好友|粉丝群|群聊)"
    r"|(APP|App|app|客户端|公众号|小程序).{0,12}(下载|扫码|关注|订阅|查看|阅读|看高清)"
    # or an app named by its name, opened to see more: `打开凤凰新闻，查看更多高清图片`, `…阅读体验更佳`
    r"|(打开|下载|安装|前往)\S{1,12}?[，,\s]*(查看|看|阅读|浏览|获取|参与)(更多|全文|完整|高清|原文|精彩|讨论)"
    r"|(阅读|浏览|观看)体验更[佳好]"
    # or a request to engage with the post: `喜欢本文，请点赞`, `更多精彩推荐，请关注我们`
    # (following a story's outcome, `请关注后续处理结果`, is the story's own line)
    r"|(请|欢迎|记得|别忘了?)\s*(点赞|转发|分享|收藏|点个在看|关注(我们|本号|本站|本网|\S{1,8}(网|号|发布)$))"
    # or to follow an account for more of its news: `关注青禾视界更多资讯！`, `关注我们，获取最新动态`
    r"|^(关注|订阅)\S{1,12}?[，,\s]*(获取|了解|查看|阅读|第一时间)?(更多|最新)\S{0,4}(资讯|精彩|内容|消息|新闻|动态|好文|干货)"
)
# A call may end in an exclamation (`关注X更多资讯！`, `欢迎关注！`): the only stop a call ends with.
_EXCLAIMED = "!！~～"
# A self-media account's card beside its name: the field and standing the platform gives it (`X大鱼号 · 科技领域创作者`,
# `财经领域优质作者`, `知名美食博主`).
_CREATOR_CARD = re.compile(
    r"(?:^|[·•|｜\s])\S{0,6}(?:领域|优质|原创|认证|签约|知名)\S{0,6}?(?:创作者|作者|博主|达人|答主|UP主|号主|自媒体)$"
)
# A placeholder a player or an image leaves as text: `视频加载中，请稍候...`, a caption that names only its kind.
_PLACEHOLDER = re.compile(
    r"^(?:视频|图片|内容|页面|播放器)?\s*(?:正在)?加载中"
    r"|^[(（]?(?:资料图片?|资料照片|配图|示意图|图片|视频|广告|推广|现场图片?|网络图片?|图片来自网络|(?:视频|微博|网页)?截图)"
    r"\s*[)）]?\s*[。.]?$"
)
# A gallery's or a player's counter: `1/5`, `共5张`, `0:00 / 3:25`, `视频时长 03:25`; a slide's counter before its
# caption (`1/12 活动现场`: a short line that ends no sentence, checked by the caller).
_MEDIA_COUNT = re.compile(
    r"^\d{1,3}\s*/\s*\d{1,3}$|^\d{1,2}\s*/\s*\d{1,2}\s+\D|^共\s*\d{1,3}\s*[张幅页]$"
    r"|^(?:视频)?(?:时长\s*[:：]?\s*)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$"
)
# A site's visitor counter: `您是第123456位访客`, `当前在线 23 人`.
_VISITORS = re.compile(
    r"^(?:您是|你是)?(?:本站)?第\s*\d+\s*位(?:访客|访问者|来访者)|^(?:当前)?在线\s*[:：]?\s*\d+\s*人$"
)
# A prompt to act on the page, with what it acts on (`手机扫一扫`, `↓点击阅读原文`, `长按识别二维码`, `登录后参与讨论`,
# `向上滑动看下一个`): a post written a phrase a line tells its own steps (`点击进入付款页面后`, `扫码支付时`).
_PROMPT = re.compile(  # (in brackets too: `（点击图片查看大图）`)
    r"^[↓↑→▼▲☟（(【\[\s]*(?:(?:欢迎|请)?(?:手机|微信)?(?:扫一扫|扫码)\s*(?:用?手机\s*)?(?:关注|下载|阅读|查看|观看|看|分享|打开|收听|进入|加入|在手机|$)"
    r"|长按(?:上方|下方|图中|图片中?)?(?:识别|扫描|二维码|图片|关注|保存)"
    r"|(?:点击|点我|点此|点这里)\S{0,4}?(?:查看|阅读|播放|观看|收听|加载|下载|进入|看)\S{0,4}?(?:更多|全文|原文|大图|原图|视频|附件|详情|专题|直播|下一页|下一张)"
    r"|(?:请先?登录|登录后)\S{0,4}?(?:评论|讨论|留言|回复)|(?:向上|向下|上|下)滑动?(?:看|查看|阅读|浏览)"
    r"|(?:请您?)?文明上网[、，,\s]*理性发言)"  # a comment form's rule over its box
)
# An advertisement's slot: its label, then what it sells (`广告 泰国游7天6晚 限时特惠`).
_AD_SLOT = re.compile(r"^(?:广告|推广|赞助)\s*[|丨:：\s]\s*\S")
# How long the text takes to read (`本文共1234字，阅读约需3分钟`), where its poster wrote from (`IP属地：北京`,
# `来自iPhone客户端`).
_READING_TIME = re.compile(
    r"^(?:本文|全文)共?\s*[\d,，]+\s*字.{0,12}?\d+\s*分钟$|^(?:预计)?阅读(?:时间|时长)?\s*[:：]?\s*(?:约|大约)?\s*\d+\s*分钟$"
)
_POSTED_FROM = re.compile(
    r"^IP\s*属地\s*[:：]?\s*\S{2,10}$|^来自\s*(?:\S{0,12}(?:客户端|手机版?|网页版?)|iPhone|iPad|Android|安卓\S{0,6})$"
)
# A count of readers' comments: `36 条评论`, `共12条留言`, a form's `已有 3 条评论`.
_COMMENT_COUNT = re.compile(r"^(?:(?:共有?|已有|现有)\s*)?\d+\s*条(?:评论|留言|回复|跟帖)$")
# A credit row of the production's roles that are no field of the article (`监制：王五`, `出品：江城融媒体中心`,
# `校对丨李四`, `初审：X 复审：Y 终审：Z`); writers, editors and sources are left to extraction's fields.
_ROLES = r"(?:总?监制|出品人?|排版|初审|复审|终审|美编|美术编辑|策划|统筹|制作|视觉|设计|剪辑|配音|校对|审校|执行主编)"
_CREDIT_ROW = re.compile(rf"^(?:{_ROLES}\s*[:：丨|/]\s*[^\s:：丨|/]{{1,20}}\s*)+$")
# An outlet's production mark, with the credits after it (`江城融媒出品 记者：王五 编辑：赵六`): a closing row, its
# names read by extraction from the page's lines all the same.
_PRODUCED_BY = re.compile(
    r"^[^\s:：，。]{2,12}出品(?:\s*[|丨]?\s*[^\s:：丨|，。]{1,6}\s*[:：丨|]\s*[^\s:：丨|，。]{1,12})*$"
)
# A feed's or a comment's time told from now, alone on its line: `3分钟前`, `2小时前`, `刚刚`.
_AGO = re.compile(r"^(?:\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚|半小时前)$")
# A member's or a blog's counter on its line: `博客积分:1286`, `关注人气:35`, `博客等级:` (its value an image).
_COUNTER = re.compile(
    r"^\S{0,4}(?:积分|访问|人气|等级|粉丝|阅读|浏览|点击|帖子|威望|金钱|贡献|经验|金币)(?:量|数|次数)?\s*[:：]"
    r"\s*\d*(?:\.\d+)?\s*[万千]?\s*[个次人支篇枚]?$"
)
# A visitor's greeting in a site's top bar: `游客 欢迎你！`, `您好，欢迎光临本站`.
_GREETING = re.compile(
    r"^(?:(?:游客|访客|您好|你好)[，,\s]*欢迎(?:你|您)?(?:光临|来到|访问)?|欢迎(?:你|您)?(?:光临|访问))\S{0,8}?[！!]?$"
    # or a welcome to the site by its kind of name: `欢迎访问省物流协会官方网站！`
    r"|^欢迎(?:你|您)?(?:光临|访问|来到)\S{1,16}?(?:网站|官网|主页|门户|平台)[！!。]?$"
)
_BARS = re.compile(r"[|｜]")
# A share-price ticker: names, each with a price and a signed change (`江城银行 12.34 +1.23%`).
_TICKER = re.compile(r"^(?:\S{1,12}\s+\d+(?:\.\d+)?\s+[+\-−]\d+(?:\.\d+)?%\s*)+$")
# A breadcrumb trail: three or more short steps between arrows (`天涯社区 > 百姓声音 > 民生关注`).
# (not →: a procedure's steps; two steps only when each is one channel's name: `环球科技 > 互联网`)
_CRUMB = re.compile(
    r"^[^>›»，。]{1,12}(?:\s*(?:>>?|›|»)\s*[^>›»，。]{1,12}){2,}$"
    r"|^[^>›»，。！？“”\"：:\s]{2,8}\s*(?:>>?|›|»)\s*[^>›»，。！？“”\"：:\s]{2,8}$"
    # or two steps or more ending in the page's own headline, whatever it holds: `X论坛 » 时事讨论 » 长治一男子…，…`
    r"|^(?:[^>›»，。！？\s]{1,12}\s*(?:>>?|›|»)\s*){2,}[^>›»]{1,60}$"
    # or steps between → from a home page (`论坛首页 → 江南社区 → 百姓话题`): a procedure starts at no home page
    r"|^[^→，。！？\s]{0,6}首页(?:\s*→\s*[^→，。！？]{1,12}){2,}$"
    # or steps between → to the page itself (`江城社区 → 新闻 → 阅读文章`, `… → 正文`): no procedure's last step
    r"|^(?:[^→，。！？\s]{1,12}\s*→\s*){2,}(?:正文|阅读文章|查看文章|浏览文章|文章内容|查看内容|内容|详情|帖子详情)$"
)

# A heading over readers' comments: `网友评论（2）`, `网友评论：（只显示最新10条…）`, `全部留言 12`, `网友评论 共3条`.
# A bare `回复：` or `留言` is not one: a government's Q&A page answers under it.
_COUNTED = r"(?:[(（]\s*\d+\s*条?\s*[)）]|(?:共\s*)?\d+\s*条)"
_COMMENTS_HEADING = re.compile(
    r"^[【\[]?(?:(?:网友|读者|最新|热门|全部|精彩|精选)(?:评论|留言|跟帖|回复|点评)(?:区|列表)?[】\]]?"
    rf"\s*(?:{_COUNTED}|[:：]\s*(?:[(（].*[)）])?)?|(?:评论|留言|跟帖|回复)[】\]]?\s*{_COUNTED})$"
)
# A reply's stamp in a thread: `发表于 2020-4-2 21:15:02`, `回复于 …`.
_STAMP = re.compile(  # (a floor's label may run into it: `沙发发表于 …`, `2楼 发表于 …`)
    rf"^(?:[^\s，。：:、]{{1,4}}\s*)?(?:发表于|回复于|发表时间|回复时间|发帖时间)\s*[:：]?\s*{ANY_YMD}"
)
# A reply's own stamp anywhere on a short line, after its poster (`作者：老树昏鸦 回复日期：2020-04-01 16:02:11`):
# a reply's time is no story's.
_REPLY_STAMP = re.compile(rf"回复(?:日期|时间|于)\s*[:：]?\s*{ANY_YMD}")
# The header a forum puts over a quoted post in a reply: who wrote it and when (`引用第0楼X于2008-03-08 10:23发表的 …:`,
# `原帖由 X 于 2008-3-8 10:23 发表`, `以下是引用X在2005-3-8 10:23:00的发言：`): the reply's, never the article's.
_QUOTE_HEADER = re.compile(
    rf"^(?:引用|原帖由|以下是引用)[^，。！？]{{0,30}}?\s*(?:于|在)?\s*{YMD_ISO}"
    rf"(?:\s*{TIME})?\s*(?:发表|的发言)"
)
QUOTE_HEADER_MAX = 80  # it may name the quoted post's title


def is_quote_header(line: str) -> bool:
    """A forum's header over a post quoted in a reply (`原帖由 X 于 2008-3-8 10:23 发表`)."""
    return len(line) <= QUOTE_HEADER_MAX and bool(_QUOTE_HEADER.match(line))


_FLOOR_MAX = 12  # a floor's label or a poster's name over a stamp: `沙发`, `2楼`, `清风徐来`
_SIGNATURE = re.compile(r"^\S{0,12}签名(?:档)?\s*[:：]")  # `江城论坛签名：天天好心情`
_SIGNATURE_DELIMITER = "--"  # the line that opens a signature on bulletin boards and in mail (`-- `)
# A rule drawn in characters (`----------`, `_________________`, `══════`): what a board's software puts between a
# post and its poster's signature, and what a story may put before a note of its own.
_RULE = re.compile(r"^(?:-{3,}|_{3,}|={3,}|—{2,}|─{3,}|═{3,}|~{3,}|\*{3,})$")
SIGNATURE_LINES = 3  # the most lines a signature under a rule has (a motto, a blog's address, a next poster's name)
SIGNATURE_CHARS = 60  # the longest a signature's line is: a longer one is the story's note or background
# An outlet's name alone on a line (`青溪日报电子版`, `江城新闻网`): the masthead a saved page shows above its headline.
# (`通报`, `预报` end in 报 too: only a paper's kinds of 报 are an outlet's)
_OUTLET_NAME = re.compile(  # (a portal's mobile site names itself so too: `江城3G门户`, `青溪手机网`)
    r"^[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,9}(?:日报|晚报|早报|时报|商报|周报|报社|新闻|网|社|电视台|客户端|电子版|在线"
    r"|频道|门户|手机版)(?:电子版|网|客户端|官网)?$"
)
# a publication line under an outlet's name, where a headline would stand
_FIELDS = re.compile(
    rf"{YEAR}\s*[-/.年]\s*\d|(?:来源|作者|发布|时间|日期|编辑|记者)\s*[:：]"
)  # (`2020年高校…`: no day)
_CUT_OFF = re.compile(r"^(\S{2,14})\s*[-_|－—]$")
_LIST_BULLET = re.compile(r"^[·•●◆■▪]\s*\S")
_LIST_HEADING_MAX = 10


# Controls a page's inline spans run together (`点赞 31收藏分享`): labels of two characters or more and counters
# (one-character labels glued, `中小`, would be a story's word).
_GLUED = re.compile(
    r"^(?:"
    + "|".join(sorted((re.escape(w) for w in CONTROL_WORDS if len(w) > 1), key=len, reverse=True))
    + r"|\d+(?:\.\d+)?[万千kKwW]?\+?)+$"
)


# A counter with its count in brackets (`去过(123)`, `想去（456）`): two or more on a short line make each one's label
# a control's, whatever the word.
# Controls that open menus, each word under a caret (`字号▾  收藏▾`): a row of two or more is the page's menu bar.
_DROPDOWN = re.compile(r"([^\s▼▾▽⌄|丨/【】\[\]()（）]{1,4})[▼▾▽⌄]")
_BRACKET_COUNT = re.compile(r"([^\s()（）\d]{1,4})\s*[(（]\s*\d+(?:\.\d+)?[万千kKwW]?\+?\s*[)）]")


def is_control_row(line: str) -> bool:
    """A short line made only of controls and counters (`【打印此页】 【关闭窗口】`, `转发 128 评论 56 赞 1024`,
    `收起全文`, `点赞 31收藏分享`, `去过(123) 想去(456) 收藏`), with at least one control word or two bracketed
    counters: numbers alone are not a control."""
    if not line or len(line) > CHROME_MAX or ends_sentence(line):
        return False
    words = [w for w in BUTTON_SEPARATORS.split(re.sub("[▾▽⌄]", "▼", line)) if w]
    counters = [m.group(1) for m in _BRACKET_COUNT.finditer(line)]
    controls = CONTROL_WORDS | frozenset(counters) if len(counters) >= 2 else CONTROL_WORDS
    dropdowns = {m.group(1) for m in _DROPDOWN.finditer(line)}
    if len(dropdowns) >= 2:  # (one word under a caret may point at a picture below: `如这样▼`, `戳视频▼`)
        controls |= dropdowns
    labelled = False
    for word in words:
        counted = _WORD_COUNT.match(word) or _COUNT_WORD.match(word)
        glued = _GLUED.match(word) and not _COUNT.match(word)
        if word in controls or (counted and counted.group(1) in controls) or glued:
            labelled = True
        elif not (_COUNT.match(word) or _PAGE_NUMBER.match(word)):
            return False
    return labelled


def is_call_to_action(line: str) -> bool:
    """A short line asking the reader to install, open or follow an app or an account (`更多精彩内容，请下载
    新闻客户端`); a sentence that mentions one ends with its full stop and stays."""
    if not 0 < len(line) <= CHROME_MAX:
        return False
    return (not ends_sentence(line) and bool(_PROMPT.match(line))) or (
        not ends_sentence(line.rstrip(_EXCLAIMED)) and bool(_CALL.search(line.rstrip(_EXCLAIMED)))
    )


# A link back to where the page was reached from: `返回日志列表`, `返回栏目首页`, `回到顶部`.
_BACK = re.compile(
    r"^[<《«【\[]?\s*(?:返回|回到)\S{0,6}(?:列表|首页|顶部|目录|主页|栏目|频道|上页|上一页|上一级|页首)\s*[>》»】\]]?$"
)


def _is_chrome_piece(line: str) -> bool:
    return bool(
        is_control_row(line)
        or is_call_to_action(line)
        or _GREETING.match(line)
        or _PLACEHOLDER.match(line)
        or _AGO.match(line)
        or _COUNTER.match(line)
        or _TICKER.match(line)
        or _BACK.match(line)
        or _CRUMB.match(line)
        or _SIGNATURE.match(line)
        or (_MEDIA_COUNT.match(line) and not ends_sentence(line))
        or _PAGE_NUMBER.match(line)
        or _VISITORS.match(line)
        or _CREDIT_ROW.match(line)
        or _PRODUCED_BY.match(line)
        or _COMMENT_COUNT.match(line)
        or _READING_TIME.match(line)
        or _POSTED_FROM.match(line)
        or (_CREATOR_CARD.search(line) and not ends_sentence(line))
        or (_AD_SLOT.match(line) and not ends_sentence(line))
    )


# A reply on its floor's line (`2楼 顶！说得在理。`, `沙发：支持`): a reader's, whatever it says. The first floor
# (`1楼`, `楼主`) is the post itself.
_FLOOR_REPLY = re.compile(r"^(?:(?:[2-9]|[1-9]\d{1,3})\s*楼|沙发|板凳|地板|地下室)(?:\s*[:：]\s*|\s+)\S")
REPLY_MAX = 100  # a longer line under a floor's label is a post of its own


# A count in brackets alone on its line (`(12)`): a counter's value whose label the page set on a line of its own.
_BRACKETED_COUNT = re.compile(r"^[(（]\s*\d+(?:\.\d+)?[万千kKwW]?\+?\s*[)）]$")
# A short question or label ending in a colon, then what it labels on the same line.
_LABELLED = re.compile(r"^([^:：]{2,30})[:：]\s*(\S.*)$")


def _labels_controls(line: str) -> bool:
    """`看完这篇文章，你的心情是： 高兴(12) 惊讶(3) 无聊(5)`: a label ending in a colon before a row of counted
    controls (two bracketed counts or more). A question a post asks before its contact (`…出租吗？联系电话：152…
    微信：998…`) ends a sentence before the colon."""
    labelled = _LABELLED.match(line)
    if not labelled or re.search(r"[。！？!?]", labelled.group(1)):
        return False
    return len(_BRACKET_COUNT.findall(labelled.group(2))) >= 2 and is_control_row(labelled.group(2))


def is_credit_and_control(line: str) -> bool:
    """A picture's credit and a control run onto one line (`警方供图 点击查看大图`, `点击查看大图 资料图片`): split
    at a space into a picture credit and a piece of chrome."""
    if not line or len(line) > CHROME_MAX or " " not in line:
        return False
    words = line.split()
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if (is_picture_credit(head) and _is_chrome_piece(tail)) or (_is_chrome_piece(head) and is_picture_credit(tail)):
            return True
    return False


# An advertisement's label alone on its line (`广告`, `推广`, `AD`): what its slot shows follows it.
_AD_LABEL = re.compile(r"^[\[【(（]?(?:广告|推广|赞助|AD|Ad|ADVERTISEMENT|Advertisement)[\]】)）]?$")
AD_LINES = 3  # the most lines of an advertisement's slot under its label (a slogan, an offer, a button)


def ad_slots(kept: list[str]) -> set[int]:
    """The lines of an advertisement under its label alone on a line: up to AD_LINES short lines that end no
    sentence (`江城湾·滨江大宅 首付20万起`, `点击了解详情`). A story's paragraph under it ends in a stop and stays,
    and so does a story set a phrase a line, its lines ending in commas (`气象局也提醒大家，` under a `推广` a
    scraper kept, corpus inews-dev-00504)."""
    found: set[int] = set()
    for i, line in enumerate(kept):
        if not _AD_LABEL.match(line):
            continue
        for j in [j for j in range(i + 1, len(kept)) if kept[j]][:AD_LINES]:
            if (
                len(kept[j]) > CHROME_MAX
                or ends_sentence(kept[j])
                or is_writing(kept[j])
                or kept[j][-1] in "，,、；;：:"
            ):
                break
            found.add(j)
        found.add(i)
    return found


# A note about the writer, under its label (`作者简介：X，江城晚报记者，长期关注…。`): the page's card, not the story.
_WRITER_NOTE = re.compile(r"^[【\[]?(?:作者|记者|笔者)(?:简介|介绍)[】\]]?\s*[:：]")


def is_production_credit(line: str) -> bool:
    """An outlet's production mark with its credits (`江城融媒出品 记者：王五 编辑：赵六`): chrome whose names
    extraction still reads."""
    return bool(_PRODUCED_BY.match(line))


def is_chrome_line(line: str) -> bool:
    """One line of interface by its own shape: controls, a call to action, a visitor's greeting, a placeholder, a
    time from now, a ticker, a trail, a signature; or a row of such pieces between bars (`| 游客 欢迎你！ | 首页 >
    社区 > 杂谈 |`), which a table-layout page's top bar reads as."""
    if not line:
        return False
    if len(line) <= CHROME_MAX and (_is_chrome_piece(line) or _BRACKETED_COUNT.match(line)):
        return True
    if len(line) <= 2 * CHROME_MAX and _labels_controls(line):
        return True
    if _TICKER.match(line):  # a ticker runs as long as the markets it lists
        return True
    if len(line) <= REPLY_MAX and _FLOOR_REPLY.match(line):
        return True
    if len(line) > 2 * CHROME_MAX:  # (before the split: most lines are paragraphs)
        return False
    pieces = [piece.strip() for piece in _BARS.split(line)]
    pieces = [piece for piece in pieces if piece]
    return len(pieces) >= 2 and all(_is_chrome_piece(p) for p in pieces)


def _next_kept(kept: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(kept)) if kept[j]), None)


def mastheads(kept: list[str]) -> set[int]:
    """Lines above the text's first sentence that only name an outlet, each over a longer heading (the
    headline), or with the separator that joined it to a headline (`网易 -`): a kicker above a headline is a
    phrase of the story, not a newspaper's or a site's name."""
    first = next((i for i, line in enumerate(kept) if is_writing(line)), len(kept))
    found = set()
    for i in range(first):
        if (cut := _CUT_OFF.match(kept[i])) and _OUTLET_NAME.match(cut.group(1)):
            found.add(i)  # `网易 -`: a page title's site part, cut from its headline
        elif kept[i] and _OUTLET_NAME.match(kept[i]) and (j := _next_kept(kept, i)) is not None and j <= first:
            below = kept[j]
            headline = is_heading_shaped(below.rstrip("！？!?”"))  # (a headline may exclaim or ask)
            if headline and len(below) > len(kept[i]) and not _FIELDS.search(below) and not is_numbered_heading(below):
                found.add(i)
    return found


def list_headings(lines: list[str], kept: list[str]) -> set[int]:
    """A short heading right above a list of other articles that cleaning took out (LIST_RUN or more bulleted
    title-like lines, `热门文章` over `·…`): the list's heading, no text once its list is gone."""
    found = set()
    for i, line in enumerate(kept):
        if not line or len(line) > _LIST_HEADING_MAX or not is_heading_shaped(line) or re.search(r"\d", line):
            continue
        items = 0
        for j in range(i + 1, len(lines)):
            if kept[j] or not (_LIST_BULLET.match(lines[j]) and is_title_like(lines[j])):
                break
            items += 1
        if items >= LIST_RUN:
            found.add(i)
    return found


def shown_top_and_bottom(kept: list[str]) -> set[int]:
    """The lines a page shows both above its text's first sentence and below its last (a menu, a site's name, a
    search box), every copy of them: a story's line is told once. The page's first line stays (a headline may
    be repeated under the text, as a print view's footer does)."""
    written = [i for i, line in enumerate(kept) if is_writing(line)]
    if not written:
        return set()
    head = next(i for i, line in enumerate(kept) if line)
    above = {kept[i] for i in range(head + 1, written[0]) if kept[i]}
    below = {kept[i] for i in range(written[-1] + 1, len(kept)) if kept[i]}
    both = {line for line in above & below if len(line) <= CHROME_MAX and not ends_sentence(line)}
    return {i for i, line in enumerate(kept) if line in both and i != head}


# A site's owner credit in its footer, run together with its other fields (`青溪县交通局 版权所有 地址：… 邮编：…
# 技术支持：…`): `版权所有` as a word of its own or a `技术支持：` label (a story's `视频版权所有，未经许可…` is a
# sentence).
_OWNER_CREDIT = re.compile(r"版权所有(?=\s|$|[|｜·©])|技术支持\s*[:：]")
FOOTER_MAX = 100


def owner_footers(kept: list[str]) -> set[int]:
    """Lines below the text's last sentence that credit the site's owner, whatever precedes the credit: the
    footer a table-layout page runs into one line. Above the last sentence a line is the story's."""
    if not any("版权所有" in line or "技术支持" in line for line in kept):
        return set()
    written = [i for i, line in enumerate(kept) if is_writing(line)]
    if not written:
        return set()
    return {
        i
        for i in range(written[-1] + 1, len(kept))
        if kept[i] and len(kept[i]) <= FOOTER_MAX and not ends_sentence(kept[i]) and _OWNER_CREDIT.search(kept[i])
    }


# A stamp as software writes it (`2021-06-01 08:00`, a name or a floor beside it): a story writes 年月日.
_MACHINE_STAMP = re.compile(rf"^(?:\S{{1,12}}\s+)?{YMD_DASH}\s+{TIME}(?:\s+\S{{1,12}})?$")
_SPEAKER = re.compile(r"^[^，。！？：:\s]{1,12}[:：]")  # `清风徐来：…`: who says the short line


def _stamped_pairs(kept: list[str], start: int) -> int | None:
    """Where a list of replies begins after `start` without a heading: two or more lines that are a machine's
    stamps, each reply (`name：text`, or a name alone) beside its stamp."""
    stamps = [i for i in range(start, len(kept)) if kept[i] and _MACHINE_STAMP.match(kept[i])]
    if len(stamps) < 2 or len({kept[i] for i in stamps}) < 2:
        return None
    above = [max((j for j in range(i) if kept[j]), default=None) for i in stamps[:2]]
    if all(j is not None and len(kept[j]) <= CHROME_MAX and _SPEAKER.match(kept[j]) for j in above):
        return above[0]
    return stamps[0]


POSTER_CELL = 5  # the most lines of a poster's cell above a reply's stamp (name, rank, joined, posts, points)


def _poster_cell(kept: list[str], stamp: int) -> int:
    """Where the reply whose stamp is at `stamp` begins: the poster's cell above the stamp, up to POSTER_CELL
    lines each a floor's label or a name (no sentence) or one labelled counter (`文章: 121`, `注册时间: 2004-03-11`)."""
    start = stamp
    for _ in range(POSTER_CELL):
        above = max((j for j in range(start) if kept[j]), default=None)
        if above is None or ends_sentence(kept[above]):
            break
        if not (len(kept[above]) <= _FLOOR_MAX or is_labelled_counter(kept[above])):
            break
        start = above
    return start


def tail_block(lines: list[str], kept: list[str]) -> int | None:
    """Where the page's closing block of replies begins, if it has one in the second half of its text: a
    comments heading, a `--` signature delimiter, a reply's stamp (`发表于 …` opening its line, or `回复日期：…`
    anywhere on a short one; with the poster's cell just above it) followed by the reply, or replies in pairs
    with a machine's stamps and no heading. `lines` are the page's lines as read, `kept` what cleaning kept of
    them (the delimiter is no text, so cleaning has blanked it)."""
    total = sum(len(line) for line in kept)
    before = 0
    for i, line in enumerate(kept):
        if before * 2 >= total and i < len(lines):
            if lines[i].rstrip() == _SIGNATURE_DELIMITER or (line and _COMMENTS_HEADING.match(line)):
                return i
            replied = len(line) <= 2 * CHROME_MAX and _REPLY_STAMP.search(line) and not ends_sentence(line)
            stamp = _STAMP.match(line) or replied
            # (a reply's own stamp closing the text is a reply's header whose text extraction left out; a post's
            # `发表于 …` there can be the post's own time, set under it)
            if line and stamp and (any(kept[i + 1 :]) or _poster_cell(kept, i) < i or replied):
                return _poster_cell(kept, i)  # (a next post's header whose text extraction left out: with its cell)
            if line and _MACHINE_STAMP.match(line) and (start := _stamped_pairs(kept, i)) is not None:
                return start
        before += len(line)
    return None


# A reply's floor label alone on its line: `沙发`, `板凳`, `地板`, `2#`, `#3`, `5楼` (the opening post's, `楼主`,
# is left to the poster's reader: it marks the name under it).
_FLOOR_ALONE = re.compile(r"^(?:沙发|板凳|地板|地下室|(?:[2-9]|[1-9]\d{1,3})\s*[#楼]|#(?:[2-9]|[1-9]\d{1,3}))$")
FLOOR_REACH = 2  # the most lines between a floor's label and its stamp (the poster's name between)


def floor_labels(kept: list[str]) -> set[int]:
    """A reply's floor label alone on its line within FLOOR_REACH lines above a post's stamp (`发表于 …`, a reply
    header's shape): a thread's interface. A story's `沙发` in a list of furniture has no stamp under it."""
    filled = [i for i, line in enumerate(kept) if line]
    found = set()
    for k, i in enumerate(filled):
        if _FLOOR_ALONE.match(kept[i]) and any(
            _STAMP.match(kept[j]) or header_shape(kept[j]) for j in filled[k + 1 : k + 2 + FLOOR_REACH]
        ):
            found.add(i)
    return found


def is_rule(line: str) -> bool:
    """A rule drawn in characters, alone on its line (markup's cleaning blanks it: keep where it stood)."""
    return bool(_RULE.match(line.strip()))


def trailing_chrome(kept: list[str], chrome: set[int]) -> set[int]:
    """The short lines after the story's last written line that follow a line of chrome there, when nothing but
    chrome and such lines stands under it to the end (`获取更多本地资讯` under `扫描上方二维码，关注X公众号`): once the
    page's interface has begun under the story, a short line with no sentence's stop and no article's field is
    more of it, whatever its words. A story told in short lines has its own stops and fields further down."""
    last = max((i for i, line in enumerate(kept) if is_writing(line) and i not in chrome), default=None)
    if last is None:
        return set()
    found: set[int] = set()
    begun = False
    for i in range(last + 1, len(kept)):
        line = kept[i]
        if i in chrome:
            begun = True
        elif (
            line and begun and len(line) <= CHROME_MAX and not ends_sentence(line) and not _ARTICLE_FIELDS.search(line)
        ):
            found.add(i)
        elif line:
            return set()  # more of the story (a short line that ends a sentence, a field): the chrome was inside it
    return found


def signature_under_rule(rules: Collection[int], kept: list[str], end: int) -> int | None:
    """Where a poster's signature begins before `end` (the closing block of replies, or the page's end): a rule
    line (its index among `rules`) in the second half of the text with at most SIGNATURE_LINES short lines after
    it, none SIGNATURE_CHARS long, ending a sentence or giving an article's field (a note, a background
    paragraph, `来源：X` under a rule are the story's). `kept` are the lines cleaning kept."""
    total = sum(len(line) for line in kept[:end])
    before = 0
    for i in range(end):
        if before * 2 >= total and i in rules:
            after = [line for line in kept[i + 1 : end] if line]
            if (
                after
                and len(after) <= SIGNATURE_LINES
                and all(
                    len(line) < SIGNATURE_CHARS and not ends_sentence(line) and not _ARTICLE_FIELDS.search(line)
                    for line in after
                )
            ):
                return i
        before += len(kept[i])
    return None


# A count alone (`12034`, `1.2万`): a panel's or a button's value whose label the page set on a line of its own.
# (A section's number, `01`, `3`, leads its heading; a count of three digits or with its unit is no such number.)
_BARE_COUNT = re.compile(r"^\d{3,}\+?$|^\d+(?:\.\d+)?[万千kKwW]\+?$")


def bare_counts_above(kept: list[str]) -> set[int]:
    """Counts alone on their lines above the text's first written line: a poster's or a post's counter, its
    label gone as chrome, which would otherwise stand as the story's first line."""
    first = next((i for i, line in enumerate(kept) if is_writing(line)), None)
    return {i for i in range(first) if _BARE_COUNT.match(kept[i])} if first is not None else set()


# A press release's note about its issuer under the text: `关于瀚海科技` over paragraphs opening with that name
# (`瀚海科技成立于2008年，是一家…`), the boilerplate every release of the issuer repeats.
_ABOUT = re.compile(r"^[【\[]?关于\s*([^\s，。：:！？、]{2,12})[】\]]?\s*[:：]?$")


def issuer_notes(kept: list[str]) -> set[int]:
    """The lines of a note about the text's issuer in the second half of the text: an `关于X` heading and the
    paragraphs right under it that open with X. A story's sub-heading (`关于下一步工作`) is followed by other
    words."""
    total = sum(len(line) for line in kept)
    before = 0
    for i, line in enumerate(kept):
        if before * 2 >= total and (about := _ABOUT.match(line)):
            run = []
            for j in (j for j in range(i + 1, len(kept)) if kept[j]):
                if not kept[j].startswith(about.group(1)):
                    break
                run.append(j)
            if run:
                return {i, *run}
        before += len(line)
    return set()


# A field's name by its last characters (`生成日期`, `信息来源`, `索引号`), or a short label spaced out to align
# with its table's other labels (`文　　号`, `主 题 词`).
_FIELD_NAME = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:日期|时间|来源|机构|分类|文号|索引号|主题词|关键词|编号|字号|体裁|类别|作者|编辑)$"
    r"|^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}$"
)


def is_empty_label_row(line: str) -> bool:
    """A row of a page's information table whose values are empty: field labels alone (`生成日期：`, `文　　号：
    主 题 词：`, `发布日期 信息来源`). A label with its value (`发布日期：2020-03-31`) is a field, read elsewhere;
    a story's `他说：` names no field."""
    line = line.strip()
    if not line or len(line) > CHROME_MAX:
        return False
    if line.endswith((":", "：")):
        cells = [cell.strip() for cell in re.split(r"[:：]", line)[:-1]]
        return all(_FIELD_NAME.match(cell) for cell in cells)
    cells = line.split()
    return len(cells) >= 2 and all(_FIELD_NAME.match(cell) for cell in cells)


LABEL_OVER_MAX = 30


def labels_over(kept: list[str], chrome: set[int]) -> set[int]:
    """A short line ending in a colon right above a line of chrome: the label of the row it heads (`看完这篇文章，
    你的心情是：` over `高兴(12) 惊讶(3)`, `您对本文的评价：` over its buttons). A story's `他说：` is followed by
    what was said, which is no chrome."""
    found = set()
    for i, line in enumerate(kept):
        if line and len(line) <= LABEL_OVER_MAX and line.endswith((":", "：")) and i not in chrome:
            below = _next_kept(kept, i)
            if below is not None and below in chrome and kept[below]:
                found.add(i)
    return found


WORD_MAX = 4  # a mood's or a vote's word on a line of its own: `高兴`, `顶一下`


def counted_words(kept: list[str], chrome: set[int]) -> set[int]:
    """A run of short words each over or beside its count on lines of their own (`高兴` / `(12)` / `惊讶` / `(3)`),
    two counts or more, and the label line ending in a colon right above it: a vote's or a mood's row that the
    page set one cell a line. A story's list of short words has no counts between them."""
    found: set[int] = set()
    filled = [i for i, line in enumerate(kept) if line]
    k = 0
    while k < len(filled):
        run = []
        while k < len(filled) and (
            len(kept[filled[k]]) <= WORD_MAX or filled[k] in chrome and _BRACKETED_COUNT.match(kept[filled[k]])
        ):
            run.append(filled[k])
            k += 1
        counts = sum(bool(_BRACKETED_COUNT.match(kept[i]) or _COUNT.match(kept[i])) for i in run)
        if counts >= 2 and len(run) >= 2 * counts - 1:
            found |= set(run)
            above = max((j for j in range(run[0]) if kept[j]), default=None)
            if above is not None and len(kept[above]) <= LABEL_OVER_MAX and kept[above].endswith((":", "：")):
                found.add(above)
        k += 1
    return found


def head_cells(kept: list[str]) -> set[int]:
    """The lines of a poster's cell above the text's first written line (index.ingest.panels.poster_cells)."""
    first = next((i for i, line in enumerate(kept) if is_writing(line) and len(line) >= CHROME_MAX), len(kept))
    return poster_cells(kept, first)


def card_lines(lines: list[str], kept: list[str]) -> set[int]:
    """The indexes of the lines of fields and counters (index.ingest.info_lines): chrome, but read for their fields
    first (extraction takes a card's name for the account's)."""
    return {i for i, line in enumerate(kept) if is_info_line(line)} | card_runs(lines)


def chrome_lines(
    lines: list[str], kept: list[str], rules: Collection[int] = frozenset(), cards: set[int] | None = None
) -> set[int]:
    """The indexes of the lines that are the page's chrome: lines of interface and the page's notices about the
    article (index.ingest.notices) anywhere, lines of fields and counters (index.ingest.info_lines), picture
    credits (index.ingest.picture_credits) and a wire's bracketed notes (index.ingest.bracketed_credits), a vote
    box and a row of tab captions (index.ingest.reader_boxes), a filing table under the text
    (index.ingest.filing_tables), the
    short lines after the story's end mark (index.ingest.story_end), a signature under a rule (`rules`: the
    indexes of the text's rule lines) and the closing block of replies to the end. Another story's teaser
    (index.ingest.teasers) is taken under the text's first written line: a page whose only writing is a teaser
    keeps it. `cards`: `card_lines(lines, kept)`, when the caller has them already."""
    first_written = next((i for i, line in enumerate(kept) if is_writing(line)), len(kept))
    found = card_lines(lines, kept) if cards is None else set(cards)
    found |= {
        i
        for i, line in enumerate(kept)
        if is_chrome_line(line)
        or is_notice(line)
        or is_statement(line)
        or (is_teaser(line) and i > first_written)
        or is_user_panel(line)
        or is_poster_line(line)
        or is_entry_meta(line)
        or is_quote_header(line)
        or is_empty_label_row(line)
        or is_bracketed_credit(line)
        or is_credit_and_control(line)
        or (_WRITER_NOTE.match(line) and i > first_written)
        or is_tab_row(line)
        or is_release_number(line)
    }
    pictured = {i for i, line in enumerate(kept) if is_picture_credit(line) or is_marked_caption(line)}
    if any(is_writing(line) for i, line in enumerate(kept) if i not in pictured):
        found |= pictured  # (a text of captions alone, as a scraper kept a photo story, is all it has)
    found |= mastheads(kept) | list_headings(lines, kept) | panel_runs(kept) | split_panel_runs(kept) | head_cells(kept)
    found |= shown_top_and_bottom(kept) | after_end(lines, kept) | owner_footers(kept) | bare_counts_above(kept)
    found |= issuer_notes(kept) | ad_slots(kept) | vote_boxes(kept) | badges(kept) | channel_heads(kept)
    found |= heading_lines(kept)  # `标题 | 日期 | 点击` over the article (index.ingest.column_heads)
    found |= {i for i in filing_runs(lines) if i > first_written}  # (above the text, the publication line's readers')
    found |= labels_over(kept, found)
    found |= counted_words(kept, found)
    found |= item_column(kept, [i for i, line in enumerate(kept) if is_writing(line) and i not in found], found)
    found |= site_footers(lines, kept, found) | contact_block(kept)
    found |= trailing_chrome(kept, found)
    found |= floor_labels(kept)
    replies = thread_start(kept)  # (with the poster's cell above its header, as a stamp's)
    starts = [
        i for i in (tail_block(lines, kept), None if replies is None else _poster_cell(kept, replies)) if i is not None
    ]
    if (floor := second_poster_line(kept)) is not None:  # `1楼 ID:X 发帖:56 注册:2011-01-10` over the first reply
        starts.append(floor)
    end = min(starts, default=len(kept))
    if (signature := signature_under_rule(rules, kept, end)) is not None:
        found |= set(range(signature, end))
    return found | set(range(end, len(kept)))


# a field of the article a line may give (its day, source, writer, editor), read by extraction from the body
_ARTICLE_FIELDS = re.compile(rf"{YEAR}|{MONTH_DAY}|(?:来源|出处|作者|编辑|责编|记者|通讯员|原标题|摄影?)\s*[:：|丨/]")


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def unshown_by_others(lines: list[str], others: list[list[str]]) -> list[str]:
    """`lines` (the chosen candidate's body of an HTML page) without each short line that no other candidate
    shows although every other shows the written lines on either side of it (or it stands before the first or
    after the last): a player's or an advertisement's leftover inside the article's container, a comment box's
    counter, a pager, which one extractor keeps and the others, agreeing on the text around it, leave out. A
    line with a sentence's stop or an article's field (a day, a source, a writer, an editor) is kept whatever
    the others show. On ../shared/pages it takes 17 lines, none in a labelled body (`我要跟帖`, `评论(15)`,
    `[1] [2] [3]`, `相关推荐`, a related story's title), and the bodies' F1 stays 0.99 in both halves."""
    texts = [_squashed("".join(other)) for other in others if other]
    if not texts:
        return lines

    def shown(line: str) -> bool:
        return all(_squashed(line) in text for text in texts)

    out = []
    for i, line in enumerate(lines):
        short = len(line) <= CHROME_MAX and not re.search(r"[。！？]", line) and not _ARTICLE_FIELDS.search(line)
        if short and not any(_squashed(line) in text for text in texts):
            before = next((lines[j] for j in range(i - 1, -1, -1) if is_writing(lines[j])), None)
            after = next((lines[j] for j in range(i + 1, len(lines)) if is_writing(lines[j])), None)
            if (before is None or shown(before)) and (after is None or shown(after)):
                continue
        out.append(line)
    return out
