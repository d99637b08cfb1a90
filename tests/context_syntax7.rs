//! Grammar and values, seventh round: names that end in `pass` after a word (`remotepass`),
//! `user:password` strings under an auth name, ternaries and fallbacks in code, `user =
//! name:password` settings, passwords told in prose, short VPN and RADIUS secrets, upper-case
//! and long dashed hex keys, and the hashes, salts, hardware identifiers and public tokens that
//! stay quiet. Every secret is built at run time; each test asserts rule, path, line and column
//! of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const PW: &str = "generic-password-assignment";
const ROUTEROS: &str = "routeros-command-password";

/// A password of letters of both cases and digits joined by a dash (`Kq8vLm-2xTr9w`).
fn pw(f: &mut Fake) -> String {
    key(&[&f.strong(6), "-", &f.strong(6)])
}

/// A name that ends in `pass` after a word (offlineimap's `remotepass`, `localpass`,
/// `loginpass`, `masterpass`, `botpass`, `serverpass`) holds a password; `bypass`, `compass`
/// and `overpass` do not.
#[test]
fn names_ending_in_pass_after_a_word() {
    let mut f = Fake::new(2601);
    let v: Vec<String> = (0..6).map(|_| pw(&mut f)).collect();
    let rc = format!(
        "[Repository Remote]\ntype = IMAP\nremotehost = imap.example.org\nremoteuser = someone@example.org\nremotepass = {}\n\n[general]\nlocalpass = {}\nloginpass = {}\nmasterpass = {}\nbotpass = {}\nserverpass = {}\nbypass = {}\ncompass = {}\noverpass = {}\n",
        v[0], v[1], v[2], v[3], v[4], v[5], pw(&mut f), pw(&mut f), pw(&mut f)
    );
    let rows = scan(&[(".offlineimaprc", rc.clone())]);
    // OfflineIMAP's own rule claims its `remotepass` and `localpass`.
    let mut want: Vec<Row> = v
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let rule = if i < 2 { "offlineimap-password" } else { PW };
            expect(rule, ".offlineimaprc", &rc, s)
        })
        .collect();
    want.sort();
    assert_eq!(rows, want);
}

/// `user:password` strings under an auth name: a traffic policy's `credentials:` list, a
/// `basic_auth:` list in block and flow style, and `auth: "user:pw"`: the part after the first
/// colon is the password. `host:port` and numeric pairs stay quiet.
#[test]
fn user_password_strings_under_auth_names() {
    let mut f = Fake::new(2602);
    let v: Vec<String> = (0..6).map(|_| pw(&mut f)).collect();
    let yml = format!(
        "tunnels:\n  web:\n    proto: http\n    basic_auth:\n      - \"alice:{}\"\n    policy:\n      - type: basic-auth\n        config:\n          credentials:\n            - \"ops:{}\"\n            - \"bob:{}\"\n            - \"cache.internal:6379\"\n  other:\n    auth: \"carol:{}\"\n    basic_auth: [\"dave:{}\", \"erin:{}\"]\n",
        v[0], v[1], v[2], v[3], v[4], v[5]
    );
    let rows = scan(&[("agent/tunnel.yml", yml.clone())]);
    let mut want: Vec<Row> = v
        .iter()
        .map(|s| expect(PW, "agent/tunnel.yml", &yml, s))
        .collect();
    want.sort();
    assert_eq!(rows, want);
}

