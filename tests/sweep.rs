//! Tests for `leakgate sweep`, `leakgate merge` and `leakgate git URL`: real repositories built
//! in a temporary directory, some listed by path and some by `file://` URL (so they are cloned),
//! one corrupt, one URL that cannot be cloned.

use crate::common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const PAT: &str = "github-personal-access-token";

/// The repositories of a sweep fixture and the list naming them.
struct Org {
    dir: tempfile::TempDir,
    /// Every listed entry, in list order.
    listed: Vec<String>,
    /// Listed entry -> (path, line) of the secret its history holds, if any.
    secrets: BTreeMap<String, (String, u64)>,
    /// The listed entries that must end as `error`.
    broken: Vec<String>,
    /// The secret two repositories share.
    shared: String,
}

impl Org {
    fn list_file(&self) -> PathBuf {
        self.dir.path().join("repos.txt")
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }
}

/// Seven repositories: r0..r5 each with a token committed at `config/rN.env` line 2 except r2
/// and r5 (clean); r0 and r3 hold the same token. r1 and r4 are listed as `file://` URLs. Plus a
/// repository with a corrupted object and a URL that does not exist.
fn org() -> Org {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(1414);
    let shared = github_token(&mut fake, "ghp");
    let mut listed = Vec::new();
    let mut secrets = BTreeMap::new();
    for i in 0..6 {
        let repo = dir.path().join(format!("r{i}"));
        std::fs::create_dir_all(&repo).expect("mkdir");
        git_init(&repo);
        write(&repo, "README.md", &format!("repository {i}\n"));
        commit(&repo, "start");
        let path = format!("config/r{i}.env");
        let token = match i {
            0 | 3 => Some(shared.clone()),
            2 | 5 => None,
            _ => Some(github_token(&mut fake, "ghp")),
        };
        if let Some(t) = token {
            write(&repo, &path, &format!("# settings\nTOKEN={t}\n"));
            commit(&repo, "settings");
        }
        let entry = if i == 1 || i == 4 {
            format!("file://{}", repo.display())
        } else {
            repo.display().to_string()
        };
        if i != 2 && i != 5 {
            secrets.insert(entry.clone(), (path, 2));
        }
        listed.push(entry);
    }
    // A repository whose one loose blob was overwritten with garbage.
    let corrupt = dir.path().join("corrupt");
    std::fs::create_dir_all(&corrupt).expect("mkdir");
    git_init(&corrupt);
    write(&corrupt, "a.txt", "some content\n");
    commit(&corrupt, "start");
    let blob = git_out(&corrupt, &["rev-parse", "HEAD:a.txt"]);
    let object = corrupt
        .join(".git/objects")
        .join(&blob[..2])
        .join(&blob[2..]);
    let mut perms = std::fs::metadata(&object).expect("object").permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&object, perms).expect("chmod");
    std::fs::write(&object, b"not a zlib stream").expect("corrupt");
    let missing = format!("file://{}/no-such-repo.git", dir.path().display());
    let broken = vec![corrupt.display().to_string(), missing.clone()];
    listed.extend(broken.iter().cloned());
    let text = format!("# the organisation\n{}\n\n", listed.join("\n"));
    std::fs::write(dir.path().join("repos.txt"), text).expect("list");
    Org {
        dir,
        listed,
        secrets,
        broken,
        shared,
    }
}

