"""Repositories 17-23: localisation pipeline, legal document assembly (OCaml, Dhall), school Raspberry Pi
lab, network automation (Expect, Tcl, Perl), OpenResty gateway (Lua, Starlark, CUE), a Haskell ledger
service, and a developer's dotfiles with shell and database histories."""
from b20lib import J, extras
from repos_a import aws_id, aws_secret, S_ALNUM_DASH


def gh_fine(S):
    return J("github", "_pat_") + S.s(S_ALNUM_DASH.replace("-", ""), 22) + "_" + S.alnum(59)


# ------------------------------------------------------------------ 17. localisation pipeline
def l10n_pipeline(c):
    S, R = c.S, "l10n-pipeline"
    f = c.file(R, "pipeline/config.jsonnet", "jsonnet")
    f.t("""
        // Translation pipeline: source strings -> MT pre-translation -> TMS -> release bundles
        local env = std.extVar('env');
        {
          deepl: {
            endpoint: 'https://api.deepl.com/v2',""")
    f.p("    auth_key: '@@',", S.uuid(), "deepl-api-key", "deepl")
    f.t("""
          },
          deepl_free: {
            endpoint: 'https://api-free.deepl.com/v2',""")
    f.p("    auth_key: '@@',", S.uuid() + ":fx", "deepl-free-api-key", "deepl", False)
    f.t("""
          },
          google: {
            project: 'acme-l10n',""")
    f.p("    api_key: '@@',", J("AI", "za") + S.s(S_ALNUM_DASH, 35), "google-api-key", "google", False)
    f.t("""
          },
          crowdin: {
            project_id: 418822,""")
    f.p("    token: '@@',", S.hex(80), "crowdin-personal-token", "crowdin")
    f.t("""
          },
          lokalise: {
            project_id: '""" + S.digits(9) + "." + S.alnum(8) + """',""")
    f.p("    api_token: '@@',", S.hex(40), "lokalise-api-token", "lokalise")
    f.t("""
          },
          phrase: {""")
    f.n("    access_token: std.extVar('@@'),", "PHRASE_ACCESS_TOKEN", "env-reference")
    f.t("""
          },
          smartling: {
            user_identifier: '""" + S.lower(30) + """',""")
    f.p("    user_secret: '@@',", S.b64(40), "smartling-user-secret", "smartling")
    f.t("""
          },
        }""")
    f = c.file(R, "crowdin.yml", "yaml")
    f.t("""
        project_id_env: CROWDIN_PROJECT_ID""")
    f.n('api_token_env: @@', "CROWDIN_PERSONAL_TOKEN", "env-reference")
    f.t("""
        base_path: "."
        preserve_hierarchy: true
        files:
          - source: /locales/en/**/*.json
            translation: /locales/%two_letters_code%/**/%original_file_name%""")
    f = c.file(R, ".phrase.yml", "yaml")
    f.t("""
        phrase:""")
    f.p("  access_token: @@", S.hex(64), "phrase-access-token", "phrase")
    f.t("""
          project_id: """ + S.hex(32) + """
          push:
            sources:
              - file: ./locales/en.yml
                params:
                  file_format: yml""")
    f = c.file(R, ".github/workflows/sync.yml", "yaml-ci")
    f.t("""
        name: sync translations
        on:
          schedule:
            - cron: '17 3 * * *'
        jobs:
          sync:
            runs-on: ubuntu-latest
            env:""")
    f.n("      CROWDIN_PERSONAL_TOKEN: @@", "${{ secrets.CROWDIN_PERSONAL_TOKEN }}", "ci-secret-reference")
    f.n("      DEEPL_AUTH_KEY: @@", "${{ secrets.DEEPL_AUTH_KEY }}", "ci-secret-reference")
    f.n("      LOKALISE_API_TOKEN: @@", "${{ vars.LOKALISE_TOKEN_NAME }}", "ci-secret-reference")
    f.t("""
            steps:
              - uses: actions/checkout@""" + S.sha1() + """ # v4
              - run: npx crowdin download
              - name: notify""")
    f.p('        run: curl -X POST -H "Content-Type: application/json" -d \'{"text":"l10n synced"}\' @@',
        "https://acme.webhook.office.com/webhookb2/" + S.uuid() + "@" + S.uuid() + "/IncomingWebhook/" + S.hex(32) + "/" + S.uuid(),
        "teams-webhook-url", "microsoft", False)
    f = c.file(R, "scripts/pretranslate.py", "code-python")
    f.t("""
        import deepl
        import os
""")
    f.n('translator = deepl.Translator(os.environ["@@"])', "DEEPL_AUTH_KEY", "env-reference")
    f.n('# free keys end in :fx, e.g. @@', J("279a2e9d-83b3-c416", "-7e2d-f721593e42a0:fx"), "vendor-example-key")
    f.p('TRANSIFEX_TOKEN = "@@"', "1/" + S.hex(40), "transifex-api-token", "transifex")
    f.p('OPENAI_API_KEY = "@@"', J("sk-", "proj-") + S.s(S_ALNUM_DASH, 74) + J("T3Blbk", "FJ") + S.s(S_ALNUM_DASH, 74),
        "openai-api-key", "openai", False)
    extras(c, f, "py", 2, 3)
    f = c.file(R, "locales/en/settings.json", "json")
    f.t("""
        {""")
    f.n('  "password_label": "@@",', "Password", "look-alike")
    f.n('  "api_key_hint": "@@",', "Paste your API key here", "placeholder")
    f.n('  "token_expired": "@@",', "Your session token has expired. Please sign in again.", "look-alike")
    f.t("""
          "save": "Save"
        }""")


