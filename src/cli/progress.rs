//! The progress bar on standard error: only when standard error is a terminal and `--quiet` is
//! not given, so pipes, files, CI logs and tests see nothing of it. A history scan shows objects
//! decoded out of the store's object count (and so an ETA); every scan shows blobs judged and
//! bytes per second. The bar is cleared before the report is written.

use crate::report::human::human_bytes;
use crate::source::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressFinish, ProgressState, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Content judged so far, read by the bar when it draws.
#[derive(Default)]
struct Judged {
    blobs: AtomicU64,
    bytes: AtomicU64,
}

/// A progress bar on standard error, fed by the scan through [`Progress`].
pub struct Bar {
    bar: ProgressBar,
    judged: Arc<Judged>,
}

impl std::fmt::Debug for Bar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Bar")
    }
}

/// Whether a bar may be drawn: standard error is a terminal and the user did not ask for quiet.
pub fn wanted(quiet: bool) -> bool {
    !quiet && std::io::stderr().is_terminal()
}

impl Bar {
    pub fn new() -> Bar {
        let judged = Arc::new(Judged::default());
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
            .with_finish(ProgressFinish::AndClear);
        bar.set_style(style(&judged, None));
        bar.enable_steady_tick(Duration::from_millis(150));
        Bar { bar, judged }
    }

    /// Clears the bar (before the report and summary are written).
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// `{blobs}` and `{rate}` read the judged counters; a history scan's style adds the bar, the
/// object count and the ETA.
fn style(judged: &Arc<Judged>, objects: Option<u64>) -> ProgressStyle {
    let template = match objects {
        Some(_) => {
            "{spinner} [{bar:30}] {human_pos}/{human_len} objects, {blobs} blobs, {rate} \
             (ETA {eta})"
        }
        None => "{spinner} {elapsed} {blobs} blobs, {rate}",
    };
    let (blobs, rate) = (Arc::clone(judged), Arc::clone(judged));
    ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
        .progress_chars("=> ")
        .with_key(
            "blobs",
            move |_: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{}", blobs.blobs.load(Ordering::Relaxed));
            },
        )
        .with_key(
            "rate",
            move |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let secs = s.elapsed().as_secs_f64();
                let bytes = rate.bytes.load(Ordering::Relaxed);
                let per_second = if secs > 0.0 { bytes as f64 / secs } else { 0.0 };
                let _ = write!(w, "{}/s", human_bytes(per_second as u64));
            },
        )
}

impl Progress for Bar {
    fn expect_objects(&self, objects: u64) {
        self.bar.set_length(objects);
        self.bar.set_style(style(&self.judged, Some(objects)));
    }

    fn objects_read(&self, objects: u64) {
        self.bar.inc(objects);
    }

    fn judged(&self, bytes: u64) {
        self.judged.blobs.fetch_add(1, Ordering::Relaxed);
        self.judged.bytes.fetch_add(bytes, Ordering::Relaxed);
    }
}
