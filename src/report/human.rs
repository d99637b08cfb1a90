//! Human-readable output: one block per secret (the places it was found grouped under it, see
//! [`super::group`]), then a table by rule and severity; secrets masked, colour only on a
//! terminal. `--all-locations` prints one block per place instead, and no table.

use super::group::{self, Secret};
use super::{Report, ReportContext};
use crate::blob::Provenance;
use crate::finding::Finding;
use anstyle::{AnsiColor, Style};
use std::io::{self, Write};

pub struct HumanReport;

/// Text from the scanned content (paths, lines, commit metadata, reasons) made safe to print on
/// a terminal: control characters (C0 including tab, newline and CR, DEL, C1) and the Unicode
/// bidirectional and invisible formatting characters are written as escapes (`\x1b`, `\r`,
/// `\n`, `\u{202e}`), so a file can neither move the cursor, recolour or clear the screen, nor
/// hide or reorder what the report says. Everything else, backslashes included, is unchanged.
pub fn escape_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x100 && needs_escape(c) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            // Bidirectional embeddings, overrides and isolates ("Trojan Source").
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            // Marks, zero-width characters, the line and paragraph separators.
            | '\u{200b}'..='\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{061c}' | '\u{feff}')
}

/// The line a scan warning is printed as on standard error, path and message escaped
/// ([`escape_terminal`]): a path is a file name from the scanned tree.
pub fn warning_line(path: &str, message: &str) -> String {
    format!(
        "leakgate: warning: {}: {}",
        escape_terminal(path),
        escape_terminal(message)
    )
}

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
        escape_terminal(&f.display_path()),
        f.location.start_line,
        f.location.start_column
    )
}

/// Places of a secret in files listed under its block before "… and N more".
const ALSO_AT_SHOWN: usize = 10;

/// Where else a secret was found, and for history how far it spread and whether HEAD still
/// holds it: the lines a grouped block adds to a finding's.
fn write_spread(s: &Secret<'_>, color: bool, out: &mut dyn Write) -> io::Result<()> {
    if let Some(in_head) = s.in_head {
        let plural = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
        writeln!(
            out,
            "  found in:    {}, {} ({})",
            plural(s.commits, "commit"),
            plural(s.paths, "path"),
            plural(s.locations.len(), "place"),
        )?;
        let head = if in_head {
            paint(color, AnsiColor::Red.on_default().bold(), "yes")
        } else {
            "no (not in the tree HEAD checks out; still in history)".to_string()
        };
        return writeln!(out, "  in HEAD:     {head}");
    }
    let others: Vec<&&Finding> = s
        .locations
        .iter()
        .filter(|f| !std::ptr::eq(**f, s.first))
        .collect();
    for f in others.iter().take(ALSO_AT_SHOWN) {
        writeln!(out, "  also at:     {}", location(f))?;
    }
    if others.len() > ALSO_AT_SHOWN {
        writeln!(
            out,
            "  also at:     … and {} more (--all-locations lists each)",
            others.len() - ALSO_AT_SHOWN
        )?;
    }
    Ok(())
}

