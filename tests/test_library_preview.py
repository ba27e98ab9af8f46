"""The library listed before its banks are read: from the summaries of its last clean read, when no bank changed.

Also the records of bank checks and the summaries as hostile input: anything that is not what this code
wrote is ignored (and rebuilt by the next read), never a traceback, a hang or a stale list.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.banks import loader, summaries
from quizapp.banks.checkcache import CheckCache
from quizapp.banks.summaries import SummaryIndex
from quizapp.library import BankLibrary

ROOT = Path(__file__).resolve().parent.parent
TOUR = ROOT / "questions" / "examples" / "format-tour.yaml"
SHIPPED = ROOT / "questions"


def _tour(folder: Path, prefix: str) -> Path:
    """The format tour with its own bank and item ids."""
    text = TOUR.read_text(encoding="utf-8").replace("id: format-tour", f"id: {prefix}-tour")
    path = folder / f"{prefix}.yaml"
    path.write_text(text.replace("id: tour-", f"id: {prefix}-"), encoding="utf-8")
    return path


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """(a folder of banks, the cache folder), the banks read once: their summaries are kept."""
    banks = tmp_path / "banks"
    banks.mkdir()
    _tour(banks, "one")
    _tour(banks, "two")
    cache = tmp_path / "cache"
    _library(banks, cache).reload_all()
    return banks, cache


def _library(banks: Path, cache: Path) -> BankLibrary:
    checks = CheckCache(cache / "bank-checks")
    return BankLibrary([banks], cache=checks, summaries=SummaryIndex(cache / "bank-summaries.json", checks.checker))


def _listed(entries) -> list[tuple]:
    return [(e.path, e.title, e.publisher, e.date, e.counts("family"), e.counts("skill"), e.state) for e in entries]


def test_an_unchanged_library_is_listed_from_its_summaries_without_reading_a_bank(folders, monkeypatch):
    banks, cache = folders
    read = _library(banks, cache)
    read.reload_all()
    monkeypatch.setattr(loader, "check_bank_file", lambda *args: pytest.fail("a bank was read for the preview"))
    preview = _library(banks, cache).preview()
    assert preview is not None and len(preview) == 2
    assert _listed(preview) == _listed(read.entries())  # the same rows, in the same order
    assert all(entry.bank is None and not entry.valid for entry in preview)  # a quiz waits for the banks
    assert preview[0].matches("repair cafe") and preview[0].matches(skill="true-false", family="comprehension")
    assert not preview[0].matches(skill="main-event") and not preview[0].matches("toasters of Mars")


def test_the_preview_loads_neither_yaml_nor_the_bank_model(folders):
    banks, cache = folders
    code = (
        "import sys\n"
        "from quizapp.banks.checkcache import CheckCache\n"
        "from quizapp.banks.summaries import SummaryIndex\n"
        "from quizapp.library import BankLibrary\n"
        f"banks, cache = {str(banks)!r}, {str(cache)!r}\n"
        "checks = CheckCache(cache + '/bank-checks')\n"
        "index = SummaryIndex(cache + '/bank-summaries.json', checks.checker)\n"
        "entries = BankLibrary([banks], cache=checks, summaries=index).preview()\n"
        "loaded = [m for m in ('yaml', 'quizapp.banks.model', 'quizapp.banks.loader') if m in sys.modules]\n"
        "print(len(entries), loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["2", "[]"]


def test_a_record_of_a_check_builds_the_bank_without_yaml(folders):
    banks, cache = folders
    code = (
        "import sys\n"
        "from quizapp.banks.checkcache import CheckCache\n"
        "from quizapp.banks.loader import check_bank_file\n"
        f"result = check_bank_file({str(banks / 'one.yaml')!r}, CheckCache({str(cache / 'bank-checks')!r}))\n"
        "print(result.ok, 'yaml' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.split() == ["True", "False"]


def test_a_bank_changed_in_any_way_is_never_listed_from_its_old_summary(folders):
    banks, cache = folders
    path = banks / "one.yaml"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("tags: [example, tutorial]", "tags: [tutorial, example]")  # same size
    assert len(changed) == len(text) and changed != text
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same time
    assert _library(banks, cache).preview() is None
    path.write_text(text.replace("Town library opens", "Village library opens"), encoding="utf-8")
    assert _library(banks, cache).preview() is None
    read = _library(banks, cache)
    read.reload_all()  # the read keeps the new summary
    preview = _library(banks, cache).preview()
    assert preview is not None and _listed(preview) == _listed(read.entries())
    assert any("Village library opens" in entry.title for entry in preview)


def test_a_new_bank_waits_for_the_read_and_a_removed_one_is_not_listed(folders):
    banks, cache = folders
    _tour(banks, "three")
    assert _library(banks, cache).preview() is None  # no summary of it yet
    (banks / "three.yaml").unlink()
    (banks / "two.yaml").unlink()
    preview = _library(banks, cache).preview()
    assert preview is not None and [e.path.name for e in preview] == ["one.yaml"]


def test_a_library_with_problems_keeps_no_summaries(tmp_path):
    banks, cache = tmp_path / "banks", tmp_path / "cache"
    banks.mkdir()
    _tour(banks, "one")
    shutil.copy(banks / "one.yaml", banks / "copy.yaml")  # every id used twice
    _library(banks, cache).reload_all()
    assert not (cache / "bank-summaries.json").exists()
    assert _library(banks, cache).preview() is None
    (banks / "copy.yaml").write_text("format: quizapp-bank/1\nid: broken\n", encoding="utf-8")  # now invalid
    _library(banks, cache).reload_all()
    assert _library(banks, cache).preview() is None
    (banks / "copy.yaml").unlink()
    _library(banks, cache).reload_all()  # every bank valid again: what it lists is kept
    assert [entry.path.name for entry in _library(banks, cache).preview() or []] == ["one.yaml"]


def test_ids_used_in_two_banks_since_are_never_previewed(folders):
    banks, cache = folders
    shutil.copy(banks / "one.yaml", banks / "copy.yaml")  # bytes with a summary, ids already used
    assert _library(banks, cache).preview() is None


def test_the_summaries_are_written_only_when_they_change(folders):
    banks, cache = folders
    index = cache / "bank-summaries.json"
    os.utime(index, ns=(0, 0))
    _library(banks, cache).reload_all()
    assert index.stat().st_mtime_ns == 0


def _damaged_indexes(good: str) -> list[str | bytes]:
    header, body = good.split("\n", 1)
    entries = json.loads(body)
    key = next(iter(entries))

    def signed(changed: object) -> str:
        """An index with the right header and checksum around `changed`."""
        text = changed if isinstance(changed, str) else json.dumps(changed)
        sum_ = summaries._sum(text.encode("utf-8"))
        return json.dumps({**json.loads(header), "sum": sum_}) + "\n" + text

    wrong_type = {**entries, key: {**entries[key], "families": {"comprehension": "3"}}}
    return [
        "",
        "{not json\n{}",
        b"\xff\xfe\x00",
        "[" * 100_000 + "\n" + "]" * 100_000,
        good.replace(summaries.INDEX_FORMAT, "quizapp-bank-summaries/9"),  # a newer app's index
        good.replace('"checker": "', '"checker": "0'),  # written by other checking code
        good.replace('"headline": "', '"headline": "Not the headline: '),  # damaged: checksum no longer matches
        signed(wrong_type),  # signed, but not of the form this code writes
        signed({key: "text"}),
        signed([1, 2]),
        signed("[" * 100_000 + "]" * 100_000),  # nested too deep to read
    ]


def test_a_damaged_or_foreign_index_is_ignored_and_written_again(folders):
    banks, cache = folders
    index = cache / "bank-summaries.json"
    good = index.read_text(encoding="utf-8")
    for damaged in _damaged_indexes(good):
        if isinstance(damaged, bytes):
            index.write_bytes(damaged)
        else:
            index.write_text(damaged, encoding="utf-8")
        assert _library(banks, cache).preview() is None, repr(damaged[:60])
        _library(banks, cache).reload_all()
        assert index.read_text(encoding="utf-8") == good  # rebuilt by the read
        assert _library(banks, cache).preview() is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_pipe_or_a_folder_in_place_of_the_index_or_a_record_is_ignored(folders):
    banks, cache = folders
    index = cache / "bank-summaries.json"
    index.unlink()
    os.mkfifo(index)  # reading it would wait for ever
    assert _library(banks, cache).preview() is None
    index.unlink()
    index.mkdir()
    assert _library(banks, cache).preview() is None
    index.rmdir()
    for record in (cache / "bank-checks").glob("*.json"):
        record.unlink()
        os.mkfifo(record)
    library = _library(banks, cache)
    library.reload_all()  # checked in full instead
    assert [entry.valid for entry in library.entries()] == [True, True]


def test_an_index_too_large_is_not_read(folders, monkeypatch):
    banks, cache = folders
    monkeypatch.setattr(summaries, "MAX_INDEX_BYTES", 100)
    assert _library(banks, cache).preview() is None


def test_a_record_of_a_check_nested_too_deep_is_ignored(tmp_path, monkeypatch):
    banks, cache = tmp_path / "banks", tmp_path / "cache"
    banks.mkdir()
    _tour(banks, "one")
    _library(banks, cache).reload_all()
    (record,) = (cache / "bank-checks").glob("*.json")
    record.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    checked = []
    real = loader._check
    monkeypatch.setattr(loader, "_check", lambda text, name: checked.append(name) or real(text, name))
    library = _library(banks, cache)
    library.reload_all()
    assert checked and library.entries()[0].valid


def test_the_shipped_banks_are_previewed_as_they_are_listed(tmp_path):
    cache = tmp_path / "cache"
    checks = CheckCache(cache / "bank-checks")
    index = SummaryIndex(cache / "bank-summaries.json", checks.checker)
    read = BankLibrary([SHIPPED], bundled=SHIPPED, cache=checks, summaries=index)
    read.reload_all()
    checks = CheckCache(cache / "bank-checks")
    index = SummaryIndex(cache / "bank-summaries.json", checks.checker)
    preview = BankLibrary([SHIPPED], bundled=SHIPPED, cache=checks, summaries=index).preview()
    assert preview is not None
    assert _listed(preview) == _listed(read.entries())
    assert [(e.bundled, e.is_example) for e in preview] == [(e.bundled, e.is_example) for e in read.entries()]


def test_a_read_can_list_its_banks_before_it_writes_its_records(tmp_path):
    banks = tmp_path / "banks"
    banks.mkdir()
    _tour(banks, "one")
    _tour(banks, "two")
    cache = tmp_path / "cache"
    library = _library(banks, cache)
    library.reload_all(keep=False)
    assert sorted(bank.id for bank in library.usable()) == ["one-tour", "two-tour"]  # read, and listed from here
    assert not list((cache / "bank-checks").glob("*.json")) and not (cache / "bank-summaries.json").exists()
    assert _library(banks, cache).preview() is None  # nothing kept yet: a start now reads the banks
    library.keep_found()
    assert len(list((cache / "bank-checks").glob("*.json"))) == 2
    assert _listed(_library(banks, cache).preview()) == _listed(library.entries())
    library.keep_found()  # twice: nothing more to write, and no failure
    assert len(list((cache / "bank-checks").glob("*.json"))) == 2
