"""Output files: never over an input, the score database, or anything but a regular file; never over an
existing file without --force. Every refusal names the file, exits 2 and writes nothing."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import store_helpers as h

from quizapp.cli import main
from quizapp.engine import QuizSession
from quizapp.store import ScoreStore

ROOT = Path(__file__).resolve().parents[2]
TOUR = ROOT / "questions" / "examples" / "format-tour.yaml"


@pytest.fixture
def database(tmp_path) -> Path:
    path = tmp_path / "scores.db"
    with ScoreStore.open(path, clock=h.FakeClock()) as store:
        student = store.add_student("Ana")
        h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=student.uuid), "RW")
    return path


@pytest.fixture
def bank(tmp_path) -> Path:
    return Path(shutil.copy(TOUR, tmp_path / "tour.yaml"))


def _refused(argv: list[str], capsys, protected: Path, words: str) -> None:
    """`argv` exits 2 with a message naming the output file and holding `words`; `protected` is unchanged."""
    before = protected.read_bytes() if protected.is_file() else None
    target = argv[next(i for i, a in enumerate(argv) if a in ("-o", "--csv", "--desk")) + 1]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert target in err and words in err
    if before is not None:
        assert protected.read_bytes() == before


@pytest.mark.parametrize("option", ["--csv", "--desk"])
def test_results_export_never_writes_over_the_database(database, capsys, option):
    _refused(["results", "export", option, str(database), "--db", str(database)], capsys, database, "score database")
    _refused(
        ["results", "export", option, str(database), "--db", str(database), "--force"], capsys, database, "database"
    )


def test_export_never_writes_over_its_own_bank(bank, capsys):
    _refused(["export", str(bank), "--format", "gift", "-o", str(bank), "--force"], capsys, bank, "input")


def test_an_existing_file_needs_force(bank, tmp_path, capsys):
    target = tmp_path / "out.gift"
    target.write_text("keep me", encoding="utf-8")
    _refused(["export", str(bank), "--format", "gift", "-o", str(target)], capsys, target, "--force")
    assert main(["export", str(bank), "--format", "gift", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8") != "keep me"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_devices_pipes_and_links_to_them_are_never_replaced(bank, database, tmp_path, capsys):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "link.gift"
    link.symlink_to(pipe)
    for target in (pipe, link, tmp_path):
        _refused(["export", str(bank), "--format", "gift", "-o", str(target), "--force"], capsys, bank, "")
        _refused(["results", "export", "--csv", str(target), "--db", str(database), "--force"], capsys, database, "")
    assert pipe.exists() and not pipe.is_file()  # still a pipe


def test_import_never_writes_over_its_source(tmp_path, capsys):
    source = tmp_path / "quiz.yaml"
    source.write_text("not GIFT at all", encoding="utf-8")
    _refused(["import", str(source), "--format", "gift", "-o", str(source), "--force"], capsys, source, "input")


def test_generate_into_a_file_is_a_clear_error(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Headline\n\nA short story.\n", encoding="utf-8")
    target = tmp_path / "banks.yaml"
    target.write_text("keep", encoding="utf-8")
    assert main(["generate", str(story), "-o", str(target)]) == 2
    assert "-o takes a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep"
