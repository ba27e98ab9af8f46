"""Text that runs like a sentence but is a table, a scorecard or a list of names: never asked about."""

from __future__ import annotations

import pytest

from quizapp.articles.furniture import has_web_debris, is_furniture, not_prose


@pytest.mark.parametrize(
    "text",
    [
        "Vettori 10-2-34-1, Bond 8-0-41-2, Oram 7-1-22-0, Styris 5-0-30-1",
        "Shrek 2, The Terminal, Collateral, Spider-Man 2, Harry Potter and the Prisoner of Azkaban, Troy",
        "Kinshasa 2 Lubumbashi 1, Goma 3 Bukavu 0, Kisangani 1 Matadi 1, Mbandaka 2 Kananga 4",
    ],
)
def test_tables_scorecards_and_lists_are_not_prose(text: str) -> None:
    assert not_prose(text) and is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hu Jintao, Luiz Inacio Lula da Silva and Celso Amorim met in Brasilia on Monday.",
        "The team won by 23 runs, with 4 wickets left, after 50 overs in 2004.",
        "Brazil backs China on trade bid.",
    ],
)
def test_sentences_with_names_and_numbers_are_prose(text: str) -> None:
    assert not not_prose(text) and not is_furniture(text)


def test_a_long_line_that_never_ends_as_a_sentence_is_page_furniture() -> None:
    run_on = "Congo Army Chief Sacked Rwanda Denies Sending Troops Aid Agencies Warn Of Cholera Outbreak Ferries Stop"
    assert is_furniture(run_on)
    assert not is_furniture(run_on + " because the lake was too rough for the boats.")


@pytest.mark.parametrize(
    "text",
    [
        "Friday, Dec 31, 2004,Page 16 Advertising Sales of new homes rose in November.",
        "The shop will close next month. View results",
        "Shares of Kmart Holding Corp. (KMRT.O: Quote, Profile, Research) rose 3 percent.",
        "The pope waves to the crowd. Claudia Daut / Reuters file",
    ],
)
def test_pieces_of_the_web_page_glued_into_a_sentence_are_found(text: str) -> None:
    assert has_web_debris(text)


def test_ordinary_sentences_carry_no_web_debris() -> None:
    for text in (
        "The report runs to 16 pages and was published on Friday.",
        "Reuters reported that 40 people were hurt, the police said.",
        "Readers can view the results of the vote on the council's site.",
    ):
        assert not has_web_debris(text), text


def test_wire_markers_glued_to_a_line_are_web_debris() -> None:
    assert has_web_debris("Kmart and Sears agree to merge Source: Reuters")
    assert has_web_debris("Update 12: Oil prices fall as supplies grow")
    assert not has_web_debris("The source of the leak was found on Tuesday, officials said.")


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin met German Chancellor Angela Merkel in Moscow on Tuesday.",
        "U.S. Secretary of State Condoleezza Rice met Israeli Prime Minister Ariel Sharon in Jerusalem.",
        "Shares rose 3.5% to $12.40 in 2004, from $9.10 in 2003.",
        "The 6.8 quake struck at 10:15 on May 12, 2008.",
        "Turnout was 61.2 percent in 2004 and 54.3 percent in 2000.",
        "Police arrested three men in Leeds on Tuesday. In a statement, the force said:",
        "Police said the men were aged 19, 23 and 31 and lived in the city near the old harbour",
    ],
)
def test_news_sentences_full_of_names_or_figures_stay_prose(text: str) -> None:
    assert not not_prose(text) and not is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "Many Americans share this view, according to the poll.",
        "The story ran on page 1 of the New York Times on Sunday.",
        "The Sun dropped its Page 3 pictures in 2015.",
        "An AP photo of the girl won the Pulitzer Prize.",
        "A CBS News/AP poll found 40 percent support.",
    ],
)
def test_sentences_about_pages_photos_and_polls_are_no_web_debris(text: str) -> None:
    assert not has_web_debris(text)


def test_a_form_and_a_subheading_run_into_a_sentence_are_web_debris() -> None:
    assert has_web_debris("First Name: Last Name: E-mail: Sign up for the Red Sox newsletter.")
    assert has_web_debris("MONEY, SOFTWARE FOR FOCUS: HOPE Detroit's Focus: HOPE has raised $2 million.")
    assert not has_web_debris("NATO leaders met in Brussels on Tuesday to discuss the mission.")
