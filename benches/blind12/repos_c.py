"""Repositories 15-21: servers in rarer stacks, office devices, nonprofit CRM, civic open data,
bioinformatics, OTA fleets, and an incident-response notes repository."""
import json

from keys import aws_example_id, aws_example_secret, jwtio_example, stripe_doc_test_key, b64, ALNUM, HEX, UPP, LOW, DIG

PW = "pass" + "word"


def rare_stacks(c, k):
    f = c.f("vapor-api/Sources/App/Secrets.swift", "code-swift")
    f.l("import Vapor", "", "enum Secrets {")
    f.p("openai-project-key", '    static let openAI = "{v}"')
    f.p("github-app-token", '    static let githubInstallation = "{v}"')
    f.n("env-reference", '    static let sentry = Environment.get("SENTRY_DSN") ?? ""', 'Environment.get("SENTRY_DSN")')
    f.p("generic-" + PW, '    static let adminPassword = "{v}"')
    f.l("}")

    f = c.f("ktor-api/src/main/resources/application.conf", "conf-file")
    f.l("ktor {", "  deployment { port = 8080 }", "  application { modules = [ corp.ApplicationKt.module ] }", "}", "jwt {", '  issuer = "https://api.corp.example"')
    f.p("jwt-signing-secret", '  secret = "{v}"')
    f.n("template-reference", "  secret = ${?JWT_SECRET}", "${?JWT_SECRET}")
    f.l("}", "storage {")
    f.p("azure-storage-connection-string", '  connectionString = "{v}"')
    f.l("}", "stripe {")
    f.p("stripe-webhook-secret", '  webhookSecret = "{v}"')
    f.l("}")

    f = c.f("ktor-api/src/main/kotlin/corp/Clients.kt", "code-kotlin")
    f.l("package corp", "")
    f.p("anthropic-api-key", 'private const val ANTHROPIC_KEY = "{v}"')
    f.p("slack-app-token", 'val socketModeToken = "{v}"')
    f.n("env-reference", 'val dbPass = System.getenv("DB_PASSWORD")', 'System.getenv("DB_PASSWORD")')

    f = c.f("actix-svc/src/config.rs", "code-rust")
    f.l("use std::env;", "", "pub struct Config { pub db_url: String, pub hf_token: String }", "")
    f.p("postgres-url", 'const DEFAULT_DB: &str = "{v}";')
    f.p("huggingface-token", 'static HF_TOKEN: &str = "{v}";')
    f.p("groq-api-key", 'pub const GROQ_KEY: &str = "{v}";')
    f.n("env-reference", 'let key = env::var("REPLICATE_API_TOKEN").unwrap_or_default();', 'env::var("REPLICATE_API_TOKEN")')
    f.n("placeholder", 'const PLACEHOLDER: &str = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";', "")

    f = c.f("actix-svc/Cargo.lock", "lockfile")
    f.l("version = 3")
    for crate in ("actix-web", "tokio", "serde", "sqlx", "reqwest", "tracing"):
        f.l("", "[[package]]", f'name = "{crate}"', f'version = "4.{k.r.randrange(9)}.{k.r.randrange(9)}"', 'source = "registry+https://github.com/rust-lang/crates.io-index"')
        f.n("lockfile-integrity", 'checksum = "{v}"', k.hexs(64))

    f = c.f("fiber-gw/main.go", "code-go")
    f.l("package main", "", "import (", '\t"github.com/gofiber/fiber/v2"', '\t"github.com/gofiber/fiber/v2/middleware/basicauth"', ")", "", "func main() {", "\tapp := fiber.New()",
        "\tapp.Use(basicauth.New(basicauth.Config{Users: map[string]string{")
    f.p("generic-" + PW, '\t\t"metrics": "{v}",')
    f.l("\t}}))")
    f.p("sendgrid-api-key", '\tmailer := NewMailer("{v}")')
    f.p("stripe-live-secret-key", '\tstripe.Key = "{v}"')
    f.n("vendor-example-key", '\t// stripe docs: stripe.Key = "{v}"', stripe_doc_test_key())
    f.l("\t_ = mailer", '\tapp.Listen(":3000")', "}")

    f = c.f("blazor-portal/appsettings.json", "json")
    f.l("{", '  "AzureAd": {', '    "Instance": "https://login.microsoftonline.com/",')
    f.n("uuid-identifier", '    "ClientId": "{v}",', k.uuid4())
    f.p("azure-ad-client-secret", '    "ClientSecret": "{v}",')
    f.n("uuid-identifier", '    "TenantId": "{v}"', k.uuid4())
    f.l("  },", '  "ConnectionStrings": {')
    f.p("mssql-connection-string", '    "Default": "{v}"')
    f.l("  },", '  "Sendgrid": {')
    f.n("template-reference", '    "ApiKey": "#{SendGridApiKey}#"', "#{SendGridApiKey}#")
    f.l("  }", "}")

    f = c.f("pyramid-app/production.ini", "ini")
    f.l("[app:main]", "use = egg:corp_portal")
    f.p("postgres-url", "sqlalchemy.url = {v}")
    f.p("generic-secret", "session.secret = {v}")
    f.p("sentry-user-token", "sentry.auth_token = {v}")
    f.n("password-policy-setting", "auth.password_min_length = 12", "")
    f.l("", "[server:main]", "use = egg:waitress#main", "listen = *:6543")

    f = c.f("tornado-ws/server.py", "code-python")
    f.l("import tornado.web", "")
    f.l("settings = dict(")
    f.p("generic-secret", '    cookie_secret="{v}",')
    f.l("    xsrf_cookies=True,", ")")
    f.p("google-api-key", 'MAPS = "{v}"')
    f.p("replicate-api-token", "replicate_client = replicate.Client(api_token='{v}')")
    f.n("function-call-value", "token = self.get_argument('token')", "self.get_argument('token')")

    f = c.f("lisp-svc/config.lisp", "code-lisp")
    f.l("(in-package :corp-svc)", "")
    f.p("slack-webhook-url", '(defparameter *alerts-webhook* "{v}")')
    f.p("db-" + PW, '(defvar *db-password* "{v}")')
    f.n("env-reference", '(defvar *api-key* (uiop:getenv "API_KEY"))', '(uiop:getenv "API_KEY")')

    f = c.f("raku-bot/bin/bot.raku", "code-raku")
    f.l("use Cro::HTTP::Client;", "")
    f.p("slack-bot-token", "my $token = '{v}';")
    f.p("github-classic-pat", 'my %headers = Authorization => "token {v}";')
    f.n("env-reference", "my $key = %*ENV<OPENAI_API_KEY>;", "%*ENV<OPENAI_API_KEY>")

    f = c.f("pharo-dash/src/CorpDash/DashConfig.class.st", "code-smalltalk")
    f.l('Class { #name : #DashConfig, #superclass : #Object, #category : #CorpDash }', "", "DashConfig class >> grafanaToken [")
    f.p("grafana-service-account-token", "\t^ '{v}'")
    f.l("]", "", "DashConfig class >> smtpPassword [")
    f.p("smtp-" + PW, "\t^ '{v}'")
    f.l("]")

    f = c.f("perl-jobs/lib/Corp/Notify.pm", "code-perl")
    f.l("package Corp::Notify;", "use strict;", "use warnings;", "")
    f.p("twilio-auth-token", "my $twilio_token = '{v}';")
    f.p("sendgrid-api-key", 'our $SENDGRID = "{v}";')
    f.n("env-reference", "my $dsn = $ENV{'NOTIFY_DSN'};", "$ENV{'NOTIFY_DSN'}")
    f.l("1;")

    f = c.f("julia-models/src/config.jl", "code-julia")
    f.l("module Config", "")
    f.p("mistral-api-key", 'const MISTRAL_KEY = "{v}"')
    f.p("openai-project-key", 'openai_key = "{v}"')
    f.n("env-reference", 'const WANDB = get(ENV, "WANDB_API_KEY", "")', 'get(ENV, "WANDB_API_KEY", "")')
    f.l("end")

    f = c.f("scala-etl/src/main/resources/application.conf", "conf-file")
    f.l("etl {", "  kafka.bootstrap = \"kafka.data.internal:9093\"")
    f.p("cohere-api-key", "  cohere.key = \"{v}\"")
    f.p("databricks-pat", "  databricks.token = {v}")
    f.l("}")


