"""Rank candidates and keep the best, with a mix of skills and no fact tested twice."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from quizapp.banks.skills import SKILLS
from quizapp.generation.candidate import Candidate

THRESHOLD = 0.5
PER_SKILL = 4
# Recall items (a number, a detail) are sound but teach least; a bank keeps a few of them and leaves room for
# the skills that make a student weigh a source. Who said what is the most reliable of those in blind reviews
# (over 90 % in every recent sample), and political and wire stories often quote eight or more people: more
# of it, so that such a story reaches a full quiz; numbers, too, pass 90 % or more. Two "click the sentence"
# items are enough: reviewers found four in a row near-identical.
LIMITS = {"number": 4, "detail": 3, "quote-speaker": 8, "evidence": 2}
SKILL_ORDER = {slug: position for position, slug in enumerate(SKILLS)}


_RECALLED = frozenset({"detail", "number"})
# Skills whose items a bank keeps as a set: a judgment beside the facts, so that "fact" is not always the key.
_BALANCED = frozenset({"fact-opinion"})


def _gives_away(candidate: Candidate, kept: list[Candidate]) -> bool:
    """True when a blank's or a detail's answer stands in the prompt of another item of the bank, either way
    round ("Obama lands in Kenya" in one prompt, "Where does the president go?" with the key "Kenya")."""

    def shows(prompt: str, key: str) -> bool:
        if key.lower() not in prompt.lower():
            return False  # the common case, told without compiling a pattern for the key
        return bool(re.search(rf"(?<![\w$£€]){re.escape(key)}(?![\w]|[.,]\d)", prompt, re.IGNORECASE))

    for other in kept:
        if candidate.skill in _RECALLED and any(shows(other.prompt, key) for key in candidate.answer):
            return True
        if other.skill in _RECALLED and any(shows(candidate.prompt, key) for key in other.answer):
            return True
    return False


def select(
    candidates: list[Candidate],
    max_items: int | None = None,
    threshold: float = THRESHOLD,
    usable: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """The kept candidates, in skill order: best of each skill first, round by round.

    `usable` is a last test a candidate must pass to be kept (the flaw checker). It is asked only of the
    candidates selection reaches, best first, and never twice of one: the result is the same as with the
    failing candidates left out beforehand, at a fraction of the cost."""
    ranked = sorted(
        (c for c in candidates if c.score >= threshold), key=lambda c: (-c.score, SKILL_ORDER[c.skill], c.prompt)
    )
    ok = _remembered(usable)
    if max_items is None:
        ranked = [c for c in ranked if ok(c)]  # the limit is every usable candidate: all of them are asked
    queues: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in ranked:
        if not candidate.last:
            queues[candidate.skill].append(candidate)
    for queue in queues.values():
        while queue and not ok(queue[0]):
            queue.pop(0)  # a skill's order among the others is set by its best usable candidate
    queues = defaultdict(list, {skill: queue for skill, queue in queues.items() if queue})
    skills = sorted(queues, key=lambda s: (-queues[s][0].score, SKILL_ORDER[s]))
    limit = max_items if max_items is not None else len(ranked)
    kept: list[Candidate] = []
    facts: set[str] = set()
    taken: dict[str, int] = defaultdict(int)
    progress = True
    while len(kept) < limit and progress:
        progress = False
        for skill in skills:
            queue = queues[skill]
            while queue and taken[skill] < LIMITS.get(skill, PER_SKILL):
                candidate = queue.pop(0)
                if (
                    candidate.facts & facts
                    or _asked(candidate, kept)
                    or _gives_away(candidate, kept)
                    or not ok(candidate)
                ):
                    continue
                kept.append(candidate)
                facts |= candidate.facts
                taken[skill] += 1
                progress = True
                break
            if len(kept) >= limit:
                break
    kept = _widen(kept, [c for c in ranked if not c.last], limit, ok)
    kept = _asked_last(kept, [c for c in ranked if c.last], limit, taken, ok)
    return sorted(kept, key=lambda c: (SKILL_ORDER[c.skill], -c.score, c.prompt))


def _asked_last(
    kept: list[Candidate],
    late: list[Candidate],
    limit: int,
    taken: dict[str, int],
    ok: Callable[[Candidate], bool],
) -> list[Candidate]:
    """The candidates asked last, best first: on what is left as it stands (no clash with a kept item); then, for a
    skill the bank still lacks, in place of items their skills can spare: each item it clashes with belongs to a
    skill that keeps two more (the sixth "who said it" gives way to the only question on the verb; the second
    quotation-or-paraphrase item, which reviewers rate among the best, does not; a fact-and-judgment pair stays)."""
    kept = list(kept)
    for displacing in (False, True):
        for candidate in late:
            if _asked(candidate, kept) or not ok(candidate):
                continue
            clashing = [item for item in kept if item.facts & candidate.facts or _gives_away(candidate, [item])]
            if not displacing:
                if (
                    not clashing
                    and len(kept) < limit
                    and taken[candidate.skill] < LIMITS.get(candidate.skill, PER_SKILL)
                ):
                    kept.append(candidate)
                    taken[candidate.skill] += 1
                continue
            if any(item.skill == candidate.skill for item in kept) or any(item.skill in _BALANCED for item in clashing):
                continue
            counts = Counter(item.skill for item in kept)
            counts.subtract(item.skill for item in clashing)
            if len(kept) - len(clashing) < limit and all(counts[item.skill] >= 2 for item in clashing):
                kept = [item for item in kept if item not in clashing] + [candidate]
    return kept


def _asked(candidate: Candidate, kept: list[Candidate]) -> bool:
    """True when a kept item already asks the same question: two routes to one statement (its speaker named
    in full or by surname) must not give a bank the same item twice."""
    return any(item.prompt == candidate.prompt for item in kept)


def _remembered(usable: Callable[[Candidate], bool] | None) -> Callable[[Candidate], bool]:
    """`usable`, asked at most once of each candidate (every candidate passes when there is none)."""
    if usable is None:
        return lambda candidate: True
    answers: dict[int, bool] = {}

    def ok(candidate: Candidate) -> bool:
        key = id(candidate)
        if key not in answers:
            answers[key] = usable(candidate)
        return answers[key]

    return ok


def _widen(
    kept: list[Candidate], ranked: list[Candidate], limit: int, ok: Callable[[Candidate], bool]
) -> list[Candidate]:
    """Make room for a candidate of a skill the bank lacks, keeping every item it already has where it can.

    Each kept item that tests the same fact, or whose prompt would give the candidate's key away (or the other way
    round), gives way to another item of its own skill on another fact
    (a number asked from the next paragraph's figure, so that the statement holding the first one can be
    judged true or false); failing that, it is dropped when its skill keeps other items (a reported claim asked
    as "who said it" for the fourth time gives way to the only question on quotation against paraphrase).
    Either way the bank practises one skill more and loses none."""
    for candidate in ranked:
        if any(item.skill == candidate.skill for item in kept) or _asked(candidate, kept) or not ok(candidate):
            continue
        widened = _make_room(candidate, kept, ranked, limit, ok)
        if widened is not None:
            kept = widened
    return kept


def _make_room(
    candidate: Candidate, kept: list[Candidate], ranked: list[Candidate], limit: int, ok: Callable[[Candidate], bool]
) -> list[Candidate] | None:
    """`kept` with `candidate` in it and the items it clashes with replaced or dropped (never more than `limit`
    items), or None."""
    clashing = [item for item in kept if item.facts & candidate.facts or _gives_away(candidate, [item])]
    if any(item.skill in _BALANCED for item in clashing) or len(kept) - len(clashing) >= limit:
        return None  # a fact item and a judgment item are kept as a pair; a full bank takes none more
    trial = [item for item in kept if item not in clashing]  # also the items whose prompts would give its key away
    trial.append(candidate)
    counts = Counter(item.skill for item in trial)
    for item in clashing:
        if len(trial) >= limit:
            break
        used = frozenset().union(*(c.facts for c in trial))
        replacement = next(
            (
                other
                for other in ranked
                if other.skill == item.skill
                and other not in kept
                and not other.facts & used
                and not _gives_away(other, trial)
                and ok(other)
            ),
            None,
        )
        if replacement is not None:
            trial.append(replacement)
            counts[item.skill] += 1
    if any(not counts[item.skill] for item in clashing):
        return None  # a skill the bank had would be lost: no gain
    return trial
