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
    let (c1, c2) = (base64(&format!("svc-deploy:{p1}")), base64(&format!("svc-registry:{p2}")));
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
