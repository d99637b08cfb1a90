#!/usr/bin/env python3
"""Generates the blind11 corpus: CORPUS/repos/<repo>/... and CORPUS/labels.jsonl (see README.md).

    generate.py CORPUS [--seed N]

Deterministic for a seed, standard library only. Every secret is generated at run time.
"""
import argparse
import collections
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from b11core import Corpus  # noqa: E402
from b11keys import Gen  # noqa: E402
import b11repos_a  # noqa: E402
import b11repos_b  # noqa: E402
import b11repos_c  # noqa: E402
import b11extra  # noqa: E402
import b11formats  # noqa: E402

REPOS = [
    b11repos_a.opencart, b11repos_a.saleor_medusa, b11repos_a.sylius, b11repos_a.crm, b11repos_a.marketing,
    b11repos_a.payments, b11repos_a.fintech, b11repos_a.telephony,
    b11repos_b.maps, b11repos_b.travel, b11repos_b.logistics, b11repos_b.hr, b11repos_b.scraping,
    b11repos_b.media, b11repos_b.video,
    b11repos_c.games, b11repos_c.edtech, b11repos_c.mobile, b11repos_c.admin_panel, b11repos_c.legacy,
    b11repos_c.sysadmin, b11repos_c.lab, b11repos_c.runbooks, b11extra.build,
    b11formats.build,
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args()
    out = os.path.abspath(a.corpus)
    if os.path.exists(os.path.join(out, "repos")):
        shutil.rmtree(os.path.join(out, "repos"))
    os.makedirs(out, exist_ok=True)
    g = Gen(a.seed)
    C = Corpus(out)
    for build in REPOS:
        build(C, g)
    C.write()
    with open(os.path.join(out, "meta.json"), "w") as fh:
        json.dump({"generator": "benches/blind11/generate.py", "seed": a.seed}, fh)
    pos = [l for l in C.labels if l["positive"]]
    neg = [l for l in C.labels if not l["positive"]]
    ctx = sum(l["context_only"] for l in pos)
    fams = collections.Counter(l["family"] for l in pos)
    print(f"repos {len({l['path'].split('/')[0] for l in C.labels})}, files {len(C.files)}, "
          f"positives {len(pos)} ({ctx} context-only, {100.0 * ctx / max(1, len(pos)):.0f}%), "
          f"kinds {len({l['kind'] for l in pos})}, negatives {len(neg)} "
          f"({len({l['kind'] for l in neg})} kinds), families {len(fams)}", file=sys.stderr)


if __name__ == "__main__":
    main()
