//! Applying what a team has accepted: the configuration's allowlist and the baseline.
//!
//! Suppressed findings are kept and marked (`Suppression`), never dropped: reports count them and
//! SARIF lists them. Inline allows are marked where findings are built (`finding`); this module
//! adds configuration and baseline suppression, and `--strict`, which reports what inline allows
//! hide. [`Suppressor::apply`] runs once per command, in `CommonArgs::emit`, so every scanning
//! command gets the same treatment.
//!
//! Allow entries with `regexes` need the secret itself, which findings do not carry (they are
//! redacted): [`SecretAllowlist`] judges those while the scan still has the bytes, and the
//! finding carries the answer (`Finding::allowed_by`).

use crate::finding::{fingerprint, Finding, Suppression, SuppressionKind};
use crate::policy::baseline::Baseline;
use crate::policy::config::{AllowEntry, LoadedConfig};
use globset::{GlobSet, GlobSetBuilder};
use regex::bytes::Regex;
use std::collections::BTreeSet;
use std::sync::Arc;

/// One compiled allowlist entry.
#[derive(Debug, Clone)]
struct Allow {
    reason: Option<String>,
    rules: Vec<String>,
    values: Vec<String>,
    regexes: Vec<Regex>,
    fingerprints: BTreeSet<String>,
    paths: Option<GlobSet>,
}

