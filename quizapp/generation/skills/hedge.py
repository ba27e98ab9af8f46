"""hedge: how certain a speaker is ("unlikely", "may be trying to")."""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.doctext import doc_text, token_at
from quizapp.generation.extract.hedges import OTHERS_CLAIM_NOUNS, find_hedges, qualifies_a_choice
from quizapp.generation.extract.vocab import REPORTING_LEMMAS
from quizapp.generation.skills.common import HINTING_VERBS, is_plural, mention_in, passing_on, shown
from quizapp.textnorm import inside_quotation_marks

# Not "apparently": there it is often the writer's own inference, which a student could fairly call opinion.
_WRITERS_HEDGES = frozenset({"reportedly", "allegedly"})
# "Allegedly" marks an accusation only beside one: "allegedly unhappy" is an unconfirmed claim, not a charge.
_ACCUSATION = caseless(
    r"\b(?:accus|charg|crim|kill|murder|stole|steal|theft|fraud|brib|abus|assault|attack|arrest|police|court|"
    r"trial|prosecut|smuggl|launder|corrupt|rape|shot|shoot|harass|illegal|unlawful|violat|convict|sue|suing)"
)
# Words that speak of certainty themselves: offered beside a hedge, a second answer would be defensible.
_EPISTEMIC = frozenset(
    "possible potential probable expected estimated alleged apparent suspected presumed unconfirmed unclear uncertain "
    "certain sure clear definite confirmed official unofficial preliminary initial early tentative provisional "
    "clearly certainly definitely surely officially reportedly supposedly seemingly presumably roughly nearly "
    "approximately almost about around some several many few other such same also only just even very more most "
    "less least much".split()
)


def _phrases(sentence, hedge_text: str) -> list[str]:
    """Other words of the sentence of the same kind as the one-word hedge, as wrong choices: adverbs in -ly for
    "reportedly", describing words for "likely" (hedges of several words are not asked about)."""
    options = []
    kind = next((t.pos_ for t in sentence.span if t.text == hedge_text), "ADV")
    for token in sentence.span:
        hyphenated = (token.i + 1 < len(token.doc) and token.nbor().text in ("-", "–")) or (
            token.i > 0 and token.nbor(-1).text in ("-", "–")
        )
        if kind == "ADJ":  # "likely" as an adjective: other describing words ("severe", "novel")
            alike = token.pos_ == "ADJ" and token.tag_ == "JJ" and len(token.text) >= 4
        else:  # "reportedly", "perhaps": words like a hedge ("officially", "recently")
            alike = token.pos_ == "ADV" and token.lower_.endswith("ly")
        plain = alike and token.is_alpha and not token.ent_type_ and not hyphenated and token.text.islower()
        if plain and not find_hedges(token.text) and token.lower_ not in _EPISTEMIC:
            options.append(token.text)
    return [o for o in dict.fromkeys(options) if o.lower() != hedge_text.lower()]


# What a one-word hedge says about certainty, for the meaning question ("What does 'reportedly' tell you?").
# The article's own hedges, then a speaker's (with {who} for the speaker).
_WRITERS_MEANINGS = {
    "reportedly": "Others have said so, and the article does not confirm it",
    "allegedly": "It is an accusation that has not been proven",
    "apparently": "It seems so from what is known, but it is not confirmed",
}
_WRITERS_WRONG = (
    "A court or an official has confirmed it",
    "The reporter saw it happen",
    "It is the reporter's own opinion",
)
_SPEAKERS_MEANINGS = {
    "likely": "{who} thinks it is probable, but is not certain",
    "probably": "{who} thinks it is likely, but is not certain",  # not "probable": the key would echo the word
    "possibly": "{who} thinks it could be so, but is not certain",
    "perhaps": "{who} thinks it is possible, but is not certain",
    "might": "{who} thinks it is possible, but is not certain",
    "unlikely": "{who} thinks it is probably not so, but is not certain",
    "may be": "{who} thinks it is possible, but is not certain",
    "may have": "{who} thinks it is possible, but is not certain",
    "could be": "{who} thinks it is possible, but is not certain",
}
# The article's own estimate of what is to come, in a sentence that credits nobody ("The bill is likely to pass").
_WRITERS_ESTIMATES = {
    "likely": "It is expected, but it may not happen",
    "unlikely": "It is not expected, but it could happen",
}
_ESTIMATES_WRONG = ("It is certain to happen", "It has been ruled out", "It has already happened")
_SPEAKERS_WRONG = (
    "{who} states it as a known fact",
    "{who} is repeating what someone else said",
    "{who} is sure it is not so",  # not "says it is certain", which reads as "states it as a known fact"
)
_LOOSE_ENDS = frozenset(
    "for at in on of to the a an and or but by with from as that than next last this its his her their our more most "
    "very some any".split()
)
_CLAUSE_END = re.compile(r"[;:!?()\"“”]|,(?!\d)|(?<![A-Z])\.(?=\s|$)")  # not in "15,000" or "U.S.
_THINKING = frozenset({"know", "think", "believe", "admit", "fear", "hope", "expect", "suspect"})
_COMPARED = re.compile(r"\b(?:more|less|most|least|as|equally|just|than)\s+$", re.IGNORECASE)


