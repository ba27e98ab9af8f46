"""Analyse an article once: sentences, entities, quotes with their sources, reported claims, numbers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span

from quizapp.articles.furniture import (
    ends_a_sentence,
    has_web_debris,
    is_a_link,
    is_furniture,
    not_prose,
    opens_a_link_list,
)
from quizapp.articles.model import Article
from quizapp.caseless import caseless
from quizapp.generation.doctext import doc_text, remember_text, token_at
from quizapp.generation.entities import vote_labels
from quizapp.generation.extract.anonymity import UnnamedSource, find_unnamed_sources
from quizapp.generation.extract.hedges import Hedge, find_hedges
from quizapp.generation.extract.numbers import Quantity, find_quantities
from quizapp.generation.extract.people import find_people, title_word
from quizapp.generation.extract.quotes import QuoteSpan, find_quote_spans
from quizapp.generation.extract.speakers import Speech, speech_in
from quizapp.generation.extract.vocab import (
    DOCUMENT_HEADS,
    PARTICIPANT_WORDS,
    PRONOUNS,
    REPORTING_LEMMAS,
    UNNAMED_HEADS,
)
from quizapp.generation.gazetteer import AMBIGUOUS, country_of, is_known_place, is_place_name, party_of
from quizapp.generation.sources import (
    TIES,
    Source,
    choice_label,
    classify,
    head_word,
    is_party_name,
    is_state_media,
)
from quizapp.quality.wording import is_garbled
from quizapp.textnorm import find_words, fold, has_word, inside_quotation_marks, match_key, word_then

_POSSESSIVE_STATE_MEDIA = re.compile(
    r"\b(?P<owner>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+(?P<media>state[- ](?:run\s+)?(?:television|TV|media|"
    r"radio|broadcaster|news agency))"
)


# Street and building names the model sometimes takes for people.
_NOT_A_NAME = re.compile(
    r"\b(?:Lane|Street|St\.|Road|Avenue|Ave\.|Boulevard|Square|Plaza|Bridge|Park|Hall|House|Hospital)$|[\d\[\]]"
)


_NAME_PARTICLES = frozenset(
    {"de", "del", "della", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al"}
)
_NOT_A_PERSON_WORD = frozenset(
    "fire rescue police service services department agency ministry council committee office company group "
    "university hospital court party army twitter facebook google airport station street road avenue lane "
    "international watch cross journal news times post institute foundation association society center centre "
    "network bank fund union organization organisation corporation inc ltd neurology medicine "
    "getty afp epa reuters ap add follow meeting festival parade holiday conference summit "
    "awakening uprising revolution intifada spring movement".split()
    # "Getty McCain": a photo credit run into a name; "Add Donald Trump as an interest": a page's button; "Town
    # Meeting Day": an event
)


def looks_like_a_name(text: str) -> bool:
    """A person's full name as a choice: two to four capitalised words, none of them an organisation word,
    and not led by a place ("Hong Kong Carrie Lam")."""
    words = text.split()
    if not 2 <= len(words) <= 5 or _NOT_A_NAME.search(text):
        return False
    if any(w not in AMBIGUOUS and party_of(w) for w in (words[0], " ".join(words[:2]))):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if words[0].lower() in _NEVER_A_GIVEN_NAME:
        return False  # "Never Trump" (a movement), "Stop Trump", "All Trump": a word of the sentence, not a name
    for word in words:
        if word in _NAME_PARTICLES:
            continue  # "Ursula von der Leyen", "Borja del Pozo Cruz"
        if not word[:1].isupper() or word.lower().strip(".") in _NOT_A_PERSON_WORD:
            return False
        if len(word) > 2 and word.isupper():
            return False  # an acronym ("JAMA Neurology") is not part of a person's name
        if _GLUED.search(word):
            return False  # "CorkerLindsey Graham": two names run together by a page's link text ("MacDonald" is one)
        if re.search(r"['’]s$", word):
            return False  # "Obama’s State" (of the Union): a possessive is a word about someone, not a name
    return True


# Words that open a phrase but never a person's name (unlike "Will", "May" or "Hope").
_NEVER_A_GIVEN_NAME = frozenset(
    "never not no anti pro stop all every always ever only just also very more most less than then when where why "
    "how what who which because although though unless until while yet the a an this that these those our your "
    "their its his her my team friends dear quoting citing according asked noting calling describing "
    # a faith or a sect: "Sunni Awakening" (a movement), "Shiite militias"; not "Christian", also a given name
    "sunni sunnis shia shiite shiites sufi salafi salafist wahhabi alawite druze maronite coptic catholic protestant "
    "evangelical orthodox muslim jewish hindu sikh buddhist islamic islamist yazidi".split()
)


_JOINT = caseless(r"\bjoint\s+(?:statement|letter|release|op-ed)\b")


# "CorkerLindsey", "LeeGOP", "Sanders2020" (not "MacDonald")
_GLUED = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]|[A-Z][a-z]{2,}(?:[A-Z]{2}|\d)")


# What a description's first noun phrase ends in when the "person" is a thing: "Montrose Secam, a small UK-based
# electronics firm", "the Assistive Mouse Adapter (AMA)".
_THING_HEADS = frozenset(
    "firm company group maker manufacturer business chain retailer brand charity organisation organization "
    "website site network band label studio bank fund club team device product system software programme "
    "program service app game film movie album show series novel book play song memoir biography documentary "
    "account story drama musical opera".split()
)


def _can_describe_a_person(description: str) -> bool:
    """True when a description can be a person's role: not an acronym of the name, not a kind of firm or thing."""
    if re.search(r",?\s+and\s+other\b", description):
        return False  # "the government's top infectious disease expert, and other health officials": a list
    if re.match(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\s+[a-z]", description.strip()):
        return False  # "Three member of the D.C. State Board", cut from "Ward Three member …": a name's tail
    if re.fullmatch(r"[A-Z]{2,6}s?", description.strip()) or description.count("(") != description.count(")"):
        return False  # an acronym of the name; a bracket left open ("CEO of Dice Holdings (DHX"): cut or garbled
    if re.search(
        r"\b(?:of|for|to|with|by|from)\s+(?:Sen|Rep|Gov|Gen|Lt|Sgt|Col|Capt|Dr|Mr|Mrs|Ms|Sens|Reps)\.?\s*$",
        description.strip(),
    ):
        return False  # "Confirmation of Sen.": a headline cut at the title before the name, not a role ("Kentucky
        # Sen." is one)
    if is_known_place(description.strip(" .")):
        return False  # "of Tall Timbers, Maryland": a town and its state, not a person and their role
    if re.match(r"(?:the\s+)?office\s+of\b", description.strip(), re.IGNORECASE):
        return False  # "The Office of California Gov. Gavin Newsom said": his office speaks, the phrase is no role
    first = re.split(
        r"\b(?:of|at|for|in|from|with|who|which|that|to|on|about|and|or|by|behind|since|under|over)\b|[,;(]",
        description,
        maxsplit=1,
    )[0]
    words = re.findall(r"[A-Za-z][\w-]*", first)
    if names_a_group(description):
        return False  # "Strzok and Page, anti-Trump FBI officials": a description of the two, no one's role
    return not words or words[-1].lower() not in _THING_HEADS


def names_a_group(role: str) -> bool:
    """True for a role in the plural ("Top EU officials", "Democratic leaders"): it cannot be one person's."""

    def plural(word: str) -> bool:
        word = word.lower().strip(",.;:")
        if word.endswith("men") and len(word) > 4:
            return True  # "spokesmen", "chairmen", "women"
        return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "news", "'s", "’s"))

    first = re.split(r"\s+(?:of|for|at|to|in|with|on)\s+", role, maxsplit=1)[0].split()
    # the head is the last word, or the one before "of" ("Minister of Foreign Affairs", "Joint Chiefs of Staff
    # Chairman"): plural only when both are
    return bool(first) and plural(role.split()[-1]) and plural(first[-1])


@dataclass(frozen=True)
class Sentence:
    """A body sentence: its position and text (original characters)."""

    index: int
    paragraph: int
    text: str
    span: Span
    furniture: bool = False  # page furniture or garbled text: shown in the article, never asked about

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """The sentence's named entities; spaCy builds them anew on every `span.ents`, so once per sentence."""
        return tuple(self.span.ents)


@dataclass
class Quote:
    """A direct quotation with the source it is attributed to."""

    text: str
    sentence: int
    source: Source | None
    speaker_as_written: str | None
    verb: str | None
    context: str | None  # "in the broadcast"
    resolved_from: str | None = None  # "he" when the speaker was a pronoun
    ends_in: int | None = None  # the later sentence holding its end and tag, when it runs over two or more


@dataclass
class Claim:
    """A statement attributed to a source without quotation marks."""

    sentence: int
    source: Source
    verb: str
    lemma: str
    content: str | None = None  # what was said, as the article words it: "Washington was looking at options …"


@dataclass
class Analysis:
    """Everything the item builders need to know about one article."""

    article: Article
    sentences: list[Sentence]
    entity_labels: dict[str, str]
    sources: dict[str, Source] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[tuple[int, Quantity]] = field(default_factory=list)
    hedges: list[tuple[int, Hedge]] = field(default_factory=list)
    unnamed: list[tuple[int, UnnamedSource]] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)  # person -> description
    genders: dict[str, str] = field(default_factory=dict)  # person -> "m" or "f", where the article shows it
    described_in: dict[str, set[int]] = field(default_factory=dict)  # person -> sentences that describe them
    country_mentions: Counter[str] = field(default_factory=Counter)  # country -> places named in it (not the dateline)
    topic_country: str | None = None
    link_paragraphs: frozenset[int] = frozenset()  # links and players: their names belong to other stories
    _entity_cache: dict[tuple[str, ...], list[str]] = field(default_factory=dict, repr=False)
    _people_cache: tuple[tuple[int, int], list[str]] | None = field(default=None, repr=False)

    def people(self) -> list[str]:
        """Full names the article shows are people: described by a title or a role, or speaking.

        The model's PERSON label alone also covers storms, products and titles of works. Computed once for the
        sources and descriptions found so far (the skills ask many times over).
        """
        state = (len(self.sources), len(self.descriptions))
        if self._people_cache is None or self._people_cache[0] != state:
            named = [s.label for s in self.sources.values() if s.named]
            found = [
                n
                for n in dict.fromkeys([*named, *self.descriptions])
                if len(n.split()) >= 2
                and looks_like_a_name(n)
                and not is_place_name(n)
                and not party_of(n)
                and not is_party_name(n)  # "Liberal Democrats": a party the model took for someone
                and not (n not in named and self._names_a_body(n))
                and not self._cut_from_a_longer_name(n)
            ]
            self._people_cache = (state, found)
        return list(self._people_cache[1])

    def _cut_from_a_longer_name(self, name: str) -> bool:
        """True when every time the article writes `name` a capitalised word follows it ("S. Amanda Marshall filed",
        found as "S. Amanda"): the model cut the name short, and the part would stand out among whole names."""
        text = self.article.full_text
        found = [m.end() for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?!\w)", text)]
        return bool(found) and all(re.match(r" [A-Z][a-z]+\b(?!['’]s)", text[end : end + 40]) for end in found)

    def _names_a_body(self, name: str) -> bool:
        """True when the article writes `name` at the front of an institution's name ("Alice Lloyd College"): the
        bare name may stand for the body ("study at Alice Lloyd"), so it is no sure person unless it speaks."""
        return word_then(self.article.full_text, name, _BODY_AFTER_A_NAME)

    def harmed(self, name: str) -> bool:
        """True when the story counts `name` among the dead or the victims, or as the suspect."""
        return harmed_or_accused(self.article.full_text, name)

    def offerable(self, names: list[str]) -> list[str]:
        """The people of `names` who may stand as wrong choices: not the dead, the victims or the suspect."""
        return [name for name in names if not self.harmed(name)]

    def entities(self, *labels: str) -> list[str]:
        """Distinct entity names of the given labels, most frequent first."""
        if labels not in self._entity_cache:
            self._entity_cache[labels] = self._count_entities(labels)
        return list(self._entity_cache[labels])

    def _count_entities(self, labels: tuple[str, ...]) -> list[str]:
        counts: Counter[str] = Counter()
        for sentence in self.sentences:
            if sentence.paragraph in self.link_paragraphs:
                continue  # "Federal Judge Blocks Obama's … Listen · 3:49": the page's names are no one's
            for ent in sentence.ents:
                label = self.entity_labels.get(ent.text, ent.label_)
                if label in labels and not (label == "PERSON" and not looks_like_a_name(ent.text)):
                    if label == "PERSON" and _CARD_AFTER.match(doc_text(ent.doc), ent.end_char):
                        continue  # "President Trump Donald John TrumpGOP senators balk … MORE": a pop-up card's
                    counts[ent.text] += 1
        return [name for name, _ in counts.most_common()]


