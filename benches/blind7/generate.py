#!/usr/bin/env python3
"""Seventh blind corpus: ~22 small repositories of the kind a security engineer meets when sweeping an
organisation (Next.js, iOS, Android, Java EE, IIS, Windows admin, Joomla/PrestaShop/TYPO3, Mojolicious,
F#/OCaml, Zig/Nim, log pipelines, NiFi/Flink, MQTT, MAUI, Roblox, Deno/Bun, notebooks, Docusaurus,
mail server, Matrix Synapse, GitLab Omnibus + Sentry, an operator's dotfiles and edge proxies).

    generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/... and CORPUS/labels.jsonl (the format benches/independent/score.py reads)
and CORPUS/meta.json. Deterministic for a seed; stdlib only; every secret is generated at run time.
"""
import argparse
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from secretgen import Gen, j, sha256  # noqa: E402

from syntaxes import render, SYNTAX  # noqa: E402
import repos_a  # noqa: E402
import repos_b  # noqa: E402

DEFAULT_SEED = 7130


class File:
    """One file being written; records labels against the line numbers as lines are appended."""

    def __init__(self, ctx, repo, path, crlf=False):
        self.ctx, self.repo, self.path, self.crlf = ctx, repo, path, crlf
        self.lines = []
        self.labels = []

    def l(self, *lines):  # noqa: E743 - plain lines
        for x in lines:
            self.lines.extend(x.split("\n"))
        return self

    def _add(self, line, kind, value, family, positive):
        if "{v}" in line:
            line = line.replace("{v}", value)
        parts = line.split("\n")
        at = max(i for i, x in enumerate(parts) if value in x) if value else len(parts) - 1
        self.lines.extend(parts)
        self.labels.append(dict(line=len(self.lines) - len(parts) + at + 1, kind=kind, value=value, family=family,
                                positive=positive))
        return value

    def p(self, line, kind, family, value=None):
        """A positive: `line` holds {v}, replaced by `value` (generated from the kind when None)."""
        if value is None:
            value = self.ctx.gen_kind(kind)
        return self._add(line, kind, value, family, True)

    def n(self, line, kind, family, value):
        """A hard negative."""
        return self._add(line, kind, value, family, False)

    def block(self, lines, kind, family, at=0, positive=True):
        """A multi-line value (PEM, PPK): labelled on line `at` of the block (the BEGIN line)."""
        start = len(self.lines)
        self.lines.extend(lines)
        self.labels.append(dict(line=start + at + 1, kind=kind, value=lines[at], family=family, positive=positive))

    def kv(self, syn, name, kind, value=None, family=None):
        """A positive rendered in a syntax (see syntaxes.py)."""
        if value is None:
            value = self.ctx.gen_kind(kind)
        return self.p(render(syn, name, value), kind, family or SYNTAX[syn][0], value)

    def kvn(self, syn, name, kind, value, raw=False, family=None):
        return self.n(render(syn, name, value, raw=raw), kind, family or SYNTAX[syn][0], value)

    def deck(self, syn, npos, nneg, family=None):
        """Fill with context-only positives and negatives drawn round-robin from the decks."""
        fam = family or SYNTAX[syn][0]
        # the first positive of a deck is context-only, the others vendor-format; negatives come two per slot
        order = ["v"] * max(0, npos - 1) + ["n"] * (2 * nneg)
        self.ctx.rng.shuffle(order)
        if npos:
            order.insert(self.ctx.rng.randint(0, len(order)), "p")
        for what in order:
            if what == "v":
                kind, name = self.ctx.next_vendor()
                self.kv(syn, name, kind, family=fam)
            elif what == "p":
                kind, name = self.ctx.next_ctx()
                self.kv(syn, name, kind, family=fam)
            else:
                kind, name, value, raw = self.ctx.next_neg(syn)
                self.kvn(syn, name, kind, value, raw=raw, family=fam)

    def vdeck(self, syn, n, family=None):
        """Vendor-format positives drawn round-robin, rendered in `syn`."""
        for i in range(n):
            kind, name = self.ctx.next_vendor()
            self.kv(syn, name, kind, family=family)
            if i % 2 == 1:
                kind, name, fn = self.ctx.VENDOR_NEG[self.ctx.vni % len(self.ctx.VENDOR_NEG)]
                self.ctx.vni += 1
                self.kvn(syn, name, kind, fn(self.ctx.g), family=family)


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.g = Gen(self.rng)
        self.files = []
        from kinds import KINDS, CTX_DECK, VENDOR_DECK, VENDOR_NEG, neg_item
        self.KINDS, self.CTX_DECK, self.VENDOR_DECK, self._neg_item = KINDS, CTX_DECK, VENDOR_DECK, neg_item
        self.VENDOR_NEG = VENDOR_NEG
        self.ci = self.vi = self.ni = self.vni = 0

    def gen_kind(self, kind):
        return self.KINDS[kind][2](self.g)

    def next_ctx(self):
        kind, names = self.CTX_DECK[self.ci % len(self.CTX_DECK)]
        self.ci += 1
        return kind, names[self.ci % len(names)]

    def next_vendor(self):
        kind, names = self.VENDOR_DECK[self.vi % len(self.VENDOR_DECK)]
        self.vi += 1
        return kind, names[self.vi % len(names)]

    def next_neg(self, syn):
        self.ni += 1
        return self._neg_item(self, syn, self.ni)

    def file(self, repo, path, crlf=False):
        f = File(self, repo, path, crlf)
        self.files.append(f)
        return f


