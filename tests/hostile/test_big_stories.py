"""One story over the limits is reported and skipped; the others in the batch are still written (exit 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizapp.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = pytest.mark.slow


def test_an_oversized_story_is_skipped_and_the_others_written(tmp_path, capsys):
    stories = tmp_path / "stories"
    stories.mkdir()
    good = sorted(SEEDS.glob("wn-*.txt"))[:2]
    for path in good:
        shutil.copy(path, stories / path.name)
    (stories / "one-line.txt").write_text("Headline\n\n" + "word " * 1_000_000 + "\n", encoding="utf-8")
    (stories / "many.txt").write_text("Headline\n\n" + "Yes.\n\n" * 3_000, encoding="utf-8")
    out = tmp_path / "banks"
    assert main(["generate", str(stories), "-o", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert "one-line.txt" in err and "too long" in err
    assert "many.txt" in err and "too many paragraphs" in err
    assert len(list(out.glob("*.yaml"))) == 2
