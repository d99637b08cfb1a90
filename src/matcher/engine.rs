//! The default engine: one Aho-Corasick automaton over every rule keyword ([`super::keywords`]), then each candidate
//! rule's regex run only in windows around its keyword hits.
//!
//! Windows keep the cost of a rule proportional to how often its keywords occur rather than to
//! the blob's size, which matters for short, common keywords (`token`, `secret`) in large files.
//! Regex searches start inside the full haystack (`captures_at`), so word boundaries and anchors
//! see the real bytes before a window.

use super::keywords::{self, KeywordSearcher};
use super::{filters, normalize, Match, Matcher, RuleCost, Scratch};
use crate::rules::RuleSet;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

/// Bytes before a keyword hit that a match may start at (variable names before prefix-less keys).
const WINDOW_BEFORE: usize = 512;
/// How far past the requested window the engine looks for a line end before cutting a line.
const LINE_END_SLACK: usize = 64 * 1024;

/// The most bytes one match and the context it is judged in can span under `rules`: the bytes
/// before a keyword hit, the longest rule window after it and the slack to a line end, with the
/// decoding and assignment context around them. Content judged in windows overlaps them by more.
pub fn reach(rules: &RuleSet) -> usize {
    let window = rules
        .rules()
        .iter()
        .map(|r| r.spec.window)
        .max()
        .unwrap_or(0);
    WINDOW_BEFORE + window + LINE_END_SLACK + 2 * normalize::CONTEXT + super::assign::PARENT_BYTES
}

/// Tag marking rules that defer to provider-specific rules matching the same bytes.
pub const GENERIC_TAG: &str = "generic";

pub struct RegexMatcher {
    rules: Arc<RuleSet>,
    keywords: KeywordSearcher,
    /// For each keyword pattern, the rules it triggers.
    keyword_rules: Vec<Vec<KeywordRule>>,
    /// For each keyword pattern, the common words holding it that name no provider
    /// ([`keywords::NOT_A_NAME`]): a hit inside one of them is not a hit of the keyword's rules.
    not_a_name: Vec<Vec<keywords::WordAround>>,
    generic: Vec<bool>,
    /// For each rule, the bytes before a keyword hit its regex window starts: none where every
    /// match starts at its keyword ([`keywords::match_starts_with`]), else [`WINDOW_BEFORE`].
    window_before: Vec<usize>,
}

/// A rule a keyword triggers.
struct KeywordRule {
    rule: u32,
    /// The keyword as the rule writes it, where every match of the rule starts with it in that
    /// case ([`keywords::secret_starts_with_exact`]): hits in another case open no window.
    exact: Option<Box<[u8]>>,
    /// Whether a hit places the assignment pass: the rule is an assignment-pass rule, and the
    /// hit stands after a non-word byte where the pattern reads the keyword only at a word start
    /// ([`keywords::needs_word_start`]).
    starts_assign: bool,
    word_start: bool,
}

