"""Evaluation sets for reprint detection, made from the shared corpus (benchmarks/reprints.py reads them).

* Copies: a corpus article re-published the ways sites do it — retitled (`【关注】…`, `转载：…`, `…（图）`),
  wrapped in a site's header and footer, in Traditional script (OpenCC s2t), trimmed by a paragraph, with a
  by-line added, a few characters changed — each copy a random mix of these, at least one.
* Template bulletins: daily reports written from one template, the numbers, dates and places different
  (Covid case counts, a cyberspace office's weekly clean-up figures, a weather bulletin, a market close, a
  court's ruling): same template, different news, never reprints of each other.
* Same-day, same-topic pairs: two corpus articles of one date and category whose titles share words
  (two reports on one event), found in the corpus itself.

Articles split into a tuning half and a held-out half by a hash of their id; copies go with their original.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field

CHANGES = ("retitle", "wrap", "traditional", "trim", "byline", "typos")
SITES = ["人民网", "新浪新闻", "澎湃新闻", "中国网信网", "东方网", "大河网", "红网", "华龙网", "南方网", "央广网"]
NAMES = ["王小明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴昊"]
PROVINCES = ["甘肃", "陕西", "河南", "湖北", "福建", "辽宁", "四川", "云南", "江苏", "浙江", "山东", "广东"]
CITIES = ["兰州", "庆阳", "西安", "商洛", "郑州", "洛阳", "武汉", "宜昌", "福州", "泉州", "大连", "成都", "昆明"]


def half(article_id: str) -> str:
    """'tune' or 'test', fixed by the id (so an original and its copies are always on one side)."""
    return "tune" if zlib.crc32(article_id.encode("utf-8")) % 2 == 0 else "test"


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs: its lines, else its runs of spaces, else groups of about three sentences."""
    for splitter in (r"\n+", r"\s{2,}", r"\s+"):
        parts = [p.strip() for p in re.split(splitter, body) if p.strip()]
        if len(parts) >= 3:
            return parts
    sentences = re.findall(r"[^。！？!?]+[。！？!?]*", body)
    return ["".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)] or [body]


@dataclass
class Item:
    """One article of a set, as a JSON Lines record the build reads, with its family (the original's id:
    articles of one family are the same story) and the changes made to it."""

    record: dict
    family: str
    changes: tuple[str, ...] = ()
    kind: str = "copy"  # copy, original, bulletin, corpus


@dataclass
class Sets:
    items: list[Item] = field(default_factory=list)
    hard_negatives: list[tuple[str, str]] = field(default_factory=list)  # corpus id pairs


