"""Deck files: a settings file in one syntax holding a mix of planted items (vendor-format and
context-only positives, and negatives), each rendered with a name that fits its kind."""
import re

# name a file author would give each positive kind
PNAME = {
    "aws-access-key-id": "AWS_ACCESS_KEY_ID", "aws-temporary-access-key-id": "AWS_SESSION_KEY_ID",
    "aws-secret-access-key": "AWS_SECRET_ACCESS_KEY", "github-classic-pat": "GITHUB_TOKEN",
    "github-oauth-token": "GH_OAUTH_TOKEN", "github-app-installation-token": "GH_APP_TOKEN",
    "github-fine-grained-pat": "GH_PAT", "gitlab-pat": "GITLAB_TOKEN", "gitlab-runner-token": "RUNNER_TOKEN",
    "slack-bot-token": "SLACK_BOT_TOKEN", "slack-user-token": "SLACK_USER_TOKEN", "slack-app-token": "SLACK_APP_TOKEN",
    "slack-webhook-url": "SLACK_WEBHOOK_URL", "discord-webhook-url": "DISCORD_WEBHOOK", "telegram-bot-token": "TELEGRAM_TOKEN",
    "stripe-live-secret-key": "STRIPE_SECRET_KEY", "stripe-restricted-key": "STRIPE_RESTRICTED_KEY",
    "stripe-webhook-secret": "STRIPE_WEBHOOK_SECRET", "sendgrid-api-key": "SENDGRID_API_KEY",
    "mailgun-api-key": "MAILGUN_API_KEY", "mailchimp-api-key": "MAILCHIMP_KEY", "openai-project-key": "OPENAI_API_KEY",
    "anthropic-api-key": "ANTHROPIC_API_KEY", "google-api-key": "GOOGLE_MAPS_API_KEY",
    "google-oauth-client-secret": "GOOGLE_CLIENT_SECRET", "huggingface-token": "HF_TOKEN", "npm-token": "NPM_TOKEN",
    "pypi-token": "PYPI_TOKEN", "dockerhub-pat": "DOCKERHUB_TOKEN", "digitalocean-pat": "DIGITALOCEAN_TOKEN",
    "vault-service-token": "VAULT_TOKEN", "terraform-cloud-token": "TFE_TOKEN", "shopify-admin-token": "SHOPIFY_ADMIN_TOKEN",
    "shopify-shared-secret": "SHOPIFY_API_SECRET", "square-access-token": "SQUARE_ACCESS_TOKEN",
    "square-oauth-secret": "SQUARE_APP_SECRET", "jwt": "SERVICE_JWT", "age-secret-key": "SOPS_AGE_KEY",
    "azure-ad-client-secret": "AZURE_CLIENT_SECRET", "azure-storage-account-key": "AZURE_STORAGE_KEY",
    "databricks-token": "DATABRICKS_TOKEN", "atlassian-api-token": "JIRA_API_TOKEN", "sentry-user-token": "SENTRY_AUTH_TOKEN",
    "newrelic-user-key": "NEW_RELIC_API_KEY", "newrelic-license-key": "NEW_RELIC_LICENSE_KEY",
    "grafana-service-account-token": "GRAFANA_TOKEN", "grafana-cloud-token": "GRAFANA_CLOUD_TOKEN",
    "linear-api-key": "LINEAR_API_KEY", "notion-token": "NOTION_TOKEN", "airtable-pat": "AIRTABLE_TOKEN",
    "postman-api-key": "POSTMAN_API_KEY", "figma-pat": "FIGMA_TOKEN", "doppler-service-token": "DOPPLER_TOKEN",
    "pulumi-access-token": "PULUMI_ACCESS_TOKEN", "planetscale-token": "PLANETSCALE_TOKEN",
    "tailscale-auth-key": "TS_AUTHKEY", "mapbox-secret-token": "MAPBOX_SECRET_TOKEN", "dropbox-short-lived-token": "DROPBOX_TOKEN",
    "alibaba-access-key-id": "ALIYUN_ACCESS_KEY_ID", "alibaba-access-key-secret": "ALIYUN_ACCESS_KEY_SECRET",
    "heroku-api-key": "HEROKU_API_KEY", "hubspot-private-app-token": "HUBSPOT_TOKEN", "contentful-pat": "CONTENTFUL_MANAGEMENT_TOKEN",
    "arcgis-api-key": "ARCGIS_API_KEY", "groq-api-key": "GROQ_API_KEY", "replicate-api-token": "REPLICATE_API_TOKEN",
    "nuget-api-key": "NUGET_API_KEY", "cargo-registry-token": "CARGO_REGISTRY_TOKEN", "sonarqube-token": "SONAR_TOKEN",
    "jfrog-api-key": "ARTIFACTORY_API_KEY", "bitbucket-app-password": "BITBUCKET_APP_PASSWORD",
    "buildkite-agent-token": "BUILDKITE_API_TOKEN", "fcm-server-key": "FCM_SERVER_KEY",
    "generic-password": "ADMIN_PASSWORD", "database-password": "DB_PASSWORD", "smtp-password": "SMTP_PASSWORD",
    "ldap-bind-password": "LDAP_BIND_PASSWORD", "sftp-password": "SFTP_PASSWORD", "redis-requirepass": "REDIS_PASSWORD",
    "jwt-signing-secret": "JWT_SECRET", "webhook-signing-secret": "WEBHOOK_SECRET", "encryption-key-hex": "ENCRYPTION_KEY",
    "hmac-key-base64": "HMAC_KEY", "datadog-api-key": "DD_API_KEY", "datadog-app-key": "DD_APP_KEY",
    "twilio-auth-token": "TWILIO_AUTH_TOKEN", "twilio-api-key-secret": "TWILIO_API_SECRET", "plaid-secret": "PLAID_SECRET",
    "azure-openai-key": "AZURE_OPENAI_API_KEY", "cloudflare-api-token": "CLOUDFLARE_API_TOKEN",
    "algolia-admin-key": "ALGOLIA_ADMIN_API_KEY", "pusher-app-secret": "PUSHER_APP_SECRET", "here-api-key": "HERE_API_KEY",
    "zoom-client-secret": "ZOOM_CLIENT_SECRET", "okta-api-token": "OKTA_API_TOKEN", "pagerduty-integration-key": "PD_ROUTING_KEY",
    "oauth-client-secret": "OAUTH_CLIENT_SECRET", "api-key-generic": "PARTNER_API_KEY", "api-secret-generic": "PARTNER_API_SECRET",
    "bearer-token": "SERVICE_BEARER_TOKEN", "session-cookie": "SESSION_COOKIE", "vimeo-access-token": "VIMEO_ACCESS_TOKEN",
    "mux-token-secret": "MUX_TOKEN_SECRET", "wistia-api-token": "WISTIA_API_TOKEN", "steam-web-api-key": "STEAM_WEB_API_KEY",
    "unity-build-api-key": "UNITY_CLOUD_BUILD_KEY", "elastic-password": "ELASTIC_PASSWORD", "splunk-hec-token": "SPLUNK_HEC_TOKEN",
    "genesys-client-secret": "GENESYS_CLIENT_SECRET", "ngrok-authtoken": "NGROK_AUTHTOKEN", "influxdb-token": "INFLUX_TOKEN",
    "xero-client-secret": "XERO_CLIENT_SECRET", "intuit-client-secret": "QBO_CLIENT_SECRET", "flask-secret-key": "FLASK_SECRET_KEY",
    "confluent-cloud-api-secret": "CONFLUENT_API_SECRET", "mqtt-password": "MQTT_PASSWORD", "passphrase-password": "BACKUP_PASSPHRASE",
    "opensearch-password": "OPENSEARCH_PASSWORD", "keystore-password": "KEYSTORE_PASSWORD", "ftp-password": "FTP_PASSWORD",
    "openweather-api-key": "OPENWEATHER_API_KEY", "ncbi-api-key": "NCBI_API_KEY", "census-api-key": "CENSUS_API_KEY",
    "fred-api-key": "FRED_API_KEY", "piano-api-token": "PIANO_API_TOKEN", "perforce-ticket": "P4PASSWD",
    "rabbitmq-erlang-cookie": "RABBITMQ_ERLANG_COOKIE", "oauth-refresh-token": "OAUTH_REFRESH_TOKEN",
}

