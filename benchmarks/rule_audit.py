#!/usr/bin/env python3
"""Audit every lexicon line: on how many dev sites it fires, and what it changes there.

    PYTHONPATH=src python3 benchmarks/rule_audit.py [--bench ../shared/bench] \\
        [--sets aeb,wcxb] [--max-sites 2] [--out benchmarks/audit]

One instrumented pass cleans every page of the sets once, with the lexicon matcher
(``Lexicon.zone_kinds_of``) and the class/id hint matcher (``HintRules.hint_of``) hooked:
each line of text that some boilerplate rule named, and each class or id name that some
hint named, is kept per page. Each line of ``lexicons/*.lex`` (the boilerplate sections
and hints.lex; the ``field.*`` sections are metadata's, stopwords.lex is the language
guess's) then *fires* on a page when it matches one of them within its section's limits
(length, prose, script; a keyword-list section only when the whole section hits). A
page's site is :func:`halves.site_of` of its gold record; for a page without a url, see
:func:`pages_of`.

The lines that fire on at most ``--max-sites`` sites are then ablated one at a time:
the line is blanked in a copy of the lexicons, and only the pages where it fires are
cleaned again. What changes is reported per set and half: the set's figure (body F1, or
snippet F1 on a set without gold bodies) and the removed blocks per kind.

Writes ``lexicon.md`` (a table row per line and a summary) and ``lexicon.json`` to
``--out`` (counts only: page ids and hosts name sites, and no site is named in the repo).

``--settings`` audits the scoring rules of ``label/settings.py`` instead: each rule of
:data:`RULES_OFF` is turned off alone and every page cleaned again (``settings.md``).

Scoring: ``../shared/bench/score.py``'s ``score_run``, one page at a time.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

from halves import half_of, load_scorer, site_of

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "src" / "dechaff" / "lexicons"
BENCH = ROOT.parent / "shared" / "bench"
# stopwords.lex is the language guess's word list, not a rule
RULE_FILES = ("zh", "en", "de", "european", "ru", "common")


@dataclass
class Line:
    """One pattern line of a lexicon file."""

    file: str  # "en", "hints"
    number: int
    section: str
    header: str
    pattern: str
    sites: set[str] = field(default_factory=set)
    pages: set[tuple[str, str]] = field(default_factory=set)
    effect: dict[str, Any] | None = None  # the ablation's result

    @property
    def key(self) -> str:
        return f"{self.file}.lex:{self.number}"


def lexicon_lines(folder: Path = LEXICONS) -> list[Line]:
    """Every pattern line of the rule files and of hints.lex (``field.*`` sections left out)."""
    lines = []
    for name in (*RULE_FILES, "hints"):
        section = header = ""
        text = (folder / f"{name}.lex").read_text(encoding="utf-8")
        for number, raw in enumerate(text.splitlines(), 1):
            stripped = raw.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("[") and stripped.endswith("]"):
                header, section = stripped, stripped[1:-1].split()[0]
            elif not section.startswith("field."):
                lines.append(Line(name, number, section, header, stripped))
    return lines


class Matcher:
    """Which lexicon lines fire on a line of text of a given shape (remembered per text)."""

    def __init__(self, lines: list[Line]) -> None:
        from dechaff.label.lexicon import LANGUAGE_SCRIPTS, parse

        self.sections: list[tuple[Any, Any, list[tuple[Line, Any]]]] = []
        self.hints: list[tuple[Line, Any]] = []
        grouped: dict[tuple[str, str, int], list[Line]] = {}
        for line in lines:
            grouped.setdefault((line.file, line.header, id(line.header)), []).append(line)
        for (name, header, _), members in grouped.items():
            if name == "hints":
                self.hints += [(m, re.compile(m.pattern)) for m in members]
                continue
            script = LANGUAGE_SCRIPTS.get(name, "latin")
            body = "\n".join(m.pattern for m in members)
            rules, _ = parse(f"{header}\n{body}\n", f"{name}.lex", script)
            at_start = "at=start" in header.split()
            compiled = [(m, re.compile(m.pattern, re.IGNORECASE)) for m in members]
            self.sections.append((rules, at_start, compiled))
        self._known: dict[tuple[str, Any], frozenset[str]] = {}

    def fired(self, text: str, shape: Any) -> frozenset[str]:
        """The keys of the rule lines that fire on this text."""
        known = self._known.get((text, shape))
        if known is not None:
            return known
        from dechaff.core.features import reads_as_sentences

        limits = (shape.units, bool(shape.cjk_chars), bool(shape.words), reads_as_sentences(shape))
        found = set()
        for rules, at_start, compiled in self.sections:
            if not rules[0].admits(*limits) or not any(r.hit(text) for r in rules):
                continue
            for line, pattern in compiled:
                hit = pattern.match(text) if at_start else pattern.search(text)
                if hit is not None:
                    found.add(line.key)
        answer = self._known[(text, shape)] = frozenset(found)
        return answer

    def fired_hints(self, name: str) -> list[str]:
        """The keys of the hints.lex lines that match a class or id name."""
        return [line.key for line, pattern in self.hints if pattern.search(name)]


@dataclass
class Page:
    """A gold page, its site and half, and what the baseline made of it."""

    set: str
    record: dict[str, Any]
    folder: Path
    site: str
    half: str
    score: dict[str, Any] = field(default_factory=dict)
    removed: Counter[str] = field(default_factory=Counter)


def pages_of(scorer: ModuleType, data: Path, sets: list[str]) -> list[Page]:
    """The gold pages of the sets, each with its site.

    A page without a url is of the site its gold ``site_name`` names, else of the site of
    a page with the same gold title in another set (a text dump or a re-encoding of it),
    else a site of its own: counting each re-encoding and each dump of one page as a site
    of its own would make a line that fires on one page look like one firing on four.
    """
    records = [(name, r) for name in sets for r in scorer.load_gold(name, str(data))]
    by_title: dict[str, str] = {}
    for _, record in records:
        site = site_of(record) or _named_site(record)
        if site and record.get("title"):
            by_title.setdefault(str(record["title"]), site)
    pages = []
    for name, record in records:
        site = (
            site_of(record)
            or _named_site(record)
            or by_title.get(str(record.get("title")))
            or f"{name}:{record['id']}"
        )
        pages.append(Page(name, record, data / name, site, half_of(record)))
    return pages


def _named_site(record: dict[str, Any]) -> str | None:
    name = record.get("site_name")
    return f"name:{name}" if isinstance(name, str) and name else None


def run_page(page: Page, scorer: ModuleType) -> tuple[dict[str, Any], Counter[str]]:
    """Clean one page: its score (body F1, snippet counts) and its removed blocks per kind."""
    import dechaff

    record = page.record
    try:
        article = dechaff.clean((page.folder / record["file"]).read_bytes(), url=record.get("url"))
    except Exception:  # an error is an empty output, as in the runner
        row: dict[str, Any] = {"id": record["id"], "body": ""}
        removed: Counter[str] = Counter()
    else:
        row = {"id": record["id"], "body": article.body}
        removed = Counter(r.kind.value for r in article.removed)
    metrics = scorer.score_run([record], {record["id"]: row})
    score = {
        "f1": metrics["per_doc_f1"].get(record["id"]),
        **{k: metrics.get(f"snip_{k}", 0) for k in ("tp", "fn", "fp", "tn")},
    }
    return score, removed


def instrumented_pass(pages: list[Page], matcher: Matcher, scorer: ModuleType) -> dict[str, set]:
    """Clean every page once with the matchers hooked; returns the lines fired per page."""
    from dechaff.html.hints import HintRules, load_hints
    from dechaff.label import lexicon as lexicon_module

    languages = {}
    for code in [*lexicon_module.LANGUAGE_FILES, None]:
        extra = lexicon_module.LANGUAGE_FILES.get(code or "")
        names = lexicon_module.LANGUAGES
        if extra is not None:
            names = tuple(n for n in names if n in ("zh", "en", "common", *extra))
        languages[id(lexicon_module.for_language(code))] = set(names)
    texts: list[tuple[int, str, Any]] = []
    names: list[str] = []
    zone_kinds_of, hint_of = lexicon_module.Lexicon.zone_kinds_of, HintRules.hint_of

    def zone_kinds_hook(self: Any, text: str, shape: Any) -> Any:
        found = zone_kinds_of(self, text, shape)
        if any(found):
            texts.append((id(self), text, shape))
        return found

    def hint_hook(self: Any, name: str) -> Any:
        found = hint_of(self, name)
        if found is not None:
            names.append(name)
        return found

    fired: dict[str, set] = {}
    lexicon_module.Lexicon.zone_kinds_of = zone_kinds_hook  # type: ignore[method-assign]
    HintRules.hint_of = hint_hook  # type: ignore[method-assign]
    try:
        for count, page in enumerate(pages, 1):
            texts.clear()
            names.clear()
            # the rules remember each name's answer across pages (hint_of_all reads that
            # memo without calling hint_of): forget it, or a name is seen on its first site only
            load_hints()._known.clear()
            page.score, page.removed = run_page(page, scorer)
            lines: set[str] = set()
            for lexicon_id, text, shape in texts:
                files = languages.get(lexicon_id)
                found = matcher.fired(text, shape)
                lines.update(k for k in found if files is None or k.split(".")[0] in files)
            for name in set(names):
                lines.update(matcher.fired_hints(name))
            fired[f"{page.set}/{page.record['id']}"] = lines
            if count % 200 == 0:
                print(f"  {count}/{len(pages)} pages", flush=True)
    finally:
        lexicon_module.Lexicon.zone_kinds_of = zone_kinds_of  # type: ignore[method-assign]
        HintRules.hint_of = hint_of  # type: ignore[method-assign]
    return fired


class Ablation:
    """A copy of the lexicons that dechaff reads instead of its own, one line blanked at a time."""

    def __init__(self) -> None:
        from dechaff.html import hints
        from dechaff.label import lexicon

        self.modules = (lexicon, hints)
        self.folder = Path(tempfile.mkdtemp(prefix="rule-audit-"))
        shutil.copytree(LEXICONS, self.folder / "lexicons")
        fake = SimpleNamespace(files=lambda package: self.folder)
        self.saved = [m.resources for m in self.modules]
        for module in self.modules:
            module.resources = fake  # type: ignore[attr-defined]

    def without(self, line: Line | None) -> None:
        """Blank ``line`` (None: restore every line), and drop the loaded lexicons."""
        for source in LEXICONS.glob("*.lex"):
            shutil.copy(source, self.folder / "lexicons" / source.name)
        if line is not None:
            target = self.folder / "lexicons" / f"{line.file}.lex"
            rows = target.read_text(encoding="utf-8").split("\n")
            rows[line.number - 1] = ""
            target.write_text("\n".join(rows), encoding="utf-8")
        lexicon, hints = self.modules
        lexicon.load.cache_clear()
        hints.load_hints.cache_clear()

    def close(self) -> None:
        for module, saved in zip(self.modules, self.saved, strict=True):
            module.resources = saved  # type: ignore[attr-defined]
        self.without(None)
        shutil.rmtree(self.folder)


def _snippet_f1(tp: float, fn: float, fp: float) -> float:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def totals(pages: list[Page]) -> dict[tuple[str, str], dict[str, float]]:
    """Per set and half: pages with a gold body, their F1 sum, and the snippet counts."""
    out: dict[tuple[str, str], dict[str, float]] = {}
    for page in pages:
        total = out.setdefault((page.set, page.half), Counter())
        if page.score["f1"] is not None:
            total["bodies"] += 1
            total["f1"] += page.score["f1"]
        for k in ("tp", "fn", "fp", "tn"):
            total[k] += page.score[k]
    return out


def figure(total: dict[str, float]) -> float:
    """A set half's figure: mean body F1, or snippet F1 when no page has a gold body."""
    if total["bodies"]:
        return total["f1"] / total["bodies"]
    return _snippet_f1(total["tp"], total["fn"], total["fp"])


