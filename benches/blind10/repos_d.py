"""Extra files for every repository: one file where a team dropped its SaaS keys (vendor formats in the
repository's usual syntax) and one sample / test / template file full of look-alikes (hard negatives)."""
from corpus import deck_vendor, deck_neg, render, P
from keys import LO, UP, DIG, ALNUM, sha256_hex

# repo -> (vendor file, family, syntax, header lines, footer lines, indent)
VENDOR_FILES = {
    "idp-authelia": ("terraform/notifications.tf", "hcl", "hcl", ['locals {'], ['}'], ""),
    "sso-dex-oauth2proxy": ("deploy/integrations-secret.yaml", "yaml-k8s", "yaml-env",
                            ["apiVersion: v1", "kind: Secret", "metadata:", "  name: integrations", "stringData:"], [], "  "),
    "api-gateways": ("kong/vault-seed.json", "json", "json", ["{", '  "seed": {'], ['    "_": ""', "  }", "}"], "    "),
    "forge-gitea": ("scripts/mirror-env.sh", "shell-script", "export", ["#!/bin/sh", "# sourced by the mirror cron job"], [], ""),
    "wiki-farm": ("mediawiki/LocalSettings.integrations.php", "code-php", "php", ["<?php", "// extension credentials"], [], ""),
    "helpdesk-suite": (".env.production", "dotenv", "env", ["# production values, synced by hand"], [], ""),
    "webmail-groupware": ("roundcube/plugins/corp_integrations/config.ini", "ini", "ini", ["[integrations]"], [], ""),
    "erp-integrations": ("integrations/settings_local.py", "code-python", "py", ["# local overrides (not for git)"], [], ""),
    "bi-redash": ("helm/values-prod.yaml", "yaml-helm", "yamlq", ["redash:", "  env:"], [], "    "),
    "feature-flags": ("services/edge/src/keys.ts", "code-ts", "ts", ["// keys for the edge worker"], [], ""),
    "telemetry-agents": ("vector/secrets.toml", "toml", "toml", ["[secrets]"], [], ""),
    "media-stack": (".env", "dotenv", "envq", ["# compose env"], [], ""),
    "notify-hub": ("relay-go/internal/config/defaults.go", "code-go", "go", ["package config", "", "var ("], [")"], ""),
    "job-workers": ("hangfire/Jobs.Host/Integrations.kt", "code-kotlin", "kotlin", ["package jobs.host", "", "object Integrations {"], ["}"], ""),
    "vagrant-labs": ("lib/lab_secrets.rb", "code-ruby", "ruby", ["# frozen_string_literal: true", "module LabSecrets"], ["end"], ""),
    "aws-cfn-sam": ("scripts/deploy-env.ps1", "powershell", "ps1", ["# deploy helper for Windows runners"], [], ""),
    "rasa-assistant": ("config/integrations.yml", "yaml-config", "yamlq", ["integrations:"], [], "  "),
    "firmware-sensors": ("tools/uploader/keys.hpp", "code-cpp", "cpp", ["#pragma once", "namespace keys {"], ["}"], ""),
    "community-forums": ("flarum/extensions-config.php", "code-php", "phparr", ["<?php return ["], ["];"], "    "),
    "research-analytics": ("R/keys.R", "code-r", "r", ["# API keys used by the fetch scripts"], [], ""),
    "jumphost-home": ("home/ops/.zshrc.local", "shell-script", "export", ["# machine-local exports"], [], ""),
    "ops-runbooks": ("docs/keys-inventory.md", "markdown", "md", ["# Key inventory (staging)", "", "| name | value |", "|---|---|"], [], ""),
}

# repo -> (negative file, family, syntax, header, footer, indent)
NEG_FILES = {
    "idp-authelia": ("config/configuration.example.yml", "yaml-config", "yaml", ["# copy to configuration.yml", "secrets:"], [], "  "),
    "sso-dex-oauth2proxy": ("oauth2-proxy/oauth2-proxy.example.cfg", "toml", "toml", ["## sample"], [], ""),
    "api-gateways": ("tests/fixtures/consumers.json", "json", "json", ["{"], ['  "end": true', "}"], "  "),
    "forge-gitea": ("custom/conf/app.example.ini", "ini", "ini", ["[security]"], [], ""),
    "wiki-farm": ("bookstack/.env.example", "dotenv", "env", ["# example environment"], [], ""),
    "helpdesk-suite": ("zammad/config/secrets.example.rb", "code-ruby", "ruby", ["# template"], [], ""),
    "webmail-groupware": ("roundcube/config/config.inc.php.dist", "code-php", "php", ["<?php"], [], ""),
    "erp-integrations": ("integrations/tests/test_sync.py", "code-python", "py", ["import os", "# fixtures"], [], ""),
    "bi-redash": ("helm/values.yaml", "yaml-helm", "yaml", ["redash:", "  env:"], [], "    "),
    "feature-flags": ("services/edge/src/keys.test.ts", "code-ts", "ts", ["// test doubles"], [], ""),
    "telemetry-agents": ("telegraf/telegraf.d/sample.conf", "toml", "toml", ["# sample"], [], ""),
    "media-stack": (".env.sample", "dotenv", "envq", ["# fill in"], [], ""),
    "notify-hub": ("relay-go/internal/config/defaults_test.go", "code-go", "go", ["package config", "", "var ("], [")"], ""),
    "job-workers": ("hangfire/Jobs.Tests/FakeSecrets.cs", "code-csharp", "csharp", ["namespace Jobs.Tests {", "  static class FakeSecrets {"], ["  }", "}"], ""),
    "vagrant-labs": ("ansible/group_vars/all.example.yml", "yaml-config", "yaml", ["---"], [], ""),
    "aws-cfn-sam": ("templates/parameters.example.json", "json", "json", ["{"], ['  "Stage": "prod"', "}"], "  "),
    "rasa-assistant": ("credentials.example.yml", "yaml-config", "yaml", ["rest:", "slack:"], [], "  "),
    "firmware-sensors": ("src/config_template.h", "code-c", "c", ["#pragma once"], [], ""),
    "community-forums": ("nodebb/config.example.json", "json", "json", ["{"], ['  "url": "http://localhost:4567"', "}"], "  "),
    "research-analytics": ("julia/test/runtests.jl", "code-julia", "julia", ["using Test"], [], ""),
    "jumphost-home": ("home/ops/.env.template", "dotenv", "env", ["# template"], [], ""),
    "ops-runbooks": ("docs/secret-handling.md", "markdown", "md", ["# How we name secrets", "", "| variable | where |", "|---|---|"], [], ""),
}


def extra_files(C):
    g = C.g
    by = {r.name: r for r in C.repos}
    for name, (path, fam, syn, head, foot, ind) in VENDOR_FILES.items():
        f = by[name].f(path, fam)
        f.add(*head)
        deck_vendor(C, f, syn, 9, indent=ind)
        f.add(*foot)
    for name, (path, fam, syn, head, foot, ind) in NEG_FILES.items():
        f = by[name].f(path, fam)
        f.add(*head)
        deck_neg(C, f, syn, 12, indent=ind)
        f.add(*foot)
    look_alikes(C, by)


