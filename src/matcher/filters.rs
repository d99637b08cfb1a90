//! Checks a regex candidate must pass before it is a finding: entropy, placeholders, checksums,
//! nearby context words.

use crate::rules::{Checksum, Rule, ValueShape};
use std::sync::LazyLock;

/// Shannon entropy in bits per byte.
pub fn shannon_entropy(bytes: &[u8]) -> f64 {
    if bytes.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in bytes {
        counts[b as usize] += 1;
    }
    let len = bytes.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / len;
            -p * p.log2()
        })
        .sum()
}

/// Fragments that mark a value as a placeholder, template or documentation sample rather than
/// a live key. Compared against the lower-cased secret; a capital marks where a word starts
/// inside a fragment, where the secret may have one too (see [`has_written_fragment`]).
const PLACEHOLDER_FRAGMENTS: &[&str] = &[
    "your_",
    "your-",
    "yourKey",
    "yourApiKey",
    "your_api",
    "_here",
    "-here",
    "placeHolder",
    "example",
    "changeMe",
    "change_me",
    "compromised",
    "replace_me",
    "replaceMe",
    "redacted",
    "dummy",
    "insert_",
    "${",
    "{{",
    "getEnv",
    "process.env",
    "os.environ",
    "env(",
    "env[",
    "env.",
    "xxxxxx",
    "******",
    "......",
    "abcdefgh",
    "12345678",
    "notASecret",
    "not_a_real",
    "not-a-real",
    "secretKey",
    "correctHorse",
    "correct-horse",
    "correct_horse",
    // References to a secret kept elsewhere: SOPS, AWS Secrets Manager and SSM, Google Secret
    // Manager, Vault, 1Password, Azure Key Vault, Ansible Vault, Ruby interpolation.
    "enc[",
    "arn:aws:",
    "arn:aws-",
    "vault:",
    "op://",
    "@microsoft.keyVault",
    "secretsManager",
    "ssm:",
    "$ansible_vault",
    "!vault",
    "#{",
    "secretKeyRef",
    "$env:",
    "$__env{",
    "$__file{",
    "$__vault{",
    "valueFrom",
    // Hiera / Puppet interpolation (`%{lookup('vault::x')}`), Swift's
    // `ProcessInfo.processInfo.environment["X"]`.
    "%{",
    "environment[",
];

/// Keys that vendors publish in their documentation, so that anyone may paste them into a
/// sample: never live, or shared by every reader. Each names where it is published.
const DOCUMENTED_EXAMPLES: &[&str] = &[
    // AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    // Stripe's test-mode keys printed in its API reference and quickstarts
    // (https://docs.stripe.com/api/authentication, https://docs.stripe.com/keys#obtain-api-keys).
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "pk_test_TYooMQauvdEDq54NiTphI7jx",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "pk_test_6pRNASCoBOKtIshFeQd4XMUh",
    "sk_test_26PHem9AhJZvU623DfE1x4sd",
    "sk_test_tR3PYbcVNZZ796tH88S4VQ2u",
    // The Azurite / Azure Storage Emulator account key, the same for everyone
    // (https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key).
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    // Mailgun's documentation key (https://documentation.mailgun.com/docs/mailgun/api-reference/).
    "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
    // The jwt.io debugger's sample token (https://jwt.io/), HS256 with `your-256-bit-secret`.
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    // Hardhat's and Ganache's default development mnemonic
    // (https://hardhat.org/hardhat-network/docs/reference#accounts) and the BIP-39 test vector
    // (https://github.com/trezor/python-mnemonic/blob/master/vectors.json).
    "test test test test test test test test test test test junk",
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
    // The age project's published test-vector identities (C2SP age testkit,
    // https://github.com/C2SP/CCTV/tree/main/age, also the `age` crate's tests/testdata/testkit).
    "AGE-SECRET-KEY-1XMWWC06LY3EE5RYTXM9MFLAZ2U56JJJ36S0MYPDRWSVLUL66MV4QX3S7F6",
    "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0",
    "AGE-SECRET-KEY-143WN7DCXU4G8R5AXQSSYD9AEPYDNT3HXSLWSPK36CDU6E8M59SSSAGZ3KG",
    // Mollie's test-mode API key in its API reference and client libraries' examples
    // (https://docs.mollie.com/reference/v2/payments-api/list-payments).
    "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM",
    // Akamai's sample .edgerc credential, printed in its EdgeGrid set-up guide and PowerShell
    // reference (https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials).
    "C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=",
    "akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij",
    "akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj",
    // Ably's example API key, used to explain the key format (https://ably.com/docs/ids-and-keys/,
    // https://ably.com/docs/auth).
    "I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0",
];

/// Prefixes of keys that vendors make to be published: they ship in web pages and mobile apps
/// and grant nothing a visitor of those pages does not already have. The generic rules do not
/// report them (a provider rule may still, at its own severity).
const PUBLIC_BY_DESIGN: &[&str] = &[
    // PostHog project API keys: https://posthog.com/docs/api#public-endpoint-authentication
    "phc_",
    // Mapbox public access tokens: https://docs.mapbox.com/accounts/guides/tokens/#public-tokens
    "pk.eyJ",
    // Stripe publishable keys: https://docs.stripe.com/keys#obtain-api-keys
    "pk_live_",
    "pk_test_",
    // RevenueCat public app-specific SDK keys (Apple, Google, Amazon stores); its secret keys
    // start `sk_`: https://www.revenuecat.com/docs/welcome/authentication
    "appl_",
    "goog_",
    "amzn_",
    // Midtrans client keys, which Snap.js and the mobile SDKs carry (the server key stays on
    // the server): https://docs.midtrans.com/docs/retrieving-api-access-keys
    "Mid-client-",
    "SB-Mid-client-",
    // Flutterwave public keys, for the inline checkout in the browser:
    // https://developer.flutterwave.com/docs/authentication
    "FLWPUBK-",
    "FLWPUBK_TEST-",
];

/// Whether a value is a key made to be public (see [`PUBLIC_BY_DESIGN`]), or an Adyen client
/// key.
pub fn is_public_by_design(secret: &[u8]) -> bool {
    PUBLIC_BY_DESIGN
        .iter()
        .any(|p| secret.starts_with(p.as_bytes()))
        || adyen_client_key(secret)
        || dotted_public_token(secret)
}

/// A public token in Mapbox's form whatever its payload: `pk.`, then two dot-separated parts of
/// URL-safe characters (`pk.<payload>.<signature>`). Its secret counterpart starts `sk.`
/// (https://docs.mapbox.com/accounts/guides/tokens/#public-tokens).
fn dotted_public_token(secret: &[u8]) -> bool {
    let Some(body) = secret.strip_prefix(b"pk.") else {
        return false;
    };
    let mut parts = body.split(|&b| b == b'.');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let urlsafe = |p: &[u8]| {
        p.len() >= 10
            && p.iter()
                .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
    };
    urlsafe(a) && urlsafe(b)
}

/// An Adyen client key: `test_` or `live_` and 32 upper-case letters and digits. Web and mobile
/// Drop-in and Components receive it in the shopper's browser or app, limited to the allowed
/// origins; it makes no API call (https://docs.adyen.com/development-resources/client-side-authentication).
/// Other keys with these prefixes mix cases (Mollie's `live_` API keys), so the shape decides.
fn adyen_client_key(secret: &[u8]) -> bool {
    let body = secret
        .strip_prefix(b"test_")
        .or_else(|| secret.strip_prefix(b"live_"));
    body.is_some_and(|b| {
        b.len() == 32
            && b.iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    })
}

/// A value cut short for a document or a log: `sk-ant-api03-...`, `ghp_…`, or shown by its
/// ends with the middle left out (`sk-...a1b2`, `AKIA…WXYZ`, the way dashboards and redacting
/// loggers print a key). The reader is shown the shape of a key, not a key.
fn is_elided(secret: &[u8]) -> bool {
    const TAIL: usize = 6;
    [&b"..."[..], "\u{2026}".as_bytes()].iter().any(|dots| {
        memchr::memmem::rfind(secret, dots).is_some_and(|at| secret.len() - at - dots.len() <= TAIL)
    })
}

