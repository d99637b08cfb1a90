#!/usr/bin/env python3
"""Sixteenth blind corpus: ~22 small repositories of an organisation sweep (insurance, banking batch,
airport ops, imaging, MES, WMS, loyalty, casino, permits, courts, research computing, ground station,
HPC weather, sequencing, CAT tools, publishing, VFX, music label, sports club, a non-English codebase,
a shared-hosting dump). Stdlib only, deterministic for --seed. Writes CORPUS/repos/... and
CORPUS/labels.jsonl (fields as benches/independent/score.py reads them). Every secret is generated at
run time; vendor prefixes are assembled from parts so this file holds no key-shaped literal."""
import argparse, base64, binascii, json, os, random, shutil, string

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
R = random.Random(0)


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def j(*parts):
    return "".join(parts)


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- vendor-format generators
# Each: (kind, provider, function). Sources noted beside each.
def aws_akid():
    # AWS IAM unique-ID prefixes (AKIA = access key, 20 chars upper+digits):
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html (via hackingthe.cloud iam-key-identifiers)
    return j("AK", "IA") + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret():
    # 40 chars base64 alphabet (AWS docs: "secret access key ... 40 characters"); context-only by itself
    return rs(40, ALNUM + "+/")


def gh_classic(pfx="p"):
    # https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ :
    # gh<type>_ + 30 base62 entropy + 6 base62 CRC32 checksum; types ghp/gho/ghu/ghs/ghr
    body = rs(30)
    return j("g", "h", pfx, "_") + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine():
    # fine-grained PAT: github_pat_ + 22 + _ + 59 (GitHub docs / changelog 2022-10-18)
    return j("github", "_pat_") + rs(22) + "_" + rs(59)


def stripe_sk():
    # https://docs.stripe.com/keys : secret sk_live_, restricted rk_live_; Stripe told GitLab lengths up to 128
    return j("sk", "_live_") + rs(R.choice([24, 99]))


def stripe_rk():
    return j("rk", "_live_") + rs(99)


def slack_bot():
    # https://api.slack.com/authentication/token-types : bot tokens start xoxb-, user xoxp-
    return j("xo", "xb-") + rs(12, string.digits) + "-" + rs(13, string.digits) + "-" + rs(24)


def slack_user():
    return j("xo", "xp-") + rs(12, string.digits) + "-" + rs(12, string.digits) + "-" + rs(13, string.digits) + "-" + rs(32, HEX)


def hf_token():
    # https://huggingface.co/docs/hub/security-tokens : user access tokens start hf_ (34 letters seen in docs' examples)
    return j("h", "f_") + rs(34, string.ascii_letters)


def sendgrid():
    # SendGrid API key: SG. + 22 + . + 43 (69 chars; SendGrid docs "what is my API key")
    return j("S", "G.") + rs(22, ALNUM + "-_") + "." + rs(43, ALNUM + "-_")


def jwt_token():
    # RFC 7519 compact JWS: base64url(header).base64url(payload).base64url(sig)
    def u(d):
        return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).rstrip(b"=").decode()
    hdr = u({"alg": "HS256", "typ": "JWT"})
    pl = u({"sub": rs(8, string.digits), "iss": "svc-" + rs(5, string.ascii_lowercase), "exp": 2000000000 + R.randint(0, 10 ** 8)})
    return hdr + "." + pl + "." + base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(32))).rstrip(b"=").decode()


def gitlab_pat():
    # https://gitlab.com/gitlab-org/gitlab/-/issues/342327 and docs.gitlab.com "personal access token prefix":
    # glpat- then 20 chars [A-Za-z0-9_-]
    return j("gl", "pat-") + rs(20, ALNUM + "_-")


def do_token(kind="p"):
    # DigitalOcean prefixes dop_v1_ (PAT), doo_v1_ (OAuth access): per the MR that followed DO's April 2021
    # announcement (gitlab secrets analyzers MR 178); body of 64 hex as in DO's API token pages' examples
    return j("do", kind, "_v1_") + rs(64, HEX)


def shopify(kind="at"):
    # https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing : 32 -> 38 chars with
    # shpat_/shpca_/shppa_; https://shopify.dev/changelog/app-secret-key-length-has-increased : shpss_ app secrets
    return j("sh", "p", kind, "_") + rs(32, HEX)


def npm_token():
    # https://docs.npmjs.com/about-access-tokens and `npm token list` docs show npm_ prefixed tokens;
    # length not documented: 36 base62 chars as npm CLI prints them
    return j("np", "m_") + rs(36)


def pypi_token():
    # PyPI API tokens are pypi- + base64url macaroon (pypi.org/project/pypitoken); the macaroon's first bytes
    # encode the location "pypi.org", so every real token's body starts with the same base64 run
    raw = b"\x02\x01\x08" + b"pypi.org" + b"\x02\x01" + bytes(R.randrange(256) for _ in range(R.choice([120, 150])))
    return j("py", "pi-") + base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def google_api_key():
    # Microsoft Purview "Google API key" definition (learn.microsoft.com/purview/sit-defn-google-api-key) and
    # cloud.google.com/docs/authentication/api-keys: AIza + 35 of [A-Za-z0-9_-], 39 in all
    return j("AI", "za") + rs(35, ALNUM + "_-")


def linear_key():
    # Linear personal API keys "start with lin_api_" (docs.sim.ai/integrations/linear-service-account, Linear
    # settings page); length not documented: 40 alnum as the settings page shows
    return j("lin", "_api_") + rs(40)


def grafana_sa():
    # glsa_ service-account token (grafana.com learning path "Create a service account token" shows glsa_...;
    # grafana-operator docs' example decodes to glsa_ + 32 alnum + _ + 8 hex)
    return j("gl", "sa_") + rs(32) + "_" + rs(8, HEX)


def doppler(kind="pt"):
    # Doppler personal token "starts with dp.pt.", service token dp.st. (nango.dev/docs/api-integrations/doppler);
    # body length not documented: 43 alnum
    return j("dp", ".", kind, ".") + rs(43)


def vault_token(kind="s"):
    # HashiCorp Vault service tokens start hvs., batch tokens hvb. (Vault token docs; IBM Vault onboarding page
    # shows hvs.CAES...); length not documented: CAES + 91 base64url chars as Vault 1.10+ prints them
    return j("hv", kind, ".") + "CAES" + rs(91, ALNUM + "_-")


def newrelic_user_key():
    # New Relic user key "starts with NRAK-" (docs.newrelic.com new-relic-api-keys; nango New Relic page);
    # body length not documented: 27 upper-case alnum
    return j("NR", "AK-") + rs(27, UPNUM)


def sentry_user_token():
    # Sentry user auth tokens "are prefixed with sntryu_" (getsentry/sentry API token docs); 64 hex body
    return j("sntr", "yu_") + rs(64, HEX)


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32(hrp, data8):
    # BIP-173 bech32 with checksum (age keys use it: age-encryption.org/v1, C2SP age spec)
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)

    def polymod(v):
        g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
        c = 1
        for x in v:
            top = c >> 25
            c = (c & 0x1ffffff) << 5 ^ x
            for i in range(5):
                c ^= g[i] if (top >> i) & 1 else 0
        return c
    hx = [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp]
    pm = polymod(hx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def age_secret():
    # age X25519 identity: Bech32, HRP age-secret-key-, upper-cased (C2SP age spec; Crypt::Age::Keys docs)
    return bech32(j("age-secret", "-key-"), bytes(R.randrange(256) for _ in range(32))).upper()


VENDOR = {
    "vault-service-token": ("hashicorp", vault_token),
    "vault-batch-token": ("hashicorp", lambda: vault_token("b")),
    "newrelic-user-key": ("newrelic", newrelic_user_key),
    "sentry-user-token": ("sentry", sentry_user_token),
    "age-secret-key": ("age", age_secret),
    "google-api-key": ("google", google_api_key),
    "linear-api-key": ("linear", linear_key),
    "grafana-service-account-token": ("grafana", grafana_sa),
    "doppler-personal-token": ("doppler", doppler),
    "doppler-service-token": ("doppler", lambda: doppler("st")),
    "gitlab-pat": ("gitlab", gitlab_pat),
    "digitalocean-pat": ("digitalocean", do_token),
    "digitalocean-oauth-token": ("digitalocean", lambda: do_token("o")),
    "shopify-admin-access-token": ("shopify", shopify),
    "shopify-custom-app-token": ("shopify", lambda: shopify("ca")),
    "shopify-app-secret": ("shopify", lambda: shopify("ss")),
    "npm-access-token": ("npm", npm_token),
    "pypi-api-token": ("pypi", pypi_token),
    "aws-access-key-id": ("aws", aws_akid),
    "github-pat-classic": ("github", lambda: gh_classic("p")),
    "github-oauth-token": ("github", lambda: gh_classic("o")),
    "github-app-installation-token": ("github", lambda: gh_classic("s")),
    "github-fine-grained-pat": ("github", gh_fine),
    "stripe-secret-key": ("stripe", stripe_sk),
    "stripe-restricted-key": ("stripe", stripe_rk),
    "slack-bot-token": ("slack", slack_bot),
    "slack-user-token": ("slack", slack_user),
    "huggingface-token": ("huggingface", hf_token),
    "sendgrid-api-key": ("sendgrid", sendgrid),
    "jwt": ("generic", jwt_token),
}
VENDOR_NAMES = {
    "vault-service-token": ["vault_token", "VAULT_TOKEN"],
    "vault-batch-token": ["vault_token", "batch_token"],
    "newrelic-user-key": ["newrelic_api_key", "new_relic_user_key"],
    "sentry-user-token": ["sentry_auth_token"],
    "age-secret-key": ["sops_age_key", "age_identity"],
    "google-api-key": ["google_api_key", "maps_api_key", "gcp_api_key"],
    "linear-api-key": ["linear_api_key", "linear_token"],
    "grafana-service-account-token": ["grafana_token", "grafana_sa_token"],
    "doppler-personal-token": ["doppler_token"],
    "doppler-service-token": ["doppler_service_token", "doppler_token"],
    "gitlab-pat": ["gitlab_token", "ci_push_token", "gl_token"],
    "digitalocean-pat": ["do_token", "digitalocean_access_token"],
    "digitalocean-oauth-token": ["do_oauth_token"],
    "shopify-admin-access-token": ["shopify_access_token", "shop_token"],
    "shopify-custom-app-token": ["shopify_admin_token"],
    "shopify-app-secret": ["shopify_api_secret", "shopify_client_secret"],
    "npm-access-token": ["npm_token", "npm_auth_token"],
    "pypi-api-token": ["pypi_token", "twine_password"],
    "aws-access-key-id": ["aws_access_key_id", "s3_access_key", "AccessKeyId"],
    "github-pat-classic": ["github_token", "gh_pat", "git_token"],
    "github-oauth-token": ["github_oauth_token", "oauth_token"],
    "github-app-installation-token": ["installation_token", "gh_app_token"],
    "github-fine-grained-pat": ["github_pat", "repo_token"],
    "stripe-secret-key": ["stripe_secret_key", "stripe_key"],
    "stripe-restricted-key": ["stripe_restricted_key", "payments_key"],
    "slack-bot-token": ["slack_bot_token", "slack_token"],
    "slack-user-token": ["slack_user_token", "slack_oauth"],
    "huggingface-token": ["hf_token", "huggingface_token"],
    "sendgrid-api-key": ["sendgrid_api_key", "mail_api_key"],
    "jwt": ["service_jwt", "bearer", "auth_header_token"],
}


# ---------------------------------------------------------------- context-only generators
def pw_human():
    w = R.choice(["Sommer", "Rapid", "Falcon", "Nordlicht", "Cobalt", "Granite", "Maple", "Tundra", "Lagune", "Orchid"])
    return w + R.choice(["!", "#", "$", "%", "@", "*"]) + str(R.randint(1990, 2026)) + rs(3, string.ascii_lowercase)


def pw_random():
    return rs(R.randint(14, 24), ALNUM + "!#%&*+-=?@^_")


CONTEXT = {
    "password-human": (pw_human, ["password", "passwd", "db_password", "sftp_password", "pwd", "admin_password"]),
    "password-random": (pw_random, ["password", "smtp_password", "ldap_bind_password", "keystore_password", "pass"]),
    "password-localized": (pw_random, ["passwort", "mot_de_passe", "contrasena", "senha", "kennwort", "clave", "chave", "geheimnis", "pasuwado"]),
    "api-key-hex32": (lambda: rs(32, HEX), ["api_key", "apikey", "x_api_key", "partner_key"]),
    "api-key-alnum40": (lambda: rs(40), ["api_key", "access_key", "vendor_api_key", "integration_key"]),
    "token-base64": (lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(30))).decode(), ["auth_token", "access_token", "session_token", "bearer_token"]),
    "client-secret": (lambda: rs(R.choice([32, 40, 48]), ALNUM + "-_~."), ["client_secret", "oauth_client_secret", "app_secret"]),
    "hmac-signing-secret": (lambda: rs(64, HEX), ["jwt_secret", "signing_key", "hmac_secret", "webhook_secret", "secret_key"]),
    "aws-secret-access-key": (aws_secret, ["aws_secret_access_key", "s3_secret_key", "SecretAccessKey"]),
    "twilio-auth-token": (lambda: rs(32, HEX), ["twilio_auth_token", "sms_auth_token"]),
    "sftp-drop-password": (pw_random, ["sftp_password", "drop_password", "ftps_pass"]),
    "ldap-bind-password": (pw_human, ["ldap_bind_password", "bind_pw", "ad_service_password"]),
    "encryption-key-b64": (lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), ["encryption_key", "aes_key", "master_key", "cipher_key"]),
}

# ---------------------------------------------------------------- negatives
def neg_values():
    return {
        "placeholder": R.choice(["changeme", "<your-password-here>", "REPLACE_ME", "xxxxxxxx", "your_api_key", "TODO", "********", "<redacted>", "example"]),
        "reference-ci": "${{ secrets." + R.choice(["DB_PASSWORD", "API_TOKEN", "DEPLOY_KEY"]) + " }}",
        "reference-helm": "{{ .Values." + R.choice(["db.password", "auth.token", "smtp.pass"]) + " }}",
        "reference-vault": R.choice(["vault:secret/data/app#password", "op://Ops/db/password", "arn:aws:secretsmanager:eu-west-1:" + rs(12, string.digits) + ":secret:app/db-" + rs(6)]),
        "reference-env": R.choice(["${DB_PASSWORD}", "$API_TOKEN", "%SFTP_PASS%", "${env:APP_SECRET}"]),
        "hash-sha256": rs(64, HEX),
        "uuid": "-".join(rs(n, HEX) for n in (8, 4, 4, 4, 12)),
        "commit-sha": rs(40, HEX),
        "vendor-doc-example": R.choice([j("AKIA", "IOSFODNN7", "EXAMPLE"), j("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY")]),
        "publishable-key": j("pk", "_live_") + rs(24),
        "age-public-recipient": bech32("age", bytes(R.randrange(256) for _ in range(32))),
        "sops-encrypted": "ENC[AES256_GCM,data:" + base64.b64encode(bytes(R.randrange(256) for _ in range(18))).decode() + ",iv:" + base64.b64encode(bytes(R.randrange(256) for _ in range(12))).decode() + ",type:str]",
        "fake-fixture": R.choice(["dummy-token", "fake_secret_for_tests", "not-a-real-key", "test-only-not-secret"]),
        "password-policy": str(R.choice([8, 10, 12, 14, 16])),
        "empty": "",
    }


NEG_NAMES = {
    "placeholder": ["password", "api_key", "token"], "reference-ci": ["db_password", "api_token"],
    "reference-helm": ["password", "auth_token"], "reference-vault": ["db_password", "secret_ref"],
    "reference-env": ["password", "api_token", "client_secret"], "hash-sha256": ["file_checksum", "sha256", "artifact_digest"],
    "uuid": ["tenant_id", "client_id", "correlation_id"], "commit-sha": ["git_commit", "revision", "build_sha"],
    "vendor-doc-example": ["aws_access_key_id", "aws_secret_access_key"], "publishable-key": ["stripe_publishable_key", "pk"],
    "age-public-recipient": ["age_recipient", "sops_age_recipients"],
    "sops-encrypted": ["password", "api_key"], "fake-fixture": ["password", "token"],
    "password-policy": ["password_min_length", "password_max_age_days", "token_ttl_minutes"], "empty": ["password", "api_key"],
}

# ---------------------------------------------------------------- syntaxes
def snake(n):
    return n.lower()


def upper(n):
    return n.upper()


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def pascal(n):
    return "".join(x.title() for x in n.lower().split("_"))


def q(v, c='"'):
    return c + v + c


# name style, entry(name, value) -> list of lines (index of value line), header, footer, family, ext
SYN = {
    "python": (upper, lambda n, v: [f"{n} = {q(v)}"], ["import os", "import logging", "", "log = logging.getLogger(__name__)", ""], ["", "def connect():", "    return None"], "python", "settings.py"),
    "js": (camel, lambda n, v: [f"  {n}: '{v}',"], ["'use strict';", "", "module.exports = {"], ["  retries: 3,", "};"], "javascript", "config.js"),
    "ts": (camel, lambda n, v: [f"export const {n} = \"{v}\";"], ["// generated by ops, edit carefully", ""], [""], "typescript", "secrets.ts"),
    "go": (pascal, lambda n, v: [f"\t{n} = \"{v}\""], ["package config", "", "const ("], [")"], "go", "config.go"),
    "java": (upper, lambda n, v: [f"    private static final String {n} = \"{v}\";"], ["package com.example.batch;", "", "public final class Credentials {"], ["    private Credentials() {}", "}"], "java", "Credentials.java"),
    "csharp": (pascal, lambda n, v: [f"        public const string {n} = \"{v}\";"], ["namespace Ops.Integration", "{", "    internal static class Secrets", "    {"], ["    }", "}"], "csharp", "Secrets.cs"),
    "c": (upper, lambda n, v: [f"#define {n} \"{v}\""], ["#ifndef CREDS_H", "#define CREDS_H", ""], ["", "#endif"], "c", "creds.h"),
    "cpp": (camel, lambda n, v: [f"static const std::string k{n[0].upper() + n[1:]} = \"{v}\";"], ["#include <string>", "", "namespace cfg {"], ["}  // namespace cfg"], "cpp", "config.cpp"),
    "rust": (upper, lambda n, v: [f"pub const {n}: &str = \"{v}\";"], ["// station configuration", ""], [""], "rust", "config.rs"),
    "swift": (camel, lambda n, v: [f"    static let {n} = \"{v}\""], ["import Foundation", "", "enum Config {"], ["}"], "swift", "Config.swift"),
    "kotlin": (camel, lambda n, v: [f"    const val {n.upper()} = \"{v}\""], ["package ops", "", "object Config {"], ["}"], "kotlin", "Config.kt"),
    "scala": (camel, lambda n, v: [f"  val {n} = \"{v}\""], ["package ops", "", "object Settings {"], ["}"], "scala", "Settings.scala"),
    "elixir": (snake, lambda n, v: [f"  {n}: \"{v}\","], ["import Config", "", "config :app, App.Repo,"], ["  pool_size: 10"], "elixir", "config/prod.exs"),
    "perl": (snake, lambda n, v: [f"my ${n} = '{v}';"], ["#!/usr/bin/perl", "use strict;", "use warnings;", ""], ["", "1;"], "perl", "lib/Config.pm"),
    "lua": (snake, lambda n, v: [f"  {n} = \"{v}\","], ["local M = {"], ["}", "return M"], "lua", "conf.lua"),
    "r": (snake, lambda n, v: [f"{n} <- \"{v}\""], ["library(DBI)", ""], [""], "r", "R/creds.R"),
    "julia": (upper, lambda n, v: [f"const {n} = \"{v}\""], ["module Conf", ""], ["", "end"], "julia", "src/Conf.jl"),
    "groovy": (camel, lambda n, v: [f"def {n} = '{v}'"], ["// Jenkins helper", ""], [""], "groovy", "vars/deployHelper.groovy"),
    "objc": (camel, lambda n, v: [f"static NSString * const k{n[0].upper() + n[1:]} = @\"{v}\";"], ["#import <Foundation/Foundation.h>", ""], [""], "objective-c", "Config.m"),
    "dart": (camel, lambda n, v: [f"const {n} = '{v}';"], ["// app config", ""], [""], "dart", "lib/config.dart"),
    "php": (snake, lambda n, v: [f"define('{n.upper()}', '{v}');"], ["<?php", ""], [""], "php", "config.inc.php"),
    "ruby": (upper, lambda n, v: [f"{n} = '{v}'.freeze"], ["# frozen_string_literal: true", "", "module Settings"], ["end"], "ruby", "config/settings.rb"),
    "yaml": (snake, lambda n, v: [f"  {n}: {v}" if R.random() < .5 else f"  {n}: \"{v}\""], ["app:", "  env: production"], ["  timeout: 30"], "yaml", "config/app.yml"),
    "yaml-above": (snake, lambda n, v: [f"  - name: {n}", f"    value: \"{v}\""], ["env:"], ["  - name: LOG_LEVEL", "    value: info"], "yaml", "deploy/env.yaml"),
    "json": (camel, lambda n, v: [f"  \"{n}\": \"{v}\","], ["{"], ["  \"version\": 2", "}"], "json", "appsettings.json"),
    "toml": (snake, lambda n, v: [f"{n} = \"{v}\""], ["[service]", "name = \"svc\""], [""], "toml", "config.toml"),
    "ini": (snake, lambda n, v: [f"{n} = {v}" if R.random() < .5 else f"{n}={v}"], ["[default]", "host = 10.20.0.15"], [""], "ini", "conf/app.ini"),
    "properties": (lambda n: n.lower().replace("_", "."), lambda n, v: [f"{n}={v}"], ["# Spring batch", "spring.main.banner-mode=off"], [""], "properties", "src/main/resources/application.properties"),
    "xml": (pascal, lambda n, v: [f"    <add key=\"{n}\" value=\"{v}\" />"], ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<configuration>", "  <appSettings>"], ["  </appSettings>", "</configuration>"], "xml", "App.config"),
    "plist": (pascal, lambda n, v: [f"\t<key>{n}</key>", f"\t<string>{v}</string>"], ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<plist version=\"1.0\">", "<dict>"], ["</dict>", "</plist>"], "plist", "Settings.plist"),
    "hcl": (snake, lambda n, v: [f"  {n} = \"{v}\""], ["provider \"vault\" {}", "", "locals {"], ["}"], "hcl", "main.tf"),
    "dotenv": (upper, lambda n, v: [f"{n}={v}"], ["# local overrides", "APP_ENV=production"], [""], "dotenv", ".env"),
    "shell": (upper, lambda n, v: [f"export {n}=\"{v}\""], ["#!/usr/bin/env bash", "set -euo pipefail", ""], ["", "exec /opt/app/bin/run \"$@\""], "shell", "scripts/env.sh"),
    "powershell": (upper, lambda n, v: [f"$env:{n} = '{v}'"], ["# deploy helper", "$ErrorActionPreference = 'Stop'"], ["Start-Service AppSvc"], "powershell", "deploy.ps1"),
    "batch": (upper, lambda n, v: [f"set {n}={v}"], ["@echo off", "setlocal"], ["call run.cmd", "endlocal"], "batch", "run_job.bat"),
    "dockerfile": (upper, lambda n, v: [f"ENV {n}={v}"], ["FROM eclipse-temurin:17-jre", "WORKDIR /app"], ["COPY app.jar .", "CMD [\"java\", \"-jar\", \"app.jar\"]"], "dockerfile", "Dockerfile"),
    "compose": (upper, lambda n, v: [f"      {n}: \"{v}\""], ["services:", "  app:", "    image: registry.local/app:1.4", "    environment:"], ["    ports:", "      - \"8080:8080\""], "docker-compose", "docker-compose.yml"),
    "k8s": (snake, lambda n, v: [f"  {n}: {v}"], ["apiVersion: v1", "kind: Secret", "metadata:", "  name: app-secrets", "type: Opaque", "stringData:"], [""], "kubernetes", "k8s/secret.yaml"),
    "systemd": (upper, lambda n, v: [f"Environment=\"{n}={v}\""], ["[Unit]", "Description=worker", "", "[Service]"], ["ExecStart=/opt/worker/bin/worker", "", "[Install]", "WantedBy=multi-user.target"], "systemd", "deploy/worker.service"),
    "crontab": (upper, lambda n, v: [f"15 2 * * * {n}='{v}' /opt/jobs/nightly.sh >> /var/log/nightly.log 2>&1"], ["# m h dom mon dow command", "MAILTO=ops@example.org"], [""], "crontab", "ops/crontab"),
    "makefile": (upper, lambda n, v: [f"{n} ?= {v}"], ["SHELL := /bin/bash", ""], ["", "deploy:", "\t./deploy.sh"], "makefile", "Makefile"),
    "sql": (snake, lambda n, v: [f"ALTER ROLE svc_{n.split('_')[0]} WITH LOGIN PASSWORD '{v}';"], ["-- bootstrap roles", "BEGIN;"], ["COMMIT;"], "sql", "db/roles.sql"),
    "markdown": (snake, lambda n, v: [f"| {n} | `{v}` |"], ["# Runbook", "", "| setting | value |", "|---|---|"], ["", "Ask #ops before rotating."], "markdown", "docs/RUNBOOK.md"),
    "curl": (lambda n: n.replace("_", "-").title(), lambda n, v: [f"curl -sS -H \"X-{n}: {v}\" https://api.internal.example/v1/status"], ["#!/bin/sh", "# smoke test"], [""], "http", "smoke.sh"),
    "nginx": (snake, lambda n, v: [f"    set ${n} \"{v}\";"], ["server {", "    listen 443 ssl;", "    server_name app.internal;"], ["    location / { proxy_pass http://app; }", "}"], "conf", "nginx/app.conf"),
    "netrc": (snake, lambda n, v: [f"machine files{R.randint(1, 9)}.example.net login svc password {v}"], [], [], "credential-file", ".netrc"),
}

TLDS = ["org", "net", "internal", "lan"]


class Repo:
    def __init__(self, name):
        self.name, self.files, self.labels = name, {}, []

    def add(self, path, lines, crlf=False):
        self.files[path] = (lines, crlf)


def labelled_file(repo, syn, pos_items, neg_items, crlf=False, path=None):
    style, entry, head, foot, fam, default = SYN[syn]
    lines = list(head)
    items = [(True,) + p for p in pos_items] + [(False,) + n for n in neg_items]
    R.shuffle(items)
    labs = []
    for it in items:
        positive, kind, provider, ctx, name, value = it
        if R.random() < .5:
            lines.append(filler(syn))
        ent = entry(style(name), value)
        lines.extend(ent)
        labs.append(dict(line=len(lines), value=value, positive=positive, kind=kind, provider=provider, context_only=ctx, family=fam))
    if syn in ENVLOOK:
        nm = R.choice(["db_password", "api_token", "sftp_password", "client_secret", "signing_key"])
        en = nm.upper()
        lines.append(ENVLOOK[syn].format(n=style(nm), e=en))
        labs.append(dict(line=len(lines), value=en, positive=False, kind="env-lookup", provider="none", context_only=False, family=fam))
    lines.extend(foot)
    p = path or default
    repo.add(p, lines, crlf)
    for l in labs:
        l["path"] = repo.name + "/" + p
        repo.labels.append(l)


# environment look-ups in each language: the secret's name and an env var, never a value
ENVLOOK = {
    "python": '{n} = os.environ["{e}"]', "js": "  {n}: process.env.{e},", "ts": "export const {n} = process.env.{e} ?? \"\";",
    "go": '\t{n}Env = "{e}" // read with os.Getenv', "java": '    private static final String {n} = System.getenv("{e}");',
    "csharp": '        public static readonly string {n} = Environment.GetEnvironmentVariable("{e}");',
    "c": "/* {n}: getenv(\"{e}\") at startup */", "cpp": 'static const char* k{n} = std::getenv("{e}");',
    "rust": 'pub fn {n}() -> String {{ std::env::var("{e}").unwrap_or_default() }}',
    "swift": '    static let {n} = ProcessInfo.processInfo.environment["{e}"] ?? ""',
    "kotlin": '    val {n}: String = System.getenv("{e}") ?: ""', "scala": '  val {n} = sys.env.getOrElse("{e}", "")',
    "elixir": '  {n}: System.get_env("{e}"),', "perl": "my ${n} = $ENV{{{e}}};", "lua": '  {n} = os.getenv("{e}"),',
    "r": '{n} <- Sys.getenv("{e}")', "julia": 'const {n} = get(ENV, "{e}", "")', "groovy": "def {n} = System.getenv('{e}')",
    "objc": 'static NSString *k{n}Env = @"{e}"; // NSProcessInfo environment', "dart": "final {n} = Platform.environment['{e}'];",
    "php": "${n} = getenv('{e}');", "ruby": "{n} = ENV.fetch('{e}')", "powershell": "${n} = $env:{e}",
    "batch": "set {n}=%{e}%", "shell": 'export {n}="${{{e}:?}}"', "dockerfile": "ARG {e}", "makefile": "{n} ?= $({e})",
    "compose": "      {n}: ${{{e}}}", "systemd": "EnvironmentFile=/etc/default/{e}", "hcl": '  {n} = var.{e}',
    "yaml": "  {n}: ${{{e}}}", "toml": '{n} = "${{{e}}}"', "properties": "{n}=${{{e}}}", "xml": '    <add key="{n}" value="%{e}%" />',
}

FILL = {"python": "TIMEOUT = 30", "yaml": "  retries: 3", "json": "  \"enabled\": true,", "ini": "port = 5432",
        "shell": "LOG_DIR=/var/log/app", "go": "\tMaxConns = 16", "java": "    private static final int BATCH = 500;"}


def filler(syn):
    return FILL.get(syn, {"xml": "    <add key=\"Region\" value=\"eu-1\" />", "plist": "\t<key>Build</key><string>42</string>",
                          "markdown": "| region | eu-west |", "sql": "-- see ticket OPS-1182", "batch": "rem nightly"}.get(syn, ""))


def pos_item(kinds_pool):
    if R.random() < .32:
        kind = R.choice(sorted(CONTEXT))
        gen, names = CONTEXT[kind]
        return (kind, {"aws-secret-access-key": "aws", "twilio-auth-token": "twilio"}.get(kind, "generic"), True, R.choice(names), gen())
    kind = R.choice(kinds_pool)
    prov, gen = VENDOR[kind]
    return (kind, prov, False, R.choice(VENDOR_NAMES[kind]), gen())


NAMELESS_OK = ("placeholder", "reference-ci", "reference-helm", "reference-vault", "reference-env", "vendor-doc-example", "sops-encrypted", "empty")


def neg_item(nameless=False):
    """nameless: the syntax drops the name (SQL role passwords, .netrc), so only values that are
    non-secret by themselves make honest negatives there"""
    vals = neg_values()
    kind = R.choice(NAMELESS_OK if nameless else sorted(vals))
    return (kind, "none", False, R.choice(NEG_NAMES[kind]), vals[kind])


def pem_file(repo, path, label, kind):
    body = base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([600, 900])))).decode()
    lines = ["-----BEGIN " + label + "-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END " + label + "-----"]
    repo.add(path, lines)
    repo.labels.append(dict(path=repo.name + "/" + path, line=1, value=lines[0], positive=True, kind=kind, provider="generic", context_only=False, family="pem"))


def special_files(repo, idx):
    """credential files, DB URLs, public key negatives"""
    user = R.choice(["svc_batch", "etl", "app", "deploy", "reporter"])
    pw = pw_random()
    host = "db%d.%s" % (R.randint(1, 9), R.choice(TLDS))
    which = idx % 5
    if which == 0:
        repo.add(".pgpass", [f"{host}:5432:prod:{user}:{pw}"])
        repo.labels.append(dict(path=repo.name + "/.pgpass", line=1, value=pw, positive=True, kind="pgpass-password", provider="generic", context_only=True, family="credential-file"))
    elif which == 1:
        repo.add(".my.cnf", ["[client]", f"user={user}", f"password=\"{pw}\"", f"host={host}"])
        repo.labels.append(dict(path=repo.name + "/.my.cnf", line=3, value=pw, positive=True, kind="mysql-client-password", provider="generic", context_only=True, family="credential-file"))
    elif which == 2:
        tok = gh_classic("p")
        repo.add(".git-credentials", [f"https://{user}:{tok}@github.com"])
        repo.labels.append(dict(path=repo.name + "/.git-credentials", line=1, value=tok, positive=True, kind="github-pat-classic", provider="github", context_only=False, family="credential-file"))
    elif which == 3:
        repo.add(".pypirc", ["[distutils]", "index-servers = internal", "", "[internal]", "repository = https://pypi.internal.example/simple", f"username = {user}", f"password = {pw}"])
        repo.labels.append(dict(path=repo.name + "/.pypirc", line=7, value=pw, positive=True, kind="pypirc-password", provider="generic", context_only=True, family="credential-file"))
    else:
        auth = base64.b64encode(f"{user}:{pw}".encode()).decode()
        repo.add(".docker/config.json", ["{", "  \"auths\": {", "    \"registry.internal.example\": {", f"      \"auth\": \"{auth}\"", "    }", "  }", "}"])
        repo.labels.append(dict(path=repo.name + "/.docker/config.json", line=4, value=auth, positive=True, kind="docker-config-auth", provider="generic", context_only=True, family="credential-file"))
    # database URL in a yaml
    scheme = R.choice(["postgresql", "mysql", "mongodb", "redis"])
    pw2 = pw_human()
    url = f"{scheme}://{user}:{pw2}@{host}:{ {'postgresql': 5432, 'mysql': 3306, 'mongodb': 27017, 'redis': 6379}[scheme]}/main"
    lines = ["datasource:", "  pool: 8", f"  url: {url}", "  readonly_url: postgresql://reader:${READER_PASSWORD}@" + host + "/main"]
    repo.add("config/datasource.yml", lines)
    repo.labels.append(dict(path=repo.name + "/config/datasource.yml", line=3, value=pw2, positive=True, kind="database-url-password", provider="generic", context_only=False, family="yaml"))
    repo.labels.append(dict(path=repo.name + "/config/datasource.yml", line=4, value="${READER_PASSWORD}", positive=False, kind="reference-env", provider="none", context_only=False, family="yaml"))
    # public key negative
    pub = "ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(R.randrange(256) for _ in range(32))).decode() + " deploy@" + repo.name
    repo.add("deploy/authorized_keys", [pub])
    repo.labels.append(dict(path=repo.name + "/deploy/authorized_keys", line=1, value=pub.split()[1], positive=False, kind="public-key", provider="none", context_only=False, family="credential-file"))



# ---------------------------------------------------------------- extra file shapes (one label set each)
def b64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


def x_gcp_sa():
    # service account key file: cloud.google.com/iam/docs/keys-create-delete (type, project_id, private_key_id, private_key PEM)
    pem = "-----BEGIN " + "PRIVATE KEY-----\\n" + "\\n".join(b64(48) for _ in range(6)) + "\\n-----END " + "PRIVATE KEY-----\\n"
    lines = ["{", '  "type": "service_account",', '  "project_id": "ops-' + rs(6, string.ascii_lowercase) + '",',
             '  "private_key_id": "' + rs(40, HEX) + '",', '  "private_key": "' + pem + '",',
             '  "client_email": "etl@ops.iam.gserviceaccount.com",', '  "client_id": "' + rs(21, string.digits) + '"', "}"]
    return "secrets/gcp-sa.json", lines, [(5, pem[:40], "gcp-service-account-key", "google", False, "json"),
                                            (4, lines[3].split('"')[3], "hash-sha256", "none", False, "json", False)]


def x_azure_conn():
    # Azure Storage connection string: learn.microsoft.com/azure/storage/common/storage-configure-connection-string
    key = b64(64)
    v = "DefaultEndpointsProtocol=https;AccountName=st" + rs(8, string.ascii_lowercase + string.digits) + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net"
    lines = ["{", '  "ConnectionStrings": {', '    "Blob": "' + v + '",', '    "Logs": "UseDevelopmentStorage=true"', "  }", "}"]
    return "appsettings.Production.json", lines, [(3, key, "azure-storage-account-key", "azure", False, "json")]


def x_putty():
    # PuTTY PPK v3: the.earth.li/~sgtatham/putty/latest/htmldoc/AppendixC.html
    lines = ["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: ops@jump", "Public-Lines: 2", b64(48)[:64], b64(12),
             "Private-Lines: 1", b64(36), "Private-MAC: " + rs(64, HEX)]
    return "keys/jump.ppk", lines, [(1, "PuTTY-User-Key-File-3", "putty-private-key", "generic", False, "pem")]


def x_jwk():
    # RFC 7517/7518: RSA private JWK carries d, p, q
    d = base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(128))).rstrip(b"=").decode()
    lines = ["{", '  "kty": "RSA",', '  "kid": "' + rs(8, HEX) + '",', '  "n": "' + base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(64))).rstrip(b"=").decode() + '",',
             '  "e": "AQAB",', '  "d": "' + d + '"', "}"]
    return "config/signing-jwk.json", lines, [(6, d, "jwk-private-key", "generic", False, "json")]


def x_p12():
    # PKCS#12 (RFC 7292) as base64 DER: starts 0x30 0x82 -> "MII"
    v = base64.b64encode(b"\x30\x82\x0a" + bytes(R.randrange(256) for _ in range(180))).decode()
    lines = ["tls:", "  keystore_type: PKCS12", "  keystore_base64: " + v, "  keystore_password_file: /run/secrets/ks"]
    return "config/tls.yml", lines, [(3, v, "pkcs12-base64", "generic", False, "yaml")]


def x_npmrc():
    t = npm_token()
    lines = ["registry=https://registry.npmjs.org/", "//registry.npmjs.org/:_authToken=" + t, "always-auth=true"]
    return ".npmrc", lines, [(2, t, "npm-access-token", "npm", False, "credential-file")]


def x_s3cfg():
    sk = aws_secret()
    lines = ["[default]", "access_key = " + aws_akid(), "host_base = s3.eu-central-1.amazonaws.com", "secret_key = " + sk, "use_https = True"]
    return ".s3cfg", lines, [(2, lines[1].split()[-1], "aws-access-key-id", "aws", False, "credential-file"),
                             (4, sk, "aws-secret-access-key", "aws", True, "credential-file")]


def x_boto():
    sk = aws_secret()
    lines = ["[Credentials]", "aws_access_key_id = " + aws_akid(), "aws_secret_access_key = " + sk, "", "[Boto]", "num_retries = 5"]
    return ".boto", lines, [(2, lines[1].split()[-1], "aws-access-key-id", "aws", False, "credential-file"),
                            (3, sk, "aws-secret-access-key", "aws", True, "credential-file")]


def x_wgetrc():
    pw = pw_random()
    lines = ["# fetch instrument exports", "user = exporter", "password = " + pw, "tries = 3"]
    return ".wgetrc", lines, [(3, pw, "wgetrc-password", "generic", True, "credential-file")]


def x_notebook():
    key = rs(32, HEX)
    src = 'api_key = \\"' + key + '\\"\\n'
    lines = ["{", ' "cells": [', "  {", '   "cell_type": "code",', '   "source": [', '    "import requests\\n",', '    "' + src + '",',
             '    "r = requests.get(URL, params={\\"key\\": api_key})"', "   ]", "  }", " ],", ' "nbformat": 4', "}"]
    return "notebooks/explore.ipynb", lines, [(7, key, "api-key-hex32", "generic", True, "notebook")]


def x_json5():
    v = rs(40)
    lines = ["// renovate/json5 style config", "{", "  service: 'gateway',", "  apiSecret: '" + v + "',", "  retries: 4,", "}"]
    return "config/gateway.json5", lines, [(4, v, "api-key-alnum40", "generic", True, "json5")]


def x_rst():
    pw = pw_human()
    lines = ["Operations", "==========", "", "=============  ==================", "setting        value", "=============  ==================",
             "host           db-ops.internal", "password       " + pw, "=============  =================="]
    return "docs/operations.rst", lines, [(8, pw, "password-human", "generic", True, "restructuredtext")]


def x_adoc():
    tok = rs(48, ALNUM)
    lines = ["= Integration notes", "", "[source,bash]", "----", "curl -H 'Authorization: Bearer " + tok + "' https://partner.example.net/api/v2/feeds", "----"]
    return "docs/integration.adoc", lines, [(5, tok, "bearer-token-http", "generic", True, "asciidoc")]


def x_httpie_query():
    k = rs(32, HEX)
    t = rs(40)
    lines = ["#!/bin/sh", "http GET https://feeds.example.org/v1/export Authorization:\"Token " + t + "\"",
             "wget -q \"https://reports.example.org/api/export.csv?api_key=" + k + "&day=$(date +%F)\""]
    return "scripts/pull.sh", lines, [(2, t, "bearer-token-http", "generic", True, "http"), (3, k, "api-key-query-param", "generic", True, "http")]


def x_kubeconfig():
    ck = base64.b64encode(("-----BEGIN " + "RSA PRIVATE KEY-----\n" + b64(300) + "\n-----END RSA PRIVATE KEY-----\n").encode()).decode()
    tok = rs(48, ALNUM)
    lines = ["apiVersion: v1", "kind: Config", "clusters:", "- cluster:", "    server: https://10.0.0.1:6443", "  name: plant", "users:",
             "- name: admin", "  user:", "    client-key-data: " + ck, "- name: ci", "  user:", "    token: " + tok]
    return "kube/config", lines, [(10, ck, "kubeconfig-client-key-data", "kubernetes", False, "kubernetes"),
                                  (13, tok, "kubeconfig-user-token", "kubernetes", True, "kubernetes")]


def x_haproxy():
    pw = pw_random()
    lines = ["global", "    log /dev/log local0", "", "userlist stats_users", "    user admin insecure-password " + pw, "", "listen stats", "    bind :8404"]
    return "haproxy/haproxy.cfg", lines, [(5, pw, "haproxy-insecure-password", "generic", True, "conf")]


def x_pgbouncer():
    pw = pw_random()
    lines = ['"pgbouncer_admin" "' + pw + '"', '"stats" "md5' + rs(32, HEX) + '"']
    return "pgbouncer/userlist.txt", lines, [(1, pw, "pgbouncer-plain-password", "generic", True, "conf"),
                                             (2, lines[1].split('"')[3], "password-hash", "none", False, "conf", False)]


def x_sasl():
    pw = pw_human()
    lines = ["# postmap /etc/postfix/sasl_passwd", "[smtp.relay.example.net]:587 relay@example.org:" + pw]
    return "postfix/sasl_passwd", lines, [(2, pw, "postfix-sasl-password", "generic", True, "conf")]


def x_helm():
    pw = pw_random()
    lines = ["image:", "  tag: 2.3.1", "postgresql:", "  auth:", "    username: mes", "    password: " + pw, "    existingSecret: \"\"",
             "redis:", "  password: \"{{ .Values.global.redisPassword }}\""]
    return "chart/values-prod.yaml", lines, [(6, pw, "password-random", "generic", True, "helm"),
                                             (9, "{{ .Values.global.redisPassword }}", "reference-helm", "none", False, "helm", False)]


def x_gitlab_ci():
    lines = ["deploy:", "  script:", "    - ./deploy.sh", "  variables:", "    DEPLOY_TOKEN: $CI_DEPLOY_TOKEN",
             "    PASSWORD_MIN_LENGTH: \"12\"", "    IMAGE_DIGEST: sha256:" + rs(64, HEX)]
    return ".gitlab-ci.yml", lines, [(5, "$CI_DEPLOY_TOKEN", "reference-env", "none", False, "yaml", False),
                                     (6, "12", "password-policy", "none", False, "yaml", False),
                                     (7, lines[6].split(":")[-1], "hash-sha256", "none", False, "yaml", False)]


def x_lockfile():
    integ = "sha512-" + b64(64)
    lines = ["{", '  "lockfileVersion": 3,', '  "packages": {', '    "node_modules/left-pad": {', '      "version": "1.3.0",',
             '      "integrity": "' + integ + '"', "    }", "  }", "}"]
    return "package-lock.json", lines, [(6, integ, "lockfile-integrity", "none", False, "json", False)]


def x_sealed():
    enc = "Ag" + b64(180).replace("=", "")
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: db", "spec:", "  encryptedData:", "    password: " + enc]
    return "k8s/sealed-db.yaml", lines, [(7, enc, "sealed-secret", "none", False, "kubernetes", False)]


def x_vault_ansible():
    lines = ["db_password: !vault |", "  $ANSIBLE_VAULT;1.1;AES256", "  " + rs(64, string.digits + "abcdef"), "  " + rs(64, string.digits + "abcdef")]
    return "group_vars/prod.yml", lines, [(2, "$ANSIBLE_VAULT", "ansible-vault", "none", False, "yaml", False)]


def x_img():
    v = "data:image/png;base64," + b64(120)
    lines = ["const LOGO = \"" + v + "\";", "export default LOGO;"]
    return "src/logo.js", lines, [(1, v, "base64-image", "none", False, "javascript", False)]


EXTRA = [x_gcp_sa, x_azure_conn, x_putty, x_jwk, x_p12, x_npmrc, x_s3cfg, x_boto, x_wgetrc, x_notebook, x_json5, x_rst, x_adoc,
         x_httpie_query, x_kubeconfig, x_haproxy, x_pgbouncer, x_sasl, x_helm, x_gitlab_ci, x_lockfile, x_sealed, x_vault_ansible, x_img]


def extra_files(repo, idx):
    for k in range(5):
        fn = EXTRA[(idx * 5 + k) % len(EXTRA)]
        path, lines, labs = fn()
        if path in repo.files:
            continue
        repo.add(path, lines)
        for lab in labs:
            line, value, kind, prov, ctx, fam = lab[:6]
            positive = lab[6] if len(lab) > 6 else True
            repo.labels.append(dict(path=repo.name + "/" + path, line=line, value=value, positive=positive, kind=kind,
                                    provider=prov, context_only=ctx, family=fam))


REPOS = [
    ("insurance-policy-admin", ["java", "properties", "xml", "sql", "markdown"], "RSA PRIVATE KEY"),
    ("bank-core-batch", ["python", "shell", "crontab", "ini", "java"], "PGP PRIVATE KEY BLOCK"),
    ("airport-ops-acars", ["c", "cpp", "yaml", "systemd", "dotenv"], None),
    ("pacs-dicom-router", ["csharp", "json", "xml", "powershell", "batch"], "PRIVATE KEY"),
    ("pharmacy-lab-middleware", ["csharp", "ini", "sql", "batch", "go"], None),
    ("mes-historian", ["python", "json", "yaml", "powershell", "toml"], "EC PRIVATE KEY"),
    ("wms-robotics", ["go", "rust", "k8s", "compose", "yaml-above"], None),
    ("loyalty-giftcard-api", ["ts", "js", "dotenv", "compose", "curl"], None),
    ("casino-compliance", ["java", "scala", "properties", "k8s", "markdown"], "OPENSSH PRIVATE KEY"),
    ("municipal-permits", ["php", "ruby", "dotenv", "nginx", "sql"], None),
    ("court-efiling", ["csharp", "kotlin", "xml", "json", "powershell"], "ENCRYPTED PRIVATE KEY"),
    ("research-computing-portal", ["python", "perl", "shell", "netrc", "hcl"], None),
    ("ground-station-pipeline", ["rust", "c", "toml", "systemd", "crontab"], "RSA PRIVATE KEY"),
    ("cylc-weather-hpc", ["python", "shell", "makefile", "ini", "julia"], None),
    ("sequencing-core", ["r", "python", "yaml", "netrc", "groovy"], None),
    ("cat-tools-agency", ["csharp", "js", "json", "batch", "xml"], None),
    ("publishing-onix", ["perl", "ruby", "yaml", "crontab", "lua"], "PRIVATE KEY"),
    ("vfx-render-farm", ["python", "cpp", "lua", "ini", "dockerfile"], None),
    ("music-label-royalties", ["elixir", "dart", "toml", "hcl", "sql"], None),
    ("sports-club-turnstile", ["swift", "objc", "plist", "kotlin", "c"], "EC PRIVATE KEY"),
    ("intl-codebase", ["python", "php", "yaml", "properties", "js", "java"], None),
    ("shared-hosting-dump", ["php", "perl", "ini", "shell", "sql"], "RSA PRIVATE KEY"),
]


def main():
    global R
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args()
    R = random.Random(a.seed)
    repos_dir = os.path.join(a.corpus, "repos")
    shutil.rmtree(repos_dir, ignore_errors=True)   # a fresh tree each run: no stale files from older seeds
    os.makedirs(repos_dir, exist_ok=True)
    vendor_kinds = sorted(VENDOR)
    all_labels = []
    for idx, (name, syns, pem) in enumerate(REPOS):
        repo = Repo(name)
        for si, syn in enumerate(syns):
            npos = R.randint(3, 4)
            nneg = R.randint(4, 5)
            pos = []
            for _ in range(npos):
                it = pos_item(vendor_kinds)
                if name == "intl-codebase" and it[2]:
                    kind, prov, ctx, _n, v = it
                    it = ("password-localized", prov, ctx, R.choice(CONTEXT["password-localized"][1]), pw_random())
                pos.append(it)
            negs = [neg_item(syn in ("sql", "netrc")) for _ in range(nneg)]
            if syn in ("sql", "netrc"):   # these hold passwords, not vendor tokens
                pos = [p if p[2] else ("password-random", "generic", True, "password", pw_random()) for p in pos]
            labelled_file(repo, syn, pos, negs, crlf=syn in ("batch", "powershell") or (syn == "xml" and idx % 2 == 0))
        special_files(repo, idx)
        extra_files(repo, idx)
        if pem:
            kind = {"RSA PRIVATE KEY": "private-key-rsa-pem", "PRIVATE KEY": "private-key-pkcs8", "EC PRIVATE KEY": "private-key-ec",
                    "OPENSSH PRIVATE KEY": "private-key-openssh", "PGP PRIVATE KEY BLOCK": "pgp-private-key", "ENCRYPTED PRIVATE KEY": "private-key-pkcs8-encrypted"}[pem]
            pem_file(repo, "keys/" + R.choice(["sftp_id", "signing", "partner", "server"]) + ".key", pem, kind)
        for path, (lines, crlf) in repo.files.items():
            full = os.path.join(repos_dir, name, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", newline="") as f:
                f.write(("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n"))
        all_labels.extend(repo.labels)
    # self-check: every label's line holds its value (labels with empty values hold the name's line)
    seen = set()
    for l in all_labels:
        with open(os.path.join(repos_dir, l["path"]), newline="") as f:
            line = f.read().replace("\r\n", "\n").split("\n")[l["line"] - 1]
        assert l["value"] in line, (l["path"], l["line"])
        assert (l["path"], l["line"]) not in seen, l["path"]
        seen.add((l["path"], l["line"]))
    with open(os.path.join(a.corpus, "labels.jsonl"), "w") as f:
        for l in all_labels:
            f.write(json.dumps({k: l[k] for k in ("path", "line", "positive", "kind", "provider", "context_only", "family")}) + "\n")
    with open(os.path.join(a.corpus, "meta.json"), "w") as f:
        json.dump({"seed": a.seed, "generator": "benches/blind16/generate.py"}, f)
    pos = [l for l in all_labels if l["positive"]]
    print(f"{len(REPOS)} repos, {len(pos)} positives ({sum(l['context_only'] for l in pos)} context-only, "
          f"{len({l['kind'] for l in pos})} kinds), {len(all_labels) - len(pos)} negatives, "
          f"{len({l['family'] for l in pos})} families")


if __name__ == "__main__":
    main()
