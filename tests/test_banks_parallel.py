"""A first read of a large library shares the bank checks with worker processes, and gives exactly what one
thread alone gives: the same banks and problems, in the same order, and the same records for the next read."""

from __future__ import annotations

import re
from concurrent.futures import Future
from pathlib import Path

import pytest

from quizapp.banks import parallel
from quizapp.banks.checkcache import CheckCache
from quizapp.banks.loader import BankCheck, RawBank, check_raw, open_bank_file
from quizapp.library import BankLibrary

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted((ROOT / "questions").glob("*.yaml"))


def _copies(folder: Path, number: int, *, broken: tuple[int, ...] = ()) -> list[Path]:
    """`number` valid banks (the shipped ones with their ids changed), some of them `broken` on purpose."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(number):
        text = SHIPPED[index % len(SHIPPED)].read_text(encoding="utf-8")
        text = re.sub(r"^(\s*-?\s*)id: ", rf"\g<1>id: copy{index}-", text, flags=re.MULTILINE)
        if index in broken:
            text = text.replace("\ntitle:", "\nsurprise: true\ntitle:", 1)
        path = folder / f"copy-{index:03d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _raw(paths: list[Path]) -> list[RawBank]:
    opened = [open_bank_file(path) for path in paths]
    assert all(isinstance(bank, RawBank) for bank in opened)
    return opened  # type: ignore[return-value]


def _outline(checked: list[parallel.Checked]) -> list[tuple]:
    return [(check.path, check.ok, check.problems, check.bank, data, lines) for check, data, lines in checked]


def test_banks_checked_with_a_worker_come_back_in_order_exactly_as_checked_alone(tmp_path):
    banks = _raw(_copies(tmp_path, parallel.PARALLEL_FROM + 9, broken=(3, 40, 70)))
    checker = parallel.Checker(len(banks), workers=1)
    for bank in banks:
        checker.add(bank)
    assert checker._pool is not None, "a worker starts once enough banks need a check"
    shared = checker.results()
    alone = [check_raw(bank) for bank in banks]
    assert _outline(shared) == _outline(alone)
    assert [check.ok for check, _, _ in shared].count(False) == 3


def test_a_small_read_starts_no_worker(tmp_path):
    banks = _raw(_copies(tmp_path, parallel.START_AFTER + 4))
    checker = parallel.Checker(parallel.PARALLEL_FROM - 1, workers=1)
    for bank in banks:
        checker.add(bank)
    assert checker._pool is None
    assert _outline(checker.results()) == _outline([check_raw(bank) for bank in banks])


def test_a_batch_whose_worker_failed_is_checked_by_the_caller(tmp_path):
    batch = _raw(_copies(tmp_path, 2))
    failed: Future = Future()
    failed.set_exception(EOFError("the worker died"))
    assert _outline(parallel._collect(failed, batch)) == _outline(parallel.check_batch(batch))
    assert _outline(parallel._collect(None, batch)) == _outline(parallel.check_batch(batch))


def test_no_processes_to_be_had_means_one_thread_checks_everything(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", refuse)
    banks = _raw(_copies(tmp_path, parallel.PARALLEL_FROM))
    checker = parallel.Checker(len(banks), workers=1)
    for bank in banks:
        checker.add(bank)
    assert checker.workers == 0 and checker._pool is None
    assert _outline(checker.results()) == _outline([check_raw(bank) for bank in banks])


@pytest.mark.parametrize("workers", [0, 1])
def test_a_large_first_read_lists_every_bank_and_keeps_a_record_of_each(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(parallel, "MAX_WORKERS", workers)
    folder = tmp_path / "banks"
    paths = _copies(folder, parallel.PARALLEL_FROM + 6, broken=(5,))
    cache = CheckCache(tmp_path / "checks")
    library = BankLibrary([folder], cache=cache)
    library.reload_all()
    entries = {entry.path: entry for entry in library.entries()}
    assert sorted(entries) == paths
    assert [path.name for path, entry in entries.items() if entry.problems] == ["copy-005.yaml"]
    assert len(list((tmp_path / "checks").glob("*.json"))) == len(paths) - 1
    # The next read builds every valid bank from its record, without parsing it again.
    again = BankLibrary([folder], cache=CheckCache(tmp_path / "checks"))
    monkeypatch.setattr("quizapp.banks.loader._check", lambda text, name: pytest.fail(f"{name} parsed again"))
    monkeypatch.setattr("quizapp.banks.loader.check_raw", lambda bank: pytest.fail(f"{bank.name} parsed again"))
    for path in paths:
        if path.name != "copy-005.yaml":
            check = open_bank_file(path, again.cache)
            assert isinstance(check, BankCheck) and check.ok and check.bank == entries[path].bank
