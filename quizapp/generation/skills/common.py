"""Helpers the skill modules share: trimming sentences, blanks, excerpts."""

from __future__ import annotations

import re

from quizapp.articles.model import Article
from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, Sentence
from quizapp.generation.doctext import doc_text
from quizapp.generation.extract.numbers import is_service_number
from quizapp.generation.extract.vocab import PASSING_ON, REPORTING_LEMMAS
from quizapp.generation.gazetteer import party_of
from quizapp.textnorm import contains, fold, inside_quotation_marks, tidy

_CLAUSE_BREAK = re.compile(
    r",\s+(?:as|while|after|turning|which|who|amid|following|but|and|saying|according|where|when|with|"
    r"tasked|\w+ing)\b"
    r"|\s+(?:as|while|amid|after|because)\s+(?:the|a|an|its|his|her|their)\b"
)
_STARTS_BADLY = re.compile(
    r"^(?:But|And|Or|So|He|She|They|It|This|That|These|Those|His|Her|Their|Its)\b|"
    r"^(?:Indeed|However|Still|Moreover|Meanwhile|Nevertheless|Instead|In fact|Even so|Yet|Also),"
)  # "Indeed, according to the New York Fed, …": an answer to the sentence before
BLANK = "_____"


_DATE_LINE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s+(?=[A-Z])"
)


# A dateline the article reader did not take as the story's own (a wire report quoted in a page, a second
# dispatch): a place in capitals or words, an optional agency, then a dash, at the start of a paragraph.
_PLACE_DASH = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,30}|[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})(?:,\s*[A-Z][\w. ]{1,25})?"
    r"(?:\s*\([A-Za-z. ]{1,20}\))?"
    r"\s*(?:--|[-–—])\s+(?=[A-Z])"
)


# "(Reuters) -", and "(CNN) On Wednesday, …" with no dash at all.
_AGENCY_ONLY = re.compile(r"^\((?:Reuters|AP|AFP|UPI|CNN|Bloomberg|dpa|EFE)\)\s*(?:(?:--|[-–—])\s*)?(?=[A-Z])")


def leading_dateline(text: str) -> str | None:
    """A dateline opening a paragraph ("GOMA -", "DAKAR, Senegal (AP) —", "Goma -", "(Reuters) -"): a place in
    capitals, or one word that names a place, or an agency's mark alone; never a person or a phrase ("Hu
    Jintao - China's president …")."""
    from quizapp.generation.gazetteer import is_place_name

    agency = _AGENCY_ONLY.match(text)
    if agency:
        return agency.group(0)
    match = _PLACE_DASH.match(text)
    if not match:
        return None
    place = match.group("place").strip()
    if (place.isupper() and len(place.replace(" ", "")) >= 2) or is_place_name(place):
        return match.group(0)
    return None


# Events that fall only in some years (elections, races for an office, the Olympics, a census): a year changed
# beside them gives itself away ("the 2017 presidential race", "In 2005, the Democrats fielded candidates").
PERIODIC = re.compile(
    r"\b(?:elect\w*|midterms?|olympic\w*|world cup|census|primar(?:y|ies)|caucus\w*|inaugurat\w*|"
    r"anniversary|centenary|term|presidential|race|campaign\w*|candidac\w*|candidates?|nominat\w*|ballots?|"
    r"vot(?:e|es|ed|ing|ers?)|re-?elected|polls?|(?:won|win|wins|carried|carry|lost)\s+(?:each|every|the|both)?\s*"
    r"(?:states?|seats?|districts?|counties|county)|endors\w*|"
    # "states that Trump won in 2016": a place a candidate won, in an election's year
    r"(?:states?|seats?|districts?|counties|county)\s+(?:that\s+|which\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:won|carried|lost)\b|"
    # "helped deliver his 2016 victory", "her 2018 win": a candidate's win, in an election's year
    r"(?:his|her|their|its|party's|party’s)\s+(?:\d{4}\s+)?(?:victory|win|loss|defeat|landslide))\b",
    re.IGNORECASE,
)


def strip_dateline(article: Article, sentence: Sentence) -> str:
    """The sentence without the dateline (``DAKAR, Senegal (AP) —``, ``Goma -``) in front."""
    text = sentence.text
    if sentence.index == 0 and article.dateline and article.dateline.text and text.startswith(article.dateline.text):
        text = text[len(article.dateline.text) :].strip()
    if sentence.index == 0:
        text = _DATE_LINE.sub("", text, count=1)
    if _first_in_paragraph(sentence):
        dateline = leading_dateline(text)
        if dateline:
            text = text[len(dateline) :]
        label = _SECTION_LABEL.match(text)
        first = next(iter(sentence.span), None) if sentence.span is not None else None
        if label and first is not None and not first.ent_type_ and first.pos_ != "PROPN":
            text = text[label.end() :]  # "Bonds: The price of …": the heading of a market roundup, not the news
    return text


