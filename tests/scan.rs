//! `leakgate scan`: working trees, files and standard input.

use crate::common::*;
use serde_json::Value;
use std::fs;

use crate::common::row as f;

/// The incident's `.env`: live-looking keys of the five providers, one per line.
fn incident_env(fake: &mut Fake) -> (String, Vec<String>) {
    let keys = vec![
        openai_project_key(fake),
        anthropic_key(fake),
        google_api_key(fake),
        fake.string(URLSAFE, 43),
        fake.string(URLSAFE, 43),
        key(&[&fake.string(b"0123456789", 8), "-", &fake.string(HEX, 25)]),
    ];
    let names = [
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "GOOGLE_API_KEY",
        "UNSPLASH_ACCESS_KEY",
        "UNSPLASH_SECRET_KEY",
        "PIXABAY_API_KEY",
    ];
    let text = names
        .iter()
        .zip(&keys)
        .map(|(n, k)| format!("{n}={k}\n"))
        .collect();
    (text, keys)
}

#[test]
fn incident_env_reports_every_key_at_its_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (env, keys) = incident_env(&mut Fake::new(1));
    fs::write(dir.path().join(".env"), &env).expect("write");
    let out = leakgate(dir.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(
        finding_rows(&v),
        vec![
            f("openai-project-key", ".env", 1, 16),
            f("anthropic-api-key", ".env", 2, 19),
            f("google-api-key", ".env", 3, 16),
            f("unsplash-access-key", ".env", 4, 21),
            f("unsplash-secret-key", ".env", 5, 21),
            f("pixabay-api-key", ".env", 6, 17),
        ]
    );
    // JSON is redacted by default: no key appears in full anywhere in the output.
    let text = stdout(&out);
    for k in &keys {
        assert!(!text.contains(k.as_str()), "JSON output leaked a secret");
    }
    assert_eq!(
        v["findings"][0]["location"]["end_column"].as_u64(),
        Some(16 + keys[0].len() as u64)
    );
}

#[test]
fn human_output_never_contains_the_secret_unless_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (env, keys) = incident_env(&mut Fake::new(2));
    fs::write(dir.path().join(".env"), &env).expect("write");
    let out = leakgate(dir.path(), &["scan", "."]);
    assert_eq!(out.status.code(), Some(1));
    let all = format!("{}{}", stdout(&out), stderr(&out));
    for k in &keys {
        assert!(!all.contains(k.as_str()), "human output leaked a secret");
    }
    assert!(stdout(&out).contains(".env:1:16"), "{}", stdout(&out));
    let shown = leakgate(dir.path(), &["scan", ".", "--show-secrets"]);
    assert!(stdout(&shown).contains(keys[0].as_str()));
}

#[test]
fn hidden_directories_are_scanned_and_paths_are_relative() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nested = dir.path().join(".config/app/.secrets");
    fs::create_dir_all(&nested).expect("mkdir");
    let k = openai_legacy_key(&mut Fake::new(3));
    fs::write(
        nested.join("creds.txt"),
        format!("# creds\n\n  token: \"{k}\"\n"),
    )
    .expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(
        finding_rows(&json(&out)),
        vec![f("openai-api-key", ".config/app/.secrets/creds.txt", 3, 11)]
    );
}

#[test]
fn crlf_line_endings_keep_lines_and_columns_right() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(4));
    fs::write(
        dir.path().join("win.ini"),
        format!("[openai]\r\nregion=eu\r\nkey = {k}\r\nend=1\r\n"),
    )
    .expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    let v = json(&out);
    assert_eq!(
        finding_rows(&v),
        vec![f("openai-project-key", "win.ini", 3, 7)]
    );
    assert_eq!(
        v["findings"][0]["location"]["end_column"].as_u64(),
        Some(7 + k.len() as u64)
    );
}

/// Binary files are no longer skipped: their printable string runs are searched, and the
/// finding points at the key's byte offset in the file.
#[test]
fn binary_files_are_searched_through_their_strings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(5));
    let mut bytes = b"\x7fELF\x02\x01\x01\x00\x00\x00".to_vec();
    bytes.extend_from_slice(k.as_bytes());
    fs::write(dir.path().join("app.bin"), bytes).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(
        finding_rows(&v),
        vec![row("openai-project-key", "app.bin", 1, 11)]
    );
    assert_eq!(v["findings"][0]["location"]["start_offset"], 10);
    assert_eq!(v["summary"]["skipped_binary"].as_u64(), Some(0));
    assert_eq!(v["summary"]["binary_searched"].as_u64(), Some(1));
}

