"""Repositories 9-15: BI, feature flags, telemetry agents, media stack, notifications, job workers, Vagrant."""
import base64
import json

from corpus import deck_pos, deck_neg, render, P
from keys import LO, UP, DIG, ALNUM, sha256_hex


def bi_redash(C):
    g = C.g
    R = C.repo("bi-redash")
    e = R.f("redash.env", "dotenv")
    e.add("PYTHONUNBUFFERED=0", "REDASH_LOG_LEVEL=INFO", "REDASH_REDIS_URL=redis://redis:6379/0")
    e.pos("REDASH_COOKIE_SECRET={V}", "cookie-secret", g.hex(64))
    e.pos("REDASH_SECRET_KEY={V}", "encryption-key-hex")
    e.pos("REDASH_DATABASE_URL={V}", "postgres-url")
    e.pos("REDASH_MAIL_PASSWORD={V}", "sendgrid-api-key")
    e.add("REDASH_MAIL_USERNAME=apikey")
    e.neg("REDASH_GOOGLE_CLIENT_ID={V}", "public-identifier", g.digits(12) + "-" + g.s(32, LO + DIG) + ".apps.googleusercontent.com")
    e.pos("REDASH_GOOGLE_CLIENT_SECRET={V}", "google-oauth-client-secret")
    deck_neg(C, e, "env", 3)

    dc = R.f("docker-compose.yml", "yaml-compose")
    dc.add("x-redash-service: &redash-service", "  image: redash/redash:10.1.0.b50633", "  env_file: redash.env",
           "services:", "  server:", "    <<: *redash-service", "    command: server", "  postgres:",
           "    image: postgres:13-alpine", "    environment:")
    dc.pos("      POSTGRES_PASSWORD: \"{V}\"", "db-password")
    dc.add("  redis:", "    image: redis:7-alpine")

    ds = R.f("datasources/sources.json", "json")
    ds.add("[")
    ds.add('  {"name": "Warehouse", "type": "pg", "options": {"host": "dwh.corp.example", "user": "redash_ro",')
    ds.pos('     "password": "{V}", "dbname": "analytics"}},', "db-password")
    ds.add('  {"name": "Product BigQuery", "type": "bigquery", "options": {"projectId": "corp-analytics",')
    pem, email, cid, pkid = g.gcp_sa("corp-analytics")
    sa = json.dumps({"type": "service_account", "project_id": "corp-analytics", "private_key_id": pkid,
                     "private_key": "@@PK@@", "client_email": email, "client_id": cid})
    ds.pos('     "jsonKeyFile": "{V}"}},', "gcp-service-account-key",
           base64.b64encode(sa.replace("@@PK@@", pem).encode()).decode())
    ds.add('  {"name": "Events (Mongo)", "type": "mongodb", "options": {')
    ds.pos('     "connectionString": "{V}", "dbName": "events"}},', "mongodb-url")
    ds.add('  {"name": "Stripe mirror", "type": "url", "options": {"url": "https://stripe-mirror.corp.example"}}', "]")

    q = R.f("queries/finance/monthly_revenue.sql", "sql")
    q.add("-- name: Monthly revenue (finance)", "-- data_source: Warehouse", "-- refresh: daily")
    q.add("-- created via API; the loader user was set up with:")
    q.pos("-- CREATE USER redash_loader WITH PASSWORD '{V}';", "db-password")
    q.add("SELECT date_trunc('month', paid_at) AS month,", "       sum(amount_cents) / 100.0 AS revenue",
          "FROM payments", "WHERE status = 'succeeded'", "GROUP BY 1", "ORDER BY 1 DESC;")
    q2 = R.f("queries/ops/grant_readonly.sql", "sql")
    q2.add("-- run once per new analyst")
    q2.pos("ALTER ROLE analyst_ro WITH LOGIN PASSWORD '{V}';", "db-password")
    q2.neg("ALTER ROLE analyst_template WITH LOGIN PASSWORD '{V}';", "placeholder", "<set-me>")
    q2.neg("-- password hash stored: {V}", "password-hash", "SCRAM-SHA-256$4096:" + g.b64(16) + "$" + g.b64(32) + ":" + g.b64(32))
    q2.add("GRANT USAGE ON SCHEMA analytics TO analyst_ro;")

    nb = R.f("notebooks/churn_exploration.ipynb", "notebook")
    api = g.hex(40)
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Churn exploration\n", "Pull query results from Redash."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import requests, pandas as pd\n", "REDASH = 'https://redash.corp.example'\n",
                    "API_KEY = '" + api + "'  # user API key (mine)\n"]},
    ]
    txt = json.dumps({"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
                      "nbformat": 4, "nbformat_minor": 5}, indent=1)
    for l in txt.split("\n"):
        if api in l:
            nb.pos(l.replace(api, "{V}"), "generic-api-key", api)
        else:
            nb.add(l)


