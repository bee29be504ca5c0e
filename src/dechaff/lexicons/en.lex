# English boilerplate and metadata patterns. See dechaff/lexicon.py for the format.

[spam max=200 hits=2 prose=no]
\bcasinos?\b
\bpoker\b
\bsportsbooks?\b
\bslots?\b
\bbaccarat\b
\broulette\b
\bblackjack\b
\bbetting\b|\bbet\b|\bbets\b
\bjackpots?\b
\bfree spins?\b
\bbonus codes?\b
\bonline gambling\b
\bodds\b

[breadcrumb at=start max=60]
you are here\s*:?
breadcrumbs?\s*:

[navigation at=start max=30]
(?:previous|next|prev|older|newer)\s+(?:article|post|story|page|entry|item|chapter)\b
(?:previous|next|prev)\s*[:»«>]
# a theme's arrow label glued to its screen-reader word and the title: "PrevPreviousThe Sweet
# Truth About Chocolate", "Next Next post: ..."
(?:prev|previous|next)\s*(?:previous|next)(?:\b|(?-i:(?=[A-Z])))
# a gallery's way back: "Back to Gallery"
back to (?:top|home|the top|(?:the )?gallery)\b
skip to (?:main )?(?:content|navigation|main)\b
# a gallery's and a buy box's skip links: "Skip to the end of the images gallery", "Skip to
# product information"
skip to (?:the )?(?:(?:end|beginning|start) of the|product information)\b
(?:toggle|open|close|main) (?:menu|navigation)\b
jump to\b
^(?:home|menu|search|sections|more|log ?in|sign ?in|sign up|register|subscribe|close|loading\.*|search for:?)$
# a table of contents' title and its show/hide control: "Table of Contents", "In this article",
# "On this page", "Toggle"
^(?:table of contents|in this (?:article|post|guide)|on this page|jump to section|toggle(?: table of contents?)?)\s*:?$
# a wiki's chrome: the section edit control ("[edit]", "[edit | edit source]"), the table of
# contents' title with its toggle ("Contents hide", "Contents [hide]"; "Contents" alone may
# head a book's chapter list, which is its page's text) and the clone box
# of a repository's wiki ("Clone this wiki locally")
^\[\s*(?:edit|edit source)(?:\s*\|\s*edit source)?\s*\]$
^contents\s*\[?\s*(?:hide|show)\s*\]?$
^clone this wiki locally$
^page \d+ of \d+$
# a control offered to members: "Log in to set a price alert on this product.", "Log in to
# track your discussions.", "Sign in to add comments"
^(?:please )?(?:log|sign) ?in to (?:save|set|add|see|view|get|create|track|write|rate|follow|like|post|reply)\b
^load more\b
^show (?:more|all|less)\b
# a picture's controls: "Enlarge This Image", "Hide Caption", "View Slideshow"
^(?:click to )?(?:enlarge|expand) (?:this )?(?:image|photo|picture)$|^(?:show|hide) caption$|^view (?:slideshow|gallery|interactive)$

[copyright max=60]
\bdisclaimer\b
# a writer's or a publisher's disclaimer: "The opinions expressed here are my personal
# opinions", "... does not necessarily reflect the views of the company"
\b(?:opinions|views) expressed (?:here|herein|on this (?:blog|site|website|page)|in this (?:article|post|blog|column|commentary|piece))\b.{0,30}\b(?:my|mine|the author'?s?|the writers?'?s?|their|his|her|those of)\b
\bdo(?:es)? not necessarily (?:reflect|represent)\b.{0,40}\b(?:views?|opinions?|positions?|polic(?:y|ies))\b
may not be (?:reproduced|republished|copied|redistributed)
reprinted with permission
# a syndicated story's closing note: "This story was originally published by ...", "Read the
# original article on ..."
^read the original (?:article|story|post) (?:on|at)\b

# a notice that says it is one, however long: "Disclaimer (varies by section): Articles on
# this site may contain opinions..."
[copyright max=150]
# a wiki's licence line: "Text is available under the Creative Commons Attribution-ShareAlike
# License; additional terms may apply", "Community content is available under CC-BY-SA unless
# otherwise noted", "Content is available under GNU Free Documentation License 1.3 or later"
^(?:text|content|community content) is available under\b
^(?:legal )?disclaimer\s*(?:\([^)]{0,80}\)\s*)?:
# a reprint notice: "This copy is for your personal, non-commercial use only."
\bthis copy is for your personal,? non-?commercial use\b

[credit max=40]
^(?:photo|photograph|image|picture|illustration|video|graphic|photos|images)s?\s*(?:by|credit|courtesy|copyright|source|:)
^(?:credit|source|photo credit)\s*:
\b(?:getty images|shutterstock|reuters/|ap photo|afp/|epa/|istock)\b
\bcourtesy of\b
# a caption that ends with its picture credit: "... kicked off in June (Image: GETTY)"
\((?:image|photo|picture|pic|credit)s?\s*:\s*[^():]{1,60}\)\s*$

