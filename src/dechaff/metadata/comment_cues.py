"""The words of a comments section that are not a comment, as data: the heading and
counters, the buttons under each comment, the reply form; and how a name line reads."""

from __future__ import annotations

import re

from ..core.features import shape_of

# A comment's head line (name and time) is at most this long, in units; a name this.
HEAD_MAX_UNITS = 14
AUTHOR_MAX_UNITS = 5

# Whole lines that are controls or headings of the section, never a comment's text.
CONTROL = re.compile(
    r"(?:reply|report|like|likes|share|permalink|link|edit|delete|flag|quote|cancel reply"
    r"|submit|post|post comment|load more comments|show more|more comments|view all comments"
    r"|name|e-?mail|website|url|comment|comments|your comment|message|captcha"
    r"|(?:(?:reader|user|\d+) )?(?:comments?|replies|responses|reactions)(?: ?[(\[]?\d+[)\]]?)?"
    r"|[{(]?\s*\d+\s*(?:comments?|replies|responses)\b.*"
    r"|[↓↑|\s]+|[\d\s]+|[-*\s]+"
    r"|回复|举报|支持|反对|顶|踩|赞|引用|删除|分享|评论|网友评论|热门评论|最新评论|全部评论"
    r"|查看更多评论|查看全部评论|更多评论|\d+\s*条评论|共\s*\d+\s*条评论|评论\s*[(（]?\d+[)）]?"
    r")\s*[*:：]?\s*",
    re.I,
)
# Lines of a reply form; a container opening with one is the form, not a comment.
FORM = re.compile(
    r"leave a (?:reply|comment)|post a (?:new )?comment|add (?:a |your )?comment"
    r"|your email(?: address)? will not be published|required fields are marked"
    r"|notify me of (?:follow-?up|new)|enter your (?:information|comment)|some html allowed"
    r"|comment moderation|you must be (?:logged in|signed in)|log ?in to (?:comment|reply)"
    r"|\((?:optional|required)\)|will not (?:appear|be published)|forget stored information"
    r"|remember (?:me|my (?:name|information))|save my name"
    r"|发表评论|发表你的评论|我要评论|评论仅供|请登录|登录后|验证码|文明上网",
    re.I,
)
# What a name line carries beside the name: "Maria says:", "posted by Tom |".
_NAME_EDGES = re.compile(
    r"^[\s:：|·•,\-–—]*(?:(?:posted by|by|from)\b|作者|网友)?\s*[:：]?\s*"
    r"|\s*(?:\b(?:says|said|wrote|on|at)|说|发表于)?\s*[:：|·•,\-–—@]*\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?。！？…]\s*$")


def is_control(text: str) -> bool:
    """Whether a line is a button, counter or heading of the comments section."""
    return CONTROL.fullmatch(text) is not None or is_form(text)


def is_form(text: str) -> bool:
    """Whether a line belongs to a reply form."""
    return FORM.search(text) is not None


def name_of(text: str) -> str | None:
    """The name a short line gives ("Maria says:" gives Maria), or None if it reads otherwise."""
    name = _NAME_EDGES.sub("", text).strip()
    if not name or _SENTENCE_END.search(name) or is_control(name):
        return None
    units = shape_of(name).units
    if units > AUTHOR_MAX_UNITS or not any(c.isalpha() for c in name):
        return None
    return name
