"""The pieces a page title may be cut into, and the forms it may take once a site's name is
cut off."""

from __future__ import annotations

import re
from collections.abc import Callable

from .page import NOT_MID_SPACES, norm

# Every place a page title may be cut into headline and site name, weak ones included; the
# pieces are only believed when a visible line agrees with them.
# (?=[\s_｜—-]): the characters a piece separator opens with, so the search skips ahead fast.
TITLE_PIECES = re.compile(
    r"((?=[\s_｜—-])(?:"
    rf"{NOT_MID_SPACES}(?:\s+(?:[|–—»«-]|//)\s+|\s*[_｜]\s*|\s+::\s+|\s*——+\s*|\s+·\s+"
    # a wiki's bracketed site name closing the title: "Backup rotation [Ops Team Wiki]"
    r"|\s+(?=\[[^\[\]]{1,60}\]$))|-(?=[^\s\d])"
    r"))"
)
# With no heading to confirm a page title, its last piece is the headline when it is at least
# this many times as long as a first piece short enough to be a site's name.
SITE_FIRST_SHARE = 3
# One word of a spaced script: a title's last piece that reads so is no headline.
_ONE_WORD = re.compile(r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


def title_forms(text: str, is_site: Callable[[str], bool] | None = None) -> list[str]:
    """The ways a page title may read once a site name is cut off, longest first; a last
    piece of one word is none unless the first piece is the site's name (``is_site``), and
    a first piece of one word none unless the rest is the site's name."""
    parts = TITLE_PIECES.split(norm(text))
    pieces = parts[::2]
    seps = parts[1::2]
    after_site = is_site is not None and is_site(pieces[0].strip())
    forms: dict[str, None] = {norm(text): None}
    for size in range(len(pieces) - 1, 0, -1):
        for start in (0, len(pieces) - size):
            joined = norm(
                "".join(
                    pieces[i] + (seps[i] if i < start + size - 1 else "")
                    for i in range(start, start + size)
                )
            )
            if start > 0 and not after_site and _ONE_WORD.fullmatch(joined):
                continue  # "T-Shirt - Black": a variant's or a site's word, not a headline
            if start == 0 and is_site is not None and _ONE_WORD.fullmatch(joined):
                after = zip(pieces[size:], [*seps[size:], ""], strict=True)
                rest = norm("".join(piece + sep for piece, sep in after))
                if not is_site(rest):
                    continue  # "Opinion | Headline": a section's word, not a headline
            forms.setdefault(joined, None)
    return [f for f in forms if f]
