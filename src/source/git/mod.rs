//! Git: every blob of a repository's object store (or of a range of commits), handed to the scan,
//! then attributed to the commits and paths that introduced it. gix is used only under this
//! module: the history source, the staged index diff ([`index`]) and the objects a push publishes
//! ([`tags`]) all live here.
//!
//! A full read ([`read_history`] with no tips or exclusions) decodes the whole object store once,
//! in pack order and in parallel ([`objects`]), so each blob is handed over once however many
//! commits hold it, and blobs that no ref reaches are covered too. Only blobs the scan found
//! something in are then attributed ([`History::attribute`]): the commit graph is walked from
//! every ref ([`history`]) and each commit's tree is compared with its parents' as sets of blobs of
//! interest ([`attribute`]).
//!
//! A range read (tips and/or exclusions, as `--range`, `--since`, `--branch` and the pre-push gate
//! ask) walks only the selected commits, diffs each against its first parent to find the blobs it
//! may have introduced, hands over those, and attributes them the same way; content the range did
//! not introduce (a copy of an older blob) is not reported.
//!
//! May import: `blob`, `source`; gix.

mod attribute;
pub mod clone;
mod coverage;
mod history;
pub mod index;
pub mod linediff;
mod objects;
mod repo;
pub mod tags;
pub mod tracked;

use crate::blob::{BlobId, GitObjectPart, Provenance, Signature, Warning};
use crate::source::{Fanout, VisitorFactory};
use attribute::{Attribution, Trees};
use gix::hashtable::{HashMap, HashSet};
use gix::ObjectId;
use history::Commits;
pub use repo::Repo;
use repo::{blob_id, object_id};
use std::fmt;
use std::path::PathBuf;

/// The path reported for findings in a commit message.
pub const COMMIT_MESSAGE_PATH: &str = "<commit message>";

/// What to read of a repository's history.
#[derive(Debug, Clone)]
pub struct GitScanOptions {
    /// The repository as the user named it (for messages).
    pub repo: PathBuf,
    /// Revisions to walk from; empty = every ref.
    pub tips: Vec<String>,
    /// Revisions whose ancestry (inclusive) is excluded from the walk (`A` of `A..B`).
    pub exclude: Vec<String>,
    /// Also exclude everything reachable from `refs/remotes/<this remote>/*` (pre-push of a new
    /// branch to that remote). A name that is not a configured remote excludes nothing.
    pub exclude_remote: Option<String>,
    /// Only commits whose committer time is at or after this (seconds since the epoch).
    pub since_time: Option<i64>,
    /// Scan blobs that no walked commit reaches (only meaningful for a full scan).
    pub include_unreachable: bool,
    /// Scan a shallow or damaged clone as far as it goes (also accepted for partial clones).
    pub allow_shallow: bool,
    /// Scan a partial clone as far as it goes: blobs that were never fetched are not scanned.
    pub allow_partial: bool,
}

impl Default for GitScanOptions {
    fn default() -> Self {
        GitScanOptions {
            repo: PathBuf::from("."),
            tips: Vec::new(),
            exclude: Vec::new(),
            exclude_remote: None,
            since_time: None,
            include_unreachable: true,
            allow_shallow: false,
            allow_partial: false,
        }
    }
}

impl GitScanOptions {
    fn ranged(&self) -> bool {
        !self.tips.is_empty()
            || !self.exclude.is_empty()
            || self.exclude_remote.is_some()
            || self.since_time.is_some()
    }

    /// Whether content missing from the object store may be left unscanned (with a note).
    fn allow_missing(&self) -> bool {
        self.allow_shallow || self.allow_partial
    }
}

