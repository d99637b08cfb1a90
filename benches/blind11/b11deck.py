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
