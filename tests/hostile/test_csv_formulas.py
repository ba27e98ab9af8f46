"""Names that a spreadsheet would run as formulas are written as text in every CSV; numbers stay numbers."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.csvsafe import FORMULA_STARTS, csv_text, safe_cell

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import store_helpers as h

from quizapp.engine import QuizSession
from quizapp.store import ScoreStore
from quizapp.teacher.dashboard import table_csv

HOSTILE = [
    "=1+1",
    "@cmd",
    '=HYPERLINK("http://example.invalid","7B")',
    "+1-2",
    "-2+3",
    "\tx",
    "\rx",
    "=cmd|' /C calc'!A0",
]


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


@given(st.text())
def test_no_cell_starts_like_a_formula_unless_it_is_a_number(value):
    cell = safe_cell(value)
    assert cell[:1] not in FORMULA_STARTS or cell.lstrip("+-").replace(".", "").replace(",", "").rstrip("%").isdigit()


@pytest.mark.parametrize("number", ["-3", "+2.5", "-0,75", "40%", "-12.5%"])
def test_numbers_stay_numbers(number):
    assert safe_cell(number) == number


@pytest.mark.parametrize("name", HOSTILE)
def test_gradebook_names_classes_and_sessions_are_text(tmp_path, name):
    clock = h.FakeClock()
    with ScoreStore.open(tmp_path / "scores.db", clock=clock) as store:
        student = store.add_student(name, login=f"{name}-login")
        group = store.add_class(f"{name} class")
        store.enrol(group.uuid, student.uuid)
        session = store.add_session(f"{name} session", group.uuid)
        quiz = QuizSession(
            [h.bank()], mode="test", seed=1, student=student.uuid, classroom_session=session.uuid, clock=clock
        )
        h.play(store, quiz, "RW", clock)
        target = tmp_path / "grades.csv"
        store.export_csv(target)
        cells = _cells(target.read_bytes().decode("utf-8"))
    assert any(name.strip() in cell for cell in cells)  # (names are stored without outer blanks)
    assert all(cell[:1] not in FORMULA_STARTS or cell.lstrip("-+").replace(".", "").isdigit() for cell in cells)


@pytest.mark.parametrize("name", HOSTILE)
def test_dashboard_tables_are_text(name):
    text = table_csv([{"student": name, "score": "-5", name: "1"}])
    cells = _cells(text)
    assert f"'{name}" in cells and "-5" in cells
    assert csv_text(None, [[name, -5]]).startswith(("'", '"'))


@pytest.mark.parametrize("value", ["-1\n", "-1\n=cmd", "+1\r", "-٣"])
def test_a_number_with_anything_after_it_is_not_a_number(value):
    assert safe_cell(value).startswith("'")


@pytest.mark.parametrize("name", ["Ana;=cmd|' /C calc'!A0", "Ana\t=1+1", "Ana, =1+1"])
def test_a_cell_that_a_semicolon_or_tab_would_split_is_quoted(name):
    text = csv_text(["name"], [[name]])
    assert f'"{name}"' in text  # one field for any separator a spreadsheet may use
    assert list(csv.reader(io.StringIO(text, newline="")))[1] == [name]
