"""true-false: a statement from the article, or the same with one name or number swapped.

A true statement is only asked when it holds something a careful reader must check: who the claim comes
from, or a qualifier. A false statement changes one full name (of a person the article shows is a person, of
the same sex) or one number for another of the same kind, and reads as grammatically as the original, so its
form never gives it away. Countries are not swapped: a swapped country too often reads as absurd, or is still
true somewhere else in the story.
"""

from __future__ import annotations

import hashlib
import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import WRITERS_ASIDE_WORDS, Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import format_number, pick, rounding_unit
from quizapp.generation.extract.anonymity import ANONYMITY_PHRASE
from quizapp.generation.extract.hedges import find_hedges
from quizapp.generation.gazetteer import party_of
from quizapp.generation.skills.common import (
    CUT_AT_THE_END,
    ENDS_A_SENTENCE,
    GENDERED,
    HE_OR_SHE,
    NO_WORDS_SAID,
    OUT_OF,
    PERIODIC,
    REBUTTAL,
    TIME_FIRST,
    TOPIC_NOT_CLAIM,
    as_clause,
    attribution,
    broken_off,
    credit_closes_a_clause,
    governs,
    is_fragment,
    is_plural,
    mention,
    mention_in,
    named_number,
    paired_with_a_name,
    passing_on,
    possessive,
    pronoun_unclear,
    sentences_without_quotes,
    stands_alone,
    strip_dateline,
)
from quizapp.generation.skills.source_credentials import cut_off, stated_role
from quizapp.quality.wording import (
    context_reference,
    evaluative_words,
    hedge_words,
    indefinite_article,
    is_garbled,
    unframed_projection,
)
from quizapp.textnorm import fold, has_word, tidy

MAX_ITEMS = 4
_BOUNDED = caseless(
    r"\b(?:fewer|less|more|greater|at least|at most|up to|under|over|no more|no fewer|below|above|nearly|almost|"
    r"as many as|as few as|of|by|since|until|before|after|within|through|about|around|roughly|approximately|"
    r"some|estimated|an estimated|may be|might be|could be)\b"
)
_VAGUE = frozenset({"reports", "sources", "media reports", "news reports", "witnesses", "officials", "observers"})
# A report inside the report: "…, the agency said, …, according to Census data" has two sources.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|reported)\b")


def _nobody_named(who: str) -> bool:
    """True for a source the reader cannot look up: "sources", "background sources", "people familiar"."""
    bare = who.lower().removeprefix("the ").removeprefix("local ").removeprefix("media ")
    return bare in _VAGUE or (
        who.split()[-1].lower() in ("sources", "insiders", "officials", "people", "reports")
        and not re.search(r"\b[A-Z]", who)
    )


def _governing_claims(analysis: Analysis, sentence) -> list:
    """The claims that carry the whole of `sentence` ("X said that …"), not a clause of it."""
    return [
        c for c in analysis.claims if c.sentence == sentence.index and governs(sentence, c) and not _denied(sentence, c)
    ]


def _denied(sentence, claim) -> bool:
    """True for "did not say who …", "never said": the speaker said nothing; the writer notes it."""
    return any(
        t.text == claim.verb and any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children) for t in sentence.span
    )


# Verbs by which words are passed on: two of them in a sentence put one account inside another.
_PASSERS = frozenset(
    "say tell tweet post write report confirm announce state claim quote cite testify reveal".split()
)  # not "believe" or "promise": "said he still believes …" is one account


def _claim_lesson(claim) -> str:
    """The lesson of a true statement credited to a named or described speaker."""
    who = mention(claim.source.label)
    whose = possessive(who, is_plural(claim.source))
    if claim.lemma in ("announce", "declare", "confirm", "decide", "order"):  # a decision made known by its maker
        return (
            f"True. The article credits this to {who} (“{claim.verb}”): it is {whose} own announcement, so the "
            "statement rests on who made it. Notice whose account a statement rests on, and keep the speaker when "
            "you retell it."
        )
    return (
        f"True. The article credits this to {who} (“{claim.verb}”); it reports the claim "
        "rather than confirming it. Notice whose account a statement rests on."
    )


# Verbs by which the writer accepts what is said ("noted", "pointed out", "acknowledged"): "it reports the claim
# rather than confirming it" would contradict the lesson on the verb itself.
_ACCEPTING = frozenset("note point acknowledge admit concede reveal".split())


# A figure set against another ("42.6 per cent – just shy of the 43 per cent target"): changed, it may contradict
# the comparison, which gives the swap away without the article.
_COMPARED_FIGURE = caseless(
    r"\b(?:shy of|short of|ahead of|behind|above|below|exceed\w*|surpass\w*|compared (?:with|to)|up from|down from|"
    r"than|versus|vs\.?|against|higher|lower|more|less|beat|missed|topped|"
    # "priced at $787 billion, but later revised upward to $830 billion": a swap can run against the change
    r"(?:revised|raised|lowered|marked|pushed)\s+(?:up|down|upward|downward|higher|lower)\s+to)\b[^.;]{0,40}?\d"
)
# A person's height ("At 6-foot-3, …"): a changed figure ("8-foot-3") is absurd on its face.
_HEIGHT = re.compile(r"\d-(?:foot|feet)-\d")
_RANGE = caseless(r"\bbetween\b|\d\s*(?:to|-|–|and)\s*\$?\d|\bfrom\s+\$?\d")
_PERSONAL_IN = caseless(r"\b(?:he|she|him|his|her|hers|himself|herself|they|them|their|themselves|i|we|us|our|my)\b")
# The writer's own voice (a column, an editorial): "we must act" is nobody's claim a student can check.
_FIRST_PERSON = re.compile(
    r"\b(?:[Ww]e|us|[Oo]ur|ours|[Mm]y|me)\b|\bI(?:'m|’m|'ve|’ve)|"
    r"\bI\s+(?:am|was|have|had|think|believe|would|will|do|did|can|could|must|feel|want|say|said|hope|know)\b"
)
_TITLE_BEFORE = re.compile(
    r"(?:\b[A-Z][a-z]+\.?|\b[A-Z]{2,4}|\b(?:spokesman|spokeswoman|spokesperson|minister|president|director|chief|whip|leader|"
    r"secretary|senator|judge|governor|mayor|lawyer|attorney|officer|representative))\s+$"
)
_ROLE_BEFORE = re.compile(
    r"\b(?!(?:by|and|with|to|of|from|for|that|said|told|as|than|against|between|on|at)\b)[a-z]{3,}\s+$"
)
# A description set off before the name: "a conservative GOP senator from Pennsylvania, ___"; whoever is swapped
# in must fit it, and a famous name that does not ("…, Joe Biden") is an absurd giveaway.
_ROLE_SET_BEFORE = re.compile(
    r"\b(?:an?|the|its|his|her|their)\s+(?:[\w'’.-]+\s+){0,5}?(?:senator|governor|mayor|leader|official|minister|"
    r"president|secretary|chair(?:man|woman)?|spokes(?:man|woman|person)|director|judge|lawyer|attorney|candidate|"
    r"lawmaker|congress(?:man|woman)|representative|activist|executive|founder|ceo|chief|head|commander|aide|"
    r"advis[eo]r|professor|analyst|economist|expert)"
    r"(?:\s+(?:from|of|for|in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?,\s*$",
    re.IGNORECASE,
)


