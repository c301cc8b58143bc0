//! The parts some parameters play, which the engine, the bindings and the editor need to know
//! by role rather than by name: which field names the extension to change, which gives it a new
//! number, how a query response carries the number and its list of elements, and which keys it
//! spells otherwise. Every piece of code outside `spec` that must find one of these fields
//! asks [`ROLES`] (`tests/roles.rs` fails when such code names a parameter itself).

use crate::spec::field::Field;

/// The fields and keys that play a part (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Roles {
    /// The field that names the extension to change (`extid`): required, picks the element of
    /// a whole query response, and starts every minimal update.
    pub number: Field,
    /// The field that gives the extension a new number (`extnumber`).
    pub renumber: Field,
    /// The field under which an element of a query response holds the extension's number (the
    /// response's `extnumber`, read into that field's slot).
    pub query_number: Field,
    /// The key of a whole query response's list of elements.
    pub query_list: &'static str,
}

/// The roles of `extension/update` in API 1.x.
pub const ROLES: Roles = Roles {
    number: Field::Extid,
    renumber: Field::Extnumber,
    query_number: Field::Extnumber,
    query_list: "extinfos",
};

/// The keys a query response spells otherwise than the update, with the field each is read as
/// (Q1: `moblie` for `mobile`): the keys of [`crate::spec::query::NOT_UPDATABLE`] that have a
/// parameter to send instead.
pub fn query_alias(key: &str) -> Option<Field> {
    crate::spec::query::not_updatable(key).flatten()
}
