//! JSON in and out, written for this one job and shared by every entry point: the strict reader
//! of one payload object ([`read`]), the exact number classifier ([`number`]), the byte scan both
//! directions use ([`scan`]), the writer of everything the library emits ([`write`]), and the
//! reader of a `serde_json::Value` as the rules see values ([`value`], feature `serde`).
//! Nothing here knows a rule.

pub mod number;
pub mod read;
pub mod scan;
#[cfg(feature = "serde")]
pub mod value;
pub mod write;

pub(crate) use read::*;
