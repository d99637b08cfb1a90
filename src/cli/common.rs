//! Flags shared by every scanning command, and turning a scan outcome into output and exit code.

use crate::finding::{Finding, FindingOptions};
use crate::outcome::ScanOutcome;
use crate::policy::baseline::{self, Baseline};
use crate::policy::config::{self, LoadedConfig};
use crate::policy::suppress::{Applied, SecretAllowlist, Suppressor};
use crate::report::{self, Format, ReportContext};
use crate::rules::{RuleOrigin, RuleSet};
use crate::scan::{ContentPolicy, Scanner, Workers, DEFAULT_MAX_FILE_SIZE};
use clap::{Args, ValueEnum};
use std::fmt;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// Process exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Clean = 0,
    Findings = 1,
    Error = 2,
}

/// An error that ends the command with exit code 2 and a one-line message.
#[derive(Debug)]
pub struct CliError(pub String);

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Writes `text` to standard output. A closed pipe (`leakgate rules docs | head`) ends the
/// output quietly, as it does for the scan report: the reader wanted no more. Any other write
/// error is an error, never a panic (which `print!` would be).
pub fn print_out(text: &str) -> Result<(), CliError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError(format!("cannot write to standard output: {e}"))),
        Ok(()) => Ok(()),
    }
}

/// [`print_out`] of `line` and a line end.
pub fn print_line(line: &str) -> Result<(), CliError> {
    print_out(&format!("{line}\n"))
}

impl<E: std::error::Error> From<E> for CliError {
    fn from(e: E) -> Self {
        CliError(e.to_string())
    }
}

impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[Format::Human, Format::Json, Format::Jsonl, Format::Sarif]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Sarif => "sarif",
        }))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Flags every scanning command takes.
#[derive(Debug, Clone, Args)]
pub struct CommonArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "human", env = "LEAKGATE_FORMAT")]
    pub format: Format,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Configuration file (default: .leakgate.yaml found by walking up from the scanned path).
    #[arg(long, value_name = "FILE", env = "LEAKGATE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Ignore any configuration file.
    #[arg(long, conflicts_with = "config")]
    pub isolated: bool,
    /// Extra rule file(s); a rule with a built-in id replaces the built-in.
    #[arg(long = "rules", value_name = "FILE")]
    pub rule_files: Vec<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N", env = "LEAKGATE_THREADS")]
    pub threads: Option<usize>,
    /// Print secrets in full instead of redacted.
    #[arg(long)]
    pub show_secrets: bool,
    /// Skip files larger than this many bytes (default 2 GiB: larger content is read in 8 MiB
    /// windows); archive members are held to a limit you set (default 8 MiB).
    #[arg(long, value_name = "BYTES")]
    pub max_file_size: Option<u64>,
    /// Do not open archives (zip, jar, whl, gzip, tar…): search them as binary files instead.
    #[arg(long)]
    pub no_archives: bool,
    /// When to colour human output.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Print counters and timings to standard error.
    #[arg(long)]
    pub stats: bool,
    /// Print no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Baseline file of accepted findings (default: .leakgate-baseline next to the
    /// configuration file, else at the repository root).
    #[arg(long, value_name = "FILE", conflicts_with = "no_baseline")]
    pub baseline: Option<PathBuf>,
    /// Use no baseline file.
    #[arg(long)]
    pub no_baseline: bool,
    /// Report the findings that inline allow comments hide.
    #[arg(long)]
    pub strict: bool,
    /// Report every place a secret was found, one record each (the flat list), instead of one
    /// record per secret with its places.
    #[arg(long)]
    pub all_locations: bool,
    /// The configuration once loaded, and the path it was looked up from.
    #[arg(skip)]
    loaded: OnceLock<(PathBuf, LoadedConfig)>,
    /// The progress bar the scanner feeds, when standard error is a terminal.
    #[arg(skip)]
    progress: OnceLock<Arc<super::progress::Bar>>,
}

impl CommonArgs {
    pub fn threads(&self) -> usize {
        self.threads.unwrap_or(0)
    }

