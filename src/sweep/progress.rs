//! The progress line on a terminal: repositories done of total, errors, and bytes per second.

use crate::report::human::human_bytes;
use std::io::Write;
use std::sync::Mutex;
use std::time::Instant;

/// Counts finished repositories and redraws one line on standard error (only when enabled:
/// standard error is a terminal and `--quiet` is off).
pub struct Progress {
    enabled: bool,
    total: usize,
    started: Instant,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    done: usize,
    errors: usize,
    resumed: usize,
    bytes: u64,
}

impl Progress {
    pub fn new(total: usize, enabled: bool) -> Progress {
        Progress {
            enabled,
            total,
            started: Instant::now(),
            state: Mutex::new(State::default()),
        }
    }

    /// One repository finished.
    pub fn finished(&self, error: bool, resumed: bool, bytes: u64) {
        let Ok(mut s) = self.state.lock() else {
            return;
        };
        s.done += 1;
        s.errors += usize::from(error);
        s.resumed += usize::from(resumed);
        s.bytes += bytes;
        if self.enabled {
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            let rate = human_bytes((s.bytes as f64 / secs) as u64);
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "\r\x1b[2Kleakgate: sweep: {}/{} repositories ({} error{}, {} unchanged), {rate}/s",
                s.done,
                self.total,
                s.errors,
                if s.errors == 1 { "" } else { "s" },
                s.resumed
            );
            if s.done == self.total {
                let _ = writeln!(err);
            }
            let _ = err.flush();
        }
    }
}
