"""Unnamed sources and the reason an article gives for not naming them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.caseless import caseless
from quizapp.textnorm import fold_same_length

_SOURCE = (
    r"(?P<source>(?:(?:an?|the|one|two|three|four|several|some)\s+)(?:[\w.'-]+\s+){0,4}?"
    r"(?:officials?|sources?|diplomats?|officers?|aides?|persons?|people|spokes(?:person|man|woman)|"
    r"employees?|members?|insiders?|residents?|analysts?|advisers?|advisors?|executives?|staffers?))"
)
_CONDITION = (
    r"(?:spoke|speaking|talked|talking|agreed to speak|asked|requested|insisted|declined|were|was)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:anonymity|(?:to be |being )?(?:named|identified))"
)
# The words that grant anonymity, wherever they stand ("speaking on condition of anonymity", "who declined to
# be named", "not authorized to speak publicly"): the true/false lesson quotes them.
ANONYMITY_PHRASE = caseless(
    r"(?:(?:who\s+)?" + _CONDITION + r")|not authori[sz]ed to (?:speak|comment)(?:\s+(?!said\b|says\b)[a-z]+){0,3}"
)
# Any word on anonymity at all, granted or not ("said on condition of anonymity", "spoke on background", "asked
# not to be named"): a story that has one may be giving its reason for every unnamed source.
_ANY_ANONYMITY = caseless(
    r"anonymity|anonymously|on background|not authori[sz]ed|unauthori[sz]ed|\b(?:named|identified) publicly|"
    r"confidentiality|on (?:the )?condition (?:that )?(?:they|he|she|their|his|her)\b|"  # "insisted on confidentiality"
    r"(?:not|declined|refused|asked) (?:\w+ )?(?:to )?(?:be )?(?:named|identified|quoted)|on the record|"
    r"(?:n['’]t|not) (?:want|wish) to be (?:named|identified|quoted)|"  # "didn't want to be identified because …"
    # "an agreement to keep the author's name secret", "… would be jeopardized by its disclosure"
    r"\b(?:keep|keeps|kept|keeping|withh[eo]ld\w*|protect\w*)\b[^.;]{0,30}\b(?:name|identity)\b|"
    r"\b(?:jeopardi[sz]\w*|endanger\w*)\b[^.;]{0,30}\bdisclosure\b|"
    r"off the record|not (?:permitted|allowed|cleared) to (?:speak|comment|discuss)|without (?:being )?"
    r"(?:named|identified)|(?:discuss|describe)\w* (?:private|internal|sensitive|confidential|closed-door)"
)


# Words that say why a source is not named ("because he was not authorized …", "to discuss private talks",
# "for fear of reprisal").
_REASON_WORDS = caseless(
    r"\b(?:because|for fear|not (?:authori[sz]ed|permitted|allowed|cleared)|unauthori[sz]ed|to (?:discuss|describe|"
    r"talk about|speak (?:freely|candidly|about|on))|private|internal|sensitive|confidential|closed-door|ongoing)\b"
)


def gives_a_reason_for_anonymity(text: str) -> bool:
    """True when `text` speaks of a source's anonymity and says why ("…, who was not authorized to speak")."""
    return speaks_of_anonymity(text) and bool(_REASON_WORDS.search(text))


# A word that every ANONYMITY_PHRASE holds: looked for first, since the phrase's loose middle makes its search
# slow over a whole story, where the word is seldom found.
_PHRASE_WORD = caseless(r"anonymity|named|identified|authori[sz]ed")


def speaks_of_anonymity(text: str) -> bool:
    """True when `text` says anything about a source's anonymity."""
    return bool(_ANY_ANONYMITY.search(text) or (_PHRASE_WORD.search(text) and ANONYMITY_PHRASE.search(text)))


_REASON = r"(?:\s+(?P<reason>(?:because|as|since|to|in order to|for fear|for)\b[^.;]*?))?(?=[,.;]|\s+said\b|$)"
_PATTERNS = (
    re.compile(_SOURCE + r",?\s+who\s+" + _CONDITION + _REASON, re.IGNORECASE),
    re.compile(_SOURCE + r",?\s+(?:speaking|talking)\s+on\s+condition\s+of\s+anonymity" + _REASON, re.IGNORECASE),
    re.compile(_SOURCE + r"\s+said\s+on\s+condition\s+of\s+anonymity" + _REASON, re.IGNORECASE),
)


@dataclass(frozen=True)
class UnnamedSource:
    """An unnamed source in a sentence, e.g. "A senior U.S. official", with the reason given, if any."""

    source: str
    reason: str | None
    start: int
    end: int


# "to" after the grant of anonymity names who was told, not a purpose ("to Reuters", "to reporters", "to the AP").
_TOLD_TO = re.compile(
    r"to\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|news\b|reporters?\b|journalists?\b|media\b|press\b|newspapers?\b|"
    r"(?:this|our)\s+(?:newspaper|reporter|publication|outlet)\b)"
)


def find_unnamed_sources(sentence: str) -> list[UnnamedSource]:
    """Unnamed sources granted anonymity in `sentence`, with the stated reason."""
    folded = fold_same_length(sentence)
    found: list[UnnamedSource] = []
    if not _PHRASE_WORD.search(folded):
        return found  # every pattern grants anonymity in one of these words
    for pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            if any(f.start <= match.start() < f.end for f in found):
                continue
            reason = None
            if match["reason"]:
                reason = sentence[match.start("reason") : match.end("reason")].strip(" ,")
                if _TOLD_TO.match(reason):
                    reason = None  # "speaking on condition of anonymity to news agency Reuters": whom, not why
            found.append(
                UnnamedSource(
                    source=sentence[match.start("source") : match.end("source")],
                    reason=reason,
                    start=match.start(),
                    end=match.end(),
                )
            )
    return found
