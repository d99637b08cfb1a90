//! The combined report of many repositories: one JSONL and one SARIF, deduplicated by
//! fingerprint, each secret listing every repository that holds it. Built from the
//! per-repository files, so `leakgate sweep` and `leakgate merge` produce it the same way.

use crate::report::sarif::{FINGERPRINT_KEY, SCHEMA_URI};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// The combined JSON Lines file under an output directory.
pub const FINDINGS_JSONL: &str = "findings.jsonl";
/// The combined SARIF file under an output directory.
pub const FINDINGS_SARIF: &str = "findings.sarif";

/// One repository's per-repository outputs, as inputs to the combined report.
pub struct RepoOutputs {
    pub repository: String,
    pub jsonl: PathBuf,
    pub sarif: PathBuf,
}

/// One secret across repositories: its first finding, where else it is, and how often.
struct Secret {
    record: Value,
    repositories: Vec<String>,
    occurrences: usize,
}

fn fingerprint_of(v: &Value) -> Option<String> {
    v.get("fingerprint")?.as_str().map(str::to_string)
}

/// Reads the findings of every repository's JSONL, grouped by fingerprint (suppressed findings
/// are left out: the combined report is what needs acting on).
fn secrets(inputs: &[RepoOutputs]) -> Result<BTreeMap<String, Secret>, String> {
    let mut by_fp: BTreeMap<String, Secret> = BTreeMap::new();
    for input in inputs {
        let file = match std::fs::File::open(&input.jsonl) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(format!("{}: cannot read: {e}", input.jsonl.display())),
        };
        for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| format!("{}: cannot read: {e}", input.jsonl.display()))?;
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(&line)
                .map_err(|e| format!("{}:{}: not a finding: {e}", input.jsonl.display(), n + 1))?;
            if v.get("suppression").is_some_and(|s| !s.is_null()) {
                continue;
            }
            let Some(fp) = fingerprint_of(&v) else {
                return Err(format!(
                    "{}:{}: a finding without a fingerprint",
                    input.jsonl.display(),
                    n + 1
                ));
            };
            let s = by_fp.entry(fp).or_insert_with(|| Secret {
                record: v,
                repositories: Vec::new(),
                occurrences: 0,
            });
            s.occurrences += 1;
            if !s.repositories.contains(&input.repository) {
                s.repositories.push(input.repository.clone());
            }
        }
    }
    Ok(by_fp)
}

/// Writes `findings.jsonl` (one record per secret: its first finding plus `repository`,
/// `repositories` and `occurrences`) and `findings.sarif` under `out`; returns the number of
/// distinct secrets.
pub fn write_combined(inputs: &[RepoOutputs], out: &Path) -> Result<usize, String> {
    let secrets = secrets(inputs)?;
    let path = out.join(FINDINGS_JSONL);
    let mut buf = Vec::new();
    for s in secrets.values() {
        let mut record = s.record.clone();
        if let Some(obj) = record.as_object_mut() {
            obj.insert("repository".into(), json!(s.repositories[0]));
            obj.insert("repositories".into(), json!(s.repositories));
            obj.insert("occurrences".into(), json!(s.occurrences));
        }
        serde_json::to_writer(&mut buf, &record).map_err(|e| e.to_string())?;
        let _ = writeln!(buf);
    }
    super::result::write_atomically(&path, &buf)?;
    let sarif = combined_sarif(inputs, &secrets)?;
    let text = serde_json::to_vec_pretty(&sarif).map_err(|e| e.to_string())?;
    super::result::write_atomically(&out.join(FINDINGS_SARIF), &text)?;
    Ok(secrets.len())
}

/// One SARIF run over all repositories: the union of the rules that fired, one result per
/// fingerprint (the first repository's), with `properties.repositories` naming every repository
/// that holds it; `ruleIndex` renumbered into the union.
fn combined_sarif(
    inputs: &[RepoOutputs],
    secrets: &BTreeMap<String, Secret>,
) -> Result<Value, String> {
    let mut driver: Option<Value> = None;
    let mut rules: BTreeMap<String, Value> = BTreeMap::new();
    let mut results: BTreeMap<String, Value> = BTreeMap::new();
    for input in inputs {
        let text = match std::fs::read(&input.sarif) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(format!("{}: cannot read: {e}", input.sarif.display())),
        };
        let log: Value = serde_json::from_slice(&text)
            .map_err(|e| format!("{}: not SARIF: {e}", input.sarif.display()))?;
        for run in log["runs"].as_array().into_iter().flatten() {
            let d = &run["tool"]["driver"];
            if driver.is_none() {
                driver = Some(d.clone());
            }
            for r in d["rules"].as_array().into_iter().flatten() {
                if let Some(id) = r["id"].as_str() {
                    rules.entry(id.to_string()).or_insert_with(|| r.clone());
                }
            }
            for res in run["results"].as_array().into_iter().flatten() {
                let Some(fp) = res["partialFingerprints"][FINGERPRINT_KEY].as_str() else {
                    continue;
                };
                let Some(secret) = secrets.get(fp) else {
                    continue; // suppressed
                };
                results.entry(fp.to_string()).or_insert_with(|| {
                    let mut r = res.clone();
                    if let Some(obj) = r.as_object_mut() {
                        let props = obj
                            .entry("properties")
                            .or_insert_with(|| Value::Object(Map::new()));
                        if let Some(p) = props.as_object_mut() {
                            p.insert("repository".into(), json!(secret.repositories[0]));
                            p.insert("repositories".into(), json!(secret.repositories));
                        }
                    }
                    r
                });
            }
        }
    }
    let index: BTreeMap<&str, usize> = rules
        .keys()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let results: Vec<Value> = results
        .into_values()
        .map(|mut r| {
            let i = r["ruleId"].as_str().and_then(|id| index.get(id)).copied();
            if let (Some(i), Some(obj)) = (i, r.as_object_mut()) {
                obj.insert("ruleIndex".into(), json!(i));
            }
            r
        })
        .collect();
    let mut driver = driver.unwrap_or_else(|| {
        json!({
            "name": "leakgate",
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://github.com/leakgate/leakgate",
        })
    });
    driver["rules"] = json!(rules.into_values().collect::<Vec<_>>());
    Ok(json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "results": results,
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {
                "%SRCROOT%": {"description": {"text": "The root of the repository named by each result's `repository` property."}}
            },
        }],
    }))
}
