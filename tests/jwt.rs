//! Expired test JWTs: a token whose `exp` is past and whose `iss`, `sub` or `aud` names a test
//! issuer is reported at low severity with the reason, in every format, and fails neither `scan`,
//! `git` nor the gates; an expired token from a real issuer, or a test token still valid, keeps
//! the `jwt-token` rule's severity and fails as before. Tokens are built here from JSON claims.

use crate::common::*;
use serde_json::Value;
use std::path::Path;

/// Long past (2001-09-09).
const PAST: u64 = 1_000_000_000;
/// Far ahead (2100-01-01).
const FUTURE: u64 = 4_102_444_800;

/// A signed-looking JWT: base64url of an HS256 header, of `claims`, and a random signature.
fn token(f: &mut Fake, claims: &str) -> String {
    use base64::Engine;
    let enc = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    format!(
        "{}.{}.{}",
        enc(r#"{"alg":"HS256","typ":"JWT"}"#),
        enc(claims),
        f.string(URLSAFE, 43)
    )
}

/// A JSON fixture with the token on line 2, column 16.
fn fixture(tok: &str) -> String {
    format!("{{\n  \"id_token\": \"{tok}\"\n}}\n")
}

fn expired_test(f: &mut Fake) -> String {
    token(
        f,
        &format!(r#"{{"iss":"https://test-issuer.acme.io","sub":"user-42","exp":{PAST}}}"#),
    )
}

/// (rule id, path, line, column, severity, downgraded) of every place, `--all-locations`.
fn judged(dir: &Path, args: &[&str]) -> (i32, Vec<(Row, String, Option<String>)>) {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--format", "json", "--all-locations"]);
    let out = leakgate(dir, &all);
    let v = json(&out);
    let rows = finding_rows(&v);
    let mut places: Vec<&Value> = v["findings"].as_array().expect("findings").iter().collect();
    places.sort_by_key(|p| {
        (
            p["provenance"]["path"].as_str().map(str::to_string),
            p["location"]["start_line"].as_u64(),
        )
    });
    let judged = rows
        .into_iter()
        .zip(places)
        .map(|(row, p)| {
            (
                row,
                p["severity"].as_str().expect("severity").to_string(),
                p["downgraded"].as_str().map(str::to_string),
            )
        })
        .collect();
    (out.status.code().expect("exit code"), judged)
}

#[test]
fn expired_test_token_is_low_and_does_not_fail_scan_in_any_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut f = Fake::new(101);
    write(
        dir.path(),
        "fixtures/auth.json",
        &fixture(&expired_test(&mut f)),
    );

    let (code, found) = judged(dir.path(), &["scan", "."]);
    assert_eq!(
        code, 0,
        "an expired test token alone does not fail the scan"
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let (row_, severity, why) = &found[0];
    assert_eq!(row_, &row("jwt-token", "fixtures/auth.json", 2, 16));
    assert_eq!(severity, "low");
    assert_eq!(
        why.as_deref(),
        Some("expired test token: `exp` is past and `iss` names a test issuer")
    );

    // Grouped JSON carries the same fields on the secret's record.
    let v = json(&leakgate(dir.path(), &["scan", ".", "--format", "json"]));
    assert_eq!(v["findings"][0]["severity"], "low");
    assert!(v["findings"][0]["downgraded"].is_string());

    let human = leakgate(dir.path(), &["scan", "."]);
    assert_eq!(human.status.code(), Some(0));
    let text = stdout(&human);
    assert!(text.contains("[low]"), "{text}");
    assert!(text.contains("(advisory)"), "{text}");
    assert!(text.contains("downgraded:  expired test token"), "{text}");
    assert!(
        stderr(&human).contains("1 advisory (do not fail)"),
        "{}",
        stderr(&human)
    );

    let jsonl = leakgate(dir.path(), &["scan", ".", "--format", "jsonl"]);
    assert_eq!(jsonl.status.code(), Some(0));
    let line: Value = serde_json::from_str(stdout(&jsonl).trim()).expect("one jsonl record");
    assert_eq!(line["severity"], "low");
    assert!(line["downgraded"].is_string());

    let sarif = leakgate(dir.path(), &["scan", ".", "--format", "sarif"]);
    assert_eq!(sarif.status.code(), Some(0));
    let s: Value = serde_json::from_str(&stdout(&sarif)).expect("sarif");
    let result = &s["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "jwt-token");
    assert_eq!(result["level"], "note");
    assert!(result["properties"]["downgraded"].is_string(), "{result}");
    assert_eq!(s["runs"][0]["results"].as_array().map(Vec::len), Some(1));
}

#[test]
fn real_issuer_or_unexpired_test_token_keeps_its_severity_and_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut f = Fake::new(202);
    let real = token(
        &mut f,
        &format!(r#"{{"iss":"https://auth.acme.io","sub":"svc-billing","exp":{PAST}}}"#),
    );
    let live_test = token(
        &mut f,
        &format!(r#"{{"iss":"localhost:8080","aud":"dev","exp":{FUTURE}}}"#),
    );
    let no_exp = token(&mut f, r#"{"iss":"test","sub":"dummy"}"#);
    write(dir.path(), "a/expired-real.json", &fixture(&real));
    write(dir.path(), "b/live-test.json", &fixture(&live_test));
    write(dir.path(), "c/no-exp.json", &fixture(&no_exp));
    write(
        dir.path(),
        "d/expired-test.json",
        &fixture(&expired_test(&mut f)),
    );

    let (code, found) = judged(dir.path(), &["scan", "."]);
    assert_eq!(code, 1, "the three tokens that still count fail the scan");
    let got: Vec<(Row, &str, bool)> = found
        .iter()
        .map(|(r, s, w)| (r.clone(), s.as_str(), w.is_some()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                row("jwt-token", "a/expired-real.json", 2, 16),
                "medium",
                false
            ),
            (row("jwt-token", "b/live-test.json", 2, 16), "medium", false),
            (row("jwt-token", "c/no-exp.json", 2, 16), "medium", false),
            (row("jwt-token", "d/expired-test.json", 2, 16), "low", true),
        ]
    );
}

#[test]
fn gates_and_history_pass_an_expired_test_token_and_block_a_real_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    let mut f = Fake::new(303);
    write(d, "README.md", "hello\n");
    commit(d, "init");

    write(
        d,
        "tests/fixtures/session.json",
        &fixture(&expired_test(&mut f)),
    );
    git(d, &["add", "-A"]);
    let (code, found) = judged(d, &["staged"]);
    assert_eq!(
        code, 0,
        "the commit gate lets an expired test token through"
    );
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].0,
        row("jwt-token", "tests/fixtures/session.json", 2, 16)
    );
    assert_eq!(found[0].1, "low");
    let human = leakgate(d, &["staged"]);
    assert_eq!(human.status.code(), Some(0));
    assert!(!stderr(&human).contains("blocked:"), "{}", stderr(&human));
    assert!(
        stderr(&human).contains(
            "advisory, does not block: Hard-coded JSON Web Token (jwt-token) at \
             tests/fixtures/session.json:2: expired test token"
        ),
        "{}",
        stderr(&human)
    );
    commit(d, "add a test fixture");

    let (code, found) = judged(d, &["git", "."]);
    assert_eq!(code, 0, "history with only an expired test token passes");
    assert_eq!(found.len(), 1);

    let real = token(
        &mut f,
        &format!(r#"{{"iss":"https://auth.acme.io","sub":"svc-billing","exp":{PAST}}}"#),
    );
    write(d, "config/session.json", &fixture(&real));
    git(d, &["add", "-A"]);
    let (code, found) = judged(d, &["staged"]);
    assert_eq!(code, 1, "an expired token from a real issuer still blocks");
    assert_eq!(
        found
            .iter()
            .map(|(r, s, _)| (r.clone(), s.as_str()))
            .collect::<Vec<_>>(),
        vec![(row("jwt-token", "config/session.json", 2, 16), "medium")]
    );
    let human = leakgate(d, &["staged"]);
    assert_eq!(human.status.code(), Some(1));
    assert!(
        stderr(&human).contains("blocked: 1 secret"),
        "{}",
        stderr(&human)
    );
}
