"""An app's article read from its page's script state (index.ingest.state), whatever form the state takes."""

from __future__ import annotations

import json

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.html import read_html

TITLE = "青溪县千兆光网通到最后一个行政村"
PARAGRAPHS = [
    "记者从青溪县工信局获悉，随着高岭村基站本月开通，全县一百二十六个行政村已全部通上千兆光网。",
    "“以前在山上直播卖茶叶，画面一卡就掉观众。”高岭村茶农吴秀兰说，现在一场直播能卖出两百多单。",
    "县工信局负责人介绍，下一步将在学校、卫生院等场所推广远程教学和远程问诊，让网络真正用起来。",
]


def _shell(script: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>青溪发布</title></head><body>"
        "<div id='root'><div class='bar'>青溪发布客户端 <a>立即下载</a></div><div>加载中…</div></div>"
        f"<script>{script}</script></body></html>"
    )


def _article(markup: str):
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


def test_a_state_the_script_parses_from_an_escaped_string_gives_the_article() -> None:
    state = {
        "news": {"newsTitle": TITLE, "pubTime": "2021-06-18 09:30", "body": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
    }
    literal = json.dumps(state).replace("\\", "\\\\").replace("'", "\\'")  # Chinese as \\uXXXX, quotes as \\"
    article = _article(_shell(f"window.__DATA__ = JSON.parse('{literal}');"))
    assert (article.title, article.date) == (TITLE, "2021-06-18")
    assert all(p in article.body for p in PARAGRAPHS) and "加载中" not in article.body


def test_readers_comments_in_a_parsed_state_do_not_make_the_whole_string_the_article() -> None:
    comment = "点赞！家乡的网速终于追上城里了，希望资费也能再降一降。"
    comments = [{"nick": f"网友{n}", "content": comment} for n in range(3)]
    state = {
        "article": {
            "title": TITLE,
            "publishTime": "2021-06-18 09:30",
            "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS),
        },
        "comments": comments,
    }
    literal = json.dumps(state, ensure_ascii=False).replace("\\", "\\\\").replace('"', '\\"')
    article = _article(_shell(f'window.__INITIAL_STATE__=JSON.parse("{literal}")'))
    assert (article.title, article.date) == (TITLE, "2021-06-18")
    assert all(p in article.body for p in PARAGRAPHS) and "网友" not in article.body and "资费" not in article.body


def test_an_article_stored_as_a_list_of_paragraph_blocks_keeps_every_paragraph() -> None:
    blocks = [{"type": "text", "text": p} for p in PARAGRAPHS]
    blocks.insert(1, {"type": "image", "src": "https://img.example.cn/1.jpg"})
    state = {"props": {"pageProps": {"detail": {"title": TITLE, "publishTime": 1623979800, "blocks": blocks}}}}
    markup = _shell("").replace(
        "<script></script>", f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
    )
    article = _article(markup)
    assert article.title == TITLE
    assert [p for p in PARAGRAPHS if p not in article.body] == []


def test_a_list_of_recommended_titles_is_not_an_article() -> None:
    state = {
        "detail": {"title": TITLE, "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)},
        "recommend": [{"title": f"青溪县第{k}批数字乡村示范点名单公布"} for k in range(1, 30)],
    }
    article = _article(_shell(f"window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};"))
    assert "示范点名单" not in article.body


def test_an_article_held_only_in_a_script_variable_as_a_string_is_read() -> None:
    markup = "".join(f"<p>{p}</p>" for p in PARAGRAPHS).replace('"', '\\"')
    script = f'var pageTitle = "{TITLE}";\nvar pubTime = "2021-06-18 09:30:00";\nvar pageData = "{markup}";'
    article = _article(_shell(script))
    assert (article.title, article.date) == (TITLE, "2021-06-18")
    assert [p for p in PARAGRAPHS if p not in article.body] == [] and "立即下载" not in article.body


def test_an_object_literal_with_bare_keys_and_escaped_markup_gives_the_article_and_the_fields_beside_it() -> None:
    content = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PARAGRAPHS)
    script = (
        "var BASE_DATA = {headerInfo: {userName: '青溪发布'}, articleInfo: {title: '" + TITLE + "', "
        f"content: '{content}'.replace(/&lt;/g, '<'), subInfo: {{time: '2021-06-18 09:30'}}}}, "
        "relatedInfo: [{title: '青溪县公布第二批数字乡村示范点名单'}]};"
    )
    article = _article(_shell(script))
    assert (article.title, article.date) == (TITLE, "2021-06-18")
    assert [p for p in PARAGRAPHS if p not in article.body] == [] and "&lt;" not in article.body


def test_a_script_literal_of_code_with_a_few_chinese_words_is_not_an_article() -> None:
    code = "function t(e){return e?'提示，':'确定'}" + "var m = '" + "a.b(c);d=e+f;，。" * 20 + "加载失败，请重试。';"
    article = _article(_shell(code).replace("加载中…", "加载中…<p>" + PARAGRAPHS[0] + "</p>"))
    assert "a.b(c)" not in article.body and PARAGRAPHS[0] in article.body


def test_a_template_script_holding_the_article_as_markup_is_read() -> None:
    template = f"<h1>{TITLE}</h1><div>2021-06-18 09:30</div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    markup = _shell("render('#tpl')").replace(
        "<script>", f"<script type='text/template' id='tpl'>{template}</script><script>"
    )
    article = _article(markup)
    assert article.title == TITLE and [p for p in PARAGRAPHS if p not in article.body] == []


def test_an_editors_blocks_holding_their_text_one_level_down_keep_every_paragraph() -> None:
    blocks = [{"type": "paragraph", "data": {"text": p}} for p in PARAGRAPHS]
    state = {"props": {"pageProps": {"article": {"title": TITLE, "publishedAt": "2021-06-18T09:30", "blocks": blocks}}}}
    markup = _shell("").replace(
        "<script></script>", f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    )
    article = _article(markup)
    assert article.title == TITLE and all(p in article.body for p in PARAGRAPHS)


def test_a_list_of_authors_in_the_state_gives_their_names() -> None:
    record = {"title": TITLE, "authors": [{"name": "龚晓岚"}, {"name": "韦东"}], "content": "".join(PARAGRAPHS)}
    article = _article(_shell(f"window.__INITIAL_STATE__ = {json.dumps({'article': record})};"))
    assert set(article.authors) == {"龚晓岚", "韦东"}


def test_an_article_stored_in_a_hidden_textarea_is_read_instead_of_the_empty_container() -> None:
    stored = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PARAGRAPHS)
    markup = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='nav'>首页 | 本县要闻</div>"
        f"<h1>{TITLE}</h1><div id='show'></div><textarea id='data' style='display:none'>{stored}</textarea>"
        "<div class='foot'>主办：青溪县融媒体中心</div></body></html>"
    )
    article = _article(markup)
    assert all(p in article.body for p in PARAGRAPHS) and "主办" not in article.body


def test_an_empty_comment_box_leaves_the_shown_article_alone() -> None:
    markup = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<form><textarea name='comment'>说两句吧……</textarea><button>发表</button></form></body></html>"
    )
    article = _article(markup)
    assert all(p in article.body for p in PARAGRAPHS) and "说两句" not in article.body
