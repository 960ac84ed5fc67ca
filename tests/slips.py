"""Small articles written for the tests of queries as people mistype and abbreviate them (issue 23): enough
of them hold 诈骗 and 防控 that a slip of pinyin input (诈偏, 防空) is, by the index's own counts, unlikely;
景点 and 经典 are both common, in articles of their own; one article writes 工业和信息化部 in full, another
工信部; one introduces 江城经开区 for 江城经济技术开发区 and another writes only the full name; one introduces
科协 (a word of jieba's dictionary) for a city's association of science and technology; one writes 香港特区
twice, another 香港特别行政区 with 香港特区 once in brackets; one tells of 曲靖's traffic police, one writes
Huawei in Latin letters (which split into pinyin: hua wei). Twelve tell of 新冠
testing (新冠检测) by a city's 卫健委 that found 无症状 cases.
Ten hold 西藏 and ten 民生保障, eight 楼市 (and one 大楼是), six 邮储银行, five 暴涨 (as 保障 is read,
baozhang) and two 天牢. One tells of 检车 at a vehicle office, a fuzzy reading (ce for che) from 检测.
Six tell of a morning market held 每逢星期四, three of a library open longer 每个星期, six of fire checks of
出租房屋 in 城中村. Eight tell that a city 已经 renovated its 老旧小区, six of them quoting a resident on what
(什么) changed: common words the vocabulary does not list as words of their own. Six tell of free 肺炎疫苗
for the elderly: 炎 is a character jieba seldom writes alone (yan, as 杨 is yang to fuzzy pinyin input). Ten tell
that a city went all out (全力, 全力以赴) against a flood, ten of repair shops found 靠谱 (reliable), which jieba
cuts into 靠 and 谱, so no word of the vocabulary reads kao pu. Three tell of markets in 贵阳's 南明 district, a
name held by fewer articles than a stretch the index never holds needs to be read as it by its count alone.
Four tell of an air-raid drill (防空演练) with sirens (警报), never beside 疫情. Six tell of a city's chief
procurator (检察长), a word jieba cuts into 检查 and 长 when typed 检查长; twenty-four of sports meetings held for the
eighteenth time (第十八届), one of a city's eighth hospital (市八医院), a name whose 市八 sounds like 十八. One writes
国际奥林匹克委员会 in full, one a provincial 发展和改革委员会."""

from __future__ import annotations

from pathlib import Path

CITIES = ["庆阳", "商洛", "泉州", "绵阳", "宜宾", "九江", "赣州", "株洲", "岳阳", "常德", "柳州", "桂林"]

