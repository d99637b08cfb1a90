//! Grammar and judgement from the eighteenth corpus's misses: Compose service hosts in URLs,
//! commands continued over lines, `-u user -p "v"` and archivers' glued `-p`, R's `<-`, PHP
//! constants wrapped in underscores, C++ `TEXT("v")` under a key name, `!=` against a literal,
//! XStream map entries, a builder's `.credentials(user, v)`, GAM's `password "v"`, Oracle
//! database links; and what stays quiet: git's signing-key id, Twilio SIDs, names with a year,
//! WS-Security password digests, GeoServer `crypt2:` and Splunk `$7$` values. Every secret is
//! built at run time; each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, password, scan};

/// Command lines: a Compose service host in a URL, curl's `-u` on a continued line (the user a
/// variable), `-u admin -p "v"`, 7-Zip's `-pv`, GAM's `password "v"`; a port after `-p`,
/// MySQL's database name, a guess sprayed at a list of users and a 7-Zip password from the
/// environment stay quiet.
#[test]
fn command_lines_and_service_urls() {
    let mut f = Fake::new(291);
    let pw: Vec<String> = (0..5).map(|_| password(&mut f)).collect();
    let url_pw = f.alnum(18);
    let env = format!(
        "APP_URL=https://shop.example.de\nOPENSEARCH_URL=http://elastic:{url_pw}@opensearch:9200\n"
    );
    let secret = f.string(URLSAFE, 43);
    let sh = format!(
        "#!/bin/sh\nset -e\nTOKEN=$(curl -s -X POST https://login.example.com/oauth/token \\\n  -u \"${{CLIENT_ID}}:{secret}\" \\\n  -d grant_type=client_credentials | jq -r .access_token)\nfor f in ../channels/*.xml; do\n  \"$MCCLI\" -a \"$HOST\" -u admin -p \"{}\" -s import.txt\ndone\nmysql -u root -p appdb < dump.sql\ncrackmapexec smb 10.50.0.0/24 -u users.txt -p 'Summer2024!' --continue-on-success\ndocker run -u 1000 -p \"8080:80\" img\n$GAM update user kiosk@example.org password \"{}\" changepassword off\n",
        pw[0], pw[1]
    );
    let bat = format!(
        "@echo off\n\"C:\\Program Files\\7-Zip\\7z.exe\" a -t7z -mhe=on -p{} \"%DEST%\\clients.7z\" \"%SRC%\\*\"\n\"C:\\Program Files\\7-Zip\\7z.exe\" a -t7z -p%BACKUP_PASS% \"%DEST%\\payroll.7z\" D:\\Payroll\\*\n",
        pw[2]
    );
    let rows = scan(&[
        ("shop/.env.local", env.clone()),
        ("scripts/deploy.sh", sh.clone()),
        ("scripts/backup.bat", bat.clone()),
    ]);
    let mut want = vec![
        expect("basic-auth-url", "shop/.env.local", &env, &url_pw),
        expect(
            "generic-password-assignment",
            "scripts/deploy.sh",
            &sh,
            &secret,
        ),
        expect(
            "generic-password-assignment",
            "scripts/deploy.sh",
            &sh,
            &pw[0],
        ),
        expect(
            "generic-password-assignment",
            "scripts/deploy.sh",
            &sh,
            &pw[1],
        ),
        expect(
            "generic-password-assignment",
            "scripts/backup.bat",
            &bat,
            &pw[2],
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Assignments in more languages: R's `<-`, PHP constants named `__X__`, C++ `TEXT("v")` under
/// a key name, VCL's `!=` against a literal, an XStream map entry (Mirth channels), a client
/// builder's `.credentials(user, v, domain)` and an Oracle database link.
#[test]
fn assignments_in_r_php_cpp_vcl_xstream_java_and_sql() {
    let mut f = Fake::new(292);
    let hex = f.string(b"0123456789abcdef", 32);
    let r = format!("library(httr)\neuropeana_key <- \"{hex}\"\n");
    let (p1, p2) = (password(&mut f), password(&mut f));
    let php = format!("<?php\ndefine(\"__CA_DB_HOST__\", \"localhost\");\ndefine(\"__CA_DB_PASSWORD__\", \"{p1}\");\ndefine(\"__CA_SMTP_PASSWORD__\", \"{p2}\");\n");
    let ingest = f.alnum(32);
    let cpp = format!("namespace\n{{\n    const TCHAR* kIngestKey = TEXT(\"{ingest}\");\n}}\n");
    let edge = f.alnum(32);
    let vcl = format!("sub vcl_recv {{\n  if (req.url ~ \"^/api/preview\" && req.http.X-Preview-Key != \"{edge}\") {{\n    error 403 \"forbidden\";\n  }}\n}}\n");
    let (api, p3) = (f.alnum(32), password(&mut f));
    let xml = format!("<map>\n  <entry>\n    <string>X-Api-Key</string>\n    <list><string>{api}</string></list>\n  </entry>\n  <entry>\n    <string>Accept</string>\n    <list><string>application/fhir+json</string></list>\n  </entry>\n</map>\n");
    let java = format!("class Factory {{\n  Session open() {{\n    return Session.builder()\n        .credentials(USER_ID, \"{p3}\", DOMAIN)\n        .build();\n  }}\n}}\n");
    let link_pw = password(&mut f);
    let sql = format!("CREATE DATABASE LINK paylink CONNECT TO pay_ro IDENTIFIED BY \"{link_pw}\" USING 'PAYPRD';\n");
    let rows = scan(&[
        ("scripts/harvest.R", r.clone()),
        ("setup.php", php.clone()),
        ("Source/Telemetry.cpp", cpp.clone()),
        ("infra/edge.vcl", vcl.clone()),
        ("channels/Outbound.xml", xml.clone()),
        ("src/Factory.java", java.clone()),
        ("db/V41__links.sql", sql.clone()),
    ]);
    let mut want = vec![
        expect(
            "generic-hex-secret-assignment",
            "scripts/harvest.R",
            &r,
            &hex,
        ),
        expect("generic-password-assignment", "setup.php", &php, &p1),
        expect("generic-password-assignment", "setup.php", &php, &p2),
        expect(
            "generic-secret-assignment",
            "Source/Telemetry.cpp",
            &cpp,
            &ingest,
        ),
        expect("generic-secret-assignment", "infra/edge.vcl", &vcl, &edge),
        expect(
            "generic-secret-assignment",
            "channels/Outbound.xml",
            &xml,
            &api,
        ),
        expect(
            "generic-password-assignment",
            "src/Factory.java",
            &java,
            &p3,
        ),
        expect(
            "sql-create-user-password",
            "db/V41__links.sql",
            &sql,
            &link_pw,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// What is no secret: git's `signingkey` (an OpenPGP key's id), Twilio's API key SID beside its
/// secret, a capitalised name with a year beside a real SDK secret, a WS-Security
/// `#PasswordDigest`, GeoServer's keystore-encrypted `crypt2:` and Splunk's `$7$`. Only the
/// secrets beside them are reported.
#[test]
fn identifiers_digests_and_encrypted_values_stay_quiet() {
    let mut f = Fake::new(293);
    let hex = |f: &mut Fake, n| f.string(b"0123456789abcdef", n);
    let gitconfig = format!(
        "[user]\n\tname = M K\n\temail = mk@example.net\n\tsigningkey = {}\n[commit]\n\tgpgsign = true\n",
        hex(&mut f, 40)
    );
    let api_secret = f.alnum(32);
    let twilio = format!(
        "ACCOUNT_SID=AC{}\nAPI_KEY=SK{}\nAPI_SECRET={api_secret}\n",
        hex(&mut f, 32),
        hex(&mut f, 32)
    );
    let sdk_secret = f.alnum(32);
    let xcconfig = format!(
        "MARKETING_VERSION = 3.8.1\nZOOM_SDK_KEY = NbLearnZoomSdk2024\nZOOM_SDK_SECRET = {sdk_secret}\n"
    );
    let wss = format!(
        "<wsse:UsernameToken>\n  <wsse:Username>NWAIR_TRANSPORT</wsse:Username>\n  <wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest\">{}=</wsse:Password>\n</wsse:UsernameToken>\n",
        f.alnum(27)
    );
    let crypt2 = key(&["crypt2:", &f.alnum(43), "="]);
    let geo = format!(
        "<dataStore>\n  <connectionParameters>\n    <entry key=\"user\">geoserver</entry>\n    <entry key=\"passwd\">{crypt2}</entry>\n  </connectionParameters>\n</dataStore>\n"
    );
    let splunk = format!("[splunktcp-ssl:9997]\nsslPassword = $7${}=\n", f.alnum(43));
    let rows = scan(&[
        ("dotfiles/.gitconfig", gitconfig),
        ("twilio/.env", twilio.clone()),
        ("ios/Release.xcconfig", xcconfig.clone()),
        ("wss/client.xml", wss),
        ("geoserver/datastore.xml", geo),
        ("splunk/inputs.conf", splunk),
    ]);
    let mut want = vec![
        expect(
            "generic-secret-assignment",
            "twilio/.env",
            &twilio,
            &api_secret,
        ),
        expect(
            "zoom-client-secret",
            "ios/Release.xcconfig",
            &xcconfig,
            &sdk_secret,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Product formats: an X12 interchange's ISA04 password, DLMS/COSEM meter keys beside the
/// system title, a FRED key in Stata, Schema Registry credentials in client properties, a
/// Perforce tickets file, steamcmd's login on a Jenkins `bat` step.
#[test]
fn product_formats_from_the_eighteenth_corpus() {
    let mut f = Fake::new(294);
    let upper_hex = |f: &mut Fake, n| f.string(b"0123456789ABCDEF", n);
    let isa_pw = f.string(b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);
    let x12 = format!("ISA*00*          *01*{isa_pw}*ZZ*RIVERBENDLOG   *ZZ*CHRW           *240301*0930*U*00401*000004521*0*P*>~\nGS*SM*RIVERBENDLOG*CHRW*20240301*0930*4521*X*004010~\n");
    let (guek, gak) = (upper_hex(&mut f, 32), upper_hex(&mut f, 32));
    let dlms = format!("meters:\n  - serial: 4711\n    client_sap: 1\n    system_title: {}\n    guek: {guek}\n    gak: {gak}\n", f.string(b"0123456789abcdef", 16));
    let fred = f.string(b"0123456789abcdef", 32);
    let stata = format!(
        "set more off\nglobal root \"C:/Users/mk/housing\"\nset fredkey {fred}, permanently\n"
    );
    let sr = f.string(URLSAFE, 64).replace(['-', '_'], "+");
    let props = format!("schema.registry.url=https://psrc-8kz20.eu-west-2.aws.confluent.cloud\nbasic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=SRKEY4W9X2LQ7ZTM:{sr}\n");
    let (t1, t2) = (upper_hex(&mut f, 32), upper_hex(&mut f, 32));
    let tickets = format!("ssl:perforce.example.com:1666=buildfarm:{t1}\nperforce-edge.example.com:1666=buildfarm:{t2}\n");
    let steam_pw = password(&mut f);
    let jenkins = format!("pipeline {{\n  stages {{\n    stage('Upload') {{\n      steps {{\n        bat \"steamcmd +login studio_build {steam_pw} +run_app_build ..\\\\steam\\\\app_build.vdf +quit\"\n      }}\n    }}\n  }}\n}}\n");
    let rows = scan(&[
        ("edi/outbound/204_sample.x12", x12.clone()),
        ("headend/config/dlms_keys.yaml", dlms.clone()),
        ("stata/00_master.do", stata.clone()),
        ("kafka/ccloud.properties", props.clone()),
        ("perforce/.p4tickets", tickets.clone()),
        ("ci/Jenkinsfile", jenkins.clone()),
    ]);
    let mut want = vec![
        expect(
            "x12-isa-password",
            "edi/outbound/204_sample.x12",
            &x12,
            &isa_pw,
        ),
        expect(
            "dlms-cosem-key",
            "headend/config/dlms_keys.yaml",
            &dlms,
            &guek,
        ),
        expect(
            "dlms-cosem-key",
            "headend/config/dlms_keys.yaml",
            &dlms,
            &gak,
        ),
        expect("fred-api-key", "stata/00_master.do", &stata, &fred),
        expect(
            "schema-registry-basic-auth-user-info",
            "kafka/ccloud.properties",
            &props,
            &sr,
        ),
        expect("perforce-ticket", "perforce/.p4tickets", &tickets, &t1),
        expect("perforce-ticket", "perforce/.p4tickets", &tickets, &t2),
        expect(
            "steamcmd-login-password",
            "ci/Jenkinsfile",
            &jenkins,
            &steam_pw,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}