def _bare_definite_subject(sentence, text: str, headline: str = "") -> bool:
    """True when `text` (the sentence, maybe without its dateline) opens on a subject that is "the" and one common
    noun with nothing else to say which ("The tax would raise …", "The system intercepted …"): it leans on the
    sentence before for what it is, unless the headline names it ("… approves new bus routes": "The routes")."""
    offset = sentence.span.start_char + len(sentence.text) - len(text)
    tokens = [t for t in sentence.span if t.idx >= offset]
    if len(tokens) < 3 or tokens[0].lower_ != "the":
        return False
    noun = tokens[1]
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and all(child.dep_ == "det" for child in noun.children)
        and not has_word(headline.lower(), noun.lower_)  # "… Approves New Bus Routes" names "the routes"
        and not has_word(headline.lower(), noun.lemma_.lower())
    )


_ROLE_AFTER = re.compile(
    r"\s*,\s*(?:an?\b|the\b|who\b|whose\b|\d|[a-z])|\s+(?:is|was|remains|became|has been)\s+(?:an?|the)\b"
)  # "___, a Syracuse economist", "___ is a pediatric neurosurgeon": the sentence says who the person is
_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
# Qualifiers that mark a claim as second-hand. A modal ("may", "could be") or a look ("appears to") in a copied
# sentence seldom gives the reader anything to check, and its lesson reads as empty (blind reviews: half rejected).
_SECOND_HAND = caseless(r"\b(?:reportedly|allegedly|apparently|believed|thought|unclear)\b")


def _listed(analysis: Analysis, sentence, name: str) -> bool:
    """True when another sentence says the same thing of someone else ("Trump granted X a full pardon" for five
    people): swapping in one of them would make a true statement."""
    frame = set(re.findall(r"[a-z]{3,}", sentence.text.replace(name, " ").lower()))
    for other in analysis.sentences:
        if other.index != sentence.index and frame:
            words = set(re.findall(r"[a-z]{3,}", other.text.lower()))
            if len(frame & words) >= 0.6 * len(frame):
                return True
    return False


# A place or a gathering named only by its kind: in a story of several places, which one is meant?
_WHICH_PLACE = caseless(
    r"\bthe\s+(?:capitol|statehouse|courthouse|crowd|crowds|rally|protest|march|demonstration|square|lawn)\b"
)


def _local_place(sentence) -> bool:
    """True when the sentence names a place smaller than a country ("Denver", "Olympia", "Michigan")."""
    return any(e.label_ == "GPE" and not party_of(e.text) for e in sentence.ents)


# Unnamed people pointed back to ("the sources", "those officials"), whom an earlier sentence introduced.
_THE_SOURCES = caseless(
    r"(?:the|these|those)\s+(?:[\w-]+\s+)?(?:sources?|officials?|aides?|people|insiders?|diplomats?)$"
)


def _with_article(before: str, word: str) -> str:
    """`before` with a trailing "a"/"an" made to agree with `word`."""
    match = re.search(r"(?<![\w])(a|an|A|An)\s+$", before)
    if not match:
        return before
    wanted = indefinite_article(word)
    if match.group(1)[0].isupper():
        wanted = wanted.capitalize()
    return before[: match.start(1)] + wanted + before[match.end(1) :]


# Words a figure measures when it stands before a singular noun ("the 30 mile stretch", "the 24 hour strike").
_UNITS = frozenset(
    "year month week day hour minute second mile metre meter foot inch yard acre pound dollar euro cent point "
    "percent per km kg mph lb ft mm cm bn million billion thousand hundred".split()
)


# Nouns that count people though they are singular ("the 200 staff", "the 40 crew").
_GROUPS_OF_PEOPLE = frozenset("staff crew workforce personnel police member members people troops".split())


def _names_one_thing(number, before: str) -> bool:
    """True for "the 19 firm", "the 24 team": a figure before one thing (not a unit) names it, it counts nothing,
    so a swap reads as a garbled name ("the 24 firm"), not as a wrong figure."""
    head = number.head
    return (
        re.search(r"\b[Tt]he\s+$", before) is not None
        and number.dep_ in ("nummod", "compound")
        and head.i > number.i
        and head.tag_ == "NN"
        and head.lower_ not in _UNITS | _GROUPS_OF_PEOPLE
        and not re.fullmatch(r"1|one|(?:1[89]|20)\d\d", number.text)
    )


# A list of names under one plural title: "Justices Anthony Kennedy, Clarence Thomas, …", "Sens. Warren and …".
_PLURAL_TITLE_LIST = re.compile(
    r"\b(?:Justices|Judges|Senators|Sens\.|Reps\.|Representatives|Governors|Govs\.|Ministers|Generals|Drs\.|"
    r"Presidents|Mayors|Commissioners|Councilmembers|Councillors|Councilors)\s+(?:[A-Z][\w.'’-]*,?\s+(?:and\s+)?){1,16}$"
)
_CRIME = caseless(
    r"\b(?:charged|arrested|accused|convicted|indicted|acquitted|suspects?|suspected|murder\w*|killed|killing|"
    r"shot|stabbed|raped|assaulted|attacked|sentenced|jailed|imprisoned|pleaded (?:not )?guilty|gunman|shooter|"
    r"perpetrator)\b"
)