/// What a history read covered.
#[derive(Debug, Default, Clone)]
pub struct HistoryStats {
    /// Commits the walk covered (reachable from the tips, minus the excluded ones).
    pub commits_walked: u64,
    /// Commits in the object store that no ref reaches (full scans).
    pub unreachable_commits: u64,
    /// Objects decoded from the object store, and their decompressed size.
    pub objects_read: u64,
    pub object_bytes: u64,
    /// Whether the read was restricted to what the walked commits introduce.
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
        /// What says so (`remote.origin.promisor = true`, a `.promisor` pack).
        evidence: String,
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
            GitError::PartialClone { path, evidence } => write!(
                f,
                "{}: partial clone ({evidence}): blobs that were never fetched cannot be scanned; \
                 fetch them all with `git -c remote.<name>.partialclonefilter= fetch --refetch \
                 <name>` or clone without `--filter`, or pass --allow-partial to scan only what \
                 is present",
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

/// Where attribution placed the blobs and commit messages the scan found something in.
#[derive(Debug, Default)]
pub struct Placement {
    /// Every commit and path that introduced each blob (or `Unreachable` when none did and
    /// unreachable content is reported).
    pub blobs: std::collections::HashMap<BlobId, Vec<Provenance>>,
    pub messages: std::collections::HashMap<BlobId, Provenance>,
}

/// A history that has been read: what attribution needs.
pub struct History<'r> {
    repo: &'r gix::Repository,
    opts: GitScanOptions,
    commits: Commits<'r>,
    /// Commits to attribute in, newest first (consecutive trees then share delta bases).
    order: Vec<ObjectId>,
    /// Commits no ref reaches, newest first (full reads that report unreachable content).
    dangling: Vec<ObjectId>,
    reachable: HashSet<ObjectId>,
    /// Authors of commits, read once each.
    authors: HashMap<ObjectId, Signature>,
    /// Trees found missing while reading (range reads).
    missing_trees: Vec<ObjectId>,
    warnings: Vec<Warning>,
    stats: HistoryStats,
}

/// Reads a repository's history: hands every blob, commit message and annotated tag message of
/// what `opts` selects to visitors that `factory` makes (in parallel, on the scan's threads).
pub fn read_history<'r>(
    repo: &'r Repo,
    opts: &GitScanOptions,
    factory: &dyn VisitorFactory,
    fanout: &dyn Fanout,
) -> Result<History<'r>, GitError> {
    let repo = &repo.repo;
    if repo.object_hash() != gix::hash::Kind::Sha1 {
        return Err(GitError::Unsupported(format!(
            "{}: {} object format is not supported; leakgate reads SHA-1 repositories only",
            opts.repo.display(),
            match repo.object_hash().to_string().as_str() {
                "sha256" => "SHA-256".to_string(),
                other => other.to_string(),
            }
        )));
    }
    let mut warnings = Vec::new();
    let ranged = opts.ranged();
    if let Some(evidence) = partial_clone_evidence(repo) {
        // A full read would miss every blob that was never fetched without knowing it; a range
        // read asks for each blob it needs by id and reports every one that is missing.
        if !ranged && !opts.allow_missing() {
            return Err(GitError::PartialClone {
                path: opts.repo.clone(),
                evidence,
            });
        }
        warnings.push(Warning::note(
            opts.repo.display().to_string(),
            format!(
                "partial clone ({evidence}): blobs that were never fetched are not scanned{}",
                if ranged {
                    "; each one the range needs is reported"
                } else {
                    ""
                }
            ),
        ));
    }
    let shallow = repo.is_shallow().unwrap_or(false);
    if shallow && !ranged {
        if !opts.allow_shallow {
            return Err(GitError::Shallow {
                path: opts.repo.clone(),
            });
        }
        warnings.push(shallow_warning(opts));
    }
    let mut history = if ranged {
        read_range(repo, opts, factory, fanout, shallow)?
    } else {
        read_full(repo, opts, factory, fanout)?
    };
    history.warnings.extend(warnings);
    Ok(history)
}

