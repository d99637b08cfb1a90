//! Configuration syntaxes with no assignment operator, and the names and values that need a
//! word of translation before the rules can judge them.
//!
//! Many server configuration files write a setting as words separated by spaces: a game
//! server's `rcon_password "v"` and `set sv_licenseKey "v"`, Redis `requirepass v`, Apache
//! `SetEnv DB_PASSWORD v`, nginx `proxy_set_header X-Api-Key v;`, Dockerfile `ENV NAME v`,
//! HAProxy `user ops insecure-password v`, a Debian preseed `d-i passwd/root-password password
//! v`, Groovy and Gradle `keyPassword "v"`, Elixir module attributes `@api_token "v"`. The
//! setting is the last two words of the line: a name, then its value. [`spaced_pair`] finds
//! them; the assignment pass (`super::assign`) hands them to the rules as `name = "value"`.
//!
//! Some names say "password" in a word the rules do not know ([`canonical_name`]: `pass`,
//! `bind_pw`, Redis `requirepass` and `masterauth`), and some values hold a user and a password
//! together ([`password_after_user`]: curl's `user = "u:pw"`, HAProxy `stats auth u:pw`,
//! `CURLOPT_USERPWD, "u:pw"`).
//!
//! Pure functions of one line: no allocation beyond a few spans, at most [`MAX_WORDS`] words.

use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Most words on a configuration line (`d-i passwd/root-password password v` has four).
const MAX_WORDS: usize = 5;

/// A name and its value, as byte spans of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpacedPair {
    pub name: (usize, usize),
    pub value: (usize, usize),
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'$' | b'@' | b'/')
}

/// The spans of the words of `line[..end]`, at most `N`: runs separated by whitespace, each
/// either quoted (`"v"`, `'v'`, the quotes in the span, a separator or the end after the closing
/// quote) or a run of bytes that `plain` accepts. `None` for a line of more than `N` words, an
/// unclosed quote or a byte `plain` refuses: such a line is not a line of words.
fn split_words<const N: usize>(
    line: &[u8],
    end: usize,
    plain: impl Fn(u8) -> bool,
) -> Option<([(usize, usize); N], usize)> {
    let mut words = [(0, 0); N];
    let mut n = 0;
    let mut i = 0;
    while i < end {
        while i < end && line[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= end {
            break;
        }
        if n == N {
            return None;
        }
        let s = i;
        if matches!(line[i], b'"' | b'\'') {
            let q = line[i];
            let close = memchr::memchr(q, &line[i + 1..end])? + i + 1;
            i = close + 1;
            if i < end && !line[i].is_ascii_whitespace() {
                return None;
            }
        } else {
            while i < end && !line[i].is_ascii_whitespace() {
                if !plain(line[i]) {
                    return None;
                }
                i += 1;
            }
        }
        words[n] = (s, i);
        n += 1;
    }
    Some((words, n))
}

/// The name and value of a line that separates them by whitespace alone: the last two words
/// of a line made only of words. Two kinds of line qualify:
///
/// - server settings and directives: `name value` or `name "value"` after at most three
///   leading words (`set`, `SetEnv`, `ENV`, `user ops`), when the name says credential
///   ([`says_credential`]);
/// - properties: a line of exactly two words (`ENV NAME v` counts as two) whose name is dotted
///   (`spark.hadoop.fs.s3a.secret.key   v`), whose value is quoted (Groovy and Gradle
///   `storePassword "v"`, a closing `}` allowed after it), whose name names a password
///   ([`canonical_name`] as a flag: `requirepass v`), or any name after Dockerfile's `ENV`.
///
/// Lines with an operator, a call, braces or commas are code or another syntax, read elsewhere.
pub fn spaced_pair(line: &[u8]) -> Option<SpacedPair> {
    let mut end = line.len();
    while end > 0 && (line[end - 1].is_ascii_whitespace() || line[end - 1] == b';') {
        end -= 1;
    }
    let (words, mut n) = split_words::<MAX_WORDS>(line, end, |_| true)?;
    let is_quoted = |(s, _): (usize, usize)| matches!(line[s], b'"' | b'\'');
    // `storePassword "v" }`: a Groovy block closed on its value's line.
    if n >= 3 && &line[words[n - 1].0..words[n - 1].1] == b"}" && is_quoted(words[n - 2]) {
        n -= 1;
    }
    if n < 2 {
        return None;
    }
    let (ns, ne) = words[n - 2];
    let (vs, ve) = words[n - 1];
    let quoted = is_quoted((vs, ve));
    let name = &line[ns..ne];
    let value = if quoted { (vs + 1, ve - 1) } else { (vs, ve) };
    let setting = words[..n - 1]
        .iter()
        .all(|&(s, e)| line[s..e].iter().all(|&b| is_word_byte(b)))
        && name.iter().any(u8::is_ascii_alphabetic)
        // The syntax says little (`return -EINVAL`, `case X:` have two words too), so only
        // names that say credential are handed on: every rule would otherwise run on code.
        && says_credential(name)
        // An unquoted value is one run without code punctuation.
        && (quoted
            || !line[vs..ve]
                .iter()
                .any(|&b| matches!(b, b'=' | b'(' | b')' | b'{' | b'}' | b',' | b'"' | b'\'')));
    let env = n == 3 && &line[words[0].0..words[0].1] == b"ENV";
    let property = (n == 2 || env)
        && ns < ne
        && name.iter().all(|&b| is_name_byte(b))
        && !matches!(line[vs], b'=' | b':')
        && !line[value.0..value.1].iter().any(u8::is_ascii_whitespace)
        && (env
            || quoted
            || name.contains(&b'.')
            || canonical_name(name, Written::Flag).is_some_and(|c| c == b"password"));
    (setting || property).then_some(SpacedPair {
        name: (ns, ne),
        value,
    })
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'$' | b'@')
}

