//! Policy: what a team has decided about findings. The configuration file (`config`), the
//! baseline of accepted findings (`baseline`), applying both to findings (`suppress`, which marks
//! findings and never drops them), and converting a gitleaks configuration (`import_gitleaks`).
//!
//! May import: `blob`, `finding`, `limits`, `rules` (a gitleaks rule is compiled to check it).

pub mod baseline;
pub mod config;
pub mod import_gitleaks;
pub mod suppress;
