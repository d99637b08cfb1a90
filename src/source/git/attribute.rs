//! Which commits introduced a blob, and at which paths.
//!
//! A commit introduces a blob when its tree holds the blob and none of its parents' trees does, at
//! any path: so a rename or a copy is not an introduction, and content that first appears in a
//! merge (a conflict resolution) is attributed to the merge. Only blobs "of interest" (those with
//! findings) are tracked: each tree is read once and remembered as the set of blobs of interest
//! beneath it, so unchanged subtrees cost one hash lookup however many commits share them.

use super::GitError;
use gix::hashtable::{HashMap, HashSet};
use gix::objs::Find;
use gix::ObjectId;

/// Trees deeper than this are treated as corrupt (git itself refuses far shallower ones).
const MAX_TREE_DEPTH: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Tree,
    /// A file or a symbolic link.
    Blob,
    /// A submodule's commit: content of another repository.
    Submodule,
}

struct TreeEntry {
    name: Vec<u8>,
    id: ObjectId,
    kind: Kind,
}

/// Reads trees from the object store.
pub(super) struct Trees<'r> {
    repo: &'r gix::Repository,
    buf: Vec<u8>,
    /// With `--allow-shallow`, a missing tree reads as empty (and is remembered) instead of failing.
    allow_missing: bool,
    pub missing: Vec<ObjectId>,
}

impl<'r> Trees<'r> {
    pub fn new(repo: &'r gix::Repository, allow_missing: bool) -> Trees<'r> {
        Trees {
            repo,
            buf: Vec::new(),
            allow_missing,
            missing: Vec::new(),
        }
    }

    fn read(&mut self, id: &ObjectId, names: bool) -> Result<Vec<TreeEntry>, GitError> {
        if id.is_empty_tree() {
            return Ok(Vec::new());
        }
        let data = self
            .repo
            .objects
            .try_find(id, &mut self.buf)
            .map_err(|e| GitError::Other(format!("cannot read tree {id}: {e}")))?;
        let Some(data) = data else {
            if self.allow_missing {
                self.missing.push(*id);
                return Ok(Vec::new());
            }
            return Err(GitError::MissingObjects {
                what: format!("tree {id}"),
            });
        };
        if data.kind != gix::objs::Kind::Tree {
            return Err(GitError::Other(format!(
                "object {id} is a {}, not a tree",
                data.kind
            )));
        }
        let mut out = Vec::new();
        for e in gix::objs::TreeRefIter::from_bytes(data.data, data.object_hash) {
            let e = e.map_err(|e| GitError::Other(format!("tree {id}: cannot decode: {e}")))?;
            let kind = if e.mode.is_tree() {
                Kind::Tree
            } else if e.mode.is_commit() {
                Kind::Submodule
            } else {
                Kind::Blob
            };
            out.push(TreeEntry {
                name: if names {
                    e.filename.to_vec()
                } else {
                    Vec::new()
                },
                id: e.oid.to_owned(),
                kind,
            });
        }
        Ok(out)
    }

    /// Adds to `out` every blob of `new` that `old` does not hold at the same path: the candidates
    /// for what a commit introduced relative to its first parent. Identical subtrees are skipped.
    pub fn changed_blobs(
        &mut self,
        new: &ObjectId,
        old: Option<&ObjectId>,
        out: &mut HashSet<ObjectId>,
        depth: usize,
    ) -> Result<(), GitError> {
        if Some(new) == old {
            return Ok(());
        }
        if depth > MAX_TREE_DEPTH {
            return Err(GitError::Other(format!("tree {new} is nested too deeply")));
        }
        let new_entries = self.read(new, true)?;
        let old_entries = match old {
            Some(o) => self.read(o, true)?,
            None => Vec::new(),
        };
        let old_by_name: std::collections::HashMap<&[u8], (Kind, ObjectId)> = old_entries
            .iter()
            .map(|e| (e.name.as_slice(), (e.kind, e.id)))
            .collect();
        for e in &new_entries {
            let before = old_by_name.get(e.name.as_slice());
            if before.map(|b| b.1) == Some(e.id) {
                continue;
            }
            match e.kind {
                Kind::Tree => {
                    let old_tree = before.filter(|b| b.0 == Kind::Tree).map(|b| &b.1);
                    self.changed_blobs(&e.id, old_tree, out, depth + 1)?;
                }
                Kind::Blob => {
                    out.insert(e.id);
                }
                Kind::Submodule => {}
            }
        }
        Ok(())
    }
}

/// The blobs of interest and, per tree, which of them it holds.
pub(super) struct Attribution<'r> {
    pub trees: Trees<'r>,
    interest: HashMap<ObjectId, u32>,
    blobs: Vec<ObjectId>,
    memo: HashMap<ObjectId, u32>,
    sets: Vec<Box<[u32]>>,
    interned: std::collections::HashMap<Box<[u32]>, u32>,
}