/// Whether a name has a word of the credential vocabulary in it.
fn says_credential(name: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"pass", b"pwd", b"secret", b"token", b"key", b"auth", b"cred", b"salt", b"user",
        b"private", b"sign", b"_pw", b"cookie", b"session",
    ];
    // `rootpw`, `bindPW`: the abbreviation glued to its name (see [`canonical_name`]).
    let pw = name.len() > 3 && name[name.len() - 2..].eq_ignore_ascii_case(b"pw");
    // Each word is compared only where its first letter stands (this runs on most lines near
    // a keyword hit).
    pw || name.len() >= 3
        && (0..name.len()).any(|i| {
            let c = name[i].to_ascii_lowercase();
            if !matches!(c, b'p' | b's' | b't' | b'k' | b'a' | b'c' | b'u' | b'_') {
                return false;
            }
            WORDS.iter().any(|w| {
                w[0] == c
                    && name[i..].len() >= w.len()
                    && name[i..i + w.len()].eq_ignore_ascii_case(w)
            })
        })
}

/// How a name was written: as an assignment's name (`DB_PASS=`), or as a command-line flag or
/// a configuration directive (`--requirepass`, `-storepass`, `keyPass "v"`), where a name that
/// ends in a password word names a password whatever comes before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Name,
    Flag,
}

/// The words of what a password opens that names glue to `pass` (`smtppass`, `dbpass`,
/// keytool's `storepass` and `keypass`). The one list: [`canonical_name`] reads a name made of
/// one of them and `pass` as `password`, and the `generic-password-assignment` pattern
/// (`rules/generic.yaml`) spells the same words as `(?:smtp|db|...)pass`, which a test holds
/// to this list.
pub const SERVICE_PASS_WORDS: &[&str] = &[
    "smtp", "db", "ftp", "sftp", "mail", "imap", "pop3", "pop", "ldap", "root", "admin", "user",
    "mysql", "sql", "redis", "proxy", "vnc", "ssh", "wifi", "bind", "store", "key", "remote",
    "local", "login", "logon", "master", "bot", "server", "srv", "irc", "nick", "sasl", "oper",
    "xmpp", "jabber", "sip", "radius", "snmp", "vpn", "rdp", "rcon", "console", "host", "account",
    "acct", "auth", "client", "service", "svc", "web", "api", "app", "db2", "pg", "mongo", "amqp",
    "mqtt", "broker", "smb", "cifs", "nas", "dav", "router", "bmc", "ipmi", "vault", "backup",
    "deploy", "repo", "registry", "guest", "sudo", "super", "sys", "system", "domain", "kiosk",
    "device", "trust", "jks", "zip", "pfx", "p12", "wpa",
];

