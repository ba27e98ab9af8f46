"""Blind review of generated items: make review packets from stories, and score the reviewers' verdicts.

    python bench/review_packets.py make [STORIES...] [--list FILE] --out DIR [--per-packet N]
    python bench/review_packets.py score DIR VERDICTS...

`make` generates a bank for each story (files, folders, and the file names listed in `--list`, such as
`bench/quality/heldback.txt`, which are looked up in `--corpus`), then writes `DIR/packet-NN.md`: each
article as the reader sees it, followed by its items with neutral ids (`S03-Q07`): prompt, choices, the
keyed answer, the explanation and the evidence. Packets show nothing of the generator: no skill names, no
scores, no item ids. The key that maps neutral ids to skills stays in `DIR/key.tsv`, for `score` only.

`score` reads verdict lines in the rubric's format (`ID<TAB>acceptable|reject<TAB>great|-<TAB>…`) and prints
the acceptable and great rates per skill and overall, as a Markdown table for `docs/quality.md`.
"""

from __future__ import annotations

import argparse
import csv
import random
import string
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "articles"
RUBRIC = HERE.parent.parent / "shared" / "review" / "RUBRIC.md"


def story_paths(inputs: list[str], lists: list[str], corpus: Path) -> list[Path]:
    """Story files: `inputs` (files or folders) and the names in `lists` (one per line, # comments)."""
    found: list[Path] = []
    for entry in inputs:
        path = Path(entry)
        if path.is_dir():
            found.extend(sorted(path.glob("*.txt")) + sorted(path.glob("*.html")))
        else:
            found.append(path)
    for listing in lists:
        for line in Path(listing).read_text(encoding="utf-8").splitlines():
            name = line.strip()
            if name and not name.startswith("#"):
                found.append(corpus / name)
    return found


def article_text(article) -> str:
    """The article as a reader sees it: headline, captions, body paragraphs, end matter."""
    lines = [f"# {article.headline}", ""]
    if article.date:
        lines += [f"Date: {article.date}", ""]
    for caption in article.captions:
        lines += [f"[Photo caption] {caption.text}", ""]
    for paragraph in article.paragraphs:
        lines += [paragraph.text, ""]
    for extra in article.end_matter:
        lines += [extra, ""]
    return "\n".join(lines)


def item_text(neutral_id: str, item) -> str:
    """One item for reviewers: prompt, lettered choices, key, explanation, evidence."""
    lines = [f"### {neutral_id}", "", f"**Prompt:** {item.prompt}", ""]
    if item.type == "evidence":
        lines += ["**Kind:** the student clicks one sentence of the article.", ""]
        lines += [f"**Key (the sentence to click):** {item.answer[0]}", ""]
    elif item.type == "short":
        lines += ["**Kind:** the student types a short answer.", ""]
        lines += [f"**Accepted answers:** {' | '.join(item.answer)}", ""]
    else:
        keyed = []
        choices = list(item.choices)
        if item.type != "true_false":  # banks list the key first; the quiz shuffles, and so does the packet
            random.Random(item.id).shuffle(choices)
        for letter, choice in zip(string.ascii_uppercase, choices, strict=False):
            lines.append(f"- {letter}. {choice}")
            if choice in item.answer:
                keyed.append(letter)
        lines += [
            "",
            f"**Key:** {', '.join(keyed)}" + (" (select all that apply)" if item.type == "multiple" else ""),
            "",
        ]
    lines += [f"**Explanation:** {item.explanation}", ""]
    for quote in item.evidence:
        lines.append(f"> Evidence: {quote}")
    lines.append("")
    return "\n".join(lines)


