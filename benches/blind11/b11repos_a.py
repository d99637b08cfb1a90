"""Repositories 1-8: commerce, CRM, marketing, payments, fintech, telephony."""
import json

from b11neg import (PLACEHOLDERS, aws_doc_key_id, aws_doc_secret, stripe_doc_test_key, mollie_doc_test_key,
                    jwt_io_sample, twilio_doc_sid)


def opencart(C, g):
    R = "opencart-store"
    pw = g.password("mixed")
    f = C.file(R, "upload/config.php", "code-php")
    f.t("""
    <?php
    // HTTP
    define('HTTP_SERVER', 'https://shop.lindqvist-outdoor.se/');
    // DIR
    define('DIR_APPLICATION', '/var/www/opencart/catalog/');
    define('DIR_STORAGE', '/var/www/storage/');
    // DB
    define('DB_DRIVER', 'mysqli');
    define('DB_HOSTNAME', 'db-01.internal');
    define('DB_USERNAME', 'oc_shop');""")
    f.p("define('DB_PASSWORD', '{v}');", pw, "db-password")
    f.t("""
    define('DB_DATABASE', 'opencart');
    define('DB_PORT', '3306');
    define('DB_PREFIX', 'oc_');""")
    f = C.file(R, "upload/admin/config.php", "code-php")
    f.t("""
    <?php
    define('HTTP_SERVER', 'https://shop.lindqvist-outdoor.se/admin/');
    define('DB_DRIVER', 'mysqli');
    define('DB_HOSTNAME', 'db-01.internal');
    define('DB_USERNAME', 'oc_shop');""")
    f.p('define("DB_PASSWORD", "{v}");', pw, "db-password")
    f.t("define('DB_DATABASE', 'opencart');")
    f.n("define('OPENCART_SERVER', '{v}');", "https://www.opencart.com/", "public-url")

    f = C.file(R, "install/opencart-settings.sql", "sql")
    f.t("""
    -- exported from production 2026-10-02 for staging refresh
    INSERT INTO `oc_setting` (`store_id`, `code`, `key`, `value`, `serialized`) VALUES
    (0, 'config', 'config_name', 'Lindqvist Outdoor', 0),
    (0, 'config', 'config_email', 'order@lindqvist-outdoor.se', 0),""")
    f.p("(0, 'config', 'config_mail_smtp_password', '{v}', 0),", g.password(), "smtp-password")
    f.p("(0, 'payment_stripe', 'payment_stripe_live_secret_key', '{v}', 0),", g.stripe("sk"), "stripe-live-secret-key")
    f.n("(0, 'payment_stripe', 'payment_stripe_live_public_key', '{v}', 0),", "pk_" + "live_" + g.mixed(24), "publishable-key")
    f.p("(0, 'payment_stripe', 'payment_stripe_webhook_secret', '{v}', 0),", g.stripe_whsec(), "stripe-webhook-secret")
    f.p("(0, 'payment_pp_express', 'payment_pp_express_client_secret', '{v}', 0),", "E" + g.s(79, g_b64url()), "paypal-client-secret")
    f.p("(0, 'module_mailchimp', 'module_mailchimp_api_key', '{v}', 0),", g.mailchimp(), "mailchimp-api-key")
    f.n("(0, 'config', 'config_password_length', '{v}', 0),", "12", "password-policy")
    f.n("(0, 'config', 'config_encryption', '{v}', 0),", g.hexs(32), "hash-named-secret")
    f.t("(0, 'config', 'config_currency', 'SEK', 0);")
    f.t("""
    INSERT INTO `oc_user` (`user_id`, `username`, `password`, `email`, `status`) VALUES""")
    f.n("(1, 'admin', '{v}', 'it@lindqvist-outdoor.se', 1);", "$2y$10$" + g.s(53, "./" + g_alnum()), "password-hash")

    f = C.file(R, "docker-compose.yml", "yaml-compose")
    f.t("""
    services:
      db:
        image: mariadb:10.11
        environment:""")
    f.p("      MYSQL_ROOT_PASSWORD: {v}", g.password("mixed"), "db-password")
    f.t("      MYSQL_USER: oc_shop")
    f.n("      MYSQL_PASSWORD: {v}", "${OC_DB_PASSWORD}", "env-reference")
    f.t("""
      web:
        image: lindqvist/opencart:4.0.2.3
        ports: ["8080:80"]
        environment:
          - OC_DB_HOST=db""")
    f.n("      - OC_DB_PASSWORD={v}", "${OC_DB_PASSWORD:?set in .env}", "env-reference")

    f = C.file(R, "README.md", "markdown")
    f.t("""
    # Lindqvist Outdoor webshop (OpenCart 4)

    | environment | admin URL | login |
    |---|---|---|""")
    f.p("| staging | https://staging.lindqvist-outdoor.se/admin | `shopadmin` / `{v}` |", g.password("word"), "generic-password")
    f.n("| local | http://localhost:8080/admin | `admin` / `{v}` |", "admin", "placeholder")
    f.t("""

    After importing `install/opencart-settings.sql` on staging, replace the Stripe keys with the
    test keys from the Stripe dashboard:
    """)
    f.n("    payment_stripe_test_secret_key = {v}", stripe_doc_test_key(), "vendor-example-key")

    f = C.file(R, "composer.lock", "lockfile")
    f.t("""
    {
        "packages": [
            {
                "name": "scssphp/scssphp",
                "version": "v1.12.1",
                "source": {
                    "type": "git",""")
    f.n('                "reference": "{v}"', g.hexs(40), "commit-sha")
    f.t("            },\n            \"dist\": {")
    f.n('                "shasum": "{v}"', g.hexs(40), "lockfile-integrity")
    f.t("            }\n        }\n    ]\n}")