# A name led by a title or a post ("Ms Cooper", "Sen. Warren", "President Trump"), not by a given name.
_TITLED = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Gen|Col|Capt|Sgt|Lt|Gov|Sen|Rep|Judge|Justice|President|"
    r"Senator|Governor|Mayor|Minister|Secretary|Chancellor|King|Queen|Prince|Princess|Pope|Father|Sister|Brother|"
    r"Coach|Officer|Detective|Chief|Agent|Councilman|Councilwoman|Commissioner|Ambassador|Speaker)\b|\S+\.\s"
)


# The kind of body that takes a person's name ("Alice Lloyd College", "the Bill Gates Foundation").
_BODY_AFTER_A_NAME = re.compile(
    r"\s+(?:College|University|School|Academy|Institute|Foundation|Center|Centre|Hospital|Clinic|Museum|Library|"
    r"Prize|Award|Stadium|Arena|Airport|Bridge|Memorial|Park|Hall|Fund|Trust|Society)\b"
)
# A capitalised word right before a name ("Ramesh" before "Singh Arora").
_FRONT_WORD = re.compile(r"\b([A-Z][a-z]+)\s+$")
# After a surname: a junior or senior of the name, or a relative of theirs ("Trump Jr.", "Trump's son").
_JUNIOR_OR_KIN = re.compile(
    r",?\s+(?:Jr|Sr|II|III)\b|['’]s\s+(?:eldest\s+|youngest\s+)?(?:son|daughter|wife|husband|brother|sister|father|"
    r"mother)\b"
)
_TICKER_AFTER = re.compile(r"\b[A-Z]{1,5},\s*[+\-−]?\d+(?:\.\d+)?%")  # "ZG, +0.15%": a page's share price
# A pop-up card a news page puts after a name, its headline glued to the name's last word ("Trump Donald John
# TrumpDem lawmaker says … MORE"): the model reads "Trump Donald" as a person, "President" as his title.
_CARD_AFTER = re.compile(r"\s(?:[A-Z][a-z]+\s|\([A-Z][a-z]+\)\s){0,3}[A-Z][a-z]{2,}(?:[A-Z][a-z]|[A-Z]{2}|\d)")

_MALE = frozenset(
    "he him his himself mr sir king prince lord father son brother husband man businessman spokesman "
    "chairman boy uncle nephew grandfather actor congressman".split()
)
_FEMALE = frozenset(
    "she her hers herself mrs ms miss lady queen princess mother daughter sister wife woman "
    "businesswoman spokeswoman chairwoman girl aunt niece grandmother actress congresswoman".split()
)


def _genders(sentences: list[Sentence], names: list[str], others: dict[int, list[str]]) -> dict[str, str]:
    """ "m" or "f" for people whose gender the article shows: a title, a noun, or the pronouns of their sentences.

    Evidence is counted over every sentence that names the person alone (no other full name, and no one else
    called by one name only, as in "Clinton" beside "Donald Trump"); a person with mixed evidence gets none.
    """
    votes: dict[str, Counter[str]] = {}
    for sentence in sentences:
        named = [n for n in names if n in sentence.text or n.split()[-1] in sentence.text]
        if len(named) != 1 or any(o not in named[0].split() for o in others.get(sentence.index, [])):
            continue
        words = re.findall(r"[a-z]+", fold(sentence.text).lower())
        male, female = sum(w in _MALE for w in words), sum(w in _FEMALE for w in words)
        if male and not female:
            votes.setdefault(named[0], Counter())["m"] += 1
        elif female and not male:
            votes.setdefault(named[0], Counter())["f"] += 1
    return {
        name: count.most_common(1)[0][0]
        for name, count in votes.items()
        if len(count) == 1 and sum(count.values()) >= 2  # one sentence can mislead ("Ardern said his licence …")
    }


_CUT_FRONT = re.compile(r"((?:[A-Z][\w.&'’-]*\s+)+(?:of|for|de)\s+)?([A-Za-z]+[-‐])?$")


def _whole_description(description: str, text: str) -> str:
    """The description with what the parse cut from its front put back: the first word split at a hyphen
    ("Pro-democracy lawmaker", not "democracy lawmaker") and a body's name cut at "of" ("University of Virginia
    political science professor")."""
    if not description:
        return description
    at = text.find(description)
    if at <= 0:
        return description
    found = _CUT_FRONT.search(text[max(0, at - 80) : at])  # "University of | Virginia political science professor"
    return (found.group(1) or "") + (found.group(2) or "") + description if found else description


def closes_an_earlier_quotation(text: str, at: int) -> bool:
    """True when position `at` of a sentence lies before a straight quotation mark that closes a quotation opened in
    an earlier sentence ('… and Vito Brasi is dead," he said'): the words up to it are the speaker's."""
    rest = text[max(0, at) :]
    first = rest.find('"')
    return (
        first > 0
        and text.count('"') % 2 == 1
        and '"' not in text[: max(0, at)]
        and rest[first - 1] in ",.!?…"
        and rest[first + 1 : first + 2] in ("", " ")
    )


# A role in lower case right before a name: "Bloomberg spokesperson Julie Wood", "campaign manager Ann Lee".
_ROLE_THEN_NAME = re.compile(
    r"(?P<role>(?:[\w.&'’-]+\s+){0,3}(?:spokes(?:person|man|woman)|director|manager|president|chairman|chairwoman|"
    r"chief|officer|secretary|adviser|advisor|aide|analyst|economist|attorney|lawyer|official|executive|founder|"
    r"professor|researcher|strategist|consultant|editor|coordinator|organi[sz]er|representative|commissioner))\s+"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})"
)


