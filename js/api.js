// The JavaScript surface of yeastar-extension-rules, shared by index.js (ES module) and
// index.cjs (CommonJS): scripts/build-pkg.mjs splices this file into both around the
// wasm-bindgen glue. The rules live in the WebAssembly module; this file moves data, and
// passes clean objects itself from the rule tables exported with the metadata (see below).
//
// The crossing is one string each way. A payload object is read by its own enumerable string
// keys (as Object.keys lists them), never its prototype chain; each value is encoded by kind without
// recursion, so cyclic objects, deep nesting and toJSON methods cannot matter. What a JSON text
// cannot hold (undefined, functions, symbols) is left out, as JSON.stringify leaves it out.

function createApi(glue, metadata, makeBody, english) {
  "use strict";
  // The payload crosses as UTF-8 bytes: one native encode and one bulk copy into the module
  // (a string would be copied character by character).
  const encoder = new TextEncoder();
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const keysOf = Object.keys;
  const hasOwn = Object.prototype.hasOwnProperty;
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

  // The parameter names of the default profile (API 1.x extension/update) in table order, and
  // each name's position: what the clean path below judges. Names are plain ASCII letters:
  // they need no escaping. `allNames` are every profile's, by the index the module's compact
  // reports number fields with (the default profile's come first, in the same places).
  const names = metadata.fields.map((f) => f.name);
  const index = new Map(names.map((n, i) => [n, i]));
  const allNames = metadata.names;
  const allIndex = new Map(allNames.map((n, i) => [n, i]));
  const plain = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

  // Writes an object's members (read once by `take`) as JSON text. The values of parameters
  // are also kept in `record` (when given), from which an ok answer's body is written without
  // another crossing.
  function encodeMembers(keys, vals, record, max) {
    let out = "{";
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const v = vals[i];
      // Past the size limit, the rest is never encoded: text this long is refused unread.
      if (out.length + key.length + (typeof v === "string" ? v.length : 0) > max) {
        return out + (key + (typeof v === "string" ? v : "")).slice(0, max + 1);
      }
      // The common case without a call: a string that needs no escaping.
      const text = typeof v === "string" && plain.test(v) ? '"' + v + '"' : scalar(v);
      if (text === undefined) continue;
      const isKnown = index.has(key);
      if (isKnown && record !== undefined) record[key] = v;
      out += (first ? '"' : ',"') + (isKnown ? key : stringify(key).slice(1, -1)) + '":' + text;
      first = false;
    }
    return out + "}";
  }

  // The normalized body of a payload the module found valid: table order, every value a
  // string (ruling G7: a whole number as its digits, the null agentid as ""). The differential
  // tests hold this equal to the body the module writes. `makeBody` is generated from the
  // field list when the package is built: a store per parameter by name, which V8 runs much
  // faster than stores by computed key (BENCHMARKS.md).
  function body(record) {
    const values = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const v = record[names[i]];
      if (v !== undefined) values[i] = typeof v === "string" ? v : v === null ? "" : String(v);
    }
    return makeBody(values);
  }

  // ---- Clean payloads without a crossing ----------------------------------------------------
  // Most payloads are valid. For an object without context, "ok, nothing to say" is reached
  // here from the same tables the module is built from (each field's pattern, length, options,
  // range and blank policy, and the cross-field rules), exported with the metadata. This path
  // only ever answers ok: anything it would not pass (a wrong value, a rule that would report,
  // an unusual type) goes to the module, which writes the report. So it can make an answer
  // faster, never different; the differential tests hold it to that.
  const INVALID = {};
  const COUNT = names.length;

  // Fail closed: this path judges only tables it understands in full. It reads metadata of
  // format FORMAT; every key of a field or a rule, every control, character set and rule kind
  // must be one it knows, else nothing is answered here and every payload goes to the module.
  // (A new kind of rule or constraint added to the Rust tables must be taught to this file,
  // with FORMAT raised in both, before the fast path may answer again.)
  const FORMAT = 2;
  const FIELD_KEYS = new Set([
    "name", "label", "help", "group", "control", "required", "may_be_blank", "may_be_null",
    "accepts_number", "secret", "charset", "min_length", "max_length", "pattern", "min", "max",
    "options", "uses", "html",
  ]);
  const RULE_KEYS = new Set(["id", "field", "when", "equals", "requires", "requires_field", "requires_value", "severity", "code"]);
  const RULE_KINDS = new Set(["not_blank", "field_equals", "not_own_extension"]);
  const VALUE_RULE_KEYS = new Set(["id", "field", "check", "severity", "code"]);
  const VALUE_CHECKS = new Set(["looks_hashed", "weak"]);
  const knownKeys = (o, known) => o !== null && typeof o === "object" && keysOf(o).every((k) => known.has(k));
  // A field's value kind: which one check judges it. Anything else is not understood.
  function kindOf(f) {
    if (f.options !== undefined) return (f.control === "switch" || f.control === "select") && isArray(f.options) ? "options" : null;
    if (f.control === "email") return typeof f.pattern === "string" && f.max_length > 0 ? "email" : null;
    if (f.charset !== undefined) {
      return typeof Object(metadata.charsets)[f.charset] === "string" && f.max_length >= 0 && f.min_length >= 0 ? "chars" : null;
    }
    if (f.control === "number") return f.min >= 0 && f.max >= f.min ? "range" : null;
    return null;
  }
  const understood =
    metadata.format === FORMAT &&
    metadata.fields.every((f) => knownKeys(f, FIELD_KEYS) && kindOf(f) !== null) &&
    metadata.rules.every(
      (r) =>
        knownKeys(r, RULE_KEYS) &&
        RULE_KINDS.has(r.requires) &&
        (r.severity === "error" || r.severity === "warning") &&
        index.has(r.field) &&
        index.has(r.when) &&
        (r.requires !== "field_equals" || index.has(r.requires_field)),
    ) &&
    index.has(metadata.roles?.number) &&
    index.has(metadata.roles?.renumber) &&
    isArray(metadata.password_rules) &&
    metadata.password_rules.length === 0 &&
    isArray(metadata.defaults) &&
    metadata.defaults.length === 0 &&
    isArray(metadata.value_rules) &&
    metadata.value_rules.every(
      (r) => knownKeys(r, VALUE_RULE_KEYS) && VALUE_CHECKS.has(r.check) && r.severity === "warning" && index.has(r.field),
    );

  const specs = metadata.fields.map((f) => {
    const kind = kindOf(f);
    // A field with a character set gets a table of the ASCII codes it allows, from the set
    // written out in the metadata: a loop over the characters is faster than a regular
    // expression on short strings.
    let chars;
    if (kind === "chars") {
      chars = new Uint8Array(128);
      for (const c of metadata.charsets[f.charset]) {
        const code = c.charCodeAt(0);
        if (code < 128) chars[code] = 1;
      }
    }
    return {
      kind,
      options: f.options,
      chars,
      re: kind === "email" ? new RegExp("^(?:" + f.pattern + ")$") : undefined,
      minLength: f.min_length,
      maxLength: f.max_length,
      min: f.min,
      max: f.max,
      blank: f.may_be_blank,
      nul: f.may_be_null,
      num: f.accepts_number,
    };
  });
  const required = [];
  metadata.fields.forEach((f, i) => f.required && required.push(i));
  // The fields that play a part, by role (the crate's spec::profile::ROLES).
  const ROLES = metadata.roles;
  const EXTID = index.get(ROLES.number);
  const EXTNUMBER = index.get(ROLES.renumber);
  // The rules by the field that triggers them, and by the field they report on.
  const byWhen = names.map(() => []);
  const byField = names.map(() => []);
  for (const r of understood ? metadata.rules : []) {
    const rule = {
      field: index.get(r.field),
      when: index.get(r.when),
      equals: r.equals,
      requires: r.requires,
      other: index.get(r.requires_field),
      value: r.requires_value,
      error: r.severity === "error",
    };
    byWhen[rule.when].push(rule);
    byField[rule.field].push(rule);
  }
  // The value warnings (Q3, Q5) by field: a sent value that breaks one goes to the module.
  const checksOf = names.map(() => []);
  for (const r of understood ? metadata.value_rules : []) checksOf[index.get(r.field)].push(r.check);
  const HASH = /^[0-9a-fA-F]{32}$/;
  function warned(at, s) {
    const checks = checksOf[at];
    if (s === "") return false;
    for (let i = 0; i < checks.length; i++) {
      if (checks[i] === "looks_hashed" ? HASH.test(s) : !(/[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s))) return true;
    }
    return false;
  }

  // For each field, the other fields its rules consult: all validateField needs to judge.
  const consults = names.map((_, at) => {
    const set = new Set();
    for (const rule of byField[at]) {
      set.add(rule.when);
      if (rule.other !== undefined) set.add(rule.other);
      if (rule.requires === "not_own_extension") set.add(EXTNUMBER).add(EXTID);
    }
    set.delete(at);
    return [...set];
  });
  const canonical = /^(?:0|[1-9][0-9]{0,9})$/;

  // The normalized value when `v` passes its field's own rule, else undefined.
  function clean(spec, v) {
    let s = v;
    if (typeof v === "number") {
      // Whole numbers below 2^52 are written with their digits alone (G7).
      if (!spec.num || !(v >= 0 && v < 4503599627370496) || v % 1 !== 0) return undefined;
      s = "" + v;
    } else if (typeof v !== "string") {
      return v === null && spec.nul ? "" : undefined;
    }
    if (s === "") return spec.blank ? s : undefined;
    switch (spec.kind) {
      case "options":
        return spec.options.includes(s) ? s : undefined;
      case "chars": {
        // Not blank here, so a minimum of 0 is a minimum of 1, as in the pattern.
        const n = s.length;
        if (n < spec.minLength || n > spec.maxLength) return undefined;
        const chars = spec.chars;
        for (let i = 0; i < n; i++) {
          const c = s.charCodeAt(i);
          if (c > 127 || chars[c] === 0) return undefined;
        }
        return s;
      }
      case "email":
        return s.length <= spec.maxLength && spec.re.test(s) ? s : undefined;
      case "range":
        return canonical.test(s) && +s >= spec.min && +s <= spec.max ? s : undefined;
      default:
        return undefined;
    }
  }

  // Whether a rule would report on its field, without context. `values` holds each field's
  // normalized value, INVALID, or undefined when it was not sent.
  function fires(rule, values) {
    const t = values[rule.field];
    if (t === INVALID) return false;
    const trigger = values[rule.when];
    // Trigger not sent: a required target sent blank is a warning (C7).
    if (trigger === undefined) return rule.requires === "not_blank" && rule.error && t === "";
    if (trigger !== rule.equals) return false;
    switch (rule.requires) {
      case "not_blank":
        return t === "" || (t === undefined && rule.error);
      case "field_equals": {
        const o = values[rule.other];
        return o !== undefined && o !== INVALID && o !== rule.value;
      }
      case "not_own_extension": {
        // The number after the update, or before it when renamed (C8).
        let own = values[EXTNUMBER];
        if (own === undefined || own === INVALID) own = values[EXTID];
        return t !== undefined && t !== "" && (t === own || t === values[EXTID]);
      }
      default:
        // Not understood (the tables are checked when the API is made; this is a second lock).
        return true;
    }
  }

  // Values that JSON text leaves out, as the encoder does.
  function unsent(v) {
    const t = typeof v;
    return t === "undefined" || t === "function" || t === "symbol";
  }

  // A key's field index, or undefined. Payloads mostly come in one shape (a form, a service's
  // records), so the parameter name last seen at each position is remembered: the same key
  // again costs one string comparison instead of a Map lookup. (Only parameter names are
  // kept, so no caller's string is held on to.)
  const lastKey = new Array(64).fill(null);
  const lastAt = new Array(64).fill(0);
  function fieldAt(key, i) {
    if (i >= 64) return index.get(key);
    if (lastKey[i] === key) return lastAt[i];
    const at = index.get(key);
    if (at !== undefined) {
      lastKey[i] = names[at];
      lastAt[i] = at;
    }
    return at;
  }

  // Scratch space for cleanBody, left empty when it returns. Only a patched built-in (say a
  // replaced Array.prototype.includes) could call back into it while it runs, or throw; then
  // the payload is left to the module.
  const scratch = new Array(COUNT).fill(undefined);
  const sent = new Int32Array(COUNT);
  let busy = false;

  // The body of a clean payload, or undefined to ask the module.
  function cleanBody(keys, vals) {
    if (busy || !understood) return undefined;
    busy = true;
    let n = 0;
    try {
      for (let i = 0; i < keys.length; i++) {
        const v = vals[i];
        if (unsent(v)) continue;
        const at = fieldAt(keys[i], i);
        if (at === undefined) return undefined;
        const s = clean(specs[at], v);
        if (s === undefined || warned(at, s)) return undefined;
        scratch[at] = s;
        sent[n++] = at;
      }
      for (let i = 0; i < required.length; i++) if (scratch[required[i]] === undefined) return undefined;
      // Without context a rule can only report when the field that triggers it was sent, or
      // when its target was sent blank (C7).
      for (let j = 0; j < n; j++) {
        const list = byWhen[sent[j]];
        for (let i = 0; i < list.length; i++) if (fires(list[i], scratch)) return undefined;
        if (scratch[sent[j]] === "") {
          const own = byField[sent[j]];
          for (let i = 0; i < own.length; i++) if (fires(own[i], scratch)) return undefined;
        }
      }
      return makeBody(scratch);
    } catch {
      // Only a patched built-in can throw here: the module judges instead.
      return undefined;
    } finally {
      for (let j = 0; j < n; j++) scratch[sent[j]] = undefined;
      busy = false;
    }
  }

  // Whether a field's report is ok with nothing to say, or false to ask the module. Members of
  // the rest of the form are judged only as far as the field's rules consult them.
  function cleanField(at, value, keys, vals) {
    if (!understood) return false;
    try {
      return fieldIsClean(at, value, keys, vals);
    } catch {
      // Only a patched built-in can throw here: the module judges instead.
      return false;
    }
  }

  function fieldIsClean(at, value, keys, vals) {
    const values = new Array(COUNT);
    if (keys !== undefined) {
      // Small enough that its JSON text is far below the module's size limit: at most 64
      // members, 8 000 UTF-16 units of keys and strings (6 bytes each at worst, escaped), and
      // other values of at most 24 characters (a BigInt can be longer: the module judges).
      if (keys.length > 64) return false;
      const wanted = consults[at];
      let size = 0;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const v = vals[i];
        if (unsent(v)) continue;
        if (typeof v === "bigint") return false;
        size += key.length + (typeof v === "string" ? v.length : 24);
        for (let k = 0; k < wanted.length; k++) {
          if (names[wanted[k]] === key) values[wanted[k]] = clean(specs[wanted[k]], v) ?? INVALID;
        }
      }
      if (size > 8000) return false;
    }
    const s = clean(specs[at], value === undefined ? "" : unsent(value) ? null : value);
    if (s === undefined || warned(at, s)) return false;
    values[at] = s;
    const list = byField[at];
    for (let i = 0; i < list.length; i++) if (fires(list[i], values)) return false;
    return true;
  }

  // UTF-8 into a reused buffer: no allocation for the usual payload.
  let buffer = new Uint8Array(4096);
  function utf8(text) {
    if (text.length > MAX_BYTES) return encoder.encode(text);
    if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
    return buffer.subarray(0, encoder.encodeInto(text, buffer).written);
  }

  // The size limits of the module (exported with the metadata): what it refuses unread.
  const MAX_BYTES = metadata.limits.max_bytes;
  const MAX_CURRENT_BYTES = metadata.limits.max_current_bytes;
  // Text cut one UTF-16 unit past a limit: at least that many UTF-8 bytes, so the module
  // refuses it as too large as it would the whole, which is then never encoded (T1).
  const bounded = (text, max) => (text.length > max ? text.slice(0, max + 1) : text);

  // A payload as given: JSON text as it is; an object as its own enumerable string keys and
  // their values, each read once; anything else as JSON text by kind. (for-in with an own
  // check lists the same keys as Object.keys, in the same order, and V8 runs it faster than
  // Object.keys or Object.entries followed by reads: BENCHMARKS.md.)
  // Reading stops once what was read is surely over `max` bytes as JSON text (T1): `size`
  // counts a lower bound of the UTF-8 bytes encodeMembers writes (a UTF-16 unit is at least
  // one byte), so the text of what was read is over the limit too, and the module refuses it
  // as too large exactly as it would the whole object. (V8 still lists every key when the
  // loop starts: that part of the cost no script can avoid, BENCHMARKS.md.)
  function take(payload, what, max = MAX_BYTES) {
    if (typeof payload === "string") return payload;
    try {
      if (payload !== null && typeof payload === "object" && !isArray(payload)) {
        const keys = [];
        const vals = [];
        // The braces, less the comma the first member does not have.
        let size = 1;
        for (const key in payload) {
          if (!hasOwn.call(payload, key)) continue;
          const v = payload[key];
          keys.push(key);
          vals.push(v);
          // A member: its quoted key, a colon, a comma and a value of at least one byte (a
          // string's its quotes and units); one JSON cannot hold (undefined, …) is left out.
          const t = typeof v;
          if (t !== "undefined" && t !== "function" && t !== "symbol") size += key.length + 5 + (t === "string" ? v.length + 1 : 0);
          if (size > max) break;
        }
        return { keys, vals, max };
      }
      const text = scalar(payload);
      return text === undefined ? "null" : text;
    } catch (e) {
      throw unreadable(what, e);
    }
  }

  // JSON text of what `take` read.
  function encode(taken, what, record) {
    if (typeof taken === "string") return taken;
    try {
      return encodeMembers(taken.keys, taken.vals, record, taken.max);
    } catch (e) {
      throw unreadable(what, e);
    }
  }

  // The error for an object whose reading threw (a getter, a Proxy trap).
  function unreadable(what, e) {
    return new TypeError(PREFIX + what + " could not be read: " + errorText(e));
  }

  function errorText(e) {
    try {
      return e && typeof e.message === "string" ? e.message : String(e);
    } catch {
      return "unknown error";
    }
  }

  // Current settings: one extinfos element, or a whole extension/query response, whose elements
  // (the only nested values read) are encoded one level down, each like a payload (Q1).
  function encodeCurrent(current, what) {
    if (typeof current === "string") return current;
    let list;
    try {
      list = current !== null && typeof current === "object" && !isArray(current) && hasOwn.call(current, ROLES.query_list) ? current[ROLES.query_list] : undefined;
    } catch (e) {
      throw unreadable(what, e);
    }
    if (!isArray(list)) return encode(take(current, what, MAX_CURRENT_BYTES), what);
    let out = "{" + stringify(ROLES.query_list) + ":[";
    // Read as far as the limit admits: past it the module refuses the text as too large.
    for (let i = 0; i < list.length && out.length <= MAX_CURRENT_BYTES; i++) {
      const e = list[i];
      out += (i > 0 ? "," : "") + (e !== null && typeof e === "object" && !isArray(e) ? encode(take(e, what, MAX_CURRENT_BYTES), what) : scalar(e) ?? "null");
    }
    return out + "]}";
  }

  // The profile's options as JSON text, for the module to read (V1: `api`, `call`,
  // `weakPasswords`); every value is passed as given, so the module's answer is the one answer.
  function profileOptions(options) {
    let out = "";
    for (const key of PROFILE_KEYS) {
      const v = options[key];
      if (v === undefined || v === null) continue;
      out += (out === "" ? "" : ",") + stringify(key) + ":" + (scalar(v) ?? "null");
    }
    return out;
  }
  const PROFILE_KEYS = ["api", "call", "weakPasswords"];

  function encodeOptions(options) {
    if (options === undefined || options === null) return "";
    if (typeof options !== "object") {
      throw new TypeError(PREFIX + "options must be an object: { current?, extensions?, api?, call?, weakPasswords?, locale? }");
    }
    let out = "{" + profileOptions(options);
    const current = options.current;
    if (current !== undefined && current !== null) {
      const text = encodeCurrent(current, "options.current");
      // Over the limit, the module refuses it unread as too large: it is sent cut, as a JSON
      // string, so that the options stay JSON and the whole is never encoded.
      out += (out.length > 1 ? "," : "") + '"current":' + (text.length > MAX_CURRENT_BYTES ? stringify(bounded(text, MAX_CURRENT_BYTES)) : text);
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

  // ---- Messages (rulings M1-M5) -------------------------------------------------------------
  // The module returns violations as data; their messages are rendered here from a catalog,
  // the same files (locales/*.json) and the same rules as the Rust `Catalog`:
  // {label}, {param}, {param:label}, {param:TABLE}, optional [...] segments, and messages with
  // cases ("" default, "param" when present, "param=value" when equal; keys tried in sorted
  // order, of which at most one applies).
  // A template as pieces of one shape: k 0 text `s`, 1 the label, 2 param `n` (through table
  // `t` when given), 3 an optional segment `inner`.
  const TOKEN = /\{([a-z_]+)(?::([a-z_]+))?\}|(\[)|(\])|([^{}[\]]+)|(.)/gy;
  function compileTemplate(text, path) {
    const bad = () => {
      throw new TypeError(PREFIX + "catalog: " + path + " is not a template");
    };
    if (typeof text !== "string") bad();
    const top = [];
    let into = top;
    for (const [, name, table, open, close, plain, other] of text.matchAll(TOKEN)) {
      if (plain !== undefined) into.push({ k: 0, s: plain, n: "", t: undefined, inner: undefined });
      else if (name !== undefined) {
        const k = name === "label" && table === undefined ? 1 : 2;
        into.push({ k, s: "", n: name, t: table, inner: undefined });
      } else if (open !== undefined && into === top) {
        into = [];
        top.push({ k: 3, s: "", n: "", t: undefined, inner: into });
      } else if (close !== undefined && into !== top) into = top;
      else bad(other);
    }
    if (into !== top) bad();
    return top;
  }

  const isObject = (v) => v !== null && typeof v === "object" && !isArray(v);

  // Everything the English catalog has, `c` has too, of the same kind (a string, or an object
  // of the same keys): M4, an incomplete catalog is refused when it is loaded.
  function sameShape(c, reference, path) {
    for (const key of keysOf(reference)) {
      const want = reference[key];
      const have = isObject(c) ? c[key] : undefined;
      if (isObject(want) ? !isObject(have) : typeof have !== "string") {
        throw new TypeError(PREFIX + "catalog: " + path + key + " is missing or not a " + (isObject(want) ? "table" : "string"));
      }
      if (isObject(want)) sameShape(have, want, path + key + ".");
    }
  }

  // A catalog made ready to render.
  function compileCatalog(c) {
    if (c !== english) sameShape(c, english, "");
    const messages = new Map();
    for (const code of keysOf(c.messages)) {
      const m = c.messages[code];
      const path = "messages." + code;
      const cases = [];
      let def;
      if (typeof m === "string") def = compileTemplate(m, path);
      else {
        for (const key of keysOf(m).sort()) {
          const t = compileTemplate(m[key], path + "." + key);
          if (key === "") def = t;
          else {
            const eq = key.indexOf("=");
            cases.push([eq < 0 ? [key] : [key.slice(0, eq), key.slice(eq + 1)], t]);
          }
        }
      }
      messages.set(code, { def, cases });
    }
    return {
      locale: c.locale,
      messages,
      names: c.names,
      labels: allNames.map((n) => c.fields[n].label),
      help: allNames.map((n) => c.fields[n].help),
      groups: c.groups,
      ui: c.ui,
      item: compileTemplate(c.list.item, "list.item"),
      sep: c.list.sep,
      last: c.list.last,
      key: compileTemplate(c.key, "key"),
      memo: [],
    };
  }

  const catalogs = new Map();
  const EN = compileCatalog(english);
  catalogs.set("en", EN);

  /** Adds (or replaces) the catalog of a language; `validate(…, { locale })` can then use it. */
  function registerLocale(catalog) {
    const compiled = compileCatalog(catalog);
    catalogs.set(compiled.locale, compiled);
    fieldsIn.delete(compiled.locale);
    groupsIn.delete(compiled.locale);
    return compiled.locale;
  }

  /** The languages that can be asked for. */
  function locales() {
    return [...catalogs.keys()];
  }

  function catalogOf(options) {
    const tag = options === undefined || options === null ? undefined : options.locale;
    if (tag === undefined || tag === null) return catalogs.get("en");
    const c = typeof tag === "string" ? catalogs.get(tag) : undefined;
    if (c === undefined) {
      throw new TypeError(
        PREFIX + "locale " + stringify(String(tag)) + " is not loaded: import \"yeastar-extension-rules/locales/" + String(tag) + '" (or pass a catalog to registerLocale) first',
      );
    }
    return c;
  }

  // A field's label, or a key that is not a parameter shown through the catalog's `key`
  // template with invisible and control characters escaped.
  function labelOf(cat, name) {
    const at = allIndex.get(name);
    return at !== undefined ? cat.labels[at] : keyOf(cat, name);
  }

  // A key as sent (one the call does not take, a parameter of another profile among them).
  function keyOf(cat, name) {
    let shown = "";
    for (const ch of name) {
      const cp = ch.codePointAt(0);
      shown += hides(cp) ? "\\u{" + cp.toString(16) + "}" : ch;
    }
    return plainFill(cat.key, shown);
  }

  // Whether a character can hide or reorder text (the ranges the crate exports as `escaped`,
  // first and last of each in a flat list: control, format and invisible characters);
  // everything else is shown as typed.
  const ESCAPED = metadata.escaped;
  function hides(cp) {
    if (cp >= 0x20 && cp < 0x7f) return false;
    for (let i = 0; i < ESCAPED.length; i += 2) if (cp >= ESCAPED[i] && cp <= ESCAPED[i + 1]) return true;
    return false;
  }

  // The `key` and `list.item` templates: text and their one param.
  function plainFill(pieces, value) {
    let out = "";
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (p.k === 0) out += p.s;
      else if (p.k === 2) out += value;
    }
    return out;
  }

  // A code through a names table (the code itself where the table lacks it).
  function nameOf(table, code) {
    const named = isObject(table) ? table[code] : undefined;
    return typeof named === "string" ? named : code;
  }

  // A list joined with the catalog's separators: option values through the `list.item`
  // template, codes through a names table (without the item's quotes).
  function listOf(cat, items, table) {
    let out = "";
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out += i + 1 === items.length ? cat.last : cat.sep;
      out += table === undefined ? plainFill(cat.item, items[i]) : nameOf(cat.names[table], items[i]);
    }
    return out;
  }

  // Renders `pieces`; a missing param stops it there and sets `missing` (an optional segment
  // is then dropped; at the top level the message keeps what came before, as in Rust). `at`
  // is the violation's field index, when it is on a parameter.
  let missing = false;
  function fill(cat, pieces, field, params, at) {
    let out = "";
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      switch (p.k) {
        case 0:
          out += p.s;
          break;
        case 1:
          out += at !== undefined ? cat.labels[at] : keyOf(cat, field);
          break;
        case 3: {
          const inner = fill(cat, p.inner, field, params, at);
          if (missing) missing = false;
          else out += inner;
          break;
        }
        default: {
          const value = params[p.n];
          if (value === undefined) {
            missing = true;
            return out;
          }
          if (typeof value === "number") out += value;
          else if (isArray(value)) out += listOf(cat, value, p.t);
          else if (p.t === undefined) out += value;
          else if (p.t === "label") out += labelOf(cat, value);
          else out += nameOf(cat.names[p.t], value);
        }
      }
    }
    return out;
  }

  function messageOf(cat, field, code, params, at) {
    const m = cat.messages.get(code);
    if (m === undefined) return code;
    let t = m.def;
    const cases = m.cases;
    for (let i = 0; i < cases.length; i++) {
      const cond = cases[i][0];
      const value = params[cond[0]];
      if (cond.length === 1 ? value !== undefined : value === cond[1]) {
        t = cases[i][1];
        break;
      }
    }
    if (t === undefined) return code;
    const out = fill(cat, t, field, params, at);
    missing = false;
    return out;
  }

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
      // The message of the same field, code and params as last time is the same message: kept
      // per catalog in a slot per field and code, with the params' text to compare.
      // (Short reports only: a kept slice keeps its report's text alive.)
      const slot = at !== undefined && n < 4096 ? at * 64 + codeAt : -1;
      const said = slot >= 0 ? text.slice(b, end) : "";
      const memo = slot >= 0 ? cat.memo[slot] : undefined;
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
      let message;
      if (memo !== undefined && memo[0] === said) message = memo[1];
      else {
        message = messageOf(cat, field, code, params, at);
        if (slot >= 0) cat.memo[slot] = [said, message];
      }
      (list === 101 ? errors : warnings).push(
        errno === undefined ? { field, code, message, params } : { field, code, message, params, errno },
      );
      pos = end;
    }
    return { ok: errors.length === 0, errors, warnings, payload };
  }

  // `*` in a compact report: the options of the field's row in the first profile that has it
  // (the default profile's, then API 2.0.0's for the fields only it has).
  const firstOptions = allNames.map((n) => {
    for (const m of [metadata, ...Object.values(metadata.profiles)]) {
      const f = m.fields.find((x) => x.name === n);
      if (f !== undefined) return f.options;
    }
    return undefined;
  });

  // Options that give no current settings and no extension list, and name no profile: the
  // clean path judges the default profile only (fail closed: every other goes to the module).
  const noContext = (options) =>
    options === undefined ||
    options === null ||
    (typeof options === "object" &&
      options.current == null &&
      options.extensions == null &&
      options.api == null &&
      options.call == null &&
      (options.weakPasswords == null || typeof options.weakPasswords === "boolean"));

  // The name of the profile the options name, as the module reads `api` and `call`
  // (`v1-update` without either, with no crossing).
  function profileName(options) {
    if (options === undefined || options === null || (options.api == null && options.call == null)) return "v1-update";
    if (typeof options !== "object") throw new TypeError(PREFIX + "options must be an object");
    const out = glue.currentJson(utf8("p{" + profileOptions({ api: options.api, call: options.call }) + "}"));
    if (out.charCodeAt(0) === 33) throw new TypeError(PREFIX + out.slice(1));
    return out;
  }

  // A profile's metadata: the default profile's whole, every other's with what they share.
  function metadataOf(name) {
    return name === "v1-update" ? metadata : metadata.profiles[name];
  }

  /** The profile the options name ({ api, call }): its API version, call and request path. */
  function profile(options) {
    const name = profileName(options);
    return { name, ...metadataOf(name).profile };
  }

  /** Validates a payload (a plain object or JSON text); returns the report. */
  function validate(payload, options) {
    const cat = catalogOf(options);
    const taken = take(payload, "the payload");
    if (typeof taken === "string") {
      return answer(glue.validateJson(utf8(bounded(taken, MAX_BYTES)), encodeOptions(options), true), cat, undefined);
    }
    if (noContext(options)) {
      const clean = cleanBody(taken.keys, taken.vals);
      if (clean !== undefined) return { ok: true, errors: [], warnings: [], payload: clean };
    }
    // A body written here is the default profile's (its fields, in its order); for any other
    // profile the module writes it.
    const own = options == null || (options.api == null && options.call == null);
    const record = own ? Object.create(null) : undefined;
    const text = encode(taken, "the payload", record);
    return answer(glue.validateJson(utf8(text), encodeOptions(options), !own), cat, record);
  }

  /** Validates one field as a form does while the user types. */
  function validateField(field, value, payload, options) {
    if (typeof field !== "string") throw new TypeError(PREFIX + "field must be a string");
    const cat = catalogOf(options);
    const taken = payload === undefined || payload === null ? undefined : take(payload, "the payload");
    const at = index.get(field);
    if (at !== undefined && noContext(options) && typeof taken !== "string") {
      if (cleanField(at, value, taken?.keys, taken?.vals)) {
        return { ok: true, errors: [], warnings: [], payload: null };
      }
    }
    // The value as the input holds it: a string is the text typed, not JSON text.
    const valueText = bounded(value === undefined ? '""' : scalar(value) ?? "null", MAX_BYTES);
    const payloadText = taken === undefined ? "" : bounded(encode(taken, "the payload"), MAX_BYTES);
    // One copy into the module: value, form and options (JSON text, never a raw NUL), then the
    // name, separated by NULs.
    const packed = valueText + "\u0000" + payloadText + "\u0000" + encodeOptions(options) + "\u0000" + bounded(field, MAX_BYTES);
    return answer(glue.validateFieldJson(utf8(packed)), cat, undefined);
  }

  /**
   * The minimal update from `current` (one extinfos element or a whole query response) to
   * `desired` (a payload or an edited element), objects or JSON text: the report, whose
   * payload is the minimal request body (ruling Q4). Nothing is copied from `current`.
   */
  function diff(current, desired, options) {
    const cat = catalogOf(options);
    if (current === undefined || current === null) throw new TypeError(PREFIX + "diff needs the current settings");
    if (options !== undefined && options !== null && options.current != null) {
      throw new TypeError(PREFIX + "diff takes the current settings as its first argument, not in options");
    }
    const currentText = bounded(encodeCurrent(current, "the current settings"), MAX_CURRENT_BYTES);
    const desiredText = bounded(encode(take(desired, "the desired settings"), "the desired settings"), MAX_BYTES);
    // One copy into the module: the mode, then current, desired and options (JSON text, never
    // a raw NUL).
    const packed = "d" + currentText + "\u0000" + desiredText + "\u0000" + encodeOptions(options);
    return answer(glue.currentJson(utf8(packed)), cat, undefined);
  }

  /**
   * The current settings a form is filled from, as the library reads them (ruling Q1): the
   * element of `current` (one extinfos element or a whole query response, an object or JSON
   * text) whose number is `options.extid` (or, with none, the only element), as an object:
   * `extid`, then the fields it holds in table order, destinations as option and number
   * (`ext1001` is `Extension` and `1001`), `moblie` as `mobile`. Secrets and `extnumber` are
   * left out. `null` when there is no such element.
   */
  function readCurrent(current, options) {
    // The element is picked by the number, an option named as the field that holds it in the
    // profile (`extid`, or API 2.0.0's `number`).
    const key = metadataOf(profileName(options)).roles.number;
    const extid = options?.[key] ?? "";
    if (current == null || (typeof extid !== "string" && typeof extid !== "number")) {
      throw new TypeError(PREFIX + "readCurrent takes the current settings and { " + key + "?: an extension number, api?, call? }");
    }
    const currentText = bounded(encodeCurrent(current, "the current settings"), MAX_CURRENT_BYTES);
    const profileText = options == null ? "" : "{" + profileOptions({ api: options.api, call: options.call }) + "}";
    const out = glue.currentJson(utf8("r" + currentText + "\u0000" + extid + "\u0000" + profileText));
    if (out.charCodeAt(0) === 33) throw new TypeError(PREFIX + out.slice(1));
    return parse(out);
  }

  function freeze(v) {
    if (v !== null && typeof v === "object") {
      for (const k of keysOf(v)) freeze(v[k]);
      Object.freeze(v);
    }
    return v;
  }

  // Field metadata is generated from the Rust rule tables when the package is built
  // (extcheck --fields) and arrives here as data.
  freeze(metadata);

  // Labels, help texts and group titles come from the catalog of the language asked for.
  const fieldsIn = new Map();
  const groupsIn = new Map();

  /** Every field's metadata of a profile ({ api, call }; the default: API 1.x
   * extension/update), in its table order, labelled in a language (frozen). */
  function fields(options) {
    const cat = catalogOf(options);
    const name = profileName(options);
    const key = cat.locale + "\u0000" + name;
    let out = fieldsIn.get(key);
    if (out === undefined) {
      out = freeze(metadataOf(name).fields.map((f) => {
        const { name, ...rest } = f;
        const at = allIndex.get(name);
        return { name, label: cat.labels[at], help: cat.help[at], ...rest };
      }));
      fieldsIn.set(key, out);
    }
    return out;
  }

  /** A profile's form sections, titled in a language, and the fields in each (frozen). */
  function groups(options) {
    const cat = catalogOf(options);
    const name = profileName(options);
    const key = cat.locale + "\u0000" + name;
    let out = groupsIn.get(key);
    if (out === undefined) {
      out = freeze(metadataOf(name).groups.map((g) => ({ id: g.id, title: cat.groups[g.id], fields: g.fields })));
      groupsIn.set(key, out);
    }
    return out;
  }

  /** The interface strings of a language (the editor's), by key: a fresh frozen object; empty
   * until a catalog that has them is loaded (each language's entry point, "locales/en" too). */
  function strings(options) {
    return Object.freeze({ ...catalogOf(options).ui });
  }

  /** A profile's context rules (X1, X2, V5): what current settings and an extension list
   * add (frozen). */
  function contextRules(options) {
    return metadataOf(profileName(options)).context_rules;
  }

  /** The fields that play a part in a profile, by role: `number` names the extension,
   * `renumber` gives it a new number (`null` in API 2.0.0); `query_list` is the key of a
   * query response's elements (frozen). */
  function roles(options) {
    return metadataOf(profileName(options)).roles;
  }

  /** A profile's cross-field rules, in the order they are judged (frozen). */
  function crossRules(options) {
    return metadataOf(profileName(options)).rules;
  }

  /** A profile's password rules (API 2.0.0's, V4; none in API 1.x): each password's strong
   * and basic minimum lengths and what a strong one must not contain (frozen). */
  function passwordRules(options) {
    return metadataOf(profileName(options)).password_rules;
  }



  /** A Standard Schema v1 object, optionally with context and a locale, for form libraries. */
  function createStandardSchema(options) {
    catalogOf(options);
    // An unknown profile is the caller's mistake, told now rather than on every value.
    profileName(options);
    return {
      "~standard": {
        version: 1,
        vendor: "yeastar-extension-rules",
        validate(value) {
          let report;
          try {
            report = validate(value, options);
          } catch (e) {
            return { issues: [{ message: errorText(e) }] };
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
    diff,
    readCurrent,
    profile,
    roles,
    fields,
    groups,
    strings,
    registerLocale,
    locales,
    contextRules,
    passwordRules,
    rules: crossRules,
    createStandardSchema,
    standardSchema: createStandardSchema(),
  };
}