def ablate(
    pages: list[Page], base: dict[tuple[str, str], dict[str, float]], scorer: ModuleType
) -> dict[str, Any]:
    """Clean the line's pages without it: the figure's change per set and half, and the
    removed blocks' change per kind."""
    after = {key: Counter(total) for key, total in base.items()}
    removed: Counter[str] = Counter()
    moved = set()
    for page in pages:
        score, kinds = run_page(page, scorer)
        total = after[(page.set, page.half)]
        if score["f1"] is not None:
            total["f1"] += score["f1"] - page.score["f1"]
        for k in ("tp", "fn", "fp", "tn"):
            total[k] += score[k] - page.score[k]
        removed.update(kinds)
        removed.subtract(page.removed)
        if score != page.score or kinds != page.removed:
            moved.add((page.set, page.record["id"]))
    delta = {
        f"{name}/{half}": figure(after[(name, half)]) - figure(base[(name, half)])
        for name, half in base
        if abs(figure(after[(name, half)]) - figure(base[(name, half)])) > 1e-12
    }
    return {
        "delta": delta,
        "removed": {k: v for k, v in removed.items() if v},
        "pages_moved": len(moved),
        "moved": moved,
    }


def _signed(value: float) -> str:
    return f"{'+' if value > 0 else '−'}{abs(value):.4f}"


