//! Politeness towards providers: at most [`MAX_IN_FLIGHT`] requests at once across all of them,
//! and at most one request per [`PER_PROVIDER_INTERVAL`] to any one provider, so a history full
//! of one provider's keys does not trip its abuse limits.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Requests in flight at once, all providers together.
pub const MAX_IN_FLIGHT: usize = 8;
/// The least time between two requests to one provider (4 a second).
pub const PER_PROVIDER_INTERVAL: Duration = Duration::from_millis(250);

#[derive(Default)]
pub struct Limits {
    in_flight: Mutex<usize>,
    freed: Condvar,
    /// Per provider, the earliest moment its next request may start.
    next_slot: Mutex<HashMap<String, Instant>>,
}

/// A held place among the requests in flight; released when dropped.
pub struct Permit<'a>(&'a Limits);

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        let mut n = self.0.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        *n = n.saturating_sub(1);
        self.0.freed.notify_one();
    }
}

impl Limits {
    /// Waits for a place among the requests in flight and for `provider`'s next slot.
    pub fn acquire(&self, provider: &str) -> Permit<'_> {
        let slot = {
            let mut slots = self.next_slot.lock().unwrap_or_else(|e| e.into_inner());
            let now = Instant::now();
            let slot = slots.get(provider).copied().unwrap_or(now).max(now);
            slots.insert(provider.to_string(), slot + PER_PROVIDER_INTERVAL);
            slot
        };
        let wait = slot.saturating_duration_since(Instant::now());
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
        let mut n = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        while *n >= MAX_IN_FLIGHT {
            n = self.freed.wait(n).unwrap_or_else(|e| e.into_inner());
        }
        *n += 1;
        Permit(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_provider_is_paced() {
        let limits = Limits::default();
        let start = Instant::now();
        for _ in 0..3 {
            drop(limits.acquire("p"));
        }
        assert!(start.elapsed() >= PER_PROVIDER_INTERVAL * 2);
        let start = Instant::now();
        drop(limits.acquire("q"));
        assert!(start.elapsed() < PER_PROVIDER_INTERVAL);
    }
}
