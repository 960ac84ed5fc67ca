"""Chinese bylines without labels: `本报记者 王燕平 方云凤`, `记者 张三 通讯员 李四`, `文/王帅`, `（记者 格桑边觉）`,
`新华网黑龙江频道 记者 伊琳 李清芬`, and a forum's or blog's poster (`ggjjzhzz 发表于 2005-9-15 11:46`).

Roles are kept apart: reporters, correspondents, interns and writers are the article's writers; photographers
(`/摄`, `摄影`) are not, and editors are read from their labels (index.ingest.extract). After a role word a name
need not start with a common surname (`记者 格桑边觉`); a line with no role word is a byline only when each of
its words is a surname-led name, and only where a byline stands (the caller decides). Where no role word
vouches for a word (a source's value, a pen name after an editor's label), it is a person only when it is written
with the characters given names are (index.text.lexicon.GIVEN_NAME_CHARS, from the corpus's bylines).
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import ANY_YEAR, ANY_YMD, MONTH_DAY, TIME, YEAR, YMD_DASH, YMD_ISO, YMD_TIGHT
from index.ingest.underscore_handles import is_system_id, whole_handle
from index.text.cjk import CJK
from index.text.lexicon import COLUMN_NAMES, GIVEN_NAME_CHARS, SURNAMES
from index.text.normalize import to_simplified
from index.text.regions import canonical_city, canonical_province

_HAN = f"[{CJK}]"
# who report: a special correspondent (`星岛日报特派员 X`, Hong Kong's and Taiwan's papers) is a reporter
_REPORTER = "记者|通讯员|实习生|特派员"
_ROLE = re.compile(
    r"(?:本报|本刊|本台|本网|本社)?(?:特约|实习|见习|首席|驻" + _HAN + r"{1,4})?"
    rf"(?:{_REPORTER}|撰稿人?|撰文|作者|主笔|评论员|文字|文稿(?!来源)|文|图文|文图)"  # (`文稿来源丨X`: a source)
)
# an editor's, a reviewer's or a producer's role, an outlet's before it (`界面新闻编辑`, `初审/X`, `一审：X`,
# `监制：X`): who follow are no writers
_EDITOR_WORD = re.compile(
    rf"(?:{_HAN}|[·•\-－]){{0,10}}?(?:责任编辑|编辑|责编|审核|[初复终一二三]审|审校|校对|监制|签发|主播|朗读|诵读|配音|播音|出品|剪辑|排版)"
)
# the byline's other credits, no names: `陈俊安译` (the translator, no writer), `贾明娅/文图` (the writer's mark)
_CREDIT_WORD = re.compile(r"(?:供图|摄影?|报[道导]|整理|编?译|制图)$|^(?:文图|图文)$")
# a photographer's role (`摄影记者 王效`, `图/司马云`): the names after it took the pictures
_PHOTO_ROLE = re.compile(rf"(?:{_HAN}|[·•\-－]){{0,12}}?(?:摄影记者|摄影|摄像|图片)$|^图$")
# 信报记者, 新华社记者, 中国青年报·中青在线记者, 南方周末实习生: an outlet's reporter
_OUTLET_ROLE = re.compile(rf"(?:{_HAN}|[·•\-－+＋《》]){{1,12}}?(?:{_REPORTER})")  # 南方+记者, 《财经》记者
# `报道：X` (Malaysia's papers), `采写：X`; not `采访 | X` (a student paper's interviewers, apart from its `撰稿 | Y`)
_REPORTED_BY = re.compile(r"^(?:报[道导]|采写)\s*[:：/／|丨]\s*(?=\S)")
_WRITER_MARK = re.compile(r"^(?:文/图|图/文)\s*|^(?:文|图文|文图|撰文)\s*[/／|丨]\s*")  # `文/图 X` wrote and took both
# a role word and the separator after it (`记者 | 刘敏`, `撰文：安东尼`, `图/司马云`): the role, then its names
_ROLE_SEPARATOR = re.compile(
    r"(?:^|(?<=[\s、,，;；]))(文/图|图/文|图文|文图|文字|文稿|文|图片|图|摄影|记者|通讯员|实习生|特派员|作者|主笔|撰文|撰稿|编辑|责任编辑|责编)"
    r"\s*[/／:：|｜丨]\s*"
)
_LEAD_MARK = re.compile(r"^[□■◆●▲◇○]\s*")  # `■ 文/季羡林`: a mark before a byline
# a day (and time) a byline line carries at its start or end: `[2005-01-14] 姚峰 上海报道`, `记者 X 2021-05-10 09:12`
_DAY_TIME = rf"[\[【(（]?{ANY_YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:\s*{TIME})?[\]】)）]?"
# (glued to a role after it too: `2016/02/13 12:39记者X／台北报导`; and a day with its time glued to an outlet's
# name, as a page shows its time's and its byline's spans side by side: `2022-10-12 14:20联合报 | X 综合报导`)
_DAY_CLOCK = rf"{YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?\s*{TIME}"
_LINE_DAY = re.compile(
    rf"^{_DAY_TIME}(?=(?:本报|特约|实习|见习|首席)?(?:记者|通讯员|作者|撰文))|^{_DAY_CLOCK}(?={_HAN})"
    rf"|^{_DAY_TIME}\s+|\s+{_DAY_TIME}$"
)
_JOINING = re.compile(r"\s+(?:和|及|与)\s+")  # `记者 张三 和 李四`
# `张三/文`: the writer mark after the names
_WRITER_AFTER = re.compile(rf"^({_HAN}{{2,4}}(?:[、\s]+{_HAN}{{2,4}})*)\s*[/／]\s*文$")
_OUTLET = re.compile(rf"^{_HAN}{{2,12}}?(?:网|报|社|台|频道|杂志|周刊|客户端|新闻|财经)$")  # 日本经济新闻, 乐居财经
# an outlet's other name in brackets after it: `日本经济新闻（中文版：日经中文网）X 东京报道`
_OUTLET_ALIAS = re.compile(r"(?<=[网报社台闻刊志])[(（][^()（）]{2,20}[)）]")
_PHOTO = re.compile(r"摄影?$|^摄影|/摄")
_STAMP_DAY = rf"{YMD_ISO}(?:\s+{TIME})?"
# a post's counter as its link shows it: `评论(12)`
_COUNTER_LINK = r"(?:阅读|浏览|点击|评论|回复)\s*[(（]\s*\d+\s*[)）]"
_POSTER = re.compile(
    # `楼主 行者无疆 发表于 …`, `楼主 | X | 发表于 …`: the thread's first floor, then its poster
    r"^(?:[\[【]?楼主[\]】]?\s*[|｜]?\s*)?"
    r"([^\s:：|｜]{2,20})\s*[|｜]?(?:\s+(?:楼主|沙发|\d{1,4}楼))?\s+(?:发表于|发布于|发表时间|发帖时间|于)\s*[:：]?\s*"
    rf"{ANY_YEAR}[-/年.]"
    # `【楼主】 竹林七闲 2007-06-08 …`, `楼主 西湖边的小鱼 2012-05-12 …` (not `楼主 发表于 …`: a floor, no one)
    rf"|^(?:#\d{{1,4}}\s+)?(?:[\[【]楼主[\]】]|楼主\s)\s*(?!发表|发布|回复)([^\s:：|｜]{{2,20}})\s+{YEAR}[-/年.]"
    r"|^(?:发帖人|发贴人|发表人|楼主|发信人|博主|贴主|发表者|发布者|留言人|主题作者)\s*[:：]\s*([^\s:：]{2,20})"
    r"|^(?:UP主|up主|博主)\s+([^\s:：]{2,20})$"  # a video site's column: `UP主 X` over the post
    # a bulletin board's header: the user's id, then a nickname in brackets (`作者 skyblue88 (蓝天) 看板 …`)
    r"|^(?:作者|发信人)\s*[:：]?\s*([A-Za-z][\w.\-]{1,19})\s*[(（][^()（）]{0,20}[)）]"
    # a group post's `来自: X 2016-04-08 …`, the poster's signature in brackets beside the name (`来自: X(签名)`)
    rf"|^来自\s*[:：]\s*([^\s:：()（）]{{2,20}})(?:\s*[(（][^()（）]{{0,30}}[)）])?\s*{YMD_DASH}"
    r"|^(?:[Pp]osted|[Ww]ritten) by\s+([^\s:：]{2,20})"
    # a theme's entry meta without the verb: `By 林远 · March 2, 2018 · 3 Comments` (one word: an English
    # sentence's `By the end of …` is no byline)
    r"|^[Bb]y\s+([^\s:：·•|｜,，—–]{2,20})\s*(?:[·•|｜,，—–]|$)"
    # or its day right after the name (`By 梁文静 14/10/2019`, `By Kevin 2022-07-05`)
    r"|^[Bb]y\s+([^\s:：·•|｜,，]{2,20})\s+(?=\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4})"
    # a board's or a CMS's post header: `由 林志明 發佈於 2020-04-02`, `由 X 发表于 …` (not `由 X 回覆於`: a reply), a
    # zh-TW WordPress theme's day spaced (`由 阿德 發表於 2020 年 11 月 2 日`)
    r"|^由\s*([^\s:：|｜]{2,20}?)\s*(?:發佈|发布|發表|发表|張貼|张贴)(?:於|于)?\s*[:：]?\s*(?:19|20)?\d{2}\s*[-/年.]"
    # Blogger's post footer in Chinese: `发表者 X 于 下午3:21 0 评论` (its `Posted by X at 9:40 PM`)
    r"|^(?:发表者|发布者|发帖者)\s+([^\s:：]{2,20})\s+于\s*(?:[上下]午|凌晨|晚上|中午)?\s*\d{1,2}[:：]\d{2}"
    r"|^@([^\s@:：]{2,30})$"  # a microblog's account over its post
    # a .Text blog's post footer: `posted @ 2020-04-01 10:26 X`, `posted on 2009-08-21 14:05 X 阅读(1312) 评论(3)`
    # (the name glued to the counter's link after it, `北窗阅读(918)`, without the counter)
    # (not a theme's `Posted on 2019-07-14 by X`, whose `by` is no one: read below)
    rf"|^[Pp]osted (?:@|on) ?{_STAMP_DAY}\s+(?![Bb]y\s)([^\s:：]{{2,20}}?)(?=\s|$|{_COUNTER_LINK})"
    r"|^([^\s:：|｜\[\]【】]{2,20})\s*[\[【(（]楼主[\]】)）]$"  # the poster's cell on an old board: `赣江渔夫 [楼主]`
    # or its mark and the post's day after it, as a phone's page shows a post's spans (`蓝天_白云_77 楼主2022-04-18
    # 07:55`, `X [楼主] 2022-04-18`): the first floor's, never a reply's (`2楼`)
    rf"|^([^\s:：|｜\[\]【】]{{2,20}})\s*[\[【(（]?楼主[\]】)）]?\s*{YEAR}[-/年.]"
    # phpBB's post line: `by X » Tue Mar 05, 2019 4:30 pm`, `由 X » 2021年 1月 17日` (the name, then the day)
    r"|^(?:[Bb]y|由)\s+([^\s:：»]{2,20})\s*»\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\d)"
    r"|^[Pp]osted on\s.{6,30}?\sby\s+([^\s:：]{2,20})$"
    # the name glued to the post's time, as spans are shown without a space: `风吹麦浪发表于 2016-8-3 09:12`
    rf"|^([^\s:：|｜]{{2,20}}?)(?:发表于|发布于)\s*{ANY_YMD}"
    # a self-media account's line: `老周说事 · 2021-05-12 发布于北京`
    rf"|^([^\s·•]{{2,20}})\s*[·•]\s*{YMD_DASH}(?:\s+\d{{1,2}}:\d{{2}})?\s*发布于[\u3400-\u9fff]{{1,8}}$"
    # a writing platform's or a forum's header: the handle, the day, and the post's counters, or the handle and a
    # dot before a day alone (`王小川 2021-05-12 10:15 阅读 1234`, `X · 2021-03-04 10:20:33 +08:00 · 1234 次点击`,
    # `夏日晚风 · 2021-03-04`, `何一帆 · 2020-04-01 10:21`): a reader's comment carries no counters, an outlet and
    # an account are no one
    rf"|^([^\s·•:：|｜]{{2,12}})\s*[·•]?\s*{YMD_ISO}(?:\s+{TIME})?"
    r"(?:\s*\+\d{2}:?\d{2})?\s*[·•]?\s*(?:阅读|浏览|点击|人气)\s*[(（:：]?\s*\d+"
    rf"|^([^\s·•:：|｜]{{2,12}})\s*[·•]?\s*{YMD_ISO}(?:\s+{TIME})?"
    r"(?:\s*\+\d{2}:?\d{2})?\s*[·•]\s*\d+\s*次?(?:点击|阅读|浏览)"
    rf"|^([^\s·•:：|｜]{{2,12}})\s*[·•]\s*{YMD_ISO}(?:\s+{TIME})?$"
    # a blog's stamp with the poster's name before its counters' links, glued to them as the page's spans show
    # (`2010-05-03 21:14 林小溪评论(12) 阅读(340)`), or the name, the counters and the day (`梅子黄时 阅读(340) 评论(5)
    # 2009-07-12 16:40`)
    rf"|^{_STAMP_DAY}\s*[|｜]?\s*([^\s·•:：|｜\d]{{2,12}}?)\s*{_COUNTER_LINK}"
    rf"|^([^\s·•:：|｜\d]{{2,12}}?)\s*{_COUNTER_LINK}(?:\s*[|｜]?\s*{_COUNTER_LINK})*\s*[|｜]?\s*{_STAMP_DAY}"
)


def is_photo_credit(text: str) -> bool:
    """A photographer's credit (`梁志航 摄`, `摄影 王效`, `记者 X/摄`), in brackets or not: who took the pictures,
    no writer (a caption's `（梁志航 摄）` was the one wrong writer of writers7's 80 labelled corpus articles)."""
    return bool(_PHOTO.search(text.strip().strip(_BRACKETS).strip()))


_SENTENCE = re.compile(r"[，。！？；]")
# where the reporter files from, which credits the names before it: `记者罗科苏盈发自北京`, `（姚峰 上海报道）`, and
# as Taiwan's papers write it after a slash (`记者王扬宇／台北报导`, `记者郑国梁／即时报导`)
_REPORTING = re.compile(
    rf"(?:\s+{_HAN}{{0,6}}报[道导]|发自\s*{_HAN}{{2,8}}|(?<=\S)(?:综合)?报[道导]|\s*[/／]\s*{_HAN}{{0,8}}报[道导])$"
)  # (`陈嘉欣 / 摄影 黄志强 报导`: Hong Kong's and Taiwan's 報導 too, glued to the name: `李欣怡綜合報導`)
_FILED = re.compile(rf"发自\s*{_HAN}{{2,8}}$")  # `梦晨 发自 凹非寺`: who files is a reporter, a pen name too
_BRACKETS = "()（）[]【】〔〕"
# `（记者 X）`, `【文/观察者网 X】`, `【环球网报道 记者 X】`: the outlet's report mark before the role aside
_LEAD_CREDIT = re.compile(
    rf"[(（【\[〔]\s*(?:{_HAN}{{2,10}}?(?:报道|讯)\s*|(?:{_HAN}|[·•]){{1,12}}?(?:社|网|台|报))?"  # 中青报·中青网记者
    r"((?:本报|特约|实习|见习|首席)?(?:记者|通讯员|文\s*[/／])[^()（）【】\[\]〔〕]{2,40})[)）】\]〕]"
)
# a lead that opens with its reporters, apart from the text by a space: `记者罗科苏盈发自广州 广州地铁…`,
# `南都讯 记者陈伟斌 通讯员穗城宣 广州市…`
_LEAD_ROLE = r"(?:本报|特约|实习|见习|首席)?(?:记者|通讯员|特派员)"
_LEAD_FILED = re.compile(
    rf"^(?:{_HAN}{{1,8}}?讯\s*)?((?:{_LEAD_ROLE}\s*{_HAN}{{2,4}}(?:[、\s]{_HAN}{{2,4}})*\s*)+(?:发自{_HAN}{{2,8}})?)(?<=\S)"
    r"(?:\s|(?=[“「]))"  # (or a quote opening the text: `本报记者　程黎莉“南环大街的人行道…`)
)


_TRANSCRIBED = re.compile(rf"{_HAN}{{1,6}}[·•・]{_HAN}{{1,8}}")  # 买买提·依明: a name written from another language


# A name's characters: a rare one's simplified form can lie beyond the BMP (頔 -> 𬱖 U+2CC56), where index.text.cjk
# does not look.
_NAME_CHARS = re.compile(f"[{CJK}\U00020000-\U0003134f]+")
# a unit of an organisation after a role (`作者：学生处 李楠`, `编辑：宣传科`), or one that posts (`发布者：图书馆`):
# no person, as an outlet is none (馆 院 所 站 队 校 厂 end no given name of the 2,004 the corpus credits)
_UNIT = re.compile(rf"{_HAN}{{1,6}}(?:处|科|室|部|局|办|厅|委|组|中心|学院|系|馆|院|所|站|队|校|厂)")


# an organisation's account (政务微博, 公众号, 头条号): a place's or a body's name and what the body does (`江城发布`,
# `江城网信`, `江城检察`), or a campaign's word before the place (`平安江城`, `网信江城`): no person's handle
_ACCOUNT = re.compile(
    rf"^(?:平安|网信|共青团|文明|清风|法治|廉洁){_HAN}{{2,6}}$"
    rf"|^{_HAN}{{2,8}}(?:发布|网信|检察|法院|公安|警方|交警|消防|应急|文旅|卫健|政务|融媒|之声|微报|团委|妇联|市监|税务"
    r"|人社|气象|城管|党建|组工|纪检|监察|政法|司法|普法)$"
)


# a wire's or a picture agency's credit (`汤森路透` for 湯森路透, `路透社`, `法新社`, `新华社发`, `视觉中国供图`), as
# captions and photo credits give it where a byline stands: an agency, no person (`汤森路透` is surname-led: 汤)
_WIRE = re.compile(
    r"^(?:(?:汤森)?路透(?:社)?|美联社|法新社|彭博(?:社)?|共同社|韩联社|塔斯社|德新社|安莎社|埃菲社|欧新社|中新社|新华社"
    rf"|中央社|中通社|视觉中国|东方IC|盖[帝蒂](?:图片)?|{_HAN}{{2,6}}社)(?:发|供图|供稿|稿|图|摄)?$"
)


def is_wire(word: str) -> bool:
    """A wire's or a picture agency's credit (`汤森路透`, `法新社`, `新华社发`; read simplified, as the text is): an
    agency, never a person."""
    return bool(_WIRE.fullmatch(word.strip()))


# a site's staff named by their job, not by name (`小编`, `文库小编`, `编辑部`): no writer
_STAFF = re.compile(r"(?:小编|编辑部|编辑组)$")


def is_staff(word: str) -> bool:
    """A site's staff named by the job (`小编`, `文库小编`, `编辑部`), never a person's name."""
    return bool(_STAFF.search(word.strip()))


def is_outlet(word: str) -> bool:
    """A news outlet's or a channel's name (`江城晚报`, `乐居财经`, `新华网`): no person's, though an account of that
    name can post."""
    return bool(_OUTLET.match(word))


def is_account(word: str) -> bool:
    """An organisation's social-media account (`江城发布`, `平安江城`), which writes as a body, not a person: its
    post's header is a poster line (`poster`, `is_handle`) that names no writer."""
    return bool(_ACCOUNT.fullmatch(word.removeprefix("@")))