class _SourceBook:
    """Builds the `Source` registry, resolving pronouns and repeated descriptions."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.mentions: dict[int, list[tuple[int, str]]] = {}  # sentence -> (offset, full name) of people named
        self.one_word: dict[int, list[str]] = {}  # sentence -> people it calls by one name only, never in full
        self.story = " ".join(s.text for s in analysis.sentences)  # the story's sentences, for whole-story look-ups
        self._namesakes: dict[str, bool] = {}
        names = [n for n in analysis.entities("PERSON") if len(n.split()) >= 2 and not self._only_quoted(n)]
        names = list(dict.fromkeys(map(_without_service, names)))
        names += [whole for whole in map(self._name_in_full, names) if whole and whole not in names]
        self.names = names
        self._introduced: dict[str, int] = {}  # full name -> the first body sentence that has it
        for sentence in analysis.sentences:
            for name in names:
                if name not in self._introduced and has_word(sentence.text, name):
                    self._introduced[name] = sentence.index
        surnames = Counter(n.split()[-1] for n in names)
        by_surname = {n.split()[-1]: n for n in names if surnames[n.split()[-1]] == 1 and looks_like_a_name(n)}
        for sentence in analysis.sentences:
            found = []
            for ent in sentence.ents:
                if analysis.entity_labels.get(ent.text, ent.label_) == "PERSON" and looks_like_a_name(ent.text):
                    found.append((ent.start_char, self._full_name(ent.text, names, sentence.index)))
                elif analysis.entity_labels.get(ent.text, ent.label_) == "PERSON":
                    full = self._full_name(ent.text, names, sentence.index)
                    if full != ent.text:
                        found.append((ent.start_char, full))
            named = {name for _, name in found}
            for surname, full in by_surname.items():  # "Duhalde conceded", which the model does not tag
                if full not in named and has_word(sentence.text, surname) and not self._later(full, sentence.index):
                    for match in re.finditer(rf"\b{re.escape(surname)}\b", sentence.text):
                        found.append((sentence.span.start_char + match.start(), full))
            self.mentions[sentence.index] = sorted(found)
            self.one_word[sentence.index] = [  # "Clinton", never named in full: someone a pronoun may mean
                ent.text
                for ent in sentence.ents
                if analysis.entity_labels.get(ent.text, ent.label_) == "PERSON"
                and len(ent.text.split()) == 1
                and self._full_name(ent.text, names, sentence.index) == ent.text
            ]
        self.genders = _genders(analysis.sentences, names, self.one_word)
        analysis.genders = self.genders
        self.last_unnamed: dict[str, Source] = {}
        self.last_document: Source | None = None
        self.last_statement: tuple[Source, int] | None = None  # who last spoke "in a statement", and where
        self.state_media_label = self._state_media_label()
        self._killed: dict[str, bool] = {}

    def _name_in_full(self, name: str) -> str | None:
        """The longer name the story writes `name` in, when the model cut a given name off ("Ramesh Singh Arora",
        found as "Singh Arora"): one capitalised word right before it, rare as an English word, neither a title
        nor a people's name nor a party."""
        from wordfreq import zipf_frequency

        story = self.story
        whole = None
        for _ in range(2):  # "Abdu Rabbu Mansour Hadi", found as "Mansour Hadi": two given names cut off
            fronts = {
                front[1]
                for start, _ in find_words(story, whole or name)
                if (front := _FRONT_WORD.search(story, max(0, start - 40), start))
            }
            if len(fronts) != 1:
                break
            front = fronts.pop()
            if title_word(front) or party_of(front) or zipf_frequency(front.lower(), "en") >= 3.0:
                break  # "President Joe Biden", "Democrat Joe Biden", "Then Joe Biden said": no given name
            if not looks_like_a_name(f"{front} {whole or name}"):
                break
            whole = f"{front} {whole or name}"
        return whole

    def _only_quoted(self, name: str) -> bool:
        """True when every time the story writes `name` it stands inside quotation marks (a headline a press
        release ran, "Bubba Axes Obama"; a title; a speaker's words): no sure full name of anyone, so "Mr. Obama"
        is never taken for it."""
        seen = [
            self._in_quotation(sentence.index, sentence.span.start_char + start)
            for sentence in self.analysis.sentences
            for start, end in find_words(sentence.text, name, whole=False)
            if not sentence.text[end : end + 1].isalnum()
        ]
        return bool(seen) and all(seen)

    def _state_media_label(self) -> str | None:
        text = "\n".join(s.text for s in self.analysis.sentences)
        match = _POSSESSIVE_STATE_MEDIA.search(fold(text))
        if match:
            return choice_label(f"{match['owner']}'s {match['media']}")
        return None

    def _add(self, key: str, label: str, kind: str, **extra: object) -> Source:
        sources = self.analysis.sources
        key, label = (re.sub(r"^[\W_]+(?=\w)", "", k) for k in (key, label))  # "-- Obama": a dash before a tag
        if key not in sources:
            sources[key] = Source(key=key, label=label, kind=kind, **extra)  # type: ignore[arg-type]
        return sources[key]

    def resolve(self, speech: Speech, sentence: int, unnamed: list[UnnamedSource]) -> tuple[Source | None, str | None]:
        """The source a speech refers to, and the pronoun it was resolved from (if any)."""
        phrase = _INVERTED_VERB.sub("", speech.speaker.strip())  # "Said Mr Bysshe: …": the verb is not the name
        phrase = _IN_A_STATEMENT.sub("", phrase)  # "said the American Public Health Association in a statement"
        text = self.analysis.sentences[sentence].text
        if _TICKER_AFTER.search(text) and re.search(rf"{re.escape(phrase)},\s*[+\-−]?\d", text):
            return None, None  # "said Zillow ZG, +0.15% economist Matthew Speakman": a share price's ticker
        lowered = fold(phrase).lower()
        at = text.find(phrase.strip())
        partner = re.search(r"\b([A-Z][\w'’-]+)\s+and\s+(?:[\w'’.-]+\s+){0,5}$", text[:at]) if at > 0 else None
        if (
            re.match(r"(?:[A-Z][\w.'’-]*\s+){1,4}and\s+[A-Z]", phrase.strip())
            or _JOINT.search(text)
            or (partner is not None and any(name.split()[-1] == partner.group(1) for name in self.names))
        ):  # "McConnell and Leader Kevin McCarthy said in a joint statement", "A statement from head coach Pinkel and
            return None, None  # athletic director Mack Rhoades": two speak as one, and neither alone is the source
        if re.match(r"(?:reporters|journalists|the press|the media|news outlets)\b", lowered):
            return None, None  # "Police told reporters authorities are seeking …": the listeners, not the speaker
        if lowered in PRONOUNS:
            found = self._antecedent(lowered, sentence, speech.speaker_start)
            if found is not None and self._spoken_of(found, sentence, speech):
                return None, phrase  # "“The president makes fun of me …,” he said" after Obama: the words speak of
                # the one "he" seemed to be, so someone else says them
            return found, phrase
        if lowered.startswith(("its ", "his ", "her ", "their ", "our ", "my ")):
            return None, None  # "its source": whose, the reader cannot tell from the phrase alone
        bare = re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'’-]+)", phrase.strip())
        if bare and self._family_namesake(bare.group(1)):
            return None, None  # "Trump told Tapper" beside "Trump's son, Donald Trump Jr.": which Trump?
        if self._name_cut_by_a_stop(phrase, sentence):
            return None, None  # 'said Sen. John. McCain, the chairman': a stray full stop split the name in two
        person = _INVERTED_VERB.sub("", speech.person) if speech.person else None
        titled = _ROLE_THEN_NAME.fullmatch(person or phrase)
        if titled is not None and looks_like_a_name(titled["name"]) and not speech.appositive:
            # "Bloomberg spokesperson Julie Wood", whose name the model did not tag: the name, and the role before it
            person, speech = titled["name"], replace(speech, appositive=titled["role"])
        if person is None and re.fullmatch(r"[A-Z][a-z’'-]+[a-z]", phrase):
            full = self._full_name(phrase, self.names, sentence)  # "Duhalde", named in full earlier
            person = full if full != phrase and looks_like_a_name(full) and not self._a_thing(full) else None
        if person:
            name = _without_service(self._full_name(person, self.names, sentence))
            if _HONORIFIC.match(phrase.strip()) and self._other_sex(phrase.strip(), name):
                name = phrase.strip()  # "Mr. Clinton said" beside Hillary Rodham Clinton: her husband, not her
            if name != person and self._a_thing(name):
                name = person  # "Strava wrote", beside "its annual Camp Strava event": not a person named Camp
            description = speech.appositive or self._description(name)
            if description and not _can_describe_a_person(description):
                description = None  # "Scot Melland, CEO of Scot Melland, CEO of Dice Holdings (DHX": cut short
            kind = classify(phrase, description, is_person=True) or "unknown"
            source = self._add(name, name, kind, description=description, named=True)
            return source, None
        if is_state_media(phrase):
            label = self.state_media_label or choice_label(phrase.split(" by ")[-1])
            source = self._add("state-media", label, "state-media")
            self.last_document = source
            return source, None
        head = head_word(phrase)
        for found in unnamed:
            if match_key(found.source) in match_key(phrase) or match_key(phrase) in match_key(found.source):
                kind = "unnamed-official" if head_word(found.source) in _OFFICIAL_HEADS else "anonymous"
                source = self._add(
                    match_key(found.source).lower(), choice_label(found.source), kind, reason=found.reason
                )
                self.last_unnamed[head] = source
                return source, None
        if lowered.startswith("the ") and head in UNNAMED_HEADS and head in self.last_unnamed:
            return self.last_unnamed[head], None
        if lowered.startswith("the ") and head == "statement" and self.last_statement is not None:
            said, at = self.last_statement
            if 0 < sentence - at <= 3:
                return said, None  # "…, the statement said", after "Deripaska said in a statement": his, not the
                # news agency's named before it
        if lowered.startswith("the ") and head in DOCUMENT_HEADS and self.last_document is not None:
            return self.last_document, None
        kind = classify(phrase, None, is_person=False)
        if kind is None and head in UNNAMED_HEADS | PARTICIPANT_WORDS:
            kind = "unknown"  # people who speak, of no type the article makes explicit ("one of the trainers")
        if kind is None:
            return None, None
        source = self._add(match_key(phrase).lower(), choice_label(phrase), kind)
        if kind in ("document", "state-media"):
            self.last_document = source
        return source, None

    def _antecedent(self, pronoun: str, sentence: int, position: int) -> Source | None:
        """The one person a "he" or "she" can point to: the people named in this sentence before it, or else in
        the nearest earlier sentences that name anyone, that agree in gender. None when that is not one person."""
        wanted = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun)
        if wanted is None:
            return None  # "they": a group, whose members the reader cannot be sure of
        sentences = self.analysis.sentences
        text = doc_text(sentences[sentence].span.doc) if sentence < len(sentences) else ""
        if 0 < sentence <= len(sentences) and sentences[sentence - 1].furniture:
            return None  # 'President Obama Talks About …' over '“…,” he said': a page's heading names no speaker,
            # and the one named before it may be anyone the story left behind
        nearest = [
            [
                name
                for offset, name in self.mentions.get(sentence, [])
                if offset < position
                and not _SPOKEN_TO.search(text[max(0, offset - 20) : offset])
                and not self._in_quotation(sentence, offset)
            ]
        ]  # "Speaking to Martin Smith of PBS, he said": the interviewer is not the speaker; nor is "Volker" in the
        # quotation "Ambassador Volker confirmed …," she said
        if (
            any(self.genders.get(name, wanted) == wanted for name in nearest[0])
            and _SET_APART.match(text[position:])
            and text[:position].rstrip().endswith(",")
        ):
            return None  # "When Lubitz returned, he said, he was put through tests": a name before ", he said," is
            # in the words reported, and the one who said them is most likely someone else
        nearest += [
            [
                name
                for offset, name in self.mentions.get(sentence - 1, [])
                if not self._in_quotation(sentence - 1, offset) and not self._names_a_thing(sentence - 1, offset)
            ]
        ]  # not "the Comey announcement": a name that only says which announcement is not a person acting there
        if any(self._owns_the_subject(sentence - 1, offset) for offset, _ in self.mentions.get(sentence - 1, [])):
            return None  # "Trump's outgoing adviser H.R. McMaster used his remarks … “…,” he said": "he" is the
            # adviser, whatever the model made of his name
        begin = sentences[sentence].span.start_char if sentence < len(sentences) else 0
        earlier = [  # the same pronoun, outside quotation marks, earlier in the sentence
            begin + m.start()
            for m in re.finditer(rf"\b{pronoun}\b", text[begin:position], re.IGNORECASE)
            if not self._in_quotation(sentence, begin + m.start())
        ]
        if earlier and any(
            earlier[0] < offset < position and not self._in_quotation(sentence, offset)
            for offset, _ in self.mentions.get(sentence, [])
        ):
            return None  # "While he thought they had something on Mr Trump, he argued …": the first "he" is someone
            # named before the sentence, and the second most likely the same
        fitting: list[str] = []
        for back, people in enumerate(nearest):  # the nearest sentence naming someone who fits decides, if one
            fitting = list(dict.fromkeys(p for p in people if self.genders.get(p, wanted) == wanted))
            if self.one_word.get(sentence - back) and (
                len(fitting) != 1 or not self._leads(sentence - back, fitting[0])
            ):  # "Clinton …, she said" beside "Trump": a person known by one name may be meant, unless the
                return None  # one named in full is the subject ("Mugabe agreed to a deal in which Tsvangirai …")
            if len(fitting) == 1 and back and self._someone_else_leads(sentence - back, fitting[0]):
                return None  # "Kristhnamoorthi questioned why Trump didn't …. “…,” he said": the subject speaks on
            if fitting:
                break
        if len(fitting) != 1:
            return None
        if back and self._another_speaks_before(sentence, back, fitting[0]):
            return None  # "Mr. Muta … says that … But Mr. Trudeau is not, in his eyes, one of the problems. ¶ “…,” he
            # says": the paragraph before was someone else's account, so "he" may be that speaker
        if fitting[0] not in nearest[0] and self._pronoun_subject(sentence - 1, pronoun, fitting[0]):
            return None  # "But she made up with actress Brigitte Nielsen. “…,” she said": "she" runs on, not Nielsen
        if fitting[0] in nearest[0] and self._after_quotation(sentence, position):
            # "Mr Blair has “the same passion …”, he said", "Mandela “woke me up …,” he continued": a quotation
            # that goes on from a name tells what that person did or is; the "he" who says it is someone else
            return None
        name = fitting[0]
        if name not in self.genders and any(
            other != name
            and self.genders.get(other) == wanted
            and (back or offset < position)
            and not self._in_quotation(sentence - back, offset)
            for back in range(4)
            for offset, other in self.mentions.get(sentence - back, [])
        ):
            return None  # "she" beside Rick Perry, whose gender the article never shows, with Wendy Davis ("her
            # campaign") named just before: the one known to fit may be meant as much as the nearest name
        if name not in self.analysis.sources and name not in self.analysis.descriptions:
            return None  # only someone who has spoken or been introduced: not a victim or a person talked about
        if self._dead(name):
            return None  # "killed Manchester officer Michael Briggs": the dead say nothing in the story
        if not looks_like_a_name(name):
            return None
        description = self._description(name)
        kind = classify(name, description, is_person=True) or "unknown"
        source = self._add(name, name, kind, description=description, named=True)
        return source

    def _spoken_of(self, source: Source, sentence: int, speech: Speech) -> bool:
        """True when the words reported name `source` in the third person, by surname or by the title the
        article gives them ("the president"): people seldom speak of themselves so. The speaker and the
        clauses that set the scene ("When Obama invited Merkel, she said …") are not the words reported."""
        span = self.analysis.sentences[sentence].span
        verb = span.doc[speech.verb_index]
        scene = {
            t.i for c in verb.children if c.dep_ in ("advcl", "prep", "npadvmod", "advmod", "mark") for t in c.subtree
        }
        rest = " ".join(
            t.text
            for t in span
            if t.i not in scene and not speech.speaker_start <= t.idx < speech.speaker_end and t.i != verb.i
        )
        surname = source.label.split()[-1]
        if re.search(rf"\b{re.escape(surname)}\b", rest):
            return True
        title = (source.description or "").split()[-1:] or [""]
        role = title[0].lower().strip(".,")
        return (
            bool(role)
            and title_word(role)
            and bool(re.search(rf"\bthe\s+(?:\w+\s+)?{re.escape(role)}\b", rest, re.IGNORECASE))
        )

    def _family_namesake(self, surname: str) -> bool:
        """True when the story names a relative who shares `surname` ("Donald Trump Jr.", "Trump's son"), or two
        people of that surname: the surname alone may be either of them. Worked out once a surname."""
        if surname not in self._namesakes:
            self._namesakes[surname] = self._shared_surname(surname)
        return self._namesakes[surname]

    def _shared_surname(self, surname: str) -> bool:
        story = self.story
        given = {
            n.split()[0]
            for n in (_INVERTED_VERB.sub("", name) for name in self.names)  # not "Said Mr Bysshe"
            if len(n.split()) >= 2 and n.split()[-1] == surname and looks_like_a_name(n) and not _TITLED.match(n)
        }
        if len(given) >= 2:
            return True  # "Kayla Mueller" and "her father, Carl Mueller": "Mueller said" may be either
        return word_then(story, surname, _JUNIOR_OR_KIN)

    def _names_a_thing(self, index: int, offset: int) -> bool:
        """True when the name at `offset` of sentence `index` only modifies a common noun ("the Comey announcement",
        "the Trump campaign"): it names no one who does anything in that sentence."""
        if not 0 <= index < len(self.analysis.sentences):
            return False
        span = self.analysis.sentences[index].span
        token = token_at(span, offset - span.start_char)
        while token is not None and token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i != token.i:
            token = token.head
        return token is not None and token.dep_ == "compound" and token.head.pos_ == "NOUN"

    def _owns_the_subject(self, index: int, offset: int) -> bool:
        """True when the name at `offset` of sentence `index` is a possessive inside the subject of its main verb
        ("Trump's outgoing national security adviser H.R. McMaster used …"): the subject is someone else, whom a
        "he" that follows more likely means."""
        subject = self._subject_of(index)
        if subject is None or not 0 <= index < len(self.analysis.sentences):
            return False
        span = self.analysis.sentences[index].span
        token = token_at(span, offset - span.start_char)
        while token is not None and token.dep_ == "compound" and token.head.i != token.i:
            token = token.head
        if token is None or token.dep_ != "poss" or token.i == subject.i:
            return False
        return any(a.i == subject.i for a in token.ancestors)

    def _subject_of(self, index: int):
        """The subject of sentence `index`'s main verb, or None."""
        if not 0 <= index < len(self.analysis.sentences):
            return None
        root = self.analysis.sentences[index].span.root
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _leads(self, index: int, name: str) -> bool:
        """True when `name` is the subject of sentence `index`."""
        subject = self._subject_of(index)
        return subject is not None and subject.text in name.split()

    def _someone_else_leads(self, index: int, name: str) -> bool:
        """True when the subject of sentence `index` is a name, but not `name` (who stands in a clause of it)."""
        subject = self._subject_of(index)
        if subject is None or subject.ent_type_ in ("GPE", "NORP", "LOC"):
            return False
        if subject.pos_ != "PROPN" and not self._name_in_the_story(subject.text):
            return False
        words = {t.text for t in subject.doc[subject.left_edge.i : subject.i + 1]}  # not "… obtained by Landers"
        return not any(part in words for part in name.split())

    def _another_speaks_before(self, sentence: int, back: int, name: str) -> bool:
        """True when a quotation opens its paragraph with a pronoun and the paragraph before it opens on someone
        other than `name` saying something ("Mr. Muta … says that …")."""
        sentences = self.analysis.sentences
        found = sentence - back
        if not 0 < sentence < len(sentences) or sentences[sentence - 1].paragraph == sentences[sentence].paragraph:
            return False  # the quotation goes on within a paragraph: the nearest name is the one meant
        opening = min(s.index for s in sentences if s.paragraph == sentences[found].paragraph)
        if opening == found:
            return False
        subject = self._subject_of(opening)
        root = sentences[opening].span.root
        return (
            subject is not None
            and (subject.pos_ == "PROPN" or self._name_in_the_story(subject.text))
            and subject.text not in name.split()
            and root.lemma_.lower() in REPORTING_LEMMAS
        )

    def _name_in_the_story(self, word: str) -> bool:
        """True for a word the story writes with a capital inside its sentences and never in lower case: a name
        the parse took for a common noun where it opens a sentence ("Alles in an internal memo … said")."""
        if not word[:1].isupper() or not word[1:].islower():
            return False
        story = self.story
        return bool(re.search(rf"[a-z,]\s+{re.escape(word)}\b", story)) and not re.search(
            rf"(?<![\w/-]){re.escape(word.lower())}(?![\w/-])", story
        )  # not "randolph-alles" in a link's address

    def _pronoun_subject(self, index: int, pronoun: str, name: str) -> bool:
        """True when sentence `index` has the same pronoun as a subject, outside quotations, ahead of `name`: the
        person the story follows there is not the one it names."""
        if not 0 <= index < len(self.analysis.sentences):
            return False
        first_name = min((o for o, n in self.mentions.get(index, []) if n == name), default=None)
        span = self.analysis.sentences[index].span
        for token in span:
            if first_name is not None and token.idx >= first_name:
                break
            if (
                (
                    (token.lower_ == pronoun and token.dep_ in ("nsubj", "nsubjpass"))
                    or (
                        token.lower_ == _POSSESSIVE_OF.get(pronoun)
                        and token.dep_ == "poss"
                        and token.head.dep_ in ("nsubj", "nsubjpass")
                        and token.head.head.dep_ == "ROOT"
                    )
                )  # "But her ire was directed at the Republicans, with the exception of Sen. Mitt Romney": her ire is
                # the sentence's subject; not "After leaving to be with his mother, Portman said …"
                and not self._in_quotation(index, token.idx)
            ):
                return True
        # "When the White House revoked the press pass of reporter Jim Acosta, he publicly complained": the sentence's
        # own "he" is its main subject and the name stands in a clause before it; that "he" may be someone named
        # earlier, and so may the next sentence's
        main_subject = any(
            token.lower_ == pronoun
            and token.dep_ in ("nsubj", "nsubjpass")
            and token.head.dep_ == "ROOT"
            and not self._in_quotation(index, token.idx)
            for token in span
        )
        named_subject = any(
            token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" and token.text in name.split()
            for token in span
        )
        return main_subject and not named_subject

    def names_another(self, index: int, label: str) -> bool:
        """True when sentence `index` names someone other than `label` outside its quotations."""
        return any(
            name != label and not self._in_quotation(index, offset) for offset, name in self.mentions.get(index, [])
        )

    def _after_quotation(self, index: int, offset: int) -> bool:
        """True when a quotation closes in sentence `index` before `offset`: the attribution trails the quote."""
        span = self.analysis.sentences[index].span if 0 <= index < len(self.analysis.sentences) else None
        if span is None:
            return False
        before = span.text[: max(0, offset - span.start_char)]
        return "”" in before or before.count('"') >= 2

    def _in_quotation(self, index: int, offset: int) -> bool:
        """True when the character at `offset` (in the document) lies inside quotation marks in sentence `index`,
        counting a quotation that closes in this sentence without opening in it."""
        if not 0 <= index < len(self.analysis.sentences):
            return False
        span = self.analysis.sentences[index].span
        text, at = span.text, offset - span.start_char
        inside, straight = False, False
        for char in text[: max(0, at)]:
            if char == "“":
                inside = True
            elif char == "”":
                inside = False
            elif char == '"':
                straight = not straight
        if inside or straight:
            return True
        rest = text[max(0, at) :]
        closing = rest.find("”")
        if closing >= 0 and "“" not in rest[:closing] and "“" not in text[: max(0, at)]:
            return True
        return closes_an_earlier_quotation(text, at)

    def _description(self, name: str) -> str | None:
        """How the article introduces `name`: under the full name, or under the surname alone ("Mayer, the
        company's chairman") when no one else in the story has that surname."""
        descriptions = self.analysis.descriptions
        if name in descriptions:
            return descriptions[name]
        surname = name.split()[-1]
        if surname != name and sum(n.split()[-1] == surname for n in self.names) <= 1:
            return descriptions.get(surname)
        return None

    def _dead(self, name: str) -> bool:
        """True when the story says `name` died ("killed officer Michael Briggs"); worked out once a name."""
        if name not in self._killed:
            self._killed[name] = died_in_story(self.analysis.article.full_text, name, killed_only=True)
        return self._killed[name]

    def _a_thing(self, name: str) -> bool:
        """True when the article writes `name` only after an article or a possessive ("its annual Camp Strava
        event"): an event or a product the model took for a person, so "Strava wrote" is not that person. A
        person is named without one somewhere ("Kamala Harris said", beside "the Kamala Harris campaign")."""
        text = self.analysis.article.full_text
        found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
        before = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Oo]ur|annual|yearly)\s+$")
        return bool(found) and all(before.search(text[max(0, at - 20) : at]) for at in found)

    def _later(self, full: str, sentence: int) -> bool:
        """True when the body names `full` only after `sentence`: the surname there may be someone else, named by
        surname alone ("President Obama spoke …", later "first lady Michelle Obama"; "Trump said …", later
        "Ivanka Trump"), and a "he said" or a key built on the wrong one is false. Sometimes it is the same
        person named in full later on; a question the generator cannot be sure of is left out."""
        first = self._introduced.get(full)
        return first is not None and first > sentence

    def _full_name(self, name: str, names: list[str], sentence: int) -> str:
        """The full name that `name` (a surname, "Ms Cooper") stands for in `sentence`: the one person of
        that surname named in full, unless that is someone else named only later (`_later`); `name` itself
        otherwise."""
        full = self._expanded(name, names)
        return name if full != name and self._later(full, sentence) else full

    def _name_cut_by_a_stop(self, phrase: str, sentence: int) -> bool:
        """True when the speaker phrase ends its sentence on a full stop and the next sentence of the paragraph opens
        on a capitalised word and a comma ("… said Sen. John. | McCain, the chairman …"): the rest of the name."""
        sentences = self.analysis.sentences
        if sentence + 1 >= len(sentences) or sentences[sentence + 1].paragraph != sentences[sentence].paragraph:
            return False
        if not sentences[sentence].text.rstrip().endswith(f"{phrase}."):
            return False
        after = re.match(r"([A-Z][\w'’-]+),", sentences[sentence + 1].text)
        words = phrase.split()
        if after is None or len(words) != 2 or not title_word(words[0]):
            return False  # only "Sen. John": a title and one word, which is a first name if the surname follows
        story = self.story
        first, surname = phrase.split()[-1], after.group(1)
        # "John" nowhere else, "McCain" again later: a first name and its surname; not "said Sen. Lee. | Reyes, the
        # mayor, …", where Lee is named again or Reyes is new
        return (
            len(re.findall(rf"\b{re.escape(first)}\b", story)) == 1
            and len(re.findall(rf"\b{re.escape(surname)}\b", story)) >= 2
        )

    def _kin_of_a_titled_namesake(self, full: str, surname: str) -> bool:
        """True when the article gives the surname alone a title of its own ("President Obama") and names the one
        full name of that surname as someone's relative ("first lady Michelle Obama", "his wife, Michelle Obama"):
        the surname alone is the titled person, named in full nowhere."""
        if surname not in self.analysis.descriptions:
            return False
        kin = re.compile(
            r"\b(?:first lady|wife|husband|son|daughter|mother|father|brother|sister|widow|spouse)\b[\s,]+"
            rf"(?:[A-Z][\w.'’-]*\s+)?{re.escape(full)}\b",
            re.IGNORECASE,
        )
        return any(kin.search(sentence.text) for sentence in self.analysis.sentences if full in sentence.text)

    def _other_sex(self, titled: str, name: str) -> bool:
        """True when the honorific of `titled` ("Mr. Clinton") is for the other sex than the article shows `name`
        is."""
        honorific = titled.split()[0].rstrip(".")
        unlike = {"Mr": "f", "Sir": "f", "Lord": "f", "Mrs": "m", "Ms": "m", "Miss": "m", "Dame": "m", "Lady": "m"}
        return honorific in unlike and self.analysis.genders.get(name) == unlike[honorific]

    @cached_property
    def _lower_words(self) -> frozenset[str]:
        """The story's words written in lower case somewhere."""
        return frozenset(re.findall(r"\b[a-z][\w'’-]*", self.story))

    def _untagged_namesake(self, full: str, surname: str) -> bool:
        """True when the story names another person of the surname whom the model did not tag ("Lon Snowden said
        …" beside Edward Snowden): a capitalised word before the surname, mid-sentence, that is no part of `full`,
        no title, and never written in lower case in the story."""
        for found in re.finditer(rf"(?<=[\w,;:)] )([A-Z][a-z]+)\s+{re.escape(surname)}\b", self.story):
            given = found.group(1)
            if (
                given in full.split()
                or title_word(given)
                or given.lower() in self._lower_words
                or _HONORIFIC.match(f"{given} {surname}")
            ):
                continue
            return True
        return False

    def _expanded(self, name: str, names: list[str]) -> str:
        titled = _HONORIFIC.match(name)
        if titled:  # "Ms Cooper" is the one Cooper named in full ("Cynthia Cooper"), if there is one only
            surname = titled["surname"]
            known = {
                k
                for k in (*names, *self.analysis.descriptions, *self.analysis.sources)
                if k != name
                and k.endswith(" " + surname)
                and not _HONORIFIC.match(k)
                and looks_like_a_name(k)
                and not self._other_sex(name, k)  # "Mr. Clinton" is not Hillary Rodham Clinton
            }
            return known.pop() if len(known) == 1 else name
        for pool in (names, self.analysis.descriptions, self.analysis.sources):
            found = list(dict.fromkeys(known for known in pool if known != name and known.endswith(" " + name)))
            found = [k for k in found if not any(o != k and o.endswith(" " + k) for o in found)]  # "Singh Arora" is
            # "Ramesh Singh Arora" cut short, not another Arora
            if found:
                people = {(known.split()[0], known.split()[-1]) for known in found}  # "Donald J. Trump" is Donald Trump
                if len(people) == 1 and self._kin_of_a_titled_namesake(found[0], name):
                    return name  # "President Obama" beside "first lady Michelle Obama": the surname is his
                if len(people) == 1 and self._untagged_namesake(found[0], name):
                    return name  # "Snowden told The Post" beside Edward and "Lon Snowden", his father: either
                return found[0] if len(people) == 1 else name  # "Obama" beside Michelle and Barack Obama: either
        return name


