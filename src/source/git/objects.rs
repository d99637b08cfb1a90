//! Reading the object store: every pack is decoded once along its delta tree (each base is
//! inflated once and every delta applied once, in parallel, in pack order), loose objects are read
//! on the scan's threads, and each object is handed to a visitor: blobs and commit messages to be
//! placed after attribution, annotated tag messages at their tag.

use super::history::CommitInfo;
use super::repo::blob_id;
use super::{tags, GitError};
use crate::blob::{Blob, Warning};
use crate::source::{BlobVisitor, Fanout, Item, Job, Origin, Progress, VisitorFactory};
use gix::hashtable::HashSet;
use gix::objs::Kind;
use gix::ObjectId;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What reading the store learnt besides content.
#[derive(Default)]
pub(super) struct StoreRead {
    /// Every commit seen (full reads only), for the walk.
    pub commits: Vec<(ObjectId, CommitInfo)>,
    /// Blobs and trees decoded (full reads only), sorted and deduplicated by [`read_store`].
    pub present: Vec<ObjectId>,
    /// Blobs and trees that decoded trees and commits name (full reads only): what must be
    /// present for every reachable blob to have been handed over.
    pub referenced: HashSet<ObjectId>,
    /// Objects decoded and their decompressed size.
    pub objects: u64,
    pub object_bytes: u64,
}

impl StoreRead {
    fn merge(&mut self, o: StoreRead) {
        self.commits.extend(o.commits);
        self.present.extend(o.present);
        if self.referenced.len() < o.referenced.len() {
            let mine = std::mem::replace(&mut self.referenced, o.referenced);
            self.referenced.extend(mine);
        } else {
            self.referenced.extend(o.referenced);
        }
        self.objects += o.objects;
        self.object_bytes += o.object_bytes;
    }

    /// The objects of `referenced` that were not decoded (the empty tree, which git never
    /// stores, aside), sorted.
    pub fn missing(&self) -> Vec<ObjectId> {
        let mut out: Vec<ObjectId> = self
            .referenced
            .iter()
            .filter(|id| !id.is_empty_tree() && self.present.binary_search(id).is_err())
            .copied()
            .collect();
        out.sort();
        out
    }
}

/// Entries a reading thread gathers in `referenced` before it merges them into the shared set,
/// so that memory stays bounded however many threads read.
const REFERENCED_FLUSH: usize = 1 << 16;

/// Blob ids already handed over, for object stores where one id can be stored twice (several
/// packs, packs and loose objects). Sharded so threads rarely contend.
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

/// What every reading thread shares.
struct Shared<'s> {
    /// Record commits for the walk, and which blobs and trees are present and named (full
    /// reads); range reads read commits on demand.
    keep_commits: bool,
    seen: Option<SeenSet>,
    /// Annotated tags whose messages are handed over; `None`: all of them.
    tags: Option<HashSet<ObjectId>>,
    results: Mutex<StoreRead>,
    progress: Option<&'s dyn Progress>,
}

impl<'s> Shared<'s> {
    fn reader(&self) -> Reader<'_> {
        Reader {
            shared: self,
            local: StoreRead::default(),
            read_time: Duration::ZERO,
            unreported: 0,
        }
    }

    /// Moves a thread's named objects into the shared set.
    fn flush_referenced(&self, local: &mut StoreRead) {
        let referenced = std::mem::take(&mut local.referenced);
        let mut r = self.results.lock().unwrap_or_else(|e| e.into_inner());
        r.referenced.extend(referenced);
    }

    fn into_read(self) -> StoreRead {
        self.results.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

/// One thread's decoding of objects; hands what it learnt to [`Shared`] when dropped.
struct Reader<'s> {
    shared: &'s Shared<'s>,
    local: StoreRead,
    /// Time spent reading objects not yet handed over (trees, skipped blobs): it goes with the
    /// next piece of content, so `--stats` sums every read.
    read_time: Duration,
    /// Objects decoded since progress was last told.
    unreported: u64,
}

/// Objects a reader decodes before it tells the progress display (one call per object would
/// make threads contend on it).
const PROGRESS_BATCH: u64 = 256;

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let Some(p) = self.shared.progress {
            p.objects_read(self.unreported);
        }
        let local = std::mem::take(&mut self.local);
        let mut r = self
            .shared
            .results
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        r.merge(local);
    }
}

fn item(bytes: &[u8], origin: Origin, read_time: Duration) -> Item<'_> {
    Item {
        blob: Blob {
            id: match origin {
                Origin::GitBlob(id) => Some(id),
                _ => None,
            },
            bytes,
        },
        origin,
        previous: None,
        read_time,
    }
}

