"""Extra files added to the repositories above (same repository names): CI configs, shell
histories, credential files and more bulk negatives."""
from keys import b64, ALNUM, HEX, LOW, DIG, UPP

PW = "pass" + "word"


def laptop_more(c, k):
    f = c.f(".zsh_history", "shell-history")
    f.l(": 1763012001:0;cd ~/src")
    f.p("openai-project-key", ": 1763012010:0;export OPENAI_API_KEY={v}")
    f.p("anthropic-api-key", ": 1763012022:0;export ANTHROPIC_API_KEY='{v}'")
    f.p("huggingface-token", ": 1763012031:0;huggingface-cli login --token {v}")
    f.p("github-classic-pat", ": 1763012040:0;echo {v} | gh auth login --with-token")
    f.p("stripe-restricted-key", ": 1763012055:0;stripe listen --api-key {v} --forward-to localhost:4242/webhook")
    f.p("groq-api-key", ': 1763012070:0;GROQ_API_KEY="{v}" python bench.py')
    f.p("digitalocean-pat", ": 1763012081:0;doctl auth init --access-token {v}")
    f.p("sendgrid-api-key", ": 1763012090:0;export SENDGRID_API_KEY={v}")
    f.n("env-reference", ': 1763012101:0;echo "$OPENAI_API_KEY" | wc -c', "$OPENAI_API_KEY")

    f = c.f(".aws/credentials", "credential-file")
    f.l("[default]")
    f.p("aws-access-key-id", "aws_access_key_id = {v}")
    f.p("aws-secret-access-key", "aws_secret_access_key = {v}")
    f.l("", "[legacy-ci]")
    f.p("aws-sts-access-key-id", "aws_access_key_id={v}")
    f.p("aws-secret-access-key", "aws_secret_access_key={v}")
    f.p("generic-token", "aws_session_token={v}", k.b64bytes(270))

    f = c.f(".config/hub", "yaml-config")
    f.l("github.com:", "- user: corp-ops")
    f.p("github-oauth-token", "  oauth_token: {v}")
    f.l("  protocol: https")

    f = c.f(".vault-token", "credential-file")
    f.p("vault-service-token", "{v}")


def soc_more(c, k):
    f = c.f(".github/workflows/enrich-nightly.yml", "yaml-ci")
    f.l("name: nightly enrichment", "on:", "  schedule: [{cron: '17 2 * * *'}]", "jobs:", "  run:", "    runs-on: [self-hosted, soc]", "    env:")
    f.p("slack-webhook-url", "      SLACK_WEBHOOK: {v}")
    f.p("openai-project-key", "      OPENAI_API_KEY: {v}")
    f.n("ci-secret-reference", "      VT_API_KEY: ${{ secrets.VT_API_KEY }}", "${{ secrets.VT_API_KEY }}")
    f.l("    steps:", "      - uses: actions/checkout@v4", "      - run: pip install -r requirements.txt")
    f.p("github-fine-grained-pat", "      - run: git clone https://x-access-token:{v}@github.com/corp-soc/sigma-rules.git")
    f.l("      - run: python -m enrich.worker --once")

    f = c.f("enrich/llm.toml", "toml")
    f.l("[llm]", 'default = "anthropic"', "", "[llm.anthropic]", 'model = "claude-sonnet-4-5"')
    f.p("anthropic-api-key", 'api_key = "{v}"')
    f.l("", "[llm.groq]")
    f.p("groq-api-key", "api_key = '{v}'")
    f.l("", "[llm.google]")
    f.p("google-api-key", 'api_key = "{v}"')
    f.l("", "[llm.mistral]")
    f.p("mistral-api-key", 'api_key = "{v}"')