def _names_in_third_person(text: str, label: str) -> bool:
    """True when what is said (`text`) names the person `label` by surname, with or without a title: then the
    "he" or "she" who says it is someone else ("While Gingrich may be reflecting …, he said" is still him)."""
    surname = label.split()[-1] if label.split() else ""
    return len(label.split()) >= 2 and has_word(text, surname)


# Someone the story says was killed (their surname replaced by a NUL mark before the search) …
_KILLED = re.compile(
    r"\b(?:killed|murdered|shot|stabbed|slain|victim)\s+(?:[\w'’.-]+\s+){0,3}?\x00|"
    r"\x00(?:,[^,]{1,60},)?\s+(?:was|were)\s+(?:killed|murdered|shot dead|slain)\b|\blate\s+(?:[\w'’.-]+\s+){0,3}?\x00"
)
# … or died in any way ("Boseman died on Friday", "the death of Robert Mugabe").
_DIED = re.compile(
    r"\x00(?:,[^,]{1,60},)?\s+(?:(?:has|had)\s+)?(?:died|passed away)\b|"
    r"\b(?:death|killing|murder) of (?:[\w.'’-]+\s+){0,4}?\x00"
)


@lru_cache(maxsize=1024)  # asked of the whole story for each person a who-said item may offer
def died_in_story(text: str, name: str, *, killed_only: bool = False) -> bool:
    """True when `text` says the person `name` died ("Boseman died on Friday") or, with `killed_only`, was
    killed ("killed officer Michael Briggs"). A victim never speaks in the story; someone whose death an
    obituary reports may still be quoted from the past, so only a killing rules out a "he said"."""
    patterns = [p for p in _harm_patterns(text, name) if p is _KILLED or (p is _DIED and not killed_only)]
    if not patterns:
        return False
    marked = _surname_marked(text, name)
    return any(p.search(marked) for p in patterns)


