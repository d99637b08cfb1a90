//! Findings grouped by secret: every finding with the same fingerprint (rule id + secret) and
//! the same standing (reported or suppressed) is one secret seen at several places. A history
//! scan finds one leaked key in every commit and path that introduced it; a person wants to read
//! it once, with where it first appeared, how far it spread and whether HEAD still holds it.
//!
//! Grouping is presentation only: exit codes, baselines and suppression work on the findings.

use crate::blob::Provenance;
use crate::finding::Finding;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// Locations a grouped JSON record or SARIF result lists; `location_count` tells how many there
/// were in all (`--all-locations` lists every one, one record each).
pub const LOCATION_CAP: usize = 100;

/// One secret and every place it was found.
#[derive(Debug)]
pub struct Secret<'a> {
    /// Where it was first introduced: the earliest commit (by author date) for history, else
    /// the first place in report order.
    pub first: &'a Finding,
    /// Every place, in report order (`first` among them).
    pub locations: Vec<&'a Finding>,
    /// Distinct commits (and tag objects) that hold it.
    pub commits: usize,
    /// Distinct paths (archive members included) that hold it.
    pub paths: usize,
    /// For history findings: whether HEAD's tree still holds it. `None` for content with no
    /// commit (files, standard input, staged changes).
    pub in_head: Option<bool>,
}

impl Secret<'_> {
    /// Whether the secret was found in history (commits or tags) rather than in files.
    pub fn from_history(&self) -> bool {
        self.in_head.is_some()
    }
}

/// Groups `findings` (in report order) by secret; secrets come in the order of their first
/// place in that order.
pub fn group<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Vec<Secret<'a>> {
    let mut index: HashMap<(&str, bool), usize> = HashMap::new();
    let mut groups: Vec<Vec<&'a Finding>> = Vec::new();
    for f in findings {
        let key = (f.fingerprint.as_str(), f.is_suppressed());
        match index.get(&key) {
            Some(&i) => groups[i].push(f),
            None => {
                index.insert(key, groups.len());
                groups.push(vec![f]);
            }
        }
    }
    groups.into_iter().map(secret).collect()
}

fn secret(locations: Vec<&Finding>) -> Secret<'_> {
    let first = locations
        .iter()
        .copied()
        .enumerate()
        .min_by_key(|(i, f)| (introduced_at(f).unwrap_or(i64::MAX), *i))
        .map(|(_, f)| f)
        .unwrap_or(locations[0]);
    let commits: BTreeSet<&str> = locations
        .iter()
        .filter_map(|f| f.provenance.commit())
        .collect();
    let paths: BTreeSet<String> = locations.iter().map(|f| f.display_path()).collect();
    let history = locations.iter().any(|f| {
        matches!(
            f.provenance,
            Provenance::Commit { .. } | Provenance::Tag { .. }
        )
    });
    let in_head = history.then(|| {
        locations
            .iter()
            .any(|f| matches!(f.provenance, Provenance::Commit { in_head: true, .. }))
    });
    Secret {
        first,
        commits: commits.len(),
        paths: paths.len(),
        in_head,
        locations,
    }
}

/// When the content was introduced, in seconds since the epoch (the commit's or tag's date).
fn introduced_at(f: &Finding) -> Option<i64> {
    match &f.provenance {
        Provenance::Commit { author, .. } => rfc3339_seconds(&author.date),
        Provenance::Tag {
            tagger: Some(t), ..
        } => rfc3339_seconds(&t.date),
        _ => None,
    }
}

/// Seconds since the epoch of `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `Z`), as provenances write dates.
fn rfc3339_seconds(s: &str) -> Option<i64> {
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let p = s.get(r)?;
        p.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| p.parse().ok())
            .flatten()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, min, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let offset = match s.get(19..)? {
        "Z" => 0,
        o if o.len() == 6 => {
            let sign = match &o[..1] {
                "+" => 1,
                "-" => -1,
                _ => return None,
            };
            sign * (num(20..22)? * 3600 + num(23..25)? * 60)
        }
        _ => return None,
    };
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    Some(days * 86_400 + h * 3600 + min * 60 + sec - offset)
}

/// One place of a secret in a grouped JSON record.
#[derive(Serialize)]
pub struct LocationRecord<'a> {
    pub provenance: &'a Provenance,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive_path: &'a Option<String>,
    pub location: &'a crate::finding::Location,
    pub snippet: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob_id: &'a Option<crate::blob::BlobId>,
}

impl<'a> LocationRecord<'a> {
    fn of(f: &'a Finding) -> LocationRecord<'a> {
        LocationRecord {
            provenance: &f.provenance,
            archive_path: &f.archive_path,
            location: &f.location,
            snippet: &f.snippet,
            blob_id: &f.blob_id,
        }
    }
}

/// A secret as JSON and JSON Lines write it: every field of the finding where it was first
/// introduced (so a reader of the flat format finds `rule_id`, `provenance`, `location` where
/// they were), then how far it spread and its places, at most [`LOCATION_CAP`] of them.
#[derive(Serialize)]
pub struct SecretRecord<'a> {
    #[serde(flatten)]
    pub first: &'a Finding,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_head: Option<bool>,
    pub commits: usize,
    pub paths: usize,
    pub location_count: usize,
    pub locations: Vec<LocationRecord<'a>>,
}

impl<'a> SecretRecord<'a> {
    pub fn of(s: &Secret<'a>) -> SecretRecord<'a> {
        SecretRecord {
            first: s.first,
            in_head: s.in_head,
            commits: s.commits,
            paths: s.paths,
            location_count: s.locations.len(),
            locations: s
                .locations
                .iter()
                .take(LOCATION_CAP)
                .map(|f| LocationRecord::of(f))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::rfc3339_seconds;

    #[test]
    fn dates_with_offsets_compare_as_instants() {
        assert_eq!(rfc3339_seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            rfc3339_seconds("2024-06-01T12:00:00+00:00"),
            Some(1_717_243_200)
        );
        assert_eq!(
            rfc3339_seconds("2024-06-01T14:00:00+02:00"),
            rfc3339_seconds("2024-06-01T12:00:00+00:00")
        );
        assert_eq!(
            rfc3339_seconds("2024-06-01T07:00:00-05:00"),
            Some(1_717_243_200)
        );
        assert_eq!(rfc3339_seconds("yesterday"), None);
    }
}
