//! What a gate prints when it refuses: each finding once, with its rule's remediation and the
//! provider's revoke page, then what to do. A push is told that a secret already committed must
//! leave history (an allow comment in a later commit does not take it out of the earlier one).

use crate::finding::Finding;
use crate::rules::RuleSet;
use std::fmt::Write as _;

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Which gate refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gate {
    Commit,
    Push,
}

/// The page where the key is revoked: the last of the rule's references (the first is the
/// key-format page; catalogue rules list the key-management page last).
fn revoke_page<'r>(rules: &'r RuleSet, rule_id: &str) -> Option<&'r str> {
    rules
        .get(rule_id)
        .and_then(|r| r.spec.references.last())
        .map(String::as_str)
}

/// Prose (remediations are YAML folded blocks) wrapped at 100 columns, continuation lines
/// indented by `indent` spaces.
fn wrap(text: &str, indent: usize) -> String {
    let mut out = String::new();
    let mut col = indent;
    for word in text.split_whitespace() {
        if col > indent && col + 1 + word.len() > 100 {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else if col > indent {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += word.chars().count();
    }
    out
}

/// The refusal: every finding once (where, what, the redacted secret, how to revoke it), then
/// how to fix the commit or push, and how to accept a false positive.
pub(super) fn blocked_message(gate: Gate, findings: &[&Finding], rules: &RuleSet) -> String {
    let what = match gate {
        Gate::Commit => "commit",
        Gate::Push => "push",
    };
    let esc = crate::report::human::escape_terminal;
    let mut s = format!(
        "\nleakgate: {what} blocked: {} secret{} found:\n",
        findings.len(),
        plural(findings.len())
    );
    for f in findings {
        let at = match f.provenance.commit() {
            Some(c) => format!(" (commit {})", &c[..c.len().min(12)]),
            None => String::new(),
        };
        let _ = writeln!(
            s,
            "\n  [{}] {} ({})\n    at:          {}:{}:{}{at}\n    secret:      {}\n    fingerprint: {}",
            f.severity,
            f.rule_name,
            f.rule_id,
            esc(&f.display_path()),
            f.location.start_line,
            f.location.start_column,
            esc(&f.redacted),
            f.fingerprint,
        );
        if let Some(rule) = rules.get(&f.rule_id) {
            let _ = writeln!(s, "    remediation: {}", wrap(&rule.spec.remediation, 17));
        }
        if let Some(url) = revoke_page(rules, &f.rule_id) {
            let _ = writeln!(s, "    revoke:      {url}");
        }
    }
    s.push_str("\nTo fix it:\n");
    match gate {
        Gate::Commit => s.push_str(
            "  1. Take the secret out of the file and load it at run time instead (an environment\n     \
             variable or a secret manager), then stage the file again.\n\
             \x20 2. If the key was ever shared, pushed or pasted anywhere, revoke it (above) and issue a new one.\n",
        ),
        Gate::Push => s.push_str(
            "  1. Revoke the key (above) and issue a new one: it sits in a commit on this machine already,\n     \
             and anything that saw the repository may have it.\n\
             \x20 2. Remove it from every commit being pushed, not only from the newest: a later commit that\n     \
             deletes the line, or adds an allow comment to it, leaves the secret in the earlier commit.\n     \
             - the last commit: edit the file, then `git commit --amend`;\n     \
             - an earlier one: `git rebase -i <commit>^`, mark that commit `edit`, fix the file,\n       \
             `git commit --amend`, `git rebase --continue`;\n     \
             - many commits: `git filter-repo --replace-text <file listing the secret>`.\n     \
             Then push again.\n",
        ),
    }
    match gate {
        Gate::Commit => s.push_str(
            "\nIf it is not a real secret (a test fixture, a documented example), allow it on its line:\n  \
             <the line>  # leakgate:allow <rule-id> -- <why it is safe>\n\
             or accept it by fingerprint (`allow: [{fingerprints: [<fingerprint>], reason: ...}]` in\n\
             .leakgate.yaml, or `leakgate baseline create`), or turn the rule off with `disabled_rules`.\n",
        ),
        Gate::Push => s.push_str(
            "\nIf it is not a real secret, accept it where the earlier commit cannot be changed: by its\n\
             fingerprint (`allow: [{fingerprints: [<fingerprint>], reason: ...}]` in .leakgate.yaml) or\n\
             in the baseline (`leakgate baseline create`). An allow comment only helps in the commit\n\
             that adds the line.\n",
        ),
    }
    s
}

/// Why a staged `.env` file is refused and how to keep it out: the `.gitignore` pattern named is
/// `.env*`, so that `.env.production` and `.env.local` are kept out too, with the template let in.
pub(super) fn env_file_advice(path: &str) -> String {
    let path = crate::report::human::escape_terminal(path);
    format!(
        "leakgate: commit blocked: `{path}` is a .env file; these hold secrets and stay out of git.\n  \
         Unstage it with `git rm --cached {path}`, add `.env*` and `!.env.example` to .gitignore,\n  \
         and commit a `.env.example` with placeholder values instead."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_advice_names_the_pattern_that_covers_every_env_file() {
        let a = env_file_advice("svc/.env.production");
        assert!(a.contains("`.env*`") && a.contains("git rm --cached svc/.env.production"));
    }
}
