//! Reading the object store: every pack is decoded once along its delta tree (each base is
//! inflated once and every delta applied once, in parallel, in pack order), loose objects are read
//! on a rayon pool, and each object is handed to a [`Worker`] that scans blobs and messages.
//!
//! Findings are built as soon as a blob matches, at a placeholder provenance; the attribution step
//! later copies them to every commit and path that introduced the blob.

use super::history::{self, CommitInfo};
use super::GitError;
use crate::blob::{BlobId, Provenance};
use crate::finding::Finding;
use crate::scan::{ScanStats, Scanner, Warning, WorkerState};
use crate::source::fs::{decode_utf16, is_binary};
use gix::hashtable::HashSet;
use gix::objs::Kind;
use gix::ObjectId;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

/// What a worker gathered.
#[derive(Default)]
pub(super) struct Gathered {
    /// Findings per blob, at a placeholder provenance.
    pub blob_findings: Vec<(ObjectId, Vec<Finding>)>,
    /// Every commit seen (full scans only), for the walk.
    pub commits: Vec<(ObjectId, CommitInfo)>,
    /// Findings per commit message, at a placeholder provenance.
    pub message_findings: Vec<(ObjectId, Vec<Finding>)>,
    /// Findings in annotated tag messages, final.
    pub tag_findings: Vec<(ObjectId, Vec<Finding>)>,
    pub stats: ScanStats,
    pub warnings: Vec<Warning>,
    /// Objects decoded and their decompressed size.
    pub objects: u64,
    pub object_bytes: u64,
}

impl Gathered {
    fn merge(&mut self, o: Gathered) {
        self.blob_findings.extend(o.blob_findings);
        self.commits.extend(o.commits);
        self.message_findings.extend(o.message_findings);
        self.tag_findings.extend(o.tag_findings);
        self.stats.merge(&o.stats);
        self.warnings.extend(o.warnings);
        self.objects += o.objects;
        self.object_bytes += o.object_bytes;
    }
}

/// Blob ids already scanned, for object stores where one id can be stored twice (several packs,
/// packs and loose objects). Sharded so threads rarely contend.
struct SeenSet {
    shards: Vec<Mutex<HashSet<ObjectId>>>,
}

impl SeenSet {
    fn new() -> SeenSet {
        SeenSet {
            shards: (0..64).map(|_| Mutex::new(HashSet::default())).collect(),
        }
    }

    /// Whether `id` is new (and records it).
    fn insert(&self, id: &ObjectId) -> bool {
        let shard = &self.shards[(id.as_bytes()[0] & 63) as usize];
        let mut set = shard.lock().unwrap_or_else(|e| e.into_inner());
        set.insert(*id)
    }
}

/// What every worker shares.
pub(super) struct Shared<'a> {
    pub scanner: &'a Scanner,
    pub max_blob_size: u64,
    /// Record commits for the walk (full scans); range scans read commits on demand.
    pub keep_commits: bool,
    seen: Option<SeenSet>,
    results: Mutex<Gathered>,
}

impl<'a> Shared<'a> {
    pub fn new(scanner: &'a Scanner, max_blob_size: u64, keep_commits: bool, dedup: bool) -> Self {
        Shared {
            scanner,
            max_blob_size,
            keep_commits,
            seen: dedup.then(SeenSet::new),
            results: Mutex::new(Gathered::default()),
        }
    }

