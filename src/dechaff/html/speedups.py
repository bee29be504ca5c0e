"""The HTML front end's C extension (``_speedups.pyx``, beside this module), when built.

``ctree`` is the compiled module or None: the walk (segment.py) and the markup selection
call it when it is there and run their pure-Python twins otherwise; tests set it to None
to run those.
"""

from __future__ import annotations

from types import ModuleType

from ..core import native

ctree: ModuleType | None = native.load("dechaff.html._speedups")