def _typos(text: str, rng: random.Random) -> str:
    """A few Chinese characters (one in 150, 2 to 8) replaced by others; no digit is touched (a changed
    number is other news)."""
    chars = list(text)
    count = min(8, max(2, len(chars) // 150))
    spots = [i for i, ch in enumerate(chars) if "\u4e00" <= ch <= "\u9fff"]
    for i in rng.sample(spots, min(count, len(spots))):
        chars[i] = chr(rng.randrange(0x4E00, 0x9FA5))
    return "".join(chars)


def _trim(parts: list[str], rng: random.Random) -> list[str]:
    """Without its first or last paragraph (one of at most 30% of the text), else without the sentences
    that make up the last 15% or so of it."""
    total = sum(map(len, parts))
    ends = [i for i in {0, len(parts) - 1} if len(parts) >= 3 and len(parts[i]) <= 0.3 * total]
    if ends:
        cut = rng.choice(sorted(ends))
        return parts[:cut] + parts[cut + 1 :]
    text = "\n".join(parts)
    keep = text.rfind("。", 0, int(len(text) * 0.85)) + 1
    keep = keep if keep >= len(text) * 0.7 else int(len(text) * 0.85)
    return text[:keep].split("\n")


def _retitle(title: str, rng: random.Random) -> str:
    return rng.choice(["【关注】{}", "转载：{}", "{}（图）", "【网信动态】{}"]).format(title)


def _byline(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    return rng.choice([f"（记者 {name}）", f"本报讯（记者 {name} 通讯员 {rng.choice(NAMES)}）", f"文/{name}"])


def make_copy(record: dict, rng: random.Random, changes: tuple[str, ...], number: int) -> Item:
    """A copy of a corpus record with `changes` made to it, as the page a site would show."""
    import opencc

    title = record.get("title") or ""
    parts = paragraphs(record["body"])
    if "trim" in changes:
        parts = _trim(parts, rng)
    if "byline" in changes:
        line = _byline(rng)
        parts = [line + parts[0], *parts[1:]] if line.startswith("本报讯") else [line, *parts]
    if "typos" in changes:
        parts = _typos("\n".join(parts), rng).split("\n")
    if "retitle" in changes:
        title = _retitle(title, rng)
    site = rng.choice(SITES)
    lines = list(parts)
    if "wrap" in changes:
        lines = (
            [f"{site}首页 > 新闻中心 > 正文", title, f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 来源：{site}",
             "字号：大 中 小", "分享到：微信 微博 QQ空间"]
            + lines
            + [f"责任编辑：{rng.choice(NAMES)}", "【纠错】", "【打印】", "相关阅读：",
               f"{rng.choice(PROVINCES)}召开网络安全工作会议", f"{rng.choice(CITIES)}开展网络文明宣传活动",
               f"版权所有 © 2024 {site} All Rights Reserved"]
        )  # fmt: skip
    text = "\n".join(lines)
    if "traditional" in changes:
        to_traditional = opencc.OpenCC("s2t")
        text, title = to_traditional.convert(text), to_traditional.convert(title)
    copy = {"id": f"{record['id']}~copy{number}", "title": title, "body": text, "source": site}
    if record.get("date"):
        copy["date"] = record["date"]
    return Item(copy, record["id"], changes)


def copies(records: list[dict], rng: random.Random, per_original: int = 2) -> list[Item]:
    """Each record and `per_original` copies of it: one copy with a single change (cycling through them,
    for the recall of each), the others with a random mix."""
    out = []
    for n, record in enumerate(records):
        out.append(Item(record, record["id"], kind="original"))
        out.append(make_copy(record, rng, (CHANGES[n % len(CHANGES)],), 0))
        for k in range(1, per_original):
            mix = tuple(c for c in CHANGES if rng.random() < 0.5) or (rng.choice(CHANGES),)
            out.append(make_copy(record, rng, mix, k))
    return out


# ---------------------------------------------------------------- template bulletins

TEMPLATES = [
    "{date}0—24时，{province}新增本土确诊病例{n1}例（{city}{n2}例、{city2}{n3}例），新增本土无症状感染者{n4}例。"
    "当日新增治愈出院病例{n5}例，解除医学观察的密切接触者{n6}人。\n"
    "截至{date}24时，{province}累计报告本土确诊病例{n7}例，累计治愈出院{n8}例，现有确诊病例{n9}例，"
    "其中重症病例{n10}例。尚在医学观察的密切接触者{n11}人。\n"
    "{province}卫生健康委员会提醒广大群众，坚持戴口罩、勤洗手、常通风，减少聚集，出现发热等症状及时就医。",
    "{date}，{city}市委网信办通报本周网络生态治理情况。本周全市共清理各类违法和不良信息{n1}条，"
    "处置违规账号{n2}个，关闭违规网站{n3}家，约谈属地网站平台{n4}家，受理网民举报{n5}件，办结率{n6}%。\n"
    "下一步，{city}市委网信办将持续开展“清朗”系列专项行动，重点整治网络谣言、网络暴力和未成年人网络环境，"
    "压实网站平台主体责任，推动形成良好网络生态。全市累计处置各类问题线索{n7}条。",
    "{city}市气象台{date}{n1}时发布天气预报：今天白天多云转阴，最高气温{n2}℃，最低气温{n3}℃，"
    "东南风{n4}到{n5}级。明天阴有小雨，气温{n6}℃到{n7}℃，相对湿度{n8}%。\n"
    "气象部门提醒，近期昼夜温差较大，请市民注意适时增减衣物，出行注意交通安全。"
    "{province}省气象台预计，未来三天{city}地区降水量{n9}毫米左右，农业生产请注意防范。",
    "{date}，沪深两市主要股指集体收涨。截至收盘，上证指数报{n1}.{n2}点，涨{n3}.{n4}%；深证成指报{n5}.{n6}点，"
    "涨{n7}.{n8}%；创业板指报{n9}.{n10}点。两市成交额合计{n11}亿元，北向资金净买入{n12}亿元。\n"
    "板块方面，{province}本地股表现活跃，半导体、软件开发、通信设备板块涨幅居前，煤炭、银行板块小幅下跌。"
    "分析人士认为，短期市场仍将以结构性行情为主，投资者宜关注业绩确定性较强的优质标的。",
    "{province}省{city}市中级人民法院民事判决书（{year}）{n1}民终{n2}号。上诉人{name}因与被上诉人{name2}"
    "民间借贷纠纷一案，不服{city}市人民法院（{year}）{n3}民初{n4}号民事判决，向本院提起上诉。"
    "本院于{year}年{n5}月{n6}日立案后，依法组成合议庭进行了审理。\n"
    "本院认为，当事人对自己提出的诉讼请求所依据的事实，应当提供证据加以证明。上诉人的上诉请求不能成立，"
    "应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。判决如下：驳回上诉，维持原判。"
    "二审案件受理费{n7}元，由上诉人负担。本判决为终审判决。",
]


def bulletin(template: int, rng: random.Random) -> str:
    """One bulletin from TEMPLATES[template], every number, date, place and name drawn afresh."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    fills = {f"n{i}": str(rng.randint(1, 3000)) for i in range(1, 13)}
    a, b = rng.sample(CITIES, 2)
    return TEMPLATES[template].format(
        date=f"{month}月{day}日",
        year=rng.choice([2021, 2022, 2023]),
        province=rng.choice(PROVINCES),
        city=a,
        city2=b,
        name=rng.choice(NAMES),
        name2=rng.choice(NAMES),
        **fills,
    )


def bulletins(rng: random.Random, per_template: int, side: str) -> list[Item]:
    """`per_template` bulletins of each template, each its own family (none is a reprint of another)."""
    out = []
    for t in range(len(TEMPLATES)):
        for k in range(per_template):
            record = {"id": f"bulletin-{side}-{t}-{k}", "title": f"通报（{k}）", "body": bulletin(t, rng)}
            out.append(Item(record, record["id"], kind="bulletin"))
    return out


# ---------------------------------------------------------------- the corpus's own hard negatives


def same_day_same_topic(records: list[dict], words) -> list[tuple[str, str]]:
    """Pairs of dated corpus articles of one date and category whose titles share two or more words."""
    by_day: dict[tuple, list[tuple[str, set[str]]]] = {}
    for r in records:
        if r.get("date") and r.get("category") and r.get("title"):
            title_words = {w for w in words(r["title"]) if len(w) >= 2}
            by_day.setdefault((r["date"][:10], r["category"]), []).append((r["id"], title_words))
    pairs = []
    for group in by_day.values():
        for i, (a, wa) in enumerate(group):
            for b, wb in group[i + 1 :]:
                if len(wa & wb) >= 2:
                    pairs.append((a, b))
    return pairs