def g_b64url():
    import string
    return string.ascii_letters + string.digits + "-_"


def g_alnum():
    import string
    return string.ascii_letters + string.digits


def saleor_medusa(C, g):
    R = "commerce-headless"
    f = C.file(R, "saleor/saleor/settings_local.py", "code-python")
    f.t("""
    # Local overrides for the production box. Loaded last from settings.py.
    import os
    from .settings import *  # noqa
    """)
    f.p('SECRET_KEY = "{v}"', g.django_key(), "django-secret-key")
    f.p('DATABASE_URL = "postgres://saleor:{v}@pg-main.internal:5432/saleor"', g.password("mixed"), "postgres-url")
    f.p("EMAIL_URL = 'smtp://apikey:{v}@smtp.sendgrid.net:587/?tls=True'", g.sendgrid(), "sendgrid-api-key")
    f.n('RSA_PRIVATE_KEY = os.environ.get("{v}")', "RSA_PRIVATE_KEY", "env-reference")
    f.n('ALLOWED_CLIENT_HOSTS = "{v}"', "shop.kettlebrook.co", "public-url")
    f.t("""
    PLUGINS_MANAGER_CONFIG = {
        "saleor.payment.gateways.adyen.plugin.AdyenGatewayPlugin": {
            "merchant-account": "KettlebrookECOM",""")
    f.p('        "api-key": "{v}",', g_adyen(g), "adyen-api-key")
    f.p('        "webhook-hmac": "{v}",', g.hexs(64, upper=True), "adyen-hmac-key")
    f.n('        "client-key": "{v}",', "live_" + g.s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "publishable-key")
    f.t("    },\n}")

    f = C.file(R, "medusa/medusa-config.js", "code-js")
    f.t("""
    const dotenv = require("dotenv");
    dotenv.config({ path: process.cwd() + "/.env." + (process.env.NODE_ENV || "development") });
    """)
    f.n('const ADMIN_CORS = process.env.ADMIN_CORS || "{v}";', "http://localhost:7000,http://localhost:7001", "public-url")
    f.p('const REDIS_URL = process.env.REDIS_URL || "redis://default:{v}@redis-main.internal:6379";', g.password("mixed"), "redis-url")
    f.t("""
    module.exports = {
      projectConfig: {""")
    f.n('    jwt_secret: process.env.JWT_SECRET || "{v}",', "supersecret", "placeholder")
    f.p('    cookie_secret: "{v}",', g.token(48), "cookie-secret")
    f.t("""    database_type: "postgres",
      },
      plugins: [
        {
          resolve: `medusa-payment-stripe`,
          options: {""")
    f.n("        api_key: process.env.{v},", "STRIPE_API_KEY", "env-reference")
    f.p('        webhook_secret: "{v}",', g.stripe_whsec(), "stripe-webhook-secret")
    f.t("      },\n    },\n  ],\n};")

    f = C.file(R, "medusa/.env.production", "dotenv")
    f.p("DATABASE_URL=postgres://medusa:{v}@pg-main.internal:5432/medusa", g.password("symbols"), "postgres-url")
    f.p("STRIPE_API_KEY={v}", g.stripe("rk"), "stripe-restricted-key")
    f.p("S3_ACCESS_KEY_ID={v}", g.aws_key_id(), "aws-access-key-id")
    f.p("S3_SECRET_ACCESS_KEY={v}", g.aws_secret(), "aws-secret-access-key")
    f.t("S3_BUCKET=kettlebrook-media\nS3_REGION=eu-north-1")
    f.p('MEILISEARCH_API_KEY="{v}"', g.token(32), "generic-api-key")
    f = C.file(R, "medusa/.env.template", "dotenv")
    for name in ["DATABASE_URL", "STRIPE_API_KEY", "S3_SECRET_ACCESS_KEY", "MEILISEARCH_API_KEY"]:
        f.n(name + "={v}", g.pick(PLACEHOLDERS[:10]), "placeholder")
    f.n("S3_ACCESS_KEY_ID={v}", aws_doc_key_id(), "vendor-example-key")

    f = C.file(R, "docker-compose.yml", "yaml-compose")
    f.t("services:\n  postgres:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: medusa")
    f.p('      POSTGRES_PASSWORD: "{v}"', g.password("mixed"), "db-password")
    f.t("  meilisearch:\n    image: getmeili/meilisearch:v1.7\n    environment:")
    f.p("      - MEILI_MASTER_KEY={v}", g.token(40), "generic-api-key")
    f.n("      - MEILI_ENV={v}", "production", "non-secret-setting")


