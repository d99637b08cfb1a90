//! Fail closed (issue 11): untrusted input files are read with bounds, and output never betrays a
//! secret or the terminal.
//!
//! Configuration, rule, baseline and gitleaks files may come from the scanned repository, so the
//! tests commit hostile ones: symlinks to `/dev/zero`, FIFOs, directories, oversized files. Each
//! run is bounded in time and memory, so that a regression fails the test instead of hanging or
//! swapping the machine.

use crate::common::*;
use proptest::prelude::*;
use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

/// Runs leakgate in `dir` with at most 2 GiB of address space and 30 seconds, so that reading
/// `/dev/zero` or opening a FIFO fails the test rather than the machine.
fn bounded(dir: &Path, args: &[&str]) -> Output {
    let mut c = assert_cmd::Command::new("sh");
    c.arg("-c")
        .arg("ulimit -v 2097152 2>/dev/null; exec \"$0\" \"$@\"")
        .arg(bin())
        .args(args)
        .current_dir(dir)
        .env_remove("LEAKGATE_FORMAT")
        .env_remove("LEAKGATE_CONFIG")
        .env("NO_COLOR", "1")
        .timeout(Duration::from_secs(30));
    c.output().expect("leakgate runs")
}

/// Asserts exit code 2 with one error naming `name` and saying `why`.
fn refused(o: &Output, name: &str, why: &str) {
    let err = stderr(o);
    assert_eq!(
        o.status.code(),
        Some(2),
        "stdout: {}\nstderr: {err}",
        stdout(o)
    );
    assert!(err.contains(name), "error does not name {name}: {err}");
    assert!(err.contains(why), "error does not say {why:?}: {err}");
}

#[cfg(unix)]
fn symlink(target: &str, dir: &Path, name: &str) {
    std::os::unix::fs::symlink(target, dir.join(name)).expect("symlink");
}

#[cfg(unix)]
fn mkfifo(dir: &Path, name: &str) {
    let st = std::process::Command::new("mkfifo")
        .arg(dir.join(name))
        .status()
        .expect("mkfifo runs");
    assert!(st.success(), "mkfifo failed");
}

fn stripe_key(f: &mut Fake) -> String {
    key(&["sk_", "live_", &f.alnum(24)])
}

// ---- 1. Untrusted input files: regular files only, at most 4 MiB ----

#[cfg(unix)]
#[test]
fn config_rule_file_symlinked_to_dev_zero_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), ".leakgate.yaml", "rules: [ci/zero.yaml]\n");
    fs::create_dir(dir.path().join("ci")).expect("mkdir");
    symlink("/dev/zero", &dir.path().join("ci"), "zero.yaml");
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, "zero.yaml", "a character device");
}

#[cfg(unix)]
#[test]
fn config_rule_file_that_is_a_fifo_is_refused_without_hanging() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), ".leakgate.yaml", "rules: [fifo.yaml]\n");
    mkfifo(dir.path(), "fifo.yaml");
    let t0 = Instant::now();
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, "fifo.yaml", "a FIFO");
    assert!(t0.elapsed() < Duration::from_secs(20));
}

#[cfg(unix)]
#[test]
fn config_file_that_is_not_a_regular_file_is_an_error_not_absent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(11);
    write(
        dir.path(),
        "app.env",
        &format!("KEY={}\n", stripe_key(&mut fake)),
    );
    symlink("/dev/zero", dir.path(), ".leakgate.yaml");
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, ".leakgate.yaml", "a character device");
    fs::remove_file(dir.path().join(".leakgate.yaml")).expect("rm");
    mkfifo(dir.path(), ".leakgate.yaml");
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, ".leakgate.yaml", "a FIFO");
    let o = bounded(dir.path(), &["scan", ".", "--config", "/dev/zero"]);
    refused(&o, "/dev/zero", "a character device");
}

