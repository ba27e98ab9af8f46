"""anonymous-source: which source is not named, and the reason the article gives for it (or that it gives none)."""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, names_a_group
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.extract.anonymity import speaks_of_anonymity
from quizapp.generation.extract.vocab import ANYONE_HEADS, STAFF_HEADS
from quizapp.generation.skills.common import (
    excerpt,
    is_plural,
    mention_in,
    passing_on,
    quote_sentences,
    sentence_case,
)
from quizapp.generation.skills.source_credentials import is_a_role
from quizapp.generation.sources import group_of, head_word
from quizapp.quality.wording import context_reference, indefinite_article, is_garbled
from quizapp.textnorm import has_word

GENERIC_REASONS = (
    "Because the official feared losing their job",
    "To avoid reprisals against their family",
    "Because the information was classified",
    "Because the source is a suspect in the case",
    "Because the source was paid for the interview",
)
# The same reasons worded as a purpose, for a reason the article gives that way ("to discuss a plan that had not
# been announced"): a key alone in its form would give itself away.
PURPOSE_REASONS = (
    "To keep their job safe",
    "To avoid reprisals against their family",
    "To avoid being sued",
    "To hide that they are a suspect in the case",
    "To be paid for the interview",
)
_STOP = frozenset(
    {"because", "the", "to", "a", "an", "of", "for", "was", "were", "is", "be", "their", "they", "he", "she", "it"}
)


def _shares_meaning(reason: str, other: str) -> bool:
    """True when two reasons share a content word (so the wrong one might also be right)."""

    def words(text: str) -> set[str]:
        return {w.strip(".,").lower()[:6] for w in text.split() if w.strip(".,").lower() not in _STOP}

    return bool(words(reason) & words(other))


def _described_named_sources(analysis: Analysis) -> dict[str, str]:
    """Named speakers by their description, in the form of an unnamed source: "An Africa analyst and author on the
    Wagner Group" -> "John Lechner", beside "A senior U.S. official"."""
    found: dict[str, str] = {}
    for name, description in analysis.descriptions.items():
        description = description.strip()
        if len(name.split()) < 2 or len(description.split()) < 2 or is_garbled(description):
            continue
        if description.split()[0].lower() in ("the", "a", "an", "his", "her", "their", "its", "one"):
            continue
        if re.match(
            r"(?:most|least|best|worst|only|first|last|biggest|largest|greatest|highest|oldest|youngest|longest|richest)\b",
            description,
            re.IGNORECASE,
        ):
            continue  # "most decorated Olympian in history" takes "the", not "a"
        if re.search(r"['’]s\b", description.split(" of ")[0]):
            continue  # "North Korea’s Foreign minister" takes no "a": "A North Korea’s …" is no English
        if re.match(r"[a-z]+ly\b", description) or not is_a_role(description) or names_a_group(description):
            continue  # "typically a reliable Trump backer" takes no "a"; "overarching coalition that includes the
            # YPG" is a body (the model took a town for a person), not a person's role
        common = " ".join(w.lower() if w.lower() in _TITLE_WORDS else w for w in description.split())
        found[sentence_case(f"{indefinite_article(common.split()[0])} {common}")] = name
    return found


_TITLE_WORDS = frozenset(
    "president minister prime deputy vice governor secretary chief director spokesman spokeswoman spokesperson "
    "senator mayor chairman chairwoman commissioner ambassador envoy general leader head founder executive "
    "professor analyst researcher".split()
)


# Phrases that speak of one unnamed person or a few: "a Bloomberg insider", "two sources close to the talks",
# "officials familiar with the plan"; not a body ("the ministry") or a crowd ("residents").
_UNNAMED_PERSON = re.compile(
    r"^(?:(?:an?|one|another|two|three|four|several|some)\s+\S|(?:sources|officials|insiders|aides|people)\b)",
    re.IGNORECASE,
)


def _named_next(analysis: Analysis, index: int, label: str) -> bool:
    """True when the sentence after the unnamed source's names someone whose role shares a word with the label
    ("a U.S. cybersecurity official" … "Jeanette Manfra, the head of cybersecurity")."""
    if index + 1 >= len(analysis.sentences):
        return False
    after = analysis.sentences[index + 1]
    words = set(re.findall(r"[a-z]{5,}", label.lower())) - {"official", "officials", "source", "sources"}
    named = [s for s in analysis.sources.values() if s.named and index + 1 in s.sentences]
    return bool(named) and any(has_word(after.text.lower(), w) for w in words)


_SHOWN_IN_A_WORK = caseless(
    r"\b(?:video|ad|advert\w*|commercial|clip|film|documentary|footage|podcast|card|recording|broadcast)[”\"']?\s+"
    r"(?:in which|where|that shows|showing|featuring)\b"
)


