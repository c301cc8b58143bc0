// The TypeScript unions that come from the rule tables (field names, options, input types,
// violation codes, character sets, group ids) are what the tables say: js/index.d.ts must equal
// what scripts/types.mjs generates from the tables the package was built from, and the package
// ships exactly that. UPDATE_TYPES=1 rewrites js/index.d.ts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { fields, groups } from "yeastar-extension-rules";
import { generate, splice } from "../../scripts/types.mjs";
import { fixtures } from "./helpers.mjs";

const url = (p) => new URL(`../../${p}`, import.meta.url);
const exported = JSON.parse(readFileSync(url("target/pkg-data/fields.json"), "utf8"));
const committed = readFileSync(url("js/index.d.ts"), "utf8");
const english = JSON.parse(readFileSync(url("locales/en.json"), "utf8"));
const profiles = Object.fromEntries(
  ["v2-update", "v2-add"].map((n) => [n, JSON.parse(readFileSync(url(`target/pkg-data/fields-${n}.json`), "utf8"))]),
);
const expected = splice(committed, generate(exported, english, profiles));

test("js/index.d.ts is current with the rule tables", () => {
  if (process.env.UPDATE_TYPES === "1" && committed !== expected) writeFileSync(url("js/index.d.ts"), expected);
  assert.equal(committed, expected, "js/index.d.ts has drifted from the tables: run UPDATE_TYPES=1 node --test tests/js/types.test.mjs");
});

test("the package ships the generated declarations", () => {
  assert.equal(readFileSync(url("pkg/index.d.ts"), "utf8"), expected);
  assert.equal(readFileSync(url("pkg/index.d.cts"), "utf8"), expected);
});

test("the unions list exactly what the package knows", () => {
  const union = (name) => {
    const m = new RegExp(`export type ${name} =([^;]*);`).exec(expected);
    return [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
  };
  // Every profile's fields: API 1.x's in its order, then API 2.0.0's `number`.
  assert.deepEqual(union("FieldName"), exported.names);
  const names = new Set([...fields(), ...fields({ api: "v2" }), ...fields({ api: "v2", call: "add" })].map((f) => f.name));
  assert.deepEqual([...names].sort(), [...exported.names].sort());
  assert.deepEqual(union("GroupId"), groups().map((g) => g.id));
  assert.deepEqual(union("ViolationCode"), exported.codes);
  assert.deepEqual(union("CharsetCode"), Object.keys(exported.charsets));
  for (const f of fields()) {
    if (f.options === undefined) continue;
    const m = new RegExp(`\\n  ${f.name}: ([^;]*);`).exec(/interface FieldOptions \{[\s\S]*?\}/.exec(expected)[0]);
    const listed = [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
    // The options of every profile (API 2.0.0's enablevmtoemail adds "custom").
    const every = [...new Set([f, ...fields({ api: "v2" }).filter((g) => g.name === f.name)].flatMap((g) => g.options))];
    assert.deepEqual(listed, every, f.name);
  }
  for (const f of fields()) {
    if (f.charset !== undefined) assert.ok(f.charset in exported.charsets, f.name);
  }
});

test("every code and charset the corpus's reports carry is in the unions", () => {
  const codes = new Set(exported.codes);
  let seen = 0;
  for (const f of fixtures()) {
    for (const v of [...f.report.errors, ...f.report.warnings]) {
      assert.ok(codes.has(v.code), `${f.name}: ${v.code}`);
      if (v.params.allowed !== undefined) assert.ok(v.params.allowed in exported.charsets, f.name);
      seen++;
    }
  }
  assert.ok(seen > 50, `${seen} violations`);
});
