#!/usr/bin/env python3
"""Write docs/api.md, the API reference, from the public names' signatures and docstrings.

    .venv/bin/python scripts/gen_api_docs.py          # rewrite docs/api.md
    .venv/bin/python scripts/gen_api_docs.py --check  # exit 1 if docs/api.md is stale

Documents what ``dechaff.__all__`` exports, then :mod:`dechaff.dask` (the ``dask`` extra
must be installed), :class:`dechaff.batch.Item` and :class:`dechaff.render.audit.Entry`.
The output depends only on the source.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import importlib
import inspect
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "api.md"
_ROLE = re.compile(r":(?:class|func|meth|mod|attr|exc|data):`~?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")


def markdown(doc: str | None) -> str:
    """A docstring as Markdown: reST roles and double backquotes become code spans."""
    if not doc:
        return ""
    text = _ROLE.sub(lambda m: f"`{m.group(1)}`", inspect.cleandoc(doc))
    text = _LITERAL.sub(lambda m: f"`{m.group(1)}`", text)
    # doctest examples become a code block
    lines, in_code = text.splitlines(), False
    out: list[str] = []
    for line in lines:
        is_code = line.startswith(">>> ")
        if is_code and not in_code:
            out += ["```python"] if not out or not out[-1] else ["", "```python"]
        elif not is_code and in_code:
            out += ["```"] if not line else ["```", ""]
        in_code = is_code
        out.append(re.sub(r"\s+# doctest:.*$", "", line[4:]) if is_code else line)
    if in_code:
        out.append("```")
    return "\n".join(out).strip()


def signature(name: str, obj: object) -> str:
    """``name(parameters) -> return`` as the source spells it, a parameter a line if long."""
    try:
        sig = inspect.signature(obj)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return name
    text = f"{name}{sig}".replace("'", "")
    if len(text) <= 88:
        return text
    params = [str(p).replace("'", "") for p in sig.parameters.values()]
    for i, param in enumerate(sig.parameters.values()):
        if param.kind is param.KEYWORD_ONLY:
            params.insert(i, "*")
            break
    ret = "" if sig.return_annotation is sig.empty else f" -> {sig.return_annotation}"
    return f"{name}(\n" + "".join(f"    {p},\n" for p in params) + f"){ret}".replace("'", "")


def code(text: str) -> list[str]:
    """A Python code block."""
    return ["```python", text, "```", ""]


def cell(text: str) -> str:
    """Text for a Markdown table cell."""
    return text.replace("|", "\\|")


def members(cls: type) -> list[tuple[str, object]]:
    """Public methods and properties defined in the class itself, in source order."""
    found: list[tuple[str, object]] = []
    for key, value in vars(cls).items():
        if key.startswith("_") and key not in ("__str__",):
            continue
        if key == "__str__" or not (inspect.isfunction(value) or isinstance(value, property)):
            continue
        found.append((key, value))
    return found


def describe_class(qualname: str, cls: type) -> list[str]:
    """Sections for a class: its constructor, docstring, fields, members."""
    out: list[str] = []
    if issubclass(cls, enum.Enum):
        out += [f"### `{qualname}`", "", markdown(cls.__doc__), ""]
        out += ["| member | value |", "|---|---|"]
        out += [f"| `{m.name}` | `{m.value!r}` |" for m in cls]
        return [*out, ""]
    if issubclass(cls, BaseException):
        base = cls.__mro__[1].__name__
        return [f"### `{qualname}({base})`", "", markdown(cls.__doc__), ""]
    out += [f"### `{qualname}`", ""]
    if dataclasses.is_dataclass(cls):
        out += [markdown(cls.__doc__), ""]
        out += ["| field | type | default |", "|---|---|---|"]
        for f in dataclasses.fields(cls):
            default = "" if f.default is dataclasses.MISSING else f"`{cell(repr(f.default))}`"
            out.append(f"| `{f.name}` | `{cell(str(f.type))}` | {default} |")
        out.append("")
    else:
        out += [*code(signature(qualname.rsplit(".", 1)[-1], cls)), markdown(cls.__doc__), ""]
    for key, value in members(cls):
        if isinstance(value, property):
            out += [f"#### `{qualname}.{key}` (property)", "", markdown(value.__doc__), ""]
        else:
            out += [f"#### `{qualname}.{key}`", ""]
            out += [*code(signature(key, value)), markdown(value.__doc__), ""]
    return out


def describe(qualname: str, obj: object) -> list[str]:
    """Sections for one public name."""
    if inspect.isclass(obj):
        return describe_class(qualname, obj)
    if callable(obj):
        short = qualname.rsplit(".", 1)[-1]
        return [f"### `{qualname}`", "", *code(signature(short, obj)), markdown(obj.__doc__), ""]
    return [f"### `{qualname}`", "", f"`{obj!r}`", ""]


def module_section(module: ModuleType, names: list[str], prefix: str) -> list[str]:
    """A module's heading, docstring, and its names."""
    out = [f"## `{module.__name__}`", "", markdown(module.__doc__), ""]
    for name in names:
        out += describe(f"{prefix}{name}", getattr(module, name))
    return out


def render() -> str:
    """The whole of docs/api.md."""
    import dechaff

    try:
        dask_module = importlib.import_module("dechaff.dask")
    except ImportError as exc:
        raise SystemExit(f"dechaff.dask needs the dask extra: {exc}") from exc
    from dechaff.batch import inputs
    from dechaff.render import audit

    out = [
        "# API reference",
        "",
        "<!-- Generated by scripts/gen_api_docs.py from the docstrings; do not edit. -->",
        "",
        "Everything below is importable from the names shown. Guides:"
        " [getting started](getting-started.md), [the Article fields](fields.md),"
        " [cleaning many pages](batch.md).",
        "",
    ]
    exported = sorted(n for n in dechaff.__all__ if n != "__version__")
    functions = [n for n in exported if not inspect.isclass(getattr(dechaff, n))]
    classes = [n for n in exported if inspect.isclass(getattr(dechaff, n))]
    errors = [n for n in classes if issubclass(getattr(dechaff, n), BaseException)]
    plain = [n for n in classes if n not in errors]
    errors.sort(key=lambda n: (n != "DechaffError", n))
    out += module_section(dechaff, functions + plain + errors, "dechaff.")
    out += module_section(dask_module, list(dask_module.__all__), "dechaff.dask.")
    out += [f"## `{inputs.__name__}`", ""]
    out += describe("dechaff.batch.Item", inputs.Item)
    out += [f"## `{audit.__name__}`", ""]
    out += describe("dechaff.render.audit.Entry", audit.Entry)
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write docs/api.md, or with --check say whether it is up to date."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/api.md is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run scripts/gen_api_docs.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
