"""voices: which of the people a story names it lets speak in their own words, and which it only talks about.

A story is about some people and hears from others. The item offers one person the article quotes (their own
words in quotation marks, with their name beside them) among people it names but never lets speak. A person counts
as silent only when the article leaves no doubt: no sentence that names them (or the one or two after it, where a
pronoun could stand for them) holds a quotation mark or any word of saying, writing or posting, and no source of the
story carries their name ("a Trump spokeswoman", "Walker's office").
"""

from __future__ import annotations

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, Quote
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.doctext import doc_text
from quizapp.generation.skills.common import ENDS_A_SENTENCE, excerpt, quoted
from quizapp.generation.skills.framing import SPEAKS
from quizapp.generation.skills.quote_speaker import nested_quotation
from quizapp.generation.skills.source_credentials import shares_a_name
from quizapp.textnorm import has_word

PROMPT = "Which of these people does the article quote in their own words?"

# Things people say through, beyond the words of saying the first-voice items read: "Trump's tweet", "her letter".
_SAID_THROUGH = caseless(
    r"\b(?:tweet|letter|message|memo|e-?mail|op-?ed|essay|book|memoir|video|ad|column|note|text|post|lawsuit|"
    r"complaint|filing|order|ruling|opinion|decision|verdict|petition|bill|proposal|plan)s?\b"
)


def _mentions(text: str, name: str) -> bool:
    """True when `text` names the person: the full name, or the surname alone."""
    return has_word(text, name) or has_word(text, name.split()[-1])


_BEFORE_A_VOICE = caseless(r"\b(?:according to|by|from|with|quoting|quoted|cited|citing)\s+(?:[\w.'’-]+\s+){0,6}$")
_JOURNALIST = caseless(
    r"\b(?:reporter|correspondent|anchor|journalist|columnist|commentator|editor|host|producer|contributed|"
    r"contributing|interviewer|moderator)s?\b"
)
_AFTER_A_VOICE = caseless(r"^\W*(?:who|which|whose)\b")
_VOICE_ROLES = frozenset({"nsubj", "nsubjpass", "poss", "agent", "appos", "csubj"})


def _speaks_here(sentence, surname: str) -> bool:
    """True when a sentence holding a word of saying could have the person named `surname` as the one who speaks:
    the subject of a verb, a possessor ("Trump's statement"), after "according to" or "by", or before "who"."""
    tokens = [t for t in sentence.span if t.text == surname]
    if not tokens:
        return True  # the name is split or glued to other characters: no sure reading
    text = doc_text(sentence.span.doc)
    for token in tokens:
        head = token
        while head.dep_ in ("compound", "flat", "conj") and head.head is not head:
            head = head.head  # "Donald Trump and Mike Pence said": the first name's head is the conjunct's
        if token.dep_ in _VOICE_ROLES or head.dep_ in _VOICE_ROLES:
            return True
        if _BEFORE_A_VOICE.search(text[sentence.span.start_char : token.idx]):
            return True
        if _AFTER_A_VOICE.search(text[token.idx + len(token.text) : sentence.span.end_char]):
            return True
    return False


def _silent(analysis: Analysis, name: str, pronoun_quotes: list[int]) -> bool:
    """True when nothing in the article could be read as `name` speaking (see the module's notes)."""
    sentences = analysis.sentences
    surname = name.split()[-1]
    named = [s.index for s in sentences if _mentions(s.text, name)]
    if not named or any(sentences[i].furniture for i in named):
        return False  # a name in a page's card, a credit line or garbled text ("Jay Insle e")
    if not any(ENDS_A_SENTENCE.search(sentences[i].text) and len(sentences[i].text.split()) >= 6 for i in named):
        return False
    if _JOURNALIST.search(analysis.descriptions.get(name) or "") or any(
        _JOURNALIST.search(sentences[i].text) and has_word(sentences[i].text, surname) for i in named
    ):
        return False  # "an interview with Fox News' Chief Intelligence Correspondent Catherine Herridge": the one who
        # asks the questions, or writes the story, speaks in it too
    for index in named:
        sentence = sentences[index]
        if (SPEAKS.search(sentence.text) or _SAID_THROUGH.search(sentence.text)) and _speaks_here(sentence, surname):
            return False  # "Trump tweeted", "according to Trump", "Trump's statement": theirs, or may be
        if any(0 <= at - index <= 2 for at in pronoun_quotes):
            return False  # "Trump arrived on Monday. “…,” he said": the pronoun may be theirs
    for source in analysis.sources.values():
        if source.sentences and has_word(f"{source.label} {source.description or ''}", surname):
            return False  # "a Trump spokeswoman", "Walker's office": someone speaks for them
    return True


def _own_words(analysis: Analysis, label: str) -> Quote | None:
    """The first quotation of five words or more the article gives `label` by name (not through a pronoun), outside
    page furniture and not nested inside another quotation."""
    for quote in analysis.quotes:
        if quote.source is None or quote.source.label != label or quote.resolved_from is not None:
            continue
        sentence = analysis.sentences[quote.sentence]
        if sentence.furniture or len(quote.text.split()) < 5 or nested_quotation(sentence.text, quote.text):
            continue
        if not _mentions(sentence.text, label):
            continue  # the tag is in a later sentence: the name beside the words is what the item points to
        return quote
    return None


def build(analysis: Analysis) -> list[Candidate]:
    people = analysis.people()
    speaking = {s.label for s in analysis.sources.values() if s.sentences}
    pronoun_quotes = [q.sentence for q in analysis.quotes if q.resolved_from is not None or q.source is None]
    speakers = []
    for source in sorted(analysis.sources.values(), key=lambda s: min(s.sentences or [10**6])):
        if not source.named or source.label not in people or shares_a_name(source.label, people):
            continue
        quote = _own_words(analysis, source.label)
        if quote is not None:
            speakers.append((source.label, quote))
    if not speakers:
        return []
    silent = [
        name
        for name in analysis.offerable(people)
        if name not in speaking
        and len(name.split()) >= 2
        and not shares_a_name(name, people)
        and not any(has_word(label, name.split()[-1]) for label in speaking)
        and _silent(analysis, name, pronoun_quotes)
    ]
    if len(silent) < 2:
        return []
    label, quote = speakers[0]
    wrong = pick(label, [silent], 3, prompt=PROMPT)
    if len(wrong) < 2:
        return []
    others = ", ".join(wrong[:-1]) + f" and {wrong[-1]}"
    explanation = (
        f"The article gives {label}'s own words in quotation marks: "
        f"{quoted(excerpt(quote.text.strip().rstrip('.,;:'), 16))}. "
        f"{others} are named in the story but never speak in it: you read about them, in the reporter's words or "
        "in other people's. Notice whose voices a story lets you hear, and whose it only describes."
    )
    return [
        Candidate(
            skill="voices",
            type="single",
            prompt=PROMPT,
            choices=(label, *wrong),
            answer=(label,),
            explanation=explanation,
            evidence=(analysis.sentences[quote.sentence].text,),
            difficulty=1,
            score=0.7,
            facts=frozenset({"voices"}),
        )
    ]
