"""prev/next urls from page content are web addresses, never script or data urls."""

from __future__ import annotations

import pytest

import dechaff

from .cases import PROSE

HREFS = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "\x01javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "http://[bad/x",  # not a url: urljoin raises ValueError
]


def _page(href: str) -> str:
    return (
        f"<html><body><p>{PROSE}</p><p>{PROSE}</p>"
        f'<a rel="next" href="{href}">Next article</a></body></html>'
    )


@pytest.mark.parametrize("href", HREFS)
@pytest.mark.parametrize("url", ["https://example.org/a/2.html", "http://[oops/"])
def test_script_hrefs_give_no_url(href: str, url: str) -> None:
    article = dechaff.clean(_page(href), url=url)
    assert article.next is not None
    assert article.next.url is None


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/a/3.html", "https://example.org/a/3.html"),
        ("3.html", "https://example.org/a/3.html"),
        ("//cdn.example.org/x", "https://cdn.example.org/x"),
        ("HTTP://example.org/4", "HTTP://example.org/4"),
    ],
)
def test_web_hrefs_resolve(href: str, expected: str) -> None:
    article = dechaff.clean(_page(href), url="https://example.org/a/2.html")
    assert article.next is not None
    assert article.next.url == expected
