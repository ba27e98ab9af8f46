"""A real Learning Record Store for the xAPI tests and bench/bench_xapi.py: Ralph with its file backend.

`make test` installs Ralph into .cache/ralph (tests/install-ralph.sh). `Ralph` starts it on a loopback
port that this process binds first and hands over (so there is no race for the port, and a restart
gets the same address), with credentials made by ``ralph auth … -w``. Waiting for it to start is one
request that the listening socket holds until the server answers.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
RALPH_BIN = ROOT / ".cache" / "ralph" / "bin"
LAUNCHER = Path(__file__).resolve().parent / "ralph_launch.py"
USER, PASSWORD, HOMEPAGE = "teacher", "correct horse", "https://school.example"


def ralph_missing() -> str | None:
    """Why Ralph cannot be started here, or None."""
    if not (RALPH_BIN / "ralph").is_file():
        return "Ralph (the LRS the xAPI tests send to) is not installed: run `make test`, or sh tests/install-ralph.sh"
    return None


class Ralph:
    """One Ralph LRS, its statements kept in `folder`/store."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.app_dir = folder / "app"
        self.store = folder / "store"
        self.store.mkdir(parents=True, exist_ok=True)
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._env = {**os.environ, "RALPH_APP_DIR": str(self.app_dir), "RALPH_RUNSERVER_BACKEND": "fs"}
        subprocess.run(
            [str(RALPH_BIN / "ralph"), "auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-A", USER, HOMEPAGE, "-w"],
            env=self._env,
            check=True,
            capture_output=True,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(128)
        self.port = listener.getsockname()[1]
        with listener, open(self.folder / "ralph.log", "ab") as log:  # the child keeps its own copies of both
            self.process = subprocess.Popen(
                [str(RALPH_BIN / "python"), str(LAUNCHER), str(listener.fileno()), str(self.store)],
                pass_fds=[listener.fileno()],
                env=self._env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        heartbeat = f"http://127.0.0.1:{self.port}/__heartbeat__"
        try:
            with urllib.request.urlopen(heartbeat, timeout=60) as reply:  # held by the socket until Ralph is up
                assert reply.status == 200
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def get(self, resource: str, **query: object) -> Any:
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        address = self.url + resource + (f"?{urlencode(query)}" if query else "")
        request = urllib.request.Request(
            address, headers={"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"}
        )
        with urllib.request.urlopen(request, timeout=60) as reply:
            return json.loads(reply.read())

    def statements(self, **query: object) -> list[dict[str, Any]]:
        """Every statement the statements API gives for `query`, following its "more" links."""
        found: list[dict[str, Any]] = []
        page = self.get("statements", limit=500, **query)
        while True:
            found.extend(page["statements"])
            more = page.get("more")
            if not more:
                return found
            page = self.get(more.split("/xAPI/", 1)[1])

    def stored(self) -> list[dict[str, Any]]:
        """Every statement in the LRS's file, as written (duplicates would show here)."""
        path = self.store / "fs_lrs.jsonl"
        if not path.is_file():
            return []
        text = path.read_text(encoding="utf-8")
        if not text.endswith("\n"):
            text = text[: text.rfind("\n") + 1]  # the LRS is still writing its last line: read it next time
        return [json.loads(line) for line in text.splitlines() if line.strip()]


STRICT_CHECK = """
import json, sys
from ralph.models.xapi.base.statements import BaseXapiStatement
for number, line in enumerate(sys.stdin, start=1):
    try:
        BaseXapiStatement(**json.loads(line))
    except Exception as error:
        print(f"statement {number}: {error}")
"""


def strict_problems(statements: list[dict[str, Any]]) -> str:
    """What Ralph's strict xAPI 1.0.3 statement model finds wrong in `statements` ("" when nothing)."""
    lines = "".join(json.dumps(statement) + "\n" for statement in statements)
    done = subprocess.run(
        [str(RALPH_BIN / "python"), "-c", STRICT_CHECK], input=lines, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()
