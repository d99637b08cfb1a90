//! Preparing content for the matcher, once, the same way for every source: what kind of content
//! it is (text, UTF-16 text, binary, an archive), UTF-16 transcoded, and binary content reduced to
//! its printable string runs (as `strings` does) so that keys compiled into programs, `.pyc` files,
//! SQLite databases and PDFs are still found.
//!
//! May import: nothing of this crate.

/// Bytes examined for a NUL when deciding whether content is binary.
const BINARY_PROBE: usize = 8192;
/// The shortest printable run kept from binary content (as `strings -n 8`).
pub const MIN_STRING_RUN: usize = 8;

/// Archive formats expanded by the processor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveFormat {
    /// zip and its kin (jar, war, whl, nupkg, apk, docx…), recognised by their header.
    Zip,
    Gzip,
    Tar,
}

/// What content is, judged from its bytes (never from its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// UTF-16 with a byte-order mark and the look of text (`little`: FF FE).
    Utf16 {
        little: bool,
    },
    /// A byte-order mark without the look of UTF-16 text: matched both transcoded and raw.
    MaybeUtf16 {
        little: bool,
    },
    Archive(ArchiveFormat),
    Binary,
}

/// Decides what `bytes` are.
pub fn kind_of(bytes: &[u8]) -> Kind {
    if let Some(f) = archive_format(bytes) {
        return Kind::Archive(f);
    }
    // UTF-32LE with its byte-order mark (FF FE 00 00): searched through its string runs.
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        return Kind::Binary;
    }
    let little = match bytes {
        [0xFF, 0xFE, ..] => Some(true),
        [0xFE, 0xFF, ..] => Some(false),
        _ => None,
    };
    if let Some(little) = little {
        return if looks_like_utf16(&bytes[2..], little) {
            Kind::Utf16 { little }
        } else {
            Kind::MaybeUtf16 { little }
        };
    }
    if is_binary(bytes) {
        return Kind::Binary;
    }
    Kind::Text
}

fn archive_format(bytes: &[u8]) -> Option<ArchiveFormat> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Some(ArchiveFormat::Zip);
    }
    if bytes.starts_with(&[0x1F, 0x8B, 0x08]) {
        return Some(ArchiveFormat::Gzip);
    }
    if bytes.len() >= 512 && (&bytes[257..262] == b"ustar") {
        return Some(ArchiveFormat::Tar);
    }
    None
}

/// The 16-bit code units of `body`, in the byte order the byte-order mark gave.
fn utf16_units(body: &[u8], little: bool) -> impl Iterator<Item = u16> + '_ {
    body.chunks_exact(2).map(move |c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    })
}

/// Evidence that bytes after a byte-order mark are UTF-16 text: most code units decode to
/// characters that are not controls, and text that is mostly ASCII (configuration files, where
/// keys live) has a NUL in the high byte of most units. Two stray bytes `FF FE` in front of an
/// ASCII file give units such as `0x3D6B`, which decode but have no NULs.
fn looks_like_utf16(body: &[u8], little: bool) -> bool {
    let units: Vec<u16> = utf16_units(body, little).take(4096).collect();
    if units.is_empty() {
        return true;
    }
    let ascii = units.iter().filter(|&&u| u < 0x80).count();
    let controls = units
        .iter()
        .filter(|&&u| u < 0x20 && !matches!(u, 0x09 | 0x0A | 0x0D))
        .count();
    let bad = char::decode_utf16(units.iter().copied())
        .filter(Result::is_err)
        .count();
    ascii * 2 >= units.len() && controls * 50 <= units.len() && bad * 100 <= units.len()
}

/// Whether content looks binary: a NUL byte near the start, as git and ripgrep decide.
pub fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE)]).is_some()
}

/// The UTF-8 transcoding of UTF-16 `bytes` (after the byte-order mark).
pub fn decode_utf16(bytes: &[u8], little: bool) -> Vec<u8> {
    let body = bytes.get(2..).unwrap_or_default();
    char::decode_utf16(utf16_units(body, little))
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect::<String>()
        .into_bytes()
}

/// One printable run of binary content.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    /// Where the run starts in [`Strings::text`].
    pub text: usize,
    /// Where it starts in the binary content.
    pub raw: usize,
    pub len: usize,
    /// Bytes per character in the binary: 1 (ASCII), 2 (UTF-16LE) or 4 (UTF-32LE).
    pub width: usize,
}