# ------------------------------------------------------------------ 18. legal document assembly (OCaml, Dhall)
def legal_docassembly(c):
    S, R = c.S, "legal-doc-assembly"
    f = c.file(R, "bin/config.ml", "ocaml")
    f.t("""
        (* Envelope service configuration: DocuSign, Adobe Acrobat Sign, iManage Work *)
        let docusign_base = "https://eu.docusign.net/restapi\"""")
    f.n('let docusign_integration_key = "@@"', S.uuid(), "uuid-id")
    f.n('let docusign_user_id = "@@"', S.uuid(), "uuid-id")
    f.p('let docusign_secret_key = "@@"', S.uuid(), "docusign-secret-key", "docusign")
    f.p('let adobe_sign_client_secret = "@@"', S.s(S_ALNUM_DASH, 32), "adobe-sign-client-secret", "adobe")
    f.p('let adobe_sign_integration_key = "@@"', J("3AAAB", "Lblq") + S.s(S_ALNUM_DASH, 70), "adobe-sign-integration-key", "adobe")
    f.p('let imanage_client_secret = "@@"', S.alnum(40), "imanage-client-secret", "imanage")
    f.n('let imanage_password = Sys.getenv "@@"', "IMANAGE_PASSWORD", "env-reference")
    f.p('let clio_client_secret = "@@"', S.alnum(40), "clio-client-secret", "clio")
    f.t("""
        let db_uri =""")
    f.p('  Uri.of_string "@@"', "postgresql://docasm:" + S.pw(3) + "@pg-legal.internal:5432/docasm", "postgres-url", "postgres", False)
    extras(c, f, "ocaml", 3, 3)
    f = c.file(R, "keys/docusign_jwt_private.pem", "pem-file")
    f.block("", S.rsa_pem(), "", "private-key-rsa", "-")
    f = c.file(R, "config/prod.dhall", "dhall")
    f.t("""
        let Env = ./types/Env.dhall

        in  { environment = "production"
            , port = 8443""")
    f.p('    , netdocumentsClientSecret = "@@"', S.alnum(48), "netdocuments-client-secret", "netdocuments")
    f.n('    , netdocumentsClientId = "@@"', "AP-" + S.upper(8), "public-id")
    f.p('    , smtpPassword = "@@"', S.pw(), "smtp-password")
    f.n('    , signingKeyPath = "@@"', "/run/secrets/docusign_jwt_private.pem", "file-reference")
    f.n('    , dbPassword = env:@@ as Text', "DB_PASSWORD", "env-reference")
    f.t("""    } : Env""")
    f = c.file(R, "config/dev.dhall", "dhall")
    f.t("""
        { environment = "dev\"""")
    f.n(', netdocumentsClientSecret = "@@"', "dev-secret-not-real", "test-fixture")
    f.n(', smtpPassword = "@@"', "", "empty-value")
    f.t("""}""")
    f = c.file(R, "templates/engagement_letter.docx.json", "json")
    f.t("""
        {
          "template": "engagement-letter-v7",""")
    f.n('  "checksum": "@@",', S.sha256(), "checksum")
    f.n('  "docusign_template_id": "@@",', S.uuid(), "uuid-id")
    f.n('  "signature_block_image": "@@"', "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGQAAAAe" + S.b64(60), "base64-image")
    f.t("""
        }""")
    f = c.file(R, "dune-project", "dune")
    f.t("""
        (lang dune 3.12)
        (name legal_doc_assembly)
        (package (name legal_doc_assembly) (depends (ocaml (>= 5.1)) cohttp-lwt-unix yojson))""")
    f = c.file(R, "docs/SETUP.md", "markdown")
    f.t("""
        # Local setup

        Create `config/local.dhall` with your own keys. The shape is:

        | setting | example |
        |---|---|""")
    f.n("| `docusignSecretKey` | `@@` |", "00000000-0000-0000-0000-000000000000", "placeholder")
    f.n("| `adobeSignClientSecret` | `@@` |", "<from Acrobat Sign API applications>", "placeholder")
    f.t("""
        Ask in #legal-eng for the staging DocuSign secret; staging currently uses:
""")
    f.p("    DOCUSIGN_SECRET_KEY=@@", S.uuid(), "docusign-secret-key", "docusign")


