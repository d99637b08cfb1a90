"""Repositories 23-28: the bulk of a sweep. Service monorepo env files and their examples, live
Terraform variables, CI workflows, SDK documentation and test fixtures, front-end apps with public
keys, and a Go service with its lock data. Vendor-format values are drawn round-robin from VENDOR
below; negatives are drawn from NEG."""
import base64

from kit import J
from repos_c import RENDER


def vendor_table(g):
    """kind -> (provider, ENV_NAME, value factory). Shapes and sources: see kit.Gen."""
    return {
        "github-pat": ("github", "GITHUB_TOKEN", lambda: g.github("pat")),
        "github-oauth-token": ("github", "GH_OAUTH_TOKEN", lambda: g.github("oauth")),
        "github-app-token": ("github", "GH_APP_INSTALLATION_TOKEN", lambda: g.github("app")),
        "github-user-to-server-token": ("github", "GH_USER_TOKEN", lambda: g.github("user")),
        "github-fine-grained-pat": ("github", "GH_FINE_GRAINED_PAT", g.github_fine_grained),
        "gitlab-pat": ("gitlab", "GITLAB_TOKEN", g.gitlab_pat),
        "aws-access-key-id": ("aws", "AWS_ACCESS_KEY_ID", g.aws_key_id),
        "google-api-key": ("google", "GOOGLE_API_KEY", g.google_api_key),
        "openai-project-key": ("openai", "OPENAI_API_KEY", g.openai_project),
        "anthropic-api-key": ("anthropic", "ANTHROPIC_API_KEY", g.anthropic),
        "anthropic-admin-key": ("anthropic", "ANTHROPIC_ADMIN_KEY", lambda: g.anthropic(admin=True)),
        "groq-api-key": ("groq", "GROQ_API_KEY", g.groq),
        "huggingface-token": ("huggingface", "HF_TOKEN", g.huggingface),
        "replicate-api-token": ("replicate", "REPLICATE_API_TOKEN", g.replicate),
        "stripe-live-secret-key": ("stripe", "STRIPE_SECRET_KEY", g.stripe),
        "stripe-restricted-key": ("stripe", "STRIPE_RESTRICTED_KEY", lambda: g.stripe(restricted=True)),
        "slack-bot-token": ("slack", "SLACK_BOT_TOKEN", lambda: g.slack("bot")),
        "slack-user-token": ("slack", "SLACK_USER_TOKEN", lambda: g.slack("user")),
        "slack-app-token": ("slack", "SLACK_APP_TOKEN", lambda: g.slack("app")),
        "slack-webhook-url": ("slack", "SLACK_WEBHOOK_URL", g.slack_webhook),
        "twilio-api-key": ("twilio", "TWILIO_API_KEY", g.twilio_api_key),
        "sendgrid-api-key": ("sendgrid", "SENDGRID_API_KEY", g.sendgrid),
        "npm-token": ("npm", "NPM_TOKEN", g.npm),
        "docker-hub-pat": ("docker", "DOCKERHUB_TOKEN", g.docker_pat),
        "digitalocean-pat": ("digitalocean", "DIGITALOCEAN_TOKEN", g.digitalocean),
        "doppler-personal-token": ("doppler", "DOPPLER_TOKEN", lambda: g.doppler("pt")),
        "doppler-service-token": ("doppler", "DOPPLER_SERVICE_TOKEN", lambda: g.doppler("st")),
        "vault-service-token": ("hashicorp", "VAULT_TOKEN", g.vault),
        "clickup-pat": ("clickup", "CLICKUP_API_TOKEN", g.clickup),
        "shopify-access-token": ("shopify", "SHOPIFY_ADMIN_TOKEN", lambda: g.shopify("at")),
        "shopify-custom-app-token": ("shopify", "SHOPIFY_CUSTOM_APP_TOKEN", lambda: g.shopify("ca")),
        "tailscale-auth-key": ("tailscale", "TS_AUTHKEY", lambda: g.tailscale("auth")),
        "tailscale-api-key": ("tailscale", "TAILSCALE_API_KEY", lambda: g.tailscale("api")),
        "akamai-access-token": ("akamai", "AKAMAI_ACCESS_TOKEN", g.akamai_token),
        "ably-api-key": ("ably", "ABLY_API_KEY", g.ably),
        "twitch-irc-oauth-token": ("twitch", "TWITCH_OAUTH", g.twitch_irc),
        "netbird-pat": ("netbird", "NETBIRD_API_TOKEN", g.netbird_pat),
        "grafana-service-account-token": ("grafana", "GRAFANA_SA_TOKEN", g.grafana_sa),
        "flyio-token": ("fly", "FLY_API_TOKEN", g.fly),
        "linear-api-key": ("linear", "LINEAR_API_KEY", g.linear),
        "heroku-api-key": ("heroku", "HEROKU_API_KEY", g.heroku),
        "newrelic-user-key": ("newrelic", "NEW_RELIC_API_KEY", g.newrelic_user),
        "postman-api-key": ("postman", "POSTMAN_API_KEY", g.postman),
    }