# a professional or an official title or a degree (`主任医师`, `教授`, `局长`, `法学博士`), which follows or stands
# for a name and is none: `作者：王建国 主任医师`, `编辑：局长`
_TITLE = re.compile(
    rf"{_HAN}{{0,4}}(?:医师|医生|护士长|教授|研究员|讲师|律师|工程师|会计师|经济师|编审|主任|院长|校长|局长|处长|科长|"
    r"所长|站长|馆长|部长|厅长|书记|主席|经理|总监|董事长|总裁|博士|硕士|博士生|研究生)"
)


def is_title(word: str) -> bool:
    """A professional or official title (`主任医师`, `副教授`, `局长`), never a person's name."""
    return bool(_TITLE.fullmatch(word))


def is_unit(word: str) -> bool:
    """An organisation's unit or desk (`宣传科`, `政治部`, `院办`, `党委宣传部`), which is no person; not a name of
    two characters written as names are (`刘科`, a reporter credited beside others, was dropped as a unit)."""
    return bool(_UNIT.fullmatch(word)) and not (len(word) == 2 and looks_like_name(word))


# the words of a page's controls (a follow button beside an account, `+关注`; a post's actions) and its marks
# (`原创`), which stand where bylines do and are never names: `关注` is surname-led (关) and was read as the writer
# under a 百家号 headline
INTERFACE_WORDS = frozenset(
    "关注 加关注 已关注 取消关注 订阅 已订阅 分享 收藏 举报 点赞 登录 注册 回复 评论 转发 私信 打赏 原创 "
    # a publication line's links after the byline (`作者：X　我要评论　打印　关闭` gave 我要评论, 打印, 关闭 as writers)
    "我要评论 发表评论 查看评论 打印 打印本页 打印此文 关闭 关闭窗口 纠错 我要纠错 返回顶部 推荐给朋友 复制链接 "
    # an outlet's call for tips and copy beside the byline (`记者 X 我要报料` gave 我要报料 as a writer)
    "我要报料 报料 我要爆料 爆料 我要投稿 投稿 "
    "楼主 沙发 板凳 地板 "  # a post's place in its thread (`楼主` is surname-led: 楼)
    # a link to the writer's profile beside the name (`作者：X 【作者简介】` gave 简介 as a second writer)
    "作者简介 简介 个人简介 作者介绍 作者专栏 进入专栏 更多文章 "
    # a poster's card's labels, which a card can show where its name stands (`积分` / `1203` above `海棠依旧`)
    "积分 帖子 主题 精华 威望 金钱 经验 等级 级别 头衔 用户组 发帖 回帖 注册时间 在线时间 最后登录 UID 听众 收听 "
    "好友 "
    # a thread's controls beside its poster (`电梯直达`, `只看该作者`) and a Q&A page's label over its answerer
    "电梯直达 只看该作者 只看楼主 倒序浏览 阅读模式 打印本页 满意答案 最佳答案 推荐答案 采纳答案".split()
)