/// The printable runs of binary content, one per line, and where each came from.
#[derive(Debug, Default)]
pub struct Strings {
    pub text: Vec<u8>,
    pub runs: Vec<Run>,
}

fn printable(b: u8) -> bool {
    (0x20..0x7F).contains(&b) || b == b'\t'
}

impl Strings {
    /// The ASCII, UTF-16LE and UTF-32LE runs of at least [`MIN_STRING_RUN`] printable characters in `bytes`.
    pub fn of(bytes: &[u8]) -> Strings {
        let mut s = Strings::default();
        let n = bytes.len();
        let mut i = 0;
        while i < n {
            if !printable(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && printable(bytes[i]) {
                i += 1;
            }
            if i - start >= MIN_STRING_RUN {
                s.push(&bytes[start..i], start, 1);
            }
        }
        // UTF-16LE and UTF-32LE: printable ASCII in the low byte, NULs in the others, at any
        // alignment.
        for width in [2, 4] {
            let wide = |i: usize| {
                i + width <= n
                    && printable(bytes[i])
                    && bytes[i + 1..i + width].iter().all(|&b| b == 0)
            };
            let mut i = 0;
            while i + 1 < n {
                if !wide(i) {
                    i += 1;
                    continue;
                }
                let start = i;
                let mut chars = Vec::new();
                while wide(i) {
                    chars.push(bytes[i]);
                    i += width;
                }
                if chars.len() >= MIN_STRING_RUN {
                    s.push(&chars, start, width);
                }
            }
        }
        s
    }

    fn push(&mut self, chars: &[u8], raw: usize, width: usize) {
        self.runs.push(Run {
            text: self.text.len(),
            raw,
            len: chars.len(),
            width,
        });
        self.text.extend_from_slice(chars);
        self.text.push(b'\n');
    }

    /// The run holding text offsets `start..end`, if one run holds both.
    pub fn run_of(&self, start: usize, end: usize) -> Option<&Run> {
        let i = self
            .runs
            .partition_point(|r| r.text <= start)
            .checked_sub(1)?;
        let r = &self.runs[i];
        (end <= r.text + r.len).then_some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_byte_order_mark_before_ascii_is_not_utf16() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend_from_slice(b"API_KEY=sk-live-abcdefghijklmnop\n");
        assert_eq!(kind_of(&bytes), Kind::MaybeUtf16 { little: true });
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("API_KEY=x\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(kind_of(&utf16), Kind::Utf16 { little: true });
        assert_eq!(decode_utf16(&utf16, true), b"API_KEY=x\n");
    }

    #[test]
    fn strings_finds_ascii_and_wide_runs_and_maps_them_back() {
        let mut bin = vec![0u8, 1, 2];
        bin.extend_from_slice(b"token=abcdefgh");
        bin.extend_from_slice(&[0, 0xFF]);
        let wide_at = bin.len();
        bin.extend("secret=12345678".encode_utf16().flat_map(u16::to_le_bytes));
        bin.extend_from_slice(b"\x01short\x02");
        let s = Strings::of(&bin);
        assert_eq!(s.text, b"token=abcdefgh\nsecret=12345678\n");
        assert_eq!(s.runs[0].raw, 3);
        assert_eq!(s.runs[1].width, 2);
        assert_eq!(s.runs[1].raw, wide_at);
        let r = s.run_of(16, 20).expect("in the wide run");
        assert_eq!(r.width, 2);
        assert!(s.run_of(10, 20).is_none(), "spans two runs");
        // UTF-32LE, as Windows tools and some runtimes write it.
        let utf32: Vec<u8> = "secret=12345678"
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        let s = Strings::of(&utf32);
        assert_eq!(s.text, b"secret=12345678\n");
        assert_eq!((s.runs[0].raw, s.runs[0].width), (0, 4));
    }

    #[test]
    fn archives_are_recognised_by_their_bytes() {
        assert_eq!(
            kind_of(b"PK\x03\x04rest"),
            Kind::Archive(ArchiveFormat::Zip)
        );
        assert_eq!(
            kind_of(&[0x1F, 0x8B, 0x08, 0]),
            Kind::Archive(ArchiveFormat::Gzip)
        );
        let mut tar = vec![0u8; 512];
        tar[257..262].copy_from_slice(b"ustar");
        assert_eq!(kind_of(&tar), Kind::Archive(ArchiveFormat::Tar));
        assert_eq!(kind_of(b"plain text"), Kind::Text);
        assert_eq!(kind_of(b"k=v\n\0"), Kind::Binary);
    }
}
