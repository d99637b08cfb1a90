"""Repositories 1-7: SOC / threat intel, SIEM forwarders, an operator laptop, e-signature,
accounting, localisation, forms and surveys."""
import json

DBPW = "db-" + "pass" + "word"
PW = "pass" + "word"

from keys import aws_example_id, aws_example_secret, b64, jwtio_example, deepl_doc_example, HEX, ALNUM


def soc_threatintel(c, k):
    f = c.f("README.md", "markdown")
    f.l("# soc-enrich", "", "Enrichment workers for MISP events and TheHive cases (Shodan, VirusTotal, AbuseIPDB,",
        "GreyNoise, urlscan.io, Censys). Keys live in Vault; the table below is for the staging stack.", "",
        "| variable | staging value | notes |", "|---|---|---|")
    f.p("virustotal-api-key", "| `VT_API_KEY` | `{v}` | premium, 1000 req/min |")
    f.n("placeholder", "| `SHODAN_API_KEY` | `{v}` | ask #soc-platform |", "<your-shodan-key>")
    f.p("greynoise-api-key", "| `GREYNOISE_KEY` | `{v}` | community tier |")
    f.n("secret-manager-reference", "| `ABUSEIPDB_KEY` | `{v}` | |", "vault:secret/data/soc/abuseipdb#key")
    f.l("", "```bash", "export MISP_URL=https://misp.soc.internal")
    f.p("misp-auth-key", "export MISP_KEY={v}")
    f.l("python -m enrich.worker --queue iocs", "```")

    f = c.f("enrich/config.yaml", "yaml-config")
    f.l("providers:", "  shodan:", "    enabled: true")
    f.p("shodan-api-key", "    api_key: {v}")
    f.l("    rate_per_sec: 1", "  virustotal:")
    f.n("env-reference", "    api_key: ${VT_API_KEY}", "${VT_API_KEY}")
    f.l("  abuseipdb:", "    max_age_days: 90")
    f.p("abuseipdb-api-key", '    key: "{v}"')
    f.l("  urlscan:", "    visibility: unlisted")
    f.p("urlscan-api-key", "    api-key: '{v}'")
    f.l("  censys:")
    f.n("uuid-identifier", "    api_id: {v}", k.uuid4())
    f.p("censys-api-secret", "    api_secret: {v}")
    f.l("  greynoise:", "    enabled: false")
    f.n("placeholder", "    key: CHANGEME", "CHANGEME")
    f.l("cache:")
    f.p("redis-url", "  url: {v}")
    f.l("  ttl: 86400")

    f = c.f("enrich/clients.py", "code-python")
    f.l("import os", "", "from pymisp import PyMISP", "from thehive4py.api import TheHiveApi", "from openai import OpenAI", "")
    f.l("MISP_URL = 'https://misp.soc.internal'")
    f.p("misp-auth-key", "misp = PyMISP(MISP_URL, '{v}', ssl=False)")
    f.p("thehive-api-key", 'hive = TheHiveApi("https://thehive.soc.internal", "{v}")')
    f.n("env-reference", 'cortex_key = os.environ["CORTEX_API_KEY"]', 'os.environ["CORTEX_API_KEY"]')
    f.l("", "", "def llm():", '    """Summaries of noisy alerts (pilot, see ticket SOC-1182)."""')
    f.p("openai-project-key", '    return OpenAI(api_key="{v}")')
    f.l("", "", "def triage_prompt(alert):")
    f.n("function-call-value", "    token = get_secret('soc/llm/anthropic')", "get_secret('soc/llm/anthropic')")
    f.l("    return f\"Summarise: {alert['title']}\"")

    f = c.f("docker-compose.yml", "yaml-compose")
    f.l("services:", "  misp-db:", "    image: mariadb:10.11", "    environment:")
    f.p("db-password", "      MYSQL_PASSWORD: {v}")
    f.p("db-password", '      MYSQL_ROOT_PASSWORD: "{v}"')
    f.l("  misp:", "    image: ghcr.io/misp/misp-docker/misp-core:latest", "    environment:")
    f.l("      - BASE_URL=https://misp.soc.internal")
    f.p("generic-password", "      - ADMIN_PASSWORD={v}")
    f.n("env-reference", "      - MYSQL_PASSWORD=${MYSQL_PASSWORD}", "${MYSQL_PASSWORD}")
    f.l("  opencti:", "    image: opencti/platform:6.2.1", "    environment:")
    f.p("opencti-token", "      - APP__ADMIN__TOKEN={v}")
    f.p("generic-password", "      - APP__ADMIN__PASSWORD={v}")
    f.n("public-identifier", "      - APP__ADMIN__EMAIL=admin@opencti.io", "admin@opencti.io")
    f.l("  connector-shodan:", "    environment:")
    f.n("env-reference", "      - OPENCTI_TOKEN=${OPENCTI_ADMIN_TOKEN}", "${OPENCTI_ADMIN_TOKEN}")
    f.l("      - CONNECTOR_ID=shodan-1")

    f = c.f("cortex/application.conf", "conf-file")
    f.l("# Cortex analyzers (HOCON)", "play.http.secret.key=${?CORTEX_SECRET}", "analyzer {", "  config {")
    f.p("virustotal-api-key", '    VirusTotal_GetReport_3_1 { key = "{v}" }')
    f.p("shodan-api-key", "    Shodan_Host_1_0 { key = {v} }")
    f.n("placeholder", '    MISP_2_1 { key = ["<MISP_KEY>"] }', "<MISP_KEY>")
    f.l("  }", "}", "cache.job = 10 minutes")

    f = c.f("wazuh/check_agents.sh", "shell-script")
    f.l("#!/bin/sh", "set -eu", "WAZUH=https://wazuh-manager.soc.internal:55000")
    f.p("wazuh-api-" + PW, 'HDR=$(curl -sk -u wazuh-wui:"{v}" -X POST "$WAZUH/security/user/authenticate?raw=true")')
    f.l('curl -sk -H "Authorization: Bearer $HDR" "$WAZUH/agents?status=disconnected" | jq .data.total_affected_items')
    f.n("password-policy-setting", "MIN_PASSWORD_LENGTH=12", "")

    f = c.f("playbooks/ioc_sweep.http", "http-file")
    f.l("### submit a URL to urlscan", "POST https://urlscan.io/api/v1/scan/", "Content-Type: application/json")
    f.p("urlscan-api-key", "API-Key: {v}")
    f.l("", '{"url": "http://login-micros0ft.example/", "visibility": "unlisted"}', "", "### GreyNoise context",
        "GET https://api.greynoise.io/v3/community/203.0.113.7")
    f.n("template-reference", "key: {{greynoise_key}}", "{{greynoise_key}}")
    f.l("", "### AbuseIPDB", "GET https://api.abuseipdb.com/api/v2/check?ipAddress=198.51.100.23&maxAgeInDays=90")
    f.p("abuseipdb-api-key", "Key: {v}")

    f = c.f("notebooks/alert_triage.ipynb", "notebook")
    cells = [("import os, json, anthropic\n", None),
             ('os.environ["ANTHROPIC_API_KEY"] = "{v}"\n', "anthropic-api-key"),
             ("client = anthropic.Anthropic()\n", None),
             ("gq_key = \"{v}\"  # groq for the cheap pass\n", "groq-api-key")]
    f.l("{", ' "cells": [', "  {", '   "cell_type": "code",', '   "execution_count": 3,', '   "metadata": {},',
        '   "outputs": [', "    {", '     "name": "stdout",', '     "output_type": "stream",')
    f.n("redacted-value", '     "text": ["key loaded: sk-ant-***redacted***\\n"]', "sk-ant-***redacted***")
    f.l("    }", "   ],", '   "source": [')
    for src, kind in cells:
        s = json.dumps(src)
        if kind:
            f.p(kind, "    " + s + ",")
        else:
            f.l("    " + s + ",")
    f.l('    "print(client.models.list())"', "   ]", "  }", " ],", ' "metadata": {"kernelspec": {"name": "python3"}},',
        ' "nbformat": 4,', ' "nbformat_minor": 5', "}")

    f = c.f(".env.example", "dotenv")
    for name, val in (("SHODAN_API_KEY", "your-shodan-api-key"), ("VT_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
                      ("MISP_KEY", "<misp auth key>"), ("OPENAI_API_KEY", "sk-..."), ("THEHIVE_KEY", "REPLACE_ME")):
        f.n("placeholder", name + "=" + val, val)

    f = c.f("tests/fixtures/alert_412.json", "json")
    f.l("{", '  "title": "Emotet dropper",', '  "observables": [')
    f.n("hash-named-like-secret", '    {"dataType": "hash", "data": "{v}"},', k.hexs(64))
    f.n("hash-named-like-secret", '    {"dataType": "hash", "sha1_secret_match": "{v}"},', k.hexs(40))
    f.n("fake-fixture", '    {"dataType": "other", "api_key": "{v}"}', "test-api-key-not-real")
    f.l("  ],", '  "tlp": 2', "}")


def siem_forwarders(c, k):
    f = c.f("sumo/sources.json", "json")
    f.l("{", '  "api.version": "v1",', '  "collector": {', '    "name": "dc1-syslog-fw",')
    f.n("uuid-identifier", '    "accessid": "su{v}",', k.s(ALNUM, 12))
    f.p("sumologic-access-key", '    "accesskey": "{v}",')
    f.l('    "sources": [', "      {", '        "sourceType": "HTTP",')
    f.p("generic-token", '        "url": "https://endpoint4.collection.sumologic.com/receiver/v1/http/{v}"')
    f.l("      }", "    ]", "  }", "}")

    f = c.f("qradar/forwarder.ini", "ini")
    f.l("[qradar]", "console = 10.40.1.10", "verify_tls = false")
    f.p("qradar-sec-token", "sec_token = {v}")
    f.n("uuid-identifier", "log_source_id = {v}", k.uuid4())
    f.l("", "[spool]", "path = /var/spool/qfwd")

    f = c.f("sentinel/azuredeploy.parameters.json", "json")
    f.l("{", '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",',
        '  "contentVersion": "1.0.0.0",', '  "parameters": {')
    f.n("uuid-identifier", '    "workspaceId": { "value": "{v}" },', k.uuid4())
    f.p("sentinel-shared-key", '    "workspaceKey": { "value": "{v}" },')
    f.n("secret-manager-reference", '    "sqlPassword": { "reference": { "keyVault": { "id": "{v}" }, "secretName": "sql-admin" } },',
        "/subscriptions/" + k.uuid4() + "/resourceGroups/rg-soc/providers/Microsoft.KeyVault/vaults/kv-soc")
    f.n("uuid-identifier", '    "tenantId": { "value": "{v}" }', k.uuid4())
    f.l("  }", "}")

    f = c.f("sentinel/Send-Logs.ps1", "powershell", crlf=True)
    f.l("param([string]$LogType = 'FirewallDeny')")
    f.n("uuid-identifier", '$CustomerId = "{v}"', k.uuid4())
    f.p("sentinel-shared-key", '$SharedKey = "{v}"')
    f.l("$TimeStampField = 'TimeGenerated'")
    f.p("generic-password", "$cred = New-Object PSCredential('svc-sentinel', (ConvertTo-SecureString '{v}' -AsPlainText -Force))")
    f.n("env-reference", "$proxyPass = $env:PROXY_PASSWORD", "$env:PROXY_PASSWORD")
    f.l("Invoke-RestMethod -Uri $uri -Method Post -Headers $headers -Body $body")

    f = c.f("elastic/enroll.sh", "shell-script")
    f.l("#!/usr/bin/env bash", "# enrol a new Windows event collector into Fleet")
    f.p("elastic-enrollment-token", "sudo ./elastic-agent install --url=https://fleet.soc.internal:8220 --enrollment-token={v} --non-interactive")
    f.p("generic-password", "export ES_PASSWORD='{v}'")
    f.n("env-reference", 'curl -u "elastic:$ES_PASSWORD" https://es.soc.internal:9200/_cluster/health', "$ES_PASSWORD")

    f = c.f("elastic/elastic-agent.yml", "yaml-config")
    f.l("outputs:", "  default:", "    type: elasticsearch", "    hosts: [https://es.soc.internal:9200]")
    f.p("generic-api-key", '    api_key: "fleet-out:{v}"')
    f.n("env-reference", "    password: ${ES_PASSWORD}", "${ES_PASSWORD}")
    f.n("hash-named-like-secret", "    ssl.ca_trusted_fingerprint: {v}", k.hexs(64).upper())

    f = c.f("k8s/forwarder-secret.yaml", "yaml-k8s")
    f.l("apiVersion: v1", "kind: Secret", "metadata:", "  name: sumo-forwarder", "  namespace: logging", "type: Opaque", "stringData:")
    f.p("sumologic-access-key", "  SUMO_ACCESS_KEY: {v}")
    f.l("data:")
    f.p("k8s-secret-data-b64", "  proxy-password: {v}")
    f.l("---", "apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: qradar-token", "spec:", "  encryptedData:")
    f.n("encrypted-value", "    token: {v}", "AgB" + k.b64bytes(300))

    f = c.f("Makefile", "makefile")
    f.l("COLLECTOR ?= dc1-syslog-fw")
    f.p("sumologic-access-key", "SUMO_ACCESS_KEY ?= {v}")
    f.n("env-reference", "SUMO_ACCESS_ID ?= $(shell pass show soc/sumo-id)", "$(shell pass show soc/sumo-id)")
    f.l("", "deploy:", "\tcurl -u $(SUMO_ACCESS_ID):$(SUMO_ACCESS_KEY) -X POST -d @sumo/sources.json https://api.sumologic.com/api/v1/collectors")

    f = c.f("rsyslog/60-forward.conf", "conf-file")
    f.l('module(load="omhttp")', 'action(type="omhttp" server="logs.soc.internal" serverport="443"')
    f.p("generic-password", '       usehttps="on" uid="rsyslog" pwd="{v}"')
    f.l('       template="json_lines")')


def operator_laptop(c, k):
    f = c.f(".config/filezilla/sitemanager.xml", "xml")
    f.l('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>', '<FileZilla3 version="3.66.4" platform="windows">', "  <Servers>")
    for host, user in (("sftp.partner-bank.example", "acme_upload"), ("ftp.printshop.example", "acme"), ("10.30.8.21", "root")):
        f.l("    <Server>", f"      <Host>{host}</Host>", "      <Port>22</Port>", "      <Protocol>1</Protocol>",
            f"      <User>{user}</User>")
        f.p("filezilla-password-b64", '      <Pass encoding="base64">{v}</Pass>')
        f.l("      <Logontype>1</Logontype>", "    </Server>")
    f.l("    <Server>", "      <Host>files.vendor.example</Host>", "      <User>guest</User>")
    f.n("empty-value", '      <Pass encoding="base64" />', "")
    f.l("    </Server>", "  </Servers>", "</FileZilla3>")

    f = c.f("AppData/Roaming/WinSCP.ini", "ini", crlf=True)
    f.l("[Configuration\\Interface]", "RandomSeedFile=%APPDATA%\\winscp.rnd", "",
        "[Sessions\\deploy@bastion01]", "HostName=bastion01.corp.example", "UserName=deploy")
    f.p("winscp-obfuscated-password", "Password={v}")
    f.l("", "[Sessions\\backup@nas]", "HostName=nas.corp.example", "UserName=backup")
    f.p("winscp-obfuscated-password", "Password={v}")
    f.n("hash-named-like-secret", "Host" + "Key=ssh-ed25519 255 SHA256:{v}", k.b64bytes(32, pad=False))

    f = c.f("Documents/mRemoteNG/confCons.xml", "xml")
    f.n("encrypted-value", '<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" Protected="{v}" ConfVersion="2.6">',
        k.b64bytes(64))
    for name, host in (("DC01", "10.10.0.5"), ("SQL-PROD", "10.10.2.40")):
        f.p("mremoteng-encrypted-password", f'  <Node Name="{name}" Type="Connection" Username="adm-ops" Domain="CORP" Password="{{v}}" Hostname="{host}" Protocol="RDP" Port="3389" />')
    f.l("</mrng:Connections>")

    f = c.f("Documents/RDP/jump01.rdp", "ini", crlf=True)
    f.l("screen mode id:i:2", "full address:s:jump01.corp.example", "username:s:CORP\\adm-ops")
    f.n("encrypted-value", "password 51:b:{v}", "01000000D08C9DDF0115D1118C7A00C04FC297EB" + k.s("0123456789ABCDEF", 300))
    f.l("prompt for credentials:i:0")

    f = c.f("Documents/putty-sessions.reg", "reg-file", crlf=True)
    f.l("Windows Registry Editor Version 5.00", "", "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\core-sw01]",
        '"HostName"="core-sw01.corp.example"', '"ProxyMethod"=dword:00000003', '"ProxyHost"="proxy.corp.example"',
        '"ProxyUsername"="ops"')
    f.p("generic-password", '"ProxyPassword"="{v}"')
    f.n("public-identifier", '"PublicKeyFile"="C:\\\\Users\\\\ops\\\\.ssh\\\\core.ppk"', "")

    f = c.f("exports/KeePass-export-2026-11.xml", "xml")
    f.l('<?xml version="1.0" encoding="utf-8" standalone="yes"?>', "<KeePassFile>", "  <Root>", "    <Group>", "      <Name>Ops</Name>")
    for title, user in (("vCenter", "administrator@vsphere.local"), ("iDRAC r740-03", "root"), ("Cisco ASA", "enable"),
                        ("Synology", "admin"), ("pfSense", "admin")):
        f.l("      <Entry>", f"        <String><Key>Title</Key><Value>{title}</Value></String>",
            f"        <String><Key>UserName</Key><Value>{user}</Value></String>")
        f.p("keepass-export-password", '        <String><Key>Password</Key><Value ProtectInMemory="True">{v}</Value></String>')
        f.l("      </Entry>")
    f.l("      <Entry>", "        <String><Key>Title</Key><Value>Old printer</Value></String>")
    f.n("empty-value", '        <String><Key>Password</Key><Value ProtectInMemory="True" /></String>', "")
    f.l("      </Entry>", "    </Group>", "  </Root>", "</KeePassFile>")

    f = c.f("exports/bitwarden_export_20261105.json", "json")
    f.l("{", '  "encrypted": false,', '  "items": [')
    for i, (name, user, uri) in enumerate((("Grafana", "ops", "https://grafana.corp.example"), ("GitLab", "ops@corp.example", "https://gitlab.corp.example"),
                                           ("Jenkins", "admin", "https://ci.corp.example"), ("Router", "admin", "http://192.168.1.1"))):
        f.l("    {", f'      "name": "{name}",', '      "type": 1,', '      "login": {', f'        "username": "{user}",')
        f.p("bitwarden-export-password", '        "password": "{v}",')
        if i == 1:
            f.p("totp-seed", '        "totp": "otpauth://totp/GitLab:ops?secret={v}&issuer=GitLab",', k.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))
        else:
            f.n("empty-value", '        "totp": null,', "")
        f.l(f'        "uris": [{{"uri": "{uri}"}}]', "      }", "    }" + ("," if i < 3 else ""))
    f.l("  ]", "}")

    f = c.f("exports/Chrome Passwords.csv", "csv")
    f.l("name,url,username,password,note")
    for site, user in (("portal.azure.com", "ops@corp.example"), ("console.aws.amazon.com", "corp-ops"), ("app.datadoghq.com", "ops@corp.example"),
                       ("admin.google.com", "it-admin@corp.example"), ("dash.cloudflare.com", "dns@corp.example"), ("id.atlassian.com", "ops@corp.example"),
                       ("10.10.0.1", "admin")):
        f.p("browser-export-password", f"{site},https://{site}/,{user},{{v}},")
    f.n("empty-value", "intranet.corp.example,https://intranet.corp.example/,ops,,SSO", "")

    f = c.f(".thunderbird/a1b2c3d4.default-release/prefs.js", "prefs-js")
    f.l('// Mozilla User Preferences', 'user_pref("mail.smtpserver.smtp1.hostname", "smtp.office365.com");',
        'user_pref("mail.smtpserver.smtp2.hostname", "mail.printshop.example");', 'user_pref("mail.smtpserver.smtp2.username", "orders");')
    f.p("smtp-password", 'user_pref("mail.smtpserver.smtp2.password", "{v}");')
    f.n("password-policy-setting", 'user_pref("signon.rememberSignons", true);', "")
    f.n("password-policy-setting", 'user_pref("security.password_lifetime", 30);', "")

    f = c.f("src/infra-tools/.git/config", "ini")
    f.l("[core]", "\trepositoryformatversion = 0", '[remote "origin"]')
    f.p("gitlab-pat", "\turl = https://oauth2:{v}@gitlab.corp.example/ops/infra-tools.git")
    f.l("\tfetch = +refs/heads/*:refs/remotes/origin/*", '[remote "upstream"]')
    f.n("public-identifier", "\turl = https://github.com/corp-oss/infra-tools.git", "https://github.com/corp-oss/infra-tools.git")

    f = c.f(".git-credentials", "credential-file")
    f.p("github-classic-pat", "https://ops-bot:{v}@github.com")
    f.p("url-basic-auth", "{v}", "https://ops:" + k.alnum_password() + "@git.legacy.corp.example")

    f = c.f(".netrc", "credential-file")
    f.p("generic-password", "machine artifacts.corp.example login deploy password {v}")
    f.l("machine api.heroku.com")
    f.l("  login ops@corp.example")
    f.p("generic-token", "  password {v}")

    f = c.f(".pgpass", "credential-file")
    f.p(DBPW, "db-prod-01.internal:5432:warehouse:etl_rw:{v}", k.alnum_password())
    f.p(DBPW, "*:5432:*:postgres:{v}", k.alnum_password())

    f = c.f(".my.cnf", "credential-file")
    f.l("[client]", "user=ops", "host=10.20.4.11")
    f.p("db-password", "password={v}", k.alnum_password())

    f = c.f(".npmrc", "credential-file")
    f.p("npm-access-token", "//registry.npmjs.org/:_authToken={v}")
    f.n("env-reference", "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}", "${GITHUB_TOKEN}")
    f.l("@corp:registry=https://npm.pkg.github.com")

    f = c.f(".pypirc", "credential-file")
    f.l("[distutils]", "index-servers = pypi internal", "", "[pypi]", "username = __token__")
    f.p("pypi-api-token", "password = {v}")
    f.l("", "[internal]", "repository = https://pypi.corp.example/simple", "username = ops")
    f.p("generic-password", "password = {v}")

    f = c.f(".gem/credentials", "credential-file")
    f.l("---")
    f.p("generic-api-key", ":rubygems_api_key: {v}", k.hexs(32))

    f = c.f(".docker/config.json", "json")
    f.l("{", '  "auths": {', '    "registry.corp.example": {')
    f.p("basic-auth-header", '      "auth": "{v}"')
    f.l("    },", '    "https://index.docker.io/v1/": {}', "  },", '  "credsStore": "desktop"', "}")

    f = c.f(".config/rclone/rclone.conf", "ini")
    f.l("[wasabi]", "type = s3", "provider = Wasabi")
    f.l("access_key_id = " + k.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20))
    f.p("aws-secret-access-key", "secret_access_key = {v}")
    f.l("", "[nas]", "type = sftp", "host = nas.corp.example", "user = backup")
    f.p("generic-password", "pass = {v}", k.b64bytes(24, url=True, pad=False))

    f = c.f(".s3cfg", "ini")
    f.l("[default]")
    f.p("aws-access-key-id", "access_key = {v}")
    f.p("aws-secret-access-key", "secret_key = {v}")
    f.n("password-policy-setting", "signature_v2 = False", "")

    f = c.f(".wgetrc", "credential-file")
    f.l("http_user = mirror")
    f.p("generic-password", "http_password = {v}")

    f = c.f(".ssh/id_ed25519", "pem-file")
    f.p("openssh-private-key", "{v}")
    f = c.f(".ssh/id_ed25519.pub", "pem-file")
    f.n("public-key", "ssh-ed25519 {v} ops@laptop", k.b64bytes(51, pad=False))

    f = c.f(".config/gh/hosts.yml", "yaml-config")
    f.l("github.com:", "    user: corp-ops")
    f.p("github-oauth-token", "    oauth_token: {v}")
    f.l("    git_protocol: https")

    f = c.f(".bash_history", "shell-history")
    f.l("cd ~/src/infra-tools", "git pull")
    f.p("db-password", "mysql -h 10.20.4.11 -u root -p'{v}' pos -e 'show processlist'", k.alnum_password())
    f.p("vault-service-token", "export VAULT_TOKEN={v}")
    f.p("generic-token", 'curl -s -H "Authorization: Bearer {v}" https://api.corp.example/v2/hosts | jq .')
    f.p("generic-password", "sshpass -p '{v}' ssh admin@10.10.0.1", k.alnum_password())
    f.p("tailscale-auth-key", "sudo tailscale up --authkey={v} --advertise-tags=tag:ops")
    f.p("generic-password", "kubectl -n soc create secret generic misp-db --from-literal=password={v}", k.alnum_password())
    f.n("env-reference", 'docker login -u ops -p "$REGISTRY_PASSWORD" registry.corp.example', "$REGISTRY_PASSWORD")
    f.l("history | grep ssh", "exit")


def esign_legal(c, k):
    f = c.f("app/services/docusign_client.rb", "code-ruby")
    f.l("require 'docusign_esign'", "", "class DocusignClient")
    f.n("uuid-identifier", "  INTEGRATION_KEY = '{v}'.freeze", k.uuid4())
    f.n("uuid-identifier", "  IMPERSONATED_USER = '{v}'.freeze", k.uuid4())
    f.p("docusign-secret-key", "  SECRET_KEY = '{v}'.freeze")
    f.p("rsa-private-key", "  PRIVATE_KEY = <<~PEM\n{v}\n  PEM")
    f.l("", "  def token", "    api.request_jwt_user_token(INTEGRATION_KEY, IMPERSONATED_USER, PRIVATE_KEY, 3600)", "  end", "end")

    f = c.f("config/keys/docusign-prod.pem", "pem-file")
    f.p("pkcs8-private-key", "{v}")
    f = c.f("config/keys/docusign-prod.pub.pem", "pem-file")
    f.n("public-key", "-----BEGIN PUBLIC" + " KEY-----\n{v}\n-----END PUBLIC KEY-----", k.b64bytes(48))

    f = c.f("src/Signing/DropboxSignService.cs", "code-csharp")
    f.l("using Dropbox.Sign.Api;", "using Dropbox.Sign.Client;", "", "namespace Acme.Legal.Signing", "{",
        "    public sealed class DropboxSignService", "    {")
    f.p("dropbox-sign-api-key", '        private const string ApiKey = "{v}";')
    f.n("public-identifier", '        private const string ClientId = "{v}";', k.hexs(32))
    f.n("function-call-value", '        private readonly string _hook = Environment.GetEnvironmentVariable("HELLOSIGN_HOOK_KEY");', 'Environment.GetEnvironmentVariable("HELLOSIGN_HOOK_KEY")')
    f.l("        public SignatureRequestApi Api() =>", '            new(new Configuration { Username = ApiKey });', "    }", "}")

    f = c.f("src/Signing/appsettings.Production.json", "json")
    f.l("{", '  "PandaDoc": {', '    "BaseUrl": "https://api.pandadoc.com/public/v1",')
    f.p("pandadoc-api-key", '    "ApiKey": "{v}"')
    f.l("  },", '  "ConnectionStrings": {')
    f.p("mssql-connection-string", '    "Contracts": "{v}"')
    f.l("  },", '  "Logging": { "LogLevel": { "Default": "Warning" } }', "}")

    f = c.f("pandadoc/webhook.php", "code-php")
    f.l("<?php", "declare(strict_types=1);", "")
    f.p("webhook-signing-secret", "define('PANDADOC_SHARED_KEY', '{v}');")
    f.p("pandadoc-api-key", "$apiKey = '{v}';")
    f.n("env-reference", "$dsn = getenv('CONTRACTS_DSN');", "getenv('CONTRACTS_DSN')")
    f.l("$sig = hash_hmac('sha256', file_get_contents('php://input'), PANDADOC_SHARED_KEY);",
        "if (!hash_equals($sig, $_GET['signature'] ?? '')) { http_response_code(401); exit; }")

    f = c.f("clio/settings.py", "code-python")
    f.l("from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent")
    f.p("django-secret-key", "SECRET_KEY = '{v}'")
    f.n("public-identifier", "CLIO_CLIENT_ID = '{v}'", k.s(ALNUM, 40))
    f.p("clio-client-secret", "CLIO_CLIENT_SECRET = '{v}'")
    f.n("password-policy-setting", "AUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 14}}]", "")
    f.l("DATABASES = {", "    'default': {", "        'ENGINE': 'django.db.backends.postgresql',", "        'NAME': 'matters',")
    f.p("db-password", "        'PASSWORD': '{v}',")
    f.l("    }", "}")

    f = c.f("config/secrets.yml", "yaml-config")
    f.l("development:")
    f.n("fake-fixture", "  secret_key_base: {v}", "development_secret_key_base_not_for_production")
    f.l("production:")
    f.n("template-reference", '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', '<%= ENV["SECRET_KEY_BASE"] %>')
    f.l("staging:")
    f.p("rails-secret-key-base", "  secret_key_base: {v}")

    f = c.f("docs/INTEGRATIONS.adoc", "asciidoc")
    f.l("= E-signature integrations", ":toc:", "", "== Sandbox credentials", "", '[cols="1,2"]', "|===", "|Service |Key", "")
    f.p("dropbox-sign-api-key", "|Dropbox Sign (test mode) |`{v}`")
    f.n("placeholder", "|DocuSign |`<integration key from the admin console>`", "<integration key from the admin console>")
    f.p("pandadoc-api-key", "|PandaDoc sandbox |{v}")
    f.l("|===", "", "[source,bash]", "----")
    f.p("clio-client-secret", "export CLIO_CLIENT_SECRET={v}")
    f.l("----")

    f = c.f(".env.production", "dotenv", crlf=True)
    f.l("RAILS_ENV=production")
    f.p("postgres-url", "DATABASE_URL={v}")
    f.p("sendgrid-api-key", "SENDGRID_API_KEY={v}")
    f.n("publishable-key", "STRIPE_PUBLISHABLE_KEY=pk_" + "live_{v}", k.s(ALNUM, 99))
    f.p("stripe-restricted-key", "STRIPE_KEY={v}")


