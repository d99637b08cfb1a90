//! `--verify` against a mock provider on 127.0.0.1: the request leakgate sends must be the
//! provider's real one (method, path, where the secret goes), and each answer must be read as
//! the provider means it. Every verifier is overridden to the mock in every run, so no test
//! ever reaches the internet.

use crate::common::{self, commit, git_init, json, stderr, write, Fake};
use leakgate::rules::RuleSet;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One request as the mock received it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    /// Path and query.
    target: String,
    /// Lower-cased names.
    headers: HashMap<String, String>,
    body: String,
}

enum Reply {
    Answer(u16, Vec<(&'static str, String)>, String),
    /// Never answers (until the mock stops).
    Hang,
}

type Responder = dyn Fn(&Seen) -> Reply + Send + Sync;

/// A small HTTP/1.1 server on 127.0.0.1:0 that records every request; stops when dropped.
struct Mock {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
}

impl Mock {
    fn start(respond: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> Mock {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let respond: Arc<Responder> = Arc::new(respond);
        let (s, st) = (Arc::clone(&seen), Arc::clone(&stop));
        std::thread::spawn(move || {
            // Bounded: the loop ends when the test drops the mock, or after two minutes.
            let deadline = std::time::Instant::now() + Duration::from_secs(120);
            while !st.load(Ordering::SeqCst) && std::time::Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (s, st, r) = (Arc::clone(&s), Arc::clone(&st), Arc::clone(&respond));
                        std::thread::spawn(move || serve(stream, &s, &st, r.as_ref()));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Mock { base, seen, stop }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn serve(stream: TcpStream, seen: &Mutex<Vec<Seen>>, stop: &AtomicBool, respond: &Responder) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or_default().to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|l| l.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    let _ = reader.read_exact(&mut body);
    let req = Seen {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    seen.lock().expect("lock").push(req.clone());
    let mut stream = reader.into_inner();
    match respond(&req) {
        Reply::Hang => {
            let until = std::time::Instant::now() + Duration::from_secs(10);
            while !stop.load(Ordering::SeqCst) && std::time::Instant::now() < until {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        Reply::Answer(status, extra, body) => {
            let mut head = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (k, v) in extra {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            let _ = stream.write_all(format!("{head}\r\n{body}").as_bytes());
        }
    }
}

/// Every built-in verifier's rule id.
fn verified_rules() -> Vec<String> {
    let rules = RuleSet::builtin().expect("built-in rules");
    rules
        .rules()
        .iter()
        .filter(|r| r.spec.verify.is_some())
        .map(|r| r.id().to_string())
        .collect()
}

/// Every verifier sent to `base`.
fn override_all(base: &str) -> String {
    verified_rules()
        .iter()
        .map(|id| format!("{id}={base}"))
        .collect::<Vec<_>>()
        .join(",")
}

fn run(dir: &Path, args: &[&str], overrides: &str) -> Output {
    Command::new(common::bin())
        .args(args)
        .current_dir(dir)
        .env_remove("LEAKGATE_FORMAT")
        .env_remove("LEAKGATE_CONFIG")
        .env_remove("LEAKGATE_VERIFY")
        .env("LEAKGATE_VERIFY_OVERRIDE", overrides)
        .env("NO_COLOR", "1")
        .output()
        .expect("leakgate runs")
}

/// (rule id, status, detail) of each finding in a JSON report.
fn verdicts(v: &serde_json::Value) -> Vec<(String, String, String)> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["verification"]["status"]
                    .as_str()
                    .unwrap_or("-")
                    .to_string(),
                f["verification"]["detail"]
                    .as_str()
                    .unwrap_or("-")
                    .to_string(),
            )
        })
        .collect()
}

/// Where a provider expects the secret.
#[derive(Clone, Copy)]
enum At {
    /// A header with a prefix (`Bearer `, `Bot `, `Client-ID `, or none).
    Header(&'static str, &'static str),
    Query(&'static str),
    /// Basic auth with this user and the secret as password.
    BasicPassword(&'static str),
    /// In the path: `/bot<secret>/getMe`.
    Path,
    /// AWS SigV4 with the access key id beside the secret.
    Sigv4,
}

/// A provider's documented request and a live answer: (rule ids, method, path and query
/// before any secret, where the secret goes, extra header that must be there, live JSON or
/// XML, what the detail must say, the status meaning invalid).
struct Provider {
    rules: &'static [&'static str],
    method: &'static str,
    path: &'static str,
    at: At,
    header: Option<(&'static str, &'static str)>,
    answer: &'static str,
    detail: &'static str,
    invalid: u16,
}

const BEARER: At = At::Header("authorization", "Bearer ");

fn providers() -> Vec<Provider> {
    let p = |rules, method, path, at, answer, detail| Provider {
        rules,
        method,
        path,
        at,
        header: None,
        answer,
        detail,
        invalid: 401,
    };
    vec![
        p(&["openai-project-key", "openai-service-account-key", "openai-api-key"], "GET", "/v1/me", BEARER,
          r#"{"email":"dev@acme.test","orgs":{"data":[{"title":"Acme"}]}}"#, "organisation=Acme, user=dev@acme.test"),
        p(&["openai-admin-key"], "GET", "/v1/organization/projects?limit=1", BEARER,
          r#"{"data":[{"name":"Default project"}]}"#, "project=Default project"),
        Provider { header: Some(("anthropic-version", "2023-06-01")),
          ..p(&["anthropic-api-key"], "GET", "/v1/models?limit=1", At::Header("x-api-key", ""),
          r#"{"data":[{"id":"claude-x"}]}"#, "model=claude-x") },
        Provider { header: Some(("anthropic-version", "2023-06-01")),
          ..p(&["anthropic-admin-key"], "GET", "/v1/organizations/me", At::Header("x-api-key", ""),
          r#"{"name":"Acme"}"#, "organisation=Acme") },
        Provider { invalid: 400, ..p(&["google-api-key"], "GET", "/v1beta/models?pageSize=1", At::Query("key"),
          r#"{"models":[{"name":"models/gemini"}]}"#, "model=models/gemini") },
        Provider { invalid: 400, ..p(&["google-oauth-access-token"], "GET", "/tokeninfo", At::Query("access_token"),
          r#"{"email":"dev@acme.test","scope":"openid email"}"#, "email=dev@acme.test, scopes=openid email") },
        p(&["unsplash-access-key"], "GET", "/photos?per_page=1", At::Header("authorization", "Client-ID "),
          "[]", "HTTP 200"),
        Provider { invalid: 400, ..p(&["pixabay-api-key"], "GET", "/api/?q=leakgate&per_page=3", At::Query("key"),
          r#"{"total":7}"#, "total=7") },
        Provider { header: Some(("accept", "application/vnd.github+json")),
          ..p(&["github-personal-access-token", "github-oauth-access-token", "github-app-user-token",
                "github-fine-grained-pat", "github-legacy-token"], "GET", "/user", BEARER,
          r#"{"login":"octocat"}"#, "login=octocat") },
        p(&["github-app-installation-token"], "GET", "/installation/repositories?per_page=1", BEARER,
          r#"{"total_count":3}"#, "repositories=3"),
        p(&["gitlab-personal-access-token"], "GET", "/api/v4/user", At::Header("private-token", ""),
          r#"{"username":"dev"}"#, "username=dev"),
        p(&["slack-bot-token", "slack-user-token", "slack-legacy-token"], "POST", "/api/auth.test", BEARER,
          r#"{"ok":true,"team":"Acme","user":"bot"}"#, "team=Acme, user=bot"),
        p(&["stripe-secret-key", "stripe-restricted-key", "stripe-test-secret-key"], "GET", "/v1/balance", BEARER,
          r#"{"livemode":true}"#, "livemode=true"),
        Provider { invalid: 403, ..p(&["aws-secret-access-key"], "POST", "/", At::Sigv4,
          "<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>",
          "account=123456789012, arn=arn:aws:iam::123456789012:user/ci") },
        p(&["sendgrid-api-key"], "GET", "/v3/scopes", BEARER, r#"{"scopes":["mail.send"]}"#, "scopes=mail.send"),
        p(&["mailgun-api-key", "mailgun-private-api-key"], "GET", "/v3/domains?limit=1", At::BasicPassword("api"),
          r#"{"total_count":1,"items":[{"name":"mg.acme.test"}]}"#, "domain=mg.acme.test, domains=1"),
        p(&["huggingface-access-token", "huggingface-org-token"], "GET", "/api/whoami-v2", BEARER,
          r#"{"name":"dev","auth":{"accessToken":{"role":"write"}}}"#, "name=dev, role=write"),
        p(&["npm-access-token"], "GET", "/-/whoami", BEARER, r#"{"username":"dev"}"#, "username=dev"),
        Provider { invalid: 403, ..p(&["datadog-api-key"], "GET", "/api/v1/validate", At::Header("dd-api-key", ""),
          r#"{"valid":true}"#, "valid=true") },
        Provider { header: Some(("accept", "application/vnd.heroku+json; version=3")),
          ..p(&["heroku-api-key", "heroku-api-key-legacy"], "GET", "/account", BEARER,
          r#"{"email":"dev@acme.test"}"#, "email=dev@acme.test") },
        p(&["digitalocean-personal-access-token", "digitalocean-oauth-token"], "GET", "/v2/account", BEARER,
          r#"{"account":{"email":"dev@acme.test","team":{"name":"Acme"}}}"#, "email=dev@acme.test, team=Acme"),
        p(&["discord-bot-token"], "GET", "/api/v10/users/@me", At::Header("authorization", "Bot "),
          r#"{"username":"acmebot","id":"42"}"#, "bot=acmebot, id=42"),
        p(&["telegram-bot-token"], "GET", "/bot", At::Path,
          r#"{"ok":true,"result":{"username":"acme_bot"}}"#, "bot=acme_bot"),
        p(&["groq-api-key"], "GET", "/openai/v1/models", BEARER, r#"{"data":[]}"#, "HTTP 200"),
        p(&["mistral-api-key"], "GET", "/v1/models", BEARER, r#"{"data":[]}"#, "HTTP 200"),
        p(&["together-api-key"], "GET", "/v1/models", BEARER, "[]", "HTTP 200"),
        p(&["perplexity-api-key"], "GET", "/router/v1/models", BEARER, r#"{"data":[]}"#, "HTTP 200"),
        p(&["fireworks-api-key"], "GET", "/inference/v1/models", BEARER, r#"{"data":[]}"#, "HTTP 200"),
        p(&["cohere-api-key"], "POST", "/v1/check-api-key", BEARER,
          r#"{"valid":true,"organization_id":"org-1"}"#, "organisation=org-1"),
        p(&["replicate-api-token"], "GET", "/v1/account", BEARER,
          r#"{"username":"dev","type":"user"}"#, "type=user, username=dev"),
        Provider { invalid: 400, ..p(&["xai-api-key"], "GET", "/v1/api-key", BEARER,
          r#"{"name":"ci","team_id":"t-1","acls":["api-key:model:*"]}"#, "acls=api-key:model:*, name=ci, team=t-1") },
        p(&["deepseek-api-key"], "GET", "/user/balance", BEARER, r#"{"is_available":true}"#, "available=true"),
        p(&["openrouter-api-key"], "GET", "/api/v1/key", BEARER,
          r#"{"data":{"label":"ci","usage":2.5}}"#, "label=ci, usage=2.5"),
        p(&["cloudflare-user-api-token"], "GET", "/client/v4/user/tokens/verify", BEARER,
          r#"{"success":true,"result":{"status":"active"}}"#, "status=active"),
        Provider { header: Some(("content-type", "application/json")),
          ..p(&["linear-api-key"], "POST", "/graphql", At::Header("authorization", ""),
          r#"{"data":{"viewer":{"email":"dev@acme.test"}}}"#, "email=dev@acme.test") },
        Provider { header: Some(("notion-version", "2022-06-28")),
          ..p(&["notion-integration-token", "notion-integration-token-legacy"], "GET", "/v1/users/me", BEARER,
          r#"{"name":"ci","bot":{"workspace_name":"Acme"}}"#, "name=ci, workspace=Acme") },
        p(&["postman-api-key"], "GET", "/me", At::Header("x-api-key", ""),
          r#"{"user":{"username":"dev"}}"#, "username=dev"),
        p(&["sentry-user-auth-token", "sentry-org-auth-token"], "GET", "/api/0/organizations/", BEARER,
          r#"[{"slug":"acme"}]"#, "organisation=acme"),
        Provider { invalid: 403, ..p(&["vercel-access-token"], "GET", "/v2/user", BEARER,
          r#"{"user":{"username":"dev"}}"#, "username=dev") },
        p(&["netlify-access-token"], "GET", "/api/v1/user", BEARER, r#"{"email":"dev@acme.test"}"#, "email=dev@acme.test"),
        p(&["doppler-service-token", "doppler-api-token"], "GET", "/v3/me", BEARER,
          r#"{"type":"service_token","workplace":{"name":"Acme"}}"#, "type=service_token, workplace=Acme"),
        p(&["circleci-personal-api-token"], "GET", "/api/v2/me", At::Header("circle-token", ""),
          r#"{"login":"dev"}"#, "login=dev"),
        p(&["dropbox-long-lived-token", "dropbox-short-lived-token"], "POST", "/2/users/get_current_account", BEARER,
          r#"{"email":"dev@acme.test"}"#, "email=dev@acme.test"),
        p(&["mapbox-secret-token"], "GET", "/tokens/v2", At::Query("access_token"),
          r#"{"code":"TokenValid","token":{"user":"dev"}}"#, "code=TokenValid, user=dev"),
        p(&["airtable-personal-access-token"], "GET", "/v0/meta/whoami", BEARER,
          r#"{"email":"dev@acme.test","scopes":["data.records:read"]}"#, "email=dev@acme.test, scopes=data.records:read"),
        p(&["brevo-api-key"], "GET", "/v3/account", At::Header("api-key", ""),
          r#"{"email":"dev@acme.test","companyName":"Acme"}"#, "company=Acme, email=dev@acme.test"),
        Provider { invalid: 403, ..p(&["figma-personal-access-token"], "GET", "/v1/me", At::Header("x-figma-token", ""),
          r#"{"email":"dev@acme.test"}"#, "email=dev@acme.test") },
        p(&["asana-personal-access-token"], "GET", "/api/1.0/users/me", BEARER,
          r#"{"data":{"email":"dev@acme.test"}}"#, "email=dev@acme.test"),
        p(&["buildkite-api-access-token"], "GET", "/v2/access-token", BEARER,
          r#"{"scopes":["read_builds"]}"#, "scopes=read_builds"),
        p(&["elevenlabs-api-key"], "GET", "/v1/user", At::Header("xi-api-key", ""),
          r#"{"subscription":{"tier":"free"}}"#, "tier=free"),
    ]
}

fn basic(user: &str, password: &str) -> String {
    use base64::Engine;
    let b = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    format!("Basic {b}")
}

/// Whether `req` is the provider's documented request carrying `secret` (and `pair`).
fn is_real_request(p: &Provider, req: &Seen, secret: &str, pair: Option<&str>) -> bool {
    let header = |k: &str| req.headers.get(k).map(String::as_str);
    let ok_at = match p.at {
        At::Header(name, prefix) => {
            req.target == p.path && header(name) == Some(&format!("{prefix}{secret}"))
        }
        At::Query(name) => {
            let sep = if p.path.contains('?') { '&' } else { '?' };
            req.target == format!("{}{sep}{name}={secret}", p.path)
        }
        At::BasicPassword(user) => {
            req.target == p.path && header("authorization") == Some(&basic(user, secret))
        }
        At::Path => req.target == format!("/bot{secret}/getMe"),
        At::Sigv4 => {
            let key_id = pair.unwrap_or("?");
            req.target == p.path
                && header("authorization").is_some_and(|a| {
                    a.starts_with(&format!("AWS4-HMAC-SHA256 Credential={key_id}/"))
                        && a.contains("/us-east-1/sts/aws4_request")
                        && !a.contains(secret)
                })
                && header("x-amz-date").is_some()
                && req.body == "Action=GetCallerIdentity&Version=2011-06-15"
        }
    };
    let ok_header = p.header.is_none_or(|(k, v)| header(k) == Some(v));
    let ua = header("user-agent") == Some(&format!("leakgate/{}", env!("CARGO_PKG_VERSION")));
    req.method == p.method && ok_at && ok_header && ua
}

/// (path, rule id) -> full secret, of a report run with `--show-secrets`.
fn secrets_by_place(v: &serde_json::Value) -> HashMap<(String, String), String> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| {
            let place = (
                f["provenance"]["path"].as_str()?.to_string(),
                f["rule_id"].as_str()?.to_string(),
            );
            Some((place, f["secret"].as_str()?.to_string()))
        })
        .collect()
}

/// One verifier's case: its provider's request, and the secret (and AWS key id) of its file.
struct Case {
    rule: &'static str,
    provider: Provider,
    secret: String,
    pair: Option<String>,
}

/// Every verifier, live and invalid: each rule's first example sits in its own file, the tree
/// is scanned with `--verify`, and the mock answers only a request that is the provider's real
/// one for that file's secret (anything else gets 418, which reads as `unknown`).
#[test]
fn every_verifier_sends_the_real_request_and_reads_live_and_invalid() {
    let rules = RuleSet::builtin().expect("rules");
    let table = providers();
    let covered: Vec<&str> = table.iter().flat_map(|p| p.rules.iter().copied()).collect();
    let mut missing: Vec<String> = verified_rules()
        .into_iter()
        .filter(|r| !covered.contains(&r.as_str()))
        .collect();
    missing.sort();
    assert!(
        missing.is_empty(),
        "verifiers without a mock-server case: {missing:?}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    for rule_id in &covered {
        let rule = rules.get(rule_id).expect("rule exists");
        write(
            dir.path(),
            &format!("{rule_id}.txt"),
            &rule.spec.examples[0],
        );
    }
    let found = secrets_by_place(&json(&common::leakgate(
        dir.path(),
        &[
            "scan",
            ".",
            "--format",
            "json",
            "--show-secrets",
            "--isolated",
        ],
    )));
    let cases: Arc<Vec<Case>> = Arc::new(
        table
            .iter()
            .flat_map(|p| p.rules.iter().map(move |r| (p, *r)))
            .map(|(p, rule)| {
                let file = format!("{rule}.txt");
                let secret = found.get(&(file.clone(), rule.to_string()));
                Case {
                    rule,
                    provider: Provider { ..*p },
                    secret: secret
                        .unwrap_or_else(|| panic!("{rule}: example not found"))
                        .clone(),
                    pair: found.get(&(file, "aws-access-key-id".to_string())).cloned(),
                }
            })
            .collect(),
    );
    for live in [true, false] {
        let c = Arc::clone(&cases);
        let mock = Mock::start(move |req| {
            let case = c
                .iter()
                .find(|k| is_real_request(&k.provider, req, &k.secret, k.pair.as_deref()));
            match case {
                None => Reply::Answer(418, vec![], String::new()),
                Some(k) if live => Reply::Answer(
                    200,
                    vec![("Content-Type", "application/json".into())],
                    k.provider.answer.into(),
                ),
                Some(k) => {
                    Reply::Answer(k.provider.invalid, vec![], r#"{"error":"invalid"}"#.into())
                }
            }
        });
        let out = run(
            dir.path(),
            &["scan", ".", "--format", "json", "--isolated", "--verify"],
            &override_all(&mock.base),
        );
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let report = json(&out);
        let findings = report["findings"].as_array().expect("findings");
        let seen = mock.seen();
        for case in cases.iter() {
            let file = format!("{}.txt", case.rule);
            let mine: Vec<_> = findings
                .iter()
                .filter(|f| f["rule_id"] == case.rule && f["provenance"]["path"] == file.as_str())
                .collect();
            assert!(!mine.is_empty(), "{}: no finding", case.rule);
            for f in mine {
                let v = &f["verification"];
                if live {
                    assert_eq!(
                        (v["status"].as_str(), v["detail"].as_str()),
                        (Some("live"), Some(case.provider.detail)),
                        "{}",
                        case.rule
                    );
                } else {
                    assert_eq!(v["status"], "invalid", "{}: {v}", case.rule);
                }
            }
            let sent = seen
                .iter()
                .filter(|r| is_real_request(&case.provider, r, &case.secret, case.pair.as_deref()))
                .count();
            assert_eq!(sent, 1, "{}: the real request, once", case.rule);
        }
    }
}

fn github_repo_with(f: &mut Fake) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let token = common::github_token(f, "ghp");
    write(dir.path(), "a.env", &format!("GITHUB_TOKEN={token}\n"));
    (dir, token)
}

#[test]
fn rate_limited_is_unknown_after_bounded_retries() {
    let (dir, _) = github_repo_with(&mut Fake::new(1301));
    let mock =
        Mock::start(|_| Reply::Answer(429, vec![("Retry-After", "0".into())], String::new()));
    let out = run(
        dir.path(),
        &["scan", ".", "--format", "json", "--verify"],
        &override_all(&mock.base),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let got = verdicts(&json(&out));
    assert_eq!(got[0].1, "unknown");
    assert!(got[0].2.contains("429"), "{got:?}");
    assert_eq!(mock.seen().len(), 3, "three tries, then give up");
}

#[test]
fn a_hanging_provider_is_an_error_after_the_timeout() {
    let (dir, _) = github_repo_with(&mut Fake::new(1302));
    let mock = Mock::start(|_| Reply::Hang);
    let started = std::time::Instant::now();
    let out = run(
        dir.path(),
        &[
            "scan",
            ".",
            "--format",
            "json",
            "--verify",
            "--verify-timeout",
            "1",
        ],
        &override_all(&mock.base),
    );
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "the timeout held"
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit codes are unchanged: {}",
        stderr(&out)
    );
    let got = verdicts(&json(&out));
    assert_eq!(
        (got[0].1.as_str(), got[0].2.as_str()),
        ("error", "timed out")
    );
}

#[test]
fn a_non_loopback_override_is_refused_before_anything_is_sent() {
    let (dir, _) = github_repo_with(&mut Fake::new(1303));
    let mock = Mock::start(|_| Reply::Answer(200, vec![], "{}".into()));
    for target in [
        "http://10.0.0.1:8080",
        "http://localhost:8080",
        "https://api.example.com:443",
    ] {
        let overrides = format!(
            "{},github-personal-access-token={target}",
            override_all(&mock.base)
        );
        let out = run(dir.path(), &["scan", ".", "--verify"], &overrides);
        assert_eq!(out.status.code(), Some(2), "{target}");
        assert!(stderr(&out).contains("loopback"), "{}", stderr(&out));
    }
    assert!(mock.seen().is_empty(), "nothing was sent");
}

#[test]
fn a_redirect_to_another_host_is_not_followed() {
    let (dir, token) = github_repo_with(&mut Fake::new(1304));
    let elsewhere = Mock::start(|_| Reply::Answer(200, vec![], r#"{"login":"thief"}"#.into()));
    let target = format!("{}/steal", elsewhere.base.replace("127.0.0.1", "127.0.0.2"));
    let mock =
        Mock::start(move |_| Reply::Answer(302, vec![("Location", target.clone())], String::new()));
    let out = run(
        dir.path(),
        &["scan", ".", "--format", "json", "--verify"],
        &override_all(&mock.base),
    );
    let got = verdicts(&json(&out));
    assert_eq!(got[0].1, "unknown", "{got:?}");
    assert!(got[0].2.contains("redirect to `127.0.0.2:"), "{got:?}");
    assert!(!got[0].2.contains(&token));
    assert_eq!(mock.seen().len(), 1);
    assert!(elsewhere.seen().is_empty(), "the redirect was not followed");
}

#[test]
fn each_distinct_secret_is_verified_once_however_many_commits_hold_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    let mut f = Fake::new(1305);
    let (a, b) = (
        common::github_token(&mut f, "ghp"),
        common::github_token(&mut f, "ghp"),
    );
    for i in 0..4 {
        write(
            d,
            &format!("copy{i}.env"),
            &format!("# copy {i}\nGITHUB_TOKEN={a}\n"),
        );
        commit(d, &format!("copy {i}"));
    }
    write(d, "other.env", &format!("TOKEN_A={a}\nGITHUB_TOKEN={b}\n"));
    commit(d, "other");
    let (a2, b2) = (a.clone(), b.clone());
    let mock = Mock::start(move |req| {
        let auth = req
            .headers
            .get("authorization")
            .cloned()
            .unwrap_or_default();
        let login = if auth.ends_with(&a2) {
            "alice"
        } else if auth.ends_with(&b2) {
            "bob"
        } else {
            "?"
        };
        Reply::Answer(200, vec![], format!(r#"{{"login":"{login}"}}"#))
    });
    let out = run(
        d,
        &[
            "git",
            ".",
            "--format",
            "json",
            "--verify",
            "--all-locations",
        ],
        &override_all(&mock.base),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let got = verdicts(&json(&out));
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(
        got.iter().filter(|g| g.2 == "login=alice").count(),
        5,
        "{got:?}"
    );
    assert_eq!(
        got.iter().filter(|g| g.2 == "login=bob").count(),
        1,
        "{got:?}"
    );
    assert_eq!(mock.seen().len(), 2, "one request per distinct secret");
}

#[test]
fn the_cache_file_answers_the_next_run_and_holds_no_secret() {
    let (dir, token) = github_repo_with(&mut Fake::new(1306));
    let cache = dir.path().join("verify-cache.json");
    let cache_arg = cache.to_str().expect("utf-8");
    let mock = Mock::start(|_| Reply::Answer(200, vec![], r#"{"login":"octocat"}"#.into()));
    let args = [
        "scan",
        "a.env",
        "--format",
        "json",
        "--verify",
        "--verify-cache",
        cache_arg,
    ];
    let first = verdicts(&json(&run(dir.path(), &args, &override_all(&mock.base))));
    let second = verdicts(&json(&run(dir.path(), &args, &override_all(&mock.base))));
    assert_eq!(first, second);
    assert_eq!(first[0].1, "live");
    assert_eq!(mock.seen().len(), 1, "the second run asked the cache");
    let text = std::fs::read_to_string(&cache).expect("cache written");
    assert!(
        !text.contains(&token) && !text.contains(&token[4..20]),
        "{text}"
    );
}

#[test]
fn only_verified_reports_live_secrets_and_outputs_carry_the_answer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut f = Fake::new(1307);
    let (live, dead) = (
        common::github_token(&mut f, "ghp"),
        common::github_token(&mut f, "ghp"),
    );
    write(
        dir.path(),
        "a.env",
        &format!("GITHUB_TOKEN={live}\nGH_TOKEN={dead}\n"),
    );
    let l = live.clone();
    let mock = Mock::start(move |req| {
        let auth = req
            .headers
            .get("authorization")
            .cloned()
            .unwrap_or_default();
        if auth.ends_with(&l) {
            Reply::Answer(200, vec![], r#"{"login":"octocat"}"#.into())
        } else {
            Reply::Answer(401, vec![], String::new())
        }
    });
    let o = override_all(&mock.base);
    let all = verdicts(&json(&run(
        dir.path(),
        &["scan", ".", "--format", "json", "--verify"],
        &o,
    )));
    let mut statuses: Vec<_> = all.iter().map(|g| g.1.as_str()).collect();
    statuses.sort();
    assert_eq!(statuses, ["invalid", "live"]);
    let only = run(
        dir.path(),
        &["scan", ".", "--format", "json", "--only-verified"],
        &o,
    );
    assert_eq!(only.status.code(), Some(1));
    assert_eq!(
        verdicts(&json(&only)),
        vec![(
            "github-personal-access-token".into(),
            "live".into(),
            "login=octocat".into()
        )]
    );
    let sarif = json(&run(
        dir.path(),
        &["scan", ".", "--format", "sarif", "--only-verified"],
        &o,
    ));
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["properties"]["verification"]["status"], "live");
    assert!(result["message"]["text"]
        .as_str()
        .unwrap_or_default()
        .contains("live (login=octocat)"));
    let human = run(dir.path(), &["scan", ".", "--only-verified"], &o);
    assert!(
        common::stdout(&human).contains("verified:    LIVE (login=octocat)"),
        "{}",
        common::stdout(&human)
    );
    // Without --verify nothing is sent.
    let before = mock.seen().len();
    run(dir.path(), &["scan", ".", "--format", "json"], &o);
    assert_eq!(mock.seen().len(), before);
}

#[test]
fn generic_rules_are_never_verified() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut f = Fake::new(1308);
    write(
        dir.path(),
        "config.yaml",
        &format!("password: \"{}\"\n", f.alnum(24)),
    );
    let mock = Mock::start(|_| Reply::Answer(200, vec![], "{}".into()));
    let out = run(
        dir.path(),
        &["scan", ".", "--format", "json", "--verify"],
        &override_all(&mock.base),
    );
    let got = verdicts(&json(&out));
    assert!(!got.is_empty(), "{}", stderr(&out));
    assert!(got.iter().all(|g| g.1 == "unknown"), "{got:?}");
    assert!(mock.seen().is_empty());
}

/// A user rule file with a verify block, its host pinned or not.
fn user_rule(host: &str) -> String {
    format!(
        "provider: Acme\nrules:\n  - id: acme-token\n    name: Acme token\n    description: d\n    \
         remediation: r\n    keywords: [\"acme_\"]\n    pattern: '\\b(?P<secret>acme_[a-z0-9]{{24}})\\b'\n    \
         severity: high\n    references: [\"https://acme.test/keys\"]\n    examples: [\"acme_{}\"]\n    \
         negative_examples: [\"acme_short\"]\n    \
         verify:\n      method: GET\n      url: 'https://api.acme.test/me'\n      host: {host}\n      \
         secret: {{in: header, name: Authorization, prefix: 'Bearer '}}\n      live: [200]\n      \
         invalid: [401]\n",
        Fake::new(1311).string(common::HEX, 24)
    )
}

#[test]
fn rules_check_refuses_a_verify_block_whose_host_is_not_pinned() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "good.yaml", &user_rule("api.acme.test"));
    write(dir.path(), "bad.yaml", &user_rule("collector.evil.test"));
    let good = common::leakgate(dir.path(), &["rules", "check", "good.yaml"]);
    assert_eq!(good.status.code(), Some(0), "{}", common::stdout(&good));
    let bad = common::leakgate(dir.path(), &["rules", "check", "bad.yaml"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(common::stdout(&bad).contains("is not the pinned verify.host `collector.evil.test`"));
}

#[test]
fn a_user_rule_never_sends_its_secret() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "rules.yaml", &user_rule("api.acme.test"));
    let token = format!("acme_{}", Fake::new(1309).string(common::HEX, 24));
    write(dir.path(), "app.env", &format!("ACME={token}\n"));
    let mock = Mock::start(|_| Reply::Answer(200, vec![], "{}".into()));
    let o = format!("{},acme-token={}", override_all(&mock.base), mock.base);
    let args = [
        "scan",
        "app.env",
        "--rules",
        "rules.yaml",
        "--format",
        "json",
        "--verify",
    ];
    let got = verdicts(&json(&run(dir.path(), &args, &o)));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "unknown");
    assert!(got[0].2.contains("only built-in rules"), "{got:?}");
    assert!(mock.seen().is_empty());
}

#[test]
fn the_commit_gate_verifies_only_when_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    let token = common::github_token(&mut Fake::new(1310), "ghp");
    write(d, "a.env", &format!("GITHUB_TOKEN={token}\n"));
    common::git(d, &["add", "a.env"]);
    let mock = Mock::start(|_| Reply::Answer(200, vec![], r#"{"login":"octocat"}"#.into()));
    let o = override_all(&mock.base);
    let plain = run(d, &["staged", "--format", "json"], &o);
    assert_eq!(plain.status.code(), Some(1));
    assert_eq!(
        verdicts(&json(&plain))[0].1,
        "-",
        "no verification without --verify"
    );
    assert!(mock.seen().is_empty());
    let verified = run(d, &["staged", "--format", "json", "--verify"], &o);
    assert_eq!(verified.status.code(), Some(1), "exit code unchanged");
    assert_eq!(verdicts(&json(&verified))[0].2, "login=octocat");
    assert_eq!(mock.seen().len(), 1);
}
