"""A site's statement about what it carries, known by what it says, not by whose name it bears.

Portals put a disclaimer under their stories under names no list can hold (`郑重声明：X网发布此信息的目的在于
传播更多信息，与本站立场无关。`, `X声明：本频道所载新闻内容均来自合作媒体，版权归原作者所有…`). What such a
statement says is always the same few things: why the site carries the text (to pass information on), that it
does not share its views, that it does not vouch for its accuracy, whose copyright it is and how to reprint it,
whom to contact to have it removed, that acting on it is at one's own risk. So a line is a statement when every
sentence of it says one of those things, it says two or more of them, and it speaks of the site, the text or
the information as its subject (or opens with a declaration's label): a story reporting a copyright case (`法院
认定被告未经授权转载原告作品`) names no such subject, and a story's own sentences say other things.
"""

from __future__ import annotations

import re

STATEMENT_MAX = 400  # a longer line is a paragraph of its own, whatever it says

# What a statement says, one pattern a kind of claim.
_CLAIMS = {
    "purpose": r"传[递播](?:更多)?信息|目的在于|之目的|仅[供作](?:参考|学习|交流|读者参考)",
    "stance": r"(?:不|并不|无关|不能)\S{0,4}(?:代表|意味着|赞同|立场)|立场无关|赞同其观点|证实其|观点或立场|个人观点",
    "accuracy": r"不(?:保证|承担|负责)|准确性|真实性|完整性|有效性|及时性|原创性|不构成\S{0,6}建议",
    "rights": r"版权|著作权|原作者|转载|摘编|注明(?:出处|来源)|授权|侵权|所有作品",
    "origin": r"(?:来自|来源于|源自|转载自|选自)\S{0,6}(?:合作媒体|网络|互联网|网友)|合作媒体",
    "remedy": r"(?:与|请|联系)\S{0,8}(?:联系|删除|处理|告知)|尽快(?:删除|处理)|第一时间删除",
    "risk": r"风险自[担负]|据此操作|自行(?:判断|承担)|投资有风险|入市需谨慎",
}
_CLAIM = {kind: re.compile(pattern) for kind, pattern in _CLAIMS.items()}
# What a statement speaks of: the site, the channel, the text, the information it carries.
_SUBJECT = re.compile(
    r"本(?:网|站|频道|栏目|平台|号|刊|报)(?!记者|讯)|本文|此文|该文|该信息|此信息|以上(?:内容|文章|信息)"
    r"|所载|登载|刊载|转载|原作者|作者本人"
)
# A declaration's label opening the line: `郑重声明：`, `X声明：`, `特别提示：`, `免责条款：`.
_LABEL = re.compile(r"^[【\[]?\S{0,10}?(?:声明|提示|说明|条款|须知)[】\]]?\s*[:：]")
_SENTENCES = re.compile(r"(?<=[。！；;!])")
_PIECE_MIN = 6  # a shorter piece (`谢谢！`) says nothing either way
OPENING = 15  # a statement says what it is within its first characters; a story or a snippet runs on before it


def makes_claim(text: str) -> bool:
    """Whether `text` makes one of a statement's claims (its purpose, its stance, its accuracy, rights, origin,
    a remedy, a risk): a sentence that goes on with a statement does."""
    return any(claim.search(text) for claim in _CLAIM.values())


def _opens_as_statement(line: str) -> bool:
    head = line[:OPENING]
    return bool(_LABEL.match(line) or _SUBJECT.search(head) or makes_claim(head))


def is_statement(line: str) -> bool:
    """A line that is a site's statement about what it carries: every sentence makes one of a statement's
    claims, two kinds of claim or more in all, about the site or the text (or under a declaration's label), and
    it says so from its opening (OPENING): `12小时前-X村干部骗取惠农资金问题 … 本文仅代表作者观点…` is a snippet of
    a story with a statement run into it."""
    if not line or len(line) > STATEMENT_MAX or not _opens_as_statement(line):
        return False
    pieces = [p for p in _SENTENCES.split(line) if len(p.strip()) >= _PIECE_MIN]
    if not pieces:
        return False
    kinds = set()
    for piece in pieces:
        said = {kind for kind, claim in _CLAIM.items() if claim.search(piece)}
        if not said:
            return False
        kinds |= said
    return len(kinds) >= 2 and bool(_LABEL.match(line) or _SUBJECT.search(line))
