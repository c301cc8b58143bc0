// A part of createApi (js/api/index.mjs joins the parts, in order, into one function body).
// The clean path: clean objects answered from the exported rule tables, failing closed.

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
      // Its own copy: the metadata's arrays are frozen, which V8 searches more slowly.
      options: f.options === undefined ? undefined : [...f.options],
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
      // Whole numbers below 2^52 are written with their digits alone (G7); larger ones (exact up
      // to 2^53 - 1 in API 2.0.0, V3) go to the engine.
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
