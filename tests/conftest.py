"""Shared fixtures: every test runs with its own QUIZAPP_HOME, never the user's real data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "niger-russian-military-trainers.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def quizapp_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point QUIZAPP_HOME (and the XDG folders, as a second fence) at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("quizapp-home")
    monkeypatch.setenv("QUIZAPP_HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / "xdg" / name.lower()))
    return home


@pytest.fixture
def seed_path() -> Path:
    return SEED


# Hypothesis: a short profile for `make test`, a long one for `make fuzz` (HYPOTHESIS_PROFILE=fuzz).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", max_examples=40, deadline=None)
settings.register_profile(
    "fuzz", max_examples=2_000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "default"))


class MemoryKeyring:
    """A keyring that keeps passwords in this process: no test reads or writes the user's real keyring."""

    priority = 1

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    found = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", found.get_password)
    monkeypatch.setattr(keyring, "set_password", found.set_password)
    monkeypatch.setattr(keyring, "delete_password", found.delete_password)
    return found


@pytest.fixture
def ralph(tmp_path: Path):
    """A real LRS (Ralph, file backend) on a loopback port; the test is skipped where it is not installed."""
    from lrs_support import Ralph, ralph_missing

    missing = ralph_missing()
    if missing:
        pytest.skip(missing)
    server = Ralph(tmp_path / "lrs")
    server.start()
    yield server
    server.stop()