/// Why the repository is a partial clone, in git's own terms, or `None`. git marks one by
/// `extensions.partialClone` (older clients), by `remote.<name>.promisor = true` or a
/// `remote.<name>.partialclonefilter` (git 2.x blobless and treeless clones), and by the
/// `.promisor` files beside packs fetched from a promisor remote.
fn partial_clone_evidence(repo: &gix::Repository) -> Option<String> {
    let config = repo.config_snapshot();
    if let Some(remote) = config.string("extensions.partialClone") {
        return Some(format!("extensions.partialClone = {remote}"));
    }
    let file = config.plumbing();
    if let Some(sections) = file.sections_by_name("remote") {
        for section in sections {
            let name = section
                .header()
                .subsection_name()
                .map(|n| n.to_string())
                .unwrap_or_default();
            if let Some(v) = section.value_implicit("promisor") {
                if v.as_ref().is_none_or(|v| config_true(v.as_ref())) {
                    return Some(format!("remote.{name}.promisor = true"));
                }
            }
            if let Some(filter) = section.value("partialclonefilter") {
                return Some(format!("remote.{name}.partialclonefilter = {filter}"));
            }
        }
    }
    objects::promisor_packs(repo).first().map(|p| {
        format!(
            "promisor pack {}",
            p.file_name().unwrap_or(p.as_os_str()).to_string_lossy()
        )
    })
}

/// A git boolean that reads as true (`true`, `yes`, `on`, a non-zero number).
fn config_true(v: &[u8]) -> bool {
    let v = String::from_utf8_lossy(v).trim().to_ascii_lowercase();
    matches!(v.as_str(), "true" | "yes" | "on") || v.parse::<i64>().is_ok_and(|n| n != 0)
}

fn shallow_warning(opts: &GitScanOptions) -> Warning {
    Warning::note(
        opts.repo.display().to_string(),
        "shallow clone: history before the shallow boundary is not scanned \
         (`git fetch --unshallow` fetches it)",
    )
}

/// The whole object store; the walk from every ref decides what is reachable.
fn read_full<'r>(
    repo: &'r gix::Repository,
    opts: &GitScanOptions,
    factory: &dyn VisitorFactory,
    fanout: &dyn Fanout,
) -> Result<History<'r>, GitError> {
    let mut warnings = Vec::new();
    let (refs, ref_warnings) = history::all_refs(repo)?;
    warnings.extend(ref_warnings);
    // A tag object no ref names (a deleted tag) is unreachable content.
    let tag_filter: Option<HashSet<ObjectId>> =
        (!opts.include_unreachable).then(|| refs.iter().filter_map(|r| r.direct).collect());
    let mut store = objects::read_store(repo, factory, fanout, tag_filter)?;
    let missing = store.missing();
    store.referenced = HashSet::default();
    store.present = Vec::new();
    let mut commits = Commits::complete(store.commits.into_iter().collect());

    let mut tips = Vec::new();
    for r in &refs {
        if commits.map.contains_key(&r.id) {
            tips.push(r.id);
            continue;
        }
        match repo.try_find_header(r.id) {
            // A tag of a tree or blob: not history.
            Ok(Some(_)) => {}
            Ok(None) if opts.allow_missing() => warnings.push(Warning::note(
                r.name.clone(),
                format!("ref points to missing object {}", r.id),
            )),
            Ok(None) => {
                return Err(GitError::MissingObjects {
                    what: format!("object {} (target of {})", r.id, r.name),
                })
            }
            Err(e) => warnings.push(Warning::lost(
                r.name.clone(),
                format!("cannot read ref target: {e}"),
            )),
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
        if !opts.allow_missing() {
            return Err(GitError::MissingObjects {
                what: format!("commit {missing}"),
            });
        }
        warnings.push(Warning::note(
            missing.to_string(),
            "commit missing from the repository; its history is not scanned",
        ));
    }
    let reachable: HashSet<ObjectId> = walked.commits.iter().copied().collect();
    let stats = HistoryStats {
        commits_walked: reachable.len() as u64,
        unreachable_commits: (commits.map.len() - reachable.len()) as u64,
        objects_read: store.objects,
        object_bytes: store.object_bytes,
        ranged: false,
    };
    let order = newest_first(&commits, walked.commits);
    if !missing.is_empty() {
        if opts.allow_missing() {
            warnings.push(Warning::note(
                opts.repo.display().to_string(),
                format!(
                    "{} blob{} or tree{} that trees name {} missing from the object store and \
                     {} not scanned",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    if missing.len() == 1 { "" } else { "s" },
                    if missing.len() == 1 { "is" } else { "are" },
                    if missing.len() == 1 { "was" } else { "were" },
                ),
            ));
        } else {
            let oldest_first: Vec<(ObjectId, ObjectId)> = order
                .iter()
                .rev()
                .filter_map(|c| commits.map.get(c).map(|i| (*c, i.tree)))
                .collect();
            warnings.extend(coverage::missing_in_history(repo, &oldest_first, &missing));
        }
    }
    let dangling: Vec<ObjectId> = if opts.include_unreachable {
        let d = commits
            .map
            .keys()
            .filter(|c| !reachable.contains(*c))
            .copied()
            .collect();
        newest_first(&commits, d)
    } else {
        Vec::new()
    };
    Ok(History {
        repo,
        opts: opts.clone(),
        commits,
        order,
        dangling,
        reachable,
        authors: HashMap::default(),
        missing_trees: Vec::new(),
        warnings,
        stats,
    })
}

