"""blind17 repositories, part B: game-server host, home automation, ESP32 firmware, mobile release
tooling, ML experiment tracking, LATAM/Africa/Asia payments, crypto bot, email/SMS marketing."""
import base64
import json


def jl(s):
    return json.dumps(s)[1:-1]


def cstr(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")


# ------------------------------------------------------------------------------------------------
def fragforge_hosting(c):
    v, R = c.v, "fragforge-hosting/"
    f = c.f(R + "panel/.env", "dotenv")
    f.a("APP_ENV=production", "APP_DEBUG=false", "APP_URL=https://panel.fragforge.gg")
    f.p("APP_KEY=base64:@@", v.b64(32), "laravel-app-key", "Laravel", ctx=True)
    f.a("DB_CONNECTION=mysql", "DB_HOST=127.0.0.1", "DB_DATABASE=panel", "DB_USERNAME=pterodactyl")
    f.p("DB_PASSWORD=@@", v.pw(), "mysql-password", ctx=True)
    f.a("MAIL_MAILER=smtp", "MAIL_HOST=smtp.postmarkapp.com", "MAIL_PORT=587")
    f.p("MAIL_USERNAME=@@", v.uuid(), "postmark-server-token", "Postmark", ctx=True)
    f.n("MAIL_PASSWORD=@@", "${MAIL_USERNAME}", "env-reference")
    f.n("HASHIDS_SALT=@@", v.al(20), "harmless-setting")
    f.n("HASHIDS_LENGTH=@@", "8", "harmless-setting")

    f = c.f(R + "wings/config.yml", "yaml-config")
    f.a("debug: false", "uuid: " + v.uuid())
    f.n("token_id: @@", v.al(16), "public-identifier")
    f.p("token: @@", v.al(64), "pterodactyl-node-token", "Pterodactyl", ctx=True)
    f.a("api:", "  host: 0.0.0.0", "  port: 8080", "  ssl:", "    enabled: true", "    cert: /etc/letsencrypt/live/node1.fragforge.gg/fullchain.pem",
        "system:", "  sftp:", "    bind_port: 2022", "remote: https://panel.fragforge.gg")

    f = c.f(R + "servers/cs2-eu1/cfg/server.cfg", "source-engine-cfg")
    f.a('hostname "FragForge | EU1 | 128tick"', "sv_lan 0", "sv_region 3")
    f.p('rcon_password "@@"', v.pw(), "rcon-password", ctx=True)
    f.p('sv_password "@@"', v.word() + v.dig(3), "game-server-join-password", ctx=True)
    f.p("sv_setsteamaccount @@", v.HEX(32), "steam-gslt-token", "Valve", ctx=True)
    f.n('sv_tags "@@"', "128tick,competitive,eu", "harmless-setting")

    f = c.f(R + "servers/mc-survival/server.properties", "properties")
    f.a("#Minecraft server properties", "enable-rcon=true", "rcon.port=25575")
    f.p("rcon.password=@@", v.pw(), "rcon-password", ctx=True)
    f.n("level-seed=@@", "-" + v.dig(18), "harmless-setting")
    f.a("max-players=40", "online-mode=true", "white-list=true")
    f.n("resource-pack-sha1=@@", v.sha1(), "checksum")

    f = c.f(R + "bot/main.lua", "code-lua")
    f.a("-- Discordia bot that posts server status", 'local discordia = require("discordia")', "local client = discordia.Client()", "",
        "local config = {")
    f.p('  token = "Bot @@",', v.discord_bot(), "discord-bot-token", "Discord")
    f.p('  status_webhook = "@@",', v.discord_webhook(), "discord-webhook", "Discord")
    f.n('  guild_id = "@@",', v.dig(18), "public-identifier")
    f.p('  panel_api_key = "@@",', "ptla_" + v.al(43), "pterodactyl-api-key", "Pterodactyl")
    f.a("}", "", "client:run(config.token)")

    f = c.f(R + "steamstats/steam.go", "code-go")
    f.a("package steamstats", "", 'import "net/http"', "", "const (")
    f.p('\tsteamWebAPIKey = "@@"', v.HEX(32), "steam-web-api-key", "Valve", ctx=True)
    f.n('\tworkshopCollection = "@@"', v.dig(10), "public-identifier")
    f.a(")", "", "func Players(appID string) (*http.Response, error) {",
        '\treturn http.Get("https://api.steampowered.com/ISteamUserStats/GetNumberOfCurrentPlayers/v1/?key=" + steamWebAPIKey + "&appid=" + appID)', "}")


# ------------------------------------------------------------------------------------------------
def casa_automation(c):
    v, R = c.v, "casa-automation/"
    f = c.f(R + "homeassistant/secrets.yaml", "yaml-config")
    f.a("# Use this file to store secrets like usernames and passwords.", "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/")
    f.p("wifi_password: @@", v.pw(), "wifi-psk", ctx=True)
    f.p("mqtt_password: @@", v.pw(), "mqtt-password", ctx=True)
    f.p("openweathermap_api_key: @@", v.hex(32), "openweathermap-api-key", "OpenWeather", ctx=True)
    f.p("spotify_client_secret: @@", v.hex(32), "spotify-client-secret", "Spotify", ctx=True)
    f.p("nest_client_secret: @@", v.google_oauth_secret(), "google-oauth-client-secret", "Google")
    f.n("nest_client_id: @@", v.dig(12) + "-" + v.low(32) + ".apps.googleusercontent.com", "public-identifier")
    f.p("alarm_code: \"@@\"", v.pin(6), "alarm-code", ctx=True)
    f.n("latitude_home: @@", "52.3731", "harmless-setting")

    f = c.f(R + "homeassistant/configuration.yaml", "yaml-config")
    f.a("homeassistant:", "  name: Casa", "  unit_system: metric", "", "mqtt:", "  broker: 192.168.1.20")
    f.n("  password: @@", "!secret mqtt_password", "secret-reference")
    f.a("weather:", "  - platform: openweathermap")
    f.n("    api_key: @@", "!secret openweathermap_api_key", "secret-reference")
    f.a("rest_command:", "  grafana_annotate:", "    url: http://192.168.1.30:3000/api/annotations", "    method: POST", "    headers:")
    f.p('      Authorization: "Bearer @@"', "glsa_" + v.al(32) + "_" + v.hex(8), "grafana-service-account-token", "Grafana")

    f = c.f(R + "scripts/ha_backup.sh", "shell-script")
    f.a("#!/bin/sh", "# nightly: download the newest HA backup")
    f.p('HA_TOKEN="@@"', v.jwt({"iss": v.hex(32), "iat": 1712000000, "exp": 2027360000}), "jwt", "Home Assistant")
    f.a('curl -s -H "Authorization: Bearer $HA_TOKEN" http://192.168.1.10:8123/api/hassio/backups | jq .')

    f = c.f(R + "esphome/garage-door.yaml", "yaml-esphome")
    f.a("esphome:", "  name: garage-door", "esp32:", "  board: esp32dev", "wifi:", "  ssid: Casa-IoT")
    f.p("  password: \"@@\"", v.pw(), "wifi-psk", ctx=True)
    f.a("  ap:", "    ssid: Garage Fallback")
    f.p("    password: \"@@\"", v.al(12), "wifi-psk", ctx=True)
    f.a("api:", "  encryption:")
    f.p("    key: \"@@\"", v.b64(32), "esphome-api-encryption-key", "ESPHome", ctx=True)
    f.a("ota:", "  - platform: esphome")
    f.p("    password: \"@@\"", v.hex(32), "ota-password", ctx=True)

    f = c.f(R + "esphome/porch-light.yaml", "yaml-esphome")
    f.a("esphome:", "  name: porch-light", "wifi:", "  ssid: Casa-IoT")
    f.n("  password: @@", "!secret wifi_password", "secret-reference")
    f.a("api:", "  encryption:")
    f.n("    key: @@", "!secret porch_api_key", "secret-reference")

    f = c.f(R + "node-red/settings.js", "code-js")
    f.a("module.exports = {", "    flowFile: 'flows.json',")
    f.p("    credentialSecret: \"@@\",", v.hex(32), "node-red-credential-secret", "Node-RED", ctx=True)
    f.a("    adminAuth: {", "        type: \"credentials\",", "        users: [{", "            username: \"admin\",")
    f.n("            password: \"@@\",", v.bcrypt(), "password-hash")
    f.a("            permissions: \"*\"", "        }]", "    },", "    uiPort: process.env.PORT || 1880,", "};")

    f = c.f(R + "node-red/flows_cred.json", "json")
    nid = v.hex(16)
    f.a("{", f'    "{nid}": {{', '        "user": "nodered"')
    f.p('        ,"password": "@@"', v.pw(), "mqtt-password", ctx=True)
    f.a("    },", f'    "{v.hex(16)}": {{')
    f.p('        "token": "@@"', v.telegram(), "telegram-bot-token", "Telegram")
    f.a("    }", "}")

    f = c.f(R + "zigbee2mqtt/configuration.yaml", "yaml-config")
    f.a("homeassistant: true", "permit_join: false", "mqtt:", "  base_topic: zigbee2mqtt", "  server: mqtt://192.168.1.20", "  user: z2m")
    f.p("  password: @@", v.pw(), "mqtt-password", ctx=True)
    f.a("serial:", "  port: /dev/ttyUSB0", "advanced:")
    f.p("  network_key: [@@]", ", ".join(str(v.r.randrange(256)) for _ in range(16)), "zigbee-network-key", ctx=True)
    f.n("  pan_id: @@", "0x" + v.HEX(4), "harmless-setting")

    f = c.f(R + "pi/wpa_supplicant.conf", "wpa-supplicant")
    f.a("ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev", "update_config=1", "country=NL", "", "network={", '    ssid="Casa"')
    f.p('    psk="@@"', v.pw(), "wifi-psk", ctx=True)
    f.a("}", "network={", '    ssid="Casa-IoT"')
    f.n("    psk=@@", v.sha256(), "derived-psk-hash")
    f.a("}")


# ------------------------------------------------------------------------------------------------
def esp32_sensor_fw(c):
    v, R = c.v, "esp32-sensor-fw/"
    f = c.f(R + "include/secrets.h", "c-header")
    f.a("#pragma once", "// Field units: greenhouse sensors. Not in .gitignore, sorry.", "", '#define WIFI_SSID "GH-Sensors"')
    f.p('#define WIFI_PSK "@@"', v.pw(), "wifi-psk", ctx=True)
    f.a('#define MQTT_HOST "mqtt.agri-lab.net"', "#define MQTT_PORT 8883", '#define MQTT_USER "gh-node"')
    f.p('#define MQTT_PASS "@@"', v.pw(), "mqtt-password", ctx=True)
    f.p('#define OTA_PASSWORD "@@"', v.al(16), "ota-password", ctx=True)
    f.n('#define OTA_PASSWORD_MD5 "@@"', v.hex(32), "password-hash")
    f.p('#define INFLUX_TOKEN "@@"', v.b64(64).replace("+", "-").replace("/", "_"), "influxdb-token", "InfluxData", ctx=True)
    f.a("", "// AWS IoT thing certificate + key")
    f.n('static const char AWS_ROOT_CA[] = "@@\\n"', D("CERTIFICATE"), "certificate")
    f.p('static const char DEVICE_KEY[] = "@@";', cstr(v.rsa_pem()), "private-key")

    f = c.f(R + "platformio.ini", "platformio-ini")
    f.a("[env:esp32dev]", "platform = espressif32", "board = esp32dev", "framework = arduino", "monitor_speed = 115200", "build_flags =")
    f.p("    -DWIFI_PASSWORD=\\\"@@\\\"", v.pw(), "wifi-psk", ctx=True)
    f.a("    -DCORE_DEBUG_LEVEL=1", "", "[env:esp32dev_ota]", "extends = env:esp32dev", "upload_protocol = espota", "upload_port = 192.168.40.17")
    f.a("upload_flags =")
    f.p("    --auth=@@", v.al(16), "ota-password", ctx=True)
    f.n("    --port=@@", "3232", "harmless-setting")
    f.a("lib_deps =", "    knolleary/PubSubClient @ ^2.8")

    f = c.f(R + "data/config.json", "json")
    f.a("{", '  "node": "gh-07",', '  "interval_s": 60,')
    f.p('  "ap_password": "@@",', v.al(10), "wifi-psk", ctx=True)
    f.n('  "fw_sha256": "@@",', v.sha256(), "checksum")
    f.n('  "mqtt_pass": "@@"', "CHANGE_ME", "placeholder")
    f.a("}")

    f = c.f(R + "src/main.cpp", "code-cpp")
    f.a('#include <Arduino.h>', '#include "secrets.h"', "", "// provisioning fallback for units without secrets.h")
    f.n('static const char* FALLBACK_PSK = "@@";', "xxxxxxxx", "placeholder")
    f.p('static const char* BLYNK_AUTH = "@@";', v.url(32), "blynk-auth-token", "Blynk", ctx=True)
    f.a("void setup() {", "  Serial.begin(115200);", "  WiFi.begin(WIFI_SSID, WIFI_PSK);", "}")


def D(kind):
    return "-" * 5 + "BEGIN " + kind + "-" * 5 + "\\nMIIDQTCCAimgAwIBAgITBmyfz5m"


# ------------------------------------------------------------------------------------------------
def mobile_release(c):
    v, R = c.v, "mobile-release/"
    f = c.f(R + "fastlane/Fastfile", "code-ruby")
    f.a("default_platform(:ios)", "", "platform :ios do", "  lane :beta do")
    f.a("    app_store_connect_api_key(", '      key_id: "' + v.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10) + '",')
    f.n('      issuer_id: "@@",', v.uuid(), "uuid-identifier")
    f.n('      key_filepath: @@,', '"./fastlane/AuthKey.p8"', "file-reference")
    f.a("    )", '    match(type: "appstore", readonly: true)', '    build_app(scheme: "Shop")', "    upload_to_testflight", "  end")
    f.a("  lane :notify do")
    f.p('    slack(message: "New beta", slack_url: "@@")', v.slack_webhook(), "slack-webhook", "Slack")
    f.a("  end", "end")

    f = c.f(R + "fastlane/.env.default", "dotenv")
    f.a("FASTLANE_USER=release@shopapp.io", "FASTLANE_TEAM_ID=" + v.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10))
    f.p("FASTLANE_PASSWORD=@@", v.pw(), "apple-id-password", "Apple", ctx=True)
    f.p("FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=@@", "-".join(v.s("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4)), "apple-app-specific-password", "Apple", ctx=True)
    f.p("MATCH_PASSWORD=@@", v.pw(), "fastlane-match-password", ctx=True)
    f.p("MATCH_GIT_TOKEN=@@", v.github_fine(), "github-fine-grained-pat", "GitHub")
    f.p("MATCH_GIT_BASIC_AUTHORIZATION=@@", v.basic("release-bot", v.github_pat()), "basic-auth-header", ctx=True)
    f.n("SENTRY_AUTH_TOKEN=@@", "${{ secrets.SENTRY_AUTH_TOKEN }}", "ci-secret-reference")

    f = c.f(R + "fastlane/AuthKey_" + v.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10) + ".p8", "pem-file")
    f.p("@@", v.p8_pem(), "private-key", "Apple")

    f = c.f(R + "android/keystore.properties", "properties")
    f.a("storeFile=../release.jks")
    f.p("storePassword=@@", v.pw(), "android-keystore-password", ctx=True)
    f.a("keyAlias=upload")
    f.p("keyPassword=@@", v.pw(), "android-keystore-password", ctx=True)

    f = c.f(R + "android/app/build.gradle", "gradle")
    f.a("android {", "    namespace 'io.shopapp'", "    signingConfigs {", "        release {", "            storeFile file('../release.jks')")
    f.p("            storePassword '@@'", v.pw(), "android-keystore-password", ctx=True)
    f.a("            keyAlias 'upload'")
    f.n("            keyPassword @@", 'System.getenv("UPLOAD_KEY_PASSWORD")', "env-reference")
    f.a("        }", "    }", "    defaultConfig {")
    f.p('        buildConfigField "String", "MAPS_API_KEY", "\\"@@\\""', v.google_api(), "google-api-key", "Google")
    f.a("    }", "}")

    f = c.f(R + "eas.json", "json")
    f.a("{", '  "cli": { "version": ">= 7.0.0" },', '  "build": {', '    "production": {', '      "env": {')
    f.p('        "EXPO_TOKEN": "@@",', v.url(40), "expo-access-token", "Expo", ctx=True)
    f.p('        "SENTRY_AUTH_TOKEN": "@@"', v.sentry_user(), "sentry-auth-token", "Sentry")
    f.a("      }", "    }", "  },", '  "submit": { "production": {')
    f.n('    "ascAppId": "@@",', v.dig(10), "public-identifier")
    f.n('    "serviceAccountKeyPath": "@@"', "./secrets/play-service-account.json", "file-reference")
    f.a("  } }", "}")

    f = c.f(R + "ios/Config/Release.xcconfig", "xcconfig")
    f.a("// Release configuration", "PRODUCT_BUNDLE_IDENTIFIER = io.shopapp", "API_HOST = api.shopapp.io")
    f.p("REVENUECAT_SECRET_KEY = @@", "sk_" + v.al(32), "revenuecat-secret-key", "RevenueCat")
    f.n("REVENUECAT_PUBLIC_KEY = @@", "appl_" + v.al(27), "public-key")
    f.p("ALGOLIA_ADMIN_KEY = @@", v.hex(32), "algolia-admin-key", "Algolia", ctx=True)

    f = c.f(R + "secrets/play-service-account.json", "json")
    f.a("{", '  "type": "service_account",', '  "project_id": "shopapp-release",')
    f.n('  "private_key_id": "@@",', v.hex(40), "public-identifier")
    f.p('  "private_key": "@@",', jl(v.pkcs8_pem()), "private-key", "Google")
    f.a('  "client_email": "play-publisher@shopapp-release.iam.gserviceaccount.com",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}")


# ------------------------------------------------------------------------------------------------
def ml_experiments(c):
    v, R = c.v, "ml-experiments/"
    f = c.f(R + "home/.netrc", "credential-file")
    f.a("machine api.wandb.ai", "  login user")
    f.p("  password @@", v.hex(40), "wandb-api-key", "Weights & Biases", ctx=True)
    f.a("machine huggingface.co", "  login jlee")
    f.p("  password @@", v.hf(), "huggingface-token", "Hugging Face")

    f = c.f(R + "home/.kaggle/kaggle.json", "json")
    f.p('{"username":"jlee-ml","key":"@@"}', v.hex(32), "kaggle-api-key", "Kaggle", ctx=True)

    f = c.f(R + "train.py", "code-python")
    f.a("import os", "", "import comet_ml", "import wandb", "")
    f.p('wandb.login(key="@@")', v.hex(40), "wandb-api-key", "Weights & Biases", ctx=True)
    f.p('experiment = comet_ml.Experiment(api_key="@@", project_name="seg-v3", workspace="vision")', v.al(25), "comet-api-key", "Comet", ctx=True)
    f.n('os.environ.setdefault("WANDB_PROJECT", "@@")', "seg-v3", "harmless-setting")
    f.n('HF_TOKEN = @@', 'os.getenv("HF_TOKEN")', "env-reference")
    f.n('RUN_ID = "@@"', v.hex(8), "public-identifier")
    f.n('DATASET_COMMIT = "@@"', v.sha1(), "commit-sha")

    f = c.f(R + "mlflow/docker-compose.yml", "yaml-compose")
    f.a("services:", "  mlflow:", "    image: ghcr.io/mlflow/mlflow:v2.14.1", "    environment:",
        "      MLFLOW_S3_ENDPOINT_URL: http://minio:9000", "      AWS_ACCESS_KEY_ID: mlflow")
    f.p("      AWS_SECRET_ACCESS_KEY: @@", v.al(40), "minio-secret-key", "MinIO", ctx=True)
    dbpw = v.pw(url_safe=True)
    f.p("    command: mlflow server --backend-store-uri @@ --host 0.0.0.0", f"postgresql://mlflow:{dbpw}@db/mlflow", "postgres-url-password")
    f.a("  minio:", "    image: minio/minio", "    environment:", "      MINIO_ROOT_USER: admin")
    f.p("      MINIO_ROOT_PASSWORD: @@", v.pw(), "minio-secret-key", "MinIO", ctx=True)
    f.a("  db:", "    image: postgres:16", "    environment:")
    f.p("      POSTGRES_PASSWORD: @@", dbpw, "postgres-password", ctx=True)

    f = c.f(R + "mlflow/.env", "dotenv")
    f.a("MLFLOW_TRACKING_URI=https://mlflow.vision.internal", "MLFLOW_TRACKING_USERNAME=jlee")
    f.p("MLFLOW_TRACKING_PASSWORD=@@", v.pw(), "mlflow-tracking-password", ctx=True)
    f.n("@@", "MLFLOW_TRACKING_TOKEN=", "empty-value")

    f = c.f(R + ".Renviron", "renviron")
    f.a("R_LIBS_USER=~/R/library")
    f.p("OPENAI_API_KEY=@@", v.openai(), "openai-project-key", "OpenAI")
    f.p("GITHUB_PAT=@@", v.github_pat(), "github-pat", "GitHub")
    f.n("TZ=@@", "Europe/Berlin", "harmless-setting")

    f = c.f(R + "notebooks/eda.ipynb", "notebook")
    f.a("{", ' "cells": [', "  {", '   "cell_type": "code",', '   "execution_count": 1,', '   "metadata": {},', '   "outputs": [],', '   "source": [',
        '    "from huggingface_hub import login\\n",')
    f.p('    "login(token=\\"@@\\")\\n",', v.hf(), "huggingface-token", "Hugging Face")
    f.p('    "os.environ[\\"COMET_API_KEY\\"] = \\"@@\\""', v.al(25), "comet-api-key", "Comet", ctx=True)
    f.a("   ]", "  },", "  {", '   "cell_type": "code",', '   "execution_count": 2,', '   "metadata": {},', '   "outputs": [', "    {",
        '     "output_type": "display_data",', '     "data": {')
    f.n('      "image/png": "@@"', v.b64(200), "base64-image")
    f.a("     },", '     "metadata": {}', "    }", "   ],", '   "source": ["plot_confusion(cm)"]', "  }", " ],", ' "metadata": {},', ' "nbformat": 4,', ' "nbformat_minor": 5', "}")

    f = c.f(R + "configs/sweep.yaml", "yaml-config")
    f.a("program: train.py", "method: bayes", "metric:", "  name: val/miou", "  goal: maximize", "parameters:", "  lr:", "    min: 0.00001", "    max: 0.01")
    f.n("entity: @@", "vision-team", "harmless-setting")
    f.n("api_key: @@", "${WANDB_API_KEY}", "env-reference")


# ------------------------------------------------------------------------------------------------
def payments_globalsouth(c):
    v, R = c.v, "payments-globalsouth/"
    f = c.f(R + "config/runtime.exs", "code-elixir")
    f.a("import Config", "", "if config_env() == :prod do", "  config :checkout, MercadoPago,")
    f.p('    access_token: "@@",', v.mercadopago(), "mercadopago-access-token", "Mercado Pago")
    f.n('    public_key: "@@"', v.mercadopago_pub(), "public-key")
    f.a("", "  config :checkout, Paystack,")
    f.p('    secret_key: "@@",', v.paystack(), "paystack-secret-key", "Paystack")
    f.n('    public_key: "@@"', v.paystack_pub(), "public-key")
    f.a("", "  config :checkout, Flutterwave,")
    f.p('    secret_key: "@@",', v.flutterwave(), "flutterwave-secret-key", "Flutterwave")
    f.p('    encryption_key: "@@"', v.flutterwave_enc(), "flutterwave-encryption-key", "Flutterwave")
    f.a("", "  config :checkout, Repo,")
    f.n('    password: @@', 'System.fetch_env!("DB_PASSWORD")', "env-reference")
    f.a("end")

    f = c.f(R + "app/Services/RazorpayService.php", "code-php")
    f.a("<?php", "namespace App\\Services;", "", "use Razorpay\\Api\\Api;", "", "class RazorpayService", "{")
    f.n("    private string $keyId = '@@';", v.razorpay_id(), "public-identifier")
    f.p("    private string $keySecret = '@@';", v.al(24), "razorpay-key-secret", "Razorpay", ctx=True)
    f.p("    private string $webhookSecret = '@@';", v.pw(), "razorpay-webhook-secret", "Razorpay", ctx=True)
    f.a("", "    public function client(): Api", "    {", "        return new Api($this->keyId, $this->keySecret);", "    }", "}")

    f = c.f(R + "gateways/midtrans.go", "code-go")
    f.a("package gateways", "", 'import "github.com/midtrans/midtrans-go"', "", "func init() {")
    f.p('\tmidtrans.ServerKey = "@@"', v.midtrans(), "midtrans-server-key", "Midtrans")
    f.n('\tmidtrans.ClientKey = "@@"', v.midtrans_client(), "public-key")
    f.a("\tmidtrans.Environment = midtrans.Production", "}")
    f.p('const xenditSecret = "@@"', v.xendit(), "xendit-secret-key", "Xendit")

    f = c.f(R + "mpesa/daraja.py", "code-python")
    f.a('"""Safaricom Daraja STK push (Kenya)."""', "import base64", "import datetime", "")
    f.p('CONSUMER_KEY = "@@"', v.al(48), "mpesa-consumer-key", "Safaricom", ctx=True)
    f.p('CONSUMER_SECRET = "@@"', v.al(64), "mpesa-consumer-secret", "Safaricom", ctx=True)
    f.n('SHORTCODE = "@@"', v.dig(6), "public-identifier")
    f.p('PASSKEY = "@@"', v.hex(64), "mpesa-passkey", "Safaricom", ctx=True)
    f.a("", "def password(ts):", '    return base64.b64encode(f"{SHORTCODE}{PASSKEY}{ts}".encode()).decode()')

    f = c.f(R + ".env.production", "dotenv")
    f.a("APP_ENV=production", "DEFAULT_CURRENCY=NGN")
    f.p("AFRICASTALKING_API_KEY=@@", "atsk_" + v.hex(64), "africastalking-api-key", "Africa's Talking")
    f.a("AFRICASTALKING_USERNAME=gsouthpay")
    f.p("PAYU_MERCHANT_SALT=@@", v.al(32), "payu-merchant-salt", "PayU", ctx=True)
    f.n("PAYSTACK_SECRET_KEY=@@", "sk_" + "test_" + "x" * 40, "vendor-shaped-placeholder")
    f.n("RAZORPAY_KEY_SECRET=@@", "projects/gsouth-prod/secrets/razorpay-key-secret/versions/latest", "secret-manager-reference")

    f = c.f(R + "docs/INTEGRATION.md", "markdown")
    f.a("# Gateway integration notes", "", "Flutterwave's docs show keys like this (public, test mode):", "")
    f.n("    @@", "FLWPUBK_" + "TEST-32193bba8dab84e3d9c4525c85ea7a12-X", "vendor-example-key")
    f.a("", "Mercado Pago header example from their docs:", "", "```")
    f.n("Authorization: Bearer @@", "APP" + "_USR-12345678-031820-X-12345678", "vendor-example-key", family="http")
    f.a("```", "", "Staging credentials (shared with the agency):", "", "```sh")
    f.p("curl https://api.paystack.co/transaction/initialize -H \"Authorization: Bearer @@\" -d amount=500000", v.paystack(), "paystack-secret-key", "Paystack", family="shell-cli")
    f.a("```")


# ------------------------------------------------------------------------------------------------
def coinbot(c):
    v, R = c.v, "coinbot/"
    f = c.f(R + "config.toml", "toml")
    f.a("[bot]", 'pairs = ["BTC/USDT", "ETH/USDT"]', "dry_run = false", "", "[binance]")
    f.p('api_key = "@@"', v.al(64), "binance-api-key", "Binance", ctx=True)
    f.p('api_secret = "@@"', v.al(64), "binance-api-secret", "Binance", ctx=True)
    f.a("", "[kraken]")
    f.p('key = "@@"', v.b64(42)[:56], "kraken-api-key", "Kraken", ctx=True)
    f.p('private_key = "@@"', v.b64(64), "kraken-private-key", "Kraken", ctx=True)
    f.a("", "[okx]")
    f.p('api_key = "@@"', v.uuid(), "okx-api-key", "OKX", ctx=True)
    f.p('secret = "@@"', v.HEX(32), "okx-api-secret", "OKX", ctx=True)
    f.p('passphrase = "@@"', v.pw(), "okx-passphrase", "OKX", ctx=True)
    f.a("", "[risk]")
    f.n('max_position_usd = @@', "2500", "harmless-setting")

    f = c.f(R + "keys/cdp_api_key.json", "json")
    f.a("{")
    f.n('   "name": "@@",', "organizations/" + v.uuid() + "/apiKeys/" + v.uuid(), "public-identifier")
    f.p('   "privateKey": "@@\\n"', jl(v.ec_pem()), "private-key", "Coinbase")
    f.a("}")

    f = c.f(R + "wallet/hot_wallet.py", "code-python")
    f.a("from eth_account import Account", "", "# gas wallet for the arbitrage leg")
    f.p('PRIVATE_KEY = "0x@@"', v.hex(64), "ethereum-private-key", ctx=True)
    f.n('ADDRESS = "@@"', v.eth_addr(), "public-identifier")
    f.n('LAST_TX = "@@"', v.tx_hash(), "transaction-hash")
    words = " ".join(v.r.choice(BIP) for _ in range(12))
    f.p('BACKUP_MNEMONIC = "@@"', words, "bip39-mnemonic", ctx=True)
    f.p('INFURA_URL = "https://mainnet.infura.io/v3/@@"', v.hex(32), "infura-project-id", "Infura", ctx=True)
    f.p('ALCHEMY_KEY = "@@"', v.url(32), "alchemy-api-key", "Alchemy", ctx=True)

    f = c.f(R + "freqtrade/config.json", "json")
    f.a("{", '  "max_open_trades": 3,', '  "stake_currency": "USDT",', '  "exchange": {', '    "name": "bybit",')
    f.p('    "key": "@@",', v.al(18), "bybit-api-key", "Bybit", ctx=True)
    f.p('    "secret": "@@"', v.al(36), "bybit-api-secret", "Bybit", ctx=True)
    f.a("  },", '  "telegram": {', '    "enabled": true,')
    f.p('    "token": "@@",', v.telegram(), "telegram-bot-token", "Telegram")
    f.n('    "chat_id": "@@"', v.dig(10), "public-identifier")
    f.a("  },", '  "api_server": {', '    "enabled": true,', '    "username": "freqtrader",')
    f.p('    "jwt_secret_key": "@@",', v.hex(64), "jwt-signing-key", ctx=True)
    f.p('    "password": "@@"', v.pw(), "generic-password", ctx=True)
    f.a("  }", "}")

    f = c.f(R + "freqtrade/config.example.json", "json")
    f.a("{", '  "exchange": {')
    f.n('    "key": "@@",', "your_exchange_key", "placeholder")
    f.n('    "secret": "@@"', "your_exchange_secret", "placeholder")
    f.a("  },", '  "telegram": {')
    f.n('    "token": "@@"', "1234567890:" + "A" * 35, "vendor-shaped-placeholder")
    f.a("  }", "}")


BIP = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
       "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
       "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
       "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always").split()


# ------------------------------------------------------------------------------------------------
def newsletter_sms(c):
    v, R = c.v, "newsletter-sms/"
    f = c.f(R + "config/providers.yml", "yaml-config")
    f.a("email:", "  primary: mailgun", "  mailgun:", "    domain: mg.bakery-news.com")
    f.p("    api_key: @@", v.mailgun_private(), "mailgun-api-key", "Mailgun", ctx=True)
    f.p("    webhook_signing_key: @@", v.hex(32), "mailgun-webhook-signing-key", "Mailgun", ctx=True)
    f.a("  brevo:")
    f.p("    api_key: @@", v.brevo(), "brevo-api-key", "Brevo")
    f.p("    smtp_key: @@", v.brevo_smtp(), "brevo-smtp-key", "Brevo")
    f.a("  mailjet:")
    f.p("    api_key: @@", v.hex(32), "mailjet-api-key", "Mailjet", ctx=True)
    f.p("    secret_key: @@", v.hex(32), "mailjet-secret-key", "Mailjet", ctx=True)
    f.a("sms:", "  vonage:")
    f.p("    api_key: \"@@\"", v.hex(8), "vonage-api-key", "Vonage", ctx=True)
    f.p("    api_secret: @@", v.al(16), "vonage-api-secret", "Vonage", ctx=True)
    f.a("  plivo:")
    f.n("    auth_id: @@", "MA" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 18), "public-identifier")
    f.p("    auth_token: @@", v.al(40), "plivo-auth-token", "Plivo", ctx=True)
    f.a("  messagebird:")
    f.p("    access_key: @@", v.al(25), "messagebird-access-key", "MessageBird", ctx=True)

    f = c.f(R + "lib/mailer.rb", "code-ruby")
    f.a("require 'mailgun-ruby'", "", "class Mailer")
    f.p("  MG = Mailgun::Client.new('@@')", v.mailgun_legacy(), "mailgun-api-key", "Mailgun")
    f.n("  SENDGRID = @@", "ENV['SENDGRID_API_KEY']", "env-reference")
    f.p("  FALLBACK_SG = '@@'", v.sendgrid(), "sendgrid-api-key", "SendGrid")
    f.p("  SLACK_BOT = Slack::Web::Client.new(token: '@@')", v.slack_bot(), "slack-bot-token", "Slack")
    f.a("end")

    f = c.f(R + "postfix/sasl_passwd", "postfix-map")
    f.p("[smtp.mailgun.org]:587 postmaster@mg.bakery-news.com:@@", v.pw(), "smtp-password", ctx=True)
    f.p("[smtp-relay.brevo.com]:587 ops@bakery-news.com:@@", v.brevo_smtp(), "brevo-smtp-key", "Brevo")

    f = c.f(R + "ops/.msmtprc", "msmtprc")
    f.a("defaults", "auth on", "tls on", "account postmark", "host smtp.postmarkapp.com", "port 587")
    tok = v.uuid()
    f.p("user @@", tok, "postmark-server-token", "Postmark", ctx=True)
    f.n("passwordeval @@", '"gpg -q --decrypt ~/.msmtp-postmark.gpg"', "command-reference")
    f.a("account default : postmark")

    f = c.f(R + "scripts/send_campaign.sh", "shell-script")
    f.a("#!/bin/bash", "LIST=${1:-weekly}")
    f.p("curl -s --user 'api:@@' https://api.mailgun.net/v3/mg.bakery-news.com/messages \\", v.mailgun_private(), "mailgun-api-key", "Mailgun", ctx=True, family="shell-cli")
    f.a("  -F from='Bakery News <news@bakery-news.com>' -F to=\"$LIST@mg.bakery-news.com\" -F subject='This week'")
    f.p("curl -s -X POST https://api.brevo.com/v3/smtp/email -H 'api-key: @@' -H 'content-type: application/json' -d @mail.json", v.brevo(), "brevo-api-key", "Brevo", family="shell-cli")
    f.n("curl -s https://rest.nexmo.com/sms/json -d api_key=@@ -d api_secret=\"$VONAGE_SECRET\"", "\"$VONAGE_KEY\"", "env-reference", family="shell-cli")

    f = c.f(R + "config/providers.example.yml", "yaml-config")
    f.a("email:", "  mailgun:")
    f.n("    api_key: @@", "key-" + "x" * 32, "vendor-shaped-placeholder")
    f.a("  brevo:")
    f.n("    api_key: @@", "xkeysib-" + "<your key>", "vendor-shaped-placeholder")
    f.a("sms:", "  vonage:")
    f.n("    api_secret: @@", "REPLACE_ME", "placeholder")


ALL = [fragforge_hosting, casa_automation, esp32_sensor_fw, mobile_release, ml_experiments, payments_globalsouth, coinbot, newsletter_sms]
