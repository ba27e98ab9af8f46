"""Faults with real processes: SIGKILL mid-quiz, and several processes recording at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.store import ScoreStore

HELPERS = Path(__file__).with_name("store_helpers.py")
ROOT = HELPERS.parent.parent

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def recorder(db: Path, login: str, count: int) -> subprocess.Popen:
    """A process that records answers and prints "saved <uuid>" after each commit."""
    return subprocess.Popen(
        [sys.executable, str(HELPERS), str(db), login, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def saved_answers(db: Path) -> set[str]:
    with ScoreStore.open(db) as store:
        assert store.integrity_check() == "ok"
        return {row[0] for row in store.db.conn.execute("SELECT uuid FROM answers")}


def test_sigkill_mid_quiz_keeps_every_answer_reported_saved(tmp_path):
    db = tmp_path / "scores.db"
    process = recorder(db, "ana", 0)  # records until killed
    reported = []
    try:
        assert process.stdout.readline().strip() == "ready"
        while len(reported) < 23:  # mid-way through the fifth quiz of five questions
            line = process.stdout.readline()
            assert line.startswith("saved "), line + process.stderr.read()
            reported.append(line.split()[1])
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()
    assert set(reported) <= saved_answers(db)  # also checks PRAGMA integrity_check


def test_processes_recording_at_the_same_time_lose_nothing(tmp_path):
    db = tmp_path / "scores.db"  # created by whichever process gets there first
    processes = [recorder(db, login, 40) for login in ("ana", "ben", "cai")]
    reported: list[str] = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "locked" not in err
        assert err == ""
        reported += [line.split()[1] for line in out.splitlines() if line.startswith("saved ")]
    assert len(reported) == 120
    assert saved_answers(db) == set(reported)
