"""reported-speech: whether the article gives a speaker's exact words or its own summary of what they said.

Only quotation marks promise a speaker's own words; "X said the talks had stalled" is the reporter's wording of
what X said. One item a bank, on a claim whose speaker and words are certain, in a sentence with no quotation
marks at all. When the same speaker is also quoted directly, the lesson sets the two side by side.

A second kind asks about a partial quotation ("Reid said the House GOP was "heading from bad to worse""): a
clause of which only some words are the speaker's, framed by the reporter's own. It is asked only where the
parse is certain: the speech verb heads the sentence, the clause it reports holds the one quotation of the
sentence, and at least three words of the clause stand outside the marks.

A story with neither gets the third kind, a whole quotation ("“We will not back down,” Smith said."): the marks
promise the speaker's own words, so the answer is yes. The three kinds share their choices, so that a student
meeting all of them must look for the marks each time rather than learn one answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, Quote, Sentence
from quizapp.generation.candidate import Candidate
from quizapp.generation.gazetteer import is_known_place, is_nationality
from quizapp.generation.skills.common import (
    ENDS_A_SENTENCE,
    TIME_FIRST,
    excerpt,
    is_plural,
    mention_in,
    of_themself_in_third_person,
    possessive,
    quoted,
    strip_dateline,
)
from quizapp.generation.skills.quote_speaker import clear_claims
from quizapp.quality.wording import is_garbled
from quizapp.textnorm import fold

KEY = "No: it reports what was said in its own words, without quotation marks"
WRONG = (
    "Yes: the verb “{verb}” shows that these are the speaker's exact words",
    "Yes: the reporter wrote the speech down word for word as it was spoken",
    "No: the words are the reporter's own opinion, not the speaker's",
)
# Double marks, or single ones around a phrase ("sends a 'strong message to Google'"), not an apostrophe.
_QUOTE_MARKS = re.compile(r"[\"“”]|(?<!\w)['‘](?=\w)[^'‘’\n]{2,}?[\w.,!?]['’](?!\w)")


# "He has said … that mailed ballots allow fraud | and has worried publicly that …": a second verb of the speaker's
# own, the reporter's narration, runs on inside what the item would show as the summary of one claim.
_SECOND_PREDICATE = re.compile(
    r"\band\s+(?:has|have|had|is|was|also|then|later|repeatedly|often)\s+(?:(?:also|since|long|repeatedly|often|"
    r"publicly|privately)\s+)?\w+(?:ed|en|ing)\b"
)


def _runs_on(text: str, claim) -> bool:
    """True when a summary told after its verb ("has said that …") runs on into a second verb of the speaker's."""
    verb_at, content_at = text.find(claim.verb), text.find(claim.content)
    return 0 <= verb_at < content_at and bool(_SECOND_PREDICATE.search(claim.content))


# "Carl Higbie, a prominent cable news surrogate for Trump …, had interviewed": the summary opens on the reporter's
# own description of its subject, so the words the item shows would be the reporter's, not the speaker's summary.
_APPOSITIVE_FIRST = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w.'’-]*,\s+(?:a|an|the|who|whose|which|one of|then|now|also|once)\s"
)