# "worries that costs might rise": the hedge belongs to the worry, not to the speaker's own doubt
_WORRY = re.compile(
    r"\b(?:fears?|feared|fearing|afraid|scared|concerned|worr\w+|concerns?|anxiet\w+|risks?|danger|threat)\s+"
    r"(?:that\s+)?(?:(?!\b(?:and|but)\b)[^.,;:])*$"
)


def _around(text: str, at: int, hedge_text: str) -> str:
    """The words around a hedge, inside its clause: "there were reportedly four people on board"."""
    before = _CLAUSE_END.split(text[:at])[-1].split()[-3:]
    after = _CLAUSE_END.split(text[at + len(hedge_text) :])[0].split()[:5]
    while after and after[-1].lower() in _LOOSE_ENDS:
        after.pop()  # "get them back for" reads as cut off
    while before and before[0].lower() in _LOOSE_ENDS:
        before.pop(0)
    return " ".join([*before, hedge_text, *after])


_DECIDED = caseless(r"\b(?:overturned|upheld|ruled(?! out)|found that|decision put it)\b")


_OPEN_CLAUSE = caseless(
    r"\b(?:no matter|however much|whatever|what|which|who|whom|when|whenever|how|(?<=\w )where|if|whether|unless|"
    r"especially|than|on the grounds that|in case|lest|"
    r"as (?:you|we|they|many|most|some|"
    r"everyone|anyone|people))\b"
)  # "as you probably have heard": the hedge is on what the listeners know, not on the claim
# "Could" or "can" of what a means allows ("could be done without congressional action", "can be reached by road"):
# an ability, not a doubt.
_MEANS_AFTER = caseless(
    r"(?:could|can)(?:\s+be)?\s+(?:\w+ed|done|made|met|won|paid|built|run|set|taken|given|seen|kept|found|reached)\s+"
    r"(?:without|through|under|using|via)\b"  # not "by" or "with": "could be delayed by a year" is a doubt
)
# Subjects of a modal that make it someone else's guess ("some might have expected", "critics may say").
_OTHERS = frozenset("some others many critics people anyone someone few most observers skeptics sceptics".split())


def _inside_a_question(sentence, at: int) -> bool:
    """True when the hedge does not voice the speaker's doubt about a claim: in a question ("Could this possibly
    be a setup?"), in a clause of condition, of comparison or of what is unknown ("what might be coming", "if they
    might", "how this case might end up", "than some might have expected"), in others' guess ("critics may say"),
    or on a noun ("people with perhaps a different view", "improvements that might be needed")."""
    ends = re.search(r"[.?!]", sentence.text[at:])
    if (ends and ends.group(0) == "?") or _OPEN_CLAUSE.search(_CLAUSE_END.split(sentence.text[:at])[-1]):
        return True
    if re.search(r"\b(?:about|of|on|over|regarding|concerning|into)\s+$", sentence.text[:at], re.IGNORECASE):
        return True  # "asked the task force about possibly using the drug": a topic raised, nobody's doubt
    token = token_at(sentence.span, at)
    if token is not None and any(c.dep_ == "nsubj" and c.lower_ in _OTHERS for c in token.head.children):
        return True  # "tougher than some might have expected": the guess is theirs, not the speaker's doubt
    if re.match(r"\s*\S+\s+(?:especially|particularly|even|notably|mostly|above all)\b", sentence.text[at:]):
        return True  # "but perhaps especially at this paper": the doubt is on the emphasis, not on the claim
    if token is not None and token.tag_ == "MD" and token.head.dep_ == "relcl":
        return True  # "any improvements that might be needed": a stock phrase on a noun, not a doubt about the claim
    return token is not None and token.pos_ == "ADV" and token.head.pos_ in ("NOUN", "PROPN", "ADJ", "DET")


