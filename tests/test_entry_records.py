"""A blog engine's entry meta, a post's category and tags and a CMS's 录入 row closing the text leave it; a story's
own sentence about a link, a category or tags stays."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.entry_records import is_entry_record
from index.ingest.extract import extract

STORY = (
    "江城市网信办近日召开专题会议，部署开展网络生态治理专项行动，要求各部门压实主体责任，切实维护网络空间清朗。\n"
    "会议指出，要坚持问题导向，聚焦群众反映强烈的突出问题，集中整治网络谣言、网络暴力等乱象，形成长效机制。"
)


def _body(*tail: str) -> str:
    text = "\n".join(["江城部署网络生态治理专项行动", "2020年4月28日", STORY, *tail])
    raw = RawDocument(id="x", path="x.txt", text=text, content_hash="h", encoding="utf-8")
    return extract(raw).body


def test_a_blog_engines_entry_meta_closing_the_post_leaves_the_text() -> None:
    meta = "本条目发布于2020年4月28日。属于时事分类，被贴了 网信、江城 标签。作者是江城小李。收藏该固定链接。"
    assert _body(meta).endswith("形成长效机制。")
    assert _body("此条目由江城小李发表在时事分类目录，贴了网信标签。将固定链接加入收藏夹。").endswith("形成长效机制。")


def test_a_posts_category_and_tags_line_closing_the_text_leaves_it() -> None:
    assert _body("分类：杂记 | 标签：网信, 东城").endswith("形成长效机制。")
    assert _body("标签：网信，江城").endswith("形成长效机制。")


def test_a_cms_record_row_of_who_entered_the_article_leaves_the_text() -> None:
    assert _body("文章录入：王晓东　　　　责任编辑：杨丽萍").endswith("形成长效机制。")
    assert _body("【文章录入：王晓东】【责任编辑：杨丽萍】【审核：周小林】").endswith("形成长效机制。")


def test_a_storys_sentence_about_a_category_or_a_link_is_no_entry_record() -> None:
    assert not is_entry_record("这些商品属于高风险分类，市场监管部门将持续开展抽检，并及时公布结果。")
    assert not is_entry_record("市民可通过官方网站提供的链接进行查询，也可拨打服务热线咨询。")


def test_a_record_row_without_an_entry_is_left_to_the_credit_readers() -> None:
    assert not is_entry_record("责任编辑：杨丽萍　审核：周小林")


def test_a_related_tags_line_closing_the_text_is_a_record() -> None:
    assert is_entry_record("相关：青溪、乡村公路")
    assert is_entry_record("相关话题：青溪 / 交通")


def test_a_storys_related_sentence_is_no_record() -> None:
    assert not is_entry_record("相关负责人表示，下一步将改造危桥十八座。")
