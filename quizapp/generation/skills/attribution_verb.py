"""attribution-verb: loaded reporting verbs (claimed, insisted, admitted, warned) against the neutral "said"."""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.doctext import token_at
from quizapp.generation.extract.vocab import LOADED_VERBS, REPORTING_LEMMAS
from quizapp.generation.skills.common import BLANK, passing_on, shown, with_blank
from quizapp.generation.skills.source_credentials import shares_a_name
from quizapp.quality.wording import hedge_words
from quizapp.textnorm import fold, has_word, inside_quotation_marks

NEUTRAL = "Nothing: it means exactly the same as “said”"


# Verbs whose meanings overlap: a wrong choice comes from another group, so only one meaning fits.
# Wrong choices are taken in this order, so the weakest ("showing off") comes last.
_GROUPS = (
    frozenset({"claim", "allege", "contend", "argue"}),  # doubt or dispute
    frozenset({"admit", "concede", "acknowledge", "confess"}),  # owning up, reluctantly
    frozenset({"insist"}),
    frozenset({"reveal"}),  # the writer takes it as true
    frozenset({"point out", "note"}),  # the writer takes it as a fact
    frozenset({"complain"}),
    frozenset({"boast"}),
    frozenset({"warn"}),  # the writer frames the words as a danger foretold
    frozenset({"vow"}),
    frozenset({"joke", "quip"}),
)
_FACTIVE = frozenset({"point out", "note"})
_FINDING_WORDS = (
    "survey study report figures data poll research analysis documents? records? tests? results? scans? "
    "investigation review audit inquiry filings? guidelines guidance rules? law bill order memo letter complaint "
    "lawsuit indictment ruling"
)
# Written in lower case (or opening the sentence): "Alder Research" is a firm's name, not a finding.
_FINDINGS = re.compile(
    r"(?:^|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Nn]ew|[Ll]atest)\s+)(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _FINDING_WORDS.split())
    + r")\b[^.,]{0,30}\b(?:reveal|note|point(?:s|ed)? out)"
)  # what a text or a finding holds, not a person's words the writer vouches for ("The guidelines note that …")
# "pointed out that …", "pointed out:" (not "pointed out the window"): a phrase the parse does not take for speech.
_POINTED_OUT = re.compile(r"\b(point(?:s|ed|ing)? out)\b(?=\s+that\b|\s*[,:]|\s*[\"“])")


_SET_PHRASE = caseless(
    r"\b(?:claim\w*|admit\w*|concede\w*)\b[^.]{0,60}\b(?:privilege|immunity|asylum|responsibility|credit|victory|"
    r"title|ownership|seats?|hospital|defeat|the race|the election|guilt)\b"
)


# Groups whose meanings come close: holding to a claim against doubt is also putting one side of a dispute, and
# a firm promise is also holding to one's word; a complaint and a warning both tell of something wrong.
_NEAR = (
    ({"claim", "allege", "contend", "argue"}, {"insist"}),
    ({"vow"}, {"insist"}),
    ({"complain"}, {"warn"}),
)


def _contrasting(lemma: str) -> list[str]:
    """Loaded verbs whose meaning differs clearly from `lemma`'s, one from each other group."""
    own = next((g for g in _GROUPS if lemma in g), frozenset({lemma}))
    near = set().union(*(b if lemma in a else a for a, b in _NEAR if lemma in a | b))
    return [sorted(g)[0] for g in _GROUPS if g != own and sorted(g)[0] in LOADED_VERBS and not g & near]


def _lesson(verb: str, lemma: str) -> str:
    if lemma in ("argue", "contend"):  # the usual word for a side in a debate or a case: framing, not a verdict
        return (
            f"“{verb}” is not neutral: it {LOADED_VERBS[lemma]}, where “said” would only report the words. It frames "
            "the statement as a position someone holds, so look for the other side before you weigh it."
        )
    return (
        f"“{verb}” is not neutral: it {LOADED_VERBS[lemma]}. Reporters normally use “said”; a loaded "
        "verb carries the writer's judgment, so notice it and ask whether the text supports it."
    )


