//! The built-in catalogue: every rule proven by its examples, ids unique, docs current.

use crate::common::*;
use leakgate::matcher::check::check_rules;
use leakgate::rules::RuleSet;

#[test]
fn every_builtin_rule_passes_its_own_examples() {
    let rules = RuleSet::builtin().expect("built-in rules load (ids unique, patterns compile)");
    let problems = check_rules(&rules);
    let listed: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}: {}", p.origin, p.rule_id, p.message))
        .collect();
    assert!(
        listed.is_empty(),
        "{} problem(s):\n{}",
        listed.len(),
        listed.join("\n")
    );
}

/// The catalogue's bar (issue 16): every built-in rule is proven by two examples and two
/// negative examples, and cites at least one page of the provider's documentation.
#[test]
fn every_builtin_rule_has_two_examples_two_negatives_and_a_reference() {
    let rules = RuleSet::builtin().expect("rules");
    let short: Vec<String> = rules
        .rules()
        .iter()
        .map(|r| &r.spec)
        .filter(|s| {
            s.examples.len() < 2 || s.negative_examples.len() < 2 || s.references.is_empty()
        })
        .map(|s| {
            format!(
                "{}: {} examples, {} negatives, {} references",
                s.id,
                s.examples.len(),
                s.negative_examples.len(),
                s.references.len()
            )
        })
        .collect();
    assert!(short.is_empty(), "{}", short.join("\n"));
}

