//! Provider rules for credentials their product documents in one shape: NATS nkey seeds of every
//! key type, Ceph CephX keys (keyrings, mount options, ceph-csi Secrets), user maps whose entries
//! are `user: password` (Orthanc RegisteredUsers, ActiveMQ/Artemis/Jetty properties realms), an
//! AWS secret key passed positionally after its key ID, Zigbee2MQTT network keys, Checkmk
//! automation secrets, Vault AppRole SecretIDs and base64 DER under key-store names. Every secret
//! is built at run time; each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// An nkey seed: `S`, the type letter, then base32 (58 characters in all).
fn seed(f: &mut Fake, kind: &str) -> String {
    key(&["S", kind, &f.string(UPPER_DIGITS, 56)])
}

/// A CephX key: base64 of 28 bytes, so `AQ`, 36 characters and `==`.
fn cephx(f: &mut Fake) -> String {
    key(&["A", "Q", &f.string(B64, 36), "=="])
}

/// A user seed in a .creds block, account and operator seeds in code, a cluster seed in an ini
/// file, a server seed in PowerShell: every type is reported; a public user nkey (no `S`) and a
/// placeholder seed stay quiet.
#[test]
fn nats_seeds_of_every_key_type() {
    let mut f = Fake::new(171);
    let user = seed(&mut f, "U");
    let creds = format!(
        "-----BEGIN NATS USER JWT-----\n<jwt>\n------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n{user}\n------END USER NKEY SEED------\n"
    );
    let account = seed(&mut f, "A");
    let go =
        format!("package main\n\nconst (\n\tNkeySeed = \"{account}\"\n)\n\nfunc main() {{}}\n");
    let operator = seed(&mut f, "O");
    let public = key(&["U", &f.string(UPPER_DIGITS, 55)]);
    let kotlin = format!(
        "object Keys {{\n    const val NATS_OPERATOR_SEED = \"{operator}\"\n    const val NATS_USER_PUBLIC = \"{public}\"\n}}\n"
    );
    let cluster = seed(&mut f, "C");
    let ini = format!("[nats]\nurl = nats://10.0.0.5:4222\nnkey_seed = {cluster}\n");
    let server = seed(&mut f, "N");
    let ps1 = format!("$env:NATS_SEED = \"{server}\"\r\n$env:NATS_URL = \"nats://bus:4222\"\r\n");
    let placeholder = "[nats]\nnkey_seed = SU<your-seed>\n".to_string();
    let rows = scan(&[
        ("nats/ingest.creds", creds.clone()),
        ("svc/main.go", go.clone()),
        ("svc/Keys.kt", kotlin.clone()),
        ("deploy/app.ini", ini.clone()),
        ("deploy/run.ps1", ps1.clone()),
        ("deploy/example.ini", placeholder),
    ]);
    let rule = "nats-user-nkey-seed";
    let mut want = vec![
        expect(rule, "nats/ingest.creds", &creds, &user),
        expect(rule, "svc/main.go", &go, &account),
        expect(rule, "svc/Keys.kt", &kotlin, &operator),
        expect(rule, "deploy/app.ini", &ini, &cluster),
        expect(rule, "deploy/run.ps1", &ps1, &server),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// CephX keys in a tab-indented keyring with two sections, a ceph-csi Secret's userKey and
/// adminKey, and an fstab `secret=` mount option; `secretfile=` and a keyring path stay quiet.
#[test]
fn ceph_keys_in_keyrings_mounts_and_csi_secrets() {
    let mut f = Fake::new(172);
    let (admin, rgw) = (cephx(&mut f), cephx(&mut f));
    let keyring = format!(
        "[client.admin]\n\tkey = {admin}\n\tcaps mds = \"allow *\"\n\tcaps mon = \"allow *\"\n\n[client.rgw.s3gw]\n\tkey = {rgw}\n"
    );
    let (user_key, admin_key) = (cephx(&mut f), cephx(&mut f));
    let csi = format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: csi-rbd-secret\n  namespace: ceph-csi\nstringData:\n  userID: kubernetes\n  userKey: {user_key}\n  adminID: admin\n  adminKey: {admin_key}\n"
    );
    let mount = cephx(&mut f);
    let fstab = format!(
        "10.0.0.1:6789:/  /mnt/cephfs  ceph  name=backup,secret={mount},noatime,_netdev  0 0\n10.0.0.1:6789:/  /mnt/logs  ceph  name=logs,secretfile=/etc/ceph/logs.secret,noatime  0 0\n"
    );
    let conf = "[global]\nfsid = 3f0c2e5a-0000-4000-8000-000000000000\n[client.admin]\nkeyring = /etc/ceph/ceph.client.admin.keyring\n".to_string();
    let rows = scan(&[
        ("ceph/ceph.client.admin.keyring", keyring.clone()),
        ("k8s/csi-rbd-secret.yaml", csi.clone()),
        ("etc/fstab", fstab.clone()),
        ("ceph/ceph.conf", conf),
    ]);
    let rule = "ceph-keyring-key";
    let mut want = vec![
        expect(rule, "ceph/ceph.client.admin.keyring", &keyring, &admin),
        expect(rule, "ceph/ceph.client.admin.keyring", &keyring, &rgw),
        expect(rule, "k8s/csi-rbd-secret.yaml", &csi, &user_key),
        expect(rule, "k8s/csi-rbd-secret.yaml", &csi, &admin_key),
        expect(rule, "etc/fstab", &fstab, &mount),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// User maps: every entry of Orthanc's RegisteredUsers (with a JSON5 comment after one), an
/// ActiveMQ users.properties, a Jetty realm.properties with role lists. A user whose password is
/// its name, an MD5: hash, an environment reference and a message bundle named users.properties
/// (sentences) stay quiet.
#[test]
fn user_maps_of_orthanc_activemq_and_jetty() {
    let mut f = Fake::new(173);
    let (radiology, viewer) = (
        key(&["Lantern@", &f.alnum(6), "5683#"]),
        key(&["Violet@", &f.alnum(5), "63"]),
    );
    let orthanc = format!(
        "{{\n  \"Name\" : \"PACS-Gateway\",\n  \"AuthenticationEnabled\" : true,\n  \"RegisteredUsers\" : {{\n    \"radiology\" : \"{radiology}\",\n    \"viewer\" : \"{viewer}\"   // TODO move to env\n  }},\n  \"DicomAet\" : \"ORTHANC\"\n}}\n"
    );
    let (admin, producer) = (
        key(&["Falcon#", &f.alnum(5), "5655!"]),
        key(&["Saffron.", &f.alnum(5), "98"]),
    );
    let activemq = format!("# ActiveMQ users\nadmin={admin}\nproducer={producer}\nguest=guest\n");
    let ops = key(&["Kq7-", &f.alnum(8)]);
    let realm = format!(
        "# Jetty HashLoginService\nops: {ops},admin,user\nreader: MD5:{},user\nci: ${{CI_PASSWORD}},user\n",
        f.string(HEX, 32)
    );
    let bundle =
        "users.title=Users of the site\nusers.empty=No user has signed up yet\n".to_string();
    let rows = scan(&[
        ("orthanc/orthanc.json", orthanc.clone()),
        ("activemq/conf/users.properties", activemq.clone()),
        ("jetty/etc/realm.properties", realm.clone()),
        ("web/i18n/users.properties", bundle),
    ]);
    let mut want = vec![
        expect(
            "orthanc-registered-user-password",
            "orthanc/orthanc.json",
            &orthanc,
            &radiology,
        ),
        expect(
            "orthanc-registered-user-password",
            "orthanc/orthanc.json",
            &orthanc,
            &viewer,
        ),
        expect(
            "users-properties-password",
            "activemq/conf/users.properties",
            &activemq,
            &admin,
        ),
        expect(
            "users-properties-password",
            "activemq/conf/users.properties",
            &activemq,
            &producer,
        ),
        expect(
            "users-properties-password",
            "jetty/etc/realm.properties",
            &realm,
            &ops,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// The secret access key as the argument after its key ID: Ruby (on the next line), Java, Go and
/// PHP constructors. A secret read from the environment is not reported (the key ID still is).
#[test]
fn aws_secret_key_positional_after_its_key_id() {
    let mut f = Fake::new(174);
    let pair = |f: &mut Fake| (aws_access_key_id(f), f.string(B64, 40));
    let (id_rb, sk_rb) = pair(&mut f);
    let ruby = format!(
        "Aws.config.update(\n  credentials: Aws::Credentials.new('{id_rb}',\n                                   '{sk_rb}'),\n  endpoint: 'https://minio.corp.example'\n)\n"
    );
    let (id_java, sk_java) = pair(&mut f);
    let java = format!(
        "class S3 {{\n  AWSCredentials c = new BasicAWSCredentials(\"{id_java}\", \"{sk_java}\");\n}}\n"
    );
    let (id_go, sk_go) = pair(&mut f);
    let go = format!(
        "package s3\n\nvar creds = credentials.NewStaticCredentials(\"{id_go}\", \"{sk_go}\", \"\")\n"
    );
    let (id_php, sk_php) = pair(&mut f);
    let php = format!("<?php\n$credentials = new Credentials('{id_php}', '{sk_php}');\n");
    let id_env = aws_access_key_id(&mut f);
    let env = format!("creds = Aws::Credentials.new('{id_env}', ENV.fetch('AWS_SECRET'))\n");
    let rows = scan(&[
        ("scripts/sync.rb", ruby.clone()),
        ("src/S3.java", java.clone()),
        ("s3/creds.go", go.clone()),
        ("web/s3.php", php.clone()),
        ("scripts/env.rb", env.clone()),
    ]);
    let (id, sk) = ("aws-access-key-id", "aws-secret-access-key-positional");
    let mut want = vec![
        expect(id, "scripts/sync.rb", &ruby, &id_rb),
        expect(sk, "scripts/sync.rb", &ruby, &sk_rb),
        expect(id, "src/S3.java", &java, &id_java),
        expect(sk, "src/S3.java", &java, &sk_java),
        expect(id, "s3/creds.go", &go, &id_go),
        expect(sk, "s3/creds.go", &go, &sk_go),
        expect(id, "web/s3.php", &php, &id_php),
        expect(sk, "web/s3.php", &php, &sk_php),
        expect(id, "scripts/env.rb", &env, &id_env),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Zigbee2MQTT network key inline and as a YAML list, a Checkmk automation secret in a curl
/// header, a Vault AppRole SecretID next to its RoleID, a PKCS#12 in base64 under
/// `pkcs12_base64`. `GENERATE`, the old published default key, a SecretID accessor and a
/// Checkmk header built from variables stay quiet.
#[test]
fn zigbee_checkmk_vault_approle_and_key_store_names() {
    let mut f = Fake::new(175);
    let bytes =
        |f: &mut Fake| -> Vec<String> { (0..16).map(|_| (f.next() % 256).to_string()).collect() };
    let inline = format!("[{}]", bytes(&mut f).join(", "));
    let z2m = format!(
        "mqtt:\n  base_topic: zigbee2mqtt\nadvanced:\n  network_key: {inline}\n  pan_id: 6754\n"
    );
    let list_bytes = bytes(&mut f);
    let list = list_bytes
        .iter()
        .map(|b| format!("    - {b}"))
        .collect::<Vec<_>>()
        .join("\n");
    let z2m_list = format!("advanced:\n  network_key:\n{list}\n  channel: 15\n");
    let list_start = format!("- {}", list_bytes[0]);
    let quiet_z2m = "advanced:\n  network_key: GENERATE\n---\nadvanced:\n  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]\n".to_string();
    let cmk = f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32);
    let sh = format!(
        "#!/bin/bash\nSITE=mon\ncurl -s -H \"Authorization: Bearer automation {cmk}\" https://cmk.corp.example/$SITE/check_mk/api/1.0/version\ncurl -s -H \"Authorization: Bearer $CMK_USER $CMK_SECRET\" https://cmk.corp.example/$SITE/check_mk/api/1.0/version\n"
    );
    let (secret_id, role_id, accessor) = (f.uuid(), f.uuid(), f.uuid());
    let awx = format!(
        "[\n  {{\n    \"name\": \"vault-approle\",\n    \"inputs\": {{\n      \"secret_id\": \"{secret_id}\",\n      \"role_id\": \"{role_id}\",\n      \"secret_id_accessor\": \"{accessor}\"\n    }}\n  }}\n]\n"
    );
    let p12 = key(&["MII", &f.string(B64, 200)]);
    let cert = format!("tls:\n  pkcs12_base64: {p12}\n  pkcs12_password: insert-key\n");
    let rows = scan(&[
        ("zigbee2mqtt/configuration.yaml", z2m.clone()),
        ("zigbee2mqtt/list.yaml", z2m_list.clone()),
        ("zigbee2mqtt/quiet.yaml", quiet_z2m),
        ("checkmk/automation.sh", sh.clone()),
        ("awx/credentials.json", awx.clone()),
        ("keys/client-cert.yaml", cert.clone()),
    ]);
    let mut want = vec![
        expect(
            "zigbee2mqtt-network-key",
            "zigbee2mqtt/configuration.yaml",
            &z2m,
            &inline,
        ),
        expect(
            "zigbee2mqtt-network-key",
            "zigbee2mqtt/list.yaml",
            &z2m_list,
            &list_start,
        ),
        expect(
            "checkmk-automation-secret",
            "checkmk/automation.sh",
            &sh,
            &cmk,
        ),
        expect(
            "vault-approle-secret-id",
            "awx/credentials.json",
            &awx,
            &secret_id,
        ),
        expect("pkcs12-base64-named", "keys/client-cert.yaml", &cert, &p12),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// JAAS user maps (Kafka's PlainLoginModule, ZooKeeper's DigestLoginModule) report each
/// `user_<name>` entry, a coturn `user=<name>:<password>` line its password; Kafka's documented
/// `alice-secret` and a coturn key already hashed (`0x...`) stay quiet.
#[test]
fn jaas_and_coturn_user_lines() {
    let mut f = Fake::new(176);
    let (admin, alice) = (key(&["Qw7x-", &f.alnum(8)]), key(&["Tz8v#", &f.alnum(8)]));
    let jaas = format!(
        "KafkaServer {{\n    org.apache.kafka.common.security.plain.PlainLoginModule required\n    username=\"admin\"\n    user_admin=\"{admin}\"\n    user_alice=\"{alice}\"\n    user_bob=\"bob-secret\";\n}};\n"
    );
    let zk_super = key(&["Zr6k", &f.alnum(8)]);
    let zk = format!(
        "Server {{\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_super=\"{zk_super}\";\n}};\n"
    );
    let turn_value = key(&["Bn8s-", &f.alnum(8)]);
    let hashed = key(&["0x", &f.string(HEX, 32)]);
    let turn = [
        "listening-port=3478\nlt-cred-mech\nuser=webrtc:",
        &turn_value,
        "\nuser=relay:",
        &hashed,
        "\nrealm=turn.example.com\n",
    ]
    .concat();
    let rows = scan(&[
        ("kafka/kafka_server_jaas.conf", jaas.clone()),
        ("zookeeper/jaas.conf", zk.clone()),
        ("turn/turnserver.conf", turn.clone()),
    ]);
    let rule = "jaas-user-map-password";
    let mut want = vec![
        expect(rule, "kafka/kafka_server_jaas.conf", &jaas, &admin),
        expect(rule, "kafka/kafka_server_jaas.conf", &jaas, &alice),
        expect(rule, "zookeeper/jaas.conf", &zk, &zk_super),
        expect(
            "coturn-static-user-password",
            "turn/turnserver.conf",
            &turn,
            &turn_value,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Files that hold one secret alone, known by their name: a Ceph secret file (`ceph auth get-key`
/// for `secretfile=`), a Checkmk site's automation.secret. The same key in a file with another
/// name stays quiet, and so does a firmware's Zigbee key made of one repeated byte; a firmware's
/// real NETWORK_KEY and a JKS in base64 under a JKS name are reported.
#[test]
fn key_alone_in_named_files_and_key_stores() {
    let mut f = Fake::new(177);
    let ceph = format!("{}\n", cephx(&mut f));
    let cmk = format!("{}\n", f.alnum(32));
    let zigbee: Vec<String> = (0..16).map(|_| format!("0x{}", f.string(HEX, 2))).collect();
    let zigbee = format!("{{{}}}", zigbee.join(", "));
    let header = format!(
        "#define CS_NETWORK_KEY {zigbee}\n#define CS_APS_TC_KEY {{{}}}\n",
        ["0xaa"; 16].join(", ")
    );
    let jks = key(&["/u3+7QAAAA", &f.string(B64, 160)]);
    let env = format!("ANDROID_JKS_BASE64={jks}\nANDROID_KEY_ALIAS=upload\n");
    let rows = scan(&[
        ("etc/ceph/admin.secret", ceph.clone()),
        ("notes/admin.txt", ceph.clone()),
        (
            "omd/sites/mon/var/check_mk/web/automation/automation.secret",
            cmk.clone(),
        ),
        ("firmware/config.h", header.clone()),
        ("ci/android.env", env.clone()),
    ]);
    let mut want = vec![
        row("ceph-keyring-key", "etc/ceph/admin.secret", 1, 1),
        row(
            "checkmk-automation-secret",
            "omd/sites/mon/var/check_mk/web/automation/automation.secret",
            1,
            1,
        ),
        expect(
            "zigbee2mqtt-network-key",
            "firmware/config.h",
            &header,
            &zigbee,
        ),
        expect("pkcs12-base64-named", "ci/android.env", &env, &jks),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// An nsc seed file (`*.nk`, the seed alone), Orthanc's users in the Docker image's
/// `ORTHANC__REGISTERED_USERS`, a PKCS#12 under a bare `SIGNING_P12` name. A public nkey in a
/// `.nk`-named file and a p12 path stay quiet.
#[test]
fn nsc_seed_files_orthanc_env_and_bare_p12_names() {
    let mut f = Fake::new(178);
    let nk = format!("{}\n", seed(&mut f, "A"));
    let public = format!("{}\n", key(&["A", &f.string(UPPER_DIGITS, 55)]));
    let demo = key(&["Wq4n", &f.alnum(6), "81"]);
    let compose = format!(
        "services:\n  orthanc:\n    image: orthancteam/orthanc\n    environment:\n      ORTHANC__REGISTERED_USERS: |\n        {{\"demo\": \"{demo}\"}}\n"
    );
    let p12 = key(&["MII", &f.string(B64, 180)]);
    let env = format!("SIGNING_P12={p12}\nSIGNING_P12_PATH=certs/release.p12\n");
    let rows = scan(&[
        ("nsc/keys/keys/A/BC/ABC.nk", nk.clone()),
        ("nsc/keys/keys/A/DE/ADE.nk", public),
        ("orthanc/docker-compose.yml", compose.clone()),
        ("ci/signing.env", env.clone()),
    ]);
    let mut want = vec![
        row("nats-user-nkey-seed", "nsc/keys/keys/A/BC/ABC.nk", 1, 1),
        expect(
            "orthanc-registered-user-password",
            "orthanc/docker-compose.yml",
            &compose,
            &demo,
        ),
        expect("pkcs12-base64-named", "ci/signing.env", &env, &p12),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Mosquitto password file still in plain text (`user:password` lines before
/// `mosquitto_passwd -U`) and a `mosquitto_passwd -b` line in a Dockerfile; hashed lines,
/// /etc/passwd and a password taken from the environment stay quiet.
#[test]
fn mosquitto_password_files_and_batch_mode() {
    let mut f = Fake::new(179);
    let sensor = key(&["Hq4n-", &f.alnum(8)]);
    let hashed = key(&["$7$101$", &f.string(B64, 16), "$", &f.string(B64, 86)]);
    let pwfile = format!("sensor:{sensor}\nz2m:{hashed}\n");
    let z2m = key(&["Zr6k", &f.alnum(9)]);
    let docker = format!(
        "FROM eclipse-mosquitto:2\nRUN mosquitto_passwd -c -b /mosquitto/config/pwfile z2m \"{z2m}\"\nRUN mosquitto_passwd -b /mosquitto/config/pwfile ha \"$HA_PASSWORD\"\n"
    );
    let rows = scan(&[
        ("mosquitto/config/pwfile", pwfile.clone()),
        (
            "etc/passwd",
            format!("root:x:0:0:root:/root:/bin/bash\nops:{sensor}\n"),
        ),
        ("mosquitto/Dockerfile", docker.clone()),
    ]);
    let mut want = vec![
        expect(
            "mosquitto-password-file-plaintext",
            "mosquitto/config/pwfile",
            &pwfile,
            &sensor,
        ),
        expect(
            "mosquitto-password-file-plaintext",
            "mosquitto/Dockerfile",
            &docker,
            &z2m,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}
