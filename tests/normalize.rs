//! Secrets that appear only encoded (JSON/YAML escapes, percent-encoding, base64 in Kubernetes
//! `data:` maps and `.dockerconfigjson`, UTF-16 files) are found and reported at the encoded
//! text's original line and column, once.

use crate::common::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

/// Writes `files` into a fresh directory and scans it.
fn scan(files: &[(&str, &[u8])]) -> (Vec<Row>, Value) {
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, content) in files {
        let p = dir.path().join(path);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(p, content).expect("write");
    }
    scan_dir(dir.path())
}

fn scan_dir(dir: &Path) -> (Vec<Row>, Value) {
    let out = leakgate(dir, &["scan", ".", "--format", "json"]);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        stderr(&out)
    );
    let v = json(&out);
    (finding_rows(&v), v)
}

/// 1-based (line, column) of byte offset `at` in ASCII `text`.
fn pos(text: &str, at: usize) -> (u64, u64) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = at - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line as u64, col as u64)
}

/// (line, column) where `needle` starts in `text`.
fn pos_of(text: &str, needle: &str) -> (u64, u64) {
    pos(text, text.find(needle).expect("needle in text"))
}

fn percent_encode_all(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A PEM block with `lines` random 64-character base64 lines; each line break is `nl`.
fn pem(f: &mut Fake, label: &str, lines: usize, nl: &str) -> String {
    let b64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = key(&["-----BEGIN ", label, " KEY-----", nl]);
    for _ in 0..lines {
        s.push_str(&f.string(b64, 64));
        s.push_str(nl);
    }
    s.push_str(&key(&["-----END ", label, " KEY-----"]));
    s
}

fn slack_webhook(f: &mut Fake) -> String {
    let upper = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    key(&[
        "https://hooks.slack.com/",
        "services/T",
        &f.string(upper, 10),
        "/B",
        &f.string(upper, 10),
        "/",
        &f.alnum(24),
    ])
}

#[test]
fn pem_with_json_newline_escapes_is_reported_once() {
    let mut f = Fake::new(51);
    let key_text = pem(&mut f, "RSA PRIVATE", 12, "\\n");
    let env = format!("APP=1\nPRIVATE_KEY=\"{key_text}\\n\"\n");
    let (found, _) = scan(&[(".env", env.as_bytes())]);
    let (line, col) = pos_of(&env, "-----BEGIN");
    assert_eq!(found, vec![row("private-key-rsa", ".env", line, col)]);
}

#[test]
fn pem_with_escaped_slashes_in_a_service_account_file_is_found() {
    let mut f = Fake::new(52);
    // PHP's json_encode writes `/` as `\/`: no pattern for a plain PEM matches that body.
    let key_text = pem(&mut f, "PRIVATE", 20, "\\n").replace('/', "\\/");
    let body = key(&[
        "{\n  \"type\": \"service_account\",\n  \"project_id\": \"demo\",\n",
        "  \"private_key_id\": \"",
        &f.string(HEX, 40),
        "\",\n  \"private_key\": \"",
        &key_text,
        "\\n\",\n  \"client_email\": \"ci@demo.iam.gserviceaccount.com\"\n}\n",
    ]);
    let env = format!("SIGNING_KEY=\"{key_text}\\n\"\n");
    let (found, _) = scan(&[
        ("sa.json", body.as_bytes()),
        ("signing.env", env.as_bytes()),
    ]);
    let (line, col) = pos_of(&body, "-----BEGIN");
    let (env_line, env_col) = pos_of(&env, "-----BEGIN");
    assert_eq!(
        found,
        vec![
            // The service-account rule reads the escaped text as written; the PKCS#8 rule's
            // decoded match yields to it.
            row("gcp-service-account-key", "sa.json", line, col),
            // Only the decoded PEM matches the PKCS#8 rule.
            row("private-key-pkcs8", "signing.env", env_line, env_col),
        ]
    );
}

#[test]
fn escaped_slashes_and_unicode_escapes_in_json() {
    let mut f = Fake::new(53);
    let hook = slack_webhook(&mut f);
    let escaped_hook = hook.replace('/', "\\/");
    let token = github_token(&mut f, "ghp");
    let escaped_token = token.replace('_', "\\u005f");
    let body = format!(
        "{{\n  \"notify\": {{\"url\": \"{escaped_hook}\"}},\n  \"ci\": {{\"token\": \"{escaped_token}\"}}\n}}\n"
    );
    let (found, _) = scan(&[("settings.json", body.as_bytes())]);
    let (hl, hc) = pos_of(&body, "https:");
    let (tl, tc) = pos_of(&body, "ghp");
    assert_eq!(
        found,
        vec![
            row("slack-webhook-url", "settings.json", hl, hc),
            row("github-personal-access-token", "settings.json", tl, tc),
        ]
    );
}

#[test]
fn escaped_quotes_around_a_key_do_not_double_report() {
    let mut f = Fake::new(54);
    let k = anthropic_key(&mut f);
    let body = format!("{{\"cell\": \"{{\\\"api_key\\\": \\\"{k}\\\"}}\\n\"}}\n");
    let (found, _) = scan(&[("notebook.ipynb", body.as_bytes())]);
    let (l, c) = pos_of(&body, "sk-ant-");
    assert_eq!(
        found,
        vec![row("anthropic-api-key", "notebook.ipynb", l, c)]
    );
}

#[test]
fn percent_encoded_urls_and_keys() {
    let mut f = Fake::new(55);
    let hook = slack_webhook(&mut f);
    let redirect = format!(
        "https://app.acme.test/r?to={}&x=1",
        percent_encode_all(&hook)
    );
    let password = f.alnum(18);
    let nested = format!(
        "https://app.acme.test/login?next={}",
        percent_encode_all(&format!("https://deploy:{password}@pypi.acme.test/simple/"))
    );
    let aws_secret = key(&[&f.alnum(10), "/", &f.alnum(14), "+", &f.alnum(14)]);
    let query = format!(
        "s3://bucket/x?aws_secret_access_key={}&region=eu",
        aws_secret.replace('/', "%2F").replace('+', "%2B")
    );
    let direct_pw = key(&["Zq", &f.alnum(10), "%40", &f.alnum(6)]);
    let direct = format!("https://svc:{direct_pw}@git.acme.test/team/app.git");
    let body = format!("REDIRECT={redirect}\nNEXT={nested}\nQUERY={query}\nREMOTE={direct}\n");
    let (found, _) = scan(&[("urls.txt", body.as_bytes())]);
    let at = |needle: &str| pos_of(&body, needle);
    let (l1, c1) = at("https%3A%2F%2Fhooks");
    let (l2, c2) = at(&password);
    let (l3, _) = at("aws_secret_access_key=");
    let c3 = at("aws_secret_access_key=").1 + "aws_secret_access_key=".len() as u64;
    let (l4, c4) = at(&direct_pw);
    assert_eq!(
        found,
        vec![
            row("slack-webhook-url", "urls.txt", l1, c1),
            // Found once `%3A` and `%40` around the password decode to `:` and `@`.
            row("basic-auth-url", "urls.txt", l2, c2),
            row("aws-secret-access-key", "urls.txt", l3, c3),
            // Already matched as written: not reported a second time from the decoded form.
            row("basic-auth-url", "urls.txt", l4, c4),
        ]
    );
}

const ENV_PREFIX: &str = "# app\nANTHROPIC=";

#[test]
fn kubernetes_secret_data_is_decoded_and_reported_at_the_value() {
    let mut f = Fake::new(56);
    let openai = openai_project_key(&mut f);
    let anthropic = anthropic_key(&mut f);
    let binary: Vec<u8> = (0u8..48).map(|i| i.wrapping_mul(37) ^ 0x80).collect();
    let manifest = format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  OPENAI_API_KEY: {}\n  blob.bin: {}\n  config.env: {}\n",
        base64(openai.as_bytes()),
        base64(&binary),
        base64(format!("{ENV_PREFIX}{anthropic}\n").as_bytes()),
    );
    let configmap =
        "apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: production\n  greeting: aGVsbG8=\n";
    let (found, _) = scan(&[
        ("k8s/secret.yaml", manifest.as_bytes()),
        ("k8s/configmap.yaml", configmap.as_bytes()),
    ]);
    let (l1, c1) = pos_of(&manifest, "  OPENAI_API_KEY: ");
    let (l2, c2) = pos_of(&manifest, "  config.env: ");
    assert_eq!(
        found,
        vec![
            row("openai-project-key", "k8s/secret.yaml", l1, c1 + 18),
            // The key starts in the decoded text's quantum of three bytes that holds its first byte.
            row(
                "anthropic-api-key",
                "k8s/secret.yaml",
                l2,
                c2 + 14 + 4 * (ENV_PREFIX.len() as u64 / 3)
            ),
        ]
    );
}