def _describes_a_noun(sentence, at: int) -> bool:
    """True when the word at character `at` is a participle that describes a noun ("a joking remark", "the
    president's, perhaps joking, proclamation"), not a verb by which someone spoke."""
    text = sentence.text
    if re.search(r"['’]s,\s+(?:\w+\s+)?$", text[:at]) and re.match(r"\w+,\s+[a-z]", text[at:]):
        return True  # set off by commas between a possessive and its noun: the parse often reads it as a verb
    token = token_at(sentence.span, at)
    return token is not None and (
        token.dep_ in ("amod", "compound") or (token.tag_ == "VBG" and token.head.pos_ == "NOUN")
    )


def _reported_by_another(sentence, at: int) -> bool:
    """True when the verb at character `at` stands inside what another verb of saying reports: one of its
    heads, up the parse, is itself a verb of saying or a loaded one."""
    token = token_at(sentence.span, at)
    if token is None:
        return False
    node = token
    while node.head.i != node.i:
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and (lemma in REPORTING_LEMMAS or lemma in LOADED_VERBS):
            return True
    return False


def _quoted_there(analysis: Analysis, sentence, at: int) -> bool:
    """True when position `at` of `sentence` lies inside quotation marks, opened in the sentence or in one before it
    (a quotation that runs over several sentences: "… “I'm still waiting for one of them to point out that …”")."""
    if inside_quotation_marks(sentence.text, at):
        return True
    opening = fold(sentence.text).strip(' "“”')[:40]
    return any(q.sentence < sentence.index and opening in fold(q.text) for q in analysis.quotes)


# Loaded verbs offered against the neutral "said", of clearly different meanings, in the order they are tried. A
# verb the article uses anywhere is never offered: a student who half remembers it would be misled.
# Each with its past form and what it would have said of the words, in place of "said".
_AGAINST_SAID = {
    "claim": ("claimed", "would have hinted that the words may not be true"),
    "admit": ("admitted", "would have made them a confession of something wrong"),
    "insist": ("insisted", "would have cast the speaker as holding out against doubt"),
    "boast": ("boasted", "would have cast the speaker as showing off"),
    "concede": ("conceded", "would have made them ground given up unwillingly"),
    "warn": ("warned", "would have framed them as a caution of danger"),
}
_NEUTRAL_ITEMS = 5  # candidates per story; a bank keeps one (they share a fact)


_SEX_OF_HONORIFIC = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def _uncertain_tag(analysis: Analysis, quote) -> bool:
    """True when the tag may not be the credited person's: "Mrs. Clinton said" credited to a Clinton whose sex the
    article does not show (Bill or Hillary?), or another person named between the tag's name and its verb ("Mr.
    Romney, one poll respondent, Paula Gregory, 37, …, said")."""
    written = quote.speaker_as_written or ""
    honorific = _SEX_OF_HONORIFIC.get(written.split()[0].rstrip(".")) if written.split() else None
    label = quote.source.label
    if honorific and analysis.genders.get(label, honorific) != honorific:
        return True
    if honorific and label not in analysis.genders and shares_a_name(label, analysis.people()):
        return True  # two Clintons of unknown sex: which one is "Mrs. Clinton"?
    sentence = analysis.sentences[quote.sentence]
    text = sentence.span.text
    at = text.find(written)
    if at < 0 or not quote.verb:
        return False
    verb_at = text.find(f" {quote.verb}", at + len(written))  # "Smith, …, said", else "said Smith"
    verb_at = verb_at if verb_at >= 0 else text.rfind(f" {quote.verb}", 0, at)
    if verb_at < 0:
        return False
    start, end = sorted((at + len(written), verb_at))
    offset = sentence.span.start_char
    return any(
        e.label_ == "PERSON" and start <= e.start_char - offset < end and e.text not in quote.source.label
        for e in sentence.ents
    )


