#!/usr/bin/env bash
# Follows docs/PLUGINS.md's walkthrough word for word: the files it shows, the commands it gives.
# usage: plugins_md_walkthrough.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/parallax-walkthrough.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work"
cd "$source" && cmake --install "$build" --prefix "$HOME/parallax" >/dev/null
cd "$work"
mkdir hello-plugin && cd hello-plugin
/usr/bin/python3 - "$source/docs/PLUGINS.md" <<'PY'
import re, sys
doc = open(sys.argv[1], encoding="utf-8").read()
files = re.findall(r"`(CMakeLists\.txt|hello\.cpp)`:\n\n```\w+\n(.*?)```", doc, re.S)
assert [f for f, _ in files] == ["CMakeLists.txt", "hello.cpp"], files
for name, body in files:
    open(name, "w", encoding="utf-8").write(body)
PY
cmake -S . -B build -DCMAKE_PREFIX_PATH="$HOME/parallax" >/dev/null
cmake --build build >/dev/null
"$HOME/parallax/bin/parallax" plugins --plugin-dir build | tee listing.txt
grep -E '^hello +0\.1\.0 +1\.0 +hello +build/hello\.so' listing.txt
printf 'First line.\nSecond line.\n' > note.hello
"$HOME/parallax/bin/parallax" extract --plugin-dir build note.hello >out.json
/usr/bin/python3 -c 'import json,sys; a=json.load(open("out.json"))["articles"][0]; assert a["paragraphs"]==["First line.","Second line."] and a["origin"]["plugin"]=="hello", a; print("walkthrough: ok")'
