//! Credential lines whose format is named by their first token or their shape rather than by
//! an assignment: the assignment pass (`super::assign`) asks these after its own syntaxes and
//! hands what they find to the rules as `password = "v"` (or the name the line gives).
//!
//! - Nagios `resource.cfg`: `$USER3$=v`. The `$USERn$` macros exist to keep passwords and
//!   community strings out of the object definitions; `$USER1$` is the plugin directory, and a
//!   path is never taken.
//! - Postfix `sasl_passwd` maps: `[smtp.host]:587 user:password`: a bracketed relay host, then
//!   the login.
//! - strongSwan `ipsec.secrets`: `host : PSK "v"`.
//! - Azure Pipelines logging commands: `##vso[task.setvariable variable=X;issecret=true]v`.
//! - Tuples of a user and a password after a credential name: Elixir `@auth {"u", "v"}`.
//! - `user:password` literals encoded into a Basic header in code
//!   (`'Basic ' + base64Encode(Blob.valueOf('u:v'))`).
//!
//! Pure functions of one line, like `super::conf`; they import only `super::conf` (the
//! `user:password` test).

/// The secret of a strongSwan/Libreswan `ipsec.secrets` line: `[selectors] : PSK "v"` (or
/// `EAP`, `XAUTH`, `NTLM`): a colon, the secret's type in capitals, then the secret, quoted or
/// bare (https://docs.strongswan.org/docs/latest/swanctl/ipsecSecrets.html).
pub fn ipsec_secret(line: &[u8]) -> Option<(usize, usize)> {
    let colon = memchr::memmem::find(line, b": ")?;
    if colon > 0 && line[colon - 1] != b' ' && line[colon - 1] != b'\t' {
        return None;
    }
    let mut i = colon + 2;
    while line.get(i).is_some_and(|b| *b == b' ' || *b == b'\t') {
        i += 1;
    }
    let kind = [&b"PSK"[..], b"EAP", b"XAUTH", b"NTLM"]
        .into_iter()
        .find(|k| line[i..].starts_with(k))?;
    i += kind.len();
    if !line.get(i).is_some_and(|b| *b == b' ' || *b == b'\t') {
        return None;
    }
    while line.get(i).is_some_and(|b| *b == b' ' || *b == b'\t') {
        i += 1;
    }
    if let Some(&q) = line.get(i).filter(|b| matches!(b, b'"' | b'\'')) {
        let e = i + 1 + memchr::memchr(q, &line[i + 1..])?;
        return (e > i + 1).then_some((i + 1, e));
    }
    let e = trim_end(line);
    (e > i && !line[i..e].iter().any(u8::is_ascii_whitespace)).then_some((i, e))
}

/// The value of a Nagios resource macro (`$USER3$=v`), when it is no path.
pub fn nagios_macro(line: &[u8]) -> Option<(usize, usize)> {
    let s = line.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = &line[s..];
    if !rest.starts_with(b"$USER") {
        return None;
    }
    let digits = rest[5..].iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || rest.get(5 + digits) != Some(&b'$') || rest.get(6 + digits) != Some(&b'=') {
        return None;
    }
    let vs = s + 7 + digits;
    let ve = trim_end(line);
    // `$USER1$=/usr/lib/nagios/plugins`: the plugin directory.
    (ve > vs && line[vs] != b'/').then_some((vs, ve))
}

