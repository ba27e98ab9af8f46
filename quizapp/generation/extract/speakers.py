"""Who says something: the reporting verb of a sentence and its subject."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from quizapp.generation.doctext import doc_text
from quizapp.generation.extract.people import time_held
from quizapp.generation.extract.vocab import REPORTING_LEMMAS

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose passive subject is the one spoken to ("was told", "has been warned"), not the speaker.
_ADDRESSED = frozenset("warn tell advise inform ask urge assure remind brief caution order instruct".split())


@dataclass(frozen=True)
class Speech:
    """A reporting verb with its speaker phrase (character offsets are in the doc)."""

    verb: str  # the verb as written, e.g. "said"
    lemma: str
    speaker: str  # the subject phrase, e.g. "one of the Russian trainers"
    speaker_start: int
    speaker_end: int
    person: str | None  # the PERSON entity inside the speaker phrase, if any
    appositive: str | None  # "Africa analyst and author on the Wagner Group"
    verb_index: int
    reports_speech: bool = (
        True  # the verb takes a clause ("said that …"): speech, not "charged with", "maintained a lead"
    )


def _inside(token: Token, blocked: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in blocked)


def _subject(verb: Token) -> Token | None:
    subjects = [child for child in verb.children if child.dep_ in _SUBJECT_DEPS]
    if len(subjects) > 1 and any(t.text == "," for t in verb.doc[subjects[0].i : subjects[-1].i]):
        return None  # "Speaking alongside …, the Republican senator David Perdue, Trump described …": the parse gave
        # the verb two subjects a comma apart, and the first is not the speaker (not "al-Ansi", one name in parts)
    if subjects:
        return subjects[0]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if any(child.dep_ in ("aux", "auxpass") for child in verb.children):
            return None  # "Trump has denied … and Russia has said": a verb with its own "has" has its own subject
        if not any(child.dep_ == "cc" for child in (*verb.head.children, *verb.children)) or (
            verb.tag_ == "VBZ" and verb.head.tag_ == "VBD"
        ):
            return None  # "Trump won … by tipping three Rust Belt states his way": no "and" joins them, or the
            # tenses differ; a noun the parse took for a verb
        return _subject(verb.head)
    return None


def _appositive(head: Token) -> Token | None:
    return next((child for child in head.children if child.dep_ == "appos"), None)


def _cut_mid_word(token: Token) -> bool:
    """True when `token` runs on into a hyphen and more of its word ("co" of "co-author")."""
    doc = token.doc
    return not token.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "‐", "–")


def _named_in_apposition(subject: Token, appos: Token | None) -> Span | None:
    """The person named beside a describing subject ("Fellow protester, mechanical engineer Richard Weir, said"):
    the subject is a common noun, the appositive's head is a PERSON name."""
    if appos is None or subject.pos_ not in ("NOUN", "NUM", "PRON") or subject.ent_type_ not in ("", "CARDINAL"):
        return None
    return next((e for e in subject.doc.ents if e.label_ == "PERSON" and e.start <= appos.i < e.end), None)


_AGENTS = frozenset(
    "spokesman spokeswoman spokesperson aide lawyer attorney adviser advisor representative assistant".split()
)


def _speaks_for(subject: Token) -> bool:
    """True for "a spokeswoman for another Democrat, Sen. Ben Cardin,": the name is whom she speaks for."""
    return subject.lower_ in _AGENTS and any(
        child.dep_ == "prep" and child.lower_ in ("for", "to", "of") for child in subject.children
    )


