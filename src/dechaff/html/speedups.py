"""The HTML front end's C extensions (``_speedups.pyx`` and ``_select.pyx``, beside this
module), when built.

``ctree`` (the walk, for segment.py) and ``cselect`` (the markup selection, for select.py)
are the compiled modules or None: each pass calls its module when it is there and runs its
pure-Python twin otherwise; tests set them to None to run those.
"""

from __future__ import annotations

from types import ModuleType

from ..core import native

ctree: ModuleType | None = native.load("dechaff.html._speedups")
cselect: ModuleType | None = native.load("dechaff.html._select")
