//! Files on disk: the walk (honouring .gitignore, including hidden files, never entering `.git`),
//! and reading one file into memory.

use ignore::{WalkBuilder, WalkParallel};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files at least this large are memory-mapped rather than read into the reused buffer.
pub const MMAP_THRESHOLD: u64 = 1 << 20;
/// Bytes examined for a NUL when deciding whether content is binary.
const BINARY_PROBE: usize = 8192;

/// What governs the walk.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    pub no_ignore: bool,
    pub follow_symlinks: bool,
    pub threads: usize,
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
    if opts.no_ignore {
        b.ignore(false)
            .git_ignore(false)
            .git_global(false)
            .git_exclude(false)
            .parents(false);
    }
    b.build_parallel()
}

/// Content read from a file: either the caller's reused buffer or a memory map.
pub enum FileContent {
    Buffered,
    Mapped(memmap2::Mmap),
}

/// What reading a file produced.
pub enum ReadOutcome {
    Content(FileContent),
    TooLarge(u64),
}

/// Reads `path` into `buf` (small files) or maps it (large ones); refuses files over `max`.
pub fn read_file(path: &Path, max: u64, buf: &mut Vec<u8>) -> std::io::Result<ReadOutcome> {
    let file = File::open(path)?;
    let len = file.metadata()?.len();
    if len > max {
        return Ok(ReadOutcome::TooLarge(len));
    }
    if len >= MMAP_THRESHOLD {
        // SAFETY: the map is read-only and lives only while this file is scanned. A file truncated
        // underneath us could fault; files that large are rare and scanned once.
        let map = unsafe { memmap2::Mmap::map(&file)? };
        return Ok(ReadOutcome::Content(FileContent::Mapped(map)));
    }
    buf.clear();
    (&file).take(max + 1).read_to_end(buf)?;
    if buf.len() as u64 > max {
        return Ok(ReadOutcome::TooLarge(buf.len() as u64));
    }
    Ok(ReadOutcome::Content(FileContent::Buffered))
}

/// Whether content looks binary: a NUL byte near the start, as git and ripgrep decide.
pub fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE)]).is_some()
}

/// If `bytes` is UTF-16 text with a byte-order mark, its UTF-8 transcoding.
pub fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
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
    let abs = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
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