# A word or two and a colon opening a paragraph ("Bonds:", "Oil prices:"): a roundup's heading. Not a speaker's
# name ("Trump: …"), which the check on the first word keeps.
_SECTION_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?:\s+(?=[A-Z])")


def possessive(who: str, plural: bool) -> str:
    """ "Tom Reyes's", but "the workers'" and "Senate Democrats'" for a plural ending in s, and "the speaker's" for
    a phrase whose head comes before its last word ("a spokesman for Senate Democrats's" would misread)."""
    if _POSTMODIFIED.search(who):
        return "the speaker's"
    if (plural or _GROUP_PLURAL.search(who)) and who.endswith("s"):
        return f"{who}'"
    return f"{who}'s"


_POSTMODIFIED = re.compile(r"\s(?:for|of|at|with|from|in|on)\s")
_GROUP_PLURAL = re.compile(r"\b(?:Democrats|Republicans|Tories|Conservatives|Liberals|Socialists|Greens|Officials)$")


# "…, which Trump won by 8 points, according to the GOP officials": the source closes a background clause, so
# what it vouches for is unclear (the clause, or the whole sentence); "200,000" keeps its comma inside the clause.
_CREDIT_AFTER_A_CLAUSE = re.compile(r",\s+(?:which|who|where|when)\b(?:[^,]|,\d)*,\s+(?:according to|per)\b")


def credit_closes_a_clause(text: str) -> bool:
    """True when an "according to" follows a relative clause: it may vouch only for that clause."""
    return bool(_CREDIT_AFTER_A_CLAUSE.search(text))


def quote_sentences(analysis: Analysis, quote) -> str:
    """The sentence a quotation stands in, through the one where it ends and is credited, when it runs over."""
    last = quote.ends_in if quote.ends_in is not None else quote.sentence
    return " ".join(s.text for s in analysis.sentences[quote.sentence : last + 1])


def _first_in_paragraph(sentence: Sentence) -> bool:
    """True when only white space stands before the sentence in its paragraph. Read token by token: this runs
    for every sentence of every skill, and `Doc.text` joins the whole paragraph each time it is asked for."""
    span = sentence.span
    index = span.start - 1
    while index >= 0 and span.doc[index].is_space:  # from the sentence back: the token before is usually a stop
        index -= 1
    return index < 0


def main_clause(text: str, min_words: int = 6, keep_until: int = 0) -> str:
    """The sentence cut before a trailing clause (", as …", ", which …"), without the final stop.

    The cut never falls before `keep_until` (the end of the main verb, when known).
    """
    for match in _CLAUSE_BREAK.finditer(text):
        before = text[: match.start()]
        if (
            re.search(r"\b(?:known|called|named|dubbed|such|so|same)$", before)
            or (
                match.group(0).lstrip(", ").startswith(("after", "before"))
                and re.search(
                    r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|shortly|soon|just|right|long|only|even)$",
                    before,
                )
            )
            or (
                match.group(0).lstrip(", ").startswith("as ")
                and re.search(r"\b(?:\w+ed|seen|thought|held|shown)$", before)
            )
        ):
            continue  # "an area known | as the …", "a computer, billed | as the …", "…, a day | after the …": a cut
            # here leaves a fragment
        if re.search(r"\w+ing$", before) and re.match(
            r",\s+\w+ing(?:,\s+\w+ing)*,?\s+(?:and|or)\s+\w+ing\b", text[match.start() :]
        ):
            continue  # "violated policies by drafting, leaking and retaining memos": a list of doings, not a clause
        if match.start() >= keep_until and len(before.split()) >= min_words:
            return before.strip()
    return text.rstrip(" .")


def root_end(sentence: Sentence, text: str) -> int:
    """Where the main verb of `sentence` ends within `text` (a suffix of the sentence's text)."""
    root = sentence.span.root
    offset = len(sentence.text) - len(text)
    return max(0, root.idx - sentence.span.start_char + len(root.text) - offset)