def build(analysis: Analysis) -> list[Candidate]:
    usable = [
        claim
        for claim in clear_claims(analysis)
        if not _QUOTE_MARKS.search(analysis.sentences[claim.sentence].text)
        and not analysis.sentences[claim.sentence].furniture
        and claim.verb.lower() in ("said", "says", "told", "tells", "added", "stated", "explained")
        and not re.search(r",?\s+but\b", claim.content)
        and not _runs_on(analysis.sentences[claim.sentence].text, claim)
        and ENDS_A_SENTENCE.search(analysis.sentences[claim.sentence].text)
        and not re.search(r"\baccording to\b", analysis.sentences[claim.sentence].text, re.IGNORECASE)
        and not _cut_label(claim.source.label, analysis.sentences[claim.sentence].text)
        and not _APPOSITIVE_FIRST.match(claim.content.strip())
    ]  # a plain verb of saying ("claimed" would add the writer's judgment); no "…, but did not say when" after it;
    # no second source ("Mueller's office has said …, according to … Richard Gates"): whose summary would it be?
    partial = _partial_quotes(analysis)
    if not usable:
        return partial or _direct_quotes(analysis)
    direct = {q.source.key: q for q in analysis.quotes if q.source is not None and len(q.text.split()) >= 5}
    ranked = sorted(usable, key=lambda c: (c.source.key not in direct, c.sentence))  # a speaker also quoted first
    # Two items a bank at most, on two speakers (the slots and the speaker are facts): reviewers rate these items
    # among the best a bank has, and a second speaker's summary is a new case, not a repeat. The next claims serve
    # when another item of the bank already asks about a sentence.
    return [
        _item(analysis, claim, direct, 0.7 - 0.01 * rank, slot=rank % 2) for rank, claim in enumerate(ranked[:4])
    ] + partial


def _speaker(source, sentence: str, story: str) -> tuple[str, str]:
    """How an item names the speaker ("Tom Reyes", "other harbour workers"), and the possessive of it. `story`
    is the article's body (not its headline, written in capitals): a first word it writes with a capital
    mid-sentence ("Trump campaign officials") is a name and keeps it."""
    who = mention_in(source.label, sentence)
    first = re.sub(r"['’]s$", "", who.split()[0]) if who.split() else ""  # "Niger's state television": Niger
    if (
        not source.named
        and not re.match(r"[A-Z][\w-]*[A-Z.]|[A-Z][\w-]*\s+[A-Z]", who)  # not "U.S. officials", "White House aides"
        and not re.search(rf"[a-z,;:]\s+{re.escape(first)}\b", story)
        and not (is_known_place(first) or is_nationality(first))
    ):
        who = who[:1].lower() + who[1:]  # "Other impeachment witnesses have said …": "of other impeachment witnesses"
    return who, possessive(who, is_plural(source))


def _exact_words_item(
    sentence: str,
    asked: str,
    who: str,
    choices: tuple[str, ...],
    explanation: str,
    difficulty: int,
    score: float,
    facts: set[str],
) -> Candidate:
    """The question all three kinds ask of a sentence: are these words the speaker's own? The first choice is
    the key."""
    return Candidate(
        skill="reported-speech",
        type="single",
        prompt=f"Read this from the article: {sentence} Does the article give “{asked}” as the exact words of {who}?",
        choices=choices,
        answer=(choices[0],),
        explanation=explanation,
        evidence=(sentence,),
        difficulty=difficulty,
        score=score,
        facts=frozenset(facts),
    )


def _cut_label(label: str, sentence: str) -> bool:
    """True when the speaker's label stops on a nationality that, in the sentence, goes on to its noun ("a person
    familiar with both U.S. and Chinese | thinking on the trade deal"): a label cut short would garble the prompt."""
    words = label.split()
    if not words or not is_nationality(words[-1]):
        return False
    found = caseless(re.escape(label.lower())).search(sentence)  # the position in the sentence as written
    return found is not None and bool(re.match(r"\s+[a-z]", sentence[found.end() :]))


def _lone_quotes(analysis: Analysis) -> Iterator[tuple[Quote, Sentence]]:
    """Each quotation that is the only one of its sentence, stands within it, and is credited with a verb to the
    sentence's one speaker, in a sentence of the story (not the page around it)."""
    per_sentence = Counter(quote.sentence for quote in analysis.quotes)
    for quote in analysis.quotes:
        sentence = analysis.sentences[quote.sentence]
        if quote.source is None or quote.verb is None or sentence.furniture:
            continue
        if of_themself_in_third_person(analysis, quote):
            continue  # '"even as she squirmed in her seat"', told by her: the words of another account
        if _cut_label(quote.source.label, sentence.text):
            continue
        if per_sentence[quote.sentence] != 1 or quote.ends_in not in (None, quote.sentence):
            continue
        if any(c.source is not quote.source for c in analysis.claims if c.sentence == quote.sentence):
            continue  # two speakers in one sentence
        if not ENDS_A_SENTENCE.search(sentence.text):
            continue  # 'has said the UK should halt …, saying "the clock must be stopped"' with no full stop: a
            # summary line over the story, which a prompt could not quote as a sentence
        yield quote, sentence


