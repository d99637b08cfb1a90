//! Turning a byte-offset [`Match`] into a [`Finding`]: line and column, a redacted secret and
//! snippet, the position-independent fingerprint, and inline allow comments.
//!
//! A blob's content yields [`Hit`]s (everything that depends on the bytes); a hit becomes a
//! [`Finding`] once, where the blob's provenance is known: at once for a file, after attribution
//! for a git blob. A `Finding` is owned and serialisable; it is the only thing reporters see.
//!
//! May import: `blob`, `matcher` (for [`Match`]), `rules`.

use crate::blob::{BlobId, Provenance};
use crate::matcher::Match;
use crate::rules::{Rule, Severity};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Where a secret sits. Lines and columns are 1-based; columns count Unicode scalar values (raw
/// bytes where the text is not UTF-8); `end_column` is the column just past the secret, as in SARIF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Location {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets of the secret in the blob.
    pub start_offset: usize,
    pub end_offset: usize,
}

/// Why a finding does not fail the scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    pub kind: SuppressionKind,
    /// The reason the user gave, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuppressionKind {
    /// A comment on the finding's line (`leakgate:allow`, `gitleaks:allow`, `pragma: allowlist secret`).
    Inline,
    /// An entry in the baseline file.
    Baseline,
    /// An allowed value or path in the configuration.
    Config,
}

/// A reported secret.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule_id: String,
    pub rule_name: String,
    pub provider: String,
    pub severity: Severity,
    pub provenance: Provenance,
    /// The member of an archive the secret is in (`config/.env`, or `b.tar.gz!.env` for an
    /// archive inside an archive); the location is then within that member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive_path: Option<String>,
    pub location: Location,
    /// The secret with all but a short prefix masked.
    pub redacted: String,
    /// The full secret: only with `--show-secrets`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// The secret's first line, every secret on it masked unless secrets are shown.
    pub snippet: String,
    /// Hash of (rule id, secret): the identity used by SARIF, the baseline and the ignore list.
    pub fingerprint: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob_id: Option<BlobId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suppression: Option<Suppression>,
    /// Why this finding was lowered to `low` severity and does not fail the scan or a gate
    /// (an expired test JWT, see [`crate::matcher::filters::jwt_expired_test_token`]): it is
    /// still reported, as advice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub downgraded: Option<String>,
    /// Indices of the configuration's `allow` entries whose secret regexes match this secret,
    /// decided while the secret was at hand (the policy stage sees only redacted findings).
    #[serde(skip)]
    pub allowed_by: Vec<usize>,
    /// What the provider said of this secret (`--verify`); the same on every location of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    /// The full secret, kept only while `--verify` needs to send it; never serialised, and
    /// dropped once the secret is verified.
    #[serde(skip)]
    pub verify_secret: Option<String>,
}

/// The answer of a live check: data only, decided by `crate::verify`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Verification {
    pub status: VerifyStatus,
    /// What the provider said: the account, organisation or scopes for a live secret; the
    /// status or reason otherwise. Never the secret.
    pub detail: String,
    /// When the provider was asked (RFC 3339, UTC).
    pub checked_at: String,
}

/// Whether a secret works now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerifyStatus {
    /// The provider accepted it.
    Live,
    /// The provider says it is bad or revoked.
    Invalid,
    /// No verifier, rate-limited, or an answer that says neither.
    Unknown,
    /// The provider could not be asked: network, TLS, timeout.
    Error,
}

impl VerifyStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            VerifyStatus::Live => "live",
            VerifyStatus::Invalid => "invalid",
            VerifyStatus::Unknown => "unknown",
            VerifyStatus::Error => "error",
        }
    }
}

/// A secret found in one blob's content: everything about a finding that depends on the bytes,
/// nothing about where the blob was seen.
#[derive(Debug, Clone)]
pub struct Hit {
    rule_id: String,
    rule_name: String,
    provider: String,
    severity: Severity,
    pub location: Location,
    /// The archive member the secret is in, if any.
    pub member: Option<String>,
    redacted: String,
    secret: Option<String>,
    snippet: String,
    fingerprint: String,
    pub blob_id: Option<BlobId>,
    suppression: Option<Suppression>,
    downgraded: Option<String>,
    pub allowed_by: Vec<usize>,
    /// The full secret, kept for `--verify` only.
    verify_secret: Option<String>,
}

impl Hit {
    /// The id of the rule that found it.
    pub fn rule_id(&self) -> &str {
        &self.rule_id
    }

