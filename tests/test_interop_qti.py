"""QTI 2.1 packages checked against the official IMS XSD, QTI 1.2 (Canvas) against its DTD."""

from __future__ import annotations

import zipfile
from pathlib import Path

from interop_support import (
    all_banks,
    bank,
    content_package_schema,
    qti12_dtd,
    qti21_schema,
    without_root_namespaces,
)
from lxml import etree

from quizapp.interop import export_banks

QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
CANVAS = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"


def _assert_valid(schema: etree.XMLSchema | etree.DTD, document: etree._Element, name: str) -> None:
    assert schema.validate(document), f"{name}: {schema.error_log.filter_from_errors()[:3]}"


def test_qti21_package_items_are_valid_and_the_manifest_lists_each_once(tmp_path: Path) -> None:
    out = tmp_path / "all.zip"
    report = export_banks(all_banks(), "qti21", out)
    schema = qti21_schema()
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        manifest = etree.fromstring(package.read("imsmanifest.xml"))
        assert manifest.tag == f"{CP}manifest" and manifest.get("identifier")
        hrefs = [resource.get("href") for resource in manifest.iter(f"{CP}resource")]
        assert names == ["imsmanifest.xml", *hrefs]
        assert len(hrefs) == len(set(hrefs)) == len(report.written)
        for resource in manifest.iter(f"{CP}resource"):
            assert [f.get("href") for f in resource.iter(f"{CP}file")] == [resource.get("href")]
        for href in hrefs:
            _assert_valid(schema, etree.fromstring(package.read(href)), href)


def test_qti21_manifest_is_valid_against_the_content_packaging_schema(tmp_path: Path) -> None:
    manifest_schema = content_package_schema()
    out = tmp_path / "all.zip"
    export_banks(all_banks(), "qti21", out)
    with zipfile.ZipFile(out) as package:
        _assert_valid(manifest_schema, etree.fromstring(package.read("imsmanifest.xml")), "imsmanifest.xml")


def test_qti21_items_score_as_the_app_does(tmp_path: Path) -> None:
    out = tmp_path / "tricky.zip"
    export_banks([bank("tricky")], "qti21", out)
    with zipfile.ZipFile(out) as package:
        items = {name: etree.fromstring(package.read(name)) for name in package.namelist() if name.startswith("items/")}
    several = items["items/tricky-several.xml"]  # all-or-nothing: match the correct response
    assert several.find(f"{QTI}responseDeclaration").get("cardinality") == "multiple"
    assert several.find(f".//{QTI}mapping") is None
    assert several.find(f".//{QTI}match") is not None
    assert several.find(f".//{QTI}choiceInteraction").get("maxChoices") == "0"
    short = items["items/tricky-short.xml"]  # each accepted answer maps to full marks, ignoring case
    entries = short.findall(f".//{QTI}mapEntry")
    assert [(e.get("mapKey"), e.get("mappedValue"), e.get("caseSensitive")) for e in entries] == [
        ("Ana Ruiz", "1", "false"),
        ("councillor Ana Ruiz", "1", "false"),
        ("Ruiz * (a star #1)", "1", "false"),
    ]
    signs = items["items/tricky-signs.xml"]
    assert signs.find(f".//{QTI}correctResponse/{QTI}value").text == "choice_1"
    assert "“curly quotes” & <tags>" in "".join(signs.find(f"{QTI}modalFeedback").itertext())
    true_false = items["items/tricky-true.xml"]
    assert true_false.find(f".//{QTI}choiceInteraction").get("shuffle") == "false"
    assert [c.text for c in true_false.iter(f"{QTI}simpleChoice")] == ["True", "False"]


def test_qti21_partial_credit_maps_shares_like_the_app(tmp_path: Path) -> None:
    out = tmp_path / "tour.zip"
    export_banks([bank("format-tour")], "qti21", out)
    with zipfile.ZipFile(out) as package:
        repairs = etree.fromstring(package.read("items/tour-repairs.xml"))
    mapping = repairs.find(f".//{QTI}mapping")
    assert (mapping.get("lowerBound"), mapping.get("upperBound")) == ("0", "1")
    assert [e.get("mappedValue") for e in mapping] == ["0.5", "0.5", "-0.5", "-0.5"]


def test_qti12_canvas_package_is_valid_against_the_dtd(tmp_path: Path) -> None:
    out = tmp_path / "canvas.zip"
    report = export_banks(all_banks(), "qti12", out)
    dtd, manifest_schema = qti12_dtd(), content_package_schema()
    with zipfile.ZipFile(out) as package:
        manifest = etree.fromstring(package.read("imsmanifest.xml"))
        _assert_valid(manifest_schema, manifest, "imsmanifest.xml")
        resources = list(manifest.iter(f"{CP}resource"))
        assert {resource.get("type") for resource in resources} == {"imsqti_xmlv1p2"}
        counted = 0
        for resource in resources:
            xml = package.read(resource.get("href"))
            _assert_valid(dtd, without_root_namespaces(xml), resource.get("href"))
            counted += len(etree.fromstring(xml).findall(f".//{CANVAS}item"))
    assert counted == len(report.written)
    assert {note.item.item_id for note in report.skipped} >= {"tricky-evidence", "tricky-labels", "tour-anonymous"}


def test_qti12_uses_canvas_question_types_and_general_feedback(tmp_path: Path) -> None:
    out = tmp_path / "tricky.zip"
    export_banks([bank("tricky")], "qti12", out)
    with zipfile.ZipFile(out) as package:
        quiz = etree.fromstring(package.read("tricky/tricky.xml"))
    kinds = {
        item.get("ident"): item.find(f".//{CANVAS}qtimetadatafield/{CANVAS}fieldentry").text
        for item in quiz.iter(f"{CANVAS}item")
    }
    assert kinds == {
        "tricky-signs": "multiple_choice_question",
        "tricky-lines": "multiple_choice_question",
        "tricky-several": "multiple_answers_question",
        "tricky-true": "true_false_question",
        "tricky-short": "short_answer_question",
        "tricky-aiken": "multiple_choice_question",
    }
    several = next(item for item in quiz.iter(f"{CANVAS}item") if item.get("ident") == "tricky-several")
    condition = several.find(f".//{CANVAS}respcondition[@continue='No']/{CANVAS}conditionvar/{CANVAS}and")
    assert len(condition.findall(f"{CANVAS}varequal")) == 3 and len(condition.findall(f"{CANVAS}not")) == 2
    feedback = several.find(f"{CANVAS}itemfeedback[@ident='general_fb']")
    assert "The first three are in the lead" in "".join(feedback.itertext())