def _harm_patterns(text: str, name: str) -> tuple[re.Pattern[str], ...]:
    """The patterns below that may match for `name`: none when the story lacks the surname, or their words."""
    surname = name.split()[-1] if name.split() else ""
    return _harm_patterns_of(text) if surname and surname in text else ()


@lru_cache(maxsize=256)  # the same story and name for who died and who is accused
def _surname_marked(text: str, name: str) -> str:
    """`text` with the surname of `name` replaced by a NUL mark, for the patterns of who died or is accused."""
    return re.sub(rf"\b{re.escape(name.split()[-1])}\b", "\x00", text)


# Someone the story counts among the dead or the victims ("Pinckney - among the dead -", "The other victims were
# Cynthia Hurd, 54; …"), or holds responsible ("the suspect, Dylann Roof"), with the surname marked as above.
_AMONG_THE_DEAD = re.compile(
    r"\x00[^.]{0,40}?\bamong the (?:dead|victims|killed)\b|\bamong the (?:dead|victims) (?:was|were)\s+"
    r"(?:[\w.'’-]+\s+){0,4}?\x00|\bvictims?\s+(?:were|was|included|include|are|is|:)\s+"
    r"(?:(?!\b(?:said|says|told)\b)[^.]){0,400}?\x00"
)
# What an accusation of harm names ("of sexual assault", "of raping her"), as against a political charge.
_HARM_DONE = (
    r"(?:sexual|rap(?:e|ed|ing)|assault\w*|abus\w*|harass\w*|misconduct|murder\w*|kill\w*|stalk\w*|grop\w*|"
    r"molest\w*|attack\w*)\b"
)
_ACCUSED = re.compile(
    r"\b(?:suspect|gunman|shooter|the accused|alleged (?:gunman|shooter|killer|attacker))\b[\s,]+"
    r"(?:[\w.'’-]+\s+){0,3}?\x00|\x00(?:,[^,]{1,60},)?\s+(?:is|was|has been|had been) (?:charged|arrested)\b|"
    # the one who did the shooting: "as Alexis shot at them", "Alexis, a contractor, entered … and opened fire"
    r"\x00(?:,[^,]{1,60},)?\s+(?:(?!(?:said|says|told|when|while|after|before|as|that)\b)[\w.'’-]+\s+){0,10}?"
    r"(?:opened fire|shot at|fired (?:shots|on|at)|went on a (?:\w+ )?rampage)\b|"
    # one side of an accusation of violence or abuse: "Tyson, who has accused Lt. Gov. Justin Fairfax (D) of sexual
    # assault", "Fairfax's accuser"; a political charge ("accused Biden of lying") is no harm
    r"\x00(?:,[^,.;]{1,60}?)?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:publicly\s+)?accused\s+.{1,60}?\bof\s+"
    rf"(?:\w+\s+)?{_HARM_DONE}|"
    rf"\baccused\s+(?:[\w.'’-]+\s+){{0,5}}?\x00(?:\s+\([A-Z][\w.-]*\))?\s+of\s+(?:\w+\s+)?{_HARM_DONE}|"
    r"\x00['’]s\s+accusers?\b|\baccusers?,?\s+(?:[\w.'’-]+\s+){0,3}?\x00"
)


# The words each pattern of who died, was harmed or is accused cannot match without: a story with none of a
# pattern's words (most political reports have none of any) is not searched with it name by name.
_HARM_GATES = (
    (_KILLED, re.compile(r"killed|murdered|shot|stabbed|slain|victim|\blate\s")),
    (_DIED, re.compile(r"died|passed away|(?:death|killing|murder) of ")),
    (_AMONG_THE_DEAD, re.compile(r"among the |victim")),
    (
        _ACCUSED,
        re.compile(
            r"suspect|gunman|shooter|accuse|alleged|charged|arrested|opened fire|shot at|fired (?:shots|on|at)|rampage"
        ),
    ),
)


@lru_cache(maxsize=64)
def _harm_patterns_of(text: str) -> tuple[re.Pattern[str], ...]:
    return tuple(pattern for pattern, words in _HARM_GATES if words.search(text))


@lru_cache(maxsize=1024)
def harmed_or_accused(text: str, name: str) -> bool:
    """True when `text` counts the person `name` among the dead or the victims, or as the suspect: a wrong choice
    of "who said it" or "who did it" that offers a victim or a gunman is absurd, and unkind to the dead."""
    patterns = _harm_patterns(text, name)
    if not patterns:
        return False
    if died_in_story(text, name):
        return True
    marked = _surname_marked(text, name)
    return any(p.search(marked) for p in patterns if p is _AMONG_THE_DEAD or p is _ACCUSED)


