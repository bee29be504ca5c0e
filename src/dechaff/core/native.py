"""dechaff's optional C extensions: loaded when they were built, else None.

Three modules, each beside the pure-Python passes it mirrors: ``html/_speedups.pyx`` (the
element walk), ``html/_select.pyx`` (the markup selection) and ``core/_shape.pyx`` (a
block's text measure, and the sums over the container tree of the page type and of the
hints blocks inherit).
The pure-Python twins give the same results and are the reference. Building the
extensions needs a C compiler: ``pip install .`` and ``pip install -e .`` build them, and
``python setup.py build_ext --inplace`` builds them into a source tree run from ``src/``.
"""

from __future__ import annotations

import importlib
import os
import warnings
from types import ModuleType

# The interface this code calls; a build of another (left over in a source tree) is not used.
INTERFACE = 6

# Each extension asked for, by module name, and what loading it gave.
loaded: dict[str, ModuleType | None] = {}


def pure_python() -> bool:
    """True when DECHAFF_PURE_PYTHON asks for the pure-Python passes even where built."""
    return os.environ.get("DECHAFF_PURE_PYTHON", "") not in ("", "0")


def load(name: str) -> ModuleType | None:
    """The extension module ``name`` when it is built, loads and offers :data:`INTERFACE`."""
    module: ModuleType | None
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError:  # installed without a compiler, or run from a source tree not built
        module = None
    except (ImportError, ValueError) as error:  # built against an lxml it cannot run with
        warnings.warn(
            f"dechaff's C extension could not be loaded ({error}); running in pure Python",
            RuntimeWarning,
            stacklevel=2,
        )
        module = None
    if module is not None and getattr(module, "INTERFACE", None) != INTERFACE:
        module = None
    if pure_python():
        module = None
    loaded[name] = module
    return module


def accelerated() -> bool:
    """True when every C extension asked for is built and used."""
    return bool(loaded) and all(module is not None for module in loaded.values())
