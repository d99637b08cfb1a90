//! `.leakgate.yaml`: found by walking up from the scanned path, or given with `--config`.

use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE_NAME: &str = ".leakgate.yaml";

/// The configuration file's schema. Unknown keys are errors.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Extra rule files, relative to the configuration file.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// Rule ids that never report.
    #[serde(default)]
    pub disabled_rules: Vec<String>,
    /// Path globs (relative to the repository or scan root) that are never scanned.
    #[serde(default)]
    pub exclude_paths: Vec<String>,
    /// Largest file scanned, in bytes.
    #[serde(default)]
    pub max_file_size: Option<u64>,
}

/// A configuration and where it came from.
#[derive(Debug, Clone, Default)]
pub struct LoadedConfig {
    pub config: Config,
    /// The file it was read from; `None` when no file was found or `--isolated` was given.
    pub path: Option<PathBuf>,
}

impl LoadedConfig {
    /// The directory that relative paths in the configuration are relative to.
    pub fn dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }
}

/// Reads and validates a configuration file.
pub fn load(path: &Path) -> Result<LoadedConfig, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read configuration: {e}", path.display()))?;
    let config: Config = serde_saphyr::from_str(&text)
        .map_err(|e| format!("{}: invalid configuration: {e}", path.display()))?;
    Ok(LoadedConfig {
        config,
        path: Some(path.to_path_buf()),
    })
}

/// Finds `.leakgate.yaml` in `start` or the nearest directory above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(start).ok()?;
    let mut dir = if abs.is_dir() {
        abs
    } else {
        abs.parent()?.to_path_buf()
    };
    loop {
        let candidate = dir.join(CONFIG_FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if !dir.pop() {
            return None;
        }
    }
}
