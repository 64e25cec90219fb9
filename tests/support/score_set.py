"""Runs `parallax extract` on a folder of articles and scores it against its gold files with the
project's scorer (../shared/eval/score.py), for the suite's regression checks on hand-written sets."""
import os, re, subprocess, sys


def score_set(parallax, shared, work, folder, label):
    """Extracts `folder`/articles, scores against `folder`/gold, prints the SUMMARY line and returns
    its scores as a dict (quote_f1, figure_f1, time_f1, span_error_rate…)."""
    os.makedirs(work, exist_ok=True)
    pred = os.path.join(work, label + "-extract.json")
    with open(pred, "w", encoding="utf-8") as out:
        subprocess.run([parallax, "extract", os.path.join(folder, "articles")], stdout=out, check=True)
    scorer = os.path.join(shared, "eval", "score.py")
    report = subprocess.run([sys.executable, scorer, "extract", os.path.join(folder, "gold"), "--pred", pred],
                            capture_output=True, text=True, check=True).stdout
    summary = next(line for line in report.splitlines() if line.startswith("SUMMARY"))
    print(summary)
    return dict((k, float(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", summary))


def below(scores, floors):
    """The floors a set's scores fall under, as messages; a key ending in _max is a ceiling."""
    low = [f"{k} {scores.get(k, 0):.3f} < {floor}" for k, floor in floors.items()
           if not k.endswith("_max") and scores.get(k, 0) < floor]
    low += [f"{k[:-4]} {scores.get(k[:-4], 1)} > {ceiling}" for k, ceiling in floors.items()
            if k.endswith("_max") and scores.get(k[:-4], 1) > ceiling]
    return low
