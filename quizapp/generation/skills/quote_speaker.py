"""quote-speaker: who said a quoted sentence, with pronouns and run-on quotes resolved.

The wrong choices are other voices of the same article: people for a person, other speaking groups for a
group. A report or a statement cannot speak, and no name is ever made up; without two real alternatives the
item is not made.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, Source
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.doctext import token_at
from quizapp.generation.extract.people import title_word
from quizapp.generation.extract.vocab import (
    ANYONE_HEADS,
    EXPERT_WORDS,
    OFFICIAL_WORDS,
    STAFF_HEADS,
    TITLES_IN_NAMES,
)
from quizapp.generation.gazetteer import is_known_place, is_nationality, nations_in
from quizapp.generation.skills.common import (
    CUT_AT_THE_END,
    NO_WORDS_SAID,
    REBUTTAL,
    TIME_FIRST,
    TOPIC_NOT_CLAIM,
    as_clause,
    as_written,
    broken_off,
    excerpt,
    governs,
    mention,
    mention_in,
    of_themself_in_third_person,
    quote_sentences,
    quoted,
)
from quizapp.generation.skills.source_credentials import cut_off, held_before, stated_role
from quizapp.generation.sources import group_of
from quizapp.quality.wording import context_reference, is_garbled
from quizapp.textnorm import fold, has_word, match_key

_NOT_A_VOICE = caseless(r"\b(?:victim|suspect|accused|defendant|gunman|attacker|killed|dead|late)\b")
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|him|his|her|hers)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|us|our|Our|my|My|me)\b")
_NO_SUBJECT = caseless(
    r"(?:would|will|could|can|may|might|should|must|is|was|are|were|has|have|had|did|does|himself|herself|"
    r"themselves|itself)\b"
)
_OWN_BODY = caseless(
    r"\b(?:our|my)\s+(?:\w+\s+)?(?:committee|company|firm|campaign|party|caucus|team|administration|office|"
    r"department|agency|organi[sz]ation|union|board|council|government|ministry|court|church|school|university|"
    r"newspaper|network|bank|group|coalition|panel|commission)\b"
)
# Words of a public or expert role: people who hold one are plausible speakers beside each other.
_PUBLIC_WORDS = (
    OFFICIAL_WORDS
    | EXPERT_WORDS
    | TITLES_IN_NAMES
    | frozenset("sen gov rep candidate nominee justice head adviser advisor aide negotiator colonel".split())
)
_AGE_OR_HOME = re.compile(r"\s*(?:\d{1,3}\b|(?:of|from)\s+[A-Z])")
_SPEAKING_KINDS = frozenset(
    {"named-official", "unnamed-official", "expert", "participant", "state-media", "advocate", "unknown"}
)


# Words for a government's people as a whole, which take in any official of it.
_COLLECTIVE = frozenset({"authority", "authoritie", "authorities", "government", "administration"})


def _specific(label: str) -> bool:
    """ "U.S. officials", not a bare "Officials" or "Authorities", which mean the same as each other."""
    return len([w for w in label.split() if w.lower() not in ("the", "a", "an", "some")]) >= 2


def _tied(source: Source, other: Source) -> bool:
    """True when one of the two belongs to the other ("Hess, president of Merchant Forecast" and "Merchant
    Forecast"): offered as a wrong answer, the other would be another name for the right one."""
    own = fold(f"{source.label} {source.description or ''}").lower()
    theirs = fold(f"{other.label} {other.description or ''}").lower()
    return fold(other.label).lower() in own or fold(source.label).lower() in theirs


def _voices(analysis: Analysis, source: Source) -> list[str]:
    """Other speakers of the article that are the same kind of thing as `source` (a person, or a group)."""
    speakers = [
        s
        for s in analysis.sources.values()
        if s is not source and s.kind in _SPEAKING_KINDS and (s.quoted or s.sentences) and s.named == source.named
    ]
    speakers.sort(key=lambda s: (not s.quoted, -len(s.sentences), s.label))
    labels = [s.label for s in speakers if (s.named or _specific(s.label)) and not _tied(source, s)]
    if not source.named:  # "one of the protesters" beside "fellow protester": either phrase fits both people
        labels = [label for label in labels if group_of(label) != group_of(source.label)]
        if group_of(source.label) in ANYONE_HEADS:
            return []  # "a Bloomberg insider" and "one source": nothing says they are two people, or who is who
        labels = [label for label in labels if group_of(label) not in ANYONE_HEADS]
        if group_of(source.label) in STAFF_HEADS | _COLLECTIVE:  # "an aide" beside "a senior official": perhaps
            # one person; "a senior administration official" is one of "U.S. authorities"
            labels = [label for label in labels if group_of(label) not in STAFF_HEADS | _COLLECTIVE]
    people = set(analysis.people())
    if source.label in people:  # a person among people: a party or a firm may be the one they speak for
        labels = [label for label in labels if label in people]
    labels = analysis.offerable(labels)
    if source.named and len(labels) < 2:  # too few other voices: people the article gives a role, no victims
        alone = not labels  # the story's only voice: people with public roles are plausible speakers beside a public
        # figure or an expert (a governor beside a senator), not beside a private man quoted from his forum posts
        labels += [
            p
            for p in analysis.offerable(analysis.people())  # "Boseman died on Friday": the tributes are to him
            if p in analysis.descriptions
            and not _AGE_OR_HOME.match(analysis.descriptions[p])  # "32, of Franklin": people a report is about
            and not _NOT_A_VOICE.search(analysis.descriptions[p])
            and (not alone or (_public(source.description) and _public(analysis.descriptions[p])))
        ]
    labels = [label for label in labels if not _shared_surname(label, analysis)]
    text = _folded(analysis.article.full_text)
    names = [fold(name) for name in (source.label, *labels)]
    return [
        label for label in labels if not any(_stands_before(fold(label), name, text) for name in names)
    ]  # "Pentagon Spokesperson", read apart from "Chief Pentagon Spokesperson Jonathan Hoffman": a title of a voice


@lru_cache(maxsize=8)
def _folded(text: str) -> str:
    """`fold(text)` with its runs of white space made one space, worked out once a story."""
    return re.sub(r"\s+", " ", fold(text))


def _stands_before(label: str, name: str, text: str) -> bool:
    """True when `text` writes `label` right before `name`, as whole words ("Pentagon Spokesperson Jonathan
    Hoffman"); the plain search first, as most pairs never occur."""
    pair = f"{label} {name}"
    return pair in text and re.search(rf"(?<!\w){re.escape(pair)}(?!\w)", text) is not None


def _public(description: str | None) -> bool:
    """True for a description that gives a public or expert role ("Kentucky Sen.", "Africa analyst")."""
    return bool({w.lower().strip(".,()") for w in (description or "").split()} & _PUBLIC_WORDS)


def _pools(analysis: Analysis, labels: list[str], near: int) -> list[list[str]]:
    """Other voices as distractor pools, sharpest first: the two quoted speakers whose words stand nearest the
    quotation (the reader's likeliest slip), the other quoted speakers, then people the article only names."""
    by_label = {s.label: s for s in analysis.sources.values()}
    quoted = [label for label in labels if label in by_label and by_label[label].quoted]
    quoted.sort(key=lambda label: min((abs(i - near) for i in by_label[label].sentences), default=10**6))
    rest = [label for label in labels if label not in quoted]
    return [quoted[:2], quoted[2:], rest]


def _another_of_the_name(label: str, analysis: Analysis) -> bool:
    """True when someone else of the story shares a surname with `label`: another person the model found, or a
    different first name before the surname in the text ("Michelle Nunn" beside "Sam Nunn")."""
    surname = label.split()[-1]
    if any(other != label and other.split()[-1] == surname for other in analysis.people()):
        return True
    return any(
        token.text == surname
        and token.i > sentence.span.start
        and token.nbor(-1).ent_type_ == "PERSON"
        and token.nbor(-1).text not in re.split(r"[\s‐-]+", label)  # "Jacques" of "Jean-Jacques Muyembe"
        and token.nbor(-1).text[:1].isupper()
        and not title_word(token.nbor(-1).text)
        for sentence in analysis.sentences
        if surname in sentence.text
        for token in sentence.span
    )


def _named_in(label: str, words: str) -> bool:
    """True when a quotation names the person `label` by surname: it speaks of them, so it is not theirs."""
    return bool(re.search(rf"\b{re.escape(label.split()[-1])}\b", words))


def _who(
    prompt: str,
    source: Source,
    distractors: list[str],
    explanation: str,
    evidence: str,
    difficulty: int,
    score: float,
    facts: set[str],
) -> Candidate:
    """A who-said item: the source's label among other voices."""
    return Candidate(
        skill="quote-speaker",
        type="single",
        prompt=prompt,
        choices=(source.label, *distractors),
        answer=(source.label,),
        explanation=explanation,
        evidence=(evidence,),
        difficulty=difficulty,
        score=score,
        facts=frozenset(facts),
    )


def _stake(source: Source, text: str) -> str:
    """The lesson: whose view this is, with the role the article gives the speaker when it gives one (written in
    full in `text`, the article: not "Houston Museum director" cut from "former Fort Sam Houston Museum director")."""
    role = stated_role(source)
    if role and held_before(role) and not cut_off(role, text, capitalised=False, name=source.label):
        return (
            f" The article introduces {source.label} as {as_written(role, text)}, a post no longer held: weigh what "
            "they learned in it, and ask whom they speak for now."
        )
    if role and not cut_off(role, text, capitalised=False, name=source.label):
        return (
            f" The article introduces {source.label} as {as_written(role, text)}: read the words as the view "
            "of someone in that position: what they are placed to know, and whose side they may be on."
        )
    return " Knowing who speaks tells you whose view, and whose interests, you are reading."


def _negated_before(analysis: Analysis, quote) -> bool:
    """True when a quotation that starts mid-sentence follows a negation of the writer's ("no Republican is
    “willing …”", "did not “expect …”"): the quoted words alone turn the meaning round."""
    words = quote.text.strip()
    if not words[:1].islower():
        return False
    text = analysis.sentences[quote.sentence].text
    at = text.find(words[:15])  # its opening: a quotation may run on into the sentences after this one
    before = text[max(0, at - 40) : max(0, at - 1)].split()[-5:] if at > 0 else []
    return any(
        w.lower().strip(",") in ("no", "not", "never", "nobody", "none", "neither", "nor") or w.endswith("n't")
        for w in before
    )


def _has_verb(analysis: Analysis, quote) -> bool:
    """True when the quotation holds a verb (as the model reads the sentence it stands in)."""
    span = analysis.sentences[quote.sentence].span
    at = span.text.find(quote.text.strip())
    if at < 0:
        return True  # not found in its sentence (it runs across sentences): leave it to the other rules
    begin, end = span.start_char + at, span.start_char + at + len(quote.text.strip())
    return any(t.pos_ in ("VERB", "AUX") for t in span if begin <= t.idx < end)


_SAYING_FIRST = re.compile(r"(?:said|says|stated|states|claimed|claims|alleged|alleges|wrote|writes|told|tells)\b")


def _starts_with_a_verb(analysis: Analysis, quote) -> bool:
    """True when a quotation starts in lower case with a verb that has its subject outside the quotation marks
    (as the model reads its sentence): "goes beyond …", "emphasized the need …". A plain form ("deplete our
    treasury", "restoring the …") reads as the speaker's own phrase."""
    words = quote.text.strip()
    if not words[:1].islower():
        return False
    if _SAYING_FIRST.match(words):
        return True  # the allegations "said that Czech intelligence had recruited …": whatever tag the parse gives
    span = analysis.sentences[quote.sentence].span
    at = span.text.find(words)
    first = token_at(span, at) if at >= 0 else None
    if first is not None and first.pos_ in ("VERB", "AUX") and first.tag_ in ("VBP", "VB"):
        # 'Democrats "see it as one of the most stimulative things"': a plural subject outside the marks, whose
        # view the speaker describes; not 'Ann Lee should "put the children first"', the speaker's own advice
        before = [child for child in first.children if child.i < first.i]
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in before) and not any(c.dep_ == "aux" for c in before)
    return first is not None and first.pos_ in ("VERB", "AUX") and first.tag_ in ("VBZ", "VBD")


