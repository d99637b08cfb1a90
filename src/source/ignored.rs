//! Which walked paths `.gitignore` excludes, judged here rather than by the walker for two
//! reasons:
//!
//! - What git tracks is never ignored: `.gitignore` only keeps untracked files out of `git add`,
//!   so a tracked file that a pattern also matches is still committed and pushed, secrets and all.
//!   The tracked paths come from the index (read by the git source: [`Tracked`]).
//! - Every ignored path is counted, and the scan can name the ignored `.env*` files: a user must
//!   be able to tell "nothing found" from "not looked at".
//!
//! The rules are git's: `.gitignore` in each directory from the path's up to the work tree root
//! (the deepest that matches decides, `!pattern` re-includes), then `$GIT_DIR/info/exclude`, then
//! `core.excludesFile`. An ignored directory is not entered, unless git tracks something inside it;
//! then only what it tracks there is scanned. `.gitignore` files come from the scanned tree and are
//! read with a bound, like every untrusted input.
//!
//! May import: nothing of this crate but `limits`.

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use ignore::Match;
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

/// What git tracks in one work tree: the index's paths, and every directory above one.
#[derive(Debug, Clone, Default)]
pub struct Tracked {
    /// The work tree root, absolute.
    pub work_tree: PathBuf,
    /// The git directory (`info/exclude` lives there).
    pub git_dir: PathBuf,
    /// Paths relative to the work tree, with `/` separators.
    pub files: HashSet<String>,
    pub dirs: HashSet<String>,
}

impl Tracked {
    /// Builds the directory set from the tracked paths.
    pub fn new(work_tree: PathBuf, git_dir: PathBuf, files: HashSet<String>) -> Tracked {
        let mut dirs = HashSet::new();
        for f in &files {
            let mut rest = f.as_str();
            while let Some(i) = rest.rfind('/') {
                rest = &rest[..i];
                if !dirs.insert(rest.to_string()) {
                    break;
                }
            }
        }
        Tracked {
            work_tree,
            git_dir,
            files,
            dirs,
        }
    }

    fn holds(&self, rel: &str) -> bool {
        self.files.contains(rel) || self.dirs.contains(rel)
    }
}

/// One work tree's ignore rules, loaded as the walk reaches each directory.
#[derive(Debug)]
struct WorkTree {
    tracked: Tracked,
    /// `info/exclude`, then `core.excludesFile`: below every `.gitignore`.
    fallbacks: Vec<Gitignore>,
    per_dir: RwLock<HashMap<PathBuf, Option<Arc<Gitignore>>>>,
}

/// Judges walked entries against git's ignore rules and remembers what it left out.
#[derive(Debug)]
pub struct GitIgnoreFilter {
    trees: Vec<WorkTree>,
    /// Ignored directories entered only because git tracks something inside them.
    entered_ignored: RwLock<HashSet<PathBuf>>,
    ignored: Mutex<Vec<PathBuf>>,
}

impl GitIgnoreFilter {
    pub fn new(trees: Vec<Tracked>) -> GitIgnoreFilter {
        let trees = trees
            .into_iter()
            .map(|t| {
                let mut fallbacks = Vec::new();
                if let Some(gi) = load(&t.work_tree, &t.git_dir.join("info").join("exclude")) {
                    fallbacks.push(gi);
                }
                let (global, _) = Gitignore::global();
                fallbacks.push(global);
                WorkTree {
                    tracked: t,
                    fallbacks,
                    per_dir: RwLock::new(HashMap::new()),
                }
            })
            .collect();
        GitIgnoreFilter {
            trees,
            entered_ignored: RwLock::new(HashSet::new()),
            ignored: Mutex::new(Vec::new()),
        }
    }

    /// Whether the walk keeps `path` (as the walker names it); an entry left out is remembered.
    pub fn keep(&self, path: &Path, is_dir: bool) -> bool {
        let abs = lexical_absolute(path);
        let Some(tree) = self
            .trees
            .iter()
            .filter(|t| abs.starts_with(&t.tracked.work_tree))
            .max_by_key(|t| t.tracked.work_tree.as_os_str().len())
        else {
            return true;
        };
        let Ok(rel) = abs.strip_prefix(&tree.tracked.work_tree) else {
            return true;
        };
        let rel = rel
            .to_string_lossy()
            .replace(std::path::MAIN_SEPARATOR, "/");
        let tracked = tree.tracked.holds(&rel);
        let in_entered = abs
            .parent()
            .is_some_and(|p| read(&self.entered_ignored).contains(p));
        if !in_entered && !tree.ignores(&abs, is_dir) {
            return true;
        }
        if tracked {
            if is_dir {
                write(&self.entered_ignored).insert(abs);
            }
            return true;
        }
        if let Ok(mut v) = self.ignored.lock() {
            v.push(path.to_path_buf());
        }
        false
    }

    /// The entries left out so far, in walk order (which varies between runs: sort if it matters).
    pub fn take_ignored(&self) -> Vec<PathBuf> {
        self.ignored
            .lock()
            .map(|mut v| std::mem::take(&mut *v))
            .unwrap_or_default()
    }
}

impl WorkTree {
    fn ignores(&self, abs: &Path, is_dir: bool) -> bool {
        let mut dir = abs.parent();
        while let Some(d) = dir {
            if !d.starts_with(&self.tracked.work_tree) {
                break;
            }
            if let Some(gi) = self.gitignore_of(d) {
                match gi.matched(abs, is_dir) {
                    Match::Ignore(_) => return true,
                    Match::Whitelist(_) => return false,
                    Match::None => {}
                }
            }
            dir = d.parent();
        }
        for gi in &self.fallbacks {
            match gi.matched_path_or_any_parents(abs, is_dir) {
                Match::Ignore(_) => return true,
                Match::Whitelist(_) => return false,
                Match::None => {}
            }
        }
        false
    }

    fn gitignore_of(&self, dir: &Path) -> Option<Arc<Gitignore>> {
        if let Some(known) = read(&self.per_dir).get(dir) {
            return known.clone();
        }
        let loaded = load(dir, &dir.join(".gitignore")).map(Arc::new);
        write(&self.per_dir).insert(dir.to_path_buf(), loaded.clone());
        loaded
    }
}

/// The patterns of the ignore file at `file`, relative to `root`; none if it does not exist. A
/// file that is not a regular one or is over the input bound is left unread: more is scanned,
/// never less.
fn load(root: &Path, file: &Path) -> Option<Gitignore> {
    if !file.is_file() {
        return None;
    }
    let text = crate::limits::read_input_file(file, "ignore file").ok()?;
    let mut b = GitignoreBuilder::new(root);
    for line in text.lines() {
        let _ = b.add_line(Some(file.to_path_buf()), line);
    }
    b.build().ok()
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `path` made absolute with `.` and `..` resolved by name (`a/../b` is `b`).
pub fn lexical_absolute(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracked_directories_are_every_parent() {
        let t = Tracked::new(
            PathBuf::from("/w"),
            PathBuf::from("/w/.git"),
            ["a/b/c.txt".to_string(), "a/d.txt".to_string()].into(),
        );
        assert!(t.holds("a") && t.holds("a/b") && t.holds("a/b/c.txt"));
        assert!(!t.holds("b") && !t.holds("a/b/c"));
    }
}