impl Reader<'_> {
    /// Handles one decoded object.
    fn process(&mut self, kind: Kind, id: &ObjectId, data: &[u8], visitor: &mut dyn BlobVisitor) {
        self.local.objects += 1;
        self.unreported += 1;
        if self.unreported >= PROGRESS_BATCH {
            if let Some(p) = self.shared.progress {
                p.objects_read(std::mem::take(&mut self.unreported));
            }
        }
        self.local.object_bytes += data.len() as u64;
        if self.shared.keep_commits && matches!(kind, Kind::Blob | Kind::Tree) {
            self.local.present.push(*id);
        }
        match kind {
            Kind::Blob => {
                if let Some(seen) = &self.shared.seen {
                    if !seen.insert(id) {
                        return;
                    }
                }
                let read_time = std::mem::take(&mut self.read_time);
                visitor.visit(item(data, Origin::GitBlob(blob_id(id)), read_time));
            }
            Kind::Commit => self.commit(id, data, visitor),
            Kind::Tag => {
                if self.shared.tags.as_ref().is_some_and(|t| !t.contains(id)) {
                    return;
                }
                match tags::decode(id, data) {
                    Ok((provenance, message)) => {
                        let read_time = std::mem::take(&mut self.read_time);
                        visitor.visit(item(message, Origin::Placed(provenance), read_time))
                    }
                    Err(w) => visitor.warn(w),
                }
            }
            Kind::Tree if self.shared.keep_commits => self.tree(id, data, visitor),
            Kind::Tree => {}
        }
    }

    /// Records what a tree names (blobs, symbolic links and subtrees; not submodule commits).
    fn tree(&mut self, id: &ObjectId, data: &[u8], visitor: &mut dyn BlobVisitor) {
        for e in gix::objs::TreeRefIter::from_bytes(data, gix::hash::Kind::Sha1) {
            match e {
                Ok(e) if e.mode.is_commit() => {}
                Ok(e) => {
                    self.local.referenced.insert(e.oid.to_owned());
                }
                Err(e) => {
                    visitor.warn(Warning::lost(
                        id.to_string(),
                        format!("cannot decode tree: {e}; what it holds is not scanned"),
                    ));
                    break;
                }
            }
        }
        if self.local.referenced.len() >= REFERENCED_FLUSH {
            self.shared.flush_referenced(&mut self.local);
        }
    }

    fn commit(&mut self, id: &ObjectId, data: &[u8], visitor: &mut dyn BlobVisitor) {
        let c = match gix::objs::CommitRef::from_bytes(data, gix::hash::Kind::Sha1) {
            Ok(c) => c,
            Err(e) => {
                visitor.warn(Warning::lost(
                    id.to_string(),
                    format!("cannot decode commit: {e}"),
                ));
                return;
            }
        };
        if self.shared.keep_commits {
            self.local.referenced.insert(c.tree());
            self.local.commits.push((
                *id,
                CommitInfo {
                    tree: c.tree(),
                    parents: c.parents().collect(),
                    time: c.time().map(|t| t.seconds).unwrap_or(0),
                },
            ));
        }
        let read_time = std::mem::take(&mut self.read_time);
        visitor.visit(item(
            c.message,
            Origin::CommitMessage(blob_id(id)),
            read_time,
        ));
    }
}

/// A reader and a visitor for one thread of gix's pack traversal (which clones its processor
/// per thread).
struct PackThread<'s, 'f> {
    reader: Reader<'s>,
    visitor: Box<dyn BlobVisitor + Send + 'f>,
    factory: &'f dyn VisitorFactory,
    /// When this thread last handed an object back to gix: the time until gix hands over the
    /// next one is that object's read (inflating it, applying its delta).
    returned: Instant,
}

