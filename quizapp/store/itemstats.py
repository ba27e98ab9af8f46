"""Per-item statistics of a bank, as Moodle's quiz statistics report defines them.

Over the finished attempts that included the item (x = the item's score, skipped = 0;
X = the attempt's total score; n = number of such attempts):

* facility index F = Σx / Σ max(x): the share of the item's points students earned;
* standard deviation of x (sample, n − 1);
* discrimination index D = Pearson r(x, X − x): the correlation between the item and the
  rest of the attempt. Good items have D ≥ 0.2; lower or undefined values are flagged with
  a reason in plain words;
* how often each choice was picked (each typed answer, for short items).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from quizapp.engine.scoring import short_answer_key
from quizapp.store.schema import ANSWERS, ATTEMPTS, ITEM_SNAPSHOTS
from quizapp.store.scope import ResultScope

DISCRIMINATION_THRESHOLD = 0.2
_EPSILON = 1e-12


@dataclass(frozen=True)
class ChoiceCount:
    text: str
    count: int
    right: bool


@dataclass(frozen=True)
class ItemStatistics:
    bank: str
    item: str
    type: str
    skill: str
    prompt: str  # as of the latest answer
    attempts: int
    skipped: int
    facility: float
    sd: float | None
    discrimination: float | None
    flag: str | None  # why the item does not discriminate, in plain words; None when it does
    choices: tuple[ChoiceCount, ...]
    versions: int  # how many different versions of the item were answered

    @property
    def discriminates(self) -> bool:
        return self.flag is None


@dataclass
class _Sums:
    """Running sums over one item's answers: x = item score, y = rest of the attempt."""

    n: int = 0
    skipped: int = 0
    sx: float = 0.0
    sxx: float = 0.0
    smax: float = 0.0
    sy: float = 0.0
    syy: float = 0.0
    sxy: float = 0.0
    latest: tuple[str, str] = ("", "")  # (answered_at, item hash) of the newest answer
    hashes: set[str] = field(default_factory=set)
    responses: Counter[str] = field(default_factory=Counter)  # raw JSON response → times given

    def add(self, x: float, max_score: float, total: float, skipped: int, response: str | None) -> None:
        y = total - x
        self.n += 1
        self.skipped += skipped
        self.sx += x
        self.sxx += x * x
        self.smax += max_score
        self.sy += y
        self.syy += y * y
        self.sxy += x * y
        if response is not None and not skipped:
            self.responses[response] += 1

    def picked(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for response, times in self.responses.items():
            for text in json.loads(response):
                counts[text] += times
        return counts


def _discrimination(s: _Sums) -> tuple[float | None, str | None]:
    if s.n < 2:
        return None, (
            f"only {s.n} finished attempt so far: too few to tell whether it separates stronger from weaker students"
        )
    var_x = s.sxx / s.n - (s.sx / s.n) ** 2
    var_y = s.syy / s.n - (s.sy / s.n) ** 2
    if var_x <= _EPSILON:
        return None, "everyone scored the same on this item, so it cannot tell stronger from weaker students apart"
    if var_y <= _EPSILON:
        return None, "the rest of the quiz scored the same in every attempt, so there is nothing to compare with"
    r = (s.sxy / s.n - (s.sx / s.n) * (s.sy / s.n)) / math.sqrt(var_x * var_y)
    r = max(-1.0, min(1.0, r))
    if r < 0:
        return r, (
            f"negative (D = {r:.2f}): students who did better on the rest of the quiz did worse on this item; "
            "check the answer key and the wording"
        )
    if r < DISCRIMINATION_THRESHOLD:
        return r, (
            f"weak (D = {r:.2f}): this item hardly separates students who did well on the rest of the quiz "
            "from those who did not"
        )
    return r, None


def _sample_sd(s: _Sums) -> float | None:
    if s.n < 2:
        return None
    return math.sqrt(max(0.0, (s.sxx - s.sx**2 / s.n) / (s.n - 1)))


def _snapshots(db: Database, hashes: list[str]) -> dict[str, dict[str, Any]]:
    marks = ", ".join("?" for _ in hashes)
    return {row["hash"]: row for row in db.query(f"SELECT * FROM {ITEM_SNAPSHOTS} WHERE hash IN ({marks})", hashes)}


def _choices(snapshot: dict[str, Any], picked: dict[str, int]) -> tuple[ChoiceCount, ...]:
    answer = json.loads(snapshot["answer"])
    if snapshot["type"] == "short":
        keys = {short_answer_key(text) for text in answer}
        ranked = sorted(picked.items(), key=lambda pair: (-pair[1], pair[0]))
        return tuple(ChoiceCount(text, count, short_answer_key(text) in keys) for text, count in ranked)
    shown = json.loads(snapshot["choices"]) or answer
    others = sorted((text for text in picked if text not in shown), key=lambda text: (-picked[text], text))
    return tuple(ChoiceCount(text, picked.get(text, 0), text in answer) for text in [*shown, *others])


def _sums_by_item(db: Database, bank: str, scope: ResultScope | None = None) -> dict[str, _Sums]:
    """One pass over the bank's answers in finished attempts (one read of each row)."""
    condition, params = (scope or ResultScope()).attempt_condition("t")
    rows = db.conn.execute(
        f"""
        SELECT a.item, a.item_hash, a.answered_at, a.score, a.max_score, a.skipped, a.response, t.score
        FROM {ANSWERS} a JOIN {ATTEMPTS} t ON t.uuid = a.attempt
        WHERE a.bank = ? AND t.ended_at IS NOT NULL AND {condition}
        """,
        [bank, *params],
    )
    sums: dict[str, _Sums] = {}
    for item, item_hash, answered_at, score, max_score, skipped, response, total in rows:
        entry = sums.get(item)
        if entry is None:
            entry = sums[item] = _Sums()
        entry.add(score, max_score, total, skipped, response)
        entry.hashes.add(item_hash)
        if answered_at >= entry.latest[0]:
            entry.latest = (answered_at, item_hash)
    return sums


def item_statistics(db: Database, bank: str, scope: ResultScope | None = None) -> list[ItemStatistics]:
    """Statistics of every item of `bank` (id) that has answers in finished attempts, by item id.

    With a `scope`, only the attempts of that classroom session and/or class count."""
    sums = _sums_by_item(db, bank, scope)
    snapshots = _snapshots(db, sorted({entry.latest[1] for entry in sums.values()}))
    result = []
    for item, entry in sorted(sums.items()):
        discrimination, flag = _discrimination(entry)
        snapshot = snapshots[entry.latest[1]]
        result.append(
            ItemStatistics(
                bank=bank,
                item=item,
                type=snapshot["type"],
                skill=snapshot["skill"],
                prompt=snapshot["prompt"],
                attempts=entry.n,
                skipped=entry.skipped,
                facility=entry.sx / entry.smax if entry.smax else 0.0,
                sd=_sample_sd(entry),
                discrimination=discrimination,
                flag=flag,
                choices=_choices(snapshot, entry.picked()),
                versions=len(entry.hashes),
            )
        )
    return result
