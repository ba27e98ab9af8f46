"""main-event: what the main news is, from the lead sentence checked against the headline."""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.extract.numbers import parse_number
from quizapp.generation.skills.common import (
    main_clause,
    root_end,
    sentence_case,
    sentences_without_quotes,
    story_sentences,
    strip_dateline,
)
from quizapp.quality.wording import context_reference, evaluative_words
from quizapp.textnorm import fold

_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "as",
        "with",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "this",
        "that",
        "its",
    ]
)


_ENGLISH = frozenset("the a an of to in and is was were are on for with by from has have had that at as".split())
_DANGLING = frozenset(
    "said says the a an of to in and on for with by from that which who whom whose where when as at his her their its "
    "fixing making taking".split()
)


def _same_action(headline: str, lead, answer: str) -> bool:
    """True when a verb of the lead's kept clause is a word of the headline ("collapsed" / "collapses",
    "died" / "dies"): the lead reports the headline's event, not only its setting ("caucuses were held")."""
    words = re.findall(r"[a-z]{3,}", headline.lower())
    kept = answer.lower()
    forms = {
        f[:4] for t in lead.span if t.pos_ == "VERB" and t.text.lower() in kept for f in (t.lemma_.lower(), t.lower_)
    }
    return any(w.startswith(f) for w in words for f in forms if len(f) >= 3)


_NOT_EVENTS = frozenset("be have continue remain seem appear know look sound feel".split())
# "Just six weeks ago, Clinton's lead looked insurmountable": a lead that sets the past against a news still to come
_THEN_NOW = caseless(
    r"^(?:just |only |barely )?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) "
    r"(?:days?|weeks?|months?|years?|decades?) ago|until (?:recently|now|this|last)|for (?:years|decades|months)|"
    r"once upon|not long ago|back in)\b"
)
_REASON_FIRST = re.compile(r"(?:Because|Since|Although|Though|Even though|Even if|If|Unless|Whether)\b")
# A lead told in a side's colours: verbs of attack and labels of a camp ("slammed left-wing CBS News reporter").
_COLOURED = caseless(
    r"\b(?:slam(?:s|med)?|blast(?:s|ed)?|rip(?:s|ped)|shred(?:s|ded)?|torch(?:es|ed)|bash(?:es|ed)|trash(?:es|ed)|"
    r"savag(?:es|ed)|eviscerat(?:es|ed)|lash(?:es|ed) out|left-wing|right-wing|far-left|far-right|radical)\b"
)
_HEDGED_NEWS = caseless(r"\b(?:said to|reportedly|allegedly|believed to|thought to|may have|might have)\b")
_HINTS = frozenset("hint signal suggest tease preview foreshadow".split())
# A headline of two events ("Trump slams media, as more women make claims"): which one is the main news is open.
_TWO_EVENTS = re.compile(
    r",\s*(?:as|while|amid|even as)\s|\s(?:as|while)\s+(?:\w+\s+){0,3}(?:set|sets|is|are|to)\s|\s[—–]\s*(?:and|but)\s"
)
# also "Christie faces political traffic jam as confidant set to testify": the second event may be the news


def _headline_subject(headline: str, lead) -> bool:
    """True when the lead's main verb is an act done (not "is", "has", "continued", "will") by someone the headline
    names ("Iran has declared …" under "Iran rolls back …"): the lead tells what the headline's actor did, in
    other words. A lead whose subject the headline does not name ("No one knows …") sets a scene instead."""
    root = lead.span.root
    done = root.tag_ == "VBD" or (
        root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in root.children)
    )
    if not done or root.lemma_.lower() in _NOT_EVENTS:
        return False  # "marks a win", "were trying to", "will release": a view, a state or a plan, not an act
    if root.lemma_.lower() in _HINTS:
        return False  # "Trump hinted last week that one theme … will be unity": words about what is to come
    subjects = [child for child in root.children if child.dep_ == "nsubj"]
    if len(subjects) != 1 or any(t.dep_ == "neg" or t.lower_ in ("no", "nobody") for t in subjects[0].subtree):
        return False
    subject = {t.lower_ for t in subjects[0].subtree if t.pos_ in ("PROPN", "NOUN") and len(t) > 2}
    headline_words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", headline)}
    return any(a[:5] == b[:5] for a in subject for b in headline_words)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def _second_paragraph_start(analysis: Analysis, lead) -> int | None:
    """The index of the first sentence of the paragraph after the lead's."""
    return next((s.index for s in analysis.sentences if s.paragraph > lead.paragraph), None)


