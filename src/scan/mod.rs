//! The scan: the one place that owns threads. A source hands blobs to per-thread
//! [`processor::Processor`]s, which prepare content the same way for every source and match it;
//! findings are built once, where each blob's provenance is known.
//!
//! May import: `blob`, `finding`, `matcher`, `outcome`, `rules`, `source`.

pub mod archive;
pub mod content;
pub mod jobs;
pub mod keyfile;
pub mod processor;
pub mod window;

use crate::blob::{BlobId, Provenance, Warning};
use crate::finding::{locate, FindingOptions, Hit};
use crate::matcher::{Matcher, RegexMatcher};
use crate::outcome::ScanOutcome;
use crate::rules::RuleSet;
use crate::source::git::{self, GitError, GitScanOptions, HistoryStats};
use crate::source::{fs, BlobVisitor, Fanout, Origin, ParallelJob, Progress, VisitorFactory};
use globset::GlobSet;
use processor::{place, Gathered, Processors};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// Default `--max-file-size`: 2 GiB. Content larger than one window (8 MiB) is judged a window at
/// a time, so this limit is not about memory for files and standard input; it is where content
/// stops being source or configuration (disk images, datasets) and would take minutes to match.
/// A git blob is decoded whole by the object store, so 2 GiB also keeps one blob within the
/// memory of a small CI runner. Content over the default limit is lost coverage (exit 2); over
/// a limit the user set, a named, counted skip.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 2 << 30;

/// Archive members are held in memory whole: without a limit the user set, a member may expand
/// to at most 8 MiB (and one blob's archives to 256 MiB in all).
pub const DEFAULT_ARCHIVE_MEMBER_MAX: u64 = 8 << 20;

/// Which configured allow entries accept a secret (decided while the scan has the bytes).
pub type SecretAllow = dyn Fn(&[u8]) -> Vec<usize> + Send + Sync;

/// Compiled rules and the engine, shared read-only by every worker.
pub struct Scanner {
    rules: Arc<RuleSet>,
    matcher: Box<dyn Matcher>,
    /// Per rule: whether it runs over binary content's string runs (not the generic rules).
    in_binaries: Vec<bool>,
    pub finding_options: FindingOptions,
    secret_allow: Option<Box<SecretAllow>>,
    /// Kinds of key files whose name is their context, with the index of their rule (those
    /// whose rule is loaded).
    key_files: Vec<(usize, &'static keyfile::KeyFile)>,
    /// Every rule id an inline allow may name: the rules that run and those the configuration
    /// turned off. Another id in `leakgate:allow` is a typo that allows nothing: it is warned of.
    known_rule_ids: std::collections::HashSet<String>,
    /// How content larger than one window is cut.
    windows: window::Sizes,
    /// Told how far the scan has come (a progress bar), if anyone watches.
    progress: Option<Arc<dyn Progress>>,
}

impl Scanner {
    pub fn new(rules: RuleSet, finding_options: FindingOptions) -> Scanner {
        let rules = Arc::new(rules);
        let matcher = Box::new(RegexMatcher::new(Arc::clone(&rules)));
        let in_binaries = rules
            .rules()
            .iter()
            .map(|r| !r.has_tag(crate::matcher::GENERIC_TAG))
            .collect();
        let key_files = keyfile::KEY_FILES
            .iter()
            .filter_map(|k| {
                let rule = rules.rules().iter().position(|r| r.spec.id == k.rule)?;
                Some((rule, k))
            })
            .collect();
        let known_rule_ids = rules.rules().iter().map(|r| r.spec.id.clone()).collect();
        let windows = window::Sizes::for_reach(crate::matcher::reach(&rules));
        Scanner {
            rules,
            matcher,
            in_binaries,
            finding_options,
            secret_allow: None,
            key_files,
            known_rule_ids,
            windows,
            progress: None,
        }
    }

    /// Rule ids that exist but do not run (disabled by the configuration): an inline allow
    /// naming one is not a typo.
    pub fn add_known_rule_ids(&mut self, ids: impl IntoIterator<Item = String>) {
        self.known_rule_ids.extend(ids);
    }

