"""One name, one type: document-level voting over the entity labels the model gave each mention."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

# Labels the gazetteer ruler sets (places and nationalities); they win any vote.
_TRUSTED = frozenset({"GPE", "NORP"})


def vote_labels(docs: list[Doc]) -> dict[str, str]:
    """The majority label for each entity text across all `docs` (ties: the first seen)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, str] = {}
    for doc in docs:
        for ent in doc.ents:
            votes[ent.text][ent.label_] += 1
            first.setdefault(ent.text, ent.label_)
    labels: dict[str, str] = {}
    for text, counter in votes.items():
        trusted = [label for label in counter if label in _TRUSTED]
        if trusted:
            labels[text] = trusted[0]
            continue
        best = max(counter.values())
        winners = [label for label, count in counter.items() if count == best]
        labels[text] = first[text] if first[text] in winners else winners[0]
    return labels


def apply_labels(doc: Doc, labels: dict[str, str]) -> Doc:
    """Relabel the entities of `doc` in place with the voted labels."""
    from spacy.tokens import Span

    doc.ents = [Span(doc, ent.start, ent.end, label=labels.get(ent.text, ent.label_)) for ent in doc.ents]
    return doc
