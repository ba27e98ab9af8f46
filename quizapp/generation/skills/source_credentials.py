"""source-credentials: what qualifies a quoted person to speak (title or appositive)."""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, names_a_group
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.extract.people import title_word
from quizapp.generation.extract.vocab import EXPERT_WORDS, OFFICIAL_WORDS, PARTICIPANT_WORDS, PUT_OUT_OF_POST
from quizapp.generation.gazetteer import nations_in, parties_named, party_of
from quizapp.generation.skills.common import DANGLING_END, sentence_case
from quizapp.generation.sources import PAST_POST
from quizapp.quality.wording import is_garbled

ROLE_WORDS = (
    OFFICIAL_WORDS
    | EXPERT_WORDS
    | PARTICIPANT_WORDS
    | frozenset(
        "lawyer attorney founder ceo owner manager reporter journalist editor writer actor singer artist captain coach "
        "chief head member leader activist organizer organiser campaigner advocate doctor nurse teacher pastor priest "
        "bishop adviser advisor economist engineer physician surgeon secretary chairman chairwoman president".split()
    )
)


def _kind_of(description: str) -> str:
    """The sort of role: expertise, public office, or another role (a founder, a witness)."""
    words = {w.lower().strip(",.()") for w in description.split()}
    if words & EXPERT_WORDS:
        return "expert"
    if words & OFFICIAL_WORDS:
        return "official"
    return "other"


def is_a_role(description: str) -> bool:
    """A description that names a role ("Africa analyst and author on the Wagner Group"): two words or more, a
    role word among them, no digits ("1930 UTC") and no cut-off start ("States Federal District Judge")."""
    words = description.split()
    lowered = {w.lower().strip(",.()") for w in words}
    return (
        2 <= len(words) <= 10
        and bool(lowered & ROLE_WORDS)
        and not lowered & {"was", "were", "is", "are", "has", "have", "had", "identified", "named"}
        and not lowered & {"himself", "herself", "themselves", "itself"}  # "Consul General himself": a clause's
        # words ("met the Consul General himself"), not a role
        and not any(ch.isdigit() for ch in description)
        and not is_garbled(description)
        and words[0].lower() not in ("states", "kingdom", "nations", "of", "and")
        and not ({"time", "times"} & lowered and words[0].lower() in ("first", "second", "third", "last", "next"))
        and words[-1].lower() not in DANGLING_END  # "China's ambassador to": cut short
        and not (words[-1].endswith(".") and title_word(words[-1]))  # "Vermont Health Commissioner Dr.": the
        # title of the name that follows, not of the role
        and words[0].lower() not in _NOT_A_START
        and not _PARTY_TAG.match(description)  # "D-Del., a member of …": the party tag of a name
    )


# "again the mayor": a clause's words, not a role; "same law Russian attorney": a phrase cut out of "the same law
# firm", which compares with something said before.
_NOT_A_START = frozenset("again also now still then once currently later soon already even same such other".split())
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")


# "the company's chief operating officer": which company? Out of the sentence, the role names nothing.
_POINTS_BACK = caseless(  # "fellow staff member": fellow of whom? Of people the sentence names
    r"^(?:a\s+|an\s+|the\s+)?fellow\s+\w|\b(?:company|firm|group|agency|organi[sz]ation|department|team|club|party)['’]s?\s|\b(?:its|his|her|their)\s|"
    r"\bof the (?:company|firm|group|agency|organi[sz]ation|team|club|party)\b"
)


