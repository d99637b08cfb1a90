//! `.leakgate.yaml`: found by walking up from the scanned path, or given with `--config`.
//!
//! Every error names the file, the line and the key: a team adopting the tool edits this file by
//! hand, and "invalid configuration" alone sends them hunting.

use crate::limits::mask_secrets;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE_NAME: &str = ".leakgate.yaml";

/// The configuration file's schema. Unknown keys are errors.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Extra rule files, relative to the configuration file.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// Rule ids that never report.
    #[serde(default)]
    pub disabled_rules: Vec<String>,
    /// Path globs (relative to the repository or scan root) that are never scanned.
    #[serde(default)]
    pub exclude_paths: Vec<String>,
    /// Largest file scanned, in bytes.
    #[serde(default)]
    pub max_file_size: Option<u64>,
    /// The baseline file, relative to the configuration file (default: `.leakgate-baseline` next
    /// to it, else at the repository root).
    #[serde(default)]
    pub baseline: Option<PathBuf>,
    /// Per-rule minimum Shannon entropy of the secret, in bits per byte (0 to 8), replacing the
    /// rule's own.
    #[serde(default)]
    pub min_entropy: BTreeMap<String, f64>,
    /// Accepted findings: each entry suppresses what it matches, with its reason.
    #[serde(default)]
    pub allow: Vec<AllowEntry>,
}

/// One allowlist entry. A finding matches when its rule is listed (or `rules` is empty), its
/// secret matches one of `values`, `regexes` or `fingerprints` (or all three are empty), and its
/// path matches one of `paths` (or `paths` is empty). At least one of the four must be given:
/// to silence a rule everywhere, use `disabled_rules`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AllowEntry {
    /// Why these findings are accepted; reported as the suppression's justification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Rule ids the entry applies to; empty: every rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
    /// Secrets accepted verbatim (compared through their fingerprint).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// Regexes searched for in the secret (unanchored; add `^…$` to match it whole).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regexes: Vec<String>,
    /// Finding fingerprints, as any report prints them: accepts a secret without writing it down.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fingerprints: Vec<String>,
    /// Path globs, relative to the repository or scan root.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<String>,
}

impl AllowEntry {
    /// Whether the entry can only be judged with the secret in hand (during the scan).
    pub fn needs_secret(&self) -> bool {
        !self.regexes.is_empty()
    }
}

/// A configuration and where it came from.
#[derive(Debug, Clone, Default)]
pub struct LoadedConfig {
    pub config: Config,
    /// The file it was read from; `None` when no file was found or `--isolated` was given.
    pub path: Option<PathBuf>,
}

impl LoadedConfig {
    /// The directory that relative paths in the configuration are relative to.
    pub fn dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// `FILE:LINE: key `KEY`` for an error about `value` under `key`, as precisely as the file
    /// allows; just the key when there is no file.
    pub fn position(&self, key: &str, value: Option<&str>) -> String {
        match &self.path {
            Some(p) => {
                // Bounded like the first read: the file may have changed since.
                let text = crate::limits::read_input_file(p, "configuration").unwrap_or_default();
                position_in(&text, p, key, value)
            }
            None => format!("key `{key}`"),
        }
    }
}

/// Reads and validates a configuration file: a regular file of at most
/// [`MAX_INPUT_FILE`](crate::limits::MAX_INPUT_FILE) bytes (a scanned clone may commit any
/// `.leakgate.yaml`, symlinks to devices and FIFOs included).
pub fn load(path: &Path) -> Result<LoadedConfig, String> {
    let text = crate::limits::read_input_file(path, "configuration")?;
    parse(&text, path)
}

/// Parses and validates configuration text read from `path`.
pub fn parse(text: &str, path: &Path) -> Result<LoadedConfig, String> {
    let config: Config = if text.trim().is_empty() {
        Config::default()
    } else {
        serde_saphyr::from_str(text).map_err(|e| yaml_error(text, path, &e))?
    };
    let loaded = LoadedConfig {
        config,
        path: Some(path.to_path_buf()),
    };
    validate(&loaded, text)?;
    Ok(loaded)
}

