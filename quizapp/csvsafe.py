"""Every CSV the app writes goes through here, so that no cell can run as a spreadsheet formula.

Names of students, classes and sessions come from sign-in screens, rosters and desk files; prompts and
choices come from banks. A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
read by spreadsheet programs as a formula (``=HYPERLINK(…)``, ``@cmd``), so such a cell gets a leading
apostrophe, which the spreadsheet shows as text. Numbers ("-3", "+2.5", "40%") stay numbers.
"""

from __future__ import annotations

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


_NEEDS_QUOTES = re.compile(r'[,;\t"\r\n]|^\s|\s$')


def _field(cell: str) -> str:
    """One CSV field. Besides what RFC 4180 asks (a comma, a quote, a line break), a cell holding a semicolon
    or a tab is quoted too: a spreadsheet set up for semicolons (most of Europe) would otherwise split
    "Ana;=cmd" into two cells and run the second."""
    return '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell


def csv_text(header: Sequence[object] | None, rows: Iterable[Sequence[object]]) -> str:
    """CSV text of `rows` (after an optional header line), every cell made safe; lines end in CR LF."""
    lines = [] if header is None else [",".join(_field(safe_cell(name)) for name in header)]
    lines.extend(",".join(_field(safe_cell(value)) for value in row) for row in rows)
    return "".join(line + "\r\n" for line in lines)


def dict_csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """CSV text with a header line of `columns`, one line per mapping (missing keys are empty cells)."""
    return csv_text(columns, ([row.get(name, "") for name in columns] for row in rows))
