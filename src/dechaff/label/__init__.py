"""Label: every block of a page is article text or one boilerplate kind.

The third stage, after a front end has made the blocks.

- ``language``: the page's language, from stopwords, which picks the lexicons.
- ``rules``: a lexicon rule, one kind's patterns with their limits.
- ``lexicon_file``: one ``lexicons/*.lex`` file read into rules and field patterns.
- ``lexicon``: the lexicons of a page's language, loaded and merged, asked per line.
- ``labeller``: scores, the article's region, its edges and the kinds outside it.
"""

from __future__ import annotations

from .labeller import Labels, label

__all__ = ["Labels", "label"]