/// The table after the secrets: per rule and severity, how many secrets at how many places.
fn write_table(secrets: &[Secret<'_>], out: &mut dyn Write) -> io::Result<()> {
    let mut rows: std::collections::BTreeMap<
        (std::cmp::Reverse<crate::rules::Severity>, &str),
        (usize, usize),
    > = std::collections::BTreeMap::new();
    for s in secrets {
        let row = rows
            .entry((
                std::cmp::Reverse(s.first.severity),
                s.first.rule_id.as_str(),
            ))
            .or_default();
        row.0 += 1;
        row.1 += s.locations.len();
    }
    let width = rows.keys().map(|(_, r)| r.len()).max().unwrap_or(0).max(4);
    let places: usize = secrets.iter().map(|s| s.locations.len()).sum();
    writeln!(
        out,
        "{} secret{} at {} place{}:",
        secrets.len(),
        if secrets.len() == 1 { "" } else { "s" },
        places,
        if places == 1 { "" } else { "s" }
    )?;
    writeln!(
        out,
        "  {:<width$}  {:<8}  {:>7}  {:>6}",
        "rule", "severity", "secrets", "places"
    )?;
    for ((sev, rule), (n, at)) in &rows {
        writeln!(
            out,
            "  {:<width$}  {:<8}  {:>7}  {:>6}",
            escape_terminal(rule),
            sev.0.to_string(),
            n,
            at
        )?;
    }
    Ok(())
}

fn write_finding(f: &Finding, color: bool, out: &mut dyn Write) -> io::Result<()> {
    write_block(f, None, color, out)
}

/// One block: the finding `f`, and when it stands for a secret found at several places (or in
/// history), the spread of `secret`.
fn write_block(
    f: &Finding,
    secret: Option<&Secret<'_>>,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let sev_style = match f.severity {
        crate::rules::Severity::Critical | crate::rules::Severity::High => {
            AnsiColor::Red.on_default().bold()
        }
        _ => AnsiColor::Yellow.on_default().bold(),
    };
    let tag = if f.is_suppressed() {
        " (suppressed)"
    } else if f.downgraded.is_some() {
        " (advisory)"
    } else {
        ""
    };
    writeln!(
        out,
        "{} {} {}{}",
        paint(color, sev_style, &format!("[{}]", f.severity)),
        paint(color, Style::new().bold(), &escape_terminal(&f.rule_name)),
        paint(
            color,
            AnsiColor::Cyan.on_default(),
            &format!("({})", escape_terminal(&f.rule_id))
        ),
        tag
    )?;
    writeln!(
        out,
        "  at:          {}",
        paint(color, Style::new().bold(), &location(f))
    )?;
    if let Some(v) = &f.verification {
        let status = if v.status == crate::finding::VerifyStatus::Live {
            paint(color, AnsiColor::Red.on_default().bold(), "LIVE")
        } else {
            v.status.as_str().to_string()
        };
        writeln!(
            out,
            "  verified:    {status} ({})",
            escape_terminal(&v.detail)
        )?;
    }
    match &f.provenance {
        Provenance::Commit {
            commit,
            author,
            unreachable,
            part,
            ..
        } => {
            let unreach = if *unreachable { " (unreachable)" } else { "" };
            writeln!(out, "  commit:      {}{unreach}", escape_terminal(commit))?;
            writeln!(
                out,
                "  author:      {} <{}> {}",
                escape_terminal(&author.name),
                escape_terminal(&author.email),
                escape_terminal(&author.date)
            )?;
            if *part != crate::blob::GitObjectPart::File {
                writeln!(out, "  in:          commit message")?;
            }
        }
        Provenance::Tag { tag, tagger, .. } => {
            writeln!(out, "  tag object:  {}", escape_terminal(tag))?;
            if let Some(t) = tagger {
                writeln!(
                    out,
                    "  tagger:      {} <{}> {}",
                    escape_terminal(&t.name),
                    escape_terminal(&t.email),
                    escape_terminal(&t.date)
                )?;
            }
        }
        Provenance::Unreachable { .. } => {
            writeln!(out, "  note:        blob reachable from no commit")?
        }
        _ => {}
    }
    if let Some(s) = secret {
        write_spread(s, color, out)?;
    }
    match &f.secret {
        Some(s) => writeln!(out, "  secret:      {}", escape_terminal(s))?,
        None => writeln!(out, "  secret:      {}", escape_terminal(&f.redacted))?,
    }
    writeln!(out, "  line:        {}", escape_terminal(&f.snippet))?;
    writeln!(out, "  fingerprint: {}", f.fingerprint)?;
    if let Some(s) = &f.suppression {
        let why = s.justification.as_deref().unwrap_or("no reason given");
        writeln!(out, "  suppressed:  {:?}: {}", s.kind, escape_terminal(why))?;
    }
    if let Some(why) = &f.downgraded {
        writeln!(
            out,
            "  downgraded:  {}; does not fail",
            escape_terminal(why)
        )?;
    }
    writeln!(out)
}

impl Report for HumanReport {
    fn write(&self, ctx: &ReportContext<'_>, out: &mut dyn Write) -> io::Result<()> {
        if ctx.all_locations {
            for f in super::active(&ctx.outcome.findings) {
                write_finding(f, ctx.color, out)?;
            }
            return Ok(());
        }
        let secrets = group::group(super::active(&ctx.outcome.findings));
        for s in &secrets {
            // A secret at one place in a file reads as it always did.
            let spread = s.from_history() || s.locations.len() > 1;
            write_block(s.first, spread.then_some(s), ctx.color, out)?;
        }
        if !secrets.is_empty() {
            write_table(&secrets, out)?;
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
    let advisory = super::active(&o.findings).filter(|f| !f.fails()).count();
    if advisory > 0 {
        extra.push(format!("{advisory} advisory (do not fail)"));
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
    if s.skipped_ignored > 0 {
        extra.push(format!("{} ignored by .gitignore", s.skipped_ignored));
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
