"""Repositories 8-14: home network and NAS, quant research, civic open data, real-time chat SaaS,
project-management automations, design and visual testing, property management."""
import base64
import json

from kit import J


def build_b(c, g):
    homelab(c, g)
    quant(c, g)
    civic(c, g)
    realtime(c, g)
    pm_automation(c, g)
    design_testing(c, g)
    proptech(c, g)


# ------------------------------------------------------------------------------------------ 8
def homelab(c, g):
    r = c.repo("branch-office-network")
    f = r.f("openwrt/etc/config/wireless", "config-file")
    k1 = g.password()
    k2 = g.password()
    f.t("config wifi-device 'radio0'", "\toption type 'mac80211'", "\toption path 'platform/soc/18000000.wifi'",
        "\toption channel '36'", "\toption band '5g'", "", "config wifi-iface 'default_radio0'", "\toption device 'radio0'",
        "\toption network 'lan'", "\toption mode 'ap'", "\toption ssid 'Ledgerly-Staff'", "\toption encryption 'sae-mixed'")
    f.p("\toption key '" + k1 + "'", k1, "wifi-psk", "generic", True)
    f.t("", "config wifi-iface 'guest'", "\toption device 'radio0'", "\toption network 'guest'", "\toption ssid 'Ledgerly-Guest'",
        "\toption encryption 'psk2'")
    f.p("\toption key " + k2, k2, "wifi-psk", "generic", True)
    f = r.f("openwrt/etc/config/network", "config-file")
    wp = g.password()
    f.t("config interface 'wan'", "\toption device 'eth1'", "\toption proto 'pppoe'", "\toption username 'b7731204@dsl.provider.de'")
    f.p("\toption password '" + wp + "'", wp, "pppoe-password", "generic", True)
    f.t("", "config interface 'wg0'", "\toption proto 'wireguard'")
    wk = g.b64(32)
    f.p("\toption private_key '" + wk + "'", wk, "wireguard-private-key", "wireguard", True)
    f.t("\tlist addresses '10.99.0.2/24'", "", "config wireguard_wg0", "\toption description 'hq'")
    f.n("\toption public_key '" + g.b64(32) + "'", "public_key", "public-key")
    f.t("\toption endpoint_host 'vpn.ledgerly.net'", "\toption endpoint_port '51820'")

    f = r.f("mikrotik/branch-rb5009.rsc", "config-file", crlf=True)
    a1 = g.password()
    a2 = g.password()
    a3 = g.password()
    f.t("# 2026-10-02 by RouterOS 7.16", "# model = RB5009UG+S+", "/interface bridge", "add name=bridge-lan",
        "/interface wireless security-profiles")
    f.p("set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=\"" + a1 + "\"",
        a1, "wifi-psk", "generic", True)
    f.t("/ip ipsec peer", "add address=vpn.ledgerly.net exchange-mode=ike2 name=hq", "/ip ipsec identity")
    f.p("add peer=hq secret=" + a2, a2, "ipsec-preshared-key", "generic", True)
    f.t("/user", "add group=full name=netops")
    f.p("set [find name=admin] password=\"" + a3 + "\"", a3, "router-admin-password", "mikrotik", True)
    f.t("/snmp community", "set [ find default=yes ] disabled=yes")
    f.n("add addresses=10.0.0.0/8 name=monitoring security=private authentication-password=\"\"", 'authentication-password=""',
        "no-value")
    f.t("/system identity", "set name=branch-muc")

    f = r.f("pfsense/config.xml", "xml")
    pp = g.password()
    ip = g.password()
    ov = g.b64(192)
    f.t('<?xml version="1.0"?>', "<pfsense>", "\t<version>23.3</version>", "\t<system>", "\t\t<hostname>fw01</hostname>",
        "\t\t<user>", "\t\t\t<name>admin</name>")
    bh = "$2y$10$" + g.chars("./" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53)
    f.n("\t\t\t<bcrypt-hash>" + bh + "</bcrypt-hash>", bh, "password-hash")
    f.t("\t\t</user>", "\t</system>", "\t<ipsec>", "\t\t<phase1>", "\t\t\t<ikeid>1</ikeid>",
        "\t\t\t<remote-gateway>203.0.113.40</remote-gateway>", "\t\t\t<authentication_method>pre_shared_key</authentication_method>")
    f.p("\t\t\t<pre-shared-key>" + ip + "</pre-shared-key>", ip, "ipsec-preshared-key", "generic", True)
    f.t("\t\t</phase1>", "\t</ipsec>", "\t<ppps>", "\t\t<ppp>", "\t\t\t<type>pppoe</type>", "\t\t\t<username>fw01@isp</username>")
    pb = base64.b64encode(pp.encode()).decode()
    f.p("\t\t\t<password>" + pb + "</password>", pb, "pppoe-password-base64", "generic", True)
    f.t("\t\t</ppp>", "\t</ppps>", "\t<openvpn>", "\t\t<openvpn-server>", "\t\t\t<mode>server_tls</mode>")
    f.p("\t\t\t<tls>" + ov + "</tls>", ov, "openvpn-tls-key-base64", "openvpn", True)
    f.t("\t\t</openvpn-server>", "\t</openvpn>", "</pfsense>")

    f = r.f("nas/backup-to-b2.sh", "shell-script")
    b2 = "K005" + g.alnum(27)
    f.t("#!/bin/bash", "# Synology Task Scheduler: nightly hyper backup mirror", "export B2_ACCOUNT_ID=005" + g.hex(21))
    f.p("export B2_ACCOUNT_KEY=" + b2, b2, "backblaze-application-key", "backblaze", True)
    f.t("rclone sync /volume1/office b2:ledgerly-muc-office --fast-list")
    sp = g.password()
    f.p("curl -s \"https://nas.muc.local:5001/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=login&account=backup&passwd=" + sp + "\"",
        sp, "synology-password", "synology", True)

    f = r.f("nas/truenas-replicate.py", "code-python")
    tk = "1-" + g.alnum(64)
    f.t("import requests", "", "TRUENAS = \"https://truenas.muc.local/api/v2.0\"")
    f.p("HEADERS = {\"Authorization\": \"Bearer " + tk + "\"}", tk, "truenas-api-key", "truenas", True)
    f.t("", "for task in requests.get(f\"{TRUENAS}/replication\", headers=HEADERS, verify=False).json():",
        "    print(task[\"name\"], task[\"state\"][\"state\"])")

    f = r.f("frigate/config.yml", "yaml-config")
    mq = g.password()
    c1 = g.password()
    f.t("mqtt:", "  host: 10.30.0.5", "  user: frigate")
    f.p("  password: " + mq, mq, "mqtt-password", "generic", True)
    f.t("cameras:", "  door:", "    ffmpeg:", "      inputs:")
    f.p("        - path: rtsp://admin:" + c1 + "@10.30.0.21:554/cam/realmonitor?channel=1&subtype=0", c1,
        "rtsp-url-password", "generic", False)
    f.t("          roles: [detect, record]", "  yard:", "    ffmpeg:", "      inputs:")
    f.n("        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.30.0.22:554/stream1",
        "{FRIGATE_RTSP_PASSWORD}", "env-reference")
    f.t("          roles: [detect]", "detectors:", "  coral:", "    type: edgetpu")

    f = r.f("zoneminder/zm.conf", "config-file")
    zp = g.password()
    f.t("ZM_DB_TYPE=mysql", "ZM_DB_HOST=localhost", "ZM_DB_NAME=zm", "ZM_DB_USER=zmuser")
    f.p("ZM_DB_PASS=" + zp, zp, "db-password", "mysql", True)
    f.n("ZM_PATH_ZMS=/zm/cgi-bin/nph-zms", "/zm/cgi-bin/nph-zms", "non-secret-setting")

    f = r.f("README.md", "markdown")
    f.t("# Munich branch network", "", "| device | login | password |", "|---|---|---|")
    f.n("| fw01 (pfSense) | admin | in Bitwarden `Network/fw01` |", "Bitwarden `Network/fw01`", "secret-manager-reference")
    f.n("| RB5009 | admin | `********` |", "********", "redacted")
    f.t("", "Wi-Fi passwords rotate every quarter; see `openwrt/etc/config/wireless`.")


