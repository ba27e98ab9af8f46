"""source-type: named or unnamed official, independent expert, state media, participant, document, or someone
who speaks for a business or an interest group."""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.skills.common import DANGLING_END, as_written, is_plural, mention
from quizapp.generation.skills.source_credentials import name_runs_on
from quizapp.generation.sources import (
    HARMED,
    PARTY_NAME,
    SOURCE_TYPE_LESSONS,
    SOURCE_TYPES,
    TIES,
    classify,
    head_word,
)
from quizapp.textnorm import find_words, fold, has_word, word_then

_PLURAL_KINDS = {
    "named-official": "named officials",
    "unnamed-official": "unnamed officials",
    "expert": "independent experts",
    "state-media": "state-run media",
    "participant": "participants or eyewitnesses",
    "document": "documents or reports",
    "advocate": "representatives of businesses or interest groups",
}


# The wrong choices a student could confuse with each kind: the instructive contrasts first.
_CONTRASTS = {
    "named-official": ("unnamed-official", "expert", "participant"),
    "unnamed-official": ("named-official", "expert", "participant"),
    "expert": ("named-official", "unnamed-official", "participant"),
    "state-media": ("named-official", "expert", "document"),
    "participant": ("expert", "named-official", "unnamed-official"),
    "document": ("expert", "participant", "unnamed-official"),  # not a named body: a body's report is both
    "advocate": ("named-official", "expert", "participant"),
}


def _kind_phrase(kind: str, plural: bool) -> str:
    """ "an unnamed official", or "unnamed officials" for a group."""
    if plural:
        return _PLURAL_KINDS[kind]
    answer = SOURCE_TYPES[kind]
    return answer[:1].lower() + answer[1:]


def _cue(source, text: str) -> str:
    """What in the article (`text`) shows the kind: the description it gives, or the lack of a name."""
    if (
        source.named
        and source.description
        and len(source.description.split()) >= 2
        and source.description.split()[-1].lower() not in DANGLING_END
        and not name_runs_on(source.description, text, source.label)
    ):  # not a role cut short ("China's ambassador to", "CEO of AI | startup Kneron")
        return f"The article introduces {source.label} as {as_written(source.description, text)}. So "
    if source.kind == "unnamed-official":
        return f"The article gives no name, only “{mention(source.label)}”. So "
    return ""


def _lesson(source) -> str:
    """Why the kind matters; for a poll or a survey, what to ask of one."""
    if source.kind == "document" and head_word(source.label) in ("poll", "polls", "survey", "surveys"):
        return (
            "a poll or survey is evidence gathered by whoever ran it, and it is only as good as how it was done: "
            "ask who ran it, whom they asked, how many, and when"
        )
    return SOURCE_TYPE_LESSONS[source.kind]


def _tied(analysis: Analysis, source) -> bool:
    """True when a sentence about the source states a tie to a side: advising, consulting, working for it."""
    surname = re.escape(source.label.split()[-1])
    indices = set(source.sentences) | analysis.described_in.get(source.label, set())
    return any(
        re.search(rf"\b{surname}\b[^.;]{{0,80}}?{TIES.pattern}", fold(analysis.sentences[i].text), TIES.flags)
        for i in indices
        if i < len(analysis.sentences)
    )


# A business of the person's own in the story: the official is also an owner with a stake.
_OWN_BUSINESS = caseless(
    r"\b(?:(?:his|her|their)\s+(?:own\s+|family(?:['’]s)?\s+)?(?:business(?:es)?|compan(?:y|ies)|firms?|"
    r"corporations?|resorts?|hotels?|farms?|mines?)|owns|owned by|owner of|co-?owner|founder of|founded the)\b"
)


def _naming(analysis: Analysis, source) -> list[int]:
    """The indices of the sentences that name `source` by surname."""
    surname = source.label.split()[-1]
    return [s.index for s in analysis.sentences if has_word(s.text, surname)]


