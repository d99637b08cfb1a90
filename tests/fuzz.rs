//! Property and fuzz tests over untrusted input, on stable Rust, in bounded time (about two
//! minutes in all in a debug build on 2 cores; the parsers of configuration, rule, baseline and
//! gitleaks files have theirs in `failclosed.rs`):
//!
//! - git object stores built by the test and then damaged (bytes flipped, files truncated, runs
//!   of random bytes) in packs, loose objects and the index: leakgate never panics, never hangs
//!   (a time bound per case), and never exits 0 where `git fsck` (or, for the index, `git
//!   ls-files`) reports an error;
//! - rule files mutated and run through `rules check PATH`;
//! - the whole content pipeline (kinds, archives, string runs, normalisation, the matcher,
//!   windows) over random and token-soup bytes, at library level: no panic, time roughly linear
//!   in the input.
//!
//! Each test prints how many cases it ran (`cargo test fuzz:: -- --nocapture`).

use crate::common::*;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The most one run of leakgate may take on a tiny damaged repository.
const RUN_BUDGET: Duration = Duration::from_secs(20);

/// Runs `cmd`, killing it and failing the test if it runs past `RUN_BUDGET` (a hang).
fn run_bounded(mut cmd: Command, what: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let t0 = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if t0.elapsed() > RUN_BUDGET {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {RUN_BUDGET:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn leakgate_bounded(dir: &Path, args: &[&str], what: &str) -> Output {
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .current_dir(dir)
        .env_remove("LEAKGATE_FORMAT")
        .env_remove("LEAKGATE_CONFIG")
        .env("NO_COLOR", "1");
    run_bounded(cmd, what)
}

/// No panic (exit 101), no death by a signal: an exit code of 0, 1 or 2.
fn exited_cleanly(out: &Output, what: &str) -> i32 {
    let code = out.status.code();
    assert!(
        matches!(code, Some(0..=2)),
        "{what}: exit {:?}\n{}",
        out.status,
        stderr(out)
    );
    assert!(!stderr(out).contains("panicked"), "{what}: {}", stderr(out));
    code.unwrap_or(2)
}

/// A repository with history worth reading: several commits of text, a key in one of them,
/// a binary and an annotated tag; `packed` gc's it into one pack.
fn damaged_repo_base(d: &Path, seed: u64, packed: bool) {
    git_init(d);
    let mut fake = Fake::new(seed);
    for i in 0..4 {
        write(
            d,
            &format!("src/m{i}.rs"),
            &format!("fn f{i}() {{}}\n").repeat(40),
        );
        write(d, "README.md", &format!("# project, version {i}\n"));
        if i == 2 {
            write(
                d,
                ".env",
                &format!("OPENAI_API_KEY={}\n", openai_project_key(&mut fake)),
            );
        }
        commit(d, &format!("commit {i}"));
    }
    std::fs::write(d.join("data.bin"), [0u8, 1, 2, 3, 255].repeat(300)).expect("write");
    commit(d, "binary");
    git(d, &["tag", "-a", "v1", "-m", "release"]);
    if packed {
        git(d, &["gc", "-q", "--aggressive"]);
    }
}

fn files_under(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)
            .expect("read_dir")
            .filter_map(Result::ok)
        {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if keep(&p) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// One way to damage a file's bytes.
#[derive(Debug, Clone, Copy)]
enum Damage {
    Flip,
    Truncate,
    RandomRun,
}

fn damage(bytes: &[u8], how: Damage, fake: &mut Fake) -> Vec<u8> {
    let mut b = bytes.to_vec();
    let n = b.len().max(1);
    match how {
        Damage::Flip => {
            let at = (fake.next() as usize) % n;
            let mask = (fake.next() % 255 + 1) as u8;
            if let Some(x) = b.get_mut(at) {
                *x ^= mask;
            }
        }
        Damage::Truncate => b.truncate((fake.next() as usize) % n),
        Damage::RandomRun => {
            let at = (fake.next() as usize) % n;
            let len = 1 + (fake.next() as usize) % 64;
            for i in at..(at + len).min(b.len()) {
                b[i] = fake.next() as u8;
            }
        }
    }
    b
}

/// Whether git itself finds the object store damaged.
fn fsck_fails(d: &Path) -> bool {
    let mut cmd = git_cmd(d);
    cmd.args(["fsck", "--full", "--no-dangling", "--no-progress"]);
    !run_bounded(cmd, "git fsck").status.success()
}

/// Damages each file `targets` picks, `per_file` times each way, and runs `args` on each damaged
/// store: never a panic or a hang, never exit 0 where `oracle` (git) reports damage. Returns the
/// number of cases.
fn damage_cases(
    d: &Path,
    targets: &[PathBuf],
    per_file: usize,
    args: &[&str],
    oracle: &dyn Fn(&Path) -> bool,
    fake: &mut Fake,
) -> usize {
    let mut cases = 0;
    for target in targets {
        let original = std::fs::read(target).expect("read");
        // Object files are read-only as git writes them.
        let mut perms = std::fs::metadata(target).expect("meta").permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        perms.set_readonly(false);
        std::fs::set_permissions(target, perms).expect("chmod");
        for how in [Damage::Flip, Damage::Truncate, Damage::RandomRun] {
            for _ in 0..per_file {
                let damaged = damage(&original, how, fake);
                if damaged == original {
                    continue;
                }
                std::fs::write(target, &damaged).expect("write damaged");
                let what = format!("{} {:?} {}", target.display(), how, args.join(" "));
                let out = leakgate_bounded(d, args, &what);
                let code = exited_cleanly(&out, &what);
                if code == 0 {
                    assert!(
                        !oracle(d),
                        "{what}: exit 0, but git reports damage\n{}",
                        stderr(&out)
                    );
                }
                cases += 1;
            }
        }
        std::fs::write(target, &original).expect("restore");
    }
    cases
}

#[test]
fn damaged_packs_are_never_a_clean_scan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    damaged_repo_base(d, 901, true);
    let packs = files_under(&d.join(".git/objects/pack"), &|p| {
        p.extension().is_some_and(|e| e == "pack" || e == "idx")
    });
    assert!(!packs.is_empty());
    let mut fake = Fake::new(902);
    let cases = damage_cases(d, &packs, 40, &["git", "-q"], &fsck_fails, &mut fake);
    println!("fuzz: {cases} damaged packs and pack indexes");
    assert!(cases >= 200, "{cases}");
}

#[test]
fn damaged_loose_objects_are_never_a_clean_scan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    damaged_repo_base(d, 903, false);
    let objects = files_under(&d.join(".git/objects"), &|p| {
        p.parent()
            .and_then(Path::file_name)
            .is_some_and(|n| n.len() == 2)
    });
    assert!(objects.len() > 10, "{}", objects.len());
    let mut fake = Fake::new(904);
    // Every fifth object (commits, trees, blobs and the tag alike), six ways each.
    let some: Vec<PathBuf> = objects.into_iter().step_by(5).collect();
    let cases = damage_cases(d, &some, 2, &["git", "-q"], &fsck_fails, &mut fake);
    println!("fuzz: {cases} damaged loose objects");
    assert!(cases >= 20, "{cases}");
}

/// Whether git finds the index damaged.
fn index_unreadable(d: &Path) -> bool {
    let mut cmd = git_cmd(d);
    cmd.args(["ls-files", "--stage"]);
    !run_bounded(cmd, "git ls-files").status.success()
}

#[test]
fn damaged_index_is_never_a_clean_gate() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    damaged_repo_base(d, 905, true);
    // Something staged, so the gate has work.
    write(d, "src/new.rs", "fn g() {}\n");
    git(d, &["add", "-A"]);
    let index = vec![d.join(".git/index")];
    let mut fake = Fake::new(906);
    let cases = damage_cases(
        d,
        &index,
        40,
        &["staged", "-q"],
        &index_unreadable,
        &mut fake,
    );
    println!("fuzz: {cases} damaged indexes");
    assert!(cases >= 100, "{cases}");
}

/// Rule files mutated line by line (the rule YAML parser has its own library-level cases in
/// `failclosed.rs`): `rules check PATH` ends, with exit 0, 1 or 2, in bounded time.
#[test]
fn mutated_rule_files_through_rules_check_never_panic_or_hang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let k = openai_project_key(&mut Fake::new(907));
    let seed = format!(
        "rules:\n  - id: my-token\n    name: My token\n    description: d\n    remediation: r\n    \
         keywords: [\"mytok_\"]\n    pattern: '(?P<secret>mytok_[a-z0-9]{{16}})'\n    \
         severity: high\n    references: [\"https://example.com\"]\n    \
         examples: [\"mytok_0123456789abcdef\"]\n    negative_examples: [\"{k}\"]\n"
    );
    let lines: Vec<&str> = seed.lines().collect();
    let mut fake = Fake::new(908);
    let path = d.join("r.yaml");
    let mut cases = 0;
    for _ in 0..60 {
        let mut v: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        for _ in 0..1 + fake.next() % 3 {
            let i = (fake.next() as usize) % v.len();
            match fake.next() % 4 {
                0 => {
                    v.remove(i);
                }
                1 => v.insert(i, v[i].clone()),
                2 => {
                    let cut = (fake.next() as usize) % (v[i].len() + 1);
                    v[i].truncate(cut);
                }
                _ => v[i].push_str(&fake.string(b"[]{}:'\"- *&!|>#", 3)),
            }
        }
        std::fs::write(&path, v.join("\n")).expect("write");
        let out = leakgate_bounded(d, &["rules", "check", "r.yaml"], "rules check");
        exited_cleanly(&out, &format!("rules check of\n{}", v.join("\n")));
        assert!(
            !stderr(&out).contains(&k),
            "a key quoted whole: {}",
            stderr(&out)
        );
        cases += 1;
    }
    println!("fuzz: {cases} mutated rule files through `rules check`");
}

// Library level: the content pipeline over random bytes.

fn scanner() -> &'static leakgate::scan::Scanner {
    static SCANNER: std::sync::OnceLock<leakgate::scan::Scanner> = std::sync::OnceLock::new();
    SCANNER.get_or_init(|| {
        let rules = leakgate::rules::RuleSet::builtin().expect("built-in rules");
        leakgate::scan::Scanner::new(rules, Default::default())
    })
}

/// Judges `bytes` as standard input would be: kinds, archives, string runs, normalisation,
/// the matcher; asserts what every finding claims about the bytes.
fn judge(bytes: &[u8]) -> Duration {
    let t0 = Instant::now();
    let policy = leakgate::scan::ContentPolicy::default();
    let outcome = leakgate::scan::scan_stdin(scanner(), &policy, &mut &bytes[..]);
    let took = t0.elapsed();
    for f in &outcome.findings {
        let l = &f.location;
        assert!(l.start_line >= 1 && l.start_line <= l.end_line, "{l:?}");
        assert!(l.start_offset <= l.end_offset, "{l:?}");
        if f.archive_path.is_none() {
            assert!(
                l.end_offset <= bytes.len(),
                "{l:?} past {} bytes",
                bytes.len()
            );
        }
    }
    took
}

/// Pieces that reach deep into the pipeline: key prefixes, escapes, base64, archive and
/// byte-order-mark headers, assignment syntax, NULs and high bytes.
const PIECES: &[&[u8]] = &[
    b"sk-proj-",
    b"ghp_",
    b"AKIA",
    b"AIza",
    b"xoxb-",
    b"-----BEGIN RSA PRIVATE KEY-----\n",
    b"-----END RSA PRIVATE KEY-----",
    b"password = \"",
    b"token: ",
    b"api_key=",
    b"secret\":\"",
    b"\\u0041",
    b"\\n",
    b"\\/",
    b"%2F",
    b"%4",
    b"data:\n  key: ",
    b"\"data\": {",
    b".dockerconfigjson",
    b"c2stcHJvai1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2",
    b"==",
    b"PK\x03\x04",
    b"\x1f\x8b\x08",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\0",
    b"\n",
    b"\r\n",
    b"\xe2\x80\xae",
    b"\xc3",
    b"leakgate:allow",
];

