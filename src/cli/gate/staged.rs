//! `leakgate staged`: the pre-commit gate over what the index would commit.

use super::message::{blocked_message, env_file_advice, plural, Gate};
use crate::cli::common::{CliError, CommonArgs, Exit};
use crate::gate::is_refused_env_file;
use crate::scan::scan_staged;
use crate::source::git::index::staged_changes;
use crate::source::git::Repo;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct StagedCommand {
    /// Report secrets anywhere in the changed files, not only on the lines the commit adds.
    #[arg(long)]
    pub all_lines: bool,
    /// The repository (default: the one holding the current directory).
    #[arg(long, short = 'C', value_name = "DIR", default_value = ".")]
    pub repo: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(flatten)]
    pub verify: crate::cli::verify::VerifyArgs,
}

impl StagedCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        let repo = Repo::discover_for_hook(&self.repo)?;
        let cfg = self.common.load_config(&repo.work_dir())?;
        let mut scanner = self.common.scanner(&cfg)?;
        let live = self.verify.start(&mut scanner)?;
        let policy = self.common.policy(&cfg)?;
        let changes = staged_changes(&repo)?;
        let workers = self.common.workers()?;
        let mut result = scan_staged(&scanner, &repo, &changes, self.all_lines, &policy, &workers);
        let refused_env_files: Vec<&str> = changes
            .changes
            .iter()
            .map(|c| c.path.as_str())
            .filter(|p| is_refused_env_file(p) && !policy.excludes(p))
            .collect();
        crate::cli::verify::apply(&live, &scanner, &mut result.outcome)?;
        let rules = scanner.rules();
        let blocked = |f: &[&crate::finding::Finding]| blocked_message(Gate::Commit, f, rules);
        let mut exit = self.common.emit_gate(&scanner, &result.outcome, &blocked)?;
        let mut err = std::io::stderr().lock();
        let c = &changes;
        if self.common.stats {
            let _ = writeln!(
                err,
                "leakgate: staged: {} changed file{}, {} deleted, {} submodule{} skipped, {} tree{} read",
                c.changes.len(),
                plural(c.changes.len()),
                c.deleted.len(),
                c.submodules.len(),
                plural(c.submodules.len()),
                c.trees_read,
                plural(c.trees_read),
            );
        }
        if !self.common.quiet && result.on_untouched_lines > 0 {
            let _ = writeln!(
                err,
                "leakgate: note: {} finding{} on lines this commit does not touch not reported (--all-lines shows them)",
                result.on_untouched_lines,
                plural(result.on_untouched_lines)
            );
        }
        for path in &refused_env_files {
            let _ = writeln!(err, "{}", env_file_advice(path));
        }
        if !refused_env_files.is_empty() {
            exit = Exit::Findings;
        }
        Ok(exit)
    }
}
