//! Opt-in live verification (`--verify`): is a found secret still live, and whose is it?
//!
//! After the scan, each *distinct* secret (by fingerprint) whose built-in rule has a `verify:`
//! block is sent once, in one read-only request, to the provider's own API host named by that
//! block; the answer (`live` with the account the API returns, `invalid`, `unknown`, `error`)
//! is attached to every location of the secret. Requests are data (`rules::verify`), except AWS
//! Signature V4 (`sigv4`). Safety: https to the pinned host only (a loopback test override
//! aside, `overrides`), no redirects, timeouts, a global and a per-provider limit (`limits`),
//! never for generic rules, never for rules from user files (a scanned repository's
//! configuration can name those), and a cache that stores fingerprints and answers only.
//!
//! The scan's threads are not started here: the caller runs [`Verifier::check`] on its own pool;
//! [`limit::Limits`] caps the requests in flight whatever the pool's size.
//!
//! May import: `finding`, `rules`, `limits`.

mod cache;
mod clock;
mod http;
pub mod limit;
pub mod overrides;
mod sigv4;
pub mod spec;

use crate::finding::{Finding, Verification, VerifyStatus};
use crate::rules::verify::{Placement, VerifySpec};
use crate::rules::{RuleOrigin, RuleSet};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

/// Requests answered 429 are tried this many times in all.
const MAX_ATTEMPTS: u32 = 3;
/// The longest `Retry-After` honoured before giving up as rate-limited.
const MAX_RETRY_WAIT: Duration = Duration::from_secs(5);

/// How a run verifies.
#[derive(Debug, Clone)]
pub struct Options {
    /// The longest one request may take, from connecting to the last byte.
    pub timeout: Duration,
    /// `--verify-cache FILE`.
    pub cache_file: Option<PathBuf>,
}

/// One distinct secret to ask about.
pub struct Job {
    /// The cache key: the fingerprint (with the paired secret's, for AWS).
    key: String,
    rule_id: String,
    provider: String,
    spec: VerifySpec,
    secret: String,
    /// The other half of a pair (the AWS access key id).
    pair: Option<String>,
}

impl Job {
    pub fn rule_id(&self) -> &str {
        &self.rule_id
    }
}

/// What each finding waits for: a job's answer, or an answer known without asking.
enum Pending {
    Job(usize),
    Known(VerifyStatus, &'static str),
}

/// The distinct secrets to ask about, and which finding gets which answer.
pub struct Plan {
    pub jobs: Vec<Job>,
    per_finding: Vec<Pending>,
}

pub struct Verifier {
    agent: ureq::Agent,
    overrides: overrides::Overrides,
    limits: limit::Limits,
    cache: cache::Cache,
}

impl Verifier {
    /// Reads the test override (refusing any non-loopback target) and the cache file, and
    /// checks every verify block in use. Sends nothing.
    pub fn new(options: &Options, rules: &RuleSet) -> Result<Verifier, String> {
        let overrides = overrides::Overrides::from_env()?;
        for rule in rules.rules() {
            if let Some(spec) = &rule.spec.verify {
                if let Some(p) = spec::problems(spec).first() {
                    return Err(format!("{}: rule `{}`: {p}", rule.origin, rule.id()));
                }
            }
        }
        Ok(Verifier {
            agent: http::agent(options.timeout, overrides.is_empty()),
            cache: cache::Cache::open(options.cache_file.as_deref())?,
            overrides,
            limits: limit::Limits::default(),
        })
    }

