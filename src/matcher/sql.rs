//! SQL `INSERT` statements, where a value's name is its column's: `INSERT INTO api_clients
//! (name, client_secret) VALUES ('billing-sync', 'v')` names `'v'` `client_secret`, in every row
//! of a multi-row `VALUES` list too (rows on the lines below the column list). A `(name, value)`
//! or `(key, value)` table names each row's value by the row's own name cell.
//!
//! Pure functions of a line; imports nothing. `UPDATE t SET client_secret = 'v'` needs nothing
//! here: it is an assignment the operator scan reads.

/// Rows read below an `INSERT` line at most.
pub const MAX_ROWS: usize = 12;
/// Columns read at most.
const MAX_COLUMNS: usize = 32;

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    if hay.len() < needle.len() {
        return None;
    }
    // Compared only where the first byte stands (either case): every line near a keyword hit
    // is asked for `insert into`.
    let starts = &hay[..=hay.len() - needle.len()];
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        starts,
    )
    .find(|&i| hay[i + 1..i + needle.len()].eq_ignore_ascii_case(rest))
}

/// The column list of an `INSERT INTO t (a, b, c)` on this line (spans of the bare names,
/// quotes, backticks and brackets stripped), and the offset where its rows may start (after
/// `VALUES`, or the line's end when `VALUES` is on a later line).
pub fn insert_columns(line: &[u8]) -> Option<(Vec<(usize, usize)>, usize)> {
    let at = find_ci(line, b"insert into ")?;
    let open = at + memchr::memchr(b'(', &line[at..])?;
    let close = open + memchr::memchr(b')', &line[open..])?;
    // The table name only between `INTO` and `(`.
    let table = line[at + 12..open].trim_ascii();
    if table.is_empty()
        || table.iter().any(|&b| {
            !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'`' | b'"' | b'[' | b']'))
        })
    {
        return None;
    }
    let mut cols = Vec::new();
    let mut s = open + 1;
    for i in open + 1..=close {
        if line[i] == b',' || i == close {
            let (mut a, mut b) = (s, i);
            while a < b && (line[a].is_ascii_whitespace() || matches!(line[a], b'`' | b'"' | b'['))
            {
                a += 1;
            }
            while b > a
                && (line[b - 1].is_ascii_whitespace() || matches!(line[b - 1], b'`' | b'"' | b']'))
            {
                b -= 1;
            }
            if a == b
                || !line[a..b]
                    .iter()
                    .all(|&c| c.is_ascii_alphanumeric() || c == b'_')
            {
                return None;
            }
            cols.push((a, b));
            if cols.len() > MAX_COLUMNS {
                return None;
            }
            s = i + 1;
        }
    }
    let rows = match find_ci(&line[close..], b"values") {
        Some(v) => close + v + 6,
        None => line.len(),
    };
    Some((cols, rows))
}

/// The rows `( ... )` on `line[from..]`: per row, per cell, the inside of a quoted string
/// (`'v'`, `N'v'`), or `None` for anything else (a number, `NULL`, `now()`).
pub fn rows(line: &[u8], from: usize) -> Vec<Vec<Option<(usize, usize)>>> {
    let mut out = Vec::new();
    let mut i = from;
    while i < line.len() && out.len() < MAX_ROWS {
        // The next row's `(`, outside strings.
        while i < line.len() && line[i] != b'(' {
            if !matches!(line[i], b' ' | b'\t' | b',' | b'\r') {
                return out;
            }
            i += 1;
        }
        if i >= line.len() {
            break;
        }
        i += 1;
        let mut row = Vec::new();
        let mut cell: Option<(usize, usize)> = None;
        let mut depth = 0usize;
        let mut closed = false;
        while i < line.len() {
            match line[i] {
                b'\'' => {
                    // `''` is an escaped quote inside a SQL string.
                    let s = i + 1;
                    let mut j = s;
                    loop {
                        match line.get(j) {
                            None => return out,
                            Some(b'\'') if line.get(j + 1) == Some(&b'\'') => j += 2,
                            Some(b'\'') => break,
                            Some(_) => j += 1,
                        }
                    }
                    if depth == 0 {
                        cell = Some((s, j));
                    }
                    i = j + 1;
                }
                b'(' => {
                    depth += 1;
                    cell = None;
                    i += 1;
                }
                b')' if depth > 0 => {
                    depth -= 1;
                    i += 1;
                }
                b')' => {
                    row.push(cell.take());
                    closed = true;
                    i += 1;
                    break;
                }
                b',' if depth == 0 => {
                    row.push(cell.take());
                    i += 1;
                }
                _ => i += 1,
            }
        }
        if !closed {
            break;
        }
        out.push(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_rows() {
        let line =
            b"INSERT INTO api_clients (name, `client_secret`) VALUES ('a', 'b''c'), ('d', NULL);";
        let (cols, from) = insert_columns(line).unwrap();
        let names: Vec<&[u8]> = cols.iter().map(|&(s, e)| &line[s..e]).collect();
        assert_eq!(names, [&b"name"[..], b"client_secret"]);
        let r = rows(line, from);
        assert_eq!(r.len(), 2);
        let cell = |c: Option<(usize, usize)>| c.map(|(s, e)| &line[s..e]);
        assert_eq!(cell(r[0][1]), Some(&b"b''c"[..]));
        assert_eq!(cell(r[1][1]), None);
        assert!(insert_columns(b"INSERT INTO t SELECT * FROM u").is_none());
    }
}
