//! `leakgate staged`, `leakgate pre-push`, `leakgate hooks install|uninstall`.

use super::common::{CliError, CommonArgs, Exit};
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct StagedCommand {
    #[command(flatten)]
    pub common: CommonArgs,
}

impl StagedCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        Err(CliError("`leakgate staged` is not implemented yet".into()))
    }
}

#[derive(Debug, Args)]
pub struct PrePushCommand {
    #[command(flatten)]
    pub common: CommonArgs,
}

impl PrePushCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        Err(CliError(
            "`leakgate pre-push` is not implemented yet".into(),
        ))
    }
}

#[derive(Debug, Subcommand)]
pub enum HooksCommand {
    /// Write leakgate's git hooks into the repository's hooks directory.
    Install,
    /// Remove leakgate's own hooks (never foreign ones).
    Uninstall,
}

impl HooksCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        Err(CliError("`leakgate hooks` is not implemented yet".into()))
    }
}