def _swap(analysis: Analysis, text: str, offset: int, sentence) -> tuple[str, str, str] | None:
    """(false statement, original words, swapped words) or None."""
    people = analysis.people()
    for ent in sentence.ents:
        label = analysis.entity_labels.get(ent.text, ent.label_)
        start = ent.start_char - offset
        end = start + len(ent.text)
        if start < 0 or text[start:end] != ent.text or text.count(ent.text) > 1:
            continue
        if "(" in text[max(0, start - 1) : start] or ")" in text[end : end + 1]:
            continue  # an abbreviation in brackets: swapping it makes nonsense, not a false statement
        before = text[:start]
        if label == "PERSON" and (
            _TITLE_BEFORE.search(before)
            or _ROLE_BEFORE.search(before)
            or _ROLE_AFTER.match(text[end:])
            or _ROLE_SET_BEFORE.search(before)
        ):
            continue  # "Senate Minority Whip ___", "___, a Syracuse University economist": the swapped-in person
            # would need that role
        if label == "PERSON" and re.match(r"\s*(?:\(|,\s*[RDI]-)", text[end:]):
            continue  # "Rick Snyder (Mich.)", "Cathy McMorris Rodgers, R-Wash.": a state or a party tag fits only
            # its own person
        if label == "PERSON":
            if re.match(r"^\s+[A-Z]", text[end:]) or ent.text not in people or _listed(analysis, sentence, ent.text):
                continue  # swap only full names the article shows are people
            if _PLURAL_TITLE_LIST.search(before):
                continue  # "joined by Justices Anthony Kennedy, ___, Samuel Alito": only another justice would fit
            if _CRIME.search(text):
                continue  # "… shows that Jarrod Ramos was charged with five counts of murder": another person of the
                # story put in a crime is a false charge against them, and a well-known one gives itself away
            if paired_with_a_name(before, text[end:]):
                continue  # "Obama and Hillary Clinton": a famous pair, known without reading the story
            if any(len(part) >= 3 and has_word(before + " " + text[end:], part) for part in ent.text.split()):
                continue  # "… came out against Blackburn": swapped once, the name left elsewhere contradicts it
            gender = analysis.genders.get(ent.text)
            same = [
                p
                for p in people
                if p != ent.text
                and analysis.genders.get(p) == gender
                and not any(len(part) >= 3 and part in text for part in p.split())
            ]  # never someone the sentence already names ("filed the lawsuit against Pierluisi", "tribute to Luk")
            if gender is None and GENDERED.search(text):
                continue  # the sentence shows a gender the swapped name might not fit
            options = pick(ent.text, [same], 1, prompt=text)
        elif label in ("CARDINAL", "DATE", "MONEY") and OUT_OF.match(text[end:]):
            continue  # "9 out of 10 attackers": a swap may give "11 out of 10", false on its face
        elif label in ("CARDINAL", "DATE", "MONEY") and any(t.like_num for t in ent):
            if _BOUNDED.search(text[max(0, start - 20) : end + 5]) or _RANGE.search(
                text[max(0, start - 25) : end + 25]
            ):
                continue  # "fewer than 25", "39 of 20", "between 400 and 600": the swap may stay true or be absurd
            if named_number(text, start, end):
                continue  # "4K TVs", "a 3-pointer", "iOS 12": part of a name or a label, not a figure
            if _FROM_TO.search(text[max(0, start - 60) : end + 40]):
                continue  # "dropped by 10 percent, from approximately 10.6 million to 9.5 million": a swapped end may
                # run against the change the sentence tells ("dropped … to 12.1 million")
            if _COMPARED_FIGURE.search(text):
                continue  # "cut 42.6 per cent, just shy of the 43 per cent target": a swap can contradict itself
            if len(re.findall(r"[$£€]\s?\d", text)) >= 3 or re.search(r"\(or\b|\bor\s+[$£€]?\d", text):
                continue  # "$17 million (or $12 million or $6 million)": the swapped figure may be in the list
            if _HEIGHT.search(text[max(0, start - 3) : end + 12]):
                continue  # "At 6-foot-3, Tsarnaev was …": "8-foot-3" would give itself away
            if _MONTH.search(text[max(0, start - 12) : end + 12]):
                continue  # "29 November": a day of the month, whatever the model labels it ("37 November")
            digits = next(t for t in ent if t.like_num)
            if _names_one_thing(digits, text[:start]):
                continue
            at = digits.idx - offset
            if digits.i > ent.start and named_number(text, at, at + len(digits.text)):
                continue  # the entity "Russell 2000": its figure is part of a name, not a year to change
            try:
                value = float(digits.text.replace(",", ""))
            except ValueError:
                continue
            if label == "DATE" and value > 1800 and not re.fullmatch(r"(?:1[89]|20)\d\d", digits.text):
                continue  # "2,000 years": a span, not a year; "1,997 years" would give itself away
            if label == "DATE" and value > 1800:
                if PERIODIC.search(text) or len(re.findall(r"\b(?:1[89]|20)\d\d\b", text)) > 1:
                    continue  # "the 2017 presidential election": only some years fit
                new = value - 3  # an earlier year: never one after the story was written
            elif label == "DATE":
                continue  # a day of the month ("June 36" would give itself away)
            elif 1000 <= value <= 2100 and "," not in digits.text and "." not in digits.text:
                continue  # a year the model did not label as a date: "dates to 2379" would give itself away
            elif value >= 3:
                unit = rounding_unit(digits.text)
                new = max(unit, round(value * 1.27 / unit) * unit)
                if new == value:
                    continue
                if new >= 1000 > value and re.match(
                    r"\s*(?:million|billion|thousand)\b", text[digits.idx - offset + len(digits.text) :]
                ):
                    continue  # "$800 billion" made "$1000 billion": nobody writes it so, and the form gives it away
            else:
                continue
            options = [ent.text.replace(digits.text, format_number(new, digits.text))]
        else:
            continue
        if options:
            statement = tidy(_with_article(before, options[0]) + options[0] + text[end:])
            return statement, ent.text, options[0]
    return None


# Words many mastheads share, which name no one publisher ("The Washington Times", "Daily News").
_MASTHEAD_WORDS = frozenset({"News", "Press", "Times", "Daily", "Post", "Herald", "Journal", "Tribune"})


def _own_publisher(analysis: Analysis, who: str) -> bool:
    """True when a credited source is the article's own publisher ("a Reuters analysis" in a Reuters story)."""
    names = set(re.findall(r"[A-Z][\w&]{3,}|\b[A-Z]{2,4}\b", analysis.article.publisher or "")) - _MASTHEAD_WORDS
    # (an initialism counts too: "NPR Online News", whose "latest NPR analysis" is its own work)
    credited = re.findall(r"\((AP|Reuters|AFP|UPI|CNN|Bloomberg)\)", analysis.article.full_text[:400])
    names |= set(credited) | ({"Associated"} if "AP" in credited else set())  # "DAMASCUS, Syria (AP) —": the
    # agency whose story this is; "according to an AP reporter on the scene" is the story's own reporting
    return any(has_word(who, name) for name in names)


