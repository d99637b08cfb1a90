//! Fail closed in the git sources (issue 11): no content leakgate did not judge passes with exit 0.
//! Each test builds a real repository with the `git` CLI.

use crate::common::*;
use serde_json::Value;
use std::path::Path;
use std::process::{Output, Stdio};

const OPENAI: &str = "openai-project-key";

/// Commits with the given committer date (git's date syntax).
fn commit_at(dir: &Path, msg: &str, date: &str) -> String {
    git(dir, &["add", "-A"]);
    let out = git_command(dir)
        .args(["commit", "-q", "-m", msg])
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_AUTHOR_DATE", date)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "{}", stderr(&out));
    rev(dir, "HEAD")
}

/// `leakgate git . --format json --all-locations <args>` in `dir` (one record per place).
fn scan(dir: &Path, args: &[&str]) -> (Output, Value) {
    let mut all = vec!["git", ".", "--format", "json", "--all-locations"];
    all.extend_from_slice(args);
    let out = leakgate(dir, &all);
    let v = if out.stdout.is_empty() {
        Value::Null
    } else {
        json(&out)
    };
    (out, v)
}

/// (rule, path, line, commit) of every finding.
fn found(v: &Value) -> Vec<(String, String, u64, String)> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let p = &f["provenance"];
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                p["path"].as_str().unwrap_or_default().to_string(),
                f["location"]["start_line"].as_u64().unwrap_or(0),
                p["commit"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn f(rule: &str, path: &str, line: u64, commit: &str) -> (String, String, u64, String) {
    (rule.into(), path.into(), line, commit.into())
}

/// (path, message) of every warning of a JSON report.
fn warnings(v: &Value) -> Vec<(String, String)> {
    v["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| {
            (
                w["path"].as_str().unwrap_or_default().to_string(),
                w["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The one error line leakgate printed.
fn error_line(out: &Output) -> String {
    let err = stderr(out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "one line expected: {err}");
    lines[0].to_string()
}

/// A repository whose history added a key to `.env` (commit returned) and then deleted it.
fn history_with_deleted_key(d: &Path, seed: u64) -> String {
    git_init(d);
    write(d, "README", "hello\n");
    commit(d, "init");
    let k = openai_project_key(&mut Fake::new(seed));
    write(d, ".env", &format!("# settings\nOPENAI_API_KEY={k}\n"));
    let c = commit(d, "add env");
    git(d, &["rm", "-q", ".env"]);
    commit(d, "remove env");
    c
}

// 1. Partial clones

#[test]
fn blobless_clone_is_refused_with_the_remedy_unless_allowed() {
    let top = tempfile::tempdir().expect("tempdir");
    let src = top.path().join("src");
    std::fs::create_dir_all(&src).expect("mkdir");
    history_with_deleted_key(&src, 1101);
    git(&src, &["config", "uploadpack.allowFilter", "true"]);
    let url = format!("file://{}", src.display());
    git(
        top.path(),
        &["clone", "-q", "--filter=blob:none", &url, "blobless"],
    );
    let clone = top.path().join("blobless");
    // git 2.47 marks a blobless clone by the remote alone.
    let ext = git_command(&clone)
        .args(["config", "extensions.partialClone"])
        .output()
        .expect("git");
    assert!(ext.stdout.is_empty() || stdout(&ext).trim() == "origin");

    let (out, _) = scan(&clone, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        error_line(&out),
        "leakgate: error: .: partial clone (remote.origin.promisor = true): blobs that were \
         never fetched cannot be scanned; fetch them all with `git -c \
         remote.<name>.partialclonefilter= fetch --refetch <name>` or clone without `--filter`, \
         or pass --allow-partial to scan only what is present"
    );

    // A range asks for each blob it needs: one that was never fetched is lost coverage.
    let added = rev(&clone, "HEAD~1");
    let env = rev(&clone, "HEAD~1:.env");
    let range = format!("{added}~1..{added}");
    let (out, v) = scan(&clone, &["--range", &range]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        warnings(&v),
        vec![
            (
                ".".to_string(),
                "partial clone (remote.origin.promisor = true): blobs that were never fetched are \
                 not scanned; each one the range needs is reported"
                    .to_string()
            ),
            (
                env.clone(),
                "blob missing from the object store (never fetched by a partial clone, or \
                 damaged); it was not scanned"
                    .to_string()
            ),
        ]
    );
    let (out, _) = scan(&clone, &["--range", &range, "--allow-partial"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A range whose blobs are all here passes.
    let (out, _) = scan(&clone, &["--range", "HEAD~1..HEAD"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    for flag in ["--allow-partial", "--allow-shallow"] {
        let (out, v) = scan(&clone, &[flag]);
        assert_eq!(out.status.code(), Some(0), "{flag}: {}", stderr(&out));
        let w = warnings(&v);
        assert!(
            w.iter().any(|(_, m)| m
                == "partial clone (remote.origin.promisor = true): blobs that were never fetched \
                    are not scanned"),
            "{w:?}"
        );
        assert!(
            w.iter()
                .any(|(_, m)| m.contains("missing from the object store")),
            "{w:?}"
        );
    }
}

#[test]
fn every_partial_clone_marker_is_recognised() {
    let cases: [(&str, &[&[&str]], &str); 3] = [
        (
            "extensions",
            &[
                &["config", "core.repositoryformatversion", "1"],
                &["config", "extensions.partialClone", "origin"],
            ],
            "extensions.partialClone = origin",
        ),
        (
            "filter",
            &[&[
                "config",
                "remote.mirror.partialclonefilter",
                "blob:limit=1k",
            ]],
            "remote.mirror.partialclonefilter = blob:limit=1k",
        ),
        (
            "promisor-yes",
            &[&["config", "remote.origin.promisor", "yes"]],
            "remote.origin.promisor = true",
        ),
    ];
    for (name, config, evidence) in cases {
        let r = tempfile::tempdir().expect("tempdir");
        let d = r.path();
        history_with_deleted_key(d, 1102);
        for args in config {
            git(d, args);
        }
        let (out, _) = scan(d, &[]);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", stderr(&out));
        assert!(
            error_line(&out).starts_with(&format!(
                "leakgate: error: .: partial clone ({evidence}): blobs that were never fetched"
            )),
            "{name}: {}",
            stderr(&out)
        );
    }

    // A `.promisor` file beside a pack, and nothing in the configuration.
    let r = tempfile::tempdir().expect("tempdir");
    let d = r.path();
    let c = history_with_deleted_key(d, 1103);
    git(d, &["gc", "-q"]);
    let packs = d.join(".git/objects/pack");
    let idx = std::fs::read_dir(&packs)
        .expect("pack dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "pack"))
        .expect("a pack");
    let promisor = idx.with_extension("promisor");
    std::fs::write(&promisor, "").expect("promisor");
    let (out, _) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        error_line(&out).starts_with(&format!(
            "leakgate: error: .: partial clone (promisor pack {}): ",
            promisor.file_name().expect("name").to_string_lossy()
        )),
        "{}",
        stderr(&out)
    );
    // Allowed, what is present is still scanned.
    let (out, v) = scan(d, &["--allow-partial"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found(&v), vec![f(OPENAI, ".env", 2, &c)]);
}

// 2. A blob that a reachable tree names, missing from the object store

#[test]
fn blob_missing_from_the_store_is_lost_coverage_naming_commit_and_path() {
    let r = tempfile::tempdir().expect("tempdir");
    let d = r.path();
    let c = history_with_deleted_key(d, 1201);
    let blob = rev(d, &format!("{c}:.env"));
    let listing = stdout(&git(d, &["rev-list", "--objects", "--all"]));
    let loose = d.join(".git/objects").join(&blob[..2]).join(&blob[2..]);
    std::fs::remove_file(&loose).expect("remove the loose blob");

    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(found(&v), vec![]);
    assert_eq!(
        warnings(&v),
        vec![(
            ".env".to_string(),
            format!(
                "object {blob} of commit {c} is missing from the object store, so it was not \
                 scanned; run `git fsck` to see what is damaged (fetch it again, or pass \
                 --allow-shallow to scan only what is present)"
            )
        )]
    );

    // Packed, the same: a pack of every object but that blob, and nothing loose.
    let keep: String = listing
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|id| *id != blob)
        .map(|id| format!("{id}\n"))
        .collect();
    let mut pack = git_command(d)
        .args(["pack-objects", "-q", ".git/objects/pack/pack"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("pack-objects");
    {
        use std::io::Write;
        let mut stdin = pack.stdin.take().expect("stdin");
        stdin.write_all(keep.as_bytes()).expect("ids");
    }
    assert!(pack.wait().expect("pack-objects").success());
    for e in std::fs::read_dir(d.join(".git/objects")).expect("objects") {
        let p = e.expect("entry").path();
        let name = p.file_name().expect("name").to_string_lossy().into_owned();
        if name.len() == 2 {
            std::fs::remove_dir_all(&p).expect("remove loose objects");
        }
    }
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(warnings(&v).len(), 1, "{:?}", warnings(&v));
    assert_eq!(warnings(&v)[0].0, ".env");

    // Allowed: a note, exit 0.
    let (out, v) = scan(d, &["--allow-shallow"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        warnings(&v),
        vec![(
            ".".to_string(),
            "1 blob or tree that trees name is missing from the object store and was not scanned"
                .to_string()
        )]
    );
}

#[test]
fn missing_subtree_is_lost_coverage_too() {
    let r = tempfile::tempdir().expect("tempdir");
    let d = r.path();
    git_init(d);
    write(d, "README", "hello\n");
    commit(d, "init");
    write(d, "conf/app/settings.ini", "[x]\ny = 1\n");
    let c = commit(d, "conf");
    let tree = rev(d, &format!("{c}:conf/app"));
    std::fs::remove_file(d.join(".git/objects").join(&tree[..2]).join(&tree[2..]))
        .expect("remove the tree");
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let w = warnings(&v);
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].0, "conf/app");
    assert!(
        w[0].1
            .starts_with(&format!("object {tree} of commit {c} is missing")),
        "{w:?}"
    );
}

// 3. Pack corruption

/// (offset, size in the pack) of `id` in the repository's only pack.
fn pack_entry(d: &Path, id: &str) -> (std::path::PathBuf, u64, u64) {
    let packs = d.join(".git/objects/pack");
    let idx = std::fs::read_dir(&packs)
        .expect("pack dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "idx"))
        .expect("an index");
    let listing = stdout(&git(
        d,
        &["verify-pack", "-v", idx.to_str().expect("utf8 path")],
    ));
    for line in listing.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first() == Some(&id) && fields.len() >= 5 {
            let size: u64 = fields[3].parse().expect("size in pack");
            let offset: u64 = fields[4].parse().expect("offset");
            return (idx.with_extension("pack"), offset, size);
        }
    }
    panic!("{id} is not in {}", idx.display());
}

#[test]
fn every_damaged_byte_of_a_packed_blob_is_an_error_naming_the_pack() {
    let r = tempfile::tempdir().expect("tempdir");
    let d = r.path();
    let c = history_with_deleted_key(d, 1301);
    let blob = rev(d, &format!("{c}:.env"));
    git(d, &["gc", "-q"]);
    let (out, _) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));

    let (pack, offset, size) = pack_entry(d, &blob);
    let name = pack
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let mut perms = std::fs::metadata(&pack).expect("meta").permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&pack, perms).expect("chmod");
    let original = std::fs::read(&pack).expect("read pack");
    let mut damaged_flips = 0;
    for at in offset..offset + size {
        // The low bit, and every bit: in the compressed data, some of these decoded to other
        // content without complaint before entries were checked.
        for mask in [0x01u8, 0xff] {
            let mut bytes = original.clone();
            bytes[at as usize] ^= mask;
            std::fs::write(&pack, &bytes).expect("write pack");
            let fsck = git_command(d)
                .args(["fsck", "--full", "--no-dangling"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("fsck runs");
            if fsck.success() {
                continue;
            }
            damaged_flips += 1;
            let (out, _) = scan(d, &[]);
            assert_eq!(
                out.status.code(),
                Some(2),
                "byte {at} ^ {mask:#x}: {}",
                stderr(&out)
            );
            let line = error_line(&out);
            assert!(line.starts_with("leakgate: error: "), "{line}");
            assert!(line.contains(&name), "byte {at} ^ {mask:#x}: {line}");
        }
    }
    std::fs::write(&pack, &original).expect("restore");
    assert!(damaged_flips > 0);
    let (out, _) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn loose_object_with_other_content_is_damage_in_full_and_range_reads() {
    let r = tempfile::tempdir().expect("tempdir");
    let d = r.path();
    let c = history_with_deleted_key(d, 1302);
    let blob = rev(d, &format!("{c}:.env"));
    write(d, "other.txt", "nothing to see\n");
    let other = stdout(&git(d, &["hash-object", "-w", "other.txt"]))
        .trim()
        .to_string();
    let objects = d.join(".git/objects");
    let at = |id: &str| objects.join(&id[..2]).join(&id[2..]);
    std::fs::remove_file(at(&blob)).expect("remove");
    std::fs::copy(at(&other), at(&blob)).expect("swap in other content");

    let message = "loose object does not hash to its id (damaged object store), so it was not \
                   scanned; run `git fsck` to see what is damaged";
    let (out, v) = scan(d, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(found(&v), vec![]);
    assert_eq!(warnings(&v), vec![(blob.clone(), message.to_string())]);

    let range = format!("{c}~1..{c}");
    let (out, v) = scan(d, &["--range", &range]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(found(&v), vec![]);
    assert_eq!(
        warnings(&v),
        vec![(blob.clone(), message.replace("loose object", "blob"))]
    );
}

// 4. pre-push to a second remote

fn pre_push(dir: &Path, remote: &str, url: &str, input: &str) -> Output {
    leakgate_with_input(
        dir,
        &["pre-push", remote, url, "--format", "json"],
        input.as_bytes(),
    )
}

#[test]
fn pre_push_of_a_branch_to_a_second_remote_scans_what_that_remote_lacks() {
    let top = tempfile::tempdir().expect("tempdir");
    let work = top.path().join("work");
    std::fs::create_dir_all(&work).expect("mkdir");
    git_init(&work);
    write(&work, "a.txt", "a\n");
    commit(&work, "base");
    for name in ["private.git", "public.git"] {
        git(top.path(), &["init", "-q", "--bare", name]);
    }
    let private = top.path().join("private.git");
    let public = top.path().join("public.git");
    let private_url = private.to_str().expect("utf8").to_string();
    let public_url = public.to_str().expect("utf8").to_string();
    git(&work, &["remote", "add", "origin", &private_url]);
    git(&work, &["remote", "add", "public", &public_url]);
    git(&work, &["push", "-q", "origin", "main"]);
    git(&work, &["push", "-q", "public", "main"]);
    git(&work, &["checkout", "-q", "-b", "feature"]);
    let k = openai_project_key(&mut Fake::new(1401));
    write(
        &work,
        "cfg/app.env",
        &format!("# app\nOPENAI_API_KEY={k}\n"),
    );
    let bad = commit(&work, "key");
    // The private remote has the branch (and so refs/remotes/origin/feature holds the key).
    git(&work, &["push", "-q", "origin", "feature"]);

    let input = format!("refs/heads/feature {bad} refs/heads/feature {ZERO}\n");
    let out = pre_push(&work, "public", &public_url, &input);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found(&json(&out)), vec![f(OPENAI, "cfg/app.env", 2, &bad)]);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "refs/heads/feature: new on the remote; scanning {} and its history that no ref of \
             refs/remotes/public/ holds",
            &bad[..12]
        )),
        "{err}"
    );
    assert!(err.contains("1 new commit scanned"), "{err}");

    // To the remote that has it, as a new name: nothing new.
    let input = format!("refs/heads/feature {bad} refs/heads/copy {ZERO}\n");
    let out = pre_push(&work, "origin", &private_url, &input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 new commits scanned"),
        "{}",
        stderr(&out)
    );

    // To a URL (git passes it as the name too): nothing counts as published.
    let input = format!("refs/heads/feature {bad} refs/heads/feature {ZERO}\n");
    let out = pre_push(&work, &public_url, &public_url, &input);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(found(&json(&out)), vec![f(OPENAI, "cfg/app.env", 2, &bad)]);
    assert!(
        stderr(&out).contains("2 new commits scanned"),
        "{}",
        stderr(&out)
    );
}

// 5. SHA-256 repositories

#[test]
fn sha256_repository_is_unsupported_by_name() {
    let r = tempfile::tempdir().expect("tempdir");
    let d = r.path();
    git(
        d,
        &[
            "-c",
            "init.defaultBranch=main",
            "init",
            "-q",
            "--template=",
            "--object-format=sha256",
        ],
    );
    write(d, "README", "hello\n");
    commit(d, "init");
    let out = leakgate(d, &["git", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        error_line(&out),
        "leakgate: error: .: SHA-256 object format is not supported \
         (extensions.objectFormat = sha256); leakgate reads SHA-1 repositories only"
    );
    let sub = d.join("sub");
    std::fs::create_dir_all(&sub).expect("mkdir");
    let out = leakgate(&sub, &["git", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        error_line(&out).contains("SHA-256 object format is not supported"),
        "{}",
        stderr(&out)
    );
}

// 6. --since with a date

#[test]
fn since_accepts_dates_and_scans_the_commits_after_them() {
    let r = tempfile::tempdir().expect("tempdir");
    let d = r.path();
    git_init(d);
    let mut fake = Fake::new(1601);
    let old_key = openai_project_key(&mut fake);
    let new_key = openai_project_key(&mut fake);
    let recent_key = anthropic_key(&mut fake);
    write(d, "old.env", &format!("OPENAI_API_KEY={old_key}\n"));
    commit_at(d, "old", "2024-01-02T03:04:05+00:00");
    write(d, "new.env", &format!("# new\nOPENAI_API_KEY={new_key}\n"));
    let new = commit_at(d, "new", "2024-07-01T00:00:00+00:00");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    write(d, "recent.env", &format!("\n\nKEY={recent_key}\n"));
    let recent = commit_at(d, "recent", &format!("@{} +0000", now - 3 * 86_400));

    for since in ["2024-06-01", "2024-06-01 12:30", "2024-06-30T23:59:59"] {
        let (out, v) = scan(d, &["--since", since]);
        assert_eq!(out.status.code(), Some(1), "{since}: {}", stderr(&out));
        assert_eq!(
            found(&v),
            vec![
                f(OPENAI, "new.env", 2, &new),
                f("anthropic-api-key", "recent.env", 3, &recent)
            ],
            "{since}"
        );
        assert!(
            stderr(&out).contains("2 commits walked"),
            "{}",
            stderr(&out)
        );
    }
    for since in ["2.weeks.ago", "1 week ago"] {
        let (out, v) = scan(d, &["--since", since]);
        assert_eq!(out.status.code(), Some(1), "{since}: {}", stderr(&out));
        assert_eq!(
            found(&v),
            vec![f("anthropic-api-key", "recent.env", 3, &recent)],
            "{since}"
        );
    }
    let (out, v) = scan(d, &["--since", "yesterday"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(found(&v), vec![]);
    assert!(
        warnings(&v)
            .iter()
            .any(|(_, m)| m.contains("contains no commits")),
        "{:?}",
        warnings(&v)
    );

    // A revision still means REV..HEAD; something that is neither fails alone.
    let (out, v) = scan(d, &["--since", &new]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        found(&v),
        vec![f("anthropic-api-key", "recent.env", 3, &recent)]
    );
    let (out, _) = scan(d, &["--since", "no-such-branch"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let line = error_line(&out);
    assert!(
        line.starts_with("leakgate: error: --since no-such-branch: neither a revision nor a date"),
        "{line}"
    );
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
}
