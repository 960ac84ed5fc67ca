"""Credit runs: roles and the names after them, in any separator or none, read as one mechanism wherever a page
credits its people: a closing line (`供稿|党委办公室 王晓燕`, `撰稿｜X　摄影｜Y　编辑｜Z`, `文/管见　主播/张彬`), the
tail of the story's last paragraph (`…飞跃。通讯员 苏锦安 交汇点记者 陈明 贲腾`), a lead's glued credit
(`海港新闻网海港2月20日讯（通讯员张晓明记者李红梅）`, `羊城快报讯驻京记者王建国报道 …`) and an op-ed's signature with
the writer's affiliation glued on (`（作者为李明远清华大学公共管理学院教授）`).

Roles are kept apart: a writer's role (记者, 通讯员, 作者, 文, 撰稿, 供稿, 文字, 图文) credits the names after
it up to the next role; any other role (编辑, 校对, 审核, 主播, 朗读, 监制, 摄影, 来源…) credits people who are
no writers. A role word is never a name. A run is read only when every writer's segment is names (a unit or an
outlet may lead them: `供稿｜县农业农村局 刘建华`), so a sentence that happens to hold a role word
(`记者从现场了解到…`) is none: a wrong writer is worse than none. Names run together are cut where surnames
begin (`郭阳杨敬忠` -> 郭阳, 杨敬忠) when one cut alone makes them names.
"""

from __future__ import annotations

import re

from index.ingest import bylines
from index.ingest.days.shapes import TIME, YMD_TIGHT
from index.text.cjk import CJK
from index.text.lexicon import SURNAMES
from index.text.regions import canonical_city, canonical_province

_HAN = f"[{CJK}]"
# the roles that credit writers; 文 and 图 only with a separator after them (文 is a surname: `记者文龙杰`)
# (`报道：X` after an outlet, as Malaysia's and Taiwan's papers close a story: `（星洲日报／报道：周明）`; a
# commentator of the outlet's, `特约评论员 X`, `（海外网评论员孟庆川）`, writes the piece)
_WRITER = (
    r"记者|通讯员|实习生|特派员|作者|撰稿人?|撰文|供稿(?!单位|部门)|文字|文稿|采写|图文|文图|图\s*[/／]\s*文|文\s*[/／]\s*图"
    r"|报道(?=\s*[:：])|(?:特约|首席|特邀)?评论员"
)
_SINGLE = r"(?:文|图)(?=\s*[/／|｜丨:：])"
# the roles of everyone else: editors, reviewers, producers, readers, photographers, a source, and the unit that
# supplied the piece (`供稿单位：县应急管理局　撰稿：吴海燕`: a government page's tail; the 撰稿 person wrote it)
_OTHER = (  # (a photographer's reporter role first: `摄影记者杜文蕾` is no reporter's credit)
    r"(?:供稿|来稿|报送)(?:单位|部门)|(?:摄影|摄像|图片|视频)记者|(?:本期|值班|责任|执行|图文|美术|视频|文字)?编辑|责编|美编|主编|总编辑|编审|校对|审核|审校|审稿|[初复终一二三]审|签发|监制|"
    r"主播|朗读|诵读|配音|播音|出品人?|制作人?|剪辑|排版|统筹|策划|设计|海报|(?:封面|题图|图片)?摄影|摄像|图片|视频|拍摄|值班主任|来源|翻译|编译"
)
_ROLE = re.compile(rf"(?P<writer>{_WRITER})|(?P<single>{_SINGLE})|(?P<other>{_OTHER})")
_SEPARATORS = "/／|｜丨:："
# what may stand before the first role: the paper's own word, a resident reporter's post, an outlet
# (an outlet of one character and its kind, `商报记者 X`; two joined by a dot, `齐鲁晚报·齐鲁壹点 记者 X`)
_LEAD = re.compile(rf"本报|本网|本台|本刊|驻{_HAN}{{1,4}}|{_HAN}{{1,10}}(?:网|报|社|台|点|频道|客户端|融媒|传媒|新闻)")
LEAD_CHARS = 14  # how far into a credit run its first role may stand (after a pair of outlets' names)
# (a commentator too: a word glued before the role is its outlet, `（作者：王石川，系媒体评论员）`, no name)
_REPORTER_ROLE = re.compile(r"记者|通讯员|实习生|特派员|(?:特约|首席|特邀)?评论员")
_REPORTED = re.compile(rf"(?:报道|并摄|发自{_HAN}{{2,8}})$")  # `记者王建国报道`, `通讯员 X并摄`, `记者 X 发自深圳`
_DAY = re.compile(rf"\s*{YMD_TIGHT}日?(?:\s*{TIME})?\s*$")
# a unit or an outlet leading the names a role credits (`党委办公室 王晓燕`, `西城区人民法院 姜雨晴`)
_LEADING_BODY = re.compile(
    rf"{_HAN}{{1,14}}(?:办公室|委员会|人民法院|法院|检察院|医院|学院|大学|中心|公司|集团|政府|局|处|科|室|部|委|办|院|所|站|队|校|馆|厂|网|报|社|台|频道)"
)
# the commonest surnames (the 2020 census's first hundred), which decide how names run together are cut
_COMMON = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


