#!/usr/bin/env python3
"""Compare dechaff with other article extractors on saved pages that have gold.

Each SET is a folder holding ``gold.jsonl`` (one JSON object a page: ``id``, ``file``,
``kind``, ``url``, ``lang``, ``title``, ``body``, ``with``, ``without``, ``date``,
``author``) and the pages it names (``docs/<id>.html`` or ``.txt``). Every extractor runs
in a subprocess of its own, one page at a time, with a per-page timeout; the time is taken
around the extractor's call only. Scores: body P/R/F1 (bag of tokens, one token per CJK
character), snippet P/R/F1, exact title, same-day date, author name set.

    # all extractors, dechaff from this checkout, the peers from their own venv
    D=../shared/bench/data
    .venv/bin/python benchmarks/compare.py $D/aeb $D/trafi-eval $D/zh-news $D/zh-gbk $D/text \\
        --python /tmp/dechaff-bench/peers/bin/python --out /tmp/dechaff-compare --publish

    # score and plot earlier runs (RUNS/<extractor>/<set>.jsonl) without running anything
    .venv/bin/python benchmarks/compare.py ../shared/bench/data/aeb --runs /tmp/base/runs

Outputs in OUT: runs/<extractor>/<set>.jsonl (+ .meta.json, .stderr.log), report.md,
scores.json, f1-per-set.png and f1-vs-time.png (the plots need the ``bench`` extra,
matplotlib). ``--publish`` copies the plots to docs/img/ and writes the summary table
between the ``compare:begin``/``compare:end`` markers of README.md and docs/benchmark.md.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PEERS_PYTHON = "/tmp/dechaff-bench/peers/bin/python"
FLOOR = "lxml-parse"
BASELINE = "html-text"
# Display order; the first is the library under test.
EXTRACTORS = (
    "dechaff",
    "trafilatura",
    "readability",
    "newspaper4k",
    "goose3",
    "gne",
    "justext",
    "resiliparse",
    "boilerpy3",
    BASELINE,
    FLOOR,
)
# The distribution whose version each extractor reports.
DISTRIBUTIONS = {
    "dechaff": "dechaff",
    "trafilatura": "trafilatura",
    "readability": "readability-lxml",
    "newspaper4k": "newspaper4k",
    "goose3": "goose3",
    "gne": "gne",
    "justext": "jusText",
    "resiliparse": "resiliparse",
    "boilerpy3": "boilerpy3",
    BASELINE: "html-text",
    FLOOR: "lxml",
}
LABELS = {"readability": "readability-lxml", "justext": "jusText", "gne": "GNE"}
BEGIN, END = "<!-- compare:begin -->", "<!-- compare:end -->"

Record = dict[str, Any]
Extract = Callable[[bytes, "str | None", "str | None"], Record]


# ---------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------

_CJK = (
    "\u1100-\u11ff\u3005-\u3007\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
)


def _mark_class() -> str:
    """A regex class of every combining mark (categories Mn, Mc, Me)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x110000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


@functools.cache
def _token() -> re.Pattern[str]:
    return re.compile(f"[{_CJK}]|(?:[^\\W_{_CJK}]|[{_mark_class()}])+")


_SPACE = re.compile(r"\s+")


def tokens(text: str | None) -> list[str]:
    """Tokens of a text: each CJK character, and each run of other letters, digits, marks."""
    if not text:
        return []
    return _token().findall(unicodedata.normalize("NFKC", text).lower())


def prf(found: Counter[str], gold: Counter[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of two bags of tokens (0 when either is empty)."""
    overlap = sum((found & gold).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(found.values()), overlap / sum(gold.values())
    return p, r, 2 * p * r / (p + r)


def squash(text: str | None) -> str:
    """NFKC, every run of white space one space, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text or "")).strip()


_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def day(value: str | None) -> date | None:
    """The calendar day a date string names (ISO, Y/M/D, 年月日, or an e-mail style date)."""
    if not value:
        return None
    match = _YMD.search(value)
    try:
        if match:
            return date(*(int(g) for g in match.groups()))
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


_NAME_SEP = re.compile(r"\s*(?:[;,&|/、，]|\band\b|\bund\b)\s*", re.IGNORECASE)
_BY = re.compile(r"^(?:by|von|作者|文)\s*[:：]?\s*", re.IGNORECASE)


