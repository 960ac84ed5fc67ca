"""Pictures' captions a page marks as captions without crediting anyone: a mark pointing at the picture
(`▲新建的乡村公路`, `△小琴的车连撞 3 棵树，翻倒在路边`), a figure's number (`图1 全国降水量预报图（2月12日）`),
a caption's label (`图说：…`, `组图：…`, `上图：…；下图：…`, `图片说明：…`), who gave the pictures
(`本文图片均由X提供`, `图片来自X`, `图据X`), a credit with a takedown clause in brackets, and a picture's
control (`高清大图`, `更多图片`). Between a story's paragraphs they are the picture's, never the story's
(index.ingest.picture_credits takes the credits that name a source or a photographer).

In the corpus (10,580 articles) these shapes take 53 lines of 20 articles that the credits leave, read:
captions all (`▲警方将嫌疑人苗某抓获`, `图1 全国降水量预报图（…）`) but a trial's speaker labels (`△公诉人`) and a
`▲` bullet or two of a summary (`▲警方抓获各类通信网络犯罪嫌疑人114人`), which a caption's shape cannot tell
apart; a labelled line longer than CAPTION_MAX (a scraped gallery's `组图：` title run into its lead) stays.
"""

from __future__ import annotations

import re

CAPTION_MAX = 60  # a longer labelled line is a paragraph (a gallery's title run into its lead)
POINTED_MAX = 30  # a longer line after a pointing mark is a bullet of the text

_POINTED = re.compile(rf"^[▲△↑]\s*[^。！？!?]{{1,{POINTED_MAX}}}$")
_NUMBERED = re.compile(r"^图\s*\d{1,2}\s*[:：.、\s]\s*[^。！？!?]{1,40}$")
_LABELLED = re.compile(
    rf"^(?:组图|图片说明|图说|图注|图解|上图|下图|左图|右图|上下图|题图|配图|头图)\s*[:：]\s*\S.{{0,{CAPTION_MAX}}}$"
)
_GIVEN = re.compile(
    r"^(?:本文|文中|文内|以上|以下)?(?:图片|照片|配图)(?:均|皆)?(?:由|来自|来源于|源自)[^。！？!?，,]{1,20}$"
)
_GIVEN_BY = re.compile(r"^图据\s*[^\s。！？!?，,]{1,12}$")
_TAKEDOWN = re.compile(r"^[（(【]\s*(?:图片|图|照片|配图)(?:来源|来自)\s*[:：][^()（）【】]{1,30}[)）】]$")
_CONTROL = re.compile(r"^(?:高清大图|更多图片|高清组图|点击看大图|查看高清大图|查看原图|高清图集)$")


def is_marked_caption(line: str) -> bool:
    """A line that is a picture's caption or control by the page's own marks (see the module's note)."""
    line = line.strip()
    if not line or len(line) > CAPTION_MAX + 6:
        return False
    shapes = (_POINTED, _NUMBERED, _LABELLED, _GIVEN, _GIVEN_BY, _TAKEDOWN, _CONTROL)
    return any(shape.match(line) for shape in shapes)
