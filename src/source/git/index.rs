//! The staged gate's source: what the index would commit, relative to HEAD.
//!
//! The index is compared with HEAD's tree directory by directory. Where the index's cache-tree
//! extension says a directory is unchanged since it was last written, and its id equals HEAD's tree
//! there, the whole directory is skipped without reading anything: a commit touching a few files in a
//! huge repository reads a handful of trees and blobs, never the work tree. Only staged blobs are
//! read, so a partially staged file is judged by what will be committed. Each changed file is
//! handed over with the version it replaces, so that only the lines it adds are judged.

use super::linediff::{added_lines, AddedLines};
use super::repo::blob_id;
use super::{GitError, Repo};
use crate::blob::{Blob, Provenance, Warning};
use crate::source::{BlobVisitor, Fanout, Item, Job, Origin, VisitorFactory};
use gix::bstr::{BStr, ByteSlice};
use gix::index::entry::{Flags, Mode, Stage};
use gix::index::extension::Tree as CacheTree;
use gix::objs::tree::EntryMode;
use gix::prelude::{FindExt, HeaderExt};
use gix::ObjectId;
use std::collections::HashMap;
use std::time::Instant;

/// An error of the staged diff, with what was being done.
struct GateError;

impl GateError {
    fn context(what: impl std::fmt::Display, err: impl std::fmt::Display) -> GitError {
        GitError::Other(format!("{what}: {err}"))
    }
}

/// How many (added, deleted) pairs are compared when looking for renames with edits; git's own
/// default `diff.renameLimit` is in the same range.
const RENAME_PAIR_LIMIT: usize = 1000;
/// Changes read before the read goes parallel (a typical commit stays on one thread).
const PARALLEL_THRESHOLD: usize = 16;

/// What happened to a path between HEAD and the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    /// Not in HEAD (and no deleted file it was renamed from).
    Added,
    /// In HEAD at the same path with other content.
    Modified { old: ObjectId },
    /// Moved from `from`; `old` is that file's content in HEAD (equal to `new` for a pure rename).
    Renamed { from: String, old: ObjectId },
}

/// One staged file whose content the commit would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Repository-relative path with `/` separators.
    pub path: String,
    pub new: ObjectId,
    pub kind: ChangeKind,
}

impl Change {
    fn old(&self) -> Option<ObjectId> {
        match &self.kind {
            ChangeKind::Added => None,
            ChangeKind::Modified { old } | ChangeKind::Renamed { old, .. } => Some(*old),
        }
    }
}

/// The difference between HEAD and the index, as far as the gate cares.
#[derive(Debug, Default)]
pub struct StagedChanges {
    /// Added, modified and renamed files, in path order.
    pub changes: Vec<Change>,
    /// Paths HEAD has and the index does not (after renames are paired).
    pub deleted: Vec<String>,
    /// Changed submodule entries (never scanned: their content lives in another repository).
    pub submodules: Vec<String>,
    /// Things that could not be compared and went unscanned.
    pub warnings: Vec<Warning>,
    /// Tree objects read to find the changes (the cost of the comparison).
    pub trees_read: usize,
}

/// A tree entry of HEAD, read once per visited directory.
struct HeadEntry {
    name: Vec<u8>,
    mode: EntryMode,
    id: ObjectId,
    seen: bool,
}

struct Differ<'r> {
    repo: &'r gix::Repository,
    state: &'r gix::index::State,
    buf: Vec<u8>,
    out: StagedChanges,
    /// Deleted blobs (path, id), candidates for renames.
    deleted: Vec<(String, ObjectId)>,
}

fn path_string(p: &[u8]) -> String {
    String::from_utf8_lossy(p).into_owned()
}

