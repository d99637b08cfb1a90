//! Credentials written in documents under a label: a bold or plain line that ends in `:` and
//! names a credential (`**REST API key (campaign sync, prod):**`, `Admin password:`), then an
//! indented code block or a fenced block holding only the value; and a table cell holding
//! `` `user` / `password` `` under a `login` or `credentials` column.
//!
//! Pure functions of the text; imports nothing.

/// Words that make a label name a credential.
const CREDENTIAL_WORDS: [&str; 9] = [
    "password",
    "passwd",
    "passphrase",
    "secret",
    "token",
    "key",
    "credential",
    "pwd",
    "pat",
];

fn word_at(label: &[u8], w: &str) -> Option<usize> {
    let n = w.len();
    (0..label.len().saturating_sub(n - 1)).find(|&i| {
        label[i..i + n].eq_ignore_ascii_case(w.as_bytes())
            && (i == 0 || !label[i - 1].is_ascii_alphanumeric())
            && label
                .get(i + n)
                .is_none_or(|&b| !b.is_ascii_alphabetic() || b == b's')
    })
}

/// The label a line holds, when it is one (span of the words before any parenthetical, in the
/// line): `**REST API key (prod):**`, `__Admin password__:`, `Staging token:`. A label is prose
/// (two to eight words, letters, digits, spaces, `-`, `/`), names a credential word, and ends
/// in `:`; a line with an assignment operator or a single word (`password:`, YAML) is not one.
pub fn label(line: &[u8]) -> Option<(usize, usize)> {
    let mut s = 0;
    let mut e = line.len();
    while s < e && line[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && line[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    let strip = |s: &mut usize, e: &mut usize, m: &[u8]| {
        if line[*s..*e].starts_with(m) {
            *s += m.len();
        }
        if line[*s..*e].ends_with(m) {
            *e -= m.len();
        }
    };
    // Markdown list items and headings carry no label of their own.
    if s < e && matches!(line[s], b'#' | b'-' | b'>' | b'|') {
        return None;
    }
    strip(&mut s, &mut e, b"**");
    strip(&mut s, &mut e, b"__");
    if e <= s || line[e - 1] != b':' {
        return None;
    }
    e -= 1;
    strip(&mut s, &mut e, b"**");
    strip(&mut s, &mut e, b"__");
    // A parenthetical qualifies the label: `(campaign sync, prod)`.
    if e > s && line[e - 1] == b')' {
        let open = line[s..e].iter().rposition(|&b| b == b'(')? + s;
        e = open;
    }
    while e > s && line[e - 1] == b' ' {
        e -= 1;
    }
    let words = &line[s..e];
    if words.is_empty()
        || words.len() > 60
        || !words.contains(&b' ')
        || words.iter().filter(|&&b| b == b' ').count() > 7
        || !words
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'-' | b'/'))
    {
        return None;
    }
    CREDENTIAL_WORDS
        .iter()
        .any(|w| word_at(words, w).is_some())
        .then_some((s, e))
}

/// A bold label and its value on one line: `**Stripe secret key (live):** `v``, `__Admin
/// password__: `v``: the label's span (as [`label`] reads it) and the value's (inside the
/// backticks, one token, nothing after it).
pub fn inline(line: &[u8]) -> Option<((usize, usize), (usize, usize))> {
    let s = line.iter().position(|b| !b.is_ascii_whitespace())?;
    let mark = &line[s..(s + 2).min(line.len())];
    if mark != b"**" && mark != b"__" {
        return None;
    }
    let close = s + 2 + line[s + 2..].windows(2).position(|w| w == mark)?;
    let end = if line.get(close + 2) == Some(&b':') {
        close + 3
    } else {
        close + 2
    };
    let name = label(&line[..end])?;
    let rest = &line[end..];
    let vs = end + rest.iter().position(|b| !b.is_ascii_whitespace())?;
    if line[vs] != b'`' {
        return None;
    }
    let ve = vs + 1 + memchr::memchr(b'`', &line[vs + 1..])?;
    let value = &line[vs + 1..ve];
    if value.is_empty()
        || value.iter().any(u8::is_ascii_whitespace)
        || !line[ve + 1..].iter().all(u8::is_ascii_whitespace)
    {
        return None;
    }
    Some((name, (vs + 1, ve)))
}

fn line_at(text: &[u8], s: usize) -> (usize, usize) {
    let e = memchr::memchr(b'\n', &text[s..]).map_or(text.len(), |i| s + i);
    let e = if e > s && text[e - 1] == b'\r' {
        e - 1
    } else {
        e
    };
    (s, e)
}

/// A single token (no whitespace), trimmed, on `text[s..e]`.
fn token(text: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let (mut a, mut b) = (s, e);
    while a < b && text[a].is_ascii_whitespace() {
        a += 1;
    }
    while b > a && text[b - 1].is_ascii_whitespace() {
        b -= 1;
    }
    (b > a && !text[a..b].iter().any(u8::is_ascii_whitespace)).then_some((a, b))
}

