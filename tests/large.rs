//! Large content: files, standard input and git blobs larger than one window are judged a window
//! at a time (`scan::window`), with nothing lost at window edges and lines and columns right; the
//! size limit only applies to absurd sizes, and a skip over it fails closed unless the user chose
//! the limit.

use crate::common::*;
use std::fs;

/// The window and overlap with the built-in rules (`scan::window::Sizes::for_reach`; a unit test
/// there pins these values).
const WINDOW: usize = 8 << 20;
const OVERLAP: usize = 1 << 20;
/// Where the first window stops owning matches (its last `OVERLAP` bytes are context only) and
/// where the second window's buffer starts, on a line with no line end near them.
const OWN_END: usize = WINDOW - OVERLAP;
const NEXT_START: usize = WINDOW - 2 * OVERLAP;

/// One line of `len` spaces with each key at its byte offset.
fn one_line_with_keys_at(len: usize, keys: &[(usize, &str)]) -> Vec<u8> {
    let mut bytes = vec![b' '; len];
    for (at, k) in keys {
        bytes[*at..*at + k.len()].copy_from_slice(k.as_bytes());
    }
    bytes.push(b'\n');
    bytes
}

fn openai(rows: &[(&str, u64, u64)]) -> Vec<Row> {
    rows.iter()
        .map(|(path, line, col)| row("openai-project-key", path, *line, *col))
        .collect()
}

/// Keys straddling each edge of the first window (the start of the next window's buffer, the end
/// of what the first window owns, the end of its buffer) and sitting on either side of the
/// ownership edge are each found once, at their column, in files, on standard input and in a
/// git blob.
#[test]
fn keys_straddling_window_edges_are_found_once_each_at_their_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    let mut fake = Fake::new(801);
    let keys: Vec<String> = (0..5).map(|_| openai_project_key(&mut fake)).collect();
    let half = keys[0].len() / 2;
    let len = WINDOW + (1 << 20);
    let a = [
        (NEXT_START - half, keys[0].as_str()),
        (OWN_END - half, keys[1].as_str()),
        (WINDOW - half, keys[2].as_str()),
    ];
    let straddling = one_line_with_keys_at(len, &a);
    fs::write(d.join("a.log"), &straddling).expect("write");
    // The last byte the first window owns, and the first byte it does not.
    let b = [(OWN_END - 1, keys[3].as_str())];
    fs::write(d.join("b.log"), one_line_with_keys_at(len, &b)).expect("write");
    let c = [(OWN_END, keys[4].as_str())];
    fs::write(d.join("c.log"), one_line_with_keys_at(len, &c)).expect("write");
    let col = |at: usize| at as u64 + 1;
    let expected_a = [
        ("a.log", 1, col(NEXT_START - half)),
        ("a.log", 1, col(OWN_END - half)),
        ("a.log", 1, col(WINDOW - half)),
    ];
    let mut expected = expected_a.to_vec();
    expected.push(("b.log", 1, col(OWN_END - 1)));
    expected.push(("c.log", 1, col(OWN_END)));

    let out = leakgate(d, &["scan", "--format", "json", "-j", "2"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(finding_rows(&v), openai(&expected));
    // Offsets are the content's, and each finding carries its blob id (the file's size held).
    assert_eq!(v["findings"][2]["location"]["start_offset"], WINDOW - half);

    let stdin = leakgate_with_input(d, &["scan", "-", "--format", "json"], &straddling);
    assert_eq!(stdin.status.code(), Some(1), "{}", stderr(&stdin));
    let on_stdin: Vec<_> = expected_a.iter().map(|r| ("<stdin>", r.1, r.2)).collect();
    assert_eq!(finding_rows(&json(&stdin)), openai(&on_stdin));

    let c = commit(d, "large logs");
    let hist = leakgate(d, &["git", "--format", "json"]);
    assert_eq!(hist.status.code(), Some(1), "{}", stderr(&hist));
    assert_eq!(finding_rows(&json(&hist)), openai(&expected));
    assert_eq!(json(&hist)["findings"][0]["provenance"]["commit"], c);
}

/// Line numbers count across windows: keys on lines near each edge of a file of short lines that
/// spans three windows.
#[test]
fn line_numbers_are_right_across_windows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut fake = Fake::new(802);
    let filler = "y = 1\n"; // 6 bytes a line
    let lines = 3 * WINDOW / filler.len();
    let edges = [
        1,
        NEXT_START / 6,
        OWN_END / 6 - 1,
        OWN_END / 6,
        OWN_END / 6 + 1,
        WINDOW / 6,
        2 * WINDOW / 6,
        lines,
    ];
    let mut text = String::with_capacity(3 * WINDOW + 4096);
    let mut expected = Vec::new();
    for line in 1..=lines {
        if edges.contains(&line) {
            text.push_str(&format!("K={}\n", openai_project_key(&mut fake)));
            expected.push(("big.txt", line as u64, 3));
        } else {
            text.push_str(filler);
        }
    }
    fs::write(d.join("big.txt"), &text).expect("write");
    let out = leakgate(d, &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(finding_rows(&json(&out)), openai(&expected));
}

/// Binary content larger than a window is searched through its string runs, window by window.
#[test]
fn large_binary_files_are_searched_across_windows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let k = openai_project_key(&mut Fake::new(803));
    let mut bytes = vec![0u8; WINDOW + 4096];
    let at = OWN_END - k.len() / 2;
    bytes[at..at + k.len()].copy_from_slice(k.as_bytes());
    fs::write(d.join("blob.bin"), &bytes).expect("write");
    let out = leakgate(d, &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["findings"][0]["rule_id"], "openai-project-key");
    assert_eq!(v["findings"][0]["location"]["start_offset"], at);
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(1));
}

/// Over the default limit (2 GiB; a sparse file, so nothing is written) a file is skipped by
/// name, counted, and the scan fails closed: nobody chose to leave it out. Under a limit the
/// user set it is the same skip, but their choice: exit 0.
#[test]
fn over_the_default_limit_fails_closed_over_a_chosen_limit_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let f = fs::File::create(d.join("disk.img")).expect("create");
    f.set_len((2u64 << 30) + 1).expect("sparse file");
    drop(f);
    fs::write(d.join("ok.txt"), "nothing here\n").expect("write");
    let out = leakgate(d, &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("disk.img: skipped: 2147483649 bytes is over --max-file-size 2147483648"),
        "{}",
        stderr(&out)
    );
    assert_eq!(json(&out)["summary"]["skipped_too_large"], 1);
    assert_eq!(json(&out)["summary"]["blobs_scanned"], 1);
    let chosen = leakgate(d, &["scan", "--max-file-size", "1000"]);
    assert_eq!(chosen.status.code(), Some(0), "{}", stderr(&chosen));
    assert!(
        stderr(&chosen).contains("disk.img: skipped"),
        "{}",
        stderr(&chosen)
    );
    // The configuration's `max_file_size` is the user's choice too.
    fs::write(d.join(".leakgate.yaml"), "max_file_size: 1000\n").expect("write");
    let configured = leakgate(d, &["scan"]);
    assert_eq!(configured.status.code(), Some(0), "{}", stderr(&configured));
}

/// Standard input over the limit is judged up to it and named; under a limit the user set, as
/// with files, that is their choice (exit 0), and a key before the cut is still found.
#[test]
fn standard_input_over_the_limit_is_judged_up_to_it_and_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let k = openai_project_key(&mut Fake::new(804));
    let input = format!("K={k}\n{}", "z\n".repeat(5000));
    let out = leakgate_with_input(
        d,
        &["scan", "-", "--max-file-size", "1000", "--format", "json"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        finding_rows(&json(&out)),
        vec![row("openai-project-key", "<stdin>", 1, 3)]
    );
    assert!(
        stderr(&out).contains("<stdin>: over --max-file-size 1000: only the first 1000 bytes"),
        "{}",
        stderr(&out)
    );
    let clean = leakgate_with_input(d, &["scan", "-", "--max-file-size", "1000"], &[b'z'; 5000]);
    assert_eq!(clean.status.code(), Some(0), "{}", stderr(&clean));
}

/// A file truncated and rewritten in a loop while `scan` reads it never kills the process with a
/// signal (files are read, not memory-mapped, so there is no SIGBUS): each run is a clean scan,
/// or a warning naming the file and exit 2.
#[cfg(unix)]
#[test]
fn a_file_truncated_while_scanned_never_crashes_the_scan() {
    use std::os::unix::process::ExitStatusExt;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path().to_path_buf();
    let content = "line of text that is long enough\n".repeat((WINDOW * 2) / 33);
    fs::write(d.join("shifting.log"), &content).expect("write");
    let stop = Arc::new(AtomicBool::new(false));
    let churn = {
        let (stop, path) = (Arc::clone(&stop), d.join("shifting.log"));
        std::thread::spawn(move || {
            let mut i = 0usize;
            while !stop.load(Ordering::Relaxed) {
                if let Ok(f) = fs::OpenOptions::new().write(true).open(&path) {
                    let _ = f.set_len(((i * 7919) % content.len()) as u64);
                }
                i += 1;
                if i.is_multiple_of(3) {
                    let _ = fs::write(&path, &content);
                }
            }
        })
    };
    let mut runs = 0;
    for _ in 0..25 {
        let out = leakgate(&d, &["scan", "shifting.log"]);
        runs += 1;
        assert_eq!(out.status.signal(), None, "killed by a signal: {out:?}");
        match out.status.code() {
            Some(0) => {}
            Some(2) => assert!(stderr(&out).contains("shifting.log"), "{}", stderr(&out)),
            other => panic!("exit {other:?}: {}", stderr(&out)),
        }
    }
    stop.store(true, Ordering::Relaxed);
    churn.join().expect("churn thread");
    assert_eq!(runs, 25);
}

/// One long line holding many findings and an inline allow with a long reason: each finding
/// carries the allow, and must not carry a copy of the line (a 256 KiB line of such tokens took
/// 677 MB, a 4 MiB one more than 20 GB). Run under a 1 GiB address-space limit.
#[cfg(unix)]
#[test]
fn a_long_line_of_allowed_findings_stays_in_bounded_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let mut fake = Fake::new(805);
    let mut line = String::from("x # leakgate:allow -- ");
    line.push_str(&"because ".repeat(20_000));
    while line.len() < 1 << 20 {
        line.push_str(&format!("password = \"{}\" ", fake.alnum(20)));
    }
    line.push('\n');
    fs::write(d.join("one.txt"), &line).expect("write");
    let script = format!(
        "ulimit -v 1048576; exec '{}' scan one.txt --format json",
        bin().display()
    );
    let out = std::process::Command::new("sh")
        .args(["-c", &script])
        .current_dir(d)
        .env("NO_COLOR", "1")
        .output()
        .expect("sh");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    let suppressed = v["findings"].as_array().map_or(0, Vec::len);
    assert!(suppressed > 1000, "{suppressed} findings");
    let reason = v["findings"][0]["suppression"]["justification"]
        .as_str()
        .unwrap_or_default();
    assert!(
        reason.starts_with("because because") && reason.len() <= 200,
        "{reason}"
    );
}

/// A finding in a file on disk carries the id git gives the file's content: hashed whole where
/// the file fits one window, a window at a time as it is read where it does not.
#[test]
fn files_on_disk_carry_the_blob_id_git_gives_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    git_init(d);
    let mut fake = Fake::new(805);
    let small = format!("key = {}\n", openai_project_key(&mut fake));
    fs::write(d.join("small.txt"), &small).expect("write");
    let large = one_line_with_keys_at(WINDOW + 4096, &[(100, &openai_project_key(&mut fake))]);
    fs::write(d.join("large.log"), &large).expect("write");
    let out = leakgate(d, &["scan", ".", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    let mut ids: Vec<(String, String)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let path = f["provenance"]["path"].as_str().expect("path").to_string();
            let id = f["blob_id"].as_str().expect("blob id").to_string();
            (path, id)
        })
        .collect();
    ids.sort();
    let git_id = |p: &str| git_out(d, &["hash-object", p]).trim().to_string();
    assert_eq!(
        ids,
        vec![
            ("large.log".to_string(), git_id("large.log")),
            ("small.txt".to_string(), git_id("small.txt")),
        ]
    );
}
