"""Repositories 15-21: legal practice and claims, field service, events and sports data, lab LIMS,
streaming bots, kiosks / signage / print, and the platform team's infrastructure and credential files.

Besides hand-written files, some files plant items from small decks rendered in the file's syntax, so
that many syntaxes meet context-only names (the deck engine is `render` below)."""
import base64
import json
import re

from kit import J


# ------------------------------------------------------------------------------------------ deck engine
def snake(n):
    return n.lower()


def camel(n):
    parts = n.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def pascal(n):
    return "".join(p.capitalize() for p in n.lower().split("_"))


def kebab(n):
    return n.lower().replace("_", "-")


RENDER = {
    "code-c": lambda n, v: 'static const char *%s = "%s";' % (snake(n), v),
    "code-cpp": lambda n, v: 'const std::string k%s = "%s";' % (pascal(n), v),
    "code-rust": lambda n, v: 'pub const %s: &str = "%s";' % (n, v),
    "code-swift": lambda n, v: 'let %s = "%s"' % (camel(n), v),
    "code-kotlin": lambda n, v: 'private const val %s = "%s"' % (n, v),
    "code-scala": lambda n, v: '  val %s = "%s"' % (camel(n), v),
    "code-elixir": lambda n, v: '  %s: "%s",' % (snake(n), v),
    "code-perl": lambda n, v: "my $%s = '%s';" % (snake(n), v),
    "code-lua": lambda n, v: 'local %s = "%s"' % (snake(n), v),
    "code-r": lambda n, v: '%s <- "%s"' % (snake(n), v),
    "code-julia": lambda n, v: 'const %s = "%s"' % (n, v),
    "code-groovy": lambda n, v: "def %s = '%s'" % (camel(n), v),
    "code-objc": lambda n, v: 'static NSString *const k%s = @"%s";' % (pascal(n), v),
    "code-dart": lambda n, v: "const %s = '%s';" % (camel(n), v),
    "code-php": lambda n, v: "    '%s' => '%s'," % (snake(n), v),
    "code-ruby": lambda n, v: '  config.%s = "%s"' % (snake(n), v),
    "code-python": lambda n, v: '%s = "%s"' % (n, v),
    "code-js": lambda n, v: "  %s: '%s'," % (camel(n), v),
    "code-go": lambda n, v: '\t%s = "%s"' % (pascal(n), v),
    "code-java": lambda n, v: '    private static final String %s = "%s";' % (n, v),
    "code-csharp": lambda n, v: '    public const string %s = "%s";' % (pascal(n), v),
    "yaml-config": lambda n, v: "  %s: %s" % (snake(n), v),
    "json": lambda n, v: '  "%s": "%s",' % (camel(n), v),
    "toml": lambda n, v: '%s = "%s"' % (snake(n), v),
    "ini": lambda n, v: "%s = %s" % (snake(n), v),
    "properties": lambda n, v: "%s=%s" % (snake(n).replace("_", "."), v),
    "xml": lambda n, v: "  <%s>%s</%s>" % (pascal(n), v, pascal(n)),
    "terraform": lambda n, v: '  %s = "%s"' % (snake(n), v),
    "nix": lambda n, v: '    %s = "%s";' % (camel(n), v),
    "shell-script": lambda n, v: "export %s='%s'" % (n, v),
    "powershell": lambda n, v: '$env:%s = "%s"' % (n, v),
    "batch": lambda n, v: 'set "%s=%s"' % (n, v),
    "dockerfile": lambda n, v: "ENV %s=%s" % (n, v),
    "systemd": lambda n, v: 'Environment="%s=%s"' % (n, v),
    "dotenv": lambda n, v: "%s=%s" % (n, v),
}


def deck(f, g, syntax, items, negs=()):
    """Plants (name, kind, provider, ctx, value) items in `syntax`; negs are (name, value, kind)."""
    out = list(items)
    for name, kind, prov, ctx, val in out:
        f.p(RENDER[syntax](name, val), val, kind, prov, ctx)
    for name, val, kind in negs:
        f.n(RENDER[syntax](name, val), val, kind)


def ctxitem(g, name, kind, prov, shape="token"):
    v = {"token": lambda: g.token(32), "pw": g.password, "hex": lambda: g.hex(40), "hex32": lambda: g.hex(32),
         "b64": lambda: g.b64(32), "uuid": g.uuid, "long": lambda: g.alnum(48)}[shape]()
    return (name, kind, prov, True, v)


# ------------------------------------------------------------------------------------------ build
def build_c(c, g):
    legal(c, g)
    field_service(c, g)
    events_sports(c, g)
    lims(c, g)
    streaming(c, g)
    kiosk(c, g)
    platform(c, g)
    cloud_keys(c, g)


# ------------------------------------------------------------------------------------------ 15
def legal(c, g):
    r = c.repo("claims-intake")
    f = r.f("clio-sync/config/initializers/clio.rb", "code-ruby")
    cs = g.alnum(40)
    f.t("Clio.configure do |config|", "  config.client_id = \"" + g.alnum(40) + "\"")
    f.p("  config.client_secret = \"" + cs + "\"", cs, "clio-client-secret", "clio", True)
    f.t("  config.redirect_uri = \"https://intake.harrowlaw.com/oauth/clio/callback\"", "end")
    f = r.f("clio-sync/config/database.yml", "yaml-config")
    dp = g.password()
    f.t("production:", "  adapter: postgresql", "  host: pg.harrowlaw.internal", "  database: intake", "  username: intake")
    f.p("  password: " + dp, dp, "db-password", "postgres", True)
    f.t("development:", "  adapter: postgresql", "  database: intake_dev")
    f.n("  password: <%= ENV['DEV_DB_PASSWORD'] %>", "<%= ENV['DEV_DB_PASSWORD'] %>", "env-reference")
    f = r.f("clio-sync/config/master.key", "credential-file")
    mk = g.hex(32)
    f.p(mk, mk, "rails-master-key", "rails", True)
    f = r.f("clio-sync/config/credentials.yml.enc", "credential-file")
    enc = g.b64(180) + "--" + g.b64(12) + "--" + g.b64(16)
    f.n(enc, enc, "encrypted-value")

    f = r.f("guidewire/modules/configuration/config/integration/claimcenter-int.properties", "properties")
    gw = g.password()
    f.t("# ClaimCenter -> intake bridge", "gw.cc.url=https://cc.insurer-partner.example/cc/ws",
        "gw.cc.username=su_intake")
    f.p("gw.cc.password=" + gw, gw, "guidewire-password", "guidewire", True)
    f.n("gw.cc.keystore.password=${KEYSTORE_PASSWORD}", "${KEYSTORE_PASSWORD}", "env-reference")
    f.t("gw.cc.timeout=30000")
    f = r.f("guidewire/modules/configuration/gsrc/harrow/ClaimBridge.gs", "code-groovy")
    gw2 = g.password()
    f.t("package harrow", "", "uses gw.api.webservice.WSRunlevel", "", "class ClaimBridge {",
        "  static final var USER = \"su_intake\"")
    f.p("  static final var PASS = \"" + gw2 + "\"", gw2, "guidewire-password", "guidewire", True)
    f.t("}")

    f = r.f("claims-api/src/main/scala/harrow/Config.scala", "code-scala")
    f.t("package harrow", "", "object Config {")
    deck(f, g, "code-scala", [
        ctxitem(g, "CLAIMS_DB_PASSWORD", "db-password", "postgres", "pw"),
        ctxitem(g, "JWT_SECRET", J("jwt-signing", "-secret"), "generic", "long"),
        ("S3_ACCESS_KEY", "aws-access-key-id", "aws", False, g.aws_key_id()),
        ("S3_SECRET_KEY", "aws-secret-access-key", "aws", True, g.aws_secret()),
    ], negs=[("CLAIMS_BUCKET", "harrow-claims-docs", "non-secret-setting"),
             ("KMS_KEY_ARN", "arn:aws:kms:eu-west-1:" + g.digits(12) + ":key/" + g.uuid(), "arn-reference")])
    f.t("}")

    f = r.f("claims-api/docker-compose.yml", "yaml-compose")
    pw = g.password()
    f.t("services:", "  api:", "    build: .", "    environment:")
    f.p("      - CLAIMS_DB_URL=postgres://claims:" + pw + "@db:5432/claims", pw, "postgres-url", "postgres", False)
    f.n("      - CLAIMS_DB_PASSWORD=${CLAIMS_DB_PASSWORD:?}", "${CLAIMS_DB_PASSWORD:?}", "env-reference")
    f.t("  db:", "    image: postgres:16")
    f.t("    environment:")
    f.p("      POSTGRES_PASSWORD: \"" + pw + "\"", pw, "db-password", "postgres", True)

    f = r.f("docs/runbook.md", "markdown")
    sp = g.password()
    f.t("# Claims intake runbook", "", "## Manual export", "", "```bash")
    f.p("PGPASSWORD='" + sp + "' pg_dump -h pg.harrowlaw.internal -U intake intake > intake.sql", sp, "db-password",
        "postgres", True)
    f.t("```", "")
    f.n("The Clio secret is in `vault kv get secret/intake/clio`.", "vault kv get secret/intake/clio", "secret-manager-reference")