def _phrase(tokens: list[Token]) -> tuple[int, int]:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, end


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the hyphens the parse split a name at: "al-Ansi", not "al"."""
    after = re.match(r"(?:[-‐][^\W\d_][\w'’]*)+", text[end:])
    before = re.search(r"(?:[^\W\d_][\w'’]*[-‐])+$", text[max(0, start - 40) : start])
    return start - (len(before.group(0)) if before else 0), end + (len(after.group(0)) if after else 0)


def _introduces_speech(verb: Token) -> bool:
    """True when the verb introduces what was said: a parenthetical "…, she said", or a clause with its own
    subject ("claimed that the vote was rigged"); not an object ("claimed executive privilege")."""
    if verb.dep_ == "parataxis":
        return True
    return any(
        child.dep_ == "parataxis"
        or (child.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children))
        for child in verb.children
    )


# Verbs that report speech only as a quotation's tag ("…,” she continued"), never on their own ("prices continued").
_AFTER_A_QUOTE = frozenset({"continue", "conclude", "recall", "remark", "observe", "joke", "quip", "ask", "wonder"})
_QUOTE_TAG = re.compile(r"[,!?]\s*[\"”]\s+(?:[\w.'’-]+\s+){1,4}$")


def _joint(subject: Token, appos: Token | None) -> bool:
    """True for a subject of two or more speakers: "McCain and Schumer, joined by Graham, said", or two people
    named beside a group, "Two Republican senators, Mike Lee and Jerry Moran, said" (not "Charles Gittins, an
    attorney and expert on military law", one person's two roles)."""
    if any(child.dep_ == "conj" for child in subject.children):
        return True
    return appos is not None and any(
        t.dep_ == "conj" and t.ent_type_ == "PERSON" and t.head.ent_type_ == "PERSON" for t in appos.subtree
    )


def speech_in(sentence: Span, blocked: list[tuple[int, int]] | None = None) -> list[Speech]:
    """Reporting verbs of `sentence` outside the `blocked` (quoted) ranges, with their speakers."""
    blocked = blocked or []
    found: list[Speech] = []
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        lemma = token.lemma_.lower()
        if lemma not in REPORTING_LEMMAS and not (
            lemma in _AFTER_A_QUOTE and _QUOTE_TAG.search(doc_text(sentence.doc)[max(0, token.idx - 80) : token.idx])
        ):
            continue  # "…,” Mr Lukashov continued": speech only as the tag of a quotation
        if _inside(token, blocked):
            continue
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("questions", "question"):
            continue  # "the topics Trump answered questions about": he took questions; no words are reported
        subject = _subject(token)
        if subject is None or _inside(subject, blocked):
            continue
        if lemma in ("ask", "wonder") and subject.pos_ == "PRON":
            continue  # '"Are you going?" he asked': often the interviewer, whom the story may name far back
        appos = _appositive(subject)
        if _joint(subject, appos):
            continue  # a joint statement, no one person's words
        if subject.dep_ == "nsubjpass" and lemma in _ADDRESSED:
            continue  # "Corbyn has been warned by grandees that …": he was told, he did not say it
        dropped = {t.i for t in appos.subtree} if appos is not None else set()
        for child in subject.children:
            if child.dep_ in ("relcl", "acl") and child.i > subject.i:
                dropped |= {t.i for t in child.subtree}
        for child in subject.subtree:  # "a source familiar with his about-face, which comes months after …"
            if child.dep_ == "relcl" and child.i > subject.i:
                dropped |= {t.i for t in subject.subtree if t.i >= child.left_edge.i}  # the clause to the end
        core = [t for t in subject.subtree if t.i not in dropped and not _inside(t, blocked)]
        while core and core[-1].is_punct:
            core.pop()
        while core and core[0].is_punct:
            core.pop(0)
        if not core or any(t.pos_ in ("VERB", "AUX") for t in core):
            continue  # not a clean noun phrase: the parse went wrong, so this speaker is not trusted
        start, end = _phrase(core)
        doc = sentence.doc
        person = next(
            (ent.text for ent in doc.ents if ent.label_ == "PERSON" and ent.start <= subject.i < ent.end), None
        )
        appositive = None
        if appos is not None:
            words = [t for t in appos.subtree if not _inside(t, blocked)]
            while words and words[-1].is_punct:
                words.pop()
            if words and _cut_mid_word(words[-1]):  # "a scholar at Brookings and co" of "… and co-author of …":
                cut = max((n for n, t in enumerate(words) if t.dep_ == "cc"), default=0)  # the parse split the
                words = words[:cut]  # word at its hyphen; the roles before the "and" stand whole
                while words and words[-1].is_punct:
                    words.pop()
            then = time_held(appos, subject)
            if words and then is not None:  # "…, head of detention during the Bush administration,": a past post
                words += [t for t in then.subtree if not _inside(t, blocked)]
            if words:
                appositive = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
        named = _named_in_apposition(subject, appos) if person is None and not _speaks_for(subject) else None
        if named is not None:  # "One of the protesters, Hayley Walsh, 42, said": she speaks, the phrase says who she is
            appositive = doc_text(doc)[start:end]
            appositive = appositive[:1].lower() + appositive[1:] if core[0].pos_ != "PROPN" else appositive
            start, end, person = named.start_char, named.end_char, named.text
        start, end = _whole_words(doc_text(doc), start, end)
        found.append(
            Speech(
                verb=token.text,
                lemma=token.lemma_.lower(),
                speaker=doc_text(doc)[start:end],
                speaker_start=start,
                speaker_end=end,
                person=person,
                appositive=appositive,
                verb_index=token.i,
                reports_speech=_introduces_speech(token),
            )
        )
    return found