impl Clone for PackThread<'_, '_> {
    fn clone(&self) -> Self {
        PackThread {
            reader: self.reader.shared.reader(),
            visitor: self.factory.visitor(),
            factory: self.factory,
            returned: Instant::now(),
        }
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

/// Reads one loose object and hands it over; a loose object whose content does not hash to its
/// id is damage.
fn read_loose(
    store: &gix::odb::loose::Store,
    id: &ObjectId,
    reader: &mut Reader<'_>,
    buf: &mut Vec<u8>,
    visitor: &mut dyn BlobVisitor,
) {
    let t0 = Instant::now();
    match store.try_find(id, buf) {
        Ok(Some(data)) if !hashes_to(data.kind, data.data, id) => {
            // Reported here; not again as missing.
            if reader.shared.keep_commits {
                reader.local.present.push(*id);
            }
            visitor.warn(damaged_object(id, "loose object"))
        }
        Ok(Some(data)) => {
            reader.read_time += t0.elapsed();
            reader.process(data.kind, id, data.data, visitor)
        }
        Ok(None) => {}
        Err(e) => visitor.warn(Warning::lost(
            id.to_string(),
            format!("cannot read loose object: {e}"),
        )),
    }
}

/// Decodes every object in the store (packs, then loose objects) and hands over blobs, commit
/// messages and the messages of the annotated tags `tags` allows (`None`: all).
pub(super) fn read_store(
    repo: &gix::Repository,
    factory: &dyn VisitorFactory,
    fanout: &dyn Fanout,
    tags: Option<HashSet<ObjectId>>,
) -> Result<StoreRead, GitError> {
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
    let progress = factory.progress();
    let shared = Shared {
        keep_commits: true,
        seen: dedup.then(SeenSet::new),
        tags,
        results: Mutex::new(StoreRead::default()),
        progress,
    };
    if let Some(p) = progress {
        let loose_objects: usize = loose.iter().map(|(_, ids)| ids.len()).sum();
        let mut total = loose_objects as u64;
        for idx in &packs {
            if let Ok(index) = gix::odb::pack::index::File::at(idx, hash) {
                total += u64::from(index.num_objects());
            }
        }
        p.expect_objects(total);
    }
    let interrupt = AtomicBool::new(false);
    let threads = fanout.threads();
    for idx in &packs {
        let bundle = gix::odb::pack::Bundle::at(idx, hash)
            .map_err(|e| GitError::Other(format!("{}: cannot open pack: {e}", idx.display())))?;
        let pack_path = idx.with_extension("pack");
        let bounds = EntryBounds::of(&bundle);
        let damaged: Mutex<Option<String>> = Mutex::new(None);
        let mut thread = PackThread {
            reader: shared.reader(),
            visitor: factory.visitor(),
            factory,
            returned: Instant::now(),
        };
        let pack = &bundle.pack;
        let (bounds_ref, damaged_ref) = (&bounds, &damaged);
        let result = bundle.index.traverse_with_index(
            pack,
            move |kind, data, entry, _progress| {
                if let Err(why) = bounds_ref.verify(pack, kind, data, entry) {
                    let mut d = damaged_ref.lock().unwrap_or_else(|e| e.into_inner());
                    d.get_or_insert(why.clone());
                    return Err(gix::Error::from_error(Damaged(why)));
                }
                let t = &mut thread;
                t.reader.read_time += t.returned.elapsed();
                t.reader.process(kind, &entry.oid, data, t.visitor.as_mut());
                t.returned = Instant::now();
                Ok(())
            },
            &mut gix::progress::Discard,
            &interrupt,
            gix::odb::pack::index::traverse::with_index::Options {
                thread_limit: (threads > 0).then_some(threads),
                // Checked above, more cheaply: the CRC32 of each entry as the index records it.
                check: gix::odb::pack::index::traverse::SafetyCheck::SkipFileAndObjectChecksumVerification,
                alloc_limit_bytes: None,
            },
        );
        if let Some(why) = damaged.into_inner().unwrap_or_else(|e| e.into_inner()) {
            return Err(GitError::Other(format!(
                "{}: damaged pack: {why}; run `git fsck` to see what is lost",
                pack_path.display()
            )));
        }
        result.map_err(|e| {
            GitError::Other(format!(
                "{}: damaged pack: {}; run `git fsck` to see what is lost",
                pack_path.display(),
                one_line(&e)
            ))
        })?;
    }
    for (store, ids) in &loose {
        fanout.run(&Job::new(
            ids.len(),
            || (shared.reader(), Vec::new()),
            |(reader, buf): &mut (Reader<'_>, Vec<u8>), i, visitor| {
                read_loose(store, &ids[i], reader, buf, visitor)
            },
        ));
    }
    let mut read = shared.into_read();
    read.present.sort_unstable();
    read.present.dedup();
    Ok(read)
}

/// Whether `data` of `kind` is the object `id` names. Objects read one by one (loose objects,
/// the blobs of a range) are hashed, as gix does not check them: a damaged object must not pass
/// as content that was judged.
fn hashes_to(kind: Kind, data: &[u8], id: &ObjectId) -> bool {
    gix::objs::Data::new(data, kind, gix::hash::Kind::Sha1)
        .verify_checksum(id)
        .is_ok()
}

fn damaged_object(id: &ObjectId, what: &str) -> Warning {
    Warning::lost(
        id.to_string(),
        format!(
            "{what} does not hash to its id (damaged object store), so it was not scanned; run \
             `git fsck` to see what is damaged"
        ),
    )
}

/// An error and its causes on one line.
fn one_line(e: &gix::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for err in e.iter_errors() {
        let text = err.to_string();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && !parts.contains(&text) {
            parts.push(text);
        }
    }
    parts.join(": ")
}

/// Why a pack entry cannot be trusted.
#[derive(Debug)]
struct Damaged(String);

impl std::fmt::Display for Damaged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Damaged {}

/// Where each entry of a pack ends (the next entry's start), to check the CRC32 that a version 2
/// index records for every entry: a damaged byte anywhere in an entry (its header, its delta base,
/// its compressed data) is found before its content is used, at the cost of one CRC32 over the
/// pack's compressed bytes. A version 1 index has no CRC32s: objects are hashed instead.
struct EntryBounds {
    /// Entry offsets, ascending.
    starts: Vec<u64>,
    pack_end: u64,
}

impl EntryBounds {
    fn of(bundle: &gix::odb::pack::Bundle) -> EntryBounds {
        let mut starts: Vec<u64> = bundle.index.iter().map(|e| e.pack_offset).collect();
        starts.sort_unstable();
        EntryBounds {
            starts,
            pack_end: bundle.pack.pack_end() as u64,
        }
    }

    fn verify(
        &self,
        pack: &gix::odb::pack::data::File,
        kind: Kind,
        data: &[u8],
        entry: &gix::odb::pack::index::Entry,
    ) -> Result<(), String> {
        let start = entry.pack_offset;
        let Some(expected) = entry.crc32 else {
            return gix::objs::Data::new(data, kind, gix::hash::Kind::Sha1)
                .verify_checksum(&entry.oid)
                .map(|_| ())
                .map_err(|_| {
                    format!(
                        "{kind} {} at offset {start} does not hash to its id",
                        entry.oid
                    )
                });
        };
        let end = match self.starts.binary_search(&start) {
            Ok(i) => self.starts.get(i + 1).copied().unwrap_or(self.pack_end),
            Err(_) => return Err(format!("no entry at offset {start}")),
        };
        let Some(bytes) = pack.entry_slice(start..end) else {
            return Err(format!(
                "entry at offset {start} runs past the end of the pack"
            ));
        };
        let actual = crc32fast::hash(bytes);
        if actual != expected {
            return Err(format!(
                "the {kind} {} at offset {start} does not match the CRC32 the index records \
                 ({actual:08x}, expected {expected:08x})",
                entry.oid
            ));
        }
        Ok(())
    }
}

/// `.promisor` files beside packs (fetched from a partial clone's promisor remote).
pub(super) fn promisor_packs(repo: &gix::Repository) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in object_dirs(repo) {
        let Ok(rd) = std::fs::read_dir(dir.join("pack")) else {
            continue;
        };
        out.extend(
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "promisor")),
        );
    }
    out.sort();
    out
}

