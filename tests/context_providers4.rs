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

/// APISIX admin keys in a 3.x config.yaml (a bare and a quoted key), a 2.x config with the
/// dash on its own line, a curl to the Admin API and Helm chart credentials are reported; the
/// documented default key and an empty key stay quiet.
#[test]
fn apisix_admin_keys_in_config_requests_and_helm() {
    let mut f = Fake::new(194);
    let (admin, viewer) = (f.string(ALNUM, 32), f.string(ALNUM, 32));
    let v3 = format!(
        "deployment:\n  role: traditional\n  admin:\n    admin_key_required: true\n    admin_key:\n      - name: admin\n        role: admin\n        key: {admin}\n      - name: viewer\n        role: viewer\n        key: '{viewer}'\n      - name: spare\n        role: viewer\n        key: ''\n  etcd:\n    host:\n      - \"http://etcd:2379\"\n"
    );
    let legacy = f.string(ALNUM, 32);
    let v2 = format!(
        "apisix:\n  node_listen: 9080\n  admin_key:\n    -\n      name: \"admin\"\n      key: {legacy}\n      role: admin\n    -\n      name: \"viewer\"\n      key: edd1c9f034335f136f87ad84b625c8f1\n      role: viewer\n"
    );
    let header = f.string(ALNUM, 32);
    let sh = format!(
        "curl http://127.0.0.1:9180/apisix/admin/routes/1 -H \"X-API-KEY: {header}\" -X PUT -d @route.json\ncurl http://127.0.0.1:9180/apisix/admin/routes -H \"X-API-KEY: $ADMIN_KEY\"\n"
    );
    let (helm_admin, helm_viewer) = (f.string(ALNUM, 32), f.string(ALNUM, 32));
    let helm = format!(
        "apisix:\n  admin:\n    enabled: true\n    credentials:\n      admin: {helm_admin}\n      viewer: {helm_viewer}\n"
    );
    let rows = scan(&[
        ("apisix/conf/config.yaml", v3.clone()),
        ("legacy/conf/config.yaml", v2.clone()),
        ("scripts/routes.sh", sh.clone()),
        ("helm/apisix-values.yaml", helm.clone()),
    ]);
    let mut want = vec![
        expect("apisix-admin-key", "apisix/conf/config.yaml", &v3, &admin),
        expect("apisix-admin-key", "apisix/conf/config.yaml", &v3, &viewer),
        expect("apisix-admin-key", "legacy/conf/config.yaml", &v2, &legacy),
        expect("apisix-admin-key-header", "scripts/routes.sh", &sh, &header),
        expect(
            "apisix-helm-admin-credentials",
            "helm/apisix-values.yaml",
            &helm,
            &helm_admin,
        ),
        expect(
            "apisix-helm-admin-credentials",
            "helm/apisix-values.yaml",
            &helm,
            &helm_viewer,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// MediaWiki's LocalSettings.php: the upgrade key and the secret key are reported under their
/// own rules; one read from the environment stays quiet.
#[test]
fn mediawiki_upgrade_and_secret_keys() {
    let mut f = Fake::new(195);
    let (secret, upgrade) = (f.string(HEX, 64), f.string(HEX, 16));
    let php = format!(
        "<?php\n$wgSitename = \"Corp Wiki\";\n$wgSecretKey = \"{secret}\";\n$wgUpgradeKey = \"{upgrade}\";\n$wgAuthenticationTokenVersion = \"1\";\n"
    );
    let env = "<?php\n$wgUpgradeKey = getenv('MW_UPGRADE_KEY');\n".to_string();
    let rows = scan(&[
        ("mediawiki/LocalSettings.php", php.clone()),
        ("staging/LocalSettings.php", env),
    ]);
    let p = "mediawiki/LocalSettings.php";
    let mut want = vec![
        expect("mediawiki-secret-key", p, &php, &secret),
        expect("mediawiki-upgrade-key", p, &php, &upgrade),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Key files known by their name: a kaggle.json (one line, or pretty-printed) and GLPI's
/// glpicrypt.key are reported; the same JSON under another name, a kaggle.json with a
/// placeholder key and a glpicrypt.key elsewhere holding a short word stay quiet.
#[test]
fn kaggle_json_and_glpi_key_files() {
    let mut f = Fake::new(196);
    let (one, pretty) = (f.string(HEX, 32), f.string(HEX, 32));
    let compact = format!("{{\"username\":\"corp-research\",\"key\":\"{one}\"}}");
    let indented = format!("{{\n  \"username\": \"ada\",\n  \"key\": \"{pretty}\"\n}}\n");
    let other = format!(
        "{{\"username\":\"corp-research\",\"key\":\"{}\"}}",
        f.string(HEX, 32)
    );
    let placeholder =
        "{\"username\":\"you\",\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}".to_string();
    let glpi = key(&[&f.string(ALNUM, 43), "="]);
    let glpi_file = format!("{glpi}\n");
    let rows = scan(&[
        ("notebooks/kaggle.json", compact.clone()),
        ("home/ada/.kaggle/kaggle.json", indented.clone()),
        ("notebooks/settings.json", other),
        ("examples/kaggle.json", placeholder),
        ("glpi/config/glpicrypt.key", glpi_file.clone()),
        ("old/glpicrypt.key", "changeme\n".to_string()),
    ]);
    let mut want = vec![
        expect("kaggle-json-key", "notebooks/kaggle.json", &compact, &one),
        expect(
            "kaggle-json-key",
            "home/ada/.kaggle/kaggle.json",
            &indented,
            &pretty,
        ),
        expect(
            "glpi-crypt-key",
            "glpi/config/glpicrypt.key",
            &glpi_file,
            &glpi,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// SNMP communities in a Telegraf snmp input, a snmp_exporter auth, LibreNMS's config.php and a
/// Zabbix template macro are reported; `public`, a variable and a `community` setting with no
/// SNMP nearby stay quiet.
#[test]
fn snmp_communities_in_collectors() {
    let mut f = Fake::new(197);
    let telegraf_c = f.string(ALNUM, 16);
    let telegraf = format!(
        "[[inputs.snmp]]\n  agents = [\"udp://10.20.0.1:161\"]\n  version = 2\n  community = \"{telegraf_c}\"\n\n[[inputs.snmp]]\n  agents = [\"udp://10.20.0.2:161\"]\n  community = \"public\"\n\n[[inputs.snmp]]\n  agents = [\"udp://10.20.0.3:161\"]\n  community = \"${{SNMP_COMMUNITY}}\"\n"
    );
    let exporter_c = f.string(ALNUM, 14);
    let exporter =
        format!("auths:\n  core_v2:\n    community: {exporter_c}\n    version: 2\nmodules:\n  if_mib:\n    walk: [interfaces]\n");
    let librenms_c = f.string(ALNUM, 12);
    let php = format!(
        "<?php\n$config['snmp']['community'][] = '{librenms_c}';\n$config['snmp']['community'][] = 'public';\n"
    );
    let zabbix_c = f.string(ALNUM, 12);
    let zabbix = format!(
        "zabbix_export:\n  templates:\n    - template: 'Switch by SNMP'\n      macros:\n        - macro: '{{$SNMP_COMMUNITY}}'\n          value: {zabbix_c}\n"
    );
    let other = format!("[forum]\ncommunity = \"{}\"\n", f.string(ALNUM, 12));
    let rows = scan(&[
        ("telegraf/telegraf.conf", telegraf.clone()),
        ("snmp_exporter/snmp.yml", exporter.clone()),
        ("librenms/config.php", php.clone()),
        ("zabbix/templates/switch.yaml", zabbix.clone()),
        ("forum/settings.ini", other),
    ]);
    let mut want = vec![
        expect(
            "snmp-community-setting",
            "telegraf/telegraf.conf",
            &telegraf,
            &telegraf_c,
        ),
        expect(
            "snmp-community-setting",
            "snmp_exporter/snmp.yml",
            &exporter,
            &exporter_c,
        ),
        expect(
            "snmp-community-librenms-zabbix",
            "librenms/config.php",
            &php,
            &librenms_c,
        ),
        expect(
            "snmp-community-librenms-zabbix",
            "zabbix/templates/switch.yaml",
            &zabbix,
            &zabbix_c,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A Postman collection's apikey and bearer auth values are reported; a `{{variable}}` and the
/// header-name pair stay quiet.
#[test]
fn postman_collection_auth_values() {
    let mut f = Fake::new(198);
    let (apikey, bearer) = (f.string(ALNUM, 32), f.string(URLSAFE, 40));
    let json = format!(
        "{{\n  \"info\": {{\"name\": \"Corp API\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"}},\n  \"auth\": {{\"type\": \"apikey\", \"apikey\": [\n    {{\"key\": \"value\", \"value\": \"{apikey}\", \"type\": \"string\"}},\n    {{\"key\": \"key\", \"value\": \"X-Api-Key\", \"type\": \"string\"}}\n  ]}},\n  \"item\": [\n    {{\"name\": \"orders\", \"request\": {{\"auth\": {{\"type\": \"bearer\", \"bearer\": [{{\"key\": \"token\", \"value\": \"{bearer}\", \"type\": \"string\"}}]}}}}}},\n    {{\"name\": \"users\", \"request\": {{\"auth\": {{\"type\": \"bearer\", \"bearer\": [{{\"key\": \"token\", \"value\": \"{{{{access_token}}}}\", \"type\": \"string\"}}]}}}}}}\n  ]\n}}\n"
    );
    let rows = scan(&[("postman/corp.postman_collection.json", json.clone())]);
    let p = "postman/corp.postman_collection.json";
    let rule = "postman-collection-auth-secret";
    let mut want = vec![
        expect(rule, p, &json, &apikey),
        expect(rule, p, &json, &bearer),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Frappe/ERPNext: a 15-character API key and secret assigned in an ERPNext integration, and a
/// token header pair in a curl to /api/resource/, are reported; the same assignment with no
/// Frappe nearby and a header built from variables stay quiet. A Botpress license key in a
/// .env is reported; the documented placeholder stays quiet.
#[test]
fn frappe_keys_and_botpress_license() {
    let mut f = Fake::new(199);
    let lower = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let (api_key, api_secret) = (f.string(lower, 15), f.string(lower, 15));
    let py = format!(
        "\"\"\"Nightly sync of sales orders from ERPNext.\"\"\"\nERP_URL = \"https://erp.corp.example\"\nAPI_KEY = \"{api_key}\"\nAPI_SECRET = \"{api_secret}\"\nHEADERS = {{\"Authorization\": f\"token {{API_KEY}}:{{API_SECRET}}\"}}\n"
    );
    let pair = key(&[&f.string(lower, 15), ":", &f.string(lower, 15)]);
    let sh = format!(
        "curl -s -H \"Authorization: token {pair}\" https://erp.corp.example/api/resource/Customer\n"
    );
    let other = format!("API_SECRET = \"{}\"\n", f.string(lower, 15));
    let license = f.string(ALNUM, 96);
    let env = format!("EXTERNAL_URL=https://botpress.corp.example\nBP_LICENSE_KEY={license}\n");
    let placeholder = "BP_LICENSE_KEY=<license_key> EXTERNAL_URL=<public_url> ./bp\n".to_string();
    let rows = scan(&[
        ("integrations/erpnext_sync.py", py.clone()),
        ("scripts/customers.sh", sh.clone()),
        ("misc/settings.py", other),
        ("botpress/.env", env.clone()),
        ("botpress/README.md", placeholder),
    ]);
    let mut want = vec![
        expect(
            "frappe-api-key-secret",
            "integrations/erpnext_sync.py",
            &py,
            &api_key,
        ),
        expect(
            "frappe-api-key-secret",
            "integrations/erpnext_sync.py",
            &py,
            &api_secret,
        ),
        expect(
            "frappe-api-token-header",
            "scripts/customers.sh",
            &sh,
            &pair,
        ),
        expect("botpress-license-key", "botpress/.env", &env, &license),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A password built at run time: letters and digits around punctuation.
fn pw(f: &mut Fake) -> String {
    key(&[&f.alnum(6), "!", &f.alnum(5), "-", &f.alnum(4)])
}

/// Product configuration files that name their secrets in their own way: Znuny/OTRS
/// Kernel/Config.pm (database, LDAP search user, SMTP), Dex's bindPW, DokuWiki's authldap
/// bindpw, MediaWiki's LDAP proxy agent password, osTicket's DBPASS, Squid's cache_peer login,
/// Dolibarr's instance unique id and Roundcube's pgsql:// DSN. Crypted, obfuscated, templated
/// and environment values stay quiet.
#[test]
fn product_configuration_passwords() {
    let mut f = Fake::new(200);
    let (db, ldap, smtp) = (pw(&mut f), pw(&mut f), pw(&mut f));
    let otrs = format!(
        "package Kernel::Config;\nsub Load {{\n    my $Self = shift;\n    $Self->{{DatabasePw}} = '{db}';\n    $Self->{{'AuthModule::LDAP::SearchUserPw'}} = '{ldap}';\n    $Self->{{'SendmailModule::AuthPassword'}} = '{smtp}';\n    $Self->{{'Customer::AuthModule::LDAP::SearchUserPw1'}} = '{{7ab93f2d1c0e4a8b}}';\n}}\n1;\n"
    );
    let bind = pw(&mut f);
    let dex = format!(
        "connectors:\n- type: ldap\n  id: ldap\n  config:\n    host: ldap.corp.example:636\n    bindDN: cn=dex,ou=svc,dc=corp,dc=example\n    bindPW: {bind}\n- type: ldap\n  id: ldap2\n  config:\n    bindPW: $LDAP_BIND_PW\n"
    );
    let doku_pw = pw(&mut f);
    let doku = format!(
        "<?php\n$conf['plugin']['authldap']['bindpw'] = '{doku_pw}';\n$conf['plugin']['authad']['admin_password'] = '<b>{}';\n",
        f.alnum(24)
    );
    let mw_pw = pw(&mut f);
    let mw = format!("<?php\n$wgLDAPProxyAgentPassword = [ \"CORP\" => \"{mw_pw}\" ];\n");
    let ost_pw = pw(&mut f);
    let ost = format!(
        "<?php\ndefine('DBHOST','db');\ndefine('DBPASS','{ost_pw}');\ndefine('SECRET_SALT','%CONFIG-SIRI');\n"
    );
    let peer = pw(&mut f);
    let squid = format!(
        "cache_peer dc2.corp.example parent 8080 0 no-query default login=fwd:{peer}\ncache_peer dc3.corp.example parent 8080 0 no-query login=PASSTHRU\n"
    );
    let instance = f.string(HEX, 32);
    let dolibarr = format!(
        "<?php\n$dolibarr_main_url_root='https://erp.corp.example';\n$dolibarr_main_instance_unique_id='{instance}';\n"
    );
    let dsn_pw = f.alnum(18);
    let roundcube = format!(
        "<?php\n$config['password_db_dsn'] = 'pgsql://postfixadmin:{dsn_pw}@pg-mail/postfix';\n"
    );
    let rows = scan(&[
        ("otrs/Kernel/Config.pm", otrs.clone()),
        ("dex/config.yaml", dex.clone()),
        ("dokuwiki/conf/local.php", doku.clone()),
        ("mediawiki/LocalSettings.php", mw.clone()),
        ("osticket/include/ost-config.php", ost.clone()),
        ("squid/squid.conf", squid.clone()),
        ("dolibarr/htdocs/conf/conf.php", dolibarr.clone()),
        ("roundcube/config/config.inc.php", roundcube.clone()),
    ]);
    let znuny = "znuny-config-password";
    let config_pm = "otrs/Kernel/Config.pm";
    let mut want = vec![
        expect(znuny, config_pm, &otrs, &db),
        expect(znuny, config_pm, &otrs, &ldap),
        expect(znuny, config_pm, &otrs, &smtp),
        expect("dex-ldap-bind-password", "dex/config.yaml", &dex, &bind),
        expect(
            "dokuwiki-auth-plugin-password",
            "dokuwiki/conf/local.php",
            &doku,
            &doku_pw,
        ),
        expect(
            "mediawiki-ldap-password",
            "mediawiki/LocalSettings.php",
            &mw,
            &mw_pw,
        ),
        expect(
            "osticket-config-secret",
            "osticket/include/ost-config.php",
            &ost,
            &ost_pw,
        ),
        expect("squid-cache-peer-login", "squid/squid.conf", &squid, &peer),
        expect(
            "dolibarr-instance-unique-id",
            "dolibarr/htdocs/conf/conf.php",
            &dolibarr,
            &instance,
        ),
        expect(
            "postgres-connection-uri",
            "roundcube/config/config.inc.php",
            &roundcube,
            &dsn_pw,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Apprise URLs that log in with user:password (ntfys, mailtos, json, rockets, matrixs) and the
/// Slack webhook form report their secret; the documented placeholders stay quiet.
#[test]
fn apprise_user_password_and_slack_urls() {
    let mut f = Fake::new(201);
    let pws: Vec<String> = (0..5).map(|_| f.alnum(16)).collect();
    let slack = f.string(ALNUM, 24);
    let text = format!(
        "urls:\n  - ntfys://alerts:{}@ntfy.corp.example/ops\n  - mailtos://ops:{}@smtp.corp.example?to=oncall@corp.example\n  - json://svc:{}@hooks.corp.example/notify\n  - rockets://bot:{}@chat.corp.example/#alerts\n  - matrixs://bot:{}@matrix.corp.example/#ops\n  - slack://T1JJ3T3L2/B1BRTD4JD/{slack}/#alerts\n  - mailtos://user:password@smtp.corp.example?to=oncall@corp.example\n  - json://{{user}}:{{password}}@{{hostname}}/{{path}}\n",
        pws[0], pws[1], pws[2], pws[3], pws[4]
    );
    let rows = scan(&[("apprise/apprise.yml", text.clone())]);
    let p = "apprise/apprise.yml";
    let mut want: Vec<_> = pws
        .iter()
        .map(|s| expect("apprise-url-password", p, &text, s))
        .collect();
    want.push(expect("apprise-slack-url", p, &text, &slack));
    want.sort();
    assert_eq!(rows, want);
}
