"""Label: every block of a page is article text or one boilerplate kind.

The third stage, after a front end has made the blocks.

- ``language``: the page's language, from stopwords, which picks the lexicons.
- ``rules``: a lexicon rule, one kind's patterns with their limits.
- ``lexicon_file``: one ``lexicons/*.lex`` file read into rules and field patterns.
- ``lexicon``: the lexicons of a page's language, loaded and merged, asked per line.
- ``settings``: the labeller's tuned constants (scores, costs, shares, tags), in one place.
- ``score``: a block's content score, from its shape and the lexicon hit.
- ``hints``: container hints applied to the kinds and scores no lexicon rule set.
- ``recipe``: a recipe card's detail lines ("Prep Time 10 minutes"), which take no metadata
  hint.
- ``declarations``: a scholarly article's declarations ("Funding: ..."), which take no
  metadata hint either.
- ``headline``: the heading that repeats the page title, the byline lines, the dek.
- ``region``: the article's region, the maximum-sum run of scores, near the headline.
- ``sections``: where a related or comments section ends the article; inline related boxes.
- ``containers``: the article's own container: lines above the region, code and figures below.
- ``photo_row``: the captions of the photos that close an article, taken into it.
- ``document_close``: an official document's formula, signature, date and notes, taken into it.
- ``cells``: a table's lone number cells in a row of words, data and not page numbers.
- ``contents``: a table of contents inside the article, its lines linking the headings below.
- ``chrome``: a forum post's chrome inside the thread: member boxes, post numbers, votes.
- ``thread``: a thread's other posts, the containers built like the region's, joined.
- ``entries``: a list page's entries declared as sibling ``<article>`` elements, joined.
- ``landing``: a landing page's later sections in its ``<main>``, each a sentence under its
  heading, joined.
- ``columns``: a page that is one list of linked titles and no article: the list.
- ``cards``: card links, one link around a list entry's heading and the lines under it;
  a list of them below a short introduction joins it.
- ``edges``: metadata, credits and bios peeled off the region's ends.
- ``byline``: the author's name alone on a line above the article's first paragraph.
- ``bio``: an author's box at the region's edge, a title naming a person over a paragraph
  that opens with that name.
- ``kinds``: the boilerplate kind of each block outside the region.
- ``described``: the lines that repeat a declared product's description, content.
- ``product``: a shop's product page: the summary lines between the product's name and
  the region.
- ``grid``: a shop's grid of priced product cards, the content of a collection page.
- ``clones``: a layout's second copy of a block (slides cloned, a block printed twice).
- ``labeller``: runs the steps in order and returns :class:`Labels`.
"""

from __future__ import annotations

from .labeller import Labels, label

__all__ = ["Labels", "label"]
