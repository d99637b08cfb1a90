#!/usr/bin/env python3
"""Writes the blind6 secret-scanning corpus: CORPUS/repos/<repo>/... and CORPUS/labels.jsonl.

    generate.py CORPUS [--seed N]

Deterministic for a seed, stdlib only. Written without reading any scanner's rules, sources, tests
or the earlier corpora (see README.md). Every label is checked: its line must hold the value.
"""
import argparse
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import keys  # noqa: E402
from keys import j  # noqa: E402

FAMILY_BY_EXT = {
    ".py": "python", ".ipynb": "notebook", ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript",
    ".ts": "typescript", ".go": "go", ".rs": "rust", ".java": "java", ".kt": "kotlin", ".kts": "kotlin",
    ".scala": "scala", ".swift": "swift", ".m": "objective-c", ".c": "c", ".h": "c", ".cpp": "cpp",
    ".hpp": "cpp", ".ino": "cpp", ".cs": "csharp", ".php": "php", ".rb": "ruby", ".pl": "perl", ".pm": "perl",
    ".lua": "lua", ".R": "r", ".jl": "julia", ".groovy": "groovy", ".gradle": "groovy", ".dart": "dart",
    ".ex": "elixir", ".exs": "elixir", ".erl": "erlang", ".clj": "clojure", ".edn": "clojure", ".hs": "haskell",
    ".yml": "yaml", ".yaml": "yaml", ".json": "json", ".json5": "json5", ".toml": "toml", ".ini": "ini",
    ".cfg": "ini", ".properties": "properties", ".xml": "xml", ".plist": "plist", ".tf": "hcl", ".hcl": "hcl",
    ".nix": "nix", ".env": "dotenv", ".sh": "shell", ".ps1": "powershell", ".bat": "batch", ".cmd": "batch",
    ".service": "systemd", ".sql": "sql", ".md": "markdown", ".rst": "rst", ".adoc": "asciidoc",
    ".cfm": "coldfusion", ".cfc": "coldfusion", ".asp": "classic-asp", ".asa": "classic-asp", ".vb": "vbnet",
    ".jcl": "jcl", ".rexx": "rexx", ".bicep": "bicep", ".http": "http", ".pem": "pem", ".key": "pem",
    ".ppk": "putty", ".nf": "groovy", ".conf": "conf", ".cnf": "credential-file",
}
FAMILY_BY_NAME = {
    "Dockerfile": "dockerfile", "Makefile": "makefile", "crontab": "crontab", "Jenkinsfile": "groovy",
    "Snakefile": "python", ".netrc": "credential-file", ".pgpass": "credential-file", ".my.cnf": "credential-file",
    ".git-credentials": "credential-file", ".npmrc": "credential-file", ".pypirc": "credential-file",
    "credentials": "credential-file", "config.json": "json", "rclone.conf": "credential-file",
    ".s3cfg": "credential-file", ".boto": "credential-file", ".wgetrc": "credential-file", "Procfile": "shell",
    ".env": "dotenv", "nextflow.config": "groovy", "sys.config": "erlang", "vm.args": "erlang",
    "kubeconfig": "yaml", "Gemfile": "ruby", "web.config": "xml", "project.clj": "clojure",
}


def family_of(path):
    base = os.path.basename(path)
    if base in FAMILY_BY_NAME:
        return FAMILY_BY_NAME[base]
    if base.startswith(".env"):
        return "dotenv"
    if base.startswith("docker-compose"):
        return "compose"
    _, ext = os.path.splitext(base)
    return FAMILY_BY_EXT.get(ext, "text")


# context kinds whose names only make sense in their own file (hand-placed, never drawn from the deck)
DECK_SKIP = {"cisco-type7-password", "snmp-community-string", "tacacs-key", "juniper-type9-secret", "sip-account-secret",
             "radius-shared-secret", "netrc-password", "basic-auth-header", "munge-like-shared-key", "wordpress-auth-salt",
             "proxmox-api-token-secret", "mainframe-password", "rclone-obscured-password", "coldfusion-datasource-password", "vpn-auth-password"}
