//! Tests for the gate area.