fn sweep(org: &Org, out: &Path, extra: &[&str]) -> std::process::Output {
    let list = org.list_file();
    let mut args = vec![
        "sweep",
        "--repos",
        list.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
        "--jobs",
        "3",
    ];
    args.extend_from_slice(extra);
    leakgate(org.root(), &args)
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn summary(out: &Path) -> Value {
    read_json(&out.join("summary.json"))
}

/// repository -> its summary row.
fn rows(summary: &Value) -> BTreeMap<String, Value> {
    summary["repositories"]
        .as_array()
        .expect("repositories")
        .iter()
        .map(|r| {
            (
                r["repository"].as_str().expect("name").to_string(),
                r.clone(),
            )
        })
        .collect()
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// fingerprint -> the repositories the combined `findings.jsonl` lists for it.
fn combined(out: &Path) -> BTreeMap<String, BTreeSet<String>> {
    jsonl(&out.join("findings.jsonl"))
        .iter()
        .map(|r| {
            let repos = r["repositories"]
                .as_array()
                .expect("repositories")
                .iter()
                .map(|x| x.as_str().expect("name").to_string())
                .collect();
            (r["fingerprint"].as_str().expect("fp").to_string(), repos)
        })
        .collect()
}

/// The per-repository JSONL of `entry` (found through its record, whose name ends the file).
fn repo_findings(out: &Path, entry: &str) -> Vec<(String, String, u64)> {
    let dir = out.join("repos");
    for e in std::fs::read_dir(&dir).expect("repos dir") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "json") && read_json(&p)["repository"] == entry {
            return jsonl(&p.with_extension("jsonl"))
                .iter()
                .map(|f| {
                    (
                        f["rule_id"].as_str().expect("rule").to_string(),
                        f["provenance"]["path"].as_str().expect("path").to_string(),
                        f["location"]["start_line"].as_u64().expect("line"),
                    )
                })
                .collect();
        }
    }
    panic!("no record for {entry}");
}

