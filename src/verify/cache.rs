//! Results by fingerprint: for the run, and in `--verify-cache FILE` across runs. The file holds
//! fingerprints and answers, never a secret; only settled answers (`live`, `invalid`) are kept,
//! so a network error or a rate limit is asked again next time.

use crate::finding::{Verification, VerifyStatus};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

#[derive(Default)]
pub struct Cache {
    entries: Mutex<BTreeMap<String, Verification>>,
    file: Option<PathBuf>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct CacheFile {
    version: u32,
    results: BTreeMap<String, Verification>,
}

impl Cache {
    /// A cache for the run, loaded from `file` when it exists.
    pub fn open(file: Option<&Path>) -> Result<Cache, String> {
        let mut entries = BTreeMap::new();
        if let Some(path) = file.filter(|p| p.exists()) {
            let text = crate::limits::read_input_file(path, "verify cache")?;
            let parsed: CacheFile = serde_json::from_str(&text)
                .map_err(|e| format!("{}: not a leakgate verify cache: {e}", path.display()))?;
            if parsed.version != 1 {
                return Err(format!(
                    "{}: verify cache version {} is not 1",
                    path.display(),
                    parsed.version
                ));
            }
            entries = parsed.results;
        }
        Ok(Cache {
            entries: Mutex::new(entries),
            file: file.map(Path::to_path_buf),
        })
    }

    pub fn get(&self, key: &str) -> Option<Verification> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.get(key).cloned()
    }

    pub fn put(&self, key: &str, v: &Verification) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.insert(key.to_string(), v.clone());
    }

    /// Writes the settled answers to the cache file, if there is one.
    pub fn save(&self) -> Result<(), String> {
        let Some(path) = &self.file else {
            return Ok(());
        };
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let results = entries
            .iter()
            .filter(|(_, v)| matches!(v.status, VerifyStatus::Live | VerifyStatus::Invalid))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let text = serde_json::to_string_pretty(&CacheFile {
            version: 1,
            results,
        })
        .map_err(|e| e.to_string())?;
        std::fs::write(path, text + "\n")
            .map_err(|e| format!("{}: cannot write verify cache: {e}", path.display()))
    }
}
