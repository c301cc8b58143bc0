// A part of createApi (js/api/index.mjs joins the parts, in order, into one function body).
// The entry points: the profile, validate, validateField, diff, readCurrent, the metadata
// and the Standard Schema.

  // Options that give no current settings and no extension list, and name no profile but the
  // default one: the clean path judges the default profile only (fail closed: every other
  // goes to the module).
  const noContext = (options) =>
    options === undefined ||
    options === null ||
    (typeof options === "object" &&
      options.current == null &&
      options.extensions == null &&
      (options.weakPasswords == null || typeof options.weakPasswords === "boolean") &&
      isDefault(options));

  // Whether the options name the default profile: none named, or one the module reads as
  // API 1.x extension/update (`{ api: "v1" }`, `"v1.1.0"`, `{ call: "update" }`). Options it
  // cannot read are not; the call that follows throws for them as it always did.
  function isDefault(options) {
    try {
      return profileName(options) === "v1-update";
    } catch {
      return false;
    }
  }

  // The name of the profile the options name, as the module reads `api` and `call`
  // (`v1-update` without either, with no crossing).
  function profileName(options) {
    if (options === undefined || options === null || (options.api == null && options.call == null)) return "v1-update";
    if (typeof options !== "object") throw new TypeError(PREFIX + "options must be an object");
    const text = "{" + profileOptions({ api: options.api, call: options.call }) + "}";
    // The module's reading of the same options is the same name: asked once per spelling
    // (a form asks for its fields, groups and roles on every change).
    let out = profileNames.get(text);
    if (out === undefined) {
      out = glue.currentJson(utf8("p" + text));
      if (out.charCodeAt(0) === 33) throw new TypeError(PREFIX + out.slice(1));
      if (profileNames.size < 64) profileNames.set(text, out);
    }
    return out;
  }
  const profileNames = new Map();

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
    const own = isDefault(options);
    const record = own ? new Array(names.length) : undefined;
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
    const payloadText = taken === undefined ? "" : bounded(encode(formFor(field, taken, options), "the payload"), MAX_BYTES);
    // One copy into the module: value, form and options (JSON text, never a raw NUL), then the
    // name, separated by NULs.
    const packed = valueText + "\u0000" + payloadText + "\u0000" + encodeOptions(options) + "\u0000" + bounded(field, MAX_BYTES);
    return answer(glue.validateFieldJson(utf8(packed)), cat, undefined);
  }

  // The form as the field's check reads it: an object form that is surely under the size
  // limit (every unit of its keys and strings counted as the six bytes of an escape) holds
  // only the fields the profile says the field depends on (`depends_on`, from
  // Profile::depends_on: every other field leaves its verdict as it is); anything else is sent
  // whole, as it is.
  function formFor(field, taken, options) {
    if (typeof taken === "string") return taken;
    const wanted = dependsOf(profileName(options)).get(field);
    if (wanted === undefined) return taken;
    const { keys, vals } = taken;
    let size = 2;
    for (let i = 0; i < keys.length; i++) {
      const v = vals[i];
      if (typeof v === "bigint") return taken;
      size += 6 * keys[i].length + (typeof v === "string" ? 6 * v.length : 0) + 32;
    }
    if (size > MAX_BYTES) return taken;
    const k = [];
    const v = [];
    for (let i = 0; i < keys.length; i++) {
      if (wanted.has(keys[i])) {
        k.push(keys[i]);
        v.push(vals[i]);
      }
    }
    return { keys: k, vals: v, max: taken.max };
  }

  // Per profile, each of its fields' dependencies as a set: the field, the roles `number`
  // and `renumber`, and what `depends_on` lists for it. Metadata without `depends_on` (of a
  // format this code does not know) reduces no form.
  const dependsIn = new Map();
  function dependsOf(name) {
    let out = dependsIn.get(name);
    if (out === undefined) {
      const m = metadataOf(name);
      const listed = isObject(m.depends_on) ? m.depends_on : undefined;
      out = new Map();
      if (listed !== undefined && metadata.format === FORMAT) {
        const base = [m.roles.number, m.roles.renumber].filter((f) => typeof f === "string");
        for (const f of m.fields) {
          const more = hasOwn.call(listed, f.name) ? listed[f.name] : [];
          out.set(f.name, new Set([f.name, ...base, ...more]));
        }
      }
      dependsIn.set(name, out);
    }
    return out;
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
