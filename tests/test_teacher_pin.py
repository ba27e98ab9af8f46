"""The teacher PIN: salted scrypt hashes, never the PIN in clear, weak PINs refused, the reset file."""

from __future__ import annotations

import sqlite3

import pytest

from quizapp.store import ScoreStore
from quizapp.teacher.access import PinError, TeacherAccess
from quizapp.teacher.pin import (
    RESET_FILE_NAME,
    consume_reset,
    hash_pin,
    pin_problem,
    reset_requested,
    verify_pin,
)


def test_hash_is_self_describing_and_salted():
    first, second = hash_pin("4821"), hash_pin("4821")
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(salt) == 24 and len(digest) == 44  # base64 of 16 and 32 bytes
    assert first != second  # a fresh salt each time
    assert "4821" not in first


def test_verify():
    stored = hash_pin("teach-2024")
    assert verify_pin("teach-2024", stored)
    assert not verify_pin("teach-2025", stored)
    assert not verify_pin("", stored)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "4821",
        "scrypt$16384$8$1$abc",
        "bcrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
        "scrypt$x$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",
        "scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==",  # n not a power of two
        "scrypt$16384$8$1$not base64!$aGFzaA==",
        "scrypt$16384$8$1$$",
        "scrypt$1099511627776$8$1$c2FsdA==$aGFzaA==",  # absurd cost
    ],
)
def test_malformed_stored_values_never_match(stored):
    assert verify_pin("4821", stored) is False


def test_known_value_is_reproducible():
    salt = bytes(range(16))
    assert hash_pin("2468", salt=salt) == hash_pin("2468", salt=salt)
    assert verify_pin("2468", hash_pin("2468", salt=salt))


@pytest.mark.parametrize(("pin", "problem"), [("123", "at least 4"), ("1111", "repeated"), ("aaaaaa", "repeated")])
def test_weak_pins_are_refused(pin, problem):
    assert problem in pin_problem(pin)


@pytest.mark.parametrize("pin", ["1234", "4821", "my class 7B", "Ünïcødé"])
def test_acceptable_pins(pin):
    assert pin_problem(pin) is None


def test_the_pin_is_never_stored_in_clear_text(tmp_path):
    path = tmp_path / "scores.db"
    with ScoreStore.open(path) as store:
        access = TeacherAccess(store, tmp_path)
        assert not access.has_pin()
        access.set_pin("739104")
        assert access.has_pin()
        assert access.unlock("739104")
        assert not access.unlock("739105")
    conn = sqlite3.connect(path)
    try:
        values = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                values.extend(str(value) for value in row)
    finally:
        conn.close()
    assert any(value.startswith("scrypt$") for value in values)
    assert not any("739104" in value for value in values)
    for file in tmp_path.iterdir():
        assert b"739104" not in file.read_bytes()


def test_change_pin(tmp_path):
    with ScoreStore.open(tmp_path / "scores.db") as store:
        access = TeacherAccess(store, tmp_path)
        access.set_pin("2580")
        with pytest.raises(PinError, match="not right"):
            access.change_pin("0000", "3690")
        with pytest.raises(PinError, match="at least"):
            access.change_pin("2580", "12")
        access.change_pin("2580", "3690")
        assert access.unlock("3690") and not access.unlock("2580")


def test_reset_file(tmp_path):
    assert RESET_FILE_NAME == "RESET-TEACHER-PIN"
    assert not reset_requested(tmp_path)
    consume_reset(tmp_path)  # nothing to delete: fine
    with ScoreStore.open(tmp_path / "scores.db") as store:
        access = TeacherAccess(store, tmp_path)
        access.set_pin("2580")
        assert access.apply_reset_file() is False
        assert access.has_pin()
        (tmp_path / RESET_FILE_NAME).touch()
        assert reset_requested(tmp_path)
        assert access.apply_reset_file() is True
        assert not access.has_pin()
        assert not (tmp_path / RESET_FILE_NAME).exists()


def test_access_defaults_to_the_data_folder(quizapp_home):
    with ScoreStore.open() as store:
        access = TeacherAccess(store)
        assert access.folder == store.path.parent
