"""The model's two rule-based components, run faster with exactly the same results.

**Attribute rules.** The English model's `attribute_ruler` holds about 180 one- and two-token rules ("TAG is NN ->
POS NOUN", "LOWER is 'gon' then 'na' -> LEMMA 'go'"). spaCy runs them through its general token Matcher, whose per-token
predicate calls took about an eighth of the whole generator's time. Every rule of the shipped model is a plain
sequence of token tests (equal, IN, NOT_IN, REGEX, on TAG, LOWER, DEP or IS_SPACE), so an index from a token's
lower-case form, tag or label to the rules that can start there finds the same matches with a few dictionary look-ups.

`speed_up` installs that index on the loaded ruler only when every rule has that plain shape; a model with any
other kind of rule keeps spaCy's matcher. The matches go to spaCy's own `set_annotations`, in the order spaCy's
`match` gives them (by rule, then position), so later rules still take precedence and the tokens end up with
exactly the same attributes.

**Lemmas.** spaCy's rule lemmatizer checks each candidate lemma against the model's word index with `form in index`,
and the index is a list (57,528 nouns): each new word form scanned it from the start, which cost about a tenth of the
generator's time. `index_as_sets` turns each part of speech's list into a set, which answers `in` the same way.

A test compares every token's tag, part of speech, features and lemma with the unchanged model on real text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.strings import StringStore
    from spacy.tokens import Doc

# The token attributes the shipped rules test, in the order of the columns `match` reads from `Doc.to_array`.
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_INDEX_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")

# One token test: the column it reads and a predicate on that column's value.
Test = tuple[int, Callable[[int], bool]]


class _Unsupported(ValueError):
    """A rule this index cannot express; the model keeps spaCy's matcher."""


def _predicate(spec: Any, strings: StringStore) -> Callable[[int], bool]:
    """A test on a column's value: a string's hash (TAG, LOWER, DEP) or 0/1 (IS_SPACE)."""
    if isinstance(spec, bool):
        return int(spec).__eq__
    if isinstance(spec, str):
        return strings.add(spec).__eq__
    if isinstance(spec, dict) and len(spec) == 1:
        ((operator, operand),) = spec.items()
        if operator == "IN" and isinstance(operand, list):
            return frozenset(strings.add(value) for value in operand).__contains__
        if operator == "NOT_IN" and isinstance(operand, list):
            excluded = frozenset(strings.add(value) for value in operand)
            return lambda value: value not in excluded
        if operator == "REGEX" and isinstance(operand, str):
            search = re.compile(operand).search
            return _Memo(lambda value: search(strings[value]) is not None).__getitem__
    raise _Unsupported(spec)


class _Memo(dict):
    """A test's answers by value: a regular expression runs once per distinct word, not once per token."""

    def __init__(self, test: Callable[[int], bool]) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, value: int) -> bool:
        self[value] = answer = self._test(value)
        return answer


def _token_tests(spec: Any, strings: StringStore) -> tuple[Test, ...]:
    if not isinstance(spec, dict) or not spec:
        raise _Unsupported(spec)
    tests = []
    for attr, value in spec.items():
        if attr not in _COLUMNS or (attr == "IS_SPACE") != isinstance(value, bool):
            raise _Unsupported(attr)
        tests.append((_COLUMNS[attr], _predicate(value, strings)))
    return tuple(tests)


def _start_keys(spec: dict, attr: str, strings: StringStore) -> list[int] | None:
    """The values of column `attr` a rule's first token must have, or None if the rule does not fix them."""
    value = spec.get(attr)
    if value is True:
        return [1]
    if isinstance(value, str):
        return [strings.add(value)]
    if isinstance(value, dict) and list(value) == ["IN"] and all(isinstance(v, str) for v in value["IN"]):
        return [strings.add(v) for v in value["IN"]]
    return None


class RuleIndex:
    """Every rule of one attribute ruler, indexed by the lower-case form or the tag its first token needs."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        # By the first token's lower-case form first (it narrows a rule to a handful of words), then its tag,
        # its dependency label and whether it is white space; a rule that fixes none of them is tried everywhere.
        self._keyed: list[tuple[int, dict[int, list[tuple]]]] = [(_COLUMNS[a], {}) for a in _INDEX_ORDER]
        self._anywhere: list[tuple] = []
        for attr_id, rule in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in rule["patterns"]:
                if not pattern:
                    raise _Unsupported(pattern)
                entry = (attr_id, match_id, tuple(_token_tests(spec, strings) for spec in pattern))
                for attr, (_, index) in zip(_INDEX_ORDER, self._keyed, strict=True):
                    if (keys := _start_keys(pattern[0], attr, strings)) is not None:
                        for key in keys:
                            index.setdefault(key, []).append(entry)
                        break
                else:
                    self._anywhere.append(entry)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The same list as `AttributeRuler.match`: (rule, match id, start, end), by rule and then position."""
        columns = doc.to_array(list(_COLUMNS)).T.tolist() if len(doc) else [[], [], [], []]
        length = len(columns[0])
        found = set()
        keyed = [(columns[column], index) for column, index in self._keyed]
        anywhere = self._anywhere
        for start in range(length):
            for entries in (*(index.get(values[start], ()) for values, index in keyed), anywhere):
                for attr_id, match_id, pattern in entries:
                    end = start + len(pattern)
                    if end <= length and all(
                        test(columns[column][start + offset])
                        for offset, tests in enumerate(pattern)
                        for column, test in tests
                    ):
                        found.add((attr_id, match_id, start, end))
        return sorted(found)


def index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Turn the rule lemmatizer's word index (one list per part of speech) into sets."""
    if "lemma_index" not in lemmatizer.lookups:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def speed_up(ruler: AttributeRuler) -> bool:
    """Let `ruler` find its matches through a `RuleIndex`; False (and no change) if a rule has another shape."""
    try:
        index = RuleIndex(ruler)
    except _Unsupported:
        return False
    ruler.match = index.match  # type: ignore[method-assign]  # the instance's matcher step only
    return True