    pub fn into_gathered(self) -> Gathered {
        self.results.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    pub fn worker(&self) -> Worker<'_, 'a> {
        Worker {
            shared: self,
            state: WorkerState::default(),
            local: Gathered::default(),
        }
    }
}

/// One thread's scanner state; hands what it gathered to [`Shared`] when dropped.
pub(super) struct Worker<'s, 'a> {
    shared: &'s Shared<'a>,
    state: WorkerState,
    local: Gathered,
}

impl Clone for Worker<'_, '_> {
    /// A fresh worker for another thread (the pack traversal clones its processor per thread).
    fn clone(&self) -> Self {
        self.shared.worker()
    }
}

impl Drop for Worker<'_, '_> {
    fn drop(&mut self) {
        let local = std::mem::take(&mut self.local);
        let mut r = self
            .shared
            .results
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        r.merge(local);
    }
}

/// The provenance findings carry until attribution replaces it.
fn placeholder(id: &ObjectId) -> [Provenance; 1] {
    [Provenance::Unreachable {
        blob: id.to_string(),
    }]
}

pub(super) fn blob_id(id: &ObjectId) -> BlobId {
    let mut b = [0u8; 20];
    b.copy_from_slice(&id.as_bytes()[..20]);
    BlobId(b)
}

impl Worker<'_, '_> {
    /// Handles one decoded object.
    pub fn process(&mut self, kind: Kind, id: &ObjectId, data: &[u8]) {
        self.local.objects += 1;
        self.local.object_bytes += data.len() as u64;
        match kind {
            Kind::Blob => self.blob(id, data),
            Kind::Commit => self.commit(id, data),
            Kind::Tag => self.tag(id, data),
            Kind::Tree => {}
        }
    }

    fn blob(&mut self, id: &ObjectId, data: &[u8]) {
        if let Some(seen) = &self.shared.seen {
            if !seen.insert(id) {
                return;
            }
        }
        let stats = &mut self.local.stats;
        if data.len() as u64 > self.shared.max_blob_size {
            stats.skipped_too_large += 1;
            return;
        }
        let transcoded;
        let bytes = match decode_utf16(data) {
            Some(text) => {
                transcoded = text;
                transcoded.as_bytes()
            }
            None if is_binary(data) => {
                stats.skipped_binary += 1;
                return;
            }
            None => data,
        };
        stats.blobs_scanned += 1;
        stats.bytes_scanned += bytes.len() as u64;
        let scanner = self.shared.scanner;
        let matches = scanner.find(bytes, &mut self.state);
        if matches.is_empty() {
            return;
        }
        let mut findings = Vec::new();
        scanner.findings_for(
            bytes,
            Some(blob_id(id)),
            matches,
            &placeholder(id),
            &mut findings,
        );
        self.local.blob_findings.push((*id, findings));
    }

    fn commit(&mut self, id: &ObjectId, data: &[u8]) {
        let c = match gix::objs::CommitRef::from_bytes(data, gix::hash::Kind::Sha1) {
            Ok(c) => c,
            Err(e) => {
                self.local.warnings.push(Warning {
                    path: id.to_string(),
                    message: format!("cannot decode commit: {e}"),
                    lost_coverage: true,
                });
                return;
            }
        };
        if self.shared.keep_commits {
            self.local.commits.push((
                *id,
                CommitInfo {
                    tree: c.tree(),
                    parents: c.parents().collect(),
                    time: c.time().map(|t| t.seconds).unwrap_or(0),
                },
            ));
        }
        let scanner = self.shared.scanner;
        let message: &[u8] = c.message;
        let matches = scanner.find(message, &mut self.state);
        if matches.is_empty() {
            return;
        }
        let mut findings = Vec::new();
        scanner.findings_for(message, None, matches, &placeholder(id), &mut findings);
        self.local.message_findings.push((*id, findings));
    }

    fn tag(&mut self, id: &ObjectId, data: &[u8]) {
        let t = match gix::objs::TagRef::from_bytes(data, gix::hash::Kind::Sha1) {
            Ok(t) => t,
            Err(e) => {
                self.local.warnings.push(Warning {
                    path: id.to_string(),
                    message: format!("cannot decode tag: {e}"),
                    lost_coverage: true,
                });
                return;
            }
        };
        let scanner = self.shared.scanner;
        let message: &[u8] = t.message;
        let matches = scanner.find(message, &mut self.state);
        if matches.is_empty() {
            return;
        }
        let provenance = [Provenance::Tag {
            tag: id.to_string(),
            name: t.name.to_string(),
            tagger: t.tagger().ok().flatten().map(|s| history::signature(&s)),
        }];
        let mut findings = Vec::new();
        scanner.findings_for(message, None, matches, &provenance, &mut findings);
        self.local.tag_findings.push((*id, findings));
    }
}

/// The object directories of `repo`: its own, then alternates.
fn object_dirs(repo: &gix::Repository) -> Vec<PathBuf> {
    let store = repo.objects.store_ref();
    let mut dirs = vec![store.path().to_path_buf()];
    if let Ok(alternates) = store.alternate_db_paths() {
        dirs.extend(alternates);
    }
    dirs
}

/// Pack index files in an object directory, sorted for a stable order.
fn pack_indices(objects_dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(objects_dir.join("pack")) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "idx") && p.with_extension("pack").is_file())
        .collect();
    out.sort();
    out
}