#[test]
fn rules_check_command_fails_on_a_broken_rule() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("broken.yaml");
    std::fs::write(
        &file,
        r#"provider: Broken
rules:
  - id: broken-token
    name: Broken token
    description: A rule whose example does not match.
    remediation: None.
    keywords: ["brk_"]
    pattern: '\b(?P<secret>brk_[0-9]{10})\b'
    severity: low
    references: [https://broken.invalid]
    examples: ['x = brk_abc']
    negative_examples: ['x = brk_9275103846']
"#,
    )
    .expect("write");
    let out = leakgate(dir.path(), &["rules", "check", "broken.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("broken-token`: example 1 should match exactly once, matched 0 times"),
        "{text}"
    );
    assert!(
        text.contains("negative example 1 should not match, matched 1 times"),
        "{text}"
    );
}

#[test]
fn incident_providers_are_covered() {
    let rules = RuleSet::builtin().expect("rules");
    for id in [
        "openai-api-key",
        "openai-project-key",
        "openai-service-account-key",
        "openai-admin-key",
        "anthropic-api-key",
        "anthropic-admin-key",
        "google-api-key",
        "gcp-service-account-key",
        "unsplash-access-key",
        "unsplash-secret-key",
        "pixabay-api-key",
    ] {
        assert!(rules.get(id).is_some(), "missing rule {id}");
    }
}

#[test]
fn docs_rules_md_is_current() {
    let rules = RuleSet::builtin().expect("rules");
    let expected = leakgate::rules::docs::render_markdown(&rules);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is stale: run `cargo run -- rules docs > docs/rules.md`"
    );
}

/// `rules list` is a table: every row's severity and provider start in the same column.
#[test]
fn rules_list_columns_align() {
    let out = std::process::Command::new(crate::common::bin())
        .args(["rules", "list"])
        .output()
        .expect("rules list runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let starts: std::collections::BTreeSet<usize> = text
        .lines()
        .map(|l| {
            let id_end = l.find(' ').expect("a space after the id");
            id_end + l[id_end..].find(|c: char| c != ' ').expect("a severity")
        })
        .collect();
    assert_eq!(starts.len(), 1, "severity columns start at {starts:?}");
    assert!(text.lines().count() > 900);
}

/// A rule file with one rule per `(id, keywords line)`, each matching `<id>_` and 24 hex digits.
fn keyword_rules(rules: &[(&str, &str)]) -> String {
    let mut text = String::from("provider: Lint\nrules:\n");
    for (id, keywords) in rules {
        text.push_str(&format!(
            r#"  - id: {id}-key
    name: A {id} key
    description: A key.
    remediation: Revoke it.
{keywords}
    pattern: '\b(?P<secret>{id}_[0-9a-f]{{24}})\b'
    severity: low
    references: [https://lint.invalid]
    examples: ['k = {id}_8a3f0c92d41be7756c0e9f1a']
    negative_examples: ['k = {id}_8a3f']
"#
        ));
    }
    text
}

#[test]
fn rules_check_rejects_short_and_common_keywords_unless_a_reason_is_given() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "lint.yaml",
        &keyword_rules(&[
            ("short", r#"    keywords: ["sh_", "short_"]"#),
            ("common", r#"    keywords: ["Token", "common_"]"#),
            ("fine", r#"    keywords: ["fine_"]"#),
        ]),
    );
    let out = leakgate(dir.path(), &["rules", "check", "lint.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("short-key`: keyword `sh_` is shorter than 4 characters"),
        "{text}"
    );
    assert!(
        text.contains("common-key`: keyword `Token` is a common word"),
        "{text}"
    );
    assert!(!text.contains("fine-key"), "{text}");
    assert!(!text.contains("short_`"), "{text}");

    write(
        dir.path(),
        "reasoned.yaml",
        &keyword_rules(&[(
            "short",
            "    keywords: [\"rt_\"]\n    keywords_reason: \"the only fixed part\"",
        )]),
    );
    let out = leakgate(dir.path(), &["rules", "check", "reasoned.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

/// Keywords whose case the pattern fixes skip hits in other cases; a keyword written in another
/// case than its pattern's literal is matched in any case, and both still find their keys.
#[test]
fn exact_case_keywords_still_find_their_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "rules.yaml",
        &keyword_rules(&[
            ("qvw", r#"    keywords: ["qvw_"]"#),
            ("zqx", r#"    keywords: ["ZQX_"]"#),
        ]),
    );
    let mut fake = Fake::new(1616);
    let hex = b"0123456789abcdef";
    let text = format!(
        "a = QVW_{}\nb = qvw_{}\nc = ZQX_{}\nd = zqx_{}\n",
        fake.string(hex, 24),
        fake.string(hex, 24),
        fake.string(hex, 24),
        fake.string(hex, 24),
    );
    write(dir.path(), "src/app.txt", &text);
    let out = leakgate(
        dir.path(),
        &[
            "scan",
            "src",
            "--isolated",
            "--no-baseline",
            "--rules",
            "rules.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        finding_rows(&json(&out)),
        vec![
            row("qvw-key", "app.txt", 2, 5),
            row("zqx-key", "app.txt", 4, 5)
        ]
    );
}

/// A keyword that stands inside a word frequent in code (`unsign` in `unsigned`) would open a
/// regex window wherever that word stands: `rules check` rejects it, unless the engine drops
/// hits inside that word (`coher` inside `coherent`, which names no provider).
#[test]
fn rules_check_rejects_a_keyword_inside_a_common_code_word() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "lint.yaml",
        &keyword_rules(&[
            ("unsign", r#"    keywords: ["unsign"]"#),
            ("coher", r#"    keywords: ["coher"]"#),
        ]),
    );
    let out = leakgate(dir.path(), &["rules", "check", "lint.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "unsign-key`: keyword `unsign` stands inside `unsigned`, a common word in code"
        ),
        "{text}"
    );
    assert!(!text.contains("coher-key"), "{text}");
}

/// A keyword hit inside a word that names no provider (`cohere` in `coherent`, `COHERENCY`)
/// opens no window, though the pattern alone would match there; the keyword standing as a
/// name (`cohere_key`, `Cohere`) still does (and its window, like any, covers the bytes around).
#[test]
fn keyword_hits_inside_common_words_find_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "rules.yaml",
        r#"provider: Words
rules:
  - id: cohere-word-key
    name: A key after a cohere name
    description: A key.
    remediation: Revoke it.
    keywords: ["cohere"]
    pattern: '(?i)cohere\w*\s*=\s*(?P<secret>cw_[0-9a-f]{24})\b'
    severity: low
    references: [https://lint.invalid]
    examples: ['cohere_key = cw_8a3f0c92d41be7756c0e9f1a']
    negative_examples: ['cohere_key = cw_8a3f']
"#,
    );
    let mut fake = Fake::new(1617);
    let hex = b"0123456789abcdef";
    // Two files: a window opened by a name covers the bytes around it, words included.
    let words = format!(
        "coherent = cw_{}\nCOHERENCY = cw_{}\n",
        fake.string(hex, 24),
        fake.string(hex, 24),
    );
    write(dir.path(), "src/words.txt", &words);
    let names = format!(
        "\n\ncohere_key = cw_{}\nCohereToken = cw_{}\n",
        fake.string(hex, 24),
        fake.string(hex, 24),
    );
    write(dir.path(), "src/app.txt", &names);
    let out = leakgate(
        dir.path(),
        &[
            "scan",
            "src",
            "--isolated",
            "--no-baseline",
            "--rules",
            "rules.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        finding_rows(&json(&out)),
        vec![
            row("cohere-word-key", "app.txt", 3, 14),
            row("cohere-word-key", "app.txt", 4, 15)
        ]
    );
}
