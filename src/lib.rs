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

// The root: the entry points and the types every caller names. Everything else is one module
// away, grouped by what it is for; the tables are reached through a `Profile`.
pub use engine::context::Context;
pub use engine::diff::diff;
#[cfg(feature = "serde")]
pub use engine::validate::validate_value;
pub use engine::validate::{validate, validate_bytes, validate_field};
pub use report::Report;
pub use spec::field::Field;
pub use spec::profile::Profile;
pub use spec::violation::Violation;

/// What the spec says, as data: the rows of a profile's table ([`Profile::fields`]), its
/// cross-field and context rules, the roles of its fields, the character sets and the
/// options of the selects, and the limits on what is read (ruling G7).
///
/// ```
/// use yeastar_extension_rules::{rules::ValueRule, Field, Profile};
/// let row = Profile::default().field(Field::Ringtimeout).unwrap();
/// assert!(matches!(row.rule, ValueRule::OneOf(_)));
/// ```
pub mod rules {
    pub use crate::spec::charset::Charset;
    pub use crate::spec::cross::{
        ContextCheck, ContextRule, CrossRule, Outcome, Requirement, Uses, ValueCheck, ValueWarning,
    };
    pub use crate::spec::field::{Blank, FieldSpec, Group, ValueRule};
    pub use crate::spec::profile::{AddDefault, Api, Call, PasswordRule, Roles};
    pub use crate::spec::table::{
        DESTINATIONS, MAX_DURATIONS, MONITOR_MODES, ON_OFF, RING_TIMEOUTS,
    };
    pub use crate::spec::{MAX_BYTES, MAX_CURRENT_BYTES, MAX_KEY_SHOWN, MAX_UNKNOWN_KEYS};
}

/// What can be wrong: the kind of a [`Violation`] with its params as data, and the errors of
/// the calls that build a [`Context`] or name a [`Profile`].
pub mod error {
    pub use crate::engine::context::ContextError;
    #[cfg(not(target_arch = "wasm32"))]
    pub use crate::report::catalog::CatalogError;
    pub use crate::spec::profile::ProfileError;
    pub use crate::spec::violation::{Expected, Limits, Param, ViolationKind};

    /// Every violation code, in the order of the code list of `docs/RULES.md`.
    ///
    /// ```
    /// let codes: Vec<&str> = yeastar_extension_rules::error::codes().collect();
    /// assert!(codes.contains(&"weak_password"));
    /// ```
    pub fn codes() -> impl ExactSizeIterator<Item = &'static str> {
        crate::spec::violation::CODES.iter().copied()
    }
}

/// The settings a payload is judged against: a PBX's current settings of the extension (a
/// query response or one element of it) and the extension numbers in use.
pub mod context {
    pub use crate::engine::context::{Current, Extensions, Settings};
}

/// What a valid payload becomes: the fields as sent ([`Payload`](update::Payload)) and typed
/// ([`ExtensionUpdate`](update::ExtensionUpdate)), with secrets kept out of `Debug`.
pub mod update {
    pub use crate::report::update::{
        Destination, ExtensionUpdate, MaxDuration, MonitorMode, Secret, REDACTED,
    };
    pub use crate::report::Payload;
}

/// What exists only natively (not in the WebAssembly build): the field metadata forms are
/// built from, the JSON Schema of each profile, and the message catalogs.
#[cfg(not(target_arch = "wasm32"))]
pub mod meta {
    pub use crate::export::meta::{
        fields_json, fields_json_in, profile_json, Control, HtmlAttrs, METADATA_FORMAT,
    };
    pub use crate::export::schema::{json_schema, json_schema_for, schema_id, SCHEMA_ID};
    pub use crate::report::catalog::{Catalog, CATALOG_FORMAT};
}
