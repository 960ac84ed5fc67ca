"""What counts as a Chinese character, defined once for extraction, cleaning, analysis and queries.

CJK Unified Ideographs, Extension A (rare characters in names and places, e.g. 㑇) and the compatibility
block (duplicates some Big5 pages are decoded to). Extensions B and later lie outside the BMP and are left out:
no text here uses them and jieba's dictionary has none.
"""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # for use inside a character class: f"[{CJK}]"
CJK_RE = re.compile(f"[{CJK}]")
