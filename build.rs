//! Embeds every `rules/*.yaml` file into the binary, so that adding a provider is adding a file.
//!
//! Each file is parsed here, at build time, and embedded as JSON: parsing 800 files of YAML took
//! most of a scan's start-up (a pre-commit hook runs leakgate on every commit), JSON parses an
//! order of magnitude faster, and a built-in rule file that is not valid YAML fails the build
//! instead of every run.

use serde_json::Value;
use std::{env, fs, path::PathBuf};

/// Fields whose values are strings (or lists of strings) in the rule format: YAML reads `12345`
/// or `true` there as a number or a boolean, which the typed parser would have taken as text.
const TEXT_FIELDS: &[&str] = &[
    "provider",
    "id",
    "name",
    "description",
    "remediation",
    "keywords",
    "keywords_reason",
    "pattern",
    "context",
    "references",
    "tags",
    "allow",
    "examples",
    "negative_examples",
];

fn as_text(v: &mut Value) {
    match v {
        Value::Number(n) => *v = Value::String(n.to_string()),
        Value::Bool(b) => *v = Value::String(b.to_string()),
        Value::Array(items) => items.iter_mut().for_each(as_text),
        _ => {}
    }
}

fn texts(v: &mut Value) {
    if let Value::Object(map) = v {
        for (k, val) in map.iter_mut() {
            if TEXT_FIELDS.contains(&k.as_str()) {
                as_text(val);
            }
        }
        if let Some(Value::Array(rules)) = map.get_mut("rules") {
            rules.iter_mut().for_each(texts);
        }
    }
}

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules_dir = manifest.join("rules");
    println!("cargo:rerun-if-changed={}", rules_dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&rules_dir)
        .expect("rules/ directory exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut out = String::from(
        "/// Built-in rule files: (file name, the file parsed and written as JSON).\n\
         pub static BUILTIN_RULE_FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().expect("file has a name").to_string_lossy();
        let text = fs::read_to_string(f).expect("rule file is UTF-8");
        let mut value: Value = serde_saphyr::from_str(&text)
            .unwrap_or_else(|e| panic!("rules/{name} is not valid YAML: {e}"));
        texts(&mut value);
        let json_path = out_dir.join(format!("{name}.json"));
        fs::write(&json_path, value.to_string()).expect("OUT_DIR is writable");
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            name,
            json_path.display().to_string()
        ));
    }
    out.push_str("];\n");
    fs::write(out_dir.join("builtin_rules.rs"), out).expect("OUT_DIR is writable");
}