_INVERTED_VERB = re.compile(r"^(?:Said|Says|Added|Adds|Asked|Explained|Continued|Concluded|Insisted)\s+(?=[A-Z])")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.? (?P<surname>[A-Z][\w'’-]+)$")
# Words for one who serves or served, written with a capital before a name: no part of the name.
_SERVICE_WORDS = frozenset("marine soldier veteran airman seaman trooper corporal sergeant private".split())


def _without_service(name: str) -> str:
    """ "Butch Bracknell" for "Marine Butch Bracknell", which the model read as one name: he served."""
    served, _, rest = name.partition(" ")
    return rest if served.lower() in _SERVICE_WORDS and looks_like_a_name(rest) else name


# Where the words were given, run into the speaker's name by the parse: "the Association in a statement".
_IN_A_STATEMENT = re.compile(
    r"\s+in\s+(?:a|an|its|their|his|her)\s+(?:\w+\s+)?(?:statement|interview|release|letter|email|e-mail|post|"
    r"tweet|filing|speech|video)\b.*$",
    re.IGNORECASE,
)
_POSSESSIVE_OF = {"he": "his", "she": "her"}
# "he said," or "she added." set off by commas: the attribution put inside or after the words it reports.
_SET_APART = re.compile(r"(?:he|she|him|her)\s+[a-z]+\s*[,.;]", re.IGNORECASE)
_SPOKEN_TO = re.compile(r"\b(?:to|with|by|from|for|told|asked|interviewed)\s+(?:[A-Z][\w.]*\s+){0,3}$")
_OFFICIAL_HEADS = frozenset(
    {"official", "officials", "diplomat", "diplomats", "spokesperson", "spokesman", "spokeswoman"}
)
_ENDS_WITH_TITLE = re.compile(
    r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sgt|Cpl|Pvt|Pfc|Spc|Capt|Cmdr|Adm|Maj|Brig|Supt|Det|"
    r"Insp|Fr|Rev|Hon|Amb|Atty|Gens|Sens|Reps|Sgts)\.$"
)
_ENDS_WITH_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")


def _whole_sentences(doc: Doc) -> list[Span]:
    """The model's sentences, mended where it split inside a name ("Emily W. Murphy", "Dr. Lee") or after an
    abbreviation ("b.c.e.")."""
    merged: list[Span] = []
    names = [(ent.start, ent.end) for ent in doc.ents]
    text = doc_text(doc)  # sliced, not joined again from the tokens for each sentence
    for span in doc.sents:
        if merged:
            previous = text[merged[-1].start_char : merged[-1].end_char].rstrip()
            inside_name = any(start < span.start < end for start, end in names)
            initial_then_name = _ENDS_WITH_INITIAL.search(previous) and span[0].ent_type_ == "PERSON"
            first = text[span.start_char : span.end_char].lstrip()[:1]
            lower_start = first.islower() or (
                first.isdigit() and previous.endswith(".") and previous[-2:-1].islower()
            )  # "… 664 b.c.e. | to 320 c.e.": a sentence never starts in lower case
            if (
                _ENDS_WITH_TITLE.search(previous)
                or inside_name
                or initial_then_name
                or lower_start
                or _tag_after_a_question(previous, span)
            ):
                merged[-1] = doc[merged[-1].start : span.end]
                continue
        merged.append(span)
    return merged


_CLOSED_QUESTION = re.compile(r"[?!][\"”’']$")
_TAG_VERBS = REPORTING_LEMMAS | {"ask", "wonder"}


def _lost_subject(span: Span) -> bool:
    """True for a sentence whose reported clause has lost its subject: "Democrats say enriches a handful of the
    wealthiest Americans …" (the "which" of "the estate tax, which Democrats say …" left behind in the sentence
    before). "What he said was true" and "a launch that observers said was a cover" keep theirs: the "what" and
    the "that" are the subjects."""
    # only a root can be the verb (one per parsed sentence; a sentence here may join two)
    for token in (sentence.root for sentence in span.sents):
        if not span.start <= token.i < span.end - 1:
            continue
        after = token.nbor()
        if (
            token.lemma_.lower() in REPORTING_LEMMAS
            and token.pos_ == "VERB"
            and token.dep_ == "ROOT"  # not "a rocket that observers said was a cover": the "that" is the subject
            and after.tag_ in ("VBZ", "VBD", "VBP")
            and after.head.i == token.i
            and after.dep_ == "ccomp"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in after.children)
        ):
            return True
    return False


def _tag_after_a_question(previous: str, span: Span) -> bool:
    """True for '"What are the figures?" | Blackburn asked.': the model ends a sentence at the question mark, and
    the tag that names the speaker stands alone after it."""
    if not _CLOSED_QUESTION.search(previous):
        return False
    root = span.root
    if root.lemma_.lower() not in _TAG_VERBS:
        return False
    if len(span) <= 6:
        return not any(t.text in ('"', "“", "”") for t in span)
    # '"What, like with a cloth?" | Clinton quipped, adding: "I don't know …"': the tag opens the span, then more
    subject = span[: root.i - span.start]
    after = root.nbor() if root.i + 1 < span.end else None
    return (
        0 < len(subject) <= 4
        and all(t.pos_ in ("PROPN", "PRON") or t.text in (".",) for t in subject)
        and after is not None
        and after.text in (",", ":")
    )


@lru_cache(maxsize=8)
def _capitals_mid_sentence(text: str) -> frozenset[str]:
    """The words `text` writes with a capital after another word: names, whether or not the model tagged them."""
    return frozenset(re.findall(r"(?<=[\w,;:])\s+([A-Z][\w'’-]*)", text))


def _reported_content(
    doc: Doc, verb_index: int, sentence: Span, earlier: Callable[[], str] = str, story: str | None = None
) -> str | None:
    """The clause a reporting verb introduces ("said [that] X"), or the main clause a parenthetical "X, she said"
    attributes; None when the parse does not give one clean stretch of text, or when its "that" may be a pointer
    to something the article named before (`earlier` gives the article's text before this sentence)."""
    verb = doc[verb_index]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # "Trump wrote …, one day after Ryan told Republicans that he would not …": the clause after the verb is what
    # was said; the model also hangs the sentence's main clause on the verb
    clause = next((c for c in clauses if c.i > verb.i), None) if len(clauses) > 1 else next(iter(clauses), None)
    if clause is not None:
        tokens = [t for t in clause.subtree if t.dep_ != "mark" or t.head.i != clause.i]
    elif verb.dep_ == "parataxis":
        attribution = {t.i for t in verb.subtree}
        tokens = [t for t in verb.head.subtree if t.i not in attribution and t.i >= sentence.start]
    else:
        return None
    tail = next((i for i, t in enumerate(tokens) if i and _writers_tail(tokens, i)), None)
    if tail is not None:
        tokens = tokens[:tail]  # "… at the end of the year, amid ethics controversies": the writer's context
    narrated = next((i for i, t in enumerate(tokens) if i and _narrated_conjunct(t)), None)
    if narrated is not None:
        tokens = tokens[:narrated]  # "… would keep up the pressure, but stopped short of …": the writer's account
    while tokens and ((tokens[-1].is_punct and tokens[-1].text != "%") or tokens[-1].is_space):  # keep "4%"
        tokens.pop()
    after_that = clause is not None and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    while tokens and (tokens[0].is_punct or tokens[0].lower_ == "that"):
        if tokens[0].lower_ == "that" and tokens[0].dep_ == "det":
            return None  # "suggests that system is …", read as "that system": a pointer to one named before
        after_that = after_that or tokens[0].lower_ == "that"
        tokens.pop(0)
    if not tokens or tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None  # not one contiguous stretch of the sentence
    following = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if following is not None and following.tag_ in ("VBD", "VBZ", "VBP", "MD") and following.i < sentence.end:
        return None  # "took action upon learning a member of his administration | did something …": the parse cut
        # the clause before a verb of its own
    if tokens[-1].tag_ in ("IN", "CC", "DT", "TO", "WDT", "WRB"):
        return None  # "… one day after": cut before its own subject, not a whole statement
    dashes = ("--", "—", "–")
    closing = (
        next((t for t in doc[following.i + 1 : sentence.end] if t.text in dashes), None)
        if following is not None and following.text in dashes
        else None
    )
    if closing is not None and closing.i < sentence.end - 2:
        return None  # "Rice's comments so insulted the Libyan president | -- since they contradicted … -- that it
        # slowed the investigation": the clause goes on after the aside
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens):
        return None  # "acknowledged the disagreements likely to face the caucus": a thing, not a statement
    if tokens[0].text[:1] in ("'", "’"):
        return None  # "That's because …": the "that" was the subject, not a "said that"
    noun = tokens[0] if tokens[0].tag_ != "JJ" else tokens[0].head  # "that [federal] system"
    if (
        after_that
        and noun.tag_ == "NN"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
        and re.search(rf"\b{re.escape(noun.lower_)}\b", earlier(), re.IGNORECASE)
    ):
        return None  # "suggests that system is not set up …": "that" may point back to a system named before
    text = doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    first = tokens[0]
    counted = first.ent_type_ in ("CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY") and first.is_alpha
    if (
        first.is_title
        and first.pos_ != "PROPN"
        and first.text != "I"
        and (first.ent_type_ == "" or counted)
        and first.text not in _capitals_mid_sentence(doc_text(doc) if story is None else story)
    ):  # "said that during the night …" or "that nine embassies", not "During"; nor "Durst was arrested", a name
        # the article writes with its capital mid-sentence, which the model did not tag
        text = text[:1].lower() + text[1:]
    return text


# The writer's context hung on the end of what was said: "would include meals — no small concern since …",
# "will step down at the end of the year, amid ethics controversies". The speaker did not say it.
WRITERS_ASIDE_WORDS = ("amid", "amidst", "despite")


def _writers_tail(tokens: list, i: int) -> bool:
    """True when tokens[i] opens the writer's own aside at the end of a reported clause, after its verb: the
    clause's one dash (two enclose an aside of the speaker's own), or ", amid …" / ", despite …" after a comma."""
    token = tokens[i]
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens[:i]):
        return False  # "PARIS — The man …": a dateline's dash, before the clause has its verb
    if token.text in ("—", "–") or (token.text == "-" and token.whitespace_ and tokens[i - 1].whitespace_):
        return sum(1 for t in tokens if t.text in ("—", "–", "-") and t.is_punct) == 1
    return token.lower_ in WRITERS_ASIDE_WORDS and tokens[i - 1].text == ","


def _narrated_conjunct(token) -> bool:
    """True when `token` is the "but" (or "and") before a verb of the past with no subject of its own, joined by the
    parse to a verb under "would" or "will": the tenses break, so the joined verb tells what the speaker did, in
    the writer's words ("said Democrats would keep up the pressure, but stopped short of …")."""
    if token.dep_ != "cc":
        return False
    verb = next((c for c in token.head.children if c.dep_ == "conj" and c.i > token.i), None)
    return (
        verb is not None
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
        and token.head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.head.children)
    )


def _said_together(verb) -> bool:
    """True when the subject of a verb of saying is two or more people ("X and Y both insisted")."""
    return any(
        (t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")) or t.lower_ == "both"
        for subject in verb.children
        if subject.dep_ in ("nsubj", "nsubjpass")
        for t in subject.subtree
    )


def _context(doc: Doc, verb_index: int) -> str | None:
    verb = doc[verb_index]
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "on", "during")  # "in the broadcast"; not "according to an advance text"
            and any(t.lemma_.lower() in DOCUMENT_HEADS for t in child.subtree)
        ):
            context = doc_text(doc)[child.idx : child.right_edge.idx + len(child.right_edge.text)]
            return child.lower_ + context[len(child.text) :]  # "In a further tweet, Clinton wrote": "in a …"
    return None


def _country_mentions(analysis: Analysis) -> Counter[str]:
    """How often the story names a place in each country: countries, capitals, demonyms and cities alike (a
    story set in Havana is about Cuba). The dateline's own place and country do not count."""
    counts: Counter[str] = Counter()
    dateline = analysis.article.dateline
    for sentence in analysis.sentences:
        opening = sentence.span.start_char + _dateline_length(sentence.text, dateline)
        for ent in sentence.ents:
            if analysis.entity_labels.get(ent.text) == "GPE" and ent.start_char >= opening:
                country = country_of(ent.text)
                if country:
                    counts[country] += 1
    return counts


def _dateline_length(text: str, dateline) -> int:
    """How many characters of `text` the dateline takes ("HAVANA, Cuba — "), 0 when it does not open it. Only
    the dateline itself is left out: the story's own "in Cuba" counts, so a story datelined Havana about Cuba
    is about the place it was filed from."""
    if dateline is None or not dateline.text or not text.startswith(dateline.text):
        return 0
    return len(dateline.text)


