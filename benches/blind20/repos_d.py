"""Top-up files for every repository: a committed 'example'/template file that holds only references and
placeholders (negatives), and a staging/overrides file in the repository's own syntax with a few real
values next to references. Settings come from the shared decks in b20lib, rendered per syntax."""
from b20lib import extras

# repo, (positive file, family, style, header), (negative file, family, style, header)
TOPUP = [
    ("bank-batch-mainframe", ("config/db2batch-uat.properties", "properties", "props", "# UAT overrides for the JZOS batch"),
     ("config/db2batch.properties.template", "properties", "props", "# copy to db2batch.properties; values come from the vault")),
    ("pc-rating-engine", ("modules/configuration/config/rating/rating-uat.properties", "properties", "props", "# UAT"),
     ("modules/configuration/config/rating/rating.properties.example", "properties", "props", "# example values only")),
    ("travel-gds-bridge", ("config/staging.yml", "yaml", "yaml", "# staging GDS settings"),
     (".env.example", "dotenv", "env", "# copy to .env and fill in")),
    ("hotel-pms-integrations", ("ops/profiles/Staging.ps1", "powershell", "psenv", "# staging environment for the connector"),
     ("ops/profiles/Template.ps1", "powershell", "psenv", "# template; real values from SecretManagement")),
    ("tms-carrier-hub", ("config/carriers.staging.yaml", "yaml", "yaml", "# staging carriers"),
     ("config/carriers.example.yaml", "yaml", "yaml", "# example; see README for where the real values live")),
    ("pos-loyalty-backend", ("services/loyalty/.env.staging", "dotenv", "env", "# staging"),
     ("services/loyalty/.env.example", "dotenv", "env", "# example env for local dev")),
    ("erx-gateway", ("src/main/resources/application-uat.yml", "yaml", "yaml", "# UAT profile"),
     ("src/main/resources/application.yml", "yaml", "yaml", "# defaults; secrets injected by the platform")),
    ("research-data-portal", ("portal/settings/staging.py", "code-python", "py", "# staging settings"),
     ("portal/settings/local.example.py", "code-python", "py", "# copy to local.py")),
    ("broadcast-mam-tools", ("config/vidispine-stage.ini", "ini", "ini", "; stage cluster"),
     ("config/vidispine.ini.dist", "ini", "ini", "; distributed defaults")),
    ("odds-feed-ex", ("config/staging.exs", "elixir", "elixir", "import Config\nconfig :odds_feed, :staging,"),
     ("config/test.exs", "elixir", "elixir", "import Config\nconfig :odds_feed, :test_secrets,")),
    ("rtb-bidder-clj", ("resources/config-staging.edn", "clojure-edn", "edn", ";; staging overrides\n{:staging"),
     ("resources/config-template.edn", "clojure-edn", "edn", ";; template\n{:template")),
    ("soar-playbooks", ("xsoar/params/staging.json", "json", "json4", "{"),
     ("xsoar/params/example.json", "json", "json4", "{")),
    ("backup-dr-runbooks", ("restic/env/site-b.env", "dotenv", "export", "# site B restic environment"),
     ("restic/env/template.env", "dotenv", "export", "# template")),
    ("voip-sbc-configs", ("kamailio/kamailio-local.cfg", "kamailio-cfg", "kamailio", "#!KAMAILIO\n# local overrides"),
     ("kamailio/kamailio-local.cfg.sample", "kamailio-cfg", "kamailio", "#!KAMAILIO\n# sample")),
    ("iot-fleet-ops", ("nix/site-b.nix", "nix", "nix", "{ ... }:\n{\n  fleet.site = {"),
     ("nix/site-template.nix", "nix", "nix", "{ ... }:\n{\n  fleet.site = {")),
    ("marketplace-connector", ("config/initializers/staging_keys.rb", "code-ruby", "ruby", "# staging keys"),
     ("config/initializers/keys.rb.example", "code-ruby", "ruby", "# example")),
    ("l10n-pipeline", ("pipeline/staging.jsonnet", "jsonnet", "jsonnet", "{"),
     ("pipeline/template.jsonnet", "jsonnet", "jsonnet", "{")),
    ("legal-doc-assembly", ("config/staging.dhall", "dhall", "dhall", "{ environment = \"staging\""),
     ("config/template.dhall", "dhall", "dhall", "{ environment = \"template\"")),
    ("school-pi-lab", ("scripts/lab_env.sh", "shell-script", "export", "#!/bin/bash\n# sourced by the lab scripts"),
     ("scripts/lab_env.example.sh", "shell-script", "export", "#!/bin/bash\n# example")),
    ("netops-automation", ("tcl/site_creds.tcl", "tcl", "tcl", "# per-site credentials for the Tcl pollers"),
     ("tcl/site_creds.example.tcl", "tcl", "tcl", "# example")),
    ("edge-gateway-openresty", ("lua/config_staging.lua", "lua", "lua", "-- staging gateway settings"),
     ("lua/config_example.lua", "lua", "lua", "-- example")),
    ("ledger-hs", ("src/Ledger/Staging.hs", "haskell", "haskell", "module Ledger.Staging where\nstagingConfig = Config\n  { name = \"staging\""),
     ("src/Ledger/Example.hs", "haskell", "haskell", "module Ledger.Example where\nexampleConfig = Config\n  { name = \"example\"")),
    ("dotfiles-mk", (".config/fish/conf.d/work.fish", "fish", "fish", "# work environment"),
     (".config/fish/conf.d/work.fish.example", "fish", "fish", "# example")),
]

CLOSERS = {"json4": "    \"_end\": true\n}", "edn": " :end true}", "jsonnet": "}", "dhall": "}", "nix": "  };\n}",
           "haskell": "  }", "elixir": "  done: true"}


def topup(c):
    for repo, (ppath, pfam, pstyle, phead), (npath, nfam, nstyle, nhead) in TOPUP:
        f = c.file(repo, ppath, pfam)
        f.t(phead)
        extras(c, f, pstyle, 5, 3)
        if pstyle in CLOSERS:
            f.t(CLOSERS[pstyle])
        f = c.file(repo, npath, nfam)
        f.t(nhead)
        extras(c, f, nstyle, 0, 7)
        if nstyle in CLOSERS:
            f.t(CLOSERS[nstyle])


REPOS = [topup]
