//! `leakgate hooks install|uninstall`.

use crate::cli::common::{CliError, Exit};
use crate::gate::hooks::{self, HookKind};
use crate::source::git::Repo;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum HooksCommand {
    /// Write leakgate's git hooks into the repository's hooks directory.
    Install(HookArgs),
    /// Remove leakgate's own hooks (never foreign ones).
    Uninstall(HookArgs),
}

#[derive(Debug, Args)]
pub struct HookArgs {
    /// The pre-commit hook (scans staged changes). With neither flag: both hooks.
    #[arg(long)]
    pub pre_commit: bool,
    /// The pre-push hook (scans the commits being pushed). With neither flag: both hooks.
    #[arg(long)]
    pub pre_push: bool,
    /// Replace a hook that is not leakgate's (it is kept as `<hook>.pre-leakgate`).
    #[arg(long)]
    pub force: bool,
    /// The repository (default: the one holding the current directory).
    #[arg(long, short = 'C', value_name = "DIR", default_value = ".")]
    pub repo: PathBuf,
}

impl HookArgs {
    fn kinds(&self) -> Vec<HookKind> {
        match (self.pre_commit, self.pre_push) {
            (true, false) => vec![HookKind::PreCommit],
            (false, true) => vec![HookKind::PrePush],
            _ => vec![HookKind::PreCommit, HookKind::PrePush],
        }
    }

    fn dir(&self) -> Result<PathBuf, CliError> {
        Ok(Repo::discover_for_hook(&self.repo)?.hooks_dir()?)
    }
}

impl HooksCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        let actions = match &self {
            HooksCommand::Install(a) => {
                let exe = std::env::current_exe()
                    .and_then(std::fs::canonicalize)
                    .map_err(|e| CliError(format!("cannot locate the leakgate binary: {e}")))?;
                hooks::install(&a.dir()?, &a.kinds(), a.force, &exe)?
            }
            HooksCommand::Uninstall(a) => {
                if a.force {
                    return Err(CliError(
                        "--force has no meaning for uninstall: foreign hooks are never removed"
                            .into(),
                    ));
                }
                hooks::uninstall(&a.dir()?, &a.kinds())?
            }
        };
        let mut err = std::io::stderr().lock();
        for a in actions {
            let _ = writeln!(err, "leakgate: {a}");
        }
        Ok(Exit::Clean)
    }
}
