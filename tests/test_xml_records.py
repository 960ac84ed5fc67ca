"""XML of a schema the build does not know is read, not skipped: a news agency's NITF item, a CMS's export of
several articles, a wiki's page export, an archive's record with Chinese element names, a search engine's named
fields and another messenger's backup each give their articles, with the headline, the day and the writer the
elements around the prose are named for; a file with no prose says why it was skipped, a damaged one is read as
far as it parses and says so."""

from __future__ import annotations

from html import escape
from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.ingest.xml_records import person, when
from index.settings import Settings

TITLE = "庆阳市委网信办召开全市网信工作会议"
LEAD = "5月4日，庆阳市委网信办召开全市网信工作会议，总结2022年工作，部署2023年重点任务。"
SECOND = "会议要求，各县区网信部门要坚持正确政治方向，切实做好网络安全和信息化各项工作，持续营造风清气正的网络空间。"
OTHER_TITLE = "庆阳开展网络安全宣传周活动"
OTHER = "5月6日，庆阳市网络安全宣传周在西峰区启动，市民在活动现场学习识别电信网络诈骗的方法。"


def _read(folder: Path) -> list[RawDocument | Skipped]:
    return list(read_sources([folder], Settings().max_file_bytes))


NITF = f"""<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>{TITLE}</title><docdata><date.issue norm="20230504T093000+0800"/></docdata>
<pubdata type="web" position.section="国内新闻"/></head><body><body.head><hedline><hl1>{TITLE}</hl1></hedline>
<byline>记者 王雪</byline><dateline>庆阳5月4日电</dateline></body.head>
<body.content><p>{LEAD}</p><p>{SECOND}</p></body.content><body.end><tagline>（完）</tagline></body.end></body></nitf>"""


def test_a_news_agencys_nitf_item_is_an_article_with_its_headline_day_and_byline(tmp_path: Path) -> None:
    (tmp_path / "item.xml").write_text(NITF, encoding="utf-8")
    (raw,) = _read(tmp_path)
    assert raw.meta == {"title": TITLE, "date": "2023-05-04 09:30:00", "author": "王雪"}  # the byline's name
    article = extract(raw)
    assert (article.title, article.date) == (TITLE, "2023-05-04") and article.body == f"{LEAD}\n{SECOND}"
    assert "国内新闻" not in article.body and "电" not in raw.text  # the section and the dateline are fields


def _record(title: str, day: str, text: str) -> str:
    return (
        f"<article><channel>要闻</channel><title>{title}</title><pubtime>{day} 09:00:00</pubtime>"
        f"<updatetime>2023-06-30 12:00:00</updatetime><content><![CDATA[<p>{text}</p>]]></content></article>"
    )


def test_each_record_of_a_cms_export_is_an_article_dated_by_its_publication_not_its_update(tmp_path: Path) -> None:
    export = f"<export><articles>{_record(TITLE, '2023-05-04', LEAD)}{_record(OTHER_TITLE, '2023-05-06', OTHER)}"
    (tmp_path / "export.xml").write_text(export + "</articles></export>", encoding="utf-8")
    first, second = (extract(raw) for raw in _read(tmp_path))
    assert [(a.title, a.date, a.body) for a in (first, second)] == [
        (TITLE, "2023-05-04", LEAD),
        (OTHER_TITLE, "2023-05-06", OTHER),
    ]


WIKITEXT = f"""{{{{date|2023年5月4日}}}}
'''{LEAD[:5]}'''{LEAD[5:]}<ref>{{{{source|url=https://example.cn/1}}}}</ref>

[[庆阳市|庆阳]]{SECOND[2:]}

== 来源 ==
* {{{{source|url=https://example.cn/1|title={TITLE}}}}}

[[Category:甘肃]]"""


def _wiki_page(title: str, text: str, stamp: str, user: str) -> str:
    return (
        f"<page><title>{title}</title><ns>0</ns><revision><timestamp>{stamp}</timestamp><contributor>"
        f"<username>{user}</username></contributor><model>wikitext</model><format>text/x-wiki</format>"
        f'<text xml:space="preserve">{escape(text)}</text></revision></page>'
    )


