//! The data every stage shares: content ([`Blob`]), its identity ([`BlobId`]), where it was seen
//! ([`Provenance`]) and what went wrong along the way ([`Warning`]).
//!
//! Content and provenance are kept apart so that one blob that sits in many commits or paths is
//! matched once and then reported at every place it was seen.
//!
//! May import: nothing of this crate.

use serde::Serialize;
use sha1::{Digest, Sha1};
use std::fmt;

/// A git object id (SHA-1) of blob content (or of a commit, for its message), as 20 raw bytes.
///
/// Git sources know it for free; for files on disk it is computed only where it pays (a finding),
/// since hashing every file costs more than matching it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlobId(pub [u8; 20]);

impl BlobId {
    /// The id git gives `bytes` as a blob: SHA-1 of `"blob <len>\0"` followed by the content.
    pub fn of_content(bytes: &[u8]) -> BlobId {
        let mut hasher = Sha1::new();
        hasher.update(format!("blob {}\0", bytes.len()).as_bytes());
        hasher.update(bytes);
        BlobId(hasher.finalize().into())
    }

    /// A hasher for content of `size` bytes read piece by piece (content too large to hold).
    /// Every byte of a file over one window is hashed as it is read, findings or not: the
    /// `sha1` crate uses the processor's SHA instructions where it has them (2.5x the
    /// throughput of the portable `sha1_smol` it replaces, measured on 143 MiB).
    pub fn hasher(size: u64) -> IdHasher {
        let mut hasher = Sha1::new();
        hasher.update(format!("blob {size}\0").as_bytes());
        IdHasher {
            hasher,
            expected: size,
            seen: 0,
        }
    }

    pub fn to_hex(&self) -> String {
        let mut s = String::with_capacity(40);
        for b in self.0 {
            s.push_str(&format!("{b:02x}"));
        }
        s
    }
}

/// The [`BlobId`] of content fed in pieces; the id is known only if the content had the size
/// announced (a file that changed while it was read has none).
pub struct IdHasher {
    hasher: Sha1,
    expected: u64,
    seen: u64,
}

impl IdHasher {
    pub fn update(&mut self, bytes: &[u8]) {
        self.seen += bytes.len() as u64;
        self.hasher.update(bytes);
    }

    pub fn finish(&self) -> Option<BlobId> {
        (self.seen == self.expected).then(|| BlobId(self.hasher.clone().finalize().into()))
    }
}

impl fmt::Display for BlobId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for BlobId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BlobId({})", self.to_hex())
    }
}

impl Serialize for BlobId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

/// Who made a commit, and when (as git records it: seconds since the epoch, offset in minutes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Signature {
    pub name: String,
    pub email: String,
    /// RFC 3339 date with the author's own offset, e.g. `2024-01-02T03:04:05+01:00`.
    pub date: String,
}

/// Which part of a git object a blob of text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum GitObjectPart {
    /// A file's content at a path.
    File,
    /// The message of a commit.
    CommitMessage,
    /// The message of an annotated tag.
    TagMessage,
}

/// Where a blob was seen. Paths are relative to the repository or scan root, with `/` separators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Provenance {
    /// A file on disk. `path` is relative to the report base (the work tree holding the first
    /// scanned path, else that path): the stable key that `exclude_paths`, `allow.paths`, the
    /// baseline and SARIF use, whatever directory leakgate ran from. `shown` is the path as the
    /// user typed it (`scan /usr/share` shows `/usr/share/doc/…`, as `rg` does), when it differs.
    File {
        path: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        shown: Option<String>,
    },
    /// Content that a commit introduced: a file at `path`, or the commit's own message.
    Commit {
        commit: String,
        path: String,
        part: GitObjectPart,
        author: Signature,
        /// Set when the commit is reachable from no ref (amended away, dropped, dangling).
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        unreachable: bool,
        /// Set when HEAD's tree still holds this blob (at this path or another): the secret is
        /// in what a checkout gives today, not only in history.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        in_head: bool,
    },
    /// The message of an annotated tag.
    Tag {
        tag: String,
        name: String,
        tagger: Option<Signature>,
    },
    /// A blob in the object store that no commit reachable or dangling refers to.
    Unreachable { blob: String },
    /// What the index holds for `path`, about to be committed.
    Staged { path: String },
    /// Standard input.
    Stdin,
}

impl Provenance {
    /// The path a reporter should show, or a pseudo-path for content that has none.
    pub fn path(&self) -> &str {
        match self {
            Provenance::File { path, .. } | Provenance::Staged { path } => path,
            Provenance::Commit { path, .. } => path,
            Provenance::Tag { name, .. } => name,
            Provenance::Unreachable { blob } => blob,
            Provenance::Stdin => "<stdin>",
        }
    }

    /// The path a person reads: a file as the user typed it (see [`Provenance::File`]), else
    /// [`Provenance::path`].
    pub fn shown_path(&self) -> &str {
        match self {
            Provenance::File {
                shown: Some(shown), ..
            } => shown,
            _ => self.path(),
        }
    }

    /// The commit (or tag object) id this content is attributed to, if any.
    pub fn commit(&self) -> Option<&str> {
        match self {
            Provenance::Commit { commit, .. } => Some(commit),
            Provenance::Tag { tag, .. } => Some(tag),
            _ => None,
        }
    }

    /// A key that orders provenances deterministically for output.
    pub fn sort_key(&self) -> (&str, &str) {
        (self.path(), self.commit().unwrap_or(""))
    }
}

/// Content to scan, borrowed from whatever buffer the source read it into.
#[derive(Clone, Copy, Debug)]
pub struct Blob<'a> {
    /// The git object id, where the source knows it without hashing (git sources).
    pub id: Option<BlobId>,
    pub bytes: &'a [u8],
}

/// A problem with one input that did not stop the scan.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    pub path: String,
    pub message: String,
    /// Whether content went unscanned because of it (decides exit code 2 when nothing is found).
    pub lost_coverage: bool,
}

impl Warning {
    /// A warning about content that was not judged: the scan exits 2 unless something is found.
    pub fn lost(path: impl Into<String>, message: impl Into<String>) -> Warning {
        Warning {
            path: path.into(),
            message: message.into(),
            lost_coverage: true,
        }
    }

    /// A note that changes nothing about what was covered.
    pub fn note(path: impl Into<String>, message: impl Into<String>) -> Warning {
        Warning {
            path: path.into(),
            message: message.into(),
            lost_coverage: false,
        }
    }
}
