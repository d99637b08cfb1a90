//! `leakgate scan [PATH...]`

use super::common::{CliError, CommonArgs, Exit};
use crate::scan::{scan_paths, scan_stdin};
use crate::source::fs::{report_base, WalkOptions};
use clap::Args;
use std::path::PathBuf;

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
        let scanner = self.common.scanner(&cfg)?;
        let policy = self.common.policy(&cfg)?;
        let outcome = if stdin {
            scan_stdin(&scanner, &policy, &mut std::io::stdin().lock())
        } else {
            let walk = WalkOptions {
                no_ignore: self.no_ignore,
                follow_symlinks: self.follow_symlinks,
                threads: self.common.threads(),
                max_read: policy.max_size,
            };
            scan_paths(&scanner, &paths, &report_base(&start), &walk, &policy)
        };
        self.common.emit(&scanner, &outcome)
    }
}
