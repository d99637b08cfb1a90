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
        "<?php\ndefine('MAILPASS','{}');\n$conf['ldap']['bindpw'] = '{}';\n$ldapAgentPassword = [ \"CORP\" => \"{}\" ];\n$wgDBpassword = [ getenv('DB_PASSWORD') ];\ndefine(\"SMTPPASS\", \"{}\");\n",
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
        "package Kernel::Config;\nsub Load {{\n    my $Self = shift;\n    $Self->{{DbUserPw}} = '{}';\n    $Self->{{'Auth::LDAP::BindUserPw'}} = '{}';\n    $Self->{{'Mailer::AuthPassword'}} = \"{}\";\n    $h{{password}} = '{}';\n    $Self->{{DatabaseUserPw}} = $ENV{{DB_PW}};\n}}\n",
        p[0], p[1], p[2], p[3]
    );
    let ldap = format!("[ldap]\nbinddn = cn=svc,dc=corp\nbindpw = {}\n", p[4]);
    let dex = format!(
        "connectors:\n- type: ldap\n  config:\n    bindDN: cn=svc,dc=corp\n    adminPW: {}\n",
        p[5]
    );
    let rows = scan(&[
        ("Kernel/Config.pm", pm.clone()),
        ("auth/ldap.ini", ldap.clone()),
        ("ldap/connector.yaml", dex.clone()),
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
        "ldap/connector.yaml",
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

#[test]
fn login_options_and_passwords_holding_at() {
    let mut f = Fake::new(204);
    let p: Vec<String> = (0..3).map(|_| password(&mut f)).collect();
    let at = format!("{}@{}", f.alnum(10), 416);
    // A login without a password is no credential.
    let squid = format!(
        "peer proxy-dc2.corp.test 8080 login={}:{}\npeer proxy-dc3.corp.test 8080 login=PASSTHRU\n",
        "squid-fwd", p[0]
    );
    let yml = format!("proxy:\n  proxy_credentials: svc-proxy:{}\n", p[1]);
    let docker = format!(
        "FROM python:3.12\nARG PIP_EXTRA_INDEX_URL=https://ci:{at}@pypi.corp.test/simple/\nENV NOTIFY=https://pypi.corp.test/hook?to=ops@corp.test\n"
    );
    let rows = scan(&[
        ("proxy/peers.conf", squid.clone()),
        ("proxy.yml", yml.clone()),
        ("tools/Dockerfile", docker.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "proxy/peers.conf",
            &squid,
            &p[0],
        ),
        expect("generic-password-assignment", "proxy.yml", &yml, &p[1]),
        expect("basic-auth-url", "tools/Dockerfile", &docker, &at),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn stata_locals_and_functions_returning_literals() {
    let mut f = Fake::new(205);
    let p: Vec<String> = (0..3).map(|_| password(&mut f)).collect();
    let k: Vec<String> = (0..2).map(|_| f.alnum(32)).collect();
    let stata = format!("local dbuser \"analyst\"\nlocal dbpass \"{}\"\n", p[0]);
    // A function with parameters or a computed body is code.
    let rs = format!(
        "pub fn mqtt_password() -> String {{\n    \"{}\".to_string()\n}}\n\npub fn broker_password(cfg: &Config) -> String {{\n    cfg.password.clone()\n}}\n",
        p[1]
    );
    let py = format!(
        "def get_api_key(): return \"{}\"\n\ndef get_token(self):\n    return \"{}\"\n\ndef get_secret():\n    return os.environ[\"SECRET\"]\n",
        k[0], k[1]
    );
    let go = format!(
        "package cfg\n\nfunc dbPassword() string {{ return \"{}\" }}\n",
        p[2]
    );
    // `pass` the verb, with a flag after it, is prose.
    let kconfig = "config VMLINUX_MAP\n\thelp\n\t  Selecting this option will pass \"-Map=vmlinux.map\" to ld\n\t  when linking vmlinux.\n".to_string();
    let rows = scan(&[
        ("lib/Kconfig.debug", kconfig),
        ("stata/setup.do", stata.clone()),
        ("src/config.rs", rs.clone()),
        ("sync.py", py.clone()),
        ("cfg/db.go", go.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "stata/setup.do",
            &stata,
            &p[0],
        ),
        expect("generic-password-assignment", "src/config.rs", &rs, &p[1]),
        expect("generic-secret-assignment", "sync.py", &py, &k[0]),
        expect("generic-secret-assignment", "sync.py", &py, &k[1]),
        expect("generic-password-assignment", "cfg/db.go", &go, &p[2]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn long_values_under_secret_names() {
    let mut f = Fake::new(206);
    let b64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let licence = f.string(b64, 128);
    let over = f.string(b64, 300);
    // An EC public key in base64 DER is public under any name.
    let public = format!(
        "{}{}",
        key(&["MFkwEwYHKoZIzj0C", "AQYIKoZIzj0DAQcDQgAE"]),
        f.string(b64, 88)
    );
    let env = format!("APP_LICENSE_KEY={licence}\nBLOB_KEY={over}\nSERVER_KEY={public}\n");
    // An empty value is no value: the next line's `name=value` is not taken for it.
    let ini = format!("webhook_secret=\nlegacy_blob={}\n", f.string(b64, 120));
    // A Sealed Secret's `encryptedData` is encrypted to the controller's key.
    let sealed = format!(
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    userKey: Ag{}\n",
        f.string(b64, 200)
    );
    let rows = scan(&[
        ("app/.env", env.clone()),
        ("vendors.ini", ini),
        ("sealed-secret.yaml", sealed),
    ]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-secret-assignment",
            "app/.env",
            &env,
            &licence
        )]
    );
}

#[test]
fn continued_calls_variables_and_two_column_tables() {
    let mut f = Fake::new(207);
    let p: Vec<String> = (0..5).map(|_| password(&mut f)).collect();
    let matlab = format!(
        "function T = load_trials(study)\n    conn = database('CLINDW', 'matlab_ro', ...\n        '{}', ...\n        'Vendor', 'PostgreSQL');\nend\n",
        p[0]
    );
    // A variable assigned a lookup is no literal.
    let ps1 = format!(
        "Import-Module ExchangeOnlineManagement\n$plain = '{}'\n$secure = ConvertTo-SecureString $plain -AsPlainText -Force\n$other = Get-Secret -Name Journal -AsPlainText\n$s2 = ConvertTo-SecureString $other -AsPlainText -Force\n",
        p[1]
    );
    // The first column is the account; a reference to a vault is no password.
    let adoc = format!(
        "= Failover\n\n[cols=\"1,1\"]\n|===\n|account |password\n|postgres |{}\n|replicator |<see vault>\n|===\n",
        p[2]
    );
    let md = format!(
        "# Accounts\n\n| login | password |\n|---|---|\n| postgres | {} |\n| admin | {} |\n",
        p[3], p[4]
    );
    let rows = scan(&[
        ("matlab/load_trials.m", matlab.clone()),
        ("ops/rotate.ps1", ps1.clone()),
        ("docs/failover.adoc", adoc.clone()),
        ("docs/accounts.md", md.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "matlab/load_trials.m",
            &matlab,
            &p[0],
        ),
        expect("generic-password-assignment", "ops/rotate.ps1", &ps1, &p[1]),
        expect(
            "generic-password-assignment",
            "docs/failover.adoc",
            &adoc,
            &p[2],
        ),
        expect(
            "generic-password-assignment",
            "docs/accounts.md",
            &md,
            &p[3],
        ),
        expect(
            "generic-password-assignment",
            "docs/accounts.md",
            &md,
            &p[4],
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn php_pgsql_dsn() {
    let mut f = Fake::new(208);
    let p = password(&mut f);
    // A DSN without a password is no credential.
    let php = format!(
        "<?php\n$config['password_db_dsn'] = 'pgsql://postfixadmin:{p}@pg-mail/postfix';\n$config['db_dsnr'] = 'pgsql://roundcube@pg-mail/roundcube';\n"
    );
    let rows = scan(&[("config/config.inc.php", php.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "postgres-connection-uri",
            "config/config.inc.php",
            &php,
            &p
        )]
    );
}

/// A formatter that wraps a long member puts its quoted value on the line below the name
/// (`"secret":` then `"v"`): that value is the name's. An empty `name=` is still no value.
#[test]
fn quoted_value_on_the_line_below_its_name() {
    let mut f = Fake::new(208);
    let k = [f.alnum(32), f.alnum(32)];
    let json = format!(
        "[\n  {{\n    \"key\": \"lms-east\",\n    \"secret\":\n      \"{}\"\n  }},\n  {{\n    \"client_secret\":\r\n      '{}'\n  }}\n]\n",
        k[0], k[1]
    );
    let ini = format!("webhook_secret=\nlegacy_name={}\n", f.alnum(32));
    let rows = scan(&[("lti/consumers.json", json.clone()), ("hooks.ini", ini)]);
    let mut want: Vec<_> = k
        .iter()
        .map(|v| expect("generic-secret-assignment", "lti/consumers.json", &json, v))
        .collect();
    want.sort();
    assert_eq!(rows, want);
}
