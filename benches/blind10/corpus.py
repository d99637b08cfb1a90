"""Corpus-building helpers for blind10: files, labels, kinds, syntax renderers and decks."""
import json
import os
import re

from keys import Gen, P, sha256_hex, ALNUM, LO, UP, DIG, HEX

# kind -> (provider, context_only, generator(g))
KINDS = {
    # ------------------------------------------------------------ vendor formats
    "aws-access-key-id": ("aws", False, lambda g: g.aws_akid()),
    "aws-sts-access-key-id": ("aws", False, lambda g: g.aws_akid(True)),
    "github-classic-pat": ("github", False, lambda g: g.github("ghp")),
    "github-oauth-token": ("github", False, lambda g: g.github("gho")),
    "github-app-token": ("github", False, lambda g: g.github("ghs")),
    "gitlab-pat": ("gitlab", False, lambda g: g.gitlab_pat()),
    "stripe-live-secret-key": ("stripe", False, lambda g: g.stripe("sk_live")),
    "stripe-restricted-key": ("stripe", False, lambda g: g.stripe("rk_live")),
    "slack-bot-token": ("slack", False, lambda g: g.slack("xoxb")),
    "slack-user-token": ("slack", False, lambda g: g.slack("xoxp")),
    "slack-webhook-url": ("slack", False, lambda g: g.slack_webhook()),
    "discord-webhook-url": ("discord", False, lambda g: g.discord_webhook()),
    "npm-token": ("npm", False, lambda g: g.npm()),
    "anthropic-api-key": ("anthropic", False, lambda g: g.anthropic()),
    "openai-project-key": ("openai", False, lambda g: g.openai_project()),
    "huggingface-token": ("huggingface", False, lambda g: g.hf()),
    "groq-api-key": ("groq", False, lambda g: g.groq()),
    "replicate-api-token": ("replicate", False, lambda g: g.replicate()),
    "sendgrid-api-key": ("sendgrid", False, lambda g: g.sendgrid()),
    "telegram-bot-token": ("telegram", False, lambda g: g.telegram()),
    "digitalocean-pat": ("digitalocean", False, lambda g: g.digitalocean()),
    "vault-service-token": ("hashicorp", False, lambda g: g.vault()),
    "tailscale-auth-key": ("tailscale", False, lambda g: g.tailscale("auth")),
    "tailscale-api-token": ("tailscale", False, lambda g: g.tailscale("api")),
    "doppler-service-token": ("doppler", False, lambda g: g.doppler("st")),
    "doppler-personal-token": ("doppler", False, lambda g: g.doppler("pt")),
    "shopify-access-token": ("shopify", False, lambda g: g.shopify("shpat")),
    "shopify-custom-app-token": ("shopify", False, lambda g: g.shopify("shpca")),
    "shopify-app-secret": ("shopify", False, lambda g: g.shopify("shpss")),
    "sentry-user-token": ("sentry", False, lambda g: g.sentry_user()),
    "grafana-service-account-token": ("grafana", False, lambda g: g.grafana_sa()),
    "pypi-token": ("pypi", False, lambda g: g.pypi()),
    "dockerhub-pat": ("docker", False, lambda g: g.dockerhub()),
    "ntfy-access-token": ("ntfy", False, lambda g: g.ntfy()),
    "unleash-api-token": ("unleash", False, lambda g: g.unleash("default", g.r.choice(["production", "development"]))),
    "launchdarkly-sdk-key": ("launchdarkly", False, lambda g: g.launchdarkly_sdk()),
    "atlassian-api-token": ("atlassian", False, lambda g: g.atlassian()),
    "age-secret-key": ("age", False, lambda g: g.age()),
    "google-api-key": ("google", False, lambda g: g.google_api()),
    "google-oauth-client-secret": ("google", False, lambda g: g.google_oauth_secret()),
    "databricks-token": ("databricks", False, lambda g: g.databricks()),
    "postman-api-key": ("postman", False, lambda g: g.postman()),
    "pulumi-access-token": ("pulumi", False, lambda g: g.pulumi()),
    "mailgun-api-key": ("mailgun", False, lambda g: g.mailgun()),
    "azure-ad-client-secret": ("azure", False, lambda g: g.azure_ad_secret()),
    "azure-storage-connection-string": ("azure", False, lambda g: g.azure_conn("st" + g.s(8, LO + DIG))),
    "jwt": ("generic", False, lambda g: g.jwt()),
    "postgres-url": ("generic", False, lambda g: "postgres://app_rw:" + g.password().replace("@", "9").replace("/", "x").replace("#", "h").replace("%", "p") + "@db-01.internal:5432/app"),
    "mysql-url": ("generic", False, lambda g: "mysql://svc:" + g.s(18) + "@mysql.prod.lan:3306/shop"),
    "mongodb-url": ("generic", False, lambda g: "mongodb+srv://reporting:" + g.s(16) + "@cluster0.ab1cd.mongodb.net/analytics"),
    "redis-url": ("generic", False, lambda g: "redis://:" + g.s(24) + "@redis-master.cache.svc:6379/0"),
    "amqp-url": ("generic", False, lambda g: "amqp://worker:" + g.s(20) + "@rabbitmq.internal:5672/jobs"),
    # private keys (multi-line values are handled by F.block)
    "rsa-private-key": ("generic", False, None),
    "pkcs8-private-key": ("generic", False, None),
    "ec-private-key": ("generic", False, None),
    "openssh-private-key": ("generic", False, None),
    "pgp-private-key": ("generic", False, None),
    "putty-private-key": ("generic", False, None),
    "gcp-service-account-key": ("google", False, None),
    "jwk-private-key": ("generic", False, None),
    "gcp-service-account-key-b64": ("google", True, None),
    # ------------------------------------------------------------ context-only
    "generic-password": ("generic", True, lambda g: g.password()),
    "db-password": ("generic", True, lambda g: g.password()),
    "ldap-bind-password": ("generic", True, lambda g: g.password()),
    "smtp-password": ("generic", True, lambda g: g.password()),
    "admin-password": ("generic", True, lambda g: g.password()),
    "redis-password": ("generic", True, lambda g: g.s(32)),
    "wifi-psk": ("generic", True, lambda g: g.password()),
    "generic-api-key": ("generic", True, lambda g: g.s(32)),
    "generic-secret": ("generic", True, lambda g: g.s(40, ALNUM + "-_")),
    "generic-token": ("generic", True, lambda g: g.s(48)),
    "oauth-client-secret": ("generic", True, lambda g: g.s(48, ALNUM + "-_")),
    "webhook-secret": ("generic", True, lambda g: g.hex(40)),
    "session-secret": ("generic", True, lambda g: g.s(64)),
    "cookie-secret": ("generic", True, lambda g: g.b64url(32)),
    "jwt-signing-secret": ("generic", True, lambda g: g.s(64, ALNUM + "-_")),
    "encryption-key-hex": ("generic", True, lambda g: g.hex(64)),
    "encryption-key-base64": ("generic", True, lambda g: g.b64(32)),
    "fernet-key": ("generic", True, lambda g: g.fernet()),
    "aws-secret-access-key": ("aws", True, lambda g: g.aws_secret()),
    "azure-storage-account-key": ("azure", True, lambda g: g.azure_storage_key()),
    "azure-openai-key": ("azure", True, lambda g: g.hex(32)),
    "twilio-auth-token": ("twilio", True, lambda g: g.hex(32)),
    "datadog-api-key": ("datadog", True, lambda g: g.hex(32)),
    "datadog-app-key": ("datadog", True, lambda g: g.hex(40)),
    "newrelic-license-key": ("newrelic", True, lambda g: g.hex(40)),
    "mistral-api-key": ("mistral", True, lambda g: g.s(32)),
    "cohere-api-key": ("cohere", True, lambda g: g.s(40)),
    "algolia-admin-key": ("algolia", True, lambda g: g.hex(32)),
    "okta-api-token": ("okta", True, lambda g: "00" + g.s(40, ALNUM + "-_")),
    "cloudflare-api-token": ("cloudflare", True, lambda g: g.s(40, ALNUM + "-_")),
    "pushover-app-token": ("pushover", True, lambda g: g.s(30, LO + DIG)),
    "gotify-app-token": ("gotify", True, lambda g: "A" + g.s(14, ALNUM + "-_.")),
    "auth0-client-secret": ("auth0", True, lambda g: g.s(64, ALNUM + "-_")),
    "arr-api-key": ("servarr", True, lambda g: g.hex(32)),
    "jellyfin-api-key": ("jellyfin", True, lambda g: g.hex(32)),
    "plex-token": ("plex", True, lambda g: g.s(20, ALNUM + "-_")),
    "influxdb-token": ("influxdata", True, lambda g: g.b64url(64) + "=="),
    "graylog-password-secret": ("graylog", True, lambda g: g.s(96)),
    "mediawiki-secret-key": ("mediawiki", True, lambda g: g.hex(64)),
    "mediawiki-upgrade-key": ("mediawiki", True, lambda g: g.hex(16)),
    "gitea-secret-key": ("gitea", True, lambda g: g.s(64)),
    "gitea-lfs-jwt-secret": ("gitea", True, lambda g: g.b64url(32)),
    "roundcube-des-key": ("roundcube", True, lambda g: g.s(24, ALNUM + "!#%")),
    "dolibarr-instance-id": ("dolibarr", True, lambda g: g.hex(32)),
    "osticket-secret-salt": ("osticket", True, lambda g: g.s(32, UP + DIG)),
    "frappe-api-secret": ("frappe", True, lambda g: g.s(15, LO + DIG)),
    "kong-key-auth-key": ("kong", True, lambda g: g.s(32)),
    "apisix-admin-key": ("apisix", True, lambda g: g.s(32, LO + DIG)),
    "tyk-secret": ("tyk", True, lambda g: g.s(32, LO + DIG)),
    "basic-auth-b64": ("generic", True, None),
    "k8s-secret-data": ("kubernetes", True, None),
    "docker-config-auth": ("docker", True, None),
    "npmrc-auth": ("npm", True, None),
    "wireguard-private-key": ("wireguard", True, lambda g: g.wireguard()),
    "pkcs12-base64": ("generic", True, lambda g: g.pkcs12_b64()),
    "rclone-obscured-password": ("rclone", True, lambda g: g.b64url(24)),
    "rubygems-api-key": ("rubygems", True, lambda g: g.hex(32)),
    "snmp-community": ("generic", True, lambda g: g.s(12, LO + DIG) + g.s(4, UP)),
    "sqlserver-conn-password": ("microsoft", True, lambda g: g.password()),
    "rasa-rest-token": ("rasa", True, lambda g: g.s(32)),
    "stata-sas-db-password": ("generic", True, lambda g: g.password()),
    "vagrant-password": ("generic", True, lambda g: g.password()),
    "kaggle-key": ("kaggle", True, lambda g: g.hex(32)),
    "wandb-api-key": ("wandb", True, lambda g: g.hex(40)),
    "split-secret": ("generic", True, None),
    # https://cloud.google.com/storage/docs/authentication/hmackeys : access ID 61 chars for a service
    # account ("GOOGTS7C7FUP3AIRVJTE2BCD..."), secret 40-char base64
    "gcs-hmac-access-id": ("google", False, lambda g: "GOOG" + g.s(57, UP + DIG)),
    "gcs-hmac-secret": ("google", True, lambda g: g.s(40, ALNUM + "+/")),
    "gitea-runner-token": ("gitea", True, lambda g: g.hex(40)),
}

