//! The spec as data: one row per parameter ([`table`]), the cross-field and context rules
//! ([`cross`]), and the vocabulary they are written in: fields and value rules ([`field`]),
//! character sets ([`charset`], [`email`]), what can be wrong ([`violation`]), what the query
//! call returns that the update does not take ([`query`]), and the payload limits below. Everything else (the engine, metadata, schema, docs, types) reads these.

pub mod charset;
pub mod cross;
pub mod email;
pub mod field;
pub mod profile;
pub mod query;
pub mod table;
pub mod v2;
pub mod violation;

/// The largest JSON text accepted, checked before parsing (G1). A full payload with every field
/// at its longest is under 1.5 KiB, so this leaves ample room while bounding the work.
pub const MAX_BYTES: usize = 64 * 1024;

/// The largest current settings accepted as JSON text (X1, Q1): a whole `extension/query`
/// response of a PBX with several hundred extensions, checked before parsing.
pub const MAX_CURRENT_BYTES: usize = 1024 * 1024;

/// How many unknown keys are reported one by one; more add one `too_many_unknown_keys` error.
pub const MAX_UNKNOWN_KEYS: usize = 20;

/// An unknown key longer than this is shortened (with `…`) where it is reported.
pub const MAX_KEY_SHOWN: usize = 64;