def _own_stake(analysis: Analysis, source) -> bool:
    """True when a sentence naming the source speaks of a business of theirs ("his businesses", "owns")."""
    return any(_OWN_BUSINESS.search(analysis.sentences[i].text) for i in _naming(analysis, source))


_FEELING = re.compile(
    r"^\W*(?:I|We)\s+(?:(?:really|just|do|so|truly|very much)[,\s]+){0,3}(?:hope|wish|feel|love|pray|miss|am|'m|was)\b"
    r"|^\W*I['’]m\b"
)


def _only_feelings(analysis: Analysis, source) -> bool:
    """True when every quotation of `source` is a feeling of their own ("I really hope …"), not analysis."""
    said = [q.text for q in analysis.quotes if q.source is source]
    return bool(said) and all(_FEELING.search(text) for text in said)


# A remark that reaches the article only through others' reports: the article does not quote the person itself.
_HEARSAY = re.compile(
    r"\baccording to (?:\w+\s+){0,3}(?:reports?|accounts|media)\b|\breportedly\b|"
    r"\b(?:was|were) (?:quoted|reported) as saying\b|\breports? (?:said|say|says)\b",
    re.IGNORECASE,
)


_NO_COMMENT = caseless(
    r"\b(?:did not|didn['’]t|has not|hasn['’]t|have not|declined to|refused to|could not be|was not|were not)\s+"
    r"(?:immediately\s+)?(?:respond|return|reply|comment|be reached|reached|available)"
)
_RACE = (
    r"\b(?:20\d\d|presidential|white house)\s+(?:rivals?|hopefuls?|candidates?|contenders?|bid)\b|"
    r"\b(?:rivals?|hopefuls?|candidates?|contenders?)\s+for\s+(?:the\s+)?(?:democratic|republican|presidential|"
    r"white house|20\d\d)\b|\b(?:is|are|was|were)\s+running\s+for\b|\bon the campaign trail\b|"
    r"\b(?:won|wins|lost|loses)\s+(?:a|the|his|her|their)\s+(?:\w+\s+)?seat\b|\b(?:was|were|got)\s+(?:re-?)?elected\b"
)  # "… the Civil Human Rights Front - a campaign group … - won a seat": an activist, now a winning candidate


def _silent(analysis: Analysis, source) -> bool:
    """True when the article says the source, or their office, did not answer it ("Walker's office did not
    respond to a request for comment"): whatever they said elsewhere, they are no source the article spoke to."""
    sentences = analysis.sentences
    for n in _naming(analysis, source):
        if _NO_COMMENT.search(sentences[n].text):
            return True
        after = sentences[n + 1].text if n + 1 < len(sentences) else ""
        if _THEIR_PEOPLE.match(after) and _NO_COMMENT.search(after):
            return True  # "… Scott Walker … has indicated he will sign. His office did not respond …"
    return False


_THEIR_PEOPLE = re.compile(
    r"(?:His|Her|Their)\s+(?:office|spokes\w+|campaign|aides?|representatives?|lawyers?|attorneys?|press secretary)\b"
)


_THEN_HARMED = re.compile(rf"\b[^.;]{{0,120}}?(?:{HARMED.pattern})")


def _hurt_in_the_events(analysis: Analysis, source) -> bool:
    """True when a sentence says the source was hurt in the events ("McMillan, a deputy who was shot")."""
    return any(word_then(s.text, source.label.split()[-1], _THEN_HARMED) for s in analysis.sentences)


