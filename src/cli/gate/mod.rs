//! The gates: `leakgate staged` (`staged`), `leakgate pre-push` (`prepush`), `leakgate hooks
//! install|uninstall` (`hooks`), and what they print when they refuse (`message`).

mod hooks;
mod message;
mod prepush;
mod staged;

pub use hooks::HooksCommand;
pub use prepush::PrePushCommand;
pub use staged::StagedCommand;
