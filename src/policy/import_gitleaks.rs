//! `leakgate import gitleaks`: converting a gitleaks configuration (`.gitleaks.toml`) into
//! leakgate's: custom rules become a rule file, allowlists become `allow` entries of
//! `.leakgate.yaml`. What has no faithful equivalent is listed, never silently dropped.
//!
//! Imported rule ids get a `gitleaks-` prefix, so an imported rule never replaces a built-in one
//! with the same id.

use crate::policy::config::{AllowEntry, Config};
use crate::rules::{compile_rule, RuleOrigin, RuleSpec, Severity};
use serde::Serialize;
use toml::{Table, Value};

/// The rule file the import writes beside the configuration.
pub const RULES_FILE_NAME: &str = "gitleaks-rules.yaml";

/// The result of a conversion.
#[derive(Debug, Default)]
pub struct Imported {
    pub config: Config,
    /// The rule file's text, when there were rules to convert.
    pub rules_yaml: Option<String>,
    pub rules_converted: usize,
    /// One line per part that could not be converted, or was converted approximately.
    pub notes: Vec<String>,
}

#[derive(Serialize)]
struct RuleFileOut {
    provider: String,
    rules: Vec<RuleSpec>,
}

/// The leakgate id of gitleaks rule `id`: kebab-case, prefixed with `gitleaks-`.
pub fn rule_id(id: &str) -> String {
    let mut s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    let s = s.trim_matches('-');
    if s.starts_with("gitleaks-") {
        s.to_string()
    } else {
        format!("gitleaks-{s}")
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Positions of capture groups' opening parentheses, in order, and whether each is named.
fn capture_groups(re: &str) -> Vec<(usize, bool)> {
    let b = re.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut in_class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' if !in_class => {
                in_class = true;
                // `[]…]` and `[^]…]` hold a literal `]`.
                if b.get(i + 1) == Some(&b'^') {
                    i += 1;
                }
                if b.get(i + 1) == Some(&b']') {
                    i += 1;
                }
            }
            b']' if in_class => in_class = false,
            b'(' if !in_class => {
                if b.get(i + 1) == Some(&b'?') {
                    let rest = &re[i + 2..];
                    if rest.starts_with("P<")
                        || (rest.starts_with('<')
                            && !rest.starts_with("<=")
                            && !rest.starts_with("<!"))
                    {
                        out.push((i, true));
                    }
                } else {
                    out.push((i, false));
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Makes capture group `n` (1-based) of `re` the `secret` group; group 0 or none: the first
/// group, or the whole match when there is none.
fn with_secret_group(re: &str, n: usize) -> Option<String> {
    let groups = capture_groups(re);
    if groups.is_empty() {
        return Some(format!("(?P<secret>{re})"));
    }
    let n = if n == 0 { 1 } else { n };
    let &(pos, named) = groups.get(n - 1)?;
    if named {
        let close = re[pos..].find('>')? + pos;
        Some(format!("{}(?P<secret>{}", &re[..pos], &re[close + 1..]))
    } else {
        Some(format!("{}(?P<secret>{}", &re[..pos], &re[pos + 1..]))
    }
}

/// A path glob equivalent to a gitleaks path regex, for the simple forms people write
/// (`^dir/`, `\.ext$`, `(^|/)vendor/`, literals with `.*`); `None` otherwise.
pub fn path_regex_to_glob(re: &str) -> Option<String> {
    let mut body = re;
    let mut any_dir = false;
    let mut anchored_start = false;
    if let Some(r) = body.strip_prefix("(^|/)") {
        body = r;
        any_dir = true;
    } else if let Some(r) = body.strip_prefix('^') {
        body = r;
        anchored_start = true;
    }
    let anchored_end = body.ends_with('$') && !body.ends_with("\\$");
    if anchored_end {
        body = &body[..body.len() - 1];
    }
    let mut glob = String::new();
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'\\' => {
                let n = *b.get(i + 1)?;
                if matches!(n, b'.' | b'/' | b'-' | b'_') {
                    glob.push(n as char);
                    i += 2;
                } else {
                    return None;
                }
            }
            b'.' if matches!(b.get(i + 1), Some(b'*') | Some(b'+')) => {
                glob.push('*');
                i += 2;
                if b.get(i) == Some(&b'?') {
                    i += 1;
                }
            }
            c if c.is_ascii_alphanumeric() || matches!(c, b'/' | b'-' | b'_') => {
                glob.push(c as char);
                i += 1;
            }
            _ => return None,
        }
    }
    if glob.is_empty() {
        return None;
    }
    let end = if anchored_end { "" } else { "*" };
    Some(if any_dir {
        format!("{{{glob}{end},*/{glob}{end}}}")
    } else if anchored_start {
        format!("{glob}{end}")
    } else {
        format!("*{glob}{end}")
    })
}

struct Converter {
    imported: Imported,
}

impl Converter {
    fn note(&mut self, s: String) {
        self.imported.notes.push(s);
    }

    /// Converts one allowlist table (`where_` names it in notes) into allow entries.
    fn allowlist(&mut self, t: &Table, rules: Vec<String>, where_: &str) {
        const KNOWN: [&str; 9] = [
            "description",
            "condition",
            "commits",
            "paths",
            "regexTarget",
            "regexes",
            "stopwords",
            "targetRules",
            "id",
        ];
        for k in t.keys() {
            if !KNOWN.contains(&k.as_str()) {
                self.note(format!(
                    "{where_}: `{k}` is not a gitleaks allowlist key; ignored"
                ));
            }
        }
        let reason = t
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("imported from gitleaks ({where_})"));
        let and = t
            .get("condition")
            .and_then(Value::as_str)
            .is_some_and(|c| c.eq_ignore_ascii_case("and"));
        let commits = strings(t.get("commits"));
        if !commits.is_empty() {
            self.note(format!(
                "{where_}: {} commit(s) not converted: leakgate accepts findings by fingerprint, \
                 not by commit (use `leakgate baseline create`)",
                commits.len()
            ));
            if and {
                self.note(format!(
                    "{where_}: condition AND includes commits; the entry is skipped"
                ));
                return;
            }
        }
        let target = t
            .get("regexTarget")
            .and_then(Value::as_str)
            .unwrap_or("secret");
        let mut regexes = Vec::new();
        for r in strings(t.get("regexes")) {
            if target != "secret" {
                self.note(format!(
                    "{where_}: regex `{r}` targets the {target}; leakgate's allow regexes see \
                     only the secret, so it is not converted"
                ));
                continue;
            }
            match regex::Regex::new(&r) {
                Ok(_) => regexes.push(r),
                Err(_) => self.note(format!(
                    "{where_}: regex `{r}` is not valid in Rust's regex syntax; not converted"
                )),
            }
        }
        for w in strings(t.get("stopwords")) {
            regexes.push(format!("(?i){}", regex::escape(&w)));
        }
        let mut paths = Vec::new();
        for p in strings(t.get("paths")) {
            match path_regex_to_glob(&p) {
                Some(g) => paths.push(g),
                None => self.note(format!(
                    "{where_}: path regex `{p}` has no simple glob equivalent; not converted \
                     (add a glob to `allow[].paths` or `exclude_paths` by hand)"
                )),
            }
        }
        let entry = |regexes: Vec<String>, paths: Vec<String>| AllowEntry {
            reason: Some(reason.clone()),
            rules: rules.clone(),
            regexes,
            paths,
            ..AllowEntry::default()
        };
        if and {
            if !regexes.is_empty() || !paths.is_empty() {
                self.imported.config.allow.push(entry(regexes, paths));
            }
        } else {
            if !regexes.is_empty() {
                self.imported.config.allow.push(entry(regexes, Vec::new()));
            }
            if !paths.is_empty() {
                self.imported.config.allow.push(entry(Vec::new(), paths));
            }
        }
    }

    fn rule(&mut self, t: &Table) -> Option<RuleSpec> {
        let Some(gid) = t.get("id").and_then(Value::as_str) else {
            self.note("a rule without `id` was skipped".into());
            return None;
        };
        let id = rule_id(gid);
        let where_ = format!("rule `{gid}`");
        const KNOWN: [&str; 11] = [
            "id",
            "description",
            "regex",
            "secretGroup",
            "entropy",
            "keywords",
            "path",
            "tags",
            "allowlist",
            "allowlists",
            "skipReport",
        ];
        for k in t.keys() {
            if !KNOWN.contains(&k.as_str()) {
                self.note(format!("{where_}: `{k}` not converted"));
            }
        }
        if t.get("skipReport").and_then(Value::as_bool) == Some(true) {
            self.note(format!(
                "{where_}: skipReport (a rule only used by composite rules) is not supported; skipped"
            ));
            return None;
        }
        for (i, a) in t
            .get("allowlists")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .chain(t.get("allowlist"))
            .enumerate()
        {
            if let Some(a) = a.as_table() {
                self.allowlist(
                    a,
                    vec![id.clone()],
                    &format!("{where_} allowlist {}", i + 1),
                );
            }
        }
        let Some(regex) = t.get("regex").and_then(Value::as_str) else {
            self.note(format!(
                "{where_}: a rule with only `path` (file-name match) has no leakgate equivalent; skipped"
            ));
            return None;
        };
        if t.get("path").is_some() {
            self.note(format!(
                "{where_}: its `path` restriction is not converted; the rule applies to every path"
            ));
        }
        let keywords = strings(t.get("keywords"));
        if keywords.is_empty() {
            self.note(format!(
                "{where_}: has no keywords; leakgate needs at least one literal for its prefilter, \
                 so the rule is skipped (add `keywords` and import again)"
            ));
            return None;
        }
        let group = t
            .get("secretGroup")
            .and_then(Value::as_integer)
            .unwrap_or(0)
            .max(0) as usize;
        let Some(pattern) = with_secret_group(regex, group) else {
            self.note(format!(
                "{where_}: secretGroup {group} does not exist in its regex; skipped"
            ));
            return None;
        };
        let description = t
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or(gid)
            .to_string();
        let spec = RuleSpec {
            id: id.clone(),
            name: description.clone(),
            description: format!("{description} (imported from gitleaks rule `{gid}`)"),
            remediation: "Revoke the credential at its provider, issue a new one, and store it \
                          in a secret manager."
                .into(),
            keywords,
            keywords_reason: None,
            pattern,
            min_entropy: t
                .get("entropy")
                .and_then(|v| v.as_float().or(v.as_integer().map(|i| i as f64))),
            checksum: None,
            context: Vec::new(),
            published_context: Vec::new(),
            severity: Severity::High,
            references: Vec::new(),
            window: 4096,
            allow: Vec::new(),
            allow_code: Vec::new(),
            allow_unless: Vec::new(),
            advice_context: None,
            advice: None,
            tags: strings(t.get("tags")),
            examples: Vec::new(),
            negative_examples: Vec::new(),
            verify: None,
        };
        match compile_rule(spec.clone(), "gitleaks", RuleOrigin::User("import".into())) {
            Ok(_) => Some(spec),
            Err(e) => {
                self.note(format!("{where_}: {}; skipped", e.message));
                None
            }
        }
    }
}

/// Converts the text of a gitleaks TOML configuration.
pub fn convert(text: &str) -> Result<Imported, String> {
    let doc: Table = toml::from_str(text).map_err(|e| {
        let msg = e.message().to_string();
        match e.span() {
            Some(span) => {
                // Bytes, not `str` slicing: a span need not fall on a character boundary.
                let line =
                    memchr::memchr_iter(b'\n', &text.as_bytes()[..span.start.min(text.len())])
                        .count()
                        + 1;
                format!("line {line}: {msg}")
            }
            None => msg,
        }
    })?;
    let mut c = Converter {
        imported: Imported::default(),
    };
    for k in doc.keys() {
        match k.as_str() {
            "title" | "rules" | "allowlist" | "allowlists" | "extend" => {}
            other => c.note(format!("top-level `{other}` not converted")),
        }
    }
    if let Some(ext) = doc.get("extend").and_then(Value::as_table) {
        if ext.get("useDefault").and_then(Value::as_bool) == Some(true) {
            c.note(
                "extend.useDefault: gitleaks' default rules are not imported; leakgate's \
                 built-in rules are always on"
                    .into(),
            );
        }
        if let Some(p) = ext.get("path").and_then(Value::as_str) {
            c.note(format!(
                "extend.path `{p}`: import that file too and merge the results by hand"
            ));
        }
        let disabled = strings(ext.get("disabledRules"));
        if !disabled.is_empty() {
            c.note(format!(
                "extend.disabledRules ({}) name gitleaks' built-in rules, which leakgate does \
                 not have; see `leakgate rules list` and use disabled_rules",
                disabled.join(", ")
            ));
        }
    }
    let mut specs = Vec::new();
    for r in doc
        .get("rules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(t) = r.as_table() {
            if let Some(spec) = c.rule(t) {
                specs.push(spec);
            }
        }
    }
    let globals = doc
        .get("allowlists")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(doc.get("allowlist"))
        .filter_map(Value::as_table)
        .cloned()
        .collect::<Vec<_>>();
    for (i, a) in globals.iter().enumerate() {
        let targets = strings(a.get("targetRules"))
            .iter()
            .map(|r| rule_id(r))
            .collect();
        c.allowlist(a, targets, &format!("global allowlist {}", i + 1));
    }
    let mut imported = c.imported;
    imported.rules_converted = specs.len();
    if !specs.is_empty() {
        imported.notes.push(format!(
            "{} rule(s) imported with ids prefixed `gitleaks-`; they have no examples yet: add \
             `examples` and `negative_examples` so `leakgate rules check {RULES_FILE_NAME}` \
             can prove them",
            specs.len()
        ));
        let file = RuleFileOut {
            provider: doc
                .get("title")
                .and_then(Value::as_str)
                .unwrap_or("gitleaks import")
                .to_string(),
            rules: specs,
        };
        imported.rules_yaml =
            Some(serde_saphyr::to_string(&file).map_err(|e| format!("cannot write rules: {e}"))?);
        imported.config.rules.push(RULES_FILE_NAME.into());
    }
    Ok(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_group_is_named() {
        assert_eq!(
            with_secret_group(r"key=([a-z]+)-(\d+)", 2).as_deref(),
            Some(r"key=([a-z]+)-(?P<secret>\d+)")
        );
        assert_eq!(
            with_secret_group(r"[(]x(?:a)(b)", 0).as_deref(),
            Some(r"[(]x(?:a)(?P<secret>b)")
        );
        assert_eq!(
            with_secret_group("abc", 0).as_deref(),
            Some("(?P<secret>abc)")
        );
        assert_eq!(with_secret_group("(a)", 3), None);
    }

    #[test]
    fn simple_path_regexes_become_globs() {
        assert_eq!(path_regex_to_glob(r"^tests/").as_deref(), Some("tests/*"));
        assert_eq!(path_regex_to_glob(r"\.md$").as_deref(), Some("*.md"));
        assert_eq!(
            path_regex_to_glob(r"(^|/)vendor/").as_deref(),
            Some("{vendor/*,*/vendor/*}")
        );
        assert_eq!(path_regex_to_glob(r"(?i)\.(png|jpg)$"), None);
    }

    #[test]
    fn ids_are_prefixed_kebab_case() {
        assert_eq!(rule_id("My_Rule"), "gitleaks-my-rule");
        assert_eq!(rule_id("gitleaks-x"), "gitleaks-x");
    }
}
