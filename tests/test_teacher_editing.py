"""Bank review and editing: filters, live checks, origin "edited", undo/redo, atomic save that reloads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizapp.banks import load_bank
from quizapp.banks.model import Item
from quizapp.errors import BankError
from quizapp.generation.merge import merge_banks
from quizapp.teacher.editing import BankEditor, EditError, open_in_editor_command

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"
GENERATED = QUESTIONS / "niger-russian-military-trainers.yaml"
TOUR = QUESTIONS / "examples" / "format-tour.yaml"


@pytest.fixture
def generated(tmp_path):
    target = tmp_path / "niger.yaml"
    shutil.copy(GENERATED, target)
    return BankEditor.open(target)


@pytest.fixture
def tour(tmp_path):
    target = tmp_path / "tour.yaml"
    shutil.copy(TOUR, target)
    return BankEditor.open(target)


def test_open_refuses_a_broken_bank(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: quizapp-bank/1\nid: x\ntitle: X\nitems:\n- id: a\n", encoding="utf-8")
    with pytest.raises(BankError):
        BankEditor.open(broken)


def test_filters(tour):
    assert [i.id for i in tour.filter(skill="detail")] == ["tour-repairs"]
    assert [i.id for i in tour.filter(family="sourcing", status="draft")] == ["tour-place", "tour-anonymous"]
    assert [i.id for i in tour.filter(status=["reviewed", "approved"])] == ["tour-speaker", "tour-repairs"]
    assert tour.filter(origin="generated") == []
    assert len(tour.filter()) == len(tour.items) == 5


def test_check_item_reports_every_problem_in_plain_words(tour):
    speaker = tour.item("tour-speaker")
    assert tour.check_item(speaker) == []
    broken = speaker.with_changes(
        prompt="   ", choices=("Maya Okafor", "Maya Okafor"), answer=("Someone",), evidence=("not in the story",)
    )
    messages = tour.check_item(broken)
    assert "prompt is empty" in messages
    assert 'choice "Maya Okafor" is given twice' in messages
    assert 'answer "Someone" is not one of the choices' in messages
    assert 'evidence "not in the story" does not occur in the article' in messages
    assert any(
        "belongs to family 'sourcing'" in m
        for m in tour.check_item(speaker.with_changes(skill="hedge", family="comprehension"))
    )
    evidence = tour.item("tour-anonymous").with_changes(answer=("A sentence that is not there.",))
    assert any("does not occur in the article" in m for m in tour.check_item(evidence))
    assert any("between 1 and 3" in m for m in tour.check_item(speaker.with_changes(difficulty=5)))


def test_check_item_ids(tour):
    speaker = tour.item("tour-speaker")
    assert tour.check_item(speaker.with_changes(id="tour-place"), original_id="tour-speaker") == [
        "id: another item of this bank is already called 'tour-place'"
    ]
    assert tour.check_item(speaker, new=True) == ["id: another item of this bank is already called 'tour-speaker'"]
    assert any("letters, digits" in m for m in tour.check_item(speaker.with_changes(id="bad id"), new=True))
    tf = tour.item("tour-volunteers").with_changes(answer=("Maybe",))
    assert "answer: a true-or-false item is answered True or False" in tour.check_item(tf)


def test_editing_a_generated_item_marks_it_edited_and_regeneration_keeps_it(generated):
    first = generated.items[0]
    assert first.origin == "generated"
    generated.set_status(first.id, "reviewed")
    assert generated.item(first.id).origin == "generated"  # a status change is not an edit
    generated.update_item(first.id, generated.item(first.id).with_changes(status="approved"))
    assert generated.item(first.id).origin == "generated"
    changed = generated.item(first.id).with_changes(explanation="Look at the first sentence: it gives the news.")
    generated.update_item(first.id, changed)
    assert generated.item(first.id).origin == "edited"
    path = generated.save()
    reloaded = load_bank(path)
    assert reloaded.item(first.id).origin == "edited"
    assert reloaded.item(first.id).explanation == "Look at the first sentence: it gives the news."
    regenerated = merge_banks(reloaded, load_bank(GENERATED))
    assert regenerated.item(first.id).explanation == "Look at the first sentence: it gives the news."


def test_add_delete_undo_redo(tour):
    assert not tour.dirty and not tour.undo() and not tour.redo()
    new_id = tour.new_item_id("detail")
    assert new_id == "format-tour-detail-t1"
    item = Item(
        id=new_id,
        type="single",
        family="comprehension",
        skill="detail",
        difficulty=1,
        prompt="On which days does the repair cafe open?",
        choices=("Saturdays", "Sundays"),
        answer=("Saturdays",),
        evidence=("open a repair cafe on Saturdays",),
    )
    assert tour.check_item(item, new=True) == []
    tour.add_item(item)
    assert tour.dirty and tour.items[-1].origin == "authored"
    assert tour.new_item_id("detail") == "format-tour-detail-t2"
    with pytest.raises(EditError, match="already called"):
        tour.add_item(item)
    tour.delete_item("tour-speaker")
    assert [i.id for i in tour.items][:1] == ["tour-repairs"]
    assert tour.undo()
    assert tour.items[0].id == "tour-speaker"
    assert tour.undo()
    assert not tour.dirty
    assert tour.redo() and tour.redo()
    assert not tour.redo()
    assert "tour-speaker" not in {i.id for i in tour.items}
    tour.save()
    assert not tour.dirty
    saved = load_bank(tour.path)
    assert [i.id for i in saved.items][-1] == new_id
    assert saved.item(new_id).origin == "authored"


def test_save_refuses_a_bank_that_would_not_load(tour):
    before = tour.path.read_bytes()
    speaker = tour.item("tour-speaker")
    tour.update_item(speaker.id, speaker.with_changes(answer=("Nobody",)))
    assert any("not one of the choices" in p for p in tour.problems())
    with pytest.raises(BankError, match="not one of the choices"):
        tour.save()
    assert tour.path.read_bytes() == before
    assert tour.dirty
    tour.undo()
    tour.save()
    assert not list(tour.path.parent.glob(".*.tmp"))


def test_unknown_items_and_statuses(tour):
    with pytest.raises(EditError, match="no item"):
        tour.delete_item("nope")
    with pytest.raises(EditError, match="draft, reviewed, approved"):
        tour.set_status("tour-speaker", "done")
    with pytest.raises(EditError, match="already called"):
        tour.update_item("tour-speaker", tour.item("tour-speaker").with_changes(id="tour-place"))
    tour.update_item("tour-speaker", tour.item("tour-speaker").with_changes(id="tour-who-said"))
    assert tour.items[0].id == "tour-who-said"


def test_changed_on_disk(tour):
    assert not tour.changed_on_disk()
    tour.path.write_text(tour.path.read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8")
    assert tour.changed_on_disk()
    tour.save()
    assert not tour.changed_on_disk()


def test_stale_items_lose_the_tag_once_revised(generated):
    item = generated.items[0]
    stale = item.with_changes(tags=("stale",), evidence=("Text that left the article.",))
    generated.update_item(item.id, stale)
    assert "stale" in generated.item(item.id).tags
    generated.update_item(item.id, generated.item(item.id).with_changes(evidence=item.evidence))
    assert "stale" not in generated.item(item.id).tags


@pytest.mark.parametrize(
    ("platform", "command"),
    [
        ("linux", ["xdg-open", "/b/x.yaml"]),
        ("darwin", ["open", "-t", "/b/x.yaml"]),
        ("win32", ["cmd", "/c", "start", "", str(Path("/b/x.yaml"))]),
    ],
)
def test_open_in_editor_command(platform, command):
    assert open_in_editor_command("/b/x.yaml", platform) == command
    assert BankEditor.open_in_editor_command("/b/x.yaml", platform) == command