/// What the commits in `exclude..tips` introduced.
fn read_range<'r>(
    repo: &'r gix::Repository,
    opts: &GitScanOptions,
    factory: &dyn VisitorFactory,
    fanout: &dyn Fanout,
    shallow: bool,
) -> Result<History<'r>, GitError> {
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
    if let Some(remote) = &opts.exclude_remote {
        let names: Vec<String> = repo
            .remote_names()
            .into_iter()
            .map(|n| n.to_string())
            .collect();
        if names.iter().any(|n| n == remote) {
            let refs: Vec<history::RefTip> = all_refs(&mut warnings)?
                .into_iter()
                .filter(|r| remote_tracking_of(&r.name, remote, &names))
                .collect();
            hidden.extend(commit_tips(repo, &refs));
        }
    }
    let mut commits = Commits::on_demand(repo);
    let mut walked = history::walk_range(&mut commits, &tips, &hidden)?;
    if let Some(since) = opts.since_time {
        let mut kept = Vec::with_capacity(walked.commits.len());
        for id in walked.commits {
            if commits.get(&id)?.is_some_and(|c| c.time >= since) {
                kept.push(id);
            }
        }
        walked.commits = kept;
        let included: HashSet<ObjectId> = walked.commits.iter().copied().collect();
        walked.truncated.retain(|id| included.contains(id));
    }
    if !walked.truncated.is_empty() {
        if !opts.allow_missing() {
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
        warnings.push(Warning::note(
            opts.repo.display().to_string(),
            format!(
                "the range {}{}{} contains no commits; nothing was scanned",
                if opts.exclude.is_empty() {
                    String::new()
                } else {
                    format!("{}..", opts.exclude.join(","))
                },
                if opts.tips.is_empty() {
                    "(all refs)".to_string()
                } else {
                    opts.tips.join(",")
                },
                match opts.since_time {
                    Some(t) => format!(" since {}", history::rfc3339(t, 0)),
                    None => String::new(),
                }
            ),
        ));
    }

    // The blobs each commit may have introduced: what differs from its first parent.
    let mut trees = Trees::new(repo, opts.allow_missing());
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
    let read = objects::read_blobs(repo, &candidates, fanout, opts.allow_missing());

    // Commit messages of the walked commits, on this thread.
    let mut authors = HashMap::default();
    {
        let mut visitor = factory.visitor();
        let mut buf = Vec::new();
        for id in &walked.commits {
            let (author, message) = history::commit_author(repo, id, &mut buf)?;
            visitor.visit(crate::source::Item {
                blob: crate::blob::Blob {
                    id: None,
                    bytes: &message,
                },
                origin: crate::source::Origin::CommitMessage(blob_id(id)),
                previous: None,
                read_time: std::time::Duration::ZERO,
            });
            authors.insert(*id, author);
        }
    }
    let stats = HistoryStats {
        commits_walked: walked.commits.len() as u64,
        unreachable_commits: 0,
        objects_read: read.objects,
        object_bytes: read.object_bytes,
        ranged: true,
    };
    Ok(History {
        repo,
        opts: opts.clone(),
        commits,
        reachable: walked.commits.iter().copied().collect(),
        // The walk's order is newest first, which keeps delta bases of consecutive trees cached.
        order: walked.commits,
        dangling: Vec::new(),
        authors,
        missing_trees: trees.missing,
        warnings,
        stats,
    })
}