def siem_more(c, k):
    f = c.f("terraform/sentinel.tf", "hcl")
    f.l('provider "azurerm" {', "  features {}")
    f.n("uuid-identifier", '  client_id     = "{v}"', k.uuid4())
    f.p("azure-ad-client-secret", '  client_secret = "{v}"')
    f.n("uuid-identifier", '  tenant_id     = "{v}"', k.uuid4())
    f.l("}", "", 'resource "azurerm_storage_account" "archive" {', '  name = "stsocarchive01"', "}", "", 'locals {')
    f.p("azure-storage-connection-string", '  archive_conn = "{v}"')
    f.p("slack-webhook-url", '  alert_hook   = "{v}"')
    f.l("}")

    f = c.f("alerts/notify.py", "code-python")
    f.l("import requests", "")
    f.p("slack-bot-token", 'SLACK = "{v}"')
    f.p("grafana-service-account-token", 'GRAFANA = "{v}"')
    f.p("sentry-user-token", 'SENTRY = "{v}"')


def esign_more(c, k):
    f = c.f(".github/workflows/ci.yml", "yaml-ci")
    f.l("name: ci", "on: [push]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    env:", "      RAILS_ENV: test")
    f.p("stripe-live-secret-key", "      STRIPE_SECRET_KEY: {v}")
    f.n("ci-secret-reference", "      DOCUSIGN_KEY: ${{ secrets.DOCUSIGN_KEY }}", "${{ secrets.DOCUSIGN_KEY }}")
    f.p("postman-api-key", "      POSTMAN_API_KEY: {v}")
    f.l("    steps:", "      - uses: actions/checkout@v4")
    f.p("postman-api-key", "      - run: postman login --with-api-key {v} && postman collection run 1234-esign")


def accounting_more(c, k):
    f = c.f(".circleci/config.yml", "yaml-ci")
    f.l("version: 2.1", "jobs:", "  build:", "    docker:", "      - image: cimg/node:20.11", "        auth:", "          username: corpci")
    f.p("generic-" + PW, "          password: {v}")
    f.l("    environment:")
    f.p("npm-access-token", "      NPM_TOKEN: {v}")
    f.p("github-classic-pat", "      GITHUB_TOKEN: {v}")
    f.p("slack-webhook-url", "      SLACK_WEBHOOK: {v}")
    f.l("    steps:", "      - checkout", "      - run: npm ci && npm test")

    f = c.f(".npmrc", "credential-file")
    f.p("npm-access-token", "//registry.npmjs.org/:_authToken={v}")
    f.l("always-auth=true")


def forms_more(c, k):
    f = c.f(".env", "dotenv")
    f.l("APP_ENV=production", "APP_DEBUG=false")
    f.p("typeform-pat", "TYPEFORM_TOKEN={v}")
    f.p("stripe-live-secret-key", "STRIPE_SECRET={v}")
    f.p("sendgrid-api-key", 'MAIL_PASSWORD="{v}"')
    f.p("openai-project-key", "OPENAI_API_KEY={v}")
    f.p("mysql-url", "DATABASE_URL={v}")
    f.n("placeholder", "MAIL_FROM_ADDRESS=null", "null")


def sched_more(c, k):
    f = c.f("deploy/fly.toml", "toml")
    f.l('app = "corp-scheduler"', 'primary_region = "ams"', "", "[env]", '  PHX_HOST = "book.corp.example"')
    f.p("calcom-api-key", '  CALCOM_API_KEY = "{v}"')
    f.p("google-api-key", '  GOOGLE_MAPS_KEY = "{v}"')
    f.p("doppler-service-token", '  DOPPLER_TOKEN = "{v}"')


def pos_more(c, k):
    f = c.f("shopify-sync/config.yml", "yaml-config")
    f.l("store: corp-shop.myshopify.com")
    f.p("shopify-admin-token", "admin_api_token: {v}")
    f.p("shopify-app-secret", "api_secret: {v}")
    f.p("stripe-webhook-secret", "stripe_webhook_secret: {v}")
    f.p("twilio-auth-token", "twilio_auth_token: {v}")


def query_more(c, k):
    f = c.f("trino/etc/catalog/lakehouse.properties", "properties")
    f.l("connector.name=delta_lake", "hive.metastore=glue")
    f.p("databricks-pat", "databricks.token={v}")
    f.p("aws-access-key-id", "hive.metastore.glue.aws-access-key={v}")
    f.p("aws-secret-access-key", "hive.metastore.glue.aws-secret-key={v}")