def _topic_country(analysis: Analysis) -> str | None:
    """The country the story is plainly about, or None when the article does not say so clearly: named in the
    headline, mentioned at least three times, and more often than any other (a story that mentions two
    countries as often has no single topic country)."""
    counts = analysis.country_mentions
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
        return None
    topic = ranked[0][0]
    headline = analysis.article.headline
    names = re.findall(r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*", headline)
    found = set()
    for name in names:  # "Kenya Airways" is about Kenya; "New York" is not about the city of York
        whole = country_of(name)
        found |= {whole} if whole else {country_of(word) for word in name.split() if len(word) > 2}
    return topic if topic in found else None


def _fragment(text: str) -> bool:
    """A piece of a sentence the model cut in the wrong place: it starts in lower case or with a closing quote
    mark ("We’re on it.” campaign did not …"), or leaves a bracket open."""
    text = text.strip()
    if re.search(r"\b(?:the|and|of|a|an)\s+[A-Z]{1,4}\.$", text):
        return True  # "… and the ID.": cut at the full stop of a name ("the ID. Space Vizzion")
    return bool(re.match(r"[a-z](?![A-Z])|[”’]\s", text)) or text.count("(") != text.count(")")


# Singular nouns that may take a plural verb in good English ("a number of them were", "the team are").
_TAKES_EITHER = frozenset(
    "number majority minority rest total third quarter half percent proportion share lot couple pair range variety "
    "group team government family public staff board council committee party crew audience jury cabinet company "
    "club band side squad management administration union police press youth bunch host series set handful dozen "
    "portion fraction percentage remainder none data media".split()
)


def _disagrees(span) -> bool:
    """True when a singular noun is the subject of "were" or "are" ("an investigation of the finances were
    outside …"): an error of the source, which an item would copy."""
    text = doc_text(span.doc)[span.start_char : span.end_char].lower()
    if "were" not in text and "are" not in text:
        return False  # most sentences have neither: no need to walk their words
    for token in span:
        if token.lower_ not in ("were", "are") or token.lemma_ != "be":
            continue
        verb = token if token.dep_ not in ("aux", "auxpass") else token.head
        if any(c.lower_ in ("if", "though", "unless") for c in verb.children) or verb.head.lemma_ == "wish":
            continue  # "as if it were", "I wish it were": the subjunctive
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if (
                subject.tag_ == "NN"
                and subject.lower_ not in _TAKES_EITHER
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "this", "each", "every") for c in subject.children)
                and not any(c.dep_ in ("conj", "cc") for c in subject.children)
                and subject.i < token.i
            ):
                return True  # "an investigation of the finances were", "a bundle of blueprints were"
    return False


def _has_verb(span) -> bool:
    """A sentence says something only with a verb: a line of names, a credit or a table row has none."""
    return any(token.pos_ in ("VERB", "AUX") for token in span)


_BARE_SPEAKER = re.compile(
    r"(?:^|[,.;”\"]\s+|\s)([A-Z][a-z’'-]+[a-z])\s+(?:said|says|told|added|explained|conceded|noted|argued|insisted|"
    r"wrote|warned|asked|replied|countered|responded)\b|\b(?:said|says|added|wrote|asked)\s+([A-Z][a-z’'-]+[a-z])\s*[.,]"
)


def _people_by_surname(docs: list[Doc], labels: dict[str, str]) -> None:
    """Label as people the full names whose surname alone speaks ("Duhalde said") though the model took the
    name for an organisation. The surname must be a rare word, so "Watch said" never makes a person of
    "Human Rights Watch"."""
    from wordfreq import zipf_frequency

    bare = {m.group(1) or m.group(2) for doc in docs for m in _BARE_SPEAKER.finditer(doc_text(doc))}
    for text, label in list(labels.items()):
        words = text.split()
        if (
            label != "PERSON"
            and len(words) >= 2
            and words[-1] in bare
            and looks_like_a_name(text)
            and zipf_frequency(words[-1].lower(), "en") < 3.0
        ):
            labels[text] = "PERSON"


# A line that opens on a list's bullet ("- Graham says he'd break no-tax 'pledge'"): under a link list's label, one
# more headline of it, whatever it ends on.
_BULLETED = re.compile(r"\s*[-–•*·]\s+\S")


def _page_paragraphs(article: Article, docs: list[Doc]) -> tuple[list[bool], list[bool]]:
    """For each paragraph, whether it belongs to the page rather than the story (furniture, the headlines under
    a "Read more:" line until a line ends as prose does, or the headline again with something after it: an audio
    player's "… Immigration Listen · 3:49", a standfirst run on); and whether it stands for something else, a
    link or a player, whose names are not the story's (a photo caption's are)."""
    flags, elsewhere = [], []
    link_list = False
    headline = match_key(article.headline).lower()
    for doc in docs:
        text = doc_text(doc)
        linked = link_list and (not ends_a_sentence(text) or bool(_BULLETED.match(text)))
        link_list = opens_a_link_list(text) or linked
        repeated = _repeats_headline(text, headline)
        flags.append(linked or is_furniture(text) or repeated)
        elsewhere.append(linked or repeated or is_a_link(text))
    return flags, elsewhere


def _repeats_headline(text: str, headline: str) -> bool:
    """True when a paragraph is the headline (of four words or more, as `match_key` lowered) with something else
    after it that starts anew: a player's "Listen · 3:49", a standfirst. Not a lead that goes on from words like
    the headline's ("Obama visits Kenya for the first time …")."""
    words = headline.split()
    if len(words) < 4 or text.lstrip()[: len(words[0])].lower() != words[0]:
        return False  # the cheap test first: most paragraphs start otherwise
    key = match_key(text)
    return key.lower().startswith(headline) and re.match(r"\s*(?:[A-Z\W]|$)", key[len(headline) :]) is not None


def analyse(article: Article, docs: list[Doc]) -> Analysis:
    """Build the `Analysis` of `article` from one parsed `Doc` per body paragraph."""
    for paragraph_of_article, doc in zip(article.paragraphs, docs, strict=False):
        remember_text(doc, paragraph_of_article.text)
    page, elsewhere = _page_paragraphs(article, docs)
    labels = vote_labels(docs)
    _people_by_surname(docs, labels)
    sentences: list[Sentence] = []
    for paragraph, doc in enumerate(docs):
        paragraph_text = doc_text(doc)
        page_text = page[paragraph]
        for span in _whole_sentences(doc):
            text = paragraph_text[span.start_char : span.end_char]  # Span.text joins its tokens anew
            if text.strip():
                junk = (
                    page_text
                    or is_garbled(text)
                    or not_prose(text)
                    or has_web_debris(text)
                    or not _has_verb(span)
                    or _fragment(text)
                    or _disagrees(span)
                    or _lost_subject(span)
                    or _glued_to_the_last(paragraph_text, span.start_char)
                    or bool(_ENDS_ON_THE_NEXT.search(text))
                    or bool(re.search(r"\w['’]s\s*$", text))  # '… said Plouffe on ABC's': cut inside a title
                )
                sentences.append(Sentence(len(sentences), paragraph, text.strip(), span, junk))
    analysis = Analysis(
        article=article,
        sentences=sentences,
        entity_labels=labels,
        link_paragraphs=frozenset(i for i, other in enumerate(elsewhere) if other),
    )
    for paragraph, doc in enumerate(docs):
        if elsewhere[paragraph]:
            continue  # "Federal Judge Blocks Obama's … Listen · 3:49": the page's names are no one's in the story
        for person in find_people(doc):
            if not person.description or not _can_describe_a_person(person.description):
                continue
            if _CARD_AFTER.match(doc_text(doc), person.start + len(person.name)):
                continue  # "impeach President Trump Donald John TrumpDem lawmaker says …": a pop-up card's
            owner = next(
                (
                    s
                    for s in sentences
                    if s.paragraph == paragraph and s.span.start_char <= person.start < s.span.end_char
                ),
                None,
            )
            if owner is not None and owner.furniture and has_web_debris(owner.text):
                continue  # "… Chad Wolf becomes acting DHS secretary Schumer blocks …": a page's card names no role
            if person.name not in analysis.descriptions and not inside_quotation_marks(doc_text(doc), person.start):
                # not "… elect Mitt Romney the next president of the United States," Ryan said: a speaker's words
                analysis.descriptions[person.name] = _whole_description(person.description, doc_text(doc))
            if owner is not None:
                surname = person.name.split()[-1]
                for name in {person.name, *(n for n in analysis.descriptions if n.split()[-1] == surname)}:
                    analysis.described_in.setdefault(name, set()).add(owner.index)
    book = _SourceBook(analysis)
    last_quote_source: Source | None = None
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    previous_ran_on = False
    for paragraph, doc in enumerate(docs):
        spans = find_quote_spans(doc_text(doc))
        blocked = [(q.start, q.end) for q in spans]
        if not previous_ran_on:
            last_quote_source = None  # an unattributed quote borrows a speaker only within a paragraph or run-on
        sentences_here = [s for s in by_paragraph.get(paragraph, []) if not s.furniture]
        speakers_here = {
            s.index: speech_in(s.span, blocked) for s in sentences_here
        }  # every attribution of the paragraph, so a quote is never given to someone named later
        for sentence in sentences_here:
            span = sentence.span
            span_text = span.text
            unnamed = find_unnamed_sources(span_text)
            analysis.unnamed.extend((sentence.index, u) for u in unnamed)
            analysis.hedges.extend((sentence.index, h) for h in find_hedges(span_text))
            speeches = speakers_here[sentence.index]
            inside = [q for q in spans if span.start_char <= q.start < span.end_char]
            for quote in inside:
                later = [sp for i, found in speakers_here.items() if i > sentence.index for sp in found]
                tags, ends_in = speeches, None
                closing = _closing_sentence(sentences_here, quote)
                if not speeches and closing is not None and closing is not sentence:
                    # "“Trump will win. That's not what we want,” a Bloomberg insider said.": the quotation
                    # runs over two sentences, and its tag stands after it, in the sentence where it closes
                    tags = [sp for sp in speakers_here[closing.index] if doc[sp.verb_index].idx >= quote.end]
                    ends_in = closing.index if tags else None
                last_quote_source = _attach_quote(
                    analysis, book, doc, sentence, quote, tags, unnamed, last_quote_source, later
                )
                analysis.quotes[-1].ends_in = ends_in
            if not inside:
                for speech in (s for s in speeches if s.reports_speech):
                    source, pronoun = book.resolve(speech, sentence.index, unnamed)
                    if source is not None:
                        source.sentences.append(sentence.index)
                        content = _reported_content(
                            doc,
                            speech.verb_index,
                            span,
                            lambda end=sentence.index: " ".join(s.text for s in analysis.sentences[:end]),
                            analysis.article.body_text,
                        )
                        if any(c.dep_ == "neg" for c in doc[speech.verb_index].children) or speech.lemma in _DENYING:
                            content = None  # "did not believe …", "denied that …": not what they said
                        if _said_together(doc[speech.verb_index]):  # "Yates and Harris both insisted …"
                            content = None  # theirs together: credited to one of them alone, it misleads
                        if content and pronoun and _names_in_third_person(content, source.label):
                            content = None  # "Mr Trump has the authority …, he added": "he" is not Mr Trump
                        analysis.claims.append(Claim(sentence.index, source, speech.verb, speech.lemma, content))
                    if source is not last_quote_source:
                        last_quote_source = None  # "Doherty said gamers were ravenous. '…'": a new voice took over
        previous_ran_on = bool(spans and spans[-1].runs_on)
        for quantity in find_quantities(doc):
            owner = next(
                (s for s in by_paragraph.get(paragraph, []) if s.span.start_char <= quantity.start < s.span.end_char),
                None,
            )
            if owner is not None and not owner.furniture:
                analysis.quantities.append((owner.index, quantity))
    analysis.country_mentions = _country_mentions(analysis)
    analysis.topic_country = _topic_country(analysis)
    _check_independence(analysis)
    _check_capacity(analysis)
    _set_newsroom_apart(analysis)
    return analysis


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")  # what a sentence quotes, left out where only the narration counts
# A person running in the story's contest: a candidate, a challenger, a rival, whatever their trade.
_IN_THE_RACE = caseless(
    r"\b(?:challenger|challenging|candidate|candidacy|running against|ran against|rival|opponent|contender|"
    r"primary (?:challenge|opponent|race)|campaign(?:ing)? for)\b"
)
_PART_OF_THE_WORK = caseless(
    r"\b(?:co-?authors?|lead authors?|authors? of|(?:who )?led the (?:study|research|team|work|project)|"
    r"study's|researchers? (?:on|behind) the|one of the researchers|(?:their|our|his|her) (?:study|research|team|"
    r"findings|paper|work)|worked on|co-?led|research team|the team)\b"
)


