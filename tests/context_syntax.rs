//! Context detection in syntaxes where the credential's name is not beside its value: Basic
//! credentials as string literals, XML values under a credential-named parent element, mid-line
//! `password "v"` pairs, Kubernetes Secret `data:` values, arrays of secrets
//! (`src/matcher/assign.rs`). Every secret is built at run time; each test asserts rule, path,
//! line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    crate::context::password_with(f, "%")
}

fn base64(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}

#[test]
fn basic_credentials_as_literals_and_auth_named_base64() {
    let mut f = Fake::new(61);
    let (p1, p2) = (password(&mut f), password(&mut f));
    let (c1, c2) = (
        base64(&format!("svc-deploy:{p1}")),
        base64(&format!("svc-registry:{p2}")),
    );
    let swift = format!(
        "final class APIClient {{\n    func authorize(_ req: inout URLRequest) {{\n        req.setValue(\"Basic {c1}\", forHTTPHeaderField: \"Authorization\")\n    }}\n}}\n"
    );
    // Base64 of no `user:password` is not a credential, under an auth name or after `Basic`.
    let plain = base64(&f.alnum(30));
    let scala = format!(
        "object Enrich {{\n  val schemaRegistryAuth = \"{c2}\"\n  val cacheAuth = \"{plain}\"\n  val header = \"Basic {plain}\"\n}}\n"
    );
    let rows = scan(&[
        ("APIClient.swift", swift.clone()),
        ("Enrich.scala", scala.clone()),
    ]);
    let mut want = vec![
        expect("http-basic-auth-header", "APIClient.swift", &swift, &c1),
        expect("http-basic-auth-header", "Enrich.scala", &scala, &c2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn password_words_in_the_middle_of_a_line_of_words() {
    let mut f = Fake::new(62);
    let (p1, p2, p3) = (password(&mut f), password(&mut f), password(&mut f));
    let fetchmail = format!(
        "poll imap.acme-mail.net protocol IMAP user \"archive\" password \"{p1}\" ssl\npoll pop.acme.net proto pop3 user bob pass {p2} keep\n"
    );
    // Code, prose with punctuation and an unquoted value with no user word are not read.
    let notes = format!("if (password \"{p3}\" && ok) {{\nreset the password {p3} now\n",);
    let rows = scan(&[
        (".fetchmailrc", fetchmail.clone()),
        ("notes.txt", notes.clone()),
    ]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect(pw, ".fetchmailrc", &fetchmail, &p1),
        expect(pw, ".fetchmailrc", &fetchmail, &p2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn one_line_arrays_of_secrets() {
    let mut f = Fake::new(63);
    let (s1, s2, s3, s4) = (f.alnum(40), f.alnum(40), f.alnum(32), f.alnum(32));
    let perl = format!(
        "{{\n    hypnotoad => {{ listen => ['http://*:8080'], workers => 4 }},\n    secrets => ['{s1}', '{s2}'],\n}};\n"
    );
    let ruby = format!("config.api_tokens = [\"{s3}\"]\nconfig.hosts = [\"{s4}\"]\n");
    let rows = scan(&[("ledger.conf", perl.clone()), ("app.rb", ruby.clone())]);
    let sec = "generic-secret-assignment";
    let mut want = vec![
        expect(sec, "ledger.conf", &perl, &s1),
        expect(sec, "ledger.conf", &perl, &s2),
        expect(sec, "app.rb", &ruby, &s3),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn xml_values_under_a_credential_named_parent() {
    let mut f = Fake::new(64);
    let (p1, p2, p3, p4, p5) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    // base64 of UTF-16LE `Password`: the encoded form of an empty password.
    let empty = {
        use base64::Engine;
        let utf16: Vec<u8> = "Password".bytes().flat_map(|b| [b, 0]).collect();
        base64::engine::general_purpose::STANDARD.encode(utf16)
    };
    let unattend = format!(
        "<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">\n  <settings pass=\"oobeSystem\">\n    <component name=\"Microsoft-Windows-Shell-Setup\">\n      <UserAccounts>\n        <AdministratorPassword>\n          <Value>{p1}</Value>\n          <PlainText>true</PlainText>\n        </AdministratorPassword>\n      </UserAccounts>\n      <AutoLogon>\n        <Password>\n          <PlainText>true</PlainText>\n          <Value>{p2}</Value>\n        </Password>\n        <Username>kiosk</Username>\n        <Password>\n          <Value>{empty}</Value>\n          <PlainText>false</PlainText>\n        </Password>\n        <Description>\n          <Value>{p5}</Value>\n        </Description>\n      </AutoLogon>\n    </component>\n  </settings>\n</unattend>\n"
    );
    let wildfly = format!(
        "<server>\n  <datasource jndi-name=\"java:jboss/datasources/BillingDS\">\n    <security>\n      <user-name>BILL_APP</user-name>\n      <password>{p3}</password>\n    </security>\n  </datasource>\n  <credential-store name=\"cs\" location=\"cs.jceks\">\n    <credential-reference\n        clear-text=\"{p4}\"/>\n  </credential-store>\n</server>\n"
    );
    let rows = scan(&[
        ("deploy/unattend.xml", unattend.clone()),
        ("wildfly/standalone.xml", wildfly.clone()),
    ]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect(pw, "deploy/unattend.xml", &unattend, &p1),
        expect(pw, "deploy/unattend.xml", &unattend, &p2),
        expect(pw, "wildfly/standalone.xml", &wildfly, &p3),
        expect(pw, "wildfly/standalone.xml", &wildfly, &p4),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn kubernetes_secret_keys_are_judged_by_their_credential_word() {
    let mut f = Fake::new(65);
    let (t1, t2, t3) = (f.alnum(20), f.alnum(24), f.alnum(24));
    let secret = format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: gitlab-runner\ntype: Opaque\ndata:\n  runner-registration-token: {}\n  username: {}\nstringData:\n  device-registration-token: {t2}\n",
        base64(&t1),
        base64("gitlab-runner-user"),
    );
    // Outside a Secret a registration token is an identifier, as before.
    let config = format!("runner:\n  runner-registration-token: {t3}\n");
    let rows = scan(&[
        ("k8s/runner-secret.yaml", secret.clone()),
        ("config.yaml", config.clone()),
    ]);
    let tok = "generic-secret-assignment";
    let mut want = vec![
        expect(tok, "k8s/runner-secret.yaml", &secret, &base64(&t1)),
        expect(tok, "k8s/runner-secret.yaml", &secret, &t2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn keys_passed_to_sdk_client_constructors() {
    let mut f = Fake::new(66);
    let mixed = |f: &mut Fake| key(&[&f.alnum(14), "Q7", &f.alnum(14), "z3"]);
    let (k1, k2, k3) = (mixed(&mut f), mixed(&mut f), mixed(&mut f));
    let md = format!(
        "# Authentication\n\n```go\nc := acme.NewClient(\"{k1}\")\n```\n\n```csharp\nvar client = new AcmeClient(\"{k2}\");\n```\n\n```python\nco = cohere.ClientV2(\"{k3}\")\nhttp = httpx.Client(\"https://api.acme.dev/v1/orders/list\")\nlower = acme.Client(\"{}\")\n```\n",
        f.string(b"abcdefghijklmnopqrstuvwxyz", 40)
    );
    let rows = scan(&[("docs/authentication.md", md.clone())]);
    let sec = "generic-secret-assignment";
    let mut want = vec![
        expect(sec, "docs/authentication.md", &md, &k1),
        expect(sec, "docs/authentication.md", &md, &k2),
        expect(sec, "docs/authentication.md", &md, &k3),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn passwords_given_as_code_spans_in_prose() {
    let mut f = Fake::new(67);
    let (p1, p2) = (password(&mut f), password(&mut f));
    let md = format!(
        "# Staging\n\nThe staging docs are behind basic auth: user `preview`, password `{p1}`.\n\nThe admin password is `{p2}` until rotation.\n\nGenerate a password with `openssl rand -base64 24`; set `DB_PASSWORD` in `.env`.\n"
    );
    let rows = scan(&[("docs/staging.md", md.clone())]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect(pw, "docs/staging.md", &md, &p1),
        expect(pw, "docs/staging.md", &md, &p2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn service_words_glued_to_pass() {
    let mut f = Fake::new(68);
    let (p1, p2, p3) = (password(&mut f), password(&mut f), password(&mut f));
    let php = format!(
        "<?php\nclass JConfig {{\n\tpublic $smtpuser = 'mailer@acme.io';\n\tpublic $smtppass = '{p1}';\n\tpublic $dbpass = '{p2}';\n\tpublic $bypass = '{p3}';\n}}\n"
    );
    let rows = scan(&[("configuration.php", php.clone())]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect(pw, "configuration.php", &php, &p1),
        expect(pw, "configuration.php", &php, &p2),
    ];
    want.sort();
    assert_eq!(rows, want);
}
