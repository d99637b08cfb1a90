//! Provider context rules: framework keys that only their name identifies (Django, Magento,
//! Drupal, Strapi), credentials known by their syntax (SFDX auth URLs, otpauth:// URIs, Erlang
//! cookies, Consul agent configuration, rclone remotes, Azure Pipelines logging commands) and key
//! material written without its usual armour (PEM in YAML block scalars, base64 DER in JSON,
//! PKCS#12 under a p12 name). Every secret is built at run time; each test asserts rule, path,
//! line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// The alphabet of Django's get_random_secret_key.
const DJANGO: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
/// RFC 4648 base32 in lower case: Azure DevOps' 52-character PATs.
const LOWER_B32: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";

/// Django SECRET_KEY in a Compose environment list (no mention of Django anywhere), Magento's
/// env.php crypt key, Drupal's hash_salt, Strapi's APP_KEYS; a salt read from a file and a key
/// taken from the environment stay quiet.
#[test]
fn framework_keys_known_by_their_name() {
    let mut f = Fake::new(81);
    let django = key(&[&f.string(DJANGO, 20), "^", &f.string(DJANGO, 29)]);
    let compose = format!(
        "services:\n  web:\n    image: shop/web\n    environment:\n      - DEBUG=0\n      - SECRET_KEY={django}\n  worker:\n    environment:\n      - SECRET_KEY=${{SECRET_KEY}}\n"
    );
    let crypt = f.string(HEX, 32);
    let env_php = format!(
        "<?php\nreturn [\n    'backend' => [\n        'frontName' => 'admin'\n    ],\n    'crypt' => [\n        'key' => '{crypt}'\n    ],\n];\n"
    );
    let salt = f.string(URLSAFE, 74);
    let settings = format!(
        "<?php\n$databases['default']['default'] = ['driver' => 'mysql'];\n$settings['hash_salt'] = '{salt}';\n$settings['config_sync_directory'] = '../config/sync';\n"
    );
    let salt_file =
        "<?php\n$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');\n";
    let app_keys: Vec<String> = (0..4).map(|_| key(&[&f.string(B64, 22), "=="])).collect();
    let app_keys = app_keys.join(",");
    let strapi = format!("HOST=0.0.0.0\nPORT=1337\nAPP_KEYS={app_keys}\n");
    let rows = scan(&[
        ("docker-compose.yml", compose.clone()),
        ("app/etc/env.php", env_php.clone()),
        ("web/sites/default/settings.php", settings.clone()),
        ("web/sites/staging/settings.php", salt_file.to_string()),
        ("cms/.env", strapi.clone()),
    ]);
    let mut want = vec![
        expect("django-secret-key", "docker-compose.yml", &compose, &django),
        expect("magento-crypt-key", "app/etc/env.php", &env_php, &crypt),
        expect(
            "drupal-hash-salt",
            "web/sites/default/settings.php",
            &settings,
            &salt,
        ),
        expect("strapi-app-keys", "cms/.env", &strapi, &app_keys),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// An SFDX auth URL echoed into a file (the refresh token is reported), an otpauth:// URI in
/// Markdown, TOTP seeds under OTP names in a systemd unit and Kotlin; Google's published example
/// seed stays quiet.
#[test]
fn sfdx_urls_and_one_time_password_seeds() {
    let mut f = Fake::new(82);
    let refresh = key(&["5Aep861", &f.alnum(40), ".", &f.alnum(40)]);
    let sh = format!(
        "#!/usr/bin/env bash\nset -euo pipefail\necho 'force://PlatformCLI::{refresh}@acme.my.salesforce.com' > authfile.txt\nsf org login sfdx-url --sfdx-url-file authfile.txt\n"
    );
    let seed = f.string(UPPER_DIGITS, 32);
    let md = format!(
        "# Break-glass account\n\nEnrol with: `otpauth://totp/ACME:breakglass@acme.test?secret={seed}&issuer=ACME`\n\nExample from the spec: `otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example`\n"
    );
    let unit_seed = f.string(UPPER_DIGITS, 32);
    let unit = format!(
        "[Service]\nEnvironment=\"DB_HOST=db.internal\"\nEnvironment=\"TOTP_SECRET={unit_seed}\"\nExecStart=/usr/bin/app\n"
    );
    let kt_seed = f.string(UPPER_DIGITS, 32);
    let kt = format!(
        "object Keys {{\n    const val TIMEOUT = \"30\"\n    val otpSeed: String = \"{kt_seed}\"\n}}\n"
    );
    let rows = scan(&[
        ("scripts/ci-auth.sh", sh.clone()),
        ("docs/ACCESS.md", md.clone()),
        ("deploy/app.service", unit.clone()),
        ("src/Keys.kt", kt.clone()),
    ]);
    let mut want = vec![
        expect(
            "salesforce-sfdx-auth-url",
            "scripts/ci-auth.sh",
            &sh,
            &refresh,
        ),
        expect("otpauth-uri-secret", "docs/ACCESS.md", &md, &seed),
        expect(
            "totp-secret-assignment",
            "deploy/app.service",
            &unit,
            &unit_seed,
        ),
        expect("totp-secret-assignment", "src/Keys.kt", &kt, &kt_seed),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Erlang cookies in an HTTP header, an `erl -setcookie` flag, a notebook's JSON-escaped source
/// and an Objective-C `@"..."` constant; a cookie taken from the environment stays quiet.
#[test]
fn erlang_cookies_in_headers_flags_notebooks_and_objc() {
    let mut f = Fake::new(83);
    let [h, flag, nb, objc] = [(); 4].map(|_| f.string(UPPER, 20));
    let http = format!(
        "### Cluster status\nGET https://rabbit.internal/api/overview\nX-ErlangCookie: {h}\n"
    );
    let sh = format!(
        "#!/bin/sh\nexec erl -sname node1 -setcookie {flag} -noshell\nexec erl -sname node2 -setcookie \"$ERLANG_COOKIE\"\n"
    );
    let ipynb = format!(
        "{{\n \"cells\": [\n  {{\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"port = \\\"5432\\\"\\n\",\n    \"erlang_cookie = \\\"{nb}\\\"\\n\"\n   ]\n  }}\n ]\n}}\n"
    );
    let m = format!(
        "static NSString * const kPort = @\"5432\";\nstatic NSString * const kErlangCookie = @\"{objc}\";\n"
    );
    let rows = scan(&[
        ("docs/cluster.http", http.clone()),
        ("bin/start.sh", sh.clone()),
        ("notebooks/ops.ipynb", ipynb.clone()),
        ("ios/Keys.m", m.clone()),
    ]);
    let mut want = vec![
        expect("erlang-cookie", "docs/cluster.http", &http, &h),
        expect("erlang-cookie", "bin/start.sh", &sh, &flag),
        expect("erlang-cookie", "notebooks/ops.ipynb", &ipynb, &nb),
        expect("erlang-cookie", "ios/Keys.m", &m, &objc),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Consul agent's `acl { tokens { agent = ... } }` and its gossip `encrypt` key, in HCL and
/// JSON; the all-zero token and an interpolated key stay quiet.
#[test]
fn consul_agent_tokens_and_gossip_keys() {
    let mut f = Fake::new(84);
    let agent = f.uuid();
    let gossip = key(&[&f.string(B64, 43), "="]);
    let hcl = format!(
        "datacenter = \"dc1\"\nacl {{\n  enabled = true\n  tokens {{\n    agent = \"{agent}\"\n  }}\n}}\nencrypt = \"{gossip}\"\n"
    );
    let mgmt = f.uuid();
    let json = format!(
        "{{\n  \"acl\": {{\n    \"enabled\": true,\n    \"tokens\": {{\n      \"default\": \"anonymous\",\n      \"initial_management\": \"{mgmt}\"\n    }}\n  }}\n}}\n"
    );
    let quiet = "acl {\n  tokens {\n    agent = \"00000000-0000-0000-0000-000000000000\"\n  }\n}\nencrypt = \"${gossip_key}\"\n";
    let rows = scan(&[
        ("consul/agent.hcl", hcl.clone()),
        ("consul/server.json", json.clone()),
        ("consul/dev.hcl", quiet.to_string()),
    ]);
    let mut want = vec![
        expect("consul-agent-token", "consul/agent.hcl", &hcl, &agent),
        expect(
            "consul-gossip-encryption-key",
            "consul/agent.hcl",
            &hcl,
            &gossip,
        ),
        expect("consul-agent-token", "consul/server.json", &json, &mgmt),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A PEM key in a YAML block scalar whose last base64 line is short, a Keycloak realm export's
/// base64 DER `privateKey`, and a PKCS#12 store in base64 under a p12 name.
#[test]
fn key_material_without_its_usual_armour() {
    let mut f = Fake::new(85);
    let mut body: Vec<String> = (0..20)
        .map(|_| format!("  {}", f.string(B64, 64)))
        .collect();
    body.push(format!("  {}=", f.string(B64, 3)));
    let yaml = format!(
        "appId: 247967\nprivateKey: |\n  -----BEGIN RSA PRIVATE KEY-----\n{}\n  -----END RSA PRIVATE KEY-----\n",
        body.join("\n")
    );
    let der = key(&["MIIEpAIBAAKCAQEA", &f.string(B64, 1560)]);
    let realm = format!(
        "{{\n  \"components\": {{\n    \"org.keycloak.keys.KeyProvider\": [\n      {{\n        \"name\": \"rsa-generated\",\n        \"config\": {{\n          \"privateKey\": [\"{der}\"],\n          \"priority\": [\"100\"]\n        }}\n      }}\n    ]\n  }}\n}}\n"
    );
    let p12 = key(&["MIIK", &f.string(B64, 1800)]);
    let values = format!("signing:\n  enabled: true\n  keystoreP12Base64: {p12}\n");
    let rows = scan(&[
        ("github-app.yaml", yaml.clone()),
        ("realms/acme-realm.json", realm.clone()),
        ("helm/values-signing.yaml", values.clone()),
    ]);
    let mut want = vec![
        expect(
            "private-key-rsa",
            "github-app.yaml",
            &yaml,
            "-----BEGIN RSA",
        ),
        expect(
            "private-key-der-base64",
            "realms/acme-realm.json",
            &realm,
            &der,
        ),
        expect(
            "pkcs12-base64-named",
            "helm/values-signing.yaml",
            &values,
            &p12,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Sentry org token whose body uses the URL-safe alphabet, a Wi-Fi passphrase in a TypeScript
/// config, a Backblaze key in rclone.conf, an Alibaba secret abbreviated ALIYUN_SK next to its
/// LTAI id, an Azure DevOps PAT set by a `##vso[task.setvariable]` logging command and a Ghost
/// Admin API key passed to `new GhostAdminAPI`, and a Pusher app secret whose twenty hex digits
/// repeat more than most.
#[test]
fn provider_keys_in_their_own_syntaxes() {
    let mut f = Fake::new(86);
    let sentry = key(&["sntrys_eyJ", &f.string(URLSAFE, 130)]);
    let lua = format!("local retries = \"3\"\nlocal sentry_auth_token = \"{sentry}\"\n");
    let psk = key(&[&f.alnum(12), "#", &f.alnum(3)]);
    let ts = format!(
        "export default () => ({{\n  baseUrl: \"https://api.acme.test\",\n  wifiPsk: \"{psk}\",\n}});\n"
    );
    let ts_path = "src/config.ts";
    let b2 = key(&["K00", &f.alnum(28)]);
    let rclone = format!(
        "[b2]\ntype = b2\naccount = {}\nkey = {b2}\n",
        f.string(HEX, 25)
    );
    let sk = f.alnum(30);
    let env = format!(
        "ALIBABA_CLOUD_ACCESS_KEY_ID=\"LTAI{}\"\nexport ALIYUN_SK={sk}\n",
        f.alnum(20)
    );
    let pat = f.string(LOWER_B32, 52);
    let pipeline = format!(
        "steps:\n- script: echo \"##vso[task.setvariable variable=AZURE_DEVOPS_EXT_PAT;issecret=true]{pat}\"\n"
    );
    let ghost = key(&[&f.string(HEX, 24), ":", &f.string(HEX, 64)]);
    let js = format!(
        "const api = new GhostAdminAPI({{\n  url: 'https://blog.acme.test',\n  key: '{ghost}',\n  version: 'v5.0',\n}});\n"
    );
    // Twenty random hex digits often show under 3 bits per character: seven symbols here.
    let pusher = f.string(b"0b4c7af", 20);
    let dotenv = format!("BROADCAST_DRIVER=pusher\nPUSHER_APP_SECRET={pusher}\n");
    let rows = scan(&[
        ("laravel/.env", dotenv.clone()),
        ("plugins/standup.lua", lua.clone()),
        (ts_path, ts.clone()),
        ("rclone/rclone.conf", rclone.clone()),
        ("deploy/origin.env", env.clone()),
        ("azure-pipelines.yml", pipeline.clone()),
        ("scripts/publish.js", js.clone()),
    ]);
    let mut want = vec![
        expect(
            "sentry-org-auth-token",
            "plugins/standup.lua",
            &lua,
            &sentry,
        ),
        expect("wifi-psk", ts_path, &ts, &psk),
        expect("rclone-b2-key", "rclone/rclone.conf", &rclone, &b2),
        expect("alibaba-access-key-id", "deploy/origin.env", &env, "LTAI"),
        expect("alibaba-access-key-secret", "deploy/origin.env", &env, &sk),
        expect(
            "azure-devops-personal-access-token-legacy",
            "azure-pipelines.yml",
            &pipeline,
            &pat,
        ),
        expect("ghost-admin-api-key", "scripts/publish.js", &js, &ghost),
    ];
    want.sort();
    assert_eq!(rows, want);
}