impl Allow {
    fn compile(e: &AllowEntry, cfg: &LoadedConfig) -> Result<Allow, String> {
        let regexes = e
            .regexes
            .iter()
            .map(|r| {
                Regex::new(r).map_err(|err| {
                    format!(
                        "{}: regex `{r}` does not compile: {err}",
                        cfg.position("allow.regexes", Some(r))
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let paths = glob_set(&e.paths)
            .map_err(|err| format!("{}: invalid glob: {err}", cfg.position("allow.paths", None)))?;
        Ok(Allow {
            reason: e.reason.clone(),
            rules: e.rules.clone(),
            values: e.values.clone(),
            regexes,
            fingerprints: e
                .fingerprints
                .iter()
                .map(|f| f.to_ascii_lowercase())
                .collect(),
            paths,
        })
    }

    /// Whether the entry accepts `f`; `secret` is the raw secret where known, `regex_hit` says
    /// whether the scan saw one of the entry's regexes match it.
    fn accepts(&self, f: &Finding, secret: Option<&[u8]>, regex_hit: bool) -> bool {
        if !self.rules.is_empty() && !self.rules.contains(&f.rule_id) {
            return false;
        }
        if let Some(p) = &self.paths {
            if !p.is_match(f.provenance.path()) {
                return false;
            }
        }
        let any_secret_test =
            !(self.values.is_empty() && self.regexes.is_empty() && self.fingerprints.is_empty());
        if !any_secret_test {
            return true;
        }
        if self.fingerprints.contains(&f.fingerprint) {
            return true;
        }
        if self
            .values
            .iter()
            .any(|v| fingerprint(&f.rule_id, v.as_bytes()) == f.fingerprint)
        {
            return true;
        }
        match secret {
            Some(s) => self.regexes.iter().any(|r| r.is_match(s)),
            None => regex_hit,
        }
    }

    fn suppression(&self) -> Suppression {
        Suppression {
            kind: SuppressionKind::Config,
            justification: Some(
                self.reason
                    .clone()
                    .unwrap_or_else(|| "allowed by the configuration".into()),
            ),
        }
    }
}

/// Compiles path globs as the scan does (`*` crosses `/`).
pub fn glob_set(globs: &[String]) -> Result<Option<GlobSet>, String> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for g in globs {
        b.add(crate::policy::config::glob(g).map_err(|e| format!("`{g}`: {}", e.kind()))?);
    }
    b.build().map(Some).map_err(|e| e.to_string())
}

/// The allowlist entries that need the secret. The scan asks it, for each new finding's secret,
/// which entries' regexes match ([`SecretAllowlist::matching`]); the finding keeps the answer
/// and [`Suppressor::apply`] reads it once paths are final (git findings learn their paths only
/// after matching).
#[derive(Debug, Clone)]
pub struct SecretAllowlist {
    /// (index in the configuration's `allow`, its regexes)
    entries: Arc<Vec<(usize, Vec<Regex>)>>,
}

impl SecretAllowlist {
    /// The entries of `cfg` that need the secret; `None` when there are none.
    pub fn from_config(cfg: &LoadedConfig) -> Result<Option<SecretAllowlist>, String> {
        let mut entries = Vec::new();
        for (i, e) in cfg.config.allow.iter().enumerate() {
            if e.needs_secret() {
                entries.push((i, Allow::compile(e, cfg)?.regexes));
            }
        }
        Ok((!entries.is_empty()).then(|| SecretAllowlist {
            entries: Arc::new(entries),
        }))
    }

    /// The indices of the entries one of whose regexes matches `secret`.
    pub fn matching(&self, secret: &[u8]) -> Vec<usize> {
        self.entries
            .iter()
            .filter(|(_, regexes)| regexes.iter().any(|r| r.is_match(secret)))
            .map(|(i, _)| *i)
            .collect()
    }
}

/// Counts of what [`Suppressor::apply`] did, for the summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    /// Findings hidden by inline allows that `--strict` reports.
    pub unhidden_inline: usize,
    pub by_config: usize,
    pub by_baseline: usize,
}

/// Everything that turns findings into accepted ones, compiled once per command.
#[derive(Debug, Default)]
pub struct Suppressor {
    allows: Vec<Allow>,
    pub baseline: Option<Baseline>,
    /// Report findings that inline allows hide.
    pub strict: bool,
}

impl Suppressor {
    pub fn new(
        cfg: &LoadedConfig,
        baseline: Option<Baseline>,
        strict: bool,
    ) -> Result<Suppressor, String> {
        let allows = cfg
            .config
            .allow
            .iter()
            .map(|e| Allow::compile(e, cfg))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Suppressor {
            allows,
            baseline,
            strict,
        })
    }

    /// Whether applying would change anything.
    pub fn is_noop(&self) -> bool {
        self.allows.is_empty() && self.baseline.is_none() && !self.strict
    }

    /// Marks accepted findings (excluded paths never reach here: the scan skips them).
    pub fn apply(&self, findings: &mut [Finding]) -> Applied {
        let mut applied = Applied::default();
        for f in findings.iter_mut() {
            if self.strict
                && f.suppression
                    .as_ref()
                    .is_some_and(|s| s.kind == SuppressionKind::Inline)
            {
                f.suppression = None;
                applied.unhidden_inline += 1;
            }
            if f.suppression.is_some() {
                continue;
            }
            let secret = f.secret.as_deref().map(str::as_bytes);
            let hit = |i: usize| f.allowed_by.contains(&i);
            let accepted = self
                .allows
                .iter()
                .enumerate()
                .find(|(i, a)| a.accepts(f, secret, hit(*i)));
            if let Some((_, a)) = accepted {
                f.suppression = Some(a.suppression());
                applied.by_config += 1;
                continue;
            }
            if let Some(b) = &self.baseline {
                if let Some(e) = b.find(&f.fingerprint, &f.rule_id) {
                    let file = b
                        .path
                        .as_ref()
                        .and_then(|p| p.file_name())
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| crate::policy::baseline::BASELINE_FILE_NAME.into());
                    f.suppression = Some(Suppression {
                        kind: SuppressionKind::Baseline,
                        justification: Some(
                            e.reason
                                .clone()
                                .unwrap_or_else(|| format!("accepted in {file}")),
                        ),
                    });
                    applied.by_baseline += 1;
                }
            }
        }
        applied
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blob::Provenance;
    use crate::finding::Location;
    use crate::rules::Severity;

    fn finding(rule: &str, secret: &str, path: &str) -> Finding {
        Finding {
            rule_id: rule.into(),
            rule_name: rule.into(),
            provider: "p".into(),
            severity: Severity::High,
            provenance: Provenance::File {
                path: path.into(),
                shown: None,
            },
            archive_path: None,
            location: Location {
                start_line: 1,
                start_column: 1,
                end_line: 1,
                end_column: 2,
                start_offset: 0,
                end_offset: 1,
            },
            redacted: "x".into(),
            secret: None,
            snippet: "x".into(),
            fingerprint: fingerprint(rule, secret.as_bytes()),
            blob_id: None,
            suppression: None,
            downgraded: None,
            allowed_by: Vec::new(),
            verification: None,
            verify_secret: None,
        }
    }

    fn cfg(yaml: &str) -> LoadedConfig {
        crate::policy::config::parse(yaml, std::path::Path::new("c.yaml")).expect("valid config")
    }

    #[test]
    fn values_paths_and_rules_combine() {
        let c = cfg("allow:\n  - rules: [r1]\n    values: [abc]\n    reason: fixture\n  - paths: ['tests/**']\n");
        let s = Suppressor::new(&c, None, false).expect("compiles");
        let mut fs = vec![
            finding("r1", "abc", "src/a"),
            finding("r2", "abc", "src/a"),
            finding("r2", "zzz", "tests/x/y"),
        ];
        let applied = s.apply(&mut fs);
        assert_eq!(applied.by_config, 2);
        assert_eq!(
            fs[0]
                .suppression
                .as_ref()
                .and_then(|s| s.justification.as_deref()),
            Some("fixture")
        );
        assert!(fs[1].suppression.is_none());
        assert!(fs[2].suppression.is_some());
    }

    #[test]
    fn regex_entries_need_the_secret() {
        let c = cfg("allow:\n  - regexes: ['^test_']\n    paths: ['a']\n");
        let hook = SecretAllowlist::from_config(&c).expect("ok").expect("some");
        let s = Suppressor::new(&c, None, false).expect("compiles");
        let mut fs = vec![finding("r1", "test_1", "a"), finding("r1", "test_2", "b")];
        s.apply(&mut fs);
        assert!(
            fs[0].suppression.is_none(),
            "the scan has not shown the secret"
        );
        for (f, secret) in fs.iter_mut().zip([&b"test_1"[..], b"test_2"]) {
            f.allowed_by = hook.matching(secret);
        }
        s.apply(&mut fs);
        assert_eq!(
            fs[0].suppression.as_ref().map(|s| s.kind),
            Some(SuppressionKind::Config)
        );
        assert!(fs[1].suppression.is_none(), "path does not match");
    }
}
