"""Light and dark palettes and the base font size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QStyle, QWidget

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


RIGHT = "#2e7d32"  # green 800: white text on it passes WCAG AA in both themes
WRONG = "#c62828"  # red 800


def stylesheet(palette: QPalette, font_size: int) -> str:
    """The app's one visual system, from the palette's own colours so it reads in light and dark alike:
    a type scale from the base size, an 8-point spacing grid, rounded controls, choice cards and calm
    panels. Screens opt in with a ``role`` property ("title", "subtitle", "panel", "hint") and choices
    with ``card``."""
    role = QPalette.ColorRole
    base, text = palette.color(role.Base).name(), palette.color(role.Text).name()
    window, mid = palette.color(role.Window).name(), palette.color(role.Mid).name()
    accent, on_accent = palette.color(role.Highlight).name(), palette.color(role.HighlightedText).name()
    muted = palette.color(role.PlaceholderText).name()
    if palette.color(role.PlaceholderText).lightness() in (0, 255) or muted == text:  # the system's default: no grey
        muted = "#8a8a8a" if palette.color(role.Window).lightness() >= 128 else "#8f8f8f"
    dark = palette.color(role.Window).lightness() < 128
    chosen = SELECTED_DARK if dark else SELECTED_LIGHT
    title, subtitle, small = round(font_size * 1.75), round(font_size * 1.25), max(8, round(font_size * 0.9))
    return f"""
QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {subtitle}pt; font-weight: bold; }}
QLabel[role="hint"] {{ color: {muted}; font-size: {small}pt; }}
QFrame[role="panel"] {{ background: {base}; border: 1px solid {mid}; border-radius: 10px; padding: 8px; }}
QFrame[role="panel"][verdict="right"] {{ border-left: 6px solid {RIGHT}; }}
QFrame[role="panel"][verdict="wrong"] {{ border-left: 6px solid {WRONG}; }}
QPushButton {{ padding: 6px 14px; border: 1px solid {mid}; border-radius: 6px; background: {window}; color: {text}; }}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:focus {{ border: 2px solid {accent}; }}
QPushButton:default {{ background: {accent}; color: {on_accent}; border-color: {accent}; }}
QPushButton:disabled {{ color: {muted}; }}
QPushButton[card="true"] {{ text-align: left; padding: 12px 16px; border-radius: 10px; background: {base};
    font-size: {subtitle}pt; }}
QPushButton[card="true"]:checked {{ border: 2px solid {accent}; background: {chosen}; }}
QCheckBox[card="true"] {{ padding: 10px 12px; border: 1px solid {mid}; border-radius: 10px; background: {base};
    font-size: {subtitle}pt; }}
QCheckBox[card="true"]:checked {{ border: 2px solid {accent}; background: {chosen}; }}
QGroupBox {{ font-weight: bold; border: 1px solid {mid}; border-radius: 10px; margin-top: 14px;
    padding: 10px 8px 8px 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; }}
QTableView, QListView, QTextBrowser, QPlainTextEdit {{ border: 1px solid {mid}; border-radius: 8px;
    background: {base}; }}
QTableView {{ gridline-color: {mid}; alternate-background-color: {window}; }}
QListView::item {{ padding: 4px 6px; border-bottom: 1px solid {mid}; }}
QListView::item:selected {{ background: {accent}; color: {on_accent}; }}
QHeaderView::section {{ padding: 6px 8px; border: none; border-bottom: 1px solid {mid}; background: {base};
    font-weight: bold; }}
QProgressBar {{ border: 1px solid {mid}; border-radius: 6px; background: {base}; text-align: center;
    min-height: 18px; }}
QProgressBar::chunk {{ background: {accent}; border-radius: 5px; }}
QLineEdit {{ padding: 4px 8px; border: 1px solid {mid}; border-radius: 6px; background: {base}; }}
QLineEdit:focus {{ border: 2px solid {accent}; }}
"""


ICONS = {
    "start": QStyle.StandardPixmap.SP_MediaPlay,
    "import": QStyle.StandardPixmap.SP_DialogOpenButton,
    "back": QStyle.StandardPixmap.SP_ArrowBack,
    "retry": QStyle.StandardPixmap.SP_BrowserReload,
    "history": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "next": QStyle.StandardPixmap.SP_ArrowForward,
    "save": QStyle.StandardPixmap.SP_DialogSaveButton,
}


def with_icon(button: QAbstractButton, name: str) -> QAbstractButton:
    """Give a button the icon of its kind from Qt's own set, which follows the desktop's icon theme."""
    button.setIcon(button.style().standardIcon(ICONS[name]))
    return button


PLAIN_TEXT = 0  # Qt.TextFormat.PlainText, by number: the first use of Qt's namespace loads all of it (some 15 ms)


def as_plain_text(label: QWidget) -> QWidget:
    """Show a label's text as written, never as markup (text from bank files, users and file names).

    Set through the label's ``textFormat`` property, so that a screen on the way to the first listing of the
    banks need not load Qt's namespace; a label without that property is an error, never a silent no-op."""
    if not label.setProperty("textFormat", PLAIN_TEXT):
        raise TypeError(f"{type(label).__name__} has no text format")
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written: Qt takes tooltip text that looks like markup for rich text."""
    import html  # here: its table of entities takes a while to load, and the window needs none to open

    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on ("verdict", "card") changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


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
    app.setStyleSheet(stylesheet(app.palette(), font_size))


def is_dark(app: QApplication) -> bool:
    """True when the current palette is dark."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def highlight_colour(app: QApplication) -> str:
    return HIGHLIGHT_DARK if is_dark(app) else HIGHLIGHT_LIGHT


def selected_colour(app: QApplication) -> str:
    return SELECTED_DARK if is_dark(app) else SELECTED_LIGHT
