"""The teacher PIN: a salted scrypt hash, never the PIN itself, and the documented reset file.

A stored value describes itself: ``scrypt$16384$8$1$<salt base64>$<hash base64>`` (cost n,
block size r, parallelism p), so the parameters can be raised later without breaking
existing PINs.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import os
from pathlib import Path

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 4
MAX_COST = 2**20  # refuse stored values that would make verification take minutes or all memory
RESET_FILE_NAME = "RESET-TEACHER-PIN"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * 1024 * 1024)


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """A self-describing salted scrypt hash of `pin` (a fresh random 16-byte salt unless given)."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _scrypt(pin, salt, N, R, P, HASH_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the `stored` hash; False for a wrong PIN or a malformed stored value."""
    try:
        scheme, n_text, r_text, p_text, salt_text, digest_text = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(digest_text, validate=True)
    except (AttributeError, ValueError, binascii.Error):
        return False
    if scheme != SCHEME or not expected or not salt or n < 2 or n & (n - 1) or n > MAX_COST or r < 1 or p < 1:
        return False
    try:
        actual = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be the teacher PIN, in plain words; None when it is acceptable."""
    if len(pin) < MIN_LENGTH:
        return f"The PIN needs at least {MIN_LENGTH} characters."
    if pin.strip() != pin:
        return "The PIN cannot start or end with a space."
    if len(set(pin)) == 1:
        return "The PIN cannot be one character repeated (like 1111): it is too easy to guess."
    return None


def reset_requested(data_dir: Path) -> bool:
    """True when a teacher has put the reset file (`RESET_FILE_NAME`) in the data folder."""
    return (Path(data_dir) / RESET_FILE_NAME).exists()


def consume_reset(data_dir: Path) -> None:
    """Delete the reset file (after the PIN was cleared); missing is fine."""
    with contextlib.suppress(FileNotFoundError):
        (Path(data_dir) / RESET_FILE_NAME).unlink()