class Cycle:
    def __init__(self, table, g):
        self.keys = sorted(table)
        g.r.shuffle(self.keys)
        self.t = table
        self.i = 0

    def take(self, n):
        out = []
        for _ in range(n):
            k = self.keys[self.i % len(self.keys)]
            self.i += 1
            prov, name, fn = self.t[k]
            out.append((k, prov, name, fn()))
        return out


def plant(f, syntax, items, name_fn=None):
    for kind, prov, name, val in items:
        f.p(RENDER[syntax](name_fn(name) if name_fn else name, val), val, kind, prov, False)


def build_d(c, g):
    vt = vendor_table(g)
    cyc = Cycle(vt, g)
    monorepo(c, g, cyc)
    terraform_live(c, g, cyc)
    ci_workflows(c, g, cyc)
    sdk_docs(c, g, vt)
    frontend(c, g, cyc)
    go_service(c, g, cyc)


# ------------------------------------------------------------------------------------------ 23
def monorepo(c, g, cyc):
    r = c.repo("ledgerly-monorepo")
    services = ["api-gateway", "billing", "notifications", "search", "reporting", "auth", "media", "integrations"]
    for s in services:
        f = r.f("services/" + s + "/.env.production", "dotenv")
        f.t("# " + s + " - production (do not commit)", "NODE_ENV=production", "PORT=8080")
        items = cyc.take(6)
        plant(f, "dotenv", items)
        pw = g.password()
        f.p("DB_PASSWORD=" + pw, pw, "db-password", "postgres", True)
        f.n("LOG_LEVEL=info", "info", "non-secret-setting")
        ex = r.f("services/" + s + "/.env.example", "dotenv")
        ex.t("# copy to .env and fill in")
        for i, (kind, prov, name, val) in enumerate(items):
            style = (i + len(s)) % 6
            if style == 0:
                ex.n(name + "=", name + "=", "no-value")
            elif style == 1:
                ex.n(name + "=changeme", "changeme", "placeholder")
            elif style == 2:
                ex.n(name + "=<" + name.lower() + ">", "<" + name.lower() + ">", "placeholder")
            elif style == 3:
                ex.n(name + "=${" + name + "}", "${" + name + "}", "env-reference")
            elif style == 4:
                ex.n(name + "=your-" + name.lower().replace("_", "-") + "-here", "your-", "placeholder")
            else:
                masked = val[:4] + "*" * 12
                ex.n(name + "=" + masked, masked, "redacted")
        ex.n("DB_PASSWORD=postgres", "postgres", "fake-fixture")
        ex.n("PASSWORD_MIN_LENGTH=" + str(10 + len(s) % 6), "PASSWORD_MIN_LENGTH", "password-policy")

    f = r.f("services/auth/src/config.ts", "code-js")
    f.t("export const config = {")
    for name in ["JWT_SECRET", "COOKIE_SECRET", "OIDC_CLIENT_SECRET"]:
        f.n("  %s: process.env.%s!," % (name.lower(), name), "process.env." + name, "env-reference")
    f.n("  passwordMinLength: 12,", "passwordMinLength", "password-policy")
    f.n("  passwordRequireSymbols: true,", "passwordRequireSymbols", "password-policy")
    f.n("  jwtAlgorithm: 'RS256',", "RS256", "non-secret-setting")
    f.n("  authScheme: 'Bearer',", "Bearer", "non-secret-setting")
    f.t("};")

    f = r.f("services/billing/src/settings.py", "code-python")
    f.t("import os", "from pathlib import Path", "")
    f.n("STRIPE_SECRET_KEY = os.environ[\"STRIPE_SECRET_KEY\"]", "os.environ[\"STRIPE_SECRET_KEY\"]", "env-reference")
    f.n("STRIPE_WEBHOOK_SECRET = os.getenv(\"STRIPE_WEBHOOK_SECRET\", \"\")", "os.getenv", "env-reference")
    f.n("DB_PASSWORD = Path(\"/run/secrets/db_password\").read_text().strip()", "/run/secrets/db_password", "secret-file-reference")
    f.n("SECRET_KEY = get_secret(\"billing/django\")", "get_secret(", "value-from-code")
    f.n("PASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]", "Argon2PasswordHasher", "non-secret-setting")
    f.n("AUTH_PASSWORD_VALIDATORS = [{\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\", \"OPTIONS\": {\"min_length\": 14}}]",
        "min_length", "password-policy")
    f.n("STRIPE_PUBLISHABLE_KEY = \"" + J("pk_", "live_") + g.alnum(99) + "\"", J("pk_", "live_"), "publishable-key")
    f.n("SECRET_KEY_FALLBACKS = []", "SECRET_KEY_FALLBACKS", "no-value")

    f = r.f("services/notifications/src/main/resources/application.yml", "yaml-config")
    f.t("spring:", "  mail:", "    host: smtp.sendgrid.net", "    username: apikey")
    f.n("    password: ${SENDGRID_API_KEY}", "${SENDGRID_API_KEY}", "env-reference")
    f.t("twilio:")
    f.n("  account-sid: " + g.twilio_account_sid(), "account-sid", "public-identifier")
    f.n("  auth-token: ${TWILIO_AUTH_TOKEN:}", "${TWILIO_AUTH_TOKEN:}", "env-reference")
    f.t("security:")
    f.n("  password-policy: { min-length: 12, max-age-days: 90 }", "min-length", "password-policy")

    f = r.f("k8s/base/billing.yaml", "yaml-k8s")
    f.t("apiVersion: apps/v1", "kind: Deployment", "metadata: {name: billing}", "spec:", "  template:", "    spec:",
        "      containers:", "        - name: billing", "          env:")
    for name in ["STRIPE_SECRET_KEY", "DB_PASSWORD", "SENDGRID_API_KEY", "SLACK_BOT_TOKEN"]:
        f.t("            - name: " + name, "              valueFrom:")
        f.n("                secretKeyRef: {name: billing-secrets, key: " + name.lower() + "}", "secretKeyRef", "secret-manager-reference")
    f.t("            - name: BUILD_SHA")
    f.n("              value: \"" + g.hex(40) + "\"", "value", "commit-sha")

    f = r.f("secrets/prod.enc.yaml", "yaml-config")
    for name in ["stripe_secret_key", "db_password", "openai_api_key", "slack_bot_token", "github_token"]:
        f.n("%s: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (name, g.b64(30), g.b64(32), g.b64(16)), "ENC[AES256_GCM",
            "encrypted-value")
    f.t("sops:", "    kms: []", "    age:", "        - recipient: age1" + g.lower(58))
    f.n("    mac: ENC[AES256_GCM,data:" + g.b64(60) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]", "mac: ENC[",
        "encrypted-value")

    f = r.f("package-lock.json", "lockfile")
    f.t("{", '  "name": "ledgerly-monorepo",', '  "lockfileVersion": 3,', '  "packages": {')
    for pkg in ["express", "stripe", "@slack/web-api", "openai", "jsonwebtoken", "pg", "zod", "pino", "undici", "ioredis"]:
        f.t('    "node_modules/' + pkg + '": {', '      "version": "' + str(g.r.randrange(1, 9)) + "." + str(g.r.randrange(0, 20)) + '.0",',
            '      "resolved": "https://registry.npmjs.org/' + pkg + '/-/' + pkg.split('/')[-1] + '.tgz",')
        f.n('      "integrity": "sha512-' + g.b64(64) + '"', "sha512-", "lockfile-integrity")
        f.t("    },")
    f.t('    "": {}', "  }", "}")


# ------------------------------------------------------------------------------------------ 24
def terraform_live(c, g, cyc):
    r = c.repo("terraform-live")
    f = r.f("prod/terraform.tfvars", "terraform")
    f.t('region      = "eu-central-1"', 'environment = "prod"')
    plant(f, "terraform", cyc.take(8), name_fn=lambda n: n.lower())
    f.n('db_password = null', "null", "no-value")
    f = r.f("prod/secrets.auto.tfvars", "terraform")
    plant(f, "terraform", cyc.take(6), name_fn=lambda n: n.lower())
    f = r.f("prod/variables.tf", "terraform")
    for name in ["stripe_secret_key", "slack_bot_token", "github_token", "db_password", "datadog_api_key"]:
        f.t('variable "' + name + '" {', '  type      = string')
        f.n('  sensitive = true', "sensitive", "secret-name-only")
        f.t("}")
    f = r.f("prod/main.tf", "terraform")
    f.t('provider "github" {')
    f.n('  token = var.github_token', "var.github_token", "env-reference")
    f.t('}', 'data "aws_secretsmanager_secret_version" "db" {')
    f.n('  secret_id = "arn:aws:secretsmanager:eu-central-1:' + g.digits(12) + ':secret:prod/db-' + g.alnum(6) + '"',
        "arn:aws:secretsmanager", "arn-reference")
    f.t('}', 'resource "aws_db_instance" "main" {')
    f.n('  password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]',
        "jsondecode(", "value-from-code")
    f.n('  manage_master_user_password = true', "manage_master_user_password", "non-secret-setting")
    f.t('}', 'resource "aws_ssm_parameter" "slack" {', '  name  = "/prod/slack/bot_token"', '  type  = "SecureString"')
    f.n('  value = var.slack_bot_token', "var.slack_bot_token", "env-reference")
    f.t('}', 'resource "random_password" "redis" {')
    f.n('  length  = 32', "length", "password-policy")
    f.t('}')
    f = r.f("prod/.terraform.lock.hcl", "lockfile")
    for prov in ["hashicorp/aws", "hashicorp/random", "integrations/github", "cloudflare/cloudflare", "datadog/datadog"]:
        f.t('provider "registry.terraform.io/' + prov + '" {', '  version = "5.' + str(g.r.randrange(1, 80)) + '.0"', '  hashes = [')
        f.n('    "h1:' + g.b64(32) + '",', "h1:", "lockfile-integrity")
        f.n('    "zh:' + g.hex(64) + '",', "zh:", "lockfile-integrity")
        f.t('  ]', '}')
    f = r.f("modules/runner/variables.tf", "terraform")
    tk = g.gitlab_pat()
    f.t('variable "runner_token" {', '  type    = string')
    f.p('  default = "' + tk + '"', tk, "gitlab-pat", "gitlab", False)
    f.t('}', 'variable "tailscale_key" {', '  type    = string')
    tsk = g.tailscale("auth")
    f.p('  default = "' + tsk + '"', tsk, "tailscale-auth-key", "tailscale", False)
    f.t('}', 'variable "vault_token" {', '  type    = string')
    f.n('  default = "' + J("hv", "s.") + 'XXXXXXXXXXXXXXXXXXXXXXXX"', "XXXXXXXXXXXXXXXXXXXXXXXX", "placeholder")
    f.t('}')


# ------------------------------------------------------------------------------------------ 25
def ci_workflows(c, g, cyc):
    r = c.repo("release-tooling")
    f = r.f(".github/workflows/release.yml", "yaml-ci")
    f.t("name: release", "on: {push: {tags: ['v*']}}", "env:")
    for kind, prov, name, val in cyc.take(5):
        f.p("  " + name + ": " + val, val, kind, prov, False)
    f.n("  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}", "${{ secrets.NPM_TOKEN }}", "template-reference")
    f.n("  DOCKERHUB_TOKEN: ${{ secrets.DOCKERHUB_TOKEN }}", "${{ secrets.DOCKERHUB_TOKEN }}", "template-reference")
    f.t("jobs:", "  publish:", "    runs-on: ubuntu-latest", "    permissions: {contents: write, id-token: write}", "    steps:")
    f.n("      - uses: actions/checkout@" + g.hex(40) + " # v4", "actions/checkout@", "commit-sha")
    f.n("      - uses: actions/setup-node@" + g.hex(40) + " # v4", "actions/setup-node@", "commit-sha")
    f.t("      - run: npm publish --provenance", "        env:")
    f.n("          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}", "${{ secrets.NPM_TOKEN }}", "template-reference")
    f = r.f(".github/workflows/nightly.yml", "yaml-ci")
    f.t("name: nightly", "on: {schedule: [{cron: '0 2 * * *'}]}", "jobs:", "  e2e:", "    runs-on: ubuntu-latest", "    env:")
    for kind, prov, name, val in cyc.take(5):
        f.p("      " + name + ": '" + val + "'", val, kind, prov, False)
    for name in ["PERCY_TOKEN", "SENTRY_AUTH_TOKEN", "CODECOV_TOKEN"]:
        f.n("      " + name + ": ${{ secrets." + name + " }}", "${{ secrets." + name + " }}", "template-reference")
    f.t("    steps:", "      - run: make e2e")
    f = r.f(".circleci/config.yml", "yaml-ci")
    f.t("version: 2.1", "jobs:", "  deploy:", "    docker:", "      - image: cimg/python:3.12", "        auth:",
        "          username: ledgerlyci")
    f.n("          password: $DOCKERHUB_PASSWORD", "$DOCKERHUB_PASSWORD", "env-reference")
    f.t("    environment:")
    for kind, prov, name, val in cyc.take(4):
        f.p("      " + name + ": " + val, val, kind, prov, False)
    f.t("    steps: [checkout, {run: ./deploy.sh}]")
    f = r.f("azure-pipelines.yml", "yaml-ci")
    f.t("trigger: [main]", "variables:")
    f.n("  - group: release-secrets", "release-secrets", "secret-manager-reference")
    f.t("  - name: buildConfiguration", "    value: Release", "steps:", "  - script: dotnet nuget push *.nupkg --api-key $(NUGET_API_KEY)")
    f.n("    displayName: push ($(NUGET_API_KEY))", "$(NUGET_API_KEY)", "env-reference")
    f = r.f("scripts/publish.sh", "shell-script")
    f.t("#!/usr/bin/env bash", "set -euo pipefail")
    for kind, prov, name, val in cyc.take(4):
        f.p("export " + name + "=\"" + val + "\"", val, kind, prov, False)
    f.n("export GITHUB_TOKEN=\"$(gh auth token)\"", "$(gh auth token)", "command-substitution")
    f.n("export NPM_TOKEN=\"$(op read op://ci/npm/token)\"", "op://ci/npm/token", "secret-manager-reference")
    f.t("npm publish")
    f = r.f("scripts/publish.ps1", "powershell", crlf=True)
    for kind, prov, name, val in cyc.take(3):
        f.p("$env:" + name + " = '" + val + "'", val, kind, prov, False)
    f.n("$env:NUGET_KEY = (Get-AzKeyVaultSecret -VaultName ledgerly-kv -Name nuget -AsPlainText)", "Get-AzKeyVaultSecret",
        "secret-manager-reference")
    f = r.f("scripts/publish.cmd", "batch", crlf=True)
    f.t("@echo off")
    for kind, prov, name, val in cyc.take(2):
        f.p("set " + name + "=" + val, val, kind, prov, False)
    f.n("set NUGET_KEY=%NUGET_API_KEY%", "%NUGET_API_KEY%", "env-reference")


# ------------------------------------------------------------------------------------------ 26
def sdk_docs(c, g, vt):
    r = c.repo("ledgerly-sdk")
    f = r.f("docs/authentication.md", "markdown")
    f.t("# Authentication", "", "Pass your key in the `Authorization` header:", "", "```sh")
    f.n("curl -H 'Authorization: Bearer sk_live_...' https://api.ledgerly.net/v2/invoices", "sk_live_...", "placeholder")
    f.t("```", "", "Keys look like this (examples, not real keys):", "", "| provider | example |", "|---|---|")
    shapes = [("GitHub", J("gh", "p_") + "x" * 36), ("GitLab", J("gl", "pat-") + "xxxxxxxxxxxxxxxxxxxx"),
              ("AWS", J("AK", "IA") + "XXXXXXXXXXXXXXXX"), ("OpenAI", J("sk-", "proj-") + "..."),
              ("Anthropic", J("sk-", "ant-", "api03-") + "<redacted>"), ("Slack", J("xo", "xb-") + "your-bot-token"),
              ("Stripe", J("sk", "_live_") + "*" * 24), ("npm", J("np", "m_") + "0" * 36),
              ("SendGrid", "S" + "G.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
              ("Groq", J("gs", "k_") + "your_key_here"), ("Hugging Face", J("h", "f_") + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
              ("Tailscale", J("tskey-", "auth-") + "XXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
              ("Doppler", J("dp", ".st.") + "dev.XXXXXXXXXXXXXXXX"), ("Vault", J("hv", "s.") + "<token>"),
              ("Shopify", J("shp", "at_") + "00000000000000000000000000000000"), ("Linear", J("lin", "_api_") + "********")]
    for prov, val in shapes:
        f.n("| " + prov + " | `" + val + "` |", val, "vendor-shaped-placeholder")
    f.t("", "## Redacted logs", "")
    for kind in ["github-pat", "stripe-live-secret-key", "slack-bot-token", "openai-project-key"]:
        v = vt[kind][2]()
        red = v[:8] + "..." + v[-4:] if kind != "stripe-live-secret-key" else v[:12] + "****"
        f.n("    2026-11-03T10:11:12Z auth ok token=" + red, red, "redacted")

    f = r.f("docs/quickstart.rst", "restructuredtext")
    f.t("Quickstart", "==========", "", ".. code-block:: python", "")
    f.n("   client = Ledgerly(api_key=\"YOUR_API_KEY\")", "YOUR_API_KEY", "placeholder")
    f.n("   client = Ledgerly(api_key=os.environ[\"LEDGERLY_API_KEY\"])", "os.environ", "env-reference")
    f.t("", "Webhook secrets start with ``whsec_`` and are shown once.", "")
    f.n("   LEDGERLY_WEBHOOK_SECRET=whsec_<from dashboard>", "whsec_<from dashboard>", "placeholder")

    f = r.f("docs/aws.adoc", "asciidoc")
    f.t("= Using the AWS integration", "", "[source,ini]", "----", "[default]")
    f.n("aws_access_key_id = " + J("AKIA", "IOSFODNN7", "EXAMPLE"), J("AKIA", "IOSFODNN7"), "vendor-example-key")
    f.n("aws_secret_access_key = " + J("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"), "bPxRfiCYEXAMPLEKEY", "vendor-example-key")
    f.t("----")
    f.n("The role ARN is `arn:aws:iam::" + g.digits(12) + ":role/ledgerly-integration`.", "arn:aws:iam::", "arn-reference")

    f = r.f("tests/fixtures/tokens.py", "code-python")
    f.t("\"\"\"Fake credentials for unit tests. None of these are real.\"\"\"", "")
    fakes = [("FAKE_GITHUB_TOKEN", J("gh", "p_") + "0123456789abcdefghijklmnopqrstuvwxyz"),
             ("FAKE_STRIPE_KEY", J("sk", "_test_") + "fake" + "0" * 20),
             ("DUMMY_SLACK_TOKEN", J("xo", "xb-") + "000000000000-0000000000000-dummydummydummydummydumm"),
             ("TEST_PASSWORD", "hunter2"), ("EXAMPLE_AWS_KEY", J("AK", "IA") + "EXAMPLEEXAMPLE00"),
             ("MOCK_OPENAI_KEY", "sk-mock-key-for-tests"), ("FAKE_JWT", J("eyJhbGciOiJub25lIn0", ".eyJzdWIiOiJ0ZXN0In0.")),
             ("PLACEHOLDER_WEBHOOK", "https://hooks.example.com/services/XXX/YYY/ZZZ")]
    for name, val in fakes:
        f.n(name + " = \"" + val + "\"", val, "fake-fixture")

    f = r.f("tests/test_client.py", "code-python")
    f.t("from ledgerly import Ledgerly", "from tests.fixtures.tokens import FAKE_STRIPE_KEY", "")
    f.n("def test_auth_header(client=Ledgerly(api_key=\"test_key_123\")):", "test_key_123", "fake-fixture")
    f.t("    assert client.headers[\"Authorization\"].startswith(\"Bearer \")")
    f.n("def test_password_is_masked(): assert mask(\"s3cr3t\") == \"******\"", "s3cr3t", "fake-fixture")

    f = r.f("sdk/js/src/client.ts", "code-js")
    f.t("export class Ledgerly {")
    f.n("  constructor(private apiKey: string = process.env.LEDGERLY_API_KEY ?? '') {}", "process.env.LEDGERLY_API_KEY", "env-reference")
    f.n("  static readonly API_KEY_HEADER = 'X-Ledgerly-Key';", "API_KEY_HEADER", "secret-name-only")
    f.n("  static readonly TOKEN_PREFIX = 'lg_live_';", "TOKEN_PREFIX", "secret-name-only")
    f.t("}")
    f = r.f("sdk/ruby/lib/ledgerly/config.rb", "code-ruby")
    f.n("    @api_key = ENV.fetch('LEDGERLY_API_KEY') { raise 'set LEDGERLY_API_KEY' }", "ENV.fetch", "env-reference")
    f.n("    @password = params[:password]", "params[:password]", "value-from-code")
    f = r.f("sdk/go/client.go", "code-go")
    f.n("\tapiKey := viper.GetString(\"ledgerly.api_key\")", "viper.GetString", "value-from-code")
    f.n("\tsecret := os.Getenv(\"LEDGERLY_WEBHOOK_SECRET\")", "os.Getenv", "env-reference")
    f = r.f("sdk/java/src/main/java/net/ledgerly/Config.java", "code-java")
    f.n("    String key = System.getenv(\"LEDGERLY_API_KEY\");", "System.getenv", "env-reference")
    f.n("    char[] password = console.readPassword(\"password: \");", "readPassword", "value-from-code")
    f = r.f("sdk/csharp/Config.cs", "code-csharp")
    f.n("    var key = Environment.GetEnvironmentVariable(\"LEDGERLY_API_KEY\");", "Environment.GetEnvironmentVariable", "env-reference")
    f.n("    var secret = configuration[\"Ledgerly:WebhookSecret\"];", "configuration[", "value-from-code")
    f = r.f("sdk/php/src/Config.php", "code-php")
    f.n("    $this->apiKey = getenv('LEDGERLY_API_KEY') ?: '';", "getenv(", "env-reference")
    f.n("    $this->secret = $_ENV['LEDGERLY_SECRET'] ?? null;", "$_ENV[", "env-reference")
    f = r.f("sdk/rust/src/config.rs", "code-rust")
    f.n("    let key = std::env::var(\"LEDGERLY_API_KEY\").expect(\"LEDGERLY_API_KEY\");", "std::env::var", "env-reference")
    f = r.f("sdk/swift/Config.swift", "code-swift")
    f.n("    let key = ProcessInfo.processInfo.environment[\"LEDGERLY_API_KEY\"]", "ProcessInfo", "env-reference")
    f = r.f("sdk/kotlin/Config.kt", "code-kotlin")
    f.n("    val key = System.getenv(\"LEDGERLY_API_KEY\") ?: error(\"missing\")", "System.getenv", "env-reference")
    f = r.f("sdk/elixir/config/runtime.exs", "code-elixir")
    f.n("config :ledgerly, api_key: System.get_env(\"LEDGERLY_API_KEY\")", "System.get_env", "env-reference")
    f = r.f("sdk/perl/lib/Ledgerly.pm", "code-perl")
    f.n("my $key = $ENV{LEDGERLY_API_KEY} or die;", "$ENV{LEDGERLY_API_KEY}", "env-reference")
    f = r.f("sdk/r/R/auth.R", "code-r")
    f.n("key <- Sys.getenv(\"LEDGERLY_API_KEY\")", "Sys.getenv", "env-reference")
    f = r.f("sdk/lua/ledgerly.lua", "code-lua")
    f.n("local key = os.getenv(\"LEDGERLY_API_KEY\")", "os.getenv", "env-reference")
    f = r.f("sdk/dart/lib/config.dart", "code-dart")
    f.n("final key = Platform.environment['LEDGERLY_API_KEY'];", "Platform.environment", "env-reference")
    f = r.f("sdk/julia/src/Config.jl", "code-julia")
    f.n("const KEY = get(ENV, \"LEDGERLY_API_KEY\", \"\")", "get(ENV,", "env-reference")
    f = r.f("sdk/scala/Config.scala", "code-scala")
    f.n("  val key = sys.env.getOrElse(\"LEDGERLY_API_KEY\", \"\")", "sys.env", "env-reference")
    f = r.f("sdk/c/config.c", "code-c")
    f.n("const char *key = getenv(\"LEDGERLY_API_KEY\");", "getenv(", "env-reference")
    f = r.f("sdk/cpp/config.cpp", "code-cpp")
    f.n("const std::string key = std::getenv(\"LEDGERLY_API_KEY\");", "std::getenv", "env-reference")
    f = r.f("sdk/objc/Config.m", "code-objc")
    f.n("NSString *key = [[NSProcessInfo processInfo] environment][@\"LEDGERLY_API_KEY\"];", "NSProcessInfo", "env-reference")
    f = r.f("sdk/groovy/Config.groovy", "code-groovy")
    f.n("def key = System.getenv('LEDGERLY_API_KEY')", "System.getenv", "env-reference")

    f = r.f("sdk/python/poetry.lock", "lockfile")
    for pkg in ["httpx", "pydantic", "anyio", "certifi", "idna"]:
        f.t("[[package]]", 'name = "' + pkg + '"', "files = [")
        f.n('    {file = "' + pkg + '-1.0-py3-none-any.whl", hash = "sha256:' + g.hex(64) + '"},', "sha256:", "lockfile-integrity")
        f.t("]", "")
    f = r.f("sdk/ruby/Gemfile.lock", "lockfile")
    f.t("GEM", "  remote: https://rubygems.org/", "  specs:", "    faraday (2.12.0)", "", "CHECKSUMS")
    for gem in ["faraday", "json", "net-http", "uri"]:
        f.n("  " + gem + " (2.0.0) sha256=" + g.hex(64), "sha256=", "lockfile-integrity")


# ------------------------------------------------------------------------------------------ 27
def frontend(c, g, cyc):
    r = c.repo("storefront-web")
    f = r.f("src/config/public.ts", "code-js")
    f.t("// values below ship to the browser on purpose")
    pubs = [("stripePublishableKey", J("pk_", "live_") + g.alnum(99)),
            ("mapboxToken", "pk." + g.b64url(60) + "." + g.b64url(22)),
            ("recaptchaSiteKey", "6L" + g.b64url(38)),
            ("googleOAuthClientId", g.google_oauth_client_id()),
            ("posthogKey", "phc_" + g.alnum(43)),
            ("sentryDsn", "https://" + g.hex(32) + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7)),
            ("algoliaSearchKey", g.hex(32)), ("supabaseAnonKey", g.jwt({"iss": "supabase", "role": "anon", "ref": g.lower(20)})),
            ("pusherAppKey", g.hex(20)), ("pubnubSubscribeKey", "sub-c-" + g.uuid())]
    f.t("export const publicConfig = {")
    for name, val in pubs:
        f.n("  " + name + ": '" + val + "',", val, "publishable-key")
    f.t("};")
    f = r.f("src/server/secrets.ts", "code-js")
    f.t("// server-only; was imported by a client component in v3.2 (incident 2026-11-04)", "export const serverSecrets = {")
    for kind, prov, name, val in cyc.take(6):
        f.p("  " + name.lower() + ": '" + val + "',", val, kind, prov, False)
    f.t("};")
    f = r.f("public/index.html", "html")
    f.t("<!doctype html>", "<html>", "<head>")
    for lib in ["react", "react-dom", "stripe"]:
        f.n('  <script src="https://cdn.ledgerly.net/' + lib + '.js" integrity="sha384-' + g.b64(48) + '" crossorigin="anonymous"></script>',
            "sha384-", "lockfile-integrity")
    f.n('  <link rel="icon" href="data:image/png;base64,' + g.b64(90) + '">', "data:image/png;base64,", "base64-image")
    f.t("</head>", "<body><div id=root></div></body>", "</html>")
    f = r.f(".env.local", "dotenv")
    for kind, prov, name, val in cyc.take(4):
        f.p(name + "=" + val, val, kind, prov, False)
    f.n("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=" + J("pk_", "live_") + g.alnum(99), J("pk_", "live_"), "publishable-key")
    f.n("NEXT_PUBLIC_POSTHOG_KEY=phc_" + g.alnum(43), "phc_", "publishable-key")
    f = r.f("src/i18n/strings.json", "json")
    f.t("{")
    for k, v in [("password_label", "Password"), ("password_hint", "At least 12 characters"), ("token_expired", "Your session token expired"),
                 ("api_key_help", "Paste your API key from Settings > Developers"), ("secret_question", "Secret question")]:
        f.n('  "' + k + '": "' + v + '",', v, "secret-name-only")
    f.t('  "ok": "OK"', "}")


# ------------------------------------------------------------------------------------------ 28
def go_service(c, g, cyc):
    r = c.repo("ledger-core")
    f = r.f("internal/config/defaults.go", "code-go")
    f.t("package config", "", "// Defaults used when the environment is empty. FIXME: remove prod values", "var defaults = map[string]string{")
    for kind, prov, name, val in cyc.take(6):
        f.p('\t"' + name + '": "' + val + '",', val, kind, prov, False)
    f.n('\t"DB_PASSWORD": os.Getenv("DB_PASSWORD"),', "os.Getenv", "env-reference")
    f.t("}")
    f = r.f("internal/crypto/vectors_test.go", "code-go")
    f.t("package crypto", "")
    for i in range(4):
        f.n('var vector%d = "%s" // SHA-256 test vector' % (i, g.hex(64)), "SHA-256 test vector", "hash-not-secret")
    f.n('var testSecret = "not-a-real-secret-used-in-tests"', "not-a-real-secret-used-in-tests", "fake-fixture")
    f = r.f("go.sum", "lockfile")
    for mod in ["github.com/jackc/pgx/v5 v5.7.1", "github.com/stripe/stripe-go/v81 v81.0.0", "github.com/slack-go/slack v0.15.0",
                "golang.org/x/crypto v0.31.0", "github.com/spf13/viper v1.19.0", "google.golang.org/grpc v1.68.0"]:
        f.n(mod + " h1:" + g.b64(32), " h1:", "lockfile-integrity")
        f.n(mod + "/go.mod h1:" + g.b64(32), "/go.mod h1:", "lockfile-integrity")
    f = r.f("deploy/ids.yaml", "yaml-config")
    for name in ["tenant_id", "subscription_id", "client_id", "request_id", "trace_id"]:
        f.n("%s: %s" % (name, g.uuid()), name, "uuid-identifier")
    for name in ["release_sha", "config_checksum", "image_digest"]:
        f.n("%s: %s" % (name, g.hex(64) if name != "release_sha" else g.hex(40)), name, "hash-not-secret")
    f.n("api_key_id: key_" + g.alnum(16), "api_key_id", "public-identifier")
    f.n("password_reset_ttl: 3600", "password_reset_ttl", "password-policy")
    f.n("token_ttl_seconds: 900", "token_ttl_seconds", "password-policy")
    f = r.f("deploy/ssh/known_hosts", "config-file")
    for h in ["github.com", "gitlab.ledgerly.net", "bastion.ledgerly.net"]:
        f.n(h + " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(32)[:43], "ssh-ed25519", "public-key")
    f = r.f("deploy/age/recipients.txt", "config-file")
    for _ in range(3):
        f.n("age1" + g.lower(58), "age1", "public-key")
    f = r.f("deploy/cosign.pub", "pem-file")
    pub = g.public_pem()
    f.n(pub, pub.split("\n")[1], "public-key", check=pub.split("\n")[1])
