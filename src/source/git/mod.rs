//! Git history: every blob in the object store, scanned once, attributed to the commits that
//! introduced it. The only module that talks to gix.
//!
//! A full scan ([`scan_git`] with no tips or exclusions) decodes the whole object store once, in
//! pack order and in parallel ([`objects`]), so each blob is matched once however many commits
//! hold it, and blobs that no ref reaches are covered too. Only blobs with findings are then
//! attributed: the commit graph is walked from every ref ([`history`]) and each commit's tree is
//! compared with its parents' as sets of blobs of interest ([`attribute`]).
//!
//! A range scan (tips and/or exclusions, as `--range`, `--since`, `--branch` and the pre-push gate
//! ask) walks only the selected commits, diffs each against its first parent to find the blobs it
//! may have introduced, scans those, and attributes them the same way; content the range did not
//! introduce (a copy of an older blob) is not reported.

mod attribute;
mod history;
mod objects;

use crate::blob::{GitObjectPart, Provenance, Signature};
use crate::finding::Finding;
use crate::scan::{ScanOutcome, Scanner, Warning, WorkerState, DEFAULT_MAX_FILE_SIZE};
use attribute::{Attribution, Trees};
use gix::hashtable::{HashMap, HashSet};
use gix::ObjectId;
use history::Commits;
use std::fmt;
use std::path::PathBuf;
use std::time::Instant;

/// The path reported for findings in a commit message.
pub const COMMIT_MESSAGE_PATH: &str = "<commit message>";

/// What to scan in a repository.
#[derive(Debug, Clone)]
pub struct GitScanOptions {
    pub repo: std::path::PathBuf,
    /// Revisions to walk from; empty = every ref.
    pub tips: Vec<String>,
    /// Revisions whose ancestry (inclusive) is excluded from the walk (`A` of `A..B`).
    pub exclude: Vec<String>,
    /// Also exclude everything reachable from `refs/remotes/*` (pre-push of a new branch).
    pub exclude_remote_tracking: bool,
    /// Scan blobs that no walked commit reaches (only meaningful for a full scan).
    pub include_unreachable: bool,
    pub allow_shallow: bool,
    pub max_blob_size: u64,
    pub threads: usize,
}

impl Default for GitScanOptions {
    fn default() -> Self {
        GitScanOptions {
            repo: PathBuf::from("."),
            tips: Vec::new(),
            exclude: Vec::new(),
            exclude_remote_tracking: false,
            include_unreachable: true,
            allow_shallow: false,
            max_blob_size: DEFAULT_MAX_FILE_SIZE,
            threads: 0,
        }
    }
}

/// What a git scan produced.
#[derive(Debug, Default)]
pub struct GitOutcome {
    pub outcome: ScanOutcome,
    /// Commits the walk covered (reachable from the tips, minus the excluded ones).
    pub commits_walked: u64,
    /// Commits in the object store that no ref reaches (full scans).
    pub unreachable_commits: u64,
    /// Objects decoded from the object store, and their decompressed size.
    pub objects_read: u64,
    pub object_bytes: u64,
    /// Whether the scan was restricted to what the walked commits introduce.
    pub ranged: bool,
}

