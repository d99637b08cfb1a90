//! Tests for `leakgate git`: fixture repositories built with pinned identity and dates, scanned,
//! and the JSON output checked for exact rule, path, line and commit.

use crate::common::*;
use serde_json::Value;
use std::path::Path;

fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    dir
}

/// Runs `leakgate git <repo> --format json --all-locations <args>` from `cwd`: one record per
/// commit and path, as these tests check attribution place by place.
fn scan_in(cwd: &Path, repo: &str, args: &[&str]) -> (std::process::Output, Value) {
    let mut all = vec!["git", repo, "--format", "json", "--all-locations"];
    all.extend_from_slice(args);
    let out = leakgate(cwd, &all);
    let v = if out.stdout.is_empty() {
        Value::Null
    } else {
        json(&out)
    };
    (out, v)
}

fn scan(dir: &Path, args: &[&str]) -> (std::process::Output, Value) {
    scan_in(dir, ".", args)
}

/// (rule id, path, line, commit) of every finding, in report order.
fn found(v: &Value) -> Vec<(String, String, u64, String)> {
    v["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            let p = &f["provenance"];
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                p["path"]
                    .as_str()
                    .or(p["name"].as_str())
                    .or(p["blob"].as_str())
                    .unwrap_or_default()
                    .to_string(),
                f["location"]["start_line"].as_u64().unwrap_or(0),
                p["commit"]
                    .as_str()
                    .or(p["tag"].as_str())
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect()
}

fn f(rule: &str, path: &str, line: u64, commit: &str) -> (String, String, u64, String) {
    (rule.into(), path.into(), line, commit.into())
}

const OPENAI: &str = "openai-project-key";

#[test]
fn secret_added_then_deleted_is_found_at_the_commit_that_added_it() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(1));
    write(d, "README", "hello\n");
    let c1 = commit(d, "init");
    write(d, ".env", &format!("# settings\nOPENAI_API_KEY={k}\n"));
    let c2 = commit(d, "add env");
    git(d, &["rm", "-q", ".env"]);
    commit(d, "remove env");
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found(&v), vec![f(OPENAI, ".env", 2, &c2)]);
    let fd = &v["findings"][0];
    assert_eq!(fd["location"]["start_column"], 16);
    assert_eq!(fd["provenance"]["kind"], "commit");
    assert_eq!(fd["provenance"]["part"], "file");
    assert_eq!(fd["provenance"]["author"]["name"], "Ada Author");
    assert_eq!(fd["provenance"]["author"]["email"], "ada@example.com");
    assert_eq!(
        fd["provenance"]["author"]["date"],
        "2024-01-02T03:04:05+00:00"
    );
    assert!(fd["provenance"].get("unreachable").is_none());
    assert_ne!(c1, c2);
    let err = stderr(&out);
    assert!(err.contains("1 finding in"), "{err}");
    assert!(err.contains("3 commits walked"), "{err}");
}

#[test]
fn human_output_shows_commit_path_author_and_date() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(2));
    write(d, "app.py", &format!("KEY = \"{k}\"\n"));
    let c = commit(d, "add app");
    let out = leakgate(d, &["git", "."]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("app.py:1:8"), "{text}");
    assert!(text.contains(&format!("commit:      {c}")), "{text}");
    assert!(
        text.contains("Ada Author <ada@example.com> 2024-01-02T03:04:05+00:00"),
        "{text}"
    );
    assert!(!text.contains(&k), "secret must be redacted: {text}");
}

#[test]
fn secret_rotated_to_a_placeholder_is_still_reported_once() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(3));
    write(d, "config.ini", &format!("[api]\nkey = {k}\n"));
    let c1 = commit(d, "config");
    write(
        d,
        "config.ini",
        &key(&["[api]\nkey = ", "sk-proj-", "your_api_key_here\n"]),
    );
    commit(d, "rotate");
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found(&v), vec![f(OPENAI, "config.ini", 2, &c1)]);
}