def _said_by_name(analysis: Analysis):
    """(source, verb, sentence index) of each quotation or reported claim credited with "said" or "says" to a person
    the sentence names: quotations first, then claims ("Smith said the plan would fail"), in the story's order."""
    for quote in analysis.quotes:
        if quote.resolved_from or not quote.speaker_as_written or quote.ends_in is not None:
            continue  # "he said": the shown sentence would not say who spoke; a quotation over two sentences, where?
        if (
            quote.source is not None
            and len(quote.text.split()) >= 5
            and not quote.text.rstrip(" ,.'’\"”").endswith(("!", "?"))
        ):  # not '"Hey, by the way, excuse me!" Trump said': an outburst or a question claims nothing to doubt
            if _uncertain_tag(analysis, quote):
                continue
            yield quote.source, quote.verb, quote.sentence
    for claim in analysis.claims:
        if not claim.content or len(claim.content.split()) < 5:
            continue
        text, surname = analysis.sentences[claim.sentence].text, claim.source.label.split()[-1]
        if surname not in text:
            continue  # a "he" the parse resolved: the shown sentence would not say who spoke
        named_at_the_verb = re.search(  # "Smith said …", "…, said Smith"
            rf"\b{re.escape(surname)}(?:,[^,]{{1,80}},)?\s+{claim.verb}\b|"
            rf"\b{claim.verb}\s+(?:[\w.'’-]+\s+){{0,4}}{re.escape(surname)}\b",
            text,
        )
        if named_at_the_verb:
            yield claim.source, claim.verb, claim.sentence


# An adverb of manner beside the verb ("said sarcastically", "angrily said"): the writer's view of how it was said.
_MANNER = re.compile(
    r",?\s+(?!(?:only|early|recently|previously|publicly|repeatedly|separately|privately|"
    r"initially|originally|formerly|reportedly|family|daily|weekly|monthly|yearly)\b)"
    r"[a-z]+ly\b"
)
_MANNER_BEFORE = re.compile(r"\b[a-z]+ly\s+$")


# A formal step beside "complained": a complaint lodged with a body, which "complained" names plainly.
_FORMAL_PROCESS = caseless(
    r"\b(?:filed|lodged|formal|letter of (?:concern|reprimand)|reprimand\w*|disciplin\w*|investigat\w*|inquiry|"
    r"tribunal|ombudsman|regulator|grievance|hearing|to (?:the )?(?:police|authorities|commission|committee|board))\b"
)


