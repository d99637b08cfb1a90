//! Assignments: a name, a value and the value's span, recognised in the syntaxes where secrets
//! are written, so that rules see `NAME = "value"` however the file spells it.
//!
//! Rule patterns are written for the common spellings (`NAME=value`, `name: value`,
//! `"name": "value"`). Secrets also live in `define('NAME', 'value')`, `<add key="NAME"
//! value="value"/>`, `- name: NAME` / `value: value`, `<password>value</password>`,
//! `mysql -p'value'`, `Authorization: Bearer value`, `.netrc` and `.pgpass` lines, Markdown
//! tables, Terraform `variable` blocks and many more. This pass reads the lines around keyword
//! hits once, left to right, and hands every assignment it recognises to the rules again in one
//! canonical form, `name = "value"` (the name prefixed with its enclosing YAML/JSON/INI/HCL
//! object when there is one: `mistral_api_key`). Matches in the canonical line are mapped back to
//! the value's bytes in the original text; rules with `context` words check them around the
//! original position.
//!
//! Cost: only lines holding a keyword hit (and the few lines below one, for names written on the
//! line above their value) are read, each at most once; every scan from an operator or a quote is
//! bounded ([`MAX_VALUE`], [`MAX_NAME`]), and looking up an enclosing object reads at most
//! [`PARENT_BYTES`] before the line. The cost is linear in the bytes near keyword hits.

use std::sync::LazyLock;

use memchr::memchr;
use memchr::memmem::Finder;

use super::conf::{self, Written};
use super::formats;

/// Longest value considered (longer literals are blobs, certificates or data).
pub const MAX_VALUE: usize = 512;
/// Longest name considered.
pub const MAX_NAME: usize = 128;
/// How far back (bytes) the enclosing object of an indented assignment is looked for.
pub const PARENT_BYTES: usize = 2048;
/// Lines read below a line with a keyword hit (values written under their name).
const LINES_BELOW: usize = 2;
/// Lines read below an object opener with a keyword hit (`mistral:`, `"azure": {`).
const CHILD_LINES: usize = 12;
/// Shortest value worth handing to the rules.
const MIN_VALUE: usize = 8;

/// One recognised assignment: `name` is a span of [`Assignments::names`], `value` a byte span
/// of the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assignment {
    pub name: (usize, usize),
    pub value: (usize, usize),
}

/// Reusable buffers.
#[derive(Default)]
pub struct Assignments {
    pub names: Vec<u8>,
    pub found: Vec<Assignment>,
    lines: Vec<(usize, usize)>,
    /// A name written apart from its value (`- name: X`, `key="X"`, `variable "x" {`): the name
    /// span in `names`, the line index it was seen on and how many lines it stays pending.
    pending: Option<((usize, usize), usize, usize)>,
    /// An array of values under one name, opened on a line of its own (`API_KEYS = [`, YAML
    /// `api_keys:`): the name span in `names` (singular), the opener's indentation and whether
    /// its elements are YAML `- v` items.
    array: Option<((usize, usize), usize, bool)>,
    /// The columns of a table whose header row names them (`| Service | User | Password |`):
    /// per column, the header's name span in `names` when it names a credential. Empty when no
    /// such table is open.
    columns: Vec<Option<(usize, usize)>>,
    /// A collection literal opened under a name over several lines (`MERCHANT_SECRETS =
    /// Map.of(`, `partner_keys = {`, `CREDENTIALS = {`): see [`Collection`].
    collection: Option<Collection>,
    /// The columns of an SQL `INSERT INTO t (a, b) VALUES` whose rows may continue on the lines
    /// below: per column, its name span in `names`; and the rows still to read.
    sql: Option<(Vec<(usize, usize)>, usize)>,
}

/// An open collection literal (`super::collection`): the name its elements are handed on under
/// (`names` span, made singular), the bracket depth and the calls open inside it, a key whose
/// value is on the next line (a text span), the lines read and whether its elements are Ruby
/// `%w[]` words.
struct Collection {
    name: (usize, usize),
    depth: usize,
    calls: u16,
    pending: Option<(usize, usize)>,
    lines: usize,
    words: bool,
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'$' | b'@')
}