# ------------------------------------------------------------------------------------------ 9
def quant(c, g):
    r = c.repo("quant-research")
    f = r.f("notebooks/momentum_scan.ipynb", "notebook")
    pk = g.alnum(32)
    cells = []
    cells.append({"cell_type": "markdown", "metadata": {}, "source": ["# Momentum scan\n", "Pulls daily aggregates from Polygon.\n"]})
    cells.append({"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
                  "source": ["import pandas as pd\n", "from polygon import RESTClient\n", "\n",
                             "client = RESTClient(api_key=\"" + pk + "\")\n"]})
    fh = g.lower(20)
    cells.append({"cell_type": "code", "metadata": {}, "execution_count": 2, "outputs": [],
                  "source": ["import finnhub\n", "fc = finnhub.Client(api_key=\"" + fh + "\")\n",
                             "fc.company_basic_financials('AAPL', 'all')['metric']['52WeekHigh']\n"]})
    av = g.upper(16)
    cells.append({"cell_type": "code", "metadata": {}, "execution_count": 3,
                  "outputs": [{"name": "stdout", "output_type": "stream",
                               "text": ["GET https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=" + av + "\n"]}],
                  "source": ["print(url)\n"]})
    cells.append({"cell_type": "code", "metadata": {}, "execution_count": 4, "outputs": [],
                  "source": ["import os\n", "TIINGO = os.getenv('TIINGO_API_KEY')\n"]})
    doc = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(doc, indent=1)
    f.t(text)
    # label the lines that hold the values (the notebook is written whole above)
    lines = f.lines
    for val, kind, prov in [(pk, "polygon-api-key", "polygon"), (fh, "finnhub-api-key", "finnhub"),
                            (av, "alpha-vantage-api-key", "alphavantage")]:
        idx = next(i for i, l in enumerate(lines) if val in l)
        c.labels.append({"path": f.path, "line": idx + 1, "kind": kind, "provider": prov, "family": "notebook",
                         "context_only": True, "positive": True, "secret": val, "_check": val})
    idx = next(i for i, l in enumerate(lines) if "TIINGO_API_KEY" in l)
    c.labels.append({"path": f.path, "line": idx + 1, "kind": "env-reference", "provider": "-", "family": "notebook",
                     "context_only": False, "positive": False, "secret": "os.getenv('TIINGO_API_KEY')", "_check": "TIINGO_API_KEY"})

    f = r.f("live/alpaca_trader.py", "code-python")
    ak = "AK" + g.upper(18)
    asec = g.alnum(40)
    f.t("from alpaca.trading.client import TradingClient", "from alpaca.trading.requests import MarketOrderRequest", "",
        "# live account - do not share")
    f.t("ALPACA_KEY_ID = \"" + ak + "\"")
    f.p("ALPACA_SECRET = \"" + asec + "\"", asec, "alpaca-secret-key", "alpaca", True)
    f.t("client = TradingClient(ALPACA_KEY_ID, ALPACA_SECRET, paper=False)")

    f = r.f("live/oanda.ini", "ini")
    ot = g.hex(32) + "-" + g.hex(32)
    f.t("[oanda]", "environment = live", "account_id = 001-004-" + g.digits(7) + "-001")
    f.p("access_token = " + ot, ot, "oanda-api-token", "oanda", True)
    f.t("[ib]", "host = 127.0.0.1", "port = 4001", "client_id = 17")
    ibp = g.password()
    f.p("tws_password = " + ibp, ibp, "brokerage-password", "interactivebrokers", True)

    f = r.f("live/ibc/config.ini", "ini")
    ib2 = g.password()
    f.t("IbLoginId=kestrelcap1")
    f.p("IbPassword=" + ib2, ib2, "brokerage-password", "interactivebrokers", True)
    f.t("TradingMode=live", "AcceptNonBrokerageAccountWarning=yes")

    f = r.f("R/fetch_prices.R", "code-r")
    tg = g.hex(40)
    nd = g.alnum(20)
    f.t("library(riingo)", "library(Quandl)", "")
    f.p("riingo_set_token(\"" + tg + "\")", tg, "tiingo-api-token", "tiingo", True)
    f.p("Quandl.api_key('" + nd + "')", nd, "nasdaq-data-link-key", "nasdaq", True)
    f.n("fred_key <- Sys.getenv(\"FRED_API_KEY\")", "Sys.getenv(\"FRED_API_KEY\")", "env-reference")
    f.t("prices <- riingo_prices(c(\"SPY\", \"TLT\"), start_date = \"2015-01-01\")")

    f = r.f("julia/backtest.jl", "code-julia")
    tw = g.alnum(32)
    f.t("using HTTP, JSON3", "")
    f.p("const TWELVEDATA_KEY = \"" + tw + "\"", tw, "twelvedata-api-key", "twelvedata", True)
    f.t("fetch(sym) = JSON3.read(HTTP.get(\"https://api.twelvedata.com/time_series?symbol=$sym&interval=1day&apikey=$TWELVEDATA_KEY\").body)")
    f.n("const SEED = 0x" + g.hex(16), "SEED", "non-secret-setting")

    f = r.f("config/data_vendors.toml", "toml")
    fm = g.alnum(32)
    f.t("[fmp]", "base = \"https://financialmodelingprep.com/api/v3\"")
    f.p("apikey = \"" + fm + "\"", fm, "fmp-api-key", "fmp", True)
    f.t("", "[polygon]")
    f.n("api_key = \"${POLYGON_API_KEY}\"", "${POLYGON_API_KEY}", "env-reference")
    f.t("", "[tiingo]")
    f.n("token = \"\"  # set TIINGO_API_KEY", 'token = ""', "no-value")

    f = r.f("requirements.lock", "lockfile")
    f.n("pandas==2.2.3 --hash=sha256:" + g.hex(64), "sha256:", "lockfile-integrity")
    f.n("alpaca-py==0.33.1 --hash=sha256:" + g.hex(64), "sha256:", "lockfile-integrity")


