"""blind17 repositories, part A: the AI side-project, shipping line, law firm, dental/vet practice,
university, non-profit, ISP, telco."""
import json


def jline(s):
    """A Python string as it appears inside a JSON string literal."""
    return json.dumps(s)[1:-1]


# ------------------------------------------------------------------------------------------------
def ai_sidequest(c):
    v, R = c.v, "ai-sidequest/"
    f = c.f(R + ".env", "dotenv")
    f.a("# local dev keys -- rotate before the demo!!", "NODE_ENV=development", "PORT=5173", "")
    f.p("OPENAI_API_KEY=@@", v.openai(), "openai-project-key", "OpenAI")
    f.n("OPENAI_ORG_ID=@@", "org-" + v.al(24), "public-identifier")
    f.p("ANTHROPIC_API_KEY=@@", v.anthropic(), "anthropic-api-key", "Anthropic")
    f.p("GEMINI_API_KEY=@@", v.google_api(), "google-api-key", "Google")
    f.a("GEMINI_MODEL=gemini-1.5-flash", "", "# stock photos for the slide generator")
    f.p("UNSPLASH_ACCESS_KEY=@@", v.url(43), "unsplash-access-key", "Unsplash", ctx=True)
    f.p("UNSPLASH_SECRET_KEY=@@", v.url(43), "unsplash-secret-key", "Unsplash", ctx=True)
    f.n("UNSPLASH_APP_ID=@@", v.dig(6), "public-identifier")
    f.p("PIXABAY_API_KEY=@@", v.dig(8) + "-" + v.hex(25), "pixabay-api-key", "Pixabay", ctx=True)
    f.p("REPLICATE_API_TOKEN=@@", v.replicate(), "replicate-api-token", "Replicate")
    f.p("HF_TOKEN=@@", v.hf(), "huggingface-token", "Hugging Face")
    f.a("", "SUPABASE_URL=https://" + v.low(20) + ".supabase.co")
    ref = v.low(20)
    f.n("SUPABASE_ANON_KEY=@@", v.jwt({"iss": "supabase", "ref": ref, "role": "anon", "iat": 1718000000, "exp": 2033576000}), "public-key")
    f.p("SUPABASE_SERVICE_ROLE_KEY=@@", v.jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1718000000, "exp": 2033576000}), "jwt", "Supabase")
    f.n("RATE_LIMIT_SECRET_HEADER=@@", "X-RateLimit-Token", "harmless-setting")

    f = c.f(R + ".env.example", "dotenv")
    f.a("# copy to .env and fill in", "NODE_ENV=development")
    f.n("OPENAI_API_KEY=@@", "sk-" + "proj-" + "x" * 24, "vendor-shaped-placeholder")
    f.n("ANTHROPIC_API_KEY=@@", "your-anthropic-key-here", "placeholder")
    f.n("@@", "GEMINI_API_KEY=", "empty-value")
    f.n("UNSPLASH_ACCESS_KEY=@@", "<unsplash access key>", "placeholder")
    f.n("PIXABAY_API_KEY=@@", "00000000-" + "0" * 25, "placeholder")
    f.n("HF_TOKEN=@@", "hf_" + "X" * 34, "vendor-shaped-placeholder")

    f = c.f(R + "src/images.py", "code-python")
    f.a('"""Stock image search for the slide generator (Pixabay first, Unsplash fallback)."""', "import os", "",
        "import requests", "", 'PIXABAY_URL = "https://pixabay.com/api/"', "# TODO move to env before demo day")
    f.p('PIXABAY_KEY = "@@"', v.dig(8) + "-" + v.hex(25), "pixabay-api-key", "Pixabay", ctx=True)
    f.p('UNSPLASH_HEADERS = {"Authorization": "Client-ID @@", "Accept-Version": "v1"}', v.url(43), "unsplash-access-key", "Unsplash", ctx=True)
    f.n('UNSPLASH_FALLBACK = @@', 'os.environ.get("UNSPLASH_ACCESS_KEY", "")', "env-reference")
    f.a("", "", "def search_pixabay(q, per_page=20):",
        '    r = requests.get(PIXABAY_URL, params={"key": PIXABAY_KEY, "q": q, "per_page": per_page}, timeout=10)',
        "    r.raise_for_status()", '    return [h["webformatURL"] for h in r.json()["hits"]]', "", "",
        "def cached_url(q):", "    # the old key still works for the cache warmer")
    f.p('    return "https://pixabay.com/api/?key=@@&q=" + q + "&image_type=photo"', v.dig(8) + "-" + v.hex(25), "pixabay-api-key", "Pixabay", ctx=True, family="url-query")
    f.a("", "", "def search_unsplash(q):",
        '    r = requests.get("https://api.unsplash.com/search/photos", params={"query": q}, headers=UNSPLASH_HEADERS)',
        '    return [p["urls"]["regular"] for p in r.json()["results"]]')

    f = c.f(R + "web/lib/llm.ts", "code-ts")
    f.a('import Anthropic from "@anthropic-ai/sdk";', 'import OpenAI from "openai";', "")
    f.n("const anthropic = new Anthropic({ apiKey: @@ });", "process.env.ANTHROPIC_API_KEY", "env-reference")
    f.p('export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY ?? "@@" });', v.openai_legacy(), "openai-legacy-key", "OpenAI")
    f.p("const GEMINI_URL = `https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=@@`;", v.google_api(), "google-api-key", "Google")
    f.a('export const MODEL = "claude-3-5-sonnet-latest";', "",
        "export async function summarize(text: string) {",
        "  const msg = await anthropic.messages.create({ model: MODEL, max_tokens: 512, messages: [{ role: \"user\", content: text }] });",
        "  return msg.content;", "}")

    f = c.f(R + "notebooks/prompt_eval.ipynb", "notebook")
    f.a("{", ' "cells": [', "  {", '   "cell_type": "code",', '   "execution_count": 3,', '   "metadata": {},',
        '   "outputs": [', "    {", '     "name": "stdout",', '     "output_type": "stream",', '     "text": [')
    f.n('      "key loaded: @@\\n"', "sk-proj-****************" + v.al(4), "redacted-value")
    f.a("     ]", "    }", "   ],", '   "source": [', '    "import os\\n",', '    "from anthropic import Anthropic\\n",')
    f.p('    "os.environ[\\"ANTHROPIC_API_KEY\\"] = \\"@@\\"\\n",', v.anthropic(), "anthropic-api-key", "Anthropic")
    f.p('    "openai_client = OpenAI(api_key=\\"@@\\")\\n",', v.openai(), "openai-project-key", "OpenAI")
    f.a('    "print(\\"key loaded:\\", mask(os.environ[\\"OPENAI_API_KEY\\"]))"', "   ]", "  },", "  {",
        '   "cell_type": "code",', '   "execution_count": 4,', '   "metadata": {},', '   "outputs": [', "    {",
        '     "output_type": "execute_result",', '     "data": {', '      "text/plain": [')
    f.p('       "{\'id\': \'key_01\', \'secret\': \'@@\'}"', v.hf(), "huggingface-token", "Hugging Face")
    f.a("      ]", "     },", '     "execution_count": 4,', '     "metadata": {}', "    }", "   ],",
        '   "source": [', '    "hf_whoami()"', "   ]", "  }", " ],", ' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},',
        ' "nbformat": 4,', ' "nbformat_minor": 5', "}")

    f = c.f(R + "README.md", "markdown")
    f.a("# slidegen", "", "Turns a prompt into a slide deck with stock photos.", "", "## Configuration", "",
        "| variable | what | example |", "|---|---|---|")
    f.n("| `OPENAI_API_KEY` | OpenAI key | `@@` |", "sk-...", "placeholder")
    f.n("| `ANTHROPIC_API_KEY` | Claude | `@@` |", "<your-key>", "placeholder")
    f.n("| `PIXABAY_API_KEY` | images | `@@` |", "${PIXABAY_API_KEY}", "env-reference")
    f.a("", "Quick check that Gemini answers:", "", "```sh")
    f.p('curl -s "https://generativelanguage.googleapis.com/v1beta/models?key=@@" | jq ".models[].name"', v.google_api(), "google-api-key", "Google")
    f.n('curl -s https://api.openai.com/v1/models -H "Authorization: Bearer @@"', "$OPENAI_API_KEY", "env-reference", family="shell-cli")
    f.a("```")

    f = c.f(R + "docker-compose.yml", "yaml-compose")
    f.a("services:", "  web:", "    build: .", "    ports: [\"5173:5173\"]", "    environment:")
    f.n("      - ANTHROPIC_API_KEY=@@", "${ANTHROPIC_API_KEY}", "env-reference")
    f.n("      - OPENAI_API_KEY=@@", "${OPENAI_API_KEY:?set it}", "env-reference")
    pw = v.pw(url_safe=True)
    f.p("      - REDIS_URL=@@", f"redis://:{pw}@redis:6379/0", "redis-url-password", ctx=False)
    f.a("  db:", "    image: postgres:16", "    environment:", "      POSTGRES_USER: slidegen")
    f.p("      POSTGRES_PASSWORD: @@", v.pw(), "postgres-password", ctx=True)
    f.a("  redis:", "    image: redis:7")
    f.p('    command: ["redis-server", "--requirepass", "@@"]', pw, "redis-password", ctx=True)


