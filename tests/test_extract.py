"""Extraction: the seed articles field by field, then the general rules on small made-up articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.article import Article, RawDocument, Section
from index.ingest.cleaning import is_boilerplate, is_list_marker
from index.ingest.extract import build_sections, extract, is_person_name, parse_date
from index.ingest.sources import read_sources
from index.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    """The five seed articles, extracted once, by their number."""
    return {raw.id[:3]: extract(raw) for raw in read_sources([SEEDS], Settings().max_file_bytes)}


def _article(text: str, **meta: str) -> Article:
    return extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", meta))


def _headings(sections: list[Section]) -> list[str | None]:
    return [section.heading for section in sections]


# ---------------------------------------------------------------- the seeds

SEED_TABLE = [
    ("000", "庆阳:擎旗奋进汇聚正能量", "甘肃省", "庆阳市", "2023-01-10", "新甘肃", []),
    ("001", "奋力谱写网络强省建设新篇章", "陕西省", None, None, None, ["王帅"]),
    ("002", "泉州网信办:凝聚强劲网动力 助力泉州新发展", "福建省", "泉州市", "2023-12-18", "新华网", ["庄丹丹"]),
    ("003", None, "内蒙古自治区", None, "2022-12", "中国网信", ["符雷"]),
    ("004", "聚合网动力 展现新作为 为建设“一都四区”贡献网信力量", "陕西省", "商洛市", None, None, ["陈琳", "聂夏瑜"]),
]


@pytest.mark.parametrize(("number", "title", "province", "city", "date", "source", "authors"), SEED_TABLE)
def test_seed_fields(seeds, number, title, province, city, date, source, authors) -> None:
    article = seeds[number]
    assert (article.title, article.province, article.city) == (title, province, city)
    assert (article.date, article.source, article.authors) == (date, source, authors)


def test_an_editor_is_not_an_author(seeds) -> None:
    assert seeds["000"].editor == "陈楚培"
    assert seeds["000"].authors == []


def test_a_dash_line_under_the_title_is_the_subtitle(seeds) -> None:
    assert seeds["001"].subtitle == "——全省网信工作综述"
    assert seeds["004"].subtitle == "——全市网络安全和信息化工作综述"
    assert seeds["000"].subtitle is None


def test_seed_000_headings(seeds) -> None:
    assert _headings(seeds["000"].sections) == [
        None,
        "充沛正能量 唱响好声音",
        "净化“生态圈” 筑牢“防火墙”",
        "加快信息化 赋能促发展",
    ]


def test_text_before_the_first_heading_is_a_section_without_heading(seeds) -> None:
    first = seeds["000"].sections[0]
    assert first.heading is None
    assert first.paragraphs[0] == "在全省率先推动落实了各级党委(党组)网信工作与业务工作“四同步”推进机制;"


def test_seed_001_has_three_two_line_headings_with_dash_subsections(seeds) -> None:
    sections = seeds["001"].sections
    assert _headings(sections) == [
        None,
        "加强党对网信工作的全面领导 确保网信事业始终沿著正确方向前进",
        "数字经济实体经济深度融合 发展成果惠及三秦百姓",
        "筑牢网络安全屏障 推进网络空间天朗气清",
    ]
    assert [_headings(s.subsections) for s in sections[1:]] == [
        ["高举思想旗帜", "壮大主流舆论", "优化网络生态"],
        [
            "加快发展数字经济,促进数字经济和实体经济深度融合,打造具有国际竞争力的数字产业集群",
            "让互联网更好造福三秦百姓",
        ],
        ["网络安全为人民,网络安全靠人民", "网络无边,安全有界"],
    ]


def test_seed_003_has_six_headings(seeds) -> None:
    assert _headings(seeds["003"].sections) == [
        None,
        "坚持守正创新,切实做好党的二十大网上学习宣传贯彻工作",
        "加强多元融合,著力提升全媒体语境下主流舆论引领力",
        "突出延伸覆盖,推进网络综合治理体系建设向纵深发展",
        "著力防范风险,守卫祖国北疆网络安全屏障",
        "强化数字赋能,推动构建现代化产业体系",
        "强化政治引领,打造网信铁军",
    ]


def test_seed_004_headings(seeds) -> None:
    # The issue says seven; the file has eight `X Y` headings.
    assert _headings(seeds["004"].sections)[1:] == [
        "坚持高位统筹 智慧城市全域推进",
        "狠抓项目建设 数字经济赋能增效",
        "加强政治建设 体制机制高效顺畅",
        "创新活动载体 党的建设永葆活力",
        "强化综合治理 网络空间天朗气清",
        "落实各方责任 网络安全平稳可控",
        "坚持守正创新 网络内容出新出彩",
        "推动社会工作 网上网下同频共振",
    ]


def test_a_bracketed_by_line_is_taken_out_of_the_paragraph(seeds) -> None:
    last = seeds["001"].sections[-1].subsections[-1].paragraphs[-1]
    assert last.endswith("全力打造清朗网络空间。")
    assert "王帅" not in seeds["001"].body
    assert "庄丹丹" not in seeds["002"].body
    assert "聂夏瑜" not in seeds["004"].body


def test_the_broken_paragraph_of_004_is_rejoined(seeds) -> None:
    assert "确保党的全面覆盖。" in seeds["004"].body


@pytest.mark.parametrize(("number", "traditional"), [("000", False), ("001", True), ("002", False), ("003", True)])
def test_traditional_seeds_are_detected_and_keep_their_original_text(seeds, number, traditional) -> None:
    article = seeds[number]
    assert article.traditional is traditional
    assert article.original == (SEEDS / Path(article.path).name).read_text(encoding="utf-8")


def test_the_body_of_a_traditional_article_is_simplified(seeds) -> None:
    assert seeds["001"].original.startswith("奮力譜寫網絡強省建設新篇章")
    assert "互联网发展日新月异" in seeds["001"].body
    assert "網" not in seeds["001"].body


def test_pinyin_annotations_do_not_reach_the_body(seeds) -> None:
    assert "党的二十大对网络安全和信息化工作提出新要求" in seeds["003"].body


@pytest.mark.parametrize(
    "furniture",
    [
        "分享让更多人看到",
        "Tags",
        "上一篇",
        "您现在的位置",
        "围观",
        "字号",
        ".jpg",
        "版权",
        "ICP",
        "公网安备",
        "举报电话",
        "@",
    ],
)
def test_no_boilerplate_survives_in_a_seed_body(seeds, furniture) -> None:
    for number, article in seeds.items():
        assert furniture not in article.body, number


def test_no_button_row_survives_in_a_seed_body(seeds) -> None:
    for number, article in seeds.items():
        assert not any(is_boilerplate(line) for line in article.body.splitlines()), number
        assert "- 评论" not in article.body and "- 关注" not in article.body, number


def test_metadata_lines_are_not_body_text(seeds) -> None:
    assert "日期" not in seeds["000"].body
    assert "责任编辑" not in seeds["000"].body
    assert "来源:" not in seeds["003"].body
    assert "作者:" not in seeds["003"].body


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "written", ["2023年1月10日", "2023-01-10", "2023/01/10", "2023.01.10", "2023年01月10日 17:30", "2023/01/10/ 17:30"]
)
def test_date_forms_in_a_publication_line(written: str) -> None:
    article = _article(f"庆阳网信工作会议召开\n发布时间：{written}\n庆阳市网信办召开工作会议，部署全年工作。")
    assert article.date == "2023-01-10"


@pytest.mark.parametrize("invalid", ["2023-02-30", "2023年2月29日", "2023-13-01", "2023/04/31"])
def test_invalid_dates_are_rejected(invalid: str) -> None:
    assert parse_date(invalid) is None
    article = _article(f"庆阳网信工作会议召开\n发布时间：{invalid}\n庆阳市网信办召开工作会议，部署全年工作。")
    assert article.date is None


def test_a_leap_day_is_a_date() -> None:
    assert parse_date("2024年2月29日") == "2024-02-29"


def test_dates_keep_the_precision_written() -> None:
    assert parse_date("2022年第12期") == "2022-12"
    assert parse_date("2022年12月") == "2022-12"
    assert parse_date("2022年") is None
    assert parse_date("2022年", allow_year=True) == "2022"


def test_the_date_is_not_taken_from_body_text() -> None:
    article = _article(
        "打卡中国网络国际传播活动走进内蒙古\n"
        "2022年7月28日，参加网络国际传播活动的外国网络名人走进达拉特旗。\n"
        "活动通过网络直播等形式，向海内外网民展示内蒙古的发展成就。"
    )
    assert article.date is None


def test_a_given_date_wins_over_the_text() -> None:
    article = _article("网信工作综述\n发布时间：2023-01-10\n全省网信工作取得新成效。", date="2022年12月")
    assert article.date == "2022-12"


# ---------------------------------------------------------------- source, authors, editor


def test_the_source_comes_from_a_source_label() -> None:
    article = _article("庆阳网信工作会议召开\n日期：2023/01/10 17:30  来源：新甘肃\n庆阳市网信办召开工作会议。")
    assert (article.date, article.source) == ("2023-01-10", "新甘肃")


def test_a_journal_source_gives_its_issue_as_the_date() -> None:
    article = _article("网信工作综述\n全区网信工作取得新成效。\n来源：《中国网信》2022年第12期")
    assert (article.source, article.date) == ("中国网信", "2022-12")


def test_the_source_and_reporters_come_from_a_news_agency_dateline() -> None:
    article = _article(
        "国家网信办部署网络生态治理\n"
        "新华社北京1月10日电（记者 张三 李四）国家网信办10日发布通知，要求各地加强网络生态治理。\n"
        "通知指出，要压实网站平台主体责任。"
    )
    assert article.source == "新华社"
    assert article.authors == ["张三", "李四"]


def test_the_source_comes_from_a_site_dateline() -> None:
    article = _article("泉州网信办:凝聚强劲网动力\n新华网讯 近年来，泉州市网信部门统筹推进网上正面宣传引导。")
    assert article.source == "新华网"


def test_an_author_line_gives_the_authors() -> None:
    article = _article("网信工作综述\n作者：王帅 陈琳\n全省网信工作取得新成效。")
    assert article.authors == ["王帅", "陈琳"]
    assert "作者" not in article.body


def test_an_author_line_with_a_job_title_gives_only_the_name() -> None:
    article = _article("全区网信工作取得新成效。\n作者：符雷 内蒙古自治区党委宣传部常务副部长")
    assert article.authors == ["符雷"]


def test_an_editor_line_gives_the_editor() -> None:
    article = _article("网信工作综述\n全省网信工作取得新成效。\n责任编辑：陈楚培")
    assert article.editor == "陈楚培"
    assert article.authors == []
    assert "陈楚培" not in article.body


def test_a_by_line_in_brackets_after_the_last_sentence_gives_the_authors() -> None:
    article = _article("网信工作综述\n全省网信工作取得新成效，网络空间日益清朗。（记者 王帅）")
    assert article.authors == ["王帅"]
    assert article.body.endswith("网络空间日益清朗。")


@pytest.mark.parametrize("note", ["(图片由受访者提供)", "(据新华社)", "(2019—2022)"])
def test_a_note_in_brackets_at_the_end_is_not_a_by_line(note: str) -> None:
    article = _article(f"网信工作综述\n全省各级党委压实管网治网主体责任。{note}")
    assert article.authors == []
    assert article.body.endswith(note)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("王帅", True), ("欧阳修文", True), ("聂夏瑜", True), ("网络安全", False), ("陈", False), ("王Ａ", False)],
)
def test_person_names_start_with_a_surname(text: str, expected: bool) -> None:
    assert is_person_name(text) is expected


# ---------------------------------------------------------------- title and structure


def test_a_missing_title_stays_none() -> None:
    article = _article(
        "党的二十大对网络安全和信息化工作提出新要求，是引领新时代网信事业发展的行动指南。\n全区网信系统将全面推进。"
    )
    assert article.title is None


def test_a_given_title_is_used_and_not_repeated_in_the_body() -> None:
    article = _article("庆阳:擎旗奋进汇聚正能量\n庆阳市网信办召开工作会议。", title="庆阳:擎旗奋进汇聚正能量")
    assert article.title == "庆阳:擎旗奋进汇聚正能量"
    assert article.body == "庆阳市网信办召开工作会议。"


def test_a_traditional_given_title_is_simplified() -> None:
    assert _article("網信工作會議召開。", title="網信工作綜述").title == "网信工作综述"


def test_a_heading_needs_a_paragraph_after_it() -> None:
    sections = build_sections(["全省网信工作取得新成效。", "网络空间天朗气清"])
    assert _headings(sections) == [None]
    assert sections[0].paragraphs == ["全省网信工作取得新成效。", "网络空间天朗气清"]


def test_a_dash_line_opens_a_subsection_of_the_current_heading() -> None:
    sections = build_sections(
        ["筑牢网络安全屏障", "持续开展网络安全宣传周活动。", "——网络无边,安全有界。", "重点整治突出问题。"]
    )
    assert _headings(sections) == ["筑牢网络安全屏障"]
    assert sections[0].paragraphs == ["持续开展网络安全宣传周活动。"]
    assert [(s.heading, s.paragraphs) for s in sections[0].subsections] == [
        ("网络无边,安全有界", ["重点整治突出问题。"])
    ]


def test_full_width_punctuation_in_a_page_is_understood() -> None:
    article = _article(
        "您现在的位置：首页 > 新闻\n"
        "庆阳网信工作会议召开\n"
        "发布时间：2023年1月10日　来源：新甘肃\n"
        "庆阳市网信办召开工作会议，部署全年工作。（王帅）\n"
        "分享到：微信 微博\n"
        "责任编辑：陈楚培"
    )
    assert (article.title, article.date, article.source) == ("庆阳网信工作会议召开", "2023-01-10", "新甘肃")
    assert (article.authors, article.editor) == (["王帅"], "陈楚培")
    assert article.body == "庆阳市网信办召开工作会议，部署全年工作。"


# ---------------------------------------------------------------- layouts: dates, Markdown, lists, sites


@pytest.mark.parametrize(
    "line",
    [
        "２０２３年０１月１０日　来源：新甘肃",
        "2023/01/10 17:30  来源：新甘肃",
        "【2023-01-10】 来源：新甘肃",
        "发布时间：2023/01/10 17:30 来源：新甘肃",
    ],
)
def test_publication_lines_in_any_common_form_give_date_and_source(line: str) -> None:
    article = _article(f"庆阳网信工作会议召开\n{line}\n庆阳市网信办召开工作会议，部署全年工作。")
    assert (article.date, article.source) == ("2023-01-10", "新甘肃")
    assert "新甘肃" not in article.body


def test_a_markdown_export_gives_title_source_and_date() -> None:
    article = _article(
        "# 庆阳网信工作会议召开\n\n> 来源：新甘肃 | 2023-01-10\n\n庆阳市网信办召开工作会议，**部署全年工作**。\n"
    )
    assert (article.title, article.source, article.date) == ("庆阳网信工作会议召开", "新甘肃", "2023-01-10")
    assert article.body == "庆阳市网信办召开工作会议，部署全年工作。"


def test_titles_listed_after_a_marker_are_not_text_and_do_not_decide_the_region() -> None:
    article = _article(
        "网信工作会议召开\n\n全市网信系统召开工作会议，部署全年工作，要求压实网络安全责任。\n\n相关新闻\n"
        "西安召开网信工作会议\n西安网信办开展清朗行动\n西安举办网络安全宣传周"
    )
    assert "西安" not in article.body
    assert (article.province, article.city) == (None, None)


def test_a_headline_ending_in_an_exclamation_is_a_title() -> None:
    article = _article("网络安全为人民，网络安全靠人民！\n庆阳市网信办开展网络安全宣传周活动。")
    assert article.title == "网络安全为人民，网络安全靠人民！"


def test_a_site_is_the_source_when_the_page_names_no_other() -> None:
    assert _article("网信工作综述\n全省网信工作取得新成效。", site="新甘肃").source == "新甘肃"
    labelled = _article("网信工作综述\n来源：庆阳日报\n全省网信工作取得新成效。", site="新甘肃")
    assert labelled.source == "庆阳日报"


def test_a_given_author_is_read_as_names() -> None:
    assert _article("网信工作综述\n全省网信工作取得新成效。", author="记者 王帅 陈琳").authors == ["王帅", "陈琳"]


def test_halves_of_a_paragraph_that_both_carry_the_indent_are_rejoined() -> None:
    article = _article(
        "关于制止餐饮浪费的通知\n"
        "　　各地区各部门要加强宣传教育，切实培养节约习惯，在全社会营造浪费可耻、节约为荣的氛围，共同防止\n"
        "　　食品浪费\n"
        "　　要加大监督力度，形成文明健康的生活方式。"
    )
    assert "营造浪费可耻、节约为荣的氛围，共同防止食品浪费" in article.body
    assert [s.heading for s in article.sections] == [None]


def test_a_damaged_pinyin_annotation_leaves_a_mark_and_no_remnant(seeds) -> None:
    body = seeds["003"].body
    assert "内蒙古日□□“北观工作室”" in body
    assert not any(syllable in body for syllable in ("qǐng", "bào", "jiān", "?"))


def test_an_editor_closing_the_last_paragraph_is_read_and_the_sentence_kept() -> None:
    article = _article(
        "山西出台全民阅读促进条例\n山西省全民阅读工作取得长足进步。\n本《条例》自2021年7月1日起施行。(完)【编辑:卞立群】"
    )
    assert article.editor == "卞立群"
    assert article.body.endswith("本《条例》自2021年7月1日起施行。(完)")


def test_an_end_of_dispatch_mark_ends_the_sentence_before_it() -> None:
    article = _article(
        "纽约州呼吸机告急\n纽约州的呼吸机存量将在6天内耗尽。(完)\n当地时间4月3日，州长科莫警告称，呼吸机告急。"
    )
    assert article.body.split("\n") == [
        "纽约州的呼吸机存量将在6天内耗尽。(完)",
        "当地时间4月3日，州长科莫警告称，呼吸机告急。",
    ]


def test_a_news_outlet_in_a_by_line_is_not_an_author() -> None:
    article = _article("纽约州呼吸机告急\n联邦政府已经购买了1.7万台呼吸机，但却要50个州参与竞争。（海外网/张荣耀）")
    assert article.authors == ["张荣耀"]


def test_a_text_written_one_short_line_a_sentence_has_no_headings() -> None:
    sections = build_sections(
        [
            "这两天",
            "不少市民发现",
            "小区门口的早餐摊不见了",
            "记者走访了城区多个街道，发现早餐摊点已统一搬进便民服务点，市民买早餐更加方便。",
            "大家都说",
            "干净多了",
        ]
    )
    assert _headings(sections) == [None]


def test_three_short_lines_in_a_row_are_text_not_a_heading() -> None:
    sections = build_sections(
        [
            "12月25日下午，一名中年女子在码头边徘徊。",
            "程主任见状",
            "来不及打开闸门",
            "就从江堤上冲下去",
            "经过耐心劝说，该女子打消了轻生的念头，目前已被移交给派出所。",
            "派出所民警随后联系了她的家人，将她平安送回家中。",
        ]
    )
    assert _headings(sections) == [None]


def test_a_numbered_line_heads_a_section_in_a_text_of_short_lines() -> None:
    sections = build_sections(
        [
            "冬季行车",
            "注意安全",
            "一、雨雪天气减速慢行",
            "遇雨雪等恶劣天气或夜间行车要加倍小心，适当降低车速，加大跟车距离。",
            "请大家转告",
            "身边的亲友",
        ]
    )
    assert _headings(sections) == [None, "一、雨雪天气减速慢行"]


def test_a_heading_after_an_unfinished_sentence_is_text() -> None:
    sections = build_sections(
        [
            "近日，市交警支队在城区开展夜查行动，共查处酒驾违法行为十余起，其中",
            "醉驾两起",
            "民警提醒，饮酒后切勿驾车，以免酿成悲剧。",
        ]
    )
    assert _headings(sections) == [None]


def test_a_kicker_above_the_headline_is_not_the_title() -> None:
    article = _article(
        "春耕时节走基层\n"
        "庆阳千亩高标准农田喜迎春播\n"
        "连日来，庆阳市各县区抢抓农时，在高标准农田里开展春播作业。\n"
        "今年庆阳新建高标准农田十二万亩，春播面积同比增加一成。"
    )
    assert article.title == "庆阳千亩高标准农田喜迎春播"
    assert article.body.split("\n")[0] == "春耕时节走基层"


def test_the_declared_title_tells_the_headline_from_its_kicker() -> None:
    article = _article(
        "人物\n周迅：接受不完美\n她说，演员这一行，最要紧的是真诚。\n接受自己的不完美，才能演好别人。",
        title="周迅：接受不完美",
    )
    assert article.title == "周迅：接受不完美"
    assert "周迅：接受不完美" not in article.body


def test_a_section_heading_under_the_title_is_no_headline() -> None:
    article = _article(
        "庆阳网信工作会议召开\n"
        "一、网络安全宣传周进社区进校园\n"
        "网络安全宣传周期间，庆阳市开展网络安全进社区、进校园活动，发放宣传资料两万余份。\n"
        "二、网络文明建设\n"
        "庆阳市网信办组织开展网络文明主题活动，引导网民文明上网。"
    )
    assert article.title == "庆阳网信工作会议召开"
    assert _headings(article.sections) == ["一、网络安全宣传周进社区进校园", "二、网络文明建设"]


def test_a_line_of_names_alone_under_the_headline_is_its_byline() -> None:
    text = "别样清明祭扫，一样追思深情\n侯江\n这周六就是清明节了。为保障疫情防控期间安全祭扫，多个部门日前发起倡议。"
    article = _article(text, title="别样清明祭扫，一样追思深情")
    assert article.authors == ["侯江"] and not article.body.startswith("侯江")


def test_a_role_noun_under_the_headline_is_no_writer() -> None:
    text = "工厂废气影响周边居民生活\n来信人\n谭先生反映，园洲镇一家工厂排放废气，希望有关部门尽快处理。"
    assert _article(text, title="工厂废气影响周边居民生活").authors == []


def test_a_first_line_that_is_part_of_the_declared_title_keeps_the_declared_title() -> None:
    text = "爱心点燃希望\n——记火神山医院感染二科主任王辉\n每天乘车往返于医院和驻地，王辉见证了这座城市渐渐恢复活力。"
    assert _article(text, title="一线抗疫群英谱丨王辉：爱心点燃希望").title == "一线抗疫群英谱丨王辉：爱心点燃希望"


@pytest.mark.parametrize("credit", ["——《北京之春》1998年3月号", "（摘自《社会科学季刊》2000年第2期，原文约15000字）"])
def test_a_closing_credit_of_the_publication_is_the_source_not_text(credit: str) -> None:
    text = f"犬儒病\n人心不会熄灭，但它可能蒙上灰烬而不再燃烧。拨开灰烬，你会看到人心。\n{credit}"
    article = _article(text, title="犬儒病")
    assert credit not in article.body and article.source in ("北京之春", "社会科学季刊")


def test_the_writers_affiliation_line_is_no_text() -> None:
    text = "社会资本与再就业\n【作者单位：华中师范大学社会学系】\n近年来，下岗职工的再就业问题成为了社会关注的焦点。"
    assert "作者单位" not in _article(text, title="社会资本与再就业").body


def test_the_issuer_signing_a_notice_above_its_date_is_its_writer() -> None:
    text = "关于新增建设项目的通告\n新迁入人口不享有补偿。\n特此通告。\n吉林省人民政府\n2022年1月27日"
    article = _article(text, title="关于新增建设项目的通告")
    assert article.authors == ["吉林省人民政府"] and "吉林省人民政府" not in article.body


@pytest.mark.parametrize(
    ("written", "day"), [("Saturday, September 10th, 2005   10:56 am", "2005-09-10"), ("Sep 10, 2005", "2005-09-10")]
)
def test_an_english_blog_engines_date_is_a_date(written: str, day: str) -> None:
    assert parse_date(written) == day


def test_a_date_alone_under_the_headline_is_no_text_when_the_day_is_known() -> None:
    text = "网站建设札记\n发布时间：2005-09-10\nSaturday, September 10th, 2005 10:56 am\n今天讨论网站建设的问题。"
    article = _article(text, title="网站建设札记")
    assert article.date == "2005-09-10" and "September" not in article.body


def test_the_day_under_a_notices_issuer_is_its_day_before_the_day_it_was_put_online() -> None:
    text = "关于新增建设项目的通告\n新迁入人口不享有补偿。\n特此通告。\n吉林省人民政府\n2022年1月27日"
    assert _article(text, title="关于新增建设项目的通告", date="2022-01-28").date == "2022-01-27"


BBS_POST = (
    "作者 sunnyday (晴天) 看板 News\n标题 [新闻] 全市部署防汛工作\n时间 Wed Apr 01 10:26:00 2020\n\n"
    "7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作。\n\n--\n※ 发信站: 批踢踢实业坊(ptt.cc)"
)


def test_a_bulletin_board_posts_header_gives_title_day_and_poster() -> None:
    article = _article(BBS_POST)
    assert (article.title, article.date, article.authors) == ("全市部署防汛工作", "2020-04-01", ["sunnyday"])


def test_a_bulletin_board_posts_header_and_station_line_are_no_text() -> None:
    assert _article(BBS_POST).body == "7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作。"


def test_a_sentence_beginning_with_a_header_word_is_text() -> None:
    text = "时间 过得真快，转眼又是一年汛期。\n市防汛抗旱指挥部召开紧急会议，部署当前防汛工作。"
    assert _article(text, title="全市部署防汛工作").body.startswith("时间")


def test_a_microblog_posts_topics_and_brackets_leave_its_headline() -> None:
    text = "@江城发布\n2020-4-1 10:26 来自 微博\n#江城新闻# 【全市部署防汛工作】\n7月15日，市防汛指挥部召开会议。"
    article = _article(text)
    # (a government's account over its post, `XX发布`, writes as a body: issue 22 counts it no writer)
    assert (article.title, article.authors, article.date) == ("全市部署防汛工作", [], "2020-04-01")


# ---------------------------------------------------------------- a page saved as text, its site's lines first

_SAVED_PAGE = """首页\t新闻\t政务\t图片\t视频
站内搜索：\t搜索
当前位置：首页 >> 新闻 >> 本地新闻
热点排行
江城举行龙舟比赛
河西新区引进三个项目