#[test]
fn rule_file_that_is_a_directory_or_too_large_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("rules.yaml")).expect("mkdir");
    write(dir.path(), ".leakgate.yaml", "rules: [rules.yaml]\n");
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, "rules.yaml", "a directory");
    // Over 4 MiB: a YAML comment, so only the size is wrong.
    let big = format!("#{}\n", "x".repeat(4 << 20));
    write(dir.path(), "big.yaml", &big);
    write(dir.path(), ".leakgate.yaml", "rules: [big.yaml]\n");
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, "big.yaml", "larger than 4194304 bytes");
    let o = bounded(dir.path(), &["rules", "check", "big.yaml"]);
    refused(&o, "big.yaml", "larger than 4194304 bytes");
    fs::remove_file(dir.path().join(".leakgate.yaml")).expect("rm");
    write(dir.path(), ".leakgate.yaml", &big);
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, ".leakgate.yaml", "larger than 4194304 bytes");
}

#[cfg(unix)]
#[test]
fn rules_check_refuses_a_device_and_a_fifo() {
    let dir = tempfile::tempdir().expect("tempdir");
    mkfifo(dir.path(), "fifo.yaml");
    let o = bounded(dir.path(), &["rules", "check", "fifo.yaml"]);
    refused(&o, "fifo.yaml", "a FIFO");
    let o = bounded(dir.path(), &["rules", "check", "/dev/zero"]);
    refused(&o, "/dev/zero", "a character device");
}

#[cfg(unix)]
#[test]
fn baseline_that_is_not_a_regular_file_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(12);
    write(
        dir.path(),
        "app.env",
        &format!("KEY={}\n", stripe_key(&mut fake)),
    );
    // Discovered beside the scanned directory: refused, not skipped.
    symlink("/dev/zero", dir.path(), ".leakgate-baseline");
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, ".leakgate-baseline", "a character device");
    fs::remove_file(dir.path().join(".leakgate-baseline")).expect("rm");
    mkfifo(dir.path(), "bl.fifo");
    let o = bounded(dir.path(), &["scan", ".", "--baseline", "bl.fifo"]);
    refused(&o, "bl.fifo", "a FIFO");
    let o = bounded(
        dir.path(),
        &["baseline", "check", ".", "--baseline", "bl.fifo"],
    );
    refused(&o, "bl.fifo", "a FIFO");
    // Configured: the same.
    write(dir.path(), ".leakgate.yaml", "baseline: bl.fifo\n");
    let o = bounded(dir.path(), &["scan", "."]);
    refused(&o, "bl.fifo", "a FIFO");
}

#[cfg(unix)]
#[test]
fn import_gitleaks_refuses_a_device_and_a_fifo() {
    let dir = tempfile::tempdir().expect("tempdir");
    mkfifo(dir.path(), "gitleaks.toml");
    let o = bounded(dir.path(), &["import", "gitleaks", "gitleaks.toml"]);
    refused(&o, "gitleaks.toml", "a FIFO");
    let o = bounded(dir.path(), &["import", "gitleaks", "/dev/zero"]);
    refused(&o, "/dev/zero", "a character device");
    assert!(!dir.path().join(".leakgate.yaml").exists());
}

#[cfg(unix)]
#[test]
fn import_gitleaks_never_writes_through_a_symlink() {
    let outer = tempfile::tempdir().expect("tempdir");
    let dir = outer.path().join("repo");
    fs::create_dir(&dir).expect("mkdir");
    write(&dir, ".gitleaks.toml", GITLEAKS_SEED);
    // Dangling: writing through it would create the file it points at, out of the repository.
    symlink("../created-outside", &dir, ".leakgate.yaml");
    for extra in [None, Some("--force")] {
        let mut args = vec!["import", "gitleaks", ".gitleaks.toml"];
        args.extend(extra);
        let o = bounded(&dir, &args);
        refused(&o, ".leakgate.yaml", "not a regular file");
        assert!(!outer.path().join("created-outside").exists());
    }
}