# ------------------------------------------------------------------------------------------ 16
def field_service(c, g):
    r = c.repo("field-ops")
    f = r.f("services/dispatch/src/main/resources/application-prod.yml", "yaml-config")
    pc = g.alnum(43)
    st = g.alnum(40)
    ak = "ak1." + g.lower(20)
    f.t("spring:", "  datasource:", "    url: jdbc:postgresql://pg-dispatch:5432/dispatch", "    username: dispatch")
    dpw = g.password()
    f.p("    password: '" + dpw + "'", dpw, "db-password", "postgres", True)
    f.t("procore:", "  client-id: " + g.alnum(43))
    f.p("  client-secret: " + pc, pc, "procore-client-secret", "procore", True)
    f.t("servicetitan:", "  tenant: '" + g.digits(9) + "'", "  client-id: cid." + g.lower(25))
    f.p("  client-secret: cs1." + st, st, "servicetitan-client-secret", "servicetitan", True)
    f.p("  app-key: " + ak, ak, "servicetitan-app-key", "servicetitan", True)
    f.t("twilio:", "  account-sid: " + g.twilio_account_sid())
    tw = g.hex(32)
    f.p("  auth-token: " + tw, tw, "twilio-auth-token", "twilio", True)
    sk = g.twilio_api_key()
    f.p("  api-key: " + sk, sk, "twilio-api-key", "twilio", False)
    f.n("  api-secret: ${TWILIO_API_SECRET}", "${TWILIO_API_SECRET}", "env-reference")

    f = r.f("services/dispatch/src/main/kotlin/net/fieldops/JobberClient.kt", "code-kotlin")
    f.t("package net.fieldops", "", "object JobberSecrets {")
    deck(f, g, "code-kotlin", [
        ctxitem(g, "JOBBER_CLIENT_SECRET", "jobber-client-secret", "jobber", "long"),
        ("SENDGRID_KEY", "sendgrid-api-key", "sendgrid", False, g.sendgrid()),
        ("MAPS_KEY", "google-api-key", "google", False, g.google_api_key()),
    ], negs=[("JOBBER_GRAPHQL_VERSION", "2025-01-20", "non-secret-setting")])
    f.t("}")

    f = r.f("mobile/ios/FieldOps/Config.m", "code-objc")
    f.t("#import \"Config.h\"", "")
    deck(f, g, "code-objc", [
        ctxitem(g, "PROCORE_SANDBOX_SECRET", "procore-client-secret", "procore", "long"),
        ctxitem(g, "ANALYTICS_WRITE_KEY", "segment-write-key", "segment", "token"),
    ], negs=[("BUNDLE_ID", "net.fieldops.tech", "non-secret-setting")])

    f = r.f("mobile/ios/FieldOps/GoogleService-Info.plist", "plist")
    gk = g.google_api_key()
    f.t('<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>", "\t<key>API_KEY</key>")
    f.n("\t<string>" + gk + "</string>", gk, "publishable-key")
    f.t("\t<key>GCM_SENDER_ID</key>", "\t<string>" + g.digits(12) + "</string>", "</dict>", "</plist>")

    f = r.f("ops/sync-jobs.ps1", "powershell", crlf=True)
    f.t("# nightly ServiceTitan -> warehouse")
    deck(f, g, "powershell", [
        ctxitem(g, "ST_CLIENT_SECRET", "servicetitan-client-secret", "servicetitan", "long"),
        ctxitem(g, "WAREHOUSE_PASSWORD", "db-password", "snowflake", "pw"),
    ])
    sp = g.password()
    f.p("$cred = New-Object PSCredential('svc-sync', (ConvertTo-SecureString '" + sp + "' -AsPlainText -Force))", sp,
        "powershell-securestring-password", "generic", True)
    f.n("$token = Get-Secret -Name ServiceTitanToken -Vault Ops", "Get-Secret", "secret-manager-reference")
    f.t("& .\\sync.exe --since (Get-Date).AddDays(-1)")

    f = r.f("ops/install.bat", "batch", crlf=True)
    f.t("@echo off", "rem field tablet provisioning")
    deck(f, g, "batch", [ctxitem(g, "MDM_ENROLL_TOKEN", "api-token", "generic", "long"),
                         ctxitem(g, "WIFI_PSK", "wifi-psk", "generic", "pw")])
    np = g.password()
    f.p("net use Z: \\\\fs01\\tablets /user:FIELDOPS\\provision " + np, np, "net-use-password", "windows", True)
    f.n("set PASSWORD_MIN_LENGTH=12", "12", "password-policy")


# ------------------------------------------------------------------------------------------ 17
def events_sports(c, g):
    r = c.repo("events-and-scores")
    f = r.f("ticketing/eventbrite_sync.py", "code-python")
    eb = g.upper(20)
    f.t("import requests", "", "ORG_ID = \"" + g.digits(12) + "\"")
    f.p("EVENTBRITE_PRIVATE_TOKEN = \"" + eb + "\"", eb, "eventbrite-private-token", "eventbrite", True)
    f.t("", "def attendees(event_id):",
        "    return requests.get(f\"https://www.eventbriteapi.com/v3/events/{event_id}/attendees/\",",
        "                        headers={\"Authorization\": f\"Bearer {EVENTBRITE_PRIVATE_TOKEN}\"}).json()")
    f = r.f("ticketing/tito.rb", "code-ruby")
    tt = "secret_live_" + g.alnum(20)
    f.t("require 'net/http'", "")
    f.p("TITO_TOKEN = '" + tt + "'", tt, "tito-api-token", "tito", True)
    f.t("uri = URI('https://api.tito.io/v3/ledgerly/devconf-2026/registrations')",
        "req = Net::HTTP::Get.new(uri, 'Authorization' => \"Token token=#{TITO_TOKEN}\")")
    f.n("TITO_WEBHOOK = ENV.fetch('TITO_WEBHOOK_SECRET')", "ENV.fetch('TITO_WEBHOOK_SECRET')", "env-reference")

    f = r.f("scores/feeds.lua", "code-lua")
    f.t("-- score ticker for the venue screens")
    deck(f, g, "code-lua", [
        ctxitem(g, "SPORTRADAR_API_KEY", "sportradar-api-key", "sportradar", "token"),
        ctxitem(g, "APIFOOTBALL_KEY", "api-football-key", "api-football", "hex32"),
    ])
    f.t("local url = \"https://api.sportradar.com/soccer/trial/v4/en/schedules/live/summaries.json?api_key=\" .. sportradar_api_key")

    f = r.f("scores/Ticker/Feeds.cs", "code-csharp")
    rk = g.alnum(50)
    f.t("namespace Ticker;", "", "public static class Feeds", "{")
    f.p("    public const string RapidApiKey = \"" + rk + "\";", rk, "rapidapi-key", "rapidapi", True)
    f.t("    public static HttpRequestMessage Fixtures() {",
        "        var m = new HttpRequestMessage(HttpMethod.Get, \"https://v3.football.api-sports.io/fixtures?live=all\");")
    af = g.hex(32)
    f.p("        m.Headers.Add(\"x-apisports-key\", \"" + af + "\");", af, "api-football-key", "api-football", True)
    f.t("        return m;", "    }", "}")

    f = r.f("scores/curl-examples.md", "markdown")
    sr = g.alnum(40)
    f.t("```sh")
    f.p("curl \"https://api.sportradar.com/nfl/official/trial/v7/en/games/2026/REG/schedule.json?api_key=" + sr + "\"",
        sr, "sportradar-api-key", "sportradar", True)
    f.n("curl -H 'x-apisports-key: XxXxXxXxXxXxXxXxXxXxXxXxXxXxXxXx' https://v3.football.api-sports.io/status",
        "XxXxXxXxXxXxXxXxXxXxXxXxXxXxXxXx", "placeholder")
    f.t("```")

    f = r.f("ticketing/payments.ts", "code-js")
    rkl = g.stripe(restricted=True)
    f.t("import Stripe from 'stripe';")
    f.p("export const stripe = new Stripe('" + rkl + "', { apiVersion: '2024-06-20' });", rkl, "stripe-restricted-key",
        "stripe", False)
    f.n("export const publishable = '" + J("pk_", "live_") + g.alnum(99) + "';", J("pk_", "live_"), "publishable-key")
    sh = g.slack_webhook()
    f.p("export const SALES_ALERTS = '" + sh + "';", sh, "slack-webhook-url", "slack", False)


# ------------------------------------------------------------------------------------------ 18
def lims(c, g):
    r = c.repo("lab-lims")
    f = r.f("labkey/scripts/pull_assays.R", "code-r")
    lk = "apikey|" + g.hex(32)
    f.t("library(Rlabkey)")
    f.p("labkey.setDefaults(apiKey = \"" + lk + "\", baseUrl = \"https://labkey.biolab.example/\")", lk,
        "labkey-api-key", "labkey", True)
    f.t("rows <- labkey.selectRows(folderPath = \"/Assays/ELISA\", schemaName = \"assay\", queryName = \"Data\")")

    f = r.f("labkey/scripts/export.py", "code-python")
    lk2 = "apikey|" + g.hex(32)
    f.t("from labkey.api_wrapper import APIWrapper", "")
    f.p("api = APIWrapper(\"labkey.biolab.example\", \"Assays\", use_ssl=True, api_key=\"" + lk2 + "\")", lk2,
        "labkey-api-key", "labkey", True)
    f.n("api_env = APIWrapper(\"labkey.biolab.example\", \"Assays\", api_key=os.environ[\"LABKEY_API_KEY\"])",
        "os.environ[\"LABKEY_API_KEY\"]", "env-reference")

    f = r.f("senaite/buildout.cfg", "ini")
    sp = g.password()
    f.t("[buildout]", "extends = https://dist.plone.org/release/5.2.14/versions.cfg", "parts = instance", "",
        "[instance]", "recipe = plone.recipe.zope2instance", "http-address = 8080")
    f.p("user = admin:" + sp, sp, "zope-admin-password", "senaite", True)
    f.t("eggs = senaite.lims")

    f = r.f("instruments/plate-reader/ReaderBridge.jl", "code-julia")
    f.t("module ReaderBridge", "")
    deck(f, g, "code-julia", [ctxitem(g, "SENAITE_PASSWORD", "senaite-password", "senaite", "pw"),
                               ctxitem(g, "INSTRUMENT_HMAC_KEY", "hmac-key", "generic", "hex")])
    f.t("end")

    f = r.f("instruments/hplc/driver.c", "code-c")
    f.t("#include <stdio.h>", "#include <curl/curl.h>", "")
    deck(f, g, "code-c", [ctxitem(g, "LIMS_API_TOKEN", "api-token", "generic", "long"),
                           ctxitem(g, "FTP_PASSWORD", "ftp-password", "generic", "pw")])
    f.n('static const char *lims_host = "lims.biolab.example";', "lims.biolab.example", "non-secret-setting")
    f.t("int main(void) { return 0; }")

    f = r.f("instruments/qpcr/upload.cpp", "code-cpp")
    f.t("#include <string>", "")
    deck(f, g, "code-cpp", [ctxitem(g, "S3_SECRET_ACCESS_KEY", "aws-secret-access-key", "aws", "b64"),
                             ctxitem(g, "DEVICE_PASSWORD", "device-password", "generic", "pw")])
    f.n('const std::string kUploadBucketSha = "' + g.hex(64) + '";', "kUploadBucketSha", "hash-not-secret")

    f = r.f("ops/.pgpass", "credential-file")
    p1 = g.password()
    f.p("pg-lims.biolab.example:5432:lims:lims_app:" + p1, p1, "pgpass-password", "postgres", True)
    f.n("*:*:*:readonly:*", "readonly:*", "placeholder")
    f = r.f("ops/.my.cnf", "ini")
    p2 = g.password()
    f.t("[client]", "user = lims_backup")
    f.p("password = \"" + p2 + "\"", p2, "mysql-password", "mysql", True)
    f.t("host = mysql-lims.biolab.example")

    f = r.f("ops/lims-worker.service", "systemd")
    f.t("[Unit]", "Description=LIMS result worker", "After=network-online.target", "", "[Service]", "User=lims")
    wp = g.password()
    u = "postgresql://lims_app:" + wp + "@pg-lims.biolab.example/lims"
    f.p("Environment=\"LIMS_DB_URL=" + u + "\"", wp, "postgres-url", "postgres", False)
    deck(f, g, "systemd", [ctxitem(g, "RESULT_SIGNING_KEY", "hmac-key", "generic", "hex")])
    f.n("EnvironmentFile=/etc/lims/worker.env", "/etc/lims/worker.env", "secret-file-reference")
    f.t("ExecStart=/opt/lims/bin/worker", "", "[Install]", "WantedBy=multi-user.target")

    f = r.f("certs/lims-client.p12.b64", "credential-file")
    p12 = g.pkcs12_b64()
    f.p(p12, p12, "pkcs12-base64", "pkcs12", True)
    f = r.f("certs/oidc-signing.jwk.json", "json")
    jwk = g.jwk_private()
    text = json.dumps(jwk, indent=2)
    f.p(text, jwk["d"], "jwk-private-key", "jwk", True)
    f = r.f("certs/ca.pem", "pem-file")
    cert = g.cert_pem()
    f.n(cert, cert.split("\n")[1], "certificate", check=cert.split("\n")[1])


# ------------------------------------------------------------------------------------------ 19
def streaming(c, g):
    r = c.repo("stream-bots")
    f = r.f("twitch-bot/src/bot.js", "code-js")
    to = g.twitch_irc()
    cs = g.lower(30)
    f.t("const tmi = require('tmi.js');", "", "const client = new tmi.Client({",
        "  identity: {", "    username: 'ledgerly_bot',")
    f.p("    password: '" + to + "',", to, "twitch-irc-oauth-token", "twitch", False)
    f.t("  },", "  channels: ['ledgerlylive'],", "});", "")
    f.p("const TWITCH_CLIENT_SECRET = '" + cs + "';", cs, "twitch-client-secret", "twitch", True)
    f.n("const TWITCH_CLIENT_ID = '" + g.lower(30) + "';", "TWITCH_CLIENT_ID", "public-identifier")

    f = r.f("twitch-bot/.env", "dotenv")
    se = g.jwt({"citadel": True, "channel": g.hex(24), "role": "owner", "authToken": g.b64url(22), "user": g.hex(24),
                "user_id": g.uuid(), "provider": "twitch", "jti": g.uuid()})
    f.p("STREAMELEMENTS_JWT=" + se, se, "jwt-bearer-token", "streamelements", False)
    ow = g.password()
    f.p("OBS_WEBSOCKET_PASSWORD=" + ow, ow, "obs-websocket-password", "obs", True)
    yk = g.google_api_key()
    f.p("YOUTUBE_API_KEY=" + yk, yk, "google-api-key", "google", False)
    f.n("TWITCH_CHANNEL=ledgerlylive", "ledgerlylive", "non-secret-setting")

    f = r.f("znc/configs/znc.conf", "config-file")
    zp = g.password()
    f.t("Version = 1.9.0", "<Listener l>", "\tPort = 6697", "\tSSL = true", "</Listener>", "", "<User marta>",
        "\t<Pass password>", "\t\tMethod = sha256")
    f.n("\t\tHash = " + g.hex(64), "Hash = ", "password-hash")
    f.n("\t\tSalt = " + g.alnum(20), "Salt = ", "hash-not-secret")
    f.t("\t</Pass>", "\t<Network libera>", "\t\tServer = irc.libera.chat +6697")
    f.p("\t\tLoadModule = nickserv " + zp, zp, "nickserv-password", "irc", True)
    f.t("\t</Network>", "\t<Network twitch>")
    tw2 = g.twitch_irc()
    f.p("\t\tServer = irc.chat.twitch.tv +6697 " + tw2, tw2, "twitch-irc-oauth-token", "twitch", False)
    f.t("\t</Network>", "</User>")

    f = r.f("irssi/config", "config-file")
    sp = g.password()
    f.t("servers = (", "  {", "    address = \"irc.oftc.net\";", "    chatnet = \"OFTC\";", "    port = \"6697\";")
    f.p("    password = \"" + sp + "\";", sp, "irc-server-password", "irc", True)
    f.t("    use_tls = \"yes\";", "  }", ");", "chatnets = {", "  libera = {", "    type = \"IRC\";")
    sa = g.password()
    f.p("    sasl_password = \"" + sa + "\";", sa, "irc-sasl-password", "irc", True)
    f.t("  };", "};")

    f = r.f("alerts/streamer_alerts.py", "code-python")
    dh = g.alnum(32)
    f.t("import hmac, hashlib", "")
    f.p("EVENTSUB_SECRET = b\"" + dh + "\"", dh, "webhook-signing-secret", "twitch", True)
    f.t("def verify(msg_id, ts, body, sig):",
        "    mac = hmac.new(EVENTSUB_SECRET, (msg_id + ts).encode() + body, hashlib.sha256).hexdigest()",
        "    return hmac.compare_digest('sha256=' + mac, sig)")
    f.n("EXAMPLE_SIG = 'sha256=" + g.hex(64) + "'", "EXAMPLE_SIG", "hash-not-secret")


# ------------------------------------------------------------------------------------------ 20
def kiosk(c, g):
    r = c.repo("store-kiosks")
    f = r.f("print/printnode_client.c", "code-c")
    pn = g.alnum(43)
    f.t("#include <curl/curl.h>", "", "/* PrintNode API key: receipts printers, store fleet */")
    f.p("#define PRINTNODE_API_KEY \"" + pn + "\"", pn, "printnode-api-key", "printnode", True)
    f.t("", "int submit(const char *pdf_b64) {", "    CURL *c = curl_easy_init();",
        "    curl_easy_setopt(c, CURLOPT_USERNAME, PRINTNODE_API_KEY);", "    return 0;", "}")

    f = r.f("signage/xibo/cms.env", "dotenv")
    xs = g.alnum(40)
    xm = g.password()
    f.t("CMS_SERVER_NAME=signage.ledgerly-retail.net", "CMS_DATABASE_USERNAME=cms")
    f.p("MYSQL_PASSWORD=" + xm, xm, "mysql-password", "mysql", True)
    f.t("XIBO_API_CLIENT_ID=" + g.alnum(40))
    f.p("XIBO_API_CLIENT_SECRET=" + xs, xs, "xibo-client-secret", "xibo", True)
    f.n("CMS_SMTP_PASSWORD=", "CMS_SMTP_PASSWORD=", "no-value")

    f = r.f("signage/players/cmsKey.xml", "xml")
    ck = g.alnum(8)
    f.t('<?xml version="1.0"?>', "<ApplicationSettings>", "  <ServerUri>https://signage.ledgerly-retail.net</ServerUri>")
    f.p("  <ServerKey>" + ck + "</ServerKey>", ck, "xibo-cms-key", "xibo", True)
    f.t("  <HardwareKey>" + g.hex(32) + "</HardwareKey>", "</ApplicationSettings>")

    f = r.f("kiosk/autologon.reg", "windows-registry", crlf=True)
    al = g.password()
    f.t("Windows Registry Editor Version 5.00", "", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
        "\"AutoAdminLogon\"=\"1\"", "\"DefaultUserName\"=\"kiosk\"")
    f.p("\"DefaultPassword\"=\"" + al + "\"", al, "windows-autologon-password", "windows", True)

    f = r.f("kiosk/Autounattend.xml", "xml")
    ua = g.password()
    f.t('<unattend xmlns="urn:schemas-microsoft-com:unattend">', '  <settings pass="oobeSystem">', "    <UserAccounts>",
        "      <AdministratorPassword>")
    f.p("        <Value>" + ua + "</Value>", ua, "windows-admin-password", "windows", True)
    f.t("        <PlainText>true</PlainText>", "      </AdministratorPassword>", "      <LocalAccounts><LocalAccount>",
        "        <Password>")
    enc = base64.b64encode((g.password() + "Password").encode("utf-16-le")).decode()
    f.p("          <Value>" + enc + "</Value>", enc, "windows-unattend-password-base64", "windows", True)
    f.t("          <PlainText>false</PlainText>", "        </Password>", "      </LocalAccount></LocalAccounts>",
        "    </UserAccounts>", "  </settings>", "</unattend>")

    f = r.f("kiosk/chromium-kiosk.service", "systemd")
    bp = g.password()
    f.t("[Service]", "User=kiosk")
    f.p("ExecStart=/usr/bin/chromium --kiosk --app=https://kiosk:" + bp + "@menu.ledgerly-retail.net/store/042", bp,
        "url-embedded-password", "generic", False)
    f.t("Restart=always")

    f = r.f("kiosk/keys/support.ppk", "pem-file", crlf=True)
    ppk, prv = g.putty_ppk("support@kiosk-042")
    f.p(ppk, prv, "putty-private-key", "putty", False, check=ppk.split("\n")[0])

    f = r.f("kiosk/nixos/configuration.nix", "nix")
    f.t("{ config, pkgs, ... }:", "{", "  services.cage.enable = true;", "  networking.wireless.networks = {",
        "    \"Store-042\" = {")
    wk = g.password()
    f.p("      psk = \"" + wk + "\";", wk, "wifi-psk", "generic", True)
    f.t("    };", "  };", "  users.users.kiosk = {")
    f.n("    hashedPassword = \"$6$" + g.alnum(16) + "$" + g.chars("./" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 86) + "\";",
        "hashedPassword", "password-hash")
    f.t("  };", "  services.pos-agent = {", "    enable = true;")
    deck(f, g, "nix", [ctxitem(g, "POS_API_TOKEN", "api-token", "generic", "long")])
    f.n("    passwordFile = config.age.secrets.pos.path;", "config.age.secrets.pos.path", "secret-file-reference")
    f.t("  };", "}")

    f = r.f("kiosk/menu-app/Settings.swift", "code-swift")
    f.t("struct Settings {")
    deck(f, g, "code-swift", [ctxitem(g, "LOYALTY_API_SECRET", "api-secret", "generic", "long")])
    f.t("}")


# ------------------------------------------------------------------------------------------ 21
def platform(c, g):
    r = c.repo("platform-infra")
    # --- kubernetes
    f = r.f("k8s/apps/billing/secret.yaml", "yaml-k8s")
    f.t("apiVersion: v1", "kind: Secret", "metadata:", "  name: billing", "  namespace: billing", "type: Opaque", "data:")
    for name, val in zip(["DB_PASSWORD", "STRIPE_KEY", "SESSION_SECRET"], [g.password(), g.stripe(), g.hex(64)]):
        b = base64.b64encode(val.encode()).decode()
        f.p("  " + name + ": " + b, b, J("k8s-secret", "-data"), "kubernetes", True)
    f = r.f("k8s/apps/billing/sealed.yaml", "yaml-k8s")
    f.t("apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: billing-ext", "spec:", "  encryptedData:")
    sv = "AgB" + g.b64(300)
    f.n("    PAYPAL_SECRET: " + sv, sv, "encrypted-value")
    f = r.f("k8s/apps/billing/deployment.yaml", "yaml-k8s")
    nr = g.newrelic_user()
    f.t("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: billing", "spec:", "  template:", "    spec:",
        "      containers:", "        - name: api", "          image: ghcr.io/ledgerly/billing@sha256:" + g.hex(64),
        "          env:", "            - name: NEW_RELIC_API_KEY")
    f.p("              value: " + nr, nr, "newrelic-user-key", "newrelic", False)
    f.t("            - name: DB_PASSWORD", "              valueFrom:", "                secretKeyRef: {name: billing, key: DB_PASSWORD}",
        "            - name: GRAFANA_TOKEN")
    gs = g.grafana_sa()
    f.p("              value: \"" + gs + "\"", gs, "grafana-service-account-token", "grafana", False)
    f.t("            - name: SMTP_PASSWORD")
    smp = g.password()
    f.p("              value: '" + smp + "'", smp, "smtp-password", "generic", True)
    f = r.f("k8s/kubeconfig-ci", "kubeconfig")
    ck = base64.b64encode(g.rsa_pem().encode()).decode()
    f.t("apiVersion: v1", "kind: Config", "clusters:", "- cluster:",
        "    certificate-authority-data: " + base64.b64encode(g.cert_pem().encode()).decode()[:200],
        "    server: https://k8s-ams3.ledgerly.net:6443", "  name: ams3", "users:", "- name: ci", "  user:")
    ccd = base64.b64encode(g.cert_pem().encode()).decode()
    f.n("    client-certificate-data: " + ccd, ccd, "certificate")
    f.p("    client-key-data: " + ck, ck, "kubeconfig-client-key", "kubernetes", False)
    sat = g.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                 "sub": "system:serviceaccount:ci:deployer"})
    f.t("- name: deployer", "  user:")
    f.p("    token: " + sat, sat, "kubernetes-sa-token", "kubernetes", False)

    f = r.f("helm/billing/values-prod.yaml", "yaml-helm")
    f.t("replicaCount: 3", "image:", "  repository: ghcr.io/ledgerly/billing", "  tag: 2.41.0", "config:")
    f.n("  dbPassword: {{ .Values.global.dbPassword }}", "{{ .Values.global.dbPassword }}", "template-reference")
    rp = g.password()
    f.p("  redisPassword: \"" + rp + "\"", rp, "redis-password", "redis", True)
    f.n("  stripeKey: ENC[AES256_GCM,data:" + g.b64(40) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]",
        "ENC[AES256_GCM", "encrypted-value")
    f.n("  vaultToken: vault:secret/data/billing#token", "vault:secret/data/billing#token", "secret-manager-reference")
    vt = g.vault()
    f.t("vaultAgent:")
    f.p("  token: " + vt, vt, "vault-service-token", "hashicorp", False)

    f = r.f("ansible/group_vars/all/vault.yml", "yaml-config")
    av = "$ANSIBLE_VAULT;1.1;AES256"
    f.n(av, av, "encrypted-value")
    for _ in range(4):
        f.t(g.hex(80))

    # --- docker
    f = r.f("docker/worker/Dockerfile", "dockerfile")
    nt = g.npm()
    f.t("FROM node:22-alpine AS build", "WORKDIR /app", "COPY package*.json ./")
    f.p("RUN echo \"//registry.npmjs.org/:_authToken=" + nt + "\" > .npmrc && npm ci && rm .npmrc", nt, "npm-token", "npm", False)
    f.t("COPY . .", "FROM node:22-alpine")
    deck(f, g, "dockerfile", [ctxitem(g, "SENTRY_AUTH_TOKEN", "sentry-auth-token", "sentry", "long")],
         negs=[("NODE_ENV", "production", "non-secret-setting")])
    f.n("ARG GITHUB_TOKEN", "ARG GITHUB_TOKEN", "secret-name-only")
    f.t("CMD [\"node\", \"dist/worker.js\"]")

    f = r.f("docker/registry-login.sh", "shell-script")
    dk = g.docker_pat()
    f.t("#!/bin/sh")
    f.p("echo \"" + dk + "\" | docker login -u ledgerlyci --password-stdin", dk, "docker-hub-pat", "docker", False)
    gl = g.gitlab_pat()
    f.p("docker login registry.gitlab.com -u ci -p " + gl, gl, "gitlab-pat", "gitlab", False)

    # --- proxies and daemons
    f = r.f("edge/nginx/conf.d/upstreams.conf", "nginx-conf")
    bb = base64.b64encode(("metrics:" + g.password()).encode()).decode()
    f.t("server {", "    listen 443 ssl;", "    server_name metrics.ledgerly.net;", "    location / {",
        "        proxy_pass http://prometheus:9090;")
    f.p("        proxy_set_header Authorization \"Basic " + bb + "\";", bb, "basic-auth-header", "generic", True)
    f.t("    }", "    location /partner/ {", "        proxy_pass https://api.partner.example/;")
    px = g.token(40)
    f.p("        proxy_set_header X-Api-Key " + px + ";", px, "api-key", "generic", True)
    f.t("    }", "}")
    f = r.f("edge/haproxy/haproxy.cfg", "haproxy-conf")
    hp = g.password()
    f.t("global", "    log stdout format raw local0", "defaults", "    mode http", "listen stats", "    bind :8404",
        "    stats enable", "    stats uri /stats")
    f.p("    stats auth admin:" + hp, hp, "haproxy-stats-password", "haproxy", True)
    f.t("backend api", "    server api1 10.0.1.10:8080 check")
    f = r.f("db/pgbouncer/userlist.txt", "config-file")
    ub = g.password()
    f.p("\"billing\" \"" + ub + "\"", ub, "pgbouncer-password", "pgbouncer", True)
    f.n("\"reporting\" \"SCRAM-SHA-256$4096:" + g.b64(16) + "$" + g.b64(32) + ":" + g.b64(32) + "\"", "SCRAM-SHA-256$4096:",
        "password-hash")
    f = r.f("mail/postfix/sasl_passwd", "config-file")
    sg = g.sendgrid()
    f.p("[smtp.sendgrid.net]:587 apikey:" + sg, sg, "sendgrid-api-key", "sendgrid", False)
    f = r.f("mail/postfix/main.cf", "config-file")
    f.t("relayhost = [smtp.sendgrid.net]:587", "smtp_sasl_auth_enable = yes")
    f.n("smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd", "hash:/etc/postfix/sasl_passwd", "secret-file-reference")
    f.n("smtp_sasl_security_options = noanonymous", "noanonymous", "non-secret-setting")

    f = r.f("db/migrations/0042_reporting_user.sql", "sql")
    sq = g.password()
    f.t("-- reporting role for Metabase replacement")
    f.p("CREATE ROLE reporting LOGIN PASSWORD '" + sq + "';", sq, "sql-password", "postgres", True)
    f.t("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;")
    f.n("ALTER ROLE app PASSWORD :'app_password';", ":'app_password'", "template-reference")

    # --- credential files
    f = r.f("home/ci/.git-credentials", "credential-file")
    ghf = g.github_fine_grained()
    f.p("https://ledgerly-ci:" + ghf + "@github.com", ghf, "github-fine-grained-pat", "github", False)
    glo = g.gitlab_pat()
    f.p("https://oauth2:" + glo + "@gitlab.ledgerly.net", glo, "gitlab-pat", "gitlab", False)
    f = r.f("home/ci/.npmrc", "credential-file")
    nt2 = g.npm()
    f.p("//registry.npmjs.org/:_authToken=" + nt2, nt2, "npm-token", "npm", False)
    na = base64.b64encode(("ci:" + g.password()).encode()).decode()
    f.p("//nexus.ledgerly.net/repository/npm-private/:_auth=" + na, na, "npm-basic-auth", "npm", True)
    f.n("//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}", "${NODE_AUTH_TOKEN}", "env-reference")
    f = r.f("home/ci/.pypirc", "ini")
    pp = g.password()
    f.t("[distutils]", "index-servers = internal", "", "[internal]", "repository = https://nexus.ledgerly.net/repository/pypi-internal/",
        "username = ci")
    f.p("password = " + pp, pp, "pypirc-password", "pypi", True)
    f = r.f("home/ci/.gem/credentials", "credential-file")
    rg = "rubygems_" + g.hex(48)
    f.t("---")
    f.p(":rubygems_api_key: " + rg, rg, "rubygems-api-key", "rubygems", True)
    f = r.f("home/ci/.docker/config.json", "json")
    da = base64.b64encode(("ledgerlyci:" + g.docker_pat()).encode()).decode()
    f.t("{", '  "auths": {', '    "https://index.docker.io/v1/": {')
    f.p('      "auth": "' + da + '"', da, "docker-config-auth", "docker", True)
    f.t("    },", '    "ghcr.io": {}', "  },", '  "credsStore": "pass"', "}")
    f = r.f("home/ci/.config/rclone/rclone.conf", "ini")
    rcs = g.aws_secret()
    rck = g.aws_key_id()
    f.t("[s3-backup]", "type = s3", "provider = AWS")
    f.p("access_key_id = " + rck, rck, "aws-access-key-id", "aws", False)
    f.p("secret_access_key = " + rcs, rcs, "aws-secret-access-key", "aws", True)
    f.t("region = eu-central-1", "", "[sftp-partner]", "type = sftp", "host = files.partner-bank.example", "user = ledgerly")
    ob = g.b64url(40)
    f.p("pass = " + ob, ob, "rclone-obscured-password", "rclone", True)
    f = r.f("home/ci/.s3cfg", "ini")
    s3k = g.aws_key_id()
    s3s = g.aws_secret()
    f.t("[default]")
    f.p("access_key = " + s3k, s3k, "aws-access-key-id", "aws", False)
    f.p("secret_key = " + s3s, s3s, "aws-secret-access-key", "aws", True)
    f.t("host_base = s3.amazonaws.com")
    f.n("gpg_passphrase = ", "gpg_passphrase = ", "no-value")
    f = r.f("home/ci/.boto", "ini")
    bo = g.aws_secret()
    f.t("[Credentials]", "aws_access_key_id = " + g.aws_key_id(temp=True))
    f.p("aws_secret_access_key = " + bo, bo, "aws-secret-access-key", "aws", True)
    f = r.f("home/ci/.wgetrc", "config-file")
    wg = g.password()
    f.t("user = mirror")
    f.p("password = " + wg, wg, "wgetrc-password", "generic", True)

    f = r.f("home/ci/.config/gh/hosts.yml", "yaml-config")
    go = g.github("oauth")
    f.t("github.com:", "    user: ledgerly-ci", "    git_protocol: https")
    f.p("    oauth_token: " + go, go, "github-oauth-token", "github", False)

    # --- CI
    f = r.f(".gitlab-ci.yml", "yaml-ci")
    hk = g.heroku()
    f.t("stages: [test, deploy]", "variables:", "  POSTGRES_DB: test")
    f.n("  POSTGRES_PASSWORD: postgres", "postgres", "fake-fixture")
    f.p("  HEROKU_API_KEY: " + hk, hk, "heroku-api-key", "heroku", False)
    f.n("  AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY", "$AWS_SECRET_ACCESS_KEY", "env-reference")
    f.t("deploy:", "  stage: deploy", "  script:")
    pm = g.postman()
    f.p("    - newman run api.postman_collection.json --env-var apiKey=" + pm, pm, "postman-api-key", "postman", False)
    ghs = g.github("app")
    f.p("    - git push https://x-access-token:" + ghs + "@github.com/ledgerly/mirror.git HEAD:main", ghs,
        "github-app-token", "github", False)

    f = r.f("Jenkinsfile", "code-groovy")
    f.t("pipeline {", "  agent any", "  environment {")
    f.n("    SONAR_TOKEN = credentials('sonar-token')", "credentials('sonar-token')", "secret-manager-reference")
    dpt = g.doppler("st")
    f.p("    DOPPLER_TOKEN = '" + dpt + "'", dpt, "doppler-service-token", "doppler", False)
    f.t("  }", "  stages {", "    stage('deploy') {", "      steps {")
    slu = g.slack("user")
    f.p("        sh \"curl -s -H 'Authorization: Bearer " + slu + "' https://slack.com/api/chat.postMessage -d channel=C0123 -d text=deployed\"",
        slu, "slack-user-token", "slack", False)
    f.t("      }", "    }", "  }", "}")

    f = r.f("scripts/slack-socket.py", "code-python")
    sa = g.slack("app")
    f.t("from slack_bolt.adapter.socket_mode import SocketModeHandler", "from app import app", "")
    f.p("SocketModeHandler(app, \"" + sa + "\").start()", sa, "slack-app-token", "slack", False)

    f = r.f("scripts/shopify-export.sh", "shell-script")
    sp1 = g.shopify("at")
    f.t("#!/bin/bash", "STORE=ledgerly-merch.myshopify.com")
    f.p("curl -s -H \"X-Shopify-Access-Token: " + sp1 + "\" \"https://$STORE/admin/api/2025-01/orders.json?status=any\"",
        sp1, "shopify-access-token", "shopify", False)
    dpp = g.doppler("pt")
    f.p("doppler run --token " + dpp + " -- ./export.py", dpp, "doppler-personal-token", "doppler", False)
    vb = g.vault(batch=True)
    f.p("VAULT_TOKEN=" + vb + " vault kv get -field=dsn secret/merch/db", vb, "vault-batch-token", "hashicorp", False)

    f = r.f("scripts/rotate.rb", "code-ruby")
    f.t("module Rotate", "  class << self; attr_accessor :config; end", "  self.config = Struct.new(:a, :b, :c).new", "end",
        "Rotate.configure do |config|")
    deck(f, g, "code-ruby", [ctxitem(g, "PAGERDUTY_API_KEY", "pagerduty-api-key", "pagerduty", "token"),
                              ctxitem(g, "OPSGENIE_API_KEY", "opsgenie-api-key", "opsgenie", "uuid")])
    f.t("end")

    f = r.f("scripts/legacy/Settings.php", "code-php")
    f.t("<?php", "return [")
    deck(f, g, "code-php", [ctxitem(g, "MAILCHIMP_API_KEY", "mailchimp-api-key", "mailchimp", "hex32"),
                             ctxitem(g, "SMTP_PASSWORD", "smtp-password", "generic", "pw")],
         negs=[("SMTP_HOST", "smtp.office365.com", "non-secret-setting")])
    f.t("];")