def _item(analysis: Analysis, claim, direct: dict, score: float, slot: int) -> Candidate:
    full = analysis.sentences[claim.sentence].text
    sentence = strip_dateline(analysis.article, analysis.sentences[claim.sentence])
    who, whose = _speaker(claim.source, sentence, analysis.article.body_text)
    content = claim.content
    dateline = full[: len(full) - len(sentence)].strip()
    if dateline and content.startswith(dateline):
        content = content[len(dateline) :]  # "PARIS — The man …, authorities said": the place is the reporter's
    words = excerpt(content.strip(" ,."), 14)
    explanation = (
        f"There are no quotation marks around “{words}”: this is reported speech, the article's summary of what "
        f"{who} said (“{claim.verb}”). A summary can narrow or shift what someone meant; only words inside "
        f"quotation marks are offered as the speaker's own. The claim is still {whose}, not the reporter's view."
    )
    own = direct.get(claim.source.key)
    if own is not None:
        explanation += (
            f" Compare {quoted(excerpt(own.text.strip(), 12))}, which the article does give in quotation marks."
        )
    choices = (KEY, *(wrong.format(verb=claim.verb) for wrong in WRONG))
    facts = {
        f"claim:{claim.sentence}",
        f"sentence:{claim.sentence}",
        f"reported-speech:{slot}",
        f"reported-speaker:{claim.source.key}",
    }
    return _exact_words_item(sentence, words, who, choices, explanation, 1, score, facts)


PARTIAL_KEY = "Only in part: the words in quotation marks are {whose}; the rest is the article's summary"
PARTIAL_WRONG = (
    "Yes: the whole clause is {whose} exact words, as “{verb}” shows",
    "No: it is all the article's summary; the quotation marks only add emphasis",
    "No: the words in quotation marks are the reporter's own judgment",
)
_CLAUSE_HEADS = frozenset({"ccomp"})
_OPENS_ASIDE = caseless(r"(?:though|although|while|but|and|so|still|yet|if|when|as|because|only)\b")
# Something written that the words in quotation marks may come from, named before them in the clause.
_WRITTEN_THING = caseless(
    r"\b(?:headlines?|headlined|signs?|banners?|placards?|posters?|captions?|slogans?|labels?|label?led|titled|"
    r"entitled|tweets?|tweeted|posts?|posted|ads?|adverts?|advertisements?|letters?|reports?|articles?|op-eds?|"
    r"columns?|editorials?|pieces?|books?|memos?|statements?|documents?|petitions?)\b"
)
_FRAMING = caseless(r"[;:]|\baccording to\b|\b(?:said|says|told|added)\b")