fn soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            (0..PIECES.len()).prop_map(|i| PIECES[i].to_vec()),
            prop::collection::vec(any::<u8>(), 0..12),
            "[A-Za-z0-9+/_-]{0,48}".prop_map(String::into_bytes),
        ],
        0..120,
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

/// What one case may take in a debug build on a loaded machine.
const CASE_BUDGET: Duration = Duration::from_secs(2);

// 1,500 + 1,500 cases, a few seconds each test.
proptest! {
    #![proptest_config(cases(1500))]
    #[test]
    fn random_bytes_through_the_pipeline_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let took = judge(&bytes);
        prop_assert!(took < CASE_BUDGET, "{took:?}");
    }
}

proptest! {
    #![proptest_config(cases(1500))]
    #[test]
    fn token_soup_through_the_pipeline_never_panics(bytes in soup()) {
        let took = judge(&bytes);
        prop_assert!(took < CASE_BUDGET, "{took:?}");
    }
}

proptest! {
    #![proptest_config(cases(1500))]
    #[test]
    fn normalisation_maps_back_inside_the_input(bytes in soup()) {
        let mut decoded = leakgate::matcher::normalize::Decoded::default();
        if decoded.decode(&bytes) {
            let n = decoded.text().len();
            for (s, e) in [(0, n), (n / 2, n)].into_iter().filter(|(s, e)| s < e) {
                let (a, b) = decoded.original(s, e);
                prop_assert!(a <= b && b <= bytes.len(), "{s}..{e} -> {a}..{b} of {}", bytes.len());
            }
        }
    }
}

/// Matching is linear-ish in the input whatever its line structure: a 512 KiB soup of key-shaped
/// tokens on one line takes at most about 4 times (with slack for a loaded machine: 12 times)
/// what 128 KiB takes.
#[test]
fn matching_time_is_roughly_linear_in_the_input() {
    let mut fake = Fake::new(909);
    let mut unit = Vec::new();
    while unit.len() < 128 << 10 {
        let piece = PIECES[(fake.next() as usize) % PIECES.len()];
        if piece.contains(&b'\n') || piece.contains(&0) {
            continue;
        }
        unit.extend_from_slice(piece);
        unit.extend_from_slice(fake.alnum(20).as_bytes());
        unit.push(b' ');
    }
    let small = judge(&unit).max(Duration::from_millis(20));
    let big = judge(&unit.repeat(4));
    println!("fuzz: one line of tokens, 128 KiB in {small:?}, 512 KiB in {big:?}");
    assert!(big < small * 12, "128 KiB: {small:?}, 512 KiB: {big:?}");
}
