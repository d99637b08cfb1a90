"""Repositories 8-14: scheduling, plant telemetry, fleet telematics, restaurant POS, query engines,
ELT / reverse ETL, deployment orchestration."""
import json

from keys import aws_example_id, aws_example_secret, jwtio_example, b64, ALNUM, HEX

PW = "pass" + "word"


def scheduling(c, k):
    f = c.f("config/runtime.exs", "code-elixir")
    f.l("import Config", "", "config :scheduler, Scheduler.Repo,")
    f.p("postgres-url", '  url: "{v}",')
    f.l("  pool_size: 10", "", "config :scheduler, :calcom,", '  base_url: "https://api.cal.com/v2",')
    f.p("calcom-api-key", '  api_key: "{v}"')
    f.l("", "config :scheduler, :calendly,")
    f.p("calendly-pat", '  token: "{v}"')
    f.l("", "config :scheduler, :nylas,")
    f.p("nylas-api-key", '  api_key: "{v}",')
    f.n("env-reference", '  grant_id: System.get_env("NYLAS_GRANT_ID")', 'System.get_env("NYLAS_GRANT_ID")')
    f.l("", "config :scheduler, SchedulerWeb.Endpoint,")
    f.p("jwt-signing-secret", '  secret_key_base: "{v}"')
    f.n("env-reference", '  live_view: [signing_salt: System.fetch_env!("LV_SALT")]', 'System.fetch_env!("LV_SALT")')

    f = c.f("lib/scheduler/notify.ex", "code-elixir")
    f.l("defmodule Scheduler.Notify do", "  @moduledoc false")
    f.p("slack-bot-token", '  @slack_token "{v}"')
    f.p("sendgrid-api-key", '  @sendgrid "{v}"')
    f.l("", "  def booked(event), do: Slack.post(@slack_token, \"#bookings\", event.title)", "end")

    f = c.f("config/integrations.json5", "json5")
    f.l("{", "  // Cal.com self-hosted (booking.corp.example)", "  calcom: {")
    f.p("calcom-api-key", "    apiKey: '{v}',")
    f.n("placeholder", "    webhookSecret: '', // set in Doppler", "")
    f.l("  },", "  doppler: {")
    f.p("doppler-service-token", '    token: "{v}",')
    f.l("  },", "  sentry: {")
    f.n("public-identifier", "    dsn: 'https://{v}@o4507.ingest.sentry.io/4507123',", k.hexs(32))
    f.p("sentry-org-token", "    authToken: '{v}',")
    f.l("  },", "}")

    f = c.f("mix.lock", "lockfile")
    f.l("%{")
    for dep in ("ecto", "ecto_sql", "jason", "phoenix", "plug", "postgrex", "req", "tesla"):
        f.n("lockfile-integrity", f'  "{dep}": {{:hex, :{dep}, "3.{k.r.randrange(12)}.0", "{{v}}", [:mix], [], "hexpm", "' + k.hexs(64) + '"},', k.hexs(64))
    f.l("}")