def _reasonless(analysis: Analysis) -> list[Candidate]:
    """A source quoted without a name, when nothing in the article says why: "True or false? The article gives a
    reason for not naming “a Bloomberg insider”." (False.) The missing reason is itself the lesson."""
    text = analysis.article.full_text
    if analysis.unnamed or speaks_of_anonymity(text):
        return []  # a word on anonymity ("said on condition of anonymity") may count as the reason for all of them
    people = analysis.people()
    said = [(q.source, q.text, q.sentence, quote_sentences(analysis, q), "words") for q in analysis.quotes]
    said += [
        (c.source, c.content, c.sentence, analysis.sentences[c.sentence].text, "claim")
        for c in analysis.claims
        if c.content and not context_reference(c.content)
    ]  # reported speech too: "a senior official said the talks had stalled"
    named_in = {analysis.sentences[i].paragraph for s, _, i, _, _ in said if s is not None and s.named}
    unnamed_voices = {s.key: s for s, *_ in said if s is not None and not s.named}.values()
    for source, words, index, sentence, kind in said:
        if source is None or source.named or len(words.split()) < 6:
            continue
        if analysis.sentences[index].paragraph in named_in:
            continue  # "a top health official said …. “…,” said Anthony Fauci": the official may be named after all
        if passing_on(analysis.sentences[index]) >= 2:
            continue  # '"…," it read, three officials confirmed': the words are the memo's, the officials vouch
        if _SHOWN_IN_A_WORK.search(analysis.sentences[index].text):
            continue  # 'a "holiday card" video in which one person said: "…"': someone in a group's film, no source
            # the newsroom chose not to name
        label = source.label
        if not _UNNAMED_PERSON.match(label) or group_of(label) not in ANYONE_HEADS | STAFF_HEADS:
            continue
        if _named_next(analysis, index, label):
            continue  # "A U.S. cybersecurity official said …" then "Jeanette Manfra, the head of cybersecurity at …
            # told NBC": the official may be named in the next sentence
        if any(person in label for person in people):
            continue  # "an aide to Senator Smith" names someone: the words are still an aide's, but keep it plain
        head = group_of(label)
        if len(label.split()) <= 2 and (
            sum(1 for s in unnamed_voices if group_of(s.label) == head) > 1
            or len(
                re.findall(rf"\b(?:a|an|another|one|the first|the second)\s+(?:[\w-]+\s+){{0,2}}{head}s?\b", text, re.I)
            )
            > 1
        ):
            continue  # "the source it calls 'a source'" in a story of four unnamed sources: which one is meant?
        written = mention_in(label, sentence)
        if written.split()[0] in ("Another", "One", "Two", "Three", "Four", "Several", "Some"):
            written = written[:1].lower() + written[1:]  # "Another Saudi official", a choice, inside a sentence
        if written.lower() not in text.lower():
            continue
        what = (
            f"the words “{excerpt(words.strip(' ,'), 12)}”"
            if kind == "words"
            else f"the claim that {excerpt(words.strip(' ,'), 12)}"
        )
        plural = is_plural(source)
        noun = "sources" if plural else "source"
        explanation = (
            f"False. The article credits {what} to {written}, and "
            f"nowhere says why {'these sources are' if plural else 'this source is'} not named. Careful newsrooms "
            "grant anonymity only for a good reason and tell readers what it is; when no reason is given, give the "
            "claim less weight and look for a named source who confirms it."
        )
        return [
            Candidate(
                skill="anonymous-source",
                type="true_false",
                prompt=f"True or false? The article gives a reason for not naming the {noun} it calls “{written}”.",
                choices=("True", "False"),
                answer=("False",),
                explanation=explanation,
                evidence=(sentence,),
                difficulty=2,
                score=0.8,
                facts=frozenset({"unnamed:why", f"source:{source.key}:type"}),
            )
        ]
    return []


def build(analysis: Analysis) -> list[Candidate]:
    candidates: list[Candidate] = _reasonless(analysis)
    described = _described_named_sources(analysis)
    for sentence_index, unnamed in analysis.unnamed:
        label = sentence_case(unnamed.source)
        distractors = pick(label, [list(described)], 3)
        pointing_back = label.lower().startswith(("the ", "this ")) and len(label.split()) <= 3
        kind = head_word(label)
        named_alike = any(has_word(d.lower(), kind) for d in analysis.descriptions.values())
        # "a police officer" beside Anuj Kumar, "a police officer" named elsewhere: which officer is meant?
        if len(distractors) >= 2 and not pointing_back and not named_alike:  # "The official", beside "A …": vague
            names = "; ".join(f"{described[d]} is “{d[d.index(' ') + 1 :]}”" for d in distractors)
            candidates.append(
                Candidate(
                    skill="anonymous-source",
                    type="single",
                    prompt="Which of these people is not named in the article?",  # not "sources": some of the
                    # named may only be talked about ("a top U.S. envoy to Africa" who visited)
                    choices=(label, *distractors),
                    answer=(label,),
                    explanation=(
                        f"The article names the others ({names}), but “{unnamed.source}” spoke on condition of "
                        "anonymity. Readers cannot check an unnamed source themselves, so they depend on the "
                        "newsroom's judgment."
                    ),
                    evidence=(analysis.sentences[sentence_index].text,),
                    difficulty=2,
                    score=0.9,
                    facts=frozenset({f"unnamed:{sentence_index}:who"}),
                )
            )
        if unnamed.reason:
            reason = sentence_case(unnamed.reason)
            subject = unnamed.source[:1].lower() + unnamed.source[1:]
            subject = subject.replace("a ", "the ", 1) if subject.startswith("a ") else subject
            prompt = f"What reason does the article give for not naming {subject}?"
            reasons = PURPOSE_REASONS if reason.startswith("To ") else GENERIC_REASONS
            wrong = pick(reason, [[r for r in reasons if not _shares_meaning(reason, r)]], 3, prompt=prompt)
            candidates.append(
                Candidate(
                    skill="anonymous-source",
                    type="single",
                    prompt=prompt,
                    choices=(reason, *wrong),
                    answer=(reason,),
                    explanation=(
                        f"The article says the source spoke anonymously “{unnamed.reason}”. Careful newsrooms grant "
                        "anonymity only for a good reason and tell readers what it is, so they can weigh a claim "
                        "that nobody can be held to by name."
                    ),
                    evidence=(unnamed.reason,),
                    difficulty=2,
                    score=0.95,
                    facts=frozenset({f"unnamed:{sentence_index}:reason"}),
                )
            )
    return candidates