NEG_PROVIDER = "-"


class Label(dict):
    pass


class F:
    """One file of a repository: lines plus labels on them."""

    def __init__(self, repo, path, family, crlf=False):
        self.repo, self.path, self.family, self.crlf = repo, path, family, crlf
        self.lines, self.labels = [], []

    @property
    def g(self):
        return self.repo.g

    def add(self, *lines):
        for l in lines:
            for x in l.split("\n"):
                self.lines.append(x)
        return self

    def _label(self, idx, kind, positive, secret, needle, family=None, provider=None, context_only=None):
        assert all(l["line"] != idx + 1 for l in self.labels), (self.path, idx + 1, kind)
        if positive:
            prov, ctx, _ = KINDS[kind]
        else:
            prov, ctx = NEG_PROVIDER, False
        self.labels.append({"path": self.repo.name + "/" + self.path, "line": idx + 1, "kind": kind,
                            "provider": provider or prov, "family": family or self.family,
                            "context_only": ctx if context_only is None else context_only,
                            "positive": positive, "secret": secret, "_needle": needle})

    def pos(self, tmpl, kind, value=None, family=None):
        if value is None:
            value = KINDS[kind][2](self.g)
        assert "{V}" in tmpl and "\n" not in tmpl, tmpl
        self.lines.append(tmpl.replace("{V}", value))
        self._label(len(self.lines) - 1, kind, True, value, value, family)
        return value

    def neg(self, tmpl, kind, value, family=None):
        assert "{V}" in tmpl and "\n" not in tmpl, tmpl
        self.lines.append(tmpl.replace("{V}", value))
        self._label(len(self.lines) - 1, kind, False, value, value, family)
        return value

    def block(self, lines, kind, at=0, indent="", positive=True, family=None, needle=None, secret=None):
        """Append a multi-line value; the label goes on lines[at]."""
        start = len(self.lines)
        for l in lines:
            self.lines.append(indent + l)
        nd = needle if needle is not None else lines[at]
        self._label(start + at, kind, positive, secret if secret is not None else "\n".join(lines), nd, family)

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


