//! Rules: their YAML syntax, the built-in catalogue, loading user files, and compiling them.
//!
//! A rule file holds one provider's rules. Each rule names the literal keywords that must occur
//! for it to be worth running (the prefilter), a regex with one `secret` group, and the checks a
//! candidate must pass. Every rule carries positive and negative examples, which `rules check`
//! (and the test suite) runs through the real matcher.

pub mod docs;
pub mod verify;

use regex::bytes::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// One YAML file: a provider and its rules.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub provider: String,
    pub rules: Vec<RuleSpec>,
}

/// How bad a leak of this kind is; drives SARIF's `security-severity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    /// The CVSS-like score GitHub code scanning reads from `properties.security-severity`.
    pub fn security_severity(self) -> &'static str {
        match self {
            Severity::Critical => "9.5",
            Severity::High => "8.0",
            Severity::Medium => "5.5",
            Severity::Low => "3.0",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An offline validity check that a candidate secret must pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Checksum {
    /// GitHub/npm style: the last 6 characters are the base62 CRC32 of the random part that
    /// follows the `prefix_`.
    Crc32Base62,
    /// A JSON Web Token: three base64url segments whose header and payload decode to JSON objects,
    /// the header naming an `alg`.
    Jwt,
    /// A PEM-style block whose body (between the BEGIN and END lines, headers dropped, `\\n`
    /// escapes allowed) decodes as base64 to at least 64 bytes: a real key, not a truncated sample.
    PemBase64,
}

/// A shape of random value that a rule reports even when one of its `allow` entries matches it:
/// generated secrets that the name-shaped allow entries (words, identifiers, constants) would
/// otherwise take for a name. The tests behind each are in `matcher::filters`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueShape {
    /// Three or more dictionary words joined by separators and ending in (or carrying) a number
    /// (`Amber.fjord.velvet.heron73`): password generators' passphrases.
    MemorablePassword,
    /// Random RFC 4648 base32 (`A`-`Z`, `2`-`7`), as TOTP seeds are written.
    Base32Seed,
    /// A long random key of upper-case letters and digits (licence and title secret keys).
    UpperAlnumKey,
    /// 50 characters of Django's `get_random_secret_key` alphabet.
    DjangoSecretKey,
    /// Ten or more upper-case letters and digits in random order (`HK4PW7NX2QC9RB5T`): a
    /// generated password, not a constant name (`HTTP2`, `AES256GCM`).
    UpperAlnumPassword,
    /// Twenty or more lower-case letters and digits in random order (`i8s2sns8s6xnt61nowdc`):
    /// a generated key, not a name with a number (`productionreplica2024`).
    LowerAlnumKey,
    /// Twelve or more letters in random mixed case (`vDRIosnxlIbDvnovp`): a generated
    /// letters-only password, not a CamelCase name.
    RandomLetters,
}

/// Words near a match that make it advice rather than a leak (reported at low severity, never
/// failing), and why: a key that its vendor documents as published in client configurations.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceContext {
    /// Case-insensitive words, one of which must stand within 512 bytes of the match.
    pub words: Vec<String>,
    /// Shown as the finding's `downgraded` reason.
    pub reason: String,
}

fn default_window() -> usize {
    4096
}

