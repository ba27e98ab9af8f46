"""The bank JSON Schema: one copy for editors, one in the package, both in step with the code."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from quizapp.banks.schemacheck import bank_schema
from quizapp.banks.skills import FAMILIES, ITEM_TYPES, ORIGINS, SKILLS, STATUSES
from quizapp.paths import bank_schema_path

ROOT = Path(__file__).resolve().parent.parent


def test_repository_copy_equals_package_copy():
    shipped = (ROOT / "questions" / "schema" / "bank.schema.json").read_text(encoding="utf-8")
    assert shipped == bank_schema_path().read_text(encoding="utf-8"), (
        "copy quizapp/banks/bank.schema.json to questions/schema/bank.schema.json"
    )


def test_schema_is_a_valid_json_schema():
    schema = bank_schema()
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_enums_match_the_documented_lists():
    item = bank_schema()["$defs"]["item"]["properties"]
    assert item["skill"]["enum"] == list(SKILLS)
    assert item["family"]["enum"] == list(FAMILIES)
    assert item["type"]["enum"] == list(ITEM_TYPES)
    assert item["origin"]["enum"] == list(ORIGINS)
    assert item["status"]["enum"] == list(STATUSES)
    assert {skill.family for skill in SKILLS.values()} == set(FAMILIES)


def test_documentation_lists_every_skill():
    doc = (ROOT / "docs" / "bank-format.md").read_text(encoding="utf-8")
    for slug in SKILLS:
        assert f"`{slug}`" in doc


def test_schema_file_is_plain_json():
    json.loads(bank_schema_path().read_text(encoding="utf-8"))
