"""A periodical's issue (its name, its number, its contents) around the one document a page shows."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.html import read_html, without_signatures
from index.ingest.issue_pages import issue_lines

TITLE = "江城市人民政府关于加强网络安全工作的意见"
OTHERS = ["江城市人民政府办公室关于印发2020年政务公开工作要点的通知", "江城市人民政府关于表彰2019年度先进集体的决定"]
PARAGRAPHS = [
    "各区县人民政府，市政府各部门：为进一步加强我市网络安全工作，保障关键信息基础设施安全，现提出如下意见。",
    "一、落实网络安全责任制。各级党委和政府对本地区网络安全工作负主体责任，主要负责同志是第一责任人。",
    "二、加强关键信息基础设施保护。各部门要全面排查本行业关键信息基础设施，建立健全安全保护制度。",
]


def test_an_issue_number_and_the_gazettes_name_above_it_are_the_issues() -> None:
    lines = ["江城市人民政府公报", "2020年第9期（总第125期）", TITLE, *PARAGRAPHS]
    assert issue_lines(lines) == {0, 1}


def test_a_study_materials_issuer_bracketed_number_and_month_are_the_issues() -> None:
    lines = ["机关第三党支部", "学习材料（第5期）", "2020年4月", TITLE, *PARAGRAPHS]
    assert issue_lines(lines) == {0, 1, 2}


def test_a_headline_above_an_issue_line_stays() -> None:
    assert issue_lines(["坚定文化自信 建设文化强市", "2021年第10期", *PARAGRAPHS]) == {1}


def test_contents_run_to_the_documents_own_heading() -> None:
    lines = ["本期要目", f"◆ {OTHERS[0]}", f"◆ {TITLE}", f"◆ {OTHERS[1]}", TITLE, *PARAGRAPHS]
    assert issue_lines(lines) == {0, 1, 2, 3}


def test_a_contents_item_with_a_dotted_leader_is_the_issues_wherever_it_stands() -> None:
    assert issue_lines([f"{OTHERS[0]}……………………（7）", *PARAGRAPHS]) == {0}


GAZETTE = f"""<html><head><meta charset="utf-8"><title>江城市人民政府公报</title></head><body>
<h1>江城市人民政府公报</h1><p>2020年第9期（总第125期）</p><p>出版日期：2020年10月9日</p>
<p>目　　录</p><p>{TITLE}…………（3）</p><p>{OTHERS[0]}…………（7）</p><p>{OTHERS[1]}…………（11）</p>
<h2>{TITLE}</h2>{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}<p>江城市人民政府</p><p>2020年9月14日</p>
</body></html>"""


def _gazette():
    text, meta = read_html(GAZETTE)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


def test_a_gazette_issues_document_is_titled_by_its_own_heading() -> None:
    assert _gazette().title == TITLE


def test_a_gazette_issues_printing_day_yields_to_the_day_its_document_is_signed() -> None:
    assert _gazette().date == "2020-09-14"


def test_a_gazette_issues_contents_are_no_text() -> None:
    assert not any(other in _gazette().body for other in OTHERS)


def test_a_contents_list_that_runs_into_the_text_is_no_issues() -> None:
    lines = ["目录", "正文", "中新网长治5月28日电题：六旬老人开藏书馆 近万册图书见证晋东南地区变迁", *PARAGRAPHS]
    assert issue_lines(lines) == set()


def test_a_signed_day_in_an_element_named_sign_is_no_posters_signature() -> None:
    markup = f"<html><body><h1>{TITLE}</h1><p>{PARAGRAPHS[0]}</p><p class='sign'>2020年9月14日</p></body></html>"
    assert "2020年9月14日" in without_signatures(markup)


def test_a_wikis_page_tree_that_runs_into_its_pages_fields_is_no_contents() -> None:
    """A 目录 over a wiki's page tree, then the page's own heading, its last edit and its source line, the heading
    repeated further down: the tree ran into a field's line, so no line of it is an issue's contents."""
    heading = "国家邮政局：加快推动5G等与制造业供应链深度融合"
    lines = [
        "目录",
        "海南采用严格措施做好无症状感染者防控",
        "爱尔兰新冠肺炎确诊病例增至2615例",
        "+ 新建页面",
        heading,
        "王海燕最近修改：4月3日 10:03",
        "来源：中国新闻网　原文发布：2020年4月2日",
        heading,
    ]
    assert issue_lines(lines) == set()


def test_an_issue_line_with_its_issuer_and_printing_day_is_the_issues() -> None:
    lines = ["舆情剪报", "2020年第8期（总第208期）　江城市网信办　2020年4月28日出版", TITLE, *PARAGRAPHS]
    assert issue_lines(lines) == {0, 1}


def test_a_letters_name_and_number_on_one_line_are_the_issues() -> None:
    assert issue_lines(["江城早报 · 第41期", TITLE, *PARAGRAPHS]) == {0}


def test_a_headline_numbering_a_series_stays() -> None:
    assert issue_lines(["第5期“网信讲堂”开讲", *PARAGRAPHS]) == set()


def test_items_with_their_sources_running_to_the_documents_heading_are_contents() -> None:
    items = [f"{OTHERS[0]} —— 新华网", f"{TITLE} —— 江城日报", f"{OTHERS[1]} —— 光明网"]
    assert issue_lines([*items, TITLE, *PARAGRAPHS]) == {0, 1, 2}


def test_a_list_of_items_with_sources_that_no_heading_repeats_stays() -> None:
    items = [f"{OTHERS[0]}（新华网）", f"{TITLE}（江城日报）", f"{OTHERS[1]}（光明网）"]
    assert issue_lines(["本文参考了以下报道：", *items, *PARAGRAPHS]) == set()