#[cfg(unix)]
#[test]
fn baseline_create_never_writes_through_a_symlink_out_of_the_repository() {
    let outer = tempfile::tempdir().expect("tempdir");
    let repo = outer.path().join("repo");
    fs::create_dir(&repo).expect("mkdir");
    git_init(&repo);
    let mut fake = Fake::new(13);
    write(
        &repo,
        "app.env",
        &format!("KEY={}\n", stripe_key(&mut fake)),
    );
    write(outer.path(), "dotfile", "precious\n");
    symlink("../dotfile", &repo, ".leakgate-baseline");
    let o = bounded(&repo, &["baseline", "create", "."]);
    refused(&o, ".leakgate-baseline", "not a regular file");
    assert_eq!(
        fs::read_to_string(outer.path().join("dotfile")).expect("read"),
        "precious\n"
    );
    // A symlinked .gitattributes is not followed either: the baseline is written, the link's
    // target is untouched, and a warning says why the attribute is missing.
    fs::remove_file(repo.join(".leakgate-baseline")).expect("rm");
    symlink("../dotfile", &repo, ".gitattributes");
    let o = bounded(&repo, &["baseline", "create", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    assert_eq!(
        fs::read_to_string(outer.path().join("dotfile")).expect("read"),
        "precious\n"
    );
}

// ---- 2. Error messages about rule and configuration files never quote a key ----

fn rule_file_with(examples_line: &str) -> String {
    format!(
        "provider: Acme\n\
         rules:\n\
         \x20 - id: acme-key\n\
         \x20   name: Acme key\n\
         \x20   description: d\n\
         \x20   remediation: r\n\
         \x20   keywords: [acme_]\n\
         \x20   pattern: '(?P<secret>acme_[a-z0-9]{{32}})'\n\
         \x20   severity: critical\n\
         \x20   references: []\n\
         {examples_line}\n\
         \x20   negative_examples: []\n"
    )
}

#[test]
fn rule_file_parse_errors_mask_the_keys_they_quote() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(21);
    let k = stripe_key(&mut fake);
    let broken = [
        // A string where a list belongs: the message quotes the value.
        format!("    examples: 'STRIPE_SECRET_KEY={k}'"),
        // A misspelt key on the key's own line: the excerpt shows that line.
        format!("    exampels: ['STRIPE_SECRET_KEY={k}']"),
        // Broken YAML (an unclosed quote) right at the key.
        format!("    examples: ['STRIPE_SECRET_KEY={k}]"),
        // A list item that is a mapping.
        format!("    examples:\n      - {{key: {k}}}"),
    ];
    for (i, line) in broken.iter().enumerate() {
        let name = format!("bad{i}.yaml");
        write(dir.path(), &name, &rule_file_with(line));
        for args in [
            vec!["rules", "check", name.as_str()],
            vec!["scan", ".", "--isolated", "--rules", name.as_str()],
        ] {
            let o = bounded(dir.path(), &args);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains(&name), "{args:?}: {err}");
            assert!(!err.contains(&k), "{args:?} quoted the key: {err}");
            assert!(!err.contains(&k[8..]), "{args:?} quoted the key: {err}");
            assert!(err.contains("line "), "{args:?} gives no line: {err}");
        }
    }
}

#[test]
fn configuration_errors_mask_the_keys_they_quote() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(22);
    let k = stripe_key(&mut fake);
    for (i, text) in [
        format!("allow:\n  - values: {k}\n"),
        format!("max_file_size: {k}\n"),
        format!("allow:\n  - values: [{k}]\n    regexes: ['({k}']\n"),
        format!("allow:\n  - fingerprints: [{k}]\n"),
        format!("exclude_paths: ['[{k}']\n"),
    ]
    .iter()
    .enumerate()
    {
        write(dir.path(), ".leakgate.yaml", text);
        let o = bounded(dir.path(), &["scan", "."]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "case {i}: {err}");
        assert!(err.contains(".leakgate.yaml"), "case {i}: {err}");
        assert!(!err.contains(&k[8..]), "case {i} quoted the key: {err}");
    }
}

// ---- 3. `config show` prints fingerprints, never allowed values ----

