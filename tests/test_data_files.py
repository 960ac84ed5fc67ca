"""Files that hold a story as data: a presentation, a spreadsheet, a database dump, a message backup."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市2021年国家网络安全宣传周活动在市民广场启动，现场设置了二十余个展位。"
SECOND = "活动期间，全市各级网信部门将组织网络安全知识进社区、进校园、进企业，普及个人信息保护常识。"
_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
_S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _slide(*lines: str) -> str:
    paragraphs = "".join(f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" for line in lines)
    return f"<p:sld {_A} xmlns:p='urn:p'><p:txBody>{paragraphs}</p:txBody></p:sld>"


def _sheet(rows: list[list[str]]) -> bytes:
    cells = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in enumerate(row) if v)
        + "</row>"
        for r, row in enumerate(rows, start=1)
    )
    return _zip({"xl/worksheets/sheet1.xml": f"<worksheet {_S}><sheetData>{cells}</sheetData></worksheet>"})


def _read(tmp_path: Path, name: str, data: bytes) -> list[RawDocument | Skipped]:
    (tmp_path / name).write_bytes(data)
    return list(read_sources([tmp_path / name], Settings().max_file_bytes))


def test_a_presentation_gives_its_slides_text_without_its_closing_slide(tmp_path: Path) -> None:
    deck = _zip(
        {
            "ppt/slides/slide1.xml": _slide(TITLE, "江城日报　2021年9月13日"),
            "ppt/slides/slide2.xml": _slide(LEAD, "2"),
            "ppt/slides/slide3.xml": _slide(SECOND, "3"),
            "ppt/slides/slide4.xml": _slide("谢谢观看", "江城市网信办宣传科"),
        }
    )
    article = extract(_read(tmp_path, "deck.pptx", deck)[0])
    assert (article.title, article.date) == (TITLE, "2021-09-13")
    assert article.body.split("\n")[-2:] == [LEAD, SECOND] or article.body.endswith(SECOND)
    assert "谢谢观看" not in article.body and "宣传科" not in article.body


def test_a_spreadsheet_row_under_labels_is_an_article_and_an_unfilled_row_none(tmp_path: Path) -> None:
    rows = [["标题", "发布日期", "来源", "正文"], [TITLE, "2021-09-13", "江城日报", f"{LEAD}\n{SECOND}"]]
    rows.append(["江城召开防汛工作会议", "2021-09-14", "江城日报", "（待补充）"])
    found = _read(tmp_path, "filed.xlsx", _sheet(rows))
    assert len(found) == 1
    article = extract(found[0])
    assert (article.title, article.date, article.source) == (TITLE, "2021-09-13", "江城日报")
    assert LEAD in article.body and SECOND in article.body


def test_a_spreadsheet_of_labels_beside_values_gives_the_text_rows_under_its_label(tmp_path: Path) -> None:
    rows = [["标题", TITLE], ["发布时间", "2021-09-13"], ["正文", ""], ["", LEAD], ["", SECOND], ["备注", "周五前报送"]]
    article = extract(_read(tmp_path, "form.xlsx", _sheet(rows))[0])
    assert (article.title, article.date) == (TITLE, "2021-09-13")
    assert SECOND in article.body and "周五前报送" not in article.body


def test_a_database_dump_row_with_title_and_content_columns_is_an_article(tmp_path: Path) -> None:
    dump = (
        "CREATE TABLE `articles` (`id` int, `title` varchar(200), `content` text, `pub_time` datetime);\n"
        f"INSERT INTO `articles` (`id`, `title`, `content`, `pub_time`) VALUES "
        f"(1,'{TITLE}','<p>{LEAD}</p>\\n<p>{SECOND}</p>','2021-09-13 10:00:00');\n"
        "INSERT INTO `admin_log` VALUES (1,'admin','登录后台');\n"
    )
    found = _read(tmp_path, "cms.sql", dump.encode("utf-8"))
    assert len(found) == 1
    article = extract(found[0])
    assert (article.title, article.date) == (TITLE, "2021-09-13")
    assert article.body.split("\n") == [LEAD, SECOND]


def test_a_dump_without_columns_takes_them_from_its_create_table(tmp_path: Path) -> None:
    create = "CREATE TABLE news(id INTEGER PRIMARY KEY, title TEXT, body TEXT);"
    dump = f"{create}\nINSERT INTO news VALUES(3,'{TITLE}','{LEAD}');"
    article = extract(_read(tmp_path, "news.sql", dump.encode("utf-8"))[0])
    assert (article.title, article.body) == (TITLE, LEAD)


def test_a_postgres_copy_block_gives_its_rows_with_their_escaped_breaks(tmp_path: Path) -> None:
    dump = (
        "SET client_encoding = 'UTF8';\n"
        "COPY public.news (id, title, content, pub_date) FROM stdin;\n"
        f"7\t{TITLE}\t{LEAD}\\n{SECOND}\t2021-09-13\n"
        "\\.\n"
        "COPY public.users (id, name, last_login) FROM stdin;\n"
        "1\tadmin\t2021-09-20 08:00:00\n"
        "\\.\n"
    )
    found = _read(tmp_path, "pg.sql", dump.encode("utf-8"))
    assert len(found) == 1
    article = extract(found[0])
    assert (article.title, article.date) == (TITLE, "2021-09-13")
    assert article.body.split("\n") == [LEAD, SECOND]


def test_a_dump_with_no_article_table_is_reported_as_holding_no_story(tmp_path: Path) -> None:
    found = _read(tmp_path, "log.sql", b"INSERT INTO `admin_log` VALUES (1,'admin','login');")
    assert isinstance(found[0], Skipped) and "no story" in found[0].reason


def test_a_cms_dump_joins_each_headline_to_the_body_its_addon_table_holds_under_the_same_id(tmp_path: Path) -> None:
    dump = (
        "/*!40101 SET NAMES gbk */;\n"
        "INSERT INTO `dede_archives` (`id`, `typeid`, `title`, `writer`, `pubdate`) VALUES "
        f"(12,3,'{TITLE}','admin',1631498400),(13,3,'江城召开网络安全宣传周部署会','admin',1631584800);\n"
        "INSERT INTO `dede_addonarticle` (`aid`, `typeid`, `body`, `userip`) VALUES "
        f"(13,3,'<p>会议要求各单位做好宣传周活动安排，确保活动取得实效。</p>','127.0.0.1'),"
        f"(12,3,'<p>{LEAD}</p>\\r\\n<p>{SECOND}</p>','127.0.0.1');\n"
    )
    found = _read(tmp_path, "dede.sql", dump.encode("gbk"))
    article = extract(found[0])
    assert (len(found), article.title, article.date) == (2, TITLE, "2021-09-13")
    assert article.body.split("\n") == [LEAD, SECOND]
    assert "admin" not in (article.authors or [])


def test_a_dump_writer_column_holding_the_site_account_names_no_one_and_a_person_is_kept(tmp_path: Path) -> None:
    rows = f"(1,'{TITLE}','{LEAD}','本站编辑'),(2,'{TITLE}','{SECOND}','王晓明')"
    dump = f"INSERT INTO `news` (`id`, `title`, `content`, `writer`) VALUES {rows};"
    found = _read(tmp_path, "news.sql", dump.encode("utf-8"))
    assert [item.meta.get("author") for item in found] == [None, "王晓明"]


def test_a_dump_day_in_unix_seconds_is_read_from_the_publication_column_never_the_update_one(
    tmp_path: Path,
) -> None:
    columns = "(`id`, `title`, `content`, `updatetime`, `inputtime`)"
    dump = f"INSERT INTO `v9_news` {columns} VALUES (5,'{TITLE}','{LEAD}','1700000000','1631498400');"
    assert _read(tmp_path, "v9.sql", dump.encode("utf-8"))[0].meta["date"].startswith("2021-09-13")


def test_a_summary_column_beside_the_headline_gives_way_to_the_body_its_data_table_holds(tmp_path: Path) -> None:
    dump = (
        "INSERT INTO `phome_ecms_news` (`id`, `title`, `smalltext`, `newstime`) VALUES "
        f"(7, '{TITLE}', '{LEAD[:20]}', 1631498400);\n"
        "INSERT INTO `phome_ecms_news_data_1` (`id`, `writer`, `befrom`, `newstext`) VALUES "
        f"(7, '王晓明', '江城日报', '<p>{LEAD}</p>\\r\\n<p style=\\\"text-indent:2em\\\">{SECOND}</p>');\n"
    )
    (found,) = _read(tmp_path, "ecms.sql", dump.encode("utf-8"))
    article = extract(found)
    assert (article.title, article.body.split("\n")) == (TITLE, [LEAD, SECOND])
    assert (found.meta["author"], found.meta["source"]) == ("王晓明", "江城日报")


def test_a_dumps_source_loses_the_flag_its_cms_writes_after_a_bar(tmp_path: Path) -> None:
    dump = f"INSERT INTO `news` (`id`, `title`, `content`, `copyfrom`) VALUES (1,'{TITLE}','{LEAD}','新华网|0');"
    assert _read(tmp_path, "v9.sql", dump.encode("utf-8"))[0].meta["source"] == "新华网"


def test_a_navicat_dump_without_column_lists_reads_its_quoted_numbers_and_its_create_table(tmp_path: Path) -> None:
    dump = (
        "SET FOREIGN_KEY_CHECKS=0;\r\n"
        "CREATE TABLE `dede_archives` (\r\n  `id` mediumint(8) NOT NULL,\r\n  `title` char(60) NOT NULL DEFAULT '',"
        "\r\n  `writer` char(20) NOT NULL DEFAULT '',\r\n  `pubdate` int(10) NOT NULL DEFAULT '0',\r\n"
        "  PRIMARY KEY (`id`)\r\n) ENGINE=MyISAM DEFAULT CHARSET=gbk;\r\n"
        f"INSERT INTO `dede_archives` VALUES ('41', '{TITLE}', '佚名', '1631498400');\r\n"
        "CREATE TABLE `dede_addonarticle` (\r\n  `aid` mediumint(8) NOT NULL,\r\n  `body` mediumtext\r\n);\r\n"
        f"INSERT INTO `dede_addonarticle` VALUES ('41', '<p>{LEAD}</p>\\r\\n<p>{SECOND}</p>');\r\n"
    )
    (found,) = _read(tmp_path, "dede.sql", dump.encode("gbk"))
    article = extract(found)
    assert (article.title, article.date, article.body.split("\n")) == (TITLE, "2021-09-13", [LEAD, SECOND])
    assert "author" not in found.meta


def test_a_gbk_dump_with_a_damaged_byte_reports_it_and_reads_its_rows(tmp_path: Path) -> None:
    dump = f"INSERT INTO `news` (`id`, `title`, `content`) VALUES (1,'{TITLE}','{LEAD}{SECOND}');".encode("gbk")
    found = _read(tmp_path, "news.sql", dump.replace("活动期间".encode("gbk"), b"\xff\xff\xff\xff", 1))
    assert isinstance(found[0], RawDocument) and "invalid byte" in found[0].damaged
    assert extract(found[0]).title == TITLE


def test_a_message_backup_gives_the_message_that_carries_a_story_dated_by_its_time(tmp_path: Path) -> None:
    more = "宣传周期间还将举办网络安全知识竞赛、主题讲座和青少年网络素养展演，引导市民提高防范诈骗的意识。"
    last = "市网信办有关负责人表示，将以宣传周为契机，推动网络安全教育常态化，营造共建共享的网络安全环境。"
    close = "本次宣传周由市委网信办、市教育局、市公安局等十二个部门联合主办，持续到9月19日。"
    story = "&#10;".join([TITLE, LEAD, SECOND, more, last, close, "回复TD退订"])
    backup = (
        '<?xml version="1.0" encoding="UTF-8"?><smses count="2">'
        '<sms address="10086" date="1631430000000" body="【中国移动】您本月流量已使用80%。" />'
        f'<sms address="1065800" date="1631491200000" body="{story}" contact_name="江城手机报" /></smses>'
    )
    article = extract(_read(tmp_path, "sms.xml", backup.encode("utf-8"))[0])
    assert (article.title, article.date) == (TITLE, "2021-09-13")
    assert LEAD in article.body and "退订" not in article.body and "流量" not in article.body


def test_a_message_backup_of_short_messages_holds_no_story(tmp_path: Path) -> None:
    backup = '<smses><sms date="1631430000000" body="验证码123456" /><sms date="1631430000000" body="您好" /></smses>'
    found = _read(tmp_path, "sms.xml", backup.encode("utf-8"))
    assert isinstance(found[0], Skipped) and "message backup" in found[0].reason


def test_broken_data_files_are_skipped_with_a_reason_never_a_traceback(tmp_path: Path) -> None:
    broken = {
        "a.pptx": b"PK\x03\x04broken",
        "b.xlsx": b"\x00\x01",
        "c.sql": b"INSERT INTO t (title, body) VALUES ('x",
        "d.xml": b"<smses><sms body='\xff\xfe",
    }
    for name, data in broken.items():
        found = _read(tmp_path, name, data)
        assert all(isinstance(item, Skipped) for item in found), name