/// The value below a label line ending at `le` (its `\n` or the text's end): an indented
/// code block of one line (four spaces or a tab, one token, then a line that is not indented
/// the same way), or a fenced block (```` ``` ```` or `~~~`) of one token. At most one blank
/// line between the label and the block.
pub fn block_value(text: &[u8], le: usize) -> Option<(usize, usize)> {
    let mut s = le + 1;
    if s >= text.len() {
        return None;
    }
    let (mut ls, mut lend) = line_at(text, s);
    if text[ls..lend].iter().all(u8::is_ascii_whitespace) {
        s = lend + 1;
        if s >= text.len() {
            return None;
        }
        (ls, lend) = line_at(text, s);
    }
    let l = &text[ls..lend];
    let indented = l.starts_with(b"    ") || l.starts_with(b"\t");
    let trimmed = token(text, ls, lend);
    if let Some((a, b)) = trimmed {
        let fence = &text[a..b];
        if fence.starts_with(b"```") || fence.starts_with(b"~~~") {
            // The value, then the closing fence.
            if lend + 1 >= text.len() {
                return None;
            }
            let (vs, ve) = line_at(text, lend + 1);
            let v = token(text, vs, ve)?;
            if ve + 1 >= text.len() {
                return None;
            }
            let (cs, ce) = line_at(text, ve + 1);
            let close = token(text, cs, ce)?;
            return text[close.0..close.1].starts_with(&fence[..3]).then_some(v);
        }
    }
    if !indented {
        return None;
    }
    let v = trimmed?;
    // One line only: a block of several lines is code or output, not one value.
    if lend + 1 < text.len() {
        let (ns, ne) = line_at(text, lend + 1);
        let next = &text[ns..ne];
        if (next.starts_with(b"    ") || next.starts_with(b"\t"))
            && !next.iter().all(u8::is_ascii_whitespace)
        {
            return None;
        }
    }
    Some(v)
}

/// Whether a table row's label names a digest (`munge key sha256`, `Release checksum`,
/// `host key fingerprint`): the row's values are hashes of a secret, not the secret, whatever
/// column they stand in.
pub fn names_digest(label: &[u8]) -> bool {
    const DIGESTS: [&str; 9] = [
        "sha1",
        "sha256",
        "sha384",
        "sha512",
        "md5",
        "checksum",
        "digest",
        "fingerprint",
        "hash",
    ];
    label
        .split(|b| !b.is_ascii_alphanumeric())
        .any(|w| DIGESTS.iter().any(|d| w.eq_ignore_ascii_case(d.as_bytes())))
}

/// A table cell holding a user and a password: `` `user` / `password` ``, `user / password`:
/// the password's span in `cell`.
pub fn user_slash_password(cell: &[u8]) -> Option<(usize, usize)> {
    let at = cell.windows(3).position(|w| w == b" / ")?;
    let user = cell[..at].trim_ascii();
    let user = user.strip_prefix(b"`").unwrap_or(user);
    let user = user.strip_suffix(b"`").unwrap_or(user);
    if user.is_empty() || user.iter().any(|b| b.is_ascii_whitespace() || *b == b'`') {
        return None;
    }
    let (mut s, mut e) = (at + 3, cell.len());
    while s < e && cell[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && cell[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    // The cell's own backticks may have been stripped with the user's and the password's.
    if s < e && cell[s] == b'`' {
        s += 1;
    }
    if e > s && cell[e - 1] == b'`' {
        e -= 1;
    }
    (e > s
        && e - s <= 64
        && !cell[s..e]
            .iter()
            .any(|b| b.is_ascii_whitespace() || *b == b'`'))
    .then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        let l = b"**REST API key (campaign sync, prod):**";
        let (s, e) = label(l).unwrap();
        assert_eq!(&l[s..e], b"REST API key");
        assert!(label(b"password:").is_none());
        assert!(label(b"The app group id is public and can be shared:").is_none());
        assert!(label(b"Admin password:").is_some());
        assert!(label(b"Keyboard shortcuts:").is_none());
    }

    #[test]
    fn digest_labels() {
        assert!(names_digest(b" munge key sha256 "));
        assert!(names_digest(b"Release checksum"));
        assert!(names_digest(b"host key (SHA256)"));
        assert!(!names_digest(b"JupyterHub shared"));
        assert!(!names_digest(b"hashicorp vault token"));
    }

    #[test]
    fn inline_labels() {
        let l = b"**Stripe secret key (live):** `abc123`";
        let (n, v) = inline(l).unwrap();
        assert_eq!(
            (&l[n.0..n.1], &l[v.0..v.1]),
            (&b"Stripe secret key"[..], &b"abc123"[..])
        );
        assert!(inline(b"**Stripe secret key:** see `vault`").is_none());
    }

    #[test]
    fn blocks() {
        let t = b"**API key:**\n    abc123\nnext\n";
        assert_eq!(block_value(t, 12), Some((17, 23)));
        let t = b"Admin password:\n\n```\nabc123\n```\n";
        assert_eq!(
            block_value(t, 15).map(|(s, e)| &t[s..e]),
            Some(&b"abc123"[..])
        );
        let t = b"Admin password:\n    a\n    b\n";
        assert_eq!(block_value(t, 15), None);
    }

    #[test]
    fn login_cells() {
        let c = b"`shopadmin` / `pw`";
        assert_eq!(
            user_slash_password(c).map(|(s, e)| &c[s..e]),
            Some(&b"pw"[..])
        );
        assert_eq!(user_slash_password(b"admin"), None);
        let c = b"shopadmin` / `pw";
        assert_eq!(
            user_slash_password(c).map(|(s, e)| &c[s..e]),
            Some(&b"pw"[..])
        );
    }
}