#[test]
fn config_show_prints_fingerprints_of_allowed_values() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(31);
    let (k1, k2) = (stripe_key(&mut fake), stripe_key(&mut fake));
    write(
        dir.path(),
        ".leakgate.yaml",
        &format!(
            "allow:\n  - rules: [stripe-secret-key]\n    values: ['{k1}']\n    reason: sandbox\n\
             \x20 - values: ['{k2}']\n"
        ),
    );
    let o = leakgate(dir.path(), &["config", "show", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        !out.contains(&k1[8..]),
        "config show printed a secret: {out}"
    );
    assert!(
        !out.contains(&k2[8..]),
        "config show printed a secret: {out}"
    );
    let fp = leakgate::finding::fingerprint("stripe-secret-key", k1.as_bytes());
    assert!(out.contains(&fp), "no fingerprint {fp}: {out}");
    let fp2 = leakgate::finding::fingerprint("", k2.as_bytes());
    assert!(out.contains(&fp2), "no fingerprint {fp2}: {out}");
    // The shown fingerprint accepts the finding, as the value did.
    write(dir.path(), "app.env", &format!("KEY={k1}\n"));
    write(
        dir.path(),
        ".leakgate.yaml",
        &format!("allow:\n  - rules: [stripe-secret-key]\n    fingerprints: [{fp}]\n"),
    );
    let o = leakgate(dir.path(), &["scan", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

// ---- 4. Human output escapes control characters ----

#[cfg(unix)]
#[test]
fn human_output_escapes_control_characters_in_paths_and_lines() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut fake = Fake::new(41);
    let k = stripe_key(&mut fake);
    // The name clears the screen; the line returns the cursor and paints "all clean" over itself.
    let name = "evil\x1b[2J\rname.env";
    let line = format!(
        "KEY={k} \r\x1b[2K\x1b[32mleakgate: 0 findings, all clean\x1b[0m\x07\x7f\u{9b}\u{202e}x"
    );
    fs::write(dir.path().join(name), format!("{line}\n")).expect("write");
    let o = leakgate(dir.path(), &["scan", "."]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    for c in ['\x1b', '\r', '\x07', '\x7f', '\u{9b}', '\u{202e}'] {
        assert!(!out.contains(c), "raw {c:?} in human output: {out:?}");
    }
    assert!(out.contains("evil\\x1b[2J\\rname.env:1:5"), "{out}");
    assert!(
        out.contains("\\r\\x1b[2K\\x1b[32mleakgate: 0 findings"),
        "{out}"
    );
    assert!(out.contains("\\x7f\\x9b\\u{202e}x"), "{out}");
    // Every line of the report is one line: no newline smuggled in.
    assert!(out.lines().all(|l| !l.contains('\r')));
    assert!(!out.contains(&k), "human output leaked the key");
}

#[cfg(unix)]
#[test]
fn baseline_check_escapes_paths_and_rule_ids_from_the_baseline_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        ".leakgate-baseline",
        "00000000000000000000000000000000\tsome-rule\tpath\\r\x1b[2Kclean\n",
    );
    let o = leakgate(dir.path(), &["baseline", "check", "."]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\x1b') && !out.contains('\r'), "{out:?}");
    assert!(out.contains("path\\r\\x1b[2Kclean"), "{out}");
}

// ---- 6. Property tests: the parsers of untrusted files never panic and stay fast ----

/// Seeds the mutations start from: one valid document of each kind.
const CONFIG_SEED: &str = "rules: [ci/acme-rules.yaml]\n\
disabled_rules: [generic-password-assignment]\n\
exclude_paths: [\"testdata/**\"]\n\
max_file_size: 16777216\n\
baseline: .leakgate-baseline\n\
min_entropy: {generic-secret-assignment: 4.5}\n\
allow:\n\
  - reason: shared sandbox key, no billing\n\
    rules: [stripe-test-secret-key]\n\
    values: [abc]\n\
    regexes: [\"^sk_test_\"]\n\
    fingerprints: [0123456789abcdef0123456789abcdef]\n\
    paths: [\"docs/**\"]\n";

const BASELINE_SEED: &str = "# leakgate baseline\n\
0123456789abcdef0123456789abcdef\tstripe-secret-key\tapp/.env\trevoked 2026-01\n\
ffffffffffffffffffffffffffffffff\taws-access-key-id\ta\\tb\n";

const GITLEAKS_SEED: &str = "title = \"acme\"\n\
[extend]\nuseDefault = true\n\
[[rules]]\nid = \"acme-key\"\ndescription = \"Acme\"\n\
regex = '''acme_(?P<k>[a-z0-9]{32})'''\nsecretGroup = 1\nentropy = 3.5\n\
keywords = [\"acme_\"]\n\
[[rules.allowlists]]\nregexes = ['''^acme_test''']\npaths = ['''(^|/)vendor/''']\n\
[allowlist]\ndescription = \"global\"\npaths = ['''^docs/''', '''\\.md$''']\n\
stopwords = [\"example\"]\ncommits = [\"abc\"]\n";

fn rule_seed() -> &'static str {
    static SEED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SEED.get_or_init(|| {
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/stripe.yaml"))
            .expect("rules/stripe.yaml")
    })
}

/// Characters mutations insert: YAML and TOML syntax, controls, and multi-byte characters.
const SPICE: &[&str] = &[
    "(", ")", "(?P<", "(?:", "$", "^", "{32}", ":", "- ", "[", "]", "{", "}", "'", "\"", "\n",
    "\t", "#", "&a", "*a", "!!str ", "|", ">", "=", "[[", "]]", "\\", "\u{0}", "\r", "\u{1b}", "é",
    "\u{202e}", "  ", "---\n", "...\n", "<<: *a", "'''", "\"\"\"", "0x", "1e999", "-", ".inf", "~",
    "?", "%",
];

#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, usize),
    Delete(usize, usize),
    DupLine(usize),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0..SPICE.len()).prop_map(|(a, b)| Edit::Insert(a, b)),
        (any::<usize>(), 1usize..16).prop_map(|(a, b)| Edit::Delete(a, b)),
        any::<usize>().prop_map(Edit::DupLine),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

