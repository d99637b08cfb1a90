"""Repositories 16-22: CloudFormation/SAM/Crossplane, Rasa, firmware, forums, scientific code, a jump host's
home directory, and runbooks."""
import base64
import json

from corpus import deck_pos, deck_neg, render, P
from keys import LO, UP, DIG, ALNUM, sha256_hex


def cfn(C):
    g = C.g
    R = C.repo("aws-cfn-sam")
    t = R.f("templates/rds-stack.yaml", "yaml-config")
    t.add("AWSTemplateFormatVersion: '2010-09-09'", "Description: Orders database", "Parameters:", "  DBUser:",
          "    Type: String", "    Default: orders_admin", "  DBPassword:", "    Type: String", "    NoEcho: true")
    t.pos("    Default: '{V}'", "db-password")
    t.add("  SlackWebhook:", "    Type: String", "    NoEcho: true")
    t.pos("    Default: {V}", "slack-webhook-url")
    t.add("Resources:", "  OrdersDB:", "    Type: AWS::RDS::DBInstance", "    Properties:", "      Engine: postgres",
          "      MasterUsername: !Ref DBUser")
    t.neg("      MasterUserPassword: {V}", "secret-manager-ref", "'{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'")
    t.add("  ReplicaUser:", "    Type: AWS::IAM::AccessKey", "    Properties:", "      UserName: replica-sync", "  LegacyAppSecret:",
          "    Type: AWS::SecretsManager::Secret", "    Properties:")
    t.pos("      SecretString: '{\"username\":\"legacy\",\"password\":\"{V}\"}'", "db-password", g.s(20))
    t.neg("      KmsKeyId: {V}", "arn-reference", "arn:aws:kms:eu-west-1:" + g.digits(12) + ":key/" + g.uuid())

    j = R.f("templates/bastion.json", "json")
    j.add("{", '  "Resources": {', '    "Bastion": {', '      "Type": "AWS::EC2::Instance",', '      "Properties": {',
          '        "ImageId": "ami-0' + g.hex(16) + '",', '        "UserData": { "Fn::Base64": { "Fn::Join": ["\\n", [',
          '          "#!/bin/bash",')
    j.pos('          "echo \'export AWS_SECRET_ACCESS_KEY={V}\' >> /etc/profile.d/aws.sh",', "aws-secret-access-key")
    j.pos('          "echo \'export AWS_ACCESS_KEY_ID={V}\' >> /etc/profile.d/aws.sh",', "aws-access-key-id")
    j.add('          "yum install -y amazon-ssm-agent"', '        ]]}}', "      }", "    }", "  }", "}")

    s = R.f("sam/template.yaml", "yaml-config")
    s.add("Transform: AWS::Serverless-2016-10-31", "Globals:", "  Function:", "    Runtime: python3.12", "    Environment:",
          "      Variables:")
    s.pos("        STRIPE_API_KEY: {V}", "stripe-live-secret-key")
    s.neg("        DB_SECRET_ARN: {V}", "arn-reference", "arn:aws:secretsmanager:eu-west-1:" + g.digits(12) + ":secret:orders-db-" + g.s(6))
    s.neg("        API_KEY: {V}", "secret-manager-ref", "'{{resolve:ssm-secure:/orders/api-key:3}}'")
    s.add("Resources:", "  WebhookFn:", "    Type: AWS::Serverless::Function", "    Properties:", "      Handler: app.handler",
          "      Environment:", "        Variables:")
    s.pos("          SHOPIFY_WEBHOOK_SECRET: {V}", "shopify-app-secret")
    s.pos("          SHOPIFY_TOKEN: {V}", "shopify-access-token")

    sc = R.f("sam/samconfig.toml", "toml")
    sc.add("version = 0.1", "[default.deploy.parameters]", "stack_name = \"orders-webhooks\"", "region = \"eu-west-1\"")
    sc.pos("parameter_overrides = \"Stage=prod DbPassword={V} LogLevel=INFO\"", "db-password", g.s(20))
    sc.neg("s3_bucket = \"{V}\"", "not-a-secret", "aws-sam-cli-managed-default-samclisourcebucket-" + g.s(12, LO + DIG))

    cp = R.f("crossplane/providerconfig.yaml", "yaml-k8s")
    cp.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: aws-creds", "  namespace: crossplane-system", "type: Opaque",
           "stringData:", "  creds: |", "    [default]")
    cp.pos("    aws_access_key_id = {V}", "aws-access-key-id")
    cp.pos("    aws_secret_access_key = {V}", "aws-secret-access-key")
    cp.add("---", "apiVersion: v1", "kind: Secret", "metadata:", "  name: gcp-creds", "  namespace: crossplane-system", "data:")
    pem, email, cid, pkid = g.gcp_sa("corp-platform")
    sa = json.dumps({"type": "service_account", "project_id": "corp-platform", "private_key_id": pkid, "private_key": pem.replace("\\n", "\n"),
                     "client_email": email, "client_id": cid})
    cp.pos("  credentials: {V}", "gcp-service-account-key-b64", base64.b64encode(sa.encode()).decode())
    cp.add("---", "apiVersion: aws.upbound.io/v1beta1", "kind: ProviderConfig", "metadata:", "  name: default", "spec:",
           "  credentials:", "    source: Secret", "    secretRef:", "      namespace: crossplane-system", "      name: aws-creds",
           "      key: creds")

    bs = R.f("buildspec.yml", "yaml-ci")
    bs.add("version: 0.2", "env:", "  variables:", "    SAM_CLI_TELEMETRY: \"0\"")
    bs.pos("    SONAR_TOKEN: \"{V}\"", "generic-token", g.hex(40))
    bs.add("  parameter-store:")
    bs.neg("    DOCKERHUB_PASS: {V}", "secret-manager-ref", "/ci/dockerhub/password")
    bs.add("  secrets-manager:")
    bs.neg("    GH_TOKEN: {V}", "secret-manager-ref", "ci/github:token")
    bs.add("phases:", "  build:", "    commands:")
    bs.pos("      - docker login -u corpci -p {V}", "dockerhub-pat")
    bs.add("      - sam build && sam deploy --no-confirm-changeset")