FRAUD = (
    "{city}警方破获一起电信网络诈骗案\n\n"
    "近日，{city}市公安局反诈中心破获一起冒充客服实施电信网络诈骗的案件，抓获犯罪嫌疑人{n}名。"
    "警方提醒，凡是要求转账到“安全账户”的都是诈骗，接到可疑电话请及时拨打110。"
)
EPIDEMIC = (
    "{city}部署秋冬季疫情防控工作\n\n"
    "{city}市召开疫情防控工作会议，要求落实常态化防控措施，加强重点场所管理，做好{n}个隔离点的准备。"
)
TESTING = "{city}开展新冠检测\n\n{city}市卫健委表示，已对{n}万名居民开展新冠检测，发现无症状感染者{n}例，均已隔离观察。"
TOURISM = "{city}推出{n}条旅游线路\n\n{city}市文旅局推出{n}条精品旅游线路，串联市内主要景点，游客可在景点入口扫码预约。"
CLASSICS = "{city}举办经典诵读大赛\n\n{city}市{n}所中小学的学生参加经典诵读大赛，诵读红色经典篇目。"
TIBET = "{city}第{n}批援藏干部抵达西藏\n\n{city}市第{n}批援藏干部日前抵达西藏，将在西藏工作三年。"
POSTAL = "邮储银行{city}分行发放助农贷款\n\n邮储银行{city}分行今年已发放助农贷款{n}亿元，惠及农户上千户。"
SURGE = "{city}蔬菜价格暴涨\n\n受连续降雨影响，{city}蔬菜价格暴涨，部分品种一周内涨了{n}成。"
LIVELIHOOD = "{city}做好民生保障\n\n{city}市今年新增{n}项民生保障措施，覆盖养老、医疗和住房。"
HOUSING = "{city}楼市成交回暖\n\n{city}楼市上月成交{n}百套，环比回升。"
TOWER = "{city}地标大楼竣工\n\n这栋大楼是{city}的新地标，高{n}百米。"
PRISON = "{city}博物馆复原古代天牢\n\n{city}博物馆按史料复原了一座古代天牢，向游客开放。"
FULL_NAME = (
    "工业和信息化部发布5G应用扬帆行动计划\n\n"
    "工业和信息化部近日发布通知，提出到2025年5G应用在重点行业规模化落地，培育一批5G应用标杆。"
)
SHORT_NAME = "工信部：加快千兆光网建设\n\n工信部表示，将加快千兆光网和5G网络建设，推动5G应用向纵深发展。"
ZONE_INTRODUCED = (
    "江城经济技术开发区新签约项目12个\n\n"
    "江城经济技术开发区（以下简称“江城经开区”）今年新签约项目12个，总投资86亿元。江城经开区将继续优化营商环境。"
)
ZONE_FULL = "江城经济技术开发区建成人才公寓\n\n江城经济技术开发区建成人才公寓三栋，可提供房源六百套。"
ASSOCIATION = "江城市科学技术协会换届\n\n江城市科学技术协会（以下简称“科协”）昨日召开代表大会，科协新一届委员会产生。"
HUAWEI = "Huawei发布新款折叠屏手机\n\nHuawei（华为）本周发布新款折叠屏手机，起售价较上一代有所下调。"
INSPECTION = "玉溪车管所周末照常检车\n\n玉溪车管所本周末照常办理机动车检车业务，车主须先在网上登记。"
MARKET = "{city}早市每逢星期四开市\n\n{city}的早市每逢星期四开市，摊位有{n}百个，蔬菜水果应有尽有。"
LIBRARY = "{city}图书馆延长开放时间\n\n{city}图书馆每个星期延长开放{n}小时，方便读者借阅。"
RENTALS = "{city}城中村出租房屋消防检查\n\n{city}消防部门对城中村出租房屋开展消防检查，发现隐患{n}处。"
HONG_KONG_SHORT = "香港特区推出新一轮消费券\n\n香港特区今年推出新一轮消费券，合资格市民可在网上登记领取。"
HONG_KONG_BOTH = (
    "香港特别行政区成立纪念活动举行\n\n"
    "香港特别行政区（香港特区）成立纪念活动昨日在会展中心举行，多个团体表演了节目，市民观看了升旗仪式。"
)
RENOVATION = "{city}已经完成老旧小区改造\n\n{city}已经完成{n}个老旧小区改造，加装了电梯，修缮了外墙。{said}"
RESIDENT = "一位居民说：“以前停车难，现在什么都方便了。”"
VACCINE = "{city}为老人免费接种肺炎疫苗\n\n{city}今年为{n}万名老人免费接种肺炎疫苗，接种点设在各个医院。"
FLOOD = "{city}全力以赴抗洪抢险\n\n{city}市全力组织抢险，干部群众全力以赴，转移群众{n}百人。"
REPAIR = "{city}评出靠谱维修店\n\n{city}消费者协会评出{n}家靠谱维修店，价格公道，服务周到。"
DISTRICT = "贵阳南明新开{n}家菜市场\n\n贵阳的南明今年新开菜市场{n}家，方便居民买菜。"
SIRENS = "{city}开展防空演练\n\n{city}将于本周六上午开展防空演练并试鸣警报，市民听到警报时不必惊慌。"
PROSECUTOR = "{city}检察长到基层调研\n\n{city}市人民检察院检察长带队到基层检察院调研，听取{n}个部门的汇报。"
MEETING = "{city}举办第十八届运动会\n\n{city}第十八届运动会开幕，{n}支代表队参赛。"
HOSPITAL = "市八医院开设夜间门诊\n\n市八医院即日起开设夜间门诊，方便上班族就医。"
OLYMPIC = "国际奥林匹克委员会召开执委会\n\n国际奥林匹克委员会执行委员会以视频方式召开会议，讨论赛事延期安排。"
PLANNING = "江北省发展和改革委员会下达投资计划\n\n江北省发展和改革委员会下达今年第二批基础设施投资计划，共计四十亿元。"
QUJING = "曲靖交警开展城市拥堵治理\n\n针对早晚高峰城市拥堵，曲靖交警在主要路口增派警力疏导交通，并优化了信号灯配时。"


