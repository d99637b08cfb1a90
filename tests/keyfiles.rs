//! Files whose name is the only context (`src/scan/keyfile.rs`): each kind is found by its
//! path and documented format in a directory scan and in history (where the path is learned at
//! placement), at the exact rule, path, line and column; an empty file, a placeholder, a file of
//! another format under the same name and the same content under another name are not.

use crate::common::*;

/// Commits `files` to a fresh repository and returns the rows `leakgate scan .` and
/// `leakgate git .` report, after asserting they are the same.
fn scan_and_history(files: &[(&str, String)]) -> Vec<Row> {
    let dir = tempfile::tempdir().expect("tempdir");
    git_init(dir.path());
    for (path, content) in files {
        write(dir.path(), path, content);
    }
    commit(dir.path(), "key files");
    let mut seen = Vec::new();
    for cmd in ["scan", "git"] {
        let out = leakgate(dir.path(), &[cmd, ".", "--format", "json"]);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
        let mut rows = finding_rows(&json(&out));
        rows.sort();
        rows.dedup();
        seen.push(rows);
    }
    assert_eq!(seen[0], seen[1], "scan (left) and git (right) differ");
    seen.remove(0)
}

/// `~/.erlang.cookie` is the cookie alone; the same word elsewhere is not one, and a cookie
/// after its name in a compose file is still reported in history (the rule's pattern, not the
/// file test).
#[test]
fn erlang_cookie_file() {
    let mut f = Fake::new(151);
    let cookie = f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20);
    let named = f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20);
    let rows = scan_and_history(&[
        ("rabbit/.erlang.cookie", format!("{cookie}\n")),
        ("empty/.erlang.cookie", String::new()),
        ("sample/.erlang.cookie", "changeme_cookie\n".into()),
        ("docs/.erlang.cookie/README", format!("{cookie}\n")),
        ("build/id.txt", format!("{cookie}\n")),
        (
            "compose.yml",
            format!(
                "services:\n  rabbit:\n    environment:\n      RABBITMQ_ERLANG_COOKIE: {named}\n"
            ),
        ),
    ]);
    assert_eq!(
        rows,
        vec![
            row("erlang-cookie", "compose.yml", 4, 31),
            row("erlang-cookie", "rabbit/.erlang.cookie", 1, 1),
        ]
    );
}

/// Chef's `encrypted_data_bag_secret`, one line or wrapped as `openssl rand -base64` writes
/// it; the same base64 under another name and a placeholder are not reported.
#[test]
fn chef_data_bag_secret_file() {
    let mut f = Fake::new(152);
    let b64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let one = f.string(b64, 684);
    let wrapped: Vec<String> = (0..4).map(|_| f.string(b64, 64)).collect();
    let rows = scan_and_history(&[
        ("chef/encrypted_data_bag_secret", one.clone()),
        (
            "etc/chef/encrypted_data_bag_secret",
            format!("{}\n", wrapped.join("\n")),
        ),
        (
            "placeholder/encrypted_data_bag_secret",
            format!("{}\n", "x".repeat(64)),
        ),
        ("empty/encrypted_data_bag_secret", String::new()),
        ("chef/README.md/encrypted_data_bag_secret.txt", one.clone()),
        ("chef/secret.b64", one),
    ]);
    let rule = "chef-encrypted-data-bag-secret";
    assert_eq!(
        rows,
        vec![
            row(rule, "chef/encrypted_data_bag_secret", 1, 1),
            row(rule, "etc/chef/encrypted_data_bag_secret", 1, 1),
        ]
    );
}

/// PgBouncer's `userlist.txt`: each plain-text password at its line; hashes (md5, SCRAM) and
/// comments are not; a `userlist.txt` that is a list of names is not an auth file.
#[test]
fn pgbouncer_userlist() {
    let mut f = Fake::new(153);
    let (p1, p2) = (f.alnum(16), f.alnum(12));
    let md5 = format!("md5{}", f.string(HEX, 32));
    let scram = format!(
        "SCRAM-SHA-256$4096:{}==${}=:{}=",
        f.alnum(22),
        f.alnum(43),
        f.alnum(43)
    );
    let userlist = format!(
        ";; pgbouncer users\n\"app\" \"{p1}\"\n\"report\" \"{md5}\"\n\"bi\" \"{scram}\"\n  \"batch\" \"{p2}\" \"\"\n"
    );
    let rows = scan_and_history(&[
        ("pgbouncer/userlist.txt", userlist.clone()),
        ("empty/userlist.txt", String::new()),
        ("docs/userlist.txt", format!("app\n{p1}\n")),
        ("sample/userlist.txt", "\"app\" \"changeme\"\n".into()),
        ("pgbouncer/users.txt", userlist),
    ]);
    let rule = "pgbouncer-auth-file-password";
    assert_eq!(
        rows,
        vec![
            row(rule, "pgbouncer/userlist.txt", 2, 8),
            row(rule, "pgbouncer/userlist.txt", 5, 12),
        ]
    );
}

/// OpenVPN `auth-user-pass` files: the password on line 2 of a two-line file with a name
/// guides give it; a username-only file, a three-line note, a `key=value` config and the same
/// two lines under another name are not reported. The inline block in a profile is (pattern).
#[test]
fn openvpn_auth_user_pass_file() {
    let mut f = Fake::new(154);
    let (pw, pw2, pw3) = (f.alnum(14), f.alnum(14), f.alnum(14));
    let rows = scan_and_history(&[
        ("vpn/office.auth", format!("alice@example.org\n{pw}\n")),
        ("vpn/auth.txt", "alice\n".into()),
        ("vpn/creds.txt", format!("alice\n{pw2}\nremember to rotate\n")),
        ("vpn/login.conf", format!("user=alice\npass={pw2}\n")),
        ("vpn/README.md", format!("alice\n{pw2}\n")),
        ("vpn/.auth", format!("alice\n{pw2}\n")),
        ("empty/auth.txt", String::new()),
        (
            "vpn/home.ovpn",
            format!("client\nremote vpn.example.org 1194\n<auth-user-pass>\nbob\n{pw3}\n</auth-user-pass>\n"),
        ),
    ]);
    let rule = "openvpn-auth-user-pass";
    assert_eq!(
        rows,
        vec![
            // Not the OpenVPN file: a `pass=` setting, which the generic password rule reads.
            row("generic-password-assignment", "vpn/login.conf", 2, 6),
            row(rule, "vpn/home.ovpn", 5, 1),
            row(rule, "vpn/office.auth", 2, 1),
        ]
    );
}

/// Ansible vault password files: the one line is the password; a script (`#!`) and a
/// placeholder are not, nor the same line in a file of another name.
#[test]
fn ansible_vault_password_file() {
    let mut f = Fake::new(155);
    let pw = f.alnum(24);
    let rows = scan_and_history(&[
        ("ansible/.vault_pass", format!("{pw}\n")),
        (
            "ansible/.vault_pass.txt",
            "#!/bin/sh\nexec pass show ansible/vault\n".into(),
        ),
        ("other/.vault_password", "your_vault_password\n".into()),
        ("empty/.vault_pass", String::new()),
        ("ansible/notes.txt", format!("{pw}\n")),
    ]);
    assert_eq!(
        rows,
        vec![row(
            "ansible-vault-password-file",
            "ansible/.vault_pass",
            1,
            1
        )]
    );
}

/// A key-file rule's own pattern (`RAILS_MASTER_KEY=` in an env file) is reported in history
/// too: only the hits of the file test wait for the path at placement (history dropped these
/// before the table).
#[test]
fn key_file_rule_patterns_stay_in_history() {
    let mut f = Fake::new(156);
    let key = f.string(HEX, 32);
    let rows = scan_and_history(&[
        (".env.production", format!("RAILS_MASTER_KEY={key}\n")),
        ("config/master.key", format!("{}\n", f.string(HEX, 32))),
        ("config/master.key.sample", format!("{key}\n")),
    ]);
    assert_eq!(
        rows,
        vec![
            row("rails-master-key", ".env.production", 1, 18),
            row("rails-master-key", "config/master.key", 1, 1),
        ]
    );
}

/// A Synapse signing key file (`<server_name>.signing.key`: `ed25519 <key id> <seed>`, the seed
/// the unpadded base64 of 32 bytes) reports its seed; the same line under another name, a seed
/// of the wrong length and a placeholder under the key file's name are not reported.
#[test]
fn synapse_signing_key_file() {
    let mut f = Fake::new(158);
    let b64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    // The 43rd character of 32 bytes in base64 carries two zero bits.
    let seed = key(&[&f.string(b64, 42), &f.string(b"AEIMQUYcgkosw048", 1)]);
    let line = format!("ed25519 a_Xq7z {seed}\n");
    let rows = scan_and_history(&[
        ("synapse/chat.acme.io.signing.key", line.clone()),
        ("notes/key.txt", line.clone()),
        (
            "short/chat.acme.io.signing.key",
            format!("ed25519 a_Xq7z {}\n", &seed[..30]),
        ),
        (
            "sample/chat.acme.io.signing.key",
            format!("ed25519 a_Xq7z {}\n", "A".repeat(43)),
        ),
        ("empty/signing.key", String::new()),
    ]);
    assert_eq!(
        rows,
        vec![row(
            "synapse-signing-key",
            "synapse/chat.acme.io.signing.key",
            1,
            16
        )]
    );
}

