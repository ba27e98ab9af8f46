"""Item-writing flaws: the classic guidelines for multiple-choice items, checked mechanically.

The rules follow Haladyna, Downing & Rodriguez (2002): choices homogeneous in kind, grammar and length; no
cue to the key in the stem or in the key's form; one defensible key; no absurd distractors; a clear stem.
Each rule here is one way a real generated or hand-written item gave its key away or misled a student.
The generator drops every candidate with a flaw; `quizapp validate --lint` and the bank editor report them
to teachers as warnings.

The checker works on an item's text alone (prompt, choices, key, explanation, evidence), plus the article
text when there is one. It never loads spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizapp.articles.furniture import is_furniture
from quizapp.caseless import caseless
from quizapp.quality.wording import (
    context_reference,
    country_places,
    evaluative_words,
    has_editing_marks,
    hedge_words,
    indefinite_article,
    is_garbled,
    misspelt_words,
)
from quizapp.textnorm import fold, has_word, match_key

BLANK = "_____"
FACT_CHOICE = "A checkable fact"
JUDGMENT_CHOICE = "A judgment or prediction"


@dataclass(frozen=True)
class Flaw:
    """One flaw: a short code (for filtering and tests) and a message for teachers."""

    code: str
    message: str


@dataclass(frozen=True)
class ItemText:
    """The parts of an item the checker reads."""

    type: str
    prompt: str
    choices: tuple[str, ...]
    answer: tuple[str, ...]
    explanation: str = ""
    evidence: tuple[str, ...] = ()
    skill: str = ""


def check(item: ItemText, article_text: str | None = None) -> list[Flaw]:
    """Every flaw of `item`; `article_text` (headline, captions, body) enables the checks against the story."""
    flaws: list[Flaw] = []
    for rule in _RULES:
        flaws.extend(rule(item, article_text))
    return flaws


# --- helpers -------------------------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])")
_QUOTED = re.compile(r"“([^“”]{1,200})”|\"([^\"]{1,200})\"")
_DETERMINER = caseless(r"^(?:the|a|an)\s")
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLE_END = re.compile(
    r"(?:^|\s)(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt|Prof|Rev|Pres|Supt|Insp|Cmdr|Adm|Maj|Cpl|Det|Hon|St)\.?$"
)
_DANGLING = re.compile(r"\b(?:of|the|a|an|and|or|for|in|on|at|by|with|from)$", re.IGNORECASE)
_DATELINE = re.compile(
    r"\b[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.'’ -]{1,30})?\s*\((?:AP|Reuters|AFP|UPI|CNN|dpa|Xinhua|Bloomberg|"
    r"TASS|AAP|CP|PA|ANI|IANS|EFE|ANSA|Kyodo|Yonhap|Anadolu|VOA|BBC)\)\s*[-—–]"
)
_NON_SPEAKER_HEADS = frozenset(
    "report statement document study letter broadcast survey article data figures footage video filing "
    "record records paper memo email post tweet website release poll analysis book".split()
)
_APPROXIMATE = caseless(
    r"\b(?:some|about|around|nearly|almost|roughly|approximately|estimated|more than|less than|fewer than|"
    r"at least|up to|over|under|dozens|hundreds|thousands|millions|several)\b|\d-some\b|-odd\b"
)
_DATE_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\.?"
)
_STATEMENT_PREFIX = caseless(r"^(?:true or false\?\s*)?(?:according to the article[:,]\s*)?")


def _numbers(text: str) -> list[tuple[float, int, str]]:
    """(value, decimal places, digits) of each number in `text`."""
    found = []
    for match in _NUMBER.finditer(fold(text)):
        whole, fraction = match.group(1), match.group(2) or ""
        found.append((float(whole.replace(",", "") + fraction), max(0, len(fraction) - 1), whole + fraction))
    return found


def _wrong(item: ItemText) -> list[str]:
    keys = {match_key(a) for a in item.answer}
    return [c for c in item.choices if match_key(c) not in keys]


def _is_choice_item(item: ItemText) -> bool:
    return item.type in ("single", "multiple") and len(item.choices) >= 2


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text).lower())


def _statement(item: ItemText) -> str | None:
    """The sentence a student judges or completes: a true/false statement, the quoted sentence of a
    fact-or-judgment item, or the sentence with a blank."""
    if BLANK in item.prompt:
        quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(item.prompt) if BLANK in m.group(0)]
        return quoted[0] if quoted else None
    if item.type == "true_false":
        text = item.prompt.split(":", 1)[1] if ":" in item.prompt else item.prompt
        return _STATEMENT_PREFIX.sub("", text.strip())
    if FACT_CHOICE in item.choices:
        quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(item.prompt)]
        return quoted[-1] if quoted else None
    return None


def _in_text(phrase: str, text: str) -> bool:
    """True when `phrase` occurs in `text` as whole words, ignoring case, quote and dash styles."""
    key = match_key(phrase).lower()
    if not key:
        return False
    haystack = _lowered(text)
    start = haystack.find(key)
    while start >= 0:
        end = start + len(key)
        if (start == 0 or not haystack[start - 1].isalnum()) and (end == len(haystack) or not haystack[end].isalnum()):
            return True
        start = haystack.find(key, start + 1)
    return False


@lru_cache(maxsize=16)
def _lowered(text: str) -> str:
    return match_key(text).lower()


# --- rules ---------------------------------------------------------------------------------------------------


def _doubled_quotes(item: ItemText, article: str | None) -> list[Flaw]:
    pattern = re.compile(r"[“”\"]\s*[“”\"]\S")
    for part in (item.prompt, item.explanation, *item.choices):
        if pattern.search(part) or "““" in part or "””" in part:
            return [Flaw("doubled-quotes", f"doubled quotation marks: {_short(part)}")]
    return []


_QUOTE_MARK = re.compile(r"(?P<open>“|(?:^|(?<=\s))\")|(?P<close>”|(?<=\S)\"(?=[\s,.;:!?]|$))")


def _unbalanced(item: ItemText, article: str | None) -> list[Flaw]:
    """An opening quotation mark or bracket without its closing one, or the reverse: a sentence cut in the wrong
    place ("We’re on it.” campaign did not …") or a copied aside that never ends ("(127 millimeters?")."""
    for part in (item.prompt, *item.choices):
        text = part.replace("…", "")
        if text.count("“") != text.count("”") or text.count('"') % 2 or text.count("(") != text.count(")"):
            return [Flaw("unbalanced", f"a quotation mark or bracket is not closed: {_short(part)}")]
    for sentence in item.answer if item.type == "evidence" else ():
        # A sentence to click may open a quotation that runs on into the next one; it may not start inside one.
        first = _QUOTE_MARK.search(sentence)
        if (first and first.group("close")) or sentence.count("(") != sentence.count(")"):
            return [Flaw("unbalanced", f"the sentence starts inside a quotation: {_short(sentence)}")]
    return []


def _dateline_in_text(item: ItemText, article: str | None) -> list[Flaw]:
    for part in (item.prompt, *item.choices):
        if _DATELINE.search(fold(part)):
            return [Flaw("dateline-in-prompt", f"a dateline is pasted into the item: {_short(part)}")]
    return []


def _furniture(item: ItemText, article: str | None) -> list[Flaw]:
    statement = _statement(item)
    whole = statement is not None and BLANK not in statement  # a statement to judge stands as a paragraph would
    parts = [(part, False) for part in item.evidence] + ([(statement, whole)] if statement else [])
    for part, whole_paragraph in parts:
        if part and is_furniture(part, whole_paragraph=whole_paragraph):
            return [Flaw("furniture", f"built on page furniture, not on the story: {_short(part)}")]
    return []


_VERB_IN_NAME = re.compile(r"(?:Said|Says|Told|Added)\s+(?:Mr|Mrs|Ms|Dr)\b\S*")


def _garbled(item: ItemText, article: str | None) -> list[Flaw]:
    glued = re.search(r"\b(?:said|says|reported|that)\s+[A-Z]{2,}\s+[A-Z][a-z]+\s+[A-Z]?[a-z]", fold(item.prompt))
    glued = glued or next(
        (m for c in (*item.choices, item.explanation) if (m := _VERB_IN_NAME.match(c))), None
    )  # "Said Mr Bysshe": a verb of saying read as part of a name
    if glued:  # "who said that NPR Hamza bin Laden had appeared": a source's name glued to what it reported
        return [Flaw("garbled", f"a name is glued to the words after it: {_short(glued.group(0))}")]
    for part in (item.prompt, *item.choices):
        if is_garbled(part) or has_editing_marks(_statement(item) or "") or has_editing_marks(part):
            return [Flaw("garbled", f"garbled text (a table, a footnote or glued words): {_short(part)}")]
    return []


# Slips of a page's typing that a checker of words does not see: "I" written small ("what i am surprised about"),
# two apostrophes for a closing quotation mark ("… than they did.''"), a verb that lost its "been".
_SLIPS = re.compile(
    r"(?<![\w.'’-])i(?=\s+(?:am|was|have|had|think|know|said|will|would|do|did|can|could)\b)|''|’’|"
    # "could no longer could discuss it": a word the page doubled
    r"\b(could|would|should|can|will|must|may)\s+(?:(?!or\b|and\b|not\b|but\b)\w+\s+){1,2}\1\b|"
    r"\b(?:has|have|had)\s+(?:also|already|just|recently|now)\s+\w+ing\b|"  # "has also mobilizing": a word lost
    r"[A-Za-z]_+[A-Za-z]|"  # "retire_ever": a page's glitch, which reads as a second blank
    r"\b[Tt]he\s+(?:had|has|have|was|were|is|are|did|does|will|would)\b(?!-)"  # "The had been living …": a word lost
)


def _typos(item: ItemText, article: str | None) -> list[Flaw]:
    for part in (item.prompt, *item.choices):
        slip = _SLIPS.search(part)
        if slip:
            return [Flaw("typo", f"“{slip.group(0)}” is a slip of typing (copied from the article?)")]
        typos = [w for w in misspelt_words(part) if article is None or _in_text(w, article)]
        if typos:  # with an article, only its own typos count: the item's wording is the writer's, not a copy
            return [Flaw("typo", f"“{typos[0]}” looks misspelt (copied from the article?)")]
    return []


def _key_in_stem(item: ItemText, article: str | None) -> list[Flaw]:
    if not _is_choice_item(item) or not item.answer or FACT_CHOICE in item.choices:
        return []
    wrong = _wrong(item)
    prompt = item.prompt
    for key in item.answer:
        if _in_text(key, prompt) and not all(_in_text(w, prompt) for w in wrong):
            return [Flaw("key-in-stem", f"the answer “{key}” can be read in the question itself")]
        if BLANK in prompt:
            digits = [d for _, _, d in _numbers(key)]
            rest = prompt.replace(BLANK, " ")
            if digits and all(
                d in rest and re.search(rf"(?<![\d.,]){re.escape(d)}(?![\d,]|\.\d)", rest) for d in digits
            ):
                return [Flaw("key-in-stem", f"the blank's answer “{key}” is visible elsewhere in the question")]
    return []


# Words of a question that say nothing about its answer: a shared one is no cue.
_STEM_WORDS = frozenset(
    "this that these those what which when where with from about into than their there they them have has "
    "been were will would could should does said says told article story source kind according sure other".split()
)


def _stem_word(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _clang(item: ItemText, article: str | None) -> list[Flaw]:
    """A word of the question repeated in the answer and in no other choice ("What kind of source is the
    bank's report?" with the answer "A document or report"): the classic clang cue."""
    if not _is_choice_item(item) or len(item.answer) != 1 or FACT_CHOICE in item.choices or BLANK in item.prompt:
        return []
    wrong = _wrong(item)
    if len(wrong) < 2:
        return []

    def words(text: str) -> set[str]:
        return {_stem_word(w) for w in _words(text) if len(w) >= 4 and not w.isdigit() and w not in _STEM_WORDS}

    unquoted = _QUOTED.sub(" ", item.prompt)  # the article's own words, quoted, are no cue of the writer's
    if article:  # nor a sentence of the article shown as it stands ("Read this from the article: Conaway said …")
        unquoted = " ".join(
            part
            for part in re.split(r"(?<=[.!?])\s+|:\s+", unquoted)
            if len(part.split()) < 6 or not _in_text(part, article)
        )
    shared = words(unquoted) & words(item.answer[0])
    for other in wrong:
        shared -= words(other)
    if shared:
        return [Flaw("clang", f"“{min(shared)}” in the question is repeated in the answer and in no other choice")]
    return []


_ABSOLUTE = caseless(r"\b(?:always|never)\b")


def _absolutes(item: ItemText, article: str | None) -> list[Flaw]:
    """Two wrong choices or more that say "always" or "never" beside a key that does not: test-wise students
    rule out the absolutes without reading. Choices copied from the article are its own words and not checked."""
    if not _is_choice_item(item) or any(_in_text(choice, article or "") for choice in item.choices):
        return []
    wrong = [choice for choice in _wrong(item) if _ABSOLUTE.search(choice)]
    if len(wrong) >= 2 and not any(_ABSOLUTE.search(key) for key in item.answer):
        return [Flaw("absolutes", f"{len(wrong)} wrong choices say “always” or “never” and the answer does not")]
    return []


def _number_patterns(item: ItemText, article: str | None) -> list[Flaw]:
    if not _is_choice_item(item) or len(item.answer) != 1:
        return []
    parsed = [_numbers(c) for c in item.choices]
    if not all(len(p) == 1 for p in parsed):
        return []
    key_index = next((i for i, c in enumerate(item.choices) if match_key(c) == match_key(item.answer[0])), None)
    if key_index is None:
        return []
    values = [p[0] for p in parsed]
    key_value, key_places, key_digits = values[key_index]
    others = [v for i, v in enumerate(values) if i != key_index]
    flaws = []
    if all(places != key_places for _, places, _ in others):
        flaws.append(Flaw("number-precision", "only the answer is written with this many decimal places"))
    plain = key_digits.replace(",", "")
    prefixed = sum(1 for _, _, d in others if d.replace(",", "").endswith(plain) and len(d) > len(key_digits))
    if len(plain) >= 1 and prefixed >= 2:
        flaws.append(Flaw("number-digits", "the wrong numbers are the answer with digits put in front"))
    tails = [d.replace(",", "")[-2:] for _, _, d in others]
    if len(plain) >= 2 and len(set(tails)) == 1 and tails[0] != plain[-2:] and len(others) >= 2:
        flaws.append(Flaw("number-digits", "the wrong numbers share their last digits; the answer does not"))
    if key_value > 0 and len(others) >= 2:
        ratios = sorted(v / key_value for v, _, _ in others)
        simple = {0.1, 0.2, 0.25, 0.5, 1.5, 2.0, 3.0, 4.0, 5.0, 10.0}
        if all(round(r, 3) in simple for r in ratios):
            flaws.append(Flaw("number-multiples", "the wrong numbers are simple multiples of the answer"))
    wholes = {int(v) for v, _, _ in others}
    if key_places and len(others) >= 2 and len(wholes) == 1 and int(key_value) not in wholes:
        flaws.append(Flaw("number-whole", "the wrong numbers share a whole number; only the answer has another"))
    sizes = [len(d.replace(",", "").split(".")[0]) for _, _, d in values]
    key_size = sizes[key_index]
    if len(values) >= 3 and all(size != key_size for i, size in enumerate(sizes) if i != key_index):
        flaws.append(Flaw("number-size", "only the answer has this many digits"))
    money = re.search(r"[$£€¥]|\b(?:price|prices|costs?|dollars?|pounds?|euros?|yen|rupees?)\b", item.prompt, re.I)
    ending = re.search(r"(?:99|95|49)$", plain) if money or key_places else None
    if ending and len(others) >= 2 and not any(d.replace(",", "").endswith(ending.group(0)) for _, _, d in others):
        flaws.append(Flaw("number-price", f"only the answer ends in {ending.group(0)}, as shop prices do"))
    significant = [d.replace(",", "").replace(".", "").lstrip("0") for _, _, d in values]
    if len(others) >= 2 and all(len(d) >= 2 for d in significant):
        round_ = [d.endswith("0") for d in significant]
        if all(r != round_[key_index] for i, r in enumerate(round_) if i != key_index):
            flaws.append(Flaw("number-round", "only the answer is (or is not) a round figure"))
    separators = {"," in d for _, _, d in values if len(d.replace(",", "")) >= 5}
    if len(separators) > 1:
        flaws.append(Flaw("number-format", "the numbers are not written in one style (thousands separators)"))
    return flaws


def _form_cues(item: ItemText, article: str | None) -> list[Flaw]:
    if not _is_choice_item(item) or len(item.answer) != 1:
        return []
    wrong = _wrong(item)
    key = item.answer[0]
    if not wrong:
        return []
    flaws = []
    has = [bool(_DETERMINER.match(fold(c))) for c in (key, *wrong)]
    if len(wrong) >= 2 and all(h != has[0] for h in has[1:]):
        flaws.append(Flaw("form-determiner", "only the answer starts (or does not start) with “the”/“a”"))
    possessive = [bool(_POSSESSIVE.search(fold(c).strip())) for c in (key, *wrong)]
    if len(wrong) >= 2 and all(p != possessive[0] for p in possessive[1:]):
        flaws.append(Flaw("form-possessive", "only the answer carries (or lacks) the possessive “’s”"))
    if all(_name_like(c) for c in (key, *wrong)) and len(wrong) >= 2:
        sizes = [len(c.split()) for c in (key, *wrong)]
        if all((s >= 2) != (sizes[0] >= 2) for s in sizes[1:]):
            flaws.append(Flaw("form-name", "only the answer is (or is not) a full name"))
    titled = [bool(_TITLE_FIRST.match(fold(c))) for c in (key, *wrong)]
    if len(wrong) >= 2 and all(_name_like(c) for c in (key, *wrong)) and all(t != titled[0] for t in titled[1:]):
        flaws.append(Flaw("form-title", "only the answer has (or lacks) a title before the name"))
    lengths = [len(c) for c in wrong]
    if len(key) >= 40 and (len(key) >= 2 * max(lengths) or len(key) - max(lengths) >= 40):
        flaws.append(Flaw("form-length", "the answer is far longer than every other choice"))
    elif min(lengths) >= 40 and (min(lengths) >= 2 * len(key) or min(lengths) - len(key) >= 40):
        flaws.append(Flaw("form-length", "the answer is far shorter than every other choice"))
    return flaws


_TITLE_FIRST = re.compile(
    r"^(?:[A-Z][a-z]{1,4}\.\s|(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame|Superintendent|President|Senator|Governor|Mayor|Judge|Justice|Chief|Minister|"
    r"Secretary|General|Officer|Sergeant|Lieutenant|Captain|Commander|Professor|Doctor|Pope|King|Queen|Prince|"
    r"Princess|Sheriff|Chancellor|Ambassador|Detective|Inspector|Coach|Bishop|Father|Sister|Speaker|Premier|"
    r"Commissioner|Representative|Councilman|Councilwoman|Congressman|Congresswoman|Director)\s+[A-Z])"
)


def _in_stem(item: ItemText, article: str | None) -> list[Flaw]:
    """A wrong choice the question itself rules out: a name the blank's own sentence already gives to someone
    else ("_____, who heads a group that has applauded Trump's decisions" beside "Donald Trump"), or a number
    that stands elsewhere in the sentence with the blank (a student sees it is taken)."""
    if not _is_choice_item(item) or BLANK not in item.prompt:
        return []
    rest = item.prompt.replace(BLANK, " ")
    for choice in _wrong(item):
        if _name_like(choice) and len(choice.split()) >= 2:
            surname = choice.split()[-1]
            if len(surname) >= 3 and has_word(rest, surname):
                return [Flaw("choice-in-stem", f"the question itself names “{surname}”, so that choice is out")]
        digits = [d for _, _, d in _numbers(choice)]
        if (
            len(digits) == 1
            and digits[0] in rest
            and re.search(rf"(?<![\d.,]){re.escape(digits[0])}(?![\d,]|\.\d)", rest)
        ):
            return [Flaw("choice-in-stem", f"the wrong number “{choice}” stands elsewhere in the question")]
    return []


def _name_like(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words if w not in ("de", "van", "von"))


def _fragments(item: ItemText, article: str | None) -> list[Flaw]:
    if not _is_choice_item(item):
        return []
    for choice in item.choices:
        text = fold(choice).strip()
        if (
            _TITLE_END.search(text)
            or _DANGLING.search(text)
            or re.match(r"^(?:Late|Former)\s+\S+\.?$", text)
            or re.match(r"^[,;:)\]]", text)  # ", Chicago health officials have reported …": cut after a clause
        ):
            return [Flaw("fragment", f"a choice is a fragment: “{choice}”")]
    return []


def _non_speakers(item: ItemText, article: str | None) -> list[Flaw]:
    if not _is_choice_item(item) or not re.match(r"^\s*who\s+(?:said|says|told|wrote)\b", item.prompt, re.I):
        return []
    for choice in item.choices:
        words = _words(choice)
        if words and words[-1] in _NON_SPEAKER_HEADS:
            return [Flaw("non-speaker", f"“{choice}” cannot speak, yet it is offered as a speaker")]
        if _POSSESSIVE.search(fold(choice).strip()):
            return [Flaw("non-speaker", f"“{choice}” is a possessive, not a speaker")]
    return []


def _overlapping(item: ItemText, article: str | None) -> list[Flaw]:
    if not _is_choice_item(item) or len(item.answer) != 1:
        return []
    stop = {"the", "a", "an", "of", "and", "s", "in", "for"}
    key = set(_words(item.answer[0])) - stop
    for choice in _wrong(item):
        words = set(_words(choice)) - stop
        if words and key and (words <= key or key <= words):
            return [Flaw("overlapping-choices", f"“{choice}” overlaps the answer “{item.answer[0]}”")]
    names = [c for c in item.choices if _name_like(c) and len(c.split()) >= 2]
    surnames = [fold(c).split()[-1].lower() for c in names]
    for surname in surnames:
        if len(surname) >= 3 and surnames.count(surname) > 1 and len(names) >= 3:
            return [Flaw("overlapping-choices", f"two choices share the name “{surname}”: the same person twice?")]
    return []


def _invented_names(item: ItemText, article: str | None) -> list[Flaw]:
    if article is None or not _is_choice_item(item) or item.skill == "dateline":
        return []  # a dateline's wrong places are real cities of the same country, not names made up
    for choice in item.choices:
        words = fold(choice).split()
        name_like = 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’-]+", w) for w in words)
        if name_like and not _in_text(choice, article):
            return [Flaw("invented-name", f"“{choice}” is not named anywhere in the article")]
    return []