def test_a_wiki_page_export_is_read_as_the_text_the_page_shows_dated_in_chinas_day(tmp_path: Path) -> None:
    pages = _wiki_page("庆阳会议", f"#REDIRECT [[{TITLE}]]", "2023-05-05T08:00:00Z", "Bot")
    pages += _wiki_page(TITLE, WIKITEXT, "2023-05-03T17:30:00Z", "Newsbot")
    names = "<namespaces><namespace key='2'>用户</namespace></namespaces>"
    site = f"<siteinfo><sitename>陇原维基新闻</sitename>{names}</siteinfo>"
    (tmp_path / "export.xml").write_text(f"<mediawiki>{site}{pages}</mediawiki>", encoding="utf-8")
    (raw,) = _read(tmp_path)  # the redirect has no text
    assert raw.meta == {"title": TITLE, "date": "2023-05-04 01:30:00"}  # a bot is no writer; UTC 17:30 is May 4th
    assert raw.text == f"{LEAD}\n\n庆阳{SECOND[2:]}"  # templates, notes, the sources' section and categories out


def test_an_archives_record_with_chinese_element_names_gives_its_title_day_and_text(tmp_path: Path) -> None:
    record = f"""<?xml version="1.0" encoding="GB18030"?><档案导出><档案 档号="WS·2023-Y-001"><全宗号>J012</全宗号>
<题名>{TITLE}</题名><成文日期>20230504</成文日期><保管期限>永久</保管期限><正文>{LEAD}
{SECOND}</正文><附注>电子文件归档</附注></档案></档案导出>"""
    (tmp_path / "record.xml").write_bytes(record.encode("gb18030"))
    article = extract(_read(tmp_path)[0])
    assert (article.title, article.date, article.body) == (TITLE, "2023-05-04", f"{LEAD}\n{SECOND}")


def test_fields_named_by_their_holders_attribute_are_read_by_that_name(tmp_path: Path) -> None:
    fields = [("id", "qy-1"), ("title", TITLE), ("pub_date", "2023-05-04T01:30:00Z"), ("content", LEAD)]
    doc = "".join(f'<field name="{name}">{value}</field>' for name, value in fields)
    (tmp_path / "update.xml").write_text(f"<add><doc>{doc}</doc></add>", encoding="utf-8")
    (raw,) = _read(tmp_path)
    assert raw.meta == {"title": TITLE, "date": "2023-05-04 09:30:00"} and raw.text == LEAD


def _line(stamp: str, text: str) -> str:
    return f'<line from="陈静" ts="{stamp}"><txt>{text}</txt></line>'


def test_a_messengers_backup_gives_only_the_message_of_an_articles_length(tmp_path: Path) -> None:
    story = "\n".join([TITLE, *[LEAD, SECOND] * 3])
    lines = _line("1683163800000", "大家看看这条新闻，会议精神要认真学习。") + _line("1683164100000", story)
    (tmp_path / "chat.xml").write_text(f"<backup><dialog>{lines}{_line('1683165000000', '收到')}</dialog></backup>")
    (raw,) = _read(tmp_path)
    assert raw.meta == {"date": "2023-05-04 09:35:00"} and raw.text.startswith(TITLE)  # milliseconds, China's day


def test_a_backup_of_short_messages_only_is_skipped_saying_what_was_looked_for(tmp_path: Path) -> None:
    lines = _line("1683163800000", "今天下午三点在三楼会议室开会，请准时参加。") + _line(
        "1683164100000", "收到，准时到。"
    )
    (tmp_path / "chat.xml").write_text(f"<backup><dialog>{lines}</dialog></backup>", encoding="utf-8")
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("no feed items")


def test_an_xml_file_with_no_prose_is_skipped_saying_why(tmp_path: Path) -> None:
    config = (
        "<config><site>庆阳网信</site><menu><item>首页</item><item>工作动态</item><item>政策法规</item></menu></config>"
    )
    (tmp_path / "config.xml").write_text(config, encoding="utf-8")
    (skipped,) = _read(tmp_path)
    assert "nor prose in any element of the XML file (root <config>" in skipped.reason


def test_an_xml_file_cut_short_is_read_as_far_as_it_goes_and_says_it_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "item.xml").write_text(NITF[: NITF.index(SECOND) + 20], encoding="utf-8")
    (raw,) = _read(tmp_path)
    assert raw.text.startswith(LEAD) and raw.damaged.startswith("the XML is damaged at line")


def test_a_byte_invalid_in_the_files_encoding_costs_only_that_character(tmp_path: Path) -> None:
    data = NITF.encode("utf-8")
    cut = data.index(SECOND.encode("utf-8")) + 3
    (tmp_path / "item.xml").write_bytes(data[:cut] + b"\xff" + data[cut + 3 :])
    (raw,) = _read(tmp_path)
    assert raw.meta["author"] == "王雪" and SECOND[2:] in raw.text and raw.damaged


