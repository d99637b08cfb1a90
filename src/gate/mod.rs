//! The commit gate: what `leakgate staged`, `leakgate pre-push` and the installed git hooks do.
//!
//! `staged` compares the index with HEAD's tree (reading only what changed) and scans the lines the
//! commit adds; `prepush` turns git's pre-push hook input into the exact commit ranges to scan;
//! `hooks` writes and removes the hook scripts; `linediff` decides which lines a change adds.

pub mod hooks;
pub mod linediff;
pub mod prepush;
pub mod staged;

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
