//! Archive members, read one at a time and bounded: each member at most `member_max` bytes, every
//! archive of one blob together at most `total_max` expanded bytes, so a zip bomb costs a warning
//! (and exit 2: its content was not judged), never the machine's memory.
//!
//! May import: `scan::content`.

use super::content::ArchiveFormat;
use std::cell::Cell;
use std::io::Read;

/// Bounds on expansion.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub member_max: u64,
    pub total_max: u64,
    /// Nesting depth at which archives inside archives are no longer opened.
    pub max_depth: usize,
}

/// What expanding an archive met.
pub enum Event {
    /// A member's content (`name` is its path inside the archive; empty for a gzip stream).
    Member { name: String, bytes: Vec<u8> },
    /// Content that was not read, and why.
    Unread { name: String, why: String },
}

/// Reads at most `max` bytes; `None` when there are more.
fn bounded(mut r: impl Read, max: u64, out: &mut Vec<u8>) -> std::io::Result<bool> {
    out.clear();
    (&mut r).take(max + 1).read_to_end(out)?;
    Ok(out.len() as u64 <= max)
}

/// Expands `bytes`, calling `f` for each member in archive order, one member in memory at a
/// time. `budget` is the expanded bytes still allowed for the blob; it shrinks as members are
/// read (archives inside members draw on it too, while `f` runs).
pub fn expand(
    bytes: &[u8],
    format: ArchiveFormat,
    limits: &Limits,
    budget: &Cell<u64>,
    f: &mut dyn FnMut(Event),
) {
    let result = match format {
        ArchiveFormat::Zip => zip_members(bytes, limits, budget, f),
        ArchiveFormat::Gzip => gzip_stream(bytes, limits, budget, f),
        ArchiveFormat::Tar => tar_members(bytes, limits, budget, f),
    };
    if let Err(why) = result {
        f(Event::Unread {
            name: String::new(),
            why,
        });
    }
}

fn take_member(
    name: String,
    reader: impl Read,
    limits: &Limits,
    budget: &Cell<u64>,
    f: &mut dyn FnMut(Event),
) {
    let max = limits.member_max.min(budget.get());
    let mut buf = Vec::new();
    match bounded(reader, max, &mut buf) {
        Ok(true) => {
            budget.set(budget.get() - buf.len() as u64);
            f(Event::Member { name, bytes: buf });
        }
        Ok(false) if max < limits.member_max => f(Event::Unread {
            name,
            why: format!(
                "the archive expands to more than {} bytes in all (a zip bomb, or raise --max-file-size)",
                limits.total_max
            ),
        }),
        Ok(false) => f(Event::Unread {
            name,
            why: format!(
                "expands to more than --max-file-size {} bytes (a zip bomb, or raise the limit)",
                limits.member_max
            ),
        }),
        Err(e) => f(Event::Unread {
            name,
            why: format!("cannot decompress: {e}"),
        }),
    }
}

fn zip_members(
    bytes: &[u8],
    limits: &Limits,
    budget: &Cell<u64>,
    f: &mut dyn FnMut(Event),
) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("cannot read zip archive: {e}"))?;
    for i in 0..archive.len() {
        let file = match archive.by_index(i) {
            Ok(file) => file,
            Err(e) => {
                f(Event::Unread {
                    name: format!("#{i}"),
                    why: format!("cannot read zip member: {e}"),
                });
                continue;
            }
        };
        if file.is_dir() {
            continue;
        }
        let name = file
            .name()
            .map(|n| n.into_owned())
            .unwrap_or_else(|_| format!("#{i}"));
        if file.encrypted() {
            f(Event::Unread {
                name,
                why: "encrypted zip member".into(),
            });
            continue;
        }
        take_member(name, file, limits, budget, f);
    }
    Ok(())
}

fn gzip_stream(
    bytes: &[u8],
    limits: &Limits,
    budget: &Cell<u64>,
    f: &mut dyn FnMut(Event),
) -> Result<(), String> {
    take_member(
        String::new(),
        flate2::read::MultiGzDecoder::new(bytes),
        limits,
        budget,
        f,
    );
    Ok(())
}

fn tar_members(
    bytes: &[u8],
    limits: &Limits,
    budget: &Cell<u64>,
    f: &mut dyn FnMut(Event),
) -> Result<(), String> {
    let mut archive = tar::Archive::new(bytes);
    let entries = archive
        .entries()
        .map_err(|e| format!("cannot read tar archive: {e}"))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read tar archive: {e}"))?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry
            .path()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_else(|_| "<unnamed>".into());
        take_member(name, entry, limits, budget, f);
    }
    Ok(())
}
