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

/// Application secrets under their products' names: CiviCRM's site key and its credential and
/// signing keys in civicrm.settings.php, CKAN's JWT and session secrets in ckan.ini (`string:`
/// or bare; `file:` stays quiet), Neo4j's initial password and NEO4J_AUTH, a CouchDB admin's
/// plain password below a hashed one, and an SNMP read community in a printer's XML (the
/// default `private` stays quiet).
#[test]
fn application_secrets_under_product_names() {
    let mut f = Fake::new(254);
    let site = f.string(ALNUM, 32);
    let cred = key(&[&f.string(ALNUM, 43), "="]);
    let sign = f.string(ALNUM, 43);
    let php = format!(
        "<?php\nglobal $civicrm_root;\ndefine('CIVICRM_SITE_KEY', '{site}');\nif (!defined('CIVICRM_CRED_KEYS')) define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:{cred}');\nif (!defined('CIVICRM_SIGN_KEYS')) define('CIVICRM_SIGN_KEYS', 'jwt-hs256::{sign}');\n"
    );
    let jwt = f.string(URLSAFE, 64);
    let ini = format!(
        "[app:main]\nuse = egg:ckan\napi_token.jwt.encode.secret = string:{jwt}\napi_token.jwt.decode.secret = file:/etc/ckan/jwt_secret\n"
    );
    let neo = password(&mut f);
    let neo2 = password(&mut f);
    let conf = format!(
        "server.default_listen_address=0.0.0.0\n# initial: neo4j-admin dbms set-initial-password {neo}\n"
    );
    let compose = format!(
        "services:\n  graph:\n    image: neo4j:5\n    environment:\n      NEO4J_AUTH: neo4j/{neo2}\n"
    );
    let couch = password(&mut f);
    let hashed = key(&[
        "-pbkdf2-",
        &f.string(HEX, 40),
        ",",
        &f.string(HEX, 32),
        ",10",
    ]);
    let local = format!(
        "[couchdb]\nsingle_node = true\n\n[admins]\nreplicator = {hashed}\nadmin = {couch}\n"
    );
    let community = f.string(ALNUM, 16);
    let xml = format!(
        "<Device>\n  <Snmp>\n    <CommunityRead>{community}</CommunityRead>\n    <CommunityWrite>private</CommunityWrite>\n  </Snmp>\n</Device>\n"
    );
    let rows = scan(&[
        ("civicrm.settings.php", php.clone()),
        ("ckan/ckan.ini", ini.clone()),
        ("neo4j/neo4j.conf", conf.clone()),
        ("neo4j/compose.yaml", compose.clone()),
        ("couchdb/local.ini", local.clone()),
        ("printers/mfp.xml", xml.clone()),
    ]);
    let civi = "civicrm-crypto-keys";
    let neo_rule = "neo4j-initial-password";
    let mut want = vec![
        expect("civicrm-site-key", "civicrm.settings.php", &php, &site),
        expect(civi, "civicrm.settings.php", &php, &cred),
        expect(civi, "civicrm.settings.php", &php, &sign),
        expect("ckan-config-secret", "ckan/ckan.ini", &ini, &jwt),
        expect(neo_rule, "neo4j/neo4j.conf", &conf, &neo),
        expect(neo_rule, "neo4j/compose.yaml", &compose, &neo2),
        expect(
            "couchdb-admin-password",
            "couchdb/local.ini",
            &local,
            &couch,
        ),
        expect("snmp-community-xml", "printers/mfp.xml", &xml, &community),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A saved Remote Desktop connection's `password 51:b:` DPAPI blob is advice: listed at low
/// severity with the reason, and the scan exits 0 when it is all there is.
#[test]
fn rdp_dpapi_blobs_are_advice() {
    let mut f = Fake::new(255);
    let blob = key(&[
        "01000000D08C9DDF0115D1118C7A00C04FC297EB",
        &f.string(b"0123456789ABCDEF", 96),
    ]);
    let line = key(&["pass", "word 51:b:", &blob]);
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "RDP/jump.rdp",
        &format!("full address:s:jump01.example.test\nusername:s:CORP\\ops\n{line}\nprompt for credentials:i:0\n"),
    );
    let args = [
        "scan",
        ".",
        "--isolated",
        "--no-baseline",
        "--format",
        "json",
    ];
    let out = leakgate(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v = json(&out);
    assert_eq!(
        finding_rows(&v),
        vec![row("rdp-file-password", "RDP/jump.rdp", 3, 15)]
    );
    let first = &v["findings"][0];
    assert_eq!(first["severity"].as_str(), Some("low"));
    assert!(first["downgraded"]
        .as_str()
        .is_some_and(|w| w.starts_with("a DPAPI blob")));
}

/// Form and localisation keys under their products' names: a Jotform key in a Laravel
/// services map, a Qualtrics token given to qualtRics, and a Transifex token on a tx command
/// line in a runbook; the same call with an environment lookup stays quiet.
#[test]
fn form_and_localisation_keys() {
    let mut f = Fake::new(256);
    let jot = f.string(HEX, 32);
    let php =
        format!("<?php\n\nreturn [\n    'jotform' => [\n        'key' => '{jot}',\n    ],\n];\n");
    let qual = f.string(ALNUM, 40);
    let r = format!(
        "library(qualtRics)\n\nqualtrics_api_credentials(api_key = \"{qual}\",\n                          base_url = \"corp.eu.qualtrics.com\", install = FALSE)\nqualtrics_api_credentials(api_key = Sys.getenv(\"QUALTRICS_API_KEY\"), base_url = \"x.qualtrics.com\")\n"
    );
    let tx = key(&["1/", &f.string(HEX, 40)]);
    let rst = format!(
        "Translators\n===========\n\nUse the shared Transifex bot account::\n\n    tx pull -a --token {tx}\n"
    );
    let rows = scan(&[
        ("config/services.php", php.clone()),
        ("r/pull.R", r.clone()),
        ("docs/translators.rst", rst.clone()),
    ]);
    let mut want = vec![
        expect("jotform-api-key", "config/services.php", &php, &jot),
        expect("qualtrics-api-token-qualtrics-r", "r/pull.R", &r, &qual),
        expect("transifex-api-token-cli", "docs/translators.rst", &rst, &tx),
    ];
    want.sort();
    assert_eq!(rows, want);
}
