//! Whether a candidate value is a literal or may be code: the question a rule's `allow_code`
//! entries ask (see [`crate::rules::RuleSpec::allow_code`]).
//!
//! `password = Lantern.lotus05` is a password in `.pypirc` and a member of a module in a Python
//! program; `password: "Copper.delta36…"` is a password everywhere. A value is a literal where
//! no language could read it as code:
//! - it is a quoted string (`"v"`, `'v'`, a backtick string): quotes make a literal in every
//!   language, so a dotted name or a call inside them is text;
//! - it is the last word of a string in double or single quotes (`"Authorization: Bearer v"`,
//!   `'token=v'`): inside the quotes it is text too;
//! - it is XML text (`<password>v</password>`);
//! - it is the whole value of a configuration line (`name = v`, `name: v`, `name v`, with
//!   nothing after it but a comment) in text with no program statement near: YAML, INI,
//!   properties, TOML, `.conf` and `.env` files hold values, while a program that refers to
//!   `settings.Auth.Token` imports, declares or defines something (`import`, `package`,
//!   `#include`, `def`, `const`, Terraform `resource "..."`), and a statement such as
//!   `x = a.b;` does not end at its value.
//!
//! Everything else, an unquoted value in code or in text of unknown kind, may be code.
//! Only in the assignment pass's canonical lines is every value quoted: there the engine asks
//! about the value's bytes in the original text.

use std::cell::OnceCell;

/// How far from the start of the text, and either side of the value, [`near_program`] looks for
/// a program statement: programs state their imports and declarations at the top, and a
/// definition stands near the code that uses it. Bounded, so the check costs the same for every
/// candidate whatever the file's size (the head is read once per text: [`Literals`]).
const HEAD: usize = 32 * 1024;
const AROUND: usize = 4 * 1024;

/// What starts a line of a program and never a line of configuration (a key is followed by `=`,
/// `:` or its value, never by one of these words and a space).
const PROGRAM_STARTS: &[&[u8]] = &[
    b"import ",
    b"from ",
    b"package ",
    b"#include",
    b"#define ",
    b"#ifndef ",
    b"#ifdef ",
    b"using ",
    b"namespace ",
    b"def ",
    b"class ",
    b"function ",
    b"func ",
    b"fn ",
    b"pub ",
    b"const ",
    b"let ",
    b"var ",
    b"val ",
    b"public ",
    b"private ",
    b"protected ",
    b"internal ",
    b"static ",
    b"struct ",
    b"enum ",
    b"interface ",
    b"object ",
    b"return ",
    b"use ",
    b"require ",
    b"require(",
    b"module.exports",
    b"export default",
    b"local ",
    b"my ",
    b"sub ",
    b"<?php",
    b"resource \"",
    b"variable \"",
    b"module \"",
    b"data \"",
    b"output \"",
    b"provider \"",
    b"locals ",
];

/// Whether the value at `start..end` of `bytes` is a literal (see the module documentation).
pub fn is_literal(bytes: &[u8], start: usize, end: usize) -> bool {
    Literals::new(bytes).is_literal(start, end)
}

/// [`is_literal`] for the many candidates of one text: whether the text's first [`HEAD`] bytes
/// hold a program statement is read once, when the first candidate asks, not once per
/// candidate.
pub struct Literals<'a> {
    bytes: &'a [u8],
    head_is_program: OnceCell<bool>,
}

