"""The formats by the names the command line and the GUI use."""

from __future__ import annotations

from quizapp.errors import QuizappError
from quizapp.interop import aiken, csv_table, gift_reader, gift_writer, moodle_reader, moodle_writer, qti12, qti21
from quizapp.interop.formats import Exporter, Importer

EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        gift_writer.EXPORTER,
        moodle_writer.EXPORTER,
        qti21.EXPORTER,
        qti12.EXPORTER,
        aiken.EXPORTER,
        csv_table.EXPORTER,
    )
}
IMPORTERS: dict[str, Importer] = {
    importer.name: importer for importer in (gift_reader.IMPORTER, aiken.IMPORTER, moodle_reader.IMPORTER)
}
EXPORT_FORMATS = tuple(EXPORTERS)
IMPORT_FORMATS = tuple(IMPORTERS)


def exporter(name: str) -> Exporter:
    """The exporter called `name`; a `QuizappError` listing the choices otherwise."""
    if name not in EXPORTERS:
        raise QuizappError(f"unknown export format {name!r}; choose from {', '.join(EXPORTERS)}")
    return EXPORTERS[name]


def importer(name: str) -> Importer:
    """The importer called `name`; a `QuizappError` listing the choices otherwise."""
    if name not in IMPORTERS:
        raise QuizappError(f"unknown import format {name!r}; choose from {', '.join(IMPORTERS)}")
    return IMPORTERS[name]
