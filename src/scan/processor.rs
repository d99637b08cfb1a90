//! The blob processor: one per worker thread, the one place where content is prepared (size
//! policy, encoding, binary) and matched, whatever source it came from. It keeps its own matcher
//! scratch, and hands what it gathered to the scan when it is dropped.

use super::content::{prepare, Prepared};
use super::{ContentPolicy, Scanner};
use crate::blob::{Blob, BlobId, Provenance, Warning};
use crate::finding::{Finding, Hit};
use crate::matcher::{Match, Scratch};
use crate::outcome::ScanStats;
use crate::source::git::linediff::{added_lines, AddedLines};
use crate::source::{BlobVisitor, Item, Origin, VisitorFactory};
use std::sync::Mutex;
use std::time::Instant;

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
}

impl Gathered {
    fn merge(&mut self, o: Gathered) {
        self.findings.extend(o.findings);
        self.blob_hits.extend(o.blob_hits);
        self.message_hits.extend(o.message_hits);
        self.warnings.extend(o.warnings);
        self.stats.merge(&o.stats);
        self.on_untouched_lines += o.on_untouched_lines;
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
    /// Whether content of `size` bytes is over the limit (then counted and, where it has a path,
    /// named in a warning).
    fn over_size(&mut self, origin: &Origin, size: u64) -> bool {
        let max = self.policy.max_size;
        if size > max {
            self.local.stats.skipped_too_large += 1;
            if let Origin::Placed(p) = origin {
                self.warn(Warning::note(
                    p.path(),
                    format!("skipped: {size} bytes is over --max-file-size {max}"),
                ));
            }
            return true;
        }
        false
    }

    /// Prepares, matches and routes one piece of content.
    fn process(&mut self, item: Item<'_>) {
        self.local.stats.read_time += item.read_time;
        let text = match prepare(item.blob.bytes) {
            Prepared::Binary => {
                self.local.stats.skipped_binary += 1;
                return;
            }
            Prepared::Text(t) => t,
        };
        if let Origin::Placed(p) = &item.origin {
            if !text.is_ascii() && std::str::from_utf8(&text).is_err() {
                self.local.stats.not_utf8 += 1;
                self.warn(Warning::note(
                    p.path(),
                    "not valid UTF-8; scanned as raw bytes",
                ));
            }
        }
        let t0 = Instant::now();
        let mut hits = Vec::new();
        self.find(&text, item.blob, &mut hits);
        if !hits.is_empty() {
            if let Some(previous) = item.previous {
                let old = match prepare(previous) {
                    Prepared::Text(t) => t.into_owned(),
                    Prepared::Binary => Vec::new(),
                };
                let added = added_lines(&old, &text);
                self.keep_added(&mut hits, &added);
            }
        }
        let stats = &mut self.local.stats;
        stats.match_time += t0.elapsed();
        if !matches!(item.origin, Origin::CommitMessage(_)) {
            stats.blobs_scanned += 1;
            stats.bytes_scanned += text.len() as u64;
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

    /// Matches `text` (the prepared content of `blob`) and locates what it finds.
    fn find(&mut self, text: &[u8], blob: Blob<'_>, hits: &mut Vec<Hit>) {
        self.matches.clear();
        self.scanner
            .matcher
            .find(text, &mut self.scratch, &mut self.matches);
        if self.matches.is_empty() {
            return;
        }
        let id = blob.id.unwrap_or_else(|| BlobId::of_content(blob.bytes));
        self.scanner.locate(text, id, &self.matches, hits);
    }

    /// Keeps the hits on lines a change adds; counts the others.
    fn keep_added(&mut self, hits: &mut Vec<Hit>, added: &AddedLines) {
        let before = hits.len();
        hits.retain(|h| added.any_in(h.location.start_line, h.location.end_line));
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