/// Whether a secret looks like a placeholder, a template reference or a documented example.
pub fn is_placeholder(secret: &[u8]) -> bool {
    if DOCUMENTED_EXAMPLES.iter().any(|e| e.as_bytes() == secret) || is_elided(secret) {
        return true;
    }
    let lower = secret.to_ascii_lowercase();
    if PLACEHOLDER_NEEDLES
        .iter()
        .any(|(needle, written)| has_written_fragment(secret, &lower, needle, written))
    {
        return true;
    }
    if is_reference(secret)
        || has_angle_placeholder(secret)
        || is_secret_manager_uri(&lower)
        || has_substitution(secret)
        || has_format_field(secret)
    {
        return true;
    }
    // One character repeated through most of the value: `aaaaaaaa…`, `00000000…`.
    longest_run(&lower) * 2 > lower.len() && lower.len() >= 8
}

/// Each of [`PLACEHOLDER_FRAGMENTS`] lower-cased (what is searched for) beside the fragment as
/// written (whose capitals mark inner word starts): lower-cased once, not for every candidate.
static PLACEHOLDER_NEEDLES: LazyLock<Vec<(Vec<u8>, &'static [u8])>> = LazyLock::new(|| {
    PLACEHOLDER_FRAGMENTS
        .iter()
        .map(|f| (f.as_bytes().to_ascii_lowercase(), f.as_bytes()))
        .collect()
});

/// Whether `fragment` occurs in `secret` (compared lower-cased: `lower`) written the way a
/// person writes it: all upper-case (`YOUR_KEY`), or with capitals only where a word of the
/// fragment starts (`your_key`, `Your_key`, `secretKeyRef`; the fragment's own capitals mark its
/// inner word starts). A random key of 150 mixed-case characters holds `YoUR_` or `eXAMple` by
/// chance; nobody types a placeholder so.
/// `needle` is `fragment` lower-cased.
fn has_written_fragment(secret: &[u8], lower: &[u8], needle: &[u8], fragment: &[u8]) -> bool {
    memchr::memmem::find_iter(lower, needle).any(|at| {
        let written = &secret[at..at + fragment.len()];
        let shouting = written
            .iter()
            .filter(|b| b.is_ascii_alphabetic())
            .all(u8::is_ascii_uppercase);
        shouting
            || written.iter().enumerate().all(|(j, b)| {
                let word_start = j == 0
                    || fragment[j].is_ascii_uppercase()
                    || !fragment[j - 1].is_ascii_alphabetic();
                !b.is_ascii_uppercase() || word_start
            })
    })
}

/// A whole value that names a variable instead of holding a secret: `$JWT_SECRET`, `$(VAR)`,
/// `%API_KEY%`, `projects/p/secrets/name/versions/1`.
fn is_reference(v: &[u8]) -> bool {
    let ident = |b: &[u8]| {
        !b.is_empty()
            && (b[0].is_ascii_alphabetic() || b[0] == b'_')
            && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    // A variable name is short; a long `$`-prefixed run is a key format (Asaas `$aact_…`).
    if v.len() >= 2
        && v[0] == b'$'
        && ((v.len() <= 41 && ident(&v[1..])) || matches!(v[1], b'{' | b'('))
    {
        return true;
    }
    if v.len() >= 3 && v[0] == b'%' && v[v.len() - 1] == b'%' && ident(&v[1..v.len() - 1]) {
        return true;
    }
    if symfony_parameter(v) || key_file_path(v) {
        return true;
    }
    contains(v, b"projects/") && contains(v, b"/secrets/")
}

/// A value that starts with a Symfony container parameter or environment processor
/// (`%kernel.project_dir%/config/jwt/private.pem`, `%env(JWT_SECRET)%`,
/// `%env(resolve:SECRET_FILE)%`), resolved when the container is built, whole or before a path.
fn symfony_parameter(v: &[u8]) -> bool {
    if v.len() < 3 || v[0] != b'%' {
        return false;
    }
    let Some(close) = memchr::memchr(b'%', &v[1..]).map(|i| i + 1) else {
        return false;
    };
    let inner = &v[1..close];
    let name = |b: &[u8]| {
        !b.is_empty()
            && (b[0].is_ascii_alphabetic() || b[0] == b'_')
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b':'))
    };
    let parameter = name(inner)
        || inner
            .strip_prefix(b"env(")
            .and_then(|r| r.strip_suffix(b")"))
            .is_some_and(name);
    parameter && matches!(v.get(close + 1), None | Some(b'/' | b'\\'))
}

/// A path to a key or certificate file (`config/jwt/private.pem`, `C:\\keys\\app.p12`): a
/// separator, then a file name with a key file's extension. Random keys have no `.` before a
/// word at their end.
fn key_file_path(v: &[u8]) -> bool {
    const EXTENSIONS: &[&[u8]] = &[
        b".pem",
        b".key",
        b".p12",
        b".pfx",
        b".jks",
        b".crt",
        b".cer",
        b".der",
        b".p8",
        b".keystore",
    ];
    memchr::memchr2(b'/', b'\\', v).is_some()
        && EXTENSIONS
            .iter()
            .any(|e| v.len() > e.len() && v[v.len() - e.len()..].eq_ignore_ascii_case(e))
}

/// URI schemes of secret managers, whose URIs name where a secret is kept and are resolved at
/// run time: SecretSpec's providers (<https://secretspec.dev/reference/providers>: `awssm`,
/// `gcsm`, `akv`, `bws`, `infisical`, `keeper`, `onepassword`, `lastpass`, `dashlane`,
/// `openbao`), vals' providers (`ref+doppler://`, `ref+conjur://`...; any `ref+` scheme, see
/// [`is_secret_manager_uri`]: <https://github.com/helmfile/vals>), written bare by the loaders
/// that borrow vals' names (`doppler://project/config/NAME`), and CyberArk Conjur's Spring
/// config import (`spring.config.import: conjur://path`). Lower-case, without `://`.
const SECRET_MANAGER_SCHEMES: &[&str] = &[
    "awssm",
    "gcsm",
    "akv",
    "bws",
    "infisical",
    "keeper",
    "onepassword",
    "lastpass",
    "dashlane",
    "openbao",
    "doppler",
    "conjur",
];

/// A whole value that is a secret manager's URI (`doppler://prd/DB_PASSWORD`,
/// `ref+awssecrets://prod/db#password`): a reference to a secret, not the secret. vals marks
/// every reference with `ref+`, so any scheme after it counts. `lower` is the value lower-cased
/// (schemes are case-insensitive: `AKV://`), as [`is_placeholder`] has it.
fn is_secret_manager_uri(lower: &[u8]) -> bool {
    let (vals, rest) = match lower.strip_prefix(b"ref+") {
        Some(rest) => (true, rest),
        None => (false, lower),
    };
    let Some(colon) = memchr::memmem::find(rest, b"://") else {
        return false;
    };
    let scheme = &rest[..colon];
    // A scheme that names a secret store in words (`gcp-secret-manager://`,
    // `azure-secrets://`, `secretsmanager://`): loaders invent such schemes freely, and a password
    // does not start with one.
    let names_a_store = scheme.len() <= 32
        && contains(scheme, b"secret")
        && scheme
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+' | b'.'));
    colon + 3 < rest.len()
        && (names_a_store
            || vals
                && !scheme.is_empty()
                && scheme
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'+')
            || SECRET_MANAGER_SCHEMES
                .iter()
                .any(|s| s.as_bytes() == scheme))
}

/// A substitution inside the value: `$(NAME)` (Make, Azure Pipelines, MSBuild) or `%(name)s`
/// (Python's %-formatting, Ansible and Alembic configs): `$(` or `%(`, a name, `)`. A `(` after
/// `$` or `%` with no name closing it is two characters of a random key (Django's alphabet has
/// all three).
fn has_substitution(v: &[u8]) -> bool {
    v.windows(2)
        .enumerate()
        .filter(|(_, w)| matches!(w, [b'$' | b'%', b'(']))
        .any(|(i, _)| {
            let rest = &v[i + 2..];
            let name = rest
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
                .count();
            name > 0 && rest.get(name) == Some(&b')')
        })
}

/// A format string's field inside the value (`neo4j/{pw}`, `user:{password}`, Python's
/// `f"..."`, Rust's `format!`): `{`, a lower-case identifier of two characters or more, `}`.
/// Random secrets hold braces (WordPress salts), rarely around a lower-case word.
fn has_format_field(v: &[u8]) -> bool {
    memchr::memchr_iter(b'{', v).any(|i| {
        let rest = &v[i + 1..];
        let name = rest
            .iter()
            .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || **b == b'_')
            .count();
        // The closing brace may be cut off by a rule's character class (`neo4j/{pw`): then
        // the field must follow a separator, not a random salt's punctuation (`...#[{wp`).
        let cut = name == rest.len() && (i == 0 || matches!(v[i - 1], b'/' | b':' | b'=' | b'@'));
        name >= 2 && rest[0].is_ascii_lowercase() && (rest.get(name) == Some(&b'}') || cut)
    })
}

