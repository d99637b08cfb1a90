"""Renders NAME/value items in many syntaxes, so that vendor keys meet many file types."""


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def pascal(name):
    return "".join(p.capitalize() for p in name.lower().split("_"))


SYNTAX = {
    "env": "{N}={v}",
    "env-q": '{N}="{v}"',
    "export": "export {N}='{v}'",
    "yaml": "{n}: {v}",
    "yaml-q": '{n}: "{v}"',
    "yaml-in": "  {n}: '{v}'",
    "json": '  "{n}": "{v}",',
    "json5": "  {c}: '{v}', // set by ops",
    "toml": '{n} = "{v}"',
    "ini": "{n} = {v}",
    "props": "{c}={v}",
    "xml": "  <{c}>{v}</{c}>",
    "py": '{N} = "{v}"',
    "py-dict": '    "{n}": "{v}",',
    "js": "const {N} = '{v}';",
    "ts": 'export const {c}: string = "{v}";',
    "go": '\t{c} = "{v}"',
    "java": '    private static final String {N} = "{v}";',
    "cs": '        public const string {P} = "{v}";',
    "rb": "{N} = '{v}'",
    "php": "    '{n}' => '{v}',",
    "rust": 'const {N}: &str = "{v}";',
    "swift": 'let {c} = "{v}"',
    "kotlin": 'const val {N} = "{v}"',
    "scala": '  val {c} = "{v}"',
    "elixir": '  {n}: "{v}",',
    "perl": "my ${n} = '{v}';",
    "lua": 'local {n} = "{v}"',
    "r": '{n} <- "{v}"',
    "julia": 'const {N} = "{v}"',
    "groovy": "def {c} = '{v}'",
    "objc": 'static NSString *const k{P} = @"{v}";',
    "dart": "const {c} = '{v}';",
    "c": '#define {N} "{v}"',
    "cpp": 'static const char* k{P} = "{v}";',
    "ps1": '$env:{N} = "{v}"',
    "bat": 'set "{N}={v}"',
    "hcl": '  {n} = "{v}"',
    "nix": '    {N} = "{v}";',
    "docker": "ENV {N}={v}",
    "make": "{N} ?= {v}",
    "systemd": 'Environment="{N}={v}"',
    "compose": "      - {N}={v}",
    "compose-map": "      {N}: {v}",
    "k8s": "            - name: {N}\n              value: \"{v}\"",
    "helm": "  {c}: {v}",
    "md-table": "| `{N}` | `{v}` |",
    "adoc": "| {N} | {v}",
    "rst": "   {N} = {v}",
    "sql": "INSERT INTO app_config (name, value) VALUES ('{n}', '{v}');",
    "http": "X-{P}: {v}",
    "crontab": "{N}={v}",
    "vb": 'Const {N} = "{v}"',
    "yaml-ci": "  {N}: '{v}'",
}


def emit(f, syntax, name, value, kind, positive=True, family=None):
    tmpl = SYNTAX[syntax]
    line = (tmpl.replace("{N}", name).replace("{n}", name.lower()).replace("{c}", camel(name))
            .replace("{P}", pascal(name)))
    if positive:
        f.p(line, value, kind, family)
    else:
        f.n(line, value, kind, family)