#[test]
fn symlinks_are_not_followed_unless_asked() {
    let outside = tempfile::tempdir().expect("tempdir");
    let k = anthropic_key(&mut Fake::new(6));
    fs::write(
        outside.path().join("real.txt"),
        format!("ANTHROPIC_API_KEY={k}\n"),
    )
    .expect("write");
    let dir = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(outside.path().join("real.txt"), dir.path().join("link.txt"))
        .expect("symlink");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(finding_rows(&json(&out)).is_empty());
    let followed = leakgate(
        dir.path(),
        &["scan", "--follow-symlinks", "--format", "json"],
    );
    assert_eq!(
        finding_rows(&json(&followed)),
        vec![f("anthropic-api-key", "link.txt", 1, 19)]
    );
}

#[test]
fn non_utf8_files_are_scanned_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(7));
    let mut bytes = b"caf\xe9 cr\xe8me\n".to_vec();
    bytes.extend_from_slice(format!("key={k}\n").as_bytes());
    fs::write(dir.path().join("latin1.txt"), bytes).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        finding_rows(&json(&out)),
        vec![f("openai-project-key", "latin1.txt", 2, 5)]
    );
    assert!(
        stderr(&out).contains("latin1.txt: not valid UTF-8"),
        "{}",
        stderr(&out)
    );
}

fn running_as_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(true)
}

#[test]
fn unreadable_input_is_a_warning_and_exit_code_two() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("ok.txt"), "nothing here\n").expect("write");
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, "secret stuff\n").expect("write");
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    if !running_as_root() {
        let out = leakgate(dir.path(), &["scan", "."]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("locked.txt: cannot read"),
            "{}",
            stderr(&out)
        );
    }
    // Root reads anything: a path that does not exist stands in for an unreadable one.
    let out = leakgate(dir.path(), &["scan", "ok.txt", "missing.txt"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("missing.txt: cannot scan"),
        "{}",
        stderr(&out)
    );
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o600)).expect("chmod back");
}

#[test]
fn findings_win_over_errors_in_the_exit_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(8));
    fs::write(dir.path().join("a.env"), format!("K={k}\n")).expect("write");
    let out = leakgate(dir.path(), &["scan", "a.env", "missing.txt"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn placeholders_and_documented_examples_are_not_findings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines = [
        "OPENAI_API_KEY=your_api_key_here",
        "OPENAI_API_KEY=sk-proj-COMPROMISED_KEY_REPLACED",
        "OPENAI_API_KEY=${OPENAI_API_KEY}",
        "ANTHROPIC_API_KEY=<YOUR_KEY>",
        "openai.api_key = os.getenv(\"OPENAI_API_KEY\")",
        "GOOGLE_API_KEY=AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "UNSPLASH_ACCESS_KEY=changeme",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
        "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "PIXABAY_API_KEY=xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxx",
        "password = \"changeme\"",
        "token = process.env.API_TOKEN",
    ];
    fs::write(dir.path().join(".env.example"), lines.join("\n")).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(finding_rows(&json(&out)).is_empty());
}

#[test]
fn gitignored_files_are_skipped_unless_no_ignore() {
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    let k = openai_project_key(&mut Fake::new(9));
    fs::write(dir.path().join(".gitignore"), "local.env\n").expect("write");
    fs::write(dir.path().join("local.env"), format!("K={k}\n")).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let out = leakgate(dir.path(), &["scan", "--no-ignore", "--format", "json"]);
    assert_eq!(
        finding_rows(&json(&out)),
        vec![f("openai-project-key", "local.env", 1, 3)]
    );
}

#[test]
fn files_over_the_size_limit_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(10));
    let mut text = "x\n".repeat(600);
    text.push_str(&format!("K={k}\n"));
    fs::write(dir.path().join("big.txt"), &text).expect("write");
    let out = leakgate(
        dir.path(),
        &["scan", "--max-file-size", "1000", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("big.txt: skipped"),
        "{}",
        stderr(&out)
    );
    assert_eq!(json(&out)["summary"]["skipped_too_large"].as_u64(), Some(1));
    // Large files under the limit are memory-mapped and still found.
    let mut huge = "y = 1\n".repeat(400_000);
    huge.push_str(&format!("K={k}\n"));
    fs::write(dir.path().join("big.txt"), &huge).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(
        finding_rows(&json(&out)),
        vec![f("openai-project-key", "big.txt", 400_001, 3)]
    );
}

