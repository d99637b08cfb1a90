//! Normalisation before matching: secrets that appear only in an encoded form.
//!
//! Three encodings hide keys from patterns written for their plain form:
//! - JSON / YAML string escapes (`\n` inside a PEM in a service-account file, `\/` in URLs, `\"`
//!   in JSON held inside a string, `\uXXXX`);
//! - percent-encoding (`https%3A%2F%2F…`, `%2F` inside a key passed in a query string);
//! - base64 values in Kubernetes `Secret` `data:` maps and `.dockerconfigjson` / `.dockercfg`
//!   entries, where the decoded bytes are text.
//!
//! Decoding is driven by cheap triggers: a blob with no `\` followed by `n` (except a `\n"` that
//! ends a string), `u`, `/` or `"`, no `%2F`, `%3A`, `%40`, `%2B` or `%3D`, no `data:` key and no
//! `.dockerc…` key costs three memchr-speed scans. Only the lines holding a trigger are decoded
//! (each with up to [`CONTEXT`] bytes of the text before it, so the key names that context rules
//! look for stay in view) into one reusable buffer with an offset map from decoded bytes back to
//! original spans. The same matcher runs over that buffer and every match is mapped back: it
//! starts at the first original byte of its first decoded byte and ends after the last original
//! byte of its last one. A decoded match that overlaps a plain match of the same rule is dropped
//! (the plain text already showed that secret). Every original byte is decoded at most once and
//! each trigger search resumes where the previous one stopped, so the cost stays linear in the
//! blob, minified and very long lines included.
//!
//! Findings keep the original (encoded) bytes as their secret: the fingerprint, redaction and
//! allowlists see what the file holds.

use super::Match;
use memchr::memmem;

/// How many bytes of original text before a decoded line are copied along with it (whole lines
/// only), so that variable names and enclosing keys stay near the decoded value.
pub const CONTEXT: usize = 512;

/// Shortest base64 value worth decoding (decodes to 9 bytes).
const MIN_BASE64: usize = 12;

/// One piece of the decoded text and the original bytes it came from.
#[derive(Debug, Clone, Copy)]
struct Seg {
    /// Where the piece starts in the decoded text.
    dec: usize,
    /// The original span: for a verbatim piece, decoded byte `dec + k` is original `orig + k`;
    /// otherwise every byte of the piece comes from the whole span.
    orig: usize,
    orig_end: usize,
    verbatim: bool,
}

/// The decoded form of a blob's encoded parts, with its offset map. Reused from blob to blob.
#[derive(Default)]
pub struct Decoded {
    text: Vec<u8>,
    segs: Vec<Seg>,
    /// Whether anything was actually decoded (as opposed to copied as context).
    changed: bool,
    /// Base64 values found on the piece being decoded.
    values: Vec<(usize, usize)>,
    /// Scratch for one decoded base64 value.
    b64: Vec<u8>,
    /// Matches found in `text`, before mapping.
    pub(crate) matches: Vec<Match>,
}

/// What set off decoding at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// An escape or a percent-encoded byte: decode the line.
    Line,
    /// A YAML block `data:` key at this indentation: base64 values in the lines indented deeper.
    DataBlock(usize),
    /// `"data": {` (JSON or YAML flow): base64 values up to the closing brace at this position.
    DataObject(usize),
    /// A `.dockerconfigjson` / `.dockercfg` key: its base64 value on this line.
    DockerConfig,
}

impl Decoded {
    /// The decoded text (valid after [`Decoded::decode`]).
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// Decodes the encoded parts of `bytes`. Returns false when there was nothing to decode, in
    /// which case there is nothing to match either.
    pub fn decode(&mut self, bytes: &[u8]) -> bool {
        self.decode_near(bytes, None)
    }

