"""GUI speed, measured in one run: start-up against a bare PySide6 window, and question-to-question time.

- ``quizapp --smoke`` (open the main window, print ``ready``, exit) against a bare PySide6 script that
  opens an empty QMainWindow and prints ``ready`` once shown; runs alternate, 7 of each. The time is
  taken when ``ready`` arrives (the window is on screen); the whole process time, which includes
  opening the score database right after the window shows, is printed too. Target: at most 1.5x.
- ``quizapp --smoke=library`` (sign in a guest, wait until the library lists every bank, print ``ready N
  banks``) with the 8 shipped banks, against the same bare window. Target: at most 1.5x. After the first
  run no bank has changed, so the page lists them from the summaries the last read kept, before the banks
  are read again in the background (``quizapp.banks.summaries``).
- The same with 500 user banks beside the shipped ones: the first start (no record of checked banks,
  every bank validated) and the next one (unchanged banks are not validated again). Targets: under 2 s
  cold, under 1 s warm.
- Run it with ``make bench``, which compiles the app's modules first as an installed app has them; where
  PYTHONDONTWRITEBYTECODE is set, a direct run would time compiling the sources at every start.
- Going from one question to the next in a 30-question test-mode quiz on the seed bank, with the app's
  theme and style sheet: the time from pressing Enter to the next question laid out and the whole window
  painted (target: under 16 ms).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


def _time(command: list[str], env: dict[str, str], expect: str = "ready") -> tuple[float, float]:
    """(seconds until the window is shown and "ready" is printed, seconds until the process ended)."""
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        ready = time.perf_counter() - start
        proc.stdout.read()
        status = proc.wait()
    ended = time.perf_counter() - start
    assert line.strip() == expect and status == 0, (line, status)
    return ready, ended


def startup() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZAPP_HOME": home}
        app_runs, bare_runs = [], []
        _time([sys.executable, "-m", "quizapp", "--smoke"], env)  # creates the database once
        for _ in range(7):
            bare_runs.append(_time([sys.executable, "-c", BARE], env))
            app_runs.append(_time([sys.executable, "-m", "quizapp", "--smoke"], env))
    app = statistics.median(r for r, _ in app_runs)
    bare = statistics.median(r for r, _ in bare_runs)
    app_end = statistics.median(e for _, e in app_runs)
    bare_end = statistics.median(e for _, e in bare_runs)
    print(f"window shown: quizapp --smoke {app * 1000:.0f} ms, bare PySide6 window {bare * 1000:.0f} ms")
    print(f"start-up ratio (window shown): {app / bare:.2f}x (target <= 1.50)")
    print(
        f"whole process incl. opening the score store and exit: quizapp {app_end * 1000:.0f} ms, "
        f"bare {bare_end * 1000:.0f} ms ({app_end / bare_end:.2f}x)"
    )


def _user_banks(folder: Path, number: int) -> None:
    """`number` user banks: copies of the shipped ones, each with its own bank and item ids, all valid."""
    from quizapp.library import BankLibrary

    shipped = sorted((ROOT / "questions").glob("*.yaml"))
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(number):
        source = shipped[index % len(shipped)]
        text = source.read_text(encoding="utf-8")
        text = re.sub(r"^(\s*-?\s*)id: ", rf"\g<1>id: copy{index}-", text, flags=re.MULTILINE)
        (folder / f"copy-{index:03d}.yaml").write_text(text, encoding="utf-8")
    library = BankLibrary([ROOT / "questions", folder])
    library.reload_all()
    broken = [entry for entry in library.entries() if entry.problems or entry.bank is None]
    assert not broken, f"{len(broken)} of the copied banks do not load: {broken[0].problems[:1]}"


def library() -> None:
    command = [sys.executable, "-m", "quizapp", "--smoke=library"]
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZAPP_HOME": home}
        _time([sys.executable, "-m", "quizapp", "--smoke"], env)  # creates the database once
        app_runs, bare_runs = [], []
        for _ in range(7):
            bare_runs.append(_time([sys.executable, "-c", BARE], env, expect="ready"))
            app_runs.append(_time(command, env, expect="ready 8 banks"))
    app = statistics.median(r for r, _ in app_runs)
    bare = statistics.median(r for r, _ in bare_runs)
    print(f"library listed (8 shipped banks): quizapp --smoke=library {app * 1000:.0f} ms, bare {bare * 1000:.0f} ms")
    print(f"library ratio: {app / bare:.2f}x (target <= 1.50)")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIZAPP_HOME": home}
        _user_banks(Path(home) / "data" / "banks", 500)
        _time([sys.executable, "-m", "quizapp", "--smoke"], env)
        colds, warms = [], []
        for _ in range(3):
            shutil.rmtree(Path(home) / "cache", ignore_errors=True)  # no record of checked banks: cold
            colds.append(_time(command, env, expect="ready 508 banks")[0])
            warms.append(_time(command, env, expect="ready 508 banks")[0])
    print(
        f"500 user banks: cold (every bank validated) {statistics.median(colds):.2f} s (target < 2 s), "
        f"warm (unchanged banks not validated again) {statistics.median(warms):.2f} s (target < 1 s)"
    )


def next_question() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from quizapp.engine import Selection
    from quizapp.library import BankLibrary
    from quizapp.paths import bundled_banks_dir
    from quizapp.settings import Settings
    from quizapp.store import ScoreStore
    from quizapp.ui.context import AppContext
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.pages.setup import QuizPlan
    from quizapp.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, Settings().theme, Settings().font_size)  # the app's style sheet, as the app has it
    with tempfile.TemporaryDirectory() as home:
        store = ScoreStore.open(Path(home) / "q.db")
        library = BankLibrary([bundled_banks_dir()])
        library.reload_all()
        bank = next(b for b in library.usable() if b.id == "niger-russian-military-trainers")
        context = AppContext(settings=Settings(), store=store, library=library, new_seed=lambda: 3)
        window = MainWindow(context)
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        window.start_quiz(QuizPlan((bank,), "test", Selection(count=30), None, False))
        app.processEvents()
        timings = []
        quiz = window.quiz
        while window.stack.currentWidget() is quiz:
            question = quiz.session.current
            if question.item.type in ("single", "true_false", "multiple"):
                quiz.choose(0)
            elif question.item.type == "evidence":
                quiz.article.select_sentence(quiz.article.sentences()[0])
            else:
                quiz.short_answer.setText("x")
            start = time.perf_counter()
            quiz.submit_or_next()
            window.repaint()
            app.processEvents()
            timings.append((time.perf_counter() - start) * 1000)
        window.close()
        store.close()
    timings = timings[:-1]  # the last one opens the results screen
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(
        f"next question (answer saved, next shown and painted): median {statistics.median(timings):.1f} ms, "
        f"95th percentile {p95:.1f} ms over {len(timings)} questions (target < 16 ms)"
    )


if __name__ == "__main__":
    startup()
    library()
    next_question()