[share max=20]
^(?:share|share this|share on|share via|tweet|pin it|email|print|whatsapp|facebook|twitter|linkedin|reddit|pinterest|flipboard|messenger|copy link|copied)(?:\s+(?:on|this|article|story|page|to|via))*\s*(?:facebook|twitter|linkedin|email|whatsapp|reddit|pinterest|x)?\s*:?$
^(?:share|tweet|email)\s+(?:this|the)\s+(?:article|story|post|page)$
\bclick to share\b
^(?:like|follow) us on\b
^follow\s+@\w+
# a profile card's counts: "1.3K Followers", "12,400 subscribers"
^\d[\d,.]*\s*[km]?\s+(?:followers|subscribers)$

# a dated byline that ends with its post's comments link ("December 11, 2012 by Owen Price
# Leave a Comment", "Posted on May 3, 2010 by Jane | 4 Comments"): the post's data, no thread
[metadata max=30]
\b(?:19|20)\d\d\b.*\b(?:leave a (?:comment|reply)|no comments|\d+ (?:comments?|responses?|replies))\s*[»›]?$

[comments max=30]
^\d+\s+comments?\s*[:»›]?$|^comments?\s*(?:\(\d+\))?\s*[:»›]?$|^(?:view|show|read|see|load)\s+(?:all\s+)?(?:\d+\s+)?comments?\b
\bleave a (?:reply|comment)\b|\bpost a comment\b|\badd a comment\b|\bjoin the (?:discussion|conversation)\b

\benable javascript to view the comments\b|\bcomments powered by disqus\b
\bcomments? (?:are|is) (?:closed|disabled)\b|\bto (?:post|leave) a comment\b|\byou must be logged in\b

