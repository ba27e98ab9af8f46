"""Roster import from CSV: header or not, delimiters, BOM and encodings, blank lines, a report of bad rows."""

from __future__ import annotations

import pytest

from quizapp.errors import QuizappError
from quizapp.store import ScoreStore
from quizapp.teacher.roster_import import import_roster_csv


@pytest.fixture
def store(tmp_path):
    with ScoreStore.open(tmp_path / "scores.db") as opened:
        yield opened


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "roster.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_header_with_ids_creates_the_class(store, tmp_path):
    path = write(tmp_path, "Name,Student ID\nAna Lima,s001\nBen Okafor,s002\n")
    report = import_roster_csv(path, store, "7B")
    assert report.added == ["Ana Lima (s001)", "Ben Okafor (s002)"]
    assert report.already_there == [] and report.problems == []
    assert [(s.name, s.login) for s in store.members("7B")] == [("Ana Lima", "s001"), ("Ben Okafor", "s002")]


def test_no_header_names_only_semicolons_bom_blank_lines(store, tmp_path):
    path = write(tmp_path, "\ufeffAna Lima;\n\nBen Okafor;\n   \nCai Chen;\n")
    report = import_roster_csv(path, store, "7B")
    assert report.added == ["Ana Lima", "Ben Okafor", "Cai Chen"]
    assert [s.login for s in store.members("7B")] == ["ana lima", "ben okafor", "cai chen"]


def test_tabs_and_header_in_another_order(store, tmp_path):
    path = write(tmp_path, "login\tfull name\tyear\nx1\tAna Lima\t7\nx2\tBen Okafor\t7\n")
    report = import_roster_csv(path, store, "7B")
    assert report.added == ["Ana Lima (x1)", "Ben Okafor (x2)"]


def test_single_column_without_delimiter(store, tmp_path):
    report = import_roster_csv(write(tmp_path, "Ana\nBen\n"), store, "7B")
    assert report.added == ["Ana", "Ben"]


def test_quoted_names_with_commas(store, tmp_path):
    path = write(tmp_path, 'name,id\n"Lima, Ana",s1\n"Okafor, Ben",s2\n')
    assert import_roster_csv(path, store, "7B").added == ["Lima, Ana (s1)", "Okafor, Ben (s2)"]


def test_problems_are_reported_with_line_numbers(store, tmp_path):
    store.add_student("Zoe Other", "s9")
    store.add_student("Ana Lima", "s1")
    path = write(tmp_path, "name,id\nAna Lima,s1\n,s5\n\nBen,s2\nBen Again,s2\nCai,s9\nDan,\n")
    report = import_roster_csv(path, store, "7B")
    assert report.added == ["Ben (s2)", "Dan"]
    assert report.already_there == ["Ana Lima (s1)"]
    assert report.problems == [
        "line 3: no name (student id 's5')",
        "line 6: student id 's2' is already used by Ben on line 5; skipped",
        "line 7: the student id 's9' already belongs to Zoe Other; skipped",
    ]
    assert {s.login for s in store.members("7B")} == {"s1", "s2", "dan"}
    assert "2 students added, 1 already there, 3 rows could not be read" in report.summary()


def test_importing_twice_adds_nothing(store, tmp_path):
    path = write(tmp_path, "Ana\nBen\n")
    import_roster_csv(path, store, "7B")
    again = import_roster_csv(path, store, "7b")
    assert again.added == [] and again.already_there == ["Ana", "Ben"]
    assert len(store.students()) == 2


def test_windows_encodings(store, tmp_path):
    assert import_roster_csv(write(tmp_path, "José;1\nRenée;2\n", "cp1252"), store, "A").added == [
        "José (1)",
        "Renée (2)",
    ]
    utf16 = write(tmp_path, "name\tid\nZoë\t3\n", "utf-16", name="unicode.txt")
    assert import_roster_csv(utf16, store, "A").added == ["Zoë (3)"]


def test_multi_line_cells_keep_line_numbers(store, tmp_path):
    path = write(tmp_path, 'name,id\n"Ana\nLima",s1\n,s2\n')
    report = import_roster_csv(path, store, "7B")
    assert report.added == ["Ana Lima (s1)"]
    assert report.problems == ["line 4: no name (student id 's2')"]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda tmp: tmp / "missing.csv", "does not exist"),
        (lambda tmp: tmp, "is a folder"),
        (lambda tmp: write(tmp, "\x00\x01binary\x00", "latin-1"), "not a CSV text file"),
    ],
)
def test_unreadable_files_name_the_file(store, tmp_path, setup, message):
    path = setup(tmp_path)
    with pytest.raises(QuizappError, match=message) as caught:
        import_roster_csv(path, store, "7B")
    assert str(path) in str(caught.value)