class Repo:
    def __init__(self, corpus, name):
        self.corpus, self.name, self.g, self.files = corpus, name, corpus.g, []

    def f(self, path, family, crlf=False):
        x = F(self, path, family, crlf)
        self.files.append(x)
        return x


class Corpus:
    def __init__(self, rng):
        self.g = Gen(rng)
        self.r = rng
        self.repos = []
        self.decks = {}

    def repo(self, name):
        r = Repo(self, name)
        self.repos.append(r)
        return r

    def write(self, out):
        labels = []
        for repo in self.repos:
            for f in repo.files:
                p = os.path.join(out, "repos", repo.name, f.path)
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "w", newline="") as fh:
                    fh.write(f.text())
                labels.extend(f.labels)
        # self-check: every labelled line holds its value (or, for blocks, the labelled line)
        for l in labels:
            p = os.path.join(out, "repos", l["path"])
            with open(p, newline="") as fh:
                lines = fh.read().replace("\r\n", "\n").split("\n")
            line = lines[l["line"] - 1]
            assert l["_needle"] in line, ("label does not match its line", l["path"], l["line"], l["kind"])
            if l["positive"] and l["kind"] not in ("split-secret",) and "\n" not in l["secret"]:
                assert l["secret"] in line or l["_needle"] in line, (l["path"], l["line"])
        seen = set()
        for l in labels:
            k = (l["path"], l["line"])
            assert k not in seen, ("two labels on one line", k)
            seen.add(k)
        with open(os.path.join(out, "labels.jsonl"), "w") as fh:
            for l in labels:
                d = {k: v for k, v in l.items() if not k.startswith("_")}
                fh.write(json.dumps(d, sort_keys=True) + "\n")
        return labels


