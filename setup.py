"""Builds dechaff's optional C extensions; everything else is in pyproject.toml.

src/dechaff/html/_speedups.pyx and _select.pyx read libxml2's nodes through lxml's public
C API; src/dechaff/core/_shape.pyx measures a block's text in one pass. Without a compiler
the build goes on without them, and dechaff runs its pure-Python passes, which give
the same results.
"""

import lxml
from Cython.Build import cythonize
from setuptools import Extension, setup

walk = Extension(
    "dechaff.html._speedups",
    ["src/dechaff/html/_speedups.pyx"],
    include_dirs=lxml.get_include(),
    optional=True,
)
select = Extension(
    "dechaff.html._select",
    ["src/dechaff/html/_select.pyx"],
    include_dirs=lxml.get_include(),
    optional=True,
)
shape = Extension("dechaff.core._shape", ["src/dechaff/core/_shape.pyx"], optional=True)
extensions = cythonize([walk, select, shape], language_level=3, quiet=True)
for built in extensions:  # cythonize makes new Extension objects: keep them optional
    built.optional = True
setup(ext_modules=extensions)