# ------------------------------------------------------------------ 19. school Raspberry Pi lab
def school_pi_lab(c):
    S, R = c.S, "school-pi-lab"
    f = c.file(R, "image/boot/wpa_supplicant.conf", "wpa-supplicant")
    f.t("""
        ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
        update_config=1
        country=GB

        network={
            ssid="STEM-LAB"
        """)
    f.p('    psk="@@"', S.pw(0), "wifi-psk")
    f.t("""
            key_mgmt=WPA-PSK
        }

        network={
            ssid="SCHOOL-STAFF\"""")
    f.p("    psk=@@", S.hex(64), "wifi-psk-hex")
    f.t("""
        }

        network={
            ssid="eduroam"
            key_mgmt=WPA-EAP
            eap=PEAP
            identity="pilab@school.example.sch.uk\"""")
    f.p('    password="@@"', S.pw(), "eduroam-password")
    f.n('    # password=hash:@@', S.hex(32), "password-hash")
    f.t("""
        }""")
    f = c.file(R, "image/boot/userconf.txt", "credential-file")
    f.n("pi:@@", S.sha512crypt(), "password-hash")
    f = c.file(R, "image/user-data", "cloud-init")
    f.t("""
        #cloud-config
        hostname: pilab-01
        users:
          - name: teacher
            groups: sudo
            shell: /bin/bash
            lock_passwd: false""")
    f.p("    plain_text_passwd: @@", S.pw(4), "cloud-init-plain-password")
    f.t("""
          - name: student""")
    f.n("    passwd: @@", S.sha512crypt(), "password-hash")
    f.n("    ssh_authorized_keys: [\"@@\"]", S.ssh_pub("teacher@staffroom"), "public-key")
    f.t("""
        runcmd:""")
    f.p("  - [ sh, -c, 'x11vnc -storepasswd @@ /etc/x11vnc.pass' ]", S.alnum(8), "vnc-password")
    f.p("  - [ sh, -c, 'curl -fsSL https://pilab.school.example/enrol?token=@@ | sh' ]", S.hex(32), "enrolment-token-in-url")
    f = c.file(R, "projects/weather-station/secrets.py", "code-python")
    f.t("""
        # CircuitPython secrets for the Pico W weather station
        secrets = {
            "ssid": "STEM-LAB",""")
    f.p('    "password": "@@",', S.pw(0), "wifi-password")
    f.t("""
            "aio_username": "stem_lab_pi",""")
    f.p('    "aio_key": "@@",', J("ai", "o_") + S.alnum(28), "adafruit-io-key", "adafruit", False)
    f.p('    "openweather_token": "@@",', S.hex(32), "openweathermap-api-key", "openweathermap")
    f.t("""
            "timezone": "Europe/London",
        }""")
    f = c.file(R, "projects/weather-station/secrets.example.py", "code-python")
    f.t("""
        secrets = {""")
    f.n('    "password": "@@",', "your-wifi-password", "placeholder")
    f.n('    "aio_key": "@@",', J("b780002b85d6411c", "a0ad9f9c60195f72"), "vendor-example-key")
    f.t("""
        }""")
    f = c.file(R, "projects/plant-monitor/blynk_monitor.py", "code-python")
    f.t("""
        import BlynkLib
        import RPi.GPIO as GPIO
""")
    f.p('BLYNK_AUTH = "@@"', S.b64url(24), "blynk-auth-token", "blynk")
    f.p('TELEGRAM_BOT_TOKEN = "@@"', S.digits(10) + ":" + "AA" + S.s(S_ALNUM_DASH, 33), "telegram-bot-token", "telegram", False)
    f.t("""
        blynk = BlynkLib.Blynk(BLYNK_AUTH)""")
    f = c.file(R, "teacher-mac/MountShares.applescript", "applescript")
    f.t("""
        -- mounts the lab NAS shares on the teacher's iMac at login
        set nasHost to "pilab-nas.local\"""")
    f.p('set nasPassword to "@@"', S.pw(0), "applescript-password")
    f.t("""
        tell application "Finder"
        \tmount volume "smb://teacher@" & nasHost & "/projects" as user name "teacher" with password nasPassword
        end tell""")
    f.p('do shell script "/usr/local/bin/pilab-sync --all" user name "labadmin" password "@@" with administrator privileges',
        S.pw(4), "applescript-admin-password")
    f.n('set kcPassword to do shell script "security find-generic-password -s @@ -w"', "pilab-nas", "secret-store-reference")
    f = c.file(R, "scripts/reset_pis.sh", "shell-script")
    f.t("""
        #!/bin/bash
        # reset all lab Pis to the golden image
        for i in $(seq -w 1 30); do""")
    f.p("  sshpass -p '@@' ssh -o StrictHostKeyChecking=no pi@pilab-$i.local 'sudo reboot'", S.pw(0), "sshpass-password")
    f.t("""
        done""")
    f.n('# default Raspberry Pi OS login was pi / @@ (removed in 2022 images)', "raspberry", "vendor-default")
    extras(c, f, "export", 2, 2)


