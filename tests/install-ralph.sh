#!/bin/sh
# The Learning Record Store the xAPI tests and bench/bench_xapi.py send to: Ralph (ralph-malph on PyPI)
# with its file backend, installed once into a virtual environment of its own, .cache/ralph/ (git-ignored).
# It is never a dependency of quizapp: it pins versions of click and langcodes that clash with spaCy's
# tools. Without it, the tests that need it say why they are skipped.
set -u
python="${1:-python3}"
version="5.1.0"
folder=".cache/ralph"
[ -f "$folder/installed-$version" ] && exit 0
echo "installing Ralph $version (a Learning Record Store) into $folder for the xAPI tests"
rm -rf "$folder"
mkdir -p .cache
if "$python" -m venv "$folder" >/dev/null 2>&1 \
    && "$folder/bin/python" -m pip install --quiet --disable-pip-version-check \
        "ralph-malph[lrs,cli]==$version" requests >"$folder/pip.log" 2>&1; then
    touch "$folder/installed-$version"
else
    echo "Ralph could not be installed (see $folder/pip.log); the xAPI tests that need an LRS will be skipped"
fi
exit 0
