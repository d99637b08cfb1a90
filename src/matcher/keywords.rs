//! The keyword prefilter: every occurrence of every rule keyword (ASCII case-insensitive), found
//! by one Aho-Corasick DFA walked over several stretches of a blob at once, once the scan is
//! large enough to pay for building it (before that, a compact automaton: [`DFA_AFTER_BYTES`]).
//!
//! A DFA search is one table load per byte, each load waiting on the previous one: with the
//! catalogue's 1,700 keywords the table is several megabytes and the search is bound by that
//! latency, not by the work per byte (keyword hits are a few per 100 KB of source code). Walking
//! [`STREAMS`] independent stretches in one loop lets the processor overlap their loads: about
//! twice the throughput of one walk, for the same matches. A stretch starts `longest - 1` bytes
//! before its share of the blob, so a keyword that crosses a boundary is seen whole by the
//! stretch in which it ends, and each stretch reports only the matches ending in its own share.
//!
//! The walk does not use the Aho-Corasick DFA's own table but a copy re-encoded for it
//! ([`DenseDfa`]): rows exactly as wide as the keywords' byte classes instead of a power of two,
//! and match states numbered first. Half the table (3.3 MB against 6.2 MB for the catalogue's
//! 2,300 keywords) means fewer cache misses per byte: 30-38% less time for the same matches
//! (standalone benchmark over 122 MB of kernel sources, 16 KB blobs).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, BuildError, MatchKind,
};

/// Stretches walked together. Measured on linux-source (2 cores): 2 streams 1.8x the throughput
/// of one, 4 streams about 2.1x; more adds register pressure for little.
const STREAMS: usize = 4;
/// Below this many bytes per stretch, one walk: the overlaps (up to the longest keyword, 35 bytes
/// in the catalogue) would cost more than they save. Most source files are a few KB.
const MIN_STRETCH: usize = 256;
/// Bytes searched with the compact automaton before the DFA is built. The DFA over the
/// catalogue's ~1,900 keywords is about 5 MB and takes milliseconds to build; the compact
/// automaton is a fraction of that in memory and build time but slower per byte. A commit hook
/// or a scan of a few files stays under this and never pays for the DFA (one small file: 1.2 MB
/// less peak memory); a tree or a history passes it in its first files and runs on the DFA.
const DFA_AFTER_BYTES: usize = 4 << 20;

/// Finds keyword occurrences; see the module documentation.
pub struct KeywordSearcher {
    /// The literals, kept to build the DFA when the scan turns out large.
    literals: Vec<String>,
    /// A contiguous NFA: built at once, small, used until [`DFA_AFTER_BYTES`] have been searched
    /// (and for good should the DFA not build, as for a user catalogue too large for one).
    compact: AhoCorasick,
    /// The DFA and the longest literal, built by the first search after [`DFA_AFTER_BYTES`];
    /// `None` inside when it does not build.
    dfa: OnceLock<Option<(DenseDfa, usize)>>,
    /// Bytes searched so far, by every thread.
    searched: AtomicUsize,
    /// [`DFA_AFTER_BYTES`], but for tests of both automata.
    dfa_after: usize,
}

impl KeywordSearcher {
    /// An automaton over `literals` (matched ASCII case-insensitively); pattern `i` is
    /// `literals[i]`.
    pub fn new(literals: &[String]) -> Result<KeywordSearcher, BuildError> {
        KeywordSearcher::with_dfa_after(literals, DFA_AFTER_BYTES)
    }

    /// As [`KeywordSearcher::new`], building the DFA after `dfa_after` bytes.
    fn with_dfa_after(
        literals: &[String],
        dfa_after: usize,
    ) -> Result<KeywordSearcher, BuildError> {
        let compact = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(literals)?;
        Ok(KeywordSearcher {
            literals: literals.to_vec(),
            compact,
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
            dfa_after,
        })
    }

    /// The DFA, once enough bytes have been searched to pay for building it.
    fn dfa(&self, len: usize) -> Option<&(DenseDfa, usize)> {
        if let Some(built) = self.dfa.get() {
            return built.as_ref();
        }
        let searched = self
            .searched
            .fetch_add(len, Ordering::Relaxed)
            .saturating_add(len);
        if searched < self.dfa_after {
            return None;
        }
        self.dfa
            .get_or_init(|| {
                let longest = self.literals.iter().map(String::len).max().unwrap_or(0);
                aho_corasick::dfa::Builder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    // A prefilter is only ever used from the start state; over 1,900 keywords
                    // there is none worth having, and its checks would sit in the per-byte loop.
                    .prefilter(false)
                    .build(&self.literals)
                    .ok()
                    .and_then(|dfa| DenseDfa::new(&dfa, &self.literals))
                    .map(|dense| (dense, longest))
            })
            .as_ref()
    }

