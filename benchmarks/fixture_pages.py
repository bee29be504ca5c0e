#!/usr/bin/env python3
"""Score dechaff on the template fixture pages (tests/fixtures/<set>/): pages of our own text
in the markup of a platform's default templates, each with a ``.gold.txt`` of what wcxb's
convention keeps.

- ``shops``: product and collection pages of the shop platforms' reference themes;
- ``lists``: archive, tag, search and section pages of CMS and site-generator templates
  (each entry's title and summary; no menus, sidebars or pagination);
- ``forums``: thread pages of the forum engines' default templates (every post's text, a
  reply's quote of an earlier post too, as wcxb's look forum gold keeps it);
- ``oldblogs``: posts of 2006-2014 blog themes (WordPress, Blogger, TypePad, Movable Type,
  Drupal 6, Joomla 1.5, Tumblr): the post's own text, no headline, byline or comments;
- ``docs``: documentation pages of the docs generators' default templates (headings, prose,
  lists, code, tables and admonitions; no sidebar, outline, pager or copy buttons);
- ``wikis``: wiki pages (MediaWiki's Vector 2022, an article and a list page, legacy Vector
  and MonoBook, a game wiki, Fandom, DokuWiki, Wiki.js 2, a GitHub wiki, Confluence,
  BookStack; passes ``wikis`` and ``wikis2``): headings without
  "[edit]", prose, lists, tables, the infobox, captions and the reference list; no hatnote,
  table of contents, "See also", external links, navbox, categories or footer;
- ``recipes``: recipe and how-to pages (WP Recipe Maker, Tasty Recipes, Create by Mediavine,
  a Dotdash-like page, Next.js, wikiHow-like, Squarespace, Wix): the story, the card's name,
  times, details, ingredients, steps and notes; no ratings, buttons, nutrition facts or ads;
- ``papers``: scholarly article pages (PLOS, MDPI, BMC, ScienceDirect, arXiv, bioRxiv,
  PubMed) and press releases (PR Newswire, Business Wire, a university, a WordPress
  newsroom): the abstract, sections, captions, declarations and references, a release's
  dateline, text and "About X" paragraph; no author list, affiliations, history, licence,
  citation box, media contact, "SOURCE" line or index links.

    PYTHONPATH=src python3 benchmarks/fixture_pages.py SET [--lines] [NAME ...]

Prints token P/R/F1 and the page type per page (the bench scorer's tokens) and the mean F1;
``--lines`` adds the body lines mostly absent from the gold (+) and the gold lines mostly
absent from the body (-). A page may also have a ``.meta.json`` of the fields it must give
(``title``, ``author``, ``published`` as ISO text compared by its length, ``source``,
``site_name``; null for a field that must stay empty): each field is right or wrong, and
the counts are printed per field after the F1. A page is ``NAME.html`` or a text dump
``NAME.txt`` (``zhsites-text``: the text twins of ``zhsites``, see text_twins.py).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from halves import load_scorer

import dechaff

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
# Every folder of tests/fixtures whose pages have a gold body is a set.
SETS = tuple(
    sorted(d.name for d in (ROOT / "tests" / "fixtures").iterdir() if any(d.glob("*.gold.txt")))
)
# The url a set's pages are cleaned with (a thread's url names it one); None: no url.
URLS = {"forums": "https://forum.example/threads/{name}.412/"}


def _apart(lines: str, other: Counter[str], tokenize: object) -> list[str]:
    """The lines of which fewer than half the tokens occur in ``other``."""
    out = []
    for line in lines.splitlines():
        tokens = tokenize(line)  # type: ignore[operator]
        if tokens and sum(1 for t in tokens if other[t]) < len(tokens) / 2:
            out.append(line)
    return out


def _field_value(article: dechaff.Article, field: str, wanted: object) -> object:
    """The article's value of a field, a date as ISO text cut to the wanted text's length."""
    value = getattr(article, field)
    if field in ("published", "modified") and value is not None and isinstance(wanted, str):
        return value.isoformat()[: len(wanted)]
    return value


def _score_fields(
    article: dechaff.Article, meta_file: Path, fields: dict[str, list[int]]
) -> list[str]:
    """Count the fields of ``meta_file`` the article gets right; the wrong ones, described."""
    wrong = []
    for field, wanted in json.loads(meta_file.read_text(encoding="utf-8")).items():
        got = _field_value(article, field, wanted)
        tally = fields.setdefault(field, [0, 0])
        tally[1] += 1
        if got == wanted:
            tally[0] += 1
        else:
            wrong.append(f"{field}: {got!r} (wanted {wanted!r})")
    return wrong


def _pages(folder: Path) -> dict[str, Path]:
    """The set's pages by name: ``NAME.html``, or a text dump ``NAME.txt`` (not a gold)."""
    pages = {p.stem: p for p in folder.glob("*.html")}
    for p in folder.glob("*.txt"):
        if not p.name.endswith(".gold.txt"):
            pages.setdefault(p.stem, p)
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=SETS, help="the fixture folder under tests/fixtures")
    parser.add_argument("names", nargs="*", help="fixture names (default: all)")
    parser.add_argument("--lines", action="store_true", help="show the lines that differ")
    parser.add_argument("--bench", type=Path, default=BENCH, help="the shared bench folder")
    args = parser.parse_args()
    scorer = load_scorer(args.bench)
    folder = ROOT / "tests" / "fixtures" / args.set
    url = URLS.get(args.set)
    names = args.names or sorted(_pages(folder))
    scores = []
    fields: dict[str, list[int]] = {}
    for name in names:
        gold = (folder / f"{name}.gold.txt").read_text(encoding="utf-8")
        page = _pages(folder)[name].read_bytes()
        article = dechaff.clean(page, url=url.format(name=name) if url else None)
        body = article.body
        found, wanted = Counter(scorer.tokenize(body)), Counter(scorer.tokenize(gold))
        p, r, f = scorer.prf(found, wanted)
        scores.append(f)
        print(f"{name:24} P {p:.3f} R {r:.3f} F1 {f:.3f}  {article.page_type}")
        meta = folder / f"{name}.meta.json"
        if meta.exists():
            for wrong in _score_fields(article, meta, fields):
                print(f"    field {wrong}")
        if args.lines:
            for line in _apart(body, wanted, scorer.tokenize):
                print(f"    + {line[:100]}")
            for line in _apart(gold, found, scorer.tokenize):
                print(f"    - {line[:100]}")
    print(f"mean F1 {sum(scores) / len(scores):.3f} over {len(scores)} pages")
    for field, (right, total) in sorted(fields.items()):
        print(f"{field}: {right} of {total} right")


if __name__ == "__main__":
    main()