def _agreement(item: ItemText, article: str | None) -> list[Flaw]:
    statement = _statement(item)
    texts = [statement] if statement else []
    if BLANK not in item.prompt and item.type == "true_false":
        texts.append(item.prompt)
    for text in texts:
        message = _article_error(text) or _the_country(text) or _same_place_twice(text)
        if message:
            return [Flaw("grammar", message)]
    for text in (item.prompt, *item.choices):
        message = _bare_country(text)
        if message:
            return [Flaw("grammar", message)]
    return []


def _article_error(text: str) -> str | None:
    for match in re.finditer(r"(?<![\w.’'-])(a|an|A|An)\s+([A-Za-z0-9][\w.,-]*)", fold(text)):
        word = match.group(2)
        if (
            len(word) == 1
            or word.lower() in ("few", "lot", "number", "couple")
            or (match.group(1) == "A" and word.isupper())
        ):
            continue
        expected = indefinite_article(word)
        if expected.lower() != match.group(1).lower():
            return f"“{match.group(1)} {word}” should be “{expected} {word}”"
    return None


def _the_country(text: str) -> str | None:
    names, takes_the = country_places()
    for match in re.finditer(r"\b(?:the|The)\s+((?:[A-Z][a-z]+\s?){1,3})['’]s\b", fold(text)):
        name = match.group(1).strip()
        if name in names and name not in takes_the:
            return f"“the {name}’s” is not English"
    return None