def passing_on(sentence, lemmas=PASSING_ON, *, own_speaker: bool = False, outside_quotations: bool = False) -> int:
    """How many verbs of the sentence pass words on (with `own_speaker`, only those with a subject of their own:
    "Ali tweeted that two sources confirmed …" has two, "Lee said …, vowing to …" one; with `outside_quotations`,
    only the writer's, not a speaker's own "as I told them" inside the marks)."""
    return sum(
        1
        for t in sentence.span
        if t.pos_ in ("VERB", "AUX")
        and t.lemma_.lower() in lemmas
        and (not own_speaker or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
        and not (outside_quotations and inside_quotation_marks(sentence.text, t.idx - sentence.span.start_char))
    )


def stands_alone(text: str) -> bool:
    """True for sentences that make sense out of context: no leading pronoun or conjunction, no quotes."""
    folded = fold(text)
    return (
        folded[:1].isalpha()
        and not _STARTS_BADLY.match(folded)
        and '"' not in folded
        and 8 <= len(text.split()) <= 40
        and not folded.rstrip().endswith(("...", "…"))  # "… Tim Kaine. ...": the page cut the text short
        and ENDS_A_SENTENCE.search(folded) is not None  # "Ralph Northam takes on blackface scandal in first
        # interview": a line with no full stop is a linked headline or a subheading, not the story's sentence
        and not re.search(r"\b(?:you|your|yours|yourself)\b", folded, re.IGNORECASE)
    )  # "a story that you do on Breitbart …": someone's spoken words to a listener, not the article's statement


def with_blank(text: str, start: int, end: int) -> str:
    """`text` with [start, end) replaced by a blank."""
    return tidy(text[:start] + BLANK + text[end:])


def excerpt(text: str, max_words: int = 30) -> str:
    """At most `max_words` words of `text`, with an ellipsis when cut; never inside brackets that the cut would
    leave open ("here [in …"): the cut then falls before the bracket."""
    words = text.split()
    if len(words) <= max_words:
        return text
    kept = " ".join(words[:max_words])
    for opening, closing in (("[", "]"), ("(", ")")):
        if kept.count(opening) > kept.count(closing):
            kept = kept[: kept.rfind(opening)]
    kept = kept.rstrip(",;: ") + " …"
    if kept.count("“") > kept.count("”"):
        return kept + "”"  # a quotation the cut leaves open is closed after the ellipsis
    return kept + '"' if kept.count('"') % 2 else kept


_TRAILING_EDIT = re.compile(r"\s*\[[.,;:]\]\s*$")


def quoted(text: str) -> str:
    """Text in curly double quotes for a prompt (without a trailing comma or an editor's "[.]" from the source)."""
    return f"“{_TRAILING_EDIT.sub('', text.strip()).rstrip(',;:')}”"


def of_themself_in_third_person(analysis, quote) -> bool:
    """True for a fragment in quotation marks that calls its own speaker "she" or "he" (told the paper that he
    rested his hand on her thigh "even as she squirmed in her seat"; too high for him to "wait his turn"): another
    account's words, or the writer's, not the speaker's. Only a pronoun of the other sex than the speaker's (as the
    article shows it) plainly speaks of someone else."""
    words = quote.text.strip()
    if quote.source is None or not words[:1].islower():
        return False
    gender = analysis.genders.get(quote.source.label)
    pronouns = {"f": r"\b(?:she|her|hers|herself)\b", "m": r"\b(?:he|him|his|himself)\b"}.get(
        gender or "",
        r"\b(?:she|he|her|hers|his|him|herself|himself)\b",  # whose sex is not known: either may be theirs
    )
    return bool(re.search(pronouns, words, re.IGNORECASE))


def as_written(words: str, text: str) -> str:
    """`words` in quotation marks when `text` (the article) has them as they stand, else without: a role put
    together from both sides of a name ("political scientist John Green of the University of Akron") is no quotation."""
    return f"“{words}”" if contains(text, words) else words


def shown(text: str) -> str:
    """A sentence for a prompt: in quotes, unless it has quotation marks of its own."""
    return text if '"' in fold(text) else quoted(text)


_COMMON_FIRST_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "some",
        "two",
        "three",
        "four",
        "several",
        "many",
        "state",
        "local",
        "federal",
        "senior",
        "police",
        "officials",
        "authorities",
        "government",
        "witnesses",
        "residents",
        "experts",
        "analysts",
        "sources",
        "officers",
    ]
)


# First words that never begin a name, whatever follows ("Two US officials", "Senior White House officials").
_NEVER_NAMES = frozenset(
    "the a an one two three four five six seven eight nine ten several many some few most all both other others "
    "senior top former current another".split()
)


# Titles that name one person on their own, with "the": "the Queen", "the Pope".
_ONE_OF_A_KIND = frozenset("queen king pope prince princess emperor empress pontiff dalai".split())


def mention(label: str) -> str:
    """A source label inside a sentence: "One of the trainers" -> "one of the trainers", "Police" -> "the police"."""
    words = label.split()
    if len(words) == 1 and words[0].lower() in _COMMON_FIRST_WORDS:
        return f"the {words[0].lower()}"
    if len(words) == 1 and words[0].lower() in _ONE_OF_A_KIND:
        return f"the {label}"  # "the Queen said": "the exact words of Queen" is no English
    if (
        words
        and words[0].lower() in _COMMON_FIRST_WORDS
        and (words[0].lower() in _NEVER_NAMES or not (len(words) > 1 and words[1][:1].isupper()))
    ):
        return label[:1].lower() + label[1:]  # not "white House officials": the first word of a name keeps its capital
    return label


def mention_in(label: str, text: str) -> str:
    """`mention(label)`, written as `text` writes it: "prison officials wrote" keeps "prison" in lower case,
    though the label, a choice, begins with a capital."""
    lowered = label[:1].lower() + label[1:]
    if (
        len(label.split()) >= 2
        and lowered != label
        and re.search(rf"(?<![.!?]\s)\b{re.escape(lowered)}\b", text)
        and not re.search(rf"(?<=[a-z,;]\s){re.escape(label)}\b", text)
    ):
        return mention(lowered)
    return mention(label)


