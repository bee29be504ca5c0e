# Class and id words of HTML containers, by what the container holds.
#
# Each pattern is searched in one lowercased class name or id of an element
# ("post-comments", "relatedarticles"), so "(?<![a-z])" and "(?![a-z])" stand
# for word edges inside a name. Sections are tried in file order and the first
# match names what the name says; [article] marks containers of article text,
# the other sections are Boilerplate kinds. When one of an element's names says
# article, the element is article ("post type-post paywall-on"). Pinyin words
# are how Chinese sites name their containers. A hint never labels a container
# that holds most of the page's prose (a <body class="has-sidebar"> wrapper):
# see dechaff/structure.py.

[comments]
comment
(?<![a-z])(?:disqus|respond|replies|discussion|livefyre|cmt|pinglun|gentie|talkback)(?![a-z])

[related]
related|recommend|(?<![a-z])(?:tuijian|xiangguan|remen|rebang)|outbrain|taboola|yarpp
(?<![a-z])(?:more|other|also|read|you-may|popular|trending|most|hot|top|latest)[-_]?(?:stories|articles|posts|news|reads?|like|viewed|read|list|links?)(?![a-z])
(?<![a-z])(?:popular|trending|mostread|most-read)(?![a-z])

[share]
(?<![a-z])(?:share|shares|sharing|sharer|social|sns|fenxiang|bdshare|addthis|sharethis|sharedaddy|jiathis|follow-?us)(?![a-z])
share(?:bar|box|buttons?|tools|links|icons)

[breadcrumb]
breadcrumb|crumbs?(?![a-z])|(?<![a-z])(?:weizhi|dangqian)(?![a-z])

[navigation]
# not "tabs": a tabs box holds the panels too (a product's description, its specifications);
# its list of tab labels is role="tablist" or a menu of short lines
(?<![a-z])(?:nav|navbar|navigation|menu|menus|submenu|pagination|pager|paging|pages|toolbar|sidebar|side-?bar|widgets?|skip-?links?|sitemap|prev|next|post-?navigation)(?![a-z])
(?<![a-z])(?:menu|nav)[-_]
# not a heading's offset under a sticky bar ("anchor-with-sticky-navbar"): no menu
sidebar|(?<!with)(?<!withsticky)(?<!withfixed)navbar|navigation

[ad]
# a name that gives an item's state ("subscription-eligible", "promo-enabled") names no box
(?<![a-z])(?:ads?|adv|advert|adverts|advertisement|advertising|adsbygoogle|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|sponsor|sponsored|promo|promotion|banner|guanggao|newsletter|subscribe|subscription|signup|sign-up|cookie|cookies|consent|gdpr|popup|modal|paywall)(?![a-z]|-(?:eligible|enabled|disabled|available))
(?<![a-z])(?:ad|ads|adv)[-_]

[author_bio]
author[-_]?(?:bio|box|info|card|desc|description|about|profile)|about[-_]?(?:the[-_]?)?author|(?<![a-z])(?:bio|zuozhe)(?![a-z])
# a forum member's signature under each post ("signature", "message-signature", "signaturecontainer")
# (not an API page's code signature: "type-signature", "member-signature", "method_signature")
(?<![a-z])(?<!type[-_])(?<!member[-_])(?<!method[-_])(?<!function[-_])signature(?![a-z])|signaturecontainer

[metadata]
# weak words only as the last word of a name: "post-tags" holds tags, "tag-json" is one
byline|dateline|timestamp|(?<![a-z])(?:pubdate|pubtime|entry-?meta|post-?meta|article-?meta|article-?info|tag-?list|tag-?cloud|zihao)(?![a-z])
(?<![a-z])(?:meta|metadata|date|time|tags?|keywords?|categories|category|rating|print)$

[caption]
caption|bildunterschrift|(?<![a-z])(?:legende|legend|pie-?de-?foto|image-?desc|img-?desc|photo-?desc|pic-?desc|figure-?text)(?![a-z])

[copyright]
copyright|disclaimer|(?<![a-z])(?:legal|banquan|mianze)(?![a-z])

[footer]
footer|(?<![a-z])(?:foot|colophon|site-?info)(?![a-z])

[header]
# "header" alone names the head of a card or an article as often as the site's
masthead|(?<![a-z])(?:(?:site|page|global|main|top)[-_]?header|header[-_]?(?:top|wrap|wrapper|nav|bar|inner|container)|topbar|top-?bar|logo)(?![a-z])

[article]
(?<![a-z])(?:article|articles|content|contents|entry|hentry|post|story|body|main|text|detail|details|zhengwen|cont|cnt|txt|neirong|wenzhang)(?![a-z])
article[-_]?body|articlebody|post[-_]?body|entry[-_]?content|story[-_]?body|main[-_]?content|article[-_]?content|post[-_]?content
