//! One integration test binary; each area of the tool has its own module.

mod common;

mod action;
mod adopt;
mod content;
mod context;
mod context_conf;
mod context_configs;
mod context_files;
mod context_langs;
mod context_providers;
mod context_providers3;
mod context_providers4;
mod context_syntax;
mod context_syntax2;
mod context_syntax3;
mod context_syntax4;
mod context_syntax5;
mod context_values;
mod context_values2;
mod context_values3;
mod failclosed;
mod fuzz;
mod gate;
mod git;
mod gitfc;
mod jwt;
mod keyfiles;
mod large;
mod normalize;
mod paths;
mod report;
mod rules;
mod scan;
mod sweep;
mod verify;
