#!/usr/bin/env bash
# usage: out_of_tree.sh BUILD_DIR SOURCE_DIR GENERATOR CXX
set -euo pipefail
build=$1 source=$2 generator=$3 cxx=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/parallax-sdk.XXXXXX")
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/include/parallax/sdk.hpp"
test -f "$work/prefix/lib/cmake/Parallax/ParallaxConfig.cmake"

cmake -S "$source/examples/plugin-jsonl" -B "$work/build" -G "$generator" -DCMAKE_CXX_COMPILER="$cxx" \
      -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/build" >/dev/null

parallax="$work/prefix/bin/parallax"
"$parallax" plugins --plugin-dir "$work/build" --format json >"$work/plugins.json"
status=0
"$parallax" extract --plugin-dir "$work/build" "$source/examples/plugin-jsonl/sample.jsonl" >"$work/extract.json" || status=$?

/usr/bin/python3 - "$work/plugins.json" "$work/extract.json" "$status" <<'PY'
import json, sys
plugins = json.load(open(sys.argv[1]))
names = {p["name"]: p for p in plugins["plugins"]}
assert "jsonl" in names, f"jsonl not listed: {plugins}"
assert names["jsonl"]["builtin"] is False and names["jsonl"]["abi"] == "1.0", names["jsonl"]
assert names.get("text", {}).get("builtin") is True, "the installed built-in plugins are not found"
assert not plugins["rejected"], plugins["rejected"]
out = json.load(open(sys.argv[2]))
assert sys.argv[3] == "3", f"exit status {sys.argv[3]}, expected 3 (one line rejected)"
assert [a["id"] for a in out["articles"]] == ["example-1"], out["articles"]
assert out["articles"][0]["origin"]["plugin"] == "jsonl"
rejected = out["rejected"]
assert len(rejected) == 1 and rejected[0]["line"] == 3 and rejected[0]["index"] == 1, rejected
assert out["inputs"]["items"] == 2 and out["inputs"]["used"] == 1, out["inputs"]
print("out-of-tree plugin: listed, loaded and used")
PY