impl<'r> Attribution<'r> {
    pub fn new(trees: Trees<'r>, blobs: impl IntoIterator<Item = ObjectId>) -> Attribution<'r> {
        let blobs: Vec<ObjectId> = blobs.into_iter().collect();
        let interest = blobs
            .iter()
            .enumerate()
            .map(|(i, b)| (*b, i as u32))
            .collect();
        let empty: Box<[u32]> = Box::new([]);
        let mut interned = std::collections::HashMap::new();
        interned.insert(empty.clone(), 0);
        Attribution {
            trees,
            interest,
            blobs,
            memo: HashMap::default(),
            sets: vec![empty],
            interned,
        }
    }

    pub fn blob(&self, index: u32) -> ObjectId {
        self.blobs[index as usize]
    }

    fn intern(&mut self, set: Vec<u32>) -> u32 {
        if set.is_empty() {
            return 0;
        }
        let set = set.into_boxed_slice();
        if let Some(i) = self.interned.get(&set) {
            return *i;
        }
        let i = self.sets.len() as u32;
        self.sets.push(set.clone());
        self.interned.insert(set, i);
        i
    }

    /// The blobs of interest anywhere beneath `tree`, as an index into `sets`.
    fn tree_set(&mut self, tree: &ObjectId, depth: usize) -> Result<u32, GitError> {
        if let Some(s) = self.memo.get(tree) {
            return Ok(*s);
        }
        if depth > MAX_TREE_DEPTH {
            return Err(GitError::Other(format!("tree {tree} is nested too deeply")));
        }
        let entries = self.trees.read(tree, false)?;
        let mut acc: Vec<u32> = Vec::new();
        for e in &entries {
            match e.kind {
                Kind::Blob => {
                    if let Some(i) = self.interest.get(&e.id) {
                        acc.push(*i);
                    }
                }
                Kind::Tree => {
                    let s = self.tree_set(&e.id, depth + 1)?;
                    acc.extend_from_slice(&self.sets[s as usize]);
                }
                Kind::Submodule => {}
            }
        }
        acc.sort_unstable();
        acc.dedup();
        let s = self.intern(acc);
        self.memo.insert(*tree, s);
        Ok(s)
    }

    /// Every blob of interest that `tree` holds, at any path.
    pub fn held(&mut self, tree: &ObjectId) -> Result<Vec<u32>, GitError> {
        let s = self.tree_set(tree, 0)?;
        Ok(self.sets[s as usize].to_vec())
    }

    /// The blobs of interest that `tree` holds and none of `parent_trees` does.
    pub fn introduced(
        &mut self,
        tree: &ObjectId,
        parent_trees: &[ObjectId],
    ) -> Result<Vec<u32>, GitError> {
        let own = self.tree_set(tree, 0)?;
        if own == 0 {
            return Ok(Vec::new());
        }
        let mut had: Vec<u32> = Vec::new();
        for p in parent_trees {
            let s = self.tree_set(p, 0)?;
            had.extend_from_slice(&self.sets[s as usize]);
        }
        Ok(self.sets[own as usize]
            .iter()
            .copied()
            .filter(|b| !had.contains(b))
            .collect())
    }

    /// Every path in `tree` that holds one of `wanted`, descending only into subtrees that hold one.
    pub fn paths(
        &mut self,
        tree: &ObjectId,
        wanted: &[u32],
    ) -> Result<Vec<(u32, String)>, GitError> {
        let mut out = Vec::new();
        let mut prefix = Vec::new();
        self.paths_in(tree, wanted, &mut prefix, &mut out, 0)?;
        Ok(out)
    }

    fn paths_in(
        &mut self,
        tree: &ObjectId,
        wanted: &[u32],
        prefix: &mut Vec<u8>,
        out: &mut Vec<(u32, String)>,
        depth: usize,
    ) -> Result<(), GitError> {
        if depth > MAX_TREE_DEPTH {
            return Err(GitError::Other(format!("tree {tree} is nested too deeply")));
        }
        let entries = self.trees.read(tree, true)?;
        for e in &entries {
            match e.kind {
                Kind::Blob => {
                    if let Some(i) = self.interest.get(&e.id) {
                        if wanted.contains(i) {
                            let mut p = prefix.clone();
                            p.extend_from_slice(&e.name);
                            out.push((*i, String::from_utf8_lossy(&p).into_owned()));
                        }
                    }
                }
                Kind::Tree => {
                    let s = self.tree_set(&e.id, depth + 1)?;
                    if self.sets[s as usize].iter().any(|b| wanted.contains(b)) {
                        let len = prefix.len();
                        prefix.extend_from_slice(&e.name);
                        prefix.push(b'/');
                        self.paths_in(&e.id, wanted, prefix, out, depth + 1)?;
                        prefix.truncate(len);
                    }
                }
                Kind::Submodule => {}
            }
        }
        Ok(())
    }
}