    /// The finding this hit is at `provenance`.
    pub fn at(&self, provenance: Provenance) -> Finding {
        Finding {
            rule_id: self.rule_id.clone(),
            rule_name: self.rule_name.clone(),
            provider: self.provider.clone(),
            severity: self.severity,
            provenance,
            archive_path: self.member.clone(),
            location: self.location,
            redacted: self.redacted.clone(),
            secret: self.secret.clone(),
            snippet: self.snippet.clone(),
            fingerprint: self.fingerprint.clone(),
            blob_id: self.blob_id,
            suppression: self.suppression.clone(),
            downgraded: self.downgraded.clone(),
            allowed_by: self.allowed_by.clone(),
            verification: None,
            verify_secret: self.verify_secret.clone(),
        }
    }
}

impl Finding {
    /// The path a person reads: the provenance's, then `!` and the archive member, if any
    /// (`dist/app.zip!config/.env`).
    pub fn display_path(&self) -> String {
        match &self.archive_path {
            Some(m) => format!("{}!{m}", self.provenance.shown_path()),
            None => self.provenance.shown_path().to_string(),
        }
    }

    /// [`Finding::display_path`] with the provenance's stable path (relative to the report base,
    /// not as typed): for machine formats that must not depend on how leakgate was invoked.
    pub fn stable_path(&self) -> String {
        match &self.archive_path {
            Some(m) => format!("{}!{m}", self.provenance.path()),
            None => self.provenance.path().to_string(),
        }
    }

    /// The order every report uses: path, commit, archive member, position, rule.
    pub fn sort_key(&self) -> (&str, &str, &str, usize, usize, &str) {
        let (path, commit) = self.provenance.sort_key();
        (
            path,
            commit,
            self.archive_path.as_deref().unwrap_or(""),
            self.location.start_offset,
            self.location.end_offset,
            &self.rule_id,
        )
    }

    pub fn is_suppressed(&self) -> bool {
        self.suppression.is_some()
    }

    /// Whether this finding fails the scan and the gates: not suppressed and not downgraded to
    /// advice ([`Finding::downgraded`]).
    pub fn fails(&self) -> bool {
        !self.is_suppressed() && self.downgraded.is_none()
    }
}

/// How findings are rendered at creation time.
#[derive(Debug, Clone, Copy, Default)]
pub struct FindingOptions {
    pub show_secrets: bool,
    /// Keep each secret (unserialised) for `--verify` to send to its provider.
    pub keep_secrets: bool,
}

/// The position-independent identity of a finding: it survives edits above the secret, renames
/// and squash merges, and differs for a different secret on the same line.
pub fn fingerprint(rule_id: &str, secret: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(b"leakgate-fingerprint-v1\0");
    h.update(rule_id.as_bytes());
    h.update(b"\0");
    h.update(secret);
    let digest = h.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Masks all but a short prefix: enough to tell keys apart, not enough to use one.
pub fn redact(secret: &str) -> String {
    let visible = (secret.chars().count() / 5).min(4);
    let prefix: String = secret.chars().take(visible).collect();
    format!("{prefix}{}", "*".repeat(8))
}

/// Counts columns the way reports show them: one per character, one per byte of invalid UTF-8.
/// Characters in `bytes` (a column count).
pub fn columns(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.chars().count(),
        Err(_) => String::from_utf8_lossy(bytes).chars().count(),
    }
}

fn line_end(bytes: &[u8], pos: usize) -> usize {
    let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
    if end > pos && bytes.get(end - 1) == Some(&b'\r') {
        end - 1
    } else {
        end
    }
}

/// Where sorted offsets sit (line, the line's start, column), counted incrementally: many
/// findings in one blob, even on one long line, cost one pass over it, never one per finding.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    line_start: usize,
    /// Column of `pos`.
    col: usize,
}

impl<'a> Cursor<'a> {
    fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor {
            bytes,
            pos: 0,
            line: 1,
            line_start: 0,
            col: 1,
        }
    }

    /// Moves to `offset` (backwards restarts from the top, which sorted offsets never need).
    fn seek(&mut self, offset: usize) {
        if offset < self.pos {
            *self = Cursor::new(self.bytes);
        }
        let seg = &self.bytes[self.pos..offset];
        match memchr::memrchr(b'\n', seg) {
            Some(last) => {
                self.line += memchr::memchr_iter(b'\n', seg).count();
                self.line_start = self.pos + last + 1;
                self.col = columns(&self.bytes[self.line_start..offset]) + 1;
            }
            None => self.col += columns(seg),
        }
        self.pos = offset;
    }
}