def feature_flags(C):
    g = C.g
    R = C.repo("feature-flags")
    u = R.f("unleash/docker-compose.yml", "yaml-compose")
    u.add("services:", "  unleash:", "    image: unleashorg/unleash-server:6", "    environment:",
          "      DATABASE_HOST: db", "      DATABASE_NAME: unleash", "      DATABASE_USERNAME: unleash")
    u.pos("      DATABASE_PASSWORD: {V}", "db-password")
    u.pos("      INIT_ADMIN_API_TOKENS: \"{V}\"", "unleash-api-token", g.unleash("*", "*"))
    u.pos("      INIT_CLIENT_API_TOKENS: \"{V}\"", "unleash-api-token")
    u.neg("      INIT_FRONTEND_API_TOKENS: \"{V}\"", "publishable-key", "default:development.unleash-insecure-frontend-api-token")
    u.add("  edge:", "    image: unleashorg/unleash-edge:19", "    command: edge", "    environment:", "      UPSTREAM_URL: http://unleash:4242")
    u.pos("      TOKENS: {V}", "unleash-api-token")

    fs = R.f("flagsmith/.env", "dotenv")
    fs.add("DJANGO_ALLOWED_HOSTS=*")
    fs.pos("DATABASE_URL={V}", "postgres-url")
    fs.pos("DJANGO_SECRET_KEY={V}", "generic-secret", g.s(50, LO + DIG + "!@#$%^&*(-_=+)"))
    fs.neg("ENVIRONMENT_KEY={V}", "publishable-key", g.s(22, ALNUM))
    fs.pos("EMAIL_HOST_PASSWORD={V}", "smtp-password")

    gb = R.f("growthbook/.env", "dotenv")
    gb.add("NODE_ENV=production", "APP_ORIGIN=https://growthbook.corp.example")
    gb.pos("JWT_SECRET={V}", "jwt-signing-secret")
    gb.pos("ENCRYPTION_KEY={V}", "encryption-key-hex")
    gb.pos("MONGODB_URI={V}", "mongodb-url")

    go = R.f("services/checkout/flags.go", "code-go")
    go.add("package flags", "", "import (", "\t\"os\"", "\t\"time\"", "", "\tld \"github.com/launchdarkly/go-server-sdk/v7\"", ")", "",
           "// TODO(pay-412): move to Vault before GA", "const (")
    go.pos("\tldSDKKey = \"{V}\"", "launchdarkly-sdk-key")
    go.neg("\tldMobileKey = \"{V}\"", "publishable-key", g.launchdarkly_mobile())
    go.neg("\tldClientSideID = \"{V}\"", "publishable-key", g.hex(24))
    go.add(")", "", "var (")
    deck_pos(C, go, "go", 3)
    deck_neg(C, go, "go", 3)
    go.add(")", "", "func Client() (*ld.LDClient, error) {", "\tkey := ldSDKKey", "\tif v := os.Getenv(\"LD_SDK_KEY\"); v != \"\" {",
           "\t\tkey = v", "\t}", "\treturn ld.MakeClient(key, 5*time.Second)", "}")

    j = R.f("services/pricing/src/main/java/com/corp/pricing/FlagConfig.java", "code-java")
    j.add("package com.corp.pricing;", "", "import com.launchdarkly.sdk.server.LDClient;", "", "public final class FlagConfig {")
    j.pos("    private static final String SDK_KEY = \"{V}\";", "launchdarkly-sdk-key")
    deck_pos(C, j, "java", 2)
    deck_neg(C, j, "java", 2)
    j.add("    public static LDClient client() { return new LDClient(SDK_KEY); }", "}")

    kt = R.f("apps/android/app/src/main/java/com/corp/app/Flags.kt", "code-kotlin")
    kt.add("package com.corp.app", "", "object Flags {")
    kt.neg("    const val LD_MOBILE_KEY = \"{V}\"", "publishable-key", g.launchdarkly_mobile())
    deck_pos(C, kt, "kotlin", 2)
    deck_neg(C, kt, "kotlin", 1)
    kt.add("}")

    sw = R.f("apps/ios/Corp/Config/Flags.swift", "code-swift")
    sw.add("import Foundation", "import LaunchDarkly", "", "enum FlagKeys {")
    sw.neg("    static let mobileKey = \"{V}\"", "publishable-key", g.launchdarkly_mobile())
    deck_pos(C, sw, "swift", 2)
    deck_neg(C, sw, "swift", 1)
    sw.add("}")

    oc = R.f("apps/ios-legacy/Corp/CRPSecrets.m", "code-objc")
    oc.add("#import \"CRPSecrets.h\"", "")
    deck_pos(C, oc, "objc", 2)
    deck_neg(C, oc, "objc", 1)

    dt = R.f("apps/flutter/lib/env.dart", "code-dart")
    dt.add("import 'dart:io';", "", "class Env {")
    dt.neg("  static const unleashFrontendToken = '{V}';", "publishable-key", "*:production.frontend-public")
    deck_pos(C, dt, "dart", 2)
    deck_neg(C, dt, "dart", 1)
    dt.add("}")

    sc = R.f("services/experiments/src/main/scala/corp/Experiments.scala", "code-scala")
    sc.add("package corp", "", "object Experiments {")
    deck_pos(C, sc, "scala", 2)
    deck_neg(C, sc, "scala", 2)
    sc.add("}")