def rasa(C):
    g = C.g
    R = C.repo("rasa-assistant")
    c = R.f("credentials.yml", "yaml-config")
    c.add("rest:", "", "slack:")
    c.pos("  slack_token: \"{V}\"", "slack-bot-token")
    c.add("  slack_channel: \"#helpdesk-bot\"")
    c.pos("  slack_signing_secret: \"{V}\"", "webhook-secret", g.hex(32))
    c.add("", "telegram:")
    c.pos("  access_token: \"{V}\"", "telegram-bot-token")
    c.add("  verify: \"corp_helpdesk_bot\"", "  webhook_url: \"https://bot.corp.example/webhooks/telegram/webhook\"", "",
          "botframework:", "  app_id: \"" + g.uuid() + "\"")
    c.pos("  app_password: \"{V}\"", "azure-ad-client-secret")
    c.add("", "rasa:", "  url: \"http://localhost:5002/api\"")

    e = R.f("endpoints.yml", "yaml-config")
    e.add("action_endpoint:", "  url: \"http://actions:5055/webhook\"", "tracker_store:", "  type: SQL", "  dialect: postgresql",
          "  url: pg-bot.corp.example", "  db: rasa", "  username: rasa")
    e.pos("  password: {V}", "db-password")
    e.add("lock_store:", "  type: redis", "  url: redis-bot")
    e.pos("  password: {V}", "redis-password")
    e.add("event_broker:", "  type: pika", "  url: rabbitmq", "  username: rasa")
    e.neg("  password: {V}", "env-reference", "${RABBITMQ_PASSWORD}")
    e.add("model:", "  url: https://models.corp.example/rasa/latest.tar.gz")
    e.pos("  token: {V}", "rasa-rest-token")

    a = R.f("actions/actions.py", "code-python")
    a.add("from typing import Any, Dict, List, Text", "import requests", "from rasa_sdk import Action, Tracker", "",
          "JIRA_URL = \"https://corp.atlassian.net\"", "JIRA_USER = \"helpdesk-bot@corp.example\"")
    a.pos("JIRA_TOKEN = \"{V}\"", "atlassian-api-token")
    a.pos("GROQ_KEY = \"{V}\"", "groq-api-key")
    a.pos("HF_TOKEN = \"{V}\"", "huggingface-token")
    a.neg("MISTRAL_KEY = {V}", "env-reference", "os.getenv(\"MISTRAL_API_KEY\", \"\")")
    a.add("", "", "class ActionCreateTicket(Action):", "    def name(self) -> Text:", "        return \"action_create_ticket\"", "",
          "    def run(self, dispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:",
          "        summary = tracker.get_slot(\"issue_summary\")",
          "        requests.post(f\"{JIRA_URL}/rest/api/3/issue\", auth=(JIRA_USER, JIRA_TOKEN),",
          "                      json={\"fields\": {\"project\": {\"key\": \"HD\"}, \"summary\": summary}}, timeout=20)",
          "        return []")
    deck_pos(C, a, "py", 2)

    bp = R.f("botpress/.env", "dotenv")
    bp.add("EXTERNAL_URL=https://botpress.corp.example")
    bp.pos("DATABASE_URL={V}", "postgres-url")
    bp.pos("BP_LICENSE_KEY={V}", "generic-api-key", g.b64(96).rstrip("="))
    bp.pos("OPENAI_API_KEY={V}", "openai-project-key")
    bp.pos("REPLICATE_API_TOKEN={V}", "replicate-api-token")
    deck_neg(C, bp, "env", 2)


