//! Remote repositories: telling a clone URL from a local path, listing a remote's refs, and
//! cloning one (full history, bare) for `leakgate git URL` and `leakgate sweep`.
//!
//! The system `git` does the network part: gix's clone would pull an HTTP stack and TLS into every
//! build for a feature used only here. `git` is run so that nothing of the cloned repository can
//! run: a bare clone checks nothing out (no filters, no `post-checkout`), `--template=` copies no
//! hooks, `protocol.ext.allow=never` refuses `ext::` URLs (which run a command), prompts are off
//! (`GIT_TERMINAL_PROMPT=0`, ssh in batch mode), standard input is closed, the URL comes after
//! `--`, and a clone that runs longer than its time limit is killed.

use super::GitError;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Whether `s` names a remote repository rather than a local path: `https://`, `http://`,
/// `ssh://`, `git://`, `file://` URLs, and scp-like `user@host:path`.
pub fn is_clone_url(s: &str) -> bool {
    const SCHEMES: [&str; 6] = [
        "https://",
        "http://",
        "ssh://",
        "git://",
        "file://",
        "git+ssh://",
    ];
    let lower = s.to_ascii_lowercase();
    if SCHEMES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    // scp-like: `user@host:path`, with no slash before the colon (git's own rule), and not a
    // Windows drive (`C:\x`).
    match s.split_once(':') {
        Some((before, after)) => {
            before.contains('@') && !before.contains('/') && !before.is_empty() && !after.is_empty()
        }
        None => false,
    }
}

/// How long a clone or a ref listing may take before it is killed.
pub const DEFAULT_CLONE_TIMEOUT: Duration = Duration::from_secs(3600);

/// `git` with the settings that keep a remote repository from running anything or prompting.
fn safe_git() -> Command {
    let mut cmd = Command::new("git");
    cmd.args([
        "-c",
        "protocol.ext.allow=never",
        "-c",
        "core.hooksPath=/dev/null",
        "-c",
        "core.fsmonitor=false",
        "-c",
        "credential.interactive=false",
    ])
    .env("GIT_TERMINAL_PROMPT", "0")
    .env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    .env_remove("GIT_DIR")
    .env_remove("GIT_WORK_TREE")
    .env_remove("GIT_INDEX_FILE")
    .stdin(Stdio::null());
    cmd
}

/// Runs `cmd` to completion within `timeout`; its standard output, or why it failed (the last
/// lines git wrote to standard error).
fn run_bounded(mut cmd: Command, what: &str, timeout: Duration) -> Result<Vec<u8>, GitError> {
    // Output goes to anonymous files, not pipes: a chatty git cannot block on a full pipe, and
    // no thread is needed to drain one.
    let io =
        |e: std::io::Error| GitError::Other(format!("{what}: cannot make a temporary file: {e}"));
    let mut out_file = tempfile::tempfile().map_err(io)?;
    let mut err_file = tempfile::tempfile().map_err(io)?;
    cmd.stdout(out_file.try_clone().map_err(io)?)
        .stderr(err_file.try_clone().map_err(io)?);
    let mut child = cmd.spawn().map_err(|e| {
        GitError::Other(format!(
            "{what}: cannot run git ({e}); cloning needs git installed"
        ))
    })?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(GitError::Other(format!("{what}: {e}"))),
        }
    };
    let read_back = |f: &mut std::fs::File, max: u64| {
        let mut buf = Vec::new();
        let _ = f.seek(SeekFrom::Start(0));
        let _ = f.take(max).read_to_end(&mut buf);
        buf
    };
    let stdout = read_back(&mut out_file, 64 << 20);
    let stderr = read_back(&mut err_file, 1 << 20);
    match status {
        None => Err(GitError::Other(format!(
            "{what}: timed out after {}s",
            timeout.as_secs()
        ))),
        Some(s) if s.success() => Ok(stdout),
        Some(s) => {
            let text = String::from_utf8_lossy(&stderr);
            let last: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let reason = last
                .iter()
                .rev()
                .take(2)
                .rev()
                .copied()
                .collect::<Vec<_>>()
                .join("; ");
            Err(GitError::Other(format!(
                "{what}: git exited with {} ({})",
                s.code().map_or("a signal".to_string(), |c| c.to_string()),
                if reason.is_empty() {
                    "no message"
                } else {
                    &reason
                }
            )))
        }
    }
}

/// Clones `url` with its full history, bare, into `dest` (which must not exist yet).
pub fn clone_bare(url: &str, dest: &Path, timeout: Duration) -> Result<(), GitError> {
    let mut cmd = safe_git();
    cmd.args(["clone", "--bare", "--quiet", "--template=", "--"])
        .arg(url)
        .arg(dest);
    run_bounded(cmd, &format!("cannot clone {url}"), timeout).map(|_| ())
}

/// The refs a remote advertises (`git ls-remote`), as sorted `oid\tref` lines: what a sweep
/// compares to decide whether a repository changed since its last scan, without cloning it.
pub fn remote_heads(url: &str, timeout: Duration) -> Result<Vec<String>, GitError> {
    let mut cmd = safe_git();
    cmd.args(["ls-remote", "--"]).arg(url);
    let out = run_bounded(cmd, &format!("cannot list the refs of {url}"), timeout)?;
    let mut lines: Vec<String> = String::from_utf8_lossy(&out)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    lines.sort();
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::is_clone_url;

    #[test]
    fn urls_are_told_from_local_paths() {
        for url in [
            "https://github.com/o/r.git",
            "ssh://git@host/o/r",
            "git://host/r",
            "file:///tmp/r",
            "git@github.com:o/r.git",
        ] {
            assert!(is_clone_url(url), "{url}");
        }
        for path in [
            ".",
            "/work/repo",
            "repo",
            "./a:b",
            "C:\\repos\\x",
            "dir/x@y:z",
        ] {
            assert!(!is_clone_url(path), "{path}");
        }
    }
}