/// JFrog's `master.key` / `join.key` (hex, under `security/` or an Artifactory folder) and
/// Rails' `config/master.key` are each reported under their own rule, never both; the same
/// hex under another name or in a `security` folder's other files is not.
#[test]
fn jfrog_and_rails_master_keys() {
    let mut f = Fake::new(155);
    let (k64, k32, join, rails) = (
        f.string(HEX, 64),
        f.string(HEX, 32),
        f.string(HEX, 64),
        f.string(HEX, 32),
    );
    let rows = scan_and_history(&[
        (
            "jfrog/artifactory/var/etc/security/master.key",
            format!("{k64}\n"),
        ),
        (
            "jfrog/artifactory/var/etc/security/join.key",
            format!("{join}\n"),
        ),
        ("build-infra/artifactory/master.key", format!("{k32}\n")),
        ("app/config/master.key", format!("{rails}\n")),
        ("jfrog-app/config/master.key", format!("{rails}\n")),
        ("var/etc/security/master.key.sample", format!("{k64}\n")),
        ("var/etc/security/key.txt", format!("{k64}\n")),
        ("misc/master.key", format!("{k64}\n")),
        ("empty/security/master.key", String::new()),
        ("note/security/join.key", "see the vault\n".into()),
    ]);
    let mut want = vec![
        row(
            "jfrog-master-key",
            "build-infra/artifactory/master.key",
            1,
            1,
        ),
        row(
            "jfrog-join-key",
            "jfrog/artifactory/var/etc/security/join.key",
            1,
            1,
        ),
        row(
            "jfrog-master-key",
            "jfrog/artifactory/var/etc/security/master.key",
            1,
            1,
        ),
        row("rails-master-key", "app/config/master.key", 1, 1),
        row("rails-master-key", "jfrog-app/config/master.key", 1, 1),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A MongoDB replica set keyFile (base64, wrapped or not, 6 to 1024 characters) under the
/// names its guides use; longer content, other characters, another name are not reported.
#[test]
fn mongodb_keyfile() {
    let mut f = Fake::new(156);
    let b64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let wrapped: Vec<String> = (0..13).map(|_| f.string(b64, 76)).collect();
    let wrapped = format!("{}\n{}\n", wrapped.join("\n"), f.string(b64, 20));
    let short = f.string(b64, 40);
    let rows = scan_and_history(&[
        ("dbops/mongo/keyfile", wrapped.clone()),
        ("deploy/mongodb-keyfile", format!("{short}\n")),
        ("deploy/mongo.key", format!("{}\n", f.string(b64, 1100))),
        ("deploy/keyfile", "path = /etc/mongo/keyfile\n".into()),
        ("deploy/mongo/keyfile.txt", wrapped),
        ("empty/keyfile", String::new()),
    ]);
    let rule = "mongodb-keyfile";
    assert_eq!(
        rows,
        vec![
            row(rule, "dbops/mongo/keyfile", 1, 1),
            row(rule, "deploy/mongodb-keyfile", 1, 1),
        ]
    );
}

/// Varnish's `/etc/varnish/secret` (a uuid as packages write it); a `secret` elsewhere, a
/// placeholder and an empty file are not reported.
#[test]
fn varnish_secret_file() {
    let mut f = Fake::new(157);
    let uuid = format!(
        "{}-{}-4{}-8{}-{}",
        f.string(HEX, 8),
        f.string(HEX, 4),
        f.string(HEX, 3),
        f.string(HEX, 3),
        f.string(HEX, 12)
    );
    let rows = scan_and_history(&[
        ("edge/varnish/secret", format!("{uuid}\n")),
        ("etc/varnish/secret", "changeme\n".into()),
        ("etc/app/secret", format!("{uuid}\n")),
        ("empty/varnish/secret", String::new()),
    ]);
    assert_eq!(
        rows,
        vec![row("varnish-secret", "edge/varnish/secret", 1, 1)]
    );
}
