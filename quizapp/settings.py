"""User settings (theme, font size, data folder), stored as versioned JSON in the config folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

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


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when there is no file or it is unreadable.

    Raises `SettingsError` for a file written by a newer version, which is left untouched.
    """
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    version = data.get("version", 1)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        raise SettingsError(
            f"{path}: these settings were saved by a newer quizapp (settings version {version}); "
            "update quizapp, or move the file away to start with default settings"
        )
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
