"""Story files for a fresh blind review, from pages of a JSON-lines news dataset whose records cite sources.

    python bench/fresh_stories.py PAGES_DIR OUT_DIR [--sample N] [--seed S] [--min-words N] [--max-words N]
                                  [--exclude SOURCES.tsv]

The review needs stories that nobody working on the generator has read, of the kind teachers bring:
wire and web news with datelines, named and unnamed sources. Datasets built from Wikinews keep the news
reports that its articles cite (``{"language": "en", "maintext": …, "title": …, "url": …}`` objects).
PAGES_DIR holds ``page-NN.txt`` files: such a file cut into pages of equal length. Benchmarks of article
extraction keep news pages' text the same way, without a headline (``{"articleBody": …, "url": …}``); for
those the headline is rebuilt from the address's slug, each word written as the article writes it. Every
English source object that lies whole on a run of consecutive pages is read (the JSON decoder decides; a
cut or damaged one is left out), repeats are dropped (the same report is often cited twice), and reports of
`--min-words` to `--max-words` words are kept. `--sample N` draws N of them with a fixed seed. Each is
written as ``fresh-NN.txt``, a plain-text story (front matter with its address and publisher, the
headline, the paragraphs as the dataset gives them), with neutral names so that drawing the sample
reveals nothing; ``sources.tsv`` maps names to addresses. `--exclude` leaves out the reports of an earlier
sample (its ``sources.tsv``), so that a second review sees none of the first's stories. The texts belong
to their publishers: keep them out of the repository, as the review packets are.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

SOURCE_START = re.compile(r'\{"language": "en", "maintext": |\{\s*"articleBody": ')
_ENGLISH = frozenset("the a an of to in and is was were are on for with by that it said has have".split())


def _slug_words(address: str) -> list[str]:
    """The words of the address's longest slug ("/2019/05/trade-talks-stall-ab12.html" -> trade talks stall)."""
    best: list[str] = []
    for part in urlsplit(address).path.split("/"):
        part = re.sub(r"\.[a-z]{2,5}$", "", part)
        words = [w for w in re.split(r"[-_+]", part) if w and not any(c.isdigit() for c in w)]
        if len(words) > len(best):
            best = words
    return best if len(best) >= 3 else []


def _headline(address: str, body: str) -> str:
    """A headline from the slug, each word as the body most often writes it (so names keep their capitals)."""
    forms: dict[str, Counter[str]] = {}
    for word in re.findall(r"(?<=[a-z,;] )[A-Za-z']+", body):  # mid-sentence words only: no capital of a start
        forms.setdefault(word.lower(), Counter())[word] += 1
    words = [forms[w.lower()].most_common(1)[0][0] if w.lower() in forms else w.lower() for w in _slug_words(address)]
    if not words:
        return ""
    return words[0][:1].upper() + words[0][1:] + "".join(f" {w}" for w in words[1:])


def _as_source(value: dict) -> dict[str, str] | None:
    if all(isinstance(value.get(k), str) for k in ("maintext", "title", "url")):
        return value
    body, address = value.get("articleBody"), value.get("url")
    if not isinstance(body, str) or not isinstance(address, str):
        return None
    words = re.findall(r"[a-z]+", body.lower())
    if not words or sum(w in _ENGLISH for w in words) < 0.15 * len(words):
        return None  # not English
    title = _headline(address, body)
    return {"language": "en", "maintext": body, "title": title, "url": address} if title else None


def _runs(pages: dict[int, str]) -> list[str]:
    runs, numbers, start = [], sorted(pages), 0
    for index in range(1, len(numbers) + 1):
        if index == len(numbers) or numbers[index] != numbers[index - 1] + 1:
            runs.append("".join(pages[number] for number in numbers[start:index]))
            start = index
    return runs


def sources(pages: dict[int, str]) -> list[dict[str, str]]:
    """Every whole English source object on the pages, in order."""
    decoder, found = json.JSONDecoder(), []
    for text in _runs(pages):
        for match in SOURCE_START.finditer(text):
            try:
                value, _end = decoder.raw_decode(text, match.start())
            except ValueError:
                continue
            source = _as_source(value) if isinstance(value, dict) else None
            if source:
                found.append(source)
    return found


def _paragraphs(source: dict[str, str]) -> list[str]:
    lines = [" ".join(line.split()) for line in source["maintext"].splitlines()]
    lines = [line for line in lines if line]
    if lines and lines[0].casefold() == " ".join(source["title"].split()).casefold():
        lines = lines[1:]  # the headline, repeated as the first line
    return lines


def story_text(source: dict[str, str]) -> str:
    address = source["url"]
    publisher = urlsplit(address).hostname or ""
    front = f"---\nsource_url: {json.dumps(address)}\npublisher: {json.dumps(publisher)}\n---\n"
    return front + "\n\n".join([" ".join(source["title"].split()), *_paragraphs(source)]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="draw this many (default: all)")
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--min-words", type=int, default=250)
    parser.add_argument("--max-words", type=int, default=1500)
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="an earlier sample's sources.tsv")
    args = parser.parse_args()
    pages = {int(path.stem.split("-")[1]): path.read_text(encoding="utf-8") for path in args.pages.glob("page-*.txt")}
    if not pages:
        print(f"{args.pages}: no page-NN.txt files", file=sys.stderr)
        return 2
    found = sources(pages)
    kept, seen = [], set()
    for listing in args.exclude:
        with listing.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                seen |= {row["url"], " ".join(row["title"].split()).casefold()}
    for source in found:
        words = sum(len(paragraph.split()) for paragraph in _paragraphs(source))
        keys = {
            source["url"],
            " ".join(source["title"].split()).casefold(),
            " ".join(source["maintext"].split())[:300],
        }
        if keys & seen or not args.min_words <= words <= args.max_words:
            continue
        seen |= keys
        kept.append(source)
    chosen = random.Random(args.seed).sample(kept, args.sample) if 0 < args.sample < len(kept) else kept
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "sources.tsv").open("w", encoding="utf-8", newline="") as listing:
        writer = csv.writer(listing, delimiter="\t")
        writer.writerow(["file", "url", "title"])
        for number, source in enumerate(chosen, start=1):
            name = f"fresh-{number:02d}.txt"
            (args.out / name).write_text(story_text(source), encoding="utf-8")
            writer.writerow([name, source["url"], source["title"]])
    print(
        f"{len(found)} English reports whole on {len(pages)} pages, {len(kept)} distinct of "
        f"{args.min_words}-{args.max_words} words, {len(chosen)} written to {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