#[test]
fn secret_only_on_an_unmerged_side_branch_is_found_and_branch_limits_the_walk() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(4));
    write(d, "README", "hello\n");
    commit(d, "init");
    git(d, &["checkout", "-q", "-b", "side"]);
    write(
        d,
        "src/keys.rs",
        &format!("// keys\n\nconst K: &str = \"{k}\";\n"),
    );
    let side = commit(d, "side work");
    git(d, &["checkout", "-q", "main"]);
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found(&v), vec![f(OPENAI, "src/keys.rs", 3, &side)]);

    let (out, v) = scan(d, &["--branch", "main"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(found(&v).is_empty());
    let (out, v) = scan(d, &["--branch", "side"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found(&v), vec![f(OPENAI, "src/keys.rs", 3, &side)]);
}

#[test]
fn secret_introduced_by_a_merge_resolution_is_attributed_to_the_merge() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(5));
    write(d, "settings.txt", "mode = base\n");
    commit(d, "base");
    git(d, &["checkout", "-q", "-b", "feature"]);
    write(d, "settings.txt", "mode = feature\n");
    commit(d, "feature");
    git(d, &["checkout", "-q", "main"]);
    write(d, "settings.txt", "mode = main\n");
    commit(d, "main");
    // Resolve the conflict by hand with content neither side had.
    git(
        d,
        &[
            "merge",
            "-q",
            "--no-ff",
            "--no-commit",
            "-s",
            "ours",
            "feature",
        ],
    );
    write(d, "settings.txt", &format!("mode = merged\ntoken = {k}\n"));
    let merge = commit(d, "merge feature");
    assert_eq!(
        stdout(&git(d, &["rev-list", "--parents", "-n1", "HEAD"]))
            .split_whitespace()
            .count(),
        3,
        "a merge commit"
    );
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found(&v), vec![f(OPENAI, "settings.txt", 2, &merge)]);
}

#[test]
fn a_merge_that_takes_a_side_introduces_nothing() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(6));
    write(d, "README", "hello\n");
    commit(d, "init");
    git(d, &["checkout", "-q", "-b", "feature"]);
    write(d, "key.txt", &format!("{k}\n"));
    let feature = commit(d, "feature adds key");
    git(d, &["checkout", "-q", "main"]);
    write(d, "other.txt", "x\n");
    commit(d, "main work");
    git(d, &["merge", "-q", "--no-ff", "-m", "merge", "feature"]);
    let (_, v) = scan(d, &[]);
    assert_eq!(found(&v), vec![f(OPENAI, "key.txt", 1, &feature)]);
}

#[test]
fn amended_away_commit_is_reported_as_unreachable_unless_reachable_only() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(7));
    write(d, "README", "hello\n");
    commit(d, "init");
    write(
        d,
        "deploy.sh",
        &format!("#!/bin/sh\nexport OPENAI_API_KEY={k}\n"),
    );
    let original = commit(d, "deploy");
    write(
        d,
        "deploy.sh",
        "#!/bin/sh\nexport OPENAI_API_KEY=\"$SECRET\"\n",
    );
    git(d, &["add", "-A"]);
    git(d, &["commit", "-q", "--amend", "-m", "deploy"]);
    assert_ne!(rev(d, "HEAD"), original);
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found(&v), vec![f(OPENAI, "deploy.sh", 2, &original)]);
    assert_eq!(v["findings"][0]["provenance"]["unreachable"], true);
    assert!(
        stderr(&out).contains("1 unreachable commit"),
        "{}",
        stderr(&out)
    );

    let (out, v) = scan(d, &["--reachable-only"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(found(&v).is_empty());
}

#[test]
fn dangling_blob_without_a_commit_is_reported_as_unreachable() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(8));
    write(d, "README", "hello\n");
    commit(d, "init");
    write(d, "stray.txt", &format!("{k}\n"));
    let blob = stdout(&git(d, &["hash-object", "-w", "stray.txt"]))
        .trim()
        .to_string();
    std::fs::remove_file(d.join("stray.txt")).expect("rm");
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(found(&v), vec![f(OPENAI, &blob, 1, "")]);
    assert_eq!(v["findings"][0]["provenance"]["kind"], "unreachable");
    assert_eq!(v["findings"][0]["blob_id"], blob.as_str());
}

