"""fact-opinion: a checkable statement versus a judgment or prediction; both answers occur.

"Checkable fact" is keyed only for a reporter's sentence about something that has happened, with names,
numbers or dates to check and no word that rates, predicts, guesses or interprets: every adjective and adverb
must be a plain descriptive one. "Judgment" is keyed only for a source's own quoted words that hold an
explicit judgment, forecast or hedge. The explanation names the exact words either way. Everything in
between (a reporter's "sweeping law", a claim someone made) is left out: two answers would be defensible.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, Sentence
from quizapp.generation.candidate import Candidate
from quizapp.generation.doctext import doc_text
from quizapp.generation.extract.hedges import qualifies_a_choice
from quizapp.generation.extract.vocab import REPORTING_LEMMAS
from quizapp.generation.skills.common import (
    pronoun_unclear,
    quoted,
    sentences_without_quotes,
    stands_alone,
    strip_dateline,
)
from quizapp.quality.flaws import FACT_CHOICE as FACT
from quizapp.quality.flaws import JUDGMENT_CHOICE as JUDGMENT
from quizapp.quality.wording import (
    EFFORT_PHRASE,
    context_reference,
    evaluative_words,
    future_words,
    hedge_words,
    is_garbled,
    soft_words,
)
from quizapp.textnorm import fold

# Adjectives and adverbs that describe without rating.
_NEUTRAL_MODIFIERS = frozenset(
    """former new first last second third fourth fifth other local national federal state regional international
    foreign public private military civil civilian political official annual daily weekly monthly early late
    previous next following several many few more less single same total current recent male female dead alive
    injured wounded missing elected presidential parliamentary medical criminal legal nuclear human general
    chief senior junior deputy young old older elderly aged born based northern southern eastern western
    central north south east west ago later earlier again previously there here yesterday today tonight also
    back away down up out home abroad nearby overnight formerly jointly respectively each both all some
    further then once twice not also separate additional remaining entire whole full part partial own
    such global domestic urban rural residential commercial financial economic environmental electoral
    scientific academic judicial legislative diplomatic naval maritime aerial ground underground online
    able unable available open closed present absent live living""".split()
)
# Participles before a noun that only say which one ("the ruling party", "the remaining votes").
_NEUTRAL_PARTICIPLES = frozenset(
    """remaining following existing ruling sitting outgoing incoming governing opposing voting visiting
    neighbouring neighboring working acting serving founding coming upcoming ongoing pending surrounding
    presiding reporting polling wedding opening closing""".split()
)
_INTERPRETIVE_LEMMAS = frozenset(
    "symbolize symbolise signal represent reflect show suggest indicate mean demonstrate highlight underscore "
    "prove illustrate seem appear claim allege hope fear believe think want plan intend expect aim seek "
    "criticize criticise condemn praise attack slam blast accuse urge vow promise threaten warn welcome hail "
    "lambast denounce celebrate mourn honour honor clarify explain confirm deny note stress emphasize emphasise "
    "acknowledge reveal insist argue maintain contend dispute reject refute agree disagree concur "
    "brag tout trumpet crow flaunt boast tweet blame credit "  # a boast or a credit is a claim, not a record
    "recount narrate "  # "One soldier recounted in a video how …": one man's account, which none could confirm
    "pressure coerce bully "  # "Trump had pressured Zelenskiy in a call": a disputed reading of what was said
    "sidestep dodge evade skirt embrace "  # "embraced judicial independence and sidestepped …": the reporter's reading
    "downplay overstate understate exaggerate minimize minimise "  # "Kislyak downplayed the meetings": a reading too
    "equate liken brand label dub portray characterize characterise smear mock "
    "scold chide rebuke berate reprimand admonish castigate excoriate lecture fault".split()  # a telling-off, told
)
# Verbs that tell an effect on people or a place in a figure of speech: how much "roiled" or "rattled" is a
# matter of judgment, not of record.
_FIGURATIVE_LEMMAS = frozenset(
    "roil rattle stun jolt upend plague haunt dog cloud overshadow stoke inflame engulf cripple paralyze paralyse "
    "ravage torpedo derail sour poison galvanize galvanise electrify rile unsettle shake rock hobble mar taint "
    "tarnish bedevil beset hamstring crush trounce rout thrash clobber pummel cement".split()
)
_APPROX = caseless(
    r"\b(?:roughly|about|around|nearly|almost|approximately|estimated|estimate|estimates|valued|valuation|worth|"
    r"projected|some \d|up to|as (?:many|much|high|low) as|reportedly|believed|thought|said to be|more than|"
    r"less than|fewer than|at least|over \d|under \d|suspected|alleged|allegedly|presumed|possible|varying|"
    r"conflicting|(?:tens|hundreds|thousands|millions) of|reports?)\b"
)
_RATING = frozenset(
    "good bad great terrible awful horrible excellent wonderful unfair ridiculous absurd outrageous disgraceful "
    "shameful shocking unacceptable tragic devastating disastrous catastrophic brilliant amazing incredible "
    "beautiful important crucial vital essential dangerous reckless irresponsible best worst better worse "
    "should must ought hero heroes heroic dubious disgrace disgraceful shame sad proud grateful thrilled "
    "disappointed disappointing unfortunate fortunate fantastic terrific horrific appalling stupid foolish "
    "unfortunately fortunately wrong inappropriate deserve deserves deserved disgusting pathetic crazy insane "
    "hypocritical incompetent mistake unwise wise smart outstanding extraordinary misguided".split()
)
_DUTY_WORDS = frozenset({"should", "must", "ought", "ought to", "have to", "has to", "need to", "needs to"})
_RULE_TALK = caseless(
    r"\b(?:(?<!any )standards?|rules?|polic(?:y|ies)|guidelines?|directives?|laws?|section|regulations?|requirements?|"
    r"protocols?|code|does say|says that|said that|states that|requires?)\b"
)
_TREND = caseless(
    r"\b(?:decelerat|accelerat|slow|grow|grew|rise|rose|risen|fall|fell|fallen|increas|declin|recover|expand|"
    r"contract|shr[iu]nk|shrank|climb|drop|jump|surg|plung|soar)\w*"
)
_OPINION = re.compile(r"\b(?:I|we)\s+(?:think|believe|feel|hope|fear)\b", re.IGNORECASE)
_LEGAL_CLAIM = caseless(r"\b(?:asserted|alleged|allegation|accused|charged|prosecution|the crown|court)\b")
_EXPERIENCE = re.compile(
    r"\b(?:I|we)\s+(?:saw|heard|was|were|had|did|didn't|did not|never|went|found|told|asked|watched|felt|said|"
    r"took|met|spoke|called|wrote)\b|"
    r"\b(?:I'm|I am|we're|we are) told\b|\bneither\b.*\bnor\b|"
    r"\b(?:I|we)(?:'ve| have)\s+(?:never|been|seen|had|done|met|heard|watched|worked|lived|spent|lost|won)\b|"
    r"\b(?:I|we)\s+(?:couldn't|could not|wasn't|weren't|was not|were not)\b",
    re.IGNORECASE,
)
# A number, a year or a span, or a report of what was said or done, beside a judgment: both answers could be argued.
_MIXED = caseless(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|billion)\b|"
    r"\b(?:said|told|announced|reported|signed|agreed|decided|voted|cost|costs|would|if)\b"
)
# Phrases that rate without a rating word of their own.
_RATING_IDIOM = caseless(
    r"\b(?:from strength to strength|success(?:ful)?|failure|failed to|landmark|historic|dramatic|remarkable|"
    r"controversial|setback|triumph|blow to|boost to|welcome|under (?:\w+ )?pressure|(?:at|during) the height of|"
    r"in (?:a|an) (?:bid|effort|attempt) to|all but|assured|poised|destined|bound to|sure to|certain to|"
    r"crusade|frenzy|witch[- ]hunt|onslaught|firestorm|bombshell|blitz|saga|spree|fiasco|debacle|showdown|feud|"
    r"victory lap|black eye|shot in the arm|body blow|wake-up call|slap in the face|red meat|lightning rod|"
    r"game[- ]changer|uphill (?:battle|fight|climb)|political football|"
    r"spat|tirade|rant|meltdown|bloodbath|circus|stunt|ploy|gamble|flip-flop|u-turn|uproar|outcry|furou?r|chaos|"
    r"turmoil|mess|rampage|embattled|beleaguered|scandal-plagued|so-called|blunder|gaffe|dust-?up|flap|snafu|"
    r"kerfuffle|brouhaha|misstep|botched|fumble|slam|slams|blasted|blasts|rips|ripped|lashed out|hit back|"
    r"energi[sz]ed|emboldened|buoyed|rattled|jittery|fired up|demorali[sz]ed|dispirited|reeling|jubilant|"
    r"despondent|applaud\w*|prais\w*|hail\w*|laud\w*|pounc\w*|seized on|touted|trumpeted|mocked|ridiculed|"
    r"parting shot|(?:took|takes|taking) (?:a |another )?(?:shot|swipe|jab|aim|a swing)|swip\w+ at|"
    r"rein(?:s|ed|ing)? in|crack(?:s|ed|ing)? down|clamp(?:s|ed|ing)? down|war on|declared war|"
    r"(?:sound(?:s|ed|ing)?|rais(?:e|es|ed|ing)) (?:the )?alarm|(?:deal|dealt) a blow|"
    r"barely|merely|a mere|whopping|a paltry|a scant|a measly|a staggering|a hefty|a modest|"
    r"drag(?:s|ged|ging)? (?:his|her|their|its|our|your) feet|flashpoint|lightning rod|hot-button|hot potato|"
    r"litmus test|rallying cry|poster child|bellwether|tipping point|watershed|wake-up call|plaudits|accolades|"
    r"acclaim|kudos|backlash|off[- ]the[- ]charts?|through the roof|sky-?high|rock[- ]bottom|jaw-?dropping|"
    r"mind-?boggling|eye-?watering|astronomical|staggering|stunning|shocking|blistering|scorching|"
    r"(?:down|up|off) a peg|(?:took|taken|take|takes|taking) (?:a|its|his|her|their) lumps|on the ropes|"
    r"(?:in|into|out of) hot water|on thin ice|(?:had|has|have|gets?|got) (?:its|his|her|their) wings clipped|"
    r"(?:the )?upper hand|(?:a )?pyrrhic|(?:a )?comeuppance|humbled|humiliat\w*|trounc\w*|drubbing|thrashing|"
    r"cast(?:s|ing)? (?:\w+ ){1,4}as (?:a |an )?(?:sign|signs|indication|proof|evidence|vindication|validation)|"
    r"(?:portray|characteri[sz]|pa(?:i|int)nt)(?:s|ed|ing|es)? (?:\w+ ){1,4}as)\b"
)  # "all but assured", "poised to": a forecast in the present tense; "joined the crusade", "a media frenzy": the
# writer's picture of events, not a record of them; "took a parting shot", "rein in", "crack down": a figure
# of speech for what happened, which tells how the writer sees it; "barely three hours", "a whopping 40%": a
# figure rated as small or large (the model puts the word inside the number's name, where no modifier is read)
# A compound modifier that colours ("eye-popping", "hard-fought", "high-stakes"); a name before the hyphen
# ("Republican-led") or a number ("8-point") describes.
_COLOURING_COMPOUND = re.compile(
    r"\b(?!(?:re|co|pre|non|ex|e|mid|post|self|anti|pro|vice|sub|multi|inter|cross|year|day|week|month|long-time)-)"
    r"(?:[a-z]+-[a-z]+(?:ing|ed)|(?:high|low|hard|far|much|well|so|long|short|all|ever|over|under|big|top|deep|hot|"
    r"full|razor|cut)-[a-z]+)\b"
)  # "under political pressure from Obama", "in a bid to": the writer's reading of a motive, not a record
# A report of odds, tips, forecasts or analysts' views: true as a report, but what it reports is a forecast or
# a view ("analysts estimate losses at …", "scaled back their forecasts").
_FORECAST_REPORT = caseless(
    r"\b(?:favourites?|favorites?|odds|bookmakers?|bookies|tipped|tips|front-?runners?|predictions?|contenders?|"
    r"forecasts?|outlook|projections?|expectations?|analysts?|experts?|observers?|critics?)\b"
)
# The reporter's reading of someone's aim ("tried to distance his client"): an interpretation, not a record.
_INTENT = caseless(r"\b(?:tried|tries|trying|sought|seeks|seeking|attempted|attempting|aimed|aiming)\s+to\b")
_PARTS = (
    ("who", {"PERSON", "ORG"}),
    ("where", {"GPE", "LOC", "FAC"}),
    ("when", {"DATE", "TIME"}),
    ("what number", {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}),
)


def _inside_a_name(sentence: Sentence, ent) -> bool:
    """True when the entity is glued to other capitalised words: part of a longer name."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > sentence.span.start else None
    after = doc[ent.end] if ent.end < sentence.span.end else None
    return any(
        t is not None
        and t.text[:1].isupper()
        and t.is_alpha
        and not t.is_sent_start
        and t.ent_type_ not in ("NORP", "GPE", "DATE", "TIME")
        for t in (before, after)
    )


