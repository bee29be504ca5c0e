from collections.abc import Callable
from typing import Any

import lxml.etree

INTERFACE: int
PAGE_TAGS: frozenset[str]

Key = tuple[str | None, str | None, str | None, str | None, str]

class Walk:
    def element(self, node: int) -> lxml.etree._Element: ...
    def keys(self, blocks: list[Any], parents: list[int]) -> list[Key | None]: ...

def walk(
    root: lxml.etree._Element,
    roles: dict[Any, int],
    clean_line: Callable[[str], str],
    block_type: type[Any],
    shape: Callable[[str], Any],
    blocks: list[Any],
    parents: list[int],
) -> Walk: ...
