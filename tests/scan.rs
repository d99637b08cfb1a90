//! Tests for the scan area.
