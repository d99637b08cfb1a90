//! Collection literals written over several lines under one name: Java `Map.of(` / `List.of(` /
//! `Arrays.asList(` / `String[] X = {`, Kotlin `mapOf(` / `listOf(`, C# `new[] {` and
//! `new Dictionary<string, string> {`, Go `[]string{` / `map[string]string{`, Python dicts,
//! lists and tuples, Lua tables, Ruby `%w[`, arrays and hashes, JS/TS arrays and objects, PHP
//! `array(` and `[`. The collection's name (`SFTP_PASSWORDS`, `partner_keys`, `CREDENTIALS`) says
//! what its string elements are; a map's key may be a label that says nothing (`"SE"`,
//! `'warehouse'`), and then the collection's name is the context.
//!
//! Pure functions of a line; imports nothing. The caller (`super::assign`) keeps the open
//! collection's state from line to line and stops at the literal's close or after
//! [`MAX_LINES`] lines.

/// Lines an open collection is read for at most.
pub const MAX_LINES: usize = 40;
/// Nesting depth tracked inside a collection (deeper brackets are code, not elements).
const MAX_DEPTH: usize = 8;

/// A collection opened on a line: its name and where its body starts on the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opener {
    pub name: (usize, usize),
    /// Offset right after the opening bracket.
    pub body: usize,
    /// Ruby `%w[` / `%i(`: elements are bare words separated by whitespace.
    pub words: bool,
    /// The opening bracket is on the next line (the collection is at depth 0 until then).
    pub below: bool,
}

/// One string element read from a line: its span, and the span of its key when the line (or
/// the line above, see [`Scan::pending`]) wrote one (`"k": "v"`, `k = "v"`, `"k" => "v"`,
/// Kotlin `"k" to "v"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Element {
    pub value: (usize, usize),
    pub key: Option<(usize, usize)>,
    /// 1 directly inside the collection, more inside a nested object or pair.
    pub depth: usize,
}

