"""dateline: where the story was filed from, set against where the events happen."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.gazetteer import (
    capitals,
    country_of,
    is_country,
    largest_cities,
    party_of,
    us_state_cities,
)
from quizapp.quality.flaws import country_phrase

WRONG_MEANINGS = (
    "The events took place in {filed}",
    "The reporter saw the events in {topic} first-hand",
    "The story was first published in {filed_country}",
)


# Boroughs the city list holds as cities of their own: "Manhattan" beside "New York City" is no other place.
_PARTS_OF_CITIES = frozenset({"Brooklyn", "Queens", "Manhattan", "The Bronx", "Bronx", "Staten Island"})


def build(analysis: Analysis) -> list[Candidate]:
    dateline = analysis.article.dateline
    if dateline is None:
        return []
    answer = dateline.describe()
    caps = capitals()
    with_country = bool(dateline.country)

    def shown(capital: str, country: str) -> str:  # the same shape as the answer: "City, Country" or "City"
        return f"{capital}, {country}" if with_country else capital

    places = [
        shown(caps[c], c)
        for c in (party_of(p) for p in analysis.entities("GPE") if not us_state_cities(p))
        if c and c in caps
    ]  # not "Georgia" (the state, in "the Georgia World Congress Center") read as the country, with Tbilisi
    for contributor in analysis.article.contributors:
        if contributor.place and ("," in contributor.place) == with_country:
            places.append(contributor.place)
    in_state = us_state_cities(dateline.country or "")  # "TOPEKA, Kan.": other cities of Kansas
    if in_state:
        places = []  # "Tbilisi, Georgia" beside "La Crosse, Wis.": a capital of a country is no Wisconsin town
    filed_country = "United States" if in_state else party_of(dateline.country or "") or country_of(dateline.place)
    if not with_country and filed_country:  # "WASHINGTON (AP)" over a story about Tampa: the story's own cities
        places = [g for g in analysis.entities("GPE") if country_of(g) == filed_country and not party_of(g)] + places
    region = dateline.country or ""
    regional = with_country and not in_state and (not is_country(region) or region.replace(".", "") == "DC")
    nearby = [  # "TOPEKA, Kansas" with no list of Kansas towns: no country-wide cities beside a state's name
        shown(city, dateline.country or "") if with_country else city
        for city in ([] if regional else in_state or largest_cities(filed_country, dateline.country))
        if city not in _PARTS_OF_CITIES
    ]
    places = [p for p in places if p.split(", ")[0] not in _PARTS_OF_CITIES]
    if with_country:  # "Mt Somers, New Zealand" beside "Auckland, New Zealand": compare the towns, not the country
        full = {p.split(", ")[0]: p for pool in (nearby, places) for p in pool if ", " in p}
        towns = pick(dateline.place, [[p.split(", ")[0] for p in pool if ", " in p] for pool in (places, nearby)], 3)
        distractors = [full[town] for town in towns]
    else:
        distractors = pick(answer, [places, nearby], 3)
    if len(distractors) < 3:
        return []
    filed_text = dateline.text or answer
    candidates = [
        Candidate(
            skill="dateline",
            type="single",
            prompt="Where was this story filed from, according to its dateline?",
            choices=(answer, *distractors),
            answer=(answer,),
            explanation=(
                f"The dateline at the start, “{filed_text}”, names the place the story was filed from: {answer}. "
                "It is not always where the events happened."
            ),
            evidence=(filed_text,),
            difficulty=1,
            score=0.85,
            facts=frozenset({"dateline:place"}),
        )
    ]
    topic = analysis.topic_country
    # Only when the story never names a place in the filing country: else events may well happen there too,
    # and "filed from outside" would be a false premise.
    if topic and filed_country and topic != filed_country and not analysis.country_mentions[filed_country]:
        where, filed_in = country_phrase(topic), country_phrase(filed_country)
        right = f"The reporter filed from {dateline.place}, outside {where}, where the events happened"
        wrong = [w.format(filed=dateline.place, topic=where, filed_country=filed_in) for w in WRONG_MEANINGS]
        candidates.append(
            Candidate(
                skill="dateline",
                type="single",
                prompt=f"The story is about {where} but is datelined {answer}. What does that tell you?",
                choices=(right, *wrong),
                answer=(right,),
                explanation=(
                    f"Wire reporters often cover a country from a base elsewhere, here {answer}. Facts about "
                    f"{where} may then come from broadcasts, officials or colleagues rather than from what the "
                    "reporter saw, so notice how each fact reached the story."
                ),
                evidence=(filed_text,),
                difficulty=2,
                score=0.9,
                facts=frozenset({"dateline:meaning"}),
            )
        )
    return candidates
