"""A writer named after their unit and job title: `作者：江城大学经济学院教授 陈立新`, `作者：中国社会科学院农村发展
研究所副研究员李静`.

Theory pages, think tanks and opinion columns give the writer's standing before the name, in the 作者 field itself,
spaced or glued. Read as names, the field's first word is a unit (`江城大学经济学院教授`) and no one is found. The
name is what follows the last job title, when that is a name of two or three characters (a surname and a given
name's characters); a title ending the field (`作者：王明 教授`) is read as before, by the byline's reading.
"""

from __future__ import annotations

import re

from index.ingest import bylines
from index.text.cjk import CJK

_HAN = f"[{CJK}]"
# the titles a writer's standing ends with: academic, research, professional and official ones
_TITLE = (
    r"(?:副|助理)?(?:教授|研究员)|(?:博士生|硕士生)?导师|博导|讲师|博士(?:后|生)?|硕士生?|研究生|院士|(?:副)?主任(?:医师)?|(?:副)?(?:院|所|校|馆|处|局|科)长"
    r"|(?:副)?秘书长|(?:高级)?(?:经济师|工程师|会计师|律师|编辑|记者)|评论员|学者|专家|教师|党委书记|书记|理事长|会长"
)
_TITLED = re.compile(rf"^\S.{{0,40}}?(?:{_TITLE})\s*({_HAN}{{2,3}})$")


def titled_writer(value: str) -> str | None:
    """The name after a job title ending the writer's standing (`中国社会科学院农村发展研究所副研究员李静` -> 李静,
    `江城大学经济学院教授 陈立新` -> 陈立新), or None where the value ends otherwise or the word after it is no name."""
    found = _TITLED.match(value.strip())
    if found is None:
        return None
    name = found.group(1)
    return name if bylines.looks_like_name(name) and not bylines.is_title(name) else None
