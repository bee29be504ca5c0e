"""The audit report's look: a colour and a border style per kind, and the report's CSS.

The colours are the Okabe-Ito palette, told apart by readers with any common colour vision
deficiency; 14 kinds share 7 colours, so each colour's second kind has a double border (the
fifteenth, a duplicate, has the palette's black with a dashed border), and every removed
block also carries its kind's name as text.
"""

from __future__ import annotations

from ..article import Boilerplate

BODY_COLOUR = "#9a9a9a"

# kind -> (colour, border style, text colour of its label)
KIND_STYLES: dict[Boilerplate, tuple[str, str, str]] = {
    Boilerplate.HEADER: ("#0072B2", "solid", "#ffffff"),
    Boilerplate.FOOTER: ("#0072B2", "double", "#ffffff"),
    Boilerplate.NAVIGATION: ("#56B4E9", "solid", "#000000"),
    Boilerplate.BREADCRUMB: ("#56B4E9", "double", "#000000"),
    Boilerplate.METADATA: ("#009E73", "solid", "#000000"),
    Boilerplate.AUTHOR_BIO: ("#009E73", "double", "#000000"),
    Boilerplate.CREDIT: ("#F0E442", "solid", "#000000"),
    Boilerplate.CAPTION: ("#F0E442", "double", "#000000"),
    Boilerplate.RELATED: ("#E69F00", "solid", "#000000"),
    Boilerplate.COMMENTS: ("#E69F00", "double", "#000000"),
    Boilerplate.SHARE: ("#CC79A7", "solid", "#000000"),
    Boilerplate.COPYRIGHT: ("#CC79A7", "double", "#000000"),
    Boilerplate.SPAM: ("#D55E00", "solid", "#000000"),
    Boilerplate.AD: ("#D55E00", "double", "#000000"),
    Boilerplate.DUPLICATE: ("#000000", "dashed", "#ffffff"),
}

FONTS = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC",'
    ' "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Hiragino Sans",'
    ' "Microsoft YaHei", "Malgun Gothic", sans-serif'
)

BASE_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1rem; background: #f6f6f3; color: #1a1a1a;
  font-family: %(fonts)s; font-size: 16px; line-height: 1.6; }
.wrap { max-width: 52rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; line-height: 1.35; margin: 0 0 .25rem; }
.lead, .name, .status { color: #555; margin: 0 0 .75rem; overflow-wrap: anywhere; }
.status { color: #8a1c00; font-weight: 600; }
.toc, .page { background: #ffffff; border: 1px solid #d8d8d2; border-radius: 6px;
  padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
.toc ol { margin: 0; padding-left: 1.75rem; }
.toc li { margin: .2rem 0; overflow-wrap: anywhere; }
.toc .meta { color: #666; font-size: .875rem; }
a { color: #0b57a4; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem;
  margin: 0 0 1rem; font-size: .9rem; }
dl.fields dt { color: #555; font-weight: 600; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
dl.fields .none { color: #999; }
dl.fields .warn { color: #8a1c00; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem; margin: 0 0 1rem; padding: 0;
  list-style: none; font-size: .85rem; }
.legend li { border: 1px solid #ccc; border-radius: 3px; padding: 0 .45rem 0 .2rem;
  background: #fafafa; }
.blocks { border-top: 1px solid #e4e4de; padding-top: .75rem; }
.blk { margin: 0 0 .7rem; padding: .1rem 0 .1rem .75rem;
  border-left: 2px solid transparent; overflow-wrap: anywhere; }
.body { border-left-color: %(body)s; }
.rm { color: #5b5b5b; background: #f4f4f1; border-left-width: 6px; font-size: .92rem;
  padding: .3rem .5rem .3rem .75rem; margin: 0 0 .35rem; }
.tag { display: inline-block; font-size: .75rem; font-weight: 700; line-height: 1.4;
  padding: 0 .4rem; margin-right: .5rem; border-radius: 3px; vertical-align: .1em; }
.blocks h2, .blocks h3, .blocks h4, .blocks h5, .blocks h6 { line-height: 1.35;
  margin: 1.1rem 0 .5rem; font-weight: 700; }
.blocks h2 { font-size: 1.15rem; }
.blocks h3 { font-size: 1.05rem; }
.blocks h4, .blocks h5, .blocks h6 { font-size: 1rem; }
.blocks h5, .blocks h6 { color: #444; }
ul.blk, ol.blk { padding-left: 2.1rem; }
.blocks li ul, .blocks li ol { margin: .1rem 0; padding-left: 1.4rem; }
.blocks li { margin: .15rem 0; }
.blocks li > details.run { margin: .3rem 0; }
.blocks code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas,
  "Liberation Mono", monospace; font-size: .88em; background: #f0f0ec; border-radius: 3px;
  padding: 0 .2em; }
.blocks pre.blk { overflow-x: auto; overflow-wrap: normal; background: #f3f3ef;
  padding: .5rem .75rem; line-height: 1.45; tab-size: 4; }
.blocks pre code { background: none; padding: 0; font-size: .85rem; }
.tbl { overflow-x: auto; }
.tbl table { border-collapse: collapse; font-size: .9rem; }
.tbl th, .tbl td { border: 1px solid #d8d8d2; padding: .2rem .55rem; text-align: left;
  vertical-align: top; }
.tbl th { background: #f0f0ec; }
blockquote.blk { margin: 0 0 .7rem; padding-left: 1.6rem; color: #333;
  box-shadow: inset .55rem 0 0 #ffffff, inset .75rem 0 0 #d0d0ca; }
figure.fig { margin: 0 0 .7rem; font-size: .92rem; }
.fig .alt, .fig .url { margin: 0; }
.fig .tag { background: #ffffff; color: #444; border: 1px dashed #888; }
.fig .none { color: #888; font-style: italic; }
.fig figcaption { color: #333; }
.fig .url { color: #666; font-family: ui-monospace, Menlo, Consolas, monospace;
  font-size: .8rem; }
details.run { margin: 0 0 .8rem; }
details.run > summary { cursor: pointer; color: #555; font-size: .85rem; margin: 0 0 .35rem; }
.empty { color: #666; font-style: italic; }
.up { font-size: .85rem; margin: .5rem 0 0; }
@media (max-width: 40rem) {
  body { padding: .4rem; font-size: 15px; }
  .toc, .page { padding: .75rem .7rem; border-radius: 0; }
  dl.fields { gap: .1rem .6rem; }
  .rm { padding-left: .5rem; }
}
"""


def css() -> str:
    """The report's whole style sheet: the base rules, then one rule set per kind."""
    rules = [BASE_CSS % {"fonts": FONTS, "body": BODY_COLOUR}]
    rules.append(".k-body .tag { background: #444444; color: #ffffff; }")
    for kind, (colour, border, ink) in KIND_STYLES.items():
        name = kind_class(kind)
        rules.append(
            f".rm.{name} {{ border-left: 6px {border} {colour}; }}\n"
            f".{name} .tag {{ background: {colour}; color: {ink}; }}"
        )
    return "\n".join(rules) + "\n"


def kind_class(kind: Boilerplate) -> str:
    """The CSS class of a kind: ``k-`` and its value with ``_`` as ``-``."""
    return "k-" + kind.value.replace("_", "-")