/// Applies edits at character boundaries.
fn mutate(seed: &str, edits: &[Edit]) -> String {
    let mut s = seed.to_string();
    let at = |s: &str, n: usize| -> usize {
        let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
        bounds[n % bounds.len()]
    };
    for e in edits {
        match *e {
            Edit::Insert(p, i) => {
                let p = at(&s, p);
                s.insert_str(p, SPICE[i]);
            }
            Edit::Delete(p, n) => {
                let a = at(&s, p);
                let b = s[a..].char_indices().nth(n).map_or(s.len(), |(i, _)| a + i);
                s.replace_range(a..b, "");
            }
            Edit::DupLine(p) => {
                let lines: Vec<&str> = s.lines().collect();
                if !lines.is_empty() {
                    let i = p % lines.len();
                    let mut v: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                    v.insert(i, lines[i].to_string());
                    s = v.join("\n");
                }
            }
            Edit::Truncate(p) => {
                let p = at(&s, p);
                s.truncate(p);
            }
        }
    }
    s
}

/// What one parser may take per case, in a debug build on a loaded 2-core machine.
const CASE_BUDGET: Duration = Duration::from_secs(2);

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t0 = Instant::now();
    let r = f();
    let took = t0.elapsed();
    assert!(took < CASE_BUDGET, "{what} took {took:?}");
    r
}

/// Every parser of untrusted text, on one input; errors must be one message that quotes no
/// secret-like token whole (`planted`, if the input holds it).
fn all_parsers(text: &str, planted: Option<&str>) {
    let cfg = timed("config::parse", || {
        leakgate::policy::config::parse(text, Path::new("c.yaml"))
    });
    let rules = timed("rule file", || {
        leakgate::rules::RuleSet::default()
            .add_file_text(text, leakgate::rules::RuleOrigin::User("r.yaml".into()))
    });
    let _ = timed("baseline", || {
        leakgate::policy::baseline::Baseline::parse(text, Path::new("bl"))
    });
    let _ = timed("gitleaks", || {
        leakgate::policy::import_gitleaks::convert(text)
    });
    if let Some(secret) = planted {
        if let Err(e) = cfg {
            assert!(!e.contains(secret), "config error quoted the secret: {e}");
        }
        if let Err(e) = rules {
            let e = e.to_string();
            assert!(!e.contains(secret), "rule error quoted the secret: {e}");
        }
    }
}

/// A secret-like token proptest can plant: 24 to 40 letters and digits with at least one digit.
fn planted_secret() -> impl Strategy<Value = String> {
    "[A-Za-z]{4}[0-9][A-Za-z0-9]{19,35}"
}

