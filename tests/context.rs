//! Context detection: assignments in every syntax where secrets are written reach the rules
//! (`src/matcher/assign.rs`), and references, published examples and public tokens stay quiet.
//! Every secret is built at run time; each test asserts rule, path, line and column.

use crate::common::*;

/// Writes `files` into a fresh directory, scans it and returns the findings' rows, sorted.
fn scan(files: &[(&str, String)]) -> Vec<Row> {
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, content) in files {
        write(dir.path(), path, content);
    }
    let out = leakgate(dir.path(), &["scan", ".", "--format", "json"]);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        stderr(&out)
    );
    let mut rows = finding_rows(&json(&out));
    rows.sort();
    rows
}

/// 1-based (line, column) of `needle` in `text`.
fn at(text: &str, needle: &str) -> (u64, u64) {
    let i = text.find(needle).expect("needle in text");
    let before = &text[..i];
    let line = before.matches('\n').count() as u64 + 1;
    let col = (i - before.rfind('\n').map_or(0, |j| j + 1)) as u64 + 1;
    (line, col)
}

fn expect(rule: &str, path: &str, text: &str, secret: &str) -> Row {
    let (l, c) = at(text, secret);
    row(rule, path, l, c)
}

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    key(&[
        &f.string(ALNUM, 6),
        "#",
        &f.string(b"0123456789", 2),
        &f.alnum(5),
    ])
}

