"""detail: who, what, when and where questions from single sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.doctext import doc_text
from quizapp.generation.extract.people import title_word
from quizapp.generation.extract.vocab import REPORTING_LEMMAS
from quizapp.generation.gazetteer import capitals, countries, country_of, is_country, parties_named, party_of
from quizapp.generation.skills.common import (
    GENDERED,
    is_fragment,
    paired_with_a_name,
    quoted,
    sentences_without_quotes,
    stands_alone,
    story_sentences,
    strip_dateline,
    with_blank,
)
from quizapp.generation.skills.source_credentials import ROLE_WORDS, is_a_role
from quizapp.quality.wording import bare_comparative, context_reference, is_garbled
from quizapp.textnorm import fold, has_word

_LED_BY = re.compile(
    r"\b(?:an?|the)\s+(?P<group>(?:(?!\b(?:the|a|an|of)\b)[\w.\s-]){3,40}?(?:delegation|team|group|mission|coalition|campaign|force|"
    r"committee|panel|investigation|inquiry|government|party|expedition))\s+led\s+by\s+"
    r"(?:(?:the|a|an)\s+[^,;]{3,60},\s+)?(?P<leader>[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){1,2})"
)
_DETAIL_LESSON = {
    "who": "The sentence names {0} here. Keeping track of the people in a story, and what each one did or said, "
    "is how a reader follows whose actions and whose words it reports.",
    "where": "The sentence names {0} here. Places, like names and dates, are details a reader can check against "
    "maps and other reports, and a changed place is a common error in retold news.",
    "when": "The sentence names {0} here. Days, like names and places, are details a reader can check against "
    "other reports, and a changed day is a common error in retold news.",
}
_BEFORE_A_NAME = caseless(
    r"(?:^|[;:]|\b(?:by|and|with|to|of|from|for|that|said|told|between|against|"
    r"including|like|than|on|at))\s*$"
)
_BEFORE_A_PLACE = caseless(
    r"\b(?:in|to|from|at|into|across|near|outside|inside|of|for|throughout|over|"
    r"within|around|visited|visiting|leave|left|toward|towards)\s*$"
)


def _country_named(place: str, text: str) -> bool:
    """True when the sentence names the country of `place` elsewhere (or its people)."""
    country = party_of(place)
    if country is None:
        return False
    rest = text.replace(place, " ")
    if is_country(place) and any(country_of(city) == country for city in re.findall(r"\b[A-Z][a-z]{3,}\b", rest)):
        return True  # "studying in ___ … a flight from Barcelona": a city of the country in the sentence tells it
    if any(country == party for pattern, party in _SEATS_OF_POWER if pattern.search(rest)):
        return True  # "outside of ___, … administration policy" beside the NSC: only the capital fits
    return country in rest or any(
        country in (party_of(word.strip(",;:")), party_of(word.strip(",.;:"))) for word in rest.split()
    )  # "U.S." keeps its last stop


# Institutions that stand for a country's seat of government: beside one, a blank for its capital is no question.
_SEATS_OF_POWER = tuple(
    (re.compile(pattern), party)
    for pattern, party in (
        (r"\b(?:White House|Capitol Hill|Congress|Pentagon|NSC|GOP|Democrats|Republicans)\b", "United States"),
        (r"\b(?:Kremlin|Duma)\b", "Russia"),
        (r"\b(?:Downing Street|Whitehall|Westminster)\b", "United Kingdom"),
        (r"\b(?:Élysée|Elysee)\b", "France"),
        (r"\b(?:Bundestag|Chancellery)\b", "Germany"),
        (r"\bZhongnanhai\b", "China"),
    )
)


def _fits_blank(text: str, start: int, end: int, kind: str) -> bool:
    """True when a blank at [start, end) reads the same for every choice of its kind.

    A name after a title ("spokeswoman ___") would need people of that role; a name split from its title or
    surname ("Chief ___ Mijares") or a possessive ("___'s") gives the key away; a country used as a modifier
    ("___ authorities") is not a place where something happened.
    """
    before, after = text[:start], text[end:]
    if re.match(r"^['’]s?\b", after) or text[start:end].endswith(("'s", "’s")):
        return False
    if kind == "who" and paired_with_a_name(before, after):
        return False  # "the decisions of ___ and Hillary Clinton": a famous pair is known without reading the story
    if kind == "who":
        return bool(_BEFORE_A_NAME.search(before)) and not re.match(r"^\s+[A-Z][a-z]", after)
    if kind == "where" and re.search(r"[A-Z][a-z]+\s+of\s*$", before):
        return False  # "Revolutionary Guard Corps of ___": part of a name, which gives the country away
    if kind == "where" and re.search(
        r"\b(?:state|nation|country|kingdom|emirate|sultanate|principality|duchy|island|archipelago|republic|province|"
        r"region|territory|enclave|commonwealth|city|town|capital|port)\s+of\s*$",
        before,
        re.IGNORECASE,
    ):
        return False  # "the Gulf state of ___", "the island nation of ___": the words before it rule most places out
    if kind == "where" and re.match(
        r"^,\s+(?:(?:[A-Z]\.){2,}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s*[.;]|,\s+[a-z]|\s*$)", after
    ):
        return False  # "___, D.C.", "___, Oregon,": the state or country after the blank fits only the key
    if kind == "where" and _REGION_BESIDE.search(text):
        return False  # "___ and other North African states": the region named beside it rules the others out
    if kind == "where":
        ends_phrase = re.match(
            r"^\s*(?:[,.;:)]|$)|^\s+(?:and|on|in|at|for|after|before|since|when|where|to|from)\b", after
        )
        return bool(_BEFORE_A_PLACE.search(before)) and bool(ends_phrase)
    return True


# Words that sort people into sides or fates ("other Democrats", "the Republican primary", "among the dead"): a
# name blank beside them needs wrong names of the same side or fate, which the article seldom gives.
_SIDES_OR_FATES = caseless(
    r"\b(?:democrats?|republicans?|gop|conservatives?|liberals?|labour|tory|tories|primary|nominee|candidates?|"
    r"victims?|killed|dead|died|deaths?|murder(?:ed)?|funeral|slain|wounded|injured|survivors?|suspects?|accused|"
    r"charged|arrested)\b"
)
_REGION_BESIDE = re.compile(
    r"\b(?:other|fellow|neighbou?ring)\s+(?:[A-Z][\w-]*\s+){1,2}(?:countries|states|nations|neighbou?rs|cities)\b"
)
_TAKES_THE = re.compile(r"^(?:U\.?S\.?A?|U\.?K\.?|United\s|Netherlands|Philippines|Bahamas|Gambia|UAE)")
_ROLE_IN = caseless(
    r"\b(?:director|minister|president|chairman|chairwoman|chief|head|leader|secretary|spokes\w+|governor|mayor|"
    r"judge|captain|coach|manager|founder|member|deputy|ambassador|general)\b"
)
_RANKED_WITHOUT_SCOPE = caseless(
    r"\b(?:top|by far|most|best|worst|leading|front-?runner|first place|winner|favou?rite|runner-up|last place)\b"
)
# A weekday that makes a set phrase with the noun after it ("Friday prayers", "Sunday school", "Black Friday sales").
_SET_PHRASE_DAY = caseless(
    r"\s+(?:prayers?|school|service|services|mass|sermon|worship|roast|lunch|brunch|dinner|supper|paper|papers|"
    r"edition|sales?|shopping|deals?|market|football|matches|games?|show|talk shows?|blues|best|funday)\b"
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day_told_otherwise(story: str, day: str, text: str, end: int) -> bool:
    """True when another weekday stands in the story before the word that follows `day` here ("Thursday morning"
    beside "the Wednesday morning interview"): the story dates the same thing twice, and a wrong day could be right."""
    after = re.match(r"\s+([a-z]+)", text[end:])
    if not after:
        return False
    return any(re.search(rf"\b{other}\s+{re.escape(after.group(1))}\b", story) for other in _WEEKDAYS if other != day)


def _led_by(analysis: Analysis, people: list[str]) -> list[Candidate]:
    found = []
    for sentence in story_sentences(analysis):
        match = _LED_BY.search(fold(sentence.text))
        if not match or match["leader"] not in people:
            continue
        leader, group = match["leader"], sentence.text[match.start("group") : match.end("group")]
        distractors = pick(leader, [analysis.offerable(people)], 3)
        if len(distractors) < 2:
            continue
        description = analysis.descriptions.get(leader)
        found.append(
            Candidate(
                skill="detail",
                type="single",
                prompt=f"According to the article, who led the {group}?",
                choices=(leader, *distractors),
                answer=(leader,),
                explanation=(
                    f"The article says the {group} was led by "
                    + (f"the {description}, {leader}." if description else f"{leader}.")
                    + " Keeping track of who did what is the first step to judging who speaks for whom."
                ),
                evidence=(sentence.text[match.start() : match.end()],),
                difficulty=1,
                score=0.9,
                facts=frozenset({f"person:{leader}", f"sentence:{sentence.index}"}),
            )
        )
    return found


# Occupations a page writes before a name like a title ("Comedian Michelle Wolf", "Rapper Kanye West").
_OCCUPATIONS = frozenset(
    "comedian actor actress singer rapper musician songwriter author novelist poet artist designer model chef "
    "filmmaker businessman businesswoman billionaire entrepreneur investor pundit commentator columnist host anchor "
    "coach player quarterback pitcher golfer boxer astronaut rabbi imam cardinal televangelist evangelist".split()
)
_WRITTEN_AS_TITLES = ROLE_WORDS | _OCCUPATIONS
# A phrase after a place that says what the place is: "China, the second largest economy", "Mali, a landlocked
# country"; not a new clause ("… in Mali, a Romanian national was abducted").
_PLACE_DESCRIBED = re.compile(
    r",\s+(?:the\s+(?!\w+\s+(?:was|were|is|are|has|had)\b)\w|(?:an?\s+)(?:[\w-]+\s+){0,3}(?:country|nation|state|"
    r"city|capital|province|region|island|kingdom|republic|territory|economy|port|town)\b)"
)
_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+\w|,\s+(?:who|whose)\b")


def _in_headline(place: str, headline: str) -> bool:
    """True when the headline names `place`, or its people ("Pakistani" for Pakistan)."""
    return bool(re.search(rf"\b{re.escape(place)}\b", headline)) or any(
        party_of(word) == place for word in re.findall(r"[A-Z][\w'’-]+", headline)
    )


def _cloze(analysis: Analysis, people: list[str], places: list[str]) -> list[Candidate]:
    found = []
    used: set[str] = set()
    country_names = {name for c in countries() for name in c.place_names}
    capital_names = _capital_names()
    near_capitals = [capitals()[c] for c in (party_of(p) for p in places) if c in capitals()]
    for sentence in sentences_without_quotes(analysis):
        if sentence.index == 0 or not stands_alone(sentence.text):
            continue
        if is_fragment(sentence.span):
            continue  # "The site's editor, Nate Silver, who was criticized before Tuesday.": no main verb, a fragment
        text = strip_dateline(analysis.article, sentence)
        if sum(1 for e in sentence.ents if e.label_ == "PERSON") >= 3:
            continue  # a list of names: a blank in it asks for its order, not for who did what
        for ent in sentence.ents:
            label = analysis.entity_labels.get(ent.text, ent.label_)
            if ent.text in used:
                continue
            if label == "PERSON" and ent.text in people and len(ent.text.split()) >= 2:
                first = ent.text.split()[0]
                if (
                    any(p != ent.text and ent.text.endswith(" " + p) for p in people)
                    or title_word(first)
                    or first.lower() in _WRITTEN_AS_TITLES
                ):
                    continue  # "Comedian Michelle Wolf": a title the model took into the name; the key alone would
                    # carry one
                if _SIDES_OR_FATES.search(text):
                    continue  # "other Democrats", "among the victims": only people of that party or fate would fit
                gender = analysis.genders.get(ent.text)
                gendered = bool(GENDERED.search(text))
                if gender is None and gendered:
                    continue  # "her widowed mother, ___": a name of the wrong sex would give the key away
                pool = [p for p in analysis.offerable(people) if not gendered or analysis.genders.get(p) == gender]
                after = text[ent.end_char - sentence.span.start_char - (len(sentence.text) - len(text)) :]
                if re.match(r",?\s+(?:of|from|with|at)\s+(?:the\s+)?[A-Z]", after):
                    continue  # "said ___ of Reporters Without Borders": only people of that body would fit, and
                    # the story's presidents and ministers would stand out
                if _APPOSITIVE.match(after):  # "said ___, a Boise State University political scientist": only
                    # other people the article gives a role of their own, not the President it talks about
                    pool = [p for p in pool if is_a_role(analysis.descriptions.get(p) or "")]
                pools, kind = [pool], "who"
            elif label == "GPE" and _PLACE_DESCRIBED.match(
                text[ent.end_char - sentence.span.start_char - (len(sentence.text) - len(text)) :]
            ):
                continue  # "in ___, the second largest economy in the world": the phrase after it describes the place,
                # and world knowledge fills the blank
            elif label == "GPE" and _country_named(ent.text, text):
                continue  # "Kabul, the Afghan capital": the sentence, or world knowledge, gives the answer
            elif label == "GPE" and _in_a_list_of_places(ent):
                continue  # "travelers from ___, France, China and Germany": the list says what kind of place fits
            elif label == "GPE" and _REGION.search(text):
                continue  # "the Latin America trip, which begins in ___": only places of that region would fit
            elif label == "GPE" and ent.text in capital_names:
                pools, kind = [[p for p in places if p in capital_names], near_capitals], "where"
            elif label == "GPE" and ent.text in country_names and ent.text not in _STANDS_FOR_A_COUNTRY:
                pools = [[p for p in places if p in country_names and not _TAKES_THE.match(p) and _a_country_name(p)]]
                kind = "where"
            elif (
                label == "DATE"
                and ent.text in _WEEKDAYS
                and sum(day in text for day in _WEEKDAYS) == 1
                and not re.search(r"[A-Z][a-z]+\s+$", sentence.span.text[: ent.start_char - sentence.span.start_char])
                and not re.match(r"\s+[A-Z]", sentence.span.text[ent.end_char - sentence.span.start_char :])
                and not _SET_PHRASE_DAY.match(sentence.span.text[ent.end_char - sentence.span.start_char :])
            ):  # "Super Tuesday" and "the Sunday Times" are names, not days; "Friday prayers" and "Sunday school"
                # are set phrases a reader completes without the article
                if _day_told_otherwise(
                    analysis.article.full_text, ent.text, sentence.span.text, ent.end_char - sentence.span.start_char
                ):
                    continue  # "the Wednesday morning interview" in a story that dates it "Thursday morning" too
                if re.search(r"\bweek(?:end|day)s?\b", text, re.IGNORECASE):
                    continue  # "got involved last weekend, when he … attended the game on ___": the sentence itself
                    # narrows the day to two, and only one of them stands among the choices
                pools, kind = [list(_WEEKDAYS)], "when"
            else:
                continue
            start = ent.start_char - sentence.span.start_char - (len(sentence.text) - len(text))
            if start < 0 or text[start : start + len(ent.text)] != ent.text:
                continue
            if not _fits_blank(text, start, start + len(ent.text), kind):
                continue
            if text.count(ent.text) > 1:
                continue
            if kind == "where" and re.match(r",\s+(?:where|whose|which)\b", text[start + len(ent.text) :]):
                continue  # "the conflict in ___, where President Bashar al-Assad is still in power": the clause
                # after it describes the place, which gives it away or rules the wrong places out
            if kind == "where":  # never "America" beside "the US": the same country twice
                others = parties_named(text[:start] + " " + text[start + len(ent.text) :])
                pools = [[p for p in pool if p not in country_names or party_of(p) not in others] for pool in pools]
            if kind == "where" and _in_headline(ent.text, analysis.article.headline):
                continue  # "Pakistan" in a story headlined on "Pakistani girls": the headline gives the blank away
            if kind == "who" and has_word(analysis.article.headline, ent.text.split()[-1]):
                continue  # "the cruelty placed on ___" under "… for Otto Warmbier's death": the headline's person
            prompt = f"Fill in the blank from the article: {quoted(with_blank(text, start, start + len(ent.text)))}"
            distractors = pick(ent.text, pools, 3, prompt=prompt)
            if len(distractors) < 3:
                continue
            used.add(ent.text)
            found.append(
                Candidate(
                    skill="detail",
                    type="single",
                    prompt=prompt,
                    choices=(ent.text, *distractors),
                    answer=(ent.text,),
                    explanation=f"The article says: “{text}” {_DETAIL_LESSON[kind].format(ent.text)}",
                    evidence=(text,),
                    difficulty=1 if kind != "when" else 2,
                    score=0.6 if kind == "who" else 0.55,
                    facts=frozenset({f"sentence:{sentence.index}", f"entity:{ent.text}"}),
                )
            )
            break
    return found


# Names the gazetteer keeps for a country that are no country's name in a list of countries: its seat of power
# ("Kremlin", "Washington") or a name of a continent as well ("America").
_STANDS_FOR_A_COUNTRY = frozenset({"Kremlin", "America", "Washington", "D.C.", "Washington D.C.", "White House"})


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    return frozenset(capitals().values())


def _a_country_name(name: str) -> bool:
    """True for a name that can stand among countries as a choice: not a seat of power, a continent or a capital."""
    return name not in _STANDS_FOR_A_COUNTRY and name not in _capital_names()


def _in_a_list_of_places(ent) -> bool:
    """True when the place is joined by "and", "or" or a comma to another place: its fellows in the list show which
    places would fit (all European, all states), so wrong places from elsewhere in the story stand out."""
    root = ent.root
    partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(p.ent_type_ in ("GPE", "LOC", "NORP") for p in partners)


# A region named beside a place's blank: wrong places from elsewhere in the story would lie outside it.
_REGION = re.compile(
    r"\b(?:Latin America|South America|North America|Central America|the Caribbean|Europe|European|Asia|Asian|Africa|"
    r"African|the Middle East|Middle Eastern|the Gulf|Scandinavia|the Balkans|the Pacific|Oceania|the Arctic)\b"
)


# An event named by its kind alone, whose who or what the sentence before told ("condemn the appointment").
_WHOSE_EVENT = re.compile(
    r"\bthe\s+(?:appointment|decision|move|announcement|nomination|remarks|comments|statement|proposal|plan|deal|"
    r"measure|incident|attack|order|ruling|verdict|report|allegations?|accusations?)\b(?!\s+(?:of|to|by|on|for)\b)"
)


# Roles a who-did-what question may name ("the first senator to …"); not words that are as often adjectives or
# verbs ("chief", "head", "general", "official").
_ROLES_NAMED = frozenset(w.rstrip("s") for w in ROLE_WORDS) - {"chief", "head", "general", "official", "member"}


# Acts only people of one sphere do, and the words of a description that place a person in it: a judge rules, a
# politician runs for office. Wrong choices from outside the sphere could not have done it.
_SPHERES = (
    (
        re.compile(r"\b(?:ruled|sentenced|presided|overturned|dismissed the (?:case|lawsuit|suit|charges))\b"),
        frozenset({"judge", "justice", "magistrate", "judges", "justices"}),
    ),
    (
        re.compile(
            r"\b(?:ran (?:for|on|against)|campaigned|was elected|won (?:the|a) (?:primary|election|race|seat|"
            r"nomination|vote)|conceded)\b"
        ),
        frozenset(
            "senator sen governor gov mayor president lawmaker congressman congresswoman representative rep "
            "candidate democrat republican nominee hopeful contender councilman councilwoman councillor councilor "
            "premier minister".split()
        ),
    ),
)


def _who_did(analysis: Analysis, people: list[str]) -> list[Candidate]:
    """ "According to the article, who ordered the accused to remain in custody?": the person who did what a
    sentence says, among other people of the story."""
    found = []
    for sentence in sentences_without_quotes(analysis):
        root = sentence.span.root
        if root.tag_ != "VBD" or root.lemma_.lower() in REPORTING_LEMMAS:
            continue  # a past action, not speech (speech is the who-said skill's)
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.ent_type_ != "PERSON":
            continue
        name = max((n for n in people if subject.text in n.split() and n in sentence.text), key=len, default=None)
        if name is None:
            continue
        name = next(  # the fullest name the sentence gives: "Cathy McMorris Rodgers", not "McMorris Rodgers"
            (
                e.text
                for e in sentence.ents
                if e.label_ == "PERSON" and e.start <= subject.i < e.end and e.text.endswith(f" {name}")
            ),
            name,
        )
        gap = doc_text(sentence.span.doc)[subject.idx + len(subject.text) : root.idx]
        gap = re.sub(r"^\s*,[^,]*,", "", gap, count=1)  # an aside between the name and its verb: ", a judge,"
        if len(gap.split()) > 2:
            continue  # "Gabbard … sparred with Ryan … when she corrected him for saying the Taliban was behind …":
            # the parse joined a name to a verb of another clause
        end = max(t.i for t in root.subtree if t.i >= root.i)
        tokens = [t for t in sentence.span if root.i <= t.i <= end]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        if not tokens:
            continue
        doc = sentence.span.doc
        predicate = doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        if (
            not 3 <= len(predicate.split()) <= 22
            or context_reference(predicate, standalone=False)
            or is_garbled(predicate)
            or bare_comparative(predicate)  # "who was more direct?": than whom?
            or re.search(r"\b(?:it|them)\b|\b(?:this|these|those)\b(?!\s+[a-z])", predicate)  # "change it back"
            or _WHOSE_EVENT.search(predicate)  # "who refused to condemn the appointment?": whose appointment?
        ):
            continue
        if re.search(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\W*$", predicate, re.IGNORECASE):
            continue  # "who served more than two?": cut off before its noun
        if re.search(r"\b(?:not|never|no longer|n't|absent)\b", predicate):
            continue  # "who was not present?": the article rarely says the others were
        if _RANKED_WITHOUT_SCOPE.search(predicate) and not re.search(
            r"\b(?:in|of|among|for)\s+(?:the\s+)?[A-Z]", predicate
        ):
            continue  # "who was by far the top choice of voters?": in which race? The sentence before names it
        if _SIDES_OR_FATES.search(predicate):
            continue  # "who died …?": only others who died would fit; the story's officials would be absurd choices
        if any(c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in root.children):
            continue  # "Heyer died and 19 were injured": the second clause has a subject of its own, so "who died
            # and 19 were injured?" is no question
        if re.search(r"\b(?:also|too|as well|either|again|likewise|similarly)\b", predicate) or any(
            c.lower_ in ("also", "likewise", "similarly") for c in root.children
        ):
            continue  # "who was also critical on Monday?", "Fernich also called for an investigation": also as who?
            # The question leans on the sentence before, whose person did the same
        if any(p.split()[-1] in predicate for p in people) or GENDERED.search(predicate) or _ROLE_IN.search(predicate):
            continue  # another name, a "his"/"her" or a role ("as deputy director") would give the key away
        surname = [w for w in name.split() if w.rstrip(".,") not in ("Jr", "Sr", "II", "III", "IV")][-1]
        if has_word(analysis.article.headline, surname):
            continue  # "who looked to Mandela … to the White House?" under "Barack Obama and Nelson Mandela": the
            # story is about them, so the headline answers it
        prompt = f"According to the article, who {predicate}?"
        capitals = set(re.findall(r"[A-Z][a-z]+", predicate))
        speakers = [s.label for s in analysis.sources.values() if s.named and s.label in people]
        countries = {party_of(w) for w in capitals} - {None}
        fitting = [
            p
            for p in analysis.offerable(list(dict.fromkeys([*speakers, *people])))
            if not any(
                re.search(rf"\b{re.escape(part)}\b", sentence.text) for part in p.split() if len(part) >= 3
            )  # nobody the sentence itself names (the victim, the dead; "Kim's commitment" names Kim Jong-un)
            and not capitals & set(re.findall(r"[A-Z][a-z]+", analysis.descriptions.get(p, "")))
            and not countries & {party_of(w) for w in re.findall(r"[A-Z][a-z]+", analysis.descriptions.get(p, ""))}
        ]  # nobody whose description ties them to the predicate ("Putin", asked who demanded answers from Russia)
        sphere = next((words for pattern, words in _SPHERES if pattern.search(predicate)), None)
        if sphere:  # "who ruled that McGahn must testify?": only judges; "who ran on a … platform?": politicians
            fitting = [
                p for p in fitting if sphere & {w.lower().strip(",.") for w in analysis.descriptions.get(p, "").split()}
            ]
        roles = {w.rstrip("s") for w in re.findall(r"[a-z]+", predicate.lower())} & _ROLES_NAMED
        if roles:  # "who was the first senator to doze off?": only other senators would make the reader look
            fitting = [
                p
                for p in fitting
                if roles & {w.rstrip("s") for w in re.findall(r"[a-z]+", analysis.descriptions.get(p, "").lower())}
            ]
        distractors = pick(name, [fitting], 3, prompt=prompt)
        if len(distractors) < 3:
            continue
        found.append(
            Candidate(
                skill="detail",
                type="single",
                prompt=prompt,
                choices=(name, *distractors),
                answer=(name,),
                explanation=(
                    f"The article says: “{sentence.text}” Keeping track of who did what is how a reader follows a "
                    "story, and checks a retelling of it."
                ),
                evidence=(sentence.text,),
                difficulty=1,
                score=0.65,
                facts=frozenset({f"sentence:{sentence.index}", f"person:{name}"}),
            )
        )
    return found


def build(analysis: Analysis) -> list[Candidate]:
    people = analysis.people()
    places = analysis.entities("GPE")
    return _led_by(analysis, people) + _cloze(analysis, people, places) + _who_did(analysis, people)
