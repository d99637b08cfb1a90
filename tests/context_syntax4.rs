//! Context detection in the syntaxes the tenth blind corpus found missing: PHP `define` without
//! a space and nested array keys, Perl hash elements, names ending in `pw` (`rootpw`, `bindPW`,
//! `DatabasePw`), a credential name holding a map or a one-element list, and flags inside
//! exec-form command arrays (`src/matcher/assign.rs`, `src/matcher/conf.rs`). Every secret is
//! built at run time; each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    crate::context::password_with(f, "!")
}

#[test]
fn php_defines_nested_keys_and_maps() {
    let mut f = Fake::new(201);
    let p: Vec<String> = (0..4).map(|_| password(&mut f)).collect();
    // A lookup in a map is no literal.
    let php = format!(
        "<?php\ndefine('DBPASS','{}');\n$conf['plugin']['authldap']['bindpw'] = '{}';\n$wgLDAPProxyAgentPassword = [ \"CORP\" => \"{}\" ];\n$wgDBpassword = [ getenv('DB_PASSWORD') ];\ndefine(\"SMTPPASS\", \"{}\");\n",
        p[0], p[1], p[2], p[3]
    );
    let rows = scan(&[("conf/local.php", php.clone())]);
    let mut want: Vec<_> = p
        .iter()
        .map(|v| expect("generic-password-assignment", "conf/local.php", &php, v))
        .collect();
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn perl_hash_elements_and_pw_names() {
    let mut f = Fake::new(202);
    let p: Vec<String> = (0..6).map(|_| password(&mut f)).collect();
    // A variable is no literal; `{ ... }` after a keyword is a block, not a hash element.
    let pm = format!(
        "package Kernel::Config;\nsub Load {{\n    my $Self = shift;\n    $Self->{{DatabasePw}} = '{}';\n    $Self->{{'AuthModule::LDAP::SearchUserPw'}} = '{}';\n    $Self->{{'SendmailModule::AuthPassword'}} = \"{}\";\n    $h{{password}} = '{}';\n    $Self->{{DatabaseUserPw}} = $ENV{{DB_PW}};\n}}\n",
        p[0], p[1], p[2], p[3]
    );
    let ldap = format!("[ldap]\nbinddn = cn=svc,dc=corp\nbindpw = {}\n", p[4]);
    let dex = format!(
        "connectors:\n- type: ldap\n  config:\n    bindDN: cn=svc,dc=corp\n    bindPW: {}\n",
        p[5]
    );
    let rows = scan(&[
        ("Kernel/Config.pm", pm.clone()),
        ("auth/ldap.ini", ldap.clone()),
        ("dex/config.yaml", dex.clone()),
    ]);
    let mut want: Vec<_> = p[..4]
        .iter()
        .map(|v| expect("generic-password-assignment", "Kernel/Config.pm", &pm, v))
        .collect();
    want.push(expect(
        "generic-password-assignment",
        "auth/ldap.ini",
        &ldap,
        &p[4],
    ));
    want.push(expect(
        "generic-password-assignment",
        "dex/config.yaml",
        &dex,
        &p[5],
    ));
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn lists_under_credential_names_and_exec_form_commands() {
    let mut f = Fake::new(203);
    let p: Vec<String> = (0..3).map(|_| password(&mut f)).collect();
    let k: Vec<String> = (0..2).map(|_| f.alnum(40)).collect();
    // Flags in an array of words; a reference in the same place is no literal.
    let compose = format!(
        "services:\n  redis:\n    command: [\"redis-server\", \"--requirepass\", \"{}\"]\n  cache:\n    command: [\"redis-server\", \"--requirepass\", \"${{REDIS_PASSWORD}}\"]\n  connectors:\n    client_secret: [{}]\n",
        p[0], k[0]
    );
    let docker = format!(
        "FROM redis:7\nCMD [\"redis-server\",\"--masterauth\",\"{}\"]\n",
        p[1]
    );
    let json = format!(
        "{{\n  \"ldap\": {{\n    \"password\": [\"{}\"],\n    \"api_key\": [ \"{}\" ]\n  }}\n}}\n",
        p[2], k[1]
    );
    let rows = scan(&[
        ("docker-compose.yml", compose.clone()),
        ("Dockerfile", docker.clone()),
        ("realm.json", json.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "docker-compose.yml",
            &compose,
            &p[0],
        ),
        expect(
            "generic-secret-assignment",
            "docker-compose.yml",
            &compose,
            &k[0],
        ),
        expect("generic-password-assignment", "Dockerfile", &docker, &p[1]),
        expect("generic-password-assignment", "realm.json", &json, &p[2]),
        expect("generic-secret-assignment", "realm.json", &json, &k[1]),
    ];
    want.sort();
    assert_eq!(rows, want);
}