def telemetry(C):
    g = C.g
    R = C.repo("telemetry-agents")
    t = R.f("telegraf/telegraf.conf", "toml")
    t.add("[agent]", "  interval = \"10s\"", "  hostname = \"\"", "", "[[outputs.influxdb_v2]]",
          "  urls = [\"https://influx.corp.example:8086\"]")
    t.pos("  token = \"{V}\"", "influxdb-token")
    t.add("  organization = \"corp\"", "  bucket = \"telegraf\"", "", "[[outputs.influxdb_v2]]", "  urls = [\"https://influx-dr.corp.example:8086\"]")
    t.neg("  token = \"{V}\"", "env-reference", "${INFLUX_TOKEN}")
    t.add("", "[[inputs.mysql]]")
    t.pos("  servers = [\"telegraf:{V}@tcp(db-01.corp.example:3306)/?tls=false\"]", "db-password", g.s(18))
    t.add("", "[[inputs.snmp]]", "  agents = [\"udp://10.20.0.1:161\"]", "  version = 2")
    t.pos("  community = \"{V}\"", "snmp-community")
    t.add("", "[[inputs.vsphere]]", "  vcenters = [ \"https://vcsa.corp.example/sdk\" ]", "  username = \"svc-telegraf@vsphere.local\"")
    t.pos("  password = \"{V}\"", "generic-password")

    i = R.f("influxdb/influx-configs", "toml")
    i.add("[default]", "  url = \"https://influx.corp.example:8086\"")
    i.pos("  token = \"{V}\"", "influxdb-token")
    i.add("  org = \"corp\"", "  active = true")

    gl = R.f("graylog/server.conf", "properties")
    gl.add("is_leader = true", "node_id_file = /etc/graylog/server/node-id")
    gl.pos("password_secret = {V}", "graylog-password-secret")
    gl.add("root_username = admin")
    gl.neg("root_password_sha2 = {V}", "password-hash", sha256_hex(g.s(12)))
    gl.add("http_bind_address = 0.0.0.0:9000")
    gl.pos("elasticsearch_hosts = https://graylog:{V}@opensearch.corp.example:9200", "generic-password", g.s(20))
    gl.pos("mongodb_uri = mongodb://graylog:{V}@mongo-0:27017/graylog", "db-password", g.s(18))
    gl.neg("transport_email_auth_password = {V}", "placeholder", "")

    p = R.f("promtail/promtail.yaml", "yaml-config")
    p.add("server:", "  http_listen_port: 9080", "clients:", "  - url: https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push",
          "    basic_auth:", "      username: \"" + g.digits(6) + "\"")
    p.pos("      password: {V}", "grafana-service-account-token")
    p.add("  - url: https://loki.corp.example/loki/api/v1/push", "    basic_auth:", "      username: promtail")
    p.neg("      password_file: {V}", "secret-file-path", "/etc/promtail/loki-password")
    p.add("scrape_configs:", "  - job_name: journal", "    journal:", "      max_age: 12h")

    dd = R.f("datadog/datadog.yaml", "yaml-config")
    dd.pos("api_key: {V}", "datadog-api-key")
    dd.pos("app_key: {V}", "datadog-app-key")
    dd.add("site: datadoghq.eu", "hostname_fqdn: true", "logs_enabled: true", "apm_config:", "  enabled: true",
           "process_config:", "  process_collection:", "    enabled: true")
    dd.neg("secret_backend_command: {V}", "secret-file-path", "/usr/local/bin/dd-secret-helper")
    dd.neg("# api_key: {V}", "placeholder", "<DD_API_KEY>")

    ddc = R.f("datadog/conf.d/postgres.d/conf.yaml", "yaml-config")
    ddc.add("init_config:", "instances:", "  - host: pg-main.corp.example", "    port: 5432", "    username: datadog")
    ddc.pos("    password: '{V}'", "db-password")
    ddc.add("  - host: pg-replica.corp.example", "    username: datadog")
    ddc.neg("    password: '{V}'", "secret-manager-ref", "ENC[datadog_pg_password]")

    nr = R.f("newrelic/newrelic.yml", "yaml-config")
    nr.add("common: &default_settings")
    nr.pos("  license_key: '{V}'", "newrelic-license-key", g.hex(36) + "NRAL")
    nr.add("  app_name: checkout-api", "  log_level: info", "production:", "  <<: *default_settings", "staging:",
           "  <<: *default_settings")
    nr.neg("  license_key: '{V}'", "template-reference", "<%= ENV['NEW_RELIC_LICENSE_KEY'] %>")

    nri = R.f("newrelic/newrelic-infra.yml", "yaml-config")
    nri.pos("license_key: {V}", "newrelic-license-key")
    nri.add("display_name: bastion-01", "custom_attributes:", "  env: prod")

    uk = R.f("uptime-kuma/monitors-export.json", "json")
    uk.add("{", '  "version": "1.23.13",', '  "notificationList": [', "    {", '      "name": "ops-telegram",')
    uk.pos('      "config": "{\\"type\\":\\"telegram\\",\\"telegramBotToken\\":\\"{V}\\",\\"telegramChatID\\":\\"-100' + g.digits(10) + '\\"}"', "telegram-bot-token")
    uk.add("    },", "    {", '      "name": "pagerduty",')
    uk.pos('      "config": "{\\"type\\":\\"PagerDuty\\",\\"pagerdutyIntegrationKey\\":\\"{V}\\"}"', "generic-api-key", g.hex(32))
    uk.add("    }", "  ],", '  "monitorList": [', "    {", '      "name": "corp api",', '      "url": "https://api.corp.example/health",',
           '      "basic_auth_user": "kuma",')
    uk.pos('      "basic_auth_pass": "{V}"', "generic-password")
    uk.add("    }", "  ]", "}")


