//! The commit graph: refs, revisions, the walk that decides which commits a scan covers, and the
//! identity of the people in commits and tags.

use super::GitError;
use crate::blob::Signature;
use crate::blob::Warning;
use gix::hashtable::{HashMap, HashSet};
use gix::objs::Find;
use gix::ObjectId;
use std::collections::BinaryHeap;

/// What the walk and the attribution need of a commit.
#[derive(Debug, Clone)]
pub(super) struct CommitInfo {
    pub tree: ObjectId,
    pub parents: Box<[ObjectId]>,
    /// Committer time, seconds since the epoch (orders the walk).
    pub time: i64,
}

impl CommitInfo {
    pub fn decode(data: &[u8], hash: gix::hash::Kind) -> Result<CommitInfo, String> {
        let c = gix::objs::CommitRef::from_bytes(data, hash).map_err(|e| e.to_string())?;
        Ok(CommitInfo {
            tree: c.tree(),
            parents: c.parents().collect(),
            time: c.time().map(|t| t.seconds).unwrap_or(0),
        })
    }
}

/// Commits by id: filled from the object store up front (full scan), or read on demand (ranges).
pub(super) struct Commits<'r> {
    pub map: HashMap<ObjectId, CommitInfo>,
    /// Where to read commits that are not in `map`; `None` when `map` already holds every commit.
    lazy: Option<&'r gix::Repository>,
    buf: Vec<u8>,
}

impl<'r> Commits<'r> {
    pub fn complete(map: HashMap<ObjectId, CommitInfo>) -> Commits<'r> {
        Commits {
            map,
            lazy: None,
            buf: Vec::new(),
        }
    }

    pub fn on_demand(repo: &'r gix::Repository) -> Commits<'r> {
        Commits {
            map: HashMap::default(),
            lazy: Some(repo),
            buf: Vec::new(),
        }
    }

    /// The commit `id`; `Ok(None)` when the object store lacks it.
    pub fn get(&mut self, id: &ObjectId) -> Result<Option<&CommitInfo>, GitError> {
        if !self.map.contains_key(id) {
            let Some(repo) = self.lazy else {
                return Ok(None);
            };
            let data = repo
                .objects
                .try_find(id, &mut self.buf)
                .map_err(|e| GitError::Other(format!("cannot read object {id}: {e}")))?;
            let Some(data) = data else {
                return Ok(None);
            };
            if data.kind != gix::objs::Kind::Commit {
                return Err(GitError::Other(format!(
                    "object {id} is a {}, not a commit",
                    data.kind
                )));
            }
            let info = CommitInfo::decode(data.data, data.object_hash)
                .map_err(|e| GitError::Other(format!("commit {id}: cannot decode: {e}")))?;
            self.map.insert(*id, info);
        }
        Ok(self.map.get(id))
    }
}

/// A ref and the object it peels to.
#[derive(Debug, Clone)]
pub(super) struct RefTip {
    pub name: String,
    /// The object the ref peels to (through tags).
    pub id: ObjectId,
    /// The object the ref names directly (an annotated tag for `refs/tags/v1`), if not symbolic.
    pub direct: Option<ObjectId>,
}

/// Every ref (branches, tags, remote-tracking refs, stash, notes, and HEAD), peeled.
/// Refs that cannot be peeled are returned as warnings.
pub(super) fn all_refs(repo: &gix::Repository) -> Result<(Vec<RefTip>, Vec<Warning>), GitError> {
    let mut tips = Vec::new();
    let mut warnings = Vec::new();
    let platform = repo
        .references()
        .map_err(|e| GitError::Other(format!("cannot read refs: {e}")))?;
    let iter = platform
        .all()
        .map_err(|e| GitError::Other(format!("cannot read refs: {e}")))?;
    for r in iter {
        let mut r = match r {
            Ok(r) => r,
            Err(e) => {
                warnings.push(Warning {
                    path: String::new(),
                    message: format!("cannot read a ref: {e}"),
                    lost_coverage: true,
                });
                continue;
            }
        };
        let name = r.name().as_bstr().to_string();
        let direct = r.target().try_id().map(ToOwned::to_owned);
        match r.peel_to_id() {
            Ok(id) => tips.push(RefTip {
                name,
                id: id.detach(),
                direct,
            }),
            Err(e) => warnings.push(Warning {
                path: name,
                message: format!("cannot resolve ref: {e}"),
                lost_coverage: true,
            }),
        }
    }
    if let Ok(id) = repo.head_id() {
        tips.push(RefTip {
            name: "HEAD".into(),
            id: id.detach(),
            direct: None,
        });
    }
    Ok((tips, warnings))
}