fn is_quote(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`')
}

fn trim(line: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && line[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && line[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (s, e)
}

fn eq_ignore_case(a: &[u8], b: &str) -> bool {
    a.eq_ignore_ascii_case(b.as_bytes())
}

fn contains_ignore_case(hay: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    if hay.len() < n.len() {
        return false;
    }
    // Only where the first byte stands (either case) is the rest compared: this runs on every
    // line near a keyword hit, several times, and a comparison at every offset was a visible
    // share of the pass.
    let starts = &hay[..=hay.len() - n.len()];
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        starts,
    )
    .any(|i| hay[i + 1..i + n.len()].eq_ignore_ascii_case(rest))
}

/// Names that introduce the name of the next value (`name: X` / `value: v`).
fn is_name_key(n: &[u8]) -> bool {
    is_numbered(n, "headername")
        || is_numbered(n, "httpheadername")
        || [
            "name",
            "key",
            "variable",
            "parameterkey",
            "parametername",
            "setting",
            "envname",
            "var",
        ]
        .iter()
        .any(|k| eq_ignore_case(n, k))
}

/// Names that hold the value of a pending name.
fn is_value_key(n: &[u8]) -> bool {
    is_numbered(n, "headervalue")
        || is_numbered(n, "httpheadervalue")
        || [
            "value",
            "default",
            "parametervalue",
            "defaultvalue",
            "string",
            "secretvalue",
            "securevalue",
            "val",
        ]
        .iter()
        .any(|k| eq_ignore_case(n, k))
}

/// `word` followed by an optional number: Grafana's `httpHeaderName1` / `httpHeaderValue1`.
fn is_numbered(n: &[u8], word: &str) -> bool {
    let d = n.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    eq_ignore_case(&n[..n.len() - d], word)
}

/// Whether a line also holds a quoted `value` key (`{"key": "token", "value": "v"}`).
fn is_value_key_on(line: &[u8]) -> bool {
    memchr::memmem::find(line, b"\"value\"").is_some()
        || memchr::memmem::find(line, b"'value'").is_some()
}

/// Type words that stand between a name and its operator (`var apiKey string = "v"`): string
/// types of the languages that write the type after the name (Go, Kotlin, Rust, Zig `u8`, Ada,
/// Pascal, SQL `VARCHAR2`, Fortran `character`) and the qualifiers written with them (`constant`,
/// `aliased`, `parameter`).
fn is_type_word(n: &[u8]) -> bool {
    [
        "string",
        "str",
        "const",
        "var",
        "val",
        "let",
        "final",
        "char",
        "readonly",
        "static",
        "constant",
        "aliased",
        "u8",
        "varchar",
        "varchar2",
        "nvarchar",
        "nvarchar2",
        "nchar",
        "text",
        "character",
    ]
    .iter()
    .any(|k| eq_ignore_case(n, k))
}

/// The name declared left of `at` across the type written between it and its operator: type
/// words (see [`is_type_word`]), `:`, `&`, `*`, `'static`, `[]` and a size in parentheses
/// (`VARCHAR2(30)`). Nim's export mark (`let key* = "v"`) is stepped over too. Reads at most
/// six words back; `None` when what stands there is no plain name (a call, an expression).
fn declared_name(line: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut j = at;
    for _ in 0..6 {
        loop {
            let before = j;
            while j > 0 && matches!(line[j - 1], b' ' | b'\t' | b':' | b'&' | b'*') {
                j -= 1;
            }
            if line[..j].ends_with(b"[]") {
                j -= 2;
            } else if line[..j].ends_with(b"'static") {
                j -= 7;
            } else if j > 0 && line[j - 1] == b')' {
                // A size: `(30)`, `(10, 2)`, `(len=*)`.
                let open =
                    memchr::memrchr(b'(', &line[j.saturating_sub(16)..j])? + j.saturating_sub(16);
                let inside = &line[open + 1..j - 1];
                if !inside.iter().all(|&b| {
                    b.is_ascii_digit()
                        || matches!(b, b' ' | b',' | b'*' | b'=' | b'l' | b'e' | b'n')
                }) {
                    return None;
                }
                j = open;
            }
            if j == before {
                break;
            }
        }
        let mut s = j;
        while s > 0 && j - s < MAX_NAME && is_name_byte(line[s - 1]) {
            s -= 1;
        }
        while s < j && matches!(line[s], b'$' | b'@' | b'-' | b'.') {
            s += 1;
        }
        if s == j {
            return None;
        }
        if !is_type_word(&line[s..j]) {
            return Some((s, j));
        }
        j = s;
    }
    None
}

/// Plural nouns of the credential vocabulary, as the lower-case name of a configuration block
/// (Consul's `acl { tokens { ... } }`, a `secrets:` map). Type names (`object ApiKeys`, `enum
/// Keys`, `"Secrets": {`) group constants of every kind and do not count.
fn plural_credential(n: &[u8]) -> bool {
    matches!(n, b"tokens" | b"secrets" | b"passwords")
}

/// A child name that is one plain lower-case word (`agent`, `default`, `stripe`): the kind of
/// name a block of tokens gives its members. `checksum_sha256`, `sourceVersion` are not.
fn plain_word(n: &[u8]) -> bool {
    n.len() >= 2 && n.iter().all(u8::is_ascii_lowercase)
}

/// A line that opens a block of code, not an object or a collection: a call, signature or
/// control statement whose `(` comes before any assignment operator and which ends in the
/// call's `(` or the body's `) {` (C `static int set_key(struct key *k) {`, `if (key) {`,
/// Java `String getPassword() {`, `foo(`). Its lines below are statements or arguments, each
/// read when it holds a hit itself: nothing below is named by it ([`parent_of`] takes no `)`
/// name), so only the usual [`LINES_BELOW`] are read under it, not [`CHILD_LINES`].
/// `tokens = new HashMap<>() {` and `KEYS = (` (an operator first) still open a collection,
/// and SQL's `VALUES (` its rows.
fn code_block(line: &[u8]) -> bool {
    let Some(open) = memchr::memchr3(b'(', b'=', b':', line) else {
        return false;
    };
    // SQL's `VALUES (` opens rows.
    if line[open] != b'(' || contains_ignore_case(&line[..open], "values") {
        return false;
    }
    match line.last() {
        Some(b'(') => true,
        Some(b'{') => {
            let (_, e) = trim(line, 0, line.len() - 1);
            e > 0 && line[e - 1] == b')'
        }
        _ => false,
    }
}

/// A name that holds a shared secret a person types: a bare `secret`, `shared_secret`,
/// `pre-shared-key`, `psk` (any separators, any case, after a dotted prefix).
fn short_secret_name(name: &[u8]) -> bool {
    let bare = name.rsplit(|&b| b == b'.').next().unwrap_or(name);
    let squeezed: Vec<u8> = bare
        .iter()
        .filter(|&&b| !matches!(b, b'_' | b'-'))
        .map(u8::to_ascii_lowercase)
        .collect();
    squeezed == b"secret"
        || [
            &b"sharedsecret"[..],
            b"ipsecsecret",
            b"radiussecret",
            b"l2tpsecret",
            b"pptpsecret",
            b"vpnsecret",
            b"tunnelsecret",
            b"peersecret",
        ]
        .iter()
        .any(|w| squeezed.ends_with(w))
        || squeezed.ends_with(b"presharedkey")
        || squeezed == b"psk"
}

/// A value with an upper-case letter or a symbol, and a digit or a symbol: typed, not a name
/// (`my-tls-secret`, `db-creds-v2`); not a reference, a path, a scheme or a template
/// (`string:{jwt}`, `$VAR`, `file:/x`).
fn typed_secret(v: &[u8]) -> bool {
    if v.iter().any(|&b| {
        matches!(
            b,
            b'{' | b'}' | b'(' | b')' | b'[' | b']' | b'<' | b'>' | b':' | b'/' | b'\\'
        )
    }) || v.starts_with(b"$")
    {
        return false;
    }
    let symbol = v
        .iter()
        .any(|&b| !b.is_ascii_alphanumeric() && !matches!(b, b'-' | b'_' | b'.'));
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    symbol || (upper && digit)
}

/// Indentation of a line (spaces and tabs, and YAML list dashes after them).
fn indent(line: &[u8]) -> usize {
    let mut i = 0;
    while i < line.len() && (line[i] == b' ' || line[i] == b'\t') {
        i += 1;
    }
    i
}

impl Assignments {
    /// Recognises the assignments on the lines around `hits` (sorted byte offsets into `text`).
    pub fn extract(&mut self, text: &[u8], hits: &[usize]) {
        self.names.clear();
        self.found.clear();
        self.lines.clear();
        self.pending = None;
        self.array = None;
        self.collection = None;
        self.sql = None;
        self.columns.clear();
        // Lines to read: each hit's line, the few below it, and the children of an opener. A
        // hit on a line already queued (below an earlier hit) still extends the reach, so that
        // `variable "x" {` right under another hit keeps its `default` five lines down.
        let mut next_free = 0; // first byte not yet queued
        let mut k = 0; // next hit to look at
        while k < hits.len() {
            let h = hits[k];
            if h < next_free || h >= text.len() {
                k += 1;
                continue;
            }
            let mut s = memchr::memrchr(b'\n', &text[..h]).map_or(0, |i| i + 1);
            let mut reach = 0;
            let mut n = 0;
            while s < text.len() && n <= reach {
                let e = line_end(text, s);
                let mut on_line = false;
                while k < hits.len() && hits[k] <= e {
                    on_line |= hits[k] >= s;
                    k += 1;
                }
                if on_line {
                    let line = &text[s..e];
                    let (_, te) = trim(line, 0, line.len());
                    // A table row holding a hit may be the header of the rows below it.
                    // A CSV header naming a credential column (no space after its commas,
                    // no operator) is one too.
                    let (ls2, _) = trim(line, 0, te);
                    let opener = te > 0
                        && ((matches!(line[te - 1], b':' | b'{' | b'[' | b'(')
                            && !code_block(&line[..te]))
                            || (line[ls2] == b'['
                                && line[te - 1] == b']'
                                && account_section(&line[ls2 + 1..te - 1]))
                            || (te >= 6 && line[te - 6..te].eq_ignore_ascii_case(b"values"))
                            || contains_ignore_case(line, "insert into ")
                            || line[trim(line, 0, te).0] == b'|'
                            || (memchr(b',', line).is_some()
                                && memchr::memmem::find(line, b", ").is_none()
                                && !line.iter().any(|&b| {
                                    matches!(b, b'=' | b':' | b'(' | b'"' | b'\'' | b';')
                                })));
                    reach = reach.max(n + if opener { CHILD_LINES } else { LINES_BELOW });
                }
                self.lines.push((s, e));
                s = e + 1;
                n += 1;
            }
            next_free = s;
        }
        let lines = std::mem::take(&mut self.lines);
        for (idx, &(s, e)) in lines.iter().enumerate() {
            // A pending name does not survive a gap between queued lines.
            if idx > 0 && lines[idx - 1].1 + 1 != s {
                self.pending = None;
                self.array = None;
                self.collection = None;
                self.sql = None;
                self.columns.clear();
            }
            if let Some((_, at, reach)) = self.pending {
                if idx > at + reach {
                    self.pending = None;
                }
            }
            self.line(text, s, e, idx);
        }
        self.lines = lines;
    }

    fn push_name(&mut self, name: &[u8]) -> (usize, usize) {
        let s = self.names.len();
        for &b in name.iter().take(MAX_NAME) {
            self.names.push(if is_name_byte(b) { b } else { b'_' });
        }
        (s, self.names.len())
    }

    /// A value the line's form says is a password (`-storepass v`, `user:v` in `sasl_passwd`,
    /// the password argument of a call), its span relative to the line starting at `ls`.
    fn emit_password(&mut self, text: &[u8], ls: usize, (vs, ve): (usize, usize)) {
        let n = self.push_name(b"password");
        self.emit(text, ls, n, (ls + vs, ls + ve));
    }

    fn emit(&mut self, text: &[u8], ls: usize, name: (usize, usize), value: (usize, usize)) {
        let (vs, ve) = value;
        if ve <= vs || ve - vs < MIN_VALUE || ve - vs > MAX_VALUE || name.1 <= name.0 {
            return;
        }
        if !plausible(&text[vs..ve]) {
            return;
        }
        // A VPN or RADIUS shared secret is typed by a person: 8 to 15 characters under a bare
        // `secret` (RouterOS `/ip ipsec identity add peer=hq secret=v`, a RADIUS client's
        // `secret`), `shared_secret` or `pre-shared-key` is judged as a password too (the
        // generic secret rule wants 16 or more).
        if ve - vs < 16
            && short_secret_name(&self.names[name.0..name.1])
            && typed_secret(&text[vs..ve])
        {
            let n = self.push_name(b"password");
            self.emit(text, ls, n, value);
        }
        // The enclosing object, for names that do not say whose key it is (or an Elixir
        // `config :app, :scope, key: v` line's scope).
        let parent = parent_of(text, ls).or_else(|| {
            conf::elixir_scope(&text[ls..line_end(text, ls)]).map(|(s, e)| (ls + s, ls + e))
        });
        // CouchDB's `[admins]`, an INI `[users]` or `[passwords]` section: each entry is an
        // account and its password (a hash or a reference is judged as one by the rules).
        if let Some((ps, pe)) = parent {
            // An entry whose own name says what it holds (`aws_access_key_id` in a `.boto`
            // `[Credentials]` section) is judged by that name.
            let own = &self.names[name.0..name.1];
            let named = own.contains(&b'_')
                || own.contains(&b'.')
                || [
                    "key", "id", "secret", "token", "pass", "pwd", "user", "url", "host",
                ]
                .iter()
                .any(|w| contains_ignore_case(own, w));
            if !named && ps > 0 && text[ps - 1] == b'[' && account_section(&text[ps..pe]) {
                // CouchDB's hashed form (`-pbkdf2-<hash>,<salt>,<iterations>`, `-hashed-`), a
                // crypt or LDAP hash (`$6$`, `{SSHA}`), a reference (`${VAR}`, `%(x)s`).
                let v = &text[vs..ve];
                if v.starts_with(b"-pbkdf2-")
                    || v.starts_with(b"-hashed-")
                    || matches!(v[0], b'$' | b'{' | b'%')
                {
                    return;
                }
                let n = self.push_name(b"password");
                self.found.push(Assignment {
                    name: n,
                    value: (vs, ve),
                });
                return;
            }
        }
        let name = match parent {
            // `tokens { agent = "v" }`, `secrets:` / `stripe: v`: each child of a plural
            // credential noun is one of them (`agent_token`).
            Some((ps, pe))
                if plural_credential(&text[ps..pe]) && plain_word(&self.names[name.0..name.1]) =>
            {
                let s = self.names.len();
                let own: Vec<u8> = self.names[name.0..name.1].to_vec();
                let p: Vec<u8> = text[ps..pe - 1].to_vec();
                self.names.extend_from_slice(&own);
                self.names.push(b'_');
                self.push_name(&p);
                (s, self.names.len())
            }
            Some((ps, pe)) if pe > ps && text[ps..pe] != self.names[name.0..name.1] => {
                let s = self.names.len();
                let own: Vec<u8> = self.names[name.0..name.1].to_vec();
                let p: Vec<u8> = text[ps..pe].to_vec();
                self.push_name(&p);
                // `_`, not `.`: the joined name must still hold the rules' keywords (`api_key`).
                self.names.push(b'_');
                self.names.extend_from_slice(&own);
                (s, self.names.len())
            }
            _ => name,
        };
        self.found.push(Assignment {
            name,
            value: (vs, ve),
        });
    }

    /// One `name`/`value` pair seen on line `idx`; handles pending names.
    fn pair(&mut self, text: &[u8], ls: usize, idx: usize, name: &[u8], value: (usize, usize)) {
        // `__CA_DB_PASSWORD__` (PHP constants, dunder names): the underscores around a name
        // are decoration.
        let bare = {
            let s = name.iter().take_while(|&&b| b == b'_').count();
            let e = name.len() - name[s..].iter().rev().take_while(|&&b| b == b'_').count();
            &name[s..e.max(s)]
        };
        let name = if bare.len() >= 3 { bare } else { name };
        // `app_key_live`, `API_TOKEN_PROD`: an environment after the credential word names
        // which one; `REDIS_AUTH`, `MQ_AUTH`: a service's AUTH value is its password.
        let renamed = env_suffixed(name).or_else(|| service_auth(name));
        let name = renamed.as_deref().unwrap_or(name);
        // rsconnect's `token:` above its `secret:` names the pair; the secret is judged alone.
        if name == b"token" && conf::token_names_next_secret(text, value.1) {
            return;
        }
        let secret_key = k8s_secret_key(text, ls, name);
        let name = secret_key.unwrap_or(name);
        // `:artifactory: Basic v` (RubyGems `~/.gem/credentials`): a header value under the
        // name of the host it is sent to.
        let basic = text[value.0..value.1].starts_with(b"Basic ")
            || (&text[value.0..value.1] == b"Basic" && text.get(value.1) == Some(&b' '));
        if contains_ignore_case(name, "authorization") || basic {
            self.authorization(text, ls, value);
            return;
        }
        // `val schemaRegistryAuth = "<base64>"`: an auth-named value that is base64 of a
        // printable `user:password` is a Basic credential.
        if name.len() >= 4
            && name[name.len() - 4..].eq_ignore_ascii_case(b"auth")
            && basic_credentials(&text[value.0..value.1])
        {
            let n = self.push_name(b"basic_auth_credentials");
            self.emit(text, ls, n, value);
            return;
        }
        // A custom API-key header: `Key: v` / `X-Key: v` in an `.http` request or a curl
        // `-H 'Key: v'`: the header's value is the key.
        if matches!(name, b"Key" | b"X-Key") && http_header_at(text, ls, value) {
            let n = self.push_name(b"api_key");
            self.emit(text, ls, n, value);
            return;
        }
        if let Some(canon) = conf::canonical_name(name, Written::Name) {
            let n = self.push_name(&canon);
            self.emit(text, ls, n, value);
            return;
        }
        // A `user` setting holds one login, `name:password`: a value of more colons is
        // something else (a passwd line, `uid:gid:...`).
        let user_setting = name.len() <= 10
            && contains_ignore_case(name, "user")
            && memchr::memchr_iter(b':', &text[value.0..value.1]).count() != 1;
        if conf::is_user_password_name(name) && !user_setting {
            if let Some(c) = conf::password_after_user(&text[value.0..value.1]) {
                let n = self.push_name(b"password");
                self.emit(text, ls, n, (value.0 + c, value.1));
                return;
            }
        }
        if is_value_key(name) {
            if let Some((pn, _, _)) = self.pending.take() {
                // `name: Authorization` / `value: Bearer v` (Insomnia, Grafana headers).
                if contains_ignore_case(&self.names[pn.0..pn.1], "authorization") {
                    self.authorization(text, ls, value);
                    return;
                }
                self.emit(text, ls, pn, value);
                return;
            }
            // ARM/Bicep parameter files on one line: `"workspaceKey": { "value": "v" }`: the
            // key of the object opened on this line names its `value` member.
            if let Some((ns, ne)) = inline_parent(&text[ls..value.0]) {
                let p = text[ls + ns..ls + ne].to_vec();
                let n = self.push_name(&p);
                self.emit(text, ls, n, value);
                return;
            }
            // `"apikey": [{"key": "value", "value": "..."}]`: the enclosing object names it.
            if let Some((ps, mut pe)) = parent_of(text, ls) {
                // `tokens { default = "v" }`: one of the tokens.
                if plural_credential(&text[ps..pe]) && plain_word(name) {
                    pe -= 1;
                }
                let p = text[ps..pe].to_vec();
                let n = self.push_name(&p);
                self.found.push(Assignment { name: n, value });
                if value.1 - value.0 < MIN_VALUE
                    || value.1 - value.0 > MAX_VALUE
                    || !plausible(&text[value.0..value.1])
                {
                    self.found.pop();
                }
                return;
            }
        }
        if is_name_key(name) {
            let v = &text[value.0..value.1];
            // `key: password` (a Secret's key) names nothing: a name to carry has an upper-case
            // letter or a separator (`DB_PASSWORD`, `x-api-key`, `Billing.ApiToken`).
            // In an XML tag the next attribute is its value (`<property name="password"
            // value="v"/>`), whatever the name looks like.
            let in_tag = memchr::memrchr(b'<', &text[ls..value.0])
                .is_some_and(|lt| memchr(b'>', &text[ls + lt..value.0]).is_none());
            let carries = in_tag
                || v.iter()
                    .any(|&b| b.is_ascii_uppercase() || matches!(b, b'_' | b'-' | b'.'));
            // ...but `{"key": "password", "value": "v"}` on one line does (Postman auth arrays).
            let same_line = !carries
                && !is_value_key(v)
                && !is_name_key(v)
                && is_value_key_on(&text[ls..line_end(text, ls)]);
            if same_line && !v.is_empty() && v.iter().all(|&b| is_name_byte(b)) {
                let n = self.push_name(v);
                self.pending = Some((n, idx, 0));
            } else if carries
                && !v.is_empty()
                && v.len() <= MAX_NAME
                && v.iter().all(|&b| is_name_byte(b) || b == b' ')
            {
                let n = self.push_name(v);
                self.pending = Some((n, idx, 2));
            }
        }
        let n = self.push_name(name);
        self.emit(text, ls, n, value);
    }

    fn line(&mut self, text: &[u8], ls: usize, le: usize, idx: usize) {
        let line = &text[ls..le];
        let (ts, te) = trim(line, 0, line.len());
        if ts >= te {
            return;
        }
        let body = &line[ts..te];
        if self.collection_line(text, ls, line) {
            return;
        }
        if self.array_element(text, ls, line, ts, te) {
            return;
        }
        if self.collection.is_none() && self.array.is_none() {
            self.collection_opener(text, ls, line);
        }
        if self.collection.is_none() {
            self.array_opener(line, ts, te);
        }
        // Terraform / HCL: `variable "db_password" {` names the `default` below it.
        if body.starts_with(b"variable ") || body.starts_with(b"variable\t") {
            if let Some((qs, qe)) = quoted_after(line, ts + 8) {
                let n = self.push_name(&line[qs..qe]);
                self.pending = Some((n, idx, 8));
            }
        }
        // AsciiDoc cells on lines of their own and reStructuredText list-table rows: the name
        // cell on one line, the value cell on the next.
        if self.cell_line(text, ls, line, ts, te, idx) {
            return;
        }
        // A document's label line naming a credential, its value in the code block below or
        // in backticks after a bold label.
        if let Some(((ns, ne), (vs, ve))) = super::doclabel::inline(line) {
            let name = line[ns..ne].to_vec();
            self.pair(text, ls, idx, &name, (ls + vs, ls + ve));
        } else if let Some((ns, ne)) = super::doclabel::label(line) {
            if let Some(v) = super::doclabel::block_value(text, le) {
                let name = line[ns..ne].to_vec();
                self.pair(text, ls, idx, &name, v);
            }
        }
        // Markdown table rows: `| NAME | value |`.
        if body[0] == b'|' {
            self.table_row(text, ls, line, ts, te, idx);
            return;
        }
        if !self.csv_row(text, ls, line, ts, te, idx) {
            self.columns.clear();
        }
        self.sql_insert(text, ls, line, idx);
        if body.starts_with(b"#define ") || body.starts_with(b"#define\t") {
            self.c_define(text, ls, line, ts + 8);
            return;
        }
        // Kamailio's and OpenSIPS's preprocessor: `#!define SMTP_PASSWORD "v"`, `#!substdef`.
        if body.starts_with(b"#!define ") || body.starts_with(b"#!trydef ") {
            self.c_define(text, ls, line, ts + 9);
            return;
        }
        // fish `set -gx NAME v` (and `- cmd: set -Ux NAME v` in fish_history), Tcl and Expect
        // `set NAME "v"`: the word after `set` and its flags names the next.
        if let Some((name, value)) = set_command(line) {
            let name = line[name.0..name.1].to_vec();
            self.pair(text, ls, idx, &name, (ls + value.0, ls + value.1));
        }
        // Most lines near a keyword hit in code hold no string at all: the recognisers that
        // read only a literal quoted on this line are not asked there.
        let quoted = memchr::memchr2(b'"', b'\'', line).is_some();
        self.literal_function(text, ls, le, line, ts);
        self.smalltalk_method(text, le, line, ts);
        self.lisp_definition(text, ls, line, ts, idx);
        if quoted {
            self.brace_initialisers(text, ls, line, idx);
        }
        self.basic_auth_users(text, ls, line);
        self.operators(text, ls, line, idx);
        let spaced = conf::spaced_pair(line);
        if spaced.is_none() {
            if let Some((vs, ve)) = conf::password_word(line) {
                // fetchmail `poll host user "u" password "v" ssl`.
                self.emit_password(text, ls, (vs, ve));
            }
        }
        if let Some(p) = spaced {
            // `rcon_password "v"`, `SetEnv NAME v`, `requirepass v`, `ENV NAME v`,
            // `spark.hadoop.fs.s3a.secret.key v` (see `super::conf`). The name is written as a
            // directive: `keyPass "v"` names a password, and HAProxy's `stats auth u:v` keeps
            // its name so that the password is taken from after the user.
            let written = &line[p.name.0..p.name.1];
            let name = if conf::is_user_password_name(written) {
                None
            } else {
                conf::canonical_name(written, Written::Flag)
            };
            let name = name.unwrap_or(written.to_vec());
            self.pair(text, ls, idx, &name, (ls + p.value.0, ls + p.value.1));
        }
        // Erlang tuples, Clojure keywords, R arrows, COBOL and TSO operands (`super::terms`).
        super::terms::each(line, |t| {
            let name = line[t.name.0..t.name.1].to_vec();
            self.pair(text, ls, idx, &name, (ls + t.value.0, ls + t.value.1));
        });
        if let Some((vs, ve)) = super::terms::pw_statement(line) {
            self.emit_password(text, ls, (vs, ve));
        }
        if let Some(t) = super::terms::robot_variable(line) {
            // Robot Framework `${ADMIN_PASSWORD}    v`.
            let name = line[t.name.0..t.name.1].to_vec();
            self.pair(text, ls, idx, &name, (ls + t.value.0, ls + t.value.1));
        }
        if let Some((vs, ve)) = identified_by_line(line) {
            // SQL `CREATE USER 'u'@'h'` with `IDENTIFIED BY 'v'` on the next line.
            self.emit_password(text, ls, (vs, ve));
        }
        if let Some((vs, ve)) = quoted.then(|| encoded_user_password(line)).flatten() {
            // `base64.b64encode(b'user:v')`: the Basic credential built in code.
            self.emit_password(text, ls, (vs, ve));
        }
        if quoted {
            self.locator_inputs(text, ls, line);
        }
        self.robot_input(text, ls, line);
        if quoted {
            self.quoted_pairs(text, ls, line, idx);
            self.bearer_literals(text, ls, line);
            if let Some((vs, ve)) = password_word_argument(line) {
                // GAM `gam update user u password "v"`, `... set password 'v'`.
                self.emit_password(text, ls, (vs, ve));
            }
            for (name, value) in lisp_pairs(line) {
                // Emacs `(sql-password "v")`, Clojure and EDN `{:db-password "v"}`.
                let name = line[name.0..name.1].to_vec();
                self.pair(text, ls, idx, &name, (ls + value.0, ls + value.1));
            }
        }
        self.xml_elements(text, ls, line, idx);
        self.html_cells(text, ls, line, idx);
        self.command_line(text, ls, line);
        self.netrc(text, ls, line, ts);
        self.calls(text, ls, line);
        if quoted {
            self.client_constructors(text, ls, line);
            self.named_calls(text, ls, line);
        }
        self.format_lines(text, ls, line);
        if quoted {
            self.constant_time_compares(text, ls, line, idx);
        }
        if let Some((vs, ve)) = conf::prose_password(line) {
            // Markdown "user `u`, password `v`".
            self.emit_password(text, ls, (vs, ve));
        } else if let Some((vs, ve)) = conf::told_password(line) {
            // "the admin password for the old build server is v".
            self.emit_password(text, ls, (vs, ve));
        }
        if let Some((vs, ve)) = conf::chpasswd_input(line) {
            // `echo 'user:password' | chpasswd`.
            self.emit_password(text, ls, (vs, ve));
        }
        if let Some((vs, ve)) = conf::userpwd_option(line) {
            // `curl_easy_setopt(h, CURLOPT_USERPWD, "user:password")`.
            self.emit_password(text, ls, (vs, ve));
        }
    }

    /// A line that opens a collection literal under a name (`API_KEYS = [`, `MERCHANT_SECRETS =
    /// Map.of(`, `String[] SFTP_PASSWORDS = {`, Lua `local partner_keys = {`, Go
    /// `[]string{`): the name, made singular, names its elements on this line and the lines
    /// below until the literal closes. A collection opened and closed on one line is read only
    /// under a plural name (`Map.of("SE", "v")` under `MERCHANT_SECRETS`): the parts of a short
    /// list under a singular name may be pieces of one string.
    fn collection_opener(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        let Some(o) = super::collection::opener(line, |l, op| {
            name_before(l, op).or_else(|| declared_name(l, op))
        }) else {
            return;
        };
        let (ns, mut ne) = o.name;
        // Only a credential's name makes its elements candidates (an array in brackets under
        // any name, as before: the rules judge the name); `etherscan: {` holds settings.
        let bracket = line.get(o.body.wrapping_sub(1)) == Some(&b'[');
        if !bracket && !super::collection::names_credential(&line[ns..ne]) {
            return;
        }
        let plural = ne - ns > 3 && matches!(line[ne - 1], b's' | b'S');
        if plural {
            ne -= 1;
        }
        let n = self.push_name(&line[ns..ne]);
        let mut c = Collection {
            name: n,
            depth: usize::from(!o.below),
            calls: 0,
            pending: None,
            lines: 0,
            words: o.words,
        };
        if o.below {
            self.collection = Some(c);
            return;
        }
        let scan = super::collection::scan_line(line, o.body, &mut c.depth, &mut c.calls, c.words);
        if scan.closed && !plural {
            return;
        }
        self.collection_elements(text, ls, line, &mut c, &scan);
        if !scan.closed {
            c.pending = scan.pending.map(|(s, e)| (ls + s, ls + e));
            self.collection = Some(c);
        }
    }

    /// A line inside an open collection: its string elements are values of the collection's
    /// name (see [`Self::collection_elements`]). Returns whether the line is done with: it held
    /// elements and no key, so that the line's other forms have nothing left to read (a keyed
    /// line, `"api_token": "v"`, is read as an assignment too).
    fn collection_line(&mut self, text: &[u8], ls: usize, line: &[u8]) -> bool {
        let Some(mut c) = self.collection.take() else {
            return false;
        };
        c.lines += 1;
        // The lines read at most; an opener whose `{` should follow on this line (`= new
        // Dictionary<string, string>`) and does not was no collection.
        if c.lines > super::collection::MAX_LINES
            || (c.depth == 0 && !line.trim_ascii_start().starts_with(b"{"))
        {
            return false;
        }
        let scan = super::collection::scan_line(line, 0, &mut c.depth, &mut c.calls, c.words);
        let keyed = self.collection_elements(text, ls, line, &mut c, &scan);
        let done = !keyed && scan.pending.is_none() && !scan.elements.is_empty();
        if !scan.closed {
            if scan.pending.is_some() {
                c.pending = scan.pending.map(|(s, e)| (ls + s, ls + e));
            }
            self.collection = Some(c);
        }
        done
    }

    /// Hands on the elements of one line of a collection. An element without a key, or whose
    /// key is a label that says nothing of what it holds (`"SE"`, `'warehouse'`, `stripe`) in
    /// the collection's own map (not in an object nested in it), is a value of the collection's
    /// name (a collection of credentials holds passwords); a key
    /// that names a credential names its value itself, and a key that names something else
    /// (`user`, `host`, `fontFamily`) says the value is no secret. Returns whether a key was
    /// written on this line.
    fn collection_elements(
        &mut self,
        text: &[u8],
        ls: usize,
        line: &[u8],
        c: &mut Collection,
        scan: &super::collection::Scan,
    ) -> bool {
        let mut keyed = false;
        for el in &scan.elements {
            let (vs, ve) = (ls + el.value.0, ls + el.value.1);
            // A value of several words is prose or a pair (Solr's `"user": "<hash> <salt>"`),
            // not one credential.
            if text[vs..ve].iter().any(u8::is_ascii_whitespace) {
                if el.key.is_some() {
                    keyed = true;
                }
                continue;
            }
            let key: Option<Vec<u8>> = match el.key {
                Some((ks, ke)) => {
                    keyed = true;
                    c.pending = None;
                    Some(line[ks..ke].to_vec())
                }
                None => c.pending.take().map(|(ks, ke)| text[ks..ke].to_vec()),
            };
            let own_line = el.key.is_some();
            match key {
                Some(k) if super::collection::names_credential(&k) => {
                    // The line's own assignment forms read `"k": "v"`; a key written on the
                    // line above is this pass's to pair.
                    if !own_line {
                        let n = self.push_name(&k);
                        self.emit(text, ls, n, (vs, ve));
                    }
                }
                // A nested object's keys are its fields (a JWK's `x`, `y`), not labels.
                Some(k) if !super::collection::is_label(&k) || (own_line && el.depth > 1) => {}
                // An element that is a name (`"Win32_Security"` in Cargo's `[features]`) is
                // no value of the collection's.
                _ if super::collection::is_identifier_path(&text[vs..ve]) => {}
                _ => {
                    let own = self.names[c.name.0..c.name.1].to_vec();
                    let n = if own.len() >= 10
                        && own[own.len() - 10..].eq_ignore_ascii_case(b"credential")
                    {
                        let mut p = own;
                        p.extend_from_slice(b"_password");
                        self.push_name(&p)
                    } else {
                        c.name
                    };
                    self.emit(text, ls, n, (vs, ve));
                }
            }
        }
        keyed
    }

    /// SQL `INSERT INTO t (a, client_secret) VALUES ('x', 'v')`: each quoted value of a row is
    /// named by its column (see `super::sql`); rows may follow on the lines below. In a
    /// `(name, value)` or `(key, value)` table the row's name cell names its value.
    fn sql_insert(&mut self, text: &[u8], ls: usize, line: &[u8], idx: usize) {
        let from = if let Some((cols, from)) = super::sql::insert_columns(line) {
            let names = cols
                .iter()
                .map(|&(s, e)| self.push_name(&line[s..e]))
                .collect();
            self.sql = Some((names, super::sql::MAX_ROWS));
            from
        } else if self.sql.is_some() {
            0
        } else {
            return;
        };
        let Some((cols, left)) = self.sql.take() else {
            return;
        };
        let rows = super::sql::rows(line, from);
        if rows.is_empty() && from == 0 {
            // `VALUES` alone on its line keeps the statement open; anything else ends it.
            let (ts, te) = trim(line, 0, line.len());
            if eq_ignore_case(&line[ts..te], "values") {
                self.sql = Some((cols, left));
            }
            return;
        }
        let col_named = |names: &[u8], words: &[&str]| {
            cols.iter()
                .position(|&(s, e)| words.iter().any(|w| eq_ignore_case(&names[s..e], w)))
        };
        let key_col = col_named(
            &self.names,
            &["name", "key", "setting", "param", "option_name"],
        );
        let value_col = col_named(
            &self.names,
            &["value", "val", "setting_value", "option_value"],
        );
        for row in rows.iter().filter(|r| r.len() == cols.len()) {
            for (i, cell) in row.iter().enumerate() {
                let Some((vs, ve)) = *cell else {
                    continue;
                };
                let name = match (key_col, value_col) {
                    (Some(k), Some(v)) if v == i => match row[k] {
                        Some((ks, ke)) => line[ks..ke].to_vec(),
                        None => continue,
                    },
                    _ => self.names[cols[i].0..cols[i].1].to_vec(),
                };
                self.pair(text, ls, idx, &name, (ls + vs, ls + ve));
            }
        }
        let ended = line.trim_ascii_end().ends_with(b";");
        if !ended && left > rows.len() {
            self.sql = Some((cols, left - rows.len()));
        }
    }

    /// An element of an open array (`'v',`, `"v"`, YAML `- v`) is a value of the array's name;
    /// any other line closes the array. Returns whether the line was an element.
    fn array_element(&mut self, text: &[u8], ls: usize, line: &[u8], ts: usize, te: usize) -> bool {
        let Some((name, own, yaml)) = self.array else {
            return false;
        };
        let (mut s, mut e) = (ts, te);
        if yaml {
            if line[s] != b'-' || indent(line) < own {
                self.array = None;
                return false;
            }
            s = trim(line, s + 1, e).0;
        } else if line[e - 1] == b',' {
            e = trim(line, s, e - 1).1;
        }
        if e > s + 1 && is_quote(line[s]) && line[e - 1] == line[s] {
            (s, e) = (s + 1, e - 1);
        } else if !yaml {
            self.array = None;
            return false;
        }
        if s >= e
            || line[s..e]
                .iter()
                .any(|&b| b.is_ascii_whitespace() || is_quote(b))
        {
            self.array = None;
            return false;
        }
        self.emit_element(text, ls, name, (ls + s, ls + e));
        true
    }

    /// An element of a list under `name`: under a name whose values are `user:password` (ngrok's
    /// `basic_auth: ["u:pw"]`, a traffic policy's `credentials: - "u:pw"`, `users:`), the part
    /// after the first colon is the password; any other element is a value of the name.
    fn emit_element(
        &mut self,
        text: &[u8],
        ls: usize,
        name: (usize, usize),
        value: (usize, usize),
    ) {
        if conf::is_user_password_name(&self.names[name.0..name.1]) {
            if let Some(c) = conf::password_after_user(&text[value.0..value.1]) {
                let n = self.push_name(b"password");
                self.emit(text, ls, n, (value.0 + c, value.1));
                return;
            }
        }
        self.emit(text, ls, name, value);
    }

    /// The quoted elements of `[...]` right after the operator ending at `at`, when the name
    /// (`ns..ne` of `line`) is a plural of the credential vocabulary: each is emitted under the
    /// singular name (`secrets` -> `secret`). Returns whether the array was read.
    fn inline_array(
        &mut self,
        text: &[u8],
        ls: usize,
        line: &[u8],
        (ns, ne): (usize, usize),
        at: usize,
    ) -> bool {
        let mut i = at;
        while i < line.len() && matches!(line[i], b' ' | b'\t') {
            i += 1;
        }
        if line.get(i) != Some(&b'[') {
            return false;
        }
        let squeezed: Vec<u8> = line[ns..ne]
            .iter()
            .filter(|&&b| !matches!(b, b'_' | b'-' | b'.'))
            .map(u8::to_ascii_lowercase)
            .collect();
        let plural = ["secrets", "tokens", "passwords", "apikeys", "secretkeys"]
            .iter()
            .any(|w| squeezed.ends_with(w.as_bytes()));
        if !plural {
            return self.map_values(text, ls, line, (ns, ne), i);
        }
        let n = self.push_name(&line[ns..ne - 1]);
        i += 1;
        loop {
            while i < line.len() && matches!(line[i], b' ' | b'\t' | b',') {
                i += 1;
            }
            let Some(&q) = line.get(i) else {
                break;
            };
            if !matches!(q, b'"' | b'\'') {
                break;
            }
            let Some(c) = find_close(line, i + 1, q) else {
                break;
            };
            self.emit(text, ls, n, (ls + i + 1, ls + c));
            i = c + 1;
        }
        true
    }

    /// The values of a one-line array or map opened by the `[` at `open` under a name that is
    /// no plural: PHP `$wgLDAPProxyAgentPassword = [ "CORP" => "v" ]` (a password per domain),
    /// YAML flow `client_secret: [v]`, JSON `"password": ["v"]`. Keys (an element followed by
    /// `=>` or `:`) are skipped; the values of a map, or a list's one element, quoted or bare, are
    /// values of the name (the elements of a longer list may be pieces of one string). At most
    /// eight elements are read. Returns whether a value was handed on.
    fn map_values(
        &mut self,
        text: &[u8],
        ls: usize,
        line: &[u8],
        (ns, ne): (usize, usize),
        open: usize,
    ) -> bool {
        let mut i = open + 1;
        let mut values: Vec<(usize, usize)> = Vec::new();
        let mut keyed = false;
        for _ in 0..8 {
            while i < line.len() && matches!(line[i], b' ' | b'\t' | b',') {
                i += 1;
            }
            let Some(&q) = line.get(i) else {
                return false;
            };
            if q == b']' {
                // The array is the whole value: `["sk_", "live_", "v"].concat()` is code.
                let rest = line[i + 1..]
                    .iter()
                    .find(|b| !matches!(b, b' ' | b'\t' | b'\r'));
                if !matches!(rest, None | Some(b',' | b';' | b'}' | b')' | b'#' | b'/')) {
                    return false;
                }
                break;
            }
            let (s, e) = if is_quote(q) {
                let Some(c) = find_close(line, i + 1, q) else {
                    return false;
                };
                let s = i + 1;
                i = c + 1;
                (s, c)
            } else {
                let s = i;
                while i < line.len()
                    && i - s < MAX_VALUE
                    && !matches!(line[i], b',' | b']' | b' ' | b'\t' | b'[' | b'{' | b'(')
                {
                    i += 1;
                }
                if i == s {
                    return false;
                }
                (s, i)
            };
            let mut j = i;
            while j < line.len() && matches!(line[j], b' ' | b'\t') {
                j += 1;
            }
            if line[j..].starts_with(b"=>") || line.get(j) == Some(&b':') {
                i = j + if line[j] == b'=' { 2 } else { 1 };
                keyed = true;
                continue;
            }
            values.push((s, e));
        }
        // One value, or the values of a map: the parts of a list may be pieces of one string.
        // ...but a list of `user:password` strings under an auth name is one login per element.
        let logins = || {
            conf::is_user_password_name(&line[ns..ne])
                && values
                    .iter()
                    .all(|&(s, e)| conf::password_after_user(&line[s..e]).is_some())
        };
        if values.is_empty() || (values.len() > 1 && !keyed && !logins()) {
            return false;
        }
        let n = self.push_name(&line[ns..ne]);
        for (s, e) in values {
            self.emit_element(text, ls, n, (ls + s, ls + e));
        }
        true
    }

    /// `api_keys:` (a YAML list below): the array's name, made singular (`API_KEY`) so that the
    /// rules read each element as one key (bracketed arrays are collections, see
    /// [`Self::collection_opener`]).
    fn array_opener(&mut self, line: &[u8], ts: usize, te: usize) {
        let last = line[te - 1];
        let (op, yaml) =
            if last == b':' && memchr(b':', &line[ts..te - 1]).is_none() && line[ts] != b'-' {
                (te - 1, true)
            } else {
                return;
            };
        let Some((ns, mut ne)) = name_before(line, op) else {
            return;
        };
        if ne - ns > 3 && matches!(line[ne - 1], b's' | b'S') {
            ne -= 1;
        }
        let n = self.push_name(&line[ns..ne]);
        self.array = Some((n, indent(line), yaml));
    }

    /// Lines whose first token names their format (see `super::formats`): Nagios `$USER3$=v`,
    /// Postfix `[host]:587 user:v`, Azure Pipelines `##vso[task.setvariable ...]v`, Elixir
    /// `@auth {"u", "v"}`.
    fn format_lines(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        let password = formats::nagios_macro(line)
            .or_else(|| formats::postfix_sasl(line))
            .or_else(|| formats::ipsec_secret(line))
            .or_else(|| formats::basic_literal(line));
        if let Some((vs, ve)) = password {
            self.emit_password(text, ls, (vs, ve));
        }
        if let Some(((ns, ne), (vs, ve))) = formats::vso_secret(line) {
            // `issecret=true` says what the name may not: `DEPLOY_CODE` becomes
            // `DEPLOY_CODE_secret`.
            let mut name = line[ns..ne].to_vec();
            name.extend_from_slice(b"_secret");
            let n = self.push_name(&name);
            self.emit(text, ls, n, (ls + vs, ls + ve));
        }
        if let Some((_, (vs, ve))) = formats::attribute_tuple(line) {
            self.emit_password(text, ls, (vs, ve));
        }
    }

    /// A constant-time comparison of a named variable with a literal: Rails'
    /// `secure_compare(password, "v")`, Python's `hmac.compare_digest(token, "v")`. The code
    /// checks the variable against the literal, so the literal is the variable's value.
    fn constant_time_compares(&mut self, text: &[u8], ls: usize, line: &[u8], idx: usize) {
        const CALLS: [&[u8]; 2] = [b"secure_compare(", b"compare_digest("];
        // Both names hold `compare`: one searcher built once answers for most lines (a
        // searcher built per line and call was most of this recogniser's time).
        static COMPARE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"compare"));
        if COMPARE.find(line).is_none() {
            return;
        }
        for call in CALLS {
            let Some(at) = memchr::memmem::find(line, call) else {
                continue;
            };
            let from = at + call.len();
            let Some(comma) = memchr(b',', &line[from..]).map(|c| from + c) else {
                continue;
            };
            let (first_s, first_e) = trim(line, from, comma);
            let (name, lit) = if let Some(lit) = quoted_after(line, comma + 1) {
                ((first_s, first_e), lit)
            } else if let Some(lit) = quoted_after(line, from).filter(|l| l.1 < comma) {
                let close = memchr(b')', &line[comma..]).map_or(line.len(), |c| comma + c);
                (trim(line, comma + 1, close), lit)
            } else {
                continue;
            };
            let n = &line[name.0..name.1];
            let last = n.rsplit(|&b| b == b'.').next().unwrap_or(n);
            if last.is_empty() || !last.iter().all(|&b| is_name_byte(b)) {
                continue;
            }
            let last = last.to_vec();
            self.pair(text, ls, idx, &last, (ls + lit.0, ls + lit.1));
        }
    }

    /// A function without parameters that returns a literal: its name is the literal's name, as
    /// an assignment's is. Rust `fn mqtt_password() -> String {` with `"v".to_string()` on the
    /// next line, Python `def get_api_key(): return "v"`, Go `func dbPassword() string {
    /// return "v" }`, Kotlin `fun apiToken() = "v"`. Only a definition (`fn`, `def`, `func`,
    /// `fun`, `function`) with empty parameters (or `self`) and a body that is the literal
    /// alone, on its line or the next, counts: anything computed is code.
    fn literal_function(&mut self, text: &[u8], ls: usize, le: usize, line: &[u8], ts: usize) {
        let body = &line[ts..];
        let body = body.strip_prefix(b"pub ").unwrap_or(body);
        let body = body.strip_prefix(b"export ").unwrap_or(body);
        let Some(sp) = memchr(b' ', body) else {
            return;
        };
        if !matches!(&body[..sp], b"fn" | b"def" | b"func" | b"fun" | b"function") {
            return;
        }
        let start = line.len() - body.len() + sp + 1;
        let Some(open) = memchr(b'(', &line[start..]).map(|o| start + o) else {
            return;
        };
        let name = &line[start..open];
        if name.is_empty() || name.len() > MAX_NAME || !name.iter().all(|&b| is_name_byte(b)) {
            return;
        }
        let Some(close) = memchr(b')', &line[open..]).map(|c| open + c) else {
            return;
        };
        let params = &line[open + 1..close];
        if !matches!(params, b"" | b"self" | b"&self" | b"this") {
            return;
        }
        // The body opens at `{`, `:` (Python) or `=` (Kotlin, Scala); a return type may stand
        // before it (`-> String`, `string`, `: String`): the first opener followed by the
        // literal or by nothing (the body on the next line) is the one.
        let rest_at = close + 1;
        let rest_end = line.len().min(rest_at + 64);
        let starts_body = |src: &[u8], at: usize| {
            let r = &src[at..];
            r.starts_with(b"return ")
                || r.first().is_some_and(|&q| is_quote(q))
                || r.starts_with(b"String::from(")
        };
        let mut found = None;
        for o in rest_at..rest_end {
            if !matches!(line[o], b'{' | b'=' | b':') {
                continue;
            }
            let (s, e) = trim(line, o + 1, line.len());
            if s >= e || starts_body(line, s) {
                found = Some((s, e));
                break;
            }
        }
        let Some((s, e)) = found else {
            return;
        };
        let (src, from, base) = if s < e {
            (line, s, ls)
        } else {
            // The body on the next line.
            let ns = le + 1;
            if ns >= text.len() {
                return;
            }
            let ne = line_end(text, ns).min(ns + MAX_VALUE + 64);
            let next = &text[ns..ne];
            let (s, e) = trim(next, 0, next.len());
            if s >= e || !starts_body(next, s) {
                return;
            }
            (next, s, ns)
        };
        let mut i = from;
        if src[i..].starts_with(b"return ") {
            i += 7;
        }
        if !src.get(i).is_some_and(|&q| is_quote(q)) && !src[i..].starts_with(b"String::from(") {
            return;
        }
        let Some((vs, ve)) = value_after(src, i) else {
            return;
        };
        // Nothing but a conversion and the body's end after the literal.
        let mut tail = &src[(ve + 1).min(src.len())..];
        if src[i..].starts_with(b"String::from(") {
            tail = tail.strip_prefix(b")").unwrap_or(tail);
        }
        for conv in [
            &b".to_string()"[..],
            b".to_owned()",
            b".into()",
            b".String()",
        ] {
            tail = tail.strip_prefix(conv).unwrap_or(tail);
        }
        if !tail
            .iter()
            .all(|&c| matches!(c, b' ' | b'\t' | b'\r' | b';' | b'}'))
        {
            return;
        }
        let name = name.to_vec();
        let n = self.push_name(&name);
        self.emit(text, base, n, (base + vs, base + ve));
    }

    /// Smalltalk methods that answer a literal: Pharo's Tonel `Config class >> smtpPassword [`
    /// with `^ 'v'` on the next line, and the chunk format's selector alone on its line. The
    /// selector names the literal; a method that answers anything else is code.
    fn smalltalk_method(&mut self, text: &[u8], le: usize, line: &[u8], ts: usize) {
        let (_, te) = trim(line, 0, line.len());
        let mut e = te;
        if line[te - 1] == b'[' {
            e -= 1;
            while e > ts && matches!(line[e - 1], b' ' | b'\t') {
                e -= 1;
            }
        } else if !line[ts..te].iter().all(|&b| b.is_ascii_alphanumeric()) {
            return;
        }
        let mut s = e;
        while s > ts && (line[s - 1].is_ascii_alphanumeric() || line[s - 1] == b'_') {
            s -= 1;
        }
        if s == e || e - s > MAX_NAME || !line[s].is_ascii_alphabetic() {
            return;
        }
        // A Tonel method line is `[Class [class]] >> selector [`; the chunk format's is the
        // selector alone.
        let head = &line[ts..s];
        if !(head.is_empty() || head.ends_with(b">> ") || head.ends_with(b">>")) {
            return;
        }
        let ns = le + 1;
        if ns >= text.len() {
            return;
        }
        let ne = line_end(text, ns).min(ns + MAX_VALUE + 16);
        let next = &text[ns..ne];
        let (bs, be) = trim(next, 0, next.len());
        if bs >= be || next[bs] != b'^' {
            return;
        }
        let (qs, _) = trim(next, bs + 1, be);
        if next.get(qs) != Some(&b'\'') {
            return;
        }
        let Some(c) = find_close(next, qs + 1, b'\'') else {
            return;
        };
        // Smalltalk doubles a quote inside a string: such a literal is left alone.
        if next.get(c + 1) == Some(&b'\'')
            || !next[c + 1..be]
                .iter()
                .all(|&b| matches!(b, b' ' | b'\t' | b'.' | b']'))
        {
            return;
        }
        let name = line[s..e].to_vec();
        let n = self.push_name(&name);
        self.emit(text, ns, n, (ns + qs + 1, ns + c));
    }

    /// Lisp definitions: Common Lisp `(defvar *db-password* "v")`, `defparameter`,
    /// `defconstant +api-key+`, Emacs Lisp `defcustom`/`defconst`, Scheme and Clojure
    /// `(define db-password "v")` / `(def db-password "v")`. The earmuffs and plus signs of the
    /// naming conventions are not part of the name.
    fn lisp_definition(&mut self, text: &[u8], ls: usize, line: &[u8], ts: usize, idx: usize) {
        let body = &line[ts..];
        let Some(rest) = body.strip_prefix(b"(def") else {
            return;
        };
        let Some(sp) = memchr(b' ', rest) else {
            return;
        };
        if !matches!(
            &rest[..sp],
            b"var" | b"parameter" | b"constant" | b"const" | b"custom" | b"ine" | b"" | b"once"
        ) {
            return;
        }
        let ns = ts + 4 + sp + 1;
        let mut ne = ns;
        while ne < line.len() && ne - ns <= MAX_NAME && !matches!(line[ne], b' ' | b'\t' | b')') {
            ne += 1;
        }
        let mut name = &line[ns..ne];
        while let [b'*' | b'+', inner @ .., b'*' | b'+'] = name {
            name = inner;
        }
        if name.is_empty() || !name.iter().all(|&b| is_name_byte(b)) {
            return;
        }
        let (vs, _) = trim(line, ne, line.len());
        if line.get(vs) != Some(&b'"') {
            return;
        }
        let Some(c) = find_close(line, vs + 1, b'"') else {
            return;
        };
        let name = name.to_vec();
        self.pair(text, ls, idx, &name, (ls + vs + 1, ls + c));
    }

    /// The user maps of basic-auth middleware: Go Fiber's `basicauth.Config{Users:
    /// map[string]string{"u": "v"}}`, Gin's `gin.Accounts{"u": "v"}`, Echo/Chi-style `Users:
    /// map[string]string{` with one pair a line below: each value is that user's password.
    fn basic_auth_users(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        // Every opener ends in `{`: a line without one is answered without building searchers.
        if memchr(b'{', line).is_none() {
            return;
        }
        let open = [
            &b"Users: map[string]string{"[..],
            b"Accounts{",
            b"Users: map[string]string {",
        ]
        .iter()
        .find_map(|m| memchr::memmem::find(line, m).map(|o| o + m.len()));
        let Some(mut from) = open else {
            return;
        };
        let mut base = ls;
        let mut cur: &[u8] = line;
        for _ in 0..CHILD_LINES {
            // `"u": "v"` pairs up to the closing brace.
            let mut i = from;
            loop {
                let (qs, _) = trim(cur, i, cur.len());
                if cur.get(qs) != Some(&b'"') {
                    break;
                }
                let Some(uc) = find_close(cur, qs + 1, b'"') else {
                    return;
                };
                let (cs, _) = trim(cur, uc + 1, cur.len());
                if cur.get(cs) != Some(&b':') {
                    return;
                }
                let (vs, _) = trim(cur, cs + 1, cur.len());
                if cur.get(vs) != Some(&b'"') {
                    break;
                }
                let Some(vc) = find_close(cur, vs + 1, b'"') else {
                    return;
                };
                let n = self.push_name(b"password");
                self.emit(text, base, n, (base + vs + 1, base + vc));
                let (ns, _) = trim(cur, vc + 1, cur.len());
                i = ns + usize::from(cur.get(ns) == Some(&b','));
            }
            let (rest, _) = trim(cur, i, cur.len());
            if cur.get(rest) == Some(&b'}') || rest < cur.len() {
                return;
            }
            // The map continues on the next line.
            let next = base + cur.len() + 1;
            if next >= text.len() {
                return;
            }
            base = next;
            cur = &text[next..line_end(text, next)];
            from = 0;
        }
    }

    /// Brace initialisation of a string: C++ `const std::string kOpcPassword{"v"};`, `auto
    /// token{"v"}`, `std::string_view key {"v"}`: a name, a brace, one string literal, the brace
    /// closed.
    fn brace_initialisers(&mut self, text: &[u8], ls: usize, line: &[u8], idx: usize) {
        let mut from = 0;
        while let Some(o) = memchr(b'{', &line[from..]).map(|o| from + o) {
            from = o + 1;
            let (qs, _) = trim(line, o + 1, line.len());
            if line.get(qs) != Some(&b'"') {
                continue;
            }
            let Some(c) = find_close(line, qs + 1, b'"') else {
                continue;
            };
            let (after, _) = trim(line, c + 1, line.len());
            if line.get(after) != Some(&b'}') {
                continue;
            }
            let mut e = o;
            if e > 0 && line[e - 1] == b' ' {
                e -= 1;
            }
            let mut s = e;
            while s > 0
                && e - s < MAX_NAME
                && (line[s - 1].is_ascii_alphanumeric() || line[s - 1] == b'_')
            {
                s -= 1;
            }
            // A declaration: a type (or `auto`) before the name, not a call or an operator.
            if s == e || s == 0 || !matches!(line[s - 1], b' ' | b'\t' | b'&' | b'*') {
                continue;
            }
            let name = line[s..e].to_vec();
            self.pair(text, ls, idx, &name, (ls + qs + 1, ls + c));
        }
    }

    /// C and C++ macros: `#define WIFI_PASSWORD "v"`, `#define API_TOKEN v`.
    fn c_define(&mut self, text: &[u8], ls: usize, line: &[u8], from: usize) {
        let mut ns = from;
        while ns < line.len() && (line[ns] == b' ' || line[ns] == b'\t') {
            ns += 1;
        }
        let mut ne = ns;
        while ne < line.len() && (line[ne].is_ascii_alphanumeric() || line[ne] == b'_') {
            ne += 1;
        }
        // A function-like macro (`#define KEY(x) ...`) has no literal value.
        if ne == ns || line.get(ne) == Some(&b'(') {
            return;
        }
        let Some((vs, ve)) = value_after(line, ne) else {
            return;
        };
        let name = line[ns..ne].to_vec();
        let n = self.push_name(&name);
        self.emit(text, ls, n, (ls + vs, ls + ve));
    }

    /// `name = value`, `name: value`, `name => value`, `name := value`, `name ||= value`, with
    /// the name bare, quoted, or subscripted (`os.environ["X"]`, `ENV['X']`, `$env:X`).
    fn operators(&mut self, text: &[u8], ls: usize, line: &[u8], idx: usize) {
        let mut i = 0;
        while i < line.len() {
            // Every operator holds `=` or `:`: the bytes between are skipped in one search.
            match memchr::memchr2(b'=', b':', &line[i..]) {
                Some(off) => i += off,
                None => break,
            }
            let b = line[i];
            let (op_start, op_end) = match b {
                b'=' => {
                    let mut s = i;
                    while s > 0
                        && matches!(
                            line[s - 1],
                            b'|' | b'?' | b':' | b'!' | b'<' | b'>' | b'+' | b'='
                        )
                    {
                        s -= 1;
                    }
                    // `!=` before a quoted literal compares with it as `==` does (VCL `if
                    // (req.http.X-Key != "v") { error 403; }`); `<=`, `>=`, `+=` and `!=` before
                    // anything else assign or compare nothing secret.
                    let compares_literal = &line[s..i] == b"!"
                        && line
                            .get(trim(line, i + 1, line.len()).0)
                            .is_some_and(|&q| q == b'"' || q == b'\'');
                    if s < i
                        && !compares_literal
                        && matches!(line[s..i].last(), Some(b'!' | b'<' | b'>' | b'+'))
                    {
                        i += 1;
                        continue;
                    }
                    let mut e = i + 1;
                    while e < line.len() && matches!(line[e], b'=' | b'>') {
                        e += 1;
                    }
                    (s, e)
                }
                b':' => {
                    let next = line.get(i + 1).copied();
                    let prev = if i > 0 { line[i - 1] } else { b' ' };
                    // Odin and Jai constants: `DB_PASSWORD :: "v"` (spaced, a string after).
                    if next == Some(b':')
                        && prev == b' '
                        && line.get(i + 2) == Some(&b' ')
                        && line
                            .get(trim(line, i + 2, line.len()).0)
                            .is_some_and(|&q| q == b'"')
                    {
                        let e = i + 2;
                        i = e;
                        if let Some((ns, ne)) = name_before(line, e - 2) {
                            if let Some((vs, ve)) = value_after(line, e) {
                                let name = line[ns..ne].to_vec();
                                self.pair(text, ls, idx, &name, (ls + vs, ls + ve));
                            }
                        }
                        continue;
                    }
                    if next == Some(b':') || prev == b':' || next == Some(b'=') {
                        i += 1;
                        continue;
                    }
                    // `key: value`, `"key":"value"`, `key:` at the end of the line.
                    let ok = match next {
                        None => false,
                        Some(n) => n == b' ' || n == b'\t' || is_quote(n),
                    };
                    if !ok {
                        i += 1;
                        continue;
                    }
                    (i, i + 1)
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            i = op_end.max(i + 1);
            // A name `name_before` cannot read ends in a sized type (SQL `@pw VARCHAR(50) =`,
            // PL/SQL `v_pw CONSTANT VARCHAR2(30) :=`) or an export mark (Nim `let key* =`).
            let Some((ns, ne)) =
                name_before(line, op_start).or_else(|| declared_name(line, op_start))
            else {
                continue;
            };
            // `?key=v`, `&key=v`: a URL query's bare `key` is an API key.
            let query_key = ns > 0
                && matches!(line[ns - 1], b'?' | b'&')
                && eq_ignore_case(&line[ns..ne], "key");
            // Python `requests`/`httpx`: `auth=("user", "v")`, `session.auth = ("user", "v")`.
            let bare = &line[ns..ne];
            if bare.len() >= 4 && bare[bare.len() - 4..].eq_ignore_ascii_case(b"auth") {
                if let Some((vs, ve)) = auth_tuple(line, op_end) {
                    self.emit_password(text, ls, (vs, ve));
                    continue;
                }
            }
            // Mojolicious `secrets => ['v', 'w']`, `API_TOKENS = ["v"]`: each element of a
            // one-line array under a plural credential name is one of them.
            if self.inline_array(text, ls, line, (ns, ne), op_end) {
                continue;
            }
            // `apiSecret: process.env.X || "v"`: the fallback is written into the code.
            let fallback = fallback_literal(line, op_end);
            if let Some((_, (fs, fe))) = fallback {
                let name = line[ns..ne].to_vec();
                self.pair(text, ls, idx, &name, (ls + fs, ls + fe));
            }
            // A triple-quoted string opened at the end of the line (TOML, Python `"""`) holds
            // its value on the next line: read as the value's span there.
            let opened = trim(line, op_end, line.len());
            let triple = matches!(&line[opened.0..opened.1], b"\"\"\"" | b"'''");
            // A heredoc (`<<EOT`, PHP `<<<'EOT'`) or a parenthesised literal (`X = (`) opened
            // at the end of the line: a one-line body, then the terminator or `)`.
            if let Some(v) = enclosed_value(text, ls + line.len(), &line[opened.0..opened.1]) {
                let name = line[ns..ne].to_vec();
                self.pair(text, ls, idx, &name, v);
                continue;
            }
            let Some((mut vs, mut ve)) = value_after(line, op_end).or(triple.then_some(opened))
            else {
                continue;
            };
            // A lookup right before the fallback (`process.env.X || "v"`) is no value of its
            // own: the literal stands for it.
            if let Some((op, lit)) = fallback {
                if op >= ve
                    && line[ve..op]
                        .iter()
                        .all(|&b| matches!(b, b')' | b']' | b' ' | b'\t'))
                {
                    (vs, ve) = lit;
                }
            }
            // YAML block scalars: `password: |` or `>-` with the value on the next line.
            let mut block_value = None;
            if triple {
                block_value = continued_value(text, ls + line.len());
                if block_value.is_none() {
                    continue;
                }
            } else if &line[vs..ve] == b"\\" && trim(line, ve, line.len()).0 == line.len() {
                // Java properties: `db.password=\` continues on the next line.
                block_value = continued_value(text, ls + line.len());
                if block_value.is_none() {
                    continue;
                }
            } else if matches!(&line[vs..ve], b"|" | b">" | b"|-" | b">-" | b"|+" | b">+")
                && trim(line, ve, line.len()).0 == line.len()
            {
                block_value = block_scalar(text, ls + line.len(), indent(line));
                if block_value.is_none() {
                    continue;
                }
            }
            let mut name = if query_key {
                b"api_key".to_vec()
            } else {
                line[ns..ne].to_vec()
            };
            if is_type_word(&name) {
                // `var apiKey string = "v"`, `val apiKey: String = "v"`, Rust's
                // `const API_TOKEN: &str = "v"`, Ada's `Key : constant String := "v"`, Zig's
                // `const key: []const u8 = "v"`.
                if let Some((ps, pe)) = declared_name(line, ns) {
                    name = line[ps..pe].to_vec();
                }
            }
            let value = block_value.unwrap_or((ls + vs, ls + ve));
            // `--auth=v`, `--requirepass=v`: a command-line flag that takes a password; a login
            // flag (`--basic-auth=u:v`) takes `user:password`.
            if ns > 0 && line[ns - 1] == b'-' {
                if conf::is_user_password_name(&name) {
                    if let Some(c) = conf::password_after_user(&text[value.0..value.1]) {
                        self.emit_password(text, ls, (value.0 + c - ls, value.1 - ls));
                        continue;
                    }
                }
                if let Some(canon) = conf::canonical_name(&name, Written::Flag) {
                    let n = self.push_name(&canon);
                    self.emit(text, ls, n, value);
                    continue;
                }
            }
            // A form control's value property names nothing itself: VB and WinForms
            // `txtPassword.Text = "v"`, HTML `passwordInput.value = "v"` are the control's.
            for suffix in [".text", ".value"] {
                if name.len() > suffix.len() + 1
                    && name[name.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
                {
                    name.truncate(name.len() - suffix.len());
                }
            }
            // `Authorization: Bearer v`, `"Authorization": "Basic v"`.
            if eq_ignore_case(&name, "auth") {
                // ...but `auth: "user:password"` (ngrok's agent `auth`, a proxy's login) holds
                // the login itself: the password is after the first colon.
                if let Some(c) = conf::password_after_user(&text[value.0..value.1]) {
                    self.emit_password(text, ls, (value.0 + c - ls, value.1 - ls));
                    continue;
                }
                self.authorization(text, ls, value);
                continue;
            }
            self.pair(text, ls, idx, &name, value);
            // `?key=v&api_key=v` inside a URL value: the operator scan sees those too.
        }
    }

    /// A string literal that is a whole bearer header value (`"Bearer v"`, Objective-C
    /// `@"Bearer v"`) is an `Authorization` header whatever holds it: `authHeader = "Bearer v"`,
    /// `[req setValue:@"Bearer v" forHTTPHeaderField:@"Authorization"]`. A credential another
    /// form on the line already took is left alone.
    fn bearer_literals(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        let mut i = 0;
        while i + 8 < line.len() {
            let q = line[i];
            // `"Basic <base64>"` too: `authorization` keeps it only when it decodes to a
            // printable `user:password` (Swift `req.setValue("Basic v", forHTTPHeaderField:
            // "Authorization")`).
            // Django REST framework's and NetBox's `"Token v"` too.
            if !(q == b'"' || q == b'\'')
                || !(line[i + 1..i + 8].eq_ignore_ascii_case(b"bearer ")
                    || line[i + 1..i + 7].eq_ignore_ascii_case(b"basic ")
                    || &line[i + 1..i + 7] == b"Token ")
            {
                i += 1;
                continue;
            }
            let Some(c) = find_close(line, i + 1, q) else {
                return;
            };
            let (s, e) = (ls + i + 1, ls + c);
            // Another form may hold the whole literal (`authHeader = "Bearer v"`): only one that
            // already took the credential after the scheme counts.
            if !self
                .found
                .iter()
                .any(|a| a.value.0 >= s + 6 && a.value.0 < e)
            {
                self.authorization(text, ls, (s, e));
            }
            i = c + 1;
        }
    }

    /// The value of an `Authorization` header: the credential after its scheme.
    fn authorization(&mut self, text: &[u8], ls: usize, value: (usize, usize)) {
        // An unquoted value stops at a space and the credential follows it; a quoted one holds
        // both (`"Bearer v"`).
        let v = &text[value.0..value.1];
        let (scheme, mut s) = match memchr(b' ', v) {
            Some(sp) => (&text[value.0..value.0 + sp], value.0 + sp),
            None => (v, value.1),
        };
        while s < text.len() && (text[s] == b' ' || text[s] == b'\t') {
            s += 1;
        }
        let mut e = s;
        while e < text.len()
            && e - s < MAX_VALUE
            && !text[e].is_ascii_whitespace()
            && !is_quote(text[e])
            && !matches!(text[e], b',' | b';' | b')' | b'}' | b']')
        {
            e += 1;
        }
        let cred = (s, e);
        if eq_ignore_case(scheme, "bearer")
            || eq_ignore_case(scheme, "token")
            || eq_ignore_case(scheme, "bot")
        {
            let n = self.push_name(b"bearer_token");
            self.emit(text, ls, n, cred);
        } else if eq_ignore_case(scheme, "apikey") {
            // Elasticsearch `Authorization: ApiKey base64(id:key)`.
            let n = self.push_name(b"api_key");
            self.emit(text, ls, n, cred);
        } else if eq_ignore_case(scheme, "basic") {
            if basic_credentials(&text[s..e]) || opaque_basic(&text[s..e]) {
                let n = self.push_name(b"basic_auth_credentials");
                self.emit(text, ls, n, cred);
            }
        } else if scheme.len() < v.len()
            && (2..=20).contains(&scheme.len())
            && scheme.iter().all(u8::is_ascii_alphabetic)
            && !["digest", "negotiate", "ntlm", "hoba", "mutual", "vapid"]
                .iter()
                .any(|w| eq_ignore_case(scheme, w))
            && e - s >= 16
        {
            // A vendor's own scheme before the credential (SentinelOne `ApiToken v`, Okta
            // `SSWS v`, Opsgenie `GenieKey v`): the word names the scheme, the rest is the key.
            let n = self.push_name(b"authorization_token");
            self.emit(text, ls, n, cred);
        } else if value.1 - value.0 >= 16 {
            // A raw key as the whole header value.
            let n = self.push_name(b"authorization_token");
            self.emit(text, ls, n, value);
        }
    }

    /// `"NAME", "value"` (`define('X', 'v')`, `setdefault("X", "v")`, `getenv("X", "v")`).
    fn quoted_pairs(&mut self, text: &[u8], ls: usize, line: &[u8], idx: usize) {
        let mut i = 0;
        let mut prev: Option<(usize, usize, usize)> = None; // (content start, end, after quote)
        while i < line.len() {
            let b = line[i];
            if !matches!(b, b'"' | b'\'') {
                i += 1;
                continue;
            }
            let Some(close) = find_close(line, i + 1, b) else {
                break;
            };
            let mut cur = (i + 1, close, close + 1);
            // Android's `buildConfigField("String", "API_KEY", "\"v\"")`: a Java literal inside.
            if close >= i + 6
                && line[i + 1] == b'\\'
                && line[i + 2] == b
                && line[close - 2] == b'\\'
                && line[close - 1] == b
            {
                cur = (i + 3, close - 2, close + 1);
            }
            if let Some((ps, pe, pafter)) = prev {
                let between = &line[pafter..i];
                let sep = between
                    .iter()
                    .all(|&c| c == b' ' || c == b'\t' || c == b',');
                if sep && between.contains(&b',') {
                    let name = &line[ps..pe];
                    if !name.is_empty()
                        && name.len() <= 64
                        && name.iter().all(|&c| is_name_byte(c))
                        && name.iter().any(|c| c.is_ascii_alphabetic())
                    {
                        let name = name.to_vec();
                        self.pair(text, ls, idx, &name, (ls + cur.0, ls + cur.1));
                    }
                }
            }
            prev = Some(cur);
            i = close + 1;
        }
    }

    /// `<password>v</password>`, `<string name="X">v</string>`, `<key>X</key>` above
    /// `<string>v</string>` (property lists).
    fn xml_elements(&mut self, text: &[u8], ls: usize, line: &[u8], idx: usize) {
        let mut i = 0;
        while let Some(off) = memchr(b'<', &line[i..]) {
            let lt = i + off;
            i = lt + 1;
            let ns = lt + 1;
            let mut ne = ns;
            while ne < line.len()
                && (line[ne].is_ascii_alphanumeric()
                    || matches!(line[ne], b'_' | b'-' | b'.' | b':'))
            {
                ne += 1;
            }
            if ne == ns || !line[ns].is_ascii_alphabetic() {
                continue;
            }
            let Some(gt_off) = memchr(b'>', &line[ne..]) else {
                break;
            };
            let gt = ne + gt_off;
            if line[gt - 1] == b'/' {
                i = gt + 1;
                continue;
            }
            let ts = gt + 1;
            let Some(end_off) = memchr(b'<', &line[ts..]) else {
                break;
            };
            let te = ts + end_off;
            if line.get(te + 1) != Some(&b'/') {
                i = gt + 1;
                continue;
            }
            let tag = &line[ns..ne];
            let (vs, ve) = trim(line, ts, te);
            // `name="X"` / `key="X"` on the tag names the text.
            let attrs = &line[ne..gt];
            let named = attr_value(attrs, "name").or_else(|| attr_value(attrs, "key"));
            let (vs2, ve2) = (ls + vs, ls + ve);
            let attr = named.map(|(as_, ae)| &attrs[as_..ae]);
            let ends = |a: &[u8], w: &str| {
                a.len() > w.len() && a[a.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
            };
            if attr.is_some_and(|a| ends(a, ".name")) {
                // Read with its `.value` sibling below.
            } else if let Some((ps, pe)) = attr
                .filter(|a| ends(a, ".value"))
                .and_then(|_| xml_name_sibling(text, ls))
            {
                // JMeter `<stringProp name="Argument.name">api_key</stringProp>` above
                // `<stringProp name="Argument.value">v</stringProp>`: the sibling names it.
                let name = text[ps..pe].to_vec();
                let n = self.push_name(&name);
                self.pending = None;
                self.emit(text, ls, n, (vs2, ve2));
            } else if let Some((as_, ae)) = named {
                let n = self.push_name(&attrs[as_..ae]);
                self.pending = None;
                self.emit(text, ls, n, (vs2, ve2));
            } else if eq_ignore_case(tag, "key")
                || (tag == b"string" && lt == indent(line) && opens_map_entry(text, ls))
            {
                // plist `<key>X</key>` before `<string>v</string>`; an XStream map entry's first
                // `<string>X</string>` before its value (Mirth channels' headers and
                // properties: `<entry><string>X-Api-Key</string><list><string>v</string>`).
                let v = &line[vs..ve];
                if !v.is_empty() && v.len() <= MAX_NAME {
                    let n = self.push_name(v);
                    self.pending = Some((n, idx, 2));
                }
            } else if is_value_key(tag) && self.pending.is_none() && lt == indent(line) {
                // Windows unattend `<AdministratorPassword>` / `<Value>v</Value>`: the
                // enclosing element names the value.
                let name =
                    xml_parent(text, ls).map_or(tag.to_vec(), |(ps, pe)| text[ps..pe].to_vec());
                match unattend_encoded(&line[vs..ve]) {
                    // `<PlainText>false</PlainText>`: base64 of the UTF-16 password, which
                    // anyone decodes; often longer than a password's 64 characters, so handed
                    // on as an encoded secret.
                    Some(true) => {
                        let n = self.push_name(b"encoded_password_secret");
                        self.emit(text, ls, n, (vs2, ve2));
                    }
                    Some(false) => {}
                    None if !unattend_empty(&line[vs..ve]) => {
                        self.pair(text, ls, idx, &name, (vs2, ve2));
                    }
                    None => {}
                }
            } else {
                let tag = tag.to_vec();
                self.pair(text, ls, idx, &tag, (vs2, ve2));
            }
            i = te + 1;
        }
    }

    /// Passwords and tokens on command lines: `mysql -p'v'`, `sshpass -p v`, `docker login -p v`,
    /// `--password v`, `--token v`, `curl -u user:pass`, `net use ... /user:X pass`,
    /// `htpasswd -b file user pass`, `ConvertTo-SecureString "v"`.
    fn command_line(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        // Flags follow ` -`, `/user:` follows ` /`, and `set` / ConvertTo-SecureString take a
        // space-separated value: a line with none of these has nothing for this scanner.
        if !command_trigger(line) {
            return;
        }
        // Which tool a flag belongs to, asked only when the flag is seen (most lines near keyword
        // hits hold no flag these tools take).
        // A command continued from the line above (`curl -s -X POST URL \` then `  -u u:v`):
        // the tool is named there.
        let above = continued_command(text, ls);
        let has = |w: &str| contains_ignore_case(line, w) || contains_ignore_case(above, w);
        let mysql = || has("mysql") || has("mariadb");
        // 7-Zip and RAR take the archive password glued to `-p` (`7z a -pv out.7z dir`).
        let archiver = || has("7z") || has("7za") || has("rar ");
        // `-u user`, not a list of users to try (`crackmapexec -u users.txt -p 'guess'` sprays a
        // guess).
        let user_flag = |toks: &[(usize, usize)]| {
            toks.windows(2).any(|w| {
                let user = &line[w[1].0..w[1].1];
                &line[w[0].0..w[0].1] == b"-u"
                    && ![".txt", ".lst", ".list"]
                        .iter()
                        .any(|x| user.len() > x.len() && user.ends_with(x.as_bytes()))
            })
        };
        let spaced_p = || has("sshpass") || has(" login") || has("mongo");
        // `-P v`: mosquitto, SQL Server's sqlcmd and bcp; `-w v`: the OpenLDAP tools.
        let capital_p = || has("mosquitto") || has("sqlcmd") || has("bcp ");
        let ldap = || has("ldap") || has("kadmin");
        let curl = || has("curl") || has("wget") || has("http");
        let mut toks: Vec<(usize, usize)> = Vec::new();
        command_tokens(line, 0, line.len(), &mut toks, true);
        let unquote = |(s, e): (usize, usize)| -> (usize, usize) {
            if e >= s + 2 && is_quote(line[s]) && line[e - 1] == line[s] {
                (s + 1, e - 1)
            } else {
                (s, e)
            }
        };
        // `--name N ... --value v` (`aws ssm put-parameter`, `az keyvault secret set`), and the
        // GitHub CLI's `gh secret set N --body v`: the value is written under that name.
        let mut named: Option<(usize, usize)> = None;
        for k in 0..toks.len() {
            let t = &line[toks[k].0..toks[k].1];
            let after = toks.get(k + 1).copied();
            if t == b"--name"
                || (t == b"set" && k > 0 && &line[toks[k - 1].0..toks[k - 1].1] == b"secret")
            {
                named = after.map(unquote).filter(|&(ns, ne)| {
                    ne > ns
                        && line[ns] != b'-'
                        && line[ns..ne].iter().all(|&b| is_name_byte(b) || b == b'/')
                });
            }
        }
        for k in 0..toks.len() {
            let (s, e) = toks[k];
            let t = &line[s..e];
            let next = toks.get(k + 1).copied();
            let next_ok = next.filter(|&(ns, _)| line[ns] != b'-');
            if t == b"-p" {
                // `-u user -p "v"` (Mirth's mccommand, many admin CLIs): a quoted value after
                // `-p` beside a `-u` is the password, not a port (`-p 8080`) or MySQL's database
                // name (`mysql -u root -p appdb`, whose password is glued to `-p`).
                let quoted_pw = |(ns, ne): (usize, usize)| {
                    is_quote(line[ns])
                        && !line[ns..ne]
                            .iter()
                            .all(|&b| b.is_ascii_digit() || is_quote(b) || b == b':')
                };
                if spaced_p() || (!mysql() && user_flag(&toks) && next_ok.is_some_and(quoted_pw)) {
                    if let Some(v) = next_ok {
                        let (vs, ve) = unquote(v);
                        self.emit_password(text, ls, (vs, ve));
                    }
                }
            } else if t.len() > 2
                && t.starts_with(b"-p")
                && !t.starts_with(b"-p=")
                && (mysql() || archiver())
            {
                let (vs, ve) = unquote((s + 2, e));
                self.emit_password(text, ls, (vs, ve));
            } else if t.starts_with(b"--")
                && t.len() > 3
                && !t.contains(&b'=')
                && !(t == b"--user" && curl())
            {
                if let Some(v) = next_ok {
                    let flag = &t[2..];
                    if flag.iter().all(|&b| is_name_byte(b)) {
                        let (vs, ve) = unquote(v);
                        // httpie `--auth user:v`: the password after the user.
                        if flag == b"auth" && curl() {
                            if let Some(c) = memchr(b':', &line[vs..ve]) {
                                self.emit_password(text, ls, (vs + c + 1, ve));
                                continue;
                            }
                        }
                        // `--basic-auth 'u:v'`, `--credentials u:v`: a login flag's value is
                        // `user:password`.
                        if conf::is_user_password_name(flag) && line[vs..ve].contains(&b':') {
                            if let Some(c) = conf::password_after_user(&line[vs..ve]) {
                                self.emit_password(text, ls, (vs + c, ve));
                            }
                            continue;
                        }
                        // `aws secretsmanager create-secret --secret-string v`: the value is
                        // the secret whatever the secret's name says; a password's length is
                        // judged as a password, a longer one as a secret. `file://` reads it.
                        if flag == b"secret-string" && !line[vs..ve].contains(&b':') {
                            if ve - vs <= 64 {
                                self.emit_password(text, ls, (vs, ve));
                            } else {
                                let n = self.push_name(b"secret");
                                self.emit(text, ls, n, (ls + vs, ls + ve));
                            }
                            continue;
                        }
                        if matches!(flag, b"value" | b"body") {
                            if let Some((ns, ne)) = named {
                                let name = line[ns..ne].to_vec();
                                let n = self.push_name(&name);
                                self.emit(text, ls, n, (ls + vs, ls + ve));
                                continue;
                            }
                        }
                        // `--requirepass v` (redis-server) is a password whatever its name; a bare
                        // `--auth v` is read as it is written.
                        let flag: Vec<u8> = if flag == b"auth" {
                            flag.to_vec()
                        } else {
                            conf::canonical_name(flag, Written::Flag).unwrap_or(flag.to_vec())
                        };
                        let n = self.push_name(&flag);
                        self.emit(text, ls, n, (ls + vs, ls + ve));
                    }
                }
            } else if t.len() > 5
                && t[0] == b'-'
                && t[1].is_ascii_alphabetic()
                && t[1..].iter().all(|&b| is_name_byte(b))
                && conf::canonical_name(&t[1..], Written::Flag).is_some_and(|c| c == b"password")
                && next_ok.is_some_and(|(ns, ne)| {
                    // openssl's `-pass pass:v` is read below, `env:X` and `file:p` are no value.
                    !line[ns..ne].contains(&b':')
                })
            {
                // keytool and jarsigner: `-storepass v`, `-srcstorepass v`, `-keypass v`.
                let (vs, ve) = unquote(next_ok.expect("checked"));
                self.emit_password(text, ls, (vs, ve));
            } else if (t == b"-P" && capital_p()) || (t == b"-w" && ldap()) {
                // `mosquitto_pub -u user -P v`, `sqlcmd -S h -U sa -P v`, `ldapsearch -D dn -w v`.
                if let Some(v) = next_ok {
                    let (vs, ve) = unquote(v);
                    self.emit_password(text, ls, (vs, ve));
                }
            } else if t == b"echo" && (has("password-stdin") || has("| kinit")) {
                // `echo "v" | docker login -u u --password-stdin`, `echo "v" | kinit user`.
                if let Some(v) = next_ok {
                    if toks.get(k + 2).is_some_and(|&(ps, _)| line[ps] == b'|') {
                        let (vs, ve) = unquote(v);
                        self.emit_password(text, ls, (vs, ve));
                    }
                }
            } else if (t.eq_ignore_ascii_case(b"user")
                && k > 0
                && eq_ignore_case(&line[toks[k - 1].0..toks[k - 1].1], "net"))
                || ((t == b"add_user" || t == b"change_password") && has("rabbitmqctl"))
            {
                // Windows `net user NAME v [/add]`, `rabbitmqctl add_user NAME v`.
                if let Some(&v) = toks.get(k + 2) {
                    let (vs, ve) = unquote(v);
                    if !matches!(line[vs], b'/' | b'*' | b'-') {
                        self.emit_password(text, ls, (vs, ve));
                    }
                }
            } else if t == b"-U"
                && (contains_ignore_case(line, "smbclient") || has("net ads ") || has("net rpc "))
            {
                // `smbclient //host/share -U user%v`, Samba's `net ads join -U user%v`.
                if let Some(v) = next_ok {
                    let (vs, ve) = unquote(v);
                    if let Some(c) = memchr(b'%', &line[vs..ve]) {
                        self.emit_password(text, ls, (vs + c + 1, ve));
                    }
                }
            } else if (t.eq_ignore_ascii_case(b"-createCredential")
                || t.eq_ignore_ascii_case(b"-modifyCredential"))
                && has("mkstore")
            {
                // Oracle `mkstore -wrl DIR -createCredential DB user v`.
                if let Some(&v) = toks.get(k + 3) {
                    let (vs, ve) = unquote(v);
                    if line[vs] != b'-' {
                        self.emit_password(text, ls, (vs, ve));
                    }
                }
            } else if t == b"sqlplus" || t.ends_with(b"/sqlplus") {
                // `sqlplus [-s] user/v@db`: the first argument that is no flag.
                let login = toks[k + 1..]
                    .iter()
                    .copied()
                    .find(|&(ns, _)| line[ns] != b'-');
                if let Some(v) = login {
                    let (vs, ve) = unquote(v);
                    let arg = &line[vs..ve];
                    if let (Some(sl), Some(at)) = (memchr(b'/', arg), memchr::memrchr(b'@', arg)) {
                        if sl > 0 && at > sl + 1 {
                            self.emit_password(text, ls, (vs + sl + 1, vs + at));
                        }
                    }
                }
            } else if t == b"-u" && contains_ignore_case(line, "lftp") {
                // `lftp -u user,v host`.
                if let Some(v) = next_ok {
                    let (vs, ve) = unquote(v);
                    if let Some(c) = memchr(b',', &line[vs..ve]) {
                        self.emit_password(text, ls, (vs + c + 1, ve));
                    }
                }
            } else if (t == b"-u" || t == b"--user") && curl()
                || (t == b"-a" && (has("http ") || has("https ")))
            {
                // curl `-u user:v`, httpie `-a user:v`; the shell may quote the password
                // alone (`-u user:"v"`).
                if let Some(v) = next_ok {
                    let (vs, ve) = unquote(v);
                    if let Some(c) = memchr(b':', &line[vs..ve]) {
                        let (ps, pe) = unquote((vs + c + 1, ve));
                        self.emit_password(text, ls, (ps, pe));
                    }
                }
            } else if t.len() > 6 && t[..6].eq_ignore_ascii_case(b"/user:") {
                if let Some(v) = next_ok {
                    let (vs, ve) = unquote(v);
                    if line[vs] != b'/' {
                        self.emit_password(text, ls, (vs, ve));
                    }
                }
            } else if t == b"-a" && contains_ignore_case(line, "redis-cli") {
                if let Some(v) = next_ok {
                    let (vs, ve) = unquote(v);
                    self.emit_password(text, ls, (vs, ve));
                }
            } else if t.len() > 5
                && t[..5].eq_ignore_ascii_case(b"pass:")
                && k > 0
                && line[toks[k - 1].0..toks[k - 1].1].starts_with(b"-pass")
            {
                // openssl `-passin pass:v`, `-passout pass:v`, `-pass pass:v`.
                self.emit_password(text, ls, (s + 5, e));
            } else if t.len() > 3
                && t[0] == b'-'
                && t[1].is_ascii_alphabetic()
                && t[1..].iter().all(|b| b.is_ascii_alphanumeric())
                && next.is_some_and(|(ns, _)| is_quote(line[ns]))
            {
                // PowerShell parameters: `-Token "v"`, `-Password 'v'`, `-ApiKey "v"`.
                let (vs, ve) = unquote(next.expect("checked"));
                let flag = t[1..].to_vec();
                let n = self.push_name(&flag);
                self.emit(text, ls, n, (ls + vs, ls + ve));
            } else if (t.eq_ignore_ascii_case(b"set") || t.eq_ignore_ascii_case(b"config:set"))
                && contains_ignore_case(line, "config")
            {
                // `aws configure set aws_secret_access_key v`, `npm config set name v`.
                if let (Some((ns, ne)), Some(v)) =
                    (toks.get(k + 1).copied(), toks.get(k + 2).copied())
                {
                    if line[ns..ne]
                        .iter()
                        .all(|&b| is_name_byte(b) || b == b'/' || b == b':')
                    {
                        let (vs, ve) = unquote(v);
                        let name = line[ns..ne].to_vec();
                        let n = self.push_name(&name);
                        self.emit(text, ls, n, (ls + vs, ls + ve));
                    }
                }
            } else if t == b"htpasswd" || t.ends_with(b"/htpasswd") {
                // `htpasswd -b[c] FILE USER PASS`, `htpasswd -nb USER PASS`: batch mode takes
                // the password as the last argument.
                let mut j = k + 1;
                let mut flags: Vec<u8> = Vec::new();
                while let Some(&(fs, fe)) = toks.get(j) {
                    if line[fs] != b'-' {
                        break;
                    }
                    flags.extend_from_slice(&line[fs..fe]);
                    j += 1;
                }
                if flags.contains(&b'b') {
                    let at = j + if flags.contains(&b'n') { 1 } else { 2 };
                    if let Some(&v) = toks.get(at) {
                        let (vs, ve) = unquote(v);
                        self.emit_password(text, ls, (vs, ve));
                    }
                }
            } else if t
                .strip_prefix(b"(")
                .unwrap_or(t)
                .eq_ignore_ascii_case(b"ConvertTo-SecureString")
            {
                let mut j = k + 1;
                if let Some((ns, ne)) = toks.get(j) {
                    if line[*ns..*ne].eq_ignore_ascii_case(b"-String") {
                        j += 1;
                    }
                }
                if let Some(&v) = toks.get(j) {
                    if is_quote(line[v.0]) {
                        let (vs, ve) = unquote(v);
                        self.emit_password(text, ls, (vs, ve));
                    } else if line[v.0] == b'$' {
                        // `$plain = 'v'` above, `ConvertTo-SecureString $plain -AsPlainText`.
                        let name = line[v.0..v.1].strip_suffix(b")").unwrap_or(&line[v.0..v.1]);
                        if let Some((vs, ve)) = literal_assigned_above(text, ls, name) {
                            let n = self.push_name(b"password");
                            self.emit(text, ls, n, (vs, ve));
                        }
                    }
                }
            }
        }
    }

    /// `.netrc`: `machine host login user password secret`, one line or several.
    fn netrc(&mut self, text: &[u8], ls: usize, line: &[u8], ts: usize) {
        let body = &line[ts..];
        let first = body
            .split(|b| b.is_ascii_whitespace())
            .next()
            .unwrap_or(b"");
        if !["machine", "login", "password", "default", "account"]
            .iter()
            .any(|w| eq_ignore_case(first, w))
        {
            return;
        }
        let toks: Vec<(usize, usize)> = conf::words(line, ts).take(16).collect();
        let mut host: Option<(usize, usize)> = None;
        for k in 0..toks.len() {
            let (s, e) = toks[k];
            let t = &line[s..e];
            if eq_ignore_case(t, "machine") {
                host = toks.get(k + 1).copied();
            }
            if eq_ignore_case(t, "password") || eq_ignore_case(t, "passwd") {
                if let Some((vs, ve)) = toks.get(k + 1).copied() {
                    let mut name = Vec::new();
                    if let Some((hs, he)) = host {
                        name.extend_from_slice(&line[hs..he]);
                        name.push(b'.');
                    }
                    name.extend_from_slice(b"password");
                    let n = self.push_name(&name);
                    self.emit(text, ls, n, (ls + vs, ls + ve));
                }
            }
        }
    }

    /// An SDK client built with its key as the first argument: `cohere.ClientV2("v")`,
    /// `acme.NewClient("v")`, `new AcmeClient("v")` (READMEs, notebooks, samples). The call's
    /// name ends in `Client` or `ClientV<n>`, and the literal is one run of 32 characters or
    /// more with upper- and lower-case letters and digits: a base URL, a name or a region is
    /// none of these. Handed on as `api_key`, for the rules' judgement of the value.
    fn client_constructors(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        static CLIENT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"Client"));
        let mut from = 0;
        while let Some(off) = CLIENT.find(&line[from..]) {
            let at = from + off;
            from = at + 6;
            let mut i = at + 6;
            if line.get(i) == Some(&b'V') {
                i += 1;
                while line.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
            if line.get(i) != Some(&b'(') {
                continue;
            }
            let Some(&q) = line.get(i + 1) else {
                continue;
            };
            if !matches!(q, b'"' | b'\'') {
                continue;
            }
            let Some(c) = find_close(line, i + 2, q) else {
                continue;
            };
            let v = &line[i + 2..c];
            let shaped = v.len() >= 32
                && v.iter().all(u8::is_ascii_alphanumeric)
                && v.iter().any(u8::is_ascii_uppercase)
                && v.iter().any(u8::is_ascii_lowercase)
                && v.iter().any(u8::is_ascii_digit);
            if shaped && matches!(line.get(c + 1), Some(b')' | b',')) {
                let n = self.push_name(b"api_key");
                self.emit(text, ls, n, (ls + i + 2, ls + c));
            }
        }
    }

    /// Positional credentials in well-known calls: `mysqli_connect("h", "u", "pass")`,
    /// `new PDO($dsn, "u", "pass")`, `SetBasicAuth("u", "pass")`, `NetworkCredential("u", "pass")`,
    /// `ldap_bind($conn, "dn", "pass")`, `conn.simple_bind_s("dn", "pass")`. Each call name is
    /// also a keyword of `generic-password-assignment` (rules/generic.yaml), so a line holding
    /// only the call (`req.SetBasicAuth("u", "v")`) is read.
    fn calls(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        const CALLS: &[(&str, usize)] = &[
            ("mysqli_connect(", 2),
            ("mysql_connect(", 2),
            ("mysqli_real_connect(", 3),
            ("new mysqli(", 2),
            ("new PDO(", 2),
            ("SetBasicAuth(", 1),
            ("NetworkCredential(", 1),
            ("PasswordAuthentication(", 1),
            ("UsernamePasswordCredentials(", 1),
            ("getConnection(", 2),
            ("KeyCredential(", 0),
            ("ApiKeyCredential(", 0),
            ("AzureSasCredential(", 0),
            ("ldap_bind(", 2),
            ("simple_bind_s(", 1),
            // Perl Net::SMTP `$smtp->auth(u, p)`, Ruby Net::HTTP `req.basic_auth(u, p)`, Go
            // `smtp.PlainAuth(identity, u, p, host)`, sbt `Credentials(realm, host, u, p)`.
            ("->auth(", 1),
            ("basic_auth(", 1),
            ("PlainAuth(", 2),
            (" Credentials(", 3),
            // Perl DBI `DBI->connect($dsn, $user, $password, \%attr)`.
            ("DBI->connect(", 2),
            // MATLAB Database Toolbox `database(name, user, password, ...)`.
            ("database(", 2),
            // Eclipse Paho MQTT `client.username_pw_set(username, password)`, Groovy
            // `Sql.newInstance(url, user, password, driver)`.
            ("username_pw_set(", 1),
            ("Sql.newInstance(", 2),
            // Gatling `http.basicAuth(user, password)`, Nexus script API
            // `security.securitySystem.changePassword(user, password)`.
            ("basicAuth(", 1),
            ("changePassword(", 1),
            // Nexus `security.addUser(id, first, last, email, active, password, roles)`.
            ("security.addUser(", 5),
            // A client builder's `.credentials(user, password, ...)` (Sabre's session factory,
            // JDBC and HTTP client builders), OkHttp `Credentials.basic(user, password)`.
            (".credentials(", 1),
            ("Credentials.basic(", 1),
        ];
        static FINDERS: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
            CALLS
                .iter()
                .map(|(call, _)| Finder::new(call.as_bytes()))
                .collect()
        });
        // Every name ends in `(`: most lines near a keyword hit open no parenthesis after one,
        // and are answered at their parentheses, where one search per name read the line thirty
        // times.
        let calls_one = memchr::memchr_iter(b'(', line).any(|p| {
            CALLS
                .iter()
                .any(|(call, _)| line[..=p].ends_with(call.as_bytes()))
        });
        if !calls_one {
            return;
        }
        for (&(call, arg), finder) in CALLS.iter().zip(FINDERS.iter()) {
            let Some(at) = finder.find(line) else {
                continue;
            };
            // Split the arguments at top-level commas, up to the closing parenthesis. The
            // arguments may go on over the next lines (a call broken after a comma, MATLAB's
            // `...` continuation): at most three lines and 512 bytes more are read.
            let mut ext = ls + line.len();
            for _ in 0..3 {
                if ext >= text.len() || ext - ls - line.len() >= 512 {
                    break;
                }
                ext = line_end(text, ext + 1);
            }
            let line = &text[ls..ext.min(ls + line.len() + 512).min(text.len())];
            let mut i = at + call.len();
            let mut args: Vec<(usize, usize)> = Vec::new();
            let mut s = i;
            while i < line.len() && args.len() <= arg {
                match line[i] {
                    q @ (b'"' | b'\'') => match find_close(line, i + 1, q) {
                        Some(c) => i = c,
                        None => break,
                    },
                    b',' => {
                        args.push((s, i));
                        s = i + 1;
                    }
                    b')' => {
                        args.push((s, i));
                        break;
                    }
                    _ => {}
                }
                i += 1;
            }
            if let Some(&(s, e)) = args.get(arg) {
                let (mut s, e) = trim(line, s, e);
                if line[s..e].starts_with(b"...") {
                    s = trim(line, s + 3, e).0;
                }
                let (s, mut e) = trim(line, s, e);
                // Java's `"v".toCharArray()` and `"v".getBytes()` hand the literal on.
                for call in [&b".toCharArray("[..], b".getBytes("] {
                    if let Some(at) = memchr::memmem::find(&line[s..e], call) {
                        e = s + at;
                    }
                }
                if e >= s + 2 && is_quote(line[s]) && line[e - 1] == line[s] {
                    self.emit_password(text, ls, (s + 1, e - 1));
                }
            }
        }
    }

    /// Test automation typing into a password field: Selenium
    /// `findElement(By.id("password")).sendKeys("v")`, Cypress
    /// `cy.get('#password').type('v')`, Playwright `page.fill('#password', 'v')`. The locator
    /// (a literal before the call, or `fill`'s first argument) names the field; the literal
    /// typed into it is its value.
    fn locator_inputs(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        static CALLS: LazyLock<Vec<(Finder<'static>, bool)>> = LazyLock::new(|| {
            [
                (".sendKeys(", false),
                (".type(", false),
                (".setValue(", false),
                (".fill(", true),
            ]
            .iter()
            .map(|&(c, sel)| (Finder::new(c.as_bytes()), sel))
            .collect()
        });
        let names_password = |lit: &[u8]| {
            contains_ignore_case(lit, "password")
                || contains_ignore_case(lit, "passwd")
                || contains_ignore_case(lit, "pwd")
        };
        for (finder, selector_first) in CALLS.iter() {
            let Some(at) = finder.find(line) else {
                continue;
            };
            let open = at + finder.needle().len();
            let Some(&q) = line.get(open) else {
                continue;
            };
            if !is_quote(q) {
                continue;
            }
            let Some(close) = find_close(line, open + 1, q) else {
                continue;
            };
            let first = (open + 1, close);
            let mut after = close + 1;
            while after < line.len() && line[after] == b' ' {
                after += 1;
            }
            // `getByLabel('Password').fill('v')`: one argument, the locator before the call.
            let one_argument = line.get(after) == Some(&b')');
            let value = if *selector_first && !one_argument {
                // `fill('#password', 'v')`: the selector, then the value.
                if !names_password(&line[first.0..first.1]) {
                    continue;
                }
                let mut i = close + 1;
                while i < line.len() && matches!(line[i], b' ' | b',') {
                    i += 1;
                }
                let Some(&q2) = line.get(i).filter(|&&b| is_quote(b)) else {
                    continue;
                };
                let Some(c2) = find_close(line, i + 1, q2) else {
                    continue;
                };
                (i + 1, c2)
            } else {
                // The locator: a literal before the call on the same line.
                let before = &line[..at];
                let named = before
                    .split(|&b| b == b'"' || b == b'\'')
                    .skip(1)
                    .step_by(2)
                    .any(names_password);
                if !named {
                    continue;
                }
                first
            };
            self.emit_password(text, ls, value);
        }
    }

    /// Robot Framework SeleniumLibrary `Input Password    locator    v` (and `Input Text` into a
    /// locator naming a password field): the third cell is the password.
    fn robot_input(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        let (ts, te) = trim(line, 0, line.len());
        let body = &line[ts..te];
        let keyword = ["Input Password", "Input Text"]
            .into_iter()
            .find(|k| body.len() > k.len() && body[..k.len()].eq_ignore_ascii_case(k.as_bytes()));
        let Some(keyword) = keyword else {
            return;
        };
        // Cells are split by two spaces or a tab.
        let mut cells: Vec<(usize, usize)> = Vec::new();
        let mut i = ts + keyword.len();
        while i < te && cells.len() < 3 {
            while i < te && matches!(line[i], b' ' | b'\t') {
                i += 1;
            }
            let s = i;
            while i < te
                && line[i] != b'\t'
                && !(line[i] == b' ' && matches!(line.get(i + 1), Some(b' ' | b'\t') | None))
            {
                i += 1;
            }
            if i > s {
                cells.push((s, i));
            }
        }
        let [locator, value, ..] = cells[..] else {
            return;
        };
        let password_field = keyword == "Input Password"
            || contains_ignore_case(&line[locator.0..locator.1], "password")
            || contains_ignore_case(&line[locator.0..locator.1], "passwd");
        if password_field && !line[value.0..value.1].starts_with(b"${") {
            self.emit_password(text, ls, value);
        }
    }

    /// A literal first argument of a call whose name says what it is: `setPassword("v")`,
    /// `.apiKey("v")`, `withToken("v")`, `Stripe.setApiKey("v")`, and API clients built from a
    /// key (`cohere.Client("v")`, `postmark.ServerClient("v")`).
    fn named_calls(&mut self, text: &[u8], ls: usize, line: &[u8]) {
        let mut i = 0;
        while let Some(off) = memchr(b'(', &line[i..]) {
            let p = i + off;
            i = p + 1;
            let mut s = p;
            while s > 0 && p - s < MAX_NAME && is_name_byte(line[s - 1]) {
                s -= 1;
            }
            if s == p {
                continue;
            }
            let callee = &line[s..p];
            let last = callee.rsplit(|&b| b == b'.').next().unwrap_or(callee);
            // The literal first: most calls have none, and the name test costs more.
            let Some((vs, ve)) = quoted_after(line, p + 1) else {
                continue;
            };
            let ends = |w: &[u8]| {
                last.len() >= w.len() && last[last.len() - w.len()..].eq_ignore_ascii_case(w)
            };
            let says = [
                "password",
                "passwd",
                "secret",
                "token",
                "apikey",
                "api_key",
                "credential",
                "auth",
            ]
            .iter()
            .any(|w| contains_ignore_case(last, w))
                || ends(b"key");
            let client = ends(b"client") || last.eq_ignore_ascii_case(b"api");
            if !says && !client {
                continue;
            }
            // The literal must be the whole first argument.
            let mut j = ve + 1;
            while j < line.len() && (line[j] == b' ' || line[j] == b'\t') {
                j += 1;
            }
            if j < line.len() && !matches!(line[j], b',' | b')') {
                continue;
            }
            let mut name = callee.to_vec();
            if client {
                name.extend_from_slice(b".api_key");
            }
            let n = self.push_name(&name);
            self.emit(text, ls, n, (ls + vs, ls + ve));
        }
    }

    /// Tables of three columns or more whose header row names them (`| Service | User |
    /// Password |` above a Markdown separator, or right below AsciiDoc's `|===`): in each row
    /// below with as many cells, the cell under a credential header is that header's value
    /// (`Password = "v"`).
    fn table_columns(
        &mut self,
        text: &[u8],
        ls: usize,
        line: &[u8],
        cells: &[(usize, usize)],
        idx: usize,
    ) {
        let (ts, te) = trim(line, 0, line.len());
        if separator_row(&line[ts..te]) {
            // AsciiDoc's `|===` opens or closes a table; a Markdown separator continues one.
            if line[ts..te].starts_with(b"|=") {
                self.columns.clear();
            }
            return;
        }
        if self.header_row(text, ls, line, cells) {
            self.columns.clear();
            for &(s, e) in cells {
                let cell = &line[s..e];
                let col = if login_header(cell) {
                    Some(self.push_name(b"login"))
                } else if credential_header(cell) {
                    // `where the credential lives`: the words up to the credential's.
                    Some(self.push_name(&cell[..credential_words_end(cell)]))
                } else {
                    None
                };
                self.columns.push(col);
            }
            return;
        }
        if self.columns.len() != cells.len() {
            self.columns.clear();
            return;
        }
        // `| munge key sha256 | - | v |`, `| SAM dump | Administrator | v | NT hash |`: a row
        // whose label or notes name a digest holds a hash. Only cells under no credential
        // header are read for it.
        if self
            .columns
            .iter()
            .zip(cells)
            .any(|(col, &(s, e))| col.is_none() && super::doclabel::names_digest(&line[s..e]))
        {
            return;
        }
        let columns = self.columns.clone();
        // `| twilio account | v |` under `| service | credential |`: a two-column table's row
        // label that names a field says what the value is.
        if cells.len() == 2
            && columns[0].is_none()
            && super::collection::names_field(&line[cells[0].0..cells[0].1])
        {
            return;
        }
        for (col, &(vs, ve)) in columns.iter().zip(cells) {
            if let Some((ns, ne)) = *col {
                // `` `user` / `password` `` under a `login` or `credentials` column.
                if let Some((ps, pe)) = super::doclabel::user_slash_password(&line[vs..ve]) {
                    self.emit_password(text, ls, (vs + ps, vs + pe));
                    continue;
                }
                if &self.names[ns..ne] == b"login" {
                    continue;
                }
                let name = self.names[ns..ne].to_vec();
                self.pair(text, ls, idx, &name, (ls + vs, ls + ve));
            }
        }
    }

    /// Whether a table row of three cells or more is a header naming a credential column: every
    /// cell a short label, one of them a credential word, and the row is followed by a Markdown
    /// separator or opens an AsciiDoc table (`|===` above it). Two columns are a name and its
    /// value (`| twilio account | v |` under `| service | credential |`): the row's own label
    /// names it, read by [`Assignments::table_row`]; but under `| account | password |` the
    /// first column is a user and the second its password.
    fn header_row(&self, text: &[u8], ls: usize, line: &[u8], cells: &[(usize, usize)]) -> bool {
        let label = |c: &[u8]| {
            !c.is_empty()
                && c.len() <= 40
                && c.iter().filter(|&&b| b == b' ').count() <= 3
                && c.iter()
                    .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'_' | b'-'))
        };
        // Two columns are a user and a password when the headers say so (`|account
        // |password`, `| login | password |`): the rows' first cells are accounts, not names.
        let user_and_password = cells.len() == 2 && {
            let (a, b) = (&line[cells[0].0..cells[0].1], &line[cells[1].0..cells[1].1]);
            ["account", "user", "login"]
                .iter()
                .any(|w| contains_ignore_case(a, w))
                && ["password", "passwd", "passphrase", "pwd"]
                    .iter()
                    .any(|w| contains_ignore_case(b, w))
        };
        // `| Service | Credential |`: a row label, then a column the header names a credential.
        let label_and_credential = cells.len() == 2
            && !credential_header(&line[cells[0].0..cells[0].1])
            && credential_header(&line[cells[1].0..cells[1].1]);
        if (cells.len() < 3 && !user_and_password && !label_and_credential)
            || !cells.iter().all(|&(s, e)| label(&line[s..e]))
            || !cells
                .iter()
                .any(|&(s, e)| credential_header(&line[s..e]) || login_header(&line[s..e]))
        {
            return false;
        }
        let le = ls + line.len();
        let below = le < text.len() && {
            let e = line_end(text, le + 1);
            let (s2, e2) = trim(text, le + 1, e);
            e2 > s2 && text[s2] == b'|' && separator_row(&text[s2..e2])
        };
        let above = line_above(text, ls).trim_ascii() == b"|===";
        below || above
    }

    /// HTML table and definition-list cells: `<td>NAME</td><td>v</td>`, `<dt>NAME</dt>
    /// <dd>v</dd>` (the value in `<code>` too), on one line or a cell per line (the name cell
    /// held for the next line, as [`Assignments::cell_line`] does).
    fn html_cells(&mut self, text: &[u8], ls: usize, line: &[u8], idx: usize) {
        let mut cells: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while let Some(off) = memchr(b'<', &line[i..]) {
            let lt = i + off;
            i = lt + 1;
            let Some(tag) = line.get(lt + 1..lt + 3) else {
                break;
            };
            let tag = tag.to_ascii_lowercase();
            if !matches!(&tag[..], b"td" | b"th" | b"dt" | b"dd")
                || !matches!(line.get(lt + 3), Some(b'>' | b' '))
            {
                continue;
            }
            let Some(gt) = memchr(b'>', &line[lt..]).map(|g| lt + g) else {
                break;
            };
            let mut cs = gt + 1;
            for inner in [&b"<code>"[..], b"<kbd>", b"<tt>", b"<samp>"] {
                if line[cs..].starts_with(inner) {
                    cs += inner.len();
                }
            }
            let Some(ce) = memchr(b'<', &line[cs..]).map(|c| cs + c) else {
                break;
            };
            cells.push(trim(line, cs, ce));
            i = ce;
            if cells.len() > 32 {
                break;
            }
        }
        let name_cell = |c: &[u8]| {
            !c.is_empty()
                && c.len() <= MAX_NAME
                && c.iter().all(|&b| is_name_byte(b) || b == b' ')
                && c.iter().filter(|&&b| b == b' ').count() <= 3
                && c.iter().any(u8::is_ascii_alphabetic)
        };
        if cells.len() == 1 {
            let (vs, ve) = cells[0];
            let held = self
                .pending
                .filter(|&(_, at, reach)| reach == 1 && at + 1 == idx);
            if let Some((pn, _, _)) = held {
                self.pending = None;
                let name = self.names[pn.0..pn.1].to_vec();
                self.pair(text, ls, idx, &name, (ls + vs, ls + ve));
            } else if name_cell(&line[vs..ve]) {
                let n = self.push_name(&line[vs..ve]);
                self.pending = Some((n, idx, 1));
            }
            return;
        }
        for w in cells.windows(2) {
            let (ns, ne) = w[0];
            if !name_cell(&line[ns..ne]) {
                continue;
            }
            let name = line[ns..ne].to_vec();
            self.pair(text, ls, idx, &name, (ls + w[1].0, ls + w[1].1));
        }
    }

    /// CSV with a header row (`User name,Password,Access key ID,Secret access key`, `host,user,
    /// password`): every field a short label, one of them a credential word (the second of
    /// two a password). In each row right
    /// below with as many fields, the field under a credential header is that header's value.
    /// Returns whether the line was such a header or row.
    fn csv_row(
        &mut self,
        text: &[u8],
        ls: usize,
        line: &[u8],
        ts: usize,
        te: usize,
        idx: usize,
    ) -> bool {
        if memchr(b',', &line[ts..te]).is_none() {
            return false;
        }
        let label = |c: &[u8]| {
            !c.is_empty()
                && c.len() <= 40
                && c.iter().filter(|&&b| b == b' ').count() <= 3
                && c[0].is_ascii_alphabetic()
                && c.iter()
                    .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'_' | b'-'))
        };
        // With no header above, only a header row is read: the first cell that is no label
        // ends the look (most lines with a comma near a keyword hit are code).
        let header_only = self.columns.is_empty();
        let mut cells: Vec<(usize, usize)> = Vec::new();
        let mut s = ts;
        for i in ts..=te {
            if i == te || line[i] == b',' {
                let (mut cs, mut ce) = trim(line, s, i);
                if ce > cs + 1 && line[cs] == b'"' && line[ce - 1] == b'"' {
                    (cs, ce) = (cs + 1, ce - 1);
                }
                if header_only && !label(&line[cs..ce]) {
                    return false;
                }
                cells.push((cs, ce));
                s = i + 1;
                if cells.len() > 32 {
                    return false;
                }
            }
        }
        // Two fields under `service,credential` are a label and its value, as in a two-column
        // table; `username,password` names its second column.
        let password_column = |&(s, e): &(usize, usize)| {
            let c = &line[s..e];
            contains_ignore_case(c, "pass") || contains_ignore_case(c, "pwd")
        };
        let labels = cells.iter().all(|&(s, e)| label(&line[s..e]));
        if labels
            && cells.iter().any(|&(s, e)| credential_header(&line[s..e]))
            && (cells.len() > 2 || password_column(&cells[1]))
        {
            self.columns.clear();
            for &(s, e) in &cells {
                let col = if credential_header(&line[s..e]) {
                    Some(self.push_name(&line[s..e]))
                } else {
                    None
                };
                self.columns.push(col);
            }
            return true;
        }
        // Another header (of a table that names no credential) ends the one above.
        if labels || self.columns.len() != cells.len() {
            return false;
        }
        let columns = self.columns.clone();
        for (col, &(vs, ve)) in columns.iter().zip(&cells) {
            if let Some((ns, ne)) = *col {
                let name = self.names[ns..ne].to_vec();
                self.pair(text, ls, idx, &name, (ls + vs, ls + ve));
            }
        }
        true
    }

    /// A table cell alone on its line, as AsciiDoc writes a row's cells one per line (`| NAME`,
    /// then `| value`; a cell style such as `a|` before the bar) and as a reStructuredText
    /// `list-table` writes them (`* - NAME`, then `  - value`): a name cell is held for the next
    /// line, whose cell is its value (code backticks stripped). Returns whether the line was
    /// such a cell.
    fn cell_line(
        &mut self,
        text: &[u8],
        ls: usize,
        line: &[u8],
        ts: usize,
        te: usize,
        idx: usize,
    ) -> bool {
        let body = &line[ts..te];
        let (first, cs) = if body.starts_with(b"* - ") {
            (true, ts + 4)
        } else if body.starts_with(b"- ") {
            (false, ts + 2)
        } else {
            // AsciiDoc: an optional cell specifier (`a`, `2+`, `^.^`) and one bar, no other.
            // A bar after the fifth byte is no cell's: the first five are read, not the line.
            let spec = body.iter().take(5).take_while(|&&b| b != b'|').count();
            if spec >= body.len()
                || spec > 4
                || !body[..spec].iter().all(|&b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'^' | b'<' | b'>')
                })
                || memchr(b'|', &body[spec + 1..]).is_some()
                || body[spec + 1..].starts_with(b"==")
            {
                return false;
            }
            (true, ts + spec + 1)
        };
        let (vs, ve) = strip_cell(line, cs, te);
        if ve <= vs {
            return false;
        }
        let cell = &line[vs..ve];
        let held = self
            .pending
            .filter(|&(_, at, reach)| reach == 1 && at + 1 == idx);
        if let Some((pn, _, _)) = held {
            // The row's second cell: the held name's value.
            self.pending = None;
            let name = self.names[pn.0..pn.1].to_vec();
            self.pair(text, ls, idx, &name, (ls + vs, ls + ve));
            return true;
        }
        if !first {
            return false;
        }
        if cell.len() <= MAX_NAME
            && cell.iter().all(|&b| is_name_byte(b))
            && cell.iter().any(u8::is_ascii_alphabetic)
            && !is_name_key(cell)
            && !is_value_key(cell)
        {
            let n = self.push_name(cell);
            self.pending = Some((n, idx, 1));
            return true;
        }
        false
    }

    fn table_row(&mut self, text: &[u8], ls: usize, line: &[u8], ts: usize, te: usize, idx: usize) {
        let mut cells: Vec<(usize, usize)> = Vec::new();
        let mut s = ts + 1;
        for i in ts + 1..te {
            if line[i] == b'|' {
                cells.push(strip_cell(line, s, i));
                s = i + 1;
                if cells.len() > 32 {
                    break;
                }
            }
        }
        if s < te {
            cells.push(strip_cell(line, s, te));
        }
        self.table_columns(text, ls, line, &cells, idx);
        for w in cells.windows(2) {
            let (ns, ne) = w[0];
            let name = &line[ns..ne];
            // `| twilio auth token | v |`: a label of a few words names the row as well.
            let label = name.len() <= 40
                && name.iter().filter(|&&b| b == b' ').count() <= 3
                && !name.windows(2).any(|w| w == b"  ")
                && name.iter().all(|&b| b.is_ascii_alphanumeric() || b == b' ');
            if name.is_empty()
                || name.len() > 64
                || !(name.iter().all(|&b| is_name_byte(b)) || label)
            {
                continue;
            }
            let (vs, ve) = w[1];
            let name = name.to_vec();
            self.pair(text, ls, idx, &name, (ls + vs, ls + ve));
            let _ = idx;
        }
    }
}

