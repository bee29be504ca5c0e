"""The audit report in a real browser: headless Chromium renders it offline, with no console
message (no script error, no blocked load) and a screenshot that is not blank.

Needs Debian's ``chromium`` and a CJK font (``fonts-wqy-microhei``), which CI installs
(.ci/run); elsewhere these tests skip and say which is missing.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest
from lxml import html

import dechaff
from dechaff.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    *sorted((ROOT / "samples").glob("*.txt")),
    *sorted((ROOT / "examples/pages").glob("*")),
    *sorted((ROOT / "tests/golden").glob("*-structure.html")),  # a block of every role
]
CHROMIUM = shutil.which("chromium")
# What Chromium logs when a page's console speaks: script errors, CSP violations, blocked loads.
CONSOLE = re.compile(r":CONSOLE[:(]|Uncaught|Refused to|Content Security Policy|net::ERR_")


def _cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    found = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True)
    return bool(found.stdout.strip())


pytestmark = [
    pytest.mark.skipif(
        CHROMIUM is None, reason="no 'chromium' on PATH (apt-get install chromium) to render in"
    ),
    pytest.mark.skipif(
        not _cjk_font(),
        reason="no CJK font (apt-get install fonts-wqy-microhei): Chinese would show as boxes",
    ),
]


def chromium(tmp_path: Path, page: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on a local file, offline, with its console logged to stderr."""
    assert CHROMIUM is not None
    argv = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    argv += ["--enable-logging=stderr", "--v=0", f"--user-data-dir={tmp_path / 'profile'}"]
    argv += [*flags, page.as_uri()]
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)


def console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if CONSOLE.search(line)]


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the RGB(A) rows of an 8-bit PNG, read with zlib alone."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    chunks: list[bytes] = []
    pos, header = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        header = body if kind == b"IHDR" else header
        chunks += [body] if kind == b"IDAT" else []
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0)
    bpp = {2: 3, 6: 4}[colour]
    return width, height, _unfilter(zlib.decompress(b"".join(chunks)), width * bpp, height, bpp)


def _unfilter(raw: bytes, stride: int, height: int, bpp: int) -> list[bytes]:
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=True))
        elif kind in (1, 3, 4):
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i] if kind != 1 else 0
                c = prev[i - bpp] if kind == 4 and i >= bpp else 0
                if kind == 3:
                    line[i] = (line[i] + ((a + b) >> 1)) & 255
                    continue
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return rows


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit") / "report.html"
    assert main(["audit", *map(str, PAGES), "-o", str(path), "--workers", "0", "-q"]) == 0
    return path


def test_screenshot_is_not_blank_and_the_console_is_silent(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    done = chromium(tmp_path, report, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.exists(), done.stderr[-2000:]
    assert console_lines(done.stderr) == []
    width, height, rows = png_pixels(shot)
    assert (width, height) == (1280, 2000)
    bpp = len(rows[0]) // width
    colours = Counter(row[x : x + 3] for row in rows[::2] for x in range(0, len(row), bpp * 2))
    assert len(colours) > 100, "the screenshot is (nearly) one colour"
    _, count = colours.most_common(1)[0]
    assert count < 0.9 * sum(colours.values())
    # the style sheet applied: the report's background and the header label's blue are there
    assert bytes.fromhex("f6f6f3") in colours
    assert bytes.fromhex("0072b2") in colours


def test_the_console_check_sees_a_page_that_breaks_the_rules(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><meta http-equiv='Content-Security-Policy' content=\"default-src 'none'\">"
        "<p>x</p><img src='https://example.com/x.png'><script>console.error('boom')</script>",
        encoding="utf-8",
    )
    done = chromium(tmp_path, bad, f"--screenshot={tmp_path / 'bad.png'}", "--window-size=300,200")
    assert len(console_lines(done.stderr)) >= 2


def test_the_rendered_dom_holds_every_block(report: Path, tmp_path: Path) -> None:
    done = chromium(tmp_path, report, "--dump-dom")
    root = html.document_fromstring(done.stdout)
    articles = [dechaff.clean(page) for page in PAGES]
    assert len(root.find_class("page")) == len(PAGES)
    assert len(root.find_class("rm")) == sum(len(a.removed) for a in articles)
    for section, article in zip(root.find_class("page"), articles, strict=True):
        (blocks,) = section.find_class("blocks")
        if not article.blocks:
            assert len(blocks.find_class("body")) == len(article.paragraphs)
            continue
        roles = Counter(b.role.value for b in article.blocks if b.role.value != "paragraph")
        shown = Counter(
            {
                "heading": len(blocks.xpath(".//h2 | .//h3 | .//h4 | .//h5 | .//h6")),
                "list_item": len(blocks.xpath(".//li")),
                "code": len(blocks.xpath(".//pre")),
                "table": len(blocks.xpath(".//table")),
                "quote": len(blocks.xpath(".//blockquote")),
                "figure": len(blocks.xpath(".//figure")),
            }
        )
        assert +shown == roles, section.get("id")
    assert "风口:B端小微金融的三路玩法" in root.text_content()
    assert not list(root.iter("script"))
