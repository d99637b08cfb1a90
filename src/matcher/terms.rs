//! Name/value pairs written as terms of languages with no `name = value` operator, so that the
//! assignment pass (`super::assign`) can hand them to the rules as `name = "value"`.
//!
//! - Erlang and `sys.config` tuples: `{db_password, "v"}`, `{api_key, <<"v">>}`, and macros
//!   `-define(API_KEY, "v").`
//! - Clojure and EDN keywords followed by a string: `{:db-password "v"}`, `:api-key "v"`
//!   (Leiningen `project.clj` repositories too), and Lisp definitions `(def api-key "v")`,
//!   `(defonce ^:private token "v")`, Scheme `(define ...)`, Emacs Lisp `(setq ...)`.
//! - R's arrows: `token <- "v"`, `token <<- "v"`, `"v" -> token`.
//! - Scala, Groovy and Ruby map pairs with a quoted key: `Map("sfPassword" -> "v")`,
//!   `"password" -> "v"` (an arrow between two literals).
//! - Robot Framework variable tables: `${ADMIN_PASSWORD}    v` (cells split by two spaces).
//! - COBOL data items: `01 WS-DB-PASSWORD PIC X(08) VALUE 'v'.`
//! - Visual Basic typed declarations: `Private Const SmtpPass As String = "v"`.
//! - Markdown and reStructuredText definition items (`- **NAME**: `, the value in backticks)
//!   and Rust byte-string constants (`const X: &[u8] = b"v";`).
//! - TSO/DB2 and mainframe operands in parentheses: `DSN SYSTEM(DB2P) USER(X) PASSWORD(v)`,
//!   whose names are upper case (a lower-case `password(x)` is a call in code).
//!
//! - [`pw_statement`]: a statement assigning a literal to a name ending in `pw` (REXX
//!   `ldappw = 'v'`), which the caller reads as a password.
//!
//! Only literals are values: a quoted string (or, for the mainframe operand, a bare word); an
//! atom, a symbol, a call or `(System/getenv "X")` is not. The rules still judge every value.
//!
//! Pure functions of one line: they read it left to right a bounded number of times and allocate
//! nothing. Imports nothing from the crate (leaf of `matcher`).

/// A name and its value, as byte spans of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub name: (usize, usize),
    pub value: (usize, usize),
}

/// Longest literal read (longer ones are blobs; the assignment pass has the same bound).
const MAX_LITERAL: usize = 512;

