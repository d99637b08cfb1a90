//! `leakgate hooks install|uninstall`: leakgate's own pre-commit and pre-push scripts.
//!
//! The hooks directory is where git runs hooks from: `core.hooksPath` when set (relative to the
//! work tree root), else `hooks/` in the common git directory, which linked worktrees share. A hook
//! file is leakgate's when it carries [`MARKER`]; any other file there is foreign and is replaced
//! only with `--force`, after being kept as `<hook>.pre-leakgate`: leakgate's script runs it first
//! (a failure stops there), so installing leakgate never turns another check off; uninstall puts
//! it back.

use super::GateError;
use std::path::{Path, PathBuf};

/// The line that marks a hook as written by leakgate.
pub const MARKER: &str = "# leakgate-managed-hook";
/// Suffix of the copy kept of a foreign hook that `--force` replaced.
pub const BACKUP_SUFFIX: &str = ".pre-leakgate";

/// Which hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookKind {
    PreCommit,
    PrePush,
}

impl HookKind {
    pub fn file_name(self) -> &'static str {
        match self {
            HookKind::PreCommit => "pre-commit",
            HookKind::PrePush => "pre-push",
        }
    }

    fn command(self) -> &'static str {
        match self {
            HookKind::PreCommit => "staged",
            HookKind::PrePush => "pre-push \"$@\"",
        }
    }
}

/// What install or uninstall did to one hook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HookAction {
    Installed(PathBuf),
    /// An older leakgate hook was rewritten.
    Updated(PathBuf),
    /// A foreign hook was moved to the backup path and replaced.
    ReplacedForeign {
        hook: PathBuf,
        backup: PathBuf,
    },
    Removed(PathBuf),
    /// Removed, and the foreign hook that `--force` had replaced was put back.
    Restored(PathBuf),
    /// Uninstall found no hook of ours.
    NotInstalled(PathBuf),
    /// Uninstall left a foreign hook alone.
    LeftForeign(PathBuf),
}

impl std::fmt::Display for HookAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HookAction::Installed(p) => write!(f, "installed {}", p.display()),
            HookAction::Updated(p) => write!(f, "updated {}", p.display()),
            HookAction::ReplacedForeign { hook, backup } => write!(
                f,
                "installed {} (the existing hook was moved to {} and runs first: if it fails, leakgate's does not run and the commit or push stops)",
                hook.display(),
                backup.display()
            ),
            HookAction::Removed(p) => write!(f, "removed {}", p.display()),
            HookAction::Restored(p) => {
                write!(
                    f,
                    "removed leakgate's hook and restored the previous {}",
                    p.display()
                )
            }
            HookAction::NotInstalled(p) => write!(f, "{}: no leakgate hook there", p.display()),
            HookAction::LeftForeign(p) => {
                write!(f, "{}: not a leakgate hook, left as it is", p.display())
            }
        }
    }
}

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The script for `kind`. It first runs the hook that `install --force` replaced, if one is kept
/// beside it as `<hook>.pre-leakgate` (with the same arguments and, for pre-push, the same input:
/// git's ref lines are read once and handed to both), and stops if that one fails. Then it runs
/// the leakgate binary that installed it, or the one on `PATH` if that has moved, and fails closed
/// when neither exists, naming commands that work without leakgate.
pub fn script(kind: HookKind, exe: &Path) -> String {
    let name = kind.file_name();
    let (read_input, feed) = match kind {
        HookKind::PreCommit => ("", ""),
        // The pre-push input must reach both hooks: read it once, hand a copy to each.
        HookKind::PrePush => (
            "input=$(cat; echo x)\ninput=${input%x}\n",
            "printf '%s' \"$input\" | ",
        ),
    };
    format!(
        r#"#!/bin/sh
{MARKER}: written by `leakgate hooks install`; `leakgate hooks uninstall` removes it.
# Refuses to let a secret leave this machine: {what}.
{read_input}previous="$0{BACKUP_SUFFIX}"
if [ -x "$previous" ]; then
    {feed}"$previous" "$@" || exit $?
fi
installed={exe}
leakgate=$installed
if [ ! -x "$leakgate" ]; then
    leakgate=$(command -v leakgate) || {{
        echo "leakgate: the {name} hook cannot find the leakgate binary ($installed is gone and none is on PATH)." >&2
        echo "  Install it:   cargo install --locked --git https://github.com/leakgate/leakgate leakgate" >&2
        echo "  (or see https://github.com/leakgate/leakgate#install for release binaries)" >&2
        echo "  Or remove this hook:   rm '$0'" >&2
        exit 1
    }}
fi
{feed}exec "$leakgate" {cmd}
"#,
        what = match kind {
            HookKind::PreCommit => "the staged changes are scanned before each commit",
            HookKind::PrePush => "the commits being pushed are scanned before each push",
        },
        exe = sh_quote(&exe.to_string_lossy()),
        cmd = kind.command(),
    )
}

