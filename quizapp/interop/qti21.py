"""Export to an IMS QTI 2.1 content package: a zip of ``imsmanifest.xml`` and one ``assessmentItem`` per item.

single and true/false items are one-choice ``choiceInteraction``s; multiple-answer items allow several
choices and score partial credit by a mapping (or all-or-nothing by matching the correct response);
short answers are a ``textEntryInteraction`` accepting each answer, ignoring case. The explanation is
a ``modalFeedback`` shown after answering.
"""

from __future__ import annotations

from lxml import etree

from quizapp.banks.model import Bank, Item
from quizapp.interop.archive import zip_bytes
from quizapp.interop.formats import Exporter, Rendering
from quizapp.interop.identifiers import UniqueNames, ncname
from quizapp.interop.qti_common import add_paragraphs, add_text_with_breaks, manifest, title_of
from quizapp.interop.selection import Selection, choices_of, is_right, right_choices, standard_true_false, type_rule

TITLE = "QTI 2.1"
NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
ITEM_RESOURCE = "imsqti_item_xmlv2p1"
FEEDBACK_ID = "EXPLANATION"


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, _q(tag), attributes)
    if text is not None:
        element.text = text
    return element


def _set_outcome(parent: etree._Element, identifier: str) -> etree._Element:
    return _sub(parent, "setOutcomeValue", identifier=identifier)


def _declarations(root: etree._Element, item: Item, choice_ids: dict[str, str]) -> bool:
    """The response and outcome declarations; returns whether the score comes from a mapping."""
    mapped = item.type == "short" or (item.type == "multiple" and item.scoring != "all-or-nothing")
    if item.type == "short":
        response = _sub(root, "responseDeclaration", identifier="RESPONSE", cardinality="single", baseType="string")
        _sub(_sub(response, "correctResponse"), "value", item.answer[0])
        mapping = _sub(response, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
        for accepted in dict.fromkeys(item.answer):
            _sub(mapping, "mapEntry", mapKey=accepted, mappedValue="1", caseSensitive="false")
    else:
        cardinality = "multiple" if item.type == "multiple" else "single"
        response = _sub(
            root, "responseDeclaration", identifier="RESPONSE", cardinality=cardinality, baseType="identifier"
        )
        correct = _sub(response, "correctResponse")
        for choice in right_choices(item):
            _sub(correct, "value", choice_ids[choice])
        if mapped:
            share = 1 / max(1, len(right_choices(item)))
            mapping = _sub(response, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
            for choice, identifier in choice_ids.items():
                value = share if is_right(item, choice) else -share
                _sub(mapping, "mapEntry", mapKey=identifier, mappedValue=f"{value:.6g}")
    for identifier, base_type, default in (("SCORE", "float", "0"), ("MAXSCORE", "float", "1")):
        outcome = _sub(root, "outcomeDeclaration", identifier=identifier, cardinality="single", baseType=base_type)
        _sub(_sub(outcome, "defaultValue"), "value", default)
    if item.explanation:
        _sub(root, "outcomeDeclaration", identifier="FEEDBACK", cardinality="single", baseType="identifier")
    return mapped


def _body(root: etree._Element, item: Item, choice_ids: dict[str, str]) -> None:
    body = _sub(root, "itemBody")
    if item.type == "short":
        add_text_with_breaks(_sub(body, "p"), item.prompt, _q("br"))
        longest = max(len(answer) for answer in item.answer)
        _sub(_sub(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength=str(longest + 5))
        return
    max_choices = "0" if item.type == "multiple" else "1"
    shuffle = "false" if item.type == "true_false" else "true"
    interaction = _sub(
        body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle=shuffle, maxChoices=max_choices
    )
    add_text_with_breaks(_sub(interaction, "prompt"), item.prompt, _q("br"))
    for choice, identifier in choice_ids.items():
        add_text_with_breaks(_sub(interaction, "simpleChoice", identifier=identifier), choice, _q("br"))


def _processing(root: etree._Element, item: Item, mapped: bool) -> None:
    processing = _sub(root, "responseProcessing")
    branches = _sub(processing, "responseCondition")
    condition = _sub(branches, "responseIf")
    if mapped:
        _sub(_sub(condition, "isNull"), "variable", identifier="RESPONSE")
        _sub(_set_outcome(condition, "SCORE"), "baseValue", "0", baseType="float")
        otherwise = _sub(branches, "responseElse")
        _sub(_set_outcome(otherwise, "SCORE"), "mapResponse", identifier="RESPONSE")
    else:
        match = _sub(condition, "match")
        _sub(match, "variable", identifier="RESPONSE")
        _sub(match, "correct", identifier="RESPONSE")
        _sub(_set_outcome(condition, "SCORE"), "baseValue", "1", baseType="float")
        otherwise = _sub(branches, "responseElse")
        _sub(_set_outcome(otherwise, "SCORE"), "baseValue", "0", baseType="float")
    if item.explanation:
        _sub(_set_outcome(processing, "FEEDBACK"), "baseValue", FEEDBACK_ID, baseType="identifier")
        modal = _sub(root, "modalFeedback", outcomeIdentifier="FEEDBACK", showHide="show", identifier=FEEDBACK_ID)
        add_paragraphs(modal, item.explanation, _q("p"), _q("br"))


def item_xml(bank: Bank, item: Item, identifier: str) -> bytes:
    """The ``assessmentItem`` document of one item."""
    root = etree.Element(_q("assessmentItem"), nsmap={None: NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{NS} {SCHEMA}")
    root.set("identifier", identifier)
    root.set("title", title_of(item))
    root.set("adaptive", "false")
    root.set("timeDependent", "false")
    root.set("{http://www.w3.org/XML/1998/namespace}lang", bank.language)
    choice_ids = {choice: f"choice_{number}" for number, choice in enumerate(choices_of(item), start=1)}
    mapped = _declarations(root, item, choice_ids)
    _body(root, item, choice_ids)
    _processing(root, item, mapped)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def render(selection: Selection) -> Rendering:
    """The zip package of the selected items."""
    names = UniqueNames()
    files: dict[str, bytes] = {}
    resources = []
    for bank, item in selection.items:
        identifier = names(ncname(item.id))
        href = f"items/{identifier}.xml"
        files[href] = item_xml(bank, item, identifier)
        resources.append((f"RES-{identifier}", ITEM_RESOURCE, href))
    package = {"imsmanifest.xml": manifest("QTIv2.1 Package", "1.0.0", resources), **files}
    return Rendering(zip_bytes(package))


EXPORTER = Exporter(
    name="qti21",
    title=TITLE,
    suffix=".zip",
    rules=(type_rule(TITLE, frozenset({"single", "multiple", "true_false", "short"})), standard_true_false(TITLE)),
    render=render,
)