# a page's section or column, which a publication line shows before the writer's name (`国际 董明哲 2019-08-02`,
# `财经 | 严晓东`): no one's name, though 国, 严, 时 are surnames
SECTION_WORDS = frozenset(
    "国内 国际 财经 社会 要闻 时政 体育 娱乐 科技 军事 文化 教育 健康 汽车 房产 本地 民生 法治 经济 综合 评论 观点 "
    "旅游 时尚 生活 图片 视频 专题 热点 滚动 快讯 独家 深度".split()
)


_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]")  # `2021年12月5日 週日 上午08:32`: 周 is a surname
# the outlet naming itself (`本报讯`, `本台`, `本网记者`): a credit's flash mark or prefix after the names
# (`通讯员胡一帆 本报讯 近日…`), never a name (本 leads no surname)
_OWN_OUTLET = re.compile(r"^本(?:报|刊|台|网|社|站)")


def is_section_word(word: str) -> bool:
    """A page's section or column (`国际`, `财经`, `要闻`), which stands before a byline's names and is none."""
    return word in SECTION_WORDS


def is_interface_word(word: str) -> bool:
    """A control's or a mark's word (`关注`, `+关注`, `订阅`, `举报`, `原创`, `楼主`), which is no one's name."""
    return word.strip().lstrip("+＋").strip() in INTERFACE_WORDS


def is_name(word: str, after_role: bool) -> bool:
    """2-4 Chinese characters, surname-led unless a role word stands before them, or after one a name
    transcribed with a middle dot (`买买提·依明`); never an outlet nor a role noun (`来信人`, `发言人`) nor a
    control's word (`关注`)."""
    if after_role and _TRANSCRIBED.fullmatch(word):
        return True
    if (
        not (2 <= len(word) <= 4 and _NAME_CHARS.fullmatch(word))
        or word[-1] in "网社台报人者员"
        or is_wire(word)
        or is_staff(word)
        or word in COLUMN_NAMES
        or is_interface_word(word)
        or is_section_word(word)
        or _WEEKDAY.fullmatch(word)
        or _OWN_OUTLET.match(word)
    ):
        return False
    return after_role or word[0] in SURNAMES or word[:2] in SURNAMES


def looks_like_name(word: str) -> bool:
    """A surname-led name (`is_name`) whose other characters are ones given names are written with
    (GIVEN_NAME_CHARS): for a word no role word vouches for, `尹娟` and `王卓` but not `商讯` nor `海外版`."""
    surname = 2 if len(word) > 2 and word[:2] in SURNAMES else 1
    return is_name(word, after_role=False) and all(ch in GIVEN_NAME_CHARS for ch in word[surname:])


def glued_names(word: str) -> list[str]:
    """The names of a writers' list a scraper ran together (`作者:陆增安赵慧玲吴承霖`), when the word splits into
    two or more names of two or three characters (`looks_like_name`) in one way only; [] otherwise."""
    if not 4 <= len(word) <= 12 or not _NAME_CHARS.fullmatch(word):
        return []
    ways: dict[int, list[list[str]]] = {0: [[]]}
    for end in range(2, len(word) + 1):
        ways[end] = [
            [*before, word[end - size : end]]
            for size in (2, 3)
            if end - size in ways and looks_like_name(word[end - size : end])
            for before in ways[end - size]
        ][:2]
    found = ways.get(len(word), [])
    return found[0] if len(found) == 1 and len(found[0]) >= 2 else []


def looks_like_pen_name(word: str) -> bool:
    """Two or three characters that given names are written with (`小雨`, `丹丹`), or a familiar name (`小白`,
    `阿七`), which a label vouches for as a person's pen name; not a desk's, a column's word or a title (`编辑部`,
    `法治时间`, `综合`, `局长`): of the 57 editors the corpus labels with no surname first, the characters keep 19
    such names and none of its desks or accounts."""
    if is_unit(word) or is_title(word):
        return False
    return (2 <= len(word) <= 3 and all(ch in GIVEN_NAME_CHARS for ch in word)) or bool(_NICKNAME.fullmatch(word))


# `小白`, `阿七`: a familiar name (小 or 阿 and one character), as editors sign (the corpus has 8); `小编` is the word
# for an editor, no name
_NICKNAME = re.compile(rf"[小阿](?!编){_HAN}")


def opens_wechat_post(line: str) -> bool:
    """A WeChat post's header (`原创 X 账号 2021-05-12`), a publication line whether or not it names a writer."""
    return bool(_WECHAT.match(line))


def names_a_role(text: str) -> bool:
    """Text that holds a writer's role word (`记者`, `作者`, `文/`): a byline may stand in it."""
    return bool(_BYLINE_HINT.search(text))


def writers(line: str, names_only: bool = False) -> list[str]:
    """The writers a byline line names, or [] when the line is not a byline. With `names_only`, a line of
    surname-led names alone (`刘国栋 周炜`) is one. A publication line's fields stand apart by wide spaces or
    brackets, bylines among them (`2005年09月07日 10:12　【DoNews IT社区】　文/ 刘韧`, `…如是说。  本报通讯员
    汤小东  本报记者 晏培娟`): then the fields that are bylines with a role word give them."""
    found = _writers(line, names_only)
    if not found and (latin := _LATIN_BYLINE.match(" ".join(line.replace("\u3000", "  ").split(" ")).strip())):
        # `作者：Sean Liu  2020-09-16`: a columnist who signs in Latin letters (`By China Daily`: a desk, no one)
        return [] if _LATIN_DESK.search(latin.group(1)) else [latin.group(1)]
    if wechat := _WECHAT.match(line) or _WECHAT_BARE.match(line.strip()):  # `原创 李晓 城市观察 2021-05-12`
        who = wechat.group(1)  # writer, account, day; a team or desk (`晚点团队`) writes as the account does
        return [who] if who != wechat.group(2) and not (_OUTLET.match(who) or is_unit(who) or is_account(who)) else []
    both = _WRITER_ACCOUNT.match(line.strip())
    if both and both.group(3) and both.group(2).startswith(f"{both.group(1)}的"):
        return [both.group(1)]  # `老K 老K的杂货铺 2020-07-21 10:00`: the writer, the account named for them, the day
    if (dated := _DAY_SITE_NAME.match(line.strip())) and looks_like_name(dated.group(2)):
        return [] if looks_like_name(dated.group(1)) else [dated.group(2)]  # `2004-05-12 10:21  江淮热线  孟庆华`
    if both and looks_like_name(both.group(1)):
        account = both.group(2)  # `王晓军 平安江城 2019-01-08`: a WeChat post's writer, then the account it is on
        dated = both.group(3) and is_handle(account)  # (without its day only an organisation's account)
        if not looks_like_name(account) and (is_account(account) or dated):
            return [both.group(1)]
    if glued := _ORIGINAL_GLUED.match(line.strip()):  # `原创暖心的小李2021-05-28 09:46·江苏`
        who = glued.group(1)
        return [] if _OUTLET.match(who) or is_unit(who) or is_account(who) or is_interface_word(who) else [who]
    # after the day, outside a source's name (`来源：澎湃新闻·澎湃号·政务` names a channel, no account)
    platform = _PLATFORM.search(line)
    before = line[: platform.start()] if platform else ""
    platform = platform if _YEAR.search(before) and "来源" not in before else None
    if platform and _CHANNEL.fullmatch(platform.group(1)):  # `… 澎湃号·政务`: the platform's channel, no one
        return found
    if credit := _REPOST.match(line.strip()) or platform:
        return [] if _OUTLET.match(credit.group(1)) or is_unit(credit.group(1)) else [credit.group(1)]
    if found or names_only or not _BYLINE_HINT.search(line):  # a paragraph's many spaces cost a split
        return found
    fields = [part for part in _FIELD_GAP.split(line.strip()) if part.strip()]
    if (opening := _OPENING_CREDIT.match(line)) and len(re.findall(_HAN, line[opening.end() :])) > 12:
        return found  # `〔记者X／江城报导〕【地评线】南方网评：为…`: a lead opening with its credit
    for part in fields:
        found += [name for name in _writers(part, False) if name not in found]
    return found


