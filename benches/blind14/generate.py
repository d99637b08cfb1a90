#!/usr/bin/env python3
"""Fourteenth blind corpus: what a security engineer sweeping an organisation meets.

    generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/... and CORPUS/labels.jsonl (format of benches/independent/score.py) and
CORPUS/meta.json. Deterministic for a seed; standard library only. See README.md.
"""
import argparse
import base64
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import Corpus, Gen, J, write  # noqa: E402

from repos_a import build_a  # noqa: E402
from repos_b import build_b  # noqa: E402
from repos_c import build_c  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args()
    if os.path.exists(os.path.join(a.out, "repos")):
        shutil.rmtree(os.path.join(a.out, "repos"))
    os.makedirs(a.out, exist_ok=True)
    g = Gen(a.seed)
    c = Corpus(a.out)
    build_a(c, g)
    build_b(c, g)
    build_c(c, g)
    write(c, {"seed": a.seed, "generator": "benches/blind14/generate.py"})
    pos = [l for l in c.labels if l["positive"]]
    ctx = sum(l["context_only"] for l in pos)
    print(f"{len({l['path'].split('/')[0] for l in c.labels})} repos, {len(c.files)} files, {len(pos)} positives "
          f"({ctx} context-only, {len({l['kind'] for l in pos})} kinds), {len(c.labels) - len(pos)} negatives",
          file=sys.stderr)


if __name__ == "__main__":
    main()
