"""Question-bank categories of Moodle (GIFT ``$CATEGORY:`` and Moodle XML): bank title, then skill.

Exported items sit in ``$course$/top/<bank title>/<skill title>``; on import the last part names
the skill when it is a skill's title or slug. A ``/`` inside a name is written ``//``, as Moodle does.

A file whose categories are not that layout (several nested categories of a Moodle course, say) keeps
each item's category as a tag, ``category: Science / Physics / Forces``, in the names a teacher sees in
Moodle (without ``$course$/top``); exports put the item back in that category.
"""

from __future__ import annotations

import re

from quizapp.banks.model import Bank, Item
from quizapp.banks.skills import SKILLS, skill_title

ROOT = "$course$/top"
TAG_PREFIX = "category: "
_CONTEXTS = re.compile(r"^\$(course|system|module|cat\d*)\$/?")


def _segment(name: str) -> str:
    return " ".join(name.split()).replace("/", "//")


def category_path(bank: Bank, item: Item) -> str:
    """Where `item` of `bank` goes in a Moodle question bank: its kept category, or bank title and skill."""
    kept = next((tag[len(TAG_PREFIX) :] for tag in item.tags if tag.startswith(TAG_PREFIX)), None)
    if kept:
        return "/".join([ROOT, *(_segment(name.replace("//", "/")) for name in kept.split(" / "))])
    skill = skill_title(item.skill)
    return f"{ROOT}/{_segment(bank.title)}/{_segment(skill)}"


def category_tag(segments: list[str]) -> str:
    """The tag that keeps a category on an item: the names a teacher sees, joined by `` / `` (a ``/`` in a
    name written ``//``, as Moodle writes it)."""
    return TAG_PREFIX + " / ".join(" ".join(name.split()).replace("/", "//") for name in segments)


def is_own_layout(segments: list[str]) -> bool:
    """True for the app's own export layout: a bank title, then a skill."""
    return len(segments) == 2 and skill_of(segments) is not None


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