def plant_telemetry(c, k):
    f = c.f("gateway/src/modbus_bridge.c", "code-c")
    f.l("#include <modbus.h>", "#include <mosquitto.h>", "", '#define BROKER "mqtt.plant.internal"')
    f.p("generic-password", '#define MQTT_PASS "{v}"')
    f.p("openweathermap-api-key", 'static const char *OWM_KEY = "{v}";')
    f.n("hash-named-like-secret", 'static const char *FW_SHA256 = "{v}";', k.hexs(64))
    f.l("", "int main(void) {", '    modbus_t *ctx = modbus_new_tcp("10.50.1.20", 502);')
    f.n("placeholder", '    const char *token = "";', "")
    f.l("    return 0;", "}")

    f = c.f("gateway/src/opcua_client.cpp", "code-cpp")
    f.l("#include <open62541/client_config_default.h>", "#include <string>", "", "namespace plant {")
    f.p("opcua-user-" + PW, 'const std::string kOpcPassword{"{v}"};')
    f.l('const std::string kOpcUser{"historian"};')
    f.p("tomorrowio-api-key", 'constexpr char kTomorrowKey[] = "{v}";')
    f.p("grafana-service-account-token", 'static const std::string grafanaToken = "{v}";')
    f.l("}  // namespace plant")

    f = c.f("gateway/scripts/alarm.lua", "code-lua")
    f.l("-- Ignition gateway alarm relay", "local http = require('socket.http')")
    f.p("slack-webhook-url", "local HOOK = '{v}'")
    f.p("ignition-gateway-" + PW, 'local gw_pass = "{v}"')
    f.n("function-call-value", "local api = os.getenv('IGNITION_API_KEY')", "os.getenv('IGNITION_API_KEY')")
    f.l("return { hook = HOOK }")

    f = c.f("kepware/project.ini", "ini", crlf=True)
    f.l("[Runtime]", "Host=10.50.1.5", "Port=57412", "User=Administrator")
    f.p("kepware-" + PW, "Password={v}")
    f.n("password-policy-setting", "PasswordMinLength=8", "")

    f = c.f("ignition/gateway.xml", "xml")
    f.l('<?xml version="1.0"?>', "<gateway>", '  <db name="historian" driver="postgresql">', "    <url>jdbc:postgresql://10.50.1.30:5432/historian</url>",
        "    <username>ignition</username>")
    f.p("db-" + PW, "    <password>{v}</password>")
    f.l("  </db>")
    f.n("encrypted-value", '  <smtp password="{v}" encrypted="true"/>', "ENC(" + k.b64bytes(24) + ")")
    f.l("</gateway>")

    f = c.f("deploy/plant-bridge.service", "systemd")
    f.l("[Unit]", "Description=Modbus to MQTT bridge", "After=network-online.target", "", "[Service]")
    f.p("aws-access-key-id", "Environment=AWS_ACCESS_KEY_ID={v}")
    f.p("aws-secret-access-key", "Environment=AWS_SECRET_ACCESS_KEY={v}")
    f.n("env-reference", "EnvironmentFile=-/etc/plant/bridge.env", "")
    f.l("ExecStart=/usr/local/bin/modbus_bridge", "", "[Install]", "WantedBy=multi-user.target")

    f = c.f("deploy/crontab", "crontab")
    f.l("SHELL=/bin/bash")
    f.p("influxdb-token", '*/5 * * * * curl -s -XPOST "http://influx.plant.internal:8086/api/v2/write?org=plant&bucket=weather" -H "Authorization: Token {v}" --data-binary @/var/lib/owm/last.lp')
    f.p("generic-api-key", "15 2 * * * /opt/owm/fetch --appid {v} --city 2643743 >> /var/log/owm.log 2>&1", k.hexs(32))

    f = c.f("docs/README.md", "markdown")
    f.l("# plant-telemetry", "", "Weather via OpenWeatherMap; use your own key:", "", "```")
    f.n("placeholder", "OWM_KEY=<32 hex characters>", "<32 hex characters>")
    f.l("```", "")
    f.n("vendor-example-key", "AWS example credentials for the bridge docs: `{v}`.", aws_example_id())