impl Differ<'_> {
    fn read_tree(&mut self, id: ObjectId) -> Result<Vec<HeadEntry>, GitError> {
        self.out.trees_read += 1;
        let iter = self
            .repo
            .objects
            .find_tree_iter(&id, &mut self.buf)
            .map_err(|e| GateError::context(format!("cannot read tree {id}"), e))?;
        let mut entries = Vec::new();
        for entry in iter {
            let e = entry.map_err(|e| GateError::context(format!("corrupt tree {id}"), e))?;
            entries.push(HeadEntry {
                name: e.filename.to_vec(),
                mode: e.mode,
                id: e.oid.to_owned(),
                seen: false,
            });
        }
        Ok(entries)
    }

    /// Records every blob under HEAD's tree `id` at `prefix` as deleted (rename candidates).
    fn delete_tree(&mut self, id: ObjectId, prefix: &[u8]) -> Result<(), GitError> {
        for e in self.read_tree(id)? {
            let mut path = prefix.to_vec();
            path.extend_from_slice(&e.name);
            if e.mode.is_tree() {
                path.push(b'/');
                self.delete_tree(e.id, &path)?;
            } else if e.mode.is_blob_or_symlink() {
                self.deleted.push((path_string(&path), e.id));
            }
        }
        Ok(())
    }

    /// Compares one directory: HEAD's tree `head` (if HEAD has it), the cache-tree node `cache` (if
    /// the index has one) and the index entries under `prefix` (which ends in `/` or is empty).
    fn dir(
        &mut self,
        head: Option<ObjectId>,
        cache: Option<&CacheTree>,
        prefix: &[u8],
        entries: &[gix::index::Entry],
    ) -> Result<(), GitError> {
        if let (Some(h), Some(c)) = (head, cache) {
            if c.num_entries.is_some() && c.id == h {
                return Ok(());
            }
        }
        let mut head_entries = match head {
            Some(id) => self.read_tree(id)?,
            None => Vec::new(),
        };
        let find = |list: &[HeadEntry], name: &[u8]| list.iter().position(|e| e.name == name);
        let state = self.state;
        let mut i = 0;
        while i < entries.len() {
            let entry = &entries[i];
            let path: &BStr = entry.path(state);
            let rest = &path[prefix.len()..];
            if let Some(slash) = rest.find_byte(b'/') {
                let name = &rest[..slash];
                let sub_prefix = &path[..prefix.len() + slash + 1];
                let mut j = i + 1;
                while j < entries.len() && entries[j].path(state).starts_with(sub_prefix) {
                    j += 1;
                }
                let mut head_sub = None;
                if let Some(p) = find(&head_entries, name) {
                    head_entries[p].seen = true;
                    let he = &head_entries[p];
                    if he.mode.is_tree() {
                        head_sub = Some(he.id);
                    } else if he.mode.is_blob_or_symlink() {
                        // A file replaced by a directory.
                        self.deleted
                            .push((path_string(&path[..prefix.len() + slash]), he.id));
                    }
                }
                let cache_sub = cache.and_then(|c| c.children.iter().find(|t| &t.name[..] == name));
                self.dir(head_sub, cache_sub, sub_prefix, &entries[i..j])?;
                i = j;
                continue;
            }
            i += 1;
            let name: &[u8] = rest;
            let head_pos = find(&head_entries, name);
            if let Some(p) = head_pos {
                head_entries[p].seen = true;
            }
            if entry.stage() != Stage::Unconflicted || entry.flags.contains(Flags::INTENT_TO_ADD) {
                // Unmerged paths cannot be committed; intent-to-add entries hold no content yet.
                continue;
            }
            let head_entry = head_pos.map(|p| &head_entries[p]);
            let rel = path_string(path);
            if entry.mode == Mode::COMMIT {
                let same = head_entry.is_some_and(|h| h.mode.is_commit() && h.id == entry.id);
                if !same {
                    self.out.submodules.push(rel);
                }
                continue;
            }
            if entry.mode == Mode::DIR {
                // A sparse-index directory: unchanged when it matches HEAD's tree there.
                let same = head_entry.is_some_and(|h| h.mode.is_tree() && h.id == entry.id);
                if !same {
                    self.out.warnings.push(Warning {
                        path: rel,
                        message: "sparse-index directory differs from HEAD and was not scanned; \
                                  run `git sparse-checkout disable` or expand the index"
                            .into(),
                        lost_coverage: true,
                    });
                }
                continue;
            }
            let kind = match head_entry {
                Some(h) if h.mode.is_blob_or_symlink() => {
                    if h.id == entry.id {
                        continue;
                    }
                    ChangeKind::Modified { old: h.id }
                }
                Some(h) if h.mode.is_tree() => {
                    // A directory replaced by a file: its files are gone.
                    let (id, mut dir) = (h.id, path.to_vec());
                    dir.push(b'/');
                    self.delete_tree(id, &dir)?;
                    ChangeKind::Added
                }
                _ => ChangeKind::Added,
            };
            self.out.changes.push(Change {
                path: rel,
                new: entry.id,
                kind,
            });
        }
        for he in head_entries.iter().filter(|e| !e.seen) {
            let mut path = prefix.to_vec();
            path.extend_from_slice(&he.name);
            if he.mode.is_tree() {
                path.push(b'/');
                let id = he.id;
                self.delete_tree(id, &path)?;
            } else if he.mode.is_blob_or_symlink() {
                self.deleted.push((path_string(&path), he.id));
            }
        }
        Ok(())
    }
}

