//! What exists only natively: field metadata for forms ([`meta`]), the JSON Schema ([`schema`])
//! and the generator of `docs/RULES.md` ([`docs`]). The wasm32 build does not compile this module
//! at all; the npm package ships what it writes as data, generated when the package is built.

pub mod docs;
pub mod meta;
pub mod schema;