# A newsroom's own study named in the sentence ("A CNN analysis of …", "an AP review of records").
_OWN_WORK = re.compile(
    r"\b(?:an?\s+)?(?P<who>[A-Z][\w&]+(?:\s+News)?)\s+(?:analysis|review|tally|count|investigation|survey|poll|"
    r"examination)\b"
)
_INFERENCE_AFTER = re.compile(
    r",\s+(?:suggesting|indicating|meaning|signal(?:l)?ing|implying|which (?:suggests|means|indicates|implies)|"
    r"which (?:could|would|might|may|will|can)\b)\b"
)  # "According to Pew, …, which could make court-packing a popular issue": the writer's reading of the finding


def _what_to_check(analysis: Analysis, sentence, text: str) -> str | None:
    """The lesson of a true statement: whose claim it is, the figure, or the qualifier; None when there is none."""
    according = attribution(text)
    if according and _REPORTED.search(text):
        according = None  # "…, the agency said, out of …, according to Census data": two sources, which one?
    if according and _INFERENCE_AFTER.search(text[text.find(according[1]) :]):
        return None  # "…, according to Pete Flores, …, suggesting the bottleneck may be short-lived": the writer's
        # inference follows the credit, so "only as reliable as Pete Flores" would be half true
    if according and credit_closes_a_clause(text):
        return None  # "a suit accuses …, which has killed 200,000, according to the CDC": no lesson on whose claim
    made_by = re.search(r"\b(?:compiled|conducted|done|carried out|run) by\s+(?P<who>.+)", text)
    if according and (_own_publisher(analysis, according[1]) or (made_by and _own_publisher(analysis, made_by["who"]))):
        return None  # "according to a Reuters analysis" in a Reuters story, "according to an analysis … compiled by
        # USA TODAY" in USA TODAY: the article's own work, not another's
    work = _OWN_WORK.search(text)
    if according and work and _own_publisher(analysis, work["who"]):
        return None  # "A CNN analysis of data from the Campaign Media Analysis Group … shows": in a CNN story the
        # finding is the newsroom's own, however it credits the data
    if according:
        how, who = according
        if _nobody_named(who):
            return (
                f"True. But notice whom the article credits: “{how} {who}”, without saying whose. A claim from "
                "sources nobody names cannot be checked by the reader; it is only as good as the newsroom's trust "
                "in them."
            )
        # "it rests on “data from …”", not "it reports it “data from …”"
        reports = "rests on" if how.lower() in ("data from", "figures from") else "reports it"
        return (
            f"True. The article does not confirm this itself: it {reports} “{how.lower()} {who}”, so the "
            f"statement is only as reliable as {who}. A true/false statement often hinges on whose claim it is: "
            "keep the source when you repeat it."
        )
    claims = _governing_claims(analysis, sentence)
    if claims and according is None and re.search(r"\baccording to\b", text, re.IGNORECASE):
        return None  # "Ryan told members …, according to someone on the call": the claim rests on someone else's
        # account, which no lesson on Ryan's words would teach
    if claims and claims[0].lemma.lower() not in _SPEECH_LEMMAS:
        return None  # "Bloomberg believes …": a belief the article passes on, often from others, not words said
    if claims and claims[0].lemma.lower() in _ACCEPTING:
        return None  # "Leahy scoffed and noted that nobody was questioning …": the verb accepts what he said, so
        # "it reports the claim rather than confirming it" would teach the opposite of the loaded-verb item
    if claims and sum(1 for c in analysis.claims if c.sentence == sentence.index) > 1:
        return None  # "The Times reported that Parnas had told associates …": whose account? A chain of two
    if claims and not claims[0].source.named and _THE_SOURCES.match(claims[0].source.label):
        return None  # "…, the sources said": which sources? The sentences before introduced them
    granted = ANONYMITY_PHRASE.search(text) if claims and not claims[0].source.named else None
    if granted:
        who = mention_in(claims[0].source.label, text)
        return (
            f"True. But notice who says so: {who}, “{granted.group(0)}”. The reader cannot check an "
            "unnamed source's record or interests; the claim is only as good as the newsroom's trust in them."
        )
    if claims and re.search(
        r"(?:,|;)\s+(?:but|while|although|though|whereas)\b|;", text.replace(claims[0].content or "", " ")
    ):
        return None  # "X may have fewer costs, but aides say even that is risky": part of it is the writer's
    if claims and REBUTTAL.search(claims[0].content or ""):
        return None  # "Navarro said consumers are not affected, though tariffs are taxes paid by importers": the
        # parse gives the speaker the writer's rebuttal too
    if claims and re.search(
        r",\s+(?:one of|among|the (?:only|few|most|lone)|a (?:rare|leading|vocal|fierce))\b[^,]*,",
        text.split(claims[0].verb)[0],
    ):
        return None  # "Flake, one of the few senators willing to speak up, said …": the description is the
        # writer's, the claim the speaker's; "the article credits this to Flake" would be half true
    if claims and passing_on(sentence, _PASSERS, own_speaker=True) >= 2:
        return None  # "Ali tweeted … that two sources … confirmed that …": whose account is it, the tweet's or theirs?
    if claims:
        return _claim_lesson(claims[0])
    hedges = [h for h in find_hedges(text) if _SECOND_HAND.search(h.text)]
    if hedges:
        return (
            f"True, and the statement keeps the article's qualifier “{hedges[0].text}”: without it the statement "
            "would claim more than the article does. Qualifiers are part of the facts."
        )
    bounded = [
        q
        for i, q in analysis.quantities
        if i == sentence.index and q.hedge and q.text in text and not re.search(r"\d\s*(?:to|-|–|and)\s*\w", q.text)
    ]
    if bounded and re.search(
        r"\b(?:go|goes|went|gone|going|rise|rises|rose|risen|climb\w*|jump\w*|tick\w*|inch\w*|creep\w*|crept|"
        r"edg\w*|bounc\w*|shot|spik\w*|revis\w*|adjust\w*|bump\w*|mark\w*)\s+(?:back\s+)?up to\b|\bback\s+up to\b|"
        r"\b(?:push|drive|drove|driv|send|sent|lift|bring|brought|boost|rais|mov|take|took|revis|adjust|bump|"
        r"ratchet)\w*\s+(?:[\w'’,-]+\s+){1,8}up to\b",  # "revised its measure of growth, the GDP, up to 4.2 %"
        text,
    ):
        bounded = []  # "prices go up to $8", "pushing the yield up to 1.65%": a rise, not a bound
    if (
        bounded
        and (bounded[0].hedge or "").lower() in ("over", "under")
        and re.search(
            rf"\b(?:out|up|spread|split|held|run|win|wins|won|winning|\w+ed)\s+{re.escape(bounded[0].text)}",
            text,
        )
    ):
        bounded = []  # "handed out over 10 competitions": across them, not more than ten
    if (
        bounded
        and (bounded[0].hedge or "").lower() in ("over", "under")
        and (
            not re.search(r"\d", bounded[0].text)
            or re.search(
                r"\b(?:employees|workers|people|persons|children|kids|adults|women|men|girls|boys|those|anyone|"
                r"everyone|students|patients|residents|voters|citizens|members|ages?|aged)\s+"
                + re.escape(bounded[0].text),
                text,
                re.IGNORECASE,
            )
        )
    ):
        bounded = []  # "keep it under one job", "employees over 40": a setting and a class of people, not a figure
        # hedged; "without 'over' the statement would say something else" would teach a false lesson
    if bounded and any(
        i != sentence.index
        and q.value == bounded[0].value
        and q.kind == bounded[0].kind
        and q.noun == bounded[0].noun
        and (q.noun is not None or q.value >= 10)  # "at least one seat" is not "one from France"
        and not q.hedge
        for i, q in analysis.quantities
    ):
        bounded = []  # "increased more than 26%" beside "up 26%" elsewhere: the article also gives the bare figure,
        # so "without 'more than' it would say something the article does not" is untrue
    if bounded and hedge_words(text):
        bounded = []  # "Perhaps more vexing … is an apparent halt in wage growth at about 3%": the writer's own doubt
        # and rating stand in the sentence; a lesson on "about" alone would pass a judgment off as a fact to keep
    if bounded and not re.search(rf"{re.escape(bounded[0].text)}\s*(?:to|-|–)\s*\w", text):
        return (
            f"True, and the statement keeps the article's qualifier: “{bounded[0].text}”. Without "
            f"“{bounded[0].hedge}” the statement would say something the article does not. Qualifiers are part "
            "of the facts: keep them when you retell a story."
        )
    return None