def _reported_clause(sentence, quote) -> tuple[str, str] | None:
    """(clause, quoted words) for a sentence whose speech verb heads it and reports a clause that holds the
    sentence's one quotation with at least three of the reporter's own words around it; None otherwise."""
    span = sentence.span
    verbs = [t for t in span if t.text == quote.verb and t.dep_ == "ROOT"]
    if len(verbs) != 1:
        return None
    heads = [c for c in verbs[0].children if c.dep_ in _CLAUSE_HEADS]
    if len(heads) != 1:
        return None
    head = heads[0]
    if any(t.dep_ == "mark" and t.lower_ == "that" and t.head.i != head.i for t in head.subtree):
        return None  # "told NBC at the time her husband's trades were disclosed that she …": the parse took the
        # time clause for what was said, and the words said for a clause inside it
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    text = sentence.text
    offset = span.start_char
    clause = fold(text[start - offset : end - offset])
    after = fold(text[end - offset :])
    closing = re.match(r'\s*[.,!?]?\s*"', after)
    if clause.count('"') == 1 and closing:
        clause += '"'  # the parse ends the clause before its closing mark
    clause = re.sub(r"^that\s+", "", clause.strip())
    clause = re.sub(r'[.,!?]+"$', '"', clause).rstrip(" ,.")
    if fold(text).count('"') != 2 or clause.count('"') != 2:
        return None  # a second quotation in the sentence, or one that the clause does not hold whole
    words = re.findall(r'"([^"]+)"', clause)[0].strip(" ,.")
    outside = re.sub(r'"[^"]*"', " ", clause).split()
    if len(outside) < 3 or not 2 <= len(words.split()) <= 20 or not 6 <= len(clause.split()) <= 30:
        return None
    if _FRAMING.search(re.sub(r'"[^"]*"', " ", clause)) or is_garbled(clause) or not clause[:1].isalnum():
        return None  # a second speaker or a clause of its own inside; or the quotation (or a comma before it, the
        # clause's subject cut away) opens the clause
    if re.search(r"(?:—|–|\s-\s|--)", clause.rsplit('"', 1)[-1]):
        return None  # '… had discussed "unifying the party" — a phrase that was glaringly omitted': a dash opens the
        # reporter's own comment, which is neither the speaker's words nor a summary of them
    if _WRITTEN_THING.search(clause.split('"', 1)[0]):
        return None  # 'an opinion piece … whose headline referred to China as "the real sick man of Asia," … said':
        # the quoted words are the headline's, or a sign's, a report's, a post's; not the speaker's own
    if TIME_FIRST.match(clause) or _OPENS_ASIDE.match(clause):
        return None  # "earlier it's time …": the time of the saying; "Though that's true, …": a clause cut loose
    if re.search(
        r"\band\s+(?!(?:need|indeed|proceed|succeed|exceed|feed|speed|breed|bleed)\b)\w+ed\b|,\s+\w+ing\b",
        clause.rsplit('"', 1)[-1],
    ):
        return None  # '… is "doing very well" and dismissed concerns, offering …': what the speaker did next, in the
        # reporter's words, not part of what was said
    if text.count("“") != text.count("”") or (text.count("“") and '"' in text):
        return None  # marks that do not pair up: where the quotation starts or ends is a guess
    return clause, words


def _partial_quotes(analysis: Analysis) -> list[Candidate]:
    """Partial quotations: which words of a reported clause are the speaker's own."""
    found = []
    for quote, sentence in _lone_quotes(analysis):
        found_clause = _reported_clause(sentence, quote)
        if found_clause is None:
            continue
        clause, words = found_clause
        if quote.verb.lower().startswith("report"):
            continue  # '… calling it "at best a punt", Tiberii reports': a reporter passes on another's words
        who, whose = _speaker(quote.source, sentence.text, analysis.article.body_text)
        framing = max((part.strip(" ,") for part in re.split(r'"[^"]*"', clause)), key=len)
        explanation = (
            f"Only “{words}” stands inside quotation marks: those are {whose} own words. The words around them "
            f"(“{framing}”) are the reporter's wording of what {who} said (“{quote.verb}”). A partial quotation lets a "
            "writer pick a few words to quote and frame them in their own; check that the frame fits what the "
            "speaker meant."
        )
        choices = (
            PARTIAL_KEY.format(whose=whose),
            *(wrong.format(whose=whose, verb=quote.verb) for wrong in PARTIAL_WRONG),
        )
        # one partial quotation per speaker: two speakers' framed words are two different checks
        facts = {f"sentence:{quote.sentence}", f"quote:{quote.sentence}", f"partial-quote:{quote.source.key}"}
        text = strip_dateline(analysis.article, sentence)
        found.append(_exact_words_item(text, clause, who, choices, explanation, 2, 0.68, facts))
    return found


