#!/usr/bin/env python3
"""Regression check: `parallax extract` on the blind review sets in data/reviews/, scored against
their gold figures by the project's scorer (../shared/eval/score.py, the rules of ANNOTATION.md).

  check_review_sets.py PARALLAX_BINARY SHARED_DIR WORK_DIR SET

Each set was written for a review of the figure finder: invented articles in the styles of real
outlets, their figures annotated under ANNOTATION.md before the extractor was run on them (ages as
durations in years, a price per unit with the bare currency code). The finder was then improved
against them, so they are development sets now. The floors sit a little under the scores when those
fixes landed (figure_f1: counts, percentages, money, ratios and quantities; time_f1: dates and
durations); the sets annotate no quotes. Prints the scorer's SUMMARY line.
"""
import os, re, subprocess, sys

FLOORS = {
    "markets-courts-tech": {"figure_f1": 0.94, "time_f1": 0.90},
    "local-news": {"figure_f1": 0.96, "time_f1": 0.92},
    "one-event-many-outlets": {"figure_f1": 0.96, "time_f1": 0.86},
}


def main():
    parallax, shared, work, name = sys.argv[1:5]
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "reviews", name)
    os.makedirs(work, exist_ok=True)
    pred = os.path.join(work, "review-" + name + "-extract.json")
    with open(pred, "w", encoding="utf-8") as out:
        subprocess.run([parallax, "extract", os.path.join(here, "articles")], stdout=out, check=True)
    scorer = os.path.join(shared, "eval", "score.py")
    report = subprocess.run([sys.executable, scorer, "extract", os.path.join(here, "gold"), "--pred", pred],
                            capture_output=True, text=True, check=True).stdout
    summary = next(line for line in report.splitlines() if line.startswith("SUMMARY"))
    print(summary)
    scores = dict((k, float(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", summary))
    low = [f"{k} {scores.get(k, 0):.3f} < {floor}" for k, floor in FLOORS[name].items()
           if scores.get(k, 0) < floor]
    if scores.get("span_error_rate", 1) > 0:
        low.append(f"span_error_rate {scores.get('span_error_rate')} > 0")
    if low:
        sys.exit(f"{name} below its floor: " + "; ".join(low))


if __name__ == "__main__":
    main()
