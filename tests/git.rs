//! Tests for the git area.
