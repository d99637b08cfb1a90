//! Value judgement, fifth round: random keys of lower-case letters and digits, names that end in
//! `sig` (a SAS or flow URL's signature), a `$` inside a generated value, tokens written as two
//! runs of hex digits joined by a dash, XML elements that end in `Pass`, PgBouncer auth files
//! named after their pool, and `--secret-string` on a command line. Every secret is built at run
//! time; each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const CONSONANTS: &[u8] = b"bcdfghjklmnpqrstvwxz";
const DIGITS: &[u8] = b"0123456789";
const UPPER_HEX: &[u8] = b"0123456789ABCDEF";

/// `n` groups of three consonants and a digit: a generated lower-case key (letters and digits
/// interleaved, no vowels).
fn lower_key(f: &mut Fake, n: usize) -> String {
    (0..n)
        .map(|_| key(&[&f.string(CONSONANTS, 3), &f.string(DIGITS, 1)]))
        .collect()
}

/// Twenty lower-case letters and digits at random under a client secret or API key name are a
/// key in .env, a shell script and PHP; a name with a year (`productionreplica2024`) and a hex
/// digest of the same length stay quiet.
#[test]
fn lower_case_random_keys_under_credential_names() {
    let mut f = Fake::new(2501);
    let (a, b, c) = (
        lower_key(&mut f, 5),
        lower_key(&mut f, 5),
        lower_key(&mut f, 6),
    );
    let env = format!(
        "PODCAST_CLIENT_SECRET={a}\nREPLICA_TOKEN=productionreplica2024\nBUILD_SECRET={}\n",
        f.string(HEX, 20)
    );
    let sh = format!("#!/bin/sh\nexport FEED_API_KEY='{b}'\n");
    let php = format!("<?php\nreturn [\n    'audio_client_secret' => '{c}',\n];\n");
    let rows = scan(&[
        ("server/.env", env.clone()),
        ("scripts/publish.sh", sh.clone()),
        ("config/audio.php", php.clone()),
    ]);
    let h = "generic-hex-secret-assignment";
    let mut want = vec![
        expect(h, "server/.env", &env, &a),
        expect(h, "scripts/publish.sh", &sh, &b),
        expect(h, "config/audio.php", &php, &c),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A name that ends in `sig` holds a URL signature that grants access (an Azure SAS `sig`, a
/// flow trigger's `sig`): found in Perl, JSON (camelCase) and Java properties. C's signal
/// numbers (`sig = SIGKILL`) and an algorithm named under `signature` stay quiet.
#[test]
fn signature_names_hold_access_signatures() {
    let mut f = Fake::new(2502);
    let a = key(&[&f.strong(20), "-", &f.string(URLSAFE, 22)]);
    let b = key(&[&f.strong(43), "="]);
    let c = key(&[&f.strong(24), "_", &f.string(URLSAFE, 18)]);
    let pl = format!("my $retries = 3;\nmy $flow_sig = '{a}';\n");
    let json = format!("{{\n  \"sasSig\": \"{b}\",\n  \"batchSize\": 500\n}}\n");
    let props = format!("log.level=info\nflow.sig={c}\nsignature=sha256\n");
    let c_src = "static void kill_all(void)\n{\n\tint sig = SIGKILL;\n}\n".to_string();
    let rows = scan(&[
        ("scripts/export.pl", pl.clone()),
        ("flows/definition.json", json.clone()),
        ("config/flow.properties", props.clone()),
        ("src/kill.c", c_src),
    ]);
    let g = "generic-secret-assignment";
    let mut want = vec![
        expect(g, "scripts/export.pl", &pl, &a),
        expect(g, "flows/definition.json", &json, &b),
        expect(g, "config/flow.properties", &props, &c),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A `$` inside a generated value is one of its characters (an INI file interpolates
/// nothing); a value that starts with a reference or ends in one stays quiet.
#[test]
fn dollar_inside_a_generated_value() {
    let mut f = Fake::new(2503);
    let a = key(&[&f.strong(20), "$", &f.strong(16), "%", &f.strong(8)]);
    let ini = format!(
        "[session]\nsession_secret = {a}\nshared_secret = ${{PREFIX}}{}\nsigning_secret = {}$SIGNING_SECRET\n",
        f.strong(20),
        f.strong(20),
    );
    let rows = scan(&[("gis/pg_service.ini", ini.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-secret-assignment",
            "gis/pg_service.ini",
            &ini,
            &a
        )]
    );
}

/// A token issued as two runs of hex digits joined by a dash (32, then 31) under a token name,
/// in upper or lower case, in an Elixir keyword list and YAML; a UUID under an id name stays
/// quiet.
#[test]
fn dashed_hex_tokens() {
    let mut f = Fake::new(2504);
    let a = key(&[&f.string(UPPER_HEX, 32), "-", &f.string(UPPER_HEX, 31)]);
    let b = key(&[&f.string(HEX, 32), "-", &f.string(HEX, 31)]);
    let ex = format!("config :pms,\n  endpoint: \"https://api.internal.example\",\n  client_token: \"{a}\",\n  enabled: true\n");
    let yaml = format!("pms:\n  access_token: {b}\n  property_id: {}\n", f.uuid());
    let rows = scan(&[
        ("lib/pms_client.ex", ex.clone()),
        ("config/pms.yaml", yaml.clone()),
    ]);
    let h = "generic-hex-secret-assignment";
    let mut want = vec![
        expect(h, "lib/pms_client.ex", &ex, &a),
        expect(h, "config/pms.yaml", &yaml, &b),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// XML elements named `...Pass` (camelCase) and a bare `<pass>` (Koha's koha-conf.xml writes
/// the database password so) hold passwords.
#[test]
fn xml_pass_elements() {
    let mut f = Fake::new(2505);
    let (a, b) = (f.strong(14), f.strong(16));
    let xml = format!(
        "<config>\n  <user>koha</user>\n  <catalogDbPass>{a}</catalogDbPass>\n  <pass>{b}</pass>\n  <port>3306</port>\n</config>\n"
    );
    let rows = scan(&[("etc/koha-conf.xml", xml.clone())]);
    let p = "generic-password-assignment";
    let mut want = vec![
        expect(p, "etc/koha-conf.xml", &xml, &a),
        expect(p, "etc/koha-conf.xml", &xml, &b),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A PgBouncer auth file named after its pool (`pgbouncer-userlist.txt`), with `;` comments,
/// is read as `userlist.txt` is: every plain-text password, not the md5 hash.
#[test]
fn pgbouncer_auth_file_with_a_pool_prefix() {
    let mut f = Fake::new(2506);
    let (a, b) = (
        f.strong(16),
        key(&[&f.string(CONSONANTS, 5), "-", &f.string(CONSONANTS, 5)]),
    );
    let text = format!(
        "; rotated by the platform team\n\"app\" \"{a}\"\n; reporting\n\"reporting\" \"{b}\"\n\"legacy\" \"md5{}\"\n",
        f.string(HEX, 32)
    );
    let rows = scan(&[("postgis/pgbouncer-userlist.txt", text.clone())]);
    let r = "pgbouncer-auth-file-password";
    let mut want = vec![
        expect(r, "postgis/pgbouncer-userlist.txt", &text, &a),
        expect(r, "postgis/pgbouncer-userlist.txt", &text, &b),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// `aws secretsmanager create-secret --secret-string v`: the value is the secret whatever the
/// secret's name; `file://` reads it from a file.
#[test]
fn secret_string_on_a_command_line() {
    let mut f = Fake::new(2507);
    let a = f.strong(14);
    let hist = format!(
        "aws secretsmanager create-secret --name prod/postgres --secret-string '{a}'\naws secretsmanager put-secret-value --secret-id prod/app --secret-string file://creds.json\n"
    );
    let rows = scan(&[("home/.bash_history", hist.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-password-assignment",
            "home/.bash_history",
            &hist,
            &a
        )]
    );
}

/// An `Authorization` header whose scheme is a vendor's own word (`ApiToken v`) holds the key
/// after it; a `Digest` header's parameters are no key.
#[test]
fn vendor_authorization_schemes() {
    let mut f = Fake::new(2508);
    let a = f.strong(80);
    let py = format!(
        "HEADERS = {{\"Authorization\": \"ApiToken {a}\"}}\nDIGEST = {{\"Authorization\": \"Digest username=\\\"{}\\\"\"}}\n",
        f.strong(32)
    );
    let rows = scan(&[("ops/export_threats.py", py.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-secret-assignment",
            "ops/export_threats.py",
            &py,
            &a
        )]
    );
}

/// Maven's encrypted password (`{base64}`) is no password; a plain one beside it is. A key's
/// fingerprint inside a collection under a key name is an identifier. 256 hex digits under an
/// API key name are a key.
#[test]
fn encrypted_maven_passwords_fingerprints_and_long_hex_keys() {
    let mut f = Fake::new(2509);
    let plain = f.strong(14);
    let hex256 = f.string(HEX, 256);
    let xml = format!(
        "<settings>\n  <servers>\n    <server>\n      <id>legacy</id>\n      <password>{{{}=}}</password>\n    </server>\n    <server>\n      <id>releases</id>\n      <password>{plain}</password>\n    </server>\n  </servers>\n</settings>\n",
        f.strong(40)
    );
    let php = format!(
        "<?php\nreturn [\n    'serverKey' => [\n        'fingerprint' => '{}',\n    ],\n];\n",
        f.string(UPPER_HEX, 40)
    );
    let env = format!("BACKEND_API_KEY=\"{hex256}\"\n");
    let rows = scan(&[
        ("maven/settings.xml", xml.clone()),
        ("config/keys.php", php),
        ("backend/.env", env.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "maven/settings.xml",
            &xml,
            &plain,
        ),
        expect(
            "generic-hex-secret-assignment",
            "backend/.env",
            &env,
            &hex256,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A token as a URL's user name with an empty password (`https://TOKEN:@host/`, how package
/// indexes take deploy tokens), in pip.conf and a Dockerfile; a user name of words stays quiet.
#[test]
fn tokens_as_url_user_names() {
    let mut f = Fake::new(2510);
    let (a, b) = (f.strong(20), f.strong(20));
    let pip = format!("[global]\nextra-index-url = https://{a}:@pypi.registry.example/acme/\n");
    let docker = format!(
        "FROM python:3.12\nRUN pip install --extra-index-url https://{b}:@pypi.registry.example/acme/ -r requirements.txt\nRUN pip install --index-url https://deploy-bot:@pypi.registry.example/simple/ app\n"
    );
    let rows = scan(&[("pip.conf", pip.clone()), ("Dockerfile", docker.clone())]);
    let r = "url-token-username";
    let mut want = vec![
        expect(r, "pip.conf", &pip, &a),
        expect(r, "Dockerfile", &docker, &b),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A webhook's verification token (random letters and digits of both cases) is a credential;
/// an e-mail verification token of a fixture (short) stays quiet.
#[test]
fn webhook_verification_tokens() {
    let mut f = Fake::new(2511);
    let a = f.strong(40);
    let yaml = format!(
        "fleet:\n  redirect_uri: https://fleet.example.org/callback\n  webhook_verification_token: \"{a}\"\n  email_verification_token: \"abc\"\n"
    );
    let rows = scan(&[("src/main/resources/application.yml", yaml.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-opaque-name-secret-assignment",
            "src/main/resources/application.yml",
            &yaml,
            &a
        )]
    );
}