# ------------------------------------------------------------------------------------------ 10
def civic(c, g):
    r = c.repo("civic-dashboard")
    f = r.f("etl/Makefile", "makefile")
    dg = g.alnum(40)
    ce = g.hex(40)
    f.t(".PHONY: all census fec", "", "PYTHON ?= python3")
    f.p("API_DATA_GOV_KEY ?= " + dg, dg, "api-data-gov-key", "api.data.gov", True)
    f.p("CENSUS_KEY := " + ce, ce, "census-api-key", "census", True)
    f.t("", "census:", "\t$(PYTHON) census_pull.py --key $(CENSUS_KEY) --year 2023", "",
        "fec:", "\tcurl -s \"https://api.open.fec.gov/v1/candidates/?api_key=$(API_DATA_GOV_KEY)\" > fec.json")

    f = r.f("etl/census_pull.R", "code-r")
    ce2 = g.hex(40)
    f.t("library(tidycensus)")
    f.p("census_api_key(\"" + ce2 + "\", install = TRUE)", ce2, "census-api-key", "census", True)
    f.t("acs <- get_acs(geography = \"tract\", variables = \"B19013_001\", state = \"OH\", year = 2023)")

    f = r.f("web/src/socrata.js", "code-js")
    st = g.alnum(25)
    ss = g.alnum(32)
    f.t("// Socrata SODA: app token raises rate limits; secret token is for OAuth")
    f.p("const APP_TOKEN = '" + st + "';", st, "socrata-app-token", "socrata", True)
    f.p("const SECRET_TOKEN = \"" + ss + "\";", ss, "socrata-secret-token", "socrata", True)
    f.t("export async function permits() {",
        "  const r = await fetch(`https://data.cityofchicago.org/resource/ydr8-5enu.json?$$app_token=${APP_TOKEN}`);",
        "  return r.json();", "}")

    f = r.f("web/src/nasa.ts", "code-js")
    na = g.alnum(40)
    f.t("const NASA = 'https://api.nasa.gov/planetary/apod';")
    f.n("const DEMO = 'DEMO_KEY'; // NASA's public demo key", "DEMO_KEY", "vendor-example-key")
    f.p("const KEY = import.meta.env.PROD ? '" + na + "' : DEMO;", na, "nasa-api-key", "nasa", True)

    f = r.f("README.md", "markdown")
    dg2 = g.alnum(40)
    f.t("# civic dashboard", "", "Data sources:", "", "| source | key | limit |", "|---|---|---|")
    f.p("| FEC via api.data.gov | `" + dg2 + "` | 1000/h |", dg2, "api-data-gov-key", "api.data.gov", True)
    f.n("| NASA APOD | `DEMO_KEY` | 30/h |", "DEMO_KEY", "vendor-example-key")
    f.n("| Census | `<your census key>` | - |", "<your census key>", "placeholder")
    f.t("", "Get a key at https://api.data.gov/signup/.")

    f = r.f("docs/setup.rst", "restructuredtext")
    mb = "pk." + g.b64url(60) + "." + g.b64url(22)
    f.t("Setup", "=====", "", ".. code-block:: ini", "")
    f.n("   MAPBOX_PUBLIC_TOKEN = " + mb, mb, "publishable-key")
    cj = g.alnum(40)
    f.p("   CENSUS_GEOCODER_TOKEN = " + cj, cj, "api-token", "generic", True)
    f.t("", "The Mapbox token above is a public (pk.) token restricted to our domain.")

    f = r.f("etl/config.py", "code-python")
    f.n("CENSUS_KEY = os.environ.get(\"CENSUS_KEY\", \"\")", "os.environ.get(\"CENSUS_KEY\"", "env-reference")
    f.n("FEC_KEY = \"DEMO_KEY\"", "DEMO_KEY", "vendor-example-key")
    f.n("DATASET_ID = \"" + g.uuid() + "\"", "DATASET_ID", "uuid-identifier")
    f.n("CHECKSUM_MD5 = \"" + g.hex(32) + "\"", "CHECKSUM_MD5", "hash-not-secret")


