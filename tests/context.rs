//! Context detection: assignments in every syntax where secrets are written reach the rules
//! (`src/matcher/assign.rs`), and references, published examples and public tokens stay quiet.
//! Every secret is built at run time; each test asserts rule, path, line and column.

use crate::common::*;

/// Writes `files` into a fresh directory, scans it and returns the findings' rows, sorted.
pub(crate) fn scan(files: &[(&str, String)]) -> Vec<Row> {
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

/// The row of the finding expected at `secret`'s first occurrence in `text`.
pub(crate) fn expect(rule: &str, path: &str, text: &str, secret: &str) -> Row {
    let (l, c) = at(text, secret);
    row(rule, path, l, c)
}

/// A password with letters of both cases, digits and a symbol.
pub(crate) fn password(f: &mut Fake) -> String {
    password_with(f, "#")
}

/// A password with letters of both cases, digits and `symbol`: the context modules' shared
/// shape (each module keeps the symbol its expected rows were written with).
pub(crate) fn password_with(f: &mut Fake, symbol: &str) -> String {
    key(&[
        &f.string(ALNUM, 6),
        symbol,
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

/// The words that make a name not a secret (`min`, `count`, `site`, `new`) count only as a whole
/// part of the name: `ADMIN_PASSWORD` and `storageAccountKey` are credentials, `recaptchaSiteKey`
/// and `newPass` are not; `sftpPass` (camelCase `Pass`) is a password.
#[test]
fn excluded_name_parts_are_whole_words() {
    let mut f = Fake::new(21);
    let admin = password(&mut f);
    let storage = key(&[&f.alnum(40), "/", &f.alnum(20), "+", &f.alnum(25), "=="]);
    let sftp = password(&mut f);
    let compose = format!(
        "services:\n  grafana:\n    image: grafana/grafana\n    environment:\n      GF_SECURITY_ADMIN_PASSWORD: {admin}\n"
    );
    let values = format!(
        "billing:\n  storageAccountKey: \"{storage}\"\n  recaptchaSiteKey: \"{}\"\n  sftpPass: \"{sftp}\"\n  newPass: \"{}\"\n",
        f.alnum(40),
        password(&mut f)
    );
    let rows = scan(&[
        ("docker-compose.yml", compose.clone()),
        ("values.yaml", values.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "docker-compose.yml",
            &compose,
            &admin,
        ),
        expect(
            "generic-secret-assignment",
            "values.yaml",
            &values,
            &storage,
        ),
        expect("generic-password-assignment", "values.yaml", &values, &sftp),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Hex and lower-case keys under any name ending in `Key` or `Pat` (with a short vendor prefix
/// such as `sk_`), but not under a bare `key` or a cache key.
#[test]
fn hex_keys_under_key_and_pat_names() {
    let mut f = Fake::new(22);
    let aoai = f.string(HEX, 32);
    let pat = f.string(b"abcdefghijklmnopqrstuvwxyz234567", 52);
    let data = f.string(HEX, 64);
    let xi = key(&["sk_", &f.string(HEX, 48)]);
    let go = format!("package config\n\nconst (\n\taoaiKey = \"{aoai}\"\n)\n");
    let json = format!(
        "{{\n  \"adoPat\": \"{pat}\",\n  \"key\": \"{}\",\n  \"cache_key\": \"deps-{}\"\n}}\n",
        f.string(HEX, 32),
        f.string(HEX, 40)
    );
    let sh = format!("#!/bin/sh\nexport DATA_KEY='{data}'\n");
    let js = format!("const xiApiKey = '{xi}';\n");
    let rows = scan(&[
        ("config.go", go.clone()),
        ("appsettings.json", json.clone()),
        ("deploy.sh", sh.clone()),
        ("handler.js", js.clone()),
    ]);
    let mut want = vec![
        expect("generic-hex-secret-assignment", "config.go", &go, &aoai),
        expect(
            "generic-hex-secret-assignment",
            "appsettings.json",
            &json,
            &pat,
        ),
        expect("generic-hex-secret-assignment", "deploy.sh", &sh, &data),
        expect("generic-hex-secret-assignment", "handler.js", &js, &xi),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// C# auto-properties, a header added in code, a `&key=` URL query, `htpasswd -b` and
/// `ldap_bind`'s password argument.
#[test]
fn properties_headers_queries_htpasswd_and_ldap() {
    let mut f = Fake::new(23);
    let cosmos = key(&[&f.alnum(60), "+", &f.alnum(25), "=="]);
    let apim = f.string(HEX, 32);
    let query = f.string(HEX, 32);
    let ht = password(&mut f);
    let ldap = password(&mut f);
    let cs = format!(
        "public sealed class Settings\n{{\n    public string CosmosKey {{ get; init; }} = \"{cosmos}\";\n    public string Region {{ get; init; }} = \"westeurope\";\n}}\n\nstatic class Clients\n{{\n    static void Erp(HttpClient c)\n    {{\n        c.DefaultRequestHeaders.Add(\"Ocp-Apim-Subscription-Key\", \"{apim}\");\n    }}\n}}\n"
    );
    let py = format!(
        "def search(q):\n    return httpx.get(\n        \"https://api.search.internal/v1?q=\" + q + \"&key={query}\",\n    )\n"
    );
    let history = format!("cd /etc/nginx\nhtpasswd -b /etc/nginx/.htpasswd admin {ht}\nexit\n");
    let php = format!(
        "<?php\n$conn = ldap_connect('ldap://dc01');\n$ok = ldap_bind($conn, 'cn=svc,dc=acme,dc=local', '{ldap}');\n"
    );
    let rows = scan(&[
        ("Settings.cs", cs.clone()),
        ("clients.py", py.clone()),
        (".bash_history", history.clone()),
        ("auth.php", php.clone()),
    ]);
    let mut want = vec![
        expect("generic-secret-assignment", "Settings.cs", &cs, &cosmos),
        expect("generic-hex-secret-assignment", "Settings.cs", &cs, &apim),
        expect("generic-hex-secret-assignment", "clients.py", &py, &query),
        expect(
            "generic-password-assignment",
            ".bash_history",
            &history,
            &ht,
        ),
        expect("generic-password-assignment", "auth.php", &php, &ldap),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Terraform `variable` block right below another keyword hit still reaches its `default`
/// five lines down (the opener extends the lines read even when it was already queued).
#[test]
fn terraform_variable_below_another_hit() {
    let mut f = Fake::new(24);
    let secret = f.alnum(40);
    let tf = format!(
        "# secret values are read from the vault in production\n\nvariable \"s3_secret_key\" {{\n  type        = string\n  sensitive   = true\n  description = \"S3 secret\"\n  nullable    = false\n  default     = \"{secret}\"\n}}\n"
    );
    let rows = scan(&[("variables.tf", tf.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-secret-assignment",
            "variables.tf",
            &tf,
            &secret
        )]
    );
}

/// `Authorization: Basic` credentials longer than a generic value, an Alibaba AccessKey ID with
/// no digit, and a Gmail app password under a password name with gmail nearby.
#[test]
fn basic_auth_alibaba_id_and_gmail_app_password() {
    use base64::Engine;
    let mut f = Fake::new(25);
    let cred = base64::engine::general_purpose::STANDARD
        .encode(format!("166029:glc_{}", f.alnum(90)).as_bytes());
    let otel = format!(
        "exporters:\n  otlphttp/grafana:\n    endpoint: https://otlp-gateway.grafana.example/otlp\n    headers:\n      Authorization: \"Basic {cred}\"\n"
    );
    let ltai = key(&[
        "LTAI",
        &f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 20),
    ]);
    let ali = format!(
        "{{\n  \"profiles\": [\n    {{\n      \"name\": \"default\",\n      \"access_key_id\": \"{ltai}\"\n    }}\n  ]\n}}\n"
    );
    let app = f.string(b"bcdfghjkmnqrvwxz", 16);
    let mail = format!(
        "smtp:\n  host: smtp.gmail.com\n  port: 587\n  user: alerts@acme.test\n  password: {app}\n"
    );
    let rows = scan(&[
        ("otel-collector.yaml", otel.clone()),
        ("config.json", ali.clone()),
        ("mail.yml", mail.clone()),
    ]);
    let mut want = vec![
        expect(
            "http-basic-auth-header",
            "otel-collector.yaml",
            &otel,
            &cred,
        ),
        expect("alibaba-access-key-id", "config.json", &ali, &ltai),
        expect("google-app-password", "mail.yml", &mail, &app),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Rails `config/master.key` and `config/credentials/<env>.key`: 32 hex digits whose file name
/// is the context, in a directory scan and in history; the same content elsewhere is not a key.
#[test]
fn rails_key_files_by_name() {
    let mut f = Fake::new(26);
    let master = f.string(HEX, 32);
    let prod = f.string(HEX, 32);
    let other = f.string(HEX, 32);
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    write(dir.path(), "config/master.key", &master);
    write(
        dir.path(),
        "config/credentials/production.key",
        &format!("{prod}\n"),
    );
    write(dir.path(), "build/checksum.txt", &format!("{other}\n"));
    commit(dir.path(), "rails app");
    let mut want = vec![
        row("rails-master-key", "config/master.key", 1, 1),
        row(
            "rails-master-key",
            "config/credentials/production.key",
            1,
            1,
        ),
    ];
    want.sort();
    for cmd in [["scan", "."], ["git", "."]] {
        let out = leakgate(dir.path(), &[cmd[0], cmd[1], "--format", "json"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let mut rows = finding_rows(&json(&out));
        rows.sort();
        rows.dedup();
        assert_eq!(rows, want, "{}", cmd[0]);
    }
}

/// Names inside an ARN are not assignments; values cut short for a document (`sk-ant-...`) and
/// keys that vendors make public (PostHog `phc_`, Mapbox `pk.`, Stripe `pk_live_`) are not
/// reported by the generic rules.
#[test]
fn arns_elided_values_and_public_keys_stay_quiet() {
    let mut f = Fake::new(27);
    let elided = key(&["sk-ant-api03", "-..."]);
    let env = format!(
        "STRIPE_SECRET_KEY=arn:aws:secretsmanager:us-east-1:{}:secret:prod/stripe-secret-key-{}\n\
         JWT_SECRET={elided}\n\
         NEXT_PUBLIC_POSTHOG_KEY=phc_{}\n\
         MAPBOX_PUBLIC_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiI{}.{}\n\
         STRIPE_PUBLISHABLE_KEY=pk_live_{}\n",
        f.string(b"0123456789", 12),
        f.alnum(6),
        f.alnum(43),
        f.alnum(30),
        f.alnum(22),
        f.alnum(99)
    );
    let tf = format!(
        "data \"aws_secretsmanager_secret_version\" \"api\" {{\n  secret_id = \"arn:aws:secretsmanager:us-east-1:{}:secret:prod/api-key-{}\"\n}}\n",
        f.string(b"0123456789", 12),
        f.alnum(6)
    );
    let md = [
        "| name | example |\n|---|---|\n| `DB_PASSWORD` | `",
        &elided,
        "` |\n",
    ]
    .concat();
    let rows = scan(&[(".env", env), ("rds.tf", tf), ("configuration.md", md)]);
    assert_eq!(rows, Vec::<Row>::new());
}

/// References to a secret kept elsewhere, one per syntax the issue lists.
#[test]
fn references_in_every_syntax_stay_quiet() {
    let text = "\
DB_PASSWORD: vault:secret/data/shop#db_password_prod\n\
API_TOKEN=op://Production/Shop API/credential_token1\n\
env:\n  SECRET_TOKEN: ${{ secrets.SECRET_TOKEN_PROD }}\n\
  api_key: \"{{ .Values.billing.apiKeyProd }}\"\n\
SESSION_SECRET=$(SESSION_SECRET_VALUE)\n\
set \"SQL_PASSWORD=%SQL_PASSWORD_PROD%\"\n\
config.api_key = ENV.fetch(\"BILLING_API_KEY_PROD\")\n\
aws_secret = \"arn:aws:ssm:eu-west-1:123456789012:parameter/prod/AwsSecret9\"\n\
gcp_secret = \"projects/shop-prod/secrets/stripe-key/versions/7\"\n"
        .to_string();
    let rows = scan(&[("refs.yaml", text)]);
    assert_eq!(rows, Vec::<Row>::new());
}

/// Random letters in mixed case, no digits: a password the words test must not take for a word.
fn letters(f: &mut Fake, n: usize) -> String {
    // Upper-case pairs between lower-case singles, consonants only: no word has such runs.
    let mut s = String::new();
    while s.len() < n {
        s.push_str(&f.string(b"BCDFGHJKLMNPQRSTVWXZ", 2));
        s.push_str(&f.string(b"bcdfghjklmnpqrstvwxz", 1));
    }
    s.truncate(n);
    s
}

/// Code constants in the languages of firmware and apps: C macros and arrays, Rust `&str`
/// constants, a Swift constant named after its provider, a Dart Laravel-style key.
#[test]
fn code_constants_in_c_rust_swift_and_dart() {
    let mut f = Fake::new(21);
    let wifi = password(&mut f);
    let blynk = f.alnum(32);
    let hex = f.string(HEX, 40);
    let twilio = f.string(HEX, 32);
    let etherscan = f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 34);
    let app_key = key(&["base64:", &f.alnum(43), "="]);
    let header = format!(
        "#pragma once\n#define WIFI_SSID \"acme-iot\"\n#define WIFI_PASSWORD \"{wifi}\"\n#define PASSWORD_MAX_LEN 64\n#define PASSWORD(x) ((x)->pass)\n"
    );
    let cpp =
        format!("#include <Blynk.h>\nchar blynkAuth[] = \"{blynk}\";\nconst char *pass = &ops;\n");
    let rust = format!(
        "const PROD_TWILIO_AUTH_TOKEN: &str = \"{twilio}\";\nstatic PARTICLE_ACCESS_TOKEN: &'static str = \"{hex}\";\nconst JWT_SECRET: &str = \"...\";\n"
    );
    let swift = format!(
        "enum Keys {{\n    static let apiKey = ProcessInfo.processInfo.environment[\"API_KEY\"] ?? \"\"\n    static let etherscan = \"{etherscan}\"\n}}\n"
    );
    let dart = format!("class Env {{\n  static const appKey = '{app_key}';\n}}\n");
    let rows = scan(&[
        ("include/secrets.h", header.clone()),
        ("src/main.cpp", cpp.clone()),
        ("src/main.rs", rust.clone()),
        ("Keys.swift", swift.clone()),
        ("lib/env.dart", dart.clone()),
    ]);
    let header_path = "include/secrets.h";
    let mut want = vec![
        // The Wi-Fi rule (rules/wifi.yaml) names what the generic password rule would.
        expect("wifi-psk", header_path, &header, &wifi),
        expect("blynk-auth-token", "src/main.cpp", &cpp, &blynk),
        expect("twilio-auth-token", "src/main.rs", &rust, &twilio),
        expect("particle-access-token", "src/main.rs", &rust, &hex),
        expect("etherscan-api-key", "Keys.swift", &swift, &etherscan),
        expect("laravel-app-key", "lib/env.dart", &dart, &app_key[7..]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Passwords on command lines: a quoted command in a Jenkinsfile, lftp, keytool, redis-server
/// in a Compose `command:`, espota's `--auth=` in platformio.ini, mosquitto's `-P`. The
/// placeholder `changeit` next to a real store password stays quiet.
#[test]
fn command_line_passwords_in_scripts_ci_and_compose() {
    let mut f = Fake::new(22);
    let (p1, p2, p3, p4) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let store = letters(&mut f, 21);
    let auth = letters(&mut f, 18);
    let jenkins = format!(
        "pipeline {{\n  stages {{\n    stage('publish') {{\n      steps {{\n        sh \"curl -u ci-bot:{p1} -T target/app.jar https://nexus.acme.test/repository/releases/\"\n      }}\n    }}\n  }}\n}}\n"
    );
    let sync = format!(
        "#!/usr/bin/env bash\nset -euo pipefail\nlftp -u deploy,{p2} sftp://web.acme.test -e \"mirror -R public_html /var/www; quit\"\n"
    );
    let history = format!(
        "ls\nkeytool -importkeystore -srckeystore old.jks -destkeystore new.jks -srcstorepass {store} -deststorepass changeit\n"
    );
    let compose = format!(
        "services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass {p3}\n"
    );
    let pio = format!(
        "[env:esp32]\nupload_protocol = espota\nupload_flags =\n    --auth={auth}\nbuild_flags =\n    -DCORE_DEBUG_LEVEL=0\n"
    );
    let flash = format!(
        "#!/bin/sh\nmosquitto_pub -h mqtt.acme.test -u sensor-fleet -P '{p4}' -t fleet/ota -m \"2.3.1\"\n"
    );
    let rows = scan(&[
        ("Jenkinsfile", jenkins.clone()),
        ("deploy/sync.sh", sync.clone()),
        (".bash_history", history.clone()),
        ("docker-compose.yml", compose.clone()),
        ("platformio.ini", pio.clone()),
        ("tools/flash.sh", flash.clone()),
    ]);
    let g = "generic-password-assignment";
    let mut want = vec![
        expect(g, "Jenkinsfile", &jenkins, &p1),
        expect(g, "deploy/sync.sh", &sync, &p2),
        expect(g, ".bash_history", &history, &store),
        expect(g, "docker-compose.yml", &compose, &p3),
        expect(g, "platformio.ini", &pio, &auth),
        expect(g, "tools/flash.sh", &flash, &p4),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Configuration files: Spark's whitespace-separated properties (a generic secret key and a
/// Hadoop Azure account key), a `.my.cnf` password holding `##`, a .NET `<add>` password that
/// starts with `*`, an Azure Redis connection string, `requests` auth tuples and an
/// `smtp+tls://` URL.
#[test]
fn config_files_spaced_properties_xml_and_connection_strings() {
    let mut f = Fake::new(23);
    let s3 = key(&[&f.alnum(20), "/", &f.alnum(19)]);
    let azure = key(&[&f.alnum(40), "+", &f.alnum(20), "/", &f.alnum(24), "=="]);
    let redis = key(&[&f.alnum(30), "/", &f.alnum(12), "="]);
    let cnf_pw = key(&["Si##", &f.alnum(5), "^", &f.alnum(8)]);
    let smtp_pw = key(&["*", &f.alnum(4), "^q!!#", &f.alnum(6)]);
    let auth_pw = password(&mut f);
    let url_pw = f.alnum(15);
    let spark = format!(
        "spark.master                     k8s://https://10.20.0.1:6443\nspark.hadoop.fs.s3a.secret.key   {s3}\nspark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net {azure}\nspark.eventLog.dir               s3a://logs/spark\n"
    );
    let cnf = format!("[client]\nuser=root\npassword=\"{cnf_pw}\"\nhost=127.0.0.1\n");
    let web = format!(
        "<configuration>\n  <appSettings>\n    <add key=\"SmtpPassword\" value=\"{smtp_pw}\" />\n  </appSettings>\n</configuration>\n"
    );
    let settings = format!(
        "{{\n  \"ConnectionStrings\": {{\n    \"Cache\": \"billing.redis.cache.windows.net:6380,password={redis},ssl=True,abortConnect=False\"\n  }}\n}}\n"
    );
    let py = format!(
        "import requests\n\nSESSION = requests.Session()\nSESSION.auth = (\"scraper\", \"{auth_pw}\")\n"
    );
    let values = format!(
        "env:\n  LOG_LEVEL: info\n  email_url: smtp+tls://mailer%40acme.test:{url_pw}@smtp.mailgun.org:587\n"
    );
    let rows = scan(&[
        ("spark-defaults.conf", spark.clone()),
        (".my.cnf", cnf.clone()),
        ("Web.config", web.clone()),
        ("appsettings.json", settings.clone()),
        ("shops.py", py.clone()),
        ("values.yaml", values.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-secret-assignment",
            "spark-defaults.conf",
            &spark,
            &s3,
        ),
        expect(
            "azure-storage-account-key-hadoop",
            "spark-defaults.conf",
            &spark,
            &azure,
        ),
        expect("generic-password-assignment", ".my.cnf", &cnf, &cnf_pw),
        expect("generic-password-assignment", "Web.config", &web, &smtp_pw),
        expect(
            "azure-cache-redis-connection-string",
            "appsettings.json",
            &settings,
            &redis,
        ),
        expect("generic-password-assignment", "shops.py", &py, &auth_pw),
        expect("uri-embedded-password", "values.yaml", &values, &url_pw),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Vendor shapes whose only evidence is a name or a host nearby: Apple app-specific passwords,
/// a base64 PKCS#12 store, a Postmark server token as SMTP user name, a WordPress salt under a
/// prefixed name in TypeScript, and a Honeycomb key in an OpenTelemetry collector's headers.
#[test]
fn vendor_shapes_found_by_name_or_host() {
    let mut f = Fake::new(24);
    let lower = b"abcdefghijklmnopqrstuvwxyz";
    let apple = [
        f.string(lower, 4),
        f.string(lower, 4),
        f.string(lower, 4),
        f.string(lower, 4),
    ]
    .join("-");
    // DER: SEQUENCE (two-byte length), INTEGER 3, SEQUENCE: `MII?` `??IB` `AzCC` in base64.
    let p12 = key(&["MIIHVQIBAzCCBxsGCSqGSIb3DQEHAaCC", &f.alnum(400), "=="]);
    let uuid = format!(
        "{}-{}-4{}-a{}-{}",
        f.string(HEX, 8),
        f.string(HEX, 4),
        f.string(HEX, 3),
        f.string(HEX, 3),
        f.string(HEX, 12)
    );
    let salt = key(&[
        &f.alnum(20),
        "]@?",
        &f.alnum(10),
        "&_*$;",
        &f.alnum(20),
        "|~!",
    ]);
    let honeycomb = f.alnum(32);
    let fastfile = format!(
        "lane :release do\n  ENV[\"FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD\"] = \"{apple}\"\nend\n"
    );
    let env = format!("MATCH_GIT_URL=git@github.com:acme/certs.git\nSIGNING_P12_BASE64={p12}\n");
    let rb = format!(
        "Rails.application.configure do\n  config.action_mailer.smtp_settings = {{\n    address: \"smtp.postmarkapp.com\",\n    user_name: \"{uuid}\",\n    password: ENV[\"POSTMARK_TOKEN\"],\n  }}\nend\n"
    );
    let ts = format!("export const PRIMARY_AUTH_KEY: string = \"{salt}\";\n");
    let otel = format!(
        "exporters:\n  otlphttp/honeycomb:\n    endpoint: https://api.honeycomb.io\n    headers:\n      x-honeycomb-team: {honeycomb}\n"
    );
    let rows = scan(&[
        ("fastlane/Fastfile", fastfile.clone()),
        ("fastlane/.env.default", env.clone()),
        ("production.rb", rb.clone()),
        ("config.ts", ts.clone()),
        ("collector.yaml", otel.clone()),
    ]);
    let mut want = vec![
        expect(
            "apple-app-specific-password",
            "fastlane/Fastfile",
            &fastfile,
            &apple,
        ),
        expect("pkcs12-base64", "fastlane/.env.default", &env, &p12),
        expect("postmark-smtp-token", "production.rb", &rb, &uuid),
        expect("wordpress-auth-salt", "config.ts", &ts, &salt),
        expect("honeycomb-api-key", "collector.yaml", &otel, &honeycomb),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// What the new syntaxes must not take for a secret: prose and commands of two words, dotted
/// properties holding paths or references, code in macros, words in CamelCase, a password
/// flag with a reference, a Postmark-shaped UUID with another SMTP host.
#[test]
fn new_syntaxes_stay_quiet_on_code_references_and_words() {
    let mut f = Fake::new(25);
    let uuid = format!(
        "{}-{}-4{}-a{}-{}",
        f.string(HEX, 8),
        f.string(HEX, 4),
        f.string(HEX, 3),
        f.string(HEX, 3),
        f.string(HEX, 12)
    );
    let spark = "spark.authenticate.secret.file   /etc/spark/secret.txt\nspark.hadoop.fs.s3a.secret.key   ${S3_SECRET_KEY}\nspark.ssl.keyPassword   {{secrets/spark/ssl}}\n".to_string();
    let c = "#define PASSWORD_PROMPT \"Enter password: \"\n#define TOKEN_FMT(x) \"tok-%d\"\nconst char *passwd = &default_passwd;\nchar token[] = \"\";\n#define HUB_PASSWORD\t\t0x53474972756c6573ull\nswitch (s) {\ncase XDP_PASS:\n\t*pstats++ = xdp_stats.xdp_pass;\n}\n".to_string();
    let sh = "keytool -list -keystore app.jks -storepass:env STORE_PASS\nredis-server --requirepass \"$REDIS_PASSWORD\"\nkeytool -list -storepass changeit\n".to_string();
    let words = "DB_PASSWORD = \"PostgreSQLServer\"\nadmin_password: HTTPServerAdmin\n".to_string();
    let rb = format!(
        "config.action_mailer.smtp_settings = {{\n  address: \"smtp.sendgrid.net\",\n  user_name: \"{uuid}\",\n}}\n"
    );
    let rows = scan(&[
        ("spark-defaults.conf", spark),
        ("secrets.h", c),
        ("tools.sh", sh),
        (".env", words),
        ("production.rb", rb),
    ]);
    assert_eq!(rows, Vec::<Row>::new());
}

/// Google API keys in Firebase client configurations and the Maps JavaScript loader are
/// published in every copy of the app: reported at low severity with the reason, and the scan
/// does not fail on them. The same shape in a server's `.env` keeps its severity and fails.
#[test]
fn firebase_client_keys_are_advice_server_keys_are_not() {
    let mut f = Fake::new(26);
    let (k1, k2, k3, k4) = (
        google_api_key(&mut f),
        google_api_key(&mut f),
        google_api_key(&mut f),
        google_api_key(&mut f),
    );
    let services = format!(
        "{{\n  \"client\": [\n    {{\n      \"client_info\": {{\n        \"mobilesdk_app_id\": \"1:481516234200:android:43199573d8dd2186\"\n      }},\n      \"api_key\": [ {{ \"current_key\": \"{k1}\" }} ]\n    }}\n  ]\n}}\n"
    );
    let plist = format!(
        "<plist version=\"1.0\">\n<dict>\n  <key>API_KEY</key>\n  <string>{k2}</string>\n  <key>GCM_SENDER_ID</key>\n  <string>481516234200</string>\n</dict>\n</plist>\n"
    );
    let php = format!(
        "<?php\nwp_enqueue_script( 'maps', 'https://maps.googleapis.com/maps/api/js?key={k3}&callback=initMap' );\n"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "app/google-services.json", &services);
    write(dir.path(), "ios/GoogleService-Info.plist", &plist);
    write(dir.path(), "theme/functions.php", &php);
    let out = leakgate(dir.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    let mut rows = finding_rows(&v);
    rows.sort();
    let mut want = vec![
        expect("google-api-key", "app/google-services.json", &services, &k1),
        expect(
            "google-api-key",
            "ios/GoogleService-Info.plist",
            &plist,
            &k2,
        ),
        expect("google-api-key", "theme/functions.php", &php, &k3),
    ];
    want.sort();
    assert_eq!(rows, want);
    for finding in v["findings"].as_array().expect("findings") {
        assert_eq!(finding["severity"], "low", "{finding}");
        let why = finding["downgraded"].as_str().expect("downgraded");
        assert!(
            why.contains("firebase.google.com/docs/projects/api-keys"),
            "{why}"
        );
    }

    let env = format!("FIREBASE_PROJECT_ID=delivery-prod\nGEMINI_API_KEY={k4}\n");
    write(dir.path(), "server/.env", &env);
    let out = leakgate(dir.path(), &["scan", "server", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(finding_rows(&v), vec![row("google-api-key", ".env", 2, 16)]);
    assert_eq!(v["findings"][0]["severity"], "high");
    assert!(v["findings"][0]["downgraded"].is_null());
}

/// Database, directory and file-share clients that take a password as an argument: sqlcmd's
/// `-P`, OpenLDAP's `-w`, smbclient's `-U user%password`, sqlplus' `user/password@db` and
/// mongosh's `-p`. Prompting forms (`-p` with no value, `-W`) stay quiet.
#[test]
fn database_directory_and_share_clients_on_command_lines() {
    let mut f = Fake::new(27);
    let (p1, p2, p3, p4, p5) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let script = format!(
        "#!/bin/sh\nsqlcmd -S db.acme.test -U sa -P '{p1}' -Q \"BACKUP DATABASE shop\"\nldapsearch -x -H ldaps://ldap.acme.test -D cn=admin,dc=acme,dc=test -w {p2} -b dc=acme,dc=test\nsmbclient //files.acme.test/share -U backup%{p3} -c 'ls'\nsqlplus -s app/{p4}@orcl @migrate.sql\nmongosh mongodb.acme.test/shop -u app -p {p5}\nldapsearch -x -D cn=admin,dc=acme,dc=test -W -b dc=acme\nmongosh mongodb.acme.test/shop -u app -p\n"
    );
    let rows = scan(&[("ops/backup.sh", script.clone())]);
    let g = "generic-password-assignment";
    let mut want = vec![
        expect(g, "ops/backup.sh", &script, &p1),
        expect(g, "ops/backup.sh", &script, &p2),
        expect(g, "ops/backup.sh", &script, &p3),
        expect(g, "ops/backup.sh", &script, &p4),
        expect(g, "ops/backup.sh", &script, &p5),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Build and server configuration: Android's `buildConfigField` with an escaped Java literal,
/// Gradle signing passwords written as Groovy calls, redis.conf `requirepass` / `masterauth`,
/// a JS fallback after `||`, a YAML block scalar, a Spring `<property name= value=>` pair and a
/// TOML triple-quoted string. A Gemfile line and a block scalar holding a script stay quiet.
#[test]
fn build_and_server_configuration_syntaxes() {
    let mut f = Fake::new(28);
    let (p1, p2, p3, p4, p5) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let (k1, k2, k3) = (f.alnum(32), f.alnum(32), f.alnum(32));
    let kts = format!(
        "android {{\n  defaultConfig {{\n    buildConfigField(\"String\", \"MAPS_API_KEY\", \"\\\"{k1}\\\"\")\n  }}\n}}\n"
    );
    let gradle = format!(
        "android {{\n  signingConfigs {{\n    release {{\n      storeFile file(\"release.jks\")\n      storePassword \"{p1}\"\n    }}\n  }}\n}}\n"
    );
    let redis = format!("bind 0.0.0.0\nrequirepass {p2}\nmasterauth {p3}\n");
    let js =
        format!("export const config = {{\n  apiToken: process.env.API_TOKEN || \"{k2}\",\n}};\n");
    let yaml = format!("database:\n  password: >-\n    {p4}\n  init: |\n    psql -c 'select 1'\n");
    let xml = format!(
        "<bean id=\"ds\" class=\"DataSource\">\n  <property name=\"password\" value=\"{p5}\"/>\n</bean>\n"
    );
    let toml = format!("[auth]\ntoken = \"\"\"{k3}\"\"\"\n");
    let gemfile = "source \"https://rubygems.org\"\ngem \"rails\"\n".to_string();
    let rows = scan(&[
        ("app/build.gradle.kts", kts.clone()),
        ("app/build.gradle", gradle.clone()),
        ("redis.conf", redis.clone()),
        ("config.js", js.clone()),
        ("values.yaml", yaml.clone()),
        ("beans.xml", xml.clone()),
        ("auth.toml", toml.clone()),
        ("Gemfile", gemfile),
    ]);
    let g = "generic-password-assignment";
    let s = "generic-secret-assignment";
    let mut want = vec![
        expect(s, "app/build.gradle.kts", &kts, &k1),
        expect(g, "app/build.gradle", &gradle, &p1),
        expect(g, "redis.conf", &redis, &p2),
        expect(g, "redis.conf", &redis, &p3),
        expect(s, "config.js", &js, &k2),
        expect(g, "values.yaml", &yaml, &p4),
        expect(g, "beans.xml", &xml, &p5),
        expect(s, "auth.toml", &toml, &k3),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Registry logins and account commands in CI scripts: `docker login -p` with no keyword on the
/// line, `echo "v" | docker login --password-stdin`, `curl --user u:v`, Windows `net user`,
/// `rabbitmqctl add_user`, and Dockerfile's `ENV NAME value` form. A `-method=userpass` flag is
/// no password flag, and `net user NAME *` prompts.
#[test]
fn registry_logins_account_commands_and_dockerfile_env() {
    let mut f = Fake::new(29);
    let (p1, p2, p3, p4, p5, p6) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let ci = format!(
        "#!/bin/sh\ndocker login registry.acme.test -u ci -p {p1}\necho \"{p2}\" | docker login ghcr.io -u ci --password-stdin\ncurl --user ci:{p3} https://nexus.acme.test/service/rest/v1/status\nvault login -method=userpass username=ci\n"
    );
    let bat = format!("net user svc_backup {p4} /add\nnet user svc_report * /add\n");
    let rabbit = format!("rabbitmqctl add_user billing {p5}\n");
    let docker = format!("FROM alpine:3.20\nENV DB_PASSWORD {p6}\nENV LOG_LEVEL debug\n");
    let rows = scan(&[
        ("ci/publish.sh", ci.clone()),
        ("setup.bat", bat.clone()),
        ("rabbit.sh", rabbit.clone()),
        ("Dockerfile", docker.clone()),
    ]);
    let g = "generic-password-assignment";
    let mut want = vec![
        expect(g, "ci/publish.sh", &ci, &p1),
        expect(g, "ci/publish.sh", &ci, &p2),
        expect(g, "ci/publish.sh", &ci, &p3),
        expect(g, "setup.bat", &bat, &p4),
        expect(g, "rabbit.sh", &rabbit, &p5),
        expect(g, "Dockerfile", &docker, &p6),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A pronounceable word of `n` letters (consonant, vowel, ...), capitalised with `cap`.
fn word(f: &mut Fake, n: usize, cap: bool) -> String {
    let mut w = String::new();
    for i in 0..n {
        let set: &[u8] = if i % 2 == 0 {
            b"bcdfghklmnprstvz"
        } else {
            b"aeiou"
        };
        w.push_str(&f.string(set, 1));
    }
    if cap {
        w[..1].to_ascii_uppercase() + &w[1..]
    } else {
        w
    }
}

/// Generated "memorable" passwords (capitalised word, lower-case words joined by `_`, `.` or
/// `-`, digits at the end) are passwords in YAML, Terraform, PHP arrays and XML, though the
/// identifier-shaped allow entries would read them as a constant or a dotted name; the same
/// words without the digits, or a placeholder phrase, stay a name.
#[test]
fn memorable_passwords_with_separators_and_digits() {
    let mut f = Fake::new(31);
    let memorable = |sep: &str, f: &mut Fake| {
        let d = f.string(b"0123456789", 2);
        key(&[
            &word(f, 6, true),
            sep,
            &word(f, 5, false),
            sep,
            &word(f, 6, false),
            sep,
            &word(f, 6, false),
            &d,
        ])
    };
    let (p1, p2, p3, p4) = (
        memorable("_", &mut f),
        memorable(".", &mut f),
        memorable("_", &mut f),
        memorable(".", &mut f),
    );
    let name = key(&[
        &word(&mut f, 6, true),
        "_",
        &word(&mut f, 5, false),
        "_",
        &word(&mut f, 6, false),
    ]);
    let yml =
        format!("spring:\n  datasource:\n    username: orders\n    password: '{p1}'\n    old: x\n");
    let tf = format!("resource \"google_sql_user\" \"app\" {{\n  name     = \"app\"\n  password = \"{p2}\"\n}}\n");
    let php = format!("<?php\nreturn [\n    'db' => [\n        'user' => 'shop',\n        'password' => '{p3}',\n    ],\n    'cache_password' => '{name}',\n    'admin_password' => 'Change_me_now_please1',\n];\n");
    let xml = format!("<credential>\n    <username>sfdc</username>\n    <password>{p4}</password>\n</credential>\n");
    let rows = scan(&[
        ("config/app.yml", yml.clone()),
        ("main.tf", tf.clone()),
        ("app/etc/env.php", php.clone()),
        ("creds.xml", xml.clone()),
    ]);
    let g = "generic-password-assignment";
    let mut want = vec![
        expect(g, "config/app.yml", &yml, &p1),
        expect(g, "main.tf", &tf, &p2),
        expect(g, "app/etc/env.php", &php, &p3),
        expect(g, "creds.xml", &xml, &p4),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Passphrases whose number sits on the last word (`ember-lantern-5690Summit`, Bitwarden's
/// generator) under `secret` and `password` names, in a Python dict and a systemd
/// `Environment=` line, and a 52-character upper-case key (PlayFab's title secret keys) under
/// a secret name in C#, Julia and Unreal's ini; the same words without the number and an
/// upper-case constant stay names.
#[test]
fn number_word_passphrases_and_upper_case_keys() {
    let mut f = Fake::new(47);
    let phrase = |f: &mut Fake| {
        let d = f.string(b"0123456789", 4);
        key(&[
            &word(f, 6, false),
            "-",
            &word(f, 7, false),
            "-",
            &d,
            &word(f, 6, true),
        ])
    };
    let (p1, p2) = (phrase(&mut f), phrase(&mut f));
    let upper = |f: &mut Fake| {
        key(&[
            &f.string(b"GHJKMNPQRSTVWXYZ", 12),
            &f.string(b"0123456789", 8),
            &f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32),
        ])
    };
    let (k1, k2, k3) = (upper(&mut f), upper(&mut f), upper(&mut f));
    let py = format!("DEVICE = {{\n    \"username\": \"netbackup\",\n    \"secret\": \"{p1}\",\n    \"mode\": \"ssh-config-backup\",\n}}\n");
    let unit = format!("[Service]\nType=simple\nEnvironment=AMI_SECRET={p2}\n");
    let cs = format!("public static class Backend\n{{\n    public const string DeveloperSecret = \"{k1}\";\n    public const string Mode = \"DEFAULT_TIMEOUT_SECONDS_FOR_THE_CLIENT\";\n}}\n");
    let jl = format!("developer_secret_key = \"{k2}\"\n");
    let ini = format!(
        "[/Script/PlayFab.PlayFabRuntimeSettings]\nTitleId=9C1A2\nDeveloperSecretKey={k3}\n"
    );
    let rows = scan(&[
        ("scripts/backup.py", py.clone()),
        ("systemd/monitor.service", unit.clone()),
        ("Backend.cs", cs.clone()),
        ("analysis/umap.jl", jl.clone()),
        ("Config/DefaultEngine.ini", ini.clone()),
    ]);
    let g = "generic-secret-assignment";
    let mut want = vec![
        expect(g, "scripts/backup.py", &py, &p1),
        expect(g, "systemd/monitor.service", &unit, &p2),
        expect(g, "Backend.cs", &cs, &k1),
        expect(g, "analysis/umap.jl", &jl, &k2),
        expect(g, "Config/DefaultEngine.ini", &ini, &k3),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A literal inside a C++ string-literal macro is the value: Unreal's `TEXT("v")`, Windows'
/// `_T("v")`, Qt's `QStringLiteral("v")`; a macro around a name, or a call, is not.
#[test]
fn string_literal_macros_in_cpp() {
    let mut f = Fake::new(53);
    let (s1, s2, s3) = (f.alnum(40), f.alnum(36), f.alnum(32));
    let cpp = format!("#include \"HttpModule.h\"\n\nstatic const FString BackendSharedSecret = TEXT(\"{s1}\");\nconst TCHAR* kApiToken = _T(\"{s2}\");\nconst QString signingSecret = QStringLiteral(\"{s3}\");\nconst FString SecretName = TEXT(\"BackendSharedSecretName\");\nconst FString ApiToken = LoadToken(TEXT(\"token\"));\n");
    let rows = scan(&[("Source/BackendClient.cpp", cpp.clone())]);
    let g = "generic-secret-assignment";
    let mut want = vec![
        expect(g, "Source/BackendClient.cpp", &cpp, &s1),
        expect(g, "Source/BackendClient.cpp", &cpp, &s2),
        expect(g, "Source/BackendClient.cpp", &cpp, &s3),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// RevenueCat's public SDK keys (`appl_`, `goog_`, `amzn_`) ship in every app build, as its
/// documentation says: no generic finding under `revenueCatKey`, while a secret beside them
/// still is one.
#[test]
fn revenuecat_public_sdk_keys_stay_quiet() {
    let mut f = Fake::new(59);
    let hex = f.string(b"0123456789ABCDEF", 32);
    let (g, s) = (f.alnum(27), f.alnum(40));
    let swift = format!("struct Keys {{\n    let revenueCatKey = \"appl_{hex}\"\n    let revenueCatAndroidKey = \"goog_{g}\"\n    private let clientSecret = \"{s}\"\n}}\n");
    let rows = scan(&[("Sources/Keys.swift", swift.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-secret-assignment",
            "Sources/Keys.swift",
            &swift,
            &s
        )]
    );
}

/// SSSD names the LDAP bind password `ldap_default_authtok` (sssd-ldap(5)): sssd.conf has its
/// own rule, and code that sets it as a property (`ldap.default.authtok`) writes a password;
/// its `_type` beside it is a word.
#[test]
fn sssd_authtok_is_a_password() {
    let mut f = Fake::new(61);
    let (p1, p2) = (password(&mut f), password(&mut f));
    let conf = format!("[domain/corp]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd,dc=corp\nldap_default_authtok = {p1}\nldap_default_authtok_type = password\n");
    let java = format!("class Sssd {{\n    void apply(Properties props) {{\n        props.put(\"ldap.default.authtok\", \"{p2}\");\n    }}\n}}\n");
    let rows = scan(&[
        ("etc/sssd/sssd.conf", conf.clone()),
        ("Sssd.java", java.clone()),
    ]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect("sssd-ldap-authtok", "etc/sssd/sssd.conf", &conf, &p1),
        expect(pw, "Sssd.java", &java, &p2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A constant-time comparison of a credential variable with a literal (Rails'
/// `secure_compare(password, "v")`, Python's `hmac.compare_digest(api_token, "v")`) holds the
/// credential; a comparison of two variables holds none.
#[test]
fn constant_time_compares_with_a_literal() {
    let mut f = Fake::new(67);
    let (p1, t1) = (password(&mut f), f.alnum(24));
    let rb = format!("Sidekiq::Web.use Rack::Auth::Basic do |user, password|\n  ActiveSupport::SecurityUtils.secure_compare(password, \"{p1}\")\nend\n");
    let py = format!("import hmac\n\n\ndef ok(api_token, digest, expected):\n    if hmac.compare_digest(digest, expected):\n        return hmac.compare_digest(\"{t1}\", api_token)\n");
    let rows = scan(&[
        ("config/initializers/sidekiq.rb", rb.clone()),
        ("auth.py", py.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "config/initializers/sidekiq.rb",
            &rb,
            &p1,
        ),
        expect("generic-secret-assignment", "auth.py", &py, &t1),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Provider shapes found without their usual names: a Telegram bot token (`:AA` after the bot
/// id) under `tg_token`, a Cloud Storage HMAC access id (GOOG1 and 56 characters) in `.boto`,
/// and a OneSignal app key whose tail holds digits outside base32.
#[test]
fn telegram_tokens_hmac_access_ids_and_onesignal_keys_by_shape() {
    let mut f = Fake::new(37);
    let tg = key(&[&f.string(b"0123456789", 10), ":AA", &f.string(URLSAFE, 33)]);
    let goog = key(&[
        "GOOG1E",
        &f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 55),
    ]);
    let os = key(&[
        "os_v2_app_",
        &f.string(b"abcdefghijklmnopqrstuvwxyz0123456789", 113),
    ]);
    let ini = format!("[vendors]\ntg_token = {tg}\n");
    let boto = format!("[Credentials]\ngs_access_key_id = {goog}\n");
    let go = format!("package config\n\nconst (\n\tpushKey = \"{os}\"\n)\n");
    let rows = scan(&[
        ("vendors.ini", ini.clone()),
        (".boto", boto.clone()),
        ("defaults.go", go.clone()),
    ]);
    let mut want = vec![
        expect("telegram-bot-token", "vendors.ini", &ini, &tg),
        expect("gcp-hmac-access-id", ".boto", &boto, &goog),
        expect("onesignal-app-api-key", "defaults.go", &go, &os),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Keys public by design and lookups stay quiet: an Application Insights instrumentation key
/// (a UUID, alone or in a connection string), an Algolia search key, and a password read from
/// an index expression (`request.form["password"]`); an AWS secret key under a suffixed name
/// (`AWS_SECRET_ACCESS_KEY_BACKUP`) is still found.
#[test]
fn instrumentation_and_search_keys_and_index_lookups_stay_quiet() {
    let mut f = Fake::new(41);
    let uuid = |f: &mut Fake| {
        key(&[
            &f.string(HEX, 8),
            "-",
            &f.string(HEX, 4),
            "-4",
            &f.string(HEX, 3),
            "-a",
            &f.string(HEX, 3),
            "-",
            &f.string(HEX, 12),
        ])
    };
    let (u1, u2) = (uuid(&mut f), uuid(&mut f));
    let search = f.string(HEX, 32);
    let aws = f.string(
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+",
        40,
    );
    let env = format!("APPINSIGHTS_INSTRUMENTATIONKEY=\"{u1}\"\nALGOLIA_SEARCH_KEY={search}\n");
    let json = format!("{{\n  \"ApplicationInsights\": {{\n    \"ConnectionString\": \"InstrumentationKey={u2};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/\"\n  }}\n}}\n");
    let py = "SMTP_PASSWORD = request.form[\"password\"]\n".to_string();
    let ci = format!("jobs:\n  deploy:\n    env:\n      AWS_SECRET_ACCESS_KEY_BACKUP: {aws}\n");
    let rows = scan(&[
        (".env", env),
        ("appsettings.json", json),
        ("config.py", py),
        (".github/workflows/deploy.yml", ci.clone()),
    ]);
    assert_eq!(
        rows,
        vec![expect(
            "aws-secret-access-key",
            ".github/workflows/deploy.yml",
            &ci,
            &aws
        )]
    );
}

/// Wi-Fi pre-shared keys in wpa_supplicant.conf (`psk="..."` and the 64-hex derived key) are
/// passwords, but a modulation name (`data_qpsk = ...`) is not; a one-element JSON array holds
/// its setting's value (`"bindCredential": ["v"]`, Keycloak's realm export).
#[test]
fn wifi_psk_and_one_element_arrays() {
    let mut f = Fake::new(43);
    let (p1, p2) = (password(&mut f), password(&mut f));
    let hex = f.string(HEX, 64);
    let wpa = format!("network={{\n    ssid=\"Factory\"\n    psk=\"{p1}\"\n}}\nnetwork={{\n    ssid=\"Guest\"\n    psk={hex}\n}}\n");
    let c = "static void f(struct r *dst)\n{\n\tdst->data_qpsk = SUB(dst->data_16qam, 12);\n}\n"
        .to_string();
    let json = format!("{{\n  \"config\": {{\n    \"bindDn\": [\"cn=svc,dc=acme,dc=io\"],\n    \"bindPassword\": [\"{p2}\"]\n  }}\n}}\n");
    let rows = scan(&[
        ("wpa_supplicant.conf", wpa.clone()),
        ("eeprom.c", c),
        ("realm.json", json.clone()),
    ]);
    let g = "generic-password-assignment";
    let mut want = vec![
        expect(g, "wpa_supplicant.conf", &wpa, &p1),
        expect(g, "wpa_supplicant.conf", &wpa, &hex),
        expect(g, "realm.json", &json, &p2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A string literal holding a whole bearer header value is a bearer token whatever variable or
/// call holds it (Kotlin `authHeader = "Bearer v"`, Objective-C `setValue:@"Bearer v"`), once;
/// a literal that only starts the header (`"Bearer " + token`) or interpolates it stays quiet.
/// Perl DBI's `DBI->connect($dsn, $user, $password)` takes the password third.
#[test]
fn bearer_header_literals_and_perl_dbi() {
    let mut f = Fake::new(47);
    let (t1, t2, t3) = (f.alnum(44), f.alnum(40), f.alnum(40));
    let kt = format!("class PushClient {{\n    private val authHeader = \"Bearer {t1}\"\n    private val other = \"Bearer \" + token\n    private val tpl = \"Bearer ${{token}}\"\n}}\n");
    let objc = format!("- (void)send {{\n    [req setValue:@\"Bearer {t2}\" forHTTPHeaderField:@\"Authorization\"];\n}}\n");
    let js = format!("const headers = {{ Authorization: \"Bearer {t3}\" }};\n");
    let pw = password(&mut f);
    let pl = format!("use DBI;\nmy $dbh = DBI->connect('DBI:Pg:dbname=legacy;host=db01', 'report', '{pw}');\nmy $h2 = DBI->connect($dsn, $user, $pass);\n");
    let rows = scan(&[
        ("PushClient.kt", kt.clone()),
        ("Analytics.m", objc.clone()),
        ("client.js", js.clone()),
        ("report.pl", pl.clone()),
    ]);
    let g = "generic-secret-assignment";
    let mut want = vec![
        expect(g, "PushClient.kt", &kt, &t1),
        expect(g, "Analytics.m", &objc, &t2),
        expect(g, "client.js", &js, &t3),
        expect("generic-password-assignment", "report.pl", &pl, &pw),
    ];
    want.sort();
    assert_eq!(rows, want);
}
