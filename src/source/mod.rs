//! Sources: where blobs come from. Each yields content and provenance, and matches nothing.

pub mod fs;
pub mod git;
pub mod stdin;