    /// Like [`Decoded::decode`], but with `keyword_hits` (sorted offsets of keyword hits in the
    /// plain text) a line whose only escapes are `\n`, `\t`, `\"` and the like is decoded only
    /// when a keyword stands on it or within [`CONTEXT`] bytes before it: those escapes do not
    /// hide keywords (a PEM's `BEGIN`, a variable name stay readable), and source code is full of
    /// such strings holding no secret, which would otherwise be matched twice for nothing. Lines
    /// with `\/`, `\uXXXX` or `%XX`, which can hide a keyword (`\/api\/webhooks\/`), and
    /// base64 maps, which hide every keyword, are always decoded.
    pub fn decode_near(&mut self, bytes: &[u8], keyword_hits: Option<&[usize]>) -> bool {
        self.text.clear();
        self.segs.clear();
        self.changed = false;
        let mut triggers = Triggers::default();
        // Everything before `cursor` has been decoded or needs no decoding.
        let mut cursor = 0;
        while let Some((pos, trigger)) = triggers.next(bytes, cursor) {
            let ls = line_start_from(bytes, cursor, pos);
            let le = line_end(bytes, pos);
            if let (Trigger::Line, Some(hits)) = (trigger, keyword_hits) {
                let lo = ls.saturating_sub(CONTEXT);
                let i = hits.partition_point(|&h| h < lo);
                if hits.get(i).is_none_or(|&h| h > le) && !may_hide_keyword(&bytes[ls..le]) {
                    cursor = le.max(pos + 1);
                    continue;
                }
            }
            self.open(bytes, ls);
            match trigger {
                Trigger::Line => {
                    self.decode_piece(bytes, ls, le);
                    cursor = le;
                }
                Trigger::DockerConfig => {
                    self.values.clear();
                    let colon = memchr::memchr(b':', &bytes[pos..le]).map(|i| pos + i);
                    if let Some(v) = colon.and_then(|c| value_after(bytes, c + 1, le)) {
                        self.values.push(v);
                    }
                    self.decode_piece(bytes, ls, le);
                    cursor = le;
                }
                Trigger::DataObject(brace) => {
                    let close =
                        memchr::memchr(b'}', &bytes[brace..]).map_or(bytes.len(), |i| brace + i);
                    let end = line_end(bytes, close);
                    self.values.clear();
                    for c in memchr::memchr_iter(b':', &bytes[brace..close]) {
                        if let Some(v) = value_after(bytes, brace + c + 1, close) {
                            self.values.push(v);
                        }
                    }
                    self.decode_piece(bytes, ls, end);
                    cursor = end;
                }
                Trigger::DataBlock(indent) => {
                    self.decode_piece(bytes, ls, le);
                    let mut at = le;
                    while at < bytes.len() {
                        let next = line_end(bytes, at);
                        let line = &bytes[at..next];
                        let ind = line
                            .iter()
                            .take_while(|&&b| b == b' ' || b == b'\t')
                            .count();
                        let blank = line[ind..].iter().all(|b| b.is_ascii_whitespace());
                        if !blank && ind <= indent {
                            break;
                        }
                        self.values.clear();
                        if let Some(c) = memchr::memchr(b':', line) {
                            if let Some(v) = value_after(bytes, at + c + 1, next) {
                                self.values.push(v);
                            }
                        }
                        self.decode_piece(bytes, at, next);
                        at = next;
                    }
                    cursor = at;
                }
            }
        }
        self.changed
    }