def vendor_items(g):
    """(NAME, value, kind) for vendor-format keys teams commonly leak."""
    acct = g.pick(["stmedia", "prodlogs", "exportsdata", "backupsweu"])
    return [
        ("AWS_ACCESS_KEY_ID", g.aws_key_id(), "aws-access-key-id"),
        ("GOOGLE_API_KEY", g.google_api_key(), "google-api-key"),
        ("OPENAI_API_KEY", g.openai_project(), "openai-project-key"),
        ("ANTHROPIC_API_KEY", g.anthropic(), "anthropic-api-key"),
        ("HF_TOKEN", g.huggingface(), "huggingface-token"),
        ("GROQ_API_KEY", g.groq(), "groq-api-key"),
        ("REPLICATE_API_TOKEN", g.replicate(), "replicate-api-token"),
        ("GITHUB_TOKEN", g.github("p"), "github-classic-pat"),
        ("GH_FINE_GRAINED_TOKEN", g.github_fine(), "github-fine-grained-pat"),
        ("GITLAB_TOKEN", g.gitlab(), "gitlab-pat"),
        ("NPM_TOKEN", g.npm(), "npm-token"),
        ("STRIPE_SECRET_KEY", g.stripe("sk"), "stripe-live-secret-key"),
        ("SLACK_BOT_TOKEN", g.slack("b"), "slack-bot-token"),
        ("SLACK_WEBHOOK_URL", g.slack_webhook(), "slack-webhook-url"),
        ("DISCORD_WEBHOOK_URL", g.discord_webhook(), "discord-webhook-url"),
        ("TELEGRAM_BOT_TOKEN", g.telegram(), "telegram-bot-token"),
        ("SENDGRID_API_KEY", g.sendgrid(), "sendgrid-api-key"),
        ("DIGITALOCEAN_TOKEN", g.digitalocean(), "digitalocean-pat"),
        ("DOPPLER_TOKEN", g.doppler("st"), "doppler-service-token"),
        ("DATABRICKS_TOKEN", g.databricks(), "databricks-token"),
        ("DOCKERHUB_TOKEN", g.dockerhub(), "dockerhub-pat"),
        ("NEW_RELIC_API_KEY", g.newrelic(), "newrelic-user-key"),
        ("SOPS_AGE_KEY", g.age_secret(), "age-secret-key"),
        ("TWILIO_API_KEY", g.twilio_key_sid(), "twilio-api-key-sid"),
        ("AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey=" +
         g.azure_storage_key() + ";EndpointSuffix=core.windows.net", "azure-storage-connection-string"),
        ("AZURE_CLIENT_SECRET", g.azure_client_secret(), "azure-ad-client-secret"),
        ("SLACK_APP_TOKEN", g.slack("a"), "slack-app-token"),
        ("SLACK_USER_TOKEN", g.slack("p"), "slack-user-token"),
        ("GITHUB_OAUTH_TOKEN", g.github("o"), "github-oauth-token"),
        ("GH_APP_INSTALLATION_TOKEN", g.github("s"), "github-app-token"),
        ("AWS_TEMP_ACCESS_KEY_ID", g.aws_key_id(temp=True), "aws-sts-access-key-id"),
        ("DOPPLER_PERSONAL_TOKEN", g.doppler("pt"), "doppler-personal-token"),
        ("PYPI_API_TOKEN", g.pypi(), "pypi-token"),
        ("MAPBOX_SECRET_TOKEN", g.mapbox_secret(), "mapbox-secret-token"),
        ("HUBSPOT_ACCESS_TOKEN", g.hubspot_pat(), "hubspot-private-app-token"),
        ("APIFY_TOKEN", g.apify(), "apify-api-token"),
        ("GOOGLE_OAUTH_CLIENT_SECRET", g.gcp_oauth_secret(), "google-oauth-client-secret"),
        ("API_JWT", g.jwt(), "jwt"),
    ]


def context_items(g):
    """(NAME, value, kind) for values found only by their name."""
    return [
        ("DB_PASSWORD", g.password(), "db-password"),
        ("SMTP_PASSWORD", g.password(), "smtp-password"),
        ("API_SECRET", g.token(40), "generic-secret"),
        ("SERVICE_API_KEY", g.token(32), "generic-api-key"),
        ("AUTH_TOKEN", g.token(48), "generic-token"),
        ("ENCRYPTION_KEY", g.hexs(64), "encryption-key"),
        ("JWT_SECRET", g.token(44), "jwt-signing-secret"),
        ("SESSION_SECRET", g.b64bytes(32), "session-secret"),
        ("AWS_SECRET_ACCESS_KEY", g.aws_secret(), "aws-secret-access-key"),
        ("DATADOG_API_KEY", g.hexs(32), "datadog-api-key"),
        ("CLOUDFLARE_API_TOKEN", g.s(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), "cloudflare-api-token"),
        ("MISTRAL_API_KEY", g.mixed(32), "mistral-api-key"),
        ("COHERE_API_KEY", g.mixed(40), "cohere-api-key"),
        ("AZURE_STORAGE_KEY", g.azure_storage_key(), "azure-storage-account-key"),
        ("ADMIN_PASSWORD", g.password(), "generic-password"),
        ("WEBHOOK_SECRET", g.token(32), "webhook-signing-secret"),
    ]


_RR = {"v": 0, "c": 0}