# ------------------------------------------------------------------------------------------ 11
def realtime(c, g):
    r = c.repo("chat-platform")
    f = r.f("server/src/stream.ts", "code-js")
    ss = g.lower(64)
    f.t("import { StreamChat } from 'stream-chat';", "", "const apiKey = 'q" + g.lower(11) + "';")
    f.p("const apiSecret = '" + ss + "';", ss, "stream-api-secret", "getstream", True)
    f.t("export const serverClient = StreamChat.getInstance(apiKey, apiSecret);")

    f = r.f("server/src/ably.ts", "code-js")
    ab = g.ably()
    f.t("import Ably from 'ably';")
    f.p("export const ably = new Ably.Rest({ key: '" + ab + "' });", ab, "ably-api-key", "ably", False)
    f.n("// docs example key: " + J("I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_", "pqylJ9WVRB5K9P19Ap1y0"), "I2E_JQ.OqUdfg", "vendor-example-key")

    f = r.f("server/src/pusher.js", "code-js")
    pu = g.hex(20)
    f.t("const Pusher = require('pusher');", "module.exports = new Pusher({", "  appId: '" + g.digits(7) + "',",
        "  key: '" + g.hex(20) + "',")
    f.p("  secret: '" + pu + "',", pu, "pusher-secret", "pusher", True)
    f.t("  cluster: 'eu',", "  useTLS: true,", "});")

    f = r.f("server/config/sendbird.yml", "yaml-config")
    sb = g.hex(40)
    f.t("sendbird:", "  app_id: " + g.uuid().upper())
    f.p("  api_token: " + sb, sb, "sendbird-api-token", "sendbird", True)
    f.t("  webhook_path: /hooks/sendbird")

    f = r.f("server/lib/chat/pubnub.ex", "code-elixir")
    pn = "sec-c-" + g.b64(36)
    f.t("defmodule Chat.PubNub do", "  @publish_key \"pub-c-" + g.uuid() + "\"", "  @subscribe_key \"sub-c-" + g.uuid() + "\"")
    f.p("  @secret_key \"" + pn + "\"", pn, "pubnub-secret-key", "pubnub", True)
    f.t("", "  def grant(channel), do: PubNub.grant(@subscribe_key, @secret_key, channel)", "end")
    f = r.f("server/config/runtime.exs", "code-elixir")
    ek = g.b64(48)
    f.t("import Config", "config :chat, ChatWeb.Endpoint,", "  url: [host: \"chat.ledgerly.net\", port: 443],")
    f.p("  secret_key_base: \"" + ek + "\"", ek, "phoenix-secret-key-base", "phoenix", True)
    f.n("config :chat, Chat.Repo, password: System.fetch_env!(\"DB_PASSWORD\")", "System.fetch_env!", "env-reference")

    f = r.f("android/app/src/main/java/net/ledgerly/chat/ChatConfig.kt", "code-kotlin")
    sk = g.lower(64)
    f.t("package net.ledgerly.chat", "", "object ChatConfig {", "    const val STREAM_API_KEY = \"q" + g.lower(11) + "\"")
    f.p("    const val STREAM_DEV_SECRET = \"" + sk + "\" // TODO remove before release", sk, "stream-api-secret", "getstream", True)
    f.n("    val token: String get() = BuildConfig.CHAT_TOKEN", "BuildConfig.CHAT_TOKEN", "env-reference")
    f.t("}")

    f = r.f("ios/Chat/Secrets.swift", "code-swift")
    ak = g.ably()
    sbt = g.hex(40)
    f.t("import Foundation", "", "enum Secrets {")
    f.p("    static let ablyKey = \"" + ak + "\"", ak, "ably-api-key", "ably", False)
    f.p("    static let sendbirdToken: String = \"" + sbt + "\"", sbt, "sendbird-api-token", "sendbird", True)
    f.t("}")

    f = r.f("ios/Chat/Info.plist", "plist")
    pk = g.alnum(32)
    f.t('<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>", "\t<key>CFBundleName</key>",
        "\t<string>Ledgerly Chat</string>", "\t<key>PushServerSecret</key>")
    f.p("\t<string>" + pk + "</string>", pk, "push-server-secret", "generic", True)
    f.t("\t<key>SentryDSN</key>")
    dsn = "https://" + g.hex(32) + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7)
    f.n("\t<string>" + dsn + "</string>", dsn, "publishable-key")
    f.t("</dict>", "</plist>")

    f = r.f("flutter/lib/env.dart", "code-dart")
    pb = g.hex(20)
    f.t("class Env {", "  static const pusherKey = '" + g.hex(20) + "';")
    f.p("  static const pusherSecret = '" + pb + "';", pb, "pusher-secret", "pusher", True)
    f.n("  static const apiBase = String.fromEnvironment('API_BASE');", "String.fromEnvironment", "env-reference")
    f.t("}")

    f = r.f("server/src/webhooks.go", "code-go")
    ws = g.alnum(32)
    f.t("package webhooks", "", "import (", "\t\"crypto/hmac\"", "\t\"crypto/sha256\"", ")", "")
    f.p("var sendbirdSigningKey = []byte(\"" + ws + "\")", ws, "webhook-signing-secret", "sendbird", True)
    f.t("", "func Valid(body []byte, sig string) bool {", "\tm := hmac.New(sha256.New, sendbirdSigningKey)", "\tm.Write(body)",
        "\treturn hmac.Equal([]byte(sig), m.Sum(nil))", "}")


