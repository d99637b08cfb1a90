//! Reports: rendering findings as human text, JSON, JSON Lines or SARIF.
//!
//! Every format reports one record per secret (findings grouped by fingerprint, [`group`]) unless
//! `--all-locations` asks for one per place.
//!
//! Reporters see only [`Finding`]s (plus the rules, for SARIF's rule catalogue) and the scan's
//! counters; they never see blobs.
//!
//! May import: `blob`, `finding`, `outcome`, `rules`.

pub mod group;
pub mod human;
mod json;
pub mod sarif;

use crate::finding::Finding;
use crate::outcome::ScanOutcome;
use crate::rules::RuleSet;
use std::io::{self, Write};

pub use human::HumanReport;

/// Output formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Jsonl,
    Sarif,
}

/// What every report may use besides the findings.
pub struct ReportContext<'a> {
    pub rules: &'a RuleSet,
    pub outcome: &'a ScanOutcome,
    /// Colour escapes allowed (human output to a terminal).
    pub color: bool,
    pub show_secrets: bool,
    /// A baseline was in force: SARIF then gives every result a `baselineState`.
    pub baseline_active: bool,
    /// One record per place a secret was found (the flat list), instead of one per secret.
    pub all_locations: bool,
}

/// A renderer of one format.
pub trait Report {
    fn write(&self, ctx: &ReportContext<'_>, out: &mut dyn Write) -> io::Result<()>;
}

/// The reporter for `format`.
pub fn reporter(format: Format) -> Box<dyn Report> {
    match format {
        Format::Human => Box::new(HumanReport),
        Format::Json => Box::new(json::JsonReport),
        Format::Jsonl => Box::new(json::JsonLinesReport),
        Format::Sarif => Box::new(sarif::SarifReport),
    }
}

/// Findings that are reported (not suppressed), advisory ones included.
pub fn active(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(|f| !f.is_suppressed())
}

/// Findings that fail the scan and the gates: reported and not downgraded to advice
/// ([`Finding::fails`]).
pub fn failing(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(|f| f.fails())
}
