#!/usr/bin/env python3
"""blind19: writes about two dozen small repositories with planted secrets (positives) and hard
negatives into OUTDIR/repos/, plus OUTDIR/labels.jsonl and OUTDIR/meta.json.

    python3 benches/blind19/generate.py OUTDIR [--seed N]

Python 3 standard library only; deterministic for a seed (default 19). See README.md.
"""
import argparse
import collections
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Corpus  # noqa: E402
import repos_a  # noqa: E402
import repos_b  # noqa: E402
import repos_c  # noqa: E402
import extras  # noqa: E402

REPOS = [
    repos_a.agency_sites, repos_a.newsroom_scrapers, repos_a.browser_extension, repos_a.electron_app,
    repos_a.mobile_app, repos_a.indie_game, repos_a.shopify_app, repos_a.bots,
    repos_b.homelab, repos_b.mailhost, repos_b.ansible, repos_b.config_mgmt, repos_b.ci_migration,
    repos_b.observability, repos_b.terraform, repos_b.gitops,
    repos_c.legacy_php, repos_c.dotnet, repos_c.spring, repos_c.python_services, repos_c.go_service,
    repos_c.rust_cli, repos_c.rag_lab, repos_c.pentest,
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--stats", action="store_true", help="print counts to stderr")
    a = ap.parse_args()

    c = Corpus(a.seed)
    for build in REPOS:
        build(c)
    extras.build(c)

    if os.path.exists(os.path.join(a.outdir, "repos")):
        shutil.rmtree(os.path.join(a.outdir, "repos"))
    os.makedirs(a.outdir, exist_ok=True)
    c.write(a.outdir)
    with open(os.path.join(a.outdir, "meta.json"), "w") as fh:
        json.dump({"generator": "benches/blind19/generate.py", "seed": a.seed}, fh, sort_keys=True)
        fh.write("\n")

    pos = [l for l in c.labels if l["positive"]]
    neg = [l for l in c.labels if not l["positive"]]
    summary = (f"{len(REPOS)} repositories, {len(c.files)} files, {len(pos)} positives "
               f"({sum(l['context_only'] for l in pos)} context-only, {len({l['kind'] for l in pos})} kinds), "
               f"{len(neg)} negatives ({len({l['kind'] for l in neg})} kinds), "
               f"{len({l['family'] for l in c.labels})} families")
    print(summary, file=sys.stderr)
    if a.stats:
        for title, items in (("positive kinds", pos), ("negative kinds", neg)):
            print(f"-- {title}", file=sys.stderr)
            for k, n in sorted(collections.Counter(l["kind"] for l in items).items()):
                print(f"   {n:3d} {k}", file=sys.stderr)
        print("-- families (pos/neg)", file=sys.stderr)
        fam = collections.defaultdict(lambda: [0, 0])
        for l in c.labels:
            fam[l["family"]][0 if l["positive"] else 1] += 1
        for k, (p, n) in sorted(fam.items()):
            print(f"   {p:3d} {n:3d} {k}", file=sys.stderr)
        print("-- repos (pos/neg)", file=sys.stderr)
        rp = collections.defaultdict(lambda: [0, 0])
        for l in c.labels:
            rp[l["path"].split("/")[0]][0 if l["positive"] else 1] += 1
        for k, (p, n) in sorted(rp.items()):
            print(f"   {p:3d} {n:3d} {k}", file=sys.stderr)


if __name__ == "__main__":
    main()
