"""Check many bank files at once on every core: the first read of a large library.

Parsing YAML is nearly all the time a library of hundreds of banks takes to read when no record of an
earlier check covers them (the first start, or the first after an update of the app, which makes every
record stale). Python runs one thread at a time, so the work is shared with worker processes from the
standard library's `concurrent.futures`: no extra dependency, and the same pool the generator uses for
``--jobs``.

- Workers are started with "spawn", never "fork": the caller may be a GUI with threads of its own, and a
  forked child of a threaded process can hang on a lock another thread held. A spawned worker imports only
  the bank checks. The desktop bundle's entry point calls ``multiprocessing.freeze_support`` for them.
- The workers start as soon as a read has found enough banks to check, and take them in batches, in order,
  while the caller's thread goes on reading files (hashing them, looking for records of earlier checks).
  Then that thread checks batches too, from the back of the list, until it meets one a worker has: neither
  waits while the other has work left, whatever the banks' sizes.
- Starting a worker costs a few tenths of a second, so a small batch (an edited bank, a handful of new
  ones) is checked in the caller's thread alone.
- A worker that cannot be started, dies or cannot send its answer back costs nothing but time: its batch
  is checked again in the caller's thread, where any real error shows as it would without workers.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from quizapp.banks.loader import BankCheck, RawBank, check_raw

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Checked = tuple[BankCheck, dict[str, Any] | None, list[int]]

PARALLEL_FROM = 64  # bank files in a read before workers are worth starting
START_AFTER = 16  # banks found to need a check before the workers are started
BATCH = 8  # banks a worker is handed at a time
MAX_WORKERS = 3


def check_batch(banks: list[RawBank]) -> list[Checked]:
    """What a worker runs: `check_raw` for each bank of a batch."""
    return [check_raw(bank) for bank in banks]


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class Checker:
    """Checks the banks handed to it (`add`), in order (`results`). Reading a library, the caller hands over
    each bank that needs a check as it comes to it, among `files` bank files in all. Once enough have come,
    worker processes are started and take them in batches, in order, while the caller goes on reading the
    other files; then the caller checks batches too, from the back, until it meets one a worker has."""

    def __init__(self, files: int, *, workers: int | None = None) -> None:
        self.workers = min(_cores() - 1, MAX_WORKERS) if workers is None else workers
        if files < PARALLEL_FROM:
            self.workers = 0
        self._banks: list[RawBank] = []
        self._handed = 0  # banks handed to the workers (in batches) so far
        self._futures: list[Future[list[Checked]] | None] = []
        self._pool: ProcessPoolExecutor | None = None

    def add(self, bank: RawBank) -> None:
        self._banks.append(bank)
        if self._pool is None and self.workers > 0 and len(self._banks) >= START_AFTER:
            self._start()
        if self._pool is not None:
            while len(self._banks) - self._handed >= BATCH:
                self._hand(self._banks[self._handed : self._handed + BATCH])

    def _start(self) -> None:
        # Imported here: a read that needs no workers (nearly every start) never loads multiprocessing.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"))
        except (OSError, ValueError, NotImplementedError):  # no processes to be had here: one thread does it all
            self.workers = 0

    def _hand(self, batch: list[RawBank]) -> None:
        assert self._pool is not None
        try:
            future: Future[list[Checked]] | None = self._pool.submit(check_batch, batch)
        except RuntimeError:  # the pool broke: this batch, and those after it, are checked by the caller
            future = None
        self._futures.append(future)
        self._handed += len(batch)

    def results(self) -> list[Checked]:
        """Every bank handed over, checked, in the order handed; the workers are stopped after."""
        if self._pool is None:
            return check_batch(self._banks)
        with self._pool:
            rest = check_batch(self._banks[self._handed :])
            batches = [self._banks[start : start + BATCH] for start in range(0, self._handed, BATCH)]
            done: list[list[Checked] | None] = [None] * len(batches)
            for index in reversed(range(len(batches))):
                future = self._futures[index]
                if future is not None and not future.cancel():
                    break  # a worker has it, and every batch before it
                done[index] = check_batch(batches[index])
            for index, batch in enumerate(batches):
                if done[index] is None:
                    done[index] = _collect(self._futures[index], batch)
        self._pool = None
        return [checked for result in done if result is not None for checked in result] + rest


def _collect(future: Future[list[Checked]] | None, batch: list[RawBank]) -> list[Checked]:
    """A worker's answer for a batch, or the batch checked here when the worker could not give one."""
    if future is not None:
        try:
            return future.result()
        except Exception:  # a worker that died or could not send its answer: the checks run again here
            pass
    return check_batch(batch)
