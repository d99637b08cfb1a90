//! Finding candidate secrets in bytes: keyword prefilter, regex confirmation, then checks.
//!
//! The matcher knows nothing of paths or provenance: it takes bytes and gives byte offsets. The
//! [`Matcher`] trait keeps the engine replaceable (a multi-pattern engine such as Vectorscan could
//! sit behind it as an optional feature).

pub mod assign;
pub mod check;
pub mod collection;
pub mod conf;
pub mod doclabel;
mod engine;
pub mod filters;
pub mod formats;
mod keywords;
pub mod literal;
pub mod normalize;
pub mod sql;
pub mod terms;

pub use engine::{reach, RegexMatcher, GENERIC_TAG};

/// A candidate that passed every check of its rule. Offsets are bytes into the scanned blob.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Match {
    /// Index of the rule in the [`crate::rules::RuleSet`] the matcher was built from.
    pub rule: usize,
    /// The `secret` group's span.
    pub start: usize,
    pub end: usize,
    /// For a secret found only in decoded text (JSON escapes, percent-encoding, base64), the
    /// secret as decoded: the fingerprint and the redaction are of the secret itself, so the same
    /// key plain or encoded has one identity. `start..end` is then the encoded text's span.
    pub decoded: Option<std::sync::Arc<[u8]>>,
}

impl Match {
    /// The secret's bytes: decoded where it was found in decoded text, else `bytes[start..end]`.
    pub fn secret<'a>(&'a self, bytes: &'a [u8]) -> &'a [u8] {
        self.decoded
            .as_deref()
            .unwrap_or(&bytes[self.start..self.end])
    }
}

/// Per-thread reusable memory, so that matching a blob allocates nothing in the common case.
/// It also accumulates what matching cost, for `--stats`.
#[derive(Default)]
pub struct Scratch {
    pub(crate) hits: Vec<(u32, usize)>,
    /// Offsets of keyword hits that opened no window because the rule wants the keyword in
    /// another case (they still place decoding, see [`normalize`]).
    pub(crate) other_case_hits: Vec<usize>,
    pub(crate) windows: Vec<(usize, usize)>,
    pub(crate) decoded: normalize::Decoded,
    /// Sorted offsets of the plain text's keyword hits, which decide what is worth decoding.
    pub(crate) hit_positions: Vec<usize>,
    /// Buffers of the assignment pass.
    pub(crate) assign: AssignScratch,
    pub costs: MatchCosts,
}

/// Buffers of the assignment pass: recognised assignments, the canonical line being matched,
/// and a nested scratch for matching it.
#[derive(Default)]
pub(crate) struct AssignScratch {
    pub(crate) positions: Vec<usize>,
    pub(crate) found: assign::Assignments,
    pub(crate) synth: Vec<u8>,
    pub(crate) matches: Vec<Match>,
    pub(crate) inner: Option<Box<Scratch>>,
}

/// Where matching time goes: the keyword prefilter, and each rule's regex confirmation.
#[derive(Default, Debug, Clone)]
pub struct MatchCosts {
    pub prefilter_nanos: u64,
    /// Time in [`normalize`] (trigger search, decoding and matching the decoded text).
    pub normalize_nanos: u64,
    /// Time in the assignment pass ([`assign`]), its rule matching included.
    pub assign_nanos: u64,
    /// Keyword hits that placed the assignment pass (distinct offsets), and the assignments
    /// it recognised around them.
    pub assign_positions: u64,
    pub assign_found: u64,
    /// Bytes of decoded text matched.
    pub decoded_bytes: u64,
    /// Indexed by rule.
    pub rules: Vec<RuleCost>,
}

#[derive(Default, Debug, Clone, Copy)]
pub struct RuleCost {
    pub nanos: u64,
    /// Keyword hits that opened (or extended) a window for this rule.
    pub keyword_hits: u64,
    /// Bytes the rule's regex was run over.
    pub bytes: u64,
    pub matches: u64,
}

impl MatchCosts {
    pub fn merge(&mut self, other: &MatchCosts) {
        self.prefilter_nanos += other.prefilter_nanos;
        self.normalize_nanos += other.normalize_nanos;
        self.assign_nanos += other.assign_nanos;
        self.assign_positions += other.assign_positions;
        self.assign_found += other.assign_found;
        self.decoded_bytes += other.decoded_bytes;
        if self.rules.len() < other.rules.len() {
            self.rules.resize(other.rules.len(), RuleCost::default());
        }
        for (a, b) in self.rules.iter_mut().zip(&other.rules) {
            a.nanos += b.nanos;
            a.keyword_hits += b.keyword_hits;
            a.bytes += b.bytes;
            a.matches += b.matches;
        }
    }
}

/// Something that finds rule matches in bytes.
pub trait Matcher: Send + Sync {
    /// Appends to `out` every match in `bytes`, ordered by start offset then rule.
    fn find(&self, bytes: &[u8], scratch: &mut Scratch, out: &mut Vec<Match>);
}