/// A rule as written in YAML.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Stable kebab-case id, e.g. `openai-project-key`.
    pub id: String,
    /// Human name, e.g. "OpenAI project API key".
    pub name: String,
    /// What kind of credential this is and what an attacker can do with it.
    pub description: String,
    /// How to revoke and rotate it.
    pub remediation: String,
    /// Literals whose presence (case-insensitive) makes the regex worth running.
    pub keywords: Vec<String>,
    /// Why this rule needs a keyword that `rules check` would otherwise reject as too short or
    /// too common a word (a token whose only fixed part is a 3-character prefix, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords_reason: Option<String>,
    /// Rust regex with one named group `secret`.
    pub pattern: String,
    /// Minimum Shannon entropy of the secret, in bits per byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_entropy: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<Checksum>,
    /// Words (case-insensitive) of which one must stand near the match, for keys with no prefix.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    /// Words (case-insensitive) that mark a match as a key published by design when one stands
    /// near it (a documentation site's search-only key in its DocSearch configuration): such a
    /// match is not a finding. The opposite of `context`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub published_context: Vec<String>,
    pub severity: Severity,
    /// Provider documentation: the first is the key-format or key-management page.
    pub references: Vec<String>,
    /// Bytes after a keyword hit that the regex may need to see (longer for PEM blocks).
    #[serde(default = "default_window")]
    pub window: usize,
    /// Regexes over the secret: a secret matching one is a known placeholder or example value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<String>,
    /// Regexes over the secret, like `allow`, for values shaped like code (a dotted name, a
    /// call, `p->x`, `a::b`, a type name): they apply only where the value can be code. A quoted
    /// string is a literal, and so is an unquoted value on a configuration line (`password =
    /// v`, `password: v` in a file with no program statement): there these entries do not
    /// apply, and `Lantern.lotus05` is the password it looks like (see `docs/generic.md`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow_code: Vec<String>,
    /// Value shapes reported even when an `allow` or `allow_code` entry matches (see
    /// [`ValueShape`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow_unless: Vec<ValueShape>,
    /// Words that make a match advice (see [`AdviceContext`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice_context: Option<AdviceContext>,
    /// Every match is advice, for this reason: reported at low severity (a SARIF `note`) and
    /// never failing a scan or a gate. For what is worth knowing but opens nothing by itself: a
    /// password hash, from which the password must still be cracked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    pub examples: Vec<String>,
    pub negative_examples: Vec<String>,
    /// How to ask the provider whether a found secret is live (`--verify`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<verify::VerifySpec>,
}

/// Where a rule came from, for error messages and `rules list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleOrigin {
    Builtin(&'static str),
    User(String),
}

impl fmt::Display for RuleOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuleOrigin::Builtin(name) => write!(f, "built-in rules/{name}"),
            RuleOrigin::User(path) => f.write_str(path),
        }
    }
}

/// A rule ready to match.
#[derive(Debug, Clone)]
pub struct Rule {
    pub spec: RuleSpec,
    pub provider: String,
    pub origin: RuleOrigin,
    /// Compiled on first use: most rules never see their keyword in a given run, and compiling
    /// hundreds of regexes up front would cost a pre-commit hook a second.
    /// The regex and the index of its `secret` group.
    regex: OnceLock<(Regex, usize)>,
    allow: OnceLock<Vec<Regex>>,
    allow_code: OnceLock<Vec<Regex>>,
    /// Lower-cased context words.
    pub context: Vec<Vec<u8>>,
    /// Lower-cased `published_context` words.
    pub published_context: Vec<Vec<u8>>,
}

impl Rule {
    pub fn id(&self) -> &str {
        &self.spec.id
    }

    /// The rule's regex. Syntax was validated at load; should compiling still fail (a size
    /// limit), the rule matches nothing, and `rules check` reports it.
    pub fn regex(&self) -> &Regex {
        &self.compiled().0
    }

    /// Index of the `secret` capture group (one past the groups if there is none: then no
    /// capture has it, and the rule matches nothing).
    pub fn secret_group(&self) -> usize {
        self.compiled().1
    }

    fn compiled(&self) -> &(Regex, usize) {
        self.regex.get_or_init(|| {
            let re = compile_regex(&self.spec.pattern).unwrap_or_else(|_| never_matches());
            let group = re
                .capture_names()
                .position(|n| n == Some("secret"))
                .unwrap_or(usize::MAX);
            (re, group)
        })
    }

    /// Whether the rule carries `tag` (`generic` marks the name-driven rules).
    pub fn has_tag(&self, tag: &str) -> bool {
        self.spec.tags.iter().any(|t| t == tag)
    }

    /// The rule's `allow` regexes (known non-secret values).
    pub fn allow(&self) -> &[Regex] {
        self.allow.get_or_init(|| compile_allow(&self.spec.allow))
    }

    /// The rule's `allow_code` regexes (code that is not a value, where the value can be code).
    pub fn allow_code(&self) -> &[Regex] {
        self.allow_code
            .get_or_init(|| compile_allow(&self.spec.allow_code))
    }

    /// Compiles everything now, reporting what fails: for `rules check` and user rule files.
    pub fn compile_now(&self) -> Result<(), String> {
        let re = compile_regex(&self.spec.pattern)
            .map_err(|e| format!("pattern does not compile: {e}"))?;
        if !re.capture_names().any(|n| n == Some("secret")) {
            return Err("pattern has no named group `secret`".into());
        }
        for (field, p) in self.spec.allow_patterns() {
            compile_regex(p).map_err(|e| format!("{field} pattern `{p}` does not compile: {e}"))?;
        }
        Ok(())
    }
}