def _meaning_item(sentence, hedge_text: str, source, who: str, verb: str) -> Candidate | None:
    """A question on what the hedge says about certainty, with wrong meanings of the same form; made only for
    hedges whose meaning is fixed, and not for comparisons ("more likely to die" is a rate, not a doubt)."""
    found = re.search(rf"(?<!\w){re.escape(hedge_text)}(?!\w)", sentence.text)  # not "likely" in "unlikely"
    at = found.start() if found else -1
    if at < 0 or _COMPARED.search(sentence.text[:at]) or re.match(r"\s+than\b", sentence.text[at + len(hedge_text) :]):
        return None
    claim = _around(sentence.text, at, hedge_text)
    where = f"In “{claim}”," if claim != hedge_text else "Here,"  # not "In “likely”, “likely” is …"
    if re.search(r"\bwhether\b[^.,;:]*$", sentence.text[:at], re.IGNORECASE) or _WORRY.search(sentence.text[:at]):
        return None  # "questions regarding whether the merger is likely to …": a test weighed, not a doubt voiced
    if qualifies_a_choice(sentence.span, at, hedge_text) or _inside_a_question(sentence, at):
        return None
    if source is not None and any(
        t.lemma_ in REPORTING_LEMMAS | _THINKING and t.idx - sentence.span.start_char < at and t.pos_ == "VERB"
        for t in sentence.span
        if t.i > sentence.span.start and inside_quotation_marks(sentence.text, t.idx - sentence.span.start_char)
    ):
        return None  # "he admits that he will likely lose": the hedge may be someone else's, reported in the quote
    if source is not None and re.search(
        r"\b(?:view|belief|opinion|feeling|sense|idea|position)\s*\[?that\b", sentence.text[:at]
    ):
        return None  # '"Coles and Woolworths have a view that … you would probably …"': the view is theirs
    word = "words" if " " in hedge_text else "word"
    if source is None and hedge_text in _WRITERS_ESTIMATES:
        meaning = _WRITERS_ESTIMATES[hedge_text]
        wrong = list(_ESTIMATES_WRONG)
        question = f"What does the word “{hedge_text}” tell you here?"
        lesson = (
            f"{where} the word “{hedge_text}” tells you: {meaning[:1].lower() + meaning[1:]}. The article is "
            "estimating what will happen, not reporting what has happened; keep the word when you repeat the claim, "
            "because dropping it turns an expectation into a fact."
        )
    elif source is None:
        if hedge_text == "allegedly" and not _ACCUSATION.search(sentence.text):
            return None
        meaning = _WRITERS_MEANINGS.get(hedge_text)
        wrong = list(_WRITERS_WRONG)
        question = f"What does the word “{hedge_text}” tell you here?"
        lesson = (
            f"{where} the word “{hedge_text}” tells you: {meaning[:1].lower() + meaning[1:] if meaning else ''}. "
            "The article passes the claim on without vouching for it; keep the word when you repeat the claim, "
            "because dropping it turns a report into a fact."
        )
    else:
        template = _SPEAKERS_MEANINGS.get(hedge_text)
        meaning = template.format(who=who) if template else None
        if meaning:
            meaning = meaning[:1].upper() + meaning[1:]
            if verb == "are":  # a group ("U.S. officials") thinks, states, says
                meaning = meaning.replace(" thinks", " think").replace(" is not", " are not")
        thinks = (meaning or "").replace(who[:1].upper() + who[1:], who, 1)  # "the officials think", mid-sentence
        wrong = [w.format(who=who) for w in _SPEAKERS_WRONG]
        wrong = [w[:1].upper() + w[1:] for w in wrong]
        if verb == "are":
            wrong = [
                w.replace(" states", " state")
                .replace(" is repeating", " are repeating")
                .replace(" is sure", " are sure")
                for w in wrong
            ]
        does = "do" if word == "words" else "does"
        question = f"What {does} the {word} “{hedge_text}” tell you about how sure {who} {verb}?"
        lesson = (
            f"{where} “{hedge_text}” is a hedge in what {who} said: it shows that {thinks}. "
            "A hedge is an honest signal, not a weakness: repeat the claim with it, as a possibility, not as a fact."
        )
    if not meaning:
        return None
    return Candidate(
        skill="hedge",
        type="single",
        prompt=f"Read this from the article: {shown(sentence.text)} {question}",
        choices=(meaning, *wrong),
        answer=(meaning,),
        explanation=lesson,
        evidence=(sentence.text,),
        difficulty=2,
        score=0.75,
        facts=frozenset({f"hedge:{sentence.index}", f"sentence:{sentence.index}"}),
    )


