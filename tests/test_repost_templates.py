"""A board's repost template: its title field the headline, its text field the text, its other fields no text."""

from __future__ import annotations

from pathlib import Path

from exported_story import PARAGRAPHS, TITLE, text_file

from index.ingest.repost_templates import read_template


def test_a_bracketed_templates_fields_leave_and_its_text_field_is_the_text(tmp_path: Path) -> None:
    lines = ["【新闻来源】中国新闻网", "【原文作者】未署名", f"【原文标题】{TITLE}", "【发布时间】2020-09-14"]
    lines += ["【新闻正文】", *PARAGRAPHS, "【原文链接】http://www.example.cn/gn/2020/09-14/300.shtml"]
    lines += ["【个人观点】支持，网络安全人人有责。", "--", "※ 来源:·江城社区"]
    article = text_file(tmp_path, "repost.txt", lines)
    assert (article.title, article.date) == (TITLE, "2020-09-14")
    assert article.body == "\n".join(PARAGRAPHS)


def test_a_numbered_templates_text_on_its_labels_line_is_kept() -> None:
    lines = ["1.媒體來源: 中國新聞網", "2.記者署名: 王海燕", f"3.完整新聞標題: {TITLE}"]
    lines += [f"4.完整新聞內文: {PARAGRAPHS[0]}"]
    lines += PARAGRAPHS[1:] + ["5.完整新聞連結 (或短網址): http://www.example.cn/300.shtml", "6.備註: 推"]
    found = read_template(lines)
    assert found is not None and found.title == TITLE
    assert found.opening == {3: PARAGRAPHS[0]} and found.lines == {0, 1, 2, 6, 7}


def test_an_articles_numbered_points_are_no_template() -> None:
    lines = ["一、加强组织领导：各地要成立工作专班。", "二、明确工作内容：重点整治网络谣言。"]
    lines += ["三、落实时间安排：9月底前完成。", "四、强化监督考核：纳入年度考核。"]
    assert read_template(lines) is None


def test_a_templates_dated_link_dates_the_reposted_article_over_the_posts_time(tmp_path: Path) -> None:
    lines = ["作者  江城小李 (王晓东)  看板  NewsCN", f"标题  [新闻] {TITLE}", "时间  2020-09-17 08:10:31", ""]
    lines += ["一、媒体：中国新闻网", "二、作者：未署名", f"三、标题：{TITLE}", "四、全文：", *PARAGRAPHS]
    lines += ["五、网址：http://www.example.cn/sh/2020/09-14/8100000.shtml", "六、按语：收到。"]
    article = text_file(tmp_path, "board.txt", lines)
    assert (article.title, article.date) == (TITLE, "2020-09-14")
    assert article.body == "\n".join(PARAGRAPHS)
