"""The public API: inputs, errors, and the JSON-ready contract."""

from __future__ import annotations

import json
import pickle
import zlib
from pathlib import Path

import pytest

import dechaff
from dechaff import Boilerplate, errors

SEED = Path(__file__).resolve().parents[1] / "samples" / "zh-seed-000_b337f5190e90a83a.txt"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def test_public_names_import() -> None:
    for name in ("clean", "Article", "Link", "Removed", "Boilerplate", "DechaffError"):
        assert hasattr(dechaff, name)
    assert issubclass(errors.SourceError, errors.DechaffError)
    assert issubclass(errors.NotAPageError, errors.DechaffError)


def test_missing_path_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(errors.SourceError, match="cannot read"):
        dechaff.clean(tmp_path / "absent.html")


def test_directory_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(errors.SourceError):
        dechaff.clean(tmp_path)


def test_wrong_type_is_a_source_error() -> None:
    with pytest.raises(errors.SourceError, match="source must be bytes, str, a path"):
        dechaff.clean(42)  # type: ignore[arg-type]


def test_bad_kind_is_an_argument_error() -> None:
    with pytest.raises(errors.ArgumentError, match="kind must be"):
        dechaff.clean("text", kind="pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "data",
    [PNG, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8, zlib.compress(b"x" * 999)],
)
def test_binary_bytes_are_not_a_page(data: bytes) -> None:
    with pytest.raises(errors.NotAPageError):
        dechaff.clean(data)


def test_too_large_is_refused() -> None:
    with pytest.raises(errors.PageTooLargeError):
        dechaff.clean(b"a" * 2000, max_bytes=1000)


@pytest.mark.parametrize("source", [b"", "", "   \n\n \t\n"])
def test_empty_page_gives_empty_article_with_warning(source: bytes | str) -> None:
    article = dechaff.clean(source)
    assert article.paragraphs == ()
    assert article.body == ""
    assert any("no article" in w for w in article.warnings)


def test_menu_only_page_has_no_article() -> None:
    article = dechaff.clean("Home\nNews\nSports\nContact\nAbout us\n", kind="text")
    assert article.paragraphs == ()
    assert article.warnings


def test_kind_is_detected_and_can_be_overridden() -> None:
    html = "<!doctype html><html><head><title>T</title></head><body><p>Hello.</p></body></html>"
    assert dechaff.clean(html).kind == "html"
    assert dechaff.clean(html, kind="text").kind == "text"
    assert dechaff.clean(SEED).kind == "text"


def test_to_dict_is_json_ready() -> None:
    article = dechaff.clean(SEED, url="https://example.com/a.html")
    data = article.to_dict()
    assert json.loads(article.to_json()) == data
    assert data["published"] == "2019-11-25T11:14:25"
    assert data["url"] == "https://example.com/a.html"
    assert {r["kind"] for r in data["removed"]} <= {k.value for k in Boilerplate}
    assert all(r["kind"] == r["kind"].lower() for r in data["removed"])
    assert list(data)[:4] == ["kind", "title", "site_name", "breadcrumbs"]


def test_an_article_survives_pickling() -> None:
    # batch workers send Articles to the parent process pickled
    article = dechaff.clean(SEED, url="https://example.com/a.html")
    again = pickle.loads(pickle.dumps(article))
    assert again == article
    assert again.removed[0].kind is article.removed[0].kind


def test_body_and_removed_never_share_a_block() -> None:
    article = dechaff.clean(SEED)
    assert not set(article.paragraphs) & {r.text for r in article.removed}


def test_same_input_same_output() -> None:
    assert dechaff.clean(SEED) == dechaff.clean(SEED)


# A page wrapped in a SogouT-style crawl record, in GBK, served as ISO-8859-1.
_RECORD_PAGE = (
    '<text id="http://news.example.cn/2024/0301/a.html" title="图书馆延长开放时间" '
    'encoding="gb2312">\n<html><head><meta charset="gb2312"><title>图书馆延长开放时间</title>'
    "</head><body><div><p>市图书馆宣布，从下个月起将延长周末的开放时间，方便上班族借阅图书。</p>"
    "<p>记者在现场看到，不少市民带着孩子排队办理借书证，大家都很期待新的安排。</p>"
    "<p>馆长表示，今年还会增加一批科技和历史类的新书，并举办多场面向中学生的读书讲座。</p>"
    "</div></body></html></text>\n"
)


