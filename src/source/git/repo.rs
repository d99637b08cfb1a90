//! Opening a repository, and the few questions the commands ask of it (where its work tree and
//! hooks are, whether it has an object, what a revision names), so that gix stays in this module.

use super::GitError;
use crate::blob::BlobId;
use std::path::{Path, PathBuf};

/// An open repository.
pub struct Repo {
    pub(super) repo: gix::Repository,
}

/// Why `path` could not be opened: an unsupported repository format by name, else not a repository.
fn not_a_repository(path: &Path, e: impl std::fmt::Display) -> GitError {
    unsupported_format(path).unwrap_or_else(|| GitError::NotARepository {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

impl Repo {
    /// The repository holding `path` (work tree, linked worktree or bare).
    pub fn discover(path: &Path) -> Result<Repo, GitError> {
        let repo = gix::discover(path).map_err(|e| not_a_repository(path, e))?;
        Ok(Repo { repo })
    }

    /// The repository at exactly `path` (its work tree or git directory), without looking in the
    /// directories above: a sweep names each repository, and a listed directory that is not one
    /// must be an error, not its parent's repository.
    pub fn open(path: &Path) -> Result<Repo, GitError> {
        let repo = gix::open(path).map_err(|e| not_a_repository(path, e))?;
        Ok(Repo { repo })
    }

    /// Every ref that points at an object directly, and HEAD, as sorted `oid\tref` lines (what
    /// a sweep compares to decide whether a repository changed since its last scan).
    pub fn ref_tips(&self) -> Result<Vec<String>, GitError> {
        let err = |e: &dyn std::fmt::Display| GitError::Other(format!("cannot read refs: {e}"));
        let platform = self.repo.references().map_err(|e| err(&e))?;
        let mut lines = Vec::new();
        for r in platform.all().map_err(|e| err(&e))? {
            let r = r.map_err(|e| err(&e))?;
            if let Some(id) = r.target().try_id() {
                lines.push(format!("{id}\t{}", r.name().as_bstr()));
            }
        }
        if let Ok(head) = self.repo.head_id() {
            lines.push(format!("{head}\tHEAD"));
        }
        lines.sort();
        Ok(lines)
    }

    /// The repository holding `dir`, honouring `GIT_DIR` and `GIT_INDEX_FILE` as git sets them
    /// for hooks (a `git commit -a` hook sees a temporary index).
    pub fn discover_for_hook(dir: &Path) -> Result<Repo, GitError> {
        let repo = gix::discover_with_environment_overrides(dir).map_err(|e| {
            let git_dir = std::env::var_os("GIT_DIR").map(PathBuf::from);
            git_dir
                .as_deref()
                .and_then(|g| object_format_of(g, g))
                .or_else(|| unsupported_format(dir))
                .unwrap_or_else(|| {
                    GitError::Other(format!("{}: not in a git repository ({e})", dir.display()))
                })
        })?;
        Ok(Repo { repo })
    }

    /// The work tree root (where configuration is looked up and paths are relative to), or the
    /// git directory of a bare repository.
    pub fn work_dir(&self) -> PathBuf {
        self.repo
            .workdir()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.repo.git_dir().to_path_buf())
    }

    pub fn is_bare(&self) -> bool {
        self.repo.workdir().is_none()
    }

    /// Whether the object store holds the object with hex id `oid`.
    pub fn has_object(&self, oid: &str) -> bool {
        gix::ObjectId::from_hex(oid.as_bytes()).is_ok_and(|id| self.repo.has_object(id))
    }

    /// Whether `name` is a configured remote (`remote.<name>.*`).
    pub fn is_remote(&self, name: &str) -> bool {
        self.repo
            .remote_names()
            .iter()
            .any(|n| n.as_slice() == name.as_bytes())
    }

    /// The hex id of the object a revision names.
    pub fn resolve(&self, spec: &str) -> Result<String, GitError> {
        self.repo
            .rev_parse_single(spec)
            .map(|id| id.detach().to_string())
            .map_err(|e| GitError::UnknownRevision {
                rev: spec.to_string(),
                message: e.to_string(),
            })
    }

    /// The content of the file `name` at the root of HEAD's tree, for a repository without a work
    /// tree (a bare or mirror clone keeps its `.leakgate.yaml` only there). `None` when HEAD is
    /// unborn or has no such file; an error when it is not a regular file or is over `cap` bytes
    /// (checked from the object header, before anything is read).
    pub fn head_file(&self, name: &str, cap: u64) -> Result<Option<Vec<u8>>, GitError> {
        let at = |what: &str, e: &dyn std::fmt::Display| {
            GitError::Other(format!("HEAD:{name}: {what}: {e}"))
        };
        let repo = &self.repo;
        let mut head = repo.head().map_err(|e| at("cannot read HEAD", &e))?;
        if head.is_unborn() {
            return Ok(None);
        }
        let commit = head
            .peel_to_commit()
            .map_err(|e| at("cannot resolve HEAD to a commit", &e))?;
        let tree = commit
            .tree()
            .map_err(|e| at("cannot read HEAD's tree", &e))?;
        let Some(entry) = tree.find_entry(name) else {
            return Ok(None);
        };
        let mode = entry.mode();
        if !mode.is_blob() || mode.is_link() {
            return Err(GitError::Other(format!(
                "HEAD:{name}: not a regular file; pass --config FILE or --isolated"
            )));
        }
        let id = entry.object_id();
        let header = repo
            .find_header(id)
            .map_err(|e| at("cannot read the object", &e))?;
        if header.size() > cap {
            return Err(GitError::Other(format!(
                "HEAD:{name}: {} bytes is over the {cap}-byte limit for configuration files",
                header.size()
            )));
        }
        let blob = repo
            .find_blob(id)
            .map_err(|e| at("cannot read the object", &e))?;
        Ok(Some(blob.data.clone()))
    }

    /// The directory git runs this repository's hooks from (honours `core.hooksPath`).
    pub fn hooks_dir(&self) -> Result<PathBuf, GitError> {
        let repo = &self.repo;
        let configured = repo
            .config_snapshot()
            .trusted_path("core.hooksPath")
            .map_err(|e| GitError::Other(format!("core.hooksPath: {e}")))?;
        Ok(match configured {
            Some(p) if p.is_absolute() => p,
            Some(p) => match repo.workdir() {
                Some(w) => w.join(p),
                None => repo.git_dir().join(p),
            },
            None => repo.common_dir().join("hooks"),
        })
    }
}

/// Why the repository holding `path` cannot be opened, when it is one whose object format
/// leakgate does not read (SHA-256): gix's own error for it reads as "not a repository".
fn unsupported_format(path: &Path) -> Option<GitError> {
    let start = std::path::absolute(path).ok()?;
    for dir in start.ancestors() {
        let dot_git = dir.join(".git");
        let git_dir = if dot_git.is_dir() {
            dot_git
        } else if dot_git.is_file() {
            // A linked worktree or submodule: `gitdir: <path>`.
            let text = std::fs::read_to_string(&dot_git).ok()?;
            let target = PathBuf::from(text.trim().strip_prefix("gitdir:")?.trim());
            let target = if target.is_absolute() {
                target
            } else {
                dir.join(target)
            };
            // A linked worktree's configuration lives in the common directory.
            match std::fs::read_to_string(target.join("commondir")) {
                Ok(common) => target.join(common.trim()),
                Err(_) => target,
            }
        } else if dir.join("HEAD").is_file() && dir.join("objects").is_dir() {
            dir.to_path_buf() // bare
        } else {
            continue;
        };
        return object_format_of(&git_dir, path);
    }
    None
}

/// The error for a git directory whose `extensions.objectFormat` is not SHA-1, if it is one;
/// `shown` is the path the message names.
fn object_format_of(git_dir: &Path, shown: &Path) -> Option<GitError> {
    let config = std::fs::read_to_string(git_dir.join("config")).ok()?;
    let mut in_extensions = false;
    for line in config.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_extensions = line
                .trim_start_matches('[')
                .trim_end_matches(']')
                .trim()
                .eq_ignore_ascii_case("extensions");
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let value = value.trim().trim_matches('"');
        if in_extensions
            && key.trim().eq_ignore_ascii_case("objectformat")
            && !value.eq_ignore_ascii_case("sha1")
        {
            let name = if value.eq_ignore_ascii_case("sha256") {
                "SHA-256".to_string()
            } else {
                format!("`{value}`")
            };
            return Some(GitError::Unsupported(format!(
                "{}: {name} object format is not supported (extensions.objectFormat = {value}); \
                 leakgate reads SHA-1 repositories only",
                shown.display()
            )));
        }
    }
    None
}

/// The [`BlobId`] of a git object id (the first 20 bytes: SHA-1 repositories only are read).
pub(super) fn blob_id(id: &gix::oid) -> BlobId {
    let mut b = [0u8; 20];
    let bytes = id.as_bytes();
    let n = bytes.len().min(20);
    b[..n].copy_from_slice(&bytes[..n]);
    BlobId(b)
}

/// The git object id of a [`BlobId`].
pub(super) fn object_id(id: &BlobId) -> gix::ObjectId {
    gix::ObjectId::Sha1(id.0)
}
