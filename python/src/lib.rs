//! Python bindings: a thin shell over the crate. Python values are read the way `json.dumps`
//! would write them one level deep (nested values by their kind alone, so depth and cycles
//! cannot matter): a small dict member by member (`ffi::validate_members`), anything else as
//! JSON text; both are judged by the same engine, and the report comes back as immutable
//! objects whose `to_json()` is byte for byte what `extcheck` prints. Large text, bytes and
//! dicts are judged with the GIL released.

use std::borrow::Cow;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PySlice, PyString, PyTuple};

use ext::context::{Current, Extensions};
use ext::error::Param;
use ext::meta::Catalog;
use ext::{Context, Profile, Report as CoreReport};
use yeastar_extension_rules as ext;

/// One violation: the field that must change, a stable code, a message, params as data.
#[pyclass(frozen, module = "yeastar_extension_rules", name = "Violation")]
struct Violation {
    #[pyo3(get)]
    field: String,
    #[pyo3(get)]
    code: &'static str,
    #[pyo3(get)]
    message: String,
    params: Py<PyDict>,
    #[pyo3(get)]
    errno: Option<u32>,
}

#[pymethods]
impl Violation {
    /// The limits and options involved (a fresh dict).
    #[getter]
    fn params<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.params.bind(py).copy()
    }

    /// The violation as a dict, as in the report's JSON.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("field", &self.field)?;
        d.set_item("code", self.code)?;
        d.set_item("message", &self.message)?;
        d.set_item("params", self.params.bind(py).copy()?)?;
        if let Some(n) = self.errno {
            d.set_item("errno", n)?;
        }
        Ok(d)
    }

    fn __repr__(&self) -> String {
        // Names and codes only: never a value.
        format!("Violation(field={:?}, code={:?})", self.field, self.code)
    }
}

/// The verdict on one payload: `ok`, `errors`, `warnings`, and the normalized `payload`.
/// Python objects are made when they are first asked for: a caller that only reads `ok`
/// pays for nothing else.
#[pyclass(frozen, module = "yeastar_extension_rules", name = "Report")]
struct Report {
    core: CoreReport,
    catalog: &'static Catalog,
    errors: GILOnceCell<Py<PyTuple>>,
    warnings: GILOnceCell<Py<PyTuple>>,
}

impl Report {
    fn new(core: CoreReport, catalog: &'static Catalog) -> Report {
        Report {
            core,
            catalog,
            errors: GILOnceCell::new(),
            warnings: GILOnceCell::new(),
        }
    }

    fn list<'py>(
        &self,
        py: Python<'py>,
        cell: &GILOnceCell<Py<PyTuple>>,
        vs: &[ext::Violation],
    ) -> PyResult<Bound<'py, PyTuple>> {
        let t = cell.get_or_try_init(py, || -> PyResult<Py<PyTuple>> {
            let items = vs
                .iter()
                .map(|v| violation(py, v, self.catalog))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(PyTuple::new(py, items)?.unbind())
        })?;
        Ok(t.bind(py).clone())
    }
}

#[pymethods]
impl Report {
    /// Whether the payload is valid (no errors; warnings never count).
    #[getter]
    fn ok(&self) -> bool {
        self.core.is_ok()
    }

