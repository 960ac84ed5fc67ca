"""A question's frame (`…有什么影响`, `…到底发生了什么`) scored but not required, and a short form jieba glues to
a place's name read as its name (issue 23), through the API under gunicorn. Of the 112 articles 12 tell of rain
that affects (影响) a city's vegetables, two of line 3 of 江城's rail transit, one of 西乌旗's market bureau."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Server, gunicorn

from index.build import build
from index.search.query import parse_query
from index.search.question_frames import framed, is_question
from index.settings import Settings

CITIES = ["庆阳", "商洛", "泉州", "绵阳", "宜宾", "九江", "赣州", "株洲", "岳阳", "常德", "柳州", "桂林"]
RAIN = "{city}持续降雨影响蔬菜供应\n\n受持续降雨影响，{city}蔬菜价格上涨{n}成，部分批发市场到货量减少。"
SUBWAY = "{city}地铁新线开通\n\n{city}地铁{n}号线今日开通，全线设站{n}座，早晚高峰发车间隔五分钟。"
OTHERS = (
    "{city}图书馆延长开放时间\n\n{city}市图书馆自下月起每晚开放至九点，周末增设{n}场亲子阅读活动。",
    "{city}农贸市场完成改造\n\n{city}市{n}家农贸市场完成提升改造，摊位统一规划，地面铺设防滑地砖。",
    "{city}中小学秋季开学\n\n{city}市{n}万名中小学生今天返校，各校开展开学第一课活动。",
    "{city}公园菊花展开幕\n\n{city}人民公园菊花展今日开幕，展出菊花{n}百个品种，持续一个月。",
    "{city}举办秋季招聘会\n\n{city}市秋季招聘会提供岗位{n}千个，吸引数千名求职者到场。",
    "{city}老旧小区改造提速\n\n{city}市今年计划改造老旧小区{n}十个，加装电梯、改造管网。",
    "{city}体育馆免费开放\n\n{city}市体育馆每周二至周五免费向市民开放，可预约羽毛球场地{n}块。",
)
ANSWER = (
    "江城轨道交通三号线停运检修\n\n江城轨道交通三号线自本周六起停运检修三天，沿线增开接驳公交，市民可改乘二号线换乘。"
)
ROUNDUP = (
    "江城一周交通提示\n\n"
    "本周江城多条道路施工，部分公交线路绕行。受暴雨影响，郊区班车停运半天。"
    "此外，轨道交通三号线站内电梯更换，检修期间请乘客注意安全。"
)
MARKET_BUREAU = (
    "西乌旗市场监督管理局开展节前食品安全检查\n\n"
    "西乌旗市场监督管理局近日组织执法人员对辖区超市、农贸市场开展节前食品安全检查，检查经营户四十余家。"
)
SCHOOL_CHECK = "江北教育局开展校园食品安全检查\n\n江北教育局会同卫生部门对全市中小学食堂开展食品安全检查。"


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, city in enumerate(CITIES):
        (folder / f"rain-{i:02}.txt").write_text(RAIN.format(city=city, n=i + 2), encoding="utf-8")
        (folder / f"subway-{i:02}.txt").write_text(SUBWAY.format(city=city, n=i + 2), encoding="utf-8")
        for k, other in enumerate(OTHERS):
            (folder / f"other-{k}-{i:02}.txt").write_text(other.format(city=city, n=i + 2), encoding="utf-8")
    for name, text in (
        ("answer", ANSWER),
        ("roundup", ROUNDUP),
        ("market-bureau", MARKET_BUREAU),
        ("school-check", SCHOOL_CHECK),
    ):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    index_dir = tmp_path_factory.mktemp("frames-index")
    build([write_corpus(tmp_path_factory.mktemp("frames-src"))], Settings(index_dir=str(index_dir), build_procs=1))
    with gunicorn(index_dir) as running:
        yield running


def titles(result: dict) -> list[str]:
    return [hit["title"] for hit in result["hits"]]


# ---------------------------------------------------------------- a question's frame


def test_words_asking_are_question_words_whatever_they_hold_besides() -> None:
    assert all(map(is_question, ["什么", "怎么办", "怎么回事", "哪些", "为何", "吗", "是否"]))
    assert not any(map(is_question, ["影响", "几乎", "发生"]))


def test_the_common_words_after_a_closing_question_word_are_its_frame() -> None:
    share = {"影响": 0.3, "新": 0.2, "规定": 0.1, "地铁": 0.01, "停运": 0.001}.get
    assert framed(["地铁", "停运", "有", "什么", "影响"], lambda w: share(w, 0.0)) == {"影响"}
    assert framed(["地铁", "停运", "有", "哪些", "新", "规定"], lambda w: share(w, 0.0)) == {"新", "规定"}


def test_the_words_before_the_question_word_are_never_its_frame() -> None:
    share = {"复工": 0.05, "疫情": 0.15}.get
    assert framed(["疫情", "复工", "怎么样", "了"], lambda w: share(w, 0.0)) == set()


def test_a_question_word_opening_a_clause_with_a_rare_word_has_no_frame() -> None:
    share = {"突然": 0.05, "中国": 0.3, "仇恨": 0.001}.get
    assert framed(["为什么", "突然", "对", "中国", "如此", "仇恨"], lambda w: share(w, 0.0)) == set()


def test_a_query_asking_nothing_has_no_frame() -> None:
    assert framed(["地铁", "停运", "影响"], lambda w: 0.5) == set()


def test_the_frame_is_scored_but_not_required_and_the_reading_says_so() -> None:
    held = {"江城": 3, "地铁": 13, "停运": 2, "影响": 300}.get
    parsed = parse_query("江城地铁停运有什么影响", held=lambda w: held(w, 0), articles=1000)
    assert {unit.label: unit.required for unit in parsed.units if unit.word} == {
        "江城": True,
        "地铁": True,
        "停运": True,
        "影响": False,
    }
    assert "read 影响 as the question's frame: scored, not required" in parsed.notes


def test_without_the_indexs_counts_every_word_is_required() -> None:
    parsed = parse_query("江城地铁停运有什么影响")
    assert all(unit.required for unit in parsed.units if unit.word)


def test_the_article_asked_about_comes_first_though_it_never_writes_the_questions_frame(server: Server) -> None:
    result = server.search(q="江城轨道交通三号线停运检修有什么影响")
    assert titles(result)[0] == "江城轨道交通三号线停运检修" and result["hits"][0]["matched"] == "all"
    assert any("question's frame" in note for note in result["query"]["notes"])


# ---------------------------------------------------------------- a short form glued to a place


def test_a_short_form_jieba_glues_to_a_places_name_is_read_as_its_full_name(server: Server) -> None:
    result = server.search(q="西乌旗市监局 食品安全检查")
    assert titles(result)[0] == "西乌旗市场监督管理局开展节前食品安全检查"
    assert result["hits"][0]["matched"] == "all"
    assert any(note.startswith("市监局 also as 市场监督管理局") for note in result["query"]["notes"])


def test_the_action_after_a_question_asking_how_is_no_frame() -> None:
    assert framed(["交通事故", "我们", "该", "如何", "避免"], lambda w: 0.05) == set()
