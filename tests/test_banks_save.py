"""Saving banks: atomic, readable, round-trips exactly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.banks import dump_bank, load_bank, save_bank
from quizapp.banks.model import Bank, Item
from quizapp.errors import BankError

TOUR = Path(__file__).resolve().parent.parent / "questions" / "examples" / "format-tour.yaml"


def test_round_trip_keeps_everything(tmp_path):
    bank = load_bank(TOUR)
    target = save_bank(bank, tmp_path / "tour.yaml")
    again = load_bank(target)
    strip = lambda b: [item.with_changes(line=0) for item in b.items]  # noqa: E731
    assert strip(again) == strip(bank)
    assert again.article == bank.article.__class__(**{**bank.article.__dict__, "source_path": str(target)})
    assert dump_bank(again, "x") == dump_bank(bank, "x")


def test_layout_is_block_style_in_field_order_with_schema_comment(tmp_path):
    text = save_bank(load_bank(TOUR), tmp_path / "tour.yaml").read_text(encoding="utf-8")
    first_line = text.splitlines()[0]
    assert first_line.startswith("# yaml-language-server: $schema=file://")
    assert first_line.endswith("bank.schema.json")
    keys = [line.split(":")[0] for line in text.splitlines() if line and not line.startswith((" ", "#", "-"))]
    assert keys == ["format", "id", "title", "language", "description", "tags", "article", "items"]
    item_keys = ["id", "type", "family", "skill", "difficulty", "prompt", "choices", "answer"]
    first_item = text.split("items:\n", 1)[1].split("\n- id:", 1)[0]
    found = [line[2:].split(":")[0] for line in first_item.splitlines() if line[2:3].isalpha()]
    assert found[: len(item_keys)] == item_keys
    assert "{" not in first_item  # block style, not flow style


def test_relative_schema_reference_when_a_schema_folder_sits_beside(tmp_path):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "bank.schema.json").write_text("{}", encoding="utf-8")
    text = save_bank(load_bank(TOUR), tmp_path / "tour.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=schema/bank.schema.json\n")


def test_multi_line_text_is_a_literal_block_and_unicode_stays_readable(tmp_path):
    item = Item(
        id="q1",
        type="single",
        family="comprehension",
        skill="detail",
        difficulty=1,
        prompt="Who said “café”?",
        answer=("Zoë",),
        choices=("Zoë", "Ana"),
        explanation="First line.\nSecond line.",
    )
    path = save_bank(Bank(id="b", title="B", items=(item,)), tmp_path / "b.yaml")
    text = path.read_text(encoding="utf-8")
    assert "  explanation: |-\n    First line.\n    Second line." in text
    assert "Who said “café”?" in text
    assert load_bank(path).items[0].explanation == "First line.\nSecond line."


def test_failed_save_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    bank = load_bank(TOUR)
    target = save_bank(bank, tmp_path / "tour.yaml")
    before = target.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(BankError) as caught:
        save_bank(bank.__class__(**{**bank.__dict__, "title": "Changed"}), target)
    assert str(target) in str(caught.value)
    assert "No space left" in str(caught.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tour.yaml"]
