//! Tests for reports that group findings by secret: one secret committed in three commits at two
//! paths and then removed, another still in HEAD; the human report, JSON and JSON Lines records
//! with their places, SARIF's related locations, `--all-locations` (the flat list), the location
//! cap, `--stats` timings, and no progress bar where standard error is not a terminal.

use crate::common::*;
use serde_json::Value;
use std::path::Path;

/// Stages everything and commits with `date` as author and committer date; returns the id.
fn commit_at(dir: &Path, msg: &str, date: &str) -> String {
    git(dir, &["add", "-A"]);
    let out = git_command(dir)
        .args(["commit", "-q", "-m", msg])
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "{}", stderr(&out));
    rev(dir, "HEAD")
}

/// The history every test here reads, and what it holds.
struct Fixture {
    dir: tempfile::TempDir,
    /// Introduced `zeta/app.env` with the removed key (the key's first introduction).
    c1: String,
    /// Copied the removed key to `alpha/prod.env`, edited `zeta/app.env`, added the kept key.
    c2: String,
    /// Edited `alpha/prod.env`.
    c3: String,
}

/// c1 (2024-01-01) adds the OpenAI key at zeta/app.env:2; c2 (2024-02-01) edits zeta/app.env
/// (the key moves to line 3), copies the key to alpha/prod.env:1 and adds a Google key at
/// src/main.py:1; c3 (2024-03-01) edits alpha/prod.env; c4 removes both .env files. The OpenAI
/// key is in 3 commits, 2 paths, 4 places and no longer in HEAD; the Google key is in HEAD.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    let mut fake = Fake::new(1212);
    let k = openai_project_key(&mut fake);
    let g = google_api_key(&mut fake);
    write(d, "zeta/app.env", &format!("DEBUG=1\nOPENAI_API_KEY={k}\n"));
    let c1 = commit_at(d, "add app env", "2024-01-01T10:00:00+00:00");
    write(
        d,
        "zeta/app.env",
        &format!("# app\nDEBUG=1\nOPENAI_API_KEY={k}\n"),
    );
    write(d, "alpha/prod.env", &format!("OPENAI_API_KEY={k}\n"));
    write(d, "src/main.py", &format!("MAPS = \"{g}\"\n"));
    let c2 = commit_at(d, "prod env", "2024-02-01T10:00:00+00:00");
    write(
        d,
        "alpha/prod.env",
        &format!("OPENAI_API_KEY={k}\nREGION=eu\n"),
    );
    let c3 = commit_at(d, "region", "2024-03-01T10:00:00+00:00");
    git(d, &["rm", "-q", "zeta/app.env", "alpha/prod.env"]);
    commit_at(d, "remove env files", "2024-04-01T10:00:00+00:00");
    Fixture { dir, c1, c2, c3 }
}

fn history(fx: &Fixture, args: &[&str]) -> std::process::Output {
    let mut all = vec!["git", ".", "--isolated", "--no-baseline"];
    all.extend_from_slice(args);
    let out = leakgate(fx.dir.path(), &all);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    out
}

