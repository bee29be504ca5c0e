"""The ``dechaff`` command."""

from __future__ import annotations

import argparse
import itertools
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence

from . import __version__
from .batch import DEFAULT_TIMEOUT, Result, clean_many
from .batch.counting import count_inputs
from .batch.inputs import Spec, iter_items
from .batch.progress import Progress
from .batch.records import FORMATS
from .batch.sampling import reservoir
from .batch.sink import Sink, recorded_inputs
from .core import native
from .errors import ArgumentError
from .read.arguments import check_max_bytes
from .read.source import DEFAULT_MAX_BYTES
from .render.audit import Entry, audit

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_INTERRUPTED = 130

EPILOG = """examples:
  dechaff clean page.html                 print the cleaned page as JSON
  dechaff clean samples/*.txt             one JSON object a line, one per page
  dechaff clean --kind text dump.out      force the text-dump front end
  dechaff clean --indent 1 page.html      pretty-printed JSON
  dechaff clean dumps/ -o out.jsonl --workers 4
                                          a folder, recursively, into a file
  dechaff clean crawl.warc.gz pages.tar.gz 'more/**/*.html.gz' -o out.jsonl \\
      --errors failed.jsonl               WARC, archives, globs; failures apart
  dechaff clean dumps/ -o out.jsonl --resume
                                          go on after a stop: skip what out.jsonl holds
  find dumps -name '*.htm' | dechaff clean --files-from - -o out.jsonl
  dechaff clean - --format md < crawl.jsonl > articles.md
                                          JSON Lines (url + html or text) on stdin
  dechaff clean page.html --format html   the article as a safe HTML fragment

exit status: 0 every input cleaned (or skipped as not a page), 1 some input
failed or held no page (an empty folder), 2 usage error or an option's value out
of range, 3 the output could not be written, 130 interrupted (Ctrl-C).
"""


AUDIT_EPILOG = """examples:
  dechaff audit page.html -o report.html  what was kept and cut, block by block
  dechaff audit samples/ -o report.html   every page of a folder in one report
  dechaff audit crawl.warc.gz dumps/ --sample 20 --seed 1 -o report.html
                                          20 pages drawn from a whole batch, reproducibly

exit status: 0 report written, every page cleaned (or skipped as not a page),
1 report written, some page failed or an input held no page (shown in the
report), 2 usage error or an option's value out of range, 3 the report could
not be written, 130 interrupted (Ctrl-C).
"""


def _input_options(cmd: argparse.ArgumentParser) -> None:
    """The options of every command that cleans pages: what to read and how."""
    cmd.add_argument("inputs", nargs="*", metavar="INPUT", help="pages, folders, archives, globs")
    cmd.add_argument("--files-from", metavar="FILE", help="read more inputs, one a line (- stdin)")
    cmd.add_argument("--workers", type=int, metavar="N", help="worker processes (0: in-process)")
    cmd.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S", help="seconds per page"
    )
    cmd.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help="bytes per page"
    )
    cmd.add_argument("--kind", choices=("html", "text"), help="skip detection: html or text")
    cmd.add_argument("--url", help="the page's address, for resolving links")