/// Calls `found` with every term of `line` (see the module documentation).
pub fn each(line: &[u8], mut found: impl FnMut(Term)) {
    let ts = skip_ws(line, 0);
    if ts >= line.len() {
        return;
    }
    if line[ts..].starts_with(b"-define(") {
        if let Some(t) = erlang_define(line, ts + 8) {
            found(t);
        }
    }
    if let Some(t) = cobol_value(line, ts) {
        found(t);
    }
    if let Some(t) = markdown_definition(line, ts) {
        found(t);
    }
    if let Some(t) = rust_byte_string(line, ts) {
        found(t);
    }
    // `Dim x As String = "v"`: a line without a double quote has no such value.
    if let Some(t) = memchr::memchr(b'"', line).and_then(|_| basic_typed(line, ts)) {
        found(t);
    }
    if let Some(t) = cobol_move(line, ts) {
        found(t);
    }
    if let Some(t) = keyword_value(line, ts) {
        found(t);
    }
    if let Some(t) = applescript_set(line, ts) {
        found(t);
    }
    if let Some(t) = powershell_variable(line, ts) {
        found(t);
    }
    let mut i = ts;
    while i < line.len() {
        match line[i] {
            b'{' => {
                if let Some(t) = erlang_tuple(line, i + 1) {
                    found(t);
                }
            }
            b':' => {
                if let Some(t) = clojure_keyword(line, i) {
                    found(t);
                }
            }
            b'(' => {
                if let Some(t) = lisp_definition(line, i + 1) {
                    found(t);
                } else if let Some(t) = mainframe_operand(line, i) {
                    found(t);
                }
            }
            b'<' if line.get(i + 1) == Some(&b'-') => {
                if let Some(t) = r_arrow(line, i) {
                    found(t);
                }
            }
            b'-' if line.get(i + 1) == Some(&b'>') => {
                if let Some(t) = quoted_arrow(line, i) {
                    found(t);
                } else if let Some(t) = r_right_arrow(line, i) {
                    found(t);
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// A whole statement assigning a literal to a name ending in `pw` (REXX, shell, BASIC:
/// `ldappw = 'v'`, `DBPW="v"`), a common abbreviation of "password" the rules' names do not
/// cover without a separator: the value's span. Nothing but a comment may follow the literal.
pub fn pw_statement(line: &[u8]) -> Option<(usize, usize)> {
    let ns = skip_ws(line, 0);
    let mut ne = ns;
    while ne < line.len() && (line[ne].is_ascii_alphanumeric() || matches!(line[ne], b'_' | b'.')) {
        ne += 1;
    }
    if ne < ns + 2
        || !line[ne - 2..ne].eq_ignore_ascii_case(b"pw")
        || !line[ns].is_ascii_alphabetic()
    {
        return None;
    }
    let eq = skip_ws(line, ne);
    if line.get(eq) != Some(&b'=') || line.get(eq + 1) == Some(&b'=') {
        return None;
    }
    let vs = skip_ws(line, eq + 1);
    let q = *line.get(vs)?;
    if !matches!(q, b'\'' | b'"') {
        return None;
    }
    let (value, end) = literal(line, vs, q)?;
    let rest = skip_ws(line, end);
    let tail = &line[rest..];
    (tail.is_empty()
        || matches!(tail[0], b';' | b'#' | b'\r')
        || tail.starts_with(b"/*")
        || tail.starts_with(b"--"))
    .then_some(value)
}

fn skip_ws(line: &[u8], mut i: usize) -> usize {
    while i < line.len() && matches!(line[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// A string literal opening at `at` with quote `q`: the span inside the quotes and the index
/// after the closing quote. Backslash escapes are skipped.
fn literal(line: &[u8], at: usize, q: u8) -> Option<((usize, usize), usize)> {
    if line.get(at) != Some(&q) {
        return None;
    }
    let mut i = at + 1;
    while i < line.len() && i - at <= MAX_LITERAL {
        match line[i] {
            b'\\' => i += 2,
            b if b == q => return Some(((at + 1, i), i + 1)),
            _ => i += 1,
        }
    }
    None
}

/// An Erlang string or binary literal at `at`: `"v"` or `<<"v">>`.
fn erlang_string(line: &[u8], at: usize) -> Option<((usize, usize), usize)> {
    if line[at..].starts_with(b"<<\"") {
        let (v, end) = literal(line, at + 2, b'"')?;
        return line[end..].starts_with(b">>").then_some((v, end + 2));
    }
    literal(line, at, b'"')
}

/// An Erlang atom at `at` (`db_password`, `'db-password'`): its span and the index after it.
fn erlang_atom(line: &[u8], at: usize) -> Option<((usize, usize), usize)> {
    match line.get(at) {
        Some(b'\'') => literal(line, at, b'\''),
        Some(b) if b.is_ascii_lowercase() => {
            let mut e = at + 1;
            while e < line.len()
                && (line[e].is_ascii_alphanumeric() || matches!(line[e], b'_' | b'@'))
            {
                e += 1;
            }
            Some(((at, e), e))
        }
        _ => None,
    }
}

/// `{name, "v"}` / `{name, <<"v">>}` from just after the brace.
fn erlang_tuple(line: &[u8], from: usize) -> Option<Term> {
    let (name, e) = erlang_atom(line, skip_ws(line, from))?;
    let c = skip_ws(line, e);
    if line.get(c) != Some(&b',') {
        return None;
    }
    let (value, end) = erlang_string(line, skip_ws(line, c + 1))?;
    (line.get(skip_ws(line, end)) == Some(&b'}')).then_some(Term { name, value })
}

/// `-define(NAME, "v").` from just after the parenthesis.
fn erlang_define(line: &[u8], from: usize) -> Option<Term> {
    let ns = skip_ws(line, from);
    let mut ne = ns;
    while ne < line.len() && (line[ne].is_ascii_alphanumeric() || line[ne] == b'_') {
        ne += 1;
    }
    let c = skip_ws(line, ne);
    if ne == ns || line.get(c) != Some(&b',') {
        return None;
    }
    let (value, end) = erlang_string(line, skip_ws(line, c + 1))?;
    (line.get(skip_ws(line, end)) == Some(&b')')).then_some(Term {
        name: (ns, ne),
        value,
    })
}

fn is_clojure_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'*' | b'+' | b'!' | b'?' | b'.' | b'/')
}

/// A Clojure symbol at `at` and the index after it.
fn clojure_symbol(line: &[u8], at: usize) -> Option<((usize, usize), usize)> {
    if !line
        .get(at)
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'*')
    {
        return None;
    }
    let mut e = at;
    while e < line.len() && is_clojure_name_byte(line[e]) {
        e += 1;
    }
    Some(((at, e), e))
}

/// `:name "v"` with the colon at `at`, starting a term (after a space or an opening bracket).
fn clojure_keyword(line: &[u8], at: usize) -> Option<Term> {
    if at > 0 && !matches!(line[at - 1], b' ' | b'\t' | b'{' | b'[' | b'(' | b',') {
        return None;
    }
    let (name, e) = clojure_symbol(line, at + 1)?;
    let vs = skip_ws(line, e);
    if vs == e {
        return None;
    }
    let (value, _) = literal(line, vs, b'"')?;
    Some(Term { name, value })
}

/// `(def name "v")` and its relatives, from just after the parenthesis.
fn lisp_definition(line: &[u8], from: usize) -> Option<Term> {
    const FORMS: [&[u8]; 9] = [
        b"def",
        b"defonce",
        b"define",
        b"defvar",
        b"defconst",
        b"defparameter",
        b"defcustom",
        b"setq",
        b"setf",
    ];
    let mut e = from;
    while e < line.len() && line[e].is_ascii_lowercase() {
        e += 1;
    }
    if !FORMS.contains(&&line[from..e]) || !matches!(line.get(e), Some(b' ' | b'\t')) {
        return None;
    }
    let mut i = skip_ws(line, e);
    // Metadata: `^:private`, `^String`.
    while line.get(i) == Some(&b'^') {
        while i < line.len() && !matches!(line[i], b' ' | b'\t') {
            i += 1;
        }
        i = skip_ws(line, i);
    }
    let (name, ne) = clojure_symbol(line, i)?;
    let vs = skip_ws(line, ne);
    if vs == ne {
        return None;
    }
    let (value, _) = literal(line, vs, b'"')?;
    Some(Term { name, value })
}

/// R's `name <- "v"` / `name <<- "v"` with `<-` at `at`.
fn r_arrow(line: &[u8], at: usize) -> Option<Term> {
    let mut ne = at;
    if ne > 0 && line[ne - 1] == b'<' {
        ne -= 1;
    }
    while ne > 0 && matches!(line[ne - 1], b' ' | b'\t') {
        ne -= 1;
    }
    let mut ns = ne;
    while ns > 0 && (line[ns - 1].is_ascii_alphanumeric() || matches!(line[ns - 1], b'_' | b'.')) {
        ns -= 1;
    }
    if ns == ne || ne == at || !line[ns].is_ascii_alphabetic() {
        return None;
    }
    let vs = skip_ws(line, at + 2);
    let q = *line.get(vs)?;
    if !matches!(q, b'"' | b'\'') {
        return None;
    }
    let (value, end) = literal(line, vs, q)?;
    // Only a whole statement: `x <- "v"`, not `paste(x <- "v", y)`.
    let rest = skip_ws(line, end);
    (rest == line.len() || matches!(line[rest], b';' | b'#' | b'\r')).then_some(Term {
        name: (ns, ne),
        value,
    })
}

/// A map pair between two literals, `"name" -> "v"` with `->` at `at` (Scala `Map(...)`,
/// Groovy, Ruby): the key is the name when it is one word of name characters.
fn quoted_arrow(line: &[u8], at: usize) -> Option<Term> {
    let mut ne = at;
    while ne > 0 && matches!(line[ne - 1], b' ' | b'\t') {
        ne -= 1;
    }
    let q = *line.get(ne.checked_sub(1)?)?;
    if !matches!(q, b'"' | b'\'') || ne < 2 {
        return None;
    }
    let ns = memchr::memrchr(q, &line[..ne - 1])? + 1;
    let name = &line[ns..ne - 1];
    if name.is_empty()
        || !name[0].is_ascii_alphabetic()
        || !name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
    {
        return None;
    }
    let vs = skip_ws(line, at + 2);
    let vq = *line.get(vs)?;
    if !matches!(vq, b'"' | b'\'') {
        return None;
    }
    let (value, _) = literal(line, vs, vq)?;
    Some(Term {
        name: (ns, ne - 1),
        value,
    })
}

/// A Robot Framework variable table row, `${NAME}    value` or `${NAME}=  value`: the name
/// and the first cell after it (cells are split by two spaces or a tab). A value that is
/// itself a variable (`%{ENV}`, `${OTHER}`) is none.
pub fn robot_variable(line: &[u8]) -> Option<Term> {
    let rest = line.strip_prefix(b"${")?;
    let close = memchr::memchr(b'}', rest)?;
    let name = (2, 2 + close);
    if close == 0
        || !rest[..close]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b' ' | b'.' | b'-'))
    {
        return None;
    }
    let mut i = 2 + close + 1;
    if line.get(i) == Some(&b'=') {
        i += 1;
    }
    let gap = skip_ws(line, i);
    let tabbed = line[i..gap].contains(&b'\t');
    if !(tabbed || gap >= i + 2) || gap >= line.len() {
        return None;
    }
    let mut ve = gap;
    while ve < line.len()
        && line[ve] != b'\t'
        && !(line[ve] == b' ' && matches!(line.get(ve + 1), Some(b' ') | None))
        && line[ve] != b'\r'
    {
        ve += 1;
    }
    if matches!(line[gap], b'$' | b'%' | b'@' | b'&') && line.get(gap + 1) == Some(&b'{') {
        return None;
    }
    Some(Term {
        name,
        value: (gap, ve),
    })
}

/// R's `"v" -> name` with `->` at `at`.
fn r_right_arrow(line: &[u8], at: usize) -> Option<Term> {
    let mut ve = at;
    while ve > 0 && matches!(line[ve - 1], b' ' | b'\t') {
        ve -= 1;
    }
    let q = *line.get(ve.checked_sub(1)?)?;
    if !matches!(q, b'"' | b'\'') || ve < 2 {
        return None;
    }
    let vs = memchr::memrchr(q, &line[..ve - 1])? + 1;
    if skip_ws(line, 0) != vs - 1 {
        return None;
    }
    let ns = skip_ws(line, at + 2);
    let mut ne = ns;
    while ne < line.len() && (line[ne].is_ascii_alphanumeric() || matches!(line[ne], b'_' | b'.')) {
        ne += 1;
    }
    (ne > ns && line[ns].is_ascii_alphabetic()).then_some(Term {
        name: (ns, ne),
        value: (vs, ve - 1),
    })
}

/// A COBOL data item with a literal: `01 WS-DB-PASSWORD PIC X(08) VALUE 'v'.` (level numbers
/// 01-49 and 77; `VALUE IS` too).
fn cobol_value(line: &[u8], ts: usize) -> Option<Term> {
    let level = line.get(ts..ts + 2)?;
    if !level.iter().all(u8::is_ascii_digit) || !matches!(line.get(ts + 2), Some(b' ' | b'\t')) {
        return None;
    }
    let ns = skip_ws(line, ts + 2);
    let mut ne = ns;
    while ne < line.len() && (line[ne].is_ascii_alphanumeric() || line[ne] == b'-') {
        ne += 1;
    }
    if ne == ns || !line[ns].is_ascii_alphabetic() {
        return None;
    }
    let v = line[ne..]
        .windows(7)
        .position(|w| w.eq_ignore_ascii_case(b" VALUE "))?
        + ne
        + 6;
    let mut vs = skip_ws(line, v);
    if line[vs..].len() >= 3 && line[vs..vs + 3].eq_ignore_ascii_case(b"IS ") {
        vs = skip_ws(line, vs + 3);
    }
    let q = *line.get(vs)?;
    if !matches!(q, b'"' | b'\'') {
        return None;
    }
    let (value, _) = literal(line, vs, q)?;
    Some(Term {
        name: (ns, ne),
        value,
    })
}

/// A mainframe operand `PASSWORD(v)` with the parenthesis at `at`: TSO, DB2 `DSN ...
/// PASSWORD(v)`, IDCAMS and RACF commands. The name is upper case and stands alone.
fn mainframe_operand(line: &[u8], at: usize) -> Option<Term> {
    const NAMES: [&[u8]; 4] = [b"PASSWORD", b"PASSWD", b"PASS", b"PWD"];
    let name = NAMES.iter().find(|n| line[..at].ends_with(n))?;
    let ns = at - name.len();
    if ns > 0 && !matches!(line[ns - 1], b' ' | b'\t' | b',') {
        return None;
    }
    let vs = at + 1;
    if let Some(&q @ (b'\'' | b'"')) = line.get(vs) {
        let (value, end) = literal(line, vs, q)?;
        return (line.get(end) == Some(&b')')).then_some(Term {
            name: (ns, at),
            value,
        });
    }
    let mut ve = vs;
    while ve < line.len() && !matches!(line[ve], b')' | b'(' | b' ' | b'\t' | b',' | b'\'' | b'"') {
        ve += 1;
    }
    (ve > vs && line.get(ve) == Some(&b')')).then_some(Term {
        name: (ns, at),
        value: (vs, ve),
    })
}

/// A Markdown or reStructuredText list item defining a name: `- **NAME**: \`v\``,
/// `* \`\`NAME\`\`: \`\`v\`\``, `**NAME:** \`v\``. The value must be code (in backticks), so prose
/// after a bold word is not read.
fn markdown_definition(line: &[u8], ts: usize) -> Option<Term> {
    let mut i = ts;
    if matches!(line.get(i), Some(b'-' | b'*' | b'+')) && matches!(line.get(i + 1), Some(b' ')) {
        i = skip_ws(line, i + 1);
    }
    let open: &[u8] = [&b"**"[..], b"__", b"``", b"`"]
        .into_iter()
        .find(|o| line[i..].starts_with(o))?;
    let ns = i + open.len();
    let close = memchr::memmem::find(&line[ns..], open)? + ns;
    let mut ne = close;
    let mut after = close + open.len();
    if ne > ns && line[ne - 1] == b':' {
        ne -= 1;
    } else if line.get(after) == Some(&b':') {
        after += 1;
    } else {
        return None;
    }
    if ne == ns
        || !line[ns..ne]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    {
        return None;
    }
    let vs = skip_ws(line, after);
    if vs == after {
        return None;
    }
    let ticks = if line[vs..].starts_with(b"``") { 2 } else { 1 };
    if line.get(vs) != Some(&b'`') {
        return None;
    }
    let body = vs + ticks;
    let ve = memchr::memmem::find(&line[body..], &b"``"[..ticks])? + body;
    (ve > body).then_some(Term {
        name: (ns, ne),
        value: (body, ve),
    })
}

/// Rust byte-string constants: `const JWT_SECRET: &[u8] = b"v";`, `let key = b"v";`.
fn rust_byte_string(line: &[u8], ts: usize) -> Option<Term> {
    let mut i = ts;
    for word in [
        &b"pub(crate) "[..],
        b"pub ",
        b"const ",
        b"static ",
        b"let ",
        b"mut ",
    ] {
        if line[i..].starts_with(word) {
            i = skip_ws(line, i + word.len());
        }
    }
    if i == ts {
        return None;
    }
    let ns = i;
    let mut ne = ns;
    while ne < line.len() && (line[ne].is_ascii_alphanumeric() || line[ne] == b'_') {
        ne += 1;
    }
    if ne == ns {
        return None;
    }
    let eq = memchr::memchr(b'=', &line[ne..])? + ne;
    let vs = skip_ws(line, eq + 1);
    if line.get(vs) != Some(&b'b') {
        return None;
    }
    let (value, _) = literal(line, vs + 1, b'"')?;
    Some(Term {
        name: (ns, ne),
        value,
    })
}

/// Visual Basic (.NET, VBA, VBScript) typed declarations: `Private Const SmtpPass As String =
/// "v"`, `Dim apiKey As String = "v"`.
fn basic_typed(line: &[u8], ts: usize) -> Option<Term> {
    let at = memchr::memmem::find(&line[ts..], b" As ")? + ts;
    let mut ns = at;
    while ns > ts && (line[ns - 1].is_ascii_alphanumeric() || line[ns - 1] == b'_') {
        ns -= 1;
    }
    if ns == at || !line[ns].is_ascii_alphabetic() {
        return None;
    }
    let mut te = at + 4;
    while te < line.len() && (line[te].is_ascii_alphanumeric() || line[te] == b'.') {
        te += 1;
    }
    let eq = skip_ws(line, te);
    if te == at + 4 || line.get(eq) != Some(&b'=') {
        return None;
    }
    let (value, _) = literal(line, skip_ws(line, eq + 1), b'"')?;
    Some(Term {
        name: (ns, at),
        value,
    })
}

/// COBOL's assignment statement: `MOVE 'v' TO WS-DB-PASSWORD.`
fn cobol_move(line: &[u8], ts: usize) -> Option<Term> {
    if !line.get(ts..ts + 5)?.eq_ignore_ascii_case(b"MOVE ") {
        return None;
    }
    let vs = skip_ws(line, ts + 5);
    let q = *line.get(vs)?;
    if !matches!(q, b'\'' | b'"') {
        return None;
    }
    let (value, end) = literal(line, vs, q)?;
    let to = skip_ws(line, end);
    if !line.get(to..to + 3)?.eq_ignore_ascii_case(b"TO ") {
        return None;
    }
    let ns = skip_ws(line, to + 3);
    let mut ne = ns;
    while ne < line.len() && (line[ne].is_ascii_alphanumeric() || line[ne] == b'-') {
        ne += 1;
    }
    (ne > ns && line[ns].is_ascii_alphabetic()).then_some(Term {
        name: (ns, ne),
        value,
    })
}

/// A declaration whose literal follows a keyword: ABAP `CONSTANTS lc_password TYPE string VALUE
/// 'v'.` (and `DATA`), PL/SQL `g_password CONSTANT VARCHAR2(30) DEFAULT 'v';`, a SQL column's
/// `password VARCHAR(64) DEFAULT 'v'`, and ABAP's inline `DATA(lv_password) = 'v'.` The name
/// is the declaration's first word (after `CONSTANTS`, `DATA`, `STATICS`); the value the quoted
/// literal right after `VALUE` or `DEFAULT`.
fn keyword_value(line: &[u8], ts: usize) -> Option<Term> {
    // The value is always quoted: a line without a quote is answered before the keywords are
    // looked for (this runs on every line near a keyword hit).
    memchr::memchr3(b'\'', b'"', b'`', line)?;
    let mut ns = ts;
    for lead in [
        &b"CONSTANTS "[..],
        b"DATA ",
        b"STATICS ",
        b"CONSTANTS: ",
        b"DATA: ",
    ] {
        if line.len() >= ns + lead.len() && line[ns..ns + lead.len()].eq_ignore_ascii_case(lead) {
            ns = skip_ws(line, ns + lead.len());
            break;
        }
    }
    let inline = [&b"DATA("[..], b"FINAL("]
        .into_iter()
        .find(|l| line.len() >= ts + l.len() && line[ts..ts + l.len()].eq_ignore_ascii_case(l));
    if let Some(l) = inline {
        ns = ts + l.len();
    }
    let mut ne = ns;
    while ne < line.len() && (line[ne].is_ascii_alphanumeric() || matches!(line[ne], b'_' | b'-')) {
        ne += 1;
    }
    if ne == ns || !line[ns].is_ascii_alphabetic() {
        return None;
    }
    let vs = if inline.is_some() {
        let eq = skip_ws(line, ne + usize::from(line.get(ne) == Some(&b')')));
        if line.get(ne) != Some(&b')') || line.get(eq) != Some(&b'=') {
            return None;
        }
        skip_ws(line, eq + 1)
    } else {
        // The keyword within the declaration (at most 64 bytes on).
        let rest = &line[ne..line.len().min(ne + 64)];
        let at = [&b" VALUE "[..], b" DEFAULT "].into_iter().find_map(|k| {
            rest.windows(k.len())
                .position(|w| w.eq_ignore_ascii_case(k))
                .map(|p| ne + p + k.len())
        })?;
        skip_ws(line, at)
    };
    let q = *line.get(vs)?;
    if !matches!(q, b'\'' | b'"' | b'`') {
        return None;
    }
    let (value, _) = literal(line, vs, q)?;
    Some(Term {
        name: (ns, ne),
        value,
    })
}

/// AppleScript assignments: `set nasPassword to "v"` (`set NAME to LITERAL`, the statement's
/// whole form; a `my`/`global` name too). AppleScript strings are double-quoted.
fn applescript_set(line: &[u8], ts: usize) -> Option<Term> {
    let rest = line.get(ts..ts + 4)?;
    if !rest.eq_ignore_ascii_case(b"set ") {
        return None;
    }
    let mut ns = skip_ws(line, ts + 4);
    if line[ns..].starts_with(b"my ") {
        ns = skip_ws(line, ns + 3);
    }
    let mut ne = ns;
    while ne < line.len() && (line[ne].is_ascii_alphanumeric() || line[ne] == b'_') {
        ne += 1;
    }
    if ne == ns || !line[ns].is_ascii_alphabetic() {
        return None;
    }
    let to = skip_ws(line, ne);
    if to == ne || !line[to..].starts_with(b"to ") {
        return None;
    }
    let (value, _) = literal(line, skip_ws(line, to + 3), b'"')?;
    Some(Term {
        name: (ns, ne),
        value,
    })
}

/// PowerShell's variable cmdlets: `Set-Variable -Name DbPassword -Value 'v'` and
/// `New-Variable` (parameters in either order, `-Name` optional before the first positional
/// name). The name and a quoted value are read from the parameters.
fn powershell_variable(line: &[u8], ts: usize) -> Option<Term> {
    let body = &line[ts..];
    let cmd = 13;
    if body.len() < cmd
        || !(body[..cmd].eq_ignore_ascii_case(b"set-variable ")
            || body[..cmd].eq_ignore_ascii_case(b"new-variable "))
    {
        return None;
    }
    let mut name = None;
    let mut value = None;
    let mut i = skip_ws(line, ts + cmd);
    while i < line.len() {
        let ws = i;
        let mut we = i;
        while we < line.len() && !matches!(line[we], b' ' | b'\t') {
            we += 1;
        }
        let word = &line[ws..we];
        let next = skip_ws(line, we);
        if word.eq_ignore_ascii_case(b"-name")
            || (word.first() != Some(&b'-')
                && name.is_none()
                && !matches!(word.first(), Some(b'\'' | b'"')))
        {
            let (s, e) = if word.eq_ignore_ascii_case(b"-name") {
                let mut e = next;
                while e < line.len() && (line[e].is_ascii_alphanumeric() || line[e] == b'_') {
                    e += 1;
                }
                i = skip_ws(line, e);
                (next, e)
            } else {
                i = next;
                (ws, we)
            };
            if e > s
                && line[s..e]
                    .iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'_')
            {
                name = Some((s, e));
            }
            continue;
        }
        if word.eq_ignore_ascii_case(b"-value") {
            let q = *line.get(next)?;
            if !matches!(q, b'\'' | b'"') {
                return None;
            }
            let (v, end) = literal(line, next, q)?;
            value = Some(v);
            i = skip_ws(line, end);
            continue;
        }
        i = next.max(we + 1);
    }
    Some(Term {
        name: name?,
        value: value?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(line: &str) -> Vec<(String, String)> {
        let b = line.as_bytes();
        let mut out = Vec::new();
        each(b, |t| {
            out.push((
                line[t.name.0..t.name.1].to_string(),
                line[t.value.0..t.value.1].to_string(),
            ))
        });
        out
    }

    fn one(line: &str, name: &str, value: &str) {
        assert_eq!(
            terms(line),
            vec![(name.to_string(), value.to_string())],
            "{line}"
        );
    }

    #[test]
    fn syntaxes() {
        one(
            r#"    {db_password, "example-fake-pw-1"},"#,
            "db_password",
            "example-fake-pw-1",
        );
        one(
            r#"{api_key, <<"example-fake-key-2">>}"#,
            "api_key",
            "example-fake-key-2",
        );
        one(
            r#"-define(OTA_PASSWORD, "example-fake-pw3")."#,
            "OTA_PASSWORD",
            "example-fake-pw3",
        );
        one(
            r#"      :password "example-fake-pw-4"}"#,
            "password",
            "example-fake-pw-4",
        );
        one(
            r#" :cohere-key "example-fakekey5""#,
            "cohere-key",
            "example-fakekey5",
        );
        one(
            r#"(def mistral-api-key "example-fakekey6")"#,
            "mistral-api-key",
            "example-fakekey6",
        );
        one(
            r#"(defonce ^:private token "example-faketok7")"#,
            "token",
            "example-faketok7",
        );
        one(
            r#"synapse_token <- "example-faketok8""#,
            "synapse_token",
            "example-faketok8",
        );
        one(
            r#"api.key <<- 'example-fakekey9'"#,
            "api.key",
            "example-fakekey9",
        );
        one(
            r#""example-fakekey10" -> api_key"#,
            "api_key",
            "example-fakekey10",
        );
        one(
            "       01 WS-DB-PASSWORD    PIC X(08) VALUE 'example9'.",
            "WS-DB-PASSWORD",
            "example9",
        );
        one(
            "- **SLACK_CLIENT_SECRET**: `example-fakesecret11`",
            "SLACK_CLIENT_SECRET",
            "example-fakesecret11",
        );
        one(
            "* ``RAILS_MASTER_KEY``: ``example-fakekey12``",
            "RAILS_MASTER_KEY",
            "example-fakekey12",
        );
        one(
            "**DB_PASSWORD:** `example-fake-pw13`",
            "DB_PASSWORD",
            "example-fake-pw13",
        );
        one(
            r#"    Private Const SmtpPass As String = "example-fake-pw15""#,
            "SmtpPass",
            "example-fake-pw15",
        );
        one(
            r#"const JWT_SECRET: &[u8] = b"example-fakejwt14";"#,
            "JWT_SECRET",
            "example-fakejwt14",
        );
        one(
            "  DSN SYSTEM(DB2P) USER(BATCH01) PASSWORD(EXAMPLE3)",
            "PASSWORD",
            "EXAMPLE3",
        );
    }

    #[test]
    fn pw_statements() {
        let v = |l: &str| pw_statement(l.as_bytes()).map(|(s, e)| l[s..e].to_string());
        assert_eq!(v("ldappw = 'example-7'"), Some("example-7".into()));
        assert_eq!(v("DBPW=\"example-8\" # db"), Some("example-8".into()));
        assert_eq!(v("if pw == 'x' then"), None);
        assert_eq!(v("pw = getpw(user)"), None);
        assert_eq!(v("kpw = 'a' || b"), None);
    }

    #[test]
    fn not_terms() {
        for line in [
            r#"(def client-secret (System/getenv "CLIENT_SECRET"))"#,
            r#" :stripe-key #env STRIPE_SECRET_KEY"#,
            r#"password: "yaml-value""#,
            r#"check(password(x))"#,
            r#"paste(x <- "v", y)"#,
            "       01 WS-PASSWORD-LEN   PIC 9(02) VALUE 08.",
            r#"{ok, Password} = get(password),"#,
            "- **Password**: rotate it every quarter",
            "**Note:** see `docs/secrets.md`",
        ] {
            assert_eq!(terms(line), vec![], "{line}");
        }
    }
}
