"""The quizapp command line: exit codes, help on every subcommand, python -m."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import __version__
from quizapp.cli import COMMANDS, build_parser, main

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def test_validate_bundled_banks_exit_0(capsys):
    assert main(["validate", str(ROOT / "questions")]) == 0
    assert "valid" in capsys.readouterr().err


def test_validate_ten_mistakes_exit_1_with_every_line(capsys):
    assert main(["validate", str(DATA / "ten-mistakes.yaml")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 10
    assert [int(line.split(":")[1]) for line in out] == [21, 31, 40, 43, 57, 58, 72, 77, 90, 96]


def test_validate_usage_errors_exit_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["validate", str(tmp_path)]) == 2  # a folder without banks
    with pytest.raises(SystemExit) as caught:
        main(["validate", "--no-such-option"])
    assert caught.value.code == 2


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"quizapp {__version__}"


@pytest.mark.parametrize("command", sorted(build_parser()._subparsers._group_actions[0].choices))
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    assert f"usage: quizapp {command}" in capsys.readouterr().out


def test_every_command_module_is_registered():
    names = set(build_parser()._subparsers._group_actions[0].choices)
    assert len(names) == len(COMMANDS)


def test_article_command(seed_path, capsys):
    assert main(["article", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "Dateline:   Dakar, Senegal (AP)" in out
    assert "Contributor: Sam Mednick in Jerusalem" in out


def test_article_error_is_a_message_not_a_traceback(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["article", str(empty)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"quizapp: {empty}: the file is empty"


def test_unexpected_error_is_logged_not_shown(monkeypatch, capsys, quizapp_home):
    from quizapp.commands import validate

    def boom(args):
        raise RuntimeError("kaput")

    monkeypatch.setattr(validate, "run", boom)
    assert main(["validate"]) == 70
    err = capsys.readouterr().err
    assert "unexpected error (RuntimeError: kaput)" in err
    assert "Traceback" not in err
    log = quizapp_home / "logs" / "quizapp.log"
    assert "RuntimeError: kaput" in log.read_text(encoding="utf-8")


def test_python_dash_m_is_the_same_command():
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(DATA / "ten-mistakes.yaml")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert result.stdout.count("ten-mistakes.yaml:") == 10


def test_validate_lint_warns_with_file_and_line_but_passes(tmp_path, capsys):
    bank = tmp_path / "flawed.yaml"
    bank.write_text(
        "format: quizapp-bank/1\n"
        "id: flawed\n"
        "title: A hand-written bank\n"
        "items:\n"
        "  - id: fines\n"
        "    type: single\n"
        "    family: comprehension\n"
        "    skill: number\n"
        "    difficulty: 1\n"
        "    prompt: How large was the fine?\n"
        '    choices: ["86,000 dollars", "43,000 dollars", "172,000 dollars", "860,000 dollars"]\n'
        '    answer: "86,000 dollars"\n'
        "    explanation: The harbour authority set the fine; its director gave the figure on Tuesday.\n",
        encoding="utf-8",
    )
    assert main(["validate", "--lint", str(bank)]) == 0  # warnings never fail validation
    captured = capsys.readouterr()
    warning = next(line for line in captured.out.splitlines() if "warning" in line)
    assert warning.startswith(f"{bank}:5: warning: fines:") and "[number-multiples]" in warning
    assert "1 warning on 1 item" in captured.err
    assert main(["validate", str(bank)]) == 0
    assert "warning" not in capsys.readouterr().out  # without --lint, no warnings


@pytest.mark.parametrize("group", ["results", "review", "classroom"])
def test_a_command_group_without_an_action_prints_its_help(group: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([group]) == 2
    assert f"usage: quizapp {group}" in capsys.readouterr().err
