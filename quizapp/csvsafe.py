"""Every CSV the app writes goes through here, so that no cell can run as a spreadsheet formula.

Names of students, classes and sessions come from sign-in screens, rosters and desk files; prompts and
choices come from banks. A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
read by spreadsheet programs as a formula (``=HYPERLINK(…)``, ``@cmd``), so such a cell gets a leading
apostrophe, which the spreadsheet shows as text. Numbers ("-3", "+2.5", "40%") stay numbers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:[.,][0-9]+)*|[.,][0-9]+)%?")  # whole cell (fullmatch), ASCII digits


def safe_cell(value: object) -> str:
    """`value` as text a spreadsheet shows as text: a formula-like start gets an apostrophe, unless a number."""
    text = "" if value is None else str(value)
    if text[:1] in FORMULA_STARTS and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_text(header: Sequence[object] | None, rows: Iterable[Sequence[object]]) -> str:
    """CSV text of `rows` (after an optional header line), every cell made safe. Lines end in CR LF, as RFC 4180
    says, which also makes the writer quote any cell holding a CR or an LF."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header is not None:
        writer.writerow([safe_cell(name) for name in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return buffer.getvalue()


def dict_csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """CSV text with a header line of `columns`, one line per mapping (missing keys are empty cells)."""
    return csv_text(columns, ([row.get(name, "") for name in columns] for row in rows))