_OPENING_CREDIT = re.compile(
    r"^\s*[〔(（【\[][^〔〕()（）【】\[\]]{2,40}[〕)）】\]](?=\S)"
)  # `〔记者X／台北报导〕`+text
_BYLINE_HINT = re.compile(rf"{_REPORTER}|作者|撰稿|撰文|文[字稿]?\s*[/／|丨:：]")
# between a publication line's fields: wide spaces, brackets, bars (`发表于… | 来源CSDN | 作者魏星`)
# (and a bracketed field's end before a space: `《北江日报》（2020年05月18日 第 06 版） 本报记者 X Y`)
# (and a dot set apart by spaces, as a theme's entry meta joins its items: `作者 林间鹿 · 2019年3月9日 · 读书`; not
# a transcribed name's, 买买提·依明)
_FIELD_GAP = re.compile(r"\u3000|\s{2,}|(?<=[】\]])\s*|(?<=[)）])\s+|\s*(?=[【\[])|\s*[|｜]\s*|\s+[·•]\s+")
# a WeChat post's header: `原创`, the writer, the account, the day (an account that writes itself names no writer)
_WECHAT = re.compile(  # also a blog's `原创 X 最后发布于2019-09-07`, and a save's `原创：X 某号 2021-03-22`
    rf"^原创(?:\s*[:：]\s*|\s+)([^\s:：]{{2,12}})\s+(?:([^\s:：]{{2,20}})\s+)?(?:最后发布于|发布于|于)?\s*"
    rf"{YEAR}[-年]\d{{1,2}}[-月]\d{{1,2}}"
)


# a self-media post's header naming one account before the day: `原创 文明申城 2020-06-18 17:05 来自：上海`
_ACCOUNT_POST = re.compile(rf"^原创\s*([^\s:：\d·•|｜]{{2,20}}?)\s*{YMD_TIGHT}")
# a platform's account card: the account, the day, the platform and its channel (`西山市场监管 2019-09-19 22:04
# 澎湃号·政务`, shown glued or apart)
_PLATFORM_NAMES = "百家号|头条号|企鹅号|网易号|搜狐号|大风号|一点号|澎湃号|人民号|南方号|川观号|新浪看点"
_ACCOUNT_CARD = re.compile(
    rf"^([^\s:：\d·•|｜]{{2,20}}?)\s*{YMD_TIGHT}日?(?:\s*{TIME})?\s*"
    rf"(?:{_PLATFORM_NAMES})(?:\s*[·•|｜]\s*{_HAN}{{1,4}})?$"
)
# a platform's channel after its name (`澎湃号·政务`, `澎湃号·湃客`): no account's name
_CHANNEL = re.compile(r"政务|媒体|湃客|问政|号外|机构|个人")


def posting_account(line: str) -> str | None:
    """The account a self-media post's header names alone before the day (`原创 文明申城 2020-06-18 17:05`, or
    shown without spaces, `原创青年说2020-11-01 13:47`), or a platform's card names before the day and the
    platform (`西山市场监管2019-09-19 22:04澎湃号·政务`): the
    post's writer where the post names no other (an organisation's account too: it writes as the body it is),
    never beside a byline (`原创 城市观察 2021-11-02` over `作者｜邱帆 沈一波` took 城市观察 as a third writer). An
    outlet's header (`原创 三湘都市报 2018-05-14`) names none."""
    match = _ACCOUNT_POST.match(line.strip()) or _ACCOUNT_CARD.match(line.strip())
    who = match.group(1) if match else None
    return who if who and not _OUTLET.match(who) and not is_interface_word(who) else None


# an old portal's info line without labels: the day and time, the site, the writer, apart by wide gaps
# (`2004年07月16日08:19  江淮热线  孟庆华`)
_DAY_SITE_NAME = re.compile(
    rf"^{YMD_TIGHT}日?\s*{TIME}(?:\s{{2,}}|\u3000+)"
    r"([^\s:：\d]{2,12})(?:\s{2,}|\u3000+)([^\s:：\d]{2,4})$"
)
# a WeChat post's meta line without `原创`: the writer, the account, the day
_WRITER_ACCOUNT = re.compile(rf"^([^\s:：]{{2,4}})\s+([^\s:：\d]{{2,20}})(\s+{YMD_TIGHT}日?(?:\s+{TIME})?)?$")
# a self-media post's header whose spans the page shows without spaces: `原创`, the account, the day
_ORIGINAL_GLUED = re.compile(rf"^原创([^\s:：\d·•|｜]{{2,12}}?){YMD_TIGHT}")
_WECHAT_BARE = re.compile(r"^原创\s+([^\s:：]{2,12})\s+([^\s:：]{2,20})$")  # `原创 周末君 周末画报`, no day
# a post reprinted from an account, its writer named after it: `以下文章来源于夜读江城，作者林默`,
# `本文来自网易号作者：X`, `本文来自微信公众号：城市数据团（ID：DataCity），作者：李然，题图来自：…`
_REPOST = re.compile(
    r"^(?:以下文章来源于|本文来自|本文转载自|本文转自|文章来源于)\s*(?:微信公众号\s*[:：]?)?[^，,。]{1,40}?[，,]?\s*"
    r"作者\s*[:：]?\s*([^\s，,。;；:：()（）|｜]{2,12})(?:$|[\s，,。;；])"
)
# a self-media platform and the account on it that posted: `2022-02-13 09:05 · 百家号 · 城事青年说`
_YEAR = re.compile(rf"{YEAR}[-/.年]")
_PLATFORM = re.compile(
    r"(?:百家号|头条号|企鹅号|网易号|搜狐号|大风号|一点号|澎湃号|新浪看点)\s*[·•|｜丨:：]\s*([^\s·•|｜丨:：]{2,20})\s*$"
)


# a role after the names it credits, ending a byline: `刘思远 撰稿`, `孙明 李娜 撰文 王刚 摄影`, `张一鸣 责编`
_ROLE_AFTER = re.compile(r"^(?:撰文|撰稿|文|文字|采写|摄影|摄|图|责编|编辑|责任编辑)$")
_WRITER_AFTER_ROLE = re.compile(r"^(?:撰文|撰稿|文|文字|采写)$")
_SENTENCE_MARK = re.compile(r"[。，；！？,;!?]")


def _roles_after(line: str) -> list[str] | None:
    """The writers of a byline that puts each role after its names (`孙明 李娜 撰文 王刚 摄影` -> 孙明, 李娜: the
    photographer and the editor are no writers), None when the line does not end so (a role before its names,
    `记者 孙明`, is read as usual). Words before the first name (an outlet's reporter, `江城日报记者`) lead in."""
    words = [w for w in re.split(r"[\s|｜/／]+", line.strip(_BRACKETS)) if w]
    if len(words) < 2 or not _ROLE_AFTER.match(words[-1]) or not looks_like_name(words[-2]):
        return None
    found: list[str] = []
    pending: list[str] = []
    for word in words:
        if _ROLE_AFTER.match(word):
            found += pending if _WRITER_AFTER_ROLE.match(word) else []
            pending = []
        elif looks_like_name(word):
            pending.append(word)
        elif pending or found:
            return None  # another word among the names: no byline of this shape
        elif len(word) > 12 or _SENTENCE_MARK.search(word):
            return None  # a story's text before the credit (`…而已。○新报记者 吴轶凡 文`): a paragraph, no byline
    return found


# the next field's label glued to the last name (`记者：嵇方编辑：于婧`, `中青报·中青网记者王烨捷来源：中国青年报`): the
# byline ends there (the editor is read apart, bylines.editor). Glued only: apart by a space it is a publication
# line's next field (`作者：小林  来源：17173  [编辑：Sen]`, read field by field), and `文章来源` is one label
_NEXT_LABEL = re.compile(
    # (not inside a longer label: `孟凡 责任编辑：白杨` is cut before 责任, not after it)
    rf"(?<={_HAN})(?<!文章)(?<!责任)(?<!本期)(?<!值班)"
    r"(?:本期编辑|值班编辑|责任编辑|编辑|责编|主编|校对|审核|图片来源|视频来源|来源)\s*[:：/／丨|｜]"
)


# a Taiwan site's desk before the slash of a reporter's credit (`國際中心／李欣怡綜合報導`, `生活中心／X報導`): the desk
# is no one, the names after it reported (`國際中心／綜合外電報導` names no one)
_DESK_SLASH = re.compile(rf"^{_HAN}{{2,6}}(?:中心|组|部)\s*[/／]\s*(?=\S.{{0,16}}报[道导]$)")