/// `<YOUR_KEY>`, `<token>`, `<api key>`: a name in angle brackets. A lone `<` or `>` is a
/// character of a random secret (WordPress salts use them).
fn has_angle_placeholder(v: &[u8]) -> bool {
    let mut i = 0;
    while let Some(o) = memchr::memchr(b'<', &v[i..]) {
        let s = i + o + 1;
        let mut e = s;
        while e < v.len()
            && (v[e].is_ascii_alphanumeric() || matches!(v[e], b'_' | b'-' | b' ' | b'.'))
        {
            e += 1;
        }
        if e < v.len() && v[e] == b'>' && e >= s + 2 {
            return true;
        }
        // `pypi-<your test token>` cut at its first space: a word opened by `<` ends the value.
        if v.len() >= s + 3 && v[s..].iter().all(u8::is_ascii_alphabetic) {
            return true;
        }
        i = s;
    }
    v.first() == Some(&b'<') || v.last() == Some(&b'>')
}

fn longest_run(bytes: &[u8]) -> usize {
    let mut best = 0;
    let mut run = 0;
    let mut prev = None;
    for &b in bytes {
        if Some(b) == prev {
            run += 1;
        } else {
            run = 1;
            prev = Some(b);
        }
        best = best.max(run);
    }
    best
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Encodes `n` in base 62, left-padded with `0` to `width`.
pub fn base62(mut n: u32, width: usize) -> String {
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(BASE62[(n % 62) as usize]);
        n /= 62;
    }
    while digits.len() < width {
        digits.push(b'0');
    }
    digits.reverse();
    String::from_utf8(digits).expect("base62 digits are ASCII")
}

/// GitHub and npm tokens end in six base62 characters holding the CRC32 of the random part
/// between the `prefix_` and the checksum.
pub fn crc32_base62_ok(secret: &[u8]) -> bool {
    let body = match secret.iter().rposition(|&b| b == b'_') {
        Some(i) => &secret[i + 1..],
        None => secret,
    };
    if body.len() <= 6 {
        return false;
    }
    let (random, check) = body.split_at(body.len() - 6);
    base62(crc32fast::hash(random), 6).as_bytes() == check
}

/// A JWT's header and payload must decode to JSON objects and the header must name an `alg`.
pub fn jwt_ok(secret: &[u8]) -> bool {
    jwt_claims(secret).is_some_and(|claims| !jwt_is_public_or_sample(&claims))
}

/// The claims of a JWT whose header decodes to a JSON object naming an `alg` and whose payload
/// decodes to a JSON object; `None` for anything else.
pub fn jwt_claims(secret: &[u8]) -> Option<serde_json::Value> {
    use base64::Engine;
    let mut parts = secret.split(|&b| b == b'.');
    let (Some(header), Some(payload), Some(_sig)) = (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let decode = |seg: &[u8]| -> Option<serde_json::Value> {
        let trimmed: Vec<u8> = seg.iter().copied().filter(|&b| b != b'=').collect();
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(trimmed)
            .ok()?;
        serde_json::from_slice::<serde_json::Value>(&bytes).ok()
    };
    let header_ok = decode(header).is_some_and(|h| h.get("alg").is_some_and(|a| a.is_string()));
    if !header_ok {
        return None;
    }
    decode(payload).filter(|p| p.is_object())
}

/// Words that, as a whole part of a token's `iss`, `sub` or `aud` (split at anything not a
/// letter or digit), say it was issued for testing: `https://test-issuer.example.com`,
/// `localhost:8080`, `dev-user`, `dummy`. Lower-case.
pub const JWT_TEST_WORDS: &[&str] = &[
    "test",
    "tests",
    "testing",
    "example",
    "localhost",
    "dev",
    "sample",
    "dummy",
    "fake",
    "mock",
];

/// Why a JWT is an expired test token, or `None`: its `exp` (seconds since the epoch) is before
/// `now` AND its `iss`, `sub` or `aud` names one of [`JWT_TEST_WORDS`]. Such a token no longer
/// authenticates anyone and was minted for a test; what would still matter is the key that
/// signed it, which the `jwt-signing-secret` rules report on their own. Both conditions are
/// needed: an expired production token still names a real issuer (and its signing key may be
/// the same today), and an unexpired test token may work against a shared test environment.
pub fn jwt_expired_test_token(secret: &[u8], now: u64) -> Option<String> {
    let claims = jwt_claims(secret)?;
    let exp = claims.get("exp").and_then(|e| e.as_f64())?;
    if exp >= now as f64 {
        return None;
    }
    let names_test = |v: &serde_json::Value| {
        v.as_str().is_some_and(|s| {
            s.to_ascii_lowercase()
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| JWT_TEST_WORDS.contains(&w))
        })
    };
    let claim = ["iss", "sub", "aud"]
        .into_iter()
        .find(|k| match claims.get(*k) {
            Some(serde_json::Value::Array(items)) => items.iter().any(names_test),
            Some(v) => names_test(v),
            None => false,
        })?;
    Some(format!(
        "expired test token: `exp` is past and `{claim}` names a test issuer"
    ))
}

/// Why a match is advice rather than a leak, or `None`: one of the rule's `advice_context` words
/// stands within 512 bytes before or after it (a Google API key in a Firebase client
/// configuration or a Maps JavaScript URL: `rules/google.yaml`). The reason is the rule's.
pub fn advice_context(rule: &Rule, bytes: &[u8], start: usize, end: usize) -> Option<String> {
    let advice = rule.spec.advice_context.as_ref()?;
    let lo = start.saturating_sub(512);
    let hi = (end + 512).min(bytes.len());
    let around = bytes[lo..hi].to_ascii_lowercase();
    advice
        .words
        .iter()
        .any(|w| contains(&around, w.to_ascii_lowercase().as_bytes()))
        .then(|| advice.reason.clone())
}

/// Tokens that are not secrets by their claims: Supabase `anon` keys (made to ship in clients,
/// protected by row-level security) and the jwt.io debugger's sample subject.
pub fn jwt_is_public_or_sample(claims: &serde_json::Value) -> bool {
    let s = |k: &str| claims.get(k).and_then(|v| v.as_str());
    if s("role") == Some("anon") {
        return true;
    }
    s("sub") == Some("1234567890") && s("name") == Some("John Doe")
}

/// The base64 body of a PEM-like block must decode to at least 32 bytes (an Ed25519 PKCS#8 key
/// is 48): a real key, not an elided sample such as `MIIE...`. Decoding is lenient about padding
/// and a ragged final quantum; the rule's regex has already vetted the alphabet.
pub fn pem_base64_ok(secret: &[u8]) -> bool {
    use base64::engine::{
        general_purpose::GeneralPurpose, DecodePaddingMode, GeneralPurposeConfig,
    };
    use base64::Engine;
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    let text = String::from_utf8_lossy(secret)
        .replace("\\r", "")
        .replace("\\n", "\n");
    let mut body = String::new();
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with("-----BEGIN") {
            inside = true;
            continue;
        }
        if line.starts_with("-----END") {
            break;
        }
        if inside && !line.contains(':') {
            body.extend(line.chars().filter(|c| !c.is_whitespace()));
        }
    }
    let mut body = body.trim_end_matches('=').to_string();
    if body.len() % 4 == 1 {
        body.pop();
    }
    LENIENT.decode(&body).is_ok_and(|bytes| bytes.len() >= 32)
}

/// Whether one of the rule's context words stands within a few lines around the match, and
/// none of its `published_context` words (which mark a key published by design) does; for the
/// generic rules, also that the match is not a field of an encrypted envelope
/// ([`in_encrypted_envelope`]), a password hash's salt ([`salt_beside_hash`]), a hashed XML
/// attribute ([`hashed_attribute`]), RustDesk's server public key ([`rustdesk_server_key`]) or
/// the id of git's signing key ([`git_signing_key_id`]).
pub fn has_context(rule: &Rule, bytes: &[u8], match_start: usize, match_end: usize) -> bool {
    if rule.has_tag(super::GENERIC_TAG)
        && (in_encrypted_envelope(bytes, match_start, match_end)
            || salt_beside_hash(bytes, match_start)
            || hashed_attribute(bytes, match_start, match_end)
            || rustdesk_server_key(bytes, match_start, match_end)
            || git_signing_key_id(bytes, match_start, match_end))
    {
        return false;
    }
    if rule.context.is_empty() && rule.published_context.is_empty() {
        return true;
    }
    const BEFORE: usize = 512;
    const AFTER: usize = 256;
    let lo = match_start.saturating_sub(BEFORE);
    let hi = (match_end + AFTER).min(bytes.len());
    let around = bytes[lo..hi].to_ascii_lowercase();
    !rule.published_context.iter().any(|w| contains(&around, w))
        && (rule.context.is_empty() || rule.context.iter().any(|w| contains(&around, w)))
}

