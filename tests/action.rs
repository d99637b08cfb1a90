//! The GitHub Action: scripts/action.sh (ranges, force pushes, the job summary) against real
//! repositories, and scripts/action-install.sh and scripts/install.sh (release binary or build
//! from source, checksum checks) against fake releases served from `file://` URLs.

use crate::common::*;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SERVER: &str = "https://github.example";
const REPOSITORY: &str = "acme/app";

fn scripts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts")
}

/// The rows of the summary's findings table (the first table whose header names Severity).
fn table_rows(summary: &str) -> Vec<String> {
    summary
        .lines()
        .skip_while(|l| !l.starts_with("| Rule | Severity |"))
        .skip(2)
        .take_while(|l| l.starts_with("| "))
        .map(str::to_string)
        .collect()
}

/// History for the Action: `main` = base, key, clean; `topic` = base + a clean commit. Returns the
/// temp dir, a shallow (depth 1) clone of it as the "checkout", and the commit ids.
struct ActionFixture {
    top: tempfile::TempDir,
    checkout: PathBuf,
    base: String,
    key_commit: String,
    main: String,
    topic: String,
}

fn action_fixture() -> ActionFixture {
    let top = tempfile::tempdir().expect("tempdir");
    let up = top.path().join("upstream");
    fs::create_dir_all(&up).expect("mkdir");
    git_init(&up);
    fs::write(up.join("a.txt"), "a\n").expect("w");
    git(&up, &["add", "."]);
    git(&up, &["commit", "-q", "-m", "base"]);
    let base = git_out(&up, &["rev-parse", "HEAD"]);
    git(&up, &["checkout", "-q", "-b", "topic"]);
    fs::write(up.join("t.txt"), "topic\n").expect("w");
    git(&up, &["add", "."]);
    git(&up, &["commit", "-q", "-m", "topic"]);
    let topic = git_out(&up, &["rev-parse", "HEAD"]);
    git(&up, &["checkout", "-q", "main"]);
    let k = google_api_key(&mut Fake::new(60));
    fs::write(up.join("b.txt"), format!("x\nkey: {k}\n")).expect("w");
    git(&up, &["add", "."]);
    git(&up, &["commit", "-q", "-m", "key"]);
    let key_commit = git_out(&up, &["rev-parse", "HEAD"]);
    fs::write(up.join("c.txt"), "c\n").expect("w");
    git(&up, &["add", "."]);
    git(&up, &["commit", "-q", "-m", "clean"]);
    let main = git_out(&up, &["rev-parse", "HEAD"]);
    let url = format!("file://{}", up.display());
    git(
        top.path(),
        &["clone", "-q", "--depth", "1", &url, "checkout"],
    );
    ActionFixture {
        checkout: top.path().join("checkout"),
        top,
        base,
        key_commit,
        main,
        topic,
    }
}

struct ActionRun {
    out: Output,
    summary: String,
    outputs: String,
    sarif: Option<Value>,
    sarif_path: PathBuf,
}

fn run_action(fx: &ActionFixture, event: &str, payload: &Value) -> ActionRun {
    run_action_with(fx, event, payload, &[])
}