def accounting_sync(c, k):
    f = c.f("src/quickbooks.ts", "code-ts")
    f.l("import OAuthClient from 'intuit-oauth';", "")
    f.l("export const qbo = new OAuthClient({")
    f.n("public-identifier", "  clientId: '{v}',", "AB" + k.s(ALNUM, 48))
    f.p("quickbooks-client-secret", "  clientSecret: '{v}',")
    f.l("  environment: 'production',", "  redirectUri: 'https://books-sync.corp.example/callback',", "});")
    f.n("uuid-identifier", "export const REALM_ID = '{v}';", k.s(DIG_(), 19))
    f.n("env-reference", "const refresh = process.env.QBO_REFRESH_TOKEN!;", "process.env.QBO_REFRESH_TOKEN")

    f = c.f("src/xero.ts", "code-ts")
    f.l("import { XeroClient } from 'xero-node';", "", "export const xero = new XeroClient({")
    f.n("public-identifier", "  clientId: \"{v}\",", k.s("0123456789ABCDEF", 32))
    f.p("xero-client-secret", "  clientSecret: \"{v}\",")
    f.l("  redirectUris: [`${process.env.APP_URL}/xero/callback`],", "  scopes: 'accounting.transactions offline_access'.split(' '),", "});")

    f = c.f("config/freshbooks.json5", "json5")
    f.l("// FreshBooks app (accounts@)", "{", "  client_id: 'fb-books-sync',")
    f.p("freshbooks-client-secret", "  client_secret: '{v}', // rotate yearly")
    f.n("placeholder", "  refresh_token: 'TODO',", "TODO")
    f.l("  scopes: ['user:profile:read', 'user:invoices:read'],", "}")

    f = c.f("sage/src/main/kotlin/corp/books/SageClient.kt", "code-kotlin")
    f.l("package corp.books", "", "object SageConfig {", '    const val CLIENT_ID = "books-sync-sage"')
    f.p("sage-client-secret", '    const val CLIENT_SECRET = "{v}"')
    f.n("env-reference", '    val webhookKey: String = System.getenv("SAGE_WEBHOOK_KEY") ?: ""', 'System.getenv("SAGE_WEBHOOK_KEY")')
    f.l("}")

    f = c.f("zoho/src/main/scala/books/Zoho.scala", "code-scala")
    f.l("package books", "", "object Zoho {", '  val clientId = "1000.' + k.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30) + '"')
    f.p("zoho-client-secret", '  val clientSecret = "{v}"')
    f.p("generic-token", '  private val refreshToken: String = "1000.{v}"', k.hexs(32) + "." + k.hexs(32))
    f.n("env-reference", '  val orgId = sys.env.getOrElse("ZOHO_ORG_ID", "")', 'sys.env.getOrElse("ZOHO_ORG_ID", "")')
    f.l("}")

    f = c.f(".env", "dotenv")
    f.l("NODE_ENV=production", "PORT=8080")
    f.p("postgres-url", "DATABASE_URL={v}")
    f.p("quickbooks-client-secret", "QBO_CLIENT_SECRET={v}")
    f.p("stripe-live-secret-key", "STRIPE_SECRET_KEY={v}")
    f.p("slack-webhook-url", "SLACK_FINANCE_WEBHOOK={v}")
    f.n("password-policy-setting", "PASSWORD_MIN_LENGTH=12", "")
    f.n("password-policy-setting", "JWT_ALGORITHM=RS256", "")

    f = c.f("package-lock.json", "lockfile")
    f.l("{", '  "name": "books-sync",', '  "lockfileVersion": 3,', '  "packages": {')
    for pkg in ("intuit-oauth", "xero-node", "axios", "dotenv", "zod", "pino"):
        f.l(f'    "node_modules/{pkg}": {{', '      "version": "1.' + str(k.r.randrange(20)) + '.0",')
        f.n("lockfile-integrity", '      "integrity": "sha512-{v}"', k.b64bytes(64))
        f.l("    },")
    f.l('    "": {}', "  }", "}")

    f = c.f("test/fixtures/invoices.json", "json")
    f.l("[", '  {"id": "INV-0001", "amount": 120.5,')
    f.n("fake-fixture", '   "api_token": "{v}"},', "fake_token_for_tests_only")
    f.n("uuid-identifier", '  {"id": "INV-0002", "contact_id": "{v}"}', k.uuid4())
    f.l("]")

    f = c.f("test/quickbooks.test.ts", "code-ts")
    f.l("import { describe, it, expect } from 'vitest';", "")
    f.n("vendor-example-key", "const stripeKey = '{v}'; // Stripe's docs sample", _stripe())
    f.n("placeholder", "const secret = 'x'.repeat(40);", "")


