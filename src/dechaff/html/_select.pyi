from collections.abc import Callable

import lxml.etree

INTERFACE: int

_Elements = list[lxml.etree._Element]

def select(
    root: lxml.etree._Element,
    read_tags: tuple[str, ...],
    rules: tuple[tuple[str, ...], ...],
    kinds_of: Callable[[lxml.etree._Element], int],
) -> tuple[dict[str, _Elements], _Elements, _Elements, _Elements, _Elements, _Elements]: ...