# ------------------------------------------------------------------ 20. network automation (Expect, Tcl, Perl)
def netops(c):
    S, R = c.S, "netops-automation"
    f = c.file(R, "expect/backup_switch.exp", "expect")
    f.t("""
        #!/usr/bin/expect -f
        # Pull running-config from the access switches (no SSH keys on these old 2960s)
        set timeout 20
        set host [lindex $argv 0]
        set user "netbackup\"""")
    f.p('set pass "@@"', S.pw(1), "expect-login-password")
    f.p('set enable "@@"', S.pw(3), "cisco-enable-password")
    f.t("""
        spawn ssh -o KexAlgorithms=+diffie-hellman-group14-sha1 $user@$host
        expect "assword:"
        send "$pass\\r"
        expect ">"
        send "enable\\r"
        expect "assword:"
        send "$enable\\r"
        expect "#"
        send "terminal length 0\\r"
        send "show running-config\\r"
        expect "#"
        send "exit\\r\"""")
    f = c.file(R, "expect/console_server.exp", "expect")
    f.t("""
        #!/usr/bin/expect -f
        spawn telnet 10.9.0.5 7003
        expect "Username:"
        send "admin\\r"
        expect "Password:\"""")
    f.p('send "@@\\r"', S.pw(4), "expect-send-password")
    f.n('send "@@\\r"', "$env(CONSOLE_PW)", "env-reference")
    f.t("""
        interact""")
    f = c.file(R, "tcl/snmp_poll.tcl", "tcl")
    f.t("""
        #!/usr/bin/env tclsh
        package require Tnm
        set targets {core-sw1 core-sw2 dist-sw3}""")
    f.p("set community @@", S.alnum(14), "snmp-community-string")
    f.p('set v3_auth_pass "@@"', S.pw(), "snmpv3-auth-password")
    f.p('set v3_priv_pass "@@"', S.pw(1), "snmpv3-priv-password")
    f.n('set v3_auth_proto "@@"', "SHA-256", "policy-setting")
    f.n('set ro_community "@@"', "public", "vendor-default")
    f.t("""
        foreach t $targets {
            set s [snmp session -address $t -community $community]
            puts [$s get sysUpTime.0]
        }""")
    f = c.file(R, "perl/lib/NetOps/Creds.pm", "perl")
    f.t("""
        package NetOps::Creds;
        use strict;
        use warnings;

        # Shared credentials for the legacy automation. Yes, really.
        our %CREDS = (""")
    f.p("    tacacs_key    => '@@',", S.alnum(20), "tacacs-shared-key")
    f.p("    radius_secret => '@@',", S.pw(3), "radius-shared-secret")
    f.p("    infoblox_pass => '@@',", S.pw(), "infoblox-password", "infoblox")
    f.n("    netbox_token  => $ENV{'@@'},", "NETBOX_TOKEN", "env-reference")
    f.p("    solarwinds_pw => '@@',", S.pw(0), "solarwinds-password", "solarwinds")
    f.t("""
        );
        1;""")
    f = c.file(R, "perl/bin/push_acl.pl", "perl")
    f.t("""
        #!/usr/bin/perl
        use strict;
        use Net::SSH::Expect;
        use NetOps::Creds;
""")
    f.p("my $ssh = Net::SSH::Expect->new(host => $ARGV[0], user => 'netadmin', password => '@@', raw_pty => 1);",
        S.pw(1), "perl-ssh-password")
    f.p("my $netbox = 'Token @@';", S.hex(40), "netbox-api-token", "netbox")
    f.n("my $hash = '@@';  # md5 of the previous ACL, used to skip no-op pushes", S.hex(32), "checksum")
    f.t("""
        $ssh->login();
        print $ssh->exec("show access-lists");""")
    f = c.file(R, "configs/core-sw1.cfg", "cisco-ios")
    f.t("""
        !
        hostname core-sw1
        !""")
    f.n("enable secret 9 @@", "$9$" + S.s(S_ALNUM_DASH.replace("-", "").replace("_", "") + "./", 14) + "$" + S.s(
        S_ALNUM_DASH.replace("-", "").replace("_", "") + "./", 43), "password-hash")
    f.n("username netadmin privilege 15 secret 5 @@", "$1$" + S.alnum(4) + "$" + S.s(S_ALNUM_DASH.replace("-", "") + "./", 22),
        "password-hash")
    f.p("username breakglass privilege 15 password 0 @@", S.pw(1), "cisco-plaintext-password", "cisco")
    f.t("""
        !
        tacacs server ISE1
         address ipv4 10.9.1.10""")
    f.p(" key 0 @@", S.alnum(20), "tacacs-shared-key")
    f.t("""
        !""")
    f.p("snmp-server community @@ RO 99", S.alnum(14), "snmp-community-string")
    f.n("snmp-server community @@ RO 98", "public", "vendor-default")
    f.p("crypto isakmp key @@ address 203.0.113.18", S.pw(3), "ipsec-preshared-key")
    f.t("""
        !
        line vty 0 4
         transport input ssh
        !
        end""")
    f = c.file(R, "configs/edge-fw1.junos.conf", "junos")
    f.t("""
        system {
            host-name edge-fw1;
            root-authentication {""")
    f.n('        encrypted-password "@@";', S.sha512crypt(), "password-hash")
    f.t("""
            }
        }
        security {
            ike {
                policy ike-pol-dc2 {""")
    f.p('            pre-shared-key ascii-text "@@";', S.pw(1), "ipsec-preshared-key")
    f.t("""
                }
            }
        }""")