# A change told by its two ends: "from approximately 10.6 million to 9.5 million", "from $3 to $5".
_FROM_TO = re.compile(r"\bfrom\s+(?:[a-z]+\s+)?[$£€]?\d[\d.,]*\s*(?:[a-z%]+\s+)?to\s+(?:[a-z]+\s+)?[$£€]?\d")

# A denial ("Carter Page has not been charged"): with another name or number in it the statement is not shown
# false, only unsupported; the article says nothing either way about the one swapped in.
_DENIED = caseless(r"\b(?:not|never|neither|nor|none|nobody|no(?![.-]))\b|n[’']t\b")


def _false_item(analysis: Analysis, text: str, offset: int, sentence) -> tuple[str, str, bool] | None:
    if _DENIED.search(text):
        return None
    swapped = _swap(analysis, text, offset, sentence)
    if swapped is None:
        return None
    statement, original, replacement = swapped
    explanation = (
        f"False. The article says “{original}”, not “{replacement}”: “{text}” "
        "A single changed name or number turns a report into a false one, so check details against the text."
    )
    return statement, explanation, True


# Words `evaluative_words` lists that rate nothing by themselves: what may or will happen, and plans.
_NOT_RATINGS = frozenset("could would will might may should must can cannot plan plans planned".split())

_POINTS_BACK_AT_END = caseless(r"\b(?:that|this|these|those|it|them)\W*$")


def _true_item(analysis: Analysis, sentence, text: str) -> tuple[str, str, bool] | None:
    lesson = _what_to_check(analysis, sentence, text)
    if not lesson:
        return None
    claims = _governing_claims(analysis, sentence)
    if claims and lesson == _claim_lesson(claims[0]) and _restatable(analysis, claims[0], moved=False):
        # "Mark Meadows said that …": the form a moved claim takes, so the student must check who said it
        statement = f"{claims[0].source.label} said that {_clause(analysis, sentence, claims[0].content)}."
        if not context_reference(statement) and not _POINTS_BACK_AT_END.search(statement):
            return statement, lesson, False
    if claims and lesson == _claim_lesson(claims[0]) and claims[0].content:
        at = text.lower().find(claims[0].content.lower())
        framed = text[:at] if at > 0 else ""
        if [w for w in evaluative_words(framed) if w.lower() not in _NOT_RATINGS]:
            return None  # "Republicans received some good news Thursday: Gov. Jim Justice announced …", kept whole: the
            # writer's rating before the claim, which the lesson would credit to the speaker
    if claims and lesson == _claim_lesson(claims[0]) and _WRITERS_TAIL.match(_after(text, claims[0].content)):
        return None  # "Trump announced that Zinke will step down, amid ethics controversies": the lesson would
        # credit the writer's context to the speaker
    if _POINTS_BACK_AT_END.search(text):
        return None  # "he left after he realized that.": realized what? The statement leans on the sentence before
    return text.rstrip(" .") + ".", lesson, False


# The writer's aside after what was said, which the claim's content leaves out (the analysis cuts it off there).
_WRITERS_TAIL = caseless(rf"\s*(?:[—–]|\s-\s|,\s*(?:{'|'.join(WRITERS_ASIDE_WORDS)})\b)")


def _after(text: str, content: str | None) -> str:
    """What `text` holds after the claim's content; empty when the content is not found in it."""
    at = text.find(content) if content else -1
    return text[at + len(content) :] if at >= 0 and content else ""


def _lesson_key(explanation: str, is_false: bool) -> set[str]:
    """One true statement per kind of lesson ("according to …", "reportedly"): a quiz of three alike bores."""
    cue = re.search(r"“(\w+)", explanation)
    return set() if is_false or cue is None else {f"tf-lesson:{cue.group(1).lower()}"}


def _make_false(text: str) -> bool:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:2], 16) % 2 == 0


