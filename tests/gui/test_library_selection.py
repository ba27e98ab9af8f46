"""The library keeps the banks the teacher picked through every refresh, and shows bank text as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import tour_copy


def _pick(window, row: int):
    library = window.library
    library.table.clearSelection()
    library.table.selectRow(row)
    return library.selected_entries()


def test_selection_survives_a_refresh_made_while_ctrl_is_held(qtbot, window):
    window.signin.guest.click()
    picked = _pick(window, 3)
    assert len(picked) == 1
    window.library.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L: library, refreshed
    assert [e.path for e in window.library.selected_entries()] == [picked[0].path]


def test_selection_survives_a_reload_of_the_bank_files(qtbot, window, user_folder, monkeypatch):
    path = tour_copy(user_folder)
    window.reload_library()
    window.signin.guest.click()
    window.library.select_path(path)
    # The refresh runs while Ctrl is still down, as after Ctrl+S in the editor.
    monkeypatch.setattr(QApplication, "keyboardModifiers", staticmethod(lambda: Qt.KeyboardModifier.ControlModifier))
    window.reload_library()
    assert [e.path for e in window.library.selected_entries()] == [path]
    path.write_text(path.read_text(encoding="utf-8").replace("Maya Okafor", "Maya Okafor-Reid"), encoding="utf-8")
    window.reload_library()
    assert [e.path for e in window.library.selected_entries()] == [path]


def test_two_selected_banks_stay_selected(qtbot, window):
    window.signin.guest.click()
    table = window.library.table
    table.clearSelection()
    table.selectRow(1)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        table.visualRect(table.model().index(2, 0)).center(),
    )
    before = [e.path for e in window.library.selected_entries()]
    assert len(before) == 2
    window.show_library()
    window.reload_library()
    assert [e.path for e in window.library.selected_entries()] == before


def test_bank_headline_is_shown_as_plain_text(qtbot, window, user_folder, tmp_path):
    path = tour_copy(user_folder)
    marker = tmp_path / "opened.png"
    text = path.read_text(encoding="utf-8")
    story = "Town library opens a repair cafe for broken toasters and bikes"  # the tour's evidence quotes it
    headline = f'<img src="{marker}"><span style="color:red">Loud</span> {story}'
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("headline:"))
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    lines[at] = f"{indent}headline: '{headline}'"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window.reload_library()
    window.signin.guest.click()
    window.library.select_path(path)
    details = window.library.details
    assert details.textFormat() == Qt.TextFormat.PlainText
    assert headline in details.text()


def test_the_format_tour_is_marked_as_an_example_and_listed_last(qtbot, window):
    window.signin.guest.click()
    titles = [window.library.table.item(row, 0).text() for row in range(window.library.table.rowCount())]
    examples = [t for t in titles if "repair cafe" in t]
    assert examples and all(t.startswith("Example, not news:") for t in examples)
    assert titles[-len(examples) :] == examples


def test_a_hostile_headline_is_escaped_on_the_setup_page(qtbot, window, user_folder):
    path = tour_copy(user_folder)
    story = "Town library opens a repair cafe for broken toasters and bikes"
    text = path.read_text(encoding="utf-8").replace(f"headline: {story}", f"headline: '<img src=\"x.png\"> {story}'")
    path.write_text(text, encoding="utf-8")
    window.reload_library()
    window.signin.guest.click()
    window.library.select_path(path)
    window.library.start.click()
    heading = window.setup.heading.text()
    assert "<img" not in heading and "&lt;img" in heading
    assert window.status.textFormat() == Qt.TextFormat.PlainText


def test_enter_sets_up_the_row_under_the_cursor(qtbot, window):
    window.signin.guest.click()
    table = window.library.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # moves, does not select
    last = window.library._entries[-1]
    assert table.currentIndex().row() == table.rowCount() - 1
    with qtbot.waitSignal(window.library.setupRequested) as asked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [bank.id for bank in asked.args[0]] == [last.bank.id]