# ------------------------------------------------------------------ 21. OpenResty / Kong gateway
def openresty_gateway(c):
    S, R = c.S, "edge-gateway-openresty"
    f = c.file(R, "conf/nginx.conf", "nginx-conf")
    f.t("""
        worker_processes auto;
        events { worker_connections 4096; }
        http {
            lua_shared_dict jwks 10m;
            upstream billing { server billing.svc.internal:8080; }
            server {
                listen 443 ssl;
                ssl_certificate     /etc/nginx/tls/edge.crt;
                ssl_certificate_key /etc/nginx/tls/edge.key;""")
    f.n("        ssl_password_file   @@;", "/etc/nginx/tls/edge.pass", "file-reference")
    f.t("""
                location /billing/ {""")
    f.p('            proxy_set_header Authorization "Bearer @@";', S.b64url(40), "nginx-upstream-bearer-token")
    f.p('            proxy_set_header X-Internal-Key "@@";', S.hex(48), "nginx-internal-api-key")
    f.t("""
                    proxy_pass http://billing;
                }
                location /legacy/ {""")
    f.p('            proxy_set_header Authorization "Basic @@";', S.b64(24), "basic-auth-header")
    f.n('            set $api_key "@@";', "$http_x_api_key", "template-reference")
    f.t("""
                    proxy_pass http://legacy.svc.internal;
                }
            }
        }""")
    f = c.file(R, "lua/auth.lua", "lua")
    f.t("""
        local jwt = require "resty.jwt"
        local _M = {}
""")
    f.p('local JWT_SECRET = "@@"', S.b64(48), "jwt-signing-secret")
    f.n('local JWT_SECRET_NEXT = os.getenv("@@")', "JWT_SECRET_NEXT", "env-reference")
    f.p('local REDIS_AUTH = "@@"', S.alnum(32), "redis-password")
    f.t("""
        local HMAC_KEYS = {""")
    f.p('  partner_a = "@@",', S.hex(64), "hmac-key")
    f.p('  partner_b = "@@",', S.hex(64), "hmac-key")
    f.n('  partner_c = "@@",', "", "empty-value")
    f.t("""
        }

        function _M.verify()
          local token = ngx.var.http_authorization
          local obj = jwt:verify(JWT_SECRET, token)
          if not obj.verified then return ngx.exit(401) end
        end
        return _M""")
    extras(c, f, "lua", 2, 2)
    f = c.file(R, "kong/kong.yml", "yaml")
    f.t("""
        _format_version: "3.0"
        consumers:
          - username: mobile-app
            keyauth_credentials:""")
    f.p("      - key: @@", S.alnum(32), "kong-key-auth-credential", "kong")
    f.t("""
          - username: partner-erp
            jwt_secrets:
              - key: partner-erp-issuer
                algorithm: HS256""")
    f.p("        secret: @@", S.alnum(40), "kong-jwt-secret", "kong")
    f.t("""
          - username: ops
            basicauth_credentials:
              - username: ops""")
    f.p("        password: @@", S.pw(), "kong-basicauth-password", "kong")
    f.t("""
          - username: billing
            hmacauth_credentials:
              - username: billing""")
    f.p("        secret: @@", S.b64(24), "kong-hmac-secret", "kong")
    f.t("""
          - username: rsa-partner
            jwt_secrets:
              - key: rsa-partner
                algorithm: RS256""")
    f.n("        rsa_public_key: @@", S.pubkey_pem()[1], "public-key")
    f = c.file(R, "Tiltfile", "starlark")
    f.t("""
        # -*- mode: Python -*-
        load('ext://secret', 'secret_from_dict')
        allow_k8s_contexts('kind-edge')
""")
    f.p("DEV_REDIS_PASSWORD = '@@'", S.alnum(20), "redis-password")
    f.t("""
        k8s_yaml(secret_from_dict('edge-secrets', inputs={""")
    f.p("    'JWT_SECRET': '@@',", S.b64(32), "jwt-signing-secret")
    f.n("    'LICENSE_KEY': os.getenv('@@', ''),", "KONG_LICENSE_KEY", "env-reference")
    f.t("""
        }))
        docker_build('edge-gateway', '.')""")
    f = c.file(R, "deploy/BUILD.bazel", "starlark")
    f.t("""
        load("@rules_oci//oci:defs.bzl", "oci_image", "oci_push")

        oci_image(
            name = "image",
            base = "@openresty_base",""")
    f.n('    env = {"JWT_SECRET_FILE": "@@"},', "/run/secrets/jwt", "file-reference")
    f.t("""
        )
        oci_push(
            name = "push",
            image = ":image",
            repository = "registry.acme.example/edge/openresty",""")
    f.n('    remote_tags = ["@@"],', S.sha1()[:12], "commit-sha")
    f.t("""
        )""")
    f = c.file(R, "deploy/MODULE.bazel.lock", "lockfile")
    f.t("""
        {
          "lockFileVersion": 11,
          "registryFileHashes": {""")
    f.n('    "https://bcr.bazel.build/modules/rules_oci/1.7.5/MODULE.bazel": "@@",', S.sha256(), "lockfile-hash")
    f.n('    "https://bcr.bazel.build/modules/bazel_skylib/1.5.0/MODULE.bazel": "@@",', S.sha256(), "lockfile-hash")
    f.t("""
          }
        }""")
    f = c.file(R, "cue/gateway.cue", "cue")
    f.t("""
        package gateway

        #Upstream: {
        \tname:   string
        \turl:    string
        \ttoken?: string
        }

        upstreams: [...#Upstream] & [{
        \tname: "billing"
        \turl:  "http://billing.svc.internal:8080\"""")
    f.p('\ttoken: "@@"', S.b64url(32), "cue-upstream-token")
    f.t("""}, {
        \tname: "search"
        \turl:  "http://search.svc.internal:9200\"""")
    f.n('\ttoken: "@@" @tag(search_token)', "", "empty-value")
    f.t("""}]

        datadog: {""")
    f.p('\tapi_key: "@@"', S.hex(32), "datadog-api-key", "datadog")
    f.p('\tapp_key: "@@"', S.hex(40), "datadog-app-key", "datadog")
    f.t("""}""")
    extras(c, f, "cue", 2, 3)