/// A generated "memorable" password: three or more dictionary-like words joined by one
/// separator (`_`, `.` or `-`), each word lower-case or capitalised, ending in digits
/// (`Beacon_quartz_willow_summit10`, `Amber.fjord.velvet.heron73`): the shape 1Password's and
/// Bitwarden's generators produce with "capitalise" and "include a number". Identifier-shaped
/// allow entries (macro constants with lower-case parts, dotted names) would otherwise take it
/// for a name; names do not end a run of plain words in digits.
pub fn memorable_password(secret: &[u8]) -> bool {
    digits_last_memorable(secret) || number_word_memorable(secret)
}

/// Words joined by `-`, `_` or `.`, the last part a number of up to four digits glued to a
/// capitalised word (`ember-lantern-5690Summit`): Bitwarden's passphrase generator with
/// "capitalise" and "include number" puts the number on a word, so it may fall before one.
/// Names do not start a capitalised part with digits.
fn number_word_memorable(secret: &[u8]) -> bool {
    let Some(&sep) = secret.iter().find(|b| matches!(b, b'_' | b'.' | b'-')) else {
        return false;
    };
    let parts: Vec<&[u8]> = secret.split(|&b| b == sep).collect();
    let Some((last, words)) = parts.split_last() else {
        return false;
    };
    let digits = last.iter().take_while(|b| b.is_ascii_digit()).count();
    let tail = &last[digits..];
    secret.len() >= 14
        && words.len() >= 2
        && (1..=4).contains(&digits)
        && tail.len() >= 3
        && tail[0].is_ascii_uppercase()
        && plain_word(tail)
        && words.iter().all(|w| plain_word(w))
}

/// A dictionary-like word of a generated passphrase: 3 to 10 letters, lower-case after an
/// optional capital, with a vowel, and not a word that marks a placeholder.
fn plain_word(p: &[u8]) -> bool {
    const STOP: [&[u8]; 10] = [
        b"change",
        b"replace",
        b"your",
        b"example",
        b"sample",
        b"test",
        b"dummy",
        b"password",
        b"secret",
        b"default",
    ];
    (3..=10).contains(&p.len())
        && p[0].is_ascii_alphabetic()
        && p[1..].iter().all(|b| b.is_ascii_lowercase())
        && p.iter().any(|b| b"aeiouyAEIOUY".contains(b))
        && !STOP.iter().any(|w| p.eq_ignore_ascii_case(w))
}

/// See [`memorable_password`]: words ending in digits (`Amber.fjord.velvet.heron73`).
fn digits_last_memorable(secret: &[u8]) -> bool {
    let digits = secret
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if !(1..=4).contains(&digits) || secret.len() < 14 {
        return false;
    }
    let body = &secret[..secret.len() - digits];
    let Some(&sep) = body.iter().find(|b| matches!(b, b'_' | b'.' | b'-')) else {
        return false;
    };
    let parts: Vec<&[u8]> = body.split(|&b| b == sep).collect();
    (parts.len() >= 3 && parts.iter().all(|p| plain_word(p))) || mixed_separator_memorable(body)
}

/// Words joined by two or more kinds of separator, the first capitalised and the rest
/// lower-case (`Pepper_umber.garnet` before the digits of `Pepper_umber.garnet66`): generators
/// that pick a random separator per gap (KeePassXC's passphrase generator, hand-made
/// passwords in the same style) write them so, and the dotted-identifier allow entry would take
/// one for a name. A code reference (`config.db.password`, `settings.SECRET`) has no capital
/// first word followed by lower-case words and ends in no digits.
fn mixed_separator_memorable(body: &[u8]) -> bool {
    let separators: Vec<u8> = body
        .iter()
        .copied()
        .filter(|b| matches!(b, b'_' | b'.' | b'-'))
        .collect();
    let mixed = separators.windows(2).any(|w| w[0] != w[1]);
    let parts: Vec<&[u8]> = body.split(|b| matches!(b, b'_' | b'.' | b'-')).collect();
    mixed
        && parts.len() >= 3
        && parts[0].first().is_some_and(|b| b.is_ascii_uppercase())
        && parts[1..]
            .iter()
            .all(|p| p.first().is_some_and(|b| b.is_ascii_lowercase()))
        && parts.iter().all(|p| plain_word(p))
}

/// A random base32 string (RFC 4648: `A`-`Z`, `2`-`7`), as TOTP seeds and many generated keys
/// are written: upper-case only, so the generic rules' "no lower-case letter" allow entry (for
/// constants such as `DEFAULT_TIMEOUT`) would pass it over. Constant names have `_` or vowels in
/// words; a seed has digits among random letters.
pub fn base32_seed(secret: &[u8]) -> bool {
    let body = secret.strip_suffix(b"=").unwrap_or(secret);
    let body = body.strip_suffix(b"=").unwrap_or(body);
    let digits = body.iter().filter(|b| (b'2'..=b'7').contains(*b)).count();
    body.len() >= 16
        && body
            .iter()
            .all(|&b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        && digits >= 2
        && body.len() - digits >= 8
}

/// A long random key in upper-case letters and digits (PlayFab's 52-character title secret
/// keys, many licence and developer keys): 32 characters or more, at least six digits and
/// twelve letters, letters beyond `A`-`F` (so not an upper-case hex digest or GUID), and no
/// `_` (constants name words with it). The "no lower-case letter" allow entry would pass it
/// over like [`base32_seed`].
pub fn upper_alnum_key(secret: &[u8]) -> bool {
    let digits = secret.iter().filter(|b| b.is_ascii_digit()).count();
    let beyond_hex = secret.iter().filter(|b| (b'G'..=b'Z').contains(*b)).count();
    secret.len() >= 32
        && secret
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && digits >= 6
        && secret.len() - digits >= 12
        && beyond_hex >= 8
        && shannon_entropy(secret) >= 4.0
}

/// A password generator's upper-case letters and digits (`HK4PW7NX2QC9RB5T`, PayPal NVP API
/// passwords, many device and licence passwords): ten characters or more, no `_` or other
/// separator, at least three digits and four letters, and letters and digits interleaved (four
/// or more changes between them). Constant names keep their digits together (`AES256GCM`,
/// `SHA512`, `X509V3`), so the "constant" allow entry of the password rule is right for them.
pub fn upper_alnum_password(secret: &[u8]) -> bool {
    let digits = secret.iter().filter(|b| b.is_ascii_digit()).count();
    let changes = secret
        .windows(2)
        .filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit())
        .count();
    secret.len() >= 10
        && secret
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && digits >= 3
        && secret.len() - digits >= 4
        && changes >= 4
        && shannon_entropy(secret) >= 3.0
}

/// A generated key of lower-case letters and digits (`i8s2sns8s6xnt61nowdc`, many services'
/// client secrets and API keys): twenty characters or more, at least three digits and eight
/// letters, letters beyond `a`-`f` (not a hex digest), letters and digits interleaved (four or
/// more changes between them) and few vowels (a third of the letters at most, where names of
/// words have two in five). A name with a number keeps its digits together
/// (`productionreplica2024`, `s3bucketlogs2023eu`).
pub fn lower_alnum_key(secret: &[u8]) -> bool {
    let digits = secret.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = secret.len() - digits;
    let vowels = secret.iter().filter(|b| b"aeiouy".contains(b)).count();
    let beyond_hex = secret.iter().filter(|b| (b'g'..=b'z').contains(*b)).count();
    let changes = secret
        .windows(2)
        .filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit())
        .count();
    secret.len() >= 20
        && secret
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && digits >= 3
        && letters >= 8
        && beyond_hex >= 4
        && changes >= 4
        && vowels * 3 <= letters
        && shannon_entropy(secret) >= 3.3
}