def elt_more(c, k):
    f = c.f(".github/workflows/prefect-deploy.yml", "yaml-ci")
    f.l("name: deploy flows", "on: {push: {branches: [main]}}", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:")
    f.p("prefect-api-key", "      PREFECT_API_KEY: {v}")
    f.p("slack-webhook-url", "      SLACK_WEBHOOK_URL: {v}")
    f.p("github-app-token", "      GH_APP_TOKEN: {v}")
    f.l("    steps:", "      - uses: actions/checkout@v4", "      - run: prefect deploy --all")


def deploy_more(c, k):
    f = c.f("scripts/bootstrap-cluster.sh", "shell-script")
    f.l("#!/usr/bin/env bash", "set -euo pipefail")
    f.p("tailscale-auth-key", 'helm upgrade --install tailscale-operator tailscale/tailscale-operator --set-string oauth.clientSecret="{v}"')
    f.p("vault-service-token", "export VAULT_TOKEN='{v}'")
    f.p("github-app-token", 'git clone "https://x-access-token:{v}@github.com/corp/gitops.git"')
    f.p("harness-sat", 'curl -H "x-api-key: {v}" https://app.harness.io/gateway/ng/api/projects')
    f.n("env-reference", 'kubectl create secret generic gh --from-literal=token="$GITHUB_TOKEN"', "$GITHUB_TOKEN")


def ota_more(c, k):
    f = c.f(".gitlab-ci.yml", "yaml-ci")
    f.l("stages: [build, release]", "variables:", "  BALENA_FLEET: retail-eu")
    f.p("gitlab-pat", "  RELEASE_TOKEN: {v}")
    f.p("npm-access-token", "  NPM_TOKEN: {v}")
    f.n("ci-secret-reference", "  BALENA_TOKEN: $BALENA_API_KEY", "$BALENA_API_KEY")
    f.l("release:", "  stage: release", "  script:")
    f.p("pypi-api-token", "    - twine upload -u __token__ -p {v} dist/*")


def incident_more(c, k):
    f = c.f("2026-11-credential-exposure/evidence/hooks.json", "json")
    f.l("{", '  "notifiers": [')
    f.p("slack-webhook-url", '    {"type": "slack", "url": "{v}"},')
    f.p("slack-webhook-url", '    {"type": "slack", "channel": "#deploys", "url": "{v}"},')
    f.l('    {"type": "email", "to": "ops@corp.example"}', "  ],", '  "tokens": {')
    f.p("github-classic-pat", '    "github": "{v}",')
    f.p("gitlab-pat", '    "gitlab": "{v}",')
    f.p("huggingface-token", '    "huggingface": "{v}",')
    f.p("replicate-api-token", '    "replicate": "{v}",')
    f.p("sentry-user-token", '    "sentry": "{v}",')
    f.p("tailscale-auth-key", '    "tailscale": "{v}"')
    f.l("  }", "}")

    f = c.f("2026-11-credential-exposure/evidence/billing.rb", "code-ruby")
    f.p("stripe-live-secret-key", "Stripe.api_key = '{v}'")
    f.p("stripe-webhook-secret", "STRIPE_ENDPOINT_SECRET = \"{v}\".freeze")
    f.p("shopify-custom-app-token", "ShopifyAPI::Context.setup(api_key: 'corp-app', api_secret_key: 'x', access_token: '{v}')")


def bulk_more(c, k):
    f = c.f("yarn.lock", "lockfile")
    f.l("# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", "")
    for pkg in ("axios", "debug", "ms", "follow-redirects", "form-data", "mime-types", "mime-db", "asynckit", "combined-stream", "delayed-stream",
                "proxy-from-env", "dotenv", "express", "body-parser", "qs", "cookie", "jsonwebtoken", "jws", "jwa", "safe-buffer"):
        ver = f"1.{k.r.randrange(20)}.{k.r.randrange(10)}"
        f.l(f'{pkg}@^{ver}:', f'  version "{ver}"', f'  resolved "https://registry.yarnpkg.com/{pkg}/-/{pkg}-{ver}.tgz#{k.hexs(40)}"')
        f.n("lockfile-integrity", "  integrity sha512-{v}", k.b64bytes(64))
        f.l("")

    f = c.f("docs/vendor-key-shapes.md", "markdown")
    f.l("# What vendor keys look like (for reviewers)", "", "| vendor | shape |", "|---|---|")
    for vendor, shape in (("GitHub", "gh" + "p_" + "<36 characters>"), ("Slack", "xo" + "xb-" + "..."), ("Stripe", "sk_" + "live_" + "..."),
                          ("OpenAI", "sk-" + "proj-" + "..."), ("Anthropic", "sk-" + "ant-" + "api03-" + "..."), ("Hugging Face", "h" + "f_" + "..."),
                          ("Groq", "gs" + "k_" + "..."), ("npm", "np" + "m_" + "..."), ("PyPI", "py" + "pi-" + "AgEIcHlwaS5vcmc..."),
                          ("Vault", "hv" + "s." + "..."), ("DigitalOcean", "do" + "p_v1_" + "<64 hex>"), ("Tailscale", "ts" + "key-auth-" + "..."),
                          ("Grafana", "gl" + "sa_" + "..."), ("Sentry", "sntr" + "yu_" + "..."), ("Doppler", "dp." + "st." + "..."),
                          ("Typeform", "tf" + "p_" + "..."), ("Cal.com", "cal" + "_live_" + "..."), ("Postman", "PM" + "AK-" + "..."),
                          ("Samsara", "sams" + "ara_api_" + "..."), ("Shopify", "shp" + "at_" + "<32 hex>")):
        f.n("placeholder", f"| {vendor} | `{{v}}` |", shape)

    f = c.f("config/security-policy.yml", "yaml-config")
    for line in ("password_min_length: 14", "password_require_symbols: true", "password_history: 24", "max_failed_logins: 5",
                 "api_key_rotation_days: 90", "token_expiry_minutes: 60", "secret_scanning: enabled", "mfa_required: true",
                 "session_secret_rotation: weekly", "jwt_algorithm: ES256", "private_key_storage: hsm", "oauth_client_secret_ttl_days: 365"):
        f.n("password-policy-setting", line, "")

    f = c.f("config/ids.yml", "yaml-config")
    for name in ("tenant_id", "subscription_id", "client_id", "workspace_id", "project_id", "installation_id", "account_uuid", "request_id",
                 "correlation_id", "device_uuid"):
        f.n("uuid-identifier", f"{name}: {{v}}", k.uuid4())
    for name in ("git_sha", "build_commit", "release_sha"):
        f.n("commit-sha", f"{name}: {{v}}", k.hexs(40))
    for name in ("artifact_sha256", "checksum", "etag", "content_md5", "secret_hash", "token_fingerprint"):
        f.n("hash-named-like-secret", f"{name}: {{v}}", k.hexs(64 if name != "content_md5" else 32))

    f = c.f("web/styles.css", "css")
    for i in range(6):
        f.n("base64-image", f".icon-{i} {{ background-image: url(data:image/png;base64,{{v}}); }}", k.b64bytes(90))

    f = c.f("tests/fixtures/fake_credentials.json", "json")
    f.l("{")
    for n, v in (("aws_access_key_id", "AK" + "IA" + "TESTTESTTESTTEST"), ("password", "password123"), ("api_key", "test_api_key"),
                 ("token", "fake-token"), ("stripe", "sk_" + "test_" + "fake"), ("github", "gh" + "p_" + "0" * 36), ("slack", "xo" + "xb-" + "fake-fake-fake"),
                 ("secret", "not-a-real-secret"), ("private_key", "-----BEGIN FAKE KEY-----"), ("jwt", "eyJhbGciOiJub25lIn0.e30.")):
        f.n("fake-fixture", f'  "{n}": "{{v}}",', v)
    f.l('  "_comment": "fixtures for parser tests; none of these are real"', "}")

    f = c.f("docs/encrypted/credentials.yml.enc", "credential-file")
    f.n("encrypted-value", "{v}", k.b64bytes(300) + "--" + k.b64bytes(12) + "--" + k.b64bytes(16))
    f = c.f("docs/encrypted/README.age", "credential-file")
    f.l("age-encryption.org/v1")
    f.n("encrypted-value", "-> X25519 {v}", k.b64bytes(32, pad=False))
    f.l(k.b64bytes(32, pad=False))
    f.n("public-key", "# recipient: age1{v}", k.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))


