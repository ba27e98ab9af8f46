"""Question-bank categories of Moodle (GIFT ``$CATEGORY:`` and Moodle XML): bank title, then skill.

Exported items sit in ``$course$/top/<bank title>/<skill title>``; on import the last part names
the skill when it is a skill's title or slug. A ``/`` inside a name is written ``//``, as Moodle does.
"""

from __future__ import annotations

import re

from quizapp.banks.model import Bank, Item
from quizapp.banks.skills import SKILLS

ROOT = "$course$/top"
_CONTEXTS = re.compile(r"^\$(course|system|module|cat\d*)\$/?")


def _segment(name: str) -> str:
    return " ".join(name.split()).replace("/", "//")


def category_path(bank: Bank, item: Item) -> str:
    """Where `item` of `bank` goes in a Moodle question bank."""
    skill = SKILLS[item.skill].title if item.skill in SKILLS else item.skill
    return f"{ROOT}/{_segment(bank.title)}/{_segment(skill)}"


def category_segments(path: str) -> list[str]:
    """The names in a category path, without the context prefix and ``top``."""
    rest = _CONTEXTS.sub("", path.strip())
    parts = [part.replace("\0", "/").strip() for part in rest.replace("//", "\0").split("/")]
    parts = [part for part in parts if part]
    if parts and parts[0].lower() == "top":
        parts = parts[1:]
    return parts


def skill_of(segments: list[str]) -> str | None:
    """The skill named by the last segment (its title or slug, in any case), if any."""
    if not segments:
        return None
    wanted = segments[-1].casefold()
    for slug, skill in SKILLS.items():
        if wanted in (slug.casefold(), skill.title.casefold()):
            return slug
    return None


def bank_title_of(segments: list[str]) -> str | None:
    """The bank title: the segment before the skill, or the last segment when none names a skill."""
    if not segments:
        return None
    if skill_of(segments):
        return segments[-2] if len(segments) >= 2 else None
    return segments[-1]