_MONTH_AND_COUNT = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d+)"
)


def _glued_count(ent) -> bool:
    """True when the number after a month in `ent` is a count of what follows, not a day: past 31, or followed
    at once by the plural it counts ("March 60 Russian diplomats", "in March 5 people died")."""
    day = int(_MONTH_AND_COUNT.fullmatch(ent.text).group(1))
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return day > 31 or (after is not None and after.tag_ in ("NNS", "NNPS"))  # not "a July 25 phone call"


# Words before a time of day that make it the time of one event: "filmed at night", "early this morning".
_TIME_OF_AN_EVENT = re.compile(
    r"\b(?:at|in the|during the|this|that|last|early|late|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+$",
    re.IGNORECASE,
)


# "was elected in 2010 to cut Washington spending", "was hired to turn the paper around": what a choice was for.
_MANDATE = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:re-?elected|elected|chosen|hired|appointed|sent|brought in|named)\s+"
    r"(?:(?:in|last|this)\s+[\w ]{1,20}?\s+)?to\s+(?!(?:be|a|an|the|his|her|their|its|our|office|congress|"
    r"parliament|power|lead|head|succeed|replace|serve|fill|represent)\b)[a-z]+\s+(?!term\b)",
    re.IGNORECASE,
)
# Someone's position reported as made clear or stated: "Obama has made clear that …", "the president has said that".
_STATED_POSITION = re.compile(
    r"\b(?:has|have|had)\s+(?:made\s+(?:it\s+)?clear|said|stated|insisted|warned|signal(?:l)?ed)\s+that\b",
    re.IGNORECASE,
)


