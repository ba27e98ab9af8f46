"""framing: whose words a story reports first and last, and how the first voice and the last word frame it.

Asked of the first and the last *named person* who speaks, and only when the article leaves no doubt: the
headline holds no word of saying or quotation mark, no sentence before the key's (or after it) reads as a
particular person speaking (a word of saying with a name, a pronoun or "the mayor"; a body's or unnamed people's
words may stand there), and the key is named in that sentence or carries on their own words from the one before.
The wrong choices are other named people the story lets speak elsewhere.
"""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, Source
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.skills.common import excerpt, possessive, quote_sentences, sentences_without_quotes, shown
from quizapp.generation.skills.source_credentials import shares_a_name
from quizapp.textnorm import has_word, inside_quotation_marks

# Any sign that someone speaks: a quotation mark, or a verb or phrase of saying, writing or posting.
SPEAKS = caseless(
    r"[\"“”‘]|(?:^|\s)'(?=\w)|\b(?:said|says|say|saying|told|tells|tell|according|stated|announced|announces|added|adds|"
    r"wrote|writes|tweeted|tweets|posted|posts|asked|asks|replied|explained|explains|noted|notes|argued|argues|"
    r"insisted|insists|warned|warns|claimed|claims|declared|declares|testified|acknowledged|conceded|admitted|"
    r"vowed|vows|promised|pledged|urged|urges|called|calls|described|describes|predicted|predicts|estimated|"
    r"reported|reports|confirmed|confirms|denied|denies|disputed|disputes|accused|accuses|blamed|blames|"
    r"criticized|criticised|praised|praises|suggested|suggests|believes|believed|thinks|thought|statement|"
    r"interview|spokes\w+|comments?|remarks?|speech|webinar|briefing|press conference|testimony|podcast|"
    r"knocked|dismissed|rejected|slammed|questioned|pushed back|critique|criticism|rebuke|rebuked|plea|appeal|"
    r"indicated|indicates|signaled|signalled|signals|hinted|hints|threatened|threatens|proposed|proposes|"
    # "Christie turned down an offer by Sen. Rand Paul to join him for a beer": an offer made, declined or answered is
    # something someone said, which a reader may count as the first words reported
    r"offer|offers|offered|invitation|invited|invites|turned down|declined|refused|apologi[sz]ed|answered|"
    r"responded|requested|demanded|demands)\b"
)


# Words that show a particular person where someone speaks: a pronoun, or "the" and a one-person post ("the
# president said" is a person the story may name elsewhere). "Officials said", "a spokesman said" are no one named.
_A_PERSON = re.compile(
    r"\b(?:he|she|his|her|him|I|they|their|them)\b|\bthe\s+(?:[\w-]+\s+){0,2}(?:president|governor|mayor|senator|minister|"
    r"secretary|chancellor|king|queen|premier|judge|chairman|chairwoman|leader|director|chief|candidate|congressman|"
    r"congresswoman|ambassador|spokesman|spokeswoman|spokesperson|speaker|sheriff|commissioner|prosecutor|attorney|"
    r"lawyer|pope|prince|princess|nominee|founder|author|owner)\b",
    re.IGNORECASE,
)


# A sentence telling that someone did not say something: "has not said how many", "did not say whether".
_SAID_NOTHING = caseless(
    r"\b(?:has|have|had|did|does|do|would|will)\s+not\s+(?:yet\s+)?(?:said|say|announced|announce|disclosed|disclose|"
    r"revealed|reveal|specified|specify)\b|\b(?:hasn't|haven't|hadn't|didn't|doesn't|won't|wouldn't)\s+(?:yet\s+)?"
    r"(?:said|say|announced|announce|disclosed|disclose|revealed|reveal|specified|specify)\b|\bnever\s+said\b|"
    r"\bdeclined\s+to\s+(?:say|comment|specify|disclose)\b"
)


def _says_nothing(analysis: Analysis, source: Source) -> bool:
    """True when every sentence crediting `source` tells only that they did not say something."""
    sentences = analysis.sentences
    return all(_SAID_NOTHING.search(sentences[i].text) for i in source.sentences if i < len(sentences))


