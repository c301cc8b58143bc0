// The JavaScript clean path fails closed: it answers only from tables it understands in full.
// The API is made here from js/api/ itself (as scripts/build-pkg.mjs splices it into the
// package) over the package's real module, with metadata that has something new injected:
// every such payload must be judged by the module, and get the module's report.
import { test } from "node:test";
import { same } from "./helpers.mjs";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fields, groups, rules } from "yeastar-extension-rules";
import { apiSource } from "../../js/api/index.mjs";

const require = createRequire(import.meta.url);
const glue = require(new URL("../../pkg/nodejs/yeastar_extension_rules.js", import.meta.url).pathname);
const source = apiSource();
const createApi = new Function(`${source}\nreturn createApi;`)();

/** The metadata the package ships, as a fresh, mutable copy. */
function metadata() {
  const read = (name) => JSON.parse(readFileSync(new URL(`../../target/pkg-data/${name}.json`, import.meta.url), "utf8"));
  const { charsets, codes, params, names, roles, limits, escaped, value_rules, password_rules, defaults, profile, depends_on } = read("fields");
  const profiles = Object.fromEntries(["v2-update", "v2-add"].map((n) => [n, read(`fields-${n}`)]));
  return structuredClone({ format: 2, profile, charsets, codes, params, names, roles, limits, escaped, groups: groups(), fields: fields(), rules: rules(), value_rules, password_rules, defaults, depends_on, profiles });
}

/** An API over `meta` whose module calls are counted. */
function apiWith(meta) {
  const calls = { count: 0 };
  const spy = {
    validateJson: (...a) => (calls.count++, glue.validateJson(...a)),
    validateFieldJson: (...a) => (calls.count++, glue.validateFieldJson(...a)),
    currentJson: (...a) => (calls.count++, glue.currentJson(...a)),
  };
  const names = meta.fields.map((f) => f.name);
  const makeBody = (v) => {
    const o = {};
    names.forEach((n, i) => v[i] !== undefined && (o[n] = v[i]));
    return o;
  };
  const english = JSON.parse(readFileSync(new URL("../../locales/en.json", import.meta.url), "utf8"));
  return { api: createApi(spy, meta, makeBody, english), calls };
}

const VALID = { extid: "1002", username: "Amy", registerpassword: "Xy7-kP2q", dnd: "off", maxregistrations: 3, email: "amy@example.com" };

test("with the shipped tables, a valid payload and field are answered without the module", () => {
  const { api, calls } = apiWith(metadata());
  const r = api.validate(VALID);
  assert.equal(r.ok, true);
  assert.equal(calls.count, 0);
  assert.equal(api.validateField("username", "Amy").ok, true);
  assert.equal(calls.count, 0);
  // Something wrong still goes to the module.
  assert.equal(api.validate({ extid: "10x2" }).ok, false);
  assert.equal(calls.count, 1);
});

const injections = {
  "a newer format": (m) => void (m.format = 3),
  "no format": (m) => void delete m.format,
  "a rule of an unknown kind": (m) =>
    void m.rules.push({ id: "C99", field: "username", when: "extid", equals: "1002", requires: "must_rhyme", severity: "error", code: "x" }),
  "a rule with an unknown key": (m) => void (m.rules[0].unless = "dnd"),
  "password rules (API 2.0.0's)": (m) => void m.password_rules.push({ field: "registerpassword", strong_min: 16, basic_min: 8, not_containing: [] }),
  "defaults (an extension being added)": (m) => void m.defaults.push({ field: "dnd", value: "on" }),
  "a rule of unknown severity": (m) => void (m.rules[0].severity = "fatal"),
  "a rule on an unknown field": (m) => void (m.rules[0].field = "nickname"),
  "a field with an unknown key": (m) => void (m.fields[2].forbidden_prefix = "x"),
  "a field with an unknown character set": (m) => void (m.fields[2].charset = "hex"),
  "a field with an unknown control": (m) => void (m.fields[8].control = "url"),
  "a field with no value kind": (m) => {
    delete m.fields[6].min;
    delete m.fields[6].max;
  },
  "no character sets": (m) => void delete m.charsets,
};

for (const [what, inject] of Object.entries(injections)) {
  test(`${what}: every payload and field goes to the module`, () => {
    const meta = metadata();
    inject(meta);
    const { api, calls } = apiWith(meta);
    const real = apiWith(metadata()).api;
    const r = api.validate(VALID);
    assert.equal(calls.count, 1, "validate asked the module");
    same(r, real.validate(JSON.stringify(VALID)), "the module's report");
    const f = api.validateField("username", "Amy", VALID);
    assert.equal(calls.count, 2, "validateField asked the module");
    same(f, real.validateField("username", "Amy", JSON.stringify(VALID)));
    // The API still works in full.
    assert.equal(api.validate({ extid: "10x2" }).errors[0].code, "invalid_characters");
  });
}

test("the character sets are written out by the crate, not parsed from patterns", () => {
  const meta = metadata();
  assert.equal(meta.charsets.digits, "0123456789");
  for (const f of meta.fields) {
    if (f.charset === undefined) continue;
    const set = meta.charsets[f.charset];
    assert.equal(typeof set, "string", f.name);
    // Each written-out set is exactly what the field's pattern class accepts.
    const cls = /^\[.*\](?=\{)/.exec(f.pattern)[0];
    const one = new RegExp(`^${cls}$`);
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(set.includes(ch), one.test(ch), `${f.name} ${JSON.stringify(ch)}`);
    }
  }
});
