"""Helpers for the interop tests: the banks to export, the official validators, and the gift-pegjs parser."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from quizapp.banks import Bank, load_banks

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "interop"
VENDORED = Path(__file__).resolve().parent / "data" / "validators"  # in the repository: see its README
SHARED_VALIDATORS = ROOT.parent / "shared" / "validators"  # beside a development checkout only
NODE_DIR = ROOT / ".cache" / "node"  # git-ignored; holds the npm parser
_PARSE_SCRIPT = """
const [modulePath, file] = process.argv.slice(1);
const gift = require(modulePath);
const text = require("fs").readFileSync(file, "utf8");
try {
  process.stdout.write(JSON.stringify(gift.parse(text)));
} catch (error) {
  process.stderr.write(JSON.stringify({message: error.message, location: error.location}));
  process.exit(3);
}
"""


@functools.cache
def all_banks() -> tuple[Bank, ...]:
    """The bundled banks, the format tour and the bank of special characters."""
    loaded = load_banks([ROOT / "questions", DATA / "tricky.yaml"])
    assert not loaded.failed, loaded.problems
    return tuple(loaded.banks)


def bank(bank_id: str) -> Bank:
    return next(b for b in all_banks() if b.id == bank_id)


def shared_validator(*parts: str) -> Path:
    """A schema whose licence does not let the project ship it (IMS asks distributors to register first).

    It is read from the validators folder beside a development checkout; elsewhere the test is skipped,
    and the export is still checked by the vendored QTI 2.1 schema and the structural checks.
    """
    path = SHARED_VALIDATORS.joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"{path} is absent: its licence does not let the project ship it, so this check runs beside it")
    return path


@functools.cache
def _schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


def qti21_schema() -> etree.XMLSchema:
    """IMS QTI 2.1 (vendored: its notice lets it be copied as is), with the W3C schemas it imports."""
    return _schema(VENDORED / "qti21" / "qtiv2p1" / "imsqti_v2p1.xsd")


def content_package_schema() -> etree.XMLSchema:
    return _schema(shared_validator("qti21", "imscp_v1p1.xsd"))


def qti12_dtd() -> etree.DTD:
    return etree.DTD(str(shared_validator("ims_qtiasiv1p2p1.dtd")))


def without_root_namespaces(xml: bytes) -> etree._Element:
    """The document with the root's xmlns and schemaLocation attributes removed (the QTI 1.2 DTD lacks them)."""
    text = xml.decode("utf-8")
    root_start = re.search(r"<questestinterop\b[^>]*>", text)
    assert root_start, "no <questestinterop> root"
    bare = re.sub(r'\s(?:xmlns(?::\w+)?|xsi:schemaLocation)="[^"]*"', "", root_start.group(0))
    return etree.fromstring((text[: root_start.start()] + bare + text[root_start.end() :]).encode("utf-8"))


def gift_pegjs() -> Path:
    """The gift-pegjs module that ``make test`` installs into .cache/node/ (tests/install-gift-pegjs.sh)."""
    module = NODE_DIR / "node_modules" / "gift-pegjs"
    if not shutil.which("node"):
        pytest.skip("node is not installed, so the independent GIFT parser gift-pegjs cannot run")
    if not (module / "package.json").is_file():
        error_log = NODE_DIR / "npm-error.log"
        reason = error_log.read_text(encoding="utf-8", errors="replace").strip()[-300:] if error_log.is_file() else ""
        pytest.skip(
            f"gift-pegjs is not installed in {NODE_DIR}: run 'sh tests/install-gift-pegjs.sh' (make test does)"
            + (f"; npm said: {reason}" if reason else "")
        )
    return module


def parse_gift(path: Path) -> list[dict[str, Any]]:
    """The questions gift-pegjs reads from a GIFT file (its JSON form); fails with its message on a syntax error."""
    module = gift_pegjs()
    node = shutil.which("node")
    assert node
    result = subprocess.run(
        [node, "-e", _PARSE_SCRIPT, str(module), str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, f"gift-pegjs rejected {path}: {result.stderr}"
    return json.loads(result.stdout)
