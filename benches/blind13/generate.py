#!/usr/bin/env python3
"""Thirteenth blind corpus: generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/... and CORPUS/labels.jsonl (the fields benches/independent/score.py
reads) and CORPUS/meta.json. Deterministic for a seed; stdlib only. Every secret is generated at
run time (keys.py); no secret value is stored in these files.
"""
import argparse
import base64
import hashlib
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keys import Gen, HEX, ALNUM, LO, UP, DIG, B64U  # noqa: E402


# ------------------------------------------------------------------ names
def case(name, how):
    parts = name.split("_")
    if how == "upper":
        return "_".join(p.upper() for p in parts)
    if how == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if how == "pascal":
        return "".join(p.capitalize() for p in parts)
    if how == "kebab":
        return "-".join(parts)
    if how == "dot":
        return ".".join(parts)
    return name


# ------------------------------------------------------------------ kinds: name -> (provider, context_only, value(g), names)
def kinds():
    K = {}

    def v(name, provider, fn, names):
        K[name] = (provider, False, fn, names)

    def c(name, provider, fn, names):
        K[name] = (provider, True, fn, names)

    v("github-pat", "github", lambda g: g.github("p"), ["github_token", "gh_token", "release_token"])
    v("github-oauth-token", "github", lambda g: g.github("o"), ["github_oauth_token", "gh_auth"])
    v("github-app-installation-token", "github", lambda g: g.github("s"), ["github_app_token", "installation_token"])
    v("github-fine-grained-pat", "github", lambda g: g.github_fine(), ["github_pat", "gh_pat"])
    v("gitlab-pat", "gitlab", lambda g: g.gitlab_pat(), ["gitlab_token", "ci_push_token"])
    v("aws-access-key-id", "aws", lambda g: g.aws_akid(), ["aws_access_key_id", "s3_access_key"])
    v("slack-bot-token", "slack", lambda g: g.slack_bot(), ["slack_bot_token", "slack_token"])
    v("slack-user-token", "slack", lambda g: g.slack_user(), ["slack_user_token"])
    v("slack-webhook-url", "slack", lambda g: g.slack_webhook(), ["slack_webhook_url", "alerts_webhook"])
    v("stripe-secret-key", "stripe", lambda g: g.stripe("sk"), ["stripe_secret_key", "stripe_api_key"])
    v("stripe-restricted-key", "stripe", lambda g: g.stripe("rk"), ["stripe_restricted_key"])
    v("openai-api-key", "openai", lambda g: g.openai(), ["openai_api_key", "llm_api_key"])
    v("anthropic-api-key", "anthropic", lambda g: g.anthropic(), ["anthropic_api_key", "claude_api_key"])
    v("google-api-key", "google", lambda g: g.google_api(), ["google_api_key", "gemini_api_key", "maps_server_key"])
    v("groq-api-key", "groq", lambda g: g.groq(), ["groq_api_key"])
    v("huggingface-token", "huggingface", lambda g: g.hf(), ["hf_token", "huggingface_token"])
    v("replicate-token", "replicate", lambda g: g.replicate(), ["replicate_api_token"])
    v("npm-token", "npm", lambda g: g.npm(), ["npm_token"])
    v("pypi-token", "pypi", lambda g: g.pypi(), ["pypi_token", "twine_password"])
    v("dockerhub-pat", "docker", lambda g: g.dockerhub(), ["dockerhub_token", "docker_password"])
    v("vault-token", "hashicorp", lambda g: g.vault(), ["vault_token"])
    v("tailscale-auth-key", "tailscale", lambda g: g.tailscale(), ["ts_authkey", "tailscale_auth_key"])
    v("1password-service-account-token", "1password", lambda g: g.onepassword_sa(), ["op_service_account_token"])
    v("sendgrid-api-key", "sendgrid", lambda g: g.sendgrid(), ["sendgrid_api_key"])
    v("twilio-api-key", "twilio", lambda g: g.twilio_sk(), ["twilio_api_key"])
    v("mailgun-api-key", "mailgun", lambda g: g.mailgun(), ["mailgun_api_key"])
    v("shopify-admin-token", "shopify", lambda g: g.shopify(), ["shopify_access_token"])
    v("shopify-app-secret", "shopify", lambda g: g.shopify_secret(), ["shopify_api_secret", "shopify_client_secret"])
    v("digitalocean-token", "digitalocean", lambda g: g.digitalocean(), ["do_token", "digitalocean_token"])
    v("databricks-token", "databricks", lambda g: g.databricks(), ["databricks_token"])
    v("atlassian-api-token", "atlassian", lambda g: g.atlassian(), ["jira_api_token", "confluence_token"])
    v("linear-api-key", "linear", lambda g: g.linear(), ["linear_api_key"])
    v("postman-api-key", "postman", lambda g: g.postman(), ["postman_api_key"])
    v("rubygems-api-key", "rubygems", lambda g: g.rubygems(), ["gem_host_api_key"])
    v("doppler-service-token", "doppler", lambda g: g.doppler(), ["doppler_token"])
    v("grafana-service-account-token", "grafana", lambda g: g.grafana_sa(), ["grafana_token"])
    v("newrelic-user-key", "newrelic", lambda g: g.newrelic(), ["new_relic_api_key"])
    v("age-secret-key", "age", lambda g: g.age(), ["sops_age_key"])
    v("google-oauth-client-secret", "google", lambda g: g.gocspx(), ["google_client_secret", "oauth_client_secret"])
    v("google-oauth-refresh-token", "google", lambda g: g.google_refresh(), ["firebase_token", "google_refresh_token"])
    v("google-oauth-access-token", "google", lambda g: g.google_access(), ["google_access_token"])
    v("telegram-bot-token", "telegram", lambda g: g.telegram(), ["telegram_bot_token"])
    v("discord-bot-token", "discord", lambda g: g.discord(), ["discord_bot_token"])
    v("azure-storage-connection-string", "azure", lambda g: g.azure_storage_cs(), ["azure_storage_connection_string", "blob_connection"])
    v("azure-ad-client-secret", "azure", lambda g: g.azure_client_secret(), ["azure_client_secret", "aad_client_secret"])
    v("airtable-pat", "airtable", lambda g: g.airtable(), ["airtable_token", "airtable_api_key"])
    v("notion-integration-token", "notion", lambda g: g.notion(), ["notion_token"])
    v("figma-pat", "figma", lambda g: g.figma(), ["figma_token"])
    v("contentful-management-token", "contentful", lambda g: g.contentful(), ["contentful_management_token"])
    v("square-application-secret", "square", lambda g: g.square_secret(), ["square_app_secret"])
    v("meta-access-token", "meta", lambda g: g.meta_token(), ["fb_access_token", "meta_page_token"])
    v("x-bearer-token", "x", lambda g: g.x_bearer(), ["twitter_bearer_token", "x_bearer_token"])
    v("lwa-client-secret", "amazon", lambda g: g.lwa_secret(), ["lwa_client_secret", "alexa_client_secret"])
    v("arcgis-api-key", "esri", lambda g: g.arcgis(), ["arcgis_api_key"])
    v("salesforce-access-token", "salesforce", lambda g: g.salesforce_access(), ["sf_access_token", "sfdc_session_id"])
    v("salesforce-sfdx-auth-url", "salesforce", lambda g: g.sfdx_url(), ["sfdx_auth_url", "sf_auth_url"])
    v("zapier-webhook-url", "zapier", lambda g: g.zapier_hook(), ["zapier_hook_url"])
    v("bitgo-access-token", "bitgo", lambda g: g.bitgo(), ["bitgo_access_token"])
    v("postgres-url", "postgres", lambda g: g.db_url("postgresql", "app", "db.internal:5432", "main"), ["database_url", "postgis_url"])
    v("mysql-url", "mysql", lambda g: g.db_url("mysql", "koha", "mariadb.lib.local:3306", "koha"), ["db_dsn", "mysql_url"])
    v("mongodb-url", "mongodb", lambda g: g.db_url("mongodb+srv", "svc", "cluster0.ab1cd.mongodb.net", "prod"), ["mongo_uri"])
    v("redis-url", "redis", lambda g: "redis://default:" + g.password() + "@cache.internal:6379/0", ["redis_url"])
    v("amqp-url", "rabbitmq", lambda g: g.db_url("amqps", "worker", "mq.internal:5671", "vhost"), ["broker_url"])
    # context-only: generic and product secrets with no self-identifying shape
    c("aws-secret-access-key", "aws", lambda g: g.aws_secret(), ["aws_secret_access_key", "s3_secret_key"])
    c("generic-password", "generic", lambda g: g.password(), ["password", "db_password", "admin_password", "smtp_password", "ldap_bind_password"])
    c("generic-api-key", "generic", lambda g: g.token(32), ["api_key", "apikey", "service_api_key"])
    c("generic-secret", "generic", lambda g: g.token(40), ["client_secret", "app_secret", "shared_secret"])
    c("generic-token", "generic", lambda g: g.token(40, ALNUM + "-_"), ["access_token", "auth_token", "bearer_token"])
    c("jwt-signing-secret", "generic", lambda g: g.token(48, ALNUM + "!#$%"), ["jwt_secret", "jwt_signing_key", "session_secret"])
    c("webhook-signing-secret", "generic", lambda g: g.hexs(40), ["webhook_secret", "signing_secret"])
    c("encryption-key-hex", "generic", lambda g: g.hexs(64), ["encryption_key", "aes_key", "master_key"])
    c("mistral-api-key", "mistral", lambda g: g.token(32), ["mistral_api_key"])
    c("cohere-api-key", "cohere", lambda g: g.token(40), ["cohere_api_key", "co_api_key"])
    c("datadog-api-key", "datadog", lambda g: g.hexs(32), ["dd_api_key", "datadog_api_key"])
    c("algolia-admin-key", "algolia", lambda g: g.hexs(32), ["algolia_admin_api_key"])
    c("twilio-auth-token", "twilio", lambda g: g.hexs(32), ["twilio_auth_token"])
    c("mailchimp-api-key", "mailchimp", lambda g: g.hexs(32) + "-us" + str(g.r.randint(2, 21)), ["mailchimp_api_key"])
    c("google-ads-developer-token", "google", lambda g: g.token(22, ALNUM + "-_"), ["developer_token", "google_ads_developer_token"])
    c("linkedin-client-secret", "linkedin", lambda g: g.token(16), ["linkedin_client_secret"])
    c("tiktok-app-secret", "tiktok", lambda g: g.hexs(40), ["tiktok_app_secret"])
    c("hootsuite-client-secret", "hootsuite", lambda g: g.token(32), ["hootsuite_client_secret"])
    c("buffer-access-token", "buffer", lambda g: "1/" + g.hexs(32), ["buffer_access_token"])
    c("x-api-key-secret", "x", lambda g: g.token(50), ["twitter_api_secret", "consumer_secret"])
    c("meta-app-secret", "meta", lambda g: g.hexs(32), ["fb_app_secret", "facebook_app_secret"])
    c("fastlane-password", "apple", lambda g: g.password(), ["fastlane_password", "match_password"])
    c("app-specific-password", "apple", lambda g: "-".join(g.s(LO, 4) for _ in range(4)), ["fastlane_apple_application_specific_password"])
    c("servicenow-password", "servicenow", lambda g: g.password(), ["snow_password", "servicenow_password"])
    c("servicenow-client-secret", "servicenow", lambda g: g.token(32, ALNUM + "!*_"), ["snow_client_secret"])
    c("power-automate-sig", "microsoft", lambda g: g.token(43, B64U), ["flow_sig"])
    c("azure-sas-signature", "azure", lambda g: g.b64(32), ["sas_sig"])
    c("clasp-refresh-secret", "google", lambda g: g.token(24), ["script_client_secret"])
    c("retool-api-token", "retool", lambda g: g.token(32), ["retool_api_key"])
    c("appsmith-encryption-salt", "appsmith", lambda g: g.token(32), ["appsmith_encryption_salt", "appsmith_encryption_password"])
    c("budibase-jwt-secret", "budibase", lambda g: g.token(32), ["jwt_secret"])
    c("tooljet-secret-key-base", "tooljet", lambda g: g.hexs(128), ["secret_key_base"])
    c("flexlm-vendor-key", "flexera", lambda g: g.s(UP + DIG, 20), ["vendor_string_sig"])
    c("keygen-product-token", "keygen", lambda g: g.token(64, HEX), ["keygen_product_token"])
    c("freemius-secret-key", "freemius", lambda g: g.token(32), ["freemius_secret_key"])
    c("geoserver-admin-password", "geoserver", lambda g: g.password(), ["geoserver_admin_password"])
    c("aps-client-secret", "autodesk", lambda g: g.token(16), ["aps_client_secret", "forge_client_secret"])
    c("onshape-secret-key", "onshape", lambda g: g.token(48), ["onshape_secret_key"])
    c("cloudbeds-client-secret", "cloudbeds", lambda g: g.token(32), ["cloudbeds_client_secret"])
    c("mews-access-token", "mews", lambda g: g.hexs(32).upper() + "-" + g.hexs(31).upper(), ["mews_access_token", "mews_client_token"])
    c("siteminder-password", "siteminder", lambda g: g.password(), ["siteminder_password", "pmsxchange_password"])
    c("openemr-client-secret", "openemr", lambda g: g.token(86, B64U), ["openemr_client_secret"])
    c("openmrs-password", "openmrs", lambda g: g.password(), ["openmrs_password", "connection_password"])
    c("hl7-mllp-shared-secret", "generic", lambda g: g.token(32), ["mllp_shared_secret"])
    c("koha-db-password", "koha", lambda g: g.password(), ["koha_db_pass"])
    c("dspace-db-password", "dspace", lambda g: g.password(), ["db_password"])
    c("spotify-client-secret", "spotify", lambda g: g.hexs(32), ["spotify_client_secret"])
    c("soundcloud-client-secret", "soundcloud", lambda g: g.token(32), ["soundcloud_client_secret"])
    c("podbean-client-secret", "podbean", lambda g: g.token(20, LO + DIG), ["podbean_client_secret"])
    c("rasa-facebook-secret", "meta", lambda g: g.hexs(32), ["secret"])
    c("dialogflow-webhook-password", "google", lambda g: g.password(), ["webhook_basic_auth_password"])
    c("tawk-api-key", "tawk", lambda g: g.hexs(40), ["tawk_api_key"])
    c("drift-oauth-token", "drift", lambda g: g.token(32), ["drift_token"])
    c("livechat-pat", "livechat", lambda g: g.token(28, ALNUM + "-_") , ["livechat_pat"])
    c("crisp-token-key", "crisp", lambda g: g.hexs(64), ["crisp_token_key"])
    c("dji-app-key", "dji", lambda g: g.hexs(32), ["dji_app_key", "app_key"])
    c("dji-app-license", "dji", lambda g: g.b64(120), ["app_license"])
    c("ros-bridge-secret", "ros", lambda g: g.token(24), ["rosbridge_secret"])
    c("mavlink-signing-key", "px4", lambda g: g.hexs(64), ["mavlink_signing_key"])
    c("fireblocks-api-key", "fireblocks", lambda g: g.uuid(), ["fireblocks_api_key"])
    c("coinbase-prime-passphrase", "coinbase", lambda g: g.token(12, LO + DIG), ["coinbase_prime_passphrase"])
    c("coinbase-prime-secret", "coinbase", lambda g: g.b64(64), ["coinbase_prime_signing_key"])
    c("kraken-private-key", "kraken", lambda g: g.b64(64), ["kraken_private_key", "kraken_api_secret"])
    c("kraken-api-key", "kraken", lambda g: g.b64(42), ["kraken_api_key"])
    c("arc-xp-access-token", "arcxp", lambda g: g.token(64, HEX + "ABCDEF"), ["arc_access_token"])
    c("wordpress-application-password", "wordpress", lambda g: " ".join(g.s(ALNUM, 4) for _ in range(6)), ["wp_app_password"])
    c("wire-feed-api-key", "generic", lambda g: g.token(32), ["ap_api_key", "reuters_api_key"])
    c("john-deere-client-secret", "deere", lambda g: g.token(64, B64U), ["deere_client_secret"])
    c("fieldview-client-secret", "climate", lambda g: g.token(40), ["climate_client_secret"])
    c("banner-db-password", "ellucian", lambda g: g.password(), ["banner_password"])
    c("peoplesoft-integration-password", "oracle", lambda g: g.password(), ["psft_password", "ib_password"])
    c("workday-isu-password", "workday", lambda g: g.password(), ["isu_password", "workday_password"])
    c("bitwarden-client-secret", "bitwarden", lambda g: g.token(30), ["bw_clientsecret"])
    c("bitwarden-master-password", "bitwarden", lambda g: g.password(), ["bw_password"])
    c("keeper-config-private-key", "keeper", lambda g: g.b64(138), ["private_key"])
    c("sftp-password", "generic", lambda g: g.password(), ["sftp_password"])
    c("smtp-password", "generic", lambda g: g.password(), ["smtp_pass", "mail_password"])
    c("basic-auth-header", "generic", lambda g: base64.b64encode(("svc_" + g.s(LO, 6) + ":" + g.password()).encode()).decode(), ["authorization"])
    c("pkcs12-base64", "generic", lambda g: "MII" + g.b64(1500)[3:], ["signing_cert_p12_base64", "pfx_base64"])
    c("hmac-key-base64", "generic", lambda g: g.b64(32), ["hmac_key"])
    return K