def office_devices(c, k):
    f = c.f("printers/mfp-3f-scan2email.xml", "xml")
    f.l('<?xml version="1.0" encoding="UTF-8"?>', "<DeviceSettings model=\"MFP-C3530\">", "  <Smtp>", "    <Server>smtp.office365.com</Server>", "    <Port>587</Port>",
        "    <Auth>LOGIN</Auth>", "    <User>scanner-3f@corp.example</User>")
    f.p("smtp-" + PW, "    <Password>{v}</Password>")
    f.l("  </Smtp>", "  <Admin>")
    f.p("printer-admin-" + PW, '    <LocalAdmin user="admin" password="{v}"/>')
    f.n("hash-named-like-secret", "    <FirmwareChecksum>{v}</FirmwareChecksum>", k.hexs(64).upper())
    f.l("  </Admin>", "  <Snmp>")
    f.p("snmp-community", "    <CommunityRead>{v}</CommunityRead>")
    f.n("placeholder", "    <CommunityWrite>private</CommunityWrite>", "private")
    f.l("  </Snmp>", "</DeviceSettings>")

    f = c.f("printers/fleet.csv", "csv")
    f.l("floor,model,ip,admin_user,admin_password")
    for floor in ("1", "2", "3", "4"):
        f.p("printer-admin-" + PW, f"{floor},MFP-C3530,10.1.{floor}.50,admin,{{v}}")

    f = c.f("signage/player-config.json", "json")
    f.l("{", '  "player": "lobby-01",', '  "playlistUrl": "https://signage.corp.example/api/playlists/lobby",')
    f.p("google-api-key", '  "calendarApiKey": "{v}",')
    f.p("openweathermap-api-key", '  "weatherKey": "{v}",')
    f.p("slack-webhook-url", '  "alertsWebhook": "{v}",')
    f.n("base64-image", '  "logo": "data:image/png;base64,{v}",', k.b64bytes(120))
    f.l('  "rotateSeconds": 15', "}")

    f = c.f("kiosk/configuration.nix", "nix")
    f.l("{ config, pkgs, ... }:", "{", "  services.cage = { enable = true; user = \"kiosk\"; program = \"${pkgs.chromium}/bin/chromium --kiosk https://visitors.corp.example\"; };",
        "  networking.wireless.networks = {")
    f.p("wifi-psk", '    "CORP-IOT".psk = "{v}";')
    f.l("  };")
    f.p("tailscale-auth-key", '  services.tailscale.authKeyFile = pkgs.writeText "ts-key" "{v}";')
    f.p("kiosk-admin-" + PW, '  users.users.kiosk.initialPassword = "{v}";')
    f.n("hash-named-like-secret", '  users.users.root.hashedPassword = "$6$' + k.s(ALNUM, 8) + '${v}";', k.s(ALNUM + "./", 86))
    f.l("}")

    f = c.f("kiosk/provision.bat", "batch", crlf=True)
    f.l("@echo off", "REM visitor kiosk provisioning")
    f.p("generic-" + PW, 'net user kioskadmin "{v}" /add')
    f.p("generic-" + PW, 'net use Z: \\\\fs01\\signage /user:CORP\\svc-signage "{v}"')
    f.p("wifi-psk", 'set "WIFI_KEY={v}"')
    f.n("env-reference", "netsh wlan add profile filename=%WIFI_PROFILE%", "%WIFI_PROFILE%")

    f = c.f("kiosk/crontab", "crontab")
    f.p("generic-" + PW, "0 6 * * * curl -fsS -u signage:{v} https://signage.corp.example/api/refresh", k.alnum_password())
    f.n("env-reference", "30 6 * * * /usr/local/bin/sync --token \"$SIGNAGE_TOKEN\"", "$SIGNAGE_TOKEN")


