"""The labeller's tuned constants (scores, costs, shares, reaches, tags, kinds) in one place."""

from __future__ import annotations

from ..article import Boilerplate

# Scores of the region search, on TextShape.weight (a CJK character weighs 1, a
# word of other scripts 2). A prose block adds its weight; a short line costs a
# little, so a subheading between paragraphs is bridged but a menu is not.
GOOD_MIN_WEIGHT = 25
MEDIUM_MIN_WEIGHT = 8
SCORE_CAP = 120
SHORT_LINE_COST = 4.0
LEXICON_HIT_COST = 10.0
LINKED_COST = 8.0
LINK_DENSITY_MAX = 0.5
MEDIUM_WEIGHT = 0.5
UNFINISHED_WEIGHT = 0.3
# A short line inside a container marked as the article (a list item, a table
# cell) neither extends nor breaks the region.
ARTICLE_LINE_SCORE = 0.0
TABLE_CELLS = frozenset({"td", "th", "caption"})
# A run of at least this many table cells holding their own text is a table of data: its
# short unlinked cells score ARTICLE_LINE_SCORE.
DATA_TABLE_MIN_CELLS = 8
# A table or a list of terms (a product's specifications, a poll's results) right below the
# region in the article's container: at least this many cells, under at most a short title.
TABLE_LINE_TAGS = TABLE_CELLS | {"dt", "dd"}
# ... or a list of short items below a product's description (its features), as their lines
BELOW_LINE_TAGS = TABLE_LINE_TAGS | {"li"}
TABLE_MIN_CELLS = 4
TABLE_TITLE_MAX_UNITS = 4
# ... and at most this many titles, the second under a heading (a section's heading over its
# table's own: "Product information", "Technical Details")
TABLE_MAX_TITLES = 2
# ... and past the controls a rule names navigation below that heading, each at most this
# many units (a wiki section's "[edit]" on a line of its own)
HEADING_CONTROL_MAX_UNITS = 2
# A tab set's panels (label/containers.py take_panels): when the region's container is, or
# sits at most this many levels inside, an element of this role, the panels after it in the
# tab set that hold a table or a list of terms (TABLE_MIN_CELLS cells: the specifications
# beside the description) join the article.
PANEL_ROLE = "tabpanel"
PANEL_REACH = 3
# On a product's page, a table right below the region joins from the element this many
# levels above the region's container (containers.widened): a box beside the description's.
SHOP_TABLE_REACH = 2