_ABOUT_A_STUDY = caseless(r"\b(?:study|studies|research|researchers|paper|findings|journal)\b")
_NOT_INVOLVED = caseless(
    r"\b(?:not involved|was not part|wasn't involved|did not take part|independent|not connected|no part in)\b"
)


def _check_independence(analysis: Analysis) -> None:
    """An "independent expert" who wrote the study, or led the work, is not independent of it: no type then.
    In a story about a study, an expert counts as independent only when the article says so."""
    story = " ".join(s.text for s in analysis.sentences)
    for source in analysis.sources.values():
        if source.kind != "expert":
            continue
        surname = source.label.split()[-1]
        if has_word(analysis.article.headline, surname):
            source.kind = "unknown"  # the headline's own person is part of the events, whatever their trade
            continue
        if any(_IN_THE_RACE.search(_QUOTED.sub(" ", s.text)) for s in analysis.sentences if has_word(s.text, surname)):
            source.kind = "unknown"  # "Canova, a law professor challenging her in the primary": a side in the race
            continue
        texts = [s.text for s in analysis.sentences if surname in s.text]
        if any(_PART_OF_THE_WORK.search(text) or TIES.search(text) for text in texts):
            source.kind = "unknown"  # he wrote the study, or he advises the people the story is about
        elif _ABOUT_A_STUDY.search(story) and not any(_NOT_INVOLVED.search(text) for text in texts):
            source.kind = "unknown"  # a researcher quoted on a study may be one of its authors, unless told otherwise


# "Janet Hook and Kristina Peterson contributed to this article.": the newsroom's own people, named at its end.
_STAFF_LINE = re.compile(
    r"^(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:(?:,\s*|,?\s+and\s+)[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})*)"
    r"\s+(?:also\s+)?contributed\s+(?:reporting\s+)?(?:to\s+)?(?:this|the)\s+(?:article|report|story)\b"
)


def _set_newsroom_apart(analysis: Analysis) -> None:
    """The newsroom's own reporters (named in a "… contributed to this article" line, or as contributors) are no
    sources of the story: their words and the page's blurbs about them ("WSJ reporter Janet Hook explains why …",
    a video's promotion) are page furniture, never asked about."""
    staff = {c.name for c in analysis.article.contributors}
    for sentence in analysis.sentences:
        line = _STAFF_LINE.match(fold(sentence.text))
        if line:
            staff.update(n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", line["names"]) if n.strip())
    if not staff:
        return
    analysis.sentences = [
        replace(s, furniture=True) if any(has_word(s.text, name) for name in staff) else s for s in analysis.sentences
    ]
    for key in [k for k, s in analysis.sources.items() if s.label in staff]:
        del analysis.sources[key]
    analysis.claims = [c for c in analysis.claims if c.source.label not in staff]
    analysis.quotes = [q for q in analysis.quotes if q.source is None or q.source.label not in staff]
    for name in staff:
        analysis.descriptions.pop(name, None)


# A tie that makes someone speak for themselves, whatever their job: a character witness, a friend, a neighbour.
_PERSONAL_CAPACITY = caseless(
    r"\b(?:character witness(?:es)?|testif(?:y|ies|ied|ying) (?:for|on behalf of)|vouch(?:es|ed|ing)? for|"
    r"(?:long-?time |close |childhood |family |old |former )?(?:friends?|neighbou?rs?|classmates?|roommates?) of)\b"
)


def _check_capacity(analysis: Analysis) -> None:
    """A business's or a group's representative whom the article shows speaking as a witness to someone's
    character, a friend or a neighbour speaks for no one but themselves here: no type then."""
    for source in analysis.sources.values():
        if source.kind != "advocate":
            continue
        surname = source.label.split()[-1]
        if any(_PERSONAL_CAPACITY.search(s.text) for s in analysis.sentences if has_word(s.text, surname)):
            source.kind = "unknown"  # "Reyes, who owns a bakery, testified for the mayor": no business's voice


# Verbs whose clause is what the speaker says is not so ("denied that the appointment was ever certain").
_DENYING = frozenset({"deny", "dispute", "reject", "refute", "rebut", "dismiss"})
# Verbs by which one person's words or wishes are passed on inside another's account ("Sanders told reporters
# Trump has asked his agencies to “look and see …”").
_RELAYING = REPORTING_LEMMAS | frozenset(
    "ask complain urge demand beg order instruct call write tell plead request vow promise threaten".split()
)


def _aside(doc: Doc, speech: Speech, quote: QuoteSpan) -> bool:
    """True when the quotation stands between the speaker and the speech verb with no verb of saying before it
    ("Dench, doing “what grandmas do,” responded"), not after one ("Garza said agents “do see …,” and said")."""
    if not speech.speaker_end <= quote.start or quote.end > doc[speech.verb_index].idx:
        return False
    between = doc.char_span(speech.speaker_end, quote.start, alignment_mode="expand")
    return between is not None and not any(t.pos_ == "VERB" and t.lemma_.lower() in _RELAYING for t in between)


# "responded to Trump tweeting earlier in the day: “…”", "…, citing Trump's tweet: “…”": between the verb and the
# quotation, someone else's act of saying or message, which the quotation may be.
_ANSWERED = re.compile(
    r"\b(?:to|at|by|citing|quoting)\s+(?:(?:the|a|an|President|Sen\.|Rep\.|Gov\.)\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}"
    r"[A-Z][\w.'’-]*(?:['’]s\s+(?:\w+\s+)?(?:tweets?|posts?|statements?|remarks?|comments?|messages?|questions?|"
    r"claims?|suggestions?|letters?|words)|\s+(?:tweeting|posting|saying|writing|asking|claiming|suggesting))\b"
)


def _relayed(doc: Doc, speech: Speech, quote: QuoteSpan) -> bool:
    """True when, between the speech verb and the quotation after it, another verb of saying or asking has a
    subject of its own: the quoted words may be that person's, passed on by the speaker. A verb of saying with
    no subject after it ("…, adding that “…”") gives the words back to the speaker."""
    verb = doc[speech.verb_index]
    if verb.idx >= quote.start:
        return False
    if _ANSWERED.search(doc_text(doc)[verb.idx : quote.start]):
        return True  # the words of the one answered or cited
    relayed = False
    for token in doc[verb.i + 1 :]:
        if token.idx >= quote.start:
            break
        if token.pos_ != "VERB" or token.lemma_.lower() not in _RELAYING:
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and (
            token.dep_ == "xcomp" or (token.dep_ in ("advcl", "oprd") and token.lemma_.lower() not in REPORTING_LEMMAS)
        ):  # "Roof began complaining": the subject of "began"; "Sasse was caught on YouTube demanding that …": the
            # one caught (not "…, adding that": the speaker goes on)
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and token.lemma_.lower() in REPORTING_LEMMAS:
            relayed = False  # "…, adding that": the speaker goes on
        elif any(s.pos_ != "PRON" and not speech.speaker_start <= s.idx < speech.speaker_end for s in subjects):
            relayed = True  # someone else's ("Trump has asked"), not the speaker's own ("he asked")
    return relayed


# Four words or more of the reporter's own before a quotation in a sentence with no verb of saying: the reporter
# cites a phrase, not the last speaker going on.
_NARRATION_BEFORE = re.compile(r"^\W*(?:[\w'’,.$%-]+\s+){4,}\W*$")


def _glued_to_the_last(paragraph: str, start: int) -> bool:
    """True when a sentence starts with no space after the one before, or right after a word glued to the end of
    the one before ('the men."The United States …'): the page glued the two, and the parse cut them in the wrong
    place ("United States has provided …" lost its "The")."""
    before = paragraph[:start]
    if not before:
        return False
    return bool(re.match(r"[\w.,;:!?\"”’')]", before[-1]) or _ENDS_ON_THE_NEXT.search(before))


# A sentence that ends on the first word of the next, glued to its closing mark ('… killing the men."The').
_ENDS_ON_THE_NEXT = re.compile(r"[.!?][\"”’']?[A-Z][a-z]*\s*$")


def _closing_sentence(sentences: list[Sentence], quote: QuoteSpan) -> Sentence | None:
    """The sentence of the paragraph in which `quote` ends."""
    return next((s for s in sentences if s.span.start_char < quote.end <= s.span.end_char), None)


def _attach_quote(
    analysis: Analysis,
    book: _SourceBook,
    doc: Doc,
    sentence: Sentence,
    quote: QuoteSpan,
    speeches: list[Speech],
    unnamed: list[UnnamedSource],
    last_source: Source | None,
    later: list[Speech],
) -> Source | None:
    speech = None
    if len({s.speaker.lower() for s in speeches}) > 1:
        speeches = []  # two people speak in the quote's sentence: which one said it is a guess
        last_source = None
    if speeches:

        def distance(s: Speech) -> int:
            verb_at = doc[s.verb_index].idx
            return verb_at - quote.end if verb_at >= quote.end else (quote.start - verb_at) + 1000

        speech = min(speeches, key=distance)
    source, pronoun, verb, context = last_source, None, None, None
    written = None
    if speech is not None:
        resolved, pronoun = book.resolve(speech, sentence.index, unnamed)
        source = resolved
        verb, written = speech.verb, speech.speaker
        context = _context(doc, speech.verb_index)
        if resolved is not None and context and re.search(r"\bstatement\b", context):
            book.last_statement = (resolved, sentence.index)  # "Deripaska said in a statement": "the statement"
            # a sentence or two on is his
        if quote.start == 0 and last_source is not None and resolved is not last_source and written:
            source = None  # a run-on quote attributed to someone else in its own sentence: unsure, so no speaker
        if _aside(doc, speech, quote):
            source = None  # "Dench, doing “what grandmas do,” responded: …": between speaker and verb, an aside
        if _relayed(doc, speech, quote):
            source = None  # "Meek said … Roof began complaining that “…”": the words of the one reported on
    elif later and (last_source is None or any(0 <= doc[s.verb_index].idx - quote.end <= 8 for s in later)):
        source = None  # the speaker is named later in the paragraph ("…," said the sporting director): no guess
    elif last_source is not None and book.names_another(sentence.index, last_source.label):
        source = None  # "echoed by Sir Richard Eyre, who called it “thought provoking”": another person is named
    elif last_source is not None and _NARRATION_BEFORE.search(doc_text(doc)[sentence.span.start_char : quote.start]):
        source = None  # "And the section of his statement … included a reference to “making healthcare …”": a
        # phrase the reporter cites inside a sentence of their own, from a text whose author is not said here
    if source is not None:
        source.quoted = True
        source.sentences.append(sentence.index)
    analysis.quotes.append(Quote(quote.text.strip(), sentence.index, source, written, verb, context, pronoun))
    return source
