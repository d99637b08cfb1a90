//! `leakgate baseline create|check`, `leakgate config show`, `leakgate import gitleaks`.

use super::common::{CliError, CommonArgs, Exit};
use crate::finding::Finding;
use crate::policy::baseline::{self, Baseline, FindingKey};
use crate::policy::import_gitleaks;
use crate::policy::suppress::Suppressor;
use crate::report::human::{escape_terminal, warning_line};
use crate::scan::scan_paths;
use crate::source::fs::{report_base, WalkOptions};
use clap::{Args, Subcommand};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What `baseline create` and `baseline check` look at.
#[derive(Debug, Args)]
pub struct BaselineArgs {
    /// Files or directories to scan. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Take the findings from a leakgate JSON or JSON Lines report (e.g. of `leakgate git`)
    /// instead of scanning the working tree.
    #[arg(long, value_name = "FILE")]
    pub from_report: Option<PathBuf>,
    /// Scan files that .gitignore, .ignore and .leakgateignore exclude.
    #[arg(long)]
    pub no_ignore: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Write .leakgate-baseline accepting every current finding (reasons already written there
    /// are kept).
    Create {
        /// Reason recorded on new entries.
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        args: BaselineArgs,
    },
    /// Report baseline entries that no longer match anything, and findings it does not accept.
    Check {
        #[command(flatten)]
        args: BaselineArgs,
    },
}

/// The findings a baseline command works on.
struct Current {
    /// Every finding, accepted or not.
    all: Vec<FindingKey>,
    /// Findings neither inline nor configuration allows accept (what the baseline is for).
    open: Vec<FindingKey>,
    /// The same, with positions, for messages.
    open_findings: Vec<Finding>,
}

impl BaselineArgs {
    fn start(&self) -> PathBuf {
        self.paths
            .first()
            .cloned()
            .unwrap_or_else(|| PathBuf::from("."))
    }

    fn current(&self) -> Result<Current, CliError> {
        let start = self.start();
        let cfg = self.common.load_config(&start)?;
        if let Some(report) = &self.from_report {
            return read_report(report);
        }
        let scanner = self.common.scanner(&cfg)?;
        let paths = if self.paths.is_empty() {
            vec![start.clone()]
        } else {
            self.paths.clone()
        };
        let walk = WalkOptions {
            no_ignore: self.no_ignore,
            follow_symlinks: false,
            threads: self.common.threads(),
            max_read: self.common.max_file_size(&cfg),
            implicit_root: self.paths.is_empty(),
            git_ignore: super::scan::git_ignore_filter(&paths, self.no_ignore)?,
        };
        let policy = self.common.policy(&cfg)?;
        let mut outcome = scan_paths(&scanner, &paths, &report_base(&start), &walk, &policy);
        self.common.finish_progress();
        let stderr = std::io::stderr();
        let mut err = stderr.lock();
        for w in &outcome.warnings {
            let _ = writeln!(err, "{}", warning_line(&w.path, &w.message));
        }
        Suppressor::new(&cfg, None, false)
            .map_err(CliError)?
            .apply(&mut outcome.findings);
        let all = outcome.findings.iter().map(FindingKey::from).collect();
        let open_findings: Vec<Finding> = outcome
            .findings
            .into_iter()
            .filter(|f| !f.is_suppressed())
            .collect();
        Ok(Current {
            all,
            open: open_findings.iter().map(FindingKey::from).collect(),
            open_findings,
        })
    }