#[test]
fn history_report_shows_each_secret_once_with_where_it_was_introduced() {
    let fx = fixture();
    let out = history(&fx, &[]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    // One block per secret (the OpenAI key's first place in report order is alpha/prod.env, but it
    // was introduced at zeta/app.env in c1), each block's lines exact but the snippet and fingerprint.
    let headers: Vec<&&str> = lines.iter().filter(|l| l.starts_with('[')).collect();
    assert_eq!(
        headers,
        vec![
            &"[critical] OpenAI project API key (openai-project-key)",
            &"[high] Google API key (Gemini, AI Studio, Maps, Firebase, Cloud) (google-api-key)",
        ],
        "{text}"
    );
    let block = |header: &str| -> Vec<String> {
        let at = lines.iter().position(|l| *l == header).expect("header");
        lines[at + 1..]
            .iter()
            .take_while(|l| !l.is_empty())
            .filter(|l| !l.starts_with("  line:") && !l.starts_with("  fingerprint:"))
            .map(|l| l.to_string())
            .collect()
    };
    assert_eq!(
        block("[critical] OpenAI project API key (openai-project-key)"),
        vec![
            "  at:          zeta/app.env:2:16".to_string(),
            format!("  commit:      {}", fx.c1),
            "  author:      Ada Author <ada@example.com> 2024-01-01T10:00:00+00:00".to_string(),
            "  found in:    3 commits, 2 paths (4 places)".to_string(),
            "  in HEAD:     no (not in the tree HEAD checks out; still in history)".to_string(),
            "  secret:      sk-p********".to_string(),
        ],
        "{text}"
    );
    assert_eq!(
        block("[high] Google API key (Gemini, AI Studio, Maps, Firebase, Cloud) (google-api-key)"),
        vec![
            "  at:          src/main.py:1:9".to_string(),
            format!("  commit:      {}", fx.c2),
            "  author:      Ada Author <ada@example.com> 2024-02-01T10:00:00+00:00".to_string(),
            "  found in:    1 commit, 1 path (1 place)".to_string(),
            "  in HEAD:     yes".to_string(),
            "  secret:      AIza********".to_string(),
        ],
        "{text}"
    );
    // Then the table by rule and severity.
    let table_at = lines
        .iter()
        .position(|l| *l == "2 secrets at 5 places:")
        .expect("table");
    assert_eq!(
        &lines[table_at + 1..],
        &[
            "  rule                severity  secrets  places",
            "  openai-project-key  critical        1       4",
            "  google-api-key      high            1       1",
        ],
        "{text}"
    );
    // Grouping is presentation: the summary still counts every place, and the exit code is 1.
    assert!(
        stderr(&out).contains("leakgate: 5 findings in"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn json_records_hold_every_place_and_all_locations_keeps_the_flat_list() {
    let fx = fixture();
    let grouped = json(&history(&fx, &["--format", "json"]));
    let flat = json(&history(&fx, &["--format", "json", "--all-locations"]));
    let records = grouped["findings"].as_array().expect("findings");
    assert_eq!(records.len(), 2, "{grouped:#}");
    assert_eq!(flat["findings"].as_array().map(Vec::len), Some(5));
    assert_eq!(grouped["summary"]["findings"], 5);
    assert_eq!(grouped["summary"]["secrets"], 2);
    let counts = |v: &Value| {
        let mut s = v["summary"].clone();
        s.as_object_mut().map(|o| o.remove("elapsed_ms"));
        s
    };
    assert_eq!(counts(&flat), counts(&grouped));

    let openai = records
        .iter()
        .find(|r| r["rule_id"] == "openai-project-key")
        .expect("openai record");
    // The record is the first introduction's finding, then its spread.
    assert_eq!(openai["provenance"]["commit"], fx.c1.as_str());
    assert_eq!(openai["provenance"]["path"], "zeta/app.env");
    assert_eq!(openai["location"]["start_line"], 2);
    assert_eq!(openai["in_head"], false);
    assert_eq!(openai["commits"], 3);
    assert_eq!(openai["paths"], 2);
    assert_eq!(openai["location_count"], 4);
    let mut places: Vec<(String, String, u64)> = openai["locations"]
        .as_array()
        .expect("locations")
        .iter()
        .map(|p| {
            (
                p["provenance"]["path"].as_str().unwrap_or_default().into(),
                p["provenance"]["commit"]
                    .as_str()
                    .unwrap_or_default()
                    .into(),
                p["location"]["start_line"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    places.sort();
    let mut want = vec![
        ("alpha/prod.env".to_string(), fx.c2.clone(), 1),
        ("alpha/prod.env".to_string(), fx.c3.clone(), 1),
        ("zeta/app.env".to_string(), fx.c1.clone(), 2),
        ("zeta/app.env".to_string(), fx.c2.clone(), 3),
    ];
    want.sort();
    assert_eq!(places, want);
    let google = records
        .iter()
        .find(|r| r["rule_id"] == "google-api-key")
        .expect("google record");
    assert_eq!(google["in_head"], true);
    assert_eq!(google["location_count"], 1);
    // HEAD's tree holds the Google key's blob: the flat list says so on the place.
    let google_flat = flat["findings"]
        .as_array()
        .and_then(|a| a.iter().find(|f| f["rule_id"] == "google-api-key"))
        .expect("google finding");
    assert_eq!(google_flat["provenance"]["in_head"], true);
    assert!(google_flat.get("locations").is_none());

    // One row per place whatever the format.
    assert_eq!(finding_rows(&grouped), finding_rows(&flat));
    assert_eq!(finding_rows(&flat).len(), 5);

    // JSON Lines: one line per secret, each the same record as the document's.
    let lines = stdout(&history(&fx, &["--format", "jsonl"]));
    let jsonl: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(&jsonl, records);
    let flat_lines = stdout(&history(&fx, &["--format", "jsonl", "--all-locations"]));
    assert_eq!(flat_lines.lines().count(), 5);
}

#[test]
fn sarif_has_one_result_per_secret_with_related_locations() {
    let fx = fixture();
    let d = fx.dir.path();
    history(&fx, &["--format", "sarif", "--output", "grouped.sarif"]);
    history(
        &fx,
        &[
            "--format",
            "sarif",
            "--all-locations",
            "--output",
            "flat.sarif",
        ],
    );
    let read = |name: &str| -> Value {
        serde_json::from_slice(&std::fs::read(d.join(name)).expect("sarif")).expect("json")
    };
    let grouped = read("grouped.sarif");
    let results = grouped["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 2);
    let openai = results
        .iter()
        .find(|r| r["ruleId"] == "openai-project-key")
        .expect("openai result");
    let loc = &openai["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "zeta/app.env");
    assert_eq!(loc["region"]["startLine"], 2);
    assert_eq!(openai["properties"]["commit"], fx.c1.as_str());
    assert_eq!(openai["properties"]["locationCount"], 4);
    assert_eq!(openai["properties"]["inHead"], false);
    let related = openai["relatedLocations"].as_array().expect("related");
    assert_eq!(related.len(), 3);
    let ids: Vec<i64> = related.iter().filter_map(|r| r["id"].as_i64()).collect();
    assert_eq!(ids, vec![1, 2, 3]);
    let mut uris: Vec<&str> = related
        .iter()
        .filter_map(|r| r["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    uris.sort();
    assert_eq!(
        uris,
        vec!["alpha/prod.env", "alpha/prod.env", "zeta/app.env"]
    );
    assert!(related.iter().all(|r| r["message"]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Also in "))));
    let flat = read("flat.sarif");
    assert_eq!(flat["runs"][0]["results"].as_array().map(Vec::len), Some(5));
    assert!(flat["runs"][0]["results"][0]
        .get("relatedLocations")
        .is_none());

    validate_sarif(&[d.join("grouped.sarif"), d.join("flat.sarif")]);
}

#[test]
fn a_secret_in_many_files_lists_at_most_100_places_with_the_total() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let k = openai_project_key(&mut Fake::new(77));
    for i in 0..105 {
        write(
            d,
            &format!("cfg/{i:03}.env"),
            &format!("OPENAI_API_KEY={k}\n"),
        );
    }
    let args = [
        "scan",
        ".",
        "--isolated",
        "--no-baseline",
        "--format",
        "json",
    ];
    let out = leakgate(d, &args);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    let records = v["findings"].as_array().expect("findings");
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["location_count"], 105);
    assert_eq!(records[0]["paths"], 105);
    assert_eq!(records[0]["commits"], 0);
    assert!(records[0].get("in_head").is_none(), "no history: {v:#}");
    assert_eq!(records[0]["locations"].as_array().map(Vec::len), Some(100));
    let mut all = args.to_vec();
    all.push("--all-locations");
    let flat = json(&leakgate(d, &all));
    assert_eq!(flat["findings"].as_array().map(Vec::len), Some(105));

    // The human block names the first ten other places, then how many more.
    let out = leakgate(d, &["scan", ".", "--isolated", "--no-baseline"]);
    let text = stdout(&out);
    let also: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  also at:"))
        .collect();
    assert_eq!(also.len(), 11, "{text}");
    assert_eq!(also[0], "  also at:     ./cfg/001.env:1:16");
    assert_eq!(
        also[10],
        "  also at:     … and 94 more (--all-locations lists each)"
    );
    assert!(
        text.contains("  at:          ./cfg/000.env:1:16\n"),
        "{text}"
    );
}

#[test]
fn a_secret_in_one_file_reads_as_it_always_did() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let k = openai_project_key(&mut Fake::new(78));
    write(d, "app/.env", &format!("DEBUG=1\nOPENAI_API_KEY={k}\n"));
    let grouped = stdout(&leakgate(d, &["scan", ".", "--isolated", "--no-baseline"]));
    let flat = stdout(&leakgate(
        d,
        &[
            "scan",
            ".",
            "--isolated",
            "--no-baseline",
            "--all-locations",
        ],
    ));
    // The same block, then the table.
    assert!(grouped.starts_with(&flat), "{grouped}\n---\n{flat}");
    assert_eq!(
        &grouped[flat.len()..],
        "1 secret at 1 place:\n  \
         rule                severity  secrets  places\n  \
         openai-project-key  critical        1       1\n"
    );
    let lines: Vec<&str> = flat.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "[critical] OpenAI project API key (openai-project-key)",
            "  at:          ./app/.env:2:16"
        ]
    );
    assert_eq!(lines[2], "  secret:      sk-p********");
}

/// The seconds `--stats` prints on the line starting with `label`.
fn stat_seconds(err: &str, label: &str) -> f64 {
    let line = err
        .lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no {label} line: {err}"));
    line.split_whitespace()
        .find_map(|w| w.strip_suffix('s').and_then(|n| n.parse().ok()))
        .unwrap_or_else(|| panic!("no seconds on {line:?}"))
}

#[test]
fn git_stats_measure_read_match_and_prefilter_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    // Enough content that each phase takes well over a millisecond.
    let filler: String = (0..400)
        .map(|i| {
            format!("line {i}: some text that is not a secret at all, token_name = value{i}\n")
        })
        .collect();
    for i in 0..150 {
        write(d, &format!("docs/{i:03}.txt"), &format!("{i}\n{filler}"));
    }
    commit(d, "docs");
    for packed in [false, true] {
        if packed {
            git(d, &["repack", "-adq"]);
        }
        let out = leakgate(d, &["git", ".", "--isolated", "--stats"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let err = stderr(&out);
        for label in [
            "read time (sum):",
            "match time (sum):",
            "keyword prefilter:",
        ] {
            assert!(
                stat_seconds(&err, label) > 0.0,
                "{label} is zero (packed: {packed}): {err}"
            );
        }
    }
}

#[test]
fn no_progress_bar_when_standard_error_is_not_a_terminal() {
    let fx = fixture();
    for args in [vec!["git", "."], vec!["scan", "."]] {
        let out = leakgate(fx.dir.path(), &args);
        let err = stderr(&out);
        assert!(
            err.lines().all(|l| l.starts_with("leakgate: ")),
            "{args:?}: {err:?}"
        );
        assert!(!err.contains('\r') && !err.contains('\u{1b}'), "{err:?}");
    }
}