/// Runs scripts/action.sh in the fixture's checkout as GitHub would for `event`, with `extra`
/// environment (e.g. `INPUT_ARGS`).
fn run_action_with(
    fx: &ActionFixture,
    event: &str,
    payload: &Value,
    extra: &[(&str, &str)],
) -> ActionRun {
    let dir = fx.top.path();
    let event_path = dir.join("event.json");
    fs::write(&event_path, payload.to_string()).expect("w");
    let summary = dir.join("summary.md");
    let outputs = dir.join("outputs.txt");
    let sarif = dir.join("leakgate.sarif");
    for p in [&summary, &outputs, &sarif] {
        let _ = fs::remove_file(p);
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/action.sh");
    // The pinned git environment of `git_cmd`, for the git commands the script runs.
    let pinned = git_cmd(&fx.checkout);
    let envs: Vec<(std::ffi::OsString, std::ffi::OsString)> = pinned
        .get_envs()
        .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned())))
        .collect();
    let out = Command::new("bash")
        .arg(&script)
        .current_dir(&fx.checkout)
        .envs(envs)
        .env("LEAKGATE", bin())
        .env("GITHUB_EVENT_NAME", event)
        .env("GITHUB_EVENT_PATH", &event_path)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("GITHUB_OUTPUT", &outputs)
        .env("INPUT_SARIF_FILE", &sarif)
        .env("GITHUB_SERVER_URL", SERVER)
        .env("GITHUB_REPOSITORY", REPOSITORY)
        .env_remove("INPUT_MODE")
        .env_remove("INPUT_ARGS")
        .envs(extra.iter().copied())
        .output()
        .expect("bash runs");
    ActionRun {
        out,
        summary: fs::read_to_string(&summary).unwrap_or_default(),
        outputs: fs::read_to_string(&outputs).unwrap_or_default(),
        sarif: fs::read(&sarif)
            .ok()
            .map(|b| serde_json::from_slice(&b).expect("SARIF is JSON")),
        sarif_path: sarif,
    }
}