    /// Calls `found(pattern, start)` for every occurrence of every literal in `bytes`,
    /// overlapping ones included. Occurrences come in no particular order.
    pub fn for_each(&self, bytes: &[u8], mut found: impl FnMut(usize, usize)) {
        let Some((dfa, longest)) = self.dfa(bytes.len()) else {
            for m in self.compact.find_overlapping_iter(bytes) {
                found(m.pattern().as_usize(), m.start());
            }
            return;
        };
        let longest = *longest;
        let stretch = bytes.len() / STREAMS;
        if longest == 0 || stretch < MIN_STRETCH.max(2 * longest) {
            walk(dfa, bytes, 0, 0, &mut found);
        } else {
            walk_together(dfa, bytes, longest, stretch, &mut found);
        }
    }
}

/// The keyword DFA re-encoded for the walk (see the module documentation): states numbered
/// densely, match states first, each row as wide as the number of byte classes (bytes that move
/// every state alike), state ids premultiplied by that width. A step is one class lookup and one
/// table load; one compare says whether the state matches.
struct DenseDfa {
    class: [u8; 256],
    trans: Vec<u32>,
    start: u32,
    /// Ids below this are match states.
    match_below: u32,
    width: u32,
    /// Per match state (id / width): its range of `outputs`.
    ranges: Vec<(u32, u32)>,
    /// (pattern, length) of each keyword a match state reports.
    outputs: Vec<(u32, u32)>,
}

impl DenseDfa {
    /// `dfa`, built over `literals`, re-encoded; `None` where the table would not fit `u32`
    /// ids.
    ///
    /// The byte classes come from the literals: a byte that no literal holds, in either case,
    /// moves every state as every other such byte does (back along failure links to the
    /// root's), and the two cases of an ASCII letter move every state alike (the automaton is
    /// ASCII case-insensitive). So one class per byte the literals hold (both cases of a letter
    /// together) and one for all the rest, and the walk below reads one byte per class: states
    /// x classes steps, where reading all 256 bytes took half a second in a debug build, more
    /// than the fuzz tests allow one case.
    fn new(dfa: &DFA, literals: &[String]) -> Option<DenseDfa> {
        let start = dfa.start_state(Anchored::No).ok()?;
        let next = |s: StateID, b: u8| dfa.next_state(Anchored::No, s, b);
        let mut held = [false; 256];
        for b in literals.iter().flat_map(|l| l.bytes()) {
            held[usize::from(b.to_ascii_lowercase())] = true;
        }
        let mut class = [0u8; 256];
        // The byte that stands for each class; class 0 is every byte no literal holds.
        let mut firsts: Vec<u8> = Vec::new();
        if let Some(other) = (0..=255u8).find(|&b| !held[usize::from(b.to_ascii_lowercase())]) {
            firsts.push(other);
        }
        let others = firsts.len();
        for b in 0..=255u8 {
            let folded = b.to_ascii_lowercase();
            if !held[usize::from(folded)] {
                continue;
            }
            if folded == b {
                firsts.push(b);
            }
        }
        for b in 0..=255u8 {
            let folded = b.to_ascii_lowercase();
            class[usize::from(b)] = if held[usize::from(folded)] {
                let k = firsts[others..].iter().position(|&f| f == folded)? + others;
                u8::try_from(k).ok()?
            } else {
                0
            };
        }
        let width = firsts.len();
        // Every state reachable from the start, in the order first reached, with its row of
        // next states (as DFA ids); `number` holds, by state id (an offset into the DFA's own
        // table), the state's place in `order` plus one.
        let mut number: Vec<u32> = vec![0; start.as_usize() + 1];
        number[start.as_usize()] = 1;
        let mut order = vec![start];
        let mut rows: Vec<StateID> = Vec::new();
        let mut i = 0;
        while i < order.len() {
            let s = order[i];
            for &b in &firsts {
                let n = next(s, b);
                rows.push(n);
                let at = n.as_usize();
                if at >= number.len() {
                    number.resize(at + 1, 0);
                }
                if number[at] == 0 {
                    order.push(n);
                    number[at] = u32::try_from(order.len()).ok()?;
                }
            }
            i += 1;
        }
        // Match states first, the rest after, each in the order reached.
        let mut place: Vec<usize> = (0..order.len()).collect();
        place.sort_by_key(|&k| !dfa.is_match(order[k]));
        let matching = order.iter().filter(|&&s| dfa.is_match(s)).count();
        for (new, &old) in place.iter().enumerate() {
            number[order[old].as_usize()] = u32::try_from(new).ok()?;
        }
        let w = u32::try_from(width).ok()?;
        let total = order.len().checked_mul(width)?;
        u32::try_from(total).ok()?;
        let mut trans = Vec::with_capacity(total);
        for &old in &place {
            for &n in &rows[old * width..(old + 1) * width] {
                trans.push(number[n.as_usize()] * w);
            }
        }
        let mut ranges = Vec::with_capacity(matching);
        let mut outputs = Vec::new();
        for &old in &place[..matching] {
            let s = order[old];
            let from = u32::try_from(outputs.len()).ok()?;
            for k in 0..dfa.match_len(s) {
                let p = dfa.match_pattern(s, k);
                outputs.push((p.as_u32(), u32::try_from(dfa.pattern_len(p)).ok()?));
            }
            ranges.push((from, u32::try_from(outputs.len()).ok()?));
        }
        Some(DenseDfa {
            class,
            trans,
            start: number[start.as_usize()] * w,
            match_below: u32::try_from(matching).ok()? * w,
            width: w,
            ranges,
            outputs,
        })
    }

    #[inline(always)]
    fn next(&self, sid: u32, byte: u8) -> u32 {
        self.trans[sid as usize + usize::from(self.class[usize::from(byte)])]
    }

    #[inline(always)]
    fn is_match(&self, sid: u32) -> bool {
        sid < self.match_below
    }
}

/// Reports the matches of match state `sid` reached after the byte at `end - 1`. Kept out of
/// line: inlined four times into the lanes' loop, the caller's bookkeeping made the loop twice as
/// slow (standalone benchmark: 0.63-0.74 s against 0.31-0.34 s over 192 MB).
#[cold]
#[inline(never)]
fn report(dfa: &DenseDfa, sid: u32, end: usize, found: &mut impl FnMut(usize, usize)) {
    let (from, to) = dfa.ranges[(sid / dfa.width) as usize];
    for &(p, len) in &dfa.outputs[from as usize..to as usize] {
        found(p as usize, end - len as usize);
    }
}

/// One walk over `bytes[from..]` from the start state, reporting matches that end after
/// `report_after`.
fn walk(
    dfa: &DenseDfa,
    bytes: &[u8],
    from: usize,
    report_after: usize,
    found: &mut impl FnMut(usize, usize),
) {
    let mut sid = dfa.start;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        sid = dfa.next(sid, b);
        if dfa.is_match(sid) && i + 1 > report_after {
            report(dfa, sid, i + 1, found);
        }
    }
}

/// [`STREAMS`] walks in one loop. Stream `j` owns the matches ending in
/// `(j * stretch, (j + 1) * stretch]` (the last one up to the end) and starts reading
/// `longest - 1` bytes before its share; all streams step the same number of bytes together,
/// then each finishes its own share alone.
fn walk_together(
    dfa: &DenseDfa,
    bytes: &[u8],
    longest: usize,
    stretch: usize,
    found: &mut impl FnMut(usize, usize),
) {
    let mut sid = [dfa.start; STREAMS];
    let mut begin = [0usize; STREAMS];
    for (j, b) in begin.iter_mut().enumerate().skip(1) {
        *b = j * stretch + 1 - longest;
    }
    // Every stream has at least `stretch` bytes to read: the common loop needs no bounds checks
    // beyond the slices taken here.
    let lanes: [&[u8]; STREAMS] = std::array::from_fn(|j| &bytes[begin[j]..begin[j] + stretch]);
    // One index into four lanes: the loads of the lanes' states are what overlap.
    #[allow(clippy::needless_range_loop)]
    for i in 0..stretch {
        for j in 0..STREAMS {
            let s = dfa.next(sid[j], lanes[j][i]);
            sid[j] = s;
            if dfa.is_match(s) {
                let end = begin[j] + i + 1;
                if end > j * stretch {
                    report(dfa, s, end, found);
                }
            }
        }
    }
    for j in 0..STREAMS {
        let stop = if j == STREAMS - 1 {
            bytes.len()
        } else {
            (j + 1) * stretch
        };
        let mut s = sid[j];
        for (p, &b) in bytes[..stop].iter().enumerate().skip(begin[j] + stretch) {
            s = dfa.next(s, b);
            if dfa.is_match(s) && p + 1 > j * stretch {
                report(dfa, s, p + 1, found);
            }
        }
    }
}

