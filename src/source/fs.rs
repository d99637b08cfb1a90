//! Files on disk: the walk (honouring .gitignore, including hidden files, never entering `.git`),
//! and reading each file into a reused buffer for a visitor. Files are read, never memory-mapped:
//! a mapped file truncated while it is scanned kills the process with SIGBUS.

use crate::blob::{Provenance, Warning};
use crate::source::ignored::{lexical_absolute, GitIgnoreFilter};
use crate::source::{BlobVisitor, Origin, VisitorFactory};
use ignore::{ParallelVisitor, ParallelVisitorBuilder, WalkBuilder, WalkParallel, WalkState};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What governs the walk.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    pub no_ignore: bool,
    pub follow_symlinks: bool,
    pub threads: usize,
    /// The most that is read of one file: the file size limit. A file that grows past it while
    /// it is read, or a pipe or device named on the command line (whose size is unknown until
    /// read), is read one byte further, so the visitor sees that it is over the limit.
    pub max_read: u64,
    /// No path was typed (the current directory is scanned): paths are shown without the `./`
    /// prefix, as `rg` shows them.
    pub implicit_root: bool,
    /// Inside git work trees: git's ignore rules, judged with the index so that tracked files are
    /// never ignored, and every ignored path counted (see `source::ignored`). Without it the
    /// walker applies `.gitignore` itself.
    pub git_ignore: Option<Arc<GitIgnoreFilter>>,
}

/// A parallel walk of `roots`. Hidden files are scanned (`.env`, `.aws/` and `.npmrc` are where
/// keys live); `.git/` is never entered, its content is the git source's business. `.gitignore`
/// files count only inside a git work tree, as git itself reads them.
pub fn walker(roots: &[PathBuf], opts: &WalkOptions) -> WalkParallel {
    let mut b = WalkBuilder::new(&roots[0]);
    for r in &roots[1..] {
        b.add(r);
    }
    b.hidden(false)
        .follow_links(opts.follow_symlinks)
        .threads(opts.threads)
        .add_custom_ignore_filename(".leakgateignore")
        .filter_entry(|e| e.file_name() != ".git");
    if let (Some(filter), false) = (&opts.git_ignore, opts.no_ignore) {
        let filter = Arc::clone(filter);
        b.git_ignore(false)
            .git_exclude(false)
            .git_global(false)
            .filter_entry(move |e| {
                e.file_name() != ".git"
                    && (e.depth() == 0
                        || filter.keep(e.path(), e.file_type().is_some_and(|t| t.is_dir())))
            });
    }
    if opts.no_ignore {
        b.ignore(false)
            .git_ignore(false)
            .git_global(false)
            .git_exclude(false)
            .parents(false);
    }
    b.build_parallel()
}

/// Walks `roots` and hands every file, at its path relative to `base`, to visitors that
/// `factory` makes (one per walking thread). Roots that cannot be read are warnings. Returns the
/// paths `opts.git_ignore` left out (as shown, sorted).
pub fn walk(
    roots: &[PathBuf],
    base: &Path,
    opts: &WalkOptions,
    factory: &dyn VisitorFactory,
) -> Vec<String> {
    let mut first = factory.visitor();
    let mut walk_roots = Vec::new();
    for root in roots {
        match std::fs::metadata(root) {
            Ok(m) if m.is_file() || m.is_dir() => walk_roots.push(root.clone()),
            // A pipe or device the user named (`scan <(…)`, `/dev/stdin`): read, not skipped,
            // at the path as the user typed it.
            Ok(_) => {
                let origin = Origin::Placed(Provenance::File {
                    path: root.display().to_string(),
                    shown: None,
                });
                hand_over(root, origin, opts.max_read, first.as_mut());
            }
            Err(e) => first.warn(Warning::lost(
                root.display().to_string(),
                format!("cannot scan: {e}"),
            )),
        }
    }
    drop(first);
    if walk_roots.is_empty() {
        return Vec::new();
    }
    let mut builder = Builder {
        factory,
        base,
        max_read: opts.max_read,
        implicit_root: opts.implicit_root,
    };
    walker(&walk_roots, opts).visit(&mut builder);
    let mut ignored: Vec<String> = opts
        .git_ignore
        .as_ref()
        .map(|f| f.take_ignored())
        .unwrap_or_default()
        .iter()
        .map(|p| shown_path(p, opts.implicit_root))
        .collect();
    ignored.sort();
    ignored
}

struct Builder<'f> {
    factory: &'f dyn VisitorFactory,
    base: &'f Path,
    max_read: u64,
    implicit_root: bool,
}