/// Checks what the schema cannot: globs, regexes, fingerprints and numbers in range.
fn validate(cfg: &LoadedConfig, text: &str) -> Result<(), String> {
    let path = cfg.path.as_deref().unwrap_or(Path::new(CONFIG_FILE_NAME));
    let at = |key: &str, value: Option<&str>| position_in(text, path, key, value);
    let c = &cfg.config;
    for g in &c.exclude_paths {
        check_glob(g).map_err(|e| {
            format!(
                "{}: invalid glob `{}`: {e}",
                at("exclude_paths", Some(g)),
                mask_secrets(g)
            )
        })?;
    }
    for (id, v) in &c.min_entropy {
        if !(0.0..=8.0).contains(v) {
            return Err(format!(
                "{}: {v} is outside 0..=8 bits per byte",
                at(&format!("min_entropy.{id}"), None)
            ));
        }
    }
    for (i, a) in c.allow.iter().enumerate() {
        if a.values.is_empty()
            && a.regexes.is_empty()
            && a.fingerprints.is_empty()
            && a.paths.is_empty()
        {
            return Err(format!(
                "{}: entry {} needs at least one of values, regexes, fingerprints, paths \
                 (to silence a rule everywhere, use disabled_rules)",
                at("allow", None),
                i + 1
            ));
        }
        for r in &a.regexes {
            regex::Regex::new(r).map_err(|e| {
                let msg = e.to_string().lines().last().unwrap_or_default().to_string();
                format!(
                    "{}: regex `{}` does not compile: {}",
                    at("allow.regexes", Some(r)),
                    mask_secrets(r),
                    mask_secrets(&msg)
                )
            })?;
        }
        for g in &a.paths {
            check_glob(g).map_err(|e| {
                format!(
                    "{}: invalid glob `{}`: {e}",
                    at("allow.paths", Some(g)),
                    mask_secrets(g)
                )
            })?;
        }
        for f in &a.fingerprints {
            if f.len() != 32 || !f.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(format!(
                    "{}: `{}` is not a fingerprint (32 hex digits)",
                    at("allow.fingerprints", Some(f)),
                    mask_secrets(f)
                ));
            }
        }
    }
    Ok(())
}

/// `FILE:LINE: key `KEY`` for `key` (a dotted path) and optionally a value under it.
fn position_in(text: &str, path: &Path, key: &str, value: Option<&str>) -> String {
    let line = line_of(text, key, value)
        .map(|l| format!(":{l}"))
        .unwrap_or_default();
    format!("{}{line}: key `{key}`", path.display())
}

/// Compiles a path glob the way the scan does.
pub fn glob(g: &str) -> Result<globset::Glob, globset::Error> {
    globset::GlobBuilder::new(g)
        .literal_separator(false)
        .build()
}

fn check_glob(g: &str) -> Result<(), String> {
    glob(g).map(|_| ()).map_err(|e| e.kind().to_string())
}

/// The 1-based line where `key` (the last part of a dotted path) is written, or where `value`
/// first appears after it.
fn line_of(text: &str, key: &str, value: Option<&str>) -> Option<usize> {
    let last = key.rsplit('.').next().unwrap_or(key);
    let lines: Vec<&str> = text.lines().collect();
    let key_line = lines.iter().position(|l| {
        let t = l.trim_start().trim_start_matches("- ").trim_start();
        t.starts_with(&format!("{last}:")) || t.starts_with(&format!("\"{last}\":"))
    });
    match value {
        Some(v) => {
            let from = key_line.unwrap_or(0);
            lines[from..]
                .iter()
                .position(|l| l.contains(v))
                .map(|i| from + i + 1)
                .or(key_line.map(|i| i + 1))
        }
        None => key_line.map(|i| i + 1),
    }
}

/// Turns serde-saphyr's multi-line error into `FILE:LINE:COL: key `KEY`: message`.
fn yaml_error(text: &str, path: &Path, e: &serde_saphyr::Error) -> String {
    let plain = e.without_snippet().to_string();
    let first = plain.lines().next().unwrap_or_default();
    let mut msg = first.strip_prefix("error: ").unwrap_or(first).to_string();
    // The message starts with "line L column C: " when the position is known; we say it ourselves.
    if let Some(rest) = msg.strip_prefix("line ") {
        if let Some(i) = rest.find(": ") {
            msg = rest[i + 2..].to_string();
        }
    }
    if let Some(i) = msg.rfind(" at line ") {
        if msg[i..].contains(", column ") {
            msg.truncate(i);
        }
    }
    // The message may quote a value (`invalid type: string "…"`), and a value may be a secret
    // (`allow.values`): secret-like tokens are masked.
    let msg = mask_secrets(&msg);
    let Some(loc) = e.location() else {
        return format!("{}: invalid configuration: {msg}", path.display());
    };
    let (line, col) = (loc.line() as usize, loc.column() as usize);
    let key = unknown_field(&msg).or_else(|| key_at(text, line, col));
    match key {
        Some(k) => format!(
            "{}:{line}:{col}: key `{k}`: invalid configuration: {msg}",
            path.display()
        ),
        None => format!(
            "{}:{line}:{col}: invalid configuration: {msg}",
            path.display()
        ),
    }
}

