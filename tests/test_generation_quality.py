"""The generator on invented stories, one per failure class that needs the parse: speakers, source types,
numbers, fact or judgment, furniture. Every bank it makes must also pass the flaw checker."""

from __future__ import annotations

import pytest

from quizapp.articles import parse_story
from quizapp.generation.generator import GenerationOptions, generate_bank
from quizapp.quality import item_flaws

pytestmark = pytest.mark.slow


def bank_of(text: str, name: str = "story.txt"):
    bank = generate_bank(parse_story(text, name), GenerationOptions(strict=True))
    article = bank.article.full_text
    for item in bank.items:
        assert item_flaws(item, article) == [], (item.id, item_flaws(item, article))
    return bank


def candidates_of(text: str, skill: str):
    """Every candidate one skill builds for a story, before selection."""
    from quizapp.generation.analysis import analyse
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.skills import BUILDERS

    article = parse_story(text, "story.txt")
    return BUILDERS[skill](analyse(article, list(pipeline().pipe([p.text for p in article.paragraphs]))))


SPEAKERS = """Harbour council splits over ferry fines

Councillor Maria Alvarez said her office had asked the harbour authority for the inspection records on Monday.

Harbour master Dana Roy said the authority had not seen the records before the vote.

"The ferries are safe and the inspections prove it," Roy said. "Every boat passed the spring checks and
every crew was trained.

"Nobody should be frightened to take the ferry this summer." Separately, Mayor Tom Grant said the council
would publish its own report.

Grant spoke to reporters after Alvarez. "We will not wait for another accident," she said at the harbour.
"""


def speakers_of(text: str) -> dict[str, str | None]:
    """Each quotation's first words and the speaker the analysis gives it (None: nobody)."""
    from quizapp.generation.analysis import analyse
    from quizapp.generation.nlp import pipeline

    article = parse_story(text, "story.txt")
    analysis = analyse(article, list(pipeline().pipe([p.text for p in article.paragraphs])))
    return {" ".join(q.text.split()[:4]): q.source.label if q.source else None for q in analysis.quotes}


def test_a_pronoun_goes_to_the_nearest_name_that_fits_or_to_nobody():
    bank_of(SPEAKERS)  # (every item of the bank passes the flaw checker)
    speakers = speakers_of(SPEAKERS)
    # "she" is not Grant, named just before: the nearest person who fits is Alvarez, or nobody
    assert "We will not wait" in speakers
    assert speakers["We will not wait"] in (None, "Maria Alvarez")


def test_a_quote_running_on_into_a_new_paragraph_keeps_its_speaker():
    speakers = speakers_of(SPEAKERS)
    assert speakers["Nobody should be frightened"] == "Dana Roy"
    assert speakers["Every boat passed the"] == "Dana Roy"


SOURCES = """Ferry company fined after inspections

The Port Alder harbour authority fined the Blue Line ferry company 86,000 dollars on Tuesday after inspectors
found 88 faults, the county medical examiner's office said.

A company spokesperson said the firm would appeal. Officials said the ferries would keep running.

Dr. Jane Roe, a maritime safety researcher at the University of Oslo, said the faults were "worrying but
typical of an ageing fleet".

Tom Reed, a passenger who saw the inspection, said the crew had been calm and helpful.

Related: Ferry firms face new rules

© 2024 Harbour News. All rights reserved.
"""


def test_source_types_come_from_explicit_cues_only():
    bank = bank_of(SOURCES)
    kinds = {item.prompt: item.correct_answer for item in bank.items if item.skill == "source-type"}
    assert any("Jane Roe" in prompt for prompt in kinds)  # the stated expertise is asked about
    for prompt, answer in kinds.items():
        if "medical examiner" in prompt or "spokesperson" in prompt:
            assert answer != "An unnamed official", prompt
        if "Jane Roe" in prompt:
            assert answer == "An independent expert"
    assert not any(prompt.endswith("officials in this article?") and "Officials" in prompt for prompt in kinds)


def test_page_furniture_is_never_asked_about():
    bank = bank_of(SOURCES)
    for item in bank.items:
        text = " ".join((item.prompt, *item.choices, *item.evidence))
        assert "Related" not in text and "rights reserved" not in text, item.id


def test_numbers_have_wrong_choices_of_the_same_precision_and_no_pattern():
    bank = bank_of(SOURCES)
    numbers = [i for i in bank.items if i.skill == "number"]
    assert numbers
    for item in numbers:
        values = sorted(float(c.replace(",", "").split()[-1]) for c in item.choices)
        key = float(item.correct_answer.replace(",", "").split()[-1])
        assert all(round(v / key, 3) not in (0.5, 2.0, 10.0) for v in values if v != key), item.choices


JUDGMENTS = """Harbour fines divide the town

The harbour authority fined the Blue Line ferry company 86,000 dollars on Tuesday in Port Alder.

The sweeping fine was the harshest in the authority's history, drawing near-constant attack from its most
vocal critics.

"This fine is unfair and it will probably ruin a family business," said Blue Line owner Sam Ortiz.
"""


def test_fact_is_keyed_only_for_plain_sentences_and_judgment_names_its_words():
    bank = bank_of(JUDGMENTS)
    keys = {i.correct_answer for i in bank.items if i.skill == "fact-opinion"}
    assert "A judgment or prediction" in keys  # the owner's rating words make one
    for item in (i for i in bank.items if i.skill == "fact-opinion"):
        if item.correct_answer == "A checkable fact":
            assert "sweeping" not in item.prompt and "harshest" not in item.prompt
        else:
            assert "“unfair”" in item.explanation or "“probably”" in item.explanation or "“will”" in item.explanation