    /// The configuration: `--config`, else discovered from `start`, else none (`--isolated`).
    /// The first call's result is kept for `emit`, which applies the configuration's allowlist
    /// and finds the baseline relative to `start`.
    pub fn load_config(&self, start: &Path) -> Result<LoadedConfig, CliError> {
        if let Some((_, cfg)) = self.loaded.get() {
            return Ok(cfg.clone());
        }
        let cfg = if self.isolated {
            LoadedConfig::default()
        } else {
            let path = match &self.config {
                Some(p) => Some(p.clone()),
                None => config::discover(start),
            };
            match path {
                Some(p) => config::load(&p).map_err(CliError)?,
                None => LoadedConfig::default(),
            }
        };
        let _ = self.loaded.set((start.to_path_buf(), cfg.clone()));
        Ok(cfg)
    }

    /// Makes `cfg` the configuration of this run, as if `load_config(start)` had found it (for a
    /// configuration that is not a file on disk: `HEAD:.leakgate.yaml` of a bare repository).
    pub fn use_config(&self, start: &Path, cfg: LoadedConfig) {
        let _ = self.loaded.set((start.to_path_buf(), cfg));
    }

    /// The configuration and the path it was looked up from (the current directory if no
    /// command loaded one).
    pub fn resolved_config(&self) -> Result<(PathBuf, LoadedConfig), CliError> {
        if let Some(c) = self.loaded.get() {
            return Ok(c.clone());
        }
        let start = PathBuf::from(".");
        let cfg = self.load_config(&start)?;
        Ok((start, cfg))
    }

    /// The baseline in force: `--baseline`, else the configured or discovered one, unless
    /// `--no-baseline`.
    pub fn load_baseline(&self) -> Result<Option<Baseline>, CliError> {
        if self.no_baseline {
            return Ok(None);
        }
        let path = match &self.baseline {
            Some(p) => Some(p.clone()),
            None => {
                let (start, cfg) = self.resolved_config()?;
                baseline::locate(&cfg, &start).map_err(CliError)?
            }
        };
        match path {
            Some(p) => Baseline::load(&p).map(Some).map_err(CliError),
            None => Ok(None),
        }
    }

    /// Configuration allowlist, baseline and `--strict`, compiled for this command.
    pub fn suppressor(&self) -> Result<Suppressor, CliError> {
        let (_, cfg) = self.resolved_config()?;
        Suppressor::new(&cfg, self.load_baseline()?, self.strict).map_err(CliError)
    }

    /// What content is looked at: the size limit and the configuration's excluded paths.
    pub fn policy(&self, cfg: &LoadedConfig) -> Result<ContentPolicy, CliError> {
        Ok(ContentPolicy {
            max_size: self.max_file_size(cfg),
            exclude: exclude_set(cfg)?,
            archives: !self.no_archives,
            user_limit: self.max_file_size.is_some() || cfg.config.max_file_size.is_some(),
        })
    }

    /// The scan's worker threads (`--threads`; 0 or none: one per core).
    pub fn workers(&self) -> Result<Workers, CliError> {
        Workers::new(self.threads()).map_err(CliError)
    }

    pub fn max_file_size(&self, cfg: &LoadedConfig) -> u64 {
        self.max_file_size
            .or(cfg.config.max_file_size)
            .unwrap_or(DEFAULT_MAX_FILE_SIZE)
    }

