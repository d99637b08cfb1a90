//! Provider rules from the twelfth corpus: Typeform tokens with a hex body, Vault batch and
//! recovery tokens, InfluxDB tokens in `Authorization: Token` headers, PyMISP called with a
//! URL variable, Octopus keys a line below the word Octopus. Every secret is built at run time;
//! each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, password, scan};

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

/// A SIEM forwarder set: a Sumo Logic HTTP source URL with a short token, a Log Analytics
/// workspace key in an ARM parameter file and an environment file, an Elastic Agent output's
/// `id:api_key`, an AbuseIPDB `Key` header under its request, and Wazuh API passwords in curl and
/// in the dashboard's wazuh.yml; references to variables stay quiet.
#[test]
fn siem_forwarder_credentials() {
    let mut f = Fake::new(253);
    let sumo = f.string(URLSAFE, 43);
    let sources = format!(
        "{{\n  \"source\": {{\n    \"sourceType\": \"HTTP\",\n    \"url\": \"https://endpoint4.collection.sumologic.com/receiver/v1/http/{sumo}\"\n  }}\n}}\n"
    );
    let ws = key(&[&f.string(ALNUM, 86), "=="]);
    let ws2 = key(&[&f.string(ALNUM, 86), "=="]);
    let arm = format!(
        "{{\n  \"parameters\": {{\n    \"workspaceKey\": {{ \"value\": \"{ws}\" }},\n    \"otherKey\": {{ \"value\": \"[listKeys(variables('ws'), '2015-11-01-preview').primarySharedKey]\" }}\n  }}\n}}\n"
    );
    let env = format!("WORKSPACE_ID={}\nWORKSPACE_KEY={ws2}\n", f.uuid());
    let es_id = f.string(URLSAFE, 20);
    let es = f.string(URLSAFE, 22);
    let agent = format!(
        "outputs:\n  default:\n    type: elasticsearch\n    hosts: [https://es.soc.internal:9200]\n    api_key: \"{es_id}:{es}\"\n    password: ${{ES_PASSWORD}}\n"
    );
    let abuse = f.string(HEX, 80);
    let http = format!(
        "GET https://api.abuseipdb.com/api/v2/check?ipAddress=192.0.2.7\nKey: {abuse}\nAccept: application/json\n"
    );
    let wz = password(&mut f);
    let wz2 = password(&mut f);
    let sh = format!(
        "#!/bin/sh\nHDR=$(curl -sk -u wazuh-wui:\"{wz}\" -X POST \"$WAZUH/security/user/authenticate?raw=true\")\ncurl -sk -u wazuh:\"$WAZUH_PASS\" \"$WAZUH/agents\"\n"
    );
    let yml = format!(
        "hosts:\n  - default:\n      url: https://wazuh.soc.internal\n      port: 55000\n      username: wazuh-wui\n      password: {wz2}\n      run_as: false\n"
    );
    let rows = scan(&[
        ("sumo/sources.json", sources.clone()),
        ("sentinel/params.json", arm.clone()),
        ("sentinel/.env", env.clone()),
        ("elastic/elastic-agent.yml", agent.clone()),
        ("playbooks/sweep.http", http.clone()),
        ("wazuh/check.sh", sh.clone()),
        ("wazuh/wazuh.yml", yml.clone()),
    ]);
    let url = key(&[
        "https://endpoint4.collection.sumologic.com/receiver/v1/http/",
        &sumo,
    ]);
    let law = "azure-log-analytics-workspace-key";
    let wazuh_curl = "wazuh-api-password";
    let mut want = vec![
        expect(
            "sumologic-http-collector-url",
            "sumo/sources.json",
            &sources,
            &url,
        ),
        expect(law, "sentinel/params.json", &arm, &ws),
        expect(law, "sentinel/.env", &env, &ws2),
        expect(
            "elastic-api-key-id-pair",
            "elastic/elastic-agent.yml",
            &agent,
            &es,
        ),
        expect(
            "abuseipdb-api-key-header",
            "playbooks/sweep.http",
            &http,
            &abuse,
        ),
        expect(wazuh_curl, "wazuh/check.sh", &sh, &wz),
        expect(
            "wazuh-dashboard-api-password",
            "wazuh/wazuh.yml",
            &yml,
            &wz2,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}