def _half_cell(effect: dict[str, Any] | None, half: str) -> str:
    if effect is None:
        return ""
    deltas = sorted(effect["delta"].items())
    parts = [f"{k.split('/')[0]} {_signed(v)}" for k, v in deltas if k.endswith(half)]
    return ", ".join(parts) or "0"


def _removed_cell(effect: dict[str, Any] | None) -> str:
    if effect is None:
        return ""
    return ", ".join(f"{k} {v:+d}" for k, v in sorted(effect["removed"].items())) or "none"


def _bucket(sites: int) -> str:
    return str(sites) if sites <= 2 else "3-5" if sites <= 5 else "6+"


def markdown(lines: list[Line], seconds: float, page_count: int, max_sites: int) -> str:
    """The audit table (a row per line) and a summary of how many lines fire where."""
    buckets = Counter(_bucket(len(ln.sites)) for ln in lines)
    out = [
        "# Lexicon audit",
        "",
        f"{len(lines)} lexicon lines over {page_count} dev pages ({seconds:.0f} s). A line *fires*",
        "on a page when it matches a line of text (or a class/id name, for hints.lex) there",
        f"within its section's limits. Lines firing on at most {max_sites} sites were ablated:",
        "blanked, and their pages cleaned again; ΔF1 is the change of each set half's figure",
        "(body F1, snippet F1 on trafi-eval), Δ removed the change in removed blocks per kind.",
        "",
        "| sites | lines |",
        "|---|---:|",
        *(f"| {b} | {buckets[b]} |" for b in ("0", "1", "2", "3-5", "6+")),
        "",
        "| line | kind | language | pattern | sites | pages | ΔF1 look | ΔF1 check | Δ removed |",
        "|---|---|---|---|---:|---:|---|---|---|",
    ]
    for ln in lines:
        pattern = "`" + ln.pattern.replace("|", "\\|").replace("`", "'") + "`"
        out.append(
            f"| {ln.key} | {ln.section} | {ln.file} | {pattern} "
            f"| {len(ln.sites)} | {len(ln.pages)} "
            f"| {_half_cell(ln.effect, 'look')} | {_half_cell(ln.effect, 'check')} "
            f"| {_removed_cell(ln.effect)} |"
        )
    return "\n".join(out) + "\n"