    /// Groups findings by what must be asked: one job per distinct secret (per distinct pair
    /// for AWS), in the order first seen.
    pub fn plan(&self, rules: &RuleSet, findings: &[Finding]) -> Plan {
        let mut jobs: Vec<Job> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut per_finding = Vec::with_capacity(findings.len());
        for f in findings {
            let rule = rules.get(&f.rule_id);
            let pending = match rule.and_then(|r| r.spec.verify.as_ref().map(|v| (r, v))) {
                None => Pending::Known(VerifyStatus::Unknown, "no verifier for this rule"),
                Some((r, _)) if is_generic(&r.provider, r.id()) => {
                    Pending::Known(VerifyStatus::Unknown, "generic rules are never verified")
                }
                Some((r, _)) if !matches!(r.origin, RuleOrigin::Builtin(_)) => Pending::Known(
                    VerifyStatus::Unknown,
                    "only built-in rules are verified (a user rule could name any host)",
                ),
                Some((r, spec)) => match &f.verify_secret {
                    None => Pending::Known(VerifyStatus::Unknown, "the secret was not kept"),
                    Some(secret) => {
                        let pair = spec.secret.pair.as_deref().map(|pair_rule| {
                            findings
                                .iter()
                                .filter(|o| o.rule_id == pair_rule && same_place(o, f))
                                .find_map(|o| {
                                    Some((o.fingerprint.clone(), o.verify_secret.clone()?))
                                })
                        });
                        match pair {
                            Some(None) => Pending::Known(
                                VerifyStatus::Unknown,
                                "its other half (the key id) is not beside it",
                            ),
                            pair => {
                                let pair = pair.flatten();
                                let key = match &pair {
                                    Some((fp, _)) => format!("{}+{fp}", f.fingerprint),
                                    None => f.fingerprint.clone(),
                                };
                                let i = *by_key.entry(key.clone()).or_insert_with(|| {
                                    jobs.push(Job {
                                        key,
                                        rule_id: r.id().to_string(),
                                        provider: r.provider.clone(),
                                        spec: spec.clone(),
                                        secret: secret.clone(),
                                        pair: pair.map(|(_, s)| s),
                                    });
                                    jobs.len() - 1
                                });
                                Pending::Job(i)
                            }
                        }
                    }
                },
            };
            per_finding.push(pending);
        }
        Plan { jobs, per_finding }
    }

    /// Asks the provider about one secret (or answers from the cache). Safe to call from many
    /// threads: the limits hold across them.
    pub fn check(&self, job: &Job) -> Verification {
        if let Some(v) = self.cache.get(&job.key) {
            return v;
        }
        let (status, detail) = self.ask(job);
        let detail = scrub(&detail, job);
        let v = Verification {
            status,
            detail,
            checked_at: clock::now_rfc3339(),
        };
        self.cache.put(&job.key, &v);
        v
    }

    /// Attaches the answers to every finding, drops the secrets kept for verification, and
    /// saves the cache file.
    pub fn finish(
        &self,
        findings: &mut [Finding],
        plan: &Plan,
        answers: &[Verification],
    ) -> Result<(), String> {
        let now = clock::now_rfc3339();
        // A paired secret's answer also belongs to its other half (the access key id).
        let mut pair_answers: HashMap<String, Verification> = HashMap::new();
        for (f, pending) in findings.iter_mut().zip(&plan.per_finding) {
            let v = match pending {
                Pending::Job(i) => answers.get(*i).cloned().unwrap_or(Verification {
                    status: VerifyStatus::Error,
                    detail: "not verified".into(),
                    checked_at: now.clone(),
                }),
                Pending::Known(status, detail) => Verification {
                    status: *status,
                    detail: (*detail).to_string(),
                    checked_at: now.clone(),
                },
            };
            if let Pending::Job(i) = pending {
                if let Some((_, pair_fp)) = plan.jobs[*i].key.split_once('+') {
                    pair_answers.insert(pair_fp.to_string(), v.clone());
                }
            }
            f.verification = Some(v);
        }
        for f in findings.iter_mut() {
            if let Some(v) = pair_answers.get(&f.fingerprint) {
                f.verification = Some(v.clone());
            }
            f.verify_secret = None;
        }
        self.cache.save()
    }

    /// Sends the request, retrying a bounded number of times while the provider says 429.
    fn ask(&self, job: &Job) -> (VerifyStatus, String) {
        let request = match self.request(job) {
            Ok(r) => r,
            Err(e) => return (VerifyStatus::Error, e),
        };
        let mut attempt = 1;
        loop {
            let answer = {
                let _permit = self.limits.acquire(&job.provider);
                http::send(&self.agent, &request)
            };
            let answer = match answer {
                Ok(a) => a,
                Err(http::Failure::Timeout) => {
                    return (VerifyStatus::Error, "timed out".into());
                }
                Err(http::Failure::Other(e)) => return (VerifyStatus::Error, e),
            };
            if answer.status == 429 && attempt < MAX_ATTEMPTS {
                let wait = answer
                    .header("retry-after")
                    .and_then(|s| s.trim().parse::<u64>().ok())
                    .map_or(Duration::from_millis(500) * attempt, Duration::from_secs);
                if wait > MAX_RETRY_WAIT {
                    return (
                        VerifyStatus::Unknown,
                        format!("rate-limited (HTTP 429, retry after {}s)", wait.as_secs()),
                    );
                }
                std::thread::sleep(wait);
                attempt += 1;
                continue;
            }
            return judge(&job.spec, &answer);
        }
    }

