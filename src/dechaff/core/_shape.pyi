from typing import Any

INTERFACE: int

def configure_shape(
    text_shape: type[Any],
    cjk_ranges: tuple[tuple[int, int], ...],
    full: str,
    half: str,
    half_after_cjk: str,
    quotes: str,
    after: str,
    ends: str,
    closers: str,
) -> None: ...
def shape(text: str) -> Any: ...