# The scoring rules of label/settings.py that can be turned off, each with the value that
# does it. The thresholds left out (GOOD_MIN_WEIGHT, MEDIUM_MIN_WEIGHT, MIN_JOIN_SCORE,
# the headline's and title's minimum lengths, LINKED_LINE_MIN_UNITS, ARTICLE_LINE_SCORE)
# have no "off": they part two branches that are each some other rule's.
NEVER = 10**9
RULES_OFF: dict[str, tuple[object, str]] = {
    "LEXICON_HIT_COST": (0.0, "a lexicon hit costs nothing"),
    "LINK_DENSITY_MAX": (1.0, "no block is too linked"),
    "SHORT_LINE_COST": (0.0, "a short line costs nothing"),
    "MEDIUM_WEIGHT": (0.0, "a medium line adds nothing"),
    "UNFINISHED_WEIGHT": (1.0, "a cut-off paragraph counts in full"),
    "SCORE_CAP": (NEVER, "no cap on a block's score"),
    "TABLE_CELLS": (frozenset(), "no table cell is an article line"),
    "DATA_TABLE_MIN_CELLS": (NEVER, "no run of table cells is a data table"),
    "SECTION_KINDS": (frozenset(), "no heading opens a section"),
    "EDGE_KINDS": (frozenset(), "no edge is trimmed"),
    "MAX_GAP_BLOCKS": (-1, "no gap is bridged"),
    "COMMENTS_MIN_BEFORE": (NEVER, "a comments heading never ends the article"),
    "HEADLINE_PROSE_SHARE": (2.0, "the article never starts below the headline"),
    "HEADLINE_REACH": (-1, "no run near the headline is preferred"),
    "NEAR_SHARE": (float(NEVER), "no run near the headline is preferred"),
    "TITLE_PART_MIN_SHARE": (2.0, "no heading is a part of the title"),
    "TITLE_TAGS": (frozenset(), "title and h1 lines are not held down"),
    "BYLINE_MAX_UNITS": (-1, "no dated line is a byline"),
    "DEK_MIN_UNITS": (NEVER, "no standfirst"),
    "BOX_TAGS": (frozenset(), "no box around a related heading"),
    "CAPTION_TAGS": (frozenset(), "no figcaption is a caption"),
    "LINE_LABEL_MAX_CHARS": (-1, "no linked line after a label is related"),
    "FIGURE_KINDS": (frozenset(), "figures do not sit inside the article"),
    "MAIN_SHARE": (2.0, "no container is the article's"),
    "TEASER_MIN_LINKS": (NEVER, "no run is a teaser list"),
    "MENU_MIN_LINES": (NEVER, "no group of short lines is a menu"),
    "HEADINGS": (frozenset(), "no tag is a heading"),
    "TOC_MIN_ENTRIES": (NEVER, "no table of contents in the article"),
    "GRID_MIN_CARDS": (NEVER, "no grid of priced cards joins the article"),
    "CONTROL_CARD_SHARE": (2.0, "no line repeated across the cards is a control"),
    "DESCRIBED_ANCHOR_WORDS": (NEVER, "a product's declared description finds no lines"),
}