# Kinds whose heading opens a section: the blocks below it share its kind.
SECTION_KINDS = frozenset({Boilerplate.RELATED, Boilerplate.COMMENTS})
# Kinds that sit against the article's edges and are trimmed off it.
EDGE_KINDS = frozenset(Boilerplate) - {Boilerplate.HEADER, Boilerplate.FOOTER}
# A gap of at most this many non-prose blocks between two prose runs is bridged
# when the run beyond it scores at least MIN_JOIN_SCORE.
MAX_GAP_BLOCKS = 6
MIN_JOIN_SCORE = 20.0
# Comments follow the article: a comments heading ends it once this much prose came before.
COMMENTS_MIN_BEFORE = 40
# ... and so does a run of this many lines named comments (by a rule or a hint).
COMMENT_RUN_LINES = 8
# The article starts below a heading that repeats the page title when at least
# this share of the page's prose follows that heading.
HEADLINE_PROSE_SHARE = 0.25
HEADLINE_MIN_UNITS = 1
HEADLINE_MIN_CHARS = 8
TITLE_STEM_MIN_UNITS = 3
# A heading that is a part of the title must be this share of it: the rest is
# the site's name, and a heading that is only the site's name is its logo.
TITLE_PART_MIN_SHARE = 0.4
HEADLINE_REACH = 12
NEAR_SHARE = 0.3
TITLE_TAGS = frozenset({"title", "h1"})
# A line above the article this short that holds a date is its byline.
BYLINE_MAX_UNITS = 20
# A recipe card's detail line ("Total Time 1 hour 15 minutes", "Yield: 12 pancakes") is at
# most this long (label/recipe.py).
RECIPE_FACT_MAX_UNITS = 8
# A paper's declaration ("Funding: The study was funded by ...") says at least this much,
# its label included (label/declarations.py); a bare label is a heading or a form's field.
DECLARATION_MIN_UNITS = 5
# A standfirst below the headline has at least this many units.
DEK_MIN_UNITS = 8
# Elements that are a box of their own when they hold a related heading.
BOX_TAGS = frozenset({"aside", "div", "section", "nav", "figure", "table", "form"})
# Figure captions describe a picture, not the text: they go with the picture.
# (Both development golds of other projects, aeb and trafilatura's, leave them
# out of the body.)
CAPTION_TAGS = frozenset({"figcaption"})
# A related line this long carries a headline of its own ("SEE MORE: ..."), where a
# shorter one is a bare label ("Read more") that may close a teaser card.
LINKED_LINE_MIN_UNITS = 5
LINE_LABEL_MAX_CHARS = 30  # "Lea también", "SEE MORE", "Czytaj też", "相关阅读"
# What a figure puts between two paragraphs of an article.
FIGURE_KINDS = frozenset({Boilerplate.CAPTION, Boilerplate.CREDIT})
# The article's container holds at least this share of the region's prose score.
MAIN_SHARE = 0.8
# A list page's entries: below its introduction, the article's container holds at least
# this many of them.
ENTRY_TAGS = frozenset({"li", "dt", "dd", "td", "th"})
LIST_MIN_ENTRIES = 10
# ... below an introduction of at most this many units (a paragraph or two).
LIST_INTRO_MAX_UNITS = 200
# A list page's entries as sibling <article> elements, each with a heading (label/entries.py):
# at least this many of them, the region's own found this many containers up.
ENTRY_ARTICLES_MIN = 3
ENTRY_ARTICLE_REACH = 6
# A card link (label/cards.py): a link around a heading and this many characters besides,
# found this many elements up from a line.
CARD_TEXT_MIN = 20
CARD_REACH = 4
# A list of card links below a short introduction: at least this many cards (take_cards).
CARD_MIN_ENTRIES = 5
# ... in the nearest container of the region, this many up, that holds them.
CARD_CLIMB = 6
# A page with no article that is one list of linked titles (label/columns.py): at least
# this many items, of this many units on average.
COLUMN_MIN_ITEMS = 10
COLUMN_MIN_UNITS = 8
# A run with at least this many linked lines, and as many as prose blocks, is a teaser list.
TEASER_MIN_LINKS = 3
# the lines below a related label that tell a teaser list from the article (a table of
# contents' entries left out)
TEASER_WINDOW = 40
# The article goes on below a related heading's links when its paragraphs outnumber the
# linked lines there more than this many times (teasers alternate a link and a summary).
PROSE_PER_LINK = 2
# A related line whose label (its first words) opens this many related lines of the article
# is each item's own link ("More on <artist>" under each review), cut out alone.
REPEATED_RELATED = 3
RELATED_LABEL_WORDS = 2
# A related label is followed by its links: the blocks this close below it tell.
RELATED_WINDOW = 12
# A teaser under a related label links its headline: at least this share of it is a link.
TEASER_LINK_SHARE = 0.3
# A group of at least this many short lines is a menu.
MENU_MIN_LINES = 3
# Heading tags: a headline is one of them; a related line that is one names no story.
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A table of contents in the article links at least this many of its headings.
TOC_MIN_ENTRIES = 3
# ... under its title ("Contents", "In this article:"), an unlinked line of at most this many
# units right above the first entry, that is no entry itself (a list item, a cell).
TOC_TITLE_MAX_UNITS = 4
# A shop's grid of products: a container with this many cards that hold a price line, a
# line of at most this many units.
GRID_MIN_CARDS = 8
PRICE_LINE_MAX_UNITS = 10
# A line that this share of a grid's cards repeats word for word is a control of the card.
CONTROL_CARD_SHARE = 0.8
# A declared product's description is found on the page as runs of lines it holds word
# for word; a run counts when one of its lines has at least this many words (a lone
# "Black" that the description also says is no sign).
DESCRIBED_ANCHOR_WORDS = 8
# A layout's second copy of a block (label/clones.py): a run of this many body lines that
# the next lines repeat word for word, holding a line of at least this many units.
CLONE_MIN_LINES = 2
CLONE_MAX_LINES = 8
CLONE_ANCHOR_UNITS = 8
# Lines that repeat by nature: code and table cells.
CLONE_SKIP_TAGS = frozenset({"pre", "code", "td", "th"})
# A run holding a heading or a list item repeats in one flowing text only when its copy
# sits in a container apart: a reference page repeats "Parameters" and its entries.
CLONE_STRUCTURE_TAGS = HEADINGS | frozenset({"li", "dt", "dd"})
# A forum post's chrome line (label/chrome.py) is at most this long, each CJK character a
# unit (a Chinese post's head "发表于 2024-6-3 08:15|只看该作者|倒序浏览|阅读模式" is 21);
# the lines of the box around it at most CHROME_MAX_UNITS.
CHROME_LINE_MAX_UNITS = 24
CHROME_MAX_UNITS = 10
# ... and the box of short lines around it holds at most this many lines.
CHROME_BOX_LINES = 12
# A thread's posts (label/thread.py): a container's make is its tag and classes and its
# parents', this many of them; a line is in a post when one of its containers this close
# above it is of the make of the region's paragraphs'; at least this many such containers
# outside the region make a thread (a page that shows post chrome: one other post is
# enough, a thread of a question and its one reply), and more posts than this in the
# region make its short lines outside them chrome.
POST_MAKE_DEPTH = 3
POST_REACH = 6
POST_MIN_REPEATS = 2
POST_MIN_OTHERS = 1
# ... on a page that shows a forum post's chrome at least this many times.
THREAD_MIN_CHROME = 2