/// The members where a form control keeps its text (`txtPassword.Text`, `input.value`).
const CONTROL_TEXT_MEMBERS: &[&str] = &["text", "value", "innertext", "textcontent"];

/// The name the rules know for a name that means a password in its own words: a bare `pass`
/// (rclone, Perl `$pass`), a `_pw` suffix (`ldap_bind_pw`), Redis `requirepass` and
/// `masterauth`, and the `Bearer` scheme written as a name
/// (`AuthenticationHeaderValue("Bearer", "v")`), Consul's gossip key `encrypt`. A flag or directive that ends in `pass`,
/// `passwd`, `password` or `auth` (`--requirepass`, `-srcstorepass`, `--auth`, `proxyauth`)
/// is a password too.
pub fn canonical_name(name: &[u8], written: Written) -> Option<Vec<u8>> {
    let bare = name.strip_prefix(b"$").unwrap_or(name);
    if written == Written::Flag {
        let ends = |w: &[u8]| {
            bare.len() >= w.len() && bare[bare.len() - w.len()..].eq_ignore_ascii_case(w)
        };
        if ends(b"pass") || ends(b"passwd") || ends(b"password") || ends(b"auth") {
            return Some(b"password".to_vec());
        }
    }
    // The lower-case word, or capitalised as INI and Windows configurations write their keys
    // (`[Mail]` / `Pass=v`); not upper case: `PASS: ip6gretap` is a test's verdict.
    if bare == b"pass"
        || bare == b"Pass"
        || bare.eq_ignore_ascii_case(b"requirepass")
        || bare.eq_ignore_ascii_case(b"masterauth")
    {
        return Some(b"password".to_vec());
    }
    // Jenkins configuration-as-code `managerPasswordSecret`, `password_secret`: the secret is
    // the password; camelCase `wifiPsk` is a pre-shared key the rules know as `wifi_psk`.
    let n = bare.len();
    for (suffix, keep) in [
        (&b"passwordsecret"[..], 8),
        (b"password_secret", 8),
        (b"psk", 0),
    ] {
        if n > suffix.len() && bare[n - suffix.len()..].eq_ignore_ascii_case(suffix) {
            let at = n - suffix.len();
            if keep == 0 {
                // Only a camelCase hump: `wifiPsk`, not `wifipsk` or `WIFI_PSK` (read as is).
                if bare[at] == b'P' && bare[at - 1].is_ascii_lowercase() {
                    let mut v = bare[..at].to_vec();
                    v.extend_from_slice(b"_psk");
                    return Some(v);
                }
            } else {
                return Some(bare[..at + keep].to_vec());
            }
        }
    }
    // An SNMP community string is the agent's password (`snmp_community`, `rocommunity`).
    if n > 9 && bare[n - 9..].eq_ignore_ascii_case(b"community") {
        let mut v = bare.to_vec();
        v.extend_from_slice(b"_password");
        return Some(v);
    }
    // Joomla `$smtppass`, `dbpass`, `ftppass`, keytool's `storepass`: a service's word glued
    // to `pass` (not `bypass`, `compass`: only these services).
    if n > 4 && bare[n - 4..].eq_ignore_ascii_case(b"pass") {
        let head = &bare[..n - 4];
        if SERVICE_PASS_WORDS
            .iter()
            .any(|w| head.eq_ignore_ascii_case(w.as_bytes()))
        {
            return Some(b"password".to_vec());
        }
    }
    // A form control's text under a credential-named control (VB6 and WinForms
    // `txtPassword.Text = "v"`, JS `passwordInput.value = "v"`, `tbApiKey.Value`): the object
    // names the value, the member is only where a control keeps its text.
    if let Some(dot) = memchr::memrchr(b'.', bare) {
        let member = &bare[dot + 1..];
        if dot > 0
            && CONTROL_TEXT_MEMBERS
                .iter()
                .any(|m| member.eq_ignore_ascii_case(m.as_bytes()))
            && says_credential(&bare[..dot])
        {
            return Some(bare[..dot].to_vec());
        }
    }
    // WildFly / JBoss Elytron `<credential-reference clear-text="v"/>`: the password itself.
    if bare.eq_ignore_ascii_case(b"clear-text") {
        return Some(b"password".to_vec());
    }
    // Consul's and Serf's gossip key, `encrypt = "base64"`.
    if bare.eq_ignore_ascii_case(b"encrypt") {
        return Some(b"encrypt_key".to_vec());
    }
    // `AuthenticationHeaderValue("Bearer", "v")`: the scheme names the credential after it.
    if bare.eq_ignore_ascii_case(b"bearer") {
        return Some(b"bearer_token".to_vec());
    }
    let n = bare.len();
    if n > 3
        && bare[n - 2..].eq_ignore_ascii_case(b"pw")
        && matches!(bare[n - 3], b'_' | b'-' | b'.')
    {
        let mut v = bare[..n - 2].to_vec();
        v.extend_from_slice(b"password");
        return Some(v);
    }
    // `pw` glued to the name it qualifies: OpenLDAP `rootpw`, `bindpw`, Dex `bindPW`, OTRS
    // `DatabasePw` and `SearchUserPw`. No English word ends in `pw`, so the suffix after two
    // letters or more (`dbpw`, not `pw` alone) is the abbreviation.
    if n > 3
        && bare[n - 2..].eq_ignore_ascii_case(b"pw")
        && bare[n - 3].is_ascii_alphabetic()
        && bare[n - 4].is_ascii_alphanumeric()
    {
        let mut v = bare[..n - 2].to_vec();
        v.extend_from_slice(b"_password");
        return Some(v);
    }
    None
}

