//! `leakgate git [REPO]`

use super::common::{CliError, CommonArgs, Exit};
use crate::limits::MAX_INPUT_FILE;
use crate::policy::config::{self, LoadedConfig, CONFIG_FILE_NAME};
use crate::report::human::human_bytes;
use crate::scan::{scan_git, GitScan};
use crate::source::git::{clone, GitScanOptions, Repo};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct GitCommand {
    /// The repository (work tree, linked worktree or bare), or a clone URL (`https://`,
    /// `ssh://`, `git://`, `file://`, `user@host:path`): it is cloned, full and bare, into a
    /// temporary directory and scanned there. Default: the current directory.
    #[arg(value_name = "REPO|URL", default_value = ".")]
    pub repo: PathBuf,
    /// Keep the temporary clone of a URL (its path is printed) instead of removing it.
    #[arg(long)]
    pub keep_clones: bool,
    /// Scan only what the commits in A..B introduce (`A..` means A..HEAD).
    #[arg(long, value_name = "A..B", conflicts_with = "since")]
    pub range: Option<String>,
    /// Scan only what the commits after REV introduce (REV..HEAD, or REV..each --branch); or,
    /// when REV names no revision but a date, what the commits committed at or after that date
    /// introduce. Dates: `2024-06-01` (midnight UTC), `2024-06-01 12:30` (UTC),
    /// `2024-06-01 12:30:00 +0200`, `2024-06-01T12:30:00+02:00`, RFC 2822, `@<unix seconds>`, and
    /// relative dates (`yesterday`, `2.weeks.ago`, `3 days ago`, `1 year 2 months ago`).
    #[arg(long, value_name = "REV|DATE")]
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
    /// Scan a partial clone (`git clone --filter=...`) as far as it goes: blobs that were never
    /// fetched are not scanned.
    #[arg(long)]
    pub allow_partial: bool,
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(flatten)]
    pub verify: super::verify::VerifyArgs,
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

/// What `--since` names: a revision, or else a date.
enum Since {
    Rev(String),
    Time(i64),
}

fn parse_since(repo: &Repo, since: &str) -> Result<Since, CliError> {
    let rev_error = match repo.resolve(since) {
        Ok(_) => return Ok(Since::Rev(since.to_string())),
        Err(e) => e,
    };
    match parse_date(since, now_seconds()) {
        Some(t) => Ok(Since::Time(t)),
        None => Err(CliError(format!(
            "--since {since}: neither a revision nor a date ({rev_error}); dates read as \
             2024-06-01, \"2024-06-01 12:30\", 2024-06-01T12:30:00+02:00, @1717200000, \
             yesterday or 2.weeks.ago"
        ))),
    }
}