# What a person does with words: what follows in quotation marks may be that person's words.
_TOLD = caseless(
    r"\b(?:call(?:s|ed)?|phoned|congratulat\w*|thank(?:s|ed)?|told|tell(?:s|ing)?|asked|urged|promised|assured|"
    r"warned|wrote|tweeted|praised|said|says|telling|message)\b"
)


# A label held at a distance: 'the so-called "enhanced interrogation techniques"'.
_SO_CALLED = caseless(r"\bso-called\s*[\"“]?\s*$")
# Someone else's voice right before the words: a shout from the crowd, a heckler, an unnamed questioner.
_ANOTHER_VOICE = re.compile(
    r"\b(?:someone|somebody|a (?:man|woman|voice|heckler|protester|protestor|supporter|"
    r"member of the (?:audience|crowd))|"
    r"the (?:crowd|audience)|protesters|hecklers)\s+(?:\w+\s+){0,2}(?:shouted|yelled|screamed|cried|chanted|called|"
    r"interjected|heckled|responded|replied|asked)\b[^\"“”]{0,60}[\"“]?\s*$|"
    # "They were in shock, Mr. Beltren said, and all asked the same question: “…”": after the speaker's tag, a
    # clause of its own gives the words to someone else
    r"\b(?:said|says|told|recalled|added)\b,?\s+(?:and|but)\s+(?:(?!(?:he|she|they|I|we|then|later|also)\b)[\w'’-]+\s+)"
    r"{1,3}?(?:asked|said|shouted|wondered|"
    r"told|demanded|chanted|yelled|cried|screamed|wanted to know)\b[^\"“”.]{0,60}:\s*[\"“]?\s*$",
    re.IGNORECASE,
)


def _shared_surname(label: str, analysis: Analysis) -> bool:
    """True for a one-word label that is the surname of two people the article names in full ("Bouhlel" beside
    Mohamed and Wassim Bouhlel, "Obama" beside Michelle and Barack Obama): which of them it means is not clear."""
    if " " in label:
        return False
    full = set(analysis.people()) | {n for n in analysis.entities("PERSON") if len(n.split()) >= 2}
    return len({n.split()[0] for n in full if n.split()[-1] == label}) >= 2


def _ends_on_the_name(written: str, label: str) -> bool:
    """True when the speaker as the article writes them is their name with a title or a description set off after
    it ("Bloomberg spokesperson Julie Wood", "Brian Balogh of the University of Virginia", "Neomi Reid, 75, a
    retiree"), not a name with lower-case words run on after it ("Rogers of the terror forces")."""
    surname = label.split()[-1]
    at = written.rfind(surname)
    if at < 0:
        return False
    tail = written[at + len(surname) :]
    return not tail.strip() or bool(re.match(r"\s*[,(]|\.?\s+(?:Jr|Sr)\b|\s+of\s+(?:the\s+)?[A-Z]", tail))


# "As your commander in chief", "as your president": the speaker names their own office.
_OWN_OFFICE = re.compile(
    r"\b[Aa]s\s+(?:your|the|our|this)\s+(?:commander[- ]in[- ]chief|president|prime minister|governor|mayor|senator|"
    r"secretary of state|chancellor|king|queen|pope|chief justice|speaker)\b"
)
# A people named beside "we" or "I": "Canadians, we're polite", "we Americans", "as a Mexican, I".
_OWN_PEOPLE = re.compile(
    r"\b(?P<a>[A-Z][a-z]+s),\s+(?:we|we['’]re|we['’]ve|we['’]ll)\b|\bwe\s+(?P<b>[A-Z][a-z]+s)\b|"
    r"\b[Aa]s\s+(?:an?\s+)?(?P<c>[A-Z][a-z]+s?),\s+(?:we|I)\b|\b(?:I['’]m|I am|we['’]re|we are)\s+(?:an?\s+|proud\s+)*"
    r"(?P<d>[A-Z][a-z]+s?)\b(?!\s+[A-Z])"
)


# Writings of a court, a prosecutor or another party, not a speaker's own statement, letter or post.
_WRITINGS = (
    r"(?:ruling|order|opinion|decision|report|filing|complaint|indictment|lawsuit|verdict|judgment|judgement|"
    r"transcript|affidavit|motion|brief|document)"
)
# Words quoted from such a writing, named just before them: "a statement in the ruling …: "…"", "the order reads:".
_A_DOCUMENTS_WORDS = re.compile(
    rf"\b(?:in|from|of)\s+(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){{0,2}}{_WRITINGS}\b"
    r"[^\"“”.]{0,60}:\s*[\"“]?\s*$|"
    rf"\b{_WRITINGS}\s+(?:said|says|reads|read|stated|states|noted|notes|added|adds|continued|continues)\b"
    r"[^\"“”]{0,20}[:,]\s*[\"“]?\s*$",
    re.IGNORECASE,
)


def _names_own_body(analysis: Analysis, source, text: str) -> bool:
    """True when the quotation names a body that the article's description of the speaker holds ("WikiLeaks" in
    "WikiLeaks founder Julian Assange")."""
    description = source.description or analysis.descriptions.get(source.label) or ""
    bodies = {w.strip(",.'’") for w in description.split() if len(w) >= 4 and w[:1].isupper()}
    bodies -= set(source.label.split())
    bodies = {
        b for b in bodies if not title_word(b) and not is_nationality(b) and not is_known_place(b) and b not in _SIDES
    }  # not "Texas" of "Texas Lt. Gov." nor "Republican": a place or a side many choices may share
    return any(re.search(rf"\b{re.escape(body)}\b", text) for body in bodies)


_SIDES = frozenset("Republican Democrat Democratic Labour Conservative Liberal Green Independent GOP".split())


def _own_people(text: str) -> bool:
    """True when a quotation names the speaker's own nation or people with "we" or "I"."""
    return any(
        is_nationality(word) for match in _OWN_PEOPLE.finditer(text) for word in match.group("a", "b", "c", "d") if word
    )


_KIN = re.compile(
    r"\bmy\s+(?:(?:late|dear|beloved|dearest|darling|loving|old)\s+)?(?:brother|sister|son|daughter|mother|father|mom|mum|dad|husband|wife|child|children|kids?|"
    r"boy|girl|baby|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|uncle|aunt|nephew|niece|cousin|"
    r"twin)s?\b|\bour\s+(?:(?:late|dear|beloved|dearest|darling|loving|old)\s+)?"
    r"(?:brother|sister|son|daughter|mother|father|mom|mum|dad)\b|"
    # "I am a daughter of the civil rights movement", "as a mother": the speaker's sex, told by the speaker
    r"\b(?:I am|I['’]m|as)\s+(?:a|an|the|one|his|her|their|a proud)\s+(?:proud\s+)?(?:daughter|son|mother|father|"
    r"mom|mum|dad|wife|husband|widow|widower|sister|brother|grandmother|grandfather|granddaughter|grandson)\b",
    re.IGNORECASE,
)  # not "our children", "our kids": a politician's way of speaking of everyone's
# A question put to someone, right before the quoted question: 'a reporter's question about "…?"', 'asked him: "…?"'
# A quotation inside a question put to the speaker ("asked … if America's allies "…"").
_ASKED_IF = re.compile(r"\b(?:asked|asking|asks)\b[^\"“”]{0,80}?\b(?:if|whether)\b[^\"“”]{0,60}[\"“]?$")
_PUT_TO = re.compile(
    r"(?:\bquestions?(?:\s+(?:about|on|of|over))?|\b(?:asked|asking|asks)\s+(?:him|her|them|[A-Z][\w.-]+))"
    r"\s*[,:]?\s*[\"“]?\s*$"
)


def _before_quote(analysis: Analysis, quote) -> str:
    """The words of the quotation's sentence before it ("" when it cannot be found there)."""
    text = analysis.sentences[quote.sentence].text
    words = quote.text.strip()
    at = text.find(words)
    if at < 0 and len(words) > 40:
        at = text.find(words[:40])  # a quotation that runs on into the next sentence ("… in Annapolis? To the …?")
    return text[:at] if at > 0 else ""


def _through_another(sentence, label: str) -> bool:
    """True when the sentence passes the words on "according to" a person other than the speaker (not a
    transcript, a wire service or a newspaper, which record the words rather than recall them)."""
    at = sentence.text.lower().find("according to")
    if at < 0:
        return False
    start = sentence.span.start_char + at
    own = set(label.split())
    return any(
        ent.label_ == "PERSON" and start < ent.start_char < start + 80 and not own & set(ent.text.split())
        for ent in sentence.span.ents
    )


def _said_twice(story: str, words: str) -> bool:
    """True when `words` stand twice or more in the story (lowered, by `match_key`), punctuation aside ("Thank you,
    New Hampshire" and "Thank you New Hampshire")."""
    bare = re.findall(r"\w+", match_key(words).lower())
    pattern = r"\W+".join(re.escape(word) for word in bare)
    return bool(bare) and len(re.findall(rf"\b{pattern}\b", story)) > 1


def _said_again_by_another(analysis: Analysis, quote, source: Source) -> bool:
    """True when the quoted words stand again in a quotation of another voice, or the one quotes the other: "a
    presumption of constitutionality for long-standing monuments", quoted again in a justice's dissent."""
    words = re.sub(r"^(?:a|an|the)\s+", "", _unhyphened(quote.text.strip(" ,.")))
    if len(words.split()) < 4:
        return False
    others = [s.label.split()[-1] for s in analysis.sources.values() if s is not source and s.named]
    mine = source.label.split()[-1]

    def anothers(other) -> bool:
        if other.source is not None:
            return other.source is not source
        near = " ".join(
            analysis.sentences[i].text
            for i in (other.sentence - 1, other.sentence, other.sentence + 1)
            if 0 <= i < len(analysis.sentences)
        )  # a pull quote's credit line may follow it
        return not has_word(near, mine) and any(has_word(near, name) for name in others)

    for other in analysis.quotes:
        if other is quote or not anothers(other):
            continue
        theirs = re.sub(r"^(?:a|an|the)\s+", "", _unhyphened(other.text.strip(" ,.")))
        if words in theirs or (len(theirs.split()) >= 6 and theirs in words):
            return True
    return False


def _unhyphened(text: str) -> str:
    """`match_key` of `text`, lowered, with hyphens and the spaces around them dropped ("long-standing" is
    "longstanding")."""
    return re.sub(r"\s*[-‐–]\s*", "", match_key(text).lower())


_ANOTHERS_WORDS = re.compile(
    r"\b(?:warnings?|statements?|reports?|assessments?|findings?|conclusions?|letters?|memos?|messages?|notices?)\b"
    r"[^\"“”.;]{0,80}\bthat\s+(?:it|they)\s+(?:was|were|is|are|had|has)\s*[\"“]?\s*$"
)


def _relayed(analysis: Analysis, quote, label: str) -> bool:
    """True when a quotation starting mid-clause follows what another named person did and its speaker is named
    after it ('Trump called Netanyahu to congratulate him "on the fact that …", Netanyahu said'): the speaker
    tells of someone else's words, which may be theirs as much as the speaker's."""
    words = quote.text.strip()
    if not words[:1].islower():
        return False
    span = analysis.sentences[quote.sentence].span
    at = span.text.find(words)
    if at < 0:
        return False
    own = set(label.split())
    before = span.text[:at]
    possessive = re.search(
        r"\b([A-Z][\w-]+)['’]s\s+(?:\w+\s+)?(?:assessment|claim|statement|view|words|assertion|remark|comments?|"
        r"description|characteri[sz]ation|contention|argument|promise|pledge|warning|accusation|suggestion|"
        r"insistence|phrase|term|conclusion|finding)\s+[\"“]?$",
        before,
    )
    if possessive and possessive[1] not in own:
        return True  # 'Schumer said he disagreed with Grassley's assessment "that there was no hint …"': Grassley's
    return any(
        ent.label_ == "PERSON"
        and ent.start_char - span.start_char < at
        and not own & set(ent.text.split())
        and _TOLD.search(span.text[ent.end_char - span.start_char : at])
        for ent in span.ents
    ) and has_word(span.text[at + len(words) :], label.split()[-1])


def _title_of_another(written: str | None, label: str, text: str, description: str | None) -> bool:
    """True when the speaker is written as a title and a surname ("President Obama") and the article neither puts
    that title before the full name the surname was read as ("Michelle Obama") nor gives that person the title:
    it may be someone else of the name."""
    words = (written or "").split()
    if len(words) != 2 or not title_word(words[0].rstrip(".")) or words[-1] != label.split()[-1]:
        return False
    if description and words[0].rstrip(".").lower() in description.lower():
        return False  # "Zimbabwe's President": the description gives the title
    return not re.search(rf"\b{re.escape(words[0])}\s+{re.escape(label)}\b", text)


def _tells_the_headline(headline: str, label: str, words: str) -> bool:
    """True when the headline names the speaker and the quotation tells the headline's news in the first person:
    the headline gives the answer away."""
    if not has_word(headline, label.split()[-1]) or not re.search(r"\b(?:I|I'm|I’m|my|me)\b", words):
        return False
    stems = {w[:5].lower() for w in re.findall(r"[A-Za-z]{4,}", headline)} - {label.split()[-1][:5].lower()}
    return len(stems & {w[:5].lower() for w in re.findall(r"[A-Za-z]{4,}", words)}) >= 2


# "I, as President, …", "as your governor, I …": a speaker who names their own post in the words quoted.
_NAMES_OWN_POST = re.compile(
    r"\b(?:I|we)\s*,?\s+as\s+(?:the\s+|your\s+)?(?:president|governor|mayor|senator|prime minister|chancellor|"
    r"secretary|chairman|chairwoman|leader|speaker|attorney general|commander|chief)\b|\bas\s+(?:the\s+|your\s+)?"
    r"(?:president|governor|mayor|senator|prime minister|chancellor|leader|speaker)\s*,\s*(?:I|we)\b",
    re.IGNORECASE,
)


