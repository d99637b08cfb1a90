//! `leakgate scan [PATH...]`

use super::common::{CliError, CommonArgs, Exit};
use crate::scan::{scan_paths, scan_stdin};
use crate::source::fs::{report_base, WalkOptions};
use crate::source::git::tracked::tracked;
use crate::source::ignored::GitIgnoreFilter;
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Args)]
pub struct ScanCommand {
    /// Files or directories to scan; `-` reads standard input. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Scan files that .gitignore, .ignore and .leakgateignore exclude.
    #[arg(long)]
    pub no_ignore: bool,
    /// Follow symbolic links.
    #[arg(long, short = 'L')]
    pub follow_symlinks: bool,
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(flatten)]
    pub verify: super::verify::VerifyArgs,
}

impl ScanCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        let paths = if self.paths.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            self.paths.clone()
        };
        let stdin = paths.iter().any(|p| p.as_os_str() == "-");
        if stdin && paths.len() > 1 {
            return Err(CliError(
                "`-` (standard input) cannot be combined with other paths".into(),
            ));
        }
        let start = if stdin {
            PathBuf::from(".")
        } else {
            paths[0].clone()
        };
        let cfg = self.common.load_config(&start)?;
        let mut scanner = self.common.scanner(&cfg)?;
        let live = self.verify.start(&mut scanner)?;
        let policy = self.common.policy(&cfg)?;
        let mut outcome = if stdin {
            scan_stdin(&scanner, &policy, &mut std::io::stdin().lock())
        } else {
            let walk = WalkOptions {
                no_ignore: self.no_ignore,
                follow_symlinks: self.follow_symlinks,
                threads: self.common.threads(),
                max_read: policy.max_size,
                implicit_root: self.paths.is_empty(),
                git_ignore: git_ignore_filter(&paths, self.no_ignore)?,
            };
            scan_paths(&scanner, &paths, &report_base(&start), &walk, &policy)
        };
        super::verify::apply(&live, &scanner, &mut outcome)?;
        self.common.emit(&scanner, &outcome)
    }
}

/// Git's ignore rules for the work trees holding `roots` (none outside work trees, or with
/// `--no-ignore`): the walk then never skips a tracked file and counts what it ignores.
pub(super) fn git_ignore_filter(
    roots: &[PathBuf],
    no_ignore: bool,
) -> Result<Option<Arc<GitIgnoreFilter>>, CliError> {
    if no_ignore {
        return Ok(None);
    }
    let mut trees = Vec::new();
    for root in roots {
        let dir = if root.is_dir() {
            root.clone()
        } else {
            match root.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            }
        };
        let found = tracked(&dir).map_err(|e| CliError(format!("{}: {e}", root.display())))?;
        if let Some(t) = found {
            if !trees
                .iter()
                .any(|k: &crate::source::ignored::Tracked| k.work_tree == t.work_tree)
            {
                trees.push(t);
            }
        }
    }
    Ok((!trees.is_empty()).then(|| Arc::new(GitIgnoreFilter::new(trees))))
}