const SNIPPET_CONTEXT: usize = 60;
/// Longest span a secret is assumed to have when looking for other secrets near a snippet.
const SNIPPET_NEIGHBOURS: usize = 4096;

/// The line `ls..le` around `m`, each secret on it masked (unless shown), cut to a readable
/// width. `all` is sorted by start.
fn snippet(bytes: &[u8], ls: usize, le: usize, m: &Match, all: &[Match], show: bool) -> String {
    let le = le.max(ls);
    let lo = ls.max(m.start.saturating_sub(SNIPPET_CONTEXT));
    let hi = le.min(m.end.max(m.start) + SNIPPET_CONTEXT).max(lo);
    let mut out = String::new();
    if lo > ls {
        out.push('…');
    }
    let mut pos = lo;
    let upto = all.partition_point(|o| o.start < hi);
    let from = all[..upto].partition_point(|o| o.start + SNIPPET_NEIGHBOURS < lo);
    let mut spans: Vec<(usize, usize)> = all[from..upto]
        .iter()
        .filter(|o| o.end > lo)
        .map(|o| (o.start.max(lo), o.end.min(hi)))
        .collect();
    spans.sort_unstable();
    for (s, e) in spans {
        if s < pos {
            continue;
        }
        out.push_str(&String::from_utf8_lossy(&bytes[pos..s]));
        let secret = String::from_utf8_lossy(&bytes[s..e]);
        if show {
            out.push_str(&secret);
        } else {
            out.push_str(&redact(&secret));
        }
        pos = e;
    }
    if pos < hi {
        out.push_str(&String::from_utf8_lossy(&bytes[pos..hi]));
    }
    if hi < le {
        out.push('…');
    }
    out.trim().to_string()
}

/// An inline allow on a line: which rules it names (none means all) and the reason given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineAllow {
    pub rules: Vec<String>,
    pub reason: Option<String>,
}

impl InlineAllow {
    pub fn covers(&self, rule_id: &str) -> bool {
        self.rules.is_empty() || self.rules.iter().any(|r| r == rule_id)
    }
}

/// The most of an inline allow's reason that is kept, and of its rule ids: every finding on the
/// line carries them, so a long line holding many findings must not copy its length into each.
const MAX_ALLOW_REASON: usize = 200;
const MAX_ALLOW_IDS: usize = 32;

/// Reads an allow comment from a line: `leakgate:allow [rule-id…] [-- reason]`, or the markers
/// other tools use (`gitleaks:allow`, `pragma: allowlist secret`), so teams can switch without
/// editing code.
pub fn inline_allow(line: &[u8]) -> Option<InlineAllow> {
    let text = String::from_utf8_lossy(line);
    if let Some(i) = text.find("leakgate:allow") {
        let rest = &text[i + "leakgate:allow".len()..];
        let (ids, reason) = match rest.find("--") {
            Some(j) => (&rest[..j], Some(&rest[j + 2..])),
            None => (rest, None),
        };
        let rules = ids
            .split(|c: char| c.is_whitespace() || c == ',')
            .take_while(|t| t.is_empty() || is_rule_id(t))
            .filter(|t| !t.is_empty())
            .take(MAX_ALLOW_IDS)
            .map(str::to_string)
            .collect();
        let reason = reason
            .map(|r| {
                r.trim()
                    .trim_end_matches("*/")
                    .trim_end_matches("-->")
                    .trim_end_matches("#}")
                    .trim()
                    .chars()
                    .take(MAX_ALLOW_REASON)
                    .collect::<String>()
            })
            .filter(|r| !r.is_empty());
        return Some(InlineAllow { rules, reason });
    }
    if text.contains("gitleaks:allow") || text.contains("pragma: allowlist secret") {
        return Some(InlineAllow {
            rules: Vec::new(),
            reason: None,
        });
    }
    None
}

fn is_rule_id(t: &str) -> bool {
    t.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && t.bytes().any(|b| b != b'-')
}