def g_adyen(g):
    # Adyen: not looked up; API keys seen in public integrations start "AQE" and are long base64-like
    # strings. Labelled context-only because Adyen documents no key format we could confirm.
    return "AQE" + g.s(3, "abcdefghijklmnopqrstuvwxyz") + "mfx" + g.s(110, g_alnum() + "+/")


def sylius(C, g):
    R = "sylius-store"
    f = C.file(R, ".env", "dotenv")
    f.t("""
    # In all environments, the following files are loaded if they exist,
    # the latter taking precedence over the former:
    #  * .env                contains default values for the environment variables needed by the app
    #  * .env.local          uncommitted file with local overrides
    ###> symfony/framework-bundle ###
    APP_ENV=prod""")
    f.p("APP_SECRET={v}", g.hexs(32), "symfony-app-secret")
    f.t("###< symfony/framework-bundle ###\n\n###> doctrine/doctrine-bundle ###")
    f.p('DATABASE_URL="mysql://sylius:{v}@127.0.0.1:3306/sylius_prod?serverVersion=8.0"', g.password("mixed"), "mysql-url")
    f.t("###< doctrine/doctrine-bundle ###\n\n###> symfony/mailer ###")
    f.p("MAILER_DSN=smtp://orders%40fjellvik.no:{v}@smtp.office365.com:587", g.password("word"), "url-embedded-credentials")
    f.t("###< symfony/mailer ###\n\n###> lexik/jwt-authentication-bundle ###")
    f.n("JWT_SECRET_KEY={v}", "%kernel.project_dir%/config/jwt/private.pem", "file-reference")
    f.n("JWT_PUBLIC_KEY={v}", "%kernel.project_dir%/config/jwt/public.pem", "file-reference")
    f.p("JWT_PASSPHRASE={v}", g.hexs(40), "generic-secret")
    f.t("###< lexik/jwt-authentication-bundle ###")
    f = C.file(R, ".env.test", "dotenv")
    f.n("APP_SECRET='{v}'", "s$cretf0rt3st", "fake-fixture")
    f.n("DATABASE_URL=mysql://root:{v}@127.0.0.1/sylius_%kernel.environment%", "root", "placeholder")

    f = C.file(R, "config/packages/sylius_payum.yaml", "yaml-config")
    f.t("""
    payum:
        gateways:
            paypal_express:
                factory: paypal_express_checkout
                username: "merchant_api1.fjellvik.no"
    """)
    f.p("            password: {v}", g.s(16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "generic-password")
    f.p("            signature: {v}", g.s(56, g_alnum() + "-."), "generic-secret")
    f.t("""            sandbox: false
            mollie:
                factory: mollie""")
    f.p("            apiKey: '{v}'", g.mollie(), "mollie-live-key")
    f.n("            testApiKey: '{v}'", mollie_doc_test_key(), "vendor-example-key")
    f = C.file(R, "config/jwt/private.pem", "pem-file")
    f.block(g.pkcs8(), "pkcs8-private-key")
    f = C.file(R, "config/jwt/public.pem", "pem-file")
    f.block(g.public_key_pem(), "public-key", positive=False)
    f = C.file(R, "config/packages/shopware_bridge.xml", "xml")
    f.t("""
    <?xml version="1.0" encoding="UTF-8"?>
    <container xmlns="http://symfony.com/schema/dic/services">
      <parameters>
        <parameter key="shopware.api_url">https://b2b.fjellvik.no/api</parameter>
        <parameter key="shopware.client_id">SWIAUKFQT0JXQKHMVVVKWDJOUQ</parameter>""")
    f.p('    <parameter key="shopware.client_secret">{v}</parameter>', g.mixed(60), "oauth-client-secret")
    f.n('    <parameter key="shopware.access_key">{v}</parameter>', "%env(SHOPWARE_ACCESS_KEY)%", "env-reference")
    f.t("  </parameters>\n</container>")


def crm(C, g):
    R = "crm-integrations"
    f = C.file(R, "zendesk-app/manifest.json", "json")
    f.t("""
    {
      "name": "Order Lookup",
      "author": {"name": "Support Engineering", "email": "support-eng@bramblecart.com"},
      "defaultLocale": "en",
      "private": true,
      "location": {"support": {"ticket_sidebar": {"url": "assets/iframe.html"}}},
      "version": "2.3.1",
      "frameworkVersion": "2.0",
      "parameters": [
        {"name": "orders_api_url", "type": "text", "required": true},""")
    f.n('    {"name": "{v}", "type": "text", "secure": true, "required": true}', "orders_api_token", "secret-name-only")
    f.t("  ]\n}")
    f = C.file(R, "zendesk-app/settings.local.json", "json")
    f.t('{\n  "orders_api_url": "https://orders.bramblecart.com/v2",')
    f.p('  "orders_api_token": "{v}",', g.token(40), "generic-token")
    f.p('  "zendesk_api_token": "{v}"', g.mixed(40), "zendesk-api-token")
    f.t("}")
    f = C.file(R, "zendesk-app/scripts/backfill.sh", "shell-script")
    f.t("#!/usr/bin/env bash\nset -euo pipefail\n# one-off: re-tag tickets from the October outage")
    f.p('curl -s -u "ops-bot@bramblecart.com/token:{v}" \\', g.mixed(40), "zendesk-api-token")
    f.t('  "https://bramblecart.zendesk.com/api/v2/search.json?query=tags:outage-1014" | jq -r \'.results[].id\'')

    f = C.file(R, "hubspot-sync/src/client.ts", "code-ts")
    f.t("""
    import { Client } from "@hubspot/api-client";
    import { logger } from "./logger";

    // TODO(rk): move to Secrets Manager before go-live""")
    f.p('export const hubspot = new Client({ accessToken: "{v}" });', g.hubspot_pat(), "hubspot-private-app-token")
    f.n('export const portalId = "{v}";', g.digits(8), "public-identifier")
    f.n("export const devToken = process.env.{v} ?? \"\";", "HUBSPOT_DEV_TOKEN", "env-reference")
    f = C.file(R, "hubspot-sync/test/fixtures/contacts.json", "json")
    f.t('{\n  "results": [')
    f.n('    {"id": "51", "properties": {"hs_object_id": "51", "api_key": "{v}"}}', "fake-key-for-tests-only", "fake-fixture")
    f.t("  ]\n}")

    f = C.file(R, "freshdesk/config/iparams.json", "json")
    f.t('{\n  "freshdesk_domain": {"display_name": "Freshdesk domain", "type": "domain", "required": true},')
    f.n('  "api_key": {"display_name": "API key", "type": "api_key", "secure": true, "default_value": "{v}"}', "<your freshdesk api key>", "placeholder")
    f.t("}")
    f = C.file(R, "freshdesk/server/test_data/onAppInstall.json", "json")
    f.t('{\n  "iparams": {\n    "freshdesk_domain": "bramblecart.freshdesk.com",')
    f.p('    "api_key": "{v}"', g.mixed(20), "freshdesk-api-key")
    f.t("  }\n}")

    f = C.file(R, "intercom/lib/intercom_sync.rb", "code-ruby")
    f.t("""
    require "intercom"

    module Crm
      class IntercomSync
        def client""")
    f.p("      @client ||= Intercom::Client.new(token: '{v}')", "dG9rOj" + g.b64bytes(42).rstrip("="), "intercom-access-token")
    f.t("""      end

        def push(user)
          client.contacts.create(email: user.email, external_id: user.id)
        end
      end
    end""")
    f = C.file(R, "pipedrive/index.js", "code-js")
    f.t("""
    const axios = require("axios");
    """)
    f.p("const DEALS_URL = 'https://bramblecart.pipedrive.com/api/v1/deals?status=open&api_token={v}';", g.hexs(40), "pipedrive-api-token")
    f.n("const webhookUser = process.env.{v};", "PIPEDRIVE_WEBHOOK_USER", "env-reference")
    f.t("""
    async function openDeals() {
      const { data } = await axios.get(DEALS_URL);
      return data.data;
    }
    module.exports = { openDeals };""")

    f = C.file(R, ".github/workflows/deploy.yml", "yaml-ci")
    f.t("""
    name: deploy
    on: { push: { branches: [main] } }
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: npm ci && npm run build
            env:""")
    f.n("          HUBSPOT_TOKEN: {v}", "${{ secrets.HUBSPOT_TOKEN }}", "ci-secret-reference")
    f.n("          ZENDESK_API_TOKEN: {v}", "${{ secrets.ZENDESK_API_TOKEN }}", "ci-secret-reference")
    f.t("      - uses: aws-actions/configure-aws-credentials@v4\n        with:")
    f.n("          role-to-assume: {v}", "arn:aws:iam::402918377144:role/crm-deployer", "arn")

    f = C.file(R, "docs/RUNBOOK.md", "markdown")
    f.t("""
    # CRM integrations runbook

    ## Credentials

    | system | where the credential lives | rotation |
    |---|---|---|
    | HubSpot private app | 1Password `CRM / HubSpot sync` | yearly |""")
    f.n("| Zendesk API token | `{v}` | on staff change |", "op://CRM/Zendesk/api-token", "secret-manager-reference")
    f.p("| Pipedrive (legacy, read-only) | `{v}` | never rotated (!) |", g.hexs(40), "pipedrive-api-token")
    f.t("""

    To test the Intercom webhook locally:

    ```sh""")
    f.p("curl -H 'Authorization: Bearer {v}' https://api.intercom.io/me", "dG9rOj" + g.b64bytes(42).rstrip("="), "intercom-access-token")
    f.t("```")


def marketing(C, g):
    R = "marketing-stack"
    f = C.file(R, "services/events/src/analytics.ts", "code-ts")
    f.t('import { Analytics } from "@segment/analytics-node";\n')
    f.p("export const analytics = new Analytics({ writeKey: '{v}', maxEventsInBatch: 50 });", g.mixed(32), "segment-write-key")
    f = C.file(R, "web/public/index.html", "html")
    f.t("<!doctype html>\n<html><head>\n<script>")
    f.n('  !function(){var analytics=window.analytics=window.analytics||[];analytics.load("{v}");analytics.page();}();', g.mixed(32), "publishable-key")
    f.n('  var _learnq = _learnq || []; _learnq.push(["account", "{v}"]);', g.s(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "publishable-key")
    f.t("</script>\n</head><body></body></html>")

    f = C.file(R, "infra/braze.tf", "terraform")
    f.t('variable "braze_rest_endpoint" {\n  default = "https://rest.fra-02.braze.eu"\n}\n\nvariable "braze_api_key" {\n  type      = string\n  sensitive = true')
    f.p('  default   = "{v}"', g.uuid(), "braze-rest-api-key")
    f.t("}\n")
    f.n('variable "braze_app_group_id" {\n  default = "{v}"\n}', g.uuid(), "uuid-identifier")
    f.t('\nresource "aws_ssm_parameter" "braze" {\n  name  = "/marketing/braze/api_key"\n  type  = "SecureString"')
    f.n("  value = {v}", "var.braze_api_key", "template-reference")
    f.t("}")

    f = C.file(R, "pipelines/klaviyo/klaviyo.yml", "yaml-config")
    f.t("source:\n  type: klaviyo\n  start_date: 2024-01-01")
    f.p("  private_api_key: {v}", "pk" + "_" + g.hexs(34), "klaviyo-private-key")
    f.n("  public_api_key: {v}", g.s(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "publishable-key")
    f.t("destination:\n  type: bigquery\n  dataset: marketing_raw")

    f = C.file(R, "pipelines/mailchimp/sync.py", "code-python")
    f.t("import mailchimp_marketing as MailchimpMarketing\n")
    f.p('MAILCHIMP_API_KEY = "{v}"', g.mailchimp(), "mailchimp-api-key")
    f.t('client = MailchimpMarketing.Client()\nclient.set_config({"api_key": MAILCHIMP_API_KEY, "server": MAILCHIMP_API_KEY.split("-")[1]})')
    f.n('AUDIENCE_ID = "{v}"', g.hexs(10), "public-identifier")

    f = C.file(R, "pipelines/iterable/config.properties", "properties")
    f.t("iterable.baseUrl=https://api.eu.iterable.com/api\niterable.batchSize=500")
    f.p("iterable.apiKey={v}", g.hexs(32), "iterable-api-key")
    f.n("iterable.webhookSecret={v}", "${ITERABLE_WEBHOOK_SECRET}", "env-reference")

    f = C.file(R, "services/mailer/src/main/kotlin/com/bramble/mailer/Keys.kt", "code-kotlin")
    f.t("package com.bramble.mailer\n\nobject Keys {")
    f.p('    const val SENDGRID_KEY = "{v}"', g.sendgrid(), "sendgrid-api-key")
    f.p('    const val BRAZE_KEY: String = "{v}"', g.uuid(), "braze-rest-api-key")
    f.n('    val iterableKey: String = System.getenv("{v}") ?: ""', "ITERABLE_API_KEY", "env-reference")
    f.t("}")

    f = C.file(R, "notebooks/campaign-attribution.ipynb", "notebook")
    key = g.hexs(32)
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Q3 campaign attribution\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import requests, pandas as pd\n", "ITERABLE_KEY = '" + key + "'\n",
            "campaigns = requests.get('https://api.eu.iterable.com/api/campaigns', headers={'Api-Key': ITERABLE_KEY}).json()\n"]},
    ]
    text = json.dumps({"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1)
    lines = text.split("\n")
    i = next(k for k, l in enumerate(lines) if key in l)
    f.t("\n".join(lines[:i]))
    f.p(lines[i], key, "iterable-api-key")
    f.t("\n".join(lines[i + 1:]))

    f = C.file(R, "README.md", "markdown")
    f.t("# marketing-stack\n\nSecrets are read from the environment; names only:\n")
    for nm in ["SEGMENT_WRITE_KEY", "BRAZE_API_KEY", "KLAVIYO_PRIVATE_KEY", "MAILCHIMP_API_KEY"]:
        f.n("- `{v}`", nm, "secret-name-only")


def payments(C, g):
    R = "payments-platform"
    f = C.file(R, "gateway/internal/config/defaults.go", "code-go")
    f.t("package config\n\n// Defaults used when the environment does not override them.\nconst (")
    f.p('\tstripeSecretKey = "{v}"', g.stripe("sk"), "stripe-live-secret-key")
    f.p('\tadyenAPIKey     = "{v}"', g_adyen(g), "adyen-api-key")
    f.p('\tadyenHMACKey    = "{v}"', g.hexs(64, upper=True), "adyen-hmac-key")
    f.n('\tadyenMerchant   = "{v}"', "SkogbergPaymentsECOM", "public-identifier")
    f.n('\tstripeAPIVersion = "{v}"', "2024-06-20", "non-secret-setting")
    f.t(")")
    f = C.file(R, "gateway/internal/webhooks/razorpay.go", "code-go")
    f.t('package webhooks\n\nimport (\n\t"crypto/hmac"\n\t"crypto/sha256"\n\t"encoding/hex"\n)\n')
    f.t("func verifyRazorpay(body []byte, sig string) bool {")
    f.p('\twebhookSecret := "{v}"', g.token(24), "webhook-signing-secret")
    f.t("\tmac := hmac.New(sha256.New, []byte(webhookSecret))\n\tmac.Write(body)\n\treturn hex.EncodeToString(mac.Sum(nil)) == sig\n}")
    f = C.file(R, "gateway/go.sum", "lockfile")
    for mod in ["github.com/stripe/stripe-go/v76 v76.25.0", "github.com/adyen/adyen-go-api-library/v9 v9.3.0"]:
        f.n(mod + " h1:{v}", g.b64bytes(32), "lockfile-integrity")

    f = C.file(R, "braintree-service/src/main/resources/application-prod.properties", "properties")
    f.t("server.port=8443\nbraintree.environment=production")
    f.n("braintree.merchantId={v}", g.s(16, "abcdefghijklmnopqrstuvwxyz0123456789"), "public-identifier")
    f.n("braintree.publicKey={v}", g.s(16, "abcdefghijklmnopqrstuvwxyz0123456789"), "public-identifier")
    f.p("braintree.privateKey={v}", g.hexs(32), "braintree-private-key")
    f.p("spring.datasource.password={v}", g.password("mixed"), "db-password")
    f = C.file(R, "braintree-service/src/main/java/com/skogberg/payments/BraintreeConfig.java", "code-java")
    f.t("""
    package com.skogberg.payments;

    import com.braintreegateway.BraintreeGateway;
    import com.braintreegateway.Environment;

    public class BraintreeConfig {
        // fallback gateway for the batch refund job (runs without Spring context)
        public static BraintreeGateway fallback() {
            return new BraintreeGateway(Environment.PRODUCTION,
                "k7x2mq9v4trpzd8h", "p3c6wnxq8d2yfb5k",""")
    f.p('            "{v}");', g.hexs(32), "braintree-private-key")
    f.t("    }\n}")

    f = C.file(R, "webhooks-node/src/mollie.js", "code-js")
    f.t("const { createMollieClient } = require('@mollie/api-client');\n")
    f.p("const mollie = createMollieClient({ apiKey: '{v}' });", g.mollie(), "mollie-live-key")
    f.t("module.exports = mollie;")
    f = C.file(R, "webhooks-node/src/razorpay.js", "code-js")
    f.t("const Razorpay = require('razorpay');\n\nconst instance = new Razorpay({")
    f.n("  key_id: '{v}',", "rzp_" + "live_" + g.mixed(14), "publishable-key")
    f.p("  key_secret: '{v}',", g.mixed(24), "razorpay-key-secret")
    f.t("});\nmodule.exports = instance;")
    f = C.file(R, "webhooks-node/.env", "dotenv")
    f.p("SQUARE_WEBHOOK_SIGNATURE_KEY={v}", g.s(22, g_b64url()), "square-webhook-signature-key")
    f.p("PAYPAL_CLIENT_SECRET={v}", "E" + g.s(79, g_b64url()), "paypal-client-secret")
    f.n("PAYPAL_CLIENT_ID={v}", "A" + g.s(79, g_b64url()), "public-identifier")
    f.p("STRIPE_WEBHOOK_SECRET={v}", g.stripe_whsec(), "stripe-webhook-secret")
    f = C.file(R, "webhooks-node/test/mollie.test.js", "code-js")
    f.n("const client = createMollieClient({ apiKey: '{v}' }); // from the Mollie docs", mollie_doc_test_key(), "vendor-example-key")
    f.n("nock('https://api.stripe.com').matchHeader('authorization', 'Bearer {v}')", stripe_doc_test_key(), "vendor-example-key")

    f = C.file(R, "refunds-kotlin/src/main/kotlin/Secrets.kt", "code-kotlin")
    f.t("package no.skogberg.refunds\n")
    f.p('internal const val STRIPE_RESTRICTED_KEY = "{v}"', g.stripe("rk"), "stripe-restricted-key")
    f.n('internal val stripeKey: String = System.getenv("{v}")', "STRIPE_SECRET_KEY", "env-reference")
    f = C.file(R, "settlement-scala/src/main/resources/application.conf", "hocon")
    f.t("settlement {\n  adyen {\n    environment = LIVE")
    f.p('    api-key = "{v}"', g_adyen(g), "adyen-api-key")
    f.n("    hmac-key = ${{v}}", "?ADYEN_HMAC_KEY", "env-reference")
    f.t("  }\n  db {\n    url = \"jdbc:postgresql://ledger-db:5432/settlement\"\n    user = settlement")
    f.p('    password = "{v}"', g.password("symbols"), "db-password")
    f.t("  }\n}")
    f = C.file(R, "settlement-scala/src/main/scala/Reconcile.scala", "code-scala")
    f.t("package no.skogberg.settlement\n\nobject Reconcile {")
    f.p('  private val sftpPassword = "{v}"', g.password("mixed"), "generic-password")
    f.n('  private val ledgerToken = sys.env.getOrElse("{v}", "")', "LEDGER_TOKEN", "env-reference")
    f.t("}")
    f = C.file(R, "docs/pci-keys.md", "markdown")
    f.t("# Key custody\n\n| key | custody | example format |\n|---|---|---|")
    f.n("| Stripe secret | Vault `kv/payments/stripe` | `{v}` |", "sk_" + "live_" + "x" * 24, "placeholder")
    f.n("| Adyen HMAC | Vault `kv/payments/adyen` | `{v}` |", "vault:kv/payments/adyen#hmac", "secret-manager-reference")


def fintech(C, g):
    R = "ledgerline-data"
    f = C.file(R, "ingest/plaid_client.py", "code-python")
    f.t("import plaid\nfrom plaid.api import plaid_api\n\nconfiguration = plaid.Configuration(\n    host=plaid.Environment.Production,\n    api_key={")
    f.n("        'clientId': '{v}',", g.hexs(24), "public-identifier")
    f.p("        'secret': '{v}',", g.hexs(30), "plaid-secret")
    f.t("    },\n)\nclient = plaid_api.PlaidApi(plaid.ApiClient(configuration))\n")
    f.p("# access token for the ops account, used by the nightly balance check\nOPS_ACCESS_TOKEN = '{v}'", g.plaid_access(), "plaid-access-token")
    f.n("SANDBOX_TOKEN = '{v}'", "access-sandbox-" + "00000000-0000-0000-0000-000000000000", "fake-fixture")
    f = C.file(R, "ingest/teller/src/main.rs", "code-rust")
    f.t("use hmac::{Hmac, Mac};\nuse sha2::Sha256;\n")
    f.p('const TELLER_SIGNING_SECRET: &str = "{v}";', g.b64bytes(32), "teller-signing-secret")
    f.n('const TELLER_APP_ID: &str = "{v}";', "app_" + g.s(21, "abcdefghijklmnopqrstuvwxyz0123456789"), "public-identifier")
    f.n('let db_password = std::env::var("{v}").expect("DB_PASSWORD");', "DB_PASSWORD", "env-reference")
    f = C.file(R, "ingest/teller/certs/private_key.pem", "pem-file")
    f.block(g.pkcs8(), "pkcs8-private-key")
    f = C.file(R, "ingest/teller/certs/certificate.pem", "pem-file")
    f.block(g.cert_pem(), "certificate", positive=False)
    f = C.file(R, "models/risk/score.jl", "code-julia")
    f.t("module RiskScore\nusing LibPQ, DataFrames\n")
    f.p('const DB_PASSWORD = "{v}"', g.password("mixed"), "db-password")
    f.t('conn() = LibPQ.Connection("host=warehouse.internal dbname=risk user=risk password=$DB_PASSWORD")\nend')
    f = C.file(R, "reports/monthly.R", "code-r")
    f.t("library(DBI)\nlibrary(RPostgres)\n\ncon <- dbConnect(RPostgres::Postgres(), host = \"warehouse.internal\",\n                 dbname = \"finance\", user = \"analyst\",")
    f.p('                 password = "{v}")', g.password("word"), "db-password")
    f.n('api_key <- Sys.getenv("{v}")', "OPENBANKING_API_KEY", "env-reference")
    f = C.file(R, "open-banking/config/tpp.yaml", "yaml-config")
    f.t("tpp:\n  software_statement_id: 6dTqmA1b2C3d4E5f\n  organisation_id: 0015800001041REAAY\n  oauth:")
    f.n("    client_id: {v}", g.uuid(), "uuid-identifier")
    f.p("    client_secret: {v}", g.mixed(36), "oauth-client-secret")
    f.n("    token_endpoint_auth_signing_alg: {v}", "PS256", "non-secret-setting")
    f.n("    signing_key_id: {v}", g.s(27, g_alnum()), "key-identifier")
    f = C.file(R, "open-banking/keys/signing.jwk.json", "json")
    d = g.b64urlbytes(256)
    f.t('{\n  "kty": "RSA",\n  "kid": "' + g.s(27, g_alnum()) + '",\n  "use": "sig",\n  "n": "' + g.b64urlbytes(256) + '",\n  "e": "AQAB",')
    f.p('  "d": "{v}",', d, "jwk-private-key")
    f.t('  "p": "' + g.b64urlbytes(128) + '",\n  "q": "' + g.b64urlbytes(128) + '"\n}')
    f = C.file(R, "open-banking/keys/jwks.public.json", "json")
    f.t('{"keys": [{"kty": "RSA", "use": "sig", "e": "AQAB",')
    f.n('  "n": "{v}"}]}', g.b64urlbytes(256), "public-key")
    f = C.file(R, "ops/.pgpass", "credential-file")
    f.p("warehouse.internal:5432:finance:analyst:{v}", g.password("mixed"), "db-password")
    f.p("ledger-db.internal:5432:*:ledger_rw:{v}", g.password("symbols"), "db-password")


def telephony(C, g):
    R = "notify-gateway"
    f = C.file(R, "config/prod.secret.exs", "code-elixir")
    f.t("import Config\n\nconfig :ex_twilio,")
    f.n('  account_sid: "{v}",', "A" + "C" + g.hexs(32), "public-identifier")
    f.p('  auth_token: "{v}"', g.hexs(32), "twilio-auth-token")
    f.t("\nconfig :notify, NotifyWeb.Endpoint,")
    f.p('  secret_key_base: "{v}"', g.b64bytes(48), "session-secret")
    f.t("\nconfig :notify, Notify.Repo,\n  username: \"notify\",")
    f.p('  password: "{v}",', g.password("mixed"), "db-password")
    f.t('  hostname: "pg-notify.internal",\n  pool_size: 15')
    f = C.file(R, "config/runtime.exs", "code-elixir")
    f.t("import Config\n\nif config_env() == :prod do\n  config :ex_twilio,")
    f.n('    auth_token: System.get_env("{v}")', "TWILIO_AUTH_TOKEN", "env-reference")
    f.n('  config :notify, :vonage_secret, System.fetch_env!("{v}")', "VONAGE_API_SECRET", "env-reference")
    f.t("end")
    f = C.file(R, "openresty/conf/nginx.conf", "nginx-conf")
    f.t("worker_processes auto;\nevents { worker_connections 1024; }\nhttp {\n  server {\n    listen 8080;\n    location /sms/vonage {")
    f.n("      set $vonage_key {v};", g.hexs(8), "public-identifier")
    f.p("      set $vonage_secret {v};", g.mixed(16), "vonage-api-secret")
    f.t("      content_by_lua_file lua/vonage.lua;\n    }\n  }\n}")
    f = C.file(R, "openresty/lua/messagebird.lua", "code-lua")
    f.t('local http = require "resty.http"\n')
    f.p('local MESSAGEBIRD_KEY = "{v}"', g.mixed(25), "messagebird-access-key")
    f.t('local function send(to, body)\n  local httpc = http.new()\n  return httpc:request_uri("https://rest.messagebird.com/messages", {\n    method = "POST",')
    f.n('    headers = { ["Authorization"] = "AccessKey " .. os.getenv("{v}") },', "MESSAGEBIRD_KEY", "env-reference")
    f.t("  })\nend\nreturn { send = send }")
    f = C.file(R, "bin/plivo_send.pl", "code-perl")
    f.t("#!/usr/bin/perl\nuse strict;\nuse warnings;\nuse LWP::UserAgent;\n")
    f.n("my $auth_id    = '{v}';", "MA" + g.s(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "public-identifier")
    f.p("my $auth_token = '{v}';", g.mixed(40), "plivo-auth-token")
    f.n("my $fallback   = $ENV{'{v}'} // '';", "PLIVO_AUTH_TOKEN", "env-reference")
    f.t("my $ua = LWP::UserAgent->new;\n$ua->credentials('api.plivo.com:443', 'Plivo', $auth_id, $auth_token);")
    f = C.file(R, "config/sinch.toml", "toml")
    f.t("[sinch]\nproject_id = \"" + g.uuid() + "\"")
    f.n('key_id = "{v}"', g.uuid(), "uuid-identifier")
    f.p('key_secret = "{v}"', g.s(26, g_alnum() + "~"), "sinch-api-secret")
    f.t('region = "eu"\n\n[twilio]')
    f.p('api_key_sid = "{v}"', g.twilio_key_sid(), "twilio-api-key-sid")
    f.p('api_key_secret = "{v}"', g.mixed(32), "twilio-api-key-secret")
    f = C.file(R, "deploy/k8s/secret.yaml", "yaml-k8s")
    f.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: notify-secrets\n  namespace: notify\ntype: Opaque\ndata:")
    f.p("  TWILIO_AUTH_TOKEN: {v}", __import__("base64").b64encode(g.hexs(32).encode()).decode(), "k8s-secret-data")
    f.p("  DATABASE_PASSWORD: {v}", __import__("base64").b64encode(g.password("mixed").encode()).decode(), "k8s-secret-data")
    f = C.file(R, "deploy/k8s/sealed-secret.yaml", "yaml-k8s")
    f.t("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: notify-secrets\nspec:\n  encryptedData:")
    f.n("    VONAGE_API_SECRET: {v}", "AgB" + g.b64bytes(300), "encrypted-value")
    f = C.file(R, "test/support/fixtures.ex", "code-elixir")
    f.n('  def twilio_sid, do: "{v}"', twilio_doc_sid(), "placeholder")
    f.n('  def jwt, do: "{v}"', jwt_io_sample(), "vendor-example-key")