#[test]
fn dockerconfigjson_and_json_secret_data() {
    let mut f = Fake::new(57);
    let auth = base64(format!("ci-deployer:{}", f.alnum(24)).as_bytes());
    let config = format!("{{\"auths\":{{\"registry.acme.test\":{{\"auth\":\"{auth}\"}}}}}}");
    let auth_at = config.find(&auth).expect("auth in config");
    let yaml = format!(
        "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: {}\n",
        base64(config.as_bytes())
    );
    let token = github_token(&mut f, "ghp");
    let json_secret = format!(
        "{{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"data\":{{\"user\":\"{}\",\"token\":\"{}\"}}}}\n",
        base64(b"ci-deployer"),
        base64(token.as_bytes())
    );
    let (found, _) = scan(&[
        ("pull-secret.yaml", yaml.as_bytes()),
        ("secret.json", json_secret.as_bytes()),
    ]);
    let (l1, c1) = pos_of(&yaml, ".dockerconfigjson: ");
    let (l2, c2) = pos_of(&json_secret, &base64(token.as_bytes()));
    assert_eq!(
        found,
        vec![
            row(
                "docker-config-auth",
                "pull-secret.yaml",
                l1,
                c1 + 19 + 4 * (auth_at as u64 / 3)
            ),
            row("github-personal-access-token", "secret.json", l2, c2),
        ]
    );
}