    /// The original span of decoded bytes `start..end`.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let (s, _) = self.locate(start);
        let (_, e) = self.locate(end.max(start + 1) - 1);
        (s, e.max(s))
    }

    fn locate(&self, i: usize) -> (usize, usize) {
        let k = self.segs.partition_point(|s| s.dec <= i).saturating_sub(1);
        match self.segs.get(k) {
            Some(seg) if seg.verbatim => {
                let o = seg.orig + (i - seg.dec);
                (o, o + 1)
            }
            Some(seg) => (seg.orig, seg.orig_end),
            None => (0, 0),
        }
    }

    /// Starts emitting at original line start `ls`: joins the previous piece when it ended within
    /// [`CONTEXT`] bytes, otherwise separates with a newline and copies up to [`CONTEXT`] bytes of
    /// whole lines before `ls`.
    fn open(&mut self, bytes: &[u8], ls: usize) {
        let prev_end = self.segs.last().map(|s| s.orig_end);
        match prev_end {
            Some(pe) if ls <= pe + CONTEXT => self.copy(bytes, pe.min(ls), ls),
            _ => {
                let floor = prev_end.unwrap_or(0);
                let lo = ls.saturating_sub(CONTEXT).max(floor);
                let from = if lo == 0 {
                    0
                } else {
                    memchr::memchr(b'\n', &bytes[lo - 1..ls]).map_or(ls, |i| lo + i)
                };
                if !self.text.is_empty() {
                    // A newline standing for the one that ends the line before `from`.
                    self.emit(b"\n", from.saturating_sub(1), from);
                }
                self.copy(bytes, from, ls);
            }
        }
    }

    /// Appends `bytes[s..e]` unchanged.
    fn copy(&mut self, bytes: &[u8], s: usize, e: usize) {
        if s >= e {
            return;
        }
        match self.segs.last_mut() {
            Some(last) if last.verbatim && last.orig_end == s => last.orig_end = e,
            _ => self.segs.push(Seg {
                dec: self.text.len(),
                orig: s,
                orig_end: e,
                verbatim: true,
            }),
        }
        self.text.extend_from_slice(&bytes[s..e]);
    }

    /// Appends `decoded`, which stands for original bytes `s..e`.
    fn emit(&mut self, decoded: &[u8], s: usize, e: usize) {
        self.segs.push(Seg {
            dec: self.text.len(),
            orig: s,
            orig_end: e,
            verbatim: false,
        });
        self.text.extend_from_slice(decoded);
    }

    /// Decodes `bytes[s..e]`: the base64 values in `self.values` (sorted, inside the span) where
    /// they decode to text, and escapes and percent-encoded bytes everywhere else.
    fn decode_piece(&mut self, bytes: &[u8], s: usize, e: usize) {
        let values = std::mem::take(&mut self.values);
        let mut at = s;
        for &(vs, ve) in &values {
            if vs < at || ve > e {
                continue;
            }
            if self.decode_base64(bytes, vs, ve) {
                self.decode_escapes(bytes, at, vs);
                self.emit_base64(vs);
                at = ve;
            }
        }
        self.decode_escapes(bytes, at, e);
        self.values = values;
        self.values.clear();
    }

    /// Copies `bytes[s..e]`, decoding escapes and percent-encoded bytes.
    fn decode_escapes(&mut self, bytes: &[u8], s: usize, e: usize) {
        let mut at = s;
        while at < e {
            let Some(i) = memchr::memchr2(b'\\', b'%', &bytes[at..e]).map(|i| at + i) else {
                break;
            };
            self.copy(bytes, at, i);
            let (len, decoded) = if bytes[i] == b'%' {
                match percent(bytes, i) {
                    Some(b) => (3, Utf8Buf::byte(b)),
                    None => (1, Utf8Buf::byte(b'%')),
                }
            } else {
                escape(&bytes[i..e])
            };
            if len == 1 {
                self.copy(bytes, i, i + 1);
            } else {
                self.emit(decoded.as_slice(), i, i + len);
                self.changed = true;
            }
            at = i + len;
        }
        self.copy(bytes, at, e);
    }

    /// Decodes the base64 value `bytes[s..e]` into `self.b64`; true when it is valid and text.
    fn decode_base64(&mut self, bytes: &[u8], s: usize, e: usize) -> bool {
        self.b64.clear();
        let value = &bytes[s..e];
        if value.len() < MIN_BASE64 || !value.len().is_multiple_of(4) {
            return false;
        }
        let body = value
            .strip_suffix(b"==")
            .or_else(|| value.strip_suffix(b"="))
            .unwrap_or(value);
        let mut acc: u32 = 0;
        let mut nbits = 0;
        for &c in body {
            let Some(v) = base64_value(c) else {
                return false;
            };
            acc = (acc << 6) | u32::from(v);
            nbits += 6;
            if nbits >= 8 {
                nbits -= 8;
                self.b64.push((acc >> nbits) as u8);
                acc &= (1 << nbits) - 1;
            }
        }
        is_text(&self.b64)
    }

    /// Emits the value decoded by [`Decoded::decode_base64`] at original offset `s`: each group of
    /// three decoded bytes stands for its four characters.
    fn emit_base64(&mut self, s: usize) {
        let decoded = std::mem::take(&mut self.b64);
        for (g, chunk) in decoded.chunks(3).enumerate() {
            self.emit(chunk, s + 4 * g, s + 4 * g + 4);
        }
        self.b64 = decoded;
        self.changed = true;
    }
}

