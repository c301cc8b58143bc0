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

// The layers, bottom up. Each depends only on the ones above it in this list, and everything
// the WebAssembly module does not need (metadata, schema, docs) lives in `export`, which the
// wasm32 build does not compile at all.
mod bindings;
mod engine;
#[cfg(not(target_arch = "wasm32"))]
mod export;
mod json;
mod report;
mod spec;

// Internals reachable by path for the crate's own tests, tools and bindings; hidden from the docs
// and not part of the stable API.
#[doc(hidden)]
pub use bindings::ffi;
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub use export::docs;
#[doc(hidden)]
pub use spec::email;

pub use engine::context::{Context, ContextError, Current, Extensions, Settings};
pub use engine::diff::diff;
#[cfg(feature = "serde")]
pub use engine::validate::validate_value;
pub use engine::validate::{
    validate, validate_bytes, validate_field, validate_field_by_name, validate_field_json,
    MAX_BYTES, MAX_CURRENT_BYTES, MAX_KEY_SHOWN, MAX_UNKNOWN_KEYS,
};
#[cfg(not(target_arch = "wasm32"))]
pub use export::meta::{
    fields, fields_json, fields_json_in, profile_json, Control, HtmlAttrs, METADATA_FORMAT,
};
#[cfg(not(target_arch = "wasm32"))]
pub use export::schema::{json_schema, json_schema_for, schema_id, SCHEMA_ID};
#[cfg(not(target_arch = "wasm32"))]
pub use report::catalog::{Catalog, CatalogError, CATALOG_FORMAT, LOCALES};
pub use report::update::{
    Destination, ExtensionUpdate, MaxDuration, MonitorMode, Secret, REDACTED,
};
pub use report::{Payload, Report};
pub use spec::charset::{Charset, PASSWORD_FORBIDDEN};
pub use spec::cross::{
    ContextCheck, ContextRule, CrossRule, Outcome, Requirement, Uses, ValueCheck, ValueWarning,
    CONTEXT_RULES, CROSS_RULES, USES, VALUE_WARNINGS,
};
pub use spec::field::{Blank, Field, FieldSpec, Group, ValueRule, COUNT};
pub use spec::profile::{AddDefault, Api, Call, PasswordRule, Profile, ProfileError, Roles};
pub use spec::query::{not_updatable, query_destination, NOT_UPDATABLE, QUERY_DESTINATIONS};
pub use spec::table::{DESTINATIONS, FIELDS, MAX_DURATIONS, MONITOR_MODES, ON_OFF, RING_TIMEOUTS};
pub use spec::violation::{Expected, Limits, Param, Violation, ViolationKind, CODES};
