"""Bracketed lines a wire or an agency closes its story with: `（编译 王薇；审校 李琳）`, `（完）（X网 www.x.cn）`,
`((X中文网网址：cn.x.com；发稿：Y))`, an end tag of the site's letters and the day it filed the story
(`（XYS20040512）`: its day is read from the page's lines as before). Each bracket of such a line holds an end mark,
a web address, such a tag or only labels of the desk's roles and their names, never a sentence: the page's, not
the story's.

A story's own bracketed line says something (`（详情请访问www.x.gov.cn查询）` asks the reader to act and stays;
`（记者 林峰）`, a writer's credit, is left to the byline readers). Measured on alone8's pages of 24 sites
(2026-12-06): such lines were kept on two wire pages.
"""

from __future__ import annotations

import re

LINE_MAX = 120

_GROUP = re.compile(r"(?:\(\(|（（|[（(【\[])([^（()）【】\[\]]*)(?:\)\)|））|[）)】\]]|$)")
_ADDRESS = re.compile(r"(?:https?://|www\.|[a-z0-9-]+\.(?:com|cn|net|org)(?:\.cn)?\b)", re.IGNORECASE)
_ASKS = re.compile(r"请|登录|访问|查询|详见|点击|扫描|关注|下载|报名|咨询")  # a note that asks the reader to act
# a desk's role (never a writer's: 记者 and 作者 are the byline readers'), then its names; an editor's credit
# alone (`【责任编辑：X】`) is a field extraction reads, so an editor counts only beside another desk's role
_ROLE = re.compile(r"^(?:编译|审校|校对|翻译|发稿|审核|编审|核稿|整理)\s*[:：]?\s*\S{1,12}$")
_ROLE_AFTER = re.compile(r"^[^。！？，,]{1,24}?\s*(?:编译|审校|翻译|整理)$")  # `欧华时报/ 林溪 编译`
_EDITOR = re.compile(r"^(?:编辑|责编|责任编辑|值班编辑)\s*[:：]?\s*\S{1,12}$")
_END = re.compile(r"^(?:完|全文完|本文完|END)$", re.IGNORECASE)
# a site's or a wire's end tag: its letters, then the day it filed the story (`XYS20040512`, `JCB20200330-2`)
_CODE_DAY = re.compile(r"^[A-Z]{2,6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[-_]?\d{1,4})?$")


def _is_note(content: str) -> bool:
    content = content.strip()
    if _END.match(content) or _CODE_DAY.match(content):
        return True
    if _ADDRESS.search(content):
        return not _ASKS.search(content) and not re.search(r"[。！？]", content)
    pieces = [piece for piece in re.split(r"\s*[；;，,、]\s*", content) if piece]
    roles = [bool(_ROLE.match(piece) or _ROLE_AFTER.match(piece)) for piece in pieces]
    return any(roles) and all(role or _EDITOR.match(piece) for role, piece in zip(roles, pieces, strict=True))


def is_bracketed_credit(line: str) -> bool:
    """A line made only of bracketed notes, each an end mark, a web address or a desk's credits."""
    line = line.strip()
    if not line or len(line) > LINE_MAX or line[0] not in "(（【[":
        return False
    groups = list(_GROUP.finditer(line))
    covered = "".join(match.group(0) for match in groups)
    if re.sub(r"\s", "", covered) != re.sub(r"\s", "", line):
        return False
    return any(not _END.match(g.group(1).strip()) for g in groups) and all(_is_note(g.group(1)) for g in groups)