/// Why a git scan could not run (or could not cover what was asked).
#[derive(Debug)]
pub enum GitError {
    NotARepository {
        path: PathBuf,
        message: String,
    },
    UnknownRevision {
        rev: String,
        message: String,
    },
    /// A shallow clone, when full history was asked for.
    Shallow {
        path: PathBuf,
    },
    /// A partial (blobless or treeless) clone: content is missing by design.
    PartialClone {
        path: PathBuf,
    },
    /// Objects that history refers to are not in the repository.
    MissingObjects {
        what: String,
    },
    Unsupported(String),
    Other(String),
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GitError::NotARepository { path, message } => {
                write!(f, "{}: not a git repository ({message})", path.display())
            }
            GitError::UnknownRevision { rev, message } => {
                write!(f, "unknown revision `{rev}`: {message}")
            }
            GitError::Shallow { path } => write!(
                f,
                "{}: shallow clone: history before the shallow boundary is missing, so it cannot \
                 be scanned; fetch it with `git fetch --unshallow` (GitHub Actions: \
                 actions/checkout with `fetch-depth: 0`; GitLab CI: `GIT_DEPTH: 0`), or pass \
                 --allow-shallow to scan only what is present",
                path.display()
            ),
            GitError::PartialClone { path } => write!(
                f,
                "{}: partial clone: some blobs were never fetched, so they cannot be scanned; \
                 clone without `--filter`, or pass --allow-shallow to scan only what is present",
                path.display()
            ),
            GitError::MissingObjects { what } => write!(
                f,
                "{what} is missing from the repository (broken history); run `git fsck` to see \
                 what is damaged, or pass --allow-shallow to scan only what is present"
            ),
            GitError::Unsupported(m) | GitError::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for GitError {}

/// Scans a repository's history. See the module documentation for what is covered.
pub fn scan_git(scanner: &Scanner, opts: &GitScanOptions) -> Result<GitOutcome, GitError> {
    let started = Instant::now();
    let repo = gix::discover(&opts.repo).map_err(|e| GitError::NotARepository {
        path: opts.repo.clone(),
        message: e.to_string(),
    })?;
    if repo.object_hash() != gix::hash::Kind::Sha1 {
        return Err(GitError::Unsupported(format!(
            "{}: object format {} is not supported (only SHA-1)",
            opts.repo.display(),
            repo.object_hash()
        )));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(|e| GitError::Other(format!("cannot start worker threads: {e}")))?;
    let mut warnings = Vec::new();
    let partial = repo
        .config_snapshot()
        .string("extensions.partialClone")
        .is_some();
    if partial {
        if !opts.allow_shallow {
            return Err(GitError::PartialClone {
                path: opts.repo.clone(),
            });
        }
        warnings.push(Warning {
            path: opts.repo.display().to_string(),
            message: "partial clone: blobs that were never fetched are not scanned".into(),
            lost_coverage: false,
        });
    }
    let shallow = repo.is_shallow().unwrap_or(false);
    let ranged = !opts.tips.is_empty() || !opts.exclude.is_empty() || opts.exclude_remote_tracking;
    if shallow && !ranged {
        if !opts.allow_shallow {
            return Err(GitError::Shallow {
                path: opts.repo.clone(),
            });
        }
        warnings.push(shallow_warning(opts));
    }
    let mut out = if ranged {
        scan_range(&repo, scanner, opts, &pool, shallow)?
    } else {
        scan_full(&repo, scanner, opts, &pool)?
    };
    out.outcome.warnings.extend(warnings);
    out.outcome.finish(started);
    Ok(out)
}

fn shallow_warning(opts: &GitScanOptions) -> Warning {
    Warning {
        path: opts.repo.display().to_string(),
        message: "shallow clone: history before the shallow boundary is not scanned \
                  (`git fetch --unshallow` fetches it)"
            .into(),
        lost_coverage: false,
    }
}

/// Provenances found for the blobs of interest: (commit, path, unreachable) per blob index.
type Introductions = std::collections::HashMap<u32, Vec<(ObjectId, String, bool)>>;

/// Records, for each commit of `list`, the blobs of interest it introduced and where.
fn attribute_commits(
    attr: &mut Attribution<'_>,
    commits: &mut Commits<'_>,
    list: &[ObjectId],
    only: Option<&std::collections::HashSet<u32>>,
    unreachable: bool,
    found: &mut Introductions,
) -> Result<(), GitError> {
    for id in list {
        let Some(info) = commits.get(id)? else {
            continue;
        };
        let tree = info.tree;
        let parents = info.parents.clone();
        let mut parent_trees = Vec::with_capacity(parents.len());
        for p in parents.iter() {
            // A parent beyond a shallow boundary is absent: its commit's content counts as new.
            if let Some(pi) = commits.get(p)? {
                parent_trees.push(pi.tree);
            }
        }
        let mut intro = attr.introduced(&tree, &parent_trees)?;
        if let Some(only) = only {
            intro.retain(|b| only.contains(b));
        }
        if intro.is_empty() {
            continue;
        }
        for (b, path) in attr.paths(&tree, &intro)? {
            found.entry(b).or_default().push((*id, path, unreachable));
        }
    }
    Ok(())
}

/// Authors of commits, read once each.
struct Authors<'r> {
    repo: &'r gix::Repository,
    cache: HashMap<ObjectId, Signature>,
    buf: Vec<u8>,
}

impl Authors<'_> {
    fn get(&mut self, id: &ObjectId) -> Result<Signature, GitError> {
        if let Some(s) = self.cache.get(id) {
            return Ok(s.clone());
        }
        let (s, _) = history::commit_author(self.repo, id, &mut self.buf)?;
        self.cache.insert(*id, s.clone());
        Ok(s)
    }
}

