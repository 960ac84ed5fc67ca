"""A question-and-answer page's answerer: the writer of the answer the page is read for, never its asker.

A Q&A page (百度知道, 搜搜问问, 新浪爱问 and the many sites built like them) shows the question with its asker's line
(`提问者：X 2015-03-02 09:10`) and, under a label of its own (`最佳答案`, `满意答案`, `推荐答案`), the chosen answer
with its answerer's line: the handle, then the answerer's standing or the day (`家装老师傅 采纳率：86% 2015-03-02
11:30`, `回答者：X`). The answer is the text the page is kept for, so its answerer is the writer; the asker wrote a
question of a line or two. Only the line within NEAR lines under the label is read, so another answer's or a
sidebar's names never are. For the same reason the answer's own day (on the answerer's line, or a stamp right under
it: `回答于 2018-10-09`) is the page's, never the question's (`提问于 2018-10-08`) above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.ingest.bylines import is_handle
from index.ingest.days.shapes import YEAR, YMD_TIGHT
from index.text.lexicon import FIELD_LABELS

_LABEL = re.compile(
    r"^[【\[]?\s*(?:最佳答案|满意答案|推荐答案|最佳回答|优质答案|精选回答|专业回答|最佳解答)\s*[】\]]?\s*[:：]?\s*"
)  # (the answerer's line can follow on the label's own, glued or not: `满意答案绿茶清风LV6 回答于 2017-05-04 09:30`)
# the answerer's line: labelled, or a handle before the answerer's standing (采纳率, 等级, a rank's 级) or the day
_ANSWERER = re.compile(
    r"^(?:回答者|回答人|答主|解答者)\s*[:：]\s*([^\s:：|｜]{2,20})"
    rf"|^([^\s:：|｜]{{2,20}}?)(?:\s*[Ll][Vv]\.?\s*\d{{1,2}})?\s*[|｜]?\s+(?=采纳率|回答于|推荐于|采纳于|擅长|{YMD_TIGHT}|\S{{0,6}}[0-9一二三四五六七八九十]+级)"
)
# words of the page's furniture that stand where a handle would (`积分`, `等级`, `回答`): never a name
_NOT_NAMES = frozenset(
    "积分 等级 经验 采纳率 回答 提问 提问者 回答者 网友 匿名 匿名用户 热心网友 用户 评论 举报 追问 分享 "
    "展开全部 收起 已采纳 追答 本回答 专业回答 知道达人".split()
    + [label for labels in FIELD_LABELS.values() for label in labels]
)
NEAR = 2  # lines under the label within which the answerer's line stands


# the answer's own stamp on a line of its own under the answerer's (`回答于 2018-10-09 08:45`, `编辑于 …`), or
# closing the answer's text (`回答时间：2017-05-04 09:30`)
_STAMP = re.compile(rf"^(?:回答于|回答时间|推荐于|采纳于|编辑于|发布于|更新于)\s*[:：]?\s*{YEAR}")
# where the chosen answer ends: the next answers' heading
_OTHERS = re.compile(r"^(?:其他|更多|全部)\s*\d*\s*(?:条|个)?(?:回答|答案)")
ANSWER_LINES = 40  # lines after the answerer's within which the answer's closing stamp is looked for


@dataclass(frozen=True)
class Answer:
    """The chosen answer's writer and the lines that may hold its own day (the answerer's, and a stamp under it)."""

    writer: str
    stamp: str


def chosen_answer(lines: list[str]) -> Answer | None:
    """The chosen answer's writer and stamp (`最佳答案` / `家装老师傅 采纳率：86% 2015-03-02 11:30` -> `家装老师傅`
    and that line), or None where the page labels no chosen answer or names no one under the label."""
    for i, line in enumerate(lines):
        if not (label := _LABEL.match(line.strip())):
            continue
        beside = line.strip()[label.end() :]
        under = list(enumerate(lines[i + 1 : i + 1 + NEAR], i + 1))
        for k, below in [(i, beside), *under] if beside else under:
            found = _ANSWERER.match(below.strip())
            name = (found.group(1) or found.group(2)) if found else below.strip()
            alone = k == i + 1 and is_handle(name)  # (a handle alone right under the label)
            if (found or alone) and name not in _NOT_NAMES:
                return Answer(name, f"{below} {_closing_stamp(lines[k + 1 : k + 1 + ANSWER_LINES])}")
    return None


def _closing_stamp(lines: list[str]) -> str:
    """The answer's own stamp among the lines after its answerer's, before the other answers' heading; or ''."""
    for line in lines:
        if _OTHERS.match(line.strip()):
            break
        if _STAMP.match(line.strip()):
            return line.strip()
    return ""


def answerer(lines: list[str]) -> str | None:
    """The handle of the chosen answer's writer, or None (`chosen_answer`)."""
    return answer.writer if (answer := chosen_answer(lines)) else None
