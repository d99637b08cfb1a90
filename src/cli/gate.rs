//! `leakgate staged`, `leakgate pre-push`, `leakgate hooks install|uninstall`.

use super::common::{CliError, CommonArgs, Exit};
use crate::finding::Finding;
use crate::gate::hooks::{self, HookKind};
use crate::gate::is_refused_env_file;
use crate::gate::prepush::{parse_push_lines, plan_push, PushPlan, PushUpdate};
use crate::outcome::ScanOutcome;
use crate::rules::RuleSet;
use crate::scan::{scan_git, scan_staged, scan_tags, ContentPolicy, Scanner, Workers};
use crate::source::git::index::staged_changes;
use crate::source::git::{GitScanOptions, Repo};
use clap::{Args, Subcommand};
use std::io::{IsTerminal, Read, Write};
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
    pub verify: super::verify::VerifyArgs,
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
        super::verify::apply(&live, &scanner, &mut result.outcome)?;
        let mut exit = self.common.emit(&scanner, &result.outcome)?;
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
        for path in refused_env_files
            .iter()
            .map(|p| crate::report::human::escape_terminal(p))
        {
            let _ = writeln!(
                err,
                "leakgate: commit blocked: `{path}` is a .env file; these hold secrets and stay out of git.\n  \
                 Unstage it with `git rm --cached {path}`, add `.env` to .gitignore, and commit a\n  \
                 `.env.example` with placeholder values instead."
            );
        }
        let findings: Vec<&Finding> = crate::report::active(&result.outcome.findings).collect();
        if !findings.is_empty() {
            let _ = write!(
                err,
                "{}",
                blocked_message("commit", &findings, scanner.rules())
            );
        }
        if !refused_env_files.is_empty() {
            exit = Exit::Findings;
        }
        Ok(exit)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// What the user reads when a gate refuses: each secret (redacted), how to fix it, and how to
/// allow a false positive.
pub fn blocked_message(what: &str, findings: &[&Finding], rules: &RuleSet) -> String {
    let mut s = format!(
        "\nleakgate: {what} blocked: {} secret{} found:\n",
        findings.len(),
        plural(findings.len())
    );
    for f in findings {
        let at = match f.provenance.commit() {
            Some(c) => format!(" (commit {})", &c[..c.len().min(12)]),
            None => String::new(),
        };
        s.push_str(&format!(
            "  {}:{}:{}  {}  {} ({}){at}\n",
            f.display_path(),
            f.location.start_line,
            f.location.start_column,
            f.redacted,
            f.rule_name,
            f.rule_id
        ));
    }
    s.push_str("\nTo fix it:\n");
    s.push_str(
        "  1. Take the secret out of the file and load it at run time instead (an environment\n     \
         variable or a secret manager), then stage the file again.\n",
    );
    if what == "push" {
        s.push_str(
            "     The secret is in a commit already: rewrite that commit (e.g. `git rebase -i`,\n     \
             `git commit --amend`) so no pushed commit holds it.\n",
        );
    }
    s.push_str("  2. If the key was ever shared, pushed or pasted anywhere, revoke it and issue a new one.\n");
    let mut pages: Vec<(&str, &str)> = Vec::new();
    for f in findings {
        if let Some(url) = rules
            .get(&f.rule_id)
            .and_then(|r| r.spec.references.first())
        {
            if !pages.iter().any(|(id, _)| *id == f.rule_id) {
                pages.push((&f.rule_id, url));
            }
        }
    }
    for (id, url) in pages {
        s.push_str(&format!("     {id}: {url}\n"));
    }
    s.push_str(
        "\nIf it is not a real secret (a test fixture, a documented example), allow it on its line:\n  \
         <the line>  # leakgate:allow <rule-id> -- <why it is safe>\n\
         or turn the rule off for this repository with `disabled_rules` in .leakgate.yaml.\n",
    );
    s
}

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
    pub verify: super::verify::VerifyArgs,
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
        super::verify::apply(&live, &scanner, &mut outcome)?;
        let exit = self.common.emit(&scanner, &outcome)?;
        let findings: Vec<&Finding> = crate::report::active(&outcome.findings).collect();
        if !findings.is_empty() {
            let _ = write!(
                std::io::stderr().lock(),
                "{}",
                blocked_message("push", &findings, scanner.rules())
            );
        }
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
