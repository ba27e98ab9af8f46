"""true-false: a statement from the article, or the same with one name or number swapped."""

from __future__ import annotations

import re

from quizapp.generation.analysis import Analysis, looks_like_a_name
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import format_number, pick
from quizapp.generation.gazetteer import is_country, party_of
from quizapp.generation.skills.common import sentences_without_quotes, stands_alone, strip_dateline
from quizapp.textnorm import tidy

MAX_ITEMS = 4
_BOUNDED = re.compile(
    r"\b(?:fewer|less|more|greater|at least|at most|up to|under|over|no more|no fewer|below|above|nearly|almost|"
    r"as many as|as few as)\b",
    re.IGNORECASE,
)


def _swap(analysis: Analysis, text: str, offset: int, sentence) -> tuple[str, str, str] | None:
    """(false statement, original words, swapped words) or None."""
    for ent in sentence.span.ents:
        label = analysis.entity_labels.get(ent.text, ent.label_)
        start = ent.start_char - offset
        if start < 0 or text[start : start + len(ent.text)] != ent.text or text.count(ent.text) > 1:
            continue
        if "(" in text[max(0, start - 1) : start] or ")" in text[start + len(ent.text) : start + len(ent.text) + 1]:
            continue  # an abbreviation in brackets: swapping it makes nonsense, not a false statement
        if label == "GPE":
            # Only countries and capitals we know, for a different country: a swapped town might be true.
            if party_of(ent.text) is None:
                continue
            kind = is_country(ent.text)  # a country for a country, a capital for a capital
            pool = [
                p
                for p in analysis.entities("GPE")
                if party_of(p) and party_of(p) != party_of(ent.text) and is_country(p) == kind
            ]
            options = pick(ent.text, [pool], 1, prompt=text)
        elif label == "PERSON":
            if not looks_like_a_name(ent.text):
                continue  # the model's "people" include "Rogaland Fire": swap only real full names
            options = pick(ent.text, [analysis.entities(label)], 1, prompt=text)
        elif label == "NORP":
            options = pick(ent.text, [analysis.entities(label)], 1, prompt=text)
        elif label in ("CARDINAL", "DATE") and any(t.like_num for t in ent):
            if _BOUNDED.search(text[max(0, start - 20) : start + len(ent.text)]):
                continue  # "fewer than 25": a larger number keeps the statement true
            digits = next(t for t in ent if t.like_num)
            try:
                value = float(digits.text.replace(",", ""))
            except ValueError:
                continue
            if label == "DATE" and value > 1800:
                new = value + 4
            elif value >= 3:
                new = value + max(2, round(value * 0.25)) if value < 1000 else value * 2
            else:
                new = None
            if new is None:
                continue
            options = [ent.text.replace(digits.text, format_number(new, digits.text))]
        else:
            continue
        if options:
            return tidy(text[:start] + options[0] + text[start + len(ent.text) :]), ent.text, options[0]
    return None


def build(analysis: Analysis) -> list[Candidate]:
    candidates: list[Candidate] = []
    for sentence in sentences_without_quotes(analysis):
        if len(candidates) >= MAX_ITEMS:
            break
        text = strip_dateline(analysis.article, sentence)
        if sentence.index == 0 or not stands_alone(text) or not sentence.span.ents:
            continue
        offset = sentence.span.start_char + (len(sentence.text) - len(text))
        statement = text.rstrip(" .") + "."
        make_false = len(candidates) % 2 == 0
        if make_false:
            swapped = _swap(analysis, text, offset, sentence)
            if swapped is None:
                continue
            statement, original, replacement = swapped
            explanation = (
                f"False. The article says “{original}”, not “{replacement}”: “{text}” "
                "A single changed name or number turns a report into a false one, so check details against the text."
            )
        else:
            explanation = f"True. The article says so: “{text}”"
        candidates.append(
            Candidate(
                skill="true-false",
                type="true_false",
                prompt=f"True or false? According to the article: {statement}",
                choices=("True", "False"),
                answer=("False",) if make_false else ("True",),
                explanation=explanation,
                evidence=(text,),
                difficulty=2 if make_false else 1,
                score=0.6,
                facts=frozenset({f"sentence:{sentence.index}"}),
            )
        )
    return candidates
