//! Human-readable output: one block per finding, secrets masked, colour only on a terminal.

use super::{Report, ReportContext};
use crate::blob::Provenance;
use crate::finding::Finding;
use anstyle::{AnsiColor, Style};
use std::io::{self, Write};

pub struct HumanReport;

fn paint(on: bool, style: Style, text: &str) -> String {
    if on {
        format!("{}{}{}", style.render(), text, style.render_reset())
    } else {
        text.to_string()
    }
}

fn location(f: &Finding) -> String {
    format!(
        "{}:{}:{}",
        f.display_path(),
        f.location.start_line,
        f.location.start_column
    )
}

fn write_finding(f: &Finding, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let sev_style = match f.severity {
        crate::rules::Severity::Critical | crate::rules::Severity::High => {
            AnsiColor::Red.on_default().bold()
        }
        _ => AnsiColor::Yellow.on_default().bold(),
    };
    let tag = if f.is_suppressed() {
        " (suppressed)"
    } else {
        ""
    };
    writeln!(
        out,
        "{} {} {}{}",
        paint(color, sev_style, &format!("[{}]", f.severity)),
        paint(color, Style::new().bold(), &f.rule_name),
        paint(
            color,
            AnsiColor::Cyan.on_default(),
            &format!("({})", f.rule_id)
        ),
        tag
    )?;
    writeln!(
        out,
        "  at:          {}",
        paint(color, Style::new().bold(), &location(f))
    )?;
    match &f.provenance {
        Provenance::Commit {
            commit,
            author,
            unreachable,
            part,
            ..
        } => {
            let unreach = if *unreachable { " (unreachable)" } else { "" };
            writeln!(out, "  commit:      {commit}{unreach}")?;
            writeln!(
                out,
                "  author:      {} <{}> {}",
                author.name, author.email, author.date
            )?;
            if *part != crate::blob::GitObjectPart::File {
                writeln!(out, "  in:          commit message")?;
            }
        }
        Provenance::Tag { tag, tagger, .. } => {
            writeln!(out, "  tag object:  {tag}")?;
            if let Some(t) = tagger {
                writeln!(out, "  tagger:      {} <{}> {}", t.name, t.email, t.date)?;
            }
        }
        Provenance::Unreachable { .. } => {
            writeln!(out, "  note:        blob reachable from no commit")?
        }
        _ => {}
    }
    match &f.secret {
        Some(s) => writeln!(out, "  secret:      {s}")?,
        None => writeln!(out, "  secret:      {}", f.redacted)?,
    }
    writeln!(out, "  line:        {}", f.snippet)?;
    writeln!(out, "  fingerprint: {}", f.fingerprint)?;
    if let Some(s) = &f.suppression {
        let why = s.justification.as_deref().unwrap_or("no reason given");
        writeln!(out, "  suppressed:  {:?}: {why}", s.kind)?;
    }
    writeln!(out)
}

impl Report for HumanReport {
    fn write(&self, ctx: &ReportContext<'_>, out: &mut dyn Write) -> io::Result<()> {
        for f in super::active(&ctx.outcome.findings) {
            write_finding(f, ctx.color, out)?;
        }
        Ok(())
    }
}

/// The one-line summary printed to stderr after every scan.
pub fn summary_line(ctx: &ReportContext<'_>) -> String {
    let o = ctx.outcome;
    let s = &o.stats;
    let suppressed = o.findings.iter().filter(|f| f.is_suppressed()).count();
    let active = o.findings.len() - suppressed;
    let mut line = format!(
        "leakgate: {active} finding{} in {} blob{} ({}) in {:.2}s",
        if active == 1 { "" } else { "s" },
        s.blobs_scanned,
        if s.blobs_scanned == 1 { "" } else { "s" },
        human_bytes(s.bytes_scanned),
        s.elapsed.as_secs_f64()
    );
    let mut extra = Vec::new();
    if suppressed > 0 {
        extra.push(format!("{suppressed} suppressed"));
    }
    if s.skipped_binary > 0 {
        extra.push(format!("{} binary skipped", s.skipped_binary));
    }
    if s.skipped_too_large > 0 {
        extra.push(format!("{} too large skipped", s.skipped_too_large));
    }
    if s.skipped_excluded > 0 {
        extra.push(format!("{} excluded by config", s.skipped_excluded));
    }
    if s.errors > 0 {
        extra.push(format!(
            "{} error{}",
            s.errors,
            if s.errors == 1 { "" } else { "s" }
        ));
    }
    if !extra.is_empty() {
        line.push_str(&format!("; {}", extra.join(", ")));
    }
    line
}

pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}
