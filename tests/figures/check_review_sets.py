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
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from score_set import below, score_set  # noqa: E402

FLOORS = {
    "markets-courts-tech": {"figure_f1": 0.94, "time_f1": 0.93, "span_error_rate_max": 0.0},
    "local-news": {"figure_f1": 0.96, "time_f1": 0.94, "span_error_rate_max": 0.0},
    "one-event-many-outlets": {"figure_f1": 0.96, "time_f1": 0.91, "span_error_rate_max": 0.0},
}


def main():
    parallax, shared, work, name = sys.argv[1:5]
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "reviews", name)
    low = below(score_set(parallax, shared, work, here, "review-" + name), FLOORS[name])
    if low:
        sys.exit(f"{name} below its floor: " + "; ".join(low))


if __name__ == "__main__":
    main()
