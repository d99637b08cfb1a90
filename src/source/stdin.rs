//! Standard input as one blob.

use std::io::Read;

/// Reads all of standard input, up to `max` bytes; returns the bytes and whether input was cut.
pub fn read_stdin(max: u64) -> std::io::Result<(Vec<u8>, bool)> {
    let mut buf = Vec::new();
    std::io::stdin()
        .lock()
        .take(max + 1)
        .read_to_end(&mut buf)?;
    let cut = buf.len() as u64 > max;
    if cut {
        buf.truncate(max as usize);
    }
    Ok((buf, cut))
}
