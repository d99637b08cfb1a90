//! `leakgate sweep`: many repositories, each cloned if remote, scanned over its whole history,
//! with one JSONL, one SARIF and one record per repository, a `summary.json` and a combined
//! report; resumable, and split into shards for many machines (see `docs/sweep.md`).
//!
//! A repository that cannot be cloned, opened or read is recorded as an `error` with its reason
//! and the sweep goes on. A repository whose record says it was judged at the same refs with the
//! same rules is not scanned again.
//!
//! May import: `finding`, `limits`, `outcome`, `policy`, `report`, `rules`, `scan`, `source`.

pub mod combine;
pub mod list;
pub mod progress;
pub mod result;

use crate::outcome::ScanOutcome;
use crate::policy::suppress::Suppressor;
use crate::report::{self, Format, ReportContext};
use crate::rules::RuleSet;
use crate::scan::{jobs, scan_git, ContentPolicy, Scanner, Workers};
use crate::source::git::{clone, GitScanOptions, Repo};
use combine::RepoOutputs;
use list::{output_key, Shard};
use progress::Progress;
use result::{read_record, write_atomically, RepoFiles, RepoResult, Status, Summary};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The summary file under an output directory.
pub const SUMMARY_JSON: &str = "summary.json";

/// What judges content, shared by every repository of the sweep.
pub struct Engine<'a> {
    pub scanner: &'a Scanner,
    pub policy: &'a ContentPolicy,
    pub suppressor: &'a Suppressor,
    /// Names the rules and content policy: a change means earlier records are stale.
    pub rules_version: String,
}

/// How the sweep runs.
pub struct SweepOptions {
    pub out: PathBuf,
    /// Where remote repositories are cloned (`<key>.git` each).
    pub clone_dir: PathBuf,
    pub keep_clones: bool,
    /// Repositories at once, and worker threads in all (0: one per core).
    pub jobs: usize,
    pub threads: usize,
    pub clone_timeout: Duration,
    pub shard: Shard,
    pub progress: bool,
}

/// A digest naming the leakgate version, the rules (every field of every rule, in order), the
/// content policy and `extra` (what else decides findings: the configuration's path and
/// excluded paths).
pub fn rules_version(rules: &RuleSet, policy: &ContentPolicy, extra: &str) -> String {
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    for r in rules.rules() {
        h.update(b"\0");
        h.update(serde_json::to_vec(&r.spec).unwrap_or_default());
    }
    h.update(format!("\0{}\0{}\0{extra}", policy.max_size, policy.archives).as_bytes());
    hex(&h.finalize()[..16])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Sweeps the repositories of `repositories` that fall in this shard; writes every output under
/// `opts.out` and returns the summary (also written as `summary.json`).
pub fn sweep(
    repositories: &[String],
    engine: &Engine<'_>,
    opts: &SweepOptions,
) -> Result<Summary, String> {
    let mine: Vec<&String> = repositories
        .iter()
        .filter(|r| opts.shard.holds(r))
        .collect();
    for dir in [opts.out.join(result::REPOS_DIR), opts.clone_dir.clone()] {
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    }
    let progress = Progress::new(mine.len(), opts.progress);
    let slots: Mutex<Vec<Option<RepoResult>>> = Mutex::new(vec![None; mine.len()]);
    jobs::run_jobs(mine.len(), opts.jobs, opts.threads, |i, workers| {
        let r = sweep_one(mine[i], engine, opts, workers);
        // A resumed repository's bytes were scanned by an earlier sweep: not this one's rate.
        let scanned = if r.resumed { 0 } else { r.bytes };
        progress.finished(r.status == Status::Error, r.resumed, scanned);
        if let Ok(mut s) = slots.lock() {
            s[i] = Some(r);
        }
    })?;
    let results: Vec<RepoResult> = slots
        .into_inner()
        .map_err(|_| "a repository's scan panicked".to_string())?
        .into_iter()
        .zip(&mine)
        .map(|(r, name)| r.unwrap_or_else(|| failed(name, engine, "not judged".into())))
        .collect();
    finish(&opts.out, opts.shard.to_string(), results, |r| {
        let files = RepoFiles::new(&opts.out, &output_key(&r.repository));
        RepoOutputs {
            repository: r.repository.clone(),
            jsonl: files.jsonl,
            sarif: files.sarif,
        }
    })
}

/// Writes the combined report and `summary.json` for `results`, whose outputs `files` finds.
pub fn finish(
    out: &Path,
    shard: String,
    results: Vec<RepoResult>,
    files: impl Fn(&RepoResult) -> RepoOutputs,
) -> Result<Summary, String> {
    let inputs: Vec<RepoOutputs> = results.iter().map(files).collect();
    let secrets = combine::write_combined(&inputs, out)?;
    let summary = Summary::new(shard, results, secrets);
    let text = serde_json::to_vec_pretty(&summary).map_err(|e| e.to_string())?;
    write_atomically(&out.join(SUMMARY_JSON), &text)?;
    Ok(summary)
}

fn failed(name: &str, engine: &Engine<'_>, reason: String) -> RepoResult {
    RepoResult {
        repository: name.to_string(),
        status: Status::Error,
        reason: Some(reason),
        findings: 0,
        secrets: 0,
        bytes: 0,
        seconds: 0.0,
        heads: None,
        rules_version: engine.rules_version.clone(),
        resumed: false,
    }
}

/// One repository: resumed from its record, or judged and recorded; never an `Err`, since a
/// repository that fails is a row of the summary, not the end of the sweep.
fn sweep_one(
    name: &str,
    engine: &Engine<'_>,
    opts: &SweepOptions,
    workers: &Workers,
) -> RepoResult {
    let started = Instant::now();
    let key = output_key(name);
    let files = RepoFiles::new(&opts.out, &key);
    let mut result = failed(name, engine, String::new());
    match judge(name, &key, &files, engine, opts, workers, &mut result) {
        Ok(Some(previous)) => return previous,
        Ok(None) => {}
        Err(reason) => {
            result.status = Status::Error;
            result.reason = Some(reason);
        }
    }
    result.seconds = started.elapsed().as_secs_f64();
    let written = serde_json::to_vec_pretty(&result)
        .map_err(|e| e.to_string())
        .and_then(|text| write_atomically(&files.record, &text));
    if let Err(e) = written {
        result.status = Status::Error;
        result.reason = Some(e);
    }
    result
}

/// Removes a temporary clone when dropped, unless it is to be kept.
struct CloneGuard<'a> {
    path: &'a Path,
    keep: bool,
}

