"""The day a photo or video story writes only under its picture or its player: a caption's (`2021年3月20日，游客在
江城公园赏樱。`, `江城财经 2022年3月15日 制作`).

A gallery's or a short video's page often has no publication line: its headline, the pictures or the player, a
short text, and other galleries' or videos' links with their own days. The caption then says when the picture was
taken or the clip made, which is the story's day; the links' days are other stories'. It is the last evidence,
read only where the page gives no other day.
"""

from __future__ import annotations

import re

from index.ingest.days.reading import read_date

# what a site names a caption's element (`<p class="pic-caption">`, `<div class="img_desc">`, `<p class="caption">`)
_CAPTION = re.compile(r"caption|(?:pic|img|image|photo|video)[-_]?(?:txt|text|desc|note|info|title)", re.IGNORECASE)
CAPTION_MAX = 120  # characters a caption has at most (a paragraph longer is the text's)


def caption_day(root) -> str | None:
    """The day the first dated caption of the page gives (a `<figcaption>`, an element of a `<figure>`, or one its
    class or id names a caption), or None."""
    for element in root.iter():
        if not isinstance(element.tag, str) or not _is_caption(element):
            continue
        text = " ".join(element.text_content().split())
        if text and len(text) <= CAPTION_MAX and (day := read_date(text)):
            return day
    return None


def _is_caption(element) -> bool:
    if element.tag == "figcaption":
        return True
    if _CAPTION.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
        return True
    parent = element.getparent()
    return parent is not None and parent.tag == "figure" and element.tag not in ("img", "picture", "source")
