// The JavaScript surface of yeastar-extension-rules, shared by index.js (ES module) and
// index.cjs (CommonJS): scripts/build-pkg.mjs splices this file into both around the
// wasm-bindgen glue. Every rule lives in the WebAssembly module; this file only moves data.
//
// The crossing is one string each way. A payload object is read by its own enumerable string
// keys (Object.keys), never its prototype chain; each value is encoded by kind without
// recursion, so cyclic objects, deep nesting and toJSON methods cannot matter. What a JSON text
// cannot hold (undefined, functions, symbols) is left out, as JSON.stringify leaves it out.

function createApi(glue, metadata, schemaText) {
  "use strict";
  // The payload crosses as UTF-8 bytes: one native encode and one bulk copy into the module
  // (a string would be copied character by character).
  const encoder = new TextEncoder();
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const keysOf = Object.keys;
  const isArray = Array.isArray;
  const PREFIX = "yeastar-extension-rules: ";

  // One member value as JSON text, or undefined to leave the member out.
  function scalar(v) {
    switch (typeof v) {
      case "string":
        return stringify(v);
      case "number":
        // NaN and the infinities are no JSON number; 1e400 reads as infinity on the Rust side,
        // which every rule rejects as not a whole number (or not a string).
        return Number.isFinite(v) ? stringify(v) : v < 0 ? "-1e400" : "1e400";
      case "boolean":
        return v ? "true" : "false";
      case "bigint":
        return v.toString();
      case "object":
        return v === null ? "null" : isArray(v) ? "[]" : "{}";
      default:
        return undefined;
    }
  }

  // Parameter names are plain ASCII letters: they need no escaping.
  const known = new Set(metadata.fields.map((f) => f.name));
  const plain = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

  // Reads each own property once; the values of parameters are also kept in `record` (when
  // given), from which an ok answer's body is written without another crossing.
  function encodeObject(obj, record) {
    const keys = keysOf(obj);
    let out = "{";
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const v = obj[key];
      // The common case without a call: a string that needs no escaping.
      const text = typeof v === "string" && plain.test(v) ? '"' + v + '"' : scalar(v);
      if (text === undefined) continue;
      const isKnown = known.has(key);
      if (isKnown && record !== undefined) record[key] = v;
      out += (first ? '"' : ',"') + (isKnown ? key : stringify(key).slice(1, -1)) + '":' + text;
      first = false;
    }
    return out + "}";
  }

  const names = metadata.fields.map((f) => f.name);

  // The normalized body of a payload the module found valid: table order, every value a
  // string (ruling G7: a whole number as its digits, the null agentid as ""). The differential
  // tests hold this equal to the body the module writes.
  function body(record) {
    const out = {};
    for (let i = 0; i < names.length; i++) {
      const v = record[names[i]];
      if (v === undefined) continue;
      out[names[i]] = typeof v === "string" ? v : v === null ? "" : String(v);
    }
    return out;
  }

  // UTF-8 into a reused buffer: no allocation for the usual payload.
  let buffer = new Uint8Array(4096);
  function utf8(text) {
    if (text.length > 65536) return encoder.encode(text);
    if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
    return buffer.subarray(0, encoder.encodeInto(text, buffer).written);
  }

  // A payload: JSON text as it is, an object by its own properties, anything else by kind.
  function encode(payload, what, record) {
    if (typeof payload === "string") return payload;
    try {
      if (payload !== null && typeof payload === "object" && !isArray(payload)) {
        return encodeObject(payload, record);
      }
      const text = scalar(payload);
      return text === undefined ? "null" : text;
    } catch (e) {
      throw new TypeError(PREFIX + what + " could not be read: " + messageOf(e));
    }
  }

  function messageOf(e) {
    try {
      return e && typeof e.message === "string" ? e.message : String(e);
    } catch {
      return "unknown error";
    }
  }

  function encodeOptions(options) {
    if (options === undefined || options === null) return "";
    if (typeof options !== "object") {
      throw new TypeError(PREFIX + "options must be an object: { current?, extensions? }");
    }
    let out = "{";
    const current = options.current;
    if (current !== undefined && current !== null) {
      out += '"current":' + encode(current, "options.current");
    }
    const extensions = options.extensions;
    if (extensions !== undefined && extensions !== null) {
      if (typeof extensions === "string" || typeof extensions[Symbol.iterator] !== "function") {
        throw new TypeError(PREFIX + "options.extensions must be an array of extension numbers");
      }
      const list = [];
      for (const n of extensions) list.push(typeof n === "string" ? n : scalar(n) ?? "");
      out += (out.length > 1 ? "," : "") + '"extensions":' + stringify(list);
    }
    return out + "}";
  }

  // The module answers with a report; with "=" and the payload alone for a report that is ok
  // with no warnings; or with "!" and a message when the options are unusable.
  function answer(text) {
    const first = text.charCodeAt(0);
    if (first === 61) return { ok: true, errors: [], warnings: [], payload: parse(text.slice(1)) };
    if (first === 33) throw new TypeError(PREFIX + text.slice(1));
    return parse(text);
  }


  /** Validates a payload (a plain object or JSON text); returns the report. */
  function validate(payload, options) {
    const record = typeof payload === "string" ? undefined : Object.create(null);
    const text = encode(payload, "the payload", record);
    const out = glue.validateJson(utf8(text), encodeOptions(options), record === undefined);
    if (out === "=") return { ok: true, errors: [], warnings: [], payload: body(record) };
    return answer(out);
  }

  /** Validates one field as a form does while the user types. */
  function validateField(field, value, payload, options) {
    if (typeof field !== "string") throw new TypeError(PREFIX + "field must be a string");
    // The value as the input holds it: a string is the text typed, not JSON text.
    const valueText = value === undefined ? '""' : scalar(value) ?? "null";
    const payloadText =
      payload === undefined || payload === null ? "" : encode(payload, "the payload");
    return answer(glue.validateFieldJson(field, valueText, payloadText, encodeOptions(options)));
  }

  function freeze(v) {
    if (v !== null && typeof v === "object") {
      for (const k of keysOf(v)) freeze(v[k]);
      Object.freeze(v);
    }
    return v;
  }

  // Field metadata and the JSON Schema are generated from the Rust rule tables when the
  // package is built (extcheck --fields, --schema) and arrive here as data.
  freeze(metadata);

  /** Every field's metadata, in the spec's order (frozen). */
  function fields() {
    return metadata.fields;
  }

  /** The form sections and the fields in each (frozen). */
  function groups() {
    return metadata.groups;
  }

  /** The JSON Schema (draft 2020-12) of the context-free rules: a fresh object each call. */
  function jsonSchema() {
    return parse(schemaText);
  }

  /** A Standard Schema v1 object, optionally with context, for form libraries. */
  function createStandardSchema(options) {
    return {
      "~standard": {
        version: 1,
        vendor: "yeastar-extension-rules",
        validate(value) {
          let report;
          try {
            report = validate(value, options);
          } catch (e) {
            return { issues: [{ message: messageOf(e) }] };
          }
          if (report.ok) return { value: report.payload };
          return {
            issues: report.errors.map((e) =>
              e.field === "" ? { message: e.message } : { message: e.message, path: [e.field] },
            ),
          };
        },
      },
    };
  }

  return {
    validate,
    validateField,
    fields,
    groups,
    jsonSchema,
    createStandardSchema,
    standardSchema: createStandardSchema(),
  };
}
