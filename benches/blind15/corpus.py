"""File builder, labels and per-syntax renderers for the fifteenth blind corpus."""
import json
import os

from keys import j


def upper(n):
    return n.upper()


def camel(n):
    p = n.split("_")
    return p[0] + "".join(x[:1].upper() + x[1:] for x in p[1:])


def pascal(n):
    return "".join(x[:1].upper() + x[1:] for x in n.split("_"))


# syntax -> family label used in labels.jsonl
FAMILY = {
    "dotenv": "dotenv", "shell": "shell-script", "yaml": "yaml-config", "json": "json", "json5": "json5",
    "toml": "toml", "ini": "ini", "properties": "properties", "xml": "xml", "plist": "plist", "hcl": "terraform",
    "nix": "nix", "python": "code-python", "js": "code-js", "ts": "code-ts", "go": "code-go", "java": "code-java",
    "kotlin": "code-kotlin", "scala": "code-scala", "csharp": "code-csharp", "ruby": "code-ruby", "php": "code-php",
    "rust": "code-rust", "swift": "code-swift", "objc": "code-objc", "dart": "code-dart", "elixir": "code-elixir",
    "perl": "code-perl", "lua": "code-lua", "r": "code-r", "julia": "code-julia", "groovy": "code-groovy",
    "c": "code-c", "cpp": "code-cpp", "powershell": "powershell", "batch": "batch", "dockerfile": "dockerfile",
    "compose": "yaml-compose", "k8s": "yaml-k8s", "helm": "yaml-helm", "makefile": "makefile", "systemd": "systemd",
    "crontab": "crontab", "markdown": "markdown", "http": "http-file", "hocon": "hocon", "ci": "yaml-ci",
    "sql": "sql", "conf": "conf", "rst": "restructuredtext", "adoc": "asciidoc", "notebook": "notebook",
}

COMMENT = {
    "dotenv": "#", "shell": "#", "yaml": "#", "toml": "#", "ini": ";", "properties": "#", "hcl": "#", "nix": "#",
    "python": "#", "js": "//", "ts": "//", "go": "//", "java": "//", "kotlin": "//", "scala": "//", "csharp": "//",
    "ruby": "#", "php": "//", "rust": "//", "swift": "//", "objc": "//", "dart": "//", "elixir": "#", "perl": "#",
    "lua": "--", "r": "#", "julia": "#", "groovy": "//", "c": "//", "cpp": "//", "powershell": "#", "batch": "REM",
    "dockerfile": "#", "compose": "#", "k8s": "#", "helm": "#", "makefile": "#", "systemd": "#", "crontab": "#",
    "hocon": "#", "ci": "#", "sql": "--", "conf": "#", "json5": "//",
}


def render(syn, name, val, raw=False, alt=0):
    """Returns (lines, index of the line holding the value)."""
    q = (lambda v: v) if raw else (lambda v: '"' + v + '"')
    sq = (lambda v: v) if raw else (lambda v: "'" + v + "'")
    U, C, P = upper(name), camel(name), pascal(name)
    if syn == "dotenv":
        return [f"{U}={val}" if alt % 2 == 0 or raw else f'{U}="{val}"'], 0
    if syn == "shell":
        return [f"export {U}={q(val)}" if alt % 2 == 0 else f"{U}={sq(val)}"], 0
    if syn in ("yaml", "helm", "ci"):
        if raw and val[:1] in "{*&!%@":
            return [f'{name}: "{val}"'], 0
        return [f"{name}: {q(val) if alt % 2 else val}"], 0
    if syn == "json":
        return [f'"{C if alt % 2 else name}": {val if raw else json.dumps(val)},'], 0
    if syn == "json5":
        return [f"{C}: {sq(val)},"], 0
    if syn in ("toml", "hcl"):
        return [f"{name} = {q(val)}"], 0
    if syn == "ini":
        return [f"{name} = {val}" if alt % 2 == 0 else f"{name}={val}"], 0
    if syn == "properties":
        return [f"{name.replace('_', '.')}={val}"], 0
    if syn == "hocon":
        return [f"{C} = {q(val)}"], 0
    if syn == "xml":
        return [f"  <{C}>{val}</{C}>" if alt % 2 == 0 else f'  <add key="{P}" value="{val}" />'], 0
    if syn == "plist":
        return [f"\t<key>{P}</key>", f"\t<string>{val}</string>"], 1
    if syn == "nix":
        return [f"  {C} = {q(val)};"], 0
    if syn == "python":
        return [f"{U} = {q(val)}" if alt % 2 == 0 else f"    {name}={sq(val)},"], 0
    if syn == "js":
        return [f"const {C} = {sq(val)};" if alt % 2 == 0 else f"  {C}: {sq(val)},"], 0
    if syn == "ts":
        return [f"export const {U}: string = {q(val)};" if alt % 2 == 0 else f"  {C}: {q(val)},"], 0
    if syn == "go":
        return [f"\t{C} = {'`' + val + '`' if not raw else val}" if alt % 2 == 0 else f"\t\t{P}: {q(val)},"], 0
    if syn == "java":
        return [f"    private static final String {U} = {q(val)};"], 0
    if syn == "kotlin":
        return [f"    val {C} = {q(val)}" if alt % 2 == 0 else f"    const val {U} = {q(val)}"], 0
    if syn == "scala":
        return [f"  val {C}: String = {q(val)}"], 0
    if syn == "csharp":
        return [f"        private const string {P} = {q(val)};" if alt % 2 == 0 else f"            {P} = {q(val)},"], 0
    if syn == "ruby":
        return [f"  config.{name} = {sq(val)}" if alt % 2 == 0 else f"{U} = {q(val)}.freeze"], 0
    if syn == "php":
        return [f"    '{name}' => {sq(val)}," if alt % 2 == 0 else f"define('{U}', {sq(val)});"], 0
    if syn == "rust":
        return [f"const {U}: &str = {q(val)};" if alt % 2 == 0 else f"        {name}: {q(val)}.to_string(),"], 0
    if syn == "swift":
        return [f"    static let {C} = {q(val)}"], 0
    if syn == "objc":
        return [f"static NSString * const k{P} = @{q(val)};"], 0
    if syn == "dart":
        return [f"  static const {C} = {sq(val)};"], 0
    if syn == "elixir":
        return [f"  {name}: {q(val)},"], 0
    if syn == "perl":
        return [f"my ${name} = {sq(val)};" if alt % 2 == 0 else f"    {name} => {sq(val)},"], 0
    if syn == "lua":
        return [f"local {name} = {q(val)}" if alt % 2 == 0 else f"  {name} = {q(val)},"], 0
    if syn == "r":
        return [f"{name} <- {q(val)}" if alt % 2 == 0 else f'Sys.setenv({U} = {q(val)})'], 0
    if syn == "julia":
        return [f"const {U} = {q(val)}"], 0
    if syn == "groovy":
        return [f"def {C} = {sq(val)}" if alt % 2 == 0 else f"    {C} = {sq(val)}"], 0
    if syn == "c":
        return [f"#define {U} {q(val)}"], 0
    if syn == "cpp":
        return [f"static const std::string k{P} = {q(val)};"], 0
    if syn == "powershell":
        return [f"$env:{U} = {q(val)}" if alt % 2 == 0 else f"${P} = {sq(val)}"], 0
    if syn == "batch":
        return [f"set {U}={val}" if alt % 2 == 0 else f'set "{U}={val}"'], 0
    if syn == "dockerfile":
        return [f"ENV {U}={val}" if alt % 2 == 0 else f"ARG {U}={val}"], 0
    if syn == "compose":
        return [f"      {U}: {val}" if alt % 2 == 0 else f"      - {U}={val}"], 0
    if syn == "k8s":
        return [f"            - name: {U}", f"              value: {q(val)}"], 1
    if syn == "makefile":
        return [f"{U} ?= {val}" if alt % 2 == 0 else f"{U} := {val}"], 0
    if syn == "systemd":
        return [f'Environment="{U}={val}"' if alt % 2 == 0 else f"Environment={U}={val}"], 0
    if syn == "crontab":
        return [f"15 */4 * * * {U}={sq(val)} /opt/jobs/{name.split('_')[0]}-sync.sh >/dev/null 2>&1"], 0
    if syn == "markdown":
        return [f"| `{U}` | `{val}` | set on the staging host |"], 0
    if syn == "rst":
        return [f"   * - ``{U}``", f"     - ``{val}``"], 1
    if syn == "adoc":
        return [f"| {U} | `{val}`"], 0
    if syn == "sql":
        return [f"INSERT INTO integration_settings (name, value) VALUES ('{name}', '{val}');"], 0
    if syn == "notebook":
        return [f'    "{name} = \\"{val}\\"\\n",'], 0
    raise KeyError(syn)


# per-syntax references (a secret read from elsewhere): negatives
def ref(syn, name):
    U = upper(name)
    return {
        "dotenv": "${" + U + "}", "shell": '"${' + U + ':?missing}"', "yaml": "${" + U + "}", "helm": "{{ .Values.secrets." + camel(name) + " }}",
        "ci": "${{ secrets." + U + " }}", "json": '"${' + U + '}"', "json5": "process.env." + U, "toml": '"env:' + U + '"',
        "ini": "%(ENV_" + U + ")s", "properties": "${" + U + "}", "hocon": "${?" + U + "}", "xml": "${env." + U + "}",
        "plist": "$(" + U + ")", "hcl": "var." + name, "nix": 'builtins.readFile config.age.secrets.' + camel(name) + '.path',
        "python": 'os.environ["' + U + '"]', "js": "process.env." + U, "ts": 'process.env.' + U + ' ?? ""',
        "go": 'os.Getenv("' + U + '")', "java": 'System.getenv("' + U + '")', "kotlin": 'System.getenv("' + U + '")',
        "scala": 'sys.env("' + U + '")', "csharp": 'Environment.GetEnvironmentVariable("' + U + '")',
        "ruby": 'ENV.fetch("' + U + '")', "php": "getenv('" + U + "')", "rust": 'std::env::var("' + U + '")?',
        "swift": 'ProcessInfo.processInfo.environment["' + U + '"] ?? ""', "objc": '[[NSProcessInfo processInfo] environment][@"' + U + '"]',
        "dart": "Platform.environment['" + U + "']", "elixir": 'System.fetch_env!("' + U + '")', "perl": "$ENV{" + U + "}",
        "lua": 'os.getenv("' + U + '")', "r": 'Sys.getenv("' + U + '")', "julia": 'ENV["' + U + '"]',
        "groovy": "credentials('" + name.replace("_", "-") + "')", "c": 'getenv("' + U + '")', "cpp": 'std::getenv("' + U + '")',
        "powershell": "$env:" + U, "batch": "%" + U + "%", "dockerfile": "${" + U + "}", "compose": "${" + U + ":?err}",
        "k8s": "$(" + U + ")", "makefile": "$(shell vault kv get -field=value secret/" + name + ")", "systemd": "%d/" + name,
        "markdown": "(stored in 1Password)", "sql": "current_setting('app." + name + "')", "notebook": "os.environ['" + U + "']",
        "crontab": "$(cat /run/secrets/" + name + ")", "adoc": "see the vault", "rst": "see the vault",
    }[syn]


FILLER = {
    "dotenv": ["LOG_LEVEL=info", "PORT=8080", "TZ=UTC", "NODE_ENV=production", "FEATURE_BATCHING=true", "HTTP_TIMEOUT_MS=15000",
               "REGION=eu-west-1", "WORKERS=4", "CACHE_TTL=300", "PUBLIC_BASE_URL=https://app.example.org"],
    "shell": ["set -euo pipefail", 'cd "$(dirname "$0")"', 'echo "[$(date -Is)] starting"', "umask 077",
              'LOG=/var/log/sync.log', 'mkdir -p "$WORKDIR"', "sleep 2", 'trap \'rm -rf "$TMP"\' EXIT'],
    "yaml": ["timeout_seconds: 30", "retries: 3", "log_level: info", "enabled: true", "region: eu-central-1",
             "batch_size: 500", "base_url: https://api.example.org/v2", "verify_tls: true"],
    "json": ['"timeout": 30,', '"region": "us-east-1",', '"retries": 5,', '"enabled": true,', '"logLevel": "warn",',
             '"baseUrl": "https://api.example.org",'],
    "toml": ["timeout = 30", 'log_level = "info"', "workers = 4", 'region = "eu-west-2"', "enabled = true"],
    "ini": ["timeout = 30", "log_level = info", "retries = 3", "enabled = yes", "pool_size = 10"],
    "properties": ["server.port=8080", "logging.level.root=INFO", "spring.jpa.open-in-view=false", "app.batch.size=200"],
    "python": ["import logging", "log = logging.getLogger(__name__)", "TIMEOUT = 30", "RETRIES = 3", "BATCH_SIZE = 250",
               "DEFAULT_REGION = \"eu-west-1\""],
    "js": ["const TIMEOUT_MS = 15000;", "const RETRIES = 3;", "const log = require('pino')();", "let inflight = 0;"],
    "ts": ["export const TIMEOUT_MS = 15_000;", "export const RETRIES = 3;", "const log = createLogger('svc');"],
    "go": ["\ttimeout = 30 * time.Second", "\tretries = 3", "\tbatchSize = 500"],
    "java": ["    private static final int TIMEOUT_SECONDS = 30;", "    private static final int RETRIES = 3;"],
    "csharp": ["        private const int TimeoutSeconds = 30;", "        private const int Retries = 3;"],
    "ruby": ["  config.timeout = 30", "  config.retries = 3", "  config.logger = Rails.logger"],
    "php": ["    'timeout' => 30,", "    'retries' => 3,", "    'region' => 'eu-west-1',"],
    "compose": ["      TZ: UTC", "      LOG_LEVEL: info", "      WORKERS: \"4\""],
    "k8s": ["            - name: LOG_LEVEL\n              value: info", "            - name: PORT\n              value: \"8080\"",
            "            - name: OTEL_SERVICE_NAME\n              value: worker"],
}
# syntaxes whose two renderings are not interchangeable inside one block: one form per file
STRUCT = {"python", "js", "ts", "go", "csharp", "php", "perl", "lua", "groovy", "compose", "rust", "xml", "ruby", "kotlin"}
GENERIC_FILLER = ["{c} keep in sync with the runbook", "{c} TODO: move to the secrets manager (OPS-2231)",
                  "{c} last rotated by the platform team", "{c} see docs/integrations.md"]


