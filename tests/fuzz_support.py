"""Mutations of a real file, for the property-based tests of every reader."""

from __future__ import annotations

from hypothesis import strategies as st

# Pieces that tend to break parsers: YAML anchors, aliases and tags, list and key marks, braces, NUL, markup.
PIECES = [b"&a", b"*a", b"!!python/object:os.system", b"- ", b": ", b"{", b"\x00", b"<!--", b"]]>"]


@st.composite
def mutated(draw: st.DrawFn, original: bytes, steps: int = 6) -> bytes:
    """`original` with up to `steps` edits: deletions, inserted pieces or bytes, flipped bytes, a cut-off end,
    repeated runs."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, steps))):
        action = draw(st.sampled_from(["delete", "insert", "flip", "truncate", "duplicate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif action == "insert":
            data[at:at] = draw(st.sampled_from(PIECES) | st.binary(max_size=20))
        elif action == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 300))]
    return bytes(data)
