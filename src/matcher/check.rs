//! `rules check`: proves each rule against its own examples through the real matcher.

use super::{Match, Matcher, RegexMatcher, Scratch};
use crate::rules::{Rule, RuleSet};
use std::sync::Arc;

/// One thing wrong with one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckProblem {
    pub rule_id: String,
    pub origin: String,
    pub message: String,
}

fn matches_of(matcher: &RegexMatcher, text: &str) -> Vec<Match> {
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    matcher.find(text.as_bytes(), &mut scratch, &mut out);
    out
}

/// Keywords shorter than this open a regex window on too much ordinary text.
pub const MIN_KEYWORD_LEN: usize = 4;

/// Words common in code and prose: as keywords they would run a rule on most files.
pub const COMMON_KEYWORDS: &[&str] = &[
    "access", "admin", "api", "auth", "bearer", "client", "config", "data", "key", "keys", "live",
    "login", "pass", "password", "private", "prod", "public", "secret", "secrets", "test", "token",
    "tokens", "user",
];

/// Words frequent in source code and its comments (the most frequent of the Linux kernel's
/// tree, and words that hold a provider keyword): a keyword inside one of them would open a
/// regex window wherever the word stands. `cohere` hit 13,466 times there, nearly all in
/// `coherent`. Such a keyword is rejected unless the engine drops hits inside that word
/// ([`super::keywords::NOT_A_NAME`]) or the rule says why in `keywords_reason`.
pub const WORDS_IN_CODE: &[&str] = &[
    "access",
    "active",
    "address",
    "alloc",
    "array",
    "atomic",
    "before",
    "blocks",
    "buffer",
    "called",
    "channel",
    "change",
    "client",
    "clock",
    "coherence",
    "coherency",
    "coherent",
    "compatible",
    "config",
    "context",
    "control",
    "controller",
    "copyright",
    "create",
    "current",
    "default",
    "define",
    "description",
    "device",
    "devices",
    "driver",
    "enable",
    "enabled",
    "error",
    "event",
    "export",
    "extent",
    "false",
    "field",
    "format",
    "frame",
    "function",
    "handle",
    "header",
    "identifier",
    "include",
    "index",
    "information",
    "info_",
    "inline",
    "input",
    "interface",
    "interrupt",
    "kernel",
    "length",
    "license",
    "lookup",
    "mapping",
    "memory",
    "module",
    "mutex",
    "notably",
    "number",
    "object",
    "offset",
    "output",
    "packet",
    "parent",
    "pointer",
    "power",
    "preferably",
    "presumably",
    "probably",
    "properties",
    "queue",
    "reasonably",
    "register",
    "release",
    "reliably",
    "remove",
    "request",
    "required",
    "reserved",
    "return",
    "schemas",
    "second",
    "secondary",
    "server",
    "should",
    "sizeof",
    "static",
    "status",
    "struct",
    "support",
    "switch",
    "symbol",
    "system",
    "target",
    "timeout",
    "timer",
    "unlock",
    "unsigned",
    "update",
    "value",
    "version",
    "vertical",
    "which",
    "width",
    "write",
];

/// The word of [`WORDS_IN_CODE`] that `keyword` stands inside, where hits there are not dropped.
fn inside_word_in_code(keyword: &str) -> Option<&'static str> {
    let k = keyword.to_ascii_lowercase();
    let around = super::keywords::words_around(&k);
    WORDS_IN_CODE.iter().copied().find(|w| {
        w.len() > k.len()
            && w.match_indices(k.as_str())
                .any(|(at, _)| !super::keywords::inside_word(w.as_bytes(), at, &around))
    })
}

/// The prefilter lint: keywords that are short or common words need a stated `keywords_reason`.
fn keyword_problems(spec: &crate::rules::RuleSpec) -> Vec<String> {
    if spec
        .keywords_reason
        .as_deref()
        .is_some_and(|r| !r.trim().is_empty())
    {
        return Vec::new();
    }
    spec.keywords
        .iter()
        .filter_map(|k| {
            let why = if k.len() < MIN_KEYWORD_LEN {
                format!("is shorter than {MIN_KEYWORD_LEN} characters")
            } else if COMMON_KEYWORDS.contains(&k.to_ascii_lowercase().as_str()) {
                "is a common word".to_string()
            } else if let Some(word) = inside_word_in_code(k) {
                format!("stands inside `{word}`, a common word in code")
            } else {
                return None;
            };
            Some(format!(
                "keyword `{k}` {why}: it would run the rule on ordinary text; use a longer \
                 literal the pattern requires, or say why in `keywords_reason`"
            ))
        })
        .collect()
}

fn check_rule(rule: &Rule) -> Vec<String> {
    let spec = &rule.spec;
    let mut problems = keyword_problems(spec);
    if spec.examples.is_empty() {
        problems.push("has no examples".to_string());
    }
    if spec.negative_examples.is_empty() {
        problems.push("has no negative_examples".to_string());
    }
    if spec.references.is_empty() {
        problems.push("has no references".to_string());
    }
    if spec.name.trim().is_empty()
        || spec.description.trim().is_empty()
        || spec.remediation.trim().is_empty()
    {
        problems.push("name, description and remediation must not be empty".to_string());
    }
    if let Err(e) = rule.compile_now() {
        problems.push(e);
        return problems;
    }
    let alone = RuleSet::of(vec![rule.clone()]);
    let matcher = RegexMatcher::new(Arc::new(alone));
    for (i, ex) in spec.examples.iter().enumerate() {
        let n = matches_of(&matcher, ex).len();
        if n != 1 {
            problems.push(format!(
                "example {} should match exactly once, matched {n} times",
                i + 1
            ));
        }
    }
    for (i, ex) in spec.negative_examples.iter().enumerate() {
        let n = matches_of(&matcher, ex).len();
        if n != 0 {
            problems.push(format!(
                "negative example {} should not match, matched {n} times",
                i + 1
            ));
        }
    }
    problems
}

/// Checks every rule; an empty result means all rules are sound.
pub fn check_rules(rules: &RuleSet) -> Vec<CheckProblem> {
    rules
        .rules()
        .iter()
        .flat_map(|r| {
            check_rule(r).into_iter().map(move |message| CheckProblem {
                rule_id: r.spec.id.clone(),
                origin: r.origin.to_string(),
                message,
            })
        })
        .collect()
}
