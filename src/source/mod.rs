//! Sources: where blobs come from. A source reads content and hands each blob, with what it knows
//! of where the blob was seen, to a [`BlobVisitor`]; it never matches, and it builds no findings.
//!
//! Threads belong to the scan. A source that must read in parallel gets a [`VisitorFactory`] (one
//! visitor per thread, as ripgrep's `WalkParallel` takes a visitor builder) and, for plain lists of
//! work, a [`Fanout`] that runs a [`ParallelJob`] on the scan's threads. Walkers with threads of
//! their own (ignore's directory walk, gix's pack traversal) get the factory and a thread count.
//!
//! May import: `blob`, `limits` (bounded reads of `.gitignore`); gix only under `git/`.

pub mod fs;
pub mod git;
pub mod ignored;

use crate::blob::{Blob, BlobId, Provenance, Warning};

/// What a source knows of a blob when it hands it over.
#[derive(Debug, Clone)]
pub enum Origin {
    /// Where it sits is known now: a file, standard input, a staged path, a tag message.
    Placed(Provenance),
    /// A blob of a git object store: the commits and paths that introduced it are found later
    /// (attribution), and only for blobs that hold something.
    GitBlob(BlobId),
    /// The message of the commit with this id: placed later, when attribution knows whether the
    /// commit is reachable and who wrote it.
    CommitMessage(BlobId),
}

impl Origin {
    /// The path a warning about this content can name.
    pub fn path(&self) -> String {
        match self {
            Origin::Placed(p) => p.shown_path().to_string(),
            Origin::GitBlob(id) | Origin::CommitMessage(id) => id.to_hex(),
        }
    }
}

/// One piece of content and what the source knows of it.
pub struct Item<'a> {
    pub blob: Blob<'a>,
    pub origin: Origin,
    /// The version this content replaces, when only what it adds counts (the staged gate).
    pub previous: Option<&'a [u8]>,
    /// Time the source spent reading it, for `--stats`.
    pub read_time: std::time::Duration,
}

/// Receives a source's content on one thread.
pub trait BlobVisitor {
    /// Whether the visitor wants content of `size` bytes at `origin`; a source asks before it
    /// reads, where it knows the size. On `false` the visitor has recorded why (excluded path,
    /// over the size limit) and the source skips the content.
    fn admit(&mut self, origin: &Origin, size: u64) -> bool;
    /// One piece of content.
    fn visit(&mut self, item: Item<'_>);
    /// Content to be read from `reader` (a file, standard input), of `size` bytes if the source
    /// knows it: the visitor reads it a window at a time, so content of any size is judged in
    /// bounded memory. An error is a read that failed part way; the source reports it.
    fn visit_reader(
        &mut self,
        origin: Origin,
        size: Option<u64>,
        reader: &mut dyn std::io::Read,
    ) -> std::io::Result<()>;
    /// Something went wrong that the report must show.
    fn warn(&mut self, warning: Warning);
    /// A buffer the source may read into and give back, so that reads allocate once per thread.
    fn take_buffer(&mut self) -> Vec<u8>;
    fn give_buffer(&mut self, buf: Vec<u8>);
}

/// Makes one visitor per thread.
pub trait VisitorFactory: Sync {
    fn visitor(&self) -> Box<dyn BlobVisitor + Send + '_>;
    /// Where a long read says how far it has come, if anyone is watching.
    fn progress(&self) -> Option<&dyn Progress> {
        None
    }
}

/// How far a scan has come, for a progress display. Called from any thread, so cheap; sources
/// batch their calls.
pub trait Progress: Send + Sync {
    /// The read will decode about `objects` objects in all (a history scan's object count).
    fn expect_objects(&self, objects: u64);
    /// `objects` more objects were decoded.
    fn objects_read(&self, objects: u64);
    /// One piece of content of `bytes` bytes was judged.
    fn judged(&self, bytes: u64);
}

/// One thread's share of a [`ParallelJob`]: its own state (a repository handle, a buffer).
pub trait JobWorker {
    fn item(&mut self, index: usize, visitor: &mut dyn BlobVisitor);
}

/// A list of independent reads a source wants done in parallel.
pub trait ParallelJob: Sync {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn worker(&self) -> Box<dyn JobWorker + '_>;
}

/// A [`ParallelJob`] made of two closures: `init` makes one thread's state (a repository handle,
/// a read buffer), `item` reads item `index` with it and hands what it read to the visitor.
pub struct Job<S, I, F> {
    len: usize,
    init: I,
    item: F,
    state: std::marker::PhantomData<fn() -> S>,
}

impl<S, I, F> Job<S, I, F>
where
    I: Fn() -> S + Sync,
    F: Fn(&mut S, usize, &mut dyn BlobVisitor) + Sync,
{
    pub fn new(len: usize, init: I, item: F) -> Self {
        Job {
            len,
            init,
            item,
            state: std::marker::PhantomData,
        }
    }
}

impl<S, I, F> ParallelJob for Job<S, I, F>
where
    I: Fn() -> S + Sync,
    F: Fn(&mut S, usize, &mut dyn BlobVisitor) + Sync,
{
    fn len(&self) -> usize {
        self.len
    }

    fn worker(&self) -> Box<dyn JobWorker + '_> {
        Box::new(JobThread {
            state: (self.init)(),
            item: &self.item,
        })
    }
}

/// One thread's state of a [`Job`].
struct JobThread<'a, S, F> {
    state: S,
    item: &'a F,
}

impl<S, F: Fn(&mut S, usize, &mut dyn BlobVisitor)> JobWorker for JobThread<'_, S, F> {
    fn item(&mut self, index: usize, visitor: &mut dyn BlobVisitor) {
        (self.item)(&mut self.state, index, visitor)
    }
}

/// Runs a source's parallel work on the scan's threads, each thread with its own visitor.
pub trait Fanout: Sync {
    fn run(&self, job: &dyn ParallelJob);
    /// How many threads the scan gives to sources that parallelise on their own.
    fn threads(&self) -> usize;
}