impl<'s> ParallelVisitorBuilder<'s> for Builder<'s> {
    fn build(&mut self) -> Box<dyn ParallelVisitor + 's> {
        Box::new(FileVisitor {
            visitor: self.factory.visitor(),
            base: self.base,
            max_read: self.max_read,
            implicit_root: self.implicit_root,
        })
    }
}

struct FileVisitor<'f> {
    visitor: Box<dyn BlobVisitor + Send + 'f>,
    base: &'f Path,
    max_read: u64,
    implicit_root: bool,
}

impl ParallelVisitor for FileVisitor<'_> {
    fn visit(&mut self, entry: Result<ignore::DirEntry, ignore::Error>) -> WalkState {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = walk_error_path(&err)
                    .map(|p| shown_path(&p, self.implicit_root))
                    .unwrap_or_default();
                self.visitor.warn(Warning::lost(
                    path,
                    format!("cannot walk: {}", walk_error_message(&err)),
                ));
                return WalkState::Continue;
            }
        };
        let Some(ft) = entry.file_type() else {
            return WalkState::Continue;
        };
        if !ft.is_file() {
            // Directories are walked; symlinks are only followed when asked (then they arrive as
            // their targets' types); FIFOs, sockets and devices met in a walk are never read (a
            // FIFO would block, a device never end), but named, so the skip is visible.
            if !ft.is_dir() && !ft.is_symlink() {
                let path = self.rel(entry.path());
                self.visitor.warn(Warning::note(
                    path,
                    "skipped: not a regular file (name it on the command line to read it)",
                ));
            }
            return WalkState::Continue;
        }
        self.file(entry.path());
        WalkState::Continue
    }
}

impl FileVisitor<'_> {
    fn rel(&self, path: &Path) -> String {
        relative_path(&lexical_absolute(path), self.base)
    }

    fn file(&mut self, path: &Path) {
        let key = self.rel(path);
        let shown = shown_path(path, self.implicit_root);
        let origin = Origin::Placed(Provenance::File {
            shown: (shown != key).then_some(shown),
            path: key,
        });
        hand_over(path, origin, self.max_read, self.visitor.as_mut());
    }
}

fn walk_error_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_path(err)
        }
        _ => None,
    }
}

fn walk_error_message(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => walk_error_message(err),
        other => other.to_string(),
    }
}

/// Reads `path` and hands it to `visitor` at `origin`, if the visitor admits its size (a pipe or
/// device reports none, and is read all the same). Reads to the end (a file that shrank is read as
/// it is; one whose size the file system does not report, as in /proc, is read all the same), but
/// never past the limit and one byte, so the visitor sees that a file grew past it. The visitor
/// reads large files a window at a time.
fn hand_over(path: &Path, origin: Origin, max: u64, visitor: &mut dyn BlobVisitor) {
    let read = File::open(path).and_then(|file| {
        let len = file.metadata()?.len();
        if !visitor.admit(&origin, len) {
            return Ok(());
        }
        let mut limited = file.take(max.saturating_add(1));
        visitor.visit_reader(origin.clone(), Some(len), &mut limited)
    });
    if let Err(e) = read {
        visitor.warn(Warning::lost(origin.path(), format!("cannot read: {e}")));
    }
}

/// A walked path as the user typed its root, with `/` separators (`rg`'s rule): `scan /usr/share`
/// shows `/usr/share/doc/…`, `scan .` shows `./a.env`, and `scan` with no path shows `a.env`.
fn shown_path(path: &Path, implicit_root: bool) -> String {
    let path = if implicit_root {
        path.strip_prefix(".").unwrap_or(path)
    } else {
        path
    };
    let s = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR != '/' {
        s.replace(std::path::MAIN_SEPARATOR, "/")
    } else {
        s.into_owned()
    }
}

/// A display path relative to `base`, with `/` separators.
pub fn relative_path(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    let rel = rel.strip_prefix("./").unwrap_or(rel);
    let s = rel.to_string_lossy();
    let s = if std::path::MAIN_SEPARATOR != '/' {
        s.replace(std::path::MAIN_SEPARATOR, "/")
    } else {
        s.into_owned()
    };
    if s.is_empty() {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| ".".into())
    } else {
        s
    }
}

/// The directory paths are reported relative to: the work tree holding the first root if there
/// is one (so SARIF paths match the repository), else the root itself when it is a directory,
/// else the current directory.
pub fn report_base(root: &Path) -> PathBuf {
    let abs = lexical_absolute(root);
    let mut dir = if abs.is_dir() {
        abs.clone()
    } else {
        abs.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    loop {
        if dir.join(".git").exists() {
            return dir;
        }
        if !dir.pop() {
            break;
        }
    }
    if abs.is_dir() {
        abs
    } else {
        std::env::current_dir().unwrap_or_default()
    }
}
