"""Repositories 29-31: what an incident responder collects (logs, chat exports, shell history, CI
output), worker services in many languages, and staging infrastructure with keys and URLs."""
import base64
import json

from kit import J
from repos_c import RENDER
from repos_d import Cycle, vendor_table


def build_e(c, g):
    cyc = Cycle(vendor_table(g), g)
    incident(c, g, cyc)
    workers(c, g, cyc)
    staging(c, g, cyc)


NEGS = [("SMTP_PASSWORD", "changeme", "placeholder"), ("WEBHOOK_SECRET", "", "no-value"),
        ("API_KEY", "<insert-api-key>", "placeholder"), ("DB_PASSWORD", "${DB_PASSWORD}", "env-reference"),
        ("AUTH_TOKEN", "REPLACE_ME", "placeholder"), ("SIGNING_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
        ("CLIENT_SECRET", "********", "redacted"), ("PASSWORD_MIN_LENGTH", "12", "password-policy"),
        ("TOKEN_HEADER", "X-Api-Token", "secret-name-only"), ("SECRET_ARN",
         "arn:aws:secretsmanager:eu-west-1:123456789012:secret:workers", "arn-reference"),
        ("ENCRYPTED_DSN", "vault:v1:c2VjcmV0LWNpcGhlcnRleHQtcGxhY2Vob2xkZXI=", "encrypted-value")]


# ------------------------------------------------------------------------------------------ 29
def incident(c, g, cyc):
    r = c.repo("ir-2026-11-evidence")
    f = r.f("README.md", "markdown")
    f.t("# IR-2026-11: evidence collected", "", "Everything here was found in public or semi-public places and is being",
        "rotated. Do not reuse. Tracking: SEC-4411.")
    f = r.f("logs/api-gateway-access.log", "log-file")
    for kind, prov, name, val in cyc.take(8):
        ip = "10.%d.%d.%d" % (g.r.randrange(256), g.r.randrange(256), g.r.randrange(256))
        if kind.startswith("slack-webhook"):
            line = '%s - - [03/Nov/2026:10:%02d:11 +0000] "POST /proxy?target=%s HTTP/1.1" 200 2 "-" "curl/8.5.0"' % (ip, g.r.randrange(60), val)
        else:
            line = '%s - - [03/Nov/2026:10:%02d:11 +0000] "GET /v1/export HTTP/1.1" 200 512 "-" "python-requests/2.32" auth="Bearer %s"' % (
                ip, g.r.randrange(60), val)
        f.p(line, val, kind, prov, False)
    f.n('10.0.0.9 - - [03/Nov/2026:10:59:01 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.31" auth="Bearer [REDACTED]"',
        "[REDACTED]", "redacted")
    f = r.f("logs/ci-job-88123.txt", "log-file")
    f.t("$ env | sort", "CI=true", "CI_COMMIT_SHA=" + g.hex(40), "HOME=/root")
    for kind, prov, name, val in cyc.take(7):
        f.p(name + "=" + val, val, kind, prov, False)
    f.n("MASKED_TOKEN=[MASKED]", "[MASKED]", "redacted")
    f.t("$ ./deploy.sh", "Deploying ledgerly-api to production...", "Done in 41s")
    f = r.f("chat/slack-export-engineering.json", "json")
    msgs = []
    takes = cyc.take(7)
    texts = []
    for kind, prov, name, val in takes:
        t = g.pick(["can someone check why this doesn't work? %s=%s", "new key for the staging box: %s %s",
                    "here you go (delete after reading) %s: %s", "fyi rotated, new one -> %s %s"]) % (name, val)
        texts.append((t, kind, prov, val))
        msgs.append({"type": "message", "user": "U0" + g.upper(8), "text": t, "ts": "17621%05d.%06d" % (g.r.randrange(99999), g.r.randrange(999999))})
    pw = g.password()
    pwt = "the admin password for the old Jenkins is " + pw + " btw"
    msgs.append({"type": "message", "user": "U0" + g.upper(8), "text": pwt, "ts": "1762199999.000100"})
    msgs.append({"type": "message", "user": "U0" + g.upper(8), "text": "please use 1Password, never paste tokens here", "ts": "1762200000.000100"})
    text = json.dumps(msgs, indent=2)
    f.t(text)
    for t, kind, prov, val in texts:
        idx = next(i for i, l in enumerate(f.lines) if val in l)
        c.labels.append({"path": f.path, "line": idx + 1, "kind": kind, "provider": prov, "family": "json",
                         "context_only": False, "positive": True, "secret": val, "_check": val})
    idx = next(i for i, l in enumerate(f.lines) if pw in l)
    c.labels.append({"path": f.path, "line": idx + 1, "kind": "app-password", "provider": "generic", "family": "json",
                     "context_only": True, "positive": True, "secret": pw, "_check": pw})
    f = r.f("hosts/dev-laptop-17/.zsh_history", "shell-history")
    for kind, prov, name, val in cyc.take(4):
        f.t(": 17620%05d:0;cd ~/src/ledger-core" % g.r.randrange(99999))
        f.p(": 17620%05d:0;export %s=%s" % (g.r.randrange(99999), name, val), val, kind, prov, False)
    gh = g.github("pat")
    f.p(": 1762011111:0;git clone https://mkovac:" + gh + "@github.com/ledgerly/ledger-core.git", gh, "github-pat", "github", False)
    mp = g.password()
    f.p(": 1762011112:0;mysql -h db01 -u root -p'" + mp + "' ledger", mp, "db-password", "mysql", True)
    sp = g.password()
    f.p(": 1762011113:0;sshpass -p '" + sp + "' ssh admin@10.40.0.5", sp, "remote-access-password", "generic", True)
    cu = g.password()
    f.p(": 1762011114:0;curl -u ops:" + cu + " https://grafana.ledgerly.net/api/health", cu, "basic-auth-credentials", "generic", True)
    f.n(": 1762011115:0;read -s DB_PASSWORD && export DB_PASSWORD", "read -s DB_PASSWORD", "value-from-code")
    f = r.f("hosts/dev-laptop-17/.config/pip/pip.conf", "ini")
    pt = g.password()
    f.t("[global]")
    f.p("extra-index-url = https://ci:" + pt + "@nexus.ledgerly.net/repository/pypi-internal/simple", pt, "url-embedded-password",
        "generic", False)
    f = r.f("tickets/SEC-4411.csv", "csv")
    f.t("found_at,location,kind,rotated")
    for kind, prov, name, val in cyc.take(4):
        f.p("2026-11-0%d,pastebin,%s,%s" % (g.r.randrange(1, 9), kind, val), val, kind, prov, False)
    f.n("2026-11-05,github gist,stripe,sk_live_[removed]", "sk_live_[removed]", "redacted")


# ------------------------------------------------------------------------------------------ 30
def workers(c, g, cyc):
    r = c.repo("async-workers")
    langs = [("worker-py/worker/settings.py", "code-python", ["import os", ""], []),
             ("worker-js/src/env.js", "code-js", ["module.exports = {"], ["};"]),
             ("worker-go/config.go", "code-go", ["package worker", "", "const ("], [")"]),
             ("worker-java/src/main/java/net/ledgerly/Keys.java", "code-java", ["package net.ledgerly;", "public final class Keys {"], ["}"]),
             ("worker-cs/Keys.cs", "code-csharp", ["namespace Workers;", "public static class Keys {"], ["}"]),
             ("worker-rb/config/initializers/keys.rb", "code-ruby", ["Rails.application.configure do |config|"], ["end"]),
             ("worker-php/config/keys.php", "code-php", ["<?php", "return ["], ["];"]),
             ("worker-rs/src/keys.rs", "code-rust", ["// generated at build time; checked in by mistake"], []),
             ("worker-kt/src/main/kotlin/Keys.kt", "code-kotlin", ["package net.ledgerly", "object Keys {"], ["}"]),
             ("worker-scala/src/main/scala/Keys.scala", "code-scala", ["object Keys {"], ["}"]),
             ("worker-ex/config/prod.exs", "code-elixir", ["import Config", "config :worker,"], ["  region: \"eu\""]),
             ("worker-swift/Sources/Keys.swift", "code-swift", ["enum Keys {}"], []),
             ("worker-dart/lib/keys.dart", "code-dart", [], []),
             ("worker-pl/lib/Keys.pm", "code-perl", ["package Keys;"], ["1;"]),
             ("worker-lua/keys.lua", "code-lua", [], ["return M"]),
             ("worker-cpp/keys.hpp", "code-cpp", ["#pragma once", "#include <string>"], []),
             ("worker-c/keys.h", "code-c", ["#ifndef KEYS_H", "#define KEYS_H"], ["#endif"]),
             ("worker-groovy/Keys.groovy", "code-groovy", [], []),
             ("worker-objc/Keys.m", "code-objc", ["#import <Foundation/Foundation.h>"], []),
             ("worker-r/keys.R", "code-r", [], []),
             ("worker-jl/Keys.jl", "code-julia", ["module Keys"], ["end"])]
    for path, fam, head, tail in langs:
        f = r.f(path, fam)
        f.t(*head) if head else None
        for kind, prov, name, val in cyc.take(3):
            f.p(RENDER[fam](name, val), val, kind, prov, False)
        nname, nval, nkind = NEGS[len(f.path) % len(NEGS)]
        f.n(RENDER[fam](nname, nval), nval, nkind)
        f.t(*tail) if tail else None
    f = r.f("worker-py/worker/db.py", "code-python")
    my = g.password()
    mg = g.password()
    am = g.password()
    rd = g.password()
    f.p("MYSQL_URL = \"mysql://worker:" + my + "@mysql-prod.ledgerly.net:3306/ledger\"", my, "mysql-url", "mysql", False)
    f.p("MONGO_URL = \"mongodb+srv://worker:" + mg + "@cluster0.ab12c.mongodb.net/events?retryWrites=true\"", mg, "mongodb-url", "mongodb", False)
    f.p("BROKER_URL = \"amqp://worker:" + am + "@rabbit.ledgerly.net:5672/prod\"", am, "amqp-url", "rabbitmq", False)
    f.p("CACHE_URL = \"redis://:" + rd + "@redis.ledgerly.net:6379/0\"", rd, "redis-url", "redis", False)
    f.n("TEST_DB_URL = \"postgresql://postgres:postgres@localhost:5432/test\"", "postgres:postgres@localhost", "fake-fixture")
    f.n("DOCS_URL = \"postgresql://user:password@host:5432/dbname\"", "user:password@host", "placeholder")


# ------------------------------------------------------------------------------------------ 31
def staging(c, g, cyc):
    r = c.repo("staging-env")
    f = r.f("terraform/staging.tfvars", "terraform")
    for kind, prov, name, val in cyc.take(7):
        f.p(name.lower() + ' = "' + val + '"', val, kind, prov, False)
    f = r.f("helm/values-staging.yaml", "yaml-helm")
    f.t("secrets:")
    for kind, prov, name, val in cyc.take(6):
        f.p("  " + name.lower() + ": \"" + val + "\"", val, kind, prov, False)
    f.n("  dbPassword: \"{{ .Values.global.db.password }}\"", "{{ .Values.global.db.password }}", "template-reference")
    f = r.f("compose/docker-compose.staging.yml", "yaml-compose")
    f.t("services:", "  app:", "    image: ghcr.io/ledgerly/app:staging", "    environment:")
    for kind, prov, name, val in cyc.take(5):
        f.p("      - " + name + "=" + val, val, kind, prov, False)
    f.n("      - DB_PASSWORD=${DB_PASSWORD}", "${DB_PASSWORD}", "env-reference")
    f = r.f("config/staging.toml", "toml")
    f.t("[integrations]")
    for kind, prov, name, val in cyc.take(5):
        f.p(name.lower() + " = \"" + val + "\"", val, kind, prov, False)
    f.n('sentry_dsn = "https://' + g.hex(32) + '@o' + g.digits(6) + '.ingest.sentry.io/' + g.digits(7) + '"', "ingest.sentry.io",
        "publishable-key")
    f.n('stripe_publishable_key = "' + J("pk_", "live_") + g.alnum(99) + '"', J("pk_", "live_"), "publishable-key")
    f = r.f("config/staging.properties", "properties")
    for kind, prov, name, val in cyc.take(4):
        f.p(name.lower().replace("_", ".") + "=" + val, val, kind, prov, False)
    f.n("spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}", "${SPRING_DATASOURCE_PASSWORD}", "env-reference")
    f.n("security.password.min-length=14", "min-length", "password-policy")
    f.n("oauth.client-secret=", "oauth.client-secret=", "no-value")
    f = r.f("config/staging.ini", "ini")
    f.t("[keys]")
    f.n("; api_key = put-your-key-here", "put-your-key-here", "placeholder")
    f.n("checksum = " + g.hex(64), "checksum", "hash-not-secret")
    for kind, prov, name, val in cyc.take(4):
        f.p(name.lower() + " = " + val, val, kind, prov, False)
    f = r.f("config/staging.xml", "xml")
    f.t("<configuration>", "  <appSettings>")
    for kind, prov, name, val in cyc.take(4):
        f.p('    <add key="' + name + '" value="' + val + '" />', val, kind, prov, False)
    f.n('    <add key="StripeSecretKey" value="#{StripeSecretKey}#" />', "#{StripeSecretKey}#", "template-reference")
    f.t("  </appSettings>", "</configuration>")
    f = r.f("ansible/roles/app/files/deploy_key", "pem-file")
    k = g.rsa_pem()
    f.p(k, k, "rsa-private-key", "pem", False, check=k.split("\n")[0])
    f = r.f("ansible/roles/app/templates/env.j2", "jinja")
    f.n("STRIPE_SECRET_KEY={{ vault_stripe_secret_key }}", "{{ vault_stripe_secret_key }}", "template-reference")
    f.n("DB_PASSWORD={{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/app:db') }}", "lookup(", "secret-manager-reference")
    f = r.f("bastion/id_ed25519", "pem-file")
    key, pub = g.openssh_ed25519("deploy@staging")
    f.p(key, key, "openssh-private-key", "ssh", False, check=key.split("\n")[0])
    f = r.f("app/src/main/resources/jwt-signing.pem", "pem-file")
    ek = g.ec_pem()
    f.p(ek, ek, "ec-private-key", "pem", False, check=ek.split("\n")[0])
