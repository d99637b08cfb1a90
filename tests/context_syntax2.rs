//! Context detection in syntaxes found missing by the eighth blind corpus: test-automation
//! files (Robot Framework variables, JMeter arguments, Selenium/Playwright/Cypress typing into a
//! password field, Gatling `basicAuth`), quoted map arrows, command lines (Samba `net ads`,
//! Kerberos `kinit`/`kadmin`, Oracle `mkstore`, httpie `--auth`), SQL `IDENTIFIED BY` on its own
//! line, a `user:password` encoded in code, and Markdown rows labelled in words
//! (`src/matcher/assign.rs`, `src/matcher/terms.rs`). Every secret is built at run time; each
//! test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    crate::context::password_with(f, "!")
}

#[test]
fn test_automation_variables_arguments_and_password_fields() {
    let mut f = Fake::new(141);
    let (p1, p2, p3, p4, p5, p6) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let token = f.string(HEX, 40);
    let api = f.alnum(32);
    // An environment reference is no value; an e-mail field is no password field.
    let robot = format!(
        "*** Variables ***\n${{ADMIN_USER}}       qa_admin\n${{ADMIN_PASSWORD}}    {p1}\n${{API_TOKEN}}         {token}\n${{SSO_PASSWORD}}      %{{SSO_PASSWORD}}\n"
    );
    let jmx = format!(
        "<jmeterTestPlan>\n  <collectionProp name=\"Arguments.arguments\">\n    <elementProp name=\"key\" elementType=\"Argument\">\n      <stringProp name=\"Argument.name\">api_key</stringProp>\n      <stringProp name=\"Argument.value\">{api}</stringProp>\n    </elementProp>\n  </collectionProp>\n</jmeterTestPlan>\n"
    );
    let java = format!(
        "class LoginPage {{\n  void login() {{\n    driver.findElement(By.id(\"password\")).sendKeys(\"{p2}\");\n    driver.findElement(By.id(\"email\")).sendKeys(\"{}\");\n  }}\n}}\n",
        f.alnum(14)
    );
    let ts = format!(
        "test('login', async ({{ page }}) => {{\n  await page.fill('#email', '{}');\n  await page.fill('#password', '{p3}');\n  cy.get('input[name=password]').type('{p4}');\n}});\n",
        f.alnum(14)
    );
    let scala = format!(
        "class Checkout extends Simulation {{\n  val httpProtocol = http.baseUrl(\"https://staging.acme.test\").basicAuth(\"perf\", \"{p5}\")\n}}\n"
    );
    let groovy =
        format!("// Nexus script API\nsecurity.securitySystem.changePassword('admin', '{p6}')\n");
    let rows = scan(&[
        ("robot/staging.robot", robot.clone()),
        ("perf/checkout.jmx", jmx.clone()),
        ("LoginPage.java", java.clone()),
        ("login.spec.ts", ts.clone()),
        ("Checkout.scala", scala.clone()),
        ("provision.groovy", groovy.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-password-assignment",
            "robot/staging.robot",
            &robot,
            &p1,
        ),
        expect(
            "generic-hex-secret-assignment",
            "robot/staging.robot",
            &robot,
            &token,
        ),
        expect("generic-secret-assignment", "perf/checkout.jmx", &jmx, &api),
        expect("generic-password-assignment", "LoginPage.java", &java, &p2),
        expect("generic-password-assignment", "login.spec.ts", &ts, &p3),
        expect("generic-password-assignment", "login.spec.ts", &ts, &p4),
        expect("generic-password-assignment", "Checkout.scala", &scala, &p5),
        expect(
            "generic-password-assignment",
            "provision.groovy",
            &groovy,
            &p6,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn quoted_map_arrows_name_their_value() {
    let mut f = Fake::new(142);
    let (p1, p2) = (password(&mut f), password(&mut f));
    let scala = format!(
        "object Export {{\n  val sfOptions = Map(\"sfURL\" -> \"acme.snowflakecomputing.com\", \"sfUser\" -> \"EXPORT\", \"sfPassword\" -> \"{p1}\")\n}}\n"
    );
    let groovy = format!("def creds = [\"user\" -> \"svc\", \"password\" -> \"{p2}\"]\n");
    let rows = scan(&[
        ("Export.scala", scala.clone()),
        ("creds.groovy", groovy.clone()),
    ]);
    let mut want = vec![
        expect("generic-password-assignment", "Export.scala", &scala, &p1),
        expect("generic-password-assignment", "creds.groovy", &groovy, &p2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn samba_kerberos_oracle_wallet_and_httpie_command_lines() {
    let mut f = Fake::new(143);
    let p: Vec<String> = (0..5).map(|_| password(&mut f)).collect();
    // `-U user` without `%` and `mkstore -create` (password on stdin) hold no password.
    let sh = format!(
        "#!/bin/sh\nnet ads join -U 'svc-join%{}' createcomputer=Servers/Linux\nnet ads leave -U svc-join\necho '{}' | kinit admin@ACME.TEST\nkadmin -p admin/admin -w '{}' -q 'listprincs'\nmkstore -wrl $WALLET -create\nmkstore -wrl $WALLET -createCredential ORCLPDB1 batch_user '{}'\nhttp --auth admin:{} GET https://grafana.acme.test/api/health\n",
        p[0], p[1], p[2], p[3], p[4]
    );
    let rows = scan(&[("ops.sh", sh.clone())]);
    let mut want: Vec<_> = p
        .iter()
        .map(|v| expect("generic-password-assignment", "ops.sh", &sh, v))
        .collect();
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn sql_identified_by_on_its_own_line_and_encoded_user_password() {
    let mut f = Fake::new(144);
    let (p1, p2) = (password(&mut f), password(&mut f));
    let sql = format!("CREATE USER IF NOT EXISTS 'app'@'10.20.%'\n  IDENTIFIED BY '{p1}';\n");
    // A template with a variable in it is no literal credential.
    let py = format!(
        "class ProxyAuth:\n    def process_request(self, request, spider):\n        creds = base64.b64encode(b'zone-dc:{p2}').decode()\n        request.headers['Proxy-Authorization'] = 'Basic ' + creds\n        other = base64.b64encode(f'{{user}}:{{pw}}'.encode())\n"
    );
    let rows = scan(&[("replica.sql", sql.clone()), ("middlewares.py", py.clone())]);
    let mut want = vec![
        expect("generic-password-assignment", "replica.sql", &sql, &p1),
        expect("generic-password-assignment", "middlewares.py", &py, &p2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn markdown_rows_labelled_in_words() {
    let mut f = Fake::new(145);
    let token = f.string(HEX, 32);
    // A row of prose is no credential.
    let md = format!(
        "| service | value |\n|---|---|\n| twilio auth token | `{token}` |\n| password policy | at least twelve characters |\n"
    );
    let rows = scan(&[("runbooks/oncall.md", md.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "twilio-auth-token",
            "runbooks/oncall.md",
            &md,
            &token
        )]
    );
}

#[test]
fn basic_headers_with_opaque_values_and_under_a_host_name() {
    let mut f = Fake::new(146);
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let (v1, v2, v3) = (f.string(B64, 28), f.string(B64, 32), f.string(B64, 36));
    // Base64 of a sentence decodes to text: no credential.
    use base64::Engine;
    let sentence = base64::engine::general_purpose::STANDARD.encode("not a credential at all here");
    let http = format!(
        "### daily\nGET https://reports.acme.test/api/daily\nAuthorization: Basic {v1}\n\n### other\nGET https://reports.acme.test/api/other\nAuthorization: Basic {sentence}\n"
    );
    let haproxy = format!(
        "backend api\n    server api1 10.30.1.10:8080 check\n    http-request set-header Authorization \"Basic {v2}\"\n"
    );
    let gem = format!(
        "---\n:rubygems_api_key: {}\n:artifactory: Basic {v3}\n",
        f.alnum(6)
    );
    let rows = scan(&[
        ("http/partner.http", http.clone()),
        ("haproxy/haproxy.cfg", haproxy.clone()),
        ("home/.gem/credentials", gem.clone()),
    ]);
    let mut want = vec![
        expect("http-basic-auth-header", "http/partner.http", &http, &v1),
        expect(
            "http-basic-auth-header",
            "haproxy/haproxy.cfg",
            &haproxy,
            &v2,
        ),
        expect("http-basic-auth-header", "home/.gem/credentials", &gem, &v3),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn nexus_script_api_user_password() {
    let mut f = Fake::new(147);
    let pw = password(&mut f);
    let groovy = format!(
        "// Nexus script API\nsecurity.addUser('ci-deployer', 'CI', 'Deployer', 'ci@acme.test', true, '{pw}', ['nx-deploy'])\n"
    );
    let rows = scan(&[("provision.groovy", groovy.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-password-assignment",
            "provision.groovy",
            &groovy,
            &pw
        )]
    );
}

#[test]
fn robot_input_keywords_and_one_argument_fills() {
    let mut f = Fake::new(148);
    let (p1, p2, p3, p4) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    // A user name typed into a text field and a variable are no password.
    let robot = format!(
        "*** Test Cases ***\nLogin\n    Input Text        id=username    qa_admin\n    Input Password    id=password    {p1}\n    Input Text        css=#passwd    {p2}\n    Input Password    id=password    ${{SSO_PASSWORD}}\n"
    );
    let ts = format!(
        "await page.getByLabel('Password').fill('{p3}');\nawait page.getByLabel('Email').fill('{}');\nawait $('#password').setValue('{p4}');\n",
        f.alnum(14)
    );
    let rows = scan(&[("login.robot", robot.clone()), ("pw.spec.ts", ts.clone())]);
    let mut want = vec![
        expect("generic-password-assignment", "login.robot", &robot, &p1),
        expect("generic-password-assignment", "login.robot", &robot, &p2),
        expect("generic-password-assignment", "pw.spec.ts", &ts, &p3),
        expect("generic-password-assignment", "pw.spec.ts", &ts, &p4),
    ];
    want.sort();
    assert_eq!(rows, want);
}