# A post the article says is no longer held: "an assistant special prosecutor during Watergate", "head of detention
# during part of the George W. Bush administration", "ambassador under President Obama", "mayor from 2002 to 2013".
_HELD_THEN = caseless(
    rf"\b(?:former|retired|ex|{'|'.join(sorted(PUT_OUT_OF_POST))})\b|^(?:ex|former)-|"
    r"\bduring\b[^,;]*\b(?:administration|presidency|government|tenure|term|era|years)\b|"
    r"\b(?:from|between)\s+(?:19|20)\d\d\b"
)
_HELD_UNDER = re.compile(  # the capital is what tells a name or an event ("during Watergate", "under Obama")
    r"\b[Dd]uring\s+(?:the\s+)?[A-Z]|\b[Uu]nder\s+(?:(?:the\s+)?late\s+)?[A-Z][a-z]+\b(?!['’]s)"
)
# "Trump's former campaign manager and top adviser": "former" is said of the first post only.
_FORMER_THEN_ANOTHER = caseless(r"\b(?:former|ex-?)\s[^,;]*?\band\s+(?!former\b|ex-)")


def held_before(description: str) -> bool:
    """True when the article gives `description` as a post the person no longer holds, and gives no post they
    hold now beside it: the past posts the source types read (`PAST_POST`: "under President Obama", "then-Attorney
    General"), and the words and times of the patterns above."""
    then = _HELD_THEN.search(description) or _HELD_UNDER.search(description) or PAST_POST.search(description)
    return bool(then) and not _FORMER_THEN_ANOTHER.search(description)


def stated_role(source) -> str | None:
    """The role the article gives a named source ("the council's transport director"), if it reads as one."""
    description = (source.description or "").strip()
    if source.named and description and is_a_role(description):  # a role, not a garbled fragment
        return description
    return None


_RELATIVE = frozenset("current former then exiting outgoing incoming new acting interim late".split())
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"})


def _gender(description: str) -> str | None:
    """The gender a role word carries ("spokeswoman", "chairman"), if any."""
    words = {w.lower().strip(",.()") for w in description.split()}
    if words & {"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman", "actress"}:
        return "f"
    if words & {"spokesman", "chairman", "businessman", "congressman", "councilman", "actor"}:
        return "m"
    return None


# Words for a kind of body, after which the article may give the body's name ("the group She The People", "AI
# startup Kneron").
_BODY_NOUNS = (
    r"startup|start-up|company|firm|group|organi[sz]ation|agency|charity|campaign|network|coalition|alliance|"
    r"foundation|institute|movement|outlet|party|union|association|committee|website|newspaper|magazine|show|band|"
    r"think tank|giant|\w*maker|manufacturer|retailer|chain|lender|insurer|conglomerate|broadcaster|publisher"
)  # also "CEO of drugs | giant Merck", "head of the automaker | Ford"
_BODY_NAMED_AFTER = re.compile(rf"\b(?:of|for|with|at)\s+the\s+(?:\w+\s+)?(?:{_BODY_NOUNS})$")
_BODY_NOUN_THEN_NAME = re.compile(rf" (?:{_BODY_NOUNS})\s+[A-Z]")


def _name_runs_on(bare: str, text: str, start: int, end: int, name: str | None) -> bool:
    """True when the name of a body in the role at text[start:end] runs on past either end of it."""
    after = text[end:]
    if text[max(0, start - 1) : start] in ("-", "–") and bare[:1].isupper():
        return True  # "AFL- | CIO President": cut inside a hyphenated name
    if _BODY_NOUN_THEN_NAME.match(after):
        return True  # "CEO of AI | startup Kneron": the body's name follows its kind
    if _BODY_NAMED_AFTER.search(bare) and re.match(r" (?!I\b)[A-Z][\w'’&.-]*", after):
        return True  # "leader of the group | She The People": the group's name follows
    named_on = name and bare.split()[-1][:1].isupper() and re.match(r" (?:(?:to|of|for|and|&) )?[A-Z][a-z]", after)
    # also "campaign manager for Young Conservatives for the Freedom | to Marry": a name with a small word inside
    return bool(named_on and not after[1:].startswith(name.split()[0]))  # "founding member of Black Lives | Matter";
    # not "AFL-CIO President | Richard Trumka"


def name_runs_on(description: str, text: str, name: str) -> bool:
    """True when the article writes more of a name around the role than the role holds (see `cut_off`)."""
    bare = description.removeprefix("a ").removeprefix("an ").removeprefix("the ")
    return any(
        _name_runs_on(bare, text, m.start(), m.end(), name) for m in re.finditer(re.escape(bare), text, re.IGNORECASE)
    )