def DIG_():
    return "0123456789"


def _stripe():
    from keys import stripe_doc_test_key
    return stripe_doc_test_key()


def localisation(c, k):
    f = c.f("crowdin.yml", "yaml-config")
    f.l('"project_id": "612334"')
    f.p("crowdin-pat", '"api_token": "{v}"')
    f.n("secret-name-only", '"api_token_env": "CROWDIN_PERSONAL_TOKEN"', "")
    f.l('"base_path": "."', '"files": [', '  { "source": "/locales/en/*.json", "translation": "/locales/%two_letters_code%/%original_file_name%" }', "]")

    f = c.f(".phrase.yml", "yaml-config")
    f.l("phrase:")
    f.p("phrase-access-token", "  access_token: {v}")
    f.l("  project_id: 8a1d1f6ca2c2b1e1f4f1c1e4a8c2f7d1", "  push:", "    sources:", "      - file: ./locales/en.yml")

    f = c.f(".transifexrc", "ini")
    f.l("[https://app.transifex.com]", "rest_hostname = https://rest.api.transifex.com")
    f.p("transifex-api-token", "token = {v}")

    f = c.f("scripts/lokalise-pull.sh", "shell-script")
    f.l("#!/usr/bin/env bash", "set -euo pipefail", "PROJECT=3812004563a1f2b3c4d5e6.91823746")
    f.p("lokalise-api-token", 'lokalise2 --token "{v}" --project-id "$PROJECT" file download --format json --unzip-to ./locales')

    f = c.f("scripts/machine_translate.py", "code-python")
    f.l("import deepl", "import anthropic", "")
    f.p("deepl-free-api-key", 'translator = deepl.Translator("{v}")')
    f.n("vendor-example-key", '# the docs show keys like "{v}"', deepl_doc_example())
    f.p("anthropic-api-key", "claude = anthropic.Anthropic(api_key='{v}')")
    f.l("", "def review(text, lang):", "    return claude.messages.create(model='claude-sonnet-4-5', max_tokens=512,",
        "        messages=[{'role': 'user', 'content': f'Check this {lang} UI string: {text}'}])")

    f = c.f(".github/workflows/i18n.yml", "yaml-ci")
    f.l("name: i18n sync", "on:", "  schedule: [{cron: '0 4 * * 1'}]", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:")
    f.n("ci-secret-reference", "      DEEPL_AUTH_KEY: ${{ secrets.DEEPL_AUTH_KEY }}", "${{ secrets.DEEPL_AUTH_KEY }}")
    f.p("crowdin-pat", "      CROWDIN_PERSONAL_TOKEN: {v}")
    f.l("    steps:", "      - uses: actions/checkout@v4", "      - uses: crowdin/github-action@v2", "        with:",
        "          upload_sources: true")
    f.n("commit-sha", "      - uses: peter-evans/create-pull-request@{v}", k.hexs(40))

    f = c.f("Makefile", "makefile")
    f.p("lokalise-api-token", "LOKALISE_TOKEN ?= {v}")
    f.n("env-reference", "PHRASE_TOKEN := $(PHRASE_ACCESS_TOKEN)", "$(PHRASE_ACCESS_TOKEN)")
    f.l("", "pull:", "\tbash scripts/lokalise-pull.sh")

    f = c.f("docs/translators.rst", "rst")
    f.l("Translator onboarding", "=====================", "", "Use the shared Transifex bot account::", "")
    f.p("transifex-api-token", "    tx pull -a --token {v}")
    f.l("", ".. note:: The DeepL key for the free tier ends in ``:fx``.", "")
    f.n("placeholder", "    export DEEPL_AUTH_KEY=<your key>:fx", "<your key>:fx")


def forms_surveys(c, k):
    f = c.f("app/Integrations/Typeform.php", "code-php")
    f.l("<?php", "namespace App\\Integrations;", "", "final class Typeform", "{")
    f.p("typeform-pat", "    private const TOKEN = '{v}';")
    f.p("webhook-signing-secret", '    private string $webhookSecret = "{v}";')
    f.n("env-reference", "    private string $formId = env('TYPEFORM_FORM_ID');", "env('TYPEFORM_FORM_ID')")
    f.l("}")

    f = c.f("config/services.php", "code-php")
    f.l("<?php", "", "return [", "    'jotform' => [")
    f.p("jotform-api-key", "        'key' => '{v}',")
    f.l("    ],", "    'surveymonkey' => [")
    f.n("env-reference", "        'token' => env('SURVEYMONKEY_TOKEN'),", "env('SURVEYMONKEY_TOKEN')")
    f.l("    ],", "];")

    f = c.f("go/surveymonkey/client.go", "code-go")
    f.l("package surveymonkey", "", 'import "net/http"', "", "const (", '\tbaseURL     = "https://api.surveymonkey.com/v3"')
    f.p("surveymonkey-access-token", '\taccessToken = "{v}"')
    f.l(")", "", "func authed(req *http.Request) {", '\treq.Header.Set("Authorization", "Bearer "+accessToken)', "}")

    f = c.f("r/qualtrics_pull.R", "code-r")
    f.l("library(qualtRics)", "")
    f.p("qualtrics-api-token", 'qualtrics_api_credentials(api_key = "{v}",')
    f.l('                          base_url = "corp.eu.qualtrics.com", install = FALSE)')
    f.n("env-reference", 'token <- Sys.getenv("QUALTRICS_API_KEY")', 'Sys.getenv("QUALTRICS_API_KEY")')
    f.l('surveys <- all_surveys()')

    f = c.f("jotform/config.ini", "ini")
    f.l("[jotform]", "base = https://eu-api.jotform.com")
    f.p("jotform-api-key", "apiKey={v}")
    f.n("placeholder", "teamKey=", "")

    f = c.f("typeform/webhooks.http", "http-file")
    f.l("PUT https://api.typeform.com/forms/X7pQ2b/webhooks/crm-sync")
    f.p("typeform-pat", "Authorization: Bearer {v}")
    f.l("Content-Type: application/json", "", '{"url": "https://forms.corp.example/hooks/typeform", "enabled": true}')

    f = c.f("docs/forms.md", "markdown")
    f.l("# Forms", "", "Typeform tokens start with `tfp_`. Example request:", "", "```sh")
    f.n("placeholder", 'curl -H "Authorization: Bearer tfp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" https://api.typeform.com/me', "")
    f.l("```")


REPOS = [("soc-threatintel", soc_threatintel), ("siem-forwarders", siem_forwarders), ("operator-laptop", operator_laptop),
         ("esign-legal", esign_legal), ("accounting-sync", accounting_sync), ("localisation-pipeline", localisation),
         ("forms-surveys", forms_surveys)]
