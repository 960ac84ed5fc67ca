"""Reading inputs: encodings, unreadable files, HTML, JSON Lines, stable ids, folders."""

from __future__ import annotations

import json
import random
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.html import html_to_text
from index.ingest.sources import decode, read_sources
from index.settings import Settings
from index.text.normalize import normalize_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TRADITIONAL_SEED = SEEDS / "001_12268834ad4b7733.txt"
SIMPLIFIED_SEED = SEEDS / "000_c729cffc91d33526.txt"


def _read(*paths: Path) -> list[RawDocument | Skipped]:
    return list(read_sources(list(paths), Settings().max_file_bytes))


def _one(path: Path) -> RawDocument | Skipped:
    (result,) = _read(path)
    return result


# ---------------------------------------------------------------- encodings


def test_gb18030_and_big5_copies_of_a_seed_decode_to_the_same_simplified_text(tmp_path: Path) -> None:
    text = TRADITIONAL_SEED.read_text(encoding="utf-8")
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "big5.txt").write_bytes(text.encode("big5"))
    big5, gb = _read(tmp_path)
    assert (gb.encoding, big5.encoding) == ("gb18030", "big5")
    assert gb.text == big5.text == text
    assert normalize_text(gb.text) == normalize_text(big5.text) == normalize_text(text)
    assert "奋力谱写网络强省建设新篇章" in normalize_text(big5.text)


def test_a_simplified_seed_in_gb18030_is_read_as_gb18030(tmp_path: Path) -> None:
    text = SIMPLIFIED_SEED.read_text(encoding="utf-8")
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    document = _one(tmp_path / "gb.txt")
    assert (document.encoding, document.text) == ("gb18030", text)


def test_a_gb2312_page_of_styles_and_scripts_around_a_short_article_is_read_as_gb2312() -> None:
    # The styles' Chinese is font names, the scripts' is a programmer's: what decides the encoding is the text
    # the page shows, here 180 characters after 7 KB of them.
    styles = "".join(f'.c{i} {{font-family:"宋体","微软雅黑"}}\n' for i in range(150))
    scripts = "".join(f"var tip{i} = '鞋帽裤袜';\n" for i in range(40))
    article = "<p>本报讯 昨日，市委网信办召开全市网络安全工作会议，传达学习全国网络安全和信息化工作会议精神。</p>" * 3
    page = f"<html><head><style>{styles}</style><script>{scripts}</script></head><body>{article}</body></html>"
    text, encoding = decode(page.encode("gb2312"))
    assert encoding == "gb18030"
    assert "市委网信办召开全市网络安全工作会议" in text


def test_utf8_with_a_byte_order_mark_loses_the_mark(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + "庆阳:擎旗奋进汇聚正能量".encode())
    document = _one(tmp_path / "bom.txt")
    assert (document.encoding, document.text) == ("utf-8", "庆阳:擎旗奋进汇聚正能量")


def test_the_content_hash_is_of_the_bytes(tmp_path: Path) -> None:
    text = "庆阳:擎旗奋进汇聚正能量"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "c.txt").write_bytes(text.encode("utf-8"))
    a, b, c = _read(tmp_path)
    assert a.content_hash == c.content_hash != b.content_hash


# ---------------------------------------------------------------- files that are skipped


def _random_bytes(size: int, low: int) -> bytes:
    rng = random.Random(20230110)
    return bytes(rng.randrange(low, 256) for _ in range(size))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\n\t ", "empty file"),
        (b"PK\x03\x04\x00\x00\x08\x00" + bytes(range(256)), "binary file"),
        (_random_bytes(4000, 0), "binary file"),
        (_random_bytes(4000, 1), "undecodable"),
        (b"\xff\xfe\xfa\xfb" * 50, "undecodable"),
    ],
    ids=["empty", "blank", "nul-bytes", "random-bytes", "random-bytes-without-nul", "undecodable"],
)
def test_unreadable_files_are_skipped_with_a_one_line_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    (tmp_path / "broken.txt").write_bytes(data)
    skipped = _one(tmp_path / "broken.txt")
    assert isinstance(skipped, Skipped)
    assert skipped.path == str(tmp_path / "broken.txt")
    assert skipped.reason.startswith(reason)
    assert "\n" not in skipped.reason