def firmware(C):
    g = C.g
    R = C.repo("firmware-sensors")
    pio = R.f("platformio.ini", "ini")
    pio.add("[env]", "framework = arduino", "monitor_speed = 115200", "build_flags =", "    -D CORE_DEBUG_LEVEL=2")
    pio.pos("    -D WIFI_PASS=\\\"{V}\\\"", "wifi-psk")
    pio.pos("    -D MQTT_PASS=\\\"{V}\\\"", "generic-password")
    pio.add("", "[env:esp32-s3]", "platform = espressif32", "board = esp32-s3-devkitc-1", "upload_protocol = espota",
            "upload_port = 10.30.0.41")
    pio.pos("upload_flags = --auth={V}", "generic-password")

    h = R.f("src/secrets.h", "code-c")
    h.add("#pragma once", "// copy secrets.h.example to secrets.h -- this file should be gitignored")
    h.pos("#define WIFI_SSID_PSK \"{V}\"", "wifi-psk")
    h.pos("#define OTA_PASSWORD \"{V}\"", "generic-password")
    h.pos("static const char INFLUX_TOKEN[] = \"{V}\";", "influxdb-token")
    deck_pos(C, h, "c", 2)
    deck_neg(C, h, "c", 2)
    h.add("static const char CLIENT_KEY[] =")
    for i, l in enumerate(g.ec()):
        if i == 0:
            h.pos("\"{V}\\n\"", "ec-private-key", l)
        else:
            h.add("\"" + l + "\\n\"" + (";" if l.startswith("-----E") else ""))
    h.neg("static const char ROOT_CA[] = \"{V}\\n\"", "public-certificate", P["begin"] + "CERTIFICATE-----")

    ex = R.f("src/secrets.h.example", "code-c")
    ex.neg("#define WIFI_SSID_PSK \"{V}\"", "placeholder", "your-wifi-password")
    ex.neg("#define OTA_PASSWORD \"{V}\"", "placeholder", "changeme")
    ex.neg("static const char INFLUX_TOKEN[] = \"{V}\";", "placeholder", "<influx-token>")

    cpp = R.f("src/cloud.cpp", "code-cpp")
    cpp.add("#include <WiFiClientSecure.h>", "#include <PubSubClient.h>", "#include \"secrets.h\"", "", "namespace cloud {")
    cpp.add("constexpr const char* kAwsIotEndpoint = \"a" + g.s(13, LO + DIG) + "-ats.iot.eu-west-1.amazonaws.com\";")
    deck_pos(C, cpp, "cpp", 2)
    deck_neg(C, cpp, "cpp", 2)
    cpp.add("}  // namespace cloud")

    z = R.f("zephyr/app/prj.conf", "conf")
    z.add("CONFIG_NETWORKING=y", "CONFIG_WIFI=y", "CONFIG_MQTT_LIB=y", "CONFIG_MQTT_LIB_TLS=y")
    z.pos("CONFIG_NET_CONFIG_WIFI_PSK=\"{V}\"", "wifi-psk", family="kconfig")
    z.pos("CONFIG_APP_MQTT_PASSWORD=\"{V}\"", "generic-password", family="kconfig")
    z.neg("CONFIG_MBEDTLS_PSK_MAX_LEN={V}", "not-a-secret", "32", family="kconfig")

    rs = R.f("gateway-rs/src/config.rs", "code-rust")
    rs.add("//! Defaults for the LoRa gateway bridge (overridden by /etc/gw/config.toml).", "")
    rs.pos("pub const CHIRPSTACK_API_TOKEN: &str = \"{V}\";", "jwt", g.jwt({"aud": "chirpstack", "iss": "chirpstack",
                                                                          "sub": g.uuid(), "typ": "key"}))
    deck_pos(C, rs, "rust", 2)
    deck_neg(C, rs, "rust", 2)
    rs.add("pub fn mqtt_password() -> String {")
    rs.pos("    \"{V}\".to_string()", "generic-password")
    rs.add("}")

    nix = R.f("deploy/gateway.nix", "nix")
    nix.add("{ config, pkgs, ... }:", "{", "  services.mosquitto = {", "    enable = true;", "    listeners = [{",
            "      users.gateway = {", "        acl = [ \"readwrite lora/#\" ];")
    nix.pos("        password = \"{V}\";", "generic-password")
    nix.add("      };", "      users.grafana = {")
    nix.neg("        hashedPassword = \"{V}\";", "password-hash", "$7$101$" + g.b64(12) + "$" + g.b64(64))
    nix.add("      };", "    }];", "  };", "  networking.wireless.networks.\"corp-iot\" = {")
    nix.pos("    psk = \"{V}\";", "wifi-psk")
    nix.add("  };")
    nix.neg("  age.secrets.gw-token.file = {V};", "secret-file-path", "../secrets/gw-token.age")
    nix.add("  environment.etc.\"gw/env\".text = ''")
    deck_pos(C, nix, "nix", 2)
    nix.add("  '';", "}")