def cut_off(description: str, text: str, *, capitalised: bool = True, name: str | None = None) -> bool:
    """Whether the article writes the role with more in front of it ("Amazon Environmental Research Institute
    Director", "ABS-CBN CEO") or more of a name after it ("CEO of AI | startup Kneron", with `name` the person's:
    "founding member of Black Lives | Matter"): a key or a lesson that drops part of a title misquotes the
    article."""
    bare = description.removeprefix("a ").removeprefix("an ").removeprefix("the ")
    found = False
    for match in re.finditer(re.escape(bare), text, flags=re.IGNORECASE):
        found = True
        if _name_runs_on(bare, text, match.start(), match.end(), name):
            return True
        if re.match(
            r"\s+(?:tank|group|firm|company|agency|organi[sz]ation|institute|foundation|council|committee|network|"
            r"party|union|center|centre|association|coalition)\b",
            text[match.end() :],
        ):
            return True  # "an analyst with the center-left think | tank Third Way": the body's name is cut
        if bare.split()[-1].islower() and re.match(r"\s+(?:where|whose|which|that)\b", text[match.end() :]):
            return True  # "leader of the world city | where Trump will stay": which city the clause after it says
            # (not "Director of the Institut National … that monitored the trial", a body named in full)
        before = text[max(0, match.start() - 40) : match.start()]
        capital = re.search(r"(?:[A-Z][\w.&'’]*\s|-)$", before) and not re.search(
            r"(?:^|[.!?]\s)(?:The|A|An)\s$", before
        )
        if capital and capitalised:
            return True
        inside = re.search(r"[A-Z][\w.&'’]*\s+([A-Z][\w.&'’]*)\s$", before)
        if inside and not party_of(inside.group(1).rstrip(".")):
            return True  # "Fort Sam | Houston Museum director": cut inside a name ("When Afghan | President" is whole)
        if bare[:1].isupper() and re.search(r"(?:\b(?:of|for|de|and)|&)\s$", before):
            return True  # "Royal Bank of | Canada assistant chief economist": the name of the firm is cut
    return not found


def _specific(description: str) -> bool:
    """A role that says what it is without the time words: "Former federal prosecutor", not "Current president"."""
    return len([w for w in description.split() if w.lower() not in _RELATIVE]) >= 2


# A body named only by its kind ("Agency spokesperson", "the department's official"): it may be the key's body.
_GENERIC_BODY = caseless(
    r"^(?:the\s+)?(?:agency|department|ministry|company|firm|campaign|party|government|office|administration|"
    r"city|county|state|board|committee|union|group)(?:['’]s)?\s+"
)


def _owner(role: str) -> bool:
    """True when a role, as the article writes it, names whose or which it is: a capitalised word ("NRC
    spokesman", "Manafort's lead attorney"; not "defense attorney")."""
    return any(w[:1].isupper() for w in re.sub(r"^(?:the|a|an)\s+", "", role).split())


def _unowned_same_post(answer: str, other: str) -> bool:
    """True when two roles end in the same post and one of them does not say whose it is: "Defense attorney"
    beside "Manafort's lead attorney" may be the same man's role, so both choices could be defended."""
    post = answer.split()[-1].lower().rstrip("s") if answer.split() else ""
    same = other.split() and other.split()[-1].lower().rstrip("s") == post
    return bool(same) and not (_owner(answer) and _owner(other))


def _same_post_elsewhere(answer: str, other: str) -> bool:
    """True when a wrong role holds the key's post in a body named only by its kind ("Agency spokesperson"
    beside "NRC spokesman")."""

    def post(role: str) -> str:
        last = role.split()[-1].lower() if role.split() else ""
        return "spokes" if last.startswith("spokes") else last

    return bool(_GENERIC_BODY.match(other)) and post(other) == post(answer)