# negatives: (name, kind, generator name or None, literal)
NEGS = [
    ("TENANT_ID", "uuid-id", "uuid", None), ("SUBSCRIPTION_ID", "uuid-id", "uuid", None),
    ("GIT_COMMIT", "commit-sha", "gitsha", None), ("BUILD_ID", "build-id", "build_id", None),
    ("ASSET_SHA256", "checksum", "sha256", None), ("SAMPLE_TRACEPARENT", "trace-id", "traceparent", None),
    ("LAST_REQUEST_ID", "request-id", "reqid", None), ("API_KEY", "placeholder", None, "your-api-key-here"),
    ("SECRET_KEY", "placeholder", None, "changeme"), ("AUTH_TOKEN", "placeholder", None, "<token>"),
    ("SMTP_PASSWORD", "redacted", None, "********"), ("STRIPE_PUBLISHABLE_KEY", "public-identifier", "stripe_pk", None),
    ("GOOGLE_CLIENT_ID", "public-identifier", "google_client_id", None), ("TWILIO_ACCOUNT_SID", "public-identifier", "twilio_sid", None),
    ("EXAMPLE_AWS_KEY_ID", "vendor-example-key", "aws_example_id", None),
    ("EXAMPLE_AWS_SECRET", "vendor-example-key", "aws_example_secret", None),
    ("PASSWORD_MIN_LENGTH", "policy-setting", None, "12"), ("JWT_ALGORITHM", "policy-setting", None, "RS256"),
    ("SESSION_SECRET", "empty-value", None, ""), ("FEATURE_NEW_CHECKOUT", "feature-flag", None, "enabled"),
    ("ADMIN_PASSWORD_HASH", "password-hash", "bcrypt", None), ("DB_PASSWORD_ENC", "encrypted-value", "jasypt", None),
    ("GITHUB_TOKEN", "placeholder", "ghp_placeholder", None),
    ("VAULT_DB_PASSWORD", "secret-manager-reference", None, "vault:secret/data/app/db#password"),
    ("OP_SMTP_PASSWORD", "secret-manager-reference", None, "op://Production/smtp/password"),
    ("DB_PASSWORD_PARAM", "secret-manager-reference", None, "arn:aws:ssm:eu-west-1:301122334455:parameter/app/db_password"),
    ("TEST_API_TOKEN", "test-fixture", None, "test-token-not-real"), ("OWNER_OBJECT_ID", "object-id", "objectid", None),
    ("CACHE_BUSTER", "build-id", "md5", None), ("BUNDLE_INTEGRITY", "lockfile-hash", "sri", None),
    ("DEPLOY_KEY_SHA256", "key-fingerprint", None, None), ("PLACEHOLDER_LOGO", "base64-image", "b64img", None),
    ("SENTRY_RELEASE", "commit-sha", "gitsha", None), ("MAPBOX_PUBLIC_TOKEN", "public-identifier", "mapbox_pk", None),
    ("ARGON_HASH", "password-hash", "argon2", None), ("SOPS_DB_PASSWORD", "encrypted-value", "sops", None),
    ("RECAPTCHA_SITE_KEY", "public-identifier", "recaptcha_site", None), ("CLIENT_SECRET", "placeholder", None, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("PASSWORD", "placeholder", None, "REPLACE_ME"), ("DB_PASS", "placeholder", None, "password"),
]
ENVREF = {  # style -> (template producing the whole right-hand side, is_raw)
    "dotenv": "${%s}", "sh": "${%s}", "yaml": "${%s}", "compose": "${%s}", "docker": "${%s}", "props": "${%s}",
    "py": 'os.environ["%s"]', "js": "process.env.%s", "java": 'System.getenv("%s")', "php": "getenv('%s')",
    "ps1": "$env:%s", "bat": "%%%s%%", "hcl": "var.%s", "r": 'Sys.getenv("%s")', "julia": 'ENV["%s"]', "ruby": 'ENV.fetch("%s")',
    "k8s": None, "json": None, "ini": None, "toml": None, "go": None, "cs": None, "xml": None, "kotlin": None, "md": None,
}
RAW_ENV = {"py", "js", "java", "php", "ps1", "hcl", "r", "julia", "ruby"}


def snake(n):
    return n.lower()


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


def line(style, name, v, raw=False):
    q = (lambda s: s) if raw else (lambda s: '"' + s + '"')
    sq = (lambda s: s) if raw else (lambda s: "'" + s + "'")
    return {
        "dotenv": lambda: f"{name}={v}",
        "sh": lambda: f"export {name}={q(v)}",
        "yaml": lambda: f"  {snake(name)}: {q(v)}",
        "json": lambda: f'    "{camel(name)}": "{v}",',
        "props": lambda: f"{snake(name).replace('_', '.')}={v}",
        "ini": lambda: f"{snake(name)} = {v}",
        "toml": lambda: f'{snake(name)} = "{v}"',
        "py": lambda: f"{name} = {q(v)}",
        "js": lambda: f"  {camel(name)}: {sq(v)},",
        "go": lambda: f'\t{pascal(name)} = "{v}"',
        "java": lambda: f"    public static final String {name} = {q(v)};",
        "cs": lambda: f'        public const string {pascal(name)} = "{v}";',
        "kotlin": lambda: f'    const val {name} = "{v}"',
        "php": lambda: f"    '{snake(name)}' => {sq(v)},",
        "k8s": lambda: f"            - name: {name}\n              value: \"{v}\"",
        "compose": lambda: f"      - {name}={v}",
        "docker": lambda: f"ENV {name}={v}",
        "hcl": lambda: f"  {snake(name)} = {q(v)}",
        "ps1": lambda: f"$env:{name} = {q(v)}",
        "bat": lambda: f'set "{name}={v}"' if not raw else f"set {name}={v}",
        "xml": lambda: f'    <add key="{pascal(name)}" value="{v}" />',
        "md": lambda: f"| `{name}` | `{v}` |",
        "r": lambda: f"Sys.setenv({name} = {q(v)})",
        "julia": lambda: f'ENV["{name}"] = {q(v)}',
        "ruby": lambda: f"  {name} = {q(v)}",
    }[style]()


FRAME = {
    "json": ("{\n", '    "version": 3\n}\n'),
    "go": ("package config\n\n// Integration credentials.\nconst (\n", ")\n"),
    "java": ("package com.example.config;\n\npublic final class Integrations {\n    private Integrations() {}\n\n", "}\n"),
    "cs": ("namespace Ops.Config\n{\n    public static class Integrations\n    {\n", "    }\n}\n"),
    "kotlin": ("package ops.config\n\nobject Integrations {\n", "}\n"),
    "php": ("<?php\n\nreturn [\n", "];\n"),
    "js": ("'use strict';\n\nmodule.exports = {\n", "};\n"),
    "k8s": ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  replicas: 2\n  selector:\n"
            "    matchLabels: {app: worker}\n  template:\n    metadata:\n      labels: {app: worker}\n    spec:\n"
            "      containers:\n        - name: worker\n          image: registry.internal/worker:2.4.1\n          env:\n", ""),
    "compose": ("services:\n  worker:\n    image: registry.internal/worker:2.4.1\n    restart: unless-stopped\n    environment:\n", ""),
    "docker": ("FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n", 'CMD ["python", "-m", "worker"]\n'),
    "hcl": ('module "integrations" {\n  source = "./modules/integrations"\n', "}\n"),
    "xml": ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n', "  </appSettings>\n</configuration>\n"),
    "md": ("| variable | value |\n|---|---|\n", ""),
    "yaml": ("integrations:\n", ""),
    "ruby": ("module Integrations\n", "end\n"),
    "bat": ("@echo off\nREM environment for the nightly job\n", "call run_job.cmd\n"),
    "ps1": ("# environment for the scheduled task\n", "& .\\Run-Job.ps1\n"),
}
COMMENT = {"dotenv": "#", "sh": "#", "yaml": "  #", "props": "#", "ini": ";", "toml": "#", "py": "#", "js": "  //",
           "go": "\t//", "java": "    //", "cs": "        //", "kotlin": "    //", "php": "    //", "k8s": None, "compose": "      #",
           "docker": "#", "hcl": "  #", "ps1": "#", "bat": "REM", "xml": None, "md": None, "r": "#", "julia": "#",
           "ruby": "  #", "json": None}
