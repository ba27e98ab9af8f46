"""xAPI statements from recorded answers, the queue of what an LRS has not acknowledged, and the LRS settings."""

from __future__ import annotations

import importlib.util
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.engine import QuizSession
from quizapp.store import ScoreStore
from quizapp.store.lrsqueue import ANSWERED, COMPLETED, KINDS, STARTED
from quizapp.xapi import profile
from quizapp.xapi.config import (
    ENV_PASSWORD,
    ENV_USER,
    LrsConfig,
    LrsConfigError,
    config_from_json,
    config_to_json,
    credentials,
)
from quizapp.xapi.lrs import LrsError, endpoint_of
from quizapp.xapi.statements import StatementSettings, answer_statement, duration, pseudonym, statement

_spec = importlib.util.spec_from_file_location("store_helpers", Path(__file__).parent / "store_helpers.py")
h = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(h)  # type: ignore[union-attr]

LRS = "http://lrs.test/xAPI/"
SCHOOL = StatementSettings(homepage="https://school.example")
ITEMS = (
    h.item("q1", skill="source-type", family="sourcing"),
    h.item("q2", "multiple"),
    h.item("q3", "true_false"),
    h.item("q4", "short"),
    h.item("q5", "evidence"),
)


@pytest.fixture
def store(tmp_path: Path):
    clock = h.FakeClock()
    with ScoreStore.open(tmp_path / "scores.db", clock=clock, new_id=h.counter_ids("row")) as opened:
        ada = opened.add_student("Ada Lovelace", "ada")
        opened.add_class("9B")
        opened.enrol("9B", ada.uuid)
        session = QuizSession([h.bank(items=ITEMS)], mode="practice", seed=3, student=ada.uuid, clock=clock)
        h.play_items(opened, session, {"q2": "W", "q4": None}, clock)
        yield opened


def _all(store: ScoreStore, kind: str, **options) -> list:
    return [record for batch in store.lrs_waiting(LRS, kind, **options) for record in batch]


def _by_item(store: ScoreStore) -> dict[str, dict]:
    return {record.facts.item: statement(record, SCHOOL) for record in _all(store, ANSWERED)}


def test_every_answer_and_both_ends_of_the_attempt_wait_for_a_new_lrs(store: ScoreStore) -> None:
    assert [store.lrs_count_waiting(LRS, kind) for kind in KINDS] == [1, 5, 1]
    assert len(_all(store, ANSWERED, batch=2)) == 5  # read a batch at a time, none lost at the seams


