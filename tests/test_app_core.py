"""Qt-free pieces of the app: settings, sentence splitting, the bank library with last good versions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quizapp.library import BankLibrary
from quizapp.sentences import sentence_index, split_sentences
from quizapp.settings import Settings, SettingsError, load_settings, save_settings

ROOT = Path(__file__).resolve().parent.parent
TOUR = ROOT / "questions" / "examples" / "format-tour.yaml"


def test_settings_round_trip_and_defaults(quizapp_home):
    assert load_settings() == Settings()
    save_settings(Settings(theme="dark", font_size=16))
    assert load_settings() == Settings(theme="dark", font_size=16)
    data = json.loads((quizapp_home / "config" / "settings.json").read_text())
    assert data["version"] == 1


def test_settings_bad_values_fall_back(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "theme": "neon", "font_size": 400, "unknown": 1}')
    assert load_settings(path) == Settings()
    path.write_text("not json")
    assert load_settings(path) == Settings()
    path.write_text("[1, 2]")  # JSON, but no object
    assert load_settings(path) == Settings()
    path.write_bytes(b"\xff\xfe{")  # not text
    assert load_settings(path) == Settings()


def test_settings_from_a_newer_version_are_refused_untouched(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"version": 9, "theme": "dark"}')
    with pytest.raises(SettingsError, match="newer quizapp"):
        load_settings(path)
    assert path.read_text() == '{"version": 9, "theme": "dark"}'


def test_sentences_respect_abbreviations_and_quotes():
    text = "The U.S. said so. “We are here,” Mr. Lee said. Gen. Tiani spoke on Aug. 3. Then it ended."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The U.S. said so.",
        "“We are here,” Mr. Lee said.",
        "Gen. Tiani spoke on Aug. 3.",
        "Then it ended.",
    ]


def test_sentences_kept_whole_for_evidence_answers():
    text = "A man said it. Really. Then he left."
    assert [text[s:e] for s, e in split_sentences(text, ["A man said it. Really."])] == [
        "A man said it. Really.",
        "Then he left.",
    ]
    assert sentence_index(["First one. Second one."], "Second one.") == (0, 1)


def test_library_lists_and_summarises(tmp_path):
    shutil.copy(TOUR, tmp_path / "tour.yaml")
    library = BankLibrary([tmp_path])
    library.reload_all()
    (entry,) = library.entries()
    assert entry.valid
    assert entry.title.startswith("Example, not news: Town library opens a repair cafe")  # tagged "example"
    assert entry.is_example
    assert entry.counts("family") == {"sourcing": 3, "comprehension": 2}
    assert entry.matches("repair cafe")
    assert not entry.matches("niger")
    assert entry.matches(skill="dateline")
    assert not entry.matches(skill="photo")


def test_library_keeps_last_good_version_until_fixed(tmp_path):
    path = tmp_path / "tour.yaml"
    shutil.copy(TOUR, path)
    library = BankLibrary([tmp_path])
    library.reload_all()
    good = library.entry(path).bank
    path.write_text(path.read_text(encoding="utf-8").replace("answer: Maya Okafor", "answer: Nobody"))
    entry = library.reload(path)
    assert entry.state == "errors, showing the last good version"
    assert entry.bank is good
    assert "not one of the choices" in str(entry.problems[0])
    assert library.usable() == [good]
    shutil.copy(TOUR, path)
    assert library.reload(path).valid
    path.unlink()
    assert library.reload(path) is None
    assert library.entries() == []


def test_library_reports_ids_used_twice(tmp_path):
    shutil.copy(TOUR, tmp_path / "a.yaml")
    (tmp_path / "b.yaml").write_text(
        TOUR.read_text(encoding="utf-8").replace("id: format-tour", "id: format-tour-copy"), encoding="utf-8"
    )
    library = BankLibrary([tmp_path])
    library.reload_all()
    assert any("already used in" in p.message for p in library.problems())


def test_library_reads_only_files_that_changed(tmp_path, monkeypatch):
    import os

    from quizapp.banks import loader

    shutil.copy(TOUR, tmp_path / "a.yaml")
    (tmp_path / "b.yaml").write_text(
        TOUR.read_text(encoding="utf-8").replace("id: format-tour", "id: other").replace("id: tour-", "id: other-"),
        encoding="utf-8",
    )
    library = BankLibrary([tmp_path])
    library.reload_all()
    calls = []
    real = loader.open_bank_file
    monkeypatch.setattr(loader, "open_bank_file", lambda path, cache=None: calls.append(path) or real(path, cache))
    library.reload_all()
    assert calls == []
    path = tmp_path / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    library.reload_all()
    assert calls == [path]
    assert all(entry.valid for entry in library.entries())


def test_an_unchanged_bank_is_never_parsed_or_validated_twice(tmp_path, monkeypatch):
    from quizapp.banks import loader
    from quizapp.banks.checkcache import CheckCache

    shutil.copy(TOUR, tmp_path / "a.yaml")
    records = tmp_path / "cache"
    cold = BankLibrary([tmp_path], cache=CheckCache(records))
    cold.reload_all()  # first start: parsed, validated, remembered
    assert len(list(records.glob("*.json"))) == 1
    checked = []
    real = loader._check
    monkeypatch.setattr(loader, "_check", lambda text, name: checked.append(name) or real(text, name))
    warm = BankLibrary([tmp_path], cache=CheckCache(records))
    warm.reload_all()  # next start: the same bytes, built from the record
    assert checked == []
    assert warm.entries()[0].bank == cold.entries()[0].bank  # the same bank, item lines included
    path = tmp_path / "a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("answer: Maya Okafor", "answer: Nobody"), "utf-8")
    again = BankLibrary([tmp_path], cache=CheckCache(records))
    again.reload_all()  # changed bytes: checked in full, and its problem is found
    assert checked and not again.entries()[0].valid


def test_damaged_or_foreign_check_records_are_ignored(tmp_path, monkeypatch):
    from quizapp.banks import loader
    from quizapp.banks.checkcache import CheckCache

    shutil.copy(TOUR, tmp_path / "a.yaml")
    records = tmp_path / "cache"
    BankLibrary([tmp_path], cache=CheckCache(records)).reload_all()
    (record,) = records.glob("*.json")
    good = record.read_text(encoding="utf-8")
    checked: list[str] = []
    real = loader._check
    monkeypatch.setattr(loader, "_check", lambda text, name: checked.append(name) or real(text, name))
    for text in (
        "{not json",
        "[]",
        good.replace("quizapp-bank-check/1", "quizapp-bank-check/9"),  # a newer app's record
        good.replace('"checker": "', '"checker": "old-'),  # another version or schema
        good.replace('"items": [', '"items": [7, '),  # damaged: its checksum no longer matches
        good.replace('"checker": "', '"checker": "0'),  # written by other checking code
    ):
        record.write_text(text, encoding="utf-8")
        checked.clear()
        library = BankLibrary([tmp_path], cache=CheckCache(records))
        library.reload_all()
        assert checked, f"the record was believed: {text[:40]}"  # the file was checked in full instead
        assert all(entry.valid for entry in library.entries()), text[:40]
        assert library.entries()[0].bank.id == "format-tour"


def test_opening_the_score_store_leaves_numpy_out():
    import subprocess
    import sys

    code = "import sys, quizapp.store; print('numpy' in sys.modules, 'sqlite_utils' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["False", "True"]