def forums(C):
    g = C.g
    R = C.repo("community-forums")
    p = R.f("phpbb/config.php", "code-php")
    p.add("<?php", "// phpBB 3.3.x auto-generated configuration file", "// Do not change anything in this file!",
          "$dbms = 'phpbb\\\\db\\\\driver\\\\mysqli';", "$dbhost = 'localhost';", "$dbport = '';", "$dbname = 'phpbb';",
          "$dbuser = 'phpbb';")
    p.pos("$dbpasswd = '{V}';", "db-password")
    p.add("$table_prefix = 'phpbb_';", "$phpbb_adm_relative_path = 'adm/';", "$acm_type = 'phpbb\\\\cache\\\\driver\\\\file';",
          "@define('PHPBB_INSTALLED', true);")

    fl = R.f("flarum/config.php", "code-php")
    fl.add("<?php return array (", "  'debug' => false,", "  'database' =>", "  array (", "    'driver' => 'mysql',",
           "    'host' => 'db',", "    'database' => 'flarum',", "    'username' => 'flarum',")
    fl.pos("    'password' => '{V}',", "db-password")
    fl.add("    'prefix' => 'flarum_',", "  ),", "  'url' => 'https://forum.corp.example',", "  'paths' =>", "  array (",
           "    'api' => 'api',", "    'admin' => 'admin',", "  ),", ");")

    nb = R.f("nodebb/config.json", "json")
    nb.add("{", '    "url": "https://community.corp.example",')
    nb.pos('    "secret": "{V}",', "session-secret", g.uuid())
    nb.add('    "database": "mongo",', '    "mongo": {', '        "host": "127.0.0.1",', '        "port": "27017",',
           '        "username": "nodebb",')
    nb.pos('        "password": "{V}",', "db-password")
    nb.add('        "database": "nodebb",', '        "uri": ""', "    },", '    "redis": {', '        "host": "127.0.0.1",')
    nb.pos('        "password": "{V}"', "redis-password")
    nb.add("    }", "}")

    js = R.f("nodebb/plugins/nodebb-plugin-corp-sso/library.js", "code-js")
    js.add("'use strict';", "", "const passport = require.main.require('passport');", "const { Strategy } = require('passport-oauth2');", "")
    js.pos("const CLIENT_SECRET = '{V}';", "auth0-client-secret")
    js.neg("const CLIENT_ID = '{V}';", "public-identifier", g.s(32))
    js.pos("const DISCOURSE_MIGRATION_KEY = \"{V}\";", "generic-api-key", g.hex(64))
    deck_pos(C, js, "js", 3)
    deck_neg(C, js, "js", 3)
    js.add("", "module.exports.load = async function ({ router }) {",
           "  passport.use(new Strategy({ clientID: CLIENT_ID, clientSecret: CLIENT_SECRET,",
           "    authorizationURL: 'https://corp.eu.auth0.com/authorize', tokenURL: 'https://corp.eu.auth0.com/oauth/token' },",
           "    (accessToken, refreshToken, profile, done) => done(null, profile)));", "};")

    ng = R.f("nginx/forum.conf", "conf")
    ng.add("server {", "    listen 443 ssl http2;", "    server_name forum.corp.example;", "    location /admin/ {",
           "        auth_basic \"staff\";", "        auth_basic_user_file /etc/nginx/.htpasswd;", "    }", "    location /api/upstream/ {",
           "        proxy_pass https://legacy-forum.corp.example/;")
    import base64 as _b
    ng.pos("        proxy_set_header Authorization \"Basic {V}\";", "basic-auth-b64", _b.b64encode(("bridge:" + g.password()).encode()).decode())
    ng.pos("        proxy_set_header X-Api-Key \"{V}\";", "generic-api-key")
    ng.add("    }", "}")
    ht = R.f("nginx/.htpasswd", "credential-file")
    ht.neg("staff:{V}", "password-hash", "$apr1$" + g.s(8, ALNUM + "./") + "$" + g.s(22, ALNUM + "./"))
    ht.neg("mod:{V}", "password-hash", "$2y$05$" + g.s(53, ALNUM + "./"))

    pg = R.f("pgbouncer/userlist.txt", "credential-file")
    pg.pos("\"flarum\" \"{V}\"", "db-password")
    pg.neg("\"nodebb\" \"{V}\"", "password-hash", "SCRAM-SHA-256$4096:" + g.b64(16) + "$" + g.b64(32) + ":" + g.b64(32))
    pg.neg("\"phpbb\" \"{V}\"", "password-hash", "md5" + g.hex(32))
    pgi = R.f("pgbouncer/pgbouncer.ini", "ini")
    pgi.add("[databases]")
    pgi.pos("forum = host=pg-forum.corp.example port=5432 dbname=forum user=forum password={V}", "db-password")
    pgi.add("[pgbouncer]", "listen_addr = 0.0.0.0", "listen_port = 6432", "auth_type = scram-sha-256",
            "auth_file = /etc/pgbouncer/userlist.txt")


