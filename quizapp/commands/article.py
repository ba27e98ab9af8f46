"""``quizapp article``: show how a story file is read (headline, captions, dateline, paragraphs)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from quizapp.articles import read_article


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "article",
        help="show how a story file is read",
        description="Read a .txt or saved .html story and print the parts the quiz generator sees.",
    )
    parser.add_argument("path", type=Path, metavar="FILE", help="a .txt or .html story")
    parser.add_argument("--json", action="store_true", help="print the parsed article as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    article = read_article(args.path)
    if args.json:
        print(json.dumps(asdict(article), indent=2, ensure_ascii=False, default=str))
        return 0
    print(f"Headline:   {article.headline}")
    print(f"Publisher:  {article.publisher or '(not given)'}")
    if article.author:
        print(f"Author:     {article.author}")
    print(f"Date:       {article.date or '(not given)'}")
    if article.dateline:
        dl = article.dateline
        print(f"Dateline:   {dl.describe()}" + (f" ({dl.agency})" if dl.agency else ""))
    for caption in article.captions:
        kind = "file photo" if caption.is_file_photo else "photo"
        print(f"Caption:    {kind}, {caption.credit or 'no credit'}, {caption.date_text or 'no date'}")
    print(f"Paragraphs: {len(article.paragraphs)}")
    for contributor in article.contributors:
        place = f" in {contributor.place}" if contributor.place else ""
        print(f"Contributor: {contributor.name}{place} ({contributor.role})")
    return 0
