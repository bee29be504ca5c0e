"""A wiki heading's section-edit control is not read.

A wiki prints an edit link beside each section heading, inside the heading element on
MediaWiki's older skins and on Fandom (``<h2>History<span class="mw-editsection">[<a
href="...&action=edit&section=1">edit</a>]</span></h2>``). The walk joins inline text, so the
heading reads "History[edit]": neither the heading nor the control is named. Such a control,
in brackets and linking only to the page's editor, is skipped like a button: the heading keeps
its own words. (Made a line of its own, the control's line joined the table of contents above
the first section into one run of menu lines, and the lead above it was cut.) A control
outside the heading (Vector 2022's) is a line the lexicon names.
"""

from __future__ import annotations

import re

from .parse import Element, text_of

HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Where an editor's link goes: MediaWiki's action=edit or veaction=edit, DokuWiki's do=edit,
# a wiki's /_edit or /edit path.
_EDIT_HREF = re.compile(r"[?&](?:ve)?action=edit\b|[?&]do=edit\b|/_?edit(?:$|[/?#])")
# The control's text: bracketed words ("[edit]", "[edit | edit source]", "[Bearbeiten]").
_BRACKETED = re.compile(r"^\[[^\[\]]{1,40}\]$")


def hide_edit_controls(root: Element) -> int:
    """Hide every section-edit control inside a heading from the walk; how many were."""
    made = 0
    for heading in root.iter(*HEADING_TAGS):
        for child in heading:
            if not isinstance(child.tag, str) or child.tag == "a":
                continue
            if not _BRACKETED.match(text_of(child).strip()):
                continue
            links = [a.get("href") or "" for a in child.iter("a")]
            if links and all(_EDIT_HREF.search(href) for href in links):
                child.tag = "template"  # skipped by the walk, as a control's label is
                made += 1
    return made
