// Read, modify, write (rulings Q1-Q5) through the package, held to the native command line:
// the guides' extension/query samples sent back and used as current settings, and diff().
import { test } from "node:test";
import { same } from "./helpers.mjs";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validate, diff } from "yeastar-extension-rules";
import "yeastar-extension-rules/locales/zh-CN";

const extcheck = new URL("../../target/release/extcheck", import.meta.url).pathname;
const sample = (name) => readFileSync(new URL(`../query-samples/${name}`, import.meta.url), "utf8");
const dir = mkdtempSync(join(tmpdir(), "query-"));

function native(args, input) {
  try {
    return JSON.parse(execFileSync(extcheck, args, { input, encoding: "utf8" }));
  } catch (e) {
    if (e.status === 1) return JSON.parse(e.stdout);
    throw e;
  }
}

for (const name of ["en-guide.json", "zh-CN-guide.json"]) {
  const text = sample(name);
  const response = JSON.parse(text);
  const element = { ...response.extinfos[0], extid: response.extinfos[0].extnumber };
  const currentFile = join(dir, name);
  writeFileSync(currentFile, text);

  test(`${name}: sent back, the Q2 errors and the Q3 warning, as natively`, () => {
    const r = validate(element);
    same(r.errors.map((e) => [e.field, e.code]), [
      ["language", "not_updatable"], ["moblie", "not_updatable"], ["status", "not_updatable"], ["type", "not_updatable"],
    ]);
    same(r.warnings.map((e) => [e.field, e.code]), [["loginpassword", "password_looks_hashed"]]);
    same(r, native([], JSON.stringify(element)));
    // With the whole response as current settings, as natively.
    same(validate(element, { current: response }), native(["--current", currentFile], JSON.stringify(element)));
  });

  test(`${name}: a one-field change gives a two-key update, in every language, as natively`, () => {
    for (const [field, value] of [["dnd", "on"], ["username", "Jayson Lee"], ["ringtimeout", 60], ["btransferto", "ext1001"]]) {
      const desired = { ...response.extinfos[0], [field]: value };
      const r = diff(response, desired);
      same(r, native(["diff", "--current", currentFile], JSON.stringify(desired)), field);
      same(diff(text, JSON.stringify(desired)), r, "JSON text in, the same report");
      if (field !== "btransferto") {
        assert.equal(Object.keys(r.payload).length, 2, field);
        assert.equal(r.payload[field], String(value));
      }
      const zh = diff(response, desired, { locale: "zh-CN" });
      same(zh, native(["diff", "--current", currentFile, "--lang", "zh-CN"], JSON.stringify(desired)));
    }
    const unchanged = diff(response, response.extinfos[0]);
    assert.deepEqual(unchanged.payload, { extid: "1000" });
    assert.deepEqual(unchanged.warnings.map((w) => w.code), ["nothing_to_change"]);
  });
}

test("diff never copies a secret, and takes no current settings in its options", () => {
  const current = { extnumber: "1000", registerpassword: "xMn5W4Gs", vmsecret: "1000", loginpassword: "5e12ba8dd1083a7f946e457cf3c18779" };
  same(diff(current, { extid: "1000", username: "Amy" }).payload, { extid: "1000", username: "Amy" });
  assert.throws(() => diff(current, { extid: "1000" }, { current }), TypeError);
  assert.throws(() => diff(undefined, { extid: "1000" }), TypeError);
  // Desired settings that are no object get the report a payload would (as from extcheck diff
  // and Python).
  same(diff(current, [1, 2]).errors.map((e) => e.code), ["not_an_object"]);
});

test("diff on generated pairs agrees with extcheck diff", () => {
  const base = JSON.parse(sample("en-guide.json")).extinfos[0];
  const file = join(dir, "base.json");
  writeFileSync(file, JSON.stringify(base));
  const choices = {
    dnd: ["on", "off", "On", true], username: ["Amy", "", "A_b"], ringtimeout: [15, "30", "030", 45],
    ntransferto: ["Extension", "ext1002", "number555", "Mobile Number"], ntransferext: ["1002", ""],
    mobile: ["5551234", ""], loginpassword: ["5e12ba8dd1083a7f946e457cf3c18779", "N3w-Password", "weak"],
    extnumber: ["1000", "1001"], status: ["Registered"],
  };
  const keys = Object.keys(choices);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 60; i++) {
    const desired = { ...base };
    for (const k of keys) if (next() < 0.3) desired[k] = choices[k][Math.floor(next() * choices[k].length)];
    same(diff(base, desired), native(["diff", "--current", file], JSON.stringify(desired)), JSON.stringify(desired));
  }
});