def _checkable_parts(analysis: Analysis, sentence: Sentence, text: str) -> list[tuple[str, str]]:
    """(kind, words) of the sentence a reader could check: who, where, when, what number."""
    found: list[tuple[str, str]] = []
    for kind, labels in _PARTS:
        for ent in sentence.ents:
            if kind == "what number" and ent.text.lower() in ("one", "half", "a", "an", "some"):
                continue  # too slight to name as a checkable specific
            if (
                kind == "when"
                and not re.search(
                    r"\d|\bnoon\b|\bmidnight\b|(?<!present-)(?<!present )(?<!modern-)(?<!modern )day\b|"
                    r"January|February|March|April|May|June|July|August|September|October|November|December",
                    ent.text,
                )
                and not (
                    ent.label_ == "TIME"
                    and _TIME_OF_AN_EVENT.search(doc_text(ent.doc)[max(0, ent.start_char - 40) : ent.start_char])
                )
            ):
                continue  # "earlier that day", "many viewers' mornings", "NBC's morning news": nothing a record
                # could confirm; "filmed at night", "on Tuesday morning" tell when one thing happened
            if ent.text in ("UTC", "GMT", "Earth") or len(ent.text.strip(",.")) < 3:
                continue
            if kind == "when" and re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d+", ent.text):
                continue  # "Friday 15": a weekday glued to a count ("on Friday 15 protesters …"), not a date
            if kind == "when" and _MONTH_AND_COUNT.fullmatch(ent.text) and _glued_count(ent):
                continue  # "In March 60 Russian diplomats were expelled": a month glued to a count, not a date
            if (kind == "who" and len(ent.text) < 3) or _inside_a_name(sentence, ent):
                continue  # "5" of "Movimento 5 Stelle", "India" of "Air India Express"
            if re.match(r"[-‐]\w", doc_text(ent.doc)[ent.end_char : ent.end_char + 2]):
                continue  # "Trump" of "Trump-voting states": a word built on the name, not a person to check
            if analysis.entity_labels.get(ent.text, ent.label_) in labels and ent.text in text:
                found.append((kind, ent.text))
                break
    return found