def country_phrase(name: str) -> str:
    """A country's name as it is written in a sentence: "the United States", "the Philippines", "France"."""
    _, takes_the = country_places()
    return f"the {name}" if name in takes_the else name


def _bare_country(text: str) -> str | None:
    _, takes_the = country_places()
    for match in re.finditer(r"\b(?:about|in|from|of|outside|to|into|across|for|by|with)\s+([A-Z][\w ]+)", fold(text)):
        name = next((n for n in takes_the if match.group(1).startswith(n)), None)
        if name:
            return f"“{match.group(0).split()[0]} {name}” should be “{match.group(0).split()[0]} the {name}”"
    return None


def _same_place_twice(text: str) -> str | None:
    names, _ = country_places()

    def code(name: str) -> str | None:
        return names.get(name) or names.get(name.rstrip("."))

    pattern = (
        r"\bbetween\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)\s+and\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
    )
    match = re.search(pattern, fold(text))
    if match and code(match.group(1)) and code(match.group(1)) == code(match.group(2)):
        return f"“{match.group(1)}” and “{match.group(2).rstrip('.')}” are the same country"
    return None


def _context_free(item: ItemText, article: str | None) -> list[Flaw]:
    statement = _statement(item)
    if not statement:
        return []
    stripped = statement.strip().rstrip("”\"'’ ")
    if stripped.endswith(("?", "!")):
        return [
            Flaw("not-a-statement", f"a question or exclamation is given as a statement to judge: {_short(statement)}")
        ]
    reference = context_reference(statement, standalone=BLANK not in item.prompt)
    if reference and item.answer == (JUDGMENT_CHOICE,):
        reference = None  # a speaker's judgment is recognisable as one without the sentences around it
    if reference:
        return [Flaw("context-free", f"“{reference}” makes no sense without the article around it")]
    return []