/// The tree HEAD points to, or `None` before the first commit.
fn head_tree(repo: &gix::Repository) -> Result<Option<ObjectId>, GitError> {
    let mut head = repo
        .head()
        .map_err(|e| GateError::context("cannot read HEAD", e))?;
    if head.is_unborn() {
        return Ok(None);
    }
    let commit = head
        .peel_to_commit()
        .map_err(|e| GateError::context("cannot resolve HEAD to a commit", e))?;
    let tree = commit
        .tree_id()
        .map_err(|e| GateError::context("cannot read HEAD's tree", e))?;
    Ok(Some(tree.detach()))
}

/// Compares the index with HEAD: which files the commit would add, change, rename or delete.
pub fn staged_changes(repo: &Repo) -> Result<StagedChanges, GitError> {
    if repo.is_bare() {
        return Err(GitError::Other(
            "`leakgate staged` needs a repository with a work tree (this one is bare)".into(),
        ));
    }
    let repo = &repo.repo;
    let index = repo
        .index_or_empty()
        .map_err(|e| GateError::context("cannot read the index", e))?;
    let state: &gix::index::State = &index;
    let head = head_tree(repo)?;
    let mut differ = Differ {
        repo,
        state,
        buf: Vec::new(),
        out: StagedChanges::default(),
        deleted: Vec::new(),
    };
    differ.dir(head, state.tree(), b"", state.entries())?;
    let Differ {
        mut out, deleted, ..
    } = differ;
    pair_renames(repo, &mut out, deleted)?;
    out.changes.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// Pairs added files with deleted ones: identical content is a pure rename (nothing added); else
/// the deleted file that leaves the fewest added lines, when at most half of the new file is added.
fn pair_renames(
    repo: &gix::Repository,
    out: &mut StagedChanges,
    mut deleted: Vec<(String, ObjectId)>,
) -> Result<(), GitError> {
    if deleted.is_empty() {
        return Ok(());
    }
    let mut by_id: HashMap<ObjectId, Vec<usize>> = HashMap::new();
    for (i, (_, id)) in deleted.iter().enumerate() {
        by_id.entry(*id).or_default().push(i);
    }
    let mut used = vec![false; deleted.len()];
    for change in out.changes.iter_mut() {
        if change.kind != ChangeKind::Added {
            continue;
        }
        if let Some(slot) = by_id
            .get(&change.new)
            .and_then(|v| v.iter().copied().find(|i| !used[*i]))
        {
            used[slot] = true;
            change.kind = ChangeKind::Renamed {
                from: deleted[slot].0.clone(),
                old: change.new,
            };
        }
    }
    let adds: Vec<usize> = (0..out.changes.len())
        .filter(|i| out.changes[*i].kind == ChangeKind::Added)
        .collect();
    let free: Vec<usize> = (0..deleted.len()).filter(|i| !used[*i]).collect();
    if !adds.is_empty() && !free.is_empty() && adds.len() * free.len() <= RENAME_PAIR_LIMIT {
        let mut old_cache: HashMap<usize, Vec<u8>> = HashMap::new();
        let mut buf = Vec::new();
        for a in adds {
            let new = match read_text(repo, out.changes[a].new, &mut buf) {
                Ok(Some(t)) => t,
                _ => continue,
            };
            let new_lines = AddedLines::all(&new).total();
            let mut best: Option<(usize, usize)> = None;
            for &d in &free {
                if used[d] {
                    continue;
                }
                let old = old_cache.entry(d).or_insert_with(|| {
                    read_text(repo, deleted[d].1, &mut buf)
                        .ok()
                        .flatten()
                        .unwrap_or_default()
                });
                if old.is_empty() {
                    continue;
                }
                let n = added_lines(old, &new).count();
                if best.is_none_or(|(_, b)| n < b) {
                    best = Some((d, n));
                }
            }
            if let Some((d, n)) = best {
                if n * 2 <= new_lines {
                    used[d] = true;
                    out.changes[a].kind = ChangeKind::Renamed {
                        from: deleted[d].0.clone(),
                        old: deleted[d].1,
                    };
                }
            }
        }
    }
    let mut i = 0;
    deleted.retain(|_| {
        i += 1;
        !used[i - 1]
    });
    out.deleted = deleted.into_iter().map(|(p, _)| p).collect();
    out.deleted.sort();
    Ok(())
}

/// A blob's bytes for rename pairing; `None` when it looks binary (a NUL near the start), which
/// is never paired by content.
fn read_text(
    repo: &gix::Repository,
    id: ObjectId,
    buf: &mut Vec<u8>,
) -> Result<Option<Vec<u8>>, GitError> {
    let blob = repo
        .objects
        .find_blob(&id, buf)
        .map_err(|e| GateError::context(format!("cannot read blob {id}"), e))?;
    let probe = &blob.data[..blob.data.len().min(8192)];
    Ok((!probe.contains(&0)).then(|| blob.data.to_vec()))
}

/// The staged changes worth reading: pure renames add no line (unless every line is judged).
fn to_read(changes: &StagedChanges, all_lines: bool) -> Vec<&Change> {
    changes
        .changes
        .iter()
        .filter(|c| {
            all_lines || !matches!(&c.kind, ChangeKind::Renamed { old, .. } if *old == c.new)
        })
        .collect()
}

/// Reads each staged change (and, unless `all_lines`, the version it replaces) and hands it over
/// at its staged path; many changes are read on the scan's threads.
pub fn read_changes(
    repo: &Repo,
    changes: &StagedChanges,
    all_lines: bool,
    factory: &dyn VisitorFactory,
    fanout: &dyn Fanout,
) {
    let todo = to_read(changes, all_lines);
    if todo.len() < PARALLEL_THRESHOLD {
        let mut visitor = factory.visitor();
        let mut old = Vec::new();
        for c in &todo {
            read_change(&repo.repo, c, all_lines, visitor.as_mut(), &mut old);
        }
    } else {
        let sync = repo.repo.clone().into_sync();
        fanout.run(&Job::new(
            todo.len(),
            || (sync.to_thread_local(), Vec::new()),
            |(repo, old): &mut (gix::Repository, Vec<u8>), i, visitor| {
                read_change(repo, todo[i], all_lines, visitor, old)
            },
        ));
    }
}

/// Reads one changed blob (and its old version) and hands it over.
fn read_change(
    repo: &gix::Repository,
    change: &Change,
    all_lines: bool,
    visitor: &mut dyn BlobVisitor,
    old_buf: &mut Vec<u8>,
) {
    let origin = Origin::Placed(Provenance::Staged {
        path: change.path.clone(),
    });
    let lost = |visitor: &mut dyn BlobVisitor, message: String| {
        visitor.warn(Warning::lost(change.path.clone(), message));
    };
    let t0 = Instant::now();
    match repo.objects.header(change.new) {
        Ok(h) => {
            if !visitor.admit(&origin, h.size()) {
                return;
            }
        }
        Err(e) => return lost(visitor, format!("cannot read staged blob: {e}")),
    }
    let mut buf = visitor.take_buffer();
    let new: &[u8] = match repo.objects.find_blob(&change.new, &mut buf) {
        Ok(b) => b.data,
        Err(e) => {
            let message = format!("cannot read staged blob: {e}");
            visitor.give_buffer(buf);
            return lost(visitor, message);
        }
    };
    let previous = match change.old() {
        Some(id) if !all_lines => match repo.objects.find_blob(&id, old_buf) {
            Ok(b) => Some(b.data),
            Err(e) => {
                let message = format!("cannot read HEAD's blob: {e}");
                visitor.give_buffer(buf);
                return lost(visitor, message);
            }
        },
        _ => None,
    };
    visitor.visit(Item {
        blob: Blob {
            id: Some(blob_id(&change.new)),
            bytes: new,
        },
        origin,
        previous,
        read_time: t0.elapsed(),
    });
    visitor.give_buffer(buf);
}
