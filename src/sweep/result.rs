//! What a sweep records per repository (`repos/<key>.json`) and for the whole sweep
//! (`summary.json`), and reading them back to resume or merge.
//!
//! A repository's record is written last, after its JSONL and SARIF, by renaming a finished
//! temporary file: a record that exists describes outputs that are complete.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Whether a repository was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Error,
}

/// One repository's result: a row of `summary.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RepoResult {
    /// The repository exactly as listed.
    pub repository: String,
    pub status: Status,
    /// Why the repository could not be judged (or only in part); none when `ok`.
    #[serde(default)]
    pub reason: Option<String>,
    /// Findings not accepted by configuration or baseline, and their distinct fingerprints.
    pub findings: usize,
    pub secrets: usize,
    /// Bytes scanned and the time it took (the clone included).
    pub bytes: u64,
    pub seconds: f64,
    /// SHA-256 of the refs (`oid\tref` lines) the scan saw: a resumed sweep skips a repository
    /// whose refs and rules version are unchanged.
    #[serde(default)]
    pub heads: Option<String>,
    pub rules_version: String,
    /// This sweep reused the record of an earlier one instead of scanning again.
    #[serde(default)]
    pub resumed: bool,
}

/// `summary.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Summary {
    pub leakgate: String,
    /// The shard this summary covers (`0/1` for a whole sweep; `merged` after `leakgate merge`).
    pub shard: String,
    pub totals: Totals,
    pub repositories: Vec<RepoResult>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub repositories: usize,
    pub ok: usize,
    pub errors: usize,
    pub resumed: usize,
    pub findings: usize,
    /// Distinct fingerprints over all repositories (a secret in two repositories counts once).
    pub secrets: usize,
    pub bytes: u64,
    pub seconds: f64,
}

impl Summary {
    /// A summary of `repositories`; `secrets` is counted by the caller across repositories.
    pub fn new(shard: String, repositories: Vec<RepoResult>, secrets: usize) -> Summary {
        let mut t = Totals {
            repositories: repositories.len(),
            secrets,
            ..Totals::default()
        };
        for r in &repositories {
            match r.status {
                Status::Ok => t.ok += 1,
                Status::Error => t.errors += 1,
            }
            t.resumed += usize::from(r.resumed);
            t.findings += r.findings;
            t.bytes += r.bytes;
            t.seconds += r.seconds;
        }
        Summary {
            leakgate: env!("CARGO_PKG_VERSION").to_string(),
            shard,
            totals: t,
            repositories,
        }
    }

    /// 2 if any repository errored, else 1 if anything was found, else 0.
    pub fn exit_code(&self) -> u8 {
        if self.totals.errors > 0 {
            2
        } else if self.totals.findings > 0 {
            1
        } else {
            0
        }
    }
}

/// Where a repository's outputs live under an output directory.
pub struct RepoFiles {
    pub record: PathBuf,
    pub jsonl: PathBuf,
    pub sarif: PathBuf,
}

/// The folder of per-repository outputs under an output directory.
pub const REPOS_DIR: &str = "repos";

impl RepoFiles {
    pub fn new(out: &Path, key: &str) -> RepoFiles {
        let dir = out.join(REPOS_DIR);
        RepoFiles {
            record: dir.join(format!("{key}.json")),
            jsonl: dir.join(format!("{key}.jsonl")),
            sarif: dir.join(format!("{key}.sarif")),
        }
    }
}

/// Writes `bytes` to `path` through a temporary file renamed into place.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// A record written by an earlier sweep, if one exists and reads back.
pub fn read_record(path: &Path) -> Option<RepoResult> {
    let text = std::fs::read(path).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Reads a `summary.json`.
pub fn read_summary(path: &Path) -> Result<Summary, String> {
    let text = crate::limits::read_bounded(path, "sweep summary", 1 << 30)?;
    serde_json::from_str(&text).map_err(|e| format!("{}: not a sweep summary: {e}", path.display()))
}
