//! SARIF 2.1.0 as GitHub code scanning ingests it.
//!
//! Every rule a result refers to is described in `tool.driver.rules` (GitHub shows `help` beside
//! each alert), each finding is a result whose region is the secret's own span, and the content
//! fingerprint (rule id + secret) is the result's `partialFingerprints` entry, so an alert
//! follows its secret across line moves and renames. Git provenance goes in `properties`, never
//! into fingerprints. Suppressed findings are listed with `suppressions`. The whole log is built
//! in memory and written once.
//!
//! One result per secret ([`super::group`]): its location is where the secret was first
//! introduced, and the other places it was found are `relatedLocations` (at most
//! [`LOCATION_CAP`]; `properties.locationCount` tells how many in all). `--all-locations` makes
//! one result per place.

use super::group::{self, Secret, LOCATION_CAP};
use super::{Report, ReportContext};
use crate::blob::{GitObjectPart, Provenance};
use crate::finding::{Finding, SuppressionKind};
use crate::rules::{Rule, Severity};
use serde_json::{json, Value};
use serde_sarif::sarif;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

pub struct SarifReport;

/// The final OASIS schema of SARIF 2.1.0 (what GitHub's ingestion rules ask for).
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/// The `partialFingerprints` key holding `Finding::fingerprint`.
pub const FINGERPRINT_KEY: &str = "leakgateFingerprint/v1";
/// The base id every artifact URI is relative to: the repository or scan root.
pub const SRCROOT: &str = "%SRCROOT%";
const INFORMATION_URI: &str = "https://github.com/leakgate/leakgate";

fn level(s: Severity) -> sarif::ResultLevel {
    match s {
        Severity::Critical | Severity::High => sarif::ResultLevel::Error,
        Severity::Medium => sarif::ResultLevel::Warning,
        Severity::Low => sarif::ResultLevel::Note,
    }
}

