//! Many scans at once (a sweep's repositories) on one machine's cores.
//!
//! One rayon pool cannot simply be shared by concurrent history scans: each scan's pack decoding
//! starts as many threads of its own as its pool has, so N scans on one pool of C threads would
//! run N x C threads. Instead the thread budget is split: `jobs` job threads each own a
//! [`Workers`] of `threads / jobs` (at least one), and take the next item when they finish one,
//! so about `threads` threads decode and match at any time whatever `jobs` is.

use super::Workers;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many worker threads each of `jobs` concurrent scans gets out of `threads` (0: one per core).
pub fn threads_per_job(threads: usize, jobs: usize) -> usize {
    let total = if threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        threads
    };
    (total / jobs.max(1)).max(1)
}

/// Calls `f(i, workers)` for every `i` in `0..count`, at most `jobs` at a time, each on a job
/// thread with its own share of `threads` (see the module doc). Returns when all are done.
pub fn run_jobs<F>(count: usize, jobs: usize, threads: usize, f: F) -> Result<(), String>
where
    F: Fn(usize, &Workers) + Sync,
{
    let jobs = jobs.clamp(1, count.max(1));
    let per_job = threads_per_job(threads, jobs);
    let pools = (0..jobs)
        .map(|_| Workers::new(per_job))
        .collect::<Result<Vec<_>, _>>()?;
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for workers in &pools {
            let (next, f) = (&next, &f);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count {
                    break;
                }
                f(i, workers);
            });
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{run_jobs, threads_per_job};
    use std::sync::Mutex;

    #[test]
    fn the_thread_budget_is_split_not_multiplied() {
        assert_eq!(threads_per_job(16, 4), 4);
        assert_eq!(threads_per_job(16, 32), 1);
        assert_eq!(threads_per_job(3, 2), 1);
        assert_eq!(threads_per_job(8, 0), 8);
    }

    #[test]
    fn every_item_runs_once() {
        let seen = Mutex::new(Vec::new());
        run_jobs(37, 4, 4, |i, w| {
            assert_eq!(w.threads(), 1);
            seen.lock().unwrap().push(i);
        })
        .unwrap();
        let mut seen = seen.into_inner().unwrap();
        seen.sort();
        assert_eq!(seen, (0..37).collect::<Vec<_>>());
    }
}
