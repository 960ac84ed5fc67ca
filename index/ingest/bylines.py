"""Chinese bylines without labels: `本报记者 王燕平 方云凤`, `记者 张三 通讯员 李四`, `文/王帅`, `（记者 格桑边觉）`,
`新华网黑龙江频道 记者 伊琳 李清芬`, and a forum's or blog's poster (`ggjjzhzz 发表于 2005-9-15 11:46`).

Roles are kept apart: reporters, correspondents, interns and writers are the article's writers; photographers
(`/摄`, `摄影`) are not, and editors are read from their labels (index.ingest.extract). After a role word a name
need not start with a common surname (`记者 格桑边觉`); a line with no role word is a byline only when each of
its words is a surname-led name, and only where a byline stands (the caller decides).
"""

from __future__ import annotations

import re

from index.text.cjk import CJK
from index.text.lexicon import COLUMN_NAMES, SURNAMES

_HAN = f"[{CJK}]"
_ROLE = re.compile(
    r"(?:本报|本刊|本台|本网|本社)?(?:特约|实习|见习|首席|驻" + _HAN + r"{1,4})?"
    r"(?:记者|通讯员|实习生|撰稿人?|撰文|作者|文|图文|文图)"
)
_EDITOR_WORD = re.compile(r"责任编辑|编辑|责编|审核|校对")
_CREDIT_WORD = re.compile(r"(?:供图|摄影?|报道|整理|编?译|制图)$")  # `陈俊安译`: the translator, no writer
_OUTLET_ROLE = re.compile(rf"{_HAN}{{1,6}}?(?:记者|通讯员)")  # 信报记者, 新华社记者: an outlet's reporter
_WRITER_MARK = re.compile(r"^(文|图文|文图|撰文)\s*[/／|丨]\s*")
# `张三/文`: the writer mark after the names
_WRITER_AFTER = re.compile(rf"^({_HAN}{{2,4}}(?:[、\s]+{_HAN}{{2,4}})*)\s*[/／]\s*文$")
_OUTLET = re.compile(rf"^{_HAN}{{2,12}}?(?:网|报|社|台|频道|杂志|周刊|客户端)$")
_PHOTO = re.compile(r"摄影?$|^摄影|/摄")
_POSTER = re.compile(
    r"^([^\s:：]{2,20})\s+(?:发表于|发布于|发表时间|发帖时间|于)\s*[:：]?\s*(?:19|20)?\d{2}[-/年.]"
    r"|^(?:发帖人|发贴人|楼主|发信人|博主|贴主|发表者|发布者)\s*[:：]\s*([^\s:：]{2,20})"
    r"|^(?:[Pp]osted|[Ww]ritten) by\s+([^\s:：]{2,20})"
    r"|^@([^\s@:：]{2,30})$"  # a microblog's account over its post
)
_SENTENCE = re.compile(r"[，。！？；]")
# where the reporter files from, which credits the names before it: `记者罗科苏盈发自北京`, `（姚峰 上海报道）`
_REPORTING = re.compile(rf"(?:\s+{_HAN}{{0,6}}报道|发自{_HAN}{{2,8}}|(?<=\S)报道)$")
_LEAD_CREDIT = re.compile(r"[(（]\s*((?:本报|特约|实习|见习|首席)?(?:记者|通讯员)[^()（）]{2,40})[)）]")


_TRANSCRIBED = re.compile(rf"{_HAN}{{1,6}}[·•・]{_HAN}{{1,8}}")  # 买买提·依明: a name written from another language


def is_name(word: str, after_role: bool) -> bool:
    """2-4 Chinese characters, surname-led unless a role word stands before them, or after one a name
    transcribed with a middle dot (`买买提·依明`); never an outlet nor a role noun (`来信人`, `发言人`)."""
    if after_role and _TRANSCRIBED.fullmatch(word):
        return True
    if (
        not (2 <= len(word) <= 4 and re.fullmatch(f"{_HAN}+", word))
        or word[-1] in "网社台报人者员"
        or word in COLUMN_NAMES
    ):
        return False
    return after_role or word[0] in SURNAMES or word[:2] in SURNAMES


