"""The article beside the question: headline, captions with credits, dateline, paragraphs.

Sentences are links, so a student can click (or move with the arrow keys to) a sentence to
answer an ``evidence`` item; evidence sentences are highlighted and scrolled into view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from quizapp.articles.model import Article
from quizapp.sentences import split_sentences
from quizapp.textnorm import match_key
from quizapp.ui.theme import RIGHT, WRONG, highlight_colour, selected_colour

SentenceKey = tuple[int, int]  # (paragraph, sentence)


class ArticleView(QTextBrowser):
    """Read-only article with clickable, highlightable sentences."""

    sentenceActivated = Signal(str)  # the sentence text, on click or Enter while picking
    sentenceSelected = Signal(str)  # the sentence text, when the selection moves

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The news article the questions are about")
        self.anchorClicked.connect(self._clicked)
        # One tab stop: Tab leaves the article instead of visiting every sentence link; inside it the
        # arrow keys move between sentences (when picking) or scroll.
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self._article: Article | None = None
        self._marks: dict[SentenceKey, str] = {}  # after answering: "right" or "wrong" sentences
        self._sentences: list[tuple[SentenceKey, str]] = []
        self._highlighted: set[SentenceKey] = set()
        self._selected: SentenceKey | None = None
        self._picking = False
        self._keep_whole: list[str] = []

    # -- content -----------------------------------------------------------------------------
    def show_article(self, article: Article | None, keep_whole: list[str] | None = None) -> None:
        """Show `article`; `keep_whole` sentences (evidence answers) are never split."""
        self._article = article
        self._keep_whole = list(keep_whole or [])
        self._sentences = []
        if article is not None:
            for p_index, paragraph in enumerate(article.paragraphs):
                for s_index, (start, end) in enumerate(split_sentences(paragraph.text, self._keep_whole)):
                    self._sentences.append(((p_index, s_index), paragraph.text[start:end]))
        self._highlighted.clear()
        self._marks.clear()
        self._selected = None
        self._render()
        self.verticalScrollBar().setValue(0)  # a new article starts at its headline, caption and dateline

    def sentences(self) -> list[str]:
        return [text for _, text in self._sentences]

    def highlight(self, quotes: tuple[str, ...] | list[str]) -> None:
        """Highlight the sentences holding any of `quotes` and scroll the first into view."""
        keys = [match_key(q) for q in quotes if q.strip()]
        self._highlighted = {key for key, text in self._sentences if any(k in match_key(text) for k in keys)}
        self._render()
        if self._highlighted:
            first = min(self._highlighted)
            self.scrollToAnchor(_anchor(first))

    def clear_marks(self) -> None:
        if self._highlighted or self._selected is not None or self._marks:
            self._highlighted.clear()
            self._marks.clear()
            self._selected = None
            self._render()

    def mark_answer(self, picked: str | None, right: list[str]) -> None:
        """After an evidence item: the right sentence marked right, the student's other pick marked wrong."""
        keys = {key: match_key(text) for key, text in self._sentences}
        right_keys = [match_key(r) for r in right if r.strip()]
        self._marks = {key: "right" for key, text in keys.items() if text in right_keys}
        if picked is not None:
            wrong = next((key for key, text in keys.items() if text == match_key(picked)), None)
            if wrong is not None and wrong not in self._marks:
                self._marks[wrong] = "wrong"
        self._selected = None
        self._render()

    def marks(self) -> dict[str, str]:
        """The marked sentences and their marks ("right", "wrong")."""
        texts = dict(self._sentences)
        return {texts[key]: mark for key, mark in self._marks.items()}

    # -- picking a sentence (evidence items) ---------------------------------------------------
    def set_picking(self, picking: bool) -> None:
        """When picking, clicks and arrow keys choose a sentence."""
        changed = self._selected is not None
        self._picking = picking
        self._selected = None
        if changed:
            self._render()

    def selected_sentence(self) -> str | None:
        return dict(self._sentences).get(self._selected) if self._selected else None

    def select_sentence(self, text: str) -> bool:
        """Select the sentence that matches `text` (used by tests and by keyboard moves)."""
        key = match_key(text)
        for sentence_key, sentence in self._sentences:
            if match_key(sentence) == key:
                self._select(sentence_key)
                return True
        return False

    def move_selection(self, step: int) -> None:
        if not self._sentences:
            return
        keys = [key for key, _ in self._sentences]
        index = keys.index(self._selected) + step if self._selected in keys else (0 if step > 0 else len(keys) - 1)
        self._select(keys[max(0, min(len(keys) - 1, index))])

    def _select(self, key: SentenceKey) -> None:
        self._selected = key
        self._render()
        self.scrollToAnchor(_anchor(key))
        self.sentenceSelected.emit(dict(self._sentences)[key])

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() != "sentence" or not self._picking:
            return
        paragraph, sentence = (int(part) for part in url.path().split("-"))
        self._select((paragraph, sentence))  # a click selects; Enter or Check confirms

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if self._picking and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.move_selection(1)
        elif self._picking and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.move_selection(-1)
        elif self._picking and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.sentenceActivated.emit(dict(self._sentences)[self._selected])
        else:
            super().keyPressEvent(event)

    # -- rendering -----------------------------------------------------------------------------
    def _render(self) -> None:
        article = self._article
        if article is None:
            self.setHtml("<p><i>This bank has no article.</i></p>")
            return
        app = QApplication.instance()
        mark = highlight_colour(app) if app else "#fff1a8"
        chosen = selected_colour(app) if app else "#cfe3ff"
        parts = [f"<h2>{html.escape(article.headline)}</h2>"]
        byline = " · ".join(x for x in (article.publisher, article.author, article.date) if x)
        if byline:
            parts.append(f"<p style='color:gray'>{html.escape(byline)}</p>")
        for caption in article.captions:
            credit = f" <span style='color:gray'>({html.escape(caption.credit)})</span>" if caption.credit else ""
            text = caption.text.replace(f"({caption.credit})", "").strip() if caption.credit else caption.text
            parts.append(
                "<table width='100%' cellpadding='8' style='background-color:rgba(127,127,127,0.12)'><tr><td>"
                f"<small><b>Photo caption:</b> {html.escape(text)}{credit}</small></td></tr></table>"
            )
        current = -1
        for key, sentence in self._sentences:
            if key[0] != current:
                if current >= 0:
                    parts.append("</p>")
                parts.append("<p style='line-height:140%'>")
                current = key[0]
            style = "color:palette(text); text-decoration:none;"
            verdict = self._marks.get(key)
            if verdict == "right":
                style += f" background-color:{RIGHT}; color:#ffffff;"
                parts.append("<b>✔ right answer:</b> ")
            elif verdict == "wrong":
                style += f" background-color:{WRONG}; color:#ffffff;"
                parts.append("<b>✘ your answer, wrong:</b> ")
            elif key == self._selected:
                style += f" background-color:{chosen}; border:1px solid #3d6fb6;"
            elif key in self._highlighted:
                style += f" background-color:{mark};"
            parts.append(
                f"<a name='{_anchor(key)}' href='sentence:{key[0]}-{key[1]}' style='{style}'>"
                f"{html.escape(sentence)}</a> "
            )
        if current >= 0:
            parts.append("</p>")
        for line in article.end_matter:
            parts.append(f"<p><small><i>{html.escape(line)}</i></small></p>")
        scroll = self.verticalScrollBar().value()
        self.setHtml("".join(parts))
        self.verticalScrollBar().setValue(scroll)


def _anchor(key: SentenceKey) -> str:
    return f"s{key[0]}-{key[1]}"