/// Provenances found for the blobs of interest: (commit, path, unreachable) per blob index.
type Introductions = std::collections::HashMap<u32, Vec<(ObjectId, String, bool)>>;

/// Delta-base cache for reading trees during attribution.
const TREE_DELTA_CACHE_BYTES: usize = 64 << 20;

impl History<'_> {
    pub fn stats(&self) -> HistoryStats {
        self.stats.clone()
    }

    /// Warnings of the read and the attribution, once.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    fn author(&mut self, id: &ObjectId) -> Result<Signature, GitError> {
        if let Some(s) = self.authors.get(id) {
            return Ok(s.clone());
        }
        let mut buf = Vec::new();
        let (s, _) = history::commit_author(self.repo, id, &mut buf)?;
        self.authors.insert(*id, s.clone());
        Ok(s)
    }

    /// Where each of `blobs` was introduced (every commit and path), and whose each of the
    /// commit `messages` is.
    pub fn attribute(
        &mut self,
        blobs: &[BlobId],
        messages: &[BlobId],
    ) -> Result<Placement, GitError> {
        let mut placed = Placement::default();
        for m in messages {
            let commit = object_id(m);
            let unreachable = !self.reachable.contains(&commit);
            if unreachable && !self.opts.include_unreachable {
                continue;
            }
            let author = self.author(&commit)?;
            placed.messages.insert(
                *m,
                Provenance::Commit {
                    commit: commit.to_string(),
                    path: COMMIT_MESSAGE_PATH.into(),
                    part: GitObjectPart::CommitMessage,
                    author,
                    unreachable,
                    in_head: false,
                },
            );
        }
        for t in &self.missing_trees {
            self.warnings.push(missing_tree_warning(t));
        }
        if blobs.is_empty() {
            return Ok(placed);
        }
        // Trees are read by random access: a larger delta-base cache for full reads.
        let mut tree_repo = self.repo.clone();
        if !self.stats.ranged {
            tree_repo.objects.set_pack_cache(|| {
                Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
                    TREE_DELTA_CACHE_BYTES,
                ))
            });
        }
        let ids: Vec<ObjectId> = blobs.iter().map(object_id).collect();
        let mut attr = Attribution::new(
            Trees::new(&tree_repo, self.opts.allow_missing()),
            ids.iter().copied(),
        );
        let mut found = Introductions::default();
        let order = std::mem::take(&mut self.order);
        attribute_commits(
            &mut attr,
            &mut self.commits,
            &order,
            None,
            false,
            &mut found,
        )?;
        if !self.dangling.is_empty() {
            let pending: std::collections::HashSet<u32> = (0..ids.len() as u32)
                .filter(|i| !found.contains_key(i))
                .collect();
            if !pending.is_empty() {
                let dangling = std::mem::take(&mut self.dangling);
                attribute_commits(
                    &mut attr,
                    &mut self.commits,
                    &dangling,
                    Some(&pending),
                    true,
                    &mut found,
                )?;
            }
        }
        let in_head = self.held_by_head(&mut attr)?;
        for t in &attr.trees.missing {
            self.warnings.push(missing_tree_warning(t));
        }
        let keep_unattributed = self.opts.include_unreachable && !self.stats.ranged;
        for i in 0..ids.len() as u32 {
            let blob = attr.blob(i);
            let provs = match found.get(&i) {
                Some(list) => {
                    let mut provs = Vec::with_capacity(list.len());
                    for (commit, path, unreachable) in list {
                        provs.push(Provenance::Commit {
                            commit: commit.to_string(),
                            path: path.clone(),
                            part: GitObjectPart::File,
                            author: self.author(commit)?,
                            unreachable: *unreachable,
                            in_head: in_head.contains(&i),
                        });
                    }
                    provs
                }
                None if keep_unattributed => vec![Provenance::Unreachable {
                    blob: blob.to_string(),
                }],
                None => continue,
            };
            placed.blobs.insert(blob_id(&blob), provs);
        }
        Ok(placed)
    }
}