def broken_off(content: str) -> bool:
    """True for reported words cut off by an aside or at a conjunction ("easy to say and, to prevent stigma",
    "the name had to be easy to say and"): not a claim a student can judge or credit."""
    return bool(re.search(r"\b(?:and|or|but),\s|\b(?:and|or|but)[\s,]*$", content))


def is_plural(source) -> bool:
    """True for groups ("U.S. officials"), never for a named person ("Marie Dubois")."""
    from quizapp.generation.sources import head_word

    if source.named:
        return False
    label = source.label
    head = head_word(label)
    return not label.lower().startswith(("a ", "an ", "one ")) and head.endswith("s") and not head.endswith("ss")


_ATTRIBUTION = caseless(
    r"\b(?P<how>according to|per|estimates? by|(?:as )?reported by|"
    r"(?<!the )(?<!\bon )(?<!using )(?<!uses )figures from|(?<!the )(?<!\bon )(?<!using )(?<!uses )data from|citing)"
    r"\s+(?P<rest>.+)",  # not "culls the data from a variety of sources": what was gathered, and where from
)
_ENDS_SOURCE = frozenset(
    "he she they it his her their its who which that said says told was were is are had has have would will "
    "after before when while because as in on at put puts show shows showed shown found finds estimated indicate "
    "indicates indicated reached rose fell stood saw suggest suggests suggested".split()
)
_SOURCE_NOUNS = frozenset(
    "officials official police media television tv radio agency ministry department office authorities report "
    "reports sources source spokesperson spokesman spokeswoman service data figures statement news survey "
    "government council commission court researchers scientists analysts experts tallies tally counts count "
    "estimates estimate statistics records polls poll surveys community state of and for de the from at on in".split()
)
_BARE_RECORDS = frozenset(
    "data figures statistics estimates records reports research documents numbers information analysis tallies".split()
)
_JOINS_A_NAME = frozenset("of and for de from at on in to by with".split())
_NOT_A_SOURCE = frozenset(
    "doctrine doctrines rules rule law laws guidelines policy policies regulations constitution statute treaty "
    "scale schedule plan tradition custom definition request requests terms agreement act bill charter telescope "
    "census records website map maps calendar".split()
)
# Words a phrase cannot end on ("China's ambassador to", "according to a 2012 article about"): it was cut short.
DANGLING_END = frozenset("of and or for the de a an to by from with about on in at as".split())
# A reported clause that ends on a question word or on one of those words was cut inside its object ("… would
# distract the extremists from hitting hard at what").
# Also a clause whose own verb of asking or telling has lost what was asked ("Trump asked Sondland, referring to
# Zelenskiy": the question itself stood in the quotation before); or one that ends on a helping verb, its rest left
# for the reader to supply ("claimed that others in the White House are").
_HELPING_VERBS = {"is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had", "will", "would"}
CUT_AT_THE_END = re.compile(
    r"\b(?:"
    + "|".join(sorted(DANGLING_END | _HELPING_VERBS | {"what", "which", "who", "whom", "whose", "where"}))
    + r")$|"
    r"^(?:\S+\s+){1,4}(?:asked|told|wondered|replied to|responded to)\s+(?:[A-Z][\w.'’-]*\s*){1,3}(?:,|$)"
)


