//! Context detection in declaration and table syntaxes the ninth blind corpus found missing:
//! types written after the name (Ada `constant String :=`, Zig `[]const u8`, SQL `VARCHAR(50)`,
//! Nim's export mark, Kotlin/Swift/TypeScript/Go typed names ending in `Key`), Odin constants,
//! AppleScript `set x to`, PowerShell's variable cmdlets, Lua long strings, Rust `String::from`,
//! C++ raw strings, and table cells on lines of their own (reStructuredText `list-table`,
//! AsciiDoc) (`src/matcher/assign.rs`, `src/matcher/terms.rs`). Every secret is built at run
//! time; each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    crate::context::password_with(f, "*")
}

#[test]
fn types_written_after_the_name() {
    let mut f = Fake::new(181);
    let p: Vec<String> = (0..6).map(|_| password(&mut f)).collect();
    let k: Vec<String> = (0..5).map(|_| f.alnum(24)).collect();
    // A lookup is no literal.
    let ada = format!(
        "package Credentials is\n   UplinkKey : constant String := \"{}\";\n   Db_Password : aliased constant String := \"{}\";\n   Other_Key : constant String := Ada.Environment_Variables.Value (\"OTHER_KEY\");\nend Credentials;\n",
        k[0], p[0]
    );
    let zig = format!("pub const api_token: []const u8 = \"{}\";\n", k[1]);
    let nim = format!("let apiToken* = \"{}\"\n", k[2]);
    let sql = format!(
        "DECLARE @password VARCHAR(50) = '{}';\nDECLARE\n  c_password CONSTANT VARCHAR2(30) := '{}';\n",
        p[1], p[2]
    );
    let kt = format!(
        "object Keys {{\n    val uplinkKey: String = \"{}\"\n}}\n",
        k[3]
    );
    let go = format!("package keys\n\nvar UplinkKey string = \"{}\"\n", k[4]);
    // A Haskell type signature is no value.
    let odin = format!(
        "package config\n\nDB_PASSWORD :: \"{}\"\nadminPassword :: String\n",
        p[3]
    );
    let rows = scan(&[
        ("src/credentials.ads", ada.clone()),
        ("src/keys.zig", zig.clone()),
        ("src/keys.nim", nim.clone()),
        ("db/setup.sql", sql.clone()),
        ("Keys.kt", kt.clone()),
        ("keys.go", go.clone()),
        ("config.odin", odin.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-secret-assignment",
            "src/credentials.ads",
            &ada,
            &k[0],
        ),
        expect(
            "generic-password-assignment",
            "src/credentials.ads",
            &ada,
            &p[0],
        ),
        expect("generic-secret-assignment", "src/keys.zig", &zig, &k[1]),
        expect("generic-secret-assignment", "src/keys.nim", &nim, &k[2]),
        expect("generic-password-assignment", "db/setup.sql", &sql, &p[1]),
        expect("generic-password-assignment", "db/setup.sql", &sql, &p[2]),
        expect("generic-secret-assignment", "Keys.kt", &kt, &k[3]),
        expect("generic-secret-assignment", "keys.go", &go, &k[4]),
        expect("generic-password-assignment", "config.odin", &odin, &p[3]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn applescript_set_and_powershell_variable_cmdlets() {
    let mut f = Fake::new(182);
    let p: Vec<String> = (0..4).map(|_| password(&mut f)).collect();
    // A shell call is no literal.
    let scpt = format!(
        "mount volume \"smb://fs.acme.test/finance\" as user name \"jdoe\" with password \"{}\"\nset nasPassword to \"{}\"\nset keychainPassword to do shell script \"security find-generic-password -w -s nas\"\n",
        p[0], p[1]
    );
    let ps1 = format!(
        "Set-Variable -Name DbPassword -Value '{}' -Scope Script\nNew-Variable -Name AdminPassword -Value \"{}\" -Option Constant\nSet-Variable -Name ApiPassword -Value $env:API_PASSWORD\n",
        p[2], p[3]
    );
    let rows = scan(&[
        ("mount-shares.applescript", scpt.clone()),
        ("deploy.ps1", ps1.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "mount-shares.applescript",
            &scpt,
            &p[0],
        ),
        expect(
            "generic-password-assignment",
            "mount-shares.applescript",
            &scpt,
            &p[1],
        ),
        expect("generic-password-assignment", "deploy.ps1", &ps1, &p[2]),
        expect("generic-password-assignment", "deploy.ps1", &ps1, &p[3]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn lua_long_strings_rust_owned_strings_and_cpp_raw_strings() {
    let mut f = Fake::new(183);
    let p: Vec<String> = (0..4).map(|_| password(&mut f)).collect();
    // A nested list is no long string.
    let lua = format!(
        "local db_password = [[{}]]\nlocal api_tokens = [[1, 2]]\n",
        p[0]
    );
    let rs = format!(
        "fn config() -> Config {{\n    let db_password = String::from(\"{}\");\n    Config {{ db_password }}\n}}\n",
        p[1]
    );
    let cpp = format!(
        "const std::string kDbPassword = R\"({})\";\nconst std::string kAdminPassword = R\"x({})x\";\n",
        p[2], p[3]
    );
    let rows = scan(&[
        ("access.lua", lua.clone()),
        ("src/config.rs", rs.clone()),
        ("auth.cpp", cpp.clone()),
    ]);
    let mut want = vec![
        expect("generic-password-assignment", "access.lua", &lua, &p[0]),
        expect("generic-password-assignment", "src/config.rs", &rs, &p[1]),
        expect("generic-password-assignment", "auth.cpp", &cpp, &p[2]),
        expect("generic-password-assignment", "auth.cpp", &cpp, &p[3]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn table_cells_on_lines_of_their_own() {
    let mut f = Fake::new(184);
    let p: Vec<String> = (0..3).map(|_| password(&mut f)).collect();
    let token = f.alnum(32);
    // The header row (`name` / `value`) and a placeholder name nothing.
    let rst = format!(
        "Newsletter stack\n================\n\n.. list-table:: Staging credentials\n   :header-rows: 1\n\n   * - name\n     - value\n   * - staging_admin_password\n     - ``{}``\n   * - production_admin_password\n     - ``<password>``\n",
        p[0]
    );
    let adoc = format!(
        "= Ops\n\n[cols=\"1,1\"]\n|===\n| Name\n| Value\n\n| db_password\n| {}\n\na| api_token\na| `{token}`\n|===\n\n|===\n| name | value\n| smtp_password | {}\n|===\n",
        p[1], p[2]
    );
    let rows = scan(&[("README.rst", rst.clone()), ("docs/ops.adoc", adoc.clone())]);
    let mut want = vec![
        expect("generic-password-assignment", "README.rst", &rst, &p[0]),
        expect("generic-password-assignment", "docs/ops.adoc", &adoc, &p[1]),
        expect("generic-secret-assignment", "docs/ops.adoc", &adoc, &token),
        expect("generic-password-assignment", "docs/ops.adoc", &adoc, &p[2]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn table_columns_named_by_a_header_row() {
    let mut f = Fake::new(185);
    let p: Vec<String> = (0..4).map(|_| password(&mut f)).collect();
    let token = f.alnum(32);
    let sid = key(&["AC", &f.string(HEX, 32)]);
    // A placeholder cell and a row after the table has ended are no values; a two-column table
    // is named by its rows (`twilio account` says the identifier it holds is an account's).
    let md = format!(
        "# Staging\n\n| Service | User | Password | Notes |\n|---------|------|----------|-------|\n| postgres | app | `{}` | primary |\n| redis | default | {} | cache |\n| grafana | admin | <password> | ask ops |\n\nSee also:\n| api | svc | {} | none |\n",
        p[0], p[1], p[3]
    );
    let adoc = format!(
        "|===\n| Host | Username | Password\n\n| db01 | root | {}\n|===\n\n| Name | Scope | Token |\n| --- | --- | --- |\n| ci | deploy | {token} |\n\n| service | credential |\n|---|---|\n| twilio account | `{sid}` |\n",
        p[2]
    );
    let rows = scan(&[
        ("docs/staging.md", md.clone()),
        ("docs/hosts.adoc", adoc.clone()),
    ]);
    let mut want = vec![
        expect("generic-password-assignment", "docs/staging.md", &md, &p[0]),
        expect("generic-password-assignment", "docs/staging.md", &md, &p[1]),
        expect(
            "generic-password-assignment",
            "docs/hosts.adoc",
            &adoc,
            &p[2],
        ),
        expect(
            "generic-secret-assignment",
            "docs/hosts.adoc",
            &adoc,
            &token,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn html_cells_and_csv_columns() {
    let mut f = Fake::new(187);
    let p: Vec<String> = (0..5).map(|_| password(&mut f)).collect();
    let token = f.alnum(32);
    // A cell of prose is no value.
    let html = format!(
        "<table>\n<tr><td>Password</td><td>{}</td></tr>\n<tr><td>API token</td><td><code>{token}</code></td></tr>\n<tr><td>Password</td><td>minimum 12 characters</td></tr>\n<tr>\n  <td>db_password</td>\n  <td>{}</td>\n</tr>\n</table>\n<dl><dt>smtp_password</dt><dd>{}</dd></dl>\n",
        p[0], p[1], p[2]
    );
    // Two fields under `service,credential` are a label and its value.
    let csv = format!(
        "host,user,password\ndb01,root,{}\n\nusername,password\nadmin,{}\n\nservice,credential\ntwilio account,{}\n",
        p[3],
        p[4],
        key(&["AC", &f.string(HEX, 32)])
    );
    let rows = scan(&[
        ("docs/access.html", html.clone()),
        ("creds.csv", csv.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "docs/access.html",
            &html,
            &p[0],
        ),
        expect(
            "generic-secret-assignment",
            "docs/access.html",
            &html,
            &token,
        ),
        expect(
            "generic-password-assignment",
            "docs/access.html",
            &html,
            &p[1],
        ),
        expect(
            "generic-password-assignment",
            "docs/access.html",
            &html,
            &p[2],
        ),
        expect("generic-password-assignment", "creds.csv", &csv, &p[3]),
        expect("generic-password-assignment", "creds.csv", &csv, &p[4]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn values_continued_on_the_next_line() {
    let mut f = Fake::new(188);
    let p: Vec<String> = (0..3).map(|_| password(&mut f)).collect();
    let toml = format!("[smtp]\npassword = \"\"\"\n{}\"\"\"\n", p[0]);
    let py = format!("DB_PASSWORD = '''\n{}\n'''\n", p[1]);
    let props = format!(
        "db.url=jdbc:postgresql://db:5432/app\ndb.password=\\\n    {}\n",
        p[2]
    );
    let rows = scan(&[
        ("config.toml", toml.clone()),
        ("settings.py", py.clone()),
        ("app.properties", props.clone()),
    ]);
    let mut want = vec![
        expect("generic-password-assignment", "config.toml", &toml, &p[0]),
        expect("generic-password-assignment", "settings.py", &py, &p[1]),
        expect(
            "generic-password-assignment",
            "app.properties",
            &props,
            &p[2],
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn cobol_move_abap_and_sql_defaults_swift_and_csharp_strings() {
    let mut f = Fake::new(189);
    let p: Vec<String> = (0..8).map(|_| password(&mut f)).collect();
    let cbl = format!(
        "       PROCEDURE DIVISION.\n           MOVE '{}' TO WS-DB-PASSWORD.\n",
        p[0]
    );
    let abap = format!(
        "CONSTANTS lc_password TYPE string VALUE '{}'.\nDATA(lv_rfc_password) = '{}'.\n",
        p[1], p[2]
    );
    let sql = format!(
        "DECLARE\n  g_password CONSTANT VARCHAR2(30) DEFAULT '{}';\nBEGIN\n  NULL;\nEND;\n",
        p[3]
    );
    // An interpolated string with a hole is no literal.
    let cs = format!(
        "var dbPassword = $\"{}\";\nvar adminPassword = $\"{{prefix}}{}\";\n",
        p[4], p[5]
    );
    let swift = format!("let dbPassword = #\"{}\"#\n", p[6]);
    let sh = format!(
        "aws ssm put-parameter --name /prod/db/password --value '{}' --type SecureString\n",
        p[7]
    );
    let rows = scan(&[
        ("src/batch.cbl", cbl.clone()),
        ("zcl_rfc.abap", abap.clone()),
        ("pkg_auth.pks", sql.clone()),
        ("Settings.cs", cs.clone()),
        ("Secrets.swift", swift.clone()),
        ("put-params.sh", sh.clone()),
    ]);
    let mut want = vec![
        expect("generic-password-assignment", "src/batch.cbl", &cbl, &p[0]),
        expect("generic-password-assignment", "zcl_rfc.abap", &abap, &p[1]),
        expect("generic-password-assignment", "zcl_rfc.abap", &abap, &p[2]),
        expect("generic-password-assignment", "pkg_auth.pks", &sql, &p[3]),
        expect("generic-password-assignment", "Settings.cs", &cs, &p[4]),
        expect(
            "generic-password-assignment",
            "Secrets.swift",
            &swift,
            &p[6],
        ),
        expect("generic-password-assignment", "put-params.sh", &sh, &p[7]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn heredocs_and_parenthesised_literals_of_one_line() {
    let mut f = Fake::new(190);
    let p: Vec<String> = (0..4).map(|_| password(&mut f)).collect();
    let php = format!("<?php\n$cfg['db_password'] = <<<'EOT'\n{}\nEOT;\n", p[0]);
    // A body of two lines is no one value.
    let tf = format!(
        "resource \"x\" \"y\" {{\n  password = <<EOT\n{}\nEOT\n  other_password = <<EOT\n{}\nsecond line\nEOT\n}}\n",
        p[1], p[3]
    );
    let py = format!("DB_PASSWORD = (\n    \"{}\"\n)\n", p[2]);
    let rows = scan(&[
        ("config.php", php.clone()),
        ("main.tf", tf.clone()),
        ("settings.py", py.clone()),
    ]);
    let mut want = vec![
        expect("generic-password-assignment", "config.php", &php, &p[0]),
        expect("generic-password-assignment", "main.tf", &tf, &p[1]),
        expect("generic-password-assignment", "settings.py", &py, &p[2]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn csv_rows_far_below_their_header() {
    let mut f = Fake::new(191);
    let p: Vec<String> = (0..5).map(|_| password(&mut f)).collect();
    let mut csv = String::from("User name,Password,Console login link\n");
    for (i, pw) in p.iter().enumerate() {
        csv.push_str(&format!(
            "deploy{i},{pw},https://acme.signin.example/console\n"
        ));
    }
    let rows = scan(&[("credentials.csv", csv.clone())]);
    let mut want: Vec<_> = p
        .iter()
        .map(|pw| expect("generic-password-assignment", "credentials.csv", &csv, pw))
        .collect();
    want.sort();
    assert_eq!(rows, want);
}