#[test]
fn sweep_judges_every_repository_and_records_the_broken_ones_as_errors() {
    let org = org();
    let out = org.root().join("out");
    let o = sweep(&org, &out, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let s = summary(&out);
    let rows = rows(&s);
    assert_eq!(
        rows.keys().cloned().collect::<BTreeSet<_>>(),
        org.listed.iter().cloned().collect::<BTreeSet<_>>()
    );
    for entry in &org.listed {
        let r = &rows[entry];
        if org.broken.contains(entry) {
            assert_eq!(r["status"], "error", "{r}");
            assert!(!r["reason"].as_str().unwrap_or_default().is_empty(), "{r}");
            continue;
        }
        assert_eq!(r["status"], "ok", "{r}");
        assert!(r["reason"].is_null(), "{r}");
        let want: Vec<(String, String, u64)> = org
            .secrets
            .get(entry)
            .map(|(path, line)| (PAT.to_string(), path.clone(), *line))
            .into_iter()
            .collect();
        assert_eq!(repo_findings(&out, entry), want, "{entry}");
        assert_eq!(r["findings"], want.len(), "{r}");
        assert_eq!(r["secrets"], want.len(), "{r}");
    }
    let corrupt = &rows[&org.broken[0]];
    assert!(
        corrupt["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("scanned in part"),
        "{corrupt}"
    );
    let missing = &rows[&org.broken[1]];
    assert!(
        missing["reason"]
            .as_str()
            .unwrap_or_default()
            .contains("no-such-repo"),
        "{missing}"
    );
    // The combined report: one record per secret, the shared one naming both repositories.
    let all = combined(&out);
    assert_eq!(all.len(), 3, "{all:?}");
    assert_eq!(s["totals"]["secrets"], 3);
    assert_eq!(s["totals"]["findings"], 4);
    let shared_holders: Vec<&BTreeSet<String>> =
        all.values().filter(|repos| repos.len() == 2).collect();
    assert_eq!(shared_holders.len(), 1, "{all:?}");
    assert!(
        shared_holders[0].contains(&org.listed[0]) && shared_holders[0].contains(&org.listed[3])
    );
    let sarif = read_json(&out.join("findings.sarif"));
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    for r in results {
        let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
    }
    // Nothing of the secret in full, and no clone left behind.
    let text = std::fs::read_to_string(out.join("findings.jsonl")).expect("jsonl");
    assert!(!text.contains(&org.shared));
    assert!(!out.join("clones").exists());
}

#[test]
fn exit_codes_say_clean_findings_or_errors() {
    let org = org();
    let only = |entries: &[&str], name: &str| {
        let list = org.root().join(name);
        std::fs::write(&list, entries.join("\n")).expect("list");
        let out = org.root().join(format!("{name}.out"));
        leakgate(
            org.root(),
            &[
                "sweep",
                "--repos",
                list.to_str().expect("utf-8"),
                "--out",
                out.to_str().expect("utf-8"),
            ],
        )
    };
    let clean = only(&[&org.listed[2], &org.listed[5]], "clean");
    assert_eq!(clean.status.code(), Some(0), "{}", stderr(&clean));
    let found = only(&[&org.listed[2], &org.listed[1]], "found");
    assert_eq!(found.status.code(), Some(1), "{}", stderr(&found));
    let failed = only(&[&org.listed[1], &org.broken[1]], "failed");
    assert_eq!(failed.status.code(), Some(2), "{}", stderr(&failed));
    assert!(
        stderr(&failed).contains("no-such-repo"),
        "{}",
        stderr(&failed)
    );
    let bad_shard = sweep(&org, &org.root().join("x"), &["--shard", "3/3"]);
    assert_eq!(bad_shard.status.code(), Some(2));
    assert!(
        stderr(&bad_shard).contains("0 <= I < N"),
        "{}",
        stderr(&bad_shard)
    );
}

#[test]
fn shards_cover_every_repository_once_and_merge_into_the_unsharded_sweep() {
    let org = org();
    let whole = org.root().join("whole");
    sweep(&org, &whole, &[]);
    let whole_summary = summary(&whole);
    let whole_rows = rows(&whole_summary);
    let whole_secrets = combined(&whole);
    for n in 1..=7 {
        let mut seen: Vec<String> = Vec::new();
        let mut dirs = Vec::new();
        for i in 0..n {
            let out = org.root().join(format!("shard-{i}-of-{n}"));
            let o = sweep(&org, &out, &["--shard", &format!("{i}/{n}")]);
            assert!(o.status.code().is_some_and(|c| c <= 2), "{}", stderr(&o));
            let s = summary(&out);
            assert_eq!(s["shard"], format!("{i}/{n}"));
            seen.extend(rows(&s).into_keys());
            dirs.push(out);
        }
        seen.sort();
        let mut want = org.listed.clone();
        want.sort();
        assert_eq!(seen, want, "N = {n}: every repository exactly once");

        let merged = org.root().join(format!("merged-{n}"));
        let mut args = vec!["merge".to_string()];
        args.extend(dirs.iter().map(|d| d.display().to_string()));
        args.extend(["--out".to_string(), merged.display().to_string()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = leakgate(org.root(), &args);
        assert_eq!(o.status.code(), Some(2), "N = {n}: {}", stderr(&o));
        assert_eq!(combined(&merged), whole_secrets, "N = {n}");
        let m = summary(&merged);
        let merged_rows = rows(&m);
        assert_eq!(
            merged_rows.keys().collect::<Vec<_>>(),
            whole_rows.keys().collect::<Vec<_>>()
        );
        for (name, r) in &merged_rows {
            for field in ["status", "findings", "secrets", "heads"] {
                assert_eq!(r[field], whole_rows[name][field], "N = {n}: {name} {field}");
            }
        }
        assert_eq!(m["totals"]["secrets"], whole_summary["totals"]["secrets"]);
        let sarif = read_json(&merged.join("findings.sarif"));
        assert_eq!(
            sarif["runs"][0]["results"].as_array().map(Vec::len),
            Some(whole_secrets.len())
        );
        if n == 3 {
            // A shard that never reported: with the list, its repositories are errors, not
            // silently absent.
            let partial = org.root().join("merged-partial");
            let o = leakgate(
                org.root(),
                &[
                    "merge",
                    dirs[0].to_str().expect("utf-8"),
                    "--repos",
                    org.list_file().to_str().expect("utf-8"),
                    "--out",
                    partial.to_str().expect("utf-8"),
                ],
            );
            assert_eq!(o.status.code(), Some(2));
            let p = rows(&summary(&partial));
            assert_eq!(p.len(), org.listed.len());
            let shard0: BTreeSet<String> = rows(&summary(&dirs[0])).into_keys().collect();
            for (name, r) in &p {
                if !shard0.contains(name) {
                    assert_eq!(r["status"], "error", "{name}");
                    assert!(r["reason"]
                        .as_str()
                        .unwrap_or_default()
                        .contains("no shard"));
                }
            }
        }
    }
}

/// Modification time and content of every per-repository output.
fn snapshot(out: &Path) -> BTreeMap<PathBuf, (std::time::SystemTime, Vec<u8>)> {
    std::fs::read_dir(out.join("repos"))
        .expect("repos")
        .map(|e| {
            let p = e.expect("entry").path();
            let meta = std::fs::metadata(&p).expect("meta");
            let bytes = std::fs::read(&p).expect("read");
            (p, (meta.modified().expect("mtime"), bytes))
        })
        .collect()
}

#[test]
fn a_resumed_sweep_redoes_nothing_but_what_changed() {
    let org = org();
    let out = org.root().join("out");
    sweep(&org, &out, &[]);
    let before = snapshot(&out);
    let ok = org.listed.len() - org.broken.len();

    let again = sweep(&org, &out, &[]);
    assert_eq!(again.status.code(), Some(2));
    let s = summary(&out);
    assert_eq!(s["totals"]["resumed"], ok, "{s}");
    for (name, r) in rows(&s) {
        assert_eq!(r["resumed"], !org.broken.contains(&name), "{name}");
    }
    // Records, JSONL and SARIF of the unchanged repositories were not written again; only the
    // broken ones were retried.
    let after = snapshot(&out);
    let broken_stems: BTreeSet<_> = before
        .keys()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| {
            org.broken
                .iter()
                .any(|b| read_json(p)["repository"] == b.as_str())
        })
        .map(|p| p.file_stem().map(|s| s.to_owned()))
        .collect();
    assert_eq!(broken_stems.len(), 2);
    let mut unchanged = 0;
    for (path, (mtime, bytes)) in &before {
        if !broken_stems.contains(&path.file_stem().map(|s| s.to_owned())) {
            assert_eq!(
                after.get(path),
                Some(&(*mtime, bytes.clone())),
                "{}",
                path.display()
            );
            unchanged += 1;
        }
    }
    assert_eq!(unchanged, 3 * ok);
    assert_eq!(combined(&out).len(), 3);

    // A new commit in one repository: that one is scanned again, the others are not.
    let r5 = org.root().join("r5");
    let mut fake = Fake::new(55);
    write(
        &r5,
        "deploy/key.txt",
        &format!("{}\n", github_token(&mut fake, "ghp")),
    );
    commit(&r5, "add a key");
    sweep(&org, &out, &[]);
    let rows = rows(&summary(&out));
    assert_eq!(rows[&org.listed[5]]["resumed"], false);
    assert_eq!(rows[&org.listed[5]]["findings"], 1);
    assert_eq!(rows[&org.listed[0]]["resumed"], true);
    assert_eq!(
        repo_findings(&out, &org.listed[5]),
        vec![(PAT.to_string(), "deploy/key.txt".to_string(), 1)]
    );
    assert_eq!(combined(&out).len(), 4);
}

#[test]
fn repository_lists_come_from_standard_input_too() {
    let org = org();
    let out = org.root().join("stdin-out");
    let list = format!("{}\n{}\n", org.listed[0], org.listed[2]);
    let o = leakgate_with_input(
        org.root(),
        &[
            "sweep",
            "--repos",
            "-",
            "--out",
            out.to_str().expect("utf-8"),
        ],
        list.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(rows(&summary(&out)).len(), 2);
}

#[test]
fn git_url_scans_a_full_bare_clone_and_removes_it() {
    let org = org();
    let url = &org.listed[1];
    let tmp = tempfile::tempdir().expect("tempdir");
    let run = |args: &[&str]| {
        std::process::Command::new(bin())
            .args(args)
            .current_dir(org.root())
            .env("TMPDIR", tmp.path())
            .env_remove("LEAKGATE_FORMAT")
            .env_remove("LEAKGATE_CONFIG")
            .output()
            .expect("leakgate runs")
    };
    let o = run(&["git", url, "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(finding_rows(&v), vec![row(PAT, "config/r1.env", 2, 7)]);
    let r1 = org.root().join("r1");
    assert_eq!(
        v["findings"][0]["provenance"]["commit"].as_str(),
        Some(rev(&r1, "HEAD").as_str())
    );
    assert!(
        stderr(&o).contains("full bare clone of file://"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_dir(tmp.path()).expect("tmp").count(),
        0,
        "clone removed"
    );

    let kept = run(&["git", url, "--keep-clones", "-q"]);
    assert_eq!(kept.status.code(), Some(1));
    assert_eq!(
        std::fs::read_dir(tmp.path()).expect("tmp").count(),
        1,
        "clone kept"
    );

    let missing = run(&["git", &org.broken[1]]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("cannot clone"),
        "{}",
        stderr(&missing)
    );
}
