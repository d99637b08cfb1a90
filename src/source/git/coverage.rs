//! Whether a full read handed over every blob that reachable history names: the read records
//! which blobs and trees it decoded and which ones trees and commits name; what is named and
//! absent is looked up here, from the reachable commits, to say where it sits.

use crate::blob::Warning;
use gix::hashtable::HashSet;
use gix::objs::Find;
use gix::ObjectId;

/// At most this many missing objects are named one by one; the rest are counted.
const NAMED: usize = 20;

/// Warnings for the `missing` objects (blobs or trees, sorted) that the trees of `commits`
/// (oldest first) name: each names the first commit and path that holds it, and counts as lost
/// coverage. Objects only unreachable trees name get one note.
pub(super) fn missing_in_history(
    repo: &gix::Repository,
    commits: &[(ObjectId, ObjectId)],
    missing: &[ObjectId],
) -> Vec<Warning> {
    let wanted: HashSet<ObjectId> = missing.iter().copied().collect();
    let mut walk = Walk {
        repo,
        buf: Vec::new(),
        visited: HashSet::default(),
        wanted: &wanted,
        found: Vec::new(),
        reported: HashSet::default(),
        unreadable: Vec::new(),
    };
    for (commit, tree) in commits {
        walk.tree(commit, tree, &mut Vec::new(), 0);
    }
    let mut out = Vec::new();
    let lost = walk.found.len();
    for (commit, path, id) in walk.found.iter().take(NAMED) {
        out.push(Warning::lost(
            if path.is_empty() {
                "<root tree>".to_string()
            } else {
                path.clone()
            },
            format!(
                "object {id} of commit {commit} is missing from the object store, so it was not \
                 scanned; run `git fsck` to see what is damaged (fetch it again, or pass \
                 --allow-shallow to scan only what is present)"
            ),
        ));
    }
    if lost > NAMED {
        out.push(Warning::lost(
            String::new(),
            format!(
                "{} more objects that reachable commits hold are missing from the object store \
                 and were not scanned",
                lost - NAMED
            ),
        ));
    }
    for (id, why) in walk.unreadable {
        out.push(Warning::lost(
            id.to_string(),
            format!("cannot read tree: {why}; what it holds is not scanned"),
        ));
    }
    let unreached = missing.len() - walk.reported.len();
    if unreached > 0 {
        out.push(Warning::note(
            String::new(),
            format!(
                "{unreached} object{} that only unreachable trees name {} missing from the object \
                 store",
                if unreached == 1 { "" } else { "s" },
                if unreached == 1 { "is" } else { "are" }
            ),
        ));
    }
    out
}

struct Walk<'a> {
    repo: &'a gix::Repository,
    buf: Vec<u8>,
    /// Trees already walked (under any commit): each is read once.
    visited: HashSet<ObjectId>,
    wanted: &'a HashSet<ObjectId>,
    /// (commit, path, object) of each missing object, where it was first met.
    found: Vec<(ObjectId, String, ObjectId)>,
    reported: HashSet<ObjectId>,
    unreadable: Vec<(ObjectId, String)>,
}

/// Trees deeper than this are not followed (git refuses far shallower ones).
const MAX_DEPTH: usize = 4096;

impl Walk<'_> {
    fn hit(&mut self, commit: &ObjectId, path: &[u8], id: &ObjectId) {
        if self.reported.insert(*id) {
            self.found
                .push((*commit, String::from_utf8_lossy(path).into_owned(), *id));
        }
    }

    fn tree(&mut self, commit: &ObjectId, id: &ObjectId, path: &mut Vec<u8>, depth: usize) {
        if self.wanted.contains(id) {
            self.hit(commit, path, id);
            return;
        }
        if id.is_empty_tree() || depth > MAX_DEPTH || !self.visited.insert(*id) {
            return;
        }
        let entries: Vec<(Vec<u8>, ObjectId, bool)> =
            match self.repo.objects.try_find(id, &mut self.buf) {
                Ok(Some(data)) => {
                    let mut entries = Vec::new();
                    for e in gix::objs::TreeRefIter::from_bytes(data.data, data.object_hash) {
                        match e {
                            Ok(e) if e.mode.is_commit() => {}
                            Ok(e) => entries.push((
                                e.filename.to_vec(),
                                e.oid.to_owned(),
                                e.mode.is_tree(),
                            )),
                            Err(err) => {
                                self.unreadable.push((*id, err.to_string()));
                                break;
                            }
                        }
                    }
                    entries
                }
                Ok(None) => {
                    self.hit(commit, path, id);
                    return;
                }
                Err(e) => {
                    self.unreadable.push((*id, e.to_string()));
                    return;
                }
            };
        for (name, oid, is_tree) in entries {
            let len = path.len();
            if !path.is_empty() {
                path.push(b'/');
            }
            path.extend_from_slice(&name);
            if is_tree {
                self.tree(commit, &oid, path, depth + 1);
            } else if self.wanted.contains(&oid) {
                self.hit(commit, path, &oid);
            }
            path.truncate(len);
        }
    }
}