# ---------------------------------------------------------------------- syntax renderers
def words_to(style, words):
    w = words.split()
    if style == "U":
        return "_".join(x.upper() for x in w)
    if style == "l":
        return "_".join(w)
    if style == "c":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "P":
        return "".join(x.capitalize() for x in w)
    if style == "k":
        return "-".join(w)
    if style == "d":
        return ".".join(w)
    return words


# syntax -> (name style, value template, env-reference template)
SYNTAX = {
    "env": ("U", "{n}={v}", "{n}=${{{n}}}"),
    "envq": ("U", '{n}="{v}"', '{n}="${{{n}}}"'),
    "export": ("U", 'export {n}="{v}"', 'export {n}="${{{n}_FROM_VAULT}}"'),
    "yaml": ("l", "{i}{n}: {v}", "{i}{n}: ${{{N}}}"),
    "yamlq": ("l", '{i}{n}: "{v}"', '{i}{n}: "${{{N}}}"'),
    "yaml-env": ("U", "{i}{n}: {v}", "{i}{n}: ${{{n}}}"),
    "json": ("c", '{i}"{n}": "{v}",', '{i}"{n}": "${{{N}}}",'),
    "toml": ("l", '{n} = "{v}"', '{n} = "${{{N}}}"'),
    "ini": ("l", "{n} = {v}", "{n} = %(ENV_{N})s"),
    "props": ("d", "{n}={v}", "{n}=${{{N}}}"),
    "xml": ("c", "{i}<{n}>{v}</{n}>", "{i}<{n}>${{env.{N}}}</{n}>"),
    "php": ("U", "define('{n}', '{v}');", "define('{n}', getenv('{n}'));"),
    "phparr": ("l", "{i}'{n}' => '{v}',", "{i}'{n}' => env('{N}'),"),
    "py": ("U", '{n} = "{v}"', '{n} = os.environ["{n}"]'),
    "pykw": ("l", '{i}{n}="{v}",', '{i}{n}=os.getenv("{N}"),'),
    "js": ("c", 'const {n} = "{v}";', "const {n} = process.env.{N};"),
    "ts": ("c", "export const {n}: string = '{v}';", "export const {n}: string = process.env.{N} ?? '';"),
    "go": ("c", '\t{n} = "{v}"', '\t{n} = os.Getenv("{N}")'),
    "java": ("U", '    private static final String {n} = "{v}";', '    private static final String {n} = System.getenv("{n}");'),
    "kotlin": ("c", '    val {n} = "{v}"', '    val {n} = System.getenv("{N}")'),
    "scala": ("c", '  val {n} = "{v}"', '  val {n} = sys.env("{N}")'),
    "swift": ("c", '    static let {n} = "{v}"', '    static let {n} = ProcessInfo.processInfo.environment["{N}"] ?? ""'),
    "objc": ("P", 'static NSString * const k{n} = @"{v}";', 'static NSString * k{n}(void) {{ return NSProcessInfo.processInfo.environment[@"{N}"]; }}'),
    "dart": ("c", "  static const {n} = '{v}';", "  static final {n} = Platform.environment['{N}'];"),
    "csharp": ("P", '        public const string {n} = "{v}";', '        public static readonly string {n} = Environment.GetEnvironmentVariable("{N}");'),
    "ruby": ("U", '{n} = "{v}"', '{n} = ENV.fetch("{n}")'),
    "perl": ("l", "my ${n} = '{v}';", "my ${n} = $ENV{{{N}}};"),
    "lua": ("l", 'local {n} = "{v}"', 'local {n} = os.getenv("{N}")'),
    "r": ("l", '{n} <- "{v}"', '{n} <- Sys.getenv("{N}")'),
    "julia": ("U", 'const {n} = "{v}"', 'const {n} = ENV["{n}"]'),
    "groovy": ("c", "def {n} = '{v}'", "def {n} = System.getenv('{N}')"),
    "elixir": ("l", '  {n}: "{v}",', '  {n}: System.get_env("{N}"),'),
    "rust": ("U", 'const {n}: &str = "{v}";', 'let {l} = std::env::var("{n}").unwrap_or_default();'),
    "c": ("U", '#define {n} "{v}"', '#define {n} getenv("{n}")'),
    "cpp": ("P", 'constexpr const char* k{n} = "{v}";', 'const char* k{n} = std::getenv("{N}");'),
    "matlab": ("c", "{n} = '{v}';", "{n} = getenv('{N}');"),
    "sas": ("l", "%let {n} = {v};", '%let {n} = %sysget({N});'),
    "stata": ("l", 'local {n} "{v}"', 'local {n} : env {N}'),
    "octave": ("l", '{n} = "{v}";', '{n} = getenv("{N}");'),
    "ps1": ("U", '$env:{n} = "{v}"', '$env:{n} = (Get-Secret -Name {n} -AsPlainText)'),
    "bat": ("U", 'set "{n}={v}"', 'set "{n}=%{n}_FROM_CI%"'),
    "docker": ("U", "ENV {n}={v}", "ARG {n}"),
    "make": ("U", "{n} := {v}", "{n} ?= $({n}_FROM_ENV)"),
    "systemd": ("U", 'Environment="{n}={v}"', "EnvironmentFile=-/etc/default/{l}"),
    "hcl": ("l", '  {n} = "{v}"', "  {n} = var.{n}"),
    "nix": ("c", '    {n} = "{v}";', '    {n} = builtins.getEnv "{N}";'),
    "md": ("U", "| `{n}` | `{v}` |", "| `{n}` | set from `${{{n}}}` |"),
    "conf": ("l", "{n} {v};", "{n} $ENV_{N};"),
}