MOVED = """Port Alder council votes on ferry fines

Harbour master Dana Roy said on Tuesday that the inspections found 88 faults on the Blue Line ferries.

Councillor Maria Alvarez said the council would vote on the fines next week.

"We will publish every report," Roy said.

"The fines are fair," Alvarez said.
"""


def test_a_claim_moved_to_another_speaker_is_false_and_says_whose_it_is():
    bank = bank_of(MOVED)
    moved = [i for i in bank.items if i.skill == "true-false" and " said that " in i.prompt]
    assert 1 <= len(moved) <= 2
    for item in moved:
        assert item.correct_answer == "False"
        speaker = item.prompt.split("According to the article: ", 1)[1].split(" said that ")[0]
        assert speaker not in item.evidence[0]  # the claim is moved away from the one who made it
        assert "credits this to" in item.explanation and f"not to {speaker}" in item.explanation


WEAK_SKILLS = """Harbour owner charged over ferry fire

Police charged Blue Line owner Sam Ortiz with negligence on Tuesday. The company maintained a lead in
ticket sales all summer, the port said.

A spokesperson for the Greek shipping ministry said Greece would send inspectors. Greek officials said the
ferries had passed checks in Piraeus. Greece has fined three other firms this year, and Greece and Italy
share the route. Greece will review the case.

"We have done nothing wrong and we will fight this," Ortiz said. Dana Roy, the harbour master, said the
fire started in the engine room. "The crew acted quickly," Roy said.
"""


def test_charged_and_maintained_are_not_speech():
    bank = bank_of(WEAK_SKILLS)
    for item in bank.items:
        if item.skill == "attribution-verb":
            assert "charged" not in item.prompt and "maintained" not in item.prompt


HEDGES = """Harbour ferry sinks after engine fire

A ferry sank in the harbour on Tuesday after an engine fire, the port authority said. Eleven passengers were
reportedly taken to hospital.

Harbour master Dana Roy said the ferry would likely be raised next month. "It is more likely to break up than
to float again," Roy said of a second wreck near the pier.

Ortiz said the owner admits that he will likely lose his licence.
"""


def test_a_hedge_without_rival_words_gets_a_question_on_its_meaning():
    bank = bank_of(HEDGES)
    meanings = {i.prompt.rsplit("“", 1)[1].split("”")[0]: i for i in bank.items if i.skill == "hedge"}
    reported = meanings["reportedly"]
    assert reported.correct_answer == "Others have said so, and the article does not confirm it"
    assert "passengers were reportedly taken to hospital”" in reported.explanation  # the article's own words
    likely = [c for c in candidates_of(HEDGES, "hedge") if "likely" in c.prompt]
    assert (
        len(likely) == 1
    )  # "more likely to break up" is a comparison, and "admits that he will likely" is not Ortiz's doubt
    assert likely[0].answer == ("Dana Roy thinks it is probable, but is not certain",)
    assert "Dana Roy thinks it is probable" in likely[0].explanation


CREDENTIALS = """Mayor John Pike resigns over ferry fines

Mayor John Pike said he would step down on Friday. "I have let the harbour down," Pike said.

Sarah Benson, spokeswoman for the ferry company Blue Line, said the company would appeal. Ben Ross, spokesman
for the port authority, said the fines stood. Mia Chen, spokeswoman for the harbour police, said nobody was
hurt. Eva Stone, spokeswoman for the coast guard, said the boat was towed. Sam Ortiz, a former harbour
inspector, said the checks had been rushed. Tom Hart, the current president, said nothing more.
Kim Park, a former port director, said the rules were old.
"""


def test_credentials_only_for_sources_with_a_specific_role_and_a_lesson_for_that_role():
    bank = bank_of(CREDENTIALS)
    asked = {i.prompt: i for i in bank.items if i.skill == "source-credentials"}
    assert not any("John Pike" in p for p in asked)  # the story's subject, named in the headline
    assert not any("Tom Hart" in p for p in asked)  # "current president" says too little
    for item in asked.values():
        assert all(c != "Current president" for c in item.choices)
        lengths = [len(c) for c in item.choices]
        assert max(lengths) <= 3 * min(lengths)
    spokespeople = [i for i in asked.values() if "spokes" in i.correct_answer.lower()]
    assert spokespeople and all("official position of the body" in i.explanation for i in spokespeople)
    for item in spokespeople:  # "Spokeswoman" beside "Spokesman" would give the key away by gender
        assert len({"spokeswoman" in c.lower() for c in item.choices if "spokes" in c.lower()}) == 1
    from quizapp.generation.skills.source_credentials import _lesson

    assert "no longer speaks" in _lesson("Sam Ortiz", "a former harbour inspector", "official")


def test_a_role_cut_from_a_longer_title_is_never_a_key():
    from quizapp.generation.skills.source_credentials import cut_off

    text = "Amazon Environmental Research Institute Director Ane Alencar said so. The Health Minister agreed."
    assert cut_off("Environmental Research Institute Director", text)  # "Amazon" dropped
    assert cut_off("CBN CEO", "ABS-CBN CEO Carlo Katigbak spoke.")
    assert not cut_off("Health Minister", text)  # "The" in front is no part of the title
    assert not cut_off("a former harbour inspector", "Sam Ortiz, a former harbour inspector, said so.")