[related max=20]
^(?:related|recommended|suggested|popular|trending|latest|most (?:read|popular|viewed|shared)|more(?!\s+(?:than|of|information|info|details)\b)|top|editor'?s picks?|you (?:may|might) (?:also )?like|read (?:more|next|also)|see more(?=\s*:)|see also|also read|further reading|more (?:from|on|in|about|stories|news|articles))\b.*$
# a shop's sections of other products, in its platform's words: "Customers who bought this
# product also bought:", "Customers Also Viewed", "Frequently bought together", "Recently
# viewed", "Pairs well with", "We found other products you might like!"
^(?:customers who (?:bought|viewed) this (?:product|item) also (?:bought|viewed)|customers also (?:viewed|bought|purchased|liked)|frequently bought together|recently viewed(?: products| items)?|similar (?:products|items)|complete the look|shop the look|pairs well with|products you (?:may|might) (?:also )?like|we found other products you might like)\s*[:!.]?$

# a teaser's summary closed by its link: "First Wii U consoles go on sale ... Read more..."
[related max=60]
\b(?:read more|continue reading|read the full (?:story|article|post))\s*(?:\.{2,}|…|»|›|→|>>)\s*$

[ad max=40]
^(?:advertisement|advertising|sponsored(?: content| links?)?|ad|ads|paid (?:content|post|partner)|promoted(?: content| stories)?|partner content|story continues below)$
\bsign up (?:for|to) (?:our|the)\b.*\bnewsletter\b|\bsubscribe to (?:our|the)\b|\bnewsletter sign[- ]?up\b|\bget the (?:latest|best)\b.*\b(?:inbox|newsletter)\b
\b(?:join|get) (?:our|the)\b.{0,40}\b(?:newsletter|forums?|mailing list)\b|\bnever miss\b.{0,40}\b(?:sign(?:ing)? up|subscrib\w*|newsletter)\b|\bby (?:entering|submitting|providing) your e-?mail\b
^(?:advertising|advertiser) disclosure$|\bwe rely on (?:your|readers'?) support\b|\bsupport (?:our|independent|local) journalism\b|\bdonate (?:now|today)\b
^if you (?:enjoyed|liked|found value in) (?:reading )?this (?:post|article|story)\b
\bdownload (?:our|the) (?:free )?app\b|\bget the app\b|\bavailable on the app store\b
^(?:turn on|enable|allow|get) (?:push |browser )?notifications\b
\b(?:we|this (?:site|website)) uses? cookies\b|\baccept (?:all )?cookies\b
\bsubscribe (?:now|today)\b|\balready a subscriber\b|\bsubscribers? only\b|\bstart your free trial\b
# a news template's asks between and after the paragraphs: an affiliate disclosure ("... may earn
# a commission"), a donation box ("Support local news", "will you support our journalism?",
# "We need your help to keep publishing"), a call for tips ("Have a news tip? Email ...")
\b(?:may|might) earn (?:a |an )?(?:small )?(?:affiliate )?commission\b|\bearns? (?:a |an )?(?:small )?(?:affiliate )?commission (?:for|from|on) (?:products?|purchases?|sales|items?)\b
\bwill you support (?:our|us|independent)\b|\bwe need your (?:help|support) to keep (?:publishing|going|reporting)\b
^support (?:local|independent|our|quality|public[- ]service) (?:news|journalism|reporting)\b
^(?:have|got) a (?:news )?tip\b|^send (?:us )?your (?:news )?tips\b

# a call to action's button: "Book a demo", "Schedule a demo", "Sign up for demo" (not "Try X
# free" or "Start your trial": a service page's own offer, wcxb service check fell)
[ad max=12]
^(?:book|request|schedule|get|watch|sign up for)(?: a| your)? (?:free |personali[sz]ed |live )?demo(?: now| today)?\s*[!.]?$

# a review's retail buttons and their prices: "Buy on Amazon", "Buy now from one of our
# trusted retail partners:", "$878.00 from Lowe's", "Now $119 on Amazon"
[ad max=12]
^(?:buy|shop)(?: it| now| this)?\s+(?:on|at|from)\s+\S
^(?:[$£€]\s?[\d,.]+\s+)?(?:now\s+)?[$£€]\s?[\d,.]+\s+(?:at|from|on)\s+\S

# a shop template's buy-box controls around a product's price and options: "Unit price / per",
# "Sale Sold out", "View full details", "Product variants", "1 lbVariant sold out or unavailable"
[ad max=40]
^unit price\s*/\s*per$|^sale\s+sold out$|^view (?:full|product) details$|^product variants$
variant sold out or unavailable\b|^couldn'?t load pickup availability\b

# a newsletter box's lines: "100% free. No spam.", "Sign up for free email updates and ...",
# "... newsletter has all the best recommendations, delivered right to your inbox"
[ad max=60]
\bno spam\b
\bsign up for (?:free )?e-?mail (?:updates|newsletters?)\b
\b(?:updates|recommendations|stories|news)\b.{0,60}\b(?:sent|delivered)\b.{0,20}\byour (?:e-?mail )?inbox\b
\bclick to subscribe\b
\byou can (?:unsubscribe|opt[- ]out) (?:at any time|anytime)\b

# "Subscribe to WIRED and stay smart with more of your favorite Ideas writers."
[ad max=15]
^subscribe to\b

# a blog template's closing line of post data: "This entry was posted on Saturday, ... and is
# filed under ...", "You can follow any responses to this entry through the RSS 2.0 feed";
# a newspaper's print-edition note: "A version of this article appeared in print on ..."
[metadata max=80]
^this (?:entry|post) was posted (?:on|in|by)\b
\bfollow any responses to this (?:entry|post)\b
^a version of this article appeared\b

[metadata max=25]
^(?:published|posted|updated|last updated|last modified|first published|modified|date|release date(?!s)|date released)\s*:?\s*(?:on\s+)?\S
^(?:\d+\s+)?min(?:ute)?s?\s+read$|^\d+\s*(?:views?|reads?)$
^(?:filed under|tags?|topics?|categories|category|posted in|keywords)\s*:
# a blog theme's entry footer without a colon: "Categorized as Gardening"
^categori[sz]ed (?:as|in|under)\s+\S
# a wiki page's file and last edit: "ops/backup_rotation.txt · Last modified: 2025/02/11 14:32
# by mkovacs"
[·|•]\s*last (?:modified|edited|updated)\b
# a wiki's hidden maintenance categories: "Hidden categories:"
^hidden categories\s*:

# a byline is no sentence: "By leveraging our data, we ..." opens a paragraph
[metadata max=25 prose=no]
^(?:by|written by|posted by|words by|story by|reporting by|edited by|started by|thread starter:?)\s+\S
^(?:author|text)\s*:\s*\S

[metadata max=12]
^(?:reading time|words?)\s*:
# a video player's running time: "Duration 1:42" (a bare "2:31" may be a timetable's cell)
^duration\s*:?\s*\d{1,2}:\d\d(?::\d\d)?$
# the writer and the reading time: "Bridgestone Team | 5 min read"
[|·•]\s*\d+\s*min(?:ute)?s?\s+read$
# a news agency's credit line on its own: "The Associated Press", "Reuters"
^(?:the )?(?:associated press|canadian press|press association)$|^(?:reuters|afp|agence france-presse|dpa)$

[author_bio max=120 zones=tail]
^(?:about the author|about the writer|author bio)\b
# how to reach the writer: "Email Jane Doe at jdoe@example.com or follow her @jdoe."
^(?:email|e-mail|contact|reach|follow)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s+(?:at|on|via)\s+\S+@
^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:\w+\s+){0,4}(?:writer|reporter|journalist|correspondent|editor|columnist|contributor|author|producer|analyst|professor|fellow|researcher|founder)\b

# a wiki's tagline under the page's title ("From Openpedia, the free encyclopedia", "From
# Quillpad Wiki") and its closing lines: the revision link ("Retrieved from "https://..."") and
# the last edit ("This page was last edited on 9 March 2024, at 21:12.")
[header max=12]
^from [^,]{1,40}, the free encyclopedia$
^from [\w .'-]{1,30} wiki$

[footer max=30]
^retrieved from\s*["“]?\s*https?://
^this page was last (?:edited|modified) on\b

[footer max=30 prose=no]
\bterms (?:of|and) (?:use|service|conditions)\b
\bprivacy (?:policy|notice|statement)\b
\bcookie (?:policy|settings|preferences)\b
\b(?:about us|contact us|contact|careers|advertise with us|advertise|site ?map|accessibility|help center|newsroom|press room|masthead|corrections)\b

# a listing's or a shop's count of what it shows: "Showing 1-24 of 156 results", "Viewing
# 1 - 60 of 400 products" (a bare "Sort by" or "Filters" line made a product page worse)
[navigation max=30]
^(?:showing|displaying|viewing)\s+(?:items?\s+|results?\s+|products?\s+)?\d[\d,]*\s*(?:[-–—]\s*\d[\d,]*\s*)?(?:of|out of)\s+\d
# who else reads a thread: "0 Members and 1 Guest are viewing this topic."
^\d+ (?:members?|users?) and \d+ guests? (?:are )?(?:viewing|browsing|reading) this (?:topic|thread|board|forum)\b
# a docs page's controls, alone on their line: a code block's copy button,
# the link to the page's source, the feedback question
^(?:copy|copy code|copy to clipboard|copied!?|view page source|show source|edit this page(?: on \w+)?|was this page helpful\??)$
# a wiki's hatnote written as a sentence, the pointer to another page above an article: "This
# page describes Quillpad 3.x. For the 2.x series, see X." (MediaWiki's hatnote class is named
# by its hint already)
^this (?:article|page) (?:is about|describes)\b.{1,80}\bfor (?:the )?[^,]{1,60},\s*see\b

# ---- recipe cards and how-to pages (WP Recipe Maker, Tasty Recipes, Create, wikiHow) ----
# a recipe card's controls: the cook-mode switch ("Cook ModePrevent your screen from going
# dark"), the servings and units toggles ("1x2x3x", "Scale 1x 2x 3x", "US CustomaryMetric")
[navigation max=12]
^(?:cook mode\s*)?prevent (?:your |the )?screen from (?:going dark|turning off|sleeping|locking)$
^(?:scale\s*)?(?:[1-4]x\s*){2,}$
^(?:us customary\s*metric|metric\s*us customary)$

# the card's print and pin buttons ("Print Recipe Pin Recipe", "PrintPin"), its ask to post a photo
# ("Tag @handle on Instagram and hashtag it #handle", "Mention @handle or tag #handle!")
[share max=20]
^(?:(?:print|pin|save|email|share)\s*(?:this\s*)?(?:recipe|project|how-?to|instructions)\s*)+$
^(?:print|pin|save)(?:\s*(?:print|pin|save|share)){1,3}$
^(?:tag|mention)\s+@[\w.]+\s+(?:on\s+(?:instagram|pinterest|facebook|tiktok|twitter)|or\s+tag\s+#\w+)

# the card's and the page's asks for a photo or a review, which close a card or a post
# ("Did you make this recipe?", "Tried this project?", "Please take a moment to leave a star
# rating"), a how-to's reader poll ("Reader Poll", "Thanks for voting!"); share, not
# comments: a comments line opens a section that would end the article below it
[share max=30]
^(?:did you (?:make|try|cook|bake) (?:this|one of my) (?:recipes?|projects?)|tried this (?:recipe|project))\b
\bleave a (?:\d[- ])?star rating\b
^reader poll$|^thanks for voting\b

# controls inside a card or a how-to: "Rate this Recipe" (a link to the comment form at the
# card's top), a question and a tip form between the sections ("Ask a Question", "200
# characters left", "Submit a Tip")
[navigation max=30]
^(?:rate this (?:recipe|project)|recipe rating)\s*[:!]?$
^(?:ask a question|submit a tip)$|^\d+ characters? (?:left|remaining)$
\b(?:get|receive) (?:a message|an e-?mail|notified) when (?:this|your) question is answered\b
\btip submissions are (?:carefully )?reviewed\b

# a rating's count ("4.93 from 27 votes", "4.8 from 23 reviews", "4.9 (38 reviews)"), the
# nutrition facts of a card ("Nutrition", "Nutrition Facts (per serving)", "Fat: 13g"; the
# calories alone stay: wcxb's gold keeps them among the card's details), the card's own
# author line without a colon ("Author Maren Oakley"), a how-to's credit and view count
# ("Co-authored by", "This article has been viewed 184,230 times.")
[metadata max=12]
^\d(?:\.\d+)?\s*(?:from\s+[\d,]+|\(\s*[\d,]+)\s*(?:votes?|reviews?|ratings?)\)?$
^nutrition(?: facts| information| info)?\s*(?:\(per serving\))?\s*:?$
^(?:(?:(?:saturated|trans|total|unsaturated|polyunsaturated|monounsaturated) )?fat|carbohydrates|carbs|protein|(?:dietary )?fiber|sugars?|sodium|cholesterol|potassium)\s*:\s*[\d.,]+\s*(?:g|mg|mcg)\s*$
^author\s+(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})$
^co-?authored by\b
\bhas been viewed [\d,]+ times\b

# a whole nutrition label on one line: "Calories: 486kcal | Carbohydrates: 58g | Protein: 12g"
[metadata max=200 hits=3 prose=no]
\b(?:calories|carbohydrates|carbs|protein|(?:saturated |trans |total |polyunsaturated |monounsaturated )?fat|sodium|(?:dietary )?fiber|sugars?|cholesterol|potassium|calcium|iron|vitamin [a-z])\s*:?\s*[\d.,]+\s*(?:kcal|cal|g|mg|mcg|iu|%)

# a food blog's affiliate disclosure ("This post may contain affiliate links.", "As an Amazon
# Associate I earn from qualifying purchases.") and its newsletter box ("Join 40,000 home
# cooks and get ...", "... subscribe to my mailing list")
[ad max=40]
\b(?:this|the|our|my) (?:post|article|page|site|blog|recipe|guide) (?:may )?contains? affiliate links?\b
\bas an amazon associate\b|\bearn from qualifying purchases\b
^join (?:over |more than )?[\d,.]+k?\+? (?:other )?(?:[\w-]+ ){0,2}(?:readers|subscribers|cooks|bakers|members|people|fans|makers)\b
\bsubscribe (?:to )?my (?:mailing list|newsletter)\b

# ---- metadata fields ----

# A scholarly article page's controls alone on their line: "Download PDF", "View PDF",
# "Preview PDF", "Download citation", "Download references", "Full size image", "Browse
# Figures", "View in Scopus", "Get rights and content", "Reprints and permissions", a
# reference's "Google Scholar" / "Article Google Scholar" / "View Article" links, a figure's
# "Download: Download high-res image (310KB)"
[navigation max=12]
^(?:download|view|preview)\s+(?:the\s+)?(?:pdf|full[- ]text pdf|article pdf|epub)$
^download (?:citations?|references|full issue)$
^(?:full size image|browse figures|view in scopus|get rights and content|reprints and permissions)$
^(?:(?:article|view article|pubmed|pubmed central|cas|crossref|mathscinet)\s+)*google scholar$|^view article$
^download:\s*download (?:high-res image|full-size image)\b

# a scholarly page's licence section: its heading and the open-access statement under it
[copyright max=80]
^rights and permissions$
^open access\s+this article is (?:licensed|distributed) under\b

# a scholarly page's front matter: the publication history ("Received: ...; Accepted: ...;
# Published: ...", "Submission received: ... / Revised: ... / Accepted: ..."), arXiv's
# "[Submitted on 6 Mar 2025 (v1), last revised ...]", the authors' line under its label,
# the corresponding author's notes and a preprint's status line
[metadata max=40]
^(?:submission )?received\s*:\s*.{1,40}?\b(?:revised|accepted|published)\s*:
^\[submitted on\b
^authors\s*:\s*\S
^\*?\s*author to whom correspondence should be addressed\.?$
^correspondence to\s+\S.{0,60}$
^this article is a preprint and has not been (?:certified by peer review|peer[- ]reviewed)\b

# A press release's closing data: the contact block's label ("Media Contact:", "Press
# Inquiries", "Investor Contacts"), the wire's "SOURCE Company" line (capitals, as the wires
# print it), its end mark ("###", "-30-"); a scholarly page's citation and history headings
[metadata max=12]
^(?:media|press|investor|news media)\s+(?:contacts?|inquiries|enquiries)\s*:?$
^(?-i:SOURCE)\s+\S
^(?:#{3}|-\s*#{3}\s*-|-30-)$
^(?:cite this article|submission history|how to cite(?: this article)?)\s*:?$

# a wire's link back to its own copy: "View original content to download multimedia:https://..."
[navigation max=40]
^view original content(?: to download multimedia)?\s*:

# a paper's neighbours in an index: PubMed's "Similar articles", a wire's "Also from this source"
[related max=12]
^(?:similar articles|also from this source)\s*:?$

[field.published]
# a label may be glued to the date after it, or to a date before it, printed in a span of
# its own: "Post dateMay 5, 2021", "UpdatedJanuary 25, 2026", "March 2, 2022Updated: ..."
(?:\b|(?<=\d))(?:published|posted|first published|created|date|released|issued)(?:\b|(?-i:(?=[A-Z])))\s*(?:on|at|:)?\s*
\b(?:veröffentlicht|veröffentlichung|erschienen|erstellt|publiziert|publié|publicado|pubblicato|gepubliceerd)\b\s*(?:am|le|el|il|on|op|:)?\s*:?\s*

[field.updated]
(?:\b|(?<=\d))(?:updated|last updated|modified|last modified|revised|edited)(?:\b|(?-i:(?=[A-Z])))\s*(?:on|at|:)?\s*
\b(?:aktualisiert|zuletzt aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt)\b\s*(?:am|le|el|il|on|op|:)?\s*

[field.revised]
# a wiki's last edit, the page's update time and never its publication: "This page was last
# edited on 9 March 2024", "last modified by Piotr Nowak on Mar 03, 2025", "Ruth Okafor edited
# this page Aug 14, 2024", DokuWiki's "Last modified: 2025/02/11 14:32 by mkovacs"
\bpage was last (?:edited|modified)(?: on)?\s*
\blast (?:edited|modified) by\b[^,.;|·]{1,60}?\bon\s*
\bedited this page\s*
\blast modified\s*:\s*(?=[^|·]{6,30}?\bby\s+\S)

[field.not_published]
# a member's or a person's date, never the page's: "Joined: 4. Jul 2012", "Member since"
\b(?:joined|join date|member since|registered|registered since|born)\b\s*(?:on|in|:)?\s*
\b(?:registriert|registriert seit|mitglied seit|dabei seit|beigetreten|geboren)\b\s*(?:am|:)?\s*

[field.views]
(?<!\d)(?<!\d,)(?P<views>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>k|m)?\s+(?:views|reads|page views)\b

[field.author]
# a name's later words are no list word ("Eric Mill and Kiran C Nair") and no month
# before a day ("Daniel Renfrow April 12, 2024"); a theme's screen-reader label may open it,
# glued ("Post authorBy Ted Okafor"), as may the name ("ByJ.R. Stone", "Written by:Elise Nass";
# not "Posted by:", a blog's comment signature: "Posted by: Janet | November 8, 2012")
^(?:post author\s*)?(?:(?:by|written by|words by|story by)(?:\s*:\s*|\s+)|(?:posted by|(?:ein (?:artikel|beitrag) )?von|par|por|di|door)\s+|(?-i:By|Written by|Posted by)(?=[A-Z]))(?P<author>[A-Z][\w.'-]*(?:\s+(?!(?:and|und)\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,|\s+(?:19|20)\d\d|$))(?:[A-Z][\w.'-]*|de|van|von|der|da|la|le|del|bin)){0,4}(?:(?:\s*,\s*|\s+and\s+|\s+und\s+|\s*&\s*)[A-Z][\w.'-]*(?:\s+(?!(?:and|und)\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,|\s+(?:19|20)\d\d|$))[A-Z][\w.'-]*){0,3}){0,4})
^(?:author|autor|auteur|autore|text|von|words|writer)\s*:\s*(?P<author>[A-Z][\w.'-]*(?:\s+(?!(?:and|und)\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,|\s+(?:19|20)\d\d|$))[A-Z][\w.'-]*){0,3}(?:(?:\s*,\s*|\s+and\s+|\s+und\s+|\s*&\s*)[A-Z][\w.'-]*(?:\s+(?!(?:and|und)\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,|\s+(?:19|20)\d\d|$))[A-Z][\w.'-]*){0,3}){0,4})
# "Submitted by X on <date>": a CMS's node byline (Drupal's default); "Guest post by X",
# "Article byJane Doe" (a label glued to the name); not a forum reply's quote, "Originally
# Posted by X"
(?<!originally )\b(?:posted|post|article|published|written|submitted|veröffentlicht|geschrieben|verfasst|erstellt|publié|escrito|publicado)\s+(?:(?:by|von|par|por)\s+|(?-i:by)(?=[A-Z]))(?P<author>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})

