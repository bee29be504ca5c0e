"""Label: every block of a page is article text or one boilerplate kind.

The third stage, after a front end has made the blocks.

- ``language``: the page's language, from stopwords, which picks the lexicons.
- ``lexicon``: the boilerplate and metadata patterns of ``lexicons/*.lex``, loaded.
- ``labeller``: scores, the article's region, its edges and the kinds outside it.
"""

from __future__ import annotations

from .labeller import Labels, label

__all__ = ["Labels", "label"]
