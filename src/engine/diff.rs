//! Minimal updates (ruling Q4): from the current settings and the desired ones, the smallest
//! valid request body, validated like any payload.

use crate::engine::context::{Context, Current, Settings};
use crate::json::write::write_str;
use crate::report::Report;
use crate::spec::violation::{Violation, ViolationKind};

/// The minimal update from `current` to `desired` (Q4), with its report.
///
/// The body is `extid` (the desired `extid`, else the current `extnumber`) and every field
/// whose desired value differs from the current one, in table order. Both sides are read the
/// same way (`Current`): a query response's own keys are never sent, destinations in the
/// query's spellings and `moblie` are understood, and a field the desired settings leave out
/// is left as it is. So nothing is ever copied from the current settings: a secret appears only
/// when the desired value is a different one. The body is then validated with the current
/// settings as context; desired settings equal to the current ones give `extid` alone and the
/// warning `nothing_to_change`.
///
/// ```
/// use yeastar_extension_rules::{diff, context::Current};
/// let current = Current::from_json(
///     r#"{"extnumber":"1000","username":"Jayson","loginpassword":"5e12ba8dd1083a7f946e457cf3c18779","dnd":"off"}"#,
/// )?;
/// let desired = Current::from_json(
///     r#"{"extnumber":"1000","username":"Jayson","loginpassword":"5e12ba8dd1083a7f946e457cf3c18779","dnd":"on","status":"Registered"}"#,
/// )?;
/// let report = diff(&current, &desired);
/// assert_eq!(report.payload.unwrap().to_json(), r#"{"extid":"1000","dnd":"on"}"#);
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
#[must_use]
pub fn diff(current: &Current, desired: &Current) -> Report {
    Context::new().current(current.clone()).diff(desired)
}

impl Context {
    /// [`Context::diff`] with the desired settings as JSON text, read as a payload is: text
    /// over [`MAX_BYTES`](crate::spec::MAX_BYTES), not JSON or not an object gets the one error on
    /// the request body that [`Context::validate`] gives it (never a parse error at a cut).
    ///
    /// ```
    /// use yeastar_extension_rules::{Context, context::Current};
    /// let ctx = Context::new().current(Current::from_json(r#"{"extnumber":"1000","dnd":"off"}"#)?);
    /// let report = ctx.diff_json(r#"{"extnumber":"1000","dnd":"on"}"#);
    /// assert_eq!(report.payload.unwrap().to_json(), r#"{"extid":"1000","dnd":"on"}"#);
    /// assert_eq!(ctx.diff_json("[1]").errors[0].code(), "not_an_object");
    /// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
    /// ```
    #[must_use]
    pub fn diff_json(&self, desired: &str) -> Report {
        if desired.len() > crate::spec::MAX_BYTES {
            return self.validate(desired);
        }
        match Current::from_json(desired) {
            Ok(want) => self.diff(&want),
            // Not a JSON object: its own report says why, as a payload's would.
            Err(_) => self.validate(desired),
        }
    }

    /// [`diff`] from this context's current settings (none: every desired field is sent),
    /// also checked against its list of extensions, in the context's profile: API 2.0.0's
    /// body starts with `number` (V6). A context for `extension/add` is judged by the same
    /// API's update (the bindings refuse a diff with `add` as a usage error).
    #[must_use]
    pub fn diff(&self, desired: &Current) -> Report {
        let profile = self.profile.update();
        let roles = profile.roles();
        let empty = Settings::default();
        let want = desired.first().unwrap_or(&empty);
        let extid = want
            .get(roles.number)
            .filter(|v| !v.is_empty())
            .or_else(|| want.number())
            .unwrap_or("");
        let have = match &self.current {
            Some(current) => current.extension(extid).unwrap_or(&empty),
            None => &empty,
        };
        let mut body = String::with_capacity(256);
        body.push_str("{\"");
        body.push_str(roles.number.name());
        body.push_str("\":");
        write_str(&mut body, extid);
        let mut changed = false;
        for field in profile
            .fields()
            .iter()
            .map(|r| r.field)
            .filter(|f| *f != roles.number)
        {
            let Some(value) = want.get(field) else {
                continue;
            };
            if have.get(field) == Some(value) {
                continue;
            }
            changed = true;
            body.push_str(",\"");
            body.push_str(field.name());
            body.push_str("\":");
            write_str(&mut body, value);
        }
        body.push('}');
        let mut report = if profile == self.profile {
            self.validate(&body)
        } else {
            let mut ctx = self.clone();
            ctx.profile = profile;
            ctx.validate(&body)
        };
        // At most one warning per field (G5): a current_mismatch on extid says more.
        if !changed
            && report.is_ok()
            && report
                .warnings
                .iter()
                .all(|w| w.field() != roles.number.name())
        {
            report.warnings.insert(
                0,
                Violation::on_in(profile, roles.number, ViolationKind::NothingToChange),
            );
        }
        report
    }
}