impl<'a> Literals<'a> {
    pub fn new(bytes: &'a [u8]) -> Literals<'a> {
        Literals {
            bytes,
            head_is_program: OnceCell::new(),
        }
    }

    /// [`is_literal`] of `start..end` of the text.
    pub fn is_literal(&self, start: usize, end: usize) -> bool {
        let bytes = self.bytes;
        if start == 0 || start > end || end > bytes.len() {
            return false;
        }
        let open = bytes[start - 1];
        if matches!(open, b'"' | b'\'' | b'`') && bytes.get(end) == Some(&open) {
            return true;
        }
        if open == b'>' && bytes[end..].starts_with(b"</") {
            return true;
        }
        if string_tail(bytes, start, end) {
            return true;
        }
        config_line(bytes, start, end) && !self.near_program(start)
    }

    /// Whether a line starting with a program statement ([`PROGRAM_STARTS`]) stands in the
    /// first [`HEAD`] bytes of the text or within [`AROUND`] bytes of `pos`.
    fn near_program(&self, pos: usize) -> bool {
        let bytes = self.bytes;
        let head = bytes.len().min(HEAD);
        if *self
            .head_is_program
            .get_or_init(|| has_program_line(&bytes[..head]))
        {
            return true;
        }
        let lo = pos.saturating_sub(AROUND).max(head);
        let hi = (pos + AROUND).min(bytes.len());
        lo < hi && has_program_line(&bytes[lo..hi])
    }
}

/// Whether `start..end` is the whole value of a configuration line: from the line start, an
/// optional list dash or `export`, a key (bare or quoted), `=`, `:` or whitespace; after the
/// value only whitespace or a comment (`#`, or `;` after a space as INI writes it).
fn config_line(bytes: &[u8], start: usize, end: usize) -> bool {
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |i| end + i);
    let after = &bytes[end..line_end];
    let after_ok = match after
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\r'))
    {
        None => true,
        Some(i) => i > 0 && matches!(after[i], b'#' | b';'),
    };
    if !after_ok {
        return false;
    }
    let mut p = &bytes[line_start..start];
    p = trim_start(p);
    if let Some(rest) = p.strip_prefix(b"- ") {
        p = trim_start(rest);
    }
    if let Some(rest) = p.strip_prefix(b"export ") {
        p = trim_start(rest);
    }
    let quote = p.first().copied().filter(|b| matches!(b, b'"' | b'\''));
    if let Some(q) = quote {
        p = &p[1..];
        let Some(close) = p.iter().position(|&b| b == q) else {
            return false;
        };
        if close == 0 {
            return false;
        }
        p = &p[close + 1..];
    } else {
        let key = p
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'/'))
            .count();
        if key == 0 {
            return false;
        }
        p = &p[key..];
    }
    let sep = trim_start(p);
    let spaced = sep.len() < p.len();
    match sep.first() {
        None => spaced,
        Some(b'=' | b':') => trim_start(&sep[1..]).is_empty(),
        Some(_) => false,
    }
}