    /// The baseline file: `--baseline`, else the configured or discovered one.
    fn existing(&self) -> Result<Option<PathBuf>, CliError> {
        if let Some(p) = &self.common.baseline {
            return Ok(Some(p.clone()));
        }
        let start = self.start();
        let cfg = self.common.load_config(&start)?;
        baseline::locate(&cfg, &start).map_err(CliError)
    }
}

/// Reads findings from `leakgate --format json` or `--format jsonl` output.
fn read_report(path: &Path) -> Result<Current, CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CliError(format!("{}: cannot read report: {e}", path.display())))?;
    let bad = |why: String| {
        CliError(format!(
            "{}: not a leakgate JSON report: {why}",
            path.display()
        ))
    };
    let values: Vec<serde_json::Value> = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Object(mut doc)) => match doc.remove("findings") {
            Some(serde_json::Value::Array(a)) => a,
            _ => return Err(bad("no `findings` array".into())),
        },
        Ok(_) => return Err(bad("expected an object".into())),
        Err(_) => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()
            .map_err(|e| bad(e.to_string()))?,
    };
    let mut all = Vec::new();
    let mut open = Vec::new();
    for v in &values {
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let (Some(fingerprint), Some(rule_id)) = (field("fingerprint"), field("rule_id")) else {
            return Err(bad("a finding lacks `fingerprint` or `rule_id`".into()));
        };
        let path_of = |place: &serde_json::Value| {
            place
                .get("provenance")
                .and_then(|p| {
                    p.get("path")
                        .or_else(|| p.get("name"))
                        .or_else(|| p.get("blob"))
                })
                .and_then(|x| x.as_str())
                .unwrap_or("<stdin>")
                .to_string()
        };
        // A secret record lists its places; a flat (`--all-locations`) record is one place.
        let paths: Vec<String> = match v.get("locations").and_then(|l| l.as_array()) {
            Some(places) => {
                let count = v.get("location_count").and_then(|c| c.as_u64());
                if count.is_some_and(|c| c > places.len() as u64) {
                    return Err(bad(format!(
                        "a secret lists {} of its {} places; write the report with \
                         --all-locations",
                        places.len(),
                        count.unwrap_or_default()
                    )));
                }
                places.iter().map(path_of).collect()
            }
            None => vec![path_of(v)],
        };
        let kind = v
            .get("suppression")
            .and_then(|s| s.get("kind"))
            .and_then(|k| k.as_str());
        for path in paths {
            let key = FindingKey {
                fingerprint: fingerprint.clone(),
                rule_id: rule_id.clone(),
                path,
            };
            if matches!(kind, None | Some("baseline")) {
                open.push(key.clone());
            }
            all.push(key);
        }
    }
    Ok(Current {
        all,
        open,
        open_findings: Vec::new(),
    })
}

impl BaselineCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        match self {
            BaselineCommand::Create { reason, args } => create(&args, reason.as_deref()),
            BaselineCommand::Check { args } => check(&args),
        }
    }
}

fn create(args: &BaselineArgs, reason: Option<&str>) -> Result<Exit, CliError> {
    let current = args.current()?;
    let target = match &args.common.baseline {
        Some(p) => p.clone(),
        None => {
            let start = args.start();
            let cfg = args.common.load_config(&start)?;
            baseline::default_path(&cfg, &start)
        }
    };
    let mut new = Baseline::from_keys(current.open, reason);
    match std::fs::symlink_metadata(&target) {
        Ok(m) if m.file_type().is_file() => {
            let old = Baseline::load(&target).map_err(CliError)?;
            new.keep_reasons_from(&old);
        }
        // A found or configured baseline path comes from the repository: a symlink there could
        // point out of it (into a dotfile), a FIFO would hang the write. `--baseline` is the
        // user's own choice and may be a link to a regular file.
        Ok(m)
            if m.file_type().is_symlink()
                && args.common.baseline.is_some()
                && std::fs::metadata(&target).is_ok_and(|t| t.is_file()) =>
        {
            let old = Baseline::load(&target).map_err(CliError)?;
            new.keep_reasons_from(&old);
        }
        Ok(_) => {
            return Err(CliError(format!(
                "{}: not a regular file; the baseline is not written through it (remove it, or \
                 give --baseline FILE)",
                target.display()
            )))
        }
        Err(_) => {}
    }
    std::fs::write(&target, new.render())
        .map_err(|e| CliError(format!("{}: cannot write baseline: {e}", target.display())))?;
    eprintln!(
        "leakgate: wrote {} accepted finding{} to {}",
        new.len(),
        if new.len() == 1 { "" } else { "s" },
        target.display()
    );
    match baseline::ensure_union_merge(&target) {
        Ok(true) => eprintln!(
            "leakgate: marked it `merge=union` in .gitattributes, so branches that both accept \
             findings merge without conflict"
        ),
        Ok(false) => {}
        Err(e) => eprintln!("leakgate: warning: cannot update .gitattributes: {e}"),
    }
    Ok(Exit::Clean)
}

