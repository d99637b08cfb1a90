#!/usr/bin/env python3
"""Writes the eighteenth blind detection-quality corpus: small repositories with planted secrets
(positives) and hard negatives, into OUTDIR/repos/, plus OUTDIR/labels.jsonl and OUTDIR/meta.json.

    generate.py OUTDIR [--seed N]

Written without reading leakgate's rules, sources, tests or docs (see README.md).
"""
import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core  # noqa: E402
import repos_a  # noqa: E402
import repos_b  # noqa: E402
import repos_c  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    if os.path.exists(a.outdir):
        shutil.rmtree(a.outdir)
    os.makedirs(a.outdir)
    c = core.Corpus(a.outdir, a.seed)
    for build in repos_a.ALL + repos_b.ALL + repos_c.ALL:
        build(c)
    c.write()
    with open(os.path.join(a.outdir, "meta.json"), "w") as fh:
        json.dump({"generator": "benches/blind18/generate.py", "seed": a.seed}, fh)
    pos = [l for l in c.labels if l["positive"]]
    print(f"{len(c.files)} files in {len({p.split('/')[0] for p in c.files})} repositories; "
          f"{len(pos)} positives ({sum(l['context_only'] for l in pos)} context-only, "
          f"{len({l['kind'] for l in pos})} kinds), {len(c.labels) - len(pos)} negatives, "
          f"{len({l['family'] for l in c.labels})} families -> {a.outdir}")


if __name__ == "__main__":
    main()
