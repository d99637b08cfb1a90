//! Context detection in languages and formats with no `name = value` operator
//! (`src/matcher/terms.rs`): Erlang and Clojure terms, R arrows, COBOL and TSO operands,
//! Markdown definitions, Rust byte strings; network device and mainframe configurations
//! (`rules/network.yaml`, `rules/mainframe.yaml`); and encrypted or looked-up values that are
//! not secrets. Every secret is built at run time; each test asserts rule, path, line and column
//! of every finding.

use crate::common::*;
use crate::context::{expect, password, scan};

/// An eight-character mainframe password: upper case, digits and a national character.
fn racf_password(f: &mut Fake) -> String {
    key(&[
        &f.string(b"ABCDEFGHJKLMNPQRSTUVWXYZ", 3),
        &f.string(b"23456789", 2),
        "@",
        &f.string(b"ABCDEFGHJKLMNPQRSTUVWXYZ", 2),
    ])
}

const PW: &str = "generic-password-assignment";
const SECRET: &str = "generic-secret-assignment";
const FTP: &str = "zos-ftp-batch-password";
const JWT: &str = "jwt-signing-secret";

#[test]
fn erlang_tuples_and_clojure_keywords() {
    let mut f = Fake::new(91);
    let (p1, p2, p3, p4, p5) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let (k1, k2) = (f.alnum(32), f.alnum(32));
    let sys = format!(
        "[\n {{switchboard, [\n    {{http_port, 8443}},\n    {{db_password, \"{p1}\"}},\n    {{api_secret, <<\"{k1}\">>}},\n    {{pagerduty_key, {{env, \"PD_KEY\"}}}}\n ]}}\n].\n"
    );
    let erl = format!("-module(sb_billing).\n-define(OTA_PASSWORD, \"{p2}\").\n");
    let edn = format!(
        "{{:http {{:port 8080}}\n :db {{:user \"pricing\"\n      :password \"{p3}\"}}\n :stripe-key #env STRIPE_SECRET_KEY}}\n"
    );
    let clj = format!(
        "(ns pricing.clients)\n\n(def api-secret \"{k2}\")\n(def client-secret (System/getenv \"CLIENT_SECRET\"))\n"
    );
    let lein = format!(
        "(defproject pricing \"0.4.0\"\n  :repositories [[\"acme\" {{:url \"https://maven.example.com/releases\"\n                         :username \"ci\"\n                         :password \"!{p4}\"}}]])\n"
    );
    let r = format!("library(httr)\ndb_password <- \"{p5}\"\nhf <- Sys.getenv(\"HF_TOKEN\")\n");
    let rows = scan(&[
        ("config/sys.config", sys.clone()),
        ("src/sb_billing.erl", erl.clone()),
        ("resources/config.edn", edn.clone()),
        ("src/clients.clj", clj.clone()),
        ("project.clj", lein.clone()),
        ("analysis/deseq.R", r.clone()),
    ]);
    let mut want = vec![
        expect(PW, "config/sys.config", &sys, &p1),
        expect(SECRET, "config/sys.config", &sys, &k1),
        expect(PW, "src/sb_billing.erl", &erl, &p2),
        expect(PW, "resources/config.edn", &edn, &p3),
        expect(SECRET, "src/clients.clj", &clj, &k2),
        expect(PW, "project.clj", &lein, &format!("!{p4}")),
        expect(PW, "analysis/deseq.R", &r, &p5),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn network_device_configurations() {
    let mut f = Fake::new(92);
    let r2 = password(&mut f);
    let clients = format!(
        "client ap-floor1 {{\n\tipaddr = 192.0.2.0/24\n\tsecret = {r2}\n\tnas_type = other\n}}\nclient localhost {{\n\tipaddr = 127.0.0.1\n\tsecret = testing123\n}}\n"
    );
    let u7 = key(&["08", &f.string(b"0123456789ABCDEF", 18)]);
    let t7 = key(&["13", &f.string(b"0123456789ABCDEF", 16)]);
    let (c1, r1, t1) = (password(&mut f), password(&mut f), password(&mut f));
    let ios = format!(
        "hostname core-sw01\n!\nusername netadmin privilege 15 password 7 {u7}\nenable secret 9 $9$ObCmQhAwb8M25Y$x9h3Bjp.nIH7to7dkdqbGJRDbg1YWC7ZgvMBelFgMff\nsnmp-server community {c1} RO 10\nsnmp-server community public RO\ntacacs-server host 192.0.2.20 key 7 {t7}\ntacacs-server key {t1}\n!\nradius server ISE01\n address ipv4 192.0.2.30 auth-port 1812 acct-port 1813\n key {r1}\nline vty 0 15\n transport input ssh\nend\n"
    );
    let j1 = key(&[
        "$9$",
        &f.string(b"ABCDEFGHIJKLMNabcdefghijkmn0123456789./-", 24),
    ]);
    let j2 = key(&[
        "$9$",
        &f.string(b"ABCDEFGHIJKLMNabcdefghijkmn0123456789./-", 24),
    ]);
    let junos = format!(
        "system {{\n    login {{\n        user noc {{\n            authentication {{\n                encrypted-password \"{j1}\"; ## SECRET-DATA\n            }}\n        }}\n    }}\n}}\nprotocols {{\n    bgp {{\n        group transit {{\n            authentication-key \"{j2}\"; ## SECRET-DATA\n        }}\n    }}\n}}\n"
    );
    let s1 = password(&mut f);
    let m5 = f.string(HEX, 32);
    let sip = format!(
        "[general]\ncontext=public\n\n[office-gw]\ntype=peer\nhost=dynamic\nsecret={s1}\nmd5secret={m5}\n"
    );
    let a1 = password(&mut f);
    let sssd = format!(
        "[domain/corp]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd,ou=svc,dc=example\nldap_default_authtok = {a1}\nldap_default_authtok_type = obfuscated_password\n"
    );
    let rows = scan(&[
        ("configs/core-sw01.cfg", ios.clone()),
        ("configs/edge-mx01.conf", junos.clone()),
        ("asterisk/sip.conf", sip.clone()),
        ("freeradius/clients.conf", clients.clone()),
        ("sssd/sssd.conf", sssd.clone()),
    ]);
    let cfg = "configs/core-sw01.cfg";
    let mut want = vec![
        expect("cisco-type7-password", cfg, &ios, &u7),
        expect("snmp-community-string", cfg, &ios, &c1),
        expect("cisco-type7-password", cfg, &ios, &t7),
        expect("cisco-cleartext-password", cfg, &ios, &t1),
        expect("cisco-cleartext-password", cfg, &ios, &r1),
        expect(
            "juniper-type9-secret",
            "configs/edge-mx01.conf",
            &junos,
            &j1,
        ),
        expect(
            "juniper-type9-secret",
            "configs/edge-mx01.conf",
            &junos,
            &j2,
        ),
        expect("asterisk-sip-secret", "asterisk/sip.conf", &sip, &s1),
        expect(
            "freeradius-client-secret",
            "freeradius/clients.conf",
            &clients,
            &r2,
        ),
        expect("sssd-ldap-authtok", "sssd/sssd.conf", &sssd, &a1),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn mainframe_jobs_cobol_and_rexx() {
    let mut f = Fake::new(93);
    let (f1, d2, c2) = (
        racf_password(&mut f),
        racf_password(&mut f),
        racf_password(&mut f),
    );
    let k3 = f.alnum(32);
    let ftp_job = format!(
        "//NIGHTFTP JOB (ACCT),'NIGHTLY FTP',CLASS=A,MSGCLASS=X\n//STEP01   EXEC PGM=FTP,PARM='(EXIT'\n//INPUT    DD *\nftp.example.com\nBATCHXFR\n{f1}\nPUT 'PROD.SETTLE.DAILY' settle.dat\nQUIT\n/*\n"
    );
    let db2_job = format!(
        "//DB2LOAD  JOB (ACCT),'DB2 LOAD',CLASS=A\n//STEP01   EXEC PGM=IKJEFT01\n//SYSTSIN  DD *\n  DSN SYSTEM(DB2P) USER(BATCH01) PASSWORD({d2})\n/*\n"
    );
    let cbl = format!(
        "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. SETTLE.\n       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n       01 WS-API-KEY        PIC X(32) VALUE '{k3}'.\n       01 WS-DB-PASSWORD    PIC X(08) VALUE '{c2}'.\n       01 WS-PASSWORD-LEN   PIC 9(02) VALUE 08.\n       PROCEDURE DIVISION.\n           STOP RUN.\n"
    );
    let lp = password(&mut f);
    let rexx = format!(
        "/* REXX - sync users to LDAP */\nldaphost = 'ldap.example.com'\nldappw = '{lp}'\nif pw == 'x' then nop\n"
    );
    let rows = scan(&[
        ("jcl/NIGHTFTP.jcl", ftp_job.clone()),
        ("jcl/DB2LOAD.jcl", db2_job.clone()),
        ("cobol/SETTLE.cbl", cbl.clone()),
        ("rexx/SYNCUSR.rexx", rexx.clone()),
    ]);
    let mut want = vec![
        expect(FTP, "jcl/NIGHTFTP.jcl", &ftp_job, &f1),
        expect(PW, "jcl/DB2LOAD.jcl", &db2_job, &d2),
        expect(SECRET, "cobol/SETTLE.cbl", &cbl, &k3),
        expect(PW, "cobol/SETTLE.cbl", &cbl, &c2),
        expect(PW, "rexx/SYNCUSR.rexx", &rexx, &lp),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn documentation_definitions_basic_and_rust_constants() {
    let mut f = Fake::new(94);
    let (s2, m1, w1) = (f.string(HEX, 32), f.string(HEX, 32), f.alnum(48));
    let md = format!(
        "# Runbook\n\nSee the runbook for rotation.\n- **SLACK_CLIENT_SECRET**: `{s2}`\n- **Password**: rotate it every quarter\n"
    );
    let rst = format!("Setup\n=====\n\n* ``RAILS_MASTER_KEY``: ``{m1}``\n");
    let rs = format!("use axum::Router;\n\nconst JWT_SECRET: &[u8] = b\"{w1}\";\n");
    let vp = password(&mut f);
    let vb = format!(
        "Imports System.Net.Mail\n\nPublic Class Mailer\n    Private Const SmtpPass As String = \"{vp}\"\n    Private Const Port As Integer = 587\nEnd Class\n"
    );
    let rows = scan(&[
        ("App_Code/Mailer.vb", vb.clone()),
        ("docs/runbook.md", md.clone()),
        ("docs/setup.rst", rst.clone()),
        ("src/main.rs", rs.clone()),
    ]);
    let mut want = vec![
        expect("generic-hex-secret-assignment", "docs/runbook.md", &md, &s2),
        expect("rails-master-key", "docs/setup.rst", &rst, &m1),
        expect(JWT, "src/main.rs", &rs, &w1),
        expect(PW, "App_Code/Mailer.vb", &vb, &vp),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn encrypted_looked_up_and_fixture_values_are_not_secrets() {
    let mut f = Fake::new(95);
    let e1 = key(&["ENC(", &f.string(ALNUM, 43), "=)"]);
    let u1 = format!(
        "{}-{}-4{}-a{}-{}",
        f.string(HEX, 8),
        f.string(HEX, 4),
        f.string(HEX, 3),
        f.string(HEX, 3),
        f.string(HEX, 12)
    );
    let make = format!("export JWT_SECRET = {e1}\n");
    let sql = format!(
        "ALTER ROLE svc_app WITH LOGIN PASSWORD '{e1}';\nALTER ROLE svc_ro WITH LOGIN PASSWORD '{u1}';\n"
    );
    let toml = "[auth]\njwt_secret = \"hunter2-but-fake\"\n".to_string();
    let ex = "config :app,\n  smtp_password: System.fetch_env!(\"SMTP_PASSWORD\"),\n  db_password: System.get_env(\"DB_PASSWORD\")\n@jwt_secret \"TODO-set-in-vault\"\n".to_string();
    let rows = scan(&[
        ("Makefile", make),
        ("migrations/init.sql", sql),
        ("config/production.toml", toml),
        ("bots/handlers.ex", ex),
    ]);
    assert_eq!(rows, vec![]);
}
