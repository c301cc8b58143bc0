//! The engine: the one pass that judges a payload against the spec tables and writes the report.
//! [`validate`] holds the entry points and the pass, [`check`] the value check of one field,
//! [`context`] the caller's optional context (X1, X2, Q1), [`diff`] the minimal update from
//! current to desired settings (Q4), and [`sort`] the linear-time order of unknown keys (G5, T1).

pub mod check;
pub mod context;
pub mod diff;
pub mod sort;
pub mod validate;