# A member of a legislature; "Representative" only with its capital ("a company representative" speaks for a firm).
_LAWMAKER = re.compile(
    r"(?i:\b(?:senator|sen\.|congressman|congresswoman|lawmaker|legislator|assemblyman|assemblywoman|"
    r"member of (?:parliament|congress))(?!\w))|\bRepresentatives?\b|\bRep\.|\bMPs?\b|\bMEPs?\b"
)
_PRIVATE_LAWYER = re.compile(r"\b(?:attorney|lawyer|counsel|solicitor|barrister)s?\b", re.IGNORECASE)
_PUBLIC_LAWYER = re.compile(
    r"\b(?:district|state|u\.?s\.?|county|city|general|prosecuting|government|solicitor\s+general|crown)\s+"
    r"(?:attorney|lawyer|counsel|solicitor)|\battorneys?\s+general\b|\bprosecutor",
    re.IGNORECASE,
)


def _lesson(label: str, description: str, kind: str) -> str:
    """Why this role matters when weighing what the source says."""
    words = {w.lower().strip(",.()") for w in description.split()}
    said = f"The article introduces {label} as “{description}”. "
    if _PRIVATE_LAWYER.search(description) and not _PUBLIC_LAWYER.search(description):
        return said + "A role tells you what a source is in a position to know and whose side they may be on."
        # "former Trump lawyer": a client's lawyer, then or now, not an insider of an organisation
    if _LAWMAKER.search(description) and not held_before(description):
        return said + (
            "A lawmaker is elected by voters and usually belongs to a party: weigh the words as those of one side "
            "of a political argument, and look for what the other side says."
        )
    if held_before(description):
        return said + (  # "former DOJ spokesman": no longer the body's voice, whatever the post was
            f"Experience from inside gives {label}'s view weight, but a former holder of a post no longer speaks "
            "for it: ask whom they speak for now, and what they are placed to know today."
        )
    if words & _SPOKESPEOPLE:
        return said + (
            "A spokesperson's words are the official position of the body they speak for, not an independent "
            "account: ask what that body wants the public to believe."
        )
    if kind == "expert":
        return said + (
            "That expertise is why the view is worth hearing; ask also whether the expert is independent of "
            "the events and speaks within their field."
        )
    if kind == "official":
        return said + (
            "Someone in that post is in a position to know what their organisation knows and does, but also "
            "speaks for it: weigh the words with that stake in mind."
        )
    return said + "A role tells you what a source is in a position to know and whose side they may be on."


def _even(answer: str, distractors: list[str], ratio: float) -> list[str]:
    """The distractors that keep the longest choice within `ratio` times the length of the shortest."""
    kept: list[str] = []
    for option in sorted(distractors, key=lambda d: abs(len(d) - len(answer))):
        sizes = [len(c) for c in (answer, *kept, option)]
        if max(sizes) <= ratio * min(sizes):
            kept.append(option)
    return kept


def shares_a_name(label: str, people: list[str]) -> bool:
    """True when another person of the story has a name in common with `label` (two Lees, two Johnsons)."""
    parts = {p for p in label.split() if len(p) >= 3}
    return any(other != label and parts & set(other.split()) for other in people)


def nation_gives_it_away(answer: str, wrong: list[str]) -> bool:
    """True when wrong roles name nations and none is of the answer's nation ("German Foreign Minister" beside
    "Iranian President" for Frank-Walter Steinmeier): the name tells the nation, and the nation the role."""
    return any(nations_in(w) for w in wrong) and not any(nations_in(w) == nations_in(answer) for w in wrong)


_HEAD_SPLIT = re.compile(r"\s+(?:of|for|at|to|in|with|on|from|who|and)\s+", re.IGNORECASE)
_SAME_POST = (
    frozenset({"spokesman", "spokeswoman", "spokesperson", "secretary", "representative", "spokespeople"}),
    frozenset({"adviser", "advisor", "aide", "strategist", "consultant", "counselor", "counsellor"}),
    frozenset({"analyst", "economist", "strategist", "researcher", "fellow", "scholar", "expert"}),
    frozenset({"professor", "lecturer", "researcher", "scientist"}),
    frozenset({"head", "chief", "director", "chairman", "chairwoman", "chair", "president", "leader", "ceo"}),
)