/// Whether the line after a value (ending at `end` in `text`) is `secret: ...`: rsconnect's
/// account file (`~/.rsconnect/.../shinyapps.io/<account>.dcf`, Debian control format) writes
/// `token:` and then `secret:`, and the token only names the key pair the secret belongs to
/// (https://rstudio.github.io/rsconnect/reference/setAccountInfo.html). Reads one line ahead.
pub fn token_names_next_secret(text: &[u8], end: usize) -> bool {
    let rest = &text[end.min(text.len())..];
    let rest = &rest[..rest.len().min(256)];
    let Some(nl) = memchr::memchr(b'\n', rest) else {
        return false;
    };
    if !rest[..nl].iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
        return false;
    }
    rest[nl + 1..].starts_with(b"secret:")
}

/// Names whose value is `user:password`: curl's `user` (`.curlrc`, `-u`), HAProxy `stats
/// auth`, libcurl `CURLOPT_USERPWD`, `userpwd`, `basic_auth`, Squid's `login`, `credentials`.
pub fn is_user_password_name(name: &[u8]) -> bool {
    let bare = name.rsplit(|&b| b == b'.').next().unwrap_or(name);
    // Squid `cache_peer ... login=user:password`, `proxy_credentials: user:password`: a name
    // that says login, auth or credentials, alone or after a qualifier (`proxy_auth`).
    let n = bare.len();
    for w in ["login", "auth", "credentials", "credential"] {
        if n > w.len() + 1
            && bare[n - w.len()..].eq_ignore_ascii_case(w.as_bytes())
            && matches!(bare[n - w.len() - 1], b'_' | b'-')
        {
            return true;
        }
    }
    [
        "user",
        // Zope and Plone buildout `user = admin:pw`, `admin-user`; a list of `users`.
        "users",
        "admin-user",
        "admin_user",
        "auth",
        "login",
        "credentials",
        "credential",
        "userpwd",
        "curlopt_userpwd",
        "basic_auth",
        "basicauth",
        "userinfo",
    ]
    .iter()
    .any(|w| bare.eq_ignore_ascii_case(w.as_bytes()))
}

/// The offset of the password in `user:password`, when the part before the colon is a user
/// name and the part after it is long enough to judge; `1000:1000`, `host:port` and URLs are
/// not credentials.
pub fn password_after_user(value: &[u8]) -> Option<usize> {
    let c = memchr::memchr(b':', value)?;
    let (user, pass) = (&value[..c], &value[c + 1..]);
    let user_ok = !user.is_empty()
        && user.len() <= 64
        && user.iter().any(u8::is_ascii_alphabetic)
        && user
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'@'));
    let pass_ok = pass.len() >= 6
        && !pass.starts_with(b"//")
        && !pass.iter().all(u8::is_ascii_digit)
        && !pass.iter().any(|&b| b.is_ascii_whitespace());
    (user_ok && pass_ok).then_some(c + 1)
}

