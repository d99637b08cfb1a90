//! Provider rules from the fourteenth corpus: Akamai EdgeGrid access and client tokens (and
//! Akamai's own sample credential, which stays quiet), Twitch chat `oauth:` tokens, ZNC's
//! module and server passwords. Every secret is built at run time; each test asserts rule,
//! path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const LOWER_DIGITS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// An Akamai EdgeGrid token: `akab-`, 26 and 6 lower-case letters and digits.
fn akamai_token(f: &mut Fake) -> String {
    key(&[
        "akab",
        "-",
        &f.string(LOWER_DIGITS, 26),
        "-",
        &f.string(LOWER_DIGITS, 6),
    ])
}

/// Akamai tokens in an `.edgerc`, a dotenv file, tfvars, PHP, Julia and an access log's
/// `Bearer` header; the `akab-...luna.akamaiapis.net` host is no token, and Akamai's documented
/// sample `.edgerc` in a README stays quiet.
#[test]
fn akamai_edgegrid_tokens_everywhere() {
    let mut f = Fake::new(271);
    let secret = key(&[&f.string(URLSAFE, 43), "="]).replace(['-', '_'], "+");
    let host = key(&[
        "akab",
        "-",
        &f.string(LOWER_DIGITS, 26),
        "-",
        &f.string(LOWER_DIGITS, 8),
    ]);
    let (acc, cli) = (akamai_token(&mut f), akamai_token(&mut f));
    let edgerc = format!(
        "[default]\nclient_secret = {secret}\nhost = {host}.luna.akamaiapis.net\naccess_token = {acc}\nclient_token = {cli}\nmax-body = 131072\n"
    );
    let t = [
        akamai_token(&mut f),
        akamai_token(&mut f),
        akamai_token(&mut f),
        akamai_token(&mut f),
        akamai_token(&mut f),
    ];
    let env = format!(
        "AKAMAI_HOST={host}.luna.akamaiapis.net\nAKAMAI_ACCESS_TOKEN={}\n",
        t[0]
    );
    let tfvars = format!("akamai = {{\n  akamai_access_token = \"{}\"\n}}\n", t[1]);
    let php = format!(
        "<?php\nreturn [\n    'akamai_client_token' => '{}',\n];\n",
        t[2]
    );
    let jl = format!("const AKAMAI_ACCESS_TOKEN = \"{}\"\n", t[3]);
    let log = format!(
        "10.0.0.7 - - [03/Nov/2026:10:34:11 +0000] \"GET /v1/export HTTP/1.1\" 200 512 \"-\" \"python-requests/2.32\" auth=\"Bearer {}\"\n",
        t[4]
    );
    let sample = [
        "C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=",
        "akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net",
        "akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij",
        "akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj",
    ];
    let readme = format!(
        "# Akamai\n\n```ini\n[default]\nclient_secret = {}\nhost = {}\naccess_token = {}\nclient_token = {}\n```\n",
        sample[0], sample[1], sample[2], sample[3]
    );
    let rows = scan(&[
        ("akamai/.edgerc", edgerc.clone()),
        ("svc/.env.production", env.clone()),
        ("live/secrets.auto.tfvars", tfvars.clone()),
        ("worker/keys.php", php.clone()),
        ("worker/Keys.jl", jl.clone()),
        ("logs/access.log", log.clone()),
        ("akamai/README.md", readme),
    ]);
    let mut want = vec![
        expect(
            "akamai-edgegrid-client-secret",
            "akamai/.edgerc",
            &edgerc,
            &secret,
        ),
        expect("akamai-edgegrid-token", "akamai/.edgerc", &edgerc, &acc),
        expect("akamai-edgegrid-token", "akamai/.edgerc", &edgerc, &cli),
        expect("akamai-edgegrid-token", "svc/.env.production", &env, &t[0]),
        expect(
            "akamai-edgegrid-token",
            "live/secrets.auto.tfvars",
            &tfvars,
            &t[1],
        ),
        expect("akamai-edgegrid-token", "worker/keys.php", &php, &t[2]),
        expect("akamai-edgegrid-token", "worker/Keys.jl", &jl, &t[3]),
        expect("akamai-edgegrid-token", "logs/access.log", &log, &t[4]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Twitch chat tokens (`oauth:` and 30 lower-case letters and digits) in dotenv, batch, Dart,
/// Compose and a ZNC network's Server line, with ZNC's NickServ password beside them; a
/// placeholder token and an `oauth:` token with no Twitch or IRC around stay quiet.
#[test]
fn twitch_chat_tokens_and_znc_passwords() {
    let mut f = Fake::new(272);
    let mut tok = || key(&["oauth", ":", &f.string(LOWER_DIGITS, 30)]);
    let t: Vec<String> = (0..5).map(|_| tok()).collect();
    let bare = |s: &str| s.trim_start_matches("oauth:").to_string();
    let env = format!(
        "TWITCH_OAUTH={}\nTWITCH_OAUTH_PLACEHOLDER=oauth:your_oauth_token\n",
        t[0]
    );
    let cmd = format!("@echo off\nset TWITCH_OAUTH={}\n", t[1]);
    let dart = format!("const twitchOauth = '{}';\n", t[2]);
    let compose = format!(
        "services:\n  bot:\n    image: bot:1\n    environment:\n      - TWITCH_OAUTH={}\n",
        t[3]
    );
    let nick = key(&["Anchor", "!", &f.alnum(8), "!", "42"]);
    let znc = format!(
        "<User marta>\n\t<Network libera>\n\t\tServer = irc.libera.chat +6697\n\t\tLoadModule = nickserv {nick}\n\t</Network>\n\t<Network twitch>\n\t\tServer = irc.chat.twitch.tv +6697 {}\n\t</Network>\n</User>\n",
        t[4]
    );
    let other = format!("GITHUB_SESSION=oauth:{}\n", f.string(LOWER_DIGITS, 30));
    let rows = scan(&[
        ("bot/.env", env.clone()),
        ("scripts/publish.cmd", cmd.clone()),
        ("lib/keys.dart", dart.clone()),
        ("compose.yml", compose.clone()),
        ("znc/configs/znc.conf", znc.clone()),
        ("other/.env", other),
    ]);
    let mut want = vec![
        expect("twitch-irc-oauth-token", "bot/.env", &env, &bare(&t[0])),
        expect(
            "twitch-irc-oauth-token",
            "scripts/publish.cmd",
            &cmd,
            &bare(&t[1]),
        ),
        expect(
            "twitch-irc-oauth-token",
            "lib/keys.dart",
            &dart,
            &bare(&t[2]),
        ),
        expect(
            "twitch-irc-oauth-token",
            "compose.yml",
            &compose,
            &bare(&t[3]),
        ),
        expect(
            "twitch-irc-oauth-token",
            "znc/configs/znc.conf",
            &znc,
            &bare(&t[4]),
        ),
        expect("znc-module-password", "znc/configs/znc.conf", &znc, &nick),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// LabKey `apikey|` keys in R and Python, a NetBird setup key on `netbird up`, a ServiceTitan
/// app key under its YAML block, a Pusher secret in `new Pusher({...})` and PHP's positional
/// constructor, an Applitools key in a properties file, a RentCast key a line above its URL, an
/// Alpha Vantage key in a notebook's printed request and a Xibo player's `<ServerKey>` (its
/// `<HardwareKey>`, the display's identifier, stays quiet).
#[test]
fn keys_named_by_their_product() {
    let mut f = Fake::new(273);
    let lab = [
        key(&["apikey", "|", &f.string(HEX, 32)]),
        key(&["apikey", "|", &f.string(HEX, 32)]),
    ];
    let r = format!(
        "library(Rlabkey)\nlabkey.setDefaults(apiKey = \"{}\", baseUrl = \"https://labkey.lab.test/\")\n",
        lab[0]
    );
    let py = format!(
        "from labkey.api_wrapper import APIWrapper\napi = APIWrapper(\"labkey.lab.test\", \"Assays\", api_key=\"{}\")\n",
        lab[1]
    );
    let setup = f.uuid().to_uppercase();
    let sh = format!(
        "#!/bin/sh\nnetbird up --management-url https://nb.corp.test --setup-key {setup}\n"
    );
    let app_key = key(&["ak1", ".", &f.string(LOWER_DIGITS, 20)]);
    let yml = format!("servicetitan:\n  tenant: '591400001'\n  app-key: {app_key}\n");
    let (pk, ps, ps2) = (f.string(HEX, 20), f.string(HEX, 20), f.string(HEX, 20));
    let js = format!(
        "const Pusher = require('pusher');\nmodule.exports = new Pusher({{\n  appId: '1000001',\n  key: '{pk}',\n  secret: '{ps}',\n  cluster: 'eu',\n}});\n"
    );
    let php =
        format!("<?php\n$pusher = new Pusher\\Pusher('{pk}', '{ps2}', '1000001', $options);\n");
    let eyes = f.alnum(44);
    let props = format!("applitools.api.key={eyes}\napplitools.batch.name=design-system\n");
    let rent = f.string(HEX, 32);
    let rphp = format!(
        "<?php\nfunction rent(string $a): array\n{{\n    $key = '{rent}';\n    $ch = curl_init('https://api.rentcast.io/v1/avm/rent/long-term?address=' . urlencode($a));\n    return [];\n}}\n"
    );
    let av = f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16);
    let nb = format!(
        "{{\"cells\": [{{\"outputs\": [{{\"output_type\": \"stream\", \"text\": [\n\"GET https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey={av}\\n\"\n]}}]}}]}}\n"
    );
    let cms = key(&[&f.alnum(4), "x", &f.alnum(3)]);
    let hw = f.string(HEX, 32);
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<ApplicationSettings>\n  <ServerUri>https://signage.corp.test</ServerUri>\n  <ServerKey>{cms}</ServerKey>\n  <HardwareKey>{hw}</HardwareKey>\n</ApplicationSettings>\n"
    );
    let rows = scan(&[
        ("lims/pull.R", r.clone()),
        ("lims/export.py", py.clone()),
        ("netbird/setup.sh", sh.clone()),
        ("dispatch/application-prod.yml", yml.clone()),
        ("chat/pusher.js", js.clone()),
        ("chat/pusher.php", php.clone()),
        ("e2e/applitools.properties", props.clone()),
        ("sync/rentcast.php", rphp.clone()),
        ("nb/scan.ipynb", nb.clone()),
        ("players/cmsKey.xml", xml.clone()),
    ]);
    let mut want = vec![
        expect("labkey-api-key", "lims/pull.R", &r, &lab[0]),
        expect("labkey-api-key", "lims/export.py", &py, &lab[1]),
        expect("netbird-setup-key", "netbird/setup.sh", &sh, &setup),
        expect(
            "servicetitan-app-key",
            "dispatch/application-prod.yml",
            &yml,
            &app_key,
        ),
        expect("pusher-app-secret-client", "chat/pusher.js", &js, &ps),
        expect("pusher-app-secret-client", "chat/pusher.php", &php, &ps2),
        expect(
            "applitools-api-key",
            "e2e/applitools.properties",
            &props,
            &eyes,
        ),
        expect("rentcast-api-key", "sync/rentcast.php", &rphp, &rent),
        expect("alpha-vantage-url-key", "nb/scan.ipynb", &nb, &av),
        expect("xibo-cms-key", "players/cmsKey.xml", &xml, &cms),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// WordPress keys and salts drawn from WordPress's whole generator alphabet, `"`, `>`, `]`,
/// `;`, `,`, `~` and `|` included, inside single quotes (define and a PHP array); the sample
/// phrase stays quiet. (`${`, `#{` and `<x>` are left out of the alphabet: those read as
/// template holes, which the placeholder filter judges for every rule.)
#[test]
fn wordpress_salts_with_every_punctuation() {
    let mut f = Fake::new(274);
    const WP: &[u8] =
        b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#%^&*()-_[]};:,.|~+=?/";
    let mut salt = |tail: &str| {
        key(&[
            &f.string(WP, 10),
            "\",",
            &f.string(WP, 20),
            tail,
            &f.string(WP, 28),
        ])
    };
    let (a, b) = (salt(">]"), salt(";~|"));
    let php = format!(
        "<?php\ndefine( 'DB_NAME', 'wp' );\ndefine( 'AUTH_KEY',         '{a}' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n$keys = [\n    'NONCE_SALT' => '{b}',\n];\n"
    );
    let rows = scan(&[("site/wp-config.php", php.clone())]);
    let mut want = vec![
        expect("wordpress-auth-salt", "site/wp-config.php", &php, &a),
        expect("wordpress-auth-salt", "site/wp-config.php", &php, &b),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Network and provisioning files: a pfSense config.xml's OpenVPN TLS key (base64 of the
/// static key file), RouterOS `add ... secret=` and `set ... password="..."` commands of an
/// export, and a Windows answer file's `<PlainText>false</PlainText>` password (base64 of the
/// UTF-16LE password and `Password`); an empty RouterOS password and an answer file's empty
/// password (the element name alone) stay quiet.
#[test]
fn firewall_router_and_answer_file_secrets() {
    use base64::Engine as _;
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    let mut f = Fake::new(275);
    let static_key = format!(
        "-----BEGIN OpenVPN Static key V1-----\n{}\n{}\n-----END OpenVPN Static key V1-----\n",
        f.string(HEX, 32),
        f.string(HEX, 32)
    );
    let tls = b64(static_key.as_bytes());
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<pfsense>\n\t<openvpn>\n\t\t<openvpn-server>\n\t\t\t<mode>server_tls</mode>\n\t\t\t<tls>{tls}</tls>\n\t\t</openvpn-server>\n\t</openvpn>\n</pfsense>\n"
    );
    let (psk, admin) = (
        key(&[&f.alnum(8), "%", &f.string(b"0123456789", 3)]),
        key(&[&f.alnum(6), "@", &f.alnum(8)]),
    );
    let rsc = format!(
        "# by RouterOS 7.16\n/ip ipsec identity\nadd peer=hq secret={psk}\n/user\nadd group=full name=netops\nset [find name=admin] password=\"{admin}\"\n/snmp community\nadd name=monitoring authentication-password=\"\"\n"
    );
    let utf16 = |s: &str| {
        s.encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect::<Vec<u8>>()
    };
    let win = b64(&utf16(&format!("{}Password", f.alnum(12))));
    let empty = b64(&utf16("Password"));
    let unattend = format!(
        "<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">\n  <LocalAccounts><LocalAccount>\n    <Password>\n      <Value>{win}</Value>\n      <PlainText>false</PlainText>\n    </Password>\n  </LocalAccount></LocalAccounts>\n  <AutoLogon>\n    <Password>\n      <Value>{empty}</Value>\n      <PlainText>false</PlainText>\n    </Password>\n  </AutoLogon>\n</unattend>\n"
    );
    let rows = scan(&[
        ("pfsense/config.xml", xml.clone()),
        ("mikrotik/branch.rsc", rsc.clone()),
        ("kiosk/Autounattend.xml", unattend.clone()),
    ]);
    let mut want = vec![
        expect(
            "pfsense-openvpn-static-key",
            "pfsense/config.xml",
            &xml,
            &tls,
        ),
        expect(
            "routeros-command-password",
            "mikrotik/branch.rsc",
            &rsc,
            &psk,
        ),
        expect(
            "routeros-command-password",
            "mikrotik/branch.rsc",
            &rsc,
            &admin,
        ),
        expect(
            "windows-unattend-encoded-password",
            "kiosk/Autounattend.xml",
            &unattend,
            &win,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Published values that are no leak: Ably's documented example key beside a live-shaped key,
/// RustDesk's `key` option (the server's public key) beside its permanent password, and a
/// Firebase `google-services.json` API key, which is reported as advice (low severity, with a
/// `downgraded` reason), not as a blocking finding.
#[test]
fn published_examples_public_keys_and_firebase_advice() {
    let mut f = Fake::new(276);
    let ably = key(&[&f.alnum(6), ".", &f.alnum(6), ":", &f.string(URLSAFE, 43)]);
    let ts = format!(
        "import Ably from 'ably';\nexport const ably = new Ably.Rest({{ key: '{ably}' }});\n// docs example key: I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0\n"
    );
    let server_pub = key(&[&f.string(URLSAFE, 43).replace(['-', '_'], "+"), "="]);
    let perm = key(&[&f.alnum(6), "!", &f.alnum(5), "@", &f.alnum(6)]);
    let toml = format!(
        "rendezvous_server = 'rd.corp.test:21116'\n\n[options]\ncustom-rendezvous-server = 'rd.corp.test'\nkey = '{server_pub}'\npermanent-password = '{perm}'\n"
    );
    let gkey = key(&["AIza", &f.string(URLSAFE, 35)]);
    let gjson = format!(
        "{{\n  \"project_info\": {{ \"project_number\": \"762600000001\", \"project_id\": \"field-ops\" }},\n  \"client\": [{{\n    \"client_info\": {{ \"mobilesdk_app_id\": \"1:762600000001:android:00aa\" }},\n    \"api_key\": [{{ \"current_key\": \"{gkey}\" }}]\n  }}]\n}}\n"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "src/ably.ts", &ts);
    write(dir.path(), "rustdesk/RustDesk2.toml", &toml);
    write(dir.path(), "app/google-services.json", &gjson);
    let out = leakgate(dir.path(), &["scan", ".", "--format", "json"]);
    let doc = json(&out);
    let mut rows = finding_rows(&doc);
    rows.sort();
    let mut want = vec![
        expect("ably-api-key", "src/ably.ts", &ts, &ably),
        expect(
            "generic-password-assignment",
            "rustdesk/RustDesk2.toml",
            &toml,
            &perm,
        ),
        expect("google-api-key", "app/google-services.json", &gjson, &gkey),
    ];
    want.sort();
    assert_eq!(rows, want);
    let google = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule_id"] == "google-api-key")
        .expect("google finding");
    assert_eq!(google["severity"], "low");
    assert!(google["downgraded"]
        .as_str()
        .is_some_and(|r| r.contains("Firebase")));
}

/// More product forms: an OfflineIMAP `remotepass`, a Plone/SENAITE buildout's `user =
/// admin:password`, a bunny.net key in a Terraform variable's default (a UUID and more dashed
/// hex groups), and a ZNC `<Pass password>` block whose `Salt` (of a password hash) stays
/// quiet.
#[test]
fn mail_zope_bunny_and_znc_hash_salt() {
    const RC: &str = "home/.offlineimaprc";
    let mut f = Fake::new(277);
    let imap = key(&["Harbor", "-", &f.alnum(8), "-", "Maple42"]);
    let rc = format!(
        "[Repository Remote]\ntype = IMAP\nremotehost = imap.mail.test\nremoteuser = jo@mail.test\nremotepass = {imap}\n"
    );
    let zope = f.alnum(20);
    let cfg = format!(
        "[instance]\nrecipe = plone.recipe.zope2instance\nhttp-address = 8080\nuser = admin:{zope}\neggs = senaite.lims\n"
    );
    let bunny = key(&[&f.uuid(), "-", &f.string(HEX, 8), "-", &f.string(HEX, 4)]);
    let tf = format!(
        "variable \"bunny_api_key\" {{\n  type      = string\n  sensitive = true\n  default   = \"{bunny}\"\n}}\n"
    );
    let znc = format!(
        "<User marta>\n\t<Pass password>\n\t\tMethod = sha256\n\t\tHash = {}\n\t\tSalt = {}\n\t</Pass>\n</User>\n",
        f.string(HEX, 64),
        f.alnum(20)
    );
    let rows = scan(&[
        (RC, rc.clone()),
        ("lims/buildout.cfg", cfg.clone()),
        ("cdn/main.tf", tf.clone()),
        ("znc/configs/znc.conf", znc),
    ]);
    let mut want = vec![
        expect("offlineimap-password", RC, &rc, &imap),
        expect(
            "zope-initial-user-password",
            "lims/buildout.cfg",
            &cfg,
            &zope,
        ),
        expect("bunny-api-key", "cdn/main.tf", &tf, &bunny),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// An api.data.gov key picked in a TypeScript ternary near api.nasa.gov (DEMO_KEY, the public
/// demonstration key, stays quiet), and ngrok traffic-policy basic-auth credentials.
#[test]
fn data_gov_key_and_ngrok_basic_auth() {
    let mut f = Fake::new(278);
    let gov = f.alnum(40);
    let ts = format!(
        "const NASA = 'https://api.nasa.gov/planetary/apod';\nconst DEMO = 'DEMO_KEY';\nconst KEY = import.meta.env.PROD ? '{gov}' : DEMO;\n"
    );
    let pw = key(&[&f.alnum(5), "!", &f.string(b"0123456789", 4)]);
    let yml = format!(
        "version: \"3\"\nendpoints:\n  - name: webhook-dev\n    url: https://dev.ngrok.app\n    traffic_policy:\n      on_http_request:\n        - actions:\n            - type: basic-auth\n              config:\n                credentials:\n                  - \"stripe:{pw}\"\n"
    );
    let rows = scan(&[
        ("web/src/nasa.ts", ts.clone()),
        ("ngrok/ngrok.yml", yml.clone()),
    ]);
    let mut want = vec![
        expect("api-data-gov-key", "web/src/nasa.ts", &ts, &gov),
        expect("ngrok-basic-auth-credentials", "ngrok/ngrok.yml", &yml, &pw),
    ];
    want.sort();
    assert_eq!(rows, want);
}