    /// What must change, in the spec's table order.
    #[getter]
    fn errors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        self.list(py, &self.errors, &self.core.errors)
    }

    /// What is worth a look; never makes the payload invalid.
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        self.list(py, &self.warnings, &self.core.warnings)
    }

    /// The normalized request body (every value a str) when ok, else None (a fresh dict).
    #[getter]
    fn payload<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(p) = &self.core.payload else {
            return Ok(None);
        };
        let d = PyDict::new(py);
        for (field, value) in p.iter() {
            d.set_item(field.name(), value)?;
        }
        Ok(Some(d))
    }

    /// The report as one line of JSON: byte for byte what `extcheck` prints.
    fn to_json(&self) -> String {
        self.core.to_json_in(self.catalog)
    }

    /// The report as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("ok", self.core.is_ok())?;
        let list = |t: Bound<'py, PyTuple>| -> PyResult<Bound<'py, PyList>> {
            let out = PyList::empty(py);
            for v in t.iter() {
                out.append(v.downcast::<Violation>()?.get().to_dict(py)?)?;
            }
            Ok(out)
        };
        d.set_item("errors", list(self.errors(py)?)?)?;
        d.set_item("warnings", list(self.warnings(py)?)?)?;
        d.set_item("payload", self.payload(py)?)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let codes: Vec<&str> = self.core.errors.iter().map(|v| v.code()).collect();
        format!(
            "Report(ok={}, errors={:?})",
            if self.core.is_ok() { "True" } else { "False" },
            codes
        )
    }

    fn __bool__(&self) -> bool {
        self.core.is_ok()
    }
}

fn catalog(locale: &str) -> PyResult<&'static Catalog> {
    Catalog::get(locale).ok_or_else(|| {
        PyValueError::new_err(format!(
            "locale must be one of {}, not {locale:?}",
            Catalog::locales().join(", ")
        ))
    })
}

fn param(py: Python<'_>, p: Param) -> PyResult<PyObject> {
    Ok(match p {
        Param::Int(n) => n.into_pyobject(py)?.into_any().unbind(),
        Param::Str(s) => PyString::new(py, s).into_any().unbind(),
        Param::List(items) => PyList::new(py, items)?.into_any().unbind(),
        _ => py.None(),
    })
}

fn violation(py: Python<'_>, v: &ext::Violation, cat: &Catalog) -> PyResult<Py<Violation>> {
    let params = PyDict::new(py);
    for (name, value) in v.params() {
        params.set_item(name, param(py, value)?)?;
    }
    Py::new(
        py,
        Violation {
            field: v.field().to_owned(),
            code: v.code(),
            message: v.message_in(cat),
            params: params.unbind(),
            errno: v.errno(),
        },
    )
}

/// A str's text as UTF-8, as JavaScript's `TextEncoder` writes it: read in place when it is
/// UTF-8 already (the usual case); else each lone surrogate, which UTF-8 cannot hold, becomes
/// one U+FFFD, exactly as in the npm package, so every binding sees the same text.
fn text_of<'a>(s: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    // In place: the str's own UTF-8 (`PyUnicode_AsUTF8AndSize`, in the limited API from 3.10),
    // no bytes object per string.
    if let Ok(text) = s.to_str() {
        return Ok(Cow::Borrowed(text));
    }
    // Lone surrogates: "surrogatepass" writes each as three bytes ED A0..BF 80..BF.
    let raw = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
    let raw = raw.downcast::<PyBytes>()?.as_bytes();
    let mut text = String::with_capacity(raw.len());
    let (mut start, mut at) = (0, 0);
    while let Some(&byte) = raw.get(at) {
        // 0xED is always a lead byte; followed by 0xA0 or more it starts a surrogate.
        if byte == 0xED && raw.get(at + 1).is_some_and(|b| *b >= 0xA0) {
            text.push_str(&String::from_utf8_lossy(
                raw.get(start..at).unwrap_or_default(),
            ));
            text.push('\u{fffd}');
            at += 3;
            start = at;
        } else {
            at += 1;
        }
    }
    text.push_str(&String::from_utf8_lossy(
        raw.get(start..).unwrap_or_default(),
    ));
    Ok(Cow::Owned(text))
}

/// `f` of a str's text ([`text_of`]).
fn with_text<R>(s: &Bound<'_, PyString>, f: impl FnOnce(&str) -> R) -> PyResult<R> {
    Ok(f(&text_of(s)?))
}

