"""People named in a text and how the text describes them (title or appositive)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quizapp.caseless import caseless
from quizapp.generation.doctext import doc_text
from quizapp.generation.extract.vocab import (
    EXPERT_WORDS,
    OFFICIAL_WORDS,
    PARTICIPANT_WORDS,
    PUT_OUT_OF_POST,
    TITLES_IN_NAMES,
)


@dataclass(frozen=True)
class PersonMention:
    """A PERSON entity with the description attached to it in this sentence, if any."""

    name: str
    description: str | None  # "Africa analyst and author on the Wagner Group", "Russian President"
    start: int
    end: int


def _text(tokens: list[Token]) -> str | None:
    dash = next((i for i, t in enumerate(tokens) if i and t.text in ("—", "–", "--")), None)
    if dash is not None:
        tokens = tokens[:dash]  # "Steve Israel — a leading Jewish lawmaker — and Nita Lowey": the aside ends
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return None  # "… and Nita Lowey, Eliot Engel": other people, not what this one is
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("the", "a", "an")):
        tokens.pop(0)
    if not tokens:
        return None
    doc, last = tokens[0].doc, tokens[-1]
    if not last.whitespace_ and last.i + 1 < len(doc) and doc[last.i + 1].text in ("-", "–", "/"):
        return None  # "WorldCom's ex" of "ex-head of internal accounting": a word the parse cut in two
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.text in ("'s", "’s") and not last.whitespace_:
        following = doc[after.i + 1] if after.i + 1 < len(doc) else None
        if following is None or following.is_punct or following.dep_ == "cc":
            last = after  # "chief economist at Moody's": the firm's name ends in "'s"; nothing it owns follows
    return doc_text(doc)[tokens[0].idx : last.idx + len(last.text)]


_LEADING_DESCRIPTION = caseless(r"^.*\b(?:the|a|an|its|their|his|her)\s+(?P<desc>[^,;:()—–]{3,70}?),\s*$")
_SKIP_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "MONEY", "PERCENT"})
# Lower-case words that belong to a capitalised title before a name ("former President", "state Sen.").
_TITLE_MODIFIERS = (
    frozenset(
        "former then acting deputy state interim late retired outgoing incoming assistant vice senior junior "
        "current new regional provincial federal national local municipal city county district".split()
    )
    | PUT_OUT_OF_POST
)
_TITLE_WORDS = (
    OFFICIAL_WORDS
    | EXPERT_WORDS
    | PARTICIPANT_WORDS
    | frozenset(
        [
            "librarian",
            "teacher",
            "coach",
            "pastor",
            "priest",
            "bishop",
            "pope",
            "doctor",
            "nurse",
            "lawyer",
            "founder",
            "ceo",
            "owner",
            "manager",
            "reporter",
            "journalist",
            "editor",
            "writer",
            "actor",
            "singer",
            "artist",
            "captain",
            "lieutenant",
            "sergeant",
            "colonel",
            "major",
            "prince",
            "princess",
            "emperor",
            "chancellor",
            "speaker",
            "rep",
            "sen",
            "gov",
            "dr",
            "gen",
            "lt",
            "col",
            "sgt",
            "capt",
            "adm",
            "maj",
            "cmdr",
        ]
    )
    | TITLES_IN_NAMES
)


def title_word(word: str) -> bool:
    """True for a word that titles a person before their name ("Sheriff", "Sen.", "President")."""
    return word.lower().rstrip(".") in _TITLE_WORDS


def _appositive_after(ent: Span) -> str | None:
    appos = next((c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end), None)
    if appos is None:
        return None
    if appos.ent_type_ == "PERSON":
        return None  # "Kavanaugh and his friend at the time, Mark Judge,": another person, not a description
    between = ent.doc[ent.end : appos.left_edge.i]
    if any(t.lower_ in ("and", "or", "&") or t.ent_type_ == "PERSON" for t in between):
        return None  # "Thomas and Gorsuch – the court's newest member –": the phrase tells who the nearer one is
    after = appos.right_edge.i + 1
    if after < len(ent.doc) and ent.doc[after].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return None  # "a lead over Bernie Sanders, the office of Secretary of State Grimes told CNN": the phrase is the
        # subject of the verb after it, not what Sanders is
    described = _text([t for t in appos.subtree if t.i >= ent.end])
    then = time_held(appos, ent.root)
    if described and then is not None:
        doc = ent.doc
        last = max(then.subtree, key=lambda t: t.i)
        described += doc_text(doc)[appos.right_edge.idx + len(appos.right_edge.text) : last.idx + len(last.text)]
    return described


# Prepositions that give the time a post was held ("… during the Bush administration", "… under Obama").
_WHEN_HELD = frozenset("during under until from between".split())


def time_held(appos: Token, head: Token) -> Token | None:
    """The preposition right after an appositive that tells when its post was held ("ICE's head of detention
    during part of the Bush administration"): the parse hangs it on the name, but it belongs to the post, and
    says the post is no longer held. None when no such phrase follows."""
    at = appos.right_edge.i + 1
    then = appos.doc[at] if at < len(appos.doc) else None
    if then is not None and then.lower_ in _WHEN_HELD and then.head.i in (head.i, appos.i):
        return then
    return None


def _appositive_before(ent: Span) -> str | None:
    doc = ent.doc
    after = doc[ent.end].text if ent.end < len(doc) else "."
    if after not in (",", ".", ";"):
        return None
    sentence_start = ent.sent.start_char
    match = _LEADING_DESCRIPTION.match(doc_text(doc)[sentence_start : ent.start_char])
    return match["desc"].strip() if match else None


def _title_before(ent: Span) -> str | None:
    words: list[Token] = []
    index = ent.start - 1
    while index >= max(0, ent.start - 4):
        token = ent.doc[index]
        named = (
            token.is_title
            and token.is_alpha
            and token.pos_ in ("PROPN", "NOUN", "ADJ", "NUM")
            and token.ent_type_ not in ("PERSON", "DATE", "TIME")
        )
        ahead = ent.doc[index - 1] if index else None
        if words and token.lower_ in PUT_OUT_OF_POST and (ahead is None or ahead.pos_ not in ("NOUN", "PROPN", "PRON")):
            words.insert(0, token)  # "fired FBI Director James Comey": the post is no longer his; the parse reads
            break  # the word as a verb
        if not named and (
            token.is_punct or token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.ent_type_ in _SKIP_TYPES
        ):
            break  # "Thousand" of "Thousand Oaks Mayor" is a word of the town's name, not a number
        words.insert(0, token)
        index -= 1
    if not words or words[-1].lower_.rstrip(".") not in _TITLE_WORDS:
        return None
    if index >= 1 and ent.doc[index].lower_ in ("and", "&", "or"):
        shared = ent.doc[index - 1]  # "Former FBI and | CIA official Phil Mudd": the title began before the "and"
        if shared.ent_type_ != "PERSON" and len(shared.text) > 1 and shared.text.isupper():
            return None  # (not "Trump and Senate Majority Leader Mitch McConnell", two people)
    if (
        len(words) >= 2
        and words[-1].text.endswith(".")
        and not words[-2].text.endswith(".")
        and all(title_word(w.text) for w in words)
    ):
        return None  # "Chairman Rep. Michael McCaul": a title stacked on "Rep." with no body; the chairman of what?
        # ("Attorney General", "Lt. Gov." are whole titles)
    number = ent.doc[index] if index >= 0 else None
    if number is not None and number.like_num and number.ent_type_ not in ("DATE", "TIME") and words[0].is_title:
        return None  # "38 North analyst": the number is part of the body's name, and the title without it is cut
    capital = next((n for n, w in enumerate(words) if w.text[:1].isupper()), None)
    if words[-1].text[:1].isupper() or capital:
        # "dispersal Brotherhood leader" (of "before today's dispersal Brotherhood leader Amr Darrag"): a lower-case
        # word before the capitalised body's name ends another phrase
        loose = [
            n
            for n, w in enumerate(words)
            if w.text.islower()
            and w.lower_ not in _TITLE_MODIFIERS
            and (words[-1].text[:1].isupper() or n < (capital or 0))
        ]
        if loose:  # "$600 billion in new tax revenue President Obama": the lower-case words end another phrase
            words = words[loose[-1] + 1 :]
            index = ent.start - len(words) - 1
    if index >= 0 and len(words) == 4:
        before = ent.doc[index]
        if not before.is_punct and before.pos_ in ("NOUN", "PROPN", "ADJ") and before.ent_type_ not in _SKIP_TYPES:
            return None  # the title runs on further left ("Birmingham City University criminology professor"): cut
    first = words[0].i
    if first >= 2 and ent.doc[first - 1].text in ("'s", "’s"):  # "Campaign Legal Center's federal reform director"
        owner, k = [], first - 2
        while k >= 0 and len(owner) < 5 and ent.doc[k].pos_ == "PROPN" and ent.doc[k].is_title:
            owner.insert(0, ent.doc[k])
            k -= 1
        if owner:  # the employer belongs to the role: without it, "federal" would read as a government's
            words = [*owner, ent.doc[first - 1], *words]
    title = _text(words)
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if title and after is not None and after.lower_ == "of" and after.head.i in range(ent.start, ent.end):
        tail = list(after.subtree)
        while tail and tail[-1].is_punct:
            tail.pop()
        if tail and len(tail) <= 14:
            phrase = doc_text(ent.doc)[tail[0].idx : tail[-1].idx + len(tail[-1].text)]
            if phrase.count("(") > phrase.count(")"):
                phrase += ")"
            title += " " + phrase
    return title


_PARTY_TAG = re.compile(r"^\(?[DRI]-[A-Z][A-Za-z.]*\)?(?:,?\s+|$)")


def _describe(ent: Span) -> str | None:
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.text in ("'", "’", "'s", "’s") and after.idx == ent.end_char:
        found = _appositive_before(ent) or _title_before(ent)  # "Sanders’ only fellow senator": whose, not who
    else:
        found = _appositive_after(ent) or _appositive_before(ent) or _title_before(ent)
    # "Val Demings (D-Fla.), a House prosecutor": the party and state tag is no part of the role
    if found and _PARTY_TAG.match(found):
        found = re.sub(r"^(?:the|a|an)\s+", "", _PARTY_TAG.sub("", found), flags=re.IGNORECASE) or None
    return found


def find_people(doc: Doc) -> list[PersonMention]:
    """PERSON entities in `doc` with their descriptions."""
    return [
        PersonMention(ent.text, _describe(ent), ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent.text) > 2
    ]
