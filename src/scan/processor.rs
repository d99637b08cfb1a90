//! The blob processor: one per worker thread, the one place where content is prepared (size
//! policy, encoding, archives expanded, binary content reduced to string runs) and matched,
//! whatever source it came from. It keeps its own matcher scratch, and hands what it gathered to
//! the scan when it is dropped.

use super::archive::{self, Event};
use super::content::{decode_utf16, kind_of, Kind, Strings};
use super::{ContentPolicy, Scanner};
use crate::blob::{BlobId, Provenance, Warning};
use crate::finding::{Finding, Hit};
use crate::matcher::{Match, Scratch};
use crate::outcome::ScanStats;
use crate::source::git::linediff::{added_lines, AddedLines};
use crate::source::{BlobVisitor, Item, Origin, Progress, VisitorFactory};
use std::cell::Cell;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What the workers gathered.
#[derive(Debug, Default)]
pub struct Gathered {
    /// Findings whose provenance was known when their blob was read.
    pub findings: Vec<Finding>,
    /// Hits in git blobs, placed once attribution knows where each blob was introduced.
    pub blob_hits: Vec<(BlobId, Vec<Hit>)>,
    /// Hits in commit messages, by commit id.
    pub message_hits: Vec<(BlobId, Vec<Hit>)>,
    pub warnings: Vec<Warning>,
    pub stats: ScanStats,
    /// Findings dropped because they sit on lines a staged change does not add.
    pub on_untouched_lines: usize,
    /// Git blobs over the size limit (and their sizes), named once attribution places them.
    pub oversized_blobs: Vec<(BlobId, u64)>,
}

impl Gathered {
    fn merge(&mut self, o: Gathered) {
        self.findings.extend(o.findings);
        self.blob_hits.extend(o.blob_hits);
        self.message_hits.extend(o.message_hits);
        self.warnings.extend(o.warnings);
        self.stats.merge(&o.stats);
        self.on_untouched_lines += o.on_untouched_lines;
        self.oversized_blobs.extend(o.oversized_blobs);
    }
}

/// Makes processors and gathers what they found.
pub struct Processors<'s> {
    scanner: &'s Scanner,
    policy: &'s ContentPolicy,
    gathered: Mutex<Gathered>,
}

impl<'s> Processors<'s> {
    pub fn new(scanner: &'s Scanner, policy: &'s ContentPolicy) -> Processors<'s> {
        Processors {
            scanner,
            policy,
            gathered: Mutex::new(Gathered::default()),
        }
    }

    pub fn processor(&self) -> Processor<'_> {
        Processor {
            scanner: self.scanner,
            policy: self.policy,
            scratch: Scratch::default(),
            matches: Vec::new(),
            buf: Vec::new(),
            local: Gathered::default(),
            sink: &self.gathered,
        }
    }

    /// Everything gathered by processors dropped so far.
    pub fn into_gathered(self) -> Gathered {
        self.gathered
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
    }
}

impl VisitorFactory for Processors<'_> {
    fn visitor(&self) -> Box<dyn BlobVisitor + Send + '_> {
        Box::new(self.processor())
    }

    fn progress(&self) -> Option<&dyn Progress> {
        self.scanner.progress()
    }
}

/// One worker's content preparation and matching.
pub struct Processor<'s> {
    scanner: &'s Scanner,
    policy: &'s ContentPolicy,
    scratch: Scratch,
    matches: Vec<Match>,
    buf: Vec<u8>,
    local: Gathered,
    sink: &'s Mutex<Gathered>,
}

impl Drop for Processor<'_> {
    fn drop(&mut self) {
        self.local.stats.costs.merge(&self.scratch.costs);
        let local = std::mem::take(&mut self.local);
        let mut g = self.sink.lock().unwrap_or_else(|e| e.into_inner());
        g.merge(local);
    }
}

impl BlobVisitor for Processor<'_> {
    fn admit(&mut self, origin: &Origin, size: u64) -> bool {
        if let Origin::Placed(p) = origin {
            if self.policy.excludes(p.path()) {
                self.local.stats.skipped_excluded += 1;
                return false;
            }
        }
        !self.over_size(origin, size)
    }

    fn visit(&mut self, item: Item<'_>) {
        // Sources that learn the size only by reading (pack traversal, a file that grew) are held
        // to the same limit here.
        if self.over_size(&item.origin, item.blob.bytes.len() as u64) {
            return;
        }
        self.process(item);
    }

    fn warn(&mut self, warning: Warning) {
        self.local.warnings.push(warning);
    }

    fn take_buffer(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.buf)
    }

    fn give_buffer(&mut self, buf: Vec<u8>) {
        self.buf = buf;
    }
}