DIRECT_KEY = "Yes: the words stand inside quotation marks, which promise {whose} own wording"
DIRECT_WRONG = (
    "No: it is the article's summary of what {who} said, in its own words",
    "Only in part: the verb “{verb}” shows that the reporter reworded some of it",
    "No: the quotation marks show the reporter's own judgment of the words",
)
# The first clause of a long quotation: up to a semicolon, a dash, or a comma before a word that opens a clause
# ("It is a bad day for this president, and for this country"; not "the kind of dry, deadpan humorist").
_OPENING_CLAUSE = re.compile(
    r"([^,;:—–]+?)\s*(?:[;:—–]|\s-\s|,\s+(?=(?:and|but|so|because|which|who|while|although|though|if|as|when|"
    r"where|or|yet|I|we|he|she|they|it|you)\b))"
)
_PLAIN_VERBS = frozenset({"said", "says", "told", "tells", "added", "explained", "stated"})
# A quotation that opens the sentence and its tag (", Smith said." / ", said Smith, a farmer."), or a tag that
# opens it and a quotation that ends it ("Smith said: "…"")
_TAG_AFTER = re.compile(r'^\s*"([^"]+)"\s*(.*)$')
_TAG_BEFORE = re.compile(r'^([^"]+?)[,:]\s*"([^"]+)"\W*$')


def _direct_quotes(analysis: Analysis) -> list[Candidate]:
    """Whole quotations: a sentence that is the quotation and its tag, one plain verb of saying, one named
    speaker, marks that pair up."""
    found: list[Candidate] = []
    for quote, sentence in _lone_quotes(analysis):
        source = quote.source
        if not source.named or quote.verb.lower() not in _PLAIN_VERBS or quote.resolved_from:
            continue  # a plain verb, a name: a quotation given to a pronoun asks a step of its own
        text = fold(sentence.text)
        if text.count('"') != 2 or sentence.text.count("“") != sentence.text.count("”"):
            continue
        after, before = _TAG_AFTER.match(text), _TAG_BEFORE.match(text)
        if after is not None:
            words, tag = after.group(1).strip(" ,."), after.group(2)
        elif before is not None:
            words, tag = before.group(2).strip(" ,."), before.group(1)
        else:
            continue  # the reporter's own words frame the quotation: a partial quotation, asked about as one
        if len(words.split()) > 16:  # asked about its opening clause: as far as a clause ends, not a list's comma
            opening = re.match(_OPENING_CLAUSE, words)
            words = opening.group(1).strip() if opening else words
        if re.search(r"[\[(]", words):
            continue  # '"I cannot believe he (Trump) …"': the newsroom's words inside the marks
        if not 6 <= len(words.split()) <= 16 or len(tag.split()) > 12 or is_garbled(words):
            continue
        if source.label.split()[-1] not in tag or quote.verb not in tag:
            continue  # the tag names the speaker and the verb: nothing else stands between
        if re.search(r"(?:^|\s)['‘]|\.\.\.|…|\[", words):
            continue  # words quoted inside (another's, put in the speaker's mouth), words cut by the writer, or the
            # writer's own words in brackets: not all of it is the speaker's own wording
        who, whose = _speaker(source, sentence.text, analysis.article.body_text)
        explanation = (
            f"“{words}” stands inside quotation marks, with {who} named as the speaker "
            f"(“{quote.verb}”): the article offers these as {whose} own words, not its summary. Quotation marks are "
            "a promise of exact wording; a careful reader still asks what came before and after the words quoted."
        )
        choices = (
            DIRECT_KEY.format(whose=whose),
            *(wrong.format(who=who, verb=quote.verb) for wrong in DIRECT_WRONG),
        )
        facts = {f"sentence:{quote.sentence}", f"quote:{quote.sentence}", "reported-speech:0"}
        # one a bank (they share a fact); the next serves when another item already asks about the first one's
        # sentence
        found.append(
            _exact_words_item(
                strip_dateline(analysis.article, sentence),
                words,
                who,
                choices,
                explanation,
                1,
                0.6 - 0.01 * len(found),
                facts,
            )
        )
        if len(found) == 3:
            break
    return found