# Nouns that pass a verdict on what they name.
_LOADED_NOUNS = caseless(
    r"\b(?:propaganda|smear|hoax|witch hunt|stunt|scam|sham|charade|tirade|rant|screed|debacle|fiasco|cover-?up|"
    r"slur|mouthpiece|regime|puppet|thugs?|extremists?|trailblazers?|heroe?s|heroics|heroism|villains?|visionar(?:y|ies)|"
    r"fixation|obsession|shed(?:s|ding)? (?:new |fresh )?light|"
    # a verdict on a ruling or an act against a norm: "breaking with Supreme Court precedent", "in defiance of"
    r"(?:break(?:s|ing)?|broke(?:n)?) with (?:[\w'’-]+\s+){0,3}(?:precedent|tradition|norms?|convention)|"
    r"in (?:defiance|violation|disregard) of|flout(?:s|ed|ing)?|def(?:y|ies|ied|ying) (?:the\s+)?"
    r"(?:law|courts?|precedent|orders?|rulings?))\b"
)


def _is_plain_fact(analysis: Analysis, sentence: Sentence, text: str) -> bool:
    """A past event in plain words: no judgment, forecast, hedge, claim or interpretation; all modifiers plain."""
    if evaluative_words(text) or hedge_words(text) or future_words(text) or soft_words(text) or _APPROX.search(text):
        return False
    if context_reference(text) or is_garbled(text) or text.rstrip().endswith(("?", "!")) or _RATING_IDIOM.search(text):
        return False
    if _COLOURING_COMPOUND.search(text):
        return False
    if "!" in text or re.search(r"\bI\b|\b(?:[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b", text):
        return False  # "… plunged yesterday after I ended their Dems windfall! —": someone's post set in the page
        # (or a first-person account), not the reporter's plain report
    if _FORECAST_REPORT.search(text) or _INTENT.search(text):
        return False  # "the 6/4 favourite to win": a fact about a forecast, which a student could call either
    if re.search(r"\b(?:determined|concluded|assessed|judged|deemed)\s+that\b", text, re.IGNORECASE):
        return False  # "the intelligence community determined that Moscow ran a campaign designed to help …": a
        # finding reported as a fact; what it found is itself a judgment, so either answer can be argued
    if _MANDATE.search(text):
        return False  # "was elected in 2010 to cut Washington spending": the writer's reading of what a vote was for
    if re.search(r"\b(?:supposed(?:ly)?|so-called|alleged(?:ly)?|purported(?:ly)?)\b", text, re.IGNORECASE):
        return False  # "the supposed savings": a word that doubts what it stands beside
    if _LOADED_NOUNS.search(text) or re.search(
        r"\baccording to\b|\bfor (?:his|her|their|its) (?:response|handling|role)\b", text, re.IGNORECASE
    ):  # "According to Hindu mythology, Lord Ram was born …" too
        return False  # "ads that amount to propaganda", "took a hit for his response to …", "according to NBC": a
        # label, a cause or an account that a student could fairly call a judgment
    for token in sentence.span:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and (
            lemma in REPORTING_LEMMAS or lemma in _INTERPRETIVE_LEMMAS or lemma in _FIGURATIVE_LEMMAS
        ):
            return False  # speech, a claim or an interpretation ("the report said", "symbolizing") ("State" is a name),
            # or an effect told in a figure ("have roiled Washington for weeks"), which measures nothing
        if (
            token.tag_ == "VBG"
            and token.lemma_.lower() in _BROUGHT_ABOUT
            and token.dep_ in ("advcl", "conj", "xcomp")
            and token.i > sentence.span.start
            and token.doc[token.i - 1].text == ","
        ):
            return False  # "followed suit in August, preventing more Syrians from abandoning their country": the
            # writer's reading of what an act brought about, told beside the act itself
        colouring = token.dep_ == "amod" and token.tag_ == "VBG"  # "the struggling industry", "soaring prices"
        if (token.pos_ in ("ADJ", "ADV") or colouring) and not token.ent_type_ and not token.like_num:
            word = token.lower_
            neutral = word in _NEUTRAL_MODIFIERS or word in _NEUTRAL_PARTICIPLES
            if not neutral and not word.endswith(("-old", "-based", "-long")):
                return False
    root = sentence.span.root
    happened = root.tag_ == "VBD" or (
        root.tag_ == "VBN"
        and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in root.children)
    )
    parts = {kind for kind, _ in _checkable_parts(analysis, sentence, text)}
    return happened and len(parts) >= 2 and bool(parts & {"when", "what number"})


def _fact_item(analysis: Analysis, sentence: Sentence, text: str) -> Candidate:
    parts = list(dict.fromkeys(words for _, words in _checkable_parts(analysis, sentence, text)))
    listed = ", ".join(f"“{words}”" for words in parts[:-1]) + f" and “{parts[-1]}”"
    explanation = (
        f"It reports specifics that records or other reporters can confirm: {listed}. No word in it rates, "
        "predicts or guesses. A checkable fact can still be wrong, but it can be checked, which an opinion cannot."
    )
    return _candidate(text, text, FACT, explanation, sentence.index, 0.75)


# Clauses that open a sentence and need another to finish it ("because we …", "if they …").
_OPENING_CLAUSE = re.compile(
    r"(?:because|if|when|although|though|while|as|since|unless|until|whether|once)\b", re.IGNORECASE
)
# Verbs that tell what an act brought about, after a comma: "…, preventing more people from leaving", "…, punting
# the issue into the next Congress". Not "…, winning by 108 votes" or "…, making landfall in Elbow Cay".
_BROUGHT_ABOUT = frozenset(
    "prevent cause lead prompt spark force allow enable leave trigger fuel punt signal push threaten undermine "
    "hand boost hurt deepen worsen ease help block pave stoke deny spare doom cripple paralyse paralyze earn".split()
)
_JOKING = frozenset({"joked", "jokes", "joking", "quipped", "quips", "teased", "laughed", "deadpanned", "kidded"})