def build(analysis: Analysis) -> list[Candidate]:
    candidates: list[Candidate] = []
    for sentence in sentences_without_quotes(analysis):
        if len(candidates) >= MAX_ITEMS:
            break
        keyed = [c.answer[0] for c in candidates]
        text = strip_dateline(analysis.article, sentence)
        if sentence.index == 0 or not stands_alone(text) or not sentence.ents:
            continue
        if is_fragment(sentence.span):
            continue  # a fragment with no main verb, copied as it stands, reads as a garbled statement
        if text.rstrip().endswith(("?", "!")) or "'" in fold(text).replace("'s", ""):
            continue
        if not ENDS_A_SENTENCE.search(text):
            continue  # "Plan could provide pathway to citizenship for 11 million people": a subheading, no sentence
        if _bare_definite_subject(sentence, text, analysis.article.headline) or re.match(r"[^,;:]{1,40}:\s", text):
            continue  # "The tax would raise …", "The system intercepted …": which tax, which system? The sentence
            # before named it; "The big goal: …" opens on a label with no clause of its own
        if pronoun_unclear(analysis, sentence):
            continue  # "he died at …", or "McConnell said that he should be prosecuted", after a sentence on Snowden
        if context_reference(text) or _FIRST_PERSON.search(text):
            continue  # "this may mean …", "we must act": whose? The statement must stand alone
        if _WHICH_PLACE.search(text) and not _local_place(sentence) and len(analysis.entities("GPE")) >= 3:
            continue  # "Dozens of cars circled the capitol", "Police estimated the crowd at 3,200" in a story of
            # protests in several states: which capitol, which crowd? The sentence before said
        if unframed_projection(text):
            continue  # "… would hold insurance a decade from now": whose projection, under what plan?
        if re.search(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\W*$", text, re.IGNORECASE):
            continue  # "served more than two": cut off before its noun
        offset = sentence.span.start_char + (len(sentence.text) - len(text))
        built = None
        kinds = [k for k in (_make_false(text), not _make_false(text)) if keyed.count(str(not k)) < MAX_ITEMS // 2]
        for make_false in kinds:  # the preferred kind, else the other; never more than half of either
            built = (
                _false_item(analysis, text, offset, sentence) if make_false else _true_item(analysis, sentence, text)
            )
            if built is not None:
                break
        if built is None:
            continue
        statement, explanation, make_false = built
        names = {f"tf-name:{n}" for n in re.findall(r"“([^”]+)”", explanation)[:2]} if make_false else set()
        facts = {f"sentence:{sentence.index}", *_lesson_key(explanation, make_false), *names}
        candidates.append(_item(statement, make_false, explanation, text, 2 if make_false else 1, 0.6, facts))
    return _moved_claims(analysis) + _moved_accounts(analysis) + candidates


def _item(
    statement: str, is_false: bool, explanation: str, evidence: str, difficulty: int, score: float, facts: set[str]
) -> Candidate:
    return Candidate(
        skill="true-false",
        type="true_false",
        prompt=f"True or false? {statement}"
        if statement.startswith("According to")  # not "According to the article: According to media reports, …"
        else f"True or false? According to the article: {statement}",
        choices=("True", "False"),
        answer=("False",) if is_false else ("True",),
        explanation=explanation,
        evidence=(evidence,),
        difficulty=difficulty,
        score=score,
        facts=frozenset(facts),
    )


_CONTENT_STOP = frozenset(
    "the a an of to in on at for and or but is are was were be been has have had that this with by from as it its "
    "will would could should may might not no their his her they he she said says told".split()
)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", fold(text).lower()) if w not in _CONTENT_STOP}


_ROLE_WORDS = caseless(
    r"\b(?:president|prime minister|minister|governor|mayor|senator|chancellor|king|queen|pope|ceo|chief executive|"
    r"chairman|chairwoman|director|spokesman|spokeswoman|spokesperson|secretary|judge|coach|captain)\b"
)


def _named_in(analysis: Analysis, source, content: str) -> bool:
    """True when the content speaks of the other speaker by their own role ("the president") or name: moved to
    them, the claim would have them talk about themselves."""
    if any(part in content for part in source.label.split() if len(part) >= 3):
        return True
    titles = " ".join(
        m.group(1)
        for s in analysis.sentences
        for m in re.finditer(rf"(\w+(?: \w+)?)\s+{re.escape(source.label)}", s.text)
    )  # "President Barack Obama"
    roles = {m.group(0).lower() for m in _ROLE_WORDS.finditer(f"{source.description or ''} {titles}")}
    return any(re.search(rf"\b{re.escape(role)}\b", content, re.IGNORECASE) for role in roles)


def _wrote_for(analysis: Analysis, source) -> bool:
    """True when the article says `source` wrote or spoke for someone else's words ("a speech written by Keir
    Starmer", "on behalf of the minister"): moved to them, a claim may well be theirs."""
    surname = re.escape(source.label.split()[-1])
    return bool(
        re.search(
            rf"\b(?:(?:written|drafted|prepared|penned|authored|read out|delivered)\s+(?:by|for)|on behalf of)\s+"
            rf"(?:[\w'’.-]+\s+){{0,4}}?{surname}\b",
            analysis.article.full_text,
        )
    )


def _says_alike(analysis: Analysis, source, content: str) -> bool:
    """True when `source` says much the same as `content` somewhere in the article."""
    words = {w[:5] for w in _content_words(content)}  # "ignored" and "ignore", "rural states" and "rural areas"
    for index in source.sentences:
        shared = words & {w[:5] for w in _content_words(analysis.sentences[index].text)}
        if len(shared) >= max(2, 0.3 * len(words)):
            return True
    return False


# Verbs of saying whose words "X said that …" restates faithfully ("denied" and "believes" are not among them).
_SPEECH_LEMMAS = frozenset(
    "say tell add state explain note report announce argue warn write confirm testify tweet".split()
)


def _someone_else_before(analysis: Analysis, claim) -> bool:
    """True when the sentence before a claim, or its own words before the claim, name a person other than the
    speaker: a "he" at the head of the claim may be that person."""
    sentence = analysis.sentences[claim.sentence]
    spans = [sentence.span] + ([analysis.sentences[claim.sentence - 1].span] if claim.sentence else [])
    own = set(claim.source.label.split())
    surnames = {p.split()[-1] for p in analysis.people() if not set(p.split()) & own}
    return any(
        analysis.entity_labels.get(ent.text, ent.label_) == "PERSON" and not set(ent.text.split()) & own
        for span in spans
        for ent in span.ents
    ) or any(re.search(rf"\b{re.escape(name)}\b", span.text) for span in spans for name in surnames)


def _restatable(analysis: Analysis, claim, *, moved: bool = True) -> bool:
    """True when a claim can stand as "X said that …": a named speaker's whole, plain statement. Kept with its
    own speaker (`moved` False), its "he" or "their" points where it did in the article; moved, it may not."""
    source, content = claim.source, claim.content
    sentence = analysis.sentences[claim.sentence]
    if not source.named or not content or not 6 <= len(content.split()) <= 25 or sentence.furniture:
        return False
    if claim.verb.lower() in NO_WORDS_SAID:
        return False  # "Kazianis suggested …", "believe Ford": no words of the speaker's to move to another
    if moved and context_reference(content):
        return False  # "he would resign": whose "he"? The moved claim must make sense alone
    if broken_off(content) or is_garbled(content) or '"' in fold(content) or CUT_AT_THE_END.search(content):
        return False  # "easy to say and, to prevent stigma": a clause broken off by an aside
    if TIME_FIRST.match(content) or _REPORTED.search(content):
        return False  # "three months later, the users said …": a report inside the report
    at = sentence.text.lower().find(content.lower())
    before = fold(sentence.text[max(0, at - 2) : at]) if at >= 0 else ""
    after = fold(sentence.text[at + len(content) : at + len(content) + 3]) if at >= 0 else ""
    if at < 0 or bool(re.search(r"[\"']", before)) != bool(re.search(r"[\"']", after)):
        return False  # 'hear it," Silver told CNN': the end of a quotation begun earlier, not a whole claim
    start = sentence.span.start_char + at
    first = next((t for t in sentence.span if t.idx >= start), None)
    if first is not None and first.idx == start and first.tag_ in ("VBZ", "VBD", "VBP", "MD"):
        return False  # "That extends to the U.S. pulling out …, Blaxland added": the claim lost its subject ("That")
    if HE_OR_SHE & set(re.findall(r"\w+", content.lower())) and _addressed_someone(sentence, claim):
        return False  # "Obama warned the incoming president that Korea could prove his biggest challenge": "said
        # that" drops the listener, and "his" turns to the speaker
    if re.search(r"\bor (?:that|whether|if)\b", content):
        return False  # "prices were too high or that …": the writer unsure what was said, not a claim
    if claim.verb.lower() in ("told", "tells", "tell") and re.match(
        r"(?:police|reporters|investigators|officers|detectives|agents|officials|journalists|the court|the jury|"
        r"the (?:news)?paper|the station|the network|the outlet|the magazine|the broadcaster|the website)\s",
        content,
    ):
        return False  # "Zimmerman told police Martin was beating him": the listeners run into the words said
    if TOPIC_NOT_CLAIM.match(content):
        return False  # "Vietor describes how a decision might play out": a topic, not a statement, after "said that"
    if re.search(
        r"\b(?:he|she|they)\s+(?:is|was|are|were|had been|has been)\s+(?:\w+ly\s+)?(?:believed|thought|said|reported|"
        r"alleged|suspected|understood|presumed|known)\s+to\b",
        content,
        re.IGNORECASE,
    ):
        return False  # "De Blasio said he was believed to have acted alone": others' belief about someone else,
        # whom "he" now seems to name as the speaker
    if re.match(r"(?:he|she)\b", content, re.IGNORECASE) and _someone_else_before(analysis, claim):
        return False  # "Wolfson told the paper that he decided to run", after a sentence on Bloomberg: whose "he"?
    if re.match(
        r"(?:despite|although|though|while|after|before|because|since|when|amid|following|"
        r"in spite of|during|with|without)\b",
        content,
        re.IGNORECASE,
    ):
        return False  # "despite a shooting …": a fronted clause taken for what was said, not a claim
    if _after_an_act(sentence, claim):
        return False  # "Scott flew over the Gulf Coast and reported there was less damage": the claim is of where he
        # went; "Scott said that there was less damage" drops its scope
    return governs(sentence, claim)  # "While X said …, he did not …": the claim is only part of the sentence


def _after_an_act(sentence, claim) -> bool:
    """True when the verb of saying is joined by "and" to a verb of doing that has words of its own ("flew over
    the state's Gulf Coast and reported …"): what was said is of what was done there."""
    return any(
        verb.text == claim.verb
        and verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and verb.head.lemma_.lower() not in _PASSERS
        and any(child.dep_ in ("prep", "dobj", "advmod", "npadvmod") for child in verb.head.children)
        for verb in sentence.span
    )


def _addressed_someone(sentence, claim) -> bool:
    """True when the verb of saying has one person or thing as its listener ("warned the incoming president
    that …"); not a crowd ("told reporters") nor a body ("told CNN")."""
    return any(
        child.dep_ in ("dobj", "dative", "iobj") and child.tag_ in ("NN", "NNP") and child.ent_type_ in ("", "PERSON")
        for verb in sentence.span
        if verb.text == claim.verb
        for child in verb.children
    )


def _entity_runs_on(token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"


def _clause(analysis: Analysis, sentence, content: str) -> str:
    """`content` to follow "said that": its first word in lower case unless the model reads it as a name
    ("Schools would close" -> "schools would close"; "Paris will host" stays)."""
    text = as_clause(content)
    at = sentence.text.lower().find(content.lower())
    start = sentence.span.start_char + at
    first = next((t for t in sentence.span if t.idx == start), None) if at >= 0 else None
    word = text.split()[0] if text.split() else ""
    if re.search(rf"[a-z,;:]\s+{re.escape(word)}\b", analysis.article.full_text):
        return text  # "Trump" mid-sentence elsewhere in the article: a name, even where the model reads a noun
    if (
        first is not None
        and text[:1].isupper()
        and not first.text.isupper()
        and first.pos_ != "PROPN"
        and (not first.ent_type_ or (first.pos_ == "NOUN" and first.ent_iob_ == "B" and not _entity_runs_on(first)))
        and first.text != "I"
    ):  # a common noun the model took for a one-word organisation ("Schools") is still a common noun
        text = text[:1].lower() + text[1:]
    return text


# A person named by a role alone, who the claim's own sentences make clear and a moved claim would not.
_ROLE_BACK = caseless(
    r"\bthe (?:senator|congressman|congresswoman|lawmaker|governor|mayor|minister|president|justice|judge|"
    r"official|candidate|chairman|chairwoman|secretary|ambassador|spokesman|spokeswoman)(?:['’]s)?\b"
)


_AGREEING = caseless(r"\b(?:both|agree[sd]?|agreeing|agreement|alike|share[sd]? (?:the|a|that|this) view)\b")


def _agree(analysis: Analysis, source, other) -> bool:
    """True when a sentence of the story names both speakers beside a word of agreement ("Both Judy and Greenberg
    agree the plunge hurts Democrats"): a claim of one, moved to the other, may be true of them as well."""
    first, second = source.label.split()[-1], other.label.split()[-1]
    return any(
        has_word(s.text, first) and has_word(s.text, second) and _AGREEING.search(s.text) for s in analysis.sentences
    )


def _moved_claims(analysis: Analysis) -> list[Candidate]:
    """A claim moved to another speaker of the story: "According to the article, Dana Roy said that …". Who said
    something is part of the fact, and a retelling that moves a claim changes what the reader knows."""
    found = []
    named = [s for s in analysis.sources.values() if s.named and s.sentences]
    for claim in analysis.claims:
        source, content = claim.source, claim.content
        sentence = analysis.sentences[claim.sentence]
        if not _restatable(analysis, claim) or _PERSONAL_IN.search(content):
            continue  # "he would resign": whose "he"? The moved claim must make sense alone
        if re.match(r"if\b", content, re.IGNORECASE):
            continue  # "if there is a meeting, …": a condition, moved, reads as the other speaker's hypothesis
        if re.search(r"\b(?:it|its|itself)\b", content, re.IGNORECASE) and source.label not in analysis.people():
            continue  # "Gab says the rules have benefited it": a body's "it" may be itself; moved, it names nothing
        if REBUTTAL.search(content):
            continue  # "…, though tariffs are taxes paid by importers": perhaps the writer's answer, not the claim
        if _ROLE_BACK.search(content):
            continue  # "the senator's approach", moved to a senator, no longer says which senator
        if re.search(
            r"\balso\s+(?:\w+\s+)?(?:said|says|told|argued|noted|warned|added)\b|,\s*too,|\b(?:likewise|similarly|"
            r"echoed|echoing|agreed)\b",
            sentence.text,
            re.IGNORECASE,
        ):
            continue  # "Norris also said human actions had little to do with it": someone else said so too
        others = [
            s
            for s in named
            if s is not source
            and s.label.split()[-1] not in sentence.text
            and not _says_alike(analysis, s, content)  # the other speaker says much the same: still true
            and not _named_in(analysis, s, content)  # "Obama said that the president did not sound confident"
            and not _wrote_for(analysis, s)  # "the King's speech, written by Keir Starmer": his words, too
            and not _agree(analysis, source, s)  # "Both Judy and Greenberg agree …": the view is the other's too
        ]
        if not others or sum(1 for c in analysis.claims if c.sentence == claim.sentence) > 1:
            continue
        other_source = min(others, key=lambda s: (-len(s.sentences), s.label))
        other = other_source.label
        explanation = (
            f"False. The article credits this to {source.label} (“{claim.verb}”), not to {other}. Who said "
            "something is part of the fact: a retelling that moves a claim to another speaker changes what you know, "
            "and whose interests stand behind it."
        )
        roles = [(s.label, stated_role(s)) for s in (source, other_source)]
        if all(
            role and not cut_off(role, analysis.article.full_text, capitalised=False) for _, role in roles
        ):  # "Reyes is “harbor spokesman”; Roy is “an economist …”": the stakes differ ("Staff Chairman" of "Joint
            # Chiefs of Staff Chairman" misquotes one)
            explanation += " Here " + "; ".join(f"{label} is described as “{role}”" for label, role in roles) + "."
        # two moved claims a bank at most: selection picks the best among them
        facts = {
            f"sentence:{claim.sentence}",
            f"tf-name:{source.label}",
            f"tf-name:{other}",
            f"tf-moved:{len(found) % 2}",
        }
        statement = f"{other} said that {_clause(analysis, sentence, content)}."
        found.append(_item(statement, True, explanation, sentence.text, 3, 0.8, facts))
    return found


_MORE_OF_THE_NAME = r"\s+(?:on|of|at|in|from|with|for|inside|within)\s+(?:the\s+)?[A-Z]"


def _related_bodies(analysis: Analysis, one: str, other: str) -> bool:
    """True when the article may give `other` as a part of `one` or the reverse: "UNICEF, the UN children's agency",
    or one's initials opening the other's ("UN", "UNICEF"). Moving a claim from a body to its own agency is no
    clear falsehood."""
    a, b = one.removeprefix("the "), other.removeprefix("the ")
    if a.isupper() and b.isupper() and (a.startswith(b) or b.startswith(a)):
        return True
    gap = r"\b(?:\W+\w+){0,5}?\W+\b"
    near = rf"\b{re.escape(a)}{gap}{re.escape(b)}\b|\b{re.escape(b)}{gap}{re.escape(a)}\b"
    return any(re.search(near, s.text) for s in analysis.sentences)


def _moved_accounts(analysis: Analysis) -> list[Candidate]:
    """ "… according to Nielsen" with another source the article credits in its place ("according to Gallup"):
    who vouches for a figure or a claim is part of it, just as who said something is."""
    credited = []
    for sentence in sentences_without_quotes(analysis):
        text = strip_dateline(analysis.article, sentence)
        found = attribution(text)
        if found is None or found[0].lower() != "according to" or sentence.index == 0:
            continue
        if is_fragment(sentence.span):
            continue  # "New York time, according to Bloomberg data.": a line cut from a table, no claim to move
        who = found[1]
        bare = who.removeprefix("the ")
        if not bare[:1].isupper() or _nobody_named(who) or len(bare.split()) > 4:
            continue  # "according to figures": nobody named to swap
        if re.match(rf"{re.escape(found[0])}\s+{re.escape(who)}{_MORE_OF_THE_NAME}", text[text.find(found[0]) :]):
            continue  # "according to Democrats on the House Ways and Means Committee": the source is longer than the
            # words found, and a swap would leave its tail on another name ("the Center on the House …")
        credited.append((sentence, text, found[0], who))
    people = set(analysis.people())

    def a_person(who: str) -> bool:
        return any(who == p or who == p.split()[-1] for p in people)

    found_items = []
    for sentence, text, how, who in credited:
        if not stands_alone(text) or context_reference(text) or pronoun_unclear(analysis, sentence) or is_garbled(text):
            continue
        if _REPORTED.search(text) or text.count(how) > 1:
            continue  # "…, the agency said, …, according to Census data": two sources, which one moved?
        words = _content_words(text)
        others = [
            other
            for _, other_text, _, other in credited
            if other.lower() != who.lower()
            and a_person(other) == a_person(who)
            and not set(other.lower().split()) & set(who.lower().removeprefix("the ").split())
            and other.split()[-1].lower() not in text.lower()
            and len(words & _content_words(other_text)) < max(2, 0.4 * len(words))  # it vouches for the same: true
            and not _related_bodies(analysis, who, other)
        ]
        if not others:
            continue
        other = others[0]
        at = text.find(f"{how} {who}")
        if at < 0:
            continue
        statement = tidy(text[:at] + f"{how} {other}" + text[at + len(how) + 1 + len(who) :]).rstrip(" .") + "."
        explanation = (
            f"False. The article credits this to {who} (“{how} {who}”), not to {other}. Who vouches for a claim "
            "is part of the fact: moved to another source, the same words rest on someone else's knowledge, "
            "methods and interests."
        )
        facts = {
            f"sentence:{sentence.index}",
            f"tf-name:{who}",
            f"tf-name:{other}",
            f"tf-moved:{len(found_items) % 2}",
        }
        found_items.append(_item(statement, True, explanation, text, 3, 0.75, facts))
    return found_items