def fleet_telematics(c, k):
    f = c.f("bin/sync_vehicles.dart", "code-dart")
    f.l("import 'package:http/http.dart' as http;", "")
    f.p("samsara-api-token", "const samsaraToken = '{v}';")
    f.l("const geotabUser = 'svc-fleet@corp.example';")
    f.p("geotab-" + PW, "final geotabPassword = \"{v}\";")
    f.n("function-call-value", "final mapsKey = Platform.environment['MAPS_KEY'];", "Platform.environment['MAPS_KEY']")
    f.p("google-api-key", "const geocodeKey = '{v}';")

    f = c.f("cmd/ingest/main.go", "code-go")
    f.l("package main", "", "import (", '\t"os"', '\t"github.com/corp/fleet/samsara"', ")", "", "var (")
    f.p("samsara-api-token", '\tsamsaraKey = "{v}"')
    f.p("mongodb-url", '\tmongoURI   = "{v}"')
    f.n("env-reference", '\tgeotabDB   = os.Getenv("GEOTAB_DATABASE")', 'os.Getenv("GEOTAB_DATABASE")')
    f.l(")", "", "func main() {", "\tc := samsara.New(samsaraKey)")
    f.p("generic-" + PW, '\tc.SetBasicAuth("svc-fleet", "{v}")')
    f.l("}")

    f = c.f("cmd/ingest/main_test.go", "code-go")
    f.l("package main", "", 'import "testing"', "")
    f.n("fake-fixture", 'const testToken = "{v}"', "samsara_api_" + "TESTTESTTESTTESTTESTTESTTESTTE")
    f.n("placeholder", 'const dummyKey = "{v}"', "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    f.l("func TestIngest(t *testing.T) {}")

    f = c.f("go.sum", "lockfile")
    for mod in ("github.com/go-resty/resty/v2 v2.13.1", "go.mongodb.org/mongo-driver v1.16.0", "golang.org/x/net v0.27.0",
                "github.com/stretchr/testify v1.9.0", "gopkg.in/yaml.v3 v3.0.1"):
        f.n("lockfile-integrity", mod + " h1:{v}", k.b64bytes(32))
        f.n("lockfile-integrity", mod + "/go.mod h1:{v}", k.b64bytes(32))

    f = c.f(".env.local", "dotenv")
    f.p("samsara-api-token", "SAMSARA_API_TOKEN={v}")
    f.p("geotab-" + PW, "GEOTAB_PASSWORD='{v}'")
    f.p("google-api-key", 'GOOGLE_MAPS_KEY="{v}"')
    f.p("sentry-user-token", "SENTRY_AUTH_TOKEN={v}")
    f.n("public-identifier", "NEXT_PUBLIC_MAPBOX_TOKEN=pk.{v}", k.b64bytes(45, url=True, pad=False))


def restaurant_pos(c, k):
    f = c.f("Sources/App/configure.swift", "code-swift")
    f.l("import Vapor", "import Fluent", "", "public func configure(_ app: Application) throws {")
    f.p("mysql-url", '    try app.databases.use(.mysql(url: "{v}"), as: .mysql)')
    f.p("toast-client-secret", '    app.toast = ToastClient(clientId: "corp-pos", clientSecret: "{v}")')
    f.p("clover-api-token", '    let cloverToken = "{v}"')
    f.n("env-reference", '    let ddKey = Environment.get("DOORDASH_KEY_ID")', 'Environment.get("DOORDASH_KEY_ID")')
    f.p("stripe-live-secret-key", '    app.stripe = StripeClient(apiKey: "{v}")')
    f.l("}")

    f = c.f("doordash/src/main/java/corp/pos/DoorDashAuth.java", "code-java")
    f.l("package corp.pos;", "", "public final class DoorDashAuth {")
    f.n("uuid-identifier", '    static final String DEVELOPER_ID = "{v}";', k.uuid4())
    f.n("uuid-identifier", '    static final String KEY_ID = "{v}";', k.uuid4())
    f.p("doordash-signing-secret", '    static final String SIGNING_SECRET = "{v}";')
    f.n("env-reference", '    static final String LS_SECRET = System.getenv("LIGHTSPEED_SECRET");', 'System.getenv("LIGHTSPEED_SECRET")')
    f.l("}")

    f = c.f("doordash/src/main/resources/application.properties", "properties")
    f.l("spring.application.name=pos-bridge", "spring.datasource.url=jdbc:mysql://10.20.4.11:3306/pos", "spring.datasource.username=pos")
    f.p("db-" + PW, "spring.datasource.password={v}")
    f.p("lightspeed-client-secret", "lightspeed.client-secret = {v}")
    f.n("template-reference", "doordash.signing-secret=${DOORDASH_SIGNING_SECRET}", "${DOORDASH_SIGNING_SECRET}")
    f.p("shopify-admin-token", "shopify.admin-token={v}")
    f.p("twilio-auth-token", "twilio.auth-token={v}")
    f.n("public-identifier", "twilio.account-sid=AC{v}", k.hexs(32))

    f = c.f("ios/PosKiosk/Info.plist", "plist")
    f.l('<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>", "  <key>CFBundleName</key>", "  <string>PosKiosk</string>",
        "  <key>CloverApiToken</key>")
    f.p("clover-api-token", "  <string>{v}</string>")
    f.l("  <key>SentryDsn</key>")
    f.n("public-identifier", "  <string>https://{v}@o450.ingest.sentry.io/5512</string>", k.hexs(32))
    f.l("</dict>", "</plist>")

    f = c.f("ios/PosKiosk/Secrets.m", "code-objc")
    f.l('#import "Secrets.h"', "", "@implementation Secrets")
    f.p("stripe-restricted-key", '+ (NSString *)stripeKey { return @"{v}"; }')
    f.p("toast-client-secret", 'static NSString * const kToastSecret = @"{v}";')
    f.l("@end")


def query_engines(c, k):
    for cat, conn in (("warehouse", "postgresql://db-prod-01.internal:5432/warehouse"), ("pos", "mysql://10.20.4.11:3306"),
                      ("events", "sqlserver://sqlprod01:1433;database=Events")):
        f = c.f(f"trino/etc/catalog/{cat}.properties", "properties")
        f.l("connector.name=" + conn.split(":")[0].replace("sqlserver", "sqlserver"), "connection-url=jdbc:" + conn, "connection-user=trino")
        f.p("trino-" + PW, "connection-password={v}")
    f = c.f("trino/etc/catalog/lake.properties", "properties")
    f.l("connector.name=hive", "hive.metastore.uri=thrift://metastore.data.internal:9083", "hive.s3.endpoint=https://s3.eu-west-1.amazonaws.com")
    f.p("aws-access-key-id", "hive.s3.aws-access-key={v}")
    f.p("aws-secret-access-key", "hive.s3.aws-secret-key={v}")
    f = c.f("trino/etc/catalog/vault-backed.properties", "properties")
    f.l("connector.name=postgresql", "connection-url=jdbc:postgresql://db-prod-02.internal:5432/crm", "connection-user=trino")
    f.n("template-reference", "connection-password=${ENV:CRM_DB_PASSWORD}", "${ENV:CRM_DB_PASSWORD}")

    f = c.f("hive/conf/hive-site.xml", "xml")
    f.l('<?xml version="1.0"?>', "<configuration>", "  <property>", "    <name>javax.jdo.option.ConnectionUserName</name>", "    <value>hive</value>", "  </property>",
        "  <property>", "    <name>javax.jdo.option.ConnectionPassword</name>")
    f.p("db-" + PW, "    <value>{v}</value>")
    f.l("  </property>", "  <property>", "    <name>fs.s3a.secret.key</name>")
    f.p("aws-secret-access-key", "    <value>{v}</value>")
    f.l("  </property>", "  <property>", "    <name>hive.metastore.warehouse.dir</name>", "    <value>s3a://corp-lake/warehouse</value>", "  </property>", "</configuration>")

    f = c.f("cassandra/cqlshrc", "ini")
    f.l("[authentication]", "username = cassandra_admin")
    f.p("cassandra-" + PW, "password = {v}")
    f.l("[connection]", "hostname = 10.60.0.11", "port = 9042")

    f = c.f("cassandra/cassandra.yaml", "yaml-config")
    f.l("cluster_name: 'telemetry'", "authenticator: PasswordAuthenticator")
    f.n("password-policy-setting", "credentials_validity: 2000ms", "")
    f.n("password-policy-setting", "roles_validity: 2000ms", "")
    f.l("seed_provider:", "  - class_name: org.apache.cassandra.locator.SimpleSeedProvider")

    f = c.f("neo4j/conf/neo4j.conf", "conf-file")
    f.l("server.default_listen_address=0.0.0.0", "dbms.security.auth_enabled=true")
    f.p("neo4j-" + PW, "# initial: neo4j-admin dbms set-initial-password {v}")
    f.n("password-policy-setting", "dbms.security.auth_minimum_password_length=12", "")

    f = c.f("couchdb/local.ini", "ini")
    f.l("[chttpd]", "bind_address = 0.0.0.0", "", "[admins]")
    f.p("couchdb-admin-" + PW, "admin = {v}")
    f.n("hash-named-like-secret", "replicator = -pbkdf2-{v},10", k.hexs(40) + "," + k.hexs(32))

    f = c.f("clickhouse/users.d/users.xml", "xml")
    f.l("<clickhouse>", "  <users>", "    <etl>")
    f.p("clickhouse-" + PW, "      <password>{v}</password>")
    f.l("      <networks><ip>10.0.0.0/8</ip></networks>", "    </etl>", "    <grafana>")
    f.n("hash-named-like-secret", "      <password_sha256_hex>{v}</password_sha256_hex>", k.hexs(64))
    f.l("    </grafana>", "    <readonly>")
    f.n("empty-value", "      <password></password>", "")
    f.l("    </readonly>", "  </users>", "</clickhouse>")

    f = c.f("influxdb/telegraf.conf", "conf-file")
    f.l("[[outputs.influxdb_v2]]", '  urls = ["http://influx.data.internal:8086"]')
    f.p("influxdb-token", '  token = "{v}"')
    f.l('  organization = "plant"', '  bucket = "telemetry"', "", "[[inputs.cpu]]", "  percpu = true")
    f.n("env-reference", '  # token = "$INFLUX_TOKEN"', "$INFLUX_TOKEN")

    f = c.f("sql/001_roles.sql", "sql")
    f.l("-- roles for the query layer")
    f.p("db-" + PW, "CREATE ROLE trino LOGIN " + PW.upper() + " '{v}';")
    f.p("db-" + PW, "ALTER USER metabase_ro WITH " + PW.upper() + " '{v}';")
    f.n("hash-named-like-secret", "ALTER ROLE legacy " + PW.upper() + " 'md5{v}';", k.hexs(32))
    f.n("placeholder", "-- CREATE ROLE analyst LOGIN PASSWORD '<set me>';", "<set me>")
    f.l("GRANT SELECT ON ALL TABLES IN SCHEMA public TO trino;")


def elt(c, k):
    f = c.f("prefect/flows/sync_hubspot.py", "code-python")
    f.l("from prefect import flow, task", "from prefect.blocks.system import Secret", "")
    f.n("function-call-value", 'hubspot_token = Secret.load("hubspot-token").get()', 'Secret.load("hubspot-token").get()')
    f.p("databricks-pat", 'DATABRICKS_TOKEN = "{v}"')
    f.p("hightouch-api-key", 'HIGHTOUCH_KEY = "{v}"')
    f.l("", "@flow(log_prints=True)", "def sync():", "    ...")

    f = c.f("prefect/prefect.toml", "toml")
    f.l("[api]", 'url = "https://api.prefect.cloud/api/accounts/acme/workspaces/data"')
    f.p("prefect-api-key", 'key = "{v}"')
    f.l("", "[logging]", 'level = "INFO"')

    f = c.f("fivetran/main.tf", "hcl")
    f.l('terraform {', '  required_providers {', '    fivetran = { source = "fivetran/fivetran" }', "  }", "}", "", 'provider "fivetran" {')
    f.n("uuid-identifier", '  api_key    = "{v}"', k.s(ALNUM, 16))
    f.p("fivetran-api-secret", '  api_secret = "{v}"')
    f.l("}", "", 'resource "fivetran_connector" "pos" {', '  service = "mysql"', "  config {", '    host     = "10.20.4.11"', '    user     = "fivetran"')
    f.p("db-" + PW, '    password = "{v}"')
    f.l("  }", "}", "", 'variable "census_key" {', "  sensitive = true")
    f.p("census-api-key", '  default   = "{v}"')
    f.l("}", "", 'data "aws_secretsmanager_secret_version" "airbyte" {')
    f.n("secret-manager-reference", '  secret_id = "{v}"', "arn:aws:secretsmanager:eu-west-1:123456789012:secret:airbyte/api-AbCdEf")
    f.l("}")

    f = c.f("airbyte/octavia/connections/pos_to_wh.yaml", "yaml-config")
    f.l("definition_type: connection", "resource_name: pos_to_wh", "configuration:", "  source:", "    host: 10.20.4.11")
    f.p("db-" + PW, "    password: {v}")
    f.l("  destination:", "    credentials:")
    f.p("airbyte-client-secret", "      client_secret: {v}")
    f.p("gcp-service-account-key", "      credentials_json: '{v}'", json.dumps(k.gcp_sa("corp-data-prod", "airbyte-loader"), separators=(",", ":")))

    f = c.f("notebooks/reverse_etl_check.ipynb", "notebook")
    f.l("{", ' "cells": [', "  {", '   "cell_type": "code",', '   "execution_count": 1,', '   "metadata": {},', '   "outputs": [],', '   "source": [')
    f.l('    "import requests\\n",')
    f.p("hightouch-api-key", '    "HT = \\"{v}\\"\\n",')
    f.p("huggingface-token", '    "HF_TOKEN = \'{v}\'\\n",')
    f.p("replicate-api-token", '    "REPLICATE_API_TOKEN = \\"{v}\\"\\n",')
    f.l('    "requests.get(\\"https://api.hightouch.com/api/v1/syncs\\", headers={\\"Authorization\\": f\\"Bearer {HT}\\"})"')
    f.l("   ]", "  }", " ],", ' "metadata": {},', ' "nbformat": 4,', ' "nbformat_minor": 5', "}")

    f = c.f("loaders/secrets.toml", "toml")
    f.l("[sources.hubspot]")
    f.p("generic-api-key", 'api_key = "{v}"')
    f.l("[destination.snowflake.credentials]", 'database = "RAW"', 'username = "LOADER"')
    f.p("generic-" + PW, 'password = "{v}"')
    f.n("secret-manager-reference", 'private_key_path = "op://Data/snowflake-loader/private key"', "op://Data/snowflake-loader/private key")

    f = c.f("docker-compose.yml", "yaml-compose")
    f.l("services:", "  prefect-worker:", "    image: prefecthq/prefect:3-latest", "    environment:")
    f.p("prefect-api-key", "      PREFECT_API_KEY: {v}")
    f.n("env-reference", "      PREFECT_API_URL: ${PREFECT_API_URL}", "${PREFECT_API_URL}")
    f.l("  census-agent:", "    environment:")
    f.p("census-api-key", "      - CENSUS_API_KEY={v}")
    f.p("github-fine-grained-pat", "      - GITHUB_TOKEN={v}")


def deploy_orch(c, k):
    f = c.f("halyard/config", "yaml-config")
    f.l("currentDeployment: default", "deploymentConfigurations:", "- name: default", "  providers:", "    kubernetes:", "      enabled: true",
        "  artifacts:", "    github:", "      accounts:", "      - name: corp-github")
    f.p("github-classic-pat", "        token: {v}")
    f.l("  security:", "    authn:", "      ldap:", "        managerDn: cn=spinnaker,ou=svc,dc=corp,dc=example")
    f.p("ldap-bind-" + PW, "        managerPassword: {v}")
    f.n("encrypted-value", "        oauth2ClientSecret: encrypted:s3!r:us-east-1!b:corp-hal!f:secrets.yml!k:oauth.secret", "")
    f.l("  notifications:", "    slack:", "      enabled: true")
    f.p("slack-bot-token", "      token: {v}")

    f = c.f("harness/delegate.yaml", "yaml-k8s")
    f.l("apiVersion: apps/v1", "kind: StatefulSet", "metadata:", "  name: harness-delegate", "spec:", "  template:", "    spec:", "      containers:",
        "      - name: delegate", "        env:", "        - name: ACCOUNT_ID")
    f.n("public-identifier", "          value: {v}", k.s(ALNUM + "-_", 22))
    f.l("        - name: DELEGATE_TOKEN")
    f.p("generic-token", "          value: {v}", b64(k.hexs(32)))
    f.l("        - name: HARNESS_API_KEY")
    f.p("harness-sat", '          value: "{v}"')
    f.l("        - name: PROXY_PASSWORD", "          valueFrom:", "            secretKeyRef:", "              name: proxy")
    f.n("secret-name-only", "              key: password", "")

    f = c.f("octopus/deploy.ps1", "powershell")
    f.l("$OctopusUrl = 'https://octopus.corp.example'")
    f.p("octopus-api-key", "$ApiKey = '{v}'")
    f.l("$headers = @{ 'X-Octopus-ApiKey' = $ApiKey }")
    f.p("octopus-api-key", "octo create-release --project 'POS Bridge' --server $OctopusUrl --apiKey {v}")
    f.n("env-reference", "$pw = $env:OCTOPUS_SQL_PASSWORD", "$env:OCTOPUS_SQL_PASSWORD")

    f = c.f("argo/workflow-submit.yaml", "yaml-k8s")
    f.l("apiVersion: argoproj.io/v1alpha1", "kind: Workflow", "metadata:", "  generateName: nightly-etl-", "spec:", "  entrypoint: run", "  arguments:", "    parameters:")
    f.l("    - name: db-url")
    f.p("postgres-url", "      value: {v}")
    f.l("  templates:", "  - name: run", "    container:", "      image: corp/etl:1.42", "      env:", "      - name: DOCKERHUB_TOKEN")
    f.p("generic-token", "        value: {v}")
    f.l("      - name: AWS_SECRET_ACCESS_KEY", "        valueFrom:", "          secretKeyRef: {name: etl-aws, key: secret}")

    f = c.f("argo/ci-token.sh", "shell-script")
    f.p("argo-workflows-token", 'export ARGO_TOKEN="Bearer {v}"')
    f.l("argo submit -n etl argo/workflow-submit.yaml --watch")

    f = c.f("crossplane/provider-config.yaml", "yaml-k8s")
    f.l("apiVersion: v1", "kind: Secret", "metadata:", "  name: aws-creds", "  namespace: crossplane-system", "type: Opaque", "stringData:", "  creds: |",
        "    [default]")
    f.p("aws-access-key-id", "    aws_access_key_id = {v}")
    f.p("aws-secret-access-key", "    aws_secret_access_key = {v}")
    f.l("---", "apiVersion: v1", "kind: Secret", "metadata:", "  name: azure-creds", "stringData:", "  credentials: |", "    {")
    f.n("uuid-identifier", '      "clientId": "{v}",', k.uuid4())
    f.p("azure-ad-client-secret", '      "clientSecret": "{v}",')
    f.n("uuid-identifier", '      "tenantId": "{v}"', k.uuid4())
    f.l("    }")

    f = c.f("helm/values-prod.yaml", "yaml-helm")
    f.l("image:", "  tag: 1.42.0", "spinnaker:", "  gate:")
    f.n("template-reference", '    password: "{{ .Values.global.gatePassword }}"', "{{ .Values.global.gatePassword }}")
    f.p("spinnaker-" + PW, "    adminPassword: {v}")
    f.l("redis:", "  auth:")
    f.p("redis-url", "    url: {v}")
    f.n("encrypted-value", "    password: ENC[AES256_GCM,data:{v},iv:" + k.b64bytes(32) + ",tag:" + k.b64bytes(16) + ",type:str]", k.b64bytes(18))
    f.l("grafana:")
    f.p("grafana-service-account-token", "  apiToken: {v}")

    f = c.f("kubeconfig-ci.yaml", "kubeconfig")
    f.l("apiVersion: v1", "kind: Config", "clusters:", "- cluster:")
    f.n("certificate", "    certificate-authority-data: {v}", b64("-----BEGIN CERT" + "IFICATE-----\n" + k.b64bytes(600) + "\n-----END CERT" + "IFICATE-----\n"))
    f.l("    server: https://k8s-prod.corp.example:6443", "  name: prod", "users:", "- name: ci", "  user:")
    f.p("jwt", "    token: {v}", k.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                                        "sub": "system:serviceaccount:ci:deployer"}, "RS256"))
    f.l("- name: admin", "  user:")
    f.p("kubeconfig-client-key", "    client-key-data: {v}", b64(k.ec_pem()))

    f = c.f("jenkins/vars/deployApp.groovy", "code-groovy")
    f.l("def call(Map cfg) {", "  node('linux') {")
    f.n("ci-secret-reference", "    withCredentials([string(credentialsId: 'octopus-api', variable: 'OCTO_KEY')]) {", "credentialsId: 'octopus-api'")
    f.l("      sh 'octo push --package build/app.zip --apiKey $OCTO_KEY'", "    }")
    f.p("digitalocean-pat", "    def doToken = '{v}'")
    f.p("harness-pat", '    def harnessKey = "{v}"')
    f.l("  }", "}")


REPOS = [("scheduling-service", scheduling), ("plant-telemetry", plant_telemetry), ("fleet-telematics", fleet_telematics),
         ("restaurant-pos", restaurant_pos), ("query-engines", query_engines), ("elt-reverse-etl", elt),
         ("deploy-orchestration", deploy_orch)]