def _neutral_items(analysis: Analysis) -> list[Candidate]:
    """ "Which verb does the article use?" of words credited with "said" (or "says") to a person named beside them.

    Most reporting verbs in the news are the neutral "said"; noticing it is the other half of noticing a loaded
    verb. The sentence is shown with the verb left out, and the wrong choices are loaded verbs that would fit the
    blank but that the article never uses."""
    text = analysis.article.full_text
    lowered = text.lower()  # "concede" is used when "conced…" stands (not "concern"), "claim" when "claim…" does
    unused = [lemma for lemma in _AGAINST_SAID if not has_word(lowered, lemma.removesuffix("e"), whole=False)]
    if len(unused) < 3:
        return []
    items: list[Candidate] = []
    for source, verb, index in _said_by_name(analysis):
        if len(items) >= _NEUTRAL_ITEMS:
            break
        if not source.named or verb not in ("said", "says"):
            continue
        sentence = analysis.sentences[index]
        said = list(re.finditer(rf"\b{verb}\b", sentence.text, re.IGNORECASE))
        if sentence.furniture or len(said) != 1 or not 8 <= len(sentence.text.split()) <= 45:
            continue
        at = said[0].start()
        if inside_quotation_marks(sentence.text, at) or source.label.split()[-1] not in sentence.text:
            continue
        if re.match(r"\s+(?:of|about)\b", sentence.text[said[0].end() :]):
            continue  # "said of the plan": "admitted of the plan" is no English, so the key would stand out
        if _MANNER.match(sentence.text[said[0].end() :]) or _MANNER_BEFORE.search(sentence.text[:at]):
            continue  # "Carlson said sarcastically": the adverb is the writer's judgment, so "said" is not neutral
        if passing_on(sentence, REPORTING_LEMMAS | LOADED_VERBS.keys(), outside_quotations=True) != 1:
            continue  # "Smith said …, Jones added": whose verb is asked would be unclear
        wrong = [_AGAINST_SAID[lemma][0] if verb == "said" else f"{lemma}s" for lemma in unused[:3]]
        blanked = with_blank(sentence.text, at, said[0].end())
        if blanked.count(BLANK) != 1:
            continue
        who = source.label
        (first, second), (one, other) = wrong[:2], unused[:2]
        lesson = f"Had the writer put “{first}”, it {_AGAINST_SAID[one][1]}; “{second}” {_AGAINST_SAID[other][1]}."
        items.append(
            Candidate(
                skill="attribution-verb",
                type="single",
                prompt=f"Read this from the article, with its reporting verb left out: {shown(blanked)} "
                "Which verb does the article use?",
                choices=(verb, *wrong),
                answer=(verb,),
                explanation=(
                    f"The article writes “{verb}”, the neutral reporting verb: it tells you only that {who} spoke, "
                    f"and leaves the judging to you. {lesson} Notice which verb a writer picks: a loaded one "
                    "carries the writer's view of the words."
                ),
                evidence=(sentence.text,),
                difficulty=1,
                score=0.6,
                last=True,
                facts=frozenset(
                    {
                        "verb:neutral",
                        f"verb:{sentence.index}",
                        f"sentence:{sentence.index}",
                        f"quote-sentence:{sentence.index}",
                        f"claim:{sentence.index}",
                    }
                ),
            )
        )
    return items


