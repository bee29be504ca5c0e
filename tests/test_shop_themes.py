"""Shop pages written in the markup of widely used shop themes (tests/fixtures/shops/).

Each fixture is a page of our own text in one platform's default theme markup: a
WooCommerce product with its tabs, a PrestaShop product whose data sheet is a list of terms
in the second tab, a Shopify (Dawn) collection whose cards print the regular and the sale
price boxes. ``NAME.gold.txt`` beside each page holds what a reader would keep.
"""

from __future__ import annotations

from pathlib import Path

import dechaff

SHOPS = Path(__file__).parent / "fixtures" / "shops"


def _body(name: str) -> str:
    return dechaff.clean((SHOPS / f"{name}.html").read_bytes(), url="https://shop.example/").body


def test_the_specifications_tab_joins_the_description() -> None:
    body = _body("woo-product")
    assert "merino resists odour far better than synthetic fleece" in body
    for cell in ("Weight", "0.45 kg", "Dimensions", "Material", "Merino wool"):
        assert cell in body
    assert "Trail Socks" not in body  # the related products stay out
    assert "Hear about new colours" not in body


def test_a_data_sheet_in_the_next_tab_joins() -> None:
    body = _body("presta-product")
    assert "fired twice so the speckled oatmeal glaze" in body
    for cell in ("Data sheet", "Diameter", "28 cm", "Dishwasher safe", "Up to 220 °C"):
        assert cell in body
    assert "Rice Bowl" not in body
    assert "Prices drop" not in body


_TABS = (
    "<html><head><title>Pine Stool</title>"
    '<meta property="og:type" content="product"></head><body>'
    "<nav><a href='/'>Home</a> <a href='/chairs'>Chairs</a> <a href='/tables'>Tables</a></nav>"
    "<main><h1>Pine Stool</h1><div class='tabs'><ul role='tablist'>"
    "<li role='tab'>Description</li><li role='tab'>Delivery</li></ul>"
    "<div role='tabpanel'><p>The stool is turned from a single pine log, sanded smooth and "
    "finished with a hard wax oil that brings out the grain and stands up to daily use.</p>"
    "<p>Its three legs stand firm on an uneven floor, so it suits an old kitchen or a "
    "workshop as well as a garden shed where nothing is ever quite level.</p></div>"
    "<div role='tabpanel'>{panel}</div></div></main>"
    "<footer><a href='/about'>About us</a> <a href='/privacy'>Privacy policy</a></footer>"
    "</body></html>"
)


def test_a_next_panel_with_a_table_joins_and_one_without_does_not() -> None:
    specs = "".join(
        f"<tr><th>{k}</th><td>{v}</td></tr>"
        for k, v in (("Height", "45 cm"), ("Seat", "30 cm"), ("Wood", "Pine"))
    )
    with_table = dechaff.clean(_TABS.format(panel=f"<table>{specs}</table>")).body
    assert "45 cm" in with_table
    assert "Pine" in with_table
    without = dechaff.clean(
        _TABS.format(panel="<p>Free delivery</p><p>Returns</p><p>Track order</p>")
    ).body
    assert "hard wax oil" in without
    assert "Free delivery" not in without


def test_a_card_shows_its_price_once() -> None:
    body = _body("dawn-collection")
    for name, price in (("Morning Ridge Blend", "$16.50"), ("Quarry Stone Espresso", "$19.00")):
        assert name in body
        assert body.count(price) == 1
    assert "Ceramic Dripper" not in body


def test_a_price_box_printed_twice_is_kept_once() -> None:
    prices = (
        "<div class='price'><div class='price__regular'><span class='visually-hidden'>"
        "Regular price</span><span>$64.00</span></div><div class='price__sale'>"
        "<span class='visually-hidden'>Regular price</span><span class='visually-hidden'>"
        "Sale price</span><span>$64.00</span></div></div>"
    )
    page = _TABS.format(panel="<p>Free delivery</p>")
    body = dechaff.clean(page.replace("<p>Its three legs", prices + "<p>Its three legs")).body
    assert "Its three legs" in body
    assert body.count("$64.00") == 1