# ------------------------------------------------------------------------------------------ 12
def pm_automation(c, g):
    r = c.repo("pm-automations")
    f = r.f(".github/workflows/sync-issues.yml", "yaml-ci")
    lk = g.linear()
    f.t("name: sync issues", "on:", "  schedule: [{cron: '*/30 * * * *'}]", "jobs:", "  sync:", "    runs-on: ubuntu-latest",
        "    env:")
    f.p("      LINEAR_API_KEY: " + lk, lk, "linear-api-key", "linear", False)
    f.n("      CLICKUP_TOKEN: ${{ secrets.CLICKUP_TOKEN }}", "${{ secrets.CLICKUP_TOKEN }}", "template-reference")
    f.n("      GITHUB_TOKEN: ${{ github.token }}", "${{ github.token }}", "template-reference")
    f.t("    steps:", "      - uses: actions/checkout@" + g.hex(40), "      - run: go run ./cmd/sync")

    f = r.f("cmd/sync/main.go", "code-go")
    cu = g.clickup()
    at = "2/" + g.digits(16) + "/" + g.digits(16) + ":" + g.hex(32)
    f.t("package main", "", "import (", "\t\"net/http\"", "\t\"os\"", ")", "", "const (")
    f.p("\tclickupToken = \"" + cu + "\"", cu, "clickup-pat", "clickup", False)
    f.p("\tasanaPAT     = \"" + at + "\"", at, "asana-pat", "asana", True)
    f.t(")", "", "func client() *http.Client { return &http.Client{} }", "", "func linearKey() string {")
    f.n("\treturn os.Getenv(\"LINEAR_API_KEY\")", "os.Getenv", "env-reference")
    f.t("}")

    f = r.f("tools/trello-archive/src/main.rs", "code-rust")
    tk = g.hex(32)
    tt = "ATTA" + g.hex(60) + g.hex(8).upper()
    f.t("use reqwest::blocking::Client;", "")
    f.t("const TRELLO_KEY: &str = \"" + tk + "\";  // public API key; the token is the secret")
    f.p("const TRELLO_TOKEN: &str = \"" + tt + "\";", tt, "trello-token", "trello", True)
    f.t("", "fn main() {", "    let url = format!(\"https://api.trello.com/1/boards/{}/cards?key={}&token={}\", \"5f\", TRELLO_KEY, TRELLO_TOKEN);",
        "    let _ = Client::new().get(url).send();", "}")

    f = r.f("tools/todoist-digest/digest.lua", "code-lua")
    td = g.hex(40)
    f.t("local http = require(\"socket.http\")", "local ltn12 = require(\"ltn12\")")
    f.p("local TODOIST_TOKEN = \"" + td + "\"", td, "todoist-api-token", "todoist", True)
    f.t("local out = {}", "http.request{ url = \"https://api.todoist.com/rest/v2/tasks\",",
        "  headers = { [\"Authorization\"] = \"Bearer \" .. TODOIST_TOKEN }, sink = ltn12.sink.table(out) }")

    f = r.f("tools/monday-export/export.pl", "code-perl")
    mt = g.jwt({"tid": int(g.digits(9)), "aai": 11, "uid": int(g.digits(8)), "iad": "2026-05-11T09:12:44.000Z", "per": "me:write",
                "actid": int(g.digits(8)), "rgn": "euc1"})
    f.t("#!/usr/bin/perl", "use strict;", "use warnings;", "use LWP::UserAgent;", "")
    f.p("my $monday_token = '" + mt + "';", mt, "jwt-bearer-token", "monday", False)
    f.t("my $ua = LWP::UserAgent->new;",
        "my $res = $ua->post('https://api.monday.com/v2', Authorization => $monday_token, Content => '{\"query\":\"{ boards { id } }\"}');")
    f.n("my $fallback = $ENV{MONDAY_TOKEN} // die 'no token';", "$ENV{MONDAY_TOKEN}", "env-reference")

    f = r.f("crontab", "crontab")
    cu2 = g.clickup()
    f.t("SHELL=/bin/bash", "MAILTO=ops@ledgerly.net")
    f.p("CLICKUP_TOKEN=" + cu2, cu2, "clickup-pat", "clickup", False)
    f.t("*/15 * * * * cd /opt/pm-automations && ./bin/sync >> /var/log/pm-sync.log 2>&1")
    tdt = g.hex(40)
    f.p("0 7 * * 1-5 TODOIST_TOKEN=" + tdt + " /opt/pm-automations/bin/digest", tdt, "todoist-api-token", "todoist", True)

    f = r.f("docs/linear-webhooks.adoc", "asciidoc")
    lw = "lin_wh_" + g.alnum(32)
    f.t("= Linear webhooks", "", "The signing secret for the prod webhook:", "", "[source,properties]", "----")
    f.p("linear.webhook.secret=" + lw, lw, "webhook-signing-secret", "linear", True)
    f.t("----", "", "Rotate it in Linear > Settings > API > Webhooks.")
    f.n("NOTE: the API key lives in Vault at `secret/data/pm/linear`.", "secret/data/pm/linear", "secret-manager-reference")


