"""reported-speech: whether the article gives a speaker's exact words or its own summary of what they said.

Only quotation marks promise a speaker's own words; "X said the talks had stalled" is the reporter's wording of
what X said. One item a bank, on a claim whose speaker and words are certain, in a sentence with no quotation
marks at all. When the same speaker is also quoted directly, the lesson sets the two side by side.
"""

from __future__ import annotations

import re

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.skills.common import excerpt, is_plural, mention_in, possessive, quoted, shown
from quizapp.generation.skills.quote_speaker import clear_claims

KEY = "No: it reports what was said in its own words, without quotation marks"
WRONG = (
    "Yes: the verb “{verb}” always introduces a speaker's exact words",
    "Yes: a reporter always writes down speech exactly as it was spoken",
    "No: the words are the reporter's own opinion, not the speaker's",
)
_QUOTE_MARKS = re.compile(r"[\"“”]")


def build(analysis: Analysis) -> list[Candidate]:
    usable = [
        claim
        for claim in clear_claims(analysis)
        if not _QUOTE_MARKS.search(analysis.sentences[claim.sentence].text)
        and not analysis.sentences[claim.sentence].furniture
        and claim.verb.lower() in ("said", "says", "told", "tells", "added", "stated", "explained")
        and not re.search(r",?\s+but\b", claim.content)
    ]  # a plain verb of saying ("claimed" would add the writer's judgment); no "…, but did not say when" after it
    if not usable:
        return []
    direct = {q.source.key: q for q in analysis.quotes if q.source is not None and len(q.text.split()) >= 5}
    ranked = sorted(usable, key=lambda c: (c.source.key not in direct, c.sentence))  # a speaker also quoted first
    # One item a bank (they share a fact): the next claim serves when another item of the bank already asks
    # about the first one's sentence.
    return [_item(analysis, claim, direct, 0.7 - 0.01 * rank) for rank, claim in enumerate(ranked[:3])]


def _item(analysis: Analysis, claim, direct: dict, score: float) -> Candidate:
    sentence = analysis.sentences[claim.sentence].text
    who = mention_in(claim.source.label, sentence)
    if not claim.source.named and not re.match(r"[A-Z][\w-]*[A-Z.]", who):  # not "U.S. officials"
        who = who[:1].lower() + who[1:]  # "Other impeachment witnesses have said …": "of other impeachment witnesses"
    whose = possessive(who, is_plural(claim.source))
    words = excerpt(claim.content.strip(" ,."), 14)
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
    return Candidate(
        skill="reported-speech",
        type="single",
        prompt=f"Read this from the article: {shown(sentence)} Does the article give “{words}” as the exact "
        f"words of {who}?",
        choices=(KEY, *(wrong.format(verb=claim.verb) for wrong in WRONG)),
        answer=(KEY,),
        explanation=explanation,
        evidence=(sentence,),
        difficulty=1,
        score=score,
        facts=frozenset({f"claim:{claim.sentence}", f"sentence:{claim.sentence}", "reported-speech"}),
    )
