"""The item-writing-flaw checker: one invented bad item per failure class, each caught; and a good item passes.

The examples are made up in the style of the failures found on real stories; none is taken from them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.articles.furniture import is_furniture
from quizapp.quality import ItemText, check
from quizapp.quality.wording import context_reference, evaluative_words, is_garbled

ARTICLE = (
    "Harbour town fines ferry operator\n\n"
    "The harbour authority of Port Alder fined the Blue Line ferry company 86,000 dollars on Tuesday, its "
    "director, Mara Quist, said. Some 3.2 % of sailings were late last year. The ATR 72 aircraft landed at "
    "Alder field. Inspectors found 88 faults. Nepal's aviation authority grounded two planes. Iranian officials "
    "declined to comment. FBI spokeswoman Dana Roy said the inquiry was closed."
)
GOOD_EXPLANATION = (
    "The harbour authority's director gave the figure, so the number comes from the body that set the fine; "
    "note who counted before you repeat it."
)


def item(**fields) -> ItemText:
    base = {
        "type": "single",
        "prompt": "Fill in the blank from the article: “Inspectors found _____ faults.”",
        "choices": ("88", "69", "112", "141"),
        "answer": ("88",),
        "explanation": GOOD_EXPLANATION,
        "evidence": ("Inspectors found 88 faults.",),
    }
    base.update(fields)
    return ItemText(**base)


def tf_item(text: str, answer: str = "True", **fields) -> ItemText:
    """A true/false item on `text`."""
    prompt = f"True or false? According to the article: {text}"
    return item(type="true_false", prompt=prompt, choices=("True", "False"), answer=(answer,), **fields)


def codes(text: ItemText, article: str | None = ARTICLE) -> set[str]:
    return {flaw.code for flaw in check(text, article)}


def test_a_well_written_item_has_no_flaw():
    assert codes(item()) == set()


# 3. The right answer stands out by its form.
@pytest.mark.parametrize(
    ("choices", "answer", "code"),
    [
        (("16.057 %", "36.1 %", "6.1 %", "26.1 %"), "16.057 %", "number-precision"),
        (("3.2 %", "13.2 %", "23.2 %", "33.2 %"), "3.2 %", "number-digits"),
        (("88", "44", "176", "880"), "88", "number-multiples"),
        (("5.00", "4", "7", "9"), "5.00", "number-precision"),
        (("around 2.75", "around 3.41", "around 3.71", "around 3.08"), "around 2.75", "number-whole"),
        (
            ("The harbour authority", "Blue Line ferry company", "Port Alder council", "Mara Quist"),
            "The harbour authority",
            "form-determiner",
        ),
        (("Mara Quist's", "Dana Roy", "Port Alder", "Blue Line"), "Mara Quist's", "form-possessive"),
        (("Mara Quist", "Roy", "Alder", "Line"), "Mara Quist", "form-name"),
        (
            (
                "The harbour authority of Port Alder fined the Blue Line ferry company on Tuesday after a long inquiry",
                "Sailings were late",
                "Inspectors found faults",
                "Two planes were grounded",
            ),
            "The harbour authority of Port Alder fined the Blue Line ferry company on Tuesday after a long inquiry",
            "form-length",
        ),
    ],
)
def test_form_cues(choices, answer, code):
    assert code in codes(item(choices=choices, answer=(answer,), prompt="Which is right?"))


# 4. Broken grammar from a swap.
@pytest.mark.parametrize(
    "statement",
    [
        "a Iranian magazine reported the fine.",
        "The Nepal's aviation authority grounded two planes.",
        "The fine ended a standoff between Washington and the United States.",
    ],
)
def test_broken_grammar_after_a_swap(statement):
    text = tf_item(f"{statement}", answer="False")
    assert "grammar" in codes(text)


# 5. Silly or invented wrong choices.
def test_invented_names_fragments_and_things_that_cannot_speak():
    assert "invented-name" in codes(
        item(
            prompt="Who said “the inquiry was closed”?",
            choices=("Dana Roy", "Mara Quist", "David Chen"),
            answer=("Dana Roy",),
        )
    )
    assert "fragment" in codes(
        item(prompt="Who fined the company?", choices=("Mara Quist", "Late Sen.", "Dana Roy"), answer=("Mara Quist",))
    )
    assert "fragment" in codes(
        item(
            prompt="Who said it?",
            choices=("Dana Roy", "Intelligence Committee Chairman Rep.", "Mara Quist"),
            answer=("Dana Roy",),
        )
    )
    assert "non-speaker" in codes(
        item(
            prompt="Who said “the inquiry was closed” in this article?",
            choices=("Dana Roy", "A report", "Mara Quist"),
            answer=("Dana Roy",),
        )
    )


# 6. Two defensible answers: a wrong choice that is part of the key.
def test_overlapping_choices():
    assert "overlapping-choices" in codes(
        item(
            prompt="Who said it?",
            choices=("Police Chief Dana Roy", "Police", "Mara Quist"),
            answer=("Police Chief Dana Roy",),
        )
    )


def test_two_choices_with_one_surname_may_be_one_person():
    choices = ("Sheriff Dana Roy", "Tom Roy", "Mara Quist", "Ann Lee")
    assert "overlapping-choices" in codes(item(prompt="Who said it?", choices=choices, answer=("Mara Quist",)))


# 7. Fact or judgment keyed wrongly, and explanations citing words the sentence does not hold.
def test_fact_keyed_for_a_characterisation():
    text = item(
        prompt="Is this statement from the article a checkable fact or a judgment? “The sweeping fine was its "
        "harshest yet.”",
        choices=("A checkable fact", "A judgment or prediction"),
        answer=("A checkable fact",),
    )
    assert "fact-keyed-judgment" in codes(text)


def test_explanation_citing_hedges_that_are_not_there():
    text = item(
        prompt="Is this statement from the article a checkable fact or a judgment? “Inspectors found 88 faults.”",
        choices=("A checkable fact", "A judgment or prediction"),
        answer=("A judgment or prediction",),
        explanation="The speaker is giving a view: words such as “unlikely”, “may” or “should” mark a judgment.",
    )
    assert "untrue-explanation" in codes(text)


# 9. Page furniture, context-free text, text pasted into items.
@pytest.mark.parametrize(
    "statement",
    [
        "Ivan led that company for a decade.",
        "The ratio was similar.",
        "Fines rose in this zone.",
        "He fined the company.",
    ],
)
def test_statements_that_need_the_article_around_them(statement):
    text = tf_item(f"{statement}", answer="True")
    assert "context-free" in codes(text)


@pytest.mark.parametrize("statement", ["Will the ferries run again?", "What a day it was!"])
def test_questions_and_exclamations_are_not_statements(statement):
    text = tf_item(f"{statement}", answer="True")
    assert "not-a-statement" in codes(text)


@pytest.mark.parametrize(
    "line",
    [
        "Related: Ferry firms face new rules",
        "ALSO: Port Alder votes on harbour fees",
        "NOTEWORTHY",
        "© 2024 Harbour News. All rights reserved.",
        "Read more: the full ruling",
        "Sign up for our newsletter",
    ],
)
def test_page_furniture_is_recognised(line):
    assert is_furniture(line)
    text = tf_item(f"{line}.", answer="True", evidence=(line,))
    assert "furniture" in codes(text)


def test_story_sentences_are_not_furniture():
    assert not is_furniture("Inspectors found 88 faults in the ferries, the harbour authority said on Tuesday.")
    assert not is_furniture("Related companies were not fined.", whole_paragraph=False)


def test_dateline_in_a_prompt():
    text = item(prompt="Fill in the blank: “PORT ALDER (Reuters) - Inspectors found _____ faults.”")
    assert "dateline-in-prompt" in codes(text)


def test_key_visible_elsewhere_in_the_prompt():
    text = item(
        prompt="Fill in the blank from the article: “The ATR _____ aircraft landed at Alder field.” "
        "(ATR 72 is the model)",
        choices=("72", "56", "91", "105"),
        answer=("72",),
    )
    assert "key-in-stem" in codes(text)


def test_a_word_of_the_question_repeated_only_in_the_answer():
    kinds = ("A named official", "An independent expert", "State-run media")
    text = item(
        prompt="What kind of source is the harbour authority's report in this article?",
        choices=("A document or report", *kinds),
        answer=("A document or report",),
    )
    assert "clang" in codes(text)
    # Shared by a wrong choice too, or only inside the article's quoted words: no cue.
    fair = item(
        prompt="What kind of source is the harbour authority's director in this article?",
        choices=("A named official", "An unnamed official", "An independent expert", "State-run media"),
        answer=("A named official",),
    )
    assert "clang" not in codes(fair)
    quoted = item(
        prompt="Read this: “Mara Quist said the ferry might be sold.” What does “might” tell you about how sure "
        "Mara Quist is?",
        choices=(
            "Mara Quist thinks it is possible, but is not certain",
            "Mara Quist states it as a known fact",
            "Mara Quist is repeating what someone else said",
            "Mara Quist says it is certain to happen",
        ),
        answer=("Mara Quist thinks it is possible, but is not certain",),
    )
    assert "clang" not in codes(quoted)


def test_absolute_words_in_the_wrong_choices_only():
    cued = item(
        prompt="Read this: Ann Lee said the ferry was late. Does the article give these as Ann Lee's exact words?",
        choices=(
            "No: it reports what was said in its own words",
            "Yes: the verb “said” always introduces a speaker's exact words",
            "Yes: a reporter always writes down speech exactly as it was spoken",
            "No: the words are the reporter's own opinion",
        ),
        answer=("No: it reports what was said in its own words",),
    )
    assert "absolutes" in codes(cued)
    one = item(
        prompt=cued.prompt,
        choices=(*cued.choices[:2], "Yes: the reporter wrote it down word for word", cued.choices[3]),
        answer=cued.answer,
    )
    assert "absolutes" not in codes(one)  # a single absolute is no pattern to learn
    article = "Ann Lee said the ferry was never on time. She said it always left late."
    copied = item(
        prompt="Which sentence does the article give?",
        choices=("Ann Lee said the ferry was late", "She said it always left late", "the ferry was never on time"),
        answer=("Ann Lee said the ferry was late",),
    )
    assert "absolutes" not in codes(copied, article)  # the article's own words are not the writer's cue


def test_doubled_quote_marks():
    text = item(explanation="The sentence is: ““Inspectors found 88 faults.”” " + GOOD_EXPLANATION)
    assert "doubled-quotes" in codes(text)


def test_garbled_table_text():
    assert is_garbled("one MPof the Co-operative party")
    assert "garbled" in codes(item(prompt="Fill in the blank: “Relative to seats at dissolution _____ = 3”"))


# 10. Explanations that teach nothing, or say something untrue.
def test_an_explanation_that_repeats_the_article():
    text = tf_item(
        "Inspectors found 88 faults.",
        answer="True",
        explanation="True. The article says so: “Inspectors found 88 faults.”",
    )
    assert "echo-explanation" in codes(text)


def test_dates_are_not_durations_and_approximations_are_not_exact():
    year = item(
        prompt="Fill in the blank: “The port opened in _____.”",
        choices=("1999", "1996", "2002", "1993"),
        answer=("1999",),
        explanation="Dates tell you how long a situation has lasted; check them before "
        "comparing events, as every careful reader should.",
    )
    assert "untrue-explanation" in codes(year)
    approximate = item(
        prompt="Fill in the blank: “Repairs cost _____ dollars.”",
        choices=("400-some", "300-some", "500-some", "600-some"),
        answer=("400-some",),
        explanation="An exact figure like this can be checked against the records of the port, "
        "which every careful reader should do.",
    )
    assert "untrue-explanation" in codes(approximate)


def test_word_lists():
    assert evaluative_words("a raunchy show and a sweeping law under near-constant attack by its most vocal critics")
    assert evaluative_words("Inspectors found 88 faults on Tuesday.") == []
    assert context_reference("Fines rose in this zone.") == "this zone"
    assert context_reference("Fines rose this year.") is None
    # "the rest", "the others": of a set the sentence does not name
    assert context_reference("The rest of the money went to schools on Monday.")
    assert context_reference("The others were freed in 2019.")
    assert context_reference("The rest area on Route 9 closed in 2019.") is None


def test_a_an_before_numbers_and_words():
    from quizapp.quality.wording import indefinite_article

    assert [indefinite_article(w) for w in ("8.1", "11-year-old", "18", "12", "800", "hour", "European", "FBI")] == [
        "an",
        "an",
        "an",
        "a",
        "an",
        "an",
        "a",
        "an",
    ]


def test_typos_copied_from_the_article_are_caught():
    article = ARTICLE + " The secretery of the harbour board resigned."
    text = tf_item("The secretery of the harbour board resigned.", answer="True")
    assert "typo" in codes(text, article)
    assert "typo" not in codes(item(prompt="Fill in the blank: “The port was datelined _____.”"), ARTICLE)


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(["single", "multiple", "true_false", "short", "evidence"]),
    prompt=st.text(max_size=120),
    choices=st.lists(st.text(max_size=40), max_size=5),
    explanation=st.text(max_size=200),
    article=st.one_of(st.none(), st.text(max_size=300)),
)
def test_the_checker_never_fails_on_odd_text(kind, prompt, choices, explanation, article):
    """Hand-written banks hold anything: the checker reports flaws, it never raises (no traceback in lint)."""
    answer = tuple(choices[:1])
    flaws = check(ItemText(kind, prompt, tuple(choices), answer, explanation, tuple(choices[1:2])), article)
    assert all(flaw.code and flaw.message for flaw in flaws)


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("unnamed", "an"),
        ("unidentified", "an"),
        ("union", "a"),
        ("Ukrainian", "a"),
        ("U.S.-led", "a"),
        ("unilateral", "a"),
        ("upset", "an"),
        ("user", "a"),
    ],
)
def test_a_or_an_before_u_words_without_loading_inflect(word, article):
    from quizapp.quality.wording import _quick_article

    assert _quick_article(word) == article


def test_quotations_inside_a_quotation_are_made_single():
    from quizapp.textnorm import nest_quotes

    prompt = "Fill in the blank: “The service offers films such as “Star Wars,” and “Bambi.””"
    assert "doubled-quotes" in codes(item(prompt=prompt))
    assert nest_quotes(prompt) == "Fill in the blank: “The service offers films such as ‘Star Wars,’ and ‘Bambi.’”"
    assert "doubled-quotes" not in codes(item(prompt=nest_quotes(prompt)))
    assert nest_quotes('The article says: “He called it "a mess" today.”') == (
        "The article says: “He called it ‘a mess’ today.”"
    )
    unpaired = "Who said “We had some issues in this article?"
    assert nest_quotes(unpaired) == unpaired


def test_a_shop_price_key_among_figures_that_do_not_end_like_one():
    text = item(
        prompt="Fill in the blank from the article: “The drone sells for $_____ in stores.”",
        choices=("399", "247", "507", "311"),
        answer=("399",),
    )
    assert "number-price" in codes(text)
    counted = item(
        prompt="Fill in the blank from the article: “The attack killed _____ civilians.”",
        choices=("95", "74", "59", "45"),
        answer=("95",),
    )
    assert "number-price" not in codes(counted)


def test_a_possessive_offered_as_a_speaker():
    text = item(
        prompt="Who said “the harbour will stay open” in this article?",
        choices=("Mara Quist", "Elizabeth II's", "Dana Roy"),
        answer=("Mara Quist",),
    )
    assert "non-speaker" in codes(text)


@pytest.mark.parametrize(
    "statement",
    [
        "Analysts say it will further embolden the harbour authority.",
        "The operator estimates that could be more like 300 sailings.",
        "To get a weekly figure, divide the total by 52 weeks.",
        "Each group of ferries below earns one berth:",
    ],
)
def test_statements_that_lean_on_words_outside_them(statement):
    assert context_reference(statement)


def test_a_country_that_takes_the_is_written_with_it():
    from quizapp.quality.flaws import country_phrase

    assert country_phrase("United States") == "the United States"
    assert country_phrase("Netherlands") == "the Netherlands"
    assert country_phrase("France") == "France"
    text = item(
        prompt="The story is about United States but is datelined Havana, Cuba. What does that tell you?",
        choices=("It was filed from abroad", "It was filed in the United States", "It is an opinion", "It is old"),
        answer=("It was filed from abroad",),
    )
    assert "grammar" in codes(text)
    assert "grammar" not in codes(
        item(prompt=text.prompt.replace("about United", "about the United"), choices=text.choices, answer=text.answer)
    )


# Classes found by a blind review of outside web news (each example invented).
def test_an_unclosed_quotation_mark_or_bracket_is_a_flaw():
    assert "unbalanced" in codes(
        item(prompt="Who said that the usual rain is 5 inches (127 millimetres?", choices=("Dana Roy", "Mara Quist"))
    )
    cut = "Sailings” campaign did not please Mara Quist, the director."
    assert "unbalanced" in codes(
        item(type="evidence", prompt="Click the sentence that tells you who Mara Quist is.", choices=(), answer=(cut,))
    )
    assert "unbalanced" not in codes(item(prompt="Who said “the inquiry was closed” (on Tuesday)?"))


def test_a_title_on_the_key_alone_gives_it_away():
    choices = ("Superintendent Dana Roy", "Mara Quist", "Tom Reyes", "Ann Lee")
    assert "form-title" in codes(item(prompt="Who said it?", choices=choices, answer=(choices[0],)))
    plain = ("Dana Roy", "Mara Quist", "Tom Reyes", "Ann Lee")
    assert "form-title" not in codes(item(prompt="Who said it?", choices=plain, answer=("Dana Roy",)))


def test_a_wrong_choice_the_question_itself_rules_out():
    blank = "“Fares rose, said _____, who heads a group that has praised Quist's plans.”"
    choices = ("Dana Roy", "Mara Quist", "Tom Reyes", "Ann Lee")
    assert "choice-in-stem" in codes(item(prompt=f"Fill in the blank: {blank}", choices=choices, answer=("Dana Roy",)))
    sums = "“The line runs _____ ferries (10 were added after the first dozen).”"
    assert "choice-in-stem" in codes(
        item(prompt=f"Fill in the blank: {sums}", choices=("22", "17", "14", "10"), answer=("22",))
    )


def test_only_the_key_being_a_round_figure_gives_it_away():
    assert "number-round" in codes(item(choices=("13.60", "11.97", "15.23", "16.86"), answer=("13.60",)))
    assert "number-round" not in codes(item(choices=("13.60", "11.90", "15.20", "16.80"), answer=("13.60",)))


@pytest.mark.parametrize(
    "statement",
    [
        "A search of the vehicle found 30 grams of the drug.",
        "The men were flown out of the region on army helicopters.",
        "Many residents will deplore that decision.",
        "For context, that's less than 2% of the budget.",
        "Phones have seen price rises, too, said Dana Roy.",
        "Today's deal is a $60 saving on the usual price.",
        "Firefighters said it started in the kitchen.",
        "Labour had proposed the idea too.",
        "Ministers want to correct that imbalance.",
        "Latest figures suggest it has sold more than 677,000 copies.",
        "The book was made into a film in 1967.",
    ],
)
def test_statements_that_lean_on_a_sentence_before_them(statement):
    assert "context-free" in codes(tf_item(statement))


def test_a_blank_sentence_may_point_to_the_article_around_it():
    assert context_reference("A search of the vehicle found _____ grams.", standalone=False) is None
    assert context_reference("A search of the vehicle found 30 grams.") == "the vehicle"


def test_a_source_glued_to_the_words_it_reported():
    glued = "According to the article, who said that NPR Dana Roy had left the harbour?"
    assert "garbled" in codes(item(prompt=glued, choices=("Mara Quist", "Tom Reyes", "Ann Lee"), answer=("Ann Lee",)))
    plain = "According to the article, who said that the NHS had closed the ward?"
    assert "garbled" not in codes(
        item(prompt=plain, choices=("Mara Quist", "Tom Reyes", "Ann Lee"), answer=("Ann Lee",))
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Plus, the line costs $4 million a year.",
        "The director, however, said fares would rise.",
        "Anyone younger must wait.",
    ],
)
def test_statements_that_continue_a_sentence_before_them(statement):
    assert "context-free" in codes(tf_item(statement))


def test_a_british_title_on_the_key_alone_and_a_verb_glued_to_a_name():
    choices = ("Ms Cooper", "Mara Quist", "Tom Reyes", "Ann Lee")
    assert "form-title" in codes(item(prompt="Who said it?", choices=choices, answer=("Ms Cooper",)))
    glued = ("Said Mr Bysshe", "Mara Quist", "Tom Reyes")
    assert "garbled" in codes(item(prompt="Who said it?", choices=glued, answer=("Mara Quist",)))


def test_inside_quotation_marks_counts_straight_and_curly_marks_together():
    from quizapp.textnorm import inside_quotation_marks

    text = '"We will win," vowed Ann Lee, who "may run" again.'
    assert inside_quotation_marks(text, text.index("win"))
    assert not inside_quotation_marks(text, text.index("Ann"))
    assert inside_quotation_marks(text, text.index("run"))
    mixed = '"We will sue,” vowed former Attorney General Eric Holder.'  # opens straight, closes curly
    assert not inside_quotation_marks(mixed, mixed.index("Eric"))