def _base(hedge_text: str) -> str:
    """The hedge without the verb it was extended to: "may be trying to" -> "may be"."""
    lowered = hedge_text.lower()
    return next(
        (key for key in sorted(_SPEAKERS_MEANINGS, key=len, reverse=True) if lowered.startswith(key + " ")), lowered
    )


# A hope, a wish or an imagined scene the hedge stands in: the doubt belongs to it, not to the speaker's claim.
_HOPED = caseless(
    r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|pray(?:s|ed|ing)?|dream(?:s|ed|ing)?|imagin(?:e|es|ed|ing)|"
    r"pretend(?:s|ed|ing)?)\b(?:\s+that)?(?:\s+[\w'’-]+,?){0,14}\s*$"
)
# Verbs of a topic raised ("might discuss", "may be discussed", "could come up"): what may be on an agenda. Not
# "raise" or "cover": "taxes may be raised", "insurance may cover it" doubt an outcome.
_AGENDA = caseless(
    r"(?:be\s+)?(?:discuss\w*|talk\w* (?:about|over)|touch\w* on|bring\w* up|brought up|com\w* up|mention\w*|"
    r"ask\w* about|on the agenda|among the (?:topics|issues))\b"
)


def _possibility(sentence, base: str) -> bool:
    """True when the hedge voices a doubt that something is so: not a rule ("could be fined" states a penalty the
    law allows), not a doubt that it is not so ("may not reflect"), not a word that means "surprising" ("an
    unlikely hero")."""
    text = sentence.text
    found = re.search(rf"(?<!\w){re.escape(base)}\s+(\w+)", text)
    if found is None or found[1].lower() in ("not", "never") or text[found.end(1) : found.end(1) + 3] == "n't":
        return False
    if re.match(r"[^.;:]{0,40}?\b(?:more|less|better|worse|fewer)\s+than\b", text[found.end(0) :]):
        return False  # "We could be getting more than we're getting now": what could be won, not a doubt
    if re.fullmatch(r"further|more|less|better|worse|\w+er", found[1].lower()) or re.search(
        rf"\b(?:nothing|no one|nobody|none)\s+{re.escape(base)}\b", text, re.IGNORECASE
    ):
        return False  # "Nothing could be further from the truth": a denial said with emphasis, not a doubt
    if re.match(r"[^.;:!?]*?,\s+but\b", text[found.end(0) :]):
        return False  # "he may be a different kind of president …, but that's what people voted for": granted
    if re.search(rf"\b(?:you|readers)\s+{re.escape(base)}\b|\b{re.escape(base)} or\b", text, re.IGNORECASE):
        return False  # "you may have heard": a nod to the listener; "may or may not be": no lean either way
    if base in ("likely", "unlikely"):  # what is to come: "likely to pass", "will likely pass", "likely would fail"
        return bool(  # not "likely voters" or "an unlikely hero" (a kind of thing), nor "likely connected" (a guess)
            re.match(r"\s+(?:to|will|would)\b", text[found.end(0) - len(found[1]) - 1 :])
            or re.search(r"\b(?:will|would)\s+$", text[: found.start()])
        )
    return not (base in ("could be", "may be") and re.fullmatch(r"\w+ed|\w+en", found[1]))