VENDOR_NAMES = {
    "aws-access-key-id": ["AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"],
    "aws-temporary-access-key-id": ["AWS_ACCESS_KEY_ID", "aws_access_key_id"],
    "github-pat-classic": ["GITHUB_TOKEN", "GH_TOKEN", "github_pat"], "github-fine-grained-pat": ["GITHUB_TOKEN", "GH_PAT"],
    "openai-project-key": ["OPENAI_API_KEY", "openai_api_key"], "anthropic-api-key": ["ANTHROPIC_API_KEY", "claude_api_key"],
    "stripe-live-secret-key": ["STRIPE_SECRET_KEY", "stripe_api_key"], "google-api-key": ["GOOGLE_API_KEY", "GEMINI_API_KEY", "mapsApiKey"],
    "slack-bot-token": ["SLACK_BOT_TOKEN", "slack_token"], "telegram-bot-token": ["TELEGRAM_BOT_TOKEN", "bot_token"],
}


class Corpus:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.g = keys.Gen(self.r)
        self.V = keys.vendor_kinds()
        self.C = {k: v for k, v in keys.context_kinds().items() if k not in keys.CONTEXT_DECK_EXCLUDE}
        self.files = {}
        self.labels = []
        vk = sorted(self.V)
        ck = sorted(k for k in self.C if k not in DECK_SKIP)
        self.r.shuffle(vk)
        self.r.shuffle(ck)
        self.vdeck, self.cdeck, self.vi, self.ci = vk, ck, 0, 0

    def file(self, repo, path, family=None, crlf=False):
        f = File(self, f"{repo}/{path}", family, crlf)
        self.files[f.path] = f
        return f

    def next_kind(self, context):
        if context:
            k = self.cdeck[self.ci % len(self.cdeck)]
            self.ci += 1
        else:
            k = self.vdeck[self.vi % len(self.vdeck)]
            self.vi += 1
        return k

    def value(self, kind):
        if kind in self.V:
            return self.V[kind][1](self.g)
        return self.C[kind][1](self.g)

    def name_for(self, kind):
        if kind in VENDOR_NAMES:
            return self.r.choice(VENDOR_NAMES[kind])
        if kind in self.C:
            return self.r.choice(self.C[kind][2])
        prov = self.V[kind][0].upper().replace(" ", "_").replace("HASHICORP_", "")
        if "url" in kind:
            return self.r.choice(["DATABASE_URL", "CONN_URL", "BROKER_URL", "WEBHOOK_URL", "REMOTE_URL"]) if "webhook" not in kind else prov + "_WEBHOOK_URL"
        if "connection-string" in kind:
            return self.r.choice(["AZURE_STORAGE_CONNECTION_STRING", "ConnectionString", "SERVICEBUS_CONNECTION"])
        if "jwt" in kind:
            return "SERVICE_JWT"
        suffix = "_API_KEY" if "key" in kind else ("_SECRET" if "secret" in kind else "_TOKEN")
        return prov.replace("MICROSOFT_ENTRA_ID", "AZURE_CLIENT").replace("GOOGLE_FIREBASE", "FCM") + suffix


class File:
    def __init__(self, corpus, path, family, crlf):
        self.c, self.path, self.crlf = corpus, path, crlf
        self.family = family or family_of(path)
        self.lines = []

    def l(self, *lines):
        for x in lines:
            self.lines.extend(x.split("\n"))
        return self

    def _label(self, text, needle, positive, kind, provider, context_only):
        parts = text.split("\n")
        idx = [i for i, p in enumerate(parts) if needle in p]
        assert idx, (self.path, kind, "needle not in text")
        line = len(self.lines) + idx[0] + 1
        self.lines.extend(parts)
        self.c.labels.append(dict(path=self.path, line=line, positive=positive, kind=kind, provider=provider,
                                  context_only=context_only, family=self.family, _needle=needle))

    def pos(self, tmpl, kind=None, context=None, name=None, value=None):
        """tmpl holds {v} (value) and maybe {n} (name). kind None: next from the deck."""
        c = self.c
        if kind is None:
            kind = c.next_kind(bool(context))
        v = value if value is not None else c.value(kind)
        n = name or c.name_for(kind)
        text = tmpl.replace("{n}", n).replace("{v}", v)
        ctx = kind in c.C
        prov = c.C[kind][0] if ctx else c.V[kind][0]
        self._label(text, v, True, kind, prov, ctx)
        return v

    def block(self, lines, kind, provider, context_only=False, needle=None):
        """A multi-line secret (PEM etc.): labelled on the line holding needle (default: first line)."""
        needle = needle or lines[0]
        self._label("\n".join(lines), needle, True, kind, provider, context_only)

    def neg(self, text, needle, kind):
        self._label(text, needle, False, kind, "-", False)

    def write(self, root):
        p = os.path.join(root, "repos", self.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        nl = "\r\n" if self.crlf else "\n"
        with open(p, "w", newline="") as fh:
            fh.write(nl.join(self.lines) + nl)


# ---------------------------------------------------------------------- per-syntax rendering
def camel(n):
    parts = [p for p in n.replace("-", "_").replace(".", "_").split("_") if p]
    if not parts:
        return n
    return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:]) if n.isupper() or "_" in n else n