/// Compiles a rule's allow list; a pattern that does not compile is left out here (user rules
/// are checked when loaded, built-in ones by `rules check`).
fn compile_allow(patterns: &[String]) -> Vec<Regex> {
    patterns
        .iter()
        .filter_map(|p| compile_regex(p).ok())
        .collect()
}

impl RuleSpec {
    /// Every allow pattern with the field it is written in (`allow`, `allow_code`).
    fn allow_patterns(&self) -> impl Iterator<Item = (&'static str, &String)> {
        let allow = self.allow.iter().map(|p| ("allow", p));
        allow.chain(self.allow_code.iter().map(|p| ("allow_code", p)))
    }
}

fn never_matches() -> Regex {
    Regex::new(r"[^\x00-\x{10FFFF}]").expect("an empty class compiles")
}

/// Parses a pattern's syntax (without translating or compiling it, which is what costs) and
/// returns the index of its `secret` group, if it has one.
fn secret_group_index(pattern: &str) -> Result<Option<usize>, String> {
    use regex_syntax::ast::{Ast, GroupKind};
    fn walk(a: &Ast) -> Option<usize> {
        match a {
            Ast::Group(g) => match &g.kind {
                GroupKind::CaptureName { name, .. } if name.name == "secret" => {
                    Some(name.index as usize)
                }
                _ => walk(&g.ast),
            },
            Ast::Concat(c) => c.asts.iter().find_map(walk),
            Ast::Alternation(alt) => alt.asts.iter().find_map(walk),
            Ast::Repetition(r) => walk(&r.ast),
            _ => None,
        }
    }
    let ast = regex_syntax::ast::parse::Parser::new()
        .parse(pattern)
        .map_err(|e| e.to_string())?;
    Ok(walk(&ast))
}

