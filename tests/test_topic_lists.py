"""Other stories listed under the story with their whole leads (index.ingest.topic_lists): a heading, then leads
that open with their wires' datelines, to the end, leave the text; a digest of dated items and a story's own
sub-heading stay."""

from __future__ import annotations

from index.ingest.topic_lists import without_other_stories

STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。",
]
LEADS = [
    "中新网长沙4月1日电 湖南省交通运输厅1日发布消息，全省今年将新改建农村公路一万公里。",
    "新华社南昌3月29日电（记者张琪）江西省29日启动农村公路养护改革试点，首批覆盖二十个县。",
]


def test_a_topics_other_stories_under_their_heading_leave_the_text() -> None:
    assert without_other_stories([*STORY, "本专题其他报道", *LEADS]) == STORY


def test_the_heading_run_onto_the_first_lead_goes_with_the_list() -> None:
    assert without_other_stories([*STORY, f"相关报道 {LEADS[0]}", LEADS[1]]) == STORY


def test_a_digest_whose_items_all_open_with_datelines_stays_whole() -> None:
    digest = [LEADS[1], "新华社北京4月2日电 国务院新闻办公室2日举行发布会，介绍交通运输保障情况。", "省内简讯", *LEADS]
    assert without_other_stories(digest) == digest


def test_a_storys_own_sub_heading_over_its_writing_stays() -> None:
    story = [*STORY[:2], "群众出行更方便", "村民老周说：“以前拉一车橘子进城要走大半天，现在两个小时就到了。”", STORY[2]]
    assert without_other_stories(story) == story


def test_a_heading_written_twice_over_the_leads_is_read_as_one() -> None:
    assert without_other_stories([*STORY, "相关新闻", "相关新闻", *LEADS]) == STORY