#[test]
fn secrets_in_tag_and_commit_messages_are_found() {
    let r = repo();
    let d = r.path();
    let mut fake = Fake::new(9);
    let in_tag = openai_project_key(&mut fake);
    let in_message = openai_project_key(&mut fake);
    write(d, "README", "hello\n");
    let c1 = commit(d, &format!("init\n\nused key {in_message} for the demo"));
    git(
        d,
        &[
            "tag",
            "-a",
            "v1.0",
            "-m",
            &format!("release\n\nkey: {in_tag}\n"),
        ],
    );
    let tag = rev(d, "v1.0");
    assert_ne!(tag, c1, "an annotated tag object");
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        found(&v),
        vec![
            f(OPENAI, "<commit message>", 3, &c1),
            f(OPENAI, "v1.0", 3, &tag),
        ]
    );
    assert_eq!(v["findings"][0]["provenance"]["part"], "commit_message");
    assert_eq!(v["findings"][1]["provenance"]["kind"], "tag");
    assert_eq!(
        v["findings"][1]["provenance"]["tagger"]["name"],
        "Cy Committer"
    );

    // A deleted tag's object is still in the store: unreachable content.
    git(d, &["tag", "-d", "v1.0"]);
    let (_, v) = scan(d, &[]);
    assert_eq!(found(&v).len(), 2);
    let (_, v) = scan(d, &["--reachable-only"]);
    assert_eq!(found(&v), vec![f(OPENAI, "<commit message>", 3, &c1)]);
}

#[test]
fn a_renamed_file_is_reported_once_at_its_introducing_commit() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(10));
    write(d, "old/creds.txt", &format!("user=ci\nkey={k}\n"));
    let c1 = commit(d, "creds");
    std::fs::create_dir_all(d.join("new")).expect("mkdir");
    git(d, &["mv", "old/creds.txt", "new/creds.txt"]);
    commit(d, "move");
    let (_, v) = scan(d, &[]);
    assert_eq!(found(&v), vec![f(OPENAI, "old/creds.txt", 2, &c1)]);
}

#[test]
fn one_blob_in_many_commits_is_scanned_once_and_attributed_to_each_introduction() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(11));
    let content = format!("{k}\n");
    write(d, "README", "hello\n");
    write(d, "secret.txt", &content);
    let c1 = commit(d, "add");
    write(d, "README", "hello again\n");
    commit(d, "touch readme");
    git(d, &["rm", "-q", "secret.txt"]);
    commit(d, "remove");
    write(d, "secret.txt", &content);
    let c4 = commit(d, "re-add");
    write(d, "copy.txt", &content);
    commit(d, "copy (not new content)");
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        found(&v),
        vec![
            f(OPENAI, "secret.txt", 1, &c1),
            f(OPENAI, "secret.txt", 1, &c4)
        ]
    );
    // Three distinct blobs: two READMEs and the secret.
    assert_eq!(v["summary"]["blobs_scanned"], 3);
    // Same again from packs.
    git(d, &["gc", "-q"]);
    let (_, v) = scan(d, &[]);
    assert_eq!(v["summary"]["blobs_scanned"], 3);
    assert_eq!(found(&v).len(), 2);
}

#[test]
fn shallow_clone_fails_with_the_remedy_unless_allowed() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(12));
    write(d, "a.txt", &format!("{k}\n"));
    commit(d, "one");
    write(d, "b.txt", "two\n");
    commit(d, "two");
    let parent = tempfile::tempdir().expect("tempdir");
    let url = format!("file://{}", d.display());
    git(
        parent.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
    );
    let clone = parent.path().join("shallow");
    let (out, _) = scan(&clone, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("shallow clone"), "{err}");
    assert!(err.contains("git fetch --unshallow"), "{err}");
    assert!(err.contains("fetch-depth: 0"), "{err}");

    let (out, v) = scan(&clone, &["--allow-shallow"]);
    // The secret is still in the tip's tree: the boundary commit holds it.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found(&v), vec![f(OPENAI, "a.txt", 1, &rev(&clone, "HEAD"))]);
    assert!(stderr(&out).contains("shallow"), "{}", stderr(&out));
}

#[test]
fn bare_clone_reports_the_same_findings() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(13));
    write(d, "x/y.env", &format!("A=1\nB=2\nK={k}\n"));
    let c1 = commit(d, "add");
    let parent = tempfile::tempdir().expect("tempdir");
    git(
        parent.path(),
        &[
            "clone",
            "-q",
            "--bare",
            &d.display().to_string(),
            "bare.git",
        ],
    );
    let (out, v) = scan_in(parent.path(), "bare.git", &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found(&v), vec![f(OPENAI, "x/y.env", 3, &c1)]);
}

#[test]
fn linked_worktree_scans_the_shared_history() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(14));
    write(d, "k.txt", &format!("{k}\n"));
    let c1 = commit(d, "add");
    let parent = tempfile::tempdir().expect("tempdir");
    let wt = parent.path().join("wt");
    git(
        d,
        &[
            "worktree",
            "add",
            "-q",
            "-b",
            "wt",
            &wt.display().to_string(),
        ],
    );
    let (out, v) = scan(&wt, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found(&v), vec![f(OPENAI, "k.txt", 1, &c1)]);
}

