"""Numbers with their noun and their hedge: "some 600 U.S. troops", "since 2012"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from quizapp.caseless import caseless
from quizapp.generation.doctext import doc_text
from quizapp.generation.extract.vocab import NUMBER_HEDGES

_HEDGE_PREFIX = caseless(
    r"^(?P<hedge>" + "|".join(re.escape(h) for h in sorted(NUMBER_HEDGES, key=len, reverse=True)) + r")\s+"
)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    """A number in the text: as written (with hedge), its value, hedge, noun phrase and kind."""

    text: str  # "some 600"
    number: str  # "600"
    value: float
    hedge: str | None
    noun: str | None  # "U.S. troops"
    kind: str  # "count", "year", "money", "percent"
    start: int
    end: int


def parse_number(text: str) -> float | None:
    """The value of "600", "1,200", "3.5", "six" (None for words like "hundreds")."""
    cleaned = text.replace(",", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        return float(WORD_NUMBERS[cleaned.lower()]) if cleaned.lower() in WORD_NUMBERS else None


# Short telephone numbers for emergencies and public services (North America, Britain, the EU, Australia).
_SERVICE_CODES = frozenset({"911", "999", "112", "000", "111", "211", "311", "411", "511", "811"})
_SERVICE_AFTER = caseless(
    r"(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|lines?|system|services?|emergenc\w+|recordings?|"
    r"tapes?)\b"
)
_DIALLED = caseless(r"\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?)\s+$")


_LETTER_ON_DIGITS = re.compile(r"\d(?:-|\()?[A-Za-z](?![a-z])")


def is_service_number(number: str, before: str, after: str) -> bool:
    """True for a figure that is a telephone number ("911 calls", "dialled 999"), which a quiz must not ask as
    a count or change in a statement: everyone knows it, and no other number is a plausible choice."""
    return number in _SERVICE_CODES and bool(_SERVICE_AFTER.match(after.lstrip()) or _DIALLED.search(before))


def find_quantities(doc: Doc) -> list[Quantity]:
    """Counts, years, money and percentages in `doc` with their nouns and hedges."""
    found: list[Quantity] = []
    for ent in doc.ents:
        if ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE"):
            continue
        text = ent.text
        hedge_match = _HEDGE_PREFIX.match(text)
        hedge = hedge_match["hedge"] if hedge_match else None
        if hedge is None and ent.start > 0:
            before = doc[max(0, ent.start - 2) : ent.start].text
            prefix = re.search(
                r"(?:^|\s)(" + "|".join(re.escape(h) for h in NUMBER_HEDGES) + r")$", before, re.IGNORECASE
            )
            if prefix:
                hedge = prefix.group(1)
        about = next((t for t in doc[max(0, ent.start - 2) : ent.end] if t.lower_ == "about"), None)
        if hedge and hedge.lower() == "about" and about is not None and about.pos_ == "ADP":
            hedge = None  # "asks voters about four questions": the preposition, not "roughly"
            if hedge_match:
                text = text[hedge_match.end() :]
        digits = [t for t in ent if t.like_num]
        if not digits:
            continue
        number = " ".join(t.text for t in digits)
        value = parse_number(digits[0].text)
        if value is None:
            continue
        if ent.label_ == "DATE":
            if not (len(digits) == 1 and _YEAR.match(digits[0].text) and len(ent) <= 2):
                continue
            kind = "year"
        elif ent.label_ == "MONEY":
            kind = "money"
        elif ent.label_ == "PERCENT":
            kind = "percent"
        else:
            kind = "count"
        if _LETTER_ON_DIGITS.search(ent.text) and not re.search(r"[$£€¥]|dollar|pound|euro|yuan|yen", ent.text, re.I):
            continue  # "401-k's", "401(k)", "5G": a name with a number in it, not a figure ("$4m" is money)
        text_of_doc = doc_text(doc)
        if kind == "count" and is_service_number(
            number, text_of_doc[max(0, ent.start_char - 12) : ent.start_char], text_of_doc[ent.end_char :][:20]
        ):
            continue  # "a torrent of 911 calls": a telephone number, not a count
        noun = None
        if kind == "count":
            last = ent[-1]
            head = last.head if last.dep_ == "nummod" else None
            if head is not None and head.i > last.i:
                left = min(t.i for t in head.subtree if t.i > last.i) if head.i > ent.end - 1 else head.i
                words = doc[max(ent.end, left) : head.i + 1]
                noun = words.text if words.text and head.tag_ in ("NNS", "NNPS") else None
        start = ent.end_char - len(text) if hedge_match and not hedge else ent.start_char
        if hedge and not hedge_match:
            start = doc_text(doc).rfind(hedge, 0, ent.start_char)
            text = doc_text(doc)[start : ent.end_char]
        found.append(Quantity(text, number, value, hedge, noun, kind, start, ent.end_char))
    return found
