"""The faster attribute rules and lemma index give every token exactly what the unchanged model gives it."""

from __future__ import annotations

import pytest
from generation_support import SEED

from quizapp.articles import read_article

pytestmark = pytest.mark.slow

# Sentences that reach the model's special rules: contractions, "gonna", "y'all", "nothin'", "there is",
# white-space tokens, auxiliaries, comparatives and irregular plurals and verbs.
AWKWARD = [
    "Y'all ain't gonna believe it, but there is nothin' left, she said.\n\nLet's go.",
    "They've gotta be kidding:  the mice were better fed than the geese, and the children ran faster.",
    "Officials had been warned; it wasn't the first time the dam's gates were opened.",
    "The company's shares fell 4.5% to $12.30 on Tuesday  after analysts downgraded them.",
]


def _tokens(nlp, texts):
    return [
        (t.text, t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_, t.head.i, t.ent_type_)
        for doc in nlp.pipe(texts)
        for t in doc
    ]


def test_sped_up_components_give_the_stock_models_tokens():
    import spacy

    from quizapp.generation.nlp import bare_pipeline, model_name
    from quizapp.generation.speedups import index_as_sets, speed_up

    fast = spacy.load(model_name())
    assert speed_up(fast.get_pipe("attribute_ruler"))
    index_as_sets(fast.get_pipe("lemmatizer"))
    texts = [p.text for p in read_article(SEED).paragraphs] + AWKWARD
    expected = _tokens(bare_pipeline(), texts)
    assert _tokens(fast, texts) == expected
    words = {(text, lemma) for text, _, _, _, _, lemma, _, _ in expected}
    assert {("ai", "be"), ("gon", "go"), ("mice", "mouse")} <= words


def test_the_rule_index_finds_what_the_matcher_finds():
    from quizapp.generation.nlp import bare_pipeline
    from quizapp.generation.speedups import RuleIndex

    nlp = bare_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    index = RuleIndex(ruler)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe([*AWKWARD, ""]))
    for doc in docs:
        assert index.match(doc) == ruler.match(doc)
    assert any(end - start == 2 for doc in docs for _, _, start, end in index.match(doc))


def test_a_rule_of_another_shape_keeps_spacys_matcher():
    import spacy

    from quizapp.generation.speedups import speed_up

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "so"}, {"LOWER": "much", "OP": "?"}]], {"LEMMA": "so"})
    assert not speed_up(ruler)
    assert ruler.match.__self__ is ruler
    assert ruler.match(nlp("so much")) == [(0, nlp.vocab.strings["0"], 0, 1), (0, nlp.vocab.strings["0"], 0, 2)]