/// Whether a table row is a separator (`|---|:--:|`, AsciiDoc's `|===`).
fn separator_row(row: &[u8]) -> bool {
    row.iter()
        .all(|&b| matches!(b, b'|' | b'-' | b':' | b'=' | b'+' | b' ' | b'\t'))
}

/// The words that make a table header a credential column.
const CREDENTIAL_HEADER_WORDS: [&str; 8] = [
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "secret",
    "token",
    "key",
    "credential",
];

/// Whether a header cell names a credential column (`Password`, `API token`, `Secret key`).
fn credential_header(cell: &[u8]) -> bool {
    CREDENTIAL_HEADER_WORDS
        .iter()
        .any(|w| contains_ignore_case(cell, w))
}

/// A header naming a column of logins (`login`): its cells may hold `` `user` / `password` ``
/// (as may a `credentials` column's, which names its other values too).
fn login_header(cell: &[u8]) -> bool {
    ["login", "logins"].iter().any(|w| eq_ignore_case(cell, w))
}

/// The end of the first credential word in a header of several words (`where the credential
/// lives` -> `where the credential`), so that the column's name ends in it; a header of one
/// word is kept whole.
fn credential_words_end(cell: &[u8]) -> usize {
    if !cell.contains(&b' ') {
        return cell.len();
    }
    let lower = cell.to_ascii_lowercase();
    CREDENTIAL_HEADER_WORDS
        .iter()
        .filter_map(|w| {
            let at = memchr::memmem::find(&lower, w.as_bytes())?;
            let mut e = at + w.len();
            while e < cell.len() && cell[e].is_ascii_alphabetic() {
                e += 1;
            }
            Some((at, e))
        })
        .min()
        .map_or(cell.len(), |(_, e)| e)
}

