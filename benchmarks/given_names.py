"""The characters Chinese given names are written with, as the shared corpus's bylines show them: the evidence
behind index.text.lexicon.GIVEN_NAME_CHARS (what a person's name looks like where no role word vouches for it).

    python benchmarks/given_names.py [CORPUS]

A name is taken only where a role word stands before it (`记者 王卓`, `（通讯员 李晓红）`, `编辑：杨笑`): a
single-character surname and one or two characters up to a space, a bracket, a comma or the line's end. Its
characters after the surname are counted once per distinct name. Prints how many names and characters, then the
characters as the lexicon holds them (each a given name's character in at least one name).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index.text.lexicon import SURNAMES  # noqa: E402
from index.text.normalize import normalize_text  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news_zh_combined.jsonl"
_SINGLE = "".join(sorted(s for s in SURNAMES if len(s) == 1))
_CREDITED = re.compile(
    rf"(?:记者|通讯员|实习生|责任编辑|编辑|作者)\s*[:：]?\s*([{_SINGLE}])([\u4e00-\u9fff]{{1,2}})(?=[\s)）,，、】\]]|$)"
)
_NO_NAME = re.compile(r"原创|佚名|不详|未知|匿名|转载")  # what the label gives where no one is named


def given_name_chars(corpus: Path) -> tuple[Counter, Counter]:
    """(names, characters): each credited name's count, and in how many distinct names each character is."""
    names: Counter = Counter()
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            body = str(json.loads(line).get("body") or "").replace("\\n", "\n")
            for match in _CREDITED.finditer(normalize_text(body)):
                if not _NO_NAME.search(match.group(0)):
                    names[match.group(1) + match.group(2)] += 1
    chars: Counter = Counter(ch for name in names for ch in name[1:])
    return names, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    names, chars = given_name_chars(Path(parser.parse_args().corpus))
    print(f"{len(names)} names, {len(chars)} characters")
    text = "".join(sorted(chars))
    print("\n".join(text[i : i + 100] for i in range(0, len(text), 100)))


if __name__ == "__main__":
    main()