/// Resolves a revision (`main`, `v1.0`, `HEAD~2`, an id) to the commit it names.
pub(super) fn resolve_commit(repo: &gix::Repository, rev: &str) -> Result<ObjectId, GitError> {
    let unknown = |message: String| GitError::UnknownRevision {
        rev: rev.to_string(),
        message,
    };
    let id = repo
        .rev_parse_single(rev)
        .map_err(|e| unknown(e.to_string()))?;
    let object = id
        .object()
        .map_err(|e| unknown(format!("cannot read object: {e}")))?;
    let commit = object
        .peel_to_kind(gix::objs::Kind::Commit)
        .map_err(|_| unknown("does not name a commit".into()))?;
    Ok(commit.id)
}

/// Which objects the shallow file marks as boundary commits (their parents are absent).
pub(super) fn shallow_boundary(repo: &gix::Repository) -> HashSet<ObjectId> {
    match repo.shallow_commits() {
        Ok(Some(c)) => c.iter().copied().collect(),
        _ => HashSet::default(),
    }
}

/// What a walk found.
#[derive(Debug, Default)]
pub(super) struct Walked {
    /// Commits in the walk, newest first.
    pub commits: Vec<ObjectId>,
    /// Commits whose parents the repository lacks (shallow boundary or broken history).
    pub truncated: Vec<ObjectId>,
}

/// Everything reachable from `tips` (a full scan); parents missing from the store are reported in
/// `truncated`.
pub(super) fn reachable(commits: &mut Commits<'_>, tips: &[ObjectId]) -> Result<Walked, GitError> {
    let mut seen: HashSet<ObjectId> = HashSet::default();
    let mut stack: Vec<ObjectId> = Vec::new();
    let mut walked = Walked::default();
    for t in tips {
        if seen.insert(*t) {
            stack.push(*t);
        }
    }
    while let Some(id) = stack.pop() {
        let parents = match commits.get(&id)? {
            Some(c) => c.parents.clone(),
            None => {
                walked.truncated.push(id);
                continue;
            }
        };
        walked.commits.push(id);
        for p in parents.iter() {
            if seen.insert(*p) {
                stack.push(*p);
            }
        }
    }
    Ok(walked)
}

const INTERESTING: u8 = 0;
const UNINTERESTING: u8 = 1;
/// How many extra commits to look at once only excluded commits are queued, to absorb clock skew
/// (git's `SLOP`).
const SLOP: usize = 5;

/// Commits reachable from `tips` and not from `hidden` (`hidden..tips`), walked newest first as
/// git does, stopping once every queued commit is excluded. Commits that are hidden but reached
/// through skewed commit dates after the walk stopped may be included: over-inclusion only costs
/// time, never coverage.
pub(super) fn walk_range(
    commits: &mut Commits<'_>,
    tips: &[ObjectId],
    hidden: &[ObjectId],
) -> Result<Walked, GitError> {
    let mut flags: HashMap<ObjectId, u8> = HashMap::default();
    let mut heap: BinaryHeap<(i64, ObjectId)> = BinaryHeap::new();
    let mut interesting_queued = 0usize;
    let mut popped: HashSet<ObjectId> = HashSet::default();
    let mut order: Vec<ObjectId> = Vec::new();
    let mut walked = Walked::default();

    let time_of = |commits: &mut Commits<'_>, id: &ObjectId| -> Result<Option<i64>, GitError> {
        Ok(commits.get(id)?.map(|c| c.time))
    };

    for h in hidden {
        if flags.insert(*h, UNINTERESTING).is_none() {
            if let Some(t) = time_of(commits, h)? {
                heap.push((t, *h));
            }
        }
    }
    for t in tips {
        if !flags.contains_key(t) {
            flags.insert(*t, INTERESTING);
            match time_of(commits, t)? {
                Some(time) => {
                    heap.push((time, *t));
                    interesting_queued += 1;
                }
                None => walked.truncated.push(*t),
            }
        }
    }
    let mut slop = SLOP;
    let mut oldest_included = i64::MAX;
    while let Some((time, id)) = heap.pop() {
        let flag = flags.get(&id).copied().unwrap_or(INTERESTING);
        if flag == INTERESTING {
            interesting_queued = interesting_queued.saturating_sub(1);
        }
        popped.insert(id);
        let parents = match commits.get(&id)? {
            Some(c) => c.parents.clone(),
            None => continue,
        };
        if flag == INTERESTING {
            order.push(id);
            oldest_included = oldest_included.min(time);
        }
        for p in parents.iter() {
            match flags.get(p).copied() {
                None => {
                    flags.insert(*p, flag);
                    match time_of(commits, p)? {
                        Some(pt) => {
                            heap.push((pt, *p));
                            if flag == INTERESTING {
                                interesting_queued += 1;
                            }
                        }
                        None => {
                            if flag == INTERESTING {
                                walked.truncated.push(id);
                            }
                        }
                    }
                }
                Some(INTERESTING) if flag == UNINTERESTING => {
                    flags.insert(*p, UNINTERESTING);
                    if popped.contains(p) {
                        mark_ancestors_uninteresting(commits, &mut flags, &popped, *p)?;
                    } else {
                        interesting_queued = interesting_queued.saturating_sub(1);
                    }
                }
                Some(_) => {}
            }
        }
        if interesting_queued == 0 {
            match heap.peek() {
                Some((t, _)) if *t >= oldest_included => {}
                Some(_) if slop > 0 => slop -= 1,
                _ => break,
            }
        }
    }
    walked.commits = order
        .into_iter()
        .filter(|id| flags.get(id) == Some(&INTERESTING))
        .collect();
    let included: HashSet<ObjectId> = walked.commits.iter().copied().collect();
    walked.truncated.retain(|id| included.contains(id));
    walked.truncated.sort();
    walked.truncated.dedup();
    Ok(walked)
}

