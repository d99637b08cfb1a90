//! What a scan produced: findings, warnings and counters. Every source's scan ends in one
//! [`ScanOutcome`], and every report and exit code is decided from it.
//!
//! May import: `blob`, `finding`, `matcher` (for its cost counters).

use crate::blob::Warning;
use crate::finding::Finding;
use std::time::{Duration, Instant};

/// Counters for the summary line and `--stats`.
#[derive(Debug, Clone, Default)]
pub struct ScanStats {
    pub blobs_scanned: u64,
    pub bytes_scanned: u64,
    pub skipped_binary: u64,
    pub skipped_too_large: u64,
    pub skipped_excluded: u64,
    /// Paths (files, or whole directories) that `.gitignore` left out of a file walk.
    pub skipped_ignored: u64,
    pub not_utf8: u64,
    pub errors: u64,
    /// Archives opened, their members read and the bytes those expanded to.
    pub archives: u64,
    pub archive_members: u64,
    pub archive_bytes: u64,
    /// Binary content searched through its printable string runs, and the runs' bytes.
    pub binary_searched: u64,
    pub binary_string_bytes: u64,
    pub read_time: Duration,
    pub match_time: Duration,
    /// Time preparing and matching archives' members, and binary content's string runs (both
    /// also counted in `match_time`).
    pub archive_time: Duration,
    pub binary_time: Duration,
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
        self.skipped_ignored += o.skipped_ignored;
        self.not_utf8 += o.not_utf8;
        self.errors += o.errors;
        self.archives += o.archives;
        self.archive_members += o.archive_members;
        self.archive_bytes += o.archive_bytes;
        self.binary_searched += o.binary_searched;
        self.binary_string_bytes += o.binary_string_bytes;
        self.read_time += o.read_time;
        self.match_time += o.match_time;
        self.archive_time += o.archive_time;
        self.binary_time += o.binary_time;
        self.costs.merge(&o.costs);
    }
}

/// Everything a scan produced, sorted for deterministic output.
#[derive(Debug, Default)]
pub struct ScanOutcome {
    pub findings: Vec<Finding>,
    pub warnings: Vec<Warning>,
    pub stats: ScanStats,
}

impl ScanOutcome {
    /// Sorts findings and warnings, and derives the error count from the warnings that lost
    /// coverage (derived, not counted as warnings are pushed, so every source agrees on it).
    pub fn finish(&mut self, started: Instant) {
        self.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.warnings.sort();
        self.warnings.dedup();
        self.stats.errors = self.warnings.iter().filter(|w| w.lost_coverage).count() as u64;
        self.stats.elapsed = started.elapsed();
    }

    pub fn merge(&mut self, other: ScanOutcome) {
        self.findings.extend(other.findings);
        self.warnings.extend(other.warnings);
        self.stats.merge(&other.stats);
    }
}