impl Processor<'_> {
    /// Whether content of `size` bytes is over the limit; then it is counted and named: at once
    /// where its path is known (a staged file over the limit fails the gate: the change was not
    /// judged), after attribution for a git blob.
    fn over_size(&mut self, origin: &Origin, size: u64) -> bool {
        let max = self.policy.max_size;
        if size <= max {
            return false;
        }
        self.local.stats.skipped_too_large += 1;
        let message = format!("skipped: {size} bytes is over --max-file-size {max}");
        match origin {
            Origin::Placed(p @ Provenance::Staged { .. }) => {
                self.warn(Warning::lost(p.path(), message))
            }
            Origin::Placed(p) => self.warn(Warning::note(p.path(), message)),
            Origin::GitBlob(id) => self.local.oversized_blobs.push((*id, size)),
            Origin::CommitMessage(id) => self.warn(Warning::note(id.to_hex(), message)),
        }
        true
    }

    /// Prepares, matches and routes one piece of content.
    fn process(&mut self, item: Item<'_>) {
        self.local.stats.read_time += item.read_time;
        let t0 = Instant::now();
        let mut hits = Vec::new();
        let budget = Cell::new(self.policy.limits().total_max);
        let mut cx = Judging {
            origin: &item.origin,
            budget: &budget,
            hits: &mut hits,
        };
        self.judge(item.blob.bytes, None, 0, &mut cx);
        if !hits.is_empty() {
            let id = item
                .blob
                .id
                .unwrap_or_else(|| BlobId::of_content(item.blob.bytes));
            for h in &mut hits {
                h.blob_id = Some(id);
            }
            if let Some(previous) = item.previous {
                let old = text_of(previous);
                let new = text_of(item.blob.bytes);
                let added = added_lines(&old, &new);
                self.keep_added(&mut hits, &added);
            }
        }
        let stats = &mut self.local.stats;
        stats.match_time += t0.elapsed();
        if !matches!(item.origin, Origin::CommitMessage(_)) {
            stats.blobs_scanned += 1;
            if let Some(p) = self.scanner.progress() {
                p.judged(item.blob.bytes.len() as u64);
            }
        }
        if hits.is_empty() {
            return;
        }
        match item.origin {
            Origin::Placed(p) => self.local.findings.extend(place(&hits, &p)),
            Origin::GitBlob(id) => self.local.blob_hits.push((id, hits)),
            Origin::CommitMessage(id) => self.local.message_hits.push((id, hits)),
        }
    }

    /// Judges `bytes` (a blob, or an archive member at `member`) by what they are.
    fn judge(&mut self, bytes: &[u8], member: Option<&str>, depth: usize, cx: &mut Judging<'_>) {
        match kind_of(bytes) {
            Kind::Text => self.match_text(bytes, member, cx),
            Kind::Utf16 { little } => {
                let text = decode_utf16(bytes, little);
                self.match_text(&text, member, cx);
            }
            Kind::MaybeUtf16 { little } => {
                // Two bytes that look like a byte-order mark in front of what does not look
                // like UTF-16: judge both readings rather than trust either.
                let text = decode_utf16(bytes, little);
                self.match_text(&text, member, cx);
                self.match_text(bytes, member, cx);
            }
            Kind::Archive(format)
                if self.policy.archives && depth < self.policy.limits().max_depth =>
            {
                self.expand(bytes, format, member, depth, cx)
            }
            Kind::Archive(_) | Kind::Binary => self.match_binary(bytes, member, cx),
        }
    }

    fn expand(
        &mut self,
        bytes: &[u8],
        format: super::content::ArchiveFormat,
        member: Option<&str>,
        depth: usize,
        cx: &mut Judging<'_>,
    ) {
        let t0 = Instant::now();
        self.local.stats.archives += 1;
        let limits = self.policy.limits();
        let (origin, budget) = (cx.origin, cx.budget);
        let hits = &mut *cx.hits;
        let mut inner = Duration::ZERO;
        // Each member is judged as it is read, so one member at a time is held in memory.
        archive::expand(bytes, format, &limits, budget, &mut |e| match e {
            Event::Member { name, bytes } => {
                let path = join_member(member, &name);
                if !name.is_empty() {
                    self.local.stats.archive_members += 1;
                }
                self.local.stats.archive_bytes += bytes.len() as u64;
                let t1 = Instant::now();
                let mut inner_cx = Judging {
                    origin,
                    budget,
                    hits: &mut *hits,
                };
                self.judge(&bytes, path.as_deref(), depth + 1, &mut inner_cx);
                inner += t1.elapsed();
            }
            Event::Unread { name, why } => {
                let at = join_member(member, &name).map_or(String::new(), |m| format!("!{m}"));
                let path = format!("{}{at}", origin.path());
                self.warn(Warning::lost(
                    path,
                    format!("archive content not scanned: {why}"),
                ));
            }
        });
        self.local.stats.archive_time += t0.elapsed().saturating_sub(inner);
    }

    /// Matches plain text.
    fn match_text(&mut self, text: &[u8], member: Option<&str>, cx: &mut Judging<'_>) {
        if member.is_none() {
            if let Origin::Placed(p) = cx.origin {
                if !text.is_ascii() && std::str::from_utf8(text).is_err() {
                    self.local.stats.not_utf8 += 1;
                    self.warn(Warning::note(
                        p.path(),
                        "not valid UTF-8; scanned as raw bytes",
                    ));
                }
            }
        }
        if member.is_some() || !matches!(cx.origin, Origin::CommitMessage(_)) {
            self.local.stats.bytes_scanned += text.len() as u64;
        }
        self.matches.clear();
        self.scanner
            .matcher
            .find(text, &mut self.scratch, &mut self.matches);
        self.locate(text, member, cx);
    }

    /// Matches the printable string runs of binary content with the rules whose secrets have a
    /// shape of their own (not the generic ones, which judge names and entropy and would read
    /// noise into compiled code); findings point at the bytes in the binary.
    fn match_binary(&mut self, bytes: &[u8], member: Option<&str>, cx: &mut Judging<'_>) {
        let t0 = Instant::now();
        let strings = Strings::of(bytes);
        self.local.stats.binary_searched += 1;
        self.local.stats.binary_string_bytes += strings.text.len() as u64;
        self.matches.clear();
        self.scanner
            .matcher
            .find(&strings.text, &mut self.scratch, &mut self.matches);
        let scanner = self.scanner;
        self.matches.retain_mut(|m| {
            if !scanner.in_binaries(m.rule) {
                return false;
            }
            let Some(run) = strings.run_of(m.start, m.end) else {
                return false;
            };
            let width = if run.wide { 2 } else { 1 };
            if run.wide && m.decoded.is_none() {
                m.decoded = Some(strings.text[m.start..m.end].into());
            }
            m.start = run.raw + (m.start - run.text) * width;
            m.end = run.raw + (m.end - run.text) * width;
            true
        });
        // Wide runs were collected after the ASCII ones: back into the order of the bytes.
        self.matches.sort_by_key(|m| (m.start, m.rule));
        self.locate(bytes, member, cx);
        self.local.stats.binary_time += t0.elapsed();
    }

    /// Turns the current matches in `bytes` into hits (at `member`, if inside an archive).
    fn locate(&mut self, bytes: &[u8], member: Option<&str>, cx: &mut Judging<'_>) {
        if self.matches.is_empty() {
            return;
        }
        let from = cx.hits.len();
        self.scanner.locate(bytes, &self.matches, cx.hits);
        if let Some(m) = member {
            for h in &mut cx.hits[from..] {
                h.member = Some(m.to_string());
            }
        }
    }

    /// Keeps the hits on lines a change adds (and every hit inside an archive member, which has
    /// no lines to compare); counts the others.
    fn keep_added(&mut self, hits: &mut Vec<Hit>, added: &AddedLines) {
        let before = hits.len();
        hits.retain(|h| {
            h.member.is_some() || added.any_in(h.location.start_line, h.location.end_line)
        });
        self.local.on_untouched_lines += before - hits.len();
    }
}

