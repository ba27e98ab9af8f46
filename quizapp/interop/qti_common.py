"""Pieces both QTI packages share: the IMS content-packaging manifest, item titles, text with line breaks."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from quizapp.banks.model import Item
from quizapp.interop.texts import one_line, xml_safe

CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
TITLE_LENGTH = 80


def title_of(item: Item) -> str:
    """A short title for an item: its prompt on one line, cut at a word near 80 characters."""
    text = one_line(xml_safe(item.prompt))
    if len(text) <= TITLE_LENGTH:
        return text
    return text[: TITLE_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def add_text_with_breaks(element: etree._Element, text: str, br_tag: str) -> None:
    """Put `text` inside `element`, with a `br_tag` element for each line break."""
    lines = xml_safe(text).split("\n")
    element.text = lines[0]
    for line in lines[1:]:
        br = etree.SubElement(element, br_tag)
        br.tail = line


def add_paragraphs(parent: etree._Element, text: str, p_tag: str, br_tag: str) -> None:
    """`text` as paragraph elements under `parent` (blank lines between paragraphs)."""
    for paragraph in [part.strip() for part in xml_safe(text).split("\n\n") if part.strip()]:
        add_text_with_breaks(etree.SubElement(parent, p_tag), paragraph, br_tag)


def manifest(schema: str, version: str, resources: Sequence[tuple[str, str, str]]) -> bytes:
    """An ``imsmanifest.xml`` listing `resources` as (identifier, type, href), each with its one file."""
    root = etree.Element(f"{{{CP_NS}}}manifest", nsmap={None: CP_NS, "xsi": XSI})
    root.set("identifier", "MANIFEST-quizapp")
    root.set(f"{{{XSI}}}schemaLocation", f"{CP_NS} {CP_SCHEMA}")
    metadata = etree.SubElement(root, f"{{{CP_NS}}}metadata")
    etree.SubElement(metadata, f"{{{CP_NS}}}schema").text = schema
    etree.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = version
    etree.SubElement(root, f"{{{CP_NS}}}organizations")
    listing = etree.SubElement(root, f"{{{CP_NS}}}resources")
    for identifier, kind, href in resources:
        resource = etree.SubElement(listing, f"{{{CP_NS}}}resource", identifier=identifier, type=kind, href=href)
        etree.SubElement(resource, f"{{{CP_NS}}}file", href=href)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
