"""Light and dark palettes and the base font size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

HIGHLIGHT_LIGHT = "#fff1a8"
HIGHLIGHT_DARK = "#6b5d12"
SELECTED_LIGHT = "#cfe3ff"
SELECTED_DARK = "#24466e"


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#24272b",
        QPalette.ColorRole.WindowText: "#e8e6e3",
        QPalette.ColorRole.Base: "#1c1e21",
        QPalette.ColorRole.AlternateBase: "#2a2d31",
        QPalette.ColorRole.Text: "#e8e6e3",
        QPalette.ColorRole.Button: "#30343a",
        QPalette.ColorRole.ButtonText: "#e8e6e3",
        QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#30343a",
        QPalette.ColorRole.ToolTipText: "#e8e6e3",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: str, font_size: int) -> None:
    """Set the palette (``system``, ``light`` or ``dark``) and the base font size in points."""
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())  # the system's own style and colours
    font = QFont(app.font())
    font.setPointSize(font_size)
    app.setFont(font)
    app.setProperty("quizapp_dark", theme == "dark")


def is_dark(app: QApplication) -> bool:
    """True when the current palette is dark."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def highlight_colour(app: QApplication) -> str:
    return HIGHLIGHT_DARK if is_dark(app) else HIGHLIGHT_LIGHT


def selected_colour(app: QApplication) -> str:
    return SELECTED_DARK if is_dark(app) else SELECTED_LIGHT
