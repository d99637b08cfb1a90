//! The commit gate: `leakgate staged`, `leakgate pre-push`, `leakgate hooks` and the pre-commit
//! framework hook, each against real repositories (the GitHub Action is in `action.rs`).

use crate::common::*;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::row as f;

fn git_try(dir: &Path, args: &[&str]) -> Output {
    git_cmd(dir).args(args).output().expect("git runs")
}

fn commit_count(dir: &Path) -> usize {
    let o = git_try(dir, &["rev-list", "--count", "HEAD"]);
    if !o.status.success() {
        return 0;
    }
    stdout(&o).trim().parse().expect("count")
}

/// A repository with one commit holding `app.py` (three clean lines).
fn repo_with_app() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    fs::write(dir.path().join("app.py"), "import os\n\nprint('hi')\n").expect("write");
    git(dir.path(), &["add", "app.py"]);
    git(dir.path(), &["commit", "-q", "-m", "init"]);
    dir
}

fn staged_json(dir: &Path, extra: &[&str]) -> (Output, Value) {
    let mut args = vec!["staged", "--format", "json"];
    args.extend_from_slice(extra);
    let out = leakgate(dir, &args);
    let v = json(&out);
    (out, v)
}

#[test]
fn staged_reports_the_added_line_of_the_staged_blob() {
    let dir = repo_with_app();
    let k = openai_project_key(&mut Fake::new(41));
    fs::write(
        dir.path().join("app.py"),
        format!("import os\nKEY = \"{k}\"\n\nprint('hi')\n"),
    )
    .expect("write");
    git(dir.path(), &["add", "app.py"]);
    let (out, v) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        finding_rows(&v),
        vec![f("openai-project-key", "app.py", 2, 8)]
    );
    assert_eq!(v["findings"][0]["provenance"]["kind"], "staged");
    let err = stderr(&out);
    assert!(err.contains("commit blocked"), "{err}");
    assert!(
        !err.contains(&k) && !stdout(&out).contains(&k),
        "secret leaked into output"
    );
}

#[test]
fn staged_judges_the_index_not_the_work_tree() {
    // Partially staged: the key is only in the unstaged part.
    let dir = repo_with_app();
    fs::write(
        dir.path().join("app.py"),
        "import os\nimport sys\n\nprint('hi')\n",
    )
    .expect("w");
    git(dir.path(), &["add", "app.py"]);
    let k = anthropic_key(&mut Fake::new(42));
    fs::write(
        dir.path().join("app.py"),
        format!("import os\nimport sys\nK = '{k}'\nprint('hi')\n"),
    )
    .expect("w");
    let (out, v) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(finding_rows(&v).is_empty());
    // And the other way round: staged key, cleaned work tree.
    git(dir.path(), &["add", "app.py"]);
    fs::write(dir.path().join("app.py"), "import os\n").expect("w");
    let (out, v) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        finding_rows(&v),
        vec![f("anthropic-api-key", "app.py", 3, 6)]
    );
}