def _post(role: str) -> str:
    """The post a role names, lower-cased: its last word, or the one before "of" ("director of the Institute",
    "White House spokesman", "Tactical Response CEO")."""
    words = _HEAD_SPLIT.split(role, maxsplit=1)[0].split()
    return words[-1].lower().strip(",.()") if words else ""


def _alike(post: str, other: str) -> bool:
    """True when two posts may be the same job under two names (an aide and an adviser, a head and a chief)."""
    return post == other or any(post in group and other in group for group in _SAME_POST)


def _bodies(role: str) -> set[str]:
    """The capitalised words of a role that name a body or a place ("White", "House", "Romney")."""
    words = (w.strip(",.()") for w in role.split())
    return {
        re.sub(r"['’]s$", "", w) for w in words if w[:1].isupper() and w.lower() not in ROLE_WORDS and not title_word(w)
    } - {""}


def _holds_it_too(analysis: Analysis, other: str, role: str, post: str) -> bool:
    """True when the article may give `other` the post of `role` as well: a description of a like post or of
    the same body ("a top aide to Mitt Romney" beside "a Romney adviser"), or the post's word next to their
    surname ("the spokesman, Smith, said")."""
    theirs = _role_of(analysis, other) or ""
    if theirs and (_alike(post, _post(theirs)) or _bodies(theirs) & _bodies(role)):
        return True
    surname = re.escape(other.split()[-1])
    near = rf"\b{re.escape(post)}\w*\W+(?:\S+\W+){{0,5}}?{surname}\b|\b{surname}\W+(?:\S+\W+){{0,5}}?{re.escape(post)}"
    return re.search(near, analysis.article.full_text, re.IGNORECASE) is not None


def _role_of(analysis: Analysis, label: str) -> str | None:
    """The description the article gives a person, as a source or as someone it only names."""
    source = next((s for s in analysis.sources.values() if s.label == label and s.description), None)
    return source.description if source else analysis.descriptions.get(label)


# Titles written before a name ("President Donald Trump", "Judge Victor Marrero", "Mayor Rudy Giuliani").
_TITLE_BEFORE = (
    r"\b(?:(?:Vice\s+)?President|Prime\s+Minister|Premier|Chancellor|King|Queen|Pope|Emperor|Supreme\s+Leader|"
    r"Secretary|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Mayor|Minister|Chairman|Chairwoman|Speaker|"
    r"General|Gen\.|Judge|Justice|Attorney(?:\s+General)?|Ambassador|Sheriff)\s+"
)


def _has_a_post(analysis: Analysis, label: str) -> bool:
    """True when the article writes a title before `label`'s name ("President Donald Trump", "Judge Victor Marrero",
    "former Mayor Rudy Giuliani"), or gives them a head of state's post: a post a student knows them by at a glance.
    A role told beside the name (", a professor of economics") is the kind of thing the item asks about, and does
    not count."""
    top = r"\b(?:(?:Vice\s+)?President|Prime\s+Minister|Premier|Chancellor|King|Queen|Pope)\b"
    if re.search(top, _role_of(analysis, label) or ""):
        return True
    name = re.escape(label.split()[-1])
    return re.search(_TITLE_BEFORE + rf"(?:[A-Z][\w.'’-]*\s+){{0,2}}{name}\b", analysis.article.full_text) is not None


# The top offices of a country, without its name ("Vice President", "the prime minister"): in a national story the
# world knows who holds them, so the item asks nothing of the article.
_TOP_OFFICE = caseless(
    r"^(?:the\s+)?(?:(?:vice|deputy)[\s-]+)?(?:president|prime minister|premier|chancellor|pope|king|queen|"
    r"first lady|secretary of state|speaker of the house|house speaker)$"
)


