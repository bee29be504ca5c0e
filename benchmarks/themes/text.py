"""Invented article text and page chrome shared by the theme pages (benchmarks/themes)."""

from __future__ import annotations

TOPICS = {
    "garden": [
        "The allotments behind the old railway sidings have been worked by the same dozen "
        "families for nearly forty years, and this spring they finally agreed on a shared "
        "rota for the water pump that had caused so many quiet arguments.",
        "Most plots now grow a mix of beans, courgettes and the tall sunflowers that the "
        "children plant in April, but a few holders have turned to soft fruit, netting their "
        "raspberries against the pigeons that roost on the signal box.",
        "Compost is the real currency here. A barrow of well-rotted leaf mould can buy a tray "
        "of leek seedlings or an afternoon of help with the digging, and nobody writes the "
        "debts down because everybody remembers them.",
        "The council has promised to replace the rotten fence along the lane before the "
        "autumn, though the gardeners have heard that promise before and have started a "
        "collection of their own in a biscuit tin kept in the shed.",
        "When the evenings lengthen the site fills after work, and the smell of cut grass and "
        "tomato leaves drifts over the houses until well after the streetlights come on.",
    ],
    "transit": [
        "The new timetable adds two early trains on weekdays, a change commuters on the "
        "northern branch have asked for since the line reopened after the flood repairs.",
        "Operators say the extra services became possible once the signalling upgrade at the "
        "junction was finished, which lets trains run four minutes apart instead of seven.",
        "Weekend passengers will see fewer changes, although the last departure on Saturday "
        "nights moves half an hour later to match the closing times of the venues in town.",
        "Fares stay frozen until the end of the year, but the operator warned that the price "
        "of a season ticket would be reviewed once the regional funding settlement is known.",
        "Station staff will hand out printed copies of the timetable for the first fortnight, "
        "and the journey planner on the website has already been updated with the new times.",
    ],
    "code": [
        "Caching looks simple until two requests race to fill the same key, and that is "
        "exactly the bug that kept our nightly import failing on every third run.",
        "The fix was to put a short lock around the miss path so that only one worker computes "
        "the value while the others wait, instead of all of them hammering the database.",
        "We measured the change on a copy of production traffic: the median response stayed "
        "the same, but the slowest one percent of requests became four times faster.",
        "There is a cost, of course. A lock that is held too long turns a cache miss into a "
        "queue, so we added a timeout after which a waiting worker computes the value itself.",
        "If you run a similar setup, log the time spent waiting on the lock separately from "
        "the time spent computing; the two numbers tell very different stories about load.",
    ],
    "health": [
        "Walking after meals is one of the simplest habits researchers keep coming back to, "
        "and a growing number of small studies suggest it helps the body handle sugar.",
        "In the trials, volunteers who walked for ten to fifteen minutes after eating had "
        "lower peaks in blood glucose than those who sat down, even when they ate the same food.",
        "The effect seems strongest when the walk starts within half an hour of the meal, "
        "which is when glucose from the food begins to reach the bloodstream.",
        "Experts caution that a short walk is no substitute for treatment that a doctor has "
        "prescribed, but they see little risk in trying it for people who can walk comfortably.",
        "For those who cannot get outside, marching on the spot or climbing a flight of stairs "
        "a few times appears to give a similar, if smaller, benefit.",
    ],
    "food": [
        "This bread needs nothing more than flour, water, salt and patience, and the long cold "
        "rise in the fridge does the work that kneading would otherwise do.",
        "Mix the dough in the evening, leave it covered on the counter for an hour, then fold "
        "it over itself a few times before it goes into the fridge until the next afternoon.",
        "The slow rise gives the crumb its open holes and the crust its slight sourness, even "
        "though there is no starter involved and only a pinch of dried yeast.",
        "Bake it in a heavy pot with the lid on for the first half hour so the steam keeps the "
        "crust soft while the loaf springs up, then take the lid off to let it brown.",
        "Let the loaf cool completely before slicing; cutting it hot lets the steam escape and "
        "leaves the middle gummy, however tempting the smell in the kitchen may be.",
    ],
}


def paragraphs(topic: str) -> str:
    """The topic's paragraphs as ``<p>`` elements."""
    return "\n".join(f"<p>{text}</p>" for text in TOPICS[topic])


def nav(site: str) -> str:
    """A site header with a logo line and a menu."""
    return (
        f'<header class="site-header"><div class="site-branding"><a href="/" rel="home">'
        f"{site}</a></div>"
        '<nav class="main-navigation"><ul><li><a href="/">Home</a></li>'
        '<li><a href="/news/">News</a></li><li><a href="/opinion/">Opinion</a></li>'
        '<li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li>'
        '<li><a href="/subscribe/">Subscribe</a></li></ul></nav></header>'
    )


def footer(site: str) -> str:
    """A site footer with a copyright line and links."""
    return (
        f'<footer class="site-footer"><p>&copy; 2024 {site}. All rights reserved.</p>'
        '<ul><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/terms/">Terms of '
        'Use</a></li><li><a href="/contact/">Contact us</a></li></ul></footer>'
    )


def page(head: str, body: str) -> str:
    """A whole HTML document."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )
