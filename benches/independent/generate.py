#!/usr/bin/env python3
"""Writes the independent detection-quality corpus: ~40 small, realistic repositories with
planted secrets (positives) and hard negatives, into OUTDIR/repos/, plus OUTDIR/labels.jsonl
(paths in it are relative to OUTDIR/repos, so the labels themselves are never scanned).

    generate.py OUTDIR [--seed N]

Deterministic for a given seed. Written without reading leakgate's rules, sources or tests; see
BRIEF.md. Every secret is generated here at run time; nothing credential-like is a literal.
"""
import argparse
import base64
import hashlib
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True   # keep benches/independent free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import secrets_lib as S  # noqa: E402
from secrets_lib import Gen, Kind  # noqa: E402

# ------------------------------------------------------------------ name styles
def snake(n):
    return n.lower()


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


def dotted(n):
    return n.lower().replace("_", ".")


def kebab(n):
    return n.lower().replace("_", "-")


# syntax -> (family, renderer(name, value, raw) -> line)
def q(v, raw, quote='"'):
    return v if raw else f"{quote}{v}{quote}"


SYNTAX = {
    "env": ("dotenv", lambda n, v, r: f"{n}={v}"),
    "env-q": ("dotenv", lambda n, v, r: f'{n}="{v}"'),
    "export": ("shell-script", lambda n, v, r: f"export {n}={q(v, r, chr(39))}"),
    "yaml": ("yaml-config", lambda n, v, r: f"  {snake(n)}: {q(v, r)}"),
    "yaml-plain": ("yaml-config", lambda n, v, r: f"  {snake(n)}: {v}"),
    "helm": ("yaml-helm", lambda n, v, r: f"  {camel(n)}: {q(v, r)}"),
    "compose-list": ("yaml-compose", lambda n, v, r: f"      - {n}={v}"),
    "compose-map": ("yaml-compose", lambda n, v, r: f"      {n}: {q(v, r)}"),
    "ci": ("yaml-ci", lambda n, v, r: f"  {n}: {q(v, r)}"),
    "py": ("code-python", lambda n, v, r: f"{n} = {q(v, r)}"),
    "py-dict": ("code-python", lambda n, v, r: f'    "{snake(n)}": {q(v, r)},'),
    "py-kw": ("code-python", lambda n, v, r: f"    {snake(n)}={q(v, r)},"),
    "js": ("code-js", lambda n, v, r: f"const {camel(n)} = {q(v, r, chr(39))};"),
    "js-obj": ("code-js", lambda n, v, r: f"  {camel(n)}: {q(v, r, chr(39))},"),
    "ts": ("code-js", lambda n, v, r: f"export const {n}: string = {q(v, r)};"),
    "go": ("code-go", lambda n, v, r: f"\t{camel(n)} = {q(v, r, '`' if not r and chr(34) in v else chr(34))}"),
    "go-struct": ("code-go", lambda n, v, r: f"\t\t{pascal(n)}: {q(v, r)},"),
    "java": ("code-java", lambda n, v, r: f"    private static final String {n} = {q(v, r)};"),
    "cs": ("code-csharp", lambda n, v, r: f"        private const string {pascal(n)} = {q(v, r)};"),
    "rb": ("code-ruby", lambda n, v, r: f"{n} = {q(v, r)}"),
    "rb-hash": ("code-ruby", lambda n, v, r: f"  {snake(n)}: {q(v, r)},"),
    "php-define": ("code-php", lambda n, v, r: f"define( '{n}', {q(v, r, chr(39))} );"),
    "php-arr": ("code-php", lambda n, v, r: f"        '{snake(n)}' => {q(v, r, chr(39))},"),
    "props": ("properties", lambda n, v, r: f"app.{dotted(n)}={v}"),
    "json": ("json", lambda n, v, r: f'    "{camel(n)}": {q(v, r)}'),
    "json-upper": ("json", lambda n, v, r: f'    "{n}": {q(v, r)}'),
    "xml-add": ("xml", lambda n, v, r: f'    <add key="{pascal(n)}" value="{v}" />'),
    "tf": ("terraform", lambda n, v, r: f"  {snake(n)} = {q(v, r)}"),
    "tfvars": ("terraform", lambda n, v, r: f"{snake(n)} = {q(v, r)}"),
    "ps": ("powershell", lambda n, v, r: f"$env:{n} = {q(v, r)}"),
    "ps-var": ("powershell", lambda n, v, r: f"${camel(n)} = {q(v, r, chr(39))}"),
    "bat": ("batch", lambda n, v, r: f'set "{n}={v}"'),
    "bat-plain": ("batch", lambda n, v, r: f"set {n}={v}"),
    "ini": ("ini", lambda n, v, r: f"{snake(n)} = {v}"),
    "toml": ("toml", lambda n, v, r: f"{snake(n)} = {q(v, r)}"),
    "docker-env": ("dockerfile", lambda n, v, r: f"ENV {n}={v}"),
    "docker-arg": ("dockerfile", lambda n, v, r: f"ARG {n}={v}"),
    "md-table": ("markdown", lambda n, v, r: f"| `{n}` | `{v}` | {n.split('_')[0].lower()} |"),
    "md-code": ("markdown", lambda n, v, r: f"{n}={v}"),
}


# ------------------------------------------------------------------ negatives
def _x(n, c="x"):
    return c * n


def env_ref(syntax, n):
    """A reference to the value, per syntax: (value, raw)."""
    fam = SYNTAX[syntax][0]
    table = {
        "code-python": [(f'os.environ["{n}"]', True), (f'os.getenv("{n}")', True), (f'env("{n}")', True)],
        "code-js": [(f"process.env.{n}", True), (f"process.env['{n}'] ?? ''", True)],
        "code-go": [(f'os.Getenv("{n}")', True)],
        "code-java": [(f'System.getenv("{n}")', True)],
        "code-csharp": [(f'Environment.GetEnvironmentVariable("{n}")', True)],
        "code-ruby": [(f'ENV.fetch("{n}")', True), (f'ENV["{n}"]', True)],
        "code-php": [(f"getenv('{n}')", True), (f"env('{n}')", True)],
        "terraform": [(f"var.{snake(n)}", True)],
        "powershell": [(f"$env:{n}", True)],
        "batch": [(f"%{n}%", False)],
        "yaml-helm": [(f"{{{{ .Values.{camel(n)} }}}}", False)],
        "yaml-ci": [(f"${{{{ secrets.{n} }}}}", False), (f"$({n})", False)],
        "yaml-compose": [(f"${{{n}}}", False), (f"${{{n}:?{n} is required}}", False)],
        "properties": [(f"${{{n}}}", False), (f"${{{n}:}}", False)],
        "xml": [(f"#{{{n}}}#", False), (f"$({n})", False)],
        "json": [(f"${{{n}}}", False), (f"#{{{n}}}", False)],
        "markdown": [(f"${n}", False)],
    }
    opts = table.get(fam, [(f"${{{n}}}", False), (f"${n}", False)])
    return opts


PLACEHOLDERS = ["your-api-key-here", "changeme", "<TOKEN>", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "<your-secret>",
                "TODO", "dummy", "********", "your_password_here", "<insert-key>", "PUT_YOUR_KEY_HERE", "CHANGE_ME",
                "<redacted>", "none", "example", "...", "<password>", "YOUR_TOKEN", "set-me-in-prod"]


def vendor_placeholders():
    return ["sk-" + "proj-" + _x(40), "gh" + "p_" + _x(36, "X"), "AK" + "IA" + _x(16, "X"), "xo" + "xb-your-bot-token",
            "sk" + "_live_" + _x(24), "gl" + "pat-" + _x(20), "AI" + "za" + _x(35, "X"), "hf_" + _x(34),
            "sk-ant-" + "api03-...", "SG." + _x(22) + "." + _x(43), "sk-" + "...", "np" + "m_" + _x(36, "X"),
            "dapi" + _x(32), "xo" + "xp-0000000000-0000000000", "whsec_" + "...", "sk-" + "<your key>"]


def vendor_examples():
    """Values vendors publish in their own documentation (assembled from parts)."""
    return [
        ("aws-example-key", "AWS_ACCESS_KEY_ID", "AKIA" + "IOSFODNN7" + "EXAMPLE"),
        ("aws-example-key", "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"),
        ("aws-example-key", "AWS_ACCESS_KEY_ID", "AKIA" + "I44QH8DHB" + "EXAMPLE"),
        ("aws-example-key", "AWS_SECRET_ACCESS_KEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvb" + "EXAMPLEKEY"),
        ("stripe-doc-test-key", "STRIPE_SECRET_KEY", "sk" + "_test_" + "4eC39HqLyjWDarjtT1zdp7dc"),
        ("stripe-doc-test-key", "STRIPE_PUBLISHABLE_KEY", "pk" + "_test_" + "TYooMQauvdEDq54NiTphI7jx"),
        ("jwt-io-sample", "ACCESS_TOKEN", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." +
         "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ" + "." +
         "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ]


class Neg:
    """A negative generator: fn(g, syntax, name) -> (name, value, raw)."""

    def __init__(self, name, fn, names):
        self.name, self.fn, self.names = name, fn, names


def _neg_placeholder(g, syn, n):
    return n, g.pick(PLACEHOLDERS), False


def _neg_vendor_placeholder(g, syn, n):
    return n, g.pick(vendor_placeholders()), False


def _neg_env_ref(g, syn, n):
    v, raw = g.pick(env_ref(syn, n))
    return n, v, raw


def _neg_secret_ref(g, syn, n):
    acct = g.digits(12)
    opts = [f"arn:aws:secretsmanager:us-east-1:{acct}:secret:prod/{kebab(n)}-{g.alnum(6)}",
            f"arn:aws:ssm:eu-west-1:{acct}:parameter/app/prod/{snake(n)}",
            f"projects/{g.pick(['acme-prod', 'billing-42'])}/secrets/{kebab(n)}/versions/latest",
            f"vault:secret/data/{g.pick(['payments', 'web'])}#{snake(n)}",
            f"op://Engineering/{pascal(n)}/credential",
            f"@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/{pascal(n)}/)",
            f"ssm:/app/prod/{snake(n)}", f"sm://{kebab(n)}"]
    return n, g.pick(opts), False


def _neg_hash(g, syn, n):
    n2, v = g.pick([("GIT_COMMIT", g.hex(40)), ("SOURCE_VERSION", g.hex(40)), ("BUILD_SHA", g.hex(40)),
                    ("CHECKSUM_SHA256", g.hex(64)), ("IMAGE_DIGEST", "sha256:" + g.hex(64)),
                    ("CACHE_KEY", "deps-" + g.hex(40)), ("ETAG", g.hex(32)), ("RELEASE_SHA", g.hex(40)),
                    ("MD5_CHECKSUM", g.hex(32)), ("ARTIFACT_SHA1", g.hex(40))])
    return n2, v, False


def _neg_uuid(g, syn, n):
    return g.pick(["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "SUBSCRIPTION_ID", "PROJECT_ID", "WORKSPACE_ID",
                   "ORG_ID", "REQUEST_ID", "TRACE_ID", "DEVICE_ID", "APP_ID"]), g.uuid(), False


def _neg_public(g, syn, n):
    n2, v = g.pick([
        ("STRIPE_PUBLISHABLE_KEY", "pk" + "_live_" + "51" + g.alnum(97)),
        ("MAPBOX_PUBLIC_TOKEN", "p" + "k." + S.b64u_json({"u": "acme-maps", "a": g.alnum(25)}) + "." + g.s(S.URLSAFE, 22)),
        ("GOOGLE_CLIENT_ID", g.digits(12) + "-" + g.s(S.LO + S.DIG, 32) + ".apps.googleusercontent.com"),
        ("RECAPTCHA_SITE_KEY", "6L" + g.s(S.URLSAFE, 38)),
        ("TWILIO_ACCOUNT_SID", "A" + "C" + g.hex(32)),
        ("ALGOLIA_APP_ID", g.s(S.UP + S.DIG, 10)),
        ("SUPABASE_ANON_KEY", S.jwt(g, {"iss": "supabase", "ref": g.s(S.LO, 20), "role": "anon", "iat": 1700000000})),
        ("NEXT_PUBLIC_POSTHOG_KEY", "ph" + "c_" + g.alnum(43)),
        ("ETH_ADDRESS", "0x" + g.hex(40)),
        ("AWS_ACCOUNT_ID", g.digits(12)),
    ])
    return n2, v, False


def _neg_redacted(g, syn, n):
    return n, g.pick(["sk-" + "proj-****************", "gh" + "p_****************************" + g.alnum(4),
                      "[REDACTED]", "***", "<hidden>", "sk_live_" + "…" + g.alnum(4), "********" + g.alnum(4),
                      "xxxx-xxxx-xxxx-" + g.alnum(4)]), False


def _neg_fake(g, syn, n):
    return n, g.pick(["fake-token-for-unit-tests", "test-secret-do-not-use", "dummy-api-key", "not-a-real-password",
                      "fake_" + snake(n), "sample-value", "mock-token",
                      "insecure-test-key"]), False


def _neg_config(g, syn, n):
    n2, v = g.pick([("PASSWORD_MIN_LENGTH", "12"), ("TOKEN_TTL_SECONDS", "3600"), ("SECRET_ROTATION_DAYS", "90"),
                    ("API_KEY_HEADER", "X-Api-Key"), ("AUTH_SCHEME", "Bearer"), ("PASSWORD_HASHER", "argon2id"),
                    ("JWT_ALGORITHM", "RS256"), ("TOKEN_URL", "https://auth.example.com/oauth/token"),
                    ("SECRET_BACKEND", "aws-secretsmanager"), ("KEY_VAULT_NAME", "kv-prod-weu"),
                    ("PASSWORD_RESET_URL", "/account/reset"), ("API_KEY_PREFIX", "acme_"), ("TOKEN_TYPE", "access_token"),
                    ("CREDENTIALS_FILE", "/run/secrets/creds.json"), ("SECRET_NAME", "prod/db/password")])
    return n2, v, False


def _neg_code_ref(g, syn, n):
    """The value comes from another variable, a parameter, a prompt or a config lookup."""
    fam = SYNTAX[syn][0]
    sn, cn = snake(n), camel(n)
    table = {
        "code-python": [f"self.{sn}", f'config["{sn}"]', f"args.{sn}", "getpass.getpass()", f"settings.{n}", sn,
                        f'keyring.get_password("acme", "{sn}")'],
        "code-js": [f"config.{cn}", f"opts.{cn}", f"req.body.{cn}", f"await getSecret('{kebab(n)}')", cn],
        "code-go": [f"cfg.{pascal(n)}", f'viper.GetString("{sn}")', cn],
        "code-java": [f'props.getProperty("{dotted(n)}")', f"config.get{pascal(n)}()", cn],
        "code-csharp": [f'configuration["{pascal(n)}"]', f"options.{pascal(n)}", cn],
        "code-ruby": [f"Rails.application.credentials.{sn}", f"params[:{sn}]", sn],
        "code-php": [f"$config['{sn}']", f"$_ENV['{n}']", f"${sn}"],
    }
    if fam in table:
        return n, g.pick(table[fam]), True
    return _neg_env_ref(g, syn, n)


def _neg_vendor_example(g, syn, n):
    _, n2, v = g.pick(vendor_examples())
    return n2, v, False


def _neg_encrypted(g, syn, n):
    # Only self-describing ciphertext: a bare SealedSecrets blob is recognisable only inside its
    # manifest (see k8s-platform), so it is not rendered into arbitrary syntaxes.
    return n, f"ENC[AES256_GCM,data:{g.b64(g.r.randint(12, 40))},iv:{g.b64(32)},tag:{g.b64(16)},type:str]", False


NEGS = [
    Neg("placeholder", _neg_placeholder, None), Neg("vendor-placeholder", _neg_vendor_placeholder, None),
    Neg("env-reference", _neg_env_ref, None), Neg("secret-manager-reference", _neg_secret_ref, None),
    Neg("non-secret-hash", _neg_hash, None), Neg("uuid-identifier", _neg_uuid, None),
    Neg("public-identifier", _neg_public, None), Neg("redacted", _neg_redacted, None),
    Neg("fake-fixture", _neg_fake, None), Neg("non-secret-config", _neg_config, None),
    Neg("encrypted-value", _neg_encrypted, None), Neg("vendor-example-key", _neg_vendor_example, None),
    Neg("placeholder", _neg_placeholder, None), Neg("env-reference", _neg_env_ref, None),
    Neg("code-reference", _neg_code_ref, None),
]
NEG_NAMES = ["API_KEY", "DB_PASSWORD", "SECRET_KEY", "AUTH_TOKEN", "OPENAI_API_KEY", "STRIPE_SECRET_KEY",
             "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "CLIENT_SECRET", "SMTP_PASSWORD",
             "REDIS_PASSWORD", "JWT_SECRET", "SENDGRID_API_KEY", "ANTHROPIC_API_KEY"]


# ------------------------------------------------------------------ corpus
class Deck:
    def __init__(self, rng, items):
        self.rng, self.items, self.pool = rng, list(items), []

    def draw(self, ok=lambda x: True):
        for _ in range(3):
            if not self.pool:
                self.pool = list(self.items)
                self.rng.shuffle(self.pool)
            for i in range(len(self.pool) - 1, -1, -1):
                if ok(self.pool[i]):
                    return self.pool.pop(i)
            self.pool = []
        return self.rng.choice([x for x in self.items if ok(x)])


class Corpus:
    def __init__(self, out, seed):
        self.out, self.rng = out, random.Random(seed)
        self.g = Gen(self.rng)
        self.labels = []
        single = [k for k in S.POS.values() if not k.multiline and k.name != "gcp-service-account-key"]
        self.vendor = Deck(self.rng, single)
        self.ctx = Deck(self.rng, list(S.CTX.values()))
        self.neg = Deck(self.rng, NEGS)
        self.files = []
        # Scale factors of the mixed (drawn) items, to balance positives against negatives.
        self.vf, self.cf, self.nf = 0.8, 0.4, 1.7

    def scale(self, x, f):
        y = x * f
        return int(y) + (1 if self.rng.random() < y - int(y) else 0)

    def file(self, path, family):
        f = File(self, path, family)
        self.files.append(f)
        return f

    def write(self):
        seen = set()
        for f in self.files:
            full = os.path.join(self.out, "repos", f.path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\r\n" if f.crlf else "\n") as fh:
                fh.write("\n".join(f.lines) + "\n")
            for lab in f.labels:
                key = (lab["path"], lab["line"])
                assert key not in seen, key
                seen.add(key)
                self.labels.append(lab)
        with open(os.path.join(self.out, "labels.jsonl"), "w") as fh:
            for lab in self.labels:
                fh.write(json.dumps(lab, sort_keys=True) + "\n")


class File:
    def __init__(self, corpus, path, family):
        self.c, self.g, self.path, self.family = corpus, corpus.g, path, family
        self.lines, self.labels, self.crlf = [], [], False

    # plain lines
    def add(self, *lines):
        for block in lines:
            self.lines.extend(block.split("\n"))
        return self

    def _label(self, kind, provider, positive, context_only, secret, family=None):
        self.labels.append({"path": self.path, "line": len(self.lines), "kind": kind, "provider": provider,
                            "family": family or self.family, "positive": positive,
                            "context_only": context_only, "secret": secret})

    def put(self, text, label=None):
        self.lines.append(text)
        if label:
            self._label(**label)

    # planting
    def value(self, kind):
        k = kind if isinstance(kind, Kind) else (S.POS.get(kind) or S.CTX[kind])
        return k, k.gen(self.g)

    def pos(self, template, kind, value=None, family=None, **fmt):
        """Plant one positive: template holds {v} for the secret."""
        k, v = self.value(kind)
        if value is not None:
            v = value
        self.put(template.format(v=v, **fmt), dict(kind=k.name, provider=k.provider, positive=True,
                                                   context_only=k.context_only, secret=v, family=family))
        return v

    def neg(self, text, kind, secret="", family=None):
        self.put(text, dict(kind=kind, provider="-", positive=False, context_only=False, secret=secret, family=family))

    def pem(self, kind, prefix="", family=None, lines=None):
        k = S.POS[kind]
        lines = lines or k.gen(self.g)
        self.put(prefix + lines[0], dict(kind=k.name, provider=k.provider, positive=True, context_only=False,
                                         secret=lines[1] if len(lines) > 1 else "", family=family))
        for ln in lines[1:]:
            self.lines.append(prefix + ln)

    # rendered items (returns (text, label) so callers can place commas)
    def item(self, syntax, kind=None, name=None, neg=None, value=None):
        fam, render = SYNTAX[syntax]
        g = self.g
        if neg is not None:
            n = name or g.pick(NEG_NAMES)
            n, v, raw = neg.fn(g, syntax, n)
            return render(n, v, raw), dict(kind=neg.name, provider="-", positive=False, context_only=False,
                                           secret=v, family=fam)
        k, v = self.value(kind)
        if value is not None:
            v = value
        n = name or g.pick(k.names)
        return render(n, v, False), dict(kind=k.name, provider=k.provider, positive=True,
                                         context_only=k.context_only, secret=v, family=fam)

    def draw(self, syntax, what, ok=None):
        if what == "v":
            return self.item(syntax, self.c.vendor.draw(ok or (lambda k: True)))
        if what == "c":
            return self.item(syntax, self.c.ctx.draw(ok or (lambda k: True)))
        return self.item(syntax, neg=self.c.neg.draw(ok or (lambda k: True)))

    def mix(self, syntax, v=0, c=0, n=0, fillers=(), ok=None, sep="", last_sep=""):
        """Emit a shuffled mix of v vendor positives, c context-only positives and n negatives
        (plus filler lines), all in one syntax."""
        v, c, n = (self.c.scale(x, f) for x, f in ((v, self.c.vf), (c, self.c.cf), (n, self.c.nf)))
        items = [self.draw(syntax, "v", ok) for _ in range(v)] + [self.draw(syntax, "c") for _ in range(c)]
        items += [self.draw(syntax, "n") for _ in range(n)] + [(t, None) for t in fillers]
        self.g.r.shuffle(items)
        for i, (t, lab) in enumerate(items):
            self.put(t + (sep if i < len(items) - 1 else last_sep), lab)

    def emit(self, items, sep=",", last_sep=""):
        for i, (t, lab) in enumerate(items):
            self.put(t + (sep if i < len(items) - 1 else last_sep), lab)


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=20261130)
    a = ap.parse_args()
    if os.path.exists(a.outdir):
        shutil.rmtree(a.outdir)
    os.makedirs(a.outdir)
    c = Corpus(a.outdir, a.seed)
    import repos  # noqa: E402
    for build in repos.ALL:
        build(c)
    c.write()
    with open(os.path.join(a.outdir, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/independent/generate.py"}, fh)
    pos = [l for l in c.labels if l["positive"]]
    print(f"{len(c.files)} files in {len({f.path.split('/')[0] for f in c.files})} repositories; "
          f"{len(pos)} positives ({sum(l['context_only'] for l in pos)} context-only, "
          f"{len({l['kind'] for l in pos})} kinds), {len(c.labels) - len(pos)} negatives -> {a.outdir}")


if __name__ == "__main__":
    main()
