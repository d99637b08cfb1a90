//! `leakgate git [REPO]`

use super::common::{CliError, CommonArgs, Exit};
use crate::report::human::human_bytes;
use crate::scan::{scan_git, GitScan};
use crate::source::git::{GitScanOptions, Repo};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct GitCommand {
    /// The repository (work tree, linked worktree or bare). Default: the current directory.
    #[arg(value_name = "REPO", default_value = ".")]
    pub repo: PathBuf,
    /// Scan only what the commits in A..B introduce (`A..` means A..HEAD).
    #[arg(long, value_name = "A..B", conflicts_with = "since")]
    pub range: Option<String>,
    /// Scan only what the commits after REV introduce (REV..HEAD, or REV..each --branch).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// Walk only the history of REF (repeatable) instead of every ref.
    #[arg(long, value_name = "REF", conflicts_with = "range")]
    pub branch: Vec<String>,
    /// Do not report blobs and commits that no ref reaches (amended-away, dropped, dangling).
    #[arg(long)]
    pub reachable_only: bool,
    /// Scan a shallow, partial or damaged clone as far as it goes instead of failing.
    #[arg(long)]
    pub allow_shallow: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// `A..B` as (exclude, tip); an empty side means HEAD, as in git.
fn parse_range(range: &str) -> Result<(String, String), CliError> {
    if range.contains("...") {
        return Err(CliError(format!(
            "--range {range}: symmetric ranges (A...B) are not supported; use A..B"
        )));
    }
    let Some((a, b)) = range.split_once("..") else {
        return Err(CliError(format!(
            "--range {range}: expected A..B (for example origin/main..HEAD)"
        )));
    };
    let side = |s: &str| {
        if s.is_empty() {
            "HEAD".to_string()
        } else {
            s.to_string()
        }
    };
    Ok((side(a), side(b)))
}

impl GitCommand {
    fn options(&self) -> Result<GitScanOptions, CliError> {
        let mut tips = Vec::new();
        let mut exclude = Vec::new();
        if let Some(r) = &self.range {
            let (a, b) = parse_range(r)?;
            exclude.push(a);
            tips.push(b);
        }
        if let Some(since) = &self.since {
            exclude.push(since.clone());
            if self.branch.is_empty() {
                tips.push("HEAD".into());
            }
        }
        tips.extend(self.branch.iter().cloned());
        Ok(GitScanOptions {
            repo: self.repo.clone(),
            tips,
            exclude,
            exclude_remote_tracking: false,
            include_unreachable: !self.reachable_only,
            allow_shallow: self.allow_shallow,
        })
    }

    pub fn run(self) -> Result<Exit, CliError> {
        let cfg = self.common.load_config(&self.repo)?;
        let scanner = self.common.scanner(&cfg)?;
        let policy = self.common.policy(&cfg)?;
        let opts = self.options()?;
        let repo = Repo::discover(&self.repo)?;
        let git = scan_git(&scanner, &repo, &opts, &policy, &self.common.workers()?)?;
        let exit = self.common.emit(&scanner, &git.outcome)?;
        if !self.common.quiet {
            eprintln!("{}", git_summary(&git));
        }
        Ok(exit)
    }
}

/// The git-specific line printed after the summary.
fn git_summary(scan: &GitScan) -> String {
    let g = &scan.history;
    let secs = scan.outcome.stats.elapsed.as_secs_f64();
    let rate = if secs > 0.0 {
        format!(
            "; {}/s scanned",
            human_bytes((scan.outcome.stats.bytes_scanned as f64 / secs) as u64)
        )
    } else {
        String::new()
    };
    let scope = if g.ranged {
        "blobs introduced by the walked commits".to_string()
    } else {
        format!(
            "{} objects read ({}), {} unreachable commit{}",
            g.objects_read,
            human_bytes(g.object_bytes),
            g.unreachable_commits,
            if g.unreachable_commits == 1 { "" } else { "s" }
        )
    };
    format!(
        "leakgate: git: {} commit{} walked; {scope}{rate}",
        g.commits_walked,
        if g.commits_walked == 1 { "" } else { "s" },
    )
}

#[cfg(test)]
mod tests {
    use super::parse_range;

    #[test]
    fn ranges_default_to_head_like_git() {
        let p = |r: &str| parse_range(r).map_err(|e| e.0);
        assert_eq!(p("a..b").ok(), Some(("a".into(), "b".into())));
        assert_eq!(p("a..").ok(), Some(("a".into(), "HEAD".into())));
        assert_eq!(p("..b").ok(), Some(("HEAD".into(), "b".into())));
        assert!(p("a...b").is_err());
        assert!(p("a").is_err());
    }
}