def attribution(text: str) -> tuple[str, str] | None:
    """("according to", "the B.C. Coroners Service") for a sentence that credits its content to a source.

    The source runs to the next comma, semicolon or sentence end (abbreviations such as "B.C." kept), and stops
    before a pronoun or a verb; None when what is left is not a clean name of at most eight words.
    """
    match = _ATTRIBUTION.search(text)
    if not match:
        return None
    if match["how"].lower() in ("per", "citing", "data from", "figures from") and not re.match(
        r"(?:the|a|an|its|their|local|unnamed|witnesses|officials|sources|police|residents|people|authorities)\b|"
        r"[A-Z]",
        match["rest"],
    ):
        return None  # "per hour", "citing progress made against …": a rate or a reason, not a source
    if match["how"].lower() == "per" and re.match(
        r"(?:[A-Z][\w.-]*\s+){1,3}(?:share|shares|unit|units|barrel|ounce|ton|tonne|capita|head|person|year|month|"
        r"week|day|hour|minute|mile|kilometre|kilometer|gallon|litre|liter|vote|seat)\b",
        match["rest"],
    ):
        return None  # "$19,790 per Class A share": a rate of a named kind of thing, not a source
    if match["how"].lower() == "citing":
        cited = re.split(r"[,;.]", match["rest"], maxsplit=1)[0].split()
        common = [w for w in cited if w.islower() and w not in _JOINS_A_NAME | {"the", "a", "an", "its", "their"}]
        if common and not set(common) & (_SOURCE_NOUNS - _JOINS_A_NAME):
            return None  # "citing a Taliban attack in Kabul": the reason given, not a source; "citing the health
            # ministry" names one
    words: list[str] = []
    tokens = re.split(r"\s*[—–]\s*|\s+-\s+", match["rest"])[0].split()  # "the Washington Post—allowed"
    for position, word in enumerate(tokens):
        bare = word.strip(",;:")
        adverb = words[-1].lower() if words else ""
        if bare.lower() in _ENDS_SOURCE or (
            bare.islower()
            and bare.endswith("ed")
            and len(bare) > 4
            and adverb not in ("recently", "newly", "just", "widely", "previously", "officially", "jointly")
        ):  # "a recently released survey": the participle describes the source, and the noun comes after it
            break
        if bare.endswith(".") and (
            not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", bare)
            or (position == len(tokens) - 1 and not re.fullmatch(r"(?:[A-Z]\.)+", bare))
        ):  # "CBS News." at the end of the sentence: the full stop ends it, "Gov." before a name does not
            words.append(bare[:-1])
            break
        following = tokens[position + 1].strip(",;:.").lower() if position + 1 < len(tokens) else ""
        if words and words[-1][:1].isupper() and bare.islower() and bare not in _SOURCE_NOUNS:
            if following in _SOURCE_NOUNS - _JOINS_A_NAME - {"the", "state"}:
                words.append(bare)  # "a US | defense official": a word of the role before the noun that ends it
                continue
            if position + 1 < len(tokens) and tokens[position + 1][:1].isupper():
                return None  # "according to Washington D.C. attorney Joe DiGenova": a place, a role, then the name
            if words[0].lower() in ("a", "an") or (
                bare in _BARE_RECORDS and following not in ("and", "or") and "-" not in words[-1]
            ):
                words.append(bare)  # "a Reuters analysis", "a RealClearPolitics average", "the latest NPR analysis":
                # the name is the noun's
                break
            ahead = []
            for later in tokens[position : position + 5]:
                ahead.append(later.strip(",;:.").lower())
                if later.endswith((",", ";", ":", ".")):
                    break
            if any(re.search(r"['’]s?$", w) or w in _SOURCE_NOUNS for w in ahead):
                return None  # "according to the US | trade representative's office (USTR)": the phrase goes on to
                # its noun, so the name cut here would be a different source
            break  # "according to Wasef archaeologists …": a missing comma, the name ends here
        if bare.lower() in ("the", "a", "an") and words and words[-1].lower() not in _JOINS_A_NAME:
            break  # "according to Microsoft the messages were …": a new phrase starts, the source ends
        words.append(bare)
        if word.endswith((",", ";", ":")):
            break
    if len(words) == 1 and words[0].lower() in _BARE_RECORDS:
        return None  # "according to data released by …": whose data, the name that follows says
    if not words or len(words) > 8 or words[-1].lower() in DANGLING_END or re.search(r"['’]s?$", words[-1]):
        return None  # cut short ("PG&E's")
    if re.search(r"-(?:based|born|run|owned|led|funded|backed|affiliated|linked)$", words[-1]):
        return None  # "the Massachusetts-based | research and advocacy organization …": cut before its noun
    if words[-1].lower() in _NOT_A_SOURCE or re.search(r"['’]s\s+\S+$", " ".join(words)):
        return None  # "per the doctrines", "according to the law", "NASA's Hubble": not someone's account
    return match["how"], " ".join(words)


# Words that show a person's sex: a name of the other sex in their place would give a swap or a blank away.
GENDERED = re.compile(
    r"\b(?:he|she|his|her|him|hers|wife|husband|mother|father|son|daughter|aunt|uncle|brother|sister|man|woman|"
    r"boy|girl|widow|widower|king|queen|actress|actor|"
    # "a trio of Democratic women led by ___": a group of one sex, whose leader is of it too
    r"women|men|girls|boys|wives|husbands|mothers|fathers|sisters|brothers|daughters|sons|ladies|gentlemen)\b",
    re.IGNORECASE,
)


_COMMON_STARTS = frozenset(
    "the a an its there it this these those some many most all several no one two three four five more fewer "
    "about nearly almost at in on by for officials police authorities people".split()
)


# A time first in reported words ("said that yesterday the laws …") belongs to the saying, not the claim.
# A concession after a claim ("…, though tariffs are paid by importers"): often the writer's answer to it, which
# the parse gives the speaker too.
# The writer's caveat or aside run into a reported claim: ", though Comey made clear …", ", as he has said when
# asked the question previously" (another saying, told by the writer).
# Verbs a claim hangs on that report no words said: the writer's reading ("suggested", "implied") or a belief
# ("believe Ford": trust in someone, parsed as a speaker's claim).
# Verbs that report a hint rather than words ("suggested", "hinted"): what follows is the writer's reading of it.
HINTING_VERBS = frozenset("suggested suggests implied implies insinuated insinuates hinted hints".split())
NO_WORDS_SAID = HINTING_VERBS | {"believe", "believes", "believed"}
REBUTTAL = re.compile(
    r",\s+(?:although|though|even though|whereas)\b|"
    r",\s+as\s+\w+\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|noted|argued|put it)\b|"
    # ", which created speculation that …": what the words led to, in the writer's own
    r",\s+which\s+(?:created|caused|led to|prompted|sparked|raised|fuel(?:l)?ed|drew|triggered|stirred)\b",
    re.IGNORECASE,
)
TIME_FIRST = re.compile(
    r"^(?:yesterday|today|tomorrow|tonight|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"last (?:week|month|year|night)|this (?:week|month|year|morning)|earlier|later)\b",
    re.IGNORECASE,
)


