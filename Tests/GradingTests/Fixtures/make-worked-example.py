"""Fills the worked example's grading sheet with scores and computes, independently of sitegen,
every number `sitegen grade` reports for it: totals, grades, per-part mean, difficulty and
item-rest correlation, Cronbach's alpha, and one-way ANOVAs (scipy.stats.f_oneway).

    python3 make-worked-example.py worked-example/grading-sheet.csv

writes worked-example/scores.csv and worked-example/expected.json. CI does not run it: both
files are committed. Needs numpy and scipy.
"""
import csv, json, math, re, sys
import numpy as np
from scipy import stats

sheet = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
header, rows = sheet[0], sheet[1:]
parts = [(i, re.match(r"(.+) \(max ([0-9.]+)\)$", h)) for i, h in enumerate(header) if "(max" in h]
rng = np.random.default_rng(14)
for row in rows:
    for i, m in parts:
        if row[i] == "-":
            continue
        maximum = float(m.group(2))
        # Half points, most students doing well; variant C gets the first activation part wrong.
        if m.group(1) == "activation/a" and row[2] == "C":
            value = 0.0
        else:
            value = min(maximum, rng.integers(int(maximum) // 2, 2 * int(maximum) + 1) / 2)
        row[i] = ("%g" % value)
with open("worked-example/scores.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows([header] + rows)

keys = [m.group(1) for _, m in parts]
maxima = np.array([float(m.group(2)) for _, m in parts])
scores = np.array([[float(row[i]) if row[i] != "-" else np.nan for i, _ in parts] for row in rows])
variants = [row[2] for row in rows]
totals = np.nansum(scores, axis=1)
# Every form is worth the same: the maxima of the parts on the first student's form.
maximum = maxima[~np.isnan(scores[0])].sum()

def dutch(total, lowest=1.0, highest=10.0, passing=5.5, cut=0.60 * maximum, step=0.1):
    raw = passing + (highest - passing) * (total - cut) / (maximum - cut) if total >= cut else lowest + (passing - lowest) * total / cut
    grade = math.floor(raw / step + 0.5 + 1e-9) * step
    if total < cut and grade >= passing:
        grade = (math.ceil(passing / step) - 1) * step
    return round(min(max(grade, lowest), highest), 1)

assert maximum == 10

expected = {"totals": {row[0]: float(t) for row, t in zip(rows, totals)},
            "grades": {row[0]: dutch(t) for row, t in zip(rows, totals)},
            "parts": {}}
for j, key in enumerate(keys):
    had = ~np.isnan(scores[:, j])
    x = scores[had, j]
    rest = totals[had] - x
    groups = [x[[v == code for v, h in zip(variants, had) if h]] for code in sorted(set(variants))]
    groups = [g for g in groups if len(g)]
    anova = stats.f_oneway(*groups) if len(groups) > 1 else None
    expected["parts"][key] = {
        "count": int(had.sum()), "mean": float(x.mean()), "difficulty": float(x.mean() / maxima[j]),
        "item_rest": float(np.corrcoef(x, rest)[0, 1]),
        "anova_p": None if anova is None else float(anova.pvalue),
    }
common = [j for j in range(len(keys)) if not np.isnan(scores[:, j]).any()]
items = scores[:, common]
k = len(common)
expected["alpha"] = float(k / (k - 1) * (1 - items.var(axis=0, ddof=1).sum() / items.sum(axis=1).var(ddof=1)))
expected["alpha_items"] = k
groups = [totals[[v == code for v in variants]] for code in sorted(set(variants))]
anova = stats.f_oneway(*groups)
expected["anova"] = {"f": float(anova.statistic), "p": float(anova.pvalue)}
expected["variant_means"] = {code: float(g.mean()) for code, g in zip(sorted(set(variants)), groups)}
json.dump(expected, open("worked-example/expected.json", "w"), indent=2, sort_keys=True)
print("alpha %.4f, ANOVA F %.4f p %.4f" % (expected["alpha"], anova.statistic, anova.pvalue))