def test_decode_raises_with_the_reason() -> None:
    with pytest.raises(ValueError, match="binary file"):
        decode(b"\x00\x01\x02")


def test_a_missing_path_is_skipped() -> None:
    (skipped,) = _read(Path("/nonexistent/news"))
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "no such file or folder"


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("泉州网信办:凝聚强劲网动力", encoding="utf-8")
    results = _read(tmp_path)
    assert [type(r).__name__ for r in results] == ["Skipped", "RawDocument"]


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>庆阳:擎旗奋进汇聚正能量_新甘肃</title>
<style>p { color: red }</style>
<script>var tracker = "统计代码";</script></head>
<body><h1>庆阳:擎旗奋进汇聚正能量</h1>
<p>2022年,庆阳市以网络意识形态和网络安全两大工作责任制为抓手。</p>
<script>document.write("广告");</script>
<p>充沛正能量 唱响好声音</p></body></html>"""


def test_a_page_too_small_for_main_content_extraction_gives_its_visible_text(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    document = _one(tmp_path / "page.html")
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    assert lines == [
        "庆阳:擎旗奋进汇聚正能量",
        "2022年,庆阳市以网络意识形态和网络安全两大工作责任制为抓手。",
        "充沛正能量 唱响好声音",
    ]


def test_scripts_and_styles_are_dropped_from_html() -> None:
    text = html_to_text(PAGE)
    assert "统计代码" not in text
    assert "广告" not in text
    assert "color" not in text


def test_the_h1_of_a_page_is_its_title(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    assert _one(tmp_path / "page.htm").meta["title"] == "庆阳:擎旗奋进汇聚正能量"


def test_without_an_h1_the_title_element_is_the_title(tmp_path: Path) -> None:
    page = "<html><head><title>泉州网信办:凝聚强劲网动力</title></head><body><p>新华网讯 近年来。</p></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert _one(tmp_path / "page.html").meta["title"] == "泉州网信办:凝聚强劲网动力"


def test_an_html_page_without_text_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    skipped = _one(tmp_path / "page.html")
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "no text"


# ---------------------------------------------------------------- JSON Lines


def _jsonl(path: Path, *lines: object) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_json_lines_give_text_and_the_given_fields(tmp_path: Path) -> None:
    record = {
        "id": "qingyang-1",
        "text": "庆阳市以网络意识形态和网络安全两大工作责任制为抓手。",
        "title": "庆阳:擎旗奋进汇聚正能量",
        "date": "2023-01-10",
        "source": "新甘肃",
        "url": "https://example.org/qingyang",
        "views": 9665,
    }
    document = _one(_jsonl(tmp_path / "news.jsonl", record))
    assert document.id == "qingyang-1"
    assert document.text == record["text"]
    assert document.meta == {
        "title": "庆阳:擎旗奋进汇聚正能量",
        "date": "2023-01-10",
        "source": "新甘肃",
        "url": "https://example.org/qingyang",
    }


def test_bad_json_lines_are_skipped_with_a_reason_and_the_rest_are_read(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "news.jsonl",
        {"text": "第一篇正文。"},
        "{not json",
        {"title": "没有正文"},
        {"text": "   "},
        [1, 2],
        "",
        {"text": "第二篇正文。"},
    )
    results = _read(path)
    assert [(type(r).__name__, r.path.rsplit(":", 1)[1]) for r in results] == [
        ("RawDocument", "1"),
        ("Skipped", "2"),
        ("Skipped", "3"),
        ("Skipped", "4"),
        ("Skipped", "5"),
        ("RawDocument", "7"),
    ]
    assert results[1].reason.startswith("not a JSON object")
    assert results[2].reason == "no `text` field"
    assert all("\n" not in r.reason for r in results if isinstance(r, Skipped))


def test_json_lines_without_an_id_are_numbered_by_line(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    path = _jsonl(tmp_path / "feeds" / "news.jsonl", {"text": "第一篇正文。"}, {"text": "第二篇正文。", "id": ""})
    assert [d.id for d in _read(tmp_path)] == ["feeds/news/1", "feeds/news/2"]
    assert [d.id for d in _read(path)] == ["news/1", "news/2"]


# ---------------------------------------------------------------- ids and folders


def test_ids_are_the_path_under_the_source_root_without_suffix(tmp_path: Path) -> None:
    (tmp_path / "2023" / "01").mkdir(parents=True)
    (tmp_path / "2023" / "01" / "qingyang.txt").write_text("庆阳:擎旗奋进汇聚正能量", encoding="utf-8")
    (tmp_path / "top.md").write_text("泉州网信办:凝聚强劲网动力", encoding="utf-8")
    assert sorted(d.id for d in _read(tmp_path)) == ["2023/01/qingyang", "top"]


def test_ids_are_stable_across_runs_and_path_spellings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("庆阳:擎旗奋进汇聚正能量", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [d.id for d in _read(Path("news"))] == [d.id for d in _read(tmp_path / "news")] == ["a"]


def test_files_differing_only_by_suffix_each_keep_it_in_their_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("庆阳:擎旗奋进汇聚正能量", encoding="utf-8")
    (tmp_path / "a.html").write_text("<h1>泉州网信办:凝聚强劲网动力</h1><p>泉州网信办召开会议。</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("商洛市网信办开展网络安全宣传", encoding="utf-8")
    assert [d.id for d in _read(tmp_path)] == ["a.html", "a.txt", "b"]


def test_the_seed_folder_reads_in_a_stable_order() -> None:
    documents = _read(SEEDS)
    assert [d.id for d in documents] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(isinstance(d, RawDocument) and d.encoding == "utf-8" for d in documents)


def test_only_text_html_and_json_lines_files_are_read(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.jpg", "f.ppt", "g.py"):
        (tmp_path / name).write_text("<p>网信工作综述</p>", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("网信工作综述", encoding="utf-8")
    found = _read(tmp_path)
    assert [d.id for d in found if isinstance(d, RawDocument)] == ["a", "b", "c", "d"]
    assert [d.reason for d in found if isinstance(d, Skipped)] == ["2 files of kinds not read: .ppt 1, .py 1"]


def test_a_symlink_loop_in_a_folder_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("庆阳:擎旗奋进汇聚正能量", encoding="utf-8")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news", target_is_directory=True)
    (tmp_path / "news" / "up").symlink_to(tmp_path, target_is_directory=True)
    assert [d.id for d in _read(tmp_path / "news")] == ["a"]


def test_a_symlinked_folder_keeps_its_place_under_the_root(tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "a.txt").write_text("庆阳:擎旗奋进汇聚正能量", encoding="utf-8")
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "linked").symlink_to(tmp_path / "archive", target_is_directory=True)
    assert [d.id for d in _read(tmp_path / "root")] == ["linked/a"]


@pytest.mark.parametrize("alias", ["date", "publish_time", "pub_date", "pubtime", "publish_date", "time"])
def test_a_json_lines_date_is_read_under_any_usual_name(tmp_path: Path, alias: str) -> None:
    record = {"text": "庆阳市以网络意识形态和网络安全两大工作责任制为抓手。", alias: "2023-01-10 17:30:00"}
    assert _one(_jsonl(tmp_path / "news.jsonl", record)).meta == {"date": "2023-01-10 17:30:00"}


@pytest.mark.parametrize("alias", ["site", "media", "source_name", "site_name"])
def test_a_json_lines_site_is_read_under_any_usual_name(tmp_path: Path, alias: str) -> None:
    record = {"text": "庆阳市以网络意识形态和网络安全两大工作责任制为抓手。", alias: "新甘肃"}
    assert _one(_jsonl(tmp_path / "news.jsonl", record)).meta == {"site": "新甘肃"}


def test_html_in_a_json_lines_text_field_is_read_as_html(tmp_path: Path) -> None:
    record = {
        "content": "<div class='TRS_Editor'><p>　　庆阳市以网络意识形态和网络安全两大工作责任制为抓手。</p>"
        "<p>　　充沛正能量，唱响好声音。</p><script>var a = 1;</script></div>",
        "publish_time": "2023-01-10",
    }
    document = _one(_jsonl(tmp_path / "news.jsonl", record))
    assert [line.strip() for line in document.text.split("\n")] == [
        "庆阳市以网络意识形态和网络安全两大工作责任制为抓手。",
        "充沛正能量，唱响好声音。",
    ]
    assert document.meta == {"date": "2023-01-10"}


def test_records_of_one_json_lines_file_share_a_source_and_each_site_has_its_own(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "news.jsonl",
        {"text": "第一篇正文。"},
        {"text": "第二篇正文。"},
        {"text": "第三篇正文。", "url": "https://www.gsdaily.com.cn/a/1.html"},
    )
    first, second, third = _read(path)
    assert first.origin == second.origin != third.origin
    assert third.origin.endswith("#site:gsdaily.com.cn")


def test_files_of_one_folder_share_a_source(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / "site" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "site" / name).write_text("庆阳:擎旗奋进汇聚正能量", encoding="utf-8")
    (tmp_path / "other.txt").write_text("泉州网信办:凝聚强劲网动力", encoding="utf-8")
    other, a, b = _read(tmp_path)
    assert a.origin == b.origin != other.origin


def test_a_text_files_html_entities_read_as_their_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全市部署防汛工作\n积聚磅&#31028;力量，&gt;&gt;全力以赴。", encoding="utf-8")
    [raw] = read_sources([tmp_path], Settings().max_file_bytes)
    assert raw.text == "全市部署防汛工作\n积聚磅礴力量，>>全力以赴。"


def test_a_scrapers_own_name_for_the_publication_time_gives_the_date(tmp_path: Path) -> None:
    record = {"title": "全市部署防汛工作", "pub_time": "2020-07-15 08:15:00", "content": "<p>市防汛指挥部开会。</p>"}
    (tmp_path / "export.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [raw] = read_sources([tmp_path], Settings().max_file_bytes)
    assert raw.meta["date"] == "2020-07-15 08:15:00"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>江城新闻网</title><description>江城本地新闻，权威发布</description>
<lastBuildDate>Sat, 18 Jul 2020 08:00:00 +0800</lastBuildDate>
<item><title>全市部署防汛工作</title><link>https://news.example.cn/2020/a1.html</link><dc:creator>林晓燕</dc:creator>
<pubDate>Wed, 15 Jul 2020 10:26:00 +0800</pubDate><description>7月15日上午，市防汛抗旱指挥部召开紧急会议…</description>
<content:encoded><![CDATA[<p>7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作。</p>
<p>会议要求，各级各部门要加强值班值守，坚决打赢防汛抗洪这场硬仗。</p>]]></content:encoded></item>
<item><title>江城举行龙舟比赛</title><pubDate>Thu, 16 Jul 2020 09:00:00 +0800</pubDate>
<description>端午节当天，江城举行龙舟比赛，二十支队伍参赛，沿江数万市民观赛。</description></item>
</channel></rss>"""


