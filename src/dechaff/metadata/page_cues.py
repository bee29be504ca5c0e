"""The cues the page type is read from, as data: schema.org types, og:type values, url
path words and visible words, each naming the page type it points to."""

from __future__ import annotations

import re

from ..article import PageType

# Each cue names a page type and how much it weighs; a page's type is the one its cues
# weigh most for, counting from each source (schema.org types, og:type, url words) only
# the heaviest cue per type.
Cue = tuple[PageType, float]
_A, _F, _L = PageType.ARTICLE, PageType.FORUM, PageType.LISTING
_P, _D, _O = PageType.PRODUCT, PageType.DOCUMENTATION, PageType.OTHER

# schema.org type names (lowercased), from JSON-LD, microdata and RDFa.
SCHEMA_TYPES: dict[str, Cue] = {
    **dict.fromkeys(
        (
            "article", "newsarticle", "blogposting", "report", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "liveblogposting", "scholarlyarticle", "satiricalarticle",
        ),
        (_A, 3.0),
    ),
    **dict.fromkeys(("recipe", "howto"), (_A, 2.0)),
    **dict.fromkeys(("product", "productgroup", "individualproduct", "productmodel"), (_P, 3.0)),
    **dict.fromkeys(("offer", "aggregateoffer"), (_P, 2.0)),
    **dict.fromkeys(("discussionforumposting", "qapage"), (_F, 3.0)),
    # a question and its answers are also the parts of every FAQ
    **dict.fromkeys(("question", "answer"), (_F, 1.0)),
    **dict.fromkeys(("techarticle", "apireference", "softwaresourcecode"), (_D, 4.0)),
    **dict.fromkeys(("collectionpage", "searchresultspage", "offercatalog"), (_L, 3.0)),
    "itemlist": (_L, 1.0),
    **dict.fromkeys(
        (
            "service", "localbusiness", "aboutpage", "contactpage", "professionalservice",
            "servicechannel", "softwareapplication",
        ),
        (_O, 2.0),
    ),
    "faqpage": (_O, 1.0),
}  # fmt: skip

# Words in og:type values ("website" says nothing): "product", "og:product",
# "product.item" and a site's own "<shop>_product" all say product.
OG_WORDS: dict[str, Cue] = {
    "article": (_A, 2.0),
    "blog": (_A, 2.0),
    "product": (_P, 3.0),
}

# Words of the url: host labels before the site's name, and whole path segments
# (lowercased, extension dropped); "/" is a site's root page.
URL_WORDS: dict[str, Cue] = {
    **dict.fromkeys(
        ("docs", "doc", "documentation", "api", "reference", "guide", "guides", "manual",
         "man", "man-pages", "sdk", "handbook", "developer", "developers", "javadoc",
         "apidocs"),
        (_D, 4.0),
    ),
    **dict.fromkeys(
        ("forum", "forums", "thread", "threads", "viewtopic", "showthread", "discussion",
         "discussions", "community", "bbs", "questions"),
        (_F, 3.0),
    ),
    **dict.fromkeys(("product", "dp", "item", "p"), (_P, 2.0)),
    **dict.fromkeys(
        ("category", "categories", "collections", "tag", "tags", "search", "archive",
         "archives", "browse"),
        (_L, 2.0),
    ),
    "/": (_O, 3.0),
    **dict.fromkeys(
        ("services", "service", "solutions", "pricing", "about", "contact", "products"),
        (_O, 2.0),
    ),
    **dict.fromkeys(
        ("blog", "blogs", "news", "post", "posts", "story", "stories", "articles"), (_A, 1.0)
    ),
}  # fmt: skip

# A price: a currency sign or code beside a number.
PRICE = re.compile(
    r"(?:[$€£¥￥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|元|EUR|USD|GBP)(?![A-Za-z])|(?:US|C|A)\$\s?\d)"
)
# Every match of PRICE holds one of these: a page without any is not searched.
PRICE_MARKS = ("$", "€", "£", "¥", "￥", "元", "EUR", "USD", "GBP")
# A buy control: the words of an add-to-cart or buy button.
BUY = re.compile(
    r"\b(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now|in stock|out of stock"
    r"|add to wish ?list)\b|加入购物车|立即购买|立即抢购",
    re.I,
)
# Every match of BUY holds one of these, lowercased: a page without any is not searched.
BUY_WORDS = ("add to", "buy", "stock", "加入购物车", "立即")
# A table of contents beside the text, as documentation pages have.
CONTENTS = re.compile(
    r"^(?:on this page|table of contents|contents|in this article|目录|本页目录)$", re.I
)
# Every match of CONTENTS holds one of these, folded (core.screen.fold, as re.I reads).
CONTENTS_WORDS = ("contents", "on this page", "in this article", "目录")