def _credits_nobody(analysis: Analysis, sentence) -> bool:
    """True for a sentence in the article's own voice: no quotation, no one said or believed anything in it."""
    if any(q.sentence == sentence.index for q in analysis.quotes) or any(
        c.sentence == sentence.index for c in analysis.claims
    ):
        return False
    if inside_quotation_marks(doc_text(sentence.span.doc), sentence.span.start_char):
        return False  # a sentence in the middle of a quotation that runs over several: the speaker's, not the article's
    if re.search(
        r"[\"“”]|\baccording to\b|\bper\b|\b(?:aware|convinced|confident|hopeful|worried|afraid|concerned|"
        r"feared|fearing|suspected|alarmed|anxious|seemed|appeared)\b",
        sentence.text,
        re.IGNORECASE,
    ):  # someone's words, or someone's mind ("Gowdy is acutely aware that the hearing is likely to …")
        return False
    if re.match(r"\W*(?:that|this|which|such)\b", sentence.text, re.I) or re.search(r"\bwould have\b", sentence.text):
        return False  # "That's unlikely": what is? "unlikely … would have agreed": a past that never came
    if sentence.span.root.pos_ not in ("VERB", "AUX"):
        return False  # "The work we will likely have to do in China some day.": a line lifted from a document
    return not any(t.lemma_.lower() in _VOICES for t in sentence.span if t.pos_ in ("VERB", "AUX"))


# Also the verbs of taking a side on what someone holds: "He disagrees with Bush that … it likely will be a blue
# state" reports Bush's estimate, not the article's.
_VOICES = (
    REPORTING_LEMMAS
    | _THINKING
    | {
        "hint",
        "signal",
        "predict",
        "forecast",
        "project",
        "agree",
        "vow",
        "disagree",
        "dispute",
        "doubt",
        "question",
        "reject",
        "share",
        "confess",
    }
)


# What others concluded, feared or claimed: a hedge inside it is theirs ("howls … that it might have been …").
_OTHERS_CLAIM_NOUNS = re.compile(
    rf"\b(?:{OTHERS_CLAIM_NOUNS})(?:\s+(?:from|by|of|among)\b[^,.;\"“”]{{0,40}}?)?\s+that\b"
)  # the "that" clause is the noun's own: "howls from members of Congress that …", not "the ruling, Smith said that"
_FINDING_LEMMAS = frozenset({"find", "rule", "conclude", "determine", "decide", "judge"})


def _others_finding(sentence, at: int, label: str) -> bool:
    """True when the hedge at `at` sits in what someone other than the speaker found or claimed: a court that
    "found" it, "howls from members of Congress that it might …"."""
    if _OTHERS_CLAIM_NOUNS.search(sentence.text[:at]):
        return True
    own = {w.lower() for w in label.split()}
    hedge = token_at(sentence.span, at)
    for token in sentence.span:
        if token.idx - sentence.span.start_char >= at or token.lemma_ not in _FINDING_LEMMAS:
            continue
        if hedge is None or hedge not in token.subtree:
            continue  # the finding must hold the hedge
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (
            subjects
            and not any(own & {t.lower_ for t in c.subtree} for c in subjects)
            and not any(c.lower_ in ("he", "she", "they", "i", "we", "it", "who", "which", "that") for c in subjects)
        ):
            return True  # "the district court … found": the finding, and its hedge, are the court's
    return False


# Hints, and signs read as hints ("indicated", "signaled"): what follows is the writer's reading of them.
_TENTATIVE_VERBS = HINTING_VERBS | {"indicated", "indicates", "signaled", "signalled", "signals"}


