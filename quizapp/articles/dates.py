"""Find written dates such as ``Aug. 3, 2023`` or ``Friday, January 4, 2019`` in text."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_WORD = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
_MONTH_FIRST = re.compile(rf"\b{_WEEKDAY}(?P<month>{_MONTH_WORD})\s+(?P<day>\d{{1,2}}),\s+(?P<year>\d{{4}})\b")
_DAY_FIRST = re.compile(rf"\b{_WEEKDAY}(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_WORD})\s+(?P<year>\d{{4}})\b")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")


def _month_number(word: str) -> int:
    return _MONTHS[word[:3].lower()]


def find_date(text: str) -> tuple[str, str] | None:
    """Return ``(iso_date, date_as_written)`` for the first full date in `text`, if any."""
    found: list[tuple[int, str, str]] = []
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        for match in pattern.finditer(text):
            try:
                value = date(int(match["year"]), _month_number(match["month"]), int(match["day"]))
            except ValueError:
                continue
            found.append((match.start(), value.isoformat(), match.group(0)))
            break
    for match in _ISO.finditer(text):
        try:
            value = date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            continue
        found.append((match.start(), value.isoformat(), match.group(0)))
        break
    if not found:
        return None
    _, iso, written = min(found)
    return iso, written


def is_date_line(text: str) -> bool:
    """True when `text` is nothing but a date (a publication date line)."""
    found = find_date(text)
    return bool(found) and found[1].strip(" .") == text.strip(" .")