EXTRA = [("operator-laptop", laptop_more), ("soc-threatintel", soc_more), ("siem-forwarders", siem_more), ("esign-legal", esign_more),
         ("accounting-sync", accounting_more), ("forms-surveys", forms_more), ("scheduling-service", sched_more), ("restaurant-pos", pos_more),
         ("query-engines", query_more), ("elt-reverse-etl", elt_more), ("deploy-orchestration", deploy_more), ("ota-embedded-fleet", ota_more),
         ("incident-response-notes", incident_more), ("platform-templates", bulk_more)]


def rare_more(c, k):
    f = c.f("vapor-api/.env.production", "dotenv")
    f.p("openai-project-key", "OPENAI_API_KEY={v}")
    f.p("stripe-live-secret-key", "STRIPE_SECRET_KEY={v}")
    f.p("sendgrid-api-key", "SENDGRID_API_KEY={v}")
    f.p("github-fine-grained-pat", "GITHUB_TOKEN={v}")
    f.p("postgres-url", "DATABASE_URL={v}")
    f.n("env-reference", "SENTRY_DSN=${SENTRY_DSN}", "${SENTRY_DSN}")
    f.n("placeholder", "APNS_KEY_ID=", "")


def bio_more(c, k):
    f = c.f(".github/workflows/pipeline.yml", "yaml-ci")
    f.l("name: nightly pipeline", "on: {schedule: [{cron: '0 1 * * *'}]}", "jobs:", "  run:", "    runs-on: [self-hosted, gpu]", "    env:")
    f.p("aws-access-key-id", "      AWS_ACCESS_KEY_ID: {v}")
    f.p("aws-secret-access-key", "      AWS_SECRET_ACCESS_KEY: {v}")
    f.p("huggingface-token", "      HF_TOKEN: {v}")
    f.p("anthropic-api-key", "      ANTHROPIC_API_KEY: {v}")
    f.n("ci-secret-reference", "      NCBI_API_KEY: ${{ secrets.NCBI_API_KEY }}", "${{ secrets.NCBI_API_KEY }}")
    f.l("    steps:", "      - uses: actions/checkout@v4", "      - run: snakemake --cores 32")