def _audit_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = commands.add_parser(
        "audit",
        help="write an HTML report of what was kept and removed",
        description="Clean pages (any input 'dechaff clean' reads) and write one"
        " self-contained HTML file showing every block of each page in page order, body and"
        " removed alike, each marked by its kind; failed and skipped inputs are listed too.",
        epilog=AUDIT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_options(cmd)
    cmd.add_argument("-o", "--output", required=True, metavar="FILE", help="report (- stdout)")
    cmd.add_argument("--sample", type=int, metavar="N", help="report N inputs drawn at random")
    cmd.add_argument("--seed", type=int, default=0, metavar="S", help="the draw's seed (0)")
    cmd.add_argument("-q", "--quiet", action="store_true", help="no failure or summary lines")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dechaff",
        description="Turn saved web pages (HTML or text dumps) into clean articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    speed = "with its C extensions" if native.accelerated() else "pure Python"
    parser.add_argument("--version", action="version", version=f"dechaff {__version__}, {speed}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    cmd = commands.add_parser(
        "clean",
        help="clean pages and print each as JSON",
        description="Clean saved pages: files, folders (recursively), glob patterns, .gz/.bz2/.xz"
        " files, tar and zip archives, WARC files, JSON Lines with url and html or text"
        " fields, or - for standard input. One record per input, named in its 'input' field.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_options(cmd)
    cmd.add_argument("-o", "--output", default="-", metavar="FILE", help="output file (- stdout)")
    cmd.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (jsonl)")
    cmd.add_argument("--errors", metavar="FILE", help="failed and skipped inputs go here (jsonl)")
    cmd.add_argument("--resume", action="store_true", help="skip inputs the outputs hold already")
    cmd.add_argument("--any-order", action="store_true", help="write records as pages finish")
    cmd.add_argument("-q", "--quiet", action="store_true", help="no progress, no failure lines")
    cmd.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    _audit_parser(commands)
    return parser


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if not args.inputs and args.files_from is None:
        parser.error("no INPUT given (use - for standard input)")
    if args.files_from == "-" and "-" in args.inputs:
        parser.error("standard input cannot be both an input and --files-from")
    if args.resume:
        if args.output == "-":
            parser.error("--resume needs an output file (-o FILE)")
        if args.format != "jsonl" or args.indent is not None:
            parser.error("--resume needs --format jsonl, without --indent")


def _listed(path: str | None) -> Iterator[str]:
    if path is None:
        return
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with stream:
        for line in stream:
            if line.strip():
                yield line.rstrip("\n")


def _clean(args: argparse.Namespace) -> int:
    done: set[str] = set()
    if args.resume:
        done = recorded_inputs(args.output) | (
            recorded_inputs(args.errors) if args.errors else set()
        )
    progress = Progress(enabled=not args.quiet)
    # The arguments are checked here (ArgumentError), before an output file is opened.
    results = clean_many(
        itertools.chain(args.inputs, _listed(args.files_from)),
        workers=args.workers,
        timeout=args.timeout if args.timeout > 0 else None,
        max_bytes=args.max_bytes,
        kind=args.kind,
        url=args.url,
        done=done,
        ordered=not args.any_order,
        render=args.format,  # the workers write each page out: no Article between processes
        indent=args.indent,
    )
    if args.files_from is None and not args.quiet:
        _count_in_background(progress, args.inputs, done)
    sink = Sink(args.output, args.format, append=args.resume, indent=args.indent)
    errors = Sink(args.errors, "jsonl", append=args.resume) if args.errors else None
    status = EXIT_OK
    try:
        for result in results:
            progress.update(result)
            if result.status == "failed":
                status = EXIT_SOME_FAILED
                if not args.quiet:
                    progress.message(f"dechaff: {result.input}: {result.message}")
            kept = result.status in ("ok", "empty")
            (errors if errors is not None and not kept else sink).write(result)
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except OSError as exc:
        print(f"dechaff: cannot write the output: {exc}", file=sys.stderr)
        status = EXIT_OUTPUT
    finally:
        results.close()
        for output in (sink, errors):
            if output is not None:
                output.close()
        progress.close(interrupted=status == EXIT_INTERRUPTED)
    return status


def _option_named(error: ArgumentError) -> str:
    """An argument error in the words of the command line: ``--max-bytes`` for max_bytes."""
    name, _, rest = str(error).partition(" ")
    return f"--{name.replace('_', '-')} {rest}"


def _count_in_background(progress: Progress, inputs: list[str], done: set[str]) -> None:
    """Give the progress its total once the inputs are counted (a large folder's walk takes a
    while, and the first pages need not wait for it)."""
    thread = threading.Thread(
        target=lambda: progress.expect(count_inputs(list(inputs), done)), daemon=True
    )
    thread.start()


def _audit(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if not args.inputs and args.files_from is None:
        parser.error("no INPUT given (use - for standard input)")
    if args.files_from == "-" and "-" in args.inputs:
        parser.error("standard input cannot be both an input and --files-from")
    if args.sample is not None and args.sample < 1:
        parser.error("--sample needs a number of pages, 1 or more")
    check_max_bytes(args.max_bytes)  # before the sample is drawn with it
    specs: Iterable[Spec] = itertools.chain(args.inputs, _listed(args.files_from))
    if args.sample is not None:  # drawn from the inputs before cleaning: only N are cleaned
        try:
            specs = reservoir(
                iter_items(specs, max_bytes=args.max_bytes), args.sample, seed=args.seed
            )
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED
    results = clean_many(
        specs,
        workers=args.workers,
        timeout=args.timeout if args.timeout > 0 else None,
        max_bytes=args.max_bytes,
        kind=args.kind,
        url=args.url,
    )
    entries: list[Entry] = []
    status = EXIT_OK
    try:
        for result in results:
            entries.append(_audit_entry(result))
            if result.status == "failed":
                status = EXIT_SOME_FAILED
                if not args.quiet:
                    print(f"dechaff: {result.input}: {result.message}", file=sys.stderr)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        results.close()
    report = audit(entries)
    try:
        if args.output == "-":
            sys.stdout.write(report)
        else:
            with open(args.output, "w", encoding="utf-8") as file:
                file.write(report)
    except OSError as exc:
        print(f"dechaff: cannot write the report: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    if not args.quiet:
        where = "standard output" if args.output == "-" else args.output
        print(f"dechaff: audit of {len(entries)} inputs in {where}", file=sys.stderr)
    return status


def _audit_entry(result: Result) -> Entry:
    """A batch result as a page of the report, with why it failed or was skipped."""
    if result.status == "failed":
        return Entry(result.input, None, "failed", f"{result.error}: {result.message}")
    if result.status == "empty":  # the report shows the article and its near-empty warning
        return Entry(result.input, result.article, "ok")
    return Entry(result.input, result.article, result.status, result.reason)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "clean":
        _check(parser, args)
        try:
            return _clean(args)
        except ArgumentError as exc:
            parser.error(_option_named(exc))
        except (OSError, ValueError, KeyError) as exc:  # the outputs cannot be opened or read
            print(f"dechaff: {exc}", file=sys.stderr)
            return EXIT_OUTPUT
    if args.command == "audit":
        try:
            return _audit(parser, args)
        except ArgumentError as exc:
            parser.error(_option_named(exc))
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands
