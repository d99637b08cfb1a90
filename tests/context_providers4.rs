//! Provider rules from the tenth corpus: Unleash API tokens of every scope (admin `*:*`,
//! multi-project `[]`, project and environment names; INIT_*_API_TOKENS, Edge TOKENS), Apprise
//! notification URLs that hold a token, Gotify tokens in URLs and headers, APISIX admin keys,
//! Kaggle and GLPI key files, and other product formats. Every secret is built at run time; each
//! test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

/// Unleash tokens in a compose file (admin and client seed tokens, an Edge's TOKENS), a Helm
/// values file, R and Ruby code: each is reported whatever its scope; the documented insecure
/// frontend token and a placeholder stay quiet.
#[test]
fn unleash_tokens_of_every_scope() {
    let mut f = Fake::new(191);
    let admin = key(&["*:*.", &f.string(HEX, 64)]);
    let client = key(&["default:development.", &f.string(HEX, 64)]);
    let edge = key(&["default:production.", &f.string(HEX, 56)]);
    let compose = format!(
        "services:\n  unleash:\n    image: unleashorg/unleash-server:6\n    environment:\n      INIT_ADMIN_API_TOKENS: \"{admin}\"\n      INIT_CLIENT_API_TOKENS: \"{client}\"\n      INIT_FRONTEND_API_TOKENS: \"default:development.unleash-insecure-frontend-api-token\"\n  edge:\n    image: unleashorg/unleash-edge:19\n    environment:\n      UPSTREAM_URL: http://unleash:4242\n      TOKENS: {edge}\n"
    );
    let multi = key(&["[]:staging.", &f.string(HEX, 64)]);
    let helm = format!(
        "secrets:\n  unleash_api_token: \"{multi}\"\n  other: \"<project>:<environment>.<secret>\"\n"
    );
    let project = key(&["checkout-web:production.", &f.string(HEX, 64)]);
    let r = format!("unleash_api_token <- \"{project}\"\n");
    let ruby_token = key(&["default:production.", &f.string(HEX, 64)]);
    let ruby = format!("module LabSecrets\n  UNLEASH_API_TOKEN = \"{ruby_token}\"\nend\n");
    let rows = scan(&[
        ("unleash/docker-compose.yml", compose.clone()),
        ("helm/values-prod.yaml", helm.clone()),
        ("R/keys.R", r.clone()),
        ("lib/lab_secrets.rb", ruby.clone()),
    ]);
    let rule = "unleash-api-token";
    let mut want = vec![
        expect(rule, "unleash/docker-compose.yml", &compose, &admin),
        expect(rule, "unleash/docker-compose.yml", &compose, &client),
        expect(rule, "unleash/docker-compose.yml", &compose, &edge),
        expect(rule, "helm/values-prod.yaml", &helm, &multi),
        expect(rule, "R/keys.R", &r, &project),
        expect(rule, "lib/lab_secrets.rb", &ruby, &ruby_token),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// An Apprise YAML configuration with Pushover, Discord, Gotify, Pushbullet, Prowl, Join,
/// Mattermost and Zulip URLs: each URL's token is reported under its scheme's rule, while the
/// documented `{token}` syntax lines stay quiet.
#[test]
fn apprise_urls_report_their_tokens() {
    let mut f = Fake::new(192);
    let user = f.string(ALNUM, 30);
    let pover = f.string(ALNUM, 30);
    let discord = f.string(URLSAFE, 68);
    let gotify = key(&["A", &f.string(ALNUM, 14)]);
    let pbul = key(&["o.", &f.string(ALNUM, 32)]);
    let prowl = f.string(HEX, 40);
    let join = f.string(ALNUM, 32);
    let mmost = f.string(b"abcdefghijklmnopqrstuvwxyz0123456789", 26);
    let zulip = f.string(ALNUM, 32);
    let yml = format!(
        "version: 1\nurls:\n  - pover://{user}@{pover}:\n  - discord://9798221600762938569/{discord}:\n  - gotifys://gotify.corp.example/{gotify}:\n    - tag: critical\n  - pbul://{pbul}/#alerts\n  - prowl://{prowl}?priority=high\n  - join://{join}/group.phone\n  - mmosts://chat.corp.example/{mmost}\n  - zulip://alert-bot@corp.zulipchat.com/{zulip}/ops\n# syntax: pover://{{user_key}}@{{token}} discord://{{WebhookID}}/{{WebhookToken}} gotify://{{hostname}}/{{token}}\n"
    );
    let rows = scan(&[("apprise/apprise.yml", yml.clone())]);
    let p = "apprise/apprise.yml";
    let mut want = vec![
        expect("apprise-pushover-url", p, &yml, &pover),
        expect("apprise-discord-url", p, &yml, &discord),
        expect("apprise-gotify-url", p, &yml, &gotify),
        expect("apprise-pushbullet-url", p, &yml, &pbul),
        expect("apprise-prowl-url", p, &yml, &prowl),
        expect("apprise-join-url", p, &yml, &join),
        expect("apprise-mattermost-url", p, &yml, &mmost),
        expect("apprise-zulip-url", p, &yml, &zulip),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Gotify tokens in a shell script's `?token=` query and a Python Bearer header are reported
/// (the `X-Gotify-Key` header stays gotify-token's, once); a variable in the query and a `?token=` with no Gotify nearby
/// stay quiet.
#[test]
fn gotify_tokens_in_queries_and_headers() {
    let mut f = Fake::new(193);
    let app = key(&["A", &f.string(ALNUM, 14)]);
    let client = key(&["C", &f.string(ALNUM, 14)]);
    let sh = format!(
        "#!/bin/sh\ncurl -s \"https://gotify.corp.example/message?token={app}\" -F \"title=$1\"\ncurl -s \"https://gotify.corp.example/message?token=$GOTIFY_TOKEN\" -F \"title=$1\"\ncurl -H \"X-Gotify-Key: {client}\" https://gotify.corp.example/application\n"
    );
    let bearer = key(&["A", &f.string(ALNUM, 14)]);
    let py = format!(
        "import requests\n\nGOTIFY_URL = \"https://gotify.corp.example\"\nrequests.post(GOTIFY_URL + \"/message\", headers={{\"Authorization\": \"Bearer {bearer}\"}}, json={{}})\n"
    );
    let other = key(&["A", &f.string(ALNUM, 14)]);
    let unrelated = format!("curl -s \"https://api.corp.example/v1/items?token={other}\"\n");
    let rows = scan(&[
        ("scripts/notify.sh", sh.clone()),
        ("scripts/notify.py", py.clone()),
        ("scripts/items.sh", unrelated),
    ]);
    let rule = "gotify-token-in-request";
    let mut want = vec![
        expect(rule, "scripts/notify.sh", &sh, &app),
        expect("gotify-token", "scripts/notify.sh", &sh, &client),
        expect(rule, "scripts/notify.py", &py, &bearer),
    ];
    want.sort();
    assert_eq!(rows, want);
}
