#!/usr/bin/env python3
"""Validates what `parallax extract` and `parallax plugins` print against docs/schema/*.json.

usage: check_schemas.py PARALLAX SOURCE_DIR SHARED_DIR FIXTURE_PLUGIN_DIR
"""
import json
import os
import subprocess
import sys

import jsonschema


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 3):
        sys.exit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr}")
    return json.loads(done.stdout)


def check(schema_file, document, what):
    schema = json.load(open(schema_file, encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=str)
    for e in errors[:10]:
        print(f"{what}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    return not errors


def main():
    parallax, source, shared, fixtures = sys.argv[1:5]
    schema = os.path.join(source, "docs", "schema")
    ok = True
    inputs = [os.path.join(shared, "eval", "articles"), os.path.join(source, "samples")]
    ok &= check(os.path.join(schema, "extract.schema.json"), run([parallax, "extract", *inputs]), "extract")
    dirs = [arg for d in sorted(os.listdir(fixtures)) for arg in ("--plugin-dir", os.path.join(fixtures, d))]
    ok &= check(os.path.join(schema, "plugins.schema.json"),
                run([parallax, "plugins", "--format", "json", *dirs]), "plugins")
    print("schemas: valid" if ok else "schemas: INVALID")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
