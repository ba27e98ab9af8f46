"""The quick read of a valid bank gives exactly what the full, position-keeping read gives, and leaves every
bank with a problem to the full read, which reports it where it stands."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import yaml

from quizapp.banks import loader
from quizapp.banks.syntax import parse_yaml_text
from quizapp.banks.yamldoc import compose, item_lines, located_from_node, plain_from_node
from quizapp.library import BankLibrary
from quizapp.yamlsafe import SafeLoader

ROOT = Path(__file__).resolve().parents[1]
BANKS = sorted((ROOT / "questions").rglob("*.yaml"))


def _full_check(text: str, name: str, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(loader, "_quick_check", lambda node, name: None)
        return loader._check(text, name)


@pytest.mark.parametrize("path", BANKS, ids=lambda p: p.name)
def test_a_shipped_bank_reads_the_quick_way_exactly_as_in_full(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    quick = loader._quick_check(parse_yaml_text(text).node, str(path))
    assert quick is not None, "a valid shipped bank takes the quick way"
    full = _full_check(text, str(path), monkeypatch)
    assert full[0].problems == [] and quick[0].problems == []
    assert quick[1] == full[1] and quick[2] == full[2]
    assert quick[0].bank == full[0].bank


TOUR = BANKS[0].read_text(encoding="utf-8")

# Each holds something only the full read reports, or guards against: it must not pass the quick way.
NOT_QUICK = {
    "a duplicate key": TOUR.replace("\ntitle:", "\ntitle: Twice\ntitle:", 1),
    "an alias": TOUR.replace("\ntags:", "\nx-anchor: &a [one]\nx-again: *a\ntags:", 1),
    "a tag not allowed": TOUR.replace("\ntitle: ", "\ntitle: !custom ", 1),
    "a date that does not exist": TOUR.replace('  date: "2024-05-02"', "  date: 2024-02-30", 1),
    "a key that is not text": TOUR.replace("\ntitle:", "\n1: one\ntitle:", 1),
    "a schema error": TOUR.replace("\ntitle:", "\nsurprise: true\ntitle:", 1),
    "a duplicate item id": TOUR + TOUR[TOUR.index("\n  - id:") : TOUR.index("\n  - id:", TOUR.index("\n  - id:") + 1)],
    "a newer format": TOUR.replace("format: quizapp-bank/", "format: quizapp-bank/9", 1),
}


@pytest.mark.parametrize("case", sorted(NOT_QUICK))
def test_a_bank_with_a_problem_is_left_to_the_full_read(case, monkeypatch):
    text = NOT_QUICK[case]
    assert text != TOUR
    parsed = parse_yaml_text(text)
    if parsed.node is not None and not parsed.errors:
        assert loader._quick_check(parsed.node, "case.yaml") is None
    assert loader.check_bank_text(text, "case.yaml").problems  # and the full read names the problem


def test_the_quick_plain_data_matches_the_located_data_for_every_kind_of_value():
    text = (
        "text: plain words\nquoted: '12'\nnumber: 12\nreal: 1.5\nyes_word: yes\ntruth: true\nnothing: null\n"
        "empty:\nday: 2024-02-01\nstamp: 2024-02-01 10:30:00\nlist: [a, 2, no]\nnested: {k: [1, {z: off}]}\n"
        "odd: '#not a comment'\ndash: -1\ntilde: ~\n"
    )
    node = compose(text)
    assert plain_from_node(node) == located_from_node(node).data
    with pytest.raises(ValueError, match="full read"):
        plain_from_node(compose("a: &x [1]\nb: *x\n"))


def test_the_quick_tags_are_the_safe_loader_s_own():
    text = (
        "a: word\nb: 'quoted 12'\nc: 12\nd: 0x1F\ne: .5\nf: -3\ng: +4\nh: Yes\ni: NO\nj: ~\nk: ''\nl: 2024-01-02\n"
        "m: =\nn: <<\no: .inf\np: -.nan\nq: Null\nr: tRue\ns: 1_000\nt: 'Ok'\nu: [x, 1, on]\n"
    )

    def tags(node):
        if isinstance(node, yaml.ScalarNode):
            return [(node.value, node.tag)]
        children = node.value if isinstance(node, yaml.SequenceNode) else [v for pair in node.value for v in pair]
        return [tag for child in children for tag in tags(child)]

    assert tags(compose(text)) == tags(yaml.compose(text, Loader=SafeLoader))


def test_item_lines_are_the_lines_the_full_read_gives():
    node = compose(TOUR)
    located = located_from_node(node)
    count = len(located.data["items"])
    assert item_lines(node) == [located.where(("items", index))[0] for index in range(count)]


def test_the_cycle_collector_rests_while_a_library_is_read_and_runs_again_after(tmp_path, monkeypatch):
    (tmp_path / "one.yaml").write_text(TOUR, encoding="utf-8")
    seen = []
    read = loader.open_bank_file

    def checked(*args, **kwargs):
        seen.append(gc.isenabled())
        return read(*args, **kwargs)

    monkeypatch.setattr(loader, "open_bank_file", checked)
    assert gc.isenabled()
    BankLibrary([tmp_path]).reload_all()
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        BankLibrary([tmp_path]).reload_all()
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
