//! Limits on untrusted input: configuration, rule, baseline and gitleaks files come from the
//! scanned repository as often as from the user, so they are read with bounds, and what error
//! messages quote from them is masked.
//!
//! - [`read_input_file`]: regular files only (a symlink is followed, then its target must be a
//!   regular file: never a FIFO, which would hang, a device such as `/dev/zero`, which never
//!   ends, or a directory), at most [`MAX_INPUT_FILE`] bytes, read with a bound so that a file
//!   growing while it is read is still refused.
//! - [`mask_secrets`] and [`mask_excerpt`]: what an error message may quote from such a file.

use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

/// The largest configuration, rule, baseline or gitleaks file read: 4 MiB, far beyond any real
/// one (the whole built-in catalogue is a few hundred KiB).
pub const MAX_INPUT_FILE: u64 = 4 << 20;

/// `O_NONBLOCK`, so that opening a FIFO swapped in after the type check cannot hang; it does not
/// change reads of regular files.
#[cfg(any(target_os = "linux", target_os = "android"))]
const O_NONBLOCK: i32 = 0o4000;
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd",
    target_os = "dragonfly"
))]
const O_NONBLOCK: i32 = 0x0004;

/// What a non-regular file is, in words.
fn kind_of(meta: &Metadata) -> &'static str {
    let ft = meta.file_type();
    if ft.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO";
        }
        if ft.is_char_device() {
            return "a character device";
        }
        if ft.is_block_device() {
            return "a block device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(any(
        target_os = "linux",
        target_os = "android",
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd",
        target_os = "netbsd",
        target_os = "openbsd",
        target_os = "dragonfly"
    ))]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(O_NONBLOCK);
    }
    opts.open(path)
}

