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