def _holder_of(analysis: Analysis, source, role: str) -> Candidate | None:
    """The role's other way round: which person the article introduces as `role`, among other people of the
    story who hold no like post. Asked when the story gives too few other roles to offer as wrong choices."""
    post, surname = _post(role), source.label.split()[-1]
    bare = re.sub(r"^(?:a|an|the)\s+", "", role, flags=re.IGNORECASE)
    text = analysis.article.full_text
    for sentence in analysis.sentences:  # "a department spokeswoman" twice, for two people: whose is it?
        if bare.lower() in sentence.text.lower() and surname not in sentence.text:
            return None
    if re.search(rf"\b{re.escape(surname)}\b", role) or not post:
        return None
    if parties_named(role) or _TOP_OFFICE.match(role.strip()):
        return None  # "US President", "New Zealand Prime Minister": the world knows who holds it, the article need not
    gender = _gender(role)
    people = set(analysis.people())
    voices = [
        s.label
        for s in sorted(analysis.sources.values(), key=lambda s: (not s.quoted, -len(s.sentences), s.label))
        if s is not source and s.named and s.sentences and s.label in people
    ]
    named = [  # people the article only names, when it gives them a role: no ships or firms taken for people
        p for p in analysis.people() if p not in voices and is_a_role(analysis.descriptions.get(p) or "")
    ]
    others = [
        label
        for label in analysis.offerable(list(dict.fromkeys([*voices, *named])))
        if label != source.label
        and not shares_a_name(label, [source.label, *analysis.people()])
        and not re.search(rf"\b{re.escape(label.split()[-1])}\b", role)  # "Donald Trump" for "Trump spokeswoman"
        and (gender is None or analysis.genders.get(label) == gender)  # a man for "spokeswoman" gives it away
        and not _holds_it_too(analysis, label, role, post)
    ]
    prompt = f"Which person does the article introduce as “{role}”?"
    pools = [[label for label in others if label in voices], [label for label in others if label not in voices]]
    distractors = pick(source.label, pools, 3, prompt=prompt)
    if len(distractors) < (2 if set(distractors) - set(voices) else 1) or not re.search(re.escape(bare), text, re.I):
        return None  # one wrong choice will do when it is another voice of the story: "Spicer or Pelosi?"
    if len(distractors) == 1 and _has_a_post(analysis, distractors[0]):
        return None  # "Treasury Secretary: Trump or Mnuchin?" beside "President Trump", "Trump attorney: Sekulow or
        # Marrero?" beside "Judge Victor Marrero": the other's own post rules them out, and two choices leave nothing
    return Candidate(
        skill="source-credentials",
        type="single",
        prompt=prompt,
        choices=(source.label, *distractors),
        answer=(source.label,),
        explanation=_lesson(source.label, role, _kind_of(role)),
        evidence=(role,),
        difficulty=1,
        score=0.75,  # below "click the sentence that tells you who …" (0.8), which asks the same of a person
        facts=frozenset({f"describe:{source.label}"} | ({"describe:two-voices"} if len(distractors) == 1 else set())),
    )  # of two people asked between, one item: the other's answer would follow from it


