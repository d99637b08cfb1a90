//! Rules and judgements from the seventeenth corpus's misses: network devices' IPsec
//! pre-shared keys and SNMP credentials, pppd's secrets files, LDIF passwords, a bearer token
//! at the end of a quoted header, and provider keys (AISHub, Postmark over SMTP, Steam game
//! server tokens, WHMCS, Moodle, Open Dental); Midtrans client keys and LDAP password hashes
//! stay quiet. Every secret is built at run time; each test asserts rule, path, line and column
//! of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const UPPER_HEX: &[u8] = b"0123456789ABCDEF";

/// IPsec pre-shared keys in Cisco IOS, an IKEv2 keyring, Junos and FortiOS; SNMP communities in
/// snmpd.conf (a two-digit second octet in the source address) and a RouterOS export, and
/// SNMPv3 passphrases of `createUser`. Encrypted forms (Cisco type 6, FortiOS `ENC`) and the
/// default `public` stay quiet; Junos `$9$` is reversible and reported by its own rule.
#[test]
fn network_device_keys_and_snmp_credentials() {
    let mut f = Fake::new(281);
    let k: Vec<String> = (0..8)
        .map(|_| {
            key(&[
                &f.string(ALNUM, 7),
                "#",
                &f.string(b"0123456789", 3),
                &f.alnum(4),
            ])
        })
        .collect();
    let ios = format!(
        "crypto isakmp policy 10\n encr aes 256\n authentication pre-share\ncrypto isakmp key {} address 203.0.113.10\ncrypto isakmp key 6 {} address 203.0.113.11\n!\ncrypto ikev2 keyring KR\n peer BRANCH\n  address 198.51.100.7\n  pre-shared-key local {}\n!\n",
        k[0],
        f.alnum(30),
        k[1]
    );
    let junos = format!(
        "security {{\n    ike {{\n        policy branch-ike {{\n            mode main;\n            pre-shared-key ascii-text \"{}\";\n        }}\n        policy hq-ike {{\n            pre-shared-key ascii-text \"$9${}\";\n        }}\n    }}\n}}\n",
        k[2],
        f.alnum(24)
    );
    let forti = format!(
        "config vpn ipsec phase1-interface\n    edit \"branch\"\n        set interface \"wan1\"\n        set psksecret {}\n    next\n    edit \"hq\"\n        set psksecret ENC {}\n    next\nend\n",
        k[3],
        f.alnum(40)
    );
    let community = f.alnum(14);
    let snmpd = format!(
        "sysLocation DC-East row 4\ncreateUser nmsv3 SHA {} AES {}\nrocommunity {community} 10.10.0.0/16\nrocommunity public default\n",
        k[4], k[5]
    );
    let ros_community = f.alnum(12);
    let rsc = format!(
        "/snmp community set [ find default=yes ] name={ros_community}\n/snmp community add name=public addresses=10.0.0.0/8\n"
    );
    let rows = scan(&[
        ("netops/cisco/core-sw01.cfg", ios.clone()),
        ("netops/juniper/edge-fw01.conf", junos.clone()),
        ("netops/fortigate/branch-vpn.conf", forti.clone()),
        ("telco/snmp/snmpd.conf", snmpd.clone()),
        ("isp/mikrotik/bootstrap.rsc", rsc.clone()),
    ]);
    let mut want = vec![
        expect(
            "ipsec-pre-shared-key",
            "netops/cisco/core-sw01.cfg",
            &ios,
            &k[0],
        ),
        expect(
            "ipsec-pre-shared-key",
            "netops/cisco/core-sw01.cfg",
            &ios,
            &k[1],
        ),
        expect(
            "ipsec-pre-shared-key",
            "netops/juniper/edge-fw01.conf",
            &junos,
            &k[2],
        ),
        // `$9$` is Junos's reversible encoding: reported by its own rule.
        expect(
            "juniper-type9-secret",
            "netops/juniper/edge-fw01.conf",
            &junos,
            "$9$",
        ),
        expect(
            "ipsec-pre-shared-key",
            "netops/fortigate/branch-vpn.conf",
            &forti,
            &k[3],
        ),
        expect(
            "snmpv3-user-passphrase",
            "telco/snmp/snmpd.conf",
            &snmpd,
            &k[4],
        ),
        expect(
            "snmpv3-user-privacy-passphrase",
            "telco/snmp/snmpd.conf",
            &snmpd,
            &k[5],
        ),
        expect(
            "snmp-community-string",
            "telco/snmp/snmpd.conf",
            &snmpd,
            &community,
        ),
        expect(
            "routeros-snmp-community",
            "isp/mikrotik/bootstrap.rsc",
            &rsc,
            &ros_community,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// pppd's chap-secrets and pap-secrets: the third field of every line, bare or quoted; a secret
/// read from a file (`@/path`) and the same lines in a file of another name stay quiet.
#[test]
fn ppp_secrets_files() {
    let mut f = Fake::new(282);
    let (a, b, c) = (
        f.alnum(20),
        key(&[&f.alnum(8), " ", &f.alnum(6)]),
        f.alnum(16),
    );
    let chap = format!(
        "# Secrets for authentication using CHAP\n# client        server  secret                  IP addresses\nfl-cust-10442   *       {a}        *\n\"fl cust 2\"      *       \"{b}\"   10.0.0.2\nfl-cust-10517   *       @/etc/ppp/fl-10517      *\n"
    );
    let pap = format!("# client server secret\nbranch-gw pptpd {c} *\n");
    let rows = scan(&[
        ("isp/ppp/chap-secrets", chap.clone()),
        ("etc/ppp/pap-secrets", pap.clone()),
        ("docs/chap-secrets.example.txt", chap.clone()),
    ]);
    let mut want = vec![
        expect("ppp-chap-secret", "isp/ppp/chap-secrets", &chap, &a),
        expect("ppp-chap-secret", "isp/ppp/chap-secrets", &chap, &b),
        expect("ppp-chap-secret", "etc/ppp/pap-secrets", &pap, &c),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// LDIF passwords in clear text and base64 (`userPassword::`); `{SSHA}` hashes, written plain
/// or base64-encoded, stay quiet (the generic password rule no longer takes them either).
#[test]
fn ldif_user_passwords() {
    let mut f = Fake::new(283);
    let plain = key(&[&f.alnum(10), ".", &f.alnum(6), "42"]);
    let encoded = base64(key(&[&f.alnum(12), ".", &f.alnum(4), "35"]).as_bytes());
    let hash = key(&["{SSHA}", &f.string(ALNUM, 32)]);
    let hash64 = base64(hash.as_bytes());
    let ldif = format!(
        "dn: cn=banner-sync,ou=services,dc=campus,dc=edu\nobjectClass: simpleSecurityObject\ncn: banner-sync\nuserPassword: {hash}\n\ndn: cn=library-proxy,ou=services,dc=campus,dc=edu\ncn: library-proxy\nuserPassword:: {encoded}\n\ndn: uid=sync,ou=people,dc=campus,dc=edu\nuserPassword: {plain}\n\ndn: uid=old,ou=people,dc=campus,dc=edu\nuserPassword:: {hash64}\n"
    );
    let rows = scan(&[("ldap/service-accounts.ldif", ldif.clone())]);
    let mut want = vec![
        expect(
            "ldif-user-password",
            "ldap/service-accounts.ldif",
            &ldif,
            &encoded,
        ),
        expect(
            "ldif-user-password",
            "ldap/service-accounts.ldif",
            &ldif,
            &plain,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A bearer token is the last word of a quoted header (`curl -H "Authorization: Bearer v"`):
/// a literal, so the generic rule's code-shaped exceptions (a CamelCase run such as
/// `TDI2AzbeVJso...`, which reads like a type name) no longer apply to it.
#[test]
fn bearer_tokens_at_the_end_of_quoted_headers() {
    let mut f = Fake::new(284);
    // Capitalised chunks only: the shape a code-shaped exception took for a type name.
    let token = key(&[
        "TDI",
        &f.string(b"23456789", 1),
        "Azbe",
        "VJso",
        &f.string(b"ABCDEFGHJKLMNPQRSTUVWXYZ", 8),
        "Xe",
        "PDE",
        &f.string(b"23456789", 1),
        "VmWVN",
    ]);
    let sh = format!(
        "OUT=/var/lib/ais/$(date +%Y%m%d)\ncurl -fsS -H \"Authorization: Bearer {token}\" \\\n  \"https://api.spire.com/v2/vessels?limit=1000\" > \"$OUT/spire.json\"\n"
    );
    let rows = scan(&[("scripts/pull_positions.sh", sh.clone())]);
    assert_eq!(
        rows,
        [expect(
            "generic-secret-assignment",
            "scripts/pull_positions.sh",
            &sh,
            &token
        )]
    );
}

/// Provider keys known by their product: an AISHub user name, a Postmark server token as SMTP
/// credentials (dotenv and msmtp), a Steam game server login token, WHMCS's
/// `cc_encryption_hash`, a Moodle password salt and an Open Dental developer key; a Midtrans
/// client key (public by design) beside its server key is not reported.
#[test]
fn product_keys_from_the_seventeenth_corpus() {
    let mut f = Fake::new(285);
    let hex = |f: &mut Fake, n| f.string(b"0123456789ABCDEF", n);
    let ais = key(&["AH", "_", &f.string(b"0123456789", 4), "_", &hex(&mut f, 8)]);
    let feeds =
        format!("feeds:\n  aishub:\n    url: http://data.aishub.net/ws.php\n    username: {ais}\n");
    let (pm1, pm2) = (f.uuid(), f.uuid());
    let env = format!("MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_PORT=587\nMAIL_USERNAME={pm1}\nMAIL_PASSWORD=${{MAIL_USERNAME}}\n");
    let msmtp = format!("account postmark\nhost smtp.postmarkapp.com\nport 587\nauth on\nuser {pm2}\npasswordeval \"gpg -q --decrypt ~/.msmtp-postmark.gpg\"\n");
    let gslt = f.string(UPPER_HEX, 32);
    let cfg = format!("hostname \"EU1 competitive\"\nsv_setsteamaccount {gslt}\nsv_tags \"128tick,competitive,eu\"\n");
    let whmcs_hash = f.alnum(64);
    let whmcs = format!("<?php\n$db_host = 'localhost';\n$cc_encryption_hash = '{whmcs_hash}';\n$templates_compiledir = 'templates_c';\n");
    let salt = key(&[
        "-fy:",
        &f.alnum(8),
        "~~x;9",
        &f.alnum(10),
        "}=#}K#",
        &f.alnum(8),
        "?C|l#",
    ]);
    let moodle = format!("<?php\nunset($CFG);\n$CFG = new stdClass();\n$CFG->passwordsaltmain = '{salt}';\n$CFG->minpasswordlength = 10;\n");
    let od = f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 16);
    let py = format!("OD_BASE = \"https://api.opendental.com/api/v1\"\n# developer key (ours)\nOD_DEVELOPER_KEY = \"{od}\"\n");
    let server = key(&["Mid", "-server-", &f.alnum(24)]);
    let go = format!(
        "package gateways\n\nfunc init() {{\n\tmidtrans.ServerKey = \"{server}\"\n\tmidtrans.ClientKey = \"{}\"\n}}\n",
        key(&["Mid", "-client-", &f.alnum(16)])
    );
    let rows = scan(&[
        ("harbor/config/feeds.yaml", feeds.clone()),
        ("panel/.env", env.clone()),
        ("ops/.msmtprc", msmtp.clone()),
        ("servers/cs2/cfg/server.cfg", cfg.clone()),
        ("billing/configuration.php", whmcs.clone()),
        ("moodle/config.php", moodle.clone()),
        ("integrations/opendental.py", py.clone()),
        ("gateways/midtrans.go", go.clone()),
    ]);
    let mut want = vec![
        expect("aishub-username", "harbor/config/feeds.yaml", &feeds, &ais),
        expect("postmark-smtp-token", "panel/.env", &env, &pm1),
        expect("postmark-smtp-token", "ops/.msmtprc", &msmtp, &pm2),
        expect(
            "steam-game-server-login-token",
            "servers/cs2/cfg/server.cfg",
            &cfg,
            &gslt,
        ),
        expect(
            "whmcs-cc-encryption-hash",
            "billing/configuration.php",
            &whmcs,
            &whmcs_hash,
        ),
        expect("moodle-password-salt", "moodle/config.php", &moodle, &salt),
        expect("opendental-api-key", "integrations/opendental.py", &py, &od),
        expect("midtrans-server-key", "gateways/midtrans.go", &go, &server),
    ];
    want.sort();
    assert_eq!(rows, want);
}