def test_an_answer_becomes_an_answered_statement_with_result_skill_and_class(store: ScoreStore) -> None:
    found = _by_item(store)["q1"]
    answer = _all(store, ANSWERED)[0].facts
    assert found["id"] == profile.statement_id(ANSWERED, answer.uuid)
    assert found["actor"] == {
        "objectType": "Agent",
        "name": "Ada Lovelace",
        "account": {"homePage": "https://school.example", "name": "ada"},
    }
    assert found["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    definition = found["object"]["definition"]
    assert found["object"]["id"] == profile.VOCABULARY + "banks/bank-a/items/q1"
    assert definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
    assert definition["interactionType"] == "choice"
    assert [choice["description"]["en"] for choice in definition["choices"]] == ["Paris", "Rome", "Oslo"]
    assert definition["correctResponsesPattern"] == ["choice-1"]
    assert found["result"]["success"] is True
    assert found["result"]["response"] == "choice-1"
    assert found["result"]["score"] == {"raw": 1.0, "min": 0, "max": 1.0, "scaled": 1.0}
    assert found["result"]["duration"] == "PT3S"
    context = found["context"]
    assert context["registration"] == str(uuid.UUID(answer.attempt.uuid))
    assert context["team"]["name"] == "9B"
    others = {activity["id"] for activity in context["contextActivities"]["other"]}
    assert others == {profile.VOCABULARY + "skills/source-type", profile.VOCABULARY + "families/sourcing"}
    assert context["extensions"][profile.EXT_SKILL] == "source-type"
    assert context["extensions"][profile.EXT_CLASS] == "9B"
    assert context["contextActivities"]["parent"][0]["id"] == profile.VOCABULARY + "banks/bank-a/quiz"


def test_each_item_type_has_its_interaction_type_and_response(store: ScoreStore) -> None:
    found = _by_item(store)
    assert found["q2"]["object"]["definition"]["interactionType"] == "choice"
    assert found["q2"]["object"]["definition"]["correctResponsesPattern"] == ["choice-1[,]choice-2"]
    assert found["q2"]["result"]["success"] is False
    assert found["q3"]["object"]["definition"]["interactionType"] == "true-false"
    assert found["q3"]["result"]["response"] == "true"
    assert found["q4"]["object"]["definition"]["interactionType"] == "fill-in"
    assert found["q4"]["object"]["definition"]["correctResponsesPattern"] == [
        "{case_matters=false}Reuters",
        "{case_matters=false}Reuters news agency",
    ]
    assert found["q5"]["object"]["definition"]["interactionType"] == "other"
    assert found["q5"]["result"]["response"] == "The minister said the talks failed."


def test_a_skipped_item_is_sent_as_skipped_without_a_response(store: ScoreStore) -> None:
    skipped = _by_item(store)["q4"]
    assert skipped["verb"]["id"] == profile.SKIPPED
    assert "response" not in skipped["result"]
    assert skipped["result"]["completion"] is False and skipped["result"]["success"] is False


def test_the_attempt_is_attempted_then_completed_with_its_score(store: ScoreStore) -> None:
    (started,) = _all(store, STARTED)
    (ended,) = _all(store, COMPLETED)
    first, last = statement(started, SCHOOL), statement(ended, SCHOOL)
    assert first["verb"]["id"] == profile.ATTEMPTED and last["verb"]["id"] == profile.COMPLETED
    assert first["object"]["id"] == last["object"]["id"]
    assert last["result"]["score"]["raw"] == 3 and last["result"]["score"]["max"] == 5
    assert last["result"]["duration"] == "PT15S"
    assert first["context"]["registration"] == last["context"]["registration"]


def test_a_record_gives_the_same_statement_after_the_database_is_opened_again(store: ScoreStore) -> None:
    before = _by_item(store)
    with ScoreStore.open(store.path) as reopened:
        assert _by_item(reopened) == before  # nothing in a statement comes from the time it is sent
    ids = [statement(record, SCHOOL)["id"] for kind in KINDS for record in _all(store, kind)]
    assert len(set(ids)) == 7


def test_true_false_labels_of_the_bank_are_sent_as_true_and_false(store: ScoreStore) -> None:
    facts = next(record.facts for record in _all(store, ANSWERED) if record.facts.type == "true_false")
    labelled = replace(facts, choices=("Fact", "Opinion"), key=("Fact",), response=("Opinion",), correct=False)
    found = answer_statement(labelled, SCHOOL)
    assert found["object"]["definition"]["correctResponsesPattern"] == ["true"]
    assert found["result"]["response"] == "false" and found["result"]["success"] is False


def test_pseudonyms_hide_the_login_and_name_but_stay_stable_per_salt(store: ScoreStore) -> None:
    hidden = StatementSettings(homepage="https://school.example", pseudonymous=True, salt="school-secret")
    record = _all(store, ANSWERED)[0]
    actor = statement(record, hidden)["actor"]
    assert "name" not in actor and actor["account"]["name"] == pseudonym("ada", "school-secret")
    assert "ada" not in actor["account"]["name"] and len(actor["account"]["name"]) == 32
    assert statement(record, hidden)["actor"] == actor
    other_school = StatementSettings(homepage="https://school.example", pseudonymous=True, salt="another")
    assert statement(record, other_school)["actor"] != actor


def test_acknowledged_records_no_longer_wait_and_other_lrss_still_wait(store: ScoreStore) -> None:
    records = _all(store, ANSWERED)
    store.lrs_acknowledge(LRS, [(r.kind, r.source, statement(r, SCHOOL)["id"]) for r in records[:3]])
    assert [r.source for r in _all(store, ANSWERED)] == [r.source for r in records[3:]]
    assert store.lrs_count_waiting("http://other.test/xAPI/", ANSWERED) == 5


def test_since_leaves_out_what_happened_before(store: ScoreStore) -> None:
    assert store.lrs_count_waiting(LRS, ANSWERED, since="2099-01-01") == 0
    assert store.lrs_count_waiting(LRS, ANSWERED, since="2000-01-01") == 5


def test_guests_answers_are_never_sent(tmp_path: Path) -> None:
    with ScoreStore.open(tmp_path / "guest.db") as store:
        h.play(store, QuizSession([h.bank()], mode="practice", seed=1), "RRRRR")
        assert [store.lrs_count_waiting(LRS, kind) for kind in KINDS] == [0, 0, 0]


def test_the_lrs_sent_table_stays_on_the_desk(store: ScoreStore, tmp_path: Path) -> None:
    record = _all(store, ANSWERED)[0]
    store.lrs_acknowledge(LRS, [(record.kind, record.source, "x")])
    store.export_desk(tmp_path / "desk.json")
    assert "lrs_sent" not in (tmp_path / "desk.json").read_text(encoding="utf-8")


def test_durations_are_iso_8601_seconds() -> None:
    assert duration(12_500) == "PT12.5S"
    assert duration(0) == "PT0S"
    assert duration(61_234) == "PT61.23S"


@pytest.mark.parametrize(
    ("typed", "endpoint"),
    [
        ("https://lrs.example/xAPI", "https://lrs.example/xAPI/"),
        ("https://lrs.example/xAPI/statements/", "https://lrs.example/xAPI/"),
        (" http://127.0.0.1:8100/xAPI/ ", "http://127.0.0.1:8100/xAPI/"),
    ],
)
def test_an_lrs_address_is_read_as_teachers_type_it(typed: str, endpoint: str) -> None:
    assert endpoint_of(typed) == endpoint


@pytest.mark.parametrize("typed", ["lrs.example/xAPI", "ftp://lrs.example/", ""])
def test_what_is_not_an_lrs_address_is_refused_clearly(typed: str) -> None:
    with pytest.raises(LrsError, match="not an LRS address"):
        endpoint_of(typed)


def test_lrs_settings_round_trip_and_a_newer_version_is_refused() -> None:
    config = LrsConfig(address=LRS, user="teacher", auto_send=True).changed(pseudonymous=True)
    assert config.salt  # turning pseudonyms on makes the school's salt
    assert config_from_json(config_to_json(config)) == config
    assert config_from_json(None) == LrsConfig() and not LrsConfig().auto_send  # off until a teacher turns it on
    assert config_from_json("not json") == LrsConfig()
    with pytest.raises(LrsConfigError, match="newer quizapp"):
        config_from_json('{"version": 99, "address": "http://x/"}')


def test_the_home_page_defaults_to_the_lrs_site() -> None:
    assert LrsConfig(address="https://lrs.school.example/data/xAPI/").statement_settings().homepage == (
        "https://lrs.school.example"
    )


def test_credentials_come_from_arguments_then_environment_then_keyring(memory_keyring) -> None:
    config = LrsConfig(address=LRS, user="saved-user")
    assert credentials(LRS, "u", "p", config=config, environ={}) == ("u", "p")
    environ = {ENV_USER: "env-user", ENV_PASSWORD: "env-pass"}
    assert credentials(LRS, None, None, config=config, environ=environ) == ("env-user", "env-pass")
    memory_keyring.set_password("quizapp LRS", f"saved-user @ {LRS}", "from-keyring")
    assert credentials(LRS, None, None, config=config, environ={}) == ("saved-user", "from-keyring")
    with pytest.raises(LrsError, match="no password for 'nobody'"):
        credentials(LRS, "nobody", None, config=config, environ={})
    with pytest.raises(LrsError, match="say who sends"):
        credentials(LRS, None, None, config=LrsConfig(address=LRS), environ={})


def test_skills_are_named_as_people_read_them(store: ScoreStore) -> None:
    found = _by_item(store)["q1"]
    other = {
        a["id"].rsplit("/", 1)[1]: a["definition"]["name"]["en"] for a in found["context"]["contextActivities"]["other"]
    }
    assert other == {"source-type": "Kinds of source", "sourcing": "Sourcing"}