def science(C):
    g = C.g
    R = C.repo("research-analytics")
    m = R.f("matlab/load_trials.m", "code-matlab")
    m.add("% LOAD_TRIALS  Pull trial data from the clinical warehouse", "function T = load_trials(study)",
          "    conn = database('CLINDW', 'matlab_ro', ...")
    m.pos("        '{V}', ...", "db-password")
    m.add("        'Vendor', 'PostgreSQL', 'Server', 'clindw.corp.example', 'PortNumber', 5432);",
          "    T = fetch(conn, sprintf('SELECT * FROM trials WHERE study_id = ''%s''', study));", "    close(conn);", "end")
    m2 = R.f("matlab/config.m", "code-matlab")
    deck_pos(C, m2, "matlab", 2)
    deck_neg(C, m2, "matlab", 2)
    m2.pos("options = weboptions('HeaderFields', {'Authorization', 'Bearer {V}'});", "generic-token")

    s = R.f("sas/autoexec.sas", "code-sas")
    s.add("/* site autoexec for the SAS grid */", "options fullstimer;")
    s.pos("libname dwh postgres server='clindw.corp.example' port=5432 user=sas_etl password='{V}' database=clin;", "db-password")
    s.neg("libname ora oracle user=sas_etl password=\"{V}\" path=ORAPRD;", "encrypted-value", "{SAS002}" + g.hex(32).upper())
    s.pos("%let api_token = {V};", "generic-token")
    s.add("filename resp temp;", "proc http url=\"https://api.corp.example/v1/studies\" method=\"GET\" out=resp;",
          "  headers \"Authorization\"=\"Bearer &api_token\";", "run;")

    st = R.f("stata/setup.do", "code-stata")
    st.add("* setup.do -- connection to the survey warehouse", "version 17")
    st.pos("local dbpass \"{V}\"", "stata-sas-db-password")
    st.add("odbc load, exec(\"SELECT * FROM survey.responses\") dsn(\"SURVEYDW\") user(stata) password(\"`dbpass'\") clear")
    st.neg("local apikey : env {V}", "env-reference", "SURVEY_API_KEY")

    o = R.f("octave/fetch_weather.m", "code-octave")
    o.add("pkg load io")
    o.pos("api_key = \"{V}\";", "generic-api-key", g.hex(32))
    o.add("url = sprintf(\"https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=%s\", api_key);",
          "data = webread(url);")
    deck_pos(C, o, "octave", 1)

    r = R.f("R/01_fetch.R", "code-r")
    r.add("library(DBI)", "library(httr2)", "")
    r.pos("con <- dbConnect(RPostgres::Postgres(), host = \"clindw.corp.example\", user = \"r_analyst\", password = \"{V}\")", "db-password")
    r.pos("Sys.setenv(OPENAI_API_KEY = \"{V}\")", "openai-project-key")
    r.neg("token <- {V}", "env-reference", "Sys.getenv(\"REDCAP_TOKEN\")")
    deck_pos(C, r, "r", 2)
    deck_neg(C, r, "r", 2)
    re = R.f("R/.Renviron", "dotenv")
    re.pos("REDCAP_TOKEN={V}", "generic-token", g.hex(32).upper())
    re.pos("GITHUB_PAT={V}", "github-classic-pat")

    jl = R.f("julia/src/Pipeline.jl", "code-julia")
    jl.add("module Pipeline", "using HTTP, JSON3", "")
    jl.pos("const WANDB_KEY = \"{V}\"", "wandb-api-key")
    deck_pos(C, jl, "julia", 2)
    deck_neg(C, jl, "julia", 2)
    jl.add("end")

    kg = R.f("notebooks/kaggle.json", "json")
    kg.pos('{"username":"corp-research","key":"{V}"}', "kaggle-key")

    sa = R.f("credentials/bq-reader.json", "json")
    pem, email, cid, pkid = g.gcp_sa("corp-research")
    sa.add("{", '  "type": "service_account",', '  "project_id": "corp-research",')
    sa.neg('  "private_key_id": "{V}",', "key-identifier", pkid)
    sa.block(['  "private_key": "' + pem + '",'], "gcp-service-account-key", needle=pem[:40], secret=pem)
    sa.add('  "client_email": "' + email + '",', '  "client_id": "' + cid + '",',
           '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}")

    nbk = R.f("notebooks/llm_coding.ipynb", "notebook")
    key = g.anthropic()
    cells = [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
              "source": ["import anthropic\n", "client = anthropic.Anthropic(api_key=\"" + key + "\")\n"]},
             {"cell_type": "code", "execution_count": 4, "metadata": {},
              "outputs": [{"name": "stdout", "output_type": "stream", "text": ["MISTRAL_API_KEY=@@M@@\n"]}],
              "source": ["!grep MISTRAL ~/.env\n"]}]
    mk = g.s(32)
    txt = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1).replace("@@M@@", mk)
    for l in txt.split("\n"):
        if key in l:
            nbk.pos(l.replace(key, "{V}"), "anthropic-api-key", key)
        elif mk in l:
            nbk.pos(l.replace(mk, "{V}"), "mistral-api-key", mk)
        else:
            nbk.add(l)


