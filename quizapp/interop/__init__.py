"""Moving banks to and from learning platforms: GIFT, Moodle XML, QTI 2.1, QTI 1.2 (Canvas), Aiken, CSV.

Qt-free: the command line (``quizapp export``/``import``) and the GUI call the same two functions.
"""

from quizapp.interop.errors import InteropError, SourceProblem
from quizapp.interop.exporting import NothingToExportError, export_banks
from quizapp.interop.importing import ImportResult, bank_id_for, import_file
from quizapp.interop.registry import EXPORT_FORMATS, EXPORTERS, IMPORT_FORMATS, IMPORTERS
from quizapp.interop.report import ExportReport, ItemNote, ItemRef

__all__ = [
    "EXPORTERS",
    "EXPORT_FORMATS",
    "IMPORTERS",
    "IMPORT_FORMATS",
    "ExportReport",
    "ImportResult",
    "InteropError",
    "ItemNote",
    "ItemRef",
    "NothingToExportError",
    "SourceProblem",
    "bank_id_for",
    "export_banks",
    "import_file",
]