    /// The inline allows in `text` that name a rule id no rule has: (line, id) for each.
    pub fn unknown_allow_ids(&self, text: &[u8]) -> Vec<(usize, String)> {
        const MARK: &[u8] = b"leakgate:allow";
        let mut out = Vec::new();
        let mut line = 1;
        let mut counted = 0;
        for at in memchr::memmem::find_iter(text, MARK) {
            line += memchr::memchr_iter(b'\n', &text[counted..at]).count();
            counted = at;
            let end = memchr::memchr(b'\n', &text[at..]).map_or(text.len(), |n| at + n);
            if let Some(allow) = crate::finding::inline_allow(&text[at..end]) {
                for id in allow.rules {
                    if !self.known_rule_ids.contains(&id) {
                        out.push((line, id));
                    }
                }
            }
        }
        out
    }

    /// Lets the configuration's secret regexes see each new finding's secret.
    pub fn set_secret_allow(&mut self, allow: Option<Box<SecretAllow>>) {
        self.secret_allow = allow;
    }

    /// Reports how far every scan with this scanner has come to `progress`.
    pub fn set_progress(&mut self, progress: Option<Arc<dyn Progress>>) {
        self.progress = progress;
    }

    pub fn progress(&self) -> Option<&dyn Progress> {
        self.progress.as_deref()
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    fn in_binaries(&self, rule: usize) -> bool {
        self.in_binaries.get(rule).copied().unwrap_or(false)
    }

    /// Hits for `matches` in `text`.
    fn locate(&self, text: &[u8], matches: &[crate::matcher::Match], out: &mut Vec<Hit>) {
        let none = |_: &[u8]| Vec::new();
        let allow: &dyn Fn(&[u8]) -> Vec<usize> = match &self.secret_allow {
            Some(a) => a.as_ref(),
            None => &none,
        };
        locate(
            self.rules.rules(),
            text,
            None,
            matches,
            self.finding_options,
            allow,
            out,
        );
    }
}

/// What content is looked at: the size limit and the configuration's excluded paths. Applied by
/// the processor to content whose path is known, and to git findings once attribution gives
/// them paths.
#[derive(Debug, Clone)]
pub struct ContentPolicy {
    pub max_size: u64,
    /// Paths (relative to the report base or repository root) never scanned.
    pub exclude: Option<GlobSet>,
    /// Expand archives (`--no-archives` turns it off: archives are then searched as binaries).
    pub archives: bool,
    /// Whether the user chose `max_size` (`--max-file-size` or the configuration's
    /// `max_file_size`): then content over it is a named, counted skip; over the default, it is
    /// lost coverage (exit 2).
    pub user_limit: bool,
}

impl Default for ContentPolicy {
    fn default() -> Self {
        ContentPolicy {
            max_size: DEFAULT_MAX_FILE_SIZE,
            exclude: None,
            archives: true,
            user_limit: false,
        }
    }
}

/// Archives inside archives are opened to this depth (`a.zip!b.tar.gz!.env` is depth 2).
pub const MAX_ARCHIVE_DEPTH: usize = 3;

impl ContentPolicy {
    /// Bounds on archive expansion: a member at most the file size limit the user set (else
    /// [`DEFAULT_ARCHIVE_MEMBER_MAX`]), one blob's archives at most 32 times that (at least
    /// 256 MiB) in all.
    pub fn limits(&self) -> archive::Limits {
        let member_max = if self.user_limit {
            self.max_size
        } else {
            DEFAULT_ARCHIVE_MEMBER_MAX.min(self.max_size)
        };
        archive::Limits {
            member_max,
            total_max: member_max.saturating_mul(32).max(256 << 20),
            max_depth: MAX_ARCHIVE_DEPTH,
        }
    }

    /// A warning about content skipped, or cut, at the size limit: named and counted either way,
    /// lost coverage unless the user chose the limit.
    pub fn over_limit(&self, path: impl Into<String>, message: impl Into<String>) -> Warning {
        if self.user_limit {
            Warning::note(path, message)
        } else {
            Warning::lost(path, message)
        }
    }

    pub fn excludes(&self, path: &str) -> bool {
        self.exclude.as_ref().is_some_and(|ex| ex.is_match(path))
    }
}

/// The scan's worker threads: one pool, and `threads` 0 means one per core everywhere.
pub struct Workers {
    pool: rayon::ThreadPool,
}

impl Workers {
    pub fn new(threads: usize) -> Result<Workers, String> {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map(|pool| Workers { pool })
            .map_err(|e| format!("cannot start worker threads: {e}"))
    }

    pub fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// `f` over every item on the pool, results in the items' order (live verification's
    /// requests, which wait on the network rather than the CPU).
    pub fn map<T: Sync, R: Send>(&self, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
        self.pool.install(|| items.par_iter().map(&f).collect())
    }

