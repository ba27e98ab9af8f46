"""The small recognisers for wire copy, each on lines of its own."""

from __future__ import annotations

import pytest

from quizapp.articles.dates import find_date, is_date_line
from quizapp.articles.wire import is_caption, parse_caption, parse_contributors, parse_dateline, publisher_for_agency


@pytest.mark.parametrize(
    ("text", "place", "country", "agency"),
    [
        ("DAKAR, Senegal (AP) — Russian trainers arrived", "Dakar", "Senegal", "AP"),
        ("NEW YORK (AP) — The city", "New York", None, "AP"),
        ("LONDON, Jan 5 (Reuters) - Britain said", "London", None, "Reuters"),
        ("WASHINGTON — The Senate voted", "Washington", None, None),
        ("ST. LOUIS (AP) -- A judge", "St. Louis", None, "AP"),
        ("N'DJAMENA, Chad (AFP) – Troops", "N'Djamena", "Chad", "AFP"),
        ("Paris (CNN)A deadly attack on a police bus", "Paris", None, "CNN"),
        ("Hong Kong (CNN) -- Protesters marched", "Hong Kong", None, "CNN"),
        ("London (Reuters) - Britain said", "London", None, "Reuters"),
    ],
)
def test_datelines(text, place, country, agency):
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.country, dateline.agency) == (place, country, agency)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. said on Monday - nothing",
        "A — short",
        "On Monday, officials said",
        "NATO",
        "He said (AP) that",
        "Sen. Smith (R) said",
    ],
)
def test_not_datelines(text):
    assert parse_dateline(text) is None


def test_agencies_map_to_publishers():
    assert publisher_for_agency("AP") == "Associated Press"
    assert publisher_for_agency("Reuters") == "Reuters"
    assert publisher_for_agency("AFP") == "Agence France-Presse"
    assert publisher_for_agency("Local Wire") == "Local Wire"
    assert publisher_for_agency(None) is None


def test_caption_recognition():
    assert is_caption("FILE - A crowd in Niamey, Aug. 3, 2023. (AP Photo/Sam Mednick, File)")
    assert is_caption("FILE — A crowd in Niamey.")
    assert is_caption("Police stand guard in Paris on Monday. (AP Photo/Jo Doe)")
    assert is_caption("Smoke rises over the city. (Photo by Ann Lee/Getty Images)")
    assert not is_caption("Police said (AP) that the road was closed.")
    assert not is_caption("The file was sent on Monday.")


def test_caption_fields_without_file_prefix():
    caption = parse_caption("Smoke rises over Kyiv, Ukraine, on March 4, 2022. (AP Photo/Efrem Lukatsky)")
    assert caption.photographer == "Efrem Lukatsky"
    assert not caption.is_file_photo
    assert caption.date == "2022-03-04"


def test_contributors_several_with_places():
    line = "Associated Press writers Ann Lee in Paris, Bo Chan in Rome and Cy Dee contributed to this report."
    found = parse_contributors(line)
    assert [(c.name, c.place) for c in found] == [("Ann Lee", "Paris"), ("Bo Chan", "Rome"), ("Cy Dee", None)]
    assert parse_contributors("Follow AP's coverage at https://apnews.com") == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("in Niamey, Niger, Aug. 3, 2023.", "2023-08-03"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("on 12 March 2020 at noon", "2020-03-12"),
        ("Sept. 30, 2021", "2021-09-30"),
        ("published 2024-02-29", "2024-02-29"),
    ],
)
def test_dates(text, iso):
    assert find_date(text)[0] == iso


def test_no_date_and_impossible_date():
    assert find_date("on Monday") is None
    assert find_date("Feb. 30, 2023") is None


def test_date_lines():
    assert is_date_line("Friday, January 4, 2019")
    assert not is_date_line("On Friday, January 4, 2019, the council met.")
