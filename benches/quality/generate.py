#!/usr/bin/env python3
"""Generate leakgate's labelled evaluation corpus.

    python3 benches/quality/generate.py [OUTDIR]

OUTDIR defaults to ~/.cache/leakgate-quality/corpus (outside any git work tree, so no
.gitignore hides it from the scanners). The directory is wiped and rewritten; the same seed
gives byte-identical output.

Positives: every rule in rules/*.yaml contributes its examples with the random part of each key
re-drawn (prefixes, markers, hex-ness and lengths kept, GitHub/npm CRC32 checksums recomputed,
JWT headers kept), planted verbatim and transplanted into other file formats under the example's
own variable name. The incident's providers (OpenAI, Anthropic, Google API key and service
account, Unsplash, Pixabay) are planted in every format. Every re-drawn key is checked against
its rule's own pattern (Python `re`) before it is used, never against leakgate.

Hard negatives: lockfile integrity hashes, git SHAs, UUIDs, base64 images, public keys and
certificates, CSS colours, translation strings, test vectors, environment-variable references
and placeholders, each on its own labelled line.

labels.jsonl (next to the corpus directory, not inside it) holds one object per line:
  {"file", "line", "end_line", "label": "positive", "rule_family", "rule_id", "secret",
   "encoding", "format"}
  {"file", "line", "end_line", "label": "negative", "kind"}
Lines are 1-based; end_line is the last line of a multi-line secret or negative.
Needs PyYAML (to read the rule files).
"""

import base64
import hashlib
import json
import math
import os
import random
import re
import shutil
import string
import sys
import uuid
import zlib
from pathlib import Path

import yaml

SEED = 20260527
REPO = Path(__file__).resolve().parents[2]
RULES_DIR = REPO / "rules"
DEFAULT_OUT = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "leakgate-quality" / "corpus"

# The incident's six providers: every format gets one of each of their rules.
INCIDENT_FAMILIES = {"openai", "anthropic", "google", "unsplash", "pixabay"}

# Placeholder fragments leakgate (and any sane scanner) treats as non-secrets: a re-drawn key
# must not contain one by accident.
PLACEHOLDER_BITS = ["example", "your", "here", "xxxx", "dummy", "fake", "test", "sample",
                    "abcdefgh", "12345678", "change", "replace", "secret", "token", "passw"]

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(n, width):
    out = ""
    while n:
        out = BASE62[n % 62] + out
        n //= 62
    return out.rjust(width, "0")


def entropy(s):
    if not s:
        return 0.0
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


def py_regex(pattern):
    """The rule's Rust pattern as Python `re` (the catalogue keeps to the common subset).

    Rust's `regex` takes a flag group anywhere (`^(?i)...`); Python's `re` only at the start, so a
    `(?i)` right after a leading `^` is moved in front of it."""
    pattern = pattern.replace("(?-u)", "").replace("\\z", "\\Z")
    if pattern.startswith("^(?i)"):
        pattern = "(?i)^" + pattern[len("^(?i)"):]
    return re.compile(pattern)


# ---------------------------------------------------------------------------------------------
# Rules and key re-drawing
# ---------------------------------------------------------------------------------------------

class Rule:
    def __init__(self, family, provider, spec):
        self.family = family
        self.provider = provider
        self.id = spec["id"]
        self.spec = spec
        self.rx = py_regex(spec["pattern"])
        self.keywords = spec.get("keywords", [])
        self.context = [c.lower() for c in spec.get("context", [])]
        self.min_entropy = spec.get("min_entropy") or 0.0
        self.checksum = spec.get("checksum")
        self.allow = [py_regex(a) for a in spec.get("allow", [])]
        self.generic = "generic" in spec.get("tags", [])
        secrets = [m.group("secret") for m in (self.rx.search(e) for e in spec["examples"]) if m]
        self.common_prefix = os.path.commonprefix(secrets) if len(secrets) > 1 else ""
        self.common_suffix = os.path.commonprefix([x[::-1] for x in secrets])[::-1] if len(secrets) > 1 else ""
        # Capped: two examples of one key would otherwise freeze the whole value.
        self.common_prefix = self.common_prefix[:16]
        self.common_suffix = self.common_suffix[-3:] if self.common_suffix else ""
        if "FAKE" in self.common_prefix:
            self.common_prefix = self.common_prefix[: self.common_prefix.index("FAKE")]


ALL_RULES = []


