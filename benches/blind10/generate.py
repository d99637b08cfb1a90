#!/usr/bin/env python3
"""Generates the blind10 secret-detection corpus.

    python3 benches/blind10/generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/... (about twenty small repositories of the kind a security engineer meets
when sweeping an organisation) and CORPUS/labels.jsonl (one JSON object per planted item, the format
benches/independent/score.py reads), plus CORPUS/meta.json. Deterministic for a seed; stdlib only.
Every secret is generated at run time; see README.md for how the corpus was written.
"""
import argparse
import collections
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus import Corpus, KINDS  # noqa: E402
import repos_a  # noqa: E402
import repos_b  # noqa: E402
import repos_c  # noqa: E402
import repos_d  # noqa: E402

DEFAULT_SEED = 20261201


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--stats", action="store_true", help="print counts per family and kind")
    a = ap.parse_args()

    out = os.path.abspath(a.corpus)
    if os.path.isdir(os.path.join(out, "repos")):
        shutil.rmtree(os.path.join(out, "repos"))
    os.makedirs(out, exist_ok=True)

    C = Corpus(random.Random(a.seed))
    for build in repos_a.REPOS + repos_b.REPOS + repos_c.REPOS + repos_d.REPOS:
        build(C)
    labels = C.write(out)

    for l in labels:
        if l["positive"]:
            assert l["kind"] in KINDS, l["kind"]

    pos = [l for l in labels if l["positive"]]
    neg = [l for l in labels if not l["positive"]]
    meta = {"generator": "benches/blind10/generate.py", "seed": a.seed, "repos": len(C.repos),
            "positives": len(pos), "negatives": len(neg),
            "context_only": sum(l["context_only"] for l in pos),
            "kinds": len({l["kind"] for l in pos}), "families": len({l["family"] for l in pos})}
    with open(os.path.join(out, "meta.json"), "w") as fh:
        json.dump(meta, fh, indent=2, sort_keys=True)
    print(json.dumps(meta, sort_keys=True))
    if a.stats:
        print("families:", dict(collections.Counter(l["family"] for l in pos).most_common()))
        print("kinds:", dict(collections.Counter(l["kind"] for l in pos).most_common()))
        print("negative kinds:", dict(collections.Counter(l["kind"] for l in neg).most_common()))


if __name__ == "__main__":
    main()
