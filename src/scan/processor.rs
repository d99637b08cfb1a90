//! The blob processor: one per worker thread, the one place where content is prepared (size
//! policy, encoding, archives expanded, binary content reduced to string runs) and matched,
//! whatever source it came from. It keeps its own matcher scratch, and hands what it gathered to
//! the scan when it is dropped.

use super::archive::{self, Event};
use super::content::{decode_utf16, kind_of, Kind, Strings};
use super::keyfile;
use super::window::{fill, step, Place};
use super::{ContentPolicy, Scanner};
use crate::blob::{Blob, BlobId, IdHasher, Provenance, Warning};
use crate::finding::{Finding, Hit};
use crate::matcher::{Match, Scratch};
use crate::outcome::ScanStats;
use crate::source::git::linediff::{added_lines, AddedLines};
use crate::source::{BlobVisitor, Item, Origin, Progress, VisitorFactory};
use std::cell::Cell;
use std::io::Read;
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
    /// Matches of key-file content in git blobs, judged without a path: (blob, rule id, start
    /// offset). Their hits are kept only where the blob is placed at that kind's path.
    pub key_file_spans: std::collections::HashSet<(Option<BlobId>, &'static str, usize)>,
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
        self.key_file_spans.extend(o.key_file_spans);
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
        let bytes = item.blob.bytes;
        let windowed = item.previous.is_none()
            && bytes.len() > self.scanner.windows.window
            && matches!(kind_of(bytes), Kind::Text | Kind::Binary);
        if !windowed {
            return self.process(item);
        }
        // Content held whole (a git blob) is still judged a window at a time: what the matcher
        // and the string runs of binary content hold stays bounded.
        let t0 = Instant::now();
        let window = self.scanner.windows.window;
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        buf.extend_from_slice(&bytes[..window]);
        let mut rest = &bytes[window..];
        let id = item.blob.id.unwrap_or_else(|| BlobId::of_content(bytes));
        let mut hits = Vec::new();
        // Reading from a slice cannot fail.
        let _ = self.windows(&item.origin, &mut buf, &mut rest, None, &mut hits);
        buf.clear();
        self.buf = buf;
        self.local.stats.read_time += item.read_time;
        self.finish(item.origin, hits, Some(id), t0, bytes.len() as u64);
    }

    fn visit_reader(
        &mut self,
        origin: Origin,
        size: Option<u64>,
        reader: &mut dyn Read,
    ) -> std::io::Result<()> {
        let t0 = Instant::now();
        let max = self.policy.max_size;
        let window = self.scanner.windows.window;
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let mut limited = reader.take(max);
        // Whether the reader itself ended: fewer bytes than both the window and the limit.
        let mut ended = false;
        let result = fill(&mut limited, &mut buf, window).and_then(|()| {
            if buf.len() < window {
                ended = (buf.len() as u64) < max;
                self.process(Item {
                    blob: Blob {
                        id: None,
                        bytes: &buf,
                    },
                    origin: origin.clone(),
                    previous: None,
                    read_time: t0.elapsed(),
                });
                Ok(())
            } else {
                self.stream(&origin, size, &mut buf, &mut limited)
            }
        });
        buf.clear();
        self.buf = buf;
        result?;
        // Content whose size is learnt by reading (standard input, a file that grew): judged up
        // to the limit, and named. A reader already seen to end needs no further read (one
        // system call per file less: most files fit one window).
        if !ended && reader.read(&mut [0u8; 1])? > 0 {
            self.local.stats.skipped_too_large += 1;
            let w = self.policy.over_limit(
                origin.path(),
                format!("over --max-file-size {max}: only the first {max} bytes were scanned"),
            );
            self.warn(w);
        }
        Ok(())
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
            Origin::Placed(p) => {
                let w = self.policy.over_limit(p.path(), message);
                self.warn(w)
            }
            Origin::GitBlob(id) => self.local.oversized_blobs.push((*id, size)),
            Origin::CommitMessage(id) => {
                let w = self.policy.over_limit(id.to_hex(), message);
                self.warn(w)
            }
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
        if let Origin::Placed(p) = &item.origin {
            self.warn_unknown_allows(item.blob.bytes, p, item.previous);
        }
        if !hits.is_empty() {
            if let Some(previous) = item.previous {
                let old = text_of(previous);
                let new = text_of(item.blob.bytes);
                let added = added_lines(&old, &new);
                self.keep_added(&mut hits, &added);
            }
        }
        let id = (!hits.is_empty()).then(|| {
            item.blob
                .id
                .unwrap_or_else(|| BlobId::of_content(item.blob.bytes))
        });
        let len = item.blob.bytes.len() as u64;
        self.finish(item.origin, hits, id, t0, len);
    }

    /// Counts one judged blob and routes its hits (with the blob's id, where known).
    /// `len` is the blob's size in bytes, for the progress bar.
    fn finish(
        &mut self,
        origin: Origin,
        mut hits: Vec<Hit>,
        id: Option<BlobId>,
        t0: Instant,
        len: u64,
    ) {
        for h in &mut hits {
            h.blob_id = id;
        }
        let stats = &mut self.local.stats;
        stats.match_time += t0.elapsed();
        if !matches!(origin, Origin::CommitMessage(_)) {
            stats.blobs_scanned += 1;
            if let Some(p) = self.scanner.progress() {
                p.judged(len);
            }
        }
        if hits.is_empty() {
            return;
        }
        match origin {
            Origin::Placed(p) => self.local.findings.extend(place(&hits, &p)),
            Origin::GitBlob(id) => self.local.blob_hits.push((id, hits)),
            Origin::CommitMessage(id) => self.local.message_hits.push((id, hits)),
        }
    }

    /// Judges streamed content larger than one window: `buf` holds its first window, `rest` the
    /// remainder. An archive is read whole (it cannot be expanded a piece at a time) up to the
    /// archive budget; beyond it, it is searched as binary, and named.
    fn stream(
        &mut self,
        origin: &Origin,
        size: Option<u64>,
        buf: &mut Vec<u8>,
        rest: &mut dyn Read,
    ) -> std::io::Result<()> {
        let t0 = Instant::now();
        if matches!(kind_of(buf), Kind::Archive(_)) && self.policy.archives {
            let cap = self.policy.limits().total_max;
            fill(
                rest,
                buf,
                usize::try_from(cap).unwrap_or(usize::MAX).saturating_add(1),
            )?;
            if buf.len() as u64 <= cap {
                self.process(Item {
                    blob: Blob {
                        id: None,
                        bytes: buf,
                    },
                    origin: origin.clone(),
                    previous: None,
                    read_time: t0.elapsed(),
                });
                return Ok(());
            }
            self.warn(Warning::lost(
                origin.path(),
                format!(
                    "an archive over {cap} bytes is not expanded: its members were not \
                     judged (its raw bytes were searched as binary)"
                ),
            ));
        }
        let mut ids = size.map(BlobId::hasher);
        if let Some(h) = &mut ids {
            h.update(buf);
        }
        let mut hits = Vec::new();
        let result = self.windows(origin, buf, rest, ids.as_mut(), &mut hits);
        let id = ids.and_then(|h| h.finish());
        self.finish(
            origin.clone(),
            hits,
            id,
            t0,
            size.unwrap_or(buf.len() as u64),
        );
        result
    }

    /// Matches content a window at a time (see [`window`]): `buf` holds at least its first
    /// window, `rest` the remainder. Text is matched as text, anything else through its string
    /// runs, as binary (UTF-16 and archives larger than a window are read this way: their
    /// UTF-16LE runs are found). Every byte read is fed to `ids`.
    fn windows(
        &mut self,
        origin: &Origin,
        buf: &mut Vec<u8>,
        rest: &mut dyn Read,
        mut ids: Option<&mut IdHasher>,
        hits: &mut Vec<Hit>,
    ) -> std::io::Result<()> {
        let sizes = self.scanner.windows;
        let text = kind_of(buf) == Kind::Text;
        if !text {
            self.local.stats.binary_searched += 1;
        }
        let mut place = Place::default();
        let mut own_start = 0;
        let mut warned_utf8 = false;
        loop {
            let before = buf.len();
            fill(rest, buf, sizes.window)?;
            if let Some(h) = ids.as_deref_mut() {
                h.update(&buf[before..]);
            }
            let last = buf.len() < sizes.window;
            let s = step(buf, own_start, last, sizes);
            let own = s.own_start..s.own_end;
            self.matches.clear();
            if text {
                let owned = &buf[own.clone()];
                if !warned_utf8 && !owned.is_ascii() {
                    if let Err(e) = std::str::from_utf8(owned) {
                        // A character cut at the window's end is not an error.
                        if e.error_len().is_some() || last {
                            warned_utf8 = true;
                            self.note_not_utf8(origin);
                        }
                    }
                }
                self.local.stats.bytes_scanned += own.len() as u64;
                self.scanner
                    .matcher
                    .find(buf, &mut self.scratch, &mut self.matches);
            } else {
                self.binary_matches(buf);
            }
            self.matches.retain(|m| own.contains(&m.start));
            let from = hits.len();
            self.scanner.locate(buf, &self.matches, hits);
            for h in &mut hits[from..] {
                place.adjust(h);
            }
            let Some(next) = s.next else {
                return Ok(());
            };
            place.advance(&buf[..next]);
            buf.drain(..next);
            own_start = s.own_end - next;
        }
    }

    fn note_not_utf8(&mut self, origin: &Origin) {
        if let Origin::Placed(p) = origin {
            self.local.stats.not_utf8 += 1;
            self.warn(Warning::note(
                p.path(),
                "not valid UTF-8; scanned as raw bytes",
            ));
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
        if member.is_none() && !text.is_ascii() && std::str::from_utf8(text).is_err() {
            self.note_not_utf8(cx.origin);
        }
        if member.is_some() || !matches!(cx.origin, Origin::CommitMessage(_)) {
            self.local.stats.bytes_scanned += text.len() as u64;
        }
        self.matches.clear();
        self.scanner
            .matcher
            .find(text, &mut self.scratch, &mut self.matches);
        // Files whose name is the context (`config/master.key`); a git blob's path is judged
        // where it is placed.
        let path = match (member, cx.origin) {
            (Some(m), _) => Some(m),
            (None, Origin::Placed(p)) => Some(p.path()),
            (None, _) => None,
        };
        if !matches!(cx.origin, Origin::CommitMessage(_)) {
            let found = self.matches.len();
            let split = path.map(keyfile::PathParts::of);
            let parts = split.as_ref().map(keyfile::PathParts::parts);
            for &(rule, kind) in &self.scanner.key_files {
                let from = self.matches.len();
                kind.matches(rule, text, parts.as_deref(), &mut self.matches);
                if let (None, Origin::GitBlob(id)) = (path, cx.origin) {
                    for m in &self.matches[from..] {
                        self.local
                            .key_file_spans
                            .insert((Some(*id), kind.rule, m.start));
                    }
                }
            }
            // Snippets read the matches sorted by start; two kinds may share a blob's content
            // (a git blob is tested against every kind), each appending its own spans.
            if self.matches.len() > found {
                self.matches.sort_by_key(|m| m.start);
            }
        }
        self.locate(text, member, cx);
    }

    /// Matches the printable string runs of binary content with the rules whose secrets have a
    /// shape of their own (not the generic ones, which judge names and entropy and would read
    /// noise into compiled code); findings point at the bytes in the binary.
    fn match_binary(&mut self, bytes: &[u8], member: Option<&str>, cx: &mut Judging<'_>) {
        self.local.stats.binary_searched += 1;
        self.binary_matches(bytes);
        self.locate(bytes, member, cx);
    }

    /// Sets the current matches to those in the printable string runs of `bytes`, with the
    /// rules that run over binaries, at the bytes' offsets.
    fn binary_matches(&mut self, bytes: &[u8]) {
        let t0 = Instant::now();
        let strings = Strings::of(bytes);
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
            let width = run.width;
            if width > 1 && m.decoded.is_none() {
                m.decoded = Some(strings.text[m.start..m.end].into());
            }
            m.start = run.raw + (m.start - run.text) * width;
            m.end = run.raw + (m.end - run.text) * width;
            true
        });
        // Wide runs were collected after the ASCII ones: back into the order of the bytes.
        self.matches.sort_by_key(|m| (m.start, m.rule));
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
    /// Warns of inline allows naming a rule id that no rule has (on the lines a staged change
    /// adds, for the staged gate): a misspelt id allows nothing, and the finding it was meant for
    /// is reported without a word about why.
    fn warn_unknown_allows(&mut self, bytes: &[u8], at: &Provenance, previous: Option<&[u8]>) {
        let decoded;
        let text: &[u8] = match kind_of(bytes) {
            Kind::Text | Kind::MaybeUtf16 { .. } => bytes,
            Kind::Utf16 { little } => {
                decoded = decode_utf16(bytes, little);
                &decoded
            }
            _ => return,
        };
        let unknown = self.scanner.unknown_allow_ids(text);
        if unknown.is_empty() {
            return;
        }
        let added = previous.map(|old| added_lines(&text_of(old), text));
        for (line, id) in unknown {
            if added.as_ref().is_some_and(|a| !a.contains(line)) {
                continue;
            }
            self.warn(Warning::note(
                format!("{}:{line}", at.shown_path()),
                format!("inline allow names unknown rule id `{id}`; it allows nothing (`leakgate rules list` shows the ids)"),
            ));
        }
    }

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