/// The password in libcurl's `CURLOPT_USERPWD, "user:password"` option (C, PHP `curl_setopt`).
pub fn userpwd_option(line: &[u8]) -> Option<(usize, usize)> {
    // Built once: this runs on every line the assignment pass reads.
    static OPT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"CURLOPT_USERPWD"));
    let at = OPT.find(line)? + OPT.needle().len();
    let mut i = at;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b',') {
        i += 1;
    }
    let q = *line.get(i)?;
    if !matches!(q, b'"' | b'\'') {
        return None;
    }
    let close = memchr::memchr(q, &line[i + 1..])? + i + 1;
    let c = password_after_user(&line[i + 1..close])?;
    Some((i + 1 + c, close))
}

/// The scope of an Elixir `config :app, :scope, key: v` line (`:pusher`, `MyApp.Repo`): the
/// object its keywords belong to, on the same line or indented below it.
pub fn elixir_scope(line: &[u8]) -> Option<(usize, usize)> {
    let mut i = line.iter().position(|b| !b.is_ascii_whitespace())?;
    if !line[i..].starts_with(b"config :") {
        return None;
    }
    i += 8;
    // The application atom, then a comma.
    while i < line.len() && (line[i].is_ascii_alphanumeric() || line[i] == b'_') {
        i += 1;
    }
    if line.get(i) != Some(&b',') {
        return None;
    }
    i += 1;
    while i < line.len() && line[i] == b' ' {
        i += 1;
    }
    if line.get(i) == Some(&b':') {
        i += 1;
    }
    let s = i;
    while i < line.len() && (line[i].is_ascii_alphanumeric() || matches!(line[i], b'_' | b'.')) {
        i += 1;
    }
    // A scope is followed by a comma (or ends the line); `config :app, key: v` has none.
    let after = line.get(i).copied();
    (i > s && matches!(after, Some(b',') | None)).then_some((s, i))
}

/// Most words read on a line of words by [`password_word`].
const MAX_LINE_WORDS: usize = 24;

/// The value after a `password` (`passwd`, `pass`) word in the middle of a line made only of
/// words: fetchmail's `poll host protocol IMAP user "u" password "v" ssl`, `user u pass v
/// keep`. [`spaced_pair`] reads only a line's last two words; here the pair may sit anywhere.
/// The syntax says little, so the value must be quoted or follow a `user`/`username`/`login`
/// word earlier on the line, and every unquoted word must be a plain word (no operator, call,
/// comma or comment marker: code and prose have those).
pub fn password_word(line: &[u8]) -> Option<(usize, usize)> {
    // Every form holds the word `pass` (any case): most lines near a keyword hit do not, and
    // are answered before their words are split.
    memchr::memchr2_iter(b'p', b'P', line).find(|&i| {
        line.get(i + 1..i + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"ass"))
    })?;
    let (words, n) = split_words::<MAX_LINE_WORDS>(line, line.len(), |b| {
        is_word_byte(b) || matches!(b, b':' | b'!' | b'#' | b'%')
    })?;
    let first = *line.get(words[0].0)?;
    if n < 4 || !first.is_ascii_alphabetic() {
        return None;
    }
    let word = |k: usize| &line[words[k].0..words[k].1];
    // `.netrc` lines are read by their own form.
    if ["machine", "default", "login", "password", "account"]
        .iter()
        .any(|w| word(0).eq_ignore_ascii_case(w.as_bytes()))
    {
        return None;
    }
    let mut user = false;
    for k in 0..n - 1 {
        let w = word(k);
        if ["user", "username", "login"]
            .iter()
            .any(|u| w.eq_ignore_ascii_case(u.as_bytes()))
        {
            user = true;
        }
        if !["password", "passwd", "pass"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
        {
            continue;
        }
        let (vs, ve) = words[k + 1];
        let quoted = matches!(line[vs], b'"' | b'\'');
        // `pass` is also the verb (`this option will pass "-Map=x" to ld`): only after a user
        // word is it the password; and a flag (`-x`) is never the value.
        let flag = line[vs] == b'-' || (quoted && line.get(vs + 1) == Some(&b'-'));
        if (w.eq_ignore_ascii_case(b"pass") && !user) || flag {
            return None;
        }
        if quoted && ve >= vs + 2 {
            return Some((vs + 1, ve - 1));
        }
        if user && !quoted {
            return Some((vs, ve));
        }
        return None;
    }
    None
}

