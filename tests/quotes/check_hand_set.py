#!/usr/bin/env python3
"""Regression check: `parallax extract` on a set of hand-written articles in data/, scored against
their gold files by the project's scorer (../shared/eval/score.py, the rules of ANNOTATION.md).

  check_hand_set.py PARALLAX_BINARY SHARED_DIR WORK_DIR [SET]      (SET: hand-set, the default, or hand-set-2)

Both sets (16 and 14 invented articles in as many outlet styles, 163 and 189 quotes) were written
without running the extractor, then used to find what it missed; the floors below sit a little under
their scores when the fixes landed, so a change that loses quotes or speakers across the board fails
here. Their figures were annotated later by another hand (122 and 131), also blind, and have floors
too (figure_f1 for counts, percentages, money, ratios and quantities; time_f1 for dates and
durations). Prints the scorer's SUMMARY line.
"""
import os, re, subprocess, sys

FLOORS = {
    "hand-set": {"quote_f1": 0.915, "attribution": 0.965, "quote_speaker_f1": 0.89, "figure_f1": 0.89,
                 "time_f1": 0.85, "span_error_rate_max": 0.0},
    "hand-set-2": {"quote_f1": 0.845, "attribution": 0.94, "quote_speaker_f1": 0.81, "figure_f1": 0.93,
                   "time_f1": 0.87, "span_error_rate_max": 0.0},
}


def main():
    parallax, shared, work = sys.argv[1:4]
    name = sys.argv[4] if len(sys.argv) > 4 else "hand-set"
    floors = FLOORS[name]
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name)
    os.makedirs(work, exist_ok=True)
    pred = os.path.join(work, "quotes-" + name + "-extract.json")
    with open(pred, "w", encoding="utf-8") as out:
        subprocess.run([parallax, "extract", os.path.join(here, "articles")], stdout=out, check=True)
    scorer = os.path.join(shared, "eval", "score.py")
    report = subprocess.run([sys.executable, scorer, "extract", os.path.join(here, "gold"), "--pred", pred],
                            capture_output=True, text=True, check=True).stdout
    summary = next(line for line in report.splitlines() if line.startswith("SUMMARY"))
    print(summary)
    scores = dict((k, float(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", summary))
    low = [f"{k} {scores.get(k, 0):.3f} < {floor}" for k, floor in floors.items()
           if not k.endswith("_max") and scores.get(k, 0) < floor]
    if scores.get("span_error_rate", 1) > floors["span_error_rate_max"]:
        low.append(f"span_error_rate {scores.get('span_error_rate')} > 0")
    if low:
        sys.exit(f"{name} below its floor: " + "; ".join(low))


if __name__ == "__main__":
    main()
