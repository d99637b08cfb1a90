//! Context detection in the syntaxes the eleventh blind corpus found missing: collection literals
//! under a credential name (`src/matcher/collection.rs`), values wrapped in a conversion call
//! (`bytes.fromhex('v')`), credentials in documents under a label or in a table column
//! (`src/matcher/doclabel.rs`), and SQL `INSERT` rows named by their columns
//! (`src/matcher/sql.rs`). Every secret is built at run time; each test asserts rule, path, line
//! and column of every finding.

use crate::common::*;
use crate::context::{expect, scan};

/// A password with letters of both cases, digits and a symbol.
fn password(f: &mut Fake) -> String {
    crate::context::password_with(f, "!")
}

const SECRET: &str = "generic-secret-assignment";
const HEX_SECRET: &str = "generic-hex-secret-assignment";
const PASSWORD: &str = "generic-password-assignment";

#[test]
fn collections_under_credential_names_in_many_languages() {
    let mut f = Fake::new(2101);
    let k: Vec<String> = (0..14).map(|_| f.alnum(32)).collect();
    let p: Vec<String> = (0..5).map(|_| password(&mut f)).collect();
    // Java: a map keyed by country codes and an array initializer.
    let java = format!(
        "public class Gateways {{\n    static final Map<String, String> MERCHANT_SECRETS = Map.of(\n        \"SE\", \"{}\",\n        \"NO\", \"{}\"\n    );\n\n    static final String[] SFTP_PASSWORDS = {{\n        \"{}\",\n        \"{}\"\n    }};\n}}\n",
        k[0], k[1], p[0], p[1]
    );
    // Python: a label key on one line, its value on the next; a parenthesised value; a user
    // name under a `user` key is no secret, and a lookup is no literal.
    let py = format!(
        "CREDENTIALS = {{\n    'warehouse':\n        '{}',\n    'reporting': {{'user': 'svc_reporting01'}},\n    'open_banking_client_secret': (\n        '{}'\n    ),\n    'ledger': os.getenv('LEDGER_PASSWORD'),\n}}\n",
        p[2], k[2]
    );
    // Lua, Kotlin, C#, Go, Ruby and JavaScript.
    let lua = format!(
        "local partner_keys = {{\n  \"{}\",\n  \"{}\",\n}}\nreturn partner_keys\n",
        k[3], k[4]
    );
    let kt = format!(
        "val apiTokens = mapOf(\n    \"eu\" to \"{}\",\n    \"us\" to \"{}\"\n)\n",
        k[5], k[6]
    );
    let cs = format!(
        "static readonly Dictionary<string, string> ClientSecrets = new Dictionary<string, string>\n{{\n    {{ \"north\", \"{}\" }},\n}};\n",
        k[7]
    );
    let go = format!(
        "var apiTokens = []string{{\n\t\"{}\",\n\t\"{}\",\n}}\n",
        k[8], k[9]
    );
    let rb = format!("API_TOKENS = %w[\n  {}\n  {}\n]\n", k[10], k[11]);
    let js = format!(
        "const webhookSecrets = {{\n  stripe: '{}',\n  fontFamily: 'SFMonoRegularWeight400Italic',\n}};\nconst dbPasswords = [\n  '{}',\n];\nexport const API_KEYS: string[] = [\n  '{}',\n];\n",
        k[12], p[3], k[13]
    );
    let rows = scan(&[
        ("src/Gateways.java", java.clone()),
        ("ingest/credentials.py", py.clone()),
        ("runtime/keys.lua", lua.clone()),
        ("app/Tokens.kt", kt.clone()),
        ("Server/Secrets.cs", cs.clone()),
        ("internal/tokens.go", go.clone()),
        ("config/tokens.rb", rb.clone()),
        ("src/secrets.js", js.clone()),
    ]);
    let mut want = vec![
        expect(SECRET, "src/Gateways.java", &java, &k[0]),
        expect(SECRET, "src/Gateways.java", &java, &k[1]),
        expect(PASSWORD, "src/Gateways.java", &java, &p[0]),
        expect(PASSWORD, "src/Gateways.java", &java, &p[1]),
        expect(PASSWORD, "ingest/credentials.py", &py, &p[2]),
        expect(SECRET, "ingest/credentials.py", &py, &k[2]),
        expect(SECRET, "runtime/keys.lua", &lua, &k[3]),
        expect(SECRET, "runtime/keys.lua", &lua, &k[4]),
        expect(SECRET, "app/Tokens.kt", &kt, &k[5]),
        expect(SECRET, "app/Tokens.kt", &kt, &k[6]),
        expect(SECRET, "Server/Secrets.cs", &cs, &k[7]),
        expect(SECRET, "internal/tokens.go", &go, &k[8]),
        expect(SECRET, "internal/tokens.go", &go, &k[9]),
        expect(SECRET, "config/tokens.rb", &rb, &k[10]),
        expect(SECRET, "config/tokens.rb", &rb, &k[11]),
        expect(SECRET, "src/secrets.js", &js, &k[12]),
        expect(PASSWORD, "src/secrets.js", &js, &p[3]),
        expect(SECRET, "src/secrets.js", &js, &k[13]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn settings_objects_are_not_collections_of_secrets() {
    let mut f = Fake::new(2102);
    let (a, b) = (f.alnum(32), f.alnum(32));
    // Elements of a collection whose name names no credential, and strings inside calls.
    let js = format!(
        "const theme = {{\n  primary: '{a}',\n}};\nconst apiKeys = [\n  process.env.KEY_A,\n  lookup(\"{b}\"),\n];\n"
    );
    // Solr's `credentials` map holds a hash and a salt per user, not a password.
    let solr = format!(
        "{{\n  \"authentication\": {{\n    \"credentials\": {{\n      \"solr\": \"{a}= {b}=\"\n    }}\n  }}\n}}\n"
    );
    // Cargo's `[features]` lists feature names under feature names, `credentials` among them.
    let cargo = "[features]\ncredentials = [\"dep:gix-credentials\", \"gix-protocol/credentials\"]\nWin32_Security_Credentials = [\"Win32_Security\"]\n".to_string();
    assert_eq!(
        scan(&[
            ("src/theme.js", js),
            ("solr/security.json", solr),
            ("Cargo.toml", cargo)
        ]),
        vec![]
    );
}

#[test]
fn values_wrapped_in_conversion_calls() {
    let mut f = Fake::new(2103);
    let h: Vec<String> = (0..4).map(|_| f.string(HEX, 64)).collect();
    let k: Vec<String> = (0..4).map(|_| f.alnum(32)).collect();
    let py = format!(
        "app.cookie_secret = bytes.fromhex('{}')\nSIGNING_KEY = base64.b64decode(\"{}\")\nclient_secret = SecretStr(\"{}\")\nwebhook_secret = binascii.unhexlify(b'{}')\n",
        h[0], k[0], k[1], h[1]
    );
    let js = format!("const webhookSecret = Buffer.from('{}', 'hex');\n", h[2]);
    let go = format!("var signingKey = []byte(\"{}\")\n", k[2]);
    let rs = format!("let api_token = Secret::new(\"{}\".to_string());\n", k[3]);
    // A call that computes something from the literal is code, not a conversion.
    let other = format!("session_secret = hashlib.sha256('{}').hexdigest()\n", h[3]);
    let rows = scan(&[
        ("settings.py", py.clone()),
        ("src/hmac.js", js.clone()),
        ("internal/sign.go", go.clone()),
        ("src/client.rs", rs.clone()),
        ("tools/other.py", other),
    ]);
    let mut want = vec![
        expect(HEX_SECRET, "settings.py", &py, &h[0]),
        expect(SECRET, "settings.py", &py, &k[0]),
        expect(SECRET, "settings.py", &py, &k[1]),
        expect(HEX_SECRET, "settings.py", &py, &h[1]),
        expect(HEX_SECRET, "src/hmac.js", &js, &h[2]),
        expect(SECRET, "internal/sign.go", &go, &k[2]),
        expect(SECRET, "src/client.rs", &rs, &k[3]),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn credentials_in_documents_under_labels_and_table_columns() {
    let mut f = Fake::new(2104);
    let hex = f.string(HEX, 40);
    let (uuid, public_id) = (f.uuid(), f.uuid());
    let (p0, p1) = (password(&mut f), password(&mut f));
    let k = f.alnum(32);
    let runbook = format!(
        "## Credentials\n\n| system | where the credential lives | rotation |\n|---|---|---|\n| Mailer | 1Password `Ops / Mailer` | yearly |\n| Ledger (legacy) | `{hex}` | never |\n"
    );
    let readme = format!(
        "| environment | admin URL | login |\n|---|---|---|\n| staging | https://staging.example.test/admin | `shopadmin` / `{p0}` |\n| local | http://localhost:8080/admin | `admin` / `admin` |\n"
    );
    let campaigns = format!(
        "# Campaigns\n\n**REST API key (prod):**\n    {uuid}\nThe app group id is public and can be shared:\n    {public_id}\n\nStaging admin password:\n\n```\n{p1}\n```\n\nDeploy token:\n\n    {k}\n    echo done\n"
    );
    let (k1, k2) = (f.alnum(32), f.alnum(32));
    let ops = format!(
        "# Ops\n\n**Stripe secret key (live):** `{k1}`\n\n**Stripe secret key:** see `vault/stripe`\n\n| Service | Credential |\n|---|---|\n| Mailgun | `{k2}` |\n| Sentry | `op://ops/sentry/dsn` |\n"
    );
    let rows = scan(&[
        ("docs/RUNBOOK.md", runbook.clone()),
        ("README.md", readme.clone()),
        ("docs/campaigns.md", campaigns.clone()),
        ("docs/ops.md", ops.clone()),
    ]);
    let mut want = vec![
        expect(HEX_SECRET, "docs/RUNBOOK.md", &runbook, &hex),
        expect(PASSWORD, "README.md", &readme, &p0),
        expect(HEX_SECRET, "docs/campaigns.md", &campaigns, &uuid),
        expect(PASSWORD, "docs/campaigns.md", &campaigns, &p1),
        expect(SECRET, "docs/ops.md", &ops, &k1),
        expect(SECRET, "docs/ops.md", &ops, &k2),
    ];
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn sql_insert_rows_are_named_by_their_columns() {
    let mut f = Fake::new(2105);
    let k: Vec<String> = (0..6).map(|_| f.alnum(48)).collect();
    let sql = format!(
        "-- seed\nINSERT INTO api_clients (name, client_secret) VALUES ('billing-sync', '{}');\nINSERT INTO api_clients (name, client_secret, created_at) VALUES\n  ('a', '{}', now()),\n  ('b', '{}', now());\nINSERT INTO app_config (name, value) VALUES ('partner_api_token', '{}');\nINSERT INTO api_clients (name, client_secret) VALUES ('demo', 'demo-secret-not-real');\nINSERT INTO app_config (name, value) VALUES ('site_title', 'KettlebrookOutdoorShop2024');\nINSERT INTO integrations (provider, api_key)\nVALUES\n  ('stripe', '{}'),\n  ('mailgun', '{}');\n",
        k[0], k[1], k[2], k[3], k[4], k[5]
    );
    let rows = scan(&[("db/seed.sql", sql.clone())]);
    let mut want: Vec<_> = k
        .iter()
        .map(|v| expect(SECRET, "db/seed.sql", &sql, v))
        .collect();
    want.sort();
    assert_eq!(rows, want);
}

#[test]
fn form_control_value_properties_are_named_by_the_control() {
    let mut f = Fake::new(2106);
    let (p, k) = (password(&mut f), f.alnum(32));
    let frm = format!(
        "Private Sub Form_Load()\n    txtUser.Text = \"lager\"\n    txtPassword.Text = \"{p}\"\n    Me.txtApiToken.Value = \"{k}\"\n    lblPassword.Text = \"Password\"\nEnd Sub\n"
    );
    let rows = scan(&[("src/frmLogin.frm", frm.clone())]);
    let mut want = vec![
        expect(PASSWORD, "src/frmLogin.frm", &frm, &p),
        expect(SECRET, "src/frmLogin.frm", &frm, &k),
    ];
    want.sort();
    assert_eq!(rows, want);
}