def _writers(line: str, names_only: bool) -> list[str]:
    line = _LINE_DAY.sub("", _LEAD_MARK.sub("", " ".join(line.replace("\u3000", " ").split())))
    line = _DESK_SLASH.sub("", line)
    # (a byline's line only: a story's whole paragraph opening `作者：X来源：Y…` is not cut down to a byline)
    if len(line) <= 80 and (label := _NEXT_LABEL.search(line)) and _BYLINE_HINT.search(line[: label.start()]):
        line = _without_outlet_prefix(line[: label.start()])
    if (after := _roles_after(line)) is not None:
        return after
    if not line or len(line) > 60 or _PHOTO.search(line.strip(_BRACKETS)):
        return []
    credited = bool(_BOTH_CREDIT.search(line))  # `杨秋 刘科 卢小芬 文/图`: the writers' mark after the names
    line = _BOTH_CREDIT.sub("", _OUTLET_ALIAS.sub(" ", line))
    if names_only and re.search(r"[()（）\[\]【】《》]", line):
        names_only = False  # a bracketed word is a column's or a book's name, not a byline
    line = _REPORTED_BY.sub("文 ", _DATELINE_BRACKET.sub("", line))  # `报道：李佩珊`: who reported it wrote it
    line = _GLUED_PHOTO.sub(r"\1 ", line)
    line = _WRITER_MARK.sub("文 ", _WRITER_AFTER.sub(r"文 \1", line))
    line = _GLUED_LABELLED_ROLE.sub(r"\1 \2", line)  # before an outlet's `X通讯员：` is looked for
    line = _JOINING.sub(" ", _ROLE_SEPARATOR.sub(r"\1 ", _OUTLET_ROLE_COLON.sub(r"\1 ", line)))
    line = _ROMANISED.sub("", line)
    line = _GLUED_ROLES.sub(r"\1 \2", line)
    line = _GLUED_DATELINE.sub(lambda m: " " + _name_before_place(m.group(1)), line.strip(_BRACKETS))
    line = _GLUED_FILED.sub(lambda m: " " + _name_before_place(m.group(1)) + " 报道", line)
    filed = bool(_FILED.search(line))
    line, reporting = _REPORTING.subn("", line)
    words = _paired([w for w in re.split(r"[\s、,，;；|｜丨/／]+", line.strip(_BRACKETS)) if w])
    outlet = bool(words) and len(words) > 1 and bool(_OUTLET.match(re.split(r"[·•]", words[0])[0]))
    if outlet:  # `齐鲁晚报·齐鲁壹点 记者 X`
        words = words[1:]
    found: list[str] = []
    roles = 0
    photographers = False  # the names after a photographer's role until a writer's
    pictured = False  # a name followed the photographer's role (`图/本报记者 陆川`: the outlet's role leads in)
    marked = False  # the last role was a writer's mark (`文｜`), which an outlet's name can follow
    listed = names_only and "、" in line
    for k, word in enumerate(words):
        if _EDITOR_WORD.match(word):  # `编辑文莉`: the editors follow, who are no writers
            break
        if _PHOTO_ROLE.match(word):
            photographers, pictured = True, False
            continue
        if _CREDIT_WORD.search(word):  # `警方供图`, `报道`: the byline's other credits, no names
            continue
        # where the writer works, before the name: `（文/云南泸西县委组织部　李金龙）`
        works = roles and not found and _AFFILIATION.fullmatch(word) and looks_like_name(next(iter(words[k + 1 :]), ""))
        if _OUTLET_ROLE.fullmatch(word) or (roles and (_OUTLET.match(word) or _UNIT.fullmatch(word))) or works:
            roles += 1
            photographers = photographers and not pictured
            continue
        if roles and not found and _is_outlet_short(word, words[k + 1 :], marked):  # `文｜财新 王力为`
            continue
        glued_outlet = not found and _OUTLET_GLUED.match(word)  # (before any name: names are no outlet)
        if glued_outlet and is_name(word[glued_outlet.end() :], True):
            word = word[glued_outlet.end() :]  # `美国之音记者李逸华`: the outlet's reporter, the name glued on
            roles += 1
        role = _ROLE.match(word)
        # 记者王婕, 通讯员穗城宣; not 文廷菊, nor 图文直播间 (a name glued to a writer's mark is surname-led)
        reporter = role and re.search(_REPORTER, role.group())
        rest = word[role.end() :] if reporter else word if roles else ""
        # `记者韩笑林一鸣`, `通讯员/周小明蒋玲`: names run together after a role, split where they split one way only
        # (65 of the corpus's 10,580 articles credit their writers so)
        if len(rest) > 4 and (run := glued_names(rest)):
            roles += 1 if reporter else 0
            found += [] if photographers else [name for name in run if name not in found]
            continue
        glued = role and role.end() - role.start() >= 2 and is_name(word[role.end() :], bool(reporter))
        if role and (role.end() == len(word) or glued):
            roles += 1
            photographers = photographers and not pictured
            marked = role.group().endswith("文")
            word = word[role.end() :].lstrip(":：/／")
            if not word:
                continue
        pen = roles and len(word) == 3 and word[0] in SURNAMES and word[1:] in _PEN_TRADES
        if is_title(word) and not pen:  # `作者：王建国 主任医师`: the writer's title, no one's name
            continue
        if not found and is_section_word(word):  # `国际 董明哲 2019-08-02`: the page's section before the name
            continue
        if not found and _FLASH.fullmatch(word):  # `南都讯 记者 X`: the outlet's flash mark, no one's name
            continue
        ends = is_interface_word(word.strip(_BRACKETS)) or _RUN_END.match(word) or _FIELD_WORD.match(word)
        if roles and found and (ends or _OWN_OUTLET.match(word)):
            # the names run until the line's next field, day or link (`作者：X 我要评论 打印`, `记者 X Y 2022-…`) or
            # the outlet's flash mark opening the story (`通讯员胡一帆 本报讯 近日…`)
            break
        after_role = roles > 0 or filed or (listed and bool(found))  # `赵延东、风笑天`: a list a name opens
        # four characters with one surname are a name where a role says so, or an outlet and where it files from
        # (`日本经济新闻 高桥香织 东京报道`), or where it files from and it is written as names are (not `乐居财经`)
        vouched = roles or (reporting and (outlet or looks_like_name(word)))
        if not is_name(word, after_role) or (not vouched and len(word) == 4 and word[:2] not in SURNAMES):
            if not found and not roles and words[k + 1 : k + 2] in (["作者"], ["记者"], ["撰文"]):
                continue  # `2004年7月16日08:19 中原热线 作者 X`: the source's field before the byline, no name
            return []
        pictured = pictured or photographers
        if word not in found and not photographers:
            found.append(word)
    # `乐居财经 王小川 2021-03-04 10:20`: an outlet's name before names written as names are
    named = outlet and all(looks_like_name(name) for name in found)
    return found if found and (roles or names_only or reporting or named or credited) else []


# an outlet's own prefix to its roles (`每经记者：X　每经编辑：Y`, `本报编辑`): glued before the editor's label, it is
# the label's, not a name (it gave 每经 as a second writer)
_HOUSE_PREFIX = re.compile(rf"(?:^|\s)({_HAN}{{2,4}})$")


def _without_outlet_prefix(before: str) -> str:
    """The byline before a glued editor's label, without the outlet's prefix the label carried: a word that
    leads a reporter's role on the same line (`每经记者`) or is the paper's own (`本报`, `本刊`)."""
    found = _HOUSE_PREFIX.search(before)
    prefix = found.group(1) if found else ""
    house = prefix in ("本报", "本刊", "本台", "本网", "本社") or re.search(rf"{prefix}(?:{_REPORTER})", before)
    return before[: found.start(1)].rstrip() if prefix and house else before


# a field's label written without its colon after the names (`作者 X 来源 Y 2020-10-08`): the names end there
_FIELD_WORD = re.compile(r"^(?:来源|出处|稿源|日期|时间|发布时间|发表时间|发布日期|浏览|点击|阅读)$")


# what ends a run of names after a role: a day or a time (`记者 吕思远 江宁 2022-01-12 08:45`)
_RUN_END = re.compile(rf"{YEAR}[-/.年]\d{{1,2}}|\d{{1,2}}:\d{{2}}")