def jumphost(C):
    g = C.g
    R = C.repo("jumphost-home")
    f = R.f("home/ops/.pgpass", "credential-file")
    f.pos("pg-main.corp.example:5432:*:postgres:{V}", "db-password")
    f.pos("*:*:*:replicator:{V}", "db-password")
    f = R.f("home/ops/.my.cnf", "credential-file")
    f.add("[client]", "user=root")
    f.pos("password=\"{V}\"", "db-password")
    f.add("host=db-01.corp.example")
    f = R.f("home/ops/.git-credentials", "credential-file")
    f.pos("https://ops-bot:{V}@github.com", "github-classic-pat")
    f.pos("https://oauth2:{V}@gitlab.corp.example", "gitlab-pat")
    f = R.f("home/ops/.pypirc", "credential-file")
    f.add("[distutils]", "index-servers =", "    pypi", "    corp", "", "[pypi]", "username = __token__")
    f.pos("password = {V}", "pypi-token")
    f.add("", "[corp]", "repository = https://pypi.corp.example/simple/", "username = ops")
    f.pos("password = {V}", "generic-password")
    f = R.f("home/ops/.gem/credentials", "credential-file")
    f.add("---")
    f.pos(":rubygems_api_key: {V}", "rubygems-api-key")
    f = R.f("home/ops/.docker/config.json", "credential-file")
    f.add("{", '  "auths": {', '    "registry.corp.example": {')
    f.pos('      "auth": "{V}"', "docker-config-auth", base64.b64encode(("ops:" + g.password()).encode()).decode())
    f.add("    },", '    "https://index.docker.io/v1/": {')
    f.pos('      "auth": "{V}"', "docker-config-auth", base64.b64encode(("corpci:" + g.dockerhub()).encode()).decode())
    f.add("    },", '    "ghcr.io": {}', "  },", '  "credsStore": "desktop"', "}")
    f = R.f("home/ops/.config/rclone/rclone.conf", "credential-file")
    f.add("[b2-archive]", "type = b2", "account = " + g.hex(12))
    f.pos("key = {V}", "generic-api-key", "K" + g.s(30))
    f.add("", "[nas-sftp]", "type = sftp", "host = nas.corp.example", "user = backup")
    f.pos("pass = {V}", "rclone-obscured-password")
    f.add("", "[s3-logs]", "type = s3", "provider = AWS")
    f.pos("access_key_id = {V}", "aws-access-key-id")
    f.pos("secret_access_key = {V}", "aws-secret-access-key")
    f = R.f("home/ops/.s3cfg", "credential-file")
    f.add("[default]")
    f.pos("access_key = {V}", "aws-access-key-id")
    f.pos("secret_key = {V}", "aws-secret-access-key")
    f.neg("gpg_passphrase = {V}", "placeholder", "")
    f.add("host_base = s3.amazonaws.com")
    f = R.f("home/ops/.boto", "credential-file")
    f.add("[Credentials]")
    f.pos("gs_access_key_id = {V}", "gcs-hmac-access-id")
    f.pos("gs_secret_access_key = {V}", "gcs-hmac-secret")
    f = R.f("home/ops/.wgetrc", "credential-file")
    f.add("check_certificate = on", "user = mirror")
    f.pos("password = {V}", "generic-password")
    f = R.f("home/ops/.npmrc", "credential-file")
    f.pos("_auth={V}", "npmrc-auth", base64.b64encode(("deploy:" + g.password()).encode()).decode())
    f.add("always-auth=true", "email=ops@corp.example")
    f = R.f("home/ops/.ssh/id_ed25519", "pem-file")
    f.block(g.openssh(), "openssh-private-key")
    f = R.f("home/ops/.ssh/id_ed25519.pub", "pem-file")
    f.neg("ssh-ed25519 {V} ops@jump-01", "public-key", "AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(32)[:43])
    f = R.f("home/ops/.ssh/legacy_rsa", "pem-file")
    f.block(g.rsa_pkcs1(), "rsa-private-key")
    f = R.f("home/ops/.gnupg/backup-signing.asc", "pem-file")
    f.block(g.pgp(), "pgp-private-key")
    f = R.f("home/ops/.config/sops/age/keys.txt", "credential-file")
    f.add("# created: 2025-03-02T10:11:12+01:00")
    f.neg("# public key: {V}", "public-key", "age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))
    f.pos("{V}", "age-secret-key")
    f = R.f("home/ops/.config/doctl/access-token-notes.txt", "text")
    f.add("old token (revoked 2025-01?):")
    f.pos("{V}", "digitalocean-pat")
    f = R.f("home/ops/.tailscale-authkey", "credential-file")
    f.pos("{V}", "tailscale-auth-key")
    f = R.f("home/ops/.bash_history", "shell-history")
    f.add("ls -la", "cd /srv/app")
    f.pos("export VAULT_TOKEN={V}", "vault-service-token")
    f.pos("curl -H \"Authorization: Bearer {V}\" https://api.tailscale.com/api/v2/tailnet/-/devices", "tailscale-api-token")
    f.pos("doppler secrets download --token {V} --no-file --format env", "doppler-service-token")
    f.pos("PGPASSWORD='{V}' psql -h pg-main.corp.example -U postgres -c 'select 1'", "db-password")
    f.pos("curl -u admin:{V} https://nexus.corp.example/service/rest/v1/status", "admin-password")
    f.pos("databricks configure --token <<< '{V}'", "databricks-token")
    f.pos("export PULUMI_ACCESS_TOKEN={V}", "pulumi-access-token")
    f.pos("http POST https://api.getpostman.com/collections X-Api-Key:{V} < coll.json", "postman-api-key")
    f.pos("curl -s --user 'api:{V}' https://api.mailgun.net/v3/mg.corp.example/messages -F to=me@corp.example", "mailgun-api-key")
    f.neg("export GITHUB_TOKEN={V}", "env-reference", "$(gh auth token)")
    f.neg("echo {V}", "env-reference", "$AWS_SECRET_ACCESS_KEY")
    f.add("history -c")
    f = R.f("home/ops/.config/doppler/.doppler.yaml", "yaml-config")
    f.add("scoped:", "  /:")
    f.pos("    token: {V}", "doppler-personal-token")
    f.add("    api-host: https://api.doppler.com")
    f = R.f("home/ops/.kube/config", "kubeconfig")
    f.add("apiVersion: v1", "kind: Config", "clusters:", "- cluster:", "    server: https://10.0.0.10:6443", "  name: lab",
          "users:", "- name: lab-admin", "  user:")
    f.neg("    client-certificate-data: {V}", "public-certificate", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + g.b64(120))
    f.pos("    client-key-data: {V}", "k8s-secret-data", base64.b64encode("\n".join(g.ec()).encode()).decode())


def runbooks(C):
    g = C.g
    R = C.repo("ops-runbooks")
    a = R.f("docs/incident/db-failover.adoc", "asciidoc")
    a.add("= Database failover", ":toc:", "", "== Promote the replica", "", "[source,bash]", "----")
    a.pos("repmgr -f /etc/repmgr.conf standby promote --password='{V}'", "db-password")
    a.add("----", "", "NOTE: the `repmgr` password lives in Vault at `secret/db/repmgr`.", "", "[cols=\"1,1\"]", "|===",
          "|account |password")
    a.pos("|postgres |{V}", "db-password")
    a.neg("|replicator |{V}", "placeholder", "<see vault>")
    a.add("|===")

    r = R.f("docs/services/email.rst", "restructuredtext")
    r.add("Email relay", "===========", "", ".. code-block:: ini", "")
    r.pos("   smtp_password = {V}", "smtp-password")
    r.add("", "Credentials", "-----------", "", "==========  ==============================", "Service     Key",
          "==========  ==============================")
    r.pos("SendGrid    ``{V}``", "sendgrid-api-key")
    r.neg("Mailgun     ``{V}``", "placeholder", "key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    r.add("==========  ==============================")

    h = R.f("http/payments.http", "http-file")
    h.add("### Create a refund (prod)", "POST https://api.stripe.com/v1/refunds")
    h.pos("Authorization: Bearer {V}", "stripe-live-secret-key")
    h.add("Content-Type: application/x-www-form-urlencoded", "", "charge=ch_3Nx" + g.s(21) + "&amount=1200", "",
          "### Shop orders")
    h.pos("GET https://corp-shop.myshopify.com/admin/api/2025-01/orders.json?access_token={V}", "shopify-custom-app-token")
    h.add("", "### Sentry releases", "GET https://sentry.io/api/0/organizations/corp/releases/")
    h.pos("Authorization: Bearer {V}", "sentry-user-token")
    h.add("", "### Staging (safe)", "GET https://api.stripe.com/v1/charges")
    h.neg("Authorization: Bearer {{V}}", "template-reference", "stripe_key")

    pm = R.f("postman/corp-api.postman_collection.json", "json")
    pm.add("{", '  "info": {"name": "Corp API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},',
           '  "auth": {"type": "apikey", "apikey": [')
    pm.pos('    {"key": "value", "value": "{V}", "type": "string"},', "generic-api-key")
    pm.add('    {"key": "key", "value": "X-Api-Key", "type": "string"}', "  ]},", '  "variable": [')
    pm.neg('    {"key": "token", "value": "{V}"},', "template-reference", "{{vault:corp-api-token}}")
    pm.pos('    {"key": "gh_token", "value": "{V}"}', "github-app-token")
    pm.add("  ],", '  "item": []', "}")

    md = R.f("docs/onboarding.md", "markdown")
    md.add("# Onboarding", "", "1. Ask for VPN access.", "2. Install the CLI tools:", "", "```bash", "brew install awscli doctl flyctl",
           "```", "", "Example `~/.aws/credentials` (use your own!):", "", "```ini", "[default]")
    md.neg("aws_access_key_id = {V}", "vendor-example-key", P["akia"] + "IOSFODNN7" + "EXAMPLE")
    md.neg("aws_secret_access_key = {V}", "vendor-example-key", P["aws_ex_secret"])
    md.add("```", "", "Shared staging keys (staging only, rotate monthly):", "", "```ini", "[staging]")
    md.pos("aws_access_key_id = {V}", "aws-access-key-id")
    md.pos("aws_secret_access_key = {V}", "aws-secret-access-key")
    md.add("```", "", "The JWT for the sandbox API is documented at jwt.io, e.g.:", "")
    md.neg("`{V}`", "vendor-example-key", P["eyj"] + "hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    md.add("", "Logo for the wiki:", "")
    md.neg("![logo](data:image/png;base64,{V})", "base64-image", "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + g.b64(120))
    md.add("", "Release checksums:", "")
    md.neg("- `corp-cli_1.4.2_linux_amd64.tar.gz` sha256 `{V}`", "checksum", sha256_hex(g.s(8)))
    md.neg("- signing key fingerprint: `{V}`", "checksum", g.hex(40).upper())

    ci = R.f(".github/workflows/runbook-lint.yml", "yaml-ci")
    ci.add("name: lint", "on: [push]", "jobs:", "  lint:", "    runs-on: ubuntu-latest", "    env:")
    ci.neg("      GH_TOKEN: {V}", "template-reference", "${{ secrets.GITHUB_TOKEN }}")
    ci.pos("      CONFLUENCE_TOKEN: {V}", "atlassian-api-token")
    ci.add("    steps:", "      - uses: actions/checkout@v4")
    ci.neg("      - uses: docker/login-action@{V}", "commit-sha", g.hex(40))
    ci.add("      - run: npx markdownlint-cli2 \"docs/**/*.md\"")

    lk = R.f("package-lock.json", "lockfile")
    lk.add("{", '  "name": "ops-runbooks",', '  "lockfileVersion": 3,', '  "packages": {', '    "node_modules/markdownlint-cli2": {',
           '      "version": "0.13.0",', '      "resolved": "https://registry.npmjs.org/markdownlint-cli2/-/markdownlint-cli2-0.13.0.tgz",')
    lk.neg('      "integrity": "{V}",', "lockfile-integrity", "sha512-" + g.b64(64))
    lk.add('      "dev": true', "    },", '    "node_modules/globby": {', '      "version": "14.0.1",')
    lk.neg('      "integrity": "{V}"', "lockfile-integrity", "sha512-" + g.b64(64))
    lk.add("    }", "  }", "}")

    sops = R.f("secrets/prod.enc.yaml", "yaml-config")
    sops.neg("db_password: {V}", "encrypted-value", "ENC[AES256_GCM,data:" + g.b64(18) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]")
    sops.neg("stripe_key: {V}", "encrypted-value", "ENC[AES256_GCM,data:" + g.b64(80) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]")
    sops.add("sops:", "    age:", "        - recipient: age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
             "    lastmodified: \"2025-05-01T10:00:00Z\"")
    sops.neg("    mac: {V}", "encrypted-value", "ENC[AES256_GCM,data:" + g.b64(48) + ",iv:" + g.b64(32) + ",tag:" + g.b64(16) + ",type:str]")
    sops.add("    version: 3.9.0")

    bat = R.f("scripts/map-drives.bat", "batch", crlf=True)
    bat.add("@echo off", "rem map the finance share for the reporting box")
    bat.pos("net use Z: \\\\fs01\\finance /user:CORP\\svc-report {V} /persistent:yes", "generic-password")
    bat.pos("set \"SQLCMDPASSWORD={V}\"", "db-password")
    bat.add("sqlcmd -S sql01 -U report -Q \"EXEC dbo.refresh_cache\"")
    deck_pos(C, bat, "bat", 2)
    deck_neg(C, bat, "bat", 2)

    df = R.f("tools/Dockerfile", "dockerfile")
    df.add("FROM python:3.12-slim", "WORKDIR /app")
    df.pos("ARG PIP_EXTRA_INDEX_URL=https://ci:{V}@pypi.corp.example/simple/", "generic-password")
    df.pos("ENV HUGGINGFACE_HUB_TOKEN={V}", "huggingface-token")
    df.neg("ENV OPENAI_API_KEY={V}", "placeholder", "sk-...")
    deck_pos(C, df, "docker", 2)
    df.add("COPY . .", "RUN pip install -r requirements.txt", "CMD [\"python\", \"-m\", \"tools.report\"]")

    jk = R.f("keys/signing.jwk.json", "json")
    jwk = g.jwk_ec_private()
    jk.add("{", '  "keys": [', "    {")
    for k in ("kty", "crv", "kid", "use", "x", "y"):
        jk.add('      "' + k + '": "' + jwk[k] + '",')
    jk.pos('      "d": "{V}"', "jwk-private-key", jwk["d"])
    jk.add("    }", "  ]", "}")

    p12 = R.f("deploy/k8s/tls-client.yaml", "yaml-k8s")
    p12.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: bank-mtls", "type: Opaque", "data:")
    p12.pos("  client.p12: {V}", "pkcs12-base64")
    p12.pos("  client.p12.password: {V}", "k8s-secret-data", base64.b64encode(g.password().encode()).decode())
    p12.add("---", "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: bank-sync", "spec:", "  template:",
            "    spec:", "      containers:", "      - name: sync", "        image: registry.corp.example/bank-sync:2.3.1",
            "        env:", "        - name: BANK_API_USER", "          value: corp-sync", "        - name: BANK_API_PASSWORD")
    p12.pos("          value: \"{V}\"", "generic-password")
    p12.add("        - name: BANK_SIGNING_KEY", "          valueFrom:", "            secretKeyRef:", "              name: bank-mtls")
    p12.neg("              key: {V}", "secret-name-only", "signing-key")
    p12.add("        - name: HMAC_SECRET")
    p12.pos("          value: {V}", "webhook-secret")

    key8 = R.f("deploy/tls/sync.key", "pem-file")
    key8.block(g.pkcs8(), "pkcs8-private-key")
    crt = R.f("deploy/tls/sync.crt", "pem-file")
    crt.neg("{V}", "public-certificate", P["begin"] + "CERTIFICATE-----")
    b = g.b64(700)
    for i in range(0, len(b), 64):
        crt.add(b[i:i + 64])
    crt.add(P["end"] + "CERTIFICATE-----")

    sp = R.f("scripts/legacy_split.py", "code-python")
    sp.add("# the previous admin 'hid' the key by splitting it")
    k1 = g.s(20)
    k2 = g.s(20)
    sp.pos("PART_A = \"{V}\"", "split-secret", k1)
    sp.add("PART_B = \"" + k2 + "\"", "API_KEY = PART_A + PART_B")


REPOS = [cfn, rasa, firmware, forums, science, jumphost, runbooks]