fn unknown_field(msg: &str) -> Option<String> {
    let rest = msg.strip_prefix("unknown field `")?;
    Some(rest[..rest.find('`')?].to_string())
}

/// The dotted key path that owns position (`line`, `col`) of a YAML block document.
fn key_at(text: &str, line: usize, col: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let here = *lines.get(line.checked_sub(1)?)?;
    let mut path = Vec::new();
    let mut indent = indent_of(here);
    // The key on the error's own line, if the error sits after its colon.
    if let Some((k, key_col)) = key_of(here) {
        if col > key_col {
            path.push(k);
        }
    }
    if path.is_empty() && here.trim_start().starts_with("- ") {
        // A sequence item: its owner is the nearest key above with less or equal indentation.
        indent += 1;
    }
    for l in lines[..line - 1].iter().rev() {
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let ind = indent_of(l);
        if ind < indent {
            if let Some((k, _)) = key_of(l) {
                path.push(k);
            }
            indent = ind;
            if ind == 0 {
                break;
            }
        }
    }
    path.reverse();
    (!path.is_empty()).then(|| path.join("."))
}

fn indent_of(l: &str) -> usize {
    let t = l.trim_start();
    let base = l.len() - t.len();
    // `- key: v` puts `key` two columns in.
    match t.strip_prefix("- ") {
        Some(item) => base + 2 + (item.len() - item.trim_start().len()),
        None => base,
    }
}

/// The key of a `key: value` line and the 1-based column just past its colon.
fn key_of(l: &str) -> Option<(String, usize)> {
    let t = l.trim_start();
    let t2 = t.strip_prefix("- ").unwrap_or(t).trim_start();
    let start = l.len() - t2.len();
    let colon = t2.find(':')?;
    let k = t2[..colon].trim().trim_matches('"').trim_matches('\'');
    if k.is_empty()
        || k.bytes()
            .any(|b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.'))
    {
        return None;
    }
    Some((k.to_string(), start + colon + 1))
}

/// Finds `.leakgate.yaml` in `start` or the nearest directory above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(start).ok()?;
    let mut dir = if abs.is_dir() {
        abs
    } else {
        abs.parent()?.to_path_buf()
    };
    loop {
        let candidate = dir.join(CONFIG_FILE_NAME);
        // Anything by that name counts, so that a FIFO, a device or a dangling symlink is
        // refused with an error by `load` instead of silently replaced by a file further up.
        if crate::limits::exists_at_all(&candidate) {
            return Some(candidate);
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// The work tree (the nearest directory holding `.git`) at or above `start`.
pub fn repository_root(start: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(start).ok()?;
    let mut dir = if abs.is_dir() {
        abs
    } else {
        abs.parent()?.to_path_buf()
    };
    loop {
        if dir.join(".git").exists() {
            return Some(dir);
        }
        if !dir.pop() {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse(text, Path::new("c.yaml")).expect_err("should fail")
    }

    #[test]
    fn unknown_key_names_file_line_and_key() {
        let e = err("exclude_paths: []\nbogus: 1\n");
        assert!(e.starts_with("c.yaml:2:1: key `bogus`:"), "{e}");
        assert!(!e.contains('\n'), "{e}");
    }

    #[test]
    fn bad_value_names_its_key() {
        let e = err("exclude_paths: []\nmax_file_size: lots\n");
        assert!(e.starts_with("c.yaml:2:16: key `max_file_size`:"), "{e}");
        let e = err("allow:\n  - reason: x\n    paths:\n      - [a]\n");
        assert!(e.starts_with("c.yaml:4:"), "{e}");
        assert!(e.contains("key `allow.paths`"), "{e}");
    }

    #[test]
    fn nested_unknown_key() {
        let e = err("allow:\n  - rules: [a]\n    pathz: [x]\n");
        assert!(e.starts_with("c.yaml:3:5: key `pathz`:"), "{e}");
    }
}