def civic_more(c, k):
    f = c.f("ckan/docker/.env", "dotenv")
    f.l("CKAN_SITE_URL=https://data.city.example")
    f.p("sentry-org-token", "SENTRY_AUTH_TOKEN={v}")
    f.p("sendgrid-api-key", "CKAN_SMTP_PASSWORD={v}")
    f.p("google-api-key", "CKANEXT__GOOGLEANALYTICS__KEY={v}")
    f.p("aws-access-key-id", "CKANEXT__S3FILESTORE__AWS_ACCESS_KEY_ID={v}")
    f.p("aws-secret-access-key", "CKANEXT__S3FILESTORE__AWS_SECRET_ACCESS_KEY={v}")
    f.n("placeholder", "CKAN_SYSADMIN_PASSWORD=<set on first boot>", "<set on first boot>")


def crm_more(c, k):
    f = c.f("deploy/deploy.ps1", "powershell", crlf=True)
    f.l("Import-Module Az.Accounts")
    f.p("azure-ad-client-secret", '$sp = New-Object PSCredential("' + k.uuid4() + '", (ConvertTo-SecureString "{v}" -AsPlainText -Force))')
    f.p("octopus-api-key", "$env:OCTOPUS_CLI_API_KEY = '{v}'")
    f.p("azure-storage-connection-string", '$conn = "{v}"')
    f.n("env-reference", "$pw = $env:CIVICRM_DB_PASSWORD", "$env:CIVICRM_DB_PASSWORD")


