"""Headlines asked as questions: an evaluation set for the ranking of pasted, sentence-shaped queries
(issue 23's held-out example `城市擁堵，qujing交警做了些什麼` puts a question after a headline's clause).

`asked`: for each query of the `headline` set (benchmarks/evalsets.py), the headline's longest clause of six
characters or more with a question after it, drawn from a list of this module's own (not the `_Checks`
tails of the check sets), in Traditional script for half of them. Same articles, relevant copies and
halves as `headline`, so a figure here reads beside that set's: what the question costs.

`clause`: the same queries without their question (the same clause, in the same script), so that `asked`
against `clause` is what the question alone costs, and `clause` against `headline` what asking for one
clause of the headline costs (2026-12-06, tuning halves: headline 0.8147, clause 0.7641, asked 0.7526).
"""

from __future__ import annotations

import random
import re

import evalsets

SETS = ("asked", "clause")
QUESTIONS = ("为什么", "到底发生了什么", "有什么影响", "该怎么办", "后续如何", "是真的吗", "有哪些新规定", "结果怎么样")
_CLAUSES = re.compile(r"[，,：:；;！!？?。\s]+")


def asked(headline: evalsets.QuerySet, seed: int = 2026, question: bool = True) -> evalsets.QuerySet:
    """The `asked` set made from the `headline` set's queries; without `question`, the `clause` set (the same
    draws, so each clause and its script are those of its `asked` query)."""
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    rng = random.Random(f"{seed}:asked")
    name = "asked" if question else "clause"
    out = evalsets.QuerySet(name, headline.collection)
    for qid, text in headline.queries:
        clauses = [c for c in _CLAUSES.split(text) if len(c) >= 6]
        if not clauses:
            continue
        tail = rng.choice(QUESTIONS)
        query = max(clauses, key=len) + (tail if question else "")
        if rng.random() < 0.5:
            query = to_traditional(query)
        doc_id = qid.split(":", 1)[1]
        out.queries.append((f"{name}:{doc_id}", query))
        out.qrels[f"{name}:{doc_id}"] = headline.qrels[qid]
        out.halves[f"{name}:{doc_id}"] = headline.halves[qid]
    return out
