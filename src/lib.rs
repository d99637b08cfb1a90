//! leakgate: a fast secret scanner for working trees, git history and commit gates.
//!
//! Data flows one way (docs/architecture.md): a `source` hands blobs to the `scan`, whose
//! per-thread processor prepares content and runs the `matcher`; hits become `finding`s where
//! their provenance is known; `policy` marks what a team accepted; `report` renders the
//! `outcome`; `cli` wires one command from arguments to exit code.

pub mod blob;
pub mod cli;
pub mod finding;
pub mod gate;
pub mod limits;
pub mod matcher;
pub mod outcome;
pub mod policy;
pub mod report;
pub mod rules;
pub mod scan;
pub mod source;
pub mod sweep;
pub mod verify;
