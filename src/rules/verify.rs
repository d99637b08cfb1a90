//! The `verify:` block of a rule: how to ask the provider whether a found credential is live.
//!
//! This is data only, part of the rule format; `crate::verify` checks it (`rules check`) and
//! sends the request. It lives here because a rule file is parsed here, and the rule format is
//! this module's job.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One read-only request to the provider's own API, and how to read its answer.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VerifySpec {
    /// `GET` or `POST`.
    pub method: String,
    /// An `https://` URL on `host`. With `secret.in: path`, `{secret}` marks where it goes.
    pub url: String,
    /// The only host the secret may be sent to: equal to the URL's host.
    pub host: String,
    /// Where the secret goes in the request.
    pub secret: SecretPlacement,
    /// Fixed headers the provider requires (an API version, a content type).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// A fixed request body (POST).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Statuses that mean the provider accepted the credential.
    pub live: Vec<u16>,
    /// Statuses that mean the provider says the credential is bad or revoked.
    pub invalid: Vec<u16>,
    /// A JSON pointer that must be `true` in a live answer (Slack answers 200 with
    /// `"ok": false` for a revoked token): false there means invalid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ok_field: Option<String>,
    /// What to report of a live answer: label -> `/json/pointer`, `header:Name` or `xml:Tag`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extract: BTreeMap<String, String>,
}

/// Where the secret is placed in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Placement {
    /// A header `name`, its value `prefix` + secret.
    Header,
    /// A query parameter `name`.
    Query,
    /// HTTP basic authentication with the secret as the user name and an empty password.
    BasicUser,
    /// HTTP basic authentication with the fixed user `name` and the secret as the password.
    BasicPassword,
    /// In the URL's path, where `{secret}` stands.
    Path,
    /// AWS Signature Version 4 with the access key id found beside the secret (rule `pair`).
    AwsSigv4,
}

/// The `secret:` of a verify block.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SecretPlacement {
    #[serde(rename = "in")]
    pub placement: Placement,
    /// The header or query parameter name, or the basic-auth user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Put before the secret in a header (`Bearer `).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// The rule whose finding in the same blob is the other half (AWS: the access key id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pair: Option<String>,
    /// AWS: the region and service to sign for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}
