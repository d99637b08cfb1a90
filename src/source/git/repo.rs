//! Opening a repository, and the few questions the commands ask of it (where its work tree and
//! hooks are, whether it has an object, what a revision names), so that gix stays in this module.

use super::GitError;
use crate::blob::BlobId;
use std::path::{Path, PathBuf};

/// An open repository.
pub struct Repo {
    pub(super) repo: gix::Repository,
}

impl Repo {
    /// The repository holding `path` (work tree, linked worktree or bare).
    pub fn discover(path: &Path) -> Result<Repo, GitError> {
        let repo = gix::discover(path).map_err(|e| GitError::NotARepository {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        Ok(Repo { repo })
    }

    /// The repository holding `dir`, honouring `GIT_DIR` and `GIT_INDEX_FILE` as git sets them
    /// for hooks (a `git commit -a` hook sees a temporary index).
    pub fn discover_for_hook(dir: &Path) -> Result<Repo, GitError> {
        let repo = gix::discover_with_environment_overrides(dir).map_err(|e| {
            GitError::Other(format!("{}: not in a git repository ({e})", dir.display()))
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
