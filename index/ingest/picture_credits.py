"""Picture credits and the captions that carry one: where a picture came from is never one of the story's
paragraphs, whether the page sets it in a `<figcaption>`, under the image or inside the text.

Two shapes, each a whole line: a credit label and what it credits (`图片来源：视觉中国`, `图像来源，Getty Images`,
`（图/视觉中国）`, `（摄影：黄磊）`, `新华社记者 王刚 摄`), and a short caption closed by such a credit in
brackets (`资料图：演习现场（图片来源：网络）`, `市民在湖边赏花。（李明 摄）`) or after its sentence's stop
(`图为现场。本报记者 王刚 摄`). A story's own line that
mentions pictures (`图片来源于群众拍摄，记者已核实。`, a caption-like first sentence with no credit) has another
shape and stays. Measured on alone8's pages of 24 sites (2026-12-06): these credits were kept on 7 of 26 pages.
"""

from __future__ import annotations

import re

CAPTION_MAX = 60  # a longer line closed by a credit is a paragraph that quotes one, not a caption

# A label naming a picture's origin or its maker, then a separator (`，` only after a 来源 label, as in `图像来源，X`).
_LABEL = (
    r"(?:(?:图片|图像|照片|配图|题图|封面图|头图|视频)(?:来源|来自|提供)|图源|图片|图|摄影|摄|供图|配图|题图"
    r"|图片由|资料图片?)"
)
_SEPARATOR = r"(?:\s*[:：/／|丨]\s*|(?<=来源)\s*[，,\s]\s*|(?<=来自)\s*[，,]?\s*)"
_WHO = r"[^\s。！？!?，,；;:：]{1,20}(?:\s[^\s。！？!?，,；;:：]{1,20}){0,3}"  # a name, an agency, a Latin name
# a name then its role (`新华社记者 王刚 摄`, `王刚摄`, `警方供图`, `李明/图`): the name is the last word before it
_NAMED = rf"(?:{_WHO}\s)?[^\s的拍。，,：:]{{2,4}}\s*(?:摄|供图|/\s*图)"
_GIVEN = r"(?:图片|照片|视频|图)由\S{1,12}提供"  # who gave it (`图片由受访者提供`)
_KIND = r"资料图片?|网络图片|示意图|效果图"  # only the picture's kind: a line of its own, never a caption's tail
_CREDIT = rf"{_LABEL}{_SEPARATOR}{_WHO}|{_NAMED}|{_GIVEN}"
_OPEN, _CLOSE = r"[（(【\[]", r"[）)】\]]"
# a credit for the text as well as the picture (`（图/文 X）`, `文图：X`): the writer's byline, read as such
_TEXT_TOO = re.compile(r"图\s*[/／]\s*文|文\s*[/／]\s*图|(?:图文|文图)\s*[:：/／|丨]")
_CREDIT_LINE = re.compile(rf"^(?:{_OPEN}\s*(?:{_CREDIT}|{_KIND})\s*{_CLOSE}|(?:{_CREDIT}|{_KIND}))$")
_CREDIT_TAIL = re.compile(rf"{_OPEN}\s*(?:{_CREDIT})\s*{_CLOSE}$")
# a caption's sentence, then who took the picture without brackets, a role at most before the name (`图为现场。本报
# 记者 王刚 摄`, `…“漂浮云端”。 泱波 摄`); a story's sentence before a caption of its own run on is no caption
# (`…进行了实地采访。图为倒塌后的大棚 记者 张清颖/摄`, corpus inews-test-00382)
_SIGNED_TAIL = re.compile(
    r"[。！？!?][”’」』]?\s*(?:[^\s。，,]{0,10}(?:记者|摄影师?|通讯员)\s*)?[^\s的拍。，,：:]{2,4}\s*(?:摄|供图|/\s*摄)$"
)


def is_picture_credit(line: str) -> bool:
    """A line that only credits a picture, or a short caption it closes."""
    line = line.strip().lstrip("▲△↑↓▼●■◆☆★ ")  # (a marker pointing at the picture)
    if not line or len(line) > CAPTION_MAX or _TEXT_TOO.search(line):
        return False
    if _CREDIT_LINE.match(line):
        return True
    if line[0] in "（(" and line[-1] in "）)" and is_picture_credit(line[1:-1]):
        return True  # a caption with its credit, all in brackets: `（图为现场。记者 王刚 摄）`
    tail = _CREDIT_TAIL.search(line) or _SIGNED_TAIL.search(line)
    return bool(tail and tail.start() >= 2)
