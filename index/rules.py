"""Page boilerplate as data: what a scraped Chinese news page carries besides the article.

Each rule is a compiled pattern and a comment saying what it catches. Patterns run on text that is
already Simplified and width-folded, one stripped line at a time. Extend the lists; keep each rule
general (any news site), never keyed to one site's wording.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def _rule(pattern: str, why: str, flags: int = 0) -> tuple[re.Pattern[str], str]:
    return re.compile(pattern, flags), why


# A line matching any of these is dropped wherever it stands, unless it is as long as a real paragraph
# (LINE_RULE_MAX_CHARS), so a sentence that mentions a copyright or a hotline is never lost.
LINE_RULE_MAX_CHARS = 160
LINE_RULES: list[tuple[re.Pattern[str], str]] = [
    _rule(r"^(您现在的位置|您的位置|当前位置|所在位置|现在位置)\s*[是为]?\s*[:：]", "breadcrumb navigation"),
    _rule(r"^(首页|网站首页|主页)\s*[>›»/|]", "breadcrumb navigation without a label"),
    _rule(r"^[【\[]?\s*字[号体]\s*[:：]", "font-size widget: 字号:[大][中][小]"),
    _rule(r"^[\w\-\u4e00-\u9fff]+\.(jpe?g|png|gif|bmp|webp|tiff?)$", "image file name left by a scraper", _I),
    _rule(r"^(tags?|标签|关键词|关键字)\s*[:：]", "tag and keyword lists", _I),
    _rule(r"^(上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页)\s*[:：]?", "previous/next links"),
    _rule(  # only where the counter ends the line or a run of widgets, so 共有3000人参与了活动 is kept
        r"\d+\s*人\s*(已|已经)?\s*(围观|阅读|浏览|看过|参与)(?=\s*($|[|丨·/【\[]))", "view counter: 9665人已围观"
    ),
    _rule(r"^(阅读|浏览|点击|访问)(量|数|次数)?\s*[:：]\s*\d+", "view counter: 阅读量:123"),
    _rule(r"(copyright|all rights reserved|©)", "copyright notice", _I),
    _rule(r"^(版权所有|版权声明|免责声明|本站声明)", "copyright and disclaimer lines"),
    _rule(r"(ICP\s*[备证]|公网安备|网安备\s*\d)", "ICP licence and public-security filing numbers", _I),
    _rule(r"举报(电话|热线|邮箱)\s*[:：]?\s*[\d\-()（）]{5,}", "report hotlines with their number"),
    _rule(r"(邮箱|e-?mail|电子邮件|投稿信箱)\s*[:：]?\s*[\w.+-]+@[\w-]+\.[\w.]+", "contact e-mail lines", _I),
    _rule(r"(互联网新闻信息服务|新闻信息采编发布服务)", "the site's own licence and self-description"),
    _rule(r"^(扫一扫|扫描二维码|微信扫一扫|长按识别二维码|打开微信)", "QR-code prompts"),
    _rule(r"^(【?纠错】?|【?打印】?|【?关闭】?|【?收藏】?)$", "page buttons in brackets"),
    _rule(r"^(未经(书面)?授权|转载请注明|欢迎转载|本文(系|为)?转载)", "reprint notices"),
]

# A line matching one of these opens a block that runs to the end of the page (disclaimers, footers),
# provided it stands in the second half of the page, so a stray mention near the top removes nothing.
TAIL_BLOCK_RULES: list[tuple[re.Pattern[str], str]] = [
    _rule(r"(版权|免责)(与免责|和免责)?声明\s*[:：]?$", "disclaimer block heading: 版权与免责声明:"),
    _rule(r"^(相关(新闻|阅读|文章|链接|推荐)|推荐阅读|延伸阅读|热门推荐|猜你喜欢)\s*[:：]?$", "related-links block"),
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
    ]
)

# Separators allowed between button words on one line.
BUTTON_SEPARATORS = re.compile(r"[\s\-•·*|丨/【】\[\]()（）:：>]+")

# Common Chinese surnames (single and compound), for telling a by-line `(王帅)` from a parenthesised word
# `(党组)`. From the Hundred Family Surnames and the 2020 census list of most frequent surnames.
SURNAMES: frozenset[str] = frozenset(
    list(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
        "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
        "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
        "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
        "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
        "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
        "鲜印逯隆茹诸战慕危玉银亢嵩帖蔚"
    )
    + [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "令狐",
        "端木",
        "西门",
        "南宫",
        "独孤",
        "呼延",
        "澹台",
    ]
)

# Function and question words dropped from long, question-like queries before ranking by their other words.
QUERY_STOPWORDS: frozenset[str] = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "与",
        "及",
        "或",
        "有",
        "也",
        "就",
        "都",
        "而",
        "及其",
        "以及",
        "对",
        "把",
        "被",
        "从",
        "向",
        "为",
        "为了",
        "于",
        "由",
        "将",
        "其",
        "之",
        "这",
        "那",
        "这个",
        "那个",
        "这些",
        "那些",
        "什么",
        "哪",
        "哪个",
        "哪些",
        "哪里",
        "哪儿",
        "如何",
        "怎么",
        "怎样",
        "怎么样",
        "为什么",
        "为何",
        "吗",
        "呢",
        "吧",
        "啊",
        "多少",
        "几",
        "谁",
        "何",
        "何时",
        "何地",
        "是否",
        "是不是",
        "请问",
        "一下",
        "关于",
        "有关",
        "我",
        "你",
        "他",
        "她",
        "它",
        "我们",
        "你们",
        "他们",
        "一个",
        "会",
        "能",
        "可以",
        "要",
        "中",
        "上",
        "下",
        "时",
        "后",
        "前",
        "被",
        "给",
        "让",
    ]
)

# Words that make a query a question (when they stand as words of their own): its answer is ranked by the
# question's other words instead of requiring them all.
QUESTION_WORDS: frozenset[str] = frozenset(
    """什么 哪 哪里 哪儿 哪些 哪个 哪年 哪位 谁 多少 几 几个 几年 如何 怎么 怎样 怎么样 为什么 为何 是否 是不是 吗 呢
    何时 何地 何处 多久 多长""".split()
)
