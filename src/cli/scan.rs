//! `leakgate scan [PATH...]`

use super::common::{CliError, CommonArgs, Exit};
use crate::scan::{scan_paths, scan_stdin};
use crate::source::fs::{report_base, WalkOptions};
use crate::source::stdin::read_stdin;
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
            let max = policy.max_size;
            let (bytes, cut) = read_stdin(max)
                .map_err(|e| CliError(format!("cannot read standard input: {e}")))?;
            scan_stdin(&scanner, &policy, &bytes, cut.then_some(max))
        } else {
            let walk = WalkOptions {
                no_ignore: self.no_ignore,
                follow_symlinks: self.follow_symlinks,
                threads: self.common.threads(),
                max_read: policy.max_size,
            };
            scan_paths(&scanner, &paths, &report_base(&start), &walk, &policy)
        };
        super::verify::apply(&live, &scanner, &mut outcome)?;
        self.common.emit(&scanner, &outcome)
    }
}