/// A key in Django's generator alphabet: exactly 50 characters of `a`-`z`, `0`-`9` and
/// `!@#$%^&*(-_=+)`, as `django.core.management.utils.get_random_secret_key` makes them
/// (<https://docs.djangoproject.com/en/stable/ref/settings/#secret-key>) and as projects that
/// borrow it generate theirs (Sentry's `sentry config generate-secret-key` for
/// `system.secret-key`, session and cookie secrets). It has no upper-case letter, so the
/// generic rules' "mixed case" allow entry would pass it over; names and expressions do not
/// mix three or more of those symbols with digits in 50 characters.
pub fn django_secret_key(secret: &[u8]) -> bool {
    const SYMBOLS: &[u8] = b"!@#$%^&*(=+)";
    let symbols = secret.iter().filter(|b| SYMBOLS.contains(b)).count();
    let digits = secret.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = secret.iter().filter(|b| b.is_ascii_lowercase()).count();
    secret.len() == 50
        && secret
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"!@#$%^&*(-_=+)".contains(b))
        && symbols >= 3
        && digits >= 5
        && letters >= 20
        && shannon_entropy(secret) >= 4.0
}

/// Twelve or more letters in random mixed case (`vDRIosnxlIbDvnovp`), as password generators
/// make them with digits and symbols turned off: the generic password rule's "words" allow
/// entries (no run of five consonants) would otherwise take one for a name. A name is CamelCase:
/// each capital starts a word of two letters or more (`numberOfTaskSlots`, `AddHttpClient`,
/// `kStatsDbPass`), or an acronym (`IOError`); random letters put lone lower-case letters
/// between capitals (`IbD`) and have few vowels (12 of 52 letters with `y`, where words have
/// about two in five).
pub fn random_letters(secret: &[u8]) -> bool {
    let vowels = secret
        .iter()
        .filter(|b| b"aeiouyAEIOUY".contains(b))
        .count();
    secret.len() >= 12
        && secret.iter().all(u8::is_ascii_alphabetic)
        && secret.iter().any(u8::is_ascii_uppercase)
        && secret.iter().any(u8::is_ascii_lowercase)
        && vowels * 100 <= secret.len() * 36
        && !camel_case_words(secret)
}

/// Whether every capital of `name` starts a word of two letters or more or belongs to an
/// acronym: no lone lower-case letter after a capital, unless the two make a common two-letter
/// word of names (`Of`, `Id`, `Db`). A lone lower-case letter may lead (`iPhone`, `kMaxSize`).
fn camel_case_words(name: &[u8]) -> bool {
    const TWO: [&[u8; 2]; 45] = [
        b"of", b"in", b"is", b"id", b"on", b"or", b"to", b"by", b"at", b"as", b"an", b"up", b"db",
        b"ok", b"no", b"do", b"if", b"it", b"my", b"go", b"be", b"we", b"me", b"so", b"us", b"ip",
        b"io", b"os", b"ui", b"js", b"ai", b"qa", b"ms", b"px", b"em", b"vm", b"tx", b"rx", b"fn",
        b"op", b"ad", b"am", b"hi", b"ex", b"ts",
    ];
    let mut i = 0;
    while i < name.len() {
        let start = i;
        while i < name.len() && name[i].is_ascii_uppercase() {
            i += 1;
        }
        let capitals = i - start;
        let lower = i;
        while i < name.len() && name[i].is_ascii_lowercase() {
            i += 1;
        }
        if i - lower == 1 && capitals > 0 {
            let pair = [name[lower - 1].to_ascii_lowercase(), name[lower]];
            if !TWO.iter().any(|w| **w == pair) {
                return false;
            }
        }
        if i == start {
            return false;
        }
    }
    true
}

/// Whether `secret` has a value shape a rule's `allow_unless` names.
pub fn has_shape(shape: ValueShape, secret: &[u8]) -> bool {
    match shape {
        ValueShape::MemorablePassword => memorable_password(secret),
        ValueShape::Base32Seed => base32_seed(secret),
        ValueShape::UpperAlnumKey => upper_alnum_key(secret),
        ValueShape::DjangoSecretKey => django_secret_key(secret),
        ValueShape::UpperAlnumPassword => upper_alnum_password(secret),
        ValueShape::RandomLetters => random_letters(secret),
        ValueShape::LowerAlnumKey => lower_alnum_key(secret),
    }
}

/// Runs every check of `rule` on a candidate whose `secret` group is `secret`. `literal` says
/// whether the value is a literal rather than possibly code ([`super::literal`]); it is asked
/// only where one of the rule's `allow_code` entries matches.
pub fn passes(rule: &Rule, secret: &[u8], literal: impl FnOnce() -> bool) -> bool {
    if secret.is_empty() {
        return false;
    }
    if let Some(min) = rule.spec.min_entropy {
        if shannon_entropy(secret) < min {
            return false;
        }
    }
    let checksum_ok = match rule.spec.checksum {
        None => true,
        Some(Checksum::Crc32Base62) => crc32_base62_ok(secret),
        Some(Checksum::Jwt) => jwt_ok(secret),
        Some(Checksum::PemBase64) => pem_base64_ok(secret),
    };
    if !checksum_ok {
        return false;
    }
    let allowed = rule.allow().iter().any(|re| re.is_match(secret))
        || (rule.allow_code().iter().any(|re| re.is_match(secret)) && !literal());
    if allowed
        && !rule
            .spec
            .allow_unless
            .iter()
            .any(|&shape| has_shape(shape, secret))
    {
        return false;
    }
    if is_encrypted_or_lookup(secret) {
        return false;
    }
    if rule.has_tag(super::GENERIC_TAG)
        && (is_public_by_design(secret)
            || base64_of_prose(secret)
            || postgres_password_hash(secret)
            || test_marker(secret))
    {
        return false;
    }
    !is_placeholder(secret)
}

/// A PostgreSQL password as `pg_authid` stores it and `CREATE ROLE ... PASSWORD '...'` accepts
/// it already hashed: `md5` and 32 hex digits (MD5 of password and role name), or
/// `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`
/// (https://www.postgresql.org/docs/current/catalog-pg-authid.html). A hash, not the password.
pub fn postgres_password_hash(secret: &[u8]) -> bool {
    (secret.len() == 35
        && secret.starts_with(b"md5")
        && secret[3..].iter().all(|b| b.is_ascii_hexdigit()))
        || secret.starts_with(b"SCRAM-SHA-256$")
}

/// A value that says it is made for tests: `...-for-tests`, `..._for_testing`, or holds
/// `hunter2`, the proverbial example password.
pub fn test_marker(secret: &[u8]) -> bool {
    let lower = secret.to_ascii_lowercase();
    [
        "-for-tests",
        "_for_tests",
        "-for-testing",
        "_for_testing",
        "hunter2",
    ]
    .iter()
    .any(|m| contains(&lower, m.as_bytes()))
}