/// Copies each of `findings` to every provenance in `provs`.
fn place(findings: &[Finding], provs: &[Provenance], out: &mut Vec<Finding>) {
    for p in provs {
        for f in findings {
            let mut f = f.clone();
            f.provenance = p.clone();
            out.push(f);
        }
    }
}

/// Turns blob findings into findings at every introducing commit and path.
fn place_blob_findings(
    blob_findings: HashMap<ObjectId, Vec<Finding>>,
    attr: &Attribution<'_>,
    found: &Introductions,
    authors: &mut Authors<'_>,
    keep_unattributed: bool,
    out: &mut Vec<Finding>,
) -> Result<(), GitError> {
    let index: HashMap<ObjectId, u32> = (0..blob_findings.len() as u32)
        .map(|i| (attr.blob(i), i))
        .collect();
    for (blob, findings) in blob_findings {
        let intro = index.get(&blob).and_then(|i| found.get(i));
        match intro {
            Some(list) => {
                let mut provs = Vec::with_capacity(list.len());
                for (commit, path, unreachable) in list {
                    provs.push(Provenance::Commit {
                        commit: commit.to_string(),
                        path: path.clone(),
                        part: GitObjectPart::File,
                        author: authors.get(commit)?,
                        unreachable: *unreachable,
                    });
                }
                place(&findings, &provs, out);
            }
            None if keep_unattributed => out.extend(findings),
            None => {}
        }
    }
    Ok(())
}

/// The whole object store, attributed from every ref.
fn scan_full(
    repo: &gix::Repository,
    scanner: &Scanner,
    opts: &GitScanOptions,
    pool: &rayon::ThreadPool,
) -> Result<GitOutcome, GitError> {
    let gathered = objects::scan_store(repo, scanner, opts.max_blob_size, opts.threads, pool)?;
    let mut result = GitOutcome {
        objects_read: gathered.objects,
        object_bytes: gathered.object_bytes,
        ..GitOutcome::default()
    };
    let outcome = &mut result.outcome;
    outcome.stats = gathered.stats;
    outcome.warnings = gathered.warnings;
    let mut commits = Commits::complete(gathered.commits.into_iter().collect());

    let (refs, ref_warnings) = history::all_refs(repo)?;
    outcome.warnings.extend(ref_warnings);
    let mut tips = Vec::new();
    for r in &refs {
        if commits.map.contains_key(&r.id) {
            tips.push(r.id);
            continue;
        }
        match repo.try_find_header(r.id) {
            // A tag of a tree or blob: not history.
            Ok(Some(_)) => {}
            Ok(None) if opts.allow_shallow => outcome.warnings.push(Warning {
                path: r.name.clone(),
                message: format!("ref points to missing object {}", r.id),
                lost_coverage: false,
            }),
            Ok(None) => {
                return Err(GitError::MissingObjects {
                    what: format!("object {} (target of {})", r.id, r.name),
                })
            }
            Err(e) => outcome.warnings.push(Warning {
                path: r.name.clone(),
                message: format!("cannot read ref target: {e}"),
                lost_coverage: true,
            }),
        }
    }
    tips.sort();
    tips.dedup();
    let walked = history::reachable(&mut commits, &tips)?;
    let boundary = history::shallow_boundary(repo);
    let beyond_boundary: HashSet<ObjectId> = boundary
        .iter()
        .filter_map(|b| commits.map.get(b))
        .flat_map(|c| c.parents.iter().copied())
        .collect();
    for missing in &walked.truncated {
        if beyond_boundary.contains(missing) {
            continue; // expected, and already reported as a shallow clone
        }
        if !opts.allow_shallow {
            return Err(GitError::MissingObjects {
                what: format!("commit {missing}"),
            });
        }
        outcome.warnings.push(Warning {
            path: missing.to_string(),
            message: "commit missing from the repository; its history is not scanned".into(),
            lost_coverage: false,
        });
    }
    let reachable: HashSet<ObjectId> = walked.commits.iter().copied().collect();
    result.commits_walked = reachable.len() as u64;
    result.unreachable_commits = (commits.map.len() - reachable.len()) as u64;

    let mut tag_findings: HashMap<ObjectId, Vec<Finding>> = HashMap::default();
    tag_findings.extend(gathered.tag_findings);
    let named: HashSet<ObjectId> = refs.iter().filter_map(|r| r.direct).collect();
    for (tag, f) in tag_findings {
        // A tag object no ref names (a deleted tag) is unreachable content.
        if opts.include_unreachable || named.contains(&tag) {
            outcome.findings.extend(f);
        }
    }
    let mut blob_findings: HashMap<ObjectId, Vec<Finding>> = HashMap::default();
    blob_findings.extend(gathered.blob_findings);
    let mut message_findings: HashMap<ObjectId, Vec<Finding>> = HashMap::default();
    message_findings.extend(gathered.message_findings);

    let mut authors = Authors {
        repo,
        cache: HashMap::default(),
        buf: Vec::new(),
    };
    for (commit, findings) in message_findings {
        let unreachable = !reachable.contains(&commit);
        if unreachable && !opts.include_unreachable {
            continue;
        }
        let prov = [Provenance::Commit {
            commit: commit.to_string(),
            path: COMMIT_MESSAGE_PATH.into(),
            part: GitObjectPart::CommitMessage,
            author: authors.get(&commit)?,
            unreachable,
        }];
        place(&findings, &prov, &mut outcome.findings);
    }
    if blob_findings.is_empty() {
        return Ok(result);
    }

    // Trees are read by random access: a larger delta-base cache, and commits newest first so
    // that consecutive trees share delta bases.
    let mut tree_repo = repo.clone();
    tree_repo.objects.set_pack_cache(|| {
        Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
            TREE_DELTA_CACHE_BYTES,
        ))
    });
    let mut attr = Attribution::new(
        Trees::new(&tree_repo, opts.allow_shallow),
        blob_findings.keys().copied(),
    );
    let order = newest_first(&commits, walked.commits);
    let mut found = Introductions::default();
    attribute_commits(&mut attr, &mut commits, &order, None, false, &mut found)?;
    if opts.include_unreachable {
        let pending: std::collections::HashSet<u32> = (0..blob_findings.len() as u32)
            .filter(|i| !found.contains_key(i))
            .collect();
        if !pending.is_empty() {
            let dangling: Vec<ObjectId> = commits
                .map
                .keys()
                .filter(|c| !reachable.contains(*c))
                .copied()
                .collect();
            let dangling = newest_first(&commits, dangling);
            attribute_commits(
                &mut attr,
                &mut commits,
                &dangling,
                Some(&pending),
                true,
                &mut found,
            )?;
        }
    }
    missing_tree_warnings(&attr, &mut outcome.warnings);
    place_blob_findings(
        blob_findings,
        &attr,
        &found,
        &mut authors,
        opts.include_unreachable,
        &mut outcome.findings,
    )?;
    Ok(result)
}