def media(C):
    g = C.g
    R = C.repo("media-stack")
    for app, port in (("sonarr", 8989), ("radarr", 7878), ("prowlarr", 9696)):
        x = R.f(app + "/config.xml", "xml")
        x.add("<Config>", "  <BindAddress>*</BindAddress>", "  <Port>" + str(port) + "</Port>", "  <SslPort>9898</SslPort>",
              "  <EnableSsl>False</EnableSsl>", "  <LaunchBrowser>True</LaunchBrowser>")
        x.pos("  <ApiKey>{V}</ApiKey>", "arr-api-key")
        x.add("  <AuthenticationMethod>Forms</AuthenticationMethod>", "  <Branch>main</Branch>", "  <LogLevel>info</LogLevel>",
              "  <UrlBase></UrlBase>", "  <InstanceName>" + app.capitalize() + "</InstanceName>")
        if app == "radarr":
            x.add("  <PostgresUser>radarr</PostgresUser>")
            x.pos("  <PostgresPassword>{V}</PostgresPassword>", "db-password")
        x.add("</Config>")

    q = R.f("qbittorrent/qBittorrent.conf", "ini")
    q.add("[BitTorrent]", "Session\\Port=6881", "", "[Preferences]", "WebUI\\Port=8080", "WebUI\\Username=admin")
    q.neg("WebUI\\Password_PBKDF2=\"@ByteArray({V})\"", "password-hash", g.b64(16) + ":" + g.b64(64))
    q.add("Connection\\Proxy\\Type=SOCKS5", "Connection\\Proxy\\IP=vpn-gw.lan", "Connection\\Proxy\\Username=p" + g.digits(7))
    q.pos("Connection\\Proxy\\Password={V}", "generic-password")

    pl = R.f("plex/Preferences.xml", "xml")
    pl.pos('<?xml version="1.0" encoding="utf-8"?><Preferences MachineIdentifier="' + g.uuid() + '" ProcessedMachineIdentifier="' + g.hex(40) + '" PlexOnlineToken="{V}" PlexOnlineUsername="homeops" FriendlyName="nas"/>', "plex-token")

    je = R.f("jellyfin/config/network-and-keys.md", "markdown")
    je.add("# Jellyfin notes", "", "API keys created under Dashboard > API Keys:", "", "| app | key |", "|---|---|")
    je.pos("| Jellyseerr | `{V}` |", "jellyfin-api-key")
    je.pos("| Home Assistant | `{V}` |", "jellyfin-api-key")
    je.neg("| Kodi | {V} |", "placeholder", "(regenerate, old one leaked)")

    dc = R.f("docker-compose.yml", "yaml-compose")
    dc.add("services:", "  gluetun:", "    image: qmcgaw/gluetun", "    cap_add: [NET_ADMIN]", "    environment:",
           "      - VPN_SERVICE_PROVIDER=mullvad", "      - VPN_TYPE=wireguard")
    dc.pos("      - WIREGUARD_PRIVATE_KEY={V}", "wireguard-private-key")
    dc.add("      - WIREGUARD_ADDRESSES=10.64.12.7/32", "  jellyseerr:", "    image: fallenbagel/jellyseerr", "    environment:")
    dc.neg("      - JELLYFIN_API_KEY={V}", "env-reference", "${JELLYFIN_API_KEY}")
    dc.add("  unpackerr:", "    image: golift/unpackerr", "    environment:", "      - UN_SONARR_0_URL=http://sonarr:8989")
    dc.pos("      - UN_SONARR_0_API_KEY={V}", "arr-api-key")
    dc.add("      - UN_RADARR_0_URL=http://radarr:7878")
    dc.pos("      - UN_RADARR_0_API_KEY={V}", "arr-api-key")

    wg = R.f("wireguard/wg0.conf", "ini")
    wg.add("[Interface]", "Address = 10.8.0.1/24", "ListenPort = 51820")
    wg.pos("PrivateKey = {V}", "wireguard-private-key")
    wg.add("", "[Peer]", "# phone")
    wg.neg("PublicKey = {V}", "public-key", g.wireguard())
    wg.pos("PresharedKey = {V}", "wireguard-private-key")
    wg.add("AllowedIPs = 10.8.0.2/32")