/// The next trigger of each kind, so that each search resumes where it stopped: `None` until
/// searched, then the position found (`Some(None)` once there are no more).
#[derive(Default)]
struct Triggers {
    escape: Option<Option<usize>>,
    data: Option<Option<(usize, Trigger)>>,
    docker: Option<Option<usize>>,
}

/// Whether a cached search result no longer says where the next trigger at or after `from` is.
fn stale<T>(cached: &Option<Option<T>>, from: usize, pos: impl Fn(&T) -> usize) -> bool {
    match cached {
        None => true,
        Some(None) => false,
        Some(Some(t)) => pos(t) < from,
    }
}

impl Triggers {
    /// The first trigger at or after `from` (a line start). Where several share its line, a data
    /// map outranks a docker key, which outranks an escape: the first one's decoding covers the
    /// others'.
    fn next(&mut self, bytes: &[u8], from: usize) -> Option<(usize, Trigger)> {
        if stale(&self.escape, from, |&p| p) {
            self.escape = Some(next_escape(bytes, from));
        }
        if stale(&self.data, from, |&(p, _)| p) {
            self.data = Some(next_data(bytes, from));
        }
        if stale(&self.docker, from, |&p| p) {
            self.docker = Some(next_docker(bytes, from));
        }
        let candidates = [
            self.escape.flatten().map(|p| (p, Trigger::Line)),
            self.data.flatten(),
            self.docker.flatten().map(|p| (p, Trigger::DockerConfig)),
        ];
        let first = candidates.iter().flatten().map(|&(p, _)| p).min()?;
        let le = line_end(bytes, first);
        candidates
            .into_iter()
            .flatten()
            .filter(|&(p, _)| p < le)
            .min_by_key(|&(_, t)| rank(t))
    }
}

fn rank(t: Trigger) -> u8 {
    match t {
        Trigger::DataBlock(_) | Trigger::DataObject(_) => 0,
        Trigger::DockerConfig => 1,
        Trigger::Line => 2,
    }
}

/// The next `\` escape worth decoding or `%XX`, at or after `from`.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(i) = memchr::memchr2(b'\\', b'%', bytes.get(at..)?).map(|i| at + i) {
        let hit = if bytes[i] == b'%' {
            // Only the delimiters of URLs and keys: `%20` alone hides nothing worth a rescan.
            matches!(percent(bytes, i), Some(b'/' | b':' | b'@' | b'+' | b'='))
        } else {
            match bytes.get(i + 1) {
                // A `\n` that ends a string (`"…\n",` in notebooks and JSON lines) reveals nothing:
                // patterns already stop at the backslash.
                Some(b'n') => bytes.get(i + 2) != Some(&b'"'),
                Some(b'/' | b'"') => true,
                Some(b'u') => hex4(bytes, i + 2).is_some(),
                _ => false,
            }
        };
        if hit {
            return Some(i);
        }
        // `\\` is one escaped backslash: skip both so `\\n` is not read as `\n`.
        at = if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'\\') {
            i + 2
        } else {
            i + 1
        };
    }
    None
}