def load_rules():
    rules = []
    for path in sorted(RULES_DIR.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        for spec in doc["rules"]:
            rules.append(Rule(path.stem, doc["provider"], spec))
    return rules


def protected_mask(secret, rule):
    """Positions of a secret that are format, not randomness: keywords, PEM armour, JWT header
    and payload, escapes, URL structure."""
    keep = [False] * len(secret)

    def protect(a, b):
        for i in range(max(a, 0), min(b, len(secret))):
            keep[i] = True

    low = secret.lower()
    for kw in rule.keywords:
        k = kw.lower()
        start = 0
        while True:
            i = low.find(k, start)
            if i < 0:
                break
            protect(i, i + len(k))
            start = i + 1
    for m in re.finditer(r"-----[A-Z0-9 ]+-----|\\[nr/]|\r?\n|[A-Za-z-]+: [^\n\\]*", secret):
        protect(m.start(), m.end())
    # JWT-like: keep every dot-separated segment but the last (header and claims stay JSON).
    if secret.startswith("eyJ") and secret.count(".") >= 2:
        protect(0, secret.rfind(".") + 1)
    # Structured words that are not random: `AccountKey=`, `https://`, host names and path words.
    for m in re.finditer(r"[A-Za-z]{2,}=|[a-z][a-z0-9+.-]*://|@[A-Za-z0-9.-]+|\.[a-z]{2,}\b|(?<=[/.])[a-z]{3,}(?=[/.])",
                         secret):
        protect(m.start(), m.end())
    return keep


def masks(secret, rule):
    """Masks to try in turn: the literal structure plus the prefix up to its last separator
    (sk-ant-api03-, dop_v1_ stay as the provider issues them), the structure alone, then the
    first third, half, two thirds of the value (structure we could not infer)."""
    base = protected_mask(secret, rule)
    n = len(secret)
    head = secret[:16]
    cut = max(head.rfind("-"), head.rfind("_")) + 1
    # What every example of the rule shares at its start and end is format (sk-ant-api03- ... AA).
    if secret.startswith(rule.common_prefix):
        cut = max(cut, len(rule.common_prefix))
    tail = n - len(rule.common_suffix) if secret.endswith(rule.common_suffix) else n
    prefix = [k or i < cut or i >= tail for i, k in enumerate(base)]
    # FAKE markers of the catalogue's examples are never kept.
    for m in re.finditer("FAKE", secret):
        for i in range(m.start(), m.end()):
            prefix[i] = base[i]
    out = [prefix, base]
    for upto in [n // 3, n // 2, 2 * n // 3]:
        out.append([k or i < upto for i, k in enumerate(prefix)])
    return out


def hex_modes(secret, keep):
    """Per position: 'lower' / 'upper' where the random character sits in a run of hex digits
    (runs are split at punctuation: a UUID's groups, a key's hex part after its dash)."""
    mode = [None] * len(secret)
    for m in re.finditer(r"[A-Za-z0-9]+", secret):
        free = [c for i, c in enumerate(m.group(), m.start()) if not keep[i]]
        letters = [c for c in free if c.isalpha()]
        if not letters or not any(c.isdigit() for c in free):
            continue
        kind = None
        if all(c in "abcdef" for c in letters):
            kind = "lower"
        elif all(c in "ABCDEF" for c in letters):
            kind = "upper"
        for i in range(m.start(), m.end()):
            mode[i] = kind
    return mode


def redraw(rng, secret, keep):
    mode = hex_modes(secret, keep)
    out = []
    for i, ch in enumerate(secret):
        if keep[i]:
            out.append(ch)
        elif ch.isdigit():
            out.append(rng.choice(string.digits))
        elif "a" <= ch <= "z":
            out.append(rng.choice("abcdef" if mode[i] == "lower" else string.ascii_lowercase))
        elif "A" <= ch <= "Z":
            out.append(rng.choice("ABCDEF" if mode[i] == "upper" else string.ascii_uppercase))
        else:
            out.append(ch)
    return "".join(out)


def fix_crc32(secret):
    i = secret.rfind("_")
    body = secret[i + 1:]
    rand = body[:-6]
    return secret[: i + 1] + rand + base62(zlib.crc32(rand.encode()), 6)


def acceptable(rule, line, new_secret, old_secret):
    m = rule.rx.search(line)
    if not m or m.group("secret") != new_secret:
        return False
    if entropy(new_secret) < rule.min_entropy:
        return False
    low = new_secret.lower()
    if any(b in low for b in PLACEHOLDER_BITS if b not in old_secret.lower()):
        return False
    if any(a.search(new_secret) for a in rule.allow):
        return False
    return True


def redraw_in_example(rng, rule, example):
    """The example with each key it holds re-drawn. Returns (text, [(start, end, secret)]) or
    None when no valid re-draw was found."""
    matches = list(rule.rx.finditer(example))
    if not matches:
        return None
    text = example
    spans = []
    shift = 0
    for m in matches:
        old = m.group("secret")
        start = m.start("secret") + shift
        found = None
        tries = [m_ for m_ in masks(old, rule) for _ in range(60)]
        for k in tries:
            new = redraw(rng, old, k)
            if rule.checksum == "crc32-base62":
                new = fix_crc32(new)
            if new == old:
                continue
            candidate = text[:start] + new + text[start + len(old):]
            if acceptable(rule, candidate, new, old):
                found = (candidate, new)
                break
        if found is None:
            return None
        text, new = found
        spans.append((start, start + len(new), new))
        shift += len(new) - len(old)
    return text, spans


# ---------------------------------------------------------------------------------------------
# Names and formats
# ---------------------------------------------------------------------------------------------

NAME_BEFORE = re.compile(r"""([A-Za-z_][A-Za-z0-9_.-]*)["'\]]?\s*(?::=|=>|[:=])\s*["'`]?$""")


def words(name):
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", name) if w]


def case(name, style):
    w = words(name)
    if style == "upper":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    return name


def variable_name(rule, example, start):
    m = NAME_BEFORE.search(example[:start].splitlines()[-1] if example[:start].splitlines() else "")
    name = m.group(1).split(".")[-1] if m else ""
    if not name or len(words(name)) == 0 or name.lower() in {"key", "token", "secret", "id", "value"}:
        base = rule.id.replace("-", "_")
        name = base if not name else f"{rule.family}_{name}"
    if rule.context and not any(c in name.lower() for c in rule.context):
        word = re.sub(r"[^a-z0-9]", "_", rule.context[0]).strip("_")
        name = f"{word}_{name}"
    return name


ASSIGN = re.compile(r"""^\s*(?:export\s+|ENV\s+|-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*(?:=|:)\s*(\S+)""")


def value_span(rule, text, s, e):
    """The variable name and the whole value (start, end in text) that holds the key at s..e:
    the quoted string around it, else the value of a `NAME=value` line, else the key alone."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    a, b = s - ls, e - ls
    o = max(line.rfind(q, 0, a) for q in "\"'`")
    if o >= 0:
        c = line.find(line[o], b)
        if c >= 0:
            if line[c - 1] == "\\":  # a JSON-escaped \"...\" pair: the value is inside it
                o, c = o, c - 1
            return variable_name(rule, text, ls + o - (line[o - 1:o] == "\\")), ls + o + 1, ls + c
    m = ASSIGN.match(line)
    if m and m.start(2) <= a and m.end(2) >= b:
        return variable_name(rule, text, ls + m.start(2)), ls + m.start(2), ls + m.end(2)
    return variable_name(rule, text, s), s, e


def j(s):
    return json.dumps(s)


# Each renderer takes (name, secret) and returns (lines, index of the secret's line, encoding).
def r_env(n, s):
    return [f"{case(n, 'upper')}={s}"], 0, "plain"


def r_shell(n, s):
    return [f'export {case(n, "upper")}="{s}"'], 0, "plain"


def r_yaml(n, s):
    return [f"{case(n, 'snake')}: \"{s}\""], 0, "plain"


def r_json(n, s):
    return [f'  {j(case(n, "camel"))}: {j(s)},'], 0, "plain"


def r_tf(n, s):
    return [f'  {case(n, "snake")} = "{s}"'], 0, "plain"


def r_docker(n, s):
    return [f"ENV {case(n, 'upper')}={s}"], 0, "plain"


def r_k8s_string(n, s):
    return [f"  {case(n, 'upper')}: \"{s}\""], 0, "plain"


def r_k8s_data(n, s):
    return [f"  {case(n, 'upper')}: {base64.b64encode(s.encode()).decode()}"], 0, "base64"


def r_notebook(n, s):
    return [f'    {j(case(n, "upper") + " = " + j(s) + chr(10))},'], 0, "json-escaped"


def r_python(n, s):
    return [f'{case(n, "upper")} = "{s}"'], 0, "plain"


def r_js(n, s):
    return [f'const {case(n, "camel")} = "{s}";'], 0, "plain"


def r_ts(n, s):
    return [f"  {case(n, 'camel')}: '{s}',"], 0, "plain"


def r_go(n, s):
    return [f'\t{case(n, "camel")} := "{s}"'], 0, "plain"


def r_java(n, s):
    return [f'    private static final String {case(n, "upper")} = "{s}";'], 0, "plain"


def r_ruby(n, s):
    return [f"  config.{case(n, 'snake')} = '{s}'"], 0, "plain"


def r_csharp(n, s):
    return [f'        private const string {case(n, "pascal")} = "{s}";'], 0, "plain"


def r_php(n, s):
    return [f"    '{case(n, 'snake')}' => '{s}',"], 0, "plain"


FORMATS = {
    # name: (renderer, file path, header lines, footer lines)
    "env": (r_env, "services/api/.env", ["# api service: local overrides", "APP_ENV=production",
                                         "LOG_LEVEL=info", "PORT=8080"], []),
    "shell": (r_shell, "scripts/deploy.sh", ["#!/usr/bin/env bash", "set -euo pipefail",
                                             'REGION="eu-west-1"'], ['./bin/deploy "$REGION"']),
    "yaml": (r_yaml, "config/settings.yaml", ["# application settings", "app:", "  name: atlas",
                                              "  replicas: 3", "credentials:"], []),
    "json": (r_json, "config/appsettings.json", ["{", '  "name": "atlas",', '  "debug": false,'],
             ['  "version": 3', "}"]),
    "terraform": (r_tf, "infra/main.tf", ['terraform {', '  required_version = ">= 1.5"', "}", "",
                                         "locals {"], ["}"]),
    "dockerfile": (r_docker, "docker/worker/Dockerfile", ["FROM python:3.12-slim",
                                                          "WORKDIR /srv/app",
                                                          "COPY requirements.txt ."],
                   ["RUN pip install -r requirements.txt", 'CMD ["python", "-m", "worker"]']),
    "k8s-stringdata": (r_k8s_string, "deploy/k8s/secret-plain.yaml",
                       ["apiVersion: v1", "kind: Secret", "metadata:", "  name: app-env",
                        "  namespace: prod", "type: Opaque", "stringData:"], []),
    "k8s-data": (r_k8s_data, "deploy/k8s/secret-data.yaml",
                 ["apiVersion: v1", "kind: Secret", "metadata:", "  name: app-env-b64",
                  "  namespace: prod", "type: Opaque", "data:"], []),
    "notebook": (r_notebook, "notebooks/explore.ipynb", None, None),
    "python": (r_python, "src/app/settings.py", ['"""Settings for the worker."""', "import os", ""],
               ["", "DEBUG = False"]),
    "js": (r_js, "web/src/client.js", ["// API client", "import axios from 'axios';", ""],
           ["", "export default axios.create({ timeout: 5000 });"]),
    "ts": (r_ts, "web/src/config.ts", ["export const config = {", "  region: 'eu-west-1',"],
           ["};"]),
    "go": (r_go, "cmd/server/main.go", ["package main", "", 'import "fmt"', "", "func main() {"],
           ['\tfmt.Println("ready")', "}"]),
    "java": (r_java, "java/src/main/java/com/acme/Config.java",
             ["package com.acme;", "", "public final class Config {"], ["}"]),
    "ruby": (r_ruby, "ruby/config/initializers/services.rb", ["Rails.application.configure do"],
             ["end"]),
    "csharp": (r_csharp, "dotnet/Acme/Settings.cs", ["namespace Acme", "{",
                                                     "    public static class Settings", "    {"],
               ["    }", "}"]),
    "php": (r_php, "php/config/services.php", ["<?php", "", "return ["], ["];"]),
}


class Corpus:
    def __init__(self, out):
        self.out = out
        self.files = {}  # path -> list of lines
        self.labels = []

    def lines(self, path):
        return self.files.setdefault(path, [])

    def add_positive(self, path, text_lines, secret_line, rule, secret, encoding, fmt, end_line=None):
        buf = self.lines(path)
        line = len(buf) + secret_line + 1
        last = line if end_line is None else len(buf) + end_line + 1
        self.labels.append({"file": path, "line": line, "end_line": last,
                            "label": "positive", "rule_family": rule.family, "rule_id": rule.id,
                            "secret": secret, "encoding": encoding, "format": fmt})
        buf.extend(text_lines)

    def add_negative(self, path, text_lines, kind, first=0, last=None):
        buf = self.lines(path)
        base = len(buf)
        buf.extend(text_lines)
        last = len(text_lines) - 1 if last is None else last
        self.labels.append({"file": path, "line": base + first + 1, "end_line": base + last + 1,
                            "label": "negative", "kind": kind})

    def filler(self, path, lines):
        self.lines(path).extend(lines)

    def write(self):
        if self.out.exists():
            shutil.rmtree(self.out)
        for path, lines in sorted(self.files.items()):
            p = self.out / path
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text("\n".join(lines) + "\n")
        labels = self.out.parent / "labels.jsonl"
        with open(labels, "w") as f:
            for lab in sorted(self.labels, key=lambda l: (l["file"], l["line"])):
                f.write(json.dumps(lab, sort_keys=True) + "\n")
        return labels


# ---------------------------------------------------------------------------------------------
# Positives
# ---------------------------------------------------------------------------------------------

def ext_for_block(text):
    t = text.lstrip()
    if t.startswith("{") or t.startswith("["):
        return "json"
    if t.startswith("-----BEGIN") or t.startswith("PuTTY"):
        return "key"
    if re.match(r"^[\w.-]+:\s*(\n|$)", t) or re.search(r"^\s+[\w.-]+:\s", t, re.M):
        return "yaml"
    if "=" in t.splitlines()[0]:
        return "env"
    return "txt"


def plant_rule(rng, corpus, rule, fmt_cycle, stats):
    examples = rule.spec["examples"]
    planted = 0
    for ei, ex in enumerate(examples):
        got = redraw_in_example(rng, rule, ex)
        if got is None:
            stats["no_redraw"].append(f"{rule.id}#{ei}")
            continue
        text, spans = got
        ex_lines = text.rstrip("\n").split("\n")
        # Verbatim: the example itself (one file per family for one-liners, its own file for blocks).
        if len(ex_lines) == 1:
            path = f"snippets/{rule.family}.txt"
            buf = corpus.lines(path)
            if not buf:
                buf.append(f"# notes on the {rule.provider} integration")
            corpus.filler(path, [""])
            for (s, e, sec) in spans:
                corpus.labels.append({"file": path, "line": len(buf) + 1, "end_line": len(buf) + 1,
                                      "label": "positive", "rule_family": rule.family,
                                      "rule_id": rule.id, "secret": sec, "encoding": "plain",
                                      "format": "verbatim"})
            buf.append(text)
        else:
            ext = ext_for_block(text)
            path = f"snippets/{rule.family}/{rule.id}-{ei}.{ext}"
            buf = corpus.lines(path)
            for (s, e, sec) in spans:
                first = text[:s].count("\n") + 1
                last = text[:e].count("\n") + 1
                corpus.labels.append({"file": path, "line": first, "end_line": last,
                                      "label": "positive", "rule_family": rule.family,
                                      "rule_id": rule.id, "secret": sec, "encoding": "plain",
                                      "format": "verbatim"})
            # A block may hold a second provider's key (an access key id beside its secret):
            # label it too, so it is not counted as a false positive.
            labelled = {sec for (_, _, sec) in spans}
            for other in ALL_RULES:
                for m in other.rx.finditer(text):
                    sec = m.group("secret")
                    if any(sec in l or l in sec for l in labelled):
                        continue
                    labelled.add(sec)
                    corpus.labels.append({"file": path, "line": text[:m.start("secret")].count("\n") + 1,
                                          "end_line": text[:m.end("secret")].count("\n") + 1,
                                          "label": "positive", "rule_family": other.family,
                                          "rule_id": other.id, "secret": sec, "encoding": "plain",
                                          "format": "verbatim"})
            buf.extend(ex_lines)
        planted += 1
        # Transplants: single-line secrets only, under the example's own variable name.
        s, e, sec = spans[0]
        if "\n" in sec or "\\n" in sec:
            continue
        name, vstart, vend = value_span(rule, text, s, e)
        fmts = fmt_cycle(rule, ei)
        for fmt in fmts:
            # A fresh key per placement, so every label is a distinct secret.
            again = redraw_in_example(rng, rule, ex)
            if again is None:
                continue
            t2, sp2 = again
            sec2 = sp2[0][2]
            # The whole value the key sits in (a connection string, a URL) travels with it.
            value = t2[vstart:vend + (sp2[0][1] - sp2[0][0]) - (e - s)]
            render = FORMATS[fmt][0]
            lines, idx, enc = render(name, value)
            path = FORMATS[fmt][1]
            if fmt == "notebook":
                path = f"notebooks/{rule.family}.ipynb"
            corpus.add_positive(path, lines, idx, rule, sec2, enc, fmt)
            stats["transplants"] += 1
    return planted


def make_pem_body(rng, nbytes, der_prefix):
    raw = der_prefix + bytes(rng.getrandbits(8) for _ in range(nbytes - len(der_prefix)))
    b64 = base64.b64encode(raw).decode()
    return [b64[i:i + 64] for i in range(0, len(b64), 64)]


def service_account(rng, corpus, rules_by_id):
    """Google service-account key files in several shapes."""
    rule = rules_by_id["gcp-service-account-key"]
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7")
    for i, project in enumerate(["billing-exports-prod", "ml-training-412", "ci-deployer"]):
        body = make_pem_body(rng, 1217, der)
        pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----\n"
        key_id = "%040x" % rng.getrandbits(160)
        email = f"deployer@{project}.iam.gserviceaccount.com"
        doc = {"type": "service_account", "project_id": project, "private_key_id": key_id,
               "private_key": pem, "client_email": email,
               "client_id": str(rng.randrange(10**20, 10**21)),
               "auth_uri": "https://accounts.google.com/o/oauth2/auth",
               "token_uri": "https://oauth2.googleapis.com/token"}
        pretty = json.dumps(doc, indent=2).split("\n")
        line = next(k for k, l in enumerate(pretty) if '"private_key":' in l)
        if i == 0:
            corpus.add_positive(f"secrets/{project}-sa.json", pretty, line, rule, pem, "json-escaped", "json")
        elif i == 1:
            # One-line JSON held in a Python string and in an .env value.
            oneline = json.dumps(doc)
            corpus.add_positive("src/app/gcp_credentials.py",
                                ['"""Credentials for the training jobs."""', "import json", "",
                                 f"SERVICE_ACCOUNT_INFO = json.loads(r'''{oneline}''')"], 3, rule, pem,
                                "json-escaped", "python")
            corpus.add_positive("services/trainer/.env", [f"GOOGLE_CREDENTIALS_JSON='{oneline}'"], 0,
                                rule, pem, "json-escaped", "env")
        else:
            block = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: gcp-key", "stringData:",
                     "  key.json: |"] + ["    " + l for l in pretty]
            corpus.add_positive("deploy/k8s/gcp-key.yaml", block, 6 + line, rule, pem, "json-escaped",
                                "k8s-stringdata")


def plant_positives(rng, corpus, rules, stats):
    fmt_names = list(FORMATS)
    counter = [0]

    def cycle(rule, ei):
        if rule.family in INCIDENT_FAMILIES:
            # Every format, split across the rule's examples.
            return [f for k, f in enumerate(fmt_names) if k % len(rule.spec["examples"]) == ei]
        if ei > 0:
            return []
        counter[0] += 1
        c = counter[0]
        return [fmt_names[(2 * c) % len(fmt_names)], fmt_names[(2 * c + 1) % len(fmt_names)]]

    for rule in rules:
        planted = plant_rule(rng, corpus, rule, cycle, stats)
        stats["rules_planted"] += planted > 0
    service_account(rng, corpus, {r.id: r for r in rules})


# ---------------------------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------------------------

def rand_b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


PKGS = ["lodash", "express", "react", "react-dom", "axios", "chalk", "debug", "ms", "semver",
        "commander", "uuid", "yargs", "glob", "minimatch", "typescript", "webpack", "eslint",
        "prettier", "jest", "rimraf", "dotenv", "body-parser", "cookie-parser", "jsonwebtoken",
        "bcrypt", "token-types", "secret-handshake", "api-key-auth"]


def lockfiles(rng, c):
    # package-lock.json
    p = "web/package-lock.json"
    c.filler(p, ["{", '  "name": "web",', '  "version": "1.4.0",', '  "lockfileVersion": 3,',
                 '  "requires": true,', '  "packages": {'])
    for i, pkg in enumerate(PKGS):
        v = f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 30)}"
        c.filler(p, [f'    "node_modules/{pkg}": {{', f'      "version": "{v}",',
                     f'      "resolved": "https://registry.npmjs.org/{pkg}/-/{pkg}-{v}.tgz",'])
        c.add_negative(p, [f'      "integrity": "sha512-{rand_b64(rng, 64)}",'], "lockfile-integrity")
        c.filler(p, ['      "license": "MIT"', "    }" + ("," if i < len(PKGS) - 1 else "")])
    c.filler(p, ["  }", "}"])
    # yarn.lock
    p = "web/yarn.lock"
    c.filler(p, ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.",
                 "# yarn lockfile v1", ""])
    for pkg in PKGS:
        v = f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 30)}"
        c.filler(p, [f'{pkg}@^{v}:', f'  version "{v}"'])
        c.add_negative(p, [f'  resolved "https://registry.yarnpkg.com/{pkg}/-/{pkg}-{v}.tgz#{rand_hex(rng, 40)}"'],
                       "lockfile-integrity")
        c.add_negative(p, [f"  integrity sha512-{rand_b64(rng, 64)}"], "lockfile-integrity")
        c.filler(p, [""])
    # Cargo.lock
    p = "rust/Cargo.lock"
    c.filler(p, ["# This file is automatically @generated by Cargo.", "version = 4", ""])
    for crate in ["aho-corasick", "memchr", "regex", "serde", "serde_json", "secrecy", "token-bucket",
                  "rand", "ring", "base64"]:
        c.filler(p, ["[[package]]", f'name = "{crate}"', f'version = "1.{rng.randrange(0, 40)}.{rng.randrange(0, 9)}"',
                     'source = "registry+https://github.com/rust-lang/crates.io-index"'])
        c.add_negative(p, [f'checksum = "{rand_hex(rng, 64)}"'], "lockfile-integrity")
        c.filler(p, [""])
    # go.sum
    p = "cmd/go.sum"
    for mod in ["github.com/aws/aws-sdk-go-v2", "golang.org/x/crypto", "github.com/stretchr/testify",
                "github.com/golang-jwt/jwt/v5", "google.golang.org/api", "github.com/spf13/cobra"]:
        v = f"v{rng.randrange(0, 3)}.{rng.randrange(0, 40)}.{rng.randrange(0, 9)}"
        c.add_negative(p, [f"{mod} {v} h1:{rand_b64(rng, 32)}"], "lockfile-integrity")
        c.add_negative(p, [f"{mod} {v}/go.mod h1:{rand_b64(rng, 32)}"], "lockfile-integrity")
    # poetry.lock
    p = "ml/poetry.lock"
    for pkg in ["requests", "urllib3", "cryptography", "pyjwt", "secretstorage", "keyring"]:
        v = f"{rng.randrange(1, 5)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}"
        c.filler(p, ["[[package]]", f'name = "{pkg}"', f'version = "{v}"', 'optional = false',
                     'python-versions = ">=3.8"', "files = ["])
        c.add_negative(p, [f'    {{file = "{pkg}-{v}-py3-none-any.whl", hash = "sha256:{rand_hex(rng, 64)}"}},'],
                       "lockfile-integrity")
        c.add_negative(p, [f'    {{file = "{pkg}-{v}.tar.gz", hash = "sha256:{rand_hex(rng, 64)}"}},'],
                       "lockfile-integrity")
        c.filler(p, ["]", ""])


def git_shas(rng, c):
    p = "ci/release.yaml"
    c.filler(p, ["# pinned actions and release metadata", "steps:"])
    for action in ["actions/checkout", "actions/setup-node", "docker/login-action"]:
        c.add_negative(p, [f"  - uses: {action}@{rand_hex(rng, 40)}  # v4"], "git-sha")
    c.add_negative(p, [f"release_commit_token: {rand_hex(rng, 40)}"], "git-sha")
    c.add_negative(p, [f"source_revision: {rand_hex(rng, 40)}"], "git-sha")
    p = "docs/CHANGELOG.md"
    c.filler(p, ["# Changelog", ""])
    for _ in range(4):
        c.add_negative(p, [f"- Fix token refresh race ({rand_hex(rng, 40)})"], "git-sha")
    p = "infra/modules.tf"
    c.add_negative(p, [f'  source = "git::https://github.com/acme/tf-modules.git?ref={rand_hex(rng, 40)}"'], "git-sha")
    p = "config/build.json"
    c.filler(p, ["{"])
    c.add_negative(p, [f'  "commit": "{rand_hex(rng, 40)}",'], "git-sha")
    c.add_negative(p, [f'  "secret_scan_baseline_sha": "{rand_hex(rng, 40)}",'], "git-sha")
    c.add_negative(p, [f'  "tree": "{rand_hex(rng, 40)}"'], "git-sha")
    c.filler(p, ["}"])


def uuids(rng, c):
    p = "config/tenants.yaml"
    c.filler(p, ["tenants:"])
    for name in ["acme", "globex", "initech"]:
        c.filler(p, [f"  - name: {name}"])
        c.add_negative(p, [f"    tenant_id: {rand_uuid(rng)}"], "uuid")
        c.add_negative(p, [f"    subscription_id: \"{rand_uuid(rng)}\""], "uuid")
    p = "src/app/audit.py"
    c.add_negative(p, [f'REQUEST_ID = "{rand_uuid(rng)}"  # correlates the token refresh'], "uuid")
    c.add_negative(p, [f'api_key_id = "{rand_uuid(rng)}"'], "uuid")
    c.add_negative(p, [f'IDEMPOTENCY_KEY = "{rand_uuid(rng)}"'], "uuid")
    p = "web/src/fixtures.json"
    c.filler(p, ["["])
    for k in range(4):
        c.add_negative(p, [f'  {{"id": "{rand_uuid(rng)}", "tokenId": "{rand_uuid(rng)}"}}' + ("," if k < 3 else "")], "uuid")
    c.filler(p, ["]"])


PNG_HEAD = bytes.fromhex("89504e470d0a1a0a0000000d49484452")


def b64_image(rng, n):
    return base64.b64encode(PNG_HEAD + bytes(rng.getrandbits(8) for _ in range(n))).decode()


def images(rng, c):
    p = "web/src/styles/icons.css"
    for cls in ["logo", "spinner", "secret-badge"]:
        c.add_negative(p, [f".{cls} {{ background-image: url(\"data:image/png;base64,{b64_image(rng, 600)}\"); }}"],
                       "base64-image")
    p = "web/public/index.html"
    c.filler(p, ["<!doctype html>", "<html>", "<body>"])
    c.add_negative(p, [f'<img alt="token" src="data:image/png;base64,{b64_image(rng, 900)}">'], "base64-image")
    c.filler(p, ["</body>", "</html>"])
    p = "web/src/avatar.js"
    c.add_negative(p, [f'export const DEFAULT_AVATAR = "data:image/jpeg;base64,{rand_b64(rng, 700)}";'], "base64-image")


def public_keys(rng, c):
    p = "deploy/authorized_keys"
    for user in ["alice", "bob", "ci"]:
        c.add_negative(p, [f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{rand_b64(rng, 380)} {user}@laptop"], "public-key")
    c.add_negative(p, [f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rand_b64(rng, 32)[:43]} deploy@ci"], "public-key")
    p = "infra/keys.tf"
    c.filler(p, ['resource "aws_key_pair" "deployer" {', '  key_name   = "deployer-key"'])
    c.add_negative(p, [f'  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{rand_b64(rng, 256)} deployer"'], "public-key")
    c.filler(p, ["}"])
    for name, label, n in [("certs/server.crt", "CERTIFICATE", 900), ("certs/signing.pub", "PUBLIC KEY", 294),
                           ("certs/legacy_rsa.pub", "RSA PUBLIC KEY", 270)]:
        body = make_pem_body(rng, n, b"\x30\x82")
        c.add_negative(name, [f"-----BEGIN {label}-----"] + body + [f"-----END {label}-----"], "public-key")
    p = "certs/release.asc"
    body = make_pem_body(rng, 1100, b"\x99\x01")
    c.add_negative(p, ["-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + body + ["=" + rand_b64(rng, 3),
                                                                            "-----END PGP PUBLIC KEY BLOCK-----"],
                   "public-key")
    p = "config/jwks.json"
    c.filler(p, ['{"keys": ['])
    n = base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(256))).decode().rstrip("=")
    c.add_negative(p, [f'  {{"kty": "RSA", "kid": "{rand_hex(rng, 16)}", "use": "sig", "alg": "RS256", "e": "AQAB", "n": "{n}"}}'],
                   "public-key")
    c.filler(p, ["]}"])


def css_colours(rng, c):
    p = "web/src/styles/theme.css"
    c.filler(p, [":root {"])
    for name in ["primary", "secondary", "accent", "token-highlight", "secret-banner", "api-key-chip"]:
        c.add_negative(p, [f"  --{name}: #{rand_hex(rng, 6)};"], "css-colour")
    c.filler(p, ["}"])
    p = "web/src/theme.json"
    c.filler(p, ["{"])
    for name in ["tokenColor", "secretColor", "background"]:
        c.add_negative(p, [f'  "{name}": "#{rand_hex(rng, 6).upper()}",'], "css-colour")
    c.filler(p, ['  "radius": 4', "}"])


TRANSLATIONS = {
    "de": {"password_hint": "Das Passwort muss mindestens zwölf Zeichen lang sein",
           "token_expired": "Ihr Zugriffstoken ist abgelaufen, bitte melden Sie sich erneut an",
           "api_key_label": "API-Schlüssel",
           "secret_prompt": "Geben Sie Ihr Geheimnis ein",
           "reset_password": "Passwort zurücksetzen"},
    "fr": {"password_hint": "Le mot de passe doit contenir au moins douze caractères",
           "token_expired": "Votre jeton d'accès a expiré",
           "api_key_label": "Clé d'API",
           "secret_prompt": "Saisissez votre secret partagé",
           "reset_password": "Réinitialiser le mot de passe"},
    "ja": {"password_hint": "パスワードは12文字以上にしてください",
           "token_expired": "アクセストークンの有効期限が切れました",
           "api_key_label": "APIキー",
           "secret_prompt": "シークレットを入力してください",
           "reset_password": "パスワードをリセット"},
}


def translations(rng, c):
    for lang, strings in TRANSLATIONS.items():
        p = f"web/src/locales/{lang}.json"
        c.filler(p, ["{"])
        items = list(strings.items())
        for k, (key, val) in enumerate(items):
            c.add_negative(p, [f'  {j(key)}: {json.dumps(val, ensure_ascii=False)}' + ("," if k < len(items) - 1 else "")],
                           "translation")
        c.filler(p, ["}"])
    p = "ruby/config/locales/de.yml"
    c.filler(p, ["de:", "  auth:"])
    for key, val in TRANSLATIONS["de"].items():
        c.add_negative(p, [f'    {key}: "{val}"'], "translation")
    p = "web/src/messages.properties"
    c.add_negative(p, ["auth.password.placeholder=Enter your password"], "translation")
    c.add_negative(p, ["auth.token.invalid=The access token you supplied is not valid anymore"], "translation")


def test_vectors(rng, c):
    p = "tests/test_crypto_vectors.py"
    c.filler(p, ['"""Published test vectors (RFC 4231, RFC 8032, FIPS-197, RFC 4648)."""', ""])
    vectors = [
        'HMAC_SHA256_KEY = "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"',
        'HMAC_SHA256_EXPECTED = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"',
        'ED25519_SECRET_KEY = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"',
        'ED25519_PUBLIC_KEY = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"',
        'AES128_SECRET_KEY = "000102030405060708090a0b0c0d0e0f"',
        'AES_KEY = "2b7e151628aed2a6abf7158809cf4f3c"',
        'SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"',
        'BASE64_VECTORS = {"f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foobar": "Zm9vYmFy"}',
        'TOTP_SECRET = "12345678901234567890"',
        'secret_token = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256("")',
    ]
    for v in vectors:
        c.add_negative(p, [v], "test-vector")
    p = "tests/jwt_test.go"
    c.filler(p, ["package auth", "", "// Vectors from RFC 7515 appendix A.1 (HMAC key as published).", "var ("])
    c.add_negative(p, ['\thmacKeyJWK = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"'],
                   "test-vector")
    c.filler(p, [")"])


ENV_REFS = [
    ("src/app/clients.py", [
        'OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")',
        'ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]',
        'unsplash_access_key = os.environ.get("UNSPLASH_ACCESS_KEY", "")',
        'PIXABAY_API_KEY = os.getenv("PIXABAY_API_KEY")',
        'client_secret = settings.GOOGLE_CLIENT_SECRET',
    ]),
    ("web/src/env.js", [
        "const apiKey = process.env.OPENAI_API_KEY;",
        "const unsplashAccessKey = process.env.UNSPLASH_ACCESS_KEY;",
        "const stripeSecretKey = process.env['STRIPE_SECRET_KEY'];",
        "const token = import.meta.env.VITE_GITHUB_TOKEN;",
    ]),
    ("services/api/.env.template", [
        "OPENAI_API_KEY=${OPENAI_API_KEY}",
        "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY:?must be set}",
        "UNSPLASH_SECRET_KEY=$UNSPLASH_SECRET_KEY",
        "DATABASE_PASSWORD=${DB_PASSWORD}",
    ]),
    ("ci/workflow.yml", [
        "      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
        "      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}",
        "      GOOGLE_API_KEY: ${{ secrets.GOOGLE_API_KEY }}",
    ]),
    ("deploy/helm/values.yaml", [
        "apiKey: {{ .Values.secrets.apiKey }}",
        'clientSecret: "{{ required \\"clientSecret\\" .Values.clientSecret }}"',
    ]),
    ("infra/variables.tf", [
        "  api_key = var.datadog_api_key",
        '  token   = data.vault_generic_secret.slack.data["token"]',
    ]),
    ("java/src/main/java/com/acme/Env.java", [
        '    String apiKey = System.getenv("OPENAI_API_KEY");',
        '    String secretKey = System.getenv().get("AWS_SECRET_ACCESS_KEY");',
    ]),
    ("dotnet/Acme/Env.cs", [
        '        var apiKey = Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY");',
        '        var clientSecret = Configuration["AzureAd:ClientSecret"];',
    ]),
    ("ruby/config/initializers/env.rb", [
        "  config.api_key = ENV.fetch('PIXABAY_API_KEY')",
        "  config.secret_key = ENV['UNSPLASH_SECRET_KEY']",
    ]),
    ("php/config/env.php", [
        "    'api_key' => env('OPENAI_API_KEY'),",
        "    'secret' => getenv('STRIPE_SECRET'),",
    ]),
    ("cmd/server/env.go", [
        '\tapiKey := os.Getenv("GEMINI_API_KEY")',
        '\tsecretToken := os.Getenv("WEBHOOK_SECRET_TOKEN")',
    ]),
    ("scripts/call.sh", [
        'curl -H "Authorization: Bearer $OPENAI_API_KEY" https://api.openai.com/v1/models',
        'curl -H "x-api-key: ${ANTHROPIC_API_KEY}" https://api.anthropic.com/v1/messages',
    ]),
    ("deploy/k8s/deployment.yaml", [
        "            - name: OPENAI_API_KEY",
        "              valueFrom: {secretKeyRef: {name: app-env, key: OPENAI_API_KEY}}",
    ]),
]


def env_refs(rng, c):
    for path, lines in ENV_REFS:
        for line in lines:
            c.add_negative(path, [line], "env-reference")


PLACEHOLDERS = [
    ("services/api/.env.example", [
        "OPENAI_API_KEY=your_api_key_here",
        "OPENAI_API_KEY=sk-proj-<YOUR_KEY>",
        "ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "GOOGLE_API_KEY=<YOUR_GOOGLE_API_KEY>",
        "UNSPLASH_ACCESS_KEY=YOUR_UNSPLASH_ACCESS_KEY",
        "UNSPLASH_SECRET_KEY=changeme",
        "PIXABAY_API_KEY=your-pixabay-key",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "STRIPE_SECRET_KEY=sk_live_REPLACE_ME",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "DATABASE_URL=postgres://user:password@localhost:5432/app",
        "SECRET_KEY=changeme",
        "JWT_SECRET=<generate with openssl rand -hex 32>",
    ]),
    ("docs/aws-setup.md", [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE",
        "export AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    ]),
    ("docs/openai.md", [
        'client = OpenAI(api_key="sk-...")',
        "Set `OPENAI_API_KEY=sk-proj-...` in your shell.",
        'api_key: "<your-openai-api-key>"',
    ]),
    ("config/settings.example.yaml", [
        "  api_key: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        '  client_secret: "********************************"',
        "  token: REPLACE_WITH_YOUR_TOKEN",
        "  password: changeme",
    ]),
]


def placeholders(rng, c):
    for path, lines in PLACEHOLDERS:
        for line in lines:
            c.add_negative(path, [line], "placeholder")


def notebooks(corpus):
    """Wrap the notebook source lines gathered so far into valid .ipynb JSON: each planted line
    is one string of a code cell's source, lines keep their numbers."""
    for path in [p for p in corpus.files if p.endswith(".ipynb")]:
        body = corpus.files[path]
        head = ["{", ' "cells": [', "  {", '   "cell_type": "code",', '   "execution_count": 1,',
                '   "metadata": {},', '   "outputs": [],', '   "source": [', '    "import os\\n",']
        tail = ['    "print(\\"ready\\")\\n"', "   ]", "  }", " ],",
                ' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},',
                ' "nbformat": 4,', ' "nbformat_minor": 5', "}"]
        for lab in corpus.labels:
            if lab["file"] == path:
                lab["line"] += len(head)
                lab["end_line"] += len(head)
        corpus.files[path] = head + body + tail


def wrap_formats(corpus):
    """Give each format file its header and footer; labels shift by the header's length."""
    for fmt, (_, path, head, tail) in FORMATS.items():
        if head is None or path not in corpus.files:
            continue
        for lab in corpus.labels:
            if lab["file"] == path:
                lab["line"] += len(head)
                lab["end_line"] += len(head)
        corpus.files[path] = head + corpus.files[path] + tail


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    rng = random.Random(SEED)
    rules = load_rules()
    ALL_RULES.extend(r for r in rules if not r.generic)
    corpus = Corpus(out.resolve())
    stats = {"no_redraw": [], "transplants": 0, "rules_planted": 0}
    plant_positives(rng, corpus, rules, stats)
    wrap_formats(corpus)
    notebooks(corpus)
    for fn in [lockfiles, git_shas, uuids, images, public_keys, css_colours, translations,
               test_vectors, env_refs, placeholders]:
        fn(rng, corpus)
    labels = corpus.write()
    pos = sum(1 for l in corpus.labels if l["label"] == "positive")
    neg = len(corpus.labels) - pos
    print(f"corpus: {corpus.out} ({len(corpus.files)} files)", file=sys.stderr)
    print(f"labels: {labels} ({pos} positives from {stats['rules_planted']}/{len(rules)} rules, "
          f"{neg} hard negatives)", file=sys.stderr)
    if stats["no_redraw"]:
        print(f"examples with no valid re-draw (skipped): {', '.join(stats['no_redraw'])}", file=sys.stderr)


if __name__ == "__main__":
    main()
