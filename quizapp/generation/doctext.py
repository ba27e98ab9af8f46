"""A parsed paragraph's text, worked out once, and the token at a place in it.

spaCy builds ``Doc.text`` anew from its tokens on every call, which costs as much as a pass over the
paragraph; the analysis asks for it many times per paragraph, so it is kept with the Doc.
"""

from __future__ import annotations

from typing import Any

_KEY = "quizapp.text"


def remember_text(doc: Any, text: str) -> None:
    """Keep `text`, the string `doc` was parsed from, as its text: spaCy keeps every character of its input,
    so the two are the same, and nothing need be joined. Checked by where the last token ends."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_KEY] = text


def doc_text(doc: Any) -> str:
    """The text of a spaCy `doc`, kept in its user data after the first call."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def token_at(span: Any, at: int) -> Any:
    """The token of `span` (a sentence) that starts `at` characters into it, or None."""
    start = span.start_char
    return next((t for t in span if t.idx - start == at), None)