def make(args: argparse.Namespace) -> int:
    from quizapp.articles import read_article
    from quizapp.generation.generator import GenerationOptions, generate_bank

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stories = story_paths(args.stories, args.list, Path(args.corpus))
    key_rows: list[tuple[str, str, str, str]] = []
    packets: list[list[str]] = []
    for number, path in enumerate(stories, start=1):
        article = read_article(path)
        bank = generate_bank(article, GenerationOptions())
        story_id = f"S{number:02d}"
        parts = [f"## Story {story_id}", "", article_text(article), f"## Items for story {story_id}", ""]
        for position, item in enumerate(bank.items, start=1):
            neutral = f"{story_id}-Q{position:02d}"
            parts.append(item_text(neutral, item))
            key_rows.append((neutral, item.skill, item.id, path.name))
        if (number - 1) % args.per_packet == 0:
            packets.append([])
        packets[-1].append("\n".join(parts))
        print(f"[{number}/{len(stories)}] {path.name}: {len(bank.items)} items", file=sys.stderr)
    header = (
        "# Review packet\n\nJudge every item against the rubric below. Reply with one line per item:\n"
        "`ITEM_ID<TAB>acceptable|reject<TAB>great|-<TAB>failed criteria<TAB>one-line reason`.\n\n"
    )
    rubric = RUBRIC.read_text(encoding="utf-8") if RUBRIC.exists() else ""
    for index, packet in enumerate(packets, start=1):
        body = header + rubric + "\n\n---\n\n" + "\n\n---\n\n".join(packet)
        (out / f"packet-{index:02d}.md").write_text(body, encoding="utf-8")
    with (out / "key.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(("neutral_id", "skill", "item_id", "story"))
        writer.writerows(key_rows)
    print(f"{len(key_rows)} items from {len(stories)} stories in {len(packets)} packets: {out}")
    return 0


def score(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with (out / "key.tsv").open(encoding="utf-8") as handle:
        skills = {row["neutral_id"]: row["skill"] for row in csv.DictReader(handle, delimiter="\t")}
    verdicts: dict[str, tuple[bool, bool]] = {}
    for name in args.verdicts:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            fields = [f.strip().strip("`") for f in line.split("\t")]
            if len(fields) >= 2 and fields[0] in skills and fields[1] in {"acceptable", "reject"}:
                verdicts[fields[0]] = (fields[1] == "acceptable", len(fields) > 2 and fields[2] == "great")
    missing = sorted(set(skills) - set(verdicts))
    per_skill: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for neutral, verdict in verdicts.items():
        per_skill[skills[neutral]].append(verdict)
    print("| skill | acceptable | great |\n|---|---|---|")
    rows = sorted(per_skill.items(), key=lambda kv: -sum(a for a, _ in kv[1]) / len(kv[1]))
    for skill, marks in rows:
        good, great = sum(a for a, _ in marks), sum(g for _, g in marks)
        print(f"| {skill} | {100 * good / len(marks):.0f} % ({good}/{len(marks)}) | {great} |")
    every = [v for marks in per_skill.values() for v in marks]
    good, great = sum(a for a, _ in every), sum(g for _, g in every)
    if every:
        print(
            f"| **overall** | **{100 * good / len(every):.0f} % ({good}/{len(every)})** "
            f"| {100 * great / len(every):.0f} % ({great}) |"
        )
    if missing:
        print(f"\n{len(missing)} items have no verdict: {', '.join(missing[:10])}…", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    maker = commands.add_parser("make", help="write review packets and their key")
    maker.add_argument("stories", nargs="*", help="story files or folders")
    maker.add_argument("--list", action="append", default=[], help="a file of corpus file names, one per line")
    maker.add_argument("--out", required=True, help="folder for the packets (outside the repository)")
    maker.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="where listed file names are found")
    maker.add_argument("--per-packet", type=int, default=5, help="stories per packet (default 5)")
    maker.set_defaults(run=make)
    scorer = commands.add_parser("score", help="acceptable rates per skill from verdict files")
    scorer.add_argument("out", help="the folder `make` wrote")
    scorer.add_argument("verdicts", nargs="+", help="files of verdict lines")
    scorer.set_defaults(run=score)
    args = parser.parse_args()
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