/// Delta-base cache for reading trees during attribution.
const TREE_DELTA_CACHE_BYTES: usize = 64 << 20;

/// `ids` ordered by commit time, newest first (then by id, for a stable order).
fn newest_first(commits: &Commits<'_>, mut ids: Vec<ObjectId>) -> Vec<ObjectId> {
    let time = |id: &ObjectId| commits.map.get(id).map_or(0, |c| c.time);
    ids.sort_by(|a, b| time(b).cmp(&time(a)).then(a.cmp(b)));
    ids
}

fn missing_tree_warnings(attr: &Attribution<'_>, warnings: &mut Vec<Warning>) {
    for t in &attr.trees.missing {
        warnings.push(Warning {
            path: t.to_string(),
            message: "tree missing from the repository; attribution may be incomplete".into(),
            lost_coverage: false,
        });
    }
}

fn resolve_all(repo: &gix::Repository, revs: &[String]) -> Result<Vec<ObjectId>, GitError> {
    revs.iter()
        .map(|r| history::resolve_commit(repo, r))
        .collect()
}

/// Commit ids of `refs` (peeling tags; refs to trees or blobs are skipped).
fn commit_tips(repo: &gix::Repository, refs: &[history::RefTip]) -> Vec<ObjectId> {
    let mut out: Vec<ObjectId> = refs
        .iter()
        .filter(|r| {
            matches!(repo.try_find_header(r.id), Ok(Some(h)) if h.kind() == gix::objs::Kind::Commit)
        })
        .map(|r| r.id)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// What the commits in `exclude..tips` introduced.
fn scan_range(
    repo: &gix::Repository,
    scanner: &Scanner,
    opts: &GitScanOptions,
    pool: &rayon::ThreadPool,
    shallow: bool,
) -> Result<GitOutcome, GitError> {
    let mut warnings = Vec::new();
    let mut refs = None;
    let mut all_refs = |warnings: &mut Vec<Warning>| -> Result<Vec<history::RefTip>, GitError> {
        if refs.is_none() {
            let (r, w) = history::all_refs(repo)?;
            warnings.extend(w);
            refs = Some(r);
        }
        Ok(refs.clone().unwrap_or_default())
    };
    let tips = if opts.tips.is_empty() {
        commit_tips(repo, &all_refs(&mut warnings)?)
    } else {
        resolve_all(repo, &opts.tips)?
    };
    let mut hidden = resolve_all(repo, &opts.exclude)?;
    if opts.exclude_remote_tracking {
        let remote: Vec<history::RefTip> = all_refs(&mut warnings)?
            .into_iter()
            .filter(|r| r.name.starts_with("refs/remotes/"))
            .collect();
        hidden.extend(commit_tips(repo, &remote));
    }
    let mut commits = Commits::on_demand(repo);
    let walked = history::walk_range(&mut commits, &tips, &hidden)?;
    if !walked.truncated.is_empty() {
        if !opts.allow_shallow {
            if shallow {
                return Err(GitError::Shallow {
                    path: opts.repo.clone(),
                });
            }
            return Err(GitError::MissingObjects {
                what: format!("a parent of commit {}", walked.truncated[0]),
            });
        }
        warnings.push(shallow_warning(opts));
    }
    if walked.commits.is_empty() {
        warnings.push(Warning {
            path: opts.repo.display().to_string(),
            message: format!(
                "the range {}{} contains no commits; nothing was scanned",
                if opts.exclude.is_empty() {
                    String::new()
                } else {
                    format!("{}..", opts.exclude.join(","))
                },
                if opts.tips.is_empty() {
                    "(all refs)".to_string()
                } else {
                    opts.tips.join(",")
                }
            ),
            lost_coverage: false,
        });
    }

    // The blobs each commit may have introduced: what differs from its first parent.
    let mut trees = Trees::new(repo, opts.allow_shallow);
    let mut candidates: HashSet<ObjectId> = HashSet::default();
    for id in &walked.commits {
        let Some(info) = commits.get(id)? else {
            continue;
        };
        let tree = info.tree;
        let first_parent = info.parents.first().copied();
        let parent_tree = match first_parent {
            Some(p) => commits.get(&p)?.map(|c| c.tree),
            None => None,
        };
        trees.changed_blobs(&tree, parent_tree.as_ref(), &mut candidates, 0)?;
    }
    let mut candidates: Vec<ObjectId> = candidates.into_iter().collect();
    candidates.sort();
    let gathered = objects::scan_blobs(repo, scanner, opts.max_blob_size, &candidates, pool);

    let mut result = GitOutcome {
        commits_walked: walked.commits.len() as u64,
        objects_read: gathered.objects,
        object_bytes: gathered.object_bytes,
        ranged: true,
        ..GitOutcome::default()
    };
    let outcome = &mut result.outcome;
    outcome.stats = gathered.stats;
    outcome.warnings = gathered.warnings;
    outcome.warnings.extend(warnings);

    // Commit messages of the walked commits.
    let mut state = WorkerState::default();
    let mut buf = Vec::new();
    let mut authors = Authors {
        repo,
        cache: HashMap::default(),
        buf: Vec::new(),
    };
    for id in &walked.commits {
        let (author, message) = history::commit_author(repo, id, &mut buf)?;
        let matches = scanner.find(&message, &mut state);
        if matches.is_empty() {
            continue;
        }
        let prov = [Provenance::Commit {
            commit: id.to_string(),
            path: COMMIT_MESSAGE_PATH.into(),
            part: GitObjectPart::CommitMessage,
            author: author.clone(),
            unreachable: false,
        }];
        scanner.findings_for(&message, None, matches, &prov, &mut outcome.findings);
        authors.cache.insert(*id, author);
    }

    let mut blob_findings: HashMap<ObjectId, Vec<Finding>> = HashMap::default();
    blob_findings.extend(gathered.blob_findings);
    if blob_findings.is_empty() {
        return Ok(result);
    }
    let mut attr = Attribution::new(trees, blob_findings.keys().copied());
    let mut found = Introductions::default();
    // The walk's order is newest first, which keeps delta bases of consecutive trees cached.
    attribute_commits(
        &mut attr,
        &mut commits,
        &walked.commits,
        None,
        false,
        &mut found,
    )?;
    missing_tree_warnings(&attr, &mut outcome.warnings);
    place_blob_findings(
        blob_findings,
        &attr,
        &found,
        &mut authors,
        false,
        &mut outcome.findings,
    )?;
    Ok(result)
}
