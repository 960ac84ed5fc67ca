"""What real pages set around a story for its readers and around its parts (issue 22): a vote box, a row of tab
captions, a filing table under a government page's text are the page's; a WeChat article's paragraphs set in
several template groups, and a paragraph beside a picture's caption, are all the story's."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest import body, density
from index.ingest.extract import extract
from index.ingest.filing_tables import filing_runs
from index.ingest.html import read_html
from index.ingest.reader_boxes import is_tab_row, vote_boxes

STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。",
    "在随后进行的投票中，沿线村民以多数票通过了道路养护公约，排行榜上青溪县位居全市第一。",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。",
    "目前，相关工作仍在推进中。",
]


def _extracted(inside: str, after: str = "") -> str:
    page = (
        "<html><head><meta charset='utf-8'><title>青溪县新建乡村公路</title></head><body><h1>青溪县新建乡村公路</h1>"
        f"<div class='text'>{inside}</div>{after}</body></html>"
    )
    text, meta = read_html(page)
    return extract(RawDocument("made-up", "made-up.html", text, "0" * 32, "utf-8", meta)).body


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_a_vote_prompt_with_its_choices_on_its_line_is_a_vote_box() -> None:
    assert vote_boxes(["你对这篇文章的评价：支持 反对 投票"]) == {0}


def test_a_vote_prompt_over_rows_of_choices_is_a_vote_box_with_them() -> None:
    assert vote_boxes([STORY[0], "您对本文的评价：", "有用（12） 没用（3）", "投票"]) == {1, 2, 3}


def test_a_question_the_story_asks_its_reader_without_choices_stays() -> None:
    assert vote_boxes(["你对这篇文章的看法如何？", STORY[0]]) == set()


def test_a_story_line_about_a_vote_is_no_vote_box() -> None:
    assert vote_boxes([STORY[2], "投票"]) == set()


def test_a_row_of_tab_captions_is_a_tab_row() -> None:
    assert is_tab_row("最新 最热 推荐")
    assert is_tab_row("24小时排行 | 一周排行")


def test_one_list_heading_or_words_of_a_story_are_no_tab_row() -> None:
    assert not is_tab_row("热门推荐")
    assert not is_tab_row("最新 消息")


def test_a_vote_box_inside_the_texts_container_leaves_the_body_and_the_story_line_about_a_vote_stays() -> None:
    vote = "<div class='vote'><span>你对这篇文章的评价：</span><span>支持</span> <span>反对</span>"
    vote += "<button>投票</button></div>"
    text = _extracted(_paragraphs(STORY) + vote)
    assert "评价" not in text and STORY[2] in text and STORY[-1] in text


def test_a_filing_table_under_the_text_is_the_pages() -> None:
    lines = [*STORY, "索引号：11330001MB1/2020-01001", "文号：", "发布机构：青溪县交通运输局", "生成日期：2020-04-01"]
    assert filing_runs(lines) == {5, 6, 7, 8}


def test_a_filing_table_set_label_cell_then_value_cell_is_the_pages() -> None:
    assert filing_runs([STORY[0], "索引号：", "113300/2020-01", "生成日期：", "2020-04-01"]) == {1, 2, 3, 4}


def test_one_labelled_line_or_a_story_quoting_a_document_number_is_no_filing_table() -> None:
    assert filing_runs(["文号：青政发〔2020〕10号", STORY[0]]) == set()
    assert filing_runs(["根据文号：青政发〔2020〕10号文件精神，全县开展检查。", "发布机构：青溪县政府"]) == set()


def test_a_filing_list_inside_the_texts_container_leaves_the_body() -> None:
    filed = "<ul><li><span>索引号：</span>0025/2022-0010</li><li><span>文号：</span>青交〔2022〕3号</li>"
    filed += "<li><span>生成日期：</span>2022年03月30日</li><li><span>有效性：</span>有效</li></ul>"
    text = _extracted(_paragraphs(STORY) + filed)
    assert "文号" not in text and "生成日期" not in text and STORY[-1] in text


def test_the_paragraphs_beside_the_group_one_extractor_took_come_back_across_a_caption() -> None:
    page = [density.Line(STORY[0], 0), density.Line("▲新建的乡村公路", 0), *(density.Line(s, 0) for s in STORY[1:])]
    assert body.with_ends_filled(STORY[1:3], [STORY], page) == STORY


def test_a_link_ends_the_run_a_body_is_filled_to() -> None:
    page = [*(density.Line(s, 0) for s in STORY[:3]), density.Line("往期推荐：青溪县举办春季车展", 14)]
    page.append(density.Line(STORY[3], 0))
    assert body.with_ends_filled(STORY[:3], [STORY], page) == STORY[:3]


def test_the_writers_note_in_the_table_cell_beside_the_article_stays_out() -> None:
    note = "王立是青溪县融媒体中心记者，长期关注交通与乡村振兴。"
    page = [*(density.Line(s, 0, 1) for s in STORY), density.Line(note, 0, 2)]
    assert body.with_ends_filled(STORY, [[*STORY, note]], page) == STORY


def test_a_wechat_articles_paragraphs_in_three_template_groups_all_survive_in_order() -> None:
    caption = "▲新建的乡村公路"
    page = [density.Line("青溪发布", 0), density.Line(STORY[0], 0), density.Line(STORY[1], 0), density.Line(caption, 0)]
    page += [density.Line(STORY[2], 0), density.Line(STORY[3], 0), density.Line("图片来源：网络", 0)]
    page += [density.Line(STORY[4], 0), density.Line("往期推荐：青溪县举办春季车展", 14)]
    candidates = {"readability": STORY[2:4], "trafilatura": STORY[1:4], "density": [*STORY[:2], caption, *STORY[2:]]}
    assert body.agreed_body(candidates, page) == STORY


def test_a_vote_boxs_choices_run_together_as_side_by_side_spans_read_are_its_choices() -> None:
    assert vote_boxes([STORY[0], "本文对您有帮助吗？有帮助没帮助"]) == {1}


def test_a_call_to_follow_under_the_article_ends_the_run_a_body_is_filled_to() -> None:
    promotion = "专注乡村出行报道，每日推送最新资讯。扫描下方二维码关注青溪发布官方微信。"
    page = [*(density.Line(s, 0) for s in STORY), density.Line(promotion, 0)]
    assert body.with_ends_filled(STORY, [[*STORY, promotion]], page) == STORY


def test_a_short_last_paragraph_over_a_promotion_card_comes_back_and_the_card_stays_out() -> None:
    card = [density.Line("点击关注 青溪发布", 0), density.Line("长按二维码 获取更多资讯", 0)]
    page = [*(density.Line(s, 0) for s in STORY), *card, density.Line("往期精彩", 0)]
    chosen = [*STORY[:-1], "往期精彩"]
    assert body.with_gaps_filled(chosen, [STORY], page) == [*STORY, "往期精彩"]