def names(value: str | None) -> frozenset[str]:
    """The set of person names in an author string, normalised."""
    text = squash(value).casefold()
    return frozenset(_BY.sub("", n) for n in _NAME_SEP.split(text) if _BY.sub("", n))


@dataclass
class Score:
    """The scores of one extractor on one set."""

    pages: int = 0
    ran: bool = True
    body: list[tuple[float, float, float]] = field(default_factory=list)
    snippets: Counter[str] = field(default_factory=Counter)
    title: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    author: list[bool] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    failures: int = 0
    peak_mb: float | None = None

    def body_prf(self) -> tuple[float, float, float] | None:
        """Mean body precision, recall and F1 over the pages with a gold body."""
        if not self.body:
            return None
        p, r, f = zip(*self.body, strict=True)
        return statistics.fmean(p), statistics.fmean(r), statistics.fmean(f)

    def snippet_prf(self) -> tuple[float, float, float] | None:
        """Snippet precision, recall and F1 over the set's counts."""
        c = self.snippets
        if not c["tp"] + c["fn"]:
            return None
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"])
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def f1(self) -> float | None:
        """The set's headline F1: body F1 when it has gold bodies, else snippet F1."""
        if not self.ran:
            return None
        body, snippets = self.body_prf(), self.snippet_prf()
        return body[2] if body else snippets[2] if snippets else None

    def median_ms(self) -> float | None:
        """Median milliseconds per page."""
        return statistics.median(self.ms) if self.ms else None


def score(gold: Sequence[Record], run: dict[str, Record], *, text: bool = True) -> Score:
    """Score a run (records by page id) against a set's gold; a missing page is empty output."""
    result = Score(pages=len(gold), ran=bool(run))
    if not run:
        return result
    for page in gold:
        out = run.get(page["id"], {})
        if out.get("error"):
            result.failures += 1
        if isinstance(out.get("seconds"), (int, float)):
            result.ms.append(out["seconds"] * 1000)
        if not text:
            continue
        body = out.get("body") or ""
        if (page.get("body") or "").strip():
            result.body.append(prf(Counter(tokens(body)), Counter(tokens(page["body"]))))
        flat = squash(body)
        for snippet in page.get("with") or ():
            result.snippets["tp" if squash(snippet) in flat else "fn"] += 1
        for snippet in page.get("without") or ():
            result.snippets["fp" if squash(snippet) in flat else "tn"] += 1
        if page.get("title"):
            result.title.append(squash(out.get("title")) == squash(page["title"]))
        if gold_day := day(page.get("date")):
            result.date.append(day(out.get("date")) == gold_day)
        if gold_names := names(page.get("author")):
            result.author.append(names(out.get("author")) == gold_names)
    return result


# ---------------------------------------------------------------------------
# adapters (imported and called in the worker, in the extractor's interpreter)
# ---------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """Bytes to text for the tools that take text: UTF-8, else charset-normalizer's guess."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        pass
    try:
        import charset_normalizer

        best = charset_normalizer.from_bytes(data).best()
        if best is not None:
            return str(best)
    except ImportError:
        pass
    return data.decode("utf-8", errors="replace")


_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption"}
    | {"figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main"}
    | {"nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"}
)