/// Reads `path`, a `what` ("configuration", "rule file", ...), as UTF-8 text of at most `cap`
/// bytes. Errors are one line naming the file: `PATH: cannot read WHAT: WHY`.
pub fn read_bounded(path: &Path, what: &str, cap: u64) -> Result<String, String> {
    let fail = |why: String| format!("{}: cannot read {what}: {why}", path.display());
    let refuse = |meta: &Metadata| fail(format!("{} (only regular files are read)", kind_of(meta)));
    // Checked before opening: opening a device can have effects of its own.
    let meta = std::fs::metadata(path).map_err(|e| fail(e.to_string()))?;
    if !meta.is_file() {
        return Err(refuse(&meta));
    }
    let too_large = || fail(format!("larger than {} bytes; refusing to read it", cap));
    if meta.len() > cap {
        return Err(too_large());
    }
    let file = open_nonblocking(path).map_err(|e| fail(e.to_string()))?;
    // The path may have been replaced between the check and the open: judge what was opened.
    let meta = file.metadata().map_err(|e| fail(e.to_string()))?;
    if !meta.is_file() {
        return Err(refuse(&meta));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(cap) as usize);
    // `cap + 1`: a file that grows past the cap while it is read is refused, not read on.
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| fail(e.to_string()))?;
    if bytes.len() as u64 > cap {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|e| {
        fail(format!(
            "not valid UTF-8 (at byte {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// [`read_bounded`] with [`MAX_INPUT_FILE`]: for configuration, rule, baseline and gitleaks files.
pub fn read_input_file(path: &Path, what: &str) -> Result<String, String> {
    read_bounded(path, what, MAX_INPUT_FILE)
}

/// Whether `path` names something (a dangling symlink counts): a file the tool looks for by name
/// that exists but cannot be read should be an error, not silently absent.
pub fn exists_at_all(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Characters a token of a secret may hold: base64 (standard and URL-safe) and hex alphabets.
/// `-`, `_`, `.` and `:` separate tokens, so `sk-proj-…` keeps its readable prefix.
fn token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '+' || c == '/' || c == '='
}

/// Characters of a token that stay visible.
const VISIBLE_PREFIX: usize = 4;

/// Whether a token may be (part of) a secret: long, and mixing digits with letters, or upper with
/// lower case. Field names, rule ids, English words and paths of plain words do not qualify.
fn secret_like(token: &str) -> bool {
    let alnum = token.chars().filter(char::is_ascii_alphanumeric).count();
    if alnum < 12 {
        return false;
    }
    let digits = token.chars().any(|c| c.is_ascii_digit());
    let upper = token.chars().any(|c| c.is_ascii_uppercase());
    let lower = token.chars().any(|c| c.is_ascii_lowercase());
    (digits && (upper || lower)) || (upper && lower && alnum >= 16) || alnum >= 32
}

/// Masks every secret-like token of `text` (see `secret_like`): the first four characters stay,
/// the rest become `*`, one per character, so a caret line under a quoted excerpt still points
/// at the right column. Everything else is kept as it is.
pub fn mask_secrets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut token = String::new();
    let flush = |token: &mut String, out: &mut String| {
        if secret_like(token) {
            for (i, c) in token.chars().enumerate() {
                out.push(if i < VISIBLE_PREFIX { c } else { '*' });
            }
        } else {
            out.push_str(token);
        }
        token.clear();
    };
    for c in text.chars() {
        if token_char(c) {
            token.push(c);
        } else {
            flush(&mut token, &mut out);
            out.push(c);
        }
    }
    flush(&mut token, &mut out);
    out
}

/// One line of an untrusted YAML or TOML file, fit to quote in an error: the key (or list dash)
/// is kept, and of the value only the first four characters, then `*` for each further one, so
/// that not even a secret without digits (a word-like password) is quoted whole.
pub fn mask_excerpt(line: &str) -> String {
    let value_start = value_start(line);
    let (head, value) = line.split_at(value_start);
    let mut out = String::from(head);
    let mut shown = 0;
    for c in value.chars() {
        if c.is_whitespace() || matches!(c, '"' | '\'' | '[' | ']' | '{' | '}' | ',' | '#') {
            out.push(c);
        } else if shown < VISIBLE_PREFIX {
            out.push(c);
            shown += 1;
        } else {
            out.push('*');
        }
    }
    out
}

/// The byte offset where a line's value starts: after `key: `, `key = `, or a list's `- `.
fn value_start(line: &str) -> usize {
    let t = line.trim_start();
    let mut at = line.len() - t.len();
    let mut rest = t;
    while let Some(r) = rest.strip_prefix("- ") {
        at += 2;
        let r2 = r.trim_start();
        at += r.len() - r2.len();
        rest = r2;
    }
    // A key is a short run without spaces or quotes before `:` or `=`.
    let key_end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')));
    if let Some(k) = key_end.filter(|&k| k > 0) {
        let after = &rest[k..];
        let after_trim = after.trim_start();
        if let Some(v) = after_trim
            .strip_prefix(':')
            .or_else(|| after_trim.strip_prefix('='))
        {
            if v.is_empty() || v.starts_with(char::is_whitespace) {
                return at + k + (after.len() - after_trim.len()) + 1;
            }
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_secret_like_tokens_only() {
        let m = mask_secrets("unknown field `negative_exampels`, expected one of `examples`");
        assert_eq!(
            m,
            "unknown field `negative_exampels`, expected one of `examples`"
        );
        // Built from parts, so that no whole key sits in the source.
        let key = ["sk_", "live_", "4eC39HqLyjWDarjtT1zdp7dc"].concat();
        let m = mask_secrets(&format!("invalid type: string \"{key}\""));
        assert_eq!(
            m,
            "invalid type: string \"sk_live_4eC3********************\""
        );
        let m = mask_secrets("AKIAIOSFODNN7EXAMPLE at line 3");
        assert!(!m.contains("AKIAIOSFODNN7EXAMPLE"), "{m}");
        assert!(m.ends_with(" at line 3"), "{m}");
    }

    #[test]
    fn excerpts_keep_the_key_and_a_short_prefix() {
        assert_eq!(
            mask_excerpt("  - pattern: abcdefgh"),
            "  - pattern: abcd****"
        );
        assert_eq!(
            mask_excerpt("    - \"hunter2hunter2\""),
            "    - \"hunt**********\""
        );
        assert_eq!(mask_excerpt("key = 'value-long'"), "key = 'valu******'");
        assert_eq!(mask_excerpt("rules:"), "rules:");
        assert_eq!(mask_excerpt("ab"), "ab");
        assert_eq!(mask_excerpt("http://example.com"), "http**************");
    }

    #[test]
    fn refuses_what_is_not_a_regular_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let e = read_input_file(dir.path(), "configuration").expect_err("a directory");
        assert!(e.contains("a directory"), "{e}");
        #[cfg(unix)]
        {
            let e = read_input_file(Path::new("/dev/zero"), "rule file").expect_err("a device");
            assert!(e.contains("character device"), "{e}");
        }
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'#'; 100]).expect("write");
        let e = read_bounded(&big, "baseline", 99).expect_err("too large");
        assert!(e.contains("larger than 99 bytes"), "{e}");
        assert_eq!(
            read_bounded(&big, "baseline", 100).map(|s| s.len()),
            Ok(100)
        );
    }
}
