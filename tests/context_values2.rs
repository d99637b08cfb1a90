//! Value judgement, second round: letters-only random passwords are passwords, while encrypted
//! envelopes, resource names, Hugging Face model ids, a Shopify app's API key (its client id),
//! base64 of prose, the age project's test-vector identities and bcrypt hashes under password
//! names are not plain secrets. Every secret is built at run time; each test asserts rule, path,
//! line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const LOWER_CONSONANTS: &[u8] = b"bcdfghjklmnpqrstvwxz";
const UPPER_CONSONANTS: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";
const HEX: &[u8] = b"0123456789abcdef";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Sixteen letters in random mixed case with no run of five consonants (so the "words" allow
/// entry alone would pass it over) and a lone lower-case letter between capitals.
fn random_letters(f: &mut Fake) -> String {
    key(&[
        &f.string(LOWER_CONSONANTS, 1),
        &f.string(UPPER_CONSONANTS, 2),
        "Io",
        &f.string(LOWER_CONSONANTS, 3),
        "I",
        &f.string(b"bcghkmpvwxz", 1),
        &f.string(UPPER_CONSONANTS, 1),
        &f.string(LOWER_CONSONANTS, 2),
        "o",
        &f.string(LOWER_CONSONANTS, 2),
    ])
}

/// A Spring `datasource.password` and a YAML password of random letters only are found;
/// CamelCase names under password keys are not.
#[test]
fn letters_only_random_passwords() {
    let mut f = Fake::new(1501);
    let (a, b) = (random_letters(&mut f), random_letters(&mut f));
    let props = format!("spring.datasource.username=app\nspring.datasource.password={a}\n");
    let yaml = format!("db:\n  user: app\n  password: \"{b}\"\n");
    let names =
        "password=numberOfTaskSlots\npassword: IAmSensitiveTo\npassword=AddHttpClientHandler\n";
    let rows = scan(&[
        ("conf/application.properties", props.clone()),
        ("deploy/values.yaml", yaml.clone()),
        ("conf/names.properties", names.to_string()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "conf/application.properties",
            &props,
            &a,
        ),
        expect(
            "generic-password-assignment",
            "deploy/values.yaml",
            &yaml,
            &b,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Jira's `dbconfig.xml.secured` keeps the password as a JSON envelope (cipherText, iv, salt):
/// its fields are not reported, while a client secret in plain JSON is.
#[test]
fn encrypted_envelope_fields_are_not_secrets() {
    let mut f = Fake::new(1502);
    let cipher = key(&[&f.string(B64, 43), "="]);
    let iv = key(&[&f.string(B64, 22), "=="]);
    let salt = key(&[&f.string(B64, 22), "=="]);
    let xml = format!(
        "<jira-database-config>\n  <jdbc-datasource>\n    <password>{{\"cipherText\":\"{cipher}\",\"iv\":\"{iv}\",\"salt\":\"{salt}\"}}</password>\n  </jdbc-datasource>\n</jira-database-config>\n"
    );
    let secret = key(&[&f.alnum(12), "Q7x", &f.alnum(17)]);
    let json = format!("{{\n  \"clientSecret\": \"{secret}\"\n}}\n");
    let rows = scan(&[
        ("jira/dbconfig.xml.secured", xml),
        ("api/oauth.json", json.clone()),
    ]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-secret-assignment",
            "api/oauth.json",
            &json,
            &secret
        )]
    );
}

/// Identifiers under key names: a Coinbase CDP API key's name
/// (`organizations/<uuid>/apiKeys/<uuid>`, its private key is the secret), a Hugging Face model
/// id, and a Shopify app's API key (its OAuth client id); the Shopify API secret beside it is
/// still found.
#[test]
fn key_names_model_ids_and_client_ids_are_not_secrets() {
    let mut f = Fake::new(1503);
    let name = key(&["organizations/", &f.uuid(), "/apiKeys/", &f.uuid()]);
    let py = format!(
        "coinbase = ccxt.coinbase({{\n    'apiKey': '{name}',\n}})\nhf = {{'apiKey': 'meta-llama/Meta-Llama-3-8B'}}\n"
    );
    let (client_id, app_secret) = (f.string(HEX, 32), f.string(HEX, 32));
    let env = format!("SHOPIFY_API_KEY={client_id}\nSHOPIFY_API_SECRET={app_secret}\n");
    let rows = scan(&[("bot/exchanges.py", py), ("shop/.env", env.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-hex-secret-assignment",
            "shop/.env",
            &env,
            &app_secret
        )]
    );
}

/// Base64 of an English sentence under `secret` (documentation's stand-in for a BIND key) is not
/// key material; base64 of random bytes under the same name is.
#[test]
fn base64_of_prose_is_not_a_key() {
    let mut f = Fake::new(1504);
    // "made up key for the docs", encoded at run time.
    let prose = {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(key(&["made up ", "key for the docs"]))
    };
    let random = key(&[&f.string(B64, 26), "Zq9", &f.string(B64, 3)]);
    let conf =
        format!("key \"rndc-key\" {{\n    algorithm hmac-md5;\n    secret \"{prose}\";\n}};\n");
    let live = format!("service:\n  secret: \"{random}\"\n");
    let rows = scan(&[
        ("bind/named.conf.keys", conf),
        ("svc/config.yml", live.clone()),
    ]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-secret-assignment",
            "svc/config.yml",
            &live,
            &random
        )]
    );
}

/// The age project's published test-vector identities are vendor examples; another age key
/// is found.
#[test]
fn age_test_vectors_are_examples() {
    let mut f = Fake::new(1505);
    let prefix = key(&["AGE-SECRET-", "KEY-1"]);
    let vectors = [
        "XMWWC06LY3EE5RYTXM9MFLAZ2U56JJJ36S0MYPDRWSVLUL66MV4QX3S7F6",
        "EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0",
        "43WN7DCXU4G8R5AXQSSYD9AEPYDNT3HXSLWSPK36CDU6E8M59SSSAGZ3KG",
    ];
    let live = key(&[&prefix, &f.string(b"QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)]);
    let mut md = String::from("# age testkit\n");
    for v in vectors {
        md.push_str(&format!("- `{prefix}{v}`\n"));
    }
    md.push_str(&format!("- ours: `{live}`\n"));
    let rows = scan(&[("runbooks/oncall.md", md.clone())]);
    assert_eq!(
        rows,
        vec![expect("age-secret-key", "runbooks/oncall.md", &md, &live)]
    );
}

/// A bcrypt hash under Node-RED's `password:` is reported as a bcrypt hash, not as a plain
/// password.
#[test]
fn bcrypt_hash_under_password_is_a_hash() {
    let mut f = Fake::new(1506);
    let hash = key(&[
        "$2b$08$",
        &f.string(
            b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
            53,
        ),
    ]);
    let js = format!(
        "module.exports = {{\n    adminAuth: {{\n        users: [{{\n            username: 'admin',\n            password: \"{hash}\",\n        }}]\n    }},\n}}\n"
    );
    let rows = scan(&[("node-red/settings.js", js.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "bcrypt-password-hash",
            "node-red/settings.js",
            &js,
            &hash
        )]
    );
}

/// Password hashes (shadow SHA-512-crypt, htpasswd APR1 and bcrypt, Argon2) are reported as
/// advice: every place is listed at `low` severity with the rule's reason, and the scan exits 0
/// when they are all there is. A password beside them still fails it.
#[test]
fn password_hashes_are_advice_and_do_not_fail() {
    let mut f = Fake::new(1507);
    let crypt = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let sha512 = key(&["$6$", &f.string(crypt, 16), "$", &f.string(crypt, 86)]);
    let apr1 = key(&["$apr1$", &f.string(crypt, 8), "$", &f.string(crypt, 22)]);
    let argon = key(&[
        "$argon2id$v=19$m=65536,t=3,p=4$",
        &f.string(B64, 22),
        "$",
        &f.string(B64, 43),
    ]);
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "etc/shadow",
        &format!("root:{sha512}:19700:0:99999:7:::\n"),
    );
    write(dir.path(), "nginx/.htpasswd", &format!("staff:{apr1}\n"));
    write(
        dir.path(),
        "authelia/users_database.yml",
        &format!("users:\n  ops:\n    password: \"{argon}\"\n"),
    );
    let args = [
        "scan",
        ".",
        "--isolated",
        "--no-baseline",
        "--format",
        "json",
    ];
    let out = leakgate(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v = json(&out);
    let mut seen: Vec<(String, String, bool)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|p| {
            (
                p["rule_id"].as_str().expect("rule").to_string(),
                p["severity"].as_str().expect("severity").to_string(),
                p["downgraded"]
                    .as_str()
                    .is_some_and(|w| w.starts_with("a password hash")),
            )
        })
        .collect();
    seen.sort();
    let want = |r: &str| (r.to_string(), "low".to_string(), true);
    assert_eq!(
        seen,
        vec![
            want("argon2-password-hash"),
            want("crypt-sha512-password-hash"),
            want("htpasswd-apr1"),
        ]
    );
    // A plain password beside them fails the scan as before.
    let pw = key(&[&f.alnum(6), "!", &f.alnum(7)]);
    write(dir.path(), "app/.env", &format!("DB_PASSWORD={pw}\n"));
    assert_eq!(leakgate(dir.path(), &args).status.code(), Some(1));
}
