//! The baseline file, `.leakgate-baseline`: findings a team has accepted, so that only new ones
//! fail.
//!
//! One line per accepted finding, tab-separated: fingerprint, rule id, path, optional reason.
//! Lines are sorted, and there are no timestamps and no line numbers, so the file changes only
//! when the set of accepted findings does, and two branches that each accept a finding merge
//! without conflict (`baseline create` also marks the file `merge=union` in `.gitattributes`, so
//! even two additions at the same place in the sorted order merge cleanly).
//!
//! A finding is accepted when its fingerprint (rule id + secret) is listed: the path is recorded
//! for the reader, not matched, so a baselined secret stays accepted when its file is renamed or
//! lines move, and a different secret on the same line is still new.

use crate::finding::Finding;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub const BASELINE_FILE_NAME: &str = ".leakgate-baseline";

const HEADER: &str = "# leakgate baseline: accepted findings, one per line: \
fingerprint<TAB>rule id<TAB>path<TAB>reason.\n\
# Rewrite it with `leakgate baseline create`; find stale entries with `leakgate baseline check`.\n";

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub fingerprint: String,
    pub rule_id: String,
    pub path: String,
    pub reason: Option<String>,
    /// 1-based line in the file it was read from (0 for new entries); not written.
    pub line: usize,
}

/// What the baseline knows of a finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FindingKey {
    pub fingerprint: String,
    pub rule_id: String,
    pub path: String,
}

impl From<&Finding> for FindingKey {
    fn from(f: &Finding) -> Self {
        FindingKey {
            fingerprint: f.fingerprint.clone(),
            rule_id: f.rule_id.clone(),
            path: f.provenance.path().to_string(),
        }
    }
}

/// A parsed baseline.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    pub entries: Vec<Entry>,
    /// Where it was read from.
    pub path: Option<PathBuf>,
    by_fingerprint: BTreeMap<String, Vec<usize>>,
}

impl Baseline {
    pub fn new(mut entries: Vec<Entry>, path: Option<PathBuf>) -> Baseline {
        entries.sort_by(|a, b| {
            (&a.fingerprint, &a.rule_id, &a.path).cmp(&(&b.fingerprint, &b.rule_id, &b.path))
        });
        entries.dedup_by(|b, a| {
            (&a.fingerprint, &a.rule_id, &a.path) == (&b.fingerprint, &b.rule_id, &b.path)
        });
        let mut by_fingerprint: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_fingerprint
                .entry(e.fingerprint.clone())
                .or_default()
                .push(i);
        }
        Baseline {
            entries,
            path,
            by_fingerprint,
        }
    }

    /// Reads a baseline file. Lines may be in any order (a union merge may leave them unsorted).
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = crate::limits::read_input_file(path, "baseline")?;
        Baseline::parse(&text, path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Baseline, String> {
        let mut entries = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with("<<<<<<<") || line.starts_with(">>>>>>>") || line == "=======" {
                return Err(format!(
                    "{}:{}: unresolved merge conflict marker (keep both sides' lines)",
                    path.display(),
                    i + 1
                ));
            }
            let mut fields = line.splitn(4, '\t');
            let fingerprint = fields.next().unwrap_or_default().trim().to_string();
            let rule_id = fields.next().unwrap_or_default().trim().to_string();
            let path_field = fields.next().map(unescape);
            let reason = fields
                .next()
                .map(|r| unescape(r).trim().to_string())
                .filter(|r| !r.is_empty());
            let fp_ok =
                fingerprint.len() == 32 && fingerprint.bytes().all(|b| b.is_ascii_hexdigit());
            if !fp_ok || rule_id.is_empty() {
                return Err(format!(
                    "{}:{}: expected `fingerprint<TAB>rule id<TAB>path[<TAB>reason]`",
                    path.display(),
                    i + 1
                ));
            }
            entries.push(Entry {
                fingerprint: fingerprint.to_ascii_lowercase(),
                rule_id,
                path: path_field.unwrap_or_default(),
                reason,
                line: i + 1,
            });
        }
        Ok(Baseline::new(entries, Some(path.to_path_buf())))
    }

    /// Entries for findings: one per distinct (fingerprint, rule, path); `reason` for all.
    pub fn from_keys(keys: impl IntoIterator<Item = FindingKey>, reason: Option<&str>) -> Baseline {
        let entries = keys
            .into_iter()
            .map(|k| Entry {
                fingerprint: k.fingerprint,
                rule_id: k.rule_id,
                path: k.path,
                reason: reason.map(str::to_string),
                line: 0,
            })
            .collect();
        Baseline::new(entries, None)
    }

    /// Keeps reasons written in `old` for entries that are still accepted.
    pub fn keep_reasons_from(&mut self, old: &Baseline) {
        for e in &mut self.entries {
            if e.reason.is_some() {
                continue;
            }
            if let Some(prev) = old.find(&e.fingerprint, &e.rule_id) {
                e.reason = prev.reason.clone();
            }
        }
    }

    /// The entry accepting `(fingerprint, rule_id)`, if any.
    pub fn find(&self, fingerprint: &str, rule_id: &str) -> Option<&Entry> {
        self.by_fingerprint
            .get(fingerprint)?
            .iter()
            .map(|&i| &self.entries[i])
            .find(|e| e.rule_id == rule_id)
    }

    /// Entries that no finding among `keys` matches.
    pub fn stale<'a>(&'a self, keys: &[FindingKey]) -> Vec<&'a Entry> {
        let seen: BTreeSet<(&str, &str)> = keys
            .iter()
            .map(|k| (k.fingerprint.as_str(), k.rule_id.as_str()))
            .collect();
        self.entries
            .iter()
            .filter(|e| !seen.contains(&(e.fingerprint.as_str(), e.rule_id.as_str())))
            .collect()
    }

    /// The file's text: a fixed header, then the sorted entries.
    pub fn render(&self) -> String {
        let mut out = String::from(HEADER);
        for e in &self.entries {
            let _ = write!(out, "{}\t{}\t{}", e.fingerprint, e.rule_id, escape(&e.path));
            if let Some(r) = &e.reason {
                let _ = write!(out, "\t{}", escape(r));
            }
            out.push('\n');
        }
        out
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(o) => out.push(o),
            None => out.push('\\'),
        }
    }
    out
}