/// Whether `start..end` ends a quoted string on its line after a space, `=` or `:` inside it
/// (`curl -H "Authorization: Bearer v"`, `'token=v'`): the quote after the value closes a string
/// that an unescaped quote of the same kind opened earlier on the line, with an even number of
/// them before it.
fn string_tail(bytes: &[u8], start: usize, end: usize) -> bool {
    let Some(&q) = bytes.get(end) else {
        return false;
    };
    // Backticks are left out: Markdown's inline code (`password = a.b`) is code, not a string;
    // an escaped quote (`\"`) closes nothing.
    // A closing quote ends a word: one followed by a letter opens the next string (`form["key"]`).
    let closes = bytes
        .get(end + 1)
        .is_none_or(|&b| !(b.is_ascii_alphanumeric() || b == b'_'));
    if !matches!(q, b'"' | b'\'')
        || !matches!(bytes[start - 1], b' ' | b'=' | b':')
        || bytes[end - 1] == b'\\'
        || !closes
    {
        return false;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
    let before = &bytes[line_start..start];
    let unescaped = |i: usize| i == 0 || before[i - 1] != b'\\';
    let quotes: Vec<usize> = memchr::memchr_iter(q, before)
        .filter(|&i| unescaped(i))
        .collect();
    // The value holds no quote of its kind; an odd count before it means one is open.
    quotes.len() % 2 == 1 && memchr::memchr(q, &bytes[start..end]).is_none()
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    &s[n..]
}

fn has_program_line(text: &[u8]) -> bool {
    text.split(|&b| b == b'\n').any(|line| {
        let l = trim_start(line);
        PROGRAM_STARTS.iter().any(|s| l.starts_with(s))
    })
}

#[cfg(test)]
mod tests {
    use super::{is_literal, Literals};

    fn judge(text: &str, value: &str) -> bool {
        let start = text.find(value).expect("value in text");
        is_literal(text.as_bytes(), start, start + value.len())
    }

    #[test]
    fn quoted_strings_and_xml_text_are_literals() {
        assert!(judge("x = \"Copper.delta\"\n", "Copper.delta"));
        assert!(judge("import a\nx = 'a.b()'\n", "a.b()"));
        assert!(judge("<password>Quartz.stone</password>", "Quartz.stone"));
    }

    #[test]
    fn the_last_word_of_a_quoted_string_is_a_literal() {
        let token = concat!("TDI2Azbe", "VJsoSmTMPZ");
        let curl = format!("import x\ncurl -H \"Authorization: Bearer {token}\" https://a\n");
        assert!(judge(&curl, token));
        assert!(judge(
            "import x\nq = 'token=Copper.delta'\n",
            "Copper.delta"
        ));
        // A closing quote with none open before it, an escaped one, or code after the string.
        assert!(!judge("import x\nx = a.b\" + y\n", "a.b"));
        assert!(!judge("import x\nx = \\\"k: a.b\"\n", "a.b"));
        assert!(!judge("import x\nx = f(\"k\", a.b)\n", "a.b"));
        // A quote that opens the next string (`form["key"]` once unescaped).
        assert!(!judge("let py = \"X = form[\"key\"]\";\n", "form["));
        // Markdown's inline code, and a quote escaped inside a string.
        assert!(!judge(
            "Use `password = Lantern.lotus` here\n",
            "Lantern.lotus"
        ));
        assert!(!judge("let py = \"X = a.b\\\"c\\\"\";\n", "a.b\\"));
    }

    #[test]
    fn configuration_lines_are_literals_outside_programs() {
        assert!(judge("[pypi]\npassword = Lantern.lotus\n", "Lantern.lotus"));
        assert!(judge(
            "auth:\n  password: Quartz.stone # prod\n",
            "Quartz.stone"
        ));
        assert!(judge("requirepass Quartz.stone\n", "Quartz.stone"));
        assert!(!judge(
            "import os\npassword = settings.Token\n",
            "settings.Token"
        ));
        assert!(!judge("x = a.b;\n", "a.b"));
        assert!(!judge("f(password=cfg.Pass)\n", "cfg.Pass"));
        assert!(!judge(
            "resource \"aws_db_instance\" \"db\" {\n  password = module.rds.Pw\n}\n",
            "module.rds.Pw"
        ));
    }

    /// One judge for many candidates of a text answers as a fresh one does for each, whether
    /// the program statement is in the head (read once) or near the candidate only.
    #[test]
    fn one_judge_per_text_answers_as_one_per_candidate() {
        let config = "[pypi]\npassword = Lantern.lotus\ntoken = Quartz.stone\n";
        let far = format!(
            "{}\nimport os\npassword = cfg.Token\n",
            "# pad\n".repeat(9000)
        );
        let head = format!("import os\n{config}");
        for text in [config.to_string(), far, head] {
            let judge = Literals::new(text.as_bytes());
            for value in [
                "Lantern.lotus",
                "Quartz.stone",
                "cfg.Token",
                "Lantern.lotus",
            ] {
                if let Some(start) = text.find(value) {
                    let end = start + value.len();
                    assert_eq!(
                        judge.is_literal(start, end),
                        is_literal(text.as_bytes(), start, end),
                        "{value}"
                    );
                }
            }
        }
        let far = format!(
            "{}\nimport os\npassword = cfg.Token\n",
            "# pad\n".repeat(9000)
        );
        let judge = Literals::new(far.as_bytes());
        let start = far.find("cfg.Token").unwrap_or(0);
        assert!(
            !judge.is_literal(start, start + 9),
            "a statement near the value"
        );
        let judge = Literals::new(config.as_bytes());
        let start = config.find("Quartz.stone").unwrap_or(0);
        assert!(
            judge.is_literal(start, start + 12),
            "configuration, no program"
        );
    }
}
