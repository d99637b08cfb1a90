//! `leakgate pre-push`: the gate over the commits a push publishes.

use super::message::{blocked_message, plural, Gate};
use crate::cli::common::{CliError, CommonArgs, Exit};
use crate::gate::prepush::{parse_push_lines, plan_push, PushPlan, PushUpdate};
use crate::outcome::ScanOutcome;
use crate::scan::{scan_git, scan_tags, ContentPolicy, Scanner, Workers};
use crate::source::git::{GitScanOptions, Repo};
use clap::Args;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct PrePushCommand {
    /// The remote's name, as git passes it to the hook.
    #[arg(value_name = "REMOTE")]
    pub remote: Option<String>,
    /// The remote's URL, as git passes it to the hook.
    #[arg(value_name = "URL")]
    pub url: Option<String>,
    /// The repository (default: the one holding the current directory).
    #[arg(long, short = 'C', value_name = "DIR", default_value = ".")]
    pub repo: PathBuf,
    /// Scan what is there in a shallow clone instead of refusing.
    #[arg(long)]
    pub allow_shallow: bool,
    /// In a partial clone, let blobs that were never fetched go unscanned (with a note) instead
    /// of failing.
    #[arg(long)]
    pub allow_partial: bool,
    #[command(flatten)]
    pub common: CommonArgs,
    #[command(flatten)]
    pub verify: crate::cli::verify::VerifyArgs,
}

impl PrePushCommand {
    /// The configured remote being pushed to: git's first hook argument (or the pre-commit
    /// framework's `PRE_COMMIT_REMOTE_NAME`), when it names one. A push to a URL passes the URL.
    fn push_remote(&self, repo: &Repo) -> Option<String> {
        let name = self.remote.clone().or_else(|| {
            std::env::var("PRE_COMMIT_REMOTE_NAME")
                .ok()
                .filter(|v| !v.is_empty())
        })?;
        repo.is_remote(&name).then_some(name)
    }

    pub fn run(self) -> Result<Exit, CliError> {
        let repo = Repo::discover_for_hook(&self.repo)?;
        let updates = match pre_commit_framework_update(&repo)? {
            Some(u) => vec![u],
            None => read_hook_input()?,
        };
        let mut err = std::io::stderr().lock();
        if updates.is_empty() {
            let _ = writeln!(
                err,
                "leakgate: pre-push: git sent no refs; nothing is pushed, nothing to scan"
            );
            return Ok(Exit::Clean);
        }
        let remote = self.push_remote(&repo);
        let plan = plan_push(&updates, remote.as_deref(), |oid| repo.has_object(oid))?;
        if !self.common.quiet {
            for n in &plan.notes {
                let _ = writeln!(err, "leakgate: pre-push: {n}");
            }
        }
        if plan.is_empty() {
            return Ok(Exit::Clean);
        }
        drop(err);
        let cfg = self.common.load_config(&repo.work_dir())?;
        let mut scanner = self.common.scanner(&cfg)?;
        let live = self.verify.start(&mut scanner)?;
        let policy = self.common.policy(&cfg)?;
        let workers = self.common.workers()?;
        let mut outcome = scan_push(&scanner, &repo, &plan, &updates, &self, &policy, &workers)?;
        crate::cli::verify::apply(&live, &scanner, &mut outcome)?;
        let rules = scanner.rules();
        let blocked = |f: &[&crate::finding::Finding]| blocked_message(Gate::Push, f, rules);
        let exit = self.common.emit_gate(&scanner, &outcome, &blocked)?;
        Ok(exit)
    }
}

/// git's pre-push lines from standard input.
fn read_hook_input() -> Result<Vec<PushUpdate>, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(CliError(
            "`leakgate pre-push` reads git's pre-push hook input on standard input; git runs it \
             from the pre-push hook (`leakgate hooks install --pre-push`)"
                .into(),
        ));
    }
    let mut input = String::new();
    stdin
        .lock()
        .read_to_string(&mut input)
        .map_err(|e| CliError(format!("cannot read the pre-push input: {e}")))?;
    Ok(parse_push_lines(&input)?)
}

/// The ref the pre-commit framework hands its pre-push hooks in `PRE_COMMIT_*` variables (it
/// consumes git's input itself and passes one ref). `None` outside the framework.
fn pre_commit_framework_update(repo: &Repo) -> Result<Option<PushUpdate>, CliError> {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let Some(remote_ref) = var("PRE_COMMIT_REMOTE_BRANCH") else {
        return Ok(None);
    };
    let local_ref = var("PRE_COMMIT_LOCAL_BRANCH").unwrap_or_else(|| "HEAD".into());
    let resolve = |spec: &str| -> Result<String, CliError> {
        repo.resolve(spec).map_err(|e| {
            CliError(format!(
                "pre-push: cannot resolve `{spec}` from the pre-commit framework: {e}"
            ))
        })
    };
    let local_oid = resolve(&var("PRE_COMMIT_TO_REF").unwrap_or_else(|| local_ref.clone()))?;
    let remote_oid = match var("PRE_COMMIT_FROM_REF") {
        Some(from) => resolve(&from)?,
        None => "0".repeat(local_oid.len()),
    };
    Ok(Some(PushUpdate {
        local_ref,
        local_oid,
        remote_ref,
        remote_oid,
    }))
}

/// Runs the history scan for each range of the plan, and the pushed tags' messages, and merges
/// the outcomes.
fn scan_push(
    scanner: &Scanner,
    repo: &Repo,
    plan: &PushPlan,
    updates: &[PushUpdate],
    cmd: &PrePushCommand,
    policy: &ContentPolicy,
    workers: &Workers,
) -> Result<ScanOutcome, CliError> {
    let started = std::time::Instant::now();
    let mut outcome = ScanOutcome::default();
    for range in plan.ranges() {
        let opts = GitScanOptions {
            repo: repo.work_dir(),
            tips: range.tips.clone(),
            exclude: range.exclude.clone(),
            exclude_remote: range.exclude_remote.clone(),
            since_time: None,
            include_unreachable: false,
            allow_shallow: cmd.allow_shallow,
            allow_partial: cmd.allow_partial,
        };
        let git = scan_git(scanner, repo, &opts, policy, workers)?;
        if !cmd.common.quiet {
            eprintln!(
                "leakgate: pre-push: {}: {} new commit{} scanned",
                range.refs.join(", "),
                git.history.commits_walked,
                plural(git.history.commits_walked as usize)
            );
        }
        outcome.merge(git.outcome);
    }
    let pushed: Vec<String> = updates
        .iter()
        .filter(|u| !u.is_deletion() && u.local_oid != u.remote_oid)
        .map(|u| u.local_oid.clone())
        .collect();
    outcome.merge(scan_tags(scanner, repo, &pushed, policy)?);
    // Two ranges can both hold a commit (a new branch and an update sharing history).
    outcome
        .findings
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    outcome
        .findings
        .dedup_by(|a, b| a.sort_key() == b.sort_key() && a.fingerprint == b.fingerprint);
    outcome.finish(started);
    Ok(outcome)
}
