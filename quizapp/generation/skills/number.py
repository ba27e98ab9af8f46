"""number: quantities with their noun and hedge ("some 600 U.S. troops", "since 2012")."""

from __future__ import annotations

import hashlib
import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import format_number, plausible_numbers
from quizapp.generation.extract.numbers import WORD_NUMBERS
from quizapp.generation.skills.common import (
    ENDS_A_SENTENCE,
    OUT_OF,
    PERIODIC,
    attribution,
    credit_closes_a_clause,
    mention,
    named_number,
    quoted,
    strip_dateline,
    with_blank,
)
from quizapp.quality.wording import context_reference, future_words, is_garbled, is_plural_noun
from quizapp.textnorm import inside_quotation_marks

_LOWER_BOUNDS = frozenset({"more than", "at least", "over", "as few as"})
_UPPER_BOUNDS = frozenset(
    {"fewer than", "less than", "under", "up to", "at most", "as many as", "as high as", "as much as"}
)
_HEDGE_LESSON = {
    "some": "“some” marks it as an approximate figure",
    "about": "“about” marks it as an approximate figure",
    "around": "“around” marks it as an approximate figure",
    "nearly": "“nearly” means a little less than that",
    "almost": "“almost” means a little less than that",
    "more than": "“more than” gives only a lower limit",
    "at least": "“at least” gives only a lower limit",
    "up to": "“up to” gives only an upper limit",
    "over": "“over” gives only a lower limit",
    "an estimated": "“an estimated” says nobody counted exactly",
    "fewer than": "“fewer than” gives only an upper limit",
    "less than": "“less than” gives only an upper limit",
    "under": "“under” gives only an upper limit",
    "at most": "“at most” gives only an upper limit",
    "as many as": "“as many as” gives only an upper limit",
    "as few as": "“as few as” gives only a lower limit",
}