    /// The request a job's verify block describes, sent to the pinned host (or its loopback
    /// override).
    fn request(&self, job: &Job) -> Result<http::Request, String> {
        let spec = &job.spec;
        let real_host = spec::url_host(&spec.url)
            .filter(|h| h.eq_ignore_ascii_case(&spec.host))
            .ok_or_else(|| "the verify URL is not on its pinned host".to_string())?;
        let mut url = match self.overrides.base(&job.rule_id) {
            Some(base) => format!("{base}{}", spec::path_and_query(&spec.url)),
            None => spec.url.clone(),
        };
        let mut headers: Vec<(String, String)> = spec
            .headers
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let p = &spec.secret;
        let name = p.name.clone().unwrap_or_default();
        let body = spec.body.clone().map(String::into_bytes);
        match p.placement {
            Placement::Header => headers.push((
                name,
                format!("{}{}", p.prefix.as_deref().unwrap_or(""), job.secret),
            )),
            Placement::Query => {
                let sep = if url.contains('?') { '&' } else { '?' };
                url = format!("{url}{sep}{name}={}", spec::encode(&job.secret, false));
            }
            Placement::BasicUser => headers.push(basic(&job.secret, "")),
            Placement::BasicPassword => headers.push(basic(&name, &job.secret)),
            Placement::Path => url = url.replace("{secret}", &spec::encode(&job.secret, true)),
            Placement::AwsSigv4 => {
                let key_id = job
                    .pair
                    .as_deref()
                    .ok_or_else(|| "no access key id beside the secret".to_string())?;
                let amz_date = clock::now_amz();
                let path = spec::path_and_query(&spec.url);
                let (path, query) = path.split_once('?').unwrap_or((path, ""));
                let mut signed: Vec<(String, String)> = headers
                    .iter()
                    .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
                    .collect();
                signed.push(("host".into(), real_host.to_string()));
                signed.push(("x-amz-date".into(), amz_date.clone()));
                let auth = sigv4::authorization(
                    &sigv4::Unsigned {
                        method: method(spec),
                        path,
                        query,
                        headers: signed,
                        body: body.as_deref().unwrap_or(b""),
                    },
                    &sigv4::Credentials {
                        key_id,
                        secret: &job.secret,
                        region: p.region.as_deref().unwrap_or("us-east-1"),
                        service: p.service.as_deref().unwrap_or("sts"),
                    },
                    &amz_date,
                );
                headers.push(("X-Amz-Date".into(), amz_date));
                headers.push(("Authorization".into(), auth));
            }
        }
        let method = method(spec);
        Ok(http::Request {
            method,
            url,
            headers,
            body: if method == "POST" {
                Some(body.unwrap_or_default())
            } else {
                body
            },
        })
    }
}

fn method(spec: &VerifySpec) -> &'static str {
    if spec.method == "POST" {
        "POST"
    } else {
        "GET"
    }
}

fn basic(user: &str, password: &str) -> (String, String) {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    ("Authorization".into(), format!("Basic {token}"))
}

/// Generic rules match any high-entropy value by its name: sending those to a provider would
/// send arbitrary passwords to a host that never issued them.
fn is_generic(provider: &str, id: &str) -> bool {
    provider.eq_ignore_ascii_case("generic") || id.starts_with("generic")
}

/// The same file (or blob) at the same commit and archive member.
fn same_place(a: &Finding, b: &Finding) -> bool {
    a.provenance.sort_key() == b.provenance.sort_key() && a.archive_path == b.archive_path
}

/// Reads the provider's answer as the verify block says.
fn judge(spec: &VerifySpec, answer: &http::Answer) -> (VerifyStatus, String) {
    let status = answer.status;
    if spec.live.contains(&status) {
        let json: Option<serde_json::Value> = serde_json::from_slice(&answer.body).ok();
        if let Some(field) = &spec.ok_field {
            let ok = json
                .as_ref()
                .and_then(|j| j.pointer(field))
                .and_then(serde_json::Value::as_bool);
            if ok != Some(true) {
                let why = json
                    .as_ref()
                    .and_then(|j| j.pointer("/error"))
                    .and_then(serde_json::Value::as_str)
                    .map_or_else(|| format!("{field} is not true"), str::to_string);
                return (VerifyStatus::Invalid, format!("HTTP {status}: {why}"));
            }
        }
        let text = String::from_utf8_lossy(&answer.body);
        let parts: Vec<String> = spec
            .extract
            .iter()
            .filter_map(|(label, from)| {
                let value = if let Some(h) = from.strip_prefix("header:") {
                    answer.header(h).map(str::to_string)
                } else if let Some(tag) = from.strip_prefix("xml:") {
                    xml_text(&text, tag)
                } else {
                    json.as_ref().and_then(|j| j.pointer(from)).and_then(render)
                }?;
                let value: String = value.trim().chars().take(120).collect();
                Some(format!("{label}={value}"))
            })
            .collect();
        let detail = if parts.is_empty() {
            format!("HTTP {status}")
        } else {
            parts.join(", ")
        };
        return (VerifyStatus::Live, detail);
    }
    if spec.invalid.contains(&status) {
        return (VerifyStatus::Invalid, format!("HTTP {status}"));
    }
    if status == 429 {
        return (VerifyStatus::Unknown, "rate-limited (HTTP 429)".into());
    }
    if (300..400).contains(&status) {
        let to = answer
            .header("location")
            .map(|l| {
                let rest = l.split_once("://").map_or(l, |(_, r)| r);
                rest.split(['/', '?', '#']).next().unwrap_or("").to_string()
            })
            .unwrap_or_default();
        return (
            VerifyStatus::Unknown,
            format!("HTTP {status}: redirect to `{to}` not followed"),
        );
    }
    (VerifyStatus::Unknown, format!("HTTP {status}"))
}