# a body a writer works at, longer than a unit (`云南泸西县委组织部`, `江城市第一人民医院`)
_AFFILIATION = re.compile(
    rf"{_HAN}{{2,14}}(?:委|部|局|厅|办|处|科|室|中心|学院|学校|医院|大学|公司|集团|政府|法院|检察院|党校)"
)
# a reporter's name glued to the next role's label: `记者: 熊鑫通讯员：周孟军` (熊鑫 is the reporter, no outlet)
_GLUED_LABELLED_ROLE = re.compile(rf"((?:记者|通讯员)\s*[:：]\s*{_HAN}{{2,3}})((?:通讯员|实习生)\s*[:：])")
# an outlet's reporter before a colon: `中国新闻周刊记者：X`
_OUTLET_ROLE_COLON = re.compile(rf"(?<={_HAN})({_REPORTER})\s*[:：]\s*")
# a writer's role word, then a name in Latin letters of two or three capitalised words (`作者：Sean Liu`, `文 / Emily
# Zhang · 2019-05-03`), then nothing or the line's next field: a person's name as it is written, not cut at its space
# (an outlet's English name after a role word is no writer's: `来源：China Daily` has no writer's role)
_LATIN_BYLINE = re.compile(
    r"^(?:作者|文|撰文|撰稿|专栏作者|[Bb]y)\s*[:：/／|｜]?\s*([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})"
    r"(?=$|\s{2,}|\s*[·•|｜,，(（]|\s+\d)"
)
_LATIN_DESK = re.compile(
    r"\b(?:Daily|News|Times|Post|Press|Media|Network|Net|Online|Weekly|Magazine|Agency|Group|Team|Staff)\b"
)
# a name's romanisation after it: `王晶晶 Jingjing Wang`
_ROMANISED = re.compile(rf"(?<={_HAN})\s+[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){{1,2}}$")
# a reporter and a correspondent written together: `记者韦薇通讯员何家银` -> `记者韦薇 通讯员何家银`
_GLUED_ROLES = re.compile(rf"((?:记者|通讯员){_HAN}{{2,4}}?)((?:通讯员|实习生)(?={_HAN}))")
# a wire's dateline glued to its reporter's name: `（中央社记者王扬宇台北12日电）`
_GLUED_DATELINE = re.compile(rf"(?<=记者)\s*({_HAN}{{4,7}})\d{{1,2}}日电$")
# a reporter's name glued to where the report is filed from: `本报记者陈嘉欣纽约报道`
_GLUED_FILED = re.compile(rf"(?:(?<=记者)|(?<=通讯员)|(?<=特派员))\s*({_HAN}{{4,7}})报道$")
# an outlet's flash mark opening its lead (`南都讯`, `本报讯`, `中新网讯`): a name's length, no name
_FLASH = re.compile(rf"本{_HAN}讯|{_HAN}{{2,6}}讯")
# a photographer's role glued to the name after it, between a byline's slashes: `记者林怡君／摄影陈建宏／台北报导`
_GLUED_PHOTO = re.compile(rf"(?:^|(?<=[\s/／|｜]))(摄影|摄像)(?={_HAN}{{2,4}}(?:[\s/／|｜]|$))")
# a Malaysian or Singaporean paper's dateline in brackets before its credit: `（新山12日讯）报道：林美玲`
_DATELINE_BRACKET = re.compile(rf"^[(（]{_HAN}{{1,10}}\d{{1,2}}日(?:讯|电)[)）]\s*")
# the names' credit for text and pictures both after them: `（记者 邵文华 文/图）`
_BOTH_CREDIT = re.compile(r"(?<=\S)\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图)(?=[)）\]】]?$)")
# a pen name of a surname and a trade (`文｜李医生`, `作者：周律师`), as self-media doctors and lawyers sign
_PEN_TRADES = ("医生", "律师", "老师", "大夫", "教授", "博士")


def _name_before_place(glued: str) -> str:
    """The name in a name and a place written together (`王扬宇台北` -> `王扬宇`): the place a known city or
    province when one fits, else a name of the commonest length (three characters; four with a compound surname)
    before a place of two or more."""
    compound = glued[:2] in SURNAMES
    lengths = (4, 3) if compound else (3, 2)
    for length in lengths:
        if canonical_city(glued[length:]) or canonical_province(glued[length:]):
            return glued[:length]
    return next((glued[:n] for n in lengths if len(glued) - n >= 2), glued[: lengths[-1]])


# an outlet's reporter with the name glued on (`美国之音记者李逸华`; the name is what is left: 2-4 characters)
_OUTLET_GLUED = re.compile(rf"^(?:(?!{_REPORTER}|本报){_HAN}){{2,12}}?(?:记者|通讯员|特派员)")


def _is_outlet_short(word: str, following: list[str], marked: bool) -> bool:
    """An outlet's short name between a role and the writers (`文｜财新 黄姝伦 王婧`): a word no surname begins,
    before a surname-led name; of two characters after any role, of up to five after a writer's mark
    (`文｜钛媒体 韩敬娴`)."""
    # (or after a writer's mark, of four or five characters not written as a name is: `文｜南方周末 王晓峰 赵一鸣`;
    # after a reporter's role such a word is a name from another language: `通讯员 曲木达尔 陈坤`)
    shaped = marked and 4 <= len(word) <= 5 and word[:2] not in SURNAMES and not looks_like_name(word)
    return (
        (((len(word) == 2 or (marked and 2 <= len(word) <= 5)) and word[0] not in SURNAMES) or shaped)
        and bool(following)
        and (following[0][0] in SURNAMES or following[0][:2] in SURNAMES)
        and is_name(following[0], True)
    )


def _paired(words: list[str]) -> list[str]:
    """Words with a two-character name spaced out to the width of three joined again: `王  伟` -> `王伟` (a
    surname alone, then one character)."""
    out: list[str] = []
    for word in words:
        if out and len(word) == 1 and len(out[-1]) == 1 and out[-1] in SURNAMES and re.fullmatch(_HAN, word):
            out[-1] += word
        else:
            out.append(word)
    return out


_EDITOR_LINE = re.compile(  # an outlet's or a channel's editor (`界面新闻编辑`, `网易体育编辑`), not a picture editor
    rf"(?:^|(?<=\s))(?:(?!图片|美术|视频|摄影){_HAN}{{2,8}}?)?(?:责任编辑|编辑|责编)(?:\s*[/／:：|｜丨]\s*|\s+)({_HAN}{{2,4}}|{_HAN}\s+{_HAN})(?:\s|$)"
)


_OWN_EDITOR = re.compile(
    rf"(?:^|(?<=\s))({_HAN}{{2,4}})(?:编辑|责编)(?:\s*[/／:：|｜丨]\s*|\s+)({_HAN}{{2,4}})(?:\s|$)"
)


# an editor's role after the name, glued or apart: `黄婷责编`, `张一鸣 责编`, `| 李四 责任编辑` (a name's shape)
_EDITOR_AFTER = re.compile(rf"(?:^|(?<=[\s|｜/／]))({_HAN}{{2,4}}?)\s*(?:责任编辑|责编)(?=$|[\s|｜)）】\]])")


def editor(line: str) -> str | None:
    """The editor an unlabelled credit line names: `编辑 杨帆`, `编辑 | 谢丽容`, `界面新闻编辑 | 文姝琪`,
    `编辑 张畅 校对 刘军`, `新京报 记者 李玉坤 编辑 樊一婧`, `每经记者 X 每经编辑 廖丹`, or the role after the
    name, `黄婷责编`, `张一鸣 责编` -> the first editor; None for any other line (a desk's: `编辑：宣传科`)."""
    line = " ".join(line.replace("\u3000", " ").strip("()（）[]【】").split())  # `(编辑 王家乐)`
    after = _EDITOR_AFTER.search(line)
    if after and looks_like_name(after.group(1)) and not _EDITOR_LINE.search(line):
        return after.group(1)
    match = _EDITOR_LINE.search(line)
    if not match and (own := _OWN_EDITOR.search(line)) and f"{own.group(1)}记者" in line:
        match = own  # `每经记者 张明双 每经编辑 廖丹`: the outlet that names its reporter names its editor
    name = re.sub(r"\s+", "", match.group(match.lastindex)) if match else ""
    return name if name and is_name(name, after_role=True) and not is_unit(name) else None


_FLOORS = r"(?:楼主|沙发|板凳|地板|\d+\s*[楼#]|#\d+)"  # a post's place in its thread, no one's name
_FLOOR = re.compile(rf"^{_FLOORS}$")
_FLOOR_LINE = re.compile(rf"^{_FLOORS}\s+(?:发表于|发布于|发表时间)")


# a field's label glued after a poster's name, the page's cells shown run together
_GLUED_LABEL = re.compile(r"(?:发表时间|发帖时间|发布时间|时间|日期|来源|点击|回复|浏览|阅读|人气|等级|积分)$")


_SIGNATURE = re.compile(r"[(（][^()（）]{1,30}[)）]$")


# a post's verb glued to the poster's name, as a header's spans are shown without a space
_GLUED_POSTED = re.compile(r"(?<=\S\S)(?:发表于|发布于)$")


def poster(line: str) -> str | None:
    """The poster of a forum or blog post line: `ggjjzhzz 发表于 2005-9-15 11:46:00`, `楼主：ggjjzhzz` or
    `来自: ggjjzhzz 2016-04-08 10:23:45` -> `ggjjzhzz`. A floor (`楼主 发表于…`, `2楼 发表于…`), an outlet or a
    unit (`发布者：宣传统战部`) names no one."""
    line = line.strip()
    match = _POSTER.match(line)
    if not match or _SENTENCE.search(line[match.end() :]):  # `发帖人：X 镇上的自来水…，…。` is the post itself
        return None
    at = next(k for k, group in enumerate(match.groups(), 1) if group)
    name = match.group(at)
    if line[match.end(at) : match.end(at) + 1] in (":", "："):  # `楼主：城南旧事时间：2012-…`: the next cell's label
        name = _GLUED_LABEL.sub("", name)
    name = _GLUED_POSTED.sub("", name)  # `楼主：江边钓叟发表于 2018-…`: the next span's verb shown glued on
    signed = _SIGNATURE.sub("", name)  # `来自: 阿拉蕾(每天都开心)`: the poster, then the signature shown beside
    name = signed if len(signed) >= 2 else name
    no_one = len(name) < 2 or _FLOOR.match(name) or _OUTLET.match(name) or is_unit(name) or is_interface_word(name)
    no_one = no_one or is_staff(name)  # `发布者：文库小编`: the site's staff, named by the job
    no_one = no_one or _COUNT.match(name)  # `8.6万次播放 · 2021-03-03`: a video's counter and day
    no_one = no_one or is_system_id(name)  # `uid_20931 发表于 …`: the system's id, no one's name
    name = name.strip(_BRACKETS)  # `[风吹麦浪 发表于 …]`: a bracket ends a name, never part of it
    return None if no_one or len(name) < 2 else name  # `发布者：宣传统战部`


def is_framed_handle(word: str) -> bool:
    """A handle where its place says it is a name (heading a poster's cell over its counters): `is_handle`'s shape,
    a word ending in 者 or 员 included (`候鸟观察员`, which under a name would say what the poster does)."""
    return is_handle(word) or (len(word) > 2 and word[-1] in "者员" and is_handle(word[:-1]))


def handle_among_controls(line: str) -> str | None:
    """The one handle in a poster's line among the thread's controls and marks (`楼主 风吹麦浪 电梯直达` ->
    `风吹麦浪`), or None when no word or more than one is left of it."""
    words = [word.strip(_BRACKETS) for word in line.split()]
    left = [word for word in words if word and not is_interface_word(word)]
    return left[0] if len(left) == 1 and is_handle(left[0]) else None