NOTES = ["prod values, rotate quarterly", "copied from the old server", "TODO move to the vault",
         "staging uses the same account", "ask ops before changing", "set by the migration script"]


def deck(c, path, style, family, pos_kinds, n_neg, header="", footer="", crlf=False):
    """Writes a settings file mixing the given positive kinds with n_neg negatives drawn from NEGS."""
    g = c.g
    r = g.r
    negs = list(NEGS)
    r.shuffle(negs)
    negs = negs[:n_neg]
    items = [("P", k) for k in pos_kinds] + [("N", n) for n in negs]
    r.shuffle(items)
    used = set()
    out = []
    for typ, it in items:
        if typ == "P":
            name = PNAME.get(it, it.upper().replace("-", "_"))
            marker = f"⟦P:{it}⟧"
            raw = False
        else:
            name, k, gen, lit = it
            if k == "key-fingerprint":
                marker = f"⟦N:{k}:SHA256:{g.b64(32).rstrip('=')}⟧"
            elif gen:
                marker = f"⟦N:{k}@{gen}⟧"
            else:
                marker = f"⟦N:{k}:{lit}⟧"
            raw = False
            if k == "placeholder" and r.random() < 0.3 and ENVREF.get(style):
                marker = "⟦N:env-reference:" + ENVREF[style] % name + "⟧"
                raw = style in RAW_ENV
        base = name
        i = 2
        while name in used:
            name = f"{base}_{i}"
            i += 1
        used.add(name)
        if COMMENT.get(style) and r.random() < 0.2:
            out.append(f"{COMMENT[style]} {r.choice(NOTES)}")
        out.append(line(style, name, marker, raw))
    fh, ff = FRAME.get(style, ("", ""))
    body = header + fh + "\n".join(out) + "\n" + ff + footer
    c.add(path, body, family, crlf=crlf)
