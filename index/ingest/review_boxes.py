"""A submission's review box and its text label: a journal's editorial system, an award's entry page.

Such a page shows the article it handles under the handler's own lines: a reviewer's opinion (`审稿意见：该稿选题
重大，建议推荐参评。`, the opinion alone or on the lines under its label), the reviewer (`初审人：周敏`), then a label
naming where the text begins (`正文：`, alone on its line or run into the first paragraph). Read as an article, the
opinion was its first paragraph and the label its first word (FRESH_EXPORTS_9: every such file, read alone). An
opinion's label is what makes it one: a line opening on `…意见：` of a reviewer's kind, and the lines under it up to
a blank line or the text's label; the text's label is one only where writing follows it. A story's sentence that
quotes an opinion (`专家意见认为，…`) has no colon after its label and stays.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import is_writing

_OPINION = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:审稿|评审|初审|复审|终审|审读|专家|评委|审核|推荐)意见\s*[：:]")
_REVIEWER = re.compile(r"^(?:初审|复审|终审|审稿|评审|审读)人\s*[：:]\s*\S{1,10}$")
_TEXT_LABEL = re.compile(r"^(?:正文|全文|稿件正文|作品正文|文章正文)\s*[：:]\s*")


def text_label(lines: list[str]) -> tuple[int, str] | None:
    """Where the text's label stands in `lines` and what its line holds without it (empty where the label stands
    alone), or None: the first such label with writing after it."""
    for i, line in enumerate(lines):
        if not (match := _TEXT_LABEL.match(line)):
            continue
        rest = line[match.end() :]
        after = next((later for later in lines[i + 1 :] if later), "")
        if is_writing(rest) or (not rest and is_writing(after)):
            return i, rest
    return None


def review_lines(lines: list[str]) -> set[int]:
    """The lines of `lines` that are a reviewer's opinion (its label's line and the lines under it up to a blank
    line or the text's label) or the reviewer's name."""
    labelled = text_label(lines)
    end = labelled[0] if labelled else len(lines)
    out: set[int] = set()
    for i, line in enumerate(lines[:end]):
        if _REVIEWER.match(line):
            out.add(i)
        if not (match := _OPINION.match(line)):
            continue
        out.add(i)
        alone = not line[match.end() :].strip()  # the opinion on the lines under its label
        for k in range(i + 1, end if labelled or alone else i + 1):
            if not lines[k]:
                break
            out.add(k)
    return out