def pascal(n):
    c = camel(n)
    return c[:1].upper() + c[1:]


def dotted(n):
    return camel(n).replace("_", ".") if not ("_" in n or n.isupper()) else n.lower().replace("_", ".")


def snake(n):
    out = ""
    for ch in n:
        if ch.isupper() and out and not out.endswith("_") and not n.isupper():
            out += "_"
        out += ch.lower()
    return out.replace("-", "_").replace(".", "_").replace(" ", "_")


ASSIGN = {
    "python": ['{N} = "{v}"', "{s} = '{v}'", '    "{s}": "{v}",', "    {s}='{v}',"],
    "javascript": ['const {c} = "{v}";', "  {c}: '{v}',", "export const {N} = `{v}`;", "process.env.{N} = process.env.{N} || '{v}';"],
    "typescript": ['export const {c} = "{v}";', "  {c}: '{v}',", '  private readonly {c} = "{v}";'],
    "go": ['\t{P} = "{v}"', '{c} := "{v}"', '\t\t{P}: "{v}",'],
    "rust": ['const {N}: &str = "{v}";', 'let {s} = String::from("{v}");', '    {s}: "{v}".into(),'],
    "java": ['    private static final String {N} = "{v}";', '        props.put("{d}", "{v}");'],
    "kotlin": ['const val {N} = "{v}"', '    val {c} = "{v}"', '        buildConfigField("String", "{N}", "\\"{v}\\"")'],
    "scala": ['  val {c} = "{v}"', '  final val {N} = "{v}"'],
    "swift": ['let {c} = "{v}"', '    static let {c}: String = "{v}"'],
    "objective-c": ['static NSString * const k{P} = @"{v}";', '    [config setObject:@"{v}" forKey:@"{c}"];'],
    "c": ['#define {N} "{v}"', 'static const char *{s} = "{v}";', 'const char {s}[] = "{v}";'],
    "cpp": ['static const std::string k{P}("{v}");', 'constexpr const char* k{P} = "{v}";', '#define {N} "{v}"'],
    "csharp": ['        private const string {P} = "{v}";', '        public static string {P} { get; } = "{v}";'],
    "php": ["define('{N}', '{v}');", "    '{s}' => '{v}',", '${c} = "{v}";'],
    "ruby": ['{N} = "{v}"', "  config.{s} = '{v}'", '  {s}: "{v}",'],
    "perl": ["my ${s} = '{v}';", 'our ${N} = "{v}";', "    {s} => '{v}',"],
    "lua": ['local {s} = "{v}"', '  {s} = "{v}",'],
    "r": ['{s} <- "{v}"', 'Sys.setenv({N} = "{v}")'],
    "julia": ['const {N} = "{v}"', '{s} = "{v}"'],
    "groovy": ["def {c} = '{v}'", '    {c} = "{v}"', "    {c} = '{v}'"],
    "dart": ["const String {c} = '{v}';", "  static const {c} = '{v}';"],
    "elixir": ['  {s}: "{v}",', '@{s} "{v}"'],
    "erlang": ['    {{s}, "{v}"},', '-define({N}, "{v}").', '      {{s}, <<"{v}">>},'],
    "clojure": [' :{k} "{v}"', '(def {k} "{v}")'],
    "haskell": ['{c} = "{v}"', '  , {c} = "{v}"'],
    "yaml": ['{s}: {v}', '{s}: "{v}"', "{s}: '{v}'", '{N}: {v}'],
    "compose": ['      {N}: "{v}"', '      {N}: {v}', "      {N}: '{v}'"],
    "json": ['  "{c}": "{v}",', '    "{N}": "{v}",'],
    "json5": ["  {c}: '{v}',", '  {c}: "{v}", // rotate quarterly'],
    "toml": ['{s} = "{v}"', "{s} = '{v}'"],
    "ini": ['{s} = {v}', '{s}={v}'],
    "conf": ['{s} = {v}', '{s} {v}'],
    "properties": ['{d}={v}', '{d} = {v}', '{d}: {v}'],
    "xml": ['  <{c}>{v}</{c}>', '    <add key="{P}" value="{v}" />', '  <property name="{d}" value="{v}"/>'],
    "hcl": ['  {s} = "{v}"', '  default   = "{v}"'],
    "bicep": ["param {c} string = '{v}'", "    {c}: '{v}'"],
    "nix": ['  {c} = "{v}";', '    {N} = "{v}";'],
    "dotenv": ['{N}={v}', '{N}="{v}"', "{N}='{v}'"],
    "shell": ['export {N}="{v}"', '{N}={v}', "export {N}='{v}'"],
    "powershell": ['$env:{N} = "{v}"', "${c} = '{v}'"],
    "batch": ['set {N}={v}', 'set "{N}={v}"'],
    "dockerfile": ['ENV {N}={v}', 'ARG {N}={v}', 'ENV {N} {v}'],
    "makefile": ['{N} := {v}', '{N} ?= {v}', 'export {N} = {v}'],
    "systemd": ['Environment={N}={v}', 'Environment="{N}={v}"'],
    "crontab": ['{N}={v}', '15 2 * * * {N}={v} /opt/jobs/nightly.sh >> /var/log/nightly.log 2>&1'],
    "sql": ["ALTER ROLE svc_app WITH LOGIN PASSWORD '{v}';", "INSERT INTO integration_settings (name, value) VALUES ('{s}', '{v}');"],
    "markdown": ['| `{N}` | `{v}` | production |', '    {N}={v}', '- **{N}**: `{v}`'],
    "rst": ['   {N}={v}', '* ``{N}``: ``{v}``'],
    "asciidoc": ['| {N} | {v}', '{N}={v}'],
    "coldfusion": ['<cfset {c} = "{v}">', '<cfset application.{c} = "{v}">'],
    "classic-asp": ['{P} = "{v}"', 'Application("{P}") = "{v}"'],
    "vbnet": ['    Private Const {P} As String = "{v}"', '        Dim {c} As String = "{v}"'],
    "rexx": ["{s} = '{v}'"],
    "jcl": ["//         PARM='{N}={v}'"],
    "http": ['{N}: {v}', 'X-Api-Key: {v}'],
    "credential-file": ['{s} = {v}', '{s}={v}'],
    "notebook": ['    "{s} = \\"{v}\\"\\n",', '    "os.environ[\\"{N}\\"] = \\"{v}\\"\\n",'],
}


def render(c, family, name, tmpl=None):
    t = tmpl or c.r.choice(ASSIGN.get(family, ASSIGN["ini"]))
    return (t.replace("{N}", name.upper().replace(" ", "_").replace("-", "_") if not name.startswith("password ") else name)
             .replace("{s}", snake(name)).replace("{c}", camel(name)).replace("{P}", pascal(name))
             .replace("{d}", dotted(name)).replace("{k}", snake(name).replace("_", "-")))


def add_pos(f, context, kind=None):
    c = f.c
    if kind is None:
        kind = c.next_kind(context)
    name = c.name_for(kind)
    tmpl = render(c, f.family, name).replace("{{s}", "{" + snake(name))
    f.pos(tmpl, kind=kind, name=name)


# ---------------------------------------------------------------------- negatives
ENV_LOOKUP = {
    "python": 'os.environ["{N}"]', "javascript": "process.env.{N}", "typescript": "process.env.{N} ?? ''",
    "go": 'os.Getenv("{N}")', "rust": 'std::env::var("{N}")?', "java": 'System.getenv("{N}")',
    "kotlin": 'System.getenv("{N}")', "scala": 'sys.env("{N}")', "swift": 'ProcessInfo.processInfo.environment["{N}"]',
    "c": 'getenv("{N}")', "cpp": 'std::getenv("{N}")', "csharp": 'Environment.GetEnvironmentVariable("{N}")',
    "php": "getenv('{N}')", "ruby": 'ENV.fetch("{N}")', "perl": "$ENV{{N}}", "lua": 'os.getenv("{N}")',
    "r": 'Sys.getenv("{N}")', "julia": 'ENV["{N}"]', "groovy": 'System.getenv("{N}")', "dart": "Platform.environment['{N}']",
    "elixir": 'System.fetch_env!("{N}")', "erlang": 'os:getenv("{N}")', "clojure": '(System/getenv "{N}")',
    "haskell": 'getEnv "{N}"', "yaml": "${{N}}", "compose": "${{N}:?required}", "json": "${{N}}", "toml": "${{N}}",
    "hcl": "var.{s}", "shell": '"${{N}:?}"', "dotenv": "${{N}}", "powershell": '[Environment]::GetEnvironmentVariable("{N}", "Machine")', "batch": "%{N}%",
    "properties": "${{N}}", "xml": "${env.{N}}", "nix": 'builtins.getEnv "{N}"', "makefile": "$({N})",
    "dockerfile": "${{N}}", "systemd": "%d/{s}", "ini": "%({N})s", "conf": "$ENV{{N}}", "bicep": "keyVault.getSecret('{k}')",
}


def neg_item(c, family):
    """A hard negative rendered in the file's syntax: (text, needle, kind)."""
    g, r = c.g, c.r
    name = r.choice(["DB_PASSWORD", "API_KEY", "CLIENT_SECRET", "AUTH_TOKEN", "STRIPE_SECRET_KEY", "SMTP_PASSWORD",
                     "JWT_SECRET", "GITHUB_TOKEN", "SLACK_BOT_TOKEN", "OPENAI_API_KEY"])
    k = r.randrange(14)
    if k <= 3 and family in ENV_LOOKUP:
        ref = ENV_LOOKUP[family].replace("{N}", name).replace("{s}", snake(name)).replace("{k}", snake(name).replace("_", "-"))
        tmpl = r.choice(ASSIGN.get(family, ASSIGN["ini"]))
        text = render(c, family, name, tmpl)
        if family not in ("json", "json5", "yaml", "compose", "toml", "xml", "properties", "ini", "conf", "dotenv", "shell",
                          "markdown", "rst", "asciidoc", "makefile", "dockerfile", "systemd", "crontab"):
            text = text.replace('"{v}"', ref).replace("'{v}'", ref).replace("`{v}`", ref)
        text = text.replace("{v}", ref)
        return text, ref, "env-lookup"
    choices = [
        ("placeholder", lambda: r.choice(["<your-api-key>", "changeme", "YOUR_TOKEN_HERE", "xxxxxxxxxxxxxxxxxxxxxxxx",
                                          "REPLACE_ME", "<redacted>", "********", "TODO-set-in-vault", "your-secret-here"])),
        ("template-reference", lambda: r.choice(["${{ secrets." + name + " }}", "{{ .Values.secrets." + camel(name) + " }}",
                                                 "{{ vault `secret/data/app` `" + snake(name) + "` }}", "$(" + name + ")",
                                                 "#{" + name + "}#", "{{ " + snake(name) + " }}"])),
        ("secret-manager-reference", lambda: r.choice(["op://Platform/" + snake(name) + "/credential",
                                                       "vault:secret/data/prod/app#" + snake(name),
                                                       "arn:aws:secretsmanager:eu-west-1:" + g.s(keys.DIG, 12) + ":secret:prod/" + snake(name) + "-" + g.s(keys.ALNUM, 6),
                                                       "projects/" + g.s(keys.LO, 8) + "/secrets/" + snake(name).replace("_", "-") + "/versions/latest",
                                                       "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/" + snake(name).replace("_", "-") + "/)"])),
        ("sops-encrypted", lambda: "ENC[AES256_GCM,data:" + g.b64bytes(24) + ",iv:" + g.b64bytes(32) + ",tag:" + g.b64bytes(16) + ",type:str]"),
        ("jasypt-encrypted", lambda: "ENC(" + g.b64bytes(32) + ")"),
        ("checksum-sha256", lambda: g.hexkey(64)),
        ("uuid-identifier", lambda: g.uuid()),
        ("git-commit-sha", lambda: g.hexkey(40)),
        ("public-by-design-key", lambda: r.choice([j("pk", "_live_") + g.token(99), j("pk", "_live_") + g.token(24)])),
        ("vendor-doc-example", lambda: r.choice([j("AKIA", "IOSFODNN7", "EXAMPLE"), j("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY")])),
        ("password-policy", lambda: str(r.choice([8, 10, 12, 14, 16]))),
        ("fake-fixture", lambda: r.choice(["dummy-password-for-tests", "not-a-real-secret", "fake_api_key_for_ci",
                                           "test-token-0000000000", "hunter2-but-fake"])),
    ]
    kind, fn = r.choices(choices, weights=[0.3 if c[0] == "vendor-doc-example" else 1 for c in choices])[0]
    val = fn()
    if kind == "vendor-doc-example":
        name = "AWS_ACCESS_KEY_ID" if val.startswith("AKIA") else "AWS_SECRET_ACCESS_KEY"
    nm = {"vendor-doc-example": name, "password-policy": r.choice(["PASSWORD_MIN_LENGTH", "password_min_length", "min_password_len"]),
          "public-by-design-key": "STRIPE_PUBLISHABLE_KEY", "checksum-sha256": "ARTIFACT_SHA256", "uuid-identifier": "TENANT_ID", "git-commit-sha": "BUILD_COMMIT_SHA"}.get(kind, name)
    text = render(c, family, nm).replace("{v}", val)
    return text, val, kind