impl Drop for CloneGuard<'_> {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(self.path);
        }
    }
}

/// The refs of a repository (listed remotely, or read locally), as one digest.
fn heads_of(name: &str, remote: bool, opts: &SweepOptions) -> Result<String, String> {
    let lines = if remote {
        clone::remote_heads(name, opts.clone_timeout)
    } else {
        Repo::open(Path::new(name)).and_then(|r| r.ref_tips())
    }
    .map_err(|e| e.to_string())?;
    Ok(hex(&Sha256::digest(lines.join("\n").as_bytes())[..16]))
}

/// Judges one repository into `result` and its files; `Some(previous record)` when an earlier
/// sweep already judged it at the same refs with the same rules.
fn judge(
    name: &str,
    key: &str,
    files: &RepoFiles,
    engine: &Engine<'_>,
    opts: &SweepOptions,
    workers: &Workers,
    result: &mut RepoResult,
) -> Result<Option<RepoResult>, String> {
    let remote = clone::is_clone_url(name);
    let heads = heads_of(name, remote, opts)?;
    result.heads = Some(heads.clone());
    if let Some(previous) = read_record(&files.record) {
        let unchanged = previous.status == Status::Ok
            && previous.repository == name
            && previous.heads.as_deref() == Some(heads.as_str())
            && previous.rules_version == engine.rules_version;
        if unchanged {
            return Ok(Some(RepoResult {
                resumed: true,
                ..previous
            }));
        }
    }
    // Outputs of an earlier sweep must not stand for this one's if this one fails.
    for stale in [&files.jsonl, &files.sarif] {
        let _ = std::fs::remove_file(stale);
    }
    let dest = opts.clone_dir.join(format!("{key}.git"));
    let _guard;
    let path = if remote {
        if dest.exists() {
            std::fs::remove_dir_all(&dest)
                .map_err(|e| format!("{}: cannot remove an old clone: {e}", dest.display()))?;
        }
        _guard = CloneGuard {
            path: &dest,
            keep: opts.keep_clones,
        };
        clone::clone_bare(name, &dest, opts.clone_timeout).map_err(|e| e.to_string())?;
        dest.clone()
    } else {
        PathBuf::from(name)
    };
    let repo = Repo::open(&path).map_err(|e| e.to_string())?;
    let git_opts = GitScanOptions {
        repo: path.clone(),
        ..GitScanOptions::default()
    };
    let scan = scan_git(engine.scanner, &repo, &git_opts, engine.policy, workers)
        .map_err(|e| e.to_string())?;
    let mut outcome: ScanOutcome = scan.outcome;
    if !engine.suppressor.is_noop() {
        engine.suppressor.apply(&mut outcome.findings);
    }
    write_outputs(engine, &outcome, files)?;
    let active: Vec<&str> = report::active(&outcome.findings)
        .map(|f| f.fingerprint.as_str())
        .collect();
    result.findings = active.len();
    result.secrets = active.iter().collect::<HashSet<_>>().len();
    result.bytes = outcome.stats.bytes_scanned;
    let lost: Vec<String> = outcome
        .warnings
        .iter()
        .filter(|w| w.lost_coverage)
        .map(|w| format!("{}: {}", w.path, w.message))
        .collect();
    if lost.is_empty() {
        result.status = Status::Ok;
        result.reason = None;
    } else {
        result.status = Status::Error;
        result.reason = Some(format!(
            "scanned in part: {}{}",
            lost.iter().take(3).cloned().collect::<Vec<_>>().join("; "),
            if lost.len() > 3 { "; …" } else { "" }
        ));
    }
    Ok(None)
}

/// The repository's JSONL (every finding, with its fingerprint) and SARIF.
fn write_outputs(
    engine: &Engine<'_>,
    outcome: &ScanOutcome,
    files: &RepoFiles,
) -> Result<(), String> {
    let ctx = ReportContext {
        rules: engine.scanner.rules(),
        outcome,
        color: false,
        show_secrets: engine.scanner.finding_options.show_secrets,
        baseline_active: engine.suppressor.baseline.is_some(),
        // One record per place: the combined report deduplicates by fingerprint itself.
        all_locations: true,
    };
    for (format, path) in [(Format::Jsonl, &files.jsonl), (Format::Sarif, &files.sarif)] {
        let mut buf = Vec::new();
        report::reporter(format)
            .write(&ctx, &mut buf)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
        write_atomically(path, &buf)?;
    }
    Ok(())
}