/// The result of reading one line of an open collection.
#[derive(Debug, Default)]
pub struct Scan {
    pub elements: Vec<Element>,
    /// A key whose value is on the next line (`'warehouse':` / `'v',`, `'k': (` / `'v'`).
    pub pending: Option<(usize, usize)>,
    /// Whether the collection closed on this line.
    pub closed: bool,
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_quote(b: u8) -> bool {
    b == b'"' || b == b'\''
}

/// The closing quote of a string opened before `from` (backslash escapes skipped).
fn close_quote(line: &[u8], from: usize, q: u8) -> Option<usize> {
    let mut i = from;
    while i < line.len() {
        if line[i] == b'\\' {
            i += 2;
            continue;
        }
        if line[i] == q {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Call names that build a collection from their arguments (the last segment of the callee:
/// `Map.of`, `Arrays.asList`, Kotlin `mapOf`, Scala `Map`, PHP `array`, Python `tuple`).
fn collection_call(name: &[u8]) -> bool {
    let last = name
        .rsplit(|&b| b == b'.' || b == b':')
        .next()
        .unwrap_or(name);
    matches!(
        last,
        b"of"
            | b"ofEntries"
            | b"asList"
            | b"listOf"
            | b"mapOf"
            | b"setOf"
            | b"arrayOf"
            | b"hashMapOf"
            | b"mutableMapOf"
            | b"mutableListOf"
            | b"mutableSetOf"
            | b"linkedMapOf"
            | b"hashSetOf"
            | b"array"
            | b"Array"
            | b"Map"
            | b"List"
            | b"Seq"
            | b"Set"
            | b"Vector"
            | b"tuple"
            | b"list"
            | b"set"
            | b"frozenset"
            | b"dict"
    )
}

/// Whether the text between an assignment operator and the bracket ending at `open` is a
/// collection constructor: nothing (`= {`, `= [`, `= (`), a type with `[]` or `new` (`new[]`,
/// `new string[]`, `new Dictionary<string, string>`, Go `[]string`, `map[string]string`), Rust
/// `vec!`, or a call that builds a collection (`Map.of`, `listOf`, `array`).
fn constructor(ctor: &[u8], open: u8) -> bool {
    let ctor = ctor.trim_ascii();
    if ctor.is_empty() {
        return true;
    }
    if ctor == b"vec!" || ctor == b"%w" || ctor == b"%i" || ctor == b"%W" || ctor == b"%I" {
        return true;
    }
    if !ctor.iter().all(|&b| {
        is_ident(b)
            || matches!(
                b,
                b'.' | b':' | b'<' | b'>' | b'[' | b']' | b',' | b' ' | b'?'
            )
    }) {
        return false;
    }
    match open {
        b'(' => collection_call(ctor),
        b'{' => ctor.starts_with(b"new ") || ctor == b"new" || ctor.contains(&b'['),
        _ => false,
    }
}

/// The collection a line opens, when the line is `<name> <op> <constructor><bracket>` with the
/// bracket unclosed at the line's end (elements may follow it on the line). `name_before`
/// reads the name before an operator (the caller's, which knows declarations and quoted names).
pub fn opener(
    line: &[u8],
    name_before: impl Fn(&[u8], usize) -> Option<(usize, usize)>,
) -> Option<Opener> {
    // The first assignment operator outside quotes: `=`, `:=`, `=>`, `:` (then a space), `<-`.
    let mut i = 0;
    let (op_start, op_end) = loop {
        let b = *line.get(i)?;
        if is_quote(b) {
            i = close_quote(line, i + 1, b)? + 1;
            continue;
        }
        match b {
            b'=' if line.get(i + 1) != Some(&b'=') => {
                let s = if i > 0 && line[i - 1] == b':' {
                    i - 1
                } else {
                    i
                };
                let e = if line.get(i + 1) == Some(&b'>') {
                    i + 2
                } else {
                    i + 1
                };
                if i > 0 && matches!(line[i - 1], b'!' | b'<' | b'>' | b'=') {
                    return None;
                }
                break (s, e);
            }
            b':' if line.get(i + 1) == Some(&b' ') && (i == 0 || line[i - 1] != b':') => {
                // TypeScript and Swift: `API_KEYS: string[] = [`, `apiKeys: Record<string,
                // string> = {`: the type, then the assignment.
                let mut k = i + 1;
                while k < line.len()
                    && k - i < 96
                    && (is_ident(line[k])
                        || matches!(
                            line[k],
                            b' ' | b'[' | b']' | b'<' | b'>' | b',' | b'.' | b'|'
                        ))
                {
                    k += 1;
                }
                if line.get(k) == Some(&b'=') && !matches!(line.get(k + 1), Some(b'=' | b'>')) {
                    break (i, k + 1);
                }
                break (i, i + 1);
            }
            b'(' | b'{' => return None,
            _ => i += 1,
        }
    };
    let name = name_before(line, op_start)?;
    // The constructor and the opening bracket: the first `{`, `(` or `[` after the operator
    // that is not part of a type (`[]`, `map[string]`, `<...>`).
    let mut j = op_end;
    let mut angle = 0usize;
    let open = loop {
        let Some(&b) = line.get(j) else {
            // C# and Java in Allman style: `= new Dictionary<string, string>` with the `{` on
            // the next line.
            let ctor = line[op_end..].trim_ascii();
            if ((ctor.starts_with(b"new ") && ctor.ends_with(b">")) || ctor.ends_with(b"[]"))
                && constructor(ctor, b'{')
            {
                return Some(Opener {
                    name,
                    body: line.len(),
                    words: false,
                    below: true,
                });
            }
            return None;
        };
        match b {
            b'<' => angle += 1,
            b'>' => angle = angle.saturating_sub(1),
            b'[' if angle == 0 => {
                // `[]`, `[string]` after `map`, `[N]`: a type's brackets, then the constructor
                // goes on; otherwise the collection opens here.
                let close = line[j..].iter().position(|&c| c == b']').map(|p| j + p);
                let typed = close.is_some_and(|c| {
                    c == j + 1
                        || (line[..j].ends_with(b"map")
                            && line[j + 1..c].iter().all(|&x| is_ident(x) || x == b'.'))
                });
                if let (true, Some(c)) = (typed, close) {
                    j = c + 1;
                    continue;
                }
                break j;
            }
            b'{' | b'(' if angle == 0 => break j,
            b'"' | b'\'' | b'=' | b';' => return None,
            _ => {}
        }
        j += 1;
    };
    // `() => {`, `[]`: an empty literal or an arrow function's parameters.
    if matches!(
        line[open + 1..].trim_ascii().first(),
        Some(b')' | b']' | b'}')
    ) {
        return None;
    }
    if !constructor(&line[op_end..open], line[open]) {
        return None;
    }
    let ctor = line[op_end..open].trim_ascii();
    let words = ctor.starts_with(b"%");
    Some(Opener {
        name,
        body: open + 1,
        words,
        below: false,
    })
}

/// Reads the elements of an open collection on `line[from..]`, at nesting `depth` (1 right
/// inside the collection; updated). Strings directly inside the collection, or inside a nested
/// pair or table (`{"k", "v"}`, `("k", "v")`, `{ k = "v" }`), are elements; strings inside a
/// call (`getenv("X")`) are arguments, not elements. A key left by the line above is the
/// caller's to pair with the first element that has none.
pub fn scan_line(
    line: &[u8],
    from: usize,
    depth: &mut usize,
    calls: &mut u16,
    words: bool,
) -> Scan {
    let mut out = Scan::default();
    // Bit `d` of `calls` says the bracket at depth `d` is a call's parentheses.
    let in_call = |calls: u16, depth: usize| calls & ((1u32 << depth.min(15) << 1) - 1) as u16 != 0;
    let mut key: Option<(usize, usize)> = None; // the last key read, waiting for its value
    let mut key_line = false; // `key` was written on this line
    let mut last_word: Option<(usize, usize)> = None; // a bare word right before
    let mut i = from;
    while i < line.len() {
        let b = line[i];
        if words {
            // Ruby `%w[a b c]`: whitespace-separated words up to the close.
            if matches!(b, b']' | b')' | b'}') {
                out.closed = true;
                return out;
            }
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let s = i;
            while i < line.len()
                && !line[i].is_ascii_whitespace()
                && !matches!(line[i], b']' | b')' | b'}')
            {
                i += 1;
            }
            out.elements.push(Element {
                value: (s, i),
                key: None,
                depth: *depth,
            });
            continue;
        }
        match b {
            b' ' | b'\t' | b',' | b';' | b'\r' => {
                i += 1;
                continue;
            }
            b'#' => break,
            b'/' if line.get(i + 1) == Some(&b'/') => break,
            b'-' if line.get(i + 1) == Some(&b'-') => break,
            b'"' | b'\'' | b'`' => {
                let Some(c) = close_quote(line, i + 1, b) else {
                    break;
                };
                let span = (i + 1, c);
                i = c + 1;
                last_word = None;
                if *depth > MAX_DEPTH || in_call(*calls, *depth) {
                    continue;
                }
                // A key: a separator follows (`:`, `=>`, `=`, `->`, Kotlin ` to `).
                let mut j = i;
                while j < line.len() && matches!(line[j], b' ' | b'\t') {
                    j += 1;
                }
                let rest = &line[j..];
                let sep = if rest.starts_with(b"=>") || rest.starts_with(b"->") {
                    2
                } else if rest.starts_with(b"to ") {
                    3
                } else if (rest.first() == Some(&b':') && rest.get(1) != Some(&b':'))
                    || (rest.first() == Some(&b'=') && rest.get(1) != Some(&b'='))
                {
                    1
                } else {
                    0
                };
                if sep > 0 {
                    key = Some(span);
                    key_line = true;
                    i = j + sep;
                    continue;
                }
                out.elements.push(Element {
                    value: span,
                    key: key.take(),
                    depth: *depth,
                });
                key_line = false;
                continue;
            }
            b'{' | b'[' | b'(' => {
                *depth += 1;
                if *depth < 16 && b == b'(' && last_word.is_some() {
                    *calls |= 1 << *depth;
                }
                last_word = None;
                i += 1;
                continue;
            }
            b'}' | b']' | b')' => {
                if *depth < 16 {
                    *calls &= !(1 << *depth);
                }
                *depth = depth.saturating_sub(1);
                if *depth == 0 {
                    out.closed = true;
                    return out;
                }
                // A key's value that was a nested literal is done with.
                if !key_line {
                    key = None;
                }
                last_word = None;
                i += 1;
                continue;
            }
            b'=' | b':' if last_word.is_some() && !in_call(*calls, *depth) => {
                // Lua `k = "v"`, Ruby and JS `k: "v"`, Ruby `:k => "v"`.
                if line.get(i + 1) == Some(&b':') || line.get(i + 1) == Some(&b'=') {
                    i += 2;
                    last_word = None;
                    continue;
                }
                key = last_word.take();
                key_line = true;
                i += if line.get(i + 1) == Some(&b'>') { 2 } else { 1 };
                continue;
            }
            _ if is_ident(b) || b == b'$' || b == b'@' => {
                let s = i;
                while i < line.len() && (is_ident(line[i]) || matches!(line[i], b'.' | b'$' | b'@'))
                {
                    i += 1;
                }
                // Kotlin `"k" to "v"` was read with the key; a word after a string is code
                // (`"v".encode()` reads `.encode` here: the string stays an element).
                last_word = Some((s, i));
                continue;
            }
            _ => {
                last_word = None;
                i += 1;
            }
        }
    }
    // A key with its value still to come (on the next line, or inside a bracket opened here).
    if key_line {
        out.pending = key;
    }
    out
}

/// Whether an element is a name of something, not a value: two or more word parts joined by
/// `_`, `:`, `/`, `.` or `-`, each letters with at most trailing digits (`Win32_Security`,
/// `dep:gix-credentials`, `serde/std`). Cargo's `[features]` table lists features under
/// `credentials = [..]`; a generated password has no such shape, and a chosen one written like
/// an identifier is left to an element's own credential key.
pub fn is_identifier_path(value: &[u8]) -> bool {
    let mut parts = 0;
    for part in value.split(|&b| matches!(b, b'_' | b':' | b'/' | b'.' | b'-')) {
        let letters = part.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if letters == 0 || !part[letters..].iter().all(u8::is_ascii_digit) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Whether a map key names a credential itself (`api_token`, `client_secret`, `DB_PASSWORD`):
/// then the key, not the collection, names the value.
pub fn names_credential(key: &[u8]) -> bool {
    let k = key.to_ascii_lowercase();
    [
        "pass", "pwd", "secret", "token", "key", "cred", "auth", "salt", "seed", "hmac", "psk",
    ]
    .iter()
    .any(|w| k.windows(w.len()).any(|x| x == w.as_bytes()))
}

/// Whether a map key is a label that says nothing of what its value is (`SE`, `warehouse`,
/// `sftp_bank_statements`, `eu-west`): one case throughout (a camelCase key is a typed
/// object's property), no word that names a field other than a secret (`user`, `host`, `url`,
/// `email`, `port`, `id`...), at most 40 bytes.
pub fn is_label(key: &[u8]) -> bool {
    if key.is_empty() || key.len() > 40 {
        return false;
    }
    let sep = |b: u8| matches!(b, b'_' | b'-' | b'.' | b' ');
    let lower = key
        .iter()
        .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || sep(b));
    let upper = key
        .iter()
        .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || sep(b));
    if !lower && !upper {
        return false;
    }
    !names_field(key)
}

/// Whether a label has a word that names a field other than a secret (`twilio account`,
/// `admin user`, `client_id`): its value is that field's.
pub fn names_field(key: &[u8]) -> bool {
    const FIELDS: [&str; 39] = [
        "user",
        "username",
        "login",
        "host",
        "hostname",
        "server",
        "url",
        "uri",
        "endpoint",
        "name",
        "email",
        "mail",
        "port",
        "database",
        "db",
        "schema",
        "region",
        "id",
        "account",
        "tenant",
        "domain",
        "path",
        "file",
        "type",
        "scope",
        "role",
        "version",
        "driver",
        "dsn",
        "mode",
        "env",
        "label",
        "description",
        "address",
        "sid",
        "fingerprint",
        "hash",
        "digest",
        "checksum",
    ];
    key.split(|&b| matches!(b, b'_' | b'-' | b'.' | b' '))
        .any(|seg| {
            let seg = seg.to_ascii_lowercase();
            FIELDS.iter().any(|f| f.as_bytes() == seg.as_slice())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifier_paths_are_names_not_values() {
        assert!(is_identifier_path(b"Win32_Security"));
        assert!(is_identifier_path(b"dep:gix-credentials"));
        assert!(is_identifier_path(b"serde/std"));
        assert!(!is_identifier_path(b"Win32Security"));
        assert!(!is_identifier_path(b"APHahQml7frTjl7k"));
        assert!(!is_identifier_path(b"iMK_G@E4~b2RSTz"));
        assert!(!is_identifier_path(b"x9Kq_2mVt7"));
    }

    fn name_before(line: &[u8], op: usize) -> Option<(usize, usize)> {
        let mut e = op;
        while e > 0 && line[e - 1] == b' ' {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && is_ident(line[s - 1]) {
            s -= 1;
        }
        (e > s).then_some((s, e))
    }

    fn open(line: &str) -> Option<String> {
        let o = opener(line.as_bytes(), name_before)?;
        Some(line[o.name.0..o.name.1].to_string())
    }

    fn values(line: &str) -> Vec<String> {
        let mut depth = 1;
        let mut calls = 0;
        let s = scan_line(line.as_bytes(), 0, &mut depth, &mut calls, false);
        s.elements
            .iter()
            .map(|e| line[e.value.0..e.value.1].to_string())
            .collect()
    }

    #[test]
    fn openers() {
        for (line, name) in [
            (
                "static final Map<String, String> MERCHANT_SECRETS = Map.of(",
                "MERCHANT_SECRETS",
            ),
            ("static final String[] SFTP_PASSWORDS = {", "SFTP_PASSWORDS"),
            ("local partner_keys = {", "partner_keys"),
            ("CREDENTIALS = {", "CREDENTIALS"),
            ("var tokens = []string{", "tokens"),
            ("tokens := map[string]string{", "tokens"),
            ("val apiKeys = mapOf(", "apiKeys"),
            ("var Tokens = new Dictionary<string, string> {", "Tokens"),
            ("static string[] Tokens = new[] {", "Tokens"),
            ("API_TOKENS = %w[", "API_TOKENS"),
            ("api_tokens: [", "api_tokens"),
            ("export const API_KEYS: string[] = [", "API_KEYS"),
            ("const apiKeys: Record<string, string> = {", "apiKeys"),
            (
                "static Dictionary<string, string> Secrets = new Dictionary<string, string>",
                "Secrets",
            ),
        ] {
            assert_eq!(open(line).as_deref(), Some(name), "{line}");
        }
        for line in [
            "tokens = getTokens(",
            "if (x == y) {",
            "fn main() {",
            "secret = \"v\"",
            "tokens = () => {",
        ] {
            assert_eq!(open(line), None, "{line}");
        }
    }

    #[test]
    fn elements() {
        assert_eq!(values("\"SE\", \"aa\","), ["SE", "aa"]);
        assert_eq!(values("{\"SE\", \"aa\"},"), ["SE", "aa"]);
        assert_eq!(values("'k': 'v',"), ["v"]);
        assert_eq!(values("k = \"v\","), ["v"]);
        assert_eq!(values("\"k\" to \"v\","), ["v"]);
        assert_eq!(values("os.getenv(\"X\"),"), Vec::<String>::new());
        assert_eq!(values("\"v\".encode(),"), ["v"]);
    }
}