def _set_setting(name: str, value: object) -> None:
    """Give a setting a value in every module that imported it, and drop what was cached."""
    import sys

    from dechaff.label import headline

    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("dechaff.label") and hasattr(module, name):
            setattr(module, name, value)
    headline._title_stem.cache_clear()


def audit_settings(pages: list[Page], scorer: ModuleType, names: list[str]) -> list[dict[str, Any]]:
    """Turn each named rule of RULES_OFF off in turn and clean every page again."""
    from dechaff.label import settings

    base = totals(pages)
    found = []
    for name in names:
        value, what = RULES_OFF[name]
        saved = getattr(settings, name)
        _set_setting(name, value)
        try:
            effect = ablate(pages, base, scorer)
        finally:
            _set_setting(name, saved)
        moved = effect.pop("moved")
        sites = {p.site for p in pages if (p.set, p.record["id"]) in moved}
        shown = (
            ", ".join(sorted(str(getattr(x, "value", x)) for x in saved))
            if isinstance(saved, frozenset)
            else repr(saved)
        )
        found.append({"rule": name, "value": shown, "off": what, "sites": len(sites), **effect})
        print(f"  {name}: {len(sites)} sites", flush=True)
    return found


def settings_markdown(found: list[dict[str, Any]], page_count: int) -> str:
    """The table of the scoring rules' audit."""
    out = [
        "# Scoring rule audit",
        "",
        "Each rule of `label/settings.py` that can be turned off, turned off alone, over all",
        f"{page_count} dev pages: on how many sites and pages the output changed (body or",
        "removed blocks), the change of each set half's figure, and of the removed blocks.",
        "",
        "| rule | value | off | sites | pages | ΔF1 look | ΔF1 check | Δ removed |",
        "|---|---|---|---:|---:|---|---|---|",
    ]
    for row in found:
        out.append(
            f"| {row['rule']} | `{row['value']}` | {row['off']} | {row['sites']} "
            f"| {row['pages_moved']} | {_half_cell(row, 'look')} | {_half_cell(row, 'check')} "
            f"| {_removed_cell(row)} |"
        )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=BENCH, help="folder of score.py and data/")
    parser.add_argument("--sets", help="comma list (default: every set with gold)")
    parser.add_argument("--max-sites", type=int, default=2)
    parser.add_argument("--limit", type=int, help="the first N pages of each set (a quick try)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "audit")
    parser.add_argument("--settings", action="store_true", help="audit settings.py instead")
    parser.add_argument("--rules", help="with --settings: a comma list (default: all)")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.bench)
    data = args.bench / "data"
    sets = args.sets.split(",") if args.sets else scorer.gold_sets(str(data))
    pages = pages_of(scorer, data, sets)
    if args.limit:
        seen: Counter[str] = Counter()
        pages = [p for p in pages if (seen.update([p.set]) or seen[p.set]) <= args.limit]
    args.out.mkdir(parents=True, exist_ok=True)
    if args.settings:
        for page in pages:
            page.score, page.removed = run_page(page, scorer)
        found = audit_settings(pages, scorer, args.rules.split(",") if args.rules else [*RULES_OFF])
        (args.out / "settings.md").write_text(settings_markdown(found, len(pages)), "utf-8")
        (args.out / "settings.json").write_text(json.dumps(found, indent=1) + "\n", "utf-8")
        print(f"wrote {args.out / 'settings.md'}")
        return 0
    audit_lexicons(pages, scorer, args.max_sites, args.out)
    return 0


