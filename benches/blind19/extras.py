"""One more settings file per repository, filled from the shared decks in that file's own syntax,
so that every syntax meets many kinds (and the corpus reaches its size)."""

EXTRAS = [
    # repo, path, family, style, header, footer, indent
    ("agency-sites", "clients/northwind-cafe/.env.production", "dotenv", "dotenv", "# Northwind Cafe headless site (Next.js on Vercel)", "", ""),
    ("newsroom-scrapers", "scrapers/settings.py", "code-python", "python", '"""Shared settings for all scrapers."""\nTIMEOUT = 30\nUSER_AGENT = "newsroom-scraper/0.4"', "", ""),
    ("tabtamer-extension", "scripts/release.sh", "shell-script", "export", "#!/usr/bin/env bash\nset -euo pipefail\n# release helper: builds, signs and uploads to both stores", "npm run build && npx web-ext sign --channel=listed", ""),
    ("ledgerly-desktop", "src/main/config.ts", "code-ts", "js-obj", "// Build-time configuration for the main process\nexport const config = {", "};", "  "),
    ("fieldnotes-mobile", "ios/Config/Release.xcconfig", "xcconfig", "xcconfig", "// Release.xcconfig\n#include \"Base.xcconfig\"\nPRODUCT_BUNDLE_IDENTIFIER = app.fieldnotes.ios", "", ""),
    ("starforge-game", "Assets/StreamingAssets/backend.json", "json", "json", "{", '  "environment": "live"\n}', "  "),
    ("bundle-builder-shopify", "scripts/.env.staging", "dotenv", "dotenv-q", "# staging store (harbor-and-pine-staging)", "", ""),
    ("botyard", "discord/modbot/config.py", "code-python", "python", "# modbot configuration\nPREFIX = '!'", "", ""),
    ("homelab", "docker/.env", "dotenv", "dotenv", "# shared compose env for the media + tools stack\nTZ=Europe/Berlin\nPUID=1000\nPGID=1000", "", ""),
    ("mailhost", "scripts/backup-mail.sh", "shell-script", "shell", "#!/bin/bash\n# nightly: dump the mail DB and push maildirs to the offsite box", "borg create ::mail-{now} /var/vmail", ""),
    ("infra-ansible", "group_vars/web.yml", "yaml-ansible", "yaml", "---\nnginx_sites:\n  - portal\n  - api", "", ""),
    ("config-mgmt", "puppet/data/nodes/app01.corp.example.yaml", "hiera-yaml", "yaml", "---\nclasses:\n  - profile::app", "", ""),
    ("ci-migration", "scripts/ci-env.ps1", "powershell", "powershell", "# set up the environment the old TeamCity agents expected\n$ErrorActionPreference = 'Stop'", "& .\\build.ps1 -Configuration Release", ""),
    ("observability", "exporters/systemd/node-exporter.service", "systemd-unit", "systemd", "[Unit]\nDescription=Prometheus exporters wrapper\n\n[Service]\nUser=prometheus", "ExecStart=/usr/local/bin/exporters-wrapper\n\n[Install]\nWantedBy=multi-user.target", ""),
    ("terraform-multicloud", "envs/staging/terraform.tfvars", "terraform", "hcl", 'environment = "staging"\nregion      = "eu-west-1"', "", ""),
    ("gitops-cluster", "apps/search/deployment.yaml", "yaml-k8s", "k8s-env", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: search\nspec:\n  template:\n    spec:\n      containers:\n        - name: search\n          image: ghcr.io/corp/search:2.1.0\n          env:", "", "            "),
    ("legacy-php", "crm/config/app_constants.php", "code-php", "php-define", "<?php\n// legacy constants still included by the old cron scripts", "", ""),
    ("dotnet-portal", "Portal.Core/Settings.cs", "code-csharp", "csharp", "namespace Portal.Core\n{\n    public static class Settings\n    {", "    }\n}", "        "),
    ("orders-service", "src/main/resources/application-staging.properties", "properties", "properties", "# staging overrides\nspring.profiles.active=staging", "", ""),
    ("py-services", "portal/portal/settings/staging.py", "code-python", "python", "from .production import *  # noqa\nDEBUG = True", "", ""),
    ("go-billing", "deploy/docker/Dockerfile", "dockerfile", "dockerfile", "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /billing ./cmd/billing\n\nFROM gcr.io/distroless/base-debian12\nCOPY --from=build /billing /billing", 'ENTRYPOINT ["/billing"]', ""),
    ("rust-cli-tidepool", "dev/.env", "dotenv", "dotenv", "# cargo run reads this via dotenvy", "", ""),
    ("rag-lab", "scripts/keys.sh", "shell-script", "export", "#!/bin/sh\n# source me before running the eval harness", "", ""),
    ("redteam-notes", "tools/recon/config.toml", "toml", "toml", "# recon tooling keys (shared team account)\n[recon]", "", ""),
]


def build(c, npos=7, nneg=9):
    for repo, path, family, style, header, footer, indent in EXTRAS:
        f = c.file(repo, path, family)
        if header:
            f.t(header)
        f.deck(style, npos, nneg, indent=indent)
        if footer:
            f.t(footer)
