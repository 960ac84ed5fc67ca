"""A blog's or a Q-zone's owner, where two of the page's signals name the same person."""

from __future__ import annotations

import lxml.html

from index.ingest import blog_owners

POST = "<div class='post'><h2>周末去江边看日落</h2><p>傍晚的江风很凉，我们沿着堤岸走了很久。</p></div>"
FRIENDS = (
    "<div class='friends'><h3>我的好友</h3><ul><li><a href='/u/1'>郑海峰</a></li>"
    "<li><a href='/u/2'>许佳怡</a></li></ul></div>"
)


def _tree(title: str, body: str):
    return lxml.html.fromstring(f"<html><head><title>{title}</title></head><body>{body}</body></html>")


def test_the_owner_the_title_and_the_script_name_is_the_blogs_owner() -> None:
    script = '<script>var g_iUin = 12345; var g_Nick = "晚风轻吟";</script>'
    assert blog_owners.owner(_tree("周末去江边看日落 [晚风轻吟的QQ空间]", FRIENDS + POST + script)) == "晚风轻吟"


def test_the_owner_the_title_and_the_profile_panel_name_is_the_blogs_owner() -> None:
    panel = "<div class='profile'><h3>个人档</h3><p>钟子涵</p><p>访问量：20411</p><a>加为好友</a></div>"
    assert blog_owners.owner(_tree("周末去江边看日落_钟子涵_凤凰博报", panel + FRIENDS + POST)) == "钟子涵"


def test_a_name_only_the_title_gives_is_no_owner() -> None:
    assert blog_owners.owner(_tree("周末去江边看日落_钟子涵_凤凰博报", FRIENDS + POST)) is None


def test_a_friends_name_is_no_owner() -> None:
    header = "<div class='top'><h1>晚风轻吟的博客</h1></div>"
    assert blog_owners.owner(_tree("周末去江边看日落 - 郑海峰", header + FRIENDS + POST)) is None