def nonprofit_crm(c, k):
    f = c.f("sites/default/civicrm.settings.php", "code-php")
    f.l("<?php", "global $civicrm_root, $civicrm_setting;")
    f.p("mysql-url", "define('CIVICRM_DSN', '{v}?new_link=true');")
    f.p("civicrm-site-key", "define('CIVICRM_SITE_KEY', '{v}');")
    f.p("civicrm-site-key", "if (!defined('CIVICRM_CRED_KEYS')) define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:{v}');", k.b64bytes(32))
    f.n("placeholder", "// define('CIVICRM_MAIL_SMARTY', 0);", "")
    f.p("stripe-live-secret-key", "$civicrm_setting['domain']['stripe_secret'] = '{v}';")
    f.n("publishable-key", "$civicrm_setting['domain']['stripe_public'] = 'pk_" + "live_{v}';", k.s(ALNUM, 99))

    f = c.f("scripts/pco_sync.pl", "code-perl")
    f.l("#!/usr/bin/perl", "use strict;", "use LWP::UserAgent;", "")
    f.n("public-identifier", "my $app_id = '{v}';", k.hexs(64))
    f.p("planning-center-secret", "my $secret = '{v}';")
    f.l("my $ua = LWP::UserAgent->new;", "$ua->credentials('api.planningcenteronline.com:443', 'API', $app_id, $secret);")
    f.p("generic-api-key", "my $mc_key = '{v}';")

    f = c.f("blackbaud/sky_client.py", "code-python")
    f.l("import requests", "")
    f.p("blackbaud-subscription-key", 'HEADERS = {"Bb-Api-Subscription-Key": "{v}"}')
    f.p("generic-secret", "CLIENT_SECRET = '{v}'")
    f.n("uuid-identifier", "APP_ID = '{v}'", k.uuid4())
    f.p("twilio-auth-token", "TWILIO_AUTH_TOKEN = '{v}'")
    f.n("public-identifier", "TWILIO_ACCOUNT_SID = 'AC{v}'", k.hexs(32))

    f = c.f(".env", "dotenv")
    f.p("sendgrid-api-key", "SENDGRID_API_KEY={v}")
    f.p("stripe-restricted-key", "STRIPE_DONATIONS_KEY={v}")
    f.p("github-fine-grained-pat", "COMPOSER_AUTH_GITHUB={v}")
    f.p("slack-bot-token", "SLACK_BOT_TOKEN={v}")
    f.n("password-policy-setting", "SESSION_LIFETIME=120", "")

    f = c.f("auth.json", "json")
    f.l("{", '  "github-oauth": {')
    f.p("github-oauth-token", '    "github.com": "{v}"')
    f.l("  },", '  "http-basic": {', '    "civicrm.org": {', '      "username": "corp-nonprofit",')
    f.p("generic-" + PW, '      "password": "{v}"')
    f.l("    }", "  }", "}")


def civic_open_data(c, k):
    f = c.f("ckan/ckan.ini", "ini")
    f.l("[app:main]", "use = egg:ckan", "ckan.site_url = https://data.city.example")
    f.p("postgres-url", "sqlalchemy.url = {v}")
    f.p("generic-secret", "beaker.session.secret = {v}")
    f.p("jwt-signing-secret", "api_token.jwt.encode.secret = string:{v}")
    f.n("template-reference", "ckan.datastore.write_url = %(DATASTORE_WRITE_URL)s", "%(DATASTORE_WRITE_URL)s")
    f.p("smtp-" + PW, "smtp.password = {v}")
    f.l("smtp.user = opendata@city.example", "ckan.plugins = datastore xloader dcat")

    f = c.f("ckan/harvest.sh", "shell-script")
    f.p("ckan-api-token", 'CKAN_TOKEN="{v}"')
    f.l('ckanapi action harvest_source_list -r https://data.city.example -a "$CKAN_TOKEN"')

    f = c.f("decidim/config/secrets.yml", "yaml-config")
    f.l("default: &default", "  omniauth:", "    facebook:", "      enabled: false", "  maps:", "    provider: here")
    f.p("generic-api-key", "    api_key: {v}")
    f.l("production:", "  <<: *default")
    f.p("rails-secret-key-base", "  secret_key_base: {v}")
    f.n("template-reference", '  smtp_password: <%= ENV["SMTP_PASSWORD"] %>', '<%= ENV["SMTP_PASSWORD"] %>')

    f = c.f("decidim/config/initializers/storage.rb", "code-ruby")
    f.l("Rails.application.configure do")
    f.p("aws-access-key-id", "  config.x.s3_access_key = '{v}'")
    f.p("aws-secret-access-key", "  config.x.s3_secret = '{v}'")
    f.n("env-reference", "  config.x.bucket = ENV.fetch('S3_BUCKET', 'decidim-prod')", "ENV.fetch('S3_BUCKET', 'decidim-prod')")
    f.l("end")

    f = c.f("deploy/nginx/opendata.conf", "conf-file")
    f.l("server {", "  listen 443 ssl;", "  server_name data.city.example;", "  location /internal/ {")
    f.p("basic-auth-header", '    proxy_set_header Authorization "Basic {v}";')
    f.l("    proxy_pass http://127.0.0.1:5000;", "  }", "  location /datapusher/ {")
    f.p("generic-api-key", "    proxy_set_header X-Api-Key {v};")
    f.l("  }", "}")

    f = c.f("deploy/pgbouncer/userlist.txt", "credential-file")
    f.p("db-" + PW, '"ckan_default" "{v}"', k.alnum_password())
    f.p("db-" + PW, '"decidim" "{v}"', k.alnum_password())
    f.n("hash-named-like-secret", '"datastore_ro" "SCRAM-SHA-256${v}"', "4096:" + k.b64bytes(16) + "$" + k.b64bytes(32) + ":" + k.b64bytes(32))

    f = c.f("deploy/haproxy.cfg", "conf-file")
    f.l("listen stats", "  bind :8404", "  stats enable")
    f.p("generic-" + PW, "  stats auth admin:{v}", k.alnum_password())
    f.n("hash-named-like-secret", "  # userlist ops: user ops password $5${v}", k.s(ALNUM, 43))