#[test]
fn php_define_and_wordpress_salts() {
    let mut f = Fake::new(11);
    let pw = password(&mut f);
    let salt: String = key(&[&f.alnum(20), "<&>[", &f.alnum(20), "]!@", &f.alnum(20)]);
    let text = format!(
        "<?php\ndefine( 'DB_NAME', 'shop' );\ndefine( 'DB_PASSWORD', '{pw}' );\ndefine( 'SECURE_AUTH_SALT', '{salt}' );\n"
    );
    let rows = scan(&[("wp-config.php", text.clone())]);
    let mut want = vec![
        expect("generic-password-assignment", "wp-config.php", &text, &pw),
        expect("wordpress-auth-salt", "wp-config.php", &text, &salt),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn xml_add_key_value_and_elements() {
    let mut f = Fake::new(12);
    let token = f.alnum(32);
    let pw = password(&mut f);
    let web = format!(
        "<configuration>\n  <appSettings>\n    <add key=\"Billing.ApiToken\" value=\"{token}\" />\n    <add key=\"Billing.Url\" value=\"https://billing.internal/\" />\n  </appSettings>\n</configuration>\n"
    );
    let m2 = format!(
        "<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deploy</username>\n      <password>{pw}</password>\n    </server>\n  </servers>\n</settings>\n"
    );
    let rows = scan(&[
        ("Web.config", web.clone()),
        (".m2/settings.xml", m2.clone()),
    ]);
    let mut want = vec![
        expect("generic-secret-assignment", "Web.config", &web, &token),
        expect("generic-password-assignment", ".m2/settings.xml", &m2, &pw),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn name_on_the_line_above_its_value() {
    let mut f = Fake::new(13);
    let pw = password(&mut f);
    let secret = key(&["0x", &f.string(HEX, 64)]);
    let k8s = format!(
        "spec:\n  containers:\n    - name: api\n      env:\n        - name: DB_PASSWORD\n          value: \"{pw}\"\n        - name: LOG_LEVEL\n          value: debug\n"
    );
    let tf = format!(
        "variable \"signer_private_key\" {{\n  type      = string\n  sensitive = true\n  default   = \"{secret}\"\n}}\n"
    );
    let rows = scan(&[("deploy.yaml", k8s.clone()), ("variables.tf", tf.clone())]);
    let mut want = vec![
        expect("generic-password-assignment", "deploy.yaml", &k8s, &pw),
        expect(
            "generic-hex-secret-assignment",
            "variables.tf",
            &tf,
            &secret,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn command_lines_and_credential_files() {
    let mut f = Fake::new(14);
    let (p1, p2, p3, p4, p5) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let history = format!(
        "ls -la\nmysql -h db.internal -u root -p'{p1}' shop < dump.sql\nsshpass -p {p2} ssh deploy@10.0.0.5\ncurl -u admin:{p3} https://ci.internal/api/json\n"
    );
    let netrc = format!("machine git.internal\n  login deploy\n  password {p4}\n");
    let pgpass = format!("db.internal:5432:shop:shop_app:{p5}\n");
    let rows = scan(&[
        (".bash_history", history.clone()),
        (".netrc", netrc.clone()),
        (".pgpass", pgpass.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            ".bash_history",
            &history,
            &p1,
        ),
        expect(
            "generic-password-assignment",
            ".bash_history",
            &history,
            &p2,
        ),
        expect(
            "generic-password-assignment",
            ".bash_history",
            &history,
            &p3,
        ),
        expect("generic-password-assignment", ".netrc", &netrc, &p4),
        expect("pgpass-password", ".pgpass", &pgpass, &p5),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn headers_powershell_batch_and_tables() {
    let mut f = Fake::new(15);
    let bearer = f.alnum(40);
    let ps = password(&mut f);
    let bat = password(&mut f);
    let table = f.alnum(36);
    let http = format!(
        "### Orders\nGET https://api.shop.internal/v1/orders\nAuthorization: Bearer {bearer}\nAccept: application/json\n"
    );
    let ps1 = format!(
        "$user = 'deploy'\n$secure = ConvertTo-SecureString \"{ps}\" -AsPlainText -Force\n"
    );
    let batch = format!("@echo off\nset \"SQL_PASSWORD={bat}\"\n");
    let md = format!("| variable | value |\n|---|---|\n| `STAGING_API_KEY` | `{table}` |\n");
    let rows = scan(&[
        ("orders.http", http.clone()),
        ("deploy.ps1", ps1.clone()),
        ("setup.bat", batch.clone()),
        ("README.md", md.clone()),
    ]);
    let mut want = vec![
        expect("generic-secret-assignment", "orders.http", &http, &bearer),
        expect("generic-password-assignment", "deploy.ps1", &ps1, &ps),
        expect("generic-password-assignment", "setup.bat", &batch, &bat),
        expect("generic-secret-assignment", "README.md", &md, &table),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn enclosing_object_names_the_provider() {
    let mut f = Fake::new(16);
    let k = f.alnum(32);
    let yaml = format!("llm:\n  mistral:\n    model: small\n    api_key: {k}\n");
    let rows = scan(&[("config.yml", yaml.clone())]);
    assert_eq!(
        rows,
        vec![expect("mistral-api-key", "config.yml", &yaml, &k)]
    );
}

#[test]
fn references_examples_and_public_tokens_stay_quiet() {
    use base64::Engine;
    let enc = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    let mut f = Fake::new(17);
    let anon = format!(
        "{}.{}.{}",
        enc(r#"{"alg":"HS256","typ":"JWT"}"#),
        enc(
            r#"{"iss":"supabase","ref":"abcdefghijklmnopqrst","role":"anon","iat":1700000000,"exp":2000000000}"#
        ),
        f.string(URLSAFE, 43)
    );
    let sample = format!(
        "{}.{}.{}",
        enc(r#"{"alg":"HS256","typ":"JWT"}"#),
        enc(r#"{"sub":"1234567890","name":"John Doe","iat":1516239022}"#),
        f.string(URLSAFE, 43)
    );
    let stripe_doc = key(&["sk_test_", "4eC39HqLyjWDarjtT1zdp7dc"]);
    let text = format!(
        "JWT_SECRET=${{JWT_SECRET}}\nSESSION_SECRET=$SESSION_SECRET\nAPI_TOKEN=%API_TOKEN%\n\
         DB_PASSWORD: projects/shop-prod/secrets/db-password/versions/latest\n\
         webhook_secret: ENC[AES256_GCM,data:{},iv:{},tag:{},type:str]\n\
         SUPABASE_ANON_KEY={anon}\nEXAMPLE_TOKEN={sample}\nstripe_api_key = \"{stripe_doc}\"\n\
         password: \"{{{{ .Values.db.password }}}}\"\n",
        f.alnum(24),
        f.alnum(16),
        f.alnum(22)
    );
    let rows = scan(&[("settings.env", text)]);
    assert_eq!(rows, Vec::<Row>::new());
}
