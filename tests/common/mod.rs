//! Shared test helpers: fake but format-valid secrets built at test time (so the repository holds
//! no literal keys), pinned git fixtures, and running the binary.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// A deterministic generator (xorshift) so fixtures, and hence commit ids, are stable.
pub struct Fake(u64);

pub const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
pub const URLSAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
pub const HEX: &[u8] = b"0123456789abcdef";
pub const UPPER_DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

impl Fake {
    pub fn new(seed: u64) -> Fake {
        Fake(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// `n` characters drawn from `alphabet`.
    pub fn string(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n)
            .map(|_| alphabet[(self.next() % alphabet.len() as u64) as usize] as char)
            .collect()
    }

    pub fn alnum(&mut self, n: usize) -> String {
        self.string(ALNUM, n)
    }

    /// Random letters and digits of both cases, `n` long (at least one upper-case letter, one
    /// digit and one lower-case letter, in that order, first): a value every judgement takes
    /// for random.
    pub fn strong(&mut self, n: usize) -> String {
        key(&[
            &self.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1),
            &self.string(b"0123456789", 1),
            &self.string(b"abcdefghijklmnopqrstuvwxyz", 1),
            &self.alnum(n - 3),
        ])
    }

    /// A random version-4 UUID in lower case (`xxxxxxxx-xxxx-4xxx-axxx-xxxxxxxxxxxx`).
    pub fn uuid(&mut self) -> String {
        key(&[
            &self.string(HEX, 8),
            "-",
            &self.string(HEX, 4),
            "-4",
            &self.string(HEX, 3),
            "-a",
            &self.string(HEX, 3),
            "-",
            &self.string(HEX, 12),
        ])
    }
}

/// Standard base64 with padding (RFC 4648), for tests that plant encoded secrets.
pub fn base64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= c.len() {
                s.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

/// Joins pieces at run time, so no full key appears as a literal in the source.
pub fn key(parts: &[&str]) -> String {
    parts.concat()
}

pub fn openai_project_key(f: &mut Fake) -> String {
    key(&[
        "sk-",
        "proj-",
        &f.string(URLSAFE, 74),
        "T3Blbk",
        "FJ",
        &f.string(URLSAFE, 74),
    ])
}

pub fn openai_legacy_key(f: &mut Fake) -> String {
    key(&["sk-", &f.alnum(20), "T3Blbk", "FJ", &f.alnum(20)])
}

pub fn anthropic_key(f: &mut Fake) -> String {
    key(&["sk-ant-", "api03-", &f.string(URLSAFE, 93), "AA"])
}

pub fn google_api_key(f: &mut Fake) -> String {
    key(&["AI", "za", "Sy", &f.string(URLSAFE, 33)])
}

pub fn aws_access_key_id(f: &mut Fake) -> String {
    key(&["AK", "IA", &f.string(UPPER_DIGITS, 16)])
}

pub use leakgate::matcher::filters::base62;

/// A GitHub token (`ghp_`, `gho_`, ...) with a valid CRC32 checksum.
pub fn github_token(f: &mut Fake, prefix: &str) -> String {
    let random = f.alnum(30);
    let check = base62(crc32fast::hash(random.as_bytes()), 6);
    key(&[prefix, "_", &random, &check])
}

/// The path to the built binary under test.
pub fn bin() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_BIN_EXE_leakgate"))
}

/// Runs leakgate in `dir` with no configuration from the environment.
pub fn leakgate(dir: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env_remove("LEAKGATE_FORMAT")
        .env_remove("LEAKGATE_CONFIG")
        .env("NO_COLOR", "1")
        .output()
        .expect("leakgate runs")
}

/// A git command with a pinned identity, dates and configuration, so commit ids are stable.
pub fn git_command(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Ada Author")
        .env("GIT_AUTHOR_EMAIL", "ada@example.com")
        .env("GIT_AUTHOR_DATE", "2024-01-02T03:04:05+00:00")
        .env("GIT_COMMITTER_NAME", "Cy Committer")
        .env("GIT_COMMITTER_EMAIL", "cy@example.com")
        .env("GIT_COMMITTER_DATE", "2024-01-02T03:04:05+00:00");
    c
}

/// Runs pinned git (see [`git_command`]) and asserts it succeeded.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    let out = git_command(dir).args(args).output().expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The all-zero object id git uses for "no commit" (a new or deleted ref).
pub const ZERO: &str = "0000000000000000000000000000000000000000";

/// git with the pinned environment of `common::git`, but the caller judges the outcome (a hook
/// that refuses makes git fail).
pub fn git_cmd(dir: &Path) -> Command {
    let mut c = git_command(dir);
    c.env_remove("LEAKGATE_FORMAT")
        .env_remove("LEAKGATE_CONFIG")
        .env("NO_COLOR", "1");
    c
}