#[test]
fn packed_and_loose_objects_are_both_scanned() {
    let r = repo();
    let d = r.path();
    let mut fake = Fake::new(15);
    let (k1, k2) = (openai_project_key(&mut fake), openai_project_key(&mut fake));
    write(d, "one.txt", &format!("{k1}\n"));
    let c1 = commit(d, "one");
    git(d, &["gc", "-q"]);
    write(d, "two.txt", &format!("{k2}\n"));
    let c2 = commit(d, "two");
    assert!(
        d.join(".git/objects/pack")
            .read_dir()
            .expect("pack dir")
            .count()
            > 0
    );
    let (_, v) = scan(d, &[]);
    assert_eq!(
        found(&v),
        vec![f(OPENAI, "one.txt", 1, &c1), f(OPENAI, "two.txt", 1, &c2)]
    );
}

/// main holds an old secret; a pull-request branch adds a new one.
fn pull_request_repo() -> (tempfile::TempDir, String, String, String) {
    let r = repo();
    let d = r.path();
    let mut fake = Fake::new(16);
    let (old, new) = (openai_project_key(&mut fake), openai_project_key(&mut fake));
    write(d, "legacy.cfg", &format!("key={old}\n"));
    let c_old = commit(d, "legacy");
    git(d, &["checkout", "-q", "-b", "feature"]);
    write(d, "docs.md", "docs\n");
    commit(d, "docs");
    // Copying old content is not new content.
    write(d, "legacy-copy.cfg", &format!("key={old}\n"));
    commit(d, "copy legacy");
    write(d, "svc/new.cfg", &format!("# svc\nkey={new}\n"));
    let c_new = commit(d, "new service");
    git(d, &["checkout", "-q", "main"]);
    (r, c_old, c_new, String::new())
}

#[test]
fn range_on_a_pull_request_branch_reports_only_the_new_secret() {
    let (r, c_old, c_new, _) = pull_request_repo();
    let d = r.path();
    let (out, v) = scan(d, &["--range", "main..feature"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found(&v), vec![f(OPENAI, "svc/new.cfg", 2, &c_new)]);
    assert!(
        stderr(&out).contains("3 commits walked"),
        "{}",
        stderr(&out)
    );

    let (_, v) = scan(d, &["--since", "main", "--branch", "feature"]);
    assert_eq!(found(&v), vec![f(OPENAI, "svc/new.cfg", 2, &c_new)]);

    // The full scan still sees both.
    let (_, v) = scan(d, &[]);
    assert_eq!(
        found(&v),
        vec![
            f(OPENAI, "legacy.cfg", 1, &c_old),
            f(OPENAI, "svc/new.cfg", 2, &c_new)
        ]
    );
}

#[test]
fn empty_range_says_so_and_unknown_revision_is_an_error() {
    let (r, _, _, _) = pull_request_repo();
    let d = r.path();
    let (out, v) = scan(d, &["--range", "feature..main"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(found(&v).is_empty());
    assert!(
        stderr(&out).contains("contains no commits"),
        "{}",
        stderr(&out)
    );

    let (out, _) = scan(d, &["--range", "main..no-such-branch"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown revision `no-such-branch`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn not_a_repository_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (out, _) = scan(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a git repository"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn binary_blobs_are_searched_and_oversized_ones_counted() {
    let r = repo();
    let d = r.path();
    let k = openai_project_key(&mut Fake::new(17));
    // A PNG signature and chunk header, then the key: binary, searched through its strings.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0".to_vec();
    png.extend_from_slice(format!("{k}\n").as_bytes());
    std::fs::write(d.join("image.bin"), png).expect("write");
    write(d, "big.txt", &format!("{}\n{k}\n", "x".repeat(4000)));
    write(d, "small.txt", "ok\n");
    let c = commit(d, "files");
    let (out, v) = scan(d, &["--max-file-size", "1000"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        found(&v),
        vec![("openai-project-key".into(), "image.bin".into(), 3, c)]
    );
    assert_eq!(v["findings"][0]["location"]["start_offset"], 17);
    assert_eq!(v["summary"]["skipped_binary"], 0);
    assert_eq!(v["summary"]["binary_searched"], 1);
    assert_eq!(v["summary"]["skipped_too_large"], 1);
    assert_eq!(v["summary"]["blobs_scanned"], 2);
}
