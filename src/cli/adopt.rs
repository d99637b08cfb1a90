//! `leakgate baseline create|check`, `leakgate config show`, `leakgate import gitleaks`.

use super::common::{CliError, Exit};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Write .leakgate-baseline accepting every current finding.
    Create,
    /// Report baseline entries that no longer match anything.
    Check,
}

impl BaselineCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        Err(CliError(
            "`leakgate baseline` is not implemented yet".into(),
        ))
    }
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the merged configuration.
    Show,
}

impl ConfigCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        Err(CliError("`leakgate config` is not implemented yet".into()))
    }
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Convert a gitleaks configuration (.gitleaks.toml) into leakgate's.
    Gitleaks,
}

impl ImportCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        Err(CliError("`leakgate import` is not implemented yet".into()))
    }
}
