# Patterns that hold in every language. See dechaff/lexicon.py for the format.

[copyright max=60]
©|\(c\)\s*(?:19|20)\d\d|copyright\b|\ball rights reserved\b

[navigation max=6]
^[<«‹←]+\s*\S.*$
^.*\S\s*[>»›→]+$
^\d(?:\s*\d)+\s*$
^[|·•/\s]+$

[navigation max=16]
# page numbers: four or more small numbers and nothing else ("1 2 3 4 5 6 7 8")
^\d{1,3}(?:\s+\d{1,3}){3,15}$

[metadata max=30]
# a line that opens with a date is the article's dateline or a listing's (a portal may print
# its address before it)
^(?:(?:https?://|www\.)\S+\s+)?[\[(（【]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}
^[\[(（【]?\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d\d

[metadata max=16]
^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b
^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b
^\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b

[breadcrumb max=40]
# a trail of at least three short items joined by arrows: Home > News > World
^(?:[^>»›＞]{1,30}[>»›＞]){2,}[^>»›＞]{0,60}$

# ---- metadata fields: licence, lead image ----

[field.price]
# a price as a shop's card shows it: "$19.99", "US$ 5", "12,50 €", "¥3,800", "99 EUR"
[$€£¥￥]\s?\d|\d[\d,.]*\s?(?:€|元|EUR|USD|GBP)(?![a-z])|(?:US|C|A)\$\s?\d

[field.license]
# a licence name as markup gives it (meta license, JSON-LD license): the whole value
^(?:CC[- ]?(?:BY(?:[- ](?:SA|NC|ND)){0,3}|0|ZERO)(?:[- ]?\d\.\d)?(?:\s+(?:International|Unported|Generic|Deed))?|CC[- ]?PDM|Public Domain(?: Mark| Dedication)?(?:\s+\d\.\d)?)$
^Creative Commons(?:[- ,]+(?:Attribution|Namensnennung|Zero|CC0|Public Domain Dedication|Share-?Alike|Non-?Commercial|No-?Derivatives|No-?Derivs|NoDerivs|BY|SA|NC|ND|\d\.\d|International|Unported|Generic|4\.0 International|License|Licence|Lizenz)){0,6}$
^(?:MIT|ISC|BSD[- ]?[23]-Clause|BSD|Apache(?:[- ]License)?(?:[- ,]+(?:Version\s+)?2\.0)?|(?:GNU\s+)?(?:A|L)?GPL(?:[- ]?v?[23](?:\.\d)?(?:\+| or later| only)?)?|GNU (?:Free Documentation|General Public|Lesser General Public|Affero General Public) License(?:[- ,]+(?:v|version\s+)?\d(?:\.\d)?)?|MPL(?:[- ]?2\.0)?|Unlicense)(?:\s+Licen[cs]e)?$
^知识共享.{0,30}(?:许可协议|协议|许可)$|^(?:署名|CC)[\w\-—\s.]{0,30}(?:许可协议|协议)$

[field.license_statement]
# a Creative Commons statement about the page's own text (a copyright or footer line):
# "This work is licensed under ...", "unsere Texte stehen unter ...", "本站文章采用 ..."; a
# statement naming no subject (a script's licence in the footer) is not the page's
(?:\b(?:this|these|our|all|dieser|dieses|diese|unsere|alle)\b|本文|本站|本网站).{0,80}?(?P<license>\bCreative Commons\b(?:[- ,]+(?:Attribution|Namensnennung|Zero|Share[- ]?Alike|Non-?Commercial|No-?Derivatives|NoDerivs|Keine Bearbeitung|Nicht-?kommerziell|Weitergabe unter gleichen Bedingungen|BY|SA|NC|ND|\d\.\d|International|Unported|Generic)){0,6}(?:[- ]?(?:License|Licence|Lizenz))?)
(?:\b(?:this|these|our|all|dieser|dieses|diese|unsere|alle)\b|本文|本站|本网站).{0,80}?(?P<license>\bCC[- ](?:BY(?:[- ](?:SA|NC|ND)){0,3}|0)(?:[- ]\d\.\d)?\b)
(?:本文|本站|本网站).{0,40}?(?P<license>知识共享[^，。,；;\s]{0,24}(?:许可协议|协议))

[field.not_lead_image]
# words of an image url (host, path and query) that name a logo, an icon, a site's default
# share picture or a tracking pixel, not a lead image
logo|placeholder|fallback|default[-_]?(?:image|img|share|social|og|thumb)|(?:share|social|og)[-_]?default
(?:^|[/_.\-=%])(?:icons?|favicon|sprites?|avatars?|gravatar|pixel|spacer|blank|transparent|1x1|badge|button|sharing|og(?:[-_]image)?)(?=[/_.\-\d?&=%]|$)
\.(?:svg|ico)(?:\?|$)
/tr\?|/b/ss/

[field.author_tail]
# a byline's names end at a bar: "Alan Woinski | 3 days ago", "张三 | 2019-09-07"
\s*[|｜]\s*