PEM_KINDS = {
    "private-key-rsa": ("pem", lambda g: g.rsa_pem()),
    "private-key-pkcs8": ("pem", lambda g: g.pkcs8_pem()),
    "private-key-ec": ("pem", lambda g: g.ec_pem()),
    "private-key-openssh": ("pem", lambda g: g.openssh()),
    "private-key-putty": ("putty", lambda g: g.putty()),
    "app-store-connect-p8": ("pem", lambda g: g.ec_p8()),
}


# ------------------------------------------------------------------ negatives: kind -> value(g, name)
def env_ref(style, n):
    up = case(n, "upper")
    return {
        "python": 'os.environ["%s"]' % up, "js": "process.env.%s" % up, "go": 'os.Getenv("%s")' % up,
        "java": 'System.getenv("%s")' % up, "kotlin": 'System.getenv("%s")' % up, "scala": 'sys.env("%s")' % up,
        "csharp": 'Environment.GetEnvironmentVariable("%s")' % up, "ruby": "ENV.fetch('%s')" % up,
        "php": "getenv('%s')" % up, "perl": "$ENV{%s}" % up, "lua": 'os.getenv("%s")' % up, "r": 'Sys.getenv("%s")' % up,
        "julia": 'ENV["%s"]' % up, "rust": 'env::var("%s")?' % up, "swift": 'ProcessInfo.processInfo.environment["%s"]' % up,
        "c": 'getenv("%s")' % up, "cpp": 'std::getenv("%s")' % up, "groovy": 'System.getenv("%s")' % up,
        "dart": "Platform.environment['%s']" % up, "elixir": 'System.fetch_env!("%s")' % up,
        "objc": '[[NSProcessInfo processInfo] environment][@"%s"]' % up, "shell": "${%s}" % up,
        "powershell": "$env:%s" % up, "batch": "%%%s%%" % up,
    }.get(style, "${%s}" % up)