/// Reads one blob by id (range reads) and hands it over. A missing blob is a note, not lost
/// coverage, when `allow_missing` (`--allow-shallow`, `--allow-partial`).
fn read_blob(
    repo: &gix::Repository,
    id: &ObjectId,
    allow_missing: bool,
    reader: &mut Reader<'_>,
    buf: &mut Vec<u8>,
    visitor: &mut dyn BlobVisitor,
) {
    use gix::objs::Find;
    let t0 = Instant::now();
    match repo.objects.try_find(id, buf) {
        Ok(Some(data)) if !hashes_to(data.kind, data.data, id) => {
            visitor.warn(damaged_object(id, "blob"))
        }
        Ok(Some(data)) => {
            reader.read_time += t0.elapsed();
            reader.process(data.kind, id, data.data, visitor)
        }
        Ok(None) => {
            let message = "blob missing from the object store (never fetched by a partial \
                           clone, or damaged); it was not scanned";
            visitor.warn(if allow_missing {
                Warning::note(id.to_string(), message)
            } else {
                Warning::lost(id.to_string(), message)
            })
        }
        Err(e) => visitor.warn(Warning::lost(
            id.to_string(),
            format!("cannot read blob: {e}"),
        )),
    }
}

/// Reads and hands over `blobs` (range reads).
pub(super) fn read_blobs(
    repo: &gix::Repository,
    blobs: &[ObjectId],
    fanout: &dyn Fanout,
    allow_missing: bool,
) -> StoreRead {
    let shared = Shared {
        keep_commits: false,
        seen: None,
        tags: None,
        results: Mutex::new(StoreRead::default()),
        progress: None,
    };
    let sync = repo.clone().into_sync();
    fanout.run(&Job::new(
        blobs.len(),
        || (sync.to_thread_local(), shared.reader(), Vec::new()),
        |(repo, reader, buf): &mut (gix::Repository, Reader<'_>, Vec<u8>), i, visitor| {
            read_blob(repo, &blobs[i], allow_missing, reader, buf, visitor)
        },
    ));
    shared.into_read()
}