/// The password that prose gives as a code span right after the word: Markdown "user
/// `preview`, password `v`", "the password is `v`", "Password: `v`". The span holds one run
/// with no whitespace (a shell command substitution has a command and its arguments).
pub fn prose_password(line: &[u8]) -> Option<(usize, usize)> {
    static WORD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"assword"));
    let mut from = 0;
    while let Some(off) = WORD.find(&line[from..]) {
        let p = from + off;
        from = p + 7;
        if p == 0 || !matches!(line[p - 1], b'p' | b'P') {
            continue;
        }
        let before = if p >= 2 { line[p - 2] } else { b' ' };
        if before.is_ascii_alphanumeric() || matches!(before, b'_' | b'-' | b'.' | b'`') {
            continue;
        }
        let mut i = p + 7;
        if line.get(i) == Some(&b':') {
            i += 1;
        }
        if line.get(i) != Some(&b' ') {
            continue;
        }
        while line.get(i) == Some(&b' ') {
            i += 1;
        }
        if line[i..].starts_with(b"is ") {
            i += 3;
        }
        if line.get(i) != Some(&b'`') {
            continue;
        }
        let s = i + 1;
        let e = s + memchr::memchr(b'`', &line[s..])?;
        if e > s && !line[s..e].iter().any(u8::is_ascii_whitespace) {
            return Some((s, e));
        }
    }
    None
}

/// The spans of the runs of non-whitespace bytes of `line` from `from` on, left to right.
pub fn words(line: &[u8], from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = from;
    std::iter::from_fn(move || {
        while i < line.len() && line[i].is_ascii_whitespace() {
            i += 1;
        }
        let s = i;
        while i < line.len() && !line[i].is_ascii_whitespace() {
            i += 1;
        }
        (i > s).then_some((s, i))
    })
}

/// Most words read on a line of prose by [`told_password`], and most words between the
/// password word and its `is`.
const MAX_PROSE_TOKENS: usize = 48;
const MAX_WORDS_BEFORE_IS: usize = 6;

