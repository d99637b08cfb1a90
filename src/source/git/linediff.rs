//! Which lines of a new version of a file are added relative to the old one: a minimal line diff
//! (Myers) over interned lines, after trimming the common prefix and suffix.
//!
//! The gate fails only on secrets that a commit adds, so this decides what "adds" means. A line that
//! moved is reported as added where the minimal diff says so, as `git diff` would.

use std::collections::HashMap;

/// Above this many edits the exact diff would cost too much memory (it keeps `D²` positions); the
/// fallback calls a line added when no identical line exists anywhere in the old version.
const MAX_EDITS: usize = 2048;

/// The set of 1-based line numbers of `new` that the change from `old` adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedLines {
    /// `added[i]` is true when line `i + 1` is added.
    added: Vec<bool>,
}

impl AddedLines {
    /// Every line of `new` (a new file).
    pub fn all(new: &[u8]) -> AddedLines {
        AddedLines {
            added: vec![true; split_lines(new).len()],
        }
    }

    /// Whether 1-based `line` is added.
    pub fn contains(&self, line: usize) -> bool {
        line >= 1 && self.added.get(line - 1).copied().unwrap_or(false)
    }

    /// Whether any line in `first..=last` is added.
    pub fn any_in(&self, first: usize, last: usize) -> bool {
        (first..=last.max(first)).any(|l| self.contains(l))
    }

    /// How many lines are added.
    pub fn count(&self) -> usize {
        self.added.iter().filter(|a| **a).count()
    }

    /// The added line numbers, ascending.
    pub fn lines(&self) -> Vec<usize> {
        (1..=self.added.len())
            .filter(|l| self.added[l - 1])
            .collect()
    }

    /// How many lines the new version has.
    pub fn total(&self) -> usize {
        self.added.len()
    }
}

/// Lines split at `\n`; a final line without a newline counts, an empty tail after the last `\n`
/// does not (that matches how findings number their lines).
fn split_lines(bytes: &[u8]) -> Vec<&[u8]> {
    if bytes.is_empty() {
        return Vec::new();
    }
    let body = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    body.split(|b| *b == b'\n').collect()
}

/// The lines of `new` that a minimal diff from `old` marks as inserted.
pub fn added_lines(old: &[u8], new: &[u8]) -> AddedLines {
    let old_lines = split_lines(old);
    let new_lines = split_lines(new);
    // Lines compare by content; a trailing `\r` is part of the line, as in `git diff`.
    let mut ids: HashMap<&[u8], u32> = HashMap::new();
    let mut a = Vec::with_capacity(old_lines.len());
    let mut b = Vec::with_capacity(new_lines.len());
    for (lines, out) in [(&old_lines, &mut a), (&new_lines, &mut b)] {
        for l in lines.iter() {
            let next = ids.len() as u32;
            out.push(*ids.entry(l).or_insert(next));
        }
    }

    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let a_mid = &a[prefix..a.len() - suffix];
    let b_mid = &b[prefix..b.len() - suffix];

    let mut added = vec![false; b.len()];
    let inserted = if a_mid.is_empty() {
        vec![true; b_mid.len()]
    } else if b_mid.is_empty() {
        Vec::new()
    } else {
        myers_inserted(a_mid, b_mid, MAX_EDITS).unwrap_or_else(|| {
            let present: std::collections::HashSet<u32> = a_mid.iter().copied().collect();
            b_mid.iter().map(|l| !present.contains(l)).collect()
        })
    };
    for (i, ins) in inserted.into_iter().enumerate() {
        added[prefix + i] = ins;
    }
    AddedLines { added }
}

/// Myers' O(ND) diff; returns for each element of `b` whether it is inserted, or `None` when the
/// edit distance exceeds `max_edits`.
fn myers_inserted(a: &[u32], b: &[u32], max_edits: usize) -> Option<Vec<bool>> {
    let n = a.len() as isize;
    let m = b.len() as isize;
    let max = (a.len() + b.len()).min(max_edits) as isize;
    let off = max + 1;
    let mut v = vec![0isize; (2 * max + 3) as usize];
    // trace[d] holds v for diagonals -d..=d as it was before step d.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let at = |k: isize| (k + off) as usize;
    let mut found = None;
    'outer: for d in 0..=max {
        trace.push(v[at(-d)..=at(d)].to_vec());
        let mut k = -d;
        while k <= d {
            let mut x = if k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]) {
                v[at(k + 1)]
            } else {
                v[at(k - 1)] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[at(k)] = x;
            if x >= n && y >= m {
                found = Some(d);
                break 'outer;
            }
            k += 2;
        }
    }
    let last = found?;
    let mut inserted = vec![false; b.len()];
    let (mut x, mut y) = (n, m);
    for d in (1..=last).rev() {
        let snap = &trace[d as usize];
        let get = |k: isize| snap[(k + d) as usize];
        let k = x - y;
        let prev_k = if k == -d || (k != d && get(k - 1) < get(k + 1)) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = get(prev_k);
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            x -= 1;
            y -= 1;
        }
        if x == prev_x {
            // A step down: b[prev_y] was inserted.
            inserted[prev_y as usize] = true;
        }
        x = prev_x;
        y = prev_y;
    }
    Some(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(old: &str, new: &str) -> Vec<usize> {
        added_lines(old.as_bytes(), new.as_bytes()).lines()
    }

    #[test]
    fn appended_and_inserted_lines() {
        assert_eq!(lines("a\nb\n", "a\nb\nc\n"), vec![3]);
        assert_eq!(lines("a\nb\n", "a\nx\nb\n"), vec![2]);
        assert_eq!(lines("a\nb\nc\n", "x\na\nc\ny\n"), vec![1, 4]);
        assert_eq!(lines("", "a\nb"), vec![1, 2]);
        assert_eq!(lines("a\nb\n", "a\n"), Vec::<usize>::new());
        assert_eq!(lines("a\nb\n", "a\nb\n"), Vec::<usize>::new());
    }

    #[test]
    fn changed_line_is_added() {
        assert_eq!(lines("k=1\nz\n", "k=2\nz\n"), vec![1]);
        assert_eq!(lines("a\nb\nc\nd\n", "a\nB\nc\nD\n"), vec![2, 4]);
    }

    #[test]
    fn missing_final_newline_is_not_a_change() {
        assert_eq!(lines("a\nb", "a\nb\n"), Vec::<usize>::new());
    }

    #[test]
    fn minimal_diff_on_repeated_lines() {
        // The classic example from Myers' paper: ABCABBA -> CBABAC has 5 edits, 2 of them inserts.
        let a = "A\nB\nC\nA\nB\nB\nA\n";
        let b = "C\nB\nA\nB\nA\nC\n";
        let got = added_lines(a.as_bytes(), b.as_bytes());
        assert_eq!(got.count(), 2);
        assert_eq!(got.total(), 6);
    }

    #[test]
    fn huge_rewrites_fall_back_to_presence() {
        let old: String = (0..5000).map(|i| format!("old {i}\n")).collect();
        let mut new: String = (0..5000).map(|i| format!("new {i}\n")).collect();
        new.push_str("old 7\n");
        let got = added_lines(old.as_bytes(), new.as_bytes());
        assert_eq!(got.count(), 5000);
        assert!(!got.contains(5001));
    }
}