# Words after a verb of saying that name a topic, not a statement ("describes how a decision might play out"):
# "X said that how …" would make no sense. Not "if" or "when": "said that if Comey keeps his notes, they should
# be subpoenaed" states something.
TOPIC_NOT_CLAIM = re.compile(r"(?:how|what|why|where|whether|who|which)\b", re.IGNORECASE)


# A sentence that ends as one: a full stop, a question or an exclamation mark, before any closing marks (not a
# subheading or a summary line with none).
ENDS_A_SENTENCE = re.compile(r"[.!?][\"”’')\]]*\s*$")


def as_clause(content: str) -> str:
    """Reported words to follow "said that": a common first word in lower case, a name as written, no full stop."""
    first = content.split()[0] if content.split() else ""
    text = content[:1].lower() + content[1:] if first.lower() in _COMMON_STARTS else content
    return text.rstrip(".")


def story_sentences(analysis: Analysis) -> list[Sentence]:
    """Body sentences of the story itself: no page furniture, no garbled table or footnote text."""
    return [s for s in analysis.sentences if not s.furniture]


def sentences_without_quotes(analysis: Analysis) -> list[Sentence]:
    """Story sentences that hold no direct quotation, nor the tag of one the sentence splitter cut off before them
    ("“What's he ever done?” | Representative Bobby L. Rush … asked repeatedly in 2000 …")."""
    quoted_ids = {q.sentence for q in analysis.quotes}
    return [
        s
        for s in story_sentences(analysis)
        if s.index not in quoted_ids
        and '"' not in fold(s.text)
        and not _tags_a_quotation(analysis, s)
        and not inside_a_quotation(s)
    ]


def inside_a_quotation(sentence: Sentence) -> bool:
    """True when a quotation opened earlier in the paragraph is still open where the sentence starts: the middle
    sentence of "… declared, “You are not welcome here. Most of the people who work here are queer. Get out!”"
    has no quotation mark of its own, but the words are the speaker's, not the article's."""
    span = sentence.span
    return inside_quotation_marks(doc_text(span.doc), span.start_char)


_QUOTED_QUESTION = re.compile(r"^\W*[\"“‘'].*[?!][\"”’']\s*$")
_TAG_VERB = re.compile(
    r"^(?:\S+\s+){0,14}?(?:asked|asks|said|says|added|adds|wondered|wonders|replied|shouted|exclaimed)\b"
)


def _tags_a_quotation(analysis: Analysis, sentence: Sentence) -> bool:
    """True when the sentence before, in its paragraph, is a quoted question or exclamation alone and this one has
    a word of saying near its start: it is that quotation's tag, whose verb has lost its words."""
    if sentence.index == 0:
        return False
    before = analysis.sentences[sentence.index - 1]
    return (
        before.paragraph == sentence.paragraph
        and bool(_QUOTED_QUESTION.match(fold(before.text)))
        and bool(_TAG_VERB.match(sentence.text))
    )


def sentence_case(text: str) -> str:
    """First letter upper-case."""
    return text[:1].upper() + text[1:] if text else text


_CLAUSE_VERB_DEPS = frozenset({"advcl", "relcl", "acl", "xcomp", "pcomp", "csubj", "amod", "prep", "pobj"})


def governs(sentence, claim) -> bool:
    """True when the speech verb heads the sentence's main clause and its content is the rest of that clause:
    not a verb in a "While …" clause, and no semicolon or colon between the verb and what it reports."""
    verbs = [t for t in sentence.span if t.text == claim.verb]
    if not verbs or any(v.dep_ in _CLAUSE_VERB_DEPS for v in verbs):
        return False
    if any(v.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) for v in verbs):
        return False  # "Washington wants Maliki out and Earnest said that …": the first clause is the writer's
    if any(v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORTING_LEMMAS for v in verbs):
        return False  # "The website said that Cohen had told investigators that …": the website's account of his words
    text = sentence.text
    content = claim.content or ""
    at, where = text.find(claim.verb), text.find(content)
    if where < 0 and content:  # "Nine embassies will close, X announced": the content reads "nine embassies …"
        where = text.find(content[:1].upper() + content[1:])
    if at < 0 or where < 0:
        return False
    between = text[min(at, where + len(content)) : max(at, where)]
    if re.search(r"[;:]|\s[—–]\s", between):
        return False
    return not re.search(r"\b(?:whether|if)\s+$", text[:where])  # "said whether Trump will agree … depends on …"