/// Why a match is only advice, or `None`: for rules that decode JWTs (`checksum: jwt`), a token
/// that expired before now and was issued for testing. A clock before 1970 judges nothing
/// expired, so the finding keeps its severity.
///
/// A match near one of its rule's `advice_context` words is advice too (a Google API key in a
/// Firebase client configuration: [`crate::matcher::filters::advice_context`]), and so is every
/// match of a rule with an `advice` reason (password hashes).
fn downgrade(rule: &Rule, secret: &[u8], bytes: &[u8], m: &Match) -> Option<String> {
    if let Some(why) = &rule.spec.advice {
        return Some(why.clone());
    }
    if let Some(why) = crate::matcher::filters::advice_context(rule, bytes, m.start, m.end) {
        return Some(why);
    }
    if !matches!(rule.spec.checksum, Some(crate::rules::Checksum::Jwt)) {
        return None;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    crate::matcher::filters::jwt_expired_test_token(secret, now)
}

/// Locates the matches of one blob: line and column, redaction, snippet, fingerprint and inline
/// allows. `allow` tells which configured allow entries accept a secret.
pub fn locate(
    rules: &[Rule],
    bytes: &[u8],
    blob_id: Option<BlobId>,
    matches: &[Match],
    opts: FindingOptions,
    allow: &dyn Fn(&[u8]) -> Vec<usize>,
    out: &mut Vec<Hit>,
) {
    let mut cursor = Cursor::new(bytes);
    // The current line's end and inline allow, found once per line however many secrets it holds.
    let mut line: Option<(usize, usize, Option<InlineAllow>)> = None;
    for m in matches {
        let rule = &rules[m.rule];
        let secret_bytes = m.secret(bytes);
        let secret = String::from_utf8_lossy(secret_bytes).into_owned();
        cursor.seek(m.start);
        let (start_line, start_column, ls) = (cursor.line, cursor.col, cursor.line_start);
        let span = &bytes[m.start..m.end];
        let end_line = start_line + memchr::memchr_iter(b'\n', span).count();
        let end_column = match memchr::memrchr(b'\n', span) {
            Some(nl) => columns(&span[nl + 1..]) + 1,
            None => start_column + columns(span),
        };
        let location = Location {
            start_line,
            start_column,
            end_line,
            end_column,
            start_offset: m.start,
            end_offset: m.end,
        };
        if line.as_ref().is_none_or(|(start, _, _)| *start != ls) {
            let le = line_end(bytes, m.start);
            line = Some((ls, le, inline_allow(&bytes[ls..le])));
        }
        let (le, line_allow) = match &line {
            Some((_, le, a)) => (*le, a.as_ref()),
            None => (ls, None),
        };
        let suppression = line_allow
            .filter(|a| a.covers(&rule.spec.id))
            .map(|a| Suppression {
                kind: SuppressionKind::Inline,
                justification: a.reason.clone(),
            });
        let downgraded = downgrade(rule, secret_bytes, bytes, m);
        out.push(Hit {
            rule_id: rule.spec.id.clone(),
            rule_name: rule.spec.name.clone(),
            provider: rule.provider.clone(),
            severity: match downgraded {
                Some(_) => Severity::Low,
                None => rule.spec.severity,
            },
            location,
            member: None,
            redacted: redact(&secret),
            fingerprint: fingerprint(&rule.spec.id, secret_bytes),
            snippet: snippet(bytes, ls, le, m, matches, opts.show_secrets),
            verify_secret: opts.keep_secrets.then(|| secret.clone()),
            secret: opts.show_secrets.then_some(secret),
            blob_id,
            suppression,
            downgraded,
            allowed_by: allow(secret_bytes),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_depends_on_rule_and_secret_only() {
        assert_eq!(fingerprint("a", b"s"), fingerprint("a", b"s"));
        assert_ne!(fingerprint("a", b"s"), fingerprint("b", b"s"));
        assert_ne!(fingerprint("a", b"s"), fingerprint("a", b"t"));
        assert_eq!(fingerprint("a", b"s").len(), 32);
    }

    #[test]
    fn redaction_hides_most_of_the_secret() {
        let r = redact("sk-proj-abcdefghijklmnopqrstuvwxyz");
        assert_eq!(r, "sk-p********");
        assert_eq!(redact("abc"), "********");
    }

    #[test]
    fn inline_allow_parses_rules_and_reason() {
        let a = inline_allow(b"KEY=1 # leakgate:allow openai-api-key -- revoked 2026-01")
            .expect("allow");
        assert_eq!(a.rules, vec!["openai-api-key".to_string()]);
        assert_eq!(a.reason.as_deref(), Some("revoked 2026-01"));
        let b = inline_allow(b"x = 1 /* leakgate:allow */").expect("allow");
        assert!(b.rules.is_empty());
        assert!(inline_allow(b"token = 1 # gitleaks:allow").is_some());
        assert!(inline_allow(b"token = 1 # pragma: allowlist secret").is_some());
        assert!(inline_allow(b"token = 1").is_none());
    }
}
