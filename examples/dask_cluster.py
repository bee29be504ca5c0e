#!/usr/bin/env python3
"""Clean pages on a Dask cluster (needs ``pip install 'dechaff[dask]'``).

    python examples/dask_cluster.py samples/*.txt examples/pages -o /tmp/dask-out
    python examples/dask_cluster.py /mnt/crawl/*.warc.gz -o /mnt/out --scheduler tcp://host:8786

Without ``--scheduler`` a local cluster of two worker processes stands in for a real one.
Inputs must be readable by every worker under the same path. Output: one JSON Lines file per
partition, ``part-0.jsonl``, ``part-1.jsonl``...
"""

from __future__ import annotations

import argparse
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

from dechaff.dask import clean_bag, to_jsonl


def main() -> None:
    """Clean the inputs, one partition per input, and write the parts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="pages, folders, archives, WARC files")
    parser.add_argument("-o", "--output", type=Path, required=True, help="folder for the parts")
    parser.add_argument("--scheduler", help="address of a running scheduler (default: local)")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    with client:
        inputs = db.from_sequence(args.inputs, npartitions=len(args.inputs))
        to_jsonl(clean_bag(inputs, timeout=30), str(args.output / "part-*.jsonl"))
    parts = sorted(args.output.glob("part-*.jsonl"))
    records = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in parts)
    print(f"{records} records in {len(parts)} files under {args.output}")


if __name__ == "__main__":
    main()