def test_each_item_of_a_saved_feed_is_an_article(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    first, second = read_sources([tmp_path], Settings().max_file_bytes)
    assert (first.id, first.meta["title"], first.meta["date"][:10]) == ("feed/1", "全市部署防汛工作", "2020-07-15")
    assert first.text.split("\n")[-1] == "会议要求，各级各部门要加强值班值守，坚决打赢防汛抗洪这场硬仗。"
    assert (second.meta["title"], second.text) == (
        "江城举行龙舟比赛",
        "端午节当天，江城举行龙舟比赛，二十支队伍参赛，沿江数万市民观赛。",
    )


def test_an_atom_entry_gives_its_content_time_and_author(tmp_path: Path) -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>江城日报</title>'
        "<entry><title>全市部署防汛工作</title><link href='https://news.example.cn/a1.html'/>"
        "<published>2020-07-15T10:26:00+08:00</published><author><name>林晓燕</name></author>"
        "<content type='html'>&lt;p&gt;7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作。&lt;/p&gt;"
        "</content>"
        "</entry></feed>"
    )
    (tmp_path / "feed.atom").write_text(atom, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert (raw.meta["date"][:10], raw.meta["author"], raw.meta["url"]) == (
        "2020-07-15",
        "林晓燕",
        "https://news.example.cn/a1.html",
    )
    assert raw.text == "7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作。"


def _wxr(creator: str, pub_date: str, gmt: str, local: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>江城随笔</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>全市部署防汛工作</title><pubDate>{pub_date}</pubDate><dc:creator><![CDATA[{creator}]]></dc:creator>
<content:encoded><![CDATA[7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作。

会议要求，各级各部门要加强值班值守，坚决打赢防汛抗洪这场硬仗。]]></content:encoded>
<wp:post_date><![CDATA[{local}]]></wp:post_date><wp:post_date_gmt><![CDATA[{gmt}]]></wp:post_date_gmt>
<wp:post_type><![CDATA[post]]></wp:post_type></item></channel></rss>"""


def test_a_wordpress_exports_gmt_time_is_read_on_chinas_clock(tmp_path: Path) -> None:
    wxr = _wxr("林晓燕", "Tue, 14 Jul 2020 16:30:00 +0000", "2020-07-14 16:30:00", "2020-07-15 00:30:00")
    (tmp_path / "blog.xml").write_text(wxr, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert (raw.meta["date"], raw.meta["author"]) == ("2020-07-15 00:30:00", "林晓燕")


def test_a_drafts_zero_times_give_way_to_its_local_post_date(tmp_path: Path) -> None:
    wxr = _wxr("林晓燕", "Mon, 30 Nov -0001 00:00:00 +0000", "0000-00-00 00:00:00", "2020-07-15 09:10:00")
    (tmp_path / "blog.xml").write_text(wxr, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert raw.meta["date"] == "2020-07-15 09:10:00"


def test_a_wordpress_login_as_creator_is_no_writer(tmp_path: Path) -> None:
    for login in ("admin", "editor01"):
        wxr = _wxr(login, "Wed, 15 Jul 2020 02:00:00 +0000", "2020-07-15 02:00:00", "2020-07-15 10:00:00")
        (tmp_path / "blog.xml").write_text(wxr, encoding="utf-8")
        (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
        assert "author" not in raw.meta


def test_an_xml_file_that_is_no_feed_is_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://news.example.cn/</loc></url></urlset>")
    (skipped,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert isinstance(skipped, Skipped) and "no feed items" in skipped.reason


_ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">
<en-export export-date="20230505T010203Z" application="Evernote" version="10.0">
<note><title>庆阳市委网信办召开全市网信工作会议</title>
<content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div>发布时间：2023-05-04 来源：庆阳网信</div>
<div>5月4日，庆阳市委网信办召开全市网信工作会议，部署全年重点任务。</div></en-note>]]></content>
<created>20230510T020304Z</created><updated>20230511T020304Z</updated>
<note-attributes><author>my-clipper</author><source-url>https://www.qy.example.cn/a/1.html</source-url></note-attributes>
</note></en-export>
"""


def test_a_note_exports_notes_are_articles_dated_by_their_text_not_by_the_clip(tmp_path: Path) -> None:
    (tmp_path / "clips.enex").write_text(_ENEX, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(raw)
    assert (raw.id, raw.meta["url"]) == ("clips/1", "https://www.qy.example.cn/a/1.html")
    assert (article.title, article.date, article.authors) == ("庆阳市委网信办召开全市网信工作会议", "2023-05-04", [])
    assert article.body.startswith("5月4日，庆阳市委网信办")


def test_a_notes_creation_is_its_day_as_shown_in_china_when_its_text_names_none(tmp_path: Path) -> None:
    memo = (
        _ENEX.replace("<div>发布时间：2023-05-04 来源：庆阳网信</div>\n", "")
        .replace("5月4日，", "")
        .replace("20230510T020304Z", "20230503T163000Z")  # 00:30 on the 4th in China
    )
    (tmp_path / "memo.enex").write_text(memo, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert extract(raw).date == "2023-05-04"


def test_an_org_files_keywords_are_its_fields_and_its_markup_leaves_the_text(tmp_path: Path) -> None:
    org = (
        "#+TITLE: 泉州网信办开展网络安全培训\n#+DATE: <2023-05-04 四>\n#+AUTHOR: 林晓\n\n* 正文\n"
        ":PROPERTIES:\n:ID: 7f3a\n:END:\n泉州市委网信办近日组织开展[[https://qz.example.cn/1][网络安全培训]]，"
        "全市各单位共120人参加。\n"
    )
    (tmp_path / "note.org").write_text(org, encoding="utf-8")
    article = extract(_one(tmp_path / "note.org"))
    assert (article.title, article.date, article.authors) == ("泉州网信办开展网络安全培训", "2023-05-04", ["林晓"])
    assert article.sections[0].heading == "正文"
    assert article.sections[0].paragraphs == ["泉州市委网信办近日组织开展网络安全培训，全市各单位共120人参加。"]


def test_files_of_kinds_not_read_are_reported_by_kind_not_dropped_unsaid(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("江城全市部署防汛工作。", encoding="utf-8")
    for name in ("b.xls", "c.xls", "d.ppt", "logo.png", ".DS_Store"):
        (tmp_path / name).write_bytes(b"\x00")
    found = read_sources([tmp_path], Settings().max_file_bytes)
    skipped = [item for item in found if isinstance(item, Skipped)]
    assert [item.reason for item in skipped] == ["3 files of kinds not read: .xls 2, .ppt 1"]


# ---------------------------------------------------------------- exports and emails

_FRONT = """---
title: "江城：全市部署防汛工作"
date: 2020-07-15 10:26:15
updated: 2021-03-02 08:00:00
author: [张伟, 李娜]
tags: [防汛, 江城]
---
7月15日上午，市防汛抗旱指挥部召开紧急会议，部署当前防汛工作。

会议要求，各级各部门要加强值班值守，落实巡查制度。
"""


def test_a_markdown_exports_front_matter_gives_its_title_day_and_writers(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(_FRONT, encoding="utf-8")
    article = extract(_one(tmp_path / "post.md"))
    assert (article.title, article.date, article.authors) == ("江城：全市部署防汛工作", "2020-07-15", ["张伟", "李娜"])


def test_a_markdown_exports_front_matter_leaves_the_text(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(_FRONT, encoding="utf-8")
    body = extract(_one(tmp_path / "post.md")).body
    assert body.startswith("7月15日上午") and "tags" not in body and "2021" not in body


def test_a_front_matter_that_does_not_parse_stays_text(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text("---\n标题：江城防汛\n  - 坏: [\n---\n会议要求加强值班值守。\n", encoding="utf-8")
    assert "会议要求加强值班值守" in _one(tmp_path / "post.md").text


def _email(part: MIMEText) -> bytes:
    message = MIMEMultipart("alternative")
    message["Subject"] = Header("早新闻｜江城全市部署防汛工作", "utf-8")
    message["Date"] = "Thu, 16 Jul 2020 07:00:00 +0800"
    message.attach(part)
    return message.as_bytes()


def test_an_emails_html_part_is_read_as_a_page(tmp_path: Path) -> None:
    page = "<html><body><h1>江城全市部署防汛工作</h1><p>2020-07-15 来源：江城日报</p>"
    page += "<p>会议要求加强值班值守。</p></body></html>"
    (tmp_path / "news.eml").write_bytes(_email(MIMEText(page, "html", "gb18030")))
    article = extract(_one(tmp_path / "news.eml"))
    assert (article.title, article.date, article.body) == (
        "江城全市部署防汛工作",
        "2020-07-15",
        "会议要求加强值班值守。",
    )


def test_an_email_without_html_is_read_as_its_plain_text(tmp_path: Path) -> None:
    (tmp_path / "news.eml").write_bytes(
        _email(MIMEText("江城全市部署防汛工作\n\n会议要求加强值班值守。\n", "plain", "utf-8"))
    )
    assert extract(_one(tmp_path / "news.eml")).title == "江城全市部署防汛工作"


def test_an_email_with_no_text_part_is_skipped_with_the_reason(tmp_path: Path) -> None:
    message = MIMEMultipart()
    message.attach(MIMEApplication(b"\x89PNG....", "png"))
    (tmp_path / "logo.eml").write_bytes(message.as_bytes())
    assert _one(tmp_path / "logo.eml") == Skipped(str(tmp_path / "logo.eml"), "no HTML or text part in the email")


def test_a_front_matter_asking_yaml_to_run_code_stays_text(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(
        '---\ntitle: !!python/object/apply:os.system ["echo 1"]\n---\n会议要求。\n', "utf-8"
    )
    raw = _one(tmp_path / "post.md")
    assert raw.meta == {} and raw.text.startswith("---")


def test_a_text_file_saved_as_windows_unicode_is_read(tmp_path: Path) -> None:
    (tmp_path / "notice.txt").write_bytes("全市部署防汛工作\n会议要求加强值班值守。\n".encode("utf-16"))
    raw = _one(tmp_path / "notice.txt")
    assert (raw.encoding, raw.text.split("\n")[0]) == ("utf-16", "全市部署防汛工作")


def test_a_utf16_byte_order_mark_before_broken_text_is_refused_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe" + "会议".encode("utf-16-le") + b"\x00\xd8")
    assert "undecodable" in _one(tmp_path / "broken.txt").reason


def test_a_scraped_body_whose_breaks_were_flattened_into_indents_comes_out_in_paragraphs(tmp_path: Path) -> None:
    body = "内容来源：江城日报[2020年07月15日08:15]\u3000\u3000全市部署防汛工作。\u3000\u3000"
    body += "会议要求加强值班值守。\u3000\u3000会议强调确保安全。"
    (tmp_path / "news.jsonl").write_text(json.dumps({"title": "全市部署防汛工作", "body": body}) + "\n", "utf-8")
    article = extract(_one(tmp_path / "news.jsonl"))
    assert article.date == "2020-07-15"
    assert article.body.split("\n") == ["全市部署防汛工作。", "会议要求加强值班值守。", "会议强调确保安全。"]


def test_a_text_with_line_breaks_keeps_its_double_spaces(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全市部署防汛工作\n会议要求。  会议强调。  会议指出。\n", "utf-8")
    assert "会议要求。  会议强调。" in _one(tmp_path / "a.txt").text


def test_a_page_saved_under_its_portals_shtml_name_is_read_as_a_page(tmp_path: Path) -> None:
    page = "<html><head><title>青溪新建乡村公路</title></head><body><h1>青溪新建乡村公路</h1>"
    page += "<p>青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。</p></body></html>"
    (tmp_path / "202305-0812.shtml").write_bytes(page.encode("gb18030"))
    document = _read(tmp_path)[0]
    assert isinstance(document, RawDocument) and "<p>" not in document.text


def test_a_big5_page_with_hong_kong_characters_is_read_as_big5() -> None:
    text = "<p>屋邨裏的街坊衆口一詞，都說新開的巴士線方便了上班的人羣，每天早上不用再排長隊。</p>" * 20
    decoded, encoding = decode(text.encode("big5hkscs"))
    assert (decoded, encoding) == (text, "big5hkscs")


def test_a_note_export_saved_as_xml_is_read_as_its_notes(tmp_path: Path) -> None:
    (tmp_path / "clips.xml").write_text(_ENEX, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert (raw.id, raw.meta["title"]) == ("clips/1", "庆阳市委网信办召开全市网信工作会议")


def test_a_note_with_an_invalid_byte_is_kept_and_its_damage_said(tmp_path: Path) -> None:
    (tmp_path / "clips.enex").write_bytes(_ENEX.encode("utf-8").replace("部署".encode(), b"\xff", 1))
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    assert raw.damaged == "1 invalid byte sequence read as U+FFFD in note 1"
    assert "全年重点任务" in extract(raw).body


def test_a_crawlers_record_reads_its_raw_page_and_never_its_crawl_time_as_the_day(tmp_path: Path) -> None:
    page = (
        "<html><head><title>江城召开防汛会议_江城新闻网</title></head><body><div>首页 本地</div>"
        "<h1>江城召开防汛会议</h1>"
        "<p>2020-03-30 10:15 来源：江城新闻网</p><p>3月30日上午，江城市召开防汛工作会议，部署今年汛期各项准备工作。</p>"
        "<p>会议要求，各地各部门要压实责任，抓好隐患排查整治。</p></body></html>"
    )
    record = {"url": "https://e.cn/1.html", "crawl_time": "2023-06-01 03:00:00", "title": "江城召开防汛会议_江城新闻网"}
    (tmp_path / "crawl.jsonl").write_bytes(json.dumps(record | {"raw_html": page}, ensure_ascii=False).encode())
    article = extract(_one(tmp_path / "crawl.jsonl"))
    assert (article.title, article.date) == ("江城召开防汛会议", "2020-03-30")


def test_a_bad_byte_in_a_json_line_costs_that_byte_and_is_reported(tmp_path: Path) -> None:
    line = json.dumps({"text": "江城市召开防汛工作会议，部署今年汛期各项准备工作。"}, ensure_ascii=False).encode()
    (tmp_path / "bad.jsonl").write_bytes(line[:10] + b"\xfe" + line[10:] + b"\n")
    raw = _one(tmp_path / "bad.jsonl")
    assert isinstance(raw, RawDocument) and raw.damaged == "1 invalid byte sequence read as U+FFFD (utf-8)"


def test_a_json_lines_unix_time_is_the_day_in_china(tmp_path: Path) -> None:
    record = {"text": "江城市召开防汛工作会议，部署今年汛期各项准备工作。", "pub_time": 1585584000}
    (tmp_path / "unix.jsonl").write_bytes(json.dumps(record, ensure_ascii=False).encode())
    assert _one(tmp_path / "unix.jsonl").meta["date"] == "2020-03-31"


def _mail(sender: str, body: str) -> bytes:
    message = MIMEText(body, "plain", "utf-8")
    message["From"] = str(Header(sender, "utf-8")) + " <yqk@e.cn>"
    message["Subject"] = str(Header("【每日舆情】江城召开防汛会议", "utf-8"))
    return message.as_bytes()


MAIL_STORY = ["江城召开防汛会议", "来源：江城日报　2020年3月30日", "3月30日，江城召开防汛会议。", "会议要求压实责任。"]


def test_a_mails_closing_lines_naming_its_sender_are_its_signature(tmp_path: Path) -> None:
    body = "\n\n".join([*MAIL_STORY, "江城市网信办舆情科", "（内部资料，注意保存）"])
    (tmp_path / "yq.eml").write_bytes(_mail("舆情科", body))
    assert [line for line in _one(tmp_path / "yq.eml").text.splitlines() if line] == MAIL_STORY


def test_a_mail_whose_last_lines_do_not_name_its_sender_keeps_them(tmp_path: Path) -> None:
    (tmp_path / "yq.eml").write_bytes(_mail("李明", "\n\n".join([*MAIL_STORY, "江城市网信办舆情科"])))
    lines = [line for line in _one(tmp_path / "yq.eml").text.splitlines() if line]
    assert lines == [*MAIL_STORY, "江城市网信办舆情科"]


def test_a_page_field_without_markup_is_no_text(tmp_path: Path) -> None:
    (tmp_path / "crawl.jsonl").write_bytes(json.dumps({"url": "https://e.cn/1.html", "page": "3"}).encode())
    assert _one(tmp_path / "crawl.jsonl") == Skipped(f"{tmp_path / 'crawl.jsonl'}:1", "no `text` field")


def test_a_forwarders_note_above_the_headline_its_subject_repeats_is_no_text(tmp_path: Path) -> None:
    body = "\n\n".join(["各位领导、同事：", "现将今日舆情转发如下，请参阅。", *MAIL_STORY])
    (tmp_path / "yq.eml").write_bytes(_mail("李明", body))
    assert [line for line in _one(tmp_path / "yq.eml").text.splitlines() if line] == MAIL_STORY
