"""A desk's LRS settings and where the password comes from.

The settings (address, user, the school's home page, pseudonyms, "send automatically") are the desk's
own: they are kept in its score database, versioned, and never exported with its results. Sending is
off until a teacher turns it on. The password is never kept there: it comes from the command line, the
environment (``QUIZAPP_LRS_PASSWORD``) or the system keyring (the ``keyring`` library, which speaks to
the Secret Service, macOS Keychain and Windows Credential Locker, so the app stores no secret itself).
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from urllib.parse import urlsplit

from quizapp.errors import QuizappError
from quizapp.settings import versioned_object
from quizapp.xapi import profile
from quizapp.xapi.lrs import LrsError, endpoint_of
from quizapp.xapi.statements import StatementSettings

MIN_SALT = 16  # characters of the school's salt for pseudonyms: too short, and a login could be guessed back
CONFIG_VERSION = 1
ENV_ADDRESS = "QUIZAPP_LRS"
ENV_USER = "QUIZAPP_LRS_USER"
ENV_PASSWORD = "QUIZAPP_LRS_PASSWORD"
KEYRING_SERVICE = "quizapp LRS"


class LrsConfigError(QuizappError):
    """The saved LRS settings cannot be used (written by a newer quizapp)."""


@dataclass(frozen=True)
class LrsConfig:
    address: str = ""
    user: str = ""
    homepage: str = ""  # empty: the LRS address's site
    activity_base: str = profile.DEFAULT_ACTIVITY_BASE
    pseudonymous: bool = False
    salt: str = ""
    auto_send: bool = False

    def changed(self, **changes: object) -> LrsConfig:
        config = replace(self, **changes)  # type: ignore[arg-type]
        if config.pseudonymous and not config.salt:
            config = replace(config, salt=new_salt())
        return config

    @property
    def endpoint(self) -> str:
        return endpoint_of(self.address)

    def statement_settings(self) -> StatementSettings:
        homepage = self.homepage.strip()
        if not homepage:
            parts = urlsplit(self.address.strip())
            homepage = f"{parts.scheme}://{parts.netloc}"
        return StatementSettings(
            homepage=homepage,
            activity_base=self.activity_base.strip() or profile.DEFAULT_ACTIVITY_BASE,
            pseudonymous=self.pseudonymous,
            salt=self.salt,
        )


def new_salt() -> str:
    return secrets.token_urlsafe(24)


def config_from_json(text: str | None) -> LrsConfig:
    """The saved settings; defaults (sending off) when there are none or they are unreadable.

    Raises `LrsConfigError` for settings saved by a newer quizapp, which are left untouched.
    """
    data = versioned_object(
        text,
        CONFIG_VERSION,
        lambda version: LrsConfigError(
            f"this desk's LRS settings were saved by a newer quizapp (LRS settings version {version}); "
            "update quizapp to send results"
        ),
    )
    if data is None:
        return LrsConfig()
    values = {}
    for found in fields(LrsConfig):
        value = data.get(found.name)
        if isinstance(value, type(getattr(LrsConfig(), found.name))):
            values[found.name] = value
    return LrsConfig(**values)


def config_to_json(config: LrsConfig) -> str:
    return json.dumps({"version": CONFIG_VERSION, **asdict(config)}, ensure_ascii=False)


def _keyring_user(endpoint: str, user: str) -> str:
    return f"{user} @ {endpoint}"


def saved_password(address: str, user: str) -> str | None:
    """The password kept in the system keyring for this user and LRS, if any (None without a keyring)."""
    try:
        import keyring
        import keyring.errors

        return keyring.get_password(KEYRING_SERVICE, _keyring_user(endpoint_of(address), user))
    except (LrsError, keyring.errors.KeyringError, RuntimeError):
        return None


def save_password(address: str, user: str, password: str) -> None:
    """Keep the password in the system keyring. Raises `LrsError` when the system has no keyring."""
    import keyring
    import keyring.errors

    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(endpoint_of(address), user), password)
    except (keyring.errors.KeyringError, RuntimeError) as error:
        raise LrsError(
            f"the password could not be kept in the system keyring ({error}); set {ENV_PASSWORD} instead"
        ) from None


def credentials(
    address: str,
    user: str | None,
    password: str | None,
    *,
    config: LrsConfig,
    environ: Mapping[str, str] = os.environ,
    command_line: bool = False,
) -> tuple[str, str]:
    """(user, password): from the arguments, else the environment, else the saved user and the keyring.

    `command_line`: word the message for the ``results send`` command (else for Settings)."""
    user = user or environ.get(ENV_USER) or config.user
    if not user:
        where = f"--user U, or set {ENV_USER}, or save a user in Settings" if command_line else "the LRS user name"
        raise LrsError(f"say who sends: {where}")
    password = password or environ.get(ENV_PASSWORD) or saved_password(address, user)
    if not password:
        where = (
            f"give --password, set {ENV_PASSWORD}, or save it in Settings (kept in the system keyring)"
            if command_line
            else "type it in Settings (it is kept in the system keyring)"
        )
        raise LrsError(f"no password for {user!r} at {endpoint_of(address)}: {where}")
    return user, password