def take_vendor(g, n):
    """Next n vendor items, round-robin over the kinds (fresh values each time)."""
    items = vendor_items(g)
    out = []
    for _ in range(n):
        out.append(items[_RR["v"] % len(items)])
        _RR["v"] += 1
    return out


def take_context(g, n):
    items = context_items(g)
    out = []
    for _ in range(n):
        out.append(items[_RR["c"] % len(items)])
        _RR["c"] += 1
    return out


def deck(f, g, syntax, n, ctx=0, family=None):
    for name, v, kind in take_vendor(g, n):
        emit(f, syntax, name, v, kind, family=family)
    for name, v, kind in take_context(g, ctx):
        emit(f, syntax, name, v, kind, family=family)


# ---------------------------------------------------------------------- hard negatives
def neg_items(g):
    """(NAME, value, kind): look-alikes that are not live secrets."""
    from b11neg import aws_doc_key_id, aws_doc_secret, stripe_doc_test_key
    return [
        ("DB_PASSWORD", g.pick(["changeme", "CHANGE_ME_IN_PROD", "<db password>", "TODO-set-me", "please-change"]), "placeholder"),
        ("STRIPE_SECRET_KEY", "sk_" + "live_" + "X" * 24, "placeholder"),
        ("GITHUB_TOKEN", "gh" + "p_" + "x" * 36, "placeholder"),
        ("AWS_ACCESS_KEY_ID", aws_doc_key_id(), "vendor-example-key"),
        ("AWS_SECRET_ACCESS_KEY", aws_doc_secret(), "vendor-example-key"),
        ("STRIPE_TEST_KEY", stripe_doc_test_key(), "vendor-example-key"),
        ("STRIPE_PUBLISHABLE_KEY", "pk_" + "live_" + g.mixed(24), "publishable-key"),
        ("MAPBOX_PUBLIC_TOKEN", g.mapbox_public(), "publishable-key"),
        ("RECAPTCHA_SITE_KEY", "6L" + g.s(38, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), "publishable-key"),
        ("AZURE_TENANT_ID", g.uuid(), "uuid-identifier"),
        ("OAUTH_CLIENT_ID", g.uuid(), "uuid-identifier"),
        ("GIT_COMMIT_SHA", g.hexs(40), "commit-sha"),
        ("ARTIFACT_SHA256", g.hexs(64), "checksum"),
        ("SECRET_CHECKSUM", g.hexs(64), "hash-named-secret"),
        ("PASSWORD_MIN_LENGTH", str(g.pick([10, 12, 14, 16])), "password-policy"),
        ("TOKEN_TTL_SECONDS", "3600", "non-secret-setting"),
        ("AUTH_SCHEME", "Bearer", "non-secret-setting"),
        ("JWT_ALGORITHM", "RS256", "non-secret-setting"),
        ("API_KEY", "${API_KEY}", "env-reference"),
        ("CLIENT_SECRET", "{{ client_secret }}", "template-reference"),
        ("SMTP_PASSWORD", "op://Platform/smtp/password", "secret-manager-reference"),
        ("DB_SECRET_ARN", "arn:aws:secretsmanager:eu-central-1:" + g.digits(12) + ":secret:prod/db-" + g.s(6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), "arn"),
        ("SESSION_SECRET", g.pick(["<redacted>", "********", "[REDACTED]"]), "redacted"),
        ("API_TOKEN", g.pick(["test-token-do-not-use", "fake-token-for-unit-tests", "dummy-api-token"]), "fake-fixture"),
        ("SSH_KEY_FINGERPRINT", "SHA256:" + g.b64bytes(32).rstrip("="), "checksum"),
        ("SECRET_KEY_FILE", "/run/secrets/app_secret_key", "file-reference"),
        ("ENCRYPTED_PASSWORD", "ENC[AES256_GCM,data:" + g.b64bytes(15) + ",type:str]", "encrypted-value"),
        ("ADMIN_PASSWORD_HASH", "$2b$12$" + g.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "password-hash"),
        ("API_KEY_HEADER", "X-Api-Key", "secret-name-only"),
        ("VAULT_PATH", "secret/data/payments/stripe", "secret-manager-reference"),
        ("TWILIO_ACCOUNT_SID", "AC" + g.hexs(32), "public-identifier"),
        ("SENTRY_DSN", "https://" + g.hexs(32) + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7), "public-dsn"),
        ("CACHE_KEY_PREFIX", "sess:v2:", "non-secret-setting"),
        ("REQUEST_ID", g.uuid(), "uuid-identifier"),
    ]


