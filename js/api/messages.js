// A part of createApi (js/api/index.mjs joins the parts, in order, into one function body).
// Messages: the catalogs and the templates, rendered as the Rust `Catalog` renders them.

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
    const base = {
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
      apis: undefined,
    };
    // The catalog as each API version labels its fields: a field's entry names it otherwise
    // in a version under the version's code (API 2.0.0's `username`: `"v2": { label, help }`),
    // else as API 1.x does.
    base.apis = { v1: base };
    for (const api of API_CODES) {
      if (api === "v1") continue;
      const own = (n) => (isObject(c.fields[n][api]) ? c.fields[n][api] : c.fields[n]);
      base.apis[api] = { ...base, labels: allNames.map((n) => own(n).label), help: allNames.map((n) => own(n).help) };
    }
    return base;
  }
  // Every API version's code (`v1`, `v2`), from the profiles' metadata.
  const API_CODES = ["v1", ...Object.values(metadata.profiles).map((m) => m.profile.api)];

  const catalogs = new Map();
  const EN = compileCatalog(english);
  catalogs.set("en", EN);

  /** Adds (or replaces) the catalog of a language; `validate(…, { locale })` can then use it. */
  function registerLocale(catalog) {
    const compiled = compileCatalog(catalog);
    catalogs.set(compiled.locale, compiled);
    // What was labelled in the language before, for every profile, is labelled anew.
    for (const kept of [fieldsIn, groupsIn]) {
      for (const key of [...kept.keys()]) if (key.startsWith(compiled.locale + "\u0000")) kept.delete(key);
    }
    return compiled.locale;
  }

  /** The languages that can be asked for. */
  function locales() {
    return [...catalogs.keys()];
  }

  // The catalog of the language the options ask for, as the API version they name labels
  // its fields.
  function catalogOf(options) {
    if (options === undefined || options === null) return catalogs.get("en");
    const tag = options.locale;
    let c = catalogs.get("en");
    if (tag !== undefined && tag !== null) {
      c = typeof tag === "string" ? catalogs.get(tag) : undefined;
      if (c === undefined) {
        throw new TypeError(
          PREFIX + "locale " + stringify(String(tag)) + " is not loaded: import \"yeastar-extension-rules/locales/" + String(tag) + '" (or pass a catalog to registerLocale) first',
        );
      }
    }
    if (options.api == null) return c;
    const name = profileName(options);
    return c.apis[name.slice(0, name.indexOf("-"))] ?? c;
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
