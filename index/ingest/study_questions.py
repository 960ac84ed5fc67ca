"""What a study material puts under the article it reprints: its questions for discussion and its compiler.

A party branch's or an office's 学习材料 reprints an article and closes it with a heading of questions (`思考题：`,
`讨论题`, `【研讨题】`) over a few numbered questions (`1.结合本职工作谈谈体会。`) and the compiler's line (`整理人：X`,
`资料整理：X　审核：Y`). None of it is the article's: the questions are the branch's, the compiler is no writer. Only
the run that closes the text goes, and only when every line of it is a question or a credit: a story whose own
heading reads so is followed by its paragraphs, not by short numbered lines alone.
"""

from __future__ import annotations

import re

QUESTION_MAX = 80  # characters: a question for discussion is a line; an article's numbered point runs longer
_HEADING = re.compile(
    r"^[【\[]?\s*(?:思考题|讨论题|研讨题|思考与讨论|讨论与思考|学习思考|交流研讨|课后思考|学习讨论题)\s*[】\]]?\s*[:：]?$"
)
_QUESTION = re.compile(r"^(?:\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]\s*、)\s*\S")
# a compiler's line, one label or more (`整理人：刘晓东`, `资料整理：刘晓东　审核：王敏`)
_LABEL = r"(?:资料整理|整理人|整理|汇编|审核|审校|校对|编印)"
_CREDIT = re.compile(rf"^(?:{_LABEL}\s*[:：]\s*[^\s:：，。]{{1,12}}[\s\u3000]*)+$")


def study_tail(lines: list[str]) -> set[int]:
    """The indexes of the closing questions' heading, its questions and the compiler's lines; none when the run
    closing the text holds any other line."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    out: set[int] = set()
    k = len(shown)
    while k and _CREDIT.match(lines[shown[k - 1]].strip()):
        k -= 1
        out.add(shown[k])
    questions: set[int] = set()
    while k and _QUESTION.match(line := lines[shown[k - 1]].strip()) and len(line) <= QUESTION_MAX:
        k -= 1
        questions.add(shown[k])
    if questions and k and _HEADING.match(lines[shown[k - 1]].strip()):
        out |= questions | {shown[k - 1]}
    elif questions or (k and _HEADING.match(lines[shown[k - 1]].strip())):
        return out  # numbered lines without the heading are the article's own list
    return out