# ------------------------------------------------------------------ 22. Haskell ledger service
def haskell_ledger(c):
    S, R = c.S, "ledger-hs"
    f = c.file(R, "config/settings.yml", "yaml")
    f.t("""
        # Yesod settings; values of the form "_env:NAME:default" come from the environment
        static-dir: "_env:YESOD_STATIC_DIR:static"
        host: "_env:YESOD_HOST:*4"
        port: "_env:YESOD_PORT:3000"
        database:
          user: "_env:YESOD_PGUSER:ledger\"""")
    f.n('  password: "@@"', "_env:YESOD_PGPASS:ledger", "env-reference")
    f.t("""
          host: "_env:YESOD_PGHOST:localhost"
          database: "_env:YESOD_PGDATABASE:ledger"
        plaid:
          client-id: \"""" + S.hex(24) + """\"""")
    f.p('  secret: "@@"', S.hex(30), "plaid-secret", "plaid")
    f.t("""
        stripe:""")
    f.p('  secret-key: "@@"', J("rk", "_live_") + S.alnum(99), "stripe-restricted-key", "stripe", False)
    f.p('  webhook-secret: "@@"', J("wh", "sec_") + S.alnum(32), "stripe-webhook-secret", "stripe", False)
    f.t("""
        copyright: Insert copyright statement here""")
    f = c.file(R, "src/Ledger/Config.hs", "haskell")
    f.t("""
        {-# LANGUAGE OverloadedStrings #-}
        module Ledger.Config (defaultConfig, Config(..)) where

        import Data.Text (Text)

        data Config = Config
          { cfgDbUrl        :: Text
          , cfgSigningKey   :: Text
          , cfgOpenExchange :: Text
          , cfgSentryDsn    :: Text
          }

        defaultConfig :: Config
        defaultConfig = Config""")
    f.p('  { cfgDbUrl        = "@@"', "postgresql://ledger:" + S.pw(3) + "@ledger-db.internal:5432/ledger", "postgres-url",
        "postgres", False)
    f.p('  , cfgSigningKey   = "@@"', S.b64(64), "hmac-key")
    f.p('  , cfgOpenExchange = "@@"', S.hex(32), "openexchangerates-app-id", "openexchangerates")
    f.n('  , cfgSentryDsn    = "@@"', "https://" + S.hex(32) + "@o" + S.digits(6) + ".ingest.sentry.io/" + S.digits(7),
        "sentry-dsn-public")
    f.t("""
          }""")
    extras(c, f, "haskell", 2, 2)
    f = c.file(R, "stack.yaml.lock", "lockfile")
    f.t("""
        packages: []
        snapshots:
        - completed:""")
    f.n("    sha256: @@", S.sha256(), "lockfile-hash")
    f.t("""
            size: 719579
            url: https://raw.githubusercontent.com/commercialhaskell/stackage-snapshots/master/lts/22/7.yaml""")
    f = c.file(R, "deploy/default.nix", "nix")
    f.t("""
        { pkgs ? import <nixpkgs> {} }:
        pkgs.dockerTools.buildLayeredImage {
          name = "ledger-hs";
          config.Env = [""")
    f.p('    "LEDGER_HMAC_KEY=@@"', S.b64(48), "hmac-key")
    f.n('    "LEDGER_DB_PASSWORD_FILE=@@"', "/run/secrets/db", "file-reference")
    f.t("""
          ];
        }""")
    f = c.file(R, "nix/nix.conf", "nix")
    f.t("""
        experimental-features = nix-command flakes
        substituters = https://cache.nixos.org https://ledger-hs.cachix.org""")
    f.n("trusted-public-keys = cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY= ledger-hs.cachix.org-1:@@",
        S.b64(32), "public-key")
    f.p("access-tokens = github.com=@@", S.github_classic("p"), "github-pat-classic", "github", False)
    f = c.file(R, ".cachix-token", "credential-file")
    f.p("@@", S.jwt({"jti": S.uuid(), "scopes": "cx"}), "cachix-auth-token", "cachix", False)


