//! Provider rules from the eleventh corpus: stream keys in RTMP ingest URLs and stream_key
//! names (Mux, YouTube, Facebook Live, Cloudflare Stream, Restream; Twitch keeps its own rule),
//! SRT passphrases, Braintree private keys in every SDK's gateway configuration (positional in
//! Java and .NET, keyword arguments elsewhere), LiveKit keys maps, Agora app certificates beside
//! an app id, nginx secure_link secrets, PayPal NVP signatures, Square webhook signature keys,
//! Adyen HMAC keys under a plugin, Pipedrive tokens in URLs and runbooks, Braze REST keys in
//! requests and notes, Sabre client secrets and JupyterHub secrets. Every secret is built at run
//! time; each test asserts rule, path, line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const DIGITS: &[u8] = b"0123456789";
const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// An ffmpeg script pushing to five platforms, an environment file and an OBS-style YAML: each
/// ingest URL's last segment and each stream_key value is reported; a Twitch key keeps its own
/// rule, and a variable, a bare server URL and a local test stream stay quiet.
#[test]
fn stream_keys_in_ingest_urls_and_names() {
    let mut f = Fake::new(231);
    let mux = f.uuid();
    let yt = [0; 5].map(|_| f.string(LOWER_ALNUM, 4)).join("-");
    let fb = key(&["FB-", &f.string(DIGITS, 16), "-0-", &f.string(ALNUM, 24)]);
    let cf = key(&[&f.string(HEX, 32), "k", &f.string(HEX, 32)]);
    let restream = key(&["re_", &f.string(DIGITS, 7), "_", &f.string(HEX, 20)]);
    let twitch = key(&["live_", &f.string(DIGITS, 9), "_", &f.string(ALNUM, 30)]);
    let srt = f.string(ALNUM, 24);
    let srt_url = key(&[
        "srt://live.cloudflare.com:778?pass",
        "phrase=",
        &srt,
        "&streamid=cam1",
    ]);
    let script = format!(
        "#!/usr/bin/env bash\nset -euo pipefail\n\
         ffmpeg -re -i \"$1\" -c:v libx264 -f flv \"rtmps://global-live.mux.com:443/app/{mux}\"\n\
         ffmpeg -re -i \"$1\" -f flv rtmp://a.rtmp.youtube.com/live2/{yt}\n\
         ffmpeg -re -i \"$1\" -f flv 'rtmps://live-api-s.facebook.com:443/rtmp/{fb}'\n\
         ffmpeg -re -i \"$1\" -f flv rtmps://live.cloudflare.com:443/live/{cf}\n\
         ffmpeg -re -i \"$1\" -f flv rtmp://live.restream.io/live/{restream}\n\
         ffmpeg -re -i \"$1\" -f flv rtmp://live.twitch.tv/app/{twitch}\n\
         ffmpeg -re -i \"$1\" -f mpegts \"{srt_url}\"\n\
         ffmpeg -re -i \"$1\" -f flv \"rtmp://a.rtmp.youtube.com/live2/${{YOUTUBE_STREAM_KEY}}\"\n\
         ffmpeg -re -i \"$1\" -f flv rtmp://localhost/live/stream\n"
    );
    let env_key = f.uuid();
    let env = format!(
        "MUX_STREAM_KEY={env_key}\nMUX_RTMP_URL=rtmps://global-live.mux.com:443/app\nSTREAM_KEY=${{YT_KEY}}\n"
    );
    let obs_key = [0; 5].map(|_| f.string(LOWER_ALNUM, 4)).join("-");
    let obs = format!(
        "outputs:\n  youtube:\n    server: rtmps://a.rtmps.youtube.com:443/live2\n    streamKey: \"{obs_key}\"\n"
    );
    let rows = scan(&[
        ("transcode/push_live.sh", script.clone()),
        ("transcode/.env", env.clone()),
        ("obs/outputs.yaml", obs.clone()),
    ]);
    let url = "rtmp-stream-key-url";
    let mut want = vec![
        expect(url, "transcode/push_live.sh", &script, &mux),
        expect(url, "transcode/push_live.sh", &script, &yt),
        expect(url, "transcode/push_live.sh", &script, &fb),
        expect(url, "transcode/push_live.sh", &script, &cf),
        expect(url, "transcode/push_live.sh", &script, &restream),
        expect(
            "twitch-stream-key",
            "transcode/push_live.sh",
            &script,
            &twitch,
        ),
        expect(
            "srt-passphrase-url",
            "transcode/push_live.sh",
            &script,
            &srt,
        ),
        expect("stream-key-assignment", "transcode/.env", &env, &env_key),
        expect("stream-key-assignment", "obs/outputs.yaml", &obs, &obs_key),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Braintree gateways in Java (positional, over three lines), C# (positional and an object
/// initializer), Ruby, Python, Node and PHP: the private key is reported under the Braintree
/// rule each time, the merchant id and the public key never, and a positional call with
/// variables stays quiet.
#[test]
fn braintree_private_keys_in_every_sdk_form() {
    let mut f = Fake::new(232);
    let merchant = f.string(LOWER_ALNUM, 16);
    let public = f.string(LOWER_ALNUM, 16);
    let keys: Vec<String> = (0..7).map(|_| f.string(HEX, 32)).collect();
    let java = format!(
        "package pay;\n\nimport com.braintreegateway.BraintreeGateway;\n\npublic class Config {{\n    static BraintreeGateway fallback() {{\n        return new BraintreeGateway(Environment.PRODUCTION,\n            \"{merchant}\", \"{public}\",\n            \"{}\");\n    }}\n    static BraintreeGateway fromEnv(String m, String p, String k) {{\n        return new BraintreeGateway(Environment.SANDBOX, m, p, k);\n    }}\n}}\n",
        keys[0]
    );
    let cs = format!(
        "var gateway = new BraintreeGateway(Environment.PRODUCTION, \"{merchant}\", \"{public}\", \"{}\");\nvar other = new BraintreeGateway\n{{\n    Environment = Braintree.Environment.SANDBOX,\n    MerchantId = \"{merchant}\",\n    PublicKey = \"{public}\",\n    PrivateKey = \"{}\"\n}};\n",
        keys[1], keys[2]
    );
    let ruby = format!(
        "$gateway = Braintree::Gateway.new(\n  :environment => :production,\n  :merchant_id => \"{merchant}\",\n  :public_key => \"{public}\",\n  :private_key => \"{}\",\n)\n",
        keys[3]
    );
    let python = format!(
        "import braintree\n\ngateway = braintree.BraintreeGateway(\n    braintree.Configuration(\n        braintree.Environment.Production,\n        merchant_id=\"{merchant}\",\n        public_key=\"{public}\",\n        private_key=\"{}\",\n    )\n)\n",
        keys[4]
    );
    let node = format!(
        "const braintree = require('braintree');\nconst gateway = new braintree.BraintreeGateway({{\n  environment: braintree.Environment.Production,\n  merchantId: '{merchant}',\n  publicKey: '{public}',\n  privateKey: '{}',\n}});\n",
        keys[5]
    );
    let php = format!(
        "<?php\n$gateway = new Braintree\\Gateway([\n    'environment' => 'production',\n    'merchantId' => '{merchant}',\n    'publicKey' => '{public}',\n    'privateKey' => '{}'\n]);\n",
        keys[6]
    );
    let rows = scan(&[
        ("src/main/java/pay/Config.java", java.clone()),
        ("Payments/Gateway.cs", cs.clone()),
        ("config/initializers/braintree.rb", ruby.clone()),
        ("payments/gateway.py", python.clone()),
        ("src/gateway.js", node.clone()),
        ("app/gateway.php", php.clone()),
    ]);
    let rule = "braintree-private-key";
    let mut want = vec![
        expect(rule, "src/main/java/pay/Config.java", &java, &keys[0]),
        expect(rule, "Payments/Gateway.cs", &cs, &keys[1]),
        expect(rule, "Payments/Gateway.cs", &cs, &keys[2]),
        expect(rule, "config/initializers/braintree.rb", &ruby, &keys[3]),
        expect(rule, "payments/gateway.py", &python, &keys[4]),
        expect(rule, "src/gateway.js", &node, &keys[5]),
        expect(rule, "app/gateway.php", &php, &keys[6]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A LiveKit server configuration with two key pairs and a command line with --keys, an Agora
/// token server in C with its app id, and an nginx configuration with both secure_link modes:
/// each secret is reported and the app id, the variables and a templated pair are not.
#[test]
fn livekit_agora_and_nginx_secure_link_secrets() {
    let mut f = Fake::new(233);
    let k1 = key(&["API", &f.string(ALNUM, 12)]);
    let s1 = f.string(ALNUM, 43);
    let k2 = key(&["API", &f.string(ALNUM, 12)]);
    let s2 = f.string(ALNUM, 43);
    let livekit = format!(
        "port: 7880\nrtc:\n  tcp_port: 7881\nkeys:\n  {k1}: {s1}\n  {k2}: {s2}\n  ${{LIVEKIT_API_KEY}}: ${{LIVEKIT_API_SECRET}}\nlogging:\n  level: info\n"
    );
    let s3 = f.string(ALNUM, 43);
    let run =
        format!("#!/bin/sh\nexec livekit-server --config livekit.yaml --keys \"{k1}: {s3}\"\n");
    let app_id = f.string(HEX, 32);
    let cert = f.string(HEX, 32);
    let c = format!(
        "#include \"RtcTokenBuilder.h\"\nstatic const char *APP_ID = \"{app_id}\";\nstatic const char *APP_CERTIFICATE = \"{cert}\";\n"
    );
    let md5 = f.string(ALNUM, 24);
    let word = f.string(ALNUM, 18);
    let nginx = format!(
        "server {{\n  location /v/ {{\n    secure_link $arg_md5,$arg_expires;\n    secure_link_md5 \"$secure_link_expires$uri$remote_addr {md5}\";\n    if ($secure_link = \"\") {{ return 403; }}\n  }}\n  location /p/ {{\n    secure_link_secret {word};\n  }}\n}}\n"
    );
    let rows = scan(&[
        ("livekit/livekit.yaml", livekit.clone()),
        ("livekit/run.sh", run.clone()),
        ("agora/token_builder.c", c.clone()),
        ("nginx/media.conf", nginx.clone()),
    ]);
    let lk = "livekit-keys-secret";
    let mut want = vec![
        expect(lk, "livekit/livekit.yaml", &livekit, &s1),
        expect(lk, "livekit/livekit.yaml", &livekit, &s2),
        expect(lk, "livekit/run.sh", &run, &s3),
        expect("agora-app-certificate", "agora/token_builder.c", &c, &cert),
        expect(
            "nginx-secure-link-md5-secret",
            "nginx/media.conf",
            &nginx,
            &md5,
        ),
        expect(
            "nginx-secure-link-secret",
            "nginx/media.conf",
            &nginx,
            &word,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// PayPal NVP credentials (an INI file, and a Payum gateway with its API password), a Square webhook signature key, an Adyen plugin's webhook HMAC,
/// Pipedrive tokens in a runbook table and an API URL, a Braze key in a note and a request, a
/// Sabre client configuration and JupyterHub's secrets: each is reported under its provider's
/// rule; the Braze app group id beside the key, the PayPal user name and the Sabre client id are
/// not.
#[test]
fn payment_crm_travel_and_hub_secrets() {
    let mut f = Fake::new(234);
    let sig = key(&["A", &f.string(ALNUM, 55)]);
    let paypal = format!(
        "[paypal]\nAPI_USERNAME = sell_api1.shop.example\nAPI_SIGNATURE = {sig}\nENDPOINT = https://api-3t.paypal.com/nvp\n"
    );
    let pp_pw = f.string(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16);
    let pp_sig = key(&["U", &f.string(ALNUM, 20), ".", &f.string(ALNUM, 34)]);
    let payum = format!(
        "payum:\n    gateways:\n        paypal_express:\n            factory: paypal_express_checkout\n            username: \"shop_api1.example.org\"\n            password: {pp_pw}\n            signature: {pp_sig}\n            sandbox: false\n"
    );
    let square = key(&["Q", &f.string(URLSAFE, 21)]);
    let env = format!("SQUARE_WEBHOOK_SIGNATURE_KEY={square}\nSQUARE_ENVIRONMENT=production\n");
    let hmac = f.string(b"0123456789ABCDEF", 64);
    let saleor = format!(
        "PLUGINS_MANAGER_CONFIG = {{\n    \"saleor.payment.gateways.adyen.plugin.AdyenGatewayPlugin\": {{\n        \"merchant-account\": \"KettlebrookECOM\",\n        \"webhook-hmac\": \"{hmac}\",\n    }},\n}}\n"
    );
    let pd1 = f.string(HEX, 40);
    let pd2 = f.string(HEX, 40);
    let runbook = format!(
        "# CRM runbook\n\n| system | credential | rotation |\n|---|---|---|\n| Pipedrive (legacy, read-only) | `{pd1}` | never |\n\n```sh\ncurl \"https://api.pipedrive.com/v1/deals?api_token={pd2}\"\n```\n"
    );
    let braze = f.uuid();
    let group = f.uuid();
    let braze2 = f.uuid();
    let note = format!(
        "# Braze\n\nDashboard: https://dashboard-02.braze.eu\n\n**REST API key (campaign sync, prod):**\n    {braze}\nThe app group id is public:\n    {group}\n\n    curl -H 'Authorization: Bearer {braze2}' https://rest.fra-02.braze.eu/users/track\n"
    );
    let sabre_secret = key(&[&f.string(ALNUM, 11), "="]);
    let sabre = format!(
        "<?xml version=\"1.0\"?>\n<sabreConfig>\n  <endpoint>https://webservices.platform.sabre.com</endpoint>\n  <rest>\n    <clientId>V1:yc4lhcxk:K4NJ:AA</clientId>\n    <clientSecret>{sabre_secret}</clientSecret>\n  </rest>\n</sabreConfig>\n"
    );
    let cookie = f.string(HEX, 64);
    let hub = format!(
        "c = get_config()  # noqa\n\nc.JupyterHub.bind_url = 'https://hub.example.org'\nc.JupyterHub.cookie_secret = bytes.fromhex('{cookie}')\n"
    );
    let proxy = f.string(HEX, 64);
    let crypt = f.string(HEX, 64);
    let values = format!(
        "# zero-to-jupyterhub values\nproxy:\n  secretToken: \"{proxy}\"\nhub:\n  extraEnv:\n    JUPYTERHUB_CRYPT_KEY: \"{crypt}\"\n"
    );
    let rows = scan(&[
        ("shop/paypal.ini", paypal.clone()),
        ("config/packages/payum.yaml", payum.clone()),
        ("webhooks/.env", env.clone()),
        ("saleor/settings_local.py", saleor.clone()),
        ("docs/RUNBOOK.md", runbook.clone()),
        ("docs/braze.md", note.clone()),
        ("sabre/soap-client-config.xml", sabre.clone()),
        ("jupyterhub/jupyterhub_config.py", hub.clone()),
        ("jupyterhub/values.yaml", values.clone()),
    ]);
    let mut want = vec![
        expect("paypal-nvp-api-signature", "shop/paypal.ini", &paypal, &sig),
        expect(
            "paypal-nvp-api-password",
            "config/packages/payum.yaml",
            &payum,
            &pp_pw,
        ),
        expect(
            "paypal-nvp-api-signature",
            "config/packages/payum.yaml",
            &payum,
            &pp_sig,
        ),
        expect(
            "square-webhook-signature-key",
            "webhooks/.env",
            &env,
            &square,
        ),
        expect("adyen-hmac-key", "saleor/settings_local.py", &saleor, &hmac),
        expect(
            "pipedrive-api-token-note",
            "docs/RUNBOOK.md",
            &runbook,
            &pd1,
        ),
        expect("pipedrive-api-token-url", "docs/RUNBOOK.md", &runbook, &pd2),
        expect("braze-rest-api-key-note", "docs/braze.md", &note, &braze),
        expect("braze-rest-api-key-note", "docs/braze.md", &note, &braze2),
        expect(
            "sabre-client-secret",
            "sabre/soap-client-config.xml",
            &sabre,
            &sabre_secret,
        ),
        expect(
            "jupyterhub-cookie-secret",
            "jupyterhub/jupyterhub_config.py",
            &hub,
            &cookie,
        ),
        expect(
            "jupyterhub-proxy-auth-token",
            "jupyterhub/values.yaml",
            &values,
            &proxy,
        ),
        expect(
            "jupyterhub-crypt-key",
            "jupyterhub/values.yaml",
            &values,
            &crypt,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Operator tools' exports: a FileZilla site manager with a base64 and a plain password, a
/// WinSCP.ini session, an mRemoteNG connection file and a Remote Desktop file. Each saved
/// password is reported; a container node, an empty password and a session without one stay
/// quiet.
#[test]
fn operator_tool_exports_report_saved_passwords() {
    let mut f = Fake::new(235);
    let fz64 = key(&[&f.string(ALNUM, 20), "="]);
    let fzplain = f.string(ALNUM, 14);
    let pass64 = key(&["<Pass encoding=\"base64\">", &fz64, "</Pass>"]);
    let pass = key(&["<Pass>", &fzplain, "</Pass>"]);
    let filezilla = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FileZilla3 version=\"3.66.1\">\n  <Servers>\n    <Server>\n      <Host>ftp.example.com</Host>\n      <Port>21</Port>\n      <User>deploy</User>\n      {pass64}\n    </Server>\n    <Server>\n      <Host>10.0.0.5</Host>\n      <User>backup</User>\n      {pass}\n    </Server>\n  </Servers>\n</FileZilla3>\n"
    );
    let winscp_pw = f.string(b"0123456789ABCDEF", 56);
    let winscp_line = key(&["Pass", "word=", &winscp_pw]);
    let winscp = format!(
        "[Configuration\\Interface]\nRandomSeedFile=%APPDATA%\\winscp.rnd\n\n[Sessions\\deploy@files.example.com]\nHostName=files.example.com\nUserName=deploy\n{winscp_line}\n\n[Sessions\\readonly@files.example.com]\nHostName=files.example.com\nUserName=readonly\n"
    );
    let mrng_pw = key(&[&f.string(ALNUM, 62), "=="]);
    let mrng = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<mrng:Connections xmlns:mrng=\"http://mremoteng.org\" Name=\"Connections\" EncryptionEngine=\"AES\" BlockCipherMode=\"GCM\">\n  <Node Name=\"Servers\" Type=\"Container\" Expanded=\"true\">\n    <Node Name=\"db01\" Type=\"Connection\" Username=\"admin\" Domain=\"CORP\" Password=\"{mrng_pw}\" Hostname=\"10.0.0.12\" Protocol=\"RDP\" />\n    <Node Name=\"web01\" Type=\"Connection\" Username=\"root\" Password=\"\" Hostname=\"10.0.0.13\" Protocol=\"SSH2\" />\n  </Node>\n</mrng:Connections>\n"
    );
    let blob = key(&[
        "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000",
        &f.string(b"0123456789ABCDEF", 96),
    ]);
    let rdp_line = key(&["pass", "word 51:b:", &blob]);
    let rdp = format!(
        "screen mode id:i:2\nfull address:s:10.0.0.12\nusername:s:CORP\\admin\n{rdp_line}\nprompt for credentials:i:0\n"
    );
    let rows = scan(&[
        ("ops/filezilla/sitemanager.xml", filezilla.clone()),
        ("ops/WinSCP.ini", winscp.clone()),
        ("ops/confCons.xml", mrng.clone()),
        ("ops/db01.rdp", rdp.clone()),
    ]);
    let fz = "filezilla-saved-password";
    let mut want = vec![
        expect(fz, "ops/filezilla/sitemanager.xml", &filezilla, &fz64),
        expect(fz, "ops/filezilla/sitemanager.xml", &filezilla, &fzplain),
        expect(
            "winscp-saved-password",
            "ops/WinSCP.ini",
            &winscp,
            &winscp_pw,
        ),
        expect(
            "mremoteng-saved-password",
            "ops/confCons.xml",
            &mrng,
            &mrng_pw,
        ),
        expect("rdp-file-password", "ops/db01.rdp", &rdp, &blob),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Keys of threat-intel, accounting, localisation, e-signature, POS, ELT, research and device
/// management products under their product names, the prefixed Samsara and Cal.com keys, and a
/// MyGeotab client's password:
/// each is reported under its product's rule; a client id and a placeholder are not.
#[test]
fn saas_keys_under_their_product_names() {
    let mut f = Fake::new(236);
    let hive = f.string(ALNUM, 32);
    let gn = f.string(ALNUM, 40);
    let qb = f.string(ALNUM, 40);
    let xero = f.string(URLSAFE, 48);
    let zoho = f.string(HEX, 42);
    let phrase = f.string(HEX, 64);
    let docusign = f.uuid();
    let toast = f.string(ALNUM, 48);
    let airbyte = f.string(ALNUM, 40);
    let ncbi = f.string(HEX, 36);
    let benchling = key(&["sk_", &f.string(ALNUM, 30)]);
    let samsara = key(&["samsara_api_", &f.string(ALNUM, 30)]);
    let cal = key(&["cal_live_", &f.string(HEX, 32)]);
    let client_id = f.uuid();
    let env = format!(
        "THEHIVE_API_KEY={hive}\nGREYNOISE_API_KEY={gn}\nQUICKBOOKS_CLIENT_SECRET={qb}\nXERO_CLIENT_SECRET={xero}\nZOHO_CLIENT_SECRET={zoho}\nPHRASE_ACCESS_TOKEN={phrase}\nXERO_CLIENT_ID={client_id}\nDOCUSIGN_SECRET_KEY={docusign}\nTOAST_CLIENT_SECRET={toast}\nAIRBYTE_CLIENT_SECRET={airbyte}\nNCBI_API_KEY={ncbi}\nBENCHLING_API_KEY={benchling}\nSAMSARA_TOKEN={samsara}\nCAL_API_KEY={cal}\nHIGHTOUCH_API_KEY=<api-key>\n"
    );
    let geotab = f.string(ALNUM, 14);
    let kwarg = key(&["pass", "word='", &geotab, "'"]);
    let geotab_rule = "geotab-api-password";
    let py = format!(
        "import mygeotab\n\napi = mygeotab.API(username='fleet-svc@example.com', {kwarg}, database='acme_fleet')\napi.authenticate()\n"
    );
    let rows = scan(&[
        ("deploy/integrations.env", env.clone()),
        ("fleet/sync.py", py.clone()),
    ]);
    let p = "deploy/integrations.env";
    let mut want = vec![
        expect("thehive-api-key", p, &env, &hive),
        expect("greynoise-api-key", p, &env, &gn),
        expect("quickbooks-client-secret", p, &env, &qb),
        expect("xero-client-secret", p, &env, &xero),
        expect("zoho-client-secret", p, &env, &zoho),
        expect("phrase-access-token", p, &env, &phrase),
        expect("docusign-secret-key", p, &env, &docusign),
        expect("toast-client-secret", p, &env, &toast),
        expect("airbyte-client-secret", p, &env, &airbyte),
        expect("ncbi-api-key", p, &env, &ncbi),
        expect("benchling-api-key", p, &env, &benchling),
        expect("samsara-api-token", p, &env, &samsara),
        expect("calcom-api-key", p, &env, &cal),
        expect(geotab_rule, "fleet/sync.py", &py, &geotab),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Threat-intel SDK clients given their keys positionally (PyMISP, TheHiveApi, shodan.Shodan,
/// GreyNoise), a Jupyter Server token on a command line, and Wazuh's key files (client.keys
/// and authd.pass, recognised by their names): each secret is reported; a client built from
/// variables stays quiet.
#[test]
fn threat_intel_clients_jupyter_and_wazuh_files() {
    let mut f = Fake::new(237);
    let misp = f.string(ALNUM, 40);
    let hive = f.string(ALNUM, 32);
    let shodan = f.string(ALNUM, 32);
    let gn = f.string(ALNUM, 40);
    let py = format!(
        "from pymisp import PyMISP\n\nmisp = PyMISP('https://misp.example.org', '{misp}', ssl=True)\nhive = TheHiveApi('http://thehive:9000', '{hive}')\napi = shodan.Shodan(\"{shodan}\")\ngn = GreyNoise(api_key=\"{gn}\")\nother = PyMISP(MISP_URL, MISP_KEY, True)\n"
    );
    let jtok = f.string(HEX, 48);
    let sh =
        format!("#!/bin/sh\nexec jupyter lab --no-browser --ServerApp.token={jtok} --port 8888\n");
    let k1 = f.string(HEX, 64);
    let k2 = f.string(HEX, 64);
    let keys = format!("001 web01 any {k1}\n002 db01 10.0.0.12 {k2}\n");
    let enroll = f.string(ALNUM, 16);
    let rows = scan(&[
        ("soc/clients.py", py.clone()),
        ("notebooks/start.sh", sh.clone()),
        ("wazuh/var/ossec/etc/client.keys", keys.clone()),
        ("wazuh/var/ossec/etc/authd.pass", format!("{enroll}\n")),
    ]);
    let authd = format!("{enroll}\n");
    let mut want = vec![
        expect("misp-auth-key-pymisp", "soc/clients.py", &py, &misp),
        expect("thehive-api-key-client", "soc/clients.py", &py, &hive),
        expect("shodan-api-key-client", "soc/clients.py", &py, &shodan),
        expect("greynoise-api-key-client", "soc/clients.py", &py, &gn),
        expect("jupyter-server-token", "notebooks/start.sh", &sh, &jtok),
        expect(
            "wazuh-agent-key",
            "wazuh/var/ossec/etc/client.keys",
            &keys,
            &k1,
        ),
        expect(
            "wazuh-agent-key",
            "wazuh/var/ossec/etc/client.keys",
            &keys,
            &k2,
        ),
        expect(
            "wazuh-registration-password",
            "wazuh/var/ossec/etc/authd.pass",
            &authd,
            &enroll,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}