/// The password of a Postfix SASL map line, `[host]:port user:password`.
pub fn postfix_sasl(line: &[u8]) -> Option<(usize, usize)> {
    let s = line.iter().position(|b| !b.is_ascii_whitespace())?;
    if line[s] != b'[' {
        return None;
    }
    let close = s + memchr::memchr(b']', &line[s..])?;
    let mut i = close + 1;
    if line.get(i) == Some(&b':') {
        i += 1;
        let d = line[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if d == 0 {
            return None;
        }
        i += d;
    }
    if !matches!(line.get(i), Some(b' ' | b'\t')) {
        return None;
    }
    while matches!(line.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    let e = trim_end(line);
    if e <= i || line[i..e].iter().any(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let c = super::conf::password_after_user(&line[i..e])?;
    Some((i + c, e))
}

/// Azure Pipelines `##vso[task.setvariable variable=NAME;issecret=true]value`: the variable's
/// name and its value, when `issecret=true` marks it a secret whatever its name.
pub fn vso_secret(line: &[u8]) -> Option<((usize, usize), (usize, usize))> {
    const CMD: &[u8] = b"##vso[task.setvariable ";
    // A line without `#` is answered before a searcher is built for the command.
    memchr::memchr(b'#', line)?;
    let at = memchr::memmem::find(line, CMD)? + CMD.len();
    let close = at + memchr::memchr(b']', &line[at..])?;
    let props = &line[at..close];
    memchr::memmem::find(props, b"issecret=true")?;
    let var = memchr::memmem::find(props, b"variable=")? + 9;
    let ne = props[var..]
        .iter()
        .position(|&b| b == b';')
        .map_or(props.len(), |p| var + p);
    let vs = close + 1;
    let ve = vs
        + line[vs..]
            .iter()
            .position(|&b| matches!(b, b'"' | b'\'' | b' ' | b'\t' | b'\r' | b'\n'))
            .unwrap_or(line.len() - vs);
    (ne > var && ve > vs).then_some(((at + var, at + ne), (vs, ve)))
}

/// Elixir module attributes and keyword values holding a user and a password: `@auth {"u",
/// "v"}`, `@credentials {"u", "v"}`. Returns the attribute's name and the password.
pub fn attribute_tuple(line: &[u8]) -> Option<((usize, usize), (usize, usize))> {
    let s = line.iter().position(|b| !b.is_ascii_whitespace())?;
    if line[s] != b'@' {
        return None;
    }
    let ne = s
        + 1
        + line[s + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
            .count();
    let name = &line[s + 1..ne];
    let says = |w: &[u8]| name.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    if !(says(b"auth") || says(b"cred") || says(b"login")) {
        return None;
    }
    let mut i = ne;
    while matches!(line.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    if line.get(i) != Some(&b'{') {
        return None;
    }
    let (_, ue) = quoted(line, i + 1)?;
    let mut j = ue + 1;
    while matches!(line.get(j), Some(b' ' | b'\t')) {
        j += 1;
    }
    if line.get(j) != Some(&b',') {
        return None;
    }
    let (ps, pe) = quoted(line, j + 1)?;
    let mut k = pe + 1;
    while matches!(line.get(k), Some(b' ' | b'\t')) {
        k += 1;
    }
    (line.get(k) == Some(&b'}')).then_some(((s + 1, ne), (ps, pe)))
}

/// The password of a `user:password` literal that code encodes into a Basic authorization
/// header: `'Basic ' + EncodingUtil.base64Encode(Blob.valueOf('u:v'))` (Apex), `"Basic " +
/// btoa("u:v")`, `Convert.ToBase64String(Encoding.UTF8.GetBytes("u:v"))` next to `Basic`.
pub fn basic_literal(line: &[u8]) -> Option<(usize, usize)> {
    // The credential is a quoted literal: a line without a quote is not copied and searched.
    memchr::memchr2(b'"', b'\'', line)?;
    let lower = line.to_ascii_lowercase();
    let has = |w: &[u8]| memchr::memmem::find(&lower, w).is_some();
    if !has(b"basic") || !(has(b"base64") || has(b"btoa(")) {
        return None;
    }
    let mut i = 0;
    while let Some(off) = line[i..].iter().position(|&b| matches!(b, b'"' | b'\'')) {
        let (s, e) = quoted(line, i + off)?;
        if let Some(c) = super::conf::password_after_user(&line[s..e]) {
            return Some((s + c, e));
        }
        i = e + 1;
    }
    None
}

/// The first double- or single-quoted string at or after `from` (spaces skipped).
fn quoted(line: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while matches!(line.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    let q = *line.get(i)?;
    if !matches!(q, b'"' | b'\'') {
        return None;
    }
    let c = i + 1 + memchr::memchr(q, &line[i + 1..])?;
    Some((i + 1, c))
}

fn trim_end(line: &[u8]) -> usize {
    let mut e = line.len();
    while e > 0 && line[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &str, span: Option<(usize, usize)>) -> Option<&str> {
        span.map(|(s, e)| &line[s..e])
    }

    #[test]
    fn ipsec_secrets() {
        let at = |l: &str| ipsec_secret(l.as_bytes()).map(|(s, e)| l[s..e].to_string());
        assert_eq!(at("host : PSK \"v1x\""), Some("v1x".into()));
        assert_eq!(at(": PSK v2y"), Some("v2y".into()));
        assert_eq!(at("carol : EAP 'v3z'"), Some("v3z".into()));
        assert_eq!(at(": RSA key.pem"), None);
        assert_eq!(at("key: PSK \"v\""), None);
    }

    #[test]
    fn format_lines() {
        let l = "$USER3$=v9.long!pass";
        assert_eq!(text(l, nagios_macro(l.as_bytes())), Some("v9.long!pass"));
        assert_eq!(nagios_macro(b"$USER1$=/usr/lib/nagios/plugins"), None);
        assert_eq!(nagios_macro(b"$HOSTNAME$=x"), None);
        let l = "[smtp.office365.com]:587 relay@acme.io:v9.long!pass";
        assert_eq!(text(l, postfix_sasl(l.as_bytes())), Some("v9.long!pass"));
        assert_eq!(postfix_sasl(b"[smtp.host]:587 relay"), None);
        assert_eq!(postfix_sasl(b"[section] key:value:x y"), None);
        let l = "echo \"##vso[task.setvariable variable=DEPLOY_PAT;issecret=true]v9long\"";
        let ((ns, ne), (vs, ve)) = vso_secret(l.as_bytes()).expect("vso");
        assert_eq!((&l[ns..ne], &l[vs..ve]), ("DEPLOY_PAT", "v9long"));
        let l = "  @auth {\"notifier\", \"v9.long!pass\"}";
        let ((ns, ne), v) = attribute_tuple(l.as_bytes()).expect("tuple");
        assert_eq!(
            (&l[ns..ne], text(l, Some(v))),
            ("auth", Some("v9.long!pass"))
        );
        assert_eq!(attribute_tuple(b"@moduledoc {\"a\", \"b\"}"), None);
        let l = "req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf('sfdc:v9.long!pass')));";
        assert_eq!(text(l, basic_literal(l.as_bytes())), Some("v9.long!pass"));
        assert_eq!(basic_literal(b"auth = 'Basic ' + token"), None);
        assert_eq!(attribute_tuple(b"@auth {\"a\", \"b\", \"c\"}"), None);
    }
}
