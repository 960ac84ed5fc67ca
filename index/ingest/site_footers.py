"""A site's footer read alone, without `版权所有`: who runs the site (`主办单位：…`, `主管：…　主办：…`, `运营：…`,
`X由Y出品`, `由 X 提供技术支持`), how to reach it (`联系电话：…`, `联系邮箱：…`, `地址：… 邮编：…`, or an address
alone: `湖南省长沙市…路88号`, which read as text made the operator's province the article's region), its filings
(`…公网安备…号`, `网站标识码：…`, `…许可证…`) and its own address (`http://www.….cn/`).

A notice's text may close with its organisers (`主办单位：市文化局`) or a contact (`联系电话：…`), so these labels alone
prove nothing. A footer stands where the page's interface has begun: under a line of chrome (a control row, a list's
heading, a pager) or one that cleaning took (`【打印本页】【关闭窗口】`) under the text's last written line, or over
the site's filing (`…公网安备…号`, `网站标识码`, an ICP number: no text files itself), which cleaning may have taken
already. Below that point a line carrying such a label, and no sentence's end, is the site's.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from index.ingest.cleaning import ends_sentence, is_writing

FOOTER_MAX = 100  # a footer run into one line (owner, contact and filing) stays under this; a paragraph does not

_FOOTER_FIELD = re.compile(
    r"(?:主办|承办|协办|主管|运营|运维|维护|监制|出品)(?:单位|方)?\s*[:：]"
    r"|由\s*\S{2,20}\s*(?:出品|主办|运营|提供技术支持|技术支持)"
    r"|(?:联系|客服|服务|举报|值班)(?:电话|热线|邮箱|信箱)\s*[:：]|(?:通讯)?地址\s*[:：]|邮编\s*[:：]|E-?mail\s*[:：]"
    r"|公网安备|ICP\s*[备证]|网站标识码|许可证|Powered\s+by"
    r"|^(?:https?://|www\.)[!-~]+$"
    # an address alone, unlabelled (`湖南省长沙市天心区芙蓉南路88号　0731-…`): a street's number opens the line
    r"|^(?:[\u4e00-\u9fff]{2,7}(?:省|自治区))?[\u4e00-\u9fff]{1,8}(?:市|州|盟|县|区)[\u4e00-\u9fff\d]{0,16}?"
    r"(?:路|街|大道|大街|巷|道)\s*\d+(?:-\d+)?\s*号",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w")  # a line cleaning took is the interface if it says something (a stray `。` says nothing)
_FILING = re.compile(r"公网安备|ICP\s*[备证]|网站标识码|信息服务许可证", re.IGNORECASE)


def is_footer_line(line: str) -> bool:
    """A line giving a site's owner, contact, filing or address, short and ending no sentence."""
    return len(line) <= FOOTER_MAX and not ends_sentence(line) and bool(_FOOTER_FIELD.search(line))


def site_footers(lines: list[str], kept: list[str], chrome: Collection[int]) -> set[int]:
    """The footer lines below the text's last written line that is not chrome, under the first line there that is
    in `chrome` (indexes of chrome lines) or that cleaning took, or all of them when a filing stands under that
    line among the page's `lines` as read (`kept`: what cleaning kept of them)."""
    last = max((i for i, line in enumerate(kept) if is_writing(line) and i not in chrome), default=None)
    if last is None:
        return set()
    interface = (
        i for i in range(last + 1, len(kept)) if kept[i] and i in chrome or not kept[i] and _WORD.search(lines[i])
    )
    begun = next(interface, None)
    if any(_FILING.search(line) for line in lines[last + 1 :]):
        begun = last
    if begun is None:
        return set()
    return {i for i in range(begun + 1, len(kept)) if kept[i] and i not in chrome and is_footer_line(kept[i])}