pub fn git_out(dir: &Path, args: &[&str]) -> String {
    stdout(&git(dir, args)).trim().to_string()
}

/// Whether a command is on PATH (tests of optional tools skip without it).
pub fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// `git init` with a pinned default branch and no hooks from templates.
pub fn git_init(dir: &Path) {
    git(
        dir,
        &["-c", "init.defaultBranch=main", "init", "-q", "--template="],
    );
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A finding as tests compare it: (rule id, path, line, column).
pub type Row = (String, String, u64, u64);

pub fn row(rule: &str, path: &str, line: u64, col: u64) -> Row {
    (rule.to_string(), path.to_string(), line, col)
}

/// (rule id, path, line, column) of every finding of a `--format json` report, in report order.
/// Standard input reads as `<stdin>`.
pub fn finding_rows(v: &serde_json::Value) -> Vec<Row> {
    let mut rows: Vec<Row> = places(v)
        .iter()
        .map(|(rule, f)| {
            let path = match f["provenance"]["kind"].as_str() {
                Some("stdin") => "<stdin>",
                _ => f["provenance"]["path"].as_str().expect("path"),
            };
            (
                rule.clone(),
                path.to_string(),
                f["location"]["start_line"].as_u64().expect("line"),
                f["location"]["start_column"].as_u64().expect("column"),
            )
        })
        .collect();
    // Report order (path, then position), whatever the grouping.
    rows.sort_by(|a, b| (&a.1, a.2, a.3, &a.0).cmp(&(&b.1, b.2, b.3, &b.0)));
    rows
}

/// Every place of a `--format json` document, with its rule id, one per finding: the
/// `locations` of each secret record, or the records themselves under `--all-locations`.
pub fn places(v: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    for f in v["findings"].as_array().expect("findings array") {
        let rule = f["rule_id"].as_str().expect("rule_id").to_string();
        match f["locations"].as_array() {
            Some(places) => {
                assert_eq!(
                    f["location_count"].as_u64(),
                    Some(places.len() as u64),
                    "more places than a record lists: use --all-locations"
                );
                out.extend(places.iter().map(|p| (rule.clone(), p.clone())));
            }
            None => out.push((rule, f.clone())),
        }
    }
    out
}

/// Parses `--format json` output.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

/// Writes `text` to `dir/path`, creating the directories above it.
pub fn write(dir: &Path, path: &str, text: &str) {
    let p = dir.join(path);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(p, text).expect("write");
}

/// The commit id a revision names.
pub fn rev(dir: &Path, spec: &str) -> String {
    stdout(&git(dir, &["rev-parse", spec])).trim().to_string()
}

/// Stages everything and commits; returns the new commit id.
pub fn commit(dir: &Path, msg: &str) -> String {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", msg]);
    rev(dir, "HEAD")
}

/// Runs leakgate in `dir` as [`leakgate`] does, with `input` on its standard input (and no
/// pre-commit framework variables, which `pre-push` would read instead).
pub fn leakgate_with_input(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env_remove("LEAKGATE_FORMAT")
        .env_remove("LEAKGATE_CONFIG")
        .env_remove("PRE_COMMIT_REMOTE_BRANCH")
        .env_remove("PRE_COMMIT_REMOTE_NAME")
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("leakgate runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

/// Microsoft's SARIF validator, when the environment names it (`SARIF_MULTITOOL`: CI installs it);
/// otherwise a note, and the caller skips validation.
pub fn sarif_validator() -> Option<std::ffi::OsString> {
    let tool = std::env::var_os("SARIF_MULTITOOL");
    if tool.is_none() {
        eprintln!("note: SARIF_MULTITOOL is not set; skipping SARIF validation (CI sets it)");
    }
    tool
}

/// Validates `paths` in one run of `tool` under GitHub's ingestion rules (`Sarif;Gh`): it must
/// succeed with no error or warning. Returns what it printed.
pub fn validate_sarif_with(tool: &std::ffi::OsStr, paths: &[std::path::PathBuf]) -> String {
    let o = Command::new(tool)
        .arg("validate")
        .args(paths)
        .args(["--rule-kind", "Sarif;Gh"])
        .output()
        .expect("validator runs");
    let text = format!("{}{}", stdout(&o), stderr(&o));
    assert!(o.status.success(), "validator failed: {text}");
    let problems: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(": error ") || l.contains(": warning "))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    text
}

/// [`validate_sarif_with`] the validator of [`sarif_validator`], when there is one.
pub fn validate_sarif(paths: &[std::path::PathBuf]) {
    if let Some(tool) = sarif_validator() {
        validate_sarif_with(&tool, paths);
    }
}
