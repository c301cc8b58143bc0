//! What `extension/query` returns that `extension/update` does not take, and how it spells
//! forwarding destinations (rulings Q1, Q2): the data the library needs to read a query
//! response as current settings and to tell a queried object sent back from a real update.

use crate::spec::field::Field;
use crate::spec::table::{CUSTOM_NUMBER, EXTENSION, MOBILE_NUMBER, VOICEMAIL};

/// Keys of an `extension/query` response that `extension/update` does not take (Q2): sent in an
/// update, each is the error `not_updatable`, with the parameter to send instead where there is
/// one (`moblie`, the response's spelling of `mobile`). The list is the query page's keys that
/// the update page does not have, with the Chinese guide's spelling `outboundid` beside the
/// English `ouboundid`.
pub(crate) const NOT_UPDATABLE: [(&str, Option<Field>); 15] = [
    ("status", None),
    ("type", None),
    ("port", None),
    ("language", None),
    ("moblie", Some(Field::Mobile)),
    ("inbound", None),
    ("inboundid", None),
    ("outbound", None),
    ("ouboundid", None),
    ("outboundid", None),
    ("from", None),
    ("to", None),
    ("trunk", None),
    ("ext", None),
    ("extinfos", None),
];

/// Whether a key is one of [`NOT_UPDATABLE`], and the parameter to send instead.
#[must_use]
pub(crate) fn not_updatable(key: &str) -> Option<Option<Field>> {
    NOT_UPDATABLE
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, instead)| *instead)
}

/// How the query page spells a forwarding destination (Q1), matched without regard to case
/// and spaces: a word, then optionally the number the calls go to (`ext1000`, `mobile1399…`,
/// `number9592…`; the Chinese guide's no-answer row writes the extension number alone). The
/// number is read into the field the destination requires (C1–C3: `Xtransferext` for
/// `Extension`, `mobile` for `Mobile Number`, `Xtransfernum` for `Custom Number`).
pub(crate) const QUERY_DESTINATIONS: [(&str, &str); 8] = [
    ("voicemail", VOICEMAIL),
    ("extension", EXTENSION),
    ("ext", EXTENSION),
    ("mobilenumber", MOBILE_NUMBER),
    ("mobile", MOBILE_NUMBER),
    ("customnumber", CUSTOM_NUMBER),
    ("number", CUSTOM_NUMBER),
    ("", EXTENSION),
];

/// Reads a destination as the query spells it: the option, and the number given with it
/// (`ext1000` → `Extension`, `1000`; `Voicemail` → `Voicemail`). `None` when it is no spelling
/// of a destination.
///
#[must_use]
pub(crate) fn query_destination(text: &str) -> Option<(&'static str, Option<String>)> {
    let squeezed: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    for (word, option) in QUERY_DESTINATIONS {
        let Some(rest) = squeezed.strip_prefix(word) else {
            continue;
        };
        if rest.is_empty() && !word.is_empty() {
            return Some((option, None));
        }
        if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()) {
            return Some((option, Some(rest.to_owned())));
        }
    }
    None
}

/// The field a destination's number goes to: the field the rule table requires while
/// `destination` is `option` (C1–C3), if any.
pub(crate) fn number_field(destination: Field, option: &str) -> Option<Field> {
    crate::spec::cross::CROSS_RULES
        .iter()
        .find(|r| {
            r.when == destination
                && r.equals == option
                && matches!(r.requires, crate::spec::cross::Requirement::NotBlank)
                && matches!(r.outcome, crate::spec::cross::Outcome::Required)
        })
        .map(|r| r.target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_as_the_query_spells_them() {
        assert_eq!(
            query_destination("ext1000"),
            Some(("Extension", Some("1000".to_owned())))
        );
        assert_eq!(
            query_destination("Mobile Number"),
            Some(("Mobile Number", None))
        );
        assert_eq!(
            query_destination("number95923333"),
            Some(("Custom Number", Some("95923333".to_owned())))
        );
        assert_eq!(query_destination("elsewhere"), None);
    }
}
