//! Annotated tags: their messages are content a repository publishes, read the same way whether
//! the whole store is read or a push names them.

use super::history::signature;
use super::{GitError, Repo};
use crate::blob::{Blob, Provenance, Warning};
use crate::source::{BlobVisitor, Item, Origin};
use gix::ObjectId;

/// A tag object's provenance and message.
pub(super) fn decode<'a>(id: &ObjectId, data: &'a [u8]) -> Result<(Provenance, &'a [u8]), Warning> {
    let t = gix::objs::TagRef::from_bytes(data, gix::hash::Kind::Sha1)
        .map_err(|e| Warning::lost(id.to_string(), format!("cannot decode tag: {e}")))?;
    let provenance = Provenance::Tag {
        tag: id.to_string(),
        name: t.name.to_string(),
        tagger: t.tagger().ok().flatten().map(|s| signature(&s)),
    };
    Ok((provenance, t.message))
}

/// Hands over the messages of the annotated tags that `oids` (hex ids, as a push names them)
/// point to, following tags of tags; ids of other objects are skipped.
pub fn read_tags(
    repo: &Repo,
    oids: &[String],
    visitor: &mut dyn BlobVisitor,
) -> Result<(), GitError> {
    use gix::prelude::FindExt;
    let repo = &repo.repo;
    let mut buf = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for oid in oids {
        let Ok(mut id) = ObjectId::from_hex(oid.as_bytes()) else {
            continue;
        };
        while seen.insert(id) {
            let data = repo
                .objects
                .find(&id, &mut buf)
                .map_err(|e| GitError::Other(format!("cannot read {id}: {e}")))?;
            if data.kind != gix::objs::Kind::Tag {
                break;
            }
            let target = gix::objs::TagRef::from_bytes(data.data, data.object_hash)
                .ok()
                .and_then(|t| ObjectId::from_hex(t.target).ok());
            match decode(&id, data.data) {
                Ok((provenance, message)) => visitor.visit(Item {
                    blob: Blob {
                        id: None,
                        bytes: message,
                    },
                    origin: Origin::Placed(provenance),
                    previous: None,
                    read_time: std::time::Duration::ZERO,
                }),
                Err(w) => visitor.warn(w),
            }
            match target {
                Some(t) => id = t,
                None => break,
            }
        }
    }
    Ok(())
}