def bioinformatics(c, k):
    f = c.f("galaxy/config/galaxy.yml", "yaml-config")
    f.l("gravity:", "  galaxy_root: /srv/galaxy/server", "galaxy:")
    f.p("postgres-url", "  database_connection: {v}")
    f.p("galaxy-api-key", "  master_api_key: {v}")
    f.p("encryption-key-hex", "  id_secret: {v}")
    f.n("password-policy-setting", "  password_expiration_period: 90", "")
    f.n("secret-name-only", "  # bootstrap_admin_api_key: set in vault", "")

    f = c.f("pipelines/Snakefile.config.yaml", "yaml-config")
    f.l("samples: samples.tsv", "ncbi:", "  email: bioinfo@corp.example")
    f.p("ncbi-api-key", "  api_key: {v}")
    f.l("basespace:", "  api_server: https://api.euc1.sh.basespace.illumina.com")
    f.p("basespace-access-token", "  access_token: {v}")
    f.l("s3:")
    f.p("aws-access-key-id", "  key_id: {v}")
    f.p("aws-secret-access-key", "  secret: {v}")

    f = c.f("analysis/R/fetch_sequences.R", "code-r")
    f.l("library(rentrez)")
    f.p("ncbi-api-key", 'set_entrez_key("{v}")')
    f.p("openai-project-key", 'Sys.setenv(OPENAI_API_KEY = "{v}")')
    f.n("env-reference", 'bs <- Sys.getenv("BASESPACE_TOKEN")', 'Sys.getenv("BASESPACE_TOKEN")')

    f = c.f("analysis/julia/benchling.jl", "code-julia")
    f.l("using HTTP, JSON3", "")
    f.p("benchling-api-key", 'const BENCHLING_KEY = "{v}"')
    f.l('const TENANT = "https://corp.benchling.com"')
    f.p("huggingface-token", 'hf = "{v}"')

    f = c.f("notebooks/protein_embeddings.ipynb", "notebook")
    f.l("{", ' "cells": [', "  {", '   "cell_type": "code",', '   "execution_count": 2,', '   "metadata": {},', '   "outputs": [', "    {",
        '     "output_type": "stream", "name": "stdout",')
    f.p("huggingface-token", '     "text": ["Token is valid (permission: write). Your token: {v}\\n"]')
    f.l("    }", "   ],", '   "source": [')
    f.p("huggingface-token", '    "login(token=\\"{v}\\")\\n",')
    f.p("google-api-key", '    "genai.configure(api_key=\'{v}\')\\n",')
    f.l('    "model = AutoModel.from_pretrained(\\"facebook/esm2_t33_650M_UR50D\\")"', "   ]", "  }", " ],", ' "metadata": {},', ' "nbformat": 4,', ' "nbformat_minor": 5', "}")

    f = c.f("environment.yml", "yaml-config")
    f.l("name: bio", "channels: [conda-forge, bioconda]", "dependencies:", "  - python=3.12", "  - pip:")
    f.p("url-basic-auth", "    - --extra-index-url {v}", "https://__token__:" + k.alnum_password() + "@pypi.bio.corp.example/simple")
    f.n("hash-named-like-secret", "    - biopython==1.84 --hash=sha256:{v}", k.hexs(64))


def ota_fleet(c, k):
    f = c.f("mender/mender.conf", "json")
    f.l("{", '  "ServerURL": "https://hosted.mender.io",')
    f.p("mender-tenant-token", '  "TenantToken": "{v}",')
    f.l('  "UpdatePollIntervalSeconds": 1800', "}")

    f = c.f("balena/.balenarc.yml", "yaml-config")
    f.l("balenaUrl: balena-cloud.com")
    f.p("balena-api-key", "apiKey: {v}")

    f = c.f("balena/docker-compose.yml", "yaml-compose")
    f.l("version: '2.1'", "services:", "  agent:", "    build: ./agent", "    environment:")
    f.p("hawkbit-gateway-token", "      HAWKBIT_GATEWAY_TOKEN: {v}")
    f.p("github-classic-pat", "      GH_RELEASES_TOKEN: {v}")
    f.n("env-reference", "      BALENA_DEVICE_UUID: ${BALENA_DEVICE_UUID}", "${BALENA_DEVICE_UUID}")

    f = c.f("agent/Dockerfile", "dockerfile")
    f.l("FROM balenalib/raspberrypi4-64-debian-python:3.11")
    f.p("npm-access-token", "ARG NPM_TOKEN={v}")
    f.p("pypi-api-token", "ENV PIP_INDEX_URL=https://__token__:{v}@upload.pypi.org/simple")
    f.p("vault-batch-token", "ENV VAULT_TOKEN={v}")
    f.n("env-reference", "ARG GITHUB_TOKEN", "")
    f.l("COPY . /app", 'CMD ["python", "/app/agent.py"]')

    f = c.f("agent/src/hawkbit.rs", "code-rust")
    f.l("pub struct Hawkbit { base: String, token: String }", "")
    f.p("hawkbit-gateway-token", 'const GATEWAY_TOKEN: &str = "{v}";')
    f.p("tailscale-api-key", 'const TS_API: &str = "{v}";')

    f = c.f("agent/config.toml", "toml")
    f.l("[device]", 'fleet = "retail-eu"', "", "[upload]")
    f.p("digitalocean-refresh-token", 'do_refresh = "{v}"')
    f.p("postman-api-key", 'postman_key = "{v}"')
    f.p("gitlab-pat", 'registry_token = "{v}"')
    f.n("hash-named-like-secret", 'image_digest = "sha256:{v}"', k.hexs(64))

    f = c.f("keys/device-signing.key", "pem-file")
    f.p("ec-private-key", "{v}")
    f = c.f("keys/artifact-signing.pem", "pem-file")
    f.p("rsa-private-key", "{v}")
    f = c.f("keys/artifact-signing.pub", "pem-file")
    f.n("public-key", "-----BEGIN PUBLIC" + " KEY-----\n{v}\n-----END PUBLIC KEY-----", k.b64bytes(48))
    f = c.f("keys/ci-deploy.ppk", "pem-file")
    f.p("putty-private-key", "{v}")
    f = c.f("keys/jwks-private.json", "json")
    f.p("jwk-private-key", '{"keys": [{v}]}', json.dumps(k.jwk_rsa("ota-2026"), separators=(",", ":")))
    f = c.f("keys/client.p12.b64", "pem-file")
    f.p("pkcs12-base64", "{v}")

    f = c.f("Makefile", "makefile")
    f.l("DEVICE_TYPE ?= raspberrypi4-64")
    f.p("balena-api-key", "BALENA_TOKEN ?= {v}")
    f.p("tailscale-oauth-client-secret", "TS_OAUTH_SECRET := {v}")
    f.l("", "push:", "\tbalena push retail-eu --source .")