_NAME_BEFORE = re.compile(r"(?<=[\w,;:] )([A-Za-z]*[A-Z][\w-]*)\s+$")
_NOT_A_NAME_WORD = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|US|U\.S|UK|EU|UN|"
    r"Rs|Rp|RM|Tk|Sh|KSh|INR|USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY|HKD|NZD|ZAR|R|P|K|Nos?|Number|No)\.?$"
)


# Counts every student knows without the story ("the 50 states", "all 50 state governors", "24 hours a day"):
# changed, they are false on their face; blanked, the answer comes from general knowledge.
_KNOWN_COUNT = re.compile(
    r"(?:(?:nearly|almost|about|around|roughly|all|over|more than|fewer than|at least|up to)\s+)?"  # "nearly 50 states"
    r"(?:(?:50|fifty)\s+(?:U\.S\.\s+|American\s+)?(?:states\b|state\s+(?:governors|legislatures|capitals|"
    r"attorneys general|houses|parties|flags)\b)|(?:100|one hundred)\s+(?:U\.S\.\s+)?senators\b|"
    r"(?:24|twenty-four)[- ]hours?\s+a\s+day\b|(?:12|twelve)\s+months\s+(?:a|of the)\s+year\b|"
    r"(?:365)\s+days\s+a\s+year\b|(?:seven|7)\s+days\s+a\s+week\b|(?:nine|9)\s+(?:Supreme Court\s+)?justices\b)",
    re.IGNORECASE,
)


def named_number(text: str, start: int, end: int) -> bool:
    """True when the number at text[start:end] is part of a name or a label rather than a figure: "4K", "a
    3-pointer", "iOS 12", "Apple Watch Series 4", "Chapter 11", or a count known to all ("the 50 states").
    Changed, it reads as absurd, not as wrong."""
    if _KNOWN_COUNT.match(text, start) or is_service_number(text[start:end], text[:start], text[end:]):
        return True  # "the 50 states", "911 calls"
    if re.search(
        r"\b(?:[Ff]orm|[Ss]ection|[Aa]rticle|[Rr]oute|[Ff]light|[Rr]ule|[Tt]itle|[Pp]roposition|[Mm]easure|"
        r"[Nn]o\.|[Nn]umber|[Pp]art|[Ss]tep|[Pp]hase|[Tt]akeaway|[Ll]esson)\s+$|#\s*$",
        text[:start],
    ) or (re.fullmatch(r"\d{3,}", text[start:end]) and re.match(r"\s+forms?\b", text[end:])):
        return True  # "Section 230", "Flight 370", "Takeaway No. 3", "its 4473 forms": a label, not a count
    if re.match(
        r"[A-Za-z]|-(?!year|month|week|day|hour|minute|mile|foot|feet|meter|metre|kilomet|percent|point\b)[a-z]|"
        r"-[A-Z]\b",  # "a 3-D printer", "4-H clubs": a label; "a 4-D printer" gives itself away
        text[end:],
    ):
        return True
    if not re.fullmatch(r"(?:19|20)\d\d", text[start:end]) and _titled_word_after(text[end:]):  # not "In 2004 Apple"
        return True
    match = _NAME_BEFORE.search(text[:start])
    return bool(match) and not _NOT_A_NAME_WORD.match(match.group(1)) and not text[:start].rstrip().endswith("$")


def _titled_word_after(rest: str) -> bool:
    """True when a figure is followed by an everyday word written with a capital, as in a title ("50 First Dates",
    "12 Angry Men"): not a month, a weekday, a place or a nationality ("300 Americans"), or a rare word (a name)."""
    from wordfreq import zipf_frequency

    match = re.match(r" ([A-Z][a-z]+)\b", rest)
    if not match or _NOT_A_NAME_WORD.match(match.group(1)):
        return False
    word = match.group(1)
    if party_of(word) or party_of(word.removesuffix("s")):
        return False
    return zipf_frequency(word.lower(), "en") >= 4.0


_CONDITIONS = frozenset({"if", "unless", "because", "although", "though", "whereas", "once"})


def is_fragment(span) -> bool:
    """True for a noun phrase with a relative clause and no predicate of its own ("The site's editor, Nate
    Silver, who was criticized before Tuesday."): the source cut the sentence short. A sentence whose verb the
    tagger read as a noun ("State television … broadcast footage …") has no relative clause, so it stays."""
    if span.root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITIONS for g in c.children)
        for c in span.root.children
    ):
        return True  # "Mick Mulvaney, if the decision is approved by the Senate.": a name and a condition, cut from
        # the sentence before
    if (
        span.root.tag_ == "VB"
        and span.root.i == span.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in span.root.children)
    ):
        return True  # "Deploy its National Guard to the border": a bullet of a list, whose subject stands above it
    if span.root.pos_ in ("NOUN", "PROPN", "NUM", "VERB") and not any(
        t.pos_ in ("VERB", "AUX") and t.lower_ != "according" for t in span
    ):
        return True  # "The Watts Bar Unit 2 in Tennessee, according to the EIA.": a list item, no claim of its own
    first_verb = next((t for t in span if t.pos_ in ("VERB", "AUX")), None)
    if first_verb is not None and first_verb.tag_ == "VBG" and first_verb.i > span.start:
        before = span.doc[first_verb.i - 1]
        if before.pos_ == "PROPN" and before.ent_type_ == "PERSON":
            return True  # "Cuomo communications director Dani Lever claiming the state …": a caption's line, no verb
    return span.root.pos_ not in ("VERB", "AUX") and any(t.dep_ == "relcl" for t in span)