def notify(C):
    g = C.g
    R = C.repo("notify-hub")
    a = R.f("apprise/apprise.yml", "yaml-config")
    a.add("version: 1", "urls:")
    a.pos("  - pover://u" + g.s(29, LO + DIG) + "@{V}:", "pushover-app-token")
    a.pos("  - tgram://{V}/-100" + g.digits(10) + ":", "telegram-bot-token")
    a.pos("  - ntfys://{V}@ntfy.corp.example/ops-alerts:", "ntfy-access-token")
    a.pos("  - discord://" + g.digits(19) + "/{V}:", "generic-token", g.s(68, ALNUM + "-_"))
    a.pos("  - gotifys://gotify.corp.example/{V}:", "gotify-app-token")
    a.add("    - tag: critical")
    a.neg("  - mailtos://{V}@smtp.corp.example?to=oncall@corp.example:", "placeholder", "user:password")

    n = R.f("ntfy/server.yml", "yaml-config")
    n.add("base-url: https://ntfy.corp.example", "listen-http: :2586", "auth-file: /var/lib/ntfy/user.db",
          "auth-default-access: deny-all", "auth-users:")
    n.neg("  - \"ops:{V}:admin\"", "password-hash", "$2a$10$" + g.s(53, ALNUM + "./"))
    n.add("auth-tokens:")
    n.pos("  - \"ops:{V}:grafana alerts\"", "ntfy-access-token")
    n.add("smtp-sender-addr: smtp.corp.example:587", "smtp-sender-user: ntfy@corp.example")
    n.pos("smtp-sender-pass: \"{V}\"", "smtp-password")
    n.pos("web-push-private-key: {V}", "encryption-key-base64", g.b64url(32))
    n.neg("web-push-public-key: {V}", "public-key", "B" + g.b64url(64))

    sh = R.f("scripts/notify.sh", "shell-script")
    sh.add("#!/usr/bin/env bash", "# usage: notify.sh <title> <message>", "set -euo pipefail")
    sh.pos("PUSHOVER_TOKEN=\"{V}\"", "pushover-app-token")
    sh.pos("PUSHOVER_USER=\"{V}\"", "generic-token", "u" + g.s(29, LO + DIG))
    sh.pos("curl -s -H \"Authorization: Bearer {V}\" -d \"$2\" https://ntfy.corp.example/ops", "ntfy-access-token")
    sh.add("curl -s --form-string \"token=${PUSHOVER_TOKEN}\" --form-string \"user=${PUSHOVER_USER}\" \\",
           "     --form-string \"title=$1\" --form-string \"message=$2\" https://api.pushover.net/1/messages.json")
    sh.pos("curl -s \"https://gotify.corp.example/message?token={V}\" -F \"title=$1\" -F \"message=$2\"", "gotify-app-token")
    sh.pos("curl -s -X POST -H 'Content-type: application/json' --data \"{\\\"text\\\":\\\"$1\\\"}\" {V}", "slack-webhook-url")
    sh.neg("curl -s -u \"ops:{V}\" https://ntfy.corp.example/ops -d \"$2\"", "env-reference", "${NTFY_PASSWORD}")

    ex = R.f("relay/lib/relay/pushover.ex", "code-elixir")
    ex.add("defmodule Relay.Pushover do", "  @moduledoc \"Forwards alert batches to Pushover.\"")
    ex.pos("  @token \"{V}\"", "pushover-app-token")
    ex.neg("  @user_key {V}", "env-reference", "System.get_env(\"PUSHOVER_USER_KEY\")")
    ex.add("  def send(title, msg) do", "    Req.post!(\"https://api.pushover.net/1/messages.json\",",
           "      form: [token: @token, user: @user_key, title: title, message: msg])", "  end", "end")
    cfg = R.f("relay/config/runtime.exs", "code-elixir")
    cfg.add("import Config", "", "config :relay, Relay.Repo,", "  username: \"relay\",")
    cfg.pos("  password: \"{V}\",", "db-password")
    cfg.add("  hostname: \"pg-relay\",", "  database: \"relay_prod\"", "", "config :relay, Relay.Mailer,")
    deck_pos(C, cfg, "elixir", 3)
    deck_neg(C, cfg, "elixir", 2)
    cfg.add("  adapter: Swoosh.Adapters.Sendgrid")

    lu = R.f("nginx/lua/alert_forward.lua", "code-lua")
    lu.add("-- OpenResty handler: forward Alertmanager webhooks to Gotify")
    lu.pos("local GOTIFY_TOKEN = \"{V}\"", "gotify-app-token")
    lu.add("local http = require \"resty.http\"", "local httpc = http.new()",
           "local res, err = httpc:request_uri(\"https://gotify.corp.example/message?token=\" .. GOTIFY_TOKEN, {",
           "  method = \"POST\", body = ngx.req.get_body_data(), headers = { [\"Content-Type\"] = \"application/json\" } })")