# ------------------------------------------------------------------------------------------------
def harbor_ais(c):
    v, R = c.v, "harbor-ais/"
    f = c.f(R + "config/feeds.yaml", "yaml-config")
    f.a("# AIS position feeds for the fleet tracker", "feeds:", "  marinetraffic:", "    base_url: https://services.marinetraffic.com/api",
        "    poll_seconds: 120")
    f.p("    api_key: @@", v.hex(40), "marinetraffic-api-key", "MarineTraffic", ctx=True)
    f.a("  aishub:", "    url: http://data.aishub.net/ws.php")
    f.p("    username: @@", "AH_" + v.dig(4) + "_" + v.HEX(8), "aishub-username-key", "AISHub", ctx=True)
    f.a("  spire:", "    graphql: https://api.spire.com/graphql")
    f.p("    token: @@", v.al(32), "spire-maritime-token", "Spire", ctx=True)
    f.a("  vesselfinder:")
    f.n("    userkey: \"@@\"", "{{ vesselfinder_userkey }}", "template-reference")
    f.a("map:", "  style: mapbox://styles/harborline/cl0fleet")
    f.n("  public_token: @@", v.mapbox_pub(), "public-key")
    f.p("  upload_token: @@", v.mapbox_secret(), "mapbox-secret-token", "Mapbox")
    f.a("fleet:")
    for name in ("MV NORDIC LANTERN", "MV CAPE GRANITE", "MV COBALT STAR"):
        f.n("  - {name: \"%s\", mmsi: @@, imo: %s}" % (name, v.dig(7)), v.dig(9), "public-identifier")

    f = c.f(R + "edi/outbound/COPARN_" + v.dig(6) + ".edi", "edifact")
    pw = v.al(10).upper()
    f.p("UNB+UNOA:2+HBRSHIP:ZZZ+PORTCOMM:ZZZ+" + "240611:0915+" + v.dig(6) + "+@@:AA'", pw, "edifact-recipient-password", "-", ctx=True)
    f.a("UNH+1+COPARN:D:00B:UN:SMDG20'", "BGM+126+" + v.dig(8) + "+9'", "TDT+20+" + v.dig(4) + "W+1++HBR:172:20'",
        "EQD+CN+" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + v.dig(7) + "+45G1:102:5'", "UNT+5+1'", "UNZ+1+" + v.dig(6) + "'")

    f = c.f(R + "pcs/as2-partners.xml", "xml")
    f.a('<?xml version="1.0" encoding="UTF-8"?>', "<partnerships>", '  <partner name="portcomm" as2_id="PORTCOMM-AS2">',
        '    <attribute name="url" value="https://as2.portcomm.example/as2/receive"/>')
    f.p('    <attribute name="http_auth_password" value="@@"/>', v.pw(), "as2-basic-auth-password", ctx=True)
    f.n('    <attribute name="x509_alias_fingerprint" value="@@"/>', v.sha1(), "checksum")
    f.p('    <attribute name="keystore_password" value="@@"/>', v.pw(), "keystore-password", ctx=True)
    f.a("  </partner>", '  <partner name="customs" as2_id="NCTS-GW">')
    f.n('    <attribute name="http_auth_password" value="@@"/>', "${CUSTOMS_AS2_PASSWORD}", "env-reference")
    f.a("  </partner>", "</partnerships>")

    f = c.f(R + "scripts/pull_positions.sh", "shell-script")
    f.a("#!/usr/bin/env bash", "set -euo pipefail", "# cron: */5 * * * *", "OUT=/var/lib/ais/$(date +%Y%m%d)", "mkdir -p \"$OUT\"")
    f.p('curl -fsS -H "Authorization: Bearer @@" \\', v.al(32), "spire-maritime-token", "Spire", ctx=True, family="shell-cli")
    f.a('  "https://api.spire.com/v2/vessels?limit=1000" > "$OUT/spire.json"')
    pw = v.pw(url_safe=True)
    f.p('curl -fsS "http://data.aishub.net/ws.php?username=@@&format=1&output=json" > "$OUT/aishub.json"', "AH_" + v.dig(4) + "_" + v.HEX(8), "aishub-username-key", "AISHub", ctx=True, family="url-query")
    f.p("PGPASSWORD='@@' psql -h pgais.internal -U tracker ais -c \"\\\\copy positions from '$OUT/positions.csv' csv\"", pw, "postgres-password", ctx=True, family="shell-cli")
    f.n("# checksum of the last import: @@", v.sha256(), "checksum")

    f = c.f(R + "collector/nmea_bridge.go", "code-go")
    f.a("package collector", "", "import (", '\t"fmt"', '\t"os"', "", '\tmqtt "github.com/eclipse/paho.mqtt.golang"', ")", "",
        "// AIS sentences from the shore receiver, republished on the port MQTT broker.", "const (",
        '\tbrokerURL = "tcp://mqtt.portnet.local:1883"', '\tmqttUser  = "ais-bridge"')
    f.p('\tmqttPass  = "@@"', v.pw(), "mqtt-password", ctx=True)
    f.a(")", "", "// sample sentence kept for the parser test")
    f.n('var sample = "!AIVDM,1,1,,A,@@,0*5C"', v.ais_payload(), "ais-payload")
    f.a("", "func Options() *mqtt.ClientOptions {", "\to := mqtt.NewClientOptions().AddBroker(brokerURL)",
        "\to.SetUsername(mqttUser).SetPassword(mqttPass)")
    f.n("\to.SetClientID(fmt.Sprintf(\"ais-%s\", @@))", 'os.Getenv("HOSTNAME")', "env-reference")
    f.a("\treturn o", "}")

    f = c.f(R + "deploy/.pgpass", "credential-file")
    f.p("pgais.internal:5432:ais:tracker:@@", v.pw(), "postgres-password", ctx=True)
    f.p("pgais-replica.internal:5432:*:readonly:@@", v.pw(), "postgres-password", ctx=True)

    f = c.f(R + "deploy/k8s/collector.yaml", "yaml-k8s")
    f.a("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: ais-collector", "spec:", "  template:", "    spec:",
        "      containers:", "        - name: collector")
    f.n("          image: registry.harbor.internal/ais-collector@sha256:@@", v.sha256(), "image-digest")
    f.a( "          env:",
        "            - name: MQTT_USER", "              value: ais-bridge", "            - name: MQTT_PASS")
    f.p("              value: @@", v.pw(), "mqtt-password", ctx=True)
    f.a("            - name: MARINETRAFFIC_KEY", "              valueFrom:", "                secretKeyRef:")
    f.n("                  name: @@", "marinetraffic-api", "secret-reference")
    f.a("                  key: api_key", "            - name: PCS_SFTP_PASSWORD")
    f.p("              value: \"@@\"", v.pw(), "sftp-password", ctx=True)


# ------------------------------------------------------------------------------------------------
def lex_discovery(c):
    v, R = c.v, "lex-discovery/"
    f = c.f(R + "RelativityExport/appsettings.json", "json")
    tenant = v.uuid()
    f.a("{", '  "Logging": { "LogLevel": { "Default": "Information" } },', '  "AzureAd": {',
        '    "Instance": "https://login.microsoftonline.com/",')
    f.n('    "TenantId": "@@",', tenant, "uuid-identifier")
    f.n('    "ClientId": "@@",', v.uuid(), "uuid-identifier")
    f.p('    "ClientSecret": "@@"', v.azure_ad_secret(), "azure-ad-client-secret", "Microsoft")
    f.a("  },", '  "Relativity": {', '    "Url": "https://relativity.lexfirm.local/Relativity.REST/",', '    "Username": "svc_export@lexfirm.local",')
    f.p('    "Password": "@@",', v.pw(), "relativity-password", "Relativity", ctx=True)
    f.a('    "WorkspaceId": 1017844', "  },", '  "ConnectionStrings": {')
    f.p('    "Review": "Server=sql-ediscovery01;Database=EDDS;User Id=eddsdbo;Password=@@;TrustServerCertificate=True"', v.pw(), "sqlserver-connection-string", ctx=True)
    f.a("  },", '  "Storage": {')
    f.p('    "ProductionBlob": "@@"', v.azure_storage("lexproductions"), "azure-storage-connection-string", "Microsoft")
    f.a("  }", "}")

    f = c.f(R + "RelativityExport/appsettings.Development.json", "json")
    f.a("{", '  "Relativity": {')
    f.n('    "Password": "@@"', "#{RelativityPassword}#", "template-reference")
    f.a("  },", '  "AzureAd": {')
    f.n('    "ClientSecret": "@@"', "@Microsoft.KeyVault(SecretUri=https://kv-lex-prod.vault.azure.net/secrets/export-client-secret/)", "secret-manager-reference")
    f.a("  }", "}")

    f = c.f(R + "box/box_config.json", "json")
    f.a("{", '  "boxAppSettings": {')
    f.n('    "clientID": "@@",', v.low(32), "public-identifier")
    f.p('    "clientSecret": "@@",', v.al(32), "box-client-secret", "Box", ctx=True)
    f.a('    "appAuth": {')
    f.n('      "publicKeyID": "@@",', v.low(8), "public-identifier")
    f.p('      "privateKey": "@@",', jline(v.pkcs8_pem()), "private-key")
    f.p('      "passphrase": "@@"', v.hex(32), "private-key-passphrase", "Box", ctx=True)
    f.a("    }", "  },", '  "enterpriseID": "' + v.dig(9) + '"', "}")

    f = c.f(R + "scripts/Export-Custodians.ps1", "powershell", crlf=True)
    f.a("#Requires -Modules ImportExcel", "param([string]$Matter = 'M-2024-0117')", "", "# service account for the review platform")
    f.a('$user = "LEXFIRM\\svc_ediscovery"')
    f.p('$secure = ConvertTo-SecureString "@@" -AsPlainText -Force', v.pw(), "windows-service-password", ctx=True)
    f.a("$cred = New-Object System.Management.Automation.PSCredential($user, $secure)")
    f.n("$apiKey = @@", "$env:NUIX_LICENSE_KEY", "env-reference")
    f.n("$vaultPwd = @@", "Get-Secret -Name 'ediscovery-sql' -Vault LexVault -AsPlainText", "secret-manager-reference")
    f.p("$headers = @{ 'X-CSRF-Header' = '-'; Authorization = 'Basic @@' }", v.basic("svc_export", v.pw()), "basic-auth-header", ctx=True)
    f.a('Invoke-RestMethod -Uri "https://relativity.lexfirm.local/Relativity.REST/api/custodians?matter=$Matter" -Headers $headers -Credential $cred')

    f = c.f(R + "nuix/processing.properties", "properties")
    f.a("# Nuix Workstation processing profile", "nuix.processing.workers=8", "nuix.processing.memory=16g",
        "nuix.license.server=nms01.lexfirm.local")
    f.p("nuix.license.password=@@", v.pw(), "license-server-password", "Nuix", ctx=True)
    f.n("nuix.evidence.hash.algorithm=@@", "SHA-256", "harmless-setting")
    f.n("nuix.evidence.sample.md5=@@", v.hex(32), "checksum")
    f.p("nuix.export.zip.password=@@", v.pw(), "archive-password", ctx=True)

    f = c.f(R + "docs/runbook.md", "markdown")
    f.a("# Production export runbook", "", "1. Log in to the review platform as `svc_export`.", "2. Check the custodian list:", "", "```powershell")
    f.n("$env:REL_PASSWORD = @@", "Read-Host -AsSecureString", "interactive-prompt", family="powershell")
    f.a("```", "", "The SFTP drop for opposing counsel:", "", "| host | user | password |", "|---|---|---|")
    f.p("| sftp.lexfirm.com | opp_counsel_0117 | `@@` |", v.pw(), "sftp-password", ctx=True)
    f.n("| sftp.lexfirm.com | opp_counsel_0098 | `@@` |", "(rotated, see 1Password)", "placeholder")
    f.n("Vault path: `@@`", "op://Litigation/SFTP opp_counsel/password", "secret-manager-reference")