/// A conditional's literal branch under a credential name is written into the code: JS/TS,
/// Java, C#, PHP and C `cond ? 'v' : OTHER` (either branch) and Python `X if cond else 'v'`.
/// The same conditional under a name that is no credential stays quiet.
#[test]
fn conditional_branches_under_credential_names() {
    let mut f = Fake::new(2603);
    let v: Vec<String> = (0..7).map(|_| f.strong(40)).collect();
    let ts = format!(
        "const DEMO = 'DEMO_KEY';\nconst KEY = import.meta.env.PROD ? '{}' : DEMO;\nconst LABEL = import.meta.env.PROD ? '{}' : DEMO;\n",
        v[0],
        f.strong(40)
    );
    let java = format!(
        "class Keys {{\n  static final String API_KEY = prod ? \"{}\" : DEMO;\n  static final String TOKEN = prod ? DEMO : \"{}\";\n}}\n",
        v[1], v[2]
    );
    let cs = format!(
        "public static string ApiSecret => IsProd ? \"{}\" : Demo;\n",
        v[3]
    );
    let php = format!("<?php\n$apiKey = $prod ? '{}' : DEMO;\n", v[4]);
    let c = format!(
        "static const char *api_token = PROD ? \"{}\" : DEMO_TOKEN;\n",
        v[5]
    );
    let py = format!(
        "import os\nAPI_KEY = os.environ.get(\"X\") if os.environ.get(\"X\") else '{}'\n",
        v[6]
    );
    let rows = scan(&[
        ("web/keys.ts", ts.clone()),
        ("src/Keys.java", java.clone()),
        ("src/Keys.cs", cs.clone()),
        ("src/keys.php", php.clone()),
        ("src/keys.c", c.clone()),
        ("src/keys.py", py.clone()),
    ]);
    let g = "generic-secret-assignment";
    let mut want = vec![
        expect(g, "web/keys.ts", &ts, &v[0]),
        expect(g, "src/Keys.java", &java, &v[1]),
        expect(g, "src/Keys.java", &java, &v[2]),
        expect(g, "src/Keys.cs", &cs, &v[3]),
        expect(g, "src/keys.php", &php, &v[4]),
        expect(g, "src/keys.c", &c, &v[5]),
        expect(g, "src/keys.py", &py, &v[6]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A `user` setting of `name:password` (Zope and Plone buildout `user = admin:pw`,
/// `admin-user`, `users`): the password after the colon. A value of more colons (a passwd
/// line) and a `uid:gid` pair stay quiet.
#[test]
fn user_settings_of_name_and_password() {
    let mut f = Fake::new(2604);
    let (a, b) = (f.strong(20), pw(&mut f));
    let cfg = format!(
        "[instance]\nrecipe = plone.recipe.zope2instance\nhttp-address = 8080\nuser = admin:{a}\neggs = senaite.lims\n\n[zeo]\nadmin-user = manager:{b}\n\n[other]\nuser = deploy:x:1001:1001:{}\nusers = 1000:1000\n",
        f.strong(12)
    );
    let rows = scan(&[("lims/buildout.cfg", cfg.clone())]);
    // The Zope rule claims the `user` of a `plone.recipe.zope2instance` part.
    let mut want = vec![
        expect("zope-initial-user-password", "lims/buildout.cfg", &cfg, &a),
        expect(PW, "lims/buildout.cfg", &cfg, &b),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A password told in prose: a chat export's `"text"` ("the admin password for the old build
/// server is v btw"), Markdown and plain text ("pw is v", "db password: v"). Words after the
/// same phrases ("the password is stored in vault") and code (`if password is None:`) stay
/// quiet.
#[test]
fn passwords_told_in_prose() {
    let mut f = Fake::new(2605);
    let (a, b, c, d) = (
        key(&[&f.strong(8), "+", &f.strong(6)]),
        pw(&mut f),
        pw(&mut f),
        pw(&mut f),
    );
    let chat = format!(
        "[\n  {{\n    \"type\": \"message\",\n    \"text\": \"the admin password for the old build server is {a} btw\",\n    \"ts\": \"1762199999.000100\"\n  }},\n  {{\n    \"text\": \"the password is stored in vault\"\n  }}\n]\n"
    );
    let md = format!(
        "# Lab notes\n\nThe root password for the lab NAS is {b}, rotate it.\npw is {c} for the staging box.\nThe password is stored in the vault.\n"
    );
    let txt = format!("handover: db password: {d}\n");
    let py =
        "def check(password=None):\n    if password is None:\n        return False\n".to_string();
    let rows = scan(&[
        ("export/general.json", chat.clone()),
        ("docs/lab.md", md.clone()),
        ("notes/handover.txt", txt.clone()),
        ("src/check.py", py),
    ]);
    let mut want = vec![
        expect(PW, "export/general.json", &chat, &a),
        expect(PW, "docs/lab.md", &md, &b),
        expect(PW, "docs/lab.md", &md, &c),
        expect(PW, "notes/handover.txt", &txt, &d),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A shared secret a person types, 8 to 15 characters: RouterOS `/ip ipsec identity add
/// peer=hq secret=v`, a RADIUS client's `secret=v`, `pre-shared-key = v`, `shared_secret = v`.
/// A name (`my-tls-secret`, `db-creds-v2`) under `secret` stays quiet.
#[test]
fn short_shared_secrets_judged_as_passwords() {
    let mut f = Fake::new(2606);
    let sym = |f: &mut Fake| key(&[&f.strong(8), "%"]);
    let (a, b, c, d) = (sym(&mut f), f.strong(9), sym(&mut f), pw(&mut f));
    let rsc = format!(
        "/ip ipsec peer\nadd address=vpn.example.net exchange-mode=ike2 name=hq\n/ip ipsec identity\nadd peer=hq secret={a}\n/radius add address=10.0.0.5 secret={b} service=login\n"
    );
    let conf = format!(
        "pre-shared-key = {c}\nshared_secret = {d}\nsecret = my-tls-secret\nsecret: db-creds-v2\n"
    );
    let rows = scan(&[
        ("branch/router.rsc", rsc.clone()),
        ("branch/tunnel.conf", conf.clone()),
    ]);
    let mut want = vec![
        // The RouterOS rule claims `secret=` on an `add` command.
        expect(ROUTEROS, "branch/router.rsc", &rsc, &a),
        expect(PW, "branch/router.rsc", &rsc, &b),
        expect(PW, "branch/tunnel.conf", &conf, &c),
        expect(PW, "branch/tunnel.conf", &conf, &d),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Hex keys in more shapes under key names: an upper-case UUID given to a `--setup-key` flag or
/// a `setup_key`, and dashed hex beyond a UUID (a UUID and more groups, a Terraform variable's
/// default). An upper-case UUID under a name that is no key stays quiet.
#[test]
fn upper_case_and_long_dashed_hex_keys() {
    let mut f = Fake::new(2607);
    let upper = |f: &mut Fake| f.uuid().to_ascii_uppercase();
    let (a, b) = (upper(&mut f), upper(&mut f));
    let c = key(&[&f.uuid(), "-", &f.string(HEX, 8), "-", &f.string(HEX, 4)]);
    let sh = format!("#!/bin/sh\nagent up --setup-key {a}\n");
    let env = format!("ENROLL_SETUP_KEY={b}\nPROJECT_GUID={}\n", upper(&mut f));
    let tf = format!(
        "variable \"edge_api_key\" {{\n  type      = string\n  sensitive = true\n  default   = \"{c}\"\n}}\n"
    );
    let rows = scan(&[
        ("mesh/setup.sh", sh.clone()),
        ("mesh/.env", env.clone()),
        ("cdn/main.tf", tf.clone()),
    ]);
    let h = "generic-hex-secret-assignment";
    let mut want = vec![
        expect(h, "mesh/setup.sh", &sh, &a),
        expect(h, "mesh/.env", &env, &b),
        expect(h, "cdn/main.tf", &tf, &c),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// What stays quiet: a hardware or machine identifier in hex (`<HardwareKey>`), a password
/// hash's `Salt` beside its `Hash` and `Method` lines (ZNC's `<Pass>` block), a public token in
/// the `pk.<payload>.<signature>` form under any name, and an XML `password` attribute whose
/// `encoding` says it is an MD5 or SHA-256 hash. The server key beside the hardware key, a salt
/// with no hash beside it and a `password` attribute with no encoding are still found.
#[test]
fn hashes_salts_hardware_ids_and_public_tokens_stay_quiet() {
    let mut f = Fake::new(2608);
    let server = f.strong(24);
    let xml = format!(
        "<ApplicationSettings>\n  <ServerUri>https://signage.example.net</ServerUri>\n  <ServerKey>{server}</ServerKey>\n  <HardwareKey>{}</HardwareKey>\n  <MachineKey>{}</MachineKey>\n</ApplicationSettings>\n",
        f.string(HEX, 32),
        f.string(HEX, 32)
    );
    let conf = format!(
        "<User admin>\n\t<Pass password>\n\t\tMethod = sha256\n\t\tHash = {}\n\t\tSalt = {}\n\t</Pass>\n</User>\n",
        f.string(HEX, 64),
        f.strong(20)
    );
    let lone_salt = f.strong(24);
    let app = format!("[app]\nname = web\nsalt = {lone_salt}\n");
    let ts = format!(
        "export const publicConfig = {{\n  mapToken: 'pk.{}.{}',\n}};\n",
        f.string(URLSAFE, 60),
        f.string(URLSAFE, 22)
    );
    let plain = pw(&mut f);
    let mapping = format!(
        "<user-mapping>\n    <authorize username=\"helpdesk\" password=\"{}\" encoding=\"md5\">\n    </authorize>\n    <authorize username=\"kiosk\" password=\"{plain}\">\n    </authorize>\n</user-mapping>\n",
        f.string(HEX, 32)
    );
    let rows = scan(&[
        ("players/settings.xml", xml.clone()),
        ("bouncer/bouncer.conf", conf),
        ("web/app.ini", app.clone()),
        ("web/public.ts", ts),
        ("gateway/user-mapping.xml", mapping.clone()),
    ]);
    let mut want = vec![
        // Xibo's own rule claims the player's `ServerKey`.
        expect("xibo-cms-key", "players/settings.xml", &xml, &server),
        expect("generic-secret-assignment", "web/app.ini", &app, &lone_salt),
        expect(PW, "gateway/user-mapping.xml", &mapping, &plain),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// UTF-16LE bytes of `s`, then base64: how Windows setup writes an unattend password with
/// `<PlainText>false</PlainText>`.
fn unattend_base64(s: &str) -> String {
    let bytes: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    base64(&bytes)
}

/// An unattend.xml password written with `<PlainText>false</PlainText>` is only encoded (base64
/// of the UTF-16 password and `Password`): found. The encoding of an empty password and of a
/// documented default that spells the word stay quiet.
#[test]
fn encoded_unattend_passwords() {
    let mut f = Fake::new(2609);
    let secret = unattend_base64(&format!("{}Password", pw(&mut f)));
    let empty = unattend_base64("Password");
    let default = unattend_base64("P@ssw0rd!Password");
    let xml = format!(
        "<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">\n  <settings pass=\"oobeSystem\">\n    <UserAccounts>\n      <LocalAccounts><LocalAccount>\n        <Password>\n          <Value>{secret}</Value>\n          <PlainText>false</PlainText>\n        </Password>\n      </LocalAccount></LocalAccounts>\n      <AdministratorPassword>\n        <Value>{empty}</Value>\n        <PlainText>false</PlainText>\n      </AdministratorPassword>\n      <DomainAccounts><DomainAccount>\n        <Password>\n          <Value>{default}</Value>\n          <PlainText>false</PlainText>\n        </Password>\n      </DomainAccount></DomainAccounts>\n    </UserAccounts>\n  </settings>\n</unattend>\n"
    );
    let rows = scan(&[("kiosk/Autounattend.xml", xml.clone())]);
    // The answer-file rule claims both: a default that spells the word is still the password
    // of every machine built from the file.
    let mut want = vec![
        expect(
            "windows-unattend-encoded-password",
            "kiosk/Autounattend.xml",
            &xml,
            &secret,
        ),
        expect(
            "windows-unattend-encoded-password",
            "kiosk/Autounattend.xml",
            &xml,
            &default,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// `if` expressions under credential names: Kotlin and Scala `if (cond) "v" else X`, Rust
/// `if cond { X } else { "v" }`; and prose that names what the password is for before its colon
/// ("the password for the NAS: v").
#[test]
fn if_expressions_and_prose_labels() {
    let mut f = Fake::new(2610);
    let (a, b, c) = (f.strong(36), f.strong(36), pw(&mut f));
    let kt = format!("val API_KEY = if (BuildConfig.DEBUG) \"{a}\" else DEMO\n");
    let rs = format!("let api_key = if prod {{ DEMO }} else {{ \"{b}\" }};\n");
    let md = format!("The password for the NAS: {c}\n");
    let rows = scan(&[
        ("app/Keys.kt", kt.clone()),
        ("src/keys.rs", rs.clone()),
        ("docs/nas.md", md.clone()),
    ]);
    let g = "generic-secret-assignment";
    let mut want = vec![
        expect(g, "app/Keys.kt", &kt, &a),
        expect(g, "src/keys.rs", &rs, &b),
        expect(PW, "docs/nas.md", &md, &c),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// VPN secrets in their own files: strongSwan `ipsec.secrets` (`host : PSK "v"`, `: PSK "v"`,
/// `user : EAP "v"`) and an L2TP server's `ipsec-secret=v` on a RouterOS line. An RSA key file
/// reference stays quiet.
#[test]
fn ipsec_secrets_and_vpn_secret_names() {
    let mut f = Fake::new(2611);
    let sym = |f: &mut Fake| key(&[&f.strong(8), "!"]);
    let (a, b, c, d) = (sym(&mut f), sym(&mut f), sym(&mut f), sym(&mut f));
    let secrets = format!(
        "# ipsec.secrets\nvpn.example.com : PSK \"{a}\"\n: PSK \"{b}\"\ncarol : EAP \"{c}\"\n: RSA moonKey.pem\n"
    );
    let rsc = format!("/interface l2tp-server server set ipsec-secret={d} use-ipsec=yes\n");
    let rows = scan(&[
        ("etc/ipsec.secrets", secrets.clone()),
        ("branch/l2tp.rsc", rsc.clone()),
    ]);
    let mut want = vec![
        expect(PW, "etc/ipsec.secrets", &secrets, &a),
        expect(PW, "etc/ipsec.secrets", &secrets, &b),
        expect(PW, "etc/ipsec.secrets", &secrets, &c),
        expect(PW, "branch/l2tp.rsc", &rsc, &d),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A login flag's `user:password` value on a command line: `--basic-auth 'u:v'`,
/// `--basic-auth="u:v"`, `--credentials u:v`: the part after the first colon.
#[test]
fn login_flags_of_user_and_password() {
    let mut f = Fake::new(2612);
    let (a, b, c) = (pw(&mut f), pw(&mut f), pw(&mut f));
    let sh = format!(
        "#!/bin/sh\ntunnel http 8080 --basic-auth 'admin:{a}'\ntunnel http 8081 --basic-auth=\"ops:{b}\"\ncli --credentials dev:{c} run\n"
    );
    let rows = scan(&[("scripts/expose.sh", sh.clone())]);
    let want = vec![
        expect(PW, "scripts/expose.sh", &sh, &a),
        expect(PW, "scripts/expose.sh", &sh, &b),
        expect(PW, "scripts/expose.sh", &sh, &c),
    ];
    assert_eq!(rows, want);
}
