"""dechaff's optional C extension, when it was built.

``ctree`` is the compiled module (_speedups.pyx) or None. The passes that use it
have pure-Python twins that give the same results; tests set ``ctree`` to None to
run those.
"""

from __future__ import annotations

import os
from types import ModuleType

ctree: ModuleType | None
try:
    from . import _speedups as ctree
except ImportError:  # installed without a compiler, or run from a source tree not built
    ctree = None

# DECHAFF_PURE_PYTHON=1 runs the pure-Python passes even where the extension is built.
if os.environ.get("DECHAFF_PURE_PYTHON", "") not in ("", "0"):
    ctree = None
