//! `leakgate scan`: paths shown as typed (issue 12), `.gitignore` counted and named (issue 12),
//! tracked files never ignored (issue 11).

use crate::common::*;
use std::path::Path;

/// The shown `at:` paths of human output, in order.
fn shown_paths(o: &std::process::Output) -> Vec<String> {
    stdout(o)
        .lines()
        .filter_map(|l| l.trim().strip_prefix("at:"))
        .map(|l| l.trim().rsplitn(3, ':').last().unwrap_or("").to_string())
        .collect()
}

fn aws_line(seed: u64) -> String {
    format!(
        "aws_access_key_id={}\n",
        aws_access_key_id(&mut Fake::new(seed))
    )
}

/// A work tree `repo/` with `repo/sub/a.env`, and a directory `plain/` beside it with `b.env`.
fn layout() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(&repo).expect("mkdir");
    git_init(&repo);
    write(&repo, "sub/a.env", &aws_line(1));
    write(dir.path(), "plain/b.env", &aws_line(2));
    dir
}

#[test]
fn scan_shows_paths_as_typed_like_rg() {
    let dir = layout();
    let top = dir.path();
    let repo = top.join("repo");
    // No path: relative to the current directory, no `./`.
    assert_eq!(shown_paths(&leakgate(&repo, &["scan"])), ["sub/a.env"]);
    // `.`: as typed.
    assert_eq!(
        shown_paths(&leakgate(&repo, &["scan", "."])),
        ["./sub/a.env"]
    );
    // A subdirectory from above the work tree.
    assert_eq!(
        shown_paths(&leakgate(top, &["scan", "repo/sub"])),
        ["repo/sub/a.env"]
    );
    // An absolute root prints absolute paths (today: `a.env`, relative to the root).
    let abs = repo.join("sub");
    let abs_s = abs.to_str().expect("utf-8 temp path");
    assert_eq!(
        shown_paths(&leakgate(top, &["scan", abs_s])),
        [format!("{abs_s}/a.env")]
    );
    // Two roots: each as typed (today: one relative to the first root's tree, one absolute).
    let plain = top.join("plain");
    let plain_s = plain.to_str().expect("utf-8 temp path");
    let mut both = shown_paths(&leakgate(&repo, &["scan", "sub", plain_s]));
    both.sort();
    assert_eq!(both, [format!("{plain_s}/b.env"), "sub/a.env".to_string()]);
}

#[test]
fn scan_keeps_the_stable_path_for_machine_formats_and_policy() {
    let dir = layout();
    let repo = dir.path().join("repo");
    let abs = repo.join("sub");
    // exclude_paths and allow.paths match the path relative to the work tree, however the root
    // was typed.
    write(
        &repo,
        ".leakgate.yaml",
        "allow:\n  - paths: ['sub/**']\n    reason: fixture\n",
    );
    for args in [
        vec!["scan", "--format", "json"],
        vec!["scan", ".", "--format", "json"],
        vec!["scan", "sub/../sub", "--format", "json"],
        vec!["scan", abs.to_str().expect("utf-8"), "--format", "json"],
    ] {
        let o = leakgate(&repo, &args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let v = json(&o);
        let f = &v["findings"][0];
        assert_eq!(f["provenance"]["path"], "sub/a.env", "{args:?}");
        assert!(f["suppression"].is_object(), "{args:?}: allowed by path");
    }
    let o = leakgate(&repo, &["scan", ".", "--format", "json"]);
    assert_eq!(
        json(&o)["findings"][0]["provenance"]["shown"],
        "./sub/a.env"
    );
}

/// A work tree whose `.gitignore` ignores `.env*`, `build/` and `*.log`, holding a key in each of:
/// an ignored `.env` and `.env.production`, an ignored untracked `build/out.txt`, and two tracked
/// files that the patterns also match (`build/kept.txt`, `app.log`).
fn ignoring_tree(root: &Path) {
    git_init(root);
    write(root, ".gitignore", ".env*\nbuild/\n*.log\n");
    write(root, ".env", &aws_line(3));
    write(root, ".env.production", &aws_line(4));
    write(root, "build/out.txt", &aws_line(5));
    write(root, "build/kept.txt", &aws_line(6));
    write(root, "app.log", &aws_line(7));
    git(root, &["add", ".gitignore"]);
    git(root, &["add", "-f", "build/kept.txt", "app.log"]);
}

#[test]
fn issue11_scan_never_ignores_what_git_tracks() {
    let dir = tempfile::tempdir().expect("tempdir");
    ignoring_tree(dir.path());
    let o = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let mut rows = finding_rows(&json(&o));
    rows.sort();
    assert_eq!(
        rows,
        [
            row("aws-access-key-id", "app.log", 1, 19),
            row("aws-access-key-id", "build/kept.txt", 1, 19),
        ]
    );
}

#[test]
fn scan_counts_gitignored_paths_and_names_ignored_env_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    ignoring_tree(dir.path());
    let o = leakgate(dir.path(), &["scan", "--format", "json"]);
    let v = json(&o);
    // `.env`, `.env.production` and `build/out.txt` (the directory is entered only for what git
    // tracks there).
    assert_eq!(v["summary"]["skipped_ignored"], 3, "{v}");
    let err = stderr(&o);
    for name in [".env", ".env.production"] {
        assert!(
            err.contains(&format!(
                "warning: {name}: not scanned (ignored by .gitignore; --no-ignore to include)"
            )),
            "{err}"
        );
    }
    assert!(err.contains("3 ignored by .gitignore"), "{err}");
    let stats = leakgate(dir.path(), &["scan", "--stats"]);
    assert!(
        stderr(&stats).contains("gitignored:          3"),
        "{}",
        stderr(&stats)
    );
    // --no-ignore scans them all, and ignores nothing.
    let all = leakgate(dir.path(), &["scan", "--no-ignore", "--format", "json"]);
    let v = json(&all);
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(5), "{v}");
    assert_eq!(v["summary"]["skipped_ignored"], 0);
}

#[test]
fn bare_mirror_reads_the_config_committed_at_head() {
    let top = tempfile::tempdir().expect("tempdir");
    let work = top.path().join("work");
    std::fs::create_dir_all(&work).expect("mkdir");
    git_init(&work);
    write(&work, "fixtures/k.txt", &aws_line(8));
    write(&work, ".leakgate.yaml", "exclude_paths: ['fixtures/**']\n");
    commit(&work, "fixture and its config");
    git(top.path(), &["clone", "-q", "--mirror", "work", "m.git"]);
    let mirror = top.path().join("m.git");

    // Today: the mirror ignores the committed config and reports the fixture.
    let o = leakgate(&mirror, &["git", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("config: HEAD:.leakgate.yaml"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("1 excluded by config"),
        "{}",
        stderr(&o)
    );
    // The work tree says which file applied; --isolated uses none.
    let o = leakgate(&work, &["git", "."]);
    assert!(stderr(&o).contains("/.leakgate.yaml"), "{}", stderr(&o));
    let o = leakgate(&mirror, &["git", ".", "--isolated"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("config: none"), "{}", stderr(&o));

    // A committed config naming rule files cannot be honoured without a work tree: exit 2.
    write(&work, ".leakgate.yaml", "rules: [more.yaml]\n");
    write(&work, "more.yaml", "rules: []\n");
    commit(&work, "rule files");
    git(&mirror, &["fetch", "-q", "origin"]);
    let o = leakgate(&mirror, &["git", "."]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("HEAD:.leakgate.yaml: names rule files"),
        "{}",
        stderr(&o)
    );
}