# ------------------------------------------------------------------------------------------ 13
def design_testing(c, g):
    r = c.repo("design-system")
    f = r.f("package.json", "json")
    ch = "chpt_" + g.hex(14)
    f.t("{", '  "name": "@ledgerly/design-system",', '  "version": "4.12.0",', '  "scripts": {', '    "storybook": "storybook dev -p 6006",')
    f.p('    "chromatic": "chromatic --project-token=' + ch + ' --exit-zero-on-changes",', ch, "chromatic-project-token",
        "chromatic", True)
    f.t('    "figma:sync": "node scripts/figma-tokens.mjs"', "  },", '  "devDependencies": {', '    "chromatic": "^11.10.0"', "  }", "}")

    f = r.f("scripts/figma-tokens.mjs", "code-js")
    fg = "figd_" + g.b64url(40)
    f.t("import fetch from 'node-fetch';", "", "const FILE = 'Xq2" + g.alnum(19) + "';")
    f.p("const res = await fetch(`https://api.figma.com/v1/files/${FILE}/variables/local`, { headers: { 'X-Figma-Token': '" + fg + "' } });",
        fg, "figma-pat", "figma", True)
    f.t("const json = await res.json();")

    f = r.f(".percy.yml", "yaml-config")
    f.t("version: 2", "snapshot:", "  widths: [375, 1280]", "  min-height: 1024")
    f = r.f(".env.ci", "dotenv")
    pt = g.hex(64)
    f.p("PERCY_TOKEN=" + pt, pt, "percy-token", "percy", True)
    zt = g.jwt({"aud": "zeplin", "sub": g.digits(8), "iss": "zeplin:api.zeplin.io", "scope": "read", "iat": 1760000000})
    f.p("ZEPLIN_TOKEN=" + zt, zt, "jwt-bearer-token", "zeplin", False)
    f.n("CHROMATIC_PROJECT_TOKEN=", "CHROMATIC_PROJECT_TOKEN=", "no-value")

    f = r.f("e2e/src/test/java/net/ledgerly/VisualTest.java", "code-java")
    ap = g.alnum(44)
    f.t("package net.ledgerly;", "", "import com.applitools.eyes.selenium.Eyes;", "", "public class VisualTest {",
        "    private final Eyes eyes = new Eyes();", "", "    void setUp() {")
    f.p("        eyes.setApiKey(\"" + ap + "\");", ap, "applitools-api-key", "applitools", True)
    f.n("        eyes.setServerUrl(System.getenv(\"APPLITOOLS_SERVER\"));", "System.getenv", "env-reference")
    f.t("    }", "}")

    f = r.f("e2e/src/test/resources/applitools.properties", "properties")
    ap2 = g.alnum(44)
    f.p("applitools.api.key=" + ap2, ap2, "applitools-api-key", "applitools", True)
    f.t("applitools.batch.name=design-system")

    f = r.f("e2e/build.gradle", "code-groovy")
    bsk = g.alnum(20)
    f.t("plugins { id 'java' }", "test {", "    systemProperty 'browserstack.user', 'ledgerly_qa'")
    f.p("    systemProperty 'browserstack.key', '" + bsk + "'", bsk, "browserstack-access-key", "browserstack", True)
    f.t("}")

    f = r.f("src/tokens/colors.json", "json")
    f.n('  "brand-primary": "#1d4ed8", "checksum": "' + g.hex(40) + '"', "checksum", "hash-not-secret")
    f.n('  "logo": "data:image/png;base64,' + g.b64(120) + '"', "data:image/png;base64,", "base64-image")

    f = r.f("yarn.lock", "lockfile")
    f.t('"@storybook/react@^8.4.0":', '  version "8.4.7"')
    f.n('  integrity sha512-' + g.b64(64), "sha512-", "lockfile-integrity")
    f.t('"chromatic@^11.10.0":', '  version "11.20.2"')
    f.n('  integrity sha512-' + g.b64(64), "sha512-", "lockfile-integrity")


