//! Sending one verification request and reading its answer, with the client's safety settings:
//! certificate verification on (rustls with the Mozilla roots), no redirects followed, timeouts,
//! a bounded body, and `User-Agent: leakgate/<version>`.

use std::time::Duration;

/// The most bytes of an answer that are read.
const MAX_BODY: u64 = 1 << 20;

/// What came back.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A request ready to send.
pub struct Request {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

/// Why nothing usable came back.
pub enum Failure {
    Timeout,
    Other(String),
}

pub fn agent(timeout: Duration, use_env_proxy: bool) -> ureq::Agent {
    let mut config = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(0)
        .max_redirects_will_error(false)
        .http_status_as_error(false)
        .user_agent(format!("leakgate/{}", env!("CARGO_PKG_VERSION")))
        .max_idle_connections_per_host(2);
    if !use_env_proxy {
        config = config.proxy(None);
    }
    config.build().into()
}

pub fn send(agent: &ureq::Agent, req: &Request) -> Result<Answer, Failure> {
    let mut builder = ureq::http::Request::builder()
        .method(req.method)
        .uri(req.url.as_str());
    for (k, v) in &req.headers {
        builder = builder.header(k.as_str(), v.as_str());
    }
    let result = match &req.body {
        Some(body) => builder
            .body(body.clone())
            .map_err(|e| Failure::Other(format!("cannot build the request: {e}")))
            .and_then(|r| agent.run(r).map_err(failure)),
        None => builder
            .body(())
            .map_err(|e| Failure::Other(format!("cannot build the request: {e}")))
            .and_then(|r| agent.run(r).map_err(failure)),
    };
    let mut response = result?;
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
        .collect();
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(failure)?;
    Ok(Answer {
        status,
        headers,
        body,
    })
}

fn failure(e: ureq::Error) -> Failure {
    match e {
        ureq::Error::Timeout(_) => Failure::Timeout,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => Failure::Timeout,
        other => Failure::Other(other.to_string()),
    }
}
