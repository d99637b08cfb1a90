//! Value judgement, fourth round: qualifying words (`sync`, `device`, `tenant`, `next`, `page`)
//! skip only a bare `token` / `secret` / `key` they qualify, never a full credential term after
//! them (`SYNC_API_TOKEN`, `SyncApiSecret`); names that end in `Pass`, HMAC names, certificate
//! names holding a key; a control's `.Text` under a password name; values that start with `-`,
//! upper-case passwords and short base64 secrets under strong names; references and public
//! keys under secret names. Every secret is built at run time; each test asserts rule, path,
//! line and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &[u8] = b"0123456789";

/// A full credential term after a qualifying word is a credential, in .env, Android string
/// resources, an iOS Info.plist and a C# constant; the qualifier before a bare token (a
/// pagination token, a sync token of base64) still keeps the name quiet.
#[test]
fn qualifier_before_a_full_credential_term() {
    let mut f = Fake::new(2201);
    let (a, b, c, d, e) = (
        f.strong(48),
        f.strong(36),
        f.strong(48),
        f.strong(40),
        f.strong(32),
    );
    let env = format!(
        "SYNC_API_TOKEN={a}\nTENANT_CLIENT_SECRET_VALUE=none\nNEXT_PAGE_TOKEN={}\ncache_key: {}\n",
        f.strong(40),
        f.strong(32),
    );
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"device_api_key\">{d}</string>\n</resources>\n"
    );
    let plist = format!(
        "<plist version=\"1.0\">\n<dict>\n\t<key>SyncApiSecret</key>\n\t<string>{b}</string>\n</dict>\n</plist>\n"
    );
    let cs = format!(
        "public static class Constants\n{{\n    public const string SyncApiToken = \"{c}\";\n    public const string InstanceAccessToken = \"{e}\";\n}}\n"
    );
    let rows = scan(&[
        ("app/.env", env.clone()),
        ("android/res/values/secrets.xml", xml.clone()),
        ("ios/App/Info.plist", plist.clone()),
        ("xamarin/Constants.cs", cs.clone()),
    ]);
    let g = "generic-secret-assignment";
    let mut want = vec![
        expect(g, "app/.env", &env, &a),
        expect(g, "android/res/values/secrets.xml", &xml, &d),
        expect(g, "ios/App/Info.plist", &plist, &b),
        expect(g, "xamarin/Constants.cs", &cs, &c),
        expect(g, "xamarin/Constants.cs", &cs, &e),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// A name that is or ends in `Pass` in INI files (`Pass=`, `LogPass=`), a credential-named
/// control's `.Text`, HMAC names and a certificate name holding a hex key (Agora's app
/// certificate) are found; a computed HMAC (`expected_hmac`) is not.
#[test]
fn pass_names_controls_hmac_and_certificate_names() {
    let mut f = Fake::new(2202);
    let pw = |f: &mut Fake| {
        key(&[
            "Violet",
            &f.string(DIGITS, 4),
            "@",
            &f.string(DIGITS, 1),
            &f.string(UPPER, 3),
        ])
    };
    let (a, b, c) = (pw(&mut f), pw(&mut f), pw(&mut f));
    let hex = b"0123456789abcdef";
    let (h, k, x) = (
        f.string(b"0123456789ABCDEF", 64),
        f.string(hex, 32),
        f.string(hex, 64),
    );
    let mail = format!("[Mail]\nHost=mail.example.se\nUser=erp-noreply\nPass={a}\n");
    let pb = format!("[Database]\nLogId=pbuser\nLogPass={b}\n");
    let frm = format!(
        "Private Sub Form_Load()\n    txtUser.Text = \"lager\"\n    txtPassword.Text = \"{c}\"\nEnd Sub\n"
    );
    let py = format!("GATEWAY = {{\n    \"webhook-hmac\": \"{h}\",\n}}\nexpected_hmac = \"{x}\"\n");
    let cc = format!("static const char *APP_CERTIFICATE = \"{k}\";\n");
    let rows = scan(&[
        ("erp/Stockman.ini", mail.clone()),
        ("erp/pb/stockman.ini", pb.clone()),
        ("erp/src/frmLogin.frm", frm.clone()),
        ("shop/settings.py", py.clone()),
        ("agora/token_builder.c", cc.clone()),
    ]);
    let (p, hx) = (
        "generic-password-assignment",
        "generic-hex-secret-assignment",
    );
    let mut want = vec![
        expect(p, "erp/Stockman.ini", &mail, &a),
        expect(p, "erp/pb/stockman.ini", &pb, &b),
        expect(p, "erp/src/frmLogin.frm", &frm, &c),
        expect(hx, "shop/settings.py", &py, &h),
        expect(hx, "agora/token_builder.c", &cc, &k),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// Values the filters used to drop: a base64url key that starts with `-` under a webhook
/// signature key name, an upper-case generated password, a 12-character padded base64 client
/// secret; a constant name and an unpadded short value stay quiet.
#[test]
fn dash_upper_case_and_short_base64_values() {
    let mut f = Fake::new(2203);
    let sig = key(&["-", &f.strong(21)]);
    let upper = key(&[
        &f.string(UPPER, 2),
        &f.string(DIGITS, 1),
        &f.string(UPPER, 3),
        &f.string(DIGITS, 2),
        &f.string(UPPER, 2),
        &f.string(DIGITS, 1),
        &f.string(UPPER, 1),
        &f.string(DIGITS, 3),
        &f.string(UPPER, 1),
    ]);
    let short = key(&[
        &f.string(UPPER, 1),
        &f.string(LOWER, 2),
        &f.string(DIGITS, 1),
        &f.string(UPPER, 2),
        &f.string(DIGITS, 1),
        &f.string(LOWER, 1),
        &f.string(UPPER, 2),
        &f.string(LOWER, 1),
        "=",
    ]);
    let env = format!("HOOKS_SIGNATURE_KEY={sig}\n");
    let yaml = format!(
        "gateways:\n    legacy:\n      username: \"merchant.example.no\"\n      password: {upper}\n      mode: AES256GCM\n      password_mode: HTTP2PROTOCOL\n"
    );
    let xml = format!(
        "<rest>\n  <clientId>V1:abc:DEF:AA</clientId>\n  <clientSecret>{short}</clientSecret>\n  <apiSecret>{}</apiSecret>\n</rest>\n",
        f.strong(11)
    );
    let rows = scan(&[
        ("webhooks/.env", env.clone()),
        ("config/packages/payum.yaml", yaml.clone()),
        ("sabre/client.xml", xml.clone()),
    ]);
    let mut want = vec![
        expect("generic-secret-assignment", "webhooks/.env", &env, &sig),
        expect(
            "generic-password-assignment",
            "config/packages/payum.yaml",
            &yaml,
            &upper,
        ),
        expect(
            "generic-short-secret-assignment",
            "sabre/client.xml",
            &xml,
            &short,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}

/// References and public keys under secret names are not findings: a Symfony parameter before
/// a key file path, a key file path, an Adyen client key (`live_` and 32 upper-case letters and
/// digits), Mollie's documentation key, rsconnect's `token:` above its `secret:` (the secret is
/// found). A Razorpay key id is advice: listed at low severity, failing nothing.
#[test]
fn references_public_keys_and_key_pair_ids() {
    let mut f = Fake::new(2204);
    let upper_alnum = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let secret = f.strong(40);
    let env = "JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem\nJWT_PUBLIC_KEY=%env(resolve:JWT_PUB)%\nSIGNING_KEY=config/keys/signing-key.pem\n";
    let py = format!(
        "ADYEN = {{\n    \"client-key\": \"live_{}\",\n}}\n",
        f.string(upper_alnum, 32)
    );
    let mollie = key(&["test_dHar4XY7", "LxsDOtmnkVtjNVWXLSlXsM"]);
    let js = format!("const client = createMollieClient({{ apiKey: '{mollie}' }});\n");
    let dcf = format!(
        "name: lab\nserver: shinyapps.io\ntoken: {}\nsecret: {secret}\n",
        f.string(b"0123456789abcdef", 32)
    );
    let rows = scan(&[
        ("sylius/.env", env.to_string()),
        ("saleor/settings_local.py", py),
        ("test/mollie.test.js", js),
        ("shiny/rsconnect/shinyapps.io/lab.dcf", dcf.clone()),
    ]);
    assert_eq!(
        rows,
        vec![expect(
            "generic-secret-assignment",
            "shiny/rsconnect/shinyapps.io/lab.dcf",
            &dcf,
            &secret,
        )]
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let id = key(&["rzp_live_", &f.alnum(14)]);
    write(
        dir.path(),
        "src/checkout.js",
        &format!("const options = {{\n  key: '{id}',\n  amount: 50000,\n}};\n"),
    );
    let out = leakgate(dir.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v = json(&out);
    assert_eq!(
        finding_rows(&v),
        vec![row("razorpay-key-id", "src/checkout.js", 2, 9)]
    );
    let first = &v["findings"][0];
    assert_eq!(first["severity"], "low");
    assert!(first["downgraded"]
        .as_str()
        .is_some_and(|w| w.starts_with("a Razorpay key id")));
}

/// PayPal classic API credentials in a Payum gateway: the upper-case API password and the API
/// signature (its `_api1.` username stands near); a `signature` with no API username near is
/// not reported.
#[test]
fn paypal_classic_api_signature_beside_its_username() {
    let mut f = Fake::new(2205);
    let pw = key(&[
        &f.string(UPPER, 2),
        &f.string(DIGITS, 1),
        &f.string(UPPER, 4),
        &f.string(DIGITS, 2),
        &f.string(UPPER, 3),
        &f.string(DIGITS, 3),
        &f.string(UPPER, 1),
    ]);
    // PayPal's documented signatures are 56 characters (the sample in its NVP docs starts `A`).
    let sig = key(&["A", &f.strong(55)]);
    let yaml = format!(
        "payum:\n  gateways:\n    paypal:\n      factory: paypal_express_checkout\n      username: \"merchant_api1.example.no\"\n      password: {pw}\n      signature: {sig}\n"
    );
    let other = format!("webhook:\n  signature: {}\n", f.strong(48));
    let rows = scan(&[
        ("config/packages/payum.yaml", yaml.clone()),
        ("config/webhook.yaml", other),
    ]);
    let mut want = vec![
        expect(
            "paypal-nvp-api-password",
            "config/packages/payum.yaml",
            &yaml,
            &pw,
        ),
        expect(
            "paypal-nvp-api-signature",
            "config/packages/payum.yaml",
            &yaml,
            &sig,
        ),
    ];
    want.sort();
    assert_eq!(rows, want);
}