_FLOOR_FIRST = re.compile(rf"^#?{_FLOORS}(?=\s|$)")


def begins_with_floor(line: str) -> bool:
    """A line that begins with a post's place in its thread (`#1楼 2020-04-02 01:12 路人甲`, `沙发 …`): a
    reader's comment or reply under the article begins here."""
    return bool(_FLOOR_FIRST.match(line.strip()))


_FLOOR_ANYWHERE = re.compile(rf"(?<![\d#]){_FLOORS}")


def names_a_floor(line: str) -> bool:
    """A line that names a post's place in its thread anywhere (`来自Android客户端 1楼 2020-04-02 10:26`): the
    posts of one thread, the first of which is the post itself."""
    return bool(_FLOOR_ANYWHERE.search(line))


# `posted @ 2020-04-01 10:26 X`, Blogger's `发表者 X 于 下午3:21`, `Posted by X at 9:40 PM`: under its post
_FOOTER_STAMP = re.compile(r"^[Pp]osted (?:@|on\s)|^(?:发表者|发布者|发帖者)\s+\S+\s+于|^[Pp]osted by\s+\S+\s+at\s")


def opens_a_post(line: str) -> bool:
    """A thread's post header (`2楼 发表于 2020-04-01 21:01`, `网友 发表于 …`): where one post ends and the
    next begins. A blog's footer stamp names its poster too, but closes the post above it."""
    line = line.strip()
    header = _POSTER.match(line) and not _SENTENCE.search(line) and not _FOOTER_STAMP.match(line)
    return bool(_FLOOR_LINE.match(line) or header)


_OWNER = re.compile(
    r"(?:^|[\s_|\-－—])([^\s_|\-－—]{2,12})的(?:个人|共享|私人)?(?:博客|BLOG|Blog|blog|专栏|空间|日志|部落格)"
)


_BLOG_NAME = re.compile(r"([^\s_|\-－—]{2,12})的(?:个人|共享|私人)?(?:博客|BLOG|Blog|blog|空间|日志|部落格)")


def blog_name(line: str) -> str | None:
    """Whose blog a line that is the blog's name names (`林晓枫的博客`, over a post's title): its owner."""
    match = _BLOG_NAME.fullmatch(line.strip())
    return match.group(1) if match else None


# a post's header that names no one: `发表于 2013-05-20 08:12`, `1楼 2011-05-12 20:15` (the poster is in a cell
# of its own above it)
_UNNAMED_POST = re.compile(
    r"^(?:(?:楼主|1楼|#1)\s*(?:发表于|发布于)?|发表于|发布于|发表时间|发帖时间)\s*[:：]?\s*"
    rf"(?:\d{{1,2}}\s*(?:天|小时|分钟)前\s*)?{ANY_YMD}"  # (`发表于 3 天前 2021-7-12`)
    # a day in English, as phpBB writes it: `发表于: Tue Aug 21, 2007 2:17 am`
    r"|^(?:发表于|发布于|发表时间)\s*[:：]?\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
)
_HANDLE = re.compile(r"[^\s:：，。！？；,.!?、“”\"《》()（）\[\]【】|｜<>·•]{2,20}")


# a writing platform's line of day and counters under its writer's name: `2019.05.12 10:23:45 字数 1,234 阅读 567`,
# `2021年05月12日 10:23 · 阅读 1234`, `2019-06-20 10:15 · 优质美食领域创作者`, a microblog's `2021-5-12 10:15 来自 微博`
_COUNTED_DAY = re.compile(
    rf"^{YMD_TIGHT}日?(?:\s+{TIME})?\s*[·•]?\s*"
    r"(?:字数|阅读|浏览|\S{0,12}创作者|来自)"
)


def names_no_poster(line: str) -> bool:
    """A post's header without its poster's name (`发表于 2013-05-20 08:12`, `1楼 2011-05-12 20:15`), or a
    writing platform's day and counters (`2019.05.12 10:23:45 字数 1,234 阅读 567`)."""
    return bool(_UNNAMED_POST.match(line.strip()) or _COUNTED_DAY.match(line.strip()))


# a poster's counters on a line of their own, between the poster's name and the post's header (`主题 12 帖子 356`)
_COUNTER_ROW = re.compile(r"^(?:[^\s\d:：]{1,4}\s*[:：]?\s*\d+\s*){2,}$")


def is_counter_row(line: str) -> bool:
    """A row of a poster's counters and nothing else (`主题 12 帖子 356 积分 1024`)."""
    return bool(_COUNTER_ROW.match(line.strip())) or is_member_panel(line)


# a poster's panel beside the post: the day the poster joined, the rank (`等级：论坛游民 文章：321 积分：1560
# 注册：2003-5-17`, `UID 3321 帖子 456 积分 1203 注册时间 2008-7-9`, `中级会员`): its days are the poster's, never
# the post's, and it stands between the poster's name and the post's header
_JOINED = re.compile(
    rf"注册(?:时间|日期)?\s*[:：]?\s*{YEAR}|(?:加入|入站)(?:时间|日期)\s*[:：]?\s*\d"
    rf"|(?:最后|上次)(?:登录|登陆|访问)(?:时间|日期)?\s*[:：]?\s*(?:{YEAR}|\d{{1,2}}-\d)"  # `最后登录 2018-4-1`
)
_RANK = re.compile(
    # (a rank and a mark or two after it: `等级：中级车友 认证车主`)
    rf"^(?:(?:等级|级别|头衔|身份|用户组)\s*[:：]?\s*\S{{1,8}}(?:\s+\S{{1,8}}){{0,2}}|{_HAN}{{0,4}}(?:会员|版主|斑竹|管理员)"
    # the ranks forum software gives by default (Discuz!, phpwind, Dvbbs): 新手上路, 论坛游民, 业余侠客, 圣骑士
    r"|新手上路|论坛元老|论坛游民|论坛游侠|\S{0,2}侠客|侠之大者|\S?骑士|精灵王|风云使者|光明使者"
    # and the imperial examination's degrees many boards rank their posters by (童生 … 大学士)
    r"|童生|秀才|举人|贡士|进士|探花|榜眼|状元|翰林|大学士)$"
)


def is_member_panel(line: str) -> bool:
    """A line of a poster's panel: the day the poster joined among counters, or the poster's rank alone."""
    line = line.strip()
    return (len(line) <= 80 and bool(_JOINED.search(line))) or bool(_RANK.match(line))


# a post's edit stamp (`本帖最后由 X 于 2009-5-4 12:01 编辑`, `此帖由 X 在 2006-3-1 编辑过`, `最后编辑于 …`): the day
# the post was changed, never the day it was posted (not a post's `编辑于 …`, which is its only day on a Q&A site)
_EDIT_STAMP = re.compile(
    r"^[\[【(（]?\s*(?:(?:本帖|此帖|该帖)(?:最后)?(?:由|被)\s*\S{1,20}?\s*(?:于|在)\s*\S.{4,24}?(?:编辑|修改)过?"
    r"|(?:最后|最近)(?:编辑|修改)(?:于|时间)\s*[:：]?\s*\S.{4,24}?)\s*[\]】)）]?$"
)


# a post's subject repeated under its poster's cell, over its day (phpBB's subSilver `帖子主题: X` / `发表于: …`,
# PHPWind's `标题: X`)
_SUBJECT_LINE = re.compile(r"^(?:帖子|文章)?(?:主题|标题)\s*[:：]\s*\S")


def is_subject_line(line: str) -> bool:
    """A post's subject line between its poster's cell and its day: `帖子主题: 自己动手修好了漏水的老水龙头`."""
    return len(line) <= 80 and bool(_SUBJECT_LINE.match(line.strip()))


def is_edit_stamp(line: str) -> bool:
    """A post's edit stamp, whose day is when the post was changed: `本帖最后由 海棠依旧 于 2009-5-4 12:01 编辑`."""
    return len(line) <= 80 and bool(_EDIT_STAMP.match(line.strip()))


_NO_LETTER = re.compile(r"[\d\W_]+")
_COUNT = re.compile(
    r"^[\d.,]+\s*[万千亿wWkK]?\s*[次人个条]?\s*(?:播放|阅读|浏览|观看|点击|收藏|点赞|评论|弹幕|关注|粉丝|赞)"
)


def is_handle(word: str) -> bool:
    """A user's or an account's name (`湖人老球迷`, `江城小白`, `zboygirl`): one word, no outlet, unit or floor."""
    return (
        bool(_HANDLE.fullmatch(word))
        and not _NO_LETTER.fullmatch(word)  # `2008-7-9`: a panel's value, no one's name
        and not _COUNT.match(word)  # `8.6万次播放`: a video's counter beside its day
        and word[-1] not in "者员"  # `城市规划从业者`: what the poster does, under the name
        and not is_interface_word(word)
        and not (_OUTLET.match(word) or is_unit(word) or is_title(word) or _FLOOR.match(word))  # `法学博士`
    )


# a blog platform's name at the end of a post's `<title>`, the blog's owner before it: `标题_forokay_新浪博客`,
# `标题 - 老农说天 - 网易博客`, `标题 - 江城码农 - 博客园`
_PLATFORM_TAIL = re.compile(
    r"(?:[_|｜]|\s[-–—]\s)\s*([^_|｜\s]{2,20})\s*(?:[_|｜]|\s[-–—]\s)\s*\S{0,6}(?:博客|博客园|空间|部落格)$"
)


