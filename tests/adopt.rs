//! Adoption: fingerprints, `.leakgate.yaml`, inline allows, the baseline, SARIF, gitleaks import.

use crate::common::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

/// Runs a scan with JSON output and returns (exit code, findings), one per place.
fn scan_json(dir: &Path, extra: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["scan", ".", "--format", "json", "--all-locations"];
    args.extend_from_slice(extra);
    let o = leakgate(dir, &args);
    let code = o.status.code().expect("exit code");
    assert!(code != 2, "scan failed: {}", stderr(&o));
    let v = json(&o);
    (code, v["findings"].as_array().expect("findings").clone())
}

fn active(findings: &[Value]) -> Vec<&Value> {
    findings
        .iter()
        .filter(|f| f["suppression"].is_null())
        .collect()
}

/// (rule id, path, line, column, suppression kind)
fn summary(f: &Value) -> (String, String, u64, u64, String) {
    (
        f["rule_id"].as_str().expect("rule").into(),
        f["provenance"]["path"].as_str().unwrap_or("").into(),
        f["location"]["start_line"].as_u64().expect("line"),
        f["location"]["start_column"].as_u64().expect("col"),
        f["suppression"]["kind"].as_str().unwrap_or("").into(),
    )
}

fn s(
    rule: &str,
    path: &str,
    line: u64,
    col: u64,
    kind: &str,
) -> (String, String, u64, u64, String) {
    (rule.into(), path.into(), line, col, kind.into())
}

fn fingerprint_of(findings: &[Value], rule: &str) -> String {
    findings
        .iter()
        .find(|f| f["rule_id"] == rule)
        .and_then(|f| f["fingerprint"].as_str())
        .unwrap_or_else(|| panic!("no {rule} finding in {findings:?}"))
        .to_string()
}

#[test]
fn fingerprint_survives_line_moves_and_renames() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(601);
    let k = openai_project_key(&mut fake);
    write(dir.path(), "app/config.py", &format!("KEY = \"{k}\"\n"));
    let (_, before) = scan_json(dir.path(), &[]);
    let fp = fingerprint_of(&before, "openai-project-key");

    // Ten lines above it, then a rename.
    let padded = format!("{}KEY = \"{k}\"\n", "# filler\n".repeat(10));
    fs::remove_file(dir.path().join("app/config.py")).expect("rm");
    write(dir.path(), "lib/settings.py", &padded);
    let (_, after) = scan_json(dir.path(), &[]);
    assert_eq!(
        after.iter().map(summary).collect::<Vec<_>>(),
        vec![s("openai-project-key", "lib/settings.py", 11, 8, "")]
    );
    assert_eq!(fingerprint_of(&after, "openai-project-key"), fp);

    // A different secret of the same kind has a different identity.
    write(
        dir.path(),
        "lib/other.py",
        &format!("KEY = \"{}\"\n", openai_project_key(&mut fake)),
    );
    let (_, both) = scan_json(dir.path(), &[]);
    let fps: std::collections::BTreeSet<_> = both
        .iter()
        .map(|f| f["fingerprint"].as_str().expect("fp").to_string())
        .collect();
    assert_eq!(fps.len(), 2);
}