    /// Built-in rules, then the configuration's rule files, then `--rules`; disabled ids removed.
    pub fn rule_set(&self, cfg: &LoadedConfig) -> Result<RuleSet, CliError> {
        let mut rules = RuleSet::builtin().map_err(|e| CliError(e.to_string()))?;
        let cfg_dir = cfg.dir().map(Path::to_path_buf).unwrap_or_default();
        for f in &cfg.config.rules {
            rules
                .add_file(&cfg_dir.join(f))
                .map_err(|e| CliError(e.to_string()))?;
        }
        for f in &self.rule_files {
            let origin = RuleOrigin::User(f.display().to_string());
            let text = crate::rules::read_rule_file(f)
                .map_err(|e| CliError(format!("{}: {e}", f.display())))?;
            rules
                .add_file_text(&text, origin)
                .map_err(|e| CliError(e.to_string()))?;
        }
        for (id, min) in &cfg.config.min_entropy {
            match rules.get_mut(id) {
                Some(rule) => rule.spec.min_entropy = Some(*min),
                None => {
                    return Err(CliError(format!(
                        "{}: names unknown rule `{id}`",
                        cfg.position(&format!("min_entropy.{id}"), None)
                    )))
                }
            }
        }
        for a in &cfg.config.allow {
            if let Some(id) = a.rules.iter().find(|id| rules.get(id).is_none()) {
                return Err(CliError(format!(
                    "{}: names unknown rule `{id}`",
                    cfg.position("allow.rules", Some(id))
                )));
            }
        }
        let unknown = rules.disable(cfg.config.disabled_rules.iter().map(String::as_str));
        if let Some(first) = unknown.first() {
            return Err(CliError(format!(
                "{}: names unknown rule(s): {}",
                cfg.position("disabled_rules", Some(first)),
                unknown.join(", ")
            )));
        }
        Ok(rules)
    }

    pub fn scanner(&self, cfg: &LoadedConfig) -> Result<Scanner, CliError> {
        let rules = self.rule_set(cfg)?;
        let mut scanner = Scanner::new(
            rules,
            FindingOptions {
                show_secrets: self.show_secrets,
                keep_secrets: false,
            },
        );
        scanner.add_known_rule_ids(cfg.config.disabled_rules.iter().cloned());
        if let Some(allow) = SecretAllowlist::from_config(cfg).map_err(CliError)? {
            scanner.set_secret_allow(Some(Box::new(move |secret: &[u8]| allow.matching(secret))));
        }
        if super::progress::wanted(self.quiet) {
            let bar = self
                .progress
                .get_or_init(|| Arc::new(super::progress::Bar::new()));
            scanner.set_progress(Some(Arc::clone(bar) as Arc<dyn crate::source::Progress>));
        }
        Ok(scanner)
    }

    /// Clears the progress bar, if one is drawn: before anything else is written.
    pub fn finish_progress(&self) {
        if let Some(bar) = self.progress.get() {
            bar.finish();
        }
    }

