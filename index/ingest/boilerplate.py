"""Page boilerplate as data: what a scraped Chinese news page carries besides the article.

Each rule is a compiled pattern and a comment saying what it catches. Patterns run on text that is
already Simplified and width-folded, one stripped line at a time. Extend the lists; keep each rule
general (any news site), never keyed to one site's wording.
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import YEAR
from index.ingest.issue_pages import ISSUE_RULES
from index.ingest.notebooks import NOTEBOOK_RULES
from index.ingest.pitches import PITCH_RULES
from index.ingest.platform_lines import PLATFORM_RULES
from index.ingest.record_lines import RECORD_RULES
from index.ingest.show_notes import SHOW_NOTE_RULES

_I = re.IGNORECASE


def _rule(pattern: str, why: str, flags: int = 0) -> tuple[re.Pattern[str], str]:
    return re.compile(pattern, flags), why


_RULE_RUN = r"(?:-{3,}|={3,}|_{3,}|—{2,}|─{3,}|═{3,}|~{3,}|\*{3,})"  # a rule drawn in characters

# A line matching any of these is dropped wherever it stands, unless it is as long as a real paragraph
# (LINE_RULE_MAX_CHARS), so a sentence that mentions a copyright or a hotline is never lost.
LINE_RULE_MAX_CHARS = 160
LINE_RULES: list[tuple[re.Pattern[str], str]] = [
    _rule(
        r"^((您|你)(现在|当前|目前)?(所在)?的?|(现在|当前|目前|所在)的?)位置\s*[是为]?\s*[:：]",
        "breadcrumb navigation: 您现在的位置：, 您当前的位置：, 当前位置：",
    ),
    _rule(r"^(首页|网站首页|主页)\s*[>›»/|]", "breadcrumb navigation without a label"),
    _rule(r"^[【\[]?\s*字[号体]\s*[:：]", "font-size widget: 字号:[大][中][小]"),
    _rule(r"^[\w\-\u4e00-\u9fff]+\.(jpe?g|png|gif|bmp|webp|tiff?)$", "image file name left by a scraper", _I),
    _rule(r"^(tags?|标签|关键词|关键字|分类|所属分类)\s*[:：]", "tag and keyword lists", _I),
    _rule(r"^(上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页|前一篇|后一篇)\s*[:：]?", "previous/next links"),
    _rule(  # only where the counter ends the line or a run of widgets, so 共有3000人参与了活动 is kept
        r"\d+\s*人\s*(已|已经)?\s*(围观|阅读|浏览|看过|参与)(?=\s*($|[|丨·/【\[]))", "view counter: 9665人已围观"
    ),
    _rule(r"^(阅读|浏览|点击|访问)(量|数|次数)?\s*[:：]\s*\d+", "view counter: 阅读量:123"),
    _rule(r"已被(阅读|浏览|点击|查看)\s*\d+\s*次", "a post's view counter: (本文发表于…, 已被阅读178次)"),
    _rule(
        r"^(查看|回复|回帖|人气)\s*[:：]\s*\d+(\s*[|丨/]?\s*(查看|回复|回帖|人气)\s*[:：]\s*\d+)*$",
        "a thread's counters alone on their line: 查看: 3211 | 回复: 1",
    ),
    _rule(r"trackback", "a blog post's trackback address", _I),
    _rule(r"^[(（【\[]\s*完\s*[)）】\]]$", "a wire story's end mark alone on its line: （完）"),
    _rule(r"^[-—–=·•\s]*(the\s*)?end[-—–=·•\s]*$", "a post's end mark alone on its line: - THE END -", _I),
    _rule(r"^※\s*(发信站|来源|修改|编辑|转录|转载)\s*[:：]", "a bulletin board's station line: ※ 发信站: …"),
    _rule(r"^(saved|clipped|captured|archived) (from|with|on)\s", "a web clipper's note: Saved from https://…", _I),
    _rule(r"powered by\s+\S", "the site's software credit: Powered by Discuz!", _I),
    _rule(
        r"processed in\s*[\d.]+\s*s|gzip\s+(en|dis)abled|time now is\s*[:：]|^total\s*[\d.]+\s*\(s\)"
        r"|^(页面|网页)(执行|生成)时间\s*[:：]?\s*[\d.]+\s*秒",
        "a forum's page statistics: Processed in 0.031 second(s), 8 queries; Total 0.031(s) query 8, Gzip enabled",
        _I,
    ),
    _rule(r"^GMT\s*[+-]\s*\d{1,2}(:00)?\s*[,，]", "a forum's clock line: GMT+8, 2009-5-12 10:21"),
    _rule(
        r"(^|[|丨｜/·\s])(archiver|小黑屋)($|[|丨｜/·\s])",
        "a forum software's footer row: Archiver|手机版|小黑屋|江城社区",
        _I,
    ),
    _rule(
        r"^本帖最后由\s*\S+\s*于\s*.{6,24}\s*编辑$", "a forum post's edit notice: 本帖最后由 X 于 2020-4-2 09:02 编辑"
    ),
    _rule(
        rf"^{YEAR}\s*年\s*\d{{1,2}}\s*月\s*[(（]\d+[)）]$|^(january|february|march|april|may|june|july|august|"
        rf"september|october|november|december)\s+{YEAR}\s*([(（]\d+[)）])?$",
        "a blog's archive of months: 2005年06月(7), April 2006",
        _I,
    ),
    _rule(r"(copyright|all rights reserved|©|^[(（]c[)）]\s*(19|20)\d{2})", "copyright notice", _I),  # `(c) 2021 X`
    _rule(r"^(版权所有|版权声明|免责声明|本站声明)", "copyright and disclaimer lines"),
    _rule(
        r"^(本文|本站|文章|原文)?(的)?(版权|著作权)(归|属于?)[^，。]{1,30}(所有|共有)",
        "copyright owner notice: 本文版权归作者和博客园共有，欢迎转载…; 著作权归作者所有。",
    ),
    _rule(r"(ICP\s*[备证]|公网安备|网安备\s*\d)", "ICP licence and public-security filing numbers", _I),
    _rule(  # not in a sentence that gives one (`…可拨打举报电话12377反映。`: a story's advice ends with its stop)
        r"举报(电话|热线|邮箱)\s*[:：]?\s*[\d\-()（）]{5,}(?!.*[。！？!?]\s*$)", "report hotlines with their number"
    ),
    _rule(r"^(新闻|爆料|报料|读者)(热线|电话)\s*[:：]", "a newsroom's tip line: 新闻热线：0731-84123456"),
    _rule(
        r"^(商务合作|广告合作|广告投放|合作(微信|电话|QQ|邮箱)|客服(电话|微信|QQ)|投稿(微信|QQ|方式|热线|电话)?)"
        r"(请?(添加|加|联系)(微信|电话|QQ|邮箱|小编)?)?\s*[:：]",
        "an account's business contacts: 商务合作：…, 投稿微信：…, 商务合作请添加微信：…",
    ),
    _rule(r"^(本文|文章|原文|本页|页面)(链接|地址|网址)\s*[:：]", "the page's own address: 本文链接：http://…"),
    _rule(r"^[【\[]?(投稿|来稿|征稿)(须知|说明|要求|启事|指南)[】\]]?\s*[:：]", "a call for submissions: 投稿须知：…"),
    _rule(
        r"^(微信号|公众号|微信公众号|抖音号|视频号)\s*[:：]\s*\S{1,30}$", "an account's handle alone: 微信号：jcfb2020"
    ),
    _rule(r"(邮箱|e-?mail|电子邮件|投稿信箱)\s*[:：]?\s*[\w.+-]+@[\w-]+\.[\w.]+", "contact e-mail lines", _I),
    _rule(r"(互联网新闻信息服务|新闻信息采编发布服务)", "the site's own licence and self-description"),
    _rule(
        r"^(扫一扫|扫描二维码|微信扫一扫|长按识别二维码|打开微信|长按[并后]?(扫一扫|扫码|扫描|识别))",
        "QR-code prompts: 扫一扫, 长按扫一扫",
    ),
    _rule(
        rf"^{_RULE_RUN}\s*[^\s\-=_—─═~*]{{1,6}}\s*{_RULE_RUN}$",
        "a rule with its label inside: ------分隔线----------, ===== 正文结束 =====",
    ),
    _rule(r"^(【?纠错】?|【?打印】?|【?关闭】?|【?收藏】?)$", "page buttons in brackets"),
    _rule(r"^(未经(书面)?授权|转载请注明|欢迎转载|本文(系|为)?转载)", "reprint notices"),
    _rule(
        r"^[^，,。]{2,16}?(授权|许可)[^，,。]{0,12}?(发布|刊发|刊登|转载|使用)[，,；;\s]*(未经|未获)\S{0,4}(授权|许可)",
        "a wire's or a syndicator's grant and its ban in one line: 新华社授权X网发布，未经授权不得转载。",
    ),
    _rule(
        r"^(点击|戳)(上方|下方|标题下|蓝字)|关注我们$|^(点个?|点亮|分享[、，,]?点赞[、，,]?)在看",
        "WeChat follow and like prompts",
    ),
    _rule(r"^(阅读原文|原文链接|查看原文)\s*([:：>›»]|$)", "link to the original post"),
    _rule(r"(请|建议)(您)?(使用|用).{0,30}浏览器|分辨率.{0,12}(浏览|访问)|最佳(浏览|显示)效果", "browser advice"),
    _rule(
        r"(浏览器|设备|系统)\s*(暂)?不支持.{0,12}(播放|视频|音频|HTML5|Flash)|(升级|更新|更换)(您的)?浏览器|安装.{0,8}(Flash|播放器)",
        "a player's fallback text: 您的浏览器不支持视频播放，请升级浏览器或安装Flash插件",
        _I,
    ),
    _rule(
        r"(网站标识码|网站识别码)|^(主办|承办|协办)(单位)?\s*[:：].{0,60}(承办|协办|技术支持|维护|地址|电话)",
        "site owner footer",
    ),
    _rule(r"^(技术支持|网站维护|运行维护)\s*[:：]", "site maintainer footer"),
    _rule(r"^(地址|电话|邮编|传真)\s*[:：].{0,60}(电话|邮编|传真)\s*[:：]", "site contact footer: 地址:… 电话:…"),
    _rule(r"如有侵犯.{0,12}(权利|权益|版权|著作权).{0,12}(联系|删除)", "takedown notice: 如有侵犯您的权利请联系我们"),
    _rule(r"^(索引号|发布机构|发文机关|主题分类|组配分类|公开方式|公开范围)\s*[:：]", "filing fields of a notice"),
    _rule(
        r"^[-—–－]+\s*\d{1,4}\s*[-—–－]+$|^第\s*\d{1,4}\s*页(\s*[/，,]?\s*共\s*\d{1,4}\s*页)?$", "page number: — 1 —"
    ),
    _rule(
        rf"^抄\s*送\s*[:：]|{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*印\s*发$",
        "an official document's distribution lines (版记): 抄送：…, …2020年4月1日印发",
    ),
]

# A line matching one of these opens a block that runs to the end of the page (disclaimers, footers),
# provided it stands in the second half of the page, so a stray mention near the top removes nothing.
TAIL_BLOCK_RULES: list[tuple[re.Pattern[str], str]] = [
    _rule(r"(版权|免责)(与免责|和免责)?声明\s*[:：]?$", "disclaimer block heading: 版权与免责声明:"),
    _rule(r"^(网站地图|关于我们|联系我们)(\s*[|丨·]\s*\S+)+$", "site footer link row"),
]

# A short line made only of these words (after dropping bullets and separators) is a row of buttons.
BUTTON_WORDS: frozenset[str] = frozenset(
    [
        "分享",
        "分享到",
        "分享至",
        "分享让更多人看到",
        "一键分享",
        "评论",
        "关注",
        "点赞",
        "收藏",
        "转发",
        "打印",
        "关闭",
        "关闭窗口",
        "返回",
        "返回顶部",
        "返回首页",
        "返回列表",
        "纠错",
        "大",
        "中",
        "小",
        "微信",
        "微博",
        "朋友圈",
        "QQ空间",
        "QQ",
        "人人网",
        "豆瓣",
        "复制链接",
        "举报",
        "在看",
        "赞",
        "写评论",
        "发表评论",
        "查看评论",
        "我要评论",
        "手机看",
        "打印本页",
        "收藏本页",
        "TOP",
        "top",
        "字号",
        "默认",
        "更多",
        "阅读原文",
        "点赞在看",
        "一键三连",
    ]
)

# A line that opens a list of other articles' titles (alone, or with the first title after a colon). Such a
# list near the end runs to the end of the page; elsewhere the title-like lines after it go (index.ingest.cleaning).
LIST_MARKER = re.compile(
    r"^[\s【\[(（<《▍|■●◆▶▼#]*"
    r"(相关(新闻|阅读|文章|链接|推荐|报道|专题)|推荐(阅读|文章)|延伸阅读|扩展阅读|往期(推荐|回顾|精选|精彩)"
    r"|热门(新闻|文章|推荐|资讯|排行|标签|话题|专题|视频|图片)|热点(新闻|推荐)|精彩推荐|猜你喜欢|更多(新闻|阅读|精彩)"
    r"|最新(新闻|文章|资讯)|(编辑|小编|为您|为你)推荐|大家都在(看|读|搜)"
    r"|(作者|该作者|本站|本号)(最新|更多|其他)(文章|作品|发布)|(一周|本周|24小时)(热点|热闻|热门)"
    r"|(点击|阅读|浏览|评论|新闻|文章)排行榜?|本版(其他|更多)?(新闻|文章|标题)|(Ta|TA|他|她)的(文章|作品)"
    r"|作者(最近|最新)(更新|文章))"
    r"[\s】\])）>》]*([:：].*)?$"
)

# Separators allowed between button words on one line.
BUTTON_SEPARATORS = re.compile(r"[\s\-•·*|丨/【】〖〗［］\[\]()（）:：>+＋↓↑▼▲]+")

LINE_RULES += PLATFORM_RULES  # a platform's lines inside the text block (index.ingest.platform_lines)
LINE_RULES += SHOW_NOTE_RULES  # an episode's show notes (index.ingest.show_notes)
LINE_RULES += ISSUE_RULES  # a bulletin's distribution lines (index.ingest.issue_pages)
LINE_RULES += RECORD_RULES  # a clip's source address (index.ingest.record_lines)
LINE_RULES += PITCH_RULES  # a pitch to subscribe, share or listen (index.ingest.pitches)
LINE_RULES += NOTEBOOK_RULES  # a notebook cell's prompt (index.ingest.notebooks)