impl RegexMatcher {
    pub fn new(rules: Arc<RuleSet>) -> RegexMatcher {
        // Each pattern is read once for what every one of its keywords asks of it.
        let shapes: Vec<keywords::PatternShape> = rules
            .rules()
            .iter()
            .map(|r| keywords::PatternShape::of(&r.spec.pattern))
            .collect();
        // Rules whose keyword hits start the assignment pass: the generic rules, rules with
        // `context` words, and rules with a provider-name keyword (letters only, 5 or more),
        // whose patterns look for a variable name. Prefix keywords (`sk-`, `ghp_`) need no
        // assignment, nor does a rule whose match is its secret alone
        // ([`keywords::match_is_secret`]): the pass would find in a value what it finds in place.
        let assign_trigger: Vec<bool> = rules
            .rules()
            .iter()
            .zip(&shapes)
            .map(|(r, shape)| {
                (r.has_tag(GENERIC_TAG)
                    || !r.context.is_empty()
                    || r.spec
                        .keywords
                        .iter()
                        .any(|k| k.len() >= 5 && k.bytes().all(|b| b.is_ascii_alphabetic())))
                    && !shape.match_is_secret()
            })
            .collect();
        let window_before = rules
            .rules()
            .iter()
            .zip(&shapes)
            .map(|(r, shape)| {
                let at_keyword = !r.spec.keywords.is_empty()
                    && r.spec.keywords.iter().all(|k| shape.match_starts_with(k));
                if at_keyword {
                    0
                } else {
                    WINDOW_BEFORE
                }
            })
            .collect();
        let mut literals: Vec<String> = Vec::new();
        let mut keyword_rules: Vec<Vec<KeywordRule>> = Vec::new();
        // Keyword -> its index in `literals` (a linear search here was quadratic at start-up).
        let mut index: HashMap<String, usize> = HashMap::new();
        for (i, rule) in rules.rules().iter().enumerate() {
            for kw in &rule.spec.keywords {
                // Hits of assignment-pass rules also place that pass: they stay as they were.
                let exact = (!assign_trigger[i] && shapes[i].secret_starts_with_exact(kw))
                    .then(|| kw.as_bytes().into());
                let lower = kw.to_ascii_lowercase();
                let p = *index.entry(lower.clone()).or_insert_with(|| {
                    literals.push(lower);
                    keyword_rules.push(Vec::new());
                    literals.len() - 1
                });
                match keyword_rules[p].iter_mut().find(|k| k.rule == i as u32) {
                    // The same keyword twice in one rule, in two cases: either case will do.
                    Some(k) if k.exact != exact => k.exact = None,
                    Some(_) => {}
                    None => keyword_rules[p].push(KeywordRule {
                        rule: i as u32,
                        exact,
                        starts_assign: assign_trigger[i],
                        word_start: assign_trigger[i] && shapes[i].needs_word_start(kw),
                    }),
                }
            }
        }
        let not_a_name = literals.iter().map(|k| keywords::words_around(k)).collect();
        let keywords = KeywordSearcher::new(&literals)
            .expect("keyword automaton builds from validated, non-empty literals");
        let generic = rules
            .rules()
            .iter()
            .map(|r| r.has_tag(GENERIC_TAG))
            .collect();
        RegexMatcher {
            rules,
            keywords,
            keyword_rules,
            not_a_name,
            generic,
            window_before,
        }
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    fn confirm(
        &self,
        rule_idx: usize,
        bytes: &[u8],
        windows: &[(usize, usize)],
        out: &mut Vec<Match>,
        check_context: bool,
        literal: &dyn Fn(usize, usize) -> bool,
    ) {
        let rule = &self.rules.rules()[rule_idx];
        // One set of capture slots for every search of this rule here (`captures_at` would
        // allocate one per search: one per window, most of which match nothing).
        let mut locs = rule.regex().capture_locations();
        for &(ws, we) in windows {
            let hay = &bytes[..we];
            let mut at = ws;
            while at < we {
                let Some(whole) = rule.regex().captures_read_at(&mut locs, hay, at) else {
                    break;
                };
                let Some((ss, se)) = locs.get(rule.secret_group()) else {
                    at = whole.end().max(whole.start() + 1);
                    continue;
                };
                // Resume right after the secret, not after the whole match: a pattern's trailing
                // boundary (`,` in `KEY1,KEY2`) may be the next match's leading one.
                at = se.max(whole.start() + 1);
                let is_literal = || literal(ss, se);
                if rule.has_tag(super::GENERIC_TAG)
                    && filters::browser_public_name(&hay[whole.start()..ss])
                {
                    continue;
                }
                if filters::passes(rule, &hay[ss..se], is_literal)
                    && (!check_context
                        || filters::has_context(rule, bytes, whole.start(), whole.end()))
                {
                    out.push(Match {
                        rule: rule_idx,
                        start: ss,
                        end: se,
                        decoded: None,
                    });
                }
            }
        }
    }
}

/// A byte of a regex word (`\\w` in ASCII), which `\\b` tells from the rest.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The end of the line holding `pos`, or `pos + slack` when the line is longer than that.
fn line_end_near(bytes: &[u8], pos: usize, slack: usize) -> usize {
    let limit = (pos + slack).min(bytes.len());
    match memchr::memchr(b'\n', &bytes[pos.min(limit)..limit]) {
        Some(i) => pos + i + 1,
        None => limit,
    }
}

impl Matcher for RegexMatcher {
    /// Matches `bytes` as they are, then the decoded form of their encoded parts (see
    /// [`normalize`]), reported at the encoded text's original offsets.
    fn find(&self, bytes: &[u8], scratch: &mut Scratch, out: &mut Vec<Match>) {
        let first = out.len();
        self.find_plain(bytes, scratch, out);
        let t0 = Instant::now();
        let mut hit_positions = std::mem::take(&mut scratch.hit_positions);
        hit_positions.clear();
        hit_positions.extend(scratch.hits.iter().map(|&(_, pos)| pos));
        // Decoding is placed by every keyword hit, whatever its case, as before exact-case hits.
        hit_positions.extend_from_slice(&scratch.other_case_hits);
        hit_positions.sort_unstable();
        hit_positions.dedup();
        let mut decoded = std::mem::take(&mut scratch.decoded);
        let added = normalize::find_decoded(
            bytes,
            &hit_positions,
            &mut decoded,
            out,
            first,
            |text, found| {
                scratch.costs.decoded_bytes += text.len() as u64;
                self.find_plain(text, scratch, found)
            },
        );
        scratch.decoded = decoded;
        scratch.hit_positions = hit_positions;
        scratch.costs.normalize_nanos += t0.elapsed().as_nanos() as u64;
        if added {
            self.drop_shadowed_generic(out, first);
        }
    }
}

impl RegexMatcher {
    /// Matches `bytes` as they are, with no decoding: the rules' patterns, then the same rules
    /// over every assignment recognised near a keyword hit (see [`super::assign`]).
    pub fn find_plain(&self, bytes: &[u8], scratch: &mut Scratch, out: &mut Vec<Match>) {
        let first_out = out.len();
        self.find_regex(bytes, scratch, out, true, None);
        if !scratch.hits.is_empty() {
            let t0 = Instant::now();
            self.find_assigned(bytes, scratch, out, first_out);
            scratch.costs.assign_nanos += t0.elapsed().as_nanos() as u64;
        }
        let found = &mut out[first_out..];
        found.sort_unstable_by_key(|m| (m.start, m.end, m.rule));
        self.drop_shadowed_generic(out, first_out);
    }