/// The password prose tells in words, in a chat export's `"text"`, a ticket, Markdown or plain
/// text: "the admin password for the old build server is V", "pw is V", "db password: V".
/// The value is the token after `is` (a few plain words after the password word at most) or
/// after the password word's colon when words come before it on the line (a line that starts
/// with `password:` is an assignment, read as one). Quotes and trailing punctuation are not
/// part of it; the rules judge it as a password, so words stay quiet ("the password is stored
/// in vault"). Reads at most [`MAX_PROSE_TOKENS`] tokens.
pub fn told_password(line: &[u8]) -> Option<(usize, usize)> {
    // Every password word starts a token with `pa` or `pw`: most lines near keyword hits have
    // none, and are answered without splitting them into tokens.
    let starts_word = |i: usize| {
        (i == 0
            || line[i - 1].is_ascii_whitespace()
            || matches!(line[i - 1], b'"' | b'\'' | b'(' | b'*' | b'_'))
            && matches!(line.get(i + 1), Some(b'a' | b'A' | b'w' | b'W'))
    };
    if !memchr::memchr2_iter(b'p', b'P', line).any(starts_word) {
        return None;
    }
    let mut tokens = [(0usize, 0usize); MAX_PROSE_TOKENS];
    let mut n = 0;
    for (slot, t) in tokens.iter_mut().zip(words(line, 0)) {
        *slot = t;
        n += 1;
    }
    let tokens = &tokens[..n];
    let core = |(s, e): (usize, usize)| {
        let (mut s, mut e) = (s, e);
        while s < e && matches!(line[s], b'"' | b'\'' | b'(' | b'*' | b'_') {
            s += 1;
        }
        while e > s && matches!(line[e - 1], b'*' | b'_') {
            e -= 1;
        }
        (s, e)
    };
    let is_word = |t: &[u8]| {
        t.iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'(' | b')'))
    };
    for k in 0..n {
        let (s, mut e) = core(tokens[k]);
        let colon = e > s && line[e - 1] == b':';
        if colon {
            e -= 1;
        }
        let w = &line[s..e];
        if !["password", "passwd", "pwd", "pw", "passphrase"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
        {
            continue;
        }
        let value_at = if colon {
            (k > 0).then_some(k + 1)
        } else {
            let mut at = None;
            for j in k + 1..n.min(k + 2 + MAX_WORDS_BEFORE_IS) {
                let t = &line[tokens[j].0..tokens[j].1];
                if t == b"is" || t == b"was" {
                    let mut v = j + 1;
                    if v < n
                        && ["now", "still", "currently"]
                            .iter()
                            .any(|x| line[tokens[v].0..tokens[v].1] == *x.as_bytes())
                    {
                        v += 1;
                    }
                    at = Some(v);
                    break;
                }
                // "the password for the NAS: v".
                if t.len() > 1 && t[t.len() - 1] == b':' && is_word(&t[..t.len() - 1]) {
                    at = Some(j + 1);
                    break;
                }
                if !is_word(t) {
                    break;
                }
            }
            at
        };
        let Some(v) = value_at.filter(|&v| v < n) else {
            continue;
        };
        let (mut vs, mut ve) = tokens[v];
        while vs < ve && matches!(line[vs], b'"' | b'\'' | b'(') {
            vs += 1;
        }
        loop {
            if ve >= vs + 2 && &line[ve - 2..ve] == b"\\n" {
                ve -= 2;
            } else if ve > vs && matches!(line[ve - 1], b'.' | b',' | b';' | b')' | b'"' | b'\'') {
                ve -= 1;
            } else {
                break;
            }
        }
        // A code span is [`prose_password`]'s; a reference or template is no value.
        if ve < vs + 6 || matches!(line[vs], b'`' | b'$' | b'{' | b'<' | b'%') {
            continue;
        }
        return Some((vs, ve));
    }
    None
}