def render(syntax, words, value=None, indent="", ref=False):
    style, tmpl, rtmpl = SYNTAX[syntax]
    n = words_to(style, words)
    N = words_to("U", words)
    l = words_to("l", words)
    t = rtmpl if ref else tmpl
    # placeholders first ({n} {N} {l} {i} {v}), then the doubled literal braces
    vals = {"n": n, "N": N, "l": l, "i": indent, "v": "\x02"}
    out = re.sub(r"\{([nNliv])\}", lambda m: "\x03" + m.group(1) + "\x04", t)
    out = out.replace("{{", "{").replace("}}", "}")
    out = re.sub("\x03(.)\x04", lambda m: vals[m.group(1)], out)
    return out.replace("\x02", "{V}")


# ---------------------------------------------------------------------- decks
POS_DECK = [
    ("db-password", "db password"),
    ("github-classic-pat", "github token"),
    ("stripe-live-secret-key", "stripe secret key"),
    ("generic-api-key", "partner api key"),
    ("openai-project-key", "openai api key"),
    ("slack-bot-token", "slack bot token"),
    ("aws-secret-access-key", "aws secret access key"),
    ("sendgrid-api-key", "sendgrid api key"),
    ("anthropic-api-key", "anthropic api key"),
    ("datadog-api-key", "dd api key"),
    ("gitlab-pat", "gitlab token"),
    ("aws-access-key-id", "aws access key id"),
    ("generic-secret", "client secret"),
    ("huggingface-token", "hf token"),
    ("groq-api-key", "groq api key"),
    ("twilio-auth-token", "twilio auth token"),
    ("digitalocean-pat", "do token"),
    ("google-api-key", "google maps key"),
    ("cloudflare-api-token", "cloudflare api token"),
    ("mailgun-api-key", "mailgun api key"),
    ("databricks-token", "databricks token"),
    ("smtp-password", "smtp password"),
    ("replicate-api-token", "replicate api token"),
    ("sentry-user-token", "sentry auth token"),
    ("mistral-api-key", "mistral api key"),
    ("postman-api-key", "postman api key"),
    ("doppler-service-token", "doppler token"),
    ("webhook-secret", "webhook signing secret"),
    ("npm-token", "npm token"),
    ("shopify-access-token", "shopify admin token"),
    ("cohere-api-key", "cohere api key"),
    ("telegram-bot-token", "telegram bot token"),
    ("pulumi-access-token", "pulumi access token"),
    ("generic-token", "service token"),
    ("grafana-service-account-token", "grafana token"),
    ("azure-ad-client-secret", "azure client secret"),
    ("algolia-admin-key", "algolia admin key"),
    ("dockerhub-pat", "dockerhub token"),
    ("github-classic-pat", "github token"),
    ("session-secret", "session secret"),
    ("stripe-live-secret-key", "stripe secret key"),
    ("openai-project-key", "openai api key"),
    ("okta-api-token", "okta api token"),
    ("slack-bot-token", "slack bot token"),
    ("sendgrid-api-key", "sendgrid api key"),
    ("azure-openai-key", "azure openai key"),
    ("anthropic-api-key", "anthropic api key"),
    ("gitlab-pat", "gitlab token"),
    ("encryption-key-hex", "encryption key"),
    ("aws-access-key-id", "aws access key id"),
    ("huggingface-token", "hf token"),
    ("ldap-bind-password", "ldap bind password"),
    ("groq-api-key", "groq api key"),
    ("digitalocean-pat", "do token"),
    ("jwt-signing-secret", "jwt secret"),
    ("google-api-key", "google maps key"),
    ("mailgun-api-key", "mailgun api key"),
    ("datadog-app-key", "dd app key"),
    ("databricks-token", "databricks token"),
    ("replicate-api-token", "replicate api token"),
    ("admin-password", "admin password"),
    ("sentry-user-token", "sentry auth token"),
    ("postman-api-key", "postman api key"),
    ("newrelic-license-key", "new relic license key"),
    ("doppler-service-token", "doppler token"),
    ("npm-token", "npm token"),
    ("encryption-key-base64", "data key"),
    ("shopify-access-token", "shopify admin token"),
    ("telegram-bot-token", "telegram bot token"),
    ("redis-password", "redis password"),
    ("pulumi-access-token", "pulumi access token"),
    ("grafana-service-account-token", "grafana token"),
    ("kaggle-key", "kaggle key"),
    ("azure-ad-client-secret", "azure client secret"),
    ("dockerhub-pat", "dockerhub token"),
    ("wandb-api-key", "wandb api key"),
    ("github-classic-pat", "github token"),
    ("stripe-live-secret-key", "stripe secret key"),
]


