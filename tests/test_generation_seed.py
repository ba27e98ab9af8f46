"""The bank generated from the seed story: the acceptance list, item by item."""

from __future__ import annotations

import pytest
from generation_support import seed_bank

from quizapp.banks import check_bank_text, dump_bank
from quizapp.textnorm import match_key

pytestmark = pytest.mark.slow


def items(skill):
    return [item for item in seed_bank().items if item.skill == skill]


def find(skill, prompt_part="", answer_part=""):
    for item in items(skill):
        if prompt_part.lower() in item.prompt.lower() and answer_part.lower() in item.correct_answer.lower():
            return item
    raise AssertionError(f"no {skill} item with {prompt_part!r} -> {answer_part!r}: {[i.prompt for i in items(skill)]}")


def test_bank_is_valid_with_enough_items_and_skills():
    bank = seed_bank()
    result = check_bank_text(dump_bank(bank, "schema/bank.schema.json"), "seed.yaml")
    assert result.problems == []
    assert len(bank.items) >= 15
    assert len({item.skill for item in bank.items}) >= 8


def test_anonymous_source_and_reason():
    find("anonymous-source", "not named", "A senior U.S. official")
    item = find("anonymous-source", "reason", "to discuss ongoing talks")
    assert "readers" in item.explanation


def test_lechner_credentials():
    find("source-credentials", "John Lechner", "Africa analyst and author on the Wagner Group")


def test_he_resolved_to_lechner():
    item = find("quote-speaker", "Such cooperation is unlikely", "John Lechner")
    assert "“he”" in item.explanation and item.difficulty == 3


def test_trainer_quote_from_state_television_broadcast():
    item = find("quote-speaker", "We are here to train the Nigerien army", "One of the Russian trainers")
    assert "broadcast" in item.explanation and "state television" in item.explanation


def test_dateline_against_topic():
    find("dateline", "filed from", "Dakar, Senegal")
    item = find("dateline", "about Niger", "")
    assert "Dakar" in item.correct_answer and "Niger" in item.correct_answer


def test_contributor():
    find("contributors", "contributed", "Sam Mednick, in Jerusalem")


def test_file_photo():
    meaning = find("photo", "FILE", "not at the events")
    assert "Aug. 3" not in meaning.correct_answer + meaning.explanation  # the scene item asks for the date
    scene = find("photo", "show", "protest in Niamey")
    assert "Aug. 3, 2023" in scene.correct_answer


def test_numbers():
    troops = find("number", "U.S. troops", "some 600")
    assert "December" in troops.prompt
    find("number", "insurgency", "2012")


def test_delegation_leader():
    find("detail", "delegation", "Molly Phee")


def test_single_source_state_television():
    item = find("single-source", "plane", "Niger's state television")
    assert "supplies" in item.prompt
    assert "state television" not in item.prompt.lower()  # the prompt does not give the source away
    find("single-source", "careful reader", "independent")


def test_judgment_and_fact():
    assert find("fact-opinion", "Such cooperation is unlikely", "").correct_answer == "A judgment or prediction"
    assert any(item.correct_answer == "A checkable fact" for item in items("fact-opinion"))


def test_item_quality_rules():
    for item in seed_bank().items:
        keys = [match_key(c) for c in item.choices]
        assert len(keys) == len(set(keys)), item.id
        # Hedge items ask which words of the quoted sentence; fact-or-judgment prompts name both options.
        if item.type == "single" and item.skill not in ("hedge", "fact-opinion"):
            assert item.correct_answer in item.choices
            for choice in item.choices:
                if choice != item.correct_answer and len(choice) > 3:
                    assert match_key(choice).lower() not in match_key(item.prompt).lower(), (item.id, choice)
        assert item.explanation and len(item.explanation.split()) >= 12, item.id
        assert item.evidence, item.id
        assert item.origin == "generated" and item.status == "draft"


def test_no_bare_pronoun_prompts():
    for item in seed_bank().items:
        first = item.prompt.split()[0].lower()
        assert first not in ("he", "she", "they", "it"), item.prompt