fn strip_cell(line: &[u8], s: usize, e: usize) -> (usize, usize) {
    let (mut s, mut e) = trim(line, s, e);
    while e > s + 1 && matches!(line[s], b'`' | b'*') && line[e - 1] == line[s] {
        s += 1;
        e -= 1;
    }
    (s, e)
}

fn line_end(text: &[u8], pos: usize) -> usize {
    match memchr(b'\n', &text[pos.min(text.len())..]) {
        Some(i) => pos + i,
        None => text.len(),
    }
}

/// The closing `q` of a quoted string whose content starts at `from` (a backslash escapes), at
/// most [`MAX_VALUE`] bytes on.
fn find_close(line: &[u8], from: usize, q: u8) -> Option<usize> {
    let limit = (from + MAX_VALUE + 1).min(line.len());
    let mut i = from;
    while i < limit {
        let b = line[i];
        if b == b'\\' {
            i += 2;
            continue;
        }
        if b == q {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether `line` holds one of the command-line scanner's triggers: ` -`, `"-`, `'-` (a
/// flag), ` /` (a Windows switch), `set `, `sqlplus `, `net user `, `rabbitmqctl `, `| kinit`.
/// Read at the three bytes that end or start them, in one pass (one search per trigger, or one
/// automaton for all, cost more than the rest of the scanner on lines of code).
fn command_trigger(line: &[u8]) -> bool {
    memchr::memchr3_iter(b'-', b'/', b' ', line).any(|i| {
        let before = |w: &[u8]| line[..i].ends_with(w);
        match line[i] {
            b'-' => i > 0 && matches!(line[i - 1], b' ' | b'"' | b'\''),
            b'/' => i > 0 && line[i - 1] == b' ',
            _ => {
                before(b"set")
                    || before(b"sqlplus")
                    || before(b"net user")
                    || before(b"rabbitmqctl")
                    || (before(b"|") && line[i + 1..].starts_with(b"kinit"))
            }
        }
    })
}

/// The first quoted string at or after `from`.
fn quoted_after(line: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < line.len() && (line[i] == b' ' || line[i] == b'\t') {
        i += 1;
    }
    if i < line.len() && matches!(line[i], b'"' | b'\'') {
        let c = find_close(line, i + 1, line[i])?;
        return Some((i + 1, c));
    }
    None
}

/// The value of attribute `name` in a tag's attribute text.
fn attr_value(attrs: &[u8], name: &str) -> Option<(usize, usize)> {
    let n = name.as_bytes();
    let mut i = 0;
    while i + n.len() < attrs.len() {
        let before_ok = i == 0 || attrs[i - 1].is_ascii_whitespace();
        if before_ok && attrs[i..i + n.len()].eq_ignore_ascii_case(n) {
            let mut j = i + n.len();
            if attrs.get(j) == Some(&b'=') {
                j += 1;
                if let Some(&q) = attrs.get(j) {
                    if q == b'"' || q == b'\'' {
                        if let Some(c) = find_close(attrs, j + 1, q) {
                            return Some((j + 1, c));
                        }
                    }
                }
            }
        }
        i += 1;
    }
    None
}

/// The name left of an operator at `op`: bare (`API_KEY`), quoted (`"api_key"`) or subscripted
/// (`os.environ["API_KEY"]`, `ENV['X']`, `[:api_key]`).
fn name_before(line: &[u8], op: usize) -> Option<(usize, usize)> {
    let mut e = op;
    while e > 0 && (line[e - 1] == b' ' || line[e - 1] == b'\t') {
        e -= 1;
    }
    if e == 0 {
        return None;
    }
    // Perl hash elements: `$Self->{DatabasePw} = 'v'`, `$h{password}`, `$h->{'A::B::Pw'}`: the
    // key (its last `::` segment) is the name.
    if line[e - 1] == b'}' {
        if let Some(key) = perl_hash_key(line, e) {
            return Some(key);
        }
    }
    // C# auto-properties: `public string ApiKey { get; set; } = "v"`.
    if line[e - 1] == b'}' {
        let open = memchr::memrchr(b'{', &line[e.saturating_sub(64)..e])? + e.saturating_sub(64);
        let inside = &line[open + 1..e - 1];
        if !contains_ignore_case(inside, "get") && !contains_ignore_case(inside, "init") {
            return None;
        }
        e = open;
        while e > 0 && (line[e - 1] == b' ' || line[e - 1] == b'\t') {
            e -= 1;
        }
        if e == 0 {
            return None;
        }
    }
    let mut last = line[e - 1];
    if last == b']' {
        e -= 1;
        if e == 0 {
            return None;
        }
        last = line[e - 1];
        // C arrays: `char blynkAuth[] = "v"` names `blynkAuth`.
        if last == b'[' {
            e -= 1;
            if e == 0 {
                return None;
            }
            last = line[e - 1];
        }
    }
    if is_quote(last) || (last == b'\\' && e >= 2 && line[e - 2] == b'"') {
        // A quoted name, possibly JSON-escaped (`\"name\"`).
        let q = last;
        let close = e - 1;
        let limit = close.saturating_sub(MAX_NAME);
        let mut s = close;
        while s > limit {
            if line[s - 1] == q {
                let ns = s;
                let mut ne = close;
                if ne > ns && line[ne - 1] == b'\\' {
                    ne -= 1;
                }
                return (ne > ns).then_some((ns, ne));
            }
            s -= 1;
        }
        return None;
    }
    let mut s = e;
    while s > 0 && e - s < MAX_NAME && is_name_byte(line[s - 1]) {
        s -= 1;
    }
    // `:api_key =>` (Ruby symbols) and `$password` keep the name only.
    while s < e && matches!(line[s], b'$' | b'@' | b'-' | b'.') {
        s += 1;
    }
    (e > s).then_some((s, e))
}

/// An INI section whose entries are accounts and their passwords: `[admins]` (CouchDB),
/// `[users]`, `[accounts]`, `[passwords]`, `[credentials]`.
fn account_section(name: &[u8]) -> bool {
    [
        "admins",
        "users",
        "accounts",
        "passwords",
        "credentials",
        "logins",
    ]
    .iter()
    .any(|w| eq_ignore_case(name, w))
}

/// Whether the value at `value` is that of an HTTP header written `Name: v`: the header alone
/// on its line, unindented, the value unquoted to the line's end (an `.http` file, a raw
/// request), or a quoted `-H`/`--header` argument of a command.
fn http_header_at(text: &[u8], ls: usize, value: (usize, usize)) -> bool {
    let le = line_end(text, ls);
    let line = &text[ls..le];
    let before = &text[ls..value.0];
    let Some(colon) = memchr::memrchr(b':', before) else {
        return false;
    };
    if before[colon + 1..].iter().any(|&b| b != b' ') {
        return false;
    }
    let ns = before[..colon]
        .iter()
        .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
        .map_or(0, |p| p + 1);
    if ns == 0 {
        let (_, te) = trim(line, 0, line.len());
        return ls + te == value.1;
    }
    is_quote(before[ns - 1])
        && (memchr::memmem::find(line, b"-H ").is_some()
            || memchr::memmem::find(line, b"--header ").is_some())
}

/// The name of an object opened on the same line just before its value member:
/// `"workspaceKey": { "value": ` (JSON), `workspaceKey = { value = ` (HCL, Bicep), the text
/// `before` ending where the value starts. Only the value key and its operator may stand between
/// the `{` and the value.
fn inline_parent(before: &[u8]) -> Option<(usize, usize)> {
    let open = memchr::memrchr(b'{', before)?;
    let inner = &before[open + 1..];
    if inner.len() > 32
        || !inner
            .iter()
            .all(|&b| is_name_byte(b) || is_quote(b) || matches!(b, b' ' | b'\t' | b':' | b'='))
    {
        return None;
    }
    let mut e = open;
    while e > 0 && matches!(before[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    if e == 0 || !matches!(before[e - 1], b':' | b'=') {
        return None;
    }
    e -= 1;
    let (ns, ne) = name_before(before, e)?;
    let name = &before[ns..ne];
    (!name.is_empty() && name.iter().all(|&b| is_name_byte(b))).then_some((ns, ne))
}

/// The key of a Perl hash element whose `}` ends at `e`: `{Name}`, `{'Name'}` or `{"Name"}`
/// right after `->` or a variable (`$h{k}`), without spaces; the last `::` segment of a
/// namespaced key (`{'AuthModule::LDAP::SearchUserPw'}` -> `SearchUserPw`).
fn perl_hash_key(line: &[u8], e: usize) -> Option<(usize, usize)> {
    let from = e.saturating_sub(MAX_NAME + 3);
    let open = memchr::memrchr(b'{', &line[from..e - 1])? + from;
    let before = *line.get(open.checked_sub(1)?)?;
    if before == b'$' || (before != b'>' && !is_name_byte(before)) {
        return None;
    }
    let (mut s, mut ke) = (open + 1, e - 1);
    if ke > s + 1 && is_quote(line[s]) && line[ke - 1] == line[s] {
        s += 1;
        ke -= 1;
    }
    let key = &line[s..ke];
    if key.is_empty() || !key.iter().all(|&b| is_name_byte(b) || b == b':') {
        return None;
    }
    let ks = memchr::memrchr(b':', key).map_or(s, |c| s + c + 1);
    (ke > ks && !line[ks].is_ascii_digit()).then_some((ks, ke))
}

/// The literal last assigned to the variable `name` (`$plain`) on one of the eight lines above
/// `ls` (at most 1024 bytes back): `$plain = 'v'` at the start of a line. Its span in `text`.
fn literal_assigned_above(text: &[u8], ls: usize, name: &[u8]) -> Option<(usize, usize)> {
    if name.len() < 2 || !name[1..].iter().all(|&b| is_name_byte(b)) {
        return None;
    }
    let floor = ls.saturating_sub(1024);
    let mut end = ls.checked_sub(1)?;
    for _ in 0..8 {
        let start = memchr::memrchr(b'\n', &text[floor..end]).map_or(floor, |i| floor + i + 1);
        let l = &text[start..end];
        let (ts, te) = trim(l, 0, l.len());
        let rest = &l[ts..te];
        if rest.len() > name.len() && rest[..name.len()].eq_ignore_ascii_case(name) {
            let after = &rest[name.len()..];
            let op = after.iter().position(|&b| b != b' ' && b != b'\t')?;
            if after[op] != b'=' || after.get(op + 1) == Some(&b'=') {
                return None;
            }
            let at = ts + name.len() + op + 1;
            let (vs, ve) = value_after(l, at)?;
            return (vs > at && is_quote(l[vs - 1])).then_some((start + vs, start + ve));
        }
        if start == floor || start == 0 {
            return None;
        }
        end = start - 1;
    }
    None
}

/// The literal right of an operator ending at `at`: a quoted string (with an optional `b`, `r`,
/// `f`, `u` or `@` prefix) or an unquoted run up to whitespace or a delimiter. Code (a call, an
/// expression) is not a literal.
fn value_after(line: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut i = at;
    while i < line.len() && (line[i] == b' ' || line[i] == b'\t') {
        i += 1;
    }
    if i >= line.len() {
        return None;
    }
    if let Some(inner) = string_macro(line, i) {
        return Some(inner);
    }
    // `bytes.fromhex('v')`, `base64.b64decode("v")`, `Buffer.from('v', 'hex')`, `[]byte("v")`,
    // `SecretStr("v")`, `Secret::new("v".to_string())`: a conversion is transparent.
    if let Some(inner) = conversion_call(line, i) {
        return Some(inner);
    }
    // C++ raw strings: `R"(v)"`, `R"delim(v)delim"`.
    if let Some(raw) = cpp_raw_string(line, i) {
        return Some(raw);
    }
    // Swift raw strings: `#"v"#`.
    if line[i..].starts_with(b"#\"") {
        let end = memchr::memmem::find(&line[i + 2..], b"\"#")? + i + 2;
        return Some((i + 2, end));
    }
    // C# `$"v"` (interpolated, here with nothing to interpolate) and bash `$'v'`.
    if matches!(
        line[i],
        b'b' | b'r' | b'f' | b'u' | b'@' | b'B' | b'R' | b'F' | b'U' | b'L' | b'$'
    ) && line.get(i + 1).is_some_and(|&q| q == b'"' || q == b'\'')
    {
        if line[i] == b'$' {
            // An interpolated string with a hole in it is no literal.
            let c = find_close(line, i + 2, line[i + 1])?;
            return (!line[i + 2..c].contains(&b'{')).then_some((i + 2, c));
        }
        i += 1;
    }
    // Lua long strings: `local token = [[v]]` (one word inside; `[[1, 2]]` is a nested list).
    if line[i..].starts_with(b"[[") {
        let end = memchr::memmem::find(&line[i + 2..], b"]]")? + i + 2;
        let inner = &line[i + 2..end];
        return (!inner.is_empty()
            && !inner.iter().any(|&b| {
                b.is_ascii_whitespace() || is_quote(b) || matches!(b, b',' | b'[' | b']')
            }))
        .then_some((i + 2, end));
    }
    // A one-element array of a string (`"bindCredential": ["v"]`, as Keycloak's realm export
    // writes every component setting): the string is the value.
    if line[i] == b'[' && line.get(i + 1).is_some_and(|&q| q == b'"' || q == b'\'') {
        let c = find_close(line, i + 2, line[i + 1])?;
        return (line.get(c + 1) == Some(&b']')).then_some((i + 2, c));
    }
    let q = line[i];
    if is_quote(q) {
        // TOML and Python triple-quoted strings on one line: `token = """v"""`.
        if line[i..].starts_with(&[q, q, q]) {
            let from = i + 3;
            let end = memchr::memmem::find(&line[from..], &[q, q, q])?;
            return Some((from, from + end));
        }
        let c = find_close(line, i + 1, q)?;
        return Some((i + 1, c));
    }
    let s = i;
    while i < line.len()
        && i - s < MAX_VALUE
        && !line[i].is_ascii_whitespace()
        && !matches!(
            line[i],
            b',' | b';' | b')' | b'}' | b']' | b'"' | b'\'' | b'<' | b'&' | b'('
        )
    {
        i += 1;
    }
    if line.get(i) == Some(&b'(') {
        return None;
    }
    (i > s).then_some((s, i))
}

/// The inside of a C++ raw string at `i`: `R"(v)"`, `R"delim(v)delim"` (a delimiter of at most
/// 16 bytes). `None` when `R"` opens no raw string (Python's `R"v"` is an ordinary quote).
fn cpp_raw_string(line: &[u8], i: usize) -> Option<(usize, usize)> {
    if line[i] != b'R' || line.get(i + 1) != Some(&b'"') {
        return None;
    }
    let from = i + 2;
    let open = from + memchr(b'(', &line[from..(from + 17).min(line.len())])?;
    let delim = &line[from..open];
    if delim
        .iter()
        .any(|&b| b.is_ascii_whitespace() || matches!(b, b'\\' | b')' | b'"'))
    {
        return None;
    }
    let mut close = Vec::with_capacity(delim.len() + 2);
    close.push(b')');
    close.extend_from_slice(delim);
    close.push(b'"');
    let end = memchr::memmem::find(&line[open + 1..], &close)? + open + 1;
    Some((open + 1, end))
}

/// The literal inside a C and C++ string-literal macro at `i`: Unreal's `TEXT("v")`, Windows'
/// `_T("v")` and `_TEXT("v")`, wxWidgets' `wxT("v")`, Qt's `QStringLiteral("v")` and
/// `QLatin1String("v")`, and Rust's `String::from("v")`. They only make a wide, static or owned
/// string of the literal, so the literal is the value, as a quoted string is (`FString Secret =
/// TEXT("v");`).
fn string_macro(line: &[u8], i: usize) -> Option<(usize, usize)> {
    const MACROS: [&[u8]; 7] = [
        b"String::from(",
        b"TEXT(",
        b"_T(",
        b"_TEXT(",
        b"wxT(",
        b"QStringLiteral(",
        b"QLatin1String(",
    ];
    let m = MACROS.iter().find(|m| line[i..].starts_with(m))?;
    let q = *line.get(i + m.len())?;
    if q != b'"' {
        return None;
    }
    let c = find_close(line, i + m.len() + 1, q)?;
    (line.get(c + 1) == Some(&b')')).then_some((i + m.len() + 1, c))
}

/// The literal inside a call that only converts or wraps it, at `i`: Python
/// `bytes.fromhex('v')`, `base64.b64decode("v")`, `binascii.unhexlify("v")`, `bytes("v",
/// "utf-8")`, pydantic `SecretStr("v")`, Node `Buffer.from('v', 'hex')`, browser `atob("v")`, Go
/// `[]byte("v")` and `hex.DecodeString("v")`, Java `Base64.getDecoder().decode("v")` and
/// `DatatypeConverter.parseHexBinary("v")`, C# `Convert.FromBase64String("v")` and
/// `Encoding.UTF8.GetBytes("v")`, Rust `Secret::new("v".to_string())` and `SecretString::from("v")`.
/// The key is the literal whatever form the code turns it into. The literal is the call's first
/// argument; a second may only name an encoding (`'hex'`, `"utf-8"`, `StandardCharsets.UTF_8`),
/// and the literal may be converted again (`"v".to_string()`, `"v".encode()`).
fn conversion_call(line: &[u8], i: usize) -> Option<(usize, usize)> {
    let limit = line.len().min(i + 64);
    let mut p = i;
    while p < limit
        && (is_name_byte(line[p]) || matches!(line[p], b'.' | b':' | b'[' | b']' | b'(' | b')'))
    {
        // `Base64.getDecoder().decode(`: an empty call inside the callee is part of it.
        if line[p] == b'(' && line.get(p + 1) != Some(&b')') {
            break;
        }
        if line[p] == b'(' {
            p += 2;
            continue;
        }
        p += 1;
    }
    if p == i || line.get(p) != Some(&b'(') {
        return None;
    }
    let callee = &line[i..p];
    let last = callee
        .rsplit(|&b| matches!(b, b'.' | b':' | b']'))
        .next()
        .unwrap_or(callee)
        .to_ascii_lowercase();
    let whole = callee.to_ascii_lowercase();
    let transparent = matches!(
        last.as_slice(),
        b"fromhex"
            | b"b64decode"
            | b"urlsafe_b64decode"
            | b"standard_b64decode"
            | b"b32decode"
            | b"unhexlify"
            | b"a2b_hex"
            | b"a2b_base64"
            | b"decodestring"
            | b"decodehex"
            | b"parsehexbinary"
            | b"parsebase64binary"
            | b"frombase64string"
            | b"fromhexstring"
            | b"getbytes"
            | b"secretstr"
            | b"secretbytes"
            | b"secretstring"
            | b"securestring"
            | b"bytes"
            | b"bytearray"
            | b"atob"
    ) || (last == b"byte" && whole.ends_with(b"[]byte"))
        || (last == b"decode" && contains_ignore_case(callee, "base64"))
        || (last == b"from" && matches!(whole.as_slice(), b"buffer.from" | b"secretstring::from"))
        || (last == b"new"
            && (contains_ignore_case(&whole, "secret")
                || contains_ignore_case(&whole, "zeroizing")))
        || (last == b"secret" && callee.len() == 6);
    if !transparent {
        return None;
    }
    let mut q = p + 1;
    while q < line.len() && matches!(line[q], b' ' | b'\t') {
        q += 1;
    }
    // `[]byte("v")`'s and `bytes(b"v")`'s own prefixes.
    if matches!(line.get(q), Some(b'b' | b'@')) && line.get(q + 1).is_some_and(|&c| is_quote(c)) {
        q += 1;
    }
    let quote = *line.get(q)?;
    if !(quote == b'"' || quote == b'\'') {
        return None;
    }
    let c = find_close(line, q + 1, quote)?;
    // After the literal: more conversions (`.to_string()`, `.encode()`), then `)` or an
    // encoding argument and `)`.
    let mut k = c + 1;
    for _ in 0..2 {
        if line.get(k) != Some(&b'.') {
            break;
        }
        let s = k + 1;
        k = s;
        while k < line.len() && is_name_byte(line[k]) {
            k += 1;
        }
        if k == s || line.get(k) != Some(&b'(') {
            return None;
        }
        k += memchr(b')', &line[k..])? + 1;
    }
    while k < line.len() && matches!(line[k], b' ' | b'\t') {
        k += 1;
    }
    match line.get(k) {
        Some(b')') => {}
        Some(b',') => {
            let rest = &line[k + 1..line.len().min(k + 48)];
            let close = memchr(b')', rest)?;
            let arg = &rest[..close];
            if !arg.iter().all(|&b| {
                is_name_byte(b) || matches!(b, b' ' | b'\t' | b'.' | b'-' | b'=' | b'"' | b'\'')
            }) {
                return None;
            }
        }
        _ => return None,
    }
    (c > q + 1).then_some((q + 1, c))
}

/// The literal of an `if` expression's first branch, when the value after the operator ending
/// at `from` is one: Kotlin and Scala `if (cond) "v" else X`, Rust `if cond { "v" } else { X }`.
/// Reads to `limit` at most.
fn if_expression(line: &[u8], from: usize, limit: usize) -> Option<(usize, (usize, usize))> {
    let at = from + indent(&line[from..limit]);
    let rest = &line[at..limit];
    if !(rest.starts_with(b"if ") || rest.starts_with(b"if(")) {
        return None;
    }
    let mut i = at + 2 + indent(&line[at + 2..limit]);
    if line.get(i) == Some(&b'(') {
        // The condition in parentheses, then the branch: a literal or `{ "v" }`.
        let mut depth = 0usize;
        while i < limit {
            match line[i] {
                b'"' | b'\'' => i = find_close(line, i + 1, line[i])?,
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if i >= limit {
            return None;
        }
        let mut j = i + 1 + indent(&line[i + 1..limit]);
        if line.get(j) == Some(&b'{') {
            j += 1;
        }
        return quoted_after(line, j).map(|lit| (i, lit));
    }
    // Rust: the condition runs to the branch's `{`.
    let brace = i + memchr(b'{', &line[i..limit])?;
    if line[i..brace].iter().any(|&b| is_quote(b) || b == b';') {
        return None;
    }
    if let Some(lit) = quoted_after(line, brace + 1) {
        return Some((brace, lit));
    }
    // `if c { X } else { "v" }`: the second branch.
    let close = brace + memchr(b'}', &line[brace..limit])?;
    let j = close + 1 + indent(&line[close + 1..limit]);
    let rest = &line[j..limit];
    if !rest.starts_with(b"else") {
        return None;
    }
    let mut k = j + 4 + indent(&line[j + 4..limit]);
    if line.get(k) == Some(&b'{') {
        k += 1;
    }
    quoted_after(line, k).map(|lit| (j, lit))
}

/// The literal a lookup falls back to, in the statement after an operator ending at `from`:
/// `process.env.X || "v"`, `ENV["X"] ?? "v"`, Python `os.getenv("X") or "v"`, Kotlin
/// `System.getenv("X") ?: "v"`. The lookup is a reference; the fallback is a value written into
/// the code. Returns the fallback operator's offset and the literal's span.
///
/// The scan stops at the statement's end (`;`, `,`, a brace) or after 256 bytes, so that a line
/// of many assignments (minified code) is read once, not once per operator; quoted strings are
/// stepped over whole (`"a;b" || "v"`).
fn fallback_literal(line: &[u8], from: usize) -> Option<(usize, (usize, usize))> {
    let limit = line.len().min(from.saturating_add(256));
    if let Some(lit) = if_expression(line, from, limit) {
        return Some(lit);
    }
    let mut i = from;
    let mut ternary = false;
    while i + 2 <= limit {
        let b = line[i];
        if is_quote(b) {
            i = find_close(line, i + 1, b)? + 1;
            continue;
        }
        if matches!(b, b';' | b',' | b'{' | b'}') {
            return None;
        }
        let two = &line[i..i + 2];
        // The fallback operators are two bytes: `||`, `??`, `?:`, and `or` after a space or a
        // call.
        let op = two == b"||"
            || two == b"??"
            || two == b"?:"
            || (line[i..limit].starts_with(b"or ")
                && i > from
                && matches!(line[i - 1], b' ' | b'\t' | b')' | b']'));
        // A conditional's branches (`cond ? 'v' : DEMO`, `cond ? DEMO : 'v'` in JS, Java, C#,
        // PHP and C; Python `X if cond else 'v'`): a literal branch is written into the code.
        // A lone `?` (not `??`, `?.`, `?:`, `?=`) opens the conditional; its `:` (not `::`)
        // only after it.
        let lone_q = b == b'?'
            && !matches!(line[i + 1], b'?' | b'.' | b':' | b'=')
            && (i == from || line[i - 1] != b'?');
        if lone_q {
            ternary = true;
        }
        let branch = lone_q
            || (ternary && b == b':' && line[i + 1] != b':' && line[i - 1] != b':')
            || (line[i..limit].starts_with(b"else ")
                && i > from
                && matches!(line[i - 1], b' ' | b'\t' | b')' | b']' | b'"' | b'\''));
        if branch {
            let op_len = if b == b'e' { 4 } else { 1 };
            if let Some(lit) = quoted_after(line, i + op_len) {
                return Some((i, lit));
            }
            // Rust and Kotlin `else { "v" }`.
            if b == b'e' {
                let j = i + op_len + indent(&line[i + op_len..]);
                if line.get(j) == Some(&b'{') {
                    if let Some(lit) = quoted_after(line, j + 1) {
                        return Some((i, lit));
                    }
                }
            }
            i += op_len;
            continue;
        }
        if !op {
            i += 1;
            continue;
        }
        let op_len = 2;
        if let Some(lit) = quoted_after(line, i + op_len) {
            return Some((i, lit));
        }
        i += op_len;
    }
    None
}

/// The value of a YAML block scalar whose indicator ends the line at `nl` (the `\n`): the next
/// line, indented deeper than the key's line (`own` spaces), when it is one word.
fn block_scalar(text: &[u8], nl: usize, own: usize) -> Option<(usize, usize)> {
    let s = nl + 1;
    if s >= text.len() {
        return None;
    }
    let e = line_end(text, s);
    let line = &text[s..e];
    if indent(line) <= own {
        return None;
    }
    let (vs, ve) = trim(line, 0, line.len());
    (ve > vs && !line[vs..ve].iter().any(|b| b.is_ascii_whitespace())).then_some((s + vs, s + ve))
}

/// The value continued on the line after the one ending at `nl` (the `\n`): that line's one
/// word, without a closing `"""` or `'''` right after it (a properties value continued after
/// `\`, a TOML or Python triple-quoted string opened at the end of the line above).
fn continued_value(text: &[u8], nl: usize) -> Option<(usize, usize)> {
    let s = nl + 1;
    if s >= text.len() {
        return None;
    }
    let e = line_end(text, s);
    let (vs, mut ve) = trim(text, s, e);
    if text[vs..ve].ends_with(b"\"\"\"") || text[vs..ve].ends_with(b"'''") {
        ve -= 3;
    }
    (ve > vs && !text[vs..ve].iter().any(|b| b.is_ascii_whitespace())).then_some((vs, ve))
}

/// The value of a heredoc or parenthesised literal that `opener` (the rest of a line ending at
/// `nl`, the `\n`) opens: `<<EOT`, `<<-EOT`, `<<~EOT`, PHP `<<<EOT` / `<<<'EOT'` with a body
/// of one word and the terminator on the line after it, or `(` with one quoted literal on the
/// next line and `)` after it (Python's parenthesised strings).
fn enclosed_value(text: &[u8], nl: usize, opener: &[u8]) -> Option<(usize, usize)> {
    let (close, quoted): (Vec<u8>, bool) = if opener == b"(" {
        (b")".to_vec(), true)
    } else if let Some(rest) = opener.strip_prefix(b"<<") {
        let rest = rest
            .strip_prefix(b"<")
            .or_else(|| rest.strip_prefix(b"-"))
            .or_else(|| rest.strip_prefix(b"~"))
            .unwrap_or(rest);
        let word: Vec<u8> = rest
            .iter()
            .copied()
            .filter(|&b| !matches!(b, b'\'' | b'"'))
            .collect();
        if word.is_empty() || !word.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_') {
            return None;
        }
        (word, false)
    } else {
        return None;
    };
    let s = nl + 1;
    if s >= text.len() {
        return None;
    }
    let e = line_end(text, s);
    let (mut vs, mut ve) = trim(text, s, e);
    if quoted {
        if ve > vs && text[ve - 1] == b',' {
            ve -= 1;
        }
        if ve < vs + 2 || !is_quote(text[vs]) || text[ve - 1] != text[vs] {
            return None;
        }
        (vs, ve) = (vs + 1, ve - 1);
    }
    if ve <= vs || text[vs..ve].iter().any(|b| b.is_ascii_whitespace()) || e >= text.len() {
        return None;
    }
    let (ts, mut te) = trim(text, e + 1, line_end(text, e + 1));
    if te > ts && text[te - 1] == b';' {
        te -= 1;
    }
    let end = &text[ts..te];
    (end == &close[..] || (quoted && end.starts_with(b")"))).then_some((vs, ve))
}

/// A cheap test run before the enclosing object is looked up and the rules run: values that no
/// rule could report (identifiers, constants, numbers, C expressions) stop here, so that source
/// code full of `x = y;` near keyword hits costs little.
fn plausible(v: &[u8]) -> bool {
    let (mut lower, mut upper, mut digit, mut other) = (false, false, false, false);
    for &b in v {
        match b {
            b'a'..=b'z' => lower = true,
            b'A'..=b'Z' => upper = true,
            b'0'..=b'9' => digit = true,
            b'_' => {}
            _ => other = true,
        }
    }
    if !lower && !upper && !other {
        // Digits only.
        return false;
    }
    if !(digit || other) && v.split(|&b| b == b'_').all(words) {
        // Letters and underscores that read as words: identifiers, constants, CamelCase.
        return false;
    }
    // C expressions (`&ops`, `*ptr`, `(x)`, `!flag`, `p->pass`); a password may still start
    // with `*`, `&` or `!` when symbols other than an expression's follow (`*kVU0^q!#r`).
    let expression = v[1..].iter().all(|&b| {
        b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'_' | b'.' | b'-' | b'>' | b'(' | b')' | b'[' | b']' | b'*' | b'&' | b'+'
            )
    });
    if (matches!(v[0], b'&' | b'*' | b'!') && expression)
        || matches!(v[0], b'(' | b'[')
        || memchr::memmem::find(v, b"->").is_some()
    {
        return false;
    }
    // snake_case identifiers with digits (`ps3_smp_message`, `host_lvl2`).
    let snake = v[0].is_ascii_lowercase()
        && v.iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && v.contains(&b'_');
    !snake
}

/// Splits `line[from..to]` into shell words: a quoted string is one word, and so is a word
/// holding quotes (`-p'v'`). A quoted command (`sh "curl -u u:v ..."`, `bash -c 'mysql -p...'`,
/// a Compose `command: "..."`) is split into its own words when `nested` allows it.
fn command_tokens(
    line: &[u8],
    from: usize,
    to: usize,
    toks: &mut Vec<(usize, usize)>,
    nested: bool,
) {
    let mut i = from;
    // An exec-form array (`command: ["redis-server", "--requirepass", "v"]`, Dockerfile `CMD`,
    // Kubernetes `args:`): its elements are the words, its brackets and commas separators.
    let mut exec_form = false;
    while i < to && toks.len() <= 256 {
        while i < to
            && (line[i].is_ascii_whitespace()
                || (matches!(line[i], b'[' | b',' | b']')
                    && line.get(i + 1).is_some_and(|&b| is_quote(b) || b == b' ')))
        {
            i += 1;
        }
        let s = i;
        if i < to && is_quote(line[i]) {
            let close = find_close(line, i + 1, line[i]).filter(|&c| c < to);
            i = close.map_or(to, |c| c + 1);
            let element = close.is_some_and(|c| {
                let after = line[c + 1..to].iter().find(|b| !matches!(b, b' ' | b'\t'));
                let before = line[from..s]
                    .iter()
                    .rev()
                    .find(|b| !matches!(b, b' ' | b'\t'));
                matches!(after, Some(b',' | b']')) || (exec_form && before == Some(&b','))
            });
            if element {
                exec_form = true;
                if let Some(c) = close {
                    toks.push((s + 1, c));
                }
                continue;
            }
            let inner = close.map_or(&[][..], |c| &line[s + 1..c]);
            let after_command = toks
                .last()
                .is_none_or(|&(ps, pe)| line[ps] != b'-' || &line[ps..pe] == b"-c");
            if nested
                && close.is_some()
                && after_command
                && inner.first().is_some_and(|b| b.is_ascii_alphabetic())
                && memchr::memmem::find(inner, b" -").is_some()
            {
                command_tokens(line, s + 1, i - 1, toks, false);
                continue;
            }
        } else {
            while i < to && !line[i].is_ascii_whitespace() {
                // `-p'v'`: a quote inside a token runs to its close.
                if is_quote(line[i]) {
                    match find_close(line, i + 1, line[i]) {
                        Some(c) if c < to => i = c,
                        _ => break,
                    }
                }
                i += 1;
            }
        }
        if i > s {
            toks.push((s, i));
        }
    }
}

/// The second of two string literals in parentheses right of `at`: `("user", "v")`.
fn auth_tuple(line: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut i = at;
    while i < line.len() && (line[i] == b' ' || line[i] == b'\t') {
        i += 1;
    }
    // Python's `("u", "v")`, Elixir's and Lua's `{"u", "v"}`.
    let close = match line.get(i) {
        Some(b'(') => b')',
        Some(b'{') => b'}',
        _ => return None,
    };
    let (_, ue) = quoted_after(line, i + 1)?;
    let mut j = ue + 1;
    while j < line.len() && (line[j] == b' ' || line[j] == b'\t') {
        j += 1;
    }
    if line.get(j) != Some(&b',') {
        return None;
    }
    let (ps, pe) = quoted_after(line, j + 1)?;
    let mut k = pe + 1;
    while k < line.len() && (line[k] == b' ' || line[k] == b'\t') {
        k += 1;
    }
    (line.get(k) == Some(&close)).then_some((ps, pe))
}

/// Whether letters read as words: no run of five consonants (`FilterOrBool`, `IAmSensitive`),
/// or CamelCase humps with acronyms anywhere (`HTTPServer`, `PostgreSQL`). Random letters
/// have few vowels (10 of 52), so long consonant runs (`RBHMNqGjrx`, `ywvGBywW`); words do not.
/// The same test is `generic-password-assignment`'s allow entries for letters.
fn words(part: &[u8]) -> bool {
    let mut run = 0;
    let mut max_run = 0;
    for &b in part {
        if b"aeiouAEIOU".contains(&b) {
            run = 0;
        } else {
            run += 1;
            max_run = max_run.max(run);
        }
    }
    max_run <= 4 || humps(part)
}

/// CamelCase humps: an optional acronym, then words of two lower-case letters or more.
fn humps(part: &[u8]) -> bool {
    let mut i = 0;
    let mut first = true;
    while i < part.len() {
        let s = i;
        while i < part.len() && part[i].is_ascii_uppercase() {
            i += 1;
        }
        let upper = i - s;
        let l = i;
        while i < part.len() && part[i].is_ascii_lowercase() {
            i += 1;
        }
        let lower = i - l;
        if i == s {
            return false;
        }
        if lower == 1 && !(first && upper <= 1) {
            return false;
        }
        first = false;
    }
    true
}

/// Whether `value` is base64 of printable `user:password`.
/// The text of a `<x name="P.name">NAME</x>` element on the line above `ls` (JMeter
/// arguments, name and value as sibling elements): NAME's span in `text`.
fn xml_name_sibling(text: &[u8], ls: usize) -> Option<(usize, usize)> {
    let pe = ls.checked_sub(1)?;
    let ps = memchr::memrchr(b'\n', &text[..pe]).map_or(0, |i| i + 1);
    let prev = &text[ps..pe];
    let at = memchr::memmem::find(prev, b".name\">")? + 7;
    let end = at + memchr(b'<', &prev[at..])?;
    let name = &prev[at..end];
    (!name.is_empty() && name.len() <= MAX_NAME && name.iter().all(|&b| is_name_byte(b)))
        .then_some((ps + at, ps + end))
}

/// A command's argument after the bare word `password` or `passwd`, quoted (GAM `gam update
/// user u password "v"`, a CLI's `set password 'v'`): the word stands alone, after a space,
/// with a quoted literal after it. The literal's span.
fn password_word_argument(line: &[u8]) -> Option<(usize, usize)> {
    let lower = line.to_ascii_lowercase();
    memchr::memmem::find_iter(&lower, b"passw").find_map(|at| {
        if at == 0 || !matches!(line[at - 1], b' ' | b'\t') {
            return None;
        }
        let word = if lower[at..].starts_with(b"password ") {
            8
        } else if lower[at..].starts_with(b"passwd ") {
            6
        } else {
            return None;
        };
        quoted_after(line, at + word)
    })
}

/// Whether the line above `ls` is an XStream map entry's opening tag alone (`<entry>`).
fn opens_map_entry(text: &[u8], ls: usize) -> bool {
    line_above(text, ls).trim_ascii() == b"<entry>"
}

/// The line above the one that starts at `ls`, without its line end (`\r` included); empty for
/// the text's first line.
fn line_above(text: &[u8], ls: usize) -> &[u8] {
    if ls == 0 {
        return &[];
    }
    let end = ls - 1;
    let start = memchr::memrchr(b'\n', &text[..end]).map_or(0, |i| i + 1);
    text[start..end]
        .strip_suffix(b"\r")
        .unwrap_or(&text[start..end])
}

/// `set [-flags] NAME VALUE` opening a line (after fish_history's `- cmd: `): fish's `set -gx
/// NAME v` and Tcl's `set NAME "v"`. Batch's `set NAME=v` is no match (its `=` is read as an
/// operator), nor is a value that is a substitution (`$x`, `[cmd]`, `(cmd)`). The name's and
/// the value's spans (the value unquoted).
fn set_command(line: &[u8]) -> Option<((usize, usize), (usize, usize))> {
    let (ts, te) = trim(line, 0, line.len());
    let mut i = ts;
    if line[ts..te].starts_with(b"- cmd: ") {
        i += 7;
    }
    if !line[i..te].starts_with(b"set ") {
        return None;
    }
    i += 4;
    let word = |i: &mut usize| -> Option<(usize, usize)> {
        while *i < te && matches!(line[*i], b' ' | b'\t') {
            *i += 1;
        }
        let s = *i;
        while *i < te && !matches!(line[*i], b' ' | b'\t') {
            *i += 1;
        }
        (*i > s).then_some((s, *i))
    };
    let mut name = word(&mut i)?;
    while line[name.0] == b'-' {
        name = word(&mut i)?;
    }
    if !line[name.0..name.1].iter().all(|&b| is_name_byte(b)) {
        return None;
    }
    while i < te && matches!(line[i], b' ' | b'\t') {
        i += 1;
    }
    if i >= te || matches!(line[i], b'$' | b'[' | b'(' | b'=') {
        return None;
    }
    if is_quote(line[i]) {
        let c = find_close(line, i + 1, line[i])?;
        return Some((name, (i + 1, c)));
    }
    let v = word(&mut i)?;
    (i >= te).then_some((name, v))
}

/// Lisp and EDN pairs on a line: `(NAME "v")` (an Emacs alist entry, a property) and `:NAME
/// "v"` (a Clojure or EDN map's keyword and its string). The name is a Lisp symbol (letters,
/// digits, `-`, `_`, `.`) after `(` or `:` with no space, then one space and a double-quoted
/// literal that closes the pair (`)` after it) or the entry (a space, `,`, `}`). The names' and
/// literals' spans.
fn lisp_pairs(line: &[u8]) -> Vec<((usize, usize), (usize, usize))> {
    let mut out = Vec::new();
    for open in memchr::memchr2_iter(b'(', b':', line) {
        let ns = open + 1;
        let mut ne = ns;
        while ne < line.len()
            && ne - ns <= MAX_NAME
            && (line[ne].is_ascii_alphanumeric() || matches!(line[ne], b'-' | b'_' | b'.'))
        {
            ne += 1;
        }
        if ne == ns
            || !line[ns].is_ascii_alphabetic()
            || line.get(ne) != Some(&b' ')
            || line.get(ne + 1) != Some(&b'"')
            || (open > 0 && is_name_byte(line[open - 1]))
        {
            continue;
        }
        // `(NAME "v")` closes right after its literal: `if (password "v" && ok)` is code.
        let Some(c) = find_close(line, ne + 2, b'"') else {
            continue;
        };
        let after = line.get(c + 1).copied();
        let closes = if line[open] == b'(' {
            after == Some(b')')
        } else {
            after.is_none_or(|b| matches!(b, b' ' | b',' | b'}' | b')' | b']' | b'\r'))
        };
        if closes {
            out.push(((ns, ne), (ne + 2, c)));
        }
    }
    out
}

/// A credential name followed by an environment (`app_key_live`, `API_TOKEN_PROD`,
/// `db_password_staging`): the name without it.
fn env_suffixed(name: &[u8]) -> Option<Vec<u8>> {
    const ENVS: [&str; 10] = [
        "live",
        "prod",
        "production",
        "staging",
        "stage",
        "dev",
        "test",
        "sandbox",
        "qa",
        "uat",
    ];
    const CREDENTIALS: [&str; 5] = ["key", "secret", "token", "password", "pass"];
    let sep = name.iter().rposition(|&b| b == b'_' || b == b'-')?;
    let (head, env) = (&name[..sep], &name[sep + 1..]);
    let credential = CREDENTIALS.iter().any(|c| {
        head.len() > c.len()
            && head[head.len() - c.len()..].eq_ignore_ascii_case(c.as_bytes())
            && matches!(head[head.len() - c.len() - 1], b'_' | b'-')
    });
    (credential && ENVS.iter().any(|e| env.eq_ignore_ascii_case(e.as_bytes())))
        .then(|| head.to_vec())
}

/// `REDIS_AUTH`, `mq_auth`: a service's `AUTH` value (Redis's `AUTH` command, a broker's) is
/// its password, read as `<name>_password`. Only services that authenticate with a password
/// count: `cipher_auth`, `ps_debug_auth` (a device tree's power domain), `basic_auth` are
/// something else.
fn service_auth(name: &[u8]) -> Option<Vec<u8>> {
    const SERVICES: [&str; 24] = [
        "redis",
        "rabbitmq",
        "rabbit",
        "mq",
        "amqp",
        "smtp",
        "mail",
        "memcached",
        "mongo",
        "mongodb",
        "neo4j",
        "nats",
        "kafka",
        "proxy",
        "ldap",
        "ftp",
        "sftp",
        "vnc",
        "radius",
        "elastic",
        "elasticsearch",
        "couchdb",
        "etcd",
        "db",
    ];
    let n = name.len();
    if n < 7 || !name[n - 5..].eq_ignore_ascii_case(b"_auth") {
        return None;
    }
    let head = &name[..n - 5];
    let service = head
        .rsplit(|&b| b == b'_' || b == b'-' || b == b'.')
        .next()
        .unwrap_or(head);
    if !SERVICES
        .iter()
        .any(|s| service.eq_ignore_ascii_case(s.as_bytes()))
    {
        return None;
    }
    let mut renamed = name.to_vec();
    renamed.extend_from_slice(b"_password");
    Some(renamed)
}

/// SQL `IDENTIFIED BY 'v'` opening a line: the rest of a `CREATE USER` / `ALTER USER`
/// statement split over lines (MySQL, Oracle). The literal's span.
fn identified_by_line(line: &[u8]) -> Option<(usize, usize)> {
    let (ts, _) = trim(line, 0, line.len());
    let rest = &line[ts..];
    const HEAD: &str = "IDENTIFIED BY ";
    if rest.len() <= HEAD.len() || !rest[..HEAD.len()].eq_ignore_ascii_case(HEAD.as_bytes()) {
        return None;
    }
    let vs = ts + HEAD.len();
    let q = line[vs];
    if !matches!(q, b'\'' | b'"') {
        return None;
    }
    let ve = find_close(line, vs + 1, q)?;
    Some((vs + 1, ve))
}

/// The line above `ls` when it continues onto this one (ends in `\\` or PowerShell's
/// backtick), else nothing: a command's tool is named on its first line.
fn continued_command(text: &[u8], ls: usize) -> &[u8] {
    let above = line_above(text, ls);
    match above.trim_ascii_end().last() {
        Some(b'\\' | b'`') => above,
        _ => &[],
    }
}

/// `base64.b64encode(b'user:v')`, `Base64.strict_encode64("user:v")`, `btoa('user:v')`: a
/// literal `user:password` encoded in code is a Basic credential; the password's span.
fn encoded_user_password(line: &[u8]) -> Option<(usize, usize)> {
    static CALLS: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
        ["b64encode(", "encode64(", "btoa("]
            .iter()
            .map(|c| Finder::new(c.as_bytes()))
            .collect()
    });
    let at = CALLS
        .iter()
        .zip([10usize, 9, 5])
        .find_map(|(f, len)| f.find(line).map(|at| at + len))?;
    let mut vs = at;
    if line.get(vs) == Some(&b'b') {
        vs += 1;
    }
    let q = *line.get(vs)?;
    if !matches!(q, b'\'' | b'"') {
        return None;
    }
    let ve = find_close(line, vs + 1, q)?;
    let v = &line[vs + 1..ve];
    let c = memchr(b':', v)?;
    let user = &v[..c];
    if c == 0
        || !user
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@'))
        || v[c + 1..]
            .iter()
            .any(|&b| b == b' ' || b == b'{' || b == b'$')
    {
        return None;
    }
    Some((vs + 1 + c + 1, ve))
}

/// A Basic header value that is no text at all: 20 or more base64 characters with upper- and
/// lower-case letters and digits that do not decode to printable text. Such a value is an
/// opaque credential sent as the header (a gateway's key, a `user:password` encrypted or
/// mangled), not a placeholder; base64 of a sentence or of a name decodes to text and is left.
fn opaque_basic(value: &[u8]) -> bool {
    use base64::Engine;
    let trimmed = value
        .strip_suffix(b"==")
        .or(value.strip_suffix(b"="))
        .unwrap_or(value);
    if trimmed.len() < 20
        || !trimmed
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
        || !trimmed.iter().any(u8::is_ascii_uppercase)
        || !trimmed.iter().any(u8::is_ascii_lowercase)
        || !trimmed.iter().any(u8::is_ascii_digit)
    {
        return false;
    }
    let Ok(bytes) = base64::engine::general_purpose::STANDARD_NO_PAD.decode(trimmed) else {
        return false;
    };
    let unprintable = bytes
        .iter()
        .filter(|&&b| !(0x20..0x7f).contains(&b) && !matches!(b, b'\n' | b'\r' | b'\t'))
        .count();
    unprintable * 4 >= bytes.len()
}

fn basic_credentials(value: &[u8]) -> bool {
    use base64::Engine;
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(value) else {
        return false;
    };
    let Some(c) = bytes.iter().position(|&b| b == b':') else {
        return false;
    };
    c > 0 && bytes.len() > c + 1 && bytes.iter().all(|&b| (0x20..0x7f).contains(&b))
}

/// The credential word that ends a key of a Kubernetes `Secret`'s `data:` or `stringData:` map
/// (`runner-registration-token` -> `token`), for the key on the line starting at `ls`. What a
/// Secret holds is secret by declaration: its keys are judged by that word, not by qualifiers
/// that elsewhere mark public identifiers (`registration`, `device`, `instance`). `data:`
/// values are judged decoded (see `super::normalize`, whose decoded text is read here too).
fn k8s_secret_key<'a>(text: &[u8], ls: usize, name: &'a [u8]) -> Option<&'a [u8]> {
    let cut = name
        .iter()
        .rposition(|&b| matches!(b, b'-' | b'_' | b'.'))?;
    let word = &name[cut + 1..];
    if !["token", "password", "secret", "passwd", "apikey"]
        .iter()
        .any(|w| eq_ignore_case(word, w))
    {
        return None;
    }
    let (ps, pe) = parent_of(text, ls)?;
    if !matches!(&text[ps..pe], b"data" | b"stringData") {
        return None;
    }
    // `kind: Secret` ends its line (`kind: SecretProviderClass` holds references).
    let before = &text[ls.saturating_sub(PARENT_BYTES)..ps];
    let secret = memchr::memmem::find_iter(before, b"kind: Secret")
        .any(|k| matches!(before.get(k + 12), Some(b'\n' | b'\r' | b' ')))
        || memchr::memmem::find(before, b"\"kind\": \"Secret\"").is_some();
    secret.then_some(word)
}

