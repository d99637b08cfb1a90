//! Preparing content for the matcher, once, the same way for every source: text as it is, UTF-16
//! transcoded, binary content set aside.
//!
//! May import: nothing of this crate.

use std::borrow::Cow;

/// Bytes examined for a NUL when deciding whether content is binary.
const BINARY_PROBE: usize = 8192;

/// Content as the matcher will see it.
pub enum Prepared<'a> {
    /// Text (UTF-8, or bytes that are not binary), possibly transcoded.
    Text(Cow<'a, [u8]>),
    /// Binary content.
    Binary,
}

/// Prepares `bytes` for matching.
pub fn prepare(bytes: &[u8]) -> Prepared<'_> {
    if let Some(text) = decode_utf16(bytes) {
        return Prepared::Text(Cow::Owned(text.into_bytes()));
    }
    if is_binary(bytes) {
        return Prepared::Binary;
    }
    Prepared::Text(Cow::Borrowed(bytes))
}

/// Whether content looks binary: a NUL byte near the start, as git and ripgrep decide.
pub fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE)]).is_some()
}

/// If `bytes` is UTF-16 text with a byte-order mark, its UTF-8 transcoding.
pub fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}
