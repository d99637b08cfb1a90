//! What git tracks in the work tree holding a path: the index's paths, so that the file walk never
//! treats a tracked file as ignored (see `source::ignored`).

use super::{GitError, Repo};
use crate::source::ignored::Tracked;
use gix::bstr::ByteSlice;
use std::collections::HashSet;
use std::path::Path;

/// The tracked paths of the work tree holding `path`; `None` outside a work tree (a bare
/// repository or no repository: `.gitignore` does not apply there).
pub fn tracked(path: &Path) -> Result<Option<Tracked>, GitError> {
    let Ok(repo) = Repo::discover(path) else {
        return Ok(None);
    };
    let repo = &repo.repo;
    let Some(work_tree) = repo.workdir() else {
        return Ok(None);
    };
    let index = repo
        .index_or_empty()
        .map_err(|e| GitError::Other(format!("cannot read the index: {e}")))?;
    let files: HashSet<String> = index
        .entries()
        .iter()
        .map(|e| e.path(&index).to_str_lossy().into_owned())
        .collect();
    let work_tree = crate::source::ignored::lexical_absolute(work_tree);
    let git_dir = crate::source::ignored::lexical_absolute(repo.git_dir());
    Ok(Some(Tracked::new(work_tree, git_dir, files)))
}
