"""quote-speaker: who said a quoted sentence, with pronouns and run-on quotes resolved."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import FALLBACK_PEOPLE, pick
from quizapp.generation.skills.common import excerpt, mention, quoted


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    labels = [s.label for s in analysis.sources.values()]
    people = analysis.entities("PERSON")
    for quote in analysis.quotes:
        source = quote.source
        if source is None or len(quote.text.split()) < 3:
            continue
        prompt = f"Who said {quoted(excerpt(quote.text, 25))} in this article?"
        distractors = pick(source.label, [labels, people, FALLBACK_PEOPLE], 3, prompt=prompt)
        if len(distractors) < 2:
            continue
        sentence = analysis.sentences[quote.sentence].text
        if quote.resolved_from:
            how = (
                f"The sentence says “{quote.resolved_from} {quote.verb}”; “{quote.resolved_from}” points back to "
                f"{source.label}, named just before. Follow pronouns back to a name before deciding who spoke."
            )
            difficulty, score = 3, 0.95
        elif quote.speaker_as_written is None:
            how = (
                f"This quotation continues the words of {mention(source.label)}, quoted just before; a new speaker "
                "would be named. Quotes often run on without repeating who is talking."
            )
            difficulty, score = 2, 0.7
        else:
            how = f"The quotation is attributed to {mention(source.label)} (“{quote.speaker_as_written} {quote.verb}”)."
            difficulty, score = 1, 0.85
        if quote.context:
            how += f" It was said {quote.context}"
            if analysis.sources.get("state-media"):
                how += f", footage shown on {analysis.sources['state-media'].label}"
            how += "."
        candidates.append(
            Candidate(
                skill="quote-speaker",
                type="single",
                prompt=prompt,
                choices=(source.label, *distractors),
                answer=(source.label,),
                explanation=how + " Knowing who speaks tells you whose view, and whose interests, you are reading.",
                evidence=(sentence,),
                difficulty=difficulty,
                score=score,
                facts=frozenset({f"quote:{quote.text[:40]}"}),
            )
        )
    return candidates