CODE_STYLES = {"python", "js", "go", "java", "kotlin", "scala", "csharp", "ruby", "php", "perl", "lua", "r", "julia",
               "rust", "swift", "c", "cpp", "groovy", "dart", "elixir", "objc"}


def negatives(g, style, name):
    up = case(name, "upper")
    akid_ex = "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"
    sk_ex = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY"
    jwt_io = (base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=") + "."
              + base64.urlsafe_b64encode(b'{"sub":"1234567890","name":"John Doe","iat":1516239022}').decode().rstrip("=")
              + "." + "SflKxwRJSMeKKF2QT4fwpMeJ" + "f36POk6yJV_adQssw5c")
    opts = [
        ("placeholder", g.r.choice(["your-api-key-here", "<YOUR_TOKEN>", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME",
                                    "********", "TODO", "<insert secret>", "your_password", "sk-...", "dummy"])),
        ("vendor-shaped-placeholder", g.r.choice(["gh" + "p_" + "X" * 36, "AK" + "IA" + "X" * 16, "xo" + "xb-" + "xxxx-xxxx-xxxx",
                                                  "sk_li" + "ve_" + "<redacted>", "glpat-" + "x" * 20])),
        ("ci-secret-reference", "${{ secrets.%s }}" % up),
        ("helm-template-reference", "{{ .Values.secrets.%s }}" % case(name, "camel")),
        ("secret-manager-reference", g.r.choice(["vault:secret/data/prod/app#" + name, "op://Platform/" + case(name, "kebab") + "/credential",
                                                 "arn:aws:secretsmanager:eu-west-1:" + g.s(DIG, 12) + ":secret:prod/" + case(name, "kebab") + "-" + g.s(ALNUM, 6),
                                                 "projects/" + g.s(LO, 8) + "/secrets/" + case(name, "kebab") + "/versions/latest",
                                                 "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/" + case(name, "pascal") + "/)"])),
        ("env-reference", env_ref(style, name)),
        ("vendor-example-key", g.r.choice([akid_ex, sk_ex, jwt_io])),
        ("hash-named-like-secret", g.r.choice([hashlib.sha256(g.s(ALNUM, 12).encode()).hexdigest(), g.hexs(40)])),
        ("uuid-identifier", g.uuid()),
        ("public-key", g.r.choice(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(32)[1:44] + " deploy@ci",
                                   "pk_li" + "ve_" + g.s(ALNUM, 99), "pk." + "eyJ1Ijoi" + g.b64(30, True, False) + "." + g.s(B64U, 22),
                                   "6L" + g.s(B64U, 38), "age1" + g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)])),
        ("fake-fixture", g.r.choice(["test-password-not-real", "fake_token_for_unit_tests", "example-secret-do-not-use", "hunter2-fixture"])),
        ("password-policy", g.r.choice(["12", "90", "3600", "true", "bcrypt", "RS256"])),
        ("empty-value", ""),
        ("sops-encrypted", "ENC[AES256_GCM,data:" + g.b64(24) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]"),
        ("lockfile-integrity", "sha512-" + g.b64(64)),
        ("base64-image", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA" + g.b64(90)),
    ]
    kind, value = g.r.choice(opts)
    if kind == "password-policy":
        name = g.r.choice({"12": ["password_min_length", "min_password_length"], "90": ["password_expiry_days", "token_rotation_days"],
                           "3600": ["token_ttl", "session_timeout"], "true": ["require_password_digit", "secret_rotation_enabled"],
                           "bcrypt": ["password_hasher"], "RS256": ["jwt_algorithm"]}[value])
    if kind == "public-key":
        name = {"ss": "deploy_public_key", "pk": "stripe_publishable_key", "pk.": "mapbox_public_token", "6L": "recaptcha_site_key",
                "ag": "age_recipient"}[value[:3] if value.startswith("pk.") else value[:2]]
    if kind == "vendor-example-key":
        name = {akid_ex: "aws_access_key_id", sk_ex: "aws_secret_access_key"}.get(value) or g.r.choice(["sample_jwt", "id_token"])
    if kind == "vendor-shaped-placeholder":
        name = {"gh": "github_token", "AK": "aws_access_key_id", "xo": "slack_bot_token", "sk": "stripe_secret_key", "gl": "gitlab_token"}[value[:2]]
    if kind == "lockfile-integrity":
        name = "integrity"
    if kind == "base64-image":
        name = g.r.choice(["logo_data_uri", "avatar_placeholder"])
    if kind in ("hash-named-like-secret",):
        name = g.r.choice(["password_sha256", "secret_commit", "token_checksum", "api_key_fingerprint"])
    if kind == "uuid-identifier":
        name = g.r.choice(["client_id", "tenant_id", "request_id", "api_key_id", "secret_id"])
    if kind == "env-reference" and style not in CODE_STYLES | {"shell", "powershell", "batch"}:
        value = "${%s}" % up
    return kind, name, value


