"""A page a text browser dumped: its reference list, navigation lines, logo and link marks leave the text."""

from __future__ import annotations

from index.ingest.text_dumps import undumped

LEAD = "江城市网信办近日召开全市网络安全工作会议，部署下一阶段重点任务。"
DUMP = f"""   [1][IMG] 江城网信网

   [2]首页 [3]新闻中心 [4]网信工作
     * [5]江城召开防汛工作会议 部署汛期安全

                江城部署网络安全工作

   发布时间：2021-09-13  来源：[6]江城日报

   {LEAD[:8]}[7]{LEAD[8:]}

References

   Visible links:
   1. http://www.jcwx.example.gov.cn/
   2. http://www.jcwx.example.gov.cn/index.html
   3. http://www.jcwx.example.gov.cn/news/
   4. http://www.jcwx.example.gov.cn/work/
   5. http://www.jcwx.example.gov.cn/news/12.html
   6. http://www.jcrb.example.cn/
   7. http://www.jcwx.example.gov.cn/meeting.html

   Hidden links:
   8. http://www.jcwx.example.gov.cn/tj.gif
"""


def test_a_dumps_reference_list_leaves() -> None:
    assert "References" not in undumped(DUMP) and "http://" not in undumped(DUMP)


def test_a_dumps_lines_of_links_only_leave_and_its_logo() -> None:
    text = undumped(DUMP)
    assert "首页" not in text and "防汛" not in text and "江城网信网" not in text


def test_a_link_mark_glued_into_a_sentence_leaves_the_sentence_whole() -> None:
    assert LEAD in undumped(DUMP)


def test_a_publication_line_with_a_linked_source_stays_unmarked() -> None:
    assert "发布时间：2021-09-13  来源：江城日报" in undumped(DUMP)


def test_bracketed_numbers_without_a_reference_list_are_the_texts_own() -> None:
    text = f"{LEAD}[1]\n\n[1] 见《江城年鉴2020》第12页。\n"
    assert undumped(text) == text
