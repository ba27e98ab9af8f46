"""The documented list of item families, skills and item types used by the bank format."""

from __future__ import annotations

from dataclasses import dataclass

FAMILIES = ("comprehension", "sourcing")
ITEM_TYPES = ("single", "multiple", "true_false", "short", "evidence")
ORIGINS = ("generated", "edited", "authored")
STATUSES = ("draft", "reviewed", "approved")
DIFFICULTIES = (1, 2, 3)


@dataclass(frozen=True)
class Skill:
    """A skill slug, the family it belongs to, a short title and what it practises."""

    slug: str
    family: str
    title: str
    description: str


SKILLS: dict[str, Skill] = {
    skill.slug: skill
    for skill in (
        Skill("main-event", "comprehension", "Main event", "What the main news is, from the lead sentence."),
        Skill("detail", "comprehension", "Details", "Who, what, when and where, from single sentences."),
        Skill("number", "comprehension", "Numbers", "Quantities with their noun and their hedge (some, about)."),
        Skill("true-false", "comprehension", "True or false", "Whether a statement agrees with the article."),
        Skill("quote-speaker", "sourcing", "Who said it", "Who said a quoted sentence."),
        Skill("source-credentials", "sourcing", "Credentials", "What qualifies a source to speak."),
        Skill(
            "source-type",
            "sourcing",
            "Kinds of source",
            "Named or unnamed official, expert, state media, eyewitness, document.",
        ),
        Skill(
            "anonymous-source",
            "sourcing",
            "Anonymous sources",
            "Which source is not named, and the reason the article gives.",
        ),
        Skill(
            "single-source",
            "sourcing",
            "Single source",
            "A claim that rests on one party's own account, and what to check next.",
        ),
        Skill(
            "attribution-verb",
            "sourcing",
            "Reporting verbs",
            "Loaded verbs (claimed, admitted, warned) against the neutral 'said'.",
        ),
        Skill(
            "reported-speech",
            "sourcing",
            "Quote or paraphrase",
            "Whether the article gives a speaker's exact words or its own summary of them.",
        ),
        Skill("hedge", "sourcing", "Hedges", "How certain a speaker is (unlikely, may be)."),
        Skill("fact-opinion", "sourcing", "Fact or opinion", "A checkable statement versus a judgment or prediction."),
        Skill("dateline", "sourcing", "Dateline", "Where the story was filed from, against where events happen."),
        Skill("contributors", "sourcing", "Contributors", "Who else reported, and from where."),
        Skill("photo", "sourcing", "Photos", "What a file photo is, when it was taken, what it shows."),
        Skill("missing-voice", "sourcing", "Missing voices", "A party discussed throughout but never quoted."),
        Skill("evidence", "sourcing", "Finding evidence", "Pick the sentence of the article that shows a claim."),
        Skill("framing", "sourcing", "First voice", "Whose words a story gives first, and how that frames the events."),
        Skill("voices", "sourcing", "Whose voices", "Whom a story lets speak, and whom it only talks about."),
    )
}
HAND_WRITTEN = frozenset({"missing-voice"})
"""Skills that teachers write and the generator never asks: blind reviews rejected every generated item."""
GENERATED = tuple(slug for slug in SKILLS if slug not in HAND_WRITTEN)
"""The skills the generator asks, in the taxonomy's order."""


def skill_title(slug: str) -> str:
    """A skill's title as people read it ("Who said it"), or the slug itself for a skill this app does not know."""
    return SKILLS[slug].title if slug in SKILLS else slug