# An author's box (label/bio.py): its title, a line naming the person, lies at most this
# many blocks above the paragraph that opens with the name.
BIO_TITLE_REACH = 3
# A bio's box under a heading that names it ("About the author") ends the region within this
# many lines.
BIO_BOX_LINES = 6

# A product page's lines between the product's name and the region join the article when
# there are at most this many (label/product.py); more is a page of other things.
PRODUCT_HEAD_MAX_BLOCKS = 40
# A form's own lines: a buy box's size picker ("Select a size" legend, its fieldsets).
FORM_TAGS = frozenset({"form", "fieldset", "legend", "label"})

# A landing page's sections (label/landing.py): the page's main element, by tag or role;
LANDING_MAIN_TAGS = frozenset({"main"})
LANDING_MAIN_ROLE = "main"
# ... without one, the lines from the page's header down to its footer element stand for it;
LANDING_HEADER_TAGS = frozenset({"header", "nav"})
LANDING_HEADER_ROLES = frozenset({"banner", "navigation"})
LANDING_FOOTER_TAGS = frozenset({"footer"})
LANDING_FOOTER_ROLES = frozenset({"contentinfo"})
# ... the region's headings that tell sections (an h1 heads any page, an article too);
SECTION_HEADINGS = HEADINGS - {"h1"}
# ... no paragraph of the region, nor of a section that joins, longer than this many units;
LANDING_PARAGRAPH_MAX_UNITS = 80
# ... an article's date in the main element;
LANDING_DATE_TAGS = "time"
# ... the kinds that name a line by its place or shape alone: the lines that may join;
LANDING_PLACE_KINDS = frozenset({Boilerplate.HEADER, Boilerplate.FOOTER, Boilerplate.NAVIGATION})
# ... and those a container hint alone names, a menu's or a promotion's (a section's cards);
LANDING_HINT_KINDS = frozenset({Boilerplate.NAVIGATION, Boilerplate.AD})
# ... when a run of them holds at least this many sentences outside a form;
LANDING_CARD_SENTENCES = 3
LANDING_FORM_TAGS = frozenset({"form"})
# ... the short lines right above a section's sentence that title it, at most this long and
# this many, and at most this many right below it that credit it (a testimonial's name and
# role).
LANDING_TITLE_MAX_UNITS = 12
LANDING_TITLE_LINES = 2
LANDING_CREDIT_LINES = 2
# ... a line of at least this many units right under a section's heading is its text though
# it ends with no stop ("Use cases and templates for every team").
LANDING_TAGLINE_MIN_UNITS = 6
# ... a card that is one link joins by its heading and by its text of at least this many
# units that reads as sentences (its button, "Find out more", stays out).
LANDING_LINKED_MIN_UNITS = 12
