"""Every reader refuses what is not a regular file before reading a byte: a pipe would hang it, a link to
/dev/zero would fill the memory. Each names the file and exits 1 or 2 at the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="POSIX only")


@pytest.fixture(params=["pipe", "zero"])
def special(request, tmp_path) -> Path:
    """A named pipe, or a link to /dev/zero, with the suffix each reader looks for set by the test."""

    def make(suffix: str) -> Path:
        path = tmp_path / f"{request.param}{suffix}"
        if request.param == "pipe":
            os.mkfifo(path)
        else:
            path.symlink_to("/dev/zero")
        return path

    return make


@pytest.mark.parametrize(
    ("suffix", "argv"),
    [
        (".yaml", lambda p, t: ["validate", str(p)]),
        (".txt", lambda p, t: ["article", str(p)]),
        (".gift", lambda p, t: ["import", str(p), "--format", "gift", "-o", str(t / "out.yaml")]),
        (".db", lambda p, t: ["results", "merge", str(p), "--db", str(t / "scores.db")]),
        (".csv", lambda p, t: ["teacher", "import-roster", str(p), "--class", "7B", "--db", str(t / "scores.db")]),
    ],
    ids=["validate", "article", "import", "merge", "roster"],
)
def test_readers_refuse_pipes_and_devices(special, tmp_path, capsys, suffix, argv):
    path = special(suffix)
    status = main(argv(path, tmp_path))
    out = capsys.readouterr()
    said = out.out + out.err
    assert status in (1, 2), said
    assert str(path) in said and "not a regular file" in said


def test_a_desk_file_nested_very_deep_is_refused_by_name(tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert main(["results", "merge", str(deep), "--db", str(tmp_path / "scores.db")]) in (1, 2)
    err = capsys.readouterr().err
    assert str(deep) in err and "nested too deeply" in err


def test_reset_pin_asks_first(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["teacher", "reset-pin", "--db", str(tmp_path / "scores.db")]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["teacher", "reset-pin", "--db", str(tmp_path / "scores.db"), "--yes"]) == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_the_app_writes_is_for_its_user_only(tmp_path, monkeypatch):
    from quizapp.logs import log_event, log_file
    from quizapp.paths import data_dir, ensure_dir
    from quizapp.store import ScoreStore

    monkeypatch.setenv("QUIZAPP_HOME", str(tmp_path / "home"))
    old = os.umask(0o022)
    try:
        folder = ensure_dir(data_dir())
        with ScoreStore.open(folder / "quizapp.db"):
            pass
        log_event("screen: library")
    finally:
        os.umask(old)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "quizapp.db").stat().st_mode & 0o777 == 0o600
    assert log_file().stat().st_mode & 0o777 == 0o600
    desk = tmp_path / "desk.json"
    with ScoreStore.open(folder / "quizapp.db") as store:
        store.export_desk(desk)
    assert desk.stat().st_mode & 0o777 == 0o600


def test_generate_never_writes_its_schema_copy_through_a_link(tmp_path, capsys):
    from quizapp.paths import database_path

    database = database_path()
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"SQLite format 3\x00 pretend")
    out = tmp_path / "out"
    (out / "schema").mkdir(parents=True)
    (out / "schema" / "bank.schema.json").symlink_to(database)
    story = tmp_path / "story.txt"
    story.write_text("Headline\n\nA short story.\n", encoding="utf-8")
    assert main(["generate", str(story), "-o", str(out)]) == 2
    assert "score database" in capsys.readouterr().err
    assert database.read_bytes() == b"SQLite format 3\x00 pretend"


def test_a_manifest_that_is_a_pipe_is_ignored(tmp_path, capsys):
    os.mkfifo(tmp_path / "MANIFEST.tsv")
    story = tmp_path / "story.txt"
    story.write_text("Headline\n\nA short story about a ferry.\n", encoding="utf-8")
    assert main(["article", str(story)]) == 0
