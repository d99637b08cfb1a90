//! The scan: the one place with threads. It feeds blobs from a source to per-thread matchers and
//! gathers findings, warnings and counters.

use crate::blob::{BlobId, Provenance};
use crate::finding::{build_findings, Finding, FindingOptions};
use crate::matcher::{Match, Matcher, RegexMatcher, Scratch};
use crate::rules::RuleSet;
use crate::source::fs::{self as fs_source, FileContent, ReadOutcome, WalkOptions};
use globset::GlobSet;
use ignore::{ParallelVisitor, ParallelVisitorBuilder, WalkState};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Default `--max-file-size`: larger files are skipped with a warning.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 8 << 20;

/// Compiled rules and the engine, shared read-only by every worker.
pub struct Scanner {
    rules: Arc<RuleSet>,
    matcher: Box<dyn Matcher>,
    pub finding_options: FindingOptions,
    /// Configured allowlist entries that must see the secret (see `suppress`).
    secret_allowlist: Option<Arc<crate::suppress::SecretAllowlist>>,
}

/// What one worker thread reuses from blob to blob.
#[derive(Default)]
pub struct WorkerState {
    scratch: Scratch,
    matches: Vec<Match>,
    pub buf: Vec<u8>,
}

impl WorkerState {
    /// Moves the matching costs accumulated so far into `stats`.
    pub fn drain_costs_into(&mut self, stats: &mut ScanStats) {
        stats.costs.merge(&self.scratch.costs);
        self.scratch.costs = Default::default();
    }
}

impl Scanner {
    pub fn new(rules: RuleSet, finding_options: FindingOptions) -> Scanner {
        let rules = Arc::new(rules);
        let matcher = Box::new(RegexMatcher::new(Arc::clone(&rules)));
        Scanner {
            rules,
            matcher,
            finding_options,
            secret_allowlist: None,
        }
    }

    /// Allowlist entries judged on each new finding's secret while the bytes are at hand.
    pub fn set_secret_allowlist(&mut self, allow: Option<crate::suppress::SecretAllowlist>) {
        self.secret_allowlist = allow.map(Arc::new);
    }

    /// Lets the secret allowlist see the secrets of `out[from..]`, found in `bytes`.
    fn review_secrets(&self, bytes: &[u8], out: &mut [Finding], from: usize) {
        if let Some(allow) = &self.secret_allowlist {
            for f in out.iter_mut().skip(from) {
                if let Some(secret) = bytes.get(f.location.start_offset..f.location.end_offset) {
                    allow.review(f, secret);
                }
            }
        }
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Matches `bytes`; returns the matches (valid until the next call with this state).
    pub fn find<'s>(&self, bytes: &[u8], state: &'s mut WorkerState) -> &'s [Match] {
        state.matches.clear();
        self.matcher
            .find(bytes, &mut state.scratch, &mut state.matches);
        &state.matches
    }

    /// Turns matches found in `bytes` into findings at each of `provenances`.
    pub fn findings_for(
        &self,
        bytes: &[u8],
        blob_id: Option<BlobId>,
        matches: &[Match],
        provenances: &[Provenance],
        out: &mut Vec<Finding>,
    ) {
        let from = out.len();
        build_findings(
            self.rules.rules(),
            bytes,
            blob_id,
            matches,
            provenances,
            self.finding_options,
            out,
        );
        self.review_secrets(bytes, out, from);
    }

    /// Matches `bytes` and appends findings at `provenances`; returns how many matches it had.
    pub fn scan_blob(
        &self,
        bytes: &[u8],
        blob_id: Option<BlobId>,
        provenances: &[Provenance],
        state: &mut WorkerState,
        out: &mut Vec<Finding>,
    ) -> usize {
        let matches = self.find(bytes, state);
        if matches.is_empty() {
            return 0;
        }
        let id = blob_id.or_else(|| Some(BlobId::of_content(bytes)));
        self.findings_for(bytes, id, matches, provenances, out);
        matches.len()
    }
}

/// Counters for the summary line and `--stats`.
#[derive(Debug, Clone, Default)]
pub struct ScanStats {
    pub blobs_scanned: u64,
    pub bytes_scanned: u64,
    pub skipped_binary: u64,
    pub skipped_too_large: u64,
    pub skipped_excluded: u64,
    pub not_utf8: u64,
    pub errors: u64,
    pub read_time: Duration,
    pub match_time: Duration,
    pub elapsed: Duration,
    pub costs: crate::matcher::MatchCosts,
}

