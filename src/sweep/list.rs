//! The repository list and its split into shards.
//!
//! A shard is chosen by a stable hash of the repository exactly as listed (SHA-256, not Rust's
//! randomly seeded hasher), so N workers given the same list and `--shard 0/N` … `--shard N-1/N`
//! cover every repository exactly once, with no coordinator and whatever order the list is in.

use sha2::{Digest, Sha256};
use std::fmt;

/// `--shard I/N`: this worker's index (from 0, as Kubernetes' `JOB_COMPLETION_INDEX` counts) and
/// the number of workers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl Shard {
    /// Everything: one worker.
    pub const ALL: Shard = Shard { index: 0, count: 1 };

    /// Reads `I/N` with `0 <= I < N`.
    pub fn parse(s: &str) -> Result<Shard, String> {
        let bad = || format!("--shard {s}: expected I/N with 0 <= I < N (for example 0/4)");
        let (i, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u64 = i.trim().parse().map_err(|_| bad())?;
        let count: u64 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }

    /// Whether `repository` (as listed) belongs to this shard.
    pub fn holds(&self, repository: &str) -> bool {
        stable_hash(repository) % self.count == self.index
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

fn digest(s: &str) -> [u8; 32] {
    Sha256::digest(s.as_bytes()).into()
}

/// The first eight bytes of the SHA-256 of `s`: the same on every machine and every release.
pub fn stable_hash(s: &str) -> u64 {
    let d = digest(s);
    u64::from_be_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
}

/// The repositories a list names, one per line, as written (trimmed); blank lines and lines
/// starting with `#` are skipped, and a repeated entry counts once.
pub fn parse_list(text: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|l| seen.insert(l.to_string()))
        .map(str::to_string)
        .collect()
}

/// The file name (without extension) of a repository's outputs: readable (its last path
/// components) and unique (a hash of the whole entry), e.g. `org-repo-1a2b3c4d5e6f`.
pub fn output_key(repository: &str) -> String {
    let trimmed = repository
        .trim_end_matches('/')
        .trim_end_matches(".git")
        .trim_end_matches('/');
    let tail: Vec<&str> = trimmed
        .rsplit(['/', ':', '\\'])
        .filter(|p| !p.is_empty())
        .take(2)
        .collect();
    let mut slug: String = tail
        .iter()
        .rev()
        .copied()
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    if slug.is_empty() {
        slug.push_str("repo");
    }
    let hash: String = digest(repository)[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{slug}-{hash}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_partition() {
        assert_eq!(Shard::parse("2/5"), Ok(Shard { index: 2, count: 5 }));
        assert!(Shard::parse("5/5").is_err());
        assert!(Shard::parse("0/0").is_err());
        assert!(Shard::parse("1").is_err());
        let names: Vec<String> = (0..200).map(|i| format!("https://h/o/r{i}")).collect();
        for n in 1..=7 {
            for name in &names {
                let holders = (0..n)
                    .filter(|&i| Shard { index: i, count: n }.holds(name))
                    .count();
                assert_eq!(holders, 1);
            }
        }
    }

    #[test]
    fn keys_are_readable_and_distinct() {
        let a = output_key("https://github.com/org/repo.git");
        assert!(a.starts_with("org-repo-"), "{a}");
        assert_ne!(a, output_key("https://gitlab.com/org/repo.git"));
        assert!(output_key("git@h:o/x y").starts_with("o-x_y-"));
        assert!(output_key("/").starts_with("repo-"));
    }

    #[test]
    fn lists_skip_blanks_comments_and_repeats() {
        assert_eq!(parse_list("a\n\n# c\n b \na\n"), vec!["a", "b"]);
    }
}
