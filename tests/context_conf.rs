//! Context detection in configuration syntaxes with no assignment operator, credentials passed
//! to calls, headers written as name/value pairs, passphrases, and key shapes that need no name
//! (`src/matcher/conf.rs`, `src/matcher/assign.rs`, `rules/generic.yaml`, `rules/aws-sts.yaml`,
//! `rules/nix.yaml`, `rules/jwk.yaml`, `rules/mysql-go-dsn.yaml`). Every secret is built at run
//! time; each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    crate::context::password_with(f, "!")
}

/// Four lower-case words joined by dashes, as diceware and password managers make them.
fn passphrase(f: &mut Fake) -> String {
    let words: Vec<String> = (0..4).map(|_| f.string(LOWER, 5)).collect();
    words.join("-")
}

#[test]
fn operator_less_configuration_lines() {
    let mut f = Fake::new(51);
    let (p1, p2, p3, p4, p5, p6, p7, p8) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let license = f.string(HEX, 40);
    let cfg = format!(
        "hostname \"Arena EU\"\nsv_maxclients 64\nrcon_password \"{p1}\"\nsv_password \"\"\nset sv_licenseKey \"{license}\"\n"
    );
    let redis = format!("bind 0.0.0.0\nport 6379\nrequirepass {p2}\nmaxmemory 2gb\n");
    let httpd = format!(
        "<VirtualHost *:443>\n    ServerName intranet.local\n    SetEnv DB_PASSWORD \"{p3}\"\n</VirtualHost>\n"
    );
    let docker = format!("FROM alpine:3.20\nENV APP_DB_PASS {p4}\nCMD [\"/app\"]\n");
    let preseed =
        format!("d-i passwd/root-login boolean false\nd-i passwd/root-password password {p5}\n");
    let haproxy = format!(
        "userlist admins\n    user ops insecure-password {p6}\nlisten stats\n    bind :8404\n    stats auth admin:{p7}\n"
    );
    let gradle = format!(
        "android {{\n    signingConfigs {{\n        release {{\n            storeFile file(\"release.jks\")\n            keyPassword \"{p8}\"\n        }}\n    }}\n}}\n"
    );
    let rows = scan(&[
        ("server.cfg", cfg.clone()),
        ("redis.conf", redis.clone()),
        ("httpd.conf", httpd.clone()),
        ("Dockerfile", docker.clone()),
        ("preseed.cfg", preseed.clone()),
        ("haproxy.cfg", haproxy.clone()),
        ("build.gradle", gradle.clone()),
    ]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect(pw, "server.cfg", &cfg, &p1),
        expect(
            "generic-hex-secret-assignment",
            "server.cfg",
            &cfg,
            &license,
        ),
        expect(pw, "redis.conf", &redis, &p2),
        expect(pw, "httpd.conf", &httpd, &p3),
        expect(pw, "Dockerfile", &docker, &p4),
        expect(pw, "preseed.cfg", &preseed, &p5),
        expect(pw, "haproxy.cfg", &haproxy, &p6),
        expect(pw, "haproxy.cfg", &haproxy, &p7),
        expect(pw, "build.gradle", &gradle, &p8),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn passphrases_of_four_words_but_not_names_or_placeholders() {
    let mut f = Fake::new(52);
    let (w1, w2) = (passphrase(&mut f), passphrase(&mut f));
    let ld = key(&[&f.alnum(1), ".", "Q7", &f.alnum(9), "x3"]);
    let env = [
        format!("DB_PASSWORD={w1}"),
        "SMTP_PASSWORD=use-the-secret-from-vault".to_string(),
        "CACHE_PASSWORD=change-me-before-deploy".to_string(),
        format!("LDAP_PASSWORD={ld}"),
        "APP_PASSWORD=settings.Auth.DefaultPassword".to_string(),
        String::new(),
    ]
    .join("\n");
    let values = format!(
        "postgresql:\n  auth:\n    existingSecretPassword: my-release-postgresql\n    password: Content-Security-Policy-Header\nmqtt_password: {w2}\n"
    );
    let rows = scan(&[(".env", env.clone()), ("values.yaml", values.clone())]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect(pw, ".env", &env, &w1),
        expect(pw, ".env", &env, &ld),
        expect(pw, "values.yaml", &values, &w2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn credentials_passed_to_calls_and_names_that_mean_password() {
    let mut f = Fake::new(53);
    let (p1, p2, p3, p4, p5, p6, p7) = (
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
        password(&mut f),
    );
    let bearer = key(&[&f.alnum(20), "_", &f.alnum(27)]);
    let perl = format!(
        "use Net::SMTP;\nmy $pass = '{p1}';\nmy %ldap = (\n    ldap_bind_pw  => '{p2}',\n);\n$smtp->auth('reports', '{p3}');\n"
    );
    let ruby = format!("req = Net::HTTP::Get.new(uri)\nreq.basic_auth(\"partner\", \"{p4}\")\n");
    let go = format!(
        "package mail\n\nfunc auth() smtp.Auth {{\n\treturn smtp.PlainAuth(\"\", \"apikey\", \"{p5}\", \"smtp.relay.net\")\n}}\n"
    );
    let sbt = format!(
        "credentials += Credentials(\"Nexus\", \"nexus.internal\", \"deployer\", \"{p6}\")\n"
    );
    let c = format!(
        "void setup(CURL *h) {{\n    curl_easy_setopt(h, CURLOPT_USERPWD, \"collector:{p7}\");\n}}\n"
    );
    let cs = format!(
        "var client = new HttpClient();\nclient.DefaultRequestHeaders.Add(\"Accept\", \"application/json\");\nvar auth = new AuthenticationHeaderValue(\"Bearer\", \"{bearer}\");\n"
    );
    let rows = scan(&[
        ("report.pl", perl.clone()),
        ("sample.rb", ruby.clone()),
        ("mail.go", go.clone()),
        ("build.sbt", sbt.clone()),
        ("upload.c", c.clone()),
        ("Client.cs", cs.clone()),
    ]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect(pw, "report.pl", &perl, &p1),
        expect(pw, "report.pl", &perl, &p2),
        expect(pw, "report.pl", &perl, &p3),
        expect(pw, "sample.rb", &ruby, &p4),
        expect(pw, "mail.go", &go, &p5),
        expect(pw, "build.sbt", &sbt, &p6),
        expect(pw, "upload.c", &c, &p7),
        expect("generic-secret-assignment", "Client.cs", &cs, &bearer),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn headers_and_credentials_written_as_name_value_pairs() {
    use base64::Engine;
    let mut f = Fake::new(54);
    let basic = base64::engine::general_purpose::STANDARD
        .encode(key(&["admin-ops:", &password(&mut f)]).as_bytes());
    let es = base64::engine::general_purpose::STANDARD
        .encode(key(&[&f.alnum(20), ":", &f.alnum(22)]).as_bytes());
    let pw = password(&mut f);
    let insomnia = format!(
        "collection:\n  - name: Get metrics\n    headers:\n      - name: Authorization\n        value: Basic {basic}\n"
    );
    let grafana = format!(
        "datasources:\n  - name: Elastic\n    jsonData:\n      httpHeaderName1: Authorization\n    secureJsonData:\n      httpHeaderValue1: \"ApiKey {es}\"\n"
    );
    let postman = format!(
        "{{\n  \"auth\": {{ \"type\": \"basic\", \"basic\": [\n    {{ \"key\": \"username\", \"value\": \"partner\" }},\n    {{ \"key\": \"password\", \"value\": \"{pw}\" }}\n  ] }}\n}}\n"
    );
    let rows = scan(&[
        ("export.yaml", insomnia.clone()),
        ("ds.yaml", grafana.clone()),
        ("api.postman_collection.json", postman.clone()),
    ]);
    let mut want = vec![
        expect("http-basic-auth-header", "export.yaml", &insomnia, &basic),
        expect("generic-secret-assignment", "ds.yaml", &grafana, &es),
        expect(
            "generic-password-assignment",
            "api.postman_collection.json",
            &postman,
            &pw,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn key_shapes_that_need_no_name() {
    let mut f = Fake::new(55);
    let sts = key(&["IQoJb3JpZ2luX2Vj", &f.string(B64, 220)]);
    let nix_secret = key(&["ci.cachix.org-1:", &f.string(B64, 86), "=="]);
    let nix_public = key(&["ci.cachix.org-1:", &f.string(B64, 43), "="]);
    let d = f.string(URLSAFE, 43);
    let (x, y) = (f.string(URLSAFE, 43), f.string(URLSAFE, 43));
    let dsn_pw = f.alnum(14);
    let hcl = format!(
        "source \"amazon-ebs\" \"ubuntu\" {{\n  region        = \"eu-west-1\"\n  token         = \"{sts}\"\n}}\n"
    );
    let key_file = format!("{nix_secret}\n");
    let nix_conf = format!("trusted-public-keys = {nix_public}\n");
    let jwk =
        format!("{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{x}\",\"y\":\"{y}\",\"d\":\"{d}\"}}\n");
    let jwks = format!(
        "{{\"keys\":[{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{x}\",\"y\":\"{y}\"}}]}}\n"
    );
    let go = format!(
        "package main\n\nvar dsn = \"partner:{dsn_pw}@tcp(db.partner.internal:3306)/partner?parseTime=true\"\n"
    );
    let rows = scan(&[
        ("ubuntu.pkr.hcl", hcl.clone()),
        ("secrets/cachix-signing.key", key_file.clone()),
        ("nix.conf", nix_conf.clone()),
        ("keys/signing.jwk.json", jwk.clone()),
        ("public/jwks.json", jwks.clone()),
        ("main.go", go.clone()),
    ]);
    let mut want = vec![
        expect("aws-session-token-encoded", "ubuntu.pkr.hcl", &hcl, &sts),
        expect(
            "nix-binary-cache-signing-key",
            "secrets/cachix-signing.key",
            &key_file,
            &nix_secret,
        ),
        expect("jwk-private-key", "keys/signing.jwk.json", &jwk, &d),
        expect("mysql-go-dsn-password", "main.go", &go, &dsn_pw),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn provisioning_spellings_and_quiet_references() {
    let mut f = Fake::new(56);
    let (p1, p2, p3) = (password(&mut f), password(&mut f), password(&mut f));
    let rclone = format!("[nas]\ntype = sftp\nhost = nas.home.arpa\nuser = backup\npass = {p1}\n");
    let vagrant = format!(
        "Vagrant.configure(\"2\") do |config|\n  config.vm.provision \"shell\", inline: <<-SHELL\n    useradd -m deploy\n    echo 'deploy:{p2}' | chpasswd\n  SHELL\nend\n"
    );
    let compose = format!(
        "services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass {p3}\n"
    );
    // References and defaults: Hiera interpolation, Swift's environment, a password that spells
    // "password" in a test fixture.
    let hiera = "profile::smtp::relay_password: \"%{lookup('vault::smtp_password')}\"\n";
    let swift = "    let password: String = ProcessInfo.processInfo.environment[\"APP_PASSWORD\"] ?? \"\"\n";
    let fixture = "{ \"user\": \"sa\", \"password\": \"Passw0rd!Local\" }\n";
    let rows = scan(&[
        ("rclone.conf", rclone.clone()),
        ("Vagrantfile", vagrant.clone()),
        ("docker-compose.yml", compose.clone()),
        ("common.yaml", hiera.to_string()),
        ("Client.swift", swift.to_string()),
        ("connections.json", fixture.to_string()),
    ]);
    let pw = "generic-password-assignment";
    let mut want = vec![
        expect(pw, "rclone.conf", &rclone, &p1),
        expect(pw, "Vagrantfile", &vagrant, &p2),
        expect(pw, "docker-compose.yml", &compose, &p3),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn fallback_literal_after_an_environment_lookup() {
    let mut f = Fake::new(57);
    let secret = f.string(HEX, 32);
    let ts = format!(
        "export const shopify = shopifyApp({{\n  apiKey: process.env.SHOPIFY_API_KEY,\n  apiSecretKey: process.env.SHOPIFY_API_SECRET || \"{secret}\",\n  scopes: [\"read_products\"],\n}});\n"
    );
    let rows = scan(&[("app/shopify.server.ts", ts.clone())]);
    let want = vec![expect(
        "generic-hex-secret-assignment",
        "app/shopify.server.ts",
        &ts,
        &secret,
    )];
    assert_eq!(rows, want);
}

#[test]
fn elixir_config_scope_names_the_provider() {
    let mut f = Fake::new(58);
    let (app_key, secret) = (f.string(HEX, 20), f.string(HEX, 20));
    let exs = format!(
        "import Config\n\nconfig :chat, :pusher, app_id: \"1712034\", key: \"{app_key}\", secret: \"{secret}\"\n"
    );
    let rows = scan(&[("config/prod.exs", exs.clone())]);
    let want = vec![expect(
        "pusher-app-secret",
        "config/prod.exs",
        &exs,
        &secret,
    )];
    assert_eq!(rows, want);
}