def test_a_shops_other_products_section_is_related() -> None:
    section = (
        "<h2>Customers who bought this product also bought:</h2>"
        "<p>Oak Footstool with a woven seat</p><p>A low stool for the hearth</p>"
        "<p>Ash Step Stool</p><p>Two steps, folds flat</p>"
    )
    page = _TABS.format(panel="<p>Free delivery</p>").replace("</main>", section + "</main>")
    article = dechaff.clean(page)
    assert "hard wax oil" in article.body
    assert "Oak Footstool" not in article.body
    assert "Customers who bought this product also bought:" in [
        r.text for r in article.removed if r.kind is dechaff.Boilerplate.RELATED
    ]


def test_a_list_of_features_below_the_description_joins() -> None:
    features = "".join(
        f"<li>{item}</li>"
        for item in ("Solid pine seat", "Three turned legs", "Seat height 45 cm", "Made in Wales")
    )
    page = _TABS.format(panel="<p>Free delivery</p>").replace(
        "</p></div><div role", f"</p><h3>Features</h3><ul>{features}</ul></div><div role", 1
    )
    body = dechaff.clean(page).body
    assert "Features" in body
    assert "Three turned legs" in body
    assert "Made in Wales" in body
    assert "Free delivery" not in body


def test_a_gallerys_skip_links_are_navigation() -> None:
    body = _body("luma-product")
    assert "three-layer recycled nylon" in body
    assert "Recycled nylon" in body  # the More Information table
    assert "Skip to the end of the images gallery" not in body
    assert "Skip to the beginning of the images gallery" not in body


def test_a_summary_column_named_meta_keeps_its_description() -> None:
    article = dechaff.clean(
        (SHOPS / "debut-judgeme.html").read_bytes(), url="https://shop.example/"
    )
    body = article.body
    assert body.startswith("Harbour Wool Throw\n")
    assert "washed in soft Pennine water" in body  # in Debut's product-single__meta
    for item in ("100% British lambswool", "Size 130 x 180 cm", "Woven in West Yorkshire"):
        assert item in body
    assert "it softened after a cold hand wash" in body  # a Judge.me review
    assert "Heather Lambswool Scarf" not in body
    assert "Hear about new weaves" not in body
    removed = {r.text: r.kind for r in article.removed}
    assert removed["You may also like"] is dechaff.Boilerplate.RELATED
    assert removed["Hear about new weaves and mill open days first."] is dechaff.Boilerplate.AD


def test_a_specifications_table_under_two_headings_joins() -> None:
    article = dechaff.clean(
        (SHOPS / "market-product.html").read_bytes(), url="https://shop.example/"
    )
    body = article.body
    assert "a step most modern cast iron skips" in body  # the product description
    for cell in ("Technical Details", "Item Weight", "6.2 Pounds", "Compatible Devices"):
        assert cell in body
    assert "CAST FROM ONE PIECE OF IRON" in body  # "About this item"
    assert "Cast Iron Griddle Reversible" not in body  # customers also viewed
    assert "Conditions of Use" not in body


def test_an_sfra_product_keeps_its_attributes_and_details() -> None:
    article = dechaff.clean((SHOPS / "sfra-product.html").read_bytes(), url="https://shop.example/")
    body = article.body
    assert body.startswith("Summit Insulated Parka\n")
    for line in ("Insulation: 180 g synthetic fill", "Temperature rating: -20 °C"):
        assert line in body
    assert "keeps its loft when it gets damp" in body
    assert "it never let me down" in body  # a review
    assert "Storm Shell Trousers" not in body
    removed = {r.text: r.kind for r in article.removed}
    assert removed["You might also like"] is dechaff.Boilerplate.RELATED
    assert removed["Sign up for news on new arrivals and events."] is dechaff.Boilerplate.AD


