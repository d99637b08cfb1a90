//! Product configuration directives whose name is the only context (`rules/keepalived.yaml`,
//! `rules/openldap.yaml`, `rules/redis-config.yaml`, `rules/sonarqube-server.yaml`,
//! `rules/confluence.yaml`, `rules/snowflake-connections.yaml`, `rules/codeigniter.yaml`,
//! `rules/hardhat.yaml`, `rules/foundry.yaml`, `rules/kubeconfig.yaml`): each value is
//! reported at its rule, path, line and column, and the documented hashed, encrypted,
//! referenced or public forms next to it are not. Every secret is built at run time.

use crate::common::*;
use crate::context::{expect, scan};

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const UPPER_ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// Letters of both cases and digits, as the products' generators write them.
fn pw(f: &mut Fake, n: usize) -> String {
    key(&[
        &f.string(b"ABCDEFGHJKLMNPQRSTUVWXYZ", 2),
        &f.string(b"23456789", 2),
        &f.alnum(n - 4),
    ])
}

#[test]
fn daemon_configuration_directives() {
    let mut f = Fake::new(1301);
    let (vrrp, root, sentinel, acl) = (
        pw(&mut f, 8),
        pw(&mut f, 15),
        pw(&mut f, 16),
        pw(&mut f, 19),
    );
    let ssha = f.string(B64, 32);
    let sha = f.string(HEX, 64);
    let keepalived = format!(
        "vrrp_instance VI_1 {{\n    state MASTER\n    authentication {{\n        auth_type PASS\n        auth_pass {vrrp}\n    }}\n}}\nvrrp_instance VI_2 {{\n    authentication {{\n        auth_pass ${{VRRP_PASS}}\n    }}\n}}\n"
    );
    let slapd = format!(
        "database mdb\nsuffix \"dc=example,dc=org\"\nrootdn \"cn=Manager,dc=example,dc=org\"\nrootpw {root}\n# rootpw {{SSHA}}{ssha}\n\ndatabase config\nrootpw {{SSHA}}{ssha}\n"
    );
    let sentinel_conf = format!(
        "port 26379\nsentinel monitor mymaster 10.0.0.11 6379 2\nsentinel auth-pass mymaster {sentinel}\nsentinel auth-pass cache ${{REDIS_PASSWORD}}\n"
    );
    let redis_conf = format!(
        "port 6379\nuser replica on >{acl} ~* +psync +replconf +ping\nuser monitor on #{sha} ~* +info\nuser default on nopass ~* +@all\n"
    );
    let rows = scan(&[
        ("keepalived/keepalived.conf", keepalived.clone()),
        ("openldap/slapd.conf", slapd.clone()),
        ("redis/sentinel.conf", sentinel_conf.clone()),
        ("redis/redis.conf", redis_conf.clone()),
    ]);
    let mut want = vec![
        expect(
            "keepalived-vrrp-auth-pass",
            "keepalived/keepalived.conf",
            &keepalived,
            &vrrp,
        ),
        expect("openldap-rootpw", "openldap/slapd.conf", &slapd, &root),
        expect(
            "redis-sentinel-auth-pass",
            "redis/sentinel.conf",
            &sentinel_conf,
            &sentinel,
        ),
        expect(
            "redis-acl-user-password",
            "redis/redis.conf",
            &redis_conf,
            &acl,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn application_server_configuration() {
    let mut f = Fake::new(1302);
    let (jdbc, passphrase) = (pw(&mut f, 17), pw(&mut f, 18));
    let client_secret = f.string(HEX, 40);
    let client_id = key(&["Iv1.", &f.string(HEX, 16)]);
    let jwt_key = f.string(B64, 1600);
    let jwt_pub = key(&[
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
        &f.string(B64, 300),
    ]);
    let ci_key = key(&["hex2bin:", &f.string(HEX, 64)]);
    let sonar = format!(
        "sonar.jdbc.username=sonar\nsonar.jdbc.password={jdbc}\nsonar.auth.github.clientSecret.secured={client_secret}\nsonar.auth.github.clientId.secured={client_id}\nsonar.auth.gitlab.secret.secured={{aes-gcm}}{}\n",
        f.string(B64, 24)
    );
    let confluence = format!(
        "<confluence-configuration>\n  <properties>\n    <property name=\"jwt.private.key\">{jwt_key}</property>\n    <property name=\"jwt.public.key\">{jwt_pub}</property>\n  </properties>\n</confluence-configuration>\n"
    );
    let toml = format!(
        "[keypair]\naccount = \"acme-eu1\"\nuser = \"DBT_SVC\"\nauthenticator = \"SNOWFLAKE_JWT\"\nprivate_key_file_pwd = \"{passphrase}\"\nprivate_key_file = \"~/.snowflake/rsa_key.p8\"\n\n[ci]\nprivate_key_file_pwd = \"${{SNOWFLAKE_KEY_PWD}}\"\n"
    );
    let env =
        format!("CI_ENVIRONMENT = production\nencryption.key = {ci_key}\n# encryption.key = \n");
    let rows = scan(&[
        ("sonarqube/conf/sonar.properties", sonar.clone()),
        ("confluence/confluence.cfg.xml", confluence.clone()),
        (".snowflake/connections.toml", toml.clone()),
        ("billing/.env", env.clone()),
    ]);
    let sonar_path = "sonarqube/conf/sonar.properties";
    let snowflake = ["snowflake", "private-key-passphrase"].join("-");
    let mut want = vec![
        expect("sonarqube-jdbc-password", sonar_path, &sonar, &jdbc),
        expect(
            "sonarqube-secured-property",
            sonar_path,
            &sonar,
            &client_secret,
        ),
        expect(
            "confluence-jwt-private-key",
            "confluence/confluence.cfg.xml",
            &confluence,
            &jwt_key,
        ),
        expect(
            &snowflake,
            ".snowflake/connections.toml",
            &toml,
            &passphrase,
        ),
        expect("codeigniter-encryption-key", "billing/.env", &env, &ci_key),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn wallet_keys_and_explorer_keys_in_hardhat_and_foundry() {
    let mut f = Fake::new(1303);
    let (k1, k2, k3) = (f.string(HEX, 64), f.string(HEX, 64), f.string(HEX, 64));
    let scan_key = f.string(UPPER_ALNUM, 34);
    let hardhat_default = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    let config = format!(
        "const config: HardhatUserConfig = {{\n  networks: {{\n    sepolia: {{\n      accounts: [process.env.DEPLOYER_PRIVATE_KEY!],\n    }},\n    mainnet: {{\n      accounts: [\"{k1}\"],\n    }},\n    polygon: {{\n      accounts: [process.env.KEY_A!, '0x{k2}'],\n    }},\n    localhost: {{\n      accounts: [\"{hardhat_default}\"],\n    }},\n  }},\n  etherscan: {{\n    apiKey: {{ mainnet: \"{scan_key}\" }},\n  }},\n}};\n"
    );
    let deploy = format!(
        "#!/bin/sh\nforge script script/Deploy.s.sol --rpc-url \"$RPC\" --broadcast --private-key 0x{k3}\nforge script script/Deploy.s.sol --broadcast --private-key \"$PRIVATE_KEY\"\n"
    );
    let rows = scan(&[
        ("hardhat.config.ts", config.clone()),
        ("scripts/deploy.sh", deploy.clone()),
    ]);
    let mut want = vec![
        expect(
            "hardhat-account-private-key",
            "hardhat.config.ts",
            &config,
            &k1,
        ),
        expect(
            "hardhat-account-private-key",
            "hardhat.config.ts",
            &config,
            &format!("0x{k2}"),
        ),
        expect(
            "hardhat-etherscan-api-key",
            "hardhat.config.ts",
            &config,
            &scan_key,
        ),
        expect(
            "foundry-cli-private-key",
            "scripts/deploy.sh",
            &deploy,
            &format!("0x{k3}"),
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn kubeconfig_user_tokens() {
    let mut f = Fake::new(1304);
    let token = key(&[
        &f.string(URLSAFE, 36),
        ".",
        &f.string(URLSAFE, 120),
        ".",
        &f.string(URLSAFE, 86),
    ]);
    let static_token = f.string(ALNUM, 32);
    let kubeconfig = format!(
        "apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: {token}\n- name: ops\n  user:\n    as-user-extra: {{}}\n    token: \"{static_token}\"\n- name: env\n  user:\n    token: ${{K8S_TOKEN}}\n- name: oidc\n  user:\n    exec:\n      command: kubelogin\n"
    );
    let rows = scan(&[("deploy/kubeconfig-ci", kubeconfig.clone())]);
    let r = "kubernetes-kubeconfig-user-token";
    let mut want = vec![
        expect(r, "deploy/kubeconfig-ci", &kubeconfig, &token),
        expect(r, "deploy/kubeconfig-ci", &kubeconfig, &static_token),
    ];
    want.sort();
    assert_eq!(rows, want);
}