/// The next `data:` key that opens a map of base64 values.
fn next_data(bytes: &[u8], from: usize) -> Option<(usize, Trigger)> {
    let finder = memmem::Finder::new(b"data");
    let mut at = from;
    // The start of the line holding `scanned`, brought up to date only for a `data` that may be
    // a key: each byte is looked at once however long the line, and the many `data` of source
    // code (`->data`, `data_len`, `(data)`) cost two byte compares.
    let mut ls = from;
    let mut scanned = from;
    while let Some(i) = finder.find(bytes.get(at..)?).map(|i| at + i) {
        at = i + 4;
        // A key is preceded by its line's start, indentation, `- ` or `"`, and followed by
        // `"`, a blank or `:` (the full test below says which).
        let key_before = i == 0 || matches!(bytes[i - 1], b'\n' | b' ' | b'\t' | b'"');
        if !key_before || !matches!(bytes.get(i + 4), Some(b'"' | b' ' | b'\t' | b':')) {
            continue;
        }
        ls = memchr::memrchr(b'\n', &bytes[scanned..i]).map_or(ls, |k| scanned + k + 1);
        scanned = i;
        let quoted = i > 0 && bytes[i - 1] == b'"';
        let before = &bytes[ls..i - usize::from(quoted)];
        let indent = before
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let lead = &before[indent..];
        let yaml_key = !quoted && (lead.is_empty() || lead == b"- ");
        let json_key = quoted
            && matches!(
                lead.last().copied(),
                None | Some(b'{' | b',' | b' ' | b'\t')
            );
        if !yaml_key && !json_key {
            continue;
        }
        let mut j = i + 4 + usize::from(quoted && bytes.get(i + 4) == Some(&b'"'));
        if quoted && bytes.get(i + 4) != Some(&b'"') {
            continue;
        }
        j = skip_blanks(bytes, j);
        if bytes.get(j) != Some(&b':') {
            continue;
        }
        j = skip_blanks(bytes, j + 1);
        match bytes.get(j) {
            Some(b'{') => return Some((i, Trigger::DataObject(j))),
            None | Some(b'\n' | b'\r' | b'#') if yaml_key => {
                return Some((
                    i,
                    Trigger::DataBlock(indent + if lead.is_empty() { 0 } else { 2 }),
                ));
            }
            _ => {}
        }
    }
    None
}

/// The next `.dockerconfigjson` or `.dockercfg` key.
fn next_docker(bytes: &[u8], from: usize) -> Option<usize> {
    let finder = memmem::Finder::new(b".dockerc");
    let mut at = from;
    while let Some(i) = finder.find(bytes.get(at..)?).map(|i| at + i) {
        at = i + 8;
        let rest = &bytes[i + 1..];
        let key_len = if rest.starts_with(b"dockerconfigjson") {
            16
        } else if rest.starts_with(b"dockercfg") {
            9
        } else {
            continue;
        };
        let mut j = i + 1 + key_len;
        if matches!(bytes.get(j), Some(b'"' | b'\'')) {
            j += 1;
        }
        if bytes.get(skip_blanks(bytes, j)) == Some(&b':') {
            return Some(i);
        }
    }
    None
}

/// A base64 value after a `:` at `at` (blanks, an optional quote, the value, the closing quote or a
/// delimiter), before `limit`.
fn value_after(bytes: &[u8], at: usize, limit: usize) -> Option<(usize, usize)> {
    let mut s = skip_blanks(bytes, at);
    let quote = match bytes.get(s) {
        Some(&q @ (b'"' | b'\'')) => {
            s += 1;
            Some(q)
        }
        _ => None,
    };
    let e = s + bytes[s.min(limit)..limit]
        .iter()
        .take_while(|&&b| base64_value(b).is_some() || b == b'=')
        .count();
    let next = bytes.get(e).copied();
    let closed = match quote {
        Some(q) => next == Some(q),
        None => matches!(
            next,
            None | Some(b' ' | b'\t' | b'\r' | b'\n' | b',' | b'}' | b'#')
        ),
    };
    (closed && e > s).then_some((s, e))
}

fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// The start of the line holding `pos`, knowing that `from <= pos` is a line start (or that no
/// earlier line matters): the search never goes back past `from`, which keeps scans linear.
fn line_start_from(bytes: &[u8], from: usize, pos: usize) -> usize {
    memchr::memrchr(b'\n', &bytes[from..pos]).map_or(from, |i| from + i + 1)
}

