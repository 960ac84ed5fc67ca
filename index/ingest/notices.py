"""A page's notices about itself: what a platform, a site or an account says about the article rather than what
the article says (`平台声明：该文观点仅代表作者本人…`, `本文系X原创，转载请注明出处。`, `如有侵权请联系删除`,
`原标题：…`). They sit inside the article's container, so no extractor leaves them out, and they are written as
sentences, so chrome's shapes (which never take a sentence) let them through; a site's only page has no
repetition to learn them from.

A notice is known by its subject and its predicate together: it speaks of the text itself (`本文`, `以上内容`,
`本站`, `该文` after a declaration's label) and of its rights or its standing (reprinting, authorisation,
infringement, whose views it holds, a platform that only stores it). A story that reports on copyright
(`法院认定被告未经授权转载…`) has no such subject and stays; so does a paper's `本文从…视角出发`, which has no
such predicate.
"""

from __future__ import annotations

import re

NOTICE_MAX = 200  # a longer line is a paragraph of its own, whatever it says about itself

# The text, the page or the account speaking of itself (`本网讯` opens a story's dateline, `本网记者` its byline;
# a blog's `原创文章，转载请注明…` names its text by what it is).
# (`本文作者系…` is a note on the writer)
_SELF = (
    r"(?:本文(?!作者)|本篇|本稿|此文|本站|本网(?!讯|记者)|本号|本平台|本公众号|本账号|以上(?:文章|内容|图文)"
    r"|(?:网友|用户|读者)(?:评论|留言|跟帖)|原创(?:文章|作品|内容|稿件))"
)
# A declaration's label before its subject (`平台声明：`, `特别说明：`, `注：`); after one, `该文` is the text too.
_LABEL = r"(?:(?:[【\[]\S{0,4}(?:声明|说明|提示|注)[】\]]|\S{0,4}(?:声明|说明|提示|注)\s*[:：])\s*)"
# What a notice says of its subject: its rights, whose views it holds, a platform that only stores it, its
# origin as a reprint (`观点` alone is a story's word: `以上观点得到专家认可`).
_PREDICATE = (
    r"(?:仅|只)代表|不代表|原创|首发|转载|转自|转发自|授权|侵权|侵删|版权|著作权|信息(?:存储|发布)(?:空间|服务|平台)"
    r"|上传并发布"
    r"|(?:来源|来自|源自|摘自)于?(?:网络|互联网)|联系(?:我们|本站|本号|平台)?(?:删除|处理)"
    r"|仅供(?:参考|学习|交流)|风险自负|(?:同意|赞同)其观点|证实其"
)
# After a declaration's label the subject may be the outlet that ran the text (`X网声明：X网登载此文出于…`).
_RAN_IT = r"\S{0,10}?(?:登载|刊载|刊登|转载|转发|发布)(?:此文|本文|该文)"
_NOTICE = re.compile(
    # (after a declaration's label the predicate may stand further on in the sentence)
    rf"^(?:{_LABEL}(?:{_SELF}|该文|该内容|{_RAN_IT})[^。！？]{{0,40}}?|[【\[(（]?\s*{_SELF}[^。！？]{{0,24}}?)(?:{_PREDICATE})"
    # or a line opening with the predicate itself: `如有侵权请联系删除`, `转载请注明出处`, `图片来源于网络`
    r"|^[【\[(（]?\s*(?:如有侵权|若有侵权|如涉及版权|如涉版权|侵删|版权归原作者|转载请|转载须|(?:部分)?图片(?:均)?"
    r"(?:来源|来自|源自)于?(?:网络|互联网)|未经(?:许可|授权|允许).{0,12}(?:转载|使用|复制|摘编))"
)
# An outlet describing itself (`本公众号由X主办，致力于…`, `本平台旨在…`): who runs it and what it is for. (`本文旨在…`
# is a paper's own aim: the text is no such subject.)
_OUTLET = r"(?:本站|本网|本号|本平台|本公众号|本账号|本微信号|本频道)"
# Or by its name as the account it is (`溪口发布是溪口镇党委宣传办官方微信公众平台，致力于…`).
_ACCOUNT = r"(?:官方)?(?:微信)?(?:公众平台|公众号|订阅号|服务号|官方账号|官方平台)"
_ABOUT_ITSELF = re.compile(
    rf"^[【\[(（]?\s*{_OUTLET}[^。！？]{{0,12}}?(?:由\S{{1,20}}?(?:主办|运营|出品|创办)|致力于|旨在|专注于?|是\S{{0,16}}(?:官方|平台))"
    rf"|^[“\"]?[^\s，。！？]{{2,12}}[”\"]?(?:是|系|为)[^，。！？]{{0,24}}?{_ACCOUNT}[，,]"
)
# An earlier headline noted above the text: `原标题：…` (the story's own headline is the title).
_EARLIER_TITLE = re.compile(r"^[【\[(（]?\s*原(?:标)?题\s*[】\])）]?\s*[:：]")


# What the sentences after a notice's first speak of, when they go on with it (`如涉及作品内容、版权…请与本网联系`,
# `并不意味着赞同其观点`); a piece of writing that speaks of none of it is the story's, glued to a caption's
# notice (`图片来源于网络  几年前，陈铁光听亲戚说…`).
_GOES_ON = re.compile(r"版权|著作权|转载|授权|侵权|观点|立场|联系|删除|参考|真实性|作者|声明|平台|本站|本网|本号")
_PIECES = re.compile(r"(?<=[。！？!?])|\s{2,}")
_WRITING_MIN = 20  # a shorter piece is a prompt or a salutation (`欢迎留言。`), not the story's writing


def is_notice(line: str) -> bool:
    """A line that is the page's notice about the article (its rights, its standing, its earlier headline), not
    the article's own text."""
    if not line or len(line) > NOTICE_MAX:
        return False
    if _EARLIER_TITLE.match(line):
        return len(line) <= 80
    if _ABOUT_ITSELF.match(line):
        return True
    found = _NOTICE.match(line)
    if not found:
        return False
    rest = [piece for piece in _PIECES.split(line[found.end() :]) if len(piece.strip()) >= _WRITING_MIN]
    return all(_GOES_ON.search(piece) for piece in rest)
