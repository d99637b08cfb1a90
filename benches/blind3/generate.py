#!/usr/bin/env python3
"""Generates the blind3 secret-scanning corpus.

    generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/... and CORPUS/labels.jsonl (the format benches/independent/score.py reads)
and CORPUS/meta.json. Deterministic for a seed; stdlib only. Templates mark planted values as
\u00abP:kind\u00bb (positive, generated at run time) and \u00abN:kind:literal\u00bb or \u00abN:kind=generator\u00bb
(hard negative); every marker becomes one label on the line that holds the value.
"""
import argparse
import collections
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b3lib  # noqa: E402
import repos_a  # noqa: E402
import repos_b  # noqa: E402
import repos_c  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--stats", action="store_true", help="print counts per kind and family")
    a = ap.parse_args()
    b3lib.init(random.Random(a.seed))
    c = b3lib.Corpus()
    for mod in (repos_a, repos_b, repos_c):
        mod.build(c)
    if os.path.exists(os.path.join(a.corpus, "repos")):
        shutil.rmtree(os.path.join(a.corpus, "repos"))
    os.makedirs(a.corpus, exist_ok=True)
    c.write(a.corpus)
    with open(os.path.join(a.corpus, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/blind3/generate.py"}, fh)
    pos = [l for l in c.labels if l["positive"]]
    neg = [l for l in c.labels if not l["positive"]]
    repos = {l["path"].split("/")[0] for l in c.labels}
    ctx = sum(l["context_only"] for l in pos)
    print(f"{len(repos)} repos, {len(c.files)} files, {len(pos)} positives ({len({l['kind'] for l in pos})} kinds, "
          f"{ctx} context-only = {100.0 * ctx / max(1, len(pos)):.1f}%), {len(neg)} negatives "
          f"({len({l['kind'] for l in neg})} kinds), {len({l['family'] for l in pos})} families", file=sys.stderr)
    if a.stats:
        for title, key, ls in (("positive kinds", "kind", pos), ("families", "family", pos), ("negative kinds", "kind", neg),
                               ("repos", None, pos)):
            cnt = collections.Counter(l[key] if key else l["path"].split("/")[0] for l in ls)
            print(f"-- {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())), file=sys.stderr)
        unused = sorted(set(b3lib.K) - {l["kind"] for l in pos})
        print("-- registered kinds not planted: " + ", ".join(unused), file=sys.stderr)


if __name__ == "__main__":
    main()