fn now_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A date as `--since` reads it, in seconds since the epoch: `YYYY-MM-DD[ HH:MM[:SS]]` (UTC, or
/// `T` between date and time) and whatever git's date formats gix reads (with an offset, RFC 2822,
/// `@seconds`, relative dates against `now`).
pub fn parse_date(s: &str, now: i64) -> Option<i64> {
    let s = s.trim();
    if let Some(t) = iso_utc(s) {
        return Some(t);
    }
    crate::source::git::parse_date(s, now)
}

/// `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` and `YYYY-MM-DD HH:MM:SS` (or with `T`), read as UTC.
fn iso_utc(s: &str) -> Option<i64> {
    let (date, time) = match s.split_once([' ', 'T']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let num = |p: &str, len: usize| -> Option<i64> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let mut d = date.split('-');
    let (y, m, day) = (num(d.next()?, 4)?, num(d.next()?, 2)?, num(d.next()?, 2)?);
    if d.next().is_some() || !(1..=12).contains(&m) || !(1..=days_in_month(y, m)).contains(&day) {
        return None;
    }
    let (mut h, mut min, mut sec) = (0, 0, 0);
    if let Some(t) = time {
        let mut parts = t.split(':');
        h = num(parts.next()?, 2)?;
        min = num(parts.next()?, 2)?;
        if let Some(x) = parts.next() {
            sec = num(x, 2)?;
        }
        if parts.next().is_some() || h > 23 || min > 59 || sec > 59 {
            return None;
        }
    }
    Some(days_from_civil(y, m, day) * 86_400 + h * 3600 + min * 60 + sec)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl GitCommand {
    fn options(&self, repo: &Repo) -> Result<GitScanOptions, CliError> {
        let mut tips = Vec::new();
        let mut exclude = Vec::new();
        let mut since_time = None;
        if let Some(r) = &self.range {
            let (a, b) = parse_range(r)?;
            exclude.push(a);
            tips.push(b);
        }
        if let Some(since) = &self.since {
            match parse_since(repo, since)? {
                Since::Rev(rev) => exclude.push(rev),
                Since::Time(t) => since_time = Some(t),
            }
            if self.branch.is_empty() {
                tips.push("HEAD".into());
            }
        }
        tips.extend(self.branch.iter().cloned());
        Ok(GitScanOptions {
            repo: self.repo.clone(),
            tips,
            exclude,
            exclude_remote: None,
            since_time,
            include_unreachable: !self.reachable_only,
            allow_shallow: self.allow_shallow,
            allow_partial: self.allow_partial,
        })
    }

    /// In a repository without a work tree (bare, mirror), the configuration committed at
    /// `HEAD:.leakgate.yaml`, read with the bound every configuration file has; `None` elsewhere,
    /// with `--config`/`--isolated`, or when HEAD has none (then the usual lookup applies).
    fn head_config(&self, repo: Option<&Repo>) -> Result<Option<LoadedConfig>, CliError> {
        if self.common.config.is_some() || self.common.isolated {
            return Ok(None);
        }
        let Some(repo) = repo else {
            return Ok(None);
        };
        if !repo.is_bare() {
            return Ok(None);
        }
        let Some(bytes) = repo.head_file(CONFIG_FILE_NAME, MAX_INPUT_FILE)? else {
            return Ok(None);
        };
        let shown = format!("HEAD:{CONFIG_FILE_NAME}");
        let text =
            String::from_utf8(bytes).map_err(|_| CliError(format!("{shown}: not UTF-8 text")))?;
        // Relative paths in it (baseline) resolve in the git directory, never the current one.
        let cfg = config::parse(&text, &repo.work_dir().join(&shown)).map_err(CliError)?;
        if !cfg.config.rules.is_empty() {
            return Err(CliError(format!(
                "{shown}: names rule files (`rules`), which a repository without a work tree \
                 cannot provide; pass them with --rules, or --config FILE / --isolated"
            )));
        }
        Ok(Some(cfg))
    }

    pub fn run(mut self) -> Result<Exit, CliError> {
        let clone = self.clone_if_url()?;
        // Opened once: its HEAD may hold the configuration, and it is what is scanned. A path
        // that is no repository is reported below, after the configuration, as before.
        let found = Repo::discover(&self.repo);
        let cfg = match self.head_config(found.as_ref().ok())? {
            Some(cfg) => {
                self.common.use_config(&self.repo, cfg.clone());
                cfg
            }
            None => self.common.load_config(&self.repo)?,
        };
        let applied = config_shown(&cfg);
        let mut scanner = self.common.scanner(&cfg)?;
        let live = self.verify.start(&mut scanner)?;
        let policy = self.common.policy(&cfg)?;
        let repo = found?;
        let opts = self.options(&repo)?;
        let mut git = scan_git(&scanner, &repo, &opts, &policy, &self.common.workers()?)?;
        super::verify::apply(&live, &scanner, &mut git.outcome)?;
        let exit = self.common.emit(&scanner, &git.outcome)?;
        if !self.common.quiet {
            eprintln!("{}; config: {applied}", git_summary(&git));
            if let Some(c) = &clone {
                eprintln!("{}", c.summary());
            }
        }
        Ok(exit)
    }

    /// When REPO is a clone URL: clones it (full, bare) into a temporary directory and points
    /// `self.repo` there. The returned guard removes the clone when dropped, unless
    /// `--keep-clones`.
    fn clone_if_url(&mut self) -> Result<Option<TempClone>, CliError> {
        let Some(url) = self.repo.to_str().filter(|s| clone::is_clone_url(s)) else {
            return Ok(None);
        };
        let url = url.to_string();
        let dir = tempfile::Builder::new()
            .prefix("leakgate-clone-")
            .tempdir()
            .map_err(|e| CliError(format!("cannot make a temporary directory: {e}")))?;
        let dest = dir.path().join("repo.git");
        clone::clone_bare(&url, &dest, clone::DEFAULT_CLONE_TIMEOUT)?;
        self.repo = dest;
        let (dir, kept) = if self.keep_clones {
            (None, Some(dir.keep()))
        } else {
            (Some(dir), None)
        };
        Ok(Some(TempClone {
            url,
            _dir: dir,
            kept,
        }))
    }
}

/// A URL's temporary clone: removed when dropped (with its `TempDir`) unless kept.
struct TempClone {
    url: String,
    _dir: Option<tempfile::TempDir>,
    kept: Option<PathBuf>,
}

impl TempClone {
    fn summary(&self) -> String {
        match &self.kept {
            Some(p) => format!(
                "leakgate: git: scanned a full bare clone of {}, kept in {}",
                self.url,
                p.display()
            ),
            None => format!(
                "leakgate: git: scanned a full bare clone of {} (a temporary clone, now removed)",
                self.url
            ),
        }
    }
}

/// Which configuration applied, for the summary: its path, `HEAD:.leakgate.yaml` for one read
/// from a bare repository's HEAD, or `none`.
fn config_shown(cfg: &LoadedConfig) -> String {
    let Some(p) = &cfg.path else {
        return "none".into();
    };
    match p.file_name().map(|n| n.to_string_lossy()) {
        Some(n) if n.starts_with("HEAD:") => n.into_owned(),
        _ => p.display().to_string(),
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
    use super::{parse_date, parse_range};

    #[test]
    fn since_reads_iso_dates_as_utc_and_relative_dates_against_now() {
        let now = 1_717_243_200; // 2024-06-01T12:00:00Z
        assert_eq!(parse_date("2024-06-01", now), Some(1_717_200_000));
        assert_eq!(parse_date("2024-06-01 12:30", now), Some(1_717_245_000));
        assert_eq!(parse_date("2024-06-01T12:30:15", now), Some(1_717_245_015));
        assert_eq!(
            parse_date("2024-06-01 12:30:00 +0200", now),
            Some(1_717_245_000 - 7200)
        );
        assert_eq!(parse_date("yesterday", now), Some(now - 86_400));
        assert_eq!(parse_date("2.weeks.ago", now), Some(now - 14 * 86_400));
        assert_eq!(parse_date("3 days ago", now), Some(now - 3 * 86_400));
        assert_eq!(parse_date("2024-02-30", now), None);
        assert_eq!(parse_date("main", now), None);
        assert_eq!(parse_date("origin/main", now), None);
    }

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
