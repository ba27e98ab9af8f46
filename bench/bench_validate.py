"""Bank validation cost against a bare YAML parse of the same text, measured in one run.

Prints the time to check a bank (parse with positions, schema, meaning checks, build)
divided by the time of a bare safe ``yaml.load`` of the same text.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.banks import check_bank_text  # noqa: E402
from quizapp.yamlsafe import SafeLoader  # noqa: E402


def _best(function, text: str, rounds: int = 7) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        function(text)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    banks = sorted((ROOT / "questions").rglob("*.yaml"))
    total_check = total_parse = 0.0
    for path in banks:
        text = path.read_text(encoding="utf-8")
        check = _best(lambda t, p=path: check_bank_text(t, p), text)
        parse = _best(lambda t: yaml.load(t, Loader=SafeLoader), text)
        total_check += check
        total_parse += parse
        print(f"{path.relative_to(ROOT)}: check {check * 1000:.2f} ms, bare parse {parse * 1000:.2f} ms")
    print(f"validation / bare parse: {total_check / total_parse:.2f}x over {len(banks)} bank(s)")


if __name__ == "__main__":
    main()