#[test]
fn utf16_files_are_scanned_with_positions_in_characters() {
    let mut f = Fake::new(58);
    let k = openai_project_key(&mut f);
    let text = format!("# clé\nOPENAI_API_KEY={k}\n");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let (found, _) = scan(&[("win.env", &bytes)]);
    assert_eq!(found, vec![row("openai-project-key", "win.env", 2, 16)]);
}

#[test]
fn a_long_minified_line_of_escapes_is_decoded_in_one_pass() {
    let mut f = Fake::new(59);
    let token = github_token(&mut f, "ghp").replace('_', "\\u005F");
    let mut line = String::from("{\"bundle\":\"");
    while line.len() < 2 << 20 {
        line.push_str("var a=\\\"x\\\";\\nif(b)c=\\\"https:\\/\\/cdn.acme.test\\/%20\\\";");
    }
    line.push_str(&format!("\",\"deploy_token\":\"{token}\"}}"));
    let (found, _) = scan(&[("bundle.min.json", line.as_bytes())]);
    let (l, c) = pos_of(&line, "ghp");
    assert_eq!(
        found,
        vec![row("github-personal-access-token", "bundle.min.json", l, c)]
    );
}

#[test]
fn git_history_blobs_are_normalised_too() {
    let mut f = Fake::new(60);
    let openai = openai_project_key(&mut f);
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    let manifest = format!(
        "kind: Secret\ndata:\n  OPENAI_API_KEY: {}\n",
        base64(openai.as_bytes())
    );
    fs::write(dir.path().join("secret.yaml"), &manifest).expect("write");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "add secret"]);
    fs::remove_file(dir.path().join("secret.yaml")).expect("rm");
    git(dir.path(), &["commit", "-q", "-a", "-m", "remove secret"]);
    let out = leakgate(dir.path(), &["git", ".", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (l, c) = pos_of(&manifest, "  OPENAI_API_KEY: ");
    assert_eq!(
        finding_rows(&json(&out)),
        vec![row("openai-project-key", "secret.yaml", l, c + 18)]
    );
}

#[test]
fn an_encoded_secret_has_the_fingerprint_and_redaction_of_the_secret_itself() {
    let mut f = Fake::new(57);
    let openai = openai_project_key(&mut f);
    let plain = format!("OPENAI_API_KEY={openai}\n");
    let manifest = format!(
        "apiVersion: v1\nkind: Secret\ndata:\n  OPENAI_API_KEY: {}\n",
        base64(openai.as_bytes())
    );
    let (found, v) = scan(&[
        ("a/.env", plain.as_bytes()),
        ("b/secret.yaml", manifest.as_bytes()),
    ]);
    assert_eq!(found.len(), 2, "{found:?}");
    // One identity: the report groups both places under one secret.
    let records = v["findings"].as_array().expect("findings");
    assert_eq!(
        records.len(),
        1,
        "plain and base64 forms must share one identity: {v:#}"
    );
    assert_eq!(records[0]["location_count"], 2);
    assert_eq!(records[0]["redacted"], "sk-p********");
}
