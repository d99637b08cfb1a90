//! Git history: every blob in the object store, scanned once, attributed to the commits that
//! introduced it. The only module that talks to gix.