[field.bio_author]
^(?P<author>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s+(?:is|was)\s

[field.post_end]
# a post's closing data: the article ends above it when most of its prose came before
# (label/sections.py): "Tags: android, mobile", "Filed under: ...", "This entry was posted in"
^(?:filed under|tags?|tagged(?: with)?|topics?|categories|category|posted in)\s*:
^this (?:entry|post) was posted (?:on|in|by)\b

[field.recipe_fact]
# a recipe card's or a how-to card's detail line ("Prep Time 10 minutes", "Yield: 8 slices",
# "Cuisine: French"): it takes no metadata hint (label/recipe.py), and a post_end line beside
# one ("Category: Dessert") is the card's own detail, no post's closing data (label/sections.py)
^(?:prep(?:aration)?|cook(?:ing)?|total|active|inactive|bake|baking|chill(?:ing)?|rest(?:ing)?)\s*time\s*:?\s*\d
^(?:yield|servings?|serves|makes|cuisine|course|method|diet|difficulty|skill level)\s*:

[field.declaration]
# a scholarly article's declaration, the paper's own statement (label/declarations.py):
# "Funding: ...", "Data Availability: ...", "Competing interests: ...", "Conflicts of Interest:
# ...", "Author Contributions: ...", "Ethics statement: ..."
^(?:funding|funding statement|data availability(?: statement)?|competing interests?|conflicts? of interests?|author contributions?|ethics statement|ethical approval)\s*:\s*\S

[field.bio_heading]
# the heading of a box about the writer, at the article's end (label/bio.py)
^(?:about the (?:author|authors|writer|contributor|reviewer)|author bio(?:graphy)?|meet the (?:author|writer)|about this article)\s*:?$

[field.bio_title]
# the title of an author's box above the paragraph about them (label/bio.py): "About Joey
# Lehto", "Author: Richard Darell", or a name alone; a topic's box ("About Python") is none
^(?P<label>about|author|written by|posted by|by)\s*:?\s*(?P<author>(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}))$
^(?!about\b|author\b)(?P<author>(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}))$

