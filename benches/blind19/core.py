"""File builder, labels, the round-robin decks and the per-syntax renderers for blind19."""
import os
import json
import random
import textwrap

from shapes import Shapes, J

MARK = "\u00a7"  # the section sign marks where the planted value goes in a template


class Corpus:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.S = Shapes(self.r)
        self.files = {}
        self.labels = []
        self._decks = {}

    def file(self, repo, path, family):
        f = F(self, repo, path, family)
        assert f.path not in self.files, f.path
        self.files[f.path] = f
        return f

    # round-robin draws from a shuffled deck (so every item type is used evenly)
    def draw(self, name, deck):
        st = self._decks.get(name)
        if st is None or st[1] >= len(st[0]):
            order = list(range(len(deck)))
            self.r.shuffle(order)
            st = [order, 0]
            self._decks[name] = st
        item = deck[st[0][st[1]]]
        st[1] += 1
        return item

    def write(self, out):
        seen = set()
        for lab in self.labels:
            key = (lab["path"], lab["line"])
            assert key not in seen, f"two labels on {key}"
            seen.add(key)
            lines = self.files[lab["path"]].lines
            assert lab["secret"] in lines[lab["line"] - 1], (lab, lines[lab["line"] - 1])
        for path, f in self.files.items():
            full = os.path.join(out, "repos", path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", newline="\n") as fh:
                fh.write("\n".join(f.lines) + "\n")
        with open(os.path.join(out, "labels.jsonl"), "w") as fh:
            for lab in sorted(self.labels, key=lambda l: (l["path"], l["line"])):
                fh.write(json.dumps(lab, sort_keys=True) + "\n")


class F:
    def __init__(self, c, repo, path, family):
        self.c = c
        self.repo = repo
        self.path = f"{repo}/{path}"
        self.family = family
        self.lines = []

    def t(self, text):
        text = textwrap.dedent(text)
        if text.startswith("\n"):
            text = text[1:]
        if text.endswith("\n"):
            text = text[:-1]
        self.lines.extend(text.split("\n"))
        return self

    def _lab(self, tmpl, value, positive, kind, provider, ctx, family):
        assert MARK in tmpl, tmpl
        ls = tmpl.split("\n")
        idx = next(i for i, l in enumerate(ls) if MARK in l)
        ls = [l.replace(MARK, value) for l in ls]
        line = len(self.lines) + idx + 1
        self.lines.extend(ls)
        self.c.labels.append(dict(path=self.path, line=line, kind=kind, provider=provider,
                                  family=family or self.family, positive=positive,
                                  context_only=bool(ctx) if positive else False, secret=value))
        return value

    def p(self, tmpl, value, kind, provider="-", ctx=True, family=None):
        """A positive: tmpl holds one MARK where the secret goes."""
        return self._lab(tmpl, value, True, kind, provider, ctx, family)

    def n(self, tmpl, value, kind, family=None):
        """A hard negative."""
        return self._lab(tmpl, value, False, kind, "-", False, family)

    def pem(self, header, kind, provider="-", positive=True, lines=12, indent=""):
        S = self.c.S
        begin = f"-----BEGIN {header}-----"
        self._lab(indent + MARK, begin, positive, kind, provider, False, None)
        for b in S.pem_body(lines):
            self.lines.append(indent + b)
        self.lines.append(indent + f"-----END {header}-----")

    def deck(self, style, npos, nneg, indent="", ctx_only=False):
        """Mix npos positives and nneg negatives from the shared decks, rendered in `style`."""
        c = self.c
        slots = ["p"] * npos + ["n"] * nneg
        c.r.shuffle(slots)
        used = getattr(self, "_names", set())
        self._names = used

        def pick(deck_name, deck):
            item = c.draw(deck_name, deck)
            for _ in range(40):  # a setting name appears once per file
                if item[0] not in used:
                    break
                item = c.draw(deck_name, deck)
            used.add(item[0])
            return item

        for s in slots:
            if s == "p":
                name, gen, kind, prov, ctx = pick("pos-ctx" if ctx_only else "pos", POS_CTX if ctx_only else POS_DECK)
                v = gen(c.S)
                self.p(indent + render(style, name, MARK, v), v, kind, prov, ctx)
            else:
                name, gen, kind = pick("neg", NEG_DECK)
                v = gen(c.S)
                self.n(indent + render(style, name, MARK, v), v, kind)


# ------------------------------------------------------------------------------------ renderers
def camel(name, upper_first=False):
    parts = name.lower().split("_")
    s = parts[0] + "".join(p.capitalize() for p in parts[1:])
    return s[0].upper() + s[1:] if upper_first else s


def yq(v):
    if v == "" or any(ch in v for ch in ":#{}[]&*!|>'%@`,?") or v[0] in "-$<" or v.isdigit() or v.lower() in ("true", "false", "null", "yes", "no", "on", "off"):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def render(style, name, m, v):
    low = name.lower()
    if style == "dotenv":
        return f"{name}={m}"
    if style == "dotenv-q":
        return f'{name}="{m}"'
    if style == "export":
        return f"export {name}='{m}'"
    if style == "yaml":
        return f"{low}: " + (yq(v).replace(v, m, 1) if v else '""'.replace('""', '"' + m + '"'))
    if style == "yaml-env":  # compose / CI env maps keep the upper-case names
        return f"{name}: " + (yq(v).replace(v, m, 1) if v else '"' + m + '"')
    if style == "json":
        return f'"{camel(name)}": "{m}",'
    if style == "ini":
        return f"{low} = {m}"
    if style == "toml":
        return f'{low} = "{m}"'
    if style == "properties":
        return f"{low.replace('_', '.')}={m}"
    if style == "python":
        return f'{name} = "{m}"'
    if style == "py-dict":
        return f'"{low}": "{m}",'
    if style == "js-obj":
        return f"{camel(name)}: '{m}',"
    if style == "php-define":
        return f"define('{name}', '{m}');"
    if style == "php-array":
        return f"'{low}' => '{m}',"
    if style == "go-const":
        return f'{camel(name, True)} = "{m}"'
    if style == "java":
        return f'private static final String {name} = "{m}";'
    if style == "csharp":
        return f'public const string {camel(name, True)} = "{m}";'
    if style == "ruby-hash":
        return f'{low}: "{m}",'
    if style == "shell":
        return f'export {name}="{m}"'
    if style == "powershell":
        return f'$env:{name} = "{m}"'
    if style == "groovy":
        return f"{name} = '{m}'"
    if style == "hcl":
        return f'{low} = "{m}"'
    if style == "xml-add":
        return f'<add key="{camel(name, True)}" value="{m}" />'
    if style == "systemd":
        return f'Environment="{name}={m}"'
    if style == "dockerfile":
        return f"ENV {name}={m}"
    if style == "teamcity":
        return f'param("env.{name}", "{m}")'
    if style == "rust-const":
        return f'pub const {name}: &str = "{m}";'
    if style == "xcconfig":
        return f"{name} = {m}"
    if style == "k8s-env":
        return f"- {{ name: {name}, value: \"{m}\" }}"
    raise ValueError(style)


# ------------------------------------------------------------------------------------ decks
PW = lambda S: S.password()

POS_CTX = [
    ("DB_PASSWORD", PW, "db-password", "-", True),
    ("POSTGRES_PASSWORD", PW, "db-password", "-", True),
    ("MYSQL_ROOT_PASSWORD", PW, "db-password", "-", True),
    ("REDIS_PASSWORD", lambda S: S.an(32), "redis-password", "-", True),
    ("SMTP_PASSWORD", PW, "smtp-password", "-", True),
    ("ADMIN_PASSWORD", PW, "admin-password", "-", True),
    ("JWT_SECRET", lambda S: S.an(48), "jwt-secret", "-", True),
    ("SESSION_SECRET", lambda S: S.hex(64), "session-secret", "-", True),
    ("WEBHOOK_SIGNING_SECRET", lambda S: S.an(40), "webhook-signing-secret", "-", True),
    ("ENCRYPTION_KEY", lambda S: S.b64bytes(32), "encryption-key", "-", True),
    ("AWS_SECRET_ACCESS_KEY", lambda S: S.aws_secret(), "aws-secret-access-key", "aws", True),
    ("DATADOG_API_KEY", lambda S: S.hex(32), "datadog-api-key", "datadog", True),
    ("DATADOG_APP_KEY", lambda S: S.hex(40), "datadog-app-key", "datadog", True),
    ("CLOUDFLARE_API_TOKEN", lambda S: S.cloudflare_token(), "cloudflare-api-token", "cloudflare", True),
    ("TWILIO_AUTH_TOKEN", lambda S: S.hex(32), "twilio-auth-token", "twilio", True),
    ("COHERE_API_KEY", lambda S: S.cohere(), "cohere-api-key", "cohere", True),
    ("MISTRAL_API_KEY", lambda S: S.mistral(), "mistral-api-key", "mistral", True),
    ("TOGETHER_API_KEY", lambda S: S.hex(64), "together-api-key", "together", True),
    ("PAGERDUTY_API_TOKEN", lambda S: S.s("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-_+", 20), "pagerduty-api-token", "pagerduty", True),
    ("OPSGENIE_API_KEY", lambda S: S.uuid(), "opsgenie-api-key", "opsgenie", True),
    ("ALGOLIA_ADMIN_API_KEY", lambda S: S.hex(32), "algolia-admin-key", "algolia", True),
    ("AZURE_DEVOPS_PAT", lambda S: S.azure_devops_pat(), "azure-devops-pat", "azure", True),
    ("MINIO_SECRET_KEY", lambda S: S.an(40), "minio-secret-key", "minio", True),
    ("RABBITMQ_PASSWORD", PW, "amqp-password", "-", True),
    ("LDAP_BIND_PASSWORD", PW, "ldap-bind-password", "-", True),
    ("OAUTH_CLIENT_SECRET", lambda S: S.an(40), "oauth-client-secret", "-", True),
    ("PARTNER_API_KEY", lambda S: S.an(32), "generic-api-key", "-", True),
    ("INTERNAL_API_TOKEN", lambda S: S.hex(40), "generic-api-token", "-", True),
    ("HMAC_SECRET", lambda S: S.b64bytes(48), "hmac-secret", "-", True),
    ("KEYCLOAK_CLIENT_SECRET", lambda S: S.an(32), "keycloak-client-secret", "keycloak", True),
    ("AUTH0_CLIENT_SECRET", lambda S: S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", 64), "auth0-client-secret", "auth0", True),
    ("ELASTIC_PASSWORD", PW, "elastic-password", "elastic", True),
    ("MEILI_MASTER_KEY", lambda S: S.an(32), "meilisearch-master-key", "meilisearch", True),
    ("TYPESENSE_API_KEY", lambda S: S.an(32), "typesense-api-key", "typesense", True),
    ("UNSPLASH_SECRET_KEY", lambda S: S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", 43), "unsplash-secret-key", "unsplash", True),
    ("SENTRY_AUTH_TOKEN", lambda S: S.hex(64), "sentry-auth-token-legacy", "sentry", True),
]

POS_VENDOR = [
    ("GITHUB_TOKEN", lambda S: S.github("p"), "github-pat-classic", "github", False),
    ("GH_FINEGRAINED_TOKEN", lambda S: S.github_fine(), "github-pat-fine-grained", "github", False),
    ("GITLAB_TOKEN", lambda S: S.gitlab_pat(), "gitlab-pat", "gitlab", False),
    ("SLACK_BOT_TOKEN", lambda S: S.slack_bot(), "slack-bot-token", "slack", False),
    ("SLACK_WEBHOOK_URL", lambda S: S.slack_webhook(), "slack-webhook", "slack", False),
    ("OPENAI_API_KEY", lambda S: S.openai_proj(), "openai-project-key", "openai", False),
    ("ANTHROPIC_API_KEY", lambda S: S.anthropic(), "anthropic-api-key", "anthropic", False),
    ("SENDGRID_API_KEY", lambda S: S.sendgrid(), "sendgrid-api-key", "sendgrid", False),
    ("STRIPE_SECRET_KEY", lambda S: S.stripe_live("sk"), "stripe-live-secret", "stripe", False),
    ("STRIPE_WEBHOOK_SECRET", lambda S: S.stripe_whsec(), "stripe-webhook-secret", "stripe", False),
    ("HF_TOKEN", lambda S: S.hf(), "huggingface-token", "huggingface", False),
    ("GROQ_API_KEY", lambda S: S.groq(), "groq-api-key", "groq", False),
    ("NPM_TOKEN", lambda S: S.npm(), "npm-token", "npm", False),
    ("DOCKERHUB_TOKEN", lambda S: S.dockerhub(), "dockerhub-pat", "docker", False),
    ("DIGITALOCEAN_TOKEN", lambda S: S.digitalocean(), "digitalocean-pat", "digitalocean", False),
    ("NEW_RELIC_API_KEY", lambda S: S.newrelic_user(), "newrelic-user-key", "newrelic", False),
    ("GRAFANA_SA_TOKEN", lambda S: S.grafana_sa(), "grafana-service-account-token", "grafana", False),
    ("VAULT_TOKEN", lambda S: S.vault(), "vault-service-token", "hashicorp", False),
    ("LINEAR_API_KEY", lambda S: S.linear(), "linear-api-key", "linear", False),
    ("NOTION_TOKEN", lambda S: S.notion(), "notion-token", "notion", False),
    ("POSTMAN_API_KEY", lambda S: S.postman(), "postman-api-key", "postman", False),
    ("DOPPLER_TOKEN", lambda S: S.doppler(), "doppler-service-token", "doppler", False),
    ("PULUMI_ACCESS_TOKEN", lambda S: S.pulumi(), "pulumi-token", "pulumi", False),
    ("SUPABASE_ACCESS_TOKEN", lambda S: S.supabase_pat(), "supabase-pat", "supabase", False),
    ("SONAR_TOKEN", lambda S: S.sonar(), "sonarqube-user-token", "sonarsource", False),
    ("FIGMA_TOKEN", lambda S: S.figma(), "figma-pat", "figma", False),
    ("AIRTABLE_TOKEN", lambda S: S.airtable(), "airtable-pat", "airtable", False),
    ("TS_AUTHKEY", lambda S: S.tailscale(), "tailscale-auth-key", "tailscale", False),
    ("AWS_ACCESS_KEY_ID", lambda S: S.aws_akid(), "aws-access-key-id", "aws", False),
    ("MAILGUN_API_KEY", lambda S: S.mailgun(), "mailgun-api-key", "mailgun", False),
    ("MAILCHIMP_API_KEY", lambda S: S.mailchimp(), "mailchimp-api-key", "mailchimp", False),
    ("REPLICATE_API_TOKEN", lambda S: S.replicate(), "replicate-token", "replicate", False),
    ("PERPLEXITY_API_KEY", lambda S: S.perplexity(), "perplexity-api-key", "perplexity", False),
    ("XAI_API_KEY", lambda S: S.xai(), "xai-api-key", "xai", False),
    ("OPENROUTER_API_KEY", lambda S: S.openrouter(), "openrouter-api-key", "openrouter", False),
    ("LANGSMITH_API_KEY", lambda S: S.langsmith(), "langsmith-pat", "langchain", False),
    ("PINECONE_API_KEY", lambda S: S.pinecone(), "pinecone-api-key", "pinecone", False),
    ("SENTRY_USER_TOKEN", lambda S: S.sentry_user(), "sentry-user-token", "sentry", False),
    ("CIRCLECI_TOKEN", lambda S: S.circleci_pat(), "circleci-pat", "circleci", False),
    ("ATLASSIAN_API_TOKEN", lambda S: S.atlassian(), "atlassian-api-token", "atlassian", False),
]

POS_DECK = POS_CTX + POS_VENDOR

AWS_EX_ID = lambda S: J("AKIA", "IOSFODNN7", "EXAMPLE")
AWS_EX_SECRET = lambda S: J("wJalrXUtnFEMI", "/K7MDENG/bPxRfiCY", "EXAMPLEKEY")

NEG_DECK = [
    ("DB_PASSWORD", lambda S: "changeme", "placeholder"),
    ("API_KEY", lambda S: "your-api-key-here", "placeholder"),
    ("SLACK_WEBHOOK_URL", lambda S: "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "placeholder"),
    ("AUTH_TOKEN", lambda S: "<REPLACE_WITH_TOKEN>", "placeholder"),
    ("CLIENT_SECRET", lambda S: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
    ("SMTP_PASSWORD", lambda S: "", "empty-value"),
    ("REDIS_PASSWORD", lambda S: "", "empty-value"),
    ("SESSION_SECRET", lambda S: "${SESSION_SECRET}", "env-reference"),
    ("STRIPE_SECRET_KEY", lambda S: "${STRIPE_SECRET_KEY:?missing}", "env-reference"),
    ("DATABASE_PASSWORD", lambda S: "vault:secret/data/prod/db#password", "vault-reference"),
    ("SENDGRID_API_KEY", lambda S: "op://Production/SendGrid/credential", "op-reference"),
    ("DB_SECRET_ARN", lambda S: "arn:aws:secretsmanager:eu-west-1:" + S.digits(12) + ":secret:prod/app/db-" + S.an(6), "aws-secretsmanager-arn"),
    ("API_KEY_PARAM", lambda S: "arn:aws:ssm:us-east-1:" + S.digits(12) + ":parameter/prod/billing/api-key", "ssm-parameter-arn"),
    ("PASSWORD_MIN_LENGTH", lambda S: str(S.r.choice([10, 12, 14, 16])), "password-policy"),
    ("TOKEN_TTL_SECONDS", lambda S: str(S.r.choice([900, 3600, 86400])), "password-policy"),
    ("JWT_ALGORITHM", lambda S: S.r.choice(["RS256", "HS256", "ES256"]), "crypto-setting"),
    ("API_KEY_HEADER", lambda S: "X-Api-Key", "crypto-setting"),
    ("AZURE_TENANT_ID", lambda S: S.uuid(), "uuid-id"),
    ("AZURE_CLIENT_ID", lambda S: S.uuid(), "uuid-id"),
    ("WORKSPACE_ID", lambda S: S.uuid(), "uuid-id"),
    ("GIT_COMMIT_SHA", lambda S: S.sha1(), "git-commit-sha"),
    ("BUILD_ID", lambda S: S.hex(24), "hex-build-id"),
    ("RELEASE_TARBALL_SHA256", lambda S: S.sha256(), "checksum-sha256"),
    ("TRACE_SAMPLE_ID", lambda S: S.hex(32), "trace-id"),
    ("LAST_REQUEST_ID", lambda S: "req_" + S.hex(24), "request-id"),
    ("ASSET_CACHE_KEY", lambda S: "assets-v3-" + S.hex(40), "cache-key"),
    ("STRIPE_PUBLISHABLE_KEY", lambda S: J("pk", "_live_") + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 99), "publishable-key"),
    ("GOOGLE_CLIENT_ID", lambda S: S.google_client_id(), "public-client-id"),
    ("RECAPTCHA_SITE_KEY", lambda S: "6L" + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", 38), "public-client-id"),
    ("AWS_ACCESS_KEY_ID", AWS_EX_ID, "vendor-example-key"),
    ("AWS_SECRET_ACCESS_KEY", AWS_EX_SECRET, "vendor-example-key"),
    ("ADMIN_PASSWORD_HASH", lambda S: S.bcrypt(), "password-hash"),
    ("API_TOKEN", lambda S: "[REDACTED]", "redacted-value"),
    ("TEST_API_KEY", lambda S: "test-key-not-a-real-secret", "test-fixture-fake"),
    ("ENCRYPTION_KEY_ID", lambda S: "alias/prod-app-data", "kms-key-alias"),
    ("SECRET_NAME", lambda S: "projects/acme-prod/secrets/db-password/versions/latest", "gcp-secret-reference"),
    ("DEPLOY_SSH_PUBLIC_KEY", lambda S: J("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI") + S.b64bytes(24).rstrip("=") + " deploy@ci", "public-key"),
    ("JWT_PUBLIC_KEY", lambda S: J("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE") + S.b64bytes(63), "public-key"),
    ("DB_PASSWORD_FILE", lambda S: "/run/secrets/db_password", "file-reference"),
    ("KMS_KEY_ARN", lambda S: "arn:aws:kms:eu-central-1:" + S.digits(12) + ":key/" + S.uuid(), "kms-key-arn"),
    ("ENCRYPTED_DB_PASSWORD", lambda S: "AQICAHh" + S.b64bytes(120), "kms-ciphertext"),
    ("SMTP_PASSWORD", lambda S: "********", "redacted-value"),
    ("LICENSE_KEY", lambda S: "%LICENSE_KEY%", "env-reference"),
    ("IMAGE_DIGEST", lambda S: "sha256:" + S.sha256(), "docker-image-digest"),
    ("SESSION_COOKIE_NAME", lambda S: "__Host-session", "crypto-setting"),
    ("PASSWORD_RESET_URL", lambda S: "https://app.example.com/reset?token={token}", "template-variable"),
    ("ADMIN_PASSWORD", lambda S: J("$a", "rgon2id$v=19$m=65536,t=3,p=4$") + S.b64bytes(16).rstrip("=") + "$" + S.b64bytes(32).rstrip("="), "password-hash"),
    ("MAPBOX_PUBLIC_TOKEN", lambda S: J("p", "k.", "eyJ1Ijoi") + S.b64bytes(30, urlsafe=True, pad=False) + "." + S.b64bytes(16, urlsafe=True, pad=False), "publishable-key"),
]
