"""A lead that opens on its credits, no byline line above it and no bracket around them.

Business and trade media open their stories with the outlet, the writer and the day's flash mark, no role word
(`蓝鲸财经 王敏 6月18日消息，…`, `楚天财讯 刘畅 7月15日讯，…`); city papers open theirs with the reporters' roles
and names up to `报道` and the text after a space (`晨报特派记者 李想 实习记者 陈晨 报道 距离冬奥会…`). Neither is
a bracketed credit after a flash mark (index.ingest.credits.lead) nor a byline glued to a colon
(index.ingest.bylines.lead_credit). The flash mark or the `报道` closing the run vouches for the names; each must
still be a name (a surname and a given name's characters for the unlabelled one), else no one is read.
"""

from __future__ import annotations

import re

from index.ingest import bylines, credits
from index.text.cjk import CJK

_HAN = f"[{CJK}]"
# the outlet, the writer's name (or two), the day and its flash mark, then the text
_OUTLET_NAME_DAY = re.compile(
    rf"^(?:【\s*({_HAN}{{2,10}})\s*】\s*|({_HAN}{{2,10}})\s+)"  # (the outlet in brackets: `【乐居财经】王敏 …`)
    rf"({_HAN}{{2,4}}(?:[、\s]{_HAN}{{2,4}})?)\s*(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日\s*(?:消息|讯|电)\s*[，,：:\s]"
)
# a run of reporters' roles and names up to `报道`, the text after a space (a paper's or a station's name, a
# post before the role: 特派, 驻京, 实习)
_POST = re.compile(r"(?:特派|特约|首席|见习)(?=记者)")  # `晨报特派记者`: the post, the paper's own word before it
_ROLES_REPORTED = re.compile(rf"^((?:{_HAN}{{0,8}}?(?:记者|通讯员|特派员)\s*{_HAN}{{2,4}}\s*)+)报道\s+(?={_HAN})")


def opening_writers(paragraph: str) -> list[str]:
    """The writers a lead's opening credits name (`蓝鲸财经 周嘉怡 7月26日消息，…` -> [周嘉怡], `晨报特派记者 李想
    实习记者 陈晨 报道 …` -> [李想, 陈晨]); [] where it opens otherwise or a credited word is no name."""
    head = paragraph[:80]
    if found := _OUTLET_NAME_DAY.match(head):
        names = re.split(r"[、\s]", found.group(3))
        outlet = found.group(1) or found.group(2)
        if not bylines.looks_like_name(outlet) and all(map(bylines.looks_like_name, names)):
            return names
        return []
    if found := _ROLES_REPORTED.match(head):
        return credits.run(_POST.sub("", found.group(1))) or []
    return []