def test_days_are_read_in_iso_compact_zoned_epoch_and_chinese_forms() -> None:
    assert when("20230504") == "2023-05-04"
    assert when("20230504T093000+0800") == "2023-05-04 09:30:00"
    assert when("2023-05-03T17:30:00Z") == "2023-05-04 01:30:00"
    assert when("1683163800") == "2023-05-04 09:30:00"
    assert when("2023年5月4日") == "2023-05-04"
    assert when("庆阳5月4日电") is None and when("") is None


def test_a_machine_account_is_no_writer() -> None:
    assert [person(name) for name in ("Administrator", "Unknown", "admin2", "user_12", "管理员")] == [None] * 5
    assert person("王雪") == "王雪" and person("Zhang Wei") == "Zhang Wei"
    assert person("新华社记者 张明 李华") == "张明、李华"  # a byline's names


def test_the_sections_of_a_headed_document_are_one_article_under_its_title(tmp_path: Path) -> None:
    sections = "".join(
        f"<section><title>第{k}部分</title><para>{text}</para></section>" for k, text in enumerate([LEAD, SECOND])
    )
    info = f"<info><title>{TITLE}</title><date>2023-05-04</date><author><personname>王雪</personname></author></info>"
    (tmp_path / "article.xml").write_text(f"<article>{info}{sections}</article>", encoding="utf-8")
    (raw,) = _read(tmp_path)
    assert raw.meta == {"title": TITLE, "date": "2023-05-04", "author": "王雪"} and raw.text == f"{LEAD}\n\n{SECOND}"


def test_records_holding_their_text_beside_a_title_and_a_day_in_attributes_are_articles(tmp_path: Path) -> None:
    news = f"<news title='{TITLE}' date='2023-05-04'>{LEAD}</news>"
    news += f"<news title='{OTHER_TITLE}' date='2023-05-06'>{OTHER}</news>"
    (tmp_path / "list.xml").write_text(f"<list>{news}</list>", encoding="utf-8")
    assert [raw.meta for raw in _read(tmp_path)] == [
        {"title": TITLE, "date": "2023-05-04"},
        {"title": OTHER_TITLE, "date": "2023-05-06"},
    ]


def test_a_paragraph_whose_text_is_in_runs_is_one_paragraph(tmp_path: Path) -> None:
    runs = "".join(f"<w:p><w:r><w:t>{t[:10]}</w:t></w:r><w:r><w:t>{t[10:]}</w:t></w:r></w:p>" for t in (LEAD, SECOND))
    meta = f"<o:DocumentProperties><o:Title>{TITLE}</o:Title><o:Author>Administrator</o:Author></o:DocumentProperties>"
    (tmp_path / "doc.xml").write_text(
        f"<w:wordDocument xmlns:w='w' xmlns:o='o'>{meta}<w:body>{runs}</w:body></w:wordDocument>"
    )
    (raw,) = _read(tmp_path)
    assert raw.meta == {"title": TITLE} and raw.text == f"{LEAD}\n\n{SECOND}"  # a machine account is no writer


def test_a_cms_export_of_items_under_its_own_root_is_read_for_all_its_fields(tmp_path: Path) -> None:
    item = f"<item><title>{TITLE}</title><link>http://qy.example/1.html</link>"
    item += f"<publish_time>2023-05-04 09:30</publish_time><content>{LEAD}</content></item>"
    (tmp_path / "data.xml").write_text(f"<data>{item}{item}</data>", encoding="utf-8")
    meta = {"title": TITLE, "date": "2023-05-04 09:30:00", "url": "http://qy.example/1.html"}
    assert [raw.meta for raw in _read(tmp_path)] == [meta, meta]


def _word2003(title: str, author: str) -> str:
    runs = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in (LEAD, SECOND))
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"
 xmlns:o="urn:schemas-microsoft-com:office:office"><o:DocumentProperties><o:Title>{title}</o:Title>
<o:Author>{author}</o:Author><o:LastAuthor>{author}</o:LastAuthor><o:Created>2023-05-03T23:40:00Z</o:Created>
</o:DocumentProperties><w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{TITLE}</w:t></w:r></w:p>{runs}</w:body>
</w:wordDocument>"""


def test_a_word_documents_template_title_gives_way_to_its_first_bold_line(tmp_path: Path) -> None:
    (tmp_path / "doc.xml").write_text(_word2003("新建 Microsoft Word 文档", "Administrator"), encoding="utf-8")
    (raw,) = _read(tmp_path)
    article = extract(raw)
    assert (article.title, article.date) == (TITLE, "2023-05-04")
    assert article.body.split("\n") == [LEAD, SECOND]


def test_a_windows_installs_default_owner_is_no_writer() -> None:
    for owner in ("微软用户", "微软中国", "Windows 用户", "lenovo"):
        assert person(owner) is None
    assert person("林晓燕") == "林晓燕"