def _placeholder(g):
    return g.r.choice(["changeme", "<your-api-key>", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxx", "your-secret-here",
                       "TODO", "<TOKEN>", "dummy", "example-password", "CHANGE_ME_BEFORE_DEPLOY", "********",
                       "<redacted>", "insert-key-here", "none", "password"])


def _sm_ref(g):
    return g.r.choice([
        "vault:secret/data/prod/app#" + g.r.choice(["password", "token", "api_key"]),
        "op://Infrastructure/" + g.r.choice(["postgres", "smtp", "stripe"]) + "/credential",
        "arn:aws:secretsmanager:eu-west-1:" + g.digits(12) + ":secret:prod/app/" + g.s(6, LO) + "-" + g.s(6),
        "arn:aws:ssm:us-east-1:" + g.digits(12) + ":parameter/prod/api/key",
        "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/ApiKey/)",
        "projects/" + g.s(8, LO) + "-prod/secrets/api-key/versions/latest",
        "sm://prod/db-password", "gcp-secret-manager://payments/stripe-key",
    ])


def _hashlike(g):
    return g.r.choice([g.hex(40), sha256_hex(g.s(10)), g.uuid(), g.hex(64)])


def _encrypted(g):
    return g.r.choice([
        "ENC[AES256_GCM,data:" + g.b64(24) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]",
        "AQ" + g.s(6, UP) + g.b64(90).replace("=", ""),
        "!vault |",
    ])