# a name with the next reporter's post or station glued after it (`张华驻京`, `刘洋宜昌站`)
_GLUED_POST = re.compile(rf"^({_HAN}{{2,3}}?)(?:驻{_HAN}{{1,4}}|{_HAN}{{2,4}}站)$")


def split_glued(word: str) -> list[str]:
    """Names a scraper ran together, cut where surnames begin, the cut whose parts begin with the commonest
    surnames most often: `郭阳杨敬忠` -> [郭阳, 杨敬忠] (not 郭阳杨, 敬忠); [] when no cut makes every part a name
    written as names are (bylines.looks_like_name), or two cuts do equally well."""
    if not 4 <= len(word) <= 12 or not re.fullmatch(f"{_HAN}+", word):
        return []
    best: dict[int, tuple[int, list[list[str]]]] = {0: (0, [[]])}
    for end in range(2, len(word) + 1):
        options: list[tuple[int, list[str]]] = []
        for size in (2, 3):
            part = word[end - size : end]
            if end - size in best and bylines.looks_like_name(part):
                score, ways = best[end - size]
                options += [(score + (part[0] in _COMMON), [*way, part]) for way in ways]
        if options:
            top = max(score for score, _ in options)
            best[end] = (top, [way for score, way in options if score == top][:2])
    score, ways = best.get(len(word), (0, []))
    if len(ways) == 1 and len(ways[0]) >= 2 and score:
        return ways[0]
    # two names whose characters the corpus's bylines never showed (`孙虹吴冠标`): the second opens with one of the
    # commonest surnames, and no other cut into two names does
    halves = [
        [word[:size], word[size:]]
        for size in (2, 3)
        if 2 <= len(word) - size <= 3
        and word[0] in SURNAMES
        and word[size] in _COMMON
        and all(bylines.is_name(part, after_role=True) for part in (word[:size], word[size:]))
    ]
    return halves[0] if len(halves) == 1 else []


def _names(segment: str, next_is_reporter: bool, by_outlet: bool) -> list[str] | None:
    """The names in a writer role's segment, None when it holds anything else. `by_outlet`: the role credits
    the work (采写, 撰稿), so a lone word glued to the reporter's role after it is that reporter's outlet
    (`采写：南都记者 蔡辉`), where after a person's role it is a name (`通讯员张晓明记者李红梅`)."""
    segment = re.sub(r"[(（][^()（）]*[)）]", " ", segment)  # `张三（实习）`: an aside, no one's name
    words = [w for w in re.split(r"[\s、,，;；()（）【】\[\]〔〕]+", segment) if w]
    if next_is_reporter and words and (post := _GLUED_POST.match(words[-1])) and bylines.looks_like_name(post.group(1)):
        words[-1] = post.group(1)  # `记者张华驻京记者李强`: the next reporter's post glued to the name before it
    if next_is_reporter and (len(words) > 1 or by_outlet):
        words = words[:-1]  # `苏锦安 交汇点`+`记者`: the next reporter's outlet, glued to its role
    if words and all(_LEADING_BODY.fullmatch(word) or bylines.is_unit(word) for word in words):
        return []  # `供稿：党委宣传部`: a body supplied it, no person wrote it
    while words and _LEADING_BODY.fullmatch(words[0]) and len(words) > 1:
        words = words[1:]  # `党委办公室 王晓燕`: where the writer works, then the writer
    place = words[-1].removesuffix("报道") if words else ""
    if len(words) > 1 and (canonical_city(place) or canonical_province(place)):
        words = words[:-1]  # `刘杰 济南报道`: where the report was filed, no one's name
    found: list[str] = []
    for word in words:
        run = split_glued(word) if len(word) > 4 or (len(word) == 4 and word[:2] not in SURNAMES) else []
        if run:  # (`何芸符转`: four characters with one surname are two names run together)
            found += run
        elif bylines.is_name(word, after_role=True) and not bylines.is_title(word) and not bylines.is_unit(word):
            found.append(word)
        else:
            return None
    return found


