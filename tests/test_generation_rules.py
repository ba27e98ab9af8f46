"""Rules that keep generated items unambiguous on stories unlike the seed."""

from __future__ import annotations

import re

import pytest

from quizapp.articles import parse_story
from quizapp.generation.generator import GenerationOptions, generate_bank

pytestmark = pytest.mark.slow

STORY = """Fewer people attend town meeting

PARIS (AP) — Fewer than 25 people attended the town meeting on Monday, organisers said. More than 300 residents
had signed the petition.

"We expected a much bigger crowd," said organiser Jane Miller, who has run the meetings since 2015.

A council employee, who asked not to be named because he was not authorised to speak to the media, said the hall
may close.

The meeting was held in Kilifi, a town on the coast of Kenya. Officials in Nairobi and Cairo were not told.

Marie Dubois, a historian at the University of Lyon, said the hall "has stood for a century and may well stand
for another."
"""


@pytest.fixture(scope="module")
def bank():
    return generate_bank(parse_story(STORY, "meeting.txt"), GenerationOptions(strict=True, max_items=None))


def test_bounded_numbers_get_only_false_distractors(bank):
    for item in bank.items:
        if item.skill == "number" and item.correct_answer.startswith("More than"):
            values = [int(c.split()[-1].replace(",", "")) for c in item.choices if c != item.correct_answer]
            assert all(v > 300 for v in values)
        if item.skill == "true-false" and item.correct_answer == "False":  # a bound keeps a swapped figure true
            assert "Fewer than" not in item.prompt and "More than" not in item.prompt


def test_generic_anonymity_reasons_never_restate_the_real_one(bank):
    (item,) = [i for i in bank.items if i.skill == "anonymous-source" and i.prompt.startswith("What reason")]
    assert item.correct_answer == "Because he was not authorised to speak to the media"
    assert not any("authori" in c.lower() for c in item.choices if c != item.correct_answer)
    assert len(item.choices) == 4


def test_dateline_choices_share_the_answer_format(bank):
    (item,) = [i for i in bank.items if i.skill == "dateline" and "filed from" in i.prompt]
    assert item.correct_answer == "Paris"
    assert all("," not in choice for choice in item.choices)


def test_true_false_never_swaps_a_town_for_a_place_of_the_same_country(bank):
    for item in bank.items:
        if item.skill == "true-false" and item.correct_answer == "False":
            assert "Kilifi" not in item.prompt or "Kenya" in item.prompt or "coast of Egypt" in item.prompt


def test_one_named_person_is_an_is(bank):
    for item in bank.items:
        if item.skill == "source-type" and "Marie Dubois" in item.prompt:
            assert item.prompt.startswith("What kind of source is Marie Dubois")


def test_html_date_is_not_guessed_from_a_year_in_the_text():
    page = (
        "<html><head><title>Hall to close</title></head><body><article><h1>Hall to close</h1>"
        "<p>PARIS (AP) — The town hall, built in 2019, will close next month after a council vote, officials said on "
        "Monday. Residents protested outside the building for most of the afternoon.</p>"
        "<p>The council said repairs would cost too much and that it had no other choice in the matter.</p>"
        "</article></body></html>"
    )
    article = parse_story(page, "hall.html")
    assert article.date is None


def test_sentences_are_not_cut_after_an_initial_and_org_names_are_not_people():
    story = (
        "Agency starts handover\n\n"
        "On Monday, agency administrator Emily W. Murphy sent a letter to former Vice President Joe Biden, "
        "allowing the handover to begin.\n\n"
        "Rogaland Fire and Rescue requested support and equipment from other fire departments on Tuesday.\n\n"
        "Prime Minister Erna Solberg was stranded after a visit to an oil field on Tuesday night.\n"
    )
    from quizapp.generation.analysis import analyse
    from quizapp.generation.nlp import pipeline

    article = parse_story(story, "handover.txt")
    analysis = analyse(article, list(pipeline().pipe(p.text for p in article.paragraphs)))
    assert analysis.sentences[0].text.startswith("On Monday")
    assert "Emily W. Murphy sent a letter" in analysis.sentences[0].text
    assert "Rogaland Fire" not in analysis.entities("PERSON")
    bank = generate_bank(article, GenerationOptions(strict=True, max_items=None))
    for item in bank.items:
        assert "Erna Solberg and Rescue" not in item.prompt
        assert "Rogaland Fire" not in item.choices


def test_reviewed_rules_for_names_sentences_bylines_and_plurals():
    from quizapp.generation.analysis import analyse, looks_like_a_name
    from quizapp.generation.nlp import pipeline

    assert looks_like_a_name("Ursula von der Leyen")
    assert looks_like_a_name("Borja del Pozo Cruz")
    assert not looks_like_a_name("JAMA Neurology")
    assert not looks_like_a_name("Human Rights Watch")
    story = (
        "Walking helps, study finds\n\nBy Helen Carter\n\n"
        "LONDON (Reuters) - Half of the patients were given vitamin D. The others walked fast every day, "
        "researchers said.\n\n"
        "Witnesses said the clinic may be closing, and two senior officers said the study was probably flawed.\n"
    )
    article = parse_story(story, "walking.txt")
    assert article.author == "Helen Carter"
    assert article.dateline is not None
    assert article.dateline.place == "London"
    analysis = analyse(article, list(pipeline().pipe(p.text for p in article.paragraphs)))
    assert analysis.sentences[0].text.endswith("vitamin D.")
    bank = generate_bank(article, GenerationOptions(strict=True, max_items=None))
    for item in bank.items:
        assert "participant or eyewitnesss" not in item.explanation
        assert " officers is " not in item.explanation
        assert "Witnesses is" not in item.explanation


ECHO = """Kmart to buy Sears for $11 billion

Kmart to buy Sears for $11 billion Source: Reuters

Kmart Holding Corp. agreed on Wednesday to buy Sears, Roebuck and Co. for $11 billion, creating the
third-largest retailer in the United States, the companies said.

"This is a great day," said Aylwin Lewis, the chief executive of Kmart. Analysts said the deal would
help both chains compete with Wal-Mart, whose sales are far larger.

Shares of Sears rose 17 percent in New York, while Kmart's stock fell 5 percent, traders said.
"""


def test_a_headline_repeated_over_the_story_is_never_keyed_as_its_lead():
    bank = generate_bank(parse_story(ECHO, "echo.txt"), GenerationOptions(strict=True, max_items=None))
    for item in bank.items:
        assert "Source: Reuters" not in " ".join([item.prompt, *item.choices]), item
        if item.skill == "main-event":
            assert item.correct_answer.lower() != "kmart to buy sears for $11 billion"


def test_a_speakers_own_firm_is_never_a_wrong_answer_beside_them():
    from quizapp.generation.skills.quote_speaker import _tied
    from quizapp.generation.sources import Source

    hess = Source("hess", "Larry Hess", "unknown", "president of Merchant Forecast", named=True)
    firm = Source("firm", "Merchant Forecast", "unknown", None, named=True)
    other = Source("lewis", "Aylwin Lewis", "unknown", "chief executive of Kmart", named=True)
    assert _tied(hess, firm) and _tied(firm, hess)
    assert not _tied(hess, other)


DATELINED = """Protesters rally against war in Iraq

WASHINGTON (AP) — Hundreds of people marched on Saturday in Chicago against the war in Iraq, organisers said.
Speakers demanded that troops leave Iraq before the elections. "Iraq needs peace," said organiser Dana Lee.

The march ended at a park, where students read the names of soldiers killed in Iraq. Police said a second march
would be held next week.
"""

REPORT = """Electric car sales jump, consultancy says

SHANGHAI (Reuters) — Sales of electric cars in the United States rose by a third last year, a report by a
London consultancy said on Tuesday. Buyers in the United States paid less for batteries, the report said, and
U.S. carmakers sold more small models. "Prices fell faster than anyone expected," said analyst Tom Reed.
"""


@pytest.mark.parametrize(
    ("story", "name"),
    [(DATELINED, "march.txt"), (REPORT, "report.txt")],
)
def test_no_dateline_meaning_item_on_a_false_premise(story, name):
    """ "Filed from outside the country where the events happened" is asked only when the story plainly
    happens elsewhere: its topic country named in the headline and most mentioned, the filing country never
    named apart from the dateline. A march in Chicago about Iraq happened in the United States; a report
    about American sales, filed from Shanghai, is a firm's report, not events in the United States."""
    bank = generate_bank(parse_story(story, name), GenerationOptions(strict=True, max_items=None))
    assert not [i for i in bank.items if i.skill == "dateline" and "What does that tell you" in i.prompt]
    assert not [i for i in bank.items if "about United States" in i.prompt]


def test_a_surname_that_speaks_makes_a_person_of_the_full_name():
    from types import SimpleNamespace

    from quizapp.generation.analysis import _people_by_surname

    docs = [
        SimpleNamespace(
            text='Eduardo Duhalde, the former president, met Human Rights Watch. "We agree," Duhalde said. '
            "Watch said nothing.",
            user_data={},
        )
    ]
    labels = {"Eduardo Duhalde": "ORG", "Human Rights Watch": "ORG", "Mercosur Commission": "ORG"}
    _people_by_surname(docs, labels)
    assert labels == {"Eduardo Duhalde": "PERSON", "Human Rights Watch": "ORG", "Mercosur Commission": "ORG"}


SURNAMES = """Leaders plan a South American union

Eduardo Duhalde, the former Argentine president who heads the Mercosur Commission, told reporters on Monday
that ten countries will sign the declaration in Lima.

"South America is divided between two big blocs," Duhalde said. "We have decided to choose the opposite path."

Maria Ortega, a trade economist at the University of Chile, said the plan "may take a decade."

"Nobody has asked the farmers," said Tomas Reyes, a farmer from Salta.
"""


def test_quotes_credited_to_a_surname_go_to_the_person_named_in_full():
    bank = generate_bank(parse_story(SURNAMES, "union.txt"), GenerationOptions(strict=True, max_items=None))
    (item,) = [i for i in bank.items if i.skill == "quote-speaker" and "two big blocs" in i.prompt]
    assert item.correct_answer == "Eduardo Duhalde"


def test_reported_words_start_in_lower_case_after_said_that_unless_a_name():
    from quizapp.generation.analysis import analyse
    from quizapp.generation.nlp import pipeline

    story = parse_story(
        "Fire spreads overnight\n\nDuring the night the fire spread to three farms, fire chief Tom Reed said.\n\n"
        "Reed said Officer Ann Lee closed the road.\n",
        "fire.txt",
    )
    analysis = analyse(story, list(pipeline().pipe([p.text for p in story.paragraphs])))
    contents = [c.content for c in analysis.claims if c.content]
    assert "during the night the fire spread to three farms" in contents
    assert not any(c.startswith("officer") for c in contents)


FERRIES = """Harbor council approves ferry expansion

PORT ALDER — The Port Alder city council on Tuesday approved a plan to add 12 ferries to the harbor fleet by 2027,
ending a two-year dispute over costs.

"Our aim is to build the best ferry service in the region and bring it to as many people as possible," said Mara
Quist, the council's transport director.

While harbor spokesman Tom Reyes said the vote was a formality, the council spent four hours debating the cost.

Dana Roy, a harbor economist at the University of Alder, said the plan could cost $40 million more than the city
expects.

Paul Ostrander, a Goldman Sachs economist, said the ferry company may raise fares next year.

"We work to better understand what riders need and what the crossings will cost," Roy said.

Officials said the new boats might be delayed, Reyes testified, after the builder reported problems at its yard.

"Specifically, the builder told Director Quist that she had no reason to worry about the contract," he said.

Ann Lee, 34, of Alder, was among the riders at the meeting. Victor Burton, 29, of Eastport, also attended.

Reyes said that officers arrested two protesters outside the hall on Tuesday evening.

Quist said whether the council will approve higher fares depends largely on the budget.

Quist said that now, we expect ridership to double.

The council also approved a $3.2 million upgrade of the terminal's 4K display screens.
"""


@pytest.fixture(scope="module")
def ferries():
    return generate_bank(parse_story(FERRIES, "ferries.txt"), GenerationOptions(strict=True, max_items=None))


def test_aims_and_set_phrases_are_not_judgments(ferries):
    judged = [i.prompt for i in ferries.items if i.skill == "fact-opinion" and "judgment" in i.correct_answer]
    assert not [p for p in judged if "best ferry service" in p or "better understand" in p]


def test_no_true_statement_rests_on_a_modal_or_a_clause_of_another_sentence(ferries):
    true_false = [i for i in ferries.items if i.skill == "true-false"]
    assert not [i for i in true_false if "qualifier “might”" in i.explanation or "qualifier “may”" in i.explanation]
    assert not [i for i in true_false if "formality" in i.prompt]  # "While X said …, the council …"


def test_reported_speech_items_skip_whether_clauses_first_person_and_nested_reports(ferries):
    who = [i.prompt for i in ferries.items if i.skill == "quote-speaker"]
    assert not [p for p in who if "higher fares" in p or "ridership" in p]
    assert not [i for i in ferries.items if i.skill == "hedge" and "delayed" in " ".join(i.evidence)]


def test_a_name_inside_the_quotation_is_not_the_speaker_a_pronoun_points_to(ferries):
    (item,) = [i for i in ferries.items if i.skill == "quote-speaker" and "no reason to worry" in i.prompt]
    assert item.correct_answer == "Tom Reyes"


def test_who_said_choices_are_people_with_a_role_not_people_a_report_is_about(ferries):
    for item in ferries.items:
        if item.skill == "quote-speaker":
            assert not {"Ann Lee", "Victor Burton"} & set(item.choices)


def test_an_analyst_named_with_a_firm_is_not_called_independent(ferries):
    assert not [i for i in ferries.items if i.skill == "source-type" and "Ostrander" in i.prompt]


def test_a_number_in_a_label_is_never_changed(ferries):
    assert not [i for i in ferries.items if i.skill == "true-false" and "4K" not in i.prompt and "display" in i.prompt]
    assert not [i for i in ferries.items if i.skill == "number" and "_____K" in i.prompt]


def test_named_numbers():
    from quizapp.generation.skills.common import named_number

    def named(text: str, number: str) -> bool:
        at = text.index(number)
        return named_number(text, at, at + len(number))

    assert named("deals on 4K TVs", "4") and named("hit a 3-pointer late", "3") and named("needs iOS 12", "12")
    assert (
        not named("a 43-year-old man", "43") and not named("paid Rs 25 lakh", "25") and not named("In 2019 it", "2019")
    )


ESTIMATES = """Fossil find reshapes timeline

ALDER, Norway (AP) — Researchers said Monday that tools found in a cave may be 2,000 years older than thought.

About 50,000 people visit the cave each year, the park service said.

Ticket prices will go up to $8 next spring, park director Tom Reyes said.

"The dating is sound," Reyes said. "Nobody has shown otherwise," Lena Berg countered.

Berg, a geologist at the University of Alder, has studied the cave for 11 years.

"We will keep the cave open all winter," said Mia Holm, the park's chief ranger.
"""


def test_estimates_durations_and_rises_are_not_swapped_or_read_as_bounds():
    bank = generate_bank(parse_story(ESTIMATES, "cave.txt"), GenerationOptions(strict=True, max_items=None))
    statements = [i.prompt for i in bank.items if i.skill == "true-false"]
    assert not [s for s in statements if "1,997" in s or ("years older" in s and "2,000" not in s)]
    assert all("About 50,000" in s for s in statements if "visit the cave" in s)
    assert not [i for i in bank.items if i.skill == "true-false" and "“up to" in i.explanation]
    (item,) = [i for i in bank.items if i.skill == "quote-speaker" and "Nobody has shown" in i.prompt]
    assert item.correct_answer == "Lena Berg"  # "countered" introduces speech


def test_no_item_gives_away_the_answer_of_a_recall_item():
    from quizapp.generation.candidate import Candidate
    from quizapp.generation.select import select

    def made(skill, prompt, answer, score):
        return Candidate(skill, "single", prompt, (answer,), "Why.", ("Evidence.",), 1, score, ("x", answer))

    statement = made("true-false", "True or false? The president lands in Kenya on Friday.", "True", 0.9)
    where = made("detail", "Fill in the blank: “The president flies on to _____ on Friday.”", "Kenya", 0.8)
    other = made("detail", "Fill in the blank: “He met _____ there.”", "Ruto", 0.7)
    kept = select([statement, where, other])
    assert where not in kept and statement in kept and other in kept


def test_who_said_lessons_name_the_roles_the_article_gives(ferries):
    (quote,) = [c for c in _prompts_items("quote-speaker", FERRIES) if "best ferry service" in c.prompt]
    assert "“the council's transport director”" in quote.explanation
    moved = [i for i in ferries.items if i.skill == "true-false" and "not to" in i.explanation]
    assert moved and all(i.explanation.count("described as “") == 2 for i in moved)


LOBBY = """Harbor lobby wins a hearing

The Harbor Users Association, led by its chairman, Dan Moss, will testify before the council next month.

"This is a fight for every ferry rider in the county," Moss said of the campaign. He called the group "a
riders' union."

Council transport director Mara Quist said the hearing would be held on March 3. "We welcome every voice,"
Quist said.

"The fares are fair," said Tom Reyes, a harbor spokesman. Ann Lee, a rider, said she would attend.
"""


def test_a_phrase_someone_used_is_not_asked_as_a_statement():
    bank = generate_bank(parse_story(LOBBY, "lobby.txt"), GenerationOptions(strict=True, max_items=None))
    assert not [i for i in bank.items if i.skill == "quote-speaker" and "riders' union" in i.prompt]
    assert [i for i in bank.items if i.skill == "quote-speaker" and "every ferry rider" in i.prompt]


def test_no_sentence_to_click_when_another_names_the_role_first():
    story = parse_story(
        "Ministry opens harbor inquiry\n\nAlder's Minister of Transport, Dana Roy, opened an inquiry on Monday.\n\n"
        "The inquiry will look at 12 late sailings.\n\n"
        "Dana Roy, a former ferry captain, said the inquiry would report in May.\n",
        "inquiry.txt",
    )
    bank = generate_bank(story, GenerationOptions(strict=True, max_items=None))
    assert not [i for i in bank.items if i.skill == "evidence" and "Dana Roy" in i.prompt]


def test_no_role_question_about_one_of_two_people_sharing_a_name():
    from quizapp.generation.skills.source_credentials import shares_a_name

    assert shares_a_name("Lee Jae-myung", ["Lee Jae-myung", "Lee Sang-min", "Yoon Suk"])
    assert not shares_a_name("Dana Roy", ["Dana Roy", "Mara Quist"])


def test_roles_that_name_nothing_out_of_their_sentence_are_not_choices():
    from quizapp.generation.skills.source_credentials import _POINTS_BACK

    for role in ("Company’s chief operating officer", "its chief executive", "president of the company"):
        assert _POINTS_BACK.search(role)
    assert not _POINTS_BACK.search("Blue Origin vice president")


SUMMIT = """Leaders meet on trade

President Dana Roy met Prime Minister Tom Reyes on Monday. "We will sign this year," Roy said after the meeting.

"The deal is close," Roy told reporters, and she said that both sides wanted it signed by the end of June.

"Our ministers have done the work," Roy said.

Trade adviser Mara Quist said that the president did not sound confident about the deal at all.

Reyes said the talks would continue in June with ministers from both sides.

Ferry operator Ann Lee said that her company's users reported that the new crossings had worked well for them.

Facebook CEO Paul Ostrander knows a thing or two about closing deals, Lee said.
"""


def test_no_claim_moved_to_the_person_it_speaks_of_and_no_swap_after_a_capital_title():
    from quizapp.generation.analysis import analyse
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.skills import true_false

    story = parse_story(SUMMIT, "summit.txt")
    analysis = analyse(story, list(pipeline().pipe([p.text for p in story.paragraphs])))
    statements = [c.prompt for c in true_false.build(analysis)]
    assert not [s for s in statements if "Dana Roy said that the president" in s]
    assert not [s for s in statements if "users reported" in s and "said that" in s and "Ann Lee" not in s]
    assert not [s for s in statements if "CEO" in s and "Paul Ostrander" not in s]


BUDGET = """Ministers plan tax cut

"Taxes will fall next year," Chancellor Mara Quist said on Monday. "Families will keep more of what they earn."

"It is a gimmick dreamt up for the election. Nobody in the country believes a word of it," said the Alder
sporting director.

Tom Reyes, the opposition leader, said the plan was reckless and would cost the country dearly in the years ahead.

Quist said waste would be cut across every department. That would probably create savings of billions, she said.

Dana Roy, an economist at Alder University, said the cuts were affordable if growth held up next year.
"""


def test_no_who_said_item_on_a_claim_without_its_subject_or_a_quote_whose_speaker_goes_unshown():
    from quizapp.generation.analysis import analyse
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.skills import quote_speaker

    story = parse_story(BUDGET, "budget.txt")
    who = quote_speaker.build(analyse(story, list(pipeline().pipe([p.text for p in story.paragraphs]))))
    assert not [i for i in who if "who said that would" in i.prompt]
    assert not [i for i in who if "Nobody in the country" in i.prompt]


def test_reported_words_without_their_subject_are_not_credited():
    from quizapp.generation.skills.quote_speaker import _NO_SUBJECT
    from quizapp.generation.skills.true_false import _PERSONAL_IN

    for content in ("would probably create savings", "himself satisfied with the appointment"):
        assert _NO_SUBJECT.match(content)
    assert _PERSONAL_IN.search("himself satisfied with the appointment")
    assert not _NO_SUBJECT.match("the talks could take a year")


POLL = """Young voters back harbor plan

Voters aged 18 to 24 backed the harbor plan by a wide margin, a poll of 1,200 adults found on Monday.

"Reyes will have to decide soon," Tom Reyes said, speaking of himself as he often does.

"The vote was clear," said Mara Quist, the council's transport director.

Dana Roy, an economist at Alder University, said the plan would cost $40 million over 12 years.
"""


def test_no_blank_at_one_end_of_a_range_and_no_quotation_that_names_its_own_speaker():
    bank = generate_bank(parse_story(POLL, "poll.txt"), GenerationOptions(strict=True, max_items=None))
    assert not [
        i for i in bank.items if i.skill == "number" and ("18 to _____" in i.prompt or "_____ to 24" in i.prompt)
    ]
    assert not [i for i in bank.items if i.skill == "quote-speaker" and "will have to decide" in i.prompt]


def test_judgments_beside_checkable_parts_and_rating_idioms_are_not_keyed():
    from quizapp.generation.skills.fact_opinion import _MIXED, _RATING_IDIOM

    assert _MIXED.search("It has been a very good six years for the club")
    assert not _MIXED.search("This is a terrible plan for the harbor")
    assert _RATING_IDIOM.search("The firm has gone from strength to strength since 2001.")


def _analysis(text: str, name: str):
    from quizapp.generation.analysis import analyse
    from quizapp.generation.nlp import pipeline

    story = parse_story(text, name)
    return analyse(story, list(pipeline().pipe([p.text for p in story.paragraphs])))


def _quote_sources(text: str, name: str) -> dict[str, str | None]:
    return {q.text: q.source.label if q.source else None for q in _analysis(text, name).quotes}


def _prompts(skill: str, text: str, name: str) -> list[str]:
    from quizapp.generation.skills import BUILDERS

    return [c.prompt for c in BUILDERS[skill](_analysis(text, name))]


def test_a_run_of_quotes_ends_where_another_voice_speaks():
    reported = _quote_sources(
        "Games firm lifts sales\n\n"
        '"We are delighted," said Mara Quist, the firm\'s chief executive. Analyst Tom Reyes, of Alder Research, '
        'said gamers were hungry for new titles. "They will buy anything that moves, and the firm knows it."\n',
        "games.txt",
    )
    assert reported["They will buy anything that moves, and the firm knows it."] != "Mara Quist"
    attributed_later = _quote_sources(
        "Club sells striker\n\n"
        '"We are delighted with the fee," said Mara Quist, the club\'s chairman. "That is absolute nonsense. He is '
        'the one who said he would go, and so he went," said the Spurs sporting director.\n',
        "club.txt",
    )
    assert [s for t, s in attributed_later.items() if t.startswith("That is absolute nonsense")] != ["Mara Quist"]


def test_a_person_who_said_it_is_asked_among_people_not_beside_the_party_they_lead():
    from quizapp.generation.analysis import Analysis
    from quizapp.generation.skills.quote_speaker import _voices
    from quizapp.generation.sources import Source

    story = parse_story("Party sets out its budget\n\nThe plan was published on Monday.\n", "party.txt")
    analysis = Analysis(article=story, sentences=[], entity_labels={})
    for label, description in (
        ("Charles Kennedy", "the party's leader"),
        ("Liberal Democrats", None),  # the model took the party for a speaker with a name
        ("Mara Quist", "the finance minister"),
        ("Tom Reyes", "an economist at Alder University"),
    ):
        analysis.sources[label] = Source(label, label, "unknown", description, named=True, sentences=[0], quoted=True)
        if description:
            analysis.descriptions[label] = description
    voices = _voices(analysis, analysis.sources["Charles Kennedy"])
    assert "Liberal Democrats" not in voices and {"Mara Quist", "Tom Reyes"} <= set(voices)


def test_a_pronoun_after_a_quote_about_someone_is_not_that_person_when_another_just_spoke():
    reported = _quote_sources(
        "Leader keeps his appetite\n\n"
        "Later, Prime Minister Dan Pell will answer questions sent by the public.\n\n"
        "The leader's enthusiasm remains undimmed, Tom Reyes, the party's campaign chief, told a radio programme "
        'on Sunday. Mr Pell has "the same hunger for the job" as when he was first elected, he said.\n',
        "hunger.txt",
    )
    assert reported["the same hunger for the job"] != "Dan Pell"


def test_a_figure_in_millions_ends_its_sentence_and_keeps_its_units():
    analysis = _analysis(
        "Airline results\n\n"
        "Analyst Tom Reyes of Alder Research says the surcharge will raise £160m, short of a predicted extra "
        "£250m. Turnover for the quarter was up 4.3% to £1.97bn. Mara Quist said the economy had grown by 3.2%, "
        "below the regional average of 4%.\n",
        "airline.txt",
    )
    assert any(s.text.startswith("Turnover for the quarter") for s in analysis.sentences)
    assert any((c.content or "").endswith("average of 4%") for c in analysis.claims)


def test_the_place_a_quote_was_said_is_a_medium_not_an_according_to():
    analysis = _analysis(
        "Chancellor speaks\n\n"
        "Mara Quist addressed the conference on Saturday. According to an advance text released by officials, "
        'she told delegates: "We must all show the strength to take the long decisions."\n',
        "speech.txt",
    )
    assert [q.context for q in analysis.quotes] == [None]


def test_a_title_and_surname_is_the_person_named_in_full_and_firms_are_not_people():
    from quizapp.generation.analysis import _can_describe_a_person

    analysis = _analysis(
        "Accountant testifies\n\n"
        "Cynthia Cooper, the firm's ex-head of internal accounting, alerted directors in 2002. Ms Cooper told a jury "
        "in New York that auditors had approved the accounts. Ms Cooper also said that the chief often passed over "
        "technical questions.\n\n"
        "Nine overseas offices and two factories will close in an effort to save money, Chief Executive Tom Reyes "
        "has announced.\n",
        "trial.txt",
    )
    assert "Cynthia Cooper" in analysis.sources and "Ms Cooper" not in analysis.sources
    assert analysis.descriptions.get("Cynthia Cooper") != "firm's ex"
    assert [c.content[:4] for c in analysis.claims if c.verb == "announced"] == ["nine"]
    assert not _can_describe_a_person("small UK-based electronics firm") and not _can_describe_a_person("AMA")
    assert _can_describe_a_person("head of the company") and _can_describe_a_person("one of the company's directors")
    assert _can_describe_a_person("Africa analyst and author on the Wagner Group")


def test_no_blank_beside_a_figure_that_gives_it_away():
    from quizapp.generation.skills.number import _near_figure

    assert _near_figure("it was trading at  , after hitting a seven-month low of 105.17 earlier", 105.28, [133.7, 81])
    assert not _near_figure("the firm cut  jobs after losing 13,000 customers", 2500, [1800, 3100, 4000])
    assert not _near_figure("rates were 49% for A,  for B, and 34% for C", 29, [23, 37, 46])


def test_a_figure_in_a_title_is_not_a_figure_but_a_count_of_a_nationality_is():
    from quizapp.generation.skills.common import named_number

    def named(text: str) -> bool:
        found = re.search(r"\d[\d,]*", text)
        return named_number(text, found.start(), found.end())

    assert named("New releases will include 50 First dates and Kill Bill.")
    assert not named("Some 300 Americans were hurt.") and not named("About 300 British soldiers left.")
    assert not named("In 2004 Apple sold more.") and not named("Some 300 London commuters were hurt.")


def test_quote_tags_negated_reports_and_chains_of_pronouns():
    analysis = _analysis(
        "Star leaves the house\n\n"
        "Mara Quist, 71, said she needed a holiday. But she was pleased to have made up with actress Jo Pell, her "
        'former daughter-in-law. "That alone was worth $1m," she said.\n\n'
        'Analyst Tom Reyes of Alder Research said the deal was sound. "It could be very profitable for the firm," '
        "Mr Reyes continued. Mr Reyes did not believe anyone from the firm had tried to place the bets.\n",
        "house.txt",
    )
    sources = {q.text: q.source.label if q.source else None for q in analysis.quotes}
    assert sources["That alone was worth $1m,"] != "Jo Pell"
    assert [q.speaker_as_written for q in analysis.quotes if q.text.startswith("It could be")] == ["Mr Reyes"]
    assert not [c for c in analysis.claims if c.verb == "believe" and c.content]
    echoed = _quote_sources(
        'Prize goes to first book\n\n"It is profoundly cultured," said judge Mara Quist. "The majority found it '
        'fascinating," she added. Her words were echoed by director Sir Dan Eyre, who called the book '
        '"extraordinarily thought provoking".\n',
        "prize.txt",
    )
    assert echoed["extraordinarily thought provoking"] != "Mara Quist"


def test_a_weekday_in_a_name_and_a_last_digit_shared_by_the_wrong_numbers():
    from quizapp.generation.distractors import plausible_numbers
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Musicals make rich list\n\nThe annual list of the wealthiest people in music was published this weekend. "
        "Producer Mara Quist is the highest new entry in the Sunday Times' music rich list, with a £67m fortune. "
        "Her show has been seen by 27 million people around the world.\n",
        "rich.txt",
    )
    assert not [c for c in BUILDERS["detail"](analysis) if "_____ Times" in c.prompt]
    for rank in range(4):
        last_digits = {round(w * 10) % 10 for w in plausible_numbers(24.1, "24.1", "money", rank)}
        assert len(last_digits) > 1 or 1 in last_digits  # not 30.6, 38.6 and 44.6 beside 24.1


def test_over_a_number_of_events_is_not_a_qualifier():
    bank = generate_bank(
        parse_story(
            "Gaming league grows\n\nA games league has put up $1m in prize money for its tour of the world. The "
            "cash will be handed out over 10 separate competitions in a contest organised by the Cyberathlete "
            "Professional League. The Grand Final is due to be held in December 2005 in New York. A total of "
            "$50,000 in prizes is on offer for each round.\n",
            "league.txt",
        ),
        GenerationOptions(strict=True, max_items=None),
    )
    assert not [i for i in bank.items if "“over 10”" in i.explanation]


def test_a_figure_with_no_noun_as_the_subject_leans_on_the_sentence_before():
    from quizapp.quality.wording import context_reference

    assert context_reference("Yet, only 15% are actually recycled.", standalone=False)
    assert context_reference("About two billion are shipped every year, and three billion are in use.")
    assert not context_reference("About 300 people were hurt in the fire.")


def test_heads_of_public_bodies_are_not_business_voices_and_academic_directors_not_officials():
    from quizapp.generation.sources import classify

    assert classify("Jo Pell", "chief executive of Powys Local Health Board", is_person=True) != "advocate"
    assert classify("Jo Pell", "chief executive of the British Library", is_person=True) != "advocate"
    centre = "director of the National Centre for Social Research at Leeds University"
    assert classify("Jo Pell", centre, is_person=True) != "named-official"
    assert classify("Jo Pell", "chief executive of Ceres Robotics", is_person=True) == "advocate"
    assert classify("Jo Pell", "director of the national weather service", is_person=True) == "named-official"


def test_an_inverted_tag_names_the_speaker_without_its_verb():
    reported = _quote_sources(
        "Gamers to film tour\n\nThe event will be filmed and the final cut made available online for others to "
        "watch. The movie is being put together by Simon Bysshe who has shot many other films about pro-gaming "
        'that have been widely shared online. Said Mr Bysshe: "Painkiller is a new game and the opportunity is '
        'there for a new gamer to come through and claim the title."\n',
        "tour.txt",
    )
    assert [s for s in reported.values() if s and s.startswith("Said")] == []
    assert any(s and s.endswith("Bysshe") for s in reported.values())


def test_compound_nouns_self_reports_odds_labels_cut_participles_and_listed_options():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.common import attribution, main_clause
    from quizapp.generation.skills.true_false import _names_one_thing
    from quizapp.quality.wording import context_reference

    analysis = _analysis(
        "Phones turn twenty\n\n"
        'Dealer Mara Quist said: "They became a yuppy must-have and a status symbol." Deaf campaigner Tom Reyes '
        'said: "My written English is not very good and it takes me longer to type." Bookmaker Alder Bets placed '
        "the novel as the 6/4 favourite to win on Tuesday in London. Author Jo Pell said: "
        '"The winner will choose what goes on my forehead, a company name or a domain name, perhaps their logo." '
        '"It is a terrible decision," said Ann Lee, a rival author.\n',
        "phones.txt",
    )
    judged = {c.evidence[0]: c.answer[0] for c in BUILDERS["fact-opinion"](analysis)}
    assert not [e for e in judged if re.search("must-have|written English|favourite|perhaps", e)]
    assert judged.get("It is a terrible decision,") == "A judgment or prediction"  # still asked
    assert not [c for c in BUILDERS["hedge"](analysis) if "perhaps" in c.prompt]
    labels = _analysis(
        "Firm grows\n\nThe 19 firm handles a roster of artists. The 12 eurozone countries met. The 19 people were "
        "freed. The 30 mile road was closed.\n",
        "firm.txt",
    )
    named = [_names_one_thing(s.span[1], "The ") for s in labels.sentences]
    assert named == [True, False, False, False]
    lead = "Apple has unveiled a new, low-cost computer for the masses, billed as the Mac mini."
    assert not main_clause(lead).endswith("billed")
    assert attribution("According to Microsoft the messages were sent via hijacked addresses.") == (
        "According to",
        "Microsoft",
    )
    assert attribution("According to the Ministry of the Interior, five died.") == (
        "According to",
        "the Ministry of the Interior",
    )
    assert context_reference("The law will force such companies to pay more.") == "such companies"
    assert context_reference("The ban covers such devices as phones in the hall.") is None


def test_no_year_blank_beside_a_name_that_carries_its_digits():
    from quizapp.generation.skills import BUILDERS

    def asked(virus: str) -> list[str]:
        analysis = _analysis(
            f"Virus study published\n\nDoctors in Wuhan first found the {virus} virus in December 2019, scientists "
            "at Wuhan University said on Monday. The study of 400 patients was published in the journal Nature in "
            "March 2021.\n",
            "virus.txt",
        )
        return [c.answer[0] for c in BUILDERS["number"](analysis)]

    assert "December 2019" in asked("SARS") and "December 2019" not in asked("COVID-19")


def _loaded_verbs(text: str, name: str) -> dict:
    """The attribution-verb items of a story, by the verb they ask about."""
    from quizapp.generation.skills import BUILDERS

    items = BUILDERS["attribution-verb"](_analysis(text, name))
    return {c.prompt.split("verb “")[1].split("”")[0]: c for c in items if "verb “" in c.prompt}


def _asks(analysis, skill: str, words: str) -> bool:
    """Whether the skill makes an item whose prompt holds `words` (not counting a sentence shown for its verb)."""
    from quizapp.generation.skills import BUILDERS

    return any(words in c.prompt for c in BUILDERS[skill](analysis) if "verb left out" not in c.prompt)


def test_pointed_out_and_revealed_are_loaded_verbs_but_a_survey_that_reveals_is_not():
    firm = _loaded_verbs(
        "Firm grows\n\nMara Quist, the firm's chief executive, pointed out that sales had doubled since 2001. Tom "
        "Reyes, an analyst at Alder Research, revealed that the firm had lost its biggest client. A survey by the "
        "council revealed that 40 shops had closed. Ann Lee pointed out the window to the crowd.\n",
        "firm.txt",
    )
    # "noted" takes the words as true too, unless they are hedged; "argued" takes a side
    parking = _loaded_verbs(
        "Council splits over parking\n\nThe council voted on Monday to raise parking fees by 20 percent. Officials "
        "noted that the town appeared to be losing visitors. A trader, Sam Ode, noted that sales might fall. Mayor "
        "Ann Lee noted that the fees had not changed since 2009. Councillor Tom Reyes argued that the rise would "
        "drive shoppers away.\n",
        "parking.txt",
    )
    assert (set(firm), set(parking)) == ({"pointed out", "revealed"}, {"noted", "argued"})
    assert "Tom Reyes" in firm["revealed"].prompt and "since 2009" in parking["noted"].prompt
    factive = "It presents the statement as a plain fact that the writer accepts"
    assert firm["pointed out"].answer[0] == parking["noted"].answer[0] == factive
    assert parking["argued"].answer[0] == "It presents the statement as one side of a dispute"
    assert not any("showing off" in choice for item in parking.values() for choice in item.choices)


def test_a_describing_subject_with_a_name_beside_it_is_that_person_speaking():
    text = (
        "Two arrested after protest\n\nTwo people were arrested after protesters disrupted a play on Monday night, "
        "the Metropolitan Police said.\n\nOne of the protesters, Hayley Walsh, 42, a lecturer from Nottingham, "
        'said: "Years of writing to MPs has not worked."\n\nFellow protester, mechanical engineer Richard Weir, 60, '
        'said: "I started my career in the shipyards."\n'
    )
    analysis = _analysis(text, "protest.txt")
    assert {q.source.label for q in analysis.quotes} == {"Hayley Walsh", "Richard Weir"}
    assert analysis.sources["Hayley Walsh"].description == "one of the protesters"


def test_an_event_the_model_took_for_a_person_does_not_speak_for_the_firm():
    reported = _quote_sources(
        "Fitness app adds features\n\nStrava on Thursday announced new features at its annual Camp Strava event. "
        '"Women find less time to be active," Strava wrote in a blog post. Chief product officer Matt Salazar '
        "said the plan would help.\n",
        "strava.txt",
    )
    assert reported["Women find less time to be active,"] != "Camp Strava"


def test_sources_and_roles_from_explicit_cues_only():
    from quizapp.generation.skills.source_credentials import cut_off, is_a_role
    from quizapp.generation.sources import classify

    lawyer = "a British-Israeli lawyer who served in the IDF Military Advocate General's Corps"
    assert classify("Nick Kaufman", lawyer, is_person=True) is None
    assert classify("the NCRB data", None, is_person=False) is None
    assert classify("the Populus survey", None, is_person=False) == "document"
    text = "Royal Bank of Canada assistant chief economist Nathan Janzen said jobs rose."
    assert cut_off("Canada assistant chief economist", text, capitalised=False)
    assert not cut_off("assistant chief economist", "An assistant chief economist, Nathan Janzen, said so.")
    assert not is_a_role("China's ambassador to")


def test_judgment_words_claims_and_hedges_that_are_not_the_speakers():
    from quizapp.generation.skills.common import mention_in
    from quizapp.generation.skills.fact_opinion import _is_plain_fact, _judgment_words
    from quizapp.quality.wording import evaluative_words

    assert not _judgment_words("I feel like I’m in another world, because it’s something I’ve never done before")
    assert "legend" in evaluative_words("Hollywood legend Weaver was escorted off stage on Monday.")
    clarified = _analysis(
        "Minister speaks\n\nAt a press conference on Monday in Putrajaya, Fahmi Fadzil clarified that Nurul Izzah "
        "joined the delegation in 2024 in her official capacity.\n",
        "clarify.txt",
    )
    sentence = clarified.sentences[0]
    assert not _is_plain_fact(clarified, sentence, sentence.text)
    assert mention_in("Prison officials", "the factors, prison officials wrote in documents") == "prison officials"
    assert mention_in("Israeli officials", "Israeli officials said") == "Israeli officials"


def test_swaps_that_contradict_a_comparison_and_claims_moved_to_their_author():
    from quizapp.generation.skills.common import attribution
    from quizapp.generation.skills.true_false import _COMPARED_FIGURE
    from quizapp.quality.wording import context_reference

    assert _COMPARED_FIGURE.search("cut emissions 42.6 per cent by 2030 – just shy of the 43 per cent target")
    assert not _COMPARED_FIGURE.search("The fire destroyed 42 homes in the valley on Monday.")
    assert attribution("According to data released by the National Crime Records Bureau, cases rose.") is None
    assert context_reference("The state has consistently topped the list for several years.")
    bank = generate_bank(
        parse_story(
            "King opens Parliament\n\nThe new government will focus on security and fairness for all families, "
            "King Charles said in his speech on Wednesday. The speech was written by Keir Starmer and his "
            "ministers. Keir Starmer said the plan would take time to deliver in full.\n",
            "speech.txt",
        ),
        GenerationOptions(strict=True, max_items=None),
    )
    assert not [i for i in bank.items if i.prompt.startswith("True or false") and "Keir Starmer said that" in i.prompt]


def test_a_standfirst_is_no_lead_wrong_news_choices_differ_and_halves_stay_halves():
    from quizapp.generation.distractors import plausible_numbers
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Tax agency gets money to hire debt collectors\n\n"
        "Tax agency will hire more than 1,000 debt collectors to claw back money owed to it\n\n"
        "The finance minister has given the tax agency money to hire debt collectors this year.\n",
        "budget.txt",
    )
    assert BUILDERS["main-event"](analysis) == []
    for rank in range(4):
        wrong = plausible_numbers(10.5, "10.5", "count", rank)
        assert len(wrong) == 3 and all(w % 1 == 0.5 for w in wrong)


def test_the_sentence_after_the_lead_is_no_wrong_main_news_and_a_worry_is_no_hedge():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.hedge import _WORRY

    analysis = _analysis(
        "Mutant book wins first book prize\n\n"
        "A book about the evolution of mutants has won the first book prize for 2004.\n\n"
        "Armand Leroi, a lecturer at Imperial College, scooped the £10,000 prize for his book on Tuesday. The "
        "award recognises new writing across fiction and non-fiction every year. Previous winners include White "
        "Teeth by Zadie Smith, in 2000, and a memoir in 2001. A panel of literary experts chose the shortlist in "
        "November after months of reading. The ceremony was held at a hotel in central London on Tuesday night. "
        "Sales of shortlisted books usually rise sharply after the award is announced.\n",
        "prize.txt",
    )
    (item,) = BUILDERS["main-event"](analysis)
    assert not [c for c in item.choices if "scooped" in c]
    assert _WORRY.search("Markets fell on concerns that the central bank might ")
    assert not _WORRY.search("The minister said the bank might ")


_HARBOUR_BODY = (
    "The port authority says the new quay will open to container ships in the spring. Three cranes arrived "
    "from the builder's yard in October after a long delay. A survey of the harbour floor was finished in "
    "late summer by a team of divers. The old fish market beside the quay will be turned into a visitor "
    "centre next year. Local fishermen have asked the council for a second slipway on the western beach. "
    "A ferry company plans to add a weekend service to the islands from May.\n"
)


def test_a_lead_whose_actor_the_headline_names_is_the_news_but_a_scene_setter_is_not():
    from quizapp.generation.skills import BUILDERS

    news = _analysis(
        "Kestrel Harbour rejects cruise terminal plan\n\n"
        "Kestrel Harbour has turned down a proposal to build a large cruise terminal on its northern pier.\n\n"
        + _HARBOUR_BODY,
        "harbour.txt",
    )
    (item,) = BUILDERS["main-event"](news)
    assert item.answer[0].startswith("Kestrel Harbour has turned down a proposal")
    scene = _analysis(
        "Kestrel Harbour rejects cruise terminal plan\n\n"
        "Nobody knows what the harbour will look like once the big ships start calling at the northern pier.\n\n"
        + _HARBOUR_BODY,
        "harbour.txt",
    )
    assert BUILDERS["main-event"](scene) == []


def test_forecasts_aims_and_what_a_speaker_could_not_do_are_no_plain_facts_or_judgments():
    from quizapp.generation.skills.fact_opinion import _FORECAST_REPORT, _INTENT, _judgment_words

    assert _FORECAST_REPORT.search("Banks scaled back their growth forecasts for 2005 on Monday.")
    assert _FORECAST_REPORT.search("Analysts put the losses from piracy at $2bn in 2004.")
    assert _INTENT.search("His lawyer tried to distance his client from the firm on Monday.")
    assert not _judgment_words("We couldn't get a London theatre in time, but it will be a great show")


def test_the_one_warned_is_not_the_speaker_and_unnamed_speakers_are_taught_as_unnamed():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Labour warned over vote\n\nJeremy Corbyn has been warned by party grandees that the party will be "
        "deserted by millions of voters if it fails to back a second vote. Tom Watson, the deputy leader, said "
        "the party had to listen to its members. Emily Thornberry, the shadow foreign secretary, said the "
        "manifesto would be agreed next week.\n\n"
        '"It would be beyond unacceptable if the shadow cabinet is not able to approve the document," said '
        "another shadow cabinet member.\n",
        "labour.txt",
    )
    assert not [c for c in analysis.claims if c.source and c.source.label == "Jeremy Corbyn"]
    unnamed = _analysis(
        "Party rows over vote\n\nThe party will meet on Monday to agree its manifesto, officials said.\n\n"
        '"It would be beyond unacceptable if the shadow cabinet is not able to approve the document," said another '
        'shadow cabinet member.\n\n"We will not accept a deal that leaves members out," said a senior party '
        'official.\n\n"This is a matter for the leader alone," said a Labour party spokesman.\n',
        "rows.txt",
    )
    (item,) = [c for c in BUILDERS["quote-speaker"](unnamed) if "beyond unacceptable" in c.prompt]
    assert "no name" in item.explanation and "names the speaker" not in item.explanation


def test_citing_a_reason_a_dash_after_a_source_and_other_giveaways():
    from quizapp.generation.skills.attribution_verb import _contrasting
    from quizapp.generation.skills.common import attribution
    from quizapp.generation.skills.detail import _fits_blank
    from quizapp.generation.sources import classify
    from quizapp.quality.wording import context_reference

    assert attribution("She brushed aside the talk, citing progress made against the Islamic State.") is None
    assert attribution("The profits, according to the Washington Post—allowed it to stay open.") == (
        "according to",
        "the Washington Post",
    )
    assert context_reference("Since then, Obama has been carving exceptions into the embargo.")
    text = "prosecutors are investigating Washington, D.C., firms that helped him."
    at = text.index("Washington")
    assert not _fits_blank(text, at, at + len("Washington"), "where")
    text = "Talks were held in Morocco and other North African states on Monday."
    at = text.index("Morocco")
    assert not _fits_blank(text, at, at + len("Morocco"), "where")
    assert "insist" not in _contrasting("contend") and "allege" not in _contrasting("insist")
    adviser = "a special adviser to the Romney campaign who headed the U.S. Agency for International Development"
    assert classify("Andrew Natsios", adviser, is_person=True) != "named-official"
    assert classify("Paul Light", "a professor at New York University and an acquaintance of Lew", True) is None


def test_a_poll_is_taught_as_a_poll_and_never_set_beside_state_media():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Most back the plan\n\nA Gallup survey found that 61% of adults backed the plan in March. The Gallup "
        "survey said support had risen since 2019. Mayor Ann Lee said the city would act on Monday.\n",
        "poll.txt",
    )
    (item,) = [i for i in BUILDERS["source-type"](analysis) if i.answer == ("A document or report",)]
    assert "State-run media" not in item.choices and "whom they asked" in item.explanation


def test_a_year_whose_digits_the_sentence_spells_out_and_a_broken_off_claim():
    from quizapp.generation.skills import BUILDERS

    def asked(clause: str) -> list[tuple[str, ...]]:
        analysis = _analysis(
            "Virus gets its name\n\nDoctors in Wuhan first found the virus in December 2019, scientists at Wuhan "
            f"University said on Monday; {clause} the year of the first case. The study of 400 patients was "
            "published in the journal Nature in March 2021.\n",
            "name.txt",
        )
        return [c.answer for c in BUILDERS["number"](analysis)]

    assert ("December 2019",) in asked("the name, agreed after long talks, stands for")
    assert ("December 2019",) not in asked("the 19 in the name stands for")
    analysis = _analysis(
        "Virus gets its name\n\nThe name had to be easy to say. Tedros Ghebreyesus, the WHO chief, said the name "
        "had to be easy to say and, to prevent stigma, could not refer to a place. Monica Schoch-Spana, a "
        "researcher at Johns Hopkins University, said the work would take years.\n",
        "stigma.txt",
    )
    race = _analysis(
        "Harbour race\n\nThe harbour race in Brest tightened on Monday, a new poll showed.\n\n"
        "Ann Lee, a Democrat, is a longshot candidate in the 2020 race for mayor of Brest.\n\n"
        "In 2008, the party fielded a large number of candidates, but the race quickly winnowed down to two.\n",
        "race.txt",
    )
    assert not [c for c in BUILDERS["true-false"](race) if re.search(r"\b(?:2017|2005)\b", c.prompt)]
    statements = [c.prompt for c in BUILDERS["true-false"](analysis)]
    assert statements and not [p for p in statements if "Schoch-Spana said that" in p]


def test_the_new_rules_leave_ordinary_sources_hedges_and_judgments_alone():
    from quizapp.generation.skills.attribution_verb import _FINDINGS
    from quizapp.generation.skills.common import attribution, mention_in
    from quizapp.generation.skills.fact_opinion import _judgment_words
    from quizapp.generation.skills.hedge import _WORRY
    from quizapp.generation.sources import classify, group_of
    from quizapp.quality.wording import context_reference

    assert attribution("Fares will rise, per the report filed on Monday.") == ("per", "the report")
    assert attribution("Ten died, according to a report by the health ministry.")[1] == (
        "a report by the health ministry"
    )
    assert attribution("Reuters reported the deaths, citing the health ministry.") == ("citing", "the health ministry")
    assert not _WORRY.search("Mayor Tom Reyes said the danger had passed and the storm would ")
    assert classify("Larry Sabato", "a political scientist at the University of Virginia", True) == "expert"
    assert classify("Jo Pell", "a woman who was appointed health minister in May", True) == "named-official"
    assert _judgment_words("Our hospitals are terrible.") == ["terrible"]
    assert (
        context_reference("Robert Mugabe was born in 1924 in Kutama, Zimbabwe, when the country was a colony.") is None
    )
    assert context_reference("Traffic was blocked on either side of the bridge for hours.") is None
    assert not _FINDINGS.search("After the investigation, Smith revealed that she had been paid.")
    assert group_of("One of the witnesses") == group_of("A witness")
    assert mention_in("Police", "Police said the police station was closed.") == "the police"
    harris = _quote_sources(
        "Harris visits Ohio\n\nKamala Harris spoke in Ohio on Monday. Staff of the Kamala Harris campaign were "
        'there. "This is about jobs," Harris said.\n',
        "harris.txt",
    )
    assert harris["This is about jobs,"] == "Kamala Harris"


def test_sources_that_are_places_or_objects_the_dead_as_speakers_and_roles_cut_inside_a_name():
    from quizapp.generation.skills.common import attribution
    from quizapp.generation.skills.source_credentials import cut_off

    assert attribution("Burials began in 1947, according to a 2012 article about the cemetery.") is None
    assert attribution("According to Washington D.C. attorney Joe DiGenova, more agents will talk.") is None
    assert attribution("The data included addresses and, in some cases, data from passports.") is None
    text = "Tom Reyes, former Fort Sam Houston Museum director, told the paper so."
    assert cut_off("Houston Museum director", text, capitalised=False)
    assert not cut_off("President", "Afghan President Ashraf Ghani spoke.", capitalised=False)
    reported = _quote_sources(
        "State ends death penalty\n\nThe bill would not apply to Michael Addison, who killed Manchester officer "
        "Michael Briggs. Governor Chris Sununu vetoed the bill.\n\nThe vote was 16-8, and the latter included Lou "
        "D'Allesandro, who represents the district in which Briggs was killed.\n\nMichael Briggs was a police "
        'officer. "I have consistently stood with law enforcement in opposing a repeal," he said in a statement.\n',
        "penalty.txt",
    )
    assert reported["I have consistently stood with law enforcement in opposing a repeal,"] != "Michael Briggs"


def test_a_split_drop_capital_and_a_space_before_a_comma_are_garbled():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("“T his will not break me , I will fight on.")
    assert not is_garbled("This will not break me, I will fight on, said Jay Z on Plan B.")


def test_hedge_meanings_differ_and_read_well_and_a_broken_off_claim_is_never_credited():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.common import broken_off

    analysis = _analysis(
        "Shops limit sales\n\nStore chief Ann Lee said the limits would likely stay. Tom Reyes, a retail analyst at "
        "Alder Research, said shoppers were calm.\n",
        "shops.txt",
    )
    (item,) = [c for c in BUILDERS["hedge"](analysis) if "“likely”" in c.prompt]
    assert not [c for c in item.choices if "certain" in c and c != item.answer[0]]
    assert "In “likely”" not in item.explanation
    assert broken_off("the name had to be easy to say and, to prevent stigma")
    assert broken_off("the name had to be easy to say and") and not broken_off("prices rose and fell")


def test_a_quotation_carried_over_from_an_earlier_paragraph_ranks_above_one_tagged_in_its_own():
    from quizapp.generation.skills.quote_speaker import build

    analysis = _analysis(
        "Council votes to close library\n\n"
        '"We have no money left for the branch," said Mara Quist, the council leader. "The roof alone would cost '
        'more than the building is worth."\n\n'
        'Tom Reyes, who chairs the friends of the library, said: "This is a sad day for the town and its children."'
        "\n\n"
        'Anna Berg, a teacher at the school next door, said: "Our pupils use the branch every single week."\n\n'
        '"We will find them another room, but it will take time," said Quist. "There is a hall we can use.\n\n'
        '"Nobody wanted this outcome, and we looked at every other option before the vote."\n',
        "library.txt",
    )
    scores = {c.prompt: c.score for c in build(analysis)}
    carried = next(s for p, s in scores.items() if "Nobody wanted this outcome" in p)
    same_paragraph = next(s for p, s in scores.items() if "The roof alone" in p)
    tagged = next(s for p, s in scores.items() if "sad day" in p)
    assert carried > tagged > same_paragraph


def test_a_demonym_before_a_record_is_part_of_the_source_and_a_true_statement_says_whose_account_it_is():
    from quizapp.generation.skills.common import attribution
    from quizapp.generation.skills.true_false import _what_to_check

    assert attribution("The war killed more than 39,000, according to Palestinian tallies, over ten months.") == (
        "according to",
        "Palestinian tallies",
    )
    analysis = _analysis(
        "Port reopens after storm\n\n"
        "The port of Halden reopened on Monday after the storm.\n\n"
        "About 40 ships waited offshore during the closure, according to the Halden Pilots Association.\n",
        "port.txt",
    )
    sentence = next(s for s in analysis.sentences if "40 ships" in s.text)
    lesson = _what_to_check(analysis, sentence, sentence.text)
    assert "“according to the Halden Pilots Association”" in lesson and "account of" not in lesson
    assert "only as reliable as the Halden Pilots Association" in lesson


def test_lower_case_words_before_a_capitalised_title_are_not_part_of_it():
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline

    doc = pipeline()(
        '"We are not going to refight that fight," Ryan said, referring to $600 billion in new tax revenue '
        "President Obama secured in the deal. Chelyabinsk regional Deputy Governor Oleg Klimov said 68 people "
        "were missing."
    )
    described = {p.name: p.description for p in find_people(doc)}
    assert described.get("Obama") in (None, "President")
    assert described.get("Oleg Klimov") == "Chelyabinsk regional Deputy Governor"


def test_a_state_named_after_a_country_is_not_that_country_and_a_wire_dateline_offers_the_storys_own_cities():
    from quizapp.generation.skills.dateline import build
    from quizapp.quality.flaws import ItemText, check

    analysis = _analysis(
        "Florida may check voter list\n\n"
        "WASHINGTON (AP) — Florida may use a federal list to check its voter rolls, officials said on Saturday.\n\n"
        "Officials in Ohio, Michigan, New Mexico and Iowa back the effort. Voters in Tampa were among the first "
        "to be checked, and a judge in Tallahassee will hear the case next week.\n",
        "voters.txt",
    )
    assert "Mexico" not in analysis.entities("GPE") and "New Mexico" in analysis.entities("GPE")
    items = build(analysis)
    assert items and items[0].answer == ("Washington",)
    choices = items[0].choices
    assert "Tampa" in choices and not {"Mexico City", "Manhattan", "Brooklyn", "Queens"} & set(choices)
    item = ItemText("single", items[0].prompt, choices, items[0].answer, items[0].explanation, skill="dateline")
    assert not [f for f in check(item, analysis.article.full_text) if f.code == "invented-name"]


def test_names_the_model_cuts_at_a_hyphen_or_a_particle_are_mended():
    from quizapp.generation.nlp import pipeline

    doc = pipeline()(
        "South Korean President Moon Jae-in met Kim Jong-un on Friday. Ursula von der Leyen and Charles Michel "
        "said the crisis needed cooperation."
    )
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert {"Moon Jae-in", "Kim Jong-un", "Ursula von der Leyen"} <= set(people)
    assert "Moon Jae" not in people and "Leyen" not in [e.text for e in doc.ents]


def test_a_true_statement_of_what_someone_said_takes_the_form_a_moved_claim_takes():
    from quizapp.generation.skills.true_false import _restatable, _true_item

    analysis = _analysis(
        "Budget talks stall in Congress\n\n"
        "Congress failed to agree a budget on Friday after a week of talks.\n\n"
        "Rep. Mark Meadows, the leader of the Freedom Caucus, said enough members were ready to vote against the "
        "stopgap bill.\n\n"
        "Schools would close for a week, Governor Anna Berg said.\n\n"
        "Tom Reyes believes the dynamics of the race have changed for the party.\n\n"
        "Mara Quist said the king agreed that prices were too high or that output would rise.\n\n"
        '"We cannot go on like this. People just did not want to hear the warnings," Quist told reporters.\n',
        "budget.txt",
    )

    def sentence(words: str):
        return next(s for s in analysis.sentences if words in s.text)

    meadows = sentence("enough members")
    statement, lesson, is_false = _true_item(analysis, meadows, meadows.text)
    assert statement == "Mark Meadows said that enough members were ready to vote against the stopgap bill."
    assert not is_false and "Mark Meadows" in lesson
    schools = sentence("Schools would close")
    assert _true_item(analysis, schools, schools.text)[0].startswith("Anna Berg said that schools would close")
    belief = sentence("believes")
    assert _true_item(analysis, belief, belief.text) is None  # a belief passed on is not words said
    claims = {c.content: _restatable(analysis, c) for c in analysis.claims if c.content}
    assert not [ok for content, ok in claims.items() if "or that" in content and ok]
    assert [content for content in claims if content.lower().startswith("people just")]
    assert not [ok for content, ok in claims.items() if content.lower().startswith("people just") and ok]


def test_newspapers_past_posts_and_public_school_heads_get_no_source_type():
    from quizapp.generation.sources import classify

    assert classify("the editorial board of the Washington Post", None, False) is None
    assert classify("the Washington Post", None, False) is None
    assert classify("Thames Valley Police", None, False) == "named-official"  # a named public body still is
    assert (
        classify("John Brennan", "director of the Central Intelligence Agency under President Barack Obama", True)
        is None
    )
    assert classify("Jean-Claude Brizard", "Chicago Public Schools CEO", True) != "advocate"
    assert classify("Tim Cook", "Apple CEO", True) == "advocate"


def test_a_professor_who_only_voices_a_hope_is_not_asked_about_as_an_expert():
    from quizapp.generation.skills.source_type import build

    analysis = _analysis(
        "Leaders meet for talks\n\n"
        "The two leaders met in Singapore on Tuesday for their first summit.\n\n"
        '"I really, really hope for a good outcome," said Yoon Ji, a professor at Sungshin University in Seoul.\n\n'
        '"The talks will fail without a timetable for inspections," said Tom Reyes, an economist at Alder '
        "University.\n",
        "summit.txt",
    )
    asked = {c.prompt for c in build(analysis)}
    assert any("Tom Reyes" in p for p in asked)
    assert not any("Yoon Ji" in p for p in asked)


def test_announcing_ones_own_plan_is_not_a_loaded_reveal_and_a_conceding_may_is_not_a_hedge():
    from quizapp.generation.skills import attribution_verb, fact_opinion

    analysis = _analysis(
        "President names new health chief\n\n"
        "The president spoke to reporters at the White House on Monday.\n\n"
        "Trump also revealed he will be nominating David Shulkin as secretary of Veterans Affairs.\n\n"
        'Mara Quist, a former aide, said: "You may blame the agency, but you will not silence its staff."\n\n'
        'Asked if he would win, Trump said: "I hope I do."\n\n'
        "Akmal Mujeeb, owner of a car dealer near Austin, agreed on Tuesday.\n",
        "health.txt",
    )
    assert not [c for c in attribution_verb.build(analysis) if "revealed" in c.prompt]
    judged = fact_opinion.build(analysis)
    assert not [c for c in judged if "I hope I do" in c.prompt]
    assert not [c for c in judged if "Mujeeb" in c.prompt and c.answer == ("A checkable fact",)]
    assert not [c for c in judged if "You may blame" in c.prompt and "“may”" in c.explanation]
    assert fact_opinion._judgment_words("Critics may cheer, but this is a dark day") == []
    assert fact_opinion._judgment_words("The deal may collapse next week") == ["may"]


def test_a_claim_credited_according_to_one_source_is_moved_to_another_the_article_credits():
    from quizapp.generation.skills.common import attribution
    from quizapp.generation.skills.true_false import _moved_accounts

    analysis = _analysis(
        "Storm floods coastal towns\n\n"
        "The storm reached the coast on Monday night.\n\n"
        "According to the National Weather Service, the river rose six feet in four hours.\n\n"
        "According to the BBC, residents were doing most rescue work themselves using boats.\n\n"
        "Officials said roads would reopen on Friday.\n",
        "storm.txt",
    )
    moved = _moved_accounts(analysis)
    assert moved and all(item.answer == ("False",) for item in moved)
    statements = [item.prompt for item in moved]
    assert any("According to the BBC, the river rose six feet" in p for p in statements)
    assert all("not to" in item.explanation for item in moved)
    assert attribution("The man wore a cap, according to CBS News.") == ("according to", "CBS News")


def test_background_sources_are_taught_as_sources_nobody_names():
    from quizapp.generation.skills.true_false import _what_to_check

    analysis = _analysis(
        "Leader weighs staff changes\n\n"
        "The president met advisers on Monday.\n\n"
        "Mr Trump has appeared in a sour mood, lashing out at the media and, according to background sources, "
        "considering changes to his top staff.\n",
        "staff.txt",
    )
    sentence = analysis.sentences[-1]
    assert "without saying whose" in _what_to_check(analysis, sentence, sentence.text)


def test_who_did_what_offers_nobody_the_sentence_names_and_no_blank_goes_in_a_fragment():
    from quizapp.generation.skills import detail

    analysis = _analysis(
        "Leaders meet in Singapore\n\n"
        "Kim Jong-un and Donald Trump met in Singapore on Tuesday.\n\n"
        "Japanese Prime Minister Shinzo Abe welcomed Kim's written commitment to complete denuclearization.\n\n"
        "Moon Jae-in said he could hardly sleep. Geng Shuang said sanctions could be lifted. Justin Trudeau "
        "said the talks were a first step.\n\n"
        "The site's editor in chief, Nate Silver, who was criticized for a cautious approach before Tuesday.\n",
        "summit.txt",
    )
    items = detail.build(analysis)
    welcomed = [c for c in items if "welcomed" in c.prompt]
    assert welcomed and all("Kim Jong-un" not in c.choices for c in welcomed)
    assert not [c for c in items if "Nate Silver, who was criticized" in c.prompt]


def test_a_true_statement_kept_with_its_own_speaker_keeps_its_pronouns_but_never_ends_pointing_back():
    from quizapp.generation.skills.true_false import _true_item

    analysis = _analysis(
        "Lawyer testifies in fraud case\n\n"
        "The hearing opened in New York on Monday.\n\n"
        "Michael Cohen said Trump directed him to make payments to two women before the election.\n\n"
        "Donald Trump Jr. says he left the meeting after he realized that.\n",
        "cohen.txt",
    )
    cohen = next(s for s in analysis.sentences if "directed him" in s.text)
    assert _true_item(analysis, cohen, cohen.text)[0] == (
        "Michael Cohen said that Trump directed him to make payments to two women before the election."
    )
    junior = next(s for s in analysis.sentences if "realized that" in s.text)
    assert _true_item(analysis, junior, junior.text) is None


def test_from_sample_r_writers_comments_chains_of_reports_and_arithmetic_are_not_asked():
    from quizapp.generation.skills import attribution_verb, hedge, number, quote_speaker, single_source
    from quizapp.generation.skills.true_false import _what_to_check
    from quizapp.generation.sources import classify

    analysis = _analysis(
        "Senate vote fails\n\n"
        "The Senate voted on Thursday night.\n\n"
        "Sen. John McCain said Thursday he cannot support the plan, likely dooming the effort.\n\n"
        "The New York Times reported last week that Parnas had told associates he paid Giuliani for advice.\n\n"
        "A U.S. official, speaking on condition of anonymity, said about a dozen troops were being moved.\n\n"
        "Support for the plan rose 11 points, from 57% to 68%, in the latest poll of 1,200 voters.\n\n"
        "Authorities allege that Williams gave gifts and loans to the first family of Virginia.\n\n"
        '"It is an honor to join President Trump in the White House as his chief of staff," said Reince Priebus. '
        '"We will win," said Mara Quist. "They will lose," said Tom Reyes.\n\n'
        "Iranian state media announced on Sunday that the country will no longer respect any limits of the deal.\n\n"
        "A shutdown may have fewer long term costs for the economy, but some House aides say even that is too "
        "risky.\n",
        "senate.txt",
    )
    shutdown = next(s for s in analysis.sentences if "shutdown" in s.text)
    assert _what_to_check(analysis, shutdown, shutdown.text) is None
    assert not [c for c in hedge.build(analysis) if "likely" in c.prompt]
    chain = next(s for s in analysis.sentences if "Parnas" in s.text)
    assert _what_to_check(analysis, chain, chain.text) is None
    anonymous = next(s for s in analysis.sentences if "anonymity" in s.text)
    assert "speaking on condition of anonymity" in _what_to_check(analysis, anonymous, anonymous.text)
    assert not [c for c in number.build(analysis) if c.answer == ("11",)]
    assert not [c for c in attribution_verb.build(analysis) if "allege" in c.prompt]
    priebus = [c for c in quote_speaker.build(analysis) if "join President Trump" in c.prompt]
    assert all("Donald Trump" not in c.choices and "Trump" not in c.choices for c in priebus)
    assert not single_source.build(analysis)
    assert classify("Tom Pyle", "president of the American Energy Alliance", True) is None


def test_a_claim_someone_also_made_is_never_moved_to_another_speaker():
    from quizapp.generation.skills.true_false import _moved_claims

    analysis = _analysis(
        "Butterflies return to valley\n\n"
        "The butterflies came back to the valley this spring, a survey found.\n\n"
        "George Kimbrell, a lawyer at the Center for Food Safety, said the count was the highest in a decade.\n\n"
        "Ecologist Ryan Norris of the University of Guelph also said human actions had little to do with the "
        "increased population.\n",
        "butterflies.txt",
    )
    assert not [c for c in _moved_claims(analysis) if "human actions" in c.prompt]


def test_from_sample_s_titles_with_a_town_name_appositive_people_the_dead_and_shares_of_its():
    from quizapp.generation.analysis import died_in_story
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline
    from quizapp.quality.wording import context_reference

    doc = pipeline()(
        "Thousand Oaks Mayor Andrew Fox says residents were forced to leave. She did not know if Kavanaugh and "
        "his friend at the time, Mark Judge, would spike the punch."
    )
    described = {p.name: p.description for p in find_people(doc)}
    assert described["Andrew Fox"] == "Thousand Oaks Mayor"
    assert described.get("Kavanaugh") != "Mark Judge"
    analysis = _analysis(
        "Tributes paid to actor\n\nTributes were paid to US actor Chadwick Boseman on Sunday.\n\n"
        "Boseman died on Friday after a long illness. Ryan Coogler said he was kind.\n",
        "tributes.txt",
    )
    text = analysis.article.full_text
    assert died_in_story(text, "Chadwick Boseman") and not died_in_story(text, "Ryan Coogler")
    # an obituary's subject may still be quoted from the past; only a killing rules out a "he said"
    assert not died_in_story(text, "Chadwick Boseman", killed_only=True)
    assert died_in_story("Crowds mourned killed officer Michael Briggs.", "Michael Briggs", killed_only=True)
    assert context_reference("Less than 4 percent of its U.S. employees are black.")


@pytest.mark.parametrize(
    ("dateline", "answer", "same_form"),
    [
        ("TOPEKA, Kan. (AP) —", "Topeka, Kan.", ", Kan."),
        ("MT SOMERS, New Zealand (Reuters) -", "Mt Somers, New Zealand", ", New Zealand"),
        ("SAN FRANCISCO (Reuters) -", "San Francisco", None),
    ],
)
def test_datelines_with_a_state_a_country_or_a_city_alone_get_wrong_places_of_the_same_form(
    dateline, answer, same_form
):
    from quizapp.generation.skills.dateline import build

    analysis = _analysis(
        f"Council backs new plan\n\n{dateline} The council approved the plan on Tuesday after a long debate.\n\n"
        "Members said the vote would stand.\n",
        "plan.txt",
    )
    items = build(analysis)
    assert items and items[0].answer == (answer,)
    wrong = [c for c in items[0].choices if c != answer]
    assert len(wrong) == 3 and len(set(wrong)) == 3
    assert all(c.endswith(same_form) for c in wrong) if same_form else all("," not in c for c in wrong)


def test_a_story_filed_from_the_country_it_tells_of_is_never_called_filed_from_outside():
    from quizapp.generation.skills.dateline import build

    analysis = _analysis(
        "U.S. approves first factory in Cuba\n\n"
        "HAVANA, Cuba — The U.S. government has approved the first American factory in Cuba in 50 years.\n\n"
        "The U.S. Treasury told the partners they can build tractors in Cuba. Cuban officials endorsed the plan, "
        "and the United States embassy in Havana welcomed it. Cuba hopes for more U.S. investment.\n",
        "cuba.txt",
    )
    assert analysis.country_mentions["Cuba"] >= 3
    assert not [c for c in build(analysis) if "What does that tell you" in c.prompt]


def test_a_short_surname_with_a_title_elsewhere_means_a_second_sentence_says_who_they_are():
    from quizapp.generation.skills.evidence import build

    analysis = _analysis(
        "Crowds gather near air base\n\n"
        "As the event turned viral, both media and authorities took notice. The nearest town is Rachel. County "
        'sheriff Kerry Lee told the BBC even one percent of users attending "would be more than we can handle".\n\n'
        "The sheriff's office arranged for reinforcements from across Nevada. Fewer than two hundred showed up at "
        "the gates of the base. Sheriff Lee said they arrested one person for urinating in public, technically "
        "indecent exposure.\n",
        "base.txt",
    )
    assert not [c for c in build(analysis) if "Kerry Lee" in c.prompt]


def test_no_hedge_meaning_beside_a_court_ruling_or_inside_a_view_the_speaker_relays():
    from quizapp.generation.skills.hedge import build

    ruled = _analysis(
        "Court overturns bridge convictions\n\n"
        "The Supreme Court overturned the convictions of two officials over an allegedly politically motivated "
        "traffic jam at a bridge.\n\n"
        "The court said the officials had used their power to punish a mayor.\n",
        "bridge.txt",
    )
    assert not [c for c in build(ruled) if "allegedly" in c.prompt]
    relayed = _analysis(
        "Shops limit toilet paper\n\n"
        "Shops cut the number of packs a customer may buy on Friday.\n\n"
        '"The big chains have a view that if there was plenty on the shelf, you would probably minimise the panic," '
        "said Russell Zimmerman, head of the retailers association.\n",
        "shops.txt",
    )
    assert not [c for c in build(relayed) if "probably" in c.prompt]


def test_the_review_of_this_change_narrows_its_rules_to_the_cases_they_name():
    from quizapp.generation.distractors import plausible_numbers
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.skills import attribution_verb, dateline, fact_opinion, hedge, number, single_source
    from quizapp.generation.skills.true_false import _moved_claims

    people = [e.text for e in pipeline()("The Netanyahu-led coalition met Moon Jae-in.").ents if e.label_ == "PERSON"]
    assert "Netanyahu-led" not in people and "Moon Jae-in" in people
    kansas = dateline.build(
        _analysis("Plan passes\n\nTOPEKA, Kansas (Reuters) - The plan passed on Monday.\n", "k.txt")
    )
    assert kansas and all(c.endswith(", Kansas") and "Chicago" not in c for c in kansas[0].choices)
    assert not dateline.build(_analysis("Plan passes\n\nWASHINGTON, D.C. (AP) — The plan passed on Monday.\n", "d.txt"))
    for rank in range(4):
        wrong = plausible_numbers(2018, "2018", "year", rank, ceiling=2020)
        assert not wrong or any(year > 2018 for year in wrong) or rank == 3
    analysis = _analysis(
        "Missile test and court case\n\n"
        "The test was carried out on Tuesday.\n\n"
        "State media said the new missile would be able to strike anywhere in the United States mainland.\n\n"
        "Senator Jane Smith said the proposed tax cut was far too expensive for a state facing large deficits. "
        "Tom Reyes, an economist, said the plan would help families.\n\n"
        "The man allegedly stole $2 million from the charity, according to court documents. Police have not "
        "ruled out further arrests.\n\n"
        "Cohen revealed that he had paid the woman $130,000 before the election.\n\n"
        "Home prices rose 10 percent between 2010 and 2020.\n",
        "mixed.txt",
    )
    assert single_source.build(analysis)
    assert [c for c in _moved_claims(analysis) if "too expensive" in c.prompt]
    assert [c for c in hedge.build(analysis) if "allegedly" in c.prompt]
    assert [c for c in attribution_verb.build(analysis) if "revealed" in c.prompt]
    prices = next(i for i, s in enumerate(analysis.sentences) if "Home prices" in s.text)
    key = next(q for i, q in analysis.quantities if i == prices)
    assert not number._by_arithmetic(key, analysis.sentences[prices])  # 2020 - 2010 is no figure of the story
    poll = _analysis("Poll\n\nThe poll was out.\n\nSupport rose 11 points, from 57% to 68%, in the poll.\n", "p.txt")
    eleven = next((i, q) for i, q in poll.quantities if q.text == "11")
    assert number._by_arithmetic(eleven[1], poll.sentences[eleven[0]])
    assert not fact_opinion._ELLIPTICAL.search("We will do everything we can.")
    assert not fact_opinion._ELLIPTICAL.search("Nobody knows where he is.")
    assert fact_opinion._judgment_words("Prices might rise further next year, but the bank is ready.") == ["might"]


def test_a_suggestion_is_not_restated_as_said_and_a_quotation_without_its_subject_is_not_asked():
    from quizapp.generation.skills import quote_speaker
    from quizapp.generation.skills.true_false import _true_item

    analysis = _analysis(
        "Pipeline plan draws fire\n\n"
        "The pipeline plan was published on Monday.\n\n"
        "During the campaign, Donald Trump suggested the Democratic candidate would be in jail if he were elected.\n\n"
        'Mara Quist, a lawyer for the council, said the pipeline "is against the best interest of our country." '
        'Tom Reyes said: "We will fight this plan in every court we can." "It will not pass," said Ann Berg.\n',
        "pipeline.txt",
    )
    suggested = next(s for s in analysis.sentences if "suggested" in s.text)
    assert _true_item(analysis, suggested, suggested.text) is None
    assert not [c for c in quote_speaker.build(analysis) if "is against the best interest" in c.prompt]


_CAMPAIGN = (
    "Governor Ada Quill weighs a late bid for the Senate\n\n"
    "Governor Ada Quill is once again considering a run for the Senate, people close to her say.\n\n"
    "“She thinks the field is weak and the front runner cannot win,” said a source familiar with the "
    "governor’s change of heart, which comes months after she ruled out a run.\n\n"
    "“The front runner will lose if nothing changes. That is not something the party can afford,” a Quill "
    "insider said.\n\n"
    "Her campaign manager, Tom Reyes, confirmed on Thursday that the governor had met donors in the capital.\n\n"
    "“The governor has made no decision yet. She will listen to voters first,” Reyes said in a statement.\n\n"
    "State party chair Lena Ortiz said the primary calendar left little time for a new candidate.\n\n"
    "“Filing closes in three weeks, and every campaign needs signatures from all twelve districts,” Ortiz "
    "said.\n\n"
    "Rival candidate Paul Grant said he welcomed competition. “Voters deserve a real choice in this race,” "
    "Grant said.\n"
)


def test_a_quotation_over_two_sentences_is_credited_to_the_tag_after_it_and_a_long_source_phrase_is_read():
    sources = _quote_sources(_CAMPAIGN, "campaign.txt")
    assert sources["The front runner will lose if nothing changes. That is not something the party can afford,"] == (
        "A Quill insider"
    )
    assert sources["She thinks the field is weak and the front runner cannot win,"] == (
        "A source familiar with the governor’s change of heart"
    )
    assert sources["The governor has made no decision yet. She will listen to voters first,"] == "Tom Reyes"
    from quizapp.generation.skills.common import quote_sentences

    analysis = _analysis(_CAMPAIGN, "campaign.txt")
    (quote,) = [q for q in analysis.quotes if q.text.startswith("The front runner will lose")]
    assert quote_sentences(analysis, quote).endswith("a Quill insider said.")  # the evidence holds the tag too


def test_a_source_quoted_with_no_reason_for_its_anonymity_is_asked_about_and_never_offered_beside_another():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.sources import head_word

    analysis = _analysis(_CAMPAIGN, "campaign.txt")
    (item,) = [c for c in BUILDERS["anonymous-source"](analysis) if c.type == "true_false"]
    assert item.answer == ("False",) and "a source familiar with the governor’s change of heart" in item.prompt
    assert "nowhere says why" in item.explanation
    for candidate in BUILDERS["quote-speaker"](analysis):  # "one source" may be "the insider": never side by side
        unnamed = [c for c in candidate.choices if c.startswith(("A ", "An ", "One ", "Another "))]
        assert len(unnamed) <= 1 or candidate.answer[0] not in unnamed
    assert head_word("a source familiar with the talks") == "source"
    granted = _analysis(
        _CAMPAIGN.replace("a Quill insider said", "a Quill insider said on condition of anonymity"), "campaign.txt"
    )
    assert not [c for c in BUILDERS["anonymous-source"](granted) if c.type == "true_false"]


def test_a_pronoun_is_not_given_to_a_name_in_a_clause_when_someone_known_by_one_name_leads():
    sources = _quote_sources(
        "Ortega rebukes Donald Trump at graduation\n\n"
        "In a fiery speech at her old school on Friday, Ortega went after President Donald Trump and the "
        "controversies around him.\n\n"
        "“You are graduating at a time when truth itself is under attack,” she added.\n\n"
        "Senator Alvarado questioned why President Donald Trump did not use the emergency law.\n\n"
        "“This is exactly why the law was written,” he said.\n",
        "speech.txt",
    )
    assert sources["You are graduating at a time when truth itself is under attack,"] != "Donald Trump"
    assert sources["This is exactly why the law was written,"] != "Donald Trump"


def test_what_a_speaker_did_not_say_and_a_he_bound_to_the_speaker_are_no_true_statements():

    prompts = _prompts(
        "true-false",
        "Council delays budget vote\n\n"
        "The city council delayed its budget vote on Tuesday after a long debate. Mayor Ellen Park did not say "
        "who would replace the finance director when the council meets again. Council leader Omar Reyes said he "
        "was believed to have left the city before the meeting began. The council will meet again on Friday "
        "to vote on the plan.\n",
        "council.txt",
    )
    assert not [p for p in prompts if "did not say" in p or "said that he" in p]


def test_a_sentence_cut_at_a_rank_a_dash_aside_a_pointing_that_and_a_headline_figure_the_lead_changes():
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.fact_opinion import _RATING_IDIOM
    from quizapp.quality.wording import context_reference

    analysis = _analysis(
        "Army knew where soldier was held\n\n"
        "The newspaper reported Monday that the army knew where Sgt. Bowman was being held. Officials denied "
        "the report.\n",
        "army.txt",
    )
    assert analysis.sentences[0].text.endswith("was being held.")
    doc = pipeline()(
        "Opponents include Steve Ranger of Ohio — a leading farm-state lawmaker — and Nita Lowe, Eli Engels "
        "and Grace Ming of Iowa."
    )
    described = {p.name: p.description for p in find_people(doc)}
    assert not any("—" in (d or "") or "Lowe" in (d or "") for d in described.values())
    assert context_reference("Acme planned to stick to that timeline") == "that timeline"
    assert _RATING_IDIOM.search("Congress extended it in 2012 under political pressure from the president.")
    flood = _analysis(
        "Floods kill at least 40 in river valley\n\n"
        "Floods have killed at least 56 people in the river valley after a week of heavy rain, officials said "
        "on Monday.\n\n" + _HARBOUR_BODY,
        "floods.txt",
    )
    assert BUILDERS["main-event"](flood) == []


def test_joint_statements_negated_fragments_taken_questions_and_a_second_subject_are_not_one_persons_words():
    from quizapp.generation.extract.speakers import speech_in
    from quizapp.generation.nlp import pipeline

    nlp = pipeline()

    def speakers(text: str) -> list[tuple[str, str]]:
        return [(s.speaker, s.verb) for sent in nlp(text).sents for s in speech_in(sent) if s.reports_speech]

    assert not speakers(
        'Senator Ada Moore and Senator Ben Hale, joined by Senator Cy Ruiz, said "the two parties must work '
        'together on this inquiry."'
    )
    assert ("Ames", "said") not in speakers(
        "Ames has denied any link with Oslo and Norway has said it did not meddle in the vote."
    )
    assert not [
        s
        for s in speakers("Among the topics Ames answered questions about on Tuesday was the budget.")
        if s[1] == "answered"
    ]
    sources = _quote_sources(
        "Budget fight goes on\n\nThe Senate leader spoke on television on Sunday.\n\n"
        "He said no senator is “willing to raise a dime in taxes to fix the budget this year.”\n",
        "budget.txt",
    )
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Budget fight goes on\n\nThe Senate leader, Tom Vail, spoke on television on Sunday.\n\n"
        "Vail said no senator is “willing to raise a dime in taxes to fix the budget this year.”\n\n"
        "“We will hold the line on spending,” said Rita Ocampo, the party whip.\n\n"
        "“The talks are over for now,” said Lee Grant, a budget analyst.\n",
        "budget.txt",
    )
    assert not [c for c in BUILDERS["quote-speaker"](analysis) if "raise a dime" in c.prompt]
    assert sources  # the fragment is still read as a quotation; it is only not asked about


def test_a_tight_dash_or_an_agency_alone_is_a_dateline_and_a_question_headline_has_no_main_news():
    from quizapp.articles.wire import parse_dateline
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.common import leading_dateline

    dateline = parse_dateline("WASHINGTON—President Ames bucked his advisers on Thursday.")
    assert dateline is not None and dateline.place == "Washington"
    assert parse_dateline("U.S.-China talks resumed on Monday.") is None
    assert leading_dateline("(Reuters) - Republican Dan Ames won a special election.") == "(Reuters) - "
    asked = _analysis(
        "Will Kestrel Harbour reject the cruise terminal plan?\n\n"
        "Kestrel Harbour has turned down a proposal to build a large cruise terminal on its northern pier.\n\n"
        + _HARBOUR_BODY,
        "harbour.txt",
    )
    assert BUILDERS["main-event"](asked) == []


def test_a_person_described_twice_is_not_an_evidence_item():

    prompts = _prompts(
        "evidence",
        "Teachers meet in Long Beach\n\n"
        "Dana Reyes, the chairwoman of the Republican teachers' caucus, greeted visitors on Friday.\n\n"
        "“We are stepchildren here,” said Reyes, who teaches high school math in Long Beach.\n\n"
        "Omar Pike, 64, an elder of the local tribe, joined the march on Saturday. “It was peaceful,” Pike said.\n\n"
        "“I saw no trouble at all,” said Pike, a retired soldier.\n",
        "teachers.txt",
    )
    assert not [p for p in prompts if "Dana Reyes" in p or "Omar Pike" in p]


def test_a_nod_to_the_reader_is_no_hedge():
    from quizapp.quality.wording import hedge_words

    assert hedge_words("Some of you may have heard about a letter from the board.") == []
    assert hedge_words("The storm may have hit the coast overnight.")


def test_a_relative_a_consultancy_head_and_a_spokeswoman_for_a_named_senator_are_typed_with_care():
    from quizapp.generation.extract.speakers import speech_in
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.sources import classify

    assert classify("Arlo Vance Jr", "eldest son of the US president", is_person=True) is None
    assert classify("Dan Meyer", "CEO of Alder Health, a Washington-based consultancy", is_person=True) is None
    assert classify("Ann Lee", "chief executive of Ceres Robotics", is_person=True) == "advocate"
    doc = pipeline()(
        "A spokeswoman for another Democrat, Sen. Ben Carden of Maryland, would say only that Carden wanted the "
        "two bills tied together."
    )
    assert [s.person for sent in doc.sents for s in speech_in(sent)] == [None]


def test_a_he_at_the_head_of_a_claim_after_another_person_is_not_restated():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Mayor funds sheriff race\n\n"
        "The money from Mayor Ida Blum's fund is more than what Ray Clarke and Joe Moews have spent on their "
        "campaigns.\n\n"
        "Spokesman Howard Wolf told the Journal on Monday that he decided to get involved because the race let "
        "him shape policy.\n\n"
        "The election will be held on Tuesday, officials said.\n",
        "sheriff.txt",
    )
    assert not [c for c in BUILDERS["true-false"](analysis) if "Howard Wolf said that he" in c.prompt]


def test_a_party_and_state_tag_is_no_part_of_a_role():
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline

    doc = pipeline()(
        "The verdict will be an acquittal “in name only,” said Rep. Vera Dunning, D-Fla., a House prosecutor, "
        "during the debate. Rep. Omar Hale, R-Texas, said the case was weak."
    )
    described = {p.name: p.description for p in find_people(doc)}
    assert described.get("Vera Dunning") == "House prosecutor"
    assert not (described.get("Omar Hale") or "").startswith("R-")


def test_the_official_pointing_back_is_no_choice_among_described_people():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Gulf states seek arms\n\n"
        "Saudi Foreign Minister Adel Jabri met Lloyd Austen, the head of the U.S. Central Command, on Monday. "
        "John McCane, the chairman of the Senate Armed Services Committee, said the talks were useful.\n\n"
        "The official, who spoke on condition of anonymity because he was not authorized to discuss the talks, "
        "said the Saudis also want satellites and training.\n",
        "gulf.txt",
    )
    assert not [c for c in BUILDERS["anonymous-source"](analysis) if "The official" in c.choices]


def test_a_headline_figure_or_country_gives_no_blank_away_and_wrong_numbers_never_shuffle_the_keys_digits():
    from quizapp.generation.distractors import plausible_numbers

    for rank in range(4):
        assert sorted("629") not in [sorted(f"{v:g}") for v in plausible_numbers(629, "629", "count", rank)]
    story = (
        "More than 600 Ruritanian girls sold as brides\n\n"
        "A list of 629 girls and women, obtained by reporters, was compiled by investigators in the capital. The "
        "official, with years of experience studying trafficking in Ruritania, said many of the women told of "
        "abuse. A report released this month documented trafficking from Myanmar to China. In October, a court "
        "in the north acquitted 31 men charged in connection with trafficking. Officials in Vietnam and "
        "Cambodia have seen the same trade.\n"
    )
    assert not [p for p in _prompts("number", story, "brides.txt") if "list of _____ girls" in p]
    real = story.replace("Ruritanian", "Pakistani").replace("Ruritania", "Pakistan")
    details = _prompts("detail", real, "brides.txt")
    assert not [p for p in details if "trafficking in _____" in p]


def test_words_a_speaker_puts_in_others_mouths_are_not_theirs_to_ask_about():
    story = (
        "Candidate slips in polls\n\n"
        "Dana Yates, a political scientist at Drake University, said rivals would pounce on the endorsement.\n\n"
        "“I think it will become a point to needle,” said Yates. “'See, we told you he was too liberal for the "
        "state.'”\n\n"
        "“He needs a strong week,” said Kevin Maddox, a campaign adviser.\n\n"
        "“The numbers will move again,” said Nora Silva, a pollster.\n"
    )
    assert not [p for p in _prompts("quote-speaker", story, "polls.txt") if "too liberal" in p]


def test_the_articles_own_estimate_and_a_speakers_could_be_are_hedges_but_not_a_kind_a_rule_or_a_denial():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Parking rise goes to vote\n\nThe parking rise is likely to pass on Monday. Likely voters back the plan. "
        "Tom Reyes, a trader, said the fees could be cut next year. Ann Lee, the mayor, said drivers could be fined "
        "for parking on the grass. Sam Ode, a shopper, said the rise may not matter. Mara Quist is aware that the "
        "vote is unlikely to be close. Shops are unlikely to close.\n",
        "parking.txt",
    )
    asked = {
        c.prompt.split("Read this from the article: ")[1].split("” What")[0].strip("“"): c
        for c in (BUILDERS["hedge"](analysis))
    }
    assert set(asked) == {
        "The parking rise is likely to pass on Monday.",
        "Tom Reyes, a trader, said the fees could be cut next year.",
        "Shops are unlikely to close.",
    }
    estimate = asked["The parking rise is likely to pass on Monday."]
    assert estimate.answer == ("It is expected, but it may not happen",) and "estimating" in estimate.explanation
    spoken = asked["Tom Reyes, a trader, said the fees could be cut next year."]
    assert "What do the words “could be” tell you about how sure Tom Reyes is?" in spoken.prompt
    assert spoken.answer == ("Tom Reyes thinks it is possible, but is not certain",)


def test_the_nearest_quoted_speakers_are_the_first_wrong_speakers():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Library to close\n\nThe council voted on Monday to close the library.\n\n"
        "Christopher Vandenberg, a lawyer, said the vote broke the law. Bartholomew Fairweather, a reader, said the "
        "library had been busy. Alexandria Whitmoreton, a teacher, said pupils would suffer.\n\n"
        '"We will fight this decision in every court we can," said Ann Lee, a lawyer.\n\n'
        '"The money has run out and there is nothing else to cut," said Maximiliane Osterhagen, the council leader.'
        '\n\n"Reading rooms are the heart of a town and always will be," said Tom Rye, a reader.\n',
        "library.txt",
    )
    (item,) = [c for c in BUILDERS["quote-speaker"](analysis) if "money has run out" in c.prompt]
    assert {"Ann Lee", "Tom Rye"} <= set(item.choices)


def test_deserve_makes_a_quotation_a_judgment_and_unfortunately_alone_leaves_it_out():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Library to close\n\nThe council voted on Monday to close the library.\n\n"
        '"Readers deserve a library that stays open," said Ann Lee, a reader.\n\n'
        '"Unfortunately, the council has shown no interest in the town," said Tom Rye, a teacher.\n',
        "library.txt",
    )
    items = BUILDERS["fact-opinion"](analysis)
    judged = {c.prompt.split("? ")[1] for c in items if c.answer[0].startswith("A judg")}
    assert judged == {"“Readers deserve a library that stays open”"}
    assert not [c for c in items if "Unfortunately" in c.prompt]  # regret beside a report: either answer is argued


def test_a_speakers_might_is_asked_but_not_in_a_question_or_a_clause_of_what_is_unknown():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Ferry sale talks\n\nTom Reyes, a trader, said the ferry might be sold in May.\n\n"
        '"Could the ferry possibly be sold before the summer?" said Ann Lee, a councillor.\n\n'
        "Sam Ode, the harbour master, said the crew would wait to see what might happen next.\n",
        "ferry.txt",
    )
    items = BUILDERS["hedge"](analysis)
    assert [c.answer for c in items] == [("Tom Reyes thinks it is possible, but is not certain",)]
    assert not [c for c in items for choice in c.choices if choice != c.answer[0] and "possible" in choice]


def test_an_unnamed_officials_reported_claim_with_no_reason_is_asked_unless_a_named_voice_may_be_the_same():
    from quizapp.generation.extract.anonymity import speaks_of_anonymity
    from quizapp.generation.skills import BUILDERS

    claimed = _analysis(
        "Talks stall\n\nThe ferry talks stalled on Monday.\n\n"
        "A senior harbour official said the union had rejected the final offer on pay.\n\n"
        '"We will not sign," said Ann Lee, the union leader.\n',
        "talks.txt",
    )
    (item,) = [c for c in BUILDERS["anonymous-source"](claimed) if c.type == "true_false"]
    assert "“a senior harbour official”" in item.prompt and item.answer == ("False",)
    assert "the claim that the union had rejected the final offer" in item.explanation
    named_after = _analysis(
        "Talks stall\n\nThe ferry talks stalled on Monday.\n\n"
        'A senior harbour official said the union had rejected the final offer on pay. "We had no choice," said '
        "Tom Reyes of the harbour board.\n",
        "talks2.txt",
    )
    assert not [c for c in BUILDERS["anonymous-source"](named_after) if c.type == "true_false"]
    assert speaks_of_anonymity("an official who was not permitted to speak about the talks")
    assert speaks_of_anonymity("The official declined to be quoted.")


def test_reported_speech_is_asked_on_a_plain_said_claim_and_compared_with_the_speakers_own_words():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.reported_speech import KEY

    analysis = _analysis(
        "Talks stall\n\nThe ferry talks stalled on Monday.\n\n"
        "Ann Lee, the union leader, claimed the harbour board had broken every promise on pay.\n\n"
        "Tom Reyes, the harbour master, said the board would meet again on Friday to discuss the offer.\n\n"
        '"We have made our best offer and we will not improve it," Reyes said.\n',
        "talks.txt",
    )
    (item,) = BUILDERS["reported-speech"](analysis)
    assert item.answer == (KEY,) and "Tom Reyes" in item.prompt and "claimed" not in item.prompt
    assert "the board would meet again on Friday" in item.prompt
    assert "Compare “We have made our best offer" in item.explanation
    quoted_only = _analysis('Talks stall\n\n"We will not sign," said Ann Lee, the union leader.\n', "t2.txt")
    assert BUILDERS["reported-speech"](quoted_only) == []


def test_reported_speech_asks_about_a_whole_quotation_when_the_story_has_no_paraphrase():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.reported_speech import DIRECT_KEY, KEY

    story = (
        "Talks stall\n\nThe ferry talks stalled on Monday.\n\n"
        '"We have made our best offer and we will not improve it," said Tom Reyes, the harbour master.\n\n'
        'Ann Lee, the union leader, said: "The board has broken every promise it made on pay."\n'
    )
    built = BUILDERS["reported-speech"](_analysis(story, "talks.txt"))
    assert built and all(c.answer == (DIRECT_KEY.format(whose="Tom Reyes's"),) for c in built[:1])
    assert "“We have made our best offer and we will not improve it” as the exact words of Tom Reyes?" in (
        built[0].prompt
    )
    assert any("Ann Lee" in c.prompt for c in built)  # the tag may open the sentence too
    assert all("reported-speech:0" in c.facts for c in built)  # one a bank, in the first paraphrase's slot
    # Words the speaker did not say in full: the writer's brackets, a cut, a phrase quoted inside the quotation
    unsure = (
        "Talks stall\n\nThe ferry talks stalled on Monday.\n\n"
        '"We have made our best offer [on pay] and we will not improve it," said Tom Reyes.\n\n'
        '"The board has broken every promise ... it made on pay this year," Ann Lee said.\n\n'
        "\"They keep telling us 'wait until spring' and then nothing ever happens,\" said Mia Cole.\n"
    )
    assert BUILDERS["reported-speech"](_analysis(unsure, "unsure.txt")) == []
    # With a paraphrase to ask about, that kind comes instead: the whole quotation is its comparison
    both = story + "\nTom Reyes said the board would meet again on Friday to discuss the offer.\n"
    assert [c.answer for c in BUILDERS["reported-speech"](_analysis(both, "both.txt"))][:1] == [(KEY,)]


def test_from_sample_y_words_inside_a_quote_memo_words_prepositions_and_pronouns_without_a_referent():
    from quizapp.generation.extract.numbers import find_quantities
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.common import unresolved_pronoun as _unresolved_pronoun
    from quizapp.quality.wording import context_reference

    analysis = _analysis(
        "Study disputed\n\nThe study was published on Monday.\n\n"
        '"The bottom line is, as everyone has pointed out, the study is deeply flawed," Mara Quist said.\n\n'
        '"Sailors do not need to die for this ship," it read, three defense officials confirmed.\n\n'
        "Several harbour officials told reporters that the board had met on Friday to discuss the offer.\n\n"
        "After the storms, it recommended that the council add $35 million for sea walls.\n",
        "study.txt",
    )
    assert not _asks(analysis, "attribution-verb", "pointed out")
    assert not _asks(analysis, "anonymous-source", "defense officials")
    (item,) = BUILDERS["reported-speech"](analysis)
    assert "“told”" in " ".join(item.choices) and "“said”" not in " ".join(item.choices)
    assert "'s," not in item.explanation and "officials's" not in item.explanation
    other = _analysis(
        "Ferry late\n\nThe ferry was late on Monday.\n\nOther harbour workers have said the ferry was often late in "
        "the winter months of last year.\n",
        "ferry.txt",
    )
    (item,) = BUILDERS["reported-speech"](other)
    assert "exact words of other harbour workers?" in item.prompt and "workers'," in item.explanation
    recommended = next(s for s in analysis.sentences if "recommended" in s.text)
    assert _unresolved_pronoun(recommended)
    assert context_reference("Of those, around 42,000 visas were issued to Iranians.")
    nlp = pipeline()
    assert find_quantities(nlp("The poll asks voters about four ballot questions."))[0].hedge is None
    assert find_quantities(nlp("The fire destroyed about 40 homes."))[0].hedge == "about"


def test_a_title_the_model_reads_into_a_name_is_a_title():
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline

    people = find_people(pipeline()("Todd Akin and former state Treasurer Sarah Steelman answered questions."))
    assert ("Sarah Steelman", "former state Treasurer") in {(p.name, p.description) for p in people}


def test_a_lobbyist_speaks_for_an_interest_group_not_for_a_government():
    from quizapp.generation.sources import classify

    assert classify("Suzanne Bibby", "director of government relations for ProEnglish", True) == "advocate"
    assert classify("Ann Lee", "a lobbyist for the National Rifle Association", True) == "advocate"
    assert classify("Ann Lee", "legislative affairs director at the Department of Energy", True) is None
    assert classify("Ann Lee", "spokeswoman for the Department of Energy", True) == "named-official"


def test_a_firm_whose_name_ends_in_s_keeps_it_in_a_role():
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline

    text = "Economists predict more falls to come. Mark Zandi, chief economist at Moody’s, predicted more sell-offs."
    (zandi,) = find_people(pipeline()(text))
    assert zandi.description == "chief economist at Moody’s"


def test_a_who_did_question_that_names_a_role_offers_only_people_of_that_role():
    from quizapp.generation.skills import BUILDERS

    text = (
        "Senate debates treaty\n\nThe Senate debated the treaty for nine hours on Monday.\n\n"
        "James Risch, a senator from Idaho, was the first senator who appeared to doze off during the debate.\n\n"
        "Ann Lee, the president of the chamber of commerce, welcomed the treaty.\n\n"
        "Tom Reyes, a historian, wrote about the treaty in 1998.\n\n"
        "Sam Ode, a teacher, watched the debate on television.\n\n"
        "Mara Quist, a lawyer, filed a complaint against the treaty.\n"
    )
    assert not [c for c in BUILDERS["detail"](_analysis(text, "treaty.txt")) if "first senator" in c.prompt]


def test_a_belief_reported_inside_a_statement_of_what_someone_does_is_no_judgment():
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.skills.fact_opinion import _judgment_words

    text = "We are making clear to voters that we believe voting is a personal decision"
    span = pipeline()(f'"{text}," Mike Casca said.')[:]
    assert _judgment_words(text, span) == []
    plain = "I think the plan is a mistake"
    assert _judgment_words(plain, pipeline()(f'"{plain}," Ann Lee said.')[:])


def test_a_person_titled_in_another_sentence_gets_no_who_is_item():
    from quizapp.generation.skills import BUILDERS

    text = (
        "Strikes hit targets\n\nThe strikes hit twelve targets on Monday, said Bill Mayville, the Pentagon "
        "spokesman.\n\nThe targets were chosen with care, Lt Gen William Mayville told reporters later.\n"
    )
    analysis = _analysis(text, "strikes.txt")
    assert not [c for c in BUILDERS["evidence"](analysis) if "Mayville" in c.prompt]


def test_a_who_said_prompt_ends_the_quoted_words_without_the_sentence_full_stop():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Talks stall\n\nThe ferry talks stalled on Monday.\n\n"
        '"The board has made its final offer to the crew." said Tom Reyes, the harbour master.\n\n'
        '"We will not sign this deal at all," said Ann Lee, the union leader.\n\n'
        '"Nobody wants a strike in the summer," said Sam Ode, a trader.\n',
        "talks.txt",
    )
    prompts = [c.prompt for c in BUILDERS["quote-speaker"](analysis)]
    assert "Who said “The board has made its final offer to the crew” in this article?" in prompts


def test_no_blank_after_up_from_where_the_other_figure_rules_choices_out():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Poll shifts\n\nA poll released on Monday found that disapproval of the plan has jumped to 60 percent, up "
        "from 40 percent in May, among 1,200 voters asked.\n",
        "poll.txt",
    )
    assert not [c for c in BUILDERS["number"](analysis) if c.answer == ("40 percent",)]


def test_told_with_no_that_does_not_make_the_listener_part_of_the_claim():
    from quizapp.generation.skills.quote_speaker import clear_claims

    analysis = _analysis(
        "Summit ends\n\nThe summit ended on Friday.\n\nCouncil spokesperson Barend Leyts told Brussels-based media "
        "network EURACTIV safety procedure had been followed at every session of the summit.\n",
        "summit.txt",
    )
    assert not [c for c in clear_claims(analysis) if "EURACTIV" in (c.content or "")]


def test_from_sample_z_a_shared_surname_an_also_question_and_an_employer_before_a_role():
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.quote_speaker import _another_of_the_name
    from quizapp.generation.sources import classify

    analysis = _analysis(
        "Democrats eye Senate\n\nDemocrats hope to win seats in November.\n\n"
        "Democrats' other big hope for picking up a seat is Michelle Nunn, daughter of veteran Sen. Sam Nunn, in "
        'Georgia.\n\n"I believe that change is possible," she said in a speech on Tuesday.\n\n'
        '"Georgia deserves better," said Ann Lee, a voter.\n\n"We will win this seat," said Tom Reyes, a rival.\n',
        "nunn.txt",
    )
    assert not [c for c in BUILDERS["quote-speaker"](analysis) if "change is possible" in c.prompt]
    assert _another_of_the_name("Sam Nunn", analysis) and not _another_of_the_name("Ann Lee", analysis)
    also = _analysis(
        "Biden attacked\n\nNorth Korea attacked Joe Biden, a former vice president, on Monday.\n\n"
        "Pete Buttigieg, a Democratic candidate for president and Navy veteran, was also critical on Monday.\n\n"
        '"This is a disgrace," said Amy Klobuchar, a senator.\n\n"We stand with Joe," said Ann Lee, a voter.\n\n'
        '"It was a shameful attack," said Tom Reyes, a mayor.\n',
        "react.txt",
    )
    assert not [c for c in BUILDERS["detail"](also) if "who was also" in c.prompt]
    text = "Campaign Legal Center's federal reform director Brendan Fischer agrees."
    (fischer,) = find_people(pipeline()(text))
    assert fischer.description == "Campaign Legal Center's federal reform director"
    assert classify("Brendan Fischer", fischer.description, True) is None


def test_a_figure_in_a_background_clause_is_not_credited_to_the_source_of_the_sentence():
    from quizapp.generation.skills.number import _who_counted

    text = (
        "Paduchik insisted there be no changes ahead of the election in Ohio, which Trump won in 2016 by 8 "
        "percentage points, according to the GOP officials."
    )
    analysis = _analysis(f"Rules stay\n\n{text}\n", "ohio.txt")
    assert _who_counted(analysis, 0, text, "8") is None
    plain = "Eight people died in the fire, according to the fire service."
    assert _who_counted(_analysis(f"Fire\n\n{plain}\n", "fire.txt"), 0, plain, "Eight") == "the fire service"


def test_no_name_swap_where_the_sentence_says_who_the_person_is():
    from quizapp.generation.skills.true_false import _ROLE_AFTER

    # "Monica Wehby is a pediatric neurosurgeon": swapped, "Barack Obama is a pediatric neurosurgeon" is absurd
    assert _ROLE_AFTER.match(" is a pediatric neurosurgeon hoping to unseat Jeff Merkley")
    assert _ROLE_AFTER.match(", a Syracuse University economist")
    assert not _ROLE_AFTER.match(" said the plan was a mistake")


def test_an_according_to_that_closes_a_background_clause_does_not_vouch_for_the_statement():
    from quizapp.generation.skills.true_false import _what_to_check

    text = (
        "A civil suit filed Thursday accuses eight members of the family of fuelling the opioid epidemic, which has "
        "killed more than 200,000 Americans over two decades, according to the Centers for Disease Control."
    )
    analysis = _analysis(f"Suit filed\n\nThe suit was filed.\n\n{text}\n", "suit.txt")
    sentence = next(s for s in analysis.sentences if "civil suit" in s.text)
    assert "Centers for Disease Control" not in (_what_to_check(analysis, sentence, text) or "")


def test_a_watchdog_or_think_tank_voice_gets_no_source_type():
    from quizapp.generation.sources import classify

    role = "vice president of policy and litigation at Washington-based watchdog group Common Cause"
    assert classify("Paul Ryan", role, True) is None
    assert classify("Ann Lee", "program director at the think tank Third Way", True) is None
    assert classify("Ann Lee", "president of the advocacy group Free Press", True) == "advocate"


def test_a_hedge_meaning_never_echoes_the_hedge_and_argued_is_taught_as_a_side():
    from quizapp.generation.skills.attribution_verb import _lesson
    from quizapp.generation.skills.hedge import _SPEAKERS_MEANINGS

    for hedge, meaning in _SPEAKERS_MEANINGS.items():
        assert hedge.split()[0][:5] not in meaning.replace("{who}", "").lower(), hedge
    assert "writer's judgment" not in _lesson("argued", "argue") and "other side" in _lesson("argued", "argue")


def test_from_sample_aa_emphatic_denials_charities_quotes_about_a_he_and_cut_claims():
    from quizapp.generation.sources import classify
    from quizapp.quality.wording import context_reference

    analysis = _analysis(
        "Endorsement made\n\nAmy Klobuchar endorsed Joe Biden on Monday.\n\n"
        '"He will not just govern with his head, he will govern with his heart," she said.\n\n'
        '"Nothing could be further from the truth than that claim," said Tom Reyes, a rival.\n\n'
        "U.S. officials said the troops would stay in the region for months, but did not say where.\n\n"
        '"We will win this race in the fall," said Ann Lee, a voter.\n',
        "endorse.txt",
    )
    asked = {
        "quote-speaker": "govern with his head",  # a quotation about a "he", credited through "she"
        "hedge": "further from the truth",  # an emphatic denial
        "reported-speech": "did not say where",  # the reporter's words after the claim
    }
    assert not [skill for skill, words in asked.items() if _asks(analysis, skill, words)]
    assert classify("the Norwegian Refugee Council", None, is_person=False) is None
    assert context_reference("many do supplement the act's reporting rules")


def test_an_announcement_is_not_taught_as_a_claim_the_article_does_not_confirm():
    from quizapp.generation.analysis import Claim
    from quizapp.generation.skills.true_false import _claim_lesson
    from quizapp.generation.sources import Source

    trump = Source(key="trump", label="Donald Trump", kind="named-official", named=True)
    announced = _claim_lesson(Claim(0, trump, "announced", "announce", "America recognised Jerusalem"))
    assert "rather than confirming" not in announced and "own announcement" in announced
    said = _claim_lesson(Claim(0, trump, "said", "say", "the talks had stalled"))
    assert "rather than confirming" in said


def test_the_sentence_giving_the_reason_for_anonymity_is_asked_only_when_no_other_sentence_gives_one():
    story = (
        "Ministry weighs port sale\n\n"
        "The ministry is weighing the sale of the northern port, a senior official said. The official, who spoke "
        "on condition of anonymity because the talks are not public, said a buyer could be named in May.\n\n"
        "Harbour workers plan a protest on Friday, union leader Ana Ruiz said.\n\n"
        "The port handled 2 million containers last year, according to figures from the ministry.\n"
    )
    reason = "Click the sentence of the article that gives the reason a source was not named."
    assert reason in _prompts("evidence", story, "port.txt")
    second = story.replace(
        "Harbour workers plan",
        "A second official, not authorized to discuss the sale in public, said bids were due. Harbour workers plan",
    )
    assert reason not in _prompts("evidence", second, "port.txt")


def test_a_boast_or_a_credit_is_never_keyed_as_a_checkable_fact():
    story = (
        "Retailer reports sales\n\n"
        "The retailer opened 40 stores in Ohio in March. On Tuesday the company touted sales of $5 billion in "
        "2019 to investors in Chicago. Chief executive Dana Holt credited 300 new workers with the rise in "
        "January. The board met in Boston on Monday to approve 12 more stores.\n"
    )
    prompts = " ".join(_prompts("fact-opinion", story, "retail.txt"))
    assert "touted" not in prompts and "credited" not in prompts


def test_a_works_title_in_quotation_marks_is_nobodys_words():
    from quizapp.generation.extract.quotes import find_quote_spans

    text = (
        "It is sound strategy, says David Greenberg, a historian at Rutgers University and author of “Republic of "
        "Spin: An inside history of the American presidency.”"
    )
    assert not find_quote_spans(text)
    assert find_quote_spans("“It is sound strategy for the party,” said David Greenberg.")


def test_a_lead_is_never_cut_between_a_day_and_after():
    from quizapp.generation.skills.common import main_clause

    lead = (
        "Top Republican lawmakers opened the door to negotiating with the attorney general on Wednesday, a day "
        "after the attorney general offered a compromise"
    )
    assert not main_clause(lead).endswith("a day")


def test_no_place_blank_after_words_that_rule_other_places_out_and_no_name_blank_beside_a_famous_partner():
    story = (
        "Navy speeds carrier to the Gulf\n\n"
        "The Navy sent the carrier toward the region on Monday. In response, the U.S. deployed four bombers to the "
        "Gulf state of Qatar on Tuesday. Officials in Iran, Yemen and China protested.\n\n"
        "Due to the decisions of Barack Obama and Hillary Clinton, the region has been overrun by militants. Donald "
        "Trump spoke in Ohio on Friday. Jeff Sessions spoke in Texas. Tim Kaine spoke in Virginia.\n"
    )
    from quizapp.generation.skills.common import paired_with_a_name

    prompts = _prompts("detail", story, "gulf.txt")
    assert not [p for p in prompts if "Gulf state of _____" in p or "of _____ and Hillary" in p]
    assert paired_with_a_name("the decisions of ", " and Hillary Clinton, the region")  # no blank, no swap there
    assert paired_with_a_name("defectors including Tom Devocht and ", ".")
    assert not paired_with_a_name("said ", " on Monday, and Clinton agreed")


def test_a_quotation_that_starts_with_its_verb_is_not_asked_as_someones_words():
    prompts = _prompts(
        "quote-speaker",
        "Book tour draws crowds\n\n"
        'Bob Woodward spoke to a full hall in Boston on Monday. The high interest "says people are worried," '
        'Woodward said. "The public wants to know what happened in the room," Ben Bradlee said. "We have sold '
        'out every night this month," publisher Jim Mattis said.\n',
        "tour.txt",
    )
    assert prompts and not [p for p in prompts if "says people are worried" in p]


def test_a_quotation_that_continues_a_thought_is_not_judged_alone():
    prompts = _prompts(
        "fact-opinion",
        "Committee weighs testimony\n\n"
        'The committee met on Tuesday in Washington. "But equally important: that Bob Mueller is in a position '
        'to judge whether people lied to our committee," Adam Schiff said. "This is a terrible and reckless '
        'decision by the chairman," Schiff added.\n',
        "committee.txt",
    )
    assert not [p for p in prompts if "equally important" in p]


def test_a_might_in_a_comparison_or_in_others_guess_is_not_the_speakers_hedge():
    prompts = _prompts(
        "hedge",
        "Merkel takes a harder line\n\n"
        "Germany tightened its stance on Moscow on Monday. \"Merkel's response to the crisis has been a little "
        'bit tougher than some might have expected," says Christopher Chivvis, a specialist at RAND Corp.\n',
        "merkel.txt",
    )
    assert not prompts


def test_a_sentence_whose_verb_disagrees_with_its_subject_is_never_asked_about():
    analysis = _analysis(
        "Lawyer defends president\n\n"
        "On Friday, Dowd defended the president, saying that an investigation of the family finances were outside "
        "the scope of the inquiry. The team are confident, Dowd said. A number of aides were questioned.\n",
        "lawyer.txt",
    )
    flagged = {s.text[:12]: s.furniture for s in analysis.sentences}
    assert flagged["On Friday, D"] and not flagged["The team are"] and not flagged["A number of "]


def test_a_second_sentence_that_names_the_role_rules_out_the_who_is_evidence_item():
    prompts = _prompts(
        "evidence",
        "Congress calls Comey\n\n"
        "Former FBI director James Comey will testify next week. Senator Ed Markey is backing House Oversight "
        "Chairman Jason Chaffetz's effort to have Comey appear before his panel.\n\n"
        "Chaffetz called a May 24 hearing, although the Oversight chairman has not yet reached Comey. Chaffetz said "
        "he will subpoena Comey if necessary.\n",
        "comey.txt",
    )
    assert not [p for p in prompts if "who Jason Chaffetz is" in p]


def test_a_moved_claims_lesson_never_quotes_a_role_cut_from_a_longer_title():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Pentagon backs plan\n\n"
        "Joint Chiefs of Staff Chairman Martin Dempsey told a Senate committee on Tuesday that Iraqi forces are doing "
        "well. White House spokesman Josh Earnest told reporters on Wednesday that officials have been discussing "
        "the proposal with lawmakers.\n",
        "pentagon.txt",
    )
    lessons = " ".join(c.explanation for c in BUILDERS["true-false"](analysis))
    assert "“Staff Chairman”" not in lessons


def test_a_that_which_may_point_back_is_not_read_as_the_start_of_what_was_said():
    analysis = _analysis(
        "State plans marijuana rules\n\n"
        "The legislature will have to set up a new system for licensing by July. But Kamin suggests that system is "
        "not set up to handle the change. Officials said that security was tight at the capitol on Monday.\n",
        "rules.txt",
    )
    contents = [c.content for c in analysis.claims]
    assert not [c for c in contents if c and c.startswith("system")]
    assert "security was tight at the capitol on Monday" in contents


def test_government_titles_written_in_two_words_or_cut_short_and_department_secretaries_are_officials():
    from quizapp.generation.sources import classify

    for name, role in [
        ("Xavier Becerra", "California Attorney General"),
        ("Pat McCrory", "North Carolina Gov."),
        ("Kirstjen Nielsen", "Homeland Security Secretary"),
        ("Moon Jae-in", "South Korean President"),
        ("Recep Tayyip Erdoğan", "Turkish President"),
    ]:
        assert classify(name, role, is_person=True) == "named-official", role
    for name, role in [
        ("John Smith", "secretary of the chess club"),
        ("Ann Lee", "former Defense Secretary"),
        ("Paul Ryan", "Speaker"),
    ]:
        assert classify(name, role, is_person=True) is None, role


def test_selection_gives_an_item_of_a_skill_the_bank_lacks_the_place_of_a_skills_second_item():
    from quizapp.generation.candidate import Candidate
    from quizapp.generation.select import select

    def made(skill, prompt, facts, score):
        return Candidate(skill, "single", prompt, ("A",), "Why.", ("Evidence.",), 1, score, ("A", "B"), facts)

    first = made("quote-speaker", "Who said one?", frozenset({"sentence:1"}), 0.9)
    second = made("quote-speaker", "Who said two?", frozenset({"sentence:2"}), 0.85)
    paraphrase = made("reported-speech", "Exact words?", frozenset({"sentence:1", "reported-speech"}), 0.7)
    judgment = made("fact-opinion", "Fact or judgment? One.", frozenset({"sentence:3"}), 0.8)
    fact = made("fact-opinion", "Fact or judgment? Two.", frozenset({"sentence:4"}), 0.75)
    hedge = made("hedge", "How sure?", frozenset({"sentence:3"}), 0.6)
    kept = select([first, second, paraphrase, judgment, fact, hedge])
    assert paraphrase in kept and second in kept and first not in kept  # as many items, one more skill
    assert judgment in kept and hedge not in kept  # a judgment beside the facts is kept as a set


def test_selection_moves_an_item_to_another_fact_to_make_room_for_a_skill_the_bank_lacks():
    from quizapp.generation.candidate import Candidate
    from quizapp.generation.select import select

    def made(skill, prompt, facts, score):
        return Candidate(skill, "single", prompt, ("A",), "Why.", ("Evidence.",), 1, score, ("A", "B"), facts)

    numbers = [made("number", f"How many? {n}", frozenset({f"sentence:{n}"}), 0.9 - n / 100) for n in range(4)]
    statement = made("true-false", "True or false?", frozenset({"sentence:0", "statement"}), 0.6)
    kept = select([*numbers, statement])
    # the statement's sentence held the first number item: the fourth number is asked instead, and the bank
    # keeps three number items beside a true/false one
    assert statement in kept and numbers[0] not in kept and numbers[3] in kept
    assert [c.skill for c in kept].count("number") == 3
    lone = made("number", "How many? alone", frozenset({"sentence:0"}), 0.9)
    assert select([lone, statement]) == [lone]  # no other number to ask: the bank keeps the skill it had


def test_selection_asks_the_last_test_lazily_and_keeps_what_filtering_first_would():
    import random

    from quizapp.generation.candidate import Candidate
    from quizapp.generation.select import select

    skills = ("number", "detail", "true-false", "quote-speaker", "hedge", "fact-opinion", "evidence")
    rng = random.Random(7)
    asked_in_all = asked_of_all = 0
    for round_ in range(200):
        made = [
            Candidate(
                rng.choice(skills),
                "single",
                f"Question {round_}-{n}?",
                ("A",),
                "Why.",
                ("Evidence.",),
                1,
                rng.choice((0.4, 0.6, 0.7, 0.8, 0.9)),
                ("A", "B"),
                frozenset({f"sentence:{rng.randrange(8)}"}),
            )
            for n in range(rng.randrange(4, 24))
        ]
        flawed = {id(c) for c in made if rng.random() < 0.3}
        asked: list[int] = []

        def usable(candidate, asked=asked, flawed=flawed):
            asked.append(id(candidate))
            return id(candidate) not in flawed

        for limit in (None, 5):
            asked.clear()
            lazy = select(made, limit, usable=usable)
            assert lazy == select([c for c in made if id(c) not in flawed], limit)
            assert len(asked) == len(set(asked))  # never twice of one candidate
            if limit is not None:
                asked_in_all += len(asked)
                asked_of_all += len(made)
    assert asked_in_all < 0.8 * asked_of_all  # the checker runs on fewer candidates than it would up front


def test_reported_speech_offers_the_next_claim_when_another_item_asks_about_the_first():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Port votes on fines\n\n"
        "Harbour master Dana Roy said on Tuesday that the inspections found many faults on the ferries.\n\n"
        "Councillor Maria Alvarez said the council would vote on the fines next week.\n\n"
        "Union leader Sam Ortiz told reporters that the crews had warned of the faults in March.\n",
        "port.txt",
    )
    built = BUILDERS["reported-speech"](analysis)
    assert len(built) == 3 and [c.facts & {"reported-speech:0", "reported-speech:1"} for c in built] == [
        {"reported-speech:0"},
        {"reported-speech:1"},
        {"reported-speech:0"},
    ]  # two a bank, and more to choose from
    assert len({c.evidence for c in built}) == len(built) and built[0].score > built[1].score


def test_a_bank_keeps_two_paraphrase_items_on_two_speakers():
    from quizapp.generation.select import select
    from quizapp.generation.skills import BUILDERS

    story = (
        "Port votes on fines\n\n"
        "Harbour master Dana Roy said on Tuesday that the inspections found many faults on the ferries.\n\n"
        "Councillor Maria Alvarez said the council would vote on the fines next week.\n\n"
        "Dana Roy said later that two of the ferries would stay in port until the faults were mended.\n\n"
        "Union leader Sam Ortiz told reporters that the crews had warned of the faults in March.\n"
    )
    kept = select(BUILDERS["reported-speech"](_analysis(story, "port.txt")))
    speakers = [next(n for n in ("Dana Roy", "Maria Alvarez", "Sam Ortiz") if n in c.prompt) for c in kept]
    assert speakers == ["Dana Roy", "Maria Alvarez"]  # two, the best first; never two of one speaker


def test_sample_ac_classes_are_not_asked():
    from quizapp.articles.furniture import is_furniture
    from quizapp.generation.skills.common import stands_alone
    from quizapp.quality.wording import context_reference

    assert is_furniture("Media playback is unsupported on your device")
    assert context_reference("Kevin McAleenan has been very clear that this is a top priority for the Department.")
    assert context_reference("Soon after, the secretary resigned from the post in Washington.")
    assert not stands_alone("Allen's victory set up a November clash with another former governor, Tim Kaine. ...")
    story = (
        "Georgia moves its primary\n\n"
        "The secretary of state postponed the presidential primary on Monday to coincide with the state's other "
        "2020 primary elections. Officials counted 41 polling places in the county. Alathari found that 9 out of "
        "10 attackers give a warning sign before an attack in Atlanta. Voters cast 3,400 ballots early on Friday.\n\n"
        '"I\'m going there on Tuesday as you probably have heard," Governor Brian Kemp said.\n\n'
        '"Well, you\'re not the press though, so, thanks," Spokeswoman Melissa Baldauff said.\n'
    )
    prompts = _prompts("number", story, "georgia.txt") + _prompts("true-false", story, "georgia.txt")
    assert not [p for p in prompts if "other _____ primary" in p or ("out of 10 attackers" in p and "9 out" not in p)]
    assert not _prompts("hedge", story, "georgia.txt")
    from quizapp.generation.nlp import pipeline

    people = [e.text for e in pipeline()(story).ents if e.label_ == "PERSON"]
    assert "Melissa Baldauff" in people and not [p for p in people if p.startswith("Spokeswoman")]


def test_no_name_blank_beside_words_that_sort_people_into_sides_or_fates():
    story = (
        "Senate race heats up\n\n"
        "Mark Warner campaigned in Richmond on Monday. Tim Kaine spoke in Norfolk on Tuesday. George Allen "
        "toured Roanoke on Wednesday. The rally in Arlington drew other Democrats, led by Jim Webb. The crash in "
        "Redlands injured two staff members, including Ana Ortiz.\n\n"
        '"We will win this state," Webb said. "It was terrifying," Ortiz said. "The race is close," Warner said. '
        '"I am confident," Allen said. "We need every vote," Kaine said.\n'
    )
    prompts = _prompts("detail", story, "race.txt")
    assert not [p for p in prompts if "led by _____" in p or "including _____" in p]


def test_a_bank_asks_who_said_it_at_most_three_times_with_the_same_answer():
    quotes = [
        "We will rebuild the harbour wall before winter",
        "The ferries will run on time again by March",
        "Nobody on the council wanted these delays",
        "Our engineers found the cracks in good time",
        "Every dock worker will keep their job this year",
    ]
    story = "Mayor promises harbour repairs\n\nMayor Lena Berg spoke to reporters in Port Alder on Monday.\n\n"
    story += "\n\n".join(f'"{q}," Berg said.' for q in quotes)
    story += (
        '\n\n"The plan is late," councillor Omar Reyes said. "The budget is tight," treasurer Ana Ruiz said.'
        '\n\n"Repairs cost more each year," engineer Paul Dunn said. "We want answers," resident Mia Hale said.\n'
    )
    bank = generate_bank(parse_story(story, "harbour.txt"), GenerationOptions(strict=True, max_items=None))
    asked = [i for i in bank.items if i.skill == "quote-speaker" and i.correct_answer == "Lena Berg"]
    assert 1 <= len(asked) <= 3


def test_sample_ad_classes_are_not_asked():
    from quizapp.articles.furniture import is_furniture
    from quizapp.generation.skills.quote_speaker import _title_of_another

    assert is_furniture("More: Trump to deliver his first address to Congress")
    assert not is_furniture("More than 40 people attended the meeting on Monday.")
    story = (
        "FBI grades its offices\n\n"
        "FBI officials wouldn't even reveal how they will go about assigning the grades on Monday. Director James "
        "Comey revealed that the bureau had missed its targets in 2015.\n\n"
        '"With all of the important investments we need to make in our future," Peterson continued, "we find '
        'ourselves paying more in interest." "This is a reckless and terrible budget," Peterson added.\n'
    )
    verbs = " ".join(_prompts("attribution-verb", story, "fbi.txt"))
    assert "wouldn't even reveal" not in verbs and "wouldn’t even reveal" not in verbs
    assert not [p for p in _prompts("fact-opinion", story, "fbi.txt") if "With all of the important" in p]
    text = "Michelle Obama spoke on Thursday. On Friday President Obama said democracy is on the ballot."
    assert _title_of_another("President Obama", "Michelle Obama", text, "former first lady")
    assert not _title_of_another("President Mnangagwa", "Emmerson Mnangagwa", text, "Zimbabwe's President")


def test_a_bank_keeps_two_click_the_sentence_items_at_most():
    from quizapp.generation.candidate import Candidate
    from quizapp.generation.select import select

    clicks = [
        Candidate(
            "evidence",
            "evidence",
            f"Click the sentence that tells you who P{n} is.",
            (f"S{n}.",),
            "Why.",
            (f"S{n}.",),
            2,
            0.8,
            (),
            frozenset({f"describe:{n}"}),
        )
        for n in range(4)
    ]
    assert len(select(clicks)) == 2


def test_a_claim_two_people_made_together_is_credited_to_neither_alone():
    analysis = _analysis(
        "Consultant defends candidate\n\n"
        "The consultant, Andy Yates, and John Harris both insisted Harris did not know what Dowless was doing. "
        "Lisa Britt said the ballots were collected in March.\n",
        "harris.txt",
    )
    contents = {c.source.label: c.content for c in analysis.claims}
    assert not [c for c in analysis.claims if c.content and "did not know" in c.content]
    assert contents.get("Lisa Britt") == "the ballots were collected in March"


def test_no_main_news_item_under_a_headline_of_two_events_or_on_a_lead_that_only_hints():
    from quizapp.generation.skills import BUILDERS

    body = (
        "Two more women accused Republican nominee Donald Trump of sexual assault on Friday in New York. "
        "The campaign spent the week in Ohio and Florida with rallies every night.\n\n"
        "On Friday, Trump went after the Times again at a rally in North Carolina.\n\n"
        "First lady Michelle Obama launched a scathing attack on the billionaire in New Hampshire on Thursday.\n\n"
        "The new allegations capped a tumultuous week on the campaign trail for the Republican nominee.\n\n"
        "Polls in Pennsylvania showed the race tightening among suburban women over the weekend.\n\n"
        "The Clinton campaign raised 150 million dollars in September from small donors across the country.\n\n"
        "Early voting began in Iowa and Ohio on Wednesday with long lines at several polling stations.\n"
    )
    two = _analysis("Trump slams 'corrupt' media, as more women make sexual assault claims\n\n" + body, "two.txt")
    assert not BUILDERS["main-event"](two)
    hint = _analysis(
        "State of the Union: Trump faces a tough time with his agenda\n\n"
        "President Donald Trump hinted last week that one theme of his State of the Union address will be unity. "
        + body.split("\n\n", 1)[1],
        "hint.txt",
    )
    assert not BUILDERS["main-event"](hint)


def test_a_partial_quotation_is_asked_as_only_in_part_the_speakers_words():
    from quizapp.generation.skills.reported_speech import PARTIAL_KEY, _partial_quotes

    analysis = _analysis(
        "Budget fight goes on\n\nThe House passed the budget bill on Tuesday.\n\n"
        'Senate leader Harry Reid said the House majority was "heading from bad to worse."\n\n'
        'Tom Reyes said: "We will pass it on Friday and we will not wait."\n\n'
        'Ann Lee said earlier it was time for the House to "just step up and vote."\n\n'
        'Mara Quist said the "deal" was not "a deal at all" for the town.\n\n'
        'Joe Banks said the board had met the "harbour union” on Monday to talk.\n',
        "budget.txt",
    )
    (item,) = _partial_quotes(analysis)
    assert item.skill == "reported-speech" and "Harry Reid" in item.prompt
    assert 'the House majority was "heading from bad to worse"' in item.prompt
    assert item.answer == (PARTIAL_KEY.format(whose="Harry Reid's"),) and len(set(item.choices)) == 4
    assert "“heading from bad to worse”" in item.explanation and "“the House majority was”" in item.explanation
    # the whole sentence quoted, the time of the saying first, two quotations, marks that do not pair: none of them
    longer = _analysis(
        "Budget fight goes on\n\nThe House passed the budget bill on Tuesday.\n\n"
        'Senate leader Harry Reid said the House bill was "going to raise a lot of questions about its capacity to '
        'actually fund the things that matter most to families."\n\n'
        'Tom Reyes said only that the vote was "a step that the House had to take sooner or later."\n',
        "longer.txt",
    )
    (item,) = _partial_quotes(longer)  # eighteen quoted words are still one clause to check; "only that …" is
    assert "Harry Reid" in item.prompt  # the writer's hedge on what was said, not a summary of it


def test_from_sample_ae_colour_forecasts_others_views_and_accounts_are_not_keyed_fact_or_judgment():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.fact_opinion import FACT, JUDGMENT

    plain = "The council approved the harbour budget of 40 million dollars on Tuesday in Brest."
    analysis = _analysis(
        "Harbour vote\n\n"
        f"{plain}\n\n"
        "In Brest, the mayor led the vote by an eye-popping 12-seat margin on Tuesday in the council.\n\n"
        "A ferry strike is all but assured when the new rules start in Brest on Thursday.\n\n"
        "Ann Lee joined the crusade against the harbour board in 2016 after the vote in Brest.\n\n"
        '"A lot of people believe the board should have spoken out much earlier," said Tom Reyes.\n\n'
        '"We believe other members were untruthful before the board," said Mara Quist.\n\n'
        '"A second later, a huge white truck came along at a crazy speed," said Joe Banks.\n\n'
        '"This budget is a terrible mistake for the town," said Lena Ortiz.\n',
        "harbour.txt",
    )
    keyed = {c.evidence[0].rstrip(","): c.answer[0] for c in BUILDERS["fact-opinion"](analysis)}
    assert keyed.get(plain) == FACT
    assert keyed.get("This budget is a terrible mistake for the town") == JUDGMENT
    for words in ("eye-popping", "all but assured", "crusade", "A lot of people", "untruthful", "crazy speed"):
        assert not [text for text in keyed if words in text], words


def test_from_sample_ae_number_blanks_beside_a_figure_of_the_same_unit_or_outside_the_storys_range():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Poll of islanders\n\n"
        "In a poll in March, 51 percent of islanders approved of the ferry plan; 40 percent disapproved.\n\n"
        "(The mayor won about 56 percent of the island vote in 2012, the records show.)\n\n"
        "Winning the north would give the mayor 259 council votes in the final count.\n\n"
        "Winning the south would give the rival 244 council votes in the final count.\n\n"
        "The winner needs 270 council votes, and the mayor now holds 266 council votes.\n",
        "poll.txt",
    )
    answers = [c.answer[0] for c in BUILDERS["number"](analysis)]
    assert "40 percent" not in answers and "51 percent" not in answers and "about 56 percent" not in answers
    for item in BUILDERS["number"](analysis):
        values = [float(c.split()[0].replace(",", "")) for c in item.choices if c.split()[0].replace(",", "").isdigit()]
        assert all(0.85 * 244 <= v <= 1.15 * 270 for v in values), item.choices


def test_from_sample_ae_speakers_own_body_a_lone_private_voice_and_a_described_speaker_in_true_false():
    from quizapp.generation.skills import BUILDERS

    committee = _analysis(
        "Inquiry widens\n\nThe harbour inquiry widened on Monday.\n\n"
        '"We believe other witnesses were untruthful before our committee," said Senator Ann Lee.\n\n'
        '"I told the committee everything I knew about the ferry deal," said Tom Reyes, a harbour pilot.\n\n'
        '"The inquiry should end before the summer," said Mara Quist, a harbour trader.\n',
        "inquiry.txt",
    )
    assert not _asks(committee, "quote-speaker", "our committee")
    assert _asks(committee, "quote-speaker", "The inquiry should end")
    alone = _analysis(
        "Guard suspended\n\nA prison guard was suspended on Monday over posts on a forum.\n\n"
        "Joe Banks, 31, wrote the posts from 2015 to 2017, the company said.\n\n"
        '"The old country built everything good in this world," Banks wrote in one post.\n\n'
        "Senator Ann Lee and Governor Tom Reyes wrote to the prison board on Friday.\n",
        "guard.txt",
    )
    assert not _asks(alone, "quote-speaker", "The old country")
    flake = _analysis(
        "Senator retires\n\nThe Senate met on Tuesday.\n\n"
        "Ann Lee, one of the few senators willing to speak up against the governor, said Tuesday she would not seek "
        "re-election.\n\nTom Reyes, the governor, said he wished her well in her new work.\n",
        "flake.txt",
    )
    assert not [c for c in BUILDERS["true-false"](flake) if "one of the few" in c.prompt and "credits" in c.explanation]


def test_from_sample_ae_no_main_news_item_on_a_lead_that_looks_back_to_set_up_a_change():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Mayor cracks the council lock\n\n"
        "Just six weeks ago, the mayor's rival cracked the council lock in the city of Brest.\n\n"
        "Now the mayor would win as many council votes as her rival, the latest polls show.\n\n"
        "The rival held a commanding lead in early August across the eastern districts of the city.\n\n"
        "Turnout in the western districts fell sharply after the ferry strike in the spring.\n\n"
        "The harbour workers union backed the mayor at its annual meeting in the old town hall.\n\n"
        "Both candidates will debate the budget on the local radio station next Thursday evening.\n",
        "lock.txt",
    )
    assert not BUILDERS["main-event"](analysis)


def test_from_sample_af_quotations_about_a_name_an_aside_and_words_passed_on_get_no_speaker():
    sources = _quote_sources(
        "Mayor remembers\n\nThe mayor spoke at the harbour on Monday.\n\n"
        '"The sea is cruel," said Joe Banks, a harbour pilot.\n\n'
        'As a young captain, Joe Banks "woke me up to the sea and to my duty," he continued.\n\n'
        'Ann Lee, doing "what harbour wives do," replied: "Of course we will help the crews."\n\n'
        'Mara Quist told reporters the board has asked the crews to "wait and see if the money comes" this winter.\n\n'
        'Lena Ortiz told reporters the plan would work, adding that "the crews are ready for the winter."\n',
        "harbour.txt",
    )
    assert sources["woke me up to the sea and to my duty,"] is None  # not Joe Banks, whom the quotation is about
    assert sources["what harbour wives do,"] is None
    assert sources["Of course we will help the crews."] == "Ann Lee"
    assert sources["wait and see if the money comes"] is None  # the board's words, passed on by Quist
    assert sources["the crews are ready for the winter."] == "Lena Ortiz"


def test_from_sample_af_victims_and_the_suspect_are_never_offered_as_speakers_or_as_who_did_it():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Nine killed at harbour chapel\n\n"
        "A gunman killed nine people at a harbour chapel in Brest on Wednesday night.\n\n"
        "The chapel's pastor, Sen. Clem Pardo - among the dead - preached there for 20 years.\n\n"
        "The other victims were Cynthia Hurdle, 54; Tomas Sandor, 26; and Myra Thorne, 59.\n\n"
        "The suspect, Dylan Rooke, 21, was arrested in a nearby town on Thursday, police said.\n\n"
        '"The suspect sat with them for an hour before he opened fire," said Coroner Rae Wilton.\n\n'
        '"This is a wound that will take years to heal," said Mayor Joseph Riley.\n\n'
        '"We will want the harshest penalty the law allows," said Governor Nina Halley.\n\n'
        '"We live in a very dangerous town," said Ann Lee, a harbour trader.\n\n'
        'Pardo once told his church, "We are a beacon and a bearer of our culture."\n\n'
        "President Tom Baker called the attack another example of damage done by guns.\n",
        "chapel.txt",
    )
    offered = {
        c
        for kind in ("quote-speaker", "detail")
        for item in BUILDERS[kind](analysis)
        for c in item.choices
        if c not in item.answer
    }
    assert offered and not offered & {"Clem Pardo", "Cynthia Hurdle", "Dylan Rooke", "Tomas Sandor", "Myra Thorne"}
    assert "Coroner Rae Wilton" not in offered  # the title is no part of her name
    assert not [c for c in BUILDERS["source-type"](analysis) if "Pardo" in c.prompt]


def test_from_sample_af_a_title_in_quotes_a_partisan_expert_a_stock_might_and_loaded_nouns():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.fact_opinion import FACT

    analysis = _analysis(
        "Senator on the radio\n\nSenator Ann Lee spoke on the radio on Friday night.\n\n"
        "Senator Ann Lee said she was as tall as the towering old lighthouse keeper on “The Late Hour with Tom "
        "Banks.”\n\n"
        "The blunder happened when Lee weighed into the dustup between the mayor and the harbour board on Friday.\n\n"
        '"The plan will cost the town a lot of money," said Stan Vogel, economist at the conservative Harbour '
        "Institute.\n\n"
        'Mara Quist urged towns to "review the standards and recommend any changes that might be needed."\n',
        "radio.txt",
    )
    assert not _asks(analysis, "reported-speech", "The Late Hour")
    assert not _asks(analysis, "quote-speaker", "The Late Hour")
    assert not [c for c in BUILDERS["source-type"](analysis) if "Vogel" in c.prompt]
    assert not [c for c in BUILDERS["hedge"](analysis) if "might" in c.prompt]
    keyed = {c.evidence[0]: c.answer[0] for c in BUILDERS["fact-opinion"](analysis)}
    assert not [text for text, key in keyed.items() if "blunder" in text and key == FACT]


def test_from_sample_af_a_bare_possessive_a_lost_verb_a_second_description_and_a_known_count():
    from quizapp.generation.skills import BUILDERS
    from quizapp.quality.wording import context_reference, is_garbled

    assert context_reference("France's is around 5%.") and context_reference("Italy’s was higher than that.")
    assert not context_reference("France's death rate is around 5%.")
    assert is_garbled("Things began to go wobbly on Tuesday, as the Senate a procedural snag as leaders disagreed.")
    assert not is_garbled("Things began to go wobbly on Tuesday, when the Senate hit a procedural snag.")
    analysis = _analysis(
        "Virus tests\n\nThe harbour clinic tested 4,000 people on Monday, officials said.\n\n"
        '"We are testing much more than other towns," said Christian Dorn, director of the harbour clinic.\n\n'
        "Dorn, whose team developed the first test in the region, said the results would come next week.\n\n"
        "Orders across the 50 states meant some people stayed at home for 40 days in the spring.\n",
        "clinic.txt",
    )
    assert not [c for c in BUILDERS["evidence"](analysis) if "Dorn" in c.prompt]
    race = _analysis(
        "Harbour race\n\nThe harbour race in Brest tightened on Monday, a new poll showed.\n\n"
        "Ann Lee, a Democrat, is a longshot candidate in the 2020 race for mayor of Brest.\n\n"
        "In 2008, the party fielded a large number of candidates, but the race quickly winnowed down to two.\n",
        "race.txt",
    )
    assert not [c for c in BUILDERS["true-false"](race) if re.search(r"\b(?:2017|2005)\b", c.prompt)]
    statements = [c.prompt for c in BUILDERS["true-false"](analysis)]
    assert not [p for p in statements if "states" in p and "50 states" not in p]


def test_a_bank_keeps_a_partial_quotation_of_each_of_two_speakers():
    from quizapp.generation.generator import GenerationOptions, items_from

    analysis = _analysis(
        "Harbour plan splits the council\n\nThe council met on Monday to vote on the harbour plan in Brest.\n\n"
        'Mayor Ann Lee said the new harbour plan would "bring work back to the old docks" within a year.\n\n'
        'Councillor Tom Reyes said the same plan would "cost the town far more than anyone admits" by 2030.\n\n'
        "The vote was put off until the end of the month, the council clerk said.\n",
        "harbour.txt",
    )
    partial = [i for i in items_from(analysis, GenerationOptions()) if i.prompt.startswith("Read this")]
    assert {("Lee" in i.prompt, "Reyes" in i.prompt) for i in partial if i.skill == "reported-speech"} == {
        (True, False),
        (False, True),
    }


def test_from_sample_ag_link_lists_page_buttons_photo_credits_and_repeated_descriptions_are_not_asked():
    from quizapp.generation.analysis import _can_describe_a_person
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Harbour deal signed\n\n"
        'Getty Mayor Ann Lee signed the harbour deal on Monday. "We waited ten years for this," Lee said.\n\n'
        '"The crews will be back at work by the spring," said Tom Reyes, head of the dockers\' union.\n\n'
        "Follow the harbour? Add Ann Lee as an interest to stay up to date on the latest harbour news.\n\n"
        "Firms prefer part-time workers, said Scot Mell, CEO of Scot Mell, CEO of Dock Holdings (DHX), a firm that "
        "runs job sites.\n\n"
        "Read more:\n\nNorth harbour to seek return of the Brest ferry plotters\n\n"
        "South harbour's new mayor could rattle the ferry talks\n",
        "deal.txt",
    )
    assert not [s for s in analysis.sentences if "plotters" in s.text and not s.furniture]
    assert not [s for s in analysis.sentences if "as an interest" in s.text and not s.furniture]
    people = analysis.people()
    assert not [p for p in people if p.startswith(("Getty", "Add "))]
    assert analysis.sources["Scot Mell"].description is None
    assert not _can_describe_a_person("CEO of Scot Mell, CEO of Dock Holdings (DHX")  # a bracket left open
    assert not [c for c in BUILDERS["true-false"](analysis) if "plotters" in c.prompt]


def test_from_sample_ag_denials_feared_mights_emphatic_perhaps_moods_and_the_headline_in_the_quote():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.fact_opinion import FACT

    analysis = _analysis(
        "Ann Lee resigns from the harbour board\n\n"
        "Harbour board member Ann Lee resigned on Monday in Brest after ten years on the board.\n\n"
        "Board spokesman Tom Reyes denied that the appointment of the new chair was ever certain.\n\n"
        "With the board vote just months away, Quist feared she might lose her seat under a new chair, Reyes said.\n\n"
        '"A new mood has come to the docks, but perhaps especially to this board," Lee wrote in a letter.\n\n'
        '"It is with sadness that I tell you that I am resigning from the harbour board," Lee wrote.\n\n'
        '"The board will meet again in May to choose a new member," said Mara Quist, a harbour trader.\n\n'
        '"We wish her well in whatever she does next," said Dan Ortiz, the harbour master.\n\n'
        "Dockers in Brest are energized after the spring strike, when the union won its pay claim on Friday.\n",
        "board.txt",
    )
    assert not [c for c in analysis.claims if c.verb == "denied" and c.content]
    assert not [c for c in BUILDERS["hedge"](analysis) if "might lose" in c.prompt or "perhaps" in c.prompt]
    assert _asks(analysis, "quote-speaker", "We wish her well")  # the story's other quotations are asked
    assert not _asks(analysis, "quote-speaker", "I am resigning")
    keyed = {c.evidence[0]: c.answer[0] for c in BUILDERS["fact-opinion"](analysis)}
    assert not [text for text, key in keyed.items() if "energized" in text and key == FACT]


def test_from_sample_ag_a_short_phrase_two_people_used_and_a_second_of_description_are_not_asked():
    from quizapp.generation.skills import BUILDERS

    analysis = _analysis(
        "Prosecutor removed\n\nThe harbour prosecutor was removed on Friday after a long review.\n\n"
        'Mara Quist said the prosecutor was "not doing his job" at the harbour.\n\n'
        "Tom Reyes, the harbour pilot, told the board that the prosecutor was not doing his job either.\n\n"
        '"We found many faults on the ferries," said Ann Lee, a harbour inspector.\n\n'
        "A statement issued by Kathy Bower of the Harbour Trust backed the review on Friday.\n\n"
        '"The review was fair and careful," said Kathy Bower, a trust spokeswoman.\n\n'
        "Tom Baker, a harbour engineer, did not say whether he agreed with the review.\n",
        "prosecutor.txt",
    )
    assert not _asks(analysis, "quote-speaker", "not doing his job")
    clicks = [c.prompt for c in BUILDERS["evidence"](analysis)]
    assert not [p for p in clicks if "Bower" in p]  # "Kathy Bower of the Harbour Trust" says who she is too
    assert not [p for p in clicks if "Baker" in p]  # he says nothing in the story: not a source to weigh


def test_from_sample_ah_rating_verbs_a_bare_verb_line_a_loose_clitic_and_a_share_told_twice():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.common import is_fragment
    from quizapp.generation.skills.fact_opinion import FACT
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Doug Church said that 's because flight delays cascade through the system.")
    assert not is_garbled("Doug Church said that's because flight delays cascade through the system.")
    analysis = _analysis(
        "Harbour plan\n\nThe council met in Brest on Tuesday to vote on the harbour plan.\n\n"
        "Mayor Ann Lee on Sunday also applauded the crews' speed in reacting to the ferry fire in Brest.\n\n"
        "Tom Reyes pounced on the remark at a council meeting in Brest last Thursday.\n\n"
        "Deploy its harbour guard throughout the town from Monday, pledging up to 600 extra guards.\n\n"
        "Almost 9 of 10 dockers, 87%, said the harbour was the best place to work in the region.\n\n"
        '"We could be getting more than we are getting now," Mara Quist said of the harbour deal.\n',
        "plan.txt",
    )
    keyed = {c.evidence[0]: c.answer[0] for c in BUILDERS["fact-opinion"](analysis)}
    assert not [t for t, key in keyed.items() if ("applauded" in t or "pounced" in t) and key == FACT]
    assert is_fragment(next(s for s in analysis.sentences if s.text.startswith("Deploy")).span)
    assert not [c for c in BUILDERS["number"](analysis) if "9 of 10" in c.prompt]
    assert not [c for c in BUILDERS["hedge"](analysis) if "could be" in c.prompt]


def test_from_sample_ah_a_swap_that_leaves_the_name_an_in_house_analyst_and_a_that_subject():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.sources import classify

    assert classify("John Waage", "CBN News analyst", is_person=True) is None
    assert classify("Ann Lee", "a Fox News contributor and professor of law", is_person=True) is None
    assert classify("Ann Lee", "professor of economics at Yale University", is_person=True) == "expert"
    analysis = _analysis(
        "Harbour race\n\nThe harbour race tightened on Monday, a new poll showed.\n\n"
        "In Brest, Marsha Blackwood now leads Phil Bredon in the race, even after the singer Tay Swan came out "
        "against Blackwood.\n\n"
        '"The ferries matter most," said Ann Lee, a harbour trader.\n\n'
        '"We are winning," said Marsha Blackwood, a harbour councillor.\n\n'
        '"The race is close," said Phil Bredon, a ferry captain.\n\n'
        "That's because the ferries are late so often, he said.\n",
        "race.txt",
    )
    swapped = [c for c in BUILDERS["true-false"](analysis) if "against Blackwood" in c.prompt]
    assert not [c for c in swapped if "Marsha Blackwood now leads" not in c.prompt]  # "Ann Lee now leads …"
    assert not [c for c in analysis.claims if c.content and c.content.startswith(("'", "’"))]


def test_from_sample_ah_a_feeling_told_of_others_is_no_judgment():
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert not _judgment_words("Everybody was thrilled, and now it's back to work today to sell the fuel")
    assert _judgment_words("I am thrilled that the council listened to us at last")


# Paragraphs on other matters, whose main clauses a main-event item can offer as its wrong choices.
_OTHER_NEWS = (
    "Fishing boats in the bay brought in a record catch of cod and mackerel last week.\n\n"
    "A new ticket office opened at the port in January with longer hours for travellers.\n\n"
    "Tourism in the region rose sharply last summer as visitors came back to the coast.\n"
)


def test_from_sample_ai_page_buttons_section_labels_and_references_the_sentence_leaves_open():
    from quizapp.articles.furniture import is_furniture
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert _judgment_words("I just think there may be another side to this story,") == ["may be"]  # named once
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.common import attribution
    from quizapp.generation.skills.source_credentials import cut_off
    from quizapp.quality.wording import context_reference

    assert is_furniture("Ann Lee confirms she was questioned by the harbour board Read more")
    assert not is_furniture("The mayor said she wanted people in the town to read more.")
    assert attribution("The ferry sailed at dawn, according to a US defense official.") == (
        "according to",
        "a US defense official",
    )
    assert context_reference("Anthony Fauci said that there are signs that the state is flattening the curve.")
    assert not context_reference("Ann Lee was born in Kutama, Zimbabwe, when the country was a colony.")
    text = "He attacked London Mayor Sadiq Khan, leader of the world city where the talks will be held."
    assert cut_off("leader of the world city", text)
    assert not cut_off("Director of the Institut National", "Ann Lee, Director of the Institut National that ran it")
    analysis = _analysis(
        "Markets rally\n\nU.S. stocks rallied on Wednesday as investors cheered the harbour deal in Brest.\n\n"
        "Bonds: The price of the benchmark 10-year Treasury note fell, pushing the yield up to 1.65% from 1.56% "
        "late Tuesday in New York.\n\n"
        "Companies: Harbour Group said it plans to spend $40 million to compensate ferry firms for the losses.\n\n"
        "Productivity in the harbour trade fell 1.1% in the spring.\n\n"
        "Analysts were expecting a drop of 0.8%.\n\n"
        "Priebus, Matthews says, told him he had 23 events that night and could not come to Brest.\n",
        "markets.txt",
    )
    race = _analysis(
        "Harbour race\n\nThe harbour race in Brest tightened on Monday, a new poll showed.\n\n"
        "Ann Lee, a Democrat, is a longshot candidate in the 2020 race for mayor of Brest.\n\n"
        "In 2008, the party fielded a large number of candidates, but the race quickly winnowed down to two.\n",
        "race.txt",
    )
    assert not [c for c in BUILDERS["true-false"](race) if re.search(r"\b(?:2017|2005)\b", c.prompt)]
    statements = [c.prompt for c in BUILDERS["true-false"](analysis)]
    assert not [p for p in statements if "Bonds:" in p or "Companies:" in p]
    assert not [c for c in BUILDERS["true-false"](analysis) if "“up to" in c.explanation]  # a rise, not a bound
    numbers = BUILDERS["number"](analysis)
    assert not [c for c in numbers if "drop of" in c.prompt]
    assert not [c for c in numbers if "23" in c.answer[0] and "comes from" in c.explanation]
    body = (
        "\n\nThe spoof aired on Saturday night on the town's radio station in Brest and drew many calls.\n\n"
        "The harbour board met on Monday to talk about the ferry timetable for the spring season.\n\n"
        "The ferry company has lost money on the crossing to Brest for three years running now.\n\n"
        "Several ferry crews walked off the job in March after a dispute over their pay and hours.\n\n" + _OTHER_NEWS
    )
    lead = "The harbour board was rattled on Sunday by a ferry spoof that aired on the town's radio."
    headline = "Harbour board rattled by ferry spoof"
    assert BUILDERS["main-event"](_analysis(f"{headline}\n\n{lead}{body}", "lead.txt"))
    standfirst = "The mayor 'does not like her people to look weak,' a harbour trader said."
    run_in = _analysis(f"{headline}\n\n{headline} {standfirst}{body}", "run-in.txt")  # the page's title, run on
    assert BUILDERS["main-event"](run_in) == []
    opening = (
        "Harbour talks\n\nThe harbour talks in Brest ended on Tuesday without a deal.\n\n"
        '"We will keep talking," said Tom Reyes, the harbour master.\n\n'
    )
    closing = "\n\nThe board has met 14 times since the spring in the town hall.\n"
    told = _analysis(
        opening + "Tom Reyes, the harbour master, said the board held 23 meetings in the spring." + closing, "a.txt"
    )
    assert [c for c in BUILDERS["number"](told) if "comes from Tom Reyes" in c.explanation]
    retold = _analysis(
        opening + "Reyes, Ann Lee says, told her the board held 23 meetings in the spring." + closing, "b.txt"
    )
    assert not [c for c in BUILDERS["number"](retold) if "comes from" in c.explanation and "23" in c.answer]


def test_from_sample_aj_a_players_title_concessions_reasons_cited_and_words_passed_on():
    from quizapp.articles.furniture import is_furniture
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.common import attribution
    from quizapp.quality.wording import is_garbled

    assert is_furniture("Story highlights White House hopes talks let it know what GOP wants, Democratic source says")
    assert is_furniture("Judge halts the ferry plan for the harbour at Brest Listen · 3:49 3:49")  # an audio player
    assert is_garbled("MORE balked at Bolton's appointment, the two staged a meeting at the Pentagon.")
    from quizapp.generation.skills.detail import _country_named

    assert _country_named("Washington", "Aides are little known outside of Washington, but shape NSC policy.")
    assert _country_named("Washington", "In Washington, lawmakers scoffed at talk of U.S. troops leaving.")
    assert not _country_named("Paris", "The talks in Paris ended on Monday without a deal.")
    assert attribution("Citing a Taliban attack in Kabul last week as the reason, Trump cancelled the talks.") is None
    assert attribution("The talks were cancelled, citing the Associated Press.") == ("citing", "the Associated Press")
    headline = "Federal Judge Blocks Obama's Executive Actions On Immigration"
    played = _analysis(
        f"{headline}\n\n{headline} Listen · 3:49 3:49\n\nA federal judge in Texas on Monday halted the plan to "
        "shield millions of immigrants from deportation.\n\n"
        '"The ruling is wrong and we will appeal it at once," Obama said at the White House on Tuesday.\n\n'
        '"We are pleased with the decision of the court," said Greg Abbott, the governor of Texas.\n',
        "played.txt",
    )
    assert not [label for label in played.sources if "Blocks" in label]
    assert not [name for name in played.entities("PERSON") if "Blocks" in name]
    story = (
        "Fleet drills\n\nRussia began large naval drills in the Arctic on Monday, the defence ministry said.\n\n"
        "On Monday, Defence Minister Sergey Shoigu said Putin had ordered the Northern Fleet to be placed on full "
        "combat alert for snap checks, state media reported.\n\n"
        '"The main aim is to test the fleet," said Ann Lee, a naval analyst at the Brest Institute.\n\n'
        '"It is a show of strength before the summit in the spring, and everyone in the region knows it," '
        "said Tom Reyes, a former admiral.\n\n"
        '"And he may be a hard man to deal with, but I think that is what the voters wanted," Ann Lee said.\n'
    )
    analysis = _analysis(story, "fleet.txt")
    assert BUILDERS["single-source"](analysis) == []  # the minister's account, passed on by state media
    assert not [c for c in BUILDERS["hedge"](analysis) if "may be" in c.prompt]  # granted, not doubted
    direct = [c for c in BUILDERS["reported-speech"](analysis) if c.answer[0].startswith("Yes")]
    long = [c for c in direct if "show of strength" in c.prompt]
    assert long and all(  # too long to repeat whole: asked about its opening clause, never "the words in …"
        "give “It is a show of strength before the summit in the spring” as" in c.prompt for c in long
    )
    body = (
        "\n\nThe banks did not say whether card numbers were taken in the attack on their systems.\n\n"
        "In April, one of the banks was criticised for blocking a payment from an embassy in Brest.\n\n"
        "Troops continue to mass on the border even after sanctions hurt the economy of the region.\n\n" + _OTHER_NEWS
    )
    lead = "Russian hackers looted gigabytes of data from five banks this month in a coordinated assault"
    plain = f"Russian Hackers Loot Gigabytes of Bank Data\n\n{lead}.{body}"
    assert BUILDERS["main-event"](_analysis(plain, "plain.txt"))  # told as fact, it is the main news
    hedged = f"Russian Hackers Said to Loot Gigabytes of Bank Data\n\n{lead}.{body}"
    assert BUILDERS["main-event"](_analysis(hedged, "hedged.txt")) == []  # the story only reports it
    sourced = f"Russian Hackers Loot Gigabytes of Bank Data\n\n{lead}, according to two people familiar.{body}"
    assert BUILDERS["main-event"](_analysis(sourced, "sourced.txt")) == []


def test_a_question_tagged_by_its_asker_in_the_next_sentence_is_the_askers():
    analysis = _analysis(
        "Health law hearing\n\nThe committee questioned the officials about the health law on Thursday.\n\n"
        '"We have signed up many people so far," said Tom Reyes, the agency head.\n\n'
        '"What are the ages of the people who are enrolling?" Blackburn asked. "The taxpayer deserves to know."\n\n'
        '"I will not step aside from the race," Tom Reyes said on the radio.\n\n'
        "Host George Stephanopoulos asked whether Reyes would attend the hearing next week.\n\n"
        "( Also on POLITICO: Deadline for Reyes to exit race passes)\n\n"
        '"Are you going?" he asked.\n\n"No, I honor their wishes," Reyes responded.\n',
        "hearing.txt",
    )
    asked = next(q for q in analysis.quotes if q.text.startswith("What are the ages"))
    assert asked.source is not None and asked.source.label.endswith("Blackburn")
    assert asked.speaker_as_written == "Blackburn"  # named beside it, not carried on from Reyes
    going = next(q for q in analysis.quotes if q.text.startswith("Are you going"))
    assert going.source is None or not going.source.label.endswith("Reyes")  # an interviewer's "he asked"


def test_two_people_named_beside_a_group_that_speaks_are_no_one_speaker():
    analysis = _analysis(
        "Senate bill\n\nThe Senate bill to repeal the health law stalled on Monday night.\n\n"
        "Two Republican senators, Mike Lee and Jerry Moran, said the new legislation did not go far enough.\n\n"
        "Ann Lee, a lawyer and expert on health law, said the bill would pass in the autumn.\n",
        "senate.txt",
    )
    # a joint statement is nobody's own words; one person's two roles are still one speaker
    assert [c.source.label for c in analysis.claims] == ["Ann Lee"]


def test_a_surname_is_not_someone_of_that_surname_named_in_full_only_later():
    analysis = _analysis(
        "Memorial\n\nPresident Obama spoke at a memorial service on Sunday for the victims of the shooting.\n\n"
        "Obama said the attack was the fifth mass shooting of his time in office. “Once more, our hearts are "
        "broken,” he said.\n\nBefore the service, the president and first lady Michelle Obama met with the "
        "families of the victims.\n\nThe candidate was in tears at the hearing on Monday. Harris said he had "
        "trusted the wrong people.\n\nJohn Harris, a consultant, told the board he had warned the campaign. "
        "Mark Harris said nothing more after the hearing.\n\nTrump spoke to reporters on Monday. Trump said the "
        "prices were too high.\n\nGold asked if Ivanka Trump and her husband would speak to him.\n",
        "memorial.txt",
    )
    speakers = {q.text: q.source.label if q.source else None for q in analysis.quotes}
    assert speakers["Once more, our hearts are broken,"] != "Michelle Obama"  # she is introduced later
    claims = {c.content: c.source.label for c in analysis.claims if c.content}
    # John or Mark, both named later: unsure, so the claim is credited to neither (nor to anyone: two Harrises)
    assert claims.get("he had trusted the wrong people") not in ("John Harris", "Mark Harris")
    assert claims.get("the prices were too high") != "Ivanka Trump"  # named later, and no one's "Trump" before


def test_a_figure_of_speech_or_a_colouring_participle_is_no_plain_fact():
    from quizapp.generation.skills.fact_opinion import _is_plain_fact

    analysis = _analysis(
        "Coal bills\n\nThe House took a parting shot at the coal rules on Friday by passing 3 bills.\n\n"
        "The House passed 3 bills on Friday to rein in the agency in Washington.\n\n"
        "The House passed 3 bills on Friday for the struggling industry in Ohio.\n\n"
        "The House passed 3 bills on Friday for the remaining miners in Ohio.\n\n"
        "The poll of 1,000 registered voters was taken in Ohio on June 25.\n",
        "coal.txt",
    )
    plain = [_is_plain_fact(analysis, s, s.text) for s in analysis.sentences]
    assert plain == [False, False, False, True, True]  # the writer's figures and colour; a plain which-one


def test_from_sample_ak_a_video_caption_under_its_close_button_is_the_page_and_close_is_no_title():
    from quizapp.articles.furniture import is_a_link, is_furniture

    caption = "CLOSE Harbour representative Ann Lee talks about the ferry bill and the big issues for the vote."
    assert is_furniture(caption) and is_a_link(caption)  # the player's, not the story's
    assert not is_furniture("CLOSE to 300 ferries sailed from the harbour at Brest on Monday, officials said.")
    player = "JUST WATCHED Lee reveals ferry data Replay More Videos ... MUST WATCH Lee reveals ferry data 02:01"
    assert is_furniture(player) and is_a_link(player)
    analysis = _analysis(
        "Ferry bill\n\n" + caption + "\n\nAnn Lee, a harbour representative, is running for the Senate.\n\n"
        "“The ferry bill is a start,” Lee said in an interview on Monday in Brest.\n",
        "ferry.txt",
    )
    assert all("CLOSE" not in (source.description or "") for source in analysis.sources.values())
    assert all(not s.text.startswith("CLOSE") or s.furniture for s in analysis.sentences)


def test_from_sample_ak_an_opening_phrase_is_not_left_hanging_when_the_attribution_is_cut():
    from types import SimpleNamespace

    from quizapp.generation.skills.single_source import _without_attribution

    claim = SimpleNamespace(verb="reported", source=SimpleNamespace(label="State media"))
    opening = "On Saturday, state media reported that the harbour board plans to close the ferry port in May."
    assert _without_attribution(opening, claim, None) is None  # not "On Saturday that the harbour board …"
    aside = "The harbour board, state media reported, plans to close the ferry port at Brest in May."
    cut = "The harbour board plans to close the ferry port at Brest in May."
    assert _without_attribution(aside, claim, None) == cut


def test_from_sample_ak_a_title_before_the_name_and_a_school_districts_union_are_read():
    from quizapp.generation.sources import classify

    analysis = _analysis(
        "Ferry sign-up\n\nHarbour Secretary Ann Lee, a management expert sent to save the ferry plan, says she is "
        "confident the sign-up in Brest will work this year.\n\n“We are ready,” Lee said on Monday in Brest.\n",
        "ferry.txt",
    )
    assert analysis.sources["Ann Lee"].kind != "expert"  # the secretary of a department is no outside expert
    district = "chief administrative officer for the William S. Hart Union High School District"
    assert classify("Collyn Nielson", district, is_person=True) is None  # a school district, not a labour union
    assert classify("Ann Lee", "president of the dockers' union", is_person=True) is None  # a union official too


def test_from_sample_ak_a_telephone_number_is_no_count():
    analysis = _analysis(
        "Harbour shooting\n\nDeputies responding to a torrent of 911 calls found 6 ferry workers on the pier "
        "in Brest on Monday.\n\nOne worker dialled 999 at 7:30 a.m., and 112 people left the harbour by noon.\n",
        "harbour.txt",
    )
    asked = sorted(q.number for _, q in analysis.quantities)
    assert "911" not in asked and "999" not in asked  # everyone knows them: no other choice is plausible
    assert "112" in asked and "6" in asked  # a count that happens to be a code is still a count
    from quizapp.generation.skills.common import named_number

    text = "Deputies responding to a torrent of 911 calls found 6 ferry workers on the pier."
    assert named_number(text, text.index("911"), text.index("911") + 3)  # no true-or-false "1157 calls" either
    assert not named_number(text, text.index("6 "), text.index("6 ") + 1)


def test_from_sample_ak_a_pop_up_cards_name_is_no_one_to_offer():
    analysis = _analysis(
        "Harbour vote\n\nThe Speaker reclaimed the gavel on Thursday — and with it, the enormous power to decide "
        "whether to impeach President Trump Donald John TrumpDem lawmaker says Nunes threatened to sue him over "
        "criticism Parnas: MORE over the delays.\n\nAnn Lee, the harbour secretary, said the ferries would sail "
        "on Monday.\n\n“We are ready,” Lee said in Brest.\n",
        "harbour.txt",
    )
    assert analysis.people() == ["Ann Lee"]  # not "Trump Donald", read in the card glued after the name


def test_from_sample_ak_a_rule_told_and_a_hedged_reading_of_figures_are_not_keyed_a_judgment():
    from quizapp.generation.skills import fact_opinion

    analysis = _analysis(
        "Ferry rules\n\n“Before any ferry sails, there must be near-certainty that no passenger will be hurt — "
        "the highest standard we can set,” Ann Lee said on Monday.\n\n“Ferry traffic appears to have slowed "
        "somewhat during the first half of this year,” Bo Chen said on Monday.\n\n“The new timetable is a "
        "terrible mistake for the town,” Cy Dee said on Monday.\n",
        "ferry.txt",
    )
    judged = [c.prompt for c in fact_opinion.build(analysis) if c.answer == ("A judgment or prediction",)]
    assert len(judged) == 1 and "terrible mistake" in judged[0]


def test_from_sample_ak_what_was_said_is_a_whole_statement_after_the_verb():
    analysis = _analysis(
        "Harbour\n\nTrump wrote on Twitter Tuesday morning, one day after Ryan (R-Wis.) told House Republicans "
        "that he would not campaign with and no longer defend the ferry plan.\n\nDuring her first speech as "
        "chair, Ann Lee acknowledged the disagreements likely to face the harbour board but vowed to confront "
        "any challenges head-on.\n",
        "harbour.txt",
    )
    contents = [c.content for c in analysis.claims if c.content]
    assert contents == ["he would not campaign with and no longer defend the ferry plan"]  # not "Trump wrote …
    # one day after", and not "the disagreements likely to face the harbour board", a thing, not a statement


def test_from_sample_al_the_head_of_a_charity_or_a_campaign_group_is_no_official():
    from quizapp.generation.sources import classify

    def kind(description: str) -> str | None:
        return classify("Ann Lee", description, is_person=True)

    assert kind("executive director of Brest Foodbank in the state of Normandy") is None  # not "the state"; and a
    # charity is no interest group unless the article says what it presses for (sample BL)
    assert kind("the national ferry director for Common Harbour") is None  # the post's scope, not a public body
    assert kind("president of the National Harbour League") is None  # a private body, whatever its name says
    assert kind("head of the Brest Institute, France's federal agency for harbour safety") == "named-official"
    assert kind("director of the national weather service") == "named-official"
    assert kind("chief of the Brest police department") == "named-official"


def test_from_sample_al_he_who_names_someone_is_not_that_someone_and_a_guess_about_the_past_is_no_forecast():
    from quizapp.generation.skills import hedge

    analysis = _analysis(
        "Tariffs\n\nUS Commerce Secretary Wilbur Ross announced the tariffs on Thursday in Washington.\n\n"
        "President Donald Trump signed the order in March after a long review.\n\nMr Ross said talks had not made "
        "enough progress to warrant a further reprieve for Europe.\n\nMr Trump has the authority to lift the "
        "tariffs or alter them at any time, he added.\n",
        "tariffs.txt",
    )
    assert not [c for c in analysis.claims if c.content and "authority" in c.content]  # "he" is not Mr Trump
    cave = _analysis(
        "Cave rescue\n\nThe snacks the boys brought with them are likely to have helped them survive the flood in "
        "the cave.\n\nThe rescue is likely to end on Monday, the third day of the operation in the hills.\n",
        "cave.txt",
    )
    asked = [c.prompt for c in hedge.build(cave)]
    assert not any("snacks" in prompt for prompt in asked)  # "likely to have helped": no forecast


def test_from_sample_al_a_role_cut_before_the_name_of_its_group_is_not_asked():
    from quizapp.generation.skills.source_credentials import cut_off

    text = "said Ann Lee, leader of the group Ferries For All, which works for the harbour towns"
    assert cut_off("leader of the group", text, capitalised=False)  # the group's name is cut from the key
    assert not cut_off("leader of the group", "said Ann Lee, leader of the group, which works", capitalised=False)
    assert not cut_off("press secretary", "At the harbour, press secretary Bo Chen said", capitalised=False)


def test_from_sample_am_glued_names_party_chairs_foundations_public_bodies_and_involved_experts():
    from quizapp.generation.analysis import looks_like_a_name
    from quizapp.generation.sources import classify

    assert not looks_like_a_name("CorkerLindsey Graham")  # two names run together by a page's link text
    assert looks_like_a_name("Ramsay MacDonald") and looks_like_a_name("Ron DeSantis")

    def kind(description: str) -> str | None:
        return classify("Ann Lee", description, is_person=True)

    assert kind("the chairman of the county's Republican Party") is None  # a party's voice, no office
    assert kind("a vice president of the nonpartisan Brest Foundation") is None  # expert or interest? Either
    assert kind("executive director of the Brest Association of Governments, the city's main public planning body") == (
        "named-official"
    )
    assert kind("a law professor who was the architect of a previous challenge to strike down the law") is None
    assert kind("a law professor at Brest University") == "expert"
    accuser = _analysis(
        "Lee accuses the harbour chief\n\nAnn Lee, a professor of psychology at Brest University, said the harbour "
        "chief had lied to the board in 2019.\n\n“I am sure of it,” Lee said on Monday in Brest.\n",
        "accuser.txt",
    )
    assert accuser.sources["Ann Lee"].kind != "expert"  # the headline's own person is part of the events
    ticker = _analysis(
        "Rates\n\nMortgage rates fell again this week in Brest.\n\n“Much remains unknown,” said Zillow ZG, +0.46% "
        "economist Ann Lee.\n",
        "rates.txt",
    )
    assert all(q.source is None or "ZG" not in q.source.label for q in ticker.quotes)


def test_from_sample_am_a_role_whose_body_name_runs_on_is_not_quoted_as_it_stands():
    from quizapp.generation.skills.source_credentials import cut_off, name_runs_on

    text = (
        "Ann Lee, CEO of AI startup Ferrix, said so. Bo Chen, a founding member of Harbour Lives Matter, agreed. "
        "AFL-CIO President Cy Dee and Harbour Secretary Di Eng spoke in Brest."
    )
    assert name_runs_on("CEO of AI", text, "Ann Lee")  # "… startup Ferrix"
    assert name_runs_on("a founding member of Harbour Lives", text, "Bo Chen")  # "… Matter"
    assert name_runs_on("CIO President", text, "Cy Dee")  # "AFL-"
    assert cut_off("CIO President", text, capitalised=False, name="Cy Dee")
    assert not name_runs_on("Harbour Secretary", text, "Di Eng")  # her own name follows the title
    assert not name_runs_on("a founding member of Harbour Lives Matter", text, "Bo Chen")


def test_from_sample_am_doing_so_and_that_roster_point_outside_the_statement():
    from quizapp.quality.wording import context_reference

    assert context_reference("Doing so could end the 2012 harbour deal, which the towns view as crucial.")
    assert context_reference("An analysis found that roster was undercounted by at least 20 names.")
    assert not context_reference("Officials said that Congress was to blame for the harbour deal in 2012.")


def test_from_sample_am_a_figure_rated_small_or_large_is_no_plain_fact():
    from quizapp.generation.skills.fact_opinion import _is_plain_fact

    analysis = _analysis(
        "Harbour vote\n\nThe harbour board met for barely three hours on Monday in Brest before it voted.\n\n"
        "The harbour board met for three hours on Monday in Brest before it voted.\n",
        "vote.txt",
    )
    assert [_is_plain_fact(analysis, s, s.text) for s in analysis.sentences] == [False, True]


def test_from_sample_an_strategists_firm_chairs_state_scientists_and_numbered_names():
    from quizapp.generation.sources import classify

    def kind(description: str) -> str | None:
        return classify("Ann Lee", description, is_person=True)

    assert kind("a Republican strategist and a senior vice president at Brest-based Harbour Global") is None
    assert kind("China Harbour's chairman") is None  # a firm named for its country, not its government
    assert kind("Chinese President") == "named-official"
    assert kind("state epidemiologist in the Bureau of Infectious Disease") is None  # official or expert?
    assert kind("an epidemiologist at Brest University") == "expert"
    analysis = _analysis(
        "Savings\n\nJobs are roaring back! Look at your 401-k’s since Election. Highest Stock Market EVER!\n\n"
        "Savers put 401(k) money into 12 harbour funds in 2019, and $4m more in 2020.\n",
        "savings.txt",
    )
    assert [q.text for _, q in analysis.quantities if "401" in q.text] == []  # an account's name, not a figure
    assert "4" in [q.number for _, q in analysis.quantities]  # "$4m" is still money


def test_from_sample_ao_heard_gunfire_such_an_agreement_and_a_professor_in_the_race():
    from quizapp.generation.extract.hedges import find_hedges
    from quizapp.quality.wording import context_reference

    assert not find_hedges("Gunfire and explosions could be heard across the harbour on Monday.")  # audible
    assert [h.text for h in find_hedges("The ferry deal could be signed next week.")] == ["could be"]
    assert context_reference("Officials said such an agreement would be signed in Brest in May.")
    assert not context_reference("The mayor signed an agreement in Brest in May.")
    race = _analysis(
        "Harbour primary\n\nThe harbour board chair faces a primary on Tuesday in Brest.\n\nThe union has backed "
        "challenger and law professor Ann Lee in the race.\n\n“The chair has failed the ferry towns,” said Ann "
        "Lee, a law professor at Brest University.\n\n“It is a close race for any candidate,” said Bo Chen, a "
        "political scientist at Brest University.\n",
        "primary.txt",
    )
    assert race.sources["Ann Lee"].kind != "expert"  # she runs in the race the story is about
    assert race.sources["Bo Chen"].kind == "expert"  # "candidate" in his own words does not make him one


def test_from_sample_ao_a_verb_or_a_reason_left_in_an_earlier_sentence_points_outside():
    from quizapp.quality.wording import context_reference

    assert context_reference("Now Lee says she would, and she accuses the board of delaying the ferry vote.")
    assert context_reference("Bo Chen said it's because both are so good at the harbour politics Brest demands.")
    assert not context_reference("The mayor said the ferry would run on Monday, as it did in 2019 in Brest.")


def test_from_sample_an_a_captions_place_ends_with_its_sentence():
    from quizapp.articles.model import Caption
    from quizapp.generation.skills.photo import _scene

    caption = Caption("Ann Lee speaks during a visit in Washington. Brest's mayor listens, Feb. 5, 2019.")
    assert _scene(caption) == "a visit in Washington,"  # not "in Washington. Brest's"
    assert _scene(Caption("Ferries wait in Brest, France, on Monday.")) == "a scene in Brest, France,"


def test_from_sample_ao_a_remark_known_only_from_reports_gets_no_source_type():
    from quizapp.generation.skills import source_type

    text = (
        "Harbour inquiry\n\nThe harbour board will hold an inquiry into the ferry crash, officials said on Monday in "
        "Brest.\n\nDeputy Mayor Ann Lee said, according to reports, that the inquiry would start within a week.\n\n"
        "“We will publish every finding,” said Bo Chen, a spokesman for the Brest police, on Monday.\n"
    )
    analysis = _analysis(text, "inquiry.txt")
    asked = {c.prompt for c in source_type.build(analysis)}
    assert not any("Ann Lee" in prompt for prompt in asked)  # her words reach the article second-hand
    assert any("Bo Chen" in prompt for prompt in asked)  # quoted by the article itself


def test_from_sample_ao_perhaps_that_softens_advice_or_praise_is_no_hedge():
    from quizapp.generation.extract.hedges import find_hedges

    assert not find_hedges("If it lacks support, then perhaps you shouldn't be doing it in the first place.")
    assert not find_hedges("Brest is perhaps the busiest ferry port in France.")
    assert not find_hedges("Perhaps more than ever, the ferry matters to the island.")
    assert [h.text for h in find_hedges("The ferry could perhaps resume on Monday.")] == ["perhaps"]
    assert [h.text for h in find_hedges("Perhaps 200 people were on the quay.")] == ["Perhaps"]


def test_from_sample_an_a_share_of_all_but_everyone_is_not_asked_as_a_figure():
    from quizapp.generation.skills import number

    text = (
        "Ferry fares\n\nBrest's ferry operator raised fares by 12 percent on Monday, the harbour board said.\n\n"
        'Ann Lee, a former harbour pilot, told reporters that "99.9 percent" of the island\'s commuters would '
        "pay the higher fare.\n\nThe board said 4,200 people use the ferry each day.\n"
    )
    keys = {key for c in number.build(_analysis(text, "fares.txt")) for key in c.answer}
    assert "99.9 percent" not in keys  # a way of saying "nearly all", not a count
    assert keys & {"12 percent", "4,200"}


def test_from_sample_an_she_is_not_given_to_a_man_of_unknown_gender_beside_a_woman_known_to_fit():
    text = (
        "Governor's race\n\nState Senator Ann Lee opened her campaign office in Brest on Monday.\n\n"
        "Ann Lee said her plan would cut ferry fares, and she promised a vote within a year.\n\n"
        "Governor Rick Perry has opposed the fare cuts since 2019.\n\n"
        "“The ferry towns have waited long enough for this,” she said.\n"
    )
    analysis = _analysis(text, "race.txt")
    speakers = {q.source.label for q in analysis.quotes if q.source is not None}
    assert "Rick Perry" not in speakers  # "she": the article never shows Perry's gender, and shows Ann Lee's


def test_from_sample_ao_words_told_of_someone_elses_call_are_not_asked_as_the_tellers():
    from quizapp.generation.skills import quote_speaker

    text = (
        'Ferry talks\n\nMayor Ann Lee called harbour chief Bo Chen on Friday to congratulate him "on the fact that '
        'he would keep the island ferry running all winter", Chen said on his Twitter account.\n\n'
        "“We will run the ferry every day of the year, whatever the weather,” Chen said on Monday in Brest.\n\n"
        "“The island cannot wait another winter for a ferry that runs,” Ann Lee told reporters on Monday.\n\n"
        "“I have sailed this crossing for twenty years and never seen it this bad,” said Cal Dunn, a ferry pilot.\n\n"
        'Ann Lee should "put the island\'s children first when the ferry budget is written", said Dee Moss, the head '
        "of the island school.\n"
    )
    prompts = [c.prompt for c in quote_speaker.build(_analysis(text, "talks.txt"))]
    assert not any("on the fact that" in prompt for prompt in prompts)  # Lee's words, as Chen tells them
    assert any("whatever the weather" in prompt for prompt in prompts)
    assert any("children first" in prompt for prompt in prompts)  # Moss's advice to Lee: Lee told no one anything
    text += (
        '\nCal Dunn said he disagreed with Chen\'s assessment "that the ferry would run every day of the winter" '
        "on Monday.\n"
    )
    prompts = [c.prompt for c in quote_speaker.build(_analysis(text, "talks.txt"))]
    assert not any("every day of the winter" in prompt for prompt in prompts)  # Chen's words, which Dunn disputes


def test_from_sample_ap_a_pages_pop_up_card_after_a_name_gives_no_person_and_no_sentence_to_quote():
    from quizapp.articles.furniture import has_web_debris
    from quizapp.generation.analysis import looks_like_a_name
    from quizapp.generation.skills import quote_speaker

    card = (
        "Where they received President Chen Bo Wei ChenGOP senators balk at ferry fares Brest hopefuls make play for "
        "island votes MORE’s full endorsement."
    )
    assert has_web_debris(card)
    assert has_web_debris("Ferry trial 'must be open' Lee says Chen should testify MORE (D-Brest), a member.")
    assert not has_web_debris("The ferry carried MORE passengers than ever, Lee said.")
    assert not looks_like_a_name("Maria LeeGOP") and not looks_like_a_name("Bo Chen2020")
    text = (
        "Ferry fares\n\n“We will keep the fares down this winter,” said Mayor Bo Chen on Monday in Brest.\n\n"
        "“The island needs a ferry every day,” said Cal Dunn, a harbour pilot.\n\n" + card + "\n\n"
        "“Nobody here can pay more for the crossing,” said Dee Moss, who runs the island shop.\n"
    )
    analysis = _analysis(text, "fares.txt")
    assert "Chen Bo Wei" not in analysis.entities("PERSON")  # the model's person, read across the card
    offered = {choice for c in quote_speaker.build(analysis) for choice in c.choices}
    assert offered and not any("Wei" in choice or "GOP" in choice for choice in offered)


def test_from_sample_ap_a_voices_own_title_read_apart_is_not_offered_beside_him():
    from quizapp.generation.skills import quote_speaker

    text = (
        'Ferry drone\n\nChief Pentagon Spokesperson Jonathan Hale confirmed to Fox News in a statement: "At about 10 '
        'a.m. the ferry was in open water on its planned crossing to the island."\n\n'
        'Foreign Minister Javad Zarif said the country had "no information about having lost a drone today".\n'
    )
    offered = {choice for c in quote_speaker.build(_analysis(text, "drone.txt")) for choice in c.choices}
    assert "Pentagon Spokesperson" not in offered  # Hale's own title, offered as if someone else


def test_from_sample_ap_a_state_media_account_said_earlier_on_a_day_loses_the_whole_attribution():
    from quizapp.generation.skills import single_source

    text = (
        "Tanker seized\n\nIran’s state television said earlier Thursday that regime forces captured a foreign tanker "
        "with a crew of 12 accused of smuggling oil.\n\n“We are watching the strait closely,” said Navy spokesman Bo "
        "Chen on Friday.\n\n“Our ships sail where the law allows,” Foreign Minister Javad Zarif said in Tehran.\n\n"
        "“Nobody on the quay knew whose tanker it was,” said Ann Lee, a harbour pilot.\n"
    )
    prompts = [c.prompt for c in single_source.build(_analysis(text, "tanker.txt"))]
    assert prompts and not any("that regime" in p.split("account that")[-1][:40] for p in prompts)
    assert any("“Regime forces captured a foreign tanker" in p for p in prompts)


def test_from_sample_ap_could_be_before_what_is_done_to_something_is_no_hedge():
    from quizapp.generation.extract.hedges import find_hedges

    assert not find_hedges("Lee said the harbour chief could be held in contempt if he refuses to testify.")
    assert not find_hedges("Chen said the ferry's debt could be dealt with by raising fares.")
    assert [h.text for h in find_hedges("Chen said the ferry could be the island's last link to Brest.")] == [
        "could be"
    ]


def test_from_sample_ap_a_partial_quotation_frame_ends_where_the_saying_ends():
    from quizapp.generation.skills import reported_speech

    text = (
        'Ferry fares\n\nMayor Ann Lee said Sunday the ferry is "doing very well" and dismissed concerns about its '
        "debt, offering an upbeat outlook after last week's steep drop in bookings.\n\n"
        'Harbour chief Bo Chen said on Monday that the winter timetable was "the best we have ever had" for the '
        "island's commuters.\n"
    )
    prompts = [c.prompt for c in reported_speech.build(_analysis(text, "fares.txt"))]
    assert not any("doing very well" in prompt for prompt in prompts)


def test_from_sample_ap_in_response_and_a_rebuttal_in_a_credited_claim():
    from quizapp.generation.skills import true_false
    from quizapp.quality.wording import context_reference

    assert context_reference("In response, Lee noted that the data showed the ferry would pay its way by 2030.")
    assert context_reference("For his part, Chen said the timetable would stay.")
    assert not context_reference("Lee said in Brest that the data showed the ferry would pay its way by 2030.")
    text = (
        "Ferry fares\n\nBo Chen said that island families are not hurt by the fare rise, though fares are paid by "
        "every commuter and are passed on through higher prices.\n\nMayor Ann Lee said the island would get a second "
        "ferry next year.\n\nThe Brest ferry carried 4,000 people on Monday, the harbour board said.\n"
    )
    statements = [c.prompt for c in true_false.build(_analysis(text, "fares.txt"))]
    assert statements and not any("though fares" in s for s in statements)  # the writer's answer, not Chen's claim


def test_from_sample_ap_a_promotion_a_question_put_to_the_speaker_and_a_slated_meeting():
    from quizapp.articles.furniture import has_web_debris
    from quizapp.generation.skills import quote_speaker
    from quizapp.quality.wording import future_words

    assert has_web_debris("Tune in to the Brest News.com Live page on Monday morning for all-day live coverage.")
    assert not has_web_debris("Watch crews in Brest worked through the night on the ferry.")
    assert future_words("Lee is also slated to meet the harbour board on Wednesday.")
    text = (
        "Ferry row\n\nBeing “happy” was not how Mr. Chen answered a reporter’s question about “what, in your mind, is "
        "fair to the island?”\n\n“We will keep every crossing running this winter,” said Mayor Bo Chen on Monday.\n\n"
        "“The island needs a ferry every day,” said Cal Dunn, a harbour pilot.\n\n"
        "“Nobody here can pay more for the crossing,” said Dee Moss, who runs the island shop.\n"
    )
    prompts = [c.prompt for c in quote_speaker.build(_analysis(text, "row.txt"))]
    assert prompts and not any("in your mind" in p for p in prompts)  # the reporter's question, not Chen's words


def test_from_sample_ap_a_form_number_is_a_label_not_a_count():
    from quizapp.generation.skills.common import named_number

    def label(text: str) -> bool:
        match = re.search(r"\d[\d,]*", text)
        return named_number(text, match.start(), match.end())

    assert label("On its prior 4473 forms, the harbour board collected names.")
    assert label("The ferry law falls under Section 230 of the code.")
    assert not label("The harbour board sold 4473 tickets on Monday.")
    assert not label("The board said 2,000 forms were filed by islanders.")


def test_from_sample_ap_no_main_news_item_where_the_lead_and_headline_give_different_figures():
    from quizapp.generation.skills import main_event

    assert main_event._figures("Ferries halted at 3 ports") == {"3"}
    assert main_event._figures("Ferries were halted at at least four ports on Monday") == {"4"}
    assert main_event._figures("One of 1,200 ferries") == {"1200"}
    body = (
        "\n\nIsland shops ran short of bread and milk in the west of the region.\n\n"
        "The wind reached 120 kilometres an hour on the coast near Roscoff.\n\n"
        "Fishermen pulled their boats far up the beaches at Roscoff and Brest.\n\n"
        "Farmers near Quimper lost dozens of greenhouses to the wind before dawn.\n\n"
        "A bakery in Morlaix gave free bread to stranded lorry drivers in the evening.\n\n"
        "Power lines came down across three villages in the hills above Lannion.\n"
    )
    headline = "Storm halts ferries at 3 Brittany ports\n\n"
    same = _analysis(headline + "A storm halted ferries at 3 ports in Brittany on Monday." + body, "same.txt")
    other = _analysis(headline + "A storm halted ferries at four ports in Brittany on Monday." + body, "other.txt")
    assert main_event.build(same)  # the lead tells the headline's news
    assert not main_event.build(other)  # "3 ports" above "four ports": the lead does not say the same


def test_from_sample_aq_people_of_the_story_are_never_offered_as_its_reporters():
    from quizapp.generation.skills import contributors

    body = (
        "BREST, France (AP) — The harbour board voted on Monday to keep the island ferry running all winter.\n\n"
        "“We will keep every crossing running,” said Mayor Bo Chen.\n\n"
        "“The island needs a ferry every day,” said Cal Dunn, a harbour pilot.\n\n"
        "“Nobody here can pay more for the crossing,” said Dee Moss, who runs the island shop.\n\n"
    )
    placeless = _analysis(
        "Ferry stays\n\n" + body + "___\n\nAssociated Press writer Ann Lee contributed to this report.\n", "a.txt"
    )
    assert placeless.article.contributors and not contributors.build(placeless)  # only Chen, Dunn, Moss to offer
    placed = _analysis(
        "Ferry stays\n\n" + body + "___\n\nAssociated Press writer Ann Lee in Paris contributed to this report.\n",
        "b.txt",
    )
    assert placed.article.contributors
    for item in contributors.build(placed):
        assert all(choice.startswith("Ann Lee, in ") for choice in item.choices)


def test_from_sample_aq_a_he_that_repeats_an_earlier_he_and_sources_that_never_speak_by_name():
    from quizapp.generation.skills import source_type
    from quizapp.generation.sources import classify

    assert classify("Ann Lee", "a harbour board spokesman during the Obama administration", True) is None
    assert classify("Ann Lee", "an Obama-era harbour board spokesman", True) is None
    text = (
        "Ferry inquiry\n\nCal Dunn, a harbour pilot, was called before the inquiry on Monday in Brest.\n\n"
        "While he thought the inquiry had something on Mayor Bo Chen, he argued that the summons was unfair.\n\n"
        "“We will publish every finding,” said Dee Moss, a spokeswoman for the Brest police, on Monday.\n\n"
        "Prime Minister Ann Lee was told of the crash on Sunday. He vowed that those responsible would be "
        "held to account.\n"
    )
    analysis = _analysis(text, "inquiry.txt")
    claims = {c.source.label for c in analysis.claims if "summons" in c.content}
    assert "Bo Chen" not in claims  # the second "he" goes on from the first, not to the mayor named between
    asked = [c.prompt for c in source_type.build(analysis)]
    assert not any("Bo Chen" in p or "Ann Lee" in p for p in asked)  # neither speaks in a sentence naming them


def test_from_sample_aq_a_clause_after_but_is_not_what_the_verb_before_it_said():
    from quizapp.generation.skills.common import mention
    from quizapp.generation.skills.quote_speaker import clear_claims

    assert mention("White House officials") == "White House officials"  # not "white House officials"
    assert mention("One of the trainers") == "one of the trainers"
    text = (
        "Ferry vote\n\nMayor Bo Chen declared victory on Wednesday with a narrow lead but campaign officials for "
        "Ann Lee have started a legal challenge to ensure all votes are counted.\n\n"
        "Ann Lee said the count would take until Friday because of the island ballots.\n"
    )
    contents = {c.content for c in clear_claims(_analysis(text, "vote.txt")) if c.source.label == "Bo Chen"}
    assert not any("legal challenge" in content for content in contents)


def test_from_sample_aq_a_blank_never_cuts_plus_or_minus_in_two():
    from quizapp.generation.skills import number

    text = (
        "Ferry poll\n\nAbout 62 percent of islanders back the ferry, a poll of 800 people for the harbour board "
        "found on Monday.\n\nThe poll’s margin of error was plus-or-minus 4 percentage points.\n"
    )
    prompts = [c.prompt for c in number.build(_analysis(text, "poll.txt"))]
    assert prompts and not any("plus-or-_" in p for p in prompts)


def test_from_sample_aq_a_hedge_in_what_others_found_or_feared_is_not_the_speakers():
    from quizapp.generation.skills import hedge
    from quizapp.generation.skills.hedge import _OTHERS_CLAIM_NOUNS

    assert _OTHERS_CLAIM_NOUNS.search("you'd hear howls from islanders that the inquiry ")
    text = (
        "Ferry ruling\n\nJudge Ann Lee said the district court had found that the board's fare rule was likely "
        "arbitrary and capricious.\n\n"
        '"The fares will probably rise again next year," said Cal Dunn, a ferry pilot.\n'
    )
    asked = " ".join(c.prompt for c in hedge.build(_analysis(text, "ruling.txt")))
    assert "Ann Lee" not in asked  # the court's "likely", which she reports
    assert "Cal Dunn" in asked  # his own "probably"


# Three more voices for an invented ferry story, so that a who-said item has wrong choices to offer.
_OTHER_VOICES = (
    "“We will keep every crossing running,” said Mayor Cal Dunn on Monday.\n\n"
    "“The island needs a ferry every day,” said Dee Moss, a harbour pilot.\n\n"
    "“Nobody here can pay more for the crossing,” said Eve Kim, who runs the island shop.\n"
)


def _who_said_prompts(text: str) -> list[str]:
    from quizapp.generation.skills import quote_speaker

    return [c.prompt for c in quote_speaker.build(_analysis(text + "\n" + _OTHER_VOICES, "story.txt"))]


def test_from_sample_ar_sources_named_through_a_newspaper_a_foundation_and_a_delegate():
    from quizapp.generation.sources import classify, head_word

    assert head_word("A spokesman for the Post") == "spokesman"  # a person, not a post on a web page
    assert classify("A spokesman for the Post", None, is_person=False) != "document"
    assert classify("Dana Roy", "an elections expert at the Alder Foundation", True) is None  # may argue a side
    assert classify("Dana Roy", "a political scientist at Alder University", True) == "expert"
    prompts = _who_said_prompts(
        'Harbour row\n\nThe harbour clerk, Ann Lee, replied by saying "All islanders are thieves," according to '
        "Councillor Bo Chen.\n"
    )
    assert prompts and not any("thieves" in p for p in prompts)  # Lee's words as Chen tells them


def test_from_sample_ar_a_phrase_quoted_again_by_another_voice_is_not_asked():
    prompts = _who_said_prompts(
        "Harbour ruling\n\nJudge Ann Lee wrote that there should be “a presumption of fairness for long-standing "
        "ferry fares” on island routes.\n\n“Today the court abandons that care in favour of a “presumption of "
        "fairness for longstanding ferry fares, tolls and charges,” Judge Bo Chen wrote in dissent.\n"
    )
    assert prompts and not any("presumption of fairness" in p for p in prompts)


def test_from_sample_ar_a_label_in_a_fact_and_a_role_left_behind_by_a_moved_claim():
    from quizapp.generation.skills import fact_opinion, true_false
    from quizapp.generation.skills.true_false import _ROLE_BACK

    assert _ROLE_BACK.search("he opposed the senator's approach to the fares")
    moved = _analysis(
        "Ferry bill\n\nSenator Ann Lee said the senator's approach would cut island fares by half within a year.\n\n"
        "Mayor Bo Chen said the harbour board would vote on the plan in May.\n\n"
        "Cal Dunn, a ferry pilot, said the crossings had been late all winter.\n",
        "bill.txt",
    )
    assert not [c for c in true_false.build(moved) if "senator's approach" in c.prompt]  # moved, it names no one
    assert fact_opinion._LOADED_NOUNS.search("ads that ran as propaganda in 2012")
    for sentence in (
        "Alder Daily has published propaganda in island papers for decades, but did not disclose its purchases of "
        "space in French newspapers to the harbour board until 2012.",
        "A display in the Brest town hall sparked a confrontation between island and mainland councillors on "
        "Friday, according to Brest News.",
    ):  # a label the writer puts on something; an account passed on from another outlet
        text = f"Ferry ads\n\n{sentence}\n\n“We will keep every crossing running,” said Mayor Cal Dunn on Monday.\n"
        analysis = _analysis(text, "ads.txt")
        assert not [c for c in fact_opinion.build(analysis) if c.answer == (fact_opinion.FACT,)]


def test_from_sample_ar_an_unnamed_group_led_by_a_name_keeps_its_capital():
    from quizapp.generation.skills.reported_speech import _speaker
    from quizapp.generation.sources import Source

    group = Source(key="lee campaign officials", label="Lee campaign officials", kind="unknown")
    story = "Lee campaign officials said the campaign paid $10 million for air time. Voters backed Lee in May."
    assert _speaker(group, story, story)[0] == "Lee campaign officials"  # "Lee" is a name: written so mid-sentence
    others = Source(key="other harbour workers", label="Other harbour workers", kind="unknown")
    text = "Other harbour workers said the quay was unsafe."
    assert _speaker(others, text, text)[0] == "other harbour workers"


def test_from_sample_ar_a_year_someone_voted_in_is_not_asked():
    from quizapp.generation.skills.common import PERIODIC

    assert PERIODIC.search("Montemayor voted for Lee in 2016 but worries about the ferry fares.")
    assert not PERIODIC.search("Montemayor moved to Brest in 2016 to run the ferry.")


def test_from_sample_as_other_contributors_are_never_wrong_choices():
    from quizapp.generation.skills import contributors

    text = (
        "Ferry stays\n\nBREST, France (AP) — The harbour board voted on Monday to keep the island ferry running.\n\n"
        "“We will keep every crossing running,” said Mayor Bo Chen.\n\n___\n\nAssociated Press writers Ann Lee, "
        "Cal Dunn, Dee Moss and Eve Kim contributed to this report.\n"
    )
    analysis = _analysis(text, "stays.txt")
    assert len(analysis.article.contributors) >= 2
    assert not contributors.build(analysis)  # each of them contributed: no one choice is the only right one


def test_from_sample_as_cut_roles_short_names_concessions_and_pointers():
    from quizapp.generation.extract.hedges import find_hedges
    from quizapp.generation.skills import fact_opinion, hedge
    from quizapp.generation.skills.source_credentials import cut_off
    from quizapp.quality.wording import context_reference

    text = "said Ann Lee, an analyst with the centre-left think tank Harbour Way."
    assert cut_off("an analyst with the centre-left think", text, capitalised=False)
    assert not cut_off("an analyst with the centre-left think tank Harbour Way", text, capitalised=False)
    assert context_reference("Chen said he did not know how that could happen on the ferry.")
    assert context_reference("Lee said another such person had called the harbour board.")
    assert fact_opinion._LOADED_NOUNS.search("the island's female trailblazers met in 2019")
    concessive = "“No matter how much sympathy I may have for the islanders, the fares stay,” said Bo Chen."
    assert find_hedges(concessive)  # the words are there; the item leaves a concession alone
    analysis = _analysis(f"Ferry fares\n\n{concessive}\n\n“The ferry may be late,” said Cal Dunn.\n", "fares.txt")
    asked = " ".join(c.prompt for c in hedge.build(analysis))
    assert "sympathy" not in asked


def test_from_sample_as_a_surname_shared_by_two_people_named_in_full_is_not_a_speaker():
    prompts = _who_said_prompts(
        "Ferry visit\n\nLee Jae Won, the island's governor, met Lee Soo Min, his sister, at the harbour on Monday.\n\n"
        "“The ferry will bring our families together again,” Lee said in the harbour guest book.\n"
    )
    assert prompts and not any("families together" in p for p in prompts)  # which Lee wrote it?


def test_from_sample_at_a_caption_of_the_place_an_event_is_tied_to_shows_no_event():
    from quizapp.articles.model import Caption
    from quizapp.generation.skills.photo import _scene

    resort = Caption("This June 2, 2017 photo shows the Harbour Doral resort in Brest, which will host the summit.")
    assert _scene(resort) is None  # the resort, not a summit
    assert (
        _scene(Caption("Islanders march during a protest in Brest, France, on Monday."))
        == "a protest in Brest, France,"
    )


def test_from_sample_at_a_last_governor_and_a_caveat_inside_a_claim():
    from quizapp.generation.skills.quote_speaker import clear_claims
    from quizapp.generation.sources import classify

    assert classify("Dana Roy", "Brittany's last Socialist governor", True) is None  # held the post before
    assert classify("Dana Roy", "Governor of Brittany", True) == "named-official"
    text = (
        "Ferry inquiry\n\nBo Chen said the testimony showed there was no wrongdoing by the harbour board, though Lee "
        "made clear she was leaving that judgment to the inquiry.\n\nAnn Lee said the board would meet again in May.\n"
    )
    contents = [c.content for c in clear_claims(_analysis(text, "inquiry.txt")) if c.source.label == "Bo Chen"]
    assert not any("though" in content for content in contents)


def test_the_rules_of_this_round_leave_ordinary_sentences_alone():
    from quizapp.articles.furniture import has_web_debris
    from quizapp.generation.extract.hedges import find_hedges
    from quizapp.generation.skills.common import mention_in
    from quizapp.generation.sources import classify, head_word
    from quizapp.quality.wording import context_reference

    for text in (
        '"Listen, people have to live their lives," Lee said.',
        "Watch out for scams, police warned residents who use the app.",
        '"We must do MORE, not less," she said.',
        "YouTube said it removed the videos, and the House passed the MORE Act.",
    ):
        assert not has_web_debris(text), text
    for text in (
        "Fares could be even higher if the strike goes on.",
        "The vote could be delayed if talks fail.",
        "The dispute could be resolved by Friday.",
        "Perhaps the West will respond.",
    ):
        assert find_hedges(text), text
    assert mention_in("Two US officials", "Two US officials said the talks may resume.") == "two US officials"
    assert classify("Dana Roy", "director of the Centers for Disease Control and Prevention", True) == "named-official"
    assert classify("Dana Roy", "a spokesman for the Department of Homeland Security in the Brest administration", True)
    assert head_word("the Centers for Disease Control and Prevention") != "centers"
    assert not str(context_reference("In response to the storm, the harbour closed on Monday.")).startswith("In ")


def test_from_sample_au_a_name_before_its_noun_and_the_publishers_own_analysis():
    from types import SimpleNamespace

    from quizapp.generation.skills.common import attribution
    from quizapp.generation.skills.true_false import _own_publisher

    assert attribution("According to a Brestpoll average of polls, Lee leads with 14.4 percent.") == (
        "According to",
        "a Brestpoll average",
    )  # not "a Brestpoll", which the lesson would call the source
    assert attribution("according to the Brest Coroners Service, five died.") == (
        "according to",
        "the Brest Coroners Service",
    )
    story = SimpleNamespace(article=SimpleNamespace(publisher="Reuters", full_text=""))
    assert _own_publisher(story, "a Reuters analysis")  # the article's own work: no "does not confirm it" lesson
    assert not _own_publisher(story, "a Brestpoll average")


def test_from_sample_au_so_called_supposed_nonpartisan_and_a_hedge_inside_marks():
    from quizapp.generation.skills import fact_opinion, hedge
    from quizapp.generation.skills.common import TIME_FIRST
    from quizapp.generation.sources import classify

    assert classify("Dana Roy", "vice president of the non-partisan Alder Family Foundation", True) is None
    assert TIME_FIRST.match("Friday state law prevents her from handing over the records")
    from quizapp.generation.skills.quote_speaker import _SO_CALLED

    assert _SO_CALLED.search('Lee said the so-called "')  # a label at a distance, not her words
    assert not _SO_CALLED.search('Lee called it "')
    text = (
        "Ferry savings\n\nThe harbour board stopped 40 crossings on Thursday after the supposed Breton attack on two "
        "tankers, while another ferry was held by rebels in 2019.\n\n"
        '"The board reportedly took money from the ferry fund," Bo Chen said in an interview on Monday.\n'
    )
    analysis = _analysis(text, "savings.txt")
    assert not [c for c in fact_opinion.build(analysis) if c.answer == (fact_opinion.FACT,) and "supposed" in c.prompt]
    assert not [c for c in hedge.build(analysis) if "passes the claim on" in c.explanation]  # Chen's own hedge
    letter = _analysis(
        'Ferry fares\n\n"We feel strongly that any easing of fares along the lines that the board is reportedly '
        'considering should require a full vote," the island councillors wrote in a letter to Mayor Ann Lee.\n',
        "letter.txt",
    )
    assert not [
        c for c in hedge.build(letter) if "reportedly" in c.explanation
    ]  # the councillors' word, not the article's


def test_from_sample_au_no_main_news_for_an_analysis_verdict_or_a_features_coloured_scene():
    from quizapp.generation.skills import main_event

    body = (
        "\n\nIsland shops ran short of bread and milk in the west of the region.\n\n"
        "The wind reached 120 kilometres an hour on the coast near Roscoff.\n\n"
        "Fishermen pulled their boats far up the beaches at Roscoff and Brest.\n\n"
        "Farmers near Quimper lost dozens of greenhouses to the wind before dawn.\n\n"
        "A bakery in Morlaix gave free bread to stranded lorry drivers in the evening.\n\n"
        "Power lines came down across three villages in the hills above Lannion.\n"
    )
    plain = _analysis(
        "Storm halts ferries at Brittany ports\n\nA storm halted ferries at ports in Brittany on Monday." + body,
        "a.txt",
    )
    verdict = _analysis(
        "Storm halts ferries at Brittany ports: Easy To Blame, Hard To Fix\n\nA storm halted ferries at ports in "
        "Brittany on Monday." + body,
        "b.txt",
    )
    scene = _analysis(
        "Storm halts ferries at Brittany ports\n\nA storm halted the ferries -- the proud, tough old boats of the "
        "islands -- at ports in Brittany on Monday." + body,
        "c.txt",
    )
    assert main_event.build(plain)
    assert not main_event.build(verdict)  # the headline's verdict makes it an analysis, not news told first
    assert not main_event.build(scene)  # a feature's lede, in the writer's colours


def test_from_sample_at_statements_that_lean_on_what_was_said_before():
    from quizapp.quality.wording import context_reference

    assert context_reference("Currently, that petition has more than 4,000 signatures.")  # which petition?
    assert context_reference("Ann Lee told that to harbour leaders during a session on Thursday.")  # told what?
    assert context_reference("The source added that the ferry talks would resume in May.")  # which source?
    assert not context_reference("Ann Lee said that the ferry would run again in May.")


def test_from_sample_at_a_quotation_with_the_newsrooms_words_inside_is_not_all_the_speakers():
    from quizapp.generation.skills import reported_speech

    text = (
        "Ferry row\n\n“I cannot believe he (Chen) will cut the night ferry again,” said Ann Lee, the mayor.\n\n"
        "“We will keep every crossing running this winter,” said Bo Chen, the harbour chief.\n"
    )
    prompts = [c.prompt for c in reported_speech.build(_analysis(text, "row.txt"))]
    assert not any("(Chen)" in p for p in prompts)


def test_from_sample_av_set_phrases_and_hedges_outside_the_marks():
    from quizapp.generation.skills import hedge

    text = (
        "Ferry plan\n\nAnn Lee said that in the unlikely event of a strike, the island would get a second ferry.\n\n"
        'Bo Chen said the board would probably freeze fares in May and called the plan "long overdue."\n\n'
        '"The fares will probably rise again next year," said Cal Dunn, a ferry pilot.\n'
    )
    asked = " ".join(c.prompt for c in hedge.build(_analysis(text, "plan.txt")))
    assert "unlikely event" not in asked  # a set phrase for a condition
    assert "Bo Chen" not in asked  # the reporter's "probably", outside the quotation marks
    assert "Cal Dunn" in asked


def test_warned_vowed_and_joked_are_loaded_verbs_with_meanings_of_their_own():
    verbs = _loaded_verbs(
        "Storm nears the coast\n\nThe storm reached the islands on Monday. Mayor Ann Lee warned that the river "
        'could flood the old town. "We will rebuild every house," Governor Tom Reyes vowed on Tuesday. "At least '
        'the fish are happy," Sam Ode, a fisherman, joked.\n',
        "storm.txt",
    )
    assert set(verbs) == {"warned", "vowed", "joked"}
    assert verbs["warned"].answer[0] == "It presents the statement as a caution about a danger"
    assert verbs["vowed"].answer[0] == "It presents the statement as a firm promise"
    assert verbs["joked"].answer[0] == "It presents the words as said in jest, not meant seriously"
    # a firm promise is not set beside holding to a claim, nor a warning beside a complaint
    assert not any("against doubt" in choice for choice in verbs["vowed"].choices)
    assert not any("aggrieved" in choice for choice in verbs["warned"].choices)
    assert all(len(set(item.choices)) == 4 for item in verbs.values())


def test_from_sample_av_grief_at_a_death_is_a_condolence_not_a_judgment():
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert not _judgment_words("So sad to hear of the passing of my friend Tom Reyes this morning")
    assert not _judgment_words("We are saddened and sad at the loss of three firefighters")
    assert _judgment_words("It is sad that the council cut the library budget again") == ["sad"]


def test_from_sample_av_a_business_head_who_speaks_as_a_character_witness_speaks_for_no_business():
    text = (
        "Mayor cleared\n\nA jury cleared Mayor Ann Lee of fraud on Monday. Tom Reyes, chief executive of Reyes "
        'Bakeries, testified for the mayor as a character witness. "She is honest to a fault," Reyes said. '
        'Sam Ode, chief executive of Ode Foods, said the ruling would help trade. "Shops can plan again," '
        "Ode said.\n"
    )
    analysis = _analysis(text, "mayor.txt")
    assert analysis.sources["Tom Reyes"].kind == "unknown"
    assert analysis.sources["Sam Ode"].kind == "advocate"


def test_from_sample_av_a_topic_that_might_come_up_is_no_hedge():
    from quizapp.generation.skills import BUILDERS

    text = (
        'Leaders meet on trade\n\nThe two leaders met in Geneva on Monday. "We might discuss the fishing rights '
        'too," Prime Minister Ann Lee said. "Tariffs may come up at dinner," her aide Tom Reyes said. '
        '"The talks might fail," said Sam Ode, a trade official.\n'
    )
    prompts = [c.prompt for c in BUILDERS["hedge"](_analysis(text, "leaders.txt"))]
    assert not [p for p in prompts if "fishing rights" in p or "Tariffs" in p]
    assert [p for p in prompts if "might fail" in p]


def test_from_sample_aw_a_heading_between_a_name_and_he_said_names_no_speaker():
    from quizapp.articles.furniture import is_subheading

    assert is_subheading('Mayor Lee Talks About a "Better Harbour"')
    assert not is_subheading('He called the plan "a disgrace"')
    text = (
        'Ferry vote nears\n\nThe council meets on Monday to vote on the ferry. "It will be close," said Tom Reyes, '
        'a councillor.\n\nMayor Lee Talks About a "Better Harbour"\n\n"We have the votes to keep every crossing '
        'running," he said.\n'
    )
    sources = _quote_sources(text, "ferry.txt")
    assert sources["It will be close,"] == "Tom Reyes"
    assert sources["We have the votes to keep every crossing running,"] is None


def test_from_sample_aw_a_name_inside_a_quotation_opened_sentences_before_is_no_antecedent():
    from quizapp.generation.analysis import closes_an_earlier_quotation

    closing = 'The gang is on the path to defeat, and Vito Brasi is dead," he said to cheers.'
    assert closes_an_earlier_quotation(closing, closing.index("Vito"))
    assert not closes_an_earlier_quotation(closing, closing.index("he said"))
    opening = 'Vito Brasi said: "We will win the vote.'
    assert not closes_an_earlier_quotation(opening, 0)


def test_from_sample_aw_a_surname_two_people_share_is_not_read_as_either():
    text = (
        "Couple on tour\n\nMichelle Obama, the former first lady, spoke in Ohio on Monday. Barack Obama spoke in "
        "Iowa. Obama said Americans had a choice on the economy.\n"
    )
    analysis = _analysis(text, "tour.txt")
    assert not [c for c in analysis.claims if c.source.label == "Michelle Obama" and "choice" in (c.content or "")]


def test_from_sample_aw_a_hyphenated_speaker_is_written_whole_and_a_role_before_a_name_is_a_role():
    analysis = _analysis(
        'Group claims attack\n\nThe video shows AQAP commander Nasr Ibn Ali al-Ansi. "The heroes fulfilled '
        'their promise," al-Ansi said.\n\n"We didn\'t know about this," said Bloomberg spokesperson Julie Wood.\n',
        "claims.txt",
    )
    written = {q.text.strip(' ,"'): q.speaker_as_written for q in analysis.quotes}
    assert written["The heroes fulfilled their promise"] == "al-Ansi"
    assert analysis.sources["Julie Wood"].description == "Bloomberg spokesperson"
    assert "Bloomberg spokesperson Julie Wood" not in analysis.sources


def test_from_sample_aw_who_said_rivals_and_words_that_are_not_the_speakers():
    from quizapp.generation.skills import quote_speaker
    from quizapp.generation.skills.quote_speaker import _ends_on_the_name

    assert _ends_on_the_name("Brian Balogh of the University of Virginia", "Brian Balogh")
    assert _ends_on_the_name("Neomi Reid, 75, a retiree", "Neomi Reid")
    assert _ends_on_the_name("Mayor Joseph P. Riley Jr.", "Joseph P. Riley Jr.")
    assert not _ends_on_the_name("Rogers of the terror forces", "Mike Rogers")
    prompts = _who_said_prompts(
        'Harbour row\n\nWhen Tom Reyes told the crowd that the plan is "pro-family," someone shouted out from the '
        'audience "The plan is a fraud."\n\nTom Reyes, a councillor, said the vote was close. "We will win this '
        'one," Reyes said.\n\nThe court papers "said that the harbour board had hidden its losses for years," '
        "according to Ann Lee, a lawyer.\n"
    )
    assert not [p for p in prompts if "fraud" in p or "hidden its losses" in p]
    assert [p for p in prompts if "We will win this one" in p]
    story = (
        'Embassy alert\n\n"We\'re not there yet. There are good indicators," a senior administration official '
        'said on Monday.\n\n"The threat is real," U.S. authorities said in a statement.\n\n"The street was empty '
        'all day," local shopkeepers said.\n\n"We heard two loud bangs," neighbouring residents said.\n'
    )
    pair = {"A senior administration official", "U.S. authorities"}  # the official may be one of the authorities
    items = quote_speaker.build(_analysis(story, "alert.txt"))
    assert items and not [c for c in items if set(c.answer) & pair and pair <= set(c.choices)]


def test_from_sample_aw_evidence_of_who_someone_is_and_no_question_the_article_cannot_answer():
    from quizapp.generation.skills import BUILDERS

    text = (
        "Group claims attack\n\nThe claim came in a video showing AQAP commander Nasr Ibn Ali al-Ansi, with "
        'pictures of the attackers. "The heroes fulfilled their promise," al-Ansi said.\n\nJUST WATCHED Who is '
        "terror group commander al-Ansi? Replay More Videos\n\nA senior official, who spoke on condition of "
        'anonymity because he was not authorised to speak, said: "We are studying the video."\n'
    )
    analysis = _analysis(text, "claim.txt")
    assert not [c for c in BUILDERS["evidence"](analysis) if "al-Ansi" in c.prompt]
    assert not [c for c in BUILDERS["anonymous-source"](analysis) if "careful news organizations" in c.prompt]


def test_from_sample_aw_partial_quotes_in_single_marks_ellipses_and_bad_weather():
    from quizapp.generation.skills import fact_opinion, reported_speech
    from quizapp.generation.skills.fact_opinion import _judgment_words
    from quizapp.generation.skills.reported_speech import _QUOTE_MARKS

    assert _QUOTE_MARKS.search("said the states joining together sends a 'strong message to Google'.")
    assert not _QUOTE_MARKS.search("said at Monday's press conference that the firm's plan would work.")
    text = (
        "States sue\n\nAttorney General Doug Peterson said at Monday's press conference that the states joining "
        "together sends a 'strong message to Google'.\n"
    )
    assert all("strong message" not in c.prompt for c in reported_speech.build(_analysis(text, "states.txt")))
    assert "bad" not in _judgment_words("The search goes on in the bad weather like this")
    quoted = (
        'Search goes on\n\nRescuers searched the sea on Monday. "It is terrible, of course … the search in bad '
        'weather," said Jusuf Kalla, the vice president.\n'
    )
    assert not [c for c in fact_opinion.build(_analysis(quoted, "search.txt")) if "terrible" in c.prompt]
    whole = quoted.replace(" … the search in bad weather", "")
    assert [c for c in fact_opinion.build(_analysis(whole, "search.txt")) if "terrible" in c.prompt]


def test_from_sample_aw_statements_that_lean_on_the_sentence_before():
    from quizapp.quality.wording import context_reference

    assert context_reference("More than 77,000 people have recovered from it so far, mostly in China.")
    assert context_reference("More than two dozen from five different publications were detained.")
    assert context_reference("Some 300 people recovered from the virus in 2020.") is None
    assert context_reference("More than 40 people in Texas were hurt on Monday.") is None


def test_from_sample_aw_a_group_named_for_congress_is_no_public_body():
    from quizapp.generation.sources import classify

    assert classify("Zeynab Day", "spokeswoman for Brand New Congress", is_person=True) is None
    assert classify("Ann Lee", "spokesman for the U.S. Congress", is_person=True) == "named-official"


def test_from_sample_aw_a_shared_surname_a_run_on_speaker_and_a_document_passed_on():
    from quizapp.generation.skills import quote_speaker

    text = (
        'Vote nears\n\nMichelle Obama visited Ohio on Monday. Barack Obama spoke in Iowa.\n\n"We will win Ohio," '
        'Obama said.\n\nRights chief Mike Rogers spoke in Leeds. "Anyplace where there is a ferry, they are '
        'targets," said Rogers of the harbour forces.\n\nTaking a swipe at his rival, Biden said, "I just don\'t '
        'think he understood what the harbour meant to all of us."\n\nHis lawyer, Ann Lee, who specializes in '
        "treason cases, told the Daily Star the charges presented "
        "to the court “said that a foreign service had recruited him in 2012 and that in 2017 he had been told to "
        "pass on news of arms sold to Africa. I believe they mean Egypt. The investigators do not admit that they "
        "accuse him of his work.”\n\n" + _OTHER_VOICES
    )
    items = quote_speaker.build(_analysis(text, "vote.txt"))
    assert not [c for c in items if "Obama" in c.choices]  # Michelle or Barack?
    assert not [c for c in items if "foreign service" in c.prompt]  # the charges' words, not Lee's
    # Biden's words stay his; since the sample DT a bare "Biden" among full names is not asked about (its form
    # would give it away), so the credit is checked on the analysis.
    analysis = _analysis(text, "vote.txt")
    assert any(q.source is not None and q.source.label == "Biden" and "swipe" not in q.text for q in analysis.quotes)
    assert not [c for c in items if c.answer == ("Biden",)]
    rogers = [c for c in items if c.answer == ("Mike Rogers",)]
    assert rogers and not [c for c in rogers if "harbour forces" in c.explanation]


def test_a_hyphenated_first_name_is_not_another_person_of_the_surname():
    from quizapp.generation.skills.quote_speaker import _another_of_the_name

    analysis = _analysis(
        'Ferry saved\n\nProfessor Jean-Paul Ode, head of the harbour board, spoke on Monday. "Every crossing will '
        'run again next spring," he told the press.\n\n' + _OTHER_VOICES,
        "ferry.txt",
    )
    assert not _another_of_the_name("Jean-Paul Ode", analysis)
    assert _another_of_the_name("Dee Moss", _analysis("Two Mosses\n\nAnn Moss met Dee Moss on Monday.\n", "m.txt"))


def test_from_sample_ax_a_recently_released_survey_is_the_whole_source():
    from quizapp.generation.skills.common import attribution

    assert attribution("Wealth rose in 2013, according to a recently released Federal Reserve survey.") == (
        "according to",
        "a recently released Federal Reserve survey",
    )
    assert attribution("Prices rose, according to officials, who cited the figures.") == ("according to", "officials")


def test_from_sample_ax_a_telling_off_and_a_flashpoint_are_no_plain_facts():
    from quizapp.generation.skills.fact_opinion import _INTERPRETIVE_LEMMAS, _RATING_IDIOM

    assert "scold" in _INTERPRETIVE_LEMMAS and "rebuke" in _INTERPRETIVE_LEMMAS
    assert _RATING_IDIOM.search("Romney faulted Obama for dragging his feet on Libya")
    assert _RATING_IDIOM.search("The fee has become a flashpoint in the race")
    assert _RATING_IDIOM.search("The town became a poster child for reform")
    assert not _RATING_IDIOM.search("The fee rose to 40 dollars in 2019")


def test_from_sample_ax_hedges_in_a_fear_a_hope_or_a_line_lifted_from_a_memo():
    from quizapp.generation.skills import BUILDERS

    text = (
        "Clinic closes\n\nThe clinic closed on Monday. His family sought help after they became concerned that he "
        'seemed likely to hurt himself. "How would you feel as a parent, hoping that somehow the clinic might '
        "provide some rescue, to hear that you can't come,\" Director Ann Lee asked.\n\nThe work we will likely "
        "have to do in China some day.\n\nThe new wing will likely open in 2021, the council said.\n"
    )
    prompts = [c.prompt for c in BUILDERS["hedge"](_analysis(text, "clinic.txt"))]
    assert not [p for p in prompts if "hurt himself" in p or "rescue" in p or "in China" in p]


def test_from_sample_ax_a_party_man_a_press_release_and_one_of_several_sources():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.sources import classify

    assert classify("Tom Rath", "a New Hampshire Republican who is aligned with Ohio Gov. John Kasich", True) is None
    assert classify("Ann Lee", "Republican governor of Ohio", True) == "named-official"
    release = _analysis(
        'Troops arrive\n\nTroops arrived at the base on Monday. Troops will have "areas to work out and a dining '
        'hall," notes a Fort Bragg press release sent out this week.\n',
        "troops.txt",
    )
    assert not [c for c in BUILDERS["source-type"](release) if "press release" in c.prompt]
    sources = _analysis(
        "Rivals worry\n\n“He has done really well on the debate stage and raised a lot of money,” said a source "
        "working for a rival campaign. “It is one of the better paths to the nomination,” said a source from "
        "another rival campaign.\n",
        "rivals.txt",
    )
    assert not [c for c in BUILDERS["anonymous-source"](sources) if "“a source”" in c.prompt]


def test_from_sample_ax_credentials_beside_a_body_named_by_its_kind_and_a_former_post():
    from quizapp.generation.skills.source_credentials import _lesson, _same_post_elsewhere

    assert _same_post_elsewhere("NRC spokesman", "Agency spokesperson")
    assert not _same_post_elsewhere("NRC spokesman", "NIH Director")
    assert "no longer speaks for it" in _lesson("Matt Miller", "former DOJ spokesman", "official")


def test_from_sample_ax_a_forecast_figure_a_caption_and_a_title_over_its_subheading():
    from quizapp.articles.furniture import is_furniture
    from quizapp.generation.skills import BUILDERS

    assert is_furniture("Donald Trump speaks on the U.S.-Mexico-Canada Agreement, or USMCA, on Oct. 1.")
    assert is_furniture("Mayor Ann Lee arrives to speak at a rally in Fargo, North Dakota, June 27, 2018.")
    assert is_furniture("Ann Lee speaks in Fargo on Oct. 1. Photographer: Tom Reyes/Harbour News")
    assert is_furniture("Mayor Ann Lee waves in Fargo, June 27, 2018. HARBOUR/Tom Reyes")
    assert not is_furniture("Trump speaks to reporters often, and he did so again before a rally on Oct. 1.")
    numbers = _analysis(
        "Health bill\n\nSenator Tom Graham said the debate will resume and expressed confidence his bill will "
        "eventually muster 52 votes in the Senate in March.\n\nThe clinic treated 412 patients in March, officials "
        "said.\n",
        "bill.txt",
    )
    prompts = [c.prompt for c in BUILDERS["number"](numbers)]
    assert not [p for p in prompts if "muster" in p] and [p for p in prompts if "patients" in p]
    lead = _analysis(
        "Rivals start to fear Ted Cruz\n\nRivals start to fear Ted Cruz Increasingly, the field sees a clear path "
        "for Cruz into March.\n\nCruz faded from the spotlight over the summer. He raised money instead.\n",
        "cruz.txt",
    )
    assert not BUILDERS["main-event"](lead)


def test_from_sample_ay_a_description_keeps_what_the_parse_cut_from_its_front():
    analysis = _analysis(
        "Vote nears\n\nUniversity of Virginia political science professor Larry Sabato said the race was close. "
        "Pro-democracy lawmaker Charles Mok said the app won't be missed.\n",
        "vote.txt",
    )
    assert analysis.descriptions["Larry Sabato"] == "University of Virginia political science professor"
    assert analysis.descriptions["Charles Mok"] == "Pro-democracy lawmaker"


def test_from_sample_ay_a_named_source_is_never_offered_as_unnamed_and_plaudits_are_no_fact():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.fact_opinion import _RATING_IDIOM

    assert _RATING_IDIOM.search("Bloomberg earned plaudits for pumping millions into the race")
    analysis = _analysis(
        'Harbour vote\n\nThe council voted on Monday. "The harbour fee is far too high," said Tom Reyes, a '
        'professor of economics at Leeds University. "We will cut it," said Mayor Ann Lee.\n',
        "vote.txt",
    )
    items = BUILDERS["source-type"](analysis)
    assert items and not [c for c in items if "An unnamed official" in c.choices]


def test_from_sample_ay_data_gathered_from_sources_and_an_account_inside_another():
    from quizapp.generation.skills.common import attribution, passing_on
    from quizapp.generation.skills.true_false import _PASSERS

    assert attribution("The data is compiled by a university, which culls the data from a variety of sources.") is None
    assert attribution("Jobless claims rose, data from the labour ministry showed.")[0] == "data from"
    tweet = _analysis(
        "Staffer fired\n\nThe journalist Ann Lee tweeted on Thursday that two sources familiar with the matter "
        "confirmed that the staffer had been fired. Senator Tom Reyes said that he would cut the fee, vowing to "
        "fight for it.\n",
        "fired.txt",
    )
    assert [passing_on(s, _PASSERS, own_speaker=True) for s in tweet.sentences] == [2, 1]


def test_from_sample_az_words_inside_a_quotation_describe_no_one_and_a_police_group_is_no_office():
    from quizapp.generation.skills.common import stands_alone
    from quizapp.generation.skills.fact_opinion import _judgment_words
    from quizapp.generation.sources import classify

    analysis = _analysis(
        'Ryan rallies\n\n"We will elect Mitt Romney, the next president of the United States," Paul Ryan, the '
        "running mate, said on Monday. Romney said taxes would fall.\n",
        "ryan.txt",
    )
    assert "Mitt Romney" not in analysis.descriptions and analysis.descriptions["Paul Ryan"] == "running mate"
    assert classify("Ann Lee", "executive director of National Association of Police Organizations", True) is None
    assert not _judgment_words("It is wrong to conclude that this was a protest over policy")
    assert _judgment_words("It is wrong to cut the library budget again") == ["wrong"]
    assert not stands_alone("If a story that you do on the blog gets read 50,000 times, it should come first.")
    assert stands_alone("The council voted on Monday to raise the harbour fee by 40 dollars.")


def test_from_sample_az_allegedly_said_and_a_belief_reported_for_another():
    from quizapp.generation.skills.fact_opinion import _OTHERS_VIEW

    prompts = _who_said_prompts(
        'Cadets photo\n\nExplaining the photo to a secretary, Ann Lee allegedly said: "That is why they do that, '
        'because I am a hard boss."\n\n"We will look into the photo," said Tom Reyes, a spokesman.\n'
    )
    assert not [p for p in prompts if "hard boss" in p] and [p for p in prompts if "look into the photo" in p]
    assert _OTHERS_VIEW.search("The president has not made a decision, but he believes it is important")


def test_from_sample_az_a_titled_surname_is_not_the_relative_named_in_full():
    text = (
        "Speech on guns\n\nPresident Lee spoke in Leeds on Monday. Her parents sat beside first lady Michelle Lee, "
        'while others sat elsewhere.\n\n"No one should just take my word for it," Lee said.\n'
    )
    analysis = _analysis(text, "guns.txt")
    assert "Michelle Lee" not in {q.source.label for q in analysis.quotes if q.source}


def test_the_pipeline_keeps_a_story_worth_of_patterns_compiled():
    import re

    from quizapp.generation.nlp import _PATTERN_CACHE, pipeline

    pipeline()
    assert re._MAXCACHE >= _PATTERN_CACHE >= 4096  # the skills' patterns around names and keys outnumber 512


def test_from_sample_ba_a_companys_economist_is_no_independent_expert():
    from quizapp.generation.sources import classify

    assert classify("Daniel Zhao", "a Glassdoor senior economist", is_person=True) is None
    assert classify("Jennifer Lee", "senior economist with BMO Capital Markets", is_person=True) is None
    assert classify("Ann Lee", "an economist at the University of Chicago", is_person=True) == "expert"


def test_from_sample_ba_a_name_a_stray_full_stop_cut_in_two_is_no_speaker():
    split = _analysis(
        "Hearing\n\nThe committee met on Monday. “Your predecessors have criticized the White House,” said Sen. "
        "John. McCain, the chairman of the committee. McCain spoke for an hour.\n",
        "hearing.txt",
    )
    assert [q.source for q in split.quotes] == [None]
    whole = _analysis(
        "Harbour\n\nThe council met on Monday. “We will keep the ferry,” said Ann Lee. Reyes, the mayor, disagreed "
        "with her on Monday.\n",
        "harbour.txt",
    )
    assert [q.source.label for q in whole.quotes if q.source] == ["Ann Lee"]


def test_from_sample_ba_the_side_a_state_report_is_about_may_speak_for_itself():
    from quizapp.generation.skills import single_source

    both = _analysis(
        "Truce\n\nSANAA, Yemen (AP) — The Zaidi rebels and their allies agreed on Monday to a four-day truce offered "
        "by the coalition that has been bombing the country, Yemen's state news agency reported.\n\n"
        "The Zaidis said in a statement that the blockade of the port kept food ships from docking there.\n\n"
        "Ahmed Saleh, a coalition spokesman, said the truce would begin at noon.\n\n"
        "Maria Lund, the UN envoy, said aid ships were waiting off the coast.\n",
        "truce.txt",
    )
    assert not single_source.build(both)
    alone = _analysis(
        "Truce\n\nSANAA, Yemen (AP) — The rebels and their allies agreed on Monday to a four-day truce offered by the "
        "coalition that has been bombing the country, Yemen's state news agency reported.\n\n"
        "Ahmed Saleh, a coalition spokesman, said the truce would begin at noon.\n\n"
        "Maria Lund, the UN envoy, said aid ships were waiting off the coast.\n",
        "truce.txt",
    )
    asked = single_source.build(alone)
    assert asked
    assert all("SANAA" not in c.prompt and " ." not in c.prompt for c in asked)  # no dateline, no stray space
    assert any("account that the rebels and their allies agreed" in c.prompt for c in asked)
    same_outlet = _analysis(
        "Truce\n\nThe Zaidi rebels and their allies agreed on Monday to a four-day truce offered by the coalition "
        "that has been bombing the country, Yemen's state news agency reported.\n\n"
        "The Zaidis said in the broadcast that the blockade of the port kept food ships from docking there.\n\n"
        "Ahmed Saleh, a coalition spokesman, said the truce would begin at noon.\n\n"
        "Maria Lund, the UN envoy, said aid ships were waiting off the coast.\n",
        "truce.txt",
    )
    assert single_source.build(same_outlet)  # the side's words come through the same outlet: still one account
    nation = _analysis(
        "Trainers\n\nThe Russian plane had arrived on Wednesday night with air defence supplies, Niger's state "
        'television reported.\n\n"We are here to train the army," one of the Russian trainers told a Reuters '
        "reporter.\n\nAhmed Saleh, a local official, said the airport was closed.\n\n"
        "Maria Lund, the UN envoy, said aid ships were waiting off the coast.\n",
        "trainers.txt",
    )
    assert single_source.build(nation)  # "Russian" names a nation, not the side whose plane it was


def test_from_sample_ba_a_hedge_inside_how_or_where_something_ends_is_no_doubt_of_the_speaker():
    from quizapp.generation.skills.hedge import _inside_a_question

    analysis = _analysis(
        "Trial\n\n“That ruling has a great bearing on how this trial might end,” said Ana Ruiz, a lawyer for the "
        "family. “Nobody knows where the money may have gone,” Ruiz added. “Costs will rise on the coast, where "
        "prices are likely to climb,” Ruiz said.\n",
        "trial.txt",
    )
    inside = {}
    for sentence in analysis.sentences:
        for word in ("might", "may", "likely"):
            at = sentence.text.find(f" {word} ")
            if at >= 0:
                inside[word] = _inside_a_question(sentence, at + 1)
    assert inside == {"might": True, "may": True, "likely": False}


def test_from_sample_ba_important_to_remember_calls_a_fact_to_mind_and_rates_nothing():
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert _judgment_words("It's important to remember the rate is still at its highest level since 1940") == []
    assert _judgment_words("It is worth noting that 40 million people are still out of work") == []
    assert _judgment_words("It's important that the council acts now") == ["important"]


def test_from_sample_ba_the_industry_or_the_sector_alone_points_to_an_earlier_sentence():
    from quizapp.quality.wording import context_reference

    assert context_reference("In May, the industry lost 7.6 million jobs.") == "the industry"
    assert context_reference("The sector added 90,000 jobs last month.") == "The sector"
    assert context_reference("The stock market fell 3 percent on Monday.") is None


def test_from_sample_ba_a_letter_split_from_its_word_is_a_typo_to_keep_out_of_items():
    from quizapp.quality.wording import misspelt_words

    assert misspelt_words("The group spent $1.5 million over the p ast six months.") == ["p ast"]
    assert misspelt_words("He took a vitamin d pill before the x ray and plan b.") == []


def test_from_sample_ba_a_pasted_social_post_is_no_quiz_text():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("\u26a0#Breaking at 19:49 the convenor was wounded by 4 masked men in Mongkok.")
    assert has_web_debris("Huge crowd tonight! #Rally #Vote")
    assert has_web_debris("We will win. — Jane Roe (@janeroe) June 5, 2020")
    assert has_web_debris("Photos here pic.twitter.com/Ab12Cd")
    assert not has_web_debris("The #MeToo movement reached the state senate in 2018.")
    assert not has_web_debris("Temperatures reached 40° in the capital on Monday.")


def test_from_sample_ba_a_record_before_the_blank_beside_another_figure_gives_the_side_away():
    from quizapp.generation.skills import number

    analysis = _analysis(
        "Jobs\n\nThe city's jobless rate fell to 8.1 in June after reaching a record high of 11.6 percent the month "
        "before, the labour office said on Friday.\n\nThe office counted 4,200 new jobs in the harbour district.\n",
        "jobs.txt",
    )
    keys = [c.answer for c in number.build(analysis)]
    assert ("11.6 percent",) not in keys
    assert ("4,200",) in keys


def test_from_sample_ba_a_party_before_the_name_elsewhere_also_says_who_someone_is():
    from quizapp.generation.skills import evidence

    def asked(extra: str) -> list[str]:
        analysis = _analysis(
            "Budget\n\n"
            + extra
            + 'Senate majority leader Tom Hale said the vote had been put off until the talks ended. "We will wait '
            'for a deal," he said.\n\nThe talks resume on Monday, and the House meets on Tuesday.\n',
            "budget.txt",
        )
        return [c.prompt for c in evidence.build(analysis) if "who Tom Hale is" in c.prompt]

    assert asked("")
    assert not asked("Image caption Republican Tom Hale arrives at the Capitol. Most staff are on leave.\n\n")


def test_from_sample_az_a_dash_after_a_partial_quotation_opens_the_reporters_comment():
    from quizapp.generation.skills import reported_speech

    def asked(tail: str) -> list[str]:
        analysis = _analysis(
            "Talks\n\nThe two leaders met on Tuesday at the hotel.\n\nTom Hale, the farm minister, said that the "
            'two had agreed on "a fair deal for farmers"' + tail + "\n\nRuiz, the other leader, left.\n",
            "talks.txt",
        )
        return [c.prompt for c in reported_speech.build(analysis) if "fair deal" in c.prompt]

    assert asked(" at the meeting.")
    assert not asked(" — a phrase that was left out of Ruiz's own account.")


def test_from_sample_az_a_figure_named_before_is_not_credited_to_whoever_talks_about_it_later():
    from quizapp.generation.skills.number import _who_counted

    text = (
        "Tax\n\nAnn Lee said families could claim up to a $12,000 credit under her plan.\n\n"
        "A Lee campaign aide later said that the $12,000 cap could change.\n\n"
        "Tom Hale said that the plan would cost $450 billion over ten years.\n"
    )
    analysis = _analysis(text, "tax.txt")
    aide = next(s.index for s in analysis.sentences if "aide" in s.text)
    hale = next(s.index for s in analysis.sentences if "Hale" in s.text)
    assert _who_counted(analysis, aide, analysis.sentences[aide].text, "12,000") is None
    assert _who_counted(analysis, hale, analysis.sentences[hale].text, "450") == "Tom Hale"


def test_from_sample_az_a_phrase_the_reporter_cites_mid_sentence_does_not_continue_the_last_speaker():
    cited = _analysis(
        'Talks\n\nAnn Lee said the two had talked about "keeping the party together" at the meeting. And the '
        'part of his statement on the issues they discussed included a reference to "free school meals for '
        'all," a point the two disagree on.\n',
        "talks.txt",
    )
    assert [(q.text.rstrip(","), q.source.label if q.source else None) for q in cited.quotes] == [
        ("keeping the party together", "Ann Lee"),
        ("free school meals for all", None),
    ]
    going_on = _analysis(
        'Talks\n\n"We will keep the party together," said Ann Lee, the leader. "Free school meals for all are '
        'part of it."\n',
        "talks.txt",
    )
    assert [q.source.label if q.source else None for q in going_on.quotes] == ["Ann Lee", "Ann Lee"]


def test_from_sample_bb_a_name_that_only_says_which_thing_is_no_antecedent_for_he():
    text = (
        "Race\n\nTom Reyes, the city's auditor, said on Friday that he would publish the accounts.\n\n"
        'Ann Lee, the campaign manager, said the mayor had "a loose relationship with the truth" on '
        "Sunday. She was building on a case made by the candidate himself, who answered the Reyes announcement by "
        'arguing that "the mayor has failed the city." In a statement, he urged voters not to let the mayor '
        '"take her failures into a second term."\n'
    )
    analysis = _analysis(text, "race.txt")
    speakers = {q.text.rstrip(".,"): q.source.label if q.source else None for q in analysis.quotes}
    assert speakers["take her failures into a second term"] is None


def test_from_sample_bb_a_role_in_the_plural_is_no_wrong_choice_for_one_person():
    from quizapp.generation.analysis import names_a_group as _names_a_group

    assert _names_a_group("Top EU officials")
    assert _names_a_group("Party spokesmen")
    assert not _names_a_group("Commons leader")
    assert not _names_a_group("Joint Chiefs of Staff Chairman")
    assert not _names_a_group("Minister of Foreign Affairs")


def test_from_sample_bb_reported_speech_drops_the_dateline_and_skips_a_line_with_no_full_stop():
    from quizapp.generation.skills import reported_speech

    dated = _analysis(
        "Attack\n\nPARIS — The man behind the knife attack was born abroad and was listed in a police database, "
        "French authorities said Sunday.\n\nThe city's mayor visited the street on Monday.\n",
        "attack.txt",
    )
    prompts = [c.prompt for c in reported_speech.build(dated)]
    assert prompts and all("PARIS" not in p for p in prompts)
    assert any("“The man behind the knife attack" in p for p in prompts)
    unended = _analysis(
        "Brexit\n\nFormer Prime Minister John Major has said the UK should halt the process by revoking the "
        'notice, saying "the clock must be stopped"\n\nThe talks resume on Monday in Brussels.\n',
        "brexit.txt",
    )
    assert not reported_speech.build(unended)


def test_from_sample_bb_who_also_did_something_is_not_asked():
    from quizapp.generation.skills.detail import _who_did

    def asked(adverb: str) -> list[str]:
        analysis = _analysis(
            "Inquiry\n\nMayor Tom Reyes said the records raised serious questions on Monday.\n\nAttorney Ann Lee "
            + adverb
            + "demanded an inquiry into the harbour deal.\n\nPolice chief Mark Dunn closed the harbour on Tuesday."
            "\n\nJudge Rita Cole ordered a recount of the votes.\n",
            "inquiry.txt",
        )
        people = analysis.people()
        return [c.prompt for c in _who_did(analysis, people) if "inquiry" in c.prompt]

    assert asked("")
    assert not asked("also ")


def test_from_sample_bb_such_a_thing_followed_by_its_own_clause_points_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("Many experts believe such comment is unlikely given that agents only got a warrant.")
    assert context_reference("Prices rose to such high levels that people stopped buying bread.") is None
    from quizapp.quality.wording import _KIND_POINTER

    assert not _KIND_POINTER.search(
        "Aides said most people will keep their insurers, either because they get cover through work or they are "
        "old enough for Medicare."
    )


def test_from_sample_bb_a_doubled_pair_of_words_is_a_typo():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Be careful before accepting as true any stories any stories told by anonymous officials.")
    assert not is_garbled("Be careful before accepting as true any stories told by anonymous officials.")


def test_from_sample_bb_a_number_that_begins_a_bodys_name_is_no_cut_title():
    analysis = _analysis(
        'Test site\n\n"The site is ready," 38 North analyst Joseph Bermudez told reporters on Monday. '
        '"We will see," said Pentagon spokesman Tom Reyes.\n',
        "site.txt",
    )
    assert "Joseph Bermudez" not in analysis.descriptions
    assert analysis.descriptions.get("Tom Reyes") == "Pentagon spokesman"


def test_from_sample_bb_an_excerpt_never_ends_inside_brackets():
    from quizapp.generation.skills.common import excerpt

    text = "What happens or does not happen here [in the Capitol] could certainly influence my race"
    assert excerpt(text, 8) == "What happens or does not happen here …"
    assert excerpt(text, 10) == "What happens or does not happen here [in the Capitol] …"


def test_from_sample_bb_how_something_happens_is_a_topic_not_words_someone_said():
    from quizapp.generation.skills import quote_speaker, true_false
    from quizapp.generation.skills.common import TOPIC_NOT_CLAIM

    assert TOPIC_NOT_CLAIM.match("how a typical decision might play out")
    assert not TOPIC_NOT_CLAIM.match("if Comey keeps his notes, they should be subpoenaed")
    analysis = _analysis(
        "Decisions\n\nWhen Ann Lee arrived at the ministry a month ago, she met each person who works on the "
        "council, Tom Reyes says.\n\nReyes, a former aide, describes how a typical decision might play out — say, "
        "to close embassies around the world.\n\nMark Dunn, a senator, said the embassy in Nairobi had asked for "
        "more guards last year.\n\nRita Cole, a former ambassador, said the staff had been warned in May.\n",
        "decisions.txt",
    )
    assert not [c for c in quote_speaker.clear_claims(analysis) if c.content.startswith("how")]
    prompts = [c.prompt for c in true_false.build(analysis)]
    assert prompts and not [p for p in prompts if "that how" in p]


def test_from_sample_bb_an_effect_told_in_a_figure_of_speech_is_no_plain_fact():
    from quizapp.generation.skills import fact_opinion

    def facts(verb: str) -> list[str]:
        analysis = _analysis(
            "Hacking\n\nThe court met in Boston on Monday.\n\nClaims that Russia hacked Democratic email accounts "
            f"in 2016 {verb} Washington for 12 weeks in 2017.\n",
            "hacking.txt",
        )
        return [c.prompt for c in fact_opinion.build(analysis) if c.answer == ("A checkable fact",)]

    assert not [p for p in facts("roiled") if "Washington" in p]


def test_from_sample_bb_the_loan_alone_points_to_an_earlier_sentence():
    from quizapp.quality.wording import context_reference

    assert context_reference("The government data said the loan helped retain 441 jobs.") == "the loan"
    assert context_reference("The bank's $5 million loan to the mill helped retain 441 jobs.") is None


def test_from_sample_bb_an_official_with_businesses_in_the_story_gets_no_source_type():
    from quizapp.generation.skills import source_type

    def typed(extra: str) -> list[str]:
        analysis = _analysis(
            'Aid\n\nDozens of firms in the state received federal loans, records show.\n\n"We followed every '
            "rule,\" said Gov. Jim Justice, the state's governor, at a briefing on Monday." + extra + "\n",
            "aid.txt",
        )
        return [c.prompt for c in source_type.build(analysis) if "Jim Justice" in c.prompt]

    assert typed("")
    assert not typed(" Justice said his businesses had probably received some of the aid.")


def test_from_sample_bc_words_that_speak_of_the_antecedent_are_not_theirs():
    analysis = _analysis(
        'Recovery\n\nPresident Tom Reyes praised the jobs report on Friday.\n\n"The president makes fun of me for '
        'always saying we are only in the second inning," he said.\n\nThe public trusts Reyes more than his rivals '
        "on the economy, he said.\n",
        "recovery.txt",
    )
    speakers = {q.text.rstrip(".,"): q.source.label if q.source else None for q in analysis.quotes}
    assert speakers["The president makes fun of me for always saying we are only in the second inning"] is None
    assert not [c for c in analysis.claims if "trusts Reyes" in (c.content or "")]


def test_from_sample_bc_posts_not_yet_held_sports_bodies_and_campaign_roles_are_no_offices():
    from quizapp.generation.sources import classify

    assert classify("William Barr", "next attorney general", is_person=True) is None
    assert classify("Ann Lee", "the president-elect's chief of staff", is_person=True) is None
    assert classify("Max Cobb", "the president of US Biathlon", is_person=True) is None
    assert classify("Sarah Hirshland", "the CEO of the USOPC", is_person=True) is None
    assert classify("Wayne Berman", "Rubio's national finance chairman", is_person=True) is None
    assert classify("Ben Husch", "a National Conference of State Legislatures director", is_person=True) is None
    assert classify("Trump annoyed Republicans again with a tweet", None, is_person=False) is None
    assert classify("Tom Reyes", "Secretary of State", is_person=True) == "named-official"
    assert classify("Ann Lee", "the state health director", is_person=True) == "named-official"


def test_from_sample_bc_information_collected_by_someone_names_no_source():
    from quizapp.generation.skills.common import attribution

    assert attribution("Ads will run to February, according to information collected by Kantar Media.") is None
    assert attribution("Ads will run to February, according to Kantar Media.") == ("according to", "Kantar Media")


def test_from_sample_bc_one_word_that_may_be_one_or_many_gets_no_hedge_item():
    from quizapp.generation.skills import hedge

    def asked(who: str) -> list[str]:
        analysis = _analysis(
            "Loan\n\nThe sale of the home from his wife to his brother broke the same law. "
            f"{who} said it was extremely unlikely that the loan Tom Reyes used to buy the house would have let him "
            "rent it out to others.\n\nThe bank did not comment on Monday.\n",
            "loan.txt",
        )
        return [c.prompt for c in hedge.build(analysis)]

    assert asked("Ann Lee, a local estate agent,")
    assert not asked("Realtors")


def test_from_sample_bc_religious_titles_are_no_part_of_a_name():
    analysis = _analysis(
        "Vote\n\n\u201cThat is the question in the community since November,\u201d said Rabbi Shira Stutman of the "
        "Sixth & I synagogue in Washington.\n\nThe synagogue meets on Friday.\n",
        "vote.txt",
    )
    assert [q.source.label for q in analysis.quotes if q.source] == ["Shira Stutman"]


def test_from_sample_bc_a_name_and_an_according_to_make_no_statement():
    from quizapp.generation.skills.common import is_fragment

    analysis = _analysis(
        "Plants\n\nThe last reactor to open was the Mill Bay Unit 2 in Ohio.\n\nThe Mill Bay Unit 2 in Ohio, "
        "according to the state energy office.\n\nPrices rose 5 percent last year, according to the office.\n",
        "plants.txt",
    )
    assert [is_fragment(s.span) for s in analysis.sentences] == [False, True, False]


def test_from_sample_bc_the_file_item_leaves_the_date_to_the_scene_item():
    from quizapp.generation.skills import photo

    analysis = _analysis(
        "Games\n\nFILE - In this July 10, 2016, file photo, swimmers train in San Jose, Calif. (AP Photo/Ann Lee, "
        "File)\n\nMost of the country's Olympic sports applied for federal loans this spring, records show.\n",
        "games.txt",
    )
    built = photo.build(analysis)
    meaning = [c for c in built if "FILE" in c.prompt]
    scene = [c for c in built if "show" in c.prompt]
    assert meaning and scene
    assert all("2016" not in c.answer[0] + c.explanation for c in meaning)
    assert all("July 10, 2016" in c.answer[0] for c in scene)
    assert all(",;" not in c.explanation for c in built)


def test_from_sample_bc_a_loaded_verb_inside_what_another_reports_is_not_the_writers():
    from quizapp.generation.skills import attribution_verb

    def asked(sentence: str) -> list[str]:
        analysis = _analysis(f"Immigration\n\n{sentence}\n\nThe House met on Tuesday.\n", "immigration.txt")
        return [c.prompt for c in attribution_verb.build(analysis) if "verb “claimed”" in c.prompt]

    assert asked("Mr. Reyes claimed that he did not have the authority to change the law.")
    assert not asked(
        "Ann Lee repeatedly noted the 22 times that Mr. Reyes claimed that he did not have the authority to change "
        "the law."
    )


def test_from_sample_bc_a_title_stacked_on_rep_is_no_description():
    analysis = _analysis(
        "Bombing\n\nChairman Rep. Mark Dunn told reporters that the suspects had help.\n\nAttorney General Ann Lee "
        "said the state would pay for the funerals.\n",
        "bombing.txt",
    )
    assert "Mark Dunn" not in analysis.descriptions
    assert analysis.descriptions.get("Ann Lee") == "Attorney General"


def test_from_sample_bd_party_committees_silent_people_candidates_and_partisan_experts_get_no_type():
    from quizapp.generation.skills import source_type
    from quizapp.generation.sources import classify

    assert classify("Ann Lee", "Democratic National Committee spokeswoman", is_person=True) is None
    assert classify("Tom Reyes", "NRCC spokesman", is_person=True) is None

    def typed(text: str, who: str) -> list[str]:
        return [c.prompt for c in source_type.build(_analysis(text, "story.txt")) if who in c.prompt]

    quoted = (
        'Bill\n\nThe state Senate passed the bill on Tuesday.\n\n"We will look at it," said Gov. Tom Reyes, the '
        "state's governor, on Monday.\n\nThe bill now goes to the House.\n"
    )
    assert typed(quoted, "Tom Reyes")
    silent = (
        "Bill\n\nThe state Senate passed the bill on Tuesday.\n\nGov. Tom Reyes, the state's governor, has indicated "
        "he will sign the bill. His office did not respond to a request for comment on Wednesday.\n\nThe bill now "
        "goes to the House.\n"
    )
    assert not typed(silent, "Tom Reyes")
    rival = quoted.replace("The bill now goes", "Reyes, a 2020 presidential hopeful, toured Iowa. The bill now goes")
    assert not typed(rival, "Tom Reyes")
    expert = (
        'Rally\n\nPolice arrested 12 people at the rally on Sunday.\n\n"There has been silence from Democrats about '
        'the violence," said Ann Lee, a law professor at Cornell University.\n\nThe rally ended at dusk.\n'
    )
    plain = expert.replace("from Democrats about the violence", "about the violence in the city")
    assert typed(plain, "Ann Lee")
    assert not typed(expert, "Ann Lee")


def test_from_sample_bd_statements_that_lean_on_other_sentences_or_end_without_a_stop():
    from quizapp.quality.wording import context_reference

    assert context_reference("No candidate has won since 1960 without winning at least two of the three states.")
    assert context_reference("Not mentioned was the rally or the 33 arrests that followed it.")
    assert context_reference("In 2015, Lee posted photos from the three previous years of Thanksgivings.") is None


def test_from_sample_bd_true_statements_need_a_full_stop_a_clean_source_and_a_plain_verb():
    from quizapp.generation.skills import true_false

    def statements(text: str) -> list[str]:
        return [c.prompt for c in true_false.build(_analysis(text, "story.txt"))]

    rally = (
        "Rally\n\nPolice arrested 14 people at the rally in Boston on Sunday, the police chief said.\n\nOfficers "
        "seized 12 knives and two guns at the rally in Boston on Sunday afternoon{}\n\nThe rally ended at dusk on "
        "Sunday, organisers said.\n"
    )
    assert not [p for p in statements(rally.format("")) if "knives" in p]  # a line with no full stop
    assert [p for p in statements(rally.format(".")) if "knives" in p]
    noted = statements(
        "Judge\n\nThe committee met on Monday.\n\nSen. Tom Reyes, chairman of the Judiciary Committee, scoffed "
        "and noted that nobody was questioning the judge's record in Ohio.\n\nThe vote is set for Friday in "
        "Washington.\n"
    )
    assert not [p for p in noted if "noted that nobody" in p]  # "noted" accepts it: no "reports, not confirms"
    relayed = statements(
        "Call\n\nThe House met on Monday.\n\nTom Reyes told members on a call this morning that he will focus on the "
        "Senate race in Ohio, according to someone on the call.\n\nThe election is in November.\n"
    )
    assert not [p for p in relayed if "Reyes" in p and p.endswith(".") and "True or false" in p and "Ohio" in p]


def test_from_sample_bd_more_likely_compares_and_hedges_nothing():
    from quizapp.quality.wording import hedge_words

    assert hedge_words("People are more likely to take the party line than their own view.") == []
    assert hedge_words("The bill is likely to pass in May.") == ["likely"]


def test_from_sample_bd_own_ordeal_relationships_and_victory_laps_are_no_judgments_or_facts():
    from quizapp.generation.skills.fact_opinion import _RATING_IDIOM, _judgment_words

    assert _judgment_words("It's just been the most terrible time for me") == []
    assert _judgment_words("We have a great relationship with them") == []
    assert _judgment_words("It was a terrible decision by the council") == ["terrible"]
    assert _RATING_IDIOM.search("Trump's decision on Friday gave Democrats a victory lap.")


def test_from_sample_bd_kin_and_cut_phrases_make_no_who_said_item():
    from quizapp.generation.skills.quote_speaker import _KIN

    assert _KIN.search("That I want my brother back")
    assert not _KIN.search("a planet we leave to our children")
    analysis = _analysis(
        "Trade\n\nTom Reyes, the mayor, dismissed the name-calling, telling reporters that the comments made him "
        "think \"of a proverb that goes, 'When the wind changes, some build walls and some build windmills,'\" "
        'Reyes said.\n\n"We need something different in this White House," Reyes said. "The plan failed," said '
        'Ann Lee, a senator. "It works," said Mark Dunn, the governor. "We will see," said Rita Cole, a judge.\n',
        "trade.txt",
    )
    from quizapp.generation.skills import quote_speaker

    assert not [c for c in quote_speaker.build(analysis) if "of a proverb" in c.prompt]
    trial = _analysis(
        'Trial\n\nThe jury met on Monday in Dallas.\n\n"I want my brother back home with us," Ann Lee said.\n\n'
        '"The state has proved its case," said Tom Reyes, the prosecutor. "The defence has done its best," said '
        'Mark Dunn, a legal analyst. "The jury will decide this week," said Rita Cole, the judge.\n',
        "trial.txt",
    )
    asked = [c.prompt for c in quote_speaker.build(trial)]
    assert asked and not [p for p in asked if "my brother" in p]


def test_from_sample_be_reported_speech_shows_the_sentence_without_marks_of_its_own():
    from quizapp.generation.skills import reported_speech

    analysis = _analysis(
        "Party\n\nThe White House met party leaders on Monday.\n\nThe president is in no way abandoning "
        "Republicans, Ann Lee said.\n\nThe meeting ended at noon, aides said.\n",
        "party.txt",
    )
    prompts = [c.prompt for c in reported_speech.build(analysis) if "abandoning" in c.prompt]
    assert prompts
    assert all("article: The president is in no way abandoning Republicans, Ann Lee said. Does" in p for p in prompts)


def test_from_sample_be_a_surname_shared_with_a_relative_and_reporters_name_no_speaker():
    hack = _analysis(
        "Hack\n\nDonald Reyes's son, Donald Reyes Jr., denied that his father's campaign had helped the hackers.\n\n"
        '"I can\'t think of bigger lies, but that shows you what the other camp will do," Reyes told Jake Tapper on '
        "Sunday.\n\nDonald Reyes, the candidate, spoke in Ohio on Monday.\n",
        "hack.txt",
    )
    assert [q.source for q in hack.quotes] == [None]  # which Reyes?
    shooting = _analysis(
        "Shooting\n\nThree people were shot near the mall on Sunday night.\n\nPolice told reporters authorities are "
        "seeking more than one suspect and said the public should look out for people dressed in black.\n\nThe "
        "mall was closed on Monday.\n",
        "shooting.txt",
    )
    assert not [c for c in shooting.claims if c.source and "eporters" in c.source.label]


def test_from_sample_be_a_participle_on_a_noun_is_no_loaded_verb():
    from quizapp.generation.skills.attribution_verb import _describes_a_noun

    analysis = _analysis(
        "Trade\n\nCritics pointed to the president's, perhaps joking, proclamation that he would take on China. "
        "Ann Lee joked that the talks would take years.\n",
        "trade.txt",
    )
    first, second = analysis.sentences[0], analysis.sentences[1]
    assert _describes_a_noun(first, first.text.find("joking"))
    assert not _describes_a_noun(second, second.text.find("joked"))


def test_from_sample_be_words_demanded_by_the_one_reported_on_are_not_the_writers_source():
    analysis = _analysis(
        "Senate\n\nIn January, conservative blogger Ann Lee wrote that Reyes was caught on video last year "
        'demanding that "every Republican in Washington show some actual leadership."\n\nTom Reyes won the '
        "primary on Tuesday.\n",
        "senate.txt",
    )
    assert [q.source for q in analysis.quotes] == [None]


def test_from_sample_be_hobbled_by_mistakes_is_no_plain_fact():
    from quizapp.generation.skills import fact_opinion

    def facts(verb: str) -> list[str]:
        analysis = _analysis(
            "Primary\n\nThe polls closed at 8 p.m. on Tuesday.\n\nFormer state treasurer Tom Reyes, whose campaign "
            f"was {verb} by mistakes, got 21 percent of the vote in Omaha on Tuesday.\n",
            "primary.txt",
        )
        return [c.prompt for c in fact_opinion.build(analysis) if c.answer == ("A checkable fact",)]

    assert not [p for p in facts("hobbled") if "21 percent" in p]


def test_from_sample_be_an_official_hurt_in_the_events_speaks_as_one_of_them():
    from quizapp.generation.sources import classify

    assert classify("Jason Reyes", "a sheriff's deputy who was shot and paralyzed", is_person=True) is None
    assert classify("Jason Reyes", "a sheriff's deputy who was appointed in May", is_person=True) == "named-official"
    from quizapp.generation.skills import source_type

    def typed(clause: str) -> list[str]:
        analysis = _analysis(
            "Settlement\n\nThe casino agreed to pay the victims on Thursday.\n\nJason Reyes, a 37-year-old county "
            f"sheriff's deputy{clause}, said he was glad they reached a settlement.\n\nThe deal ends 2,500 claims.\n",
            "settlement.txt",
        )
        return [c.prompt for c in source_type.build(analysis) if "Jason Reyes" in c.prompt]

    assert typed("")
    assert not typed(" who was shot and paralyzed")


def test_from_sample_be_an_article_sentence_shown_as_it_stands_is_no_clang():
    from quizapp.quality.flaws import ItemText, _clang

    item = ItemText(
        type="single",
        prompt="Read this from the article: Reyes said the party would submit a draft report on Tuesday. Does the "
        "article give “the party would submit a draft report” as the exact words of Tom Reyes?",
        choices=(
            "No: it reports what was said in its own words, without quotation marks",
            "Yes: the verb “said” shows that these are the speaker's exact words",
            "Yes: the reporter wrote the speech down word for word as it was spoken",
            "No: the words are the reporter's own opinion, not the speaker's",
        ),
        answer=("No: it reports what was said in its own words, without quotation marks",),
    )
    article = "Reyes said the party would submit a draft report on Tuesday."
    assert _clang(item, article) == []
    assert _clang(item, None)  # a teacher's item, with no article to compare: the word is a cue


def test_from_sample_bf_sentences_glued_or_cut_inside_a_title_are_no_quiz_text():
    analysis = _analysis(
        'Iraq\n\nWitnesses said the fighters were "killing the men."The United States has provided relief airdrops, '
        "but Ann Lee says the country needs to do more.\n\n\u201cThis is a desperate ploy at the end of a campaign,"
        "\u201d said Tom Reyes, a top adviser to Mr. Dunn\u2019s campaign, on ABC\u2019s \u201cThis Week.\u201d Ed "
        "Park, a senior adviser to Mr. Lee, said on Sunday that the race was close. The polls open on Tuesday.\n",
        "iraq.txt",
    )
    flags = {s.text[:30]: s.furniture for s in analysis.sentences}
    assert flags[next(t for t in flags if t.startswith("United States"))]
    assert flags[next(t for t in flags if "desperate ploy" in t)]
    assert not flags[next(t for t in flags if t.startswith("The polls"))]


def test_from_sample_bf_a_quotation_that_opens_on_saying_is_someone_else_described():
    from quizapp.generation.skills import quote_speaker

    analysis = _analysis(
        "Law\n\nIn remarks last week, Tom Reyes said that he had received \u201ca number\u201d of opinions "
        '\u201csaying the law is absolutely constitutional.\u201d\n\n"We will defend it," said Ann Lee, the attorney '
        "general. "
        '"It will fall," said Mark Dunn, a law professor. "We will see," said Rita Cole, a judge.\n',
        "law.txt",
    )
    assert not [c for c in quote_speaker.build(analysis) if "saying the law" in c.prompt]


def test_from_sample_bf_the_association_and_the_majority_alone_point_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("The association and the CDC both recommend seating diners 6 feet apart.")
    assert context_reference("The majority arrived with at least one other family member.")


def test_from_sample_bf_must_that_concludes_is_no_duty():
    from quizapp.generation.skills.fact_opinion import _role

    assert _role("must", "The president must be on another planet.") == "draws a conclusion"
    assert _role("must", "Companies must be a force for good.") == "says what ought to happen"


def test_from_sample_bg_a_share_told_in_words_or_an_unnamed_year_leaves_no_number_blank():
    from quizapp.generation.skills import number

    analysis = _analysis(
        "Budget\n\nThe survey of 900 voters turned up near-universal support for the plan, with 89% backing the "
        "proposal.\n\nThe agency opened in 1990. Revenue that year rose 11% from a year earlier.\n\n"
        "Revenue in 2017 rose 14% from a year earlier, the agency said in a report on Monday.\n",
        "budget.txt",
    )
    prompts = [c.prompt for c in number.build(analysis)]
    assert not [p for p in prompts if "near-universal" in p or "that year" in p]
    assert [p for p in prompts if "Revenue in 2017 rose _____" in p]


def test_from_sample_bg_might_as_well_is_an_idiom_not_a_hedge():
    from quizapp.generation.extract.hedges import find_hedges

    assert not find_hedges("The department said it might as well scrap the program.")
    assert not find_hedges("We may just as well stay home.")
    assert [h.text for h in find_hedges("The department said it might scrap the program.")] == ["might"]


def test_from_sample_bg_said_as_much_points_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("One academic guest at Wednesday's summit admitted as much.")
    assert context_reference("The governor has said as much in private.")
    assert not context_reference("The governor spent as much as $5 million on the race.")


def test_from_sample_bg_ignominy_rates_and_a_best_effort_does_not():
    from quizapp.generation.skills.fact_opinion import _judgment_words
    from quizapp.quality.wording import evaluative_words

    assert "ignominy" in evaluative_words("He suffered the ignominy of becoming a single-term president.")
    assert "dominated" in evaluative_words("His single term in office was dominated by foreign policy.")
    assert "best" not in evaluative_words("I will make the best case that I can to the American people.")
    assert "best" not in _judgment_words("I will make the best case that I can to the American people.")
    assert "best" not in evaluative_words("She said she did her best to help them.")
    assert "best" in evaluative_words("It is the best team in the league.")


def test_from_sample_bg_a_charts_notes_and_source_line_are_page_furniture():
    from quizapp.articles.furniture import has_web_debris, is_furniture

    assert is_furniture(
        "Red Ink The budget deficit has tended to shrink during past periods of low unemployment. Note: Gray areas "
        "indicate recessions. The fiscal year begins on Oct. 1. Source: Office of Management and Budget"
    )
    assert has_web_debris("Note: Gray areas indicate recessions.")
    assert not is_furniture("The budget deficit grew by 17% last year, the Treasury said in a note on Monday.")
    assert not has_web_debris("He took note: the deficit had grown.")


def test_from_sample_bg_a_name_card_without_its_more_is_page_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("Anthony Fauci Anthony FauciTrump predicts US will have a vaccine by year's end")
    assert not has_web_debris("Anthony Fauci said the United States would have a vaccine by the end of the year.")


def test_from_sample_bg_a_headline_run_into_the_line_under_it_is_garbled():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Obama's language irks both sides His carefully selected words have frustrated the left")
    assert not is_garbled("Obama said his carefully selected words had frustrated the left.")
    assert not is_garbled("She starred in a film called Her Smell last year.")


def test_from_sample_bg_a_movement_is_no_person():
    from quizapp.generation.analysis import looks_like_a_name

    assert not looks_like_a_name("Never Trump")
    assert not looks_like_a_name("Stop Trump")
    assert looks_like_a_name("Will Hurd")
    assert looks_like_a_name("Katie Packer")


def test_from_sample_bg_the_head_of_a_chapter_holds_no_office():
    from quizapp.generation.sources import classify

    described = "executive director of the Minnesota chapter of the Council on Muslim-American Relations"
    assert classify("Jaylani Hussein", described, is_person=True) != "named-official"
    assert classify("Ann Lee", "mayor of Minneapolis", is_person=True) == "named-official"


def test_from_sample_bg_he_after_a_sentence_another_name_leads_is_not_the_name_in_its_clause():
    sources = _quote_sources(
        "Service\n\nThe White House thanked Alles for his years of service. Trump had soured on Alles, the paper "
        "said. \u201cThe memo is real,\u201d said Elizabeth Landers, a reporter for Vice.\n\nAlles in an internal "
        "memo to the Secret Service obtained by Elizabeth Landers of Vice said that "
        "contrary to reports, he was not fired. He said he was told \u201cweeks ago\u201d by the administration "
        "that \u201ctransitions in leadership should be expected\u201d across the department.\n",
        "service.txt",
    )
    assert sources.get("transitions in leadership should be expected") != "Elizabeth Landers"


def test_from_sample_bg_words_of_a_dear_dad_give_their_speaker_away():
    from quizapp.generation.skills.quote_speaker import _KIN

    assert _KIN.search("Jeb, Neil and I are saddened to announce that after 94 remarkable years, our dear Dad has died")
    assert _KIN.search("My beloved wife was everything to me")
    assert not _KIN.search("Our children deserve better schools")


def test_from_sample_bg_the_possessive_of_a_group_or_a_phrase_reads_right():
    from quizapp.generation.skills.common import possessive

    assert possessive("a spokesman for Senate Democrats", plural=False) == "the speaker's"
    assert possessive("Senate Democrats", plural=False) == "Senate Democrats'"
    assert possessive("Tom Reyes", plural=False) == "Tom Reyes's"
    assert possessive("other harbour workers", plural=True) == "other harbour workers'"


def test_from_sample_bh_a_name_card_of_a_mc_name_is_page_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris(
        "\u201cIt is premature,\u201d said Sen. Claire McCaskill Claire Conner McCaskillGOP senator rips into "
        "Pelosi at "
        "rally Ex-CIA chief worries campaigns falling short on cybersecurity MORE (Mo.), a Democrat."
    )
    assert not has_web_debris("Sen. Claire McCaskill said McCaskill would vote against the plan, and MORE was said.")


def test_from_sample_bh_a_card_gives_nobody_a_role():
    sources = {
        s.label: s.description
        for s in _analysis(
            "Senate\n\n\u201cWe are discussing that,\u201d Senate Minority Leader Charles Schumer "
            "Charles (Chuck) Ellis "
            "SchumerOvernight Health Care: Senators press FDA chief on vaping ban Chad Wolf becomes acting DHS "
            "secretary Schumer blocks drug pricing measure MORE (D-N.Y.) told reporters.\n\nSchumer noted the three "
            "nominees were not top targets. \u201cThis is a swamp cabinet,\u201d Schumer told reporters.\n",
            "senate.txt",
        ).sources.values()
    }
    assert "DHS secretary" not in {d for d in sources.values() if d}


def test_from_sample_bh_bodies_named_council_and_federal_agencies():
    from quizapp.generation.sources import classify

    assert classify("Tony Perkins", "president of the Family Research Council", is_person=True) != "named-official"
    assert classify("Ann Lee", "president of the Chicago City Council", is_person=True) == "named-official"
    described = "assistant director for the FBI\u2019s office of congressional affairs"
    assert classify("Stephen D. Kelly", described, is_person=True) != "advocate"


def test_from_sample_bh_a_specialist_by_job_is_no_expert():
    from quizapp.generation.sources import classify

    assert classify("Patricia Ward", "a logistics-management specialist", is_person=True) is None
    assert classify("Ann Lee", "a specialist in Middle East politics", is_person=True) == "expert"


def test_from_sample_bh_a_pictures_credit_run_into_its_caption_is_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("Facebook A Facebook Live filmed by a chiropractor has been viewed over 21 million times.")
    assert not has_web_debris("In A Tale of Two Cities, Dickens wrote of Paris.")
    assert not has_web_debris("Vitamin A is found in carrots.")


def test_from_sample_bh_a_bare_count_after_an_opening_phrase_points_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("Depending on the death toll from this weekend's sinking, at least 1,800 have died.")
    assert not context_reference("Yvette Velasco, 27, was the first victim to be laid to rest on Thursday.")


def test_from_sample_bh_a_name_then_an_ing_verb_is_a_fragment():
    from quizapp.generation.skills.common import is_fragment

    analysis = _analysis(
        "Cases\n\nCuomo communications director Dani Lever claiming the state of New York, which is facing more "
        "than 30,000 cases, had been left behind.\n\nJohn Smith, speaking at the event, said the state had been "
        "left behind.\n",
        "cases.txt",
    )
    fragments = {s.text[:10]: is_fragment(s.span) for s in analysis.sentences}
    assert fragments["Cuomo comm"]
    assert not fragments["John Smith"]


def test_from_sample_bh_data_an_estimate_rests_on_is_no_credit():
    from quizapp.generation.skills.common import attribution

    assert attribution("The project bases its estimates on data from Kantar Media, which tracks TV ads.") is None
    assert attribution("Ad spending rose 5%, according to data from Kantar Media.") is not None


def test_from_sample_bh_a_threat_warned_is_no_loaded_verb():
    prompts = _prompts(
        "attribution-verb",
        "Hostage\n\nAfter seizing Gourdel, 55, a guide from Nice, on Sunday, the extremist group Jund al-Khilafah "
        "warned "
        "that he would be killed within 24 hours unless the French president halted French airstrikes in Iraq.\n\n"
        "Ann Lee, the mayor, warned on Sunday that the storm would flood the coast.\n",
        "hostage.txt",
    )
    assert not [p for p in prompts if "killed" in p]
    assert [p for p in prompts if "storm" in p]


def test_from_sample_bh_better_than_any_other_is_a_comparison_not_a_rating():
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert "better" not in _judgment_words("When you add all that up, New York does much better than any other state")
    assert "better" in _judgment_words("It is a better plan for the city")


def test_from_sample_bi_a_union_named_council_holds_no_office():
    from quizapp.generation.sources import classify

    assert classify("Brandon Judd", "president of the National Border Patrol Council", is_person=True) is None


def test_from_sample_bi_much_as_x_might_concedes():
    from quizapp.generation.extract.hedges import find_hedges

    assert not find_hedges("Much as a health care company might really want to improve enrollment, it also needs care.")
    assert find_hedges("A health care company might want to improve enrollment.")


def test_from_sample_bi_number_blanks_ruled_out_or_leaning_on_another_sentence():
    from quizapp.generation.skills import number

    analysis = _analysis(
        "Border\n\nThe 90,563 family units apprehended at the border so far easily tops the record set in 2016, when "
        "the total for the full fiscal year was 77,695.\n\nA Cuban court found him guilty of crimes against the "
        "state in 2011 and sentenced "
        "him to 15 years in prison. Cuba has been on the list since 1982.\n\nThe storm killed 312 people in the "
        "province last week.\n",
        "border.txt",
    )
    prompts = [c.prompt for c in number.build(analysis)]
    assert not [p for p in prompts if "easily tops" in p or "found him" in p or "on the list" in p]
    assert [p for p in prompts if "killed _____ people" in p]


def test_from_sample_bi_an_article_before_a_figure_and_a_million_is_a_typo():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Twitter tracked more than a 1 million tweets relating to the filibuster.")
    assert not is_garbled("The army is a 1.5 million-strong force.")
    assert not is_garbled("Sales saw a 3% rise.")


def test_from_sample_bi_a_photo_caption_and_a_cards_end_are_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("The Rehabilitation Center is pictured in Hollywood, Florida, U.S., September 13, 2017.")
    assert not has_web_debris("The president is seen as a likely winner in 2020.")
    assert has_web_debris("The Hill's 12:30 Report: Democrats open impeachment hearings MORE, arriving at 2:42 a.m.")
    assert not has_web_debris("He said he wants MORE, not less.")


def test_from_sample_bi_right_and_wrong_and_a_great_in_a_name_rate_nothing():
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert not _judgment_words("For many groups this is a fundamental issue of right and wrong")
    assert not _judgment_words("Markets are tracking the Great Financial Crisis period very closely")
    assert _judgment_words("It is a great plan for the city")


def test_from_sample_bi_the_figure_in_a_name_is_not_swapped():
    from quizapp.generation.skills import true_false

    analysis = _analysis(
        "Stocks\n\nStocks rose on Monday. The Russell 2000 index, which tracks small companies, closed up for the "
        "fifth straight day.\n\nThe Dow rose 1.2%.\n",
        "stocks.txt",
    )
    assert not [c for c in true_false.build(analysis) if "Russell" in c.prompt and c.answer == ("False",)]


def test_from_sample_bi_the_writers_inference_after_a_credit_is_not_the_sources():
    from quizapp.generation.skills import true_false

    analysis = _analysis(
        "Border\n\nThe migrants reached the border on Sunday.\n\nThe San Ysidro facility can hold about 300 people, "
        "according to Pete Flores, the San Diego field office director, suggesting the bottleneck may be "
        "short-lived.\n\nThe facility can hold about 300 people, according to Pete Flores, the San Diego field office "
        "director.\n",
        "border.txt",
    )
    lessons = {s.text[:8]: true_false._what_to_check(analysis, s, s.text) for s in analysis.sentences}
    assert lessons["The San "] is None
    assert lessons["The faci"]


def test_from_sample_bi_a_statement_is_no_footage_on_state_media():
    from quizapp.generation.skills import quote_speaker

    analysis = _analysis(
        "Ship\n\nState media in North Korea said on Saturday that the nation held a test. It was the first such "
        "test.\n\n\u201cThis sanctions-busting ship is now out of service,\u201d Assistant Attorney General "
        "John Demers "
        "said in a statement. \u201cWe will act,\u201d said Ann Lee, a Treasury official. \u201cIt is over,\u201d said "
        "Tom Reyes, a lawyer.\n",
        "ship.txt",
    )
    explained = [c.explanation for c in quote_speaker.build(analysis) if "sanctions-busting" in c.prompt]
    assert explained and not [e for e in explained if "footage" in e]


def test_from_sample_bi_the_nurse_also_says_who_she_is():
    prompts = _prompts(
        "evidence",
        "Quarantine\n\nEarlier Monday, officials said they would allow Kaci Hickox, a Texas-born nurse based in Maine, "
        "to leave the hospital. \u201cI am fine,\u201d Hickox said.\n\nThe nurse works with Doctors Without Borders.\n",
        "nurse.txt",
    )
    assert not [p for p in prompts if "who Kaci Hickox is" in p]


def test_from_sample_bi_says_that_makes_points_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("Dan Mendelson of Avalere says that makes donors skittish.", standalone=False)
    assert not context_reference("Dan Mendelson of Avalere says that the plan makes donors skittish.", standalone=False)


def test_from_sample_bj_idioms_and_labels_rate_nothing():
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert not _judgment_words("Your guess is as good as mine.")
    assert not _judgment_words("They reflect the agency's best assessments of what they thought had happened.")
    assert not _judgment_words("Workers in essential sectors keep reporting for duty.")
    assert _judgment_words("It was a good decision.")


def test_from_sample_bj_a_finding_reported_is_no_plain_fact():
    from quizapp.generation.skills.fact_opinion import _is_plain_fact

    analysis = _analysis(
        "Hearings\n\nThe hearings were held after the U.S. intelligence community in January determined that Moscow "
        "ran a campaign to help Donald Trump win the election.\n\nThe hearings were held in January in Washington.\n",
        "hearings.txt",
    )
    plain = {s.text[:40]: _is_plain_fact(analysis, s, s.text) for s in analysis.sentences}
    assert not plain["The hearings were held after the U.S. in"]
    assert plain["The hearings were held in January in Was"]


def test_from_sample_bj_a_forum_is_a_members_body():
    from quizapp.generation.sources import classify

    described = "executive director of the National Immigration Forum"
    assert classify("Ali Noorani", described, is_person=True) != "named-official"


def test_from_sample_bj_a_joint_statement_and_words_of_a_warning_have_no_one_speaker():
    from quizapp.generation.skills import quote_speaker

    analysis = _analysis(
        "Relief\n\n\u201cSenate and House Republicans agree these protections will be essential to any bill,\u201d "
        "McConnell and House Minority Leader Kevin McCarthy said in a joint statement.\n\nMr. Johnson also said the "
        "warnings last year from the intelligence community that it was \u201cconfident that the Russian government "
        "directed the recent compromises of emails,\u201d were buried by other news. \u201cWe will act,\u201d said "
        "Ann Lee, a senator. \u201cIt is over,\u201d said Tom Reyes, a lawyer. \u201cWe will see,\u201d said Rita "
        "Cole, a judge. Mitch McConnell spoke on Monday.\n",
        "relief.txt",
    )
    prompts = [c.prompt for c in quote_speaker.build(analysis)]
    assert not [p for p in prompts if "Senate and House Republicans" in p or "confident that" in p]
    assert [p for p in prompts if "We will act" in p]


def test_from_sample_bj_nearly_fifty_states_is_a_count_known_to_all():
    from quizapp.generation.skills.common import named_number

    text = "A survey of election officials in nearly 50 states found many take part."
    at = text.find("nearly")
    assert named_number(text, at, at + len("nearly 50"))


def test_from_sample_bj_roles_whose_nation_tells_them_apart_are_not_asked():
    from quizapp.generation.skills.source_credentials import nation_gives_it_away

    assert nation_gives_it_away("German Foreign Minister", ["Iranian President", "Supreme Leader"])
    assert nation_gives_it_away("White House spokesman", ["Russian Foreign Minister", "French President"])
    assert not nation_gives_it_away(
        "Director of Youth Forum Zimbabwe", ["Former president of Zimbabwe", "Russia's envoy"]
    )
    assert not nation_gives_it_away("Company spokesman", ["Union leader", "Chief executive"])


def test_from_sample_bk_a_year_a_state_was_won_in_is_an_election_year():
    from quizapp.generation.skills.common import PERIODIC

    assert PERIODIC.search("The president won each state by less than 1 percentage point in 2016.")
    assert not PERIODIC.search("The company won a contract in 2016.")


def test_from_sample_bk_a_place_beside_a_region_is_not_blanked():
    prompts = _prompts(
        "detail",
        "Trip\n\nThe White House said on Tuesday that the president would not travel this week. Pence will travel "
        "in Trump's place for the Latin America trip, which begins in Peru for the summit. "
        "Trump will stay home to oversee the response to Syria.\n\nFrance and Iran condemned the strikes. Russia "
        "said it would answer. Germany and Italy backed the strikes.\n",
        "trip.txt",
    )
    assert not [p for p in prompts if "Latin America trip" in p]


def test_from_sample_bk_two_people_who_speak_as_one_are_no_one_speaker():
    sources = {
        c.content: c.source.label if c.source else None
        for c in _analysis(
            "Missouri\n\nGary Pinkel coached the team for years.\n\nA statement from head coach Pinkel and Missouri "
            "athletic director Mack Rhoades, released after the announcement, said football activities would resume "
            "Tuesday.\n",
            "missouri.txt",
        ).claims
    }
    assert "Mack Rhoades" not in sources.values()


def test_from_sample_bk_a_student_government_holds_no_office():
    from quizapp.generation.sources import classify

    assert classify("Payton Head", "Student Government President", is_person=True) is None


def test_from_sample_bk_might_call_it_chooses_a_word():
    from quizapp.generation.extract.hedges import find_hedges

    assert not find_hedges("Now that impediment, we might call it that way, has been lifted.")
    assert find_hedges("The impediment might be lifted.")


def test_from_sample_bk_a_statement_that_answers_the_sentence_before_is_not_asked():
    from quizapp.generation.skills.common import stands_alone

    assert not stands_alone("Indeed, according to the New York Fed, more than 1 million more Americans are behind.")
    assert stands_alone("According to the New York Fed, more than 1 million more Americans are behind on loans.")


def test_from_sample_bk_the_agency_whose_story_it_is_reports_its_own():
    from quizapp.generation.skills.true_false import _own_publisher

    analysis = _analysis(
        "Syria\n\nDAMASCUS, Syria (AP) \u2014 Snipers opened fire Monday at a U.N. vehicle.\n\nOne of the shells "
        "struck a mosque, according to an AP reporter on the scene.\n",
        "syria.txt",
    )
    assert _own_publisher(analysis, "an AP reporter")
    assert not _own_publisher(analysis, "Reuters")


def test_from_sample_bk_the_headline_is_cited_only_when_it_tells_the_same_news():
    from quizapp.generation.skills.main_event import lesson

    lead = "New Jersey Gov. Chris Christie publicly apologized Thursday for lane closures arranged by his associates"
    assert "headline announces" not in lesson("Christie faces political traffic jam as confidant set to testify", lead)
    assert "headline announces" in lesson("Christie apologizes for lane closures arranged by associates", lead)


def test_from_sample_bk_words_that_name_the_speakers_country_give_the_speaker_away():
    prompts = _prompts(
        "quote-speaker",
        "Strikes\n\nFrench President Emmanuel Macron said, \u201cThe red line declared by France in May 2017 had been "
        "crossed.\u201d\n\n\u201cWe will answer,\u201d said Anatoly Antonov, a Russian envoy. \u201cThe strikes were "
        "limited,\u201d said Jim Mattis, the U.S. defense secretary. \u201cIt was the right call,\u201d said Donald "
        "Trump, the U.S. president.\n",
        "strikes.txt",
    )
    assert not [p for p in prompts if "red line" in p]
    assert [p for p in prompts if "strikes were limited" in p]


def test_from_sample_bk_he_after_a_paragraph_that_was_another_speakers_account():
    sources = _quote_sources(
        "Voters\n\nJustin Trudeau, the prime minister, apologized on Thursday. \u201cI was wrong,\u201d Trudeau said."
        "\n\nMr. Muta, who is studying economics, says that he does believe racism holds people back. But Mr. Trudeau "
        "is not, in his eyes, one of the problems.\n\n\u201cPersonally, I wasn\u2019t offended by that,\u201d he says."
        "\n",
        "voters.txt",
    )
    assert [text for text in sources if "offended" in text]
    assert not [text for text, who in sources.items() if "offended" in text and who == "Justin Trudeau"]


def test_from_sample_bl_not_likely_is_no_estimate_to_teach():
    prompts = _prompts(
        "hedge",
        "Detainees\n\nThe law allows transfers as long as the department certifies that they are not likely to return "
        "to the battlefield.\n\nThe storm is likely to hit the coast on Monday, forecasters said in a bulletin.\n",
        "detainees.txt",
    )
    assert not [p for p in prompts if "not likely" in p]


def test_from_sample_bl_a_description_that_lists_others_is_no_role():
    from quizapp.generation.analysis import _can_describe_a_person

    assert not _can_describe_a_person("the government's top infectious disease expert, and other health officials")
    assert _can_describe_a_person("the government's top infectious disease expert")


def test_from_sample_bl_a_number_before_its_is_a_word_lost():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Ukraine's military says 837 its soldiers have died since April.")
    assert not is_garbled("Ukraine's military says 837 of its soldiers have died since April.")


def test_from_sample_bl_an_endorsement_year_is_an_election_year():
    from quizapp.generation.skills.common import PERIODIC

    assert PERIODIC.search("A union that endorsed him for president in 2016.")


def test_from_sample_bl_win_over_is_no_qualifier():
    from quizapp.generation.skills.true_false import _what_to_check

    analysis = _analysis(
        "Senate\n\nRepublicans need to win over just one Democratic-held seat to capture the state Senate, and only "
        "five seats in the House to win control.\n\nThe party held over 40 seats in the House last year, records "
        "show.\n",
        "senate.txt",
    )
    lessons = {s.text[:12]: _what_to_check(analysis, s, s.text) for s in analysis.sentences}
    assert lessons["Republicans "] is None


def test_from_sample_bl_a_count_of_unnamed_people_cut_short_is_not_named_as_the_counter():
    from quizapp.generation.skills import number

    analysis = _analysis(
        "Guns\n\nSen. Ann Lee, a Democrat, and Republican Tom Reyes of Oklahoma have worked out 90 percent of their "
        "differences over a measure that would expand background checks to most private sales of guns, according "
        "to two Senate aides who asked for anonymity to discuss the talks.\n",
        "guns.txt",
    )
    assert not [c for c in number.build(analysis) if "It comes from two Senate:" in c.explanation]


def test_from_sample_bl_a_changed_figure_keeps_a_form_people_write():
    from quizapp.generation.skills.true_false import _swap

    analysis = _analysis(
        "Budget\n\nThe committee met on Monday.\n\nRepublicans still have an $800 billion revenue target for the "
        "overhaul, aides said.\n",
        "budget.txt",
    )
    sentence = next(s for s in analysis.sentences if "$800 billion" in s.text)
    swapped = _swap(analysis, sentence.text, sentence.span.start_char, sentence)
    assert swapped is None or "1000 billion" not in swapped[0]


def test_from_sample_bj_words_said_in_a_joint_statement_have_no_one_source():
    sources = _quote_sources(
        "Relief\n\n\u201cThese protections will be essential to any bill,\u201d Kevin McCarthy said in a joint "
        "statement with Senate leaders.\n\n\u201cWe will act,\u201d said Ann Lee, a senator.\n",
        "relief.txt",
    )
    assert [who for text, who in sources.items() if "We will act" in text] == ["Ann Lee"]
    assert not [who for text, who in sources.items() if "essential" in text and who]


def test_from_sample_bl_a_hedge_in_a_view_the_sentence_reports_is_not_the_articles_estimate():
    story = (
        "Texas\n\nThe governor disagrees with a former senator, another possible candidate, that the state's voters "
        "are changing fast and in four years it likely will vote for the other party.\n\n"
        "The storm is likely to reach the coast on Monday.\n"
    )
    prompts = _prompts("hedge", story, "texas.txt")
    assert not [p for p in prompts if "four years" in p]
    assert [p for p in prompts if "storm" in p]  # the article's own estimate is still asked about


def test_from_sample_bl_a_place_in_a_list_of_places_is_no_blank():
    from quizapp.generation.skills import detail

    analysis = _analysis(
        "Travel\n\nGhana and Kenya closed their borders on Monday, officials in Accra said.\n\n"
        "Officials in Congo imposed quarantine measures on travelers from Italy, France, China and Germany.\n\n"
        "Egypt screened passengers at its airports, and Gabon shut its schools.\n\n"
        "The health minister flew to Nigeria for talks with the regional health body.\n",
        "travel.txt",
    )
    prompts = [c.prompt for c in detail.build(analysis)]
    assert not [p for p in prompts if "travelers from" in p]


def test_from_sample_bl_a_phrase_about_the_speaker_in_the_third_person_is_not_their_quotation():
    story = (
        "Campaign\n\nSen. Marco Rubio of Florida said on Monday that he was ready to lead.\n\nInstead, Rubio this "
        "week announced his own campaign in Miami, insisting the stakes were too high for him to “wait his turn.”\n\n"
        "John Ellis, a donor, said: “We are backing him all the way.”\n\n"
        "“It is a bold move,” said Ann Cole, a strategist in Tallahassee.\n\n"
        "Ted Marsh, another donor, said the campaign “will need a lot more money” before the primaries.\n"
    )
    prompts = _prompts("quote-speaker", story, "campaign.txt")
    assert not [p for p in prompts if "wait his turn" in p]
    assert [p for p in prompts if "bold move" in p]


def test_from_sample_bl_a_food_bank_is_a_charity_not_an_interest_group():
    from quizapp.generation.sources import classify

    assert classify("Michael Flood", "head of the LA Regional Food Bank", True) != "advocate"
    assert classify("Ann Lee", "president of the National Retail Federation, a trade group", True) == "advocate"


def test_from_sample_bl_a_named_official_is_not_said_to_speak_on_the_record():
    from quizapp.generation.sources import SOURCE_TYPE_LESSONS

    assert "on the record" not in SOURCE_TYPE_LESSONS["named-official"]  # a leaked email or call is not on the record


def test_from_sample_bl_a_tag_after_a_question_stays_with_it_when_more_follows():
    analysis = _analysis(
        "Server\n\nAsked whether she had wiped the server, Clinton smiled. “What, like with a cloth or something?” "
        "Clinton quipped, adding: “I don’t know how it works digitally at all.” The crowd laughed.\n",
        "server.txt",
    )
    assert any(s.text.startswith("“What, like") and "quipped" in s.text for s in analysis.sentences)


def test_from_sample_bl_a_bodys_claim_about_itself_is_not_moved_to_a_person():
    prompts = _prompts(
        "true-false",
        "Verification\n\nThe social network Gab says that the stricter verification rules at its rival have "
        "benefited it.\n\nIan Cole, a commentator, said that the rules had silenced many users without reason.\n\n"
        "Jane Park, a lawyer in Austin, said that the company could face new lawsuits next year.\n",
        "verification.txt",
    )
    assert not [p for p in prompts if "benefited it" in p and "Gab" not in p]


def test_from_sample_bm_a_figure_beside_an_order_of_finish_is_no_blank():
    story = (
        "Primary\n\nDonald Trump won the South Carolina primary on Saturday with 33 percent of the vote.\n\n"
        "Marco Rubio came in second with 24 percent of the vote, while Ted Cruz finished third with a little more "
        "than 21 percent.\n\nJeb Bush ended his campaign after the results came in.\n"
    )
    prompts = _prompts("number", story, "primary.txt")
    assert not [p for p in prompts if "came in second with _____" in p]
    assert [p for p in prompts if "primary on Saturday with _____" in p]


def test_from_sample_bm_a_count_of_us_states_is_not_given_more_than_fifty_choices():
    from quizapp.generation.skills import number

    story = (
        "Waivers\n\nThe health department has granted waivers from the school lunch rules this year.\n\n"
        "Now 42 states have waivers, according to the department.\n\nThe program feeds 30 million children a day.\n"
    )
    for candidate in number.build(_analysis(story, "waivers.txt")):
        if "states have waivers" in candidate.prompt:
            assert all(float(c.replace(",", "")) <= 50 for c in candidate.choices)


def test_from_sample_bm_a_quotation_after_a_negation_is_checked_when_it_runs_on_past_its_sentence():
    prompts = _prompts(
        "quote-speaker",
        "Health bill\n\nSen. John McCain of Arizona said on Monday that the bill was in trouble.\n\n"
        "If Democrats are included, he said, it doesn't mean \"they control it. It means they can have amendments "
        'considered. That is what democracy is supposed to be about."\n\n'
        '"We will take our time," said Sen. Ann Lee of Ohio, a Republican.\n\n'
        '"Nobody is rushing this," said Sen. Tom Reyes of Iowa, a Democrat.\n',
        "health.txt",
    )
    assert not [p for p in prompts if "they control it" in p]


def test_from_sample_bm_a_candidates_press_secretary_is_no_official():
    from quizapp.generation.sources import classify

    assert classify("Julie Wood", "Bloomberg national press secretary", True) is None
    assert classify("Julie Wood", "White House press secretary", True) == "named-official"
    assert classify("Julie Wood", "director of the national weather service", True) == "named-official"


def test_from_sample_bm_a_reported_clause_that_lost_its_subject_is_not_asked_about():
    analysis = _analysis(
        "Estate tax\n\nThe plan keeps the estate tax, which the White House says is a big benefit to family farms. "
        "Democrats say enriches a handful of the wealthiest Americans since it only affects estates worth more "
        "than $5 million.\n\nWhat the senator said was true, the report found.\n\nThe North launched a rocket in "
        "December that Western observers said was a cover for a missile test.\n",
        "estate.txt",
    )
    flags = {s.text[:14]: s.furniture for s in analysis.sentences}
    assert flags["Democrats say "] and not flags["What the senat"] and not flags["The North laun"]


def test_from_sample_bm_a_bank_never_asks_the_same_question_twice():
    from quizapp.generation.candidate import Candidate
    from quizapp.generation.select import select

    def made(prompt, facts, score):
        return Candidate("fact-opinion", "single", prompt, ("A",), "Why.", ("Evidence.",), 1, score, ("A", "B"), facts)

    first = made("Fact or judgment? “It ought to be a shock”", frozenset({"sentence:3"}), 0.8)
    again = made("Fact or judgment? “It ought to be a shock”", frozenset({"sentence:4"}), 0.75)
    other = made("Fact or judgment? “The bill passed”", frozenset({"sentence:5"}), 0.7)
    assert select([first, again, other]) == [first, other]


def test_from_sample_bm_the_one_who_opened_fire_is_no_wrong_choice_of_speaker():
    from quizapp.generation.analysis import harmed_or_accused

    text = (
        "Eight people were hurt when Aaron Alexis, a Navy contractor, entered the building and opened fire. "
        "Obama said the gunman opened fire on workers. Tom Reyes, a guard, said he heard shots."
    )
    assert harmed_or_accused(text, "Aaron Alexis")
    assert not harmed_or_accused(text, "Barack Obama") and not harmed_or_accused(text, "Tom Reyes")


def test_from_sample_bm_a_town_and_its_state_are_no_person_and_role():
    from quizapp.generation.analysis import _can_describe_a_person

    assert not _can_describe_a_person("Maryland")
    assert _can_describe_a_person("Los Angeles County Sheriff")


def test_from_sample_bm_a_word_built_on_a_name_is_not_a_checkable_specific():
    from quizapp.generation.skills.fact_opinion import _checkable_parts

    analysis = _analysis(
        "Senators\n\nThe president flew to Indiana on Friday.\n\nTwo other Democratic senators in Trump-voting "
        "states, Joe Donnelly of Indiana and Heidi Heitkamp of North Dakota, were invited on Air Force One.\n",
        "senators.txt",
    )
    sentence = next(s for s in analysis.sentences if "Trump-voting" in s.text)
    assert "Trump" not in [words for _, words in _checkable_parts(analysis, sentence, sentence.text)]


def test_from_sample_bm_a_nation_that_opens_an_unnamed_speaker_keeps_its_capital():
    from quizapp.generation.skills.reported_speech import _speaker
    from quizapp.generation.sources import Source

    state_tv = Source("state-media", "Niger's state television", "state-media")
    story = "Niger’s state television said the trainers arrived on Wednesday."
    assert _speaker(state_tv, "The broadcast said the trainers arrived.", story)[0] == "Niger's state television"
    staff = Source("staff", "Other harbour workers", "participant")
    assert _speaker(staff, "Other harbour workers said the crane fell.", "Other harbour workers said so.")[0] == (
        "other harbour workers"
    )


def test_from_sample_bn_the_same_time_period_points_back_even_after_also():
    from quizapp.quality.wording import context_reference

    assert context_reference(
        "Outside organizations also have thrown some $3.3 million in support of Ernst during the same time period."
    )


def test_from_sample_bn_mythology_and_a_soldiers_account_are_no_checkable_facts():
    from quizapp.generation.skills.fact_opinion import _is_plain_fact

    analysis = _analysis(
        "Temple\n\nThe court met on the temple site.\n\nAccording to the old texts, the mosque was demolished by a "
        "mob in 1992, killing 2,000 people.\n\nThe mosque was demolished by a mob in 1992, killing 2,000 people.\n\n"
        "A soldier in Kabul recounted in a video in 1992 how a mob demolished the mosque, killing 2,000 people.\n",
        "temple.txt",
    )
    plain = {s.text[:14]: _is_plain_fact(analysis, s, s.text) for s in analysis.sentences}
    assert plain["The mosque was"]  # the record itself
    assert not plain["According to t"] and not plain["A soldier in K"]  # an account of it


def test_from_sample_bn_present_day_is_no_date_to_check():
    from quizapp.generation.skills.fact_opinion import _checkable_parts

    analysis = _analysis(
        "Towns\n\nThe court met on Monday.\n\nTraders from Tibet founded the town of Lhasa in present-day China.\n",
        "towns.txt",
    )
    sentence = next(s for s in analysis.sentences if "present-day" in s.text)
    assert "present-day" not in [words for _, words in _checkable_parts(analysis, sentence, sentence.text)]


def test_from_sample_bn_a_role_after_a_possessive_name_is_anothers():
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline

    doc = pipeline()("In 2016, Jeff Merkley was Sanders’ only fellow senator to endorse his presidential campaign.")
    assert all(p.description is None for p in find_people(doc) if p.name == "Sanders")


def test_from_sample_bn_what_a_text_notes_is_not_a_speakers_words_vouched_for():
    prompts = _prompts(
        "attribution-verb",
        "Child care\n\nThe guidelines note that “in communities with many cases, child care programs should be "
        "closed,” but that programs elsewhere can stay open.\n\nThe governor noted that “we have kept every school "
        "open so far,” a claim her critics dispute.\n",
        "care.txt",
    )
    assert not [p for p in prompts if "guidelines" in p]
    assert [p for p in prompts if "governor noted" in p]


def test_from_sample_bn_a_name_tied_to_a_body_is_no_blank():
    from quizapp.generation.skills import detail

    analysis = _analysis(
        "Attack\n\nPresident Francois Hollande said on Wednesday that France was united.\n\nThe attackers went to "
        "the second floor and started firing in the newsroom, said Christophe Deloire of Reporters Without "
        "Borders.\n\nChancellor Angela Merkel called the attack abhorrent.\n\nLuc Poignant, a police union "
        "official, said the attackers fled in a stolen car.\n",
        "attack.txt",
    )
    assert not [c for c in detail.build(analysis) if "_____ of Reporters" in c.prompt]


def test_from_sample_bn_an_unnamed_source_named_after_a_place_keeps_its_capitals():
    from quizapp.generation.skills.reported_speech import _speaker
    from quizapp.generation.sources import Source

    officials = Source("white-house-officials", "White House officials", "unnamed-official")
    sentence = "White House officials said on Sunday that the plan took 11 months."
    assert _speaker(officials, sentence, sentence)[0] == "White House officials"


def test_from_sample_bn_a_professor_telling_what_happened_to_her_is_no_independent_expert():
    prompts = _prompts(
        "source-type",
        "Hearing\n\nChristine Ford, a psychology professor at Palo Alto University, said Brett Kavanaugh attacked "
        "her at a party in 1982.\n\nDan Kennedy, a journalism professor at Northeastern University, said the "
        "hearing “strikes me as unusual in its pace.”\n",
        "hearing.txt",
    )
    assert not [p for p in prompts if "Christine Ford" in p]
    assert [p for p in prompts if "Dan Kennedy" in p]


def test_from_sample_bn_a_lead_with_the_headlines_actor_but_little_else_of_it_is_not_the_news():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.main_event import _TWO_EVENTS

    news = _analysis(
        "Kestrel Harbour rejects cruise terminal plan\n\n"
        "Kestrel Harbour has turned down a proposal to build a large cruise terminal on its northern pier.\n\n"
        + _HARBOUR_BODY,
        "harbour.txt",
    )
    assert BUILDERS["main-event"](news)
    scene = _analysis(
        "Kestrel Harbour uses mayor's grandson in video\n\n"
        "Kestrel Harbour hosted a look back at the year with a panel of local comedians on Sunday.\n\n" + _HARBOUR_BODY,
        "harbour.txt",
    )
    assert BUILDERS["main-event"](scene) == []
    assert _TWO_EVENTS.search("Christie faces political traffic jam as confidant set to testify on lane closure")
    assert not _TWO_EVENTS.search("Trump backs down on separating immigrant children")


def test_from_sample_bo_an_estimate_turned_round_or_confessed_by_someone_is_no_estimate_of_the_articles():
    prompts = _prompts(
        "hedge",
        "Bill\n\nThe senator's bill isn't likely to pass, since so far he has no co-sponsors.\n\n"
        "But Biggs confesses that the effort would likely be futile.\n\n"
        "The storm is likely to reach the coast on Monday.\n",
        "bill.txt",
    )
    assert not [p for p in prompts if "co-sponsors" in p or "futile" in p]
    assert [p for p in prompts if "storm" in p]


def test_from_sample_bo_two_letters_that_are_no_word_are_a_typo():
    from quizapp.quality.wording import misspelt_words

    assert misspelt_words("A full repeal fo SALT would give refunds to 13 million households.") == ["fo"]
    assert misspelt_words("It is up to us to go on as we do, he said of it, at 5 km an hour, or so.") == []


def test_from_sample_bo_serving_as_an_advocate_says_who_someone_is_too():
    prompts = _prompts(
        "evidence",
        "Court\n\nThose words resolve the issue, says former Solicitor General Paul Clement, now representing the "
        'legislature in the Supreme Court.\n\n"We make the plain claim," says Clement.\n\nOlson and Clement '
        "served, one after the other, as the top legal advocate in the Bush administration.\n",
        "court.txt",
    )
    assert not [p for p in prompts if "Paul Clement" in p]


def test_from_sample_bo_a_name_card_with_the_middle_names_written_out_is_page_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("It leaked messages sent by Sen. Mark Warner Mark Robert WarnerHillicon Valley: The news")
    assert not has_web_debris("Mark Warner and Mark Robert Kelly met on Tuesday.")


def test_from_sample_bo_a_bodys_name_with_a_small_word_inside_is_not_cut_there():
    from quizapp.generation.skills.source_credentials import cut_off

    text = "said Jerri Ann Henry, the campaign manager for Young Conservatives for the Freedom to Marry."
    role = "the campaign manager for Young Conservatives for the Freedom"
    assert cut_off(role, text, capitalised=False, name="Jerri Ann Henry")
    other = "said Ann Lee, director of Amnesty International in London."
    assert not cut_off("director of Amnesty International", other, capitalised=False, name="Ann Lee")


def test_from_sample_bo_a_fact_the_writer_answers_at_once_is_not_vouched_for():
    prompts = _prompts(
        "attribution-verb",
        "Campaign\n\nPaul Manafort, the campaign chairman, spoke on Sunday.\n\nHe noted that Trump had visited the "
        'battleground states repeatedly and was "starting to get traction in those states."\n\nHowever, recent '
        "polls have shown Trump's numbers sagging badly in those states.\n",
        "campaign.txt",
    )
    assert not [p for p in prompts if "noted" in p]


def test_from_sample_bo_pressured_is_a_reading_and_i_must_say_no_duty():
    from quizapp.generation.skills.fact_opinion import _SET_PHRASES, _is_plain_fact

    analysis = _analysis(
        "Call\n\nThe court met on the case.\n\nTrump had pressured the Ukrainian president in a July 25 phone call "
        "to open 2 inquiries.\n\nTrump had asked the Ukrainian president in a July 25 phone call to open 2 "
        "inquiries.\n",
        "call.txt",
    )
    plain = {s.text[:16]: _is_plain_fact(analysis, s, s.text) for s in analysis.sentences}
    assert plain["Trump had asked "] and not plain["Trump had pressu"]
    assert _SET_PHRASES.search("they have been much nicer lately, I must say")


def test_from_sample_bp_whom_anonymity_was_granted_to_is_no_reason():
    from quizapp.generation.extract.anonymity import find_unnamed_sources

    (told,) = find_unnamed_sources(
        "But a senior US homeland security official, speaking on condition of anonymity to news agency Reuters, "
        "said there was no evidence."
    )
    assert told.reason is None
    (why,) = find_unnamed_sources(
        "A senior official, speaking on condition of anonymity to discuss the talks, said so."
    )
    assert why.reason == "to discuss the talks"


def test_from_sample_bp_ticking_back_up_to_a_figure_is_no_bound():
    from quizapp.generation.skills.true_false import _what_to_check

    analysis = _analysis(
        "Checks\n\nThe court met on Monday.\n\nThe checks dropped in 2017 to 25.2 million before ticking back up to "
        "26.1 million last year.\n",
        "checks.txt",
    )
    sentence = next(s for s in analysis.sentences if "ticking" in s.text)
    assert "up to" not in (_what_to_check(analysis, sentence, sentence.text) or "")


def test_from_sample_bp_how_a_thing_is_sorted_is_no_forecast():
    prompts = _prompts(
        "hedge",
        "Guns\n\nThe National Shooting Sports Foundation, the leading trade group for the gun industry, does its own "
        "calculations using NICS numbers, then subtracting checks that are unlikely to be related to gun sales.\n\n"
        "The storm is likely to reach the coast on Monday.\n",
        "guns.txt",
    )
    assert not [p for p in prompts if "related to gun" in p]
    assert [p for p in prompts if "storm" in p]


def test_from_sample_bp_a_claim_cut_inside_its_object_is_not_asked():
    from quizapp.generation.skills.common import CUT_AT_THE_END

    assert CUT_AT_THE_END.search("conflict in the Middle East would distract the extremists from hitting hard at what")
    assert not CUT_AT_THE_END.search("conflict in the Middle East would distract the extremists from America")


def test_from_sample_bp_3_d_is_a_label_and_a_state_a_candidate_won_an_election_year():
    from quizapp.generation.skills.common import PERIODIC, named_number

    text = "Federal agents say weapons made on a 3-D printer could emerge as a threat."
    at = text.index("3")
    assert named_number(text, at, at + 1)
    assert PERIODIC.search("defending Democratic seats in states that Trump won in 2016, which include Missouri")


def test_from_sample_bp_achieving_that_points_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("Achieving that will require defending seats in states that Trump won in 2016.")
    assert not context_reference("Building the new bridge will take three years, the mayor's office said.")


def test_from_sample_bp_sidestepped_and_shed_new_light_are_the_reporters_reading():
    from quizapp.generation.skills.fact_opinion import _LOADED_NOUNS, _is_plain_fact

    analysis = _analysis(
        "Hearing\n\nThe court met on the case.\n\nThe mosque was demolished by a mob in 1992, killing 2,000 people."
        "\n\nThe mob sidestepped the police in 1992, killing 2,000 people.\n",
        "hearing.txt",
    )
    plain = {s.text[:16]: _is_plain_fact(analysis, s, s.text) for s in analysis.sentences}
    assert plain["The mosque was d"] and not plain["The mob sidestep"]
    assert _LOADED_NOUNS.search("Documents released on Wednesday shed new light on the mindset of its founder")


def test_from_sample_bp_a_caption_with_a_title_in_capitals_says_who_someone_is_too():
    prompts = _prompts(
        "evidence",
        'Musk\n\nTesla and SpaceX CEO Elon Musk.\n\n"We will build it," said Elon Musk, the founder of the rocket '
        "firm, on Tuesday.\n\nThe company plans 4 launches next year, Musk said.\n",
        "musk.txt",
    )
    assert not [p for p in prompts if "Elon Musk" in p]


def test_from_sample_bp_a_place_the_clause_after_describes_or_named_twice_is_no_blank():
    from quizapp.generation.skills import detail

    analysis = _analysis(
        "Pompeo\n\nMr Pompeo spoke in Cairo on Thursday about Iran, Yemen and China.\n\nMr Pompeo also challenged the "
        "idea that the US had little influence on the conflict in Syria, where President Bashar al-Assad is still "
        "in power.\n\nAmerica will keep troops in Iraq, he said.\n",
        "pompeo.txt",
    )
    assert not [c for c in detail.build(analysis) if "conflict in _____" in c.prompt]


def test_from_sample_bp_a_lead_cut_inside_a_list_or_under_a_headline_of_two_parts_is_not_the_news():
    from quizapp.generation.skills import BUILDERS
    from quizapp.generation.skills.main_event import _TWO_EVENTS

    listed = _analysis(
        "Kestrel Harbour rejects cruise terminal plan\n\n"
        "Kestrel Harbour has turned down a plan to build a cruise terminal, rejected a ferry quay, and could close "
        "its northern pier next year.\n\n" + _HARBOUR_BODY,
        "harbour.txt",
    )
    assert not [c for c in BUILDERS["main-event"](listed) if c.answer[0].endswith("rejected a ferry quay")]
    assert _TWO_EVENTS.search("The FBI had a tip that Nikolas Cruz wanted to kill people — and didn’t act")


def test_from_sample_bq_those_likely_to_use_benefits_are_a_kind_of_people_not_a_forecast():
    prompts = _prompts(
        "hedge",
        "Rule\n\nThe administration made a new rule in August that expands the definition to include those likely to "
        "use benefit programs for a period of months.\n\nThe storm is likely to reach the coast on Monday.\n",
        "rule.txt",
    )
    assert not [p for p in prompts if "those likely" in p]
    assert [p for p in prompts if "storm" in p]


def test_from_sample_bq_a_body_only_cited_in_anothers_answer_is_no_source():
    from quizapp.generation.skills.source_type import _only_cited
    from quizapp.generation.sources import Source

    analysis = _analysis(
        "Speech\n\nNo, replied Fleming, because that is inciting imminent harm, which the Supreme Court has said is "
        "not protected.\n\nThe Supreme Court said on Monday that it would hear the case.\n",
        "speech.txt",
    )
    prompts = _prompts(
        "source-type",
        "Speech\n\nA lawyer for the student, Ann Fleming, spoke to reporters on Monday.\n\nCould the student be "
        "punished for the post? No, replied Fleming, because that is inciting imminent harm, which the Supreme Court "
        'has said is not protected.\n\n"We will appeal," said Tom Reyes, a spokesman for the school district.\n\n'
        '"The rules are clear," said John Park, a law professor at Ohio State University.\n',
        "speech.txt",
    )
    assert not [p for p in prompts if "Supreme Court" in p] and [p for p in prompts if "John Park" in p]
    court = Source("court", "the Supreme Court", "named-official", named=True, sentences=[0])
    assert _only_cited(analysis, court)
    assert not _only_cited(
        analysis, Source("court", "the Supreme Court", "named-official", named=True, sentences=[0, 1])
    )


def test_from_sample_bq_a_source_cut_before_its_noun_and_a_bare_count_are_not_used():
    from quizapp.generation.skills.common import attribution
    from quizapp.quality.wording import context_reference

    assert (
        attribution(
            "There have been nine investigations of a diocese in the U.S., according to the Massachusetts-based "
            "research and advocacy organization BishopAccountability.org."
        )
        is None
    )
    assert attribution("The economy grew 3 percent, according to the Commerce Department.")
    assert context_reference("Nearly 10% more arrived from El Salvador, Guatemala and Honduras.")
    assert context_reference("Nearly 200,000 live in California, another 100,000 in Texas.")
    assert not context_reference("Nearly 200,000 people live in California, the census found.")


def test_from_sample_bq_downplayed_is_the_reporters_reading():
    from quizapp.generation.skills.fact_opinion import _is_plain_fact

    analysis = _analysis(
        "Attack\n\nThe court met on the case.\n\nThe army launched the attack in 1992, killing 2,000 people.\n\n"
        "The army downplayed the attack in 1992, killing 2,000 people.\n",
        "attack.txt",
    )
    plain = {s.text[:16]: _is_plain_fact(analysis, s, s.text) for s in analysis.sentences}
    assert plain["The army launche"] and not plain["The army downpla"]


def test_from_sample_br_a_photo_credit_a_highlights_box_and_a_cards_end_are_page_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("(Photo: Spencer Platt, Getty Images) Story Highlights Democrat resigned from Congress.")
    assert has_web_debris(
        "MORE (R-Texas), the ranking member on the Foreign Affairs Committee, told reporters Tuesday."
    )
    assert not has_web_debris("McCaul (R-Texas), the ranking member on the committee, told reporters Tuesday.")


def test_from_sample_br_a_point_granted_and_a_possibility_others_deny_are_no_doubts_of_the_speaker():
    from quizapp.generation.extract.hedges import find_hedges
    from quizapp.generation.skills.hedge import _OTHERS_CLAIM_NOUNS

    assert not find_hedges("“While they may have the academic freedom to do so, there is a price to pay.”")
    assert find_hedges("The storm may have reached the coast on Monday, forecasters said.")
    assert _OTHERS_CLAIM_NOUNS.search("There’s little acknowledgment that there might be a kernel of truth")


def test_from_sample_br_not_wanting_to_be_identified_speaks_of_anonymity_and_public_affairs_is_lobbying():
    from quizapp.generation.extract.anonymity import speaks_of_anonymity
    from quizapp.generation.sources import classify

    assert speaks_of_anonymity("The sources didn't want to be identified because of the sensitive talks.")
    role = "senior vice president for government and public affairs at the American Council on Education"
    assert classify("Terry Hartle", role, True) != "named-official"


def test_from_sample_br_an_unnamed_officer_beside_a_named_officer_is_not_asked_as_the_one_not_named():
    story = (
        "Delhi\n\nProtesters set shops on fire, said a police officer who spoke on condition of anonymity because "
        "he was not authorized to speak to reporters.\n\nAnuj Kumar, a police officer in the district, said 20 "
        "people were arrested.\n\nNarendra Modi, the prime minister, called for calm.\n\nArvind Kejriwal, the "
        "chief minister, visited the area.\n"
    )
    assert not [p for p in _prompts("anonymous-source", story, "delhi.txt") if p.startswith("Which of these sources")]


def test_from_sample_br_a_title_shared_across_and_is_not_cut_at_it():
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline

    def roles(text: str) -> dict[str, str | None]:
        return {p.name: p.description for p in find_people(pipeline()(text))}

    assert roles("Former FBI and CIA official Phil Mudd said on CNN that the timing was odd.")["Phil Mudd"] is None
    assert roles("Trump and Senate Majority Leader Mitch McConnell met on Monday.")["Mitch McConnell"] == (
        "Senate Majority Leader"
    )


def test_from_sample_bp_the_countries_a_sentence_names_are_found_in_any_form():
    from quizapp.generation.gazetteer import parties_named

    assert parties_named("the US had little influence on the conflict") == {"United States"}
    assert parties_named("South Korean officials met Chinese envoys") == {"South Korea", "China"}
    assert parties_named("the conflict dragged on") == set()


def test_from_sample_bs_a_concession_and_a_concern_of_another_are_no_doubts_of_the_speaker():
    from quizapp.generation.extract.hedges import find_hedges

    assert not find_hedges("There was nothing criminal in his actions, however ill-judged they might have been.")
    assert not find_hedges(
        "To alleviate your principal concern (i.e. that the president might financially benefit from the lease), "
        "please know that the space is privately owned."
    )
    assert find_hedges("He said the plant might close next year.")


def test_from_sample_bs_all_50_state_governors_is_a_count_everyone_knows():
    from quizapp.generation.skills.common import named_number

    text = "Pence held a call with all 50 state governors on Monday."
    assert named_number(text, text.find("50"), text.find("50") + 2)
    text = "Pence held a call with 12 state governors on Monday."
    assert not named_number(text, text.find("12"), text.find("12") + 2)


def test_from_sample_bs_a_thing_or_person_described_but_not_named_points_outside_the_sentence():
    from quizapp.quality.wording import context_reference

    assert context_reference("The federal-state program covers 1 in 5 Americans and half of U.S. births.")
    assert context_reference("The unlikely pair's interaction went viral when Hinton shared their texts.")
    assert context_reference("Di Martino says they work because voters remember negative ads.")
    assert context_reference("The first serious market ripples, Burt says, could come next year.") is None
    assert context_reference("A plurality of Republicans, 40%, said they oppose the protesters.") is None
    assert context_reference("The unlikely pair's interaction went viral.", standalone=False) is None


def test_from_sample_bs_a_split_figure_and_the_before_a_country_are_typos():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Mr. Trump also owns the 6, 096 penthouse on the 66th floor.")
    assert is_garbled("At least 213 people in the China have died from the virus.")
    assert not is_garbled("The scores were 6, 100 and 7 in the last three games.")
    assert not is_garbled("He lives in the Netherlands and visits the China Sea.")
    assert not is_garbled("The pope met pilgrims in the Vatican.")


def test_from_sample_bs_a_choice_cut_after_a_clause_is_a_fragment():
    from quizapp.quality.flaws import ItemText, check

    choices = (
        ", Chicago health officials have reported the first US case of transmission",
        "The virus has been declared a global emergency by the World Health Organization",
        "A confirmed case in Tibet means the virus has reached every region of China",
    )
    item = ItemText("single", "What is the main news in this story?", choices, (choices[1],), "The lead says so.")
    assert "fragment" in {flaw.code for flaw in check(item)}


def test_from_sample_bs_a_country_inside_a_groups_name_makes_no_official():
    from quizapp.generation.sources import classify

    assert classify("Dan Becker", "president of Georgia Right to Life", True) != "named-official"
    assert classify("Salome Zurabishvili", "President of Georgia", True) == "named-official"


def test_from_sample_bs_words_another_asks_after_the_tag_and_a_cut_infinitive_are_not_the_speakers():
    story = (
        "Shooting in Annapolis\n\n"
        "Rodolfo Beltren, a cleaner at the building, helped the workers outside. They were in shock, Mr. Beltren "
        "said, and all wanted to know: “Why would anyone do this to a newspaper in our quiet town?”\n\n"
        "Joe Biden said he had asked Barack Obama “not to endorse.”\n\n"
        "“We will rebuild the newsroom,” said Lacy McKinney, the editor.\n\n"
        "“The police came within a minute,” said John Cusumano, the police chief.\n\n"
        "“It was a dark day for the city,” said William Krampf, a neighbour.\n"
    )
    prompts = _prompts("quote-speaker", story, "annapolis.txt")
    assert any("rebuild the newsroom" in p for p in prompts)
    assert not [p for p in prompts if "quiet town" in p or "not to endorse" in p]
    from quizapp.generation.skills.quote_speaker import _ANOTHER_VOICE

    assert _ANOTHER_VOICE.search("They were in shock, Mr. Beltren said, and all asked the same question: “")
    assert not _ANOTHER_VOICE.search("The talks failed, Obama said, and he asked: “")
    asked = story.replace(
        "all wanted to know: “Why would anyone do this to a newspaper in our quiet town?”",
        "all asked the same question: “How can something like that happen in Annapolis? To the Capital?”",
    )
    assert not [p for p in _prompts("quote-speaker", asked, "annapolis.txt") if "To the Capital" in p]


def test_from_sample_bs_a_newsrooms_own_analysis_is_not_credited_to_its_data():
    story = (
        "Ads turn negative\n\n"
        "WASHINGTON (CNN) -- Campaigns spent more on ads this year than ever before, officials at the Federal "
        "Election Commission said on Monday.\n\n"
        "A CNN analysis of data from the Campaign Media Analysis Group, a company that tracks ads, shows that "
        "most campaign ads shown in Ohio are negative.\n"
    )
    from quizapp.generation.skills import BUILDERS

    items = BUILDERS["true-false"](_analysis(story, "ads.txt"))
    assert not [c for c in items if "Campaign Media Analysis Group" in c.explanation]


def test_from_sample_bs_a_projection_without_its_frame_and_a_bare_comparison_are_not_asked_alone():
    from quizapp.quality.wording import bare_comparative, unframed_projection

    assert unframed_projection("Some 23 million fewer Americans would hold insurance a decade from now.")
    assert not unframed_projection("Some 23 million fewer Americans would hold insurance under the House bill.")
    assert not unframed_projection("Officials said 23 million fewer Americans would hold insurance.")
    assert bare_comparative("was more direct.")
    assert not bare_comparative("was more direct than his rival.")
    story = (
        "Health bill advances\n\n"
        "The House passed the health bill on Thursday, the Congressional Budget Office said.\n\n"
        "Some 23 million fewer Americans would hold insurance a decade from now because Medicaid rolls would be cut "
        "in every state.\n\n"
        "Rep. Lacy Clay, a Missouri Democrat, was more direct.\n\n"
        "Rep. Ron Estes, a Kansas Republican, praised the bill.\n\n"
        "Sen. Tom Carper, a Delaware Democrat, criticised the bill.\n\n"
        "Rep. Kevin Yoder, a Kansas Republican, voted for the bill.\n"
    )
    assert not [p for p in _prompts("true-false", story, "health.txt") if "23 million" in p]
    assert not [p for p in _prompts("detail", story, "health.txt") if "more direct" in p]


def test_from_sample_bs_a_claim_a_wrong_choice_also_made_is_not_asked_as_who_said_it():
    story = (
        "Lease at Trump Tower\n\n"
        "Pamela Dixon, press secretary for the agency, confirmed that the space in Trump Tower was privately owned "
        "by someone not affiliated with the Trump Organization.\n\n"
        "“Please know that this residential space is privately owned,” James MacStravic, a Pentagon official, "
        "wrote before the lease was signed.\n\n"
        "Shawn Holtzclaw, a spokesman for the Army, said the lease would end in the spring of next year.\n\n"
        "Gina Ortiz, a city councillor, said the city would review every federal lease in the borough.\n"
    )
    prompts = _prompts("quote-speaker", story, "lease.txt")
    assert not [p for p in prompts if p.startswith("According to the article, who said that") and "privately" in p]
    assert any("lease would end" in p for p in prompts)


def test_from_sample_bs_no_who_did_question_on_the_person_the_headline_names():
    story = (
        "Barack Obama and Nelson Mandela: inspiration from afar\n\n"
        "Rick Stengel, a former editor, wrote a book on the two men.\n\n"
        "Barack Obama, the U.S. president, looked to Nelson Mandela for inspiration for more than three decades, "
        "from a California campus to the White House.\n\n"
        "Idris Elba, an actor, played Mandela in a film.\n\n"
        "Stephen Morrison, an analyst, studied the links between them.\n"
    )
    prompts = _prompts("detail", story, "mandela.txt")
    assert any(p.startswith("According to the article, who played") for p in prompts)
    assert not [p for p in prompts if "looked to" in p]


def test_from_sample_bt_a_representative_for_a_group_and_a_name_kept_secret():
    from quizapp.generation.extract.anonymity import speaks_of_anonymity
    from quizapp.generation.sources import classify

    role = "a Washington representative for the American Legion"
    assert classify("Louis Celli Jr.", role, True) != "named-official"
    assert speaks_of_anonymity("The Times published the column under an agreement to keep the author’s name secret.")
    assert not speaks_of_anonymity("The Times published the column on Wednesday.")


def test_from_sample_bt_one_who_only_admits_or_denies_is_no_source_to_type_and_also_said_is_not_asked():
    story = (
        "Virginia scandals\n\n"
        "Gov. Ralph Northam said the state would not cut school funds this year.\n\n"
        "Attorney General Mark Herring has admitted that he wore blackface at a party in college.\n\n"
        "Sen. Tim Kaine said the party would hold hearings on the matter soon.\n\n"
        "“We have to hear everyone out,” said Delegate Ann Lee, a Democrat.\n\n"
        "House Speaker Kirk Cox also said the hearings would begin in the spring of next year.\n"
    )
    assert not [p for p in _prompts("source-type", story, "virginia.txt") if "Herring" in p]
    asked = [
        p for p in _prompts("quote-speaker", story, "virginia.txt") if p.startswith("According to the article, who")
    ]
    assert not [p for p in asked if "begin in the spring" in p]


def test_from_sample_bu_heads_of_a_university_or_a_state_firm_get_no_type():
    from quizapp.generation.sources import classify

    assert classify("Michael Drake", "president of Ohio State University", True) is None
    assert classify("USPS CEO Megan Brennan", None, True) is None
    assert classify("Jane Doe", "a professor at Ohio State University", True) == "expert"


def test_from_sample_bu_a_nominee_named_in_another_sentence_is_described_there_too():
    story = (
        "Ryan lays out plan on poverty\n\n"
        "Cleveland, Ohio (CNN) - Republican vice presidential nominee Paul Ryan laid out a plan for lifting people "
        "out of poverty while speaking Wednesday in Ohio.\n\n"
        '"Many of those who are living in poverty today were in the middle class just a few years ago," said Ryan.\n\n'
        "Ryan, a seven-term congressman and House Budget Committee chairman, tried to dispel the notion that "
        'Republicans "think everybody should just fend for themselves."\n\n'
        "“We need jobs here,” said Ann Lee, a worker at the plant.\n\n"
        "“Nobody asked us,” said Tom Reyes, a union steward.\n"
    )
    assert not [p for p in _prompts("evidence", story, "ryan.txt") if "Paul Ryan" in p]


def test_from_sample_bu_a_partial_quotation_a_reporter_passes_on_is_not_theirs():
    story = (
        "Bathroom bill repealed\n\n"
        "Governor Roy Cooper signed the repeal on Thursday.\n\n"
        "Debate on the measure showed Democrats were divided on the measure, WUNC's Jeff Tiberii reports.\n\n"
        "The compromise has also angered some conservatives who supported the original measure. One senator who "
        'supported the bill spoke during the Senate debate on Thursday, calling it "at best a punt; at worst, a '
        'betrayal of principle," Tiberii reports.\n'
    )
    from quizapp.generation.skills import BUILDERS

    prompts = [c.prompt for c in BUILDERS["reported-speech"](_analysis(story, "repeal.txt"))]
    assert not [p for p in prompts if "punt" in p]


def test_from_sample_bv_a_negated_likely_a_glued_kicker_and_the_person_said():
    from quizapp.generation.extract.hedges import find_hedges
    from quizapp.quality.wording import context_reference, is_garbled

    assert not find_hedges("Asked about talks with Iran, Pompeo said that it doesn’t seem likely.")
    assert find_hedges("Pompeo said talks seem likely.")
    assert is_garbled("Uh-oh:Donald Trump trips up on history in his speech")
    assert not is_garbled("Update: Officials said the meeting would start at 10:30 on Monday.")
    assert context_reference("The person said McConnell questions whether Trump can recover.")


def test_from_sample_bv_a_share_that_completes_another_is_not_blanked():
    from quizapp.generation.skills.number import _completes_a_whole

    text = "Sanders won only 14 of the black vote compared to Clinton’s 86 percent, exit polls showed."
    assert _completes_a_whole(text, 86.0)
    assert not _completes_a_whole("Clinton won 52 percent against 45 percent for Trump.", 52.0)
    story = (
        "Primary results\n\n"
        "In South Carolina, Sanders won only 14 of the black vote compared to Hillary Clinton’s 86 percent, exit "
        "polls showed on Tuesday.\n\n"
        "Turnout rose to 61 percent in Charleston County, officials said on Wednesday.\n"
    )
    prompts = _prompts("number", story, "primary.txt")
    assert any("Turnout" in p for p in prompts)
    assert not [p for p in prompts if "black vote" in p]


def test_from_sample_bv_a_campaigns_head_and_a_petitions_organiser_get_no_type():
    from quizapp.generation.sources import classify

    role = "president of the Committee for a Responsible Federal Budget"
    assert classify("Maya MacGuineas", role, True) is None
    assert classify("Tom Frieden", "director of the Centers for Disease Control and Prevention", True) == (
        "named-official"
    )
    assert classify("Michele Dauber", "a Stanford law professor who organized the recall petition", True) is None


def test_from_sample_bv_no_who_did_question_whose_predicate_points_back():
    story = (
        "Memorial Day date\n\n"
        "Congress moved Memorial Day to the last Monday in May in 1971.\n\n"
        "For years, the late Hawaii Sen. Daniel Inouye, a World War II veteran, asked Congress to change it back.\n\n"
        "Randy Plummer, a veterans' leader, visited the cemetery.\n\n"
        "Allison Jaslow, a former Army captain, spoke at the ceremony.\n\n"
        "Jim Segletes, a historian, wrote a book on the holiday.\n"
    )
    assert not [p for p in _prompts("detail", story, "memorial.txt") if "change it back" in p]


def test_from_sample_bw_a_headline_cut_at_a_title_is_no_role():
    from quizapp.generation.analysis import _can_describe_a_person

    assert not _can_describe_a_person("Confirmation of Sen.")
    assert _can_describe_a_person("Kentucky Sen.")


def test_from_sample_bw_a_counted_group_is_not_asked_how_sure_it_is():
    story = (
        "Franken to resign\n\n"
        "Multiple sources reported that the likely candidate could be Lt. Gov. Tina Smith, a close ally of Franken.\n\n"
        "“I will resign in the coming weeks,” Franken said on the Senate floor on Thursday.\n"
    )
    assert not [p for p in _prompts("hedge", story, "franken.txt") if "Multiple sources" in p]


def test_from_sample_bw_a_glued_tag_short_words_said_twice_and_a_listener_run_into_the_claim():
    from quizapp.generation.skills.quote_speaker import _said_twice

    assert _said_twice(
        "“thank you, new hampshire,” she said. “thank you new hampshire!” he said.", "Thank you, New Hampshire"
    )
    assert not _said_twice("“thank you, new hampshire,” she said.", "Thank you, New Hampshire")
    story = (
        "Uncle speaks\n\n"
        '"They all loved Tamerlan," said Elmirza Khozhugov, 26, the ex-husband of Tamerlan\'s sister. "You could '
        "always hear his younger brother say it. He would do whatever Tamerlan would say.\n\n"
        '"We spoke every week and the whole family trusted Tamerlan,"said Khozhugov. "I\'d have arguments with him and '
        'he would calm us down."\n\n'
        "“We knew nothing of the plan,” said Ruslan Tsarni, another uncle.\n\n"
        "“It was a shock to all of us,” said Anna Lee, a neighbour.\n"
    )
    assert not [p for p in _prompts("quote-speaker", story, "uncle.txt") if "spoke every week" in p]
    story = (
        "Shooting trial\n\n"
        "George Zimmerman, a neighbourhood watch volunteer, shot Trayvon Martin in February.\n\n"
        "Zimmerman told police Martin was beating him up during the confrontation and that he feared he would be "
        "killed.\n\n"
        "Trayvon Martin, 17, was unarmed, police said on Monday.\n\n"
        "Mark O'Mara, Zimmerman's lawyer, said his client acted in self-defence that night.\n"
    )
    assert not [p for p in _prompts("true-false", story, "trial.txt") if "said that police Martin" in p]


def test_review_the_rules_from_samples_bs_to_bw_stay_narrow():
    from quizapp.generation.extract.anonymity import speaks_of_anonymity
    from quizapp.generation.extract.hedges import find_hedges
    from quizapp.generation.skills.number import _completes_a_whole
    from quizapp.generation.sources import classify
    from quizapp.quality.wording import unframed_projection

    assert find_hedges("There were concerns that the deal would fail, but prices might rise next year, he said.")
    assert find_hedges("It is not clear but likely the vote will pass.")
    assert not speaks_of_anonymity("His disclosure forms show assets, and the company name is a trade secret.")
    role = "director of the European Centre for Disease Prevention and Control"
    assert classify("Andrea Ammon", role, True) == "named-official"
    assert not unframed_projection("He would later become president of the club.")
    assert not unframed_projection("The spokesman would not comment on the talks.")
    assert not _completes_a_whole("Of the 1,086 voters polled, 14 percent backed him.", 14.0)
    assert _completes_a_whole("Clinton won 86.", 14.0)
    from quizapp.quality.wording import is_garbled

    assert not is_garbled("Maliha Khan, director of the Washington, D.C., chapter of the group, spoke on Monday.")


def test_from_sample_bx_a_statement_opening_on_another_instance_points_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("In another instance, the senator voted against the bill in March.")
    assert context_reference("In 2019 the senator voted against the bill in March.") is None


def test_from_sample_by_no_who_question_on_a_fate_or_a_clause_with_its_own_subject():
    story = (
        "Crash at the rally\n\n"
        "A car drove into marchers in Dunmore on Saturday, police said.\n\n"
        "Lena Marsh, 41, died and 12 were injured when the car hit the crowd on Saturday.\n\n"
        "Mayor Paul Oduya ordered flags lowered on Sunday.\n\n"
        "Governor Ruth Kagan visited the hospital on Monday.\n\n"
        "Police chief Ray Dunn said the driver was arrested at the scene.\n\n"
        "Outside the court, a protester was shouting that the death of Lena Marsh was the fault of the city.\n\n"
        "Sara Lind, a nurse, died in hospital on Sunday.\n\n"
        "Ray Dunn opened the new bridge and 300 people walked across on Sunday.\n\n"
        "Tom Reyes, a city councillor, said the march had a permit.\n\n"
        "Ann Vale, a pastor, said the city would hold a vigil.\n"
    )
    prompts = _prompts("detail", story, "rally.txt")
    asked_who = [p for p in prompts if p.startswith("According to the article, who")]
    assert not [p for p in asked_who if "died" in p or "walked across" in p]
    assert not [p for p in prompts if "death of _____" in p]
    assert any("ordered flags lowered" in p for p in prompts)


def test_from_sample_by_a_city_of_the_country_gives_a_countrys_blank_away():
    from quizapp.generation.skills.detail import _country_named

    sentence = "Ravi Sen, who was studying in Italy, was held with 40 others from a flight from Milan on Monday."
    assert _country_named("Italy", sentence)
    assert not _country_named("Italy", "Ravi Sen, who was studying in Italy, was held on Monday.")


def test_from_sample_by_a_name_a_college_carries_is_no_sure_person():
    analysis = _analysis(
        "College costs\n\n"
        "Tom Berea College charges no tuition, its president, Ann Vale, said on Monday.\n\n"
        "Students are able to study at Tom Berea because of its work programme, said Ann Vale.\n\n"
        "Tom Berea, a Kentucky preacher, founded the school in 1923.\n",
        "college.txt",
    )
    people = analysis.people()
    assert "Ann Vale" in people
    assert "Tom Berea" not in people


def test_from_sample_by_source_types_of_a_party_body_a_cut_firm_a_witness_and_private_messages():
    from quizapp.generation.skills.source_credentials import name_runs_on
    from quizapp.generation.sources import classify

    assert classify("Jay Lamb", "spokesman for the Democratic National Redistricting Committee", True) is None
    assert classify("Jay Lamb", "spokesman for the Department of Justice", True) == "named-official"
    assert name_runs_on("CEO of drugs", "Ken Ross, CEO of drugs giant Merck, resigned.", "Ken Ross")
    assert not name_runs_on("CEO of Merck", "Ken Ross, CEO of Merck, resigned.", "Ken Ross")
    story = (
        "Embassy call\n\n"
        "Dan Hale, a State Department official, said he could hear the president ask about the inquiry.\n\n"
        "Hale said the call lasted several minutes.\n\n"
        "In one of the messages, FBI official Peter Stroud suggested he might take action.\n\n"
        "Mara Quist, a professor of law at Yale University, said the call broke no rule.\n"
    )
    prompts = _prompts("source-type", story, "embassy.txt")
    assert not [p for p in prompts if "Hale" in p or "Stroud" in p]
    assert any("Mara Quist" in p for p in prompts)


def test_from_sample_by_a_numbered_label_is_not_a_figure_to_change():
    from quizapp.generation.skills.common import named_number

    text = "Takeaway No. 3: The work-college model can help control costs."
    at = text.index("3")
    assert named_number(text, at, at + 1)
    text = "The college took in 3 new students."
    at = text.index("3")
    assert not named_number(text, at, at + 1)


def test_from_sample_by_a_claim_that_lost_what_was_asked_is_cut():
    from quizapp.generation.skills.common import CUT_AT_THE_END

    assert CUT_AT_THE_END.search("Trump asked Sondland, referring to the minister")
    assert CUT_AT_THE_END.search("the mayor told Reuters")
    assert not CUT_AT_THE_END.search("the mayor asked Congress for more money")


def test_from_sample_by_words_inside_a_question_put_to_the_speaker_are_the_askers():
    story = (
        "Spying hearing\n\n"
        "When asked by Chairman Mike Rogers if allies “conduct espionage on us,” Mr. James Clapper responded "
        "“absolutely” on Tuesday.\n\n"
        "“It is the same sort of thing,” Clapper said.\n\n"
        "“We do not collect data on citizens,” said Keith Alexander, the agency's director.\n\n"
        "“This is a serious breach,” said Angela Moss, a senator.\n"
    )
    prompts = _prompts("quote-speaker", story, "spying.txt")
    assert not [p for p in prompts if "espionage" in p]
    assert any("same sort of thing" in p for p in prompts)


def test_from_sample_by_a_bracketed_photo_credit_marks_a_caption():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("Coronavirus cases in India rose to 147 on Wednesday [ Rajan Kade AP Photo]")
    assert has_web_debris("Crowds gather outside the court (John Lee / Reuters Photo)")
    assert not has_web_debris("Coronavirus cases in India rose to 147 on Wednesday, officials said.")


def test_from_sample_bz_a_might_of_anyone_setting_up_an_example_is_no_hedge():
    from quizapp.generation.extract.hedges import find_hedges

    assert not find_hedges("You might have a neat signature at 16, but at college it looks very different.")
    assert not find_hedges("Let's say you might want a loan; the bank will ask for proof.")
    assert find_hedges("The vote might fail next week, he said.")


def test_from_sample_bz_a_lead_cut_before_the_headlines_news_is_no_key():
    story = (
        "Senators eye comeback in Vermont state primary\n\n"
        "Residents of two small Vermont towns cast their ballots in the state's first primary just after midnight "
        "Tuesday, kicking off a contest where several senators are eyeing a comeback.\n\n"
        "The towns have voted first in every contest since 1960, the state's election office says.\n\n"
        "Polls across the state open at seven in the morning and close at eight in the evening.\n\n"
        "Snow is expected in the north of the state for most of the afternoon on Tuesday.\n\n"
        "Volunteers drove older voters to the town halls in pickup trucks and vans.\n\n"
        "Local officials counted the paper ballots by hand in front of a small crowd.\n\n"
        "A local bakery handed out free coffee and doughnuts to everyone waiting in line.\n\n"
        "Two candidates held rallies in the capital, Montpelier, late on Monday night.\n\n"
        "Turnout in the last primary reached a record high for a winter contest.\n"
    )
    assert _prompts("main-event", story, "primary.txt") == []
    from quizapp.generation.skills.main_event import _told_only_in

    rest = ", kicking off a contest where several senators are eyeing a comeback"
    assert _told_only_in(rest, "Residents cast ballots in the primary", {"senators", "eye", "comeback", "primary"}) == {
        "senators",
        "eye",
        "comeback",
    }


def test_from_sample_bz_its_needs_one_thing_before_it():
    from quizapp.generation.skills.common import unresolved_pronoun as _unresolved_pronoun

    analysis = _analysis(
        "Clinics\n\n"
        "More than 2 million women use its clinics for a variety of services.\n\n"
        "The group said its clinics served 2 million women last year.\n",
        "clinics.txt",
    )
    first, second = analysis.sentences[-2], analysis.sentences[-1]
    assert _unresolved_pronoun(first)
    assert not _unresolved_pronoun(second)


def test_from_sample_bz_an_aside_of_another_saying_is_no_part_of_the_claim():
    from quizapp.generation.skills.common import REBUTTAL

    assert REBUTTAL.search("the senator would do well to stay in the Senate, as he has said when asked before")
    assert not REBUTTAL.search("the senator would do well to stay in the Senate, as expected")
    story = (
        "Party conference\n\n"
        "Ann Vale, a conference guest, said the young senator would do well to stay in the Senate, as he has said "
        "when asked the question before.\n\n"
        "Tom Reyes, a delegate, said the party needed new faces.\n\n"
        "Mara Quist, a pollster, said the race was wide open.\n\n"
        "Jay Lamb, a donor, said he would give more money this year.\n"
    )
    assert not [p for p in _prompts("quote-speaker", story, "conference.txt") if "as he has said" in p]


def test_from_sample_bz_a_partial_quotation_whose_clause_opens_on_a_comma_is_not_asked():
    story = (
        "Conference\n\n"
        "Ann Vale, a conference attendee who shares Lopez's Cuban heritage said Lopez's vision of an America with "
        'opportunity for all, "no matter whether you\'re educated or not," resonates with her.\n\n'
        '"He speaks for us," said Tom Reyes, a delegate.\n'
    )
    assert not [p for p in _prompts("reported-speech", story, "conference.txt") if "resonates with her" in p]


def test_from_sample_bz_two_statements_run_together_are_not_judged_as_one():
    from quizapp.generation.skills.fact_opinion import _SPLICED

    assert _SPLICED.search("Now, you're right -- the report just came out, it was not a good report")
    assert _SPLICED.search("The report came out, it was not good")
    assert not _SPLICED.search("The report was not a good one for her campaign")
    story = (
        "Debate night\n\n"
        "“Now, you are right -- the inspector just came out with a report, it was not a good report for her,” "
        "Bernie Sanders said.\n\n"
        "“The plan is a disaster for working families,” said Ann Vale, a union leader.\n"
    )
    assert not [p for p in _prompts("fact-opinion", story, "debate.txt") if "inspector" in p]


def test_from_sample_bz_a_survivor_of_a_practice_is_no_eyewitness():
    from quizapp.generation.sources import classify

    assert classify("Jane Roe", "a survivor of child marriage", True) is None
    assert classify("Jane Roe", "a survivor of the shooting", True) == "participant"


def test_from_sample_bz_a_clause_saying_what_someone_founded_years_ago_also_says_who_they_are():
    story = (
        "Aid pledge\n\n"
        'Jane Roe, a campaigner from Kent, said that money must "go where it works".\n\n'
        '"The best way is to earn more," said Roe, who in 2013 founded the advocacy group Safe Hands.\n'
    )
    assert not [p for p in _prompts("evidence", story, "aid.txt") if "Jane Roe" in p]


def test_from_sample_bz_a_market_code_left_in_the_text_is_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("MSCI's gauge of stocks across the globe .MIWD00000PUS shed 3.10%.")
    assert not has_web_debris("The firm builds tools for ASP.NET developers.")


def test_selection_makes_room_for_a_skill_the_bank_lacks_by_dropping_an_item_that_gives_its_key_away():
    from quizapp.generation.candidate import Candidate
    from quizapp.generation.select import select

    def made(skill, prompt, answer, score, fact):
        return Candidate(skill, "single", prompt, (answer,), "Why.", ("Evidence.",), 1, score, ("x", answer), fact)

    kenya = made("true-false", "True or false? The president lands in Kenya on Friday.", "True", 0.9, {"s:1"})
    other = made("true-false", "True or false? The talks end on Sunday.", "False", 0.8, {"s:2"})
    where = made("detail", "Fill in the blank: “The president flies on to _____ on Friday.”", "Kenya", 0.7, {"s:3"})
    kept = select([kenya, other, where])
    assert where in kept and other in kept and kenya not in kept  # one skill more, none lost
    assert select([kenya, where]) == [kenya]  # a skill's only item is never traded for another skill's


def test_from_sample_ca_a_governor_who_talks_of_the_race_speaks_as_a_candidate():
    story = (
        "Convention talk\n\n"
        '"When we are at the convention, the delegates will want to know who can beat Hillary," said Ohio Gov. '
        "John Kasich on Monday.\n\n"
        '"The economy is growing," said Ann Vale, a professor of economics at Ohio State University.\n'
    )
    assert not [p for p in _prompts("source-type", story, "race.txt") if "Kasich" in p]


def test_from_sample_ca_a_feeling_beside_facts_is_not_keyed_a_judgment():
    story = (
        "Budget bill\n\n"
        '"The administration remains disappointed that this bill does not cut the program," said Hal Gidley, a '
        "White House spokesman.\n\n"
        '"This bill is a disaster for families," said Ann Vale, a senator.\n'
    )
    prompts = _prompts("fact-opinion", story, "budget.txt")
    assert not [p for p in prompts if "disappointed" in p]


def test_from_sample_ca_a_place_named_only_by_its_kind_in_a_story_of_many_places():
    story = (
        "Protests spread\n\n"
        "Protesters gathered in Denver, Phoenix and Olympia on Sunday against the lockdown orders.\n\n"
        "In Phoenix, about 300 people marched on Sunday afternoon, city officials said.\n\n"
        "Dozens of cars circled the capitol while roughly 200 people assembled on the lawn on Sunday.\n\n"
        "In Olympia, about 2,500 people joined the march on Sunday, police said.\n"
    )
    prompts = _prompts("true-false", story, "protests.txt")
    assert not [p for p in prompts if "the capitol" in p]


def test_from_sample_ca_a_name_and_a_condition_cut_from_their_sentence_is_a_fragment():
    from quizapp.generation.skills.common import is_fragment

    analysis = _analysis(
        "Nominee\n\nMick Mulvaney, if the decision is approved by the Senate.\n\n"
        "The proposal before voters on Tuesday would turn two council seats into citywide posts.\n",
        "nominee.txt",
    )
    cut, whole = analysis.sentences[-2], analysis.sentences[-1]
    assert is_fragment(cut.span)
    assert not is_fragment(whole.span)


def test_from_sample_ca_a_sentence_inside_a_quotation_that_runs_on_is_the_speakers():
    story = (
        "Marijuana policy\n\n"
        '"This move breaks a campaign promise," said Tom Angell of the group Marijuana Majority. "He pledged to '
        "respect state laws. With polls showing that legalization is popular, this will likely turn out to be a "
        'political disaster for the administration. It will not stop the states."\n\n'
        "The bill is likely to pass the Senate next week, before the summer recess begins.\n"
    )
    prompts = _prompts("hedge", story, "marijuana.txt")
    assert not [p for p in prompts if "political disaster" in p and "What does the word" in p]


def test_from_sample_ca_the_writers_comment_after_a_claim_is_no_part_of_it():
    from quizapp.generation.skills.common import REBUTTAL

    assert REBUTTAL.search("the plans were still coming, which created speculation that he was waiting")
    assert not REBUTTAL.search("the plans, which were still coming, would be ready in September")


def test_from_sample_ca_main_news_is_not_a_question_a_coloured_lead_or_the_sites_promotion():
    from quizapp.generation.skills.main_event import _COLOURED, _names_the_publisher

    assert _COLOURED.search("Trump and journalists slammed left-wing CBS News reporter Weijia Jiang on Monday")
    assert not _COLOURED.search("NASA celebrated the launch of the first space shuttle on Tuesday")
    analysis = _analysis(
        "---\npublisher: Daily Wire\n---\nShuttle anniversary\n\nNASA marked the launch on Tuesday.\n", "wire.txt"
    )
    assert _names_the_publisher(analysis, "The Daily Wire is a leading provider of conservative news.")
    assert not _names_the_publisher(analysis, "NASA marked the launch of the first shuttle on Tuesday.")
    from quizapp.generation.skills import BUILDERS

    story = (
        "Storm closes ports along the coast\n\n"
        "A powerful storm closed three ports along the southern coast on Monday, forcing hundreds of ships to wait "
        "offshore.\n\n"
        "Harbour officials said the ports would reopen once the winds dropped below gale force.\n\n"
        "Fishermen in the town of Alder Bay pulled their boats onto the beach before the storm arrived.\n\n"
        "Who will pay for the repairs to the harbour walls that the waves broke on Monday night?\n\n"
        "The national weather office recorded gusts of more than 120 kilometres an hour near the capital.\n\n"
        "Schools in the region stayed closed for a second day as power lines came down across several districts.\n\n"
        "Insurers expect claims from farmers whose greenhouses were flattened by the winds overnight.\n\n"
        "Rail services between the two largest cities were suspended until Wednesday morning.\n"
    )
    (item,) = BUILDERS["main-event"](_analysis(story, "storm.txt"))
    assert not [c for c in item.choices if c.endswith("?") or "harbour walls" in c]
    asking = story.replace("Storm closes ports along the coast", "Did the storm close the ports? Yes")
    assert _prompts("main-event", asking, "storm.txt") == []
    coloured = story.replace("A powerful storm closed", "A powerful storm savaged the coast and closed")
    assert _prompts("main-event", coloured, "storm.txt") == []


def test_from_sample_ca_suggested_is_a_reading_and_no_wrong_speaker_is_the_claims_subject():
    from quizapp.generation.skills import BUILDERS

    others = (
        "Joel Pollak, an editor, said the briefing had turned tense on Monday afternoon.\n\n"
        "Donald Trump said the country was testing more people than any other nation.\n\n"
        "Kayleigh McEnany, the press secretary, said the president would hold another briefing on Friday.\n\n"
        "Tom Reyes, a doctor, said the tests were reliable and quick.\n"
    )
    claim = "that the wish of President Trump to lead the world in testing was a bad thing for the country.\n\n"
    suggested = "Briefing\n\nWeijia Jiang later suggested " + claim + others
    assert not [p for p in _prompts("quote-speaker", suggested, "briefing.txt") if "lead the world" in p]
    said = "Briefing\n\nAnn Vale, a reporter, said " + claim + others
    (item,) = [c for c in BUILDERS["quote-speaker"](_analysis(said, "briefing.txt")) if "lead the world" in c.prompt]
    assert item.answer == ("Ann Vale",) and "Donald Trump" not in item.choices


def test_from_sample_ca_could_be_a_model_for_is_an_offer_not_a_doubt():
    from quizapp.generation.extract.hedges import find_hedges

    assert not find_hedges("He says the Canadian program could be a model for U.S. lawmakers.")
    assert find_hedges("He says the program could be cut next year.")


def test_from_sample_cb_a_name_card_with_a_nickname_and_an_embedded_posts_line_are_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("Kaz said Secretary Mike Pompeo Michael (Mike) Richard PompeoProtests serve as backdrop")
    assert not has_web_debris("Mike Pompeo, known as Mike to friends, said the talks went well.")
    assert has_web_debris("Donald J. Trump (@realDonaldTrump) Very organized process taking place as I decide.")
    assert not has_web_debris("Donald Trump wrote on Twitter that the process was very organized.")


def test_from_sample_cb_a_suggestion_or_a_belief_is_no_claim_to_move():
    story = (
        "Summit talk\n\n"
        "Harry Kaz, a fellow at a think tank, suggested that the summit would end without any agreement at all.\n\n"
        "Robert Mann, an analyst, said the two leaders had met three times before this year.\n\n"
        "Ann Vale, a diplomat, said the talks would resume in the spring in Geneva.\n"
    )
    prompts = _prompts("true-false", story, "summit.txt")
    assert not [p for p in prompts if "without any agreement" in p]


def test_from_sample_cb_a_bare_surname_two_people_share_gets_no_source_type():
    story = (
        "Party chair\n\n"
        '"It was a horrible thing to say," said White House deputy press secretary Eric Schultz.\n\n'
        "Florida Rep. Debbie Wasserman Schultz, chairwoman of the party, criticized the silence of the governor. "
        '"I never questioned his love for our country," she said.\n\n'
        "White House spokesman Schultz declined to comment at length on the statements.\n\n"
        '"He seems embarrassed enough to be doing damage control this morning," Schultz said.\n'
    )
    assert not [p for p in _prompts("source-type", story, "chair.txt") if "is Schultz" in p]


def test_from_sample_cb_no_who_question_on_an_event_named_only_by_its_kind():
    story = (
        "Adviser named\n\n"
        "The president-elect named Steve Bannon as his chief strategist on Sunday.\n\n"
        "But on Tuesday Paul Ryan, the House speaker, refused to condemn the appointment.\n\n"
        "Harry Reid, the Senate leader, called for the choice to be reversed.\n\n"
        "Ben Carson, a former rival, praised the pick on television.\n\n"
        "Kellyanne Conway, an adviser, defended the strategist on Monday.\n"
    )
    assert not [p for p in _prompts("detail", story, "adviser.txt") if "the appointment" in p]


def test_from_sample_cb_an_epithet_of_a_death_is_no_judgment_but_a_predicate_is():
    story = (
        "Gun checks\n\n"
        '"The weakness of the checks is talked about mostly in the wake of a tragic shooting," said Stephen Morris, '
        "a former FBI official.\n\n"
        '"This is a truly tragic incident for the whole town," said Darren Gough, a detective.\n'
    )
    prompts = _prompts("fact-opinion", story, "guns.txt")
    assert not [p for p in prompts if "wake of a tragic shooting" in p]
    assert [p for p in prompts if "truly tragic incident" in p]


def test_from_sample_cb_crushed_is_a_figure_not_a_plain_fact():
    from quizapp.generation.skills.fact_opinion import _is_plain_fact

    analysis = _analysis(
        "Primary\n\nSanders crushed Clinton in New Hampshire on Tuesday.\n\nSanders beat Clinton in Vermont on "
        "Tuesday.\n",
        "primary.txt",
    )
    crushed, beat = analysis.sentences[-2], analysis.sentences[-1]
    assert not _is_plain_fact(analysis, crushed, crushed.text)
    assert _is_plain_fact(analysis, beat, beat.text)


def test_from_sample_cb_a_counted_groups_hedge_is_not_asked():
    story = (
        "Poll on the nominee\n\n"
        "More people say they are likely to vote for someone who opposes the nominee, a poll found on Monday.\n\n"
        "“The vote may slip to next week,” said Ann Vale, a senator.\n"
    )
    prompts = _prompts("hedge", story, "poll.txt")
    assert not [p for p in prompts if "More people" in p]


def test_from_sample_cb_a_verb_written_as_a_possessive_is_a_typo():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Obama said he would direct John Kerry to review’s Cuba’s place on a list")
    assert not is_garbled("The state’s Governor’s Office said the list would be reviewed.")


def test_from_sample_cc_the_sources_pointed_back_to_are_no_true_statement():
    story = (
        "Vote count\n\n"
        "Even in the Senate, Democratic leadership sources told CNN that passing any new law will be very hard. More "
        "than a dozen vulnerable Democrats from conservative states will likely resist much of what the president "
        "is pushing, the sources said.\n\n"
        "The House will vote on the bill on Thursday.\n"
    )
    assert not [p for p in _prompts("true-false", story, "count.txt") if "the sources said" in p]


def test_from_sample_cc_an_awful_lot_measures_and_does_not_rate():
    story = (
        "Gun vote\n\n"
        '"The group is not in line with an awful lot of its members on this vote," said Carol Mack, a '
        "congresswoman.\n\n"
        '"This bill is an awful mistake for the country," said Ann Vale, a senator.\n'
    )
    prompts = _prompts("fact-opinion", story, "guns.txt")
    assert not [p for p in prompts if "awful lot" in p]
    assert [p for p in prompts if "awful mistake" in p]


def test_from_sample_cc_cementing_is_a_figure_not_a_plain_fact():
    from quizapp.generation.skills.fact_opinion import _is_plain_fact

    analysis = _analysis(
        "Roosevelt\n\nRoosevelt was elected to a second term in 1936, cementing the New Deal.\n\n"
        "Roosevelt was elected to a second term in 1936.\n",
        "fdr.txt",
    )
    figure, plain = analysis.sentences[-2], analysis.sentences[-1]
    assert not _is_plain_fact(analysis, figure, figure.text)
    assert _is_plain_fact(analysis, plain, plain.text)


def test_from_sample_cc_the_intelligence_community_is_one_source():
    from quizapp.generation.skills.common import attribution

    text = "The effort was meant to meddle in the election, according to the U.S. intelligence community."
    assert attribution(text) == ("according to", "the U.S. intelligence community")


def test_from_sample_cc_a_paper_that_notes_uses_no_loaded_verb():
    story = (
        "Union study\n\n"
        "A white paper by the group compares union drives to an insurgency.\n\n"
        "Sure, it notes, you can take the comparison too far, but “there are similarities in the two strategies.”\n\n"
        "“We will keep organizing,” said Ann Vale, a union leader.\n"
    )
    assert not [p for p in _prompts("attribution-verb", story, "union.txt") if "notes" in p]


def test_from_sample_cc_an_unnamed_official_named_in_the_next_sentence_is_not_asked_about():
    story = (
        "Voter rolls\n\n"
        'A U.S. cybersecurity official said Wednesday that Russia "successfully penetrated" the voter rolls in a '
        "small number of states in 2016.\n\n"
        "Jeanette Manfra, the head of cybersecurity at the Department of Homeland Security, told NBC News that "
        "Russia targeted 21 states.\n\n"
        "The targeted systems were not involved in vote tallying, officials said.\n"
    )
    assert not [p for p in _prompts("anonymous-source", story, "rolls.txt") if "cybersecurity official" in p]


def test_from_sample_cd_an_also_see_link_and_a_skip_post_line_are_page_furniture():
    from quizapp.articles.furniture import has_web_debris, is_furniture

    assert is_furniture("Also see: Schumer says stimulus package won't provide aid to the family's businesses")
    assert not is_furniture("Also, Schumer says the stimulus package won't provide aid to the family's businesses.")
    assert has_web_debris("Skip Twitter post by @realDonaldTrump The deal with North Korea is very much in the making")
    assert not has_web_debris("The president skipped a post on Twitter about the deal on Monday.")


_ONE_ROLE_STORY = (
    "Harbour plan\n\n"
    "The city council approved a plan to rebuild the harbour on Tuesday.\n\n"
    "“This is the best day the harbour has had in fifty years,” said Nora Quist, the director of the Harbour "
    "Trust.\n\n"
    "“We will watch the costs,” said Peter Lund. Lund voted for the plan.\n\n"
    "“It will take ten years,” said Alan Berg. Berg owns a boatyard on the quay.\n\n"
    "“Fishing boats will have nowhere to go,” said Ivan Moss, who fishes from the harbour.\n"
)


def test_a_role_with_too_few_others_to_offer_is_asked_the_other_way_round():
    from quizapp.generation.skills import BUILDERS

    items = BUILDERS["source-credentials"](_analysis(_ONE_ROLE_STORY, "harbour.txt"))
    asked = {c.prompt: c for c in items}
    item = asked["Which person does the article introduce as “the director of the Harbour Trust”?"]
    assert item.answer == ("Nora Quist",)
    assert set(item.choices) == {"Nora Quist", "Peter Lund", "Alan Berg", "Ivan Moss"}
    assert "introduces Nora Quist as “the director of the Harbour Trust”" in item.explanation
    assert item.facts == frozenset({"describe:Nora Quist"})


def test_the_other_way_round_leaves_out_people_who_may_hold_a_like_post():
    story = _ONE_ROLE_STORY.replace("Berg owns a boatyard on the quay.", "Berg, the chief of the Harbour Club, agreed.")
    from quizapp.generation.skills import BUILDERS

    items = BUILDERS["source-credentials"](_analysis(story, "harbour.txt"))
    quist = next(item for item in items if item.answer == ("Nora Quist",))
    assert set(quist.choices) == {"Nora Quist", "Peter Lund", "Ivan Moss"}  # not Berg, a chief of a harbour body


def test_a_role_is_not_a_clause_a_name_title_or_a_party_tag():
    from quizapp.generation.skills.source_credentials import is_a_role

    assert is_a_role("the mayor of Brownsville")
    assert not is_a_role("again the mayor")
    assert is_a_role("Vermont Health Commissioner")
    assert not is_a_role("Vermont Health Commissioner Dr.")
    assert not is_a_role("D-Del., a member of the Senate Foreign Relations Committee")


_VOICES_STORY = (
    "Harbour plan approved\n\n"
    "The city council approved a plan to rebuild the harbour on Tuesday.\n\n"
    "“This is the best day the harbour has had in fifty years,” said Nora Quist, the director of the Harbour "
    "Trust.\n\n"
    "“We will watch the costs,” said Peter Lund, a council member.\n\n"
    "Work is due to start in the spring.\n\n"
    "“It will take ten years, and the boats will have nowhere to go,” said Alan Berg, who owns a boatyard.\n\n"
    "The plan will cost 40 million pounds.\n"
)


def _framing(text: str) -> dict[str, object]:
    from quizapp.generation.skills import BUILDERS

    return {c.prompt: c for c in BUILDERS["framing"](_analysis(text, "voices.txt"))}


def test_the_first_and_the_last_voice_of_a_story_are_asked():
    asked = _framing(_VOICES_STORY)
    first = asked["Who is the first named person whose words the article reports?"]
    last = asked["Who is the last named person whose words the article reports?"]
    assert first.answer == ("Nora Quist",) and set(first.choices) == {"Nora Quist", "Peter Lund", "Alan Berg"}
    assert last.answer == ("Alan Berg",) and set(last.choices) == {"Nora Quist", "Peter Lund", "Alan Berg"}
    assert "“This is the best day the harbour has had in fifty years,” said Nora Quist" in first.explanation
    assert "Peter Lund and Alan Berg speak only later" in first.explanation
    assert "Nora Quist and Peter Lund speak earlier, and no one named speaks after" in last.explanation


def test_no_first_or_last_voice_when_a_person_may_speak_unseen_before_or_after():
    headline_speaks = _VOICES_STORY.replace("Harbour plan approved", "Harbour plan approved, Quist says")
    assert "Who is the first named person whose words the article reports?" not in _framing(headline_speaks)
    mayor_first = _VOICES_STORY.replace("on Tuesday.", "on Tuesday, and the mayor said it was overdue.")
    assert "Who is the first named person whose words the article reports?" not in _framing(mayor_first)
    warned = _VOICES_STORY.replace("The plan will cost", "The mayor warned the plan will cost")
    assert "Who is the last named person whose words the article reports?" not in _framing(warned)


def test_a_body_or_unnamed_people_may_speak_before_the_first_named_person():
    for opening in (
        "The city council said on Tuesday that the plan to rebuild the harbour was approved.",
        "A senior council official said on Tuesday that the plan to rebuild the harbour was approved.",
    ):
        story = _VOICES_STORY.replace("The city council approved a plan to rebuild the harbour on Tuesday.", opening)
        first = _framing(story)["Who is the first named person whose words the article reports?"]
        assert first.answer == ("Nora Quist",)
    fishermen = _VOICES_STORY.replace("The plan will cost", "Fishermen warned the plan will cost")
    assert _framing(fishermen)["Who is the last named person whose words the article reports?"].answer == ("Alan Berg",)


def test_no_first_voice_when_it_is_told_by_pronoun_or_is_only_a_name_in_quotation_marks():
    pronoun = _VOICES_STORY.replace(
        "“This is the best day the harbour has had in fifty years,” said Nora Quist, the director of the Harbour "
        "Trust.",
        "Nora Quist, the director of the Harbour Trust, welcomed the plan. “This is the best day the harbour has "
        "had in fifty years,” she said.",
    )
    assert "Who is the first named person whose words the article reports?" not in _framing(pronoun)
    short = _VOICES_STORY.replace(
        "“This is the best day the harbour has had in fifty years,” said Nora Quist",
        "“Harbour First,” said Nora Quist",
    )  # a name or a slogan in quotation marks may be no words of hers: a first voice needs a phrase or a claim
    assert "Who is the first named person whose words the article reports?" not in _framing(short)


def test_from_sample_ce_a_name_written_only_inside_quotation_marks_is_nobody_s_full_name():
    story = (
        "Campaign trail\n\n"
        "The party rushed out a news release under the headline “Bubba Axes Obama ... Again.”\n\n"
        "“We will win this race,” Mr. Obama said at a rally on Friday.\n\n"
        "“It was a slip,” said Mara Quist, a campaign spokeswoman.\n"
    )
    speakers = set(_quote_sources(story, "trail.txt").values())
    assert "Bubba Axes Obama" not in speakers
    assert speakers & {"Obama", "Mr. Obama"}


def test_from_sample_ce_a_caption_whose_credit_runs_via_an_agency_is_furniture():
    from quizapp.articles.furniture import is_furniture

    assert is_furniture("Donald Trump speaks at the G-7 on Aug. 26. Photographer: Nicholas Kamm/AFP via Getty Images")
    assert is_furniture("Donald Trump speaks at the G-7 on Aug. 26. Photographer: Nicholas Kamm/AFP")
    assert not is_furniture("Donald Trump speaks at the G-7 on Aug. 26, and he will fly home via Getty Airport.")


def test_from_sample_ce_it_after_an_opening_phrase_points_outside_the_sentence():
    from quizapp.quality.wording import context_reference

    assert context_reference("Currently, it's down to 6.2 percent.", standalone=False) == "it"
    assert context_reference("Today it stands at 6.2 percent.", standalone=False) == "it"
    assert context_reference("In 2019, Acme Corp had 500 employees.", standalone=False) is None
    assert context_reference("Currently, it is expected that 6 percent will vote.", standalone=False) is None


def test_from_sample_ce_a_figure_revised_up_to_is_no_bound():
    story = (
        "Growth report\n\n"
        "Just last week, the Commerce Department revised its measure of total growth, the GDP, up to 4.2 percent "
        "for April, May and June.\n\n"
        "The economy added 200,000 jobs in August, the department said.\n"
    )
    from quizapp.generation.skills.true_false import _what_to_check

    analysis = _analysis(story, "growth.txt")
    revised = next(s for s in analysis.sentences if "revised" in s.text)
    assert "up to" not in (_what_to_check(analysis, revised, revised.text) or "")
    passive = _analysis(
        story.replace("the Commerce Department revised its measure of total growth, the GDP,", "growth was revised"),
        "g.txt",
    )
    was = next(s for s in passive.sentences if "revised" in s.text)
    assert "up to" not in (_what_to_check(passive, was, was.text) or "")
    bound = _analysis(story.replace("revised its measure of total growth, the GDP,", "put total growth at"), "g.txt")
    put = next(s for s in bound.sentences if "put total" in s.text)
    assert "up to" in (_what_to_check(bound, put, put.text) or "")  # a bound where nothing was revised


def test_from_sample_ce_a_person_blank_is_not_the_headline_s_person():
    story = (
        "Trump absolves Kim of responsibility for Otto Warmbier’s death\n\n"
        "President Donald Trump said on Thursday that he believed Kim Jong Un did not know about the case of "
        "Otto Warmbier, a University of Virginia student.\n\n"
        "Americans know the cruelty that was placed on Otto Warmbier by the North Korean regime.\n\n"
        "Mickey Bergman, a negotiator who worked on the case, said the family was upset.\n\n"
        "Nikki Haley, the former ambassador to the United Nations, said the regime was to blame.\n\n"
        "Vladimir Putin, the Russian president, met Kim Jong Un in April.\n"
    )
    blank = "Fill in the blank from the article: “Americans know the cruelty that was placed on _____ by the"
    assert not [p for p in _prompts("detail", story, "warmbier.txt") if p.startswith(blank)]
    untitled = story.replace("Otto Warmbier’s death", "a student's death")
    assert [p for p in _prompts("detail", untitled, "warmbier.txt") if p.startswith(blank)]


def test_from_sample_ce_a_denial_is_never_made_false_by_a_swap():
    from quizapp.generation.skills.true_false import _false_item

    story = (
        "Surveillance row\n\n"
        "Mark Meadows, a Republican congressman, said the warrant was improper.\n\n"
        "Carter Page, a former adviser to the campaign, said he had done nothing wrong.\n\n"
        "Carter Page met Russian officials in Moscow in July 2016.\n"
    )

    def swapped(text: str):
        analysis = _analysis(text, "page.txt")
        sentence = next(s for s in analysis.sentences if s.text.startswith("Carter Page met"))
        return _false_item(analysis, sentence.text, sentence.span.start_char, sentence)

    assert swapped(story) is not None  # a plain report makes a false statement with another name in it
    assert swapped(story.replace("met Russian", "met no Russian")) is None
    assert swapped(story.replace("in July 2016.", "in July 2016, but never in Kyiv.")) is None


def test_from_sample_ce_words_credited_to_a_named_body_are_not_taught_as_unnamed():
    from quizapp.generation.skills import BUILDERS

    story = (
        "Climate talks\n\n"
        "The State Department announced last month that the U.S. would continue participating in international "
        'climate change negotiations, "to protect U.S. interests and ensure all future policy options remain open '
        'to the administration."\n\n'
        '"We will stay at the table," said an international official familiar with the meeting.\n\n'
        '"Nothing has changed," another White House official said.\n'
    )
    items = BUILDERS["quote-speaker"](_analysis(story, "climate.txt"))
    body = next(c for c in items if c.answer == ("The State Department",))
    assert "with no name" not in body.explanation and "a named body" in body.explanation


def test_from_sample_ce_breaking_with_precedent_is_no_plain_fact():
    from quizapp.generation.skills.fact_opinion import _LOADED_NOUNS

    assert _LOADED_NOUNS.search("the Fifth Circuit allowed the law to stand, breaking with Supreme Court precedent.")
    assert _LOADED_NOUNS.search("The mayor acted in defiance of the court's order.")
    assert not _LOADED_NOUNS.search("The court broke for lunch with the case unfinished.")
    story = (
        "Abortion law\n\n"
        "The Center for Reproductive Rights challenged the Louisiana law on behalf of abortion providers, and in "
        "September 2018, the Fifth Circuit Court of Appeals allowed the law to stand, breaking with Supreme Court "
        "precedent.\n\n"
        "The Supreme Court heard the case in March 2020.\n"
    )
    assert not [p for p in _prompts("fact-opinion", story, "law.txt") if "breaking with" in p]


def test_from_sample_ce_a_plural_description_is_no_one_person_s_role():
    analysis = _analysis(
        "Texts row\n\n"
        "The messages between Peter Strzok and Lisa Page, anti-Trump FBI officials, were released on Friday.\n\n"
        '"This is a disgrace," said Mark Meadows, a Republican congressman.\n\n'
        '"The article is out," Strzok wrote in April.\n',
        "texts.txt",
    )
    described = {s.label: s.description for s in analysis.sources.values()}
    assert described.get("Peter Strzok") != "anti-Trump FBI officials"
    assert described.get("Mark Meadows") == "a Republican congressman"


def test_from_sample_cf_a_headline_quoting_someone_in_single_quotes_has_a_voice_before_the_story():
    story = _VOICES_STORY.replace("Harbour plan approved", "Harbour plan approved; 'We will fight it'")
    assert "Who is the first named person whose words the article reports?" not in _framing(story)
    story = _VOICES_STORY.replace("Harbour plan approved", "Harbour plan's costs rise")  # an apostrophe is no quote
    assert "Who is the first named person whose words the article reports?" in _framing(story)


def test_from_sample_cf_a_post_held_during_past_events_is_taught_as_a_former_one():
    from quizapp.generation.skills.source_credentials import _lesson

    lesson = _lesson("Nick Akerman", "an assistant special prosecutor during Watergate", "official")
    assert "no longer speaks for it" in lesson
    assert "no longer" not in _lesson("Nora Quist", "a prosecutor in the district attorney's office", "official")


def test_the_last_word_may_be_a_he_said_that_carries_on_the_named_speaker_s_words():
    story = _VOICES_STORY.replace(
        "The plan will cost 40 million pounds.\n",
        "The plan will cost 40 million pounds, Berg added. “And nobody asked us,” he said.\n",
    )
    last = _framing(story)["Who is the last named person whose words the article reports?"]
    assert last.answer == ("Alan Berg",)
    other = story.replace("Berg added.", "Berg added, standing beside Lund.")
    assert "Who is the last named person whose words the article reports?" not in _framing(other)


_JUDGES_STORY = (
    "Testimony fight\n\n"
    "Donald Trump, the president, said the inquiry was a hoax.\n\n"
    "Paul Manafort, his former campaign chairman, was sentenced last year.\n\n"
    "Beryl Howell, the chief judge of the district court, has heard several of the cases.\n\n"
    "Amy Berman, a judge in Washington, heard the case in May.\n\n"
    "Yet Ketanji Brown Jackson, a trial-level judge in Washington, ruled in late November that McGahn would have "
    "to testify.\n\n"
    "Rudy Giuliani, the president's lawyer, criticised the ruling.\n"
)


def test_from_sample_cf_who_ruled_is_asked_among_judges_only():
    from quizapp.generation.skills import BUILDERS

    items = BUILDERS["detail"](_analysis(_JUDGES_STORY, "judges.txt"))
    ruled = [c for c in items if c.prompt.startswith("According to the article, who ruled")]
    assert all(set(c.choices) <= {"Ketanji Brown Jackson", "Beryl Howell", "Amy Berman"} for c in ruled)
    assert not ruled  # two other judges only: too few wrong choices, so the item is left out


def test_from_sample_cf_a_seat_of_power_or_a_continent_is_no_country_choice():
    from quizapp.generation.skills.detail import _a_country_name

    assert _a_country_name("Ukraine") and _a_country_name("Germany")
    assert not _a_country_name("Kremlin")
    assert not _a_country_name("America")
    assert not _a_country_name("Washington")


def test_from_sample_cf_no_who_did_question_from_a_verb_of_another_clause():
    story = (
        "Debate night\n\n"
        "Hawaii Rep. Tulsi Gabbard, who served in the Iraq War, sparred with Ohio Rep. Tim Ryan over foreign policy "
        "— and eventually won the upper hand when she corrected Ryan for saying the Taliban, not al-Qaeda, was "
        "behind the 9/11 attacks.\n\n"
        "Amy Klobuchar, a senator from Minnesota, spoke about health care.\n\n"
        "Cory Booker, a senator from New Jersey, spoke about guns.\n\n"
        "Bill de Blasio, the mayor of New York, spoke about taxes.\n"
    )
    assert not [p for p in _prompts("detail", story, "debate.txt") if "was behind" in p]


def test_from_sample_cf_running_on_a_platform_is_asked_among_politicians():
    from quizapp.generation.skills.detail import _SPHERES

    def sphere(predicate: str):
        return next((words for pattern, words in _SPHERES if pattern.search(predicate)), frozenset())

    assert "senator" in sphere("ran on a hardline immigration enforcement platform")
    assert "judge" in sphere("ruled in late November that McGahn would have to testify")
    assert not sphere("visited the border in June")


def test_from_sample_cf_states_as_a_noun_is_no_verb_of_saying():
    analysis = _analysis(
        "Court fight\n\n"
        "Donald Trump, the president, met the nominee on Monday and said that the Senate should act quickly.\n\n"
        "Trump won the election by tipping three Rust Belt states his way by margins small enough that Republicans "
        "believe the Supreme Court vacancy was a determining factor.\n",
        "court.txt",
    )
    verbs = {(c.sentence, c.verb) for c in analysis.claims}
    assert (1, "states") not in verbs
    assert (0, "said") in verbs  # "met … and said": joined by "and", the subject carries over


def test_from_sample_cf_a_participle_before_a_surname_is_no_given_name():
    from quizapp.generation.analysis import looks_like_a_name

    assert not looks_like_a_name("Quoting Feinstein")
    assert not looks_like_a_name("Citing Pelosi")
    assert looks_like_a_name("Dianne Feinstein")


def test_from_sample_cf_a_lost_letter_after_was_is_garbled():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("The program was n the chopping block last year.")
    assert not is_garbled("The program was on the chopping block last year.")
    assert not is_garbled("The program was a success, and Plan B is a backup.")


def test_from_sample_cg_per_a_named_kind_of_thing_is_a_rate_not_a_source():
    from quizapp.generation.skills.common import attribution

    assert attribution("Net income was $32.55 billion, or $19,790 per Class A share, a year earlier.") is None
    assert attribution("Unemployment fell to 6 percent, per the Labor Department.") == ("per", "the Labor Department")


def test_from_sample_cg_a_possessive_description_takes_no_a():
    from quizapp.generation.skills.anonymous_source import _described_named_sources

    analysis = _analysis(
        "Talks\n\n"
        "Ri Yong-ho, North Korea’s Foreign minister, said the talks were over.\n\n"
        "Emmanuel Macron, French president, said Europe would stay at the table.\n",
        "talks.txt",
    )
    described = _described_named_sources(analysis)
    assert not [label for label in described if "Korea’s" in label]
    assert "A French president" in described


def test_from_sample_cg_an_event_named_like_a_person_is_no_person():
    from quizapp.generation.analysis import looks_like_a_name

    assert not looks_like_a_name("Town Meeting Day")
    assert not looks_like_a_name("Harbour Festival Parade")
    assert looks_like_a_name("Doris Day")


def test_from_sample_cg_both_ideas_points_outside_the_sentence():
    from quizapp.quality.wording import context_reference

    assert context_reference("Aides say Obama views both ideas as pragmatic.", standalone=False) == "both ideas"
    assert context_reference("The council backed both plans, the harbour and the bridge.", standalone=False) is None


def test_from_sample_cg_a_given_name_the_model_cut_off_is_put_back():
    story = (
        "Corridor opens\n\n"
        "Ramesh Singh Arora, a Sikh politician, welcomed the pilgrims on Saturday.\n\n"
        "“If you look at the last 70 years, this is a first,” Singh Arora said.\n\n"
        "“We will come back every year,” said Imran Gondal, a pilgrim.\n\n"
        "“The police were kind to us,” said Muzawer Mal, a shopkeeper.\n"
    )
    speakers = set(_quote_sources(story, "corridor.txt").values())
    assert "Ramesh Singh Arora" in speakers and "Singh Arora" not in speakers
    titled = story.replace("Ramesh Singh Arora, a Sikh politician,", "President Singh Arora")
    assert "President Singh Arora" not in set(_quote_sources(titled, "corridor.txt").values())


def test_from_sample_ch_a_dateline_of_a_place_in_two_words_is_a_dateline():
    from quizapp.generation.skills.common import leading_dateline

    assert leading_dateline("New Delhi, India - More than 1,000 people marched.") == "New Delhi, India - "
    assert leading_dateline("Los Angeles (AP) — A fire broke out.") == "Los Angeles (AP) — "
    assert leading_dateline("Prime Minister Modi - who spoke - left.") is None


def test_from_sample_ch_a_title_that_names_one_person_takes_the():
    from quizapp.generation.skills.common import mention

    assert mention("Queen") == "the Queen"
    assert mention("Police") == "the police"
    assert mention("Nora Quist") == "Nora Quist"


def test_from_sample_ch_who_like_someone_belongs_also_says_who_a_source_is():
    from quizapp.generation.skills.evidence import _described_again

    analysis = _analysis(
        "Generation X\n\n"
        "Travis Sawyer, who like Speaker Ryan belongs to Generation X, runs a shop in Janesville.\n\n"
        "“I vote for the person,” said Travis Sawyer, a 44-year-old shop owner.\n",
        "genx.txt",
    )
    said = next(s for s in analysis.sentences if "I vote" in s.text)
    mentioned = [s for s in analysis.sentences if "Sawyer" in s.text]
    assert _described_again(mentioned, "Sawyer", said)


def test_from_sample_ch_a_year_is_never_the_only_one_of_its_decade():
    from quizapp.generation.distractors import plausible_numbers

    for rank in range(4):
        for year in (1949, 1959, 2009, 1990, 2020):
            wrong = plausible_numbers(year, str(year), "year", rank, ceiling=2030)
            decades = {int(v) // 10 for v in wrong}
            assert not wrong or not (len(decades) == 1 and year // 10 not in decades), (year, rank, wrong)


def test_from_sample_cg_ch_no_kind_of_source_asked_of_a_court_or_a_named_body_s_statement():
    story = (
        "Ballot case\n\n"
        "The Pennsylvania Supreme Court has told Gov. Tom Wolf he has until 8 p.m. on Friday to respond to the "
        "arguments in the case.\n\n"
        '"We will meet the deadline," said Lisa Kent, a spokeswoman for the governor.\n\n'
        'The talks will go on "in an expression of solidarity," a Foreign Office statement said.\n\n'
        '"This is a matter for the courts," said Alan Berg, a professor of law at Temple University.\n'
    )
    prompts = _prompts("source-type", story, "ballot.txt")
    assert not [p for p in prompts if "Court" in p or "Foreign Office" in p]
    assert [p for p in prompts if "Alan Berg" in p or "Lisa Kent" in p]


def test_from_sample_cg_a_hedged_guess_before_noted_is_no_fact_the_writer_accepts():
    story = (
        "Senate vote\n\n"
        "Republicans may be using Monday’s vote as a way to put pressure on Democratic senators in red states, "
        "Jane Hellmann noted in January.\n\n"
        "The vote failed, Tom Reyes noted on Tuesday.\n"
    )
    prompts = _prompts("attribution-verb", story, "vote.txt")
    assert not [p for p in prompts if "may be using" in p]


def test_from_sample_cg_likely_in_a_clause_that_describes_a_kind_is_no_hedge_of_the_speaker():
    story = (
        "Gun case\n\n"
        "Alan Gottlieb, the group's founder, said it could take time to find a case that's likely to succeed in "
        "court.\n\n"
        "Nora Quist, a lawyer, said the ruling was likely to be appealed.\n"
    )
    prompts = _prompts("hedge", story, "gun.txt")
    assert not [p for p in prompts if "likely to succeed" in p]


def test_from_sample_cg_appear_to_alone_makes_no_judgment():
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert _judgment_words("The statistics that have been cited don't appear to reflect the deal with Boeing.") == []
    assert _judgment_words("The statistics may well be a terrible distortion of the deal.")


def test_from_sample_ci_statements_that_lean_on_the_sentence_before_or_keep_a_typo():
    from quizapp.quality.wording import context_reference, is_garbled

    assert context_reference("Conversely, the rate fell to 5 percent.") == "Conversely"
    assert context_reference("Police made 38 arrests that day.") == "that day"
    assert context_reference("Police made 38 arrests that day.", standalone=False) is None  # a blank's sentence
    assert context_reference("Police made 38 arrests on Feb. 9.") is None
    assert is_garbled("Warren's office did not to respond to a request for comment.")
    assert not is_garbled("Warren's office did not respond to a request for comment.")


def test_from_sample_ci_a_minister_of_a_church_is_no_official():
    story = (
        "Execution vigil\n\n"
        '"We pray for everyone involved," said Jeff Hood, a Baptist minister who holds vigils outside the prison.\n\n'
        '"The sentence will be carried out," said Jane Cole, the state\'s justice minister.\n\n'
        '"It is a sad day," said Alan Berg, a professor of law at Temple University.\n'
    )
    prompts = _prompts("source-type", story, "vigil.txt")
    assert not [p for p in prompts if "Jeff Hood" in p]
    assert [p for p in prompts if "Jane Cole" in p or "Alan Berg" in p]


def test_from_sample_ci_a_nation_s_office_is_not_asked_the_other_way_round():
    from quizapp.generation.skills import BUILDERS

    story = _ONE_ROLE_STORY.replace("the director of the Harbour Trust", "the US President")
    assert not [
        c for c in BUILDERS["source-credentials"](_analysis(story, "harbour.txt")) if "US President" in c.prompt
    ]
    story = _ONE_ROLE_STORY.replace("the director of the Harbour Trust", "France's ambassador")
    assert not [c for c in BUILDERS["source-credentials"](_analysis(story, "harbour.txt")) if "ambassador" in c.prompt]


def test_from_sample_cj_a_dateline_glued_by_a_long_dash_is_not_part_of_a_name():
    analysis = _analysis(
        "Advisers meet\n\n"
        "PALM BEACH, Fla.—President Donald Trump called together several top advisers Saturday.\n\n"
        '"We will look at every option," Mr. Trump said. "Nothing is off the table," said Mara Quist, an aide.\n',
        "palm.txt",
    )
    labels = {s.label for s in analysis.sources.values()}
    assert "Donald Trump" in labels and not [label for label in labels if "Fla" in label]


def test_from_sample_cj_a_possessive_is_no_name():
    from quizapp.generation.analysis import looks_like_a_name

    assert not looks_like_a_name("Obama’s State")
    assert not looks_like_a_name("Obama's State")
    assert looks_like_a_name("Barack Obama")


def test_from_sample_cj_a_he_whose_own_sentence_leads_with_another_he_is_not_the_name_in_its_clause():
    reported = _quote_sources(
        "Network chief\n\n"
        "Randall Stephenson, the firm's chief executive, has defended the network since taking it over.\n\n"
        "When the White House revoked the press pass of reporter Jim Acosta, he publicly complained about it. "
        "“You didn’t like the line of questioning? Well, that seems to be against freedom of the press,” he said "
        "in November.\n",
        "network.txt",
    )
    assert [s for q, s in reported.items() if q.startswith("You didn")] == [None]


def test_from_sample_ck_words_after_responded_to_someone_saying_are_theirs():
    reported = _quote_sources(
        "Leader rejects advice\n\n"
        "Mitch McConnell, the leader of the Senate, responded to Trump tweeting earlier in the day: “If Republican "
        "Senators are unable to pass what they are working on now, they should immediately repeal it!”\n\n"
        "Mara Quist, a senator, said: “We will find the votes next week.”\n",
        "leader.txt",
    )
    assert [s for q, s in reported.items() if q.startswith("If Republican")] == [None]
    assert [s for q, s in reported.items() if q.startswith("We will")] == ["Mara Quist"]


def test_from_sample_cj_a_name_the_model_missed_keeps_its_capital_in_a_claim():
    analysis = _analysis(
        "Arrest\n\n"
        "Police had sought Robert Durst for weeks.\n\n"
        "Durst was arrested by agents Saturday at a hotel in New Orleans, spokeswoman Laura Eimiller said.\n",
        "arrest.txt",
    )
    contents = [c.content for c in analysis.claims if c.content and "arrested" in c.content]
    assert contents and all(c.startswith("Durst") for c in contents)


def test_from_sample_cj_a_surname_two_people_of_the_story_share_is_no_speaker():
    reported = _quote_sources(
        "Operation named for aid worker\n\n"
        "The operation was named after Kayla Mueller, an aid worker held hostage in Syria.\n\n"
        "Her father, Carl Mueller, spoke to a newspaper on Sunday.\n\n"
        '"What this man did to Kayla, he kidnapped her," Mueller said.\n',
        "operation.txt",
    )
    assert [s for q, s in reported.items() if q.startswith("What this man")] == [None]


def test_from_sample_cj_a_post_or_a_first_person_line_is_no_plain_fact():
    from quizapp.generation.skills.fact_opinion import _is_plain_fact

    analysis = _analysis(
        "Stocks\n\nInsurance stocks plunged yesterday after I ended their windfall! —\n\n"
        "We closed the Ohio plant of Alder Steel on Monday.\n\nAlder Steel closed its Ohio plant on Monday.\n\n"
        "Alder Steel shut its Texas plant on Friday! —\n",
        "stocks.txt",
    )
    plain = [s.text for s in analysis.sentences if _is_plain_fact(analysis, s, s.text)]
    assert plain == ["Alder Steel closed its Ohio plant on Monday."]


def test_from_sample_ck_a_time_or_a_body_told_by_an_earlier_sentence_needs_it():
    from quizapp.articles.furniture import is_furniture
    from quizapp.quality.wording import context_reference

    assert context_reference("Kelly Love said there had been no change in the position since then.") == "since then"
    assert context_reference("Clinton appeared on CNN shortly thereafter and told Anderson Cooper so.") == "thereafter"
    assert context_reference("The police arrived hours later.") == "hours later"
    assert context_reference("Troops left Iraq in 2011, then returned three years later.") is None  # later than 2011
    assert context_reference("He resigned the week after the election.") != "the week after"
    assert context_reference("After the shift on Monday, the company’s stock price fell 5 percent.") == "the company's"
    assert context_reference("Apple's shares fell after Alder Corp said the company's chief would leave.") is None
    assert context_reference("The corresponding figure for the GOP is 12 percent.", standalone=False) == (
        "The corresponding"
    )
    assert is_furniture("See: Goldman says the virus will end the bull market for stocks")
    assert not is_furniture("See how the council voted on Tuesday.")


def test_from_sample_cj_a_line_with_no_full_stop_is_no_main_news_choice():
    from quizapp.generation.skills import main_event

    story = (
        "Governor Haley picked as UN envoy\n\n"
        "President-elect Donald Trump has picked South Carolina Governor Nikki Haley as the envoy to the United "
        "Nations.\n\n"
        "Haley has little experience of foreign affairs, her critics in the state legislature said.\n\n"
        "Trump adds Haley and DeVos to his cabinet for the UN and education posts\n\n"
        "The state legislature voted in 2015 to take down the Confederate flag from the statehouse grounds.\n\n"
        "Haley was born in Bamberg to parents who came to the state from Punjab in India.\n\n"
        "The governor took office in January 2011 after a close race against a state senator.\n\n"
        "Her husband Michael serves as an officer in the Army National Guard and has been deployed abroad.\n"
    )
    choices = [c for cand in main_event.build(_analysis(story, "haley.txt")) for c in cand.choices]
    assert not [c for c in choices if c.startswith("Trump adds")]


def test_from_sample_cm_a_post_held_under_two_named_bosses_is_a_past_one():
    from quizapp.generation.sources import classify

    past = "assistant secretary of Defense for public affairs under Gates and Panetta"
    assert classify("Doug Wilson", past, is_person=True) is None
    assert classify("Doug Wilson", "assistant secretary of Defense for public affairs", is_person=True) is not None


def test_from_sample_cm_a_reason_given_as_a_purpose_has_wrong_reasons_in_that_form():
    from quizapp.generation.skills import anonymous_source

    story = (
        "Troops to leave\n\n"
        "The troops will leave the base next month, said a U.S. official who spoke on condition of anonymity to "
        "discuss a plan that had not been finalized and formally announced.\n\n"
        '"We are ready," said Mara Quist, the base commander. "The move will take weeks," said Tom Reyes, a '
        "spokesman for the ministry.\n"
    )
    items = [c for c in anonymous_source.build(_analysis(story, "troops.txt")) if c.prompt.startswith("What reason")]
    assert items and all(choice.startswith("To ") for c in items for choice in c.choices)


def test_from_sample_cm_a_role_cut_out_of_a_comparison_is_no_role():
    from quizapp.generation.skills.source_credentials import is_a_role

    assert not is_a_role("Same law Russian attorney")
    assert is_a_role("Russian attorney at the same law firm")


def test_from_sample_cl_a_verb_the_parse_gave_two_subjects_has_no_sure_speaker():
    reported = _quote_sources(
        "Immigration bill\n\n"
        "Speaking alongside Cotton and another co-sponsor, the Republican senator David Perdue, Trump described the "
        "bill as “legislation that would represent the most significant reform to our immigration system in a half "
        "century” and heralded it.\n\n"
        '"It will pass," said Mara Quist, an aide.\n',
        "bill.txt",
    )
    assert [s for q, s in reported.items() if q.startswith("legislation")] in ([None], [], ["Donald Trump"], ["Trump"])


# Two sources whose types the article makes plain, beside the one a source-type test asks about.
_OFFICIAL_AND_EXPERT = (
    '"We will appeal," said Mara Quist, the state\'s attorney general. "It is a sad day," said Alan Berg, a '
    "professor of law at Temple University.\n"
)


def test_from_sample_cl_a_post_in_a_body_the_sentence_calls_a_group_is_no_official():
    story = (
        "Abortion bill\n\n"
        "“This would have implications nationwide if this gets approved,” said Jennifer Popik, federal legislative "
        "director with National Right to Life, an anti-abortion group that has affiliates in all 50 states.\n\n"
        + _OFFICIAL_AND_EXPERT
    )
    prompts = _prompts("source-type", story, "bill.txt")
    assert not [p for p in prompts if "Popik" in p]
    assert [p for p in prompts if "Mara Quist" in p or "Alan Berg" in p]


def test_from_sample_cl_the_people_a_poll_asked_are_not_asked_about_as_a_source():
    story = (
        "Unions\n\n"
        "Although a majority of Americans in a 2014 Gallup poll said they approve of labor unions, only 35 percent "
        "said they would like to see unions have more influence in the United States than they have today.\n\n"
        + _OFFICIAL_AND_EXPERT
    )
    prompts = _prompts("source-type", story, "unions.txt")
    assert not [p for p in prompts if "majority" in p]
    assert [p for p in prompts if "Mara Quist" in p or "Alan Berg" in p]


def test_from_sample_cl_a_caption_that_gives_a_role_also_says_who_someone_is():
    from quizapp.generation.skills import evidence

    body = (
        "Voter data\n\n{caption}"
        "Kansas Secretary of State Kris Kobach, the commission’s vice chairman, sent a letter to election officials "
        "in 50 states on Wednesday requesting data.\n\n"
        "“Every state receives the same letter,” Kobach told The Star.\n\n"
        '"It is a sham," said Terri Sewell, a congresswoman from Alabama.\n'
    )
    caption = (
        "Kansas Secretary of State Kris Kobach, right, holds a stack of papers as he meets with Trump on Nov. 20, "
        "2016 in Bedminster. (AP Photo/Carolyn Kaster)\n\n"
    )

    def asks_kobach(text: str) -> bool:
        return any("Kris Kobach is" in c.prompt for c in evidence.build(_analysis(text, "voter.txt")))

    assert asks_kobach(body.format(caption=""))
    assert not asks_kobach(body.format(caption=caption))


def test_from_sample_cl_a_source_named_with_a_tail_is_not_swapped_for_another():
    story = (
        "Jobless benefits\n\n"
        "Congress left for the holidays on Friday without a vote on the benefits.\n\n"
        "About 72,000 Americans will lose benefits each week in the first half of 2014 without an extension, "
        "according to Democrats on the House Ways and Means Committee who cited Labor Department statistics.\n\n"
        "About 1.3 million people lost their benefits on Saturday, according to the Center for Budget Priorities.\n\n"
        "Most states pay 26 weeks of benefits under their own programs, according to the Labor Department.\n"
    )
    prompts = _prompts("true-false", story, "jobless.txt")
    assert not [p for p in prompts if " on the House Ways" in p and "according to Democrats" not in p]


def test_from_sample_cl_a_main_news_choice_never_keeps_a_subject_without_its_verb():
    from quizapp.generation.skills.common import main_clause, root_end, sentence_case
    from quizapp.generation.skills.main_event import _subject_cut_from_its_verb

    analysis = _analysis(
        "Betting\n\nLegal experts predicted that sports leagues and players’ unions, as well as dozens of states, will "
        "seek a cut of the revenue from expanded sports gambling.\n\n"
        "The court ruled on Monday that the law was void.\n",
        "betting.txt",
    )
    cut = {}
    for sentence in analysis.sentences:
        option = sentence_case(main_clause(sentence.text, keep_until=root_end(sentence, sentence.text)))
        cut[option] = _subject_cut_from_its_verb(sentence, option)
    assert cut == {
        "Legal experts predicted that sports leagues and players’ unions": True,
        "The court ruled on Monday that the law was void": False,
    }


def test_from_sample_cn_a_quotation_that_names_its_speaker_s_post_is_not_asked():
    story = (
        "Trade talks\n\n"
        "“I, as President, want people to be able to buy American goods,” Donald Trump said on Monday.\n\n"
        "“We will sign the deal next week,” said Mara Quist, the trade minister. “Tariffs will fall,” said Tom Reyes, "
        "an economist at Alder Bank. “Farmers will gain most,” said Jo Pell, a farmer.\n"
    )
    prompts = _prompts("quote-speaker", story, "trade.txt")
    assert not [p for p in prompts if "as President" in p]
    assert [p for p in prompts if "sign the deal" in p or "Tariffs" in p]


def test_from_sample_cn_a_true_statement_credits_the_speaker_with_what_they_said_and_no_more():
    from quizapp.generation.skills.true_false import _true_item

    analysis = _analysis(
        "Cabinet changes\n\n"
        "The cabinet met in the capital on Friday.\n\n"
        "President Dana Holt announced Saturday that Zinke will be stepping down from his post at the end of the "
        "year, amid a number of ethics controversies.\n\n"
        "Mayor Lena Ruiz said the city's summer school would also include free meals — no small concern since 84 "
        "percent of the city's students qualify for free meals.\n\n"
        "Washington wants Prime Minister Nouri al-Maliki out of the picture and press secretary Josh Earnest said "
        "earlier Thursday that he did not want any government in Baghdad to hide behind American power.\n\n"
        "Holt's predecessor, Tom Reyes, warned the incoming president that North Korea could prove his biggest "
        "security challenge.\n\n"
        "Carl Hensman said the ingredients are also found in products like — in the case of the first spray — "
        "toothpaste.\n",
        "cabinet.txt",
    )

    def statement(words: str) -> str | None:
        sentence = next(s for s in analysis.sentences if words in s.text)
        built = _true_item(analysis, sentence, sentence.text)
        return built[0] if built else None

    contents = [c.content for c in analysis.claims if c.content]
    assert "Zinke will be stepping down from his post at the end of the year" in contents
    assert "the city's summer school would also include free meals" in contents
    assert [c for c in contents if c.endswith("first spray — toothpaste")]  # two dashes: the speaker's aside
    assert statement("Zinke") == "Dana Holt said that Zinke will be stepping down from his post at the end of the year."
    assert statement("84 percent") == "Lena Ruiz said that the city's summer school would also include free meals."
    assert statement("Washington wants") is None  # the first clause is the writer's, not Earnest's
    assert statement("North Korea") is not None and statement("North Korea").startswith("Holt's predecessor")


def test_from_sample_cn_a_rank_written_short_is_a_title_not_a_name():
    sources = _quote_sources(
        "Missile test\n\n"
        "North Korea fired a missile on Sunday.\n\n"
        "The launch occurred off the port city of Sinpo, and “the type of missile is still being assessed,” said "
        "Cmdr. Dave Benham, a spokesman for U.S. Pacific Command.\n\n"
        "“We are watching closely,” said Sgt. Mara Quist, who serves at the base.\n",
        "missile.txt",
    )
    assert set(sources.values()) == {"Dave Benham", "Mara Quist"}


def test_from_sample_cn_a_wire_photo_credit_without_brackets_marks_a_caption():
    from quizapp.articles.wire import is_caption, parse_caption

    caption = parse_caption(
        "Vice President Mike Pence attends a news conference in Ankara, Turkey, October 17, 2019. "
        "REUTERS/Aaron P. Bernstein/File Photo"
    )
    assert (caption.credit, caption.photographer, caption.is_file_photo, caption.date) == (
        "REUTERS/Aaron P. Bernstein/File Photo",
        "Aaron P. Bernstein",
        True,
        "2019-10-17",
    )
    assert is_caption("Jim Mattis speaks in Singapore June 2, 2018. REUTERS/Edgar Su")
    assert parse_caption("FILE PHOTO: Mike Pence attends a news conference. REUTERS/Erin Scott").is_file_photo
    assert not is_caption("Support for the plan fell, according to a Reuters/Ipsos poll.")
    bare = "Supporters shout down a CNN news crew before a rally Tuesday, July 31, 2018, in Tampa, Fla. AP"
    assert is_caption(bare) and parse_caption(bare).credit == "AP"  # from sample CO
    assert not is_caption("The mayor announced the plan on Monday, she told the AP.")
    assert not is_caption("Support for the plan fell, according to the AP/NORC Center.")
    story = (
        "Mattis warns China\n\n"
        "SINGAPORE (Reuters) - The United States is willing to work with China, U.S. Defense Secretary Jim Mattis "
        "said on Saturday.\n\n"
        "“China’s policy stands in stark contrast to the openness that our strategy promotes,” said Mattis.\n\n"
        "“We will compete vigorously if we have to,” Mattis said.\n\n"
        "U.S. Secretary of Defence Jim Mattis speaks at the IISS Shangri-la Dialogue in Singapore June 2, 2018. "
        "REUTERS/Edgar Su\n\n"
        "China’s delegation did not reply to the remarks, said Lena Ruiz, an analyst at the IISS.\n"
    )
    assert not [p for p in _prompts("evidence", story, "mattis.txt") if "who Jim Mattis is" in p]
    assert [c.photographer for c in parse_story(story, "mattis.txt").captions] == ["Edgar Su"]


def test_from_sample_cn_an_officer_of_a_university_or_a_firm_is_not_asked_about_as_an_official():
    story = (
        "Campaign rally\n\n"
        "“Evangelicals propelled Donald Trump to victory in 2016, and it must be an all hands on deck approach,” said "
        "Scott Lamb, senior vice president for the office of communications for Liberty University.\n\n"
        "“We expect ten thousand people,” said Dana Holt, a spokeswoman for Acme Corp.\n\n"
        "“We’re very proud to see these folks leading the way,” said Ken Cuccinelli, president of the Senate "
        "Conservatives Fund.\n\n" + _OFFICIAL_AND_EXPERT
    )
    prompts = _prompts("source-type", story, "rally.txt")
    assert not [p for p in prompts if "Lamb" in p or "Cuccinelli" in p]  # Cuccinelli: from sample CO
    assert [p for p in prompts if "Holt" in p]  # a firm's spokeswoman speaks for a business, as its choice says
    assert [p for p in prompts if "Mara Quist" in p]


def test_from_sample_cn_a_time_clause_taken_for_what_was_said_is_not_asked_about():
    story = (
        "Stock trades\n\n"
        "Senators sold shares before the market fell, records show.\n\n"
        "A spokesman for Feinstein told NBC News at the time her husband's trades were disclosed that she \"did not "
        'sell any stock."\n\n'
        'Senator Richard Burr told reporters that the sales were "entirely appropriate and fully within the rules" of '
        "the Senate.\n"
    )
    prompts = _prompts("reported-speech", story, "trades.txt")
    assert not [p for p in prompts if "disclosed that" in p.split("Does the article give")[-1]]
    assert [p for p in prompts if "entirely appropriate" in p]


def test_from_sample_cn_a_last_voice_heard_only_in_the_writers_summary_is_asked_as_such():
    summary = _VOICES_STORY.replace(
        "“It will take ten years, and the boats will have nowhere to go,” said Alan Berg, who owns a boatyard.",
        "The work will take ten years and leave the boats nowhere to go, boatyard owner Alan Berg said.",
    )
    assert "Who is the last named person whose words the article reports?" in _framing(_VOICES_STORY)
    asked = _framing(summary)
    assert "Who is the last named person whose words the article reports?" not in asked
    item = asked["Who is the last named person whose words the article reports, quoted or in its own summary?"]
    assert item.answer == ("Alan Berg",) and "are Alan Berg's, in its own summary: " in item.explanation


def test_from_sample_cp_a_file_photo_of_an_event_the_story_reports_is_not_called_earlier():
    story = (
        "Biden's support falls after debate\n\n"
        "NEW YORK (Reuters) - Joe Biden has lost support among black voters after the first debate, a poll found.\n\n"
        "The survey, conducted from Friday to Monday in the days following the debate in Miami, found 22 percent "
        "backed Biden.\n\n"
        "FILE PHOTO - Joe Biden speaks during the second night of the first Democratic debate in Miami, Florida, "
        "U.S. June 27, 2019. REUTERS/Mike Segar\n\n"
        "FILE PHOTO - Kamala Harris speaks at a rally in Los Angeles, California, U.S. January 27, 2019. "
        "REUTERS/Mike Blake\n"
    )
    prompts = _prompts("photo", story, "poll.txt")
    assert not [p for p in prompts if "Miami" in p]
    # Since the sample DT: with two FILE captions "the photo" could be either, so neither is asked about.
    assert prompts.count("The photo caption with this story is marked “FILE”. What does that mean?") == 0
    one = story.split("FILE PHOTO - Kamala")[0]
    assert _prompts("photo", one, "poll.txt") == []  # the one left shows the debate the story reports


def test_from_sample_cp_a_description_the_parse_cut_at_a_hyphen_keeps_only_whole_roles():
    analysis = _analysis(
        "Tea party\n\nThe movement grew fast.\n\n"
        "“My grassroots interviewees were very pro-gun,” said Vanessa Williamson, a scholar at the Brookings "
        "Institution and co-author of the book “The Tea Party and the Remaking of Republican Conservatism.”\n",
        "tea.txt",
    )
    assert [s.description for s in analysis.sources.values()] == ["a scholar at the Brookings Institution"]


def test_from_sample_cp_no_wrong_number_is_one_before_a_plural_noun():
    story = (
        "Online voter registration\n\n"
        "States are moving voter registration online to save money.\n\n"
        "Arizona, for example, says it costs the state only 3 cents to register someone online, versus 83 cents "
        "on paper.\n\n"
    )
    analysis = _analysis(story, "vote.txt")
    from quizapp.generation.skills import number

    items = {c.answer[0]: c.choices for c in number.build(analysis)}
    assert items and not [c for choices in items.values() for c in choices if re.search(r"\b1 cents", c)]


def test_from_sample_cp_that_and_a_bare_noun_after_a_verb_of_saying_points_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("In a letter, the administration said that sum would pay for 234 miles of barrier.")
    assert context_reference("Ruiz told reporters that plan was dead, at a cost of roughly $2 million.")
    assert not context_reference("Mara Ruiz said that inflation would rise by roughly 2 percent this year.")
    assert context_reference("Each graduated high school with more than 20 college credits.")  # from sample CO
    assert not context_reference("Each student graduated high school with more than 20 college credits.")
    assert not context_reference("Some estimated death tolls, provided by officials to journalists, exceeded 100.")


def test_from_sample_cp_a_lower_case_word_before_a_bodys_name_is_no_part_of_the_title():
    analysis = _analysis(
        "Egypt crackdown\n\nPolice cleared the camps in Cairo.\n\n"
        "According to the Monitor, before today’s dispersal Brotherhood leader Amr Darrag said, “They can disperse a "
        "couple of sit ins, but they cannot disperse the idea.”\n",
        "egypt.txt",
    )
    assert analysis.descriptions == {"Amr Darrag": "Brotherhood leader"}


def test_from_sample_cp_a_spokesperson_for_a_movement_is_not_asked_about_as_an_official():
    story = (
        "New cabinet\n\n"
        "“The appointments do not bode well,” said Hossam Moenes, spokesperson for the leftist Egyptian Popular "
        "Current.\n\n"
        "“The cabinet will meet on Sunday,” said Amr Salem, a spokesman for the Interior Ministry.\n\n"
        + _OFFICIAL_AND_EXPERT
    )
    prompts = _prompts("source-type", story, "cabinet.txt")
    assert not [p for p in prompts if "Moenes" in p]
    assert [p for p in prompts if "Amr Salem" in p]
    from quizapp.generation.sources import classify

    assert classify("Abdurrahman Mangal", "spokesperson for the provincial governor", True) == "named-official"


def test_from_sample_co_words_quoted_twice_are_asked_once_and_a_context_reads_in_lower_case():
    story = (
        "Speaker farewell\n\n"
        "The House met on Thursday to hear the speaker's farewell.\n\n"
        '"If you have come here to see your name in lights, you have come to the wrong place," John Boehner said.\n\n'
        'Choking up again, Boehner tells members that "if you have come here to see your name in lights, you have '
        'come to the wrong place."\n\n'
        '"We thank him for his service to this House and to the country," said Nancy Pelosi, the Democratic leader.\n\n'
        'In a further tweet, Hillary Clinton wrote, "There is no more important test of our country than the way we '
        'treat the most vulnerable among us."\n\n'
        '"It is a sad day for all of us here in the chamber," said Eric Cantor, a former leader.\n'
    )
    from quizapp.generation.skills import quote_speaker

    items = quote_speaker.build(_analysis(story, "farewell.txt"))
    lights = [c for c in items if "name in lights" in c.prompt]
    assert len({f for c in lights for f in c.facts if f.startswith("quote:")}) == 1
    tweet = next(c for c in items if "most vulnerable" in c.prompt)
    assert "It was said in a further tweet." in tweet.explanation


def test_from_sample_co_a_name_with_a_state_tag_is_not_swapped_and_govs_is_a_title():
    from quizapp.generation.skills.true_false import _swap

    analysis = _analysis(
        "Health bill\n\n"
        "The House passed its health bill in May.\n\n"
        "Republican Govs. John Kasich (Ohio) and Rick Snyder (Mich.) came out against the House bill in June, "
        "warning that it failed to provide adequate resources.\n\n"
        "Senate leader Mitch McConnell said he would bring a new bill to the floor.\n\n"
        "“We will work with the governors,” said Mitch McConnell.\n",
        "health.txt",
    )
    sentence = next(s for s in analysis.sentences if "Kasich" in s.text)
    assert sentence.text.startswith("Republican Govs.")
    assert _swap(analysis, sentence.text, sentence.span.start_char, sentence) is None


def test_from_sample_co_no_blank_in_a_split_figure_nor_for_a_share_that_opens_its_sentence():
    story = (
        "Health poll\n\n"
        "A Kaiser poll asked Americans about the health law in June.\n\n"
        "A full 82 percent said federal funding for the expansion of Medicaid should be continued this year.\n\n"
        "Most uninsured Americans have yearly incomes near the poverty line ($11, 770 for an individual in 2016).\n\n"
        "Arizona, for example, says it costs the state only 3 cents to register someone online, versus 83 cents "
        "on paper.\n"
    )
    answers = [c.answer[0] for c in _number_items(story)]
    assert not [a for a in answers if "82" in a or "11" in a]
    assert "83 cents" in answers


def _number_items(story: str):
    from quizapp.generation.skills import number

    return number.build(_analysis(story, "numbers.txt"))


def test_from_sample_co_a_first_voice_shares_its_sentence_with_no_other_speaker():
    story = _VOICES_STORY.replace(
        "“This is the best day the harbour has had in fifty years,” said Nora Quist, the director of the Harbour "
        "Trust.",
        "Nora Quist, the director of the Harbour Trust, said the vote was “the best day in fifty years” while Lund "
        "called the cost “a worry”.",
    ).replace("said Peter Lund, a council member", "said Peter Lund, a council member, later")
    assert "Who is the first named person whose words the article reports?" in _framing(_VOICES_STORY)
    assert not [p for p in _framing(story) if "first named person" in p]


def test_from_sample_cp_a_job_title_the_model_took_into_a_name_is_no_part_of_it():
    sources = _quote_sources(
        "Game night\n\nThe network aired the game on Sunday.\n\n"
        "Producer Fred Gaudelli said the broadcast would focus on the field.\n\n"
        "“We’re obviously here to cover a football game, not a politicized event,” Mr. Gaudelli said.\n",
        "game.txt",
    )
    assert set(sources.values()) == {"Fred Gaudelli"}


def test_from_sample_cp_an_off_the_charts_record_is_rated_not_checkable():
    story = (
        "Heat record\n\n"
        "America set an off-the-charts heat record in 2012, the weather agency reported.\n\n"
        "America set a heat record in 2012 with an average temperature of 55.3 degrees.\n\n"
        "“It is a sign of what is coming for all of us,” said Ann Vale, a climate scientist at Alder University.\n"
    )
    from quizapp.generation.skills.fact_opinion import _RATING_IDIOM

    assert _RATING_IDIOM.search("America set an off-the-charts heat record in 2012.")
    assert not [
        c for c in _fact_opinion_items(story) if "off-the-charts" in c.prompt and c.answer == ("A checkable fact",)
    ]


def _fact_opinion_items(story: str):
    from quizapp.generation.skills import fact_opinion

    return fact_opinion.build(_analysis(story, "facts.txt"))


def test_from_sample_cp_a_qualified_figure_the_article_also_gives_bare_teaches_no_qualifier():
    from quizapp.generation.skills.true_false import _true_item

    text = (
        "TSA misconduct\n\n"
        "Congress asked for the figures last year.\n\n"
        "A new government report says misconduct by airport screeners has increased more than 26% in the last "
        "three years.\n\n"
        "Cases were up 26% over the period, the report found.\n\n"
        "Complaints about screeners at the biggest airports rose more than 40% in the same three years.\n"
    )
    analysis = _analysis(text, "tsa.txt")

    def lesson(words: str):
        sentence = next(s for s in analysis.sentences if words in s.text)
        built = _true_item(analysis, sentence, sentence.text)
        return built[1] if built else ""

    assert "more than 26%" not in lesson("26% in the last")
    assert "more than 40%" in lesson("Complaints")


def test_from_sample_cp_a_voice_named_after_another_person_in_its_sentence_is_not_the_first():
    story = _VOICES_STORY.replace(
        "“This is the best day the harbour has had in fifty years,” said Nora Quist, the director of the Harbour "
        "Trust.",
        "Boatyard owner Alan Berg tried to defend his objections in a long apology on Tuesday -- as Nora Quist, the "
        "director of the Harbour Trust, said it was “the best day the harbour has had in fifty years.”",
    )
    assert not [p for p in _framing(story) if "first named person" in p]


def test_from_sample_cp_a_groups_own_website_is_not_asked_about_as_a_document():
    story = (
        "Redistricting campaign\n\n"
        "The All On The Line website describes the organization as a national campaign launched to “restore "
        "fairness to our democracy and ensure every American has an equal say in our government.”\n\n"
        + _OFFICIAL_AND_EXPERT
    )
    analysis = _analysis(story, "campaign.txt")
    assert [s for s in analysis.sources.values() if "website" in s.label and s.kind == "document"]
    prompts = [c.prompt for c in _source_type_items(analysis)]
    assert not [p for p in prompts if "website" in p]
    assert [p for p in prompts if "Mara Quist" in p]


def _source_type_items(analysis):
    from quizapp.generation.skills import source_type

    return source_type.build(analysis)


def test_from_sample_co_a_who_did_it_key_is_the_fullest_name_its_sentence_gives():
    story = (
        "Speaker vote\n\n"
        "The House met on Tuesday to elect its speaker.\n\n"
        "Earlier, Rep. McMorris Rodgers said he had the unanimous support of the conference.\n\n"
        "“This is a great day for the House,” said Rep. John Boehner, the speaker.\n\n"
        "“We will not back him,” said Rep. Allen West, a Florida Republican.\n\n"
        "“The vote will be close,” said Rep. Eric Cantor, the majority leader.\n\n"
        "Rep. Cathy McMorris Rodgers, R-Wash., nominated the speaker for a second term before the vote.\n"
    )
    keys = [
        c.answer[0] for c in _prompts_items("detail", story) if c.prompt.startswith("According to the article, who")
    ]
    assert "McMorris Rodgers" not in keys and "Cathy McMorris Rodgers" in keys


def _prompts_items(skill: str, story: str):
    from quizapp.generation.skills import BUILDERS

    return BUILDERS[skill](_analysis(story, "story.txt"))


def test_from_sample_cr_a_former_official_is_not_asked_about_as_an_official():
    story = (
        "Tarmac meeting\n\n"
        "“We talked about his grandchildren and our travels,” said then-Attorney General Loretta Lynch.\n\n"
        + _OFFICIAL_AND_EXPERT
    )
    prompts = _prompts("source-type", story, "lynch.txt")
    assert not [p for p in prompts if "Lynch" in p]
    from quizapp.generation.sources import classify

    assert classify("Tom Frieden", "formerly the director of the Centers for Disease Control", True) is None
    assert [p for p in prompts if "Mara Quist" in p]


def test_from_sample_cr_mr_and_a_surname_is_not_the_woman_of_that_surname():
    sources = _quote_sources(
        "Clinton book\n\nHillary Rodham Clinton defended her record in her new book on Monday.\n\n"
        "“I made the right call,” Clinton said of her time at the State Department, adding that she had no regrets.\n\n"
        "“In my opinion, Hillary did what she should have done” in response to the assault, Mr. Clinton said.\n",
        "clinton.txt",
    )
    assert sources["In my opinion, Hillary did what she should have done"] != "Hillary Rodham Clinton"
    assert sources["I made the right call,"] == "Hillary Rodham Clinton"


def test_from_sample_cr_a_statement_opening_on_now_or_anyway_leans_on_the_one_before():
    from quizapp.quality.wording import context_reference

    assert context_reference("Now, the terror outfit commands a global stage after kidnapping 200 schoolgirls.")
    assert context_reference("Anyway, Obama continued, apparently oblivious to the troubles he had created.")
    assert not context_reference("Nowhere else are bus fares so low as in Oslo.")


def test_from_sample_cr_a_claim_the_parse_cut_before_a_verb_of_its_own_is_no_claim():
    analysis = _analysis(
        "Bridge scandal\n\nThe governor spoke on Monday.\n\n"
        "Mitt Romney also told The Post that Christie took swift and decisive action upon learning a member of his "
        "administration did something he found reprehensible.\n\n"
        "Mitt Romney said the governor would win a second term in the fall.\n",
        "bridge.txt",
    )
    contents = [c.content for c in analysis.claims]
    assert not [c for c in contents if c and c.endswith("his administration")]
    assert "the governor would win a second term in the fall" in contents


def test_from_sample_cq_true_statements_on_the_newsrooms_own_analysis_or_opening_on_a_bare_count():
    from quizapp.generation.skills.true_false import _item, _what_to_check
    from quizapp.quality.wording import context_reference

    assert context_reference("At least one, Wall Street pro Michael Novogratz, compared the surge to bitcoin's.")
    assert not context_reference("One day in May, Congress passed a new law on bus fares.")
    story = (
        '---\npublisher: "USA TODAY"\n---\nCampaign money\n\nThe midterm results are in.\n\n'
        "In at least 41 House races, the bigger spender lost, according to an analysis of campaign spending totals "
        "compiled by USA TODAY.\n\n"
        "In at least 30 Senate races, the bigger spender won, according to an analysis by the Center for "
        "Responsive Politics.\n"
    )
    analysis = _analysis(story, "money.txt")

    def lesson(words: str):
        sentence = next(s for s in analysis.sentences if words in s.text)
        return _what_to_check(analysis, sentence, sentence.text)

    assert lesson("House races") is None
    assert "Center for Responsive Politics" in (lesson("Senate races") or "")
    item = _item(
        "According to media reports, more than half of the cases came from the city.", False, "", "", 1, 0.6, set()
    )
    assert item.prompt == "True or false? According to media reports, more than half of the cases came from the city."


def test_from_sample_cr_dr_and_a_surname_is_the_one_person_of_that_surname():
    sources = _quote_sources(
        "Campaign taxes\n\n"
        "“It’s an interesting tactic he is able to pull off at this point,” says Diana Owen, a political science "
        "professor at Georgetown University.\n\n"
        "“Once you get some more concrete things out there, like his taxes, it might be a little bit harder for him "
        "to play this game,” Dr. Owen says.\n",
        "owen.txt",
    )
    assert set(sources.values()) == {"Diana Owen"}


def test_from_sample_cq_a_video_players_label_glued_to_a_paragraph_is_dropped():
    story = parse_story(
        "Search answers\n\nRelated Video \u200bGoogle handles 90% of the world's internet searches, and it "
        "increasingly is promoting a single answer for many questions.\n\nThe company did not comment.\n",
        "search.txt",
    )
    assert story.paragraphs[0].text.startswith("Google handles 90%")


def test_from_sample_cq_a_person_in_a_groups_video_is_no_unnamed_source():
    story = (
        "Climate ads\n\n"
        "The group produced a “holiday card” video in which one person said: “Sure my kids might get asthma, but the "
        "donors need their third home.”\n\n"
        "“We are proud of the campaign and the work behind it,” said Mara Quist, the group's director.\n"
    )
    prompts = _prompts("anonymous-source", story, "ads.txt")
    assert not [p for p in prompts if "one person" in p]
    plain = story.replace("The group produced a “holiday card” video in which one person said", "One person said")
    assert [p for p in _prompts("anonymous-source", plain, "ads.txt") if "one person" in p]


def test_from_sample_cs_the_subject_of_the_next_verb_is_no_description_of_the_name_before():
    analysis = _analysis(
        "Kentucky primary\n\nThe count ended late on Tuesday.\n\n"
        "With all precincts reporting, Clinton held a 1,923 vote lead over Bernie Sanders, the office of Kentucky "
        "Secretary of State Alison Lundergan Grimes told CNN.\n\n"
        "“We are going to win here in California,” said Bernie Sanders, the senator from Vermont.\n",
        "kentucky.txt",
    )
    assert "office" not in (analysis.descriptions.get("Bernie Sanders") or "")
    assert "office" not in (analysis.sources["Bernie Sanders"].description or "")


def test_from_sample_cs_an_update_label_marks_page_furniture():
    from quizapp.articles.furniture import is_furniture

    assert is_furniture("Update from Houston Public Media: The council voted on Wednesday to approve the plan.")
    assert is_furniture("Editor's note: This story has been updated.")
    assert not is_furniture("The update from the council came on Monday, a day after the vote on the plan.")


def test_from_sample_cs_a_month_named_march_is_no_march_in_a_caption():
    from quizapp.articles.wire import parse_caption
    from quizapp.generation.skills.photo import _scene

    caption = parse_caption(
        "FILE - In this March 29, 2018, file photo, spokesman Gao Feng listens to a question during a press "
        "conference at the Ministry of Commerce in Beijing. (AP Photo/Mark Schiefelbein, File)"
    )
    assert _scene(caption) == "a press conference in Beijing,"


def test_from_sample_cs_a_tickers_live_quote_in_a_sentence_is_page_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("Shares of Berkshire Hathaway BRK.A, +0.42% and JPMorgan JPM, +0.19% rose on Monday.")
    assert not has_web_debris("Shares of Berkshire Hathaway rose 0.42% on Monday, and JPMorgan's rose 0.19%.")


def test_from_sample_ct_a_highlights_box_run_into_a_caption_is_dropped():
    story = parse_story(
        "Immigration\n\n"
        "President Obama speaks at the White House on Tuesday. (Photo: Paul Frederiksen, USA TODAY Sports) Story "
        'Highlights Obama says he is "confident" Washington can complete work on an overhaul of immigration laws\n\n'
        "President Obama said on Tuesday he was confident that Congress would pass an immigration bill this year.\n",
        "immigration.txt",
    )
    assert [c.photographer for c in story.captions] == ["Paul Frederiksen"]
    assert not [p for p in story.paragraphs if "Highlights" in p.text]


def test_from_sample_ct_a_paper_told_is_a_listener_not_part_of_what_was_said():
    from quizapp.generation.skills.true_false import _true_item

    analysis = _analysis(
        "Winter outages\n\nStorms cut power to thousands last week.\n\n"
        "Mayor Lena Ruiz told the newspaper utilities must do more to protect customers from outages this winter.\n",
        "outages.txt",
    )
    sentence = analysis.sentences[-1]
    built = _true_item(analysis, sentence, sentence.text)
    assert built is None or "said that the newspaper" not in built[0]


def test_review_a_month_named_march_does_not_make_a_file_photo_show_the_story():
    story = (
        "Tariff talks\n\n"
        "BEIJING (AP) — China said on Thursday that Washington and Beijing agreed to cancel tariff hikes in March.\n\n"
        "FILE - In this March 29, 2018, file photo, spokesman Gao Feng listens to a question during a press "
        "conference at the Ministry of Commerce in Beijing. (AP Photo/Mark Schiefelbein, File)\n\n"
        "“Both sides should remove the tariffs at the same time,” Gao Feng said.\n"
    )
    prompts = _prompts("photo", story, "tariffs.txt")
    assert "The photo caption with this story is marked “FILE”. What does that mean?" in prompts


_TWO_LEADERS = (
    "Budget fight begins\n\n"
    "Senate Democrats blocked the annual defence spending bill on Thursday, opening a long fight over the budget.\n\n"
    "“The budget must be balanced between defence and everything else. That is what is fair,” said Senate Minority "
    "Leader Harry Reid, a Nevada Democrat.\n\n"
    "Republicans said they were stunned by the vote.\n\n"
    "“It would be very cruel indeed to block the pay rise we all promised the troops,” said Majority Leader Mitch "
    "McConnell, a Kentucky Republican.\n\n"
    "“The Republicans know our position and they are choosing just to ignore it,” Reid said.\n\n"
    "“Nobody voted for a shutdown of the whole government this autumn,” McConnell said.\n"
)


def test_a_story_of_two_named_voices_asks_who_said_it_between_them_at_most_twice():
    items = [c for c in _prompts_items("quote-speaker", _TWO_LEADERS) if len(c.choices) == 2]
    assert items and all(set(c.choices) == {"Harry Reid", "Mitch McConnell"} for c in items)
    from quizapp.generation.select import select

    kept = [c for c in select(_prompts_items("quote-speaker", _TWO_LEADERS)) if c.skill == "quote-speaker"]
    assert 1 <= len([c for c in kept if len(c.choices) == 2]) <= 2


def test_a_two_choice_who_said_item_needs_two_named_people_not_a_body():
    story = _TWO_LEADERS.replace("said Majority Leader Mitch McConnell, a Kentucky Republican", "the White House said")
    story = story.replace("McConnell said", "the White House said")
    assert not [c for c in _prompts_items("quote-speaker", story) if len(c.choices) == 2]


def test_a_small_count_written_in_words_is_asked_with_wrong_counts_in_words():
    story = (
        "Church shooting trial\n\n"
        "The gunman later killed nine black churchgoers during a Bible study in Charleston, South Carolina.\n\n"
        "“We will never forget them,” said Pastor Eliza Moore, who leads the church.\n"
    )
    items = [c for c in _number_items(story) if "churchgoers" in c.prompt]
    assert items and items[0].answer == ("nine",)
    assert all(choice.isalpha() and choice.islower() for choice in items[0].choices)
    story = (
        "Gun checks\n\n"
        "The gunman later killed three black churchgoers during a Bible study in Columbia, South Carolina.\n\n"
        "“We will never forget them,” said Pastor Eliza Moore, who leads the church.\n"
    )
    items = [c for c in _number_items(story) if "churchgoers" in c.prompt]
    assert not [c for c in items if "one" in c.choices]  # "one black churchgoers": a plural noun takes no "one"


def test_a_count_in_words_beside_another_figure_is_not_asked():
    story = (
        "Church shooting trial\n\n"
        "The gunman later killed nine of the twelve churchgoers at the Bible study in Charleston.\n\n"
        "“We will never forget them,” said Pastor Eliza Moore, who leads the church.\n"
    )
    assert not [c for c in _number_items(story) if "churchgoers" in c.prompt]


def test_two_unnamed_voices_are_not_asked_between_as_two_choices():
    story = (
        "Border talks\n\n"
        "Talks on the border dispute resumed in Geneva on Monday after a pause of three months.\n\n"
        "“Both sides came ready to make real progress on the crossing points this time,” a senior U.S. official "
        "said.\n\n"
        "“Nothing will be signed until the last soldier has left the valley,” a Turkish diplomat said.\n"
    )
    assert not [c for c in _prompts_items("quote-speaker", story) if len(c.choices) == 2]


def test_of_two_named_voices_the_first_is_asked_and_the_last_is_not():
    items = _prompts_items("framing", _TWO_LEADERS)
    first = [c for c in items if "first named person" in c.prompt]
    assert first and first[0].choices == ("Harry Reid", "Mitch McConnell")
    assert "Mitch McConnell speaks only later." in first[0].explanation
    assert not [c for c in items if "last named person" in c.prompt]


def test_a_first_quotation_tagged_a_sentence_on_is_the_first_voice_and_shown_whole():
    items = [c for c in _prompts_items("framing", _TWO_LEADERS) if "first named person" in c.prompt]
    assert items and items[0].evidence[0].startswith("“The budget must be balanced")
    assert "That is what is fair,” said Senate Minority Leader Harry Reid" in items[0].evidence[0]


_MAYOR_AND_PROFESSOR = (
    "Bridge toll rises\n\n"
    "The toll on the Easton bridge will rise to four dollars in March, the city council decided on Monday.\n\n"
    "“Drivers will pay more, but the bridge will finally be safe,” said Tom Hale, the mayor of Easton.\n\n"
    "“A higher toll pushes traffic onto the old roads through the villages,” said Dana Price, a professor of "
    "economics at Alder University.\n"
)


def test_of_two_voices_the_article_introduces_one_is_asked_whose_role_it_is():
    items = _prompts_items("source-credentials", _MAYOR_AND_PROFESSOR)
    assert {c.choices for c in items} >= {("Tom Hale", "Dana Price")}
    from quizapp.generation.select import select

    kept = [c for c in select(items) if c.skill == "source-credentials"]
    assert len(kept) == 1  # "Hale or Price?" asked once: the other answer follows


def test_a_role_is_not_asked_between_its_holder_and_a_person_who_never_speaks():
    story = _MAYOR_AND_PROFESSOR.replace(
        "“A higher toll pushes traffic onto the old roads through the villages,” said Dana Price, a professor of "
        "economics at Alder University.",
        "The plan was drawn up by Dana Price, a professor of economics at Alder University.",
    )
    assert not [c for c in _prompts_items("source-credentials", story) if len(c.choices) == 2]


def test_from_sample_cu_a_party_committee_is_no_official_body():
    from quizapp.generation.sources import classify

    assert classify("The Republican National Committee", None, is_person=False) is None
    assert classify("the Democratic National Committee", None, is_person=False) is None
    assert classify("the Senate Intelligence Committee", None, is_person=False) == "named-official"
    story = (
        "Email inquiry\n\n"
        "The FBI closed its inquiry into the emails on Friday.\n\n"
        "The Republican National Committee, in a statement Friday, said that “any doubt about the server can now be "
        "cast aside.”\n\n" + _OFFICIAL_AND_EXPERT
    )
    assert not [p for p in _prompts("source-type", story, "rnc.txt") if "Republican National Committee" in p]


def test_from_sample_cu_a_body_named_after_its_cause_is_no_office():
    from quizapp.generation.sources import classify

    assert classify("Mary Balch", "state legislative director of the National Right to Life Committee", True) is None
    assert classify("Ann Lowe", "staff director of the Senate Intelligence Committee", True) == "named-official"


def test_from_sample_cu_a_share_both_sides_hold_is_not_asked():
    story = (
        "Poll after the convention\n\n"
        "In the new survey, conducted entirely after the convention, both the president and Romney are at 48% among "
        "likely voters.\n\n"
        "“It is a dead heat,” said Lee Miringoff, director of the Marist Poll.\n"
    )
    assert not [c for c in _number_items(story) if "48%" in c.answer]
    assert [
        c
        for c in _number_items(story.replace("both the president and Romney are", "the president is"))
        if "48%" in c.answer
    ]


def test_from_sample_cu_a_put_down_idiom_is_not_a_checkable_fact():
    story = (
        "Tax agency\n\n"
        "For the first time in years, the IRS was knocked down a peg or two by the court in 2014.\n\n"
        "“It is a sign of what is coming for all of us,” said Ann Vale, a professor of law at Alder University.\n"
    )
    assert not [c for c in _fact_opinion_items(story) if "peg" in c.prompt and c.answer == ("A checkable fact",)]


def test_from_sample_cu_a_speaker_who_knocked_an_idea_earlier_spoke_before_their_summary():
    story = (
        "Rates\n\n"
        "Treasury yields rose on Thursday after a week of heavy selling.\n\n"
        "Powell on Wednesday also knocked the idea of negative interest rates.\n\n"
        "Jerome Powell called negative yields an unsettled policy and said their benefits were not clear.\n\n"
        "“The market is still pricing a cut,” said Blake Gwinn, a strategist at NatWest Markets.\n\n"
        "“Nobody expects rates to go below zero this year,” said Mark Cabana, a strategist at Bank of America.\n"
    )
    assert not [p for p in _framing(story) if "first named person" in p]


def test_from_sample_cv_causes_nonpartisan_offices_polls_and_relatives_are_not_typed_official():
    from quizapp.generation.sources import classify

    assert classify("Ilyse Hogue", "NARAL Pro-Choice America President", True) is None
    assert classify("Victoria Reggie Kennedy", "Senator Edward M. Kennedy’s widow", True) is None
    assert classify("the Congressional Budget Office", None, False) is None
    assert classify("Doug Elmendorf", "director of the Congressional Budget Office", True) is None
    assert classify("A Quinnipiac University Poll", None, False) is None
    assert classify("the Labor Department", None, False) == "named-official"


def test_from_sample_cv_a_count_before_a_dashed_list_is_not_asked():
    story = (
        "Primaries\n\n"
        "Mitt Romney swept the five states holding Republican presidential primaries -- California, New Jersey, "
        "South Dakota, New Mexico and Montana.\n\n"
        "“It is a good night for us,” said Ann Vale, a spokeswoman for the Romney campaign.\n"
    )
    assert not [c for c in _number_items(story) if "states" in c.prompt]
    plain = story.replace(" -- California, New Jersey, South Dakota, New Mexico and Montana", " on Tuesday")
    assert [c for c in _number_items(plain) if "states" in c.prompt]


def test_from_sample_cv_a_pop_up_card_cut_from_its_name_is_page_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris(
        "Democrats push for gun control action at forum 12 candidates qualify for October Democratic debate MORE (D) "
        "held a statistically insignificant 1-point advantage."
    )
    assert has_web_debris("Trump’s campaign manager, Brad Parscale Bradley (Brad) James ParscaleMORE, has insisted.")
    assert not has_web_debris("The group said it would ask for MORE (money) in next year's budget.")


_STAFF_STORY = (
    "Obama budget\n\n"
    "The Obama budget would raise total tax revenue to its highest level since the Clinton administration.\n\n"
    "WSJ reporter Janet Hook explains why the Obama budget is arriving so late, and looks at whether there is any "
    "hope of common ground.\n\n"
    "“This budget is a serious plan to grow the economy,” said Gene Sperling, director of the National Economic "
    "Council.\n\n"
    "“It is the same old tax and spend,” said Paul Ryan, chairman of the House Budget Committee.\n\n"
    "Janet Hook and Kristina Peterson contributed to this article.\n"
)


def test_from_sample_cv_the_newsrooms_own_reporter_is_no_source():
    analysis = _analysis(_STAFF_STORY, "budget.txt")
    assert "Janet Hook" not in {s.label for s in analysis.sources.values()}
    assert "Janet Hook" not in analysis.people()
    assert [s.furniture for s in analysis.sentences if "explains why" in s.text] == [True]
    with_other_reporter = _analysis(_STAFF_STORY.replace("Janet Hook and Kristina", "Kristina"), "budget.txt")
    assert "Janet Hook" in {s.label for s in with_other_reporter.sources.values()} | set(with_other_reporter.people())


def test_from_sample_cv_the_tag_of_a_quoted_question_is_no_statement():
    from quizapp.generation.skills.common import sentences_without_quotes

    analysis = _analysis(
        "Obama record\n\nCritics said that Mr. Obama played it safe in the State Senate. “What’s he ever done?” "
        "Representative Bobby L. Rush, Democrat of Illinois, asked repeatedly in 2000 when he crushed his "
        "upstart Congressional challenger.\n",
        "rush.txt",
    )
    assert not [s for s in sentences_without_quotes(analysis) if "asked repeatedly" in s.text]


def test_from_sample_cv_a_rank_without_its_race_is_not_asked_as_who():
    story = (
        "Primary results\n\n"
        "Voters in six states chose candidates on Tuesday.\n\n"
        "In California, Democratic Sen. Dianne Feinstein was by far the top choice of voters.\n\n"
        "In New Jersey, Rep. Donald Payne Jr. won the Democratic primary for his seat.\n\n"
        "In New Mexico, Democratic Rep. Martin Heinrich won the Senate primary, beating state Auditor Hector "
        "Balderas.\n\n"
        "“We are grateful,” said Bill Carrick, a Feinstein adviser.\n"
    )
    assert not [p for p in _prompts("detail", story, "primary.txt") if "top choice" in p]


def test_from_sample_cv_a_day_the_story_gives_otherwise_is_not_asked():
    story = (
        "Fauci interview\n\n"
        "President Trump spoke to Fox News on Thursday morning about the virus.\n\n"
        "Trump also noted in the Wednesday morning interview that Fauci had supported his travel ban on China.\n\n"
        "“He has done a good job,” said Kayleigh McEnany, the White House press secretary.\n"
    )
    assert not [p for p in _prompts("detail", story, "fauci.txt") if "morning interview" in p]
    other = story.replace("on Thursday morning", "in a phone call")
    assert [p for p in _prompts("detail", other, "fauci.txt") if "morning interview" in p]


def test_from_sample_cv_a_plea_is_neither_fact_nor_judgment():
    story = (
        "Protest in Tel Aviv\n\n"
        "Thousands marched in Tel Aviv on Saturday against the government's plan.\n\n"
        "“Get yourself together and release us from being your hostages,” said Yuval Diskin, a former Shin Bet "
        "director. “Do it for the good of the country and the people.”\n\n"
        "“This is a terrible plan for the country and for its courts,” said Ann Vale, a professor of law.\n"
    )
    items = _fact_opinion_items(story)
    assert not [c for c in items if "Do it for the good" in c.prompt]
    assert [c for c in items if "terrible plan" in c.prompt]


def test_a_count_inside_quoted_words_is_not_asked():
    story = (
        "Blast in the city\n\n"
        'Znak.com reported its source said "three terrorists" were killed in a firefight on Monday night, while '
        "footage from the scene showed the vehicle burn amid what sounds like gunfire.\n\n"
        "“We are still searching the building,” said Ann Vale, a spokeswoman for the regional police.\n"
    )
    for marks in ('"three terrorists"', "“three terrorists”"):
        marked = story.replace('"three terrorists"', marks)
        assert not [c for c in _number_items(marked) if "terrorists" in c.prompt], marks
    plain = story.replace('"three terrorists"', "three terrorists")
    assert [c for c in _number_items(plain) if "terrorists" in c.prompt]


def test_a_countrys_top_post_is_not_asked_as_whose_it_is():
    story = _MAYOR_AND_PROFESSOR.replace("the mayor of Easton", "New Zealand Prime Minister")
    assert not [c for c in _prompts_items("source-credentials", story) if "New Zealand" in c.prompt]


def test_from_sample_cv_two_sentences_run_together_are_garbled():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("The plan lowers it to 0.7% in 2015 and ends it in 2023.The Obama budget would raise revenue.")
    assert not is_garbled("He read the report on Znak.com on Monday, and in 2023. The budget rose.")
    story = (
        "Budget plans\n\n"
        "Mr. Ryan's budget calls for lowering the deficit to 0.7% in 2015 and then eliminating it entirely in "
        "2023.The Obama budget would raise total tax revenue to its highest level in years.\n\n"
        "“This budget is a serious plan to grow the economy,” said Gene Sperling, director of the National Economic "
        "Council.\n"
    )
    assert not [c for c in _number_items(story) if "0.7%" in c.answer]


def test_from_sample_cw_words_relayed_by_another_speaker_are_not_credited_to_the_first():
    story = (
        "Tower plans\n\n"
        "Prosecutors met on Friday to review the case against the former lawyer.\n\n"
        "The website said that Cohen had told investigators that Donald Trump had instructed him to lie about the "
        "plans for a tower in Moscow.\n\n"
        "“We will respond in court,” said Ann Vale, a spokeswoman for the special counsel's office.\n\n"
        "“Our client has told the truth at every step of this case,” said Lanny Davis, Cohen's lawyer.\n"
    )
    from quizapp.generation.skills.quote_speaker import clear_claims

    relayed = _analysis(story, "tower.txt")
    assert [c for c in relayed.claims if "instructed him" in (c.content or "")]
    assert not [c for c in clear_claims(relayed) if "instructed him" in (c.content or "")]


def test_from_sample_cw_a_name_tagging_words_after_the_last_voice_stops_the_last_word():
    story = (
        "Town hall\n\n"
        "Senator Marco Rubio took questions at a fundraising dinner on Friday.\n\n"
        "“We will repeal the law and replace it,” said Billie Tucker, a tea party organiser.\n\n"
        "“That’s what we’re trying to do,” Rubio told him.\n\n"
        "“That’s not trying very hard, not in four years,” Bova shot back.\n"
    )
    from quizapp.generation.skills.framing import _a_person_may_speak

    analysis = _analysis(story, "rubio.txt")
    assert _a_person_may_speak(analysis, next(s for s in analysis.sentences if "Bova" in s.text))


def test_from_sample_cw_a_verb_an_adverb_already_judges_is_not_asked():
    story = (
        "Bridge dispute\n\n"
        "The state closed the Easton bridge on Monday after cracks were found.\n\n"
        "Mayor Tom Hale wrongly claimed that the bridge had passed its last safety inspection in May.\n\n"
        "“The bridge was never safe,” said Ann Vale, a state engineer.\n"
    )
    assert "claimed" not in _loaded_verbs(story, "bridge.txt")
    assert "claimed" in _loaded_verbs(story.replace("wrongly claimed", "claimed"), "bridge.txt")


def test_from_sample_cw_casting_a_figure_as_a_sign_is_a_judgment_not_a_fact():
    story = (
        "Jobs report\n\n"
        "The White House cast the number as an indication his policies were working on Friday in 2012.\n\n"
        "“It is a sign of what is coming for all of us,” said Ann Vale, a professor of economics at Alder University.\n"
    )
    assert not [
        c for c in _fact_opinion_items(story) if "cast the number" in c.prompt and c.answer == ("A checkable fact",)
    ]


def test_from_sample_cw_a_count_of_one_something_named_before_is_not_asked():
    story = (
        "Food deserts\n\n"
        "Birmingham has 23 food deserts, more than any city in the state.\n\n"
        "About 69 percent of the population lives in one.\n\n"
        "“Nobody should have to drive an hour for fresh food,” said Ann Vale, director of the Alder Food Bank.\n"
    )
    asked = [c.prompt for c in _number_items(story)]
    assert asked and not [p for p in asked if "lives in one" in p]


def test_from_sample_cw_a_surname_with_its_body_is_no_choice_among_full_names():
    story = (
        "Reopening\n\n"
        "Arizona reopened its restaurants in May.\n\n"
        "“Our analysis strongly suggests that the early reopenings worsened the gaps,” said Sgaier of Surgo "
        "Foundation.\n\n"
        "“We did what the data told us,” said Lina Hidalgo, the county judge.\n\n"
        "“We will keep the clinics open all summer,” said Martha Moore-Monroy, a health researcher.\n\n"
        "“The state moved too fast,” said Michael Thurmond, the county chief executive.\n"
    )
    asked = _prompts_items("quote-speaker", story)
    assert asked and not [c for c in asked if "Sgaier of Surgo Foundation" in c.choices]


def test_from_sample_cw_a_word_or_an_answer_left_unsaid_points_outside_the_statement():
    from quizapp.quality.wording import context_reference

    assert context_reference("Use the word when you speak to them, he told the students.") == "the word"
    assert context_reference("Mr Cohn did not answer.")
    assert context_reference("The term of office ends in May.") is None
    assert context_reference("Smith used the word “thug” twice in the speech.") is None


def test_a_count_in_words_near_twelve_gets_wrong_counts_in_words_only():
    story = (
        "Shooting\n\nThe gunman was arrested on Friday.\n\n"
        "The gunman later killed {} black churchgoers during a Bible study in Charleston, South Carolina.\n\n"
        "“We will keep asking for justice,” said Ann Vale, a spokeswoman for the family.\n"
    )
    # near twelve the wrong counts would run past the words a story writes out; such an item keeps words or goes
    items = [item for word in ("nine", "ten", "eleven", "twelve") for item in _number_items(story.format(word))]
    assert items
    for item in items:
        assert all(choice.isalpha() for choice in item.choices), item.choices


def test_from_sample_cw_a_us_state_that_is_also_a_country_gives_no_foreign_capital():
    story = (
        "Campaign stop\n\n"
        "ATLANTA (AP) — The president spoke to supporters at the Georgia World Congress Center on Friday.\n\n"
        "“We are here to win Georgia again,” said Ann Vale, a campaign spokeswoman in Chicago and Washington.\n"
    )
    items = _prompts_items("dateline", story)
    assert items and all("Tbilisi" not in item.choices for item in items)


def test_from_sample_cx_a_speakers_own_point_out_is_no_attribution_verb():
    story = (
        "Debate\n\n"
        "The candidates met in Houston on Thursday night.\n\n"
        "Jon Favreau, the speechwriter, told me he did not think it should be hard. “I thought the talk was "
        "overblown,” he said. “I see no problem at all with it. And I’m still waiting for one of the candidates to "
        "point out that one person who liked their plan was Obama.”\n\n"
        "The senator pointed out that the votes were not there.\n"
    )
    assert "pointed out" in _loaded_verbs(story, "debate.txt")
    only_quoted = story.replace("The senator pointed out that", "The senator said")
    assert not _loaded_verbs(only_quoted, "debate.txt")


def test_from_sample_cx_regret_beside_a_checkable_report_is_not_keyed_judgment():
    story = (
        "Rescue raid\n\n"
        "Special forces raided a compound in Yemen on Saturday.\n\n"
        "“Unfortunately, the mission was not successful, because the hostages were not present at the location,” "
        "said John Kirby, the Pentagon press secretary.\n\n"
        "“This is a terrible failure for the whole country,” said Ann Vale, a professor of law at Alder University.\n"
    )
    items = _fact_opinion_items(story)
    assert not [c for c in items if "Unfortunately" in c.prompt]
    assert [c for c in items if "terrible failure" in c.prompt]


def test_from_sample_cx_a_sultanate_of_blank_is_not_asked():
    from quizapp.generation.skills.detail import _fits_blank

    text = "The talks were held in the Arab sultanate of Oman on Monday."
    assert not _fits_blank(text, text.index("Oman"), text.index("Oman") + 4, "where")
    plain = "The talks were held in Oman on Monday."
    assert _fits_blank(plain, plain.index("Oman"), plain.index("Oman") + 4, "where")


def test_from_sample_cx_a_critique_in_the_lead_is_a_voice_before_the_first_quotation():
    story = (
        "Debt talks\n\n"
        "The White House faced a blunt critique from Bill Clinton on Monday over its budget plan.\n\n"
        "“We are confident in the plan,” said Jay Carney, the White House press secretary.\n\n"
        "“The deal is not good enough,” said Ann Vale, a Republican aide.\n"
    )
    assert not [p for p in _framing(story) if "first named person" in p]


def test_from_sample_cx_a_claim_two_people_agree_on_is_not_moved_between_them():
    story = (
        "Market plunge\n\n"
        "Stocks fell sharply on Monday as investors fled risky assets.\n\n"
        "Market analyst Dana Judy said the plunge would hurt Democrats in the House races this autumn.\n\n"
        "Pollster Stan Greenberg said voters were angry about the economy and about the banks.\n\n"
        "Both Judy and Greenberg agree the plunge hurts Democrats in the House and Senate races.\n"
    )

    def moved(text: str) -> list[str]:
        return [c.prompt for c in _prompts_items("true-false", text) if "Greenberg said that the plunge" in c.prompt]

    assert not moved(story)
    assert moved(story.replace("Both Judy and Greenberg agree", "Analysts say"))


def _neutral_verb_items(story: str):
    return [c for c in _prompts_items("attribution-verb", story) if "left out" in c.prompt]


def test_the_neutral_said_is_asked_among_loaded_verbs_the_article_never_uses():
    story = (
        "Bridge vote\n\n"
        "The county board voted on Tuesday to close the old bridge for repairs.\n\n"
        "“We cannot keep sending school buses over a bridge that is falling apart,” Mayor Ann Vale said on Tuesday.\n\n"
        "Residents will have to drive an extra ten miles while the work goes on.\n"
    )
    items = _neutral_verb_items(story)
    assert len(items) == 1
    item = items[0]
    assert item.answer == ("said",) and set(item.choices) == {"said", "claimed", "admitted", "insisted"}
    assert "Mayor Ann Vale _____ on Tuesday" in item.prompt and " said" not in item.prompt
    assert "“claimed”" in item.explanation and "Ann Vale spoke" in item.explanation
    # a loaded verb the article uses elsewhere is never offered against "said"
    claimed = story.replace("Residents will have", "Critics claimed residents will have")
    assert [set(c.choices) for c in _neutral_verb_items(claimed)] == [{"said", "admitted", "insisted", "boasted"}]
    # "he said": the sentence shown would not say who spoke
    assert not _neutral_verb_items(story.replace("Mayor Ann Vale said", "she said"))
    # two verbs of saying: whose verb is asked would be unclear
    assert not _neutral_verb_items(story.replace("Mayor Ann Vale said on Tuesday", "Mayor Ann Vale said, Bo Li added"))
    adding = "Mayor Ann Vale said on Tuesday, adding that repairs would take a year"
    assert not _neutral_verb_items(story.replace("Mayor Ann Vale said on Tuesday", adding))
    # a verb of saying inside the speaker's own words is not the writer's: the item stands
    assert _neutral_verb_items(story.replace("“We cannot", "“As I told the board, we cannot"))
    # "said of": "admitted of" would be no English
    assert not _neutral_verb_items(story.replace("Mayor Ann Vale said on Tuesday", "Mayor Ann Vale said of the plan"))


def test_the_neutral_said_is_asked_of_a_reported_claim_only_where_the_name_stands_at_the_verb():
    story = (
        "Bridge vote\n\n"
        "The county board voted on Tuesday to close the old bridge for repairs.\n\n"
        "Mayor Ann Vale said the county could no longer send school buses over the old bridge.\n\n"
        "Residents will have to drive an extra ten miles while the work goes on.\n"
    )
    (item,) = _neutral_verb_items(story)
    assert "Mayor Ann Vale _____ the county could" in item.prompt and item.answer == ("said",)
    resolved = story.replace("Mayor Ann Vale said", "Asked about Ann Vale's plan, she said")
    assert not _neutral_verb_items(resolved)


def test_from_sample_cy_a_judgment_with_a_rounded_figure_is_no_true_statement_to_keep():
    from quizapp.generation.skills.true_false import _what_to_check

    def lesson(text: str):
        analysis = _analysis(f"Wages\n\nThe labour market stayed tight this year.\n\n{text}\n", "wages.txt")
        return _what_to_check(analysis, analysis.sentences[1], text)

    plain = "Wage growth halted at about 3% a year, the lowest in a decade."
    assert "about 3%" in (lesson(plain) or "")
    assert lesson("Perhaps more vexing is an apparent halt in wage growth at about 3% a year.") is None


def test_from_sample_cy_a_month_glued_to_a_count_is_no_date_to_check():
    from quizapp.generation.skills.fact_opinion import _checkable_parts

    def parts(text: str):
        analysis = _analysis(f"Expulsions\n\nThe United States expelled diplomats last year.\n\n{text}\n", "f.txt")
        return _checkable_parts(analysis, analysis.sentences[1], text)

    assert ("when", "March 60") not in parts(
        "In March 60 Russian diplomats were expelled from the consulate in Seattle."
    )
    assert ("when", "March 16") in parts("On March 16 the diplomats were expelled from the consulate in Seattle.")


def test_from_sample_cy_words_naming_the_speakers_firm_are_not_asked_among_others():
    story = (
        "Impeachment poll\n\n"
        "Support for impeachment grew this month, a new poll shows.\n\n"
        "“Our latest Ipsos poll shows that public support for impeachment continues to build,” said Cliff Young, "
        "president of Ipsos Public Affairs.\n\n"
        "“The House will do its duty and follow the facts,” said Nancy Pelosi, the House speaker.\n\n"
        "“This is a witch hunt and the voters know it,” said Donald Trump, the president.\n\n"
        "“We will win the state by a wide margin next year,” said Joe Biden, the former vice president.\n"
    )
    asked = [c.prompt for c in _prompts_items("quote-speaker", story)]
    assert asked and not [p for p in asked if "Ipsos poll" in p]
    other = story.replace("Our latest Ipsos poll", "The latest poll")
    assert [p for p in (c.prompt for c in _prompts_items("quote-speaker", other)) if "latest poll" in p]


def test_from_sample_cy_a_post_the_headline_names_is_not_asked_about():
    story = (
        "Commerce Secretary in car accidents to take leave\n\n"
        "The cabinet member involved in two car accidents will take a medical leave, he said on Monday.\n\n"
        "“I am taking a medical leave of absence so that I can focus on my health,” Commerce Secretary John Bryson "
        "said in a statement.\n\n"
        "“The investigation is still going on and we will take our time,” said Lt. Ariel Duran, a police "
        "spokesman.\n\n"
        "“Nobody was badly hurt in either crash,” said Margarito Robles, a fire department captain.\n"
    )
    asked = [c.prompt for c in _prompts_items("source-credentials", story)]
    assert not [p for p in asked if "Commerce Secretary" in p or "John Bryson" in p]
    other = story.replace("Commerce Secretary in car accidents", "Cabinet member in car accidents")
    assert [p for p in (c.prompt for c in _prompts_items("source-credentials", other)) if "Commerce Secretary" in p]


def test_from_sample_cy_the_head_of_an_association_of_police_chiefs_is_no_official():
    from quizapp.generation.sources import classify

    assert classify("Adam Palmer", "president of the Canadian Association of Chiefs of Police", True) is None
    assert classify("Adam Palmer", "chief of the Vancouver Police Department", True) == "named-official"


def test_from_sample_cy_what_the_speaker_did_after_what_they_said_is_not_their_claim():
    analysis = _analysis(
        "Oversight\n\nDemocrats met on Wednesday.\n\n"
        "Nancy Pelosi told reporters on Wednesday morning that Democrats would continue to exercise their powers of "
        "oversight and keep up the pressure on the administration, but stopped short of using the I-word.\n",
        "oversight.txt",
    )
    contents = [c.content for c in analysis.claims if c.content]
    assert contents == [
        "Democrats would continue to exercise their powers of oversight and keep up the pressure on the administration"
    ]


def _candidate(skill: str, prompt: str, facts: set[str], score: float = 0.8, last: bool = False):
    from quizapp.generation.candidate import Candidate

    return Candidate(skill, "single", prompt, ("a",), "Because.", ("e",), 1, score, ("a", "b"), frozenset(facts), last)


def test_an_item_asked_last_takes_only_what_no_other_item_needs_or_a_spare():
    from quizapp.generation.select import select

    who = [_candidate("quote-speaker", f"Who said {n}?", {f"quote-sentence:{n}"}) for n in range(2)]
    verb = _candidate("attribution-verb", "Which verb 0?", {"quote-sentence:0", "verb:neutral"}, 0.9, last=True)
    # it ranks above them, yet the quotation it would take is asked "who said it", and that skill has no spare
    assert {c.prompt for c in select([*who, verb])} == {c.prompt for c in who}
    spare = [*who, _candidate("quote-speaker", "Who said 2?", {"quote-sentence:2"})]
    assert verb in select([*spare, verb]) and len(select([*spare, verb])) == 3  # the third gives way
    free = _candidate("attribution-verb", "Which verb 9?", {"quote-sentence:9", "verb:neutral"}, 0.6, last=True)
    assert free in select([*who, verb, free]) and verb not in select([*who, verb, free])


def test_from_sample_cz_both_sides_of_an_accusation_of_harm_are_harmed_not_a_political_charge():
    from quizapp.generation.analysis import harmed_or_accused

    story = (
        "Vanessa Tyson, a professor who has accused Virginia Lt. Gov. Justin Fairfax (D) of sexual assault, issued a "
        "statement. Gov. Ralph Northam said nothing."
    )
    assert harmed_or_accused(story, "Vanessa Tyson") and harmed_or_accused(story, "Justin Fairfax")
    assert not harmed_or_accused(story, "Ralph Northam")
    assert not harmed_or_accused("Trump accused Joe Biden of lying about the deal.", "Joe Biden")


def test_from_sample_cz_an_accusers_own_account_is_not_asked_who_said_it():
    story = (
        "Accuser speaks\n\n"
        "Vanessa Tyson, a professor who has accused Lt. Gov. Justin Fairfax of sexual assault, issued a statement.\n\n"
        "“What began as consensual kissing quickly turned into a sexual assault,” Tyson said in the statement.\n\n"
        "“We will wait for the facts before we act on this,” said Gov. Ralph Northam.\n\n"
        "“The House will look into the matter next week,” said Mark Herring, the attorney general.\n\n"
        "“This is a serious charge and it must be heard,” said Ann Vale, a state senator.\n"
    )
    asked = [c.prompt for c in _prompts_items("quote-speaker", story)]
    assert asked and not [p for p in asked if "consensual kissing" in p]
    assert not [c for c in _prompts_items("source-credentials", story) if "Tyson" in c.prompt + c.answer[0]]


def test_from_sample_cz_a_gallery_caption_and_a_handle_are_page_debris():
    from quizapp.articles.furniture import has_web_debris

    assert has_web_debris("Hide Caption 12 of 13 Photos: Victims of the attacks François Saada, 63, was retired.")
    assert has_web_debris("More than 10% of tweets fr @realDonaldTrump as president have been attacking journalists.")
    assert not has_web_debris("He took 12 of 13 photos himself, and wrote to ann@example.com about the caption.")


def test_from_sample_cz_them_after_one_person_is_no_statement_that_stands_alone():
    from quizapp.generation.skills.common import unresolved_pronoun

    analysis = _analysis(
        "Primary\n\nThe polls closed.\n\nOn Tuesday night, Biden put them in his column.\n\n"
        "On Tuesday night, Joe Biden and Bernie Sanders split them in two.\n",
        "primary.txt",
    )
    one, two = analysis.sentences[1], analysis.sentences[2]
    assert unresolved_pronoun(one) and not unresolved_pronoun(two)


def test_from_sample_cz_a_summary_with_a_second_source_is_not_asked_quote_or_paraphrase():
    story = (
        "Filing\n\nThe case went on.\n\n"
        "The office of the special counsel, Robert Mueller, has said Mr. Kilimnik is a former Russian spy, according "
        "to another associate, Richard Gates.\n"
    )
    assert not [c for c in _prompts_items("reported-speech", story) if "Kilimnik" in c.prompt]
    plain = story.replace(", according to another associate, Richard Gates", "")
    assert [c for c in _prompts_items("reported-speech", plain) if "Kilimnik" in c.prompt]


def test_from_sample_cz_the_writers_reading_after_a_credited_finding_is_no_lesson_on_the_source():
    from quizapp.generation.skills.true_false import _what_to_check

    def lesson(text: str):
        analysis = _analysis(f"Court\n\nThe poll came out on Monday.\n\n{text}\n", "court.txt")
        return _what_to_check(analysis, analysis.sentences[1], text)

    finding = "According to Pew, the court's favorability is particularly low among liberal Democrats"
    assert lesson(f"{finding}.") is not None
    assert lesson(f"{finding}, which could make court-packing a popular issue among primary voters.") is None


def test_from_sample_cz_when_he_says_after_a_quotation_is_no_tag():
    story = (
        "Shutdown\n\n"
        "Mick Mulvaney met Paul Ryan on Monday, and the two spoke at length about the budget and the wall.\n\n"
        "Mulvaney was asked about it. “We believe him, and we are going to stand by him” when he says he is "
        "frustrated by the process.\n\n"
        "“The talks will go on all week,” said John Fleming, a congressman.\n\n"
        "“Nobody wants a shutdown before the holidays,” said Tim Huelskamp, another congressman.\n"
    )
    assert not [c for c in _prompts_items("quote-speaker", story) if "We believe him" in c.prompt]
    tagged = story.replace("” when he says he is", ",” Mulvaney said, when asked if Ryan is")
    assert [c for c in _prompts_items("quote-speaker", tagged) if "We believe him" in c.prompt]


def test_from_sample_cz_an_activist_who_won_a_seat_is_not_asked_a_kind_of_source():
    from quizapp.generation.skills.source_type import _in_the_race

    analysis = _analysis(
        "Vote\n\nThe results came in.\n\n"
        "Jimmy Sham, the leader of the Civil Human Rights Front, a campaign group, won a seat after running for the "
        "first time.\n\n"
        "“We have to listen to people's voices,” Mr Sham said.\n",
        "vote.txt",
    )
    (sham,) = [s for s in analysis.sources.values() if s.label.endswith("Sham")]
    assert _in_the_race(analysis, sham)
    elected = _analysis(
        "Vote\n\nThe results came in.\n\nJimmy Sham, the leader of a campaign group, was elected on Sunday.\n\n"
        "“We have to listen to people's voices,” Mr Sham said.\n",
        "vote.txt",
    )
    assert _in_the_race(elected, next(s for s in elected.sources.values() if s.label.endswith("Sham")))


def test_from_sample_cz_a_name_after_a_description_set_before_it_is_not_swapped():
    from quizapp.generation.skills.true_false import _ROLE_SET_BEFORE

    assert _ROLE_SET_BEFORE.search("The key might be a conservative GOP senator from Pennsylvania, ")
    assert not _ROLE_SET_BEFORE.search("Asked about the plan, ")
    assert not _ROLE_SET_BEFORE.search("The bill was signed on Monday, ")


def test_from_sample_db_a_person_imagined_inside_anothers_words_is_no_voice():
    from quizapp.generation.skills.framing import _named_outside_quotations

    analysis = _analysis(
        "Election security\n\n"
        "Schumer hit back, saying ‘It’s sort of like Richard Nixon saying, “Let’s move on.”’\n\n"
        "“Our leader says, ‘let’s move on.’ It’s sort of like Richard Nixon saying, ‘let’s move on’ at the height of "
        "the investigation,” Chuck Schumer said.\n\n"
        "“The case is closed,” Mitch McConnell said on the floor.\n",
        "senate.txt",
    )
    voices = {s.label: _named_outside_quotations(analysis, s) for s in analysis.sources.values() if s.named}
    assert voices.get("Chuck Schumer") and voices.get("Mitch McConnell")
    assert not voices.get("Richard Nixon", False)


def test_from_sample_db_a_foreign_post_is_no_wrong_role_for_a_post_of_no_nation():
    story = (
        "Mueller report\n\nThe report came out on Thursday.\n\n"
        "“Put election security on the floor,” said Chuck Schumer, the Senate Minority Leader.\n\n"
        "“We did not meddle in anything at all,” said Vladimir Putin, the Russian President.\n\n"
        "“The report speaks for itself and we are done,” said William Barr, the Attorney General.\n\n"
        "“Trade talks will go on next week,” said Ann Vale, the Commerce Secretary.\n\n"
        "“Jobs are coming back to the towns,” said Tom Reyes, the Labor Secretary.\n"
    )
    schumer = [c for c in _prompts_items("source-credentials", story) if "Chuck Schumer" in c.prompt]
    assert schumer and all("Russian President" not in c.choices for c in schumer)


def test_from_sample_db_two_choices_are_two_full_names():
    from types import SimpleNamespace

    from quizapp.generation.analysis import Source
    from quizapp.generation.skills.quote_speaker import _enough

    full = Source("a", "Adrian Shahbaz", "named-official", named=True)
    bare = Source("b", "Shabaz", "named-official", named=True)
    other = Source("c", "Mike Abramowitz", "named-official", named=True, quoted=True)
    analysis = SimpleNamespace(sources={"a": full, "c": other})
    assert _enough(analysis, full, ["Mike Abramowitz"]) and not _enough(analysis, bare, ["Mike Abramowitz"])
    assert not _enough(analysis, full, ["Abramowitz"])


def test_from_sample_db_a_speakers_label_cut_before_its_noun_is_not_asked():
    from quizapp.generation.skills.reported_speech import _cut_label

    sentence = "A person familiar with both U.S. and Chinese thinking on the deal said the comments were a slip."
    assert _cut_label("a person familiar with both U.S. and Chinese", sentence)
    assert not _cut_label("a person familiar with the deal", "A person familiar with the deal said it was a slip.")


def test_from_sample_db_unnamed_source_choices_are_people_described_with_an_a():
    from quizapp.generation.skills.anonymous_source import _described_named_sources

    analysis = _analysis(
        "Rio robbery\n\nThe swimmers left Rio on Thursday.\n\n"
        "A police official speaking on condition of anonymity said two guards pointed guns at the swimmers.\n\n"
        "“We will find out what happened that night,” said Fernando Veloso, Civil Police chief.\n\n"
        "“We were treated like criminals,” said Michael Phelps, most decorated Olympian in history.\n\n"
        "Ryan Lochte, team captain at the games, was not at the station.\n",
        "rio.txt",
    )
    described = _described_named_sources(analysis)
    assert "A Civil Police chief" in described and "A team captain at the games" in described
    assert not [d for d in described if "decorated" in d]


def test_from_sample_db_speculating_oneself_crazy_is_no_rating():
    from quizapp.generation.skills.fact_opinion import _judgment_words

    assert not _judgment_words("We could speculate ourselves crazy.")
    assert _judgment_words("This plan is crazy and it will fail.")


def test_from_sample_da_a_dash_before_a_speakers_name_is_no_part_of_it():
    analysis = _analysis(
        "Guns\n\nThe president spoke on Friday.\n\n"
        "“Congress is going to have to act,” Obama said.\n\n"
        '-- Obama says that the talks in Vienna are a sign that Vladimir Putin "realizes there is not going to be a '
        'military solution to the situation in Syria."\n',
        "guns.txt",
    )
    assert [s.label for s in analysis.sources.values()] == ["Obama"]


def test_from_sample_da_a_statement_on_the_and_a_common_noun_leans_on_the_sentence_before():
    from quizapp.generation.skills.true_false import _bare_definite_subject

    story = (
        "Senate vote\n\nThe Senate voted on Tuesday to repeal the medical-device tax passed in 2010.\n\n"
        "The tax would raise $20 billion over ten years, according to the Congressional Budget Office.\n"
    )
    assert not [c for c in _prompts_items("true-false", story) if "$20 billion" in c.prompt]
    analysis = _analysis(
        "Rockets\n\nThe system intercepted most of the rockets.\n\n"
        "The Iron Dome system intercepted most of the rockets.\n\nThe head of the agency resigned.\n\n"
        "The new law takes effect in May.\n",
        "rockets.txt",
    )
    bare = [_bare_definite_subject(s, s.text, analysis.article.headline) for s in analysis.sentences]
    assert bare == [True, False, False, False]
    assert not _bare_definite_subject(analysis.sentences[0], analysis.sentences[0].text, "Missile system works")


def test_from_sample_da_a_given_name_that_is_a_country_makes_no_post_public():
    from quizapp.generation.sources import classify

    assert classify("Chad Griffin", "HRC President", True) is None
    assert classify("Ashraf Ghani", "Afghan President", True) == "named-official"


def test_from_sample_da_a_count_of_the_names_listed_after_it_is_not_asked():
    from quizapp.generation.skills.number import _names_listed

    assert _names_listed(" separate appearances on ABC, NBC and Fox News.") == 3
    assert _names_listed(" people were hurt, police said.") == 0


def test_an_item_asked_last_never_breaks_a_fact_and_judgment_pair():
    from quizapp.generation.select import select

    pair = [_candidate("fact-opinion", f"Fact or judgment {n}?", {f"sentence:{n}", f"fo:{n}"}) for n in range(4)]
    verb = _candidate("attribution-verb", "Which verb 0?", {"sentence:0", "verb:neutral"}, 0.9, last=True)
    kept = select([*pair, verb])
    assert verb not in kept and len([c for c in kept if c.skill == "fact-opinion"]) == 4


def test_from_sample_dc_a_role_cut_from_a_wards_name_and_a_bulleted_figure_are_not_asked():
    from quizapp.generation.analysis import _can_describe_a_person

    assert not _can_describe_a_person("Three member of the D.C. State Board of Education")
    assert _can_describe_a_person("Ward Three member of the D.C. State Board of Education")
    story = (
        "Arrests\n\nThe agency released its figures on Monday.\n\n"
        "-ICE targeted 28 percent more people in the year to September than in the year before.\n\n"
        "ICE targeted 28 percent more people in the year to September than in the year before.\n"
    )
    prompts = [c.prompt for c in _prompts_items("number", story)]
    assert [p for p in prompts if "ICE targeted" in p] and not [p for p in prompts if "-ICE" in p]


def test_from_sample_dd_a_senator_who_speaks_of_winning_the_race_is_no_plain_official():
    said = "Ohio Sen. Mark Delaney said he had an excellent chance of winning the state's caucuses next month."
    quoted = '"Last time there were only two of us in the race and we split the vote," said Ohio Sen. Mark Delaney.'
    for line in (said, quoted):
        story = (
            "Poll results\n\n" + line + "\n\n"
            '"The numbers are steady," said Ann Vale, a professor of politics at Ohio State University.\n'
        )
        assert not [p for p in _prompts("source-type", story, "race.txt") if "Delaney" in p], line


def test_from_sample_dd_a_role_put_together_from_both_sides_of_a_name_is_no_quotation():
    from quizapp.generation.skills.common import as_written

    text = "Still, political scientist Dana Ruiz of the University of Akron says the plan is common."
    assert as_written("political scientist", text) == "“political scientist”"
    assert as_written("political scientist of the University of Akron", text) == (
        "political scientist of the University of Akron"
    )


def test_from_sample_dd_words_a_headline_wrote_are_no_speakers_partial_quotation():
    story = (
        "Reporters expelled\n\n"
        "The reporters were sent home after anger over an essay whose headline called the country "
        '"the weak giant of the region," ministry spokesman Li Wen said on Tuesday.\n\n'
        "The reporters were sent home after anger over an essay that called the country "
        '"the weak giant of the region," ministry spokesman Li Wen said on Tuesday.\n'
    )
    asked = [p for p in _prompts("reported-speech", story, "headline.txt") if "weak giant" in p]
    assert asked and not [p for p in asked if "headline" in p]


def test_from_sample_dd_a_hedge_on_a_topic_raised_is_nobodys_doubt():
    story = (
        "Drug talks\n\n"
        "Governor Tom Hale asked the state's flu task force about possibly using the vaccine, task force "
        "coordinator Dr. Ann Fox said Wednesday.\n\n"
        '"We are watching the numbers," Fox said.\n'
    )
    assert not _prompts("hedge", story, "hedge.txt")
    doubt = story.replace("asked the state's flu task force about possibly using", "will possibly use")
    assert [p for p in _prompts("hedge", doubt, "hedge.txt") if "will possibly use" in p]


def test_from_sample_dd_a_speaker_tagged_by_a_role_alone_may_be_the_one_asked_about():
    story = (
        "Deal talks\n\n"
        "The president called Senate Minority Leader Carl Brandt on Friday and asked him to join the talks.\n\n"
        '"I said we should wait and see," said the Ohio senator, recalling the call in an interview.\n\n'
        '"He laughed and agreed," Brandt said. "We will meet again next week to settle it."\n\n'
        '"We are close to a deal on the budget," Brandt said on Saturday.\n'
    )
    assert not [p for p in _prompts("evidence", story, "epithet.txt") if "who Carl Brandt is" in p]
    plain = story.replace("said the Ohio senator, recalling", "said a guest, recalling")
    assert [p for p in _prompts("evidence", plain, "epithet.txt") if "who Carl Brandt is" in p]


def test_from_sample_dd_confidentiality_with_a_reason_is_a_reason_given():
    from quizapp.generation.extract.anonymity import speaks_of_anonymity

    assert speaks_of_anonymity("The aides insisted on confidentiality because they wanted to avoid seeming eager.")
    assert not speaks_of_anonymity("The aides wanted to avoid seeming eager.")


def test_from_sample_dd_that_after_an_opening_phrase_points_back():
    from quizapp.quality.wording import context_reference

    assert context_reference("With an issue as touchy as this, that can become even more risky, says Green.")
    assert context_reference("On a busy day, it could become a problem, she said.")


def test_from_sample_de_said_with_an_adverb_of_manner_is_not_asked_as_neutral():
    from quizapp.generation.skills.attribution_verb import _MANNER, _MANNER_BEFORE

    assert _MANNER.match(" sarcastically.") and _MANNER_BEFORE.search('"It is his motto," Carlson angrily ')
    assert not _MANNER.match(" on Monday.") and not _MANNER.match(" only that it would wait.")
    assert not _MANNER_BEFORE.search('"It is his motto," Carlson ')


def test_from_sample_de_headlines_under_an_also_on_label_are_the_pages_links():
    from quizapp.articles.furniture import opens_a_link_list

    assert opens_a_link_list("Also on the Daily Politics Blog")
    assert opens_a_link_list("More from Politico")
    assert not opens_a_link_list("Also on Tuesday, the senator met the governor.")
    assert not opens_a_link_list("more from the same survey below")
    story = (
        "Tax pledge\n\n"
        '"A pledge you signed twenty years ago is for that Congress," Rep. Tom Hale said on Sunday.\n\n'
        '"We will keep our word," said Ann Vale, a spokeswoman for the group.\n\n'
        "Also on the Daily Politics Blog\n\n"
        "- Morgan says he'd break no-tax 'pledge'\n\n"
        "- Governor gets approval rating bump\n"
    )
    analysis = _analysis(story, "links.txt")
    assert all(s.furniture for s in analysis.sentences if "Morgan" in s.text)


def test_from_sample_de_a_captions_month_is_no_part_of_its_place():
    from quizapp.articles.model import Caption
    from quizapp.generation.skills.photo import _scene

    caption = Caption("A senator speaks at a hearing in Washington March 12, 2013. REUTERS/Jo Lee/File Photo")
    assert _scene(caption) == "a hearing in Washington,"
    assert _scene(Caption("Crowds at a rally in Cape May on Saturday. REUTERS/Jo Lee")) == "a rally in Cape May,"


def test_from_sample_de_a_fragment_that_calls_its_speaker_she_is_not_her_words():
    story = (
        "Complaints\n\n"
        "On Tuesday, Ann Carter, a former student, told the newspaper that at an event the senator rested his hand "
        'on her arm "even as she moved away in her seat to show her discomfort".\n\n'
        '"I felt I could not say anything," Carter said. "Nobody else in the room saw it."\n\n'
        '"We take every claim seriously," said Tom Hale, a spokesman for the senator.\n'
    )
    prompts = _prompts("quote-speaker", story, "fragment.txt") + _prompts("reported-speech", story, "fragment.txt")
    assert [p for p in prompts if "could not say anything" in p]
    assert not [p for p in prompts if "moved away" in p]


def test_from_sample_de_a_weekday_in_a_set_phrase_is_no_date_to_blank():
    story = (
        "Protests\n\n"
        "Officials met in the capital to discuss the unrest, the ministry said.\n\n"
        "Friday prayers were canceled across major cities for the first time since the revolution.\n\n"
        "The ministry said that the schools would open again next week.\n"
    )
    assert not [p for p in _prompts("detail", story, "prayers.txt") if "were canceled" in p]
    dated = story.replace(
        "Friday prayers were canceled across major cities", "Prayers were canceled across major cities on Friday"
    )
    assert [p for p in _prompts("detail", dated, "prayers.txt") if "were canceled" in p]


def test_from_sample_de_a_newsrooms_initials_make_its_analysis_its_own():
    from quizapp.generation.skills.common import attribution

    text = "If the vote were held today, according to the latest NPR analysis of polling, Lee would win easily."
    assert attribution(text) == ("according to", "the latest NPR analysis")
    story = '---\npublisher: "NPR Online News"\n---\nBattleground map\n\n' + text + "\n\nThe map shows three states.\n"
    assert not [p for p in _prompts("true-false", story, "npr.txt") if "latest NPR" in p]


def test_from_sample_de_the_one_wrong_speaker_of_a_two_choice_item_speaks_in_the_story():
    story = (
        "Farewell letter\n\n"
        "The outgoing governor, Tom Hale, had wanted to hand the office to his deputy, Ann Vale, who lost the race.\n\n"
        '"I wish you the very best as you start this great work, and I stand ready to help," Mr. Hale wrote in '
        "the letter to his successor.\n"
    )
    assert not [p for p in _prompts("quote-speaker", story, "letter.txt") if "very best" in p]
    both = story + '\n"We ran a campaign to be proud of," said Ann Vale, the deputy governor.\n'
    assert [p for p in _prompts("quote-speaker", both, "letter.txt") if "very best" in p]


def test_from_sample_de_an_official_who_testifies_to_his_own_part_is_a_witness_too():
    story = (
        "Hearing\n\n"
        "Ambassador Tom Hale, the U.S. envoy to the European Union, told the committee on Wednesday that the aid "
        "was tied to the investigations.\n\n"
        "Hale confirmed that he was involved in the deal and said others knew of it.\n\n"
        '"Everyone was in the loop," Hale said.\n\n'
        '"It is a serious claim," said Ann Vale, a professor of law at Temple University.\n'
    )
    assert not [p for p in _prompts("source-type", story, "hearing.txt") if "Hale" in p]


def test_from_sample_df_an_outburst_is_not_asked_with_loaded_verbs():
    story = (
        "Rally\n\n"
        "Mayor Tom Hale spoke at the rally on Friday night, before a crowd of some 3,000 people.\n\n"
        '"Hey, by the way, excuse me!" Hale said.\n\n'
        '"The plan will cost far too much money," said Ann Vale, a member of the city council.\n'
    )
    prompts = _prompts("attribution-verb", story, "outburst.txt")
    assert [p for p in prompts if "too much money" in p]
    assert not [p for p in prompts if "excuse me" in p]


def test_from_sample_df_a_hedge_in_a_reason_or_an_imagined_case_is_no_doubt_or_forecast():
    reason = (
        "Moderators\n\n"
        "Topics in foreign languages may also not be included on the grounds that the team may be unable to "
        "identify them, Mr Tom Hale explained.\n\n"
        '"We are hiring more people," said Tom Hale, the head of the team.\n'
    )
    assert not [p for p in _prompts("hedge", reason, "reason.txt") if "unable" in p]
    imagined = "Markets\n\nIn an ordinary stock market, neither development would likely cause a ripple.\n"
    assert not _prompts("hedge", imagined, "imagined.txt")
    forecast = "Markets\n\nThe storm is likely to reach the coast on Monday.\n"
    assert _prompts("hedge", forecast, "forecast.txt")


def test_from_sample_dg_a_claim_that_ends_on_a_helping_verb_is_not_asked():
    from quizapp.generation.skills.common import CUT_AT_THE_END

    assert CUT_AT_THE_END.search("others in the White House are")
    assert CUT_AT_THE_END.search("he would")
    assert not CUT_AT_THE_END.search("the city had spent the money on parking lots")


def test_from_sample_dg_could_of_what_a_means_allows_is_no_doubt():
    story = (
        "Reform plan\n\n"
        "For example, an idea to merge the two city offices could be done without a vote of the council, "
        "city manager Ann Vale said.\n\n"
        '"We are ready to start in the spring," Vale said.\n'
    )
    assert not _prompts("hedge", story, "means.txt")
    doubt = story.replace("could be done without a vote of the council", "could be done next year")
    assert [p for p in _prompts("hedge", doubt, "means.txt") if "could be done next year" in p]


def test_a_loaded_verb_is_held_back_only_where_the_article_uses_that_verb():
    story = (
        "Budget\n\n"
        "There is concern over the concert hall's costs: some claimed the budget was too small, others admitted "
        "they had not read it, and a few insisted on a new vote.\n\n"
        '"We will keep the hall open through the winter and the spring," Mayor Tom Hale said on Friday.\n\n'
        '"The plan will cost far too much money," said Ann Vale, a member of the city council.\n'
    )
    prompts = _prompts("attribution-verb", story, "verbs.txt")
    asked = [p for p in prompts if "Which verb does the article use?" in p]
    assert asked  # "concern" and "concert" do not hold "concede" back; "claimed" holds "claim" back
    choices = next(c for c in _prompts_items("attribution-verb", story) if "Which verb" in c.prompt).choices
    assert "claimed" not in choices and "conceded" in choices and "admitted" not in choices


def test_from_sample_di_a_statement_leaning_on_a_set_named_before_is_not_shown_alone():
    from quizapp.quality.wording import context_reference

    assert context_reference("Most still remain within the country's borders, but four million have fled.")
    assert context_reference("The last one was in 1992, when Pat Buchanan failed in his attempt to oust Bush.")
    assert context_reference("Nearly 7 in 10, including nearly half of women, view the mogul unfavorably.")
    assert context_reference("Two in three say they support the plan.")
    assert not context_reference("Nearly 7 in 10 Americans view Congress unfavorably, a Gallup poll found.")
    assert not context_reference("Most voters remain undecided, a poll found.")
    assert not context_reference("The last one of the ships was sold in 1992.")


def test_from_sample_di_a_noun_lost_after_the_is_garbled_text():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Al-Qassemi has argued in the that the standing of the countries confers a duty on them.")
    assert not is_garbled("Al-Qassemi has argued in the paper that the standing of the countries confers a duty.")


def test_from_sample_di_a_newsletter_sign_up_is_page_furniture():
    from quizapp.articles.furniture import has_web_debris, is_furniture

    box = "Get CNN Health's weekly newsletter Sign up here to get The Results Are In every Tuesday from the team"
    assert is_furniture(box) and has_web_debris(box)
    assert not has_web_debris("The health team said the newsletter would be sent to members every Tuesday.")


def test_from_sample_di_an_agency_mark_without_a_dash_is_a_dateline():
    from quizapp.generation.skills.common import leading_dateline

    assert leading_dateline("(CNN) On Wednesday, President Donald Trump signed an order.") == "(CNN) "
    assert leading_dateline("(Reuters) - The bank cut rates.") == "(Reuters) - "
    assert leading_dateline("(The order was signed on Wednesday.)") is None


_JOKE_STORY = (
    "Tampa hopes for the best\n\n"
    "TAMPA — The city escaped the worst of the storm on Monday, officials said.\n\n"
    '"Because we live good lives, because we only get drunk once in a while," Mayor Bob Buckhorn joked.\n\n'
    '"The best evidence shows the storm surge was lower than any model predicted," said Ann Vale, a scientist.\n\n'
    '"The response from the county has been a disgraceful failure," said Tom Reyes, a resident.\n'
)


def test_from_sample_di_a_joke_and_what_the_evidence_shows_are_not_asked_as_fact_or_judgment():
    asked = [c.prompt for c in _fact_opinion_items(_JOKE_STORY)]
    assert not [p for p in asked if "good lives" in p or "best evidence" in p]
    assert [p for p in asked if "disgraceful failure" in p]  # a rating, said in earnest, still is


def test_from_sample_di_a_clause_of_what_an_act_brought_about_is_no_plain_fact():
    story = (
        "Borders close\n\n"
        "Jordan, host to another 630,000 refugees, closed its border in August 2015, preventing more people from "
        "abandoning their country.\n\n"
        "Turkey, host to 1.9 million refugees, closed its border in March 2015 after a vote of 301 members.\n\n"
        '"We cannot take more," said Omar Haddad, a minister.\n'
    )
    facts = [c.prompt for c in _fact_opinion_items(story) if c.answer == ("A checkable fact",)]
    assert not [p for p in facts if "preventing" in p]
    assert [p for p in facts if "Turkey" in p]


def test_from_sample_di_a_count_the_list_before_it_gives_is_not_blanked():
    story = (
        "Polls tighten\n\n"
        "With less than a week before Election Day, polls released Thursday indicated a narrow edge for Governor Tom "
        "Reyes in Iowa, New Hampshire and Wisconsin, three states that are being fiercely contested in the final "
        "stretch of the campaign.\n\n"
        "The campaign has opened 12 offices across the region since the spring, aides said.\n"
    )
    asked = [c.prompt for c in _number_items(story)]
    assert not [p for p in asked if "Wisconsin" in p]
    assert [p for p in asked if "offices" in p]


def test_from_sample_di_a_blank_whose_he_names_nobody_or_whose_sentence_was_cut_is_not_asked():
    from quizapp.generation.skills import number

    # The model cut "Sanders has become … on NBC's “Saturday Night Live” — that it is easy to forget …" in two.
    assert number._CUT_AFTER_TITLE.match("“Saturday Night Live” — that it is easy to forget how marginal he was")
    assert not number._CUT_AFTER_TITLE.match("“We will win,” Vale said on Friday.")
    assert number._UNNAMED_SUBJECT.search("how marginal a figure he appeared when he launched his bid in 2015")


def test_from_sample_di_a_claim_made_of_where_someone_went_keeps_its_scope():
    from quizapp.generation.skills import true_false

    story = (
        "Storm passes\n\n"
        "Governor Rick Scott also flew over the state's Gulf Coast on Monday and reported there was less damage "
        "than had been feared by most of the residents.\n\n"
        "Governor Rick Scott reported that more than 3,000 workers would restore power by the end of the week.\n"
    )
    analysis = _analysis(story, "storm.txt")
    scoped = [c for c in analysis.claims if "less damage" in (c.content or "")]
    plain = [c for c in analysis.claims if "3,000 workers" in (c.content or "")]
    assert scoped and plain
    assert not true_false._restatable(analysis, scoped[0], moved=False)
    assert true_false._restatable(analysis, plain[0], moved=False)


def test_from_sample_di_a_name_in_the_words_before_he_said_is_not_the_speaker():
    story = (
        "Airline chief speaks\n\n"
        "The co-pilot, Andreas Lubitz, 27, had trained at the airline's flight school in Bremen.\n\n"
        "Lufthansa chief executive Carsten Spohr said on Thursday that Lubitz had interrupted his training in 2009 "
        "for several months.\n\n"
        "When Lubitz returned, he said, he was put through a series of tests to gauge his skills.\n"
    )
    analysis = _analysis(story, "airline.txt")
    speakers = {c.source.label for c in analysis.claims if "series of tests" in analysis.sentences[c.sentence].text}
    assert "Andreas Lubitz" not in speakers


def test_from_sample_di_a_representative_in_congress_is_no_spokesperson():
    from quizapp.generation.skills.source_credentials import _lesson

    assert "spokesperson" not in _lesson("Mark Meadows", "Republican Representative", "official")
    assert "spokesperson" in _lesson("Ann Vale", "a company representative", "official")


def test_from_sample_di_two_choices_are_not_offered_when_the_other_holds_a_post_of_their_own():
    story = (
        "Tax plan unveiled\n\n"
        "President Donald Trump unveiled a tax plan at the White House on Wednesday.\n\n"
        '"The plan will pay for itself through growth," said Treasury Secretary Steven Mnuchin.\n\n'
        '"We will cut taxes for the middle class," Trump said.\n'
    )
    asked = _prompts("source-credentials", story, "tax.txt")
    assert not [p for p in asked if "Treasury Secretary" in p and "Which person" in p]


def test_from_sample_dh_a_service_word_before_a_name_is_no_part_of_it():
    story = (
        "War weariness\n\n"
        "With more than 3,000 Americans serving in the fight, former Marine Butch Bracknell says he does not think "
        "civilians feel as if the country is at war.\n\n"
        "Congress has not acted for months on the matter, which reflects a lack of concern, Mr. Bracknell said.\n\n"
        "\u201cIf civilians really cared about this issue, it would reflect in a vote in Congress,\u201d he said.\n"
    )
    analysis = _analysis(story, "war.txt")
    assert {q.source.label for q in analysis.quotes if q.source} == {"Butch Bracknell"}
    assert "Marine Butch Bracknell" not in {s.label for s in analysis.sources.values()}


def test_from_sample_dh_you_you_after_tell_is_no_doubled_word():
    from quizapp.quality.wording import is_garbled

    assert not is_garbled("It's like being on the Internet, when they tell you you should always have an anti-virus")
    assert not is_garbled("By then the team had had enough of the delays.")
    assert is_garbled("The the council voted on the plan.")


def test_from_sample_dh_the_ends_of_a_change_are_not_swapped():
    from quizapp.generation.skills import true_false

    text = (
        "According to annual reports, the number of services its clinics provided from 2012 to 2014 dropped by "
        "10 percent, from approximately 10.6 million to 9.5 million."
    )
    assert true_false._FROM_TO.search(text)
    story = (
        "Clinic numbers fall\n\n"
        "The number of health services the clinics provided dropped by 10 percent over two years, from "
        "approximately 10.6 million to 9.5 million, annual reports show.\n\n"
        "The group runs 650 clinics in 48 states, its website says.\n"
    )
    asked = _prompts("true-false", story, "clinics.txt")
    assert not [p for p in asked if "dropped by 10 percent" in p and "9.5 million" not in p]


def test_from_sample_dh_a_hedge_in_what_someone_suggested_is_not_credited_to_them():
    story = (
        "Border crossings\n\n"
        "President Donald Trump spoke to reporters at the White House on Monday about the border.\n\n"
        "Mr. Trump also suggested that the crisis may be easing slightly after the new rules.\n\n"
        "Tom Reyes said that the numbers may be lower in June than they were in May.\n"
    )
    asked = _prompts("hedge", story, "border.txt")
    assert not [p for p in asked if "suggested" in p]


def test_from_sample_dh_an_earlier_person_who_indicated_something_speaks_first():
    story = (
        "Budget fight\n\n"
        "Congress left for the weekend without a deal on the budget on Friday.\n\n"
        "As if to stress that point, Mayor Ann Vale indicated on Friday that she would sign a new funding bill even "
        "if it did not replace the cuts.\n\n"
        '"The chance the cuts are here to stay is increasing," said Tom Reyes, an analyst at Alder Research.\n\n'
        '"Nobody wants a shutdown this year," said Mara Quist, a budget expert at the city university.\n'
    )
    from quizapp.generation.skills import framing

    analysis = _analysis(story, "budget.txt")
    hinted = next(s for s in analysis.sentences if "indicated" in s.text)
    assert framing._a_person_may_speak(analysis, hinted)  # whether or not the analysis took it for a claim
    first = [c for c in framing.build(analysis) if "first named person" in c.prompt]
    assert not [c for c in first if c.answer != ("Ann Vale",)]  # not the analyst, who speaks after her


def test_from_sample_dh_a_source_named_only_by_its_kind_is_not_shown_alone():
    from quizapp.quality.wording import context_reference

    assert context_reference("According to the newspaper, Van Spronsen was accused of jumping on a police officer.")
    assert not context_reference("According to the Wisconsin State Journal, Van Spronsen was accused of assault.")


def test_from_sample_dj_two_given_names_the_model_cut_off_are_put_back():
    story = (
        "Apology from Yemen\n\n"
        "Protesters stormed the embassy compound in the capital on Thursday, witnesses said.\n\n"
        "President Abdu Rabbu Mansour Hadi of Yemen said in a statement that he extended his “sincere apologies to "
        "the people of the United States” for the attack.\n\n"
        "Mr. Hadi ordered an inquiry into the security failures at the compound.\n"
    )
    labels = {s.label for s in _analysis(story, "yemen.txt").sources.values()}
    assert "Abdu Rabbu Mansour Hadi" in labels and "Rabbu Mansour Hadi" not in labels


def test_from_sample_dj_a_claim_whose_subject_was_left_behind_is_not_restated():
    from quizapp.generation.skills import true_false

    story = (
        "Trade ties fray\n\n"
        "That extends to the U.S. pulling out of the trade deal that would have more closely tied Asian economies to "
        "Washington, John Blaxland added.\n\n"
        "Harsh Pant, a professor at King's College London, said the move would hurt trust in the region.\n"
    )
    analysis = _analysis(story, "trade.txt")
    lost = [c for c in analysis.claims if c.source.label == "John Blaxland"]
    assert lost and not any(true_false._restatable(analysis, c) for c in lost)


def test_from_sample_dj_a_sentence_saying_someone_is_among_a_group_says_who_they_are():
    from quizapp.generation.skills.evidence import _DESCRIBING

    assert _DESCRIBING.match(" is among a group of advisers to the newly formed committee")
    assert _DESCRIBING.match(" is one of the founders of the group")


def test_from_sample_dj_someone_who_has_not_said_something_does_not_speak_later():
    from quizapp.generation.skills.framing import _SAID_NOTHING

    assert _SAID_NOTHING.search("Obama has not said how many troops will remain after the year ends.")
    assert _SAID_NOTHING.search("The ministry declined to comment on the report.")
    assert not _SAID_NOTHING.search("Obama said that most troops will leave by the end of the year.")


def test_from_sample_dj_a_lawyer_for_a_client_is_not_said_to_speak_for_an_organisation():
    from quizapp.generation.skills.source_credentials import _lesson

    assert "organisation" not in _lesson("Jay Sekulow", "Trump attorney", "official")
    assert "organisation" not in _lesson("Doug Antoon", "Albuquerque attorney", "official")
    assert "organisation" in _lesson("Ann Vale", "district attorney", "official")


def test_from_sample_dj_two_choices_are_not_offered_when_the_other_has_a_post_of_their_own():
    from quizapp.generation.skills import source_credentials

    story = (
        "Ruling on tax returns\n\n"
        "Judge Victor Marrero of the federal court in Manhattan ruled on Monday that the returns must be handed "
        "over.\n\n"
        '"We will appeal the ruling at once," said Jay Sekulow, who represents the president.\n\n'
        '"This is a sad day," said Ann Vale, who lives near the court.\n'
    )
    analysis = _analysis(story, "ruling.txt")
    assert source_credentials._has_a_post(analysis, "Victor Marrero")  # "Judge Victor Marrero": a post of his own
    assert not source_credentials._has_a_post(analysis, "Ann Vale")


def test_from_sample_dk_page_furniture_and_given_figures():
    from quizapp.articles.furniture import is_furniture
    from quizapp.generation.skills.number import _COMPUTABLE

    assert is_furniture("Now read: Sanders says he won't vote for the trade deal despite its modest improvements.")
    assert _COMPUTABLE.search("with older people getting twice as much ($4,000 per year) as younger people ($2,000).")
    assert not _COMPUTABLE.search("In 2016, 63,600 people died, up 21% from 2015 and three times the 1999 rate.")


def test_from_sample_dk_not_at_all_likely_is_no_hedge():
    story = (
        "Voters weigh the trial\n\n"
        "Linda Valenzuela, a retired teacher from Phoenix, said she has already made up her mind about the trial.\n\n"
        "But Valenzuela also said that it is “not at all likely” that she will hear anything from the defense team "
        "during the trial that would change her mind.\n\n"
        "Tom Reyes, a voter from Tucson, said the trial would likely end before the spring.\n"
    )
    asked = _prompts("hedge", story, "trial.txt")
    assert not [p for p in asked if "not at all likely" in p]


def test_from_sample_dk_an_office_and_a_statement_are_no_part_of_a_source():
    from quizapp.generation.analysis import _can_describe_a_person

    assert not _can_describe_a_person("The Office of California Gov.")
    assert _can_describe_a_person("California Gov.")
    story = (
        "Medicaid caps\n\n"
        '"Capping federal contributions will force states to cut benefits to at-risk Americans," said the American '
        "Public Health Association in a statement.\n\n"
        "The plan would save $800 billion over ten years, budget analysts said.\n"
    )
    labels = {s.label for s in _analysis(story, "medicaid.txt").sources.values()}
    assert not [label for label in labels if "statement" in label]


def test_from_sample_dk_the_writers_rating_before_a_claim_is_not_credited_to_the_speaker(monkeypatch):
    from quizapp.generation.skills import true_false

    story = (
        "A party switch\n\n"
        "Despite the investigation, the president and Republicans received some good news Thursday: Governor Jim "
        "Justice announced he is switching parties from Democrat to Republican.\n\n"
        "On Thursday, Governor Ann Vale announced she is switching parties from Republican to Democrat.\n"
    )
    analysis = _analysis(story, "switch.txt")
    monkeypatch.setattr(true_false, "_restatable", lambda *args, **kwargs: False)  # the sentence kept whole
    rated, plain = analysis.sentences[0], analysis.sentences[1]
    assert true_false._true_item(analysis, rated, rated.text) is None
    assert true_false._true_item(analysis, plain, plain.text) is not None


def test_from_sample_dj_a_clause_of_what_an_act_earned_is_no_plain_fact():
    story = (
        "Recognition\n\n"
        "President Harry Truman recognized the new state on May 14, 1948, earning him the gratitude of its "
        "supporters in 1948.\n\n"
        "Turkey recognized the state in March 1949 after a vote of 301 members.\n\n"
        '"We cannot wait any longer," said Omar Haddad, a minister.\n'
    )
    facts = [c.prompt for c in _fact_opinion_items(story) if c.answer == ("A checkable fact",)]
    assert not [p for p in facts if "earning" in p]


def test_from_sample_dj_an_account_joined_to_a_judgment_is_not_asked_as_either():
    story = (
        "Report author fears for staff\n\n"
        "The group published its report on the ministry in London on Monday.\n\n"
        '"Somebody has already been killed as a result of the publication of this report and no harm should come '
        'to anybody related to this honest work," said Joshua Levy, the director of the group.\n\n'
        '"This is a truly tragic incident, and our deepest condolences are with the family," said Ann Vale, a '
        "police inspector.\n"
    )
    asked = [c.prompt for c in _fact_opinion_items(story)]
    assert not [p for p in asked if "Somebody has already been killed" in p]
    assert [p for p in asked if "truly tragic incident" in p]  # two judgments, and no account beside them


def test_from_sample_dm_a_web_code_for_a_comma_is_garbled_text():
    from quizapp.quality.wording import is_garbled

    assert is_garbled("Out of 250 companies reporting fourth-quarter earnings%2C 172 have beaten estimates")
    assert not is_garbled("Out of 250 companies reporting, 172 beat estimates by 5% in 2014.")


def test_from_sample_dm_also_the_former_dean_and_an_opening_description_say_who_someone_is():
    from quizapp.generation.skills.evidence import _DESCRIBING, _described_again

    assert _DESCRIBING.match(" is also the former dean of the school of public health")
    story = (
        "Students weigh the race\n\n"
        "Mr. Tevlin, the Indiana student, said his search for a candidate had left him tired.\n\n"
        "A political science major, Mr. Tevlin has become more cynical about the campaign this year.\n"
    )
    analysis = _analysis(story, "students.txt")
    mentioned = [s for s in analysis.sentences if "Tevlin" in s.text]
    assert _described_again(mentioned, "Tevlin", mentioned[0])


def test_from_sample_dm_a_year_in_an_events_name_and_a_familys_size_are_not_blanked():
    from quizapp.generation.skills import number

    assert number._named_event("filled with the financial crisis of 2008, the recession and unemployment", "2008")
    assert number._named_event("since the 2008 financial crisis began", "2008")
    assert not number._named_event("was elected in 2008, aides said", "2008")
    story = (
        "Senate race\n\n"
        "Monica Vale, a surgeon from Portland, is divorced with four teenage children.\n\n"
        "The cuts would result in 4,180 fewer children in early schooling programs, the department said.\n"
    )
    asked = [c.prompt for c in _number_items(story)]
    assert not [p for p in asked if "teenage children" in p]


def test_from_sample_dl_names_with_party_tags_are_counted():
    from quizapp.generation.skills.number import _names_listed

    tagged = " additional members, Reps. Seth Moulton (D-Mass.), Katie Porter (D-Calif.) and Ayanna Pressley (D-Mass.)"
    assert _names_listed(tagged) == 3


def test_from_sample_dl_a_journalist_is_not_asked_about_as_one_of_the_kinds_of_source():
    story = (
        "Polls tighten\n\n"
        '"The president appears to have a small but slightly growing lead," said John King, CNN Chief National '
        "Correspondent.\n\n"
        '"We are confident about the state," said Ann Vale, a spokeswoman for the campaign.\n\n'
        '"Voters here have not made up their minds," said Tom Reyes, a political scientist at Alder University.\n'
    )
    asked = _prompts("source-type", story, "polls.txt")
    assert not [p for p in asked if "John King" in p]


def test_from_sample_dl_who_said_is_not_asked_where_only_the_key_speaks():
    story = (
        "Libel laws\n\n"
        "President Tom Reyes spoke about the press at a rally in Ohio on Friday, with the attorney general, Ann "
        "Vale, beside him.\n\n"
        "Reyes has clashed with Senator Mara Quist over the press, and he met the foreign minister, Lee Park, on "
        "Thursday.\n\n"
        '"Libel laws are very weak in this country," Reyes said.\n\n'
        '"If they were strong, it would be very helpful," Reyes said.\n'
    )
    assert not [p for p in _prompts("quote-speaker", story, "libel.txt") if "Libel laws" in p]


def test_from_sample_dm_a_lawmaker_and_a_former_lawyer_get_lessons_that_fit():
    from quizapp.generation.skills.source_credentials import _lesson

    assert "lawmaker" in _lesson("Rand Paul", "Republican Senator", "official")
    assert "outsider" not in _lesson("John Dowd", "former Trump lawyer", "official")
    assert "spokesperson" in _lesson("Ann Vale", "a company representative", "official")


def test_from_sample_dl_she_after_a_sentence_about_her_is_not_the_name_in_passing():
    story = (
        "Former adviser speaks\n\n"
        "Former national security adviser Tom Reyes and former ambassador Rice spoke at the university on Monday.\n\n"
        "Like Reyes, Rice criticized the handling of the inquiry by Congress.\n\n"
        "But her ire was directed at the Senate majority, all of whom voted against it, with the exception of Sen. "
        "Mitt Romney of Utah.\n\n"
        '"Congress abdicated their responsibilities and made it impossible to hold anyone accountable," she said.\n'
    )
    analysis = _analysis(story, "adviser.txt")
    speakers = {q.source.label for q in analysis.quotes if q.source and "abdicated" in q.text}
    assert "Mitt Romney" not in speakers


def test_from_sample_do_a_source_cut_before_its_noun_is_no_source():
    from quizapp.generation.skills.common import attribution

    text = "The first tariffs will go into effect on July 6, according to the US trade representative's office (USTR)."
    assert attribution(text) is None
    assert attribution("Five people died, according to the US Coast Guard.") == ("according to", "the US Coast Guard")


def test_from_sample_do_a_body_of_officials_and_a_social_media_post_have_no_kind():
    from quizapp.generation.sources import classify

    election_directors = "president of the U.S. National Association of State Election Directors"
    assert classify("Judd Choate", election_directors, True) is None
    assert classify("Ann Vale", "head of the National Governors Association", True) is None
    assert classify("Tom Reyes", "spokesman for the Alder Mining company", True) == "advocate"
    assert classify("The Super Tuesday evening post", None, False) is None
    assert classify("The tweet", None, False) is None


def test_from_sample_do_a_source_who_saw_it_firsthand_is_not_asked_about_as_an_official():
    story = (
        "Phone records program\n\n"
        "At that meeting, Vice President Dick Cheney and Michael V. Hayden, director of the National Security "
        "Agency, told him about the program.\n\n"
        "Mr. Hayden, whom Mr. Bush appointed as CIA director in 2006, saw the data bank tapped — firsthand.\n\n"
        "“So, you do retain the information so that you can ask questions of it in the future,” Mr. Hayden said.\n\n"
        "“We will keep reviewing the program,” said Ann Vale, a spokeswoman for the Justice Department.\n"
    )
    prompts = [c.prompt for c in _source_type_items(_analysis(story, "nsa.txt"))]
    assert not [p for p in prompts if "Hayden" in p]


def test_from_sample_do_a_tie_to_a_person_is_no_credential():
    story = (
        "Governor backs mail ballots\n\n"
        "West Virginia Gov. Jim Justice, an ally of the president, said the state would mail ballots to all voters.\n\n"
        "“We have to keep people safe,” Justice said.\n\n"
        "“The plan is a mistake,” said Ronna McDaniel, chairwoman of the Republican National Committee.\n\n"
        "“Voters deserve a choice,” said Tim Murtaugh, a spokesman for the Trump campaign.\n\n"
        "President Donald Trump has criticised mail voting for months.\n"
    )
    items = _prompts_items("source-credentials", story)
    assert not [c for c in items if "ally" in c.prompt or any("ally" in choice for choice in c.choices)]


def test_from_sample_do_a_summary_does_not_run_on_into_a_second_verb_of_the_speaker():
    story = (
        "Mail voting fight\n\n"
        "President Tom Reyes has said repeatedly, without evidence, that mailed ballots allow widespread fraud and "
        "has worried publicly that wide availability could lead so many people to vote that his party would lose.\n\n"
        "“It is a rigged system,” Reyes said on Monday.\n"
    )
    asked = _prompts("reported-speech", story, "mail.txt")
    assert not [p for p in asked if "has worried" in p]
    from quizapp.generation.skills.reported_speech import _SECOND_PREDICATE

    assert not _SECOND_PREDICATE.search("the talks had stalled and the two sides would meet again")


def test_from_sample_do_a_quotation_naming_the_speakers_own_people_is_not_asked_about():
    story = (
        "Summit ends in discord\n\n"
        "The summit in Quebec ended on Saturday with no joint statement.\n\n"
        "“Canadians, we’re polite, we’re reasonable but we also will not be pushed around,” Justin Trudeau told "
        "reporters.\n\n"
        "“The tariffs are a mistake and we will answer them,” said Emmanuel Macron, the French president.\n\n"
        "“We are not going to let our farmers pay the price,” said Donald Trump.\n\n"
        "“Europe will stand together on trade,” said Angela Merkel, the German chancellor.\n"
    )
    assert not [p for p in _prompts("quote-speaker", story, "summit.txt") if "Canadians" in p]
    assert [p for p in _prompts("quote-speaker", story, "summit.txt") if "answer them" in p]


def test_from_sample_do_a_candidates_victory_year_is_not_blanked():
    story = (
        "Campaign returns to Michigan\n\n"
        "President Tom Reyes held a rally in Michigan on Saturday, his third visit to the state in 2019.\n\n"
        "The state is one of three Rust Belt states that helped deliver his 2016 victory.\n\n"
        "The rally drew 9,500 people to the arena on Saturday, the campaign said.\n"
    )
    assert not [c for c in _number_items(story) if "victory" in c.prompt]


def test_from_sample_do_main_news_wrong_choices_share_no_two_headline_words_and_a_reason_is_no_lead():
    from quizapp.generation.skills import BUILDERS

    body = (
        "The speaker said the chamber had hosted too many leaders already this year. A YouGov poll released this "
        "week found that 46% of Brits believe Mr. Trump's visit to London should go forward. The palace said plans "
        "for the banquet were unchanged. Former Foreign Secretary Boris Johnson leads a pack of contenders lining "
        "up to run for the party's leadership. The pound fell against the dollar on Tuesday after weak factory "
        "figures. Protest groups have applied for permits to march in central London during the visit.\n"
    )
    news = _analysis(
        "Brits side with Trump after speaker denies president chance to address Parliament\n\n"
        "Britain's speaker of Parliament said Tuesday that President Trump won't be welcome to address the "
        "chamber during his state visit next month.\n\n" + body,
        "speaker.txt",
    )
    for item in BUILDERS["main-event"](news):
        assert not [c for c in item.choices if "Brits" in c]
    reason = _analysis(
        "Kestrel Harbour rejects cruise terminal plan\n\n"
        "Because the harbour rules forbid building on the northern pier, Kestrel Harbour has turned down a "
        "proposal to build a large cruise terminal there.\n\n" + _HARBOUR_BODY,
        "harbour.txt",
    )
    assert BUILDERS["main-event"](reason) == []


def test_from_sample_dn_words_whose_subject_stands_outside_the_marks_are_not_asked_about():
    story = (
        "Spending fight\n\n"
        "Congress returned on Tuesday to a fight over jobless benefits.\n\n"
        'Democrats "see it as one of the most stimulative things you can do," Dan Holler told ABC News Wednesday.\n\n'
        '"We will not support it without cuts elsewhere," said Michael Steel, a spokesman for the speaker.\n\n'
        '"The benefits keep families afloat," said Ann Vale, an economist at Alder University.\n'
    )
    asked = _prompts("quote-speaker", story, "benefits.txt")
    assert not [p for p in asked if "stimulative" in p]
    assert [p for p in asked if "afloat" in p]


def test_from_sample_dn_an_offer_turned_down_is_words_reported_before_the_first_quotation():
    story = (
        "Governor rebuffs senator\n\n"
        "New Jersey Gov. Chris Christie turned down an offer by Sen. Rand Paul to join him for a beer.\n\n"
        "\"I'm running for re-election in New Jersey. I don't really have time for that,\" Christie said in an "
        "interview.\n\n"
        '"I think it has gotten a little too personal," Paul told Fox News on Wednesday.\n\n'
        "The feud began over surveillance programs last week.\n"
    )
    assert not [p for p in _framing(story) if "first named person" in p]


def test_from_sample_dn_statements_that_point_ahead_or_to_an_unnamed_that_are_not_shown_alone():
    from quizapp.quality.wording import context_reference

    assert context_reference("Pelosi said that the Judiciary Committee is considering at least the following.")
    assert context_reference("Over time, that has especially been true with Hillary Clinton.")
    assert context_reference("Over time, wages have risen in every state.") is None


def test_from_sample_dn_a_rulings_words_and_a_speakers_own_sex_are_not_asked_about():
    story = (
        "Judge frees suspect\n\n"
        "A judge on Monday released the man accused in the shooting, and the family was angry.\n\n"
        "Al Watkins said he and the family take particular issue with a statement in the ruling they consider to be "
        "prejudicial: “Finally, the Court observes that an urban heroin dealer not in possession of a firearm would "
        "be an anomaly.”\n\n"
        '"I am a daughter of the civil rights movement, and I am a beneficiary of its work," Jennifer Austin told '
        "the crowd.\n\n"
        '"The ruling will be appealed within the week," said Kimberly Gardner, the circuit attorney.\n\n'
        '"We respect the court and its work," said Tom Reyes, a lawyer for the accused man.\n'
    )
    asked = _prompts("quote-speaker", story, "ruling.txt")
    assert not [p for p in asked if "heroin" in p or "daughter" in p]
    assert [p for p in asked if "appealed" in p]


def test_from_sample_dn_injustices_are_a_judgment_and_a_former_post_is_no_outsiders_view():
    from quizapp.generation.skills.source_credentials import _lesson
    from quizapp.quality.wording import evaluative_words

    assert "injustices" in evaluative_words("The injustices that existed in 1963 convinced Johnson to march.")
    assert "outsider" not in _lesson("Ed Gillespie", "former Republican National Committee chairman", "official")


def test_from_sample_dn_a_writers_paper_told_elsewhere_also_says_who_they_are():
    from quizapp.generation.skills import evidence

    story = (
        "Pages built for Facebook\n\n"
        "Jon Herrman wrote in the New York Times about pages that live only on the platform.\n\n"
        "Such pages, which Herrman, the Times media reporter, identified, exist only on the platform, he wrote.\n\n"
        '"They are everywhere now," Herrman said in an interview.\n'
    )
    asked = [c.prompt for c in evidence.build(_analysis(story, "pages.txt"))]
    assert not [p for p in asked if "who Jon Herrman is" in p]


def test_from_sample_dp_the_one_in_question_and_no_other_lean_on_the_sentence_before():
    from quizapp.quality.wording import context_reference, evaluative_words

    assert context_reference("The person in question is a young man wearing a black jacket, according to CBS News.")
    assert context_reference("No other candidate has more than 2 percent support.")
    assert context_reference("Other candidates trail with less than 2 percent support.") is None
    assert "railed" in evaluative_words("The GOP base railed against spending during the Obama administration.")


def test_from_sample_dp_a_neutral_verb_item_needs_a_tag_that_is_surely_the_speakers():
    story = (
        "Clinton tour\n\n"
        "Bill Clinton spoke at the church on Sunday, and Hillary Clinton toured the town hall.\n\n"
        "“I won’t bore you with all the verses of the hymn,” Mrs. Clinton said at the service in the morning.\n\n"
        "“The debate made me feel better about” Mr. Romney, one poll respondent, Paula Gregory, 37, a manager who "
        "lives in Highlands Ranch, said in a follow-up interview.\n\n"
        "“We need new roads and better schools in this town,” said Tom Reyes, the mayor of the town.\n"
    )
    asked = _neutral_verb_items(story)
    assert not [c for c in asked if "verses" in c.prompt or "feel better" in c.prompt]
    assert [c for c in asked if "new roads" in c.prompt]


def test_from_sample_dp_over_and_under_as_a_setting_or_a_class_of_people_are_no_qualifiers():
    story = (
        "Agency stays whole\n\n"
        "President Tom Reyes met his security team at the White House on Tuesday.\n\n"
        "The White House had weighed breaking up the spy agency and its cyber unit, but has chosen to keep it "
        "under one chief.\n\n"
        "The firm has cut more than 1,200 jobs at its plants in Ohio since March, the union said.\n"
    )
    lessons = [c.explanation for c in _prompts_items("true-false", story) if c.answer == ("True",)]
    assert not [e for e in lessons if "“under one”" in e]


def test_from_sample_dp_a_line_with_no_full_stop_is_no_sentence_to_blank():
    from quizapp.generation.skills.common import stands_alone

    assert not stands_alone("Ralph Northam takes on blackface scandal in his first television interview")
    assert stands_alone("Ralph Northam took on the blackface scandal in his first television interview.")


def test_from_sample_dp_a_hedge_in_the_writers_clause_is_not_the_speakers():
    story = (
        "Bill faces House\n\n"
        "The Senate passed the bill on Thursday by a wide margin.\n\n"
        "The Republican-led House might be a major obstacle to the bill's success; House Speaker John Boehner has "
        "already announced his opposition to it.\n\n"
        "“We will keep pushing until it passes,” said Ann Vale, a senator from Oregon.\n"
    )
    asked = _prompts("hedge", story, "bill.txt")
    assert not [p for p in asked if "major obstacle" in p]


def test_from_sample_dq_a_movement_named_for_a_faith_is_no_person():
    from quizapp.generation.analysis import looks_like_a_name

    assert not looks_like_a_name("Sunni Awakening")
    assert not looks_like_a_name("Arab Spring")
    assert looks_like_a_name("Christian Bale") and looks_like_a_name("Will McCants")


def test_from_sample_dq_a_he_before_wrote_is_not_given_to_the_man_named_last():
    story = (
        "Trump writes to WHO\n\n"
        "President Donald Trump sent a letter on Monday to Tedros Adhanom Ghebreyesus, the head of the World Health "
        "Organization.\n\n"
        "Trump said the agency had failed in its response, and Tedros has rejected the charge.\n\n"
        '"We do not have time to waste," he wrote.\n\n'
        '"The organization has done its best in a hard year," said Ann Vale, a spokeswoman for the agency.\n\n'
        '"We will study the letter with care," Tedros said on Tuesday.\n'
    )
    asked = _prompts("quote-speaker", story, "letter.txt")
    assert not [p for p in asked if "time to waste" in p]
    assert [p for p in asked if "hard year" in p]


def test_from_sample_dq_a_hedge_under_no_and_a_conditional_should_are_not_asked_as_such():
    story = (
        "Tribes alone\n\n"
        "Local tribes in Anbar have turned against the militants, officials said on Monday.\n\n"
        "And no foreign power is likely to step in and tip the balance toward the tribes, as the US did in 2007.\n\n"
        '"The tribes are outgunned and cannot hold the towns alone," said Jennifer Gambhir, an analyst.\n'
    )
    assert not [p for p in _prompts("hedge", story, "tribes.txt") if "foreign power" in p]
    from quizapp.generation.skills.fact_opinion import _CONDITIONAL_SHOULD, _SAYS_ITS_AN_OPINION

    assert _CONDITIONAL_SHOULD.search("I have no doubt we could do it, should we choose to")
    assert not _CONDITIONAL_SHOULD.search("We should choose to do it")
    assert _SAYS_ITS_AN_OPINION.search("That was a ridiculous sentence, in my opinion, and in the opinion of others")


def test_from_sample_dq_madness_is_a_judgment_word():
    from quizapp.quality.wording import evaluative_words

    assert "madness" in evaluative_words("The Black Friday madness kicked off Thursday when a Kmart opened.")
    assert "irritation" in evaluative_words("Obama's irritation with McCain flared up at the news conference.")


def test_from_sample_dq_who_someone_is_is_not_asked_where_a_word_would_be_dropped_or_a_lead_is_told():
    from quizapp.generation.skills import evidence

    incoming = (
        "House leaders\n\n"
        "The House will vote on its leaders in January.\n\n"
        "Since Pelosi, incoming Majority Leader Steny Hoyer and others have served two terms, they will each look at "
        "one more term.\n\n"
        '"We are ready to govern," Hoyer said on Tuesday.\n'
    )
    asked = [c.prompt for c in evidence.build(_analysis(incoming, "house.txt"))]
    assert not [p for p in asked if "Steny Hoyer" in p]
    leads = (
        "Old rivals\n\n"
        "The campaign hired new staff on Monday.\n\n"
        '"Late night calls were not unusual," David Brock, the onetime opposition researcher, wrote in his book.\n\n'
        "Brock is now leading Correct the Record, a group that defends the candidate.\n"
    )
    asked = [c.prompt for c in evidence.build(_analysis(leads, "brock.txt"))]
    assert not [p for p in asked if "David Brock" in p]


def test_from_sample_dr_a_short_title_is_no_part_of_a_name_and_a_cards_more_is_garbled():
    from generation_support import doc

    from quizapp.quality.wording import is_garbled

    parsed = doc("Texas Lt. Gov Dan Patrick (R) announced the bill as one of his top priorities for the session.")
    assert "Dan Patrick" in [e.text for e in parsed.ents if e.label_ == "PERSON"]
    assert is_garbled(
        "Pelosi withholding articles would amount to 'Constitutional extortion' MORE (R-S.C.) if the FBI was lying."
    )


def test_from_sample_dr_an_official_who_lobbies_governments_is_no_lobbys_voice():
    from quizapp.generation.sources import classify

    steinitz = "Israeli official who has been spearheading efforts to lobby world powers against the Iran deal"
    assert classify("Yuval Steinitz", steinitz, True) is None
    assert classify("Ann Vale", "director of government relations for ProEnglish", True) == "advocate"


def test_from_sample_dr_words_naming_the_speakers_own_body_are_not_asked_about():
    story = (
        "Leaks defended\n\n"
        "WikiLeaks founder Julian Assange spoke by video link on Monday.\n\n"
        '"That is a remarkable contribution to democracy by our sources and by WikiLeaks," Assange said.\n\n'
        '"The leaks were a crime and they hurt the campaign," said Debbie Wasserman Schultz, the party chair.\n\n'
        '"We are looking into how the files were taken," said James Comey, the FBI director.\n'
    )
    asked = _prompts("quote-speaker", story, "leaks.txt")
    assert not [p for p in asked if "remarkable contribution" in p]
    assert [p for p in asked if "hurt the campaign" in p]


def test_from_sample_dr_a_complaint_lodged_is_no_loaded_verb_and_a_named_headline_speaks_first():
    story = (
        "Chaplain reprimanded\n\n"
        "The Army issued new rules for chaplains on Monday.\n\n"
        "In December, a chaplain received an administrative letter of concern after a soldier complained that he "
        "used the Bible during a mandatory training session.\n\n"
        '"We serve soldiers of every faith," said Ann Vale, an Army spokeswoman.\n'
    )
    assert not [c for c in _loaded_verbs(story, "chaplain.txt") if "complained" in str(c)]
    voices = (
        "Rep. Darrell Issa: No confidence in the attorney general\n\n"
        "The House committee met on Tuesday to hear from the department.\n\n"
        '"I have no confidence in his leadership," Issa said on Tuesday.\n\n'
        '"The attorney general has answered every question," said Jay Carney, the press secretary.\n\n'
        '"We will keep asking for the documents," said Trey Gowdy, a member of the committee.\n'
    )
    assert not [p for p in _framing(voices) if "first named person" in p]


def test_from_sample_dr_a_spokesmans_the_president_believes_is_his_principals_view():
    story = (
        "Report release backed\n\n"
        "The Senate committee is set to release its report on Tuesday.\n\n"
        "\"The president believes that, on principle, it's important to release that report so that people "
        'understand what happened," said Josh Earnest, the White House press secretary.\n\n'
        '"It is a shameful episode and the report shows it," said Ann Vale, a senator from Oregon.\n'
    )
    asked = [c.prompt for c in _fact_opinion_items(story)]
    assert not [p for p in asked if "president believes" in p]


def test_from_sample_ds_a_group_of_one_sex_keeps_its_leaders_choices_of_that_sex():
    story = (
        "Senate trio\n\n"
        "The Senate debated the spending bill for a third day on Wednesday.\n\n"
        "A trio of Democratic women led by Mara Quist pressed the leaders for a vote on the bill this week.\n\n"
        '"We will not wait another month," Quist said. "The families cannot wait," she added.\n\n'
        '"The bill is too costly," said Tom Reyes, a senator from Ohio. "He is wrong on this," Reyes said of a '
        "colleague.\n\n"
        '"We need more time to read it," said Peter Lund, a senator from Iowa, adding that he would vote no.\n\n'
        '"Nobody has read it all," said Carl Dunn, a senator from Utah, who said he was undecided.\n'
    )
    blanks = [c for c in _prompts_items("detail", story) if "trio of Democratic women" in c.prompt]
    assert not [c for c in blanks if {"Tom Reyes", "Peter Lund", "Carl Dunn"} & set(c.choices)]


def test_from_sample_ds_a_fear_others_hold_is_no_hedge_of_the_speakers():
    from quizapp.generation.skills.hedge import _WORRY

    assert _WORRY.search("many people remain reluctant to order the movie online, fearing any hackers ")
    assert _WORRY.search("Customers are afraid that hackers ")


def test_from_sample_ds_an_opening_that_points_back_and_a_linked_headlines_figure_are_not_asked():
    from quizapp.quality.wording import context_reference

    assert context_reference("By repealing that penalty, Republicans would raise more than $318 billion over a decade.")
    story = (
        "Health law myths\n\n"
        "The health law has been argued over for years, and its critics and backers both make claims.\n\n"
        "Debunking 4 Obamacare myths: Both sides get it wrong\n\n"
        "About 20 million people have gained coverage since the law passed, the agency said on Monday.\n"
    )
    assert not [c for c in _number_items(story) if "Debunking" in c.prompt]


def test_from_sample_dt_words_naming_the_speakers_office_and_two_file_photos_are_not_asked_about():
    from quizapp.generation.skills.quote_speaker import _OWN_OFFICE

    assert _OWN_OFFICE.search("As your commander in chief, I will never let you down")
    assert not _OWN_OFFICE.search("He served as president of the club for ten years")
    from quizapp.generation.skills import photo

    one = (
        "FILE - In this July 10, 2016, file photo, swimmers train in San Jose, Calif. (AP Photo/Ann Lee, File)\n\n"
        "Most of the country's Olympic sports applied for federal loans this spring, records show.\n"
    )
    two = one + "\nFILE - In this May 2, 2017, file photo, divers warm up in Austin. (AP Photo/Tom Reyes, File)\n"
    assert photo.build(_analysis("Games\n\n" + one, "games.txt"))
    assert photo.build(_analysis("Games\n\n" + two, "games.txt")) == []


def test_from_sample_dt_a_bare_surname_key_among_full_names_is_not_asked():
    story = (
        "Syria talks\n\n"
        "Diplomats met in Geneva on Monday to discuss a ceasefire in Syria.\n\n"
        '"We are not going to stand by while civilians are killed," Kerry told reporters after the talks.\n\n'
        '"The ceasefire must hold for the talks to go on," said Sergei Lavrov, the Russian foreign minister.\n\n'
        '"Aid must reach the besieged towns this week," said Staffan de Mistura, the UN envoy.\n\n'
        '"The opposition will not sign a deal that keeps Assad," said Riad Hijab, an opposition leader.\n'
    )
    asked = [c for c in _prompts_items("quote-speaker", story) if "stand by" in c.prompt]
    assert not [c for c in asked if c.answer == ("Kerry",)]


def test_from_sample_dv_a_plural_title_is_no_part_of_a_name_and_a_post_held_then_is_taught_as_past():
    story = (
        "Immigrants wait in detention\n\n"
        "The number of immigrants held in detention has grown for a third year, the agency said on Monday.\n\n"
        "Victor Cerda, ICE's head of detention and removal during part of the George W. Bush administration, says "
        'that argument is "very simplistic." Such extensive detention, he says, is "very expensive."\n\n'
        "Reps. Mark Meadows (R-N.C.) and Jim Jordan (R-Ohio) were disappointed in the decision. \"I don't know why "
        'this is taking so long," Jordan said.\n\n'
        '"We will see what the attorney general does next," Meadows said on Thursday.\n\n'
        '"Detention is the surest way to hold people," said Jessica Vaughan, a director at a research center.\n'
    )
    items = _prompts_items("quote-speaker", story)
    assert not [c for c in items if any(choice.startswith("Reps.") for choice in c.choices)]
    cerda = [c for c in items if c.answer == ("Victor Cerda",)]
    assert not [c for c in cerda if "someone in that position" in c.explanation]
    assert not [c for c in _prompts_items("source-credentials", story) if "ICE's head" in c.prompt]
    from quizapp.generation.skills.source_credentials import held_before

    assert held_before("ICE's head of detention and removal during part of the George W. Bush administration")
    assert held_before("ambassador under President Obama") and held_before("fired FBI Director")
    assert not held_before("Trump's former campaign manager and top adviser")  # an adviser still
    assert not held_before("head of the agency under new rules")


def test_from_sample_dv_the_last_words_shown_close_their_quotation():
    story = (
        "Sessions will not name a second special counsel\n\n"
        "Attorney General Jeff Sessions told lawmakers Thursday he will not be naming a second special counsel at "
        "this time, explaining in a letter that a prosecutor is reviewing the claims.\n\n"
        "Reps. Mark Meadows (R-N.C.) and Jim Jordan (R-Ohio) were disappointed in the decision.\n\n"
        '"We are disappointed that the attorney general has chosen to wait," Meadows said in a statement.\n\n'
        "\"If those aren't extraordinary circumstances, I don't know what is,\" Jordan said. \"I don't know why "
        'the attorney general keeps postponing this. Everyone in town knows we need a second special counsel."\n'
    )
    last = _framing(story)["Who is the last named person whose words the article reports?"]
    assert "Everyone in town knows we need a second special counsel" in last.explanation
    from quizapp.generation.skills.common import excerpt

    assert excerpt('He said, "' + "word " * 40 + 'end."', 10).endswith('…"')
    assert excerpt("He said, “" + "word " * 40 + "end.”", 10).endswith("…”")


def test_from_sample_dv_he_after_a_sentence_on_someone_else_is_not_judged_as_a_statement():
    story = (
        "Snowden vows to fight extradition\n\n"
        "Edward Snowden, the former contractor who leaked the documents, said on Wednesday that he would stay in "
        "Hong Kong.\n\n"
        "In Washington, support for Snowden among lawmakers is waning.\n\n"
        "Senate Minority Leader Mitch McConnell said Tuesday that he should be prosecuted to the fullest extent of "
        "the law.\n\n"
        '"The law is clear and he broke it," said Senator Dianne Feinstein, who chairs the intelligence committee.\n'
    )
    for skill in ("true-false", "fact-opinion"):
        assert not [c for c in _prompts_items(skill, story) if "he should be prosecuted" in c.prompt]


def test_from_sample_du_a_sentence_inside_a_quotation_and_one_opening_on_despite_this_are_not_statements():
    story = (
        "Coffee shop refuses to serve activists\n\n"
        "A coffee shop in Seattle asked a group of activists to leave on Sunday, the group said.\n\n"
        "Ann Synek, who said she has breakfast at the shop once a week, also told the Examiner the employee "
        'declared, "You are not welcome in our restaurant. Over 80 percent of the people who work here are queer. '
        "Get out and don't come back!\"\n\n"
        "The owner of the shop, Jamil Suleman, said in a video on Monday that he stood by his staff.\n\n"
        "Despite this, White House Press Secretary Jay Carney backed up Rice on Sept. 18.\n"
    )
    for skill in ("true-false", "fact-opinion"):
        asked = [c.prompt for c in _prompts_items(skill, story)]
        assert not [p for p in asked if "80 percent" in p or "Despite this" in p]
    from quizapp.quality.wording import context_reference

    assert context_reference("Despite this, Carney backed up Rice on Sept. 18.")
    assert context_reference("Before that, he was the mayor of the city.")
    assert not context_reference("Despite the rain, 4,000 people marched on Sunday.", standalone=False)


def test_from_sample_du_a_quotation_woven_into_the_writers_clause_is_not_judged():
    story = (
        "Senators weigh strike\n\n"
        "Senators met on Tuesday to discuss the strike, aides said.\n\n"
        'Mr. Donnelly said senators are tasked with helping "President Trump to make the best decision."\n\n'
        '"This is the worst plan I have ever seen," said Tom Reyes, a senator from Ohio.\n'
    )
    asked = [c.prompt for c in _fact_opinion_items(story)]
    assert not [p for p in asked if "best decision" in p]
    assert [p for p in asked if "worst plan" in p]


def test_from_sample_du_a_list_of_doings_is_not_cut_and_a_fired_director_holds_the_post_no_more():
    from quizapp.generation.skills.common import main_clause

    lead = (
        "A report released Thursday said that fired FBI Director James Comey violated bureau policies by drafting, "
        "leaking and retaining memos documenting private talks."
    )
    assert main_clause(lead).endswith("memos documenting private talks")
    assert main_clause("The storm hit the coast on Monday, flooding roads and cutting power.") == (
        "The storm hit the coast on Monday"
    )
    from quizapp.generation.extract.people import find_people
    from quizapp.generation.nlp import pipeline

    assert find_people(pipeline()(lead))[0].description == "fired FBI Director"
    assert find_people(pipeline()("Trump fired FBI Director James Comey in May."))[0].description == "FBI Director"
    story = (
        "Report faults Comey\n\n" + lead + "\n\n"
        '"I did what I thought was right," Comey said on Friday.\n\n'
        '"The rules were broken," said Michael Horowitz, the inspector general.\n'
    )
    assert not [c for c in _prompts_items("source-type", story) if "Comey" in c.prompt]


def test_from_sample_du_a_role_without_an_owner_is_no_wrong_choice_for_the_same_post():
    from quizapp.generation.skills.source_credentials import _unowned_same_post

    assert _unowned_same_post("Manafort's lead attorney", "defense attorney")
    assert _unowned_same_post("Trump's attorney", "a defense attorney")
    assert not _unowned_same_post("Trump's attorney", "Manafort's lead attorney")
    assert not _unowned_same_post("U.S. District Judge", "defense attorney")
    story = (
        "Manafort sentenced\n\n"
        "A judge sentenced Paul Manafort to 47 months in prison on Thursday.\n\n"
        '"He accepted responsibility," said Manafort\'s lead attorney, Kevin Downing.\n\n'
        '"This has nothing to do with the president," said Trump\'s attorney Rudy Giuliani.\n\n'
        '"The sentence is fair," said Ann Vale, a defense attorney who followed the case.\n\n'
        '"He lied again and again," said U.S. District Judge Amy Berman Jackson.\n'
    )
    for item in _prompts_items("source-credentials", story):
        roles = [c.lower() for c in item.choices]
        if any("attorney" in r for r in item.answer[0].lower().split()):
            assert sum("attorney" in r and "'s" not in r and "’s" not in r for r in roles) == 0


def test_from_sample_du_a_surname_shared_with_an_untagged_namesake_is_no_one_in_particular():
    story = (
        "Snowden leaves Moscow airport\n\n"
        "Edward Snowden left the transit zone of the airport on Thursday after Russia granted him asylum.\n\n"
        '"He has been given a document that lets him live in Russia," said Anatoly Kucherena, his Russian lawyer.\n\n'
        "In an interview with The Post, Lon Snowden said the proposal fell apart after officials made no promises.\n\n"
        '"I\'m not going to sit on the tarmac to be an emotional tool for you," Snowden told The Post.\n\n'
        '"We are disappointed that Russia has taken this step," said Jay Carney, the White House press secretary.\n'
    )
    asked = _prompts_items("quote-speaker", story)
    assert not [c for c in asked if "tarmac" in c.prompt and c.answer == ("Edward Snowden",)]


def test_from_sample_du_a_professor_who_marches_is_no_outside_expert_and_a_lead_is_not_cut_at_but():
    story = (
        "Marchers cross the bridge\n\n"
        "Thousands of people marched across the Edmund Pettus Bridge in Selma on Sunday to mark the anniversary.\n\n"
        '"The council has not been a machine for a long time," said Pam Foster, a medical school professor, while '
        "marching to the bridge behind a banner.\n\n"
        '"We came to remember," said Tom Reyes, a pastor from Atlanta who led a bus of marchers.\n'
    )
    assert not [c for c in _prompts_items("source-type", story) if "Pam Foster" in c.prompt]
    story = (
        "Manafort brazenly broke the law, special counsel says in sentencing memo\n\n"
        "Prosecutors for special counsel Robert Mueller say they take no position on what Paul Manafort's prison "
        'sentence should be, but say he acted in "bold" fashion to commit a multitude of crimes.\n\n'
        "Manafort was convicted last year of eight counts of bank and tax fraud in Virginia.\n\n"
        "His lawyers are due to file their own sentencing memo in Washington on Monday.\n\n"
        "A judge in Virginia will sentence him on Friday, and a second judge in Washington next week.\n"
    )
    assert not _prompts_items("main-event", story)


def test_from_sample_dx_the_statement_said_is_the_one_who_spoke_in_a_statement():
    story = (
        "US sanctions Russian tycoons\n\n"
        "The United States on Friday imposed sanctions on seven Russian tycoons and 17 officials.\n\n"
        'A spokesman for the arms exporter called the sanctions a "pure form of unfair competition," Russian state '
        "news agency RIA-Novosti reported.\n\n"
        'Oleg Deripaska described the US decision as "groundless, ridiculous and absurd."\n\n'
        '"The events this morning are very unfortunate but not unexpected," Deripaska said in a statement provided '
        "to CNN by a spokesperson for one of his businesses.\n\n"
        '"Certainly the grounds for putting my name on the list as provided by US officials are groundless, '
        'ridiculous and absurd," the statement said.\n\n'
        '"We have failed to impose sufficient costs," said Steven Mnuchin, the Treasury secretary.\n'
    )
    sources = _quote_sources(story, "sanctions.txt")
    said = next(label for text, label in sources.items() if text.startswith("Certainly"))
    assert said is not None and "Deripaska" in said


def test_from_sample_dx_he_after_a_subject_owned_by_a_name_is_not_that_name():
    story = (
        "US sanctions Russian tycoons\n\n"
        "President Donald Trump on Friday imposed sanctions on seven Russian tycoons and 17 officials.\n\n"
        '"This is a strong step," said Steven Mnuchin, the Treasury secretary.\n\n'
        "Trump's outgoing national security adviser used his final public remarks before retiring Tuesday to "
        'publicly call for a tougher line on Russia. "We have failed to impose sufficient costs," he said Tuesday '
        "during a speech in Washington.\n\n"
        '"The sanctions are groundless," said Oleg Deripaska, a Russian billionaire.\n'
    )
    sources = _quote_sources(story, "sanctions.txt")
    assert sources["We have failed to impose sufficient costs,"] is None


def test_from_sample_dx_a_weekend_narrows_a_day_blank_and_a_friend_who_spoke_with_him_is_no_firms_voice():
    story = (
        "Pence walks out of game\n\n"
        "The feud over players kneeling during the anthem grew this week, the league said.\n\n"
        "Vice President Mike Pence got involved in the feud last weekend, when he traveled to Indiana to attend the "
        "Colts game on Sunday.\n\n"
        '"He\'s not unfit," said Chris Ruddy, the CEO of Newsmax, who spoke with Trump frequently over the holiday.\n\n'
        '"The players have a right to protest," said Ann Vale, a law professor at the University of Iowa.\n'
    )
    assert not [c for c in _prompts_items("detail", story) if "Sunday" in c.answer]
    assert not [c for c in _prompts_items("source-type", story) if "Chris Ruddy" in c.prompt]


def test_from_sample_dx_slips_of_typing_are_flaws():
    from quizapp.quality.flaws import ItemText, check

    def codes(prompt: str) -> set[str]:
        item = ItemText(type="single", prompt=prompt, choices=("A", "B"), answer=("A",), explanation="", evidence=())
        return {f.code for f in check(item, None)}

    assert "typo" in codes("Who said “what i am surprised about, that the results didn't come out sooner''”?")
    assert "typo" in codes("True or false? The campaign has also mobilizing a massive get-out-the-vote effort.")
    assert "typo" not in codes("True or false? The campaign has also been mobilizing a get-out-the-vote effort.")


def test_from_sample_dw_a_lead_cut_before_the_one_the_headline_is_about_is_not_asked():
    story = (
        "Trump pulling out of the Paris climate agreement is great news for China\n\n"
        "President Trump's decision to withdraw from the Paris climate agreement caused anger and "
        "anxiety across the world, with one major exception: China.\n\n"
        "China's economy has liberalized significantly in recent decades, and its leaders want a bigger "
        "role abroad.\n\n"
        "The reshuffling of the world order in the wake of Trump's announcement could be seen almost "
        "immediately in Europe.\n\n"
        "European leaders met their Chinese counterparts in Brussels on Friday to discuss climate "
        "policy and trade.\n\n"
        "China has become the world's largest investor in solar power and wind farms over the last ten "
        "years.\n\n"
        "Officials in Beijing said they would keep every promise made under the agreement signed in "
        "Paris.\n\n"
        "The United States had pledged to cut its emissions by more than a quarter by the year 2025.\n\n"
        "Scientists warned that the decision would make the goals of the agreement much harder to "
        "reach.\n\n"
        "Several large American companies said they would keep their own targets for cutting "
        "emissions.\n"
    )
    assert not _prompts_items("main-event", story)


def test_from_sample_dw_idioms_that_judge_a_stand_and_glitches_of_a_page():
    from quizapp.quality.flaws import ItemText, check
    from quizapp.quality.wording import evaluative_words

    assert evaluative_words("Sebelius also was on the defensive over the vow of 2010.") == ["on the defensive"]
    assert "under fire" in evaluative_words("The plan came under fire on Monday.")
    story = (
        "Health law sign-ups\n\n"
        "The administration said on Tuesday that 106,000 people had chosen plans in the first month.\n\n"
        "Health Secretary Kathleen Sebelius also was on the defensive over the president's 2010 vow that the law "
        "would not force Americans out of their insurance.\n\n"
        '"We expect enrollment to grow," said Ann Vale, a spokeswoman for the department.\n'
    )
    assert not [c for c in _fact_opinion_items(story) if "on the defensive" in c.prompt]
    item = ItemText(
        type="single",
        prompt="Which verb does the article use? “Alison Cowen, 57, _____ she does not see any path to retire_ever.”",
        choices=("said", "admitted"),
        answer=("said",),
        explanation="",
        evidence=(),
    )
    assert "typo" in {f.code for f in check(item, None)}


def test_from_sample_dw_unnamed_source_choices_are_roles_of_people():
    from quizapp.generation.skills.anonymous_source import _described_named_sources

    story = (
        "Turkey strikes Kurdish fighters\n\n"
        "Turkish jets struck Kurdish fighters in northern Syria on Tuesday, the army said.\n\n"
        "Lindsey Graham, typically a reliable Trump backer, said the strikes were a disaster for the alliance.\n\n"
        "Tal Abyad, overarching coalition that includes the YPG, said the strikes hit a village.\n\n"
        '"We will not let terrorists build a state on our border," said Recep Tayyip Erdogan, the Turkish '
        "president.\n\n"
        "A US official speaking on condition of anonymity said the airstrikes were not coordinated with the US "
        "military.\n"
    )
    roles = _described_named_sources(_analysis(story, "strikes.txt"))
    assert not [r for r in roles if r.startswith("A typically") or "coalition" in r]


def test_from_sample_dy_a_rule_that_forbids_a_share_out_of_ten_and_a_clause_cut_at_an_aside():
    story = (
        "Abortion laws after the ruling\n\n"
        "Several states passed new limits on abortion this year, according to a count by the institute.\n\n"
        '"A state may not prohibit any woman from making the ultimate decision to end her pregnancy," wrote Judge '
        "Timothy Black, a federal judge in Ohio.\n\n"
        '"This is the worst law I have seen in years," said Ann Vale, a lawyer for the clinic.\n'
    )
    assert not [c for c in _fact_opinion_items(story) if "may not prohibit" in c.prompt]
    story = (
        "Buyers stay with their plans\n\n"
        "A survey of the non-group market finds 9 in 10 enrollees plan to keep buying insurance this year.\n\n"
        "Hicks argued that the comments so insulted the Libyan president -- since they contradicted his claims -- "
        "that it slowed the FBI's investigation.\n\n"
        "Sources tell CBN News it could end by Wednesday or Thursday.\n\n"
        '"People want coverage," said Liz Hamel, director of survey research at the foundation.\n\n'
        '"The plans cost too much," said Tom Reyes, an Ohio senator.\n'
    )
    hearing = (
        "Benghazi hearing\n\n"
        "Lawmakers questioned State Department officials on Wednesday about the attack in Benghazi.\n\n"
        "Greg Hicks, the deputy chief of mission, argued that Rice's comments so insulted the Libyan president -- "
        "since they contradicted his claims that the attack was premeditated -- that it slowed the FBI's "
        "investigation.\n\n"
        '"We did everything we could," said Tom Reyes, a department spokesman.\n'
    )
    contents = [c.content or "" for c in _analysis(hearing, "hearing.txt").claims]
    assert not [c for c in contents if "so insulted" in c]
    asked = [c.prompt for c in _prompts_items("true-false", story)]
    assert not [p for p in asked if "11 in 10" in p or "so insulted the Libyan president." in p]
    assert not [p for p in asked if "it could end" in p]


def test_from_sample_dy_a_caption_in_st_louis_keeps_its_place():
    from quizapp.generation.skills.photo import _scene

    class Caption:
        text = "FILE PHOTO: Supporters rally outside a clinic in St. Louis, Missouri, U.S. July 26, 2018. REUTERS/File"

    assert _scene(Caption) == "a rally in St. Louis, Missouri,"


def test_from_sample_dz_the_first_with_no_noun_and_a_lost_word_after_the():
    from quizapp.quality.flaws import _SLIPS
    from quizapp.quality.wording import context_reference

    assert context_reference("The first, which was a let-down to many, drew fewer than 1 million viewers.")
    assert context_reference("The second came a week later in Denver.")
    assert not context_reference("The first debate was held in Las Vegas.", standalone=False)
    assert _SLIPS.search("The had been living in the region since 1972.")
    assert not _SLIPS.search("He called himself a has-been, and the has-been label stuck.")


def test_from_sample_ea_a_height_and_a_revised_figure_are_not_changed_and_doubled_words_are_slips():
    from quizapp.quality.flaws import _SLIPS

    story = (
        "Brothers in the bombing\n\n"
        "Investigators searched the brothers' apartment in Cambridge on Friday, police said.\n\n"
        "At 6-foot-3, Tamerlan Tsarnaev was, by many accounts, an intimidating presence with strong views in recent "
        "years.\n\n"
        "The stimulus was initially priced at $787 billion, but later revised upward to $830 billion by the "
        "Congressional Budget Office.\n"
    )
    asked = [c.prompt for c in _prompts_items("true-false", story)]
    assert not [p for p in asked if "-foot-3" in p or "$830 billion" in p]
    assert _SLIPS.search("the matter had reached a point where the two could no longer could discuss it")
    assert _SLIPS.search("“I hope that Speaker Pelosi will put that on the House floor,’’ he …”")
    assert not _SLIPS.search("He could or could not come, and he would, he said, if he would be welcome.")


def test_from_sample_eb_words_the_statement_said_are_not_explained_as_named_beside_them():
    story = (
        "Turkey presses Saudi Arabia over killing\n\n"
        "Turkey on Monday pressed Saudi Arabia to say where the journalist's remains are, a year after his killing.\n\n"
        '"We will not let this case be forgotten," Turkish foreign ministry spokesperson Hami Aksoy said in a '
        "statement on Monday.\n\n"
        '"The fact that the remains are still unaccounted for is a fundamental deficiency in the interest of '
        'justice," the statement said.\n\n'
        '"The trial was not fair," said Lynn Maalouf, a researcher at Amnesty International.\n\n'
        '"We want the truth," said Hatice Cengiz, the journalist\'s fiancee.\n'
    )
    asked = [c for c in _prompts_items("quote-speaker", story) if "unaccounted for" in c.prompt]
    assert asked and all("right beside" not in c.explanation for c in asked)
    assert all("“the statement”" in c.explanation and "Hami Aksoy issued" in c.explanation for c in asked)


def test_from_sample_eb_a_firm_or_central_bank_economist_and_a_body_of_state_programs_get_no_source_type():
    from quizapp.generation.sources import classify

    assert classify("Daniel Silver", "economist of JPMorgan Chase", is_person=True) is None
    fed = "assistant vice president at the Federal Reserve Bank of St. Louis"
    assert classify("Bill Dupor", fed, is_person=True) is None
    assert classify("Ann Lee", "an economist at the Bank of England", is_person=True) is None
    plans = "chairman of the National Association of State Comprehensive Health Insurance Plans"
    assert classify("Michael Keough", plans, is_person=True) is None
    assert classify("Ann Lee", "an economist at Harvard University", is_person=True) == "expert"
    assert classify("Ann Lee", "chairman of the Federal Reserve", is_person=True) == "named-official"


def test_from_sample_eb_a_fellow_a_reflexive_fragment_and_a_top_office_get_no_credentials_item():
    from quizapp.generation.skills.source_credentials import is_a_role

    assert not is_a_role("Consul General himself")
    assert is_a_role("Turkish Consul General")
    story = (
        "Shooting at a newsroom\n\n"
        "Five people were killed at the Capital Gazette in Annapolis on Thursday, police said.\n\n"
        "Fellow staff member Selene San Felice told CNN her first reaction had been to lie down under her desk.\n\n"
        '"It is a sad day for the country," said Vice President Mike Pence.\n\n'
        '"We will keep publishing," said Rick Hutzell, the editor of the paper, in a statement on Friday.\n\n'
        '"The gunman was found hiding under a desk," said William Krampf, the acting police chief of Anne Arundel '
        "County.\n\n"
        '"Every resource is being used," said Maryland Governor Larry Hogan.\n'
    )
    items = _prompts_items("source-credentials", story)
    assert not [c for c in items if "San Felice" in c.prompt or "Fellow staff member" in c.answer]
    assert not [c for c in items if "Pence" in c.prompt or c.answer == ("Mike Pence",)]


def test_from_sample_eb_a_comparison_is_no_judgment_and_a_time_with_no_hour_is_no_specific():
    story = (
        "Masks and the virus\n\n"
        "Health officials on Monday urged people to wear masks in shops, a week after cases rose again.\n\n"
        '"It is always better to have a mask on than to not have a mask on, both for acquisition and for '
        'transmission," Anthony Fauci, the director of the National Institute of Allergy and Infectious Diseases, '
        "said.\n\n"
        "Lauer, 59, has been a part of many viewers' mornings since being named co-anchor of NBC's morning news "
        "program in 1997.\n"
    )
    items = _prompts_items("fact-opinion", story)
    assert not [c for c in items if "better to have a mask" in c.prompt]
    assert all("“morning”" not in c.explanation for c in items)


def test_from_sample_eb_a_summary_opening_on_the_reporters_description_is_not_asked_about():
    story = (
        "Press secretary search\n\n"
        "The transition team is still choosing a press secretary, aides said on Monday.\n\n"
        "Several sources told Washingtonian that Carl Higbie, a prominent cable news surrogate for Trump during the "
        "campaign, had interviewed for the position of press secretary.\n"
    )
    assert not [c for c in _prompts_items("reported-speech", story) if "Higbie" in c.prompt]


def test_from_sample_eb_no_person_is_put_in_a_crime_and_no_claim_is_moved_to_a_bodys_own_agency():
    from quizapp.generation.skills.true_false import _related_bodies, _swap

    story = (
        "Newsroom shooting\n\n"
        "Police arrested Daniel Morgan, a 38-year-old resident of Laurel, after the attack on the newspaper on "
        "Thursday, officials said.\n\n"
        "A reporter tweeted the charge sheet which shows that Daniel Morgan was charged with five counts of murder.\n\n"
        '"He had a grudge against us," said Rick Hutzell, the editor of the paper.\n\n'
        "Governor Larry Hogan visited the newsroom on Friday, and he met the families for two hours.\n\n"
        "President Donald Trump said he had spoken to Larry Hogan by telephone on Friday afternoon.\n\n"
        "According to UNICEF, the United Nations children's agency, 14% of Indonesian women marry young.\n"
    )
    analysis = _analysis(story, "story.txt")
    assert {"Daniel Morgan", "Donald Trump"} <= set(analysis.people())
    charged = next(s for s in analysis.sentences if "charged" in s.text)
    assert _swap(analysis, charged.text, charged.span.start_char, charged) is None  # not "Donald Trump was charged"
    assert _related_bodies(analysis, "the UN", "UNICEF")
    assert _related_bodies(analysis, "UNICEF", "the United Nations")
    assert not _related_bodies(analysis, "UNICEF", "Plan International")


def test_from_sample_eb_an_archive_clip_is_furniture_and_a_quotation_inside_a_quotation_has_no_speaker_item():
    from quizapp.articles.furniture import is_furniture
    from quizapp.generation.skills.quote_speaker import nested_quotation

    clip = (
        "From the Archives Attorney General Jeff Sessions on Wednesday defended his role in the firing of former "
        "FBI Director James Comey. Photo: Getty (Originally Published October 18, 2017)"
    )
    assert is_furniture(clip)
    assert is_furniture("Sessions defended his role on Wednesday. (Originally published Oct. 18, 2017)")
    assert not is_furniture("The archives of the FBI were opened on Wednesday to reporters from the paper.")
    sentence = (
        "“We submitted the manuscript on the assurance that the “contents of the manuscript will not be disclosed "
        'to any persons not involved in that process," Cooper said in a statement.'
    )
    assert nested_quotation(
        sentence, "contents of the manuscript will not be disclosed to any persons not involved in that"
    )
    assert not nested_quotation("“We are ready,” he said, “and we will win.”", "and we will win.")


def test_voices_offers_only_people_the_article_never_lets_speak():
    story = (
        "Council votes to close the old bridge\n\n"
        "The city council voted on Monday to close the Elm Street bridge, which Mayor Anna Ruiz opened in 1998.\n\n"
        '"The bridge is no longer safe for cars or for people on foot," said Tom Becker, the city engineer.\n\n'
        "The bridge was named after Frank Oduya, a local teacher who died in 1990.\n\n"
        "Repairs would cost $4 million, according to Laura Chen, the council's budget officer.\n\n"
        "Councillor Mark Ellis voted against the closure. He said the city should fix the bridge instead.\n\n"
        "Governor Ruth Palmer visited the bridge in 2015 with Senator Paul Okafor.\n\n"
        "The bridge will close on June 1, and a ferry will run while a new bridge is built.\n"
    )
    items = _prompts_items("voices", story)
    assert len(items) == 1
    item = items[0]
    assert item.answer == ("Tom Becker",)
    assert "Laura Chen" not in item.choices and "Mark Ellis" not in item.choices  # they speak, without marks
    assert set(item.choices) - {"Tom Becker"} <= {"Anna Ruiz", "Frank Oduya", "Ruth Palmer", "Paul Okafor"}
    assert len(item.choices) >= 3
    assert "“The bridge is no longer safe" in item.explanation
    # someone who speaks through a pronoun right after their name is no silent person
    quoted_after = story.replace(
        "Governor Ruth Palmer visited the bridge in 2015 with Senator Paul Okafor.",
        'Governor Ruth Palmer visited the bridge in 2015. "We will find the money," she said.',
    )
    assert all("Ruth Palmer" not in c.choices for c in _prompts_items("voices", quoted_after))
    interviewed = story.replace(
        "Governor Ruth Palmer visited the bridge in 2015 with Senator Paul Okafor.",
        "Becker spoke in an interview with the Daily Courier's chief correspondent Ruth Palmer on Sunday.",
    )
    assert all("Ruth Palmer" not in c.choices for c in _prompts_items("voices", interviewed))


def test_from_samples_ec_and_ed_former_posts_group_offices_advisers_and_a_places_head_get_no_source_type():
    from quizapp.generation.sources import classify

    assert classify("Jorge Castañeda", "an ex-foreign minister", is_person=True) is None
    aclu = "director of the American Civil Liberties Union's Washington Legislative Office"
    assert classify("Laura W. Murphy", aclu, is_person=True) is None
    assert classify("Armando Falcon", "chief executive at Falcon Capital Advisors", is_person=True) is None
    assert classify("Carrie Lam", "Hong Kong's chief executive", is_person=True) is None
    doj = "director of the Justice Department's Office of Public Affairs"
    assert classify("Jo Pell", doj, is_person=True) == "named-official"
    assert classify("Jo Pell", "chief executive of Ceres Robotics", is_person=True) == "advocate"


def test_from_samples_ec_and_ed_who_a_source_is_told_twice_or_of_the_nearer_name():
    story = (
        "Leaders mark the anniversary\n\n"
        "Leaders gathered on Monday to mark the 75th anniversary of the camp's liberation.\n\n"
        "Young boys are afraid to wear skullcaps on the streets of Paris Ronald S Lauder, President of the World "
        "Jewish Congress\n\n"
        'Ronald S Lauder, president of the World Jewish Congress, told the commemoration: "Jews are targeted in '
        'Europe once again."\n\n'
        "Justices Clarence Thomas and Neil Gorsuch issued a dissent on Monday.\n\n"
        "But Thomas and Gorsuch – the court’s newest member – called the decision “indefensible.”\n"
    )
    asked = [c.prompt for c in _prompts_items("evidence", story)]
    assert not [p for p in asked if "Lauder" in p or "Thomas" in p]
    assert _analysis(story, "story.txt").descriptions.get("Clarence Thomas") != "court’s newest member"


def test_from_samples_ec_and_ed_a_writers_own_voice_a_wh_clause_a_procedure_and_a_described_place():
    from quizapp.generation.skills.fact_opinion import _judgment_words
    from quizapp.quality.wording import context_reference, is_garbled

    assert "may" not in _judgment_words("People are feeling concerned about what the future may hold.")
    assert "must" not in _judgment_words("The outcome of such cases must await further elaboration in the courts.")
    assert "must" in _judgment_words("The council must act now to fix the bridge.")
    assert is_garbled("The yield TMUBMUSD10Y, -19.60% fell to a record low below 1.32% earlier Tuesday.")
    assert not is_garbled("The Dow fell 2.3%, and the S&P 500 lost 1.9% on Tuesday.")
    assert context_reference("In 2015, it extended same-sex marriage nationwide.")
    assert not context_reference("In 2015, the court extended same-sex marriage nationwide.")
    story = (
        "Virus hits factories in Asia and Europe\n\n"
        "Stocks fell on Tuesday as the virus spread to Italy, Spain and Japan, traders said.\n\n"
        "The virus has virtually crippled swaths of manufacturing in China, the second largest economy in the "
        "world.\n\n"
        "Italy closed its schools on Wednesday, and Spain shut its borders on Thursday.\n\n"
        "Japan cancelled its games.\n"
    )
    assert not [c for c in _prompts_items("detail", story) if "_____, the second largest" in c.prompt]
    column = (
        "Hickenlooper's campaign is over\n\n"
        "On Thursday, former Colorado Gov. John Hickenlooper announced he was dropping out of the race.\n\n"
        "Many of the problems we identified with the campaign when he entered the race came true.\n\n"
        "Our model gave him a small chance, and we said so at the time.\n\n"
        '"He would be a strong candidate for the Senate," said Andrew Romanoff, a rival in that race.\n\n'
        '"I am not running for the Senate," said Mike Johnston, another candidate.\n'
    )
    assert _prompts_items("framing", column) == []


def test_from_sample_ec_a_decision_told_again_by_its_author_is_no_wrong_main_event():
    story = (
        "Supreme Court lets cross stand on public land\n"
        "\n"
        "The Supreme Court ruled Thursday that a giant Latin cross on government land in Bladensburg, "
        "Maryland, does not have to be moved or altered.\n"
        "\n"
        "The case was brought by the American Humanist Association, which said the cross favoured one "
        "religion over others.\n"
        "\n"
        "The opinion by Justice Samuel Alito concluded that the memorial does not violate the Constitution "
        "because of its long history.\n"
        "\n"
        "Conceived in 1919 by mothers of fallen soldiers, the memorial was completed by the American Legion "
        "six years later.\n"
        "\n"
        "The cross stands 40 feet tall at a busy crossroads near the capital and is owned by a state parks "
        "commission.\n"
        "\n"
        "Residents of the town held a small celebration near the memorial on Thursday evening after the decision.\n"
        "\n"
        "Several veterans groups had urged the justices to leave the memorial in place for the families of "
        "the dead.\n"
    )
    choices = [c for item in _prompts_items("main-event", story) for c in item.choices]
    assert not [c for c in choices if "concluded" in c]


def test_from_sample_ee_a_list_under_a_plural_title_a_title_in_a_name_and_a_winning_majority_are_not_asked():
    from quizapp.generation.skills.true_false import _PLURAL_TITLE_LIST
    from quizapp.quality.wording import context_reference

    assert _PLURAL_TITLE_LIST.search("Roberts wrote the opinion, joined by Justices Anthony Kennedy, ")
    assert _PLURAL_TITLE_LIST.search("The bill was backed by Sens. Elizabeth Warren and ")
    assert not _PLURAL_TITLE_LIST.search("The opinion was joined by Justice Anthony Kennedy and by ")
    assert context_reference("Among other things, the guidelines advised working from home if possible.")
    vote = (
        "Poll shows a close race\n\n"
        "The president's approval rating fell to 39 percent in a poll released on Tuesday.\n\n"
        "In 2012, Obama went on to win with 51 percent of the vote.\n\n"
        "Donald Trump won the South Carolina primary on Saturday with 33 percent of the vote.\n"
    )
    asked = [c.prompt for c in _prompts_items("number", vote)]
    assert not [p for p in asked if "win with _____" in p]


def test_from_sample_ee_two_voices_of_one_body_and_a_candidate_behind_a_titles_stop():
    from quizapp.generation.skills.source_type import _no_title_stops

    assert _no_title_stops("candidate, Kentucky Sen. Rand Paul, hit") == "candidate, Kentucky Sen  Rand Paul, hit"
    poll = (
        "Poll finds support slipping\n\n"
        "Support for the president slipped among his own voters in a new poll released on Tuesday.\n\n"
        '"For the first time, we saw a pattern of his base cracking," said Lee Miringoff, director of the Marist '
        "Institute for Public Opinion, which conducted the poll.\n\n"
        "Most voters said the economy was their first concern, the poll found.\n\n"
        'Barbara Carvalho, director of the poll, added, "It is unusual to see such a low rating."\n'
    )
    assert _prompts_items("framing", poll) == []
    race = (
        "Clinton avoids reporters\n\n"
        "Hillary Clinton has not taken questions from reporters for a month, her rivals said on Sunday.\n\n"
        "Another Republican presidential candidate, Kentucky Sen. Rand Paul, hit Mrs. Clinton for ducking "
        "questions.\n\n"
        "“The same question ought to be asked of Hillary Clinton,” Mr. Paul said on NBC’s “Meet the Press.”\n\n"
        "“She should answer questions,” said Reince Priebus, the chairman of the Republican National Committee.\n"
    )
    assert not [c for c in _prompts_items("source-type", race) if "Rand Paul" in c.prompt]


def test_from_sample_ef_counts_the_sentence_lists_records_sign_up_lines_and_cut_names():
    from quizapp.articles.furniture import is_furniture

    story = (
        "Senators press on North Korea\n\n"
        "The State Department is reviewing its list of sponsors of terrorism, officials said on Monday.\n\n"
        "Last month, 12 senators — six Republicans and six Democrats — urged Tillerson to put North Korea back on "
        "the list.\n\n"
        "Trump sees three main issues: several provisions sunset, inspectors cannot see some sites, and it does not "
        "address the missile program.\n\n"
        "Police arrested 40 people at the protest on Friday, and the city paid $2 million in damages.\n"
    )
    asked = [c.prompt for c in _prompts_items("number", story)]
    assert not [p for p in asked if "_____ senators" in p or "_____ main issues" in p]
    assert is_furniture("Get the Monitor Stories you care about delivered to your inbox.")
    assert not is_furniture("The ballots were delivered to the county office in sealed boxes on Tuesday morning.")
    records = (
        "Bomb plot case\n\n"
        "A judge on Monday refused to throw out the conviction of a man in a foiled bombing plot.\n\n"
        "Federal Bureau of Prisons records indicate Mohamud is now living in a medium-security facility.\n\n"
        '"The case was handled properly," said Andrew Ames, a Justice Department spokesman.\n\n'
        "Oregon U.S. Attorney S. Amanda Marshall filed a notice in the case on Friday.\n\n"
        '"We will appeal," said Garr King, a lawyer for the defendant.\n'
    )
    assert not [c for c in _prompts_items("source-type", records) if "records" in c.prompt]
    analysis = _analysis(records, "records.txt")
    assert analysis._cut_from_a_longer_name("S. Amanda")
    assert not analysis._cut_from_a_longer_name("Andrew Ames")


def test_from_sample_ef_a_stated_position_holds_no_judgment_and_a_mandate_is_no_plain_fact():
    from quizapp.generation.skills.fact_opinion import _MANDATE, _judgment_words

    stated = "President Obama has made clear that, should diplomacy fail, force might be necessary to deter Assad."
    assert _judgment_words(stated) == []
    assert "might" in _judgment_words("Force might be necessary to deter Assad.")
    assert _MANDATE.search("Rep. Billy Long, R-Missouri, was elected in 2010 to cut Washington spending.")
    assert not _MANDATE.search("Rep. Billy Long, R-Missouri, was elected in 2010 and again in 2012.")


def test_from_sample_ef_heroics_are_a_judgment_word():
    from quizapp.generation.skills.fact_opinion import _LOADED_NOUNS

    assert _LOADED_NOUNS.search("Officer Smith performed his heroics in front of a crowd on Tuesday.")
    assert not _LOADED_NOUNS.search("Officer Smith pulled two people from the river on Tuesday.")
