//! Value judgement, third round: a quoted string or the value of a configuration line is a
//! literal, never a code reference (`password = Lantern.lotus05` in `.pypirc`); strong random
//! values under names the generic rule passes over (`DEVICE_ACCESS_TOKEN`, `syncToken`); Java
//! `storepass` / `keypass` properties, a Grafana `secret_key`, a seed; Bacula's `@file`
//! includes. Every secret is built at run time; each test asserts rule, path, line and column
//! of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &[u8] = b"0123456789";
const HEX: &[u8] = b"0123456789abcdef";

/// A human password with a dot: a capitalised word, a dot, a lower-case word and digits, the
/// shape a dotted name has too (`Lantern.lotus05`).
fn dotted(f: &mut Fake) -> String {
    key(&[
        &f.string(UPPER, 1),
        &f.string(LOWER, 6),
        ".",
        &f.string(LOWER, 5),
        &f.string(DIGITS, 3),
    ])
}

/// Dotted passwords in configuration files and in quoted strings are found; the same shapes
/// as code (a Python program's `settings.DbPassword`, a JS member, a redaction marker) are not.
#[test]
fn quoted_and_configuration_values_are_literals() {
    let mut f = Fake::new(1601);
    let (a, b, c, d, e) = (
        dotted(&mut f),
        dotted(&mut f),
        dotted(&mut f),
        dotted(&mut f),
        key(&[&f.string(LOWER, 4), &f.string(UPPER, 6), ".", &f.alnum(9)]),
    );
    let pypirc = format!("[pypi]\nusername = svc-upload\npassword = {a}\n");
    let prom = format!(
        "scrape_configs:\n  - job_name: node\n    basic_auth:\n      username: prom\n      password: {b}\n"
    );
    let nats = format!(
        "authorization {{\n  users = [\n    {{ user: \"ingest\", password: \"{c}\" }}\n  ]\n}}\n"
    );
    let kotlin =
        format!("package billing\n\nobject Broker {{\n    const val AMQP_PASSWORD = \"{d}\"\n}}\n");
    let web = format!(
        "<configuration>\n  <appSettings>\n    <add key=\"AdminPass\" value=\"{e}\" />\n  </appSettings>\n</configuration>\n"
    );
    let code = "import os\nfrom app import settings\n\npassword = settings.DbPassword\nDB = dict(password=config.dbPass)\n";
    let js =
        "const cfg = require('./cfg')\nmodule.exports = {\n  password: cfg.Secrets.dbPass\n}\n";
    let redacted = "notifier:\n  redis_password: \"[FILTERED]\"\n  smtp_password: [FILTERED]\n";
    let rows = scan(&[
        ("home/.pypirc", pypirc.clone()),
        ("prometheus/prometheus.yml", prom.clone()),
        ("nats/nats.conf", nats.clone()),
        ("src/main/kotlin/Broker.kt", kotlin.clone()),
        ("deploy/Web.config", web.clone()),
        ("app/db.py", code.to_string()),
        ("app/config.js", js.to_string()),
        ("config/redacted.yml", redacted.to_string()),
    ]);
    let p = "generic-password-assignment";
    let mut want = vec![
        expect(p, "home/.pypirc", &pypirc, &a),
        expect(p, "prometheus/prometheus.yml", &prom, &b),
        expect(p, "nats/nats.conf", &nats, &c),
        expect(p, "src/main/kotlin/Broker.kt", &kotlin, &d),
        expect(p, "deploy/Web.config", &web, &e),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Strong random values under device, sync and registration names are found; a push device
/// token (hex), a pagination `nextSyncToken` and a base64 sync cursor are not.
#[test]
fn strong_values_under_device_and_sync_names() {
    let mut f = Fake::new(1602);
    let (a, b, c) = (f.strong(40), f.strong(40), f.strong(32));
    let header = format!("#pragma once\n#define DEVICE_ACCESS_TOKEN \"{a}\"\n");
    let dart = format!("class Config {{\n  static const syncToken = '{b}';\n}}\n");
    let negatives = format!(
        "device_token = \"{}\"\nnextSyncToken: \"{c}\"\nsyncToken: \"{}=\"\n",
        f.string(HEX, 64),
        f.alnum(27),
    );
    let rows = scan(&[
        ("firmware/secrets.h", header.clone()),
        ("lib/config.dart", dart.clone()),
        ("api/fixtures.yml", negatives),
    ]);
    let r = "generic-opaque-name-secret-assignment";
    let mut want = vec![
        // A full credential term after `device` is the generic rule's.
        expect(
            "generic-secret-assignment",
            "firmware/secrets.h",
            &header,
            &a,
        ),
        expect(r, "lib/config.dart", &dart, &b),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Grafana `secret_key` of twenty random letters and digits (a CamelCase type name's shape),
/// Java keystore `storepass` / `keypass` properties and a seed under a secret name are found.
#[test]
fn grafana_keystore_and_seed_values() {
    let mut f = Fake::new(1603);
    let g = key(&[
        "E",
        &f.string(DIGITS, 2),
        "Hv",
        "Grfz",
        "Xb",
        "Bite",
        "Vi",
        "Al",
        "R",
    ]);
    let (sp, kp) = (
        key(&[&f.strong(16), "!", &f.alnum(6)]),
        key(&[&f.strong(16), "#", &f.alnum(6)]),
    );
    let seed = key(&[&f.string(LOWER, 1), ".", &f.strong(14), "-", &f.alnum(15)]);
    let ini = format!("[security]\nadmin_user = admin\nsecret_key = {g}\n");
    let props = format!("keystore.storepass={sp}\nkeystore.keypass={kp}\n");
    let swift = format!("enum Secrets {{\n    static let keychainSeed = \"{seed}\"\n}}\n");
    let rows = scan(&[
        ("grafana/grafana.ini", ini.clone()),
        ("mirth/mirth.properties", props.clone()),
        ("ios/Secrets.swift", swift.clone()),
    ]);
    let mut want = vec![
        expect("generic-secret-assignment", "grafana/grafana.ini", &ini, &g),
        expect(
            "generic-password-assignment",
            "mirth/mirth.properties",
            &props,
            &sp,
        ),
        expect(
            "generic-password-assignment",
            "mirth/mirth.properties",
            &props,
            &kp,
        ),
        expect(
            "generic-secret-assignment",
            "ios/Secrets.swift",
            &swift,
            &seed,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Bacula's `Password = "@/etc/bacula/storage.pw"` reads the password from a file: a
/// reference, not a finding; the director's inline password beside it is one.
#[test]
fn file_includes_are_references() {
    let mut f = Fake::new(1604);
    let pw = f.strong(20);
    let conf = format!(
        "Director {{\n  Name = bacula-dir\n  Password = \"{pw}\"\n}}\nStorage {{\n  Name = File1\n  Password = \"@/etc/bacula/storage.pw\"\n}}\n"
    );
    let rows = scan(&[("bacula/bacula-dir.conf", conf.clone())]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-password-assignment",
            "bacula/bacula-dir.conf",
            &conf,
            &pw
        )]
    );
}