# Rating words in set phrases that rate nothing ("the next best thing", "better known as").
_SET_PHRASES = caseless(
    r"\b(?:next best|best[- ]known|better[- ]known|best[- ]selling|as best|had better|best practices?|"
    r"best intentions|best interests?|best efforts|" + EFFORT_PHRASE + r"|"
    # "I will make the best case that I can", "do my best": how hard one will try, not a rating
    r"for better or (?:for )?worse|better off|at best|at worst|(?:good|best) wishes|good morning|good night|"
    r"(?:must|have to|had to) (?:say|admit|confess|tell you)|"  # "I must say": a turn of speech, no duty
    # "we could speculate ourselves crazy": a figure for doing too much of it, not a rating of anything
    r"\w+ (?:myself|ourselves|themselves|himself|herself|yourself|yourselves) (?:crazy|silly|sick|hoarse|senseless)|"
    r"right (?:and|or|from) wrong|wrong (?:and|or|from) right|"
    # "your guess is as good as mine" (nobody knows), "the best assessments" (the most informed estimate), "essential
    # sectors" (a category the rules name): idioms and labels, not ratings
    r"(?:guess|bet) is as good as|best (?:assessments?|estimates?|guess(?:es)?|information|available)|"
    # "The best evidence shows …": what the evidence says, weighed by those who know it; no rating of its own
    r"(?:the )?best (?:evidence|data|science|research|studies|scientific)|"
    r"essential (?:sectors?|workers?|services?|businesses|employees|personnel|travel|functions?|staff|jobs?)|"
    r"for good|a good deal of|a great deal|(?:bad|good|fine|poor) weather|(?:good|bad) news|"
    r"wrong to (?:conclude|say|suggest|assume|think|believe|claim)|"
    r"great[- ]grand\w*|great britain|great lakes|great depression|"
    r"in good (?:conscience|faith|standing|time)|good[- ]faith|"
    # "we have a great relationship with them": how two sides get on, which each could confirm or deny
    r"(?:great|good|strong|close|excellent|terrific|wonderful)\s+(?:working\s+)?(?:relationship|relations|"
    r"friends?|friendship|partnership|rapport|partners?)|"
    # "It's important to remember the rate is …": a call to mind what follows, which is itself checkable
    r"(?:important|worth|crucial|vital|essential|useful|helpful)\s+(?:to\s+(?:remember|note|recall|keep in mind|"
    r"point out|mention|stress|emphasi[sz]e|recogni[sz]e|acknowledge)|noting|remembering|mentioning|pointing out))\b"
)
# A word in one of these clauses belongs to an aim, a reason or a background fact, not to the main statement:
# "we work to better understand" rates nothing; "because they may disagree" hedges nothing the speaker asserts.
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "xcomp", "csubj", "pcomp", "ccomp", "mark"})
# ... except the "that"-clause of a verb of opinion, where the judgment lives ("I think it is wrong").
_OPINION_LEMMAS = frozenset("think believe feel say hope fear know guess suppose reckon expect".split())


def _quote_range(span, text: str) -> tuple[int, int] | None:
    """The document offsets [begin, end) of the quotation `text` inside the sentence `span`, or None."""
    start = span.text.find(text)
    if start < 0:
        return None
    return span.start_char + start, span.start_char + start + len(text)


def _main_clause_words(span, text: str) -> set[str] | None:
    """The lower-cased words of the quotation's main clause (None when the quotation is not found in `span`)."""
    where = _quote_range(span, text)
    if where is None:
        return None
    begin, end = where
    inside = [t for t in span if begin <= t.idx < end]
    kept: set[str] = set()
    for token in inside:
        node, subordinate = token, False
        while node.head.i != node.i and begin <= node.head.idx < end:
            if node.dep_ in _SUBORDINATE and not (node.dep_ == "ccomp" and node.head.lemma_.lower() in _OPINION_LEMMAS):
                subordinate = True
                break
            node = node.head
        if not subordinate:
            kept.add(token.lower_)
    return kept


_COMPOUND = caseless(r"\b[a-z']+(?:-[a-z']+)+\b")


def _self_assessed(span, text: str) -> set[str]:
    """Rating words the speaker says of themselves ("my English is not very good", "we are not good at it"): a
    self-report that others could fairly call a fact about the speaker, so it makes no judgment item."""
    where = _quote_range(span, text)
    if where is None:
        return set()
    begin, end = where
    found: set[str] = set()
    for token in span:
        if not begin <= token.idx < end or token.lower_ not in _RATING or token.pos_ != "ADJ":
            continue
        head = token.head if token.dep_ in ("acomp", "attr") else token
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lower_ in ("i", "we", "me", "us") or any(c.lower_ == "my" for c in s.children) for s in subjects):
            found.add(token.lower_)
    return found


def _only_options(span, hedge: str) -> bool:
    """True when every use of the hedge in the sentence offers an option in a list ("…, perhaps their logo")."""
    places = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(hedge)}(?!\w)", span.text)]
    return bool(places) and all(qualifies_a_choice(span, at, hedge) for at in places)


# A statement that ends on a bare auxiliary leaves out what it is about ("I hope I do.", "We will.").
_ELLIPTICAL = re.compile(
    r"^\W*(?:(?!(?:where|what|who|how|why|when|whether|if)\b)\w+\s+){0,2}(?:I|we|you|he|she|they|it)\s+"
    r"(?:do|does|did|will|would|can|could|am|is|are|was|were|have|has|had|should|might|must)(?:\s+not|n't)?\W*$",
    re.IGNORECASE,
)


