//! JSON (one document) and JSON Lines (one record per line, for streaming into other tools).
//!
//! A record is a secret ([`SecretRecord`]: the finding where it was first introduced, then
//! `commits`, `paths`, `location_count` and up to [`super::group::LOCATION_CAP`] `locations`);
//! with `--all-locations`, a finding (one per place, no `locations`).

use super::group::{group, SecretRecord};
use super::{Report, ReportContext};
use crate::finding::Finding;
use serde::Serialize;
use std::io::{self, Write};

/// The JSON document: findings plus the counters of the scan.
#[derive(Serialize)]
struct JsonDocument<'a> {
    version: &'static str,
    findings: Records<'a>,
    summary: Summary,
    warnings: Vec<JsonWarning<'a>>,
}

/// What the `findings` array holds: secrets, or every place (`--all-locations`).
#[derive(Serialize)]
#[serde(untagged)]
enum Records<'a> {
    Secrets(Vec<SecretRecord<'a>>),
    Places(&'a [Finding]),
}

impl<'a> Records<'a> {
    fn of(ctx: &ReportContext<'a>) -> Records<'a> {
        let findings = &ctx.outcome.findings;
        if ctx.all_locations {
            Records::Places(findings)
        } else {
            Records::Secrets(group(findings).iter().map(SecretRecord::of).collect())
        }
    }
}

#[derive(Serialize)]
struct Summary {
    /// Places found (every finding, whatever the grouping).
    findings: usize,
    /// Distinct secrets among them.
    secrets: usize,
    suppressed: usize,
    blobs_scanned: u64,
    bytes_scanned: u64,
    skipped_binary: u64,
    binary_searched: u64,
    archive_members: u64,
    skipped_too_large: u64,
    /// Paths `.gitignore` left out of a file walk (a directory counts once).
    skipped_ignored: u64,
    errors: u64,
    elapsed_ms: u128,
}

#[derive(Serialize)]
struct JsonWarning<'a> {
    path: &'a str,
    message: &'a str,
}

pub struct JsonReport;
pub struct JsonLinesReport;

impl Report for JsonReport {
    fn write(&self, ctx: &ReportContext<'_>, out: &mut dyn Write) -> io::Result<()> {
        let o = ctx.outcome;
        let suppressed = o.findings.iter().filter(|f| f.is_suppressed()).count();
        let doc = JsonDocument {
            version: env!("CARGO_PKG_VERSION"),
            findings: Records::of(ctx),
            summary: Summary {
                findings: o.findings.len() - suppressed,
                secrets: group(super::active(&o.findings)).len(),
                suppressed,
                blobs_scanned: o.stats.blobs_scanned,
                bytes_scanned: o.stats.bytes_scanned,
                skipped_binary: o.stats.skipped_binary,
                binary_searched: o.stats.binary_searched,
                archive_members: o.stats.archive_members,
                skipped_too_large: o.stats.skipped_too_large,
                skipped_ignored: o.stats.skipped_ignored,
                errors: o.stats.errors,
                elapsed_ms: o.stats.elapsed.as_millis(),
            },
            warnings: o
                .warnings
                .iter()
                .map(|w| JsonWarning {
                    path: &w.path,
                    message: &w.message,
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}

impl Report for JsonLinesReport {
    fn write(&self, ctx: &ReportContext<'_>, out: &mut dyn Write) -> io::Result<()> {
        match Records::of(ctx) {
            Records::Places(findings) => {
                for f in findings {
                    serde_json::to_writer(&mut *out, f)?;
                    writeln!(out)?;
                }
            }
            Records::Secrets(secrets) => {
                for s in &secrets {
                    serde_json::to_writer(&mut *out, s)?;
                    writeln!(out)?;
                }
            }
        }
        Ok(())
    }
}