/// (ruleId, uri, startLine, commit property) of each SARIF result.
fn sarif_results(v: &Value) -> Vec<(String, String, u64, String)> {
    assert_eq!(v["version"], "2.1.0");
    v["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            let loc = &r["locations"][0]["physicalLocation"];
            assert!(r["partialFingerprints"]
                .as_object()
                .is_some_and(|o| !o.is_empty()));
            (
                r["ruleId"].as_str().expect("ruleId").to_string(),
                loc["artifactLocation"]["uri"]
                    .as_str()
                    .expect("uri")
                    .to_string(),
                loc["region"]["startLine"].as_u64().expect("line"),
                r["properties"]["commit"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn action_script_push_and_pull_request_ranges() {
    if !have("jq") || !have("bash") {
        eprintln!("note: jq or bash missing; skipping the Action script test");
        return;
    }
    let fx = action_fixture();
    // Push: before..after, from a shallow checkout that the script deepens.
    let push = serde_json::json!({
        "ref": "refs/heads/main", "before": fx.base, "after": fx.main,
        "repository": {"default_branch": "main"}
    });
    let r = run_action(&fx, "push", &push);
    assert_eq!(r.out.status.code(), Some(1), "{}", stderr(&r.out));
    assert!(
        r.outputs
            .contains(&format!("range={}..{}\n", fx.base, fx.main)),
        "{}",
        r.outputs
    );
    assert!(r.outputs.contains("findings=1\n"), "{}", r.outputs);
    let sarif = r.sarif.as_ref().expect("SARIF written");
    assert_eq!(
        sarif_results(sarif),
        vec![(
            "google-api-key".into(),
            "b.txt".into(),
            2,
            fx.key_commit.clone()
        )]
    );
    let annotations = stdout(&r.out);
    assert!(
        annotations.contains("::error file=b.txt,line=2,col=6,title=google-api-key::"),
        "{annotations}"
    );
    // The summary row: rule name and id, severity, the line linked at its commit, the redacted
    // secret and the rule's remediation (the built-in rule's own text, so only its start here).
    let rows = table_rows(&r.summary);
    assert_eq!(rows.len(), 1, "{}", r.summary);
    let row = format!(
        "| Google API key (Gemini, AI Studio, Maps, Firebase, Cloud) (`google-api-key`) | high | \
         [b.txt:2]({SERVER}/{REPOSITORY}/blob/{}/b.txt#L2) | `{}` | `AIza********` | ",
        fx.key_commit,
        &fx.key_commit[..12]
    );
    assert!(rows[0].starts_with(&row), "{}", r.summary);
    assert!(
        rows[0].len() > row.len() + 20,
        "no remediation: {}",
        rows[0]
    );
    assert!(
        r.summary.contains("| `google-api-key` | 1 |\n"),
        "{}",
        r.summary
    );
    let push_sarif = fx.top.path().join("push.sarif");
    fs::copy(&r.sarif_path, &push_sarif).expect("copy");

    // Pull request: base..head holds only the clean topic commit.
    let pr = serde_json::json!({
        "pull_request": {"base": {"sha": fx.base}, "head": {"sha": fx.topic}}
    });
    let r = run_action(&fx, "pull_request", &pr);
    assert_eq!(r.out.status.code(), Some(0), "{}", stderr(&r.out));
    assert!(
        r.outputs
            .contains(&format!("range={}..{}\n", fx.base, fx.topic)),
        "{}",
        r.outputs
    );
    assert!(r.outputs.contains("findings=0\n"));
    assert!(r.summary.contains("No secrets found."), "{}", r.summary);
    assert!(sarif_results(r.sarif.as_ref().expect("SARIF")).is_empty());

    // A new branch push: what the default branch lacks (topic's own commit only).
    let new_branch = serde_json::json!({
        "ref": "refs/heads/topic", "before": ZERO, "after": fx.topic,
        "repository": {"default_branch": "main"}
    });
    let r = run_action(&fx, "push", &new_branch);
    assert_eq!(r.out.status.code(), Some(0), "{}", stderr(&r.out));
    assert!(
        r.outputs
            .contains(&format!("range=refs/remotes/origin/main..{}\n", fx.topic)),
        "{}",
        r.outputs
    );

    // Scheduled: the full history, key included.
    let r = run_action(&fx, "schedule", &serde_json::json!({}));
    assert_eq!(r.out.status.code(), Some(1), "{}", stderr(&r.out));
    assert!(r.summary.contains("Scanned the full history."));
    validate_sarif(&[push_sarif, r.sarif_path]);
}

#[test]
fn action_script_fails_clearly_on_a_shallow_checkout_it_cannot_deepen() {
    if !have("jq") || !have("bash") {
        eprintln!("note: jq or bash missing; skipping the Action script test");
        return;
    }
    let fx = action_fixture();
    git(
        &fx.checkout,
        &["remote", "set-url", "origin", "/nonexistent/repo.git"],
    );
    let pr = serde_json::json!({
        "pull_request": {"base": {"sha": fx.base}, "head": {"sha": fx.main}}
    });
    let r = run_action(&fx, "pull_request", &pr);
    assert_eq!(r.out.status.code(), Some(2));
    assert!(
        stdout(&r.out).contains("::error title=leakgate::"),
        "{}",
        stdout(&r.out)
    );
    assert!(
        stderr(&r.out).contains("fetch-depth: 0"),
        "{}",
        stderr(&r.out)
    );
}

// ---------------------------------------------------------------------------------------------
// Force pushes and the job summary

/// A user rule, so the summary's rule name, severity and remediation are known here; its
/// remediation holds a `|`, which the Markdown table must escape.
const ACME_RULES: &str = "provider: Acme
rules:
  - id: acme-deploy-token
    name: Acme deploy token
    description: An Acme deploy token.
    remediation: Revoke it under Settings | Tokens in the Acme console, then issue a new one.
    keywords: [acme_]
    pattern: '(?P<secret>acme_[a-z0-9]{24})'
    severity: medium
    references: []
    examples: []
    negative_examples: []
";

fn acme_token(f: &mut Fake) -> String {
    key(&[
        "acme",
        "_",
        &f.string(b"abcdefghijklmnopqrstuvwxyz0123456789", 24),
    ])
}

#[test]
fn action_script_force_push_scans_what_the_default_branch_lacks_and_says_so() {
    if !have("jq") || !have("bash") {
        eprintln!("note: jq or bash missing; skipping the Action script test");
        return;
    }
    let fx = action_fixture();
    let up = fx.top.path().join("upstream");
    // `feature` is pushed, then rewritten and force-pushed; the old tip is pruned upstream, so
    // no fetch can bring it back.
    git(&up, &["checkout", "-q", "-b", "feature", &fx.main]);
    fs::write(up.join("old.txt"), "old\n").expect("w");
    git(&up, &["add", "."]);
    git(&up, &["commit", "-q", "-m", "old feature"]);
    let gone = git_out(&up, &["rev-parse", "HEAD"]);
    git(&up, &["reset", "-q", "--hard", &fx.main]);
    let mut f = Fake::new(61);
    let (t1, t2) = (acme_token(&mut f), acme_token(&mut f));
    let g = google_api_key(&mut f);
    fs::create_dir_all(up.join("deploy")).expect("mkdir");
    fs::write(
        up.join("deploy/zürich config.txt"),
        format!("[acme]\ntoken = {t1}\n\nbackup = {t2}\n"),
    )
    .expect("w");
    fs::write(up.join("notes.md"), format!("maps: {g}\n")).expect("w");
    git(&up, &["add", "."]);
    git(&up, &["commit", "-q", "-m", "new feature"]);
    let feature = git_out(&up, &["rev-parse", "HEAD"]);
    git(&up, &["checkout", "-q", "main"]);
    git(&up, &["reflog", "expire", "--expire=now", "--all"]);
    git(&up, &["gc", "-q", "--prune=now"]);
    assert!(!git_command(&up)
        .args(["cat-file", "-e", &format!("{gone}^{{commit}}")])
        .status()
        .expect("git")
        .success());

    let rules = fx.top.path().join("acme.yaml");
    fs::write(&rules, ACME_RULES).expect("w");
    let args = format!("--rules {}", rules.display());
    let forced = |r#ref: &str, after: &str| {
        serde_json::json!({
            "ref": r#ref, "before": gone, "after": after, "forced": true,
            "repository": {"default_branch": "main"}
        })
    };
    let r = run_action_with(
        &fx,
        "push",
        &forced("refs/heads/feature", &feature),
        &[("INPUT_ARGS", &args)],
    );
    assert_eq!(r.out.status.code(), Some(1), "{}", stderr(&r.out));
    assert!(
        stderr(&r.out).contains(&format!(
            "before commit {gone} cannot be found or fetched (force push)"
        )),
        "{}",
        stderr(&r.out)
    );
    assert!(
        r.outputs
            .contains(&format!("range=refs/remotes/origin/main..{feature}\n")),
        "{}",
        r.outputs
    );
    assert!(r.outputs.contains("findings=3\n"), "{}", r.outputs);
    // Only the new commit: the key that `main` already holds (b.txt) is not reported again.
    let blob = format!("{SERVER}/{REPOSITORY}/blob/{feature}");
    let short = &feature[..12];
    let acme_fix = "Revoke it under Settings \\| Tokens in the Acme console, then issue a new one.";
    let google_row_start = format!(
        "| Google API key (Gemini, AI Studio, Maps, Firebase, Cloud) (`google-api-key`) | high | \
         [notes.md:1]({blob}/notes.md#L1) | `{short}` | `AIza********` | "
    );
    let rows = table_rows(&r.summary);
    assert_eq!(rows.len(), 3, "{}", r.summary);
    let acme_rows: Vec<&String> = rows.iter().filter(|l| l.contains("acme-deploy")).collect();
    assert_eq!(
        acme_rows,
        vec![
            &format!(
                "| Acme deploy token (`acme-deploy-token`) | medium | \
                 [deploy/zürich config.txt:2]({blob}/deploy/z%C3%BCrich%20config.txt#L2) | \
                 `{short}` | `acme********` | {acme_fix} |"
            ),
            &format!(
                "| Acme deploy token (`acme-deploy-token`) | medium | \
                 [deploy/zürich config.txt:4]({blob}/deploy/z%C3%BCrich%20config.txt#L4) | \
                 `{short}` | `acme********` | {acme_fix} |"
            ),
        ],
        "{}",
        r.summary
    );
    assert!(
        rows.iter().any(|l| l.starts_with(&google_row_start)),
        "{}",
        r.summary
    );
    let head = format!(
        "## leakgate\n\
         \n\
         Scanned `refs/remotes/origin/main..{feature}`.\n\
         \n\
         > [!WARNING]\n\
         > Force push: the push rewrote history: its previous tip `{}` is gone from origin, so the \
         pushed range cannot be worked out. Scanned what `main` lacks (the commits reachable from \
         `{short}` but not from `origin/main`) instead, as the pre-push gate does.\n\
         \n\
         **3 secret(s) found.** Remove them from the history and revoke each key at its provider.\n\
         \n\
         | Rule | Severity | Location | Commit | Secret (redacted) | Remediation |\n\
         | --- | --- | --- | --- | --- | --- |\n",
        &gone[..12]
    );
    assert!(r.summary.starts_with(&head), "{}", r.summary);
    assert!(
        r.summary.ends_with(
            "\n### Findings by rule\n\
             \n\
             | Rule | Findings |\n\
             | --- | --- |\n\
             | `acme-deploy-token` | 2 |\n\
             | `google-api-key` | 1 |\n"
        ),
        "{}",
        r.summary
    );
    // Annotations name the real path, not the SARIF URI.
    assert!(
        stdout(&r.out).contains(
            "::error file=deploy/zürich config.txt,line=2,col=9,title=acme-deploy-token::"
        ),
        "{}",
        stdout(&r.out)
    );
    validate_sarif(std::slice::from_ref(&r.sarif_path));

    // A force push to the default branch itself: origin/main is the pushed commit by now, so
    // all of its history is scanned (the key of b.txt).
    let r = run_action_with(
        &fx,
        "push",
        &forced("refs/heads/main", &fx.main),
        &[("INPUT_ARGS", &args)],
    );
    assert_eq!(r.out.status.code(), Some(1), "{}", stderr(&r.out));
    assert!(
        r.outputs.contains(&format!("range=..{}\n", fx.main)),
        "{}",
        r.outputs
    );
    assert_eq!(
        sarif_results(r.sarif.as_ref().expect("SARIF")),
        vec![(
            "google-api-key".into(),
            "b.txt".into(),
            2,
            fx.key_commit.clone()
        )]
    );
    assert!(
        r.summary.contains(&format!(
            "Scanned the history of `{main}`.\n\n> [!WARNING]\n> Force push: the push rewrote \
             history: its previous tip `{}` is gone from origin, so the pushed range cannot be \
             worked out. Scanned the full history of `{}` instead, as the pre-push gate does.\n",
            &gone[..12],
            &fx.main[..12],
            main = fx.main
        )),
        "{}",
        r.summary
    );

    // Without a default branch in the event: all history of the pushed commit.
    let mut no_default = forced("refs/heads/feature", &feature);
    no_default["repository"] = serde_json::json!({});
    let r = run_action_with(&fx, "push", &no_default, &[("INPUT_ARGS", &args)]);
    assert_eq!(r.out.status.code(), Some(1), "{}", stderr(&r.out));
    assert!(
        r.outputs.contains(&format!("range=..{feature}\n")),
        "{}",
        r.outputs
    );
    assert!(r.outputs.contains("findings=4\n"), "{}", r.outputs);
}

// ---------------------------------------------------------------------------------------------
// Installing the binary: scripts/install.sh and scripts/action-install.sh

const TARGET: &str = "x86_64-unknown-linux-musl";

/// A release directory laid out like GitHub's (`download/v<version>/<asset>`,
/// `latest/download/SHA256SUMS`), served as a `file://` URL.
struct FakeReleases {
    dir: tempfile::TempDir,
}

impl FakeReleases {
    fn new() -> FakeReleases {
        FakeReleases {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn base(&self) -> String {
        format!("file://{}", self.dir.path().display())
    }

    /// Publishes `leakgate-<version>-<target>.tar.gz` holding a stand-in binary that prints
    /// `fake leakgate <version>`; with `corrupt`, SHA256SUMS lists a wrong checksum for it.
    fn publish(&self, version: &str, target: &str, corrupt: bool) {
        use sha2::Digest;
        let rel = self.dir.path().join(format!("download/v{version}"));
        let name = format!("leakgate-{version}-{target}");
        let stage = tempfile::tempdir().expect("tempdir");
        fs::create_dir_all(stage.path().join(&name)).expect("mkdir");
        let bin = stage.path().join(&name).join("leakgate");
        fs::write(&bin, format!("#!/bin/sh\necho fake leakgate {version}\n")).expect("w");
        make_executable(&bin);
        fs::create_dir_all(&rel).expect("mkdir");
        let asset = format!("{name}.tar.gz");
        let tar = Command::new("tar")
            .arg("-czf")
            .arg(rel.join(&asset))
            .arg("-C")
            .arg(stage.path())
            .arg(&name)
            .status()
            .expect("tar runs");
        assert!(tar.success());
        let mut sum = hex(&sha2::Sha256::digest(
            fs::read(rel.join(&asset)).expect("r"),
        ));
        if corrupt {
            let first = if sum.starts_with('0') { "1" } else { "0" };
            sum = format!("{first}{}", &sum[1..]);
        }
        let sums = rel.join("SHA256SUMS");
        let mut text = fs::read_to_string(&sums).unwrap_or_default();
        text.push_str(&format!("{sum}  {asset}\n"));
        fs::write(&sums, text).expect("w");
    }

    fn set_latest(&self, version: &str) {
        let latest = self.dir.path().join("latest/download");
        fs::create_dir_all(&latest).expect("mkdir");
        fs::copy(
            self.dir
                .path()
                .join(format!("download/v{version}/SHA256SUMS")),
            latest.join("SHA256SUMS"),
        )
        .expect("copy");
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn make_executable(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(p, fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// Runs a script of scripts/ with only the given GitHub/installer variables set.
fn run_script(name: &str, home: &Path, envs: &[(&str, &str)]) -> Output {
    let mut c = Command::new("bash");
    c.arg(scripts().join(name))
        .current_dir(home)
        .env("HOME", home);
    for v in [
        "GITHUB_ACTION_REF",
        "GITHUB_ACTION_PATH",
        "GITHUB_OUTPUT",
        "LEAKGATE_ACTION_REF",
        "LEAKGATE_VERSION",
        "LEAKGATE_TARGET",
        "LEAKGATE_RELEASE_BASE_URL",
        "LEAKGATE_INSTALL_ROOT",
        "LEAKGATE_CARGO",
        "INSTALL_DIR",
        "RUNNER_TEMP",
    ] {
        c.env_remove(v);
    }
    c.envs(envs.iter().copied()).output().expect("bash runs")
}

fn run_bin(p: &Path) -> String {
    stdout(&Command::new(p).output().expect("runs"))
}

#[test]
fn install_script_checks_the_checksum_and_installs_the_release_binary() {
    let rel = FakeReleases::new();
    rel.publish("0.1.0", TARGET, false);
    rel.publish("0.1.0", "x86_64-apple-darwin", false);
    rel.publish("0.2.0", TARGET, true);
    rel.set_latest("0.1.0");
    let home = tempfile::tempdir().expect("tempdir");
    let base = rel.base();
    let base = base.as_str();
    fn with<'a>(base: &'a str, extra: &[(&'static str, &'a str)]) -> Vec<(&'static str, &'a str)> {
        let mut v = vec![
            ("LEAKGATE_RELEASE_BASE_URL", base),
            ("LEAKGATE_TARGET", TARGET),
        ];
        v.extend_from_slice(extra);
        v
    }
    let env = |extra: &[(&'static str, &'static str)]| with(base, extra);

    // The latest release, into ~/.local/bin by default.
    let out = run_script("install.sh", home.path(), &env(&[]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let installed = home.path().join(".local/bin/leakgate");
    assert_eq!(run_bin(&installed), "fake leakgate 0.1.0\n");
    assert!(stderr(&out).contains(&format!(
        "installed leakgate 0.1.0 ({TARGET}) to {}",
        installed.display()
    )));

    // A checksum mismatch fails closed: nothing is installed, and nothing is replaced.
    let dir = home.path().join("bin2");
    let dir_s = dir.to_str().expect("utf8");
    let out = run_script(
        "install.sh",
        home.path(),
        &with(
            base,
            &[("LEAKGATE_VERSION", "v0.2.0"), ("INSTALL_DIR", dir_s)],
        ),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "error: checksum mismatch for leakgate-0.2.0-{TARGET}.tar.gz"
        )),
        "{}",
        stderr(&out)
    );
    assert!(!dir.join("leakgate").exists());

    // A given version, into INSTALL_DIR.
    let out = run_script(
        "install.sh",
        home.path(),
        &with(
            base,
            &[("LEAKGATE_VERSION", "0.1.0"), ("INSTALL_DIR", dir_s)],
        ),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(run_bin(&dir.join("leakgate")), "fake leakgate 0.1.0\n");

    // No such release, or none for this target: exit 3 (the Action then builds from source).
    let out = run_script(
        "install.sh",
        home.path(),
        &env(&[("LEAKGATE_VERSION", "9.9.9")]),
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no release found at"),
        "{}",
        stderr(&out)
    );
    let out = run_script(
        "install.sh",
        home.path(),
        &[
            ("LEAKGATE_RELEASE_BASE_URL", base),
            ("LEAKGATE_TARGET", "aarch64-unknown-linux-musl"),
        ],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the release has no archive for aarch64-unknown-linux-musl"),
        "{}",
        stderr(&out)
    );

    // Plain http is refused.
    let out = run_script(
        "install.sh",
        home.path(),
        &[("LEAKGATE_RELEASE_BASE_URL", "http://example.com/releases")],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn action_install_uses_the_cache_then_the_tag_release_then_a_source_build() {
    let rel = FakeReleases::new();
    rel.publish("0.1.0", TARGET, false);
    rel.publish("0.2.0", TARGET, true);
    let home = tempfile::tempdir().expect("tempdir");
    // A stand-in cargo: records its arguments and "builds" ROOT/bin/leakgate.
    let cargo = home.path().join("fake-cargo");
    let log = home.path().join("cargo.log");
    fs::write(
        &cargo,
        format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\nmkdir -p \"$6/bin\"\nprintf '#!/bin/sh\\necho built\\n' > \"$6/bin/leakgate\"\nchmod +x \"$6/bin/leakgate\"\n",
            log.display()
        ),
    )
    .expect("w");
    make_executable(&cargo);
    let base = rel.base();
    let src = env!("CARGO_MANIFEST_DIR");
    let case = |name: &str, extra: &[(&str, &str)]| -> (Output, PathBuf, String) {
        let root = home.path().join(name);
        let outputs = home.path().join(format!("{name}.out"));
        let root_s = root.to_str().expect("utf8").to_string();
        let outputs_s = outputs.to_str().expect("utf8").to_string();
        let mut env = vec![
            ("LEAKGATE_RELEASE_BASE_URL", base.as_str()),
            ("LEAKGATE_TARGET", TARGET),
            ("LEAKGATE_INSTALL_ROOT", root_s.as_str()),
            ("LEAKGATE_CARGO", cargo.to_str().expect("utf8")),
            ("GITHUB_OUTPUT", outputs_s.as_str()),
        ];
        env.extend_from_slice(extra);
        let out = run_script("action-install.sh", home.path(), &env);
        (
            out,
            root.join("bin/leakgate"),
            fs::read_to_string(&outputs).unwrap_or_default(),
        )
    };
    let cargo_calls = || fs::read_to_string(&log).unwrap_or_default();

    // A version tag with a release: its binary, no build.
    let (out, bin, outputs) = case("tagged", &[("GITHUB_ACTION_REF", "v0.1.0")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(run_bin(&bin), "fake leakgate 0.1.0\n");
    assert_eq!(outputs, format!("bin={}\nsource=release\n", bin.display()));
    // Composite actions often see GITHUB_ACTION_REF empty: the ref is read from the action's path.
    let (out, bin, outputs) = case(
        "by-path",
        &[(
            "GITHUB_ACTION_PATH",
            "/runner/_actions/leakgate/leakgate/v0.1.0",
        )],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(run_bin(&bin), "fake leakgate 0.1.0\n");
    assert!(outputs.ends_with("source=release\n"), "{outputs}");
    assert_eq!(cargo_calls(), "");

    // A checksum mismatch fails closed: no binary and no fallback build.
    let (out, bin, outputs) = case("mismatch", &[("LEAKGATE_ACTION_REF", "v0.2.0")]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("checksum mismatch"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("not falling back to a build"),
        "{}",
        stderr(&out)
    );
    assert!(!bin.exists());
    assert_eq!(outputs, "");
    assert_eq!(cargo_calls(), "");

    // A tag without a release, and a branch: built from the action's source.
    for (name, r#ref) in [("no-release", "v0.3.0"), ("branch", "main")] {
        let (out, bin, outputs) = case(name, &[("GITHUB_ACTION_REF", r#ref)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(run_bin(&bin), "built\n");
        assert_eq!(outputs, format!("bin={}\nsource=build\n", bin.display()));
        let root = home.path().join(name);
        assert!(
            cargo_calls().ends_with(&format!(
                "install --locked --path {src} --root {}\n",
                root.display()
            )),
            "{}",
            cargo_calls()
        );
    }
    assert_eq!(cargo_calls().lines().count(), 2);

    // A binary restored by the cache is used as it is.
    let (out, bin, outputs) = case("branch", &[("GITHUB_ACTION_REF", "v0.1.0")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(run_bin(&bin), "built\n");
    assert!(outputs.ends_with("source=cache\n"), "{outputs}");
    assert_eq!(cargo_calls().lines().count(), 2);
}

// ---------------------------------------------------------------------------------------------
// The pre-commit hook for an installed binary

#[test]
fn pre_commit_system_hook_runs_the_leakgate_on_path() {
    if !have("pre-commit") {
        eprintln!(
            "note: pre-commit is not on PATH; skipping `pre-commit try-repo` (CI installs it)"
        );
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    fs::write(dir.path().join("app.py"), "print('hi')\n").expect("w");
    git(dir.path(), &["add", "app.py"]);
    git(dir.path(), &["commit", "-q", "-m", "init"]);
    let k = google_api_key(&mut Fake::new(71));
    fs::write(dir.path().join("maps.txt"), format!("x\nMAPS_KEY={k}\n")).expect("w");
    git(dir.path(), &["add", "maps.txt"]);
    let home = tempfile::tempdir().expect("tempdir");
    // `language: system` builds nothing: the test binary's directory goes first on PATH.
    let path = format!(
        "{}:{}",
        bin().parent().expect("bin dir").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let try_repo = || {
        Command::new("pre-commit")
            .args(["try-repo", env!("CARGO_MANIFEST_DIR"), "leakgate-system"])
            .current_dir(dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("PRE_COMMIT_HOME", home.path())
            .env("PATH", &path)
            .env_remove("LEAKGATE_FORMAT")
            .env_remove("LEAKGATE_CONFIG")
            .output()
            .expect("pre-commit runs")
    };
    let out = try_repo();
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!out.status.success(), "try-repo passed a staged key: {all}");
    assert!(all.contains("- hook id: leakgate-system"), "{all}");
    assert!(all.contains("maps.txt:2:10"), "{all}");
    assert!(!all.contains(&k), "{all}");
    // Without the key the hook passes.
    git(dir.path(), &["rm", "-q", "--cached", "maps.txt"]);
    let out = try_repo();
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(out.status.success(), "{all}");
    assert!(
        all.lines().any(|l| l
            .starts_with("leakgate (secrets in staged changes, leakgate on PATH)")
            && l.ends_with("Passed")),
        "{all}"
    );
}
