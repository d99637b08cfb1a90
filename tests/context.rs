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