NEG_DECK = [
    ("placeholder", "api key", _placeholder),
    ("env-reference", "db password", None),
    ("secret-manager-ref", "db password", _sm_ref),
    ("placeholder", "client secret", _placeholder),
    ("hash-named-like-secret", "secret checksum", _hashlike),
    ("env-reference", "api token", None),
    ("uuid-identifier", "tenant id", lambda g: g.uuid()),
    ("password-policy", "password min length", lambda g: str(g.r.choice([10, 12, 14, 16]))),
    ("secret-manager-ref", "api key", _sm_ref),
    ("env-reference", "smtp password", None),
    ("secret-name-only", "secret name", lambda g: g.r.choice(["prod/app/db-password", "STRIPE_SECRET_KEY", "payments-api-key", "ci/deploy-token"])),
    ("placeholder", "auth token", _placeholder),
    ("hash-named-like-secret", "token sha256", _hashlike),
    ("env-reference", "secret key", None),
    ("password-policy", "password rotation days", lambda g: str(g.r.choice([30, 60, 90]))),
    ("uuid-identifier", "client id", lambda g: g.uuid()),
    ("fake-fixture", "test password", lambda g: g.r.choice(["not-a-real-password", "fake-token-for-tests", "test-secret-do-not-use", "dummy-api-key-000"])),
]


