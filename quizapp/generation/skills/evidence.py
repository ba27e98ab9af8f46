"""evidence: "pick the sentence that shows …" — the answer is one sentence of the article."""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.extract.anonymity import gives_a_reason_for_anonymity
from quizapp.generation.extract.people import title_word
from quizapp.generation.skills.common import as_written, shown
from quizapp.generation.skills.source_credentials import ROLE_WORDS, cut_off, is_a_role
from quizapp.textnorm import contains, has_word, word_then

_ROLE_NEAR = re.compile(
    r"\b(?:[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Minister|President|Judge|Governor|Senator|Mayor|Professor|Director|"
    r"Secretary|Chief|General|Officer|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chair|Speaker|"
    r"Commissioner|Ambassador|Attorney)|(?:minister|president|judge|governor|senator|mayor|professor|director|"
    r"secretary|chief|spokesman|spokeswoman|spokesperson|lawyer|analyst|expert|researcher|official|officer|founder|"
    r"executive|leader|member|chairman|chairwoman|commissioner|ambassador|attorney|prosecutor|sheriff|wife|husband|"
    r"son|daughter|mother|father|nominee|candidate|congressman|congresswoman|lawmaker))\b"
)


def _unique(analysis: Analysis, phrase: str) -> bool:
    return sum(1 for s in analysis.sentences if contains(s.text, phrase)) == 1


def _item(prompt: str, sentence: str, lesson: str, score: float, fact: str) -> Candidate:
    return Candidate(
        skill="evidence",
        type="evidence",
        prompt=prompt,
        answer=(sentence,),
        explanation=f"The sentence is: {shown(sentence)} {lesson}",
        evidence=(sentence,),
        difficulty=2,
        score=score,
        facts=frozenset({fact}),
    )


# What follows a surname in a sentence that says who the person is: a role beside the name, an appositive ("Pike,
# 64, an elder of …"), "is a …", or a clause of what they do ("Geithner, who previously headed the New York Fed",
# "Drosten, whose team developed the first test").
_DESCRIBING = re.compile(
    r"(?:(?:,\s+\d{1,3})?,\s+(?:a|an|the|of)\b|\s+(?:is|was)\s+(?:(?:also|now|still)\s+)?(?:a|an|the|among|one\s+of|part\s+of)\b|"
    r",\s+who\s+(?:,?\s*like\s+[^,]{1,40}?,?\s+)?(?:(?:in|since|last|this|later)\s+[\w-]+\s+)?"
    r"(?!said|says|told|added|spoke|wrote)\w+(?:s|ed)\b|,\s+whose\s|\s+of\s+(?:the\s+)?[A-Z]|,?\s+(?:who\s+)?"
    r"(?:previously\s+|formerly\s+|once\s+|also\s+)?(?:headed|heads|led|leads|ran|runs|chaired|chairs|"
    r"directed|directs|founded)\b|"
    # "Olson and Clement served, one after the other, as the top legal advocate in the … administration"
    r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:served|serves|worked|works)\b[^.;]{0,40}?\bas\s+(?:a|an|the|its|their|his|her)\b)"
)


# A speaker written as a description, with no name: "the New York senator", "the 67-year-old lawyer".
_EPITHET = caseless(r"the\s+(?:\S+\s+){0,3}(?:" + "|".join(map(re.escape, sorted(ROLE_WORDS))) + r")\b")