def write_corpus(folder: Path) -> Path:
    """The articles as text files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, city in enumerate(CITIES * 2):
        n = i + 2
        (folder / f"fraud-{i:02}.txt").write_text(FRAUD.format(city=city, n=n), encoding="utf-8")
        (folder / f"epidemic-{i:02}.txt").write_text(EPIDEMIC.format(city=city, n=n), encoding="utf-8")
        if i < len(CITIES):
            (folder / f"tourism-{i:02}.txt").write_text(TOURISM.format(city=city, n=n), encoding="utf-8")
            (folder / f"testing-{i:02}.txt").write_text(TESTING.format(city=city, n=n), encoding="utf-8")
            (folder / f"classics-{i:02}.txt").write_text(CLASSICS.format(city=city, n=n), encoding="utf-8")
    for i, city in enumerate(CITIES[:10]):
        (folder / f"tibet-{i:02}.txt").write_text(TIBET.format(city=city, n=i + 2), encoding="utf-8")
        (folder / f"livelihood-{i:02}.txt").write_text(LIVELIHOOD.format(city=city, n=i + 2), encoding="utf-8")
        (folder / f"flood-{i:02}.txt").write_text(FLOOD.format(city=city, n=i + 2), encoding="utf-8")
        (folder / f"repair-{i:02}.txt").write_text(REPAIR.format(city=city, n=i + 2), encoding="utf-8")
        if i < 8:
            (folder / f"housing-{i:02}.txt").write_text(HOUSING.format(city=city, n=i + 2), encoding="utf-8")
        if i < 6:
            (folder / f"postal-{i:02}.txt").write_text(POSTAL.format(city=city, n=i + 2), encoding="utf-8")
        if i < 5:
            (folder / f"surge-{i:02}.txt").write_text(SURGE.format(city=city, n=i + 2), encoding="utf-8")
        if i < 6:
            (folder / f"vaccine-{i:02}.txt").write_text(VACCINE.format(city=city, n=i + 2), encoding="utf-8")
            (folder / f"market-{i:02}.txt").write_text(MARKET.format(city=city, n=i + 2), encoding="utf-8")
            (folder / f"rentals-{i:02}.txt").write_text(RENTALS.format(city=city, n=i + 2), encoding="utf-8")
        if i < 8:
            said = RESIDENT if i < 6 else ""
            (folder / f"renovation-{i:02}.txt").write_text(
                RENOVATION.format(city=city, n=i + 2, said=said), encoding="utf-8"
            )
        if i < 3:
            (folder / f"library-{i:02}.txt").write_text(LIBRARY.format(city=city, n=i + 2), encoding="utf-8")
        if i < 3:
            (folder / f"district-{i:02}.txt").write_text(DISTRICT.format(n=i + 2), encoding="utf-8")
        if i < 4:
            (folder / f"sirens-{i:02}.txt").write_text(SIRENS.format(city=city), encoding="utf-8")
        if i < 2:
            (folder / f"prison-{i:02}.txt").write_text(PRISON.format(city=city), encoding="utf-8")
        if i < 6:
            (folder / f"prosecutor-{i:02}.txt").write_text(PROSECUTOR.format(city=city, n=i + 2), encoding="utf-8")
    for i, city in enumerate(CITIES * 2):
        (folder / f"meeting-{i:02}.txt").write_text(MEETING.format(city=city, n=i + 2), encoding="utf-8")
    (folder / "hospital.txt").write_text(HOSPITAL, encoding="utf-8")
    (folder / "olympic.txt").write_text(OLYMPIC, encoding="utf-8")
    (folder / "planning.txt").write_text(PLANNING, encoding="utf-8")
    (folder / "tower.txt").write_text(TOWER.format(city=CITIES[0], n=3), encoding="utf-8")
    (folder / "miit-full.txt").write_text(FULL_NAME, encoding="utf-8")
    (folder / "miit-short.txt").write_text(SHORT_NAME, encoding="utf-8")
    (folder / "qujing.txt").write_text(QUJING, encoding="utf-8")
    (folder / "hong-kong-short.txt").write_text(HONG_KONG_SHORT, encoding="utf-8")
    (folder / "hong-kong-both.txt").write_text(HONG_KONG_BOTH, encoding="utf-8")
    (folder / "zone-introduced.txt").write_text(ZONE_INTRODUCED, encoding="utf-8")
    (folder / "zone-full.txt").write_text(ZONE_FULL, encoding="utf-8")
    (folder / "association.txt").write_text(ASSOCIATION, encoding="utf-8")
    (folder / "huawei.txt").write_text(HUAWEI, encoding="utf-8")
    (folder / "inspection.txt").write_text(INSPECTION, encoding="utf-8")
    return folder
