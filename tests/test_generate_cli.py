"""``quizapp generate``: banks written, teachers' edits kept, --check, failures reported, workers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizapp.banks import load_bank, save_bank
from quizapp.cli import main

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "niger-russian-military-trainers.txt"
OTHER = sorted((ROOT / "seeds").glob("wn-*.txt"))[0]


@pytest.fixture
def stories(tmp_path) -> Path:
    folder = tmp_path / "stories"
    folder.mkdir()
    shutil.copy(SEED, folder)
    shutil.copy(OTHER, folder)
    return folder


def test_generate_writes_one_valid_bank_per_story_with_progress(stories, tmp_path, capsys):
    out = tmp_path / "banks"
    assert main(["generate", str(stories), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "[1/2]" in err and "[2/2]" in err
    assert sorted(p.name for p in out.glob("*.yaml")) == sorted(
        [f"{SEED.stem}.yaml", load_bank(next(out.glob("wn-*.yaml"))).id + ".yaml"]
    )
    assert (out / "schema" / "bank.schema.json").is_file()
    assert main(["validate", str(out)]) == 0
    text = (out / f"{SEED.stem}.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=schema/bank.schema.json\n")


def test_same_input_gives_byte_identical_banks_and_check_passes(stories, tmp_path):
    out = tmp_path / "banks"
    assert main(["generate", str(stories), "-o", str(out), "-q"]) == 0
    before = {p.name: p.read_bytes() for p in out.glob("*.yaml")}
    assert main(["generate", str(stories), "-o", str(out), "-q"]) == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.yaml")} == before
    assert main(["generate", str(stories), "-o", str(out), "--check", "-q"]) == 0


def test_check_fails_when_a_bank_is_out_of_date(stories, tmp_path, capsys):
    out = tmp_path / "banks"
    main(["generate", str(stories), "-o", str(out), "-q"])
    bank_path = out / f"{SEED.stem}.yaml"
    bank_path.write_text(bank_path.read_text(encoding="utf-8").replace("Dakar, Senegal", "Accra, Ghana", 1))
    before = bank_path.read_bytes()
    assert main(["generate", str(stories), "-o", str(out), "--check"]) == 1
    assert "out of date" in capsys.readouterr().err
    assert bank_path.read_bytes() == before  # --check writes nothing


def test_teachers_work_is_kept_and_lost_evidence_marked_stale(tmp_path):
    stories = tmp_path / "stories"
    stories.mkdir()
    story = stories / SEED.name
    shutil.copy(SEED, story)
    out = tmp_path / "banks"
    main(["generate", str(stories), "-o", str(out), "-q"])
    bank_path = out / f"{SEED.stem}.yaml"
    bank = load_bank(bank_path)
    edited = bank.items[0].with_changes(prompt="A teacher's better prompt?", origin="edited")
    approved = bank.items[1].with_changes(status="approved")
    authored = bank.items[2].with_changes(id="teacher-own-1", origin="authored")
    lechner = next(i for i in bank.items if i.skill == "source-credentials")
    save_bank(bank.__class__(**{**bank.__dict__, "items": (edited, approved, authored, *bank.items[3:])}), bank_path)
    # The story changes: the Lechner paragraph is rewritten.
    text = story.read_text(encoding="utf-8").replace("Africa analyst and author on the Wagner Group", "a researcher")
    story.write_text(text, encoding="utf-8")
    assert main(["generate", str(stories), "-o", str(out), "-q"]) == 0
    again = load_bank(bank_path)
    by_id = {item.id: item for item in again.items}
    assert by_id[edited.id].prompt == "A teacher's better prompt?"
    assert by_id[approved.id].status == "approved"
    assert "teacher-own-1" in by_id
    assert "stale" in by_id[lechner.id].tags
    assert main(["validate", str(out)]) == 0


def test_unreadable_and_empty_files_are_reported_others_continue(stories, tmp_path, capsys):
    (stories / "empty.txt").write_text("", encoding="utf-8")
    (stories / "binary.html").write_bytes(b"\x00\x01\x02PNG")
    out = tmp_path / "banks"
    assert main(["generate", str(stories), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: the file is empty" in err
    assert "binary.html: this looks like a binary file" in err
    assert len(list(out.glob("*.yaml"))) == 2


def test_nothing_to_ask_is_a_clear_message(tmp_path, capsys):
    story = tmp_path / "note.txt"
    story.write_text("Note\n\nThe meeting was held.\n", encoding="utf-8")
    assert main(["generate", str(story), "-o", str(tmp_path / "out")]) == 1
    assert "nothing to ask" in capsys.readouterr().err


def test_jobs_give_the_same_banks(stories, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["generate", str(stories), "-o", str(one), "-q"]) == 0
    assert main(["generate", str(stories), "-o", str(two), "-q", "--jobs", "2"]) == 0
    assert {p.name: p.read_bytes() for p in one.glob("*.yaml")} == {p.name: p.read_bytes() for p in two.glob("*.yaml")}


def test_usage_errors(tmp_path, capsys):
    assert main(["generate", str(tmp_path / "missing.txt"), "-o", str(tmp_path)]) == 2
    with pytest.raises(SystemExit) as caught:
        main(["generate", str(SEED), "-o", str(tmp_path), "--skills", "quotes"])
    assert caught.value.code == 2
    assert "unknown skill" in capsys.readouterr().err


def test_bundled_questions_are_in_step_with_seeds(capsys):
    assert main(["generate", str(ROOT / "seeds"), "-o", str(ROOT / "questions"), "--check", "-q"]) == 0


def test_a_skill_written_only_by_hand_is_refused_with_the_reason(tmp_path, capsys):
    from quizapp.cli import main

    story = tmp_path / "story.txt"
    story.write_text("Headline\n\nA sentence of the story, said the mayor.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["generate", str(story), "-o", str(tmp_path / "out"), "--skills", "missing-voice"])
    assert stop.value.code == 2
    assert "teachers write these by hand" in capsys.readouterr().err