def _lower_words(text: str) -> set[str]:
    """The content words of `text` that are not names (written in lower case)."""
    return _content_words(" ".join(w for w in text.split() if not w[:1].isupper()))


def _stem_overlap(first: set[str], second: set[str]) -> int:
    return sum(1 for a in first if any(a[:5] == b[:5] for b in second))


def lesson(headline: str, lead: str) -> str:
    """Why the lead is the news; the headline is cited only when it tells the same news (three words of the lead's
    in common), not beside a headline about something else ("… as confidant set to testify")."""
    if _stem_overlap(_content_words(headline.lower()), _content_words(lead.lower())) >= 3:
        return (
            f"News stories put the most important news first, and the headline announces it: “{headline}”. The lead "
            f"sentence tells that news first: {lead}. The other choices are details or background that come later in "
            "the story."
        )
    return (
        f"News stories put the most important news first: the lead sentence tells it. Here: {lead}. The other "
        "choices are details or background that come later in the story."
    )


def _told_only_in(rest: str, answer: str, headline_words: set[str]) -> set[str]:
    """The headline's words that the rest of the lead tells and the key does not ("eye", "comeback")."""

    def told(word: str, words: set[str]) -> bool:
        return any(w.startswith(word[:5]) or word.startswith(w[:5]) for w in words)

    rest_words, answer_words = _content_words(rest), _content_words(answer)
    return {h for h in headline_words if told(h, rest_words) and not told(h, answer_words)}


def _asks(text: str) -> bool:
    """True for a sentence that ends on a question mark (inside closing quotation marks too)."""
    return text.rstrip(" \"”’'").endswith("?")


def _names_the_publisher(analysis: Analysis, text: str) -> bool:
    """True when a sentence names the story's own publisher (its self-promotion, not the story)."""
    publisher = (analysis.article.publisher or "").strip()
    return len(publisher) >= 3 and publisher.lower() in text.lower()


def _figures(text: str) -> set[str]:
    """The numbers a text gives, in digits ("three" and "3" alike; "1,200" as "1200"); not "one", as "one of the
    …" is seldom a count."""
    found = {n.replace(",", "") for n in re.findall(r"\d[\d,.]*\d|\d", text)}
    words = (parse_number(w) for w in re.findall(r"[a-z]+", text.lower()) if w != "one")
    return found | {str(int(value)) for value in words if value is not None}


def _subject_cut_from_its_verb(sentence, option: str) -> bool:
    """True when `option`, a sentence cut short, keeps a subject whose verb the cut left out."""
    span = sentence.span
    kept = span.text.find(option[1:]) if len(option) > 1 else -1
    if kept < 0:
        return False
    end = span.start_char + kept + len(option) - 1
    return any(token.dep_ in ("nsubj", "nsubjpass") and token.idx < end <= token.head.idx for token in span)


# The rest of a lead that turns to its point: ", but say he acted in "bold" fashion", ", with one major exception:
# China", "— except in Texas".
_TURN = caseless(r"\W*(?:but|yet|with\s+(?:one|a|the|an)\s+(?:\w+\s+)?exceptions?|except|save for|apart from)\b")


# Verbs of deciding: a lead that tells a decision, and a later sentence that tells a part of the same decision.
_DECIDES = caseless(
    r"\b(?:ruled?|rules|ruling|decided|decides|decision|concluded|concludes|found|finds|held|holds|upheld|upholds|"
    r"struck down|strikes down|overturned|overturns|voted|votes|approved|approves|rejected|rejects|blocked|blocks|"
    r"opinion|verdict|judgment|judgement)\b"
)


