// A part of createApi (js/api/index.mjs joins the parts, in order, into one function body).
// The compact-report decoder: the module's answer read into a report.

  const CODES = metadata.codes;
  const PARAMS = metadata.params;

  // The module answers with "=" and the payload alone for a report that is ok with no
  // warnings; with "!" and a message when the options are unusable; else with the compact
  // report (Report::write_compact in Rust): "#", then per violation \u0002, "e" or "w", the
  // field (a one-character index into the field names, "-" for the root, or a JSON string),
  // \u0001, the code (a one-character index into metadata.codes) and its errno, then per param
  // \u0001, its name (an index into metadata.params) and its tagged value; then for a valid
  // payload \u0002 "p" \u0001 and the body as JSON. `record` (when given) holds the values sent,
  // from which a body is written without parsing. Read with indexOf and slice: no split, and
  // every key comes from the tables, so no fresh string becomes a property name.
  function answer(text, cat, record) {
    const first = text.charCodeAt(0);
    if (first === 61) {
      return { ok: true, errors: [], warnings: [], payload: text.length > 1 ? parse(text.slice(1)) : body(record) };
    }
    if (first === 33) throw new TypeError(PREFIX + text.slice(1));
    const errors = [];
    const warnings = [];
    let payload = null;
    const n = text.length;
    let pos = 1;
    while (pos < n) {
      let end = text.indexOf("\u0002", pos + 1);
      if (end < 0) end = n;
      const list = text.charCodeAt(pos + 1);
      if (list === 112) {
        payload = record === undefined ? parse(text.slice(pos + 3, end)) : body(record);
        pos = end;
        continue;
      }
      let b = text.indexOf("\u0001", pos + 2);
      const f = text.charCodeAt(pos + 2);
      const at = f === 34 || f === 45 ? undefined : f - 48;
      const field = at !== undefined ? allNames[at] : f === 45 ? "" : parse(text.slice(pos + 2, b));
      let a = b + 1;
      b = text.indexOf("\u0001", a);
      if (b < 0 || b > end) b = end;
      const codeAt = text.charCodeAt(a) - 48;
      const code = CODES[codeAt];
      const errno = b > a + 1 ? +text.slice(a + 1, b) : undefined;
      const params = {};
      while (b < end) {
        a = b + 1;
        b = text.indexOf("\u0001", a);
        if (b < 0 || b > end) b = end;
        const tag = text.charCodeAt(a + 1);
        const name = PARAMS[text.charCodeAt(a) - 48];
        params[name] =
          tag === 105 ? +text.slice(a + 2, b)
          : tag === 115 ? text.slice(a + 2, b)
          : tag === 42 ? firstOptions[at].slice()
          : parse(text.slice(a + 1, b));
      }
      (list === 101 ? errors : warnings).push(new Violation(field, code, params, errno, cat, at));
      pos = end;
    }
    return { ok: errors.length === 0, errors, warnings, payload };
  }

  // A violation: `field`, `code`, `params` (and `errno` where the API guide defines one) are
  // its own properties; `message` is rendered from the catalog the first time it is read, and
  // kept (M1-M5). JSON.stringify (through toJSON), Standard Schema issues and Node's inspect
  // show it like any property; a copy made by spreading or structuredClone has no message (copy
  // with toJSON()). A message set by the caller replaces it.
  class Violation {
    #cat;
    #at;
    #message = undefined;
    constructor(field, code, params, errno, cat, at) {
      this.field = field;
      this.code = code;
      this.params = params;
      if (errno !== undefined) this.errno = errno;
      this.#cat = cat;
      this.#at = at;
    }
    get message() {
      return (this.#message ??= messageOf(this.#cat, this.field, this.code, this.params, this.#at));
    }
    set message(text) {
      this.#message = text;
    }
    /** The violation as a plain object: field, code, message, params (and errno). */
    toJSON() {
      const out = { field: this.field, code: this.code, message: this.message, params: this.params };
      if (this.errno !== undefined) out.errno = this.errno;
      return out;
    }
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      return inspect(this.toJSON(), options);
    }
  }

  // `*` in a compact report: the options of the field's row in the first profile that has it
  // (the default profile's, then API 2.0.0's for the fields only it has). Kept as arrays of
  // their own, not the frozen metadata's: V8 copies a frozen array forty times slower (about
  // 1 µs for a dozen options, BENCHMARKS.md).
  const firstOptions = allNames.map((n) => {
    for (const m of [metadata, ...Object.values(metadata.profiles)]) {
      const f = m.fields.find((x) => x.name === n);
      if (f !== undefined) return f.options === undefined ? undefined : [...f.options];
    }
    return undefined;
  });