#[test]
fn stdin_is_scanned_with_dash() {
    let k = openai_project_key(&mut Fake::new(11));
    let mut child = std::process::Command::new(bin())
        .args(["scan", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("line one\nOPENAI={k}\n").as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        finding_rows(&json(&out)),
        vec![f("openai-project-key", "<stdin>", 2, 8)]
    );
}

#[test]
fn output_is_deterministic_and_can_go_to_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(12);
    for i in 0..20 {
        let sub = dir.path().join(format!("d{}", i % 4));
        fs::create_dir_all(&sub).expect("mkdir");
        fs::write(
            sub.join(format!("f{i}.py")),
            format!("KEY = \"{}\"\n", openai_project_key(&mut fake)),
        )
        .expect("w");
    }
    let a = leakgate(dir.path(), &["scan", "--format", "jsonl", "-j", "2"]);
    let b = leakgate(dir.path(), &["scan", "--format", "jsonl", "-j", "2"]);
    assert_eq!(stdout(&a).lines().count(), 20);
    assert_eq!(stdout(&a), stdout(&b));
    let report = dir.path().join("report.json");
    let out = leakgate(
        dir.path(),
        &[
            "scan",
            "d0",
            "--format",
            "json",
            "--output",
            report.to_str().expect("utf8"),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    let v: Value = serde_json::from_slice(&fs::read(&report).expect("report")).expect("json");
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(5));
}

#[test]
fn bad_flags_and_bad_rules_are_one_line_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = leakgate(dir.path(), &["scan", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains("panicked"));
    let rules = dir.path().join("bad.yaml");
    fs::write(&rules, "provider: X\nrules:\n  - id: Bad_Id\n").expect("write");
    let out = leakgate(
        dir.path(),
        &["scan", ".", "--rules", rules.to_str().expect("utf8")],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("leakgate: error: ") && err.contains("bad.yaml"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
    fs::write(&rules, "provider: X\nrules:\n  - {id: x-key, name: X, description: d, remediation: r, keywords: [xk_], pattern: 'xk_[a-z]+', severity: high, references: [], examples: [], negative_examples: []}\n").expect("write");
    let out = leakgate(
        dir.path(),
        &["scan", ".", "--rules", rules.to_str().expect("utf8")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no named group `secret`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn user_rules_extend_and_override_builtins() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rules = dir.path().join("mine.yaml");
    fs::write(
        &rules,
        r#"provider: Acme
rules:
  - id: acme-token
    name: Acme token
    description: Internal Acme API token.
    remediation: Revoke it in the Acme console.
    keywords: ["acme_"]
    pattern: '\b(?P<secret>acme_[a-z0-9]{24})\b'
    severity: high
    references: [https://acme.invalid/docs]
    examples: ['t = acme_q7vd2lmx9prt4wzk8snc3ja1']
    negative_examples: ['t = acme_short']
"#,
    )
    .expect("write");
    let k = key(&[
        "acme_",
        &Fake::new(13).string(b"abcdefghijklmnopqrstuvwxyz0123456789", 24),
    ]);
    fs::write(dir.path().join("app.cfg"), format!("\n\ntoken: {k}\n")).expect("write");
    let out = leakgate(
        dir.path(),
        &[
            "scan",
            "app.cfg",
            "--rules",
            "mine.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        finding_rows(&json(&out)),
        vec![f("acme-token", "app.cfg", 3, 8)]
    );
    let check = leakgate(dir.path(), &["rules", "check", "mine.yaml"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
}

#[test]
fn keys_separated_by_one_character_are_all_found() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(14);
    let (a, b) = (google_api_key(&mut fake), google_api_key(&mut fake));
    fs::write(dir.path().join("keys.csv"), format!("{a},{b}\n")).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    let col = 2 + a.len() as u64;
    assert_eq!(
        finding_rows(&json(&out)),
        vec![
            f("google-api-key", "keys.csv", 1, 1),
            f("google-api-key", "keys.csv", 1, col)
        ]
    );
}
