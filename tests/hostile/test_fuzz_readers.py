"""Random and mutated files for every reader: the only outcomes allowed are a result, or the reader's own
error type with a message naming the file. (`make fuzz` runs many more examples than `make test`.)"""

from __future__ import annotations

import json
from pathlib import Path

from fuzz_support import mutated
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.banks import check_bank_file
from quizapp.errors import QuizappError
from quizapp.interop.errors import InteropError
from quizapp.interop.importing import import_file
from quizapp.store.deskfile import read_desk_file
from quizapp.store.deskschema import desk_problems
from quizapp.store.errors import StoreError

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data"
TOUR = (ROOT / "questions" / "examples" / "format-tour.yaml").read_bytes()
SOURCES = {
    "gift": (DATA / "interop" / "teacher.gift").read_bytes(),
    "aiken": (DATA / "interop" / "teacher-aiken.txt").read_bytes(),
    "moodle-xml": (DATA / "interop" / "teacher.xml").read_bytes(),
}
FUZZ = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)


def ROWS(inner):
    return st.dictionaries(st.text(max_size=10), inner, max_size=4)


def _outcome(read, error: type[Exception]):
    """What `read()` returns, or None when it raised `error` with a message naming a file (anything else fails)."""
    try:
        return read()
    except error as exc:
        message = str(exc)
    assert "/" in message or "\\" in message, message  # the message names the file
    return None


@FUZZ
@given(data=mutated(TOUR))
def test_the_bank_reader_gives_a_bank_or_problems(tmp_path, data):
    path = tmp_path / "bank.yaml"
    path.write_bytes(data)
    result = check_bank_file(path)
    assert (result.bank is not None) != bool(result.problems) or result.problems
    assert all(problem.path == str(path) for problem in result.problems)


@FUZZ
@given(fmt=st.sampled_from(sorted(SOURCES)), data=st.data())
def test_importers_give_a_bank_or_their_own_error(tmp_path, fmt, data):
    raw = data.draw(mutated(SOURCES[fmt]))
    path = tmp_path / f"questions.{fmt}"
    path.write_bytes(raw)
    outcome = _outcome(lambda: import_file(path, fmt), InteropError)
    assert outcome is None or outcome.bank.items  # None: the importer's own error, naming the file


@FUZZ
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=30,
    )
)
def test_the_desk_reader_gives_tables_or_its_own_error(tmp_path, value):
    path = tmp_path / "desk.json"
    document = {"format": "quizapp-scores/1", "schema_version": 1, "tables": value}
    path.write_text(json.dumps(document), encoding="utf-8")
    desk = _outcome(lambda: read_desk_file(path), StoreError)
    assert desk is None or isinstance(desk_problems(desk.tables), list)


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_never_escape_the_readers(tmp_path, data):
    path = tmp_path / "noise"
    path.write_bytes(data)
    assert check_bank_file(path).problems  # noise is never a valid bank
    for fmt in SOURCES:
        _outcome(lambda fmt=fmt: import_file(path, fmt), QuizappError)
    _outcome(lambda: read_desk_file(path), StoreError)
