"""Second pass: integration files that top up thin vendor kinds, and negative-heavy files (lockfiles, examples)."""
import kinds as K
from core import SIMPLE_VENDOR

CODE = {"py", "py-dict", "ts", "js-obj", "go", "go-struct", "php-arr", "ruby", "ruby-hash", "kotlin", "java", "cs", "swift", "rust",
        "elixir", "groovy", "scala", "dart"}
NEG_DECK = ["placeholder", "env-reference", "secret-manager-reference", "publishable-key", "vendor-shaped-placeholder", "uuid-identifier",
            "password-policy", "fake-fixture", "hash-not-secret", "redacted", "encrypted-value", "secret-name-only", "vendor-example-key",
            "env-reference", "placeholder", "public-key"]

# (repo, path, syntax, family, header, footer, indent)
FILES = [
    ("saas-fastapi", "app/integrations/registry.py", "py-dict", "code-python", "import os\n\nVENDORS = {", "}", "    "),
    ("spring-fleet", "config-repo/integrations-prod.yml", "yaml", "yaml-config", "# shared vendor credentials (prod)\nacme:\n  vendors:", "", "    "),
    ("spring-fleet", "billing-service/src/main/java/com/acme/billing/VendorKeys.java", "java", "code-java",
     "package com.acme.billing;\n\nfinal class VendorKeys {", "    private VendorKeys() {}\n}", "    "),
    ("symfony-shop", ".env.staging", "dotenv", "dotenv", "# staging, copied from prod on 2025-03-02", "", ""),
    ("aspnet-azure", "src/Acme.Portal/appsettings.Production.json", "json", "json", '{\n  "Vendors": {', '    "Enabled": true\n  }\n}', "    "),
    ("aspnet-azure", "src/Acme.Worker/VendorOptions.cs", "cs", "code-csharp", "namespace Acme.Worker;\n\npublic static class VendorOptions\n{", "}", "    "),
    ("go-cli", "internal/providers/tokens.go", "go-struct", "code-go", "package providers\n\nvar builtin = Tokens{", "}", "\t"),
    ("node-prisma-api", "src/vendors.ts", "ts", "code-ts", "// vendor clients\nexport const vendors = {", "};", "  "),
    ("ci-monorepo", ".github/workflows/release.yml", "compose", "yaml-ci",
     "name: release\non:\n  release:\n    types: [published]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:", "    steps:\n      - run: make publish", "      "),
    ("terraform-multicloud", "secrets.auto.tfvars", "hcl", "terraform", "# TODO move into Vault", "", ""),
    ("k8s-kustomize", "overlays/prod/integrations.env", "dotenv", "dotenv", "", "", ""),
    ("data-warehouse", "ingestion/sources.yaml", "yaml", "yaml-config", "sources:\n  credentials:", "", "    "),
    ("laravel-vue", "config/integrations.php", "php-arr", "code-php", "<?php\n\nreturn [", "];", "    "),
    ("django-react", "backend/config/settings/integrations.py", "py", "code-python", "\"\"\"Third-party integrations.\"\"\"\nimport os\n", "", ""),
    ("ionic-capacitor", "ios/App/App/AppSecrets.swift", "swift", "code-swift", "enum AppSecrets {", "}", "    "),
    ("ionic-capacitor", "fastlane/Fastfile", "ruby", "code-ruby", "default_platform(:ios)\n\nplatform :ios do", "end", "  "),
    ("embedded-gateway", "src/cloud/keys.rs", "rust", "code-rust", "//! provisioning defaults", "", ""),
    ("magento-store", "app/etc/config.local.php", "php-arr", "code-php", "<?php\nreturn [\n    'vendors' => [", "    ],\n];", "        "),
    ("ghost-blog", ".env", "dotenv", "dotenv", "NODE_ENV=production", "", ""),
    ("jenkins-shared-lib", "resources/seed/credentials.groovy", "groovy", "code-groovy", "def seed = [", "]", "    "),
    ("support-scripts", "python/vendors.ini", "ini", "ini", "[vendors]", "", ""),
    ("dotfiles", ".config/fish/conf.d/secrets.fish", "fish", "shell-script", "# sourced by config.fish", "", ""),
    ("platform-services", "notifier/config/prod.secret.exs", "elixir", "code-elixir", "import Config\n\nconfig :notifier, :keys,", "  region: \"eu\"", "  "),
    ("platform-services", "ingest/src/vendors.kt", "kotlin", "code-kotlin", "package acme.ingest\n\nobject Vendors {", "}", "    "),
    ("keycloak-realm", "themes/acme/login/theme.properties", "props", "properties", "parent=keycloak\nimport=common/keycloak", "", ""),
    ("openshift-templates", "templates/integrations-secret.yaml", "yaml", "yaml-k8s",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: integrations\ntype: Opaque\nstringData:", "", "  "),
    ("salesforce-crm", "config/project-scratch-def.json", "json", "json", '{\n  "orgName": "ACME",\n  "settings": {', '    "x": 1\n  }\n}', "    "),
    ("strapi-cms", ".env.production", "dotenv", "dotenv", "NODE_ENV=production", "", ""),
    ("drupal-site", "web/sites/default/services.local.yml", "yaml", "yaml-config", "parameters:", "", "  "),
]


def top_up(c, minimum, negs_per_file):
    counts = c.counts()
    want = []
    for k in sorted(SIMPLE_VENDOR):
        want += [k] * max(0, minimum - counts.get(k, 0))
    for k in ["aws-access-key-id", "github-pat", "openai-project-key", "anthropic-api-key", "stripe-secret-key", "slack-bot-token",
              "slack-webhook", "google-api-key", "gitlab-pat", "sendgrid-key", "twilio-api-key", "npm-token", "huggingface-token",
              "azure-ad-client-secret", "github-fine-grained-pat", "openai-legacy-key", "groq-api-key", "replicate-token", "dockerhub-pat",
              "pypi-token", "telegram-bot-token", "discord-webhook", "shopify-access-token", "stripe-webhook-secret", "vault-token"]:
        want += [k] * max(0, minimum + 3 - counts.get(k, 0) - want.count(k))
    c.g.r.shuffle(want)
    opened = []
    for repo, path, syn, fam, head, foot, ind in FILES:
        f = c.repo(repo).file(path, family=fam)
        f.t(head) if head else None
        f.ind = ind
        opened.append((f, syn, foot))
    i = 0
    for k in want:
        f, syn, _ = opened[i % len(opened)]
        f.p("sh" if syn == "fish" else syn, k, style=None) if syn != "fish" else f.raw("set -gx " + K.KINDS[k][3][0] + " @@", k)
        i += 1
    j = 0
    for f, syn, foot in opened:
        for _ in range(negs_per_file):
            k = NEG_DECK[j % len(NEG_DECK)]
            j += 1
            if syn == "fish":
                from core import neg_value
                if k in ("env-reference",):
                    f.nraw("set -gx API_TOKEN @@", k, "$API_TOKEN_FROM_KEYCHAIN")
                else:
                    n, v = neg_value(c.g, k if k != "code-derived" else "placeholder")
                    if v:
                        f.nraw("set -gx " + n + " '@@'", k, v)
                    else:
                        f.nraw("set -gx " + n + " ''", k, "", anchor=n)
                continue
            if k == "code-derived" and syn not in CODE:
                k = "placeholder"
            f.n(syn, k)
        f.ind = ""
        f.t(foot) if foot else None
    g = c.g
    # lockfiles and pages that are full of hashes
    f = c.repo("node-prisma-api").file("yarn.lock", family="lockfile")
    f.t("# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n")
    for pkg in ["axios", "bcrypt", "dotenv", "jsonwebtoken", "nodemailer"]:
        f.t(f'{pkg}@^1.0.0:\n  version "1.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}"\n  resolved "https://registry.yarnpkg.com/{pkg}/-/{pkg}.tgz#{g.hx(40)}"')
        f.nraw("  integrity sha512-@@\n", "lockfile-integrity", g.b64bytes(64))
    f = c.repo("ionic-capacitor").file("Gemfile.lock", family="lockfile")
    f.t("GEM\n  remote: https://rubygems.org/\n  specs:\n    fastlane (2.225.0)\n\nCHECKSUMS")
    for gem in ["fastlane 2.225.0", "cocoapods 1.15.2", "xcodeproj 1.25.0"]:
        f.nraw(f"  {gem} sha256=@@", "lockfile-integrity", g.hx(64))
    f = c.repo("platform-services").file("ingest/Cargo.lock", family="lockfile")
    f.t("version = 3\n")
    for crate in ["serde", "tokio", "reqwest"]:
        f.t(f'[[package]]\nname = "{crate}"\nversion = "1.0.{g.r.randint(1, 200)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"')
        f.nraw('checksum = "@@"\n', "lockfile-integrity", g.hx(64))
    f = c.repo("ghost-blog").file("content/themes/acme/default.hbs", family="html")
    f.t("<!DOCTYPE html>\n<html>\n<head>")
    for lib in ["jquery-3.7.1.min.js", "bootstrap.bundle.min.js"]:
        f.nraw(f'<script src="https://cdn.jsdelivr.net/npm/{lib}" integrity="sha384-@@" crossorigin="anonymous"></script>', "lockfile-integrity", g.b64bytes(48))
    f.nraw('<script>window.GHOST_CONTENT_KEY = "@@";</script>', "publishable-key", g.hx(26))
    f.t("</head>\n<body>{{{body}}}</body>\n</html>")