def _a_person_may_speak(analysis: Analysis, sentence) -> bool:
    """True when `sentence` reads as speech and shows a particular person: someone named, a pronoun, "the
    president". Words of a body or of unnamed people ("the ministry said", "officials said") are no one's here."""
    if not SPEAKS.search(sentence.text):
        return False
    if _A_PERSON.search(sentence.text) or any(e.label_ == "PERSON" for e in sentence.ents):
        return True
    if re.search(r"[,?!][”\"]\s+(?!The\b|A\b|An\b)[A-Z][\w'’-]+\s+[a-z]+", sentence.text):
        return True  # "“That's not trying very hard,” Bova shot back.": a name the analysis did not know, tagging words
    return any(re.search(rf"\b{re.escape(p.split()[-1])}\b", sentence.text) for p in analysis.people())


def _speaking_people(analysis: Analysis) -> list[Source]:
    """Named people who speak in the story, in the order they first do."""
    people = set(analysis.people())
    return sorted(
        (
            s
            for s in analysis.sources.values()
            if s.named and s.sentences and s.label in people and _named_outside_quotations(analysis, s)
        ),
        key=lambda s: min(s.sentences),
    )


def _named_outside_quotations(analysis: Analysis, source: Source) -> bool:
    """True when a sentence where `source` speaks names them outside any quotation marks: not "It's sort of like
    Richard Nixon saying, 'Let's move on'" inside another speaker's words, where Nixon is only imagined."""
    surname = re.compile(rf"\b{re.escape(source.label.split()[-1])}\b")
    for index in source.sentences:
        if index >= len(analysis.sentences) or analysis.sentences[index].furniture:
            continue
        text = analysis.sentences[index].text
        quoted_here = [q for q in analysis.quotes if index in (q.sentence, q.ends_in)]
        if any(surname.search(q.text) for q in quoted_here) or not surname.search(text):
            continue  # a quotation, maybe one running over sentences, names them: words about them, not theirs
        if any(q.ends_in == index != q.sentence for q in quoted_here):
            return True  # the tag after a quotation that opened a sentence before: its marks do not pair up here
        single = [m.span() for m in _SINGLE_QUOTED.finditer(text)]
        if any(
            not inside_quotation_marks(text, m.start()) and not any(a < m.start() < b for a, b in single)
            for m in surname.finditer(text)
        ):
            return True
    return False


# Words in single marks, whose apostrophes ("It’s") do not close them: "saying ‘It’s sort of like Richard Nixon …’".
_SINGLE_QUOTED = re.compile(r"‘(?:[^‘’]|’(?=\w))*’(?!\w)")


def _voice_at(analysis: Analysis, at: int, before: list, after: list) -> Source | None:
    """The one named person who speaks in sentence `at`, when no one speaks in the sentences `before` and
    `after` it (on the article's side of it) and nothing there reads as speech the analysis may have missed."""
    voices = [s for s in analysis.sources.values() if at in s.sentences]
    if len(voices) != 1 or at >= len(analysis.sentences):
        return None  # two voices in one sentence: which came first is a matter of words, not of the story
    key, sentence = voices[0], analysis.sentences[at]
    if not key.named or key.label not in analysis.people() or analysis.harmed(key.label) or sentence.furniture:
        return None  # a group, an unnamed official, a victim's last words: not a voice chosen to frame the events
    if any(_a_person_may_speak(analysis, s) for s in (*before, *after)):
        return None  # someone may speak there, in words the analysis did not take for speech
    if not _named_there(analysis, key, at):
        return None  # "the mayor said", a "he said" after other people: the reader must work out who
    if any(q.sentence == at and q.source is not key for q in analysis.quotes):
        return None
    if _another_speaks_there(analysis, key, sentence.text):
        return None  # "Miller said Sanders was hurling grenades while Sanders called the GOP's behavior “sad”": two
        # voices in one sentence, though the analysis heard only one
    claimed = [c for c in analysis.claims if c.source is key and c.sentence == at]
    if not claimed and not _quoted_at(analysis, key, at):
        return None  # "the four-day “Free Speech Week” Mr. Yiannopoulos had planned": a name in quotation marks,
        # no words of his
    return key


def _another_speaks_there(analysis: Analysis, key: Source, text: str) -> bool:
    """True when another person of the story is named in `text` just before a word of saying, or before the key
    ("Gruber tried to explain his comments in a profuse apology -- as Rep. Darrell Issa accused him …"): a reader
    may take that person's doing for the first words reported."""
    surnames = {p.split()[-1] for p in analysis.people() if p != key.label and p.split()[-1] != key.label.split()[-1]}
    own = re.search(rf"\b{re.escape(key.label.split()[-1])}\b", text)
    return any(
        SPEAKS.match(text[found.end() :].lstrip()) or (own is not None and found.start() < own.start())
        for surname in surnames
        for found in re.finditer(rf"\b{re.escape(surname)}\b", text)
    )


