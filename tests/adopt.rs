//! Tests for the adopt area.
