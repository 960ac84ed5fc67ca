"""A site's footer on a page read alone, without `版权所有` (index.ingest.site_footers)."""

from __future__ import annotations

from index.ingest.site_footers import is_footer_line, site_footers

LAST = "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。"


def test_owner_contact_and_address_lines_are_footer_lines() -> None:
    assert is_footer_line("主管：柳河县人民政府办公室　主办：柳河县融媒体中心")
    assert is_footer_line("江城观察新闻客户端由江城日报社出品") and is_footer_line("http://www.example.cn/")


def test_a_sentence_about_organisers_is_no_footer_line() -> None:
    assert not is_footer_line("本次活动由市文化局主办，市图书馆承办。")


def test_an_owner_line_under_a_control_row_is_the_site_s() -> None:
    kept = [LAST, "【打印本页】", "主办：青溪县人民政府办公室"]
    assert site_footers(kept, kept, {1}) == {2}


def test_an_owner_line_over_the_site_s_filing_is_the_site_s() -> None:
    lines = [LAST, "主管：青溪县人民政府", "青公网安备 33010602000123号"]
    assert site_footers(lines, [LAST, "主管：青溪县人民政府", ""], set()) == {1}


def test_an_organiser_closing_the_text_with_nothing_under_it_stays() -> None:
    kept = [LAST, "主办单位：青溪县文化和旅游局", "联系电话：0571-88001234"]
    assert site_footers(kept, kept, set()) == set()


def test_an_owner_line_under_a_row_cleaning_took_is_the_site_s() -> None:
    lines = [LAST, "【打印本页】【关闭窗口】", "主办：青溪县人民政府办公室"]
    assert site_footers(lines, [LAST, "", "主办：青溪县人民政府办公室"], set()) == {2}


def test_an_address_run_into_a_promotion_is_no_address_line() -> None:
    assert not is_footer_line("https://mp.weixin.qq.com/s/abc《图说临汾》承诺：我们只发布有价值的信息")


def test_a_contact_closing_a_letter_under_a_stray_full_stop_stays() -> None:
    lines = [LAST, "。", "联系电话:15291890907"]
    assert site_footers(lines, [LAST, "", "联系电话:15291890907"], set()) == set()


def test_an_unlabelled_address_with_its_phone_is_a_footer_line() -> None:
    assert is_footer_line("广西壮族自治区南宁市民族大道66号　0771-80026666")
    assert is_footer_line("湖南省长沙市天心区芙蓉南路88号")


def test_a_sentence_naming_an_address_is_no_footer_line() -> None:
    assert not is_footer_line("湖南省长沙市芙蓉南路88号的新馆今天开放。")
