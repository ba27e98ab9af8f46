"""`inflect` is loaded without typeguard's instrumentation, and still answers as before."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import typeguard
before = typeguard.typechecked
from quizapp.quality.wording import _inflect, is_plural_noun
engine = _inflect()
import inflect
names = inflect.engine.plural_noun.__code__.co_names
print("instrumented" if any("typeguard" in n or "check_argument" in n for n in names) else "plain")
print("restored" if typeguard.typechecked is before else "left patched")
print(engine.plural_noun("child"), engine.a("hour"), engine.a("European"), engine.a("FBI"))
print(is_plural_noun("cents"), is_plural_noun("news"), is_plural_noun("percent"))
"""


def test_inflect_is_imported_plain_and_typeguard_is_put_back():
    # A fresh interpreter: the test session may have imported `inflect` already.
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "plain"
    assert out[1] == "restored"
    assert out[2] == "children an hour a European an FBI"
    assert out[3] == "True False False"