def _explanations(item: ItemText, article: str | None) -> list[Flaw]:
    text = item.explanation
    if not text.strip():
        return [Flaw("no-explanation", "the item has no explanation")]
    flaws = []
    own = _QUOTED.sub(" ", text)
    for key in item.answer:
        own = own.replace(key, " ")
    if len(re.findall(r"[A-Za-z]{2,}", own)) < 8:
        flaws.append(Flaw("echo-explanation", "the explanation only repeats the article; it does not teach why"))
    item_text = " ".join((*item.evidence, item.prompt, *item.choices))
    for match in _QUOTED.finditer(text):
        quoted = (match.group(1) or match.group(2)).strip(" .,;:")
        if not quoted or len(quoted) > 40 or quoted.lower() == "said":
            continue
        if not _in_text(quoted, item_text) and not (article and _in_text(quoted, article)):
            flaws.append(Flaw("untrue-explanation", f"the explanation quotes “{quoted}”, which is not in the article"))
            break
    lowered = text.lower()
    key_text = " ".join(item.answer + item.evidence)
    if re.search(r"\bexact (?:figure|number|count)", lowered) and _APPROXIMATE.search(" ".join(item.answer)):
        flaws.append(Flaw("untrue-explanation", "an approximate figure is called exact"))
    if "how long" in lowered and (
        _DATE_WORDS.search(" ".join(item.answer)) or re.fullmatch(r"\s*(?:in\s+)?\d{4}\s*", " ".join(item.answer))
    ):
        flaws.append(Flaw("untrue-explanation", "a date is explained as a duration"))
    if FACT_CHOICE in item.choices and item.answer == (JUDGMENT_CHOICE,):
        cited = [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]
        statement = _statement(item) or key_text
        if cited and not any(_in_text(c, statement) for c in cited):
            flaws.append(Flaw("untrue-explanation", "the explanation cites judgment words the statement does not hold"))
    return flaws


def _fact_keyed_judgment(item: ItemText, article: str | None) -> list[Flaw]:
    if FACT_CHOICE not in item.choices or item.answer != (FACT_CHOICE,):
        return []
    statement = _statement(item) or ""
    found = evaluative_words(statement) + hedge_words(statement)
    if found:
        return [Flaw("fact-keyed-judgment", f"keyed as a checkable fact, but “{found[0]}” is a judgment word")]
    return []


def _duplicates(item: ItemText, article: str | None) -> list[Flaw]:
    keys = [match_key(c).lower().strip(" .") for c in item.choices]
    if len(set(keys)) != len(keys):
        return [Flaw("duplicate-choices", "two choices say the same thing")]
    return []


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= limit else f"“{text[:limit].rstrip()}…”"


_RULES = (
    _doubled_quotes,
    _unbalanced,
    _dateline_in_text,
    _furniture,
    _garbled,
    _typos,
    _key_in_stem,
    _clang,
    _absolutes,
    _number_patterns,
    _form_cues,
    _in_stem,
    _fragments,
    _non_speakers,
    _overlapping,
    _invented_names,
    _agreement,
    _context_free,
    _explanations,
    _fact_keyed_judgment,
    _duplicates,
)
