"""Normalization, one rule per test: script conversion, pinyin, width, boilerplate, broken paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest.boilerplate import BUTTON_WORDS, LINE_RULE_MAX_CHARS, LINE_RULES, TAIL_BLOCK_RULES
from index.ingest.cleaning import (
    clean_lines,
    is_boilerplate,
    join_wrapped,
    rejoin_paragraphs,
    strip_markup,
    wrap_width,
)
from index.text.normalize import fold_width, is_traditional, normalize_text, strip_pinyin, to_simplified

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


# ---------------------------------------------------------------- Traditional -> Simplified


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("乾縣", "乾县"),  # OpenCC's own t2s cases: the place names keep 乾, not 干县 / 干安县
        ("乾安縣", "乾安县"),
        ("頭髮", "头发"),
        ("乾隆", "乾隆"),
        ("乾燥", "干燥"),
        ("開放中文轉換", "开放中文转换"),
        ("香煙（英語：Cigarette），為煙草製品的一種。", "香烟（英语：Cigarette），为烟草制品的一种。"),
    ],
)
def test_traditional_is_converted_phrase_by_phrase(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified


@pytest.mark.parametrize("simplified", ["乾县", "乾安县", "头发", "乾隆", "坐标", "干部"])
def test_text_already_simplified_is_left_as_it_is(simplified: str) -> None:
    assert to_simplified(simplified) == simplified


def test_a_simplified_query_meets_the_traditional_document() -> None:
    assert normalize_text("陝西省乾縣") == normalize_text("陕西省乾县") == "陕西省乾县"


def test_traditional_script_is_detected_and_simplified_is_not() -> None:
    assert is_traditional("奮力譜寫網絡強省建設新篇章,互聯網發展日新月異,信息化浪潮迅猛發展。")
    assert not is_traditional("奋力谱写网络强省建设新篇章,互联网发展日新月异,信息化浪潮迅猛发展。")
    assert not is_traditional("乾县的乾隆年间石刻")


# ---------------------------------------------------------------- pinyin annotations


def test_pinyin_annotations_are_removed_but_real_parentheses_stay() -> None:
    text = (
        "黨的二十大對(duì)網(wǎng)絡(luò)安全和信息化工作提出新要求,各级党委(党组)要落实《行动计划》(2019—2022)。(王帥)"
    )
    assert (
        strip_pinyin(text)
        == "黨的二十大對網絡安全和信息化工作提出新要求,各级党委(党组)要落实《行动计划》(2019—2022)。(王帥)"
    )


@pytest.mark.parametrize(
    "text",
    ["创作新媒体产品5100余篇(条)", "重点新闻网站(客户端)", "各级党委(党组)", "行动计划(2019—2022)", "(王帥)"],
)
def test_parenthesised_words_are_not_pinyin(text: str) -> None:
    assert strip_pinyin(text) == text


def test_full_width_parentheses_around_pinyin_are_removed_too() -> None:
    assert strip_pinyin("對（duì）網（wǎng）絡（luò）") == "對網絡"


def test_unmarked_syllables_count_only_in_a_text_with_tone_marks() -> None:
    assert strip_pinyin("我(wo)们") == "我(wo)们"
    assert strip_pinyin("對(duì)網(wǎng)絡(luò)的(de)") == "對網絡的"


# ---------------------------------------------------------------- width and controls


def test_full_width_letters_digits_and_ideographic_space_are_folded() -> None:
    assert fold_width("建成５Ｇ基站\u3000ｉＰｖ６") == "建成5G基站 iPv6"


def test_chinese_punctuation_is_not_folded() -> None:
    assert fold_width("网络强国，数字中国。") == "网络强国，数字中国。"


def test_control_characters_and_carriage_returns_are_removed() -> None:
    assert normalize_text("\ufeff网信\u200b工作\r\n综述\r") == "网信工作\n综述\n"


@pytest.mark.parametrize("brk", ["\x0c", "\x0b", "\u2028", "\u2029", "\x85"])
def test_a_page_break_or_a_unicode_line_separator_is_a_line_break(brk: str) -> None:
    assert normalize_text(f"第一页的最后一行{brk}第二页的第一行") == "第一页的最后一行\n第二页的第一行"


def test_normalize_text_applies_every_rule() -> None:
    assert normalize_text("對(duì)網(wǎng)絡(luò)安全\u3000５Ｇ") == "对网络安全 5G"


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_normalize_text_is_idempotent(name: str) -> None:
    once = normalize_text((SEEDS / name).read_text(encoding="utf-8"))
    assert normalize_text(once) == once


# ---------------------------------------------------------------- boilerplate lines


@pytest.mark.parametrize(
    "line",
    [
        "您现在的位置是:首页 > 生活服务生活服务",
        "您现在的位置：首页 > 新闻中心",
        "首页 > 新闻中心 > 正文",
        "字号:[][][]",
        "【字体：大 中 小】",
        "微信图片_20230109155206.jpg",
        "Tags:",
        "标签：网信 网络安全",
        "上一篇:你会选择谁?",
        "下一篇：泉州举办网络安全宣传周",
        "我为人人2023-12-18【生活服务】9665人已围观",
        "阅读量：12345",
        "Copyright © 2016- 北疆新闻网 All Rights Reserved",
        "(c) 2021 Reuters",
        "版权所有：北疆新闻",
        "免责声明:本站转载的文章不代表本站观点",
        "蒙ICP备16001043号-1",
        "京公网安备 11010502030143号",
        "本站违法和不良信息举报电话:15648148811",
        "举报电话：010-12345678",
        "联系邮箱:bjwmaster@163.com",
        "投稿信箱：news@example.com.cn",
        "互联网新闻信息服务许可证:15120200009-1",
        "扫一扫在手机打开当前页",
        "【打印】",
        "转载请注明出处",
        "本文版权归作者和江城博客共有，欢迎转载，但未经作者同意必须保留此段声明。",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
        "第 2 页 共 5 页",
        "江城市人民政府办公室　　　　2020年4月1日印发",
    ],
)
def test_page_furniture_lines_are_boilerplate(line: str) -> None:
    assert is_boilerplate(normalize_text(line))


def test_a_sentence_about_who_owns_a_copyright_stays_text() -> None:
    assert not is_boilerplate("法院认定，涉案歌曲的著作权归词曲作者所有，被告应停止侵权并赔偿损失。")


def test_the_original_headline_a_reprint_quotes_stays_searchable_text() -> None:
    assert not is_boilerplate("原标题：黑五战役打响 海外购登陆拼多多")


def test_a_filing_fields_value_in_the_cell_after_its_label_goes_with_it() -> None:
    assert clean_lines("索引号：\n11620000/2020-00012\n发布日期：\n2020-04-01") == ["", "", "发布日期：", "2020-04-01"]


def test_a_signature_month_closing_a_letter_is_no_archive_line() -> None:
    assert not is_boilerplate("2019年1月")


def test_every_line_rule_drops_a_short_line_it_matches() -> None:
    samples = {
        "breadcrumb navigation: 您现在的位置：, 您当前的位置：, 当前位置：": "当前位置：首页",
        "breadcrumb navigation without a label": "网站首页 > 时政",
        "font-size widget: 字号:[大][中][小]": "字号:[大][中][小]",
        "image file name left by a scraper": "IMG_2023.PNG",
        "tag and keyword lists": "关键词：网信",
        "previous/next links": "下一条：网络文明大会开幕",
        "view counter: 9665人已围观": "1024人阅读",
        "view counter: 阅读量:123": "浏览次数:88",
        "a post's view counter: (本文发表于…, 已被阅读178次)": "(本文发表于时政论坛, 已被阅读305次)",
        "a thread's counters alone on their line: 查看: 3211 | 回复: 1": "查看: 3211 | 回复: 3",
        "a web clipper's note: Saved from https://…": "Saved from https://www.example.cn/news/1.html on 2020-04-01",
        "a wire story's end mark alone on its line: （完）": "(完)",
        "a post's end mark alone on its line: - THE END -": "— END —",
        "a bulletin board's station line: ※ 发信站: …": "※ 发信站: 批踢踢实业坊(ptt.cc), 来自: 1.2.3.4",
        "a blog post's trackback address": "Trackback: http://tb.example.net/TrackBack.aspx?PostId=1024",
        "the site's software credit: Powered by Discuz!": "Powered by Discuz! 5.0.0",
        "a forum post's edit notice: 本帖最后由 X 于 2020-4-2 09:02 编辑": "本帖最后由 江边的鱼 于 2021-3-5 21:40 编辑",
        "a blog's archive of months: 2005年06月(7), April 2006": "2006年03月(12)",
        "copyright notice": "© 2023 新甘肃",
        "copyright and disclaimer lines": "本站声明：文章仅代表作者观点",
        "copyright owner notice: 本文版权归作者和博客园共有，欢迎转载…; 著作权归作者所有。": "版权归江城日报社所有",
        "ICP licence and public-security filing numbers": "陇ICP证 123456 号",
        "an account's business contacts: 商务合作：…, 投稿微信：…, 商务合作请添加微信：…": "投稿微信：qxfb2023",
        "a newsroom's tip line: 新闻热线：0731-84123456": "新闻热线：0736-84123456",
        "the page's own address: 本文链接：http://…": "本文链接：http://www.example.cn/a/1.html",
        "a call for submissions: 投稿须知：…": "投稿须知：来稿请注明作者姓名。",
        "an account's handle alone: 微信号：jcfb2020": "微信号：qxfb2023",
        "report hotlines with their number": "举报热线 12377",
        "contact e-mail lines": "E-mail: editor@example.org",
        "the site's own licence and self-description": "新闻信息采编发布服务一类资质网站",
        "QR-code prompts: 扫一扫, 长按扫一扫": "长按识别二维码关注我们",
        "a rule with its label inside: ------分隔线----------, ===== 正文结束 =====": "=====以下为原文=====",
        "page buttons in brackets": "【收藏】",
        "reprint notices": "未经授权不得转载",
        "a wire's or a syndicator's grant and its ban in one line: 新华社授权X网发布，未经授权不得转载。": (
            "中新社授权青溪网刊发，未经授权不得转载使用。"
        ),
        "WeChat follow and like prompts": "点击上方蓝字关注我们",
        "link to the original post": "阅读原文",
        "browser advice": "请使用IE8.0以上浏览器浏览本网站",
        "a player's fallback text: 您的浏览器不支持视频播放，请升级浏览器或安装Flash插件": "您的浏览器不支持此视频格式",
        "site owner footer": "主办单位：庆阳市人民政府办公室 承办：庆阳市信息中心",
        "site maintainer footer": "技术支持：某某网络科技有限公司",
        "site contact footer: 地址:… 电话:…": "地址：兰州市城关区南昌路1号 电话：0931-8888888",
        "takedown notice: 如有侵犯您的权利请联系我们": "本站部分内容来自网络，如有侵犯您的权益请联系删除",
        "filing fields of a notice": "索引号：11620000/2020-00012",
        "page number: — 1 —": "— 3 —",
        "an official document's distribution lines (版记): 抄送：…, …2020年4月1日印发": "抄送：市委办公室。",
        "a forum's page statistics: Processed in 0.031 second(s), 8 queries; Total 0.031(s) query 8, Gzip enabled": (
            "Processed in 0.040 second(s), 9 queries."
        ),
        "a forum's clock line: GMT+8, 2009-5-12 10:21": "GMT+8, 2010-8-17 9:53",
        "a forum software's footer row: Archiver|手机版|小黑屋|江城社区": "Archiver|手机版|小黑屋|江南论坛",
        "a reader view's reading time: 阅读时间：5-7 分钟": "阅读时间：3-4 分钟",
        "a video page's copyright prompt: 未经作者授权，禁止转载": "未经作者授权，禁止转载",
        "a video's description label: 简介：…, 视频简介：…": "视频简介：",
        "a transcript's heading: 文稿, 字幕": "文稿",
        "a transcript's or a chapter's timestamp: 00:12": "01:25",
        "an office notice's header: 发布人：X\u3000发布部门：Y, 发布范围：全局": "发布范围：全局",
        "a notice's read receipts: 已读 128 人 未读 36 人": "已读 56 人 未读 12 人",
        "an app's prompt and the buttons beside it: 在应用中查看 分享": "在应用中查看",
        "a post's button row in brackets: [上一篇] [下一篇] [同主题阅读]": "[上一篇] [下一篇]",
        "a notice's receipt button": "确认收到",
        "an empty attachment field: 附件：（无）": "附件：无",
        "an episode's hosts and guests: 主播：林夕、周舟, 本期嘉宾：王海燕": "主持：江一 / 苏苏",
        "where to listen: 收听方式：小宇宙 / Apple Podcasts, 订阅：喜马拉雅 | 蜻蜓FM": "收听渠道：网易云音乐、QQ音乐",
        "an episode's music: BGM：…": "背景音乐：《春江花月夜》",
        "an episode's number, day and length: EP41 · 2020-03-30 · 31分钟": "Vol.12 | 2021-06-01",
        "a timeline's heading: 时间轴, 节目看点：": "Shownotes",
        "a transcript's heading: 节目文稿, 视频文字版, 声音文稿": "音频文字稿",
        "a line of hashtags: #江城新闻# #现场直击#, #剪藏/新闻 #待读": "#城市漫步# #周末去哪儿#",
        "a bulletin's distribution lines: 报：市委办公室, 送：各区县网信办": "分送：各乡镇党委、政府",
        "a bulletin's print run: （共印30份）": "共印45份",
        "a clip's source address: 原文：http://…, 来源 URL：https://…": "原文链接：https://www.example.cn/a/1.html",
        "a clip's or an export's footer naming its app: 由 江城笔记 剪藏 · 原文地址 https://…, — 由 幕布 导出 · …": (
            "— 由 随手记 导出 · 2021-05-02"
        ),
        "a reading app's list head and buttons: 稍后读 · 第3篇, 在原网页查看 · 标记为已读": "查看原文 · 移入归档",
        "a phone's status bar read from a screenshot: 中国移动 4G 上午9:41 @ 76%, 9:41 .ıll 5G 92": (
            "中国联通 下午3:05 LTE 58%"
        ),
        "an app's bar read from a screenshot: <  江城发布  ···, ← 新闻详情 ⋮": "← 网信江城 …",
        "an editor's toolbar: 撤销 重做 | 标题 正文 引用 | 加粗 斜体 | 插入图片": "加粗 斜体 下划线 | 插入链接",
        "a back end's user bar: 内容管理系统 · 稿件编辑　当前用户：王海燕　退出": "欢迎您，王海燕 | 安全退出",
        "a pitch to subscribe, forward or share: 订阅《X》…送到你的邮箱。, 点此退订, 转发给一位朋友, 分享这篇": (
            "点击上方蓝字，免费订阅本刊"
        ),
        "a player's buttons, time and length, a programme's blurb: ▶ 收听, 00:00 / 04:12, 本期节目导读：…": (
            "节目时长 12:40"
        ),
        "a notebook cell's prompt: In [3]:, Out[3]:": "In [ ]:",
    }
    assert sorted(samples) == sorted(why for _, why in LINE_RULES)
    for why, line in samples.items():
        assert is_boilerplate(line), why


def test_a_line_rule_not_anchored_at_the_start_is_found_within_a_line() -> None:
    # its first alternative may stand anywhere, its second only at the start: the rules anchored at the start are
    # tried together by one match there, and this one must not be taken for one of them
    assert is_boilerplate("江城市人民政府办公室主办　网站标识码：3601000001")
    assert is_boilerplate("主办单位：江城市人民政府办公室　技术支持：江城信息中心")


@pytest.mark.parametrize("word", sorted(BUTTON_WORDS))
def test_each_button_word_alone_is_boilerplate(word: str) -> None:
    assert is_boilerplate(word)


@pytest.mark.parametrize(
    "line", ["分享让更多人看到", "- 评论", "- 关注", "分享到: 微信 微博 QQ空间", "【打印】【关闭】", "返回顶部"]
)
def test_rows_of_buttons_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["", "   ", "……", "|", "—— ——"])
def test_lines_without_words_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line.strip())


@pytest.mark.parametrize(
    "line",
    [
        "充沛正能量 唱响好声音",
        "关注民生 服务群众",
        "分享经济蓬勃发展。",
        "网络发展到哪里,党的工作就覆盖到哪里。",
        "2022年,庆阳市以网络意识形态和网络安全两大工作责任制为抓手。",
        "市网信办提醒,市民发现网络谣言和有害信息,可拨打举报电话12377反映。",  # a story's advice, ended by its stop
        "该平台获得授权发布相关作品，未经授权转载的网站已被责令整改。",  # a story's grant is no page's ban
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_short_sentence_counting_participants_is_not_a_view_counter() -> None:
    assert is_boilerplate("1234人阅读 | 23条评论")
    assert not is_boilerplate("本次网络评论大赛共有3000人参与,参赛作品400多篇。")


def test_a_long_paragraph_mentioning_a_report_centre_is_kept() -> None:
    paragraph = (
        "走好网上群众路线,商洛新闻网开设“市长留言台”,听取网民意见建议。建立商洛市互联网违法和不良信息举报中心,"
        "及时受理处置举报线索,近年来,共清理各类违法违规信息5000多条,移交违法线索21条,清理违规开设网站频道(栏目)21个、"
        "论坛贴吧11个,依法约谈各类网络平台152家,关闭违法违规平台35家,举报电话12377全天开通,处罚违规网站7家。"
    )
    assert len(paragraph) > LINE_RULE_MAX_CHARS
    assert not is_boilerplate(paragraph)
    assert clean_lines(paragraph) == [paragraph]


# ---------------------------------------------------------------- tail blocks


def _page(head: list[str], tail: list[str]) -> str:
    return "\n".join(head + tail)


BODY = [
    "泉州网信办:凝聚强劲网动力",
    "近年来,泉州市网信部门统筹推进网上正面宣传引导。",
    "全市网信系统坚持以关于网络强国的重要思想为指导。",
    "通过打造“圈层化”网络综合治理的“泉港模式”,推动网信服务阵地前移。",
    "泉州加强网络安全顶层设计,通过制度化、法治化构建网络安全工作体系。",
]


@pytest.mark.parametrize(
    "opener",
    ["北疆新闻版权与免责声明:", "版权声明", "相关新闻：", "推荐阅读", "网站地图 | 关于我们 | 联系我们"],
)
def test_a_tail_block_in_the_second_half_runs_to_the_end_of_the_page(opener: str) -> None:
    page = _page(BODY, [opener, "一、凡本站中注明的所有文字,版权均属本站所有", "其他新闻标题"])
    assert clean_lines(page) == BODY


def test_every_tail_block_rule_has_an_example() -> None:
    openers = {
        "disclaimer block heading: 版权与免责声明:": "版权与免责声明：",
        "site footer link row": "关于我们 丨 广告服务 丨 联系方式",
    }
    assert sorted(openers) == sorted(why for _, why in TAIL_BLOCK_RULES)
    for why, opener in openers.items():
        assert clean_lines(_page(BODY, [opener, "尾部内容"])) == BODY, why


def test_a_tail_block_opener_near_the_top_removes_nothing() -> None:
    page = _page(BODY[:1], ["北疆新闻版权与免责声明:", *BODY[1:]])
    assert clean_lines(page) == [BODY[0], "北疆新闻版权与免责声明:", *BODY[1:]]


# ---------------------------------------------------------------- lists of other titles


@pytest.mark.parametrize("marker", ["相关阅读：", "相关新闻", "往期推荐", "【热门新闻】", "推荐阅读:", "延伸阅读"])
def test_a_list_above_the_article_loses_its_titles_and_keeps_the_article(marker: str) -> None:
    titles = ["· 兰州市举办网络安全宣传周活动", "2. 西安召开网信工作会议 2023-01-09", "银川网信办开展清朗行动（01-08）"]
    page = _page([marker, *titles, ""], BODY)
    assert [line for line in clean_lines(page) if line] == BODY


def test_a_list_marker_with_its_first_title_on_the_same_line_is_dropped() -> None:
    page = _page(["相关阅读：兰州市举办网络安全宣传周活动", "西安召开网信工作会议", ""], BODY)
    assert [line for line in clean_lines(page) if line] == BODY


def test_a_list_at_the_end_runs_to_the_end_of_the_page() -> None:
    page = _page(BODY, ["往期推荐", "兰州市举办网络安全宣传周活动", "近年来，西安市网信办持续开展清朗行动。"])
    assert [line for line in clean_lines(page) if line] == BODY


def test_blank_lines_are_kept_as_separators() -> None:
    assert clean_lines("第一段。\n\n第二段。") == ["第一段。", "", "第二段。"]


# ---------------------------------------------------------------- broken paragraphs


def test_a_paragraph_broken_mid_sentence_is_rejoined() -> None:
    lines = [
        "市委网信办强化政治引领,狠抓党建业务融合,把党建工作成效转化为指导和推动网信工作的实际举措,确保党的全",
        "",
        "面覆盖。面对互联网发展的新形势新挑战,全市网信系统将认真贯彻落实中央决策部署。",
    ]
    assert rejoin_paragraphs(lines) == [
        "市委网信办强化政治引领,狠抓党建业务融合,把党建工作成效转化为指导和推动网信工作的实际举措,确保党的全面覆盖。"
        "面对互联网发展的新形势新挑战,全市网信系统将认真贯彻落实中央决策部署。"
    ]


def test_a_heading_is_not_glued_to_the_paragraph_after_it() -> None:
    lines = ["坚持高位统筹 智慧城市全域推进", "", "市委网信办深入贯彻数字中国战略,全面落实数字陕西规划部署。"]
    assert rejoin_paragraphs(lines) == [lines[0], lines[2]]


def test_a_fragment_is_not_glued_to_a_heading_after_it() -> None:
    lines = [
        "近年来,全市建成投入数字经济重点项目49个,创建省级数字经济示范园区1个、市级园区和项目6个,柞水县入选试点县,市",
        "",
        "加强政治建设 体制机制高效顺畅",
        "市委高度重视网信事业。",
    ]
    assert rejoin_paragraphs(lines) == [lines[0], lines[2], lines[3]]


def test_a_dash_sub_heading_is_not_glued() -> None:
    lines = [
        "陕西省委坚决落实党管互联网的工作要求,压紧压实各级党委(党组)管网治网用网主体责任,并且持续推进",
        "——高举思想旗帜。",
    ]
    assert rejoin_paragraphs(lines) == lines


def test_finished_sentences_are_not_glued() -> None:
    lines = [
        "网络发展到哪里,党的工作就覆盖到哪里。",
        "陕西省委坚决落实党管互联网的工作要求!",
        "确保网信事业始终沿着正确方向前进:",
    ]
    assert rejoin_paragraphs(lines) == lines


def test_full_width_sentence_ends_are_sentence_ends() -> None:
    lines = [
        "网络发展到哪里，党的工作就覆盖到哪里，这是我们始终坚持的一条重要原则和根本要求！",
        "陕西省委坚决落实党管互联网的工作要求。",
    ]
    assert rejoin_paragraphs(lines) == lines


# ---------------------------------------------------------------- damaged annotations and the pipeline


def test_a_character_lost_with_its_annotation_is_marked_and_the_remnant_goes() -> None:
    text = "統(tǒng)籌(chóu)聯(lián)動(dòng)內(nèi)蒙古日?qǐng)?bào)“北觀工作室”"
    assert normalize_text(text) == "统筹联动内蒙古日□□“北观工作室”"


def test_a_question_mark_in_a_text_without_annotations_stays() -> None:
    assert normalize_text("你会选择谁?(bào)") == "你会选择谁?(bào)"


def test_a_stray_annotation_after_a_latin_letter_goes_in_an_annotated_text() -> None:
    assert normalize_text("請(qǐng)在(zài)見(jiàn)W(wǎng)后") == "请在见W后"


def test_widths_are_folded_before_pinyin_is_looked_for() -> None:
    assert normalize_text("\ufeff對(ｄuì)網(wǎng)絡(luò)\u3000５Ｇ\r\n") == "对网络 5G\n"


def test_a_numbers_full_width_decimal_point_and_percent_sign_read_as_typed() -> None:
    assert normalize_text("复工率达９８．２％") == "复工率达98.2%"


def test_a_full_width_full_stop_after_a_character_keeps_its_width() -> None:
    assert normalize_text("好．") == "好．"


# ---------------------------------------------------------------- text printed or wrapped at a width

PRINTED = [
    "会议指出，入汛以来全市平均降雨量较常年偏多三成，主要江",
    "河水位持续上涨，部分水库超过汛限水位。各级各部门要加强",
    "值班值守，落实巡查制度，发现险情及时处置，坚决打赢防汛",
    "抗洪这场硬仗。",
    "会议要求，各地严阵以待，确保群众生命财产安全，各级领导",
    "干部要深入一线，靠前指挥，发现险情及时组织群众转移，做",
    "到应转尽转、不漏一人。",
]
STORY_LINE = "会议要求，各地严阵以待，确保群众生命财产安全。"


def test_a_page_printed_at_a_width_has_its_paragraphs_joined_back() -> None:
    assert join_wrapped(PRINTED) == ["".join(PRINTED[:4]), "".join(PRINTED[4:])]


def test_a_page_foot_and_running_head_between_two_halves_of_a_paragraph_go() -> None:
    lines = [*PRINTED[:2], "— 1 —", "江城市防汛抗旱指挥部文件", *PRINTED[2:], "江城市防汛抗旱指挥部文件"]
    assert join_wrapped(lines)[0] == "".join(PRINTED[:4])


def test_a_poems_lines_of_one_length_are_not_joined() -> None:
    poem = ["江城五月落梅花", "黄鹤楼中吹玉笛", "一为迁客去长沙", "西望长安不见家"] * 2
    assert join_wrapped(poem) == poem


def test_a_text_of_one_paragraph_a_line_has_no_wrap_width() -> None:
    assert wrap_width(["".join(PRINTED[:4]), "".join(PRINTED[4:])] * 4) is None


def test_latin_words_cut_at_a_line_end_keep_a_space() -> None:
    lines = list(PRINTED)
    lines[0], lines[1] = lines[0][:-6] + "a flood", "season " + lines[1][4:]
    assert "flood season" in join_wrapped(lines)[0]


def test_plain_text_lines_of_one_width_are_not_joined_as_printed() -> None:
    assert rejoin_paragraphs(PRINTED)[0] == PRINTED[0]


def test_a_bulleted_list_of_titles_above_the_text_is_dropped() -> None:
    text = (
        "热点排行\n·江城举行龙舟比赛\n·西宁表彰优秀网络评论\n·银川建设智慧城市平台\n\n全市部署防汛工作\n" + STORY_LINE
    )
    assert [line for line in clean_lines(text) if line] == ["热点排行", "全市部署防汛工作", STORY_LINE]


def test_a_bulleted_list_inside_the_text_stays() -> None:
    text = f"{STORY_LINE}\n·加强组织领导\n·完善工作机制\n·强化督导检查"
    assert clean_lines(text) == [STORY_LINE, "·加强组织领导", "·完善工作机制", "·强化督导检查"]


def test_a_count_alone_on_its_line_is_not_glued_to_the_story_after_it() -> None:
    lines = ["12034", "溪山县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。"]
    assert rejoin_paragraphs(lines) == lines


def test_a_sections_number_still_leads_its_heading() -> None:
    lines = ["02", "新路采用沥青路面并在急弯处加装防护栏和反光标志"]
    assert rejoin_paragraphs(lines) == ["02新路采用沥青路面并在急弯处加装防护栏和反光标志"]


def test_buttons_in_brackets_before_an_editors_field_leave_the_field() -> None:
    assert strip_markup("【我要纠错】 责任编辑：林溪") == "责任编辑：林溪"


def test_a_column_tag_in_brackets_before_a_headline_stays() -> None:
    assert strip_markup("【评论】乡村公路修好了，客车也要跟上") == "【评论】乡村公路修好了，客车也要跟上"


def test_the_story_resumes_under_a_related_list_set_inside_its_second_half() -> None:
    story = ["青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。"] * 3
    box = ["相关阅读：", "青溪县启动危桥改造，二十座危桥年底前完成加固", "江城市公交线路调整"]
    rest = "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。"
    lines = clean_lines("\n".join([*story, "", *box, "", rest]))
    assert rest in lines
    assert not set(box) & set(lines)


def test_a_related_list_closing_the_page_with_summaries_still_runs_to_the_end() -> None:
    story = ["青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。"] * 3
    teasers = [
        "青溪县启动危桥改造",
        "全县将改造危桥十八座，力争年底前完工，确保群众出行安全。",
        "江城市公交线路调整",
        "五条线路自下月起调整走向，市民出行前可先查询新的站点。",
    ]
    lines = clean_lines("\n".join([*story, "相关阅读", *teasers]))
    assert not {line for line in lines if line} & set(teasers)


def test_a_markdown_link_to_a_script_keeps_its_words() -> None:
    line = "- [打印](javascript:window.print()) | [关闭](javascript:window.close())"
    assert strip_markup(line) == "- 打印 | 关闭"
