//! Provider rules from the twelfth corpus: Typeform tokens with a hex body, Vault batch and
//! recovery tokens, InfluxDB tokens in `Authorization: Token` headers, PyMISP called with a
//! URL variable, Octopus keys a line below the word Octopus. Every secret is built at run time;
//! each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const UPPER_DIGITS36: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// An HTTP request file and a shell history: a Typeform token whose body is 40 hex (low
/// entropy per byte, still a token), an InfluxDB token in `Authorization: Token`, and a
/// variable in the same header that stays quiet.
#[test]
fn typeform_and_influxdb_tokens_in_headers() {
    let mut f = Fake::new(251);
    let tf = key(&["tfp", "_", &f.string(HEX, 40)]);
    let tf2 = key(&["tfp", "_", &f.string(HEX, 40)]);
    let influx = key(&[&f.string(URLSAFE, 86), "=="]);
    let http = format!(
        "PUT https://api.typeform.com/forms/abc/webhooks/sync\nAuthorization: Bearer {tf}\nContent-Type: application/json\n\n###\nPOST http://influx.local:8086/api/v2/write?org=o&bucket=b\nAuthorization: Token {influx}\n\n###\nGET http://influx.local:8086/api/v2/buckets\nAuthorization: Token {{{{influx_token}}}}\n"
    );
    let hist = format!("curl -H 'Authorization: bearer {tf2}' https://api.typeform.com/forms\n");
    let rows = scan(&[
        ("api/requests.http", http.clone()),
        ("notes/history.txt", hist.clone()),
    ]);
    let mut want = vec![
        expect(
            "typeform-personal-access-token",
            "api/requests.http",
            &http,
            &tf,
        ),
        expect("influxdb-token-header", "api/requests.http", &http, &influx),
        expect(
            "typeform-personal-access-token",
            "notes/history.txt",
            &hist,
            &tf2,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Dockerfile with a Vault batch token of 91 characters and a recovery token, a PyMISP client
/// built from a URL constant, and an Octopus script whose key sits a line below the server URL;
/// a PyMISP call with two variables stays quiet.
#[test]
fn vault_misp_and_octopus_keys() {
    let mut f = Fake::new(252);
    let hvb = key(&["hvb", ".", &f.string(URLSAFE, 91)]);
    let hvr = key(&["hvr", ".", &f.string(ALNUM, 24)]);
    let docker = format!(
        "FROM alpine:3.20\nENV VAULT_ADDR=https://vault.internal:8200\nENV VAULT_TOKEN={hvb}\nRUN vault login -no-print {hvr}\n"
    );
    let misp_key = f.string(ALNUM, 40);
    let py = format!(
        "from pymisp import PyMISP\n\nMISP_URL = 'https://misp.soc.internal'\nmisp = PyMISP(MISP_URL, '{misp_key}', ssl=False)\nother = PyMISP(MISP_URL, misp_key)\n"
    );
    let octo = key(&["API", "-", &f.string(UPPER_DIGITS36, 27)]);
    let ps = format!(
        "$OctopusUrl = 'https://octopus.corp.example'\n$ApiKey = '{octo}'\n$headers = @{{ 'X-Octopus-ApiKey' = $ApiKey }}\n"
    );
    let rows = scan(&[
        ("agent/Dockerfile", docker.clone()),
        ("enrich/clients.py", py.clone()),
        ("octopus/deploy.ps1", ps.clone()),
    ]);
    let mut want = vec![
        expect("vault-batch-token", "agent/Dockerfile", &docker, &hvb),
        expect("vault-recovery-token", "agent/Dockerfile", &docker, &hvr),
        expect("misp-auth-key-pymisp", "enrich/clients.py", &py, &misp_key),
        expect("octopus-deploy-api-key", "octopus/deploy.ps1", &ps, &octo),
    ];
    want.sort();
    assert_eq!(rows, want);
}