def workers(C):
    g = C.g
    R = C.repo("job-workers")
    c = R.f("celery/tasks/celeryconfig.py", "code-python")
    c.add("\"\"\"Celery settings for the reporting workers.\"\"\"", "import os", "")
    c.pos("broker_url = \"{V}\"", "amqp-url")
    c.pos("result_backend = \"{V}\"", "redis-url")
    c.add("task_serializer = \"json\"", "accept_content = [\"json\"]", "timezone = \"UTC\"", "beat_schedule = {",
          "    \"nightly-export\": {\"task\": \"tasks.export.run\", \"schedule\": 86400.0},", "}")
    c.neg("broker_transport_options = {\"visibility_timeout\": 3600, \"password\": {V}}", "env-reference", "os.environ.get(\"BROKER_PW\")")
    t = R.f("celery/tasks/export.py", "code-python")
    t.add("import boto3", "from celery import shared_task", "", "s3 = boto3.client(", "    \"s3\",")
    t.pos("    aws_access_key_id=\"{V}\",", "aws-access-key-id")
    t.pos("    aws_secret_access_key=\"{V}\",", "aws-secret-access-key")
    t.add("    region_name=\"eu-central-1\",", ")", "", "@shared_task", "def run():",
          "    s3.upload_file(\"/tmp/export.csv\", \"corp-exports\", \"daily/export.csv\")")
    deck_pos(C, t, "py", 2)

    b = R.f("bullmq/src/queues.ts", "code-ts")
    b.add("import { Queue, Worker } from 'bullmq';", "import IORedis from 'ioredis';", "")
    b.pos("const connection = new IORedis('{V}', { maxRetriesPerRequest: null });", "redis-url")
    b.pos("const OPENAI_KEY = '{V}';", "openai-project-key")
    b.pos("const ANTHROPIC_KEY = \"{V}\";", "anthropic-api-key")
    b.neg("const STRIPE_KEY = {V};", "env-reference", "process.env.STRIPE_SECRET_KEY!")
    b.add("export const emailQueue = new Queue('email', { connection });", "",
          "new Worker('summaries', async (job) => {", "  const res = await fetch('https://api.openai.com/v1/responses', {",
          "    method: 'POST',", "    headers: { Authorization: `Bearer ${OPENAI_KEY}`, 'Content-Type': 'application/json' },",
          "    body: JSON.stringify({ model: 'gpt-4.1-mini', input: job.data.text }),", "  });", "  return res.json();",
          "}, { connection });")
    deck_pos(C, b, "ts", 3)
    deck_neg(C, b, "ts", 3)
    bj = R.f("bullmq/.npmrc", "credential-file")
    bj.add("registry=https://registry.npmjs.org/", "@corp:registry=https://npm.pkg.github.com/")
    bj.pos("//npm.pkg.github.com/:_authToken={V}", "github-classic-pat")
    bj.pos("//registry.npmjs.org/:_authToken={V}", "npm-token")
    bj.neg("//npm.corp.example/:_authToken={V}", "env-reference", "${NPM_CORP_TOKEN}")

    h = R.f("hangfire/Jobs.Host/appsettings.Production.json", "json")
    h.add("{", '  "ConnectionStrings": {')
    h.pos('    "HangfireConnection": "Server=sql-jobs.corp.example;Database=Hangfire;User Id=hangfire;Password={V};TrustServerCertificate=True",', "sqlserver-conn-password")
    h.pos('    "Storage": "{V}"', "azure-storage-connection-string")
    h.add("  },", '  "AzureAd": {', '    "Instance": "https://login.microsoftonline.com/",')
    h.neg('    "TenantId": "{V}",', "uuid-identifier", g.uuid())
    h.neg('    "ClientId": "{V}",', "uuid-identifier", g.uuid())
    h.pos('    "ClientSecret": "{V}"', "azure-ad-client-secret")
    h.add("  },", '  "Dashboard": {', '    "User": "ops",')
    h.pos('    "Password": "{V}"', "admin-password")
    h.add("  }", "}")
    cs = R.f("hangfire/Jobs.Host/Secrets.cs", "code-csharp")
    cs.add("namespace Jobs.Host", "{", "    internal static class Secrets", "    {")
    deck_pos(C, cs, "csharp", 3)
    deck_neg(C, cs, "csharp", 3)
    cs.add("    }", "}")

    rq = R.f("resque/config/resque.yml", "yaml-config")
    rq.pos("production: {V}", "redis-url")
    rq.add("development: localhost:6379")
    rr = R.f("resque/lib/jobs/invoice_sync.rb", "code-ruby")
    rr.add("class InvoiceSync", "  @queue = :billing", "")
    rr.pos("  STRIPE_KEY = '{V}'", "stripe-restricted-key")
    rr.neg("  STRIPE_PUBLISHABLE = '{V}'", "publishable-key", P["pk_live"] + g.s(99))
    rr.add("  def self.perform(invoice_id)", "    Stripe.api_key = STRIPE_KEY", "    Stripe::Invoice.retrieve(invoice_id)", "  end", "end")


