//! Large content judged in bounded windows: a file, standard input or git blob larger than one
//! window is matched a window at a time, so memory stays bounded whatever its size, and the
//! size limit only applies to absurd sizes.
//!
//! Consecutive windows overlap by at least the matcher's reach (the longest stretch of bytes one
//! match and the context it is judged in can span), and each window *owns* the part of it that
//! starts a match: a match is kept only by the window owning its first byte. So a secret that
//! straddles a window edge is found whole, once, in the window before the edge, with at least
//! the overlap of context before and after it. Windows start at line starts where a line end is
//! near, so snippets, inline allows and columns see whole lines; [`Place`] carries line and column
//! across windows so findings are reported where they are in the whole content.
//!
//! May import: `finding`.

use crate::finding::{columns, Hit};
use std::io::Read;

/// The default window: 8 MiB, the size of a large source file, read at once.
pub const WINDOW: usize = 8 << 20;
/// The least overlap between windows: 1 MiB, far beyond any match and its context (the
/// matcher's reach is about 70 KiB with the built-in rules).
pub const MIN_OVERLAP: usize = 1 << 20;

/// The window and overlap sizes for a rule set whose matches reach `reach` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub window: usize,
    pub overlap: usize,
}

impl Sizes {
    /// Overlap of at least twice `reach` (and [`MIN_OVERLAP`]); a window of at least eight
    /// overlaps, so every window makes progress of at least five.
    pub fn for_reach(reach: usize) -> Sizes {
        let overlap = reach.saturating_mul(2).max(MIN_OVERLAP);
        Sizes {
            window: WINDOW.max(overlap.saturating_mul(8)),
            overlap,
        }
    }
}

/// Where a window's first byte sits in the whole content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Byte offset.
    pub offset: usize,
    /// Line (1-based).
    pub line: usize,
    /// Characters of that line before it (0 when the window starts a line).
    pub column: usize,
}

impl Default for Place {
    fn default() -> Self {
        Place {
            offset: 0,
            line: 1,
            column: 0,
        }
    }
}

impl Place {
    /// Moves past `dropped`, the bytes the next window no longer holds.
    pub fn advance(&mut self, dropped: &[u8]) {
        self.offset += dropped.len();
        match memchr::memrchr(b'\n', dropped) {
            Some(nl) => {
                self.line += memchr::memchr_iter(b'\n', dropped).count();
                self.column = columns(&dropped[nl + 1..]);
            }
            None => self.column += columns(dropped),
        }
    }

    /// Moves a hit located in a window to where it is in the whole content.
    pub fn adjust(&self, hit: &mut Hit) {
        let loc = &mut hit.location;
        if loc.start_line == 1 {
            loc.start_column += self.column;
        }
        if loc.end_line == 1 {
            loc.end_column += self.column;
        }
        loc.start_line += self.line - 1;
        loc.end_line += self.line - 1;
        loc.start_offset += self.offset;
        loc.end_offset += self.offset;
    }
}

/// The start of the line holding `pos` if it begins at most `back` bytes before `pos`, else `pos`
/// itself (a line longer than that is cut).
pub fn line_start_before(buf: &[u8], pos: usize, back: usize) -> usize {
    let pos = pos.min(buf.len());
    let from = pos.saturating_sub(back);
    match memchr::memrchr(b'\n', &buf[from..pos]) {
        Some(i) => from + i + 1,
        None => pos,
    }
}

/// Reads from `reader` until `buf` holds `len` bytes or the reader ends.
pub fn fill(reader: &mut dyn Read, buf: &mut Vec<u8>, len: usize) -> std::io::Result<()> {
    if buf.len() >= len {
        return Ok(());
    }
    let want = (len - buf.len()) as u64;
    reader.take(want).read_to_end(buf).map(|_| ())
}

/// One step of the walk over large content: the part of the buffer this window owns, and
/// where the next window starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Matches starting at `own_start..own_end` of the buffer belong to this window.
    pub own_start: usize,
    pub own_end: usize,
    /// Where the next window's buffer starts (`None`: this is the last window).
    pub next: Option<usize>,
}

/// The step for a buffer of `len` bytes whose owned part starts at `own_start`; `last` when the
/// content ends in this buffer.
pub fn step(buf: &[u8], own_start: usize, last: bool, sizes: Sizes) -> Step {
    if last {
        return Step {
            own_start,
            own_end: buf.len(),
            next: None,
        };
    }
    let end = buf.len().saturating_sub(sizes.overlap);
    let own_end = line_start_before(buf, end, sizes.overlap).max(own_start + 1);
    let next = line_start_before(buf, own_end.saturating_sub(sizes.overlap), sizes.overlap);
    Step {
        own_start,
        own_end,
        next: Some(next.min(own_end)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_carry_lines_and_columns() {
        let mut p = Place::default();
        p.advance(b"ab\ncd\nef");
        assert_eq!(
            p,
            Place {
                offset: 8,
                line: 3,
                column: 2
            }
        );
        p.advance("gé".as_bytes());
        assert_eq!(p.column, 4);
        assert_eq!(p.offset, 11);
    }

    #[test]
    fn steps_own_disjoint_parts_that_cover_everything() {
        let sizes = Sizes {
            window: 64,
            overlap: 8,
        };
        // Lines of 5 bytes, then one long line.
        let mut content = b"abcd\n".repeat(30);
        content.extend(vec![b'x'; 200]);
        let mut owned = Vec::new();
        let mut base = 0;
        let mut own_start = 0;
        loop {
            let end = (base + sizes.window).min(content.len());
            let buf = &content[base..end];
            let s = step(buf, own_start, end == content.len(), sizes);
            assert!(s.own_start < s.own_end, "{s:?}");
            owned.push((base + s.own_start, base + s.own_end));
            let Some(next) = s.next else { break };
            // Each owned part has the overlap of context after it, and the next one before it.
            assert!(buf.len() - s.own_end >= sizes.overlap, "{s:?}");
            assert!(s.own_end - next >= sizes.overlap, "{s:?}");
            own_start = s.own_end - next;
            base += next;
        }
        assert_eq!(owned[0].0, 0);
        assert_eq!(owned.last().map(|o| o.1), Some(content.len()));
        for w in owned.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
        // Where lines are short, windows start at line starts.
        assert_eq!(owned[1].0 % 5, 0);
    }
}
