//! `leakgate pre-push`: git's pre-push hook input turned into the exact commits to scan.
//!
//! git writes one line per ref it is about to update on the remote:
//! `<local ref> SP <local oid> SP <remote ref> SP <remote oid> LF`. A zero local oid is a deletion,
//! a zero remote oid a new ref. The plan never resolves to "scan nothing" silently: each skipped
//! ref carries the reason, and input that cannot be understood is an error.

use super::GateError;

/// One line of pre-push input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushUpdate {
    pub local_ref: String,
    pub local_oid: String,
    pub remote_ref: String,
    pub remote_oid: String,
}

impl PushUpdate {
    pub fn is_deletion(&self) -> bool {
        is_zero(&self.local_oid)
    }

    pub fn is_new(&self) -> bool {
        is_zero(&self.remote_oid)
    }
}

fn is_zero(oid: &str) -> bool {
    oid.bytes().all(|b| b == b'0')
}

fn is_oid(s: &str) -> bool {
    (s.len() == 40 || s.len() == 64) && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Parses the hook's standard input. Blank lines are ignored; anything else malformed is an error
/// naming the line.
pub fn parse_push_lines(input: &str) -> Result<Vec<PushUpdate>, GateError> {
    let mut out = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(' ').collect();
        let bad = || {
            GateError(format!(
                "pre-push input line {}: expected `<local ref> <local oid> <remote ref> <remote oid>`, got `{line}`",
                n + 1
            ))
        };
        let [local_ref, local_oid, remote_ref, remote_oid] = fields[..] else {
            return Err(bad());
        };
        if !is_oid(local_oid)
            || !is_oid(remote_oid)
            || local_ref.is_empty()
            || remote_ref.is_empty()
        {
            return Err(bad());
        }
        out.push(PushUpdate {
            local_ref: local_ref.to_string(),
            local_oid: local_oid.to_ascii_lowercase(),
            remote_ref: remote_ref.to_string(),
            remote_oid: remote_oid.to_ascii_lowercase(),
        });
    }
    Ok(out)
}

/// One history walk: the commits reachable from `tips` and from none of `exclude` (nor, with
/// `exclude_remote`, from any `refs/remotes/<that remote>/*`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushRange {
    pub tips: Vec<String>,
    pub exclude: Vec<String>,
    /// The remote pushed to, whose remote-tracking refs hold what it already has.
    pub exclude_remote: Option<String>,
    /// The remote refs this range covers, for messages.
    pub refs: Vec<String>,
}

/// What a push needs scanned, and what it does not and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushPlan {
    /// Updates of existing remote refs: `remote..local` for each.
    pub updates: Option<PushRange>,
    /// New remote refs (and updates whose old remote commit is not here): commits that no
    /// remote-tracking ref of the remote pushed to reaches (all of them when that remote is not
    /// a configured one).
    pub new_refs: Option<PushRange>,
    /// One line per ref, said to the user: what is scanned, what is skipped and why.
    pub notes: Vec<String>,
}

impl PushPlan {
    pub fn ranges(&self) -> impl Iterator<Item = &PushRange> {
        self.updates.iter().chain(self.new_refs.iter())
    }

    pub fn is_empty(&self) -> bool {
        self.updates.is_none() && self.new_refs.is_none()
    }
}

fn add(range: &mut Option<PushRange>, u: &PushUpdate, exclude: Option<&str>, remote: Option<&str>) {
    let r = range.get_or_insert_with(PushRange::default);
    if !r.tips.contains(&u.local_oid) {
        r.tips.push(u.local_oid.clone());
    }
    if let Some(x) = exclude {
        if !r.exclude.iter().any(|e| e == x) {
            r.exclude.push(x.to_string());
        }
    }
    if let Some(name) = remote {
        r.exclude_remote = Some(name.to_string());
    }
    r.refs.push(u.remote_ref.clone());
}