def build(analysis: Analysis) -> list[Candidate]:
    candidates = _neutral_items(analysis)
    seen: set[str] = set()
    uses = [(c.sentence, c.verb, c.lemma) for c in analysis.claims]
    uses += [
        (q.sentence, q.verb, q.verb.lower().rstrip("eds") if q.verb else "")
        for q in analysis.quotes
        if q.verb
        and any(q.verb.lower().startswith(k.rstrip("e")) for k in LOADED_VERBS)  # "said" is never asked: no search
        and re.search(
            rf"\b{re.escape(q.verb)}\s*(?:[,:]|[\"“”]|that\b)|[\"”]\s+(?:[\w.'’-]+,?\s+){{1,6}}{re.escape(q.verb)}\s*(?:[.,;]|"
            r"(?:on|at|in|during|after|before|as|when|while)\b)",
            analysis.sentences[q.sentence].text,
        )
    ]  # the verb introduces the quotation itself ("claimed:", "insisted that", '"…," Reyes vowed on Tuesday'), not
    # an object ("claimed privilege")
    uses += [
        (sentence.index, found.group(1), "point out")
        for sentence in analysis.sentences
        if (found := _POINTED_OUT.search(sentence.text)) and not _quoted_there(analysis, sentence, found.start())
    ]  # not a speaker's own "point out" inside a quotation: the writer chose no verb there
    uses = [u for u in uses if not analysis.sentences[u[0]].furniture]
    for sentence_index, verb, lemma in uses:
        if lemma != "point out":
            lemma = next((k for k in LOADED_VERBS if verb and verb.lower().startswith(k.rstrip("e"))), lemma)
        if lemma not in LOADED_VERBS or lemma in seen or lemma == "allege":
            continue  # "allege" is the careful verb for a charge not yet proven: no judgment of the writer's
        if verb and re.search(
            rf"\b(?:wrongly|falsely|incorrectly|mistakenly|erroneously|rightly|correctly|accurately|baselessly|"
            rf"repeatedly|truthfully|dishonestly)\s+{re.escape(verb)}\b|\b{re.escape(verb)},?\s+(?:without evidence|"
            rf"falsely|wrongly|incorrectly|baselessly)\b",
            analysis.sentences[sentence_index].text,
            re.IGNORECASE,
        ):
            continue  # "wrongly claimed": the adverb, not the verb, says whether it is true, and gives the key away
        if _SET_PHRASE.search(analysis.sentences[sentence_index].text):
            continue  # "claimed executive privilege", "admitted to hospital": a set phrase, not the writer's doubt
        if lemma in _FACTIVE | {"reveal"} and (
            _FINDINGS.search(analysis.sentences[sentence_index].text)
            or re.search(rf"\b[Ii]t\s+{re.escape(verb)}\b", analysis.sentences[sentence_index].text)
        ):
            continue  # "the survey revealed", "Sure, it notes, …" of a paper: a finding shown, or a text's words
            # that the writer may mock, not a person's words taken as true
        if lemma == "reveal" and re.search(
            rf"\b{re.escape(verb)}\s+(?:that\s+)?(?:(?:he|she|they|it|I|we)\s+"
            r"(?:will|would|plans?|intends?|is going)\b|"
            r"(?:his|her|their|its|my|our)\s+(?:plans?|pick|choice|nominee|candidate|decision)\b|plans?\b)",
            analysis.sentences[sentence_index].text,
        ):
            continue  # "Trump revealed he will nominate Shulkin": a speaker announcing their own plan, no judgment
        sentence = analysis.sentences[sentence_index].text
        at = sentence.find(verb)
        if inside_quotation_marks(sentence, at):
            continue  # '"… as everyone has pointed out …," Rubio said': the speaker's word, not the writer's
        if _describes_a_noun(analysis.sentences[sentence_index], at):
            continue  # "the president's, perhaps joking, proclamation": a word on a noun, not how anyone spoke
        if _reported_by_another(analysis.sentences[sentence_index], at):
            continue  # "Boehner noted the 22 times that Mr. Obama claimed …": the word frames what Boehner said,
            # so it may be his, not the writer's
        if lemma == "complain" and _FORMAL_PROCESS.search(sentence):
            continue  # "received a letter of concern after a soldier complained that …": a complaint lodged, the
            # plain word for a formal step, not the writer's view of a grievance
        if lemma == "warn" and re.search(
            r"\b(?:unless|or else|if (?:\w+\s+){0,4}(?:not|fails?|refuses?))\b", sentence[at:]
        ):
            continue  # "warned that he would be killed … unless …": a threat made, which "warned" reports as it was
        following = analysis.sentences[sentence_index + 1].text if sentence_index + 1 < len(analysis.sentences) else ""
        if lemma in _FACTIVE and re.match(r"\W*(?:However|But|Yet|Still|In fact)\b", following):
            continue  # 'He noted that Trump was "starting to get traction". | However, recent polls have shown …':
            # the writer answers the words at once, so "noted" cannot mean the writer accepts them
        if lemma in _FACTIVE and hedge_words(sentence):
            continue  # "noted that he might step down", "Republicans may be using the vote …, Hellmann noted": a
            # hedged guess, before the verb or after it, is no plain fact for the writer to accept
        if re.search(
            r"(?:\b(?:not|never|no longer)|n['’]t|\b(?:declined|refused|failed|unwilling|reluctant)\s+to)"
            r"(?:\s+\w+){0,2}\s*$",
            sentence[:at],
            re.IGNORECASE,
        ):
            continue  # "wouldn't even reveal how", "declined to admit": nothing was said in that verb's way
        seen.add(lemma)
        answer = f"It {LOADED_VERBS[lemma]}"
        wrong = [f"It {LOADED_VERBS[key]}" for key in _contrasting(lemma)][:2]
        candidates.append(
            Candidate(
                skill="attribution-verb",
                type="single",
                prompt=f"Read this from the article: {shown(sentence)} What does the verb “{verb}” suggest, "
                "compared with the neutral “said”?",
                choices=(answer, NEUTRAL, *wrong),
                answer=(answer,),
                explanation=_lesson(verb, lemma),
                evidence=(sentence,),
                difficulty=2,
                score=0.8,
                facts=frozenset({f"verb:{sentence_index}"}),
            )
        )
    return candidates