/// Decodes every object in the store (packs, then loose objects) and scans blobs, commit messages
/// and tag messages. `threads` 0 means one per core.
pub(super) fn scan_store(
    repo: &gix::Repository,
    scanner: &Scanner,
    max_blob_size: u64,
    threads: usize,
    pool: &rayon::ThreadPool,
) -> Result<Gathered, GitError> {
    let hash = repo.object_hash();
    let mut packs = Vec::new();
    let mut loose = Vec::new();
    for dir in object_dirs(repo) {
        packs.extend(pack_indices(&dir));
        let store = gix::odb::loose::Store::at(&dir, hash);
        let ids: Vec<ObjectId> = store.iter().filter_map(Result::ok).collect();
        if !ids.is_empty() {
            loose.push((store, ids));
        }
    }
    let dedup = packs.len() + loose.len() > 1;
    let shared = Shared::new(scanner, max_blob_size, true, dedup);
    let interrupt = AtomicBool::new(false);
    for idx in &packs {
        let bundle = gix::odb::pack::Bundle::at(idx, hash)
            .map_err(|e| GitError::Other(format!("{}: cannot open pack: {e}", idx.display())))?;
        let mut worker = shared.worker();
        bundle
            .index
            .traverse_with_index(
                &bundle.pack,
                move |kind, data, entry, _progress| {
                    worker.process(kind, &entry.oid, data);
                    Ok(())
                },
                &mut gix::progress::Discard,
                &interrupt,
                gix::odb::pack::index::traverse::with_index::Options {
                    thread_limit: (threads > 0).then_some(threads),
                    check: gix::odb::pack::index::traverse::SafetyCheck::SkipFileAndObjectChecksumVerification,
                    alloc_limit_bytes: None,
                },
            )
            .map_err(|e| GitError::Other(format!("{}: cannot read pack: {e}", idx.display())))?;
    }
    for (store, ids) in &loose {
        pool.install(|| {
            ids.par_iter().for_each_init(
                || (shared.worker(), Vec::new()),
                |(worker, buf), id| match store.try_find(id, buf) {
                    Ok(Some(data)) => worker.process(data.kind, id, data.data),
                    Ok(None) => {}
                    Err(e) => {
                        worker.local.warnings.push(Warning {
                            path: id.to_string(),
                            message: format!("cannot read loose object: {e}"),
                            lost_coverage: true,
                        });
                    }
                },
            )
        });
    }
    Ok(shared.into_gathered())
}

/// Reads and scans `blobs` (range scans), on `pool`.
pub(super) fn scan_blobs(
    repo: &gix::Repository,
    scanner: &Scanner,
    max_blob_size: u64,
    blobs: &[ObjectId],
    pool: &rayon::ThreadPool,
) -> Gathered {
    use gix::objs::Find;
    let shared = Shared::new(scanner, max_blob_size, false, false);
    let sync = repo.clone().into_sync();
    pool.install(|| {
        blobs.par_iter().for_each_init(
            || (shared.worker(), sync.to_thread_local(), Vec::new()),
            |(worker, repo, buf), id| match repo.objects.try_find(id, buf) {
                Ok(Some(data)) => worker.process(data.kind, id, data.data),
                Ok(None) => {
                    worker.local.warnings.push(Warning {
                        path: id.to_string(),
                        message: "blob missing from the object store".into(),
                        lost_coverage: true,
                    });
                }
                Err(e) => {
                    worker.local.warnings.push(Warning {
                        path: id.to_string(),
                        message: format!("cannot read blob: {e}"),
                        lost_coverage: true,
                    });
                }
            },
        )
    });
    shared.into_gathered()
}
