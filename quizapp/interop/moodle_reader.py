"""Read Moodle XML question files: multichoice, truefalse, shortanswer (and all-or-nothing multichoiceset).

Other question types (essay, matching, numerical, cloze, …) are left out and listed with their line;
types that come from Moodle plugins (ordering, …) are reported as an unsupported type. A question with a
mistake is left out and reported; the others come in. Images (``<img>``, and Moodle 1.9's ``<image>`` and
``<image_base64>``) cannot be kept and are reported. Text in ``html`` is turned into plain text keeping
its structure; ``markdown``, ``plain_text`` and ``moodle_auto_format`` text is kept as written, and the
format is kept on the item so that exports write it back. The file is parsed without fetching or
expanding anything it refers to.
"""

from __future__ import annotations

from lxml import etree

from quizapp.interop.feedback import merge_feedback
from quizapp.interop.formats import Draft, Importer, ReadResult
from quizapp.interop.texts import MOODLE_XML_FORMATS, format_to_text, has_image

SUPPORTED = ("multichoice", "truefalse", "shortanswer", "multichoiceset")
CORE_TYPES = frozenset(
    {
        "essay", "matching", "numerical", "calculated", "calculatedsimple", "calculatedmulti", "multianswer",
        "cloze", "description", "randomsamatch", "random", "ddwtos", "ddimageortext", "ddmarker", "gapselect",
    }
)  # fmt: skip
"""Moodle's own question types that the app has no equivalent for (any other type is a plugin's)."""
KEPT_FORMATS = {xml: kept for kept, xml in MOODLE_XML_FORMATS.items()}
"""Moodle XML's format names, as the bank keeps them."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, huge_tree=False
    )


def _inner_markup(element: etree._Element) -> str:
    """The content of ``<text>``: its text, or, where a file wrote HTML as XML elements, the markup."""
    if len(element) == 0:
        return element.text or ""
    inner = [element.text or ""]
    for child in element:
        inner.append(etree.tostring(child, encoding="unicode", with_tail=True))
    return "".join(inner)


class _Question:
    """One ``<question>`` element; findings go to the shared result."""

    def __init__(self, element: etree._Element, category: str, result: ReadResult) -> None:
        self.element = element
        self.line = element.sourceline or 0
        self.category = category
        self.result = result

    def text(self, element: etree._Element | None) -> str:
        """The plain text of a Moodle text field (``<x format="…"><text>…</text></x>``)."""
        if element is None:
            return ""
        text = element.find("text")
        raw = _inner_markup(text) if text is not None else ""
        fmt = element.get("format", "html")
        files = [name for name in (f.get("name") for f in element.findall("file")) if name]
        where = element.sourceline or self.line
        if files:
            what = "an embedded file was" if len(files) == 1 else "embedded files were"
            self.result.notes.append((where, f"{what} left out (text only): {', '.join(files)}"))
        elif has_image(raw) and fmt != "plain_text":
            self.result.notes.append((where, "an image was left out (text only)"))
        return format_to_text(raw, KEPT_FORMATS.get(fmt, "moodle"))  # a format Moodle does not know: as written

    def answers(self) -> list[tuple[str, float, str, int]]:
        """(text, fraction in percent, feedback, line) for each ``<answer>``."""
        found = []
        for answer in self.element.findall("answer"):
            line = answer.sourceline or self.line
            try:
                fraction = float(answer.get("fraction", "0"))
            except ValueError:
                self.result.errors.append((line, f"fraction {answer.get('fraction')!r} is not a number"))
                fraction = 0.0
            found.append((self.text(answer), fraction, self.text(answer.find("feedback")), line))
        return found

    def draft(self, kind: str) -> Draft | None:
        errors, notes = len(self.result.errors), len(self.result.notes)
        draft = self._draft(kind)
        if len(self.result.errors) > errors:  # a mistake: the question is left out, reported once
            del self.result.errors[errors + 1 :]
            del self.result.notes[notes:]
            return None
        if draft is not None:
            question_text = self.element.find("questiontext")
            fmt = question_text.get("format", "html") if question_text is not None else "html"
            draft.text_format = KEPT_FORMATS.get(fmt)
            self.old_images()
        return draft

    def old_images(self) -> None:
        """Moodle 1.9 put a question's picture in ``<image>`` (a file name) or ``<image_base64>``."""
        for tag in ("image", "image_base64"):
            found = self.element.find(tag)
            if found is not None and (found.text or "").strip():
                self.result.notes.append(
                    (found.sourceline or self.line, f"the question's <{tag}> was left out (text only)")
                )

    def _draft(self, kind: str) -> Draft | None:
        prompt = self.text(self.element.find("questiontext"))
        if not prompt:
            self.result.errors.append((self.line, "the question has no text (<questiontext>)"))
            return None
        answers = self.answers()
        general = self.text(self.element.find("generalfeedback"))
        draft = {"truefalse": self.true_false, "shortanswer": self.short}.get(kind, self.choice)(answers, prompt, kind)
        if draft is None:
            return None
        explanation, merged = merge_feedback(general, [(text, note) for text, _, note, _ in answers])
        if merged:
            self.result.notes.append((self.line, "feedback on single answers was added to the explanation"))
        draft.explanation = explanation
        draft.name = (self.element.findtext("name/text") or "").strip()
        draft.category = self.category
        draft.tags = tuple(
            (t.text or "").strip() for t in self.element.findall("tags/tag/text") if (t.text or "").strip()
        )
        return draft

    def true_false(self, answers: list[tuple[str, float, str, int]], prompt: str, _kind: str) -> Draft | None:
        right = [text for text, fraction, _, _ in answers if fraction >= 100]
        if len(right) != 1 or right[0].lower() not in ("true", "false"):
            self.result.errors.append((self.line, "a true/false question needs one answer 'true' or 'false' at 100%"))
            return None
        return Draft(self.line, "true_false", prompt, answer=("True" if right[0].lower() == "true" else "False",))

    def short(self, answers: list[tuple[str, float, str, int]], prompt: str, _kind: str) -> Draft | None:
        accepted = [text for text, fraction, _, _ in answers if fraction >= 100 and text.strip()]
        if len(accepted) < len([a for a in answers if a[0]]):
            self.result.notes.append((self.line, "answers with partial credit were left out of a short answer"))
        if any("*" in text.replace("\\*", "") for text in accepted):
            self.result.skipped.append((self.line, "short answers with the * wildcard are not supported"))
            return None
        if not accepted:
            self.result.errors.append((self.line, "a short-answer question needs an answer at 100%"))
            return None
        if (self.element.findtext("usecase") or "0").strip() == "1":
            self.result.notes.append((self.line, "case-sensitive answers: the app compares answers ignoring case"))
        return Draft(self.line, "short", prompt, answer=tuple(text.replace("\\*", "*") for text in accepted))

    def choice(self, answers: list[tuple[str, float, str, int]], prompt: str, kind: str) -> Draft | None:
        choices = tuple(text for text, _, _, _ in answers)
        single = kind == "multichoice" and (self.element.findtext("single") or "true").strip().lower() in ("true", "1")
        if single:
            right = [text for text, fraction, _, _ in answers if fraction >= 100]
            if len(right) != 1:
                self.result.errors.append(
                    (self.line, f"a one-answer multichoice needs one answer at 100%, not {len(right)}")
                )
                return None
            if any(0 < fraction < 100 for _, fraction, _, _ in answers):
                self.result.notes.append((self.line, "partial credit for other answers was left out"))
            return Draft(self.line, "single", prompt, choices, (right[0],))
        right = tuple(text for text, fraction, _, _ in answers if fraction > 0)
        if not right:
            self.result.errors.append((self.line, "no answer has a positive fraction, so none is right"))
            return None
        if kind == "multichoiceset":
            return Draft(self.line, "multiple", prompt, choices, right, scoring="all-or-nothing")
        share = 100 / len(right)
        if any(abs(fraction - (share if fraction > 0 else -share)) > 0.01 for _, fraction, _, _ in answers):
            self.result.notes.append(
                (self.line, "answer fractions became equal shares, wrong answers taking a share off")
            )
        return Draft(self.line, "multiple", prompt, choices, right)


def read(data: bytes) -> ReadResult:
    """Every supported question of a Moodle XML file, with mistakes and left-out questions by line."""
    result = ReadResult()
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        result.errors.append((exc.lineno or 0, f"not well-formed XML ({exc.msg})"))
        return result
    if root.tag != "quiz":
        result.errors.append((root.sourceline or 1, f"the root element is <{root.tag}>; Moodle XML starts with <quiz>"))
        return result
    category = ""
    for element in root.iterchildren("question"):
        kind = element.get("type", "")
        if kind == "category":
            category = (element.findtext("category/text") or "").strip()
        elif kind in SUPPORTED:
            draft = _Question(element, category, result).draft(kind)
            if draft is not None:
                result.drafts.append(draft)
        elif kind in CORE_TYPES:
            result.skipped.append((element.sourceline or 0, f"{kind} questions are not supported"))
        else:
            what = (
                f"unsupported type {kind!r} (a question type from a Moodle plugin)"
                if kind
                else "a question without a type"
            )
            result.skipped.append((element.sourceline or 0, what))
    return result


IMPORTER = Importer(name="moodle-xml", title="Moodle XML", read=read)