/// Whether `line` holds `\/`, `\u` or `%`, which can hide a keyword (`\/api\/webhooks\/`): one
/// pass over the line's backslashes and percent signs, where two substring searches each set up
/// a searcher per line (source code has many such lines: `"%s\n"`).
fn may_hide_keyword(line: &[u8]) -> bool {
    memchr::memchr2_iter(b'\\', b'%', line)
        .any(|i| line[i] == b'%' || matches!(line.get(i + 1), Some(b'/' | b'u')))
}

/// Just past the `\n` that ends the line holding `pos` (or the end of the blob).
fn line_end(bytes: &[u8], pos: usize) -> usize {
    memchr::memchr(b'\n', &bytes[pos.min(bytes.len())..]).map_or(bytes.len(), |i| pos + i + 1)
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The byte `%XX` at `i` stands for.
fn percent(bytes: &[u8], i: usize) -> Option<u8> {
    let hi = hex(*bytes.get(i + 1)?)?;
    let lo = hex(*bytes.get(i + 2)?)?;
    Some(hi << 4 | lo)
}

fn hex4(bytes: &[u8], i: usize) -> Option<u16> {
    let digits = bytes.get(i..i + 4)?;
    digits
        .iter()
        .try_fold(0u16, |acc, &d| Some(acc << 4 | u16::from(hex(d)?)))
}

/// Up to four bytes of decoded text.
struct Utf8Buf {
    bytes: [u8; 4],
    len: usize,
}

impl Utf8Buf {
    fn byte(b: u8) -> Utf8Buf {
        Utf8Buf {
            bytes: [b, 0, 0, 0],
            len: 1,
        }
    }

    fn char(c: char) -> Utf8Buf {
        let mut bytes = [0; 4];
        let len = c.encode_utf8(&mut bytes).len();
        Utf8Buf { bytes, len }
    }

    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// The escape at the start of `s` (which starts with `\`): how many bytes it spans and what it
/// stands for. A span of 1 means "not an escape: copy the backslash".
fn escape(s: &[u8]) -> (usize, Utf8Buf) {
    let simple = |b| (2, Utf8Buf::byte(b));
    match s.get(1) {
        Some(b'n') => simple(b'\n'),
        Some(b'r') => simple(b'\r'),
        Some(b't') => simple(b'\t'),
        Some(b'/') => simple(b'/'),
        Some(b'"') => simple(b'"'),
        Some(b'\\') => simple(b'\\'),
        Some(b'u') => {
            let Some(unit) = hex4(s, 2) else {
                return (1, Utf8Buf::byte(b'\\'));
            };
            if (0xD800..0xDC00).contains(&unit)
                && s.get(6) == Some(&b'\\')
                && s.get(7) == Some(&b'u')
            {
                if let Some(low) = hex4(s, 8).filter(|l| (0xDC00..0xE000).contains(l)) {
                    let c =
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    if let Some(c) = char::from_u32(c) {
                        return (12, Utf8Buf::char(c));
                    }
                }
            }
            match char::from_u32(u32::from(unit)) {
                Some(c) => (6, Utf8Buf::char(c)),
                None => (1, Utf8Buf::byte(b'\\')),
            }
        }
        _ => (1, Utf8Buf::byte(b'\\')),
    }
}

fn base64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Whether decoded bytes are text worth matching: UTF-8 with no control characters but tab, CR and
/// LF.
fn is_text(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && std::str::from_utf8(bytes).is_ok()
        && bytes
            .iter()
            .all(|&b| (b >= 0x20 && b != 0x7f) || matches!(b, b'\t' | b'\n' | b'\r'))
}

/// Runs `find` over the decoded form of `bytes` and appends what it finds at original offsets to
/// `out`, except matches that overlap one of the same rule in `out[first..]` (the plain text
/// already showed that secret). Returns whether anything was appended; `out[first..]` stays sorted
/// by start, end and rule.
pub(crate) fn find_decoded<F>(
    bytes: &[u8],
    keyword_hits: &[usize],
    decoded: &mut Decoded,
    out: &mut Vec<Match>,
    first: usize,
    mut find: F,
) -> bool
where
    F: FnMut(&[u8], &mut Vec<Match>),
{
    if !decoded.decode_near(bytes, Some(keyword_hits)) {
        return false;
    }
    let mut found = std::mem::take(&mut decoded.matches);
    found.clear();
    find(&decoded.text, &mut found);
    let plain_end = out.len();
    if !found.is_empty() {
        // Same-rule matches never overlap one another, so sorted by (rule, start) their ends are
        // sorted too: the last one starting before a span's end is the only one that can overlap it.
        let mut plain: Vec<(usize, usize, usize)> = out[first..]
            .iter()
            .map(|m| (m.rule, m.start, m.end))
            .collect();
        plain.sort_unstable();
        for m in &found {
            let (start, end) = decoded.original(m.start, m.end);
            let k = plain.partition_point(|&(r, s, _)| (r, s) < (m.rule, end));
            let overlaps = k > 0 && {
                let (r, _, e) = plain[k - 1];
                r == m.rule && e > start
            };
            if !overlaps {
                out.push(Match {
                    rule: m.rule,
                    start,
                    end,
                    decoded: Some(std::sync::Arc::from(&decoded.text[m.start..m.end])),
                });
            }
        }
    }
    decoded.matches = found;
    if out.len() == plain_end {
        return false;
    }
    let added = &mut out[first..];
    added.sort_unstable_by_key(|m| (m.start, m.end, m.rule));
    let mut k = first;
    for j in first..out.len() {
        if k == first || out[k - 1] != out[j] {
            out.swap(k, j);
            k += 1;
        }
    }
    out.truncate(k);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(input: &str) -> (String, Decoded) {
        let mut d = Decoded::default();
        d.decode(input.as_bytes());
        (String::from_utf8_lossy(d.text()).into_owned(), d)
    }

    /// The original text a decoded substring maps back to.
    fn back<'a>(input: &'a str, d: &Decoded, needle: &str) -> &'a str {
        let text = String::from_utf8_lossy(d.text()).into_owned();
        let at = text.find(needle).expect("needle in decoded text");
        let (s, e) = d.original(at, at + needle.len());
        &input[s..e]
    }

    #[test]
    fn escaped_lines_without_a_keyword_nearby_are_left_alone() {
        let src = b"printk(\"probe\\nfailed\");\nkey = \"-----BEGIN\\nabc\";\n";
        let mut d = Decoded::default();
        // No keyword hit: the `\n` lines hold nothing worth a second match.
        assert!(!d.decode_near(src, Some(&[])));
        // A hit on the second line decodes that line (and only lines near a hit).
        let hit = src.windows(5).position(|w| w == b"BEGIN").expect("keyword");
        assert!(d.decode_near(src, Some(&[hit])));
        let text = String::from_utf8_lossy(d.text()).into_owned();
        assert!(
            text.contains("-----BEGIN\nabc") && !text.contains("probe\nfailed"),
            "{text}"
        );
        // `\/` can hide a keyword (`\/api\/webhooks\/`): decoded whatever the hits.
        assert!(d.decode_near(
            b"u = \"https:\\/\\/x.invalid\\/api\\/webhooks\\/1\"\n",
            Some(&[])
        ));
    }

    #[test]
    fn plain_text_is_not_decoded() {
        let mut d = Decoded::default();
        assert!(!d.decode(b"let x = 100; // 50% of it\nmetadata:\n  name: x\nC:\\\\Users\n"));
        assert!(!d.decode(b""));
        assert!(!d.decode(b"  \"print(x)\\n\",\n  \"GET /a%20b\\n\"\n"));
    }

    #[test]
    fn json_escapes_map_back() {
        let input = "a = 1\nk = \"x\\ny\\/z\\u0041\\\"q\\\\n\"\nb = 2\n";
        let (text, d) = decode(input);
        assert_eq!(text, "a = 1\nk = \"x\ny/zA\"q\\n\"\n");
        assert_eq!(back(input, &d, "y/zA"), "y\\/z\\u0041");
        assert_eq!(back(input, &d, "\"q"), "\\\"q");
    }

    #[test]
    fn surrogate_pairs_and_bad_escapes() {
        let (text, _) = decode("x \\ud83d\\ude00 \\uZZZZ \\ud800 \\n\n");
        assert_eq!(text, "x \u{1F600} \\uZZZZ \\ud800 \n\n");
    }

    #[test]
    fn percent_encoding_maps_back() {
        let input = "go https%3A%2F%2Fu%3Ap%40h.test\n";
        let (text, d) = decode(input);
        assert_eq!(text, "go https://u:p@h.test\n");
        assert_eq!(back(input, &d, "://u"), "%3A%2F%2Fu");
    }

    #[test]
    fn kubernetes_data_block_is_decoded_per_quantum() {
        let input = "kind: Secret\ndata:\n  KEY: aGVsbG8gd29ybGQgc2VjcmV0\n  bin: AAECAwQFBgcICQoL\nother: x\n";
        let (text, d) = decode(input);
        assert!(text.contains("  KEY: hello world secret\n"), "{text}");
        assert!(
            text.contains("  bin: AAECAwQFBgcICQoL\n"),
            "binary stays encoded: {text}"
        );
        assert!(!text.contains("other"), "{text}");
        assert_eq!(back(input, &d, "world"), "d29ybGQg");
        assert_eq!(
            back(input, &d, "hello world secret"),
            "aGVsbG8gd29ybGQgc2VjcmV0"
        );
    }

    #[test]
    fn json_data_object_and_docker_config() {
        let input = "{\"kind\":\"Secret\",\"data\":{\"a\":\"aGVsbG8gd29ybGQh\",\"b\":\"dGhlcmUgYW5kIGJhY2s=\"}}\n";
        let (text, _) = decode(input);
        assert!(
            text.contains("\"a\":\"hello world!\",\"b\":\"there and back\""),
            "{text}"
        );
        let input = "  .dockerconfigjson: eyJhdXRocyI6e319\n";
        let (text, _) = decode(input);
        assert_eq!(text, "  .dockerconfigjson: {\"auths\":{}}\n");
    }

    #[test]
    fn context_before_a_decoded_line_is_kept() {
        let mut input = String::from("far away\n");
        input.push_str(&"filler line\n".repeat(100));
        input.push_str("name = \"api\"\nvalue = \"a\\/b\"\n");
        let (text, d) = decode(&input);
        assert!(text.starts_with("filler line\n"), "{text}");
        assert!(!text.contains("far away"));
        assert!(text.ends_with("name = \"api\"\nvalue = \"a/b\"\n"));
        assert_eq!(back(&input, &d, "a/b"), "a\\/b");
    }

    #[test]
    fn arbitrary_input_never_panics_and_maps_inside_the_blob() {
        const PIECES: &[&str] = &[
            "\\",
            "n",
            "u",
            "d83d",
            "\"",
            "/",
            "%",
            "2F",
            "4",
            "data",
            ":",
            " ",
            "\n",
            "{",
            "}",
            "- ",
            "aGVsbG8gd29ybGQh",
            "=",
            ".dockerconfigjson",
            "'",
            ",",
            "\r",
            "\\u00e9",
            "\\n",
            "\\/",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut d = Decoded::default();
        for _ in 0..3000 {
            let mut input = String::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            for _ in 0..(x % 60) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                input.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
            }
            d.decode(input.as_bytes());
            let mut last = 0;
            for i in 0..d.text().len() {
                let (s, e) = d.original(i, i + 1);
                assert!(s < e && e <= input.len(), "{input:?} at {i}");
                assert!(s >= last || d.text()[i] == b'\n', "{input:?} at {i}");
                last = s;
            }
        }
    }

    #[test]
    fn long_escaped_line_decodes_once() {
        let line = "x\\/y%20".repeat(200_000);
        let mut d = Decoded::default();
        assert!(d.decode(line.as_bytes()));
        assert_eq!(d.text().len(), 200_000 * 4);
        assert!(d.segs.len() <= 200_000 * 4 + 1);
    }
}
