"""The package's layout: imports flow one way, no circles, small modules, docs that match.

A page goes read -> html or text -> label -> metadata -> pipeline (assemble) -> api; the
batch layer and the command line sit on top and use ``dechaff.clean``; render reads only
the result types. Each top-level unit (a package or a module of ``dechaff``) may import
only the units listed for it in :data:`ALLOWED`. The test reads the source with ``ast``,
so an import inside a function or under ``TYPE_CHECKING`` counts like any other.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "dechaff"
MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 60

_BASE = {"article", "document", "errors"}
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "document": set(),
    "article": {"document", "errors"},  # from_dict raises RecordError
    "core": _BASE,
    "read": _BASE | {"core"},
    "html": _BASE | {"core"},
    "text": _BASE | {"core"},
    "label": _BASE | {"core"},
    "metadata": _BASE | {"core", "html", "label"},
    "render": {"article", "document"},
    "confidence": set(),  # the body's confidence: a model over numbers, its weights as data
    "pipeline": _BASE | {"core", "read", "html", "text", "label", "metadata", "confidence"},
    "api": _BASE | {"read", "pipeline"},
    "batch": _BASE | {"read", "api", "render"},
    "dask": {"batch"},
    "cli": _BASE | {"__init__", "core", "read", "render", "batch"},
    "__init__": _BASE | {"api", "batch", "render"},
    "__main__": {"cli"},
}
STAGES = ("document", "core", "read", "html", "text", "label", "metadata", "render", "batch")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """The dechaff modules that a module imports, each by its full name."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.split(".")[0] == "dechaff")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] != "dechaff":
                continue
            for alias in node.names:  # "from . import x" may name a module
                child = f"{target}.{alias.name}"
                yield child if child in known else target


def _graph() -> dict[str, set[str]]:
    sources = _sources()
    known = set(sources) | {"dechaff.html._speedups", "dechaff.html._select", "dechaff.core._shape"}
    return {name: set(_imports(name, path, known)) - {name} for name, path in sources.items()}


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_unit_has_a_rule() -> None:
    units = {_unit(name) for name in _sources()}
    assert units == set(ALLOWED), "a new package or top-level module needs its line in ALLOWED"


def test_imports_flow_the_stated_way() -> None:
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if _unit(target) != _unit(module) and _unit(target) not in ALLOWED[_unit(module)]
    )
    assert not wrong, "imports against the direction:\n" + "\n".join(wrong)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_between_modules() -> None:
    assert _cycles(_graph()) == []


def test_the_rules_themselves_have_no_circle() -> None:
    assert _cycles({unit: set(allowed) for unit, allowed in ALLOWED.items()}) == []


def test_the_cycle_finder_finds_a_circle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_front_ends_do_not_import_the_labeller() -> None:
    graph = _graph()
    for module, targets in graph.items():
        if _unit(module) in ("html", "text"):
            assert not {t for t in targets if _unit(t) in ("label", "metadata")}, module


def _modules_and_twins() -> list[Path]:
    return sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.pyx")])


@pytest.mark.parametrize("path", _modules_and_twins(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_are_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{lines} lines: split it by job"


def test_functions_are_short() -> None:
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} {length}")
    assert not long, "\n".join(long)


def test_the_c_twins_sit_beside_the_modules_they_mirror() -> None:
    twins = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.pyx")}
    assert twins == {"html/_speedups.pyx", "html/_select.pyx", "core/_shape.pyx"}
    html_twin = (PACKAGE / "html" / "_speedups.pyx").read_text(encoding="utf-8")
    assert "segment.walk_python" in html_twin
    select_twin = (PACKAGE / "html" / "_select.pyx").read_text(encoding="utf-8")
    assert "Python branch of select.select" in select_twin
    assert "features.shape_of_python" in (PACKAGE / "core" / "_shape.pyx").read_text("utf-8")


@pytest.mark.parametrize("stage", STAGES)
def test_each_package_says_what_each_module_holds(stage: str) -> None:
    folder = PACKAGE / stage
    doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8")))
    assert doc, f"{stage}/__init__.py needs a docstring"
    named = set(re.findall(r"``(\w+)``", doc))
    modules = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    assert modules <= named, f"not described: {sorted(modules - named)}"


def test_how_it_works_shows_the_layout() -> None:
    text = (ROOT / "docs" / "how-it-works.md").read_text(encoding="utf-8")
    tree = text.split("<!-- layout:begin -->", 1)[1].split("<!-- layout:end -->", 1)[0]
    shown = set(re.findall(r"^\s*[├└]── (\w+)/", tree, flags=re.MULTILINE))
    assert shown == set(STAGES) | {"lexicons"}