/// The password in `echo 'user:password' | chpasswd` (provisioning scripts, Vagrantfiles).
pub fn chpasswd_input(line: &[u8]) -> Option<(usize, usize)> {
    static CHPASSWD: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"chpasswd"));
    memchr::memchr(b'|', line)?;
    let cmd = CHPASSWD.find(line)?;
    let pipe = memchr::memrchr(b'|', &line[..cmd])?;
    let between = &line[pipe + 1..cmd];
    if !(between.iter().all(|&b| b == b' ') || between == b" sudo ") {
        return None;
    }
    let echo = memchr::memmem::rfind(&line[..pipe], b"echo ")? + 5;
    let mut s = echo;
    while s < pipe && matches!(line[s], b' ' | b'\t') {
        s += 1;
    }
    let mut e = pipe;
    while e > s && matches!(line[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    if e >= s + 2 && matches!(line[s], b'"' | b'\'') && line[e - 1] == line[s] {
        s += 1;
        e -= 1;
    }
    let c = password_after_user(&line[s..e])?;
    Some((s + c, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The password rule's pattern glues to `pass` exactly the words of [`SERVICE_PASS_WORDS`].
    #[test]
    fn password_rule_spells_the_service_pass_words() {
        let rules = crate::rules::RuleSet::builtin().expect("built-in rules load");
        let rule = rules
            .get("generic-password-assignment")
            .expect("the generic password rule");
        let alternation = format!("(?:{})pass", SERVICE_PASS_WORDS.join("|"));
        assert!(
            rule.spec.pattern.contains(&alternation),
            "rules/generic.yaml should spell {alternation}"
        );
        for w in SERVICE_PASS_WORDS {
            let name = format!("{w}pass");
            assert_eq!(
                canonical_name(name.as_bytes(), Written::Name).as_deref(),
                Some(&b"password"[..])
            );
        }
    }

    fn pair(line: &str) -> Option<(String, String)> {
        spaced_pair(line.as_bytes()).map(|p| {
            (
                line[p.name.0..p.name.1].to_string(),
                line[p.value.0..p.value.1].to_string(),
            )
        })
    }

    #[test]
    fn spaced_settings() {
        let want = |line: &str, n: &str, v: &str| {
            assert_eq!(pair(line), Some((n.to_string(), v.to_string())), "{line}");
        };
        want("rcon_password \"v.1\"", "rcon_password", "v.1");
        want("set sv_licenseKey \"v7\"", "sv_licenseKey", "v7");
        want("    SetEnv DB_PASSWORD v!2", "DB_PASSWORD", "v!2");
        want("proxy_set_header X-Api-Key v8;", "X-Api-Key", "v8");
        want("requirepass v3#", "requirepass", "v3#");
        want("d-i passwd/user-password password -v4", "password", "-v4");
        want("@twilio_token \"v5\"", "@twilio_token", "v5");
        want("ENV GS_DB_PASS v6.", "GS_DB_PASS", "v6.");
    }

    #[test]
    fn code_and_prose_are_not_settings() {
        for line in [
            "password = get(x)",
            "call(password, \"x\")",
            "if (x) { return token; }",
            "one two three four five six seven",
            "alone",
            "return -EINVAL_LONGER",
            "case SOME_CONSTANT_NAME:",
            "key: \"value\", other: 1",
        ] {
            assert_eq!(pair(line), None, "{line}");
        }
    }

    #[test]
    fn names_and_user_passwords() {
        let name = |n: &[u8]| canonical_name(n, Written::Name);
        let flag = |n: &[u8]| canonical_name(n, Written::Flag);
        assert_eq!(name(b"$pass"), Some(b"password".to_vec()));
        assert_eq!(name(b"ldap_bind_pw"), Some(b"ldap_bind_password".to_vec()));
        assert_eq!(name(b"masterauth"), Some(b"password".to_vec()));
        assert_eq!(name(b"DB_PASS"), None);
        assert_eq!(
            name(b"managerPasswordSecret"),
            Some(b"managerPassword".to_vec())
        );
        assert_eq!(name(b"wifiPsk"), Some(b"wifi_psk".to_vec()));
        assert_eq!(name(b"WIFI_PSK"), None);
        assert_eq!(
            name(b"snmp_community"),
            Some(b"snmp_community_password".to_vec())
        );
        assert_eq!(flag(b"srcstorepass"), Some(b"password".to_vec()));
        assert_eq!(flag(b"auth"), Some(b"password".to_vec()));
        assert_eq!(flag(b"ldap_bind_pw"), Some(b"ldap_bind_password".to_vec()));
        assert_eq!(flag(b"token"), None);
        // `pw` glued to a name: the rules' generic password pattern reads the `_password` form.
        for (n, canon) in [
            (&b"rootpw"[..], &b"root_password"[..]),
            (b"bindPW", b"bind_password"),
            (b"DatabasePw", b"Database_password"),
            (b"SearchUserPw", b"SearchUser_password"),
        ] {
            assert_eq!(name(n).as_deref(), Some(canon));
        }
        assert_eq!(name(b"pw"), None);
        assert_eq!(name(b"xpw"), None);
        let ex = b"config :chat, :pusher, key: \"k\", secret: \"s\"";
        let (s, e) = elixir_scope(ex).expect("scope");
        assert_eq!(&ex[s..e], b"pusher");
        let ex = b"config :chat, Chat.Repo,";
        let (s, e) = elixir_scope(ex).expect("scope");
        assert_eq!(&ex[s..e], b"Chat.Repo");
        assert_eq!(elixir_scope(b"config :chat, password: \"x\""), None);
        assert_eq!(name(b"pwd"), None);
        assert_eq!(name(b"PASS"), None);
        assert_eq!(password_after_user(b"admin:v9.long!"), Some(6));
        assert_eq!(password_after_user(b"1000:1000"), None);
        assert_eq!(password_after_user(b"https://host"), None);
        assert_eq!(password_after_user(b"db:5432"), None);
        let pw = "v9.long!";
        let line = format!("  echo 'deploy:{pw}' | chpasswd");
        let (s, e) = chpasswd_input(line.as_bytes()).expect("chpasswd");
        assert_eq!(&line[s..e], pw);
        let opt = format!("curl_easy_setopt(h, CURLOPT_USERPWD, \"svc:{pw}\");");
        let (s, e) = userpwd_option(opt.as_bytes()).expect("option");
        assert_eq!(&opt[s..e], pw);
    }
}