def run(text: str) -> list[str] | None:
    """The writers a credit run names (`通讯员张晓明记者李红梅` -> [张晓明, 李红梅], `文/管见　主播/张彬` -> [管见],
    `撰稿｜何晓丽　摄影｜曹磊` -> [何晓丽]); [] when it credits only people who are no writers; None when the text is
    no credit run (it does not open with a role, or a writer's segment holds more than names)."""
    text = _DAY.sub("", " ".join(text.replace("\u3000", " ").split())).strip()
    if text[:1] in ("(", "（", "【", "[", "〔") and text[-1:] in (")", "）", "】", "]", "〕"):
        text = text[1:-1].strip()  # `（图/文 X）`: the credit in brackets
    roles = list(_ROLE.finditer(text))
    if not roles or not 0 <= roles[0].start() <= LEAD_CHARS:
        return None
    lead = text[: roles[0].start()].strip(" (（【[〔/／")  # (`（来源：X 记者/Y）…`: a bracket opens the run)
    if lead and not all(_LEAD.fullmatch(outlet.strip()) for outlet in re.split(r"[·•]", lead)):
        return None
    found: list[str] = []
    writers_seen = False
    for k, role in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else len(text)
        segment = text[role.end() : end].lstrip(_SEPARATORS + " ")
        if role.lastgroup == "other":
            continue
        writers_seen = True
        glued_next = k + 1 < len(roles) and end > 0 and text[end - 1] != " "
        next_reporter = glued_next and bool(_REPORTER_ROLE.fullmatch(roles[k + 1].group()))
        if bylines.is_photo_credit(segment) and not segment.rstrip().endswith("并摄"):
            continue  # `记者 石鑫 摄`: the reporter took the picture, wrote no text (`X并摄`: wrote it too)
        segment = _REPORTED.sub("", segment.strip())
        names = _names(segment, next_reporter, not _REPORTER_ROLE.fullmatch(role.group()))
        if names is None:
            return None
        found += [name for name in names if name not in found]
    return found if writers_seen else []


# the story's last sentence end, then a credit run (brackets and a source among it): the tail's credit
_LAST_END = re.compile(r"[。！？”!?]")


def closing(paragraph: str) -> list[str]:
    """The writers a credit run after the last paragraph's last sentence names (`…飞跃。通讯员 苏锦安 交汇点记者
    陈明 贲腾`, `…侵害。来源：北方新报（记者 白忠义）`), or a byline there (`… 杨秋 刘科 卢小芬 文/图`), or a
    paragraph that is a credit run alone."""
    window = paragraph[-200:]  # (a scraped article is often one paragraph: its end is all that is read)
    ends = list(_LAST_END.finditer(window))
    tail = window[ends[-1].end() :] if ends else window if len(paragraph) <= 200 else ""
    if len(tail) > 60 and (other := next((r for r in _ROLE.finditer(tail) if r.lastgroup == "other"), None)):
        tail = tail[: other.start()] if 0 < other.start() <= 60 else tail  # `…值班编辑：X 推荐阅读：…`: ends there
    if not tail.strip() or len(tail) > 60:
        return []
    if bare := _BARE_NAMES.match(tail):  # `(王蓉李步余)编辑:李思科`: names alone in brackets, an editor after them
        names = split_glued(bare.group(1)) or [bare.group(1)]
        return names if all(bylines.looks_like_name(name) or len(names) > 1 for name in names) else []
    if _MARK_AFTER.search(tail):  # `…品牌。 杨秋 刘科 卢小芬 文/图`: the writers' mark after the names
        return run(tail) or bylines.writers(tail) or []
    return run(tail) or []


_MARK_AFTER = re.compile(rf"(?<=[{CJK}])\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|撰文|撰稿|采写|[/／]\s*文)\s*$")


# names alone in brackets closing the story, an editor's label after them
_BARE_NAMES = re.compile(rf"^\s*[(（]({_HAN}{{2,12}})[)）]\s*(?:责任编辑|编辑|责编)\s*[:：]")


# an op-ed's signature: `（作者为X…）`, `(作者：X…)`, `（作者系X…）`, the writer's affiliation glued on; a paragraph
# of its own or after the last sentence
_SIGNATURE = re.compile(r"(?:^|(?<=[。！？”]))\s*[(（]\s*作者(?:为|系|是|\s*[:：])\s*([^()（）]{3,60})[)）]$")
_COUNTRIES = (
    "中国 日本 美国 英国 法国 德国 俄罗斯 韩国 朝鲜 印度 新加坡 澳大利亚 加拿大 意大利 西班牙 巴西 越南 泰国 "
    "香港 澳门 台湾"
).split()
# what an affiliation opens with: the Youth League's or the Party's body before a place (`团山东省委`, `中共江城市委`)
_BODY_PREFIX = ("团", "共青团", "中共", "民盟", "民进", "农工党", "九三学社")
_INSTITUTION = re.compile(
    rf"^{_HAN}{{2,12}}?(?:大学|学院|研究院|研究所|研究中心|发展中心|中心|党校|委员会|协会|学会|医院|公司|集团|日报|报社|杂志社|出版社|政府|法院|检察院|银行)"
)