fn level_str(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// A sentence: trimmed, ending with a full stop.
fn sentence(s: &str) -> String {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.ends_with(['.', '!', '?']) {
        t
    } else {
        format!("{t}.")
    }
}

/// `OpenaiProjectKey` from `openai-project-key`: SARIF wants rule names that are identifiers.
fn pascal(id: &str) -> String {
    id.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn rule_descriptor(rule: &Rule) -> sarif::ReportingDescriptor {
    let spec = &rule.spec;
    let key_page = spec.references.get(1).or(spec.references.first()).cloned();
    let mut help_text = format!(
        "What leaked: {}\n\nRevoke and rotate: {}",
        sentence(&spec.description),
        sentence(&spec.remediation)
    );
    let mut help_md = format!(
        "**What leaked.** {}\n\n**Revoke and rotate.** {}",
        sentence(&spec.description),
        sentence(&spec.remediation)
    );
    if let Some(page) = &key_page {
        help_text.push_str(&format!("\n\nProvider key page: {page}"));
        help_md.push_str(&format!("\n\n**Provider key page:** <{page}>"));
    }
    if !spec.references.is_empty() {
        help_md.push_str("\n\n**References:**\n");
        for r in &spec.references {
            help_md.push_str(&format!("\n- <{r}>"));
        }
        help_text.push_str("\n\nReferences: ");
        help_text.push_str(&spec.references.join(", "));
    }
    help_md.push_str(
        "\n\nRemoving the secret from the code does not make it safe: it stays in git history \
         and in every clone. Revoke it first.",
    );
    help_text.push_str(
        "\n\nRemoving the secret from the code does not make it safe: it stays in git history \
         and in every clone. Revoke it first.",
    );
    let mut tags = vec!["security".to_string(), "secret".to_string()];
    for t in &spec.tags {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    let mut props = BTreeMap::new();
    props.insert(
        "security-severity".to_string(),
        json!(spec.severity.security_severity()),
    );
    props.insert("precision".to_string(), json!("high"));
    props.insert(
        "problem.severity".to_string(),
        json!(level_str(spec.severity)),
    );
    props.insert("provider".to_string(), json!(rule.provider));
    let d = sarif::ReportingDescriptor::builder()
        .id(spec.id.clone())
        .name(pascal(&spec.id))
        .short_description(
            sarif::MultiformatMessageString::builder()
                .text(sentence(&spec.name))
                .build(),
        )
        .full_description(
            sarif::MultiformatMessageString::builder()
                .text(sentence(&spec.description))
                .build(),
        )
        .help(
            sarif::MultiformatMessageString::builder()
                .text(help_text)
                .markdown(help_md)
                .build(),
        )
        .default_configuration(
            sarif::ReportingConfiguration::builder()
                .level(json!(level_str(spec.severity)))
                .build(),
        )
        .properties(
            sarif::PropertyBag::builder()
                .tags(tags)
                .additional_properties(props)
                .build(),
        );
    match spec.references.first() {
        Some(uri) => d.help_uri(uri.clone()).build(),
        None => d.build(),
    }
}

/// A relative URI reference for a repository path: `/` separators, everything but unreserved
/// characters percent-encoded.
pub fn path_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn provenance_properties(p: &Provenance, props: &mut BTreeMap<String, Value>) {
    props.insert(
        "provenance".into(),
        json!(match p {
            Provenance::File { .. } => "file",
            Provenance::Commit { .. } => "commit",
            Provenance::Tag { .. } => "tag",
            Provenance::Unreachable { .. } => "unreachable",
            Provenance::Staged { .. } => "staged",
            Provenance::Stdin => "stdin",
        }),
    );
    match p {
        Provenance::Commit {
            commit,
            author,
            part,
            unreachable,
            ..
        } => {
            props.insert("commit".into(), json!(commit));
            props.insert("author".into(), json!(author.name));
            props.insert("authorEmail".into(), json!(author.email));
            props.insert("date".into(), json!(author.date));
            if *part != GitObjectPart::File {
                props.insert("part".into(), json!(part));
            }
            if *unreachable {
                props.insert("unreachable".into(), json!(true));
            }
        }
        Provenance::Tag { tag, name, tagger } => {
            props.insert("tagObject".into(), json!(tag));
            props.insert("tag".into(), json!(name));
            if let Some(t) = tagger {
                props.insert("author".into(), json!(t.name));
                props.insert("authorEmail".into(), json!(t.email));
                props.insert("date".into(), json!(t.date));
            }
        }
        _ => {}
    }
}

/// A physical location without snippets: the file (or archive) and the secret's span in it.
fn related_physical(f: &Finding) -> sarif::PhysicalLocation {
    let loc = &f.location;
    sarif::PhysicalLocation::builder()
        .artifact_location(
            sarif::ArtifactLocation::builder()
                .uri(path_uri(f.provenance.path()))
                .uri_base_id(SRCROOT.to_string())
                .build(),
        )
        .region(
            sarif::Region::builder()
                .start_line(loc.start_line as i64)
                .start_column(loc.start_column as i64)
                .end_line(loc.end_line as i64)
                .end_column(loc.end_column as i64)
                .build(),
        )
        .build()
}

/// The other places a secret was found, as related locations numbered from 1, each saying
/// which commit (if any) introduced the content there.
fn related(s: &Secret<'_>) -> Vec<sarif::Location> {
    s.locations
        .iter()
        .filter(|f| !std::ptr::eq(**f, s.first))
        .take(LOCATION_CAP)
        .enumerate()
        .map(|(i, f)| {
            let text = match f.provenance.commit() {
                Some(c) => format!(
                    "Also in {} (introduced in {}).",
                    f.display_path(),
                    &c[..c.len().min(12)]
                ),
                None => format!("Also in {}.", f.display_path()),
            };
            let mut l = sarif::Location::builder()
                .id(i as i64 + 1)
                .physical_location(related_physical(f))
                .message(sarif::Message::builder().text(text).build())
                .build();
            l.logical_locations = f.archive_path.as_ref().map(|_| {
                vec![sarif::LogicalLocation::builder()
                    .fully_qualified_name(f.display_path())
                    .kind("member")
                    .build()]
            });
            l
        })
        .collect()
}

/// The result for secret `s`: its first place, the others related, how far it spread.
fn secret_result(
    s: &Secret<'_>,
    rule_index: Option<usize>,
    baseline_active: bool,
) -> sarif::Result {
    let mut r = result(s.first, rule_index, baseline_active);
    let related = related(s);
    if !related.is_empty() {
        r.related_locations = Some(related);
    }
    if let Some(props) = r.properties.as_mut() {
        let extra = &mut props.additional_properties;
        extra.insert("locationCount".into(), json!(s.locations.len()));
        if s.from_history() {
            extra.insert("commits".into(), json!(s.commits));
            extra.insert("paths".into(), json!(s.paths));
        }
        if let Some(in_head) = s.in_head {
            extra.insert("inHead".into(), json!(in_head));
        }
    }
    r
}

fn result(f: &Finding, rule_index: Option<usize>, baseline_active: bool) -> sarif::Result {
    let loc = &f.location;
    let shown = f.secret.as_deref().unwrap_or(&f.redacted);
    let region = sarif::Region::builder()
        .start_line(loc.start_line as i64)
        .start_column(loc.start_column as i64)
        .end_line(loc.end_line as i64)
        .end_column(loc.end_column as i64)
        .snippet(
            sarif::ArtifactContent::builder()
                .text(shown.to_string())
                .build(),
        )
        .build();
    let context = sarif::Region::builder()
        .start_line(loc.start_line as i64)
        .end_line(loc.end_line as i64)
        .snippet(
            sarif::ArtifactContent::builder()
                .text(f.snippet.clone())
                .build(),
        )
        .build();
    let physical = sarif::PhysicalLocation::builder()
        .artifact_location(
            sarif::ArtifactLocation::builder()
                .uri(path_uri(f.provenance.path()))
                .uri_base_id(SRCROOT.to_string())
                .build(),
        )
        .region(region)
        .context_region(context)
        .build();
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert(FINGERPRINT_KEY.to_string(), f.fingerprint.clone());
    let mut props = BTreeMap::new();
    props.insert("severity".into(), json!(f.severity));
    if let Some(why) = &f.downgraded {
        props.insert("downgraded".into(), json!(why));
    }
    props.insert("provider".into(), json!(f.provider));
    if let Some(b) = &f.blob_id {
        props.insert("blobId".into(), json!(b));
    }
    provenance_properties(&f.provenance, &mut props);
    let inside = match &f.archive_path {
        Some(m) => {
            props.insert("archivePath".into(), json!(m));
            format!(" in archive member {m}")
        }
        None => String::new(),
    };
    if let Some(v) = &f.verification {
        props.insert("verification".into(), json!(v));
    }
    let live = match &f.verification {
        Some(v) if v.status == crate::finding::VerifyStatus::Live => {
            format!(" It is live ({}).", v.detail)
        }
        _ => String::new(),
    };
    let message = match f.provenance.commit() {
        Some(c) => format!(
            "{} leaked{inside}: {shown} (introduced in {}).",
            f.rule_name,
            &c[..c.len().min(12)]
        ),
        None => format!("{} leaked{inside}: {shown}.", f.rule_name),
    } + &live
        + &f.downgraded.as_ref().map_or(String::new(), |why| {
            format!(" Low severity, does not fail: {why}.")
        });
    // An archive member has no file of its own: the location is the archive, and a logical
    // location names the member (`dist/app.zip!config/.env`).
    let logical = f.archive_path.as_ref().map(|_| {
        vec![sarif::LogicalLocation::builder()
            .fully_qualified_name(f.stable_path())
            .kind("member")
            .build()]
    });
    let mut builder_props = sarif::PropertyBag::builder()
        .additional_properties(props)
        .build();
    builder_props.tags = None;
    let r = sarif::Result::builder()
        .rule_id(f.rule_id.clone())
        .level(level(f.severity))
        .kind(sarif::ResultKind::Fail)
        .message(sarif::Message::builder().text(message).build())
        .locations(vec![{
            let mut l = sarif::Location::builder()
                .physical_location(physical)
                .build();
            l.logical_locations = logical;
            l
        }])
        .partial_fingerprints(fingerprints)
        .properties(builder_props)
        .build();
    let mut r = r;
    r.rule_index = rule_index.map(|i| i as i64);
    if let Some(s) = &f.suppression {
        let kind = match s.kind {
            SuppressionKind::Inline => "inSource",
            SuppressionKind::Baseline | SuppressionKind::Config => "external",
        };
        let mut sp = sarif::Suppression::builder()
            .kind(json!(kind))
            .status(json!("accepted"))
            .build();
        sp.justification = Some(s.justification.clone().unwrap_or_else(|| match s.kind {
            SuppressionKind::Inline => "allowed by an inline comment".into(),
            SuppressionKind::Baseline => "accepted in the baseline".into(),
            SuppressionKind::Config => "allowed by the configuration".into(),
        }));
        r.suppressions = Some(vec![sp]);
    }
    if baseline_active {
        let state = match &f.suppression {
            Some(s) if s.kind == SuppressionKind::Baseline => "unchanged",
            _ => "new",
        };
        r.baseline_state = Some(json!(state));
    }
    r
}

/// The whole SARIF log for a scan.
pub fn log(ctx: &ReportContext<'_>) -> sarif::Sarif {
    // Only the rules the results refer to are described: the whole catalogue is a thousand
    // rules, megabytes of SARIF for a handful of results.
    let referenced: std::collections::BTreeSet<&str> = ctx
        .outcome
        .findings
        .iter()
        .map(|f| f.rule_id.as_str())
        .collect();
    let rules: Vec<&Rule> = ctx
        .rules
        .rules()
        .iter()
        .filter(|r| referenced.contains(r.spec.id.as_str()))
        .collect();
    let index: HashMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.spec.id.as_str(), i))
        .collect();
    let descriptors: Vec<_> = rules.iter().map(|r| rule_descriptor(r)).collect();
    let results: Vec<_> = if ctx.all_locations {
        ctx.outcome
            .findings
            .iter()
            .map(|f| {
                result(
                    f,
                    index.get(f.rule_id.as_str()).copied(),
                    ctx.baseline_active,
                )
            })
            .collect()
    } else {
        group::group(&ctx.outcome.findings)
            .iter()
            .map(|s| {
                secret_result(
                    s,
                    index.get(s.first.rule_id.as_str()).copied(),
                    ctx.baseline_active,
                )
            })
            .collect()
    };
    let notifications: Vec<_> = ctx
        .outcome
        .warnings
        .iter()
        .map(|w| {
            let mut n = sarif::Notification::builder()
                .message(
                    sarif::Message::builder()
                        .text(sentence(&format!("{}: {}", w.path, w.message)))
                        .build(),
                )
                .build();
            n.level = Some(json!(if w.lost_coverage { "error" } else { "warning" }));
            n
        })
        .collect();
    let mut invocation = sarif::Invocation::builder()
        .execution_successful(ctx.outcome.stats.errors == 0)
        .build();
    if !notifications.is_empty() {
        invocation.tool_execution_notifications = Some(notifications);
    }
    let driver = sarif::ToolComponent::builder()
        .name("leakgate".to_string())
        .full_name(format!("leakgate {}", env!("CARGO_PKG_VERSION")))
        .version(env!("CARGO_PKG_VERSION").to_string())
        .semantic_version(env!("CARGO_PKG_VERSION").to_string())
        .information_uri(INFORMATION_URI.to_string())
        .rules(descriptors)
        .build();
    let mut base_ids = BTreeMap::new();
    base_ids.insert(
        SRCROOT.to_string(),
        sarif::ArtifactLocation::builder()
            .description(
                sarif::Message::builder()
                    .text("The root of the scanned repository or directory.".to_string())
                    .build(),
            )
            .build(),
    );
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .results(results)
        .invocations(vec![invocation])
        .column_kind(json!("unicodeCodePoints"))
        .original_uri_base_ids(base_ids)
        .build();
    sarif::Sarif::builder()
        .schema(SCHEMA_URI.to_string())
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

impl Report for SarifReport {
    fn write(&self, ctx: &ReportContext<'_>, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &log(ctx))?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(path_uri("src/a b/ü.env"), "src/a%20b/%C3%BC.env");
        assert_eq!(path_uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(path_uri("dir\\f.txt"), "dir/f.txt");
    }

    #[test]
    fn names_are_identifiers() {
        assert_eq!(pascal("openai-project-key"), "OpenaiProjectKey");
    }
}
