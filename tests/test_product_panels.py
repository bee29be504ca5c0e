"""A product page's tabs and accordions: their panels hold the description and the specs."""

from __future__ import annotations

import dechaff

_STORY = (
    "The Alder kettle boils a litre of water in under three minutes, and its double wall "
    "keeps the outside cool enough to touch while the water inside stays hot for an hour."
)
_CARE = (
    "Descale the kettle once a month with a spoonful of citric acid and a litre of water, "
    "then rinse it twice before you brew again."
)
_SPECS = [("Capacity", "1.2 litres"), ("Power", "2200 W"), ("Weight", "1.1 kg")]
_ABOUT = (
    "We are a small family business from the hills, and we have been choosing sturdy "
    "kitchen tools for people who cook every day since our first market stall opened."
)
_NEWS = (
    "Sign up to our letter and hear first about new arrivals, seasonal recipes and the "
    "workshops we run in our shop on the first Saturday of every month of the year."
)


def _page(panels: str) -> str:
    return (
        "<html><head><title>Alder Kettle | Hill Kitchen</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/kitchen'>Kitchen</a></nav><main>"
        "<h1>Alder Kettle</h1><div class='price'>$49.00</div>"
        f"{panels}</main><footer><p>{_ABOUT}</p><p>{_NEWS}</p></footer></body></html>"
    )


def test_a_tabs_box_holds_the_description_and_the_specifications() -> None:
    specs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in _SPECS)
    body = dechaff.clean(
        _page(
            "<div class='product-tabs'><ul class='tab-labels' role='tablist'>"
            "<li role='tab'>Description</li><li role='tab'>Specifications</li>"
            "<li role='tab'>Reviews (0)</li></ul>"
            f"<div class='panel'><p>{_STORY}</p><p>{_CARE}</p></div>"
            f"<div class='panel'><table>{specs}</table></div></div>"
        )
    ).body
    assert _STORY in body
    assert _CARE in body
    for key, value in _SPECS:
        assert key in body
        assert value in body
    assert "Reviews (0)" not in body


_PRODUCT_LD = (
    "<script type='application/ld+json'>"
    '{"@context": "https://schema.org", "@type": "Product", "name": "Alder Kettle"}'
    "</script>"
)


def _accordion(head: str) -> str:
    return (
        f"<html><head><title>Alder Kettle | Hill Kitchen</title>{head}</head><body><main>"
        "<h1>Alder Kettle</h1>"
        f"<h2><button aria-expanded='true'>Description</button></h2><p>{_STORY}</p>"
        f"<h2><button aria-expanded='false'>Care</button></h2><p>{_CARE}</p>"
        f"</main><footer><p>{_ABOUT}</p></footer></body></html>"
    )


def test_a_product_pages_accordion_toggles_are_its_headings() -> None:
    body = dechaff.clean(_accordion(_PRODUCT_LD)).body
    assert _STORY in body
    assert "\nCare\n" in f"\n{body}\n"


def test_a_heading_button_stays_a_control_on_other_pages() -> None:
    body = dechaff.clean(_accordion("")).body
    assert _STORY in body
    assert "Care" not in body.replace(_CARE, "")