全市部署防汛工作
发布时间：2020-07-15 08:15\t来源：江城日报\t点击：120
7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作，要求各地严阵以待。
会议要求，各级各部门要加强值班值守，落实巡查制度，发现险情及时处置。"""


def test_a_text_files_headline_is_the_line_above_its_publication_line_under_the_sites_lines() -> None:
    assert _article(_SAVED_PAGE).title == "全市部署防汛工作"


def test_the_sites_lines_above_a_text_files_headline_are_no_text() -> None:
    body = _article(_SAVED_PAGE).body
    assert body.startswith("7月15日上午") and "龙舟" not in body and "搜索" not in body


def test_a_kicker_right_above_the_headline_stays_with_the_text() -> None:
    text = _SAVED_PAGE.replace("\n全市部署防汛工作\n", "\n汛期到了\n全市部署防汛工作\n")
    article = _article(text)
    assert article.title == "全市部署防汛工作" and "汛期到了" in article.body


def test_a_title_labelled_under_a_breadcrumb_is_read_without_its_label() -> None:
    text = "江城论坛 > 民生关注\n\n标题：全市部署防汛工作\n楼主：清风徐来  发表于 2020-07-15 10:26\n\n"
    text += "7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作，要求各地严阵以待。"
    assert _article(text).title == "全市部署防汛工作"


_FLOOD = "7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作，要求各地严阵以待，确保群众安全。"


@pytest.mark.parametrize(
    "line",
    [
        "更新时间：2020-07-16 发布时间：2020-07-15",
        "发布时间：2020-07-15 更新时间：2020-07-16",
        "最后更新于 2020-07-16 10:00  2020-07-15 发布",
    ],
)
def test_the_day_a_publication_line_labels_as_its_last_change_is_not_the_articles(line: str) -> None:
    assert _article(f"全市部署防汛工作\n{line}\n{_FLOOD}").date == "2020-07-15"


def test_a_lines_only_day_is_read_even_when_labelled_as_its_last_change() -> None:
    assert _article(f"全市部署防汛工作\n更新时间：2020-07-16\n{_FLOOD}").date == "2020-07-16"


def test_a_notices_day_in_chinese_numerals_under_its_issuer_is_its_day() -> None:
    text = (
        f"全市部署防汛工作\n{_FLOOD}\n会议要求，各级各部门要加强值班值守。\n江城市防汛抗旱指挥部\n二〇二〇年七月十五日"
    )
    article = _article(text)
    assert (article.date, article.authors) == ("2020-07-15", ["江城市防汛抗旱指挥部"])


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：江城融媒体中心/王硕", "江城融媒体中心"),
        ("来源：江城晚报、江城发布", "江城晚报"),
        ("来源：江城新闻网编辑：李娜", "江城新闻网"),
        ("来源：江城晚报返回搜狐，查看更多", "江城晚报"),
        ("来源：微信公众号“江城健康（jchealth）”", "江城健康"),
        ("来源：中国记者网", "中国记者网"),
    ],
)
def test_a_source_label_gives_the_name_without_what_runs_on_after_it(line: str, source: str) -> None:
    assert _article(f"全市部署防汛工作\n{line}\n{_FLOOD}").source == source


def test_a_questions_note_in_brackets_is_no_writer() -> None:
    article = _article(f"全市防汛知识竞赛\n{_FLOOD}\n1.汛期是指每年的哪几个月？（单选）\nA.5至9月 B.6至8月\n{_FLOOD}")
    assert article.authors == [] and "哪几个月？（单选）" in article.body


def test_an_interviewers_short_question_stays_in_the_text() -> None:
    article = _article(f"全市部署防汛工作\n{_FLOOD}\n记者：您为什么回乡？\n李强：家里需要人手。\n{_FLOOD}")
    assert "记者：您为什么回乡？" in article.body


def test_a_reporters_credit_after_a_question_is_still_read() -> None:
    assert _article(f"全市部署防汛工作\n{_FLOOD}\n汛期如何避险？（江城日报记者 张伟）").authors == ["张伟"]


# A scraper's whole story on one line (JSON Lines bodies of the corpus): the line is a paragraph, whatever it ends in.
STORY_ON_ONE_LINE = (
    "昨日上午，江城市总工会成立江城工匠学院，这是全市首家面向产业工人的技能学院。学院将开设数控、焊接和电工等"
    "二十多个专业，每年培训职工五千人次。市总工会负责人表示，学院还将组织技能比武，为优秀工人搭建交流平台。"
    "今后，职工提升技能有了新去处，学院的课程对全市职工免费开放，报名可通过工会的微信公众号完成。"
    "首批学员将于下月入学，学院还与本地二十家企业签订了实习协议，学员结业后可优先进入这些企业工作。"
)


def test_a_story_on_one_line_ending_in_its_credit_keeps_its_text() -> None:
    article = _article(STORY_ON_ONE_LINE + "采写 | 江城工报记者 王艳 通讯员 陈华编辑 | 叶灿辉")
    assert "江城工匠学院" in article.body


def test_a_story_on_one_line_ending_in_a_role_after_the_name_keeps_its_text() -> None:
    article = _article(STORY_ON_ONE_LINE + "○新报记者 吴轶凡 文")
    assert "江城工匠学院" in article.body


def test_a_story_on_one_line_under_a_reading_list_label_keeps_its_text() -> None:
    article = _article("推荐阅读：" + STORY_ON_ONE_LINE)
    assert "江城工匠学院" in article.body


def test_a_reading_list_label_before_a_title_still_opens_a_list() -> None:
    assert is_list_marker("推荐阅读：江城今年新建二十座公园")


def test_a_paragraph_opening_with_a_writer_and_a_glued_source_keeps_its_text() -> None:
    opening = "作者：林晓雯来源：江城故事（id：jcgs）" + STORY_ON_ONE_LINE
    article = _article(opening + "\n" + STORY_ON_ONE_LINE.replace("江城工匠学院", "工匠学院"), title="江城有了工匠学院")
    assert "江城工匠学院" in article.body


def test_a_pages_only_text_run_into_its_byline_on_one_line_is_kept() -> None:
    snippet = (  # a search result's snippet: its dateline, byline and the story's first sentences on one line
        "3小时前?-?青溪日报5月8日电题:青溪县新建乡村公路一百二十公里  青溪日报记者王晓东、李娜  "
        "8日，青溪县沿线六个乡镇的农产品运输时间平均缩短了一半。两天中，县里.."
    )
    article = _article(snippet, title="青溪县新建乡村公路一百二十公里")
    assert "农产品运输时间平均缩短了一半" in article.body