#[test]
fn fingerprint_survives_a_rebase_and_the_baseline_follows_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    let mut fake = Fake::new(602);
    let k = anthropic_key(&mut fake);
    write(d, "README", "base\n");
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "base"]);
    git(d, &["checkout", "-q", "-b", "feature"]);
    write(d, "feature.env", &format!("ANTHROPIC_API_KEY={k}\n"));
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "feature"]);
    let history = |args: &[&str]| {
        let mut a = vec!["git", ".", "--format", "json", "--branch", "feature"];
        a.extend_from_slice(args);
        let o = leakgate(d, &a);
        assert!(
            o.status.code() != Some(2),
            "git scan failed: {}",
            stderr(&o)
        );
        (o.status.code(), json(&o))
    };
    let (_, v) = history(&[]);
    let findings = v["findings"].as_array().expect("findings").clone();
    let fp = fingerprint_of(&findings, "anthropic-api-key");
    let commit_before = findings[0]["provenance"]["commit"]
        .as_str()
        .expect("commit")
        .to_string();
    fs::write(
        d.join("report.json"),
        serde_json::to_string(&v).expect("json"),
    )
    .expect("write");

    // Accept it from the history report, then rebase the branch onto a new main commit.
    let o = leakgate(d, &["baseline", "create", "--from-report", "report.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    fs::remove_file(d.join("report.json")).expect("rm");
    git(d, &["checkout", "-q", "main"]);
    write(d, "README", "base\nmore\n");
    git(d, &["commit", "-q", "-am", "main moves"]);
    git(d, &["checkout", "-q", "feature"]);
    git(d, &["rebase", "-q", "main"]);

    let (code, v) = history(&["--reachable-only"]);
    let findings = v["findings"].as_array().expect("findings").clone();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_ne!(
        findings[0]["provenance"]["commit"].as_str(),
        Some(commit_before.as_str())
    );
    assert_eq!(fingerprint_of(&findings, "anthropic-api-key"), fp);
    assert_eq!(findings[0]["suppression"]["kind"], "baseline");
    assert_eq!(code, Some(0));
}

#[test]
fn baseline_fails_only_on_new_findings_even_on_the_same_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut fake = Fake::new(603);
    let old = google_api_key(&mut fake);
    write(d, "cfg.ini", &format!("keys = {old}\n"));
    let o = leakgate(d, &["baseline", "create", "--reason", "revoked 2026-01"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = fs::read_to_string(d.join(".leakgate-baseline")).expect("baseline");
    let fp = {
        let (_, f) = scan_json(d, &["--no-baseline"]);
        fingerprint_of(&f, "google-api-key")
    };
    assert!(
        text.lines()
            .any(|l| l == format!("{fp}\tgoogle-api-key\tcfg.ini\trevoked 2026-01")),
        "{text}"
    );
    assert!(!text.contains("cfg.ini:"), "no line numbers: {text}");

    let (code, f) = scan_json(d, &[]);
    assert_eq!(code, 0);
    assert_eq!(
        f.iter().map(summary).collect::<Vec<_>>(),
        vec![s("google-api-key", "cfg.ini", 1, 8, "baseline")]
    );
    assert_eq!(f[0]["suppression"]["justification"], "revoked 2026-01");
    // The human summary counts what the baseline hides.
    let o = leakgate(d, &["scan", "."]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("1 suppressed"), "{}", stderr(&o));

    // A second secret added to the very same line is new.
    let new = google_api_key(&mut fake);
    write(d, "cfg.ini", &format!("keys = {old}, {new}\n"));
    let (code, f) = scan_json(d, &[]);
    assert_eq!(code, 1);
    let col = 8 + old.chars().count() as u64 + 2;
    assert_eq!(
        f.iter().map(summary).collect::<Vec<_>>(),
        vec![
            s("google-api-key", "cfg.ini", 1, 8, "baseline"),
            s("google-api-key", "cfg.ini", 1, col, "")
        ]
    );
    // --no-baseline reports both.
    let (_, f) = scan_json(d, &["--no-baseline"]);
    assert_eq!(active(&f).len(), 2);
}

#[test]
fn baseline_check_reports_stale_entries_and_new_findings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut fake = Fake::new(604);
    let a = openai_project_key(&mut fake);
    let b = anthropic_key(&mut fake);
    write(d, "a.env", &format!("OPENAI_API_KEY={a}\n"));
    write(d, "b.env", &format!("ANTHROPIC_API_KEY={b}\n"));
    assert_eq!(leakgate(d, &["baseline", "create"]).status.code(), Some(0));
    let o = leakgate(d, &["baseline", "check"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));

    let (_, f) = scan_json(d, &[]);
    let fp_a = fingerprint_of(&f, "openai-project-key");
    fs::remove_file(d.join("a.env")).expect("rm");
    write(
        d,
        "c.env",
        &format!("GOOGLE_API_KEY={}\n", google_api_key(&mut fake)),
    );
    let o = leakgate(d, &["baseline", "check"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].ends_with(&format!(
        ".leakgate-baseline:3: stale: {fp_a} openai-project-key a.env matches no current finding"
    )),
        "{out}"
    );
    assert!(
        lines[1].starts_with("c.env:1:16: new: google-api-key "),
        "{out}"
    );
    assert!(
        stderr(&o).contains("2 entries, 1 stale, 1 new finding"),
        "{}",
        stderr(&o)
    );

    // Recreating drops the stale entry and accepts the new one.
    assert_eq!(leakgate(d, &["baseline", "create"]).status.code(), Some(0));
    assert_eq!(leakgate(d, &["baseline", "check"]).status.code(), Some(0));
}

#[test]
fn baselines_from_two_branches_merge_without_conflict() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    let mut fake = Fake::new(605);
    write(
        d,
        "base.env",
        &format!("OPENAI_API_KEY={}\n", openai_project_key(&mut fake)),
    );
    assert_eq!(leakgate(d, &["baseline", "create"]).status.code(), Some(0));
    let attrs = fs::read_to_string(d.join(".gitattributes")).expect("gitattributes");
    assert_eq!(attrs, "/.leakgate-baseline merge=union\n");
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "adopt leakgate"]);

    // Two branches each accept several findings of their own.
    for (branch, seed) in [("one", 10), ("two", 20)] {
        git(d, &["checkout", "-q", "-b", branch, "main"]);
        let mut f = Fake::new(seed);
        let keys: String = (0..4)
            .map(|_| format!("GOOGLE_API_KEY={}\n", google_api_key(&mut f)))
            .collect();
        write(d, &format!("{branch}.env"), &keys);
        assert_eq!(leakgate(d, &["baseline", "create"]).status.code(), Some(0));
        git(d, &["add", "."]);
        git(d, &["commit", "-q", "-m", branch]);
    }
    git(d, &["checkout", "-q", "main"]);
    git(d, &["merge", "-q", "--no-edit", "one"]);
    git(d, &["merge", "-q", "--no-edit", "two"]);
    let merged = fs::read_to_string(d.join(".leakgate-baseline")).expect("baseline");
    assert!(
        !merged.contains("<<<<<<<") && !merged.contains(">>>>>>>"),
        "{merged}"
    );
    assert_eq!(
        merged.lines().filter(|l| !l.starts_with('#')).count(),
        9,
        "{merged}"
    );
    // The merged baseline accepts everything, and check finds nothing stale.
    let (code, f) = scan_json(d, &[]);
    assert_eq!((code, f.len(), active(&f).len()), (0, 9, 0));
    assert_eq!(leakgate(d, &["baseline", "check"]).status.code(), Some(0));
}