def test_a_specifications_box_beside_the_descriptions_joins() -> None:
    article = dechaff.clean((SHOPS / "nop-product.html").read_bytes(), url="https://shop.example/")
    body = article.body
    assert "air-dried for two years in our yard" in body
    for cell in ("Products specifications", "Cable length", "1.8 m, braided", "Inline dimmer"):
        assert cell in body  # nopCommerce's product-collateral, beside product-essential
    assert "Brass Picture Light" not in body
    assert "Sign up for our newsletter" not in body
    assert "Customers who bought this item also bought" in [
        r.text for r in article.removed if r.kind is dechaff.Boilerplate.RELATED
    ]


def test_a_product_summary_in_a_column_named_sidebar_is_no_menu() -> None:
    page = (
        "<html><head><title>Cedar Lantern | Woodhouse</title>"
        '<meta property="og:type" content="product"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/lights'>Lights</a> <a href='/gifts'>Gifts</a></nav>"
        "<main><div class='product'><div class='gallery'><img src='/l.jpg' alt=''></div>"
        "<div class='sidebar'><div class='sticky sidebar__inner'><h1>Cedar Garden Lantern</h1>"
        "<p>A lantern of red cedar and smoked glass that throws a warm light across a table "
        "on a summer evening and keeps the wind off the candle.</p>"
        "<h2>Why we like it</h2><ul><li>Red cedar frame</li><li>Smoked glass panes</li>"
        "<li>Takes a pillar candle</li><li>Handle of braided rope</li></ul></div></div>"
        "<div class='description'><p>The frame is cut from offcuts of western red cedar, which "
        "weathers to a silver grey outdoors and needs no varnish, and the panes slide out for "
        "cleaning.</p><p>Hang it from a branch or stand it on the table; the rope handle is "
        "long enough to carry it down the garden at night without the flame in your face.</p>"
        "</div></div></main><footer><a href='/about'>About us</a></footer></body></html>"
    )
    body = dechaff.clean(page).body
    assert body.startswith("Cedar Garden Lantern\n")
    assert "throws a warm light across a table" in body
    assert "Smoked glass panes" in body
    assert "weathers to a silver grey" in body
    assert "About us" not in body


def test_a_spree_accordion_of_properties_joins() -> None:
    article = dechaff.clean(
        (SHOPS / "spree-product.html").read_bytes(), url="https://shop.example/"
    )
    body = article.body
    assert body.startswith("Cork Storage Jar\n")
    assert "seals well enough to keep coffee" in body
    for line in ("Material", "High-fire stoneware clay, food-safe glaze, cork seal", "Care"):
        assert line in body.splitlines()
    assert "Salt Pig" not in body  # you might also like
    assert "Kiln openings, studio sales" not in body


def test_a_woocommerce_block_theme_product_keeps_its_summary_and_attributes() -> None:
    article = dechaff.clean(
        (SHOPS / "woo-blocks-product.html").read_bytes(), url="https://shop.example/"
    )
    body = article.body
    assert body.startswith("Uji Sencha, First Flush\n")
    assert "steamed lightly so the leaf keeps its sweetness" in body  # the post excerpt
    assert "Current price is: $24.00." in body
    assert "four generations" in body
    for cell in ("Origin", "Uji, Kyoto", "First flush, May 2025"):
        assert cell in body
    assert "Cast Iron Tetsubin" not in body  # related products
    assert "Small-garden teas, shipped fresh" not in body


def test_a_horizon_product_keeps_its_accordion_rows() -> None:
    article = dechaff.clean(
        (SHOPS / "horizon-product.html").read_bytes(), url="https://shop.example/"
    )
    body = article.body
    assert body.startswith("Harbour Canvas Tote\n")
    assert "copper rivets at each corner" in body
    for line in ("Dimensions", "Handle drop 24 cm", "Shipping & returns"):
        assert line in body.splitlines()
    assert "Canvas Weekender" not in body  # you may also like
    assert "Get exclusive deals and early access" not in body