_FEELINGS = ("proud", "grateful", "thrilled", "disappointed", "sad")
# A rating word that only measures an amount: "an awful lot of", "a great deal of", "a good many".
_QUANTITY_IDIOM = caseless(r"\ban?\s+(awful|great|good|whole)\s+(?:lot|deal|many)\b")
_EPITHETS = frozenset({"tragic", "horrific", "senseless", "heartbreaking"})
# The epithet inside a phrase of time or cause ("in the wake of a tragic shooting"), not the statement's predicate
# ("This is a truly tragic incident").
_EPITHET_OF_AN_EVENT = caseless(
    r"\b(?:in|of|after|following|since|by|during)\s+(?:a|an|the)\s+(?:tragic|horrific|senseless|heartbreaking)\b"
)
_MORE_FEELINGS = frozenset({"pleased", "happy", "glad", "saddened", "heartbroken", "delighted", "frustrated", "upset"})
# What a time or a thing has been for the speaker ("the most terrible time for me", "hard on our family").
_OWN_ORDEAL = caseless(
    r"\b(?:time|times|year|years|days?|weeks?|months|period|ordeal|experience)\s+(?:for|to|on)\s+(?:me|us|"
    r"my\s+family|our\s+family|my\s+(?:wife|husband|children|kids))\b"
)
# A feeling told of others ("Everybody was thrilled"): an account of how people took it, not the speaker's view.
_OTHERS_FEELING = caseless(
    r"\b(?:everybody|everyone|people|they|he|she|fans|residents|workers|voters|families|staff|the \w+)\s+"
    rf"(?:was|were|are|is|seemed|looked|felt)\s+(?:\w+\s+)?(?:{'|'.join(_FEELINGS)})\b"
)


# Grief at a death or a loss ("Sad to hear of the passing of …"): a condolence, not a view a student could weigh.
_CONDOLENCE = caseless(
    r"\b(?:passing|passed away|death|died|dies|loss|lost|killed|funeral|condolences?|prayers|rest in peace|rip|"
    r"mourn\w*|memory|tragedy)\b"
)


_ATTITUDE_ADVERBS = frozenset(
    "unfortunately sadly fortunately luckily thankfully regrettably happily tragically unhappily mercifully".split()
)


def _judgment_words(text: str, span=None) -> list[str]:
    """Words that make a quotation a judgment: hedges, plainly rating words, "should"/"must", in its main clause
    (when the parse is at hand). A bare "will", "think" or a descriptive word ("historic", "popular") is left out,
    and so is an account of what the speaker saw or did ("I saw", "I didn't"): those are claims a student could
    check, not judgments."""
    if _EXPERIENCE.search(fold(text)) or "[" in text or _LEGAL_CLAIM.search(text):
        return []
    plain = _SET_PHRASES.sub(" ", fold(text))
    main = _main_clause_words(span, text) if span is not None else None
    words = re.findall(r"[a-z]+", _COMPOUND.sub(" ", plain).lower())  # "a must-have" is a noun, not a "must"
    own = _self_assessed(span, text) if span is not None else set()
    if _OWN_ORDEAL.search(plain):
        own |= set(_RATING)  # "It's just been the most terrible time for me": a grieving mother's account of what
        # she lives through, not a view a student could weigh
    named = {w.lower() for w in re.findall(r"(?<=[\w,;:]\s)([A-Z][a-z]+)\b", text)}  # "the Great Financial Crisis"
    rating = [w for w in words if w in _RATING and (main is None or w in main) and w not in own and w not in named]
    rating = [
        w for w in rating if not (w in _FEELINGS and (_OTHERS_FEELING.search(plain) or _CONDOLENCE.search(plain)))
    ]
    opinion = [m.group(0) for m in _OPINION.finditer(plain) if main is None or m.group(0).split()[-1].lower() in main]
    # "We are making clear to voters that we believe …": the belief is what they report, not the statement's view
    hedges = [h for h in hedge_words(plain) if main is None or h.split()[0].lower() in main]
    hedges = [h for h in hedges if not h.lower().startswith("suggest")]  # "we suggest" states a finding
    if span is not None:
        hedges = [h for h in hedges if not _only_options(span, h)]
    if re.search(r"\b(?:you|critics|some|others|they|people)\s+may\b[^.;]*,\s*but\b", plain, re.IGNORECASE):
        hedges = [h for h in hedges if h.lower() not in ("may", "might")]  # "You may X, but …" concedes, not hedges
    found = list(dict.fromkeys(hedges + opinion + rating))
    stated = _STATED_POSITION.search(plain)
    if stated:  # "Obama has made clear that, should diplomacy fail, force might be necessary": the hedge is part of
        # the position reported, which is a checkable fact about what was said
        found = [w for w in found if not re.search(rf"\b{re.escape(w)}\b", plain[stated.end() :])]
    found = [
        w
        for w in found
        if not (
            w.lower() in ("may", "might", "could", "would", "will")
            and re.search(rf"\b(?:what|whatever|whether|how|where|when|who|which)\s+(?:[\w'’-]+\s+){{0,3}}{w}\b", plain)
        )
        and not (w.lower() == "must" and re.search(r"\bmust\s+(?:await|wait|depend|remain|go through)\b", plain))
    ]  # "what the future may hold" asks, and "must await further elaboration in the courts" tells a procedure:
    # neither is the speaker's hedge or demand
    found = [
        w
        for w in found
        if not (w.lower() in ("better", "worse") and re.search(rf"\b{w}\b[^.;:]{{0,80}}?\bthan\b", plain, re.I))
    ]
    # "New York does much better than any other state", "better to have a mask on than to not have a mask on, for
    # transmission": a comparison of two things that figures or a study could settle, fact or view
    # "may be" and "may": one hedge found twice, named once (not "“may be” hedges and “may” hedges")
    found = [w for w in found if not any(o != w and re.search(rf"\b{re.escape(w)}\b", o) for o in found)]
    if found and all(re.match(r"(?:appears?|seems?|appeared|seemed)\b", w, re.IGNORECASE) for w in found):
        return []  # "the figures don't appear to reflect the deal": a checkable claim, worded with care
    return found


_ROLES = (
    (frozenset("should must ought need needs needed".split()), "says what ought to happen"),
    (frozenset("will would won't going".split()), "predicts"),
)