def nested_quotation(sentence: str, words: str) -> bool:
    """True when `words` sit inside a quotation the sentence opened before them with a curly mark and has not
    closed: a quotation within a quotation, whatever marks the page gave the inner one."""
    at = sentence.find(words)
    if at < 0:
        return False
    before = sentence[:at].rstrip("“\"'‘ ")
    return before.count("“") > before.count("”")


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    story = match_key(analysis.article.full_text).lower()
    for quote in analysis.quotes:
        source = quote.source
        if source is None or len(quote.text.split()) < 3 or source.kind not in _SPEAKING_KINDS:
            continue
        if nested_quotation(analysis.sentences[quote.sentence].text, quote.text):
            continue  # '“We submitted … on the assurance that the “contents … will not be disclosed," Cooper said':
            # words the speaker quotes from someone else, inside his own quotation
        if analysis.sentences[quote.sentence].furniture:
            continue  # "said Sen. Lindsey Graham Lindsey Olin GrahamGOP senators balk … MORE": a page's card in it
        if not source.named and not _specific(source.label):
            continue  # "Officials said": which officials? The key would be as vague as its rivals
        if source.named and re.search(r"\s(?:of|from|at|for|with)\s", source.label):
            continue  # "Sgaier of Surgo Foundation": a surname and a body, beside full names it would stand out
        if of_themself_in_third_person(analysis, quote):
            continue  # '"even as she squirmed in her seat"', told by her: the words of another account
        if source.named and _named_in(source.label, quote.text):
            continue  # "… Mr Bates will have to decide": a speaker seldom names themself; the words are another's
        if re.search(r"\b(?:allegedly|reportedly|purportedly|supposedly)\s+\w+\W*$", _before_quote(analysis, quote)):
            continue  # 'Byrd allegedly said: "…"': whether she said it is the open question, not who
        if _ANOTHER_VOICE.search(_before_quote(analysis, quote)):
            continue  # 'When Burns told the crowd …, someone shouted out from the audience "Trump is profane."'
        if re.match(r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\b", quote.text.strip()):
            continue  # '"is against the best interest of our country."': a quotation without its subject
        if len(quote.text.split()) < 8 and re.match(r"(?:not\s+)?to\s+[a-z]", quote.text.strip()):
            continue  # 'he asked Obama "not to endorse."': a short phrase cut from the writer's sentence, whose
            # subject and sense stand outside the quotation marks
        if re.match(
            r"(?:of|and|or|with|than|saying|calling|describing|claiming|arguing|noting|adding|telling|urging)\s",
            quote.text.strip(),
        ):  # also 'opinions "saying it's absolutely constitutional"': words of others the writer describes
            continue  # 'made him think "of a Chinese proverb that goes, …"': a phrase cut from the writer's sentence
        if _KIN.search(quote.text):
            continue  # '"That I want my brother back," Findley said': only a relative could say it, and the other
            # voices of the story are seldom relatives, so the words give the key away
        if quote.resolved_from and (quote.verb or "").lower() in ("wrote", "writes", "tweeted", "posted"):
            continue  # '"We do not have time to waste," he wrote': in a letter to Tedros, "he" is the letter's
            # writer, not the man named last; a pronoun before a verb of writing may point past the nearest name
        if _A_DOCUMENTS_WORDS.search(_before_quote(analysis, quote)):
            continue  # 'Watkins said they take issue with a statement in the ruling: "Finally, the Court observes …"':
            # the words are the ruling's, which the speaker only points to
        if _names_own_body(analysis, source, quote.text):
            continue  # '"… by our sources and by WikiLeaks," Assange said' of "WikiLeaks founder Julian Assange": the
            # words name the speaker's own organisation, which gives the key away
        if _OWN_OFFICE.search(quote.text):
            continue  # '"As your commander in chief, …," the president said': the words name the speaker's office
        if _own_people(quote.text):
            continue  # '"Canadians, we're polite …," Trudeau said': the speaker names their own people, and with
            # leaders of several countries among the choices that alone gives the key away
        if _starts_with_a_verb(analysis, quote):
            continue  # 'The interest "says people are worried"', 'Otero "emphasized the need …"': the subject is
            # the writer's
        if len(quote.text.split()) < 8 and not _has_verb(analysis, quote):
            continue  # "a pro-labour voice.": a phrase someone was quoted as using, not a statement they made
        if _SO_CALLED.search(_before_quote(analysis, quote)):
            continue  # 'the so-called "enhanced interrogation techniques"': a label held at a distance, not words said
        if quote.text.rstrip(' .”"').endswith("?") and _PUT_TO.search(_before_quote(analysis, quote)):
            continue  # 'answered a reporter's question about "what, in your mind, is sinful?"': the asker's words
        if _ASKED_IF.search(_before_quote(analysis, quote)):
            continue  # 'When asked by Chairman Rogers if America's allies "conduct espionage on us," Clapper
            # responded "absolutely"': the words are the question's, the asker's
        if _ANOTHERS_WORDS.search(_before_quote(analysis, quote)):
            continue  # 'Johnson said the warnings from the intelligence community that it was "confident …"': the
            # words are the warning's, which the speaker tells of
        if source.named and _relayed(analysis, quote, source.label):
            continue  # 'Trump called to congratulate him "on the fact that …", Netanyahu said': whose words?
        if _negated_before(analysis, quote):
            continue  # 'no Republican is “willing to raise a dime”': alone, the words say the opposite
        if _OWN_BODY.search(quote.text):
            continue  # "untruthful before our committee": only a member of that body fits, and the other voices
            # may well not be members
        if quote.text.strip()[:1] in ("'", "‘"):
            continue  # "'See, we told you he was too liberal.'": words the speaker puts in others' mouths
        if len(quote.text.split()) < 6 and _said_twice(story, quote.text):
            continue  # "not doing his job", quoted from one and said again by another: a phrase two people used
        if _said_again_by_another(analysis, quote, source):
            continue  # "a presumption of constitutionality for long-standing monuments", quoted again in the
            # dissent of a justice offered as a wrong choice
        if len(source.label.split()) == 1 and (
            any(source.label in person.split() and person != source.label for person in analysis.people())
            or _shared_surname(source.label, analysis)
        ):
            continue  # "Kim" beside Kim Jong Un and Kim Yo Jong: a name left short, which of them is not clear
        glued_tag = not quote.resolved_from and quote.speaker_as_written is None
        if glued_tag and has_word(analysis.sentences[quote.sentence].text, source.label.split()[-1]):
            continue  # '"…,"said Khozhugov': the tag is there, glued to the quotation mark, where the parse missed
            # it; the lesson "no new speaker is named" would be untrue
        if source.named and analysis.harmed(source.label):
            continue  # "God is good. Trust him," given to the victim through a "he": his mother's words; an
            # accuser's own account ("… quickly turned into a sexual assault") fits no one else among the choices
        if _through_another(analysis.sentences[quote.sentence], source.label):
            continue  # 'Lieberman said "…", according to Del. Angelucci': the words reach the story through another
        if source.named and _tells_the_headline(analysis.article.headline, source.label, quote.text):
            continue  # "I am resigning from The New York Times" under "… Bari Weiss' departure from The New York
            # Times": the headline names the one who would say it
        written_in_full = quote.speaker_as_written is not None and source.label in quote.speaker_as_written
        if source.named and not written_in_full and _another_of_the_name(source.label, analysis):
            continue  # "she said", "Nunn said" with Sam and Michelle Nunn in the story: which Nunn?
        if (quote.resolved_from or quote.speaker_as_written is None) and _THIRD_PERSON.match(quote.text.strip()):
            continue  # '"He will govern with his heart," she said': the words open on a "he"; whose "she" is it?
        if quote.resolved_from and _SUBORDINATE_TAG.search(analysis.sentences[quote.sentence].text):
            continue  # '“We believe him” when he says he's frustrated': the "he says" tells of someone else's words
        if _NAMES_OWN_POST.search(quote.text):
            continue  # "I, as President, …": the words name the speaker's post, which gives the key away
        words = excerpt(quote.text, 25).strip()
        if words.endswith(".") and not re.search(r"(?:\.\.|\b[A-Z][a-z]?\.)$", words):
            words = words[:-1]  # "Who said “Such cooperation is unlikely” …": the stop ends a sentence, not the words
        prompt = f"Who said {quoted(words)} in this article?"
        voices = [v for v in _voices(analysis, source) if not _named_in(v, quote.text)]
        # "… join President-elect Trump as his Chief of Staff": whoever the words speak of did not say them
        distractors = pick(source.label, _pools(analysis, voices, quote.sentence), 3, prompt=prompt)
        if not _enough(analysis, source, distractors):
            continue
        if _title_of_another(
            quote.speaker_as_written, source.label, analysis.article.full_text, analysis.descriptions.get(source.label)
        ):
            continue  # "President Obama" read as Michelle Obama, the one full name with that surname
        sentence = quote_sentences(analysis, quote)
        if quote.resolved_from:
            how = (
                f"The quotation is introduced by “{quote.resolved_from}”, which points back to {source.label}, "
                "the person named just before who fits the pronoun. Follow a pronoun back to a name before "
                "deciding who spoke."
            )
            difficulty, score = 3, 0.9
        elif quote.speaker_as_written is None:
            how = (
                f"No new speaker is named, so the quotation continues the words of {mention(source.label)}, "
                "quoted just before. Quotes often run on without repeating who is talking."
            )
            paragraph = analysis.sentences[quote.sentence].paragraph
            tagged_here = any(
                other.source is source
                and other.speaker_as_written
                and analysis.sentences[other.sentence].paragraph == paragraph
                for other in analysis.quotes
            )  # '"…," Amer said. "…"': the name stands in the same paragraph, as good as beside it
            # a quotation carried on from an earlier paragraph is the convention worth teaching: reviewers rate it
            # above a tag beside the words
            difficulty, score = 2, 0.7 if tagged_here else 0.88
        elif not source.named and source.kind == "named-official":  # "The State Department": a body, named
            how = (
                f"The quotation is credited right beside it to {mention_in(source.label, sentence)}: a named body, "
                "not a person, so the words are its official position, and it answers for them."
            )
            difficulty, score = 1, 0.85
        elif not source.named:
            how = (
                f"The quotation is credited right beside it to {mention_in(source.label, sentence)}, with no name: "
                "the article tells you what kind of person spoke, not who, so you cannot check their record."
            )
            difficulty, score = 1, 0.85
        elif source.named and re.fullmatch(r"(?:the|that|this)\s+statement", quote.speaker_as_written.strip(), re.I):
            how = (  # "“…,” the statement said", after "Hami Aksoy said in a statement": no name beside the words
                f"The quotation is credited to “{quote.speaker_as_written}”: the statement the article has just said "
                f"{mention(source.label)} issued. Follow a document back to the person who put it out."
            )
            difficulty, score = 2, 0.8
        else:
            how = (
                f"The article names the speaker right beside the quotation: “{quote.speaker_as_written}”, that is "
                f"{mention(source.label)}."
                if quote.speaker_as_written.lower() != source.label.lower()
                and quote.speaker_as_written.count("(") == quote.speaker_as_written.count(")")
                and _ends_on_the_name(quote.speaker_as_written, source.label)
                and not re.search(re.escape(quote.speaker_as_written) + r"\s*[&+]", sentence)  # "of the Sixth & I"
                else f"The article names the speaker right beside the quotation: {mention(source.label)}."
            )
            difficulty, score = 1, 0.85
        if quote.context:
            how += f" It was said {quote.context}"
            state_media = analysis.sources.get("state-media")
            shown_on_air = re.search(
                r"\b(?:speech|address|broadcast|televised|video|footage|television|TV)\b", quote.context
            )
            how += f", footage shown on {state_media.label}." if state_media and shown_on_air else "."
            # not "in a statement, footage shown on State media": a written statement was shown on no screen
        explanation = how + _stake(source, analysis.article.full_text)
        # the same words quoted twice ("If you have come …" and, in a later sentence, "that "if you have come …"")
        # are one fact, whatever their case
        same = fold(quote.text).lower().strip(_MARKS_AROUND)[:40]
        facts = {f"quote:{same}", f"quote-sentence:{quote.sentence}"}
        if _nation_gives_it_away(analysis, quote.text, source, distractors):
            continue  # '"The red line declared by France …"' with the French President the only French choice
        if _body_gives_it_away(analysis, quote.text, source, distractors):
            continue  # '"Our latest USA TODAY/Ipsos poll shows …"' from the president of Ipsos Public Affairs
        candidates.append(_who(prompt, source, distractors, explanation, sentence, difficulty, score, facts))
    return _per_speaker(_two_choices_rationed(candidates + _claims(analysis)))


def _nation_gives_it_away(analysis: Analysis, words: str, source: Source, wrong: list[str]) -> bool:
    """True when the words name the speaker's country and no other choice is of that country."""
    spoken = nations_in(words)
    own = nations_in(f"{source.label} {source.description or analysis.descriptions.get(source.label) or ''}")
    if not spoken & own:
        return False
    return not any(spoken & nations_in(f"{w} {analysis.descriptions.get(w) or ''}") for w in wrong)


def _body_gives_it_away(analysis: Analysis, words: str, source: Source, wrong: list[str]) -> bool:
    """True when the words name the body the speaker's description names (a rare name, such as a firm's or a
    pollster's, not a country or a party), and no other choice is described with that name."""
    from wordfreq import zipf_frequency

    own = source.description or analysis.descriptions.get(source.label) or ""
    names = {
        w
        for w in re.findall(r"\b[A-Z][\w&'’-]{2,}", own)
        if not title_word(w) and zipf_frequency(w.lower(), "en") < 3.5 and has_word(words, w)
    }
    return bool(names) and not any(
        has_word(f"{w} {analysis.descriptions.get(w) or ''}", name) for w in wrong for name in names
    )


# A verb of saying in a clause that hangs on the quotation ("… when he says …"): it tells of another's words, not
# who spoke the quoted ones.
_SUBORDINATE_TAG = re.compile(
    r"[\"”’]\s*,?\s+(?:when|whenever|if|because|while|after|before|as|since|until|though|although)\s+"
    r"(?:he|she|they|it)\s+(?:says|said|tells|told|insists|insisted|claims|claimed)\b"
)


PER_SPEAKER = 3


_MARKS_AROUND = " \"'.,;:…"


def _speaks(analysis: Analysis, label: str) -> bool:
    return any(s.label == label and (s.quoted or s.sentences) for s in analysis.sources.values())


def _enough(analysis: Analysis, source: Source, distractors: list[str]) -> bool:
    """Two wrong choices, or one beside a named speaker when the story has no third voice of the kind: "Reid or
    McConnell?" in a story that quotes the two leaders is a fair question of who said what, where a third,
    invented voice would not be. Unnamed voices ("officials", "a source") need two: one alone may be the same.
    Someone else must speak in the story: where only the key does ("Sessions, Trump or Kim Jong-un?" when only Trump
    is quoted), "who speaks here?" answers every such item."""
    if not any(s is not source and (s.quoted or s.sentences) for s in analysis.sources.values()):
        return False
    if source.named and len(source.label.split()) == 1 and distractors and all(len(d.split()) > 1 for d in distractors):
        return False  # "Kerry" among "John Boehner", "Nancy Pelosi" and "Harry Reid": the one bare surname stands out
    return len(distractors) >= 2 or (
        len(distractors) == 1
        and source.named
        and len(source.label.split()) > 1
        and len(distractors[0].split()) > 1
        and _speaks(analysis, distractors[0])
    )  # "Shabaz or Mike Abramowitz?": a bare surname beside a full name stands out, and of two, one must; and the
    # other one must speak in the story too ("Obama or Hillary Clinton?" where only Obama speaks is no question)


# A bank asks at most this many two-choice who-said items: a guess is right half the time.
TWO_CHOICE = 2


def _two_choices_rationed(candidates: list[Candidate]) -> list[Candidate]:
    """Two-choice items ranked after the others, each given one of TWO_CHOICE slots (a fact), so that a bank keeps
    no more of them than that however often the two people speak."""
    rationed, seen = [], 0
    for candidate in candidates:
        if len(candidate.choices) == 2:
            candidate = replace(
                candidate, score=candidate.score - 0.15, facts=candidate.facts | {f"two-choice:{seen % TWO_CHOICE}"}
            )
            seen += 1
        rationed.append(candidate)
    return rationed


def _per_speaker(candidates: list[Candidate]) -> list[Candidate]:
    """At most PER_SPEAKER who-said items with the same key in a bank: a story that quotes one voice again and
    again would otherwise ask "who said it" six times with one answer. Each speaker's candidates, best first,
    take turns at that many slots (a fact each), so selection keeps the best ones it can."""
    turns: dict[str, int] = {}
    slotted = []
    for candidate in sorted(candidates, key=lambda c: -c.score):
        turn = turns.get(candidate.answer[0], 0)
        turns[candidate.answer[0]] = turn + 1
        slot = f"speaker:{candidate.answer[0]}:{turn % PER_SPEAKER}"
        slotted.append(replace(candidate, facts=candidate.facts | {slot}))
    return slotted


def clear_claims(analysis: Analysis) -> list:
    """Reported speech whose speaker and words are certain: one speaker and one clause in the sentence, the speech
    verb heading it, words that stand alone, no quotation marks left over. Quote-speaker and reported-speech
    items are built on these."""
    found = []
    for claim in analysis.claims:
        content, source = claim.content, claim.source
        if not content or source.kind not in _SPEAKING_KINDS or not 6 <= len(content.split()) <= 30:
            continue
        if not source.named and not _specific(source.label):
            continue
        if analysis.sentences[claim.sentence].furniture:
            continue  # a page's pop-up card or form glued into the sentence: not words to quote
        whole = analysis.sentences[claim.sentence].text
        if ";" in whole or sum(1 for c in analysis.claims if c.sentence == claim.sentence) > 1:
            continue  # several clauses or speakers in one sentence: which claim is whose is not certain
        if not governs(analysis.sentences[claim.sentence], claim) or _FIRST_PERSON.search(content):
            continue  # "While X said …", "whether …", or "now, we expect …": a quotation without its marks
        if '"' in fold(content) or context_reference(content) or is_garbled(content) or broken_off(content):
            continue
        if CUT_AT_THE_END.search(content):
            continue  # "… from hitting hard at what": the parse cut the clause inside its object
        if REBUTTAL.search(content):
            continue  # "…showed there was no obstruction, though Comey made clear …": the writer's caveat, parsed in
        said = analysis.sentences[claim.sentence].text
        if said.count('"') % 2 or said.count("“") != said.count("”"):
            continue  # a quotation whose opening mark the sentence splitter left behind: direct speech after all
        if TOPIC_NOT_CLAIM.match(content):
            continue  # "describes how a typical decision might play out": a topic, not words someone said
        if TIME_FIRST.match(content) or _NO_SUBJECT.match(content):
            continue  # "said that yesterday morning the laws …": the time belongs to the saying, not the claim;
            # "(That) would probably create a fall": the model left the subject out
        if any(word in content for word in source.label.split() if word[:1].isupper()):
            continue  # the claim names its own source
        after = said[said.find(claim.verb) + len(claim.verb) :].lstrip() if claim.verb in said else ""
        between = after[: after.find(content[:20])] if content[:20] in after else ""
        if re.search(r"\b(?:but|while|whereas)\b", between):
            continue  # "Kemp declared victory … but campaign officials for Abrams have started …": not what he said
        if claim.verb.lower() in NO_WORDS_SAID:
            continue  # "Jiang later suggested that …": the writer's reading of what was meant, not words reported
        if claim.verb.lower() in ("told", "tells", "tell") and after.startswith(content[:20]):
            continue  # "told Brussels-based network EURACTIV safety procedure had been followed": whom it was told to
        found.append(claim)
    return found


_COMMON_WORDS = frozenset(
    "that this they their there them then than with from have been were will would could should said says also "
    "more most some very just year years week weeks month months time people about into over after before what "
    "when which while where your other only even because".split()
)


def _pairs(text: str) -> set[tuple[str, str]]:
    """Pairs of neighbouring lower-case words of four letters or more, common words left out ("privately owned")."""
    words = re.findall(r"[A-Za-z’'-]+", fold(text))
    return {
        (a, b)
        for a, b in pairwise(words)
        if a.islower() and b.islower() and len(a) >= 4 and len(b) >= 4 and not {a, b} & _COMMON_WORDS
    }


def _also_said_by(analysis: Analysis, content: str, others: list[str]) -> bool:
    """True when a person offered as a wrong choice is given the same words in the article too, quoted or
    reported: then two choices are defensible."""
    mine = _pairs(content)
    if not mine:
        return False
    theirs = [q.text for q in analysis.quotes if q.source is not None and q.source.label in others]
    theirs += [c.content for c in analysis.claims if c.content and c.source.label in others]
    return any(mine & _pairs(text) for text in theirs)


def _claims(analysis: Analysis) -> list[Candidate]:
    """Who says an unquoted claim: reported speech is attributed as much as a quotation is."""
    found = []
    for claim in clear_claims(analysis):
        content, source = claim.content, claim.source
        if re.search(rf"\balso\s+{re.escape(claim.verb)}\b", analysis.sentences[claim.sentence].text):
            continue  # "Pelosi also said Mr. Trump was right …": someone before her said so too
        prompt = f"According to the article, who said that {as_clause(content)}?"
        pools = [
            [p for p in pool if not any(len(part) >= 3 and has_word(content, part) for part in p.split())]
            for pool in _pools(analysis, _voices(analysis, source), claim.sentence)
        ]  # never someone the claim is about ("… that Trump's desire to be the best …" with Trump as a choice)
        distractors = pick(source.label, pools, 3, prompt=prompt)
        if not _enough(analysis, source, distractors) or _also_said_by(analysis, content, distractors):
            continue  # "… was privately owned", which a wrong choice also wrote ("this space is privately owned")
        explanation = (
            f"The article credits this to {mention(source.label)} (“{claim.verb}”), without quotation marks. Reported "
            "speech is still someone's account: the article tells you what they said, not that it is confirmed."
        )
        evidence = analysis.sentences[claim.sentence].text
        facts = {f"claim:{claim.sentence}", f"sentence:{claim.sentence}"}  # never beside a statement of the same claim
        found.append(_who(prompt, source, distractors, explanation, evidence, 2, 0.8, facts))
    return found