# ------------------------------------------------------------------ styles: (family, name case, render(name, value, g) -> (lines, idx))
def q(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sq(v):
    return "'" + v.replace("'", "\\'") + "'"


CODE_RAW = {"env-reference"}  # negatives rendered as code, not as a string literal


def R(style, name, value, kind, g):
    """Returns (lines, index of the value line)."""
    raw = kind in CODE_RAW and style in CODE_STYLES | {"shell", "powershell", "batch"}
    lit = (lambda v: v) if raw else q
    n_up, n_sn, n_cm = case(name, "upper"), name, case(name, "camel")
    S = {
        "dotenv": lambda: [n_up + "=" + (value if g.r.random() < 0.6 else q(value))],
        "yaml": lambda: ["  " + n_sn + ": " + (q(value) if g.r.random() < 0.5 or not value[:1].isalnum() else value)],
        "yaml-list": lambda: ["        - name: " + n_up, "          value: " + q(value)],
        "compose": lambda: ["      - " + n_up + "=" + value] if g.r.random() < 0.5 else ["      " + n_up + ": " + q(value)],
        "json": lambda: ['    "' + n_cm + '": ' + q(value) + ","],
        "json5": lambda: ["  " + n_cm + ": " + sq(value) + ",  // " + g.r.choice(["prod", "rotated q3", "see runbook"])],
        "toml": lambda: [n_sn + " = " + q(value)],
        "ini": lambda: [n_sn + " = " + value],
        "properties": lambda: [case(name, "dot") + "=" + value],
        "xml": lambda: ['    <add key="' + case(name, "pascal") + '" value="' + value.replace("&", "&amp;").replace('"', "&quot;") + '" />'],
        "xml-el": lambda: ["    <" + n_cm + ">" + value.replace("&", "&amp;").replace("<", "&lt;") + "</" + n_cm + ">"],
        "plist": lambda: ["\t<key>" + case(name, "pascal") + "</key>", "\t<string>" + value.replace("&", "&amp;").replace("<", "&lt;") + "</string>"],
        "hcl": lambda: ["  " + n_sn + " = " + q(value)],
        "nix": lambda: ["    " + n_cm + ' = "' + value.replace("$", "\\$") + '";'],
        "python": lambda: [n_up + " = " + lit(value)] if g.r.random() < 0.7 or kind == "filler" else ["client = " + g.r.choice(["ApiClient", "Session", "connect"]) + "(" + n_sn + "=" + lit(value) + ", timeout=30)"],
        "js": lambda: ["const " + n_cm + " = " + (value if raw else sq(value)) + ";"] if g.r.random() < 0.6 else ["config." + n_cm + " = " + (value if raw else sq(value)) + ";"],
        "go": lambda: ["\t" + n_cm + " = " + lit(value)],
        "java": lambda: ["    private static final String " + n_up + " = " + lit(value) + ";"],
        "kotlin": lambda: ["    val " + n_cm + " = " + lit(value.replace("$", "\\$")) if not raw else "    val " + n_cm + " = " + value],
        "scala": lambda: ["  val " + n_cm + " = " + lit(value)],
        "csharp": lambda: ["        private const string " + case(name, "pascal") + " = " + lit(value) + ";"] if not raw else ["        var " + n_cm + " = " + value + ";"],
        "ruby": lambda: ["  config." + n_sn + " = " + (value if raw else sq(value))],
        "php": lambda: ["    " + sq(n_sn) + " => " + (value if raw else sq(value)) + ","],
        "perl": lambda: ["my $" + n_sn + " = " + (value if raw else sq(value)) + ";"],
        "lua": lambda: ["local " + n_sn + " = " + lit(value)],
        "r": lambda: [n_sn + " <- " + lit(value)],
        "julia": lambda: ["const " + n_up + " = " + lit(value.replace("$", "\\$")) if not raw else "const " + n_up + " = " + value],
        "rust": lambda: ["const " + n_up + ": &str = " + lit(value) + ";"] if not raw else ["    let " + n_sn + " = " + value + ";"],
        "swift": lambda: ["    static let " + n_cm + " = " + lit(value)],
        "c": lambda: ["#define " + n_up + " " + lit(value)] if not raw else ["    const char *" + n_sn + " = " + value + ";"],
        "cpp": lambda: ["static const std::string k" + case(name, "pascal") + " = " + lit(value) + ";"] if not raw else ["    auto " + n_sn + " = " + value + ";"],
        "groovy": lambda: ["    " + n_cm + " = " + (value if raw else sq(value))],
        "dart": lambda: ["  static const String " + n_cm + " = " + (value if raw else sq(value.replace("$", "\\$"))) + ";"] if not raw else ["  final " + n_cm + " = " + value + ";"],
        "elixir": lambda: ["  " + n_sn + ": " + lit(value) + ","],
        "objc": lambda: ["static NSString * const k" + case(name, "pascal") + " = @" + q(value) + ";"] if not raw else ["    NSString *" + n_cm + " = " + value + ";"],
        "shell": lambda: ["export " + n_up + "=" + (value if raw else sq(value))],
        "powershell": lambda: ["$env:" + n_up + " = " + (value if raw else sq(value))],
        "batch": lambda: ["set " + n_up + "=" + value] if g.r.random() < 0.5 else ['set "' + n_up + "=" + value + '"'],
        "dockerfile": lambda: ["ENV " + n_up + "=" + value] if g.r.random() < 0.6 else ["ARG " + n_up + "=" + value],
        "systemd": lambda: ['Environment="' + n_up + "=" + value + '"'],
        "crontab": lambda: ["15 2 * * * " + n_up + "=" + sq(value) + " /opt/jobs/" + g.r.choice(["sync", "export", "reindex"]) + ".sh >>/var/log/job.log 2>&1"],
        "makefile": lambda: [n_up + " ?= " + value],
        "nginx": lambda: ['    proxy_set_header X-Api-Key "' + value + '";'] if g.r.random() < 0.5 else ['    set $' + n_sn + ' "' + value + '";'],
        "curl": lambda: ["curl -sS -H 'Authorization: Bearer " + value + "' https://api.partner.example/v2/sync"] if g.r.random() < 0.6 else
                        ['curl "https://api.partner.example/v1/export?' + n_sn + "=" + value + '&format=csv"'],
        "http": lambda: ["Authorization: Bearer " + value] if g.r.random() < 0.5 else ["X-" + case(name, "pascal") + ": " + value],
        "markdown": lambda: ["| " + n_up + " | `" + value + "` | " + g.r.choice(["prod", "staging", "sandbox"]) + " |"],
        "md-code": lambda: [n_up + "=" + value],
        "rst": lambda: ["   * - " + n_sn, "     - ``" + value + "``"],
        "adoc": lambda: ["| " + n_sn + " | " + value],
        "sql": lambda: ["INSERT INTO integration_settings (name, value) VALUES (" + sq(n_sn) + ", " + sq(value) + ");"],
        "notebook": lambda: ['    "' + n_up + " = " + q(value).replace("\\", "\\\\").replace('"', '\\"') + '\\n",'],
        "name-above": lambda: ["# " + n_sn, value],
        "haproxy": lambda: ["    http-request set-header Authorization \"Basic " + value + "\""] if False else ["    stats auth admin:" + value],
        "pgbouncer": lambda: ['"' + g.r.choice(["app", "reporting", "etl"]) + '" "' + value + '"'],
        "postfix": lambda: ["[smtp.relay.example.net]:587 relayuser@example.net:" + value],
    }
    lines = S[style]()
    idx = len(lines) - 1
    return lines, idx


FAMILY = {"dotenv": "dotenv", "yaml": "yaml-config", "yaml-list": "yaml-k8s", "compose": "yaml-compose", "json": "json",
          "json5": "json5", "toml": "toml", "ini": "ini", "properties": "properties", "xml": "xml", "xml-el": "xml",
          "plist": "plist", "hcl": "hcl", "nix": "nix", "shell": "shell-script", "powershell": "powershell", "batch": "batch",
          "dockerfile": "dockerfile", "systemd": "systemd", "crontab": "crontab", "makefile": "makefile", "nginx": "nginx-conf",
          "curl": "shell-curl", "http": "http-file", "markdown": "markdown", "md-code": "markdown", "rst": "restructuredtext",
          "adoc": "asciidoc", "sql": "sql", "notebook": "notebook", "name-above": "name-on-line-above", "haproxy": "haproxy-conf",
          "pgbouncer": "pgbouncer-conf", "postfix": "postfix-conf"}
for _s in CODE_STYLES:
    FAMILY[_s] = "code-" + _s

COMMENT = {"python": "#", "ruby": "#", "perl": "#", "r": "#", "julia": "#", "shell": "#", "dotenv": "#", "yaml": "#", "yaml-list": "#",
           "compose": "#", "toml": "#", "ini": ";", "properties": "#", "hcl": "#", "nix": "#", "powershell": "#", "batch": "REM",
           "dockerfile": "#", "systemd": "#", "crontab": "#", "makefile": "#", "nginx": "#", "curl": "#", "http": "#", "lua": "--",
           "sql": "--", "elixir": "#", "haproxy": "#", "pgbouncer": ";", "postfix": "#", "name-above": "#", "md-code": "#"}

FILLER_WORDS = ["timeout", "retries", "region", "endpoint", "batch_size", "log_level", "base_url", "pool_size", "enabled", "page_size"]
FILLER_VALUES = ["30", "3", "eu-west-1", "https://api.internal.example/v1", "500", "info", "https://portal.example.org", "10", "true", "100"]


def filler(style, g):
    i = g.r.randrange(len(FILLER_WORDS))
    n, v = FILLER_WORDS[i], FILLER_VALUES[i]
    if style in ("markdown",):
        return ["| " + case(n, "upper") + " | `" + v + "` | all |"]
    if style in ("md-code", "rst", "adoc", "notebook", "http", "curl", "name-above", "plist", "sql", "haproxy", "pgbouncer", "postfix", "crontab", "nginx"):
        c = COMMENT.get(style)
        return [c + " " + g.r.choice(["keep in sync with the runbook", "rotated by the platform team", "see OPS-" + g.s(DIG, 4)])] if c else [""]
    lines, _ = R(style, n, v, "filler", g)
    return lines


# ------------------------------------------------------------------ repositories
# (repo, [(path, style, positives, negatives, crlf, theme kinds)])
def repos():
    return [
        ("adtech-social-scheduler", [
            ("config/settings.py", "python", 9, 8, False, ["google-ads-developer-token", "meta-access-token", "meta-app-secret", "linkedin-client-secret", "x-bearer-token", "x-api-key-secret", "tiktok-app-secret"]),
            ("google-ads.yaml", "yaml", 4, 3, False, ["google-ads-developer-token", "google-oauth-client-secret", "google-oauth-refresh-token"]),
            ("workers/publish.go", "go", 6, 6, False, ["hootsuite-client-secret", "buffer-access-token", "meta-access-token"]),
            (".env.production", "dotenv", 8, 5, False, ["x-bearer-token", "tiktok-app-secret", "linkedin-client-secret", "openai-api-key"]),
            ("docs/integrations.md", "markdown", 5, 6, False, ["buffer-access-token", "hootsuite-client-secret"]),
        ]),
        ("mobile-release-fastlane", [
            ("fastlane/Fastfile", "ruby", 6, 5, False, ["fastlane-password", "app-specific-password", "slack-webhook-url"]),
            ("fastlane/.env.default", "dotenv", 6, 4, False, ["google-oauth-refresh-token", "fastlane-password", "app-specific-password"]),
            ("ios/App/Config.swift", "swift", 5, 5, False, ["generic-api-key", "google-api-key"]),
            ("ios/App/Secrets.plist", "plist", 4, 4, False, ["generic-api-key", "generic-secret"]),
            ("ios/App/AppKeys.m", "objc", 4, 4, False, ["generic-api-key"]),
            ("android/app/src/main/kotlin/Keys.kt", "kotlin", 5, 4, False, ["generic-api-key", "google-api-key"]),
            ("scripts/distribute.sh", "shell", 5, 5, False, ["google-oauth-refresh-token", "fastlane-password"]),
        ]),
        ("sfdx-revenue-cloud", [
            ("scripts/auth/devhub-auth.txt", "name-above", 2, 1, False, ["salesforce-sfdx-auth-url"]),
            ("config/integration.properties", "properties", 6, 5, False, ["salesforce-access-token", "generic-password", "generic-secret"]),
            ("force-app/main/default/classes/PaymentGateway.cls", "java", 4, 4, False, ["stripe-secret-key", "generic-secret"]),
            ("scripts/deploy.ps1", "powershell", 5, 5, True, ["salesforce-sfdx-auth-url", "salesforce-access-token"]),
            (".github/workflows/env.sh", "shell", 4, 5, False, ["salesforce-sfdx-auth-url"]),
        ]),
        ("servicenow-integrations", [
            ("midserver/config.xml", "xml", 5, 5, True, ["servicenow-password", "servicenow-client-secret"]),
            ("scripts/incident_sync.groovy", "groovy", 5, 5, False, ["servicenow-password", "servicenow-client-secret", "atlassian-api-token"]),
            ("scripts/cmdb_export.pl", "perl", 5, 5, False, ["servicenow-password", "generic-password"]),
            ("ops/crontab", "crontab", 4, 2, False, ["servicenow-password", "sftp-password"]),
        ]),
        ("power-platform-exports", [
            ("flows/ApprovalFlow/definition.json", "json", 6, 6, True, ["power-automate-sig", "azure-ad-client-secret", "azure-sas-signature"]),
            ("connections/connections.json5", "json5", 5, 5, False, ["azure-ad-client-secret", "generic-secret"]),
            ("deploy/pac-auth.bat", "batch", 5, 4, True, ["azure-ad-client-secret", "generic-password"]),
            ("README.adoc", "adoc", 4, 5, False, ["power-automate-sig"]),
        ]),
        ("apps-script-automations", [
            ("src/Code.js", "js", 6, 6, False, ["airtable-pat", "notion-integration-token", "zapier-webhook-url", "generic-api-key"]),
            ("zaps/make-scenario.json", "json", 6, 5, False, ["airtable-pat", "zapier-webhook-url", "notion-integration-token"]),
            ("coda/pack.ts", "js", 4, 4, False, ["generic-token"]),
        ]),
        ("internal-tools-builders", [
            ("retool/docker.env", "dotenv", 6, 5, False, ["retool-api-token", "postgres-url", "encryption-key-hex", "jwt-signing-secret"]),
            ("appsmith/docker-compose.yml", "compose", 6, 5, False, ["appsmith-encryption-salt", "mongodb-url", "redis-url"]),
            ("budibase/.env", "dotenv", 5, 4, False, ["generic-password", "budibase-jwt-secret"]),
            ("tooljet/.env", "dotenv", 5, 4, True, ["tooljet-secret-key-base", "postgres-url"]),
            ("k8s/retool-deployment.yaml", "yaml-list", 5, 5, False, ["retool-api-token", "postgres-url"]),
        ]),
        ("licence-servers", [
            ("flexlm/license.conf", "ini", 4, 4, False, ["flexlm-vendor-key", "generic-password"]),
            ("keygen/config.toml", "toml", 5, 4, False, ["keygen-product-token", "webhook-signing-secret"]),
            ("freemius/src/License.php", "php", 5, 5, False, ["freemius-secret-key", "generic-secret"]),
            ("licensing/validator.c", "c", 5, 5, False, ["hmac-key-base64", "encryption-key-hex"]),
            ("licensing/validator.cpp", "cpp", 4, 4, False, ["hmac-key-base64", "generic-api-key"]),
        ]),
        ("gis-platform", [
            ("geoserver/docker-compose.yml", "compose", 5, 5, False, ["geoserver-admin-password", "postgres-url"]),
            ("arcgis/publish.py", "python", 6, 5, False, ["arcgis-api-key", "generic-password"]),
            ("qgis/pg_service.conf", "ini", 4, 3, False, ["generic-password"]),
            ("postgis/pgbouncer-userlist.txt", "pgbouncer", 3, 1, False, ["generic-password"]),
            ("analysis/zonal_stats.R", "r", 5, 5, False, ["arcgis-api-key", "generic-api-key"]),
        ]),
        ("cad-plm-connectors", [
            ("aps/src/main/scala/Aps.scala", "scala", 5, 5, False, ["aps-client-secret", "generic-secret"]),
            ("onshape/client.jl", "julia", 5, 5, False, ["onshape-secret-key", "generic-api-key"]),
            ("onshape/config.hcl", "hcl", 4, 4, False, ["onshape-secret-key", "aps-client-secret"]),
            ("plm-sync/src/main.rs", "rust", 5, 5, False, ["aps-client-secret", "generic-token"]),
        ]),
        ("hotel-channel-manager", [
            ("config/channels.yml", "yaml", 7, 6, False, ["cloudbeds-client-secret", "mews-access-token", "siteminder-password"]),
            ("lib/mews_client.ex", "elixir", 5, 5, False, ["mews-access-token", "generic-token"]),
            ("app/Services/Cloudbeds.cs", "csharp", 5, 5, False, ["cloudbeds-client-secret", "sendgrid-api-key"]),
            ("db/seeds.sql", "sql", 4, 4, False, ["siteminder-password", "generic-api-key"]),
        ]),
        ("ehr-interface-engine", [
            ("openemr/sites/default/sqlconf.php", "php", 4, 4, False, ["generic-password", "openemr-client-secret"]),
            ("openmrs/openmrs-runtime.properties", "properties", 5, 4, False, ["openmrs-password", "mysql-url"]),
            ("engine/channels/adt_router.lua", "lua", 5, 5, False, ["hl7-mllp-shared-secret", "sftp-password"]),
            ("engine/src/Router.java", "java", 5, 5, False, ["hl7-mllp-shared-secret", "openemr-client-secret"]),
            ("ops/postfix/sasl_passwd", "postfix", 2, 0, False, ["smtp-password"]),
        ]),
        ("library-systems", [
            ("koha/koha-conf.xml", "xml-el", 5, 5, False, ["koha-db-password", "generic-password"]),
            ("evergreen/opensrf.yml", "yaml", 5, 5, False, ["generic-password", "amqp-url"]),
            ("dspace/local.cfg", "properties", 5, 5, False, ["dspace-db-password", "generic-secret"]),
            ("dspace/docs/install.rst", "rst", 4, 4, False, ["dspace-db-password"]),
        ]),
        ("podcast-music-hub", [
            ("app/lib/api_keys.dart", "dart", 5, 5, False, ["spotify-client-secret", "soundcloud-client-secret", "podbean-client-secret"]),
            ("server/index.ts", "js", 6, 6, False, ["spotify-client-secret", "anthropic-api-key", "huggingface-token"]),
            ("server/.env.local", "dotenv", 7, 4, False, ["podbean-client-secret", "replicate-token", "groq-api-key", "cohere-api-key"]),
            ("notebooks/transcribe.ipynb", "notebook", 5, 4, False, ["openai-api-key", "mistral-api-key", "huggingface-token"]),
        ]),
        ("voice-chatbots", [
            ("rasa/config/secrets.yml", "yaml", 6, 4, False, ["rasa-facebook-secret", "slack-bot-token", "telegram-bot-token", "meta-access-token"]),
            ("alexa/skill/lambda/config.py", "python", 5, 5, False, ["lwa-client-secret", "dialogflow-webhook-password"]),
            ("widgets/chat-widgets.json", "json", 6, 5, False, ["tawk-api-key", "drift-oauth-token", "livechat-pat", "crisp-token-key"]),
            ("bots/discord/bot.lua", "lua", 4, 4, False, ["discord-bot-token", "telegram-bot-token"]),
        ]),
        ("robotics-drones", [
            ("ros/config/params.yaml", "yaml", 5, 5, False, ["ros-bridge-secret", "generic-password"]),
            ("dji-cloud/application.properties", "properties", 5, 4, False, ["dji-app-key", "dji-app-license", "mysql-url"]),
            ("gcs/mavlink_router.cpp", "cpp", 4, 4, False, ["mavlink-signing-key"]),
            ("deploy/rover.service", "systemd", 4, 2, False, ["ros-bridge-secret", "tailscale-auth-key"]),
            ("Makefile", "makefile", 4, 3, False, ["dockerhub-pat", "generic-token"]),
        ]),
        ("crypto-custody-desk", [
            ("custody/fireblocks.env", "dotenv", 4, 3, False, ["fireblocks-api-key", "bitgo-access-token"]),
            ("trading/kraken.py", "python", 5, 5, False, ["kraken-private-key", "kraken-api-key"]),
            ("trading/coinbase_prime.go", "go", 5, 5, False, ["coinbase-prime-passphrase", "coinbase-prime-secret"]),
            ("ops/nginx/custody.conf", "nginx", 3, 2, False, ["generic-api-key"]),
            ("infra/haproxy.cfg", "haproxy", 2, 1, False, ["generic-password"]),
        ]),
        ("newsroom-publishing", [
            ("arc/content-sync/config.json", "json", 5, 5, False, ["arc-xp-access-token", "wire-feed-api-key"]),
            ("vip-theme/inc/class-wire-import.php", "php", 5, 5, False, ["wire-feed-api-key", "wordpress-application-password"]),
            ("tools/reindex.http", "http", 4, 4, False, ["arc-xp-access-token", "generic-token"]),
            ("tools/curl-recipes.sh", "curl", 5, 4, False, ["wire-feed-api-key", "arc-xp-access-token"]),
            ("docs/ONBOARDING.md", "md-code", 4, 5, False, ["wordpress-application-password"]),
        ]),
        ("agritech-field-sync", [
            ("sync/deere.py", "python", 5, 5, False, ["john-deere-client-secret", "fieldview-client-secret"]),
            ("sync/config/default.nix", "nix", 4, 4, False, ["john-deere-client-secret", "generic-password"]),
            ("dashboards/yield.R", "r", 4, 4, False, ["fieldview-client-secret"]),
            ("terraform/terraform.tfvars", "hcl", 5, 4, False, ["digitalocean-token", "databricks-token"]),
        ]),
        ("registrar-integrations", [
            ("banner/ethos.properties", "properties", 5, 5, True, ["banner-db-password", "generic-secret"]),
            ("peoplesoft/ib-gateway.xml", "xml", 5, 5, True, ["peoplesoft-integration-password"]),
            ("workday/student_sync.kt", "kotlin", 5, 5, False, ["workday-isu-password", "generic-secret"]),
            ("workday/reports.ini", "ini", 4, 4, False, ["workday-isu-password"]),
        ]),
        ("secret-migration-scripts", [
            ("migrate/op_to_aws.sh", "shell", 7, 6, False, ["1password-service-account-token", "aws-access-key-id", "aws-secret-access-key", "vault-token"]),
            ("migrate/bw_export.ps1", "powershell", 5, 5, True, ["bitwarden-client-secret", "bitwarden-master-password"]),
            ("migrate/keeper_config.json", "json", 3, 3, False, ["keeper-config-private-key"]),
            ("migrate/vault_to_asm.py", "python", 6, 6, False, ["vault-token", "aws-access-key-id", "aws-secret-access-key", "age-secret-key"]),
            ("migrate/Dockerfile", "dockerfile", 4, 4, False, ["doppler-service-token", "github-pat"]),
        ]),
        ("org-platform-misc", [
            ("ci/publish.env", "dotenv", 8, 5, False, ["npm-token", "pypi-token", "rubygems-api-key", "github-fine-grained-pat", "gitlab-pat"]),
            ("ci/release.groovy", "groovy", 5, 5, False, ["github-app-installation-token", "github-oauth-token", "postman-api-key"]),
            ("observability/agents.yaml", "yaml", 5, 5, False, ["datadog-api-key", "newrelic-user-key", "grafana-service-account-token"]),
            ("marketing/mail.toml", "toml", 5, 4, False, ["mailgun-api-key", "mailchimp-api-key", "twilio-api-key", "twilio-auth-token"]),
            ("shop/payments.rb", "ruby", 5, 5, False, ["stripe-restricted-key", "square-application-secret", "shopify-admin-token", "shopify-app-secret"]),
            ("design/figma-sync.js", "js", 4, 4, False, ["figma-pat", "contentful-management-token", "linear-api-key", "slack-user-token"]),
            ("search/algolia.php", "php", 3, 3, False, ["algolia-admin-key"]),
        ]),
    ]


# files holding key material (path, kind, wrapper)
def key_files():
    return [
        ("mobile-release-fastlane", "fastlane/keys/AuthKey_" + "{ID}" + ".p8", "app-store-connect-p8", "file"),
        ("mobile-release-fastlane", "android/play-store-sa.json", "gcp-service-account", "sa"),
        ("voice-chatbots", "dialogflow/agent-sa.json", "gcp-service-account", "sa"),
        ("crypto-custody-desk", "custody/fireblocks_secret.key", "private-key-rsa", "file"),
        ("crypto-custody-desk", "trading/cdp_api_key.json", "private-key-ec", "json"),
        ("robotics-drones", "deploy/id_ed25519", "private-key-openssh", "file"),
        ("robotics-drones", "gcs/ground-station.ppk", "private-key-putty", "file"),
        ("gis-platform", "arcgis/certs/portal-key.pem", "private-key-pkcs8", "file"),
        ("secret-migration-scripts", "migrate/k8s-secret.yaml", "private-key-rsa", "yaml"),
        ("ehr-interface-engine", "engine/keys/jwks.json", "jwk-private", "jwk"),
        ("sfdx-revenue-cloud", "certs/server.key", "private-key-rsa", "file"),
        ("apps-script-automations", "service-account.json", "gcp-service-account", "sa"),
        ("registrar-integrations", "workday/x509/isu-signing.pem", "private-key-pkcs8", "file"),
        ("org-platform-misc", "ops/.ssh/id_ecdsa", "private-key-ec", "file"),
        ("library-systems", "dspace/config/saml-sp.key", "private-key-pkcs8", "file"),
    ]


# credential files of the home-directory kind (repo, path, lines(g) -> [(line, kind, provider, ctx, value)|str])
def cred_files(g):
    out = []
    pw = g.password
    user = "svc_" + g.s(LO, 6)
    v1 = pw()
    out.append(("secret-migration-scripts", "home/.netrc", [("machine vault.internal.example login " + user + " password " + v1, "netrc-password", "generic", True, v1)]))
    v2 = pw()
    out.append(("gis-platform", "home/.pgpass", ["# hostname:port:database:username:password", ("gis-db.internal:5432:gis:geoadmin:" + v2, "pgpass-password", "postgres", True, v2)]))
    v3 = g.github("p")
    out.append(("org-platform-misc", "home/.git-credentials", [("https://ci-bot:" + v3 + "@github.com", "github-pat", "github", False, v3)]))
    v4 = pw()
    out.append(("library-systems", "home/.my.cnf", ["[client]", "user=koha_admin", ("password=" + v4, "mysql-client-password", "mysql", True, v4), "host=127.0.0.1"]))
    v5 = g.npm()
    out.append(("org-platform-misc", ".npmrc", ["registry=https://registry.npmjs.org/", ("//registry.npmjs.org/:_authToken=" + v5, "npm-token", "npm", False, v5)]))
    v6 = pw()
    out.append(("org-platform-misc", "home/.pypirc", ["[distutils]", "index-servers = internal", "", "[internal]", "repository = https://pypi.internal.example/simple/",
                                                      "username = deploy", ("password = " + v6, "pypirc-password", "generic", True, v6)]))
    v7 = g.rubygems()
    out.append(("org-platform-misc", "home/.gem/credentials", ["---", (":rubygems_api_key: " + v7, "rubygems-api-key", "rubygems", False, v7)]))
    v8 = base64.b64encode(("robot$ci:" + pw()).encode()).decode()
    out.append(("secret-migration-scripts", "home/.docker/config.json", ["{", '  "auths": {', '    "harbor.internal.example": {',
                                                                         ('      "auth": "' + v8 + '"', "docker-config-auth", "docker", True, v8), "    }", "  }", "}"]))
    v9, v10 = g.aws_akid(), g.aws_secret()
    out.append(("secret-migration-scripts", "home/.config/rclone/rclone.conf", ["[s3-archive]", "type = s3", "provider = AWS",
                                                                               ("access_key_id = " + v9, "aws-access-key-id", "aws", False, v9),
                                                                               ("secret_access_key = " + v10, "aws-secret-access-key", "aws", True, v10), "region = eu-central-1"]))
    v11 = g.aws_secret()
    out.append(("gis-platform", "home/.s3cfg", ["[default]", "access_key = " + g.aws_akid(), ("secret_key = " + v11, "aws-secret-access-key", "aws", True, v11), "use_https = True"]))
    v12 = g.aws_secret()
    out.append(("agritech-field-sync", "home/.boto", ["[Credentials]", ("aws_secret_access_key = " + v12, "aws-secret-access-key", "aws", True, v12)]))
    v13 = pw()
    out.append(("newsroom-publishing", "home/.wgetrc", ["user = wirefeed", ("password = " + v13, "wgetrc-password", "generic", True, v13)]))
    v14 = g.token(64, HEX)
    out.append(("ehr-interface-engine", "openmrs/deploy/kubeconfig.yaml", ["apiVersion: v1", "kind: Config", "users:", "- name: openmrs-deployer", "  user:",
                                                                    ("    token: " + v14, "kubeconfig-token", "kubernetes", True, v14)]))
    at, rt, cs = g.google_access(), g.google_refresh(), g.gocspx()
    out.append(("apps-script-automations", ".clasprc.json", [
        "{", '  "token": {', ('    "access_token": "' + at + '",', "google-oauth-access-token", "google", False, at),
        ('    "refresh_token": "' + rt + '",', "google-oauth-refresh-token", "google", False, rt),
        '    "scope": "https://www.googleapis.com/auth/script.projects https://www.googleapis.com/auth/drive.file",',
        '    "token_type": "Bearer",', '    "expiry_date": 17' + g.s(DIG, 11), "  },", '  "oauth2ClientSettings": {',
        '    "clientId": "' + g.s(DIG, 12) + "-" + g.s(LO + DIG, 32) + '.apps.googleusercontent.com",',
        ('    "clientSecret": "' + cs + '",', "google-oauth-client-secret", "google", False, cs),
        '    "redirectUri": "http://localhost"', "  },", '  "isLocalCreds": false', "}"]))
    sb, ss, tg, fs, pt = g.slack_bot(), g.hexs(32), g.telegram(), g.hexs(32), g.meta_token()
    out.append(("voice-chatbots", "rasa/credentials.yml", [
        "rest:", "", "slack:", ('  slack_token: "' + sb + '"', "slack-bot-token", "slack", False, sb), '  slack_channel: "#support-bot"',
        ('  slack_signing_secret: "' + ss + '"', "slack-signing-secret", "slack", True, ss), "", "telegram:",
        ('  access_token: "' + tg + '"', "telegram-bot-token", "telegram", False, tg), '  verify: "support_helper_bot"',
        '  webhook_url: "https://bots.example.org/webhooks/telegram/webhook"', "", "facebook:", '  verify: "rasa-support"',
        ('  secret: "' + fs + '"', "rasa-facebook-secret", "meta", True, fs), ('  page-access-token: "' + pt + '"', "meta-access-token", "meta", False, pt)]))
    # an operator's shell history from the migration, committed by mistake (family shell-history)
    p1, p2, p3, p4, p5 = pw(), pw(), pw(), pw(), pw()
    gl, bwcs, vt = g.gitlab_pat(), g.token(30), g.vault()
    out.append(("secret-migration-scripts", "home/.bash_history", [
        "cd ~/src/secret-migration", "op signin --account acme.1password.com",
        ("export BW_CLIENTSECRET=" + bwcs, "bitwarden-client-secret", "bitwarden", True, bwcs),
        "bw login --apikey", ("bw unlock --passwordenv BW_PASSWORD", "env-reference", "-", False, "BW_PASSWORD", False),
        ("op read op://Platform/postgres-prod/password", "secret-manager-reference", "-", False, "op://Platform/postgres-prod/password", False),
        ("aws secretsmanager create-secret --name prod/postgres --secret-string '" + p1 + "'", "cli-argument-password", "aws", True, p1),
        "aws secretsmanager get-secret-value --secret-id prod/postgres --query SecretString",
        ("vault kv put secret/apps/registrar db_password=" + p2, "cli-argument-password", "hashicorp", True, p2),
        ("export VAULT_TOKEN=" + vt, "vault-token", "hashicorp", False, vt), ("vault kv get -field=db_password secret/apps/registrar", "secret-manager-reference", "-", False, "secret/apps/registrar", False),
        ("mysql -u koha_admin -p'" + p3 + "' -h mariadb.lib.local koha", "cli-argument-password", "mysql", True, p3),
        ("sshpass -p '" + p4 + "' scp dump.sql.gz backup@10.20.0.15:/srv/dumps/", "cli-argument-password", "generic", True, p4),
        ("docker login -u robot-ci -p " + p5 + " harbor.internal.example", "cli-argument-password", "docker", True, p5),
        ("git clone https://oauth2:" + gl + "@gitlab.internal.example/platform/secret-migration.git", "gitlab-pat", "gitlab", False, gl),
        "keeper login ops@example.org", "history | grep secret-string"], "shell-history"))
    return out


# ------------------------------------------------------------------ writer
HEADERS = {
    "python": ["import os", "import logging", "", "log = logging.getLogger(__name__)", ""],
    "js": ["'use strict';", "import fetch from 'node-fetch';", ""], "go": ["package main", "", "import (", "\t\"os\"", ")", "", "var ("],
    "java": ["package org.example.integration;", "", "public final class Settings {"], "kotlin": ["package org.example.sync", "", "object Keys {"],
    "scala": ["package example.aps", "", "object Settings {"], "csharp": ["namespace Hotel.Integrations", "{", "    public static class Keys", "    {"],
    "ruby": ["# frozen_string_literal: true", "", "Rails.application.configure do"], "php": ["<?php", "", "return ["],
    "perl": ["#!/usr/bin/perl", "use strict;", "use warnings;", ""], "lua": ["-- channel configuration", ""], "r": ["library(httr)", ""],
    "julia": ["module Client", "using HTTP", ""], "rust": ["use std::env;", ""], "swift": ["import Foundation", "", "enum AppConfig {"],
    "c": ["#include <stdio.h>", "#include <stdlib.h>", ""], "cpp": ["#include <string>", "#include <cstdlib>", ""],
    "groovy": ["def call(Map config = [:]) {"], "dart": ["import 'dart:io';", "", "class ApiKeys {"], "elixir": ["import Config", "", "config :mews_client,"],
    "objc": ["#import <Foundation/Foundation.h>", ""], "shell": ["#!/usr/bin/env bash", "set -euo pipefail", ""],
    "powershell": ["#Requires -Version 7", "$ErrorActionPreference = 'Stop'", ""], "batch": ["@echo off", "setlocal"],
    "dockerfile": ["FROM python:3.12-slim", "WORKDIR /app"], "systemd": ["[Unit]", "Description=Rover bridge", "After=network-online.target", "", "[Service]"],
    "crontab": ["SHELL=/bin/bash", "MAILTO=ops@example.org"], "makefile": [".PHONY: build push", ""], "nginx": ["server {", "    listen 443 ssl;", "    location /api/ {"],
    "json": ["{"], "json5": ["{"], "xml": ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"],
    "xml-el": ['<?xml version="1.0"?>', "<yazgfs>", "  <config>"], "plist": ['<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>"],
    "hcl": ["provider_settings {"], "nix": ["{ config, pkgs, ... }:", "{", "  services.fieldsync = {"], "yaml": ["settings:"],
    "yaml-list": ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: app", "spec:", "  template:", "    spec:", "      containers:",
                  "      - name: app", "        image: registry.example.org/app:1.4.2", "        env:"],
    "compose": ["services:", "  app:", "    image: app:latest", "    environment:"], "toml": ["[service]"], "ini": ["[main]"],
    "markdown": ["# Integrations", "", "| Variable | Value | Environment |", "|---|---|---|"], "md-code": ["# Onboarding", "", "```bash"],
    "rst": ["Installation", "============", "", ".. list-table::", "   :header-rows: 1", "", "   * - setting", "     - value"],
    "adoc": ["= Power Platform exports", "", "|===", "| Setting | Value"], "sql": ["BEGIN;"], "notebook": ['{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": ['],
    "http": ["### reindex", "POST https://api.arcpublishing.example/content/v4/reindex"], "curl": ["#!/bin/sh"], "name-above": ["# devhub auth urls (sf org login sfdx-url)"],
    "haproxy": ["listen stats", "    bind :8404", "    stats enable"], "pgbouncer": [], "postfix": [], "properties": ["# integration settings"], "dotenv": ["# environment"],
}
FOOTERS = {"java": ["}"], "kotlin": ["}"], "scala": ["}"], "csharp": ["    }", "}"], "ruby": ["end"], "php": ["];"], "julia": ["end"], "swift": ["}"],
           "groovy": ["}"], "dart": ["}"], "go": [")"], "json": ['    "version": 2', "}"], "json5": ["  version: 2,", "}"], "xml": ["  </appSettings>", "</configuration>"],
           "xml-el": ["  </config>", "</yazgfs>"], "plist": ["</dict>", "</plist>"], "hcl": ["}"], "nix": ["  };", "}"], "nginx": ["    }", "}"],
           "md-code": ["```"], "adoc": ["|==="], "sql": ["COMMIT;"], "notebook": ['    "print(\'ok\')\\n"', ']}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'],
           "systemd": ["ExecStart=/opt/rover/bin/bridge", "", "[Install]", "WantedBy=multi-user.target"], "elixir": ["  pool_size: 10"]}


class Corpus:
    def __init__(self, out, seed):
        self.out = out
        self.g = Gen(random.Random(seed))
        self.labels = []
        self.files = {}

    def write(self, repo, path, lines, labs, crlf=False):
        rel = repo + "/" + path
        full = os.path.join(self.out, "repos", rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", newline="") as fh:
            fh.write(("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n"))
        self.files[rel] = lines
        for line_no, kind, provider, family, ctx, pos, value in labs:
            self.labels.append({"path": rel, "line": line_no, "kind": kind, "provider": provider, "family": family,
                                "context_only": ctx, "positive": pos, "secret": value})


def build(out, seed):
    cp = Corpus(out, seed)
    g = cp.g
    K = kinds()
    all_pos = sorted(K)
    deck = all_pos[:]
    g.r.shuffle(deck)
    deck_i = [0]

    ctx_deck = [k for k in deck if K[k][1]]
    ven_deck = [k for k in deck if not K[k][1]]
    deck_i = {True: 0, False: 0}
    used = set()

    def draw(theme):
        # about 40% context-only, like real leaks; the file's theme first, else the decks round-robin
        want_ctx = g.r.random() < 0.41
        pool = [k for k in theme if K[k][1] == want_ctx]
        if pool and g.r.random() < 0.55:
            k = g.r.choice(pool)
            used.add(k)
            return k
        d = ctx_deck if want_ctx else ven_deck
        fresh = [x for x in d if x not in used]  # every kind at least once before any repeats from the deck
        if fresh:
            k = fresh[0]
        else:
            k = d[deck_i[want_ctx] % len(d)]
            deck_i[want_ctx] += 1
        used.add(k)
        return k

    for repo, files in repos():
        for path, style, npos, nneg, crlf, theme in files:
            lines = list(HEADERS.get(style, []))
            labs = []
            items = ["p"] * round(npos * 0.85) + ["n"] * round(nneg * 1.12)
            g.r.shuffle(items)
            fam = FAMILY[style]
            for it in items:
                if g.r.random() < 0.6:
                    lines += filler(style, g)
                if it == "p":
                    k = draw(theme)
                    provider, ctx, fn, names = K[k]
                    value = fn(g)
                    name = g.r.choice(names)
                    if style == "markdown" and ctx is False and g.r.random() < 0.3:
                        name = name  # vendor key in a docs table
                    got, idx = R(style, name, value, k, g)
                    if g.r.random() < 0.25 and COMMENT.get(style):
                        lines.append(COMMENT[style] + " " + g.r.choice(["TODO move to vault", "prod", "rotated 2025-11", "temporary, remove after cutover"]))
                    start = len(lines)
                    lines += got
                    labs.append((start + idx + 1, k, provider, fam, ctx, True, value))
                else:
                    nk, name, value = negatives(g, style, g.r.choice(K[g.r.choice(all_pos)][3]))
                    got, idx = R(style, name, value, nk, g)
                    start = len(lines)
                    lines += got
                    labs.append((start + idx + 1, nk, "-", fam, False, False, value))
            lines += FOOTERS.get(style, [])
            cp.write(repo, path, lines, labs, crlf)

    # key material
    for repo, path, kind, wrap in key_files():
        if kind == "gcp-service-account":
            kl = g.pkcs8_pem()
            pk = "\\n".join(kl) + "\\n"
            proj = g.s(LO, 6) + "-" + g.s(DIG, 6)
            lines = ["{", '  "type": "service_account",', '  "project_id": "' + proj + '",', '  "private_key_id": "' + g.hexs(40) + '",',
                     '  "private_key": "' + pk + '",', '  "client_email": "deployer@' + proj + '.iam.gserviceaccount.com",',
                     '  "client_id": "' + g.s(DIG, 21) + '",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}"]
            cp.write(repo, path, lines, [(5, kind, "google", "json-service-account", False, True, pk)])
        elif kind == "jwk-private":
            d = g.b64(256, True, False)
            lines = ["{", '  "keys": [', "    {", '      "kty": "RSA",', '      "kid": "' + g.s(ALNUM, 16) + '",', '      "use": "sig",',
                     '      "n": "' + g.b64(256, True, False) + '",', '      "e": "AQAB",', '      "d": "' + d + '",',
                     '      "p": "' + g.b64(128, True, False) + '"', "    }", "  ]", "}"]
            cp.write(repo, path, lines, [(9, kind, "generic", "json-jwk", False, True, d)])
        else:
            kl = PEM_KINDS[kind][1](g)
            path = path.replace("{ID}", g.s(UP + DIG, 10))
            if wrap == "file":
                cp.write(repo, path, kl, [(1, kind, "generic" if kind != "app-store-connect-p8" else "apple", "pem-file", False, True, kl[0])])
            elif wrap == "json":
                pk = "\\n".join(kl) + "\\n"
                lines = ["{", '   "name": "organizations/' + g.uuid() + "/apiKeys/" + g.uuid() + '",', '   "privateKey": "' + pk + '"', "}"]
                cp.write(repo, path, lines, [(3, kind, "coinbase", "json", False, True, pk)])
            else:
                lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: migration-signing", "type: Opaque", "stringData:", "  tls.key: |"] + ["    " + x for x in kl]
                cp.write(repo, path, lines, [(8, kind, "generic", "yaml-k8s", False, True, kl[0])])

    for entry in cred_files(g):
        repo, path, spec = entry[:3]
        family = entry[3] if len(entry) > 3 else "credential-file"
        lines, labs = [], []
        for item in spec:
            if isinstance(item, str):
                lines.append(item)
            else:
                line, kind, provider, ctx, value = item[:5]
                positive = item[5] if len(item) > 5 else True
                lines.append(line)
                labs.append((len(lines), kind, provider, family, ctx, positive, value))
        cp.write(repo, path, lines, labs)

    # standalone hard negatives
    neg_files = [
        ("secret-migration-scripts", "group_vars/prod/vault.yml", ["$ANSIBLE_VAULT;1.1;AES256"] + [g.hexs(80) for _ in range(6)], [(1, "ansible-vault-encrypted", "$ANSIBLE_VAULT;1.1;AES256")]),
        ("internal-tools-builders", "k8s/sealed-retool.yaml", ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: retool", "spec:", "  encryptedData:",
                                                                "    RETOOL_API_KEY: AgB" + g.b64(300)], [(7, "sealed-secret", None)]),
        ("apps-script-automations", "package-lock.json", ["{", '  "packages": {', '    "node_modules/@google/clasp": {', '      "version": "2.4.2",',
                                                          '      "integrity": "sha512-' + g.b64(64) + '"', "    }", "  }", "}"], [(5, "lockfile-integrity", None)]),
        ("mobile-release-fastlane", "fastlane/Appfile", ['app_identifier("org.example.field")', 'apple_id("release@example.org")', 'itc_team_id("' + g.s(DIG, 9) + '")',
                                                          'team_id("' + g.s(UP + DIG, 10) + '")', "json_key_file(ENV['PLAY_JSON_KEY_PATH'])"], [(4, "team-identifier", None), (5, "env-reference", None)]),
        ("crypto-custody-desk", "custody/fireblocks_public.pem", g.pem("PUBLIC" + " KEY", 270, b"\x30\x82\x01\x22\x30\x0d\x06\x09"), [(1, "public-key", None)]),
    ]
    for repo, path, lines, labs in neg_files:
        L = []
        for ln, kind, val in labs:
            L.append((ln, kind, "-", "negative-file", False, False, val if val else lines[ln - 1].split(": ", 1)[-1].strip()))
        cp.write(repo, path, lines, L)

    return cp


def selfcheck(cp):
    seen = set()
    for lab in cp.labels:
        key = (lab["path"], lab["line"])
        assert key not in seen, "two labels on one line: %s" % (key,)
        seen.add(key)
        line = cp.files[lab["path"]][lab["line"] - 1]
        val = lab["secret"].split("\n")[0]
        if not val:
            continue
        # values may be escaped by the syntax (XML entities, Nix/Kotlin/Dart '$', notebook JSON)
        cands = {val, val.replace("&", "&amp;").replace('"', "&quot;"), val.replace("&", "&amp;").replace("<", "&lt;"), val.replace("$", "\\$"),
                 q(val)[1:-1], q(q(val)[1:-1])[1:-1] if False else q(val).replace("\\", "\\\\").replace('"', '\\"')[2:-2]}
        assert any(c and c in line for c in cands), "label does not hold its value: %s:%d" % key
        if lab["positive"]:
            assert len(val) >= 8, key


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=1313)
    a = ap.parse_args()
    out = os.path.abspath(a.corpus)
    if os.path.isdir(os.path.join(out, "repos")):
        shutil.rmtree(os.path.join(out, "repos"))
    os.makedirs(out, exist_ok=True)
    cp = build(out, a.seed)
    selfcheck(cp)
    with open(os.path.join(out, "labels.jsonl"), "w") as fh:
        for lab in cp.labels:
            fh.write(json.dumps(lab) + "\n")
    with open(os.path.join(out, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/blind13/generate.py"}, fh)
    pos = [l for l in cp.labels if l["positive"]]
    print("repos %d, positives %d (%d context-only, %d kinds), negatives %d, families %d" % (
        len({l["path"].split("/")[0] for l in cp.labels}), len(pos), sum(l["context_only"] for l in pos), len({l["kind"] for l in pos}),
        len(cp.labels) - len(pos), len({l["family"] for l in pos})), file=sys.stderr)


if __name__ == "__main__":
    main()