#[test]
fn staged_ignores_keys_on_untouched_lines_unless_all_lines() {
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    let k = google_api_key(&mut Fake::new(43));
    fs::write(dir.path().join("cfg.txt"), format!("a\nkey={k}\nb\n")).expect("w");
    git(dir.path(), &["add", "."]);
    git(
        dir.path(),
        &["commit", "-q", "-m", "old key, before the gate"],
    );
    fs::write(dir.path().join("cfg.txt"), format!("a\nkey={k}\nb\nc\n")).expect("w");
    git(dir.path(), &["add", "."]);
    let (out, v) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(finding_rows(&v).is_empty());
    assert!(stderr(&out).contains("1 finding on lines this commit does not touch"));
    let (out, v) = staged_json(dir.path(), &["--all-lines"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(finding_rows(&v), vec![f("google-api-key", "cfg.txt", 2, 5)]);
}

#[test]
fn staged_first_commit_nested_paths_and_deletions() {
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    // First commit: no HEAD, every line is added.
    fs::create_dir_all(dir.path().join("src/deep")).expect("mkdir");
    let k = aws_access_key_id(&mut Fake::new(44));
    fs::write(
        dir.path().join("src/deep/x.rs"),
        format!("// x\nlet id = \"{k}\";\n"),
    )
    .expect("w");
    fs::write(dir.path().join("README"), "hello\n").expect("w");
    git(dir.path(), &["add", "."]);
    let (out, v) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        finding_rows(&v),
        vec![f("aws-access-key-id", "src/deep/x.rs", 2, 11)]
    );
    // Committed anyway (no hook yet); deleting the file adds nothing.
    git(dir.path(), &["commit", "-q", "-m", "oops"]);
    git(dir.path(), &["rm", "-q", "src/deep/x.rs"]);
    let (out, v) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(finding_rows(&v).is_empty());
    // Nothing staged at all.
    git(dir.path(), &["commit", "-q", "-m", "remove"]);
    let out = leakgate(dir.path(), &["staged", "--stats"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("0 changed files"), "{}", stderr(&out));
}

#[test]
fn staged_renames_add_only_their_edits() {
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    let k = openai_legacy_key(&mut Fake::new(45));
    let body: String = (0..10).map(|i| format!("line {i}\n")).collect();
    fs::write(dir.path().join("old.cfg"), format!("{body}k={k}\n")).expect("w");
    fs::write(dir.path().join("two.cfg"), &body).expect("w");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "init"]);
    // A pure rename carries the old key but adds no line.
    git(dir.path(), &["mv", "old.cfg", "new.cfg"]);
    let (out, v) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(finding_rows(&v).is_empty());
    // A rename with an edit: only the edit counts.
    fs::write(dir.path().join("new.cfg"), format!("{body}k={k}\nmore\n")).expect("w");
    git(dir.path(), &["add", "new.cfg"]);
    let (out, _) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A rename whose edit adds a key.
    let k2 = openai_legacy_key(&mut Fake::new(46));
    git(dir.path(), &["mv", "two.cfg", "sub-two.cfg"]);
    fs::write(dir.path().join("sub-two.cfg"), format!("{body}t={k2}\n")).expect("w");
    git(dir.path(), &["add", "sub-two.cfg"]);
    let (out, v) = staged_json(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        finding_rows(&v),
        vec![f("openai-api-key", "sub-two.cfg", 11, 3)]
    );
}

