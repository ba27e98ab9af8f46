"""Recognise the parts of wire copy: photo captions, the dateline and contributor lines."""

from __future__ import annotations

import re

from quizapp.articles.dates import find_date
from quizapp.articles.model import Caption, Contributor, Dateline
from quizapp.textnorm import fold, tidy

AGENCY_PUBLISHERS = {
    "AP": "Associated Press",
    "REUTERS": "Reuters",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "DPA": "Deutsche Presse-Agentur",
    "EFE": "EFE",
    "ANSA": "ANSA",
    "PA": "PA Media",
    "CP": "The Canadian Press",
    "AAP": "Australian Associated Press",
    "BLOOMBERG": "Bloomberg News",
    "CNN": "CNN",
    "BBC": "BBC News",
}

_PHOTO_CREDIT = re.compile(
    r"\((?P<credit>(?:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)*\s+)?(?:Photo|Pool Photo|Photograph|Image)"
    r"(?:\s*(?:/|by|:)\s*[^()]*)?|[^()]*\bvia\b[^()]*(?:Images|Photo|AP)[^()]*)\)\s*$"
)
# "… in Singapore June 2, 2018. REUTERS/Edgar Su", "… REUTERS/Joe Skipper/File Photo": a wire photo's credit
# closes its caption without brackets, the agency in capitals, then the photographer; a sentence ending "a
# Reuters/Ipsos poll" or "the AP/NORC Center." is no credit.
_AGENCY_CREDIT = re.compile(
    r"(?:^|\s)(?P<credit>(?:REUTERS|AFP|EPA|AP Photo|AP)\s*/\s*(?P<name>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})"
    r"(?:\s*/\s*(?:File(?: Photo)?|Pool(?: Photo)?|Handout(?: Photo)?|Illustration))*)(?<!\.)\s*$"
)
# "… before a rally Tuesday, July 31, 2018, in Tampa, Fla. AP": the agency's name alone after the caption's last
# full stop, no full stop after it (a sentence of the story ends "… told the AP.").
_BARE_AGENCY_CREDIT = re.compile(r"[.!?]\s+(?P<credit>AP Photo|AP|AFP|REUTERS|EPA|Getty Images)\s*$")
_FILE_PREFIX = re.compile(r"^FILE(?: PHOTO)?\s*[-:]\s+")
_CREDIT_PERSON = re.compile(r"(?:Photo\s*/\s*|Photo by\s+|Photo:\s*)(?P<name>[^,)/]+)")

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'-]*(?: [\w.'-]+){0,3}?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][^()]{0,30})\))?\s*-{1,2}\s+"
)
# "Paris (CNN) A deadly attack …", "Washington (CNN)President …": a place in ordinary case is a dateline
# only when a known agency's mark follows it, and then the dash may be missing.
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2})"
    r"(?:,\s*(?P<region>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}))?"
    rf"\s*\((?P<agency>{'|'.join(sorted({*AGENCY_PUBLISHERS, *(a.title() for a in AGENCY_PUBLISHERS)}))})\)"
    r"\s*(?:-{1,2}\s*)?(?=[A-Z])"
)
# "WASHINGTON—President Trump …": a place in capitals, then a long dash with no space around it.
_TIGHT_DATELINE = re.compile(
    r"^(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,3})(?:,\s*(?P<region>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}))?"
    r"(?P<agency>)\s*[—–]\s*(?=[A-Z])"
)
_DATE_REGION = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]*\s*\d*$")

_END_RULE = re.compile(r"^\s*(?:_{3,}|\*{3,}|-{3,}|={3,})\s*$")
_CONTRIBUTED = re.compile(
    r"^(?P<role>(?:[A-Z][\w.&'-]*\s+){0,4}?(?:writer|reporter|correspondent|journalist|photographer|"
    r"videojournalist|producer|staff)s?)\s+(?P<names>.+?)\s+contributed\b",
    re.IGNORECASE,
)


def is_caption(paragraph: str) -> bool:
    """True for a photo caption: starts ``FILE -`` or ends with a photo credit."""
    folded = fold(paragraph).strip()
    return bool(
        _FILE_PREFIX.match(folded)
        or _PHOTO_CREDIT.search(folded)
        or _AGENCY_CREDIT.search(folded)
        or _BARE_AGENCY_CREDIT.search(folded)
    )


def parse_caption(paragraph: str) -> Caption:
    """Read credit, photographer, file-photo flag and date from a caption paragraph."""
    text = tidy(paragraph)
    folded = fold(text)
    credit_match = _PHOTO_CREDIT.search(folded)
    agency_match = None if credit_match else _AGENCY_CREDIT.search(folded)
    found_credit = credit_match or agency_match or _BARE_AGENCY_CREDIT.search(folded)
    credit = text[found_credit.start("credit") : found_credit.end("credit")] if found_credit else None
    photographer = None
    if credit_match:
        person = _CREDIT_PERSON.search(credit_match["credit"])
        if person:
            photographer = person["name"].strip() or None
    elif agency_match:
        photographer = agency_match["name"]
    is_file = bool(_FILE_PREFIX.match(folded)) or bool(credit and re.search(r"[,/]\s*File\b", fold(credit)))
    found = find_date(text)
    return Caption(
        text=text,
        credit=credit,
        photographer=photographer,
        is_file_photo=is_file,
        date=found[0] if found else None,
        date_text=found[1] if found else None,
    )


def _place_name(upper: str) -> str:
    return " ".join(word if len(word) <= 2 and word.endswith(".") else word.title() for word in upper.split())


def parse_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of a lead paragraph, or None."""
    folded = fold(paragraph)
    match = _DATELINE.match(folded) or _AGENCY_DATELINE.match(folded) or _TIGHT_DATELINE.match(paragraph)
    if not match:
        return None
    place, agency = match["place"], match["agency"]
    region = match["region"]
    if region and _DATE_REGION.match(region):
        region = None
    if not agency and len(place.replace(" ", "")) < 3:
        return None
    return Dateline(
        place=_place_name(place),
        country=region.strip() if region else None,
        agency=agency.strip() if agency else None,
        text=paragraph[: match.end()].strip(),
    )


def publisher_for_agency(agency: str | None) -> str | None:
    """The publisher an agency mark such as ``(AP)`` stands for."""
    if not agency:
        return None
    return AGENCY_PUBLISHERS.get(agency.strip().upper(), agency.strip())


def is_end_rule(line: str) -> bool:
    """True for the rule (``___``) that separates the body from the end matter."""
    return bool(_END_RULE.match(line))


def _split_names(names: str) -> list[str]:
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", names)
    return [part.strip() for part in parts if part.strip()]


def parse_contributors(line: str) -> list[Contributor]:
    """Contributors from a line such as ``Associated Press writer Sam Mednick in Jerusalem contributed …``."""
    text = tidy(line)
    match = _CONTRIBUTED.match(fold(text))
    if not match:
        return []
    role = text[match.start("role") : match.end("role")]
    if role.endswith("s") and not role.lower().endswith("ss"):
        role = role[:-1]
    contributors = []
    for part in _split_names(text[match.start("names") : match.end("names")]):
        name, _, place = part.partition(" in ")
        contributors.append(Contributor(name=name.strip(), role=role, place=place.strip() or None, text=text))
    return contributors
