#!/usr/bin/env python3
"""blind20: an independent detection-quality corpus for secret scanners (see README.md).

    generate.py OUTDIR [--seed N]

Writes OUTDIR/repos/<repo>/..., OUTDIR/labels.jsonl (one planted item per line) and OUTDIR/meta.json.
Python 3 standard library only; deterministic for a seed (default 20). Every secret is drawn from the
seeded RNG at run time; vendor prefixes are joined from parts, so these sources hold no credential.
"""
import argparse
import collections
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from b20lib import Corpus  # noqa: E402
import repos_a  # noqa: E402
import repos_b  # noqa: E402
import repos_c  # noqa: E402
import repos_d  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=20)
    a = ap.parse_args()
    if os.path.isdir(os.path.join(a.outdir, "repos")):
        shutil.rmtree(os.path.join(a.outdir, "repos"))
    os.makedirs(a.outdir, exist_ok=True)
    c = Corpus(a.outdir, random.Random(a.seed))
    for build in repos_a.REPOS + repos_b.REPOS + repos_c.REPOS + repos_d.REPOS:
        build(c)
    labels = c.write()
    with open(os.path.join(a.outdir, "meta.json"), "w") as fh:
        json.dump({"generator": "benches/blind20/generate.py", "seed": a.seed}, fh, sort_keys=True)
    pos = [l for l in labels if l["positive"]]
    neg = [l for l in labels if not l["positive"]]
    fams = collections.Counter(l["family"] for l in labels)
    print(f"{len({l['path'].split('/')[0] for l in labels})} repositories, {len({l['path'] for l in labels})} labelled files, "
          f"{len(pos)} positives ({sum(l['context_only'] for l in pos)} context-only, "
          f"{len({l['kind'] for l in pos})} kinds), {len(neg)} negatives ({len({l['kind'] for l in neg})} kinds), "
          f"{len(fams)} families", file=sys.stderr)


if __name__ == "__main__":
    main()