def audit_lexicons(pages: list[Page], scorer: ModuleType, max_sites: int, out: Path) -> None:
    """Count where each lexicon line fires, ablate the rare ones, write lexicon.md/.json."""
    lines = lexicon_lines()
    started = time.perf_counter()
    print(f"instrumented pass over {len(pages)} pages, {len(lines)} lines", flush=True)
    fired = instrumented_pass(pages, Matcher(lines), scorer)
    by_key = {ln.key: ln for ln in lines}
    for page in pages:
        for key in fired[f"{page.set}/{page.record['id']}"]:
            by_key[key].sites.add(page.site)
            by_key[key].pages.add((page.set, page.record["id"]))
    base = totals(pages)
    chosen = [ln for ln in lines if 0 < len(ln.sites) <= max_sites]
    print(f"ablating {len(chosen)} lines", flush=True)
    index = {(p.set, p.record["id"]): p for p in pages}
    ablation = Ablation()
    try:
        for line in chosen:
            ablation.without(line)
            line.effect = ablate([index[k] for k in sorted(line.pages)], base, scorer)
            line.effect.pop("moved")
    finally:
        ablation.close()
    seconds = time.perf_counter() - started
    (out / "lexicon.md").write_text(markdown(lines, seconds, len(pages), max_sites), "utf-8")
    dump = [
        {"line": ln.key, "kind": ln.section, "pattern": ln.pattern, "sites": len(ln.sites),
         "pages": len(ln.pages), "effect": ln.effect}
        for ln in lines
    ]  # fmt: skip
    (out / "lexicon.json").write_text(json.dumps(dump, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {out / 'lexicon.md'} ({seconds:.0f} s)")


if __name__ == "__main__":
    raise SystemExit(main())