    /// Runs `f` with a [`Fanout`] whose visitors `factory` makes.
    fn with_fanout<R>(&self, factory: &dyn VisitorFactory, f: impl FnOnce(&dyn Fanout) -> R) -> R {
        f(&PoolFanout {
            pool: &self.pool,
            factory,
        })
    }
}

struct PoolFanout<'a> {
    pool: &'a rayon::ThreadPool,
    factory: &'a dyn VisitorFactory,
}

impl Fanout for PoolFanout<'_> {
    fn run(&self, job: &dyn ParallelJob) {
        let factory = self.factory;
        self.pool.install(|| {
            (0..job.len()).into_par_iter().for_each_init(
                || (job.worker(), factory.visitor()),
                |(worker, visitor), i| worker.item(i, visitor.as_mut()),
            )
        });
    }

    fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }
}

/// Turns gathered workers' results into an outcome (findings whose place was known at once).
fn outcome_of(g: Gathered) -> (ScanOutcome, Gathered) {
    let mut g = g;
    let outcome = ScanOutcome {
        findings: std::mem::take(&mut g.findings),
        warnings: std::mem::take(&mut g.warnings),
        stats: std::mem::take(&mut g.stats),
    };
    (outcome, g)
}

/// Scans files and directories. Paths in findings are relative to `base`.
pub fn scan_paths(
    scanner: &Scanner,
    roots: &[PathBuf],
    base: &Path,
    walk: &fs::WalkOptions,
    policy: &ContentPolicy,
) -> ScanOutcome {
    let started = Instant::now();
    let processors = Processors::new(scanner, policy);
    let ignored = fs::walk(roots, base, walk, &processors);
    let (mut outcome, _) = outcome_of(processors.into_gathered());
    outcome.stats.skipped_ignored = ignored.len() as u64;
    for path in ignored.iter().filter(|p| is_dotenv(p)) {
        outcome.warnings.push(Warning::note(
            path.as_str(),
            "not scanned (ignored by .gitignore; --no-ignore to include)",
        ));
    }
    outcome.finish(started);
    outcome
}

/// Whether the last component of `path` is a `.env` file (`.env`, `.env.production`): where keys
/// live, so an ignored one is named, not only counted.
fn is_dotenv(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name == ".env" || name.starts_with(".env.")
}

/// Scans standard input as one blob, a window at a time (see [`window`]); input over the size
/// limit is judged up to it and named.
pub fn scan_stdin(
    scanner: &Scanner,
    policy: &ContentPolicy,
    input: &mut dyn std::io::Read,
) -> ScanOutcome {
    let started = Instant::now();
    let processors = Processors::new(scanner, policy);
    {
        let mut p = processors.processor();
        if let Err(e) = p.visit_reader(Origin::Placed(Provenance::Stdin), None, input) {
            p.warn(Warning::lost("<stdin>", format!("cannot read: {e}")));
        }
    }
    let (mut outcome, _) = outcome_of(processors.into_gathered());
    outcome.finish(started);
    outcome
}

/// What a history scan produced: the outcome and what the walk covered.
#[derive(Debug, Default)]
pub struct GitScan {
    pub outcome: ScanOutcome,
    pub history: HistoryStats,
}

/// Places gathered git hits at the provenances attribution found; drops the ones at paths the
/// policy excludes (counted).
fn place_git_hits(
    g: &Gathered,
    placed: &git::Placement,
    policy: &ContentPolicy,
    outcome: &mut ScanOutcome,
) {
    let put = |hits: &[Hit], provs: &[Provenance], outcome: &mut ScanOutcome| {
        for p in provs {
            // A key file's content (matched without its path) is reported only where the
            // path is that kind's.
            let kept: Vec<Hit> = hits
                .iter()
                .filter(|h| {
                    let key = (h.blob_id, h.rule_id(), h.location.start_offset);
                    !g.key_file_spans.contains(&key)
                        || keyfile::of_rule(h.rule_id()).is_some_and(|k| k.is_path(p.path()))
                })
                .cloned()
                .collect();
            if policy.excludes(p.path()) {
                outcome.stats.skipped_excluded += kept.len() as u64;
                continue;
            }
            outcome.findings.extend(place(&kept, p));
        }
    };
    for (id, hits) in &g.blob_hits {
        if let Some(provs) = placed.blobs.get(id) {
            put(hits, provs, outcome);
        }
    }
    for (id, hits) in &g.message_hits {
        if let Some(p) = placed.messages.get(id) {
            put(hits, std::slice::from_ref(p), outcome);
        }
    }
}