def _clause_of(text: str, at: int) -> str:
    """The part of `text` between the semicolons around position `at` (all of it when there are none)."""
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return text[start : end if end >= 0 else len(text)]


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    asked: set[str] = set()
    speakers = {q.sentence: q.source for q in analysis.quotes if q.source}
    speakers.update({c.sentence: c.source for c in analysis.claims})
    for sentence_index, hedge in analysis.hedges:
        sentence = analysis.sentences[sentence_index]
        source = speakers.get(sentence_index)
        spoken = [q.text for q in analysis.quotes if q.sentence == sentence_index]
        spoken += [c.content for c in analysis.claims if c.sentence == sentence_index and c.content]
        if source is not None and not any(hedge.text in words for words in spoken):
            source = None  # the hedge is not in what the speaker said: it is the article's, or nobody's
        if re.search(rf"\bin the {re.escape(hedge.text)} (?:event|case)\b", sentence.text, re.IGNORECASE):
            continue  # "in the unlikely event that …": a set phrase for a condition, not a doubt voiced
        at = re.search(rf"(?<!\w){re.escape(hedge.text)}(?!\w)", sentence.text)
        marked = at is not None and inside_quotation_marks(sentence.text, at.start())
        if source is not None and not marked and re.search(r"[\"“”]", sentence.text):
            continue  # 'He "will not be rushed," though he might …': the hedge is the reporter's, outside the marks
        if source is None and marked:
            continue  # '"… reportedly took the money," Eviatar said': a speaker's hedge the parse did not credit
        if (
            source is not None
            and at is not None
            and not marked
            and ";" in sentence.text
            and _clause_of(sentence.text, at.start()).find(source.label.split()[-1]) < 0
        ):
            continue  # "The House might be a major obstacle …; Speaker John Boehner has already announced his
            # opposition": the hedge stands in the writer's clause, not in the one that credits the speaker
        if source is not None and re.search(
            rf",\s+(?:most |very |quite )?{re.escape(hedge.text)}\s+\w+ing\b", sentence.text
        ):  # "McCain said he cannot support the plan, likely dooming the effort": the writer's comment on it
            continue
        if (
            source is not None
            and not marked
            and any(c.sentence == sentence_index and c.verb.lower() in _TENTATIVE_VERBS for c in analysis.claims)
        ):
            continue  # "Mr. Trump also suggested that the crisis may be easing": the writer's paraphrase of a hint,
            # whose "may" may be the writer's; the speaker's own words may have had no doubt in them
        if source is not None and passing_on(sentence) >= 2:
            continue  # "Sondland said aid might be freed, Morrison testified": whose "might" is it?
        if sentence.furniture or not hedge.text.islower():
            continue  # a capitalised "Allegedly" would stand out among the choices
        if at is not None and re.search(
            r"\b(?:an?|the|any|some)\s+\w+\s+(?:that|which|who)(?:['’]s|\s+(?:is|are|was|were|seems?))\s+$",
            sentence.text[: at.start()],
            re.IGNORECASE,
        ):
            continue  # "to find a case that's likely to succeed": the kind of case sought, not a doubt voiced
        if at is not None and re.search(
            r"\bnot\s+(?:\w+\s+){0,2}$|\b(?:[Nn]o|[Nn]one|[Nn]either|[Nn]obody|[Nn]othing|[Nn]ever)\s+(?:[\w'’-]+\s+){0,3}$",
            sentence.text[: at.start()],
        ):  # also "no foreign power is likely to step in": nothing of the kind is expected
            continue  # "it is “not at all likely” that she will hear anything …": she is all but sure it will not
        if at is not None and _inside_a_question(sentence, at.start()):
            continue  # "tougher than some might have expected": nobody's doubt about what the sentence says
        if source is not None and at is not None and _others_finding(sentence, at.start(), source.label):
            continue  # "The district court, Sotomayor notes, also found … likely arbitrary": the court's "likely"
        base = _base(hedge.text)
        if at is not None and _MEANS_AFTER.match(sentence.text[at.start() :]):
            continue  # "could be done without congressional action": what the means allow, not a doubt voiced
        if at is not None and _HOPED.search(sentence.text[: at.start()]):
            continue  # '"… hoping that somehow NIH might provide some rescue …," Collins asks': a hope imagined
        after = re.search(rf"(?<!\w){re.escape(base)}\s+", sentence.text, re.IGNORECASE)
        if after is not None and _AGENDA.match(sentence.text[after.end() :]):
            continue  # "we might discuss the fishing rights", "tariffs may be raised": a topic, not a doubt
        phrase = len(hedge.text) < 4 or " " in hedge.text  # "may be trying to": nothing of its kind to set beside it
        spoken_phrase = phrase and source is not None and base in _SPEAKERS_MEANINGS and _possibility(sentence, base)
        estimate = (
            (
                source is None
                and base in _WRITERS_ESTIMATES
                and _credits_nobody(analysis, sentence)
                and _possibility(sentence, base)
                # not "In an ordinary market, neither would likely cause a ripple": a case imagined, not a forecast
                and not re.search(rf"\bwould\s+{re.escape(hedge.text)}\b", sentence.text, re.IGNORECASE)
                and not re.search(rf"\b{re.escape(base)}\s+to\s+have\s+(?:been\s+)?\w+", sentence.text, re.IGNORECASE)
            )
            and not re.search(
                rf"\b{re.escape(base)}\s+to\s+be\s+(?:related|connected|linked|tied|associated|true|accurate|correct|"
                r"responsible|involved|part|the case)\b",
                sentence.text,
                re.IGNORECASE,
            )
            and not re.search(
                rf"\b(?:those|people|anyone|anybody|persons|individuals|voters|families|students|patients|customers|"
                rf"users|residents|immigrants|applicants|workers)\s+(?:most\s+|more\s+|less\s+)?{re.escape(base)}\s+to\b",
                sentence.text,
                re.IGNORECASE,
            )
        )  # "are likely to have helped them survive": a guess about what happened, not an estimate of what is to
        # come; "checks that are unlikely to be related to gun sales", "a rule that includes those likely to use
        # benefits": how things or people are sorted, not a forecast
        if phrase and not spoken_phrase:
            continue
        if source is None and hedge.text not in _WRITERS_HEDGES and not estimate:
            continue  # the article's own doubt is clear only in these words, or in an estimate nobody is credited with
        if source is not None and re.fullmatch(r"[A-Z][a-z]+s", source.label):
            continue  # "Realtors", "Democrats", "Reuters": one word that may be one or many; "how sure Realtors is"
        if source is not None and re.match(
            r"(?:Multiple|Several|Some|Many|Various|Numerous|Other|More|Most|Fewer|Few)\s", source.label
        ):
            continue  # "how sure Multiple sources are", "More people say they are likely to vote": a group counted, not
            # named, and each may have said otherwise
        options = [] if spoken_phrase or estimate else _phrases(sentence, hedge.text)
        if len(options) < 3:
            who = mention_in(source.label, sentence.text) if source is not None else ""
            meaning = _meaning_item(sentence, base, source, who, "are" if source and is_plural(source) else "is")
            if (
                meaning is not None
                and hedge.text == "allegedly"
                and re.search(
                    r"\b(?:court|judges?|jury)\b(?! (?:documents?|records?|papers|filings?))", sentence.text, re.I
                )
                and _DECIDED.search(analysis.article.full_text)
            ):  # "the Supreme Court overturned the convictions … allegedly politically motivated": what the court
                meaning = None  # found may settle it, so "a court has confirmed it" can be argued
            if meaning is not None and base not in asked:  # one meaning question per hedge word
                asked.add(base)
                candidates.append(meaning)
            continue
        options.sort(key=lambda o: (abs(len(o) - len(hedge.text)), o))
        if source is not None:
            who = mention_in(source.label, sentence.text)
            verb = "are" if is_plural(source) else "is"
            question = f"Which word shows that {who} {verb} not certain?"
            lesson = (
                f"“{hedge.text}” is a hedge: it tells you {who} {verb} judging or guessing, not stating a known fact. "
                "Hedges are honest signals; read them as part of the claim."
            )
        else:
            question = "Which word shows that the article does not present this as certain?"
            lesson = (
                f"“{hedge.text}” is a hedge: the article signals that this is not confirmed, or is someone's "
                "estimate. Keep the hedge when you repeat the claim: dropping it turns a possibility into a fact."
            )
        candidates.append(
            Candidate(
                skill="hedge",
                type="single",
                prompt=f"Read this from the article: {shown(sentence.text)} {question}",
                choices=(hedge.text, *options[:3]),
                answer=(hedge.text,),
                explanation=lesson,
                evidence=(sentence.text,),
                difficulty=2,
                score=0.8 if source is not None else 0.7,
                facts=frozenset({f"hedge:{sentence_index}", f"sentence:{sentence_index}"}),
            )
        )
    return candidates
