//! Grammar and values, seventh round: names that end in `pass` after a word (`remotepass`),
//! `user:password` strings under an auth name, ternaries and fallbacks in code, `user =
//! name:password` settings, passwords told in prose, short VPN and RADIUS secrets, upper-case
//! and long dashed hex keys, and the hashes, salts, hardware identifiers and public tokens that
//! stay quiet. Every secret is built at run time; each test asserts rule, path, line and column
//! of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const PW: &str = "generic-password-assignment";

/// A password of letters of both cases and digits joined by a dash (`Kq8vLm-2xTr9w`).
fn pw(f: &mut Fake) -> String {
    key(&[&f.strong(6), "-", &f.strong(6)])
}

/// A name that ends in `pass` after a word (offlineimap's `remotepass`, `localpass`,
/// `loginpass`, `masterpass`, `botpass`, `serverpass`) holds a password; `bypass`, `compass`
/// and `overpass` do not.
#[test]
fn names_ending_in_pass_after_a_word() {
    let mut f = Fake::new(2601);
    let v: Vec<String> = (0..6).map(|_| pw(&mut f)).collect();
    let rc = format!(
        "[Repository Remote]\ntype = IMAP\nremotehost = imap.example.org\nremoteuser = someone@example.org\nremotepass = {}\n\n[general]\nlocalpass = {}\nloginpass = {}\nmasterpass = {}\nbotpass = {}\nserverpass = {}\nbypass = {}\ncompass = {}\noverpass = {}\n",
        v[0], v[1], v[2], v[3], v[4], v[5], pw(&mut f), pw(&mut f), pw(&mut f)
    );
    let rows = scan(&[(".offlineimaprc", rc.clone())]);
    let want: Vec<Row> = v.iter().map(|s| expect(PW, ".offlineimaprc", &rc, s)).collect();
    assert_eq!(rows, want);
}

/// `user:password` strings under an auth name: a traffic policy's `credentials:` list, a
/// `basic_auth:` list in block and flow style, and `auth: "user:pw"`: the part after the first
/// colon is the password. `host:port` and numeric pairs stay quiet.
#[test]
fn user_password_strings_under_auth_names() {
    let mut f = Fake::new(2602);
    let v: Vec<String> = (0..6).map(|_| pw(&mut f)).collect();
    let yml = format!(
        "tunnels:\n  web:\n    proto: http\n    basic_auth:\n      - \"alice:{}\"\n    policy:\n      - type: basic-auth\n        config:\n          credentials:\n            - \"ops:{}\"\n            - \"bob:{}\"\n            - \"cache.internal:6379\"\n  other:\n    auth: \"carol:{}\"\n    basic_auth: [\"dave:{}\", \"erin:{}\"]\n",
        v[0], v[1], v[2], v[3], v[4], v[5]
    );
    let rows = scan(&[("agent/tunnel.yml", yml.clone())]);
    let mut want: Vec<Row> = v.iter().map(|s| expect(PW, "agent/tunnel.yml", &yml, s)).collect();
    want.sort();
    assert_eq!(rows, want);
}
