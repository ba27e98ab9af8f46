"""What kind of source a described person is, and the dateline and first-person rules: fast, without spaCy."""

from __future__ import annotations

import pytest

from quizapp.generation.skills.common import leading_dateline
from quizapp.generation.skills.true_false import _FIRST_PERSON
from quizapp.generation.sources import classify


@pytest.mark.parametrize(
    ("name", "description", "kind"),
    [
        ("Jean-Pierre Mulumba", "president of the Congolese Human Rights League", "advocate"),
        ("Russell Zimmerman", "executive director of the Australian Retailers Association", "advocate"),
        ("Ralph Neas", "president of People For the American Way, an advocacy group", "advocate"),
        ("Ana Lima", "spokeswoman for the mining company Vale", "advocate"),
        ("Ken Ruffing", "a retail consultant with the firm Bain & Company", None),
        ("Stephen Minton", "vice president of research at the market research firm IDC", None),
        ("Lee Walton", "spokeswoman for Walmart", None),
        ("Abu Omar", "spokesman for the Islamic State group", None),
        (
            "Anthony Fauci",
            "Director of the United States National Institute of Allergy and Infectious Diseases",
            "named-official",
        ),
        ("Jon Leibowitz", "chairman of the Federal Trade Commission", "named-official"),
        ("Li Ming", "spokesman for the Ministry of Industry and Information Technology", "named-official"),
        ("Rupert Colville", "spokesman for the UN human rights office", "named-official"),
        ("Anja Karliczek", "Germany's Minister of Education and Research", "named-official"),
        ("Chris Whitty", "chief medical adviser to the UK government", "named-official"),
        ("Scott McClellan", "White House spokesman", "named-official"),
        ("Maria Souza", "Brazil's trade minister, who heads the industry talks", "named-official"),
    ],
)
def test_who_speaks_for_a_state_a_business_or_a_group(name, description, kind):
    assert classify(name, description, is_person=True) == kind


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("GOMA - Rebels advanced on the city.", "GOMA - "),
        ("DAKAR, Senegal (AP) — Russian trainers arrived.", "DAKAR, Senegal (AP) — "),
        ("WASHINGTON -- The Senate voted.", "WASHINGTON -- "),
        ("Goma - Rwanda denied it.", "Goma - "),
        ("Hu Jintao - China's president since 2003 - also attended.", None),
        ("Tony Blair — Prime Minister since 1997 — faced questions.", None),
        ("Mr. Brown — Britain's finance minister — spoke.", None),
        ("The Senate - Democrats and Republicans alike - passed it.", None),
    ],
)
def test_a_dateline_opening_a_paragraph_is_a_place_never_a_person(text, dateline):
    assert leading_dateline(text) == dateline


@pytest.mark.parametrize(
    ("text", "first_person"),
    [
        ("We must act now before the region falls apart.", True),
        ("Our leaders know it, and so do my neighbours.", True),
        ("I think the vote was fair, the minister said.", True),
        ("Thirty-three miners were trapped in the mine for 69 days.", False),
        ("The gold mine employs 2,000 workers.", False),
        ("Queen Elizabeth I ruled England for 44 years.", False),
        ("Traffic on the I-95 bridge was halted after the end of World War I commemorations.", False),
        ("The US Senate passed the bill.", False),
    ],
)
def test_the_writers_own_voice_is_found_and_other_capital_is_are_not(text, first_person):
    assert bool(_FIRST_PERSON.search(text)) == first_person


def test_a_share_said_in_words_and_a_day_of_the_month_are_recognised():
    from quizapp.generation.skills.number import _SHARE_IN_WORDS
    from quizapp.generation.skills.true_false import _MONTH

    assert _SHARE_IN_WORDS.search("Almost half of the voters, 42 percent, stayed home.")
    assert _SHARE_IN_WORDS.search("Two-thirds of members, or 67 percent, agreed.")
    assert not _SHARE_IN_WORDS.search("Turnout was 61 percent, the highest since 1992.")
    assert _MONTH.search("was founded on 29 November in Lagos")
    assert not _MONTH.search("rose by 29 percent in the last quarter")


def test_the_generator_builds_exactly_the_skills_it_offers():
    from quizapp.banks.skills import GENERATED, HAND_WRITTEN
    from quizapp.generation.skills import BUILDERS

    assert set(BUILDERS) == set(GENERATED) and not set(BUILDERS) & HAND_WRITTEN


@pytest.mark.parametrize(
    ("name", "description", "kind"),
    [
        ("Jeff Sand", "president of the rival ad agency Chapter House", None),
        ("Alex Vind", "a witness at the impeachment hearing", None),
        ("Rosa Lind", "a survivor of the crash", "participant"),
    ],
)
def test_business_agencies_and_hearing_witnesses(name, description, kind):
    assert classify(name, description, is_person=True) == kind


def test_an_expert_inside_government_is_not_independent():
    assert classify("Alex Vind", "the White House National Security Council Ukraine expert", True) is None
    assert classify("Maria Ortega", "a professor in the department of history at the University of Lyon", True) == (
        "expert"
    )


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("head of the city's police union", None),  # speaks for members, and is a "union official" too
        ("spokesman for the Teamsters union", None),
        ("president of the International Association of Firefighters union", None),
        ("vice president for policy at the Education Trust, a nonprofit organization based in Washington", None),
        ("vice president at the Alder Fund, a nonprofit group that says it advocates lower taxes", "advocate"),
        ("senior vice president of the Alder Sports Foundation, a nonprofit that represents gun makers", "advocate"),
        ("executive director of the non-profit, pro-life group Alder Alliance for Life", "advocate"),
        ("president of the Kentucky Coal Association", "advocate"),
        ("the congresswoman's uncle who lives in the West Bank", None),  # a relative holds no office by it
        ("Brest Police Association President", None),  # a police union in all but name
        ("president of the Fraternal Order of Police", None),
        ("American Airlines spokesman", "advocate"),  # a business, though its name starts with a country's word
        ("Mayor of Brest, a Democratic presidential candidate", None),  # speaks as a candidate
        ("Mayor of Brest", "named-official"),
        ("president of the Alder Brothers-backed Americans for Fair Fares", None),  # a group with backers
        ("president of Citizens for Fair Fares", None),
        ("Secretary of State for Health", "named-official"),  # a title, not a group named for its members
        ("Minister for Foreign Affairs", "named-official"),
        ("president of the American Society of Clinical Oncology", None),  # members' body or expertise: either
        ("spokeswoman for the European Union", "named-official"),
        ("Apple analyst", None),  # an analyst of Apple, or at Apple?
        ("Ukraine specialist on the National Security Council", None),
        ("economist at the University of Alder", "expert"),
        ("chief executive of Ceres Robotics", "advocate"),  # the top of a business speaks for it
        ("president and chief operating officer of Alder Ferries", "advocate"),
        ("chief executive of NHS England", "named-official"),  # a public body
        ("co-founder of a Harvard University lab", None),
        ("vice president of planning for Alder Power, which maintains cables across the city", None),
        ("E&Y's UK head of tax", None),  # a post in a named firm; the country does not make it public
        ("chairman and founder of Alder University's Media Lab", None),
        ("deputy director of the provincial disease prevention and control centre", "named-official"),
        ("Plaid Cymru's local government spokesman", None),  # a party's voice, not an office
        ("shadow chancellor", None),
        ("an economist at the OECD", None),  # the report's own body, not independent
    ],
)
def test_unions_professional_bodies_and_analysts_named_with_a_firm(description, kind):
    assert classify("Dana Roy", description, is_person=True) == kind