# ------------------------------------------------------------------ 23. developer dotfiles and histories
def dotfiles(c):
    S, R = c.S, "dotfiles-mk"
    f = c.file(R, ".bash_history", "shell-history")
    f.t("""
        cd ~/src/ledger-hs
        git pull --rebase
        stack build --fast""")
    f.p("export GITHUB_TOKEN=@@", S.github_classic("p"), "github-pat-classic", "github", False)
    f.t("""
        gh pr list
        kubectl config use-context prod-eu""")
    f.p("mysql -h db-legacy.internal -u report -p'@@' reports < q3.sql", S.pw(1), "mysql-cli-password")
    f.p("PGPASSWORD='@@' psql -h pg-ledger.internal -U ledger ledger", S.pw(3), "pgpassword-env")
    f.t("""
        history | grep curl""")
    f.p('curl -H "PRIVATE-TOKEN: @@" https://gitlab.acme.example/api/v4/projects', J("glp", "at-") + S.s(S_ALNUM_DASH, 20),
        "gitlab-pat", "gitlab", False)
    f.p("docker login registry.acme.example -u mk -p @@", S.pw(3), "docker-login-password")
    f.n("docker login -u mk --password-stdin < @@", "~/.registry-pass", "file-reference")
    f.p("vault login @@", J("hv", "s.") + S.s(S_ALNUM_DASH, 24), "vault-token", "hashicorp", False)
    f.p("npm config set //registry.npmjs.org/:_authToken @@", J("np", "m_") + S.alnum(36), "npm-token", "npm", False)
    f.p("twine upload -u __token__ -p @@ dist/*", J("pypi-", "AgEIcHlwaS5vcmc") + S.b64url(120), "pypi-token", "pypi", False)
    f.n("echo $@@", "AWS_SECRET_ACCESS_KEY", "env-reference")
    f.n("git show @@", S.sha1(), "commit-sha")
    f.p("sudo tailscale up --authkey @@", J("tskey", "-auth-") + S.alnum(11) + "CNTRL-" + S.alnum(30), "tailscale-auth-key",
        "tailscale", False)
    f = c.file(R, ".zsh_history", "shell-history")
    f.t(""": 1718003311:0;brew upgrade
        : 1718003402:0;cd ~/work/edge-gateway-openresty""")
    f.p(": 1718003490:0;export OPENAI_API_KEY=@@", J("sk-", "proj-") + S.s(S_ALNUM_DASH, 74) + J("T3Blbk", "FJ") +
        S.s(S_ALNUM_DASH, 74), "openai-api-key", "openai", False)
    f.p(": 1718003555:0;export ANTHROPIC_API_KEY=@@", J("sk-ant-", "api03-") + S.s(S_ALNUM_DASH, 93) + "AA",
        "anthropic-api-key", "anthropic", False)
    f.p(": 1718004001:0;export HF_TOKEN=@@", J("h", "f_") + S.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34),
        "huggingface-token", "huggingface", False)
    f.p(": 1718004120:0;curl -u mk:@@ https://jira.acme.example/rest/api/2/myself", J("ATATT", "3xFfGF0") +
        S.s(S_ALNUM_DASH, 180) + "=" + S.HEX(8), "atlassian-api-token", "atlassian", False)
    f.p(": 1718004200:0;doctl auth init -t @@", J("do", "p_v1_") + S.hex(64), "digitalocean-token", "digitalocean", False)
    f.n(": 1718004380:0;export AWS_PROFILE=@@", "prod-readonly", "look-alike")
    f.p(": 1718004402:0;aws configure set aws_secret_access_key @@", aws_secret(S), "aws-secret-access-key", "aws")
    f.p(": 1718004511:0;echo '@@' | docker login ghcr.io -u mk --password-stdin", gh_fine(S), "github-fine-grained-pat",
        "github", False)
    f.n(": 1718004600:0;export GITHUB_TOKEN=@@", "$(gh auth token)", "env-reference")
    f.p(": 1718004700:0;export DOPPLER_TOKEN=@@", J("dp.", "st.prd.") + S.alnum(40), "doppler-service-token", "doppler", False)
    f.p(": 1718004800:0;export LINEAR_API_KEY=@@", J("lin", "_api_") + S.alnum(40), "linear-api-key", "linear", False)
    f.p(": 1718004900:0;export NEW_RELIC_API_KEY=@@", J("NR", "AK-") + S.upper(27), "newrelic-user-key", "newrelic", False)
    f.p(": 1718005000:0;export GRAFANA_TOKEN=@@", J("gl", "sa_") + S.alnum(32) + "_" + S.hex(8), "grafana-service-account-token",
        "grafana", False)
    f.p(": 1718005100:0;export POSTMAN_API_KEY=@@", J("PM", "AK-") + S.hex(24) + "-" + S.hex(34), "postman-api-key", "postman", False)
    f.p(": 1718005200:0;export PULUMI_ACCESS_TOKEN=@@", J("pu", "l-") + S.hex(40), "pulumi-access-token", "pulumi", False)
    f.p(": 1718005300:0;export TF_TOKEN_app_terraform_io=@@", S.alnum(14) + J(".atlas", "v1.") + S.alnum(67),
        "terraform-cloud-token", "hashicorp", False)
    f.p(": 1718005400:0;export MAPBOX_ACCESS_TOKEN=@@", J("s", "k.") + S.b64url(24) + "." + S.b64url(16),
        "mapbox-secret-token", "mapbox", False)
    f.n(": 1718005500:0;export MAPBOX_PUBLIC_TOKEN=@@", J("p", "k.") + S.b64url(24) + "." + S.b64url(16), "public-id")
    f.p(": 1718005600:0;age-keygen -o key.txt && echo @@ >> ~/.config/sops/age/keys.txt", J("AGE-SECRET", "-KEY-1") +
        S.s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), "age-secret-key", "age", False)
    f.n(": 1718005700:0;echo @@ > recipients.txt", "age1" + S.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "public-key")
    f.p(": 1718005800:0;gem signin --otp 123456 && export GEM_HOST_API_KEY=@@", J("rubyg", "ems_") + S.hex(48),
        "rubygems-api-key", "rubygems", False)
    f.p(": 1718005900:0;dotnet nuget push *.nupkg -k @@ -s https://api.nuget.org/v3/index.json", J("oy", "2") + S.lower(43),
        "nuget-api-key", "nuget", False)
    f.p(": 1718006000:0;export BUILDKITE_API_TOKEN=@@", J("bku", "a_") + S.hex(40), "buildkite-api-token", "buildkite", False)
    f.p(": 1718006100:0;docker login -u mkdev -p @@", J("dck", "r_pat_") + S.s(S_ALNUM_DASH, 27), "docker-hub-pat", "docker", False)
    f = c.file(R, ".psql_history", "psql-history")
    f.t("""
        \\dt
        select count(*) from ledger_entries where posted_at > now() - interval '1 day';""")
    f.p("ALTER USER report_ro WITH PASSWORD '@@';", S.pw(), "psql-alter-user-password")
    f.p("CREATE ROLE etl LOGIN PASSWORD '@@';", S.pw(3), "psql-create-role-password")
    f.n("ALTER USER app WITH PASSWORD '@@';", "md5" + S.hex(32), "password-hash")
    f.n("ALTER USER svc WITH ENCRYPTED PASSWORD '@@';", "SCRAM-SHA-256$4096:" + S.b64(16) + "$" + S.b64(32) + ":" + S.b64(32),
        "password-hash")
    f.t("""
        \\password etl
        \\q""")
    f = c.file(R, ".mysql_history", "mysql-history")
    f.t("""
        _HiStOrY_V2_
        show\\040databases;
        use\\040reports;""")
    pw = S.pw(3)
    f.p("CREATE\\040USER\\040'bi'@'%'\\040IDENTIFIED\\040BY\\040'@@';", pw, "mysql-create-user-password")
    f.p("SET\\040PASSWORD\\040FOR\\040'legacy'@'10.%'\\040=\\040PASSWORD('@@');", S.pw(1), "mysql-set-password")
    f.n("SELECT\\040user,authentication_string\\040FROM\\040mysql.user\\040WHERE\\040authentication_string='@@';",
        "*" + S.HEX(40), "password-hash")
    f = c.file(R, ".local/share/fish/fish_history", "fish-history")
    f.t("""
        - cmd: cd ~/work/iot-fleet-ops
          when: 1719220011""")
    f.p("- cmd: set -Ux PARTICLE_ACCESS_TOKEN @@", S.hex(40), "particle-access-token", "particle")
    f.t("""
          when: 1719220102""")
    f.p("- cmd: set -Ux SLACK_BOT_TOKEN @@", J("xo", "xb-") + S.digits(12) + "-" + S.digits(13) + "-" + S.alnum(24),
        "slack-bot-token", "slack", False)
    f.t("""
          when: 1719220240""")
    f.n("- cmd: set -Ux SLACK_SIGNING_SECRET @@", "(op read op://Private/slack-app/signing-secret)", "op-reference")
    f.t("""
          when: 1719220300""")
    f = c.file(R, ".config/nushell/env.nu", "nushell")
    f.t("""
        # env.nu
        $env.EDITOR = "hx"
        $env.PATH = ($env.PATH | split row (char esep) | prepend '~/.local/bin')""")
    f.p('$env.CLOUDFLARE_API_TOKEN = "@@"', S.s(S_ALNUM_DASH, 40), "cloudflare-api-token", "cloudflare")
    f.p('$env.FLY_API_TOKEN = "@@"', J("Fly", "V1 fm2_") + S.b64(200), "fly-api-token", "fly.io", False)
    f.n('$env.OPENAI_API_KEY = (open @@ | str trim)', "~/.secrets/openai", "file-reference")
    extras(c, f, "nu", 2, 2)
    f = c.file(R, ".emacs.d/init.el", "elisp")
    f.t("""
        ;;; init.el --- mk's emacs
        (require 'package)
        (setq package-archives '(("melpa" . "https://melpa.org/packages/")))
        (use-package gptel
          :config""")
    f.p('  (setq gptel-api-key "@@"))', J("sk-ant-", "api03-") + S.s(S_ALNUM_DASH, 93) + "AA", "anthropic-api-key", "anthropic", False)
    f.t("""
        (use-package org-gcal
          :config""")
    f.n('  (setq org-gcal-client-id "@@"', S.digits(12) + "-" + S.lower(32) + ".apps.googleusercontent.com", "public-id")
    f.p('        org-gcal-client-secret "@@"))', J("GOCS", "PX-") + S.s(S_ALNUM_DASH, 28), "google-oauth-client-secret", "google", False)
    f.n('(setq auth-sources \'("@@"))', "~/.authinfo.gpg", "file-reference")
    f.p('(setq sql-connection-alist \'((ledger (sql-product \'postgres) (sql-user "ledger") (sql-password "@@"))))',
        S.pw(), "elisp-sql-password")
    extras(c, f, "elisp", 2, 2)
    f = c.file(R, ".authinfo", "credential-file")
    f.p("machine api.github.com login mk^forge password @@", S.github_classic("p"), "github-pat-classic", "github", False)
    f.p("machine imap.fastmail.com login mk@fastmail.example port 993 password @@", S.lower(16), "imap-app-password")
    f = c.file(R, ".vimrc", "vimscript")
    f.t("""
        set nocompatible
        syntax on
        let g:ale_fix_on_save = 1""")
    f.p("let g:openai_api_key = '@@'", J("sk-", "proj-") + S.s(S_ALNUM_DASH, 74) + J("T3Blbk", "FJ") + S.s(S_ALNUM_DASH, 74),
        "openai-api-key", "openai", False)
    f.p("let g:dbs = { 'ledger': 'postgres://ledger:@@@localhost:5433/ledger' }", S.pw(3), "postgres-url-password")
    f.n("let g:copilot_token = $@@", "GITHUB_COPILOT_TOKEN", "env-reference")
    f = c.file(R, ".config/Code/User/settings.json", "json")
    f.t("""
        {
          "editor.fontSize": 13,
          "sqltools.connections": [
            {
              "name": "ledger-prod",
              "driver": "PostgreSQL",
              "server": "pg-ledger.internal",
              "username": "mk",""")
    f.p('      "password": "@@"', S.pw(), "vscode-sqltools-password")
    f.t("""
            },
            {
              "name": "reports",
              "driver": "MySQL",""")
    f.n('      "askForPassword": @@', "true", "look-alike")
    f.t("""
            }
          ],
          "rest-client.environmentVariables": {
            "prod": {""")
    f.p('      "token": "@@"', S.jwt({"sub": "mk", "role": "admin", "exp": 1893456000}), "jwt", "-", False)
    f.t("""
            },
            "local": {""")
    f.n('      "token": "@@"', J("eyJhbGciOiJIUzI1NiIs", "InR5cCI6IkpXVCJ9", ".", "eyJzdWIiOiIxMjM0NTY3ODkwIiwib", "mFtZSI6IkpvaG4gRG9lIiwi",
                                "aWF0IjoxNTE2MjM5MDIyfQ", ".", "SflKxwRJSMeKKF2QT4fw", "pMeJf36POk6yJV_adQssw5c"), "vendor-example-key")
    f.t("""
            }
          },
          "github.copilot.enable": { "*": true }
        }""")
    f = c.file(R, ".config/home-manager/home.nix", "nix")
    f.t("""
        { config, pkgs, ... }:
        {
          home.username = "mk";
          home.stateVersion = "24.05";
          programs.git = {
            enable = true;
            userEmail = "mk@acme.example";""")
    f.n('    signing.key = "@@";', S.HEX(16), "public-id")
    f.t("""
          };
          home.sessionVariables = {""")
    f.p('    HOMEBREW_GITHUB_API_TOKEN = "@@";', S.github_classic("p"), "github-pat-classic", "github", False)
    f.n('    SOPS_AGE_KEY_FILE = "@@";', "${config.xdg.configHome}/sops/age/keys.txt", "file-reference")
    f.t("""
          };
        }""")
    extras(c, f, "nix", 2, 2)
    f = c.file(R, ".ssh/id_ed25519", "pem-file")
    f.block("", S.openssh_pem(), "", "private-key-openssh", "-")
    f = c.file(R, ".ssh/id_ed25519.pub", "credential-file")
    f.n("@@", S.ssh_pub("mk@thinkpad"), "public-key")
    f = c.file(R, ".gnupg/pubring.asc", "pem-file")
    f.block("", [J("-----BEGIN PGP PUBLIC", " KEY BLOCK-----"), ""] + [S.b64(48) for _ in range(8)] + ["=" + S.b64(3),
            J("-----END PGP PUBLIC", " KEY BLOCK-----")], "", "public-key", "-", positive=False)


REPOS = [l10n_pipeline, legal_docassembly, school_pi_lab, netops, openresty_gateway, haskell_ledger, dotfiles]
