//! `leakgate sweep --repos FILE --out DIR` and `leakgate merge DIR... --out DIR`

use super::common::{CliError, CommonArgs, Exit};
use crate::report::human::human_bytes;
use crate::source::git::clone::DEFAULT_CLONE_TIMEOUT;
use crate::sweep::combine::RepoOutputs;
use crate::sweep::list::{output_key, parse_list, Shard};
use crate::sweep::result::{read_summary, RepoFiles, RepoResult, Status, Summary};
use crate::sweep::{self, Engine, SweepOptions, SUMMARY_JSON};
use clap::Args;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Args)]
pub struct SweepCommand {
    /// The repositories: one local path or clone URL per line (`-`: standard input); blank
    /// lines and `#` comments are skipped.
    #[arg(long, value_name = "FILE")]
    pub repos: PathBuf,
    /// Where results go: `repos/<name>.{jsonl,sarif,json}`, `summary.json`, `findings.jsonl`,
    /// `findings.sarif`. Running again into the same directory resumes.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Sweep only shard I of N (from 0): a stable hash of each listed repository decides.
    #[arg(long, value_name = "I/N", value_parser = Shard::parse, env = "LEAKGATE_SHARD")]
    pub shard: Option<Shard>,
    /// Repositories judged at once; the worker threads (--threads) are divided among them.
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub jobs: usize,
    /// Where remote repositories are cloned (default: DIR/clones).
    #[arg(long, value_name = "DIR")]
    pub clone_dir: Option<PathBuf>,
    /// Keep the clones of remote repositories instead of removing each after its scan.
    #[arg(long)]
    pub keep_clones: bool,
    /// Give up on a clone (or ref listing) after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = DEFAULT_CLONE_TIMEOUT.as_secs())]
    pub clone_timeout: u64,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Reads the repository list (`-`: standard input), at most 64 MiB.
fn read_list(path: &Path) -> Result<Vec<String>, CliError> {
    const CAP: u64 = 64 << 20;
    let text = if path == Path::new("-") {
        let mut buf = String::new();
        std::io::stdin()
            .take(CAP)
            .read_to_string(&mut buf)
            .map_err(|e| {
                CliError(format!(
                    "standard input: cannot read the repository list: {e}"
                ))
            })?;
        buf
    } else {
        crate::limits::read_bounded(path, "repository list", CAP).map_err(CliError)?
    };
    Ok(parse_list(&text))
}

impl SweepCommand {
    pub fn run(mut self) -> Result<Exit, CliError> {
        if self.common.output.is_some() {
            return Err(CliError(
                "sweep writes its reports under --out DIR; --output does not apply".into(),
            ));
        }
        if self.jobs == 0 {
            return Err(CliError(
                "--jobs 0: at least one repository at a time".into(),
            ));
        }
        // A sweep's repositories are not the current directory: configuration and baseline
        // apply only when named.
        if self.common.config.is_none() {
            self.common.isolated = true;
        }
        if self.common.baseline.is_none() {
            self.common.no_baseline = true;
        }
        let repositories = read_list(&self.repos)?;
        let cfg = self.common.load_config(Path::new("."))?;
        let scanner = self.common.scanner(&cfg)?;
        let policy = self.common.policy(&cfg)?;
        let suppressor = self.common.suppressor()?;
        let extra = format!(
            "{:?}\0{:?}\0{}",
            cfg.path, cfg.config.exclude_paths, self.common.strict
        );
        let engine = Engine {
            scanner: &scanner,
            policy: &policy,
            suppressor: &suppressor,
            rules_version: sweep::rules_version(scanner.rules(), &policy, &extra),
        };
        let opts = SweepOptions {
            clone_dir: self
                .clone_dir
                .clone()
                .unwrap_or_else(|| self.out.join("clones")),
            out: self.out.clone(),
            keep_clones: self.keep_clones,
            jobs: self.jobs,
            threads: self.common.threads(),
            clone_timeout: Duration::from_secs(self.clone_timeout.max(1)),
            shard: self.shard.unwrap_or(Shard::ALL),
            progress: !self.common.quiet && std::io::stderr().is_terminal(),
        };
        let summary = sweep::sweep(&repositories, &engine, &opts).map_err(CliError)?;
        if !opts.keep_clones {
            // Only removes the directory if the sweep left it empty.
            let _ = std::fs::remove_dir(&opts.clone_dir);
        }
        if !self.common.quiet {
            eprintln!("{}", summary_line("sweep", &summary, &self.out));
        }
        Ok(exit_of(&summary))
    }
}

fn exit_of(summary: &Summary) -> Exit {
    match summary.exit_code() {
        0 => Exit::Clean,
        1 => Exit::Findings,
        _ => Exit::Error,
    }
}

fn summary_line(what: &str, s: &Summary, out: &Path) -> String {
    let t = &s.totals;
    let mut errors = String::new();
    for r in s.repositories.iter().filter(|r| r.reason.is_some()).take(5) {
        errors.push_str(&format!(
            "\nleakgate: {what}: error: {}: {}",
            r.repository,
            r.reason.as_deref().unwrap_or_default()
        ));
    }
    format!(
        "{}leakgate: {what}: {} repositor{} (shard {}): {} ok, {} error{}, {} unchanged since the \
         last sweep; {} finding{}, {} distinct secret{}; {} scanned in {:.1}s; results in {}",
        if errors.is_empty() {
            String::new()
        } else {
            format!("{}\n", errors.trim_start())
        },
        t.repositories,
        if t.repositories == 1 { "y" } else { "ies" },
        s.shard,
        t.ok,
        t.errors,
        if t.errors == 1 { "" } else { "s" },
        t.resumed,
        t.findings,
        if t.findings == 1 { "" } else { "s" },
        t.secrets,
        if t.secrets == 1 { "" } else { "s" },
        human_bytes(t.bytes),
        t.seconds,
        out.display()
    )
}

#[derive(Debug, Args)]
pub struct MergeCommand {
    /// Output directories of `leakgate sweep` (one per shard).
    #[arg(value_name = "DIR", required = true)]
    pub dirs: Vec<PathBuf>,
    /// Where the merged `summary.json`, `findings.jsonl` and `findings.sarif` go.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The list the shards were cut from: a listed repository that no shard's summary holds (a
    /// shard that never ran or never uploaded) is recorded as an error instead of left out.
    #[arg(long, value_name = "FILE")]
    pub repos: Option<PathBuf>,
    /// Print no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

impl MergeCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        let mut results = Vec::new();
        let mut dir_of: std::collections::HashMap<String, PathBuf> =
            std::collections::HashMap::new();
        for dir in &self.dirs {
            let summary = read_summary(&dir.join(SUMMARY_JSON)).map_err(CliError)?;
            for r in summary.repositories {
                if dir_of.contains_key(&r.repository) {
                    return Err(CliError(format!(
                        "{}: {} is also in {}: were the shards cut from the same list with \
                         the same N?",
                        dir.display(),
                        r.repository,
                        dir_of[&r.repository].display()
                    )));
                }
                dir_of.insert(r.repository.clone(), dir.clone());
                results.push(r);
            }
        }
        if let Some(list) = &self.repos {
            for name in read_list(list)? {
                if !dir_of.contains_key(&name) {
                    results.push(RepoResult {
                        repository: name,
                        status: Status::Error,
                        reason: Some(
                            "in the list but in no shard's output (did a shard fail or not run?)"
                                .into(),
                        ),
                        findings: 0,
                        secrets: 0,
                        bytes: 0,
                        seconds: 0.0,
                        heads: None,
                        rules_version: String::new(),
                        resumed: false,
                    });
                }
            }
        }
        results.sort_by(|a, b| a.repository.cmp(&b.repository));
        std::fs::create_dir_all(&self.out)
            .map_err(|e| CliError(format!("{}: cannot create: {e}", self.out.display())))?;
        let summary = sweep::finish(&self.out, "merged".into(), results, |r| {
            let dir = dir_of
                .get(&r.repository)
                .cloned()
                .unwrap_or_else(|| PathBuf::from("."));
            let files = RepoFiles::new(&dir, &output_key(&r.repository));
            RepoOutputs {
                repository: r.repository.clone(),
                jsonl: files.jsonl,
                sarif: files.sarif,
            }
        })
        .map_err(CliError)?;
        if !self.quiet {
            eprintln!("{}", summary_line("merge", &summary, &self.out));
        }
        Ok(exit_of(&summary))
    }
}
