#!/usr/bin/env python3
"""Regression check: `parallax extract` on a set of hand-written articles in data/, scored against
their gold files by the project's scorer (../shared/eval/score.py, the rules of ANNOTATION.md).

  check_hand_set.py PARALLAX_BINARY SHARED_DIR WORK_DIR [SET]
      (SET: hand-set, the default, hand-set-2, or multi-outlet-1 … multi-outlet-17)

The hand-sets (16 and 14 invented articles in as many outlet styles, 163 and 189 quotes) were written
without running the extractor, then used to find what it missed; the floors below sit a little under
their scores when the fixes landed, so a change that loses quotes or speakers across the board fails
here. Their figures were annotated later by another hand (122 and 131), also blind, and have floors
too (figure_f1 for counts, percentages, money, ratios and quantities; time_f1 for dates and
durations). The multi-outlet sets (24 articles each: six events told by four outlets) came with
quotes, people and figures from one blind hand. Prints the scorer's SUMMARY line.
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from score_set import below, score_set  # noqa: E402

FLOORS = {
    "hand-set": {"quote_f1": 0.915, "attribution": 0.965, "quote_speaker_f1": 0.89, "figure_f1": 0.89,
                 "time_f1": 0.85, "span_error_rate_max": 0.0},
    "hand-set-2": {"quote_f1": 0.845, "attribution": 0.94, "quote_speaker_f1": 0.81, "figure_f1": 0.93,
                   "time_f1": 0.87, "span_error_rate_max": 0.0},
    # written for blind reviews, six events told by four outlets each (README in each folder)
    "multi-outlet-1": {"quote_f1": 0.92, "attribution": 0.93, "quote_speaker_f1": 0.88, "figure_f1": 0.96,
                       "time_f1": 0.94, "span_error_rate_max": 0.0},
    "multi-outlet-2": {"quote_f1": 0.89, "attribution": 0.93, "quote_speaker_f1": 0.85, "figure_f1": 0.96,
                       "time_f1": 0.97, "span_error_rate_max": 0.0},
    "multi-outlet-3": {"quote_f1": 0.87, "attribution": 0.95, "quote_speaker_f1": 0.84, "figure_f1": 0.96,
                       "time_f1": 0.95, "span_error_rate_max": 0.0},
    "multi-outlet-4": {"quote_f1": 0.90, "attribution": 0.97, "quote_speaker_f1": 0.89, "figure_f1": 0.98,
                       "time_f1": 0.95, "span_error_rate_max": 0.0},
    "multi-outlet-5": {"quote_f1": 0.88, "attribution": 0.94, "quote_speaker_f1": 0.85, "figure_f1": 0.94,
                       "time_f1": 0.95, "span_error_rate_max": 0.0},
    "multi-outlet-6": {"quote_f1": 0.90, "attribution": 0.96, "quote_speaker_f1": 0.88, "figure_f1": 0.92,
                       "time_f1": 0.91, "span_error_rate_max": 0.0},
    "multi-outlet-7": {"quote_f1": 0.87, "attribution": 0.94, "quote_speaker_f1": 0.84, "figure_f1": 0.95,
                       "time_f1": 0.92, "span_error_rate_max": 0.0},
    "multi-outlet-8": {"quote_f1": 0.92, "attribution": 0.94, "quote_speaker_f1": 0.88, "figure_f1": 0.94,
                        "time_f1": 0.92, "span_error_rate_max": 0.0},
    "multi-outlet-9": {"quote_f1": 0.93, "attribution": 0.92, "quote_speaker_f1": 0.87, "figure_f1": 0.91,
                        "time_f1": 0.97, "span_error_rate_max": 0.0},
    "multi-outlet-10": {"quote_f1": 0.90, "attribution": 0.92, "quote_speaker_f1": 0.85, "figure_f1": 0.94,
                        "time_f1": 0.92, "span_error_rate_max": 0.0},
    "multi-outlet-11": {"quote_f1": 0.86, "attribution": 0.91, "quote_speaker_f1": 0.80, "figure_f1": 0.96,
                        "time_f1": 0.95, "span_error_rate_max": 0.0},
    "multi-outlet-12": {"quote_f1": 0.90, "attribution": 0.92, "quote_speaker_f1": 0.85, "figure_f1": 0.95,
                        "time_f1": 0.88, "span_error_rate_max": 0.0},
    "multi-outlet-13": {"quote_f1": 0.93, "attribution": 0.95, "quote_speaker_f1": 0.90, "figure_f1": 0.97,
                        "time_f1": 0.96, "span_error_rate_max": 0.0},
    "multi-outlet-14": {"quote_f1": 0.91, "attribution": 0.95, "quote_speaker_f1": 0.88, "figure_f1": 0.96,
                        "time_f1": 0.93, "span_error_rate_max": 0.0},
    "multi-outlet-15": {"quote_f1": 0.91, "attribution": 0.93, "quote_speaker_f1": 0.86, "figure_f1": 0.94,
                        "time_f1": 0.79, "span_error_rate_max": 0.0},
    "multi-outlet-16": {"quote_f1": 0.93, "attribution": 0.97, "quote_speaker_f1": 0.92, "figure_f1": 0.94,
                        "time_f1": 0.97, "span_error_rate_max": 0.0},
    "multi-outlet-17": {"quote_f1": 0.94, "attribution": 0.96, "quote_speaker_f1": 0.92, "figure_f1": 0.96,
                        "time_f1": 0.95, "span_error_rate_max": 0.0},
}


def main():
    parallax, shared, work = sys.argv[1:4]
    name = sys.argv[4] if len(sys.argv) > 4 else "hand-set"
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name)
    low = below(score_set(parallax, shared, work, here, "quotes-" + name), FLOORS[name])
    if low:
        sys.exit(f"{name} below its floor: " + "; ".join(low))


if __name__ == "__main__":
    main()