def look_alikes(C, by):
    """Hand-written hard negatives: vendor-shaped fakes, public keys, hashes, IDs."""
    g = C.g
    f = by["ops-runbooks"].f("docs/vendor-examples.md", "markdown")
    f.add("# What keys look like (from the vendors' docs)", "", "Never paste real ones here. Examples only:", "")
    f.neg("- AWS: `{V}`", "vendor-example-key", P["akia"] + "IOSFODNN7" + "EXAMPLE")
    f.neg("- AWS secret: `{V}`", "vendor-example-key", P["aws_ex_secret"])
    f.neg("- GitHub: `{V}`", "placeholder", P["ghp"] + "x" * 36)
    f.neg("- Stripe: `{V}`", "placeholder", P["sk_live"] + "..." )
    f.neg("- Slack: `{V}`", "placeholder", P["xoxb"] + "your-token-here")
    f.neg("- OpenAI: `{V}`", "placeholder", P["proj"] + "REPLACE_ME")
    f.neg("- Anthropic: `{V}`", "placeholder", P["ant"] + "xxxxxxxx")
    f.neg("- Telegram: `{V}`", "vendor-example-key", "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")
    f.neg("- Tailscale: `{V}`", "vendor-example-key", P["tsapi"] + "abcDEF1CNTRL-091234567890ABCDEF")
    f.neg("- Docker Hub: `{V}`", "vendor-example-key", P["dckr"] + "124509ugsdjga93")
    f.neg("- Grafana: `{V}`", "vendor-example-key", P["glsa"] + "HOruNAb7SOiCdshU9algkrq7F...")
    f.neg("- Google API key (Purview doc): `{V}`", "vendor-example-key", P["aiza"] + "efgh0123456789_-ABCDEFGHIJKLMNOPQRS")
    f.neg("- Unleash: `{V}`", "vendor-example-key", "project:environment.xyzrandomstring")
    f.neg("- Replicate: `{V}`", "placeholder", P["r8"] + "xxxxxxxxxxxx")
    f.neg("- Groq: `{V}`", "placeholder", P["gsk"] + "your_key_here")
    f.neg("- HF: `{V}`", "placeholder", P["hf"] + "xxx")

    f = by["feature-flags"].f("services/checkout/flags_test.go", "code-go")
    f.add("package flags", "", "import \"testing\"", "", "// fixtures: not real keys", "const (")
    f.neg("\tfakeSDKKey = \"{V}\"", "fake-fixture", P["sdk"] + "00000000-0000-0000-0000-000000000000")
    f.neg("\tfakeStripe = \"{V}\"", "fake-fixture", P["sk_live"] + "0" * 24)
    f.neg("\ttestAWSKey = \"{V}\"", "fake-fixture", P["akia"] + "AAAAAAAAAAAAAAAA")
    f.neg("\ttestToken = \"{V}\"", "fake-fixture", "test-token")
    f.add(")", "", "func TestClient(t *testing.T) { _ = fakeSDKKey }")

    f = by["jumphost-home"].f("home/ops/.ssh/known_hosts", "credential-file")
    for host in ("github.com", "gitlab.corp.example", "10.0.0.10"):
        f.neg(host + " ssh-ed25519 {V}", "public-key", "AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(32)[:43])
    f = by["jumphost-home"].f("home/ops/.ssh/authorized_keys", "credential-file")
    f.neg("ssh-rsa {V} alice@laptop", "public-key", "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + g.b64(250).rstrip("="))
    f.neg("ecdsa-sha2-nistp256 {V} bob@laptop", "public-key", "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + g.b64(48).rstrip("="))

    f = by["idp-authelia"].f("config/jwks-public.json", "json")
    f.add("{", '  "keys": [', "    {", '      "kty": "RSA",', '      "use": "sig",', '      "kid": "main",')
    f.neg('      "n": "{V}",', "public-key", g.b64url(256))
    f.neg('      "e": "{V}"', "public-key", "AQAB")
    f.add("    }", "  ]", "}")

    f = by["forge-gitea"].f("go.sum", "lockfile")
    for mod in ("code.gitea.io/sdk/gitea v0.19.0", "github.com/go-ldap/ldap/v3 v3.4.8", "golang.org/x/crypto v0.31.0",
                "github.com/minio/minio-go/v7 v7.0.80", "xorm.io/xorm v1.3.9"):
        f.neg(mod + " h1:{V}=", "lockfile-integrity", g.b64(32).rstrip("="))
        f.neg(mod + "/go.mod h1:{V}=", "lockfile-integrity", g.b64(32).rstrip("="))

    f = by["job-workers"].f("bullmq/yarn.lock", "lockfile")
    f.add("# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", "")
    for pkg, ver in (("bullmq", "5.12.0"), ("ioredis", "5.4.1"), ("cron-parser", "4.9.0"), ("msgpackr", "1.11.0")):
        f.add(pkg + "@^" + ver + ":", "  version \"" + ver + "\"",
              "  resolved \"https://registry.yarnpkg.com/" + pkg + "/-/" + pkg + "-" + ver + ".tgz#" + g.hex(40) + "\"")
        f.neg("  integrity {V}", "lockfile-integrity", "sha512-" + g.b64(64))
        f.add("")

    f = by["bi-redash"].f("client/public/index.html", "html")
    f.add("<!doctype html>", "<html><head>")
    f.neg("<script src=\"https://cdn.corp.example/app.js\" integrity=\"{V}\" crossorigin=\"anonymous\"></script>", "lockfile-integrity", "sha384-" + g.b64(48))
    f.neg("<script>window.STRIPE_PK = \"{V}\";</script>", "publishable-key", P["pk_live"] + g.s(99))
    f.neg("<script>Sentry.init({ dsn: \"{V}\" });</script>", "publishable-key", "https://" + g.hex(32) + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7))
    f.neg("<div class=\"g-recaptcha\" data-sitekey=\"{V}\"></div>", "public-identifier", "6L" + g.s(38, ALNUM + "-_"))
    f.neg("<meta name=\"google-site-verification\" content=\"{V}\">", "public-identifier", g.s(43, ALNUM + "-_"))
    f.neg("<img alt=\"logo\" src=\"data:image/png;base64,{V}\">", "base64-image", "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA" + g.b64(200))
    f.add("</head><body></body></html>")

    f = by["aws-cfn-sam"].f("templates/iam-readonly.yaml", "yaml-config")
    f.add("Resources:", "  ReadOnlyRole:", "    Type: AWS::IAM::Role", "    Properties:", "      ManagedPolicyArns:")
    f.neg("        - {V}", "arn-reference", "arn:aws:iam::aws:policy/ReadOnlyAccess")
    f.add("      AssumeRolePolicyDocument:", "        Statement:", "          - Effect: Allow", "            Principal:")
    f.neg("              AWS: {V}", "arn-reference", "arn:aws:iam::" + g.digits(12) + ":root")
    f.add("            Action: sts:AssumeRole", "            Condition:", "              StringEquals:")
    f.neg("                sts:ExternalId: {V}", "uuid-identifier", g.uuid())
    f.neg("  # AccessKeyId exported by the user stack: {V}", "env-reference", "!GetAtt ReplicaUserKey.SecretAccessKey")

    f = by["media-stack"].f("docker-compose.override.yml", "yaml-compose")
    f.add("services:", "  sonarr:", "    environment:")
    f.neg("      - SONARR__AUTH__APIKEY={V}", "env-reference", "${SONARR_API_KEY:?set in .env}")
    f.neg("      - PUID={V}", "not-a-secret", "1000")
    f.add("    image: lscr.io/linuxserver/sonarr@sha256:" + g.hex(64))
    f.neg("    # digest pinned: sha256:{V}", "checksum", g.hex(64))

    f = by["research-analytics"].f("data/README.md", "markdown")
    f.add("# Data", "", "| file | sha256 | md5 |", "|---|---|---|")
    for name in ("trials_2024.parquet", "survey_wave3.csv", "weather.nc"):
        f.neg("| " + name + " | `{V}` | `" + g.hex(32) + "` |", "checksum", sha256_hex(name + g.s(4)))
    f.add("", "DOI: 10.5281/zenodo." + g.digits(7))

    f = by["helpdesk-suite"].f("zammad/spec/fixtures/webhook_payload.json", "json")
    f.add("{")
    f.neg('  "ticket_id": "{V}",', "uuid-identifier", g.uuid())
    f.neg('  "signature": "sha1={V}",', "hash-named-like-secret", g.hex(40))
    f.neg('  "api_token": "{V}",', "fake-fixture", "fixture-token-" + g.s(6, LO))
    f.neg('  "password": "{V}"', "redacted", "[FILTERED]")
    f.add("}")

    f = by["telemetry-agents"].f("grafana/provisioning/datasources/loki.yaml", "yaml-config")
    f.add("apiVersion: 1", "datasources:", "  - name: Loki", "    type: loki", "    url: https://loki.corp.example",
          "    basicAuth: true", "    basicAuthUser: grafana", "    secureJsonData:")
    f.neg("      basicAuthPassword: {V}", "env-reference", "$LOKI_PASSWORD")
    f.add("  - name: Influx", "    type: influxdb", "    jsonData:", "      version: Flux", "    secureJsonData:")
    f.neg("      token: {V}", "env-reference", "${INFLUX_READ_TOKEN}")

    f = by["sso-dex-oauth2proxy"].f("deploy/external-secret.yaml", "yaml-k8s")
    f.add("apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: dex", "spec:",
          "  secretStoreRef:", "    name: vault", "  data:", "  - secretKey: ldapPassword", "    remoteRef:")
    f.neg("      key: {V}", "secret-manager-ref", "secret/data/dex/ldap")
    f.neg("      property: {V}", "secret-name-only", "password")
    f.add("  - secretKey: googleClientSecret", "    remoteRef:")
    f.neg("      key: {V}", "secret-manager-ref", "secret/data/dex/google")


REPOS = [extra_files]