def html_text(fragment: str) -> str:
    """Visible text of an HTML fragment, a line per block element."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for element in root.iter("script", "style"):
        element.text = ""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    lines = (squash(line) for line in "".join(str(t) for t in root.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def text_as_html(data: bytes) -> bytes:
    """A text dump as minimal HTML for the tools that read only HTML: a <p> per block."""
    import html

    blocks = [b.strip() for b in re.split(r"\n\s*\n", decode(data)) if b.strip()]
    body = "\n".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)
    head = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n'
    return (head + body + "\n</body></html>").encode("utf-8")


def _text(value: Any) -> str | None:
    """A field value as a string (lists joined with '; ', dates in ISO form), or None."""
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip() or None


def fields(
    title: Any = None, body: Any = None, published: Any = None, author: Any = None
) -> Record:
    """The record an adapter returns."""
    return {
        "title": _text(title),
        "body": _text(body),
        "date": _text(published),
        "author": _text(author),
    }


def _dechaff() -> Extract:
    sys.path.insert(0, str(ROOT / "src"))
    import dechaff

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        article = dechaff.clean(data, url=url)
        return fields(article.title, article.body, article.published, article.author)

    return run


def _trafilatura() -> Extract:
    import trafilatura  # type: ignore[import-not-found,unused-ignore]

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        out = trafilatura.extract(data, url=url, output_format="json", with_metadata=True)
        d = json.loads(out) if out else {}
        return fields(d.get("title"), d.get("text"), d.get("date"), d.get("author"))

    return run


def _readability() -> Extract:
    from readability import Document

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        doc = Document(data, url=url)
        return fields(doc.title(), html_text(doc.summary()))

    return run


def _newspaper4k() -> Extract:
    from newspaper import Article  # type: ignore[import-not-found,unused-ignore]
    from newspaper.configuration import Configuration  # type: ignore[import-not-found,unused-ignore]
    from newspaper.utils import get_available_languages  # type: ignore[import-not-found,unused-ignore]

    known = set(get_available_languages())

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        config = Configuration()
        config.fetch_images = False
        code = (lang or "").split("-")[0].lower()
        article = Article(url or "", config=config, **({"language": code} if code in known else {}))
        article.download(input_html=decode(data))
        article.parse()
        return fields(article.title, article.text, article.publish_date, article.authors)

    return run


def _goose3() -> Extract:
    from goose3 import Goose  # type: ignore[import-not-found,unused-ignore]
    from goose3.text import StopWordsChinese, StopWordsKorean  # type: ignore[import-not-found,unused-ignore]

    special = {"zh": StopWordsChinese, "ko": StopWordsKorean}
    instances: dict[str, Any] = {}

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        code = (lang or "").split("-")[0].lower()
        if code not in instances:
            config: dict[str, Any] = {"target_language": code} if code else {}
            if code in special:
                config["stopwords_class"] = special[code]
            instances[code] = Goose(config)
        art = instances[code].extract(url=url, raw_html=decode(data))
        return fields(art.title, art.cleaned_text, art.publish_date, art.authors)

    return run


def _gne() -> Extract:
    from gne import GeneralNewsExtractor  # type: ignore[import-not-found,unused-ignore]

    extractor = GeneralNewsExtractor()

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        d = extractor.extract(decode(data))
        return fields(d.get("title"), d.get("content"), d.get("publish_time"), d.get("author"))

    return run


def _justext() -> Extract:
    import justext  # type: ignore[import-not-found,unused-ignore]

    stoplists = {name.lower(): name for name in justext.get_stoplists()}
    names = "en english de german fr french es spanish it italian pt portuguese nl dutch"
    names += " ru russian pl polish cs czech sk slovak sv swedish da danish fi finnish"
    names += " no norwegian_bokmal nb norwegian_bokmal hu hungarian ro romanian el greek"
    names += " tr turkish uk ukrainian bg bulgarian hr croatian sl slovenian ca catalan"
    names += " id indonesian ms malay vi vietnamese ar arabic fa persian he hebrew hi hindi"
    names += " ko korean"
    pairs = names.split()
    by_code = dict(zip(pairs[::2], pairs[1::2], strict=True))
    stoplist_of = functools.cache(justext.get_stoplist)  # read each list once, untimed after

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        name = stoplists.get(by_code.get((lang or "").split("-")[0].lower(), ""))
        # Without a stoplist (Chinese, Japanese, unknown) jusText's language-free mode.
        options = {} if name else {"stopwords_low": 0, "stopwords_high": 0}
        stoplist = stoplist_of(name) if name else frozenset()
        paragraphs = justext.justext(decode(data), stoplist, **options)
        return fields(body="\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


def _resiliparse() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text  # type: ignore[import-not-found,unused-ignore]
    from resiliparse.parse.encoding import detect_encoding  # type: ignore[import-not-found,unused-ignore]
    from resiliparse.parse.html import HTMLTree  # type: ignore[import-not-found,unused-ignore]

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        tree = HTMLTree.parse_from_bytes(data, detect_encoding(data))
        return fields(tree.title, extract_plain_text(tree, main_content=True))

    return run


def _boilerpy3() -> Extract:
    from boilerpy3 import extractors  # type: ignore[import-not-found,unused-ignore]

    extractor = extractors.ArticleExtractor()

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        doc = extractor.get_doc(decode(data))
        return fields(doc.title, doc.content)

    return run


def _html_text() -> Extract:
    import html_text as visible  # type: ignore[import-not-found,unused-ignore]

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        return fields(body=visible.extract_text(decode(data)))

    return run


def _lxml_parse() -> Extract:
    import lxml.html

    def run(data: bytes, url: str | None, lang: str | None) -> Record:
        lxml.html.document_fromstring(data)
        return fields()

    return run


ADAPTERS: dict[str, Callable[[], Extract]] = {
    "dechaff": _dechaff,
    "trafilatura": _trafilatura,
    "readability": _readability,
    "newspaper4k": _newspaper4k,
    "goose3": _goose3,
    "gne": _gne,
    "justext": _justext,
    "resiliparse": _resiliparse,
    "boilerpy3": _boilerpy3,
    BASELINE: _html_text,
    FLOOR: _lxml_parse,
}
TAKES_TEXT = frozenset({"dechaff"})  # the others get a text dump wrapped in HTML


# ---------------------------------------------------------------------------
# worker: one extractor, pages one at a time on stdin, results on stdout
# ---------------------------------------------------------------------------


def _warm_up_pages() -> list[tuple[bytes, str]]:
    en = "".join(
        f"<p>Paragraph {i} of a warm-up story, written in whole sentences so that every"
        " extractor keeps it. It says nothing at all, at some length.</p>"
        for i in range(6)
    )
    zh = "".join(
        f"<p>这是预热文章的第{i}段，用完整的句子写成，让每个抽取器都保留它。</p>" for i in range(6)
    )
    page = '<html lang="{}"><head><meta charset="utf-8"><title>{}</title></head><body>'
    return [
        ((page.format("en", "Warm up") + f"<nav>Home</nav><h1>Warm up</h1>{en}").encode(), "en"),
        ((page.format("zh", "预热") + f"<div>首页</div><h1>预热</h1>{zh}").encode(), "zh"),
    ]


def _peak_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _offline() -> None:
    """Refuse every network connection: the benchmark reads saved pages only."""
    import socket

    def refuse(*args: object, **kwargs: object) -> Any:
        raise OSError("no network in the benchmark")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def _version(dist: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def worker(name: str) -> int:
    """Serve one extractor: a JSON task a line in, a JSON result a line out."""
    channel = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # whatever the libraries print goes to stderr
    sys.stdout = sys.stderr
    _offline()
    try:
        extract = ADAPTERS[name]()
        for page, lang in _warm_up_pages():
            extract(page, "https://example.com/warm-up", lang)
    except Exception as exc:
        channel.write(json.dumps({"ready": False, "error": f"{type(exc).__name__}: {exc}"}) + "\n")
        return 1
    version = _version(DISTRIBUTIONS[name])
    if name == "dechaff":
        version = sys.modules["dechaff"].__version__
    ready = {"ready": True, "version": version, "python": sys.version.split()[0]}
    channel.write(json.dumps(ready) + "\n")
    for line in sys.stdin:
        task = json.loads(line)
        data = Path(task["path"]).read_bytes()
        if task["kind"] == "text" and name not in TAKES_TEXT:
            data = text_as_html(data)
        result, error = fields(), None
        start = time.perf_counter()
        try:
            result = extract(data, task.get("url"), task.get("lang"))
        except Exception as exc:
            error = f"{type(exc).__name__}: {str(exc)[:200]}"
        seconds = time.perf_counter() - start
        out = {"id": task["id"], **result, "seconds": seconds, "error": error, "kb": _peak_kb()}
        channel.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 0


# ---------------------------------------------------------------------------
# runner
# ---------------------------------------------------------------------------


class Worker:
    """A worker subprocess for one extractor."""

    def __init__(self, python: str, name: str, log: IO[bytes]) -> None:
        command = [python, str(Path(__file__).resolve()), "--worker", name]
        self.proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            start_new_session=True,
        )
        self.pending = b""

    def send(self, task: Record) -> None:
        """Hand the worker one page."""
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(task) + "\n").encode())
        self.proc.stdin.flush()

    def receive(self, timeout: float) -> Record | str:
        """The worker's next line as JSON, or "timeout", or "crash"."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return "timeout"
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return "crash"
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        record: Record = json.loads(line)
        return record

    def stop(self, *, kill: bool = False) -> None:
        """End the worker: close its input, or kill its process group."""
        if kill and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        elif self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def load_gold(set_dir: Path, limit: int = 0) -> list[Record]:
    """A set's gold records, each with the absolute ``path`` of its page."""
    gold = []
    with open(set_dir / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                page = json.loads(line)
                page["path"] = str(set_dir / (page.get("file") or f"docs/{page['id']}.html"))
                page.setdefault("kind", "text" if page["path"].endswith(".txt") else "html")
                gold.append(page)
    return gold[:limit] if limit else gold


def run_set(
    name: str, set_name: str, gold: Sequence[Record], python: str, out: Path, timeout: float
) -> Record:
    """Run one extractor over one set; write its records and meta; return the meta."""
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    meta: Record = {"extractor": name, "set": set_name, "python": python, "pages": len(gold)}
    meta["started"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    peak_kb, current = 0, None
    with (
        open(folder / f"{set_name}.stderr.log", "wb") as log,
        open(folder / f"{set_name}.jsonl", "w", encoding="utf-8") as records,
    ):
        for page in gold:
            if current is None:
                try:
                    current = Worker(python, name, log)
                except OSError as exc:
                    meta["error"] = f"{type(exc).__name__}: {exc}"
                    print(f"{name}: cannot start {python}: {exc}", file=sys.stderr)
                    break
                ready = current.receive(600)
                if not isinstance(ready, dict) or not ready.get("ready"):
                    current.stop(kill=True)
                    meta["error"] = ready.get("error") if isinstance(ready, dict) else ready
                    print(f"{name}: worker did not start: {meta['error']}", file=sys.stderr)
                    break
                meta["version"], meta["python_version"] = ready["version"], ready["python"]
            task = {k: page.get(k) for k in ("id", "path", "url", "lang", "kind")}
            try:
                current.send(task)
                result = current.receive(timeout)
            except BrokenPipeError:
                result = "crash"
            if isinstance(result, str):
                current.stop(kill=True)
                current = None
                secs = timeout if result == "timeout" else None
                result = {"id": page["id"], **fields(), "seconds": secs, "error": result}
            peak_kb = max(peak_kb, result.pop("kb", 0))
            records.write(json.dumps(result, ensure_ascii=False) + "\n")
        if current is not None:
            current.stop()
    meta["peak_rss_mb"] = round(peak_kb / 1024, 1) if peak_kb else None
    (folder / f"{set_name}.meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return meta


def load_run(folders: Iterable[Path], name: str, set_name: str) -> tuple[dict[str, Record], Record]:
    """Records by id and meta of a run, from the first folder that has it (empty if none)."""
    for folder in folders:
        path = folder / name / f"{set_name}.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as lines:
                run = {r["id"]: r for r in map(json.loads, lines) if r.get("id")}
            meta_path = path.with_suffix(".meta.json")
            meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
            return run, meta
    return {}, {}


def version_of(meta: Record, name: str) -> str | None:
    """The extractor's version as a run's meta records it (ours, or the shared runner's)."""
    if meta.get("version"):
        return str(meta["version"])
    versions = {k.lower(): v for k, v in (meta.get("versions") or {}).items()}
    found = versions.get(DISTRIBUTIONS.get(name, name).lower())
    if not found and name == "dechaff":  # the shared runner imports it from the checkout
        found = _version("dechaff")
    return str(found) if found else None


# ---------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------


@dataclass
class Table:
    """Scores of every extractor on every set, and what they were run with."""

    sets: list[str]
    extractors: list[str]
    scores: dict[tuple[str, str], Score]
    versions: dict[str, str | None]
    gold: dict[str, list[Record]]

    def label(self, name: str) -> str:
        """Display name with version."""
        version = self.versions.get(name)
        return f"{LABELS.get(name, name)} {version}" if version else LABELS.get(name, name)

    def mean_f1(self, name: str) -> float | None:
        """Mean over sets of the set's headline F1."""
        values = [self.scores[name, s].f1() for s in self.sets]
        if any(v is None for v in values):
            return None  # a mean over other sets than the peers' would mislead
        return statistics.fmean(v for v in values if v is not None)

    def median_ms(self, name: str) -> float | None:
        """Median ms per page over every page of every set."""
        ms = [m for s in self.sets for m in self.scores[name, s].ms]
        return statistics.median(ms) if ms else None

    def pooled(self, name: str, what: str) -> float | None:
        """Share of correct title, date or author over the pages of every set with that gold."""
        hits = [h for s in self.sets for h in getattr(self.scores[name, s], what)]
        return sum(hits) / len(hits) if hits else None

    def peak_mb(self, name: str) -> float | None:
        """Largest peak RSS of the extractor's workers."""
        peaks = [p for s in self.sets if (p := self.scores[name, s].peak_mb)]
        return max(peaks) if peaks else None


def _f(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _bold_best(rows: list[list[str]], columns: Iterable[int], higher: bool = True) -> None:
    for col in columns:
        values = [float(r[col]) for r in rows if r[col] != "–"]
        if values:
            best = max(values) if higher else min(values)
            for r in rows:
                if r[col] != "–" and float(r[col]) == best:
                    r[col] = f"**{r[col]}**"


def set_heading(table: Table, set_name: str) -> str:
    """A set's column heading: its name and which F1 it reports."""
    has_body = any((g.get("body") or "").strip() for g in table.gold[set_name])
    return f"{set_name} ({'body' if has_body else 'snippets'})"


def summary(table: Table) -> str:
    """The headline table: F1 per set, fields, median time and memory per extractor."""
    head = ["extractor", *(set_heading(table, s) for s in table.sets), "mean F1"]
    head += ["title =", "date =", "author =", "median ms", "peak MB"]
    rows = []
    for name in table.extractors:
        text = name != FLOOR
        row = [table.label(name)]
        row += [_f(table.scores[name, s].f1() if text else None) for s in table.sets]
        row.append(_f(table.mean_f1(name) if text else None))
        row += [_f(table.pooled(name, w) if text else None) for w in ("title", "date", "author")]
        row += [_f(table.median_ms(name), 1), _f(table.peak_mb(name), 0)]
        rows.append(row)
    peers = [
        r for r, name in zip(rows, table.extractors, strict=True) if name not in (FLOOR, BASELINE)
    ]
    _bold_best(peers, range(1, len(table.sets) + 5))
    for row, name in zip(rows, table.extractors, strict=True):
        if name == "dechaff":
            row[0] = f"**{row[0]}**"
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def details(table: Table, set_name: str) -> str:
    """One set's table: body and snippet P/R/F1, fields, time, failures."""
    head = "| extractor | body P | body R | body F1 | snip P | snip R | snip F1 | title = "
    head += "| date = | author = | median ms | p95 ms | fail |"
    lines = [head, "|---|" + "---:|" * 12]
    for name in table.extractors:
        s = table.scores[name, set_name]
        if not s.ran:
            continue
        body = s.body_prf() if name != FLOOR else None
        snip = s.snippet_prf() if name != FLOOR else None
        rate = [
            sum(v) / len(v) if v and name != FLOOR else None for v in (s.title, s.date, s.author)
        ]
        p95 = statistics.quantiles(s.ms, n=20)[-1] if len(s.ms) > 1 else None
        cells = [_f(x) for x in (*(body or (None,) * 3), *(snip or (None,) * 3), *rate)]
        cells += [_f(s.median_ms(), 1), _f(p95, 1), str(s.failures)]
        lines.append(f"| {table.label(name)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def describe(table: Table) -> str:
    """A sentence naming the sets and their sizes."""
    parts = [f"{s} ({len(table.gold[s])} pages)" for s in table.sets]
    return ", ".join(parts)


def report(table: Table, when: str, command: str) -> str:
    """The full Markdown report."""
    out = [
        "# dechaff beside other extractors",
        "",
        f"Measured {when} on {describe(table)} with `{command}`.",
        "",
        summary(table),
        "",
        LEGEND,
    ]
    for set_name in table.sets:
        out += ["", f"## {set_name}", "", details(table, set_name)]
    return "\n".join(out) + "\n"


LEGEND = (
    "F1 per set: body F1 (bag of tokens per page, one token per CJK character, averaged over"
    " pages) on sets with gold article text, snippet F1 (snippets of the article found, of"
    " boilerplate not found) on sets with snippets only. title = exact title; date = same"
    " day; author = same names; each over the pages whose gold has it. Median ms: time of the"
    " extractor's call per page, over all pages. Peak MB: largest resident memory of the"
    " extractor's worker process. lxml-parse only parses each page (the least any lxml-based"
    " extractor spends); html-text keeps all visible text (no extraction at all)."
)


# ---------------------------------------------------------------------------
# plots
# ---------------------------------------------------------------------------


def plot(table: Table, out: Path) -> list[Path]:
    """Draw f1-per-set.png (grouped bars) and f1-vs-time.png (scatter, log time axis)."""
    import matplotlib  # type: ignore[import-not-found,unused-ignore]

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # type: ignore[import-not-found,unused-ignore]
    import matplotlib.ticker  # type: ignore[import-not-found,unused-ignore]

    names = [n for n in table.extractors if n != FLOOR]
    palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
    palette += ["#bcbd22", "#7f7f7f", "#aec7e8"]
    peers = [n for n in names if n not in ("dechaff", BASELINE)]
    colors: dict[str, str] = {n: palette[i % len(palette)] for i, n in enumerate(peers)}
    colors |= {"dechaff": "#d62728", BASELINE: "#cccccc"}

    fig, ax = plt.subplots(figsize=(max(8.0, 1.6 * len(table.sets) + 4.5), 4.6))
    width = 0.8 / len(names)
    for i, name in enumerate(names):
        values = [table.scores[name, s].f1() or 0.0 for s in table.sets]
        xs = [j + (i - (len(names) - 1) / 2) * width for j in range(len(table.sets))]
        ax.bar(xs, values, width, label=table.label(name), color=colors[name])
    ax.set_xticks(range(len(table.sets)), [set_heading(table, s) for s in table.sets])
    ax.set_ylabel("F1")
    ax.set_ylim(0, 1)
    ax.grid(axis="y", alpha=0.3)
    ax.set_title("F1 per set (higher is better)")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.tight_layout()
    bars = out / "f1-per-set.png"
    fig.savefig(bars, dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7.0, 4.6))
    for name in names:
        x, y = table.median_ms(name), table.mean_f1(name)
        if x is None or y is None:
            continue
        ax.scatter([x], [y], s=60 if name == "dechaff" else 36, color=colors[name], zorder=3)
        ax.annotate(
            table.label(name), (x, y), xytext=(5, 4), textcoords="offset points", fontsize=8
        )
    floor = table.median_ms(FLOOR) if FLOOR in table.extractors else None
    if floor:
        ax.axvline(floor, color="#888888", linestyle="--", linewidth=1)
        ax.annotate(
            "lxml parse only",
            (floor, 0.02),
            xytext=(4, 0),
            textcoords="offset points",
            fontsize=8,
            color="#666666",
        )
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:g}"))
    left, right = ax.get_xlim()
    ax.set_xlim(left, right * 2.5)  # room for the labels of the slowest
    ax.set_xlabel("median ms per page (log scale)")
    ax.set_ylabel("mean F1 over the sets")
    ax.set_ylim(0, 1)
    ax.grid(alpha=0.3, which="both")
    ax.set_title("Quality against time (up and to the left is better)")
    fig.tight_layout()
    scatter = out / "f1-vs-time.png"
    fig.savefig(scatter, dpi=110)
    plt.close(fig)
    return [bars, scatter]


# ---------------------------------------------------------------------------
# publishing into the docs
# ---------------------------------------------------------------------------


def replace_marked(text: str, block: str) -> str:
    """Put block between the compare:begin and compare:end markers of a Markdown text."""
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + "\n" + block.strip() + "\n" + text[end:]


def publish(table: Table, plots: Sequence[Path], when: str, command: str) -> None:
    """Copy the plots to docs/img/ and write the table into README.md and docs/benchmark.md."""
    images = ROOT / "docs" / "img"
    images.mkdir(exist_ok=True)
    for path in plots:
        shutil.copyfile(path, images / path.name)
    block = f"Measured {when} on {describe(table)}:\n\n{summary(table)}\n\n{LEGEND}\n"
    block += f"\nCommand: `{command}`\n"
    for page in (ROOT / "README.md", ROOT / "docs" / "benchmark.md"):
        page.write_text(replace_marked(page.read_text(encoding="utf-8"), block), encoding="utf-8")


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def _names(value: str) -> list[str]:
    if value == "all":
        return list(EXTRACTORS)
    if value == "none":
        return []
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = sorted(set(names) - set(EXTRACTORS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown extractor(s) {unknown}; known: {EXTRACTORS}")
    return [n for n in EXTRACTORS if n in names]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sets", nargs="*", type=Path, metavar="SET", help="folders with gold.jsonl")
    parser.add_argument(
        "--extractors",
        type=_names,
        default=list(EXTRACTORS),
        help="comma list to report (default all): " + ",".join(EXTRACTORS),
    )
    parser.add_argument(
        "--run",
        type=_names,
        default=None,
        help="comma list to run now, 'all' or 'none' (default: the reported"
        " ones, or none when --runs is given)",
    )
    parser.add_argument(
        "--runs",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="earlier runs (DIR/<extractor>/<set>.jsonl) to score; repeatable",
    )
    default_python = (
        DEFAULT_PEERS_PYTHON if os.path.exists(DEFAULT_PEERS_PYTHON) else sys.executable
    )
    parser.add_argument(
        "--python",
        default=default_python,
        help=f"interpreter for the peers (default {default_python})",
    )
    parser.add_argument(
        "--dechaff-python",
        default=sys.executable,
        help="interpreter for dechaff, which is imported from this checkout's"
        " src/ (default: this one)",
    )
    parser.add_argument("--out", type=Path, default=Path("/tmp/dechaff-compare"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per page")
    parser.add_argument("--no-plots", action="store_true", help="skip the PNG plots")
    parser.add_argument(
        "--publish",
        action="store_true",
        help="copy plots to docs/img, write the table into README and docs",
    )
    parser.add_argument("--worker", metavar="NAME", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run, score, report and plot."""
    args = _parser().parse_args(argv)
    if args.worker:
        return worker(args.worker)
    if not args.sets:
        _parser().error("give at least one SET folder")
    to_run = args.run if args.run is not None else ([] if args.runs else args.extractors)
    runs_dir = args.out / "runs"
    gold = {s.name: load_gold(s, args.limit) for s in args.sets}
    for name in to_run:
        python = args.dechaff_python if name == "dechaff" else args.python
        for set_dir in args.sets:
            print(f"{name} on {set_dir.name} ({len(gold[set_dir.name])} pages)", file=sys.stderr)
            run_set(name, set_dir.name, gold[set_dir.name], python, runs_dir, args.timeout)
    folders = ([runs_dir] if to_run else []) + list(args.runs)
    scores: dict[tuple[str, str], Score] = {}
    versions: dict[str, str | None] = {}
    present = []
    for name in args.extractors:
        found = False
        for set_name, pages in gold.items():
            run, meta = load_run(folders, name, set_name)
            found = found or bool(run)
            scores[name, set_name] = score(pages, run, text=name != FLOOR)
            scores[name, set_name].peak_mb = meta.get("peak_rss_mb")
            versions[name] = versions.get(name) or version_of(meta, name)
        if found:
            present.append(name)
    if not present:
        print("no runs found", file=sys.stderr)
        return 1
    table = Table(list(gold), present, scores, versions, gold)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    command = " ".join(["benchmarks/compare.py", *(sys.argv[1:] if argv is None else argv)])
    args.out.mkdir(parents=True, exist_ok=True)
    text = report(table, when, command)
    (args.out / "report.md").write_text(text, encoding="utf-8")
    dump = {
        f"{n}/{s}": {
            "f1": sc.f1(),
            "body": sc.body_prf(),
            "snippets": sc.snippet_prf(),
            "median_ms": sc.median_ms(),
            "failures": sc.failures,
        }
        for (n, s), sc in scores.items()
        if n in present
    }
    (args.out / "scores.json").write_text(json.dumps(dump, indent=1), encoding="utf-8")
    print(text)
    plots = [] if args.no_plots else plot(table, args.out)
    for path in plots:
        print(f"wrote {path}", file=sys.stderr)
    if args.publish:
        publish(table, plots, when, command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