impl ScanStats {
    pub fn merge(&mut self, o: &ScanStats) {
        self.blobs_scanned += o.blobs_scanned;
        self.bytes_scanned += o.bytes_scanned;
        self.skipped_binary += o.skipped_binary;
        self.skipped_too_large += o.skipped_too_large;
        self.skipped_excluded += o.skipped_excluded;
        self.not_utf8 += o.not_utf8;
        self.errors += o.errors;
        self.read_time += o.read_time;
        self.match_time += o.match_time;
        self.costs.merge(&o.costs);
    }
}

/// A problem with one input that did not stop the scan.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    pub path: String,
    pub message: String,
    /// Whether content went unscanned because of it (decides exit code 2 when nothing is found).
    pub lost_coverage: bool,
}

/// Everything a scan produced, sorted for deterministic output.
#[derive(Debug, Default)]
pub struct ScanOutcome {
    pub findings: Vec<Finding>,
    pub warnings: Vec<Warning>,
    pub stats: ScanStats,
}

impl ScanOutcome {
    pub fn finish(&mut self, started: Instant) {
        self.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.warnings.sort();
        self.warnings.dedup();
        // Derived, not counted as warnings are pushed: every source then agrees on it.
        self.stats.errors = self.warnings.iter().filter(|w| w.lost_coverage).count() as u64;
        self.stats.elapsed = started.elapsed();
    }

    pub fn merge(&mut self, other: ScanOutcome) {
        self.findings.extend(other.findings);
        self.warnings.extend(other.warnings);
        self.stats.merge(&other.stats);
    }
}

/// What a working-tree scan needs beyond the scanner.
#[derive(Debug, Clone)]
pub struct PathScanOptions {
    pub walk: WalkOptions,
    pub max_file_size: u64,
    /// Paths (relative to the report base) that are never scanned.
    pub exclude: Option<GlobSet>,
}

impl Default for PathScanOptions {
    fn default() -> Self {
        PathScanOptions {
            walk: WalkOptions::default(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            exclude: None,
        }
    }
}

struct Shared<'a> {
    scanner: &'a Scanner,
    opts: &'a PathScanOptions,
    base: &'a Path,
    results: Mutex<Vec<ScanOutcome>>,
}

struct FileVisitor<'a, 's> {
    shared: &'s Shared<'a>,
    state: WorkerState,
    outcome: ScanOutcome,
}

impl<'a, 's> ParallelVisitorBuilder<'s> for &'s Shared<'a> {
    fn build(&mut self) -> Box<dyn ParallelVisitor + 's> {
        Box::new(FileVisitor {
            shared: self,
            state: WorkerState::default(),
            outcome: ScanOutcome::default(),
        })
    }
}

impl Drop for FileVisitor<'_, '_> {
    fn drop(&mut self) {
        self.state.drain_costs_into(&mut self.outcome.stats);
        let outcome = std::mem::take(&mut self.outcome);
        if let Ok(mut r) = self.shared.results.lock() {
            r.push(outcome);
        }
    }
}

impl ParallelVisitor for FileVisitor<'_, '_> {
    fn visit(&mut self, entry: Result<ignore::DirEntry, ignore::Error>) -> WalkState {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = walk_error_path(&err)
                    .map(|p| self.rel(&p))
                    .unwrap_or_default();
                self.warn(
                    path,
                    format!("cannot walk: {}", walk_error_message(&err)),
                    true,
                );
                return WalkState::Continue;
            }
        };
        let Some(ft) = entry.file_type() else {
            return WalkState::Continue;
        };
        if !ft.is_file() {
            // Directories are walked; symlinks are only followed when asked (then they arrive as
            // their targets' types); sockets and devices are never content.
            return WalkState::Continue;
        }
        self.scan_file(entry.path());
        WalkState::Continue
    }
}

impl FileVisitor<'_, '_> {
    fn rel(&self, path: &Path) -> String {
        let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        fs_source::relative_path(&abs, self.shared.base)
    }

    fn warn(&mut self, path: String, message: String, lost_coverage: bool) {
        self.outcome.warnings.push(Warning {
            path,
            message,
            lost_coverage,
        });
    }

