"""Check every regular expression of dechaff for super-linear time on adversarial input.

    python benchmarks/redos.py [--size 10000] [--ratio 6] [--full]

Collects every compiled pattern of the modules below (module globals, and patterns inside
their tuples, lists and dicts) and every pattern line of ``lexicons/*.lex`` (each line on
its own, plus the alternation each section becomes), then times ``finditer`` over each
adversarial input at ``n`` and ``4n`` characters. Linear time gives a ratio near 4; a
ratio above ``--ratio`` (with the larger run over a few milliseconds) is flagged and
re-timed to confirm. Each family is also pumped to 12 and 24 characters and followed by a
character that fails, to catch exponential backtracking. ``--full`` also times the known
worst cases of issue 6 at their full size (about a megabyte each). Exit status 1 when a
pattern is confirmed super-linear or exponential.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

# The stages' modules, where every pattern lives (the batch layer and the CLI hold none that
# read a page's text).
STAGES = ("dechaff.core", "dechaff.read", "dechaff.html", "dechaff.text", "dechaff.label",
          "dechaff.metadata")  # fmt: skip


def _modules() -> list[str]:
    """Every module of the stage packages, by name."""
    names: list[str] = []
    for package_name in STAGES:
        package = importlib.import_module(package_name)
        names.append(package_name)
        names += [m.name for m in pkgutil.iter_modules(package.__path__, f"{package_name}.")]
    return names


LEXICONS = ("common.lex", "en.lex", "zh.lex", "hints.lex")  # stopwords.lex holds words

# Adversarial families: a unit repeated to n characters (a few are built differently).
UNITS: dict[str, str] = {
    "dashed-date": "2019-11-2",
    "named-date": "Nov 25, 20 ",
    "dotted": "1.2.3.4.",
    "cjk-ago": "三天天前",
    "spaces": " ",
    "tabs-nbsp": "\t\u00a0\u3000",
    "a-space": "a ",
    "letters": "a",
    "digits": "1",
    "digit-space": "1 ",
    "digit-colon": "12:",
    "dots": ".",
    "dashes": "-",
    "punct": "!?,;:-_/|",
    "cjk": "中",
    "cjk-punct": "，。：",
    "cjk-date": "2019年11月",
    "cjk-numerals": "二〇一九年",
    "brackets": "([{",
    "angle": "<a ",
    "url": "http://a.b/",
    "at": "@a",
    "hash": "#a-",
    "word-dash": "abc-",
    "colon-word": "by: ",
    "source-cn": "来源：",
    "time": "11:14:25 ",
    "plus": "+08",
}


# What ends a pumped unit for exponential backtracking: a character the pattern cannot take.
SUFFIXES = ("h", "!", "\x00", " x", "中", "\n")


@dataclass(frozen=True, slots=True)
class Finding:
    """One pattern on one input family: seconds at n and 4n."""

    name: str
    family: str
    small: float
    large: float

    @property
    def ratio(self) -> float:
        """How much longer 4n took than n."""
        return self.large / max(self.small, 1e-6)


def _walk(value: object, name: str, depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield name, value
    elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        for i, item in enumerate(value):
            yield from _walk(item, f"{name}[{i}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{name}[{key!r}]", depth + 1)


def collect() -> list[tuple[str, re.Pattern[str]]]:
    """Every pattern to check, named by where it lives."""
    found: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    for module_name in _modules():
        module = importlib.import_module(module_name)
        for attr, value in vars(module).items():
            for name, pattern in _walk(value, f"{module_name}.{attr}"):
                found.setdefault((pattern.pattern, pattern.flags), (name, pattern))
    folder = resources.files("dechaff") / "lexicons"
    for lex in LEXICONS:
        section = ""
        lines: list[str] = []
        text = (folder / lex).read_text(encoding="utf-8")
        for number, raw in enumerate([*text.splitlines(), "[end]"], 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                if len(lines) > 1 and not section.startswith("field."):
                    merged = re.compile("|".join(f"(?:{p})" for p in lines), re.IGNORECASE)
                    found.setdefault(
                        (merged.pattern, merged.flags), (f"{lex} [{section}] all", merged)
                    )
                section, lines = line[1:-1].split()[0] if line[1:-1].strip() else "", []
                continue
            lines.append(line)
            pattern = re.compile(line, re.IGNORECASE)
            found.setdefault((pattern.pattern, pattern.flags), (f"{lex}:{number}", pattern))
    return list(found.values())


def _alphabet(pattern: re.Pattern[str]) -> str:
    """The literal characters a pattern names, as one unit to repeat."""
    chars = re.sub(r"\\[a-zA-Z]|[\\()\[\]{}?*+|^$.]", "", pattern.pattern)
    return "".join(dict.fromkeys(chars))[:40] or "a"


def _text(unit: str, size: int) -> str:
    if unit == "([{":  # nested brackets, opened and never closed, then closed
        half = size // 6
        return "([{" * half + "}])" * half
    return (unit * (size // len(unit) + 1))[:size]


def _time(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _scan(pattern: re.Pattern[str], text: str) -> float:
    def run() -> None:
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)

    return _time(run)


def check(
    patterns: list[tuple[str, re.Pattern[str]]],
    size: int,
    ratio: float,
    floor: float,
    verbose: bool = False,
) -> tuple[list[Finding], Finding | None]:
    """Time every pattern on every family; the confirmed super-linear ones, and the slowest."""
    confirmed: list[Finding] = []
    worst: Finding | None = None
    for number, (name, pattern) in enumerate(patterns, 1):
        if verbose:
            print(f"  [{number}/{len(patterns)}] {name}", file=sys.stderr, flush=True)
        units = {**UNITS, "own-alphabet": _alphabet(pattern)}
        for family, unit in units.items():
            small = _scan(pattern, _text(unit, size))
            large = _scan(pattern, _text(unit, 4 * size))
            finding = Finding(name, family, small, large)
            if worst is None or large > worst.large:
                worst = finding
            if verbose and large > 0.5:
                print(f"    slow: {family} {small:.3f} s -> {large:.3f} s", file=sys.stderr)
            if finding.ratio > ratio and large > floor:
                if large < 1.0:  # confirm (noise on a shared machine flags a few)
                    finding = Finding(
                        name,
                        family,
                        max(small, _scan(pattern, _text(unit, size))),
                        min(large, _scan(pattern, _text(unit, 4 * size))),
                    )
                if finding.ratio > ratio:
                    confirmed.append(finding)
    return confirmed, worst


def check_exponential(
    patterns: list[tuple[str, re.Pattern[str]]], limit: float
) -> list[tuple[str, str, float]]:
    """Patterns that backtrack exponentially: a short pumped unit, then a character that fails.

    Times 12 and 24 characters of each unit followed by each suffix; exponential
    backtracking shows at 24 characters already (2^24 steps take seconds).
    """
    found = []
    for name, pattern in patterns:
        units = [*UNITS.values(), _alphabet(pattern)]
        for unit in units:
            for suffix in SUFFIXES:
                large = _scan(pattern, _text(unit, 24) + suffix)
                if large < limit or _scan(pattern, _text(unit, 24) + suffix) < limit:
                    continue
                found.append((name, repr(_text(unit, 24) + suffix), large))
                break
    return found


# The worst cases named in issue 6, at full size, through every pattern (--full).
KNOWN = {
    "2019-11-2 x 111112": "2019-11-2" * 111_112,
    "Nov 25, 20  x 90910": "Nov 25, 20 " * 90_910,
    "1.2.3.4. x 125000": "1.2.3.4." * 125_000,
    "三天天前 x 250000": "三天天前" * 250_000,
}


def full(patterns: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, str, float]]:
    """The slowest pattern on each known worst case at full size."""
    rows = []
    for label, text in KNOWN.items():
        slowest = max(((name, _scan(p, text)) for name, p in patterns), key=lambda r: r[1])
        rows.append((label, *slowest))
    return rows


def main() -> int:
    """Run the check and print a report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="n, in characters")
    parser.add_argument("--ratio", type=float, default=6.0, help="flag when t(4n)/t(n) > this")
    parser.add_argument("--floor", type=float, default=0.005, help="ignore 4n runs under this")
    parser.add_argument("--full", action="store_true", help="also the known cases, full size")
    parser.add_argument("-v", "--verbose", action="store_true", help="progress on stderr")
    args = parser.parse_args()
    patterns = collect()
    families = len(UNITS) + 1
    print(f"{len(patterns)} patterns x {families} input families, n={args.size} and 4n")
    start = time.perf_counter()
    confirmed, worst = check(patterns, args.size, args.ratio, args.floor, args.verbose)
    exponential = check_exponential(patterns, 0.05)
    print(f"checked in {time.perf_counter() - start:.1f} s")
    for name, sample, seconds in exponential:
        print(f"EXPONENTIAL {name} on {sample}: {seconds:.3f} s at 24 characters")
    if worst is not None:
        print(
            f"slowest at 4n: {worst.name} on {worst.family}: {worst.large * 1000:.1f} ms"
            f" (ratio {worst.ratio:.1f})"
        )
    for f in confirmed:
        print(
            f"SUPER-LINEAR {f.name} on {f.family}: {f.small:.3f} s at n,"
            f" {f.large:.3f} s at 4n (ratio {f.ratio:.1f})"
        )
    if args.full:
        for label, name, seconds in full(patterns):
            print(f"full size {label}: slowest {name} {seconds:.3f} s")
    print("super-linear:", len(confirmed), "exponential:", len(exponential))
    return 1 if confirmed or exponential else 0


if __name__ == "__main__":
    sys.exit(main())