    /// The rules over each assignment near a keyword hit, written as `name = "value"`; matches
    /// inside the value are mapped back to the value's bytes. Rules with `context` words check
    /// them around the original position; a match the patterns already found is not repeated.
    fn find_assigned(
        &self,
        bytes: &[u8],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
        first_out: usize,
    ) {
        // The positions were gathered with the hits, in `find_regex`.
        let mut st = std::mem::take(&mut scratch.assign);
        if st.positions.is_empty() {
            scratch.assign = st;
            return;
        }
        st.positions.sort_unstable();
        st.positions.dedup();
        st.found.extract(bytes, &st.positions);
        scratch.costs.assign_positions += st.positions.len() as u64;
        scratch.costs.assign_found += st.found.found.len() as u64;
        let mut inner = st.inner.take().unwrap_or_default();
        let mut tmp = std::mem::take(&mut st.matches);
        let original = super::literal::Literals::new(bytes);
        for a in &st.found.found {
            let name = &st.found.names[a.name.0..a.name.1];
            let value = &bytes[a.value.0..a.value.1];
            let q = if !value.contains(&b'"') {
                b'"'
            } else if !value.contains(&b'\'') {
                b'\''
            } else {
                b'`'
            };
            st.synth.clear();
            st.synth.extend_from_slice(name);
            st.synth.extend_from_slice(b" = ");
            st.synth.push(q);
            let off = st.synth.len();
            st.synth.extend_from_slice(value);
            st.synth.push(q);
            st.synth.push(b'\n');
            tmp.clear();
            // Every value is quoted here: whether it is a literal is a question for the
            // secret's bytes in the original text (not the whole value's: the pass may have
            // read a string's closing quote as an opening one, `b"pass=".as_slice(), b"x"`).
            let (vs, len) = (a.value.0, a.value.1 - a.value.0);
            let literal = |s: usize, e: usize| {
                s >= off && e <= off + len && original.is_literal(vs + s - off, vs + e - off)
            };
            self.find_regex(&st.synth, &mut inner, &mut tmp, false, Some(&literal));
            for m in &tmp {
                if m.start < off || m.end > off + value.len() {
                    continue;
                }
                let (s, e) = (a.value.0 + m.start - off, a.value.0 + m.end - off);
                let rule = &self.rules.rules()[m.rule];
                if !filters::has_context(rule, bytes, s, e) {
                    continue;
                }
                let seen = out[first_out..]
                    .iter()
                    .any(|o| o.rule == m.rule && o.start < e && s < o.end);
                if !seen {
                    out.push(Match {
                        rule: m.rule,
                        start: s,
                        end: e,
                        decoded: None,
                    });
                }
            }
        }
        st.matches = tmp;
        st.inner = Some(inner);
        scratch.assign = st;
    }

