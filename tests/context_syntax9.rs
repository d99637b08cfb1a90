//! Grammar and rules from the twentieth corpus's misses: fish's `set -gx` (and fish_history),
//! Tcl/Expect `set`, Kamailio's `#!define`, a `"Token v"` literal, Emacs and EDN pairs,
//! credential names with an environment after them, a service's `_AUTH`, MySQL's history
//! (`\040` for spaces), `balena login --token`, WooCommerce keys in a REST call, PJSIP auth
//! sections and FreeSWITCH's default password. Every secret is built at run time; each test
//! asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, password, scan};

/// Shell, Tcl and preprocessor assignments, string schemes and Lisp-family pairs.
#[test]
fn set_commands_defines_token_literals_and_lisp_pairs() {
    let mut f = Fake::new(311);
    let aes = key(&[&f.string(URLSAFE, 43).replace(['-', '_'], "+"), "="]);
    let fish = format!("set -gx EDITOR vim\nset -gx AES_KEY {aes}\n");
    let particle = f.string(b"0123456789abcdef", 40);
    let history = format!("- cmd: set -Ux PARTICLE_ACCESS_TOKEN {particle}\n  when: 1718000000\n");
    let tcl_pw = password(&mut f);
    let exp = format!("set timeout 30\nset password \"{tcl_pw}\"\nspawn ssh admin@sw01\n");
    let (signing, smtp) = (f.alnum(64), password(&mut f));
    let kam =
        format!("#!define TOKEN_SIGNING_KEY \"{signing}\"\n#!define SMTP_PASSWORD \"{smtp}\"\n");
    let nb = f.string(b"0123456789abcdef", 40);
    let perl = format!("use strict;\nmy $netbox = 'Token {nb}';\n");
    let (el_pw, edn_pw) = (password(&mut f), password(&mut f));
    let el = format!(
        "(setq sql-connection-alist '((ledger (sql-product 'postgres) (sql-user \"ledger\") (sql-password \"{el_pw}\"))))\n"
    );
    let edn = format!("{{:db {{:user \"app\" :db-password \"{edn_pw}\"}}}}\n");
    let (live, redis) = (f.alnum(16), f.alnum(32));
    let exs = format!("config :odds, Betfair,\n  app_key_live: \"{live}\",\n  timeout: 5_000\n");
    let lua = format!("local REDIS_AUTH = \"{redis}\"\nlocal USE_AUTH = \"truetruetruetrue\"\n");
    let rows = scan(&[
        ("fish/conf.d/work.fish", fish.clone()),
        (".local/share/fish/fish_history", history.clone()),
        ("expect/backup.exp", exp.clone()),
        ("kamailio/kamailio-local.cfg", kam.clone()),
        ("bin/push_acl.pl", perl.clone()),
        (".emacs.d/init.el", el.clone()),
        ("resources/config.edn", edn.clone()),
        ("config/runtime.exs", exs.clone()),
        ("lua/auth.lua", lua.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-secret-assignment",
            "fish/conf.d/work.fish",
            &fish,
            &aes,
        ),
        expect(
            "particle-access-token",
            ".local/share/fish/fish_history",
            &history,
            &particle,
        ),
        expect(
            "generic-password-assignment",
            "expect/backup.exp",
            &exp,
            &tcl_pw,
        ),
        expect(
            "generic-secret-assignment",
            "kamailio/kamailio-local.cfg",
            &kam,
            &signing,
        ),
        expect(
            "generic-password-assignment",
            "kamailio/kamailio-local.cfg",
            &kam,
            &smtp,
        ),
        expect(
            "generic-hex-secret-assignment",
            "bin/push_acl.pl",
            &perl,
            &nb,
        ),
        expect(
            "generic-password-assignment",
            ".emacs.d/init.el",
            &el,
            &el_pw,
        ),
        expect(
            "generic-password-assignment",
            "resources/config.edn",
            &edn,
            &edn_pw,
        ),
        expect(
            "generic-secret-assignment",
            "config/runtime.exs",
            &exs,
            &live,
        ),
        expect("generic-password-assignment", "lua/auth.lua", &lua, &redis),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Product forms: MySQL's history file, `balena login --token`, WooCommerce keys in a curl to
/// the REST API, a PJSIP auth section's numeric password (the shipped `1234` quiet) and
/// FreeSWITCH's default password.
#[test]
fn histories_cli_logins_and_voip_passwords() {
    let mut f = Fake::new(312);
    let my = password(&mut f);
    let history = format!("_HiStOrY_V2_\nSELECT\\040now();\nCREATE\\040USER\\040'bi'@'%'\\040IDENTIFIED\\040BY\\040'{my}';\n");
    let token = f.alnum(32);
    let sh = format!("#!/bin/sh\nbalena login --token {token}\nbalena push fleet\n");
    let hex = |f: &mut Fake| f.string(b"0123456789abcdef", 40);
    let (ck, cs) = (hex(&mut f), hex(&mut f));
    let sync = format!(
        "#!/bin/sh\ncurl -s -u \"ck_{ck}:cs_{cs}\" https://shop.example.com/wp-json/wc/v3/orders?status=processing\n"
    );
    let ext = f.string(b"0123456789", 8);
    let pjsip = format!(
        "[6002]\ntype=auth\nauth_type=userpass\nusername=6002\npassword={ext}\n\n[6003]\ntype=auth\nusername=6003\npassword=1234\n"
    );
    let fs_pw = f.string(b"0123456789", 10);
    let vars = format!(
        "<include>\n  <X-PRE-PROCESS cmd=\"set\" data=\"default_password={fs_pw}\"/>\n  <X-PRE-PROCESS cmd=\"set\" data=\"domain=$${{local_ip_v4}}\"/>\n</include>\n"
    );
    let rows = scan(&[
        (".mysql_history", history.clone()),
        ("particle/flash_all.sh", sh.clone()),
        ("bin/sync_orders", sync.clone()),
        ("asterisk/pjsip.conf", pjsip.clone()),
        ("freeswitch/conf/vars.xml", vars.clone()),
    ]);
    let mut want = vec![
        expect("sql-create-user-password", ".mysql_history", &history, &my),
        expect("balena-api-key", "particle/flash_all.sh", &sh, &token),
        expect(
            "woocommerce-consumer-key",
            "bin/sync_orders",
            &sync,
            &format!("ck_{ck}"),
        ),
        expect(
            "woocommerce-consumer-secret",
            "bin/sync_orders",
            &sync,
            &format!("cs_{cs}"),
        ),
        expect(
            "asterisk-pjsip-auth-password",
            "asterisk/pjsip.conf",
            &pjsip,
            &ext,
        ),
        expect(
            "freeswitch-default-password",
            "freeswitch/conf/vars.xml",
            &vars,
            &fs_pw,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}
