//! Content the processor prepares the same way for every source: archives (nested), binaries
//! searched through their string runs, UTF-16 decided by evidence, zip bombs bounded.

use crate::common::*;
use serde_json::Value;
use std::io::Write as _;

/// A repository whose first commit holds a README.
fn repo_with_first_commit() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    write(dir.path(), "README", "hi\n");
    commit(dir.path(), "first");
    dir
}

fn zip_of(members: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in members {
        w.start_file(*name, opts).expect("zip member");
        w.write_all(bytes).expect("zip write");
    }
    w.finish().expect("zip finish").into_inner()
}

fn tar_gz_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut t = tar::Builder::new(gz);
    for (name, bytes) in members {
        let mut h = tar::Header::new_gnu();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        t.append_data(&mut h, name, *bytes).expect("tar member");
    }
    t.into_inner()
        .expect("tar finish")
        .finish()
        .expect("gzip finish")
}

/// `a.zip` holding `b.tar.gz` holding `.env` (line 2 holds the key).
fn nested_archive(k: &str) -> Vec<u8> {
    let env = format!("DEBUG=1\nOPENAI_API_KEY={k}\n");
    let inner = tar_gz_of(&[(".env", env.as_bytes())]);
    zip_of(
        &[("README.txt", b"nothing here\n"), ("b.tar.gz", &inner)],
        zip::CompressionMethod::Deflated,
    )
}

fn archive_rows(v: &Value) -> Vec<(String, String, String, u64, u64)> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["provenance"]["path"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                f["archive_path"].as_str().unwrap_or_default().to_string(),
                f["location"]["start_line"].as_u64().unwrap_or_default(),
                f["location"]["start_column"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

fn expected_nested(path: &str) -> Vec<(String, String, String, u64, u64)> {
    vec![(
        "openai-project-key".into(),
        path.into(),
        "b.tar.gz!.env".into(),
        2,
        16,
    )]
}

#[test]
fn a_key_inside_a_zip_inside_a_tar_gz_is_found_in_the_tree() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(301));
    std::fs::create_dir_all(dir.path().join("dist")).expect("mkdir");
    std::fs::write(dir.path().join("dist/a.zip"), nested_archive(&k)).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(archive_rows(&v), expected_nested("dist/a.zip"));
    assert_eq!(v["summary"]["archive_members"], 3);
    let human = leakgate(dir.path(), &["scan", "--color", "never"]);
    assert!(
        stdout(&human).contains("dist/a.zip!b.tar.gz!.env:2:16"),
        "{}",
        stdout(&human)
    );
    assert!(!stdout(&human).contains(&k));
    // --no-archives: the archive is searched as a binary; the deflated key is not visible.
    let off = leakgate(dir.path(), &["scan", "--format", "json", "--no-archives"]);
    assert_eq!(off.status.code(), Some(0), "{}", stderr(&off));
    assert_eq!(json(&off)["summary"]["archive_members"], 0);
}

#[test]
fn archives_in_history_and_in_the_index_are_opened_too() {
    let dir = repo_with_first_commit();
    let d = dir.path();
    let k = openai_project_key(&mut Fake::new(302));
    std::fs::write(d.join("a.zip"), nested_archive(&k)).expect("write");
    git(d, &["add", "a.zip"]);
    let staged = leakgate(d, &["staged", "--format", "json"]);
    assert_eq!(staged.status.code(), Some(1), "{}", stderr(&staged));
    let v = json(&staged);
    assert_eq!(archive_rows(&v), expected_nested("a.zip"));
    git(d, &["commit", "-q", "-m", "add archive"]);
    let history = leakgate(d, &["git", "--format", "json"]);
    assert_eq!(history.status.code(), Some(1), "{}", stderr(&history));
    let v = json(&history);
    assert_eq!(archive_rows(&v), expected_nested("a.zip"));
    let range = leakgate(d, &["git", "--range", "HEAD~1..HEAD", "--format", "json"]);
    assert_eq!(archive_rows(&json(&range)), expected_nested("a.zip"));
}

#[test]
fn sarif_names_the_archive_member_as_a_logical_location() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(303));
    std::fs::write(dir.path().join("a.zip"), nested_archive(&k)).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "sarif"]);
    let v: Value = serde_json::from_slice(&out.stdout).expect("sarif json");
    // Only the rules the results refer to are described (the catalogue is a thousand rules).
    let rules = v["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0]["id"], "openai-project-key");
    assert_eq!(v["runs"][0]["results"][0]["ruleIndex"], 0);
    assert!(out.stdout.len() < 20_000, "{} bytes", out.stdout.len());
    let loc = &v["runs"][0]["results"][0]["locations"][0];
    assert_eq!(loc["physicalLocation"]["artifactLocation"]["uri"], "a.zip");
    assert_eq!(
        loc["logicalLocations"][0]["fullyQualifiedName"],
        "a.zip!b.tar.gz!.env"
    );
}

#[test]
fn a_zip_bomb_is_a_warning_and_exit_2_not_an_out_of_memory() {
    let dir = tempfile::tempdir().expect("tempdir");
    // 64 MiB of zeros deflates to about 64 KiB; the member limit is 8 MiB.
    let zeros = vec![0u8; 64 << 20];
    let bomb = zip_of(&[("zeros.bin", &zeros)], zip::CompressionMethod::Deflated);
    assert!(bomb.len() < 1 << 20);
    std::fs::write(dir.path().join("bomb.zip"), bomb).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "bomb.zip!zeros.bin: archive content not scanned: expands to more than --max-file-size"
        ),
        "{err}"
    );
}

#[test]
fn keys_in_compiled_code_and_wide_strings_are_found_at_their_byte_offset() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(304));
    // A CPython 3.12 .pyc: magic, flags, then marshalled constants holding the key.
    let mut pyc = vec![0xCB, 0x0D, 0x0D, 0x0A, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    pyc.extend_from_slice(&[0xE3, 0, 0, 0, 0x73, 0x02, 0x01, 0x00, 0x00, 0xDA]);
    let at = pyc.len();
    pyc.extend_from_slice(k.as_bytes());
    pyc.extend_from_slice(&[0x01, 0x29, 0x4E]);
    std::fs::write(dir.path().join("settings.cpython-312.pyc"), &pyc).expect("write");
    // A Windows resource string: UTF-16LE.
    let mut pe = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
    let wide_at = pe.len();
    pe.extend(k.encode_utf16().flat_map(u16::to_le_bytes));
    pe.extend_from_slice(&[0, 0, 0xFF]);
    std::fs::write(dir.path().join("app.exe"), &pe).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json", "--all-locations"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    let mut got: Vec<(String, u64, String)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let (path, offset) = path_and_offset(f);
            let fingerprint = f["fingerprint"].as_str().unwrap_or_default().to_string();
            (path, offset, fingerprint)
        })
        .collect();
    got.sort();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1), ("app.exe", wide_at as u64));
    assert_eq!(
        (got[1].0.as_str(), got[1].1),
        ("settings.cpython-312.pyc", at as u64)
    );
    assert_eq!(got[0].2, got[1].2, "the wide string is the same secret");
}

#[test]
fn stray_byte_order_marks_and_single_nuls_do_not_hide_a_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let k = openai_project_key(&mut Fake::new(305));
    let mut bom = vec![0xFF, 0xFE];
    bom.extend_from_slice(format!("OPENAI_API_KEY={k}\n").as_bytes());
    std::fs::write(dir.path().join("a.env"), bom).expect("write");
    std::fs::write(dir.path().join("b.env"), format!("OPENAI_API_KEY={k}\n\0")).expect("write");
    let out = leakgate(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut rows = finding_rows(&json(&out));
    rows.sort();
    assert_eq!(
        rows,
        vec![
            row("openai-project-key", "a.env", 1, 18),
            row("openai-project-key", "b.env", 1, 16),
        ]
    );
}