/// At most the first `n` characters of a str (a character is at least one UTF-8 byte, so the
/// first `n` of a longer one are `n` bytes or more).
fn prefix<'py>(s: &Bound<'py, PyString>, n: usize) -> PyResult<Bound<'py, PyString>> {
    if s.len()? <= n {
        return Ok(s.clone());
    }
    let end = isize::try_from(n).unwrap_or(isize::MAX);
    Ok(s.get_item(PySlice::new(s.py(), 0, end, 1))?
        .downcast_into::<PyString>()?)
}

/// A value as JSON sees it, by its kind: a str (a subclass too), a number as its JSON text,
/// a literal, or a nested container (`[]` or `{}`: no rule reads inside them, so neither
/// depth nor a cycle can matter). A float that is not finite is a number no rule accepts;
/// anything JSON has no kind for is an object.
enum Held<'py> {
    Str(Bound<'py, PyString>),
    Number(String),
    Bool(bool),
    Null,
    Array,
    Object,
}

fn held_of<'py>(v: &Bound<'py, PyAny>) -> PyResult<Held<'py>> {
    Ok(if let Ok(s) = v.downcast_exact::<PyString>() {
        Held::Str(s.clone())
    } else if v.is_none() {
        Held::Null
    } else if let Ok(b) = v.downcast::<PyBool>() {
        Held::Bool(b.is_true())
    } else if let Ok(s) = v.downcast::<PyString>() {
        Held::Str(s.clone())
    } else if v.is_instance_of::<PyInt>() {
        // Any size: the rules judge the digits (a number beyond 2^64 is judged, not an overflow).
        Held::Number(v.str()?.to_cow()?.into_owned())
    } else if let Ok(f) = v.downcast::<PyFloat>() {
        let x = f.value();
        Held::Number(if x.is_finite() {
            v.repr()?.to_cow()?.into_owned()
        } else if x < 0.0 {
            "-1e400".to_owned()
        } else {
            "1e400".to_owned()
        })
    } else if v.downcast::<PyList>().is_ok() || v.downcast::<PyTuple>().is_ok() {
        Held::Array
    } else {
        Held::Object
    })
}

/// One value as JSON text, by its kind ([`held_of`]).
fn scalar(out: &mut String, v: &Bound<'_, PyAny>) -> PyResult<()> {
    match held_of(v)? {
        Held::Str(s) => with_text(&s, |t| ext::ffi::write_json_str(out, t))?,
        Held::Number(n) => out.push_str(&n),
        Held::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Held::Null => out.push_str("null"),
        Held::Array => out.push_str("[]"),
        Held::Object => out.push_str("{}"),
    }
    Ok(())
}

/// A dict's members as a JSON object, one level deep; a key that is not a str is shown by its
/// `str()` (as `json.dumps` writes an int key), so the report names it. Writing stops once
/// the text is longer than `max` bytes: the engine's size check then refuses it as it would
/// the whole, so a dict of any size costs about `max` bytes of work (T1).
fn object(out: &mut String, d: &Bound<'_, PyDict>, max: usize) -> PyResult<()> {
    let start = out.len();
    out.push('{');
    for (i, (k, v)) in d.iter().enumerate() {
        if out.len().saturating_sub(start) > max {
            return Ok(());
        }
        if i > 0 {
            out.push(',');
        }
        let text = match k.downcast::<PyString>() {
            Ok(s) => s.clone(),
            Err(_) => k.str()?,
        };
        // A key or value that alone takes the text past the limit is never written whole:
        // enough of it to be over is all the engine reads.
        let room = max.saturating_sub(out.len().saturating_sub(start));
        for long in [Some(&text), v.downcast::<PyString>().ok()]
            .into_iter()
            .flatten()
        {
            if long.len()? > room {
                return with_text(&prefix(long, room.saturating_add(1))?, |t| out.push_str(t));
            }
        }
        with_text(&text, |t| ext::ffi::write_json_str(out, t))?;
        out.push(':');
        scalar(out, &v)?;
    }
    out.push('}');
    Ok(())
}