# A figure followed by the whole it is part of ("9 out of 10", "39 of the 50"): the second figure rules some
# wrong values out, and a swap can make the part larger than the whole.
OUT_OF = re.compile(  # "9 out of 10", "9 in 10"
    r"\s+(?:(?:out\s+)?of\s+(?:the\s+)?\d|in\s+(?:10|100|1,000|ten|five|four|three|two)\b(?![,.]\d))"
)


def paired_with_a_name(before: str, after: str) -> bool:
    """True when a name stands in a pair with another ("Barack Obama and Hillary Clinton", "Tom Devocht and
    ___"): the partner gives it away to anyone who knows the news, and a swap makes a pair nobody would write."""
    return bool(
        re.match(r",?\s+(?:and|or|&)\s+(?:[A-Z][a-z]+\.?\s+)*[A-Z]", after)
        or re.search(r"[A-Z][\w.'’-]+,?\s+(?:and|or|&)\s*$", before)
    )


HE_OR_SHE = frozenset({"he", "she", "him", "his", "her", "hers"})
_THEY = frozenset({"they", "them", "their"})
_EMPTY_IT = frozenset({"be", "seem", "appear", "remain", "take", "rain", "snow"})  # "it is expected"


def unresolved_pronoun(sentence) -> bool:
    """True when a pronoun has nothing before it in the sentence to stand for: "he" with no person named earlier
    in the sentence, "its" or "their" with no name or noun phrase before it other than the attribution."""
    person_before = group_before = one_before = False
    persons = 0
    for token in sentence.span:
        word = token.lower_
        if (word in HE_OR_SHE and not person_before) or (word in _THEY and not group_before):
            return True
        if word == "its" and not one_before:
            return True  # "More than 2 million women use its clinics": "its" stands for one thing, not the women
        if (
            word == "it"
            and token.dep_ in ("nsubj", "nsubjpass")
            and (token.head.dep_ == "ROOT" or (token.head.dep_ == "ccomp" and token.head.head.dep_ == "ROOT"))
            and (token.head.lemma_ not in _EMPTY_IT)
        ):  # "After the shootings, it recommended …": what did? "Sources tell CBN News it could end by Wednesday":
            return True  # what could?
        person_before = person_before or token.ent_type_ == "PERSON"
        persons += token.ent_type_ == "PERSON" and token.ent_iob_ == "B"
        if token.dep_ != "pobj" or token.head.lower_ != "to":  # not the "X" of "according to X"
            group_before = (
                group_before
                or token.ent_type_ in ("ORG", "GPE", "NORP")
                or token.tag_ in ("NNS", "NNPS")
                or persons >= 2
            )  # "On Tuesday night, Biden put them in his column": neither a night nor one person is a "them"
            one_before = one_before or token.ent_type_ in ("ORG", "GPE") or token.tag_ in ("NN", "NNP")
    return False


def pronoun_unclear(analysis: Analysis, sentence) -> bool:
    """True when a statement made of the sentence alone would leave a pronoun's person unsure: it stands for nothing
    before it in the sentence (`unresolved_pronoun`), or it may stand for someone named just before (below)."""
    return unresolved_pronoun(sentence) or _pronoun_of_another(analysis, sentence)


def _pronoun_of_another(analysis: Analysis, sentence) -> bool:
    """True when "he" or "she" is the subject of a clause the sentence tells of a person it names, and the sentence
    before names someone else: "McConnell said Tuesday that he should be prosecuted", after a sentence on
    Snowden. In the story "he" is Snowden; read alone, it is McConnell, so the statement says something else."""
    span = sentence.span
    pronoun = next((t for t in span if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is None or sentence.index == 0:
        return False
    here = {w for e in sentence.ents if e.label_ == "PERSON" and e.end <= pronoun.i for w in e.text.split()}
    if not here:
        return False  # no one before it: `unresolved_pronoun` tells that case
    before = analysis.sentences[sentence.index - 1]
    if any(e.label_ == "PERSON" and not set(e.text.split()) & here for e in before.ents):
        return True
    words = set(re.findall(r"[\w'’-]+", before.text))  # a surname the model did not tag there ("support for Snowden")
    return any(p.split()[-1] in words and not set(p.split()) & here for p in analysis.people())