# ------------------------------------------------------------------------------------------------
def pawsdental_pms(c):
    v, R = c.v, "pawsdental-pms/"
    f = c.f(R + "integrations/opendental.py", "code-python")
    f.a('"""Pulls appointments from Open Dental (API service) for the SMS reminder job."""', "import requests", "",
        'OD_BASE = "https://api.opendental.com/api/v1"', "# developer key (ours) + customer key (per clinic)")
    dk, ck = v.al(16), v.al(16)
    f.p('OD_DEVELOPER_KEY = "@@"', dk, "opendental-developer-key", "Open Dental", ctx=True)
    f.p('OD_CUSTOMER_KEY = "@@"', ck, "opendental-customer-key", "Open Dental", ctx=True)
    f.a("", "", "def appointments(date):", '    headers = {"Authorization": f"ODFHIR {OD_DEVELOPER_KEY}/{OD_CUSTOMER_KEY}"}',
        '    return requests.get(f"{OD_BASE}/appointments", params={"date": date}, headers=headers).json()')
    f.a("", "", "def test_headers():")
    f.n('    assert build("@@", "x")', "fake-developer-key", "test-fixture")

    f = c.f(R + "integrations/ezyvet_client.rb", "code-ruby")
    f.a("require 'faraday'", "", "module Ezyvet", "  PARTNER_ID = 'pawsdental'")
    f.p("  CLIENT_SECRET = '@@'", v.al(40), "ezyvet-client-secret", "ezyVet", ctx=True)
    f.n("  CLIENT_ID = @@", "ENV.fetch('EZYVET_CLIENT_ID')", "env-reference")
    f.a("", "  def self.token", "    Faraday.post('https://api.ezyvet.com/v2/oauth/access_token', {", "      partner_id: PARTNER_ID,")
    f.n("      client_id: @@,", "CLIENT_ID", "variable-reference")
    f.a("      client_secret: CLIENT_SECRET, grant_type: 'client_credentials', scope: 'read-appointment'", "    })", "  end", "end")

    f = c.f(R + "interfaces/idexx_hl7.xml", "xml")
    f.a('<?xml version="1.0"?>', "<interface name=\"idexx-labs\" protocol=\"MLLP\">", "  <host>10.20.0.14</host>", "  <port>6661</port>")
    f.a("  <sftp>", "    <user>paws_results</user>")
    f.p("    <password>@@</password>", v.pw(), "sftp-password", ctx=True)
    f.a("  </sftp>", "  <vetconnect>")
    f.p("    <apiKey>@@</apiKey>", v.hex(32), "vetconnect-api-key", "IDEXX", ctx=True)
    f.a("  </vetconnect>")
    f.n("  <sample>MSH|^~\\&amp;|IDEXX|LAB|PAWS|PMS|20240611||ORU^R01|@@|P|2.5.1</sample>", v.dig(10), "public-identifier", family="hl7")
    f.a("</interface>")

    f = c.f(R + "reminders/send_sms.php", "code-php")
    f.a("<?php", "require __DIR__ . '/vendor/autoload.php';", "use Twilio\\Rest\\Client;", "", "$config = [")
    f.n("    'account_sid' => '@@',", v.twilio_ac(), "public-identifier")
    f.p("    'api_key'     => '@@',", v.twilio_sk(), "twilio-api-key", "Twilio")
    f.p("    'api_secret'  => '@@',", v.al(32), "twilio-api-secret", "Twilio", ctx=True)
    f.p("    'auth_token'  => '@@',", v.hex(32), "twilio-auth-token", "Twilio", ctx=True)
    f.a("    'from'        => '+15005550006',", "];")
    f.n("$dbPass = @@;", "getenv('PMS_DB_PASSWORD')", "env-reference")
    f.p("$pdo = new PDO('mysql:host=localhost;dbname=pawsdental', 'reminders', '@@');", v.pw(), "mysql-password", ctx=True)

    f = c.f(R + "deploy/appsettings.Production.json", "json")
    f.a("{", '  "Weave": {', '    "BaseUrl": "https://api.weaveconnect.com",')
    f.p('    "ApiToken": "@@"', v.url(48), "weave-api-token", "Weave", ctx=True)
    f.a("  },", '  "Dentrix": {')
    f.p('    "ConnectionString": "Data Source=DTXSRV\\\\DENTRIX;Initial Catalog=DentrixDB;User ID=dtxreport;Password=@@"', v.pw(), "sqlserver-connection-string", ctx=True)
    f.a("  },", '  "PasswordPolicy": {')
    f.n('    "RequiredLength": @@,', "12", "password-policy")
    f.n('    "HashAlgorithm": "@@"', "PBKDF2-SHA512", "harmless-setting")
    f.a("  }", "}")

    f = c.f(R + "deploy/.env", "dotenv")
    f.a("APP_ENV=production", "CLINIC_TIMEZONE=America/Chicago")
    f.p("VETSOURCE_API_KEY=@@", v.uuid(), "vetsource-api-key", "Vetsource", ctx=True)
    f.p("STRIPE_SECRET_KEY=@@", v.stripe_live(), "stripe-secret-key", "Stripe")
    f.n("STRIPE_PUBLISHABLE_KEY=@@", v.stripe_pub(), "public-key")
    f.p("SESSION_SECRET=@@", v.hex(64), "session-secret", ctx=True)