def write(ctx, out):
    repos_dir = os.path.join(out, "repos")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(repos_dir)
    labels = []
    seen = set()
    for f in ctx.files:
        rel = f"{f.repo}/{f.path}"
        assert rel not in seen, rel
        seen.add(rel)
        full = os.path.join(repos_dir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        nl = "\r\n" if f.crlf else "\n"
        with open(full, "w", newline="") as fh:
            fh.write(nl.join(f.lines) + nl)
        lines_on_disk = [ln.rstrip("\r") for ln in open(full, newline="").read().split("\n")]
        used = set()
        for lab in f.labels:
            # self-check: the labelled line really holds the value; one label per line
            assert lab["value"] in lines_on_disk[lab["line"] - 1], (rel, lab["line"], lab["kind"])
            assert lab["line"] not in used, (rel, lab["line"])
            used.add(lab["line"])
            provider, ctx_only = ("-", False)
            if lab["positive"]:
                provider, ctx_only = ctx.KINDS[lab["kind"]][0], ctx.KINDS[lab["kind"]][1]
            labels.append(dict(path=rel, line=lab["line"], kind=lab["kind"], provider=provider, family=lab["family"],
                               context_only=ctx_only, positive=lab["positive"], secret=lab["value"]))
    # a positive value must not also appear as some negative's value
    with open(os.path.join(out, "labels.jsonl"), "w") as fh:
        for lab in labels:
            fh.write(json.dumps(lab) + "\n")
    return labels


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    a = ap.parse_args()
    ctx = Ctx(a.seed)
    for mod in (repos_a, repos_b):
        for build in mod.BUILDERS:
            build(ctx)
    labels = write(ctx, a.corpus)
    with open(os.path.join(a.corpus, "meta.json"), "w") as fh:
        json.dump({"generator": "benches/blind7/generate.py", "seed": a.seed}, fh)
    pos = [x for x in labels if x["positive"]]
    ctxo = sum(x["context_only"] for x in pos)
    print(f"{len({x['path'].split('/')[0] for x in labels})} repos, {len(ctx.files)} files, {len(pos)} positives "
          f"({ctxo} context-only, {100.0 * ctxo / max(1, len(pos)):.0f}%), {len({x['kind'] for x in pos})} kinds, "
          f"{len(labels) - len(pos)} negatives, {len({x['family'] for x in pos})} families", file=sys.stderr)


if __name__ == "__main__":
    main()