/// Names each git blob skipped for its size at every place it was introduced. A range scan (what
/// a push or a review publishes) did not judge content it was asked to: that loses coverage.
fn name_oversized(
    g: &Gathered,
    placed: &git::Placement,
    policy: &ContentPolicy,
    ranged: bool,
    outcome: &mut ScanOutcome,
) {
    let max = policy.max_size;
    for (id, size) in &g.oversized_blobs {
        let Some(provs) = placed.blobs.get(id) else {
            continue;
        };
        for p in provs.iter().filter(|p| !policy.excludes(p.path())) {
            let at = match p.commit() {
                Some(c) => format!("{} (commit {})", p.path(), &c[..c.len().min(12)]),
                None => p.path().to_string(),
            };
            let message = format!(
                "skipped: {size} bytes is over --max-file-size {max} (raise it to scan this blob)"
            );
            outcome.warnings.push(if ranged {
                Warning::lost(at, message)
            } else {
                policy.over_limit(at, message)
            });
        }
    }
}

/// Scans a repository's history (see `source::git` for what is covered).
pub fn scan_git(
    scanner: &Scanner,
    repo: &git::Repo,
    opts: &GitScanOptions,
    policy: &ContentPolicy,
    workers: &Workers,
) -> Result<GitScan, GitError> {
    let started = Instant::now();
    let processors = Processors::new(scanner, policy);
    let mut history = workers.with_fanout(&processors, |fanout| {
        git::read_history(repo, opts, &processors, fanout)
    })?;
    let (mut outcome, gathered) = outcome_of(processors.into_gathered());
    let blobs: Vec<BlobId> = gathered
        .blob_hits
        .iter()
        .map(|(id, _)| *id)
        .chain(gathered.oversized_blobs.iter().map(|(id, _)| *id))
        .collect();
    let messages: Vec<BlobId> = gathered.message_hits.iter().map(|(id, _)| *id).collect();
    let placed = history.attribute(&blobs, &messages)?;
    place_git_hits(&gathered, &placed, policy, &mut outcome);
    name_oversized(
        &gathered,
        &placed,
        policy,
        history.stats().ranged,
        &mut outcome,
    );
    outcome.warnings.extend(history.take_warnings());
    outcome.finish(started);
    Ok(GitScan {
        outcome,
        history: history.stats(),
    })
}

/// What a staged scan produced.
#[derive(Debug, Default)]
pub struct StagedScan {
    pub outcome: ScanOutcome,
    /// Findings dropped because they sit on lines the commit does not touch.
    pub on_untouched_lines: usize,
}

/// Scans what the index would commit (the changes `git::index` found).
pub fn scan_staged(
    scanner: &Scanner,
    repo: &git::Repo,
    changes: &git::index::StagedChanges,
    all_lines: bool,
    policy: &ContentPolicy,
    workers: &Workers,
) -> StagedScan {
    let started = Instant::now();
    let processors = Processors::new(scanner, policy);
    workers.with_fanout(&processors, |fanout| {
        git::index::read_changes(repo, changes, all_lines, &processors, fanout)
    });
    let (mut outcome, gathered) = outcome_of(processors.into_gathered());
    outcome.warnings.extend(changes.warnings.iter().cloned());
    outcome.finish(started);
    StagedScan {
        outcome,
        on_untouched_lines: gathered.on_untouched_lines,
    }
}

/// Scans the messages of the annotated tags `oids` name (and tags they point to).
pub fn scan_tags(
    scanner: &Scanner,
    repo: &git::Repo,
    oids: &[String],
    policy: &ContentPolicy,
) -> Result<ScanOutcome, GitError> {
    let started = Instant::now();
    let processors = Processors::new(scanner, policy);
    {
        let mut p = processors.processor();
        git::tags::read_tags(repo, oids, &mut p)?;
    }
    let (mut outcome, _) = outcome_of(processors.into_gathered());
    outcome.finish(started);
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in rules reach far less than the minimum overlap: windows of 8 MiB overlapping
    /// by 1 MiB (tests/large.rs places keys at these edges).
    #[test]
    fn builtin_rules_give_the_default_windows() {
        let rules = RuleSet::builtin().expect("built-in rules");
        let reach = crate::matcher::reach(&rules);
        assert!(reach < window::MIN_OVERLAP / 2, "{reach}");
        assert_eq!(
            window::Sizes::for_reach(reach),
            window::Sizes {
                window: 8 << 20,
                overlap: 1 << 20
            }
        );
    }
}