/// Decides what to scan. `remote` is the configured remote being pushed to (git's first hook
/// argument, when it names a configured remote): only its remote-tracking refs say what it holds
/// already; with `None` (a push to a URL, an unknown name) nothing is assumed published.
/// `has_commit(oid)` says whether this repository holds a commit (or tag) object with that id: a
/// remote commit we never fetched cannot bound a range, so such a ref is scanned as if it were
/// new. A local oid missing here is an error: git is pushing it from here.
pub fn plan_push(
    updates: &[PushUpdate],
    remote: Option<&str>,
    has_commit: impl Fn(&str) -> bool,
) -> Result<PushPlan, GateError> {
    let mut plan = PushPlan::default();
    let unpublished = match remote {
        Some(name) => format!("its history that no ref of refs/remotes/{name}/ holds"),
        None => "all of its history (no configured remote named, so nothing counts as \
                 published)"
            .to_string(),
    };
    for u in updates {
        if u.is_deletion() {
            plan.notes.push(format!(
                "{}: deletion on the remote, nothing to scan",
                u.remote_ref
            ));
            continue;
        }
        if !has_commit(&u.local_oid) {
            return Err(GateError(format!(
                "{} -> {}: the pushed object {} is not in this repository; cannot work out what to scan",
                u.local_ref, u.remote_ref, u.local_oid
            )));
        }
        if u.local_oid == u.remote_oid {
            plan.notes.push(format!(
                "{}: already at {} on the remote, nothing to scan",
                u.remote_ref,
                short(&u.local_oid)
            ));
            continue;
        }
        if u.is_new() {
            plan.notes.push(format!(
                "{}: new on the remote; scanning {} and {unpublished}",
                u.remote_ref,
                short(&u.local_oid)
            ));
            add(&mut plan.new_refs, u, None, remote);
        } else if has_commit(&u.remote_oid) {
            plan.notes.push(format!(
                "{}: scanning {}..{}",
                u.remote_ref,
                short(&u.remote_oid),
                short(&u.local_oid)
            ));
            add(&mut plan.updates, u, Some(&u.remote_oid), None);
        } else {
            plan.notes.push(format!(
                "{}: the remote's {} is not in this repository (fetch to narrow the range); scanning {} and {unpublished}",
                u.remote_ref,
                short(&u.remote_oid),
                short(&u.local_oid)
            ));
            add(&mut plan.new_refs, u, None, remote);
        }
    }
    Ok(plan)
}

fn short(oid: &str) -> &str {
    &oid[..oid.len().min(12)]
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "1111111111111111111111111111111111111111";
    const B: &str = "2222222222222222222222222222222222222222";
    const Z: &str = "0000000000000000000000000000000000000000";

    fn line(l: &str, lo: &str, r: &str, ro: &str) -> String {
        format!("{l} {lo} {r} {ro}\n")
    }

    #[test]
    fn parses_and_rejects() {
        let input = line("refs/heads/main", A, "refs/heads/main", B);
        let u = parse_push_lines(&input).expect("valid");
        assert_eq!(u.len(), 1);
        assert_eq!(u[0].remote_oid, B);
        assert!(parse_push_lines("refs/heads/main abc refs/heads/main def\n").is_err());
        assert!(parse_push_lines("just words").is_err());
        assert_eq!(parse_push_lines("\n\n").expect("blank").len(), 0);
    }

    #[test]
    fn plans_each_kind_of_ref_update() {
        let input = [
            line("refs/heads/main", A, "refs/heads/main", B),
            line("refs/heads/feature", A, "refs/heads/feature", Z),
            line("(delete)", Z, "refs/heads/old", B),
        ]
        .concat();
        let u = parse_push_lines(&input).expect("valid");
        let plan = plan_push(&u, Some("origin"), |_| true).expect("plan");
        let up = plan.updates.expect("update range");
        assert_eq!(up.tips, vec![A.to_string()]);
        assert_eq!(up.exclude, vec![B.to_string()]);
        assert_eq!(up.exclude_remote, None);
        let new = plan.new_refs.expect("new range");
        assert_eq!(new.exclude_remote.as_deref(), Some("origin"));
        assert!(new.exclude.is_empty());
        assert!(plan.notes[2].contains("deletion"));
    }

    #[test]
    fn unknown_remote_commit_widens_to_remote_tracking() {
        let u = parse_push_lines(&line("refs/heads/main", A, "refs/heads/main", B)).expect("ok");
        let plan = plan_push(&u, Some("origin"), |o| o == A).expect("plan");
        assert!(plan.updates.is_none());
        let widened = plan.new_refs.expect("widened");
        assert_eq!(widened.exclude_remote.as_deref(), Some("origin"));
        assert!(plan_push(&u, Some("origin"), |_| false).is_err());
        // Pushing to a URL (or a name that is no configured remote) assumes nothing published.
        let plan = plan_push(&u, None, |o| o == A).expect("plan");
        assert_eq!(plan.new_refs.expect("everything").exclude_remote, None);
    }
}