def _in_the_race(analysis: Analysis, source) -> bool:
    """True when a sentence naming an official also places them in an election race ("2020 rival", "running
    for"): their words may be a candidate's, not their office's."""
    surname = source.label.split()[-1]
    near = (
        _RACE_AFTER.match(text, end) or _RACE_BEFORE.search(text, 0, start)
        for s in analysis.sentences
        if has_word(s.text, surname)
        for text in (_no_title_stops(s.text),)
        for start, end in find_words(s.text, surname)
    )
    if any(near):  # "Warren, a 2020 rival", not "a campaign" nearby
        return True
    if any(q.source is source and _RACE_TALK.search(q.text) for q in analysis.quotes) or any(
        c.source is source and _RACE_TALK.search(c.content or "") for c in analysis.claims
    ):
        # "…, the delegates are going to want to know who can beat Hillary," Kasich said; "Mr. Sanders said he had an
        # 'excellent chance' of winning the Iowa caucuses": a candidate
        return True
    # a politician in a story about a race ("Trump and 2020 Democrats Stake Out Dueling Views"): a candidate's
    # words as much as an office's
    return bool(_RACE_STORY.search(analysis.article.headline)) and bool(_POLITICIAN.search(source.description or ""))


def _no_title_stops(text: str) -> str:
    """`text` with the full stops of titles ("Sen.", "Gov.") made spaces, so that "a Republican presidential
    candidate, Kentucky Sen. Rand Paul" reads as one clause; the length, and so every position, is kept."""
    return _TITLE_STOP.sub(lambda m: m.group(0)[:-1] + " ", text)


_TITLE_STOP = re.compile(r"\b(?:Sen|Sens|Rep|Reps|Gov|Govs|Dr|Mr|Mrs|Ms|Lt|Gen|Sgt|Col|Capt|Jr|Sr|St|Rev|Hon)\.")


# Words of a race in the person's own quotation: the convention, delegates, the nomination, beating a rival.
# A race within 80 characters of a name, after it or before it, in the same clause.
_RACE_AFTER = caseless(rf"[^.;]{{0,80}}?(?:{_RACE})")
_RACE_BEFORE = caseless(rf"(?:{_RACE})[^.;]{{0,80}}?$")
_RACE_TALK = re.compile(
    r"\b(?:convention|delegates?|nominee|nomination|primary|primaries|caucus(?:es)?|campaign trail|polls)\b|"
    r"\bbeat\s+[A-Z]|\b(?:the|this|a|that) race\b",  # "there were only two of us in the race"
)
_RACE_STORY = caseless(
    r"\b(?:20\d\d|primary|primaries|caucus(?:es)?|campaign|candidates?|race|election|nominee|nomination|debate)\b"
)
_POLITICIAN = caseless(r"\b(?:sen|senator|rep|representative|congressman|congresswoman|gov|governor|mayor|lawmaker)\b")


def _partisan_words(analysis: Analysis, source) -> bool:
    """True when an expert's quoted words name a political party: a charge about a side, not analysis."""
    return any(q.source is source and PARTY_NAME.search(q.text) for q in analysis.quotes)


_OWNING_UP = caseless(r"(?:admit|acknowledg|confess|den(?:y|ie)|apologi)\w*")


def _speaks(analysis: Analysis, source) -> bool:
    """True when the article gives `source` words of its own: a quotation, or a claim in reported speech in a
    sentence that names it (not only "He vowed that …", whose "he" is less sure than a quotation's)."""
    if any(q.source is source for q in analysis.quotes):
        return True
    names = [fold(source.label).lower(), *([fold(source.label.split()[-1]).lower()] if source.named else [])]
    return any(
        any(has_word(fold(analysis.sentences[c.sentence].text).lower(), name) for name in names)
        for c in analysis.claims
        if c.source is source and c.sentence < len(analysis.sentences) and not _OWNING_UP.match(c.verb)
    )  # not "Herring has admitted that he wore blackface", "Northam denies that he is pictured": what they did, told
    # of them, not a claim they make as a source


# In a summary of what someone said, "her" or "him" is mostly the speaker ("Ford said Kavanaugh attacked her"); in
# their own words, what was done to "me" or to "my" family ("it strikes me as neutral" is only a view).
_SELF_REPORTED = caseless(r"\b(?:her|him|herself|himself)\b")
_SELF_QUOTED = caseless(
    r"\b(?:told|attacked|hit|grabbed|pushed|threatened|followed|called|fired|arrested|hurt) me\b|"
    r"\bmy (?:son|daughter|husband|wife|mother|father|family|home|house|child|children|kids)\b"
)


