"""Context-only values in awkward layouts: name on the line above, arrays, maps of maps, history files."""
import base64


def build(C, g):
    f = C.file("it-scripts", "home/ops/.bash_history", "shell-history")
    f.t("ls -la /srv/bak\ncd /srv/bak && du -sh *")
    f.p("mysql -h db-01.internal -u root -p'{v}' -e 'SHOW PROCESSLIST'", g.password("mixed"), "cli-password-argument")
    f.t("systemctl status mariadb")
    f.p("sshpass -p '{v}' ssh backup@nas01.internal 'df -h'", g.password("word"), "cli-password-argument")
    f.p("curl -u admin:{v} https://nexus.hallberg.se/service/rest/v1/status", g.password("mixed"), "cli-password-argument")
    f.p('psql "postgresql://report:{v}@pg-report.internal:5432/reports" -c "\\dt"', g.password("mixed"), "postgres-url")
    f.p("docker login -u ci-push -p {v} registry.hallberg.se", g.password("mixed"), "cli-password-argument")
    f.n("export DB_PASS={v}", "$(pass show infra/db-01/root)", "secret-manager-reference")
    f.n("read -s {v}", "DB_PASS", "secret-name-only")
    f.p("htpasswd -b -c /etc/nginx/.htpasswd ops {v}", g.password("mixed"), "cli-password-argument")
    f.t("history -c")

    f = C.file("payments-platform", "braintree-service/src/main/java/com/skogberg/payments/LegacyGateways.java", "code-java")
    f.t("package com.skogberg.payments;\n\nimport java.util.Map;\nimport org.springframework.beans.factory.annotation.Value;\n\npublic class LegacyGateways {\n    static final Map<String, String> MERCHANT_SECRETS = Map.of(")
    f.p('        "SE", "{v}",', g.mixed(32), "generic-secret")
    f.p('        "NO", "{v}"', g.mixed(32), "generic-secret")
    f.t("    );\n\n    static final String[] SFTP_PASSWORDS = {")
    f.p('        "{v}",', g.password("mixed"), "generic-password")
    f.p('        "{v}"', g.password("mixed"), "generic-password")
    f.t("    };\n")
    f.p('    @Value("${ledger.db.password:{v}}")', g.password("mixed"), "db-password")
    f.t("    private String ledgerPassword;\n")
    f.n('    @Value("{v}")', "${ledger.api.token}", "template-reference")
    f.t("    private String ledgerToken;\n}")

    f = C.file("lms-connectors", "lti/consumers.json", "json")
    f.t('[\n  {\n    "key": "canvas-northfield",\n    "secret":')
    f.p('      "{v}"', g.mixed(32), "lti-shared-secret")
    f.t('  },\n  {\n    "key": "d2l-northfield",\n    "secret":')
    f.p('      "{v}"', g.mixed(32), "lti-shared-secret")
    f.t("  }\n]")

    f = C.file("sylius-store", "config/packages/prod/mailer.yaml", "yaml-config")
    f.t("framework:\n  mailer:\n    transports:\n      main:\n        host: smtp.office365.com\n        port: 587\n        auth:\n          user: orders@fjellvik.no\n          password: >-")
    f.p("            {v}", g.password("mixed"), "smtp-password")
    f.t("      fallback:\n        auth:\n          user: noreply@fjellvik.no")
    f.p("          password: '{v}'", g.password("symbols"), "smtp-password")

    f = C.file("skyforge-backend", "nakama/runtime/keys.lua", "code-lua")
    f.t("-- partner API keys, rotated by hand\nlocal partner_keys = {")
    for _ in range(3):
        f.p('  "{v}",', g.mixed(32), "generic-api-key")
    f.t("}\nreturn partner_keys")

    f = C.file("marketing-stack", "docs/braze.md", "markdown")
    f.t("# Braze\n\nDashboard: https://dashboard-02.braze.eu\n\n**REST API key (campaign sync, prod):**\n")
    f.p("    {v}", g.uuid(), "braze-rest-api-key")
    f.t("\nThe app group id is public and can be shared:\n")
    f.n("    {v}", g.uuid(), "uuid-identifier")

    f = C.file("ledgerline-data", "ingest/credentials.py", "code-python")
    f.t("CREDENTIALS = {\n    'warehouse':")
    f.p("        '{v}',", g.password("mixed"), "db-password")
    f.t("    'sftp_bank_statements':")
    f.p("        '{v}',", g.password("symbols"), "generic-password")
    f.t("    'open_banking_client_secret': (")
    f.p("        '{v}'", g.mixed(36), "oauth-client-secret")
    f.t("    ),\n}")

    f = C.file("notify-gateway", "config/providers.toml", "toml")
    f.t("[providers]")
    f.p('twilio = { account = "notify-eu", token = "{v}" }', g.hexs(32), "twilio-auth-token")
    f.p('vonage = { key = "' + g.hexs(8) + '", secret = "{v}" }', g.mixed(16), "vonage-api-secret")
    f.p("messagebird.access_key = '{v}'", g.mixed(25), "messagebird-access-key")

    f = C.file("stockman-erp", "src/frmLogin.frm", "code-vb", crlf=True)
    f.t('VERSION 5.00\nBegin VB.Form frmLogin\n   Caption = "Stockman - logga in"\nEnd\nAttribute VB_Name = "frmLogin"\nPrivate Sub Form_Load()\n    txtUser.Text = "lager"')
    f.p('    txtPassword.Text = "{v}"', g.password("word"), "generic-password")
    f.t("End Sub")

    f = C.file("payroll-bridge", "legacy/Web.config", "xml", crlf=True)
    f.t('<?xml version="1.0"?>\n<configuration>\n  <connectionStrings>')
    f.p('    <add name="Payroll" connectionString="Data Source=sql-payroll;Initial Catalog=Payroll;User ID=web;Password={v}" providerName="System.Data.SqlClient" />', g.password("mixed"), "connection-string-password")
    f.t("  </connectionStrings>\n  <system.net>\n    <mailSettings>\n      <smtp from=\"payroll@northwind.example\">")
    f.p('        <network host="smtp.northwind.example" port="587" userName="payroll" password="{v}" />', g.password("mixed"), "smtp-password")
    f.t("      </smtp>\n    </mailSettings>\n  </system.net>\n</configuration>")

    f = C.file("mediaflow", "transcode/pull_origin.sh", "shell-script")
    f.t("#!/bin/sh")
    f.p('ffmpeg -headers "Authorization: Basic {v}" -i https://origin.mediaflow.tv/live/master.m3u8 -c copy out.ts',
        base64.b64encode(("origin:" + g.password("mixed")).encode()).decode(), "basic-auth-header")

    f = C.file("huddle-rooms", "livekit/server/main.go", "code-go")
    f.t('package main\n\nimport "github.com/livekit/protocol/auth"\n\nvar cfg = Config{\n\tURL:       "wss://rtc.huddle.io",\n\tAPIKey:    "API' + g.s(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + '",')
    f.p('\tAPISecret: "{v}",', g.mixed(43), "livekit-api-secret")
    f.t("}\n\nfunc token() string {\n\tat := auth.NewAccessToken(cfg.APIKey, cfg.APISecret)\n\ts, _ := at.ToJWT()\n\treturn s\n}")

    f = C.file("geo-routing", "routing/ios/Secrets.xcconfig", "xcconfig")
    f.t("// not checked in... (it was)")
    f.p("TOMTOM_API_KEY = {v}", g.mixed(32), "tomtom-api-key")
    f.p("HERE_API_KEY = {v}", g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), "here-api-key")

    f = C.file("crm-integrations", "pipedrive/test/sample_webhook.json", "json")
    f.n('{"meta": {"webhook_id": "{v}"}, "current": {"id": 812}}', g.digits(6), "public-identifier")

    f = C.file("pricewatch-crawlers", "crawlers/src/db.js", "code-js")
    f.t("const { MongoClient } = require('mongodb');\n")
    f.p("const MONGO_URI = 'mongodb+srv://crawler:{v}@cluster0.x7k2p.mongodb.net/pricewatch?retryWrites=true&w=majority';", g.password("mixed"), "mongodb-url")
    f.t("module.exports = new MongoClient(MONGO_URI);")

    f = C.file("notify-gateway", "config/amqp.yaml", "yaml-config")
    f.t("queues:\n  outbound_sms: { durable: true }\nconnection:")
    f.p("  url: amqps://notify:{v}@mq.notify.internal:5671/notify", g.password("mixed"), "amqp-url")
    f.n("  fallback_url: {v}", "amqps://notify:${RABBITMQ_PASSWORD}@mq-dr.notify.internal:5671/notify", "env-reference")

    f = C.file("platform-runbooks", "monitoring/datadog.yaml", "yaml-config")
    f.t("site: datadoghq.eu")
    f.p("api_key: {v}", g.hexs(32), "datadog-api-key")
    f.n("app_key: {v}", "ENC[" + "vault:platform/datadog#app_key]", "secret-manager-reference")
    f.t("logs_enabled: true\nprocess_config:\n  enabled: \"true\"")

    f = C.file("it-scripts", "cloudflare/purge_cache.sh", "shell-script")
    f.t("#!/bin/sh\nZONE=2f8a1c0e9b7d4a6f8e2c1b0a9d8e7f6a")
    f.p("CF_API_TOKEN={v}", g.s(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), "cloudflare-api-token")
    f.t('curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache" \\\n  -H "Authorization: Bearer $CF_API_TOKEN" --data \'{"purge_everything":true}\'')

    f = C.file("mediaflow", "config/azure_archive.py", "code-python")
    f.t("from azure.storage.blob import BlobServiceClient\n\nACCOUNT = 'mediaflowarchive'")
    f.p("ACCOUNT_KEY = '{v}'", g.azure_storage_key(), "azure-storage-account-key")
    f.t("client = BlobServiceClient(f'https://{ACCOUNT}.blob.core.windows.net', credential=ACCOUNT_KEY)")

    f = C.file("biostat-lab-server", "shiny/llm-summaries/global.R", "code-r")
    f.t("library(httr2)\n")
    f.p('mistral_key <- "{v}"', g.mixed(32), "mistral-api-key")
    f.n('openai_key <- Sys.getenv("{v}")', "OPENAI_API_KEY", "env-reference")
