"""A heading's link to itself, as documentation tools add it: a mark, never the headline's words.

VuePress and Docusaurus open or close each heading with a link to its own fragment (`<a class="header-anchor"
href="#x">#</a>`), Sphinx, MkDocs and Jupyter close it with a pilcrow (`<a class="headerlink" href="#x">¶</a>`),
others with a section sign or a link symbol. Read as text the mark is glued to the headline (`# 标题`, `标题¶`).
A link to a fragment of the page that holds nothing but one such mark (or nothing at all) is dropped from the
markup, whatever its class: no text, no title.
"""

from __future__ import annotations

import re

# `<a href="#x" class="headerlink">¶</a>`, `<a class="header-anchor" href="#x">#</a>`, an empty `<a href="#x"></a>`
_SELF_LINK = re.compile(
    r"""<a\b[^>]*\bhref\s*=\s*["']#[^"']*["'][^>]*>\s*(?:[#¶§🔗\u200b]|&(?:para|sect|#182|#167|#35|#8203);)?\s*</a\s*>""",
    re.I,
)


def without_heading_anchors(markup: str) -> str:
    """`markup` without its links to its own fragments that show only an anchor mark."""
    if 'href="#' not in markup and "href='#" not in markup:
        return markup
    return _SELF_LINK.sub("", markup)