/// Words that make random text look like the documents: the keys of each format.
const WORDS: &[&str] = &[
    "rules",
    "disabled_rules",
    "exclude_paths",
    "max_file_size",
    "baseline",
    "min_entropy",
    "allow",
    "reason",
    "values",
    "regexes",
    "fingerprints",
    "paths",
    "provider",
    "id",
    "name",
    "description",
    "remediation",
    "keywords",
    "pattern",
    "checksum",
    "context",
    "severity",
    "references",
    "window",
    "tags",
    "examples",
    "negative_examples",
    "critical",
    "jwt",
    "[[rules]]",
    "[allowlist]",
    "[[allowlists]]",
    "[extend]",
    "regex",
    "secretGroup",
    "entropy",
    "regexTarget",
    "stopwords",
    "targetRules",
    "condition",
    "AND",
    "useDefault",
    "true",
    "(?P<secret>",
    "(?P<k>",
    "(",
    ")",
    "[a-z]{32}",
    "\\b",
    "$",
    "^",
    "4.5",
    "-1",
    "0",
    "0123456789abcdef0123456789abcdef",
    "stripe-secret-key",
    "docs/**",
];

/// Text made of format keys, syntax and controls: reaches deeper than random characters.
fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            (0..WORDS.len()).prop_map(|i| WORDS[i].to_string()),
            (0..SPICE.len()).prop_map(|i| SPICE[i].to_string()),
            "[ -~]{0,6}",
        ],
        0..80,
    )
    .prop_map(|parts| parts.concat())
}

fn cases(n: u32) -> ProptestConfig {
    ProptestConfig {
        cases: n,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// Cases per test, each through all four parsers: 3,000 + 2,000 + 4,000 + 4,000 + 4,000 + 3,000 =
// 20,000 cases, about 10 s in a debug build on a loaded 2-core machine.
proptest! {
    #![proptest_config(cases(3000))]
    #[test]
    fn mutated_config_yaml_never_panics(edits in prop::collection::vec(edit(), 0..12)) {
        all_parsers(&mutate(CONFIG_SEED, &edits), None);
    }
}

proptest! {
    #![proptest_config(cases(2000))]
    #[test]
    fn mutated_rule_yaml_never_panics(edits in prop::collection::vec(edit(), 0..12)) {
        all_parsers(&mutate(rule_seed(), &edits), None);
    }
}

proptest! {
    #![proptest_config(cases(4000))]
    #[test]
    fn mutated_baseline_and_gitleaks_toml_never_panic(
        edits in prop::collection::vec(edit(), 0..12),
        toml in any::<bool>(),
    ) {
        let seed = if toml { GITLEAKS_SEED } else { BASELINE_SEED };
        all_parsers(&mutate(seed, &edits), None);
    }
}

proptest! {
    #![proptest_config(cases(4000))]
    #[test]
    fn random_text_never_panics(text in "(?s).{0,400}") {
        all_parsers(&text, None);
    }
}

proptest! {
    #![proptest_config(cases(4000))]
    #[test]
    fn token_soup_never_panics(text in token_soup()) {
        all_parsers(&text, None);
    }
}

proptest! {
    #![proptest_config(cases(3000))]
    #[test]
    fn planted_secrets_are_never_quoted_in_errors(
        secret in planted_secret(),
        edits in prop::collection::vec(edit(), 0..6),
        line in any::<usize>(),
        config in any::<bool>(),
    ) {
        // The secret goes into a value somewhere in a valid document, which edits then break.
        let seed = if config { CONFIG_SEED } else { rule_seed() };
        let lines: Vec<&str> = seed.lines().collect();
        let i = line % lines.len();
        let mut v: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        v[i] = match v[i].find(": ") {
            Some(c) => format!("{}: {secret}", &v[i][..c]),
            None => format!("{} {secret}", v[i]),
        };
        let text = mutate(&v.join("\n"), &edits);
        all_parsers(&text, Some(&secret));
    }
}

/// A reader that stops early (`leakgate rules docs | head`) closes the pipe: the command ends
/// quietly with its usual status instead of panicking on the failed write, for each command
/// that prints to standard output outside the scan report.
#[test]
fn output_to_a_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["rules", "docs"][..],
        &["rules", "list"][..],
        &["rules", "list", "--json"][..],
        &["config", "show", "--isolated"][..],
    ] {
        let mut child = Command::new(bin())
            .args(args)
            .current_dir(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the command writes.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}