class Corpus:
    def __init__(self, out, gen):
        self.out = out
        self.g = gen
        self.r = gen.r
        self.files = {}
        self.labels = []

    def file(self, path, syn=None, crlf=False, family=None):
        f = File(self, path, syn, crlf, family)
        assert path not in self.files, path
        self.files[path] = f
        return f

    def write(self):
        repos = os.path.join(self.out, "repos")
        for path, f in self.files.items():
            full = os.path.join(repos, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            nl = "\r\n" if f.crlf else "\n"
            with open(full, "w", newline="") as fh:
                fh.write(nl.join(f.lines) + nl)
        # self-check: every labelled line holds its value
        seen = set()
        for lab in self.labels:
            text = open(os.path.join(repos, lab["path"]), newline="").read()
            lines = text.replace("\r\n", "\n").split("\n")
            key = (lab["path"], lab["line"])
            assert key not in seen, f"two labels on one line: {key}"
            seen.add(key)
            sec = lab["secret"]
            if "\n" in sec:
                want = sec.split("\n")
                got = lines[lab["line"] - 1: lab["line"] - 1 + len(want)]
                assert got == want, f"multi-line label mismatch at {key}"
            else:
                assert sec in lines[lab["line"] - 1], f"label value not on its line: {key} {lab['kind']}"
        with open(os.path.join(self.out, "labels.jsonl"), "w") as fh:
            for lab in self.labels:
                fh.write(json.dumps(lab) + "\n")


class File:
    def __init__(self, corpus, path, syn, crlf, family):
        self.c = corpus
        self.path = path
        self.syn = syn
        self.crlf = crlf
        self.family = family or (FAMILY.get(syn) if syn else None)
        self.lines = []
        self.alt = None
        self.indent = ""
        self.used = set()

    def l(self, *lines):
        for x in lines:
            self.lines.extend(x.split("\n"))
        return self

    def _label(self, lineno, value, kind, provider, ctx, positive, family):
        self.c.labels.append({"path": self.path, "line": lineno, "kind": kind, "provider": provider,
                              "family": family or self.family, "context_only": bool(ctx), "positive": positive,
                              "secret": value})

    def p(self, line, value, kind, provider, ctx=False, family=None):
        """a positive on a literal line"""
        assert value and value in line, (self.path, kind)
        self.lines.append(line)
        self._label(len(self.lines), value, kind, provider, ctx, True, family)
        return value

    def n(self, line, value, kind, family=None):
        if not value:
            value = line.strip()
        assert value in line, (self.path, kind, value)
        self.lines.append(line)
        self._label(len(self.lines), value, kind, "-", False, False, family)

    def block(self, text, kind, provider, ctx=False, family=None, positive=True):
        """a multi-line value (PEM, PPK): label on its first line"""
        start = len(self.lines) + 1
        self.lines.extend(text.split("\n"))
        self._label(start, text, kind, provider, ctx, positive, family)

    def filler(self, k=None):
        syn = self.syn
        k = self.c.r.randrange(1, 3) if k is None else k
        pool = FILLER.get(syn) if self.alt != 1 else None
        for _ in range(k):
            fresh = [x for x in (pool or []) if x not in self.used]
            if fresh and self.c.r.random() < 0.75:
                x = self.c.r.choice(fresh)
                self.used.add(x)
                self.lines.extend(self.indent + y for y in x.split("\n"))
            elif syn in COMMENT:
                self.lines.append(self.indent + self.c.r.choice(GENERIC_FILLER).format(c=COMMENT[syn]))

    def item(self, it, alt=None):
        """render a deck item in this file's syntax"""
        kind, name, value, provider, ctx, positive = it
        if alt is None:
            alt = self.alt if self.alt is not None else (0 if self.syn in STRUCT else self.c.r.randrange(2))
        raw = provider == "REF"
        lines, idx = render(self.syn, name, value, raw=raw, alt=alt)
        lines = [self.indent + x for x in lines]
        base = len(self.lines)
        self.lines.extend(lines)
        if positive:
            self._label(base + idx + 1, value, kind, provider, ctx, True, None)
        else:
            self._label(base + idx + 1, value, kind, "-", False, False, None)

    def deck(self, items, spacing=True):
        for it in items:
            if spacing:
                self.filler()
            self.item(it)
        if spacing:
            self.filler(1)
        return self