def build(analysis: Analysis) -> list[Candidate]:
    story = story_sentences(analysis)
    if not story:
        return []
    lead = story[0]
    if "?" in analysis.article.headline or _asks(lead.text):
        return []  # "How big is Clinton's bounce?", "Does Ginsburg have any regrets? Hardly": a headline or a lead
        # that asks announces no news to match
    if _TWO_EVENTS.search(analysis.article.headline):
        return []  # two events in the headline: a wrong choice may tell the other one
    lead_text = strip_dateline(analysis.article, lead)
    if not lead.text.rstrip().rstrip("\"”’'").endswith((".", "!", "?")):
        return []  # a line with no full stop under the headline is a standfirst, not the story's lead sentence
    if _HEDGED_NEWS.search(analysis.article.headline) or re.search(r"\baccording to\b", lead_text, re.IGNORECASE):
        return []  # "Russian Hackers Said to Loot …", "…, according to two people familiar": the key, cut to its
        # main clause, would state as fact what the story only reports
    if ":" in analysis.article.headline and evaluative_words(analysis.article.headline.split(":", 1)[1]):
        return []  # "That Vow To Defund …: Easy To Say, Hard To Do": an analysis's verdict, not news told first
    if re.search(r"\s(?:--|—|–)\s", lead_text) and evaluative_words(lead_text):
        return []  # "Christie brought the tough love, the swagger -- and even the Boss -- to Tampa": a feature's
        # scene, in the writer's colours
    if fold(lead_text).lower().startswith(fold(analysis.article.headline).lower().rstrip(" .")):
        return []  # "Rival campaigns starting to fear Ted Cruz Increasingly, the field sees …": the page's title
        # glued to its subheading, no lead sentence
    if _REASON_FIRST.match(lead_text.strip()):
        return []  # "Because the treaty proscribes testing …, the Kremlin cannot undo the violation": a reason or a
        # condition put first is an explanation taken up mid-story, not a lead telling the news
    if _THEN_NOW.match(lead_text.strip()):
        return []  # the lead looks back to set up a change; the news is in the sentences after it
    answer = sentence_case(main_clause(lead_text, keep_until=root_end(lead, lead_text)))
    rest = lead_text[lead_text.find(answer[1:]) + len(answer) - 1 :] if answer[1:] in lead_text else ""
    if re.match(r",\s+(?:and|or)\s", rest) or re.match(r",\s+[^,]{1,40},\s+(?:and|or)\s", rest):
        return []  # "had a tip that Cruz owned guns, wanted to kill people | , and could be a future school
        # shooter": the key would stop inside a list
    if _TURN.match(rest):
        return []  # "Prosecutors say they take no position on his sentence | , but say he acted in "bold" fashion to
        # commit a multitude of crimes", "… caused anger across the world | , with one major exception: China" under
        # "… great news for China": what comes after the turn is the lead's point
    if len(answer.split()) < 5 or '"' in answer or "“" in answer or context_reference(answer):
        return []
    if _COLOURED.search(answer):
        return []  # "Trump and journalists slammed left-wing CBS News reporter …": the writer's colouring, keyed as the
        # news
    headline_words = _content_words(analysis.article.headline)
    answer_words = _content_words(answer)
    overlap = _stem_overlap(answer_words, headline_words)
    if len(answer_words) <= len(headline_words) + 2 and overlap >= len(answer_words) - 1:
        return []  # the first line repeats the headline (a page's title over its story): no lead to ask about
    if overlap < max(2, round(0.4 * len(headline_words))):
        return []  # the first sentence is not the news the headline announces (an anecdote, a claim, an aside)
    headline = analysis.article.headline
    figures, told = _figures(headline), _figures(answer)
    if figures and told and not figures <= told:
        return []  # "at least 40 dead" over a lead of "at least 56", "3 ports" over "four ports": not the same news
    same = _same_action(headline, lead, answer)
    if not same and len(_told_only_in(rest, answer, headline_words)) >= 2:
        return []  # "… cast their ballots in the primary | , kicking off a contest where several candidates are eyeing
        # a comeback" under "… eye comeback in New Hampshire primary": the key stops before the headline's news
    if not (same or _headline_subject(headline, lead)):
        return []  # "caucuses were held" is not "Sanders wins": the lead sets the scene, the news comes later
    if not same and overlap < 3:
        return []  # "MSNBC uses Romney grandson in comedy segment" over "MSNBC's host hosted a look back with a
        # panel of comedians": the headline's actor, but neither its act nor much else of it; the news comes later
    untold = {h for h in headline_words if _stem_overlap({h}, answer_words) == 0}
    others: list[str] = []
    for sentence in sentences_without_quotes(analysis):
        if sentence.paragraph == lead.paragraph or sentence.index == _second_paragraph_start(analysis, lead):
            continue  # the sentence after the lead tells the news again in other words ("Leroi scooped the prize")
        if not sentence.text.rstrip().rstrip("\"”’')").endswith((".", "!", "?")):
            continue  # "Trump adds Haley, DeVos to his Cabinet": a line with no full stop is another story's linked
            # headline or a subheading, and may tell the same news
        option = sentence_case(main_clause(sentence.text, keep_until=root_end(sentence, sentence.text)))
        if re.search(r"\b(?:said|says|told|according)\b", option):
            continue  # an attribution ("X said the road …"), cut short, not an event
        if _asks(sentence.text) or _names_the_publisher(analysis, sentence.text):
            continue  # a question reports nothing; "The Daily Wire … is a leading provider of news": the site's
            # own advertisement
        if _subject_cut_from_its_verb(sentence, option):
            continue  # "Legal experts predicted that sports leagues and players' unions": cut before the verb
        if len(set(re.findall(r"[a-z]+", option.lower())) & _ENGLISH) < 2 or option.split()[-1].lower() in _DANGLING:
            continue  # a line in another language, or a clause cut off mid-phrase
        words = _content_words(option)
        if len(option.split()) < 6 or context_reference(option) or option.lower().startswith(("but", "and")):
            continue
        actions = _lower_words(option)
        if _stem_overlap(actions, headline_words) >= 2 or _stem_overlap(words, answer_words) >= 3:
            continue  # it restates the news (the same action, not just the same names): a second right answer
        if _stem_overlap(words, headline_words) >= 2 and _stem_overlap(words, untold) >= 1:
            continue  # "A YouGov poll found that 46% of Brits believe Mr. Trump's visit should go forward" under "Brits
            # side with Trump after …": two of the headline's words, names too, one of them a part of its news the
            # key does not tell, so the choice may be that part
        if _DECIDES.search(answer) and _DECIDES.search(option):
            continue  # "The Supreme Court ruled Thursday that …" and "The opinion by Justice Alito concluded that …":
            # one decision told twice, by the court and by the judge who wrote it
        if not 0.5 * len(answer) <= len(option) <= 1.6 * len(answer):
            continue  # far longer or shorter than the key: its length would give the key away
        if any(_stem_overlap(actions, _lower_words(kept)) >= 2 for kept in others):
            continue  # two wrong choices about one thing ("the early retirement programme … package")
        others.append(option)
    distractors = pick(answer, [others], 3)
    if len(distractors) < 3:
        return []
    explanation = lesson(headline, answer)
    return [
        Candidate(
            skill="main-event",
            type="single",
            prompt="What is the main news in this story?",
            choices=(answer, *distractors),
            answer=(answer,),
            explanation=explanation,
            evidence=(answer,),
            difficulty=1,
            score=0.9 if overlap >= 3 else 0.75,
            facts=frozenset({f"sentence:{lead.index}"}),
        )
    ]
