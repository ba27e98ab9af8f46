"""The seed AP story reads as the issue describes it."""

from __future__ import annotations

from quizapp.articles import read_article


def test_headline(seed_path):
    article = read_article(seed_path)
    assert article.headline == "Russian military trainers arrive in Niger as relations deteriorate with the US"


def test_caption_is_kept_once_with_credit_file_flag_and_date(seed_path):
    article = read_article(seed_path)
    assert len(article.captions) == 1  # the straight- and curly-apostrophe copies are one caption
    caption = article.captions[0]
    assert caption.text.startswith("FILE - Supporters of Niger's ruling junta")
    assert caption.credit == "AP Photo/Sam Mednick, File"
    assert caption.photographer == "Sam Mednick"
    assert caption.is_file_photo
    assert caption.date == "2023-08-03"
    assert caption.date_text == "Aug. 3, 2023"


def test_dateline(seed_path):
    dateline = read_article(seed_path).dateline
    assert dateline is not None
    assert (dateline.place, dateline.country, dateline.agency) == ("Dakar", "Senegal", "AP")
    assert dateline.text == "DAKAR, Senegal (AP) —"


def test_body_paragraphs_and_offsets(seed_path):
    article = read_article(seed_path)
    assert len(article.paragraphs) == 14
    assert article.paragraphs[0].text.startswith("DAKAR, Senegal (AP) — Russian military trainers arrived")
    assert article.paragraphs[-1].text.startswith("As recently as December, some 600 U.S. troops")
    body = article.body_text
    for paragraph in article.paragraphs:
        assert body[paragraph.start : paragraph.end] == paragraph.text


def test_original_characters_are_kept_for_display(seed_path):
    article = read_article(seed_path)
    assert "Niger’s ruling military council" in article.body_text  # curly apostrophe as in the file
    assert "“We are here to train" in article.body_text


def test_end_matter_and_contributor(seed_path):
    article = read_article(seed_path)
    assert article.end_matter == ("Associated Press writer Sam Mednick in Jerusalem contributed to this report.",)
    (contributor,) = article.contributors
    assert (contributor.name, contributor.place, contributor.role) == (
        "Sam Mednick",
        "Jerusalem",
        "Associated Press writer",
    )


def test_publisher_from_agency_mark_and_slug(seed_path):
    article = read_article(seed_path)
    assert article.publisher == "Associated Press"
    assert article.slug == "niger-russian-military-trainers"
