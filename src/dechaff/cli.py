"""The ``dechaff`` command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .api import clean
from .errors import DechaffError

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

EPILOG = """examples:
  dechaff clean page.html                 print the cleaned page as JSON
  dechaff clean samples/*.txt             one JSON object a line, one per page
  dechaff clean --kind text dump.out      force the text-dump front end
  dechaff clean --indent 1 page.html      pretty-printed JSON
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dechaff",
        description="Turn saved web pages (HTML or text dumps) into clean articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"dechaff {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    clean_cmd = commands.add_parser(
        "clean",
        help="clean pages and print each as JSON",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    clean_cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="saved pages")
    clean_cmd.add_argument("--kind", choices=("html", "text"), help="skip detection: html or text")
    clean_cmd.add_argument("--url", help="the page's address, for resolving links")
    clean_cmd.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    return parser


def _clean(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.paths:
        try:
            article = clean(path, url=args.url, kind=args.kind)
        except DechaffError as exc:
            print(f"dechaff: {path}: {exc}", file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        record = {"input": str(path), **article.to_dict()}
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=args.indent) + "\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "clean":
        return _clean(args)
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands
