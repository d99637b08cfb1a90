#!/usr/bin/env python3
"""Fifteenth blind corpus: an organisation sweep of ~22 repositories (energy/EV charging, connected cars,
backend-as-a-service, headless commerce, speech AI, KYC, tax, delivery, K-12, gym/church, practice
software, embedded BI, browser-testing clouds, private registries, device admin, security tool APIs,
password managers, WebRTC, docs platforms, CDPs, labelling/chaos/load testing, platform infra).

    generate.py CORPUS [--seed N]

Writes CORPUS/repos/<repo>/..., CORPUS/labels.jsonl (score.py's format) and CORPUS/meta.json, then checks
that every labelled line holds its value. Stdlib only; every secret is generated at run time.
"""
import argparse
import base64
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from keys import Gen, j, AL, UP, LO, DG, HX, URLSAFE  # noqa: E402
from corpus import Corpus, render, ref  # noqa: E402

G = None  # Gen, set in main


# ----------------------------------------------------------------------------- kinds
# kind -> (provider, context_only, generator)
def K():
    g = G
    return {
        # vendor formats (sources next to each generator in keys.py)
        "aws-access-key-id": ("aws", False, g.aws_akid),
        "aws-sts-access-key-id": ("aws", False, lambda: g.aws_akid(temp=True)),
        "github-pat-classic": ("github", False, lambda: g.github("p")),
        "github-oauth-token": ("github", False, lambda: g.github("o")),
        "github-app-token": ("github", False, lambda: g.github("s")),
        "github-refresh-token": ("github", False, lambda: g.github("r")),
        "github-fine-grained-pat": ("github", False, g.github_fine),
        "gitlab-pat": ("gitlab", False, g.gitlab_pat),
        "npm-token": ("npm", False, g.npm),
        "pypi-token": ("pypi", False, g.pypi),
        "docker-hub-pat": ("docker", False, g.docker_pat),
        "slack-bot-token": ("slack", False, lambda: g.slack("b")),
        "slack-user-token": ("slack", False, lambda: g.slack("p")),
        "slack-app-token": ("slack", False, g.slack_app),
        "slack-webhook-url": ("slack", False, g.slack_webhook),
        "stripe-secret-key": ("stripe", False, g.stripe),
        "stripe-restricted-key": ("stripe", False, lambda: g.stripe(True)),
        "huggingface-token": ("huggingface", False, g.hf),
        "openai-project-key": ("openai", False, g.openai),
        "anthropic-api-key": ("anthropic", False, g.anthropic),
        "groq-api-key": ("groq", False, g.groq),
        "replicate-api-token": ("replicate", False, g.replicate),
        "google-api-key": ("google", False, g.google_api),
        "octopus-energy-api-key": ("octopus-energy", False, g.octopus),
        "deepl-free-auth-key": ("deepl", False, g.deepl_free),
        "persona-api-key": ("persona", False, g.persona),
        "tailscale-auth-key": ("tailscale", False, lambda: g.tailscale("auth")),
        "tailscale-api-key": ("tailscale", False, lambda: g.tailscale("api")),
        "tailscale-oauth-client-secret": ("tailscale", False, lambda: g.tailscale("client")),
        "sentry-user-token": ("sentry", False, g.sentry_user),
        "sendgrid-api-key": ("sendgrid", False, g.sendgrid),
        "shopify-access-token": ("shopify", False, lambda: g.shopify("at")),
        "shopify-custom-app-token": ("shopify", False, lambda: g.shopify("ca")),
        "shopify-app-secret": ("shopify", False, lambda: g.shopify("ss")),
        "grafana-service-account-token": ("grafana", False, g.grafana_sa),
        # context-only: found by name or surroundings only
        "generic-password": ("generic", True, g.password),
        "generic-secret": ("generic", True, lambda: g.token_alnum(40)),
        "generic-api-key": ("generic", True, lambda: g.token_alnum(32)),
        "generic-token": ("generic", True, lambda: g.b64(30, urlsafe=True, pad=False)),
        "jwt-signing-secret": ("generic", True, lambda: g.b64(48)),
        "encryption-key-hex": ("generic", True, lambda: g.hexs(64)),
        "webhook-signing-secret": ("generic", True, lambda: g.hexs(40)),
        "aws-secret-access-key": ("aws", True, g.aws_secret),
        "azure-ad-client-secret": ("azure", True, lambda: g.s(AL, 3) + g.s(DG, 1) + "Q~" + g.s(AL + "._-", 34)),
        "azure-storage-account-key": ("azure", True, lambda: g.b64(64)),
        "mistral-api-key": ("mistral", True, lambda: g.token_alnum(32)),
        "cohere-api-key": ("cohere", True, lambda: g.token_alnum(40)),
        "deepgram-api-key": ("deepgram", True, lambda: g.hexs(40)),
        "assemblyai-api-key": ("assemblyai", True, lambda: g.hexs(32)),
        "speechmatics-api-key": ("speechmatics", True, lambda: g.token_alnum(32)),
        "deepl-pro-auth-key": ("deepl", True, g.uuid4),
        "onfido-api-token": ("onfido", True, lambda: g.s(URLSAFE, 44)),
        "veriff-shared-secret": ("veriff", True, g.uuid4),
        "sumsub-secret-key": ("sumsub", True, lambda: g.token_alnum(32)),
        "sumsub-app-token": ("sumsub", True, lambda: g.token_alnum(48)),
        "sift-api-key": ("sift", True, lambda: g.hexs(16)),
        "avalara-license-key": ("avalara", True, lambda: g.s("0123456789ABCDEF", 16)),
        "taxjar-api-token": ("taxjar", True, lambda: g.hexs(32)),
        "keystore-password": ("generic", True, g.password),
        "doordash-signing-secret": ("doordash", True, lambda: g.b64(32, urlsafe=True, pad=False)),
        "uber-direct-client-secret": ("uber", True, lambda: g.s(URLSAFE, 40)),
        "printful-api-token": ("printful", True, lambda: g.token_alnum(40)),
        "powerschool-client-secret": ("powerschool", True, g.uuid4),
        "clever-district-token": ("clever", True, lambda: g.hexs(40)),
        "classlink-oneroster-secret": ("classlink", True, lambda: g.hexs(24)),
        "planning-center-secret": ("planning-center", True, lambda: g.hexs(64)),
        "mindbody-api-key": ("mindbody", True, lambda: g.hexs(32)),
        "smartcar-client-secret": ("smartcar", True, g.uuid4),
        "enphase-api-key": ("enphase", True, lambda: g.hexs(32)),
        "solaredge-api-key": ("solaredge", True, lambda: g.s(UP + DG, 32)),
        "ocpp-authorization-key": ("ocpp", True, lambda: g.hexs(40)),
        "parse-master-key": ("parse", True, lambda: g.token_alnum(40)),
        "appwrite-api-key": ("appwrite", True, lambda: g.hexs(256)),
        "nhost-admin-secret": ("nhost", True, lambda: g.token_alnum(32)),
        "back4app-rest-key": ("back4app", True, lambda: g.token_alnum(40)),
        "commercetools-client-secret": ("commercetools", True, lambda: g.s(URLSAFE, 32)),
        "saleor-app-token": ("saleor", True, lambda: g.token_alnum(30)),
        "bigcommerce-access-token": ("bigcommerce", True, lambda: g.s(LO + DG, 31)),
        "medusa-jwt-secret": ("medusa", True, lambda: g.hexs(64)),
        "looker-client-secret": ("looker", True, lambda: g.token_alnum(24)),
        "tableau-pat-secret": ("tableau", True, lambda: g.b64(16) + ":" + g.token_alnum(32)),
        "browserstack-access-key": ("browserstack", True, lambda: g.token_alnum(20)),
        "saucelabs-access-key": ("saucelabs", True, g.uuid4),
        "lambdatest-access-key": ("lambdatest", True, lambda: g.token_alnum(50)),
        "cloudsmith-api-key": ("cloudsmith", True, lambda: g.hexs(40)),
        "gemfury-token": ("gemfury", True, lambda: g.token_alnum(20)),
        "packagecloud-token": ("packagecloud", True, lambda: g.hexs(48)),
        "okta-api-token": ("okta", True, lambda: "00" + g.s(URLSAFE, 40)),
        "onelogin-client-secret": ("onelogin", True, lambda: g.hexs(64)),
        "jumpcloud-api-key": ("jumpcloud", True, lambda: g.hexs(40)),
        "jamf-client-secret": ("jamf", True, lambda: g.s(URLSAFE, 64)),
        "kandji-api-token": ("kandji", True, g.uuid4),
        "crowdstrike-client-secret": ("crowdstrike", True, lambda: g.token_alnum(40)),
        "sentinelone-api-token": ("sentinelone", True, lambda: g.token_alnum(80)),
        "tanium-api-token": ("tanium", True, lambda: g.hexs(64)),
        "rapid7-api-key": ("rapid7", True, g.uuid4),
        "vaultwarden-admin-token": ("vaultwarden", True, lambda: g.b64(48)),
        "gpg-passphrase": ("generic", True, g.password),
        "coturn-static-auth-secret": ("coturn", True, lambda: g.hexs(64)),
        "janus-admin-secret": ("janus", True, lambda: g.token_alnum(24)),
        "readme-api-key": ("readme", True, lambda: g.token_alnum(64)),
        "gitbook-api-token": ("gitbook", True, lambda: g.token_alnum(40)),
        "mintlify-api-key": ("mintlify", True, lambda: g.token_alnum(40)),
        "mparticle-api-secret": ("mparticle", True, lambda: g.s(URLSAFE, 64)),
        "rudderstack-access-token": ("rudderstack", True, lambda: g.token_alnum(27)),
        "segment-public-api-token": ("segment", True, lambda: g.token_alnum(40)),
        "label-studio-legacy-token": ("label-studio", True, lambda: g.hexs(40)),
        "scale-api-key": ("scale", True, lambda: g.hexs(32)),
        "gremlin-api-key": ("gremlin", True, lambda: g.hexs(64)),
        "blazemeter-api-secret": ("blazemeter", True, lambda: g.hexs(64)),
        "cloudflare-api-token": ("cloudflare", True, lambda: g.s(URLSAFE, 40)),
        "datadog-api-key": ("datadog", True, lambda: g.hexs(32)),
        "twilio-auth-token": ("twilio", True, lambda: g.hexs(32)),
        "mailgun-api-key": ("mailgun", True, lambda: g.hexs(32) + "-" + g.hexs(8) + "-" + g.hexs(8)),
        "basic-auth-header": ("generic", True, lambda: base64.b64encode(("svc-" + g.s(LO, 5) + ":" + g.password()).encode()).decode()),
        "django-secret-key": ("django", True, lambda: g.s(LO + DG + "!@#%^&*(-_=+)", 50)),
        "rails-secret-key-base": ("rails", True, lambda: g.hexs(128)),
        "pkcs12-base64": ("generic", True, g.pkcs12_b64),
        "wallet-private-key-hex": ("generic", True, lambda: "0x" + g.hexs(64)),
        # URLs with a password in the userinfo (RFC 3986): structural, not vendor-specific
        "postgres-url": ("generic", False, lambda: g.url("postgresql", "app", "db.internal", 5432, "app")[0]),
        "mysql-url": ("generic", False, lambda: g.url("mysql", "app", "mysql.internal", 3306, "app")[0]),
        "redis-url": ("generic", False, lambda: g.url("redis", "default", "cache.internal", 6379)[0]),
        "mongodb-url": ("generic", False, lambda: g.url("mongodb", "app", "mongo.internal", 27017, "app")[0]),
        "amqp-url": ("generic", False, lambda: g.url("amqp", "app", "mq.internal", 5672, "app")[0]),
    }


KINDS = None


def P(kind, name, value=None):
    prov, ctx, fn = KINDS[kind]
    return (kind, name, value if value is not None else fn(), prov, ctx, True)


def Nv(kind, name, value):
    """a negative with a literal value"""
    return (kind, name, value, "-", False, False)


def Nref(name, syn, kind="env-reference"):
    return (kind, name, ref(syn, name), "REF", False, False)


PLACEHOLDERS = ["your-api-key-here", "changeme", "<TOKEN>", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxx", "********",
                "TODO", "<your-secret>", "insert-token-here", "dummy", "${PLACEHOLDER}", "__SECRET__", "none", "example"]


def ph(name):
    return Nv("placeholder", name, G.r.choice(PLACEHOLDERS))


def neg_hash(name, what="sha256"):
    v = hashlib.sha256(G.rbytes(16)).hexdigest() if what == "sha256" else G.hexs(40)
    return Nv("hash-checksum" if what == "sha256" else "commit-sha", name, v)


def neg_uuid(name):
    return Nv("public-identifier", name, G.uuid4())


def neg_policy(name, v):
    return Nv("password-policy", name, v)


def aws_example():
    return j("AK", "IA", "IOSFODNN7", "EXAMPLE"), j("wJalrXUtnFEMI", "/K7MDENG/bPxRfiCY", "EXAMPLEKEY")


def fresh(syn, items):
    """re-render refs for this syntax"""
    out = []
    for it in items:
        if it[3] == "REF":
            out.append(Nref(it[1], syn, it[0]))
        else:
            out.append(it)
    return out


def pem_lines_json(pem):
    return pem.replace("\n", "\\n") + "\\n"


def gcp_sa(f, project, email_user):
    """GCP service-account JSON; label the private_key line"""
    pk = pem_lines_json(G.pkcs8_pem())
    f.l("{", '  "type": "service_account",', f'  "project_id": "{project}",')
    f.n(f'  "private_key_id": "{G.hexs(40)}",', None, "public-identifier")
    f.p(f'  "private_key": "{pk}",', pk, "gcp-service-account-key", "gcp")
    f.l(f'  "client_email": "{email_user}@{project}.iam.gserviceaccount.com",', f'  "client_id": "{G.s(DG, 21)}",',
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}")


def put(f, fmt, kind, value=None):
    prov, ctx, fn = KINDS[kind]
    v = value if value is not None else fn()
    f.p(fmt.format(v=v), v, kind, prov, ctx)
    return v


def putn(f, fmt, kind, value):
    f.n(fmt.format(v=value), value, kind)


def URL(kind, scheme, user, host, port, db=""):
    u, _pw = G.url(scheme, user, host, port, db)
    return (kind, "database_url" if "redis" not in scheme else "redis_url", u, "generic", False, True)


# ============================================================================= repositories
def r_ev_charging(c):
    R = "ev-charging-csms/"
    f = c.file(R + ".env", "dotenv")
    f.l("# central system, production", "CSMS_BIND=0.0.0.0:9000")
    f.deck([P("octopus-energy-api-key", "octopus_api_key"), P("enphase-api-key", "enphase_api_key"), neg_uuid("enphase_system_id"),
            P("solaredge-api-key", "solaredge_api_key"), URL("postgres-url", "postgresql", "csms", "db.internal", 5432, "csms"),
            ph("octopus_account_number"), Nref("mqtt_password", "dotenv"), P("generic-password", "mqtt_password")])
    f = c.file(R + "csms/settings.py", "python")
    f.l('"""Settings for the OCPP 1.6J / 2.0.1 central system."""', "import os", "")
    f.deck([P("ocpp-authorization-key", "ocpp_basic_auth_key"), Nref("octopus_api_key", "python"),
            neg_policy("ocpp_min_key_length", "16"), P("jwt-signing-secret", "jwt_secret"), Nv("secret-name-only", "secret_fields", '("ocpp_basic_auth_key", "jwt_secret")'),
            P("redis-url", "redis_url", G.url("redis", "default", "cache.internal", 6379)[0])])
    f = c.file(R + "config/charge_points.toml", "toml")
    f.l("# one table per charge point; AuthorizationKey is set by SetVariables on first boot", "")
    for i in range(4):
        f.l("[[charge_point]]", f'id = "CP-{G.s(DG, 5)}"', f'vendor = "{G.r.choice(["ABB", "Alfen", "Wallbox", "Kempower"])}"')
        if i == 2:
            putn(f, 'authorization_key = "{v}"', "placeholder", "0000000000000000")
        else:
            put(f, 'authorization_key = "{v}"', "ocpp-authorization-key")
        f.l(f"max_power_kw = {G.r.choice([11, 22, 50, 150])}", "")
    f = c.file(R + "meter-gateway/src/main.rs", "rust")
    f.l("use std::time::Duration;", "", "// SMGW (smart meter gateway) HAN interface client", "")
    f.deck([P("generic-password", "smgw_han_password"), Nref("smgw_han_password", "rust"), P("generic-token", "tariff_api_token"),
            ph("mqtt_password")])
    f.l("", "fn main() {", "    let poll = Duration::from_secs(15);", '    println!("polling every {:?}", poll);', "}")
    f = c.file(R + "deploy/docker-compose.yml", "compose")
    f.l("services:", "  csms:", "    image: registry.example.org/csms:2.4.1", "    environment:")
    f.deck([P("generic-password", "postgres_password"), Nref("octopus_api_key", "compose"), P("solaredge-api-key", "solaredge_api_key"),
            Nv("publishable-key", "grafana_public_dashboard_token", G.hexs(32))])
    f.l("    ports:", '      - "9000:9000"')
    f = c.file(R + "README.md", "markdown")
    f.l("# CSMS", "", "Environment:", "", "| variable | example | notes |", "|---|---|---|")
    f.n("| `OCTOPUS_API_KEY` | `sk_live_...` | from the Octopus dashboard, Developer settings |", j("sk", "_live_..."), "placeholder")
    f.n("| `ENPHASE_API_KEY` | `<32 hex>` | |", "<32 hex>", "placeholder")
    f.l("", "Charge points authenticate with HTTP Basic (OCPP security profile 1/2).")


def r_connected_cars(c):
    R = "fleet-connected-cars/"
    f = c.file(R + "src/main/resources/application.yml", "yaml")
    f.l("spring:", "  application:", "    name: fleet-telemetry", "smartcar:")
    f.indent = "  "
    f.deck([P("smartcar-client-secret", "client_secret"), neg_uuid("client_id"), Nv("public-identifier", "redirect_uri", "https://fleet.example.org/callback"),
            P("generic-secret", "webhook_verification_token")])
    f.indent = ""
    f.l("oem:", "  telematics:")
    f.indent = "    "
    f.deck([P("generic-password", "mqtt_password"), Nref("oem_api_secret", "yaml"), P("generic-api-key", "oem_api_key")])
    f = c.file(R + "src/main/kotlin/org/fleet/SmartcarClient.kt", "kotlin")
    f.l("package org.fleet", "", "import okhttp3.OkHttpClient", "", "object SmartcarConfig {")
    f.deck([P("smartcar-client-secret", "smartcar_client_secret"), Nref("smartcar_client_secret", "kotlin"), ph("management_api_token"),
            P("generic-token", "management_api_token")])
    f.l("}")
    f = c.file(R + "ingest/src/main/scala/fleet/Ingest.scala", "scala")
    f.l("package fleet", "", "object IngestConfig {")
    f.deck([P("generic-password", "kafka_sasl_password"), Nref("kafka_sasl_password", "scala"), P("aws-secret-access-key", "aws_secret_access_key"),
            P("aws-access-key-id", "aws_access_key_id"), Nv("hash-checksum", "schema_fingerprint", hashlib.sha256(G.rbytes(8)).hexdigest())])
    f.l("}")
    f = c.file(R + "ingest/src/main/resources/application.conf", "hocon")
    f.l("ingest {", '  topic = "vehicle-telemetry"')
    f.deck([P("generic-password", "schema_registry_password"), Nref("schema_registry_password", "hocon"), P("datadog-api-key", "datadog_api_key")])
    f.l("}")
    f = c.file(R + "ios/FleetApp/Secrets.swift", "swift")
    f.l("import Foundation", "", "enum Secrets {")
    f.deck([P("generic-api-key", "backend_api_key"), Nref("backend_api_key", "swift"), Nv("publishable-key", "maps_publishable_key", "pk." + G.b64(45, urlsafe=True, pad=False))])
    f.l("}")


def r_baas(c):
    R = "baas-selfhost/"
    f = c.file(R + "parse-server/config.js", "js")
    f.l("module.exports = {", "  appId: 'fleet-prod',", "  databaseURI: process.env.DATABASE_URI,")
    put(f, "  masterKey: '{v}',", "parse-master-key")
    putn(f, "  readOnlyMasterKey: {v},", "env-reference", "process.env.PARSE_READONLY_MASTER_KEY")
    putn(f, "  javascriptKey: '{v}',", "publishable-key", G.token_alnum(40))
    put(f, "  restAPIKey: '{v}',", "back4app-rest-key")
    f.l("  serverURL: 'https://parse.example.org/parse',", "  push: {", "    android: {")
    put(f, "      apiKey: '{v}',", "google-api-key")
    f.l("    },", "  },", "};")
    f = c.file(R + "appwrite/.env", "dotenv")
    f.l("_APP_ENV=production", "_APP_DOMAIN=appwrite.example.org")
    f.deck([P("generic-secret", "_app_openssl_key_v1"), P("generic-password", "_app_db_pass"), P("generic-password", "_app_db_root_pass"),
            Nv("placeholder", "_app_executor_secret", "your-secret-key"), P("appwrite-api-key", "appwrite_api_key"),
            neg_policy("_app_password_min_length", "12")])
    f = c.file(R + "pocketbase/pb_hooks/main.pb.go", "go")
    f.l("package main", "", "import (", '\t"log"', '\t"os"', ")", "", "var (")
    f.deck([P("generic-password", "superuser_password"), Nref("superuser_password", "go"), P("sendgrid-api-key", "smtp_password")], spacing=False)
    f.l(")", "", "func main() {", '\tlog.Println("hooks loaded", os.Getpid())', "}")
    f = c.file(R + "nhost/nhost.toml", "toml")
    f.l("[global]", "[hasura]", 'version = "v2.36.0"')
    f.deck([P("nhost-admin-secret", "admin_secret"), Nv("secret-manager-reference", "webhook_secret", "{{ secrets.NHOST_WEBHOOK_SECRET }}"),
            P("jwt-signing-secret", "jwt_secret_key")])
    f = c.file(R + "ios/Back4AppDemo/AppDelegate.m", "objc")
    f.l("#import \"AppDelegate.h\"", "#import <Parse/Parse.h>", "")
    f.deck([P("back4app-rest-key", "parse_client_key"), Nv("public-identifier", "parse_application_id", G.token_alnum(40)), Nref("parse_master_key", "objc")], spacing=False)
    f.l("", "@implementation AppDelegate", "@end")


def r_commerce(c):
    R = "headless-commerce/"
    f = c.file(R + "saleor/saleor/settings_local.py", "python")
    f.l("from .settings import *  # noqa", "")
    f.deck([P("django-secret-key", "secret_key"), URL("postgres-url", "postgres", "saleor", "pg.internal", 5432, "saleor"),
            P("saleor-app-token", "saleor_app_token"), Nref("email_url", "python"), neg_policy("password_min_length", "10"),
            P("stripe-restricted-key", "stripe_api_key"), Nv("publishable-key", "stripe_public_key", G.stripe_pk())])
    f = c.file(R + "medusa/medusa-config.ts", "ts")
    f.alt = 1
    f.l("import { loadEnv, defineConfig } from '@medusajs/framework/utils'", "", "export default defineConfig({", "  projectConfig: {")
    f.deck([P("medusa-jwt-secret", "jwt_secret"), P("generic-secret", "cookie_secret"), Nref("database_url", "ts"),
            P("stripe-secret-key", "stripe_api_key"), ph("store_cors")])
    f.l("  },", "})")
    f = c.file(R + "vendure/src/vendure-config.ts", "ts")
    f.l("import { VendureConfig } from '@vendure/core';", "", "export const config: VendureConfig = {", "  authOptions: {", "    superadminCredentials: {", "      identifier: 'superadmin',")
    put(f, "      password: '{v}',", "generic-password")
    f.l("    },")
    putn(f, "    cookieOptions: {{ secret: {v} }},", "env-reference", "process.env.COOKIE_SECRET")
    f.l("  },", "};")
    f = c.file(R + "commercetools/.ct-client.json", "json")
    f.l("{", '  "projectKey": "storefront-prod",')
    f.deck([neg_uuid("client_id"), P("commercetools-client-secret", "client_secret"), Nv("placeholder", "scope", "manage_project:storefront-prod")], spacing=False)
    f.l('  "authUrl": "https://auth.europe-west1.gcp.commercetools.com"', "}")
    f = c.file(R + "bigcommerce/app/config.php", "php")
    f.l("<?php", "", "return [")
    f.deck([P("bigcommerce-access-token", "bc_access_token"), Nv("public-identifier", "store_hash", G.s(LO + DG, 10)), P("generic-secret", "bc_client_secret"),
            Nref("bc_client_secret", "php"), P("shopify-access-token", "shopify_admin_token"), P("shopify-app-secret", "shopify_api_secret")], spacing=False)
    f.l("];")
    f = c.file(R + "storefront/package-lock.json", "json", family="lockfile")
    f.l("{", '  "name": "storefront",', '  "lockfileVersion": 3,', '  "packages": {')
    pkgs = [("@medusajs/js-sdk", "2.4.0"), ("@stripe/stripe-js", "4.8.0"), ("next", "14.2.15")]
    for i, (pkg, ver) in enumerate(pkgs):
        f.l(f'    "node_modules/{pkg}": {{', f'      "version": "{ver}",', f'      "resolved": "https://registry.npmjs.org/{pkg}/-/{pkg.split("/")[-1]}-{ver}.tgz",')
        v = "sha512-" + G.b64(64)
        f.n(f'      "integrity": "{v}"', v, "lockfile-integrity")
        f.l("    }" + ("," if i < len(pkgs) - 1 else ""))
    f.l("  }", "}")


def r_speech(c):
    R = "speech-translate-svc/"
    f = c.file(R + "config/runtime.exs", "elixir")
    f.l("import Config", "", "config :transcriber, Transcriber.Providers,")
    f.deck([P("deepgram-api-key", "deepgram_api_key"), P("assemblyai-api-key", "assemblyai_api_key"), Nref("speechmatics_api_key", "elixir"),
            P("speechmatics-api-key", "speechmatics_key"), P("deepl-free-auth-key", "deepl_auth_key")], spacing=False)
    f.l('  region: "eu"')
    f = c.file(R + "worker/translate.go", "go")
    f.l("package worker", "", "import \"os\"", "", "var (")
    f.deck([P("deepl-pro-auth-key", "deepl_auth_key"), Nref("deepl_auth_key", "go"), P("openai-project-key", "openai_api_key"),
            P("anthropic-api-key", "anthropic_api_key")], spacing=False)
    f.l(")")
    f.n("\texampleKey = \"" + j("279a2e9d-83b3-c416-7e2d-f721593e42a0", ":fx") + "\" // from the DeepL docs", j("279a2e9d-83b3-c416-7e2d-f721593e42a0", ":fx"), "vendor-example-key")
    f = c.file(R + "eval/wer_report.jl", "julia")
    f.l("using HTTP, JSON3", "")
    f.deck([P("deepgram-api-key", "deepgram_key"), Nref("assemblyai_key", "julia"), P("mistral-api-key", "mistral_api_key"), P("cohere-api-key", "cohere_api_key")])
    f = c.file(R + "notebooks/compare_providers.ipynb", "notebook")
    f.l("{", ' "cells": [', '  {', '   "cell_type": "code",', '   "metadata": {},', '   "source": [', '    "import requests\\n",')
    f.deck([P("groq-api-key", "groq_api_key"), P("huggingface-token", "hf_token"), Nref("openai_api_key", "notebook"), P("replicate-api-token", "replicate_api_token")], spacing=False)
    f.l('    "print(\'ready\')"', "   ],", '   "outputs": [],', '   "execution_count": 3', "  }", " ],", ' "nbformat": 4,', ' "nbformat_minor": 5', "}")
    f = c.file(R + ".env.example", "dotenv")
    f.deck([ph("deepgram_api_key"), ph("assemblyai_api_key"), Nv("placeholder", "groq_api_key", j("gs", "k_your_key_here")),
            Nv("placeholder", "replicate_api_token", j("r", "8_", "x" * 12)), ph("deepl_auth_key")], spacing=False)


def r_kyc(c):
    R = "kyc-fraud-checks/"
    f = c.file(R + "config/initializers/kyc.rb", "ruby")
    f.l("Rails.application.configure do")
    f.deck([P("persona-api-key", "persona_api_key"), P("onfido-api-token", "onfido_api_token"), P("veriff-shared-secret", "veriff_shared_secret"),
            neg_uuid("veriff_api_key_id"), Nref("sift_api_key", "ruby"), P("sift-api-key", "sift_api_key")])
    f.l("end")
    f = c.file(R + "config/credentials/staging.yml", "yaml")
    f.l("# decrypted copy for debugging -- do not commit (committed anyway)", "sumsub:")
    f.indent = "  "
    f.deck([P("sumsub-app-token", "app_token"), P("sumsub-secret-key", "secret_key")])
    f.indent = ""
    f.l("onfido:")
    f.indent = "  "
    f.deck([P("onfido-api-token", "api_token"), P("webhook-signing-secret", "webhook_token")])
    f = c.file(R + "services/risk/src/main/java/org/kyc/RiskClient.java", "java")
    f.l("package org.kyc;", "", "public final class RiskClient {")
    f.deck([P("sift-api-key", "sift_beacon_key"), Nref("sift_api_key", "java"), P("generic-password", "sftp_password"), ph("persona_template_id")])
    f.l("}")
    f = c.file(R + "spec/fixtures/webhooks.json", "json")
    f.l("{")
    f.n('  "fake_secret": "test_not_a_real_secret_0000",', "test_not_a_real_secret_0000", "fake-fixture")
    f.n('  "persona_api_key": "' + j("persona_", "sandbox_", "x" * 24) + '",', j("persona_", "sandbox_", "x" * 24), "placeholder")
    f.n('  "applicant_id": "' + G.uuid4() + '",', None, "public-identifier")
    f.l('  "status": "approved"', "}")
    f = c.file(R + "docs/integrations.md", "markdown")
    f.l("# KYC vendors", "", "Staging credentials (rotate after the pilot):", "", "| name | value | where |", "|---|---|---|")
    f.deck([P("onfido-api-token", "onfido_api_token"), P("sumsub-app-token", "sumsub_app_token")], spacing=False)
    f.l("", "Onfido expects `Authorization: Token token=<API_TOKEN>`.")
    f.n("Example: `curl -H 'Authorization: Token token=<your-api-token>' https://api.eu.onfido.com/v3.6/applicants`", "<your-api-token>", "placeholder")


def r_tax(c):
    R = "tax-einvoicing/"
    f = c.file(R + "src/Tax.Api/appsettings.Production.json", "json")
    f.l("{", '  "Avalara": {', '    "AccountId": "2000' + G.s(DG, 6) + '",')
    put(f, '    "LicenseKey": "{v}",', "avalara-license-key")
    f.l('    "Environment": "production"', "  },", '  "TaxJar": {')
    put(f, '    "ApiToken": "{v}"', "taxjar-api-token")
    f.l("  },", '  "ConnectionStrings": {')
    pw = G.password()
    v = f"Server=tcp:sql-tax.database.windows.net,1433;Database=tax;User ID=taxapp;Password={pw};Encrypt=True;"
    f.p(f'    "Tax": "{v}"', pw, "generic-password", "generic", ctx=True)
    f.l("  },", '  "AzureAd": {')
    f.n('    "TenantId": "' + G.uuid4() + '",', None, "public-identifier")
    put(f, '    "ClientSecret": "{v}"', "azure-ad-client-secret")
    f.l("  }", "}")
    f = c.file(R + "src/Tax.Api/TaxService.cs", "csharp")
    f.l("namespace Tax.Api", "{", "    public static class TaxDefaults", "    {")
    f.deck([P("taxjar-api-token", "taxjar_sandbox_token"), Nref("taxjar_api_token", "csharp"), neg_policy("min_secret_length", "24")])
    f.l("    }", "}")
    f = c.file(R + "peppol-ap/src/main/resources/phase4.properties", "properties")
    f.l("# PEPPOL access point (phase4)", "phase4.endpoint.address=https://ap.example.org/as4")
    f.deck([P("keystore-password", "org_apache_wss4j_crypto_merlin_keystore_password"), P("keystore-password", "org_apache_wss4j_crypto_merlin_keystore_private_password"),
            Nv("public-identifier", "peppol_seat_id", "PDE" + G.s(DG, 6)), P("pkcs12-base64", "peppol_keystore_base64"), Nref("smp_password", "properties")])
    f = c.file(R + "peppol-ap/certs/ap-signing.key", None, family="pem-file")
    f.block(G.rsa_pem(), "rsa-private-key", "generic")
    f = c.file(R + "peppol-ap/certs/ap-signing.crt", None, family="pem-file")
    f.block(G.cert_pem(), "certificate", "-", positive=False)


def r_delivery(c):
    R = "delivery-pod/"
    f = c.file(R + "src/lib/doordash.ts", "ts")
    f.l("import jwt from 'jsonwebtoken';", "", "// DoorDash Drive: JWT signed with the developer's signing secret", "export const dd = {")
    f.deck([neg_uuid("developer_id"), neg_uuid("key_id"), P("doordash-signing-secret", "signing_secret")], spacing=False)
    f.l("};")
    f = c.file(R + "src/lib/uber.ts", "ts")
    f.l("export const uberDirect = {")
    f.deck([Nv("public-identifier", "client_id", G.s(URLSAFE, 32)), P("uber-direct-client-secret", "client_secret"), Nv("public-identifier", "customer_id", G.uuid4())], spacing=False)
    f.l("};")
    f = c.file(R + "printful/sync.php", "php")
    f.alt = 1
    f.l("<?php", "require __DIR__ . '/vendor/autoload.php';", "")
    f.deck([P("printful-api-token", "printful_token"), Nref("printful_token", "php"), P("stripe-secret-key", "stripe_secret"), P("mysql-url", "database_url", G.url("mysql", "pod", "127.0.0.1", 3306, "pod")[0])])
    f = c.file(R + ".github/workflows/deploy.yml", "ci")
    f.l("name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:")
    f.indent = "      "
    f.deck([Nref("doordash_signing_secret", "ci"), Nref("printful_token", "ci"), P("docker-hub-pat", "docker_password"), P("slack-webhook-url", "slack_webhook_url")])
    f.indent = ""
    f.l("    steps:", "      - uses: actions/checkout@v4", "      - run: npm ci && npm run build")
    f = c.file(R + ".env.local", "dotenv")
    f.deck([P("doordash-signing-secret", "doordash_signing_secret"), P("uber-direct-client-secret", "uber_client_secret"), P("sendgrid-api-key", "sendgrid_api_key"),
            ph("twilio_auth_token"), P("twilio-auth-token", "twilio_auth_token"), Nv("public-identifier", "twilio_account_sid", "AC" + G.hexs(32))])


def r_k12(c):
    R = "k12-rostering/"
    f = c.file(R + "plugin/plugin.xml", "xml")
    f.l('<?xml version="1.0" encoding="UTF-8"?>', '<plugin xmlns="http://plugin.powerschool.pearson.com" name="Roster Sync" version="3.2">',
        '  <oauth/>', '  <publisher name="District IT">', '    <contact email="it@district.example"/>', '  </publisher>', '  <settings>')
    f.deck([P("powerschool-client-secret", "client_secret"), neg_uuid("client_id"), ph("sftp_password")], spacing=False)
    f.l('  </settings>', '</plugin>')
    f = c.file(R + "scripts/clever_sync.pl", "perl")
    f.l("#!/usr/bin/perl", "use strict;", "use warnings;", "use LWP::UserAgent;", "")
    f.deck([P("clever-district-token", "district_token"), Nref("district_token", "perl"), P("generic-password", "sis_db_password"),
            P("classlink-oneroster-secret", "oneroster_secret"), Nv("public-identifier", "oneroster_key", G.hexs(24))])
    f.l("", "my $ua = LWP::UserAgent->new(timeout => 30);")
    f = c.file(R + "cron/roster.crontab", "crontab")
    f.l("SHELL=/bin/bash", "MAILTO=it-alerts@district.example")
    f.deck([P("clever-district-token", "clever_token"), Nref("clever_token", "crontab"), P("generic-password", "ps_db_password")])
    f = c.file(R + "sql/grants.sql", "sql")
    f.l("-- read-only roster user for the reporting server", "CREATE ROLE roster_ro;")
    pw = G.password()
    f.p(f"CREATE USER roster_sync IDENTIFIED BY '{pw}';", pw, "generic-password", "generic", ctx=True)
    pw = G.password()
    f.p(f"ALTER USER reporting WITH PASSWORD '{pw}';", pw, "generic-password", "generic", ctx=True)
    f.n("ALTER USER legacy WITH PASSWORD 'md5" + G.hexs(32) + "';", None, "password-hash")
    f.l("GRANT SELECT ON ALL TABLES IN SCHEMA roster TO roster_ro;")
    f.deck([P("classlink-oneroster-secret", "classlink_secret"), Nv("password-policy", "password_expiry_days", "90")], spacing=False)


def r_gym(c):
    R = "gym-church-mgmt/"
    f = c.file(R + "lib/src/config.dart", "dart")
    f.l("class AppConfig {")
    f.deck([P("mindbody-api-key", "mindbody_api_key"), Nv("public-identifier", "mindbody_site_id", "-99"), P("generic-password", "mindbody_staff_password"),
            Nref("planning_center_secret", "dart")])
    f.l("}")
    f = c.file(R + "reports/attendance.R", "r")
    f.l("library(httr2)", "library(dplyr)", "")
    f.deck([P("planning-center-secret", "pco_secret"), Nv("public-identifier", "pco_app_id", G.hexs(64)), P("generic-password", "smtp_password"), Nref("pco_secret", "r")])
    f.l("", "resp <- request('https://api.planningcenteronline.com/people/v2/people') |> req_perform()")
    f = c.file(R + "gateway/nginx/access.lua", "lua")
    f.alt = 0
    f.l("-- OpenResty access phase: sign requests to the check-in kiosk API")
    f.deck([P("generic-secret", "kiosk_hmac_secret"), Nref("kiosk_hmac_secret", "lua"), P("mindbody-api-key", "api_key")])
    f = c.file(R + "gateway/nginx/conf.d/checkin.conf", "conf")
    f.l("server {", "    listen 443 ssl;", "    server_name checkin.example.org;", "    location /api/ {", "        proxy_pass https://api.mindbodyonline.com/public/v6/;")
    put(f, '        proxy_set_header Api-Key "{v}";', "mindbody-api-key")
    putn(f, '        proxy_set_header SiteId "{v}";', "public-identifier", "-99")
    f.l("    }", "}")


def r_practice(c):
    R = "practice-mgmt-bridge/"
    f = c.file(R + "bridge/src/imaging_bridge.cpp", "cpp")
    f.l('#include <string>', '#include "bridge.h"', "", "namespace bridge {")
    f.deck([P("generic-password", "pms_db_password"), Nref("pms_db_password", "cpp"), P("generic-api-key", "imaging_api_key")])
    f.l("}  // namespace bridge")
    f = c.file(R + "bridge/src/hl7_listener.c", "c")
    f.l("#include <stdio.h>", "#include <stdlib.h>", "")
    f.deck([P("generic-password", "hl7_mllp_password"), Nref("hl7_mllp_password", "c"), neg_policy("max_login_attempts", "5")])
    f = c.file(R + "clinic/DentalSync.ini", "ini", crlf=True)
    f.l("[Database]", "Server=DENTSRV01\\SQLEXPRESS", "Database=Dentrix", "User=dtxsync")
    f.deck([P("generic-password", "password")], spacing=False)
    f.l("", "[VetCloud]", "BaseUrl=https://api.vetcloud.example/v2")
    f.deck([P("generic-api-key", "api_key"), neg_uuid("clinic_guid"), ph("webhook_secret")], spacing=False)
    f = c.file(R + "clinic/install.bat", "batch", crlf=True)
    f.l("@echo off", "setlocal", "REM installs the imaging bridge as a service")
    f.deck([P("generic-password", "svc_password"), Nref("svc_password", "batch")])
    pw = G.password()
    netuse = "net " + "use"
    f.p(netuse + f" Z: \\\\imgsrv\\xrays /user:CLINIC\\bridge {pw} /persistent:yes", pw, "generic-password", "generic", ctx=True)
    f.l("sc.exe create ImagingBridge binPath= \"C:\\Bridge\\bridge.exe\" start= auto")
    f = c.file(R + "clinic/Bridge.exe.config", "xml", crlf=True)
    f.l('<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>")
    for it in [P("generic-password", "smtp_password"), P("generic-api-key", "reminder_api_key"), Nv("placeholder", "fax_api_key", "REPLACE_ME")]:
        f.item(it, alt=1)
    f.l("  </appSettings>", "  <connectionStrings>")
    pw = G.password()
    f.p(f'    <add name="Pms" connectionString="Data Source=DENTSRV01;Initial Catalog=Dentrix;User Id=dtxsync;Password={pw};" />', pw, "generic-password", "generic", ctx=True)
    f.n('    <add name="Local" connectionString="Data Source=.;Integrated Security=SSPI;Password=;" />', "Integrated Security=SSPI", "placeholder")
    f.l("  </connectionStrings>", "</configuration>")


def r_bi(c):
    R = "embedded-bi/"
    f = c.file(R + "looker/looker.ini", "ini")
    f.l("[Looker]", "base_url=https://analytics.example.org:19999", "verify_ssl=True")
    f.deck([Nv("public-identifier", "client_id", G.token_alnum(20)), P("looker-client-secret", "client_secret")], spacing=False)
    f.l("", "[Looker_staging]", "base_url=https://looker-staging.example.org:19999")
    f.deck([Nv("public-identifier", "client_id", G.token_alnum(20)), Nref("looker_client_secret", "ini")], spacing=False)
    f = c.file(R + "tableau/publish.ps1", "powershell")
    f.l("# publishes workbooks to Tableau Server with a PAT", "param([string]$Site = 'finance')")
    f.deck([Nv("public-identifier", "pat_name", "ci-publisher"), P("tableau-pat-secret", "pat_secret"), Nref("tableau_pat_secret", "powershell")])
    pw = G.password()
    f.p(f"$cred = New-Object PSCredential('svc-tableau', (ConvertTo-SecureString '{pw}' -AsPlainText -Force))", pw, "generic-password", "generic", ctx=True)
    f.l("tabcmd login -s https://tableau.example.org --token-name $PatName --token-value $PatSecret")
    f = c.file(R + "powerbi/embed/server.js", "js")
    f.l("const msal = require('@azure/msal-node');", "", "const config = {", "  auth: {")
    f.n("    clientId: '" + G.uuid4() + "',", None, "public-identifier")
    put(f, "    clientSecret: '{v}',", "azure-ad-client-secret")
    f.n("    authority: 'https://login.microsoftonline.com/" + G.uuid4() + "',", None, "public-identifier")
    f.l("  },", "};")
    f.deck([Nref("powerbi_workspace_id", "js"), P("generic-token", "embed_proxy_token")])
    f = c.file(R + "notebooks/kpi_extract.ipynb", "notebook")
    f.l("{", ' "cells": [', "  {", '   "cell_type": "code",', '   "metadata": {},', '   "source": [')
    f.deck([P("looker-client-secret", "looker_client_secret"), P("generic-password", "warehouse_password"),
            Nref("looker_client_secret", "notebook")], spacing=False)
    f.l('    "df.head()"', "   ],", '   "outputs": [', "    {", '     "output_type": "stream",', '     "name": "stdout",', '     "text": [')
    tok = G.token_alnum(32)
    f.p(f'      "access_token: {tok}\\n"', tok, "generic-token", "generic", ctx=True)
    f.l("     ]", "    }", "   ],", '   "execution_count": 7', "  }", " ],", ' "nbformat": 4,', ' "nbformat_minor": 5', "}")


def r_browser_test(c):
    R = "e2e-browser-cloud/"
    f = c.file(R + "wdio.conf.js", "js")
    f.alt = 1
    f.l("exports.config = {")
    f.deck([Nv("public-identifier", "user", "qa_" + G.s(LO, 8)), P("browserstack-access-key", "key")], spacing=False)
    f.l("  services: ['browserstack'],", "  capabilities: [{ browserName: 'chrome' }],", "};")
    f = c.file(R + "conftest.py", "python")
    f.l("import pytest", "from selenium import webdriver", "")
    f.deck([P("saucelabs-access-key", "sauce_access_key"), Nv("public-identifier", "sauce_username", "oauth-qa-" + G.s(LO, 5)), Nref("sauce_access_key", "python")])
    u, pw = "qa-team", G.token_alnum(50)
    f.p(f'LT_HUB = "https://{u}:{pw}@hub.lambdatest.com/wd/hub"', pw, "lambdatest-access-key", "lambdatest", ctx=True)
    f = c.file(R + "Jenkinsfile", "groovy")
    f.alt = 1
    f.l("pipeline {", "  agent any", "  environment {")
    f.deck([Nref("browserstack_access_key", "groovy"), P("lambdatest-access-key", "lt_access_key")], spacing=False)
    f.l("  }", "  stages {", "    stage('e2e') {", "      steps {", "        sh 'npx wdio run wdio.conf.js'", "      }", "    }", "  }", "}")
    f = c.file(R + "src/test/resources/sauce.properties", "properties")
    f.deck([P("saucelabs-access-key", "sauce_access_key"), Nv("public-identifier", "sauce_username", "qa-bot"), ph("browserstack_key")])
    f = c.file(R + ".gitlab-ci.yml", "ci")
    f.l("e2e:", "  image: node:20", "  variables:")
    f.indent = "    "
    f.deck([P("browserstack-access-key", "browserstack_access_key"), Nv("env-reference", "lt_access_key", "$LT_ACCESS_KEY")])
    f.indent = ""
    f.l("  script:", "    - npm ci", "    - npx wdio")
    f = c.file(R + "docs/README.rst", "rst")
    f.l("E2E grid", "========", "", ".. list-table:: Grid credentials (QA only)", "   :header-rows: 1", "", "   * - name", "     - value")
    f.deck([P("browserstack-access-key", "bs_access_key"), Nv("placeholder", "sauce_access_key", "<ask QA>")], spacing=False)


def r_registries(c):
    R = "private-registries/"
    f = c.file(R + ".npmrc", None, family="credential-file")
    f.l("@acme:registry=https://npm.cloudsmith.io/acme/private/", "always-auth=true")
    put(f, "//npm.cloudsmith.io/acme/private/:_authToken={v}", "cloudsmith-api-key")
    put(f, "//registry.npmjs.org/:_authToken={v}", "npm-token")
    putn(f, "//npm.pkg.github.com/:_authToken={v}", "env-reference", "${NODE_AUTH_TOKEN}")
    put(f, "//npm.fury.io/acme/:_authToken={v}", "gemfury-token")
    f = c.file(R + ".pypirc", None, family="credential-file")
    f.l("[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]", "username = __token__")
    put(f, "password = {v}", "pypi-token")
    f.l("", "[internal]", "repository = https://python.cloudsmith.io/acme/private/", "username = ci-bot")
    put(f, "password = {v}", "cloudsmith-api-key")
    f = c.file(R + ".gem/credentials", None, family="credential-file")
    f.l("---")
    put(f, ":gemfury: {v}", "gemfury-token")
    put(f, ":packagecloud: {v}", "packagecloud-token")
    f = c.file(R + "pip.conf", "ini")
    f.l("[global]")
    tok = G.token_alnum(20)
    f.p(f"extra-index-url = https://{tok}:@pypi.fury.io/acme/", tok, "gemfury-token", "gemfury", ctx=True)
    f = c.file(R + "maven/settings.xml", "xml")
    f.l("<settings>", "  <servers>", "    <server>", "      <id>cloudsmith</id>", "      <username>ci-bot</username>")
    put(f, "      <password>{v}</password>", "cloudsmith-api-key")
    f.l("    </server>", "    <server>", "      <id>central</id>", "      <username>${env.MAVEN_USER}</username>")
    putn(f, "      <password>{v}</password>", "env-reference", "${env.MAVEN_PASSWORD}")
    f.l("    </server>", "    <server>", "      <id>legacy</id>")
    putn(f, "      <password>{v}</password>", "encrypted-value", "{" + G.b64(33) + "}")
    f.l("    </server>", "  </servers>", "</settings>")
    f = c.file(R + "verdaccio/htpasswd", None, family="credential-file")
    for u in ["ci", "release", "alice"]:
        v = "$2y$10$" + G.s(AL + "./", 53)
        f.n(f"{u}:{v}", v, "password-hash")
    f = c.file(R + "verdaccio/config.yaml", "yaml")
    f.l("storage: /verdaccio/storage", "auth:", "  htpasswd:", "    file: ./htpasswd", "    max_users: -1", "uplinks:", "  npmjs:", "    url: https://registry.npmjs.org/", "    auth:", "      type: bearer")
    put(f, "      token: {v}", "npm-token")
    f = c.file(R + "docker/config.json", None, family="credential-file")
    auth = base64.b64encode(("ci-bot:" + G.docker_pat()).encode()).decode()
    f.l("{", '  "auths": {', '    "docker.cloudsmith.io": {')
    f.p(f'      "auth": "{auth}"', auth, "docker-config-auth", "docker", ctx=True)
    f.l("    },", '    "https://index.docker.io/v1/": {')
    auth = base64.b64encode(("acmebuild:" + G.password()).encode()).decode()
    f.p(f'      "auth": "{auth}"', auth, "docker-config-auth", "docker", ctx=True)
    f.l("    }", "  },", '  "credsStore": "desktop"', "}")
    f = c.file(R + "Makefile", "makefile")
    f.l(".PHONY: publish", "REGISTRY := https://packagecloud.io/acme/tools")
    f.deck([P("packagecloud-token", "packagecloud_token"), Nref("cloudsmith_api_key", "makefile"), P("github-pat-classic", "gh_token")], spacing=False)
    f.l("", "publish:", "\tpackage_cloud push acme/tools/el/9 dist/*.rpm")


def r_device_admin(c):
    R = "it-device-admin/"
    f = c.file(R + "okta/offboard.ps1", "powershell")
    f.l("# Offboard a user: deactivate in Okta, wipe in Jamf/Kandji", "param([Parameter(Mandatory)][string]$Email)")
    f.deck([P("okta-api-token", "okta_api_token"), Nref("okta_api_token", "powershell"), P("kandji-api-token", "kandji_token")])
    tok = KINDS["okta-api-token"][2]()
    f.p(f'$headers = @{{ Authorization = "SSWS {tok}" }}', tok, "okta-api-token", "okta", ctx=True)
    f = c.file(R + "jamf/enroll.sh", "shell")
    f.l("#!/bin/zsh", "# bootstrap a Mac into Jamf Pro", "set -e")
    f.deck([Nv("public-identifier", "jamf_client_id", G.uuid4()), P("jamf-client-secret", "jamf_client_secret"), Nref("jamf_client_secret", "shell")])
    pw = G.password()
    f.p(f'sudo jamf createAccount -username ladmin -realname "Local Admin" -password "{pw}" -admin', pw, "generic-password", "generic", ctx=True)
    f = c.file(R + "jumpcloud/sync_groups.py", "python")
    f.l("import requests", "")
    f.deck([P("jumpcloud-api-key", "jc_api_key"), Nref("jc_api_key", "python"), P("onelogin-client-secret", "onelogin_client_secret"), Nv("public-identifier", "onelogin_client_id", G.hexs(64))])
    f.l("", "def headers():", '    return {"x-api-key": JC_API_KEY}')
    f = c.file(R + "profiles/WiFi-Corp.mobileconfig", "plist")
    f.l('<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>", "\t<key>PayloadType</key>", "\t<string>com.apple.wifi.managed</string>", "\t<key>SSID_STR</key>", "\t<string>Corp</string>")
    f.deck([P("generic-password", "password"), Nv("public-identifier", "payload_uuid", G.uuid4().upper())], spacing=False)
    f.l("</dict>", "</plist>")
    f = c.file(R + "history/.zsh_history", None, family="shell-history")
    tok = KINDS["jumpcloud-api-key"][2]()
    f.l(": 1761204001:0;cd ~/src/it-device-admin")
    f.p(f": 1761204032:0;curl -s -H 'x-api-key: {tok}' https://console.jumpcloud.com/api/systemusers | jq length", tok, "jumpcloud-api-key", "jumpcloud", ctx=True)
    tok = KINDS["okta-api-token"][2]()
    f.p(f": 1761204090:0;export OKTA_API_TOKEN={tok}", tok, "okta-api-token", "okta", ctx=True)
    f.l(": 1761204101:0;python3 jumpcloud/sync_groups.py --dry-run")
    pw = G.password()
    f.p(f": 1761204188:0;sshpass -p '{pw}' ssh admin@mdm-relay.internal", pw, "generic-password", "generic", ctx=True)
    f.n(": 1761204201:0;export OKTA_API_TOKEN=$(op read op://IT/okta/token)", "op://IT/okta/token", "secret-manager-reference")
    f = c.file(R + "kandji/blueprint.applescript", None, family="applescript")
    f.l('-- sets the local admin password on first boot', 'set adminUser to "ladmin"')
    pw = G.password()
    f.p(f'do shell script "dscl . -passwd /Users/ladmin \'{pw}\'" with administrator privileges', pw, "generic-password", "generic", ctx=True)


def r_secops(c):
    R = "secops-integrations/"
    f = c.file(R + "falcon/collector.go", "go")
    f.l("package falcon", "", "import \"os\"", "", "var (")
    f.deck([Nv("public-identifier", "falcon_client_id", G.hexs(32)), P("crowdstrike-client-secret", "falcon_client_secret"), Nref("falcon_client_secret", "go")], spacing=False)
    f.l(")")
    f = c.file(R + "s1/export_threats.py", "python")
    f.l("import requests", "")
    f.deck([P("sentinelone-api-token", "s1_api_token"), Nref("s1_api_token", "python"), P("rapid7-api-key", "insightvm_api_key")])
    tok = KINDS["sentinelone-api-token"][2]()
    f.p(f'HEADERS = {{"Authorization": "ApiToken {tok}"}}', tok, "sentinelone-api-token", "sentinelone", ctx=True)
    f = c.file(R + "tanium/deploy_package.ps1", "powershell")
    f.l("# pushes the agent package through Tanium Deploy")
    f.deck([P("tanium-api-token", "tanium_token"), Nref("tanium_token", "powershell")])
    tok = KINDS["tanium-api-token"][2]()
    f.p(f"Invoke-RestMethod -Uri https://tanium.example.org/api/v2/session/validate -Headers @{{ session = '{tok}' }}", tok, "tanium-api-token", "tanium", ctx=True)
    f = c.file(R + "terraform/crowdstrike.tf", "hcl")
    f.l('provider "crowdstrike" {', '  cloud = "eu-1"')
    f.indent = "  "
    f.deck([Nv("public-identifier", "client_id", G.hexs(32)), P("crowdstrike-client-secret", "client_secret")], spacing=False)
    f.indent = ""
    f.l("}", "", 'variable "rapid7_api_key" {', "  type      = string", "  sensitive = true")
    f.l("}", "", 'resource "aws_secretsmanager_secret" "s1" {', '  name = "secops/s1-api-token"', "}")
    v = "arn:aws:secretsmanager:eu-west-1:" + G.s(DG, 12) + ":secret:secops/s1-api-token-" + G.s(AL, 6)
    f.n(f'# token lives in {v}', v, "secret-manager-reference")
    f = c.file(R + "terraform/terraform.tfvars", "hcl")
    f.deck([P("rapid7-api-key", "rapid7_api_key"), P("crowdstrike-client-secret", "falcon_client_secret"), P("github-fine-grained-pat", "github_token")], spacing=False)
    f = c.file(R + "rules/hashes.yaml", "yaml")
    f.l("# known-bad file hashes, imported from the threat feed", "iocs:")
    for _ in range(3):
        v = hashlib.sha256(G.rbytes(12)).hexdigest()
        f.n(f"  - sha256: {v}", v, "hash-checksum")
    f.n("  - api_key_hash: " + hashlib.sha1(G.rbytes(12)).hexdigest(), None, "hash-checksum")


def r_passwords(c):
    R = "password-manager-selfhost/"
    f = c.file(R + "vaultwarden/.env", "dotenv")
    f.l("DOMAIN=https://vault.example.org", "SIGNUPS_ALLOWED=false")
    f.deck([P("vaultwarden-admin-token", "admin_token"), P("generic-password", "smtp_password"), Nv("password-policy", "password_iterations", "600000")])
    v = "'$argon2id$v=19$m=65540,t=3,p=4$" + G.b64(32, pad=False) + "$" + G.b64(32, pad=False) + "'"
    f.n("# ADMIN_TOKEN=" + v, v, "password-hash")
    f = c.file(R + "passbolt/config/passbolt.php", "php")
    f.l("<?php", "return [", "    'App' => ['fullBaseUrl' => 'https://passbolt.example.org'],", "    'Datasources' => [", "        'default' => [", "            'username' => 'passbolt',")
    put(f, "            'password' => '{v}',", "generic-password")
    f.l("        ],", "    ],", "    'passbolt' => [", "        'gpg' => [", "            'serverKey' => [")
    f.n("                'fingerprint' => '" + G.hexs(40).upper() + "',", None, "public-identifier")
    put(f, "                'passphrase' => '{v}',", "gpg-passphrase")
    f.l("            ],", "        ],", "    ],", "];")
    f = c.file(R + "passbolt/config/gpg/serverkey_private.asc", None, family="pem-file")
    f.block(G.pgp_private(), "pgp-private-key", "generic")
    f = c.file(R + "passbolt/config/gpg/serverkey.asc", None, family="pem-file")
    pub = base64.b64encode(G.rbytes(600)).decode()
    f.block("\n".join([j("-----BEGIN PGP ", "PUBLIC KEY BLOCK-----"), ""] + [pub[i:i + 64] for i in range(0, len(pub), 64)] + [j("-----END PGP ", "PUBLIC KEY BLOCK-----")]),
            "public-key", "-", positive=False)
    f = c.file(R + "deploy/vaultwarden.service", "systemd")
    f.l("[Unit]", "Description=Vaultwarden", "After=network-online.target", "", "[Service]", "User=vaultwarden")
    f.deck([P("vaultwarden-admin-token", "admin_token"), Nref("database_url", "systemd")], spacing=False)
    f.l("ExecStart=/usr/local/bin/vaultwarden", "", "[Install]", "WantedBy=multi-user.target")
    f = c.file(R + "deploy/docker-compose.yml", "compose")
    f.l("services:", "  passbolt-db:", "    image: mariadb:11", "    environment:")
    f.deck([P("generic-password", "mysql_password"), P("generic-password", "mysql_root_password"), Nref("mysql_password", "compose")])
    f.l("  vaultwarden:", "    image: vaultwarden/server:1.32.0", "    environment:")
    f.deck([Nv("placeholder", "admin_token", "changeme"), Nv("encrypted-value", "smtp_password", "ENC[AES256_GCM,data:" + G.b64(18) + ",iv:" + G.b64(32) + ",tag:" + G.b64(16) + ",type:str]")], spacing=False)


def r_webrtc(c):
    R = "webrtc-turn/"
    f = c.file(R + "coturn/turnserver.conf", "conf")
    f.l("listening-port=3478", "tls-listening-port=5349", "fingerprint", "use-auth-secret")
    put(f, "static-auth-secret={v}", "coturn-static-auth-secret")
    f.l("realm=turn.example.org", "total-quota=300")
    pw = G.password()
    f.p(f"user=monitor:{pw}", pw, "generic-password", "generic", ctx=True)
    f.n("# user=alice:0x" + G.hexs(32), None, "password-hash")
    f.l("cert=/etc/ssl/turn.pem", "pkey=/etc/ssl/turn.key", "no-cli")
    pw = G.password()
    f.p(f"cli-password={pw}", pw, "generic-password", "generic", ctx=True)
    f = c.file(R + "janus/janus.jcfg", "conf")
    f.l("general: {", "\tconfigs_folder = \"/etc/janus\"", "\tdebug_level = 4")
    put(f, '\tadmin_secret = "{v}"', "janus-admin-secret")
    putn(f, '\t#api_secret = "{v}"', "placeholder", "janusrocks")
    f.l("}", "nat: {", '\tstun_server = "stun.l.google.com"', "\tstun_port = 19302")
    put(f, '\tturn_rest_api_key = "{v}"', "generic-api-key")
    f.l("}")
    f = c.file(R + "janus/janus.plugin.videoroom.jcfg", "conf")
    f.l("room-1234: {", '\tdescription = "All hands"')
    put(f, '\tsecret = "{v}"', "generic-password")
    put(f, '\tpin = "{v}"', "generic-password", value=G.s(DG, 8))
    f.l("\tpublishers = 12", "}")
    f = c.file(R + "signaling/turn_creds.c", "c")
    f.l("#include <openssl/hmac.h>", "/* ephemeral TURN credentials (REST API draft) */")
    f.deck([P("coturn-static-auth-secret", "turn_shared_secret"), Nref("turn_shared_secret", "c")])
    f = c.file(R + "nixos/turn.nix", "nix")
    f.l("{ config, pkgs, ... }:", "{", "  services.coturn = {", "    enable = true;", '    realm = "turn.example.org";')
    f.deck([P("coturn-static-auth-secret", "static_auth_secret"), Nref("static_auth_secret", "nix")], spacing=False)
    f.l("  };", "}")
    f = c.file(R + "haproxy/haproxy.cfg", "conf")
    f.l("global", "    log stdout format raw local0", "userlist stats_users")
    pw = G.password()
    f.p(f"    user admin insecure-password {pw}", pw, "generic-password", "generic", ctx=True)
    f.n("    user ops password $6$" + G.s(AL, 16) + "$" + G.s(AL + "./", 86), None, "password-hash")
    f.l("frontend turn_tls", "    bind :443", "    default_backend coturn")


def r_docs(c):
    R = "developer-docs/"
    f = c.file(R + ".github/workflows/rdme.yml", "ci")
    f.l("name: sync docs to ReadMe", "on: [push]", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4")
    tok = KINDS["readme-api-key"][2]()
    f.p(f"      - run: npx rdme openapi upload openapi.yaml --key={tok}", tok, "readme-api-key", "readme", ctx=True)
    f.n("      - run: npx rdme docs ./docs --key=${{ secrets.README_API_KEY }}", "${{ secrets.README_API_KEY }}", "env-reference")
    f = c.file(R + "docs/authentication.md", "markdown")
    f.l("# Authentication", "", "Send your key in the `Authorization` header:", "", "```http", "GET /v1/orders HTTP/1.1", "Host: api.example.org")
    f.n("Authorization: Bearer YOUR_API_KEY", "YOUR_API_KEY", "placeholder")
    f.l("```", "", "Internal staging values (remove before publishing):", "", "| name | value | note |", "|---|---|---|")
    f.deck([P("generic-api-key", "staging_api_key"), P("gitbook-api-token", "gitbook_token")], spacing=False)
    f.l("", "```bash")
    tok = G.github("p")
    f.p(f'curl -H "Authorization: token {tok}" https://api.github.com/repos/acme/docs', tok, "github-pat-classic", "github")
    f.l("```")
    f.n("Example token from the GitHub docs look-alike: `" + j("gh", "p_", "A1bC2dE3fH4iJ5kL6mN7oP8qR9sT0u") + "`", j("gh", "p_", "A1bC2dE3fH4iJ5kL6mN7oP8qR9sT0u"), "documentation-example-key")
    f = c.file(R + "docs/mintlify-deploy.adoc", "adoc")
    f.l("= Deploying the docs", "", "[cols=\"1,2\"]", "|===", "| name | value")
    f.deck([P("mintlify-api-key", "mintlify_api_key"), Nv("placeholder", "gitbook_token", "gb_api_XXXXXXXX")], spacing=False)
    f.l("|===")
    f = c.file(R + "docs/operators.rst", "rst")
    f.l("Operators", "=========", "", ".. list-table::", "   :header-rows: 1", "", "   * - setting", "     - value")
    f.deck([P("generic-password", "db_password"), Nv("password-policy", "password_min_length", "12"), P("sentry-user-token", "sentry_auth_token")], spacing=False)
    f = c.file(R + "requests/orders.http", "http")
    f.l("### list orders", "GET https://staging-api.example.org/v1/orders")
    tok = G.token_alnum(40)
    f.p(f"Authorization: Bearer {tok}", tok, "generic-token", "generic", ctx=True)
    f.l("", "### create a webhook", "POST https://staging-api.example.org/v1/webhooks", "Content-Type: application/json")
    tok = G.token_alnum(32)
    f.p(f"X-Api-Key: {tok}", tok, "generic-api-key", "generic", ctx=True)
    f.l("", '{"url": "https://hooks.example.org/orders"}', "", "### prod (uses the env file)", "GET https://api.example.org/v1/orders")
    f.n("Authorization: Bearer {{prod_token}}", "{{prod_token}}", "env-reference")
    f = c.file(R + "static/img/logo.html", None, family="html")
    v = "data:image/png;base64," + G.b64(120)
    f.n(f'<img alt="logo" src="{v}">', v, "base64-image")
    f = c.file(R + "docs/examples/keys.md", "markdown")
    ak, sk = aws_example()
    f.l("# Examples", "", "```ini", "[default]")
    f.n(f"aws_access_key_id = {ak}", ak, "vendor-example-key")
    f.n(f"aws_secret_access_key = {sk}", sk, "vendor-example-key")
    f.l("```", "")
    v = j("dck", "r_pat_", "124509ugsdjga93")
    f.n(f'Docker Hub: `{{"identifier": "myusername", "secret": "{v}"}}`', v, "vendor-example-key")
    v = j("ts", "key-api-", "abcDEF1CNTRL-091234567890ABCDEF")
    f.n(f"Tailscale: `{v}`", v, "vendor-example-key")
    v = j("AI", "za", "efgh0123456789_-ABCDEFGHIJKLMNOPQRS")
    f.n(f"Google (format illustration): `apiKey={v}`", v, "documentation-example-key")
    f.n("Sentry: `Authorization: Bearer " + j("sntr", "yu_", "YOUR_TOKEN_HERE") + "`", j("sntr", "yu_", "YOUR_TOKEN_HERE"), "placeholder")


def r_cdp(c):
    R = "cdp-pipelines/"
    f = c.file(R + "rudder/workspaceConfig.json5", "json5")
    f.l("{", "  // exported from the RudderStack control plane", "  workspace: 'acme-prod',")
    f.deck([P("rudderstack-access-token", "access_token"), Nv("publishable-key", "write_key", G.token_alnum(27)), P("generic-password", "warehouse_password"),
            P("aws-secret-access-key", "s3_secret_access_key"), P("aws-access-key-id", "s3_access_key_id")], spacing=False)
    f.l("}")
    f = c.file(R + "web/analytics.html", None, family="html")
    f.l("<script>", "!function(){var analytics=window.analytics=window.analytics||[];")
    v = G.token_alnum(32)
    f.n(f'analytics.load("{v}");', v, "publishable-key")
    f.l("analytics.page();", "}();", "</script>")
    f = c.file(R + "jobs/backfill.py", "python")
    f.l("import mparticle", "")
    f.deck([Nv("public-identifier", "mparticle_api_key", "us1-" + G.hexs(32)), P("mparticle-api-secret", "mparticle_api_secret"), P("segment-public-api-token", "segment_public_api_token"),
            Nref("mparticle_api_secret", "python")])
    f = c.file(R + "helm/values-prod.yaml", "helm")
    f.l("replicaCount: 2", "image:", "  repository: registry.example.org/cdp-relay", "  tag: 1.9.3", "secrets:")
    f.indent = "  "
    f.deck([P("rudderstack-access-token", "rudder_token"), P("generic-password", "clickhouse_password"), Nref("mparticle_secret", "helm")])
    f = c.file(R + "helm/templates/secret.yaml", "k8s")
    f.l("apiVersion: v1", "kind: Secret", "metadata:", "  name: cdp-relay", "type: Opaque", "data:")
    v = base64.b64encode(G.token_alnum(40).encode()).decode()
    f.p(f"  segment-token: {v}", v, "k8s-secret-data", "kubernetes", ctx=True)
    f.n("  mparticle-secret: {{ .Values.secrets.mparticleSecret | b64enc }}", "{{ .Values.secrets.mparticleSecret | b64enc }}", "env-reference")
    f = c.file(R + "k8s/deployment.yaml", "k8s")
    f.l("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: cdp-relay", "spec:", "  template:", "    spec:", "      containers:", "        - name: relay", "          env:")
    f.deck([P("segment-public-api-token", "segment_token"), P("generic-password", "kafka_password")], spacing=False)
    f.l("            - name: MP_SECRET", "              valueFrom:", "                secretKeyRef:", "                  name: cdp-relay", "                  key: mparticle-secret")
    f = c.file(R + "k8s/sealed.yaml", "k8s")
    f.l("apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: cdp-relay", "spec:", "  encryptedData:")
    v = "Ag" + G.b64(300)
    f.n(f"    segment-token: {v}", v, "encrypted-value")


def r_labelling(c):
    R = "ml-labelling-chaos/"
    f = c.file(R + "label-studio/.env", "dotenv")
    f.l("LABEL_STUDIO_HOST=https://label.example.org")
    f.deck([P("label-studio-legacy-token", "label_studio_api_key"), P("generic-password", "label_studio_password"), P("django-secret-key", "secret_key")])
    jwt = G.jwt({"token_type": "refresh", "exp": 4102444800, "iat": 1761200000, "jti": G.hexs(32), "user_id": 7})
    f.p(f"LABEL_STUDIO_PAT={jwt}", jwt, "jwt-refresh-token", "label-studio")
    f = c.file(R + "scale/submit_tasks.py", "python")
    f.l("import scaleapi", "")
    f.deck([P("scale-api-key", "scale_api_key"), Nref("scale_api_key", "python"), P("openai-project-key", "openai_api_key"), P("anthropic-api-key", "anthropic_key")])
    f = c.file(R + "chaos/gremlin.yaml", "yaml")
    f.l("gremlin:")
    f.indent = "  "
    f.n("  team_id: " + G.uuid4(), None, "public-identifier")
    f.deck([P("gremlin-api-key", "api_key"), Nv("secret-manager-reference", "team_secret", "vault:secret/data/gremlin#team_secret")])
    f = c.file(R + "load/bzt.yml", "yaml")
    f.l("execution:", "  - executor: jmeter", "    scenario: checkout", "modules:", "  blazemeter:")
    f.indent = "    "
    f.deck([P("blazemeter-api-secret", "token")])
    f = c.file(R + "load/k6-cloud.js", "js")
    f.l("import http from 'k6/http';", "")
    f.deck([P("generic-token", "k6_cloud_token"), Nref("k6_cloud_token", "js")])
    f = c.file(R + "kube/kubeconfig-chaos", None, family="kubeconfig")
    f.l("apiVersion: v1", "kind: Config", "clusters:", "- cluster:", "    server: https://10.40.0.1:6443", "  name: chaos", "users:", "- name: chaos-admin", "  user:")
    v = base64.b64encode(G.rsa_pem().encode()).decode()
    f.p(f"    client-key-data: {v}", v, "k8s-client-key-data", "kubernetes", ctx=False)
    f.l("- name: sa-bot", "  user:")
    tok = G.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "chaos", "sub": "system:serviceaccount:chaos:bot"})
    f.p(f"    token: {tok}", tok, "jwt", "kubernetes")
    f.l("contexts:", "- context: {cluster: chaos, user: chaos-admin}", "  name: chaos")


def r_platform(c):
    R = "platform-infra/"
    f = c.file(R + "gcp/sa-ci-deployer.json", None, family="json")
    gcp_sa(f, "acme-prod-3121", "ci-deployer")
    f = c.file(R + "home/.aws/credentials", "ini", family="credential-file")
    f.l("[default]")
    f.deck([P("aws-access-key-id", "aws_access_key_id"), P("aws-secret-access-key", "aws_secret_access_key")], spacing=False)
    f.l("", "[sts-session]")
    f.deck([P("aws-sts-access-key-id", "aws_access_key_id"), P("aws-secret-access-key", "aws_secret_access_key")], spacing=False)
    f = c.file(R + "home/.netrc", None, family="credential-file")
    pw = G.password()
    f.p(f"machine artifacts.example.org login deploy password {pw}", pw, "generic-password", "generic", ctx=True)
    tok = G.gitlab_pat()
    f.p(f"machine gitlab.example.org login oauth2 password {tok}", tok, "gitlab-pat", "gitlab")
    f = c.file(R + "home/.pgpass", None, family="credential-file")
    for h in ["pg-primary.internal", "pg-replica.internal"]:
        pw = G.password()
        f.p(f"{h}:5432:*:app_rw:{pw}", pw, "generic-password", "generic", ctx=True)
    f = c.file(R + "home/.my.cnf", "ini", family="credential-file")
    f.l("[client]", "user=backup", "host=mysql.internal")
    put(f, "password={v}", "generic-password")
    f = c.file(R + "home/.git-credentials", None, family="credential-file")
    tok = G.github("p")
    f.p(f"https://ci-bot:{tok}@github.com", tok, "github-pat-classic", "github")
    tok = G.gitlab_pat()
    f.p(f"https://oauth2:{tok}@gitlab.example.org", tok, "gitlab-pat", "gitlab")
    f = c.file(R + "home/.config/rclone/rclone.conf", "ini", family="credential-file")
    f.l("[b2-backups]", "type = b2")
    f.n("account = " + G.hexs(12), None, "public-identifier")
    put(f, "key = {v}", "generic-secret", value=G.s(AL, 31))
    f.l("", "[sftp-nas]", "type = sftp", "host = nas.internal", "user = rclone")
    put(f, "pass = {v}", "generic-password", value=G.b64(24, urlsafe=True, pad=False))
    f = c.file(R + "home/.s3cfg", "ini", family="credential-file")
    f.l("[default]")
    put(f, "access_key = {v}", "aws-access-key-id")
    put(f, "secret_key = {v}", "aws-secret-access-key")
    f.l("host_base = s3.amazonaws.com")
    f = c.file(R + "home/.boto", "ini", family="credential-file")
    f.l("[Credentials]")
    put(f, "aws_access_key_id = {v}", "aws-access-key-id")
    put(f, "aws_secret_access_key = {v}", "aws-secret-access-key")
    f = c.file(R + "home/.wgetrc", None, family="credential-file")
    f.l("user = mirror")
    put(f, "password = {v}", "generic-password")
    f = c.file(R + "home/.ssh/id_deploy", None, family="pem-file")
    f.block(G.openssh_pem(), "openssh-private-key", "generic")
    f = c.file(R + "home/.ssh/id_deploy.pub", None, family="pem-file")
    v = G.ssh_pub()
    f.n(v, v, "public-key")
    f = c.file(R + "home/.ssh/legacy-bastion.ppk", None, family="pem-file")
    f.block(G.ppk(), "putty-private-key", "generic")
    f = c.file(R + "terraform/providers.tf", "hcl")
    f.l('provider "aws" {', '  region = "eu-west-1"')
    f.indent = "  "
    f.deck([P("aws-access-key-id", "access_key"), P("aws-secret-access-key", "secret_key")], spacing=False)
    f.indent = ""
    f.l("}", "", 'provider "azurerm" {', "  features {}")
    f.n('  tenant_id       = "' + G.uuid4() + '"', None, "public-identifier")
    f.n('  subscription_id = "' + G.uuid4() + '"', None, "public-identifier")
    put(f, '  client_secret   = "{v}"', "azure-ad-client-secret")
    f.l("}", "", 'provider "cloudflare" {')
    put(f, '  api_token = "{v}"', "cloudflare-api-token")
    f.l("}", "", 'provider "tailscale" {')
    put(f, '  oauth_client_secret = "{v}"', "tailscale-oauth-client-secret")
    f.l("}", "", 'provider "grafana" {', '  url = "https://grafana.example.org"')
    put(f, '  auth = "{v}"', "grafana-service-account-token")
    f.l("}")
    f = c.file(R + "terraform/.terraform.lock.hcl", "hcl", family="lockfile")
    f.l('provider "registry.terraform.io/hashicorp/aws" {', '  version = "5.72.1"', "  hashes = [")
    for _ in range(3):
        v = "h1:" + G.b64(32)
        f.n(f'    "{v}",', v, "lockfile-integrity")
    v = "zh:" + G.hexs(64)
    f.n(f'    "{v}",', v, "lockfile-integrity")
    f.l("  ]", "}")
    f = c.file(R + "pgbouncer/userlist.txt", None, family="conf")
    for u in ["app_rw", "reporting"]:
        pw = G.password()
        f.p(f'"{u}" "{pw}"', pw, "generic-password", "generic", ctx=True)
    v = "SCRAM-SHA-256$4096:" + G.b64(16) + "$" + G.b64(32) + ":" + G.b64(32)
    f.n(f'"pgbouncer_admin" "{v}"', v, "password-hash")
    f = c.file(R + "postfix/sasl_passwd", None, family="conf")
    pw = G.password()
    sg = G.sendgrid()
    f.p(f"[smtp.sendgrid.net]:587 apikey:{sg}", sg, "sendgrid-api-key", "sendgrid")
    f.p(f"[smtp.office365.com]:587 relay@example.org:{pw}", pw, "generic-password", "generic", ctx=True)
    f = c.file(R + "ansible/group_vars/all/vault.yml", "yaml")
    f.l("$ANSIBLE_VAULT;1.1;AES256")
    body = G.hexs(640)
    for i in range(0, 640, 80):
        f.n(body[i:i + 80], None, "encrypted-value")
    f = c.file(R + "ansible/group_vars/all/main.yml", "yaml")
    f.l("ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]")
    f.deck([Nv("env-reference", "db_password", '"{{ vault_db_password }}"'), neg_policy("password_min_length", "14"), P("generic-password", "grafana_admin_password"),
            Nv("secret-name-only", "rotate_secrets", "[db_password, grafana_admin_password, slack_webhook]"), P("slack-webhook-url", "slack_webhook"),
            neg_hash("deploy_commit", "sha1"), neg_hash("artifact_sha256")])
    f = c.file(R + "scripts/bootstrap-cluster.sh", "shell")
    f.l("#!/usr/bin/env bash", "set -euo pipefail", "")
    f.deck([P("tailscale-auth-key", "ts_authkey"), Nref("ts_authkey", "shell"), P("github-app-token", "gh_token"), P("slack-bot-token", "slack_bot_token")])
    pw = G.password()
    f.p(f"PGPASSWORD='{pw}' psql -h pg-primary.internal -U postgres -c 'select 1'", pw, "generic-password", "generic", ctx=True)
    pw = G.password()
    f.p(f"mysqldump -u backup --password='{pw}' --all-databases | gzip > /backup/all.sql.gz", pw, "generic-password", "generic", ctx=True)
    f.n("docker login -u ci --password-stdin < /run/secrets/registry", "/run/secrets/registry", "secret-manager-reference")
    tok = G.github("o")
    f.p(f"git clone https://x-access-token:{tok}@github.com/acme/infra-secrets.git", tok, "github-oauth-token", "github")
    f = c.file(R + "Dockerfile", "dockerfile")
    f.l("FROM python:3.12-slim", "WORKDIR /app")
    f.deck([P("github-refresh-token", "gh_refresh_token"), Nref("pip_index_token", "dockerfile")])
    tok = G.token_alnum(20)
    f.p(f"RUN pip install --extra-index-url https://{tok}:@pypi.fury.io/acme/ -r requirements.txt", tok, "gemfury-token", "gemfury", ctx=True)
    f.l('CMD ["python", "-m", "app"]')


def r_ai_gateway(c):
    R = "ai-assistants-lab/"
    f = c.file(R + "app/llm_clients.py", "python")
    f.l("from openai import OpenAI", "from anthropic import Anthropic", "")
    v = G.openai()
    f.p(f'openai_client = OpenAI(api_key="{v}")', v, "openai-project-key", "openai")
    v = G.anthropic()
    f.p(f'claude = Anthropic(api_key="{v}")', v, "anthropic-api-key", "anthropic")
    f.deck([P("google-api-key", "gemini_api_key"), P("mistral-api-key", "mistral_api_key"), P("cohere-api-key", "co_api_key"), Nref("groq_api_key", "python"),
            P("groq-api-key", "groq_api_key"), P("huggingface-token", "hf_token")])
    f = c.file(R + "web/src/lib/server/ai.ts", "ts")
    f.deck([P("openai-project-key", "openai_api_key"), P("replicate-api-token", "replicate_api_token"), Nref("anthropic_api_key", "ts")])
    f = c.file(R + "config/models.yaml", "yaml")
    f.l("default_model: gpt-4o-mini", "providers:", "  openai:")
    f.indent = "    "
    f.deck([P("openai-project-key", "api_key")], spacing=False)
    f.l("  mistral:")
    f.deck([P("mistral-api-key", "api_key")], spacing=False)
    f.l("  cohere:")
    f.deck([Nv("placeholder", "api_key", "${COHERE_API_KEY}")], spacing=False)
    f.l("  azure_openai:", "    endpoint: https://acme-oai.openai.azure.com/")
    f.deck([P("generic-api-key", "api_key", G.hexs(32))], spacing=False)
    f = c.file(R + "tests/test_clients.py", "python")
    f.l("import pytest", "")
    f.n('FAKE_KEY = "' + j("sk-", "proj-", "test-fake-key-for-unit-tests") + '"', j("sk-", "proj-", "test-fake-key-for-unit-tests"), "fake-fixture")
    f.n('DUMMY_HF = "' + j("h", "f_", "x" * 34) + '"', j("h", "f_", "x" * 34), "placeholder")
    f.n('REDACTED = "' + j("sk-", "ant-", "api03-", "*" * 12) + '"', j("sk-", "ant-", "api03-", "*" * 12), "redacted")
    f = c.file(R + "agents/slack_notifier.rb", "ruby")
    f.deck([P("slack-bot-token", "slack_bot_token"), P("slack-app-token", "slack_app_token"), Nref("slack_signing_secret", "ruby"), P("webhook-signing-secret", "slack_signing_secret"),
            P("slack-user-token", "slack_user_token")])


def r_commerce_ops(c):
    R = "commerce-ops-scripts/"
    f = c.file(R + "bin/reindex.kts", "kotlin")
    f.deck([P("shopify-custom-app-token", "shopify_token"), Nref("shopify_token", "kotlin"), P("stripe-restricted-key", "stripe_key")])
    f = c.file(R + "lambda/handler.js", "js")
    f.l("'use strict';", "")
    f.deck([P("stripe-secret-key", "stripe_secret_key"), Nv("publishable-key", "stripe_publishable_key", G.stripe_pk()), P("sendgrid-api-key", "sendgrid_key"),
            P("mailgun-api-key", "mailgun_api_key"), Nref("mailgun_api_key", "js")])
    f = c.file(R + "db/seed.sql", "sql")
    f.l("-- staging seed", "BEGIN;")
    f.deck([P("stripe-secret-key", "stripe_secret_key"), P("generic-api-key", "erp_api_key"), Nv("password-hash", "admin_password_hash", "$2b$12$" + G.s(AL + "./", 53))], spacing=False)
    f.l("COMMIT;")
    f = c.file(R + "tools/pricing.groovy", "groovy")
    f.deck([P("generic-password", "erp_password"), Nref("erp_password", "groovy"), P("npm-token", "npm_publish_token")])
    f = c.file(R + "keys/jwks-private.json", "json")
    f.l("{", '  "keys": [', "    {", '      "kty": "RSA",', '      "kid": "' + G.hexs(16) + '",', '      "use": "sig",')
    v = G.b64(256, urlsafe=True, pad=False)
    f.n('      "n": "' + v + '",', v, "public-key")
    f.l('      "e": "AQAB",')
    d = G.b64(256, urlsafe=True, pad=False)
    f.p(f'      "d": "{d}",', d, "jwk-private-key", "generic", ctx=True)
    f.l('      "alg": "RS256"', "    }", "  ]", "}")
    f = c.file(R + "keys/webhook-signing.pem", None, family="pem-file")
    f.block(G.ec_pem(), "ec-private-key", "generic")
    f = c.file(R + "keys/service.pem", None, family="pem-file")
    f.block(G.pkcs8_pem(), "pkcs8-private-key", "generic")
    f = c.file(R + "config/mongo.yml", "yaml")
    u, _ = G.url("mongodb+srv", "orders", "cluster0.ab12c.mongodb.net", 27017, "orders")
    u = u.replace(":27017", "")
    f.p(f"uri: {u}?retryWrites=true", u, "mongodb-url", "generic")
    u, _ = G.url("amqp", "orders", "rabbit.internal", 5672, "orders")
    f.p(f"amqp_url: {u}", u, "amqp-url", "generic")
    f.n("fallback_uri: mongodb://localhost:27017/orders", "mongodb://localhost:27017/orders", "placeholder")


# ----------------------------------------------------------------------------- second pass
# Each repository also carries the files a sweep meets everywhere: deploy env files, CI variables,
# local overrides. They hold vendor-format keys (the bulk of real leaks) among many look-alikes.
VENDOR_NAME = {
    "aws-access-key-id": "aws_access_key_id", "aws-sts-access-key-id": "aws_access_key_id", "github-pat-classic": "github_token",
    "github-oauth-token": "gh_oauth_token", "github-app-token": "gh_installation_token", "github-refresh-token": "github_refresh_token",
    "github-fine-grained-pat": "gh_pat", "gitlab-pat": "gitlab_token", "npm-token": "npm_token", "pypi-token": "pypi_api_token",
    "docker-hub-pat": "dockerhub_token", "slack-bot-token": "slack_bot_token", "slack-user-token": "slack_user_token",
    "slack-app-token": "slack_app_token", "slack-webhook-url": "slack_webhook_url", "stripe-secret-key": "stripe_secret_key",
    "stripe-restricted-key": "stripe_restricted_key", "huggingface-token": "hf_token", "openai-project-key": "openai_api_key",
    "anthropic-api-key": "anthropic_api_key", "groq-api-key": "groq_api_key", "replicate-api-token": "replicate_api_token",
    "google-api-key": "google_maps_api_key", "octopus-energy-api-key": "octopus_api_key", "deepl-free-auth-key": "deepl_auth_key",
    "persona-api-key": "persona_api_key", "tailscale-auth-key": "tailscale_authkey", "tailscale-api-key": "tailscale_api_key",
    "tailscale-oauth-client-secret": "ts_oauth_client_secret", "sentry-user-token": "sentry_auth_token", "sendgrid-api-key": "sendgrid_api_key",
    "shopify-access-token": "shopify_access_token", "shopify-custom-app-token": "shopify_admin_api_token", "shopify-app-secret": "shopify_api_secret",
    "grafana-service-account-token": "grafana_sa_token", "postgres-url": "database_url", "mysql-url": "mysql_dsn", "redis-url": "redis_url",
}

BULK = {
    "ev-charging-csms/": [("deploy/prod.env", "dotenv"), (".gitlab-ci.yml", "ci")],
    "fleet-connected-cars/": [("deploy/values-prod.yaml", "helm"), ("scripts/local-env.sh", "shell")],
    "baas-selfhost/": [("deploy/stack.env", "dotenv"), ("scripts/seed.js", "js")],
    "headless-commerce/": [("infra/ci-variables.yml", "ci"), ("saleor/.env.production", "dotenv")],
    "speech-translate-svc/": [("deploy/k8s/worker.yaml", "k8s"), ("config/config.exs", "elixir")],
    "kyc-fraud-checks/": [(".env.staging", "dotenv"), ("bin/setup_env.ps1", "powershell")],
    "tax-einvoicing/": [("deploy/azure-pipelines.yml", "ci"), ("src/Tax.Worker/Settings.cs", "csharp")],
    "delivery-pod/": [("serverless.env.yml", "yaml"), ("scripts/smoke.sh", "shell")],
    "k12-rostering/": [("conf/sync.toml", "toml"), ("scripts/env.cmd", "batch")],
    "gym-church-mgmt/": [("backend/.env", "dotenv"), ("backend/settings.json", "json")],
    "practice-mgmt-bridge/": [("cloud/config.yaml", "yaml"), ("cloud/Secrets.java", "java")],
    "embedded-bi/": [("deploy/.env.prod", "dotenv"), ("airflow/variables.json", "json")],
    "e2e-browser-cloud/": [(".circleci/config.yml", "ci"), ("scripts/ci.env", "dotenv")],
    "private-registries/": [("ci/publish.sh", "shell"), ("ci/variables.tf", "hcl")],
    "it-device-admin/": [("automation/.env", "dotenv"), ("automation/config.toml", "toml")],
    "secops-integrations/": [("soar/playbook_vars.yml", "yaml"), ("soar/Secrets.kt", "kotlin")],
    "password-manager-selfhost/": [("backup/.env", "dotenv"), ("backup/restic.sh", "shell")],
    "webrtc-turn/": [("signaling/.env", "dotenv"), ("signaling/config.rs", "rust")],
    "developer-docs/": [("site/.env.production", "dotenv"), ("site/docusaurus.env.json", "json")],
    "cdp-pipelines/": [("terraform/destinations.tf", "hcl"), ("dbt/profiles.yml", "yaml")],
    "ml-labelling-chaos/": [("pipelines/.env", "dotenv"), ("pipelines/settings.py", "python")],
    "platform-infra/": [("ci/github-actions.env", "dotenv"), ("ci/vars.yml", "ci")],
    "ai-assistants-lab/": [(".env", "dotenv"), ("deploy/compose.yml", "compose")],
    "commerce-ops-scripts/": [("config/prod.properties", "properties"), ("config/secrets.toml", "toml")],
}

HEADERS = {
    "ci": ["variables:"], "helm": ["env:"], "k8s": ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: worker", "spec:",
                                                 "  template:", "    spec:", "      containers:", "        - name: worker", "          env:"],
    "elixir": ["import Config", "", "config :app, :secrets,"], "js": ["'use strict';", "module.exports = {"], "csharp": ["namespace App", "{",
              "    public static class Settings", "    {"], "java": ["package org.app;", "", "public final class Secrets {"],
    "kotlin": ["package org.app", "", "object Secrets {"], "rust": ["pub struct Config {", "}", ""], "json": ["{"],
    "compose": ["services:", "  app:", "    image: registry.example.org/app:latest", "    environment:"], "hcl": [],
    "powershell": ["# local developer environment"], "batch": ["@echo off"], "python": ["import os", ""],
}
FOOTERS = {"js": ["};"], "csharp": ["    }", "}"], "java": ["}"], "kotlin": ["}"], "json": ['  "_comment": "generated"', "}"],
           "elixir": ["  timeout: 30_000"]}