/// Where the baseline is: the configuration's `baseline` key (relative to the configuration),
/// else `.leakgate-baseline` next to the configuration file, else at the repository root of
/// `start`, else in the scanned directory. Returns the path only if the file exists, except for an explicit configuration key,
/// which must.
pub fn locate(
    cfg: &crate::policy::config::LoadedConfig,
    start: &Path,
) -> Result<Option<PathBuf>, String> {
    if let Some(p) = &cfg.config.baseline {
        let full = cfg.dir().map(|d| d.join(p)).unwrap_or_else(|| p.clone());
        if !crate::limits::exists_at_all(&full) {
            return Err(format!(
                "{}: baseline file {} does not exist",
                cfg.position("baseline", None),
                full.display()
            ));
        }
        return Ok(Some(full));
    }
    // Outside a repository, `baseline create` writes into the scanned directory.
    let scanned = if start.is_dir() {
        Some(start.to_path_buf())
    } else {
        start.parent().map(Path::to_path_buf)
    };
    let candidates = cfg
        .dir()
        .map(Path::to_path_buf)
        .into_iter()
        .chain(crate::policy::config::repository_root(start))
        .chain(scanned);
    for dir in candidates {
        let p = dir.join(BASELINE_FILE_NAME);
        // Anything by that name is the baseline: `load` refuses one that is not a regular file,
        // rather than the scan silently going on without it.
        if crate::limits::exists_at_all(&p) {
            return Ok(Some(p));
        }
    }
    Ok(None)
}

/// Where `baseline create` writes when not told: the configured path, else next to the
/// configuration file, else the repository root, else the scanned directory.
pub fn default_path(cfg: &crate::policy::config::LoadedConfig, start: &Path) -> PathBuf {
    if let Some(p) = &cfg.config.baseline {
        return cfg.dir().map(|d| d.join(p)).unwrap_or_else(|| p.clone());
    }
    if let Some(d) = cfg.dir() {
        return d.join(BASELINE_FILE_NAME);
    }
    if let Some(root) = crate::policy::config::repository_root(start) {
        return root.join(BASELINE_FILE_NAME);
    }
    let dir = if start.is_dir() {
        start.to_path_buf()
    } else {
        start.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    dir.join(BASELINE_FILE_NAME)
}

/// Makes sure `.gitattributes` beside the baseline has it merge with git's `union` driver, so
/// two branches that both accept findings never conflict. Returns whether it wrote anything.
pub fn ensure_union_merge(baseline: &Path) -> std::io::Result<bool> {
    let Some(dir) = baseline.parent() else {
        return Ok(false);
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    if crate::policy::config::repository_root(dir).is_none() {
        return Ok(false);
    }
    let name = baseline
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| BASELINE_FILE_NAME.into());
    let attrs = dir.join(".gitattributes");
    // The repository's own file: bounded, and never written through a symlink, which could
    // point out of the repository.
    let existing = match std::fs::symlink_metadata(&attrs) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
        Ok(m) if !m.file_type().is_file() => {
            return Err(std::io::Error::other(format!(
                "{} is not a regular file; not changed",
                attrs.display()
            )))
        }
        Ok(_) => crate::limits::read_input_file(&attrs, ".gitattributes")
            .map_err(std::io::Error::other)?,
    };
    let line = format!("/{name} merge=union");
    if existing.lines().any(|l| {
        let mut parts = l.split_whitespace();
        let pat = parts.next().unwrap_or_default();
        (pat == line.split(' ').next().unwrap_or_default() || pat == name)
            && parts.any(|a| a.starts_with("merge"))
    }) {
        return Ok(false);
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&line);
    text.push('\n');
    std::fs::write(&attrs, text)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_sorts() {
        let text = "ffffffffffffffffffffffffffffffff\trule-b\tb/x y.txt\n\
                    00000000000000000000000000000000\trule-a\ta\\tb\trevoked 2026-01\n";
        let b = Baseline::parse(text, Path::new("bl")).expect("parses");
        assert_eq!(b.entries[0].rule_id, "rule-a");
        assert_eq!(b.entries[0].path, "a\tb");
        assert_eq!(b.entries[0].reason.as_deref(), Some("revoked 2026-01"));
        let again = Baseline::parse(&b.render(), Path::new("bl")).expect("parses");
        assert_eq!(again.render(), b.render());
        assert!(b
            .find("ffffffffffffffffffffffffffffffff", "rule-b")
            .is_some());
        assert!(b
            .find("ffffffffffffffffffffffffffffffff", "rule-a")
            .is_none());
    }

    #[test]
    fn rejects_garbage_with_line() {
        let e = Baseline::parse("# c\nnot a line\n", Path::new("bl")).expect_err("fails");
        assert!(e.starts_with("bl:2:"), "{e}");
        let e = Baseline::parse("<<<<<<< HEAD\n", Path::new("bl")).expect_err("fails");
        assert!(e.contains("merge conflict"), "{e}");
    }
}
