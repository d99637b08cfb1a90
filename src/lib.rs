//! leakgate: a fast secret scanner for working trees, git history and commit gates.
//!
//! Data flows one way: a `source` yields blobs with provenance, `scan` feeds them to the
//! `matcher` on worker threads, matches become `finding`s, and `report` renders findings.

pub mod baseline;
pub mod blob;
pub mod cli;
pub mod config;
pub mod finding;
pub mod gate;
pub mod import_gitleaks;
pub mod limits;
pub mod matcher;
pub mod outcome;
pub mod report;
pub mod rules;
pub mod scan;
pub mod source;
pub mod suppress;
