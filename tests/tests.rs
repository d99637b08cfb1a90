//! One integration test binary; each area of the tool has its own module.

mod common;

mod adopt;
mod gate;
mod git;
mod gitfc;
mod normalize;
mod rules;
mod scan;