def writers(line: str, names_only: bool = False) -> list[str]:
    """The writers a byline line names, or [] when the line is not a byline. With `names_only`, a line of
    surname-led names alone (`刘国栋 周炜`) is one."""
    line = " ".join(line.replace("\u3000", " ").split())
    if not line or len(line) > 60 or _PHOTO.search(line):
        return []
    if names_only and re.search(r"[()（）\[\]【】《》]", line):
        names_only = False  # a bracketed word is a column's or a book's name, not a byline
    line = _WRITER_MARK.sub("文 ", _WRITER_AFTER.sub(r"文 \1", line))
    line, reporting = _REPORTING.subn("", line)
    words = [w for w in re.split(r"[\s、,，;；]+", line.strip("()（）[]【】")) if w]
    if words and _OUTLET.match(words[0]) and len(words) > 1:
        words = words[1:]
    found: list[str] = []
    roles = 0
    for word in words:
        if _EDITOR_WORD.match(word):  # `编辑文莉`: the editors follow, who are no writers
            break
        if _CREDIT_WORD.search(word):  # `警方供图`, `报道`: the byline's other credits, no names
            continue
        if _OUTLET_ROLE.fullmatch(word):
            roles += 1
            continue
        role = _ROLE.match(word)
        glued = role and role.end() - role.start() >= 2 and is_name(word[role.end() :], True)  # 记者王婕, not 文廷菊
        if role and (role.end() == len(word) or glued):
            roles += 1
            word = word[role.end() :].lstrip(":：/／")
            if not word:
                continue
        if not is_name(word, after_role=roles > 0) or (not roles and len(word) == 4 and word[:2] not in SURNAMES):
            return []
        if word not in found:
            found.append(word)
    return found if found and (roles or names_only or reporting) else []


_FLOORS = r"(?:楼主|沙发|板凳|地板|\d+\s*[楼#]|#\d+)"  # a post's place in its thread, no one's name
_FLOOR = re.compile(rf"^{_FLOORS}$")
_FLOOR_LINE = re.compile(rf"^{_FLOORS}\s+(?:发表于|发布于|发表时间)")


def poster(line: str) -> str | None:
    """The poster of a forum or blog post line: `ggjjzhzz 发表于 2005-9-15 11:46:00` or `楼主：ggjjzhzz`
    -> `ggjjzhzz`. A floor (`楼主 发表于…`, `2楼 发表于…`) names no one."""
    line = line.strip()
    match = _POSTER.match(line)
    if not match or _SENTENCE.search(line[match.end() :]):  # `发帖人：X 镇上的自来水…，…。` is the post itself
        return None
    name = match.group(1) or match.group(2) or match.group(3) or match.group(4)
    return None if _FLOOR.match(name) else name


_FLOOR_FIRST = re.compile(rf"^#?{_FLOORS}(?=\s|$)")


def begins_with_floor(line: str) -> bool:
    """A line that begins with a post's place in its thread (`#1楼 2020-04-02 01:12 路人甲`, `沙发 …`): a
    reader's comment or reply under the article begins here."""
    return bool(_FLOOR_FIRST.match(line.strip()))


def opens_a_post(line: str) -> bool:
    """A thread's post header (`2楼 发表于 2020-04-01 21:01`, `网友 发表于 …`): where one post ends and the
    next begins."""
    line = line.strip()
    return bool(_FLOOR_LINE.match(line) or (_POSTER.match(line) and not _SENTENCE.search(line)))


_OWNER = re.compile(r"(?:^|[\s_|\-－—])([^\s_|\-－—]{2,12})的(?:博客|BLOG|Blog|blog|专栏|空间|日志|部落格)")


def blog_owner(title: str) -> str | None:
    """Whose personal blog a page's `<title>` names (`bjreader的博客`, `…_张三的专栏`): its posts' writer when
    the post names none."""
    match = _OWNER.search(title)
    return match.group(1) if match else None


def lead_credit(paragraph: str) -> list[str]:
    """Writers credited in brackets early in a lead paragraph: `据新华社拉萨电（记者 格桑边觉）记者近日…`."""
    match = _LEAD_CREDIT.search(paragraph[:80])
    return writers(match.group(1)) if match else []