/// One content-preparation path: the same file yields the same finding (rule, line, column,
/// fingerprint) from every source.
#[test]
fn every_source_judges_the_same_content_alike() {
    let dir = repo_with_first_commit();
    let d = dir.path();
    let base = rev(d, "HEAD");
    let k = openai_project_key(&mut Fake::new(306));
    // UTF-16 with a byte-order mark: every source must transcode it the same way.
    let text = format!("# settings\r\nOPENAI_API_KEY = \"{k}\"\r\n");
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(d.join("settings.ini"), &bytes).expect("write");
    git(d, &["add", "settings.ini"]);
    let key_of = |o: &std::process::Output| -> Vec<(String, u64, u64, String)> {
        json(o)["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| {
                (
                    f["rule_id"].as_str().unwrap_or_default().to_string(),
                    f["location"]["start_line"].as_u64().unwrap_or_default(),
                    f["location"]["start_column"].as_u64().unwrap_or_default(),
                    f["fingerprint"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    let staged = key_of(&leakgate(d, &["staged", "--format", "json"]));
    let fs = key_of(&leakgate(d, &["scan", "settings.ini", "--format", "json"]));
    let stdin = key_of(&leakgate_with_input(
        d,
        &["scan", "-", "--format", "json"],
        &bytes,
    ));
    git(d, &["commit", "-q", "-m", "settings"]);
    let full = key_of(&leakgate(d, &["git", "--format", "json"]));
    let range = key_of(&leakgate(
        d,
        &[
            "git",
            "--range",
            &format!("{base}..HEAD"),
            "--format",
            "json",
        ],
    ));
    let head = rev(d, "HEAD");
    let push_input = format!("refs/heads/main {head} refs/heads/main {base}\n");
    let prepush = key_of(&leakgate_with_input(
        d,
        &["pre-push", "origin", "file:///nowhere", "--format", "json"],
        push_input.as_bytes(),
    ));
    assert_eq!(fs.len(), 1, "{fs:?}");
    assert_eq!(fs[0].0, "openai-project-key");
    assert_eq!((fs[0].1, fs[0].2), (2, 19));
    for (name, got) in [
        ("stdin", &stdin),
        ("staged", &staged),
        ("git full", &full),
        ("git range", &range),
        ("pre-push", &prepush),
    ] {
        assert_eq!(got, &fs, "{name}");
    }
}

/// A pipe named on the command line (`scan <(…)`) is read, not skipped as "0 blobs".
#[test]
fn a_fifo_named_on_the_command_line_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("keys.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let k = openai_project_key(&mut Fake::new(307));
    let writer = {
        let fifo = fifo.clone();
        let text = format!("OPENAI_API_KEY={k}\n");
        std::thread::spawn(move || std::fs::write(fifo, text).expect("write fifo"))
    };
    let out = leakgate(
        dir.path(),
        &[
            "scan",
            fifo.to_str().expect("utf-8 path"),
            "--format",
            "json",
        ],
    );
    writer.join().expect("writer");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["summary"]["blobs_scanned"], 1);
    assert_eq!(finding_rows(&v)[0].0, "openai-project-key");
    assert_eq!(finding_rows(&v)[0].2, 1);
}

/// A blob over the size limit is named with its path and commit; where a range is judged (the
/// gates, `--range`) it was not judged, so the scan fails closed.
#[test]
fn oversized_blobs_are_named_and_fail_the_gates() {
    let dir = repo_with_first_commit();
    let d = dir.path();
    std::fs::write(d.join("dump.sql"), "x".repeat(5000)).expect("write");
    git(d, &["add", "-A"]);
    let staged = leakgate(d, &["staged", "--max-file-size", "1000"]);
    assert_eq!(staged.status.code(), Some(2), "{}", stderr(&staged));
    assert!(
        stderr(&staged).contains("dump.sql: skipped: 5000 bytes is over --max-file-size 1000"),
        "{}",
        stderr(&staged)
    );
    let raised = leakgate(d, &["staged", "--max-file-size", "10000"]);
    assert_eq!(raised.status.code(), Some(0), "{}", stderr(&raised));
    git(d, &["commit", "-q", "-m", "dump"]);
    let c = rev(d, "HEAD");
    let full = leakgate(d, &["git", "--max-file-size", "1000"]);
    assert_eq!(full.status.code(), Some(0), "{}", stderr(&full));
    let named = format!(
        "dump.sql (commit {}): skipped: 5000 bytes is over --max-file-size 1000",
        &c[..12]
    );
    assert!(stderr(&full).contains(&named), "{}", stderr(&full));
    let range = leakgate(
        d,
        &["git", "--range", "HEAD~1..HEAD", "--max-file-size", "1000"],
    );
    assert_eq!(range.status.code(), Some(2), "{}", stderr(&range));
    assert!(stderr(&range).contains(&named), "{}", stderr(&range));
}

/// UTF-32 text (little-endian, with or without its byte-order mark) is binary to the eye, and is
/// searched through its string runs like UTF-16: the key is found at its byte offset.
#[test]
fn utf32_text_is_searched_not_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let k = openai_project_key(&mut Fake::new(806));
    let text = format!("OPENAI_API_KEY={k}\n");
    let utf32: Vec<u8> = text
        .chars()
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect();
    let mut with_bom = vec![0xFF, 0xFE, 0, 0];
    with_bom.extend_from_slice(&utf32);
    std::fs::write(d.join("plain.txt"), &utf32).expect("write");
    std::fs::write(d.join("bom.txt"), &with_bom).expect("write");
    let out = leakgate(d, &["scan", "--format", "json", "--all-locations"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    let found: Vec<(String, u64)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(path_and_offset)
        .collect();
    assert_eq!(
        found,
        vec![
            ("bom.txt".to_string(), 4 + 15 * 4),
            ("plain.txt".to_string(), 15 * 4)
        ]
    );
}

/// A FIFO met inside a walk is not opened (it would block), but it is named, so "0 findings"
/// does not hide that it was passed over.
#[cfg(unix)]
#[test]
fn a_fifo_inside_a_walk_is_named_not_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let made = std::process::Command::new("mkfifo")
        .arg(d.join("pipe"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    std::fs::write(d.join("ok.txt"), "nothing\n").expect("write");
    let out = leakgate(d, &["scan", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("pipe: skipped: not a regular file"),
        "{}",
        stderr(&out)
    );
}

/// A finding's path and byte offset in a `--all-locations` JSON report.
fn path_and_offset(f: &Value) -> (String, u64) {
    (
        f["provenance"]["path"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        f["location"]["start_offset"].as_u64().unwrap_or_default(),
    )
}