    /// The rules' patterns in windows around their keyword hits.
    fn find_regex(
        &self,
        bytes: &[u8],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
        check_context: bool,
        literal: Option<&dyn Fn(usize, usize) -> bool>,
    ) {
        let first_out = out.len();
        scratch.hits.clear();
        let t0 = Instant::now();
        scratch.other_case_hits.clear();
        scratch.assign.positions.clear();
        let (hits, other_case, pass) = (
            &mut scratch.hits,
            &mut scratch.other_case_hits,
            &mut scratch.assign.positions,
        );
        self.keywords.for_each(bytes, |pattern, start| {
            let words = &self.not_a_name[pattern];
            if !words.is_empty() && keywords::inside_word(bytes, start, words) {
                other_case.push(start);
                return;
            }
            for k in &self.keyword_rules[pattern] {
                match &k.exact {
                    Some(exact) if !bytes[start..].starts_with(exact) => other_case.push(start),
                    _ => {
                        hits.push((k.rule, start));
                        if k.starts_assign
                            && !(k.word_start && start > 0 && is_word_byte(bytes[start - 1]))
                        {
                            pass.push(start);
                        }
                    }
                }
            }
        });
        scratch.costs.prefilter_nanos += t0.elapsed().as_nanos() as u64;
        if scratch.hits.is_empty() {
            return;
        }
        if scratch.costs.rules.len() < self.rules.len() {
            scratch
                .costs
                .rules
                .resize(self.rules.len(), RuleCost::default());
        }
        scratch.hits.sort_unstable();
        // Without a judge of its own, a candidate is judged in this text, whose head is read
        // once for all of them ([`super::literal::Literals`]).
        let plain = super::literal::Literals::new(bytes);
        let in_place = |s: usize, e: usize| plain.is_literal(s, e);
        let literal = literal.unwrap_or(&in_place);
        let mut i = 0;
        while i < scratch.hits.len() {
            let rule_idx = scratch.hits[i].0;
            let window_after = self.rules.rules()[rule_idx as usize].spec.window;
            let window_before = self.window_before[rule_idx as usize];
            scratch.windows.clear();
            let first_hit = i;
            while i < scratch.hits.len() && scratch.hits[i].0 == rule_idx {
                let pos = scratch.hits[i].1;
                let ws = pos.saturating_sub(window_before);
                let we =
                    line_end_near(bytes, (pos + window_after).min(bytes.len()), LINE_END_SLACK);
                match scratch.windows.last_mut() {
                    Some(last) if ws <= last.1 => last.1 = last.1.max(we),
                    _ => scratch.windows.push((ws, we)),
                }
                i += 1;
            }
            scratch.costs.rules[rule_idx as usize].keyword_hits += (i - first_hit) as u64;
            let windows = std::mem::take(&mut scratch.windows);
            let t1 = Instant::now();
            let before = out.len();
            self.confirm(
                rule_idx as usize,
                bytes,
                &windows,
                out,
                check_context,
                literal,
            );
            let cost = &mut scratch.costs.rules[rule_idx as usize];
            cost.nanos += t1.elapsed().as_nanos() as u64;
            cost.bytes += windows.iter().map(|(s, e)| (e - s) as u64).sum::<u64>();
            cost.matches += (out.len() - before) as u64;
            scratch.windows = windows;
        }
        let found = &mut out[first_out..];
        found.sort_unstable_by_key(|m| (m.start, m.end, m.rule));
    }
}

impl RegexMatcher {
    /// A generic rule's match is dropped where a provider-specific rule matched overlapping bytes:
    /// the specific finding says more, and one leak should not be reported twice.
    fn drop_shadowed_generic(&self, out: &mut Vec<Match>, first: usize) {
        if !out[first..].iter().any(|m| self.generic[m.rule]) {
            return;
        }
        let specific: Vec<(usize, usize)> = out[first..]
            .iter()
            .filter(|m| !self.generic[m.rule])
            .map(|m| (m.start, m.end))
            .collect();
        let mut tail = out.split_off(first);
        tail.retain(|m| {
            !(self.generic[m.rule] && specific.iter().any(|&(s, e)| s < m.end && m.start < e))
        });
        out.extend(tail);
    }
}
