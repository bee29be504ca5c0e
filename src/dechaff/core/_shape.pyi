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
def repeated(
    blocks: list[Any],
    parents: list[int],
    dated: set[int],
    body: set[int],
    short_line: int,
    teaser_text: int,
    post_text: int,
    teaser_max: int,
    max_count: int,
) -> tuple[int, int, int]: ...
def block_hints(
    blocks: list[Any],
    parents: list[int],
    hints: list[Any],
    scores: list[float],
    most_blocks: float,
    wrapper_share: float,
    article_share: float,
    nav_prose_mass: float,
    prose_after_score: float,
    meta_prose_mass: float,
    navigation: Any,
    metadata: Any,
    header: Any,
    footer: Any,
    kind_type: type[Any],
    article: str,
) -> tuple[tuple[Any, ...], tuple[bool, ...]]: ...
def holding_dates(texts: list[str], yearless: bool) -> list[int]: ...
def quoted_century_starts(text: str) -> list[int]: ...