# ------------------------------------------------------------------------------------------------
def campus_lms(c):
    v, R = c.v, "campus-lms/"
    f = c.f(R + "moodle/config.php", "code-php")
    f.a("<?php  // Moodle configuration file", "unset($CFG);", "global $CFG;", "$CFG = new stdClass();", "",
        "$CFG->dbtype    = 'pgsql';", "$CFG->dblibrary = 'native';", "$CFG->dbhost    = 'pg-moodle.campus.edu';",
        "$CFG->dbname    = 'moodle';", "$CFG->dbuser    = 'moodleuser';")
    f.p("$CFG->dbpass    = '@@';", v.pw(), "postgres-password", ctx=True)
    f.a("$CFG->prefix    = 'mdl_';", "$CFG->wwwroot   = 'https://learn.campus.edu';", "$CFG->dataroot  = '/var/moodledata';")
    f.p("$CFG->passwordsaltmain = '@@';", v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#$%&()*+,-./:;<=>?@[]^_{|}~", 40), "password-salt", "Moodle", ctx=True)
    f.n("$CFG->minpasswordlength = @@;", "10", "password-policy")
    f.p("$CFG->smtppass = '@@';", v.pw(), "smtp-password", ctx=True)
    f.a("require_once(__DIR__ . '/lib/setup.php');")

    f = c.f(R + "banner/banner-integration.properties", "properties")
    f.a("# Ellucian Banner SIS integration (Ethos + direct JDBC for nightly extracts)", "banner.jdbc.url=jdbc:oracle:thin:@//bnrprod.campus.edu:1521/PROD",
        "banner.jdbc.user=BANINST1_RO")
    f.p("banner.jdbc.password=@@", v.pw(), "oracle-password", ctx=True)
    f.p("ethos.api.key=@@", v.uuid(), "ellucian-ethos-api-key", "Ellucian", ctx=True)
    f.n("ethos.api.key.test=@@", "${ETHOS_TEST_KEY}", "env-reference")
    f.n("banner.password.min.length=@@", "8", "password-policy")

    f = c.f(R + "canvas/sync_enrollments.py", "code-python")
    f.a("import csv", "import sys", "", "from canvasapi import Canvas", "", 'API_URL = "https://campus.instructure.com"')
    f.p('API_KEY = "@@"  # admin token, generated by jsmith 2024-02', v.canvas(), "canvas-access-token", "Instructure")
    f.a("", "canvas = Canvas(API_URL, API_KEY)", "", "", "def main(path):", "    for row in csv.DictReader(open(path)):",
        '        course = canvas.get_course(row["sis_course_id"], use_sis_id=True)', '        course.enroll_user(row["user_id"], "StudentEnrollment")')
    f.n('# fixture token used in tests/test_sync.py: "@@"', "1~" + "a" * 64, "test-fixture")

    f = c.f(R + "lti/tool_registration.xml", "xml")
    f.a('<?xml version="1.0" encoding="UTF-8"?>', "<cartridge_basiclti_link>", "  <blti:title>Proctoring</blti:title>")
    f.n("  <blti:consumer_key>@@</blti:consumer_key>", "campus-edu-" + v.dig(4), "public-identifier")
    f.p("  <blti:shared_secret>@@</blti:shared_secret>", v.al(32), "lti-shared-secret", ctx=True)
    f.a("</cartridge_basiclti_link>")

    f = c.f(R + "ldap/service-accounts.ldif", "ldif")
    f.a("dn: cn=moodle-bind,ou=services,dc=campus,dc=edu", "objectClass: simpleSecurityObject", "objectClass: organizationalRole", "cn: moodle-bind")
    f.p("userPassword: @@", v.pw(), "ldap-bind-password", ctx=True)
    f.a("", "dn: cn=banner-sync,ou=services,dc=campus,dc=edu", "objectClass: simpleSecurityObject", "cn: banner-sync")
    f.n("userPassword: @@", "{SSHA}" + v.b64(24), "password-hash")
    f.a("", "dn: cn=library-proxy,ou=services,dc=campus,dc=edu", "cn: library-proxy")
    f.p("userPassword:: @@", base64_of(v.pw()), "ldap-bind-password", ctx=True)

    f = c.f(R + "sis/sql/create_reporting_user.sql", "sql")
    f.a("-- reporting user for the data warehouse extract", "CREATE USER rpt_extract")
    f.p("  IDENTIFIED BY \"@@\"", v.pw(), "oracle-password", ctx=True)
    f.a("  DEFAULT TABLESPACE users QUOTA 0 ON users;", "GRANT CREATE SESSION TO rpt_extract;", "GRANT SELECT ON saturn.spriden TO rpt_extract;")
    f.n("ALTER PROFILE rpt_profile LIMIT PASSWORD_LIFE_TIME @@;", "180", "password-policy")
    f.n("-- password is set by the DBA from vault: @@", "vault:secret/data/banner/rpt_extract#password", "secret-manager-reference")


def base64_of(s):
    import base64
    return base64.b64encode(s.encode()).decode()


# ------------------------------------------------------------------------------------------------
def gracefund_donors(c):
    v, R = c.v, "gracefund-donors/"
    f = c.f(R + "giving/settings.py", "code-python")
    f.a('"""Django settings for the St. Brendan\'s giving portal."""', "import os", "from pathlib import Path", "",
        "BASE_DIR = Path(__file__).resolve().parent.parent")
    f.p('SECRET_KEY = "@@"', "django-insecure-" + v.s(LOWSYM, 50), "django-secret-key", "Django")
    f.a("DEBUG = False", 'ALLOWED_HOSTS = ["give.stbrendans.org"]', "", "DATABASES = {", '    "default": {',
        '        "ENGINE": "django.db.backends.postgresql",', '        "NAME": "giving",', '        "USER": "giving",')
    f.p('        "PASSWORD": "@@",', v.pw(), "postgres-password", ctx=True)
    f.a('        "HOST": "localhost",', "    }", "}", "")
    f.p('STRIPE_SECRET_KEY = "@@"', v.stripe_live(), "stripe-secret-key", "Stripe")
    f.p('STRIPE_WEBHOOK_SECRET = "@@"', v.stripe_whsec(), "stripe-webhook-secret", "Stripe")
    f.p('STRIPE_REPORTING_KEY = "@@"  # restricted, read-only reports', v.stripe_restricted(), "stripe-restricted-key", "Stripe")
    f.n('STRIPE_PUBLISHABLE_KEY = "@@"', v.stripe_pub(), "public-key")
    f.p('PAYPAL_CLIENT_SECRET = "@@"', v.url(80), "paypal-client-secret", "PayPal", ctx=True)
    f.n('PAYPAL_CLIENT_ID = @@', 'os.environ["PAYPAL_CLIENT_ID"]', "env-reference")
    f.p('MAILCHIMP_API_KEY = "@@"', v.mailchimp(), "mailchimp-api-key", "Mailchimp")
    f.n("AUTH_PASSWORD_VALIDATORS = [{\"NAME\": \"django.contrib.auth.password_validation.MinimumLengthValidator\", \"OPTIONS\": {\"min_length\": @@}}]", "12", "password-policy")

    f = c.f(R + "giving/tests/test_webhooks.py", "code-python")
    f.a("from django.test import TestCase", "", "", "class WebhookTests(TestCase):")
    f.n('    secret = "@@"', "whsec_test_" + "0" * 24, "test-fixture")
    f.n('    stripe_key = "@@"', "sk_" + "test_" + "BQokikJOvBiI2HlWgH4olfQ2", "vendor-example-key")
    f.a("", "    def test_signature(self):", "        self.assertTrue(verify(payload, self.secret))")

    f = c.f(R + "integrations/planning_center.rb", "code-ruby")
    f.a("require 'pco_api'", "", "# Planning Center personal access token (church admin account)")
    f.n("PCO_APP_ID = '@@'", v.hex(64), "public-identifier")
    f.p("PCO_SECRET = '@@'", v.hex(64), "planning-center-secret", "Planning Center", ctx=True)
    f.a("api = PCO::API.new(basic_auth_token: PCO_APP_ID, basic_auth_secret: PCO_SECRET)")
    f.p("BLACKBAUD_SUBSCRIPTION_KEY = '@@'", v.hex(32), "blackbaud-subscription-key", "Blackbaud", ctx=True)
    f.n("BLACKBAUD_TOKEN = @@", "ENV['BB_ACCESS_TOKEN']", "env-reference")

    f = c.f(R + "website/wp-config.php", "code-php")
    f.a("<?php", "/** WordPress for stbrendans.org */", "define( 'DB_NAME', 'stb_wp' );", "define( 'DB_USER', 'stb_wp' );")
    f.p("define( 'DB_PASSWORD', '@@' );", v.pw(), "mysql-password", ctx=True)
    f.a("define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );")
    salt_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%()*+,-.:;=?@[]^_{|}~ "
    for name in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"):
        f.p("define( '%s', %s'@@' );" % (name, " " * (18 - len(name))), v.s(salt_chars[:-1], 64), "wordpress-salt", "WordPress", ctx=True)
    f.n("define( 'AUTH_SALT',        '@@' );", "put your unique phrase here", "placeholder")
    f.a("$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );", "require_once ABSPATH . 'wp-settings.php';")

    f = c.f(R + "exports/.my.cnf", "credential-file")
    f.a("[client]", "user=donor_export", "host=db.stbrendans.org")
    f.p("password=@@", v.pw(), "mysql-password", ctx=True)
    f.a("[mysqldump]", "single-transaction")


LOWSYM = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)"


# ------------------------------------------------------------------------------------------------
def fiberline_billing(c):
    v, R = c.v, "fiberline-billing/"
    f = c.f(R + "radius/clients.conf", "freeradius-conf")
    f.a("# FreeRADIUS clients: BRAS and OLT shelves", "client bras-north {", "    ipaddr = 10.64.0.1")
    f.p("    secret = @@", v.al(24), "radius-shared-secret", ctx=True)
    f.a("    nas_type = other", "}", "client olt-river-01 {", "    ipaddr = 10.64.8.11")
    f.p('    secret = "@@"', v.pw(), "radius-shared-secret", ctx=True)
    f.a("}", "client localhost {", "    ipaddr = 127.0.0.1")
    f.n("    secret = @@", "testing123", "vendor-default-placeholder")
    f.a("}")

    f = c.f(R + "radius/mods-available/sql", "freeradius-conf")
    f.a("sql {", '    dialect = "mysql"', '    driver = "rlm_sql_${dialect}"', '    server = "db-radius.fiberline.net"', '    login = "radius"')
    f.p('    password = "@@"', v.pw(), "mysql-password", ctx=True)
    f.a('    radius_db = "radius"', "}")

    f = c.f(R + "ppp/chap-secrets", "chap-secrets")
    f.a("# Secrets for authentication using CHAP", "# client        server  secret                  IP addresses")
    for user in ("fl-cust-10442", "fl-cust-10517", "fl-biz-0091"):
        f.p(f"{user:<15} *       @@        *", v.pw(), "ppp-chap-secret", ctx=True)
    f.n("test-user       *       @@        *", '""', "empty-value")

    f = c.f(R + "mikrotik/bootstrap.rsc", "routeros-script")
    f.a("# RouterOS bootstrap for customer CPEs", "/system identity set name=fl-cpe")
    f.p("/user add name=noc group=full password=@@", v.pw(), "router-admin-password", ctx=True)
    f.p('/interface pppoe-client add name=wan interface=ether1 user=fl-cust-10442 password="@@" disabled=no', v.pw(), "ppp-chap-secret", ctx=True)
    f.p("/snmp community set [ find default=yes ] name=@@", v.al(12), "snmp-community", ctx=True)
    f.n("/user set admin password=@@", "$adminPass", "variable-reference")

    f = c.f(R + "billing/configuration.php", "code-php")
    f.a("<?php", "// WHMCS configuration", "$db_host = 'localhost';", "$db_username = 'whmcs';")
    f.p("$db_password = '@@';", v.pw(), "mysql-password", ctx=True)
    f.a("$db_name = 'whmcs';")
    f.p("$cc_encryption_hash = '@@';", v.al(64), "encryption-key", "WHMCS", ctx=True)
    f.a("$templates_compiledir = 'templates_c';", "$mysql_charset = 'utf8';")

    f = c.f(R + "billing/splynx_sync.py", "code-python")
    f.a("from splynx_api import SplynxApi", "", 'SPLYNX_URL = "https://billing.fiberline.net"')
    f.p('SPLYNX_KEY = "@@"', v.hex(32), "splynx-api-key", "Splynx", ctx=True)
    f.p('SPLYNX_SECRET = "@@"', v.hex(32), "splynx-api-secret", "Splynx", ctx=True)
    f.n("SPLYNX_NONCE_START = @@", v.dig(10), "harmless-setting")
    f.a("api = SplynxApi(SPLYNX_URL, SPLYNX_KEY, SPLYNX_SECRET)")
    f.n("api.password = @@", "getpass.getpass()", "interactive-prompt")

    f = c.f(R + "ops/crontab", "crontab")
    f.a("# m h dom mon dow command", "MAILTO=noc@fiberline.net")
    f.p("15 2 * * * mysqldump -u backup --password=@@ whmcs | gzip > /backup/whmcs-$(date +\\%F).sql.gz", v.pw(), "mysql-password", ctx=True)
    f.p("*/10 * * * * curl -s -u noc:@@ https://nms.fiberline.net/api/poll >/dev/null", v.pw(url_safe=True), "basic-auth-password", ctx=True)
    f.n("0 4 * * 0 /usr/local/bin/rotate-radius-logs --keep @@", "14", "harmless-setting")