def vendor_placeholder(kind):
    v = {"github-pat-classic": j("gh", "p_", "X" * 36), "aws-access-key-id": j("AK", "IA", "X" * 16), "openai-project-key": j("sk-", "proj-", "..."),
         "slack-bot-token": j("xo", "xb-", "your-bot-token"), "huggingface-token": j("h", "f_", "*" * 10), "stripe-secret-key": j("sk", "_live_", "REPLACE_ME"),
         "npm-token": j("np", "m_", "0" * 36), "gitlab-pat": j("gl", "pat-", "xxxxxxxxxxxxxxxxxxxx"), "anthropic-api-key": j("sk-", "ant-", "<redacted>"),
         "sendgrid-api-key": j("S", "G.", "xxxxxxxx"), "tailscale-auth-key": j("ts", "key-auth-", "XXXXXXXXXX")}
    k = G.r.choice(sorted(v))
    return Nv("placeholder", VENDOR_NAME[k], v[k])


def neg_pool(syn, n):
    out = []
    gens = [
        lambda: Nref(G.r.choice(["api_key", "client_secret", "db_password", "webhook_secret", "auth_token", "smtp_password"]), syn),
        lambda: ph(G.r.choice(["api_key", "secret_key", "access_token", "password", "private_key"])),
        lambda: vendor_placeholder(None),
        lambda: neg_uuid(G.r.choice(["tenant_id", "client_id", "project_id", "workspace_id", "account_id"])),
        lambda: neg_hash(G.r.choice(["artifact_checksum", "release_sha256", "config_hash"])),
        lambda: neg_hash(G.r.choice(["git_sha", "build_commit", "source_revision"]), "sha1"),
        lambda: neg_policy(G.r.choice(["password_min_length", "token_ttl_seconds", "secret_rotation_days", "max_password_age"]), str(G.r.choice([12, 14, 90, 3600]))),
        lambda: Nv("secret-manager-reference", G.r.choice(["db_password", "api_key"]), G.r.choice(["vault:secret/data/app#", "op://Ops/app/", "arn:aws:ssm:eu-west-1:" + G.s(DG, 12) + ":parameter/app/"]) + G.s(LO, 6)),
        lambda: Nv("publishable-key", "stripe_publishable_key", G.stripe_pk()),
        lambda: Nv("public-identifier", "twilio_account_sid", "AC" + G.hexs(32)),
        lambda: Nv("redacted", G.r.choice(["api_key", "token"]), G.s(AL, 4) + "*" * 16),
        lambda: Nv("encrypted-value", G.r.choice(["db_password", "api_key"]), "ENC[AES256_GCM,data:" + G.b64(21) + ",iv:" + G.b64(32) + ",tag:" + G.b64(16) + ",type:str]"),
        lambda: Nv("fake-fixture", G.r.choice(["test_api_key", "fake_token"]), "test-" + G.r.choice(["not-a-real-key", "fixture-token", "dummy-secret"]) + "-" + G.s(DG, 4)),
        lambda: Nv("secret-name-only", "required_secrets", "API_KEY,DB_PASSWORD,JWT_SECRET"),
    ]
    for _ in range(n):
        out.append(G.r.choice(gens)())
    return out


