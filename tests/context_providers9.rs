//! Rules and judgements from the nineteenth corpus's misses: an Azure DevOps PAT in a bare
//! `$pat` beside the organisation's URL, hashcat pot files, a Cobalt Strike team server's
//! password, ZAP's API key, GDScript's `:=`, literal secrets in Terraform secret-manager
//! resources; a Chef encrypted data bag's envelope and a table row noted as a hash stay quiet.
//! Every secret is built at run time; each test asserts rule, path, line and column of every
//! finding.

use crate::common::*;
use crate::context::{expect, password, scan};

const BASE32_LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";

/// An engagement's and a game studio's files: the PAT, a pot file (and the same lines under
/// another name, quiet), the team server's start command, ZAP's configuration, a GDScript
/// constant and a Terraform secret version.
#[test]
fn tool_and_platform_secrets() {
    let mut f = Fake::new(301);
    let pat = f.string(BASE32_LOWER, 52);
    let ps1 = format!(
        "# one-off: copy Jenkins credentials into Azure DevOps variable groups\n$org = 'https://dev.azure.com/corp'\n$pat = \"{pat}\"\n"
    );
    let (c1, c2) = (password(&mut f), password(&mut f));
    let pot = format!(
        "{}:{c1}\n{}:{c2}\n",
        f.string(b"0123456789abcdef", 32),
        f.string(b"0123456789abcdef", 32)
    );
    let ts = password(&mut f);
    let profile =
        format!("set sleeptime \"30000\";\n# teamserver 10.50.0.5 \"{ts}\" teamserver.profile\n");
    let zap_key = f.string(b"abcdefghijklmnopqrstuvwxyz0123456789", 26);
    let zap = format!("# passed to zap.sh -config ...\napi.disablekey=false\napi.key={zap_key}\nconnection.timeoutInSecs=60\n");
    let http_key = f.alnum(32);
    let gd = format!(
        "extends Node\nconst NAKAMA_PORT := 7350\nconst NAKAMA_HTTP_KEY := \"{http_key}\"\n"
    );
    let data = password(&mut f);
    let tf = format!(
        "resource \"google_secret_manager_secret_version\" \"dbt\" {{\n  secret      = google_secret_manager_secret.dbt.id\n  secret_data = \"{data}\"\n}}\n"
    );
    let rows = scan(&[
        ("ci/scripts/migrate-secrets.ps1", ps1.clone()),
        ("loot/hashcat.potfile", pot.clone()),
        ("loot/cracked.txt", pot.clone()),
        ("tools/c2/teamserver.profile", profile.clone()),
        ("tools/zap/zap.conf", zap.clone()),
        ("game/addons/backend/config.gd", gd.clone()),
        ("infra/gcp-data/main.tf", tf.clone()),
    ]);
    let mut want = vec![
        expect(
            "azure-devops-personal-access-token-legacy",
            "ci/scripts/migrate-secrets.ps1",
            &ps1,
            &pat,
        ),
        expect(
            "cracked-password-potfile",
            "loot/hashcat.potfile",
            &pot,
            &c1,
        ),
        expect(
            "cracked-password-potfile",
            "loot/hashcat.potfile",
            &pot,
            &c2,
        ),
        expect(
            "cobaltstrike-teamserver-password",
            "tools/c2/teamserver.profile",
            &profile,
            &ts,
        ),
        expect("zap-api-key", "tools/zap/zap.conf", &zap, &zap_key),
        expect(
            "generic-secret-assignment",
            "game/addons/backend/config.gd",
            &gd,
            &http_key,
        ),
        expect(
            "terraform-secret-version-literal",
            "infra/gcp-data/main.tf",
            &tf,
            &data,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Chef encrypted data bag item, pretty-printed (every field of its envelope, the cipher's
/// name included), and a Markdown row whose notes call its value an NT hash are no secrets;
/// the password in the row above it is.
#[test]
fn chef_envelopes_and_rows_noted_as_hashes_stay_quiet() {
    let mut f = Fake::new(302);
    let bag = format!(
        "{{\n  \"id\": \"ldap\",\n  \"bind_password\": {{\n    \"encrypted_data\": \"{}\",\n    \"iv\": \"{}\",\n    \"auth_tag\": \"{}==\",\n    \"version\": 3,\n    \"cipher\": \"aes-256-gcm\"\n  }}\n}}\n",
        f.string(URLSAFE, 80).replace(['-', '_'], "+"),
        f.alnum(16),
        f.alnum(22)
    );
    let pw = password(&mut f);
    let readme = format!(
        "| Where | User | Password | Notes |\n|---|---|---|---|\n| Jenkins script console | jenkins-admin | `{pw}` | reused on Nexus |\n| SAM dump ws-114 | Administrator | `{}` | NT hash, cracked below |\n",
        f.string(b"0123456789abcdef", 32)
    );
    let rows = scan(&[
        ("chef/data_bags/secrets/ldap.json", bag),
        ("engagements/acme/README.md", readme.clone()),
    ]);
    assert_eq!(
        rows,
        [expect(
            "generic-password-assignment",
            "engagements/acme/README.md",
            &readme,
            &pw
        )]
    );
}
