"""Bank validation: every teacher mistake reported at the right place; unsafe YAML never runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.banks import check_bank_file, check_bank_text, load_bank, load_banks, versions
from quizapp.errors import BankError

DATA = Path(__file__).resolve().parent / "data"
TOUR = Path(__file__).resolve().parent.parent / "questions" / "examples" / "format-tour.yaml"

VALID = """format: quizapp-bank/1
id: pool
title: Pool vote
article:
  headline: Council keeps the pool open
  paragraphs:
    - The council voted 5 to 2 on Monday to keep the pool open.
items:
  - id: pool-1
    type: single
    family: comprehension
    skill: number
    difficulty: 1
    prompt: How did the council vote?
    choices: [5 to 2, 4 to 3]
    answer: 5 to 2
    evidence: [voted 5 to 2 on Monday]
"""


def test_ten_mistakes_each_on_its_line():
    result = check_bank_file(DATA / "ten-mistakes.yaml")
    assert result.bank is None
    found = [(p.line, p.item_id, p.message) for p in result.problems]
    expected = [
        (21, None, "tab character"),
        (31, None, "indentation does not line up"),
        (40, None, "quote opened here is never closed"),
        (43, "missing-answer", "missing 'answer'"),
        (57, "answer-not-a-choice", 'answer "E" is not one of the choices'),
        (58, "ok-1", "duplicate id (also used on line 11)"),
        (72, "misspelt-key", "unknown field 'anwser' (did you mean 'answer'?)"),
        (77, "difficulty-word", "difficulty must be a whole number"),
        (90, "evidence-not-in-article", "does not occur in the article"),
        (96, "empty-prompt", "prompt is empty"),
    ]
    assert len(found) == len(expected), "\n".join(str(p) for p in result.problems)
    for (line, item_id, message), (want_line, want_id, want_text) in zip(found, expected, strict=True):
        assert line == want_line
        assert item_id == want_id
        assert want_text in message


def test_messages_name_file_line_column_and_item():
    result = check_bank_file(DATA / "ten-mistakes.yaml")
    text = [str(p) for p in result.problems]
    assert f'{DATA / "ten-mistakes.yaml"}:57:13: item answer-not-a-choice: answer "E" is not one of the choices' in text


def test_python_tag_is_rejected_and_runs_nothing(tmp_path):
    marker = tmp_path / "pwned"
    bank = tmp_path / "evil.yaml"
    bank.write_text(
        VALID.replace("title: Pool vote", f"title: !!python/object/apply:os.system ['touch {marker}']"),
        encoding="utf-8",
    )
    result = check_bank_file(bank)
    assert result.bank is None
    assert any("!!python/object/apply:os.system" in p.message and p.line == 3 for p in result.problems)
    assert not marker.exists()
    with pytest.raises(BankError):
        load_bank(bank)
    assert not marker.exists()


def test_valid_bank_loads():
    result = check_bank_text(VALID, "pool.yaml")
    assert result.problems == []
    item = result.bank.item("pool-1")
    assert item.answer == ("5 to 2",)
    assert item.line == 9
    assert result.bank.article.headline == "Council keeps the pool open"


def test_format_tour_is_valid_and_shows_every_item_type():
    bank = load_bank(TOUR)
    assert {item.type for item in bank.items} == {"single", "multiple", "true_false", "short", "evidence"}


def test_yes_and_no_stay_text():
    text = VALID.replace("choices: [5 to 2, 4 to 3]", "choices: [Yes, No]").replace("answer: 5 to 2", "answer: Yes")
    text = text.replace("evidence: [voted 5 to 2 on Monday]", "")
    result = check_bank_text(text, "yes.yaml")
    assert result.problems == []
    assert result.bank.items[0].choices == ("Yes", "No")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("answer: 5 to 2", "answer: [5 to 2]"), "answer must be text or a number"),
        (("choices: [5 to 2, 4 to 3]", "choices: [5 to 2, 5 to 2]"), "is given twice"),
        (("skill: number", "skill: numbers"), "(did you mean 'number'?)"),
        (("skill: number", "skill: quote-speaker"), "belongs to family 'sourcing'"),
        (("difficulty: 1", "difficulty: 4"), "between 1 and 3"),
        (("type: single", "type: essay"), "type must be single, multiple, true_false, short, evidence"),
        (("id: pool-1", "id: pool 1"), "may only hold letters"),
        (("title: Pool vote", "title: Pool vote\ntitle: Again"), "duplicate key 'title'"),
    ],
)
def test_single_mistakes(change, message):
    result = check_bank_text(VALID.replace(*change), "b.yaml")
    assert result.bank is None
    assert any(message in p.message for p in result.problems), [str(p) for p in result.problems]


def test_evidence_matches_across_quote_and_dash_styles():
    text = VALID.replace("on Monday to keep", "on Monday — to keep").replace(
        "evidence: [voted 5 to 2 on Monday]", 'evidence: ["on Monday - to keep"]'
    )
    assert check_bank_text(text, "b.yaml").problems == []


def test_evidence_without_article_is_an_error():
    head, _, rest = VALID.partition("article:")
    text = head + "items:" + rest.partition("items:")[2]
    result = check_bank_text(text, "b.yaml")
    assert any("need the article" in p.message for p in result.problems)


def test_not_a_mapping_and_empty_file():
    assert "set of fields" in check_bank_text("- just\n- a list\n", "b.yaml").problems[0].message
    assert check_bank_text("", "b.yaml").bank is None


def test_newer_format_is_refused_clearly():
    result = check_bank_text(VALID.replace("quizapp-bank/1", "quizapp-bank/2"), "future.yaml")
    assert result.bank is None
    (problem,) = result.problems
    assert problem.line == 1
    assert "quizapp-bank/2" in problem.message
    assert "update quizapp" in problem.message


def test_missing_format_is_reported_but_the_rest_still_checked():
    result = check_bank_text(VALID.replace("format: quizapp-bank/1\n", "").replace("answer: 5 to 2", "answer: 9"), "b")
    messages = [p.message for p in result.problems]
    assert any("missing 'format: quizapp-bank/1'" in m for m in messages)
    assert any("not one of the choices" in m for m in messages)


def test_upgrade_step_from_an_older_format(monkeypatch):
    def rename_question_to_prompt(data):
        for item in data.get("items", []):
            item["prompt"] = item.pop("question")
        return data

    monkeypatch.setitem(versions.UPGRADES, 0, rename_question_to_prompt)
    old = VALID.replace("quizapp-bank/1", "quizapp-bank/0").replace("prompt:", "question:")
    result = check_bank_text(old, "old.yaml")
    assert result.problems == []
    assert result.bank.format == "quizapp-bank/1"
    assert result.bank.items[0].prompt == "How did the council vote?"


def test_older_format_without_upgrade_step_is_refused():
    result = check_bank_text(VALID.replace("quizapp-bank/1", "quizapp-bank/0"), "old.yaml")
    assert result.bank is None
    assert "too old" in result.problems[0].message


def test_bank_with_errors_rejected_whole_others_load(tmp_path):
    (tmp_path / "good.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(
        VALID.replace("id: pool\n", "id: other\n").replace("answer: 5 to 2", "answer: 7")
    )
    loaded = load_banks([tmp_path])
    assert [bank.id for bank in loaded.banks] == ["pool"]
    assert [Path(check.path).name for check in loaded.failed] == ["bad.yaml"]


def test_item_ids_unique_across_banks(tmp_path):
    (tmp_path / "a.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(VALID.replace("id: pool\n", "id: pool-copy\n"), encoding="utf-8")
    loaded = load_banks([tmp_path])
    assert len(loaded.banks) == 1
    (problem,) = loaded.problems
    assert problem.item_id == "pool-1"
    assert "already used in" in problem.message
    assert "a.yaml:9" in problem.message


def test_alias_bomb_is_refused():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in range(1, 8):
        bomb += f"{chr(97 + level)}: &{chr(97 + level)} [" + ", ".join([f"*{chr(96 + level)}"] * 10) + "]\n"
    result = check_bank_text(bomb, "bomb.yaml")
    assert result.bank is None
    assert "too much data" in result.problems[-1].message


def test_unreadable_files_give_problems_not_tracebacks(tmp_path):
    assert "does not exist" in check_bank_file(tmp_path / "missing.yaml").problems[0].message
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(VALID.encode("utf-8") + b"# caf\xe9\n")
    assert "not UTF-8" in check_bank_file(latin).problems[0].message