# ------------------------------------------------------------------------------------------ 22
def cloud_keys(c, g):
    r = c.repo("data-platform")
    f = r.f("gcp/sa-bq-loader.json", "json")
    pem = g.pkcs8_pem()
    sa = {"type": "service_account", "project_id": "ledgerly-data", "private_key_id": g.hex(40),
          "private_key": pem + "\n", "client_email": "bq-loader@ledgerly-data.iam.gserviceaccount.com",
          "client_id": g.digits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token"}
    text = json.dumps(sa, indent=2)
    f.p(text, pem, "gcp-service-account-key", "google", False, check='"private_key": "' + J("-----BEGIN ", "PRIV"))

    f = r.f("aws/credentials", "credential-file")
    k1 = g.aws_key_id()
    s1 = g.aws_secret()
    f.t("[default]")
    f.p("aws_access_key_id = " + k1, k1, "aws-access-key-id", "aws", False)
    f.p("aws_secret_access_key = " + s1, s1, "aws-secret-access-key", "aws", True)
    f.t("", "[readonly-sts]")
    k2 = g.aws_key_id(temp=True)
    f.p("aws_access_key_id = " + k2, k2, "aws-sts-access-key-id", "aws", False)
    s2 = g.aws_secret()
    f.p("aws_secret_access_key = " + s2, s2, "aws-secret-access-key", "aws", True)
    st = "IQoJb3JpZ2luX2VjE" + g.b64(300)
    f.p("aws_session_token = " + st, st, "aws-session-token", "aws", True)
    f.t("", "[docs-example]")
    f.n("aws_access_key_id = " + J("AKIA", "IOSFODNN7", "EXAMPLE"), J("AKIA", "IOSFODNN7", "EXAMPLE"), "vendor-example-key")
    f.n("aws_secret_access_key = " + J("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"), "bPxRfiCYEXAMPLEKEY", "vendor-example-key")

    f = r.f("azure/sp.json", "json")
    az = g.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-", 3) + "8Q~" + \
        g.chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-", 34)
    f.t("{")
    f.n('  "appId": "' + g.uuid() + '",', "appId", "uuid-identifier")
    f.t('  "displayName": "adf-deployer",')
    f.p('  "password": "' + az + '",', az, "azure-client-secret", "azure", True)
    f.n('  "tenant": "' + g.uuid() + '"', "tenant", "uuid-identifier")
    f.t("}")

    f = r.f("airbyte-lite/sources.hcl", "terraform")
    f.t('source "postgres" "billing" {', '  host     = "pg-prod.ledgerly.net"', '  username = "airbyte"')
    deck(f, g, "terraform", [ctxitem(g, "PASSWORD", "db-password", "postgres", "pw")])
    f.t('}', '', 'destination "bigquery" "dw" {')
    f.n('  credentials_json = file("../gcp/sa-bq-loader.json")', 'file("../gcp/sa-bq-loader.json")', "file-path")
    f.t('}', '', 'source "hubspot" "crm" {')
    deck(f, g, "terraform", [ctxitem(g, "ACCESS_TOKEN", "hubspot-private-app-token", "hubspot", "uuid")])
    f.t('}')

    f = r.f("spark/conf/spark-defaults.conf", "config-file")
    ak = g.aws_key_id()
    sk = g.aws_secret()
    f.t("spark.master                     yarn")
    f.p("spark.hadoop.fs.s3a.access.key   " + ak, ak, "aws-access-key-id", "aws", False)
    f.p("spark.hadoop.fs.s3a.secret.key   " + sk, sk, "aws-secret-access-key", "aws", True)
    f.n("spark.hadoop.fs.s3a.aws.credentials.provider  com.amazonaws.auth.InstanceProfileCredentialsProvider",
        "InstanceProfileCredentialsProvider", "non-secret-setting")

    f = r.f("notebooks/explore.ipynb", "notebook")
    hf = g.huggingface()
    gq = g.groq()
    nb = {"cells": [{"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
                     "source": ["from huggingface_hub import login\n", "login(token=\"" + hf + "\")\n"]},
                    {"cell_type": "code", "metadata": {}, "execution_count": 2, "outputs": [],
                     "source": ["from groq import Groq\n", "client = Groq(api_key=\"" + gq + "\")\n"]},
                    {"cell_type": "code", "metadata": {}, "execution_count": 3, "outputs": [],
                     "source": ["import getpass\n", "pw = getpass.getpass('warehouse password: ')\n"]}],
          "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    f.t(json.dumps(nb, indent=1))
    for val, kind, prov in [(hf, "huggingface-token", "huggingface"), (gq, "groq-api-key", "groq")]:
        idx = next(i for i, l in enumerate(f.lines) if val in l)
        c.labels.append({"path": f.path, "line": idx + 1, "kind": kind, "provider": prov, "family": "notebook",
                         "context_only": False, "positive": True, "secret": val, "_check": val})
    idx = next(i for i, l in enumerate(f.lines) if "getpass.getpass" in l)
    c.labels.append({"path": f.path, "line": idx + 1, "kind": "value-from-code", "provider": "-", "family": "notebook",
                     "context_only": False, "positive": False, "secret": "getpass.getpass", "_check": "getpass.getpass"})

    f = r.f("keys/etl-deploy.pem", "pem-file")
    rk = g.rsa_pem()
    f.p(rk, rk, "rsa-private-key", "pem", False, check=rk.split("\n")[0])
    f = r.f("keys/README.md", "markdown")
    f.t("Keys used by the ETL hosts. The public half:", "", "```")
    pub = g.public_pem()
    f.n(pub, pub.split("\n")[1], "public-key", check=pub.split("\n")[1])
    f.t("```")
    f = r.f("app/src/crypto/keys.go", "code-go")
    pk8 = g.pkcs8_pem()
    f.t("package crypto", "", "// signing key for webhook payloads (staging)")
    f.p("const stagingKey = `" + pk8 + "`", pk8, "pkcs8-private-key", "pem", False, check="const stagingKey = `" + pk8.split("\n")[0])
    f.n("const verifyKeyFingerprint = \"SHA256:" + g.b64(32).rstrip("=") + "\"", "SHA256:", "hash-not-secret")

    f = r.f("app/src/config/config.go", "code-go")
    f.t("package config", "", "const (")
    deck(f, g, "code-go", [ctxitem(g, "SNOWFLAKE_PASSWORD", "db-password", "snowflake", "pw"),
                           ctxitem(g, "SEGMENT_WRITE_KEY", "segment-write-key", "segment", "token"),
                           ("DATADOG_API_KEY", "datadog-api-key", "datadog", True, g.hex(32))],
         negs=[("DATADOG_SITE", "datadoghq.eu", "non-secret-setting"), ("BUILD_COMMIT", g.hex(40), "commit-sha")])
    f.t(")")

    f = r.f("app/src/main/java/net/ledgerly/data/Warehouse.java", "code-java")
    f.t("package net.ledgerly.data;", "", "public final class Warehouse {")
    deck(f, g, "code-java", [ctxitem(g, "WAREHOUSE_PASSWORD", "db-password", "snowflake", "pw"),
                             ctxitem(g, "ENCRYPTION_KEY", "encryption-key", "generic", "hex32")],
         negs=[("PASSWORD_PROPERTY", "warehouse.password", "secret-name-only")])
    f.n("    private final String user = System.getenv(\"WAREHOUSE_USER\");", "System.getenv", "env-reference")
    f.t("}")

    f = r.f("app/Loader/Settings.cs", "code-csharp")
    f.t("namespace Loader;", "public static class Settings {")
    deck(f, g, "code-csharp", [ctxitem(g, "SERVICE_BUS_KEY", "azure-service-bus-key", "azure", "b64"),
                               ctxitem(g, "COSMOS_KEY", "azure-cosmos-key", "azure", "b64")])
    f.n("    public static string Secret => Configuration[\"Loader:Secret\"];", "Configuration[\"Loader:Secret\"]", "value-from-code")
    f.t("}")

    f = r.f("airflow/variables.json", "json")
    f.t("{")
    deck(f, g, "json", [ctxitem(g, "FIVETRAN_API_SECRET", "fivetran-api-secret", "fivetran", "token"),
                        ctxitem(g, "DBT_CLOUD_TOKEN", "dbt-cloud-token", "dbt", "long")],
         negs=[("DBT_ACCOUNT_ID", g.digits(6), "public-identifier")])
    f.t('  "env": "prod"', "}")

    f = r.f("README.md", "markdown")
    f.t("# data platform", "", "| secret | location |", "|---|---|")
    f.n("| GCP loader | `projects/ledgerly-data/secrets/bq-loader/versions/latest` |", "projects/ledgerly-data/secrets/bq-loader",
        "secret-manager-reference")
    f.n("| AWS | `arn:aws:secretsmanager:eu-central-1:" + g.digits(12) + ":secret:dp/aws-" + g.alnum(6) + "` |",
        "arn:aws:secretsmanager", "arn-reference")
    f.n("| Snowflake | `SNOWFLAKE_PASSWORD` (env) |", "SNOWFLAKE_PASSWORD", "secret-name-only")