_PART_OF = re.compile(
    r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\S+['’]s\s+)?$"
    r"|\d[\d,.]*[^.;]{0,40}\bincluding\s+$"
)
_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")
_BOUND_WORDS = caseless(r"\bas (?:high|low|many|few|much|little) as\b|\bup to\b|\bto\s+\d")
# A share said in words next to the figure ("almost half, or 42 percent") rules most wrong figures out.
_SHARE_IN_WORDS = caseless(
    r"\b(?:half|a third|two[- ]thirds|one[- ]third|a quarter|three[- ]quarters|one[- ]quarter|a fifth|majority|"
    r"nearly all|almost all|a tenth)\b"
)
# "near-universal support …, with ___ backing": words that tell how large a share is; only some choices fit them.
_SIZE_OF_SHARE = caseless(
    r"\b(?:(?:near|almost|nearly)[- ])?(?:universal|unanimous)|\boverwhelming(?:ly)?\b|\b(?:most|few|a handful|"
    r"a minority|a sliver|broad|widespread|lopsided|slim|narrow|tiny|small|large|big|huge|vast)\s+(?:\w+\s+)?"
    r"(?:of|share|support|backing|majority|minority|margin|number|percentage|portion|proportion|fraction)\b|"
    r"(?<!the )\bmost\s+(?!recent|likely|important|popular|common|powerful|senior)[a-z]+s\b"
)
# A figure set against another ("tops the record of 77,695", "higher than"): the other rules choices out.
_COMPARED = re.compile(
    r"\b(?:tops|topped|topping|exceed\w*|surpass\w*|outpac\w*|eclips\w*|(?:higher|lower|greater|larger|smaller|"
    r"bigger)\s+than)\b",
    re.IGNORECASE,
)
_UNNAMED_PERSON = re.compile(r"\bhim\b")
_EVENT_BEFORE = caseless(
    r"\b(?:financial crisis|crisis|recession|depression|crash|olympics|olympic games|world cup|revolution|"
    r"war|uprising|riots?|attacks?)\s+of\s+$"
)
_EVENT_AFTER = caseless(r"^\s+(?:financial crisis|recession|olympics|olympic games|world cup|crash)\b")


def _named_event(text: str, year: str) -> bool:
    """True when `year` is part of an event's name in `text` ("the financial crisis of 2008", "the 2008 recession")."""
    at = text.find(year)
    return at >= 0 and bool(_EVENT_BEFORE.search(text[:at]) or _EVENT_AFTER.match(text[at + len(year) :]))


_FAMILY = frozenset("children child kids sons daughters grandchildren siblings brothers sisters wives husbands".split())
_UNNAMED_SUBJECT = re.compile(r"\b(?:he|she|He|She)\b")
_CUT_AFTER_TITLE = re.compile(r"\s*[“\"‘'][^”\"’']{1,80}[”\"’']\s*[—–-]+\s*(?:that|which|and|but|or)\b")
_UNNAMED_THING = caseless(
    r"\bthe\s+(?:list|move|decision|step|change)\b"
    r"(?!\s+(?:of|to|for|on|by|that|which)\b)"
)  # "the list of state sponsors" says which; "the list" alone does not


def _completes_a_whole(text: str, value: float) -> bool:
    """True when another figure of the sentence and `value` (a share) add up to 100."""
    others = (float(f.replace(",", "")) for f in re.findall(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?!\.?\d)", text))
    return any(abs(other + value - 100) < 0.51 and abs(other - value) > 0.01 for other in others)


def _other_figures(text: str, number: str) -> bool:
    """True when the sentence holds another figure besides `number` (not a year)."""
    figures = [f for f in re.findall(r"\d[\d,.]*\d|\d", text) if f.rstrip(".,") != number]
    return any(not re.fullmatch(r"(?:1[89]|20)\d\d", f.rstrip(".,")) for f in figures)


# "Revenue that year rose ___": which year? Several figures of the story fit, and the sentence does not say which.
_UNNAMED_TIME = caseless(
    r"\b(?:that|the same)\s+(?:year|month|quarter|week|day|season|"
    r"decade|period)\b"
)
# A change and a starting point in one sentence: any one figure follows from the others.
_COMPUTABLE = caseless(
    # "twice as much ($___ per year) as younger people ($2,000)": the other figure and the multiple give the blank
    r"\b(?:twice|three times|four times|half)\s+as\s+(?:much|many|large|high|big|long)\b.*\d.*\d|"
    r"\bby (?:about |some |nearly |almost )?[\d.,]+ ?(?:%|percent|per cent)\b.*\bfrom\b\s*\$?[\d.,]+|"
    r"\bfrom\s*\$?[\d.,]+.*\bby (?:about |some |nearly |almost )?[\d.,]+ ?(?:%|percent|per cent)\b"
)
# "79% … and Clinton the remaining ___": the rest of a whole follows by subtraction
_REMAINDER = caseless(r"\b(?:the )?(?:remaining|rest|other)\s*$")
_CONVERSION = re.compile(r"^\s*\(\s*(?:about |approximately |some )?[\d.,]+")


def _by_arithmetic(quantity, sentence) -> bool:
    """True when two other figures of the sentence add up to the key, or differ by it. Years and days of the
    month are not figures to add ("between 2010 and 2020", "May 5 and May 8")."""
    start = quantity.start - sentence.span.start_char
    text = (
        sentence.text[:start]
        + " " * (quantity.end - quantity.start)
        + sentence.text[quantity.end - sentence.span.start_char :]
    )
    others = [
        float(m.group(0).replace(",", ""))
        for m in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", text)
        if not re.fullmatch(r"1[89]\d\d|20\d\d", m.group(0))
        and not re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$", text[: m.start()])
    ]
    return any(
        abs(abs(a - b) - quantity.value) < 1e-9 or abs(a + b - quantity.value) < 1e-9
        for n, a in enumerate(others)
        for b in others[n + 1 :]
    )


def _rank(text: str) -> int:
    """Where the key sits among the four numbers: fixed for a sentence, spread over the bank."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:4], 16) % 4


def _who_counted(analysis: Analysis, sentence_index: int, text: str, figure: str) -> str | None:
    """Who the article credits with the figure: an "according to" in its sentence, or the speaker whose claim or
    quotation holds it (not whoever else speaks in a sentence the parser ran together with the next)."""
    according = attribution(text)
    if according:
        if credit_closes_a_clause(text):
            return None  # "in Ohio, which Trump won by 8 points, according to …": background, not the credited claim
        return according[1]
    if _CHAIN.search(text) or len({c.source.key for c in analysis.claims if c.sentence == sentence_index}) > 1:
        return None  # "Priebus, Matthews says, told him he had 23 events": one speaker's account of another's words
    if any(figure in analysis.sentences[i].text for i in range(sentence_index)):
        return None  # "the $17,000 cap could change, an aide said" after the candidate named "a $17,000 bucket":
        # the figure came from someone before the speaker who now talks about it
    speakers = [c.source for c in analysis.claims if c.sentence == sentence_index and figure in (c.content or "")]
    speakers += [q.source for q in analysis.quotes if q.sentence == sentence_index and q.source and figure in q.text]
    named = [s.label for s in speakers if s.named or len(s.label.split()) >= 3 or _a_body(s.label)]
    return mention(named[0]) if named else None  # "the official" alone would read as an unnamed person


_CHAIN = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:says|said|recalls|recalled|adds|added|claims|claimed),\s")


_BODIES = frozenset(
    "government police ministry authorities authority agency department army military council court company "
    "officials ministers commission committee office service".split()
)


def _a_body(label: str) -> bool:
    """An institution or a group that counts ("The government", "Police", "officials"), not one unnamed person."""
    words = label.lower().split()
    return bool(words) and words[-1] in _BODIES


def _window(text: str, start: int, end: int, words: int = 5) -> str:
    """The words around [start, end) of `text`, exactly as written: the phrase a student should find."""
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    before = [s for s in spans if s[1] <= start][-words:]
    after = [s for s in spans if s[0] >= end][:words]
    first = before[0][0] if before else start
    last = after[-1][1] if after else end
    return text[first:last].strip().rstrip(",;:.")


def _explanation(analysis: Analysis, quantity, sentence_index: int, text: str, start: int, end: int) -> str:
    hedge = (quantity.hedge or "").lower()
    lesson = _HEDGE_LESSON.get(hedge)
    who = _who_counted(analysis, sentence_index, text, text[start:end])
    phrase = _window(text, start, end)
    if quantity.kind == "year":
        explanation = (
            f"The article says “{phrase}”. Dates put events in order: check them against the text before you "
            "compare or retell events."
        )
    elif lesson:
        explanation = (
            f"The article says “{phrase}”, and the word {lesson}. Good reporting keeps such words, and so should a "
            "careful reader who repeats the figure."
        )
    else:
        explanation = f"The article says “{phrase}”."
        if who and not (re.match(r"(?:two|three|four|several|some|\d+)\s", who) and who.split()[-1][:1].isupper()):
            explanation += f" It comes from {who}: before you repeat a figure, note who counted it."  # not "two Senate"
        else:
            explanation += (
                " Check figures against the text before you repeat them: one changed number is the easiest way "
                "for a retelling to go wrong."
            )
    return explanation


_ASIDE = re.compile(r"\s[–—]\s")
# What forecasters expected, told as a change of an amount whose measure the sentence leaves out.
_UNNAMED_CHANGE = re.compile(
    r"^(?:(?:Most|Many|Some)\s+)?(?:analysts|economists|experts|forecasters|traders|investors|observers|"
    r"strategists)\b[^.;]{0,40}?\b(?:expect\w*|forecast\w*|predict\w*|project\w*|anticipat\w*|look\w* for|"
    r"estimat\w*)\s+(?:a|an)\s+(?:\w+\s+)?(?:drop|fall|decline|rise|increase|gain|jump|dip|climb|reading|growth|"
    r"contraction|loss)\s+of\b",
    re.IGNORECASE,
)


def _near_figure(rest: str, value: float, wrong: list[float]) -> bool:
    """True when the rest of the sentence holds another figure within a fifth of `value` that lies nearer the key
    than any wrong choice does: a reader would pick the choice closest to it."""
    for match in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", rest):
        other = float(match.group().replace(",", ""))
        near = other and abs(other - value) <= 0.2 * max(abs(value), abs(other))
        if near and all(abs(other - value) < abs(other - w) for w in wrong):
            return True
    return False


def _outside_the_story(analysis: Analysis, quantity, values: list[float]) -> bool:
    """True when the article gives two or more other figures of the same thing (electoral votes, seats) and a
    wrong choice falls well outside the range they span: the story itself shows which sizes make sense."""
    if not quantity.noun:
        return False
    others = {
        q.value
        for _, q in analysis.quantities
        if q.noun == quantity.noun and q.kind == quantity.kind and q.value != quantity.value
    }
    if len(others) < 2:
        return False
    low, high = min(others | {quantity.value}), max(others | {quantity.value})
    return any(v < 0.85 * low or v > 1.15 * high for v in values)


# A record or a peak before the blank ("a post-war high of ___", "peaked at ___"): beside another figure of the
# sentence, it says on which side of that figure the key lies.
_EXTREME_BEFORE = caseless(
    r"\b(?:high|low|peak|record|top|maximum|minimum|highest|lowest|peaked|bottomed out|topped out)\s+"
    r"(?:of|at|was|is|reached)?\s*(?:about|around|nearly|almost|some)?\s*\$?$"
)
# An order of finish or rank: beside another figure, it says which figures are bigger.
_RANKED = caseless(
    r"\b(?:(?:came|finished|placed|ended|ran|was|is)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|last)\b|"
    r"(?:first|second|third|fourth|fifth|last)[- ]place|ahead of|behind|trail(?:s|ed|ing)?\b|runner-up)"
)
_US_STATES = 50
_OTHER_FIGURE = re.compile(r"(?<![\w.])(?!(?:1[89]|20)\d\d\b)\d[\d,]*(?:\.\d+)?")
# A figure hoped for or foretold, in the clause before it: "will eventually muster", "expects to raise".
_FORECAST_BEFORE = re.compile(
    r"\b(?:(?-i:will)|would|could|might|(?-i:may)|expects?|expected|expecting|hop(?:e|es|ed|ing) (?:to|for|that)|"
    r"predict\w*|forecasts? (?:to|that)|projected|(?:plans?|planned|aims?|aimed|wants?|wanted|seeks?|targets?) to|"
    r"confiden\w+)\b[^,;:.]*$",
    re.IGNORECASE,
)


_NAME = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"


def _names_listed(rest: str, *, before: bool = False) -> int:
    """How many names the first list after a figure gives ("on ABC, NBC and Fox News": 3), or with `before` the
    list that ends just before it ("in Iowa, New Hampshire and Wisconsin, three states"), or 0."""
    name = rf"{_NAME}(?:\s*\([^()]{{1,20}}\))?"  # "Katie Porter (D-Calif.)"
    listed = rf"({name})((?:,\s+{name})*),?\s+(?:and|or)\s+({name})"
    found = re.search(listed + r"\s*[,:;—–-]?\s*$", rest) if before else re.search(listed, rest)
    if found is None:
        return 0
    return 2 + len(re.findall(rf",\s+{name}", found.group(2)))


# A count the sentence itself lists after a colon, or splits into parts after a dash or a bracket.
_COUNTED_IN_THE_SENTENCE = caseless(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*"
    r"(?::\s+[^.;]*,[^.;]*\band\b|[—–(]\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+[\w-]+"
    r"(?:,\s+[^.;—–)]*)?\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
_WINNING_SHARE = caseless(
    r"\b(?:win|wins|won|winning|lost|lose|loses|losing|carried|carry|carries|defeated|beat|took|taking)\b[^.;]{0,60}"
    r"\b(?:of|the)\s+(?:the\s+)?(?:popular\s+|total\s+|overall\s+)?votes?\b"
)


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    seen_values: set[float] = set()
    headline = analysis.article.headline
    latest = _latest_year(analysis)
    for sentence_index, quantity in analysis.quantities:
        sentence = analysis.sentences[sentence_index]
        if quantity.value in seen_values or (quantity.kind == "count" and quantity.value < 3):
            continue
        if not ENDS_A_SENTENCE.search(sentence.text):
            continue  # "Debunking 4 Obamacare myths: Both sides get it wrong": a linked headline or a subheading
        if quantity.kind == "count" and not quantity.noun:
            continue  # a street number, an age, a score: no count of things, so "who counted" would not fit
        in_words = quantity.number.lower() in _SMALL_WORDS
        if not (quantity.number.replace(",", "").replace(".", "").isdigit() or in_words):
            continue  # "dozens", "hundred": no count a wrong choice could stand beside
        if in_words and (quantity.kind != "count" or _OTHER_NUMBER.search(_without(sentence.text, quantity.text))):
            continue  # "two of the three victims", "from three to five": with another figure beside a count
            # written in words, the blank may be worked out; the digit guards below do not read words
        hedge = (quantity.hedge or "").lower()
        if (
            hedge in _LOWER_BOUNDS
            or hedge in _UPPER_BOUNDS
            or hedge == "estimated"
            or _BOUND_WORDS.search(quantity.text)
        ):
            continue  # "more than 300": a smaller wrong number would make a true statement too
        if any(q.sentence == sentence_index for q in analysis.quotes):
            continue
        if quantity.kind in ("percent", "count") and _SHARE_IN_WORDS.search(sentence.text):
            continue  # "almost half of them, 42 percent": the words beside the blank give the figure away
        if quantity.kind == "percent" and _completes_a_whole(sentence.text, quantity.value):
            continue  # "only 14 of the black vote compared to Clinton's ___": 100 − 14 gives the figure away
        if quantity.kind == "count" and _COUNTED_IN_THE_SENTENCE.search(sentence.text):
            continue  # "Trump sees ___ main issues: several provisions sunset, inspectors can't …, and it does not
            # address …", "___ senators — six Republicans and six Democrats —": the sentence lists or splits what
            # it counts, so a student can count it
        if quantity.kind == "percent" and quantity.value >= 50 and _WINNING_SHARE.search(sentence.text):
            continue  # "Obama went on to win with ___ of the vote" (51 percent): a winner's majority, which no wrong
            # choice under half could be, and a famous result known without the article
        if quantity.kind == "percent" and _SIZE_OF_SHARE.search(sentence.text):
            continue  # "near-universal support …, with ___ backing": only a high share fits the words
        if _UNNAMED_TIME.search(sentence.text) and quantity.kind != "year" and not _YEARS.search(sentence.text):
            continue  # "Revenue was up ___ that year": the sentence does not say which year's figure it asks for
        if (
            quantity.kind != "year"
            and _COMPARED.search(sentence.text)
            and _other_figures(sentence.text, quantity.number)
        ):
            continue  # "The ___ family units … easily tops the record …, 77,695": only choices above it would fit
        him = _UNNAMED_PERSON.search(sentence.text)
        if him and not any(t.pos_ == "PROPN" and t.idx - sentence.span.start_char < him.start() for t in sentence.span):
            continue  # "A Cuban court found him guilty in ___": found whom? The blank's sentence leans on another
        he = _UNNAMED_SUBJECT.search(sentence.text)
        if he and not any(
            (t.ent_type_ == "PERSON" or t.pos_ == "PROPN")
            and t.idx - sentence.span.start_char < he.start()
            and not inside_quotation_marks(sentence.text, t.idx - sentence.span.start_char)
            for t in sentence.span
        ):
            continue  # "how marginal a figure he appeared when he launched his first bid in ___": who? No name stands
            # before "he" in the sentence (a show's title in quotation marks does not count)
        if quantity.kind == "year" and _named_event(sentence.text, quantity.text):
            continue  # "the financial crisis of ___": a year that is part of an event's name, known without the story
        if (
            quantity.kind == "count"
            and (quantity.noun or "").lower().split()[-1:] in [[w] for w in _FAMILY]
            and re.search(
                r"\b(?:his|her|their|with|has|have|had)\s+(?:\w+\s+)?$",
                sentence.text[: max(0, sentence.text.find(quantity.text))],
                re.IGNORECASE,
            )
        ):
            continue  # "his ___ teenage children": a family's size, trivia any number fits
        if _CUT_AFTER_TITLE.match(sentence.text):
            continue  # "“Saturday Night Live” — that it is easy to forget …": the tail of a sentence cut in two
        if _UNNAMED_THING.search(sentence.text):
            continue  # "Cuba has been on the list since ___": which list? Named in a sentence before
        if _COMPUTABLE.search(sentence.text):
            continue  # "rose by 37 percent, from 0.90 percent to ___": the blank follows by arithmetic
        if _by_arithmetic(quantity, sentence):
            continue  # "up ___ points, from 57% to 68%": the other two figures give the blank
        if quantity.kind != "year" and re.fullmatch(r"(?:1[89]|20)\d\d", quantity.number):
            continue  # "the state's other 2020 primary elections": a year the model read as a count
        if quantity.kind == "year" and (quantity.number in headline or PERIODIC.search(sentence.text)):
            continue  # the headline gives it away, or only some years fit ("election", "Olympics")
        if quantity.kind != "year" and _near_figure(
            headline, quantity.value, [0.5 * quantity.value, 2 * quantity.value]
        ):
            continue  # "More than 600 … sold" over a blank for 629: the headline rules the smaller choices out
        if quantity.kind == "year" and len(_YEARS.findall(sentence.text)) > 1:
            continue  # "from 2008 until ___": the other year rules choices out
        if quantity.kind == "year" and re.search(
            rf"(?:[A-Za-z]-?|(?<![\d,.])){quantity.number[-2:]}\b(?![,.]\d)",
            sentence.text.replace(quantity.number, " "),
        ):
            continue  # "COVID-19 … in ___", "the 19 stands for ___": the sentence carries the year's last digits
        if quantity.kind == "year" and (
            (latest is not None and quantity.value >= latest) or future_words(sentence.text)
        ):
            continue  # this year's, the latest the story tells of, or a coming event: only earlier wrong years fit
        text = strip_dateline(analysis.article, sentence)
        if _UNNAMED_CHANGE.search(text) and not re.search(r"\b(?:in|for|of)\s+(?:the\s+)?[a-zA-Z]", text[-40:]):
            continue  # "Analysts were expecting a drop of ___": a drop in what? The sentence before says
        if context_reference(text, standalone=False) or is_garbled(text):
            continue  # "He retired in ___": whose number? The sentence needs the article around it
        offset = len(sentence.text) - len(text)
        start = quantity.start - sentence.span.start_char - offset
        end = quantity.end - sentence.span.start_char - offset
        if quantity.kind != "year" and _FORECAST_BEFORE.search(text[max(0, start - 60) : max(0, start)]):
            continue  # "expressed confidence his bill will eventually muster ___ votes": a hope, not a figure counted
        if start < 0 or text[start:end] != quantity.text:
            continue
        if _PART_OF.search(text[:start]) or OUT_OF.match(text[end:]):
            continue  # "39 of the state's ___ delegates": the other number rules some choices out
        if quantity.kind == "year" and re.match(r"^(?:[-–]?\w|\s*(?:UTC|GMT|local|hours?|hrs)\b)", text[end:]):
            continue  # "2019-nCoV": part of a name, not a date
        if re.search(
            r"\b(?:up|down|rose|rising|fell|falling|climbed|dropped|increased|decreased)\s+from\s*$", text[:start]
        ):
            continue  # "jumped to 60 percent, up from ___": only wrong numbers on one side of 60 could fit
        if _EXTREME_BEFORE.search(text[:start]) and _OTHER_FIGURE.search(text[:start] + " " + text[end:]):
            continue  # "unemployment at 13.3 after a post-war high of ___": only choices above 13.3 could fit
        if re.search(r"\b(?:a|an)\s*$", text[:start], re.IGNORECASE):
            continue  # "a ___-year-old": "a" or "an" would fit only some of the choices
        if quantity.kind == "percent" and re.search(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:out\s+)?(?:of|in)\s+(?:10|ten|every\s+10)\b|"
            r"\b(?:half|a third|two-thirds|a quarter|three-quarters)\s+of\b",
            text,
            re.IGNORECASE,
        ):
            continue  # "Almost 9 of 10 Trump voters … ___": the share is told in other words beside the blank
        if re.search(r"\w[-–]$", text[:start]) or re.search(r"\bplus[- ]or[- ]$|\+/?-\s*$", text[:start]):
            continue  # "plus-or-___": the blank would cut a word in two
        if quantity.kind == "percent" and re.search(r"\b(?:both|each|tied|apiece|evenly|deadlocked)\b", text, re.I):
            continue  # "both the president and Romney are at ___": shares of two sides add up to 100 at most, so
            # 61 % or 77 % for each cannot be
        if quantity.kind == "percent" and 99 <= quantity.value <= 100:
            continue  # "99.9 percent of them", "100 percent": all but in name, a way of speaking more than a count
        if _REMAINDER.search(text[:start]) and quantity.kind == "percent":
            continue  # "79% … the remaining ___": the rest of the whole follows by subtraction
        if re.search(r"\d[\d,.]*\s*(?:to|-|–|and)\s*\$?$", text[:start]) or re.match(
            r"\s*(?:to|-|–|and)\s*\$?\d", text[end:]
        ):
            continue  # "aged 18 to ___": the other end of the range rules wrong numbers out
        if re.search(r"\b(?:I|my|we|our)\b", text):
            continue  # "my primer of 2016": the writer's own doing in a column, not a figure of the story
        if re.match(r",\s\d{3}\b", text[end:]):
            continue  # "$11, 770": a figure a stray space split; the blank would take only its first part
        if (
            quantity.kind == "percent"
            and not text[:start].strip()
            and not re.match(r"\s*(?:of|in|among)\b", text[end:])
        ):
            continue  # "A full 82 percent said …": a share of whom? The sentence before names the poll's people
        if inside_quotation_marks(text, start):
            continue  # "its source said ‘___ terrorists’ were killed": a figure inside someone's quoted words
        if re.search(r"\b(?:in|of|at|near|to|from|into|on|with)\s+one\s*[.!?]?\s*$", text):
            continue  # "___ of the population lives in one": one what? The sentence before names it
        if named_number(text, start, end):
            continue  # "4K TVs", "a 3-pointer", "iOS 12": part of a name or a label, not a figure
        if (
            quantity.kind == "count"
            and text[end:].count(",") >= 3
            and re.search(r"\b(?:including|:)|--|[—–]", text[end:])
        ):
            continue  # "in 14 countries, including A, B, C, …": the list beside the blank can be counted
        if re.match(r"\s*[-•*]\s*\w", text):
            continue  # "-ICE targeted 28 percent …": a list's bullet glued to the sentence would stand in the prompt
        listed = (_names_listed(text[end:]), _names_listed(text[:start], before=True))
        if quantity.kind == "count" and quantity.value in listed:
            continue  # "in ___ separate appearances on ABC, NBC and Fox News", "in Iowa, New Hampshire and Wisconsin,
            # ___ states": the names beside it count to the answer
        if _ASIDE.search(text[:start]) and _ASIDE.search(text[end:]):
            continue  # "said – run by a firm with a budget of $___ – was": an aside whose source is unclear
        if _CONVERSION.match(text[end:]) or text[:start].rstrip().endswith("("):
            continue  # "45 km (28 mi)": the conversion beside the blank gives the answer away
        if text.lstrip().startswith("(") or (
            quantity.kind == "percent"
            and any(i == sentence_index and q is not quantity and q.kind == "percent" for i, q in analysis.quantities)
        ):
            continue  # "(Romney won about 56 percent …)": an aside; "51 percent approved; ___ disapproved", "70
            # percent … had fallen to ___": the other figure of the same unit rules wrong choices out by logic
        seen_values.add(quantity.value)
        prefix = quantity.text[: quantity.text.rfind(quantity.number)]
        suffix = quantity.text[quantity.text.rfind(quantity.number) + len(quantity.number) :]
        values = plausible_numbers(quantity.value, quantity.number, quantity.kind, _rank(text), ceiling=latest)
        unit = re.match(r"\s*([A-Za-z]+)", text[start + len(prefix) + len(quantity.number) :])
        if quantity.kind != "year" and ((unit and is_plural_noun(unit.group(1))) or (in_words and quantity.noun)):
            values = [v for v in values if v != 1]  # "only 1 cents", "one main databases": one takes the singular
        if in_words:  # words go up to twelve: "fourteen" beside "nine" would be a different style, not a choice
            values = [v for v in values if v in _IN_WORDS]
        grouped = quantity.kind != "year"
        wrong = [f"{prefix}{_written_like(v, quantity.number, grouped)}{suffix}" for v in values]
        if len(set(wrong)) < 3 or quantity.text in wrong:
            continue
        if quantity.kind != "year" and _outside_the_story(analysis, quantity, values):
            continue  # 265 electoral votes in a story of 244 to 270: 424 and 490 would stand out as wrong
        if quantity.kind != "year" and _near_figure(text[:start] + " " + text[end:], quantity.value, values):
            continue  # "trading at ___, after a low of 105.17": the choice nearest the other figure is the key
        if quantity.kind != "year" and _RANKED.search(text) and _OTHER_FIGURE.search(text[:start] + " " + text[end:]):
            continue  # "Rubio came in second with ___, while Cruz finished third with 21 percent": the order says
            # on which side of the other figure the key lies
        if (quantity.noun or "").lower().endswith("states") and any(v > _US_STATES for v in values):
            continue  # "Now ___ states have waivers": 53, 67 or 78 states cannot be, so the key stands out
        candidates.append(
            Candidate(
                skill="number",
                type="single",
                prompt=f"Fill in the blank from the article: {quoted(with_blank(text, start, end))}",
                choices=(quantity.text, *wrong),
                answer=(quantity.text,),
                explanation=_explanation(analysis, quantity, sentence_index, text, start, end),
                evidence=(text,),
                difficulty=2 if quantity.hedge else 1,
                score=0.85 if quantity.hedge or quantity.noun else 0.7,
                facts=frozenset({f"number:{quantity.value}", f"sentence:{sentence_index}"}),
            )
        )
    return candidates


# Counts a story writes in words (AP style spells out one to nine): the wrong choices are written the same way.
_SMALL_WORDS = {word: value for word, value in WORD_NUMBERS.items() if value <= 12 and word != "dozen"}
_IN_WORDS = {value: word for word, value in _SMALL_WORDS.items()}
_OTHER_NUMBER = caseless(
    rf"\d|\b(?:{'|'.join(WORD_NUMBERS)}|both|half|twice|single|pair|first|second|third|fourth|fifth)\b"
)


def _without(text: str, part: str) -> str:
    at = text.find(part)
    return text if at < 0 else text[:at] + " " + text[at + len(part) :]


def _written_like(value: float, like: str, grouped: bool) -> str:
    """`value` written as `like` is: in words for a count in words ("Three", "five"), else in digits."""
    if like.lower() in _SMALL_WORDS:
        word = _IN_WORDS[int(value)]
        return word.capitalize() if like[:1].isupper() else word
    return format_number(value, like, grouped=grouped)


def _year_ceiling(analysis: Analysis) -> float | None:
    """The article's own year: no question on a year of its own (the story's date would rule the earlier
    wrong years out)."""
    date = analysis.article.date or ""
    return float(date[:4]) if date[:4].isdigit() else None


def _latest_year(analysis: Analysis) -> float | None:
    """The article's own year, else the latest year it tells of (a year in its sentences, or in a photo's
    caption, which dates the pictures): wrong years never lie after it, as a report from 2004 cannot tell of
    2006; and the latest year itself is not asked, as every wrong year would lie before it."""
    own = _year_ceiling(analysis)
    if own is not None:
        return own
    years = [quantity.value for _sentence, quantity in analysis.quantities if quantity.kind == "year"]
    for caption in analysis.article.captions:
        years += [float(y) for y in re.findall(r"\b(?:19[5-9]\d|20\d\d)\b", caption.text)]
    return max(years) if years else None