VENDOR_POOL = ["aws-access-key-id", "aws-sts-access-key-id", "github-pat-classic", "github-oauth-token", "github-app-token", "github-refresh-token",
               "github-fine-grained-pat", "gitlab-pat", "npm-token", "pypi-token", "docker-hub-pat", "slack-bot-token", "slack-user-token",
               "slack-app-token", "slack-webhook-url", "stripe-secret-key", "stripe-restricted-key", "huggingface-token", "openai-project-key",
               "anthropic-api-key", "groq-api-key", "replicate-api-token", "google-api-key", "octopus-energy-api-key", "deepl-free-auth-key",
               "persona-api-key", "tailscale-auth-key", "tailscale-api-key", "tailscale-oauth-client-secret", "sentry-user-token",
               "sendgrid-api-key", "shopify-access-token", "shopify-custom-app-token", "shopify-app-secret", "grafana-service-account-token",
               "postgres-url", "mysql-url", "redis-url"]


def bulk(c):
    order = list(VENDOR_POOL)
    G.r.shuffle(order)
    k = 0
    for repo, files in BULK.items():
        for path, syn in files:
            f = c.file(repo + path, syn)
            f.alt = 1 if syn == "js" else None
            f.l(*HEADERS.get(syn, ["# " + path.split("/")[-1]] if syn not in ("json", "batch") else []))
            items = []
            for _ in range(6):
                kind = order[k % len(order)]
                k += 1
                items.append(P(kind, VENDOR_NAME[kind]))
            items += neg_pool(syn, 8)
            G.r.shuffle(items)
            seen = set()
            uniq = []
            for it in items:  # one name once per file
                nm = it[1] if it[5] or it[0] != "env-reference" else it[1] + "_ref"
                if it[1] in seen:
                    it = (it[0], it[1] + "_" + str(len(seen)), it[2], it[3], it[4], it[5]) if it[3] != "REF" else Nref(it[1] + "_" + str(len(seen)), syn)
                seen.add(it[1])
                uniq.append(it)
            f.indent = "  " if syn in ("ci", "helm") else ""
            f.deck(uniq)
            f.indent = ""
            f.l(*FOOTERS.get(syn, []))