def test_a_crawl_record_s_url_is_the_article_s_when_none_is_given() -> None:
    data = _RECORD_PAGE.encode("gb18030")
    article = dechaff.clean(data, encoding="iso-8859-1")
    assert article.url == "http://news.example.cn/2024/0301/a.html"
    assert article.encoding == "gb18030"
    assert article.language == "zh"
    assert article.paragraphs[0].startswith("市图书馆宣布，从下个月起")
    utf8 = dechaff.clean(_RECORD_PAGE.replace("gb2312", "utf-8").encode("utf-8"))
    assert utf8.url == article.url
    assert (utf8.title, utf8.paragraphs) == (article.title, article.paragraphs)
    given = dechaff.clean(data, url="https://mirror.example.org/a.html")
    assert given.url == "https://mirror.example.org/a.html"


# A record whose page names its site in the <title> and shows the headline in a table cell.
_RECORD_PORTAL = (
    '<text id="http://news.example.cn/2005/0426/b.shtml" title="渡船停航以后" encoding="gb2312">\n'
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    "<title>渡船停航以后_新闻中心_清溪网</title></head><body><table>"
    '<tr><th class="f24"><font color="#05006C">渡船停航以后</font></th></tr>'
    "<tr><td>2005年04月26日08:12 南方晨报</td></tr><tr><td>"
    "<p>湖东岸的石埠镇，一条走了三十多年的渡船上个月停航了，去对岸赶集要多绕四十里路。</p>"
    "<p>渡船的主人说船身已经漏水，修一次要花两千多元，一年的船票钱还不够修船。</p>"
    "<p>镇里正在和县交通局商量，打算今年夏天以前开通一趟到对岸的小巴。</p>"
    "</td></tr></table></body></html>\n</text>\n"
)


def test_a_crawl_record_is_read_as_the_page_it_wraps() -> None:
    # the record's <text> element would hold the page's head in its body: the <title> is
    # read as the page's, and cut at the headline the page shows
    wrapped = dechaff.clean(_RECORD_PORTAL.encode("gb18030"))
    start = _RECORD_PORTAL.index("<html>")
    bare = dechaff.clean(_RECORD_PORTAL[start:].replace("</text>", "").encode("gb18030"))
    assert wrapped.title == bare.title == "渡船停航以后"
    assert wrapped.paragraphs == bare.paragraphs
    assert wrapped.url == "http://news.example.cn/2005/0426/b.shtml"


def test_confidence_follows_its_documented_model() -> None:
    import math

    from dechaff import confidence as model
    from dechaff.article import PageType
    from dechaff.pipeline import HINTS_IGNORED, LARGER_ELSEWHERE, SECOND_OPINION, confidence

    bias, length, opinion, not_article = model.weights()

    def logistic(z: float) -> float:
        return round(1 / (1 + math.exp(-z)), 2)

    assert confidence(9, [], None) == 0.0  # near-empty
    assert confidence(200, [], PageType.ARTICLE) == logistic(bias + length)
    assert confidence(800, [], None) == logistic(bias + length)  # length counts up to 200
    assert confidence(50, [], None) == logistic(bias + 0.5 * length)  # sqrt(50 / 200)
    doubted = confidence(50, [SECOND_OPINION], PageType.LISTING)
    assert doubted == logistic(bias + 0.5 * length + opinion + not_article)
    for warning in (HINTS_IGNORED, LARGER_ELSEWHERE.format(1.6)):
        assert confidence(50, [warning], None) == logistic(bias + 0.5 * length + opinion)
    guessed = "could not tell the encoding; decoded as utf-8 with replacement characters"
    full = 1 / (1 + math.exp(-(bias + length)))
    assert confidence(800, [guessed], None) == round(full * model.DOUBT_DECODING, 2)
    assert confidence(800, ["3 byte sequence(s) ... replaced with U+FFFD"], None) == round(full, 2)


def test_the_fitted_weights_say_what_each_input_means() -> None:
    from dechaff import confidence as model

    _bias, length, opinion, not_article = model.weights()
    # a longer body is trusted more; each doubt trusts it less
    assert length > 0 > opinion
    assert not_article < 0