/// Whether an unattend.xml `<Value>` (with `<PlainText>false</PlainText>`) is an empty password:
/// Windows stores base64 of the UTF-16LE password followed by `Password` (or
/// `AdministratorPassword`), so the suffix alone means no password was set.
fn unattend_empty(value: &[u8]) -> bool {
    use base64::Engine;
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(value) else {
        return false;
    };
    if bytes.len() % 2 != 0 || bytes.chunks(2).any(|c| c[1] != 0) {
        return false;
    }
    let ascii: Vec<u8> = bytes.chunks(2).map(|c| c[0]).collect();
    ascii == b"Password" || ascii == b"AdministratorPassword"
}

/// Whether an unattend.xml `<Value>` is a password in Windows' encoding (base64 of the UTF-16LE
/// password followed by `Password` or `AdministratorPassword`): `Some(true)` with a password
/// before the suffix, `Some(false)` for an empty one or a documented default that spells the
/// word (`P@ssw0rd`), `None` when the value is not in that encoding.
fn unattend_encoded(value: &[u8]) -> Option<bool> {
    use base64::Engine;
    const SUFFIXES: [&[u8]; 2] = [b"AdministratorPassword", b"Password"];
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(value)
        .ok()?;
    if bytes.len() % 2 != 0
        || bytes
            .chunks(2)
            .any(|c| c[1] != 0 || !c[0].is_ascii_graphic())
    {
        return None;
    }
    let ascii: Vec<u8> = bytes.chunks(2).map(|c| c[0]).collect();
    let suffix = SUFFIXES.iter().find(|s| ascii.ends_with(s))?;
    let pw = ascii[..ascii.len() - suffix.len()].to_ascii_lowercase();
    let spells = [&b"passw"[..], b"p@ssw", b"pa55w", b"p@55w"]
        .iter()
        .any(|w| pw.windows(w.len()).any(|x| x == *w));
    Some(!pw.is_empty() && !spells)
}