impl History<'_> {
    /// The blobs of interest HEAD's tree holds (none when HEAD is unborn or not a commit): what
    /// tells a secret still in a checkout from one only in history.
    fn held_by_head(
        &mut self,
        attr: &mut Attribution<'_>,
    ) -> Result<std::collections::HashSet<u32>, GitError> {
        let Ok(head) = self.repo.head_id() else {
            return Ok(Default::default());
        };
        let Some(tree) = self.commits.get(&head.detach())?.map(|c| c.tree) else {
            return Ok(Default::default());
        };
        Ok(attr.held(&tree)?.into_iter().collect())
    }
}

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

/// A date in one of the forms git writes and gix reads (ISO 8601 with an offset, RFC 2822,
/// `@seconds`, relative dates such as `2.weeks.ago` or `yesterday`, counted back from `now` in
/// UTC), as seconds since the epoch.
pub fn parse_date(s: &str, now: i64) -> Option<i64> {
    let now: gix::date::Zoned = format!("{}[UTC]", history::rfc3339(now, 0)).parse().ok()?;
    gix::date::parse(s, Some(now)).ok().map(|t| t.seconds)
}

/// `ids` ordered by commit time, newest first (then by id, for a stable order).
fn newest_first(commits: &Commits<'_>, mut ids: Vec<ObjectId>) -> Vec<ObjectId> {
    let time = |id: &ObjectId| commits.map.get(id).map_or(0, |c| c.time);
    ids.sort_by(|a, b| time(b).cmp(&time(a)).then(a.cmp(b)));
    ids
}

fn missing_tree_warning(t: &ObjectId) -> Warning {
    Warning::note(
        t.to_string(),
        "tree missing from the repository; attribution may be incomplete",
    )
}

/// Whether `name` is a remote-tracking ref of `remote` (`refs/remotes/<remote>/...`), and not of
/// another configured remote whose name extends it (`refs/remotes/<remote>/<more>/...`).
fn remote_tracking_of(name: &str, remote: &str, remotes: &[String]) -> bool {
    let under = |r: &str| {
        name.strip_prefix("refs/remotes/")
            .and_then(|rest| rest.strip_prefix(r))
            .is_some_and(|rest| rest.starts_with('/'))
    };
    under(remote)
        && !remotes
            .iter()
            .any(|other| other.len() > remote.len() && other.starts_with(remote) && under(other))
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

#[cfg(test)]
mod tests {
    use super::{config_true, remote_tracking_of};

    #[test]
    fn remote_tracking_refs_belong_to_their_own_remote_only() {
        let remotes = ["origin".to_string(), "origin/mirror".to_string()];
        assert!(remote_tracking_of(
            "refs/remotes/origin/main",
            "origin",
            &remotes
        ));
        assert!(!remote_tracking_of(
            "refs/remotes/origin/mirror/main",
            "origin",
            &remotes
        ));
        assert!(remote_tracking_of(
            "refs/remotes/origin/mirror/main",
            "origin/mirror",
            &remotes
        ));
        assert!(!remote_tracking_of(
            "refs/remotes/originals/main",
            "origin",
            &remotes
        ));
        assert!(!remote_tracking_of("refs/heads/main", "origin", &remotes));
    }

    #[test]
    fn git_booleans() {
        for t in ["true", "Yes", "on", "1", " TRUE "] {
            assert!(config_true(t.as_bytes()), "{t}");
        }
        for f in ["false", "no", "off", "0", ""] {
            assert!(!config_true(f.as_bytes()), "{f}");
        }
    }
}
