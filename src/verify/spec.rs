//! Checking a rule's `verify:` block before any secret goes anywhere (`rules check`, and every
//! `--verify` run before its first request), and building the request it describes.

use crate::rules::verify::{Placement, VerifySpec};

/// The problems of one verify block; empty when it is safe to use.
///
/// Safe means: an `https://` URL whose host is the pinned `host`, a method that reads, a known
/// placement with the fields it needs, and statuses for both live and invalid.
pub fn problems(spec: &VerifySpec) -> Vec<String> {
    let mut out = Vec::new();
    if !matches!(spec.method.as_str(), "GET" | "POST") {
        out.push(format!(
            "verify.method `{}` is not GET or POST",
            spec.method
        ));
    }
    match url_host(&spec.url) {
        None => out.push(format!(
            "verify.url `{}` is not an https:// URL with a host",
            spec.url
        )),
        Some(h) if !h.eq_ignore_ascii_case(&spec.host) => out.push(format!(
            "verify.url's host `{h}` is not the pinned verify.host `{}`",
            spec.host
        )),
        Some(_) => {}
    }
    let p = &spec.secret;
    let needs_name = matches!(
        p.placement,
        Placement::Header | Placement::Query | Placement::BasicPassword
    );
    if needs_name && p.name.as_deref().is_none_or(str::is_empty) {
        out.push("verify.secret needs a `name` for this placement".into());
    }
    if p.placement == Placement::Path && !spec.url.contains("{secret}") {
        out.push("verify.secret `in: path` needs `{secret}` in verify.url".into());
    }
    if p.placement != Placement::Path && spec.url.contains("{secret}") {
        out.push("verify.url has `{secret}` but the secret is not placed in the path".into());
    }
    if p.placement == Placement::AwsSigv4
        && (p.pair.is_none() || p.region.is_none() || p.service.is_none())
    {
        out.push("verify.secret `in: aws-sigv4` needs `pair`, `region` and `service`".into());
    }
    if spec.live.is_empty() || spec.invalid.is_empty() {
        out.push("verify needs the statuses that mean `live` and `invalid`".into());
    }
    if let Some(s) = spec.live.iter().find(|s| spec.invalid.contains(s)) {
        out.push(format!("verify: status {s} is both live and invalid"));
    }
    if spec
        .live
        .iter()
        .chain(&spec.invalid)
        .any(|s| !(100..600).contains(s))
    {
        out.push("verify: statuses must be HTTP statuses (100..599)".into());
    }
    for (label, from) in &spec.extract {
        let ok = from.starts_with('/')
            || from.strip_prefix("header:").is_some_and(|h| !h.is_empty())
            || from.strip_prefix("xml:").is_some_and(|t| !t.is_empty());
        if !ok {
            out.push(format!(
                "verify.extract.{label}: `{from}` is not `/json/pointer`, `header:Name` or `xml:Tag`"
            ));
        }
    }
    if let Some(f) = &spec.ok_field {
        if !f.starts_with('/') {
            out.push(format!("verify.ok_field `{f}` is not a JSON pointer"));
        }
    }
    out
}

/// The host of an `https://` URL (no user info, no port other than the default).
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let valid = !authority.is_empty()
        && authority
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    valid.then_some(authority)
}

/// The URL's path and query: what an override keeps when it replaces scheme, host and port.
pub fn path_and_query(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.find('/').map_or("/", |i| &rest[i..])
}

/// Percent-encodes everything but RFC 3986's unreserved characters (and `:` in a path, which
/// Telegram's `bot<id>:<token>` needs as it is).
pub fn encode(s: &str, keep_colon: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || (keep_colon && b == b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_from_https_urls_only() {
        assert_eq!(
            url_host("https://api.github.com/user"),
            Some("api.github.com")
        );
        assert_eq!(url_host("https://a.b?x=1"), Some("a.b"));
        assert_eq!(url_host("http://api.github.com/user"), None);
        assert_eq!(url_host("https://user@evil.example/"), None);
        assert_eq!(url_host("https://api.github.com:8443/"), None);
        assert_eq!(path_and_query("https://h/v1/me?x=1"), "/v1/me?x=1");
        assert_eq!(encode("a b:c/", true), "a%20b:c%2F");
    }
}
