//! Finding candidate secrets in bytes: keyword prefilter, regex confirmation, then checks.
//!
//! The matcher knows nothing of paths or provenance: it takes bytes and gives byte offsets. The
//! [`Matcher`] trait keeps the engine replaceable (a multi-pattern engine such as Vectorscan could
//! sit behind it as an optional feature).

mod engine;
pub mod filters;

pub use engine::RegexMatcher;

/// A candidate that passed every check of its rule. Offsets are bytes into the scanned blob.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Match {
    /// Index of the rule in the [`crate::rules::RuleSet`] the matcher was built from.
    pub rule: usize,
    /// The `secret` group's span.
    pub start: usize,
    pub end: usize,
}

/// Per-thread reusable memory, so that matching a blob allocates nothing in the common case.
#[derive(Default)]
pub struct Scratch {
    pub(crate) hits: Vec<(u32, usize)>,
    pub(crate) windows: Vec<(usize, usize)>,
}

/// Counters a matcher keeps per thread, for `--stats`.
#[derive(Default, Debug, Clone)]
pub struct MatchStats {
    pub keyword_hits: u64,
    pub regex_runs: u64,
    pub rejected: u64,
}

/// Something that finds rule matches in bytes.
pub trait Matcher: Send + Sync {
    /// Appends to `out` every match in `bytes`, ordered by start offset then rule.
    fn find(&self, bytes: &[u8], scratch: &mut Scratch, out: &mut Vec<Match>);
}
