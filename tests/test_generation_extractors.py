"""Each extractor on sentences of its own."""

from __future__ import annotations

import pytest
from generation_support import doc

from quizapp.generation.entities import vote_labels
from quizapp.generation.extract.anonymity import find_unnamed_sources
from quizapp.generation.extract.hedges import find_hedges
from quizapp.generation.extract.numbers import find_quantities
from quizapp.generation.extract.people import find_people
from quizapp.generation.extract.quotes import find_quote_spans
from quizapp.generation.extract.speakers import speech_in
from quizapp.generation.gazetteer import party_of, same_party

pytestmark = pytest.mark.slow


def test_quote_spans_straight_curly_and_run_on():
    text = '“We are here to help,” he said. "It will take time," she added. “This part runs on'
    spans = find_quote_spans(text)
    assert [s.text for s in spans] == ["We are here to help,", "It will take time,", "This part runs on"]
    assert [s.runs_on for s in spans] == [False, False, True]


def test_short_scare_quotes_are_not_quotations():
    assert find_quote_spans("Officials called it a “mistake” on Monday.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "person", "appositive"),
    [
        (
            "“It is unlikely,” said John Lechner, Africa analyst and author on the Wagner Group.",
            "John Lechner",
            "John Lechner",
            "Africa analyst and author on the Wagner Group",
        ),
        (
            "“We are here to train,” one of the Russian trainers said in the broadcast.",
            "one of the Russian trainers",
            None,
            None,
        ),
        (
            "The report by Niger’s state television said the plane arrived.",
            "The report by Niger’s state television",
            None,
            None,
        ),
        (
            "A senior U.S. official, who spoke on condition of anonymity, said talks went on.",
            "A senior U.S. official",
            None,
            None,
        ),
    ],
)
def test_speakers(sentence, speaker, person, appositive):
    parsed = doc(sentence)
    blocked = [(q.start, q.end) for q in find_quote_spans(parsed.text)]
    (speech,) = speech_in(next(iter(parsed.sents)), blocked)
    assert (speech.speaker, speech.person, speech.appositive) == (speaker, person, appositive)


def test_pronoun_speaker_is_returned_as_written():
    parsed = doc("But he added that, “Such cooperation is unlikely.”")
    blocked = [(q.start, q.end) for q in find_quote_spans(parsed.text)]
    (speech,) = speech_in(next(iter(parsed.sents)), blocked)
    assert (speech.speaker, speech.verb) == ("he", "added")


@pytest.mark.parametrize(
    ("sentence", "source", "reason"),
    [
        (
            "A senior U.S. official, who spoke on condition of anonymity to discuss ongoing talks, said so.",
            "A senior U.S. official",
            "to discuss ongoing talks",
        ),
        (
            "Two police officers, speaking on condition of anonymity because they were not authorized to "
            "speak publicly, said the road was closed.",
            "Two police officers",
            "because they were not authorized to speak publicly",
        ),
        ("A diplomat who asked not to be named said the talks failed.", "A diplomat", None),
    ],
)
def test_unnamed_sources(sentence, source, reason):
    (found,) = find_unnamed_sources(sentence)
    assert (found.source, found.reason) == (source, reason)


def test_named_source_is_not_unnamed():
    assert find_unnamed_sources("Mayor Ann Lee said the road would reopen.") == []


def test_hedges():
    found = [h.text for h in find_hedges("He said the government may be trying to compel them; that is unlikely.")]
    assert found == ["may be trying to", "unlikely"]
    assert find_hedges("The vote was held on May 5.") == []


def test_quantities_with_hedge_noun_and_years():
    parsed = doc("As recently as December, some 600 U.S. troops were stationed in Niger. Since 2012, it has worsened.")
    found = {(q.text, q.hedge, q.noun, q.kind) for q in find_quantities(parsed)}
    assert ("some 600", "some", "U.S. troops", "count") in found
    assert ("2012", None, None, "year") in found


@pytest.mark.parametrize(
    ("sentence", "name", "description"),
    [
        ("Russian President Vladimir Putin spoke on Monday.", "Vladimir Putin", "Russian President"),
        (
            "It was led by the top U.S. envoy to Africa, Molly Phee, last month.",
            "Molly Phee",
            "top U.S. envoy to Africa",
        ),
        ("“Fine,” said council member Rosa Diaz.", "Rosa Diaz", "council member"),
        ("The mayor, Ann Lee, said the road would reopen.", "Ann Lee", "mayor"),
    ],
)
def test_people_descriptions(sentence, name, description):
    found = {p.name: p.description for p in find_people(doc(sentence))}
    assert found[name] == description


def test_gazetteer_fixes_niger_and_voting_gives_one_type():
    docs = [
        doc("Niger’s ruling military council has yet to order American troops out."),
        doc("Washington considered Niger a key partner."),
        doc("Relations between Niger and the U.S. have deteriorated."),
    ]
    labels = vote_labels(docs)
    assert labels["Niger"] == "GPE"
    assert all(ent.label_ == "GPE" for d in docs for ent in d.ents if ent.text == "Niger")


def test_same_party_aliases():
    assert same_party("U.S.", "Washington")
    assert same_party("American", "United States")
    assert party_of("Nigerien") == "Niger"
    assert not same_party("Niger", "Nigeria")


def test_the_cities_table_is_kept_in_the_cache_folder_and_made_again_when_damaged(tmp_path, monkeypatch):
    from quizapp.generation import gazetteer
    from quizapp.paths import cache_dir

    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path))
    read = gazetteer._cities.__wrapped__  # the table itself, not the copy this process already holds
    first = read()
    (kept,) = cache_dir().glob("cities-*.json")
    assert read() == first and kept.stat().st_size < 2_000_000  # the four fields only
    assert any(c.name == "Wichita" and c.country == "US" and c.state == "KS" for c in first)
    kept.write_text('[["Paris", "FR"', encoding="utf-8")  # cut short
    assert read() == first and kept.read_text(encoding="utf-8").startswith("[[")
    assert read() == first


def test_a_paragraphs_text_is_kept_with_its_doc_only_when_it_is_the_parsed_text():
    from quizapp.generation.doctext import _KEY, doc_text, remember_text

    parsed = doc("Ann Lee said the ferry was late.  ")
    remember_text(parsed, "Ann Lee said the ferry was late.")  # not what was parsed: spaCy's own text is used
    assert _KEY not in parsed.user_data and doc_text(parsed) == "Ann Lee said the ferry was late.  "
    again = doc("Ann Lee said the ferry was late.")
    remember_text(again, "Ann Lee said the ferry was late.")
    assert again.user_data[_KEY] == again.text
