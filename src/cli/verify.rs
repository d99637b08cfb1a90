//! `--verify`, `--only-verified`, `--verify-cache FILE`, `--verify-timeout SECONDS` on `scan`,
//! `git`, `staged` and `pre-push`: after the scan, before the report, ask each distinct secret's
//! provider whether it is live (see `crate::verify`). Nothing is sent without `--verify`.

use super::common::CliError;
use crate::finding::VerifyStatus;
use crate::outcome::ScanOutcome;
use crate::scan::{Scanner, Workers};
use crate::verify::{limit::MAX_IN_FLIGHT, Options, Verifier};
use clap::Args;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, Default, Args)]
pub struct VerifyArgs {
    /// Ask each distinct secret's provider, once, whether it is live and whose it is (sends the
    /// secret to the provider's own API host, over TLS; see docs/verification.md).
    #[arg(long, env = "LEAKGATE_VERIFY")]
    pub verify: bool,
    /// Report only the secrets the provider says are live (implies --verify).
    #[arg(long)]
    pub only_verified: bool,
    /// Keep verification answers (fingerprints and results, never secrets) in FILE across runs.
    #[arg(long, value_name = "FILE")]
    pub verify_cache: Option<PathBuf>,
    /// The longest one verification request may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub verify_timeout: u64,
}

/// A run's verification, ready before the scan starts.
pub struct LiveCheck {
    verifier: Verifier,
    only_verified: bool,
}

impl VerifyArgs {
    /// With `--verify`: checks the override and every verify block (exit 2 before any request
    /// on a bad one) and has the scan keep secrets for verification.
    pub fn start(&self, scanner: &mut Scanner) -> Result<Option<LiveCheck>, CliError> {
        if !(self.verify || self.only_verified) {
            return Ok(None);
        }
        if self.verify_timeout == 0 {
            return Err(CliError(
                "--verify-timeout must be at least 1 second".into(),
            ));
        }
        let options = Options {
            timeout: Duration::from_secs(self.verify_timeout),
            cache_file: self.verify_cache.clone(),
        };
        let verifier = Verifier::new(&options, scanner.rules()).map_err(CliError)?;
        scanner.finding_options.keep_secrets = true;
        Ok(Some(LiveCheck {
            verifier,
            only_verified: self.only_verified,
        }))
    }
}

impl LiveCheck {
    /// Verifies each distinct secret once and attaches the answer to every finding of it;
    /// with `--only-verified`, keeps the live ones only.
    pub fn apply(&self, scanner: &Scanner, outcome: &mut ScanOutcome) -> Result<(), CliError> {
        let plan = self.verifier.plan(scanner.rules(), &outcome.findings);
        let answers = if plan.jobs.is_empty() {
            Vec::new()
        } else {
            let pool = Workers::new(MAX_IN_FLIGHT.min(plan.jobs.len())).map_err(CliError)?;
            pool.map(&plan.jobs, |job| self.verifier.check(job))
        };
        self.verifier
            .finish(&mut outcome.findings, &plan, &answers)
            .map_err(CliError)?;
        if self.only_verified {
            outcome.findings.retain(|f| {
                f.verification
                    .as_ref()
                    .is_some_and(|v| v.status == VerifyStatus::Live)
            });
        }
        Ok(())
    }
}

/// Runs [`LiveCheck::apply`] when verification is on.
pub fn apply(
    live: &Option<LiveCheck>,
    scanner: &Scanner,
    outcome: &mut ScanOutcome,
) -> Result<(), CliError> {
    match live {
        Some(l) => l.apply(scanner, outcome),
        None => Ok(()),
    }
}