def _described_again(mentioned: list, surname: str, sentence) -> bool:
    """True when a sentence other than `sentence` also says who `surname` is: a role beside the name, an
    appositive ("Pike, 64, an elder of …"), "is a …", or a clause of what they do ("Reyes, who teaches …")."""
    if sum(1 for s in mentioned if _ROLE_NEAR.search(s.text)) > 1:
        return True
    titled = re.compile(rf"\b([A-Z][A-Za-z]+)\.?\s+(?:[A-Z][a-z]+\.?\s+)?{re.escape(surname)}\b")  # "CEO Elon Musk"
    if any(
        s.index != sentence.index and any(title_word(m.group(1)) for m in titled.finditer(s.text)) for s in mentioned
    ):
        return True  # "Lt Gen William Mayville" in another sentence says who he is, too
    role_before = re.compile(rf"\b([A-Za-z]+)\s+{re.escape(surname)}\b")
    if any(
        s.index != sentence.index and any(m.group(1).lower() in ROLE_WORDS for m in role_before.finditer(s.text))
        for s in mentioned
    ):
        return True  # a video's caption, "Who is AQAP terror group commander al-Ansi?", says who he is, too
    opened = re.compile(
        rf"^\W*(?:An?|The)\s+[^,]{{3,60}},\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+)?{re.escape(surname)}\b"
    )
    if any(s.index != sentence.index and opened.match(s.text) for s in mentioned):
        return True  # "A political science major, Mr. Tevlin has become more cynical": the opening says who he is
    described = sum(1 for s in mentioned if word_then(s.text, surname, _DESCRIBING))
    return described > (1 if word_then(sentence.text, surname, _DESCRIBING) else 0)


def _captioned_with_a_role(analysis: Analysis, label: str) -> bool:
    """True when a photo caption names `label` with a role word in the words just before the name."""
    for caption in analysis.article.captions:
        at = caption.text.find(label)
        if at < 0:
            continue
        before = re.split(r"[,.;:]", caption.text[:at])[-1]
        if {word.lower() for word in re.findall(r"[A-Za-z]+", before)} & ROLE_WORDS:
            return True
    return False


def _other_reasons(analysis: Analysis, sentence_index: int) -> bool:
    """True when a sentence other than the keyed one also says why a source is not named: then two sentences
    answer "the sentence that gives the reason"."""
    return any(s.index != sentence_index and gives_a_reason_for_anonymity(s.text) for s in analysis.sentences)


# A party before a name says who someone is as a title does ("Republican Mitch McConnell arrives").
_AFFILIATIONS = frozenset(
    "Republican Republicans Democrat Democratic Democrats Conservative Labour Liberal Tory Green GOP "
    "Independent".split()
)


