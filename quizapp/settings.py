"""User settings (theme, font size, data folder), stored as versioned JSON in the config folder."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from quizapp.errors import QuizappError
from quizapp.paths import settings_path

SETTINGS_VERSION = 1
THEMES = ("system", "light", "dark")
FONT_SIZES = range(8, 33)


class SettingsError(QuizappError):
    """The settings file cannot be used."""


@dataclass(frozen=True)
class Settings:
    """What the user chose; every field has a safe default."""

    theme: str = "system"
    font_size: int = 11
    data_folder: str = ""  # empty: the default per-user data folder
    confidence: bool = False
    last_student: str = ""

    def changed(self, **changes: object) -> Settings:
        """A copy with some fields changed (values are checked)."""
        return _checked(replace(self, **changes))  # type: ignore[arg-type]


def _checked(settings: Settings) -> Settings:
    theme = settings.theme if settings.theme in THEMES else "system"
    size = settings.font_size if isinstance(settings.font_size, int) and settings.font_size in FONT_SIZES else 11
    return replace(settings, theme=theme, font_size=size)


def versioned_object(text: str | None, newest: int, newer: Callable[[object], Exception]) -> dict[str, Any] | None:
    """The JSON object a versioned settings text holds; None when there is none or it cannot be read (the
    caller falls back to defaults). A version above `newest` raises `newer(version)`: such a file was written
    by a newer quizapp and is left untouched."""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    version = data.get("version", 1)
    if not isinstance(version, int) or version > newest:
        raise newer(version)
    return data


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when there is no file or it is unreadable.

    Raises `SettingsError` for a file written by a newer version, which is left untouched.
    """
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):  # missing, unreadable, or not text
        return Settings()
    data = versioned_object(
        text,
        SETTINGS_VERSION,
        lambda version: SettingsError(
            f"{path}: these settings were saved by a newer quizapp (settings version {version}); "
            "update quizapp, or move the file away to start with default settings"
        ),
    )
    if data is None:
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in data.items() if k in known}
    try:
        return _checked(Settings(**values))
    except TypeError:
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (raises `quizapp.fileio.SaveError` on failure)."""
    from quizapp.fileio import atomic_write_text

    path = path or settings_path()
    atomic_write_text(path, json.dumps({"version": SETTINGS_VERSION, **asdict(settings)}, indent=2) + "\n")