/// Words (or the part of them that tells them apart) common in code and prose that hold a rule
/// keyword but never name that provider: `cohere` in `coherent` and `coherence` (13,466 hits
/// in the Linux kernel), `conda` in `secondary`, `vertica` in `vertical`, `nfo_` in `info_`,
/// `ably` in `probably`. A keyword hit inside one of them opens no regex window and places no
/// assignment pass; like a hit in another case it still places decoding. `rules check` rejects a
/// keyword inside a word of [`super::check::WORDS_IN_CODE`] that this list does not cover.
pub const NOT_A_NAME: &[&str] = &[
    "coheren",
    "info_",
    "notably",
    "preferably",
    "presumably",
    "probably",
    "reasonably",
    "reliably",
    "secondar",
    "vertical",
];

/// A word of [`NOT_A_NAME`] that holds a keyword, and where: the keyword starts `offset` bytes
/// into `word`.
pub struct WordAround {
    offset: usize,
    word: &'static [u8],
}

/// Every place `keyword` (lower case) stands inside a longer word of [`NOT_A_NAME`].
pub fn words_around(keyword: &str) -> Vec<WordAround> {
    let k = keyword.as_bytes();
    let mut found = Vec::new();
    for w in NOT_A_NAME {
        let word = w.as_bytes();
        if k.is_empty() || word.len() <= k.len() {
            continue;
        }
        for offset in 0..=word.len() - k.len() {
            if &word[offset..offset + k.len()] == k {
                found.push(WordAround { offset, word });
            }
        }
    }
    found
}

/// Whether the keyword hit at `start` in `bytes` stands inside one of `words`, in any case.
pub fn inside_word(bytes: &[u8], start: usize, words: &[WordAround]) -> bool {
    words.iter().any(|w| {
        start >= w.offset
            && bytes
                .get(start - w.offset..start - w.offset + w.word.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(w.word))
    })
}