#[test]
fn inline_allows_are_precise_and_strict_reports_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut fake = Fake::new(606);
    let k = openai_project_key(&mut fake);
    let g = google_api_key(&mut fake);
    write(
        d,
        "app.js",
        &format!(
            "const a = \"{k}\"; // leakgate:allow openai-project-key -- revoked 2026-01\n\
             const b = \"{k}\", c = \"{g}\"; // leakgate:allow openai-project-key\n\
             const d = \"{g}\" # gitleaks:allow\n"
        ),
    );
    let (code, f) = scan_json(d, &[]);
    assert_eq!(code, 1);
    let col_c = 12 + k.chars().count() as u64 + 8;
    assert_eq!(
        f.iter().map(summary).collect::<Vec<_>>(),
        vec![
            s("openai-project-key", "app.js", 1, 12, "inline"),
            s("openai-project-key", "app.js", 2, 12, "inline"),
            s("google-api-key", "app.js", 2, col_c, ""),
            s("google-api-key", "app.js", 3, 12, "inline"),
        ]
    );
    assert_eq!(f[0]["suppression"]["justification"], "revoked 2026-01");
    let o = leakgate(
        d,
        &[
            "scan",
            ".",
            "--strict",
            "--format",
            "json",
            "--all-locations",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        active(json(&o)["findings"].as_array().expect("findings")).len(),
        4
    );
    assert!(
        stderr(&o).contains("--strict: reporting 3 findings that inline allow comments hide"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn config_allowlists_suppress_with_their_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut fake = Fake::new(607);
    let (k1, k2, k3, k4) = (
        openai_project_key(&mut fake),
        openai_project_key(&mut fake),
        google_api_key(&mut fake),
        anthropic_key(&mut fake),
    );
    write(d, "src/a.env", &format!("A={k1}\nB={k2}\nC={k3}\n"));
    write(d, "fixtures/x.env", &format!("D={k4}\n"));
    write(d, "vendor/y.env", &format!("E={k4}\n"));
    let (_, f) = scan_json(d, &[]);
    let fp3 = fingerprint_of(&f, "google-api-key");
    let regex_for_k2 = format!("^{}", &k2[..20]);
    write(
        d,
        ".leakgate.yaml",
        &format!(
            "exclude_paths: ['vendor/**']\n\
             allow:\n  - reason: test value\n    rules: [openai-project-key]\n    values: ['{k1}']\n\
             \x20 - reason: by regex\n    regexes: ['{regex_for_k2}']\n\
             \x20 - reason: by fingerprint\n    fingerprints: [{fp3}]\n\
             \x20 - reason: fixtures\n    paths: ['fixtures/**']\n"
        ),
    );
    let (code, f) = scan_json(d, &[]);
    assert_eq!(code, 0, "{f:?}");
    assert_eq!(
        f.iter().map(summary).collect::<Vec<_>>(),
        vec![
            // The configuration names the value itself; it is accepted there too.
            s("openai-project-key", ".leakgate.yaml", 5, 15, "config"),
            s("anthropic-api-key", "fixtures/x.env", 1, 3, "config"),
            s("openai-project-key", "src/a.env", 1, 3, "config"),
            s("openai-project-key", "src/a.env", 2, 3, "config"),
            s("google-api-key", "src/a.env", 3, 3, "config"),
        ]
    );
    let reasons: Vec<_> = f
        .iter()
        .map(|x| x["suppression"]["justification"].as_str().expect("reason"))
        .collect();
    assert_eq!(
        reasons,
        [
            "test value",
            "fixtures",
            "test value",
            "by regex",
            "by fingerprint"
        ]
    );
    // --isolated ignores the file; --config names another.
    let (code, f) = scan_json(d, &["--isolated"]);
    assert_eq!((code, active(&f).len()), (1, 6));
    write(d, "other.yaml", "disabled_rules: [google-api-key]\n");
    let (_, f) = scan_json(d, &["--config", "other.yaml"]);
    assert_eq!(f.len(), 5);
    assert!(f.iter().all(|x| x["rule_id"] != "google-api-key"));
}

#[test]
fn config_errors_name_file_line_and_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let cases: &[(&str, &str)] = &[
        (
            "exclude_paths: []\nexlude_paths: [x]\n",
            ".leakgate.yaml:2:1: key `exlude_paths`",
        ),
        (
            "max_file_size: lots\n",
            ".leakgate.yaml:1:16: key `max_file_size`",
        ),
        (
            "allow:\n  - rules: [openai-project-key]\n    pathz: [x]\n",
            ".leakgate.yaml:3:5: key `pathz`",
        ),
        (
            "allow:\n  - reason: r\n    regexes: ['(unclosed']\n",
            ".leakgate.yaml:3: key `allow.regexes`",
        ),
        (
            "allow:\n  - reason: nothing to match\n",
            ".leakgate.yaml:1: key `allow`",
        ),
        (
            "exclude_paths:\n  - 'a/[b'\n",
            ".leakgate.yaml:2: key `exclude_paths`",
        ),
        (
            "min_entropy:\n  generic-secret-assignment: 9\n",
            ".leakgate.yaml:2: key `min_entropy.generic-secret-assignment`",
        ),
        (
            "min_entropy:\n  no-such-rule: 3\n",
            ".leakgate.yaml:2: key `min_entropy.no-such-rule`",
        ),
        (
            "disabled_rules:\n  - openai-project-key\n  - no-such-rule\n",
            ".leakgate.yaml:3: key `disabled_rules`",
        ),
        (
            "allow:\n  - rules: [no-such-rule]\n    paths: [x]\n",
            ".leakgate.yaml:2: key `allow.rules`",
        ),
        (
            "allow:\n  - fingerprints: [abc]\n",
            ".leakgate.yaml:2: key `allow.fingerprints`",
        ),
    ];
    for (yaml, expected) in cases {
        write(d, ".leakgate.yaml", yaml);
        let o = leakgate(d, &["scan", "."]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{yaml}: {err}");
        assert_eq!(err.lines().count(), 1, "one line for {yaml}: {err}");
        let full = d.join(expected);
        assert!(
            err.starts_with(&format!("leakgate: error: {}", full.display())),
            "{yaml}: expected {expected}, got {err}"
        );
    }
}

#[test]
fn config_show_prints_the_merged_configuration() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(
        d,
        ".leakgate.yaml",
        "exclude_paths: ['rules/*.yaml']\nmin_entropy:\n  generic-secret-assignment: 4.5\n",
    );
    write(d, "sub/x.txt", "nothing\n");
    let o = leakgate(
        &d.join("sub"),
        &["config", "show", "--max-file-size", "1000"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(&format!(
            "# configuration file: {}",
            d.join(".leakgate.yaml").display()
        )),
        "{out}"
    );
    assert!(out.contains("max_file_size: 1000"), "{out}");
    assert!(out.contains("- rules/*.yaml"), "{out}");
    assert!(out.contains("generic-secret-assignment: 4.5"), "{out}");
    let o = leakgate(&d.join("sub"), &["config", "show", "--isolated"]);
    assert!(stdout(&o).contains("# configuration file: none (--isolated)"));
}

#[test]
fn exclude_paths_keep_working() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut fake = Fake::new(608);
    write(
        d,
        "rules/x.yaml",
        &format!("example: {}\n", openai_project_key(&mut fake)),
    );
    write(
        d,
        "src/y.py",
        &format!("K = '{}'\n", openai_project_key(&mut fake)),
    );
    write(
        d,
        ".leakgate.yaml",
        "exclude_paths:\n  - \"rules/*.yaml\"\n",
    );
    let (code, f) = scan_json(d, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        f.iter().map(summary).collect::<Vec<_>>(),
        vec![s("openai-project-key", "src/y.py", 1, 6, "")]
    );
}

/// Builds a tree with active, inline-, config- and baseline-suppressed findings.
fn sarif_fixture(d: &Path) -> Vec<String> {
    let mut fake = Fake::new(609);
    let keys = vec![
        openai_project_key(&mut fake),
        anthropic_key(&mut fake),
        google_api_key(&mut fake),
        github_token(&mut fake, "ghp"),
    ];
    write(d, "old.env", &format!("OPENAI_API_KEY={}\n", keys[0]));
    assert_eq!(leakgate(d, &["baseline", "create"]).status.code(), Some(0));
    write(
        d,
        "src dir/app.py",
        &format!(
            "\n\nkey = \"{}\"  # leakgate:allow -- test fixture\n",
            keys[1]
        ),
    );
    write(
        d,
        "new.env",
        &format!("# ünïcode\nGOOGLE_API_KEY={}\n", keys[2]),
    );
    write(d, "fixtures/t.txt", &format!("token {}\n", keys[3]));
    write(
        d,
        ".leakgate.yaml",
        "allow:\n  - reason: fixtures\n    paths: ['fixtures/**']\n",
    );
    keys
}

#[test]
fn sarif_parses_back_into_the_expected_values() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let keys = sarif_fixture(d);
    let (_, f) = scan_json(d, &[]);
    let o = leakgate(d, &["scan", ".", "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 4);
    for r in rules {
        for key in ["shortDescription", "fullDescription"] {
            assert!(
                r[key]["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{r}"
            );
        }
        assert!(
            r["help"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("Revoke")),
            "{r}"
        );
        assert!(r["help"]["markdown"].as_str().is_some());
        assert!(
            r["helpUri"]
                .as_str()
                .is_some_and(|u| u.starts_with("https://")),
            "{r}"
        );
        assert!(r["properties"]["security-severity"].as_str().is_some());
        assert!(r["properties"]["tags"]
            .as_array()
            .is_some_and(|t| t.contains(&Value::from("security"))));
    }
    let got: Vec<_> = results
        .iter()
        .map(|r| {
            let loc = &r["locations"][0]["physicalLocation"];
            let reg = &loc["region"];
            let idx = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(rules[idx]["id"], r["ruleId"]);
            assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
            (
                r["ruleId"].as_str().expect("ruleId").to_string(),
                loc["artifactLocation"]["uri"]
                    .as_str()
                    .expect("uri")
                    .to_string(),
                [&reg["startLine"], &reg["startColumn"], &reg["endLine"]]
                    .map(|x| x.as_u64().expect("n")),
                r["suppressions"][0]["kind"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
                r["baselineState"]
                    .as_str()
                    .expect("baselineState")
                    .to_string(),
            )
        })
        .collect();
    let t = |a: &str, b: &str, c: [u64; 3], e: &str, st: &str| {
        (
            a.to_string(),
            b.to_string(),
            c,
            e.to_string(),
            st.to_string(),
        )
    };
    assert_eq!(
        got,
        vec![
            t(
                "github-personal-access-token",
                "fixtures/t.txt",
                [1, 7, 1],
                "external",
                "new"
            ),
            t("google-api-key", "new.env", [2, 16, 2], "", "new"),
            t(
                "openai-project-key",
                "old.env",
                [1, 16, 1],
                "external",
                "unchanged"
            ),
            t(
                "anthropic-api-key",
                "src%20dir/app.py",
                [3, 8, 3],
                "inSource",
                "new"
            ),
        ]
    );
    for (r, jf) in results.iter().zip(&f) {
        assert_eq!(
            r["partialFingerprints"]["leakgateFingerprint/v1"],
            jf["fingerprint"]
        );
        let reg = &r["locations"][0]["physicalLocation"]["region"];
        assert_eq!(reg["endColumn"], jf["location"]["end_column"]);
        assert_eq!(reg["snippet"]["text"], jf["redacted"]);
    }
    assert_eq!(
        results[3]["suppressions"][0]["justification"],
        "test fixture"
    );
    // Nothing in the SARIF shows a full secret.
    let text = stdout(&o);
    for k in keys {
        assert!(!text.contains(&k));
    }
}

#[test]
fn sarif_validates_under_microsofts_validator() {
    let Some(tool) = sarif_validator() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    sarif_fixture(d);
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "fixture"]);
    fs::create_dir_all(d.join("emptydir")).expect("mkdir");
    let mut files = Vec::new();
    for (name, args) in [
        ("scan.sarif", vec!["scan", "."]),
        // A run with no results must validate too.
        (
            "empty.sarif",
            vec!["scan", "emptydir", "--isolated", "--no-baseline"],
        ),
        ("git.sarif", vec!["git", "."]),
    ] {
        let mut a = args;
        a.extend(["--format", "sarif", "--output", name]);
        let o = leakgate(d, &a);
        assert!(o.status.code() != Some(2), "{name}: {}", stderr(&o));
        files.push(d.join(name));
    }
    // One validator run for all three files: it starts slowly.
    let out = validate_sarif_with(&tool, &files);
    assert!(out.contains("3 files scanned"), "{out}");
}

#[test]
fn import_gitleaks_converts_rules_and_allowlists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let toml = r#"
title = "acme"
[extend]
useDefault = true

[[rules]]
id = "acme_token"
description = "Acme API token"
regex = '''acme_(?:live|test)_([a-z0-9]{32})'''
secretGroup = 1
entropy = 2.5
keywords = ["acme_"]
  [[rules.allowlists]]
  description = "test tokens"
  regexes = ['''^qa''']
  stopwords = ["example"]

[[rules]]
id = "pkcs12-file"
path = '''\.p12$'''

[allowlist]
description = "global"
paths = ['''^testdata/''', '''(?i)\.(png|jpg)$''']
commits = ["abc123"]
"#;
    write(d, ".gitleaks.toml", toml);
    let o = leakgate(d, &["import", "gitleaks", ".gitleaks.toml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    for expected in [
        "pkcs12-file",
        "(?i)\\.(png|jpg)$",
        "commit(s) not converted",
        "useDefault",
    ] {
        assert!(
            err.contains(expected),
            "notes should mention {expected}: {err}"
        );
    }
    let o = leakgate(d, &["rules", "check", "gitleaks-rules.yaml"]);
    assert!(stdout(&o).contains("has no examples"), "{}", stdout(&o));

    let mut fake = Fake::new(610);
    let live = fake.string(b"abcdefghijklmnopqrstuvwxyz0123456789", 32);
    write(
        d,
        "src/app.txt",
        &format!(
            "token=acme_live_{live}\nzero=acme_test_{}\n",
            "qa".to_string() + &fake.string(b"abcdefghijklmnopqrstuvwxyz0123456789", 30)
        ),
    );
    write(
        d,
        "testdata/t.txt",
        &format!(
            "token=acme_live_{}\n",
            fake.string(b"abcdefghijklmnopqrstuvwxyz0123456789", 32)
        ),
    );
    let (code, f) = scan_json(d, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        f.iter().map(summary).collect::<Vec<_>>(),
        vec![
            s("gitleaks-acme-token", "src/app.txt", 1, 17, ""),
            s("gitleaks-acme-token", "src/app.txt", 2, 16, "config"),
            s("gitleaks-acme-token", "testdata/t.txt", 1, 17, "config"),
        ]
    );
    // A second import refuses to overwrite.
    let o = leakgate(d, &["import", "gitleaks", ".gitleaks.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--force"));
}
