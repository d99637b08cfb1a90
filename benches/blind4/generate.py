#!/usr/bin/env python3
"""Generates the blind4 corpus: CORPUS/repos/<repo>/... and CORPUS/labels.jsonl (see README.md).

    generate.py CORPUS [--seed N]

Deterministic for a seed, standard library only. Every secret is generated at run time; the sources
hold no complete credential-shaped literal.
"""
import argparse
import collections
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import core  # noqa: E402
import repos_a  # noqa: E402
import repos_b  # noqa: E402
import extras  # noqa: E402
from keys import Gen  # noqa: E402

REPOS = [repos_a.saas_fastapi, repos_a.spring_fleet, repos_a.symfony_shop, repos_a.aspnet_azure, repos_a.go_cli,
         repos_a.node_prisma, repos_a.ci_monorepo, repos_a.terraform, repos_a.k8s_kustomize, repos_a.openshift,
         repos_b.data_dbt, repos_b.laravel_vue, repos_b.django_react, repos_b.ionic_app, repos_b.yocto,
         repos_b.salesforce, repos_b.magento, repos_b.drupal, repos_b.ghost, repos_b.strapi, repos_b.keycloak,
         repos_b.jenkins_lib, repos_b.support_scripts, repos_b.dotfiles, repos_b.platform_services]


def self_check(root, labels):
    """Every label's line must hold its value (for multi-line values, the value's first line)."""
    cache = {}
    for lab in labels:
        p = os.path.join(root, "repos", lab["path"])
        if p not in cache:
            with open(p, newline="") as fh:
                cache[p] = [ln.rstrip("\r") for ln in fh.read().split("\n")]
        line = cache[p][lab["line"] - 1]
        needle = lab["secret"].split("\n")[0] if lab["secret"] else lab["_needle"]
        assert needle and needle in line, f"label does not match its line: {lab['path']}:{lab['line']} {lab['kind']}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=20261204)
    a = ap.parse_args()
    root = os.path.abspath(a.corpus)
    if os.path.isdir(os.path.join(root, "repos")):
        shutil.rmtree(os.path.join(root, "repos"))
    os.makedirs(root, exist_ok=True)
    c = core.Corpus(Gen(a.seed), root)
    for fn in REPOS:
        fn(c)
    extras.top_up(c, minimum=2, negs_per_file=9)
    core.write(c)
    self_check(root, c.labels)
    with open(os.path.join(root, "labels.jsonl"), "w") as fh:
        for lab in c.labels:
            fh.write(json.dumps({k: v for k, v in lab.items() if not k.startswith("_")}) + "\n")
    with open(os.path.join(root, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/blind4/generate.py"}, fh)
    pos = [l for l in c.labels if l["positive"]]
    neg = [l for l in c.labels if not l["positive"]]
    ctx = sum(l["context_only"] for l in pos)
    print(f"{len({l['path'].split('/')[0] for l in c.labels})} repos, {len(c.files)} files, {len(pos)} positives "
          f"({ctx} context-only, {100.0 * ctx / max(1, len(pos)):.0f}%), {len({l['kind'] for l in pos})} kinds, "
          f"{len(neg)} negatives ({len({l['kind'] for l in neg})} kinds), {len({l['family'] for l in pos})} families", file=sys.stderr)


if __name__ == "__main__":
    main()
