"""The byline's name on a line of its own above the article's first paragraph.

A template prints the writer's name alone under the headline (an author card: a picture,
the name, maybe a role). The line reads as no boilerplate kind, so the region takes it in;
once the metadata has found the author, the line that says only that name, before the
body's first paragraph of prose, is the byline's: metadata.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import reads_as_prose


def byline_names(
    blocks: Sequence[Block], kinds: Sequence[Boilerplate | None], names: Iterable[str | None]
) -> tuple[Boilerplate | None, ...]:
    """``kinds`` with the body lines above the first prose paragraph that repeat one of
    ``names`` (the author found) made metadata."""
    wanted = {" ".join(n.split()).casefold() for n in names if n}
    out = list(kinds)
    if not wanted:
        return tuple(out)
    for block in blocks:
        if kinds[block.index] is not None:
            continue
        if reads_as_prose(block.shape):
            break
        if " ".join(block.text.split()).casefold() in wanted:
            out[block.index] = Boilerplate.METADATA
    return tuple(out)
