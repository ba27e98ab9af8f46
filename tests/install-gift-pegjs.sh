#!/bin/sh
# The independent GIFT parser the export tests read GIFT files with: gift-pegjs from the npm registry,
# installed once into .cache/node/ (git-ignored). After that the tests need no network. Without node and
# npm this says so, and the GIFT tests that need the parser say why they are skipped.
set -u
version="gift-pegjs@1.0.2"
folder=".cache/node"
[ -f "$folder/node_modules/gift-pegjs/package.json" ] && exit 0
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "node and npm are not installed: the GIFT exports will not be read back by gift-pegjs (install nodejs and npm to run those tests)"
    exit 0
fi
mkdir -p "$folder"
echo "installing $version into $folder for the GIFT export tests"
npm install --prefix "$folder" --no-audit --no-fund --loglevel=error "$version" >/dev/null 2>"$folder/npm-error.log" \
    || echo "npm could not install $version (see $folder/npm-error.log); the GIFT tests that need it will be skipped"
exit 0