# ------------------------------------------------------------------ an incident-notes repository, and bulk negatives
def incident_notes(c, k):
    f = c.f("2026-11-credential-exposure/TIMELINE.md", "markdown")
    f.l("# Credential exposure, Nov 2026", "", "Found by the weekly sweep in `corp/legacy-deploy` (public for 41 minutes).", "",
        "| found in | credential | status |", "|---|---|---|")
    rows = [("ci.yml", "github-classic-pat"), ("settings.py", "aws-access-key-id"), ("notify.js", "slack-bot-token"),
            ("billing.rb", "stripe-live-secret-key"), ("ai.py", "openai-project-key"), ("ai.py", "anthropic-api-key"),
            ("deploy.sh", "digitalocean-pat"), ("vault.hcl", "vault-service-token"), ("mail.php", "sendgrid-api-key"),
            ("hooks.json", "slack-webhook-url")]
    for path, kind in rows:
        f.p(kind, f"| `{path}` | `{{v}}` | revoked |")
    f.l("", "Redacted copies for the ticket:", "")
    for kind, red in (("github-classic-pat", "gh" + "p_****************************1a2B"), ("aws-access-key-id", "AK" + "IA************WXYZ"),
                      ("openai-project-key", "sk-" + "proj-...redacted...")):
        f.n("redacted-value", f"- {kind}: `{{v}}`", red)

    f = c.f("2026-11-credential-exposure/evidence/legacy-ci.yml", "yaml-ci")
    f.l("stages: [build, deploy]", "variables:")
    f.p("github-classic-pat", "  GH_TOKEN: {v}")
    f.p("aws-access-key-id", "  AWS_ACCESS_KEY_ID: {v}")
    f.p("aws-secret-access-key", "  AWS_SECRET_ACCESS_KEY: {v}")
    f.p("doppler-personal-token", "  DOPPLER_TOKEN: {v}")
    f.n("ci-secret-reference", "  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD", "$CI_REGISTRY_PASSWORD")
    f.l("deploy:", "  stage: deploy", "  script:")
    f.p("digitalocean-pat", "    - doctl auth init -t {v}")
    f.p("anthropic-admin-key", '    - curl -H "x-api-key: {v}" https://api.anthropic.com/v1/organizations/usage_report/messages')

    f = c.f("2026-11-credential-exposure/evidence/curl-history.txt", "shell-history")
    f.p("stripe-restricted-key", "curl https://api.stripe.com/v1/charges -u {v}:")
    f.p("sendgrid-api-key", "curl -X POST https://api.sendgrid.com/v3/mail/send -H 'Authorization: Bearer {v}' -d @mail.json")
    f.p("slack-user-token", "curl -s 'https://slack.com/api/conversations.list?token={v}&limit=200'")
    f.p("aws-sts-access-key-id", "AWS_ACCESS_KEY_ID={v} aws s3 ls s3://corp-legacy-backups")
    f.p("tailscale-api-key", "curl -u '{v}:' https://api.tailscale.com/api/v2/tailnet/-/devices")
    f.p("gitlab-pat", "curl --header 'PRIVATE-TOKEN: {v}' https://gitlab.corp.example/api/v4/projects")
    f.p("github-refresh-token", "gh api -H 'Authorization: token {v}' /user")
    f.p("shopify-custom-app-token", "curl -H 'X-Shopify-Access-Token: {v}' https://corp-shop.myshopify.com/admin/api/2024-10/shop.json")
    f.p("shopify-app-secret", "export SHOPIFY_API_SECRET={v}")
    f.p("typeform-pat", "curl -H 'Authorization: bearer {v}' https://api.typeform.com/forms")
    f.p("deepl-free-api-key", "curl -X POST https://api-free.deepl.com/v2/translate -H 'Authorization: DeepL-Auth-Key {v}' -d text=Hello -d target_lang=DE")
    f.p("vault-service-token", "vault login {v}")
    f.p("npm-access-token", "npm config set //registry.npmjs.org/:_authToken {v}")
    f.p("harness-pat", "curl -H 'x-api-key: {v}' https://app.harness.io/ng/api/user/currentUser")
    f.p("doppler-service-token", "doppler run --token {v} -- ./server")
    f.p("prefect-api-key", "prefect cloud login --key {v} --workspace acme/data")

    f = c.f("2026-11-credential-exposure/evidence/settings.py", "code-python")
    f.l("# copy of the exposed file (keys revoked 2026-11-19)")
    f.p("aws-access-key-id", "AWS_ACCESS_KEY_ID = '{v}'")
    f.p("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY = '{v}'")
    f.p("google-api-key", "GOOGLE_API_KEY = '{v}'")
    f.p("groq-api-key", "GROQ = '{v}'")
    f.p("replicate-api-token", "REPLICATE = '{v}'")
    f.p("sentry-org-token", "SENTRY_AUTH_TOKEN = '{v}'")
    f.p("calcom-api-key", "CALCOM_KEY = '{v}'")
    f.p("samsara-api-token", "SAMSARA = '{v}'")
    f.p("octopus-api-key", "OCTOPUS_API_KEY = '{v}'")
    f.p("databricks-pat", "DATABRICKS_TOKEN = '{v}'")
    f.p("postman-api-key", "POSTMAN_API_KEY = '{v}'")
    f.p("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET = '{v}'")
    f.p("shopify-admin-token", "SHOPIFY_TOKEN = '{v}'")
    f.p("grafana-service-account-token", "GRAFANA_TOKEN = '{v}'")
    f.p("jwt", "SERVICE_JWT = '{v}'")
    f.p("amqp-url", "BROKER_URL = '{v}'")
    f.p("redis-url", "CACHE_URL = '{v}'")
    f.p("mongodb-url", "MONGO_URI = '{v}'")

    f = c.f("2026-11-credential-exposure/evidence/gcp-ci-sa.json", "json")
    sa = k.gcp_sa("corp-legacy-ci", "deployer")
    f.l("{")
    items = list(sa.items())
    for i, (key, val) in enumerate(items):
        line = "  " + json.dumps(key) + ": " + json.dumps(val) + ("," if i < len(items) - 1 else "")
        if key == "private_key":
            f.p("gcp-service-account-key", '  "private_key": "{v}",', json.dumps(val)[1:-1])
        elif key == "private_key_id":
            f.n("hash-named-like-secret", line.replace(val, "{v}"), val)
        else:
            f.l(line)
    f.l("}")
    f = c.f("2026-11-credential-exposure/evidence/id_rsa", "pem-file")
    f.p("rsa-private-key", "{v}")
    f = c.f("2026-11-credential-exposure/evidence/tls.key", "pem-file")
    f.p("pkcs8-private-key", "{v}")
    f = c.f("2026-11-credential-exposure/evidence/tls.crt", "pem-file")
    f.n("certificate", "-----BEGIN CERT" + "IFICATE-----\n{v}\n-----END CERTIFICATE-----", k.b64bytes(48))

    f = c.f("playbooks/rotation.adoc", "asciidoc")
    f.l("= Rotation playbook", "", "Vendor sample keys that must NOT be reported as leaks:", "")
    f.n("vendor-example-key", "* AWS docs access key id: `{v}`", aws_example_id())
    f.n("vendor-example-key", "* AWS docs secret: `{v}`", aws_example_secret())
    f.n("vendor-example-key", "* jwt.io sample: `{v}`", jwtio_example())
    f.n("vendor-example-key", "* Stripe docs test key: `{v}`", stripe_doc_test_key())
    f.l("", "Shapes to grep for (placeholders):", "")
    for ph in ("gh" + "p_" + "X" * 36, "AK" + "IA" + "X" * 16, "xo" + "xb-" + "000000000000-0000000000000-" + "x" * 24, "sk_" + "live_" + "." * 24,
               "gl" + "pat-" + "x" * 20, "hv" + "s." + "X" * 24):
        f.n("placeholder", "* `{v}`", ph)


