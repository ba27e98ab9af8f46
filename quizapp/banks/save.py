"""Write banks as readable YAML: block style, multi-line text as literal blocks, atomic replace.

Lists sit at the indentation of their key (``items:`` then ``- id: …``), the style both PyYAML
emitters produce identically, so a bank's bytes do not depend on whether libyaml is installed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from quizapp.banks.model import Bank, bank_to_dict
from quizapp.errors import BankError
from quizapp.fileio import SaveError, atomic_write_text
from quizapp.paths import bank_schema_path
from quizapp.yamlsafe import SafeDumper

SCHEMA_COMMENT = "# yaml-language-server: $schema="
LINE_WIDTH = 100


class _BankDumper(SafeDumper):  # type: ignore[misc, valid-type]
    """Block style with multi-line text as literal blocks (libyaml's emitter when present: same output)."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value.strip("\n"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_BankDumper.add_representer(str, _represent_str)


def schema_reference(bank_path: Path) -> str:
    """How a bank at `bank_path` refers to the JSON Schema for editors.

    A ``schema/bank.schema.json`` beside the bank is referred to relatively (as in the
    repository's ``questions/``); otherwise the copy inside the installed package.
    """
    local = bank_path.parent / "schema" / "bank.schema.json"
    if local.is_file():
        return "schema/bank.schema.json"
    return bank_schema_path().resolve().as_uri()


def dump_bank(bank: Bank, schema_ref: str) -> str:
    """The full text of a bank file."""
    body = yaml.dump(
        bank_to_dict(bank),
        Dumper=_BankDumper,
        sort_keys=False,
        allow_unicode=True,
        width=LINE_WIDTH,
        default_flow_style=False,
    )
    return f"{SCHEMA_COMMENT}{schema_ref}\n{body}"


def dump_data(data: dict[str, Any]) -> str:
    """YAML text for plain data in the bank style (used by tools that write partial banks)."""
    return yaml.dump(data, Dumper=_BankDumper, sort_keys=False, allow_unicode=True, width=LINE_WIDTH)


def save_bank(bank: Bank, path: str | Path) -> Path:
    """Write `bank` to `path` atomically; raises `BankError` naming the file if it cannot."""
    target = Path(path)
    text = dump_bank(bank, schema_reference(target))
    try:
        atomic_write_text(target, text)
    except SaveError as exc:
        raise BankError(target, reason=str(exc).split(": ", 1)[-1]) from None
    return Path(os.fspath(target))
