"""Word lists for extraction and queries: field labels and surnames for extraction, function words for queries.

Page furniture lives in index.ingest.boilerplate; these lists are about the language, not about pages.
"""

from __future__ import annotations

# Labels that introduce an article's fields on a page (`来源：新甘肃`), by field.
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "date": (
        "日期",
        "时间",
        "发布时间",
        "发布日期",
        "发表时间",
        "发表日期",
        "更新时间",
        "更新日期",
        "发稿时间",
        "提交日期",
        "Date",  # an English theme's labels on a Chinese page (`Author: 青石` / `Date: 2020-03-12`)
    ),
    "source": ("来源", "稿源", "文章来源", "本文来源", "信息来源", "消息来源", "新闻来源", "出处"),
    "author": (
        "作者",
        "文章作者",
        "本文作者",
        "原作者",
        "记者",
        "撰稿",
        "撰稿人",
        "撰文",
        "通讯员",
        "文",
        "文字",
        "报导",
        "Author",
    ),
    "editor": ("责任编辑", "编辑", "责编", "值班编辑"),
    # credits that are neither writers nor editors: read as labels (so they leave the text), kept as no field;
    # a reviewer (审核, 编审) and a proofreader (校对) are no editors
    "credit": ("译者", "翻译", "译", "摄影", "摄像", "供图", "制图", "作者单位", "审核", "编审", "校对", "图片"),
}

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

# The characters given names are written with, as 2,004 names the shared corpus credits after a role word show
# them (`记者 王卓`, `编辑：杨笑`; benchmarks/given_names.py): where no role word vouches for a surname-led word,
# one whose other characters are not among these only has a name's shape (`来源：商讯`, `人民日报 海外版`).
GIVEN_NAME_CHARS: frozenset[str] = frozenset(
    "一丁万三世丙东严中丰临丹为丽久义之乐乔乙也乡书予二于云亚交亦亭亮仁今介从仑仔仕仙代令仪仲任伃伏优会伟传伶伽余作佩佳侃依侠侨俊俏保俭修倚倩健偲元兆先光克全公兰兴兵其典冀冉冕军冬冰冲凉凌凡凯函刚利到刻前剑"
    "力功加劭劲劳劼勇勋勤北千升卉华卓南博占卫卿原友双可号司合吉同向君含启呆和咪品哲哿唯啸善喆喜喻嘉团园国土在均坚坡坤垚培堂堃增士声夏多大天夫夷奇奎奕如妍妮姗姝姣姬威娅娇娜娟娴婉婕婧婵婷媛嫣嫱子孔存孝孟季学"
    "宁宇守安宏宗定宛宜宝实宣宪家宸容宾寂密富寒小少尚尧就尼山岑岚岩岭岳峡峥峰峻崇巍川巧市帅帆希常干平年广庆康延廷建开异弘张弢强彤彦彪彬彻征律微德心必忆忌志忠念怀思怡性总恋恒恩恬恺悦情惟惠意愿慎慧懿戈成才扬"
    "承拴振挺捷摄攀政效敏敢敬文斌斐斯新方旖无日旭时旺旻昀昂昆昊昌明昕星映春昭昱晋晏晓晔晖晗晞晨景晴晶智曦曲曼曾月有朋朔朗朝朦木权李村来杨杰松林果枝柏某柯柱柳栋树根桂桃桐桢桥桦梁梅梓梦森植楚楠楷樱欢欣歌正武"
    "殿毅比民水永汀汉汝江沁沂沙河治法波泰泽洁洋洪洲济浕浡浩浪海涛润涵淮添淼清渐渝渠湃湄湛源溯滔滕满滢漫漾潇潘潞潺澔澜灏灵灿炎炘炜烁烨焕焜焯焰焱然煌煜照熔熙熳燃燕爱爽牛牧狄狮玉玛玢玥玮玲玺珂珊珍珏珑珠珩班珮"
    "珺理琛琦琨琪琳琴琼瑛瑜瑞瑟瑶瑾璇璐璨甜生田由申男画畅留登皓盈益盛相盼真睦睿瞎矣石研硕碧磊礼社祎祖祥祯禅福禹秀秉秋科程立竞竟章童竹笑第策筠筱精素索紫红纪纳细绍统继绪维绵缓缙缠美羡群羽翀翃翔翼耀聪肖育胜胤"
    "腾自致臻舒航良艳艺艾节芃芊芙芝芩芬花芳芹芾若英苹茂茉茜茵茹荣莉莲莹菀菁菲萌萍萧萱葵蒙蓁蓉蓓蓬蔚蔷蕊蕾薇虎虹蛮蜜裕裙西见观言警训访证诗诚询诩语说调谋谦谭豪贝贤贵贻赟赫起超越跃路轩轲轶辉辛辰达迎进远迪选逊"
    "逢逸道邀郅郝都采释重野金鑫钢钦钰钱铁铃铖铜铭铮银锋锐锟锡锦长闪闯闻阔阳陈隆隽雁雄雅雨雪雯雷雾霁霄震霈霓霖霜霞露青靓靖静非革音韵顺颂颖颜颢风飞饱馗香馨驰驻骁骏骜骞高魁鸣鹏麓麟黎黔鼐龙"
    # women's given names' common characters the corpus's bylines happen not to show (彩霞, 翠兰, 淑芬, 凤英, 玉娥, 贞)
    "彩翠淑凤娥芸贞"
)

# Function and question words dropped from long, question-like queries before ranking by their other words.
# Names of opinion columns and page sections that stand where a byline stands (`■来论`, `□时评`) and that a
# surname list would take for a person (来, 时, 钟 are surnames).
COLUMN_NAMES: frozenset[str] = frozenset(
    "来论 时评 短评 快评 锐评 热评 社论 编者按 评论员 观察 声音 视点 钟声 国际锐评 今日谈 人民论坛 望海楼 "
    "新华时评".split()
)

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