# A tie to a person or a side, not a post: "an ally of the president", "a longtime friend of Trump's".
_TIE_TO_SOMEONE = caseless(
    r"\b(?:ally|allies|friend|friends|critic|critics|rival|rivals|supporter|supporters|opponent|opponents|confidant|"
    r"confidante|associate|associates|backer|backers|foe|foes|admirer|fan|enemy|loyalist|loyalists|adversary|"
    r"defender|protege|protégé|mentor)\s+of\b"
)


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    described = {
        name: d
        for name, d in analysis.descriptions.items()
        if is_a_role(d) and _specific(d) and not _POINTS_BACK.search(d) and not _TIE_TO_SOMEONE.search(d)
    }
    headline = analysis.article.headline.lower()
    for source in analysis.sources.values():
        if not source.named or not source.description or not source.sentences:
            continue
        if (
            not is_a_role(source.description)
            or not _specific(source.description)
            or _POINTS_BACK.search(source.description)
        ):
            continue  # a bare "Director", "current president", a time or a fragment says too little to ask about
        if _TIE_TO_SOMEONE.search(source.description):
            continue  # "an ally of the president": a tie to a person, not a post or a qualification; the person
            # named in it may be among the choices ("Donald Trump") and cannot be their own ally
        if cut_off(source.description, analysis.article.full_text, name=source.label):
            continue
        if re.search(rf"\b{re.escape(source.label.split()[-1].lower())}\b", headline):
            continue  # the story's subject ("Robert Mugabe dies"), not a source weighed for what they say
        bare = re.sub(r"^(?:a|an|the)\s+", "", source.description, flags=re.IGNORECASE).lower()
        if re.search(rf"\b{re.escape(bare)}\b", headline):
            continue  # "Commerce Secretary in car accidents …": the headline's subject by post, whom the story is about
        if shares_a_name(source.label, analysis.people()):
            continue  # "Lee Jae-myung" beside "Lee Sang-min": "Lee" in the text may be either
        if _TOP_OFFICE.match(source.description.strip()):
            continue  # "Vice President" for Mike Pence: known to every reader, so the item asks nothing of the article
        if analysis.harmed(source.label):
            continue  # "a college professor from California" who accuses the lieutenant governor: she speaks of what
            # was done to her, not from her post, so a lesson on what the post qualifies her to say would mislead
        answer = sentence_case(source.description)
        if _kind_of(source.description) == "expert":
            prompt = f"What does the article tell you about {source.label} that qualifies them to comment?"
        else:
            prompt = f"What role does the article give {source.label}?"
        surname = source.label.split()[-1]
        kind = _kind_of(source.description)
        others = [
            (sentence_case(d), _kind_of(d))
            for name, d in described.items()
            if name.split()[-1] != surname
            and not re.search(rf"\b{re.escape(surname)}\b", d, re.IGNORECASE)  # "President Zelensky's aides"
            and _gender(d) in (_gender(answer), None)  # "Spokeswoman" among "Spokesman" choices gives it away
            and not cut_off(d, analysis.article.full_text)  # "Qaeda founder" of "al-Qaeda founder"
            and not _unowned_same_post(source.description, d)  # "defense attorney" beside "Manafort's attorney"
        ]
        others = [
            (d, k) for d, k in others if not _same_post_elsewhere(answer, d) and not names_a_group(d)
        ]  # "Agency spokesperson" beside "NRC spokesman": the NRC is an agency, so both may be right; "Top EU
        # officials" is no one person's role
        if kind != "expert" and not nations_in(answer):
            others = [(d, k) for d, k in others if not nations_in(d)]  # "Russian President" beside "Senate Minority
            # Leader" for Chuck Schumer: a foreign post no reader would take for his
        same = [d for d, k in others if k == kind]  # roles of other people of the same sort
        pools = [same, [d for d, _ in others]] if kind == "expert" else [same]  # an office only among offices
        # Offices are compared with offices of about the same length. An expert's qualification is usually a
        # longer phrase than any office ("Africa analyst and author on the Wagner Group"), so a little more room.
        distractors = _even(answer, pick(answer, pools, 3, prompt=prompt), 3.0 if kind == "expert" else 2.0)
        if len(distractors) < 2 or nation_gives_it_away(answer, distractors):
            inverse = _holder_of(analysis, source, source.description)
            candidates.extend([inverse] if inverse else [])
            continue
        candidates.append(
            Candidate(
                skill="source-credentials",
                type="single",
                prompt=prompt,
                choices=(answer, *distractors),
                answer=(answer,),
                explanation=_lesson(source.label, source.description, kind),
                evidence=(source.description,),
                difficulty=1,
                score=0.9,
                facts=frozenset({f"describe:{source.label}"}),
            )
        )
    return candidates