/// The findings `hits` are at `provenance`.
pub fn place<'h>(
    hits: &'h [Hit],
    provenance: &'h Provenance,
) -> impl Iterator<Item = Finding> + 'h {
    hits.iter().map(move |h| h.at(provenance.clone()))
}

/// What judging one blob carries along: where it came from (for warnings), the expansion budget
/// left, and the hits so far.
struct Judging<'a> {
    origin: &'a Origin,
    budget: &'a Cell<u64>,
    hits: &'a mut Vec<Hit>,
}

/// `outer!name`, or `name` at the top; a gzip stream (no name) adds no step.
fn join_member(outer: Option<&str>, name: &str) -> Option<String> {
    match (outer, name.is_empty()) {
        (o, true) => o.map(str::to_string),
        (Some(o), false) => Some(format!("{o}!{name}")),
        (None, false) => Some(name.to_string()),
    }
}

/// The text a staged change's lines are compared in: what the matcher saw of plain and UTF-16
/// text (other content has no lines to compare: every line of it counts as added).
fn text_of(bytes: &[u8]) -> Vec<u8> {
    match kind_of(bytes) {
        Kind::Text | Kind::MaybeUtf16 { .. } => bytes.to_vec(),
        Kind::Utf16 { little } => decode_utf16(bytes, little),
        _ => Vec::new(),
    }
}