def _quoted_at(analysis: Analysis, key: Source, at: int) -> bool:
    """True when sentence `at` gives words of `key` in quotation marks (four words or more)."""
    return any(q.source is key and at in (q.sentence, q.ends_in) and len(q.text.split()) >= 4 for q in analysis.quotes)


def _named_there(analysis: Analysis, key: Source, at: int) -> bool:
    """True when sentence `at` names `key` by surname, or is a "he said" (which the analysis gave to the key) right
    after a sentence in which the key alone speaks and is named: the run of the key's words goes on."""
    surname = re.compile(rf"\b{re.escape(key.label.split()[-1])}\b")
    if surname.search(analysis.sentences[at].text):
        return True
    if any(
        q.source is key
        and q.sentence == at
        and q.ends_in is not None
        and surname.search(analysis.sentences[q.ends_in].text)
        for q in analysis.quotes
    ):
        return True  # "“The budget must be balanced … That is what is fair,” said … Harry Reid": the quotation opens
        # here and its tag, a sentence on, names him
    before = at - 1
    if before < 0 or before not in key.sentences or not surname.search(analysis.sentences[before].text):
        return False
    return not any(at - 1 in s.sentences for s in analysis.sources.values() if s is not key)


def _closed(analysis: Analysis, at: int, words: str) -> str | None:
    """`words`, run on through the next sentences of the paragraph until a quotation they open is closed (“"I don't
    know why he keeps postponing this. Everyone in town knows …"”: shown alone, the first sentence leaves its
    quotation open and cuts the speaker's last words short); None when the paragraph ends first."""
    sentences, follow = analysis.sentences, at + 1
    while inside_quotation_marks(words, len(words)):
        if follow >= len(sentences) or sentences[follow].paragraph != sentences[at].paragraph:
            return None
        words += " " + sentences[follow].text
        follow += 1
    return words


def _item(analysis: Analysis, key: Source, at: int, first: bool) -> Candidate | None:
    """The first-voice or last-word item, with people who speak elsewhere in the story as wrong choices."""
    if shares_a_name(key.label, analysis.people()):
        return None  # two Lees: "Lee" in the key's sentence may be either
    others = [
        s.label
        for s in _speaking_people(analysis)
        if s is not key
        and not analysis.harmed(s.label)
        and not shares_a_name(s.label, [key.label, *analysis.people()])
        and not _says_nothing(analysis, s)
    ]  # not "Obama has not said how many troops will remain": he says nothing there, so "speaks later" would be untrue
    prompt = f"Who is the {'first' if first else 'last'} named person whose words the article reports?"
    summed = not _quoted_at(analysis, key, at)
    if summed:  # "Florence is moving over warm water, Eric Blake reported": his words only in the article's summary,
        # so "whose words" alone could mean the last person quoted
        prompt = prompt.replace("reports?", "reports, quoted or in its own summary?")
    distractors = pick(key.label, [others], 3, prompt=prompt)
    if len(distractors) < (2 if not first else 1):
        return None  # of a story's two named voices, the first is worth asking; the last is then the other one
    if len(distractors) == 1 and _one_body(analysis, key.label, distractors[0]):
        return None  # "director of the Marist Institute …, which conducted the poll" and "director of the poll": two
        # voices of one side, where the lesson of the other sides heard later would not fit
    sentence = analysis.sentences[at]
    named = ", ".join(distractors[:-1]) + f" and {distractors[-1]}" if len(distractors) > 1 else distractors[0]
    speak = "speak" if len(distractors) > 1 else "speaks"
    running = [
        q
        for q in analysis.quotes
        if q.source is key and ((q.ends_in == at and q.sentence < at) or (q.sentence == at and q.ends_in is not None))
    ]  # a quotation begun before its tag, or one that opens here and is tagged a sentence on
    words = _closed(analysis, at, quote_sentences(analysis, running[0]) if running else sentence.text)
    if words is None:
        return None
    said = shown(excerpt(words))
    said += " " if said.endswith((".", "!", "?", "…", "”", '"')) else ". "
    told = (
        f"The {'first' if first else 'last'} words the article reports from a person it names are "
        f"{possessive(key.label, False)}{', in its own summary' if summed else ''}: {said}"
    )
    if first:
        told += f"{named} {speak} only later. "
        lesson = (
            "The first voice a story gives frames the events for the reader: notice whose side that is, and how "
            "long the article makes you wait before other sides are heard."
        )
    else:
        told += f"{named} {speak} earlier, and no one named speaks after. "
        lesson = (
            "The last word is the one a reader remembers: ask whose side it is on, and whether the others had a "
            "chance to reply to it."
        )
    return Candidate(
        skill="framing",
        type="single",
        prompt=prompt,
        choices=(key.label, *distractors),
        answer=(key.label,),
        explanation=told + lesson,
        evidence=(words,),
        difficulty=2,
        score=0.75,
        facts=frozenset({f"framing:{'first' if first else 'last'}", f"framing-voice:{key.label}"}),
    )


