//! Context detection where the file's own format says what a line is (Nagios `resource.cfg`,
//! Postfix `sasl_passwd`, `.curlrc`), multi-line arrays of keys, credential tuples, setters and
//! constructors, Azure Pipelines logging commands, HCL token blocks, systemd `Environment=`,
//! Objective-C methods, and redacted values (`src/matcher/formats.rs`, `src/matcher/assign.rs`,
//! `src/matcher/filters.rs`). Every secret is built at run time; each test asserts rule, path,
//! line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const PW: &str = "generic-password-assignment";
const SECRET: &str = "generic-secret-assignment";
const HEXSECRET: &str = "generic-hex-secret-assignment";

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    crate::context::password_with(f, "!")
}

#[test]
fn lines_whose_file_format_names_them() {
    let mut f = Fake::new(71);
    let (p1, p2, p3, p4) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let nagios = format!("$USER1$=/usr/lib/nagios/plugins\n$USER3$={p1}\n$USER5$={p2}\n");
    let postfix = format!("[smtp.office365.com]:587 relay@acme.io:{p3}\n");
    let curlrc = format!("silent\nuser = \"deploy:{p4}\"\n");
    let rows = scan(&[
        ("nagios/resource.cfg", nagios.clone()),
        ("postfix/sasl_passwd", postfix.clone()),
        (".curlrc", curlrc.clone()),
    ]);
    let mut want = vec![
        expect(PW, "nagios/resource.cfg", &nagios, &p1),
        expect(PW, "nagios/resource.cfg", &nagios, &p2),
        expect(PW, "postfix/sasl_passwd", &postfix, &p3),
        expect(PW, ".curlrc", &curlrc, &p4),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn arrays_of_keys_one_per_line() {
    let mut f = Fake::new(72);
    let (k1, k2, k3, k4, k5) = (
        f.alnum(32),
        f.alnum(32),
        f.alnum(24),
        f.alnum(24),
        f.alnum(24),
    );
    let ts = format!("// partner keys\nexport const PARTNER_KEYS = [\n  '{k1}',\n  '{k2}',\n];\n");
    let py = format!("API_KEYS = [\n    \"{k3}\",\n]\nTIMEOUT = 30\n");
    let yaml =
        format!("service:\n  api_keys:\n    - {k4}\n    - {k5}\n  hosts:\n    - db.internal\n");
    let rows = scan(&[
        ("keys.ts", ts.clone()),
        ("keys.py", py.clone()),
        ("keys.yaml", yaml.clone()),
    ]);
    let mut want = vec![
        expect(SECRET, "keys.ts", &ts, &k1),
        expect(SECRET, "keys.ts", &ts, &k2),
        expect(SECRET, "keys.py", &py, &k3),
        expect(SECRET, "keys.yaml", &yaml, &k4),
        expect(SECRET, "keys.yaml", &yaml, &k5),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn tuples_setters_constructors_and_logging_commands() {
    let mut f = Fake::new(73);
    let (p1, p2, p3, p4, p5) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let k1 = f.alnum(24);
    let p6 = password(&mut f);
    let ex = format!(
        "defmodule Notifier.SMS do\n  @auth {{\"notifier\", \"{p1}\"}}\nend\nconfig :sms, carrier_auth: {{\"sms\", \"{p6}\"}}\n"
    );
    let java = format!(
        "class A {{\n  protected PasswordAuthentication getPasswordAuthentication() {{\n    return new PasswordAuthentication(\"mailer\", \"{p2}\".toCharArray());\n  }}\n}}\n"
    );
    let groovy = format!("def ds = new BasicDataSource()\nds.setPassword('{p3}')\n");
    let azure = format!(
        "steps:\n- script: echo \"##vso[task.setvariable variable=DEPLOY_CODE;issecret=true]{k1}\"\n"
    );
    // Kotlin's elvis operator: the literal after `?:` is written into the code.
    let kotlin = format!(
        "object Config {{\n    val dbPassword: String = System.getenv(\"DB_PASSWORD\") ?: \"{p4}\"\n}}\n"
    );
    let swift =
        format!("let smtpPassword = ProcessInfo.processInfo.environment[\"SMTP\"] ?? \"{p5}\"\n");
    let rows = scan(&[
        ("sms.ex", ex.clone()),
        ("Mail.java", java.clone()),
        ("Deploy.groovy", groovy.clone()),
        ("azure-pipelines.yml", azure.clone()),
        ("Config.kt", kotlin.clone()),
        ("Config.swift", swift.clone()),
    ]);
    let mut want = vec![
        expect(PW, "sms.ex", &ex, &p1),
        expect(PW, "sms.ex", &ex, &p6),
        expect(PW, "Mail.java", &java, &p2),
        expect(PW, "Deploy.groovy", &groovy, &p3),
        expect(SECRET, "azure-pipelines.yml", &azure, &k1),
        expect(PW, "Config.kt", &kotlin, &p4),
        expect(PW, "Config.swift", &swift, &p5),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn token_blocks_gossip_keys_systemd_and_objc() {
    let mut f = Fake::new(74);
    let (t1, t2) = (f.uuid(), f.uuid());
    let gossip = key(&[
        &f.string(
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
            43,
        ),
        "=",
    ]);
    let (s1, p1) = (f.alnum(24), password(&mut f));
    let totp = f.string(UPPER_DIGITS, 32);
    let (bearer, objc_secret) = (f.alnum(48), f.alnum(20));
    let hcl = format!(
        "acl {{\n  enabled = true\n  tokens {{\n    agent = \"{t1}\"\n    default = \"{t2}\"\n  }}\n}}\nencrypt = \"{gossip}\"\n"
    );
    let unit = format!(
        "[Service]\nEnvironment=\"DB_HOST=db.internal.acme.io\"\nEnvironment=\"API_SECRET={s1}\"\nEnvironment=DB_PASSWORD={p1}\nEnvironment=\"TOTP_SECRET={totp}\"\n"
    );
    let objc = format!(
        "@implementation Uploader\n\n- (NSURLRequest *)uploadRequest {{\n    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:self.endpoint];\n    [req setValue:@\"Bearer {bearer}\" forHTTPHeaderField:@\"Authorization\"];\n    return req;\n}}\nstatic NSString *const kApiSecret = @\"{objc_secret}\";\n@end\n"
    );
    // Type names group constants of every kind: a checksum in `object ApiKeys` is no key.
    let sum = f.string(HEX, 64);
    let kotlin = format!("object ApiKeys {{\n    const val MODEL_SHA256 = \"{sum}\"\n}}\n");
    let rows = scan(&[
        ("agent.hcl", hcl.clone()),
        ("nomad.service", unit.clone()),
        ("Uploader.m", objc.clone()),
        ("ApiKeys.kt", kotlin),
    ]);
    let mut want = vec![
        // The agent token under `tokens { agent = ... }` and the gossip key are Consul's own
        // rules (rules/consul.yaml); the default token beside them is found by the grammar.
        expect("consul-agent-token", "agent.hcl", &hcl, &t1),
        expect(HEXSECRET, "agent.hcl", &hcl, &t2),
        expect("consul-gossip-encryption-key", "agent.hcl", &hcl, &gossip),
        expect(SECRET, "nomad.service", &unit, &s1),
        expect(PW, "nomad.service", &unit, &p1),
        expect("totp-secret-assignment", "nomad.service", &unit, &totp),
        expect(SECRET, "Uploader.m", &objc, &bearer),
        expect(SECRET, "Uploader.m", &objc, &objc_secret),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn redacted_and_elided_values_are_not_secrets() {
    let props = "password = sk-...a1b2\napi_token = ghp_...wxyz\nsecret_key = Tq8v\u{2026}3Hs\ndb_password = ********\nauth_token = xxxxxxxxxxxxxxxx\n";
    let rows = scan(&[("worker.properties", props.to_string())]);
    assert_eq!(rows, Vec::new());
}

#[test]
fn names_in_their_own_words_httpie_and_matlab() {
    let mut f = Fake::new(75);
    let (p1, p2, p3, p4) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let casc = format!(
        "jenkins:\n  securityRealm:\n    ldap:\n      configurations:\n        - server: ldaps://ldap.acme.io\n          managerPasswordSecret: \"{p1}\"\n"
    );
    let ts = format!("export default {{\n  wifiPsk: \"{p2}\",\n}};\n");
    let sh = format!("#!/bin/sh\nhttp -a admin:{p3} GET https://admin.acme.io/api/users\n");
    let m = format!(
        "% connect to the instrument database\nconn = database('spectra', 'labuser', '{p4}', ...\n    'Vendor', 'PostgreSQL');\n"
    );
    let rows = scan(&[
        ("casc/jenkins.yaml", casc.clone()),
        ("config.ts", ts.clone()),
        ("requests.sh", sh.clone()),
        ("db_connect.m", m.clone()),
    ]);
    let mut want = vec![
        expect(PW, "casc/jenkins.yaml", &casc, &p1),
        expect("wifi-psk", "config.ts", &ts, &p2),
        expect(PW, "requests.sh", &sh, &p3),
        expect(PW, "db_connect.m", &m, &p4),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn basic_literals_community_strings_and_url_users() {
    let mut f = Fake::new(76);
    let (p1, p2, p3) = (password(&mut f), password(&mut f), password(&mut f));
    let apex = format!(
        "public class ErpCallout {{\n    public static void push() {{\n        HttpRequest req = new HttpRequest();\n        req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf('sfdc:{p1}')));\n    }}\n}}\n"
    );
    let c = format!("#define MQTT_PORT 8883\nstatic const char *snmp_community = \"{p2}\";\n");
    let bb = format!(
        "SUMMARY = \"agent\"\nSRC_URI = \"git://git.acme.internal/agent.git;protocol=https;branch=main;user=yocto-ci:{p3}\"\n"
    );
    let rows = scan(&[
        ("ErpCallout.cls", apex.clone()),
        ("config.h", c.clone()),
        ("agent_git.bb", bb.clone()),
    ]);
    let mut want = vec![
        expect(PW, "ErpCallout.cls", &apex, &p1),
        expect(PW, "config.h", &c, &p2),
        expect(PW, "agent_git.bb", &bb, &p3),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Calls that take a user and a password as positional literals, on lines with no other
/// keyword: Go `SetBasicAuth`, .NET `NetworkCredential`, JDBC `getConnection`, PHP
/// `mysqli_connect` and `new PDO`, Paho MQTT `username_pw_set`, Groovy `Sql.newInstance`.
#[test]
fn credential_calls_with_no_other_keyword_on_the_line() {
    let mut f = Fake::new(91);
    let p: Vec<String> = (0..7).map(|_| password(&mut f)).collect();
    let go = format!(
        "func sign(req *http.Request) {{\n\treq.SetBasicAuth(\"rotator\", \"{}\")\n}}\n",
        p[0]
    );
    let cs = format!(
        "var cred = new NetworkCredential(\"svc-report\", \"{}\");\n",
        p[1]
    );
    let java = format!(
        "Connection c = DriverManager.getConnection(\"jdbc:postgresql://db/app\", \"app\", \"{}\");\n",
        p[2]
    );
    let php = format!(
        "<?php\n$db = mysqli_connect('db.internal', 'shop', '{}', 'shop');\n$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', '{}');\n",
        p[3], p[4]
    );
    let py = format!(
        "client = mqtt.Client()\nclient.username_pw_set(\"line-3\", \"{}\")\n",
        p[5]
    );
    let groovy = format!(
        "def sql = Sql.newInstance('jdbc:postgresql://pg/billing', 'billing', '{}', 'org.postgresql.Driver')\n",
        p[6]
    );
    let rows = scan(&[
        ("sign.go", go.clone()),
        ("Report.cs", cs.clone()),
        ("Db.java", java.clone()),
        ("db.php", php.clone()),
        ("publisher.py", py.clone()),
        ("migrate.groovy", groovy.clone()),
    ]);
    let mut want = vec![
        expect(PW, "sign.go", &go, &p[0]),
        expect(PW, "Report.cs", &cs, &p[1]),
        expect(PW, "Db.java", &java, &p[2]),
        expect(PW, "db.php", &php, &p[3]),
        expect(PW, "db.php", &php, &p[4]),
        expect(PW, "publisher.py", &py, &p[5]),
        expect(PW, "migrate.groovy", &groovy, &p[6]),
    ];
    want.sort();
    assert_eq!(rows, want);
}