/// A name that frameworks publish to the browser or the app bundle by its prefix: Next.js
/// `NEXT_PUBLIC_`, Expo `EXPO_PUBLIC_`, Nuxt `NUXT_PUBLIC_`, SvelteKit and Astro `PUBLIC_`
/// (https://nextjs.org/docs/app/building-your-application/configuring/environment-variables,
/// https://docs.expo.dev/guides/environment-variables/). `text` runs from the start of a
/// generic rule's match to its secret; the name is its first word.
pub fn browser_public_name(text: &[u8]) -> bool {
    let s = text
        .iter()
        .position(|b| b.is_ascii_alphanumeric())
        .unwrap_or(text.len());
    let name = &text[s..];
    ["next_public_", "expo_public_", "nuxt_public_", "public_"]
        .iter()
        .any(|p| name.len() > p.len() && name[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
}

/// Base64 of English prose (`bWFkZSB1cCBrZXkgZm9yIHRoZSBkb2Nz`, "made up key for the docs"):
/// documentation's stand-in for a key, as BIND's and others' samples write them. Key material
/// decodes to random bytes; this decodes to printable text of three or more words, nearly all
/// letters and spaces.
pub fn base64_of_prose(secret: &[u8]) -> bool {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine as _;
    if secret.len() < 16 || !secret.len().is_multiple_of(4) {
        return false;
    }
    let Ok(text) = STANDARD.decode(secret) else {
        return false;
    };
    let letters = text.iter().filter(|b| b.is_ascii_alphabetic()).count();
    let spaces = text.iter().filter(|&&b| b == b' ').count();
    text.len() >= 12
        && text.iter().all(|b| (0x20..0x7f).contains(b))
        && spaces >= 2
        && !text.windows(2).any(|w| w == b"  ")
        && (letters + spaces) * 10 >= text.len() * 9
        && letters > spaces * 2
}

/// How far either side of a `Salt` line [`salt_beside_hash`] looks for its hash's lines.
const HASH_BLOCK_REACH: usize = 256;

/// Whether the line holding `start` sets a `Salt` beside a `Hash` or `Method` line (within
/// [`HASH_BLOCK_REACH`] bytes either side): a password hash's salt (ZNC's `<Pass>` block,
/// `Method = sha256` / `Hash = <hex>` / `Salt = v`), a parameter of the hash, not a secret.
fn salt_beside_hash(bytes: &[u8], start: usize) -> bool {
    let start = start.min(bytes.len());
    let ls = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
    let name_is = |line: &[u8], w: &[u8]| {
        let t = line.trim_ascii_start();
        let t = t.strip_prefix(b"\"").unwrap_or(t);
        t.len() > w.len()
            && t[..w.len()].eq_ignore_ascii_case(w)
            && matches!(t[w.len()], b' ' | b'\t' | b'=' | b':' | b'"')
    };
    let le = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
    if !name_is(&bytes[ls..le], b"salt") {
        return false;
    }
    let lo = ls.saturating_sub(HASH_BLOCK_REACH);
    let hi = (le + HASH_BLOCK_REACH).min(bytes.len());
    bytes[lo..hi]
        .split(|&b| b == b'\n')
        .any(|l| name_is(l, b"hash") || name_is(l, b"method"))
}

/// Whether the match is the value of git's `signingkey` setting (`.gitconfig` `[user]`
/// `signingkey = <hex>`, `git config user.signingkey <hex>`) given as an OpenPGP key id or
/// fingerprint: 8, 16 or 40 hex digits that name a public key; the private key stays in the
/// keyring (https://git-scm.com/docs/git-config#Documentation/git-config.txt-usersigningKey).
fn git_signing_key_id(bytes: &[u8], start: usize, end: usize) -> bool {
    // The line the value ends on: a pattern may start at the line end before its name and end
    // with the line end after its value.
    let mut last = end.min(bytes.len()).max(start.min(bytes.len()) + 1) - 1;
    while last > start && matches!(bytes.get(last), Some(b'\n' | b'\r')) {
        last -= 1;
    }
    let ls = memchr::memrchr(b'\n', &bytes[..last]).map_or(0, |i| i + 1);
    let le = memchr::memchr(b'\n', &bytes[last..]).map_or(bytes.len(), |i| last + i);
    let line = bytes[ls..le].trim_ascii();
    let Some(at) = memchr::memmem::find(&line.to_ascii_lowercase(), b"signingkey") else {
        return false;
    };
    let after = line[at + 10..].trim_ascii_start();
    let after = after.strip_prefix(b"=").unwrap_or(after).trim_ascii();
    let id = after.strip_prefix(b"0x").unwrap_or(after);
    matches!(id.len(), 8 | 16 | 40)
        && id.iter().all(u8::is_ascii_hexdigit)
        && (line[..at].is_empty() || line[..at].ends_with(b"user."))
}

/// Whether the tag or line holding the match says its value is hashed: an XML attribute
/// `encoding="md5"` (or `sha1`, `sha256`, `sha512`) beside it (Guacamole's `user-mapping.xml`
/// `<authorize password="<hex>" encoding="md5">`), or a WS-Security password of type
/// `#PasswordDigest`. Reads at most 256 bytes either side.
fn hashed_attribute(bytes: &[u8], start: usize, end: usize) -> bool {
    let lo = start.saturating_sub(256);
    let hi = (end + 256).min(bytes.len());
    let from = memchr::memrchr(b'\n', &bytes[lo..start.min(hi)]).map_or(lo, |i| lo + i + 1);
    let to = memchr::memchr(b'\n', &bytes[end.min(hi)..hi]).map_or(hi, |i| end + i);
    let line = bytes[from..to].to_ascii_lowercase();
    // WS-Security `<wsse:Password Type="...#PasswordDigest">`: base64 of SHA-1 over the nonce,
    // the creation time and the password; the password itself is not sent.
    if memchr::memmem::find(&line, b"#passworddigest").is_some() {
        return true;
    }
    memchr::memmem::find_iter(&line, b"encoding=").any(|i| {
        let v = &line[i + 9..];
        let v = v
            .strip_prefix(b"\"")
            .or_else(|| v.strip_prefix(b"'"))
            .unwrap_or(v);
        [
            &b"md5"[..],
            b"sha1",
            b"sha256",
            b"sha512",
            b"sha-256",
            b"sha-512",
        ]
        .iter()
        .any(|h| v.starts_with(h))
    })
}

/// How far either side of a value [`in_encrypted_envelope`] looks for the envelope's fields.
const ENVELOPE_REACH: usize = 512;

/// Whether the line holding `start..end` (within [`ENVELOPE_REACH`] of it) is an encrypted envelope: JSON with a `cipherText` and
/// an `iv` or `nonce` (Atlassian's `dbconfig.xml.secured` and `confluence.cfg.xml` password
/// ciphers, AWS Encryption SDK and Web Crypto wrappers), a field of a Chef encrypted data bag
/// item (`"encrypted_data"`, `"iv"`, `"auth_tag"` beside `"cipher"`), or the value is a field of a
/// Sealed Secret's `encryptedData` map (named within [`ENVELOPE_REACH`] before it). Its fields (the salt, the IV, the
/// ciphertext) are encrypted data and its parameters, not the secret, which needs the key kept
/// elsewhere.
pub fn in_encrypted_envelope(bytes: &[u8], start: usize, end: usize) -> bool {
    // The envelope's fields sit beside the value: reading a bounded stretch of its line keeps
    // the check constant per match (a whole line per match is quadratic on a one-line file).
    let lo = start.saturating_sub(ENVELOPE_REACH);
    let hi = (end + ENVELOPE_REACH).min(bytes.len());
    let from = memchr::memrchr(b'\n', &bytes[lo..start]).map_or(lo, |i| lo + i + 1);
    let to = memchr::memchr(b'\n', &bytes[end..hi]).map_or(hi, |i| end + i);
    let line = bytes[from..to].to_ascii_lowercase();
    if contains(&line, b"\"ciphertext\"")
        && (contains(&line, b"\"iv\"") || contains(&line, b"\"nonce\""))
    {
        return true;
    }
    // A Chef encrypted data bag item, pretty-printed: each field of the envelope on its own
    // line (`"encrypted_data"`, `"iv"`, `"auth_tag"`, `"hmac"`), `"cipher"` beside them
    // (https://docs.chef.io/data_bags/#encrypt-a-data-bag-item).
    let field = [
        &b"\"encrypted_data\""[..],
        b"\"iv\"",
        b"\"auth_tag\"",
        b"\"hmac\"",
        b"\"cipher\"",
    ];
    if field.iter().any(|f| contains(&line, f)) {
        let around = bytes[lo..hi].to_ascii_lowercase();
        if contains(&around, b"\"encrypted_data\"") && contains(&around, b"\"cipher\"") {
            return true;
        }
    }
    // A Bitnami `SealedSecret`'s `encryptedData:` map: each value is encrypted to the
    // controller's public key (base64 starting `Ag`, the session key's length). `start..end`
    // is the value or the whole match (`userKey: Ag...`).
    let m = &bytes[start..end];
    memchr::memmem::find_iter(m, b"Ag").any(|i| i == 0 || matches!(m[i - 1], b' ' | b'"' | b':'))
        && contains(&bytes[lo..end].to_ascii_lowercase(), b"encrypteddata")
}

/// RustDesk's `key` option beside its server settings (`custom-rendezvous-server`,
/// `relay-server` in `RustDesk2.toml`, the custom client's settings): the public key of the
/// hbbs server (`id_ed25519.pub`, 32 bytes in base64), which clients are given so that they
/// trust the server (https://rustdesk.com/docs/en/self-host/client-configuration/). Not a
/// secret. The match's line must assign to the bare name `key` a 44-character base64 value;
/// reads a bounded stretch around the match.
pub fn rustdesk_server_key(bytes: &[u8], start: usize, end: usize) -> bool {
    const REACH: usize = 512;
    // A pattern's match may begin at the line break before the name.
    let skip = bytes[start..end]
        .iter()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .count();
    let start = start + skip;
    let lo = start.saturating_sub(REACH);
    let hi = (end + REACH).min(bytes.len());
    let from = memchr::memrchr(b'\n', &bytes[lo..start]).map_or(lo, |i| lo + i + 1);
    let to = memchr::memchr(b'\n', &bytes[end..hi]).map_or(hi, |i| end + i);
    let line = &bytes[from..to];
    let trimmed = line.trim_ascii_start();
    let Some(rest) = trimmed
        .strip_prefix(b"key")
        .or_else(|| trimmed.strip_prefix(b"\"key\""))
        .or_else(|| trimmed.strip_prefix(b"'key'"))
    else {
        return false;
    };
    let rest = rest.trim_ascii_start();
    let Some(value) = rest.strip_prefix(b"=").or_else(|| rest.strip_prefix(b":")) else {
        return false;
    };
    let mut value = value.trim_ascii();
    value = value.strip_suffix(b",").unwrap_or(value).trim_ascii_end();
    if let [b'"' | b'\'', inner @ .., b'"' | b'\''] = value {
        value = inner;
    }
    value.len() == 44
        && value.ends_with(b"=")
        && value[..43]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/'))
        && contains(&bytes[lo..hi].to_ascii_lowercase(), b"rendezvous")
}

/// A value that is encrypted or looked up, not a secret: Jasypt's `ENC(base64)` (Spring Boot
/// `jasypt-spring-boot`, encrypted with a password kept elsewhere) and the environment lookups
/// of Elixir and Erlang (`System.get_env("X")`, `System.fetch_env!("X")`, `os:getenv("X")`),
/// which a password rule's value pattern may take up to the parenthesis.
pub fn is_encrypted_or_lookup(secret: &[u8]) -> bool {
    const PREFIXES: [&[u8]; 5] = [
        b"ENC(",
        b"System.get_env(",
        b"System.fetch_env!(",
        b"System.fetch_env(",
        b"os:getenv(",
    ];
    PREFIXES.iter().any(|p| secret.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symfony_parameters_and_key_file_paths_are_references() {
        for v in [
            "%kernel.project_dir%/config/jwt/private.pem",
            "%env(JWT_SECRET)%",
            "%env(resolve:SECRET_FILE)%",
            "%app.secret%",
            "config/jwt/private.pem",
            "C:\\keys\\app.p12",
        ] {
            assert!(is_placeholder(v.as_bytes()), "{v}");
        }
        for v in ["%aB3dE9fG1hJ2kL4m", "q8TeX/Amp3Rk0vWm2Lp9sNc", "key.pem"] {
            assert!(!is_reference(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn adyen_client_keys_are_public_mollie_keys_are_not() {
        let body = "LZPKC2NYSYEU7I6PD6ZPRNK4ZWGJRNO2";
        assert!(is_public_by_design(format!("live_{body}").as_bytes()));
        assert!(is_public_by_design(format!("test_{body}").as_bytes()));
        // Mollie's live keys mix cases.
        let mollie = format!("live_{}{}", "JRFYlfqiMf0OEF", "03E5WkMDcErFLFIj");
        assert!(!is_public_by_design(mollie.as_bytes()));
        assert!(!is_public_by_design(format!("live_{body}X").as_bytes()));
    }

    #[test]
    fn placeholder_words_count_only_as_people_write_them() {
        for p in [
            "your_api_key_goes_here",
            "YOUR_API_KEY",
            "Your_token",
            "sk-proj-yourKeyHere",
            "secretKeyRef",
            "@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/x)",
            "AKIAIOSFODNN7EXAMPLE",
            "ChangeMe2024",
            // `pypi-<your test token>` read up to its first space.
            "pypi-<your",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p}");
        }
        // A `<` inside a random value, or followed by digits, opens no placeholder.
        for p in ["Kq7<xv2Pzw9tR", "Zr8wq3Lk5Tvx<9"] {
            assert!(!is_placeholder(p.as_bytes()), "{p}");
        }
        // A format field inside a value is a template; braces in a random salt are not.
        assert!(is_placeholder(b"neo4j/{pw}"));
        assert!(is_placeholder(b"neo4j/{neo2"));
        assert!(is_placeholder(b"user:{password}@host"));
        assert!(!is_placeholder(b"Kq{7X}v2Pz{w9tR"));
        assert!(!is_placeholder(
            b"?;Q3JY_V.uPk]}^!V%1qg97^V6f+U6ke2!g!|w%)(edl#[{wp"
        ));
        // Random keys that hold a fragment's letters by chance, in no case a person types.
        for p in [
            "Bk9fQ2ZYoUR_hDx81LmPq0Zt",
            "q8TeXAMple3Rk0vWm2Lp9sNc",
            "Zp4dUMmY7qLx0Rt5WvKc2NbE",
        ] {
            assert!(!is_placeholder(p.as_bytes()), "{p}");
        }
    }

    #[test]
    fn memorable_passwords_are_words_ending_in_digits() {
        for p in [
            "Beacon_quartz_willow_summit10",
            "Amber.fjord.velvet.heron73",
            "Cobalt-Tundra-Beacon7",
        ] {
            assert!(memorable_password(p.as_bytes()), "{p}");
        }
        for p in [
            "CONFIG_FOO_BAR1",
            "Foo_bar_baz",
            "settings.auth.timeout",
            "Change_me_now_please1",
            "MY_Var_x1",
            "Ab_cd_ef12",
        ] {
            assert!(!memorable_password(p.as_bytes()), "{p}");
        }
    }

    #[test]
    fn random_mixed_case_letters_but_not_camel_case_names() {
        assert!(random_letters(b"vDRIosnxlIbDvnovp"));
        assert!(random_letters(b"fdSiOfJLMFnzyO"));
        for name in [
            &b"numberOfTaskSlots"[..],
            b"IAmSensitiveTo",
            b"AddHttpClientHandler",
            b"XMLHttpRequestUpload",
            b"kStatsDbPassword",
            b"vDRIosnxl",
        ] {
            assert!(!random_letters(name), "{}", String::from_utf8_lossy(name));
        }
    }

    #[test]
    fn base64_of_english_prose() {
        // "made up key for the docs"
        assert!(base64_of_prose(b"bWFkZSB1cCBrZXkgZm9yIHRoZSBkb2Nz"));
        // "user:pass", random-looking bytes and non-base64 text are not prose.
        assert!(!base64_of_prose(b"dXNlcjpwYXNzd29yZDEyMw=="));
        assert!(!base64_of_prose(b"q83vEjRWeJq83vEjRWeJq83v"));
        assert!(!base64_of_prose(b"not base64 at all!!"));
    }

    #[test]
    fn encrypted_envelopes() {
        let line = br#"<password>{"cipherText":"abc","iv":"def","salt":"ghi"}</password>"#;
        let at = line.len() - 20;
        assert!(in_encrypted_envelope(line, at, at + 3));
        let plain = br#"{"clientSecret":"abc","salt":"ghi"}"#;
        assert!(!in_encrypted_envelope(plain, 5, 8));
    }

    #[test]
    fn django_alphabet_keys() {
        let key: String = (0u32..50)
            .map(|i| {
                b"abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"[(i * 17 % 50) as usize]
                    as char
            })
            .collect();
        assert!(django_secret_key(key.as_bytes()), "{key}");
        assert!(!django_secret_key(&key.as_bytes()[..49]));
        assert!(!django_secret_key(key.to_uppercase().as_bytes()));
        assert!(!django_secret_key(
            b"settings_session_cookie_secret_key_for_the_web_app"
        ));
    }

    #[test]
    fn mixed_separator_passphrases() {
        assert!(memorable_password(b"Lantern_moss.harbor47"));
        assert!(memorable_password(b"Willow.amber-cinder9"));
        assert!(!memorable_password(b"config.db.password"));
        assert!(!memorable_password(b"settings.SECRET"));
        assert!(!memorable_password(b"lantern_moss.harbor47"));
        assert!(!memorable_password(b"Config.db_x.y1"));
    }

    #[test]
    fn secret_manager_uris_are_references() {
        for v in [
            "doppler://prd/DB_PASSWORD",
            "ref+awssecrets://prod/db#password",
            "ref+vault://secret/data/db#/password",
            "keeper://Q1w2E3r4/field/password",
            "AKV://vault/db-password",
            "gcp-secret-manager://payments/stripe-key",
            "azure-secrets://kv-prod/db-password",
        ] {
            assert!(is_placeholder(v.as_bytes()), "{v}");
        }
        assert!(!is_secret_manager_uri(b"doppler://"));
        assert!(!is_secret_manager_uri(b"https://db.acme.io/x"));
        assert!(!is_secret_manager_uri(b"Kq7://x9Lm2"));
    }

    #[test]
    fn substitutions_but_not_random_parentheses() {
        assert!(is_placeholder(b"pre$(DB_PASSWORD)post"));
        assert!(is_placeholder(b"%(db_password)s"));
        assert!(!has_substitution(
            b"hcudz9wl5a5g(ru*rn^13z&e)^432!j&ca%(9rinybwa7"
        ));
        assert!(!has_substitution(b"q7$(Xk2"));
    }

    #[test]
    fn entropy_of_uniform_and_constant() {
        assert_eq!(shannon_entropy(b"aaaa"), 0.0);
        assert!((shannon_entropy(b"abcd") - 2.0).abs() < 1e-9);
    }

    #[test]
    fn base32_seeds() {
        assert!(base32_seed(b"A3CW7ML2RE35XJWBOP7YIQIVV7PYUFXL"));
        assert!(!base32_seed(b"DEFAULT_TIMEOUT_SECONDS"));
        assert!(!base32_seed(b"70DABB1533CDC9BF"));
        assert!(!base32_seed(b"ABCDEFGHIJKLMNOP"));
    }

    #[test]
    fn upper_case_random_keys() {
        let key: String = (0u32..52)
            .map(|i| {
                let c = (i * 7 + i * i * 3) % 36;
                char::from_digit(c, 36).unwrap_or('0').to_ascii_uppercase()
            })
            .collect();
        assert!(upper_alnum_key(key.as_bytes()), "{key}");
        assert!(!upper_alnum_key(b"DEFAULT_TIMEOUT_SECONDS_FOR_THE_CLIENT"));
        assert!(!upper_alnum_key(
            b"70DABB1533CDC9BF70DABB1533CDC9BF70DABB15"
        ));
        assert!(!upper_alnum_key(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        assert!(lower_alnum_key(b"i8s2sns8s6xnt61nowdc"));
        assert!(lower_alnum_key(b"6dxcxcpvakh6zpzobw9p"));
        assert!(!lower_alnum_key(b"productionreplica2024"));
        assert!(!lower_alnum_key(b"s3bucketlogs2023eu1x9"));
        assert!(!lower_alnum_key(b"4f9a0c3e1b7d2a6c8e0f"));
        assert!(upper_alnum_password(b"HK4PW7NX2QC9RB5T"));
        assert!(upper_alnum_password(b"QK7ZP2MX9RTA"));
        for constant in [
            &b"AES256GCM"[..],
            b"X509V3EXT",
            b"SHA512HMAC",
            b"HTTP2PROTOCOL1",
            b"ABCDEFGHIJKL",
            b"A1B2C3",
            b"EVP_AES_256",
        ] {
            assert!(!upper_alnum_password(constant), "{constant:?}");
        }
    }

    #[test]
    fn passphrases_with_a_number_on_the_last_word() {
        assert!(memorable_password(b"ember-lantern-5690Summit"));
        assert!(memorable_password(b"juniper_juniper_7567Cobalt"));
        assert!(!memorable_password(b"foo-bar-1Baz"));
        assert!(!memorable_password(b"change-your-1234Secret"));
        assert!(!memorable_password(b"spring-boot-2Starter-web"));
    }

    #[test]
    fn elided_values_are_placeholders() {
        for v in [
            "sk-ant-api03-...",
            "sk-...a1b2",
            "AKIA\u{2026}WXYZ",
            "ghp_\u{2026}",
        ] {
            assert!(is_placeholder(v.as_bytes()), "{v}");
        }
        assert!(!is_placeholder(b"v9...Kp4WdQ7nBy3Hs"));
    }

    #[test]
    fn placeholders_are_recognised() {
        for p in [
            "your_api_key_here",
            "COMPROMISED_KEY_REPLACED",
            "<YOUR_KEY>",
            "${OPENAI_API_KEY}",
            "os.getenv(\"OPENAI_API_KEY\")",
            "xxxxxxxxxxxxxxxx",
            "changeme",
            "AKIAIOSFODNN7EXAMPLE",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p}");
        }
        assert!(!is_placeholder(b"q7Vd2LmX9pRt4WzK8sNc"));
        assert!(is_placeholder(b"sk-ant-api03-..."));
        assert!(is_placeholder("ghp_\u{2026}".as_bytes()));
    }

    #[test]
    fn jwt_structure() {
        use base64::Engine;
        let enc = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        let jwt = format!(
            "{}.{}.{}",
            enc(r#"{"alg":"HS256","typ":"JWT"}"#),
            enc(r#"{"sub":"1"}"#),
            enc("sig")
        );
        assert!(jwt_ok(jwt.as_bytes()));
        let bad = format!(
            "{}.{}.{}",
            enc("not json"),
            enc(r#"{"sub":"1"}"#),
            enc("sig")
        );
        assert!(!jwt_ok(bad.as_bytes()));
        assert!(!jwt_ok(b"eyJhbGciOiJIUzI1NiJ9"));
    }

    #[test]
    fn expired_test_tokens_need_both_expiry_and_a_test_name() {
        use base64::Engine;
        let enc = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        let jwt = |claims: &str| {
            format!(
                "{}.{}.{}",
                enc(r#"{"alg":"HS256"}"#),
                enc(claims),
                enc("sig")
            )
        };
        let now = 1_800_000_000;
        let judged = |claims: &str| jwt_expired_test_token(jwt(claims).as_bytes(), now);
        assert!(
            judged(r#"{"iss":"https://test-issuer.acme.io","exp":1000000000}"#)
                .is_some_and(|r| r.contains("`iss`"))
        );
        assert!(
            judged(r#"{"aud":["api","localhost:8080"],"exp":1000000000.5}"#)
                .is_some_and(|r| r.contains("`aud`"))
        );
        assert!(judged(r#"{"sub":"dummy","exp":1000000000}"#).is_some());
        // Not expired, no expiry, a real issuer, or a test word only inside another word.
        assert!(judged(r#"{"iss":"test","exp":1900000000}"#).is_none());
        assert!(judged(r#"{"iss":"test"}"#).is_none());
        assert!(judged(r#"{"iss":"https://auth.acme.io","exp":1000000000}"#).is_none());
        assert!(judged(r#"{"iss":"devops.acme.io","sub":"contest","exp":1000000000}"#).is_none());
        assert!(judged(r#"{"iss":"test","exp":"1000000000"}"#).is_none());
    }

    #[test]
    fn git_signing_key_ids_are_no_secrets() {
        let text = b"[user]\n\tname = M\n\tsigningkey = 6afd90de43ad34fa4a72b4de39843d75cd00c8fe\n[commit]\n";
        let at = |w: &[u8]| memchr::memmem::find(text, w).expect("in text");
        let (s, e) = (at(b"6afd"), at(b"c8fe") + 4);
        assert!(git_signing_key_id(text, s, e));
        // The whole match, from the line end before the name to the one after the value.
        assert!(git_signing_key_id(text, at(b"\tsigningkey") - 1, e + 1));
        let cmd = b"git config --global user.signingkey 0x39843D75CD00C8FE\n";
        assert!(git_signing_key_id(cmd, 40, cmd.len() - 1));
        // A signing key's secret under another name, or of another length, is reported.
        let jwt = concat!(
            "jwt_signing_key = ",
            "6afd90de43ad34fa4a72b4de39843d75cd00c8fe6afd90de\n"
        );
        assert!(!git_signing_key_id(jwt.as_bytes(), 17, jwt.len() - 1));
    }

    #[test]
    fn pem_body_must_decode() {
        use base64::Engine;
        let body = base64::engine::general_purpose::STANDARD.encode([7u8; 96]);
        let pem = format!(
            "-----BEGIN PRIVATE KEY-----\n{}\n{}\n-----END PRIVATE KEY-----",
            &body[..64],
            &body[64..]
        );
        assert!(pem_base64_ok(pem.as_bytes()));
        let escaped = pem.replace('\n', "\\n");
        assert!(pem_base64_ok(escaped.as_bytes()));
        assert!(!pem_base64_ok(
            b"-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"
        ));
    }

    #[test]
    fn base62_pads_and_encodes() {
        assert_eq!(base62(0, 6), "000000");
        assert_eq!(base62(61, 2), "0z");
        assert_eq!(base62(62, 1), "10");
    }

    #[test]
    fn crc32_checksum_roundtrip() {
        let random = "Q0dNdzVvT2xxRjJ0bkN5Ym9zWmI1";
        let token = format!(
            "ghp_{random}{}",
            base62(crc32fast::hash(random.as_bytes()), 6)
        );
        assert!(crc32_base62_ok(token.as_bytes()));
        let mut broken = token.into_bytes();
        let last = broken.len() - 1;
        broken[last] = if broken[last] == b'A' { b'B' } else { b'A' };
        assert!(!crc32_base62_ok(&broken));
    }
}