/// A small dict judged by its members, without JSON text (`ffi::validate_members`, which
/// gives the report of the text [`object`] writes). `None` for a dict whose text may reach
/// [`RELEASE_GIL_FROM`] bytes: it is written as text and judged with the GIL released.
fn small_dict(ctx: &Context, d: &Bound<'_, PyDict>) -> PyResult<Option<CoreReport>> {
    let mut held = Vec::with_capacity(d.len());
    // A lower bound of the text's length: a character is at least one UTF-8 byte.
    let mut size = 2usize;
    for (k, v) in d.iter() {
        let key = match k.downcast_into::<PyString>() {
            Ok(s) => s,
            Err(e) => e.into_inner().str()?,
        };
        let value = held_of(&v)?;
        size = size.saturating_add(key.len()?).saturating_add(8);
        size = size.saturating_add(match &value {
            Held::Str(s) => s.len()?,
            Held::Number(n) => n.len(),
            _ => 0,
        });
        if size >= RELEASE_GIL_FROM {
            return Ok(None);
        }
        held.push((key, value));
    }
    let texts = held
        .iter()
        .map(|(k, v)| {
            Ok((
                text_of(k)?,
                match v {
                    Held::Str(s) => Some(text_of(s)?),
                    _ => None,
                },
            ))
        })
        .collect::<PyResult<Vec<_>>>()?;
    let members = held.iter().zip(&texts).map(|((_, v), (key, text))| {
        let m = match (v, text) {
            (_, Some(t)) => ext::ffi::Member::Str(t),
            (Held::Number(n), _) => ext::ffi::Member::Number(n),
            (Held::Bool(b), _) => ext::ffi::Member::Bool(*b),
            (Held::Null, _) => ext::ffi::Member::Null,
            (Held::Array, _) => ext::ffi::Member::Array,
            _ => ext::ffi::Member::Object,
        };
        (&**key, m)
    });
    Ok(Some(ext::ffi::validate_members(ctx, members)))
}

/// A payload as JSON text: str as it is, a dict by its members, anything else by its kind.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    /// As text; bytes must be UTF-8.
    fn into_text(self, what: &str) -> PyResult<String> {
        match self {
            Input::Text(t) => Ok(t),
            // Over the limit: refused as too large, whatever the bytes are.
            Input::Bytes(b) if b.len() > ext::rules::MAX_BYTES => {
                Ok(String::from_utf8_lossy(&b).into_owned())
            }
            Input::Bytes(b) => String::from_utf8(b)
                .map_err(|_| PyValueError::new_err(format!("{what} is not UTF-8"))),
        }
    }

    fn len(&self) -> usize {
        match self {
            Input::Text(t) => t.len(),
            Input::Bytes(b) => b.len(),
        }
    }
}

/// The size from which text and bytes are judged with the GIL released.
const RELEASE_GIL_FROM: usize = 2048;

/// A payload read as far as the size limit admits (T1): one character or byte past
/// `MAX_BYTES` is as much as the engine needs to refuse it as too large, so a str, bytes or
/// dict of any size costs no more to judge than one at the limit.
fn input(v: &Bound<'_, PyAny>) -> PyResult<Input> {
    const KEEP: usize = ext::rules::MAX_BYTES + 1;
    if let Ok(s) = v.downcast::<PyString>() {
        // A character is at least one UTF-8 byte, so the first KEEP of a longer str are over.
        return Ok(Input::Text(with_text(&prefix(s, KEEP)?, str::to_owned)?));
    }
    if let Ok(b) = v.downcast::<PyBytes>() {
        let bytes = b.as_bytes();
        return Ok(Input::Bytes(bytes.get(..KEEP).unwrap_or(bytes).to_vec()));
    }
    let mut out = String::with_capacity(512);
    match v.downcast::<PyDict>() {
        Ok(d) => object(&mut out, d, ext::rules::MAX_BYTES)?,
        Err(_) => scalar(&mut out, v)?,
    }
    Ok(Input::Text(out))
}

