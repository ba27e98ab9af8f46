"""The fast schema check agrees with the full validator on valid banks and on every kind of broken one."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from quizapp.banks import schemacheck

ROOT = Path(__file__).resolve().parents[1]
BANKS = sorted((ROOT / "questions").rglob("*.yaml"))


def _full_errors(data) -> bool:
    return bool(list(schemacheck._validator().iter_errors(data)))


def _mutations(data):
    yield "as is", data
    for field in ("format", "id", "title", "items"):
        broken = copy.deepcopy(data)
        broken.pop(field, None)
        yield f"no {field}", broken
    broken = copy.deepcopy(data)
    broken["items"][0]["type"] = "essay"
    yield "unknown type", broken
    broken = copy.deepcopy(data)
    broken["items"][0]["difficulty"] = 7
    yield "difficulty out of range", broken
    broken = copy.deepcopy(data)
    broken["items"][0]["choices"] = "one, two"
    yield "choices as text", broken
    broken = copy.deepcopy(data)
    broken["items"][0]["surprise"] = True
    yield "unknown field", broken
    broken = copy.deepcopy(data)
    broken["tags"] = [1, 2]
    yield "tags as numbers", broken
    broken = copy.deepcopy(data)
    broken["items"][0]["prompt"] = ""
    yield "empty prompt", broken


@pytest.mark.parametrize("path", BANKS, ids=lambda p: p.name)
def test_fast_and_full_validators_agree(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for name, mutated in _mutations(data):
        assert schemacheck.is_valid(mutated) == (not _full_errors(mutated)), name
