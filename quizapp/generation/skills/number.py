"""number: quantities with their noun and hedge ("some 600 U.S. troops", "since 2012")."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import format_number, number_variants
from quizapp.generation.skills.common import quoted, strip_dateline, with_blank

_LOWER_BOUNDS = frozenset({"more than", "at least", "over", "as few as"})
_UPPER_BOUNDS = frozenset({"fewer than", "less than", "under", "up to", "at most", "as many as"})
_HEDGE_LESSON = {
    "some": "“some” marks it as an approximate figure",
    "about": "“about” marks it as an approximate figure",
    "around": "“around” marks it as an approximate figure",
    "nearly": "“nearly” means a little less than that",
    "almost": "“almost” means a little less than that",
    "more than": "“more than” gives only a lower limit",
    "at least": "“at least” gives only a lower limit",
    "up to": "“up to” gives only an upper limit",
    "over": "“over” gives only a lower limit",
    "an estimated": "“an estimated” says nobody counted exactly",
    "fewer than": "“fewer than” gives only an upper limit",
    "less than": "“less than” gives only an upper limit",
    "under": "“under” gives only an upper limit",
    "at most": "“at most” gives only an upper limit",
    "as many as": "“as many as” gives only an upper limit",
    "as few as": "“as few as” gives only a lower limit",
}


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    seen_values: set[float] = set()
    for sentence_index, quantity in analysis.quantities:
        sentence = analysis.sentences[sentence_index]
        if quantity.value in seen_values or (quantity.kind == "count" and quantity.value < 3):
            continue
        if not quantity.number.replace(",", "").replace(".", "").isdigit():
            continue  # numbers written as words would get distractors in digits
        if any(q.sentence == sentence_index for q in analysis.quotes):
            continue
        text = strip_dateline(analysis.article, sentence)
        offset = len(sentence.text) - len(text)
        start = quantity.start - sentence.span.start_char - offset
        end = quantity.end - sentence.span.start_char - offset
        if start < 0 or text[start:end] != quantity.text:
            continue
        seen_values.add(quantity.value)
        prefix = quantity.text[: quantity.text.rfind(quantity.number)]
        suffix = quantity.text[quantity.text.rfind(quantity.number) + len(quantity.number) :]
        wrong = []
        hedge = (quantity.hedge or "").lower()
        variants = number_variants(quantity.value, quantity.kind)
        if hedge in _LOWER_BOUNDS:  # "more than 300": only a higher bound makes a false statement
            variants = [quantity.value * f for f in (2, 3, 5, 10)]
        elif hedge in _UPPER_BOUNDS:  # "fewer than 25": only a lower bound makes a false statement
            variants = [float(round(quantity.value * f)) for f in (0.5, 0.25, 0.2, 0.1)]
        for value in variants:
            if value <= 0 or value == quantity.value:
                continue
            if quantity.kind != "year" and quantity.value == int(quantity.value) and value != int(value):
                continue
            option = f"{prefix}{format_number(value, quantity.number, grouped=quantity.kind != 'year')}{suffix}"
            if option not in wrong and option != quantity.text:
                wrong.append(option)
        if len(wrong) < 3:
            continue
        noun = f" {quantity.noun}" if quantity.noun else ""
        lesson = _HEDGE_LESSON.get((quantity.hedge or "").lower())
        explanation = f"The article says “{quantity.text}{noun}”."
        if lesson:
            explanation += f" The word {lesson}: good reporting keeps such words, and so should a careful reader."
        elif quantity.kind == "year":
            explanation += " Dates tell you how long a situation has lasted; check them before comparing events."
        else:
            explanation += " Exact figures can be checked against other sources; note who gave them."
        candidates.append(
            Candidate(
                skill="number",
                type="single",
                prompt=f"Fill in the blank from the article: {quoted(with_blank(text, start, end))}",
                choices=(quantity.text, *wrong[:3]),
                answer=(quantity.text,),
                explanation=explanation,
                evidence=(text,),
                difficulty=2 if quantity.hedge else 1,
                score=0.85 if quantity.hedge or quantity.noun else 0.7,
                facts=frozenset({f"number:{quantity.value}", f"sentence:{sentence_index}"}),
            )
        )
    return candidates
