//! `leakgate import gitleaks`: converting a gitleaks configuration into leakgate's.