# ------------------------------------------------------------------------------------------ 14
def proptech(c, g):
    r = c.repo("property-sync")
    f = r.f("src/PropertySync/appsettings.Production.json", "json")
    cid = g.uuid()
    csec = g.alnum(40)
    f.t("{", '  "AppFolio": {', '    "BaseUrl": "https://kestrelhomes.appfolio.com/api/v1",')
    f.n('    "ClientId": "' + cid + '",', cid, "uuid-identifier")
    f.p('    "ClientSecret": "' + csec + '"', csec, "appfolio-client-secret", "appfolio", True)
    f.t("  },", '  "ConnectionStrings": {')
    dp = g.password()
    f.p('    "Default": "Server=tcp:kh-sql.database.windows.net,1433;Database=props;User ID=propsync;Password=' + dp + ';Encrypt=True;"',
        dp, "mssql-connection-string", "mssql", True)
    f.t("  },", '  "RentCast": {')
    rc = g.hex(32)
    f.p('    "ApiKey": "' + rc + '"', rc, "rentcast-api-key", "rentcast", True)
    f.t("  },", '  "Storage": {')
    conn, key = g.azure_storage_conn("khleases")
    f.p('    "Leases": "' + conn + '"', key, "azure-storage-connection-string", "azure", False)
    f.t("  }", "}")

    f = r.f("src/PropertySync/appsettings.json", "json")
    f.t("{", '  "AppFolio": {')
    f.n('    "ClientSecret": "",', '"ClientSecret": ""', "no-value")
    f.t("  },", '  "KeyVault": {')
    f.n('    "Uri": "https://kh-props-kv.vault.azure.net/"', "vault.azure.net", "secret-manager-reference")
    f.t("  }", "}")

    f = r.f("src/PropertySync/Yardi/VoyagerClient.cs", "code-csharp")
    yp = g.password()
    f.t("namespace PropertySync.Yardi;", "", "public sealed class VoyagerClient", "{",
        "    private const string Endpoint = \"https://www.yardiasp14.com/21253kestrel/webservices/itfresidentdata.asmx\";",
        "    private const string UserName = \"kh_interface\";")
    f.p("    private const string Password = \"" + yp + "\";", yp, "yardi-interface-password", "yardi", True)
    f.t("    private const string ServerName = \"kestrel_live\";", "    private const string Database = \"kestrel_live\";",
        "    private const string Entity = \"PropertySync\";")
    f.n("    private readonly string _license = Environment.GetEnvironmentVariable(\"YARDI_LICENSE\");", "Environment.GetEnvironmentVariable",
        "env-reference")
    f.t("}")

    f = r.f("soap/GetResidents.xml", "xml")
    yp2 = g.password()
    f.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">', "  <soap:Body>",
        '    <GetResidentData xmlns="http://tempuri.org/YSI.Interfaces.WebServices/ItfResidentData">',
        "      <UserName>kh_interface</UserName>")
    f.p("      <Password>" + yp2 + "</Password>", yp2, "yardi-interface-password", "yardi", True)
    f.t("      <ServerName>kestrel_live</ServerName>", "      <Platform>SQL Server</Platform>", "    </GetResidentData>",
        "  </soap:Body>", "</soap:Envelope>")

    f = r.f("php/rentcast.php", "code-php")
    rc2 = g.hex(32)
    f.t("<?php", "", "function rentEstimate(string $address): array", "{")
    f.p("    $key = '" + rc2 + "';", rc2, "rentcast-api-key", "rentcast", True)
    f.t("    $ch = curl_init('https://api.rentcast.io/v1/avm/rent/long-term?address=' . urlencode($address));",
        "    curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-Api-Key: ' . $key, 'Accept: application/json']);",
        "    return json_decode(curl_exec($ch), true);", "}")
    f.n("$mapsKey = getenv('GOOGLE_MAPS_KEY');", "getenv('GOOGLE_MAPS_KEY')", "env-reference")

    f = r.f("php/wp-config.php", "code-php")
    wp = g.password()
    f.t("<?php", "define( 'DB_NAME', 'kh_listings' );", "define( 'DB_USER', 'kh_wp' );")
    f.p("define( 'DB_PASSWORD', '" + wp + "' );", wp, "db-password", "mysql", True)
    f.t("define( 'DB_HOST', 'localhost' );")
    ak = g.chars("".join(chr(i) for i in range(33, 127) if chr(i) not in "'\\"), 64)
    f.p("define( 'AUTH_KEY',         '" + ak + "' );", ak, "wordpress-salt", "wordpress", True)
    f.n("define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );", "put your unique phrase here", "placeholder")
    gm = g.google_api_key()
    f.p("define( 'KH_MAPS_SERVER_KEY', '" + gm + "' );", gm, "google-api-key", "google", False)
