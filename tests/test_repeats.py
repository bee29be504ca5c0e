"""A quotation of words the body already holds is a duplicate, kept out of the body once."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate
from dechaff.document import BlockRole

FIRST_POST = (
    "We booked our flights through an online agent and at the airport the airline refused "
    "to check in our two suitcases, asking for over 1500 dollars for the excess luggage."
)
REPLY = (
    "That is a lot of money for two bags. I would ask your card provider for a chargeback, "
    "since the agent showed one price and the airline asked for another at the desk."
)
NEW_QUOTE = (
    "Passengers should always check the baggage allowance on the airline's own site before "
    "they pay, the consumer group said in a statement on Monday afternoon."
)


def _thread(quote: str) -> str:
    return f"""<html><head><title>Why not to book flights with an online agent</title></head>
<body><header><nav><a href="/">Home</a> <a href="/forum">Forum</a></nav></header>
<main><h1>Why not to book flights with an online agent</h1>
<div class="post"><p>{FIRST_POST}</p><p>Has anyone else had this happen to them?</p></div>
<div class="post"><blockquote><p>traveller said:</p><p>{quote}</p>
<p>Click to expand...</p></blockquote><p>{REPLY}</p></div>
<div class="post"><p>{REPLY.replace("two bags", "luggage")} Good luck with it.</p></div>
</main><footer><p>Terms of use</p></footer></body></html>"""


def test_a_replys_quote_of_an_earlier_post_is_a_duplicate() -> None:
    article = dechaff.clean(_thread(FIRST_POST))
    assert article.paragraphs.count(FIRST_POST) == 1
    assert REPLY in article.paragraphs
    duplicates = [r.text for r in article.removed if r.kind is Boilerplate.DUPLICATE]
    assert FIRST_POST in duplicates
    assert "traveller said:" in duplicates
    assert not [b for b in article.blocks if b.role is BlockRole.QUOTE]


def test_a_quotation_of_new_words_stays_a_quote() -> None:
    article = dechaff.clean(_thread(NEW_QUOTE))
    assert NEW_QUOTE in article.paragraphs
    assert not [r for r in article.removed if r.kind is Boilerplate.DUPLICATE]
    quotes = [b for b in article.blocks if b.role is BlockRole.QUOTE]
    assert quotes
    assert NEW_QUOTE in quotes[0].lines


def test_text_dumps_have_no_quotations_to_repeat() -> None:
    dump = "\n\n".join([FIRST_POST, "> " + FIRST_POST, REPLY])
    article = dechaff.clean(dump.encode())
    assert not [r for r in article.removed if r.kind is Boilerplate.DUPLICATE]
