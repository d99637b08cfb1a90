//! The command line: argument parsing and the glue from arguments to sources, scan and reports.

mod adopt;
mod common;
mod gate;
mod git;
mod progress;
mod rules;
mod scan;
mod sweep;
mod verify;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

pub use common::{CliError, Exit};

/// leakgate: find secrets in working trees, git history and commits before they leave.
#[derive(Debug, Parser)]
#[command(name = "leakgate", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories (`-` reads standard input).
    Scan(scan::ScanCommand),
    /// Scan every blob in a repository's history, attributed to the commits that introduced it.
    Git(git::GitCommand),
    /// List, check or show rules.
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// Pre-commit gate: scan what the index would commit, relative to HEAD.
    Staged(gate::StagedCommand),
    /// Pre-push gate: scan exactly the commits git is about to push (reads the hook's stdin).
    PrePush(gate::PrePushCommand),
    /// Install or remove leakgate's git hooks.
    #[command(subcommand)]
    Hooks(gate::HooksCommand),
    /// Adopt a repository with existing findings: only new ones fail.
    #[command(subcommand)]
    Baseline(adopt::BaselineCommand),
    /// Show the merged configuration.
    #[command(subcommand)]
    Config(adopt::ConfigCommand),
    /// Convert another scanner's configuration.
    #[command(subcommand)]
    Import(adopt::ImportCommand),
    /// Sweep many repositories (local paths or clone URLs): resumable, shardable (docs/sweep.md).
    Sweep(sweep::SweepCommand),
    /// Combine the output directories of sharded sweeps into one summary, JSONL and SARIF.
    Merge(sweep::MergeCommand),
}

fn run(cli: Cli) -> Result<Exit, CliError> {
    match cli.command {
        Command::Scan(c) => c.run(),
        Command::Git(c) => c.run(),
        Command::Rules(c) => c.run(),
        Command::Staged(c) => c.run(),
        Command::PrePush(c) => c.run(),
        Command::Hooks(c) => c.run(),
        Command::Baseline(c) => c.run(),
        Command::Config(c) => c.run(),
        Command::Import(c) => c.run(),
        Command::Sweep(c) => c.run(),
        Command::Merge(c) => c.run(),
    }
}

/// Parses arguments, runs the command and maps the result to an exit code: 0 nothing found,
/// 1 findings, 2 error. Never panics on bad input.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(exit) => ExitCode::from(exit as u8),
        Err(e) => {
            eprintln!(
                "leakgate: error: {}",
                crate::report::human::escape_terminal(&e.to_string())
            );
            ExitCode::from(Exit::Error as u8)
        }
    }
}
