//! Key files whose name is the only context: Rails `config/master.key` and
//! `config/credentials/<environment>.key` hold 32 hex digits and nothing else, the key that
//! decrypts `credentials.yml.enc` (database passwords, API keys, `secret_key_base`).
//!
//! The matcher sees bytes, never paths, and 32 hex digits alone are also a digest or an id. So
//! the content test runs here, where the path is known: a file judged at a path gets a match
//! only when the path is a key file's; a git blob (whose paths are learned after matching) gets
//! one whenever its content has the shape, and [`is_key_path`] then decides at each place the
//! blob was introduced (`place_git_hits`). It may import: `matcher`.

use crate::matcher::Match;

/// The rule a key file's content is reported under (`rules/rails.yaml`).
pub const RAILS_MASTER_KEY: &str = "rails-master-key";

/// The span of the key when `text` is 32 lower-case hex digits, with an optional line end: what
/// `rails credentials:edit` writes (`SecureRandom.hex(16)`).
pub fn lone_key(text: &[u8]) -> Option<(usize, usize)> {
    let body = text
        .strip_suffix(b"\n")
        .map(|t| t.strip_suffix(b"\r").unwrap_or(t))
        .unwrap_or(text);
    let hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    (body.len() == 32 && body.iter().all(hex)).then_some((0, 32))
}

/// Whether `path` (`/` or `\` separated, possibly an archive member's) is a Rails key file:
/// `config/master.key` or `config/credentials/<name>.key`.
pub fn is_key_path(path: &str) -> bool {
    let path = path.replace('\\', "/");
    let inner = path.rsplit('!').next().unwrap_or(&path);
    let parts: Vec<&str> = inner.split('/').collect();
    match parts.as_slice() {
        [.., "config", "master.key"] => true,
        [.., "config", "credentials", name] => name.len() > 4 && name.ends_with(".key"),
        _ => false,
    }
}

/// A match of rule `rule` for `text` when it is a lone key; `path` is where the text was found
/// (`None` for a git blob, decided later).
pub fn key_match(rule: usize, text: &[u8], path: Option<&str>) -> Option<Match> {
    if path.is_some_and(|p| !is_key_path(p)) {
        return None;
    }
    let (start, end) = lone_key(text)?;
    Some(Match {
        rule,
        start,
        end,
        decoded: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_paths() {
        assert!(is_key_path("config/master.key"));
        assert!(is_key_path("app/config/credentials/production.key"));
        assert!(is_key_path("C:\\app\\config\\master.key"));
        assert!(is_key_path("release.tar!app/config/master.key"));
        assert!(!is_key_path("master.key"));
        assert!(!is_key_path("config/credentials.yml.enc"));
        assert!(!is_key_path("config/credentials/production.yml.enc"));
        assert!(!is_key_path("certs/config/server.pem"));
    }

    #[test]
    fn lone_keys() {
        let k = "0123456789abcdef0123456789abcdef";
        assert_eq!(lone_key(k.as_bytes()), Some((0, 32)));
        assert_eq!(lone_key(format!("{k}\n").as_bytes()), Some((0, 32)));
        assert_eq!(lone_key(format!("{k}\r\n").as_bytes()), Some((0, 32)));
        assert_eq!(lone_key(format!("{k}\n\n").as_bytes()), None);
        assert_eq!(lone_key(k.to_uppercase().as_bytes()), None);
        assert_eq!(lone_key(&k.as_bytes()[..31]), None);
    }
}
