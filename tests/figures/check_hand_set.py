#!/usr/bin/env python3
"""Regression check: `parallax extract` on the hand-written NewsQuant-style sentences in data/hand-set,
scored by NewsQuant's own scorer (../shared/eval/newsquant_score.py, CQE's matching rule).

  check_hand_set.py PARALLAX_BINARY SHARED_DIR WORK_DIR

The set (240 sentences, 476 quantities) was written and annotated for this project in NewsQuant's
conventions, as a second development set beside NewsQuant's dev half; the floors below sit a little
under the scores it had when it was added, so a change that loses figures across the board fails here
before it reaches the NewsQuant numbers. Prints the scorer's SUMMARY line.
"""
import os, re, subprocess, sys

FLOORS = {"value_f1": 95.0, "value_unit_f1": 90.0}


def main():
    parallax, shared, work = sys.argv[1:4]
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "hand-set")
    os.makedirs(work, exist_ok=True)
    pred = os.path.join(work, "hand-set-extract.json")
    with open(pred, "w", encoding="utf-8") as out:
        subprocess.run([parallax, "extract", os.path.join(here, "articles")], stdout=out, check=True)
    scorer = os.path.join(shared, "eval", "newsquant_score.py")
    report = subprocess.run([sys.executable, scorer, here, "--pred", pred], capture_output=True, text=True,
                            check=True).stdout
    summary = next(line for line in report.splitlines() if line.startswith("SUMMARY"))
    print(summary)
    scores = dict((k, float(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", summary))
    low = [f"{k} {scores.get(k, 0):.1f} < {floor}" for k, floor in FLOORS.items() if scores.get(k, 0) < floor]
    if low:
        sys.exit("hand-set below its floor: " + "; ".join(low))


if __name__ == "__main__":
    main()
