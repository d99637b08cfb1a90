//! Context detection in the syntaxes the twelfth blind corpus found missing: objects whose
//! `value` member holds the value (ARM/Bicep parameter files), C++ brace initialisation, Lisp
//! definitions, Smalltalk methods answering a literal, AsciiDoc tables, command-line values,
//! INI account sections and basic-auth user maps, and the public or test values that are no
//! secret. Every secret is built at run time; each test asserts rule, path, line and column of
//! every finding.

use crate::common::*;
use crate::context::{expect, scan};

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    crate::context::password_with(f, "!")
}

const SECRET: &str = "generic-secret-assignment";
const HEX_SECRET: &str = "generic-hex-secret-assignment";
const PASSWORD: &str = "generic-password-assignment";
const SQL_PASSWORD: &str = "sql-create-user-password";

#[test]
fn parameter_objects_name_their_value_member() {
    let mut f = Fake::new(2401);
    let (k, p, id) = (f.alnum(40), password(&mut f), f.uuid());
    let arm = format!(
        "{{\n  \"parameters\": {{\n    \"storageAccountKey\": {{ \"value\": \"{k}\" }},\n    \"adminPassword\": {{\n      \"value\": \"{p}\"\n    }},\n    \"tenantId\": {{ \"value\": \"{id}\" }}\n  }}\n}}\n"
    );
    let rows = scan(&[("deploy/main.parameters.json", arm.clone())]);
    let mut want = vec![
        expect(SECRET, "deploy/main.parameters.json", &arm, &k),
        expect(PASSWORD, "deploy/main.parameters.json", &arm, &p),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn brace_initialisers_lisp_definitions_and_smalltalk_methods() {
    let mut f = Fake::new(2402);
    let p: Vec<String> = (0..4).map(|_| password(&mut f)).collect();
    let k: Vec<String> = (0..2).map(|_| f.alnum(32)).collect();
    let cpp = format!(
        "namespace plant {{\nconst std::string kServicePassword{{\"{}\"}};\nauto apiToken{{\"{}\"}};\nconst std::string kUser{{\"historian\"}};\nfoo(bar{{\"{}\"}});\n}}\n",
        p[0], k[0], k[1]
    );
    let lisp = format!(
        "(in-package :svc)\n(defvar *db-password* \"{}\")\n(defconstant +api-token+ \"{}\")\n(defvar *api-key* (uiop:getenv \"API_KEY\"))\n",
        p[1], k[1]
    );
    let st = format!(
        "Config class >> smtpPassword [\n\t^ '{}'\n]\n\nConfig class >> dbPassword [\n\t^ self lookup: '{}'\n]\n",
        p[2], p[3]
    );
    let rows = scan(&[
        ("src/client.cpp", cpp.clone()),
        ("config.lisp", lisp.clone()),
        ("src/Config.class.st", st.clone()),
    ]);
    let mut want = vec![
        expect(PASSWORD, "src/client.cpp", &cpp, &p[0]),
        expect(SECRET, "src/client.cpp", &cpp, &k[0]),
        expect(PASSWORD, "config.lisp", &lisp, &p[1]),
        expect(SECRET, "config.lisp", &lisp, &k[1]),
        expect(PASSWORD, "src/Config.class.st", &st, &p[2]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn asciidoc_tables_with_a_credential_column() {
    let mut f = Fake::new(2403);
    let (h, k) = (
        f.string(b"0123456789abcdef", 64),
        f.string(b"0123456789abcdef", 40),
    );
    let adoc = format!(
        "= Integrations\n\n== Sandbox\n\n[cols=\"1,2\"]\n|===\n|Service |Key\n\n|Signing service (test mode) |`{h}`\n|Other service |`<key from the admin console>`\n|Document service sandbox |{k}\n|===\n"
    );
    let rows = scan(&[("docs/INTEGRATIONS.adoc", adoc.clone())]);
    let mut want = vec![
        expect(HEX_SECRET, "docs/INTEGRATIONS.adoc", &adoc, &h),
        expect(HEX_SECRET, "docs/INTEGRATIONS.adoc", &adoc, &k),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn command_line_values_and_key_headers() {
    let mut f = Fake::new(2404);
    let (p0, p1) = (password(&mut f), password(&mut f));
    let hex: Vec<String> = (0..4).map(|_| f.string(b"0123456789abcdef", 32)).collect();
    let sh = format!(
        "#!/bin/sh\nHDR=$(curl -sk -u svc-ui:\"{p0}\" -X POST \"$MGR/auth\")\ncurl -u admin:'{p1}' https://host.internal/api\ncurl -s -H 'Key: {}' https://api.example.org/v1/check\n",
        hex[0]
    );
    let cron = format!(
        "0 3 * * * /usr/local/bin/sync-tasks --token 1/{} >> /var/log/sync.log\n",
        hex[1]
    );
    let http = format!(
        "### check\nGET https://api.example.org/v2/check?ip=198.51.100.23\nKey: {}\nAccept: application/json\n\n### other\nGET https://api.example.org/v1/items\nX-Key: {}\n",
        hex[2], hex[3]
    );
    let rows = scan(&[
        ("scripts/check.sh", sh.clone()),
        ("deploy/crontab", cron.clone()),
        ("requests/check.http", http.clone()),
    ]);
    let mut want = vec![
        expect(PASSWORD, "scripts/check.sh", &sh, &p0),
        expect(PASSWORD, "scripts/check.sh", &sh, &p1),
        expect(HEX_SECRET, "scripts/check.sh", &sh, &hex[0]),
        expect(
            HEX_SECRET,
            "deploy/crontab",
            &cron,
            &format!("1/{}", hex[1]),
        ),
        expect(HEX_SECRET, "requests/check.http", &http, &hex[2]),
        expect(HEX_SECRET, "requests/check.http", &http, &hex[3]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn account_sections_and_basic_auth_user_maps() {
    let mut f = Fake::new(2405);
    let p: Vec<String> = (0..4).map(|_| password(&mut f)).collect();
    let hash = format!(
        "-pbkdf2-{},{},10",
        f.string(b"0123456789abcdef", 40),
        f.string(b"0123456789abcdef", 32)
    );
    let ini = format!(
        "[server]\nbind_address = 0.0.0.0\n\n[accounts]\nadmin = {}\nreplicator = {hash}\n",
        p[0]
    );
    // Grafana's `[users]` section holds settings, not accounts.
    let grafana = "[users]\nallow_sign_up = false\nauto_assign_org_role = Viewer\nlogin_hint = email or username\nuser_invite_max_lifetime_duration = 24h\n".to_string();
    let go = format!(
        "func main() {{\n\tapp := fiber.New()\n\tapp.Use(basicauth.New(basicauth.Config{{Users: map[string]string{{\n\t\t\"metrics\": \"{}\",\n\t\t\"ops\": \"{}\",\n\t}}}}))\n\tr.Group(\"/\", gin.BasicAuth(gin.Accounts{{\"admin\": \"{}\"}}))\n}}\n",
        p[1], p[2], p[3]
    );
    let rows = scan(&[
        ("etc/service.ini", ini.clone()),
        ("conf/grafana.ini", grafana),
        ("cmd/gw/main.go", go.clone()),
    ]);
    let mut want = vec![
        expect(PASSWORD, "etc/service.ini", &ini, &p[0]),
        expect(PASSWORD, "cmd/gw/main.go", &go, &p[1]),
        expect(PASSWORD, "cmd/gw/main.go", &go, &p[2]),
        expect(PASSWORD, "cmd/gw/main.go", &go, &p[3]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn public_names_postgres_hashes_and_test_markers_are_no_secrets() {
    let mut f = Fake::new(2406);
    let (a, b, c, k) = (f.alnum(32), f.alnum(32), f.alnum(32), f.alnum(32));
    let pw = password(&mut f);
    let env = format!(
        "NEXT_PUBLIC_MAP_TOKEN={a}\nEXPO_PUBLIC_API_KEY={b}\nPUBLIC_ANALYTICS_KEY={c}\nPAYMENT_KEY={}\nDUMMY_PASSWORD=\"{}-for-tests\"\nSERVER_API_KEY={k}\n",
        key(&["pk", "_live_", &f.alnum(24)]),
        f.alnum(10)
    );
    let sql = format!(
        "CREATE ROLE app LOGIN PASSWORD 'md5{}';\nALTER ROLE rep PASSWORD 'SCRAM-SHA-256$4096:{}=${}=:{}=';\nALTER ROLE owner PASSWORD '{pw}';\n",
        f.string(b"0123456789abcdef", 32),
        f.alnum(23),
        f.alnum(43),
        f.alnum(43)
    );
    let rows = scan(&[
        (".env.local", env.clone()),
        ("sql/001_roles.sql", sql.clone()),
    ]);
    let mut want = vec![
        expect(SECRET, ".env.local", &env, &k),
        expect(SQL_PASSWORD, "sql/001_roles.sql", &sql, &pw),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn credentials_sections_keep_their_entries_names() {
    let mut f = Fake::new(2407);
    let id = key(&["GOOG1E", &f.string(b"0123456789ABCDEF", 32)]);
    let boto = format!("[Credentials]\ngs_access_key_id = {id}\n");
    assert_eq!(scan(&[("home/.boto", boto)]), vec![]);
}
