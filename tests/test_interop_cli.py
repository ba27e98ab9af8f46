"""``quizapp export`` and ``quizapp import``: exit codes, reports, and nothing written on mistakes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from interop_support import DATA, ROOT

from quizapp import cli
from quizapp.banks import load_bank
from quizapp.commands import export, import_


@pytest.fixture(autouse=True)
def _commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure both commands are registered, whether or not cli.py lists them yet (by module or by name)."""
    by_name = all(isinstance(command, str) for command in cli.COMMANDS)
    wanted = ("export", "import_") if by_name else (export, import_)
    monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, *(c for c in wanted if c not in cli.COMMANDS)))


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml", "qti21", "qti12", "aiken", "csv"])
def test_export_writes_the_file_and_lists_skipped_items(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"tour.{fmt}"
    status = cli.main(["export", str(ROOT / "questions" / "examples"), "--format", fmt, "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert out.stat().st_size > 0
    assert "tour-anonymous: " in err and "evidence" in err  # the evidence item is skipped, with its reason
    assert not list(tmp_path.glob(".*.tmp")), "no temporary file is left behind"
    if fmt.startswith("qti"):
        assert zipfile.is_zipfile(out)


def test_export_refuses_invalid_banks_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: quizapp-bank/1\nid: bad\ntitle: Bad\nitems: [{id: x}]\n", encoding="utf-8")
    out = tmp_path / "out.gift"
    assert cli.main(["export", str(bad), "--format", "gift", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:4" in err and "nothing was written" in err
    assert not out.exists()


def test_export_with_nothing_the_format_holds_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.txt"
    assert cli.main(["export", str(DATA / "evidence-only.yaml"), "--format", "aiken", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no item can be written as Aiken" in err and "evidence-only/evidence-only-vote" in err
    assert not out.exists()


def test_export_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(tmp_path / "missing.yaml"), "--format", "gift", "-o", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        cli.main(["export", str(DATA), "--format", "docx", "-o", str(tmp_path / "o")])
    assert exited.value.code == 2


def test_import_writes_a_valid_authored_bank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "week 3.yaml"
    assert cli.main(["import", str(DATA / "teacher.gift"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "7 questions imported" in err and "4 questions left out" in err and "teacher.gift:31:" in err
    bank = load_bank(out)
    assert bank.id == "week-3"
    assert {(item.origin, item.status) for item in bank.items} == {("authored", "draft")}
    assert out.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


def test_import_options_name_the_bank_and_default_skill(tmp_path: Path) -> None:
    out = tmp_path / "quiz.yaml"
    args = ["import", str(DATA / "teacher-aiken.txt"), "--format", "aiken", "-o", str(out)]
    assert cli.main([*args, "--id", "opinions", "--title", "Opinions", "--skill", "fact-opinion", "-q"]) == 0
    bank = load_bank(out)
    assert (bank.id, bank.title) == ("opinions", "Opinions")
    assert {(item.skill, item.family) for item in bank.items} == {("fact-opinion", "sourcing")}


def test_import_leaves_out_bad_questions_and_names_their_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "broken.yaml"
    assert cli.main(["import", str(DATA / "broken.gift"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "3 questions left out for a mistake" in err
    assert "broken.gift:4: the answers opened with '{' are never closed with '}'" in err
    assert "Traceback" not in err
    assert len(load_bank(out).items) == 3


def test_import_of_a_file_without_a_usable_question_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.gift"
    source.write_text("::A::Which one? {~a ~b}\n\n::B::An essay {}\n", encoding="utf-8")
    out = tmp_path / "bad.yaml"
    assert cli.main(["import", str(source), "-o", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "bad.gift:1: no answer is marked right" in err and "bad.gift:3: an essay question" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_import_keeps_an_existing_bank_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bank.yaml"
    out.write_text("keep me", encoding="utf-8")
    assert cli.main(["import", str(DATA / "teacher.xml"), "-o", str(out)]) == 2
    assert "add --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert cli.main(["import", str(DATA / "teacher.xml"), "-o", str(out), "--force", "-q"]) == 0
    assert len(load_bank(out).items) == 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["teacher-aiken.txt", "-o", "x.yaml"], "say which format"),
        (["teacher.gift", "-o", "x.txt"], "must end in .yaml"),
    ],
)
def test_import_usage_errors(args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["import", str(DATA / args[0]), "-o", str(tmp_path / args[2])]
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err


def test_import_of_missing_file_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["import", str(tmp_path / "none.gift"), "-o", str(tmp_path / "x.yaml")]) == 1
    assert "none.gift: the file does not exist" in capsys.readouterr().err