# A name, then what they write for or lead: "Herrman wrote in the New York Times", "Vale, writing for Politico",
# "Brock is now leading Correct the Record".
_WRITES_FOR = re.compile(
    r",?\s+(?:(?:wrote|writes|writing|reported|reports|reporting)\s+(?:in|for|on|at)|(?:(?:is|was|has been)\s+)?"
    r"(?:now\s+|also\s+)?(?:leading|leads|led|heads|headed|runs|ran|chairs|chaired|directs|directed|founded|"
    r"co-founded|helms|works for|worked for))\s+(?:the\s+)?[A-Z]"
)
# A word before the description that the item would drop: "incoming Majority Leader Steny Hoyer".
_QUALIFIED_POST = re.compile(
    r"\b(?:incoming|outgoing|former|acting|interim|then|retiring|departing|soon-to-be|would-be|new|newly)[\s-]*$",
    re.IGNORECASE,
)


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    for sentence_index, unnamed in analysis.unnamed:
        if unnamed.reason and _unique(analysis, unnamed.reason) and not _other_reasons(analysis, sentence_index):
            candidates.append(
                _item(
                    "Click the sentence of the article that gives the reason a source was not named.",
                    analysis.sentences[sentence_index].text,
                    "A stated reason for anonymity is what lets readers judge an unnamed source.",
                    0.85,
                    f"evidence:{sentence_index}",
                )
            )
    for source in analysis.sources.values():
        speaks = source.quoted or any(c.source is source and c.content for c in analysis.claims)
        if (
            source.named
            and speaks  # someone the story only talks about is not a source whose words a reader weighs
            and source.description
            and _unique(analysis, source.description)
            and is_a_role(source.description)
            and not cut_off(source.description, analysis.article.full_text, capitalised=False, name=source.label)
        ):
            sentence = next(s for s in analysis.sentences if contains(s.text, source.description))
            if analysis.described_in.get(source.label, {sentence.index}) != {sentence.index} or sentence.furniture:
                continue  # another sentence also says who they are: two sentences would be right
            if any(
                q.source in (source, None)
                and q.sentence != sentence.index
                and _EPITHET.match(q.speaker_as_written or "")
                for q in analysis.quotes
            ):
                continue  # '"…," said the New York senator': that sentence may say who he is, too
            surname = source.label.split()[-1]
            mentioned = [s for s in analysis.sentences if surname in s.text]
            if len(mentioned) > 1 and _described_again(mentioned, surname, sentence):
                continue  # another sentence gives them a role too ("Judge Kellar", "Kellar, the judge")
            if _QUALIFIED_POST.search(sentence.text[: max(0, sentence.text.find(source.description))]):
                continue  # "incoming Majority Leader Steny Hoyer": the description, cut to "Majority Leader", would
                # say something the article does not
            if len(sentence.text.split()) > 60:
                continue  # a sentence of sixty words and more: the one clause that tells who they are is lost in it
            if any(s.index != sentence.index and word_then(s.text, surname, _WRITES_FOR) for s in analysis.sentences):
                continue  # "Jon Herrman wrote in the New York Times …": that sentence tells whom he writes for, too
            if len(surname) >= 3 and any(
                s.index != sentence.index and has_word(s.text, surname.upper()) for s in analysis.sentences
            ):
                continue  # "AT HELM OF DHS, CHAD WOLF VOWS …": a promoted headline in capitals may say who he is, too
            role = re.split(r"\s(?:based|of|at|for|in|with|from|who|and)\b|,", source.description)[0].split()[-1:]
            if role and any(
                re.match(rf"\W*The\s+(?:[\w-]+\s+)?{re.escape(role[0])}\b", s.text)
                for s in analysis.sentences
                if s.index != sentence.index
            ):
                continue  # "The nurse works with Doctors Without Borders" also says who Kaci Hickox is
            if any(
                s.index != sentence.index
                and (
                    (source.description.lower() in s.text.lower() and has_word(s.text, surname))
                    or any(
                        is_a_role(m.group(1))
                        for m in re.finditer(rf"\b{re.escape(source.label)},\s+([^,.;:]{{3,80}})", s.text)
                    )
                )
                for s in analysis.sentences
            ):
                continue  # a pull quote's credit line, "Ronald S Lauder, President of the World Jewish Congress",
                # says who he is too, in other capitals
            others = [s for s in analysis.sentences if s.index != sentence.index and source.label in s.text]
            if others:
                introduced = re.compile(
                    rf"{_ROLE_NEAR.pattern}[^.;]{{0,40}},\s+{re.escape(source.label)}\b", re.IGNORECASE
                )
                if any(introduced.search(s.text) for s in others):
                    continue  # "Rwanda's Minister of Justice, Johnston Busingye, …" elsewhere says who he is too
            if _captioned_with_a_role(analysis, source.label):
                continue  # "Kansas Secretary of State Kris Kobach, right, holds a stack of papers …": a photo's
                # caption, which the reader can click too, says who he is
            names = set(source.label.split())
            titled = [re.compile(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(part)}\b") for part in names if len(part) >= 3]
            if any(
                m.group(1) not in names and (title_word(m.group(1)) or m.group(1) in _AFFILIATIONS)
                for s in analysis.sentences
                if s.index != sentence.index
                for pattern in titled
                for m in pattern.finditer(s.text)
            ):
                continue  # "Prime Minister Tuilaepa", "Republican Mitch McConnell" (a caption) elsewhere: that sentence
                # says who he is too
            candidates.append(
                _item(
                    f"Click the sentence of the article that tells you who {source.label} is.",
                    sentence.text,
                    f"It introduces {source.label} as {as_written(source.description, analysis.article.full_text)}. "
                    "Look for the description next to a "
                    "source's name before you weigh their words.",
                    0.8,
                    f"describe:{source.label}",
                )
            )
    return candidates
