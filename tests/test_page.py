"""The search page in a real headless Chromium (Debian's package, driven by Playwright), against gunicorn.

Every flow runs twice: with JavaScript and without it, because the page must work as a plain form.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import Server, gunicorn

playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QINGYANG = "000_c729cffc91d33526"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def site(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(seed_index_dir) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def page(request: pytest.FixtureRequest, browser) -> Iterator:
    context = browser.new_context(java_script_enabled=request.param, locale="zh-CN")
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.dialogs = dialogs
    yield tab
    context.close()


def search_for(page, site: Server, text: str) -> None:
    page.goto(site.url + "/")
    page.fill("input[name=q]", text)
    page.press("input[name=q]", "Enter")
    page.wait_for_load_state()


def test_typing_a_query_shows_hits_with_section_headings_and_highlights(page, site: Server) -> None:
    search_for(page, site, "东数西算")
    assert "共 1 篇文章" in page.inner_text(".summary")
    assert "毫秒" in page.inner_text(".summary")
    hit = page.locator("li.hit").first
    assert hit.locator("h2 a").inner_text() == "庆阳:擎旗奋进汇聚正能量"
    assert "甘肃省 庆阳市" in hit.locator(".meta").inner_text()
    assert "§ 加快信息化 赋能促发展" in hit.inner_text()
    assert hit.locator("mark").first.inner_text() == "东数西算"
    assert page.input_value("input[name=q]") == "东数西算"


def test_phrase_hint_is_shown(page, site: Server) -> None:
    page.goto(site.url + "/")
    assert "精确短语请加引号" in page.inner_text(".hint")


def test_region_filter_narrows_the_results(page, site: Server) -> None:
    search_for(page, site, "网络安全")
    assert page.locator("li.hit").count() == 5
    options = page.locator("select[name=province] option").all_inner_texts()
    assert "甘肃省 (1)" in options
    # with JavaScript the menu submits itself; without it the 筛选 button does
    page.select_option("select[name=province]", "甘肃省")
    chosen = "province=" + quote("甘肃省")
    if chosen not in page.url:
        page.click("button.secondary")
    page.wait_for_url(lambda url: chosen in url)
    assert page.locator("li.hit").count() == 1
    assert "甘肃省" in page.locator("li.hit .meta").inner_text()


def test_a_province_typed_in_the_query_narrows_and_shows_in_its_menu(page, site: Server) -> None:
    search_for(page, site, "网络安全 province:甘肃")
    assert page.locator("li.hit").count() == 1
    assert page.input_value("select[name=province]") == "甘肃省"
    page.select_option("select[name=sort]", "date")  # the next search sends the menu and the typed filter: one
    if "sort=date" not in page.url:
        page.click("button.secondary")
    page.wait_for_url(lambda url: "sort=date" in url)
    assert page.locator("li.hit").count() == 1


def test_paging_moves_to_the_next_page(page, site: Server) -> None:
    page.goto(site.url + "/?q=网信&per_page=2")
    assert "第 1 / 3 页" in page.inner_text("nav.pager")
    first = page.locator("li.hit h2").all_inner_texts()
    page.click("a[rel=next]")
    page.wait_for_url("**page=2*")
    assert "第 2 / 3 页" in page.inner_text("nav.pager")
    assert set(page.locator("li.hit h2").all_inner_texts()).isdisjoint(first)


def test_opening_an_article_shows_its_sections_with_the_query_highlighted(page, site: Server) -> None:
    search_for(page, site, "东数西算")
    page.click("li.hit h2 a")
    page.wait_for_url(f"**/articles/{QINGYANG}*")
    assert page.inner_text("h1") == "庆阳:擎旗奋进汇聚正能量"
    headings = page.locator("article h2").all_inner_texts()
    assert headings == ["充沛正能量 唱响好声音", "净化“生态圈” 筑牢“防火墙”", "加快信息化 赋能促发展"]
    assert page.locator("article mark").count() >= 3
    assert "新甘肃" in page.inner_text("dl.meta")
    page.click("p.original a")
    assert "责任编辑:陈楚培" in page.inner_text("body")


def test_back_to_search_from_an_article_keeps_the_filters(page, site: Server) -> None:
    page.goto(site.url + "/?q=网络安全&province=陕西省&sort=date")
    shown = page.locator("li.hit h2").all_inner_texts()
    page.click("li.hit h2 a")
    page.wait_for_url("**/articles/*")
    page.click("p.back a")
    page.wait_for_url(lambda url: "/articles/" not in url)
    assert page.input_value("input[name=q]") == "网络安全"
    assert page.input_value("select[name=province]") == "陕西省"
    assert page.input_value("select[name=sort]") == "date"
    assert page.locator("li.hit h2").all_inner_texts() == shown


def test_the_date_boxes_show_their_format_not_a_date_that_looks_chosen(page, site: Server) -> None:
    page.goto(site.url + "/")
    for name in ("date_from", "date_to"):
        box = page.locator(f"input[name={name}]")
        assert box.input_value() == "" and box.get_attribute("placeholder") == "年-月-日"
        assert "2023" in box.get_attribute("title")


def test_traditional_article_links_to_its_original_script(page, site: Server) -> None:
    page.goto(site.url + "/articles/001_12268834ad4b7733")
    link = page.locator("p.original a")
    assert "繁体" in link.inner_text()
    link.click()
    assert "奮力譜寫網絡強省建設新篇章" in page.inner_text("body")


def test_no_results_suggests_removing_filters(page, site: Server) -> None:
    page.goto(site.url + "/?q=东数西算&province=福建")
    message = page.inner_text(".message.empty")
    assert "没有找到相关文章" in message and "去掉筛选条件" in message
    page.click(".message.empty a")
    page.wait_for_load_state()
    assert page.locator("li.hit").count() == 1


def test_no_results_under_a_typed_filter_offers_the_words_without_it(page, site: Server) -> None:
    page.goto(site.url + "/?q=东数西算 title:泉州")
    message = page.inner_text(".message.empty")
    assert "去掉筛选条件" in message
    page.click(".message.empty a")
    page.wait_for_load_state()
    assert page.input_value("input[name=q]") == "东数西算" and page.locator("li.hit").count() == 1


def test_a_bad_parameter_shows_the_error_message(page, site: Server) -> None:
    page.goto(site.url + "/?q=网络&date_from=2023-13")
    assert "date_from" in page.inner_text(".message.error")


@pytest.mark.parametrize("text", ["“网络安全", "(网络 安全", "网络 OR", "-"])
def test_stray_quotes_brackets_and_operators_still_show_hits(page, site: Server, text: str) -> None:
    search_for(page, site, text)
    assert page.locator(".message.error").count() == 0
    assert page.locator("li.hit").count() == 5


def test_a_pasted_headline_with_extra_words_shows_partial_hits_with_a_notice(page, site: Server) -> None:
    search_for(page, site, "【关注】泉州网信办凝聚强劲网动力 助力泉州新发展 大熊猫_新浪网")
    assert page.inner_text(".message.notice") == "没有文章包含全部词语，以下结果包含其中大部分"
    first = page.locator("li.hit").first
    assert "泉州网信办" in first.locator("h2").inner_text()
    assert first.locator(".missing").inner_text() == "缺少：大熊猫"


def test_an_empty_page_for_a_quoted_phrase_offers_the_words_without_quotes(page, site: Server) -> None:
    search_for(page, site, "“东数西算庆阳”")
    page.click(".message.empty a")
    page.wait_for_load_state()
    assert page.input_value("input[name=q]") == "东数西算庆阳"
    assert page.locator("li.hit").count() >= 1


def test_user_text_is_escaped_and_never_runs(page, site: Server) -> None:
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    search_for(page, site, hostile)
    assert page.input_value("input[name=q]") == hostile
    assert page.dialogs == []
    assert page.locator("img[src=x]").count() == 0


def test_unknown_article_is_a_page_not_a_crash(page, site: Server) -> None:
    response = page.goto(site.url + "/articles/no-such-article")
    assert response.status == 404
    assert "找不到文章" in page.inner_text(".message.error")


def test_layout_fits_a_phone_screen(browser, site: Server) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800})
    tab = context.new_page()
    tab.goto(site.url + "/?q=网络安全")
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= 375
    context.close()


def test_timeline_bar_narrows_the_date_range_to_its_month(page, site: Server) -> None:
    search_for(page, site, "网信")
    timeline = page.locator("figure.chart-months")
    assert "3 个月有文章" in timeline.locator("figcaption").inner_text()
    assert "另有 2 篇只有年份或没有日期" in timeline.inner_text()
    # 2022-12 to 2023-12 on one axis: the 11 months between without articles are gaps, not links
    assert timeline.locator("a").evaluate_all("links => links.map(a => a.getAttribute('aria-label'))") == [
        "2022-12：1 篇",
        "2023-01：1 篇",
        "2023-12：1 篇",
    ]
    timeline.locator("a[data-value='2023-01']").click()
    page.wait_for_url(lambda url: "date_to=2023-01" in url)
    assert (page.input_value("input[name=date_from]"), page.input_value("input[name=date_to]")) == (
        "2023-01",
        "2023-01",
    )
    assert page.locator("li.hit h2").all_inner_texts() == ["庆阳:擎旗奋进汇聚正能量"]


def test_province_bar_narrows_the_search_to_its_province(page, site: Server) -> None:
    search_for(page, site, "网信")
    bar = page.locator("figure.chart-provinces a[data-value='陕西省']")
    assert bar.get_attribute("aria-label") == "陕西省：2 篇"
    bar.click()
    page.wait_for_url(lambda url: "province=" + quote("陕西省") in url)
    assert page.locator("li.hit").count() == 2
    assert page.input_value("select[name=province]") == "陕西省"


def test_page_offers_a_feed_and_both_exports_of_its_search(browser, site: Server) -> None:
    context = browser.new_context(locale="zh-CN")
    tab = context.new_page()
    tab.goto(site.url + "/?q=网信&province=陕西")
    expected = "/feed.atom?q=%E7%BD%91%E4%BF%A1&province=%E9%99%95%E8%A5%BF"
    assert tab.locator("head link[rel=alternate][type='application/atom+xml']").get_attribute("href") == expected
    assert tab.locator("a.feed").inner_text() == "订阅" and tab.locator("a.feed").get_attribute("href") == expected
    exports = {link.inner_text(): link.get_attribute("href") for link in tab.locator("a.export").all()}
    assert set(exports) == {"导出 CSV", "导出 JSONL"}
    csv = tab.request.get(site.url + exports["导出 CSV"]).text()
    assert csv.startswith("\ufeffid,title,") and len(csv.splitlines()) == 3  # the header and both articles
    assert len(tab.request.get(site.url + exports["导出 JSONL"]).text().splitlines()) == 2
    context.close()


# ---------------------------------------------------------------- reprints and related articles


@pytest.fixture(scope="module")
def reprint_site(reprint_index_dir: Path) -> Iterator[Server]:
    with gunicorn(reprint_index_dir) as running:
        yield running


def test_a_hit_says_how_many_sites_reprinted_it_and_expands_to_their_list(page, reprint_site: Server) -> None:
    search_for(page, reprint_site, "东数西算")
    assert "共 1 篇文章" in page.inner_text(".summary")
    reprints = page.locator("li.hit details.reprints")
    assert reprints.locator("summary").inner_text() == "另有 1 家转载"
    assert not reprints.locator("li a").is_visible()
    reprints.locator("summary").click()
    link = reprints.locator("li a")
    assert link.is_visible() and link.inner_text() == "庆阳:擎旗奋进汇聚正能量"
    assert "新甘肃" in reprints.locator("li").inner_text()
    link.click()
    page.wait_for_url("**/articles/**")
    assert page.inner_text("h1") == "庆阳:擎旗奋进汇聚正能量"


def test_the_article_view_lists_its_reprints_and_related_articles(page, reprint_site: Server) -> None:
    page.goto(reprint_site.url + "/articles/002_eec8dd7fda293d79")
    reprints = page.locator("aside.more section.reprints")
    assert reprints.locator("h2").inner_text() == "转载(1)"
    assert reprints.locator("li a").inner_text() == "【关注】泉州网信办:凝聚强劲网动力 助力泉州新发展"
    related = page.locator("aside.more section.related li a")
    assert related.count() >= 3
    titles = related.all_inner_texts()
    assert "泉州网信办:凝聚强劲网动力 助力泉州新发展" not in titles and not any("【关注】" in t for t in titles)
    related.first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("article h1").count() == 1


def test_a_pinyin_query_says_how_it_was_read(page, site: Server) -> None:
    search_for(page, site, "dongshuxisuan")
    assert page.inner_text(".reading") == "按拼音 dongshuxisuan 搜索：东数西算"
    assert page.locator("li.hit").count() == 1
    assert page.locator("li.hit mark").first.inner_text() == "东数西算"


def test_the_search_box_suggests_as_you_type_and_is_navigated_by_keyboard(browser, site: Server) -> None:
    context = browser.new_context(locale="zh-CN")
    tab = context.new_page()
    tab.goto(site.url + "/")
    box = tab.locator("#q")
    assert box.get_attribute("role") == "combobox" and box.get_attribute("aria-expanded") == "false"
    listbox = tab.locator(f"#{box.get_attribute('aria-controls')}")
    assert listbox.get_attribute("role") == "listbox"

    box.press_sequentially("wlaq", delay=20)
    options = listbox.locator("[role=option]")
    options.first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert options.first.locator("span").first.inner_text() == "网络安全"

    box.press("ArrowDown")
    box.press("ArrowDown")
    box.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    assert options.first.get_attribute("aria-selected") == "true"
    assert options.nth(1).get_attribute("aria-selected") == "false"

    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false" and listbox.is_hidden()
    assert box.input_value() == "wlaq"

    box.press("ArrowDown")  # opens the list again
    options.first.wait_for()
    box.press("ArrowDown")
    with tab.expect_navigation():
        box.press("Enter")
    assert tab.locator("#q").input_value() == "网络安全"
    assert "共 5 篇文章" in tab.inner_text(".summary")
    context.close()


def test_without_javascript_the_box_is_a_plain_search_field(browser, site: Server) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site.url + "/")
    assert tab.locator("#q").get_attribute("role") is None and tab.locator("[role=listbox]").count() == 0
    context.close()


def test_the_content_security_policy_blocks_nothing_the_page_uses(browser, site: Server) -> None:
    """The page's script runs, its style sheet applies and its charts draw under the strict policy it is sent with."""
    context = browser.new_context(locale="zh-CN")
    tab = context.new_page()
    refused: list[str] = []
    tab.on("console", lambda line: refused.append(line.text) if "Content Security Policy" in line.text else None)
    for path in (f"/articles/{QINGYANG}?q=网信", "/?q=网信"):
        response = tab.goto(site.url + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert tab.evaluate("getComputedStyle(document.querySelector('header.site')).maxWidth") != "none"  # style.css
    assert tab.evaluate("document.body.classList.contains('js')")  # static/search.js ran on the search page
    assert tab.locator("figure.chart-months svg rect.bar").count() == 3
    context.close()
    assert refused == []


@pytest.fixture(scope="module")
def slips_site(slips_index_dir: Path) -> Iterator[Server]:
    with gunicorn(slips_index_dir) as running:
        yield running


def test_a_corrected_query_says_so_and_links_to_the_words_as_typed(page, slips_site: Server) -> None:
    search_for(page, slips_site, "诈偏")
    assert page.inner_text(".correction") == "已显示“诈骗”的结果 · 仍然搜索“诈偏”"
    assert "共 24 篇文章" in page.inner_text(".summary")
    page.click(".correction a")
    page.wait_for_load_state()
    assert "共 0 篇文章" in page.inner_text(".summary")
    assert page.locator(".correction").count() == 0
    assert page.input_value("input[name=q]") == "诈偏"