def r_api_clients(c):
    """API client collections an integration team commits: Postman, httpie notes, query-string keys, key lists."""
    R = "integration-collections/"
    f = c.file(R + "postman/partners.postman_collection.json", "json", family="postman")
    f.l("{", '  "info": {"name": "Partners", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},', '  "item": [',
        "    {", '      "name": "Onfido applicants",', '      "request": {', '        "method": "GET",', '        "header": [', "          {",
        '            "key": "Authorization",')
    tok = KINDS["onfido-api-token"][2]()
    f.p(f'            "value": "Token token={tok}"', tok, "onfido-api-token", "onfido", ctx=True)
    f.l("          },", "          {", '            "key": "X-Api-Key",')
    tok = KINDS["deepgram-api-key"][2]()
    f.p(f'            "value": "{tok}"', tok, "deepgram-api-key", "deepgram", ctx=True)
    f.l("          },", "          {", '            "key": "X-Trace",', '            "value": "{{trace_id}}"', "          }", "        ],")
    k = G.google_api()
    f.p(f'        "url": "https://maps.googleapis.com/maps/api/geocode/json?address=depot&key={k}"', k, "google-api-key", "google")
    f.l("      }", "    },", "    {", '      "name": "Printful orders",', '      "request": {', '        "auth": {', '          "type": "bearer",', '          "bearer": [',
        '            {"key": "token",')
    tok = KINDS["printful-api-token"][2]()
    f.p(f'             "value": "{tok}", "type": "string"}}', tok, "printful-api-token", "printful", ctx=True)
    f.l("          ]", "        },", '        "url": "https://api.printful.com/orders"', "      }", "    },", "    {", '      "name": "Mindbody classes",', '      "request": {',
        '        "header": [{"key": "Api-Key", "value": "{{mindbody_key}}"}],')
    f.n('        "url": "https://api.mindbodyonline.com/public/v6/class/classes?SiteId={{site_id}}"', "{{site_id}}", "env-reference")
    f.l("      }", "    }", "  ],", '  "variable": [')
    tok = KINDS["mindbody-api-key"][2]()
    f.p(f'    {{"key": "mindbody_key", "value": "{tok}"}},', tok, "mindbody-api-key", "mindbody", ctx=True)
    f.n('    {"key": "site_id", "value": "-99"}', "-99", "public-identifier")
    f.l("  ]", "}")
    f = c.file(R + "notes/httpie.md", "markdown")
    f.l("# quick checks", "", "```sh")
    tok = KINDS["taxjar-api-token"][2]()
    f.p(f"http GET https://api.taxjar.com/v2/categories 'Authorization:Bearer {tok}'", tok, "taxjar-api-token", "taxjar", ctx=True)
    u, pw = "svc-avatax", KINDS["avalara-license-key"][2]()
    f.p(f"http -a 2000134479:{pw} GET https://rest.avatax.com/api/v2/utilities/ping", pw, "avalara-license-key", "avalara", ctx=True)
    tok = KINDS["smartcar-client-secret"][2]()
    f.p(f"curl -u 'a1b2c3d4-client:{tok}' -d grant_type=client_credentials https://auth.smartcar.com/oauth/token", tok, "smartcar-client-secret", "smartcar", ctx=True)
    f.n("curl -H \"Authorization: Bearer $DEEPGRAM_API_KEY\" https://api.deepgram.com/v1/projects", "$DEEPGRAM_API_KEY", "env-reference")
    f.l("```")
    f = c.file(R + "web/src/weather.js", "js")
    f.l("export async function forecast(site) {")
    k = KINDS["solaredge-api-key"][2]()
    f.p(f"  const res = await fetch(`https://monitoringapi.solaredge.com/site/${{site}}/overview?api_key={k}`);", k, "solaredge-api-key", "solaredge", ctx=True)
    f.l("  return res.json();", "}")
    f = c.file(R + "gateway/keys.yaml", "yaml")
    f.l("# partner keys accepted by the gateway (rotate quarterly)", "accepted_api_keys:")
    for _ in range(3):
        put(f, "  - {v}", "generic-api-key")
    f.l("revoked_api_keys:")
    for _ in range(2):
        v = hashlib.sha256(G.rbytes(8)).hexdigest()
        f.n(f"  - sha256:{v}", v, "hash-checksum")
    f.l("partners:", "  acme:", "    contacts: [ops@acme.example]", "    credentials:", "      sandbox:")
    put(f, "        secret: {v}", "generic-secret")
    f.l("      production:")
    put(f, "        secret: {v}", "generic-secret")
    f.l("  globex:", "    credentials:", "      production:")
    putn(f, "        secret: {v}", "secret-manager-reference", "vault:kv/partners/globex#secret")
    f = c.file(R + "gateway/go.sum", None, family="lockfile")
    for mod in ["github.com/go-chi/chi/v5 v5.1.0", "github.com/golang-jwt/jwt/v5 v5.2.1", "golang.org/x/crypto v0.28.0"]:
        v = "h1:" + G.b64(32)
        f.n(f"{mod} {v}", v, "lockfile-integrity")
    f = c.file(R + "gateway/keys.json", "json")
    f.l("{", '  "hmacKeys": [')
    put(f, '    "{v}",', "webhook-signing-secret")
    put(f, '    "{v}"', "webhook-signing-secret")
    f.l("  ],", '  "publicKeys": [')
    v = G.ssh_pub("gateway@edge")
    f.n(f'    "{v}"', v, "public-key")
    f.l("  ]", "}")