fn check(args: &BaselineArgs) -> Result<Exit, CliError> {
    let Some(path) = args.existing()? else {
        return Err(CliError(
            "no baseline found: give --baseline FILE, set `baseline` in .leakgate.yaml, or run \
             `leakgate baseline create`"
                .into(),
        ));
    };
    let base = Baseline::load(&path).map_err(CliError)?;
    let current = args.current()?;
    let stale = base.stale(&current.all);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for e in &stale {
        let _ = writeln!(
            out,
            "{}:{}: stale: {} {} {} matches no current finding",
            escape_terminal(&path.display().to_string()),
            e.line,
            e.fingerprint,
            escape_terminal(&e.rule_id),
            escape_terminal(&e.path)
        );
    }
    let mut new = 0;
    let mut seen = BTreeSet::new();
    for (i, k) in current.open.iter().enumerate() {
        if base.find(&k.fingerprint, &k.rule_id).is_some() {
            continue;
        }
        if !seen.insert((k.fingerprint.clone(), k.rule_id.clone(), k.path.clone())) {
            continue;
        }
        new += 1;
        let at = match current.open_findings.get(i) {
            Some(f) => format!(
                "{}:{}:{}",
                f.provenance.path(),
                f.location.start_line,
                f.location.start_column
            ),
            None => k.path.clone(),
        };
        let _ = writeln!(
            out,
            "{}: new: {} {} is not in the baseline",
            escape_terminal(&at),
            escape_terminal(&k.rule_id),
            k.fingerprint
        );
    }
    eprintln!(
        "leakgate: baseline {}: {} entr{}, {} stale, {} new finding{}",
        path.display(),
        base.len(),
        if base.len() == 1 { "y" } else { "ies" },
        stale.len(),
        new,
        if new == 1 { "" } else { "s" }
    );
    Ok(if stale.is_empty() && new == 0 {
        Exit::Clean
    } else {
        Exit::Findings
    })
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the merged configuration: the file's settings with flags applied and defaults
    /// filled in.
    Show {
        /// Where to look for .leakgate.yaml. Default: the current directory.
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
        #[command(flatten)]
        common: CommonArgs,
    },
}

impl ConfigCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        let ConfigCommand::Show { path, common } = self;
        let start = path.unwrap_or_else(|| PathBuf::from("."));
        let cfg = common.load_config(&start)?;
        // Compiling the rule set checks rule ids named anywhere in the configuration.
        let rules = common.rule_set(&cfg)?;
        let mut merged = cfg.config.clone();
        merged.rules.extend(common.rule_files.iter().cloned());
        merged.max_file_size = Some(common.max_file_size(&cfg));
        merged.baseline = if common.no_baseline {
            None
        } else {
            match &common.baseline {
                Some(p) => Some(p.clone()),
                None => baseline::locate(&cfg, &start).map_err(CliError)?,
            }
        };
        let hidden = hide_allowed_values(&mut merged);
        let yaml = serde_saphyr::to_string(&merged)
            .map_err(|e| CliError(format!("cannot print configuration: {e}")))?;
        let source = match &cfg.path {
            Some(p) => p.display().to_string(),
            None if common.isolated => "none (--isolated)".into(),
            None => "none found (defaults)".into(),
        };
        super::common::print_line(&format!("# configuration file: {source}"))?;
        super::common::print_line(&format!("# rules in force: {}", rules.len()))?;
        if hidden > 0 {
            super::common::print_line(&format!(
                "# allow.values: {hidden} secret(s) shown as their fingerprints (rule id + secret), \
                 never verbatim"
            ))?;
        }
        super::common::print_out(&yaml)?;
        if !yaml.ends_with('\n') {
            super::common::print_out("\n")?;
        }
        Ok(Exit::Clean)
    }
}

