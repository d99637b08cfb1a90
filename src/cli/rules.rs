//! `leakgate rules list|check|show`

use super::common::{CliError, Exit};
use crate::matcher::check::check_rules;
use crate::rules::{RuleOrigin, RuleSet};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List every rule: id, severity, provider, name.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check rules: ids unique, patterns compile with a `secret` group, every example matches
    /// exactly once, no negative example matches, every verify block is safe (https, pinned
    /// host, known placement, live and invalid statuses). Without FILEs, checks the built-in
    /// rules.
    Check {
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show one rule in full.
    Show { id: String },
    /// Print the Markdown catalogue (docs/rules.md).
    Docs,
}

impl RulesCommand {
    pub fn run(self) -> Result<Exit, CliError> {
        match self {
            RulesCommand::List { json } => {
                let rules = RuleSet::builtin()?;
                if json {
                    let list: Vec<_> = rules
                        .rules()
                        .iter()
                        .map(|r| {
                            serde_json::json!({
                                "id": r.spec.id, "name": r.spec.name, "provider": r.provider,
                                "severity": r.spec.severity, "keywords": r.spec.keywords,
                            })
                        })
                        .collect();
                    super::common::print_line(&serde_json::to_string_pretty(&list)?)?;
                } else {
                    // Columns as wide as their widest cell (severity's Display ignores `{:<9}`).
                    let rows: Vec<[String; 4]> = rules
                        .rules()
                        .iter()
                        .map(|r| {
                            [
                                r.spec.id.clone(),
                                r.spec.severity.to_string(),
                                r.provider.clone(),
                                r.spec.name.clone(),
                            ]
                        })
                        .collect();
                    let width =
                        |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
                    let (w0, w1, w2) = (width(0), width(1), width(2));
                    for [id, severity, provider, name] in &rows {
                        super::common::print_line(&format!(
                            "{id:<w0$}  {severity:<w1$}  {provider:<w2$}  {name}"
                        ))?;
                    }
                    eprintln!("{} rules", rules.len());
                }
                Ok(Exit::Clean)
            }
            RulesCommand::Check { files } => {
                let rules = if files.is_empty() {
                    RuleSet::builtin()?
                } else {
                    let mut set = RuleSet::default();
                    for f in &files {
                        let text =
                            crate::limits::read_input_file(f, "rule file").map_err(CliError)?;
                        set.add_file_text(&text, RuleOrigin::User(f.display().to_string()))?;
                    }
                    set
                };
                let problems = check_rules(&rules);
                for p in &problems {
                    super::common::print_line(&format!(
                        "{}: rule `{}`: {}",
                        p.origin, p.rule_id, p.message
                    ))?;
                }
                // Verify blocks: https to a pinned host, a known placement, statuses for both.
                let verify_problems: Vec<String> = rules
                    .rules()
                    .iter()
                    .flat_map(|r| {
                        r.spec
                            .verify
                            .iter()
                            .flat_map(crate::verify::spec::problems)
                            .map(move |m| format!("{}: rule `{}`: {m}", r.origin, r.id()))
                    })
                    .collect();
                for p in &verify_problems {
                    super::common::print_line(p)?;
                }
                let problems: Vec<String> = problems
                    .iter()
                    .map(|p| p.message.clone())
                    .chain(verify_problems)
                    .collect();
                if problems.is_empty() {
                    eprintln!("{} rules checked, all examples behave", rules.len());
                    Ok(Exit::Clean)
                } else {
                    eprintln!("{} problem(s) in {} rules", problems.len(), rules.len());
                    Ok(Exit::Findings)
                }
            }
            RulesCommand::Docs => {
                super::common::print_out(&crate::rules::docs::render_markdown(
                    &RuleSet::builtin()?
                ))?;
                Ok(Exit::Clean)
            }
            RulesCommand::Show { id } => {
                let rules = RuleSet::builtin()?;
                let rule = rules
                    .get(&id)
                    .ok_or_else(|| CliError(format!("no rule with id `{id}`")))?;
                super::common::print_line(&format!(
                    "# {} ({})\nprovider: {}",
                    rule.spec.name, rule.origin, rule.provider
                ))?;
                super::common::print_line(&serde_json::to_string_pretty(&rule.spec)?)?;
                Ok(Exit::Clean)
            }
        }
    }
}