def office_more(c, k):
    f = c.f("signage/player.env", "dotenv")
    f.p("grafana-service-account-token", "GRAFANA_TOKEN={v}")
    f.p("slack-bot-token", "SLACK_TOKEN={v}")
    f.p("tailscale-auth-key", "TS_AUTHKEY={v}")
    f.n("placeholder", "DISPLAY_PIN=0000", "0000")


def fleet_more(c, k):
    f = c.f("android/local.properties", "properties")
    f.l("sdk.dir=/Users/dev/Library/Android/sdk")
    f.p("google-api-key", "MAPS_API_KEY={v}")
    f.p("samsara-api-token", "samsara.token={v}")
    f.p("sentry-user-token", "sentry.auth.token={v}")


def l10n_more(c, k):
    f = c.f(".env", "dotenv")
    f.p("deepl-free-api-key", "DEEPL_AUTH_KEY={v}")
    f.p("anthropic-api-key", "ANTHROPIC_API_KEY={v}")
    f.p("openai-project-key", "OPENAI_API_KEY={v}")
    f.p("github-fine-grained-pat", "GH_TOKEN={v}")
    f.n("placeholder", "CROWDIN_PROJECT_ID=", "")


def negatives_more(c, k):
    f = c.f("k8s/external-secrets.yaml", "yaml-k8s")
    f.l("apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: api", "spec:", "  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}", "  data:")
    for n in ("stripe-key", "openai-key", "db-password", "slack-token", "github-token", "sendgrid-key"):
        f.l(f"  - secretKey: {n}", "    remoteRef:")
        f.n("secret-manager-reference", f"      key: prod/api/{n}", f"prod/api/{n}")
    f = c.f("docker-compose.override.yml", "yaml-compose")
    f.l("services:", "  api:", "    environment:")
    for n in ("DATABASE_URL", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "SLACK_BOT_TOKEN", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SENTRY_AUTH_TOKEN",
              "GROQ_API_KEY", "HF_TOKEN", "TAILSCALE_AUTHKEY"):
        f.n("env-reference", f"      {n}: ${{{n}:?missing}}", f"${{{n}:?missing}}")
    f = c.f("docs/setup.md", "markdown")
    f.l("# Local setup", "", "```bash")
    for n in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "VAULT_TOKEN", "DOPPLER_TOKEN"):
        f.n("env-reference", f'export {n}="$(op read op://Dev/{n.lower()}/credential)"', f"op://Dev/{n.lower()}/credential")
    f.n("placeholder", "export SAMSARA_API_TOKEN=samsara_api_<your token>", "samsara_api_<your token>")
    f.n("placeholder", "export TYPEFORM_TOKEN=tfp_<token>", "tfp_<token>")
    f.l("```")
    f = c.f("Gemfile.lock", "lockfile")
    f.l("GEM", "  remote: https://rubygems.org/", "  specs:")
    for g in ("rails", "pg", "puma", "sidekiq", "stripe", "aws-sdk-s3"):
        f.l(f"    {g} (7.{k.r.randrange(3)}.{k.r.randrange(9)})")
    f.l("", "CHECKSUMS")
    for g in ("rails", "pg", "puma", "sidekiq", "stripe", "aws-sdk-s3"):
        f.n("lockfile-integrity", f"  {g} (7.1.0) sha256={{v}}", k.hexs(64))


EXTRA += [("rare-stack-servers", rare_more), ("bioinformatics", bio_more), ("civic-open-data", civic_more), ("nonprofit-crm", crm_more),
          ("office-devices", office_more), ("fleet-telematics", fleet_more), ("localisation-pipeline", l10n_more),
          ("platform-templates", negatives_more)]