def vagrant(C):
    g = C.g
    R = C.repo("vagrant-labs")
    v = R.f("Vagrantfile", "code-ruby")
    v.add("# -*- mode: ruby -*-", "Vagrant.configure(\"2\") do |config|", "  config.vm.box = \"corp/rocky9\"",
          "  config.vm.box_url = \"https://boxes.corp.example/rocky9.json\"")
    v.pos("  config.vm.box_download_options = {\"header\" => \"Authorization: Bearer {V}\"}", "generic-token")
    v.add("  config.ssh.username = \"vagrant\"")
    v.pos("  config.ssh.password = \"{V}\"", "vagrant-password")
    v.add("  config.vm.provider \"vsphere\" do |vs|", "    vs.host = \"vcsa.corp.example\"", "    vs.user = \"svc-vagrant@vsphere.local\"")
    v.pos("    vs.password = \"{V}\"", "generic-password")
    v.add("  end", "  config.vm.provision \"shell\", path: \"provision.sh\", env: {")
    v.pos("    \"REGISTRY_TOKEN\" => \"{V}\",", "dockerhub-pat")
    v.neg("    \"VAULT_ADDR\" => \"{V}\",", "not-a-secret", "https://vault.corp.example:8200")
    v.pos("    \"VAULT_TOKEN\" => \"{V}\"", "vault-service-token")
    v.add("  }", "end")

    p = R.f("provision.sh", "shell-script")
    p.add("#!/bin/bash", "set -e", "dnf install -y docker-ce git")
    p.add("echo \"$REGISTRY_TOKEN\" | docker login -u corpci --password-stdin")
    p.pos("git clone https://oauth2:{V}@gitlab.corp.example/platform/bootstrap.git /opt/bootstrap", "gitlab-pat")
    p.pos("echo 'root:{V}' | chpasswd", "admin-password")
    p.pos("mysql -uroot -p\"{V}\" -e \"CREATE DATABASE lab\"", "db-password")
    p.neg("export DB_PASS=\"{V}\"", "env-reference", "$(vault kv get -field=password secret/lab/db)")
    p.pos("sshpass -p '{V}' ssh-copy-id -o StrictHostKeyChecking=no admin@10.0.2.15", "generic-password")
    deck_pos(C, p, "export", 3)
    deck_neg(C, p, "export", 3)

    mk = R.f("Makefile", "makefile")
    mk.add(".PHONY: up down publish", "BOX_VERSION := $(shell date +%Y%m%d)")
    mk.pos("VAGRANT_CLOUD_TOKEN := {V}", "generic-token", g.s(64))
    deck_pos(C, mk, "make", 2)
    deck_neg(C, mk, "make", 2)
    mk.add("up:", "\tvagrant up --provider=vsphere", "publish:",
           "\tvagrant cloud publish corp/rocky9 $(BOX_VERSION) virtualbox rocky9.box --token $(VAGRANT_CLOUD_TOKEN)")

    nt = R.f("home/.netrc", "credential-file")
    nt.pos("machine boxes.corp.example login vagrant password {V}", "generic-password")
    nt.add("machine api.github.com")
    nt.add("  login ci-bot")
    nt.pos("  password {V}", "github-oauth-token")

    pk = R.f("keys/insecure_private_key.ppk", "key-file")
    lines = g.putty()
    pk.block(lines, "putty-private-key", at=7)

    ans = R.f("ansible/group_vars/lab.yml", "yaml-config")
    ans.add("---", "lab_domain: lab.corp.example")
    ans.pos("ansible_become_password: \"{V}\"", "admin-password")
    ans.add("vault_db_password: !vault |", "          $ANSIBLE_VAULT;1.1;AES256")
    for _ in range(3):
        ans.neg("          {V}", "encrypted-value", g.hex(64))


REPOS = [bi_redash, feature_flags, telemetry, media, notify, workers, vagrant]