    fn color(&self) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                self.format == Format::Human
                    && self.output.is_none()
                    && std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none()
            }
        }
    }

    /// Writes warnings, the report and the summary; returns the exit code the outcome deserves.
    ///
    /// This is where the configuration's allowlist, the baseline and `--strict` apply, so every
    /// scanning command treats accepted findings alike.
    pub fn emit(&self, scanner: &Scanner, outcome: &ScanOutcome) -> Result<Exit, CliError> {
        self.emit_as(scanner, outcome, None)
    }

    /// [`CommonArgs::emit`] for a gate: `blocked` writes the refusal from the findings that
    /// remain once the policy applied; in the human format it is the only listing of them (the
    /// report's detail blocks are left out, so each finding is printed once).
    pub fn emit_gate(
        &self,
        scanner: &Scanner,
        outcome: &ScanOutcome,
        blocked: BlockedMessage<'_>,
    ) -> Result<Exit, CliError> {
        self.emit_as(scanner, outcome, Some(blocked))
    }

    fn emit_as(
        &self,
        scanner: &Scanner,
        outcome: &ScanOutcome,
        blocked: Option<BlockedMessage<'_>>,
    ) -> Result<Exit, CliError> {
        self.finish_progress();
        let suppressor = self.suppressor()?;
        let adjusted;
        let mut applied = Applied::default();
        let outcome = if suppressor.is_noop() {
            outcome
        } else {
            let mut findings = outcome.findings.clone();
            applied = suppressor.apply(&mut findings);
            adjusted = ScanOutcome {
                findings,
                warnings: outcome.warnings.clone(),
                stats: outcome.stats.clone(),
            };
            &adjusted
        };
        let ctx = ReportContext {
            rules: scanner.rules(),
            outcome,
            color: self.color(),
            show_secrets: self.show_secrets,
            baseline_active: suppressor.baseline.is_some(),
            all_locations: self.all_locations,
        };
        let stderr = std::io::stderr();
        let mut err = stderr.lock();
        if applied.unhidden_inline > 0 {
            let _ = writeln!(
                err,
                "leakgate: --strict: reporting {} finding{} that inline allow comments hide",
                applied.unhidden_inline,
                if applied.unhidden_inline == 1 {
                    ""
                } else {
                    "s"
                }
            );
        }
        for w in &outcome.warnings {
            let _ = writeln!(err, "{}", report::human::warning_line(&w.path, &w.message));
        }
        let reporter = report::reporter(self.format);
        let gate_lists = blocked.is_some() && self.format == Format::Human && self.output.is_none();
        let written = match &self.output {
            None if gate_lists => Ok(()),
            Some(path) => {
                let file = std::fs::File::create(path).map_err(|e| {
                    CliError(format!("{}: cannot write report: {e}", path.display()))
                })?;
                let mut w = std::io::BufWriter::new(file);
                reporter.write(&ctx, &mut w).and_then(|_| w.flush())
            }
            None => {
                let stdout = std::io::stdout();
                let mut w = std::io::BufWriter::new(stdout.lock());
                reporter.write(&ctx, &mut w).and_then(|_| w.flush())
            }
        };
        match written {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => return Err(CliError(format!("cannot write report: {e}"))),
            Ok(()) => {}
        }
        if self.stats {
            let _ = write_stats(&mut err, outcome, scanner.rules());
        }
        if !self.quiet {
            let _ = writeln!(err, "{}", report::human::summary_line(&ctx));
        }
        if let Some(blocked) = blocked {
            let findings: Vec<&Finding> = report::failing(&outcome.findings).collect();
            if !findings.is_empty() {
                let _ = write!(err, "{}", blocked(&findings));
            }
            // The refusal lists only what blocks; advisory findings get one line each here.
            if gate_lists {
                for f in report::active(&outcome.findings).filter(|f| !f.fails()) {
                    let why = f.downgraded.as_deref().unwrap_or_default();
                    let _ = writeln!(
                        err,
                        "leakgate: advisory, does not block: {} ({}) at {}:{}: {}",
                        f.rule_name,
                        f.rule_id,
                        report::human::escape_terminal(&f.display_path()),
                        f.location.start_line,
                        report::human::escape_terminal(why)
                    );
                }
            }
        }
        Ok(exit_code(outcome))
    }
}

/// What a gate prints when it refuses, from the findings that remain once the policy applied.
pub type BlockedMessage<'a> = &'a dyn Fn(&[&Finding]) -> String;

/// Findings win over errors: 1 if anything unsuppressed and not advisory was found (an expired
/// test JWT is reported but does not fail), else 2 if coverage was lost.
pub fn exit_code(outcome: &ScanOutcome) -> Exit {
    if report::failing(&outcome.findings).next().is_some() {
        Exit::Findings
    } else if outcome.stats.errors > 0 {
        Exit::Error
    } else {
        Exit::Clean
    }
}

