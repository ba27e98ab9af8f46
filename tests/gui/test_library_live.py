"""Live banks: a teacher's broken YAML edit shows up as problems, the last good version stays usable."""

from __future__ import annotations

import pytest

from .conftest import tour_copy


def test_broken_edit_then_fix(qtbot, window, user_folder):
    path = tour_copy(user_folder)
    window.reload_library()
    window.signin.guest.click()
    good = window.context.library.entry(path).bank
    assert good is not None

    broken = path.read_text(encoding="utf-8").replace("answer: Maya Okafor", "answer: Nobody at all")
    path.write_text(broken, encoding="utf-8")
    qtbot.waitUntil(lambda: window.library.problems.count() > 0, timeout=3000)
    message = window.library.problems.item(0).text()
    assert message.startswith(f"{path}:")
    assert 'answer "Nobody at all" is not one of the choices' in message
    entry = window.context.library.entry(path)
    assert entry.state == "errors, showing the last good version"
    assert entry.bank is good
    assert good in window.context.library.usable()
    assert window.library.problems.isVisible()

    path.write_text(broken.replace("answer: Nobody at all", "answer: Maya Okafor"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.library.problems.count() == 0, timeout=3000)
    assert window.context.library.entry(path).valid
    assert not window.library.problems.isVisible()


def test_search_and_filter(qtbot, window):
    window.signin.guest.click()
    library = window.library
    total = library.table.rowCount()
    assert total >= 7
    qtbot.keyClicks(library.search, "ebola")
    assert library.table.rowCount() == 1
    assert "Ebola" in library.table.item(0, 0).text()
    library.search.clear()
    library.filter.setCurrentIndex(library.filter.findData("skill:photo"))
    assert 0 < library.table.rowCount() < total


@pytest.mark.slow
def test_import_flow_with_a_small_article(qtbot, window, tmp_path, user_folder):
    story = tmp_path / "pool-vote.txt"
    story.write_text(
        "Council votes to keep the town pool open\n\n"
        "RIVERSIDE (AP) — The town council voted 5 to 2 on Monday to keep the public pool open for another "
        "summer, after residents protested its planned closure.\n\n"
        "“Children need somewhere safe to swim,” said council member Rosa Diaz, who proposed the plan.\n\n"
        "The pool will cost about 120,000 dollars a year to run, according to the council's budget office.\n\n"
        "Mayor Ann Lee said the vote was a good compromise. Council member Tom Reyes voted against it.\n",
        encoding="utf-8",
    )
    window.signin.guest.click()
    with qtbot.waitSignal(window.importer.imported, timeout=120000) as imported:
        window.library.importRequested.emit(story)
    target = imported.args[0]
    assert target == user_folder / "pool-vote.yaml"
    assert target.is_file()
    qtbot.waitUntil(lambda: window.context.library.entry(target) is not None, timeout=3000)
    assert window.context.library.entry(target).valid
    assert [e.path for e in window.library.selected_entries()] == [target]
    assert "pool-vote.yaml" in window.status.text()


def test_progress_that_lets_the_import_end_leaves_the_closed_dialog_alone(window):
    # A window-modal progress dialog runs queued events inside setValue; the job's end among them closes the
    # dialog and forgets it, so nothing may be asked of it afterwards.
    flow = window.importer
    shown = []

    class Dialog:
        def setLabelText(self, text):
            shown.append(text)

        def setValue(self, value):
            flow.dialog = None

    flow.dialog = Dialog()
    flow._progress(50, "Reading the article")
    assert shown == ["Reading the article"] and flow.dialog is None


def test_cancelled_import_writes_nothing(qtbot, window, tmp_path, user_folder):
    story = tmp_path / "cancelled.txt"
    story.write_text(
        "Council votes on pool\n\nThe council voted 5 to 2 on Monday to keep the pool open, officials said.\n",
        encoding="utf-8",
    )
    window.signin.guest.click()
    importer = window.importer
    importer.start(story)
    with qtbot.waitSignal(importer.job.cancelled, timeout=120000):
        importer.job.cancel()
    qtbot.waitUntil(lambda: not importer.job.is_running(), timeout=5000)
    assert not (user_folder / "cancelled.yaml").exists()
    assert importer.dialog is None