/// Lines above an XML value element searched for its enclosing element.
const XML_PARENT_LINES: usize = 4;

/// The name of the XML element enclosing the element that starts the line at `ls`: the nearest
/// line above (within [`XML_PARENT_LINES`]) that is indented less and is an opening tag alone
/// (`<AdministratorPassword>`). Complete sibling elements (`<PlainText>true</PlainText>`) may
/// stand between; any other line ends the search.
fn xml_parent(text: &[u8], ls: usize) -> Option<(usize, usize)> {
    let own = indent(&text[ls..line_end(text, ls)]);
    let mut e = ls;
    for _ in 0..XML_PARENT_LINES {
        if e == 0 {
            return None;
        }
        let s = memchr::memrchr(b'\n', &text[..e - 1]).map_or(0, |i| i + 1);
        let line = &text[s..e - 1];
        e = s;
        let (ts, te) = trim(line, 0, line.len());
        let body = &line[ts..te];
        if body.len() < 3 || body[0] != b'<' || body[te - ts - 1] != b'>' {
            return None;
        }
        let closed = memchr::memmem::find(body, b"</").is_some();
        if ts >= own || closed {
            if ts >= own && closed && body[1] != b'/' {
                continue;
            }
            return None;
        }
        let ns = 1;
        let mut ne = ns;
        while ne < body.len()
            && (body[ne].is_ascii_alphanumeric() || matches!(body[ne], b'_' | b'-' | b':'))
        {
            ne += 1;
        }
        if ne == ns || body[te - ts - 2] == b'/' || !matches!(body[ne], b'>' | b' ') {
            return None;
        }
        return Some((s + ts + ns, s + ts + ne));
    }
    None
}

