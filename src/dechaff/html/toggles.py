"""A product page's accordion toggles read as the headings they are.

A shop folds a product's details into panels, each under a heading that holds only the
button opening it (``<h2><button>Material &amp; care</button></h2>``). The walk reads no
control's text (a button is chrome), so the panel loses its title. On a page whose markup
declares one product those buttons are made inline text before the walk. On other pages
the same shape is rarer and the gain did not pay: an article's heading buttons are as often
a widget's (read on wcxb's article pages).
"""

from __future__ import annotations

from .parse import Element, text_of

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def read_heading_toggles(root: Element) -> int:
    """Make every button that is all its heading holds an inline span; how many were."""
    made = 0
    for button in list(root.iter("button")):
        heading = button.getparent()
        if heading is None or heading.tag not in HEADING_TAGS:
            continue
        text = text_of(button).strip()
        if text and text_of(heading).strip() == text:
            button.tag = "span"
            made += 1
    return made
