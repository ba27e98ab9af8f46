"""Text normalisation: match text with quotes, dashes and spaces folded, display the original."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_FOLD = str.maketrans(
    {
        "\u2018": "'",  # left single quote
        "\u2019": "'",  # right single quote, apostrophe
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",  # prime
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\u00a0": " ",  # no-break space
        "\u2009": " ",
        "\u202f": " ",
        "\u2026": "...",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\ufeff": None,
    }
)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)  # the generator folds the same sentences many times over, in each check
def fold(text: str) -> str:
    """Return `text` with typographic quotes, dashes and odd spaces replaced by plain ASCII ones.

    Whitespace runs are kept as they are, so offsets in folded text differ from the
    original only where an ellipsis or a removed invisible character sits.
    """
    return unicodedata.normalize("NFC", text).translate(_FOLD)


_SAME_LENGTH = {key: value for key, value in _FOLD.items() if isinstance(value, str) and len(value) == 1}


def fold_same_length(text: str) -> str:
    """Fold quotes, dashes and odd spaces one character for one, so offsets stay valid."""
    return text.translate(_SAME_LENGTH)


@lru_cache(maxsize=4096)
def match_key(text: str) -> str:
    """A key for comparing two texts: folded, whitespace collapsed, stripped."""
    return _SPACES.sub(" ", fold(text)).strip()


def contains(haystack: str, needle: str) -> bool:
    """True when `needle` occurs in `haystack`, ignoring quote, dash and spacing styles."""
    key = match_key(needle)
    return bool(key) and key in match_key(haystack)


def tidy(text: str) -> str:
    """Collapse whitespace runs to one space and strip; keep the original characters."""
    return _SPACES.sub(" ", text).strip()


def nest_quotes(text: str) -> str:
    """Quotation marks inside a quotation made single, as English nests them: “the film “Bambi”” becomes
    “the film ‘Bambi’”. Straight quotes inside curly ones count too. Text whose marks do not pair up is
    returned as it is (a quote that runs on into the next paragraph has no closing mark)."""
    out: list[str] = []
    depth = 0  # 0 outside, 1 inside a quotation, 2 inside a quotation within it
    inner_straight = False
    for char in text:
        if char == "“":
            if depth >= 2:
                return text
            depth += 1
            out.append("“" if depth == 1 else "‘")
        elif char == "”":
            if depth == 0:
                return text
            out.append("”" if depth == 1 else "’")
            depth -= 1
        elif char == '"' and depth >= 1:
            if depth == 1:
                depth, inner_straight = 2, True
                out.append("‘")
            elif inner_straight:
                depth, inner_straight = 1, False
                out.append("’")
            else:
                return text
        else:
            out.append(char)
    return "".join(out) if depth == 0 else text


def inside_quotation_marks(text: str, at: int) -> bool:
    """Whether position `at` of `text` lies inside quotation marks opened in `text` (straight or curly)."""
    before = text[: max(0, at)]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _wordish(char: str) -> bool:
    return char.isalnum() or char == "_"


def find_words(text: str, word: str, *, whole: bool = True) -> Iterator[tuple[int, int]]:
    """Start and end of each place `word` stands in `text` between word boundaries (only the boundary before it
    when not `whole`), left to right."""
    if not word:
        return
    start, size = 0, len(word)
    first, last = _wordish(word[0]), _wordish(word[-1])
    while (at := text.find(word, start)) >= 0:
        before = at > 0 and _wordish(text[at - 1])
        after = at + size < len(text) and _wordish(text[at + size])
        if before != first and (not whole or after != last):
            yield at, at + size
        start = at + 1


def has_word(text: str, word: str, *, whole: bool = True) -> bool:
    """Whether `word` stands in `text` between word boundaries, as ``re.search(rf"\\b{re.escape(word)}\\b", text)``
    finds it (only the boundary before it when not `whole`), without compiling a pattern for every word: the
    generator asks this of thousands of names and phrases, and each new pattern costs a compile."""
    return next(find_words(text, word, whole=whole), None) is not None


def word_then(text: str, word: str, then: re.Pattern[str]) -> bool:
    """Whether `word` stands in `text` after a word boundary with `then` matching right after it, as
    ``re.search(rf"\\b{re.escape(word)}{then.pattern}", text)`` finds it, without a pattern compiled for each word
    (a surname, then "'s son" or ", who teaches")."""
    return any(then.match(text, end) for _, end in find_words(text, word, whole=False))
