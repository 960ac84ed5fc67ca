"""A page's pitch to its reader: to subscribe, to forward or share what they read, to listen; never the article.

A newsletter's web issue and its mail put a pitch above and under the text (`订阅《江城周报》，每周五把一周要闻
送到你的邮箱。`, `如果这封邮件是朋友转给你的，欢迎免费订阅：URL`, `不想再收到？点此退订`, `分享这篇`,
`觉得有用？把这一期转发给一位朋友吧。`); an audio page its player's buttons and a blurb (`▶ 收听`, `[点击收听]`,
`00:00 / 04:12`, `音频时长：3分25秒`, `本期节目导读：…收听回放请关注本台客户端。`); a push or a text message its way out
by a code sent back (`退订本推送请回复TD`, `回复0000取消订阅`). Each rule is the shape of a whole
short line and what it asks of whom: subscribing together with the reader or the letter addressed (`你`, `您`, `这封
邮件`, `本期`, `每一期`, `不错过`, `欢迎`, `点此`), sharing or forwarding this very piece, listening as a button's
words; a story's sentence about a service (`市民可通过微信免费订阅天气预报。`) names neither and stays.
"""

from __future__ import annotations

import re

_ASKS = r"(?:你|您|这封邮件|这一期|本期|每一期|每期|往期|不错过|欢迎|点此|点击|专辑|本号|本刊)"
PITCH = 80  # characters a pitch has at most
_SUBSCRIBE = rf"(?=.{{0,{PITCH}}}$)(?=.*(?:订阅|退订))(?=.*{_ASKS}).+"
_WAY_OUT = r"(?:不想再收到|不想继续收到|取消订阅).{0,30}"
# or the way out of a push by a code sent back (`退订本推送请回复TD`, `如需退订，请回复“TD”。`, `回复0000取消订阅`)
# (an instruction: the code closes it, or it opens on the reply; a story's `短信末尾标注“回复TD退订”。` quotes one)
_CODE = r"\s*[“\"「]?[A-Za-z0-9]{1,6}[”\"」]?"
_REPLY_OUT = (
    rf"(?=.{{0,40}}$)(?=.*(?:退订|取消订阅|拒收))(?:.*回复{_CODE}[。.!！]?"
    rf"|回复{_CODE}\s*(?:即可|可)?(?:退订|取消订阅)\S{{0,6}}?[。.!！]?)"
)
_FORWARD = r"(?=.{0,40}$).*(?:转发|分享|转给|推荐)(?:这篇|这一期|本期|本文)?(?:文章)?给?(?:一位|你的|身边的)?朋友.*"
_SHARE = r"(?:分享这篇|分享本文|分享这一期|分享到)\s*[:：]?(?:\s*\S{1,6}){0,5}"
_BUTTONS = (
    r"[▶►▷⏵\[【]?\s*(?:点击|立即|在线)?(?:收听|播放|下载音频|收听回放|暂停)\s*[\]】]?"
    r"(?:\s*[\[【]?\s*(?:下载音频|收听回放|下载)\s*[\]】]?)?\s*(?:\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})?"
)
_TIME = (
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?:音频|节目|本期)?时长\s*[:：]?\s*(?:\d{1,2}\s*分\s*\d{1,2}\s*秒|\d{1,2}:\d{2}(?::\d{2})?)"
)
_BLURB = r"本期节目(?:(?:导读|简介|介绍)?\s*[:：]?|(?:导读|简介|介绍)\s*[:：].{0,80})"
# two expressions, not seven: every line of every page passes each furniture rule (the corpus's 20,209 short lines
# of 5,000 articles: 0.045 s a rule)
PITCH_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(rf"^(?:{_SUBSCRIBE}|{_WAY_OUT}|{_REPLY_OUT}|{_FORWARD}|{_SHARE})$"),
        "a pitch to subscribe, forward or share: 订阅《X》…送到你的邮箱。, 点此退订, 转发给一位朋友, 分享这篇",
    ),
    (
        re.compile(rf"^(?:{_BUTTONS}|{_TIME}|{_BLURB})$"),
        "a player's buttons, time and length, a programme's blurb: ▶ 收听, 00:00 / 04:12, 本期节目导读：…",
    ),
]