def bulk_negatives(c, k):
    # .env templates, k8s references, SOPS, ansible-vault, docs with placeholders: what sweeps wade through
    f = c.f(".env.example", "dotenv")
    names = ["DATABASE_URL", "REDIS_URL", "STRIPE_SECRET_KEY", "SENDGRID_API_KEY", "SLACK_BOT_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY",
             "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SAMSARA_API_TOKEN", "TYPEFORM_TOKEN", "DEEPL_AUTH_KEY", "CROWDIN_TOKEN", "QBO_CLIENT_SECRET",
             "XERO_CLIENT_SECRET", "DOCUSIGN_SECRET_KEY", "SHODAN_API_KEY", "VT_API_KEY", "MISP_KEY", "INFLUX_TOKEN", "HF_TOKEN", "GROQ_API_KEY",
             "MENDER_TENANT_TOKEN", "BALENA_API_KEY", "PREFECT_API_KEY"]
    vals = ["", "changeme", "your-key-here", "<REPLACE_ME>", "xxxxxxxx", "TODO", "${SECRET}", "dummy", "example", "null"]
    for i, n in enumerate(names):
        v = vals[i % len(vals)]
        if v:
            f.n("placeholder", n + "=" + v, v)
        else:
            f.n("secret-name-only", n + "=", "")

    f = c.f("k8s/deployment.yaml", "yaml-k8s")
    f.l("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: api", "spec:", "  template:", "    spec:", "      containers:", "      - name: api", "        env:")
    for n, key in (("DATABASE_URL", "url"), ("STRIPE_SECRET_KEY", "stripe"), ("OPENAI_API_KEY", "openai"), ("SLACK_BOT_TOKEN", "slack"),
                   ("SENDGRID_API_KEY", "sendgrid"), ("GITHUB_TOKEN", "github"), ("VAULT_TOKEN", "vault"), ("SAMSARA_API_TOKEN", "samsara")):
        f.l(f"        - name: {n}", "          valueFrom:", "            secretKeyRef:", "              name: api-secrets")
        f.n("secret-name-only", f"              key: {key}", "")
    f.l("        - name: JWT_ALGORITHM")
    f.n("password-policy-setting", "          value: RS256", "")
    f.l("        - name: AUTH_SCHEME")
    f.n("password-policy-setting", "          value: Bearer", "")

    f = c.f("secrets.enc.yaml", "yaml-config")
    for n in ("db_password", "stripe_key", "slack_token", "openai_key", "aws_secret", "smtp_password", "jwt_secret", "github_token"):
        f.n("encrypted-value", f"{n}: ENC[AES256_GCM,data:{{v}},iv:" + k.b64bytes(32) + ",tag:" + k.b64bytes(16) + ",type:str]", k.b64bytes(24))
    f.l("sops:", "    kms: []", "    age:", "        - recipient: age1" + k.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
    f.n("hash-named-like-secret", "    mac: ENC[AES256_GCM,data:{v},type:str]", k.b64bytes(48))
    f.l("    version: 3.9.1")

    f = c.f("group_vars/all/vault.yml", "yaml-config")
    f.l("$ANSIBLE_VAULT;1.1;AES256")
    body = k.hexs(64 * 12)
    for i in range(0, len(body), 80):
        if i == 0:
            f.n("encrypted-value", "{v}", body[i:i + 80])
        else:
            f.l(body[i:i + 80])

    f = c.f("group_vars/all/main.yml", "yaml-config")
    f.n("env-reference", "db_password: \"{{ vault_db_password }}\"", "{{ vault_db_password }}")
    f.n("env-reference", "stripe_key: \"{{ lookup('env', 'STRIPE_SECRET_KEY') }}\"", "{{ lookup('env', 'STRIPE_SECRET_KEY') }}")
    f.n("secret-manager-reference", "aws_secret: \"{{ lookup('amazon.aws.aws_secret', 'prod/api/aws') }}\"", "{{ lookup('amazon.aws.aws_secret', 'prod/api/aws') }}")
    f.n("secret-manager-reference", "openai_key: op://Platform/openai/credential", "op://Platform/openai/credential")
    f.n("secret-manager-reference", "github_token: vault:secret/data/ci/github#token", "vault:secret/data/ci/github#token")
    f.n("password-policy-setting", "password_min_length: 12", "")
    f.n("password-policy-setting", "password_max_age_days: 90", "")
    f.n("password-policy-setting", "token_ttl: 3600", "")
    f.n("password-policy-setting", "api_key_header: X-Api-Key", "")

    f = c.f("CHANGELOG.md", "markdown")
    f.l("# Changelog", "")
    for i in range(8):
        f.n("commit-sha", f"- {{v}} rotate credentials for service {i} (no secrets in this repo)", k.hexs(40))

    f = c.f("docs/publishable-keys.md", "markdown")
    f.l("# Client-side keys (public by design)", "")
    f.n("publishable-key", "- Stripe publishable: `pk_" + "live_{v}`", k.s(ALNUM, 99))
    f.n("publishable-key", "- Google OAuth client id: `{v}.apps.googleusercontent.com`", k.s(DIG, 12) + "-" + k.s(LOW + DIG, 32))
    f.n("publishable-key", "- reCAPTCHA site key: `6L{v}`", k.s(ALNUM + "-_", 38))
    f.n("publishable-key", "- Algolia search-only key: `{v}`", k.hexs(32))
    f.n("public-identifier", "- Sentry DSN: `https://{v}@o45.ingest.sentry.io/77`", k.hexs(32))
    f.n("public-identifier", "- PostHog project key: `phc_{v}`", k.s(ALNUM, 43))
    f.n("uuid-identifier", "- Azure tenant: `{v}`", k.uuid4())
    f.n("uuid-identifier", "- Subscription: `{v}`", k.uuid4())
    f.n("public-identifier", "- AWS account: `{v}`", k.s(DIG, 12))
    f.n("public-identifier", "- role: `arn:aws:iam::{v}:role/ci-deploy`", k.s(DIG, 12))

    f = c.f("authorized_keys", "credential-file")
    for who in ("ops@laptop", "ci@runner", "backup@nas", "jane@corp"):
        f.n("public-key", "ssh-ed25519 {v} " + who, k.b64bytes(51, pad=False))

    f = c.f("web/index.html", "html")
    f.l("<!doctype html>", "<html><head>")
    for lib in ("react", "react-dom", "chart.js"):
        f.n("lockfile-integrity", f'<script src="https://cdn.jsdelivr.net/npm/{lib}/umd/{lib}.min.js" integrity="sha384-{{v}}" crossorigin="anonymous"></script>', k.b64bytes(48))
    f.n("base64-image", '<link rel="icon" href="data:image/png;base64,{v}">', k.b64bytes(90))
    f.n("publishable-key", '<script>window.STRIPE_PK = "pk_' + 'live_{v}";</script>', k.s(ALNUM, 99))
    f.l("</head><body><div id=root></div></body></html>")

    f = c.f("tests/test_config.py", "code-python")
    f.l("import pytest", "")
    f.n("fake-fixture", 'FAKE_TOKEN = "{v}"', "test-token-0000000000000000")
    f.n("fake-fixture", 'DUMMY_PASSWORD = "{v}"', "hunter2-for-tests")
    f.n("placeholder", 'API_KEY = "{v}"', "<api-key>")
    f.n("function-call-value", "password = getpass.getpass('DB password: ')", "getpass.getpass('DB password: ')")
    f.n("function-call-value", "api_key = settings.OPENAI_API_KEY", "settings.OPENAI_API_KEY")
    f.n("function-call-value", "token = request.headers.get('Authorization')", "request.headers.get('Authorization')")
    f.n("function-call-value", "secret = vault_client.read('secret/data/api')['data']", "vault_client.read('secret/data/api')")

    f = c.f("terraform/.terraform.lock.hcl", "lockfile")
    for prov in ("hashicorp/aws", "hashicorp/random", "cloudflare/cloudflare"):
        f.l(f'provider "registry.terraform.io/{prov}" {{', '  version = "5.' + str(k.r.randrange(80)) + '.0"', "  hashes = [")
        for _ in range(3):
            f.n("lockfile-integrity", '    "h1:{v}",', k.b64bytes(32))
        f.n("lockfile-integrity", '    "zh:{v}",', k.hexs(64))
        f.l("  ]", "}")

    f = c.f("terraform/variables.tf", "hcl")
    for n in ("db_password", "stripe_secret_key", "slack_token", "openai_api_key"):
        f.l(f'variable "{n}" {{', "  type      = string", "  sensitive = true")
        f.n("secret-name-only", '  description = "set via TF_VAR_' + n + '"', "")
        f.l("}")
    f.n("env-reference", 'password = var.db_password', "var.db_password")
    f.n("secret-manager-reference", 'secret_string = data.aws_secretsmanager_secret_version.api.secret_string', "data.aws_secretsmanager_secret_version.api.secret_string")

    f = c.f("code/refs.go", "code-go")
    f.l("package refs", "", 'import "os"', "", "var (")
    f.n("env-reference", '\tdbPass = os.Getenv("DB_PASSWORD")', 'os.Getenv("DB_PASSWORD")')
    f.n("env-reference", '\tghTok  = os.Getenv("GITHUB_TOKEN")', 'os.Getenv("GITHUB_TOKEN")')
    f.l(")")
    f = c.f("code/refs.js", "code-js")
    f.n("env-reference", "const stripeKey = process.env.STRIPE_SECRET_KEY;", "process.env.STRIPE_SECRET_KEY")
    f.n("env-reference", "const { OPENAI_API_KEY: openaiKey } = process.env;", "process.env")
    f.n("placeholder", "const token = '<YOUR_TOKEN>';", "<YOUR_TOKEN>")
    f.n("redacted-value", "const apiKey = '********';", "********")
    f = c.f("code/Refs.java", "code-java")
    f.l("class Refs {")
    f.n("env-reference", '  String pw = System.getenv("DB_PASSWORD");', 'System.getenv("DB_PASSWORD")')
    f.n("env-reference", '  @Value("${stripe.secret-key}") String stripeKey;', "${stripe.secret-key}")
    f.l("}")
    f = c.f("code/Refs.cs", "code-csharp")
    f.n("env-reference", 'var secret = configuration["AzureAd:ClientSecret"];', 'configuration["AzureAd:ClientSecret"]')
    f.n("env-reference", 'var pw = Environment.GetEnvironmentVariable("SQL_PASSWORD");', 'Environment.GetEnvironmentVariable("SQL_PASSWORD")')
    f = c.f("code/refs.rb", "code-ruby")
    f.n("env-reference", "Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY')", "ENV.fetch('STRIPE_SECRET_KEY')")
    f.n("env-reference", "token = Rails.application.credentials.dig(:slack, :token)", "Rails.application.credentials.dig(:slack, :token)")
    f = c.f("code/refs.php", "code-php")
    f.n("env-reference", "$key = $_ENV['SENDGRID_API_KEY'];", "$_ENV['SENDGRID_API_KEY']")
    f.n("env-reference", "$pw = config('database.connections.mysql.password');", "config('database.connections.mysql.password')")
    f = c.f("code/refs.rs", "code-rust")
    f.n("env-reference", 'let token = std::env::var("HF_TOKEN")?;', 'std::env::var("HF_TOKEN")')
    f = c.f("code/refs.kt", "code-kotlin")
    f.n("env-reference", 'val key = System.getenv("ANTHROPIC_API_KEY")', 'System.getenv("ANTHROPIC_API_KEY")')
    f = c.f("code/refs.swift", "code-swift")
    f.n("env-reference", 'let key = ProcessInfo.processInfo.environment["OPENAI_API_KEY"]', 'ProcessInfo.processInfo.environment["OPENAI_API_KEY"]')
    f = c.f("code/refs.ps1", "powershell")
    f.n("env-reference", "$token = $env:GITHUB_TOKEN", "$env:GITHUB_TOKEN")
    f.n("function-call-value", "$cred = Get-Credential -UserName svc-deploy -Message 'deploy'", "Get-Credential")
    f = c.f("code/refs.ex", "code-elixir")
    f.n("env-reference", 'config :app, api_key: System.get_env("API_KEY")', 'System.get_env("API_KEY")')
    f = c.f("code/refs.lua", "code-lua")
    f.n("env-reference", "local secret = os.getenv('WEBHOOK_SECRET')", "os.getenv('WEBHOOK_SECRET')")
    f = c.f("code/refs.R", "code-r")
    f.n("env-reference", 'key <- Sys.getenv("NCBI_API_KEY")', 'Sys.getenv("NCBI_API_KEY")')
    f = c.f("code/refs.jl", "code-julia")
    f.n("env-reference", 'token = ENV["BASESPACE_TOKEN"]', 'ENV["BASESPACE_TOKEN"]')
    f = c.f("code/refs.pl", "code-perl")
    f.n("env-reference", "my $pw = $ENV{DB_PASSWORD};", "$ENV{DB_PASSWORD}")
    f = c.f("code/refs.dart", "code-dart")
    f.n("env-reference", "final key = Platform.environment['SAMSARA_API_TOKEN'];", "Platform.environment['SAMSARA_API_TOKEN']")
    f = c.f("code/refs.scala", "code-scala")
    f.n("env-reference", 'val secret = sys.env("XERO_CLIENT_SECRET")', 'sys.env("XERO_CLIENT_SECRET")')
    f = c.f("code/refs.groovy", "code-groovy")
    f.n("ci-secret-reference", "withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'U', passwordVariable: 'P')]) { sh 'mvn deploy' }", "credentialsId: 'nexus'")
    f = c.f("code/refs.c", "code-c")
    f.n("env-reference", 'const char *pw = getenv("MQTT_PASSWORD");', 'getenv("MQTT_PASSWORD")')
    f = c.f("code/refs.cpp", "code-cpp")
    f.n("env-reference", 'std::string token = std::getenv("INFLUX_TOKEN");', 'std::getenv("INFLUX_TOKEN")')
    f = c.f(".github/workflows/deploy.yml", "yaml-ci")
    f.l("name: deploy", "on: push", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:")
    for n in ("AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "DOCKERHUB_TOKEN", "SLACK_WEBHOOK", "NPM_TOKEN"):
        f.n("ci-secret-reference", f"      {n}: ${{{{ secrets.{n} }}}}", f"${{{{ secrets.{n} }}}}")
    f.l("    steps:", "      - uses: actions/checkout@v4")
    f.n("commit-sha", "      - uses: aws-actions/configure-aws-credentials@{v}", k.hexs(40))
    f.n("ci-secret-reference", "      - run: echo \"${{ secrets.GITHUB_TOKEN }}\" | docker login ghcr.io -u $GITHUB_ACTOR --password-stdin", "${{ secrets.GITHUB_TOKEN }}")


REPOS = [("rare-stack-servers", rare_stacks), ("office-devices", office_devices), ("nonprofit-crm", nonprofit_crm),
         ("civic-open-data", civic_open_data), ("bioinformatics", bioinformatics), ("ota-embedded-fleet", ota_fleet),
         ("incident-response-notes", incident_notes), ("platform-templates", bulk_negatives)]