    fn scan_file(&mut self, path: &Path) {
        let rel = self.rel(path);
        if let Some(ex) = &self.shared.opts.exclude {
            if ex.is_match(&rel) {
                self.outcome.stats.skipped_excluded += 1;
                return;
            }
        }
        let t0 = Instant::now();
        let read = fs_source::read_file(path, self.shared.opts.max_file_size, &mut self.state.buf);
        self.outcome.stats.read_time += t0.elapsed();
        let content = match read {
            Ok(ReadOutcome::Content(c)) => c,
            Ok(ReadOutcome::TooLarge(len)) => {
                self.outcome.stats.skipped_too_large += 1;
                let max = self.shared.opts.max_file_size;
                self.warn(
                    rel,
                    format!("skipped: {len} bytes is over --max-file-size {max}"),
                    false,
                );
                return;
            }
            Err(e) => {
                self.warn(rel, format!("cannot read: {e}"), true);
                return;
            }
        };
        let buf = std::mem::take(&mut self.state.buf);
        let bytes: &[u8] = match &content {
            FileContent::Buffered => &buf,
            FileContent::Mapped(m) => m,
        };
        self.scan_bytes(bytes, rel);
        self.state.buf = buf;
    }

    fn scan_bytes(&mut self, bytes: &[u8], rel: String) {
        let transcoded;
        let bytes = match fs_source::decode_utf16(bytes) {
            Some(text) => {
                transcoded = text;
                transcoded.as_bytes()
            }
            None if fs_source::is_binary(bytes) => {
                self.outcome.stats.skipped_binary += 1;
                return;
            }
            None => bytes,
        };
        if !bytes.is_ascii() && std::str::from_utf8(bytes).is_err() {
            self.outcome.stats.not_utf8 += 1;
            self.warn(
                rel.clone(),
                "not valid UTF-8; scanned as raw bytes".into(),
                false,
            );
        }
        let t0 = Instant::now();
        let provenance = [Provenance::File { path: rel }];
        self.shared.scanner.scan_blob(
            bytes,
            None,
            &provenance,
            &mut self.state,
            &mut self.outcome.findings,
        );
        self.outcome.stats.match_time += t0.elapsed();
        self.outcome.stats.blobs_scanned += 1;
        self.outcome.stats.bytes_scanned += bytes.len() as u64;
    }
}

fn walk_error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_path(err)
        }
        _ => None,
    }
}

fn walk_error_message(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => walk_error_message(err),
        other => other.to_string(),
    }
}

/// Scans files and directories. Paths in findings are relative to `base`.
pub fn scan_paths(
    scanner: &Scanner,
    roots: &[PathBuf],
    base: &Path,
    opts: &PathScanOptions,
) -> ScanOutcome {
    let started = Instant::now();
    let mut outcome = ScanOutcome::default();
    let mut walk_roots = Vec::new();
    for root in roots {
        match std::fs::metadata(root) {
            Ok(_) => walk_roots.push(root.clone()),
            Err(e) => {
                outcome.warnings.push(Warning {
                    path: root.display().to_string(),
                    message: format!("cannot scan: {e}"),
                    lost_coverage: true,
                });
            }
        }
    }
    if !walk_roots.is_empty() {
        let shared = Shared {
            scanner,
            opts,
            base,
            results: Mutex::new(Vec::new()),
        };
        let mut builder = &shared;
        fs_source::walker(&walk_roots, &opts.walk).visit(&mut builder);
        let results = shared
            .results
            .into_inner()
            .unwrap_or_else(|e| e.into_inner());
        for r in results {
            outcome.merge(r);
        }
    }
    outcome.finish(started);
    outcome
}

/// Scans one in-memory blob (standard input).
pub fn scan_stdin(scanner: &Scanner, bytes: &[u8], cut_at: Option<u64>) -> ScanOutcome {
    let started = Instant::now();
    let mut outcome = ScanOutcome::default();
    let mut state = WorkerState::default();
    if let Some(max) = cut_at {
        outcome.warnings.push(Warning {
            path: "<stdin>".into(),
            message: format!(
                "input over --max-file-size {max}: only the first {max} bytes were scanned"
            ),
            lost_coverage: true,
        });
    }
    let t0 = Instant::now();
    scanner.scan_blob(
        bytes,
        None,
        &[Provenance::Stdin],
        &mut state,
        &mut outcome.findings,
    );
    outcome.stats.match_time = t0.elapsed();
    state.drain_costs_into(&mut outcome.stats);
    outcome.stats.blobs_scanned = 1;
    outcome.stats.bytes_scanned = bytes.len() as u64;
    outcome.finish(started);
    outcome
}
