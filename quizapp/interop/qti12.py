"""Export to QTI 1.2 in the dialect Canvas imports: a zip with ``imsmanifest.xml`` and one quiz per bank.

Item types map to Canvas's ``multiple_choice_question``, ``multiple_answers_question``,
``true_false_question`` and ``short_answer_question``; the explanation is the general feedback
(``general_fb``) Canvas shows after answering. Canvas: Course > Settings > Import Course Content > QTI .zip.
"""

from __future__ import annotations

from lxml import etree

from quizapp.banks.model import Bank, Item
from quizapp.interop.archive import zip_bytes
from quizapp.interop.formats import Exporter, Rendering
from quizapp.interop.identifiers import UniqueNames, ncname
from quizapp.interop.qti_common import manifest
from quizapp.interop.report import ItemNote, ItemRef
from quizapp.interop.selection import (
    Selection,
    all_or_nothing_note,
    choices_of,
    is_right,
    standard_true_false,
    type_rule,
)
from quizapp.interop.texts import text_to_html, xml_safe

TITLE = "QTI 1.2 (Canvas)"
NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
RESOURCE_TYPE = "imsqti_xmlv1p2"
CANVAS_TYPES = {
    "single": "multiple_choice_question",
    "multiple": "multiple_answers_question",
    "true_false": "true_false_question",
    "short": "short_answer_question",
}
RESPONSE = "response1"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{NS}}}{tag}", attributes)
    if text is not None:
        element.text = xml_safe(text)
    return element


def _metadata(parent: etree._Element, fields: list[tuple[str, str]]) -> None:
    metadata = _sub(parent, "qtimetadata")
    for label, entry in fields:
        field = _sub(metadata, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _material(parent: etree._Element, text: str, html: bool = False) -> None:
    content = f"<div><p>{text_to_html(text)}</p></div>" if html else text
    _sub(_sub(parent, "material"), "mattext", content, texttype="text/html" if html else "text/plain")


def _presentation(item_element: etree._Element, item: Item, answer_ids: dict[str, str]) -> None:
    presentation = _sub(item_element, "presentation")
    _material(presentation, item.prompt, html=True)
    if item.type == "short":
        response = _sub(presentation, "response_str", ident=RESPONSE, rcardinality="Single")
        _sub(_sub(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        return
    cardinality = "Multiple" if item.type == "multiple" else "Single"
    render = _sub(_sub(presentation, "response_lid", ident=RESPONSE, rcardinality=cardinality), "render_choice")
    for choice, ident in answer_ids.items():
        _material(_sub(render, "response_label", ident=ident), choice)


def _scoring(item_element: etree._Element, item: Item, answer_ids: dict[str, str]) -> None:
    processing = _sub(item_element, "resprocessing")
    _sub(_sub(processing, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if item.explanation:
        general = _sub(processing, "respcondition", **{"continue": "Yes"})
        _sub(_sub(general, "conditionvar"), "other")
        _sub(general, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    condition = _sub(processing, "respcondition", **{"continue": "No"})
    variables = _sub(condition, "conditionvar")
    if item.type == "short":
        for accepted in dict.fromkeys(item.answer):
            _sub(variables, "varequal", accepted, respident=RESPONSE)
    elif item.type == "multiple":
        every = _sub(variables, "and")
        for choice, ident in answer_ids.items():
            target = every if is_right(item, choice) else _sub(every, "not")
            _sub(target, "varequal", ident, respident=RESPONSE)
    else:
        right = next(ident for choice, ident in answer_ids.items() if is_right(item, choice))
        _sub(variables, "varequal", right, respident=RESPONSE)
    _sub(condition, "setvar", "100", action="Set", varname="SCORE")
    if item.explanation:
        feedback = _sub(item_element, "itemfeedback", ident="general_fb")
        _material(_sub(feedback, "flow_mat"), item.explanation, html=True)


def item_element(section: etree._Element, item: Item, ident: str) -> None:
    """Append the Canvas QTI item for `item` to `section`."""
    element = _sub(section, "item", ident=ident, title=xml_safe(item.id))
    answer_ids = {choice: f"{ident}-{index}" for index, choice in enumerate(choices_of(item), start=1)}
    _metadata(
        _sub(element, "itemmetadata"),
        [
            ("question_type", CANVAS_TYPES[item.type]),
            ("points_possible", "1.0"),
            ("original_answer_ids", ",".join(answer_ids.values())),
        ],
    )
    _presentation(element, item, answer_ids)
    _scoring(element, item, answer_ids)


def quiz_xml(bank: Bank, items: tuple[Item, ...], ident: str, names: UniqueNames) -> bytes:
    """The ``questestinterop`` document of one bank: an assessment with one section of items."""
    root = etree.Element(f"{{{NS}}}questestinterop", nsmap={None: NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{NS} {SCHEMA}")
    assessment = _sub(root, "assessment", ident=ident, title=xml_safe(bank.title))
    _metadata(assessment, [("cc_maxattempts", "1")])
    section = _sub(assessment, "section", ident="root_section")
    for item in items:
        item_element(section, item, names(ncname(item.id)))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def render(selection: Selection) -> Rendering:
    """The Canvas zip: the manifest and one quiz file per bank."""
    names = UniqueNames()
    files: dict[str, bytes] = {}
    resources = []
    notes = []
    partial_note = all_or_nothing_note("Canvas")
    for bank, items in selection.groups:
        ident = names(ncname(bank.id, prefix="bank-"))
        href = f"{ident}/{ident}.xml"
        files[href] = quiz_xml(bank, items, ident, names)
        resources.append((ident, RESOURCE_TYPE, href))
        notes += [ItemNote(ItemRef(bank.id, i.id), note) for i in items if (note := partial_note(i))]
    package = {"imsmanifest.xml": manifest("IMS Content", "1.1.3", resources), **files}
    return Rendering(zip_bytes(package), tuple(notes))


EXPORTER = Exporter(
    name="qti12",
    title=TITLE,
    suffix=".zip",
    rules=(type_rule(TITLE, frozenset(CANVAS_TYPES)), standard_true_false(TITLE)),
    render=render,
)