# A headline that gives a named person's words after a colon: "Rep. Darrell Issa: No confidence in Eric Holder".
_NAME_THEN_WORDS = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+:\s")


# Bodies two voices may share: a poll, a firm, a campaign; a named one counts too, but not a chamber or a party,
# whose members stand on both sides ("Senate Republican leader", "Senate Democratic Leader").
_BODY_NOUNS = frozenset(
    "poll survey study campaign company firm team institute university college center centre foundation group "
    "committee agency department office board union association network newspaper magazine school hospital "
    "organization organisation lab laboratory".split()
)
_SHARED_BY_SIDES = frozenset(
    "senate house congress parliament assembly legislature council court state states national federal united "
    "american u s us uk british republican republicans democratic democrat democrats labour conservative liberal "
    "party city county white the a an of for director head chief president vice senior deputy assistant executive "
    "manager spokesman spokeswoman spokesperson official member chair chairman chairwoman leader founder professor "
    "senator sen rep representative governor gov mayor secretary minister economist analyst former".split()
)


def _one_body(analysis: Analysis, one: str, other: str) -> bool:
    """True when the descriptions of two people name the same body: "the poll" (of "director of the Marist
    Institute …, which conducted the poll" and "director of the poll"), or the same name ("Marist")."""

    def bodies(name: str) -> set[str]:
        description = analysis.descriptions.get(name) or ""
        named = {w.lower() for w in re.findall(r"\b[A-Z][\w-]+", description)}
        nouns = {w for w in re.findall(r"[a-z]+", description.lower()) if w in _BODY_NOUNS}
        return (named | nouns) - _SHARED_BY_SIDES

    return bool(bodies(one) & bodies(other))


def _writer_speaks(analysis: Analysis) -> bool:
    """True when the writer speaks as "we" in two sentences or more of paragraphs that hold no quotation mark at all
    ("the problems we identified with Hickenlooper's campaign", "our model"): an analysis or a column, whose first
    voice is the writer's. Page furniture ("you agree to our Privacy Policy") does not count."""
    paragraphs = analysis.article.paragraphs
    own = 0
    for sentence in sentences_without_quotes(analysis):
        if sentence.furniture or not _FIRST_PERSON.search(sentence.text):
            continue
        paragraph = paragraphs[sentence.paragraph].text if sentence.paragraph < len(paragraphs) else sentence.text
        if not _ANY_QUOTATION.search(paragraph):
            own += 1
    return own >= 2


_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our)\b")
_ANY_QUOTATION = re.compile(r"[\"“”«»]|(?:^|\s)['‘]\w")


def build(analysis: Analysis) -> list[Candidate]:
    if _writer_speaks(analysis):
        return []
    people = set(analysis.people())
    spoken = sorted(  # the sentences where a named person speaks: a body's or an unnamed voice's words come between
        {
            i
            for s in analysis.sources.values()
            if s.named and s.label in people
            for i in s.sentences
            if i < len(analysis.sentences)
        }
    )
    if not spoken:
        return []
    candidates = []
    first, last = spoken[0], spoken[-1]
    headline = analysis.article.headline
    named_first = _NAME_THEN_WORDS.match(headline)
    if named_first and not any(has_word(named_first.group(0), p.split()[-1]) for p in people):
        named_first = None  # "Sign Here: Why …", "AP-NORC Poll: …": no one of the story before the colon
    if not SPEAKS.search(headline) and not named_first:  # "Analyst says ban is unlikely", "Rep. Darrell Issa: No
        # confidence in Eric Holder": someone speaks first there
        key = _voice_at(analysis, first, analysis.sentences[:first], [])
        candidates.append(_item(analysis, key, first, True) if key else None)
    after = [s for s in analysis.sentences[last + 1 :] if not s.furniture]  # not the page's links and credits
    key = _voice_at(analysis, last, [], after)
    candidates.append(_item(analysis, key, last, False) if key else None)
    return [c for c in candidates if c]
