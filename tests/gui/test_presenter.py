"""Presenter mode: one question at a time, the answer revealed on a key, no scores."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.banks import load_banks
from quizapp.paths import bundled_banks_dir
from quizapp.ui.teacher.presenter import PresenterWindow


def _seed_bank():
    loaded = load_banks([bundled_banks_dir()])
    return next(b for b in loaded.banks if b.id == "niger-russian-military-trainers")


def test_presenter_reveals_and_steps_by_keyboard(qtbot):
    bank = _seed_bank()
    window = PresenterWindow(bank)
    qtbot.addWidget(window)
    window.show()
    first = window.items[0]
    assert window.counter.text() == f"Question 1 of {len(window.items)}"
    assert window.prompt.text() == first.prompt
    assert window.answer.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert first.correct_answer.split()[0] in window.answer.text()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.counter.text().startswith("Question 2 of")
    assert window.answer.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.counter.text().startswith("Question 1 of")
    assert "score" not in (window.counter.text() + window.hint.text()).lower()
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_long_item_scrolls_and_a_sentence_item_shows_the_article(qtbot):
    bank = _seed_bank()
    window = PresenterWindow(bank)
    qtbot.addWidget(window)
    window.resize(800, 800)
    window.show()
    qtbot.waitExposed(window)
    longest = max(range(len(window.items)), key=lambda n: len(" ".join(window.items[n].choices)))
    window.step(longest)
    content = window.scroll.widget()
    assert content.height() >= window.choices.y() + window.choices.heightForWidth(window.choices.width())
    assert not window.article.isVisible()
    sentence = next(n for n, item in enumerate(window.items) if item.type == "evidence")
    window.step(sentence - window.index)
    assert window.article.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert list(window.article.marks().values()) == ["right"]
    window.prompt.setText("<b>bold</b>")
    assert window.prompt.textFormat() == Qt.TextFormat.PlainText
    window.close()
