//! The commit gate's own rules: which ranges a push publishes (`prepush`), the hook scripts
//! (`hooks`), and which staged files are refused whatever they hold. Reading the index and the
//! object store is the git source's job (`source::git::index`, `source::git::tags`).
//!
//! May import: nothing of this crate (it plans; the commands run the scans).

pub mod hooks;
pub mod prepush;

use std::fmt;

/// A gate failure that ends the command with exit code 2 and a one-line message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateError(pub String);

impl fmt::Display for GateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GateError {}

impl GateError {
    /// Wraps an error from git (or anything displayable) with what was being done.
    pub fn context(what: impl fmt::Display, err: impl fmt::Display) -> GateError {
        GateError(format!("{what}: {err}"))
    }
}

/// Whether `path` names a `.env` file that must never be committed: `.env` or `.env.*`, in any
/// directory, except the templates `.env.example`, `.env.template` and `.env.sample`.
pub fn is_refused_env_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    if name == ".env" {
        return true;
    }
    match name.strip_prefix(".env.") {
        Some(rest) => !matches!(rest, "example" | "template" | "sample") && !rest.is_empty(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_files_refused_but_templates_allowed() {
        for p in [".env", "app/.env", ".env.local", "svc/.env.production"] {
            assert!(is_refused_env_file(p), "{p}");
        }
        for p in [
            ".env.example",
            "a/.env.template",
            ".env.sample",
            "env",
            ".envrc",
            "x.env",
            ".env.",
        ] {
            assert!(!is_refused_env_file(p), "{p}");
        }
    }
}
