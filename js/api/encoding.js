// A part of createApi (js/api/index.mjs joins the parts, in order, into one function body).
// Object encoding: one member value as JSON text, the parameter names, an object read once
// and written as JSON text in one pass, the normalized body, UTF-8 into the module, the size
// limits, current settings and options.

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
  // are also kept in `record` (when given: an array, by the parameter's position), from which
  // an ok answer's body is written without another crossing.
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
      const at = index.get(key);
      if (at !== undefined && record !== undefined) record[at] = v;
      out += (first ? '"' : ',"') + (at !== undefined ? key : stringify(key).slice(1, -1)) + '":' + text;
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
      const v = record[i];
      if (v !== undefined) values[i] = typeof v === "string" ? v : v === null ? "" : String(v);
    }
    return makeBody(values);
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
    // Nothing for the module (a locale alone): no options text for it to read.
    return out.length > 1 ? out + "}" : "";
  }