# ------------------------------------------------------------------------------------------------
def telco_oss(c):
    v, R = c.v, "telco-oss/"
    f = c.f(R + "snmp/snmpd.conf", "snmp-conf")
    f.a("# net-snmp agent on the mediation servers", "agentAddress udp:161", "sysLocation DC-East row 4")
    f.p("createUser nmsv3 SHA @@ AES privpass-follows", v.pw(), "snmpv3-auth-password", ctx=True)
    f.p("createUser nmspriv SHA-256 authpass-above AES @@", v.pw(), "snmpv3-priv-password", ctx=True)
    f.p("rocommunity @@ 10.10.0.0/16", v.al(14), "snmp-community", ctx=True)
    f.n("rocommunity @@ 127.0.0.1", "public", "vendor-default-placeholder")
    f.a("rouser nmsv3 priv")

    f = c.f(R + "kafka/client_jaas.conf", "jaas")
    f.a("KafkaClient {", "  org.apache.kafka.common.security.scram.ScramLoginModule required", '  username="cdr-mediation"')
    f.p('  password="@@";', v.pw(), "kafka-sasl-password", ctx=True)
    f.a("};")

    f = c.f(R + "kannel/kannel.conf", "kannel-conf")
    f.a("group = core", "admin-port = 13000")
    f.p("admin-password = @@", v.pw(), "kannel-admin-password", ctx=True)
    f.a("group = smsc", "smsc = smpp", "host = smsc.partner-mno.net", "port = 2775", "system-type = VMA")
    f.a("smsc-username = fltel01")
    f.p("smsc-password = @@", v.al(8), "smpp-password", ctx=True)
    f.a("group = sendsms-user", "username = crm")
    f.p("password = @@", v.pw(), "kannel-sendsms-password", ctx=True)

    f = c.f(R + "netconf/inventory.toml", "toml")
    f.a("# NETCONF targets for the provisioning engine", "[defaults]", "port = 830", 'username = "oss-netconf"')
    f.p('password = "@@"', v.pw(), "netconf-password", ctx=True)
    f.a("", '[[device]]', 'name = "pe1-east"', 'host = "10.0.1.1"')
    f.n('hostkey_sha256 = "@@"', "SHA256:" + v.b64(32).rstrip("="), "public-fingerprint")
    f.a("", '[[device]]', 'name = "pe2-east"', 'host = "10.0.1.2"')
    f.n('password = "@@"', "{{ lookup('hashi_vault', 'secret=oss/netconf:pe2') }}", "secret-manager-reference")

    f = c.f(R + "provisioning/src/main/java/net/telco/oss/HssClient.java", "code-java")
    f.a("package net.telco.oss;", "", "import java.net.http.HttpClient;", "", "public final class HssClient {",
        '    private static final String HSS_URL = "https://hss-prov.core.telco.net:8443/provisioning";',
        '    private static final String HSS_USER = "bss-prov";')
    f.p('    private static final String HSS_PASSWORD = "@@";', v.pw(), "hss-provisioning-password", ctx=True)
    f.n('    private static final String OP_KEY_ENV = @@;', 'System.getenv("HSS_OP_KEY")', "env-reference")
    f.p('    private static final String K4_TRANSPORT_KEY = "@@";', v.HEX(32), "sim-transport-key", ctx=True)
    f.n('    private static final String SAMPLE_IMSI = "@@";', "001010" + v.dig(9), "public-identifier")
    f.a("}")

    f = c.f(R + "charts/bss-portal/values.yaml", "yaml-helm")
    f.a("replicaCount: 2", "image:", "  repository: registry.telco.net/bss/portal", "  tag: \"4.12.1\"", "env:")
    f.n("  DB_PASSWORD: @@", '"{{ .Values.secrets.dbPassword }}"', "template-reference")
    f.a("secrets:")
    f.p("  dbPassword: @@", v.pw(), "postgres-password", ctx=True)
    f.p("  jwtSigningKey: @@", v.b64(48), "jwt-signing-key", ctx=True)
    f.n("  keycloakClientSecret: @@", "ref+vault://secret/bss/portal#keycloak", "secret-manager-reference")
    f.a("ingress:", "  enabled: true")
    f.n("  tlsSecretName: @@", "bss-portal-tls", "secret-reference")


ALL = [ai_sidequest, harbor_ais, lex_discovery, pawsdental_pms, campus_lms, gracefund_donors, fiberline_billing, telco_oss]