# env lookups / references in each language: template with {N}; the value is the part after "= "
LOOKUP = {
    "py": 'DB_PASSWORD = os.environ["{N}"]',
    "py-get": 'api_key = os.getenv("{N}", "")',
    "js": "const secret = process.env.{N};",
    "ts": "export const token: string = process.env.{N} ?? '';",
    "go": '\tpassword := os.Getenv("{N}")',
    "java": '    private final String secret = System.getenv("{N}");',
    "cs": '        var secret = Environment.GetEnvironmentVariable("{N}");',
    "rb": "API_TOKEN = ENV.fetch('{N}')",
    "php": "    'password' => env('{N}'),",
    "rust": 'let token = std::env::var("{N}")?;',
    "swift": 'let apiKey = ProcessInfo.processInfo.environment["{N}"] ?? ""',
    "kotlin": 'val apiKey: String = System.getenv("{N}") ?: error("missing")',
    "scala": '  val secret = sys.env("{N}")',
    "elixir": '  secret: System.fetch_env!("{N}"),',
    "perl": "my $pass = $ENV{{N}};",
    "lua": 'local key = os.getenv("{N}")',
    "r": 'key <- Sys.getenv("{N}")',
    "julia": 'const KEY = ENV["{N}"]',
    "groovy": "def token = System.getenv('{N}')",
    "objc": 'NSString *key = [[NSProcessInfo processInfo] environment][@"{N}"];',
    "dart": "final key = Platform.environment['{N}'];",
    "c": 'const char *pass = getenv("{N}");',
    "cpp": 'auto token = std::getenv("{N}");',
    "ps1": '$password = $env:{N}',
    "bat": 'set "PASSWORD=%{N}%"',
    "export": 'export PGPASSWORD="${{N}}"',
    "make": "TOKEN := $({N})",
    "hcl": "  pass" + "word = var.{N_lower}",
    "docker": "ARG {N}",
    "yaml": "password: ${{N}}",
    "compose": "      - {N}=${{N}}",
    "env": "{N}=${VAULT_{N}}",
    "k8s": "            - name: {N}\n              valueFrom:\n                secretKeyRef: {name: app-secrets, key: {N_lower}}",
    "nix": "    password = builtins.getEnv \"{N}\";",
    "systemd": "LoadCredential={N_lower}:/etc/credstore/{N_lower}",
    "ini": "password = %({N})s",
    "props": "app.password=${{N}}",
    "xml": "  <password>${env.{N}}</password>",
    "helm": "  password: {{ .Values.secrets.{N_lower} }}",
    "json": '  "password": "${{N}}",',
    "toml": 'password = "${{N}}"',
    "vb": 'strPassword = WshShell.ExpandEnvironmentStrings("%{N}%")',
    "yaml-ci": "  {N}: $CI_{N}",
    "json5": "  password: process.env.{N},",
    "md-table": "| `{N}` | read from `${N}` at runtime |",
}


def emit_lookup(f, syntax, name, family=None):
    tmpl = LOOKUP[syntax]
    line = (tmpl.replace("{{N}}", "{" + name + "}").replace("{N_lower}", name.lower()).replace("{N}", name))
    value = line.split("\n")[-1].strip()
    f.n(line, value, "env-reference", family)


_RRN = {"n": 0, "l": 0}


def neg_deck(f, g, syntax, n, lookups=0, family=None):
    items = neg_items(g)
    for _ in range(n):
        name, v, kind = items[_RRN["n"] % len(items)]
        _RRN["n"] += 1
        emit(f, syntax, name, v, kind, positive=False, family=family)
    names = ["DB_PASSWORD", "API_KEY", "CLIENT_SECRET", "AUTH_TOKEN", "STRIPE_SECRET_KEY", "SMTP_PASSWORD", "JWT_SECRET"]
    for _ in range(lookups):
        lookup_syntax = syntax if syntax in LOOKUP else "env"
        emit_lookup(f, lookup_syntax, names[_RRN["l"] % len(names)], family)
        _RRN["l"] += 1
