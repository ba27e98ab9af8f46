"""Distractors: wrong choices of the same kind as the answer, never also right, never duplicated."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from quizapp.generation.gazetteer import same_party
from quizapp.textnorm import has_word, match_key


def _key(text: str) -> str:
    return match_key(text).lower().removeprefix("the ").strip(" .,")


def conflicts(answer: str, candidate: str) -> bool:
    """True when `candidate` means the same as `answer` or contains it (so it would also be right)."""
    a, c = _key(answer), _key(candidate)
    if not a or not c or a == c:
        return True
    if has_word(c, a) or has_word(a, c):
        return True
    if _shares_name(answer, candidate):
        return True
    return same_party(answer, candidate)


_NAME_WORD = re.compile(r"\b[A-Z][a-z'’-]{3,}\b")


def _shares_name(first: str, second: str) -> bool:
    """True when two short proper-name choices share a name ("Dr Meerjady" and "Meerjady Sabrina Flora")."""
    if len(first.split()) > 4 or len(second.split()) > 4:
        return False
    return bool(set(_NAME_WORD.findall(first)) & set(_NAME_WORD.findall(second)))


def _possessive(text: str) -> bool:
    return text.rstrip().endswith(("'s", "’s", "s'", "s’")) and not text.rstrip().endswith(("'s'", "’s’"))


def pick(
    answer: str | Iterable[str],
    pools: Iterable[Iterable[str]],
    count: int = 3,
    *,
    prompt: str = "",
    avoid: Iterable[str] = (),
) -> list[str]:
    """Up to `count` distractors, taken from `pools` in order (article first, then built-in lists).

    Within a pool, choices closest in length to the answer come first. A choice is skipped when it
    would also be right, repeats another choice, or appears in the prompt (which would give it away).
    """
    answers = [answer] if isinstance(answer, str) else list(answer)
    reference = len(answers[0]) if answers else 10
    chosen: list[str] = []
    blocked = [*answers, *avoid]
    prompt_key = _key(prompt)
    for pool in pools:
        options = sorted(dict.fromkeys(p for p in pool if p and p.strip()), key=lambda p: (abs(len(p) - reference), p))
        for option in options:
            if len(chosen) >= count:
                return chosen
            if any(conflicts(b, option) for b in blocked) or any(conflicts(c, option) for c in chosen):
                continue
            if _possessive(option) != _possessive(answers[0] if answers else ""):
                continue  # "Jay Inslee’s" beside "Biden": only one of them fits the blank
            if _key(option) and has_word(prompt_key, _key(option), whole=False):
                continue
            chosen.append(option)
    return chosen


# Ratios to the key for wrong numbers: never a simple multiple (½, 2×, 10×), which a student spots.
# The finer steps at the end serve keys near a power of ten (88, 12), where the wrong numbers keep its digits.
_BELOW = (0.78, 0.62, 0.47, 0.86, 0.7, 0.55, 0.91, 0.94)
_ABOVE = (1.27, 1.6, 1.85, 1.15, 1.42, 1.7, 1.06, 1.09, 1.12)
_SIMPLE_RATIOS = frozenset({0.1, 0.2, 0.25, 0.5, 1.5, 2.0, 3.0, 4.0, 5.0, 10.0})


def rounding_unit(number: str) -> float:
    """The precision a number is written with: 0.1 for "3.2", 1000 for "86,000", 1 for "1,991"."""
    digits = number.replace(",", "")
    if "." in digits:  # "13.60" is rounded to tenths, though written with cents: wrong prices end in 0 too
        significant = digits.split(".", 1)[1].rstrip("0")
        return 10.0 ** -len(significant) if significant else 1.0
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return float(10 ** min(zeros, max(0, len(digits) - 1)))


def _halves(value: float, kind: str, rank: int) -> list[float]:
    """Three wrong values for a key in halves ("10.5"): halves too (8.5, 12.5, 13.5), as near as other choices."""
    if value < 20:
        below = [value - s for s in (2, 1, 3, 4) if value - s >= 0.5]
        above = [value + s for s in (2, 3, 1, 4)]
    else:
        below = [math.floor(value * r) + 0.5 for r in _BELOW]
        above = [math.floor(value * r) + 0.5 for r in _ABOVE]
    if kind == "percent":
        above = [v for v in above if v < 100]
    below = [v for v in dict.fromkeys(below) if v != value]
    above = [v for v in dict.fromkeys(above) if v != value]
    taken_below = min(rank, len(below))
    unmirrored = [v for v in above if 2 * value - v not in below[:taken_below]]  # never the key midway
    if len(unmirrored) >= 3 - taken_below:
        above = unmirrored
    chosen = below[:taken_below] + above[: 3 - taken_below]
    chosen += below[taken_below : taken_below + 3 - len(chosen)]
    return chosen if len(set(chosen)) == 3 else []


def plausible_numbers(value: float, number: str, kind: str, rank: int, *, ceiling: float | None = None) -> list[float]:
    """Three wrong numbers of the same precision and size as `value`, with `value` at position `rank` (0-3).

    They are rounded as the key is rounded ("86,000" gets thousands, "3.2" tenths), never a simple multiple of
    it, and never a pattern of digits; percentages stay below 100 and years not after `ceiling`.
    """
    if kind != "year" and re.fullmatch(r"\d+\.5", number) and value >= 1.5:  # "10.5 floors": halves, like the key
        return _halves(value, kind, rank)
    unit = rounding_unit(number)
    below_needed, above_needed = rank, 3 - rank
    if kind == "year":  # uneven gaps, varied by the key's rank, so no spacing or set of years repeats
        # within six years: a wrong year far from the story's time (2007 for a 2017 vote) is easy to rule out
        gaps = ((2, 5, 3, 6), (1, 4, 6, 3), (4, 1, 2, 6), (4, 1, 6, 2))[rank]
        steps_below = [value - s for s in gaps]
        steps_above = [value + s for s in gaps]
        if ceiling is not None:
            steps_above = [v for v in steps_above if v <= ceiling]
            # little room before the story's latest year: every year up to it may serve
            steps_above += [value + s for s in range(1, 7) if value + s <= ceiling and value + s not in steps_above]
    elif value < 20 and unit < 1:  # "6.6" (a magnitude, a rate): wrong values close by, as precise
        steps_below = [round(value * r / unit) * unit for r in (0.88, 0.78, 0.7, 0.93)]
        steps_above = [round(value * r / unit) * unit for r in (1.12, 1.24, 1.35, 1.07)]
    elif value < 10 and unit >= 1:
        steps_below = [value - s for s in (1, 2, 3, 4) if value - s >= 1]
        steps_above = [value + s for s in (2, 3, 5, 1, 4)]
    else:
        steps_below = [round(value * r / unit) * unit for r in _BELOW]
        steps_above = [round(value * r / unit) * unit for r in _ABOVE]
    if kind == "percent":
        steps_above = [v for v in steps_above if v < 100]
    chosen: list[float] = []

    def usable(candidate: float) -> bool:
        if candidate <= 0 or candidate == value or candidate in chosen:
            return False
        if kind != "year" and sorted(f"{candidate:g}") == sorted(f"{value:g}"):
            return False  # 296 beside 629: the key's digits shuffled, a pattern that points at it
        return value == 0 or round(candidate / value, 3) not in _SIMPLE_RATIOS

    digits = len(str(int(value)))
    below = [v for v in dict.fromkeys(steps_below) if usable(v)]
    above = [v for v in dict.fromkeys(steps_above) if usable(v)]
    if kind != "year" and len([v for v in below + above if len(str(int(v))) == digits]) >= 3:
        below = [v for v in below if len(str(int(v))) == digits]  # "8" among 11, 13, 10 would stand out
        above = [v for v in above if len(str(int(v))) == digits]
    if len(below) < below_needed:  # not enough room below (a small key): move the key down the order
        above_needed += below_needed - len(below)
        below_needed = len(below)
    if len(above) < above_needed:
        below_needed += above_needed - len(above)
        above_needed = len(above)
    mirrored = {round((2 * value - v) / unit) for v in below[:below_needed]}
    unmirrored = [v for v in above if round(v / unit) not in mirrored]  # 2011, 2017 round 2014: the key midway
    if len(unmirrored) >= above_needed:
        above = unmirrored
    elif kind == "year" and len(below) >= below_needed + above_needed - len(unmirrored):  # none above the key
        below_needed += above_needed - len(unmirrored)  # one more below, not the key's mirror
        above, above_needed = unmirrored, len(unmirrored)
    chosen = below[:below_needed] + above[:above_needed]
    if len(set(chosen)) == 3 and kind != "year" and value >= 10 * unit:
        last = {round(v / unit) % 10 for v in chosen}
        if len(last) == 1 and round(value / unit) % 10 not in last:  # 30.6, 38.6, 44.6 beside 24.1: the odd one
            nudged = round((chosen[1] + unit) / unit) * unit
            if usable(nudged):
                chosen[1] = nudged
    if len(set(chosen)) == 3 and kind != "year":
        low, middle, high = sorted(chosen)
        if abs((middle - low) - (high - middle)) < unit / 2:  # £45,000, £60,000, £75,000 beside £96,000: a ladder
            nudged = middle + unit * max(1, round(0.07 * (high - low) / unit))  # the key would be the odd one out
            if usable(nudged) and nudged < high:
                chosen[chosen.index(middle)] = nudged
    decades = {int(v) // 10 for v in chosen}
    if kind == "year" and len(set(chosen)) == 3 and len(decades) == 1 and int(value) // 10 not in decades:
        # 1949 among 1951, 1952 and 1954: the only year of its decade stands out; one wrong year of the key's own
        # decade goes in for the farthest
        spare = [
            value + s
            for s in (-1, 1, -2, 2, -3, 3, -4, 4)
            if int(value + s) // 10 == int(value) // 10
            and usable(value + s)
            and (ceiling is None or value + s <= ceiling)
        ]
        if not spare:
            return []
        chosen[max(range(3), key=lambda i: abs(chosen[i] - value))] = spare[0]
    if kind == "year" and rank != 3 and chosen and all(v < value for v in chosen):
        return []  # no room for a wrong year after the key (the story's latest): the key would be the last always
    return chosen if len(set(chosen)) == 3 else []


def format_number(value: float, like: str, *, grouped: bool = True) -> str:
    """Write `value` in the style of `like`: the same decimals, thousands separators as `like` has them."""
    decimals = len(like.split(".", 1)[1]) if "." in like else 0
    if decimals == 0 and value != int(value):
        decimals = 1
    return f"{value:,.{decimals}f}" if grouped and "," in like else f"{value:.{decimals}f}"