def _of_their_own_experience(analysis: Analysis, source) -> bool:
    """True when what an expert says speaks of them ("Kavanaugh attacked her", "they threatened me"): a person
    telling what happened to them takes part in the events, whatever their profession."""
    return any(_SELF_QUOTED.search(q.text) for q in analysis.quotes if q.source is source) or any(
        _SELF_REPORTED.search(c.content) for c in analysis.claims if c.source is source and c.content
    )


def _only_cited(analysis: Analysis, source) -> bool:
    """True when every sentence in which `source` speaks cites it in a relative clause ("which the Supreme Court has
    said …"): what others hold it said, not words of its own in the story."""
    name = re.escape(re.sub(r"^(?:the|a|an)\s+", "", source.label, flags=re.IGNORECASE))
    cited = re.compile(
        rf"\b(?:which|that|what)\s+(?:the\s+)?{name}\s+(?:has\s+|have\s+|had\s+)?(?:said|says|ruled|found|held)\b"
    )
    return _speaks_only(analysis, source, cited)


def _speaks_only(analysis: Analysis, source, pattern: re.Pattern[str]) -> bool:
    """True when every sentence in which `source` speaks matches `pattern` (and there is one at least)."""
    said = [analysis.sentences[i].text for i in source.sentences if i < len(analysis.sentences)]
    return bool(said) and all(pattern.search(text) for text in said)


# What the person perceived of the events ("Holmes said he could hear Trump ask …"): they speak as a witness too.
# A full stop before a capital inside the sentence ends an abbreviation ("Mr. Hayden, whom Mr. Bush appointed as CIA
# director in 2006, saw the data bank tapped").
_PERCEIVED = re.compile(
    r"\b(?:[^.;]|\.(?=\s[A-Z])){0,60}?\b(?:could (?:hear|see)|heard|overheard|saw|witnessed|watched|"
    r"was in the room|was present|(?:was|were) (?:directly |personally )?involved|took part|participated|"
    r"testif(?:y|ies|ied)|"
    # "said Pam Foster, a medical school professor, while marching to the bridge": she takes part in the events
    r"while (?:marching|protesting|rallying|demonstrating|attending|campaigning|waiting in line|standing in line)|"
    r"(?:attended|joined) (?:the|a) (?:march|rally|protest|demonstration|vigil|strike)|"
    # "the CEO of Newsmax, who spoke with Trump frequently over his holiday": he speaks as one who was there
    r"(?:spoke|speaks|talked|talks|met|dined|golfed) (?:with|to) (?:him|her|[A-Z][\w'’-]+)\b(?! reporters)|"
    r"(?:a |an )?(?:longtime |close |old )?friend of)\b"
)  # "Sondland confirmed that he was involved in a quid pro quo", "testified": a witness to his own part in it
# Writings of the person's own that reached the story through others ("In one of the messages, … suggested"): the
# article reports on them, they do not speak to it.
_PRIVATE_WRITING = re.compile(r"\b(?:(?:text |private |e-?mail |instant )?messages|texts|e-?mails|diary|diaries)\b")


def _witnessed(analysis: Analysis, source) -> bool:
    """True when a sentence naming the source by surname says they saw or heard the events themselves."""
    surname = source.label.split()[-1]
    return any(word_then(analysis.sentences[i].text, surname, _PERCEIVED) for i in _naming(analysis, source))


# A church, a faith or its clergy beside a "minister": a pastor, not an official.
_CLERGY = re.compile(
    r"\b(?:church|parish|congregation|chapel|cathedral|Methodist|Baptist|Lutheran|Presbyterian|Episcopal|Catholic|"
    r"Anglican|Pentecostal|synagogue|mosque|temple|Rev\.?|Reverend|pastor|clergy\w*)\b",
    re.IGNORECASE,
)
# A body of the state named in a document's label ("a Foreign Office statement", "a White House memo").
_OFFICIAL_BODY = re.compile(
    r"\b(?:Office|Department|Ministry|House|Council|Government|Agency|Commission|Pentagon|Kremlin|Embassy|"
    r"Administration|Police|Army|Navy|Secretariat|Cabinet|Parliament|Senate|Congress|Presidency)\b"
)