# "Must" that concludes rather than demands: "must be on another planet", "must be joking", "must have known";
# not "must be a force for good" or "must be held to account", which say what ought to be.
_MUST_CONCLUDE = caseless(
    r"\bmust\s+(?:have\s+(?:been|known|seen|thought|heard|\w+ed)\b|be\s+(?:on|in|out of|joking|kidding|crazy|mad|"
    r"dreaming|insane|nuts|confused|mistaken|wrong|blind|deaf|living)\b)"
)


def _role(word: str, text: str) -> str:
    lowered = word.lower()
    if lowered == "must" and _MUST_CONCLUDE.search(text):
        return "draws a conclusion"  # "The president must be on another planet": not what ought to happen
    if word in hedge_words(text):
        return "hedges"
    if word in future_words(text):
        return "predicts"
    for words, role in _ROLES:
        if lowered in words:
            return role
    if _OPINION.fullmatch(word) or lowered in ("believe", "think", "hope", "fear", "expect"):
        return "states a belief"
    if lowered in _FEELINGS:
        return "expresses a feeling"
    return "rates"


# Someone else's view that the speaker reports ("a lot of people believe", "critics say"): the judgment is theirs.
_OTHERS_VIEW = caseless(
    r"\b(?:(?:a lot of|many|some|most|other|few)\s+(?:\w+\s+)?(?:people|folks|americans|voters|critics|observers|"
    r"experts|analysts)|people|critics|others|some|many|they|everybody|everyone|nobody|he|she|"
    # a spokesperson's "The president believes …": the principal's view, which the speaker reports
    r"the\s+(?:president|governor|mayor|senator|secretary|minister|chancellor|prime minister|administration|"
    r"government|white house|company|board|department|ministry|campaign|team|chairman|chairwoman|ceo))\s+"
    r"(?:\w+\s+)?(?:believe|think|feel|say|argue|claim|contend|suspect)s?\b"
)
_STATE_VERBS = frozenset("be seem look feel sound become remain appear".split())


def _narrates(span, text: str) -> bool:
    """True when the quotation's main verb tells an action in the past ("a truck came along at a crazy speed"):
    an account of events, whatever its colourful words."""
    where = _quote_range(span, text)
    if where is None:
        return False
    begin, end = where
    inside = [t for t in span if begin <= t.idx < end]
    roots = [t for t in inside if t.head.i == t.i or not begin <= t.head.idx < end]
    main = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    return bool(main) and main[0].tag_ == "VBD" and main[0].lemma_.lower() not in _STATE_VERBS


def _judgment_item(statement: str, evidence: str, who: str, words: list[str], sentence_index: int) -> Candidate:
    cited = " and ".join(f"“{w}” {_role(w, statement)}" for w in words[:2])
    explanation = (
        f"{who} is giving a view, not reporting something checkable: {cited}. Nobody can check a judgment the way "
        "one checks a date or a number; weigh it by who says it and on what grounds."
    )
    return _candidate(statement, evidence, JUDGMENT, explanation, sentence_index, 0.85)


# Two statements run together by a dash or a comma: "Now, you're right -- the report came out, it was not good".
_SPLICED = re.compile(r"\s(?:--|—|–)\s|,\s+(?:it|this|that)\s+(?:is|was|has|had)\b")


def _candidate(statement: str, evidence: str, answer: str, explanation: str, index: int, score: float) -> Candidate:
    return Candidate(
        skill="fact-opinion",
        type="single",
        prompt=f"Is this statement from the article a checkable fact or a judgment? {quoted(statement)}",
        choices=(FACT, JUDGMENT),
        answer=(answer,),
        explanation=explanation,
        evidence=(evidence,),
        difficulty=2,
        score=score,
        facts=frozenset({f"fo:{index}", f"sentence:{index}"}),  # never beside a blank on the same sentence
    )


def _two_statements(span, text: str, words: list[str]) -> bool:
    """True when the quoted `text` joins two clauses, each with its own subject, by "and" or "but", and the one
    without any of the judgment `words` tells of something past ("Somebody's already been killed …"): an account
    beside the judgment, so either answer can be argued."""
    at = span.text.find(text)
    if at < 0:
        return False
    start, end = span.start_char + at, span.start_char + at + len(text)
    for token in span:
        if not (
            start <= token.idx < end
            and token.dep_ == "conj"
            and token.pos_ in ("VERB", "AUX")
            and token.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.head.children)
        ):
            continue
        split = token.left_edge.idx
        first = [t for t in span if start <= t.idx < split]
        second = [t for t in span if split <= t.idx < end]
        for plain, other in ((first, second), (second, first)):
            rated = {t.lower_ for t in other} & {w.lower() for w in words}
            unrated = not {t.lower_ for t in plain} & {w.lower() for w in words}
            if rated and unrated and any(t.tag_ in ("VBD", "VBN") for t in plain):
                return True
    return False


# A statement that calls itself an opinion: "in my opinion", "in my view", "I personally think".
_SAYS_ITS_AN_OPINION = caseless(
    r"\b(?:in (?:my|our) (?:opinion|view|judgment|judgement|estimation)|(?:my|our) (?:personal )?opinion is|"
    r"it seems to me|if you ask me|personally,? i (?:think|believe|feel))\b"
)
# "should we choose to", "should it fail": "should" before its subject stands for "if".
_CONDITIONAL_SHOULD = caseless(r"(?:^|,\s*)should\s+(?:we|i|you|they|he|she|it|the\s+\w+)\s+\w+")


def _woven_in(sentence, quoted: str) -> bool:
    """True when the quotation is woven into the writer's sentence as a part of it ("senators are tasked with
    helping “President Trump to make the best decision”"): it opens right after a word of the writer's that is no
    verb of saying, so it finishes the writer's clause rather than saying something of its own."""
    at = sentence.text.find(quoted)
    if at <= 0:
        return False
    start = sentence.span.start_char + at
    before = [t for t in sentence.span if t.idx < start and not t.is_quote and not t.is_space]
    return bool(before) and before[-1].is_alpha and before[-1].lemma_.lower() not in REPORTING_LEMMAS