def deck_pos(corpus, f, syntax, n, indent="", family=None, wrap=None):
    """Append n positives drawn round-robin from POS_DECK, rendered in the file's syntax."""
    i = corpus.decks.setdefault("pos", 0)
    for k in range(n):
        kind, words = POS_DECK[(i + k) % len(POS_DECK)]
        t = render(syntax, words, indent=indent)
        if wrap:
            t = wrap(t)
        f.pos(t, kind, family=family)
    corpus.decks["pos"] = i + n


def deck_neg(corpus, f, syntax, n, indent="", family=None):
    i = corpus.decks.setdefault("neg", 0)
    for k in range(n):
        kind, words, fn = NEG_DECK[(i + k) % len(NEG_DECK)]
        if fn is None:
            _neg_ref(f, render(syntax, words, indent=indent, ref=True), kind, family)
        else:
            f.neg(render(syntax, words, indent=indent), kind, fn(corpus.g), family=family)
    corpus.decks["neg"] = i + n


def _neg_ref(f, line, kind, family):
    f.lines.append(line)
    f._label(len(f.lines) - 1, kind, False, "", line, family)


VENDOR_DECK = [
    ("stripe-live-secret-key", "stripe api key"), ("github-classic-pat", "gh token"), ("openai-project-key", "openai key"),
    ("slack-bot-token", "slack token"), ("aws-access-key-id", "aws access key id"), ("sendgrid-api-key", "sendgrid key"),
    ("anthropic-api-key", "claude api key"), ("gitlab-pat", "gitlab api token"), ("npm-token", "npm auth token"),
    ("huggingface-token", "hugging face token"), ("slack-webhook-url", "slack webhook url"), ("google-api-key", "google api key"),
    ("groq-api-key", "groq key"), ("replicate-api-token", "replicate token"), ("telegram-bot-token", "bot token"),
    ("digitalocean-pat", "digitalocean token"), ("vault-service-token", "vault token"), ("tailscale-auth-key", "ts authkey"),
    ("doppler-service-token", "doppler token"), ("shopify-access-token", "shopify token"), ("sentry-user-token", "sentry token"),
    ("grafana-service-account-token", "grafana api key"), ("pypi-token", "pypi token"), ("dockerhub-pat", "docker hub token"),
    ("ntfy-access-token", "ntfy token"), ("unleash-api-token", "unleash api token"), ("launchdarkly-sdk-key", "ld sdk key"),
    ("atlassian-api-token", "jira api token"), ("google-oauth-client-secret", "google client secret"),
    ("databricks-token", "databricks pat"), ("postman-api-key", "postman key"), ("pulumi-access-token", "pulumi token"),
    ("mailgun-api-key", "mailgun key"), ("azure-ad-client-secret", "azure client secret"), ("discord-webhook-url", "discord webhook"),
    ("slack-user-token", "slack user token"), ("aws-sts-access-key-id", "aws session key id"), ("github-oauth-token", "github oauth token"),
    ("stripe-restricted-key", "stripe restricted key"), ("github-app-token", "github app token"), ("jwt", "service jwt"),
    ("postgres-url", "database url"), ("mongodb-url", "mongo url"), ("redis-url", "redis url"), ("amqp-url", "broker url"),
    ("mysql-url", "mysql url"), ("azure-storage-connection-string", "azure storage connection string"),
    ("doppler-personal-token", "doppler personal token"), ("tailscale-api-token", "tailscale api key"),
    ("shopify-custom-app-token", "shopify custom app token"), ("age-secret-key", "sops age key"),
]


def deck_vendor(corpus, f, syntax, n, indent="", family=None):
    i = corpus.decks.setdefault("ven", 0)
    for k in range(n):
        kind, words = VENDOR_DECK[(i + k) % len(VENDOR_DECK)]
        f.pos(render(syntax, words, indent=indent), kind, family=family)
    corpus.decks["ven"] = i + n