_SHARE_OF_PEOPLE = caseless(
    r"^(?:a|the)?\s*(?:majority|minority|plurality|third|quarter|half|most|many|some|few|"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per cent))\s+of\s"
)
# ", an anti-abortion group that has affiliates …", ", a nonprofit": the body a post is in, described as no government's
_A_GROUP = caseless(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}(?:group|organi[sz]ation|association|coalition|nonprofit|non-profit|"
    r"charity|lobby|union|think tank|institute|foundation|campaign|network|alliance|council|society|party)\b"
)


def _body_is_a_group(analysis: Analysis, source) -> bool:
    """True when a sentence where the source speaks goes on, right after its description, to call the body a group
    (a lobby, a nonprofit, a union): the post is in that group, whatever its title sounds like."""
    description = source.description or ""
    if not description:
        return False
    for index in source.sentences:
        if index >= len(analysis.sentences):
            continue
        text = analysis.sentences[index].text
        at = text.find(description)
        if at >= 0 and _A_GROUP.match(text, at + len(description)):
            return True
    return False


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    text = analysis.article.full_text
    for source in analysis.sources.values():
        if not source.sentences or source.kind not in SOURCE_TYPES:
            continue
        words = [w for w in source.label.split() if w.lower() not in ("the", "a", "an", "some", "one")]
        if not source.named and len(words) < 2:
            continue  # "officials": which ones? The reader cannot tell, so the question would be unclear
        if source.named and analysis.harmed(source.label):
            continue  # a pastor among the dead, quoted from an old sermon: the words of a victim, not a source's
        if source.kind == "unnamed-official":
            continue  # "a Turkish official": the label names the kind; the anonymous-source items ask about these
        if _SHARE_OF_PEOPLE.match(source.label):
            continue  # "a majority of Americans in a 2014 Gallup poll": the people who answered, not the source;
            # the poll is, and a prompt naming them as it would be garbled
        if source.kind == "document" and re.search(
            r"\b(?:website|web ?site|site|page|account|blog|feed)s?\b", source.label
        ):
            continue  # "the All On The Line website": a group's own page speaks for the group, so "a document"
            # and "an interest group" are both argued, and no other choice is a thing rather than a person
        if source.kind == "document" and _OFFICIAL_BODY.search(source.label):
            continue  # "a Foreign Office statement": a document, and the word of an official body too
        if source.kind == "named-official" and _CLERGY.search(f"{source.label} {source.description or ''}"):
            continue  # "a Methodist minister who holds vigils": a minister of a church, not of a government
        if re.search(
            r"\b(?:correspondent|reporter|anchor|journalist|columnist|commentator|editor|host|producer)s?\b",
            source.description or "",
            re.IGNORECASE,
        ):
            continue  # "CNN Chief National Correspondent": a journalist, which none of the kinds offered is
        if re.search(r"\b(?:court|tribunal)s?\b", source.label, re.IGNORECASE):
            continue  # "the Pennsylvania Supreme Court has told Gov. Wolf …": a court orders and rules; it is no
            # source that comments on a story
        if source.kind == "document" and re.search(
            r"\b(?:release|report|document|memo|memorandum|filing|dossier|record|transcript|log|file|minutes|"
            r"e-?mail|statistic|data)s?\b",
            source.label,
            re.IGNORECASE,
        ):
            continue  # "a Fort Bragg press release": the label names the kind, and the answer with it
        if source.named and " " not in source.label and any(has_word(p, source.label) for p in analysis.people()):
            continue  # a surname alone that a full name of the story also carries ("Schultz" beside Eric Schultz and
            # Debbie Wasserman Schultz): which person is asked about is not sure
        if source.named and not _cue(source, text):
            continue  # no description to point to: the explanation could not show why
        if source.named and source.kind not in {
            classify(source.label, source.description, is_person) for is_person in (True, False)
        }:
            continue  # "Senator Ben Sasse, a frequent Trump critic": the title, not the quoted description, shows it
        if source.kind == "expert" and _tied(analysis, source):
            continue  # "Scissors, who consults with administration officials": not independent of a side
        if source.named and source.kind == "named-official" and _own_stake(analysis, source):
            continue  # "Justice acknowledged that his businesses likely received aid": a governor with businesses
            # in the story speaks for them too, so "a business's representative" could also be argued
        if source.named and _hurt_in_the_events(analysis, source):
            continue  # "Jason McMillan, a sheriff's deputy who was shot and paralyzed, said …": a victim speaks
        if source.named and not any(q.source is source for q in analysis.quotes) and _silent(analysis, source):
            continue  # "Walker's office did not respond to a request for comment", and no quotation of his: not a
            # source of this article
        if source.named and source.kind == "named-official" and _body_is_a_group(analysis, source):
            continue  # "legislative director with National Right to Life, an anti-abortion group": a group's post
        if source.named and source.kind in ("named-official", "advocate") and _in_the_race(analysis, source):
            continue  # "Massachusetts Sen. Elizabeth Warren", a 2020 rival: a candidate speaks, not an office
        if source.kind == "expert" and _partisan_words(analysis, source):
            continue  # a professor who says "there has been silence from Democrats": a side's charge, not analysis
        if not _speaks(analysis, source):
            continue  # "Cameron" only talked about, in a sentence where Obama speaks: no source of anything here
        if _only_cited(analysis, source):
            continue  # "No, replied Fleming, because that is inciting harm, which the Supreme Court has said is not
            # protected": the court is cited inside a lawyer's answer; it says nothing in the story
        if _speaks_only(analysis, source, _HEARSAY):
            continue  # "Rosenstein said, according to reports, …": the article has the remark second-hand
        if source.named and source.kind != "participant" and _witnessed(analysis, source):
            continue  # "Holmes, a State Department official, said he could hear Trump": an eyewitness as well
        if _speaks_only(analysis, source, _PRIVATE_WRITING):
            continue  # "In one of the messages, FBI official Peter Strzok suggested …": his texts are the story's
            # subject; he is not a source speaking to it
        if source.kind == "expert" and _of_their_own_experience(analysis, source):
            continue  # "Ford, a psychology professor, said Kavanaugh attacked her": she tells what happened to her
        if source.kind == "expert" and _only_feelings(analysis, source):
            continue  # a professor who only says "I really hope for a good outcome" speaks as a person, not an expert
        answer = SOURCE_TYPES[source.kind]
        plural = is_plural(source)
        kinds = list(_CONTRASTS[source.kind])
        if source.named and "unnamed-official" in kinds:  # the question names them: "unnamed" cannot fit
            kinds = [k for k in kinds if k != "unnamed-official"] + ["advocate"] * (source.kind != "advocate")
        others = [SOURCE_TYPES[kind] for kind in kinds]
        evidence = analysis.sentences[source.sentences[0]].text
        candidates.append(
            Candidate(
                skill="source-type",
                type="single",
                prompt=f"What kind of source {'are' if is_plural(source) else 'is'} {mention(source.label)} "
                "in this article?",
                choices=(answer, *others),
                answer=(answer,),
                explanation=(
                    _cue(source, text)
                    + f"{mention(source.label) if _cue(source, text) else source.label} {'are' if plural else 'is'} "
                    f"{_kind_phrase(source.kind, plural)}: "
                    f"{_lesson(source)}."
                ),
                evidence=(evidence,),
                difficulty=2,
                score=0.75 if source.quoted else 0.65,
                facts=frozenset({f"source:{source.key}:type", f"source-type:{source.kind}"}),
            )
        )
    return candidates
