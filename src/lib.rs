#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    clippy::allow_attributes_without_reason
)]
#![warn(missing_docs)]

mod charset;
mod check;
mod context;
mod cross;
#[doc(hidden)]
pub mod docs;
#[doc(hidden)]
pub mod email;
#[doc(hidden)]
pub mod ffi;
mod field;
mod json;
mod meta;
mod number;
mod report;
mod scan;
mod schema;
mod sort;
mod table;
mod update;
mod validate;
#[cfg(feature = "serde")]
mod value;
mod violation;
#[cfg(target_arch = "wasm32")]
mod wasm;
mod write;

pub use charset::{Charset, PASSWORD_FORBIDDEN};
pub use context::{Context, ContextError, Current, Extensions};
pub use cross::{
    ContextCheck, ContextRule, CrossRule, Outcome, Requirement, Uses, CONTEXT_RULES, CROSS_RULES,
    USES,
};
pub use field::{Blank, Field, FieldSpec, Group, ValueRule, COUNT};
pub use meta::{fields, fields_json, Control, HtmlAttrs, METADATA_FORMAT};
pub use report::{Payload, Report};
pub use schema::{json_schema, SCHEMA_ID};
pub use table::{DESTINATIONS, FIELDS, MAX_DURATIONS, MONITOR_MODES, ON_OFF, RING_TIMEOUTS};
pub use update::{Destination, ExtensionUpdate, MaxDuration, MonitorMode, Secret, REDACTED};
#[cfg(feature = "serde")]
pub use validate::validate_value;
pub use validate::{
    validate, validate_bytes, validate_field, validate_field_json, validate_with, MAX_BYTES,
    MAX_KEY_SHOWN, MAX_UNKNOWN_KEYS,
};
pub use violation::{Param, Violation, ViolationKind};