/// Current settings: one element, or a whole query response whose `extinfos` elements are
/// written one level down.
fn current(v: &Bound<'_, PyAny>) -> PyResult<Current> {
    ext::ffi::current_from(&current_bytes(v)?).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Current settings as JSON text in UTF-8, read as far as the limit admits (the library
/// judges the bytes: their size first, then whether they are UTF-8).
fn current_bytes(v: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    // Read as far as the limit admits: past it, the library refuses the text as too large.
    const MAX: usize = ext::rules::MAX_CURRENT_BYTES;
    let text = if let Ok(d) = v.downcast::<PyDict>() {
        match d.get_item(ext::ffi::QUERY_LIST)? {
            Some(list) if list.downcast::<PyList>().is_ok() => {
                let mut out = String::from("{");
                ext::ffi::write_json_str(&mut out, ext::ffi::QUERY_LIST);
                out.push_str(":[");
                for (i, e) in list.downcast::<PyList>()?.iter().enumerate() {
                    if out.len() > MAX {
                        break;
                    }
                    if i > 0 {
                        out.push(',');
                    }
                    match e.downcast::<PyDict>() {
                        Ok(e) => object(&mut out, e, MAX)?,
                        Err(_) => scalar(&mut out, &e)?,
                    }
                }
                out.push_str("]}");
                out
            }
            _ => {
                let mut out = String::new();
                object(&mut out, d, MAX)?;
                out
            }
        }
    } else if let Ok(s) = v.downcast::<PyString>() {
        with_text(&prefix(s, MAX.saturating_add(1))?, str::to_owned)?
    } else if let Ok(b) = v.downcast::<PyBytes>() {
        let bytes = b.as_bytes();
        return Ok(bytes.get(..MAX.saturating_add(1)).unwrap_or(bytes).to_vec());
    } else {
        return Err(PyTypeError::new_err(
            "current must be a dict, str or bytes (an extension/query response or one of its extinfos)",
        ));
    };
    Ok(text.into_bytes())
}

fn extensions(v: &Bound<'_, PyAny>) -> PyResult<Extensions> {
    if v.downcast::<PyString>().is_ok() || v.downcast::<PyBytes>().is_ok() {
        return Err(PyTypeError::new_err(
            "extensions must be an iterable of extension numbers, not a str",
        ));
    }
    let mut numbers = Vec::new();
    for item in v
        .try_iter()
        .map_err(|_| PyTypeError::new_err("extensions must be an iterable of extension numbers"))?
    {
        let item = item?;
        if item.downcast::<PyBool>().is_ok() {
            return Err(PyTypeError::new_err(
                "an extension number is a str or an int, not a bool",
            ));
        }
        let n = if let Ok(s) = item.downcast::<PyString>() {
            s.to_cow()?.into_owned()
        } else if item.is_instance_of::<PyInt>() {
            item.str()?.to_cow()?.into_owned()
        } else {
            return Err(PyTypeError::new_err(
                "an extension number is a str or an int",
            ));
        };
        numbers.push(n);
    }
    Extensions::new(numbers).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// The profile named by the keyword arguments `api` and `call` (V1); `ValueError` for one the
/// library does not know.
fn profile(api: Option<&str>, call: Option<&str>) -> PyResult<Profile> {
    Profile::named(api, call).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// The profile (V1), the PBX's weak-password setting (V4) and the context (X1, X2).
struct Options<'a, 'py> {
    api: Option<&'a str>,
    call: Option<&'a str>,
    weak_passwords: bool,
    current: Option<&'a Bound<'py, PyAny>>,
    extensions: Option<&'a Bound<'py, PyAny>>,
}

fn context(o: Options<'_, '_>) -> PyResult<Context> {
    let mut ctx = Context::new();
    if let Some(c) = o.current.filter(|c| !c.is_none()) {
        ctx = ctx.current(current(c)?);
    }
    if let Some(e) = o.extensions.filter(|e| !e.is_none()) {
        ctx = ctx.extensions(extensions(e)?);
    }
    let ctx = ctx
        .profile(profile(o.api, o.call)?)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(ctx.weak_passwords(o.weak_passwords))
}

/// Validates a payload (dict, str or bytes); returns its report. Never raises for a bad
/// payload; `TypeError` or `ValueError` for an unknown profile (`api`, `call`) or unusable
/// `current`, `extensions` or `locale`.
#[pyfunction]
#[pyo3(signature = (payload, *, current=None, extensions=None, api=None, call=None, weak_passwords=false, locale="en"))]
#[allow(clippy::too_many_arguments, reason = "Python keyword arguments")]
fn validate(
    py: Python<'_>,
    payload: &Bound<'_, PyAny>,
    current: Option<&Bound<'_, PyAny>>,
    extensions: Option<&Bound<'_, PyAny>>,
    api: Option<&str>,
    call: Option<&str>,
    weak_passwords: bool,
    locale: &str,
) -> PyResult<Report> {
    let cat = catalog(locale)?;
    let ctx = context(Options {
        api,
        call,
        weak_passwords,
        current,
        extensions,
    })?;
    if let Ok(d) = payload.downcast::<PyDict>() {
        if let Some(r) = small_dict(&ctx, d)? {
            return Ok(Report::new(r, cat));
        }
    }
    let taken = input(payload)?;
    let judge = || match &taken {
        Input::Text(t) => ctx.validate(t),
        Input::Bytes(b) => ctx.validate_bytes(b),
    };
    // Other threads run while a large payload is judged; a small one is judged in less time
    // than releasing and taking back the GIL costs.
    let r = if taken.len() >= RELEASE_GIL_FROM {
        py.allow_threads(judge)
    } else {
        judge()
    };
    Ok(Report::new(r, cat))
}

/// Validates one field as a form does while the user types: `value` is what the input holds,
/// `payload` (optional) the rest of the form. `field` may be any name: a name that is no
/// parameter gets exactly what `validate` says of a key of that name.
#[pyfunction]
#[pyo3(signature = (field, value, payload=None, *, current=None, extensions=None, api=None, call=None, weak_passwords=false, locale="en"))]
#[allow(clippy::too_many_arguments, reason = "Python keyword arguments")]
fn validate_field(
    field: &Bound<'_, PyString>,
    value: &Bound<'_, PyAny>,
    payload: Option<&Bound<'_, PyAny>>,
    current: Option<&Bound<'_, PyAny>>,
    extensions: Option<&Bound<'_, PyAny>>,
    api: Option<&str>,
    call: Option<&str>,
    weak_passwords: bool,
    locale: &str,
) -> PyResult<Report> {
    let cat = catalog(locale)?;
    let ctx = context(Options {
        api,
        call,
        weak_passwords,
        current,
        extensions,
    })?;
    let mut value_text = String::new();
    scalar(&mut value_text, value)?;
    let form = match payload.filter(|p| !p.is_none()) {
        None => None,
        Some(p) => Some(input(p)?.into_text("the form")?),
    };
    let r = with_text(field, |name| {
        ctx.validate_field_by_name(name, &value_text, form.as_deref())
    })?;
    Ok(Report::new(r, cat))
}

/// The minimal update from `current` to `desired` (ruling Q4), with its report; the report's
/// `payload` is the minimal request body. `ValueError` with `call="add"`: an extension being
/// added has no current settings.
#[pyfunction]
#[pyo3(signature = (current, desired, *, extensions=None, api=None, call=None, weak_passwords=false, locale="en"))]
#[allow(clippy::too_many_arguments, reason = "Python keyword arguments")]
fn diff(
    py: Python<'_>,
    current: &Bound<'_, PyAny>,
    desired: &Bound<'_, PyAny>,
    extensions: Option<&Bound<'_, PyAny>>,
    api: Option<&str>,
    call: Option<&str>,
    weak_passwords: bool,
    locale: &str,
) -> PyResult<Report> {
    let cat = catalog(locale)?;
    let ctx = context(Options {
        api,
        call,
        weak_passwords,
        current: Some(current),
        extensions,
    })?;
    let text = input(desired)?.into_text("the desired settings")?;
    let r = py.allow_threads(|| ctx.diff_json(&text));
    Ok(Report::new(r, cat))
}

/// The current settings a form is filled from, as the library reads them (ruling Q1): the
/// element of `current` (a query response of either API version, V6) whose number is `extid`
/// or `number` (with none, the only element), as a dict of the profile's fields (its name for
/// the number, then the fields held; destinations as option and number, `moblie` as `mobile`;
/// no secret, no `extnumber`), or None when there is no such element.
#[pyfunction]
#[pyo3(signature = (current, *, extid=None, number=None, api=None, call=None))]
fn read_current<'py>(
    py: Python<'py>,
    current: &Bound<'py, PyAny>,
    extid: Option<&Bound<'py, PyAny>>,
    number: Option<&Bound<'py, PyAny>>,
    api: Option<&str>,
    call: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let profile = profile(api, call)?;
    let text = current_bytes(current)?;
    let extid = extid.filter(|e| !e.is_none()).or(number);
    let number = match extid.filter(|e| !e.is_none()) {
        None => String::new(),
        Some(e) if e.downcast::<PyBool>().is_ok() => {
            return Err(PyTypeError::new_err("extid is a str or an int, not a bool"))
        }
        Some(e) if e.is_instance_of::<PyInt>() => e.str()?.to_cow()?.into_owned(),
        Some(e) => match e.downcast::<PyString>() {
            Ok(s) => with_text(s, str::to_owned)?,
            Err(_) => return Err(PyTypeError::new_err("extid is a str or an int")),
        },
    };
    let mut options = String::from("{\"api\":");
    ext::ffi::write_json_str(&mut options, profile.api().code());
    options.push_str(",\"call\":");
    ext::ffi::write_json_str(&mut options, profile.call().code());
    options.push('}');
    let out = ext::ffi::read_current(&text, &number, &options)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    loads(py, &out)
}

fn loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}

/// Every field's metadata of a profile (API 1.x extension/update by default), in its table
/// order, labelled in a language.
#[pyfunction]
#[pyo3(signature = (locale="en", *, api=None, call=None))]
fn fields<'py>(
    py: Python<'py>,
    locale: &str,
    api: Option<&str>,
    call: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    metadata(py, locale, api, call)?.get_item("fields")
}

/// A profile's form sections, titled in a language, with their fields.
#[pyfunction]
#[pyo3(signature = (locale="en", *, api=None, call=None))]
fn groups<'py>(
    py: Python<'py>,
    locale: &str,
    api: Option<&str>,
    call: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    metadata(py, locale, api, call)?.get_item("groups")
}

/// A profile's metadata, labelled in a language, as Python objects.
fn metadata<'py>(
    py: Python<'py>,
    locale: &str,
    api: Option<&str>,
    call: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    loads(
        py,
        &ext::meta::profile_json(profile(api, call)?, catalog(locale)?),
    )
}

/// The JSON Schema (draft 2020-12) of a profile's context-free rules.
#[pyfunction]
#[pyo3(signature = (*, api=None, call=None))]
fn json_schema<'py>(
    py: Python<'py>,
    api: Option<&str>,
    call: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    loads(py, &ext::meta::json_schema_for(profile(api, call)?))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Report>()?;
    m.add_class::<Violation>()?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(validate_field, m)?)?;
    m.add_function(wrap_pyfunction!(diff, m)?)?;
    m.add_function(wrap_pyfunction!(read_current, m)?)?;
    m.add_function(wrap_pyfunction!(fields, m)?)?;
    m.add_function(wrap_pyfunction!(groups, m)?)?;
    m.add_function(wrap_pyfunction!(json_schema, m)?)?;
    m.add("LOCALES", Catalog::locales().to_vec())?;
    Ok(())
}
