"""atheris harness for dechaff.clean(): see tests/fuzz/README.md for the command."""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for hostile.cases

with atheris.instrument_imports(include=["dechaff"]):
    import dechaff  # noqa: F401

from fuzz.target import one_input, seeds


def write_seeds(folder: Path) -> None:
    """Fill an empty corpus folder with the seeds."""
    folder.mkdir(parents=True, exist_ok=True)
    if not any(folder.iterdir()):
        for number, seed in enumerate(seeds()):
            (folder / f"seed-{number:03}").write_bytes(seed)


def main() -> None:
    """Run libFuzzer; a first argument that is a folder is the corpus (seeded when empty)."""
    corpora = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    for corpus in corpora[:1]:
        write_seeds(corpus)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