#[test]
fn staged_searches_binary_files_and_skips_submodules() {
    let dir = repo_with_app();
    let k = openai_project_key(&mut Fake::new(47));
    let mut bin = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0".to_vec();
    bin.extend_from_slice(k.as_bytes());
    fs::write(dir.path().join("logo.bin"), bin).expect("w");
    git(dir.path(), &["add", "logo.bin"]);
    let head = git_out(dir.path(), &["rev-parse", "HEAD"]);
    let cacheinfo = format!("160000,{head},vendor/lib");
    git(
        dir.path(),
        &["update-index", "--add", "--cacheinfo", &cacheinfo],
    );
    let out = leakgate(dir.path(), &["staged", "--stats", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        finding_rows(&json(&out)),
        vec![row("openai-project-key", "logo.bin", 3, 10)]
    );
    let err = stderr(&out);
    assert!(err.contains("binary (strings):    1 searched"), "{err}");
    assert!(err.contains("1 submodule skipped"), "{err}");
}

#[test]
fn staged_refuses_env_files_even_without_a_key() {
    let dir = repo_with_app();
    fs::create_dir_all(dir.path().join("svc")).expect("mkdir");
    fs::write(dir.path().join("svc/.env"), "DEBUG=1\n").expect("w");
    fs::write(dir.path().join(".env.example"), "API_KEY=changeme\n").expect("w");
    git(dir.path(), &["add", "-f", "svc/.env", ".env.example"]);
    let out = leakgate(dir.path(), &["staged"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("`svc/.env` is a .env file"), "{err}");
    assert!(err.contains(".gitignore"), "{err}");
    assert!(!err.contains("`.env.example` is a .env file"), "{err}");
    git(dir.path(), &["rm", "-q", "--cached", "svc/.env"]);
    let out = leakgate(dir.path(), &["staged"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn staged_outside_a_repository_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = leakgate(dir.path(), &["staged"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not in a git repository"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------------
// Hooks

fn install(dir: &Path, args: &[&str]) -> Output {
    let mut a = vec!["hooks", "install"];
    a.extend_from_slice(args);
    leakgate(dir, &a)
}

#[test]
fn pre_commit_hook_refuses_a_key_and_accepts_clean_changes() {
    let dir = repo_with_app();
    let out = install(dir.path(), &["--pre-commit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let hook = dir.path().join(".git/hooks/pre-commit");
    assert!(hook.exists());
    assert!(!dir.path().join(".git/hooks/pre-push").exists());

    // A key: refused, nothing committed, a message that helps.
    let k = github_token(&mut Fake::new(48), "ghp");
    fs::write(
        dir.path().join("deploy.sh"),
        format!("#!/bin/sh\nTOKEN={k}\n"),
    )
    .expect("w");
    git(dir.path(), &["add", "deploy.sh"]);
    let out = git_try(dir.path(), &["commit", "-q", "-m", "deploy"]);
    assert!(!out.status.success());
    assert_eq!(commit_count(dir.path()), 1);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(all.contains("commit blocked"), "{all}");
    assert!(all.contains("deploy.sh:2:7"), "{all}");
    assert!(all.contains("github-personal-access-token"), "{all}");
    assert!(all.contains("leakgate:allow"), "{all}");
    assert!(all.contains("revoke"), "{all}");
    assert!(!all.contains(&k), "full secret printed: {all}");
    assert!(!all.contains("no-verify"), "{all}");

    // Clean change: accepted.
    git(dir.path(), &["rm", "-q", "--cached", "deploy.sh"]);
    fs::write(dir.path().join("app.py"), "import os\n\nprint('hello')\n").expect("w");
    git(dir.path(), &["add", "app.py"]);
    let out = git_try(dir.path(), &["commit", "-q", "-m", "clean"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(commit_count(dir.path()), 2);

    // Partially staged: the key is only in the work tree: accepted, and the key stays uncommitted.
    fs::write(
        dir.path().join("app.py"),
        "import os\nimport re\n\nprint('hello')\n",
    )
    .expect("w");
    git(dir.path(), &["add", "app.py"]);
    fs::write(
        dir.path().join("app.py"),
        format!("import os\nimport re\nT = '{k}'\nprint('hello')\n"),
    )
    .expect("w");
    let out = git_try(dir.path(), &["commit", "-q", "-m", "partial"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(commit_count(dir.path()), 3);
    assert!(!git_out(dir.path(), &["show", "HEAD:app.py"]).contains(&k));

    // `git commit -a` runs the hook on a temporary index (GIT_INDEX_FILE): still refused.
    let out = git_try(dir.path(), &["commit", "-q", "-a", "-m", "all"]);
    assert!(!out.status.success(), "commit -a slipped through");
    assert_eq!(commit_count(dir.path()), 3);

    // A committed .env: refused.
    fs::write(dir.path().join(".env"), "PORT=8080\n").expect("w");
    git(dir.path(), &["checkout", "-q", "--", "app.py"]);
    git(dir.path(), &["add", ".env"]);
    let out = git_try(dir.path(), &["commit", "-q", "-m", "env"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains(".gitignore"), "{}", stderr(&out));
    assert_eq!(commit_count(dir.path()), 3);

    // A false positive allowed inline goes through.
    git(dir.path(), &["rm", "-q", "--cached", ".env"]);
    fs::write(
        dir.path().join("fixture.txt"),
        format!("TOKEN={k}  # leakgate:allow -- test fixture\n"),
    )
    .expect("w");
    git(dir.path(), &["add", "fixture.txt"]);
    let out = git_try(dir.path(), &["commit", "-q", "-m", "fixture"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn hooks_install_refuses_foreign_hooks_and_uninstall_restores_them() {
    let dir = repo_with_app();
    let hooks = dir.path().join(".git/hooks");
    fs::create_dir_all(&hooks).expect("mkdir");
    fs::write(hooks.join("pre-commit"), "#!/bin/sh\necho mine\n").expect("w");
    let out = install(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert!(
        !hooks.join("pre-push").exists(),
        "nothing written when refused"
    );
    assert_eq!(
        fs::read_to_string(hooks.join("pre-commit")).expect("r"),
        "#!/bin/sh\necho mine\n"
    );

    let out = install(dir.path(), &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(fs::read_to_string(hooks.join("pre-commit"))
        .expect("r")
        .contains("leakgate-managed-hook"));
    assert_eq!(
        fs::read_to_string(hooks.join("pre-commit.pre-leakgate")).expect("r"),
        "#!/bin/sh\necho mine\n"
    );
    // Installing again just updates ours.
    let out = install(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("updated"));

    let out = leakgate(dir.path(), &["hooks", "uninstall"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(hooks.join("pre-commit")).expect("r"),
        "#!/bin/sh\necho mine\n"
    );
    assert!(!hooks.join("pre-push").exists());
    // Uninstall never removes a foreign hook.
    let out = leakgate(dir.path(), &["hooks", "uninstall", "--pre-commit"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("not a leakgate hook"));
    assert!(hooks.join("pre-commit").exists());
}

#[test]
fn hooks_honour_core_hooks_path_and_linked_worktrees() {
    let dir = repo_with_app();
    git(dir.path(), &["config", "core.hooksPath", "ci/hooks"]);
    let out = install(dir.path(), &["--pre-commit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dir.path().join("ci/hooks/pre-commit").exists());
    assert!(!dir.path().join(".git/hooks/pre-commit").exists());
    git(dir.path(), &["config", "--unset", "core.hooksPath"]);

    // From a linked worktree the hooks go to the shared hooks directory, and they work there.
    let wt = tempfile::tempdir().expect("tempdir");
    let wt_path = wt.path().join("wt");
    git(
        dir.path(),
        &[
            "worktree",
            "add",
            "-q",
            "-b",
            "side",
            wt_path.to_str().expect("utf8"),
        ],
    );
    let out = install(&wt_path, &["--pre-commit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dir.path().join(".git/hooks/pre-commit").exists());
    let k = openai_project_key(&mut Fake::new(49));
    fs::write(wt_path.join("k.txt"), format!("{k}\n")).expect("w");
    git(&wt_path, &["add", "k.txt"]);
    let out = git_try(&wt_path, &["commit", "-q", "-m", "k"]);
    assert!(
        !out.status.success(),
        "worktree commit with a key went through"
    );
    assert!(stderr(&out).contains("k.txt:1:1"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// pre-push

fn pre_push(dir: &Path, input: &str) -> Output {
    leakgate_with_input(
        dir,
        &[
            "pre-push",
            "origin",
            "file:///remote.git",
            "--format",
            "json",
        ],
        input.as_bytes(),
    )
}

/// A clone with a local bare "remote" holding the first commit.
fn clone_with_remote() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let top = tempfile::tempdir().expect("tempdir");
    let remote = top.path().join("remote.git");
    let work = top.path().join("work");
    fs::create_dir_all(&work).expect("mkdir");
    git_init(&work);
    fs::write(work.join("a.txt"), "a\n").expect("w");
    git(&work, &["add", "."]);
    git(&work, &["commit", "-q", "-m", "base"]);
    git(top.path(), &["clone", "-q", "--bare", "work", "remote.git"]);
    git(
        &work,
        &["remote", "add", "origin", remote.to_str().expect("utf8")],
    );
    git(&work, &["fetch", "-q", "origin"]);
    (top, work, remote)
}

#[test]
fn pre_push_rejects_malformed_input_and_says_what_it_skips() {
    let (_top, work, _) = clone_with_remote();
    let out = pre_push(&work, "refs/heads/main abc\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("pre-push input line 1"),
        "{}",
        stderr(&out)
    );
    let head = git_out(&work, &["rev-parse", "HEAD"]);
    // A deletion only: nothing to scan, and it says so.
    let out = pre_push(&work, &format!("(delete) {ZERO} refs/heads/old {head}\n"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("refs/heads/old: deletion on the remote, nothing to scan"));
    // An object that is not here: cannot work out the range, fails.
    let missing = "1234567890123456789012345678901234567890";
    let out = pre_push(
        &work,
        &format!("refs/heads/main {missing} refs/heads/main {head}\n"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot work out what to scan"),
        "{}",
        stderr(&out)
    );
    // No input at all: said, not silent.
    let out = pre_push(&work, "");
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("nothing to scan"));
}

/// (rule id, path, line, commit) of every finding in `--format json` output of a history scan.
fn commit_findings(v: &Value) -> Vec<(String, String, u64, String)> {
    v["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().expect("rule_id").to_string(),
                f["provenance"]["path"].as_str().expect("path").to_string(),
                f["location"]["start_line"].as_u64().expect("line"),
                f["provenance"]["commit"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn pre_push_stdin_for_update_new_branch_and_force_push() {
    let (_top, work, _remote) = clone_with_remote();
    let base = git_out(&work, &["rev-parse", "HEAD"]);
    let k = openai_project_key(&mut Fake::new(50));
    fs::write(work.join("b.txt"), format!("x\nk={k}\n")).expect("w");
    git(&work, &["add", "."]);
    git(&work, &["commit", "-q", "-m", "key"]);
    let bad = git_out(&work, &["rev-parse", "HEAD"]);
    fs::write(work.join("c.txt"), "clean\n").expect("w");
    git(&work, &["add", "."]);
    git(&work, &["commit", "-q", "-m", "clean on top"]);
    let top = git_out(&work, &["rev-parse", "HEAD"]);

    // Update: exactly base..top; the key commit is in it.
    let out = pre_push(
        &work,
        &format!("refs/heads/main {top} refs/heads/main {base}\n"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        commit_findings(&json(&out)),
        vec![("openai-project-key".into(), "b.txt".into(), 2, bad.clone())]
    );
    assert!(stderr(&out).contains("push blocked"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 new commits scanned"),
        "{}",
        stderr(&out)
    );

    // An update whose range holds only the clean commit passes.
    let out = pre_push(
        &work,
        &format!("refs/heads/main {top} refs/heads/main {bad}\n"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 new commit scanned"),
        "{}",
        stderr(&out)
    );

    // New branch: only commits no remote-tracking ref holds (origin/main holds base).
    let out = pre_push(
        &work,
        &format!("refs/heads/feature {top} refs/heads/feature {ZERO}\n"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(commit_findings(&json(&out)).len(), 1);
    assert!(
        stderr(&out).contains("2 new commits scanned"),
        "{}",
        stderr(&out)
    );

    // Force push over a remote commit we never fetched: widened to what no remote-tracking ref
    // holds, and said.
    let unknown = "89abcdef0123456789abcdef0123456789abcdef";
    let out = pre_push(
        &work,
        &format!("refs/heads/main {top} refs/heads/main {unknown}\n"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not in this repository"),
        "{}",
        stderr(&out)
    );

    // Force push that rewinds: nothing new, said so.
    let out = pre_push(
        &work,
        &format!("refs/heads/main {base} refs/heads/main {top}\n"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 new commits scanned"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn pre_push_hook_gates_real_pushes_to_a_bare_remote() {
    let (_top, work, remote) = clone_with_remote();
    let out = install(&work, &["--pre-push"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let remote_head = || git_out(&remote, &["rev-parse", "refs/heads/main"]);
    let base = remote_head();

    // Update carrying a key: refused, the remote does not move.
    let k = anthropic_key(&mut Fake::new(51));
    fs::write(work.join("k.py"), format!("K = '{k}'\n")).expect("w");
    git(&work, &["add", "."]);
    git(&work, &["commit", "-q", "-m", "key"]);
    let out = git_try(&work, &["push", "-q", "origin", "main"]);
    assert!(!out.status.success(), "push with a key went through");
    assert_eq!(remote_head(), base);
    let err = stderr(&out);
    assert!(
        err.contains("push blocked") && err.contains("k.py:1:6"),
        "{err}"
    );
    assert!(!err.contains(&k) && !err.contains("no-verify"), "{err}");

    // Rewrite the commit away, push a clean update: accepted.
    git(&work, &["reset", "-q", "--hard", &base]);
    fs::write(work.join("ok.py"), "print(1)\n").expect("w");
    git(&work, &["add", "."]);
    git(&work, &["commit", "-q", "-m", "clean"]);
    let out = git_try(&work, &["push", "-q", "origin", "main"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let clean = remote_head();
    assert_ne!(clean, base);

    // New branch with a key: refused; a clean new branch: accepted.
    git(&work, &["checkout", "-q", "-b", "feature"]);
    fs::write(work.join("f.txt"), format!("{k}\n")).expect("w");
    git(&work, &["add", "."]);
    git(&work, &["commit", "-q", "-m", "feature key"]);
    let out = git_try(&work, &["push", "-q", "origin", "feature"]);
    assert!(!out.status.success());
    assert!(git_try(
        &remote,
        &["rev-parse", "--verify", "-q", "refs/heads/feature"]
    )
    .stdout
    .is_empty());
    git(&work, &["reset", "-q", "--hard", &clean]);
    let out = git_try(&work, &["push", "-q", "origin", "feature"]);
    assert!(out.status.success(), "{}", stderr(&out));

    // Force push that rewrites main with a key: refused.
    git(&work, &["checkout", "-q", "main"]);
    git(&work, &["reset", "-q", "--hard", &base]);
    fs::write(work.join("k.py"), format!("K = '{k}'\n")).expect("w");
    git(&work, &["add", "."]);
    git(&work, &["commit", "-q", "-m", "rewrite with key"]);
    let out = git_try(&work, &["push", "-q", "--force", "origin", "main"]);
    assert!(!out.status.success());
    assert_eq!(remote_head(), clean);

    // Deleting a branch scans nothing and is allowed.
    let out = git_try(&work, &["push", "-q", "origin", "--delete", "feature"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("deletion on the remote"),
        "{}",
        stderr(&out)
    );

    // An annotated tag whose message holds a key: refused.
    git(&work, &["reset", "-q", "--hard", &clean]);
    let msg = format!("release\n\ntoken {k}\n");
    git(&work, &["tag", "-a", "v1", "-m", &msg]);
    let out = git_try(&work, &["push", "-q", "origin", "v1"]);
    assert!(
        !out.status.success(),
        "tag with a key in its message was pushed"
    );
}

// ---------------------------------------------------------------------------------------------
// The pre-commit framework

#[test]
fn pre_commit_framework_try_repo_blocks_a_staged_key() {
    if !have("pre-commit") {
        eprintln!(
            "note: pre-commit is not on PATH; skipping `pre-commit try-repo` (CI installs it)"
        );
        return;
    }
    let dir = repo_with_app();
    let k = openai_project_key(&mut Fake::new(70));
    fs::write(
        dir.path().join("k.env.txt"),
        format!("OPENAI_API_KEY={k}\n"),
    )
    .expect("w");
    git(dir.path(), &["add", "k.env.txt"]);
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let home = tempfile::tempdir().expect("tempdir");
    // `language: rust` runs `cargo install --path .` on a copy of this checkout: build it into a
    // kept target directory, unoptimised, so reruns only relink.
    let out = Command::new("pre-commit")
        .args([
            "try-repo",
            manifest.to_str().expect("utf8"),
            "leakgate",
            "--verbose",
        ])
        .current_dir(dir.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("PRE_COMMIT_HOME", home.path())
        .env("CARGO_TARGET_DIR", manifest.join("target/pre-commit-test"))
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "64")
        .env_remove("LEAKGATE_FORMAT")
        .env_remove("LEAKGATE_CONFIG")
        .output()
        .expect("pre-commit runs");
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!out.status.success(), "try-repo passed a staged key: {all}");
    assert!(all.contains("- hook id: leakgate"), "{all}");
    assert!(all.contains("commit blocked"), "{all}");
    assert!(all.contains("k.env.txt:1:16"), "{all}");
    assert!(!all.contains(&k), "{all}");
}

/// GitHub refuses an action whose metadata is not YAML before any step runs, so the file is parsed
/// here with a strict YAML parser and its required keys are checked; `.ci/run` also validates it
/// against GitHub's schema.
#[test]
fn action_metadata_and_hook_manifest_parse() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let action = std::fs::read_to_string(root.join("action.yml")).expect("read action.yml");
    let v: Value = serde_saphyr::from_str(&action).expect("action.yml is valid YAML");
    assert!(v["name"].is_string() && v["description"].is_string());
    assert_eq!(v["runs"]["using"], "composite");
    for (name, input) in v["inputs"].as_object().expect("inputs") {
        assert!(
            input["description"].is_string(),
            "input {name} has a description"
        );
    }
    let hooks = std::fs::read_to_string(root.join(".pre-commit-hooks.yaml")).expect("read hooks");
    let h: Value = serde_saphyr::from_str(&hooks).expect(".pre-commit-hooks.yaml is valid YAML");
    let ids: Vec<&str> = h
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|x| x["id"].as_str())
        .collect();
    assert!(ids.contains(&"leakgate"), "hook ids: {ids:?}");
}

// ---------------------------------------------------------------------------------------------
// Issue 12: the gates' messages and hook chaining

#[test]
fn gate_message_prints_each_finding_once_with_remediation_and_revoke_page() {
    let dir = repo_with_app();
    let k = aws_access_key_id(&mut Fake::new(61));
    fs::write(dir.path().join("deploy.cfg"), format!("id={k}\n")).expect("w");
    fs::write(dir.path().join(".env.production"), "DEBUG=1\n").expect("w");
    git(dir.path(), &["add", "-f", "deploy.cfg", ".env.production"]);
    let out = leakgate(dir.path(), &["staged"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let all = format!("{}{}", stdout(&out), stderr(&out));
    // Once: today a detail block, then the list again.
    assert_eq!(all.matches("deploy.cfg:1:4").count(), 1, "{all}");
    assert!(
        all.contains("remediation: Deactivate and then delete the access key in IAM"),
        "{all}"
    );
    assert!(
        all.contains("revoke:      https://console.aws.amazon.com/iam/home#/security_credentials")
            || all.contains("revoke:      https://docs.aws.amazon.com/IAM/"),
        "{all}"
    );
    assert!(!all.contains(&k), "{all}");
    // The .env advice names the pattern that keeps `.env.production` out too.
    assert!(
        all.contains("add `.env*` and `!.env.example` to .gitignore"),
        "{all}"
    );
}

#[test]
fn pre_push_message_says_a_committed_secret_must_leave_history() {
    let (_top, work, _remote) = clone_with_remote();
    let base = rev(&work, "HEAD");
    let k = anthropic_key(&mut Fake::new(62));
    fs::write(work.join("k.py"), format!("K = '{k}'\n")).expect("w");
    let first = commit(&work, "key");
    // A later commit adding an allow comment does not take the secret out of the first.
    fs::write(
        work.join("k.py"),
        format!("K = '{k}'  # leakgate:allow -- later\n"),
    )
    .expect("w");
    let tip = commit(&work, "allow it");
    let input = format!("refs/heads/main {tip} refs/heads/main {base}\n");
    let out = leakgate_with_input(&work, &["pre-push", "origin", "x"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("push blocked"), "{err}");
    assert!(err.contains(&format!("(commit {})", &first[..12])), "{err}");
    assert_eq!(err.matches("k.py:1:6").count(), 1, "{err}");
    for needle in [
        "git rebase -i <commit>^",
        "git filter-repo",
        "fingerprints:",
        "leakgate baseline create",
        "An allow comment only helps in the commit",
    ] {
        assert!(err.contains(needle), "missing {needle:?}: {err}");
    }
    assert!(!err.contains("<the line>  # leakgate:allow"), "{err}");
}

#[test]
fn hooks_install_force_chains_the_previous_hook() {
    let dir = repo_with_app();
    let hooks = dir.path().join(".git/hooks");
    fs::create_dir_all(&hooks).expect("mkdir");
    let marker = dir.path().join("previous-ran");
    let previous = format!(
        "#!/bin/sh\necho \"$@\" >> '{}'\ncat >> '{}'\nexit ${{PREVIOUS_EXIT:-0}}\n",
        marker.display(),
        marker.display()
    );
    for name in ["pre-commit", "pre-push"] {
        let p = hooks.join(name);
        fs::write(&p, &previous).expect("w");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).expect("chmod");
        }
    }
    let out = install(dir.path(), &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("runs first"), "{}", stderr(&out));

    // A clean commit: the previous hook runs (marker written), then leakgate's; accepted.
    fs::write(dir.path().join("ok.py"), "print(1)\n").expect("w");
    git(dir.path(), &["add", "ok.py"]);
    let out = git_try(dir.path(), &["commit", "-q", "-m", "ok"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(marker.exists(), "the previous pre-commit hook did not run");

    // The previous hook failing stops the commit, even a clean one.
    fs::write(dir.path().join("ok2.py"), "print(2)\n").expect("w");
    git(dir.path(), &["add", "ok2.py"]);
    let out = git_cmd(dir.path())
        .args(["commit", "-q", "-m", "ok2"])
        .env("PREVIOUS_EXIT", "1")
        .output()
        .expect("git");
    assert!(!out.status.success(), "a failing previous hook was skipped");
    assert_eq!(commit_count(dir.path()), 2);

    // pre-push: both hooks get git's ref lines; leakgate still refuses a key.
    fs::remove_file(&marker).expect("rm");
    let k = anthropic_key(&mut Fake::new(63));
    fs::write(dir.path().join("k.py"), format!("K = '{k}'\n")).expect("w");
    git(dir.path(), &["add", "k.py"]);
    git(dir.path(), &["commit", "-q", "--no-verify", "-m", "key"]);
    let head = rev(dir.path(), "HEAD");
    let line = format!("refs/heads/main {head} refs/heads/main {ZERO}\n");
    let out = Command::new("sh")
        .arg(hooks.join("pre-push"))
        .args(["origin", "file:///nowhere.git"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().expect("stdin").write_all(line.as_bytes())?;
            c.wait_with_output()
        })
        .expect("hook runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("push blocked"), "{}", stderr(&out));
    let seen = fs::read_to_string(&marker).expect("the previous pre-push hook ran");
    assert_eq!(seen, format!("origin file:///nowhere.git\n{line}"));
}

#[test]
fn hook_without_its_binary_names_commands_that_work() {
    let dir = repo_with_app();
    let exe_dir = tempfile::tempdir().expect("tempdir");
    let exe = exe_dir.path().join("leakgate");
    fs::copy(bin(), &exe).expect("copy");
    let out = Command::new(&exe)
        .args(["hooks", "install", "--pre-commit"])
        .current_dir(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    drop(exe_dir);
    let hook = dir.path().join(".git/hooks/pre-commit");
    let out = Command::new("/bin/sh")
        .arg(&hook)
        .current_dir(dir.path())
        .env("PATH", "/nonexistent")
        .output()
        .expect("sh runs");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("cargo install --locked --git https://github.com/leakgate/leakgate leakgate"),
        "{err}"
    );
    assert!(err.contains(&format!("rm '{}'", hook.display())), "{err}");
    // Not a command that needs the missing binary.
    assert!(!err.contains("leakgate hooks uninstall"), "{err}");
}

#[test]
fn inline_allow_naming_an_unknown_rule_id_warns() {
    let dir = repo_with_app();
    let k = aws_access_key_id(&mut Fake::new(64));
    fs::write(
        dir.path().join(".leakgate.yaml"),
        "disabled_rules: [github-personal-access-token]\n",
    )
    .expect("w");
    fs::write(
        dir.path().join("c.cfg"),
        // The marker is joined at run time, so this file holds no allow comment of its own.
        format!(
            "id={k}  # leakgate:{allow} aws-acess-key-id -- typo\n\
             t=1  # leakgate:{allow} github-personal-access-token -- disabled, still known\n",
            allow = "allow"
        ),
    )
    .expect("w");
    let out = leakgate(dir.path(), &["scan", "c.cfg"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("warning: c.cfg:1: inline allow names unknown rule id `aws-acess-key-id`"),
        "{err}"
    );
    assert!(!err.contains("github-personal-access-token"), "{err}");
    // The staged gate warns too, for the lines it adds.
    git(dir.path(), &["add", "c.cfg"]);
    let out = leakgate(dir.path(), &["staged"]);
    assert!(
        stderr(&out).contains("c.cfg:1: inline allow names unknown rule id"),
        "{}",
        stderr(&out)
    );
}
