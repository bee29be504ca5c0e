"""dechaff.dask on a local cluster of two worker processes gives what clean_many gives."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed")
pytest.importorskip("distributed", reason="the dask extra is not installed")

import dask.bag as db
from distributed import Client, LocalCluster

from dechaff.batch import clean_many
from dechaff.dask import clean_bag, to_jsonl

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGES = sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def client() -> object:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def _inputs(tmp_path: Path) -> list[str]:
    archive = tmp_path / "pages.tar"
    with tarfile.open(archive, "w") as tar:
        for page in PAGES[:3]:
            tar.add(page, arcname=f"in/{page.name}")
        logo = tarfile.TarInfo("in/logo.png")
        data = b"\x89PNG\r\n\x1a\n" + bytes(16)
        logo.size = len(data)
        tar.addfile(logo, io.BytesIO(data))
    return [*map(str, PAGES[3:]), str(archive), str(tmp_path / "absent.html")]


def test_clean_bag_equals_clean_many(client: Client, tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    bag = db.from_sequence(inputs, npartitions=2)
    got = clean_bag(bag, workers=0).compute()
    expected = list(clean_many(inputs, workers=0))
    assert sorted(got, key=lambda r: r.input) == sorted(expected, key=lambda r: r.input)
    assert {r.status for r in got} == {"ok", "skipped", "failed"}
    # The default: each partition in a worker process of its own, under the time limit.
    isolated = clean_bag(db.from_sequence(inputs, npartitions=2), timeout=30).compute()
    assert isolated == got


def test_to_jsonl_writes_one_record_per_page(client: Client, tmp_path: Path) -> None:
    bag = db.from_sequence([str(p) for p in PAGES], npartitions=2)
    to_jsonl(clean_bag(bag, workers=0), str(tmp_path / "out" / "part-*.jsonl"))
    lines = [
        json.loads(line)
        for part in sorted((tmp_path / "out").glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(r["input"] for r in lines) == sorted(str(p) for p in PAGES)
