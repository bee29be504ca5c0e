"""Builds dechaff's optional C extension; everything else is in pyproject.toml.

The extension (src/dechaff/_speedups.pyx) walks libxml2's nodes through lxml's
public C API. Without a compiler the build goes on without it, and dechaff runs
its pure-Python passes, which give the same results.
"""

import lxml
from Cython.Build import cythonize
from setuptools import Extension, setup

extension = Extension(
    "dechaff._speedups",
    ["src/dechaff/_speedups.pyx"],
    include_dirs=lxml.get_include(),
    optional=True,
)
extensions = cythonize([extension], language_level=3, quiet=True)
for built in extensions:  # cythonize makes new Extension objects: keep them optional
    built.optional = True
setup(ext_modules=extensions)
