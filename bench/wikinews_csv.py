"""Story files from pages of a Wikinews CSV export (url,date,title,text), for a fresh blind review.

    python bench/wikinews_csv.py PAGES_DIR OUT_DIR [--exclude MANIFEST.tsv] [--min-words N] [--max-words N]

PAGES_DIR holds ``page-NN.txt`` files: the export cut into pages of equal length, page NN starting at
character NN × page length; the export's last page (a different length) ends it. Consecutive pages are
joined; a record is kept only when it is whole (it starts on a page of the run and the next record
starts in the same run, or the run reaches the end of the export).
Stories listed in the exclusion manifest (by URL or title: the development corpus, which
the generator was tuned on) are left out. Each story is written as ``fresh-NN.txt`` in the corpus's
plain-text form (headline, date line, paragraphs) with neutral names, so that choosing the sample
reveals nothing of the stories; ``sources.tsv`` maps the names to the original URL, date and title for
attribution (Wikinews, CC BY 2.5).
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import re
import sys
from datetime import date
from pathlib import Path

RECORD_START = re.compile(r'(?m)^"?https://en\.wikinews\.org//?wiki/')


def _url_key(url: str) -> str:
    return url.replace("//wiki/", "/wiki/").strip().rstrip("/").lower()


def _runs(pages: dict[int, str]) -> list[tuple[str, bool]]:
    """(joined text, reaches the end of the export) for each run of consecutive page numbers."""
    runs, numbers = [], sorted(pages)
    last_number = max(numbers)
    start = 0
    for index in range(1, len(numbers) + 1):
        if index == len(numbers) or numbers[index] != numbers[index - 1] + 1:
            chunk = numbers[start:index]
            text = "".join(pages[number] for number in chunk)
            runs.append((text, chunk[-1] == last_number and len(pages[chunk[-1]]) != len(pages[numbers[0]])))
            start = index
    return runs


def whole_records(pages: dict[int, str]) -> list[dict[str, str]]:
    records = []
    for text, reaches_end in _runs(pages):
        starts = [match.start() for match in RECORD_START.finditer(text)]
        bounds = list(itertools.pairwise(starts))
        if reaches_end and starts:
            bounds.append((starts[-1], len(text)))
        for begin, end in bounds:
            rows = list(csv.reader(io.StringIO(text[begin:end])))
            if len(rows) == 1 and len(rows[0]) == 4:
                url, day, title, body = rows[0]
                records.append({"url": url, "date": day, "title": title, "text": body})
    return records


def _paragraphs(body: str) -> list[str]:
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", body) if part.strip()]


def story_text(record: dict[str, str]) -> str:
    day = date.fromisoformat(record["date"])
    dateline = f"{day:%A}, {day:%B} {day.day}, {day.year}"
    return "\n\n".join([" ".join(record["title"].split()), dateline, *_paragraphs(record["text"])]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="a corpus MANIFEST.tsv")
    parser.add_argument("--min-words", type=int, default=150)
    parser.add_argument("--max-words", type=int, default=1500)
    args = parser.parse_args()
    pages = {int(path.stem.split("-")[1]): path.read_text(encoding="utf-8") for path in args.pages.glob("page-*.txt")}
    if not pages:
        print(f"{args.pages}: no page-NN.txt files", file=sys.stderr)
        return 2
    seen_urls, seen_titles = set(), set()
    for manifest in args.exclude:
        with manifest.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                seen_urls.add(_url_key(row.get("original_url", "")))
                seen_titles.add(" ".join(row.get("original_title", "").split()).lower())
    records = whole_records(pages)
    kept, excluded, sized_out = [], 0, 0
    for record in records:
        if _url_key(record["url"]) in seen_urls or " ".join(record["title"].split()).lower() in seen_titles:
            excluded += 1
            continue
        words = len(record["text"].split())
        if not args.min_words <= words <= args.max_words:
            sized_out += 1
            continue
        kept.append(record)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "sources.tsv").open("w", encoding="utf-8", newline="") as sources:
        writer = csv.writer(sources, delimiter="\t")
        writer.writerow(["file", "original_url", "date", "original_title", "licence"])
        for number, record in enumerate(kept, start=1):
            name = f"fresh-{number:02d}.txt"
            (args.out / name).write_text(story_text(record), encoding="utf-8")
            writer.writerow(
                [name, record["url"].replace("//wiki/", "/wiki/"), record["date"], record["title"], "CC BY 2.5"]
            )
    print(
        f"{len(records)} whole records in {len(pages)} pages: {excluded} already in the corpus, "
        f"{sized_out} outside {args.min_words}-{args.max_words} words, {len(kept)} written to {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