/// What the engine infers from a rule's pattern text, read once: the engine asks about every
/// keyword of a rule (150 for the generic password rule), and reading the pattern again for each
/// one was most of the work of building the keyword tables at start-up.
pub struct PatternShape<'a> {
    /// The `secret` group's contents, where the pattern sets no `i` or `x` flag, and whether
    /// they have a `|` at their own level.
    exact_group: Option<(&'a [u8], bool)>,
    /// [`secret_group_at_start`], and whether it has a `|` at its own level.
    at_start: Option<(&'a [u8], bool)>,
    /// The pattern in lower case, where it sets no `x` flag.
    lower: Option<Vec<u8>>,
}

impl<'a> PatternShape<'a> {
    pub fn of(pattern: &'a str) -> PatternShape<'a> {
        let with_alternation = |g: &'a str| (g.as_bytes(), has_alternation_at_top(g.as_bytes()));
        let exact_group = if turns_on_flag(pattern, b"ix") {
            None
        } else {
            ["(?P<secret>", "(?<secret>"]
                .iter()
                .find_map(|open| pattern.find(open).map(|i| &pattern[i + open.len()..]))
                .map(with_alternation)
        };
        let lower =
            (!turns_on_flag(pattern, b"x")).then(|| pattern.to_ascii_lowercase().into_bytes());
        PatternShape {
            exact_group,
            at_start: secret_group_at_start(pattern).map(with_alternation),
            lower,
        }
    }

    /// Whether every match of the pattern has a `secret` that starts with `keyword` exactly, in its
    /// case: then a keyword hit in another case (`CIO` for crates.io's `cio…` tokens, `sg.` for
    /// SendGrid's `SG.…`) cannot be the start of a match and need not open a regex window.
    ///
    /// Inferred from the pattern's text, conservatively: the `secret` group must begin with the
    /// keyword's characters as plain literals (`\.` and the like allowed), not followed by a
    /// quantifier, with no `|` at the group's own level, and the pattern must set no `i` (case) or
    /// `x` (spacing) flag anywhere. Anything else is treated as case-insensitive, as before.
    pub fn secret_starts_with_exact(&self, keyword: &str) -> bool {
        match self.exact_group {
            Some((group, alternation)) if !keyword.is_empty() => {
                !alternation && literal_prefix(group, keyword, false)
            }
            _ => false,
        }
    }

    /// Whether every match of the pattern is its `secret` group and nothing more before it: the
    /// pattern is leading flag groups (`(?-u)`, `(?i)`) and word boundaries (`\b`), then the group,
    /// with no `|` at the pattern's own level. Such a rule reads no variable name: the assignment
    /// pass, which rewrites a value under its name, finds in the value exactly what the pattern
    /// finds in place, so its keyword hits need not place that pass. Inferred from the text,
    /// conservatively (`(?x)` patterns are never such).
    pub fn match_is_secret(&self) -> bool {
        self.at_start.is_some()
    }

    /// Whether every match of the pattern starts where a hit of `keyword` starts: the match is its
    /// `secret` ([`PatternShape::match_is_secret`]) and the group begins with the keyword's
    /// characters as plain literals, in any case when the pattern folds case. A hit then needs no
    /// window before it.
    pub fn match_starts_with(&self, keyword: &str) -> bool {
        match self.at_start {
            Some((group, alternation)) if !keyword.is_empty() => {
                !alternation && literal_prefix(group, keyword, true)
            }
            _ => false,
        }
    }

    /// Whether the pattern asks for a word boundary (`\b`) before every place it reads the first
    /// two characters of `keyword` (`\bb2` for Backblaze's `b2_`): a hit right after a word
    /// character (`vb2_`, videobuf2) cannot start the name such a pattern reads. Textual,
    /// case-insensitive; false when the pattern never writes those characters or writes them once
    /// without `\b`.
    pub fn needs_word_start(&self, keyword: &str) -> bool {
        let k = keyword.as_bytes();
        if k.len() < 2 || !(k[0].is_ascii_alphanumeric() && k[1].is_ascii_alphanumeric()) {
            return false;
        }
        let Some(p) = &self.lower else {
            return false;
        };
        let head = [k[0].to_ascii_lowercase(), k[1].to_ascii_lowercase()];
        let mut seen = false;
        for i in 0..p.len().saturating_sub(1) {
            if p[i..i + 2] == head {
                let bounded = i >= 2 && &p[i - 2..i] == b"\\b" && (i < 3 || p[i - 3] != b'\\');
                if !bounded {
                    return false;
                }
                seen = true;
            }
        }
        seen
    }
}

/// Whether the group whose contents start at `group[0]` begins with `keyword` as plain literals
/// (`\.` and the like allowed), not followed by a quantifier (whether the group has a `|` at
/// its own level is for the caller to ask); letters compared in any case when `fold_case`.
fn literal_prefix(group: &[u8], keyword: &str, fold_case: bool) -> bool {
    let mut rest = group;
    for &want in keyword.as_bytes() {
        let (got, len) = match rest {
            [b'\\', c, ..] if c.is_ascii_punctuation() => (*c, 2),
            [c, ..] if !b".[]()|^$\\?*+{}".contains(c) => (*c, 1),
            _ => return false,
        };
        if got != want && !(fold_case && got.eq_ignore_ascii_case(&want)) {
            return false;
        }
        rest = &rest[len..];
    }
    !matches!(rest.first(), Some(b'?' | b'*' | b'+' | b'{'))
}

/// The text of the `secret` group's contents when the pattern is only flag groups and `\b`
/// before it and has no `|` at its own level.
fn secret_group_at_start(pattern: &str) -> Option<&str> {
    if turns_on_flag(pattern, b"x") || has_alternation_at_top(format!("{pattern})").as_bytes()) {
        return None;
    }
    let mut rest = pattern;
    loop {
        if let Some(r) = rest.strip_prefix("\\b") {
            rest = r;
        } else if let Some(r) = ["(?P<secret>", "(?<secret>"]
            .iter()
            .find_map(|open| rest.strip_prefix(open))
        {
            return Some(r);
        } else if let Some(r) = rest.strip_prefix("(?") {
            let end = r.find(')')?;
            if end == 0
                || !r[..end]
                    .bytes()
                    .all(|b| b.is_ascii_alphabetic() || b == b'-')
            {
                return None;
            }
            rest = &r[end + 1..];
        } else {
            return None;
        }
    }
}

/// Whether a flag group (`(?i)`, `(?im:`, `(?x-i)`) turns on one of `flags`: `i` makes the
/// pattern's literals case-insensitive, `x` makes spaces and `#` not literals. Flags after a `-`
/// are turned off, so reading stops there.
fn turns_on_flag(pattern: &str, flags: &[u8]) -> bool {
    let b = pattern.as_bytes();
    let mut i = 0;
    while let Some(off) = pattern[i..].find("(?") {
        let mut j = i + off + 2;
        while j < b.len() && b[j].is_ascii_alphabetic() {
            if flags.contains(&b[j]) {
                return true;
            }
            j += 1;
        }
        i = i + off + 2;
    }
    false
}

/// Whether the group whose contents start at `group[0]` has a `|` at its own level.
fn has_alternation_at_top(group: &[u8]) -> bool {
    let mut depth = 0usize;
    let mut in_class = false;
    let mut i = 0;
    while i < group.len() {
        match group[i] {
            b'\\' => i += 1,
            b'[' if !in_class => in_class = true,
            b']' if in_class => in_class = false,
            _ if in_class => {}
            b'(' => depth += 1,
            b')' if depth == 0 => return false,
            b')' => depth -= 1,
            b'|' if depth == 0 => return true,
            _ => {}
        }
        i += 1;
    }
    // An unclosed group: the pattern is odd; stay conservative.
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (pattern, start) the library's own overlapping search reports, sorted.
    fn reference(literals: &[String], bytes: &[u8]) -> Vec<(usize, usize)> {
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(literals)
            .unwrap();
        let mut v: Vec<_> = ac
            .find_overlapping_iter(bytes)
            .map(|m| (m.pattern().as_usize(), m.start()))
            .collect();
        v.sort_unstable();
        v
    }

    /// Our matches, with the DFA from the first byte (`dfa_after` 0) or never (`usize::MAX`).
    fn ours(literals: &[String], bytes: &[u8], dfa_after: usize) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        KeywordSearcher::with_dfa_after(literals, dfa_after)
            .unwrap()
            .for_each(bytes, |p, s| v.push((p, s)));
        v.sort_unstable();
        v
    }

    /// Hundreds of keywords sharing prefixes and suffixes, written with punctuation, blanks and
    /// multi-byte characters, over text holding every byte value: the re-encoded DFA (its byte
    /// classes merge bytes that move every state alike, as both cases of a letter do) finds what
    /// the library finds.
    #[test]
    fn the_dense_table_finds_what_the_library_finds() {
        let alphabet = ["a", "B", "c", "_", "-", ".", ":", "=", " ", "\"", "é", "0"];
        let mut seed = 0x2545_f491_u32;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed as usize % n
        };
        let mut literals: Vec<String> = (0..400)
            .map(|_| {
                let len = 1 + next(6);
                (0..len).map(|_| alphabet[next(alphabet.len())]).collect()
            })
            .collect();
        literals.sort();
        literals.dedup();
        let mut bytes: Vec<u8> = (0..=255u8).collect();
        while bytes.len() < 20_000 {
            bytes.extend_from_slice(alphabet[next(alphabet.len())].as_bytes());
            if next(50) == 0 {
                bytes.push(next(256) as u8);
            }
        }
        for len in [100, 1000, 20_000] {
            let b = &bytes[..len];
            assert_eq!(ours(&literals, b, 0), reference(&literals, b), "len {len}");
        }
    }

    /// Keywords placed across every stretch boundary, overlapping each other, in both cases, in
    /// blobs of many sizes around the multi-stream threshold: the same matches as the library.
    #[test]
    fn streams_find_what_one_search_finds() {
        let literals: Vec<String> = ["api_key", "key", "ghp_", "-----begin", "ke", "y_s"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let unit = b"xx API_KEY=ghp_abc -----BEGIN key_secret ";
        for len in [0usize, 1, 7, 100, 1023, 1024, 1025, 1500, 4099, 20000] {
            let mut bytes = Vec::with_capacity(len);
            while bytes.len() < len {
                bytes.extend_from_slice(unit);
                bytes.push(b'a' + (bytes.len() % 7) as u8);
            }
            bytes.truncate(len);
            // Each offset shifts the keywords relative to the stretch boundaries.
            for shift in 0..unit.len().min(len) {
                let b = &bytes[shift..];
                let expected = reference(&literals, b);
                assert_eq!(
                    ours(&literals, b, 0),
                    expected,
                    "DFA: len {len} shift {shift}"
                );
                assert_eq!(
                    ours(&literals, b, usize::MAX),
                    expected,
                    "compact: len {len} shift {shift}"
                );
            }
        }
    }
}

#[cfg(test)]
mod case_tests {
    use super::PatternShape;

    fn exact(pattern: &str, keyword: &str) -> bool {
        PatternShape::of(pattern).secret_starts_with_exact(keyword)
    }

    #[test]
    fn a_literal_prefix_of_the_secret_is_exact() {
        assert!(exact(r"\b(?P<secret>cio[A-Za-z0-9]{32})\b", "cio"));
        assert!(exact(r"\b(?P<secret>SG\.[A-Za-z0-9_-]{22})", "SG."));
        assert!(exact(r"(?-u)\b(?P<secret>oy2[a-z0-9]{43})\b", "oy2"));
        assert!(exact(r"(?m)^(?P<secret>ghp_(?:a|b))", "ghp_"));
    }

    #[test]
    fn anything_else_stays_case_insensitive() {
        // Another case, a case-insensitive flag, a quantified last character, an alternation in
        // the group, a keyword not at the group's start, a class instead of a literal, verbose.
        assert!(!exact(r"\b(?P<secret>cio[a-z]{32})", "CIO"));
        assert!(!exact(r"(?i)\b(?P<secret>cio[a-z]{32})", "cio"));
        assert!(!exact(r"\b(?P<secret>(?i:cio)[a-z]{32})", "cio"));
        assert!(!exact(r"(?-u)(?mi)(?P<secret>cio[a-z]{32})", "cio"));
        assert!(!exact(r"\b(?P<secret>sk_?[a-z]{32})", "sk_"));
        assert!(!exact(r"\b(?P<secret>sk_[a-z]{32}|pk_[a-z]{9})", "sk_"));
        assert!(!exact(r"\b(?P<secret>T?sk_[0-9a-f]{32})", "sk_"));
        assert!(!exact(r"\b(?P<secret>SG.[a-z]{22})", "SG."));
        assert!(!exact(r"(?x) (?P<secret>c io)", "cio"));
        assert!(!exact(r"\bcio(?P<secret>[a-z]{32})", "cio"));
        // An alternation outside the group does not matter; one inside a nested group neither.
        assert!(exact(r"(?:a|b)(?P<secret>cio(?:x|y))", "cio"));
    }
}

#[cfg(test)]
mod word_tests {
    use super::{inside_word, words_around};

    #[test]
    fn a_hit_inside_a_listed_word_is_found_in_any_case_at_any_offset() {
        let cohere = words_around("cohere");
        let text = b"COHERENT x cohere_key coherency Cohere";
        let starts: Vec<usize> = (0..text.len())
            .filter(|&i| text[i..].len() >= 6 && text[i..i + 6].eq_ignore_ascii_case(b"cohere"))
            .filter(|&i| !inside_word(text, i, &cohere))
            .collect();
        assert_eq!(starts, vec![11, 32]);
        // `nfo_` stands one byte into `info_`; at the very start of a blob nothing is before it.
        let nfo = words_around("nfo_");
        assert!(inside_word(b"x info_get", 3, &nfo));
        assert!(!inside_word(b"nfo_abc", 0, &nfo));
        assert!(!inside_word(b" nfo_abc", 1, &nfo));
    }

    #[test]
    fn a_keyword_equal_to_a_listed_word_or_outside_every_word_is_kept() {
        assert!(words_around("vertical").is_empty());
        assert!(words_around("stripe").is_empty());
        assert!(!words_around("vertica").is_empty());
    }
}

#[cfg(test)]
mod switch_tests {
    use super::KeywordSearcher;

    /// A scan that grows past the threshold moves from the compact automaton to the DFA in the
    /// middle, and finds the same occurrences before and after the switch.
    #[test]
    fn the_same_matches_before_and_after_the_dfa_is_built() {
        let literals: Vec<String> = ["password", "ghp_"].iter().map(|s| s.to_string()).collect();
        let searcher = KeywordSearcher::with_dfa_after(&literals, 1000).unwrap();
        let blob = b"x PASSWORD=ghp_abc ".repeat(20);
        let mut counts = Vec::new();
        for _ in 0..6 {
            let mut n = 0;
            searcher.for_each(&blob, |_, _| n += 1);
            counts.push(n);
        }
        assert!(
            searcher.dfa.get().is_some(),
            "the DFA is built once 1000 bytes are searched"
        );
        assert_eq!(counts, vec![40; 6]);
    }
}

#[cfg(test)]
mod reach_tests {
    use super::PatternShape;

    fn match_is_secret(pattern: &str) -> bool {
        PatternShape::of(pattern).match_is_secret()
    }

    fn match_starts_with(pattern: &str, keyword: &str) -> bool {
        PatternShape::of(pattern).match_starts_with(keyword)
    }

    fn needs_word_start(pattern: &str, keyword: &str) -> bool {
        PatternShape::of(pattern).needs_word_start(keyword)
    }

    /// The patterns that read no name: the match is the secret, after flags and `\b` only.
    #[test]
    fn a_match_that_is_its_secret_reads_no_name() {
        assert!(match_is_secret(r"\b(?P<secret>cio[A-Za-z0-9]{32})\b"));
        assert!(match_is_secret(
            r"(?-u)(?i)\b(?P<secret>T?sk_[0-9a-f]{32})\b"
        ));
        assert!(match_is_secret(r"(?<secret>private_[A-Za-z0-9+/]{27}=)"));
        // Something before the group (a name, an anchor, a class), a top-level `|`, verbose.
        assert!(!match_is_secret(
            r"(?i)segment[\w.-]{0,20}=(?P<secret>[a-z0-9]{32})"
        ));
        assert!(!match_is_secret(r"(?m)^(?P<secret>ghp_[a-z]{36})"));
        assert!(!match_is_secret(r"[\s=](?P<secret>cio[a-z]{32})"));
        assert!(!match_is_secret(
            r"\b(?P<secret>cio[a-z]{32})|token=(?P<t>x)"
        ));
        assert!(!match_is_secret(r"(?x) \b (?P<secret>cio)"));
        assert!(!match_is_secret(r"(?P<key>x)(?P<secret>cio)"));
    }

    /// A window may start at the hit only where every match starts with the keyword, any case.
    #[test]
    fn a_match_starts_with_its_keyword_only_as_a_literal_prefix() {
        assert!(match_starts_with(
            r"\b(?P<secret>cio[A-Za-z0-9]{32})\b",
            "cio"
        ));
        assert!(match_starts_with(r"(?i)\b(?P<secret>SG\.[a-z]{22})", "sg."));
        assert!(match_starts_with(r"\b(?P<secret>CIO[a-z]{32})", "cio"));
        assert!(!match_starts_with(
            r"\b(?P<secret>T?sk_[0-9a-f]{32})\b",
            "tsk_"
        ));
        assert!(!match_starts_with(
            r"\b(?P<secret>T?sk_[0-9a-f]{32})\b",
            "iex"
        ));
        assert!(!match_starts_with(r"\b(?P<secret>sk_?[a-z]{32})", "sk_"));
        assert!(!match_starts_with(
            r"\b(?P<secret>sk_[a-z]{3}|pk_[a-z]{9})",
            "sk_"
        ));
        assert!(!match_starts_with(r"x(?P<secret>cio[a-z]{32})", "cio"));
    }

    /// `\bb2` before every `b2` of the pattern: a hit after a word byte starts no name.
    #[test]
    fn a_keyword_read_only_at_a_word_start() {
        let b2 = r"(?-u)(?i)(?:\bb2|backblaze)(?:[A-Za-z0-9_.-]{0,20})app[_.-]?key=(?P<secret>K0[0-9]{2})";
        assert!(needs_word_start(b2, "b2_"));
        assert!(needs_word_start(b2, "B2app"));
        // `backblaze` has no `\b` before it; `b2` once without one; an escaped backslash.
        assert!(!needs_word_start(b2, "backblaze"));
        assert!(!needs_word_start(r"(?:\bb2|xb2_)key", "b2_"));
        assert!(!needs_word_start(r"\\bb2_key", "b2_"));
        assert!(!needs_word_start(r"segment[\w.-]{0,20}", "segment"));
        // Keywords that do not start with two word characters are never held to it.
        assert!(!needs_word_start(r"\b_pass=", "_pass"));
        assert!(!needs_word_start(r"\b-us[0-9]", "-us"));
        assert!(!needs_word_start(r"(?x)\bb2 _", "b2_"));
    }
}