/// Replaces every allowed secret (`allow[].values`) with what identifies it without revealing it,
/// so that `config show` never prints a secret; returns how many values were hidden.
///
/// A fingerprint hashes the rule id with the secret, so a value of an entry that names its rules
/// becomes one fingerprint per rule, moved to the entry's `fingerprints` (an equivalent entry: a
/// value matches exactly when its fingerprint does). An entry for every rule has no single
/// fingerprint per value; its values are listed as `fingerprint-of-secret:` the value's
/// fingerprint under the empty rule id, which identifies the value and matches no finding.
pub fn hide_allowed_values(config: &mut crate::policy::config::Config) -> usize {
    let mut hidden = 0;
    for entry in &mut config.allow {
        let values = std::mem::take(&mut entry.values);
        hidden += values.len();
        if entry.rules.is_empty() {
            entry.values = values
                .iter()
                .map(|v| {
                    format!(
                        "fingerprint-of-secret:{}",
                        crate::finding::fingerprint("", v.as_bytes())
                    )
                })
                .collect();
        } else {
            for v in &values {
                for rule in &entry.rules {
                    let fp = crate::finding::fingerprint(rule, v.as_bytes());
                    if !entry.fingerprints.contains(&fp) {
                        entry.fingerprints.push(fp);
                    }
                }
            }
        }
    }
    hidden
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Convert a gitleaks configuration (.gitleaks.toml) into leakgate's: writes .leakgate.yaml
    /// and, for custom rules, gitleaks-rules.yaml, and lists what it could not convert.
    Gitleaks {
        /// The gitleaks configuration file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Directory to write into.
        #[arg(long, value_name = "DIR", default_value = ".")]
        output_dir: PathBuf,
        /// Overwrite existing files.
        #[arg(long)]
        force: bool,
    },
}

impl ImportCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        let ImportCommand::Gitleaks {
            file,
            output_dir,
            force,
        } = self;
        let text =
            crate::limits::read_input_file(&file, "gitleaks configuration").map_err(CliError)?;
        let imported = import_gitleaks::convert(&text).map_err(|e| {
            CliError(format!(
                "{}: {}",
                file.display(),
                crate::limits::mask_secrets(&e)
            ))
        })?;
        let config_path = output_dir.join(crate::policy::config::CONFIG_FILE_NAME);
        let rules_path = output_dir.join(import_gitleaks::RULES_FILE_NAME);
        let mut writes = vec![(
            config_path,
            format!(
                "# Converted from {} by `leakgate import gitleaks`.\n{}",
                file.display(),
                serde_saphyr::to_string(&imported.config)
                    .map_err(|e| CliError(format!("cannot write configuration: {e}")))?
            ),
        )];
        if let Some(r) = &imported.rules_yaml {
            writes.push((rules_path, r.clone()));
        }
        for (p, _) in &writes {
            // `symlink_metadata`: a dangling symlink exists too, and writing through it would
            // create its target wherever it points. Only regular files are overwritten.
            match std::fs::symlink_metadata(p) {
                Err(_) => {}
                Ok(m) if !m.file_type().is_file() => {
                    return Err(CliError(format!(
                        "{} exists and is not a regular file; not written through",
                        p.display()
                    )))
                }
                Ok(_) if !force => {
                    return Err(CliError(format!(
                        "{} exists; pass --force to overwrite it",
                        p.display()
                    )))
                }
                Ok(_) => {}
            }
        }
        for (p, text) in &writes {
            std::fs::write(p, text)
                .map_err(|e| CliError(format!("{}: cannot write: {e}", p.display())))?;
            eprintln!("leakgate: wrote {}", p.display());
        }
        eprintln!(
            "leakgate: imported {} rule(s) and {} allow entr{}",
            imported.rules_converted,
            imported.config.allow.len(),
            if imported.config.allow.len() == 1 {
                "y"
            } else {
                "ies"
            }
        );
        // Notes quote the file's regexes and paths: secret-like tokens masked, controls escaped.
        for n in &imported.notes {
            eprintln!(
                "leakgate: note: {}",
                escape_terminal(&crate::limits::mask_secrets(n))
            );
        }
        Ok(Exit::Clean)
    }
}
