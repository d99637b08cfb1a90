//! `LEAKGATE_VERIFY_OVERRIDE="<rule-id>=http://127.0.0.1:PORT,..."`: sends a rule's verification
//! to a local mock server instead of the provider, so tests run without the internet.
//!
//! Only loopback IP addresses are honoured; any other target is refused as a whole (exit 2)
//! before a single request is sent, so the variable can never redirect a secret elsewhere.

use std::collections::HashMap;
use std::net::IpAddr;

pub const VARIABLE: &str = "LEAKGATE_VERIFY_OVERRIDE";

/// Rule id -> `http://IP:PORT` (no trailing slash).
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    bases: HashMap<String, String>,
}

impl Overrides {
    /// Reads the variable; an unset or empty one is no override.
    pub fn from_env() -> Result<Overrides, String> {
        match std::env::var(VARIABLE) {
            Ok(v) => Overrides::parse(&v),
            Err(std::env::VarError::NotPresent) => Ok(Overrides::default()),
            Err(_) => Err(format!("{VARIABLE} is not UTF-8")),
        }
    }

    pub fn parse(text: &str) -> Result<Overrides, String> {
        let mut bases = HashMap::new();
        for entry in text.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let (rule, base) = entry
                .split_once('=')
                .ok_or_else(|| format!("{VARIABLE}: `{entry}` is not RULE-ID=URL"))?;
            let base = base.trim().trim_end_matches('/');
            if !is_loopback_base(base) {
                return Err(format!(
                    "{VARIABLE}: `{base}` is not http:// or https:// on a loopback address \
                     with a port (127.0.0.0/8 or [::1]); refusing to send any secret"
                ));
            }
            bases.insert(rule.trim().to_string(), base.to_string());
        }
        Ok(Overrides { bases })
    }

    pub fn base(&self, rule_id: &str) -> Option<&str> {
        self.bases.get(rule_id).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.bases.is_empty()
    }
}

/// `http://127.0.0.1:PORT` or `http://[::1]:PORT` (https too), nothing after the port.
fn is_loopback_base(base: &str) -> bool {
    let Some(authority) = base
        .strip_prefix("http://")
        .or_else(|| base.strip_prefix("https://"))
    else {
        return false;
    };
    let Some((host, port)) = authority.rsplit_once(':') else {
        return false;
    };
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) || port.len() > 5 {
        return false;
    }
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_addresses_are_honoured() {
        let o = Overrides::parse("a=http://127.0.0.1:8080/, b=http://[::1]:9").expect("loopback");
        assert_eq!(o.base("a"), Some("http://127.0.0.1:8080"));
        assert_eq!(o.base("b"), Some("http://[::1]:9"));
        for bad in [
            "a=http://localhost:80",
            "a=http://10.0.0.1:80",
            "a=http://127.0.0.1",
            "a=http://127.0.0.1:80/path",
            "a=http://127.0.0.1.evil.example:80",
            "a=http://user@127.0.0.1:80",
            "a=ftp://127.0.0.1:80",
            "a",
        ] {
            assert!(Overrides::parse(bad).is_err(), "{bad}");
        }
    }
}