/// The enclosing object of the line starting at `ls`: the nearest line above (within
/// [`PARENT_BYTES`]) that is indented less and opens an object (`name:`, `"name": {`,
/// `provider "name" {`), or, for a line that is not indented, an INI/TOML `[section]`.
fn parent_of(text: &[u8], ls: usize) -> Option<(usize, usize)> {
    let line_e = line_end(text, ls);
    let own = indent(&text[ls..line_e]);
    let limit = ls.saturating_sub(PARENT_BYTES);
    let mut e = ls; // end (exclusive, at '\n' + 1) of the line above
    while e > limit && e > 0 {
        let pe = e - 1; // the '\n' ending the line above
        let ps = memchr::memrchr(b'\n', &text[limit..pe]).map_or(limit, |i| limit + i + 1);
        let line = &text[ps..pe];
        e = ps;
        let (ts, te) = trim(line, 0, line.len());
        if ts >= te {
            continue;
        }
        let ind = indent(line);
        if own == 0 {
            if line[ts] == b'[' && line[te - 1] == b']' {
                let (s, e2) = trim(line, ts + 1, te - 1);
                let (s, e2) = (
                    s + usize::from(line.get(s) == Some(&b'[')),
                    e2 - usize::from(e2 > s && line[e2 - 1] == b']'),
                );
                return (e2 > s).then_some((ps + s, ps + e2));
            }
            if ind == 0 && !matches!(line[ts], b'#' | b';') {
                // Another top-level line: no section applies... unless a section is further up.
                continue;
            }
            continue;
        }
        if ind >= own || line[ts] == b'#' {
            continue;
        }
        if let Some((s, e2)) = conf::elixir_scope(line) {
            return Some((ps + s, ps + e2));
        }
        // An opener: `name:`, `name: {`, `"name": {`, `name = {`, `block "a" "name" {`.
        let last = line[te - 1];
        let mut ke = te;
        if last == b'{' || last == b'[' {
            ke -= 1;
        } else if last != b':' {
            return None;
        }
        while ke > ts && matches!(line[ke - 1], b' ' | b'\t' | b':' | b'=') {
            ke -= 1;
        }
        if ke == ts {
            return None;
        }
        if is_quote(line[ke - 1]) {
            let q = line[ke - 1];
            let close = ke - 1;
            let open = memchr::memrchr(q, &line[ts..close]).map(|i| ts + i)?;
            return Some((ps + open + 1, ps + close));
        }
        let mut ks = ke;
        while ks > ts && is_name_byte(line[ks - 1]) {
            ks -= 1;
        }
        // An Objective-C method, `- (NSURLRequest *)uploadRequest {`, is code, not an object
        // whose name qualifies its statements.
        if ks > ts && line[ks - 1] == b')' {
            return None;
        }
        return (ke > ks).then_some((ps + ks, ps + ke));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        let mut a = Assignments::default();
        let hits: Vec<usize> = (0..text.len())
            .step_by(1)
            .filter(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n')
            .collect();
        a.extract(text.as_bytes(), &hits);
        a.found
            .iter()
            .map(|f| {
                (
                    String::from_utf8_lossy(&a.names[f.name.0..f.name.1]).into_owned(),
                    text[f.value.0..f.value.1].to_string(),
                )
            })
            .collect()
    }

    fn has(text: &str, name: &str, value: &str) {
        let f = found(text);
        assert!(
            f.iter().any(|(n, v)| n == name && v == value),
            "{text:?}: wanted {name} = {value}, found {f:?}"
        );
    }

    #[test]
    fn fallback_literals() {
        for (line, v) in [
            (" process.env.X || \"abc\",", "abc"),
            (" os.getenv(\"X\") or 'abc'", "abc"),
            (" os.getenv(\"X\")or 'abc'", "abc"),
            (" System.getenv(\"X\") ?: \"abc\"", "abc"),
            (" \"a;b\" || \"abc\"", "abc"),
            (" x || y ?? \"abc\"", "abc"),
        ] {
            let (_, (s, e)) = fallback_literal(line.as_bytes(), 0).expect(line);
            assert_eq!(&line[s..e], v);
        }
        assert_eq!(fallback_literal(b" \"abc\";", 0), None);
        assert_eq!(fallback_literal(b" x; y || \"abc\"", 0), None);
        assert_eq!(fallback_literal(b" color \"abc\"", 0), None);
        for (line, v) in [
            (" env.PROD ? 'abc' : DEMO;", "abc"),
            (" prod ? DEMO : \"abc\";", "abc"),
            (" x if y else 'abc'", "abc"),
        ] {
            let (_, (s, e)) = fallback_literal(line.as_bytes(), 0).expect(line);
            assert_eq!(&line[s..e], v);
        }
        for (line, v) in [
            (" if (BuildConfig.DEBUG) \"abc\" else DEMO", "abc"),
            (" if prod { \"abc\" } else { DEMO };", "abc"),
            (" if prod { DEMO } else { \"abc\" };", "abc"),
        ] {
            let (_, (s, e)) = fallback_literal(line.as_bytes(), 0).expect(line);
            assert_eq!(&line[s..e], v);
        }
        assert_eq!(fallback_literal(b" a?.b ?? c", 0), None);
        assert_eq!(fallback_literal(b" std::x : \"abc\"", 0), None);
        has(
            "val apiSecret = System.getenv(\"API_SECRET\") ?: \"abcdef123456\"",
            "apiSecret",
            "abcdef123456",
        );
        has(
            "token: process.env.API_TOKEN || 'abcdef123456',",
            "token",
            "abcdef123456",
        );
    }

    #[test]
    fn syntaxes() {
        has("export API_TOKEN=abcdef123456", "API_TOKEN", "abcdef123456");
        has(
            "os.environ[\"API_TOKEN\"] = \"abcdef123456\"",
            "API_TOKEN",
            "abcdef123456",
        );
        has(
            "ENV['API_TOKEN'] ||= 'abcdef123456'",
            "API_TOKEN",
            "abcdef123456",
        );
        has(
            "process.env.API_TOKEN ??= 'abcdef123456'",
            "process.env.API_TOKEN",
            "abcdef123456",
        );
        has(
            "$env:API_TOKEN = \"abcdef123456\"",
            "API_TOKEN",
            "abcdef123456",
        );
        has(
            "set \"DB_PASSWORD=abcdef123456\"",
            "DB_PASSWORD",
            "abcdef123456",
        );
        has(
            "define('AUTH_KEY', 'abcdef123456');",
            "AUTH_KEY",
            "abcdef123456",
        );
        has(
            "os.environ.setdefault(\"API_TOKEN\", \"abcdef123456\")",
            "API_TOKEN",
            "abcdef123456",
        );
        has(
            "<add key=\"ApiToken\" value=\"abcdef123456\" />",
            "ApiToken",
            "abcdef123456",
        );
        has(
            "<password>abcdef123456</password>",
            "password",
            "abcdef123456",
        );
        has(
            "<string name=\"api_token\">abcdef123456</string>",
            "api_token",
            "abcdef123456",
        );
        has(
            "- name: DB_PASSWORD\n  value: \"abcdef123456\"\n",
            "DB_PASSWORD",
            "abcdef123456",
        );
        has(
            "variable \"db_password\" {\n  type = string\n  default = \"abcdef123456\"\n}\n",
            "db_password",
            "abcdef123456",
        );
        has(
            "mysql -u root -p'abcdef123456' shop",
            "password",
            "abcdef123456",
        );
        has(
            "sshpass -p abcdef123456 ssh host",
            "password",
            "abcdef123456",
        );
        has("tool login --token abcdef123456", "token", "abcdef123456");
        has(
            "curl -u admin:abcdef123456 https://x",
            "password",
            "abcdef123456",
        );
        has(
            "curl -H \"Authorization: Bearer abcdef123456\" https://x",
            "bearer_token",
            "abcdef123456",
        );
        has(
            "machine example.com login me password abcdef123456",
            "example.com.password",
            "abcdef123456",
        );
        has(
            "| API_TOKEN | `abcdef123456` |",
            "API_TOKEN",
            "abcdef123456",
        );
        has(
            "$cred = ConvertTo-SecureString \"abcdef123456\" -AsPlainText -Force",
            "password",
            "abcdef123456",
        );
        has(
            "mistral:\n  api_key: abcdef123456\n",
            "mistral_api_key",
            "abcdef123456",
        );
        has(
            "{\n  \"mistral\": {\n    \"api_key\": \"abcdef123456\"\n  }\n}",
            "mistral_api_key",
            "abcdef123456",
        );
        has(
            "[mistral]\napi_key = abcdef123456\n",
            "mistral_api_key",
            "abcdef123456",
        );
        has(
            "var apiKey string = \"abcdef123456\"",
            "apiKey",
            "abcdef123456",
        );
        has(
            "$db = mysqli_connect('localhost', 'shop', 'abcdef123456', 'shop');",
            "password",
            "abcdef123456",
        );
        has(
            "#define WIFI_PASSWORD \"abcdef123456\"",
            "WIFI_PASSWORD",
            "abcdef123456",
        );
        has(
            "char blynkAuth[] = \"abcdef123456\";",
            "blynkAuth",
            "abcdef123456",
        );
        has(
            "const API_TOKEN: &'static str = \"abcdef123456\";",
            "API_TOKEN",
            "abcdef123456",
        );
        has(
            "spark.hadoop.fs.s3a.secret.key   abcdef123456",
            "spark.hadoop.fs.s3a.secret.key",
            "abcdef123456",
        );
        has(
            "session.auth = (\"bot\", \"abcdef123456\")",
            "password",
            "abcdef123456",
        );
        has(
            "sh \"curl -u bot:abcdef123456 https://x\"",
            "password",
            "abcdef123456",
        );
        has(
            "keytool -list -storepass abcdef123456",
            "password",
            "abcdef123456",
        );
        has(
            "lftp -u deploy,abcdef123456 sftp://x",
            "password",
            "abcdef123456",
        );
        has(
            "mosquitto_pub -u x -P abcdef123456 -t t",
            "password",
            "abcdef123456",
        );
        has("    --auth=abcdef123456", "password", "abcdef123456");
        // A URL query's bare `key` is an API key.
        has(
            "https://api.example.com/v1?key=abcdef123456&x=1",
            "api_key",
            "abcdef123456",
        );
    }

    #[test]
    fn random_letters_are_not_words() {
        for w in [
            "Summer",
            "PostgreSQL",
            "HTTPServer",
            "iPhone",
            "apiKeyValue",
            "MySQL",
            "FilterOrBool",
            "IAmSensitive",
            "SignIn",
        ] {
            assert!(words(w.as_bytes()), "{w}");
        }
        for r in ["RBHMNqGjrxePRYGKRBcow", "WsUhyEEywvGBywWuQl"] {
            assert!(!words(r.as_bytes()), "{r}");
        }
    }

    #[test]
    fn code_is_not_a_value() {
        let f = found("password = get_password(user)");
        assert!(f.iter().all(|(n, _)| n != "password"), "{f:?}");
    }

    /// A call, signature or control statement opens code, not an object: only the usual lines
    /// below it are read. Objects, collections and SQL rows still read their children.
    #[test]
    fn code_blocks_read_no_children() {
        for code in [
            "static int set_key(struct key *k) {",
            "if (key->len > 0) {",
            "String getPassword() {",
            "for (i = 0; i < n; i++) {",
            "crypto_shash_setkey(",
        ] {
            assert!(code_block(code.as_bytes()), "{code}");
        }
        for object in [
            "\"azure\": {",
            "tokens = new HashMap<>() {",
            "API_KEYS = (",
            "VALUES (",
            "credentials {",
            "mistral:",
        ] {
            assert!(!code_block(object.as_bytes()), "{object}");
        }
        // Four lines under an opener holding the only hit: read under an object, not under code.
        let v = ["Zq3v", "X9pL", "m2Rt"].concat();
        let read = |opener: &str| {
            let text = format!("{opener}\n  a = 1,\n  b = 2,\n  c = 3,\n  \"key\": \"{v}\"\n}}");
            let mut a = Assignments::default();
            a.extract(text.as_bytes(), &[0]);
            a.found.iter().any(|f| text[f.value.0..f.value.1] == v)
        };
        assert!(read("\"azure\": {"));
        assert!(!read("if (ready) {"));
    }

    /// The one-pass gates answer as the searches they stand for, on every string up to four
    /// bytes over the bytes the searched words are made of (and a few whole lines): the
    /// command-line triggers, the case-insensitive search.
    #[test]
    fn gates_answer_as_the_searches_they_replace() {
        const TRIGGERS: [&str; 9] = [
            " -",
            "\"-",
            "'-",
            " /",
            "set ",
            "sqlplus ",
            "net user ",
            "rabbitmqctl ",
            "| kinit",
        ];
        let naive = |line: &[u8], w: &[u8]| line.windows(w.len()).any(|x| x == w);
        let naive_ci =
            |line: &[u8], w: &[u8]| line.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
        let mut lines: Vec<Vec<u8>> = [
            "mysql -u root -pv",
            "set PASS=v",
            "sqlplus user/v@db",
            "net user admin v /add",
            "rabbitmqctl add_user u v",
            "echo v | kinit u",
            "x = a - b;",
            "static int set_key(struct key *k)",
            "offset-1",
        ]
        .iter()
        .map(|l| l.as_bytes().to_vec())
        .collect();
        let alphabet = b" -\"'/setSE|kinPA";
        let mut frontier: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..4 {
            frontier = frontier
                .iter()
                .flat_map(|p| {
                    alphabet.iter().map(move |&b| {
                        let mut n = p.clone();
                        n.push(b);
                        n
                    })
                })
                .collect();
            lines.extend(frontier.iter().cloned());
        }
        for line in &lines {
            let want = TRIGGERS.iter().any(|t| naive(line, t.as_bytes()));
            assert_eq!(
                command_trigger(line),
                want,
                "{:?}",
                String::from_utf8_lossy(line)
            );
            for w in ["set", "PASS", "e|k", "-"] {
                assert_eq!(
                    contains_ignore_case(line, w),
                    naive_ci(line, w.as_bytes()),
                    "{w} in {:?}",
                    String::from_utf8_lossy(line)
                );
            }
        }
    }
}