[field.not_person]
admin|administrator|wordpressadmin|staff|editor|editors|redaktion|the editors|guest|anonymous|unknown|team|news desk|newsdesk|press release|no author|published|posted|updated|comments?
# a news agency is the source, not the writer ("David Hutzler, dpa" gives "David Hutzler")
agencies|agency|news agencies|wire services?|dpa|afp|reuters|ap|apa|kna|epd|ddp|sid|ansa|efe|pti|ians
# a recommendation widget's attribution line ("by Taboola", "Recommended by Outbrain")
.*\b(?:taboola|outbrain|revcontent|zergnet)\b.*
# a function word alone
die|das|the|intro|our
# a button's text where the name would be
follow|subscribe|folgen|abonnieren|\+ ?follow|view|view profile|profile|category
# template placeholders left in a byline
name|your name|author name|full name|first ?name last ?name|\{.*\}|%.*%|\$\w+
# words that follow a byline's names on the same line: "Von lupa am 26.10.2013", "oz on December 3"
am|at|on|um|in|en|under|le|la|el|il|op|from|via|for|with|datum|date|veröffentlicht|publiziert|erschienen|aktualisiert|kommentare?|https?:.*|[^\w]+
# a post's chrome glued after the names: "Tim Ferriss Topics", "Sebastian Blanco RSS feed",
# "Joseph Dickerson , Filed under", "James Cartwright, Monday", "Brantley Hargrove Thu., Aug."
topics|rss|feed|filed|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.,?
# a dateline where the name would be ("WESTPORT, Wash.") and a blog's tag in brackets ("[NR]")
(?-i:[A-Z][A-Z .'-]{2,},\s+[A-Z][a-z]{1,4}\.)|\[[^\]]*\]
# a box's own words: "About Me", "This post was written by"
about(?:\s+(?:me|us|the author|author))?|this (?:post|article|entry|story)

[field.facet]
# a shop's filter names: a line of them only ("By Gender & Age", "Shop by Size / Colour")
# is a facet menu, no byline; one beside a name is a surname ("Russell Brand")
gender|age|size|sizes|colou?rs?|price|brand|brands|category|categories|type|style|material|activity|department|rating|collection|fit|occasion|season|sport|theme|shape|pattern|length|width|finish|feature|features|room|use|year|make|model
# a listing's sort order or a schedule's period: "Sort by Date", "By Week", "By Month"
day|week|month|date|popularity|relevance|newest|oldest

[field.organisation]
# an organisation's name, never a person's: its legal form closes it ("Hanns-Seidel-Stiftung
# e.V.", "Acme Inc.", a cooperative's "eG")
.+\s(?:e\.\s?v\.?|gmbh|ag|inc\.?|ltd\.?|llc|plc|kg|(?-i:eG)|gbr|corp\.?|corporation|limited|co\.\s?kg)

[field.author_team]
# a team's word after one word: the byline of a team, kept whole ("Marketing Team")
team|staff|redaktion|newsdesk|desk|editorial

[field.author_label]
# role labels before a byline's names, stripped: "Text by", "Post author By", "Von:",
# "Artikel von", "Written byDan" (a label glued to a capitalised name)
^(?:post\s+)?(?:author|autor|autorin|auteur|autore|verfasser|verfasserin|post|posted|written|submitted|text|words|story|reporting|eingestellt|geschrieben|verfasst|artikel|ein artikel|ein beitrag|publié|escrito)\s*(?:by|von|par|por|door|di)?(?:\s*:\s*|\s+|$)
^(?:by|von|par|por|door|di)(?:\s*:\s*|\s+|$|(?-i:(?=[A-Z][a-z])))
# a kicker's word before a capitalised label: "Disko Von Ernst Lohoff"
^[\w.-]+\s+(?-i:Von|By)\s+(?=(?-i:[A-Z][\w.'-]*\s+[A-Z]))
^(?:quelle|source|fonte|fuente|bron)\s*:\s*
# a job title before the name
^(?:rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin|attorney|lawyer)\s+
# a reporter's role, or an outlet's possessive, before the names: "CNN Political Reporter
# Shannon Travis", "NBC's Kristen Welker"
^(?:[\w'’.-]+\s+){0,3}?(?:reporter|correspondent|columnist|writer|contributor)\s+(?-i:(?=[A-Z][a-z]))
^(?-i:[A-Z][\w&.-]*)['’]s\s+(?-i:(?=[A-Z][a-z]+\s+[A-Z]))

^(?:all\s+)?(?:posts|articles|stories)\s+by\s+

[field.author_label_alone]
# a byline's label alone on its line, the names on the next one: a page's property table
# ("Author" over "Jane Roe"), an author card ("Written by" over the name)
^(?:authors?|written by|words by|posted by)\s*:?$

[field.author_date]
# a date where the name would be: "Aug 09", "November 6th, 2012", "Monday"
\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[a-z])
^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b

[field.author_editor]
# an editor's line is never the author's
# (a researcher's and a medical reviewer's too: "Researched by:", "Medically reviewed by")
^(?:medically\s+)?(?:edited|editing|reviewed|researched|fact[- ]checked|redigiert|bearbeitet|lektoriert)\s+(?:by|von)\b
^(?:editor|redakteur|redakteurin|lektorat)\s*:

[field.author_tail]
# what may be glued after the names, cut off with all that follows: a date (a month's
# name after the name, "KimDecember 17"), a forum profile's counts, a follow button
(?-i:(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))
# a weekday after the name opens a date: "J.R. Stone Thursday 7:35AM"
(?-i:\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))
# a date's label glued after the name: "Holly GrantUpdated: 6:45 PM"
(?-i:(?<=[a-z])(?=(?:Updated|Published|Posted|Modified|Last updated|Reviewed|Edited)\b))
(?-i:\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*\d))
(?-i:\s+(?=(?:January|February|March|September|October|November|December)$))
(?<!^)\s*\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}
\s+(?:members?|posts|reputation|followers|follow|subscribe|abonnieren|folgen)\b
\s+\d[\d,.]*k?\s+(?:fans|followers|posts|likes|comments)\b
(?<!^)\s+\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d
(?-i:\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+(?:19|20)\d\d)
# a job title or a team after a comma: "Tom Krisher, AP Auto Writer", "Jane Roe, Staff Reporter",
# "Jason Arbon, Google Desktop Team"
\s*,\s*[^,]*\b(?:writer|correspondent|reporter|columnist|contributor|editor|staff|manager|engineer|director|developer|designer|scientist|analyst|strategist|specialist|intern|founder|co-founder|ceo|cto|cfo|president|officer|producer|consultant|researcher|professor|evangelist|advocate|lead|team|support)\b
# a German job title after a comma, often a compound: "Uta Roe, Projektleiterin der Stiftung"
\s*,\s*[^,]*(?:leiter|leiterin|referent|referentin|sprecher|sprecherin|redakteur|redakteurin|direktor|direktorin|vorsitzender|vorsitzende|mitarbeiter|mitarbeiterin|beauftragter|beauftragte|korrespondent|korrespondentin)\b
# a news agency's name glued after the names ("DANICA KIRKA Associated Press")
(?-i:\s+(?:The\s+)?Associated\s+Press\b)
# a contributor's line after a comma: "Sarah Kimball, Special to The Lakeside Post"
\s*,\s*(?:special\s+)?(?:to|for)\s+(?:the\s+)?(?-i:[A-Z]).*

[field.title_promo]
# a bracketed promo tag before the headline, taken off: [Video], [Exclusive]
^[\[(](?:video|photos?|gallery|exclusive|breaking|live|sponsored|advertisement|anzeige|werbung|updated?)[\])]\s*[:-]?\s*(?=\S)

[field.breadcrumb]
^(?:you are here|breadcrumbs?)\s*:?\s*(?P<trail>[\s\S]+)$

[field.prev]
^(?:previous|prev|older)(?:\s+(?:article|post|story|entry))?\s*[:«<]?\s*(?P<text>.+)$

[field.next]
^(?:next|newer)(?:\s+(?:article|post|story|entry))?\s*[:»>]?\s*(?P<text>.+)$

[field.home]
# ("Top": the home link of a site made in Japan, トップ in English)
^(?:home|homepage|home page|front page|main page|start|startseite|top|top page)$

[field.relative_time]
\b(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\byesterday\b|\bjust now\b

[field.placeholder]
^(?:article|story|post|current page|this page)$

# a forum post's chrome, among the thread's posts (label/chrome.py; it costs the line no
# score, so a thread of short posts stays one region): the member's counts beside a post
# ("Posts: 138", "Reaction score: 12", "Joined: 4. Jul 2012"), the post's number ("#2"),
# its vote and quote controls ("Upvote 0 Downvote", "Click to expand..."), an attachment's
# count ("(95.79 KiB) Downloaded 478 times"); a member box's label whose value is the next
# line ("Join Date", "Reaction score"); a post's date and number ("06-14-2024, 08:40 AM#2"),
# its reply buttons ("Reply With Quote"); a reply's number and date ("« Reply #1 on: March 09,
# 2024, 09:30:02 AM »"); a Q&A post's action and time ("answered Mar 3, 2021 at 10:01",
# "asked 3 hours ago"); a comment thread's tagline behind its collapse toggle ("[–]fern 41
# points 1 year ago (1 child)")
[field.post_chrome]
^(?:posts|messages|replies|threads|reaction score|reputation|rep power|likes received|trophy points|points|karma|solutions|thanks received)\s*:?\s*[+-]?\d[\d,.]*k?$
^(?:joined|join date|member since|registered)\s*:\s*\S
^#\d+$
^(?:upvote|downvote|vote up|vote down)(?:\s+[+-]?\d+)?(?:\s+(?:upvote|downvote|vote up|vote down))?$
^click to (?:expand|shrink)\.*$
\bdownloaded \d[\d,]* times?$
^«?\s*(?:reply|response) #\d+(?:\s+on)?\s*:
^(?:join date|member since|reaction score|trophy points|likes received|rep power)$
^[\d\s,:/.-]+(?:[ap]m)?\s*#\d+$
^(?:reply with quote|multi-?quote(?: this message)?|quick reply|report post)$
^\[[–-]\]\s*\S+.*\b\d[\d,.]*k?\s+points?\b
^(?:asked|answered)\s+(?:(?:[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{4})?)(?:,?\s+at\s+\d{1,2}:\d{2})?|\d+\s+[a-z]+\s+ago|yesterday|today)$
