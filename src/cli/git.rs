//! `leakgate git [REPO]`

use super::common::{CliError, CommonArgs, Exit};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct GitCommand {
    /// The repository (work tree or bare). Default: the current directory.
    #[arg(value_name = "REPO", default_value = ".")]
    pub repo: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

impl GitCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        Err(CliError("`leakgate git` is not implemented yet".into()))
    }
}