fn is_ours(path: &Path) -> bool {
    std::fs::read(path)
        .map(|b| b.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()))
        .unwrap_or(false)
}

fn backup_path(hook: &Path) -> PathBuf {
    let mut s = hook.as_os_str().to_owned();
    s.push(BACKUP_SUFFIX);
    PathBuf::from(s)
}

fn write_executable(path: &Path, text: &str) -> Result<(), GateError> {
    std::fs::write(path, text).map_err(|e| GateError::context(path.display(), e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| GateError::context(path.display(), e))?;
    }
    Ok(())
}

/// Writes the hooks of `kinds` into `dir`. A foreign hook is an error unless `force`; with `force`
/// it is kept beside ours as `<hook>.pre-leakgate`. Nothing is written when any hook is refused.
pub fn install(
    dir: &Path,
    kinds: &[HookKind],
    force: bool,
    exe: &Path,
) -> Result<Vec<HookAction>, GateError> {
    let foreign: Vec<PathBuf> = kinds
        .iter()
        .map(|k| dir.join(k.file_name()))
        .filter(|p| p.exists() && !is_ours(p))
        .collect();
    if !force && !foreign.is_empty() {
        let list: Vec<String> = foreign.iter().map(|p| p.display().to_string()).collect();
        return Err(GateError(format!(
            "{} already exist{} and {} not leakgate's; rerun with --force to keep {} as *{BACKUP_SUFFIX} and install leakgate's, or call leakgate from {}",
            list.join(", "),
            if list.len() == 1 { "s" } else { "" },
            if list.len() == 1 { "is" } else { "are" },
            if list.len() == 1 { "it" } else { "them" },
            if list.len() == 1 { "that hook" } else { "those hooks" },
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| GateError::context(dir.display(), e))?;
    let mut done = Vec::new();
    for &kind in kinds {
        let hook = dir.join(kind.file_name());
        let action = if foreign.contains(&hook) {
            let backup = backup_path(&hook);
            if backup.exists() {
                return Err(GateError(format!(
                    "{} exists already; move it away before replacing {}",
                    backup.display(),
                    hook.display()
                )));
            }
            std::fs::rename(&hook, &backup).map_err(|e| GateError::context(hook.display(), e))?;
            HookAction::ReplacedForeign {
                hook: hook.clone(),
                backup,
            }
        } else if hook.exists() {
            HookAction::Updated(hook.clone())
        } else {
            HookAction::Installed(hook.clone())
        };
        write_executable(&hook, &script(kind, exe))?;
        done.push(action);
    }
    Ok(done)
}

/// Removes leakgate's hooks of `kinds` from `dir`, restoring a hook that `install --force` kept.
/// Foreign hooks are never touched.
pub fn uninstall(dir: &Path, kinds: &[HookKind]) -> Result<Vec<HookAction>, GateError> {
    let mut done = Vec::new();
    for &kind in kinds {
        let hook = dir.join(kind.file_name());
        if !hook.exists() {
            done.push(HookAction::NotInstalled(hook));
            continue;
        }
        if !is_ours(&hook) {
            done.push(HookAction::LeftForeign(hook));
            continue;
        }
        std::fs::remove_file(&hook).map_err(|e| GateError::context(hook.display(), e))?;
        let backup = backup_path(&hook);
        if backup.exists() {
            std::fs::rename(&backup, &hook).map_err(|e| GateError::context(backup.display(), e))?;
            done.push(HookAction::Restored(hook));
        } else {
            done.push(HookAction::Removed(hook));
        }
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_quotes_the_binary_path_and_never_suggests_skipping() {
        let s = script(HookKind::PreCommit, Path::new("/opt/it's here/leakgate"));
        assert!(s.contains(r"installed='/opt/it'\''s here/leakgate'"));
        assert!(s.contains(MARKER));
        assert!(s.contains("exec \"$leakgate\" staged"));
        assert!(s.contains("\"$previous\" \"$@\" || exit $?"));
        assert!(!s.contains("no-verify"));
        let p = script(HookKind::PrePush, Path::new("/bin/leakgate"));
        assert!(p.contains("| exec \"$leakgate\" pre-push \"$@\""));
    }
}