FILLER = {
    "python": ["import logging", "log = logging.getLogger(__name__)", "", "def retry(n=3):", "    return n", "TIMEOUT_SECONDS = 30"],
    "javascript": ["'use strict';", "const path = require('path');", "", "module.exports.region = 'eu-west-1';", "// keep in sync with infra"],
    "typescript": ["import { z } from 'zod';", "", "export type Env = Record<string, string>;", "const TIMEOUT_MS = 15_000;"],
    "go": ["", "// Config is loaded once at start-up.", "var defaultTimeout = 30 * time.Second"],
    "rust": ["use std::time::Duration;", "", "const POOL_SIZE: u32 = 16;"],
    "yaml": ["", "# managed by platform team", "timeout: 30s", "replicas: 2"],
    "compose": ["      # keep in sync with .env.example"],
    "json": ['  "region": "eu-west-1",', '  "retries": 3,'],
    "ini": ["", "; keep alphabetical", "timeout = 30"],
    "conf": ["", "# tuned 2025-03", "timeout 30"],
    "shell": ["", "set -euo pipefail", 'echo "deploying $ENVIRONMENT"'],
    "sql": ["", "-- rollback: see ticket", "CREATE INDEX IF NOT EXISTS idx_orders_created ON orders(created_at);"],
    "markdown": ["", "See the runbook for rotation.", ""],
}


def add_neg(f):
    text, needle, kind = neg_item(f.c, f.family)
    f.neg(text, needle, kind)


def fill(f, npos, nneg, ctx_share=0.2):
    """npos deck positives and nneg deck negatives, shuffled, with ordinary lines between."""
    r = f.c.r
    items = ["p"] * npos + ["n"] * nneg
    r.shuffle(items)
    fl = FILLER.get(f.family, [""])
    for it in items:
        if r.random() < 0.6:
            f.l(r.choice(fl))
        if it == "p":
            add_pos(f, r.random() < ctx_share)
        else:
            add_neg(f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=20261130)
    a = ap.parse_args()
    c = Corpus(a.seed)
    import repos
    repos.build(c)
    out = os.path.realpath(a.corpus)
    if os.path.isdir(os.path.join(out, "repos")):
        shutil.rmtree(os.path.join(out, "repos"))
    os.makedirs(out, exist_ok=True)
    for f in c.files.values():
        f.write(out)
    # self-check: every label's line (as written) holds its value
    seen = set()
    with open(os.path.join(out, "labels.jsonl"), "w") as fh:
        for lab in c.labels:
            p = os.path.join(out, "repos", lab["path"])
            with open(p, newline="") as src:
                text = src.read().replace("\r\n", "\n").split("\n")
            assert lab["_needle"] in text[lab["line"] - 1], (lab["path"], lab["line"], lab["kind"])
            key = (lab["path"], lab["line"])
            assert key not in seen, ("two labels on one line", key)
            seen.add(key)
            row = {k: v for k, v in lab.items() if not k.startswith("_")}
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(out, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/blind6/generate.py"}, fh)
    pos = [l for l in c.labels if l["positive"]]
    print(f"blind6: {len({l['path'].split('/')[0] for l in c.labels})} repos, {len(c.files)} files, "
          f"{len(pos)} positives ({sum(l['context_only'] for l in pos)} context-only, {len({l['kind'] for l in pos})} kinds), "
          f"{len(c.labels) - len(pos)} negatives", file=sys.stderr)


if __name__ == "__main__":
    main()