/// Marks the already-walked ancestors of `start` as excluded.
fn mark_ancestors_uninteresting(
    commits: &mut Commits<'_>,
    flags: &mut HashMap<ObjectId, u8>,
    popped: &HashSet<ObjectId>,
    start: ObjectId,
) -> Result<(), GitError> {
    let mut stack = vec![start];
    while let Some(id) = stack.pop() {
        let parents = match commits.get(&id)? {
            Some(c) => c.parents.clone(),
            None => continue,
        };
        for p in parents.iter() {
            if flags.get(p) == Some(&INTERESTING) {
                flags.insert(*p, UNINTERESTING);
                if popped.contains(p) {
                    stack.push(*p);
                }
            }
        }
    }
    Ok(())
}

/// A git signature as leakgate reports it.
pub(super) fn signature(s: &gix::actor::SignatureRef<'_>) -> Signature {
    let time = s.time().unwrap_or_default();
    Signature {
        name: s.name.to_string(),
        email: s.email.to_string(),
        date: rfc3339(time.seconds, time.offset),
    }
}

/// Author of a commit, read from the object store.
pub(super) fn commit_author(
    repo: &gix::Repository,
    id: &ObjectId,
    buf: &mut Vec<u8>,
) -> Result<(Signature, Vec<u8>), GitError> {
    let data = repo
        .objects
        .try_find(id, buf)
        .map_err(|e| GitError::Other(format!("cannot read commit {id}: {e}")))?
        .ok_or_else(|| GitError::MissingObjects {
            what: format!("commit {id}"),
        })?;
    let c = gix::objs::CommitRef::from_bytes(data.data, data.object_hash)
        .map_err(|e| GitError::Other(format!("commit {id}: cannot decode: {e}")))?;
    let author = c
        .author()
        .map(|a| signature(&a))
        .unwrap_or_else(|_| Signature {
            name: String::new(),
            email: String::new(),
            date: String::new(),
        });
    Ok((author, c.message.to_vec()))
}

/// `seconds` since the epoch at `offset` seconds east of UTC, as RFC 3339 with that offset.
pub(super) fn rfc3339(seconds: i64, offset: i32) -> String {
    let local = seconds + i64::from(offset);
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let sign = if offset < 0 { '-' } else { '+' };
    let off = offset.unsigned_abs();
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60,
        off / 3600,
        off % 3600 / 60
    )
}

/// Proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::rfc3339;

    #[test]
    fn dates_are_rfc3339_in_the_authors_offset() {
        assert_eq!(rfc3339(0, 0), "1970-01-01T00:00:00+00:00");
        assert_eq!(rfc3339(1_704_164_645, 0), "2024-01-02T03:04:05+00:00");
        assert_eq!(rfc3339(1_704_164_645, 3600), "2024-01-02T04:04:05+01:00");
        assert_eq!(
            rfc3339(1_704_164_645, -5 * 3600 - 1800),
            "2024-01-01T21:34:05-05:30"
        );
        assert_eq!(rfc3339(951_782_400, 0), "2000-02-29T00:00:00+00:00");
    }
}