def build(analysis: Analysis) -> list[Candidate]:
    candidates: list[Candidate] = []
    for quote in analysis.quotes:
        if quote.source is None or not 4 <= len(quote.text.split()) <= 30:
            continue
        text = quote.text.strip()
        if re.search(r"\.\.\.|…", text):
            continue  # "It is not easy, of course ... the operation in the sea": words cut and joined by the writer
        if re.search(r"[.!?]\s+[A-Z]", text) or _SPLICED.search(text):
            continue  # two sentences may mix an account with an opinion: judge one statement at a time; so may two
            # run together ("the Inspector General came out with a report, it was not a good report")
        if not text[:1].isupper() or _woven_in(analysis.sentences[quote.sentence], text):
            continue  # a fragment ("one of the most …", "tasked with helping “President Trump to make the best
            # decision”") is not a statement to judge
        if re.match(r"(?:But|And|Or|So|Yet|Also|Plus|Equally|Still|Then)\b", text) or re.search(r":\s+that\b", text):
            continue  # "But equally important: that Mueller is …": the rest of the thought stands before it
        if re.match(r"(?:With|For|In|After|Before|Because|If|When|Although|While|As|Since|Given)\b", text) and (
            "," not in text.rstrip(",")
            or all(_OPENING_CLAUSE.match(part.strip()) for part in text.rstrip(",").split(",") if part.strip())
        ):
            continue  # "With all of the important investments we need to make", "Because we live good lives,
            # because we …": opening clauses only, no statement
        if _SAYS_ITS_AN_OPINION.search(text):
            continue  # "…, ridiculous sentence, in my opinion, …": the statement names itself a judgment, which gives
            # the answer away
        if _CONDITIONAL_SHOULD.search(text):
            continue  # "I have no doubt we could do it, should we choose to": "should" there means "if", no ought
        if quote.verb and quote.verb.lower() in _JOKING:
            continue  # "… because we only get drunk once in a while," he joked: a joke states nothing to judge
        if _ELLIPTICAL.search(text):
            continue  # "I hope I do.": do what? Out of its paragraph the statement says nothing
        if _LEGAL_CLAIM.search(analysis.sentences[quote.sentence].text):
            continue  # "asserted by the Crown that …": a claim evidence will test, not a judgment
        span = analysis.sentences[quote.sentence].span
        if _MIXED.search(text):
            continue  # "a very good six years", "we have told them …": a checkable part beside the judgment
        if _two_statements(span, text, _judgment_words(text, span)):
            continue  # "Somebody's already been killed as a result … and no harm should come to anybody …": an
            # account and a judgment joined by "and"; either answer can be argued
        if _OTHERS_VIEW.search(text) or _narrates(span, text):
            continue  # "A lot of people believe he should …": others' view, reported; "a truck came along at a
            # crazy speed": an account of events with a colourful word in it, which a student could call a fact
        words = [w for w in _judgment_words(text, span) if w.lower() not in ("can't", "cannot")]
        idioms = {m.group(1).lower() for m in _QUANTITY_IDIOM.finditer(text)}
        words = [w for w in words if w.lower() not in idioms]  # "an awful lot of their members": many, no rating
        if words and all(_OPINION.fullmatch(w) for w in words):
            continue  # "We believe other witnesses were untruthful": a belief about a checkable matter, no rating
        lowered = {w.lower() for w in words}
        if words and lowered <= {"may", "might", "could"} and re.search(r"\b(?:may|might)\s+not\b", text, re.I):
            continue  # "A state may not prohibit any woman from …": a rule that forbids, not a doubt
        if words and lowered <= _EPITHETS and _EPITHET_OF_AN_EVENT.search(text):
            continue  # "talked about mostly in the wake of a tragic shooting": the epithet of a death, not the claim
        if words and lowered <= _ATTITUDE_ADVERBS:
            continue  # "Unfortunately, the mission was not successful, because the hostages were not present": the
            # speaker's regret beside a checkable report; either answer can be argued
        if words and lowered <= set(_FEELINGS) | _MORE_FEELINGS:
            continue  # "The administration remains disappointed that this bill does not …": a feeling beside
            # checkable facts, which a student could fairly call either
        if words and lowered <= _DUTY_WORDS and _RULE_TALK.search(text):
            continue  # "The section does say that commanders should be …", "there must be near-certainty … the
            # highest standard": a rule told, which can be checked against the rule itself
        if words and lowered <= {h.lower() for h in hedge_words(text)} and _TREND.search(text):
            continue  # "activity appears to have decelerated": a hedged reading of figures, an estimate a student
            # could call checkable
        if re.match(
            r"(?:please\s+|just\s+)?(?:do|don't|let|stop|get|give|make|go|take|keep|tell|help|release|vote|"
            r"think|look|come|bring|put|leave)\b",
            text.strip(" “\"'‘"),
            re.IGNORECASE,
        ):
            continue  # "Do it for the good of the country": a plea, not a statement of fact or of judgment
        if words and not is_garbled(text):
            candidates.append(_judgment_item(text, text, quote.source.label, words, quote.sentence))
    # Without a judgment to set beside them, one fact only: "fact" every time would teach guessing. Facts share
    # slots, so selection keeps at most that many, choosing among several sentences.
    slots = 2 if candidates else 1
    facts = 0
    for sentence in sentences_without_quotes(analysis)[::-1]:
        text = strip_dateline(analysis.article, sentence)
        if stands_alone(text) and not pronoun_unclear(analysis, sentence) and _is_plain_fact(analysis, sentence, text):
            item = _fact_item(analysis, sentence, text)
            candidates.append(replace(item, facts=item.facts | {f"fo-fact:{facts % slots}"}))
            facts += 1
            if facts >= 4:
                break
    return candidates