def _opens_affiliation(rest: str) -> bool:
    """An affiliation's first words: a country, a province or city (after a party's or the League's body), a
    title (`教授`)."""
    body = next((p for p in sorted(_BODY_PREFIX, key=len, reverse=True) if rest.startswith(p)), "")
    after = rest[len(body) :]
    if any(after.startswith(c) for c in _COUNTRIES):
        return True
    if any(canonical_province(after[:k]) or canonical_city(after[:k]) for k in (2, 3, 4)):
        return True
    return not body and bool(re.match(rf"{_HAN}{{0,2}}(?:教授|研究员|讲师|律师|博士|记者|评论员|学者)", rest))


def _cut_points(text: str) -> set[int]:
    """Where jieba's words of `text` end (its dictionary knows 清华大学, 华东政法, 日本)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    points, at = set(), 0
    for word in jieba.lcut(text, HMM=False):
        at += len(word)
        points.add(at)
    return points


def signature(paragraph: str) -> list[str]:
    """The writer an op-ed's closing signature names, cut from the affiliation glued to it: `（作者为李明远清华
    大学公共管理学院教授）` -> [李明远], `(作者：赵雪梅团山东省委青年讲师团成员)` -> [赵雪梅]. A cut counts where the
    rest opens as an affiliation does (a country, a place, a title), else where jieba's dictionary word (an
    institution's) begins; [] when no cut or two fit."""
    match = _SIGNATURE.search(paragraph[-90:].strip())  # alone, or after the last sentence
    if not match:
        return []
    text = re.split(r"[、，,；;]", match.group(1).strip())[0]
    if bylines.is_name(text, after_role=False) and bylines.looks_like_name(text):
        return [text]  # (`（作者：李明远）`: the name alone, read elsewhere as well)
    compound = text[:2] in SURNAMES
    points = None
    strong, weak = [], []
    for length in (3, 4) if compound else (2, 3):
        name, rest = text[:length], text[length:]
        if len(rest) < 2 or not bylines.looks_like_name(name):
            continue
        if _opens_affiliation(rest):
            strong.append(name)
        elif _INSTITUTION.match(rest):
            points = _cut_points(text) if points is None else points
            if length in points:
                weak.append(name)
    fits = strong or weak  # a place or a title after the name decides before a dictionary's word does
    return fits if len(fits) == 1 else []


# a flash mark or a wire's dateline, then a credit run in brackets (`…讯（通讯员张晓明记者李红梅）`), or unbracketed up
# to where the report is filed (`羊城快报讯驻京记者王建国报道 …`)
_LEAD_BRACKET = re.compile(r"(?:讯|\d{1,2}日电|\d{1,2}日消息)\s*[(（【〔]([^()（）【】〔〕]{2,40})[)）】〕]")
_LEAD_BARE = re.compile(rf"^{_HAN}{{1,12}}?讯\s*([^，。：:\s]{{2,30}}?报道)")


def lead(paragraph: str) -> list[str]:
    """The writers a lead's credit run names, in brackets after its flash mark or dateline within its first 80
    characters (or names alone run together there), or bare up to `报道` (`羊城快报讯驻京记者王建国报道 …`)."""
    head = paragraph[:80]
    if bracket := _LEAD_BRACKET.search(head):  # (names alone run together: `…日电(孙虹吴冠标)`)
        return run(bracket.group(1)) or split_glued(bracket.group(1).strip())
    bare = _LEAD_BARE.match(head)
    return (run(bare.group(1)) or []) if bare else []


_SENTENCE = re.compile(r"[，。！？；,;!?]")


def is_credit_line(line: str) -> bool:
    """A line that is a credit run and nothing else (`供稿|党委办公室 王晓燕`, `编辑｜周敏`, `审核：郑国强`), each
    role with its separator: a closing block's line, no story's (`主编寄语` has no separator, `记者：你怎么看？`
    no names)."""
    line = line.strip()
    if len(line) > 60 or _SENTENCE.search(line) or run(line) is None:  # (`来源：X细节关乎生命，安全出行。`)
        return False
    return all(re.match(rf"\s*[{_SEPARATORS}]", line[role.end() :]) for role in _ROLE.finditer(line))
