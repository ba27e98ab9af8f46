"""Turn questions read from another format into bank items: checks, ids, skill from the category."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.banks.model import TRUE_FALSE_CHOICES, Item
from quizapp.banks.skills import SKILLS
from quizapp.interop.categories import category_segments, skill_of
from quizapp.interop.formats import Draft
from quizapp.interop.identifiers import UniqueNames
from quizapp.textnorm import match_key

DEFAULT_DIFFICULTY = 2
NAME_LENGTH = 40
_NOT_ID = re.compile(r"[^A-Za-z0-9._-]+")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def draft_problems(draft: Draft) -> Iterator[str]:
    """What keeps `draft` from being a valid item (the bank checks, said in the words of the source).

    Each kind of problem is said once per question, however many answers it concerns.
    """
    if not draft.prompt.strip():
        yield "the question has no text"
    if draft.type in ("single", "multiple"):
        keys = [match_key(choice) for choice in draft.choices]
        if not all(keys):
            yield "an answer choice is empty"
        first_text: dict[str, str] = {}
        for key, choice in zip(keys, draft.choices, strict=True):
            first_text.setdefault(key, choice)
        distinct = {key for key in keys if key}
        repeated = [text for key, text in first_text.items() if key and keys.count(key) > 1]
        if len(distinct) < 2:
            same = f" (all read “{draft.choices[0]}”)" if len(distinct) == 1 and len(keys) > 1 else ""
            yield f"a choice question needs at least two different answers{same}"
        elif repeated:
            yield "the same answer is given twice: " + ", ".join(f"“{choice}”" for choice in repeated)
    if draft.type == "short" and not any(match_key(answer) for answer in draft.answer):
        yield "a short-answer question needs an accepted answer"


def slug(text: str) -> str:
    """`text` as an id part: letters, digits, '.', '_' and '-', at most 40 characters."""
    return _NOT_ID.sub("-", text).strip("-._")[:NAME_LENGTH].strip("-._")


def item_id(name: str, bank_id: str, number: int, taken: UniqueNames) -> str:
    """An item id unique in the bank, from the question's own name when it has one.

    A name that is already an id is kept whole (prefixed with the bank id unless it starts with it, so
    ids stay unique beside other banks); other names are shortened to an id part; unnamed ones numbered.
    """
    if _ID.match(name):
        return taken(name if name.startswith(f"{bank_id}-") else f"{bank_id}-{name}")
    named = slug(name)
    return taken(f"{bank_id}-{named}" if named else f"{bank_id}-q{number:03d}")


def to_item(draft: Draft, item_id_: str, default_skill: str) -> Item:
    """The bank item for `draft`: authored, draft status, skill from the category when it names one."""
    skill = skill_of(category_segments(draft.category)) or default_skill
    return Item(
        id=item_id_,
        type=draft.type,
        family=SKILLS[skill].family,
        skill=skill,
        difficulty=DEFAULT_DIFFICULTY,
        prompt=draft.prompt.strip(),
        answer=tuple(answer.strip() for answer in draft.answer),
        choices=TRUE_FALSE_CHOICES if draft.type == "true_false" else tuple(c.strip() for c in draft.choices),
        explanation=draft.explanation.strip(),
        origin="authored",
        status="draft",
        tags=tuple(dict.fromkeys(draft.tags)),
        scoring=draft.scoring,
        text_format=draft.text_format,
        line=draft.line,
    )