# what a blog's `<title>` holds after the post's headline: the owner, then the platform or `的博客` (`_wx_lan2019_新浪
# 博客`, `_老陈_在路上的博客`): a handle holding `_` whole, since the headline the page shows marks where it begins
_OWNER_AFTER_HEADLINE = re.compile(
    r"^\s*[_|｜\-－—]\s*(\S{2,24}?)"
    r"(?:的(?:个人|共享|私人)?(?:博客|BLOG|Blog|blog|专栏|空间|日志|部落格)|\s*[_|｜]\s*[^\s_|｜]{0,6}(?:博客|博客园|空间|部落格))$"
)


def blog_owner(title: str, headline: str = "") -> str | None:
    """Whose personal blog a page's `<title>` names (`bjreader的博客`, `…_张三的专栏`, `标题_forokay_新浪博客`):
    its posts' writer when the post names none. After the post's `headline` a handle holding `_` is taken whole
    (`阳台上的多肉_wx_lan2019_新浪博客`: `wx_lan2019`, never `lan2019`)."""
    after = title[len(headline) :] if headline and title.startswith(headline) else ""
    if (found := _OWNER_AFTER_HEADLINE.match(after)) and whole_handle(found.group(1)) == found.group(1):
        return found.group(1)
    if match := _OWNER.search(title):
        return match.group(1)
    tail = _PLATFORM_TAIL.search(title)
    return tail.group(1) if tail and is_handle(tail.group(1)) and not is_account(tail.group(1)) else None


# a flash mark or a wire's dateline, then names alone in brackets: `本报讯(吴建国)`, `中新网广州4月3日电(甲乙)`; of
# 120 corpus articles with a credit, 15 wire leads name their writers so, with no role word
_FLASH_CREDIT = re.compile(
    rf"^\s*(?:本报|本刊|本台|本网|{_HAN}{{2,8}}?)(?:讯|{MONTH_DAY}[电讯])\s*[(（]\s*([^()（）]{{2,24}}?)\s*[)）]"
    # or the flash mark inside the brackets, the names after a slash: `（运城大小事讯/冯卫芳）`
    rf"|^\s*[(（]\s*{_HAN}{{2,10}}?讯\s*[/／]\s*([^()（）/／]{{2,24}}?)\s*[)）]"
)
# a lead that opens with its reporter and where the report is filed from: `本报记者陈嘉欣纽约报道：…`; a station's
# reporter (`江城台记者X报道：`), or after a summary's sentence (`…通道。本台记者X报道：`): 2 of the 120 corpus articles
_LEAD_REPORTED = re.compile(
    # after a flash mark, if any: `【大公报讯】记者X报道：`
    rf"(?:^|(?<=[。！？]))\s*(?:[【\[]\s*{_HAN}{{2,8}}讯\s*[】\]]\s*|{_HAN}{{2,8}}讯\s+)?"
    rf"((?:本报|本台|本刊|{_HAN}{{1,6}}?[台报])?(?:特约)?(?:{_REPORTER})[^，。:：()（）]{{2,20}}?报道)\s*[:：]"
)


# a flash mark or a wire's dateline, then the reporters in brackets, after a headline or a teaser the lead runs on
# from (`…平房。 江城晚报讯（记者 X 实习生 Y）“以前…`), past the first 80 characters: 14 of the corpus's 10,580
# articles credit their writers only so; one mark alone, as a page with several is stitched of several stories
_FLASHED_CREDIT = re.compile(  # a radio's dateline too: `中广网北京6月15日消息（中国之声记者王健）`
    rf"(?:讯|\d{{1,2}}日电|\d{{1,2}}日消息)\s*[(（【]\s*((?:{_HAN}|[·•、\s/／]){{0,16}}?(?:记者|通讯员)[^()（）【】]{{2,40}})[)）】]"
)


# a reporter's name glued to the day and the place the report is filed from, a headline run on before it (the
# sina sports pages): `…下半程大爆发记者袁俊2月9日东莞报道春节过后…`; the day's digits end the name
# Taiwan's byline opening the lead, the story run on after it without a gap: `記者王小明／台北報導台北市政府今天…`,
# `記者陳怡君/綜合報導中央氣象局…` (read simplified, 报导 as 报道)
_LEAD_SLASHED = re.compile(
    rf"^\s*((?:{_LEAD_ROLE}\s*{_HAN}{{2,4}}(?:[、\s]+{_HAN}{{2,4}})*\s*)+)[/／]\s*{_HAN}{{0,8}}?报道(?![:：])"
)
_LEAD_DATED = re.compile(
    rf"(?:本报|特约|实习|见习|首席)?(?:记者|通讯员)\s*({_HAN}{{2,3}})\s*{MONTH_DAY}(?:电|{_HAN}{{2,8}}?报道)"
)


# a writer's field between wide gaps, after a headline the page ran on (the sina pages): `…售2200    作者：毛晓曼
# 新款iPod…` (16 of the corpus's 10,580 articles)
# (opening the lead, two spaces: `作者：陈广江　　近日，…`)
_LEAD_AUTHOR_FIELD = re.compile(
    rf"(?:^|\s{{3,}})作者\s*[:：]\s*({_HAN}{{2,4}})\s{{3,}}|^作者\s*[:：]\s*({_HAN}{{2,4}})\s{{2,}}"
)


def lead_credit(paragraph: str) -> list[str]:
    """Writers credited in brackets early in a lead paragraph: `据新华社拉萨电（记者 格桑边觉）记者近日…`,
    `本报讯(吴建国)…`, `中新社杭州5月2日电(吴建国)…` (names alone after a flash mark or a wire's dateline),
    `本报记者陈嘉欣纽约报道：…`; a Traditional lead is read as simplified (`【大公報訊】記者劉曉星報道：…`,
    `本報記者X綜合報導：…`, `記者X／台北報導` glued to the story)."""
    # (Hong Kong's and Taiwan's papers write 报导 for 报道: `本報記者X綜合報導：`)
    whole, paragraph = paragraph, to_simplified(paragraph[:80]).replace("报导", "报道")
    flash = _FLASH_CREDIT.match(paragraph)
    credited = flash.group(1) or flash.group(2) if flash else ""
    if flash and (found := writers(credited, names_only=True) or glued_names(credited)):
        return found  # (`(许明李娜)`: two names run together)
    match = (
        _LEAD_CREDIT.search(paragraph[:80])
        or _LEAD_FILED.match(paragraph[:60])
        or _LEAD_REPORTED.search(paragraph)
        or _LEAD_SLASHED.match(paragraph)
    )
    if match is None and len(flashed := list(_FLASHED_CREDIT.finditer(to_simplified(whole)))) == 1:
        match = flashed[0] if flashed[0].start() < 200 else None  # (several: a page stitched of several stories)
    if match is None and (dated := _LEAD_DATED.search(paragraph)) and looks_like_name(dated.group(1)):
        return [dated.group(1)]
    if match is None and (field := _LEAD_AUTHOR_FIELD.search(whole[:120])):
        return writers(f"作者 {field.group(1) or field.group(2)}")
    return writers(match.group(1)) if match else []


# a reporters' credit in brackets closing the story, a site's trailing words after it: `…到场。(记者 X 通讯员 Y)更多
# 精彩：…`, `(记者 X) 我要评论` (3 of the 120 corpus articles with a credit)
_CLOSING_CREDIT = re.compile(
    rf"(?<=[。！？”])\s*[(（]((?:{_HAN}|[·•]){{0,12}}?(?:记者|通讯员)[^()（）。！？]{{2,30}})[)）]([^。！？]*)$"
)


def closing_credit(paragraph: str) -> list[str]:
    """Writers in a bracketed credit after the story's last sentence, whatever the page runs on after it (no
    sentence: a link's words, `我要评论`); [] where a sentence follows, as the credit then is inside the text."""
    if (filed := _CLOSING_FILED.search(paragraph[-60:])) and looks_like_name(filed.group(1)):
        return [filed.group(1)]
    if glued := _CLOSING_BYLINE.search(paragraph[-200:]):
        return writers(glued.group(1))
    match = _CLOSING_CREDIT.search(paragraph[-200:])
    return writers(match.group(1)) if match and match.group(2).strip() else []


# a byline run on after the story's last sentence, the editor's label glued to its last name: `…执行到底！作者：
# 韦珍叶编辑：谢家发`, `…道路交通管制。记者：蒋涛本期编辑：张枢芳` (the glued label vouches for the byline)
_CLOSING_BYLINE = re.compile(
    rf"(?<=[。！？”])\s*((?:本文)?(?:作者|(?:{_HAN}|[·•]){{0,12}}?(?:记者|通讯员))\s*[:：/／丨|]\s*{_HAN}[^。！？]{{1,40}}?)"
    r"(?:本期编辑|值班编辑|责任编辑|编辑|责编)\s*[:：/／丨|]"
)


# the story's last words: an outlet, the reporter and where the report is filed from, with no role word
# (`…愤愤离场。(新浪体育 黎双富 发自迈阿密)`, 12 of the corpus's 10,580 articles)
_CLOSING_FILED = re.compile(
    rf"(?<=[。！？”])\s*[(（]\s*(?:{_HAN}{{2,6}}\s+)?({_HAN}{{2,4}})\s*发自\s*{_HAN}{{2,8}}\s*[)）]\s*$"
)


# a writer's mark among a line of fields, after its label (`发布时间：2019-06-21　文/黄晓蕾　图/宋振宇　点击：[1562]`)
_MARK_AMONG_FIELDS = re.compile(r"(?:^|(?<=[\s\u3000]))(?:文|撰文)\s*[/／]\s*(?=\S)")


def marked_among_fields(line: str) -> list[str]:
    """The writers a line of fields names with a writer's slash mark (`文/X`), its photographer (`图/Y`) none."""
    mark = _MARK_AMONG_FIELDS.search(line)
    if not mark:
        return []
    field = _NEXT_FIELD.split(line[mark.start() :], 1)[0]  # up to the next field (`图/Y`, `点击：…`)
    return writers(field)


_NEXT_FIELD = re.compile(r"\s+(?=[^\s/／:：]{1,4}\s*[/／:：])")