# ----------------------------------------------------------------------------- third pass
# Second examples for kinds that had one, keys embedded in code, and more structural negatives.
SECOND = [
    ("ev-charging-csms/integrations/solar.py", "python", ["enphase-api-key", "solaredge-api-key", "datadog-api-key"]),
    ("baas-selfhost/scripts/migrate.sh", "shell", ["parse-master-key", "appwrite-api-key", "nhost-admin-secret", "twilio-auth-token"]),
    ("headless-commerce/infra/secrets.auto.tfvars", "hcl", ["saleor-app-token", "commercetools-client-secret", "bigcommerce-access-token",
                                                               "medusa-jwt-secret"]),
    ("speech-translate-svc/worker/providers.toml", "toml", ["assemblyai-api-key", "speechmatics-api-key", "deepl-pro-auth-key"]),
    ("kyc-fraud-checks/bin/backfill.rb", "ruby", ["veriff-shared-secret", "sumsub-secret-key", "mailgun-api-key"]),
    ("k12-rostering/plugin/web_root/admin/config.json", "json", ["powerschool-client-secret", "clever-district-token"]),
    ("gym-church-mgmt/backend/config/production.yml", "yaml", ["planning-center-secret", "mindbody-api-key"]),
    ("embedded-bi/tableau/.env", "dotenv", ["tableau-pat-secret", "looker-client-secret"]),
    ("it-device-admin/automation/mdm.py", "python", ["kandji-api-token", "jamf-client-secret", "onelogin-client-secret"]),
    ("password-manager-selfhost/passbolt/.env", "dotenv", ["gpg-passphrase", "vaultwarden-admin-token"]),
    ("webrtc-turn/janus/admin.lua", "lua", ["janus-admin-secret", "coturn-static-auth-secret"]),
    ("developer-docs/scripts/publish.mjs", "js", ["readme-api-key", "gitbook-api-token", "mintlify-api-key"]),
    ("cdp-pipelines/jobs/settings.yaml", "yaml", ["mparticle-api-secret", "segment-public-api-token", "rudderstack-access-token"]),
    ("ml-labelling-chaos/chaos/run.ps1", "powershell", ["gremlin-api-key", "blazemeter-api-secret", "scale-api-key", "label-studio-legacy-token"]),
    ("platform-infra/cloudflare/dns.py", "python", ["cloudflare-api-token", "datadog-api-key"]),
    ("commerce-ops-scripts/config/secrets.exs", "elixir", ["mailgun-api-key", "twilio-auth-token"]),
]


def third(c):
    for path, syn, kinds in SECOND:
        f = c.file(path, syn)
        f.alt = 1 if syn == "js" else None
        if syn == "js":
            f.l("export default {")
        if syn == "elixir":
            f.l("import Config", "", "config :ops, :vendors,")
        if syn == "json":
            f.l("{")
        items = [P(k, k.replace("-", "_")) for k in kinds] + neg_pool(syn, 3)
        G.r.shuffle(items)
        names = set()
        for it in items:
            if it[1] in names:
                continue
            names.add(it[1])
            f.filler()
            f.item(it)
        if syn == "js":
            f.l("};")
        if syn == "elixir":
            f.l("  timeout: 30_000")
        if syn == "json":
            f.l('  "version": 2', "}")
    # keys embedded in code
    f = c.file("speech-translate-svc/worker/gcs.go", "go")
    f.l("package worker", "", "// fallback signer used when workload identity is unavailable")
    pem = G.pkcs8_pem()
    f.lines.append("const signerKey = `")
    f.block(pem, "pkcs8-private-key", "generic")
    f.l("`")
    f.l("", "func Signer() string { return signerKey }")
    f = c.file("kyc-fraud-checks/spec/support/webhook_keys.py", "python")
    f.l('"""Signing key for the webhook relay (copied from prod to reproduce a bug)."""', "", 'RELAY_KEY = """\\')
    f.block(G.rsa_pem(), "rsa-private-key", "generic")
    f.l('"""')
    f = c.file("webrtc-turn/certs/turn.key", None, family="pem-file")
    f.block(G.ec_pem(), "ec-private-key", "generic")
    f = c.file("webrtc-turn/certs/turn.pem", None, family="pem-file")
    f.block(G.cert_pem(), "certificate", "-", positive=False)
    f = c.file("it-device-admin/ssh/mdm-relay", None, family="pem-file")
    f.block(G.openssh_pem("mdm@relay"), "openssh-private-key", "generic")
    f = c.file("practice-mgmt-bridge/clinic/putty/xray-gateway.ppk", None, family="pem-file", crlf=True)
    f.block(G.ppk("xray-gateway"), "putty-private-key", "generic")
    f = c.file("tax-einvoicing/deploy/k8s/keystore-secret.yaml", "k8s")
    f.l("apiVersion: v1", "kind: Secret", "metadata:", "  name: peppol-keystore", "type: Opaque", "data:")
    v = G.pkcs12_b64()
    f.p(f"  ap.p12: {v}", v, "pkcs12-base64", "generic", ctx=True)
    v = base64.b64encode(G.password().encode()).decode()
    f.p(f"  keystore-password: {v}", v, "k8s-secret-data", "kubernetes", ctx=True)
    f = c.file("baas-selfhost/nhost/.secrets", "dotenv")
    jwt = G.jwt({"https://hasura.io/jwt/claims": {"x-hasura-default-role": "admin", "x-hasura-allowed-roles": ["admin"]}, "sub": "ci", "iat": 1761100000})
    f.p(f"HASURA_ADMIN_JWT={jwt}", jwt, "jwt", "generic")
    v = pem_lines_json(G.pkcs8_pem())
    line = "GOOGLE_APPLICATION_CREDENTIALS_JSON='{\"type\":\"service_account\",\"project_id\":\"baas-prod\",\"private_key\":\"" + v + "\",\"client_email\":\"push@baas-prod.iam.gserviceaccount.com\"}'"
    f.p(line, v, "gcp-service-account-key", "gcp", family="dotenv")
    f.deck([P("mongodb-url", "mongo_url", G.url("mongodb", "parse", "mongo.internal", 27017, "parse")[0]),
            P("amqp-url", "amqp_url", G.url("amqps", "events", "mq.internal", 5671, "events")[0]), ph("jwt_kid")])
    f = c.file("platform-infra/home/.bash_history", None, family="shell-history")
    pw = G.password()
    f.l("kubectl get pods -A | grep -v Running")
    f.p(f"mysql -h mysql.internal -u root -p'{pw}' -e 'show processlist'", pw, "generic-password", "generic", ctx=True)
    pw = G.docker_pat()
    f.p(f"docker login -u acmebuild -p {pw} docker.io", pw, "docker-hub-pat", "docker")
    pw = G.password()
    f.p(f"curl -u admin:{pw} https://grafana.example.org/api/admin/stats", pw, "generic-password", "generic", ctx=True)
    tok = G.grafana_sa()
    f.p(f"curl -H 'Authorization: Bearer {tok}' https://grafana.example.org/api/dashboards/home", tok, "grafana-service-account-token", "grafana")
    f.n("aws secretsmanager get-secret-value --secret-id prod/db --query SecretString", "prod/db", "secret-manager-reference")
    f.l("history | tail")
    f = c.file("platform-infra/home/.ssh/authorized_keys", None, family="credential-file")
    for who in ["alice@laptop", "bob@workstation", "ci@runner"]:
        v = G.ssh_pub(who)
        f.n(v, v, "public-key")
    f = c.file("platform-infra/pki/root-ca.crt", None, family="pem-file")
    f.block(G.cert_pem(), "certificate", "-", positive=False)
    f = c.file("developer-docs/src/css/custom.css", None, family="css")
    f.l(":root {", "  --ifm-color-primary: #2e8555;", "}")
    for cls in ["hero", "badge"]:
        v = "data:image/png;base64," + G.b64(150)
        f.n(f".{cls} {{ background-image: url({v}); }}", v, "base64-image")
    f = c.file("delivery-pod/emails/shipped.html", None, family="html")
    v = "data:image/gif;base64," + G.b64(60)
    f.l("<table><tr><td>")
    f.n(f'<img src="{v}" width="1" height="1" alt="">', v, "base64-image")
    f.l("</td></tr></table>")
    f = c.file("e2e-browser-cloud/yarn.lock", None, family="lockfile")
    f.l("# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", "")
    for pkg, ver in [("webdriverio", "9.2.1"), ("@wdio/cli", "9.2.1"), ("saucelabs", "8.0.0")]:
        f.l(f'"{pkg}@^{ver}":', f"  version \"{ver}\"")
        v = G.hexs(40)
        f.n(f'  resolved "https://registry.yarnpkg.com/{pkg}/-/{pkg.split("/")[-1]}-{ver}.tgz#{v}"', v, "lockfile-integrity")
        v = "sha512-" + G.b64(64)
        f.n(f"  integrity {v}", v, "lockfile-integrity")
        f.l("")
    f = c.file("ml-labelling-chaos/poetry.lock", None, family="lockfile")
    for pkg in ["label-studio-sdk", "scaleapi"]:
        f.l("[[package]]", f'name = "{pkg}"', 'version = "1.0.7"', "files = [")
        v = "sha256:" + G.hexs(64)
        f.n(f'    {{file = "{pkg.replace("-", "_")}-1.0.7-py3-none-any.whl", hash = "{v}"}},', v, "lockfile-integrity")
        f.l("]", "")
    f = c.file("commerce-ops-scripts/tests/test_s3_export.py", "python")
    ak, sk = aws_example()
    f.l("import boto3", "from moto import mock_aws", "", "@mock_aws", "def test_export():")
    f.n(f'    s3 = boto3.client("s3", aws_access_key_id="{ak}",', ak, "vendor-example-key")
    f.n(f'                      aws_secret_access_key="{sk}")', sk, "vendor-example-key")
    f.l('    s3.create_bucket(Bucket="exports")')


REPOS = [r_ev_charging, r_connected_cars, r_baas, r_commerce, r_speech, r_kyc, r_tax, r_delivery, r_k12, r_gym, r_practice,
         r_bi, r_browser_test, r_registries, r_device_admin, r_secops, r_passwords, r_webrtc, r_docs, r_cdp, r_labelling,
         r_platform, r_ai_gateway, r_commerce_ops, r_api_clients]


def main():
    global G, KINDS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20261201)
    a = ap.parse_args()
    G = Gen(random.Random(a.seed))
    KINDS = K()
    c = Corpus(a.out, G)
    for fn in REPOS:
        fn(c)
    bulk(c)
    third(c)
    c.write()
    with open(os.path.join(a.out, "meta.json"), "w") as fh:
        json.dump({"seed": a.seed, "generator": "benches/blind15/generate.py"}, fh)
    pos = [l for l in c.labels if l["positive"]]
    neg = [l for l in c.labels if not l["positive"]]
    ctx = sum(l["context_only"] for l in pos)
    print(f"{len({l['path'].split('/')[0] for l in c.labels})} repos, {len(c.files)} files, {len(pos)} positives "
          f"({ctx} context-only, {100 * ctx / max(1, len(pos)):.0f}%), {len({l['kind'] for l in pos})} kinds, "
          f"{len(neg)} negatives, {len({l['family'] for l in c.labels})} families", file=sys.stderr)


if __name__ == "__main__":
    main()
