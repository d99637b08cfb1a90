//! Values the generic judgement must take under clear secret names (Django-alphabet keys,
//! passphrases written with mixed separators, Rails `*_key_base` hex), settings that only their
//! product's name identifies (NiFi, fastlane, Synapse, Wasabi under rclone, PrestaShop), and
//! values that are references or published keys (secret-manager URIs, DocSearch's search-only
//! key). Every secret is built at run time; each test asserts rule, path, line and column of
//! every finding.

use crate::common::*;
use crate::context::{expect, scan};

/// The alphabet of Django's get_random_secret_key.
const DJANGO: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const UPPER_ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// 50 characters of Django's alphabet with parentheses and other symbols in it.
fn django_key(f: &mut Fake) -> String {
    key(&[
        &f.string(b"abcdefghijklmnopqrstuvwxyz0123456789", 12),
        "(",
        &f.string(DJANGO, 11),
        ")^",
        &f.string(b"0123456789", 3),
        "!",
        &f.string(DJANGO, 19),
        "+",
    ])
}

/// Django-alphabet keys (no capital letter, symbols such as `(` and `)`) under a Sentry
/// `system.secret-key`, a Python `SESSION_SECRET` and a JSON `cookieSecret`; the same names
/// reading the environment stay quiet.
#[test]
fn django_alphabet_secrets_under_secret_names() {
    let mut f = Fake::new(601);
    let (a, b, c) = (django_key(&mut f), django_key(&mut f), django_key(&mut f));
    let sentry = format!("mail.host: 'smtp.acme.io'\nsystem.secret-key: '{a}'\n");
    let py = format!(
        "import os\nSESSION_SECRET = \"{b}\"\nCSRF_SECRET = os.environ.get(\"CSRF_SECRET\")\n"
    );
    let json = format!("{{\n  \"Logging\": {{}},\n  \"cookieSecret\": \"{c}\"\n}}\n");
    let rows = scan(&[
        ("sentry/config.yml", sentry.clone()),
        ("web/settings.py", py.clone()),
        ("api/appsettings.json", json.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-secret-assignment",
            "sentry/config.yml",
            &sentry,
            &a,
        ),
        expect("generic-secret-assignment", "web/settings.py", &py, &b),
        expect(
            "generic-secret-assignment",
            "api/appsettings.json",
            &json,
            &c,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Passphrases whose words are joined by more than one kind of separator (`.my.cnf`, Joomla's
/// `$smtppass`) are passwords; dotted code references under password names are not.
#[test]
fn mixed_separator_passphrases_and_code_references() {
    let mut f = Fake::new(602);
    let digits = |f: &mut Fake| f.string(b"0123456789", 2);
    let cnf_pw = key(&["Lantern", "_", "moss", ".", "harbor", &digits(&mut f)]);
    let php_pw = key(&["Willow", ".", "amber", "_", "cinder", &digits(&mut f)]);
    let cnf = format!("[client]\nuser=dana\npassword={cnf_pw}\n");
    let php = format!(
        "<?php\nclass JConfig {{\n\tpublic $smtpuser = 'shop@acme.io';\n\tpublic $smtppass = '{php_pw}';\n}}\n"
    );
    let refs = "db:\n  password: config.db.password\nauth:\n  password: settings.SECRET\n";
    let rows = scan(&[
        ("home/.my.cnf", cnf.clone()),
        ("joomla/configuration.php", php.clone()),
        ("app/config.yml", refs.to_string()),
    ]);
    let mut want = vec![
        expect("generic-password-assignment", "home/.my.cnf", &cnf, &cnf_pw),
        expect(
            "generic-password-assignment",
            "joomla/configuration.php",
            &php,
            &php_pw,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// GitLab's gitlab-secrets.json: `db_key_base` and `otp_key_base` are 128 hex digits that
/// Rails generates; a `*_key_base` that is not hex stays with the other rules.
#[test]
fn rails_key_bases_in_hex() {
    let mut f = Fake::new(603);
    let (db, otp) = (f.string(HEX, 128), f.string(HEX, 128));
    let json = format!(
        "{{\n  \"gitlab_rails\": {{\n    \"db_key_base\": \"{db}\",\n    \"otp_key_base\": \"{otp}\",\n    \"note_key_base\": \"not set\"\n  }}\n}}\n"
    );
    let rows = scan(&[("gitlab/gitlab-secrets.json", json.clone())]);
    let mut want = vec![
        expect(
            "generic-hex-secret-assignment",
            "gitlab/gitlab-secrets.json",
            &json,
            &db,
        ),
        expect(
            "generic-hex-secret-assignment",
            "gitlab/gitlab-secrets.json",
            &json,
            &otp,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Settings that only their product's documentation names: NiFi's sensitive properties key,
/// fastlane's FASTLANE_SESSION, Synapse's macaroon_secret_key and form_secret (with `:` and
/// `;` in them), a Wasabi access key ID in an rclone section, PrestaShop's cookie IV beside
/// its cookie key. Placeholders and references under the same names stay quiet.
#[test]
fn product_settings_known_by_their_name() {
    let mut f = Fake::new(604);
    let nifi_key = f.alnum(24);
    let nifi = format!(
        "nifi.web.https.port=8443\nnifi.sensitive.props.key={nifi_key}\nnifi.sensitive.props.key.protected=\n"
    );
    let session = key(&[&f.string(B64, 60), "/", &f.string(B64, 59)]);
    let fastlane = format!(
        "FASTLANE_USER=ci@acme.io\nFASTLANE_SESSION='{session}'\nFASTLANE_SESSION_CI=${{FASTLANE_SESSION}}\n"
    );
    let macaroon = key(&[&f.alnum(20), ":=", &f.alnum(10), ";~", &f.alnum(16)]);
    let form = key(&[&f.alnum(24), ",.", &f.alnum(24)]);
    let synapse = format!(
        "server_name: chat.acme.io\nmacaroon_secret_key: \"{macaroon}\"\nform_secret: \"{form}\"\nsigning_key_path: \"/data/chat.acme.io.signing.key\"\n"
    );
    let id = key(&[&f.string(UPPER_ALNUM, 19), "Q"]);
    let rclone = format!("[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = {id}\n");
    let (cookie_key, iv) = (f.alnum(56), f.alnum(32));
    let ps = format!(
        "<?php return array (\n  'parameters' =>\n  array (\n    'cookie_key' => '{cookie_key}',\n    'cookie_iv' => '{iv}',\n  ),\n);\n"
    );
    let rows = scan(&[
        ("nifi/conf/nifi.properties", nifi.clone()),
        ("ios/fastlane/.env.default", fastlane.clone()),
        ("synapse/homeserver.yaml", synapse.clone()),
        ("home/.config/rclone/rclone.conf", rclone.clone()),
        ("shop/app/config/parameters.php", ps.clone()),
    ]);
    let mut want = vec![
        expect(
            "nifi-sensitive-props-key",
            "nifi/conf/nifi.properties",
            &nifi,
            &nifi_key,
        ),
        expect(
            "fastlane-session",
            "ios/fastlane/.env.default",
            &fastlane,
            &session,
        ),
        expect(
            "synapse-homeserver-secret",
            "synapse/homeserver.yaml",
            &synapse,
            &macaroon,
        ),
        expect(
            "synapse-homeserver-secret",
            "synapse/homeserver.yaml",
            &synapse,
            &form,
        ),
        expect(
            "wasabi-access-key-id",
            "home/.config/rclone/rclone.conf",
            &rclone,
            &id,
        ),
        expect(
            "generic-secret-assignment",
            "shop/app/config/parameters.php",
            &ps,
            &cookie_key,
        ),
        expect(
            "prestashop-cookie-iv",
            "shop/app/config/parameters.php",
            &ps,
            &iv,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Secret-manager URIs under password names (a Markdown table, a Makefile `?=`, an
/// appsettings.json) are references; a password beside them is still reported. DocSearch's
/// search-only key in a Docusaurus `themeConfig` is public by design, while an Algolia admin
/// key in a server's .env is reported.
#[test]
fn secret_manager_references_and_published_search_keys() {
    let mut f = Fake::new(605);
    let pw = key(&[&f.alnum(8), "#", &f.alnum(8)]);
    let md = format!(
        "| variable | value |\n|---|---|\n| `ADMIN_PASSWORD` | `doppler://prd/ADMIN_PASSWORD` |\n| `SERVICE_PASSWORD` | `{pw}` |\n"
    );
    let make = "DB_PASSWORD ?= ref+awssecrets://prod/db#password\nAPI_PASSWORD ?= keeper://Q1w2E3r4T5y6/field/password\n";
    let json =
        "{\n  \"smtpPassword\": \"infisical://acme/prod/SMTP_PASSWORD\",\n  \"dbPassword\": \"akv://acme-vault/db-password\"\n}\n";
    let (search, admin) = (f.string(HEX, 32), f.string(HEX, 32));
    let docusaurus = format!(
        "module.exports = {{\n  title: 'Acme',\n  themeConfig: {{\n    algolia: {{\n      appId: 'R2IYF7ETH7',\n      apiKey: '{search}',\n      indexName: 'acme',\n    }},\n  }},\n}};\n"
    );
    let env = format!("ALGOLIA_APP_ID=R2IYF7ETH7\nALGOLIA_ADMIN_API_KEY={admin}\n");
    let rows = scan(&[
        ("docs/auth.md", md.clone()),
        ("Makefile", make.to_string()),
        ("api/appsettings.json", json.to_string()),
        ("site/docusaurus.config.js", docusaurus),
        ("indexer/.env", env.clone()),
    ]);
    let mut want = vec![
        expect("generic-password-assignment", "docs/auth.md", &md, &pw),
        expect("algolia-admin-api-key", "indexer/.env", &env, &admin),
    ];
    want.sort();
    assert_eq!(rows, want);
}