/// Why a rule could not be loaded.
#[derive(Debug)]
pub struct RuleError {
    pub origin: String,
    pub rule: Option<String>,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.rule {
            // An id that failed its checks may be anything, a pasted key included.
            Some(id) => write!(
                f,
                "{}: rule `{}`: {}",
                self.origin,
                crate::limits::mask_secrets(id),
                self.message
            ),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl std::error::Error for RuleError {}

const REGEX_SIZE_LIMIT: usize = 8 << 20;

/// Rule patterns run in ASCII mode (`\w`, `\d`, `\b` and case folding are ASCII; `.` is any
/// byte): credentials are ASCII, and Unicode classes make automata many times larger and slower.
/// A pattern that needs Unicode can still ask for it with `(?u)`.
fn compile_regex(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(DFA_CACHE)
        .build()
}

/// Each regex's lazy DFA cache, per thread; the regex crate clears and rebuilds it when it
/// fills. At 2 MiB the name-driven rules (alternations over hundreds of name words, run at tens
/// of thousands of keyword hits on a large tree) filled it again and again: about 7% of CPU on
/// linux-source went to building DFA states. 8 MiB: -2 to -6% user CPU there, +3-5 MB peak
/// (`benches/results/speed-2026-12-01-s9.md`). A cache grows only as far as the input needs.
const DFA_CACHE: usize = 8 << 20;

/// Compiles one rule, checking what the YAML schema cannot: id syntax, the `secret` group,
/// keywords present.
pub fn compile_rule(spec: RuleSpec, provider: &str, origin: RuleOrigin) -> Result<Rule, RuleError> {
    // Messages may quote a pattern, and a pattern may hold a literal key: masked.
    let err = |message: String| RuleError {
        origin: origin.to_string(),
        rule: Some(spec.id.clone()),
        message: crate::limits::mask_secrets(&message),
    };
    let id_ok = !spec.id.is_empty()
        && spec
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !spec.id.starts_with('-')
        && !spec.id.ends_with('-');
    if !id_ok {
        return Err(err(
            "id must be kebab-case: lower-case letters, digits and `-`".into(),
        ));
    }
    if spec.keywords.is_empty() || spec.keywords.iter().any(|k| k.trim().is_empty()) {
        return Err(err(
            "needs at least one non-empty keyword for the prefilter".into(),
        ));
    }
    // Built-in patterns are proven by `rules check` in the test suite; parsing a thousand of
    // them at every start would cost a pre-commit hook more than all the rest of its start-up.
    if !matches!(origin, RuleOrigin::Builtin(_)) {
        secret_group_index(&spec.pattern)
            .map_err(|e| err(format!("pattern does not compile: {e}")))?
            .ok_or_else(|| err("pattern has no named group `secret`".into()))?;
        for (field, p) in spec.allow_patterns() {
            secret_group_index(p)
                .map_err(|e| err(format!("{field} pattern `{p}` does not compile: {e}")))?;
        }
    }
    if let Some(e) = spec.min_entropy {
        if !(0.0..=8.0).contains(&e) {
            return Err(err(format!(
                "min_entropy {e} is outside 0..=8 bits per byte"
            )));
        }
    }
    if !spec.allow_unless.is_empty() && spec.allow.is_empty() && spec.allow_code.is_empty() {
        return Err(err(
            "allow_unless names shapes that override `allow`, but the rule has no allow entry"
                .to_string(),
        ));
    }
    if spec.advice.as_ref().is_some_and(|a| a.trim().is_empty()) {
        return Err(err("advice needs a reason".to_string()));
    }
    if let Some(a) = &spec.advice_context {
        if a.words.iter().any(|w| w.trim().is_empty()) || a.words.is_empty() {
            return Err(err("advice_context needs non-empty words".to_string()));
        }
        if a.reason.trim().is_empty() {
            return Err(err("advice_context needs a reason".to_string()));
        }
    }
    let context = spec
        .context
        .iter()
        .map(|w| w.to_ascii_lowercase().into_bytes())
        .collect();
    let published_context = spec
        .published_context
        .iter()
        .map(|w| w.to_ascii_lowercase().into_bytes())
        .collect();
    let rule = Rule {
        provider: provider.to_string(),
        origin,
        regex: OnceLock::new(),
        allow: OnceLock::new(),
        allow_code: OnceLock::new(),
        context,
        published_context,
        spec,
    };
    // User rules are few and their authors need errors at load; built-ins are proven by
    // `rules check` in the test suite and compile lazily.
    if matches!(rule.origin, RuleOrigin::User(_)) {
        rule.compile_now().map_err(|message| RuleError {
            origin: rule.origin.to_string(),
            rule: Some(rule.spec.id.clone()),
            message: crate::limits::mask_secrets(&message),
        })?;
    }
    Ok(rule)
}

/// Parses one rule file's text.
pub fn parse_rule_file(text: &str, origin: &RuleOrigin) -> Result<RuleFile, RuleError> {
    serde_saphyr::from_str::<RuleFile>(text).map_err(|e| RuleError {
        origin: origin.to_string(),
        rule: None,
        message: format!("invalid rule file: {}", yaml_error_message(text, &e)),
    })
}

/// A YAML error as one line: `line L column C: MESSAGE (the line, values masked: `…`)`.
///
/// Rule files hold example keys, so nothing is quoted from the file as it is: secret-like tokens
/// of the message are masked ([`mask_secrets`](crate::limits::mask_secrets)), and the excerpt
/// keeps the line's key and only the first four characters of its value
/// ([`mask_excerpt`](crate::limits::mask_excerpt)).
fn yaml_error_message(text: &str, e: &serde_saphyr::Error) -> String {
    use crate::limits::{mask_excerpt, mask_secrets};
    let plain = e.without_snippet().to_string();
    let first = plain.lines().next().unwrap_or_default();
    let mut msg = mask_secrets(first.strip_prefix("error: ").unwrap_or(first));
    let Some(loc) = e.location() else {
        return msg;
    };
    // The position is said once, in front.
    if let Some(rest) = msg.strip_prefix("line ") {
        if let Some(i) = rest.find(": ") {
            msg = rest[i + 2..].to_string();
        }
    }
    if let Some(i) = msg.rfind(" at line ") {
        if msg[i..].contains(", column ") {
            msg.truncate(i);
        }
    }
    let line = loc.line() as usize;
    let Some(src) = line.checked_sub(1).and_then(|i| text.lines().nth(i)) else {
        return msg;
    };
    // One line, whatever the file holds: long lines are cut, control characters shown escaped.
    let excerpt: String = mask_excerpt(src)
        .chars()
        .take(200)
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    format!(
        "line {line} column {}: {msg} (the line, values masked: `{}`)",
        loc.column(),
        excerpt.trim()
    )
}

/// Reads a user rule file: a regular file of at most
/// [`MAX_INPUT_FILE`](crate::limits::MAX_INPUT_FILE) bytes (a configuration committed to a
/// scanned repository names rule files too). The error does not repeat the path, which
/// [`RuleError`] carries as its origin.
pub fn read_rule_file(path: &Path) -> Result<String, String> {
    crate::limits::read_input_file(path, "rule file").map_err(|e| {
        let prefix = format!("{}: ", path.display());
        e.strip_prefix(&prefix).map(str::to_string).unwrap_or(e)
    })
}

/// Compiled rules, in a stable order (by id).
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

impl RuleSet {
    /// A set of exactly `rules` (for proving one rule on its own).
    pub fn of(rules: Vec<Rule>) -> RuleSet {
        RuleSet { rules }
    }

    /// The rules compiled into the binary.
    pub fn builtin() -> Result<RuleSet, RuleError> {
        let mut set = RuleSet::default();
        for (name, json) in BUILTIN_RULE_FILES {
            let origin = RuleOrigin::Builtin(name);
            let file: RuleFile = serde_json::from_str(json).map_err(|e| RuleError {
                origin: origin.to_string(),
                rule: None,
                message: format!("invalid built-in rule file: {e}"),
            })?;
            set.add_rule_file(file, origin)?;
        }
        Ok(set)
    }

    /// Adds every rule of a YAML text. A rule whose id is already present replaces it, so a user
    /// rule can override a built-in one; two rules with one id in the same origin are an error.
    pub fn add_file_text(&mut self, text: &str, origin: RuleOrigin) -> Result<(), RuleError> {
        let file = parse_rule_file(text, &origin)?;
        self.add_rule_file(file, origin)
    }

    /// Adds every rule of a parsed rule file (see [`RuleSet::add_file_text`]).
    fn add_rule_file(&mut self, file: RuleFile, origin: RuleOrigin) -> Result<(), RuleError> {
        let mut seen_here: HashMap<String, ()> = HashMap::new();
        for spec in file.rules {
            if seen_here.insert(spec.id.clone(), ()).is_some() {
                return Err(RuleError {
                    origin: origin.to_string(),
                    rule: Some(spec.id.clone()),
                    message: "id is defined twice in this file".into(),
                });
            }
            let rule = compile_rule(spec, &file.provider, origin.clone())?;
            self.insert(rule, &origin)?;
        }
        Ok(())
    }

    /// Adds the rules of a YAML file on disk.
    pub fn add_file(&mut self, path: &Path) -> Result<(), RuleError> {
        let origin = RuleOrigin::User(path.display().to_string());
        let text = read_rule_file(path).map_err(|message| RuleError {
            origin: origin.to_string(),
            rule: None,
            message,
        })?;
        self.add_file_text(&text, origin)
    }

    fn insert(&mut self, rule: Rule, origin: &RuleOrigin) -> Result<(), RuleError> {
        match self
            .rules
            .binary_search_by(|r| r.spec.id.as_str().cmp(&rule.spec.id))
        {
            Ok(i) => {
                let existing = &self.rules[i];
                let same_kind = matches!(
                    (&existing.origin, origin),
                    (RuleOrigin::Builtin(_), RuleOrigin::Builtin(_))
                ) || existing.origin == *origin;
                if same_kind {
                    return Err(RuleError {
                        origin: origin.to_string(),
                        rule: Some(rule.spec.id.clone()),
                        message: format!("id is already defined in {}", existing.origin),
                    });
                }
                self.rules[i] = rule;
            }
            Err(i) => self.rules.insert(i, rule),
        }
        Ok(())
    }

    /// Removes the rules with these ids; returns the ids that matched no rule.
    pub fn disable<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let mut unknown = Vec::new();
        for id in ids {
            let before = self.rules.len();
            self.rules.retain(|r| r.spec.id != id);
            if self.rules.len() == before {
                unknown.push(id.to_string());
            }
        }
        unknown
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// A rule to adjust before the set is compiled into a matcher (e.g. a configured
    /// `min_entropy`).
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Rule> {
        self.rules
            .binary_search_by(|r| r.spec.id.as_str().cmp(id))
            .ok()
            .map(|i| &mut self.rules[i])
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules
            .binary_search_by(|r| r.spec.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.rules[i])
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}
