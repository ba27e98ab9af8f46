"""CSV: a row per item, the first columns shaped as Kahoot's and Blooket's templates, safe in spreadsheets."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from interop_support import all_banks, bank

from quizapp.csvsafe import safe_cell as cell
from quizapp.interop import export_banks
from quizapp.interop.csv_table import TIME_LIMITS

KAHOOT_BLOCK = [
    "#",
    "Question",
    "Answer 1",
    "Answer 2",
    "Answer 3",
    "Answer 4",
    "Time limit (sec)",
    "Correct answer(s)",
]


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark lets spreadsheet programs read UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_columns_start_with_the_quiz_tool_template_block(tmp_path: Path) -> None:
    out = tmp_path / "tricky.csv"
    export_banks([bank("tricky")], "csv", out)
    header = next(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert header[:8] == KAHOOT_BLOCK
    assert header[8:] == [
        "Answer 5",
        "Correct answer text",
        "Explanation",
        "Skill",
        "Type",
        "Difficulty",
        "Bank",
        "Item id",
    ]


def test_one_row_per_item_with_answers_by_number_and_text(tmp_path: Path) -> None:
    out = tmp_path / "tricky.csv"
    report = export_banks([bank("tricky")], "csv", out)
    rows = {row["Item id"]: row for row in _rows(out)}
    assert list(rows) == [ref.item_id for ref in report.written]
    signs = rows["tricky-signs"]
    assert (signs["Answer 1"], signs["Answer 5"], signs["Correct answer(s)"]) == (
        "a ~ b = c",
        "<b>not bold</b> & co",
        "1",
    )
    assert signs["Skill"] == "Details" and signs["Type"] == "single" and signs["Bank"] == "tricky"
    assert rows["tricky-several"]["Correct answer(s)"] == "1,2,3"
    assert rows["tricky-true"]["Answer 1"] == "True" and rows["tricky-true"]["Correct answer(s)"] == "1"
    short = rows["tricky-short"]
    assert short["Answer 1"] == "" and short["Correct answer(s)"] == ""
    assert short["Correct answer text"] == "Ana Ruiz | councillor Ana Ruiz | Ruiz * (a star #1)"
    lines = rows["tricky-lines"]
    assert lines["Question"] == "The council voted on Tuesday.\nBy how many votes did the budget pass?"
    assert lines["Explanation"] == "The lead says 5-4.\n\nA close vote is news in itself."
    assert (lines["Answer 3"], lines["Answer 4"]) == ("-3", "'=1")  # a number stays; a formula is defused


def test_time_limits_are_values_kahoot_offers(tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    export_banks(all_banks(), "csv", out)
    limits = {int(row["Time limit (sec)"]) for row in _rows(out)}
    assert limits <= set(TIME_LIMITS)
    assert len(limits) > 1


def test_cells_that_spreadsheets_would_run_as_formulas_are_defused() -> None:
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert cell("@SUM(A1)") == "'@SUM(A1)"
    assert cell("+cmd") == "'+cmd"
    assert cell("-12.5%") == "-12.5%"
    assert cell("Plain text") == "Plain text"