/// A JSON value as one line: strings and numbers as they are, lists of them joined by spaces.
fn render(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(render).collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        }
        _ => None,
    }
}

/// The text of the first `<tag>…</tag>` (AWS answers in XML).
fn xml_text(text: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let start = text.find(&open)? + open.len();
    let end = text[start..].find(&format!("</{tag}>"))? + start;
    Some(text[start..end].to_string())
}

/// A detail never carries the secret, whatever a provider or an error message echoes.
fn scrub(detail: &str, job: &Job) -> String {
    let mut d = detail.replace(&job.secret, &crate::finding::redact(&job.secret));
    d = d.replace(&spec::encode(&job.secret, true), "********");
    if let Some(pair) = &job.pair {
        d = d.replace(pair.as_str(), &crate::finding::redact(pair));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> VerifySpec {
        serde_saphyr::from_str(yaml).expect("spec")
    }

    fn answer(status: u16, body: &str) -> http::Answer {
        http::Answer {
            status,
            headers: vec![("X-OAuth-Scopes".into(), "repo, gist".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    const SLACK: &str = "method: POST\nurl: https://slack.com/api/auth.test\nhost: slack.com\n\
        secret: {in: header, name: Authorization, prefix: 'Bearer '}\nlive: [200]\n\
        invalid: [401]\nok_field: /ok\nextract: {team: /team, scopes: 'header:x-oauth-scopes'}\n";

    #[test]
    fn answers_are_judged_as_the_block_says() {
        let s = spec(SLACK);
        assert!(spec::problems(&s).is_empty(), "{:?}", spec::problems(&s));
        assert_eq!(
            judge(&s, &answer(200, r#"{"ok":true,"team":"Acme"}"#)),
            (VerifyStatus::Live, "scopes=repo, gist, team=Acme".into())
        );
        assert_eq!(
            judge(&s, &answer(200, r#"{"ok":false,"error":"invalid_auth"}"#)),
            (VerifyStatus::Invalid, "HTTP 200: invalid_auth".into())
        );
        assert_eq!(judge(&s, &answer(401, "")).0, VerifyStatus::Invalid);
        assert_eq!(judge(&s, &answer(500, "")).0, VerifyStatus::Unknown);
    }

    #[test]
    fn unsafe_blocks_are_refused() {
        let bad = SLACK.replace("host: slack.com", "host: evil.example");
        assert!(!spec::problems(&spec(&bad)).is_empty());
        let http = SLACK.replace("https://slack.com", "http://slack.com");
        assert!(!spec::problems(&spec(&http)).is_empty());
        let no_invalid = SLACK.replace("invalid: [401]", "invalid: []");
        assert!(!spec::problems(&spec(&no_invalid)).is_empty());
    }

    #[test]
    fn every_built_in_verify_block_is_safe() {
        let rules = RuleSet::builtin().expect("built-in rules");
        let mut count = 0;
        for rule in rules.rules() {
            if let Some(spec) = &rule.spec.verify {
                count += 1;
                assert_eq!(spec::problems(spec), Vec::<String>::new(), "{}", rule.id());
                assert!(!is_generic(&rule.provider, rule.id()), "{}", rule.id());
            }
        }
        assert!(count >= 45, "{count} verifiers");
    }

    #[test]
    fn xml_fields_are_read() {
        let body = "<GetCallerIdentityResult><Arn>arn:aws:iam::1:user/ci</Arn>\
                    <Account>1</Account></GetCallerIdentityResult>";
        assert_eq!(xml_text(body, "Account").as_deref(), Some("1"));
        assert_eq!(xml_text(body, "Missing"), None);
    }
}
