"""Opening the score database: schema and version, pragmas, and files it must refuse untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import store_helpers as h

from quizapp.engine import QuizSession
from quizapp.paths import database_path
from quizapp.store import SCHEMA_VERSION, PendingAnswers, ScoreStore, StoreError
from quizapp.store.connection import check_file
from quizapp.store.schema import APPLICATION_ID, MIGRATION_NAMES


def make_database(path: Path, answers: int = 5) -> None:
    """A closed score database with one student and one finished attempt."""
    with ScoreStore.open(path) as store:
        student = store.add_student("Ana")
        quiz = QuizSession([h.bank()], mode="test", seed=1, student=student.uuid, selection=None)
        h.play(store, quiz, "R" * answers)


def sidecars(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if p.exists()]


def test_default_location_is_the_user_data_folder(quizapp_home):
    with ScoreStore.open() as store:
        assert store.path == database_path()
        assert store.path.is_relative_to(quizapp_home)
    assert database_path().is_file()


def test_new_database_has_schema_version_and_safe_pragmas(tmp_path):
    with ScoreStore.open(tmp_path / "sub" / "scores.db") as store:
        conn = store.db.conn
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATION_NAMES)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == MIGRATION_NAMES
        assert store.integrity_check() == "ok"
        assert store.warning is None


def test_reopening_changes_nothing(tmp_path):
    path = tmp_path / "scores.db"
    make_database(path)
    before = path.read_bytes()
    with ScoreStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert len(store.history("ana")) == 1
    assert path.read_bytes() == before


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "scores.db"
    make_database(path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('quizapp', '0002_future', 'x')"
        )
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of quizapp") as caught:
        ScoreStore.open(path)
    assert str(path) in str(caught.value)
    assert "left unchanged" in str(caught.value)
    assert path.read_bytes() == before
    assert sidecars(path) == []


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "scores.db"
    path.write_text("name,score\nAna,3\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite file") as caught:
        ScoreStore.open(path)
    assert caught.value.path == str(path)
    assert path.read_bytes() == before
    assert sidecars(path) == []


def test_a_truncated_database_is_refused_untouched(tmp_path):
    path = tmp_path / "scores.db"
    make_database(path)
    whole = path.read_bytes()
    assert len(whole) >= 8 * 4096
    for size in (len(whole) // 2, 4096 + 10, 60):
        path.write_bytes(whole[:size])
        with pytest.raises(StoreError, match="damaged") as caught:
            ScoreStore.open(path)
        assert str(path) in str(caught.value)
        assert path.read_bytes() == whole[:size]
        assert sidecars(path) == []


def test_a_database_with_a_wal_to_replay_is_left_to_sqlite(tmp_path):
    # A crash in the middle of a checkpoint can leave the main file shorter than its header says;
    # SQLite completes the checkpoint from the WAL, so the size check must not refuse it.
    path = tmp_path / "scores.db"
    make_database(path)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    path.with_name("scores.db-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    check_file(path)  # no StoreError from the header check


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="another program"):
        ScoreStore.open(path)
    assert path.read_bytes() == before


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "scores.db"
    path.touch()
    with ScoreStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION


def test_a_folder_that_is_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="could not create the folder") as caught:
        ScoreStore.open(blocker / "scores.db")
    assert str(blocker / "scores.db") in str(caught.value)


_OPEN_AND_REPORT = """
import sys
from quizapp.store import ScoreStore, StoreError
try:
    ScoreStore.open(sys.argv[1]).close()
except StoreError as exc:
    print(exc)
    sys.exit(3)
"""


def _open_in_read_only_folder(folder: Path, path: Path) -> subprocess.CompletedProcess:
    """Open `path` with `folder` read-only: by permissions, or for root by a read-only bind mount."""
    command = [sys.executable, "-c", _OPEN_AND_REPORT, str(path)]
    env = {**os.environ, "PYTHONPATH": str(h.ROOT)}
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=60)
        finally:
            folder.chmod(0o755)
    if not shutil.which("unshare"):
        pytest.skip("running as root without unshare: cannot make a read-only folder")
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    wrapped = ["unshare", "--mount", "sh", "-c", script, "sh", str(folder), *command]
    result = subprocess.run(wrapped, capture_output=True, text=True, env=env, check=False, timeout=60)
    if "mount" in result.stderr and result.returncode not in (0, 3):
        pytest.skip(f"cannot make a read-only bind mount here: {result.stderr.strip()}")
    return result


def test_read_only_folder_new_database(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "scores.db"
    result = _open_in_read_only_folder(folder, path)
    assert result.returncode == 3, result.stdout + result.stderr
    assert str(path) in result.stdout
    assert "read-only" in result.stdout
    assert not path.exists()


def test_read_only_folder_existing_database(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "scores.db"
    make_database(path)
    before = path.read_bytes()
    result = _open_in_read_only_folder(folder, path)
    assert result.returncode == 3, result.stdout + result.stderr
    assert str(path) in result.stdout
    assert path.read_bytes() == before


def _big_item_quiz(student: str) -> QuizSession:
    huge = h.item("huge", prompt="Which one? " + "long prompt text " * 4000)
    return QuizSession([h.bank("big", (huge,))], mode="test", seed=1, student=student)


def test_full_disk_is_a_clear_error_and_the_file_is_untouched(tmp_path):
    path = tmp_path / "scores.db"
    make_database(path)
    with ScoreStore.open(path) as store:
        quiz = _big_item_quiz(store.student("ana").uuid)
        store.save(quiz.start())
        record = quiz.answer("Paris").record
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
        with pytest.raises(StoreError, match="the disk is full") as caught:
            store.save(record)
        assert str(path) in str(caught.value)
        assert store.integrity_check() == "ok"
        assert store.db.conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 5


def test_full_disk_leaves_the_database_file_bytes_unchanged(tmp_path):
    path = tmp_path / "scores.db"
    make_database(path)
    with ScoreStore.open(path) as store:
        quiz = _big_item_quiz(store.student("ana").uuid)
        store.save(quiz.start())
    before = path.read_bytes()
    with ScoreStore.open(path) as store:
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="disk is full"):
            store.save(quiz.answer("Paris").record)
    assert path.read_bytes() == before


def test_pending_answers_survive_a_full_disk_and_are_saved_on_the_next_save(tmp_path):
    path = tmp_path / "scores.db"
    make_database(path)
    with ScoreStore.open(path) as store:
        student = store.student("ana").uuid
        quiz = QuizSession(
            [h.bank("big", (h.item("huge", prompt="x" * 60_000), h.item("small")))],
            mode="test",
            seed=1,
            student=student,
        )
        pending = PendingAnswers(store.save)
        assert pending.save(quiz.start()).ok
        conn = store.db.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        records = []
        while quiz.current is not None:
            records.append(quiz.answer("Paris").record)
            status = pending.save(records[-1])
            quiz.next()
        assert status.waiting >= 1
        assert "disk is full" in status.error
        conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
        status = pending.save(quiz.finish().record)
        assert status.ok
        assert pending.waiting == ()
        saved = {row[0] for row in conn.execute("SELECT uuid FROM answers")}
        assert {record.uuid for record in records} <= saved
        assert store.history("ana")[-1].finished