fn write_stats(err: &mut dyn Write, outcome: &ScanOutcome, rules: &RuleSet) -> std::io::Result<()> {
    let s = &outcome.stats;
    writeln!(err, "leakgate: stats:")?;
    writeln!(err, "  blobs scanned:       {}", s.blobs_scanned)?;
    writeln!(err, "  bytes scanned:       {}", s.bytes_scanned)?;
    writeln!(err, "  skipped binary:      {}", s.skipped_binary)?;
    writeln!(err, "  skipped too large:   {}", s.skipped_too_large)?;
    writeln!(err, "  skipped by config:   {}", s.skipped_excluded)?;
    writeln!(err, "  gitignored:          {}", s.skipped_ignored)?;
    writeln!(err, "  not UTF-8:           {}", s.not_utf8)?;
    writeln!(
        err,
        "  archives:            {} opened, {} members, {} bytes expanded, {:.3}s",
        s.archives,
        s.archive_members,
        s.archive_bytes,
        s.archive_time.as_secs_f64()
    )?;
    writeln!(
        err,
        "  binary (strings):    {} searched, {} bytes of string runs, {:.3}s",
        s.binary_searched,
        s.binary_string_bytes,
        s.binary_time.as_secs_f64()
    )?;
    writeln!(err, "  errors:              {}", s.errors)?;
    writeln!(
        err,
        "  read time (sum):     {:.3}s",
        s.read_time.as_secs_f64()
    )?;
    writeln!(
        err,
        "  match time (sum):    {:.3}s",
        s.match_time.as_secs_f64()
    )?;
    writeln!(
        err,
        "  wall time:           {:.3}s",
        s.elapsed.as_secs_f64()
    )?;
    let mb = s.bytes_scanned as f64 / (1 << 20) as f64;
    if s.elapsed.as_secs_f64() > 0.0 {
        writeln!(
            err,
            "  throughput:          {:.1} MiB/s",
            mb / s.elapsed.as_secs_f64()
        )?;
    }
    writeln!(
        err,
        "  keyword prefilter:   {:.3}s",
        s.costs.prefilter_nanos as f64 / 1e9
    )?;
    writeln!(
        err,
        "  decoding (escapes, %XX, base64): {:.3}s, {} bytes decoded and matched",
        s.costs.normalize_nanos as f64 / 1e9,
        s.costs.decoded_bytes
    )?;
    writeln!(
        err,
        "  assignment pass:     {:.3}s, {} hits placing it, {} assignments read",
        s.costs.assign_nanos as f64 / 1e9,
        s.costs.assign_positions,
        s.costs.assign_found
    )?;
    let (regex_nanos, hits, bytes) = s.costs.rules.iter().fold((0, 0, 0), |(n, h, b), c| {
        (n + c.nanos, h + c.keyword_hits, b + c.bytes)
    });
    writeln!(
        err,
        "  regex confirmation:  {:.3}s, {hits} keyword hits, {bytes} bytes searched",
        regex_nanos as f64 / 1e9
    )?;
    let mut costly: Vec<(usize, &crate::matcher::RuleCost)> = s
        .costs
        .rules
        .iter()
        .enumerate()
        .filter(|(_, c)| c.keyword_hits > 0)
        .collect();
    costly.sort_by_key(|c| std::cmp::Reverse(c.1.nanos));
    writeln!(
        err,
        "  rules that cost most (regex time, keyword hits, bytes searched, matches):"
    )?;
    for (i, c) in costly.iter().take(10) {
        let id = rules.rules().get(*i).map_or("?", |r| r.id());
        writeln!(
            err,
            "    {:<36} {:>8.3}s {:>10} {:>12} {:>6}",
            id,
            c.nanos as f64 / 1e9,
            c.keyword_hits,
            c.bytes,
            c.matches
        )?;
    }
    // Keyword hits open regex windows and place the assignment pass: the rules whose keywords
    // hit most are where a stricter keyword (a longer literal, the token's own case) pays.
    costly.sort_by_key(|c| std::cmp::Reverse(c.1.keyword_hits));
    writeln!(
        err,
        "  rules with most keyword hits (keyword hits, regex time, keywords):"
    )?;
    for (i, c) in costly.iter().take(30) {
        let rule = rules.rules().get(*i);
        writeln!(
            err,
            "    {:<36} {:>10} {:>8.3}s  {}",
            rule.map_or("?", |r| r.id()),
            c.keyword_hits,
            c.nanos as f64 / 1e9,
            rule.map_or(String::new(), |r| r.spec.keywords.join(" "))
        )?;
    }
    Ok(())
}

/// Compiles path globs from the configuration into one set.
pub fn exclude_set(cfg: &LoadedConfig) -> Result<Option<globset::GlobSet>, CliError> {
    if cfg.config.exclude_paths.is_empty() {
        return Ok(None);
    }
    let mut b = globset::GlobSetBuilder::new();
    for g in &cfg.config.exclude_paths {
        let glob = globset::GlobBuilder::new(g)
            .literal_separator(false)
            .build()
            .map_err(|e| {
                let at = cfg
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                CliError(format!("{at}: exclude_paths: invalid glob `{g}`: {e}"))
            })?;
        b.add(glob);
    }
    Ok(Some(b.build()?))
}
