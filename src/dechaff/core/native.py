"""dechaff's optional C extension, when it was built.

``ctree`` is the compiled module (_speedups.pyx) or None. The passes that use it have
pure-Python twins that give the same results; tests set ``ctree`` to None to run those.
Building it needs a C compiler: ``pip install .`` and ``pip install -e .`` build it, and
``python setup.py build_ext --inplace`` builds it into a source tree run from ``src/``.
"""

from __future__ import annotations

import os
import warnings
from types import ModuleType

# The interface this code calls; a build of another (left over in a source tree) is not used.
INTERFACE = 1

ctree: ModuleType | None
try:
    from .. import _speedups as ctree
except ModuleNotFoundError:  # installed without a compiler, or run from a source tree not built
    ctree = None
except (ImportError, ValueError) as error:  # built against an lxml it cannot run with
    warnings.warn(
        f"dechaff's C extension could not be loaded ({error}); running in pure Python",
        RuntimeWarning,
        stacklevel=1,
    )
    ctree = None

if ctree is not None and getattr(ctree, "INTERFACE", None) != INTERFACE:
    ctree = None
# DECHAFF_PURE_PYTHON=1 runs the pure-Python passes even where the extension is built.
if os.environ.get("DECHAFF_PURE_PYTHON", "") not in ("", "0"):
    ctree = None


def accelerated() -> bool:
    """True when the C extension is built and used."""
    return ctree is not None
