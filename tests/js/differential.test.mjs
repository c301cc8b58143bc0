// Differential tests on generated payloads (valid, near-valid mutations, garbage):
//  - the npm package (wasm) against the native command line: identical reports, with and
//    without context, and the package's object path against its JSON-text path;
//  - the library against ajv 8 with the library's own jsonSchema(): the same verdict and the
//    same set of failing fields on context-free payloads.
import { test } from "node:test";
import { same } from "./helpers.mjs";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { validate, validateField, fields, rules as rulesOf } from "yeastar-extension-rules";
import { jsonSchema } from "yeastar-extension-rules/schema";
import "yeastar-extension-rules/locales/zh-CN";

const require = createRequire(new URL("../../package.json", import.meta.url));
const Ajv2020 = require("ajv/dist/2020.js");
const extcheck = new URL("../../target/release/extcheck", import.meta.url).pathname;

const COUNT = Number(process.env.DIFF_COUNT ?? 10000);

// A small deterministic PRNG (mulberry32), so a failure can be reproduced from its index.
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick };
}

const META = fields();
const CHARS = {
  digits: "0123456789",
  letters_digits: "abcXYZ0189",
  letters_digits_space: "Ina Tg09 ",
  password: "!#$%()*+,-./09:=?@AZ[]^_az{}~",
  strong_password: "~^*-_?AZaz09Qq",
  caller_id_name: "Ina Tg09 éü王芳#(",
};
const WEIRD = ["", " ", ";", "é", "١", "１", "\u200b", "\u202e", "\u0000", "\ud800", "😀", "Ａ", "\t", "-1", "1.5", "On", "YES"];

function validValue(f, r) {
  if (f.options) {
    const o = r.pick(f.options);
    return f.accepts_number && /^[0-9]+$/.test(o) && r.next() < 0.3 ? Number(o) : o;
  }
  if (f.control === "email") return r.next() < 0.2 ? "" : `user${r.int(1000)}.x+y@ex-${r.int(9)}.example.com`;
  if (f.min !== undefined) return r.next() < 0.5 ? f.min + r.int(f.max - f.min + 1) : String(f.min + r.int(f.max - f.min + 1));
  const chars = CHARS[f.charset];
  const min = Math.max(f.min_length ?? 0, f.may_be_blank ? 0 : 1);
  const len = min + r.int(f.max_length - min + 1);
  let s = "";
  for (let i = 0; i < len; i++) s += chars[r.int(chars.length)];
  if (f.charset === "digits" && f.accepts_number && r.next() < 0.3 && s.length > 0 && s[0] !== "0") return Number(s);
  return s;
}

function invalidValue(f, r) {
  switch (r.int(8)) {
    case 0: return r.pick([true, false, null, [], {}, 1.5, -3, 1e21]);
    case 1: return "x".repeat((f.max_length ?? 20) + 1 + r.int(3));
    case 2: return r.pick(WEIRD);
    case 3: return f.options ? r.pick(f.options).toUpperCase() + (r.next() < 0.5 ? " " : "") : validValue(f, r) + r.pick(WEIRD);
    case 4: return r.pick(WEIRD) + String(validValue(f, r));
    case 5: return "";
    case 6: return r.next() < 0.5 ? NaN : 12345678901234567890n;
    default: return String(r.int(1e9));
  }
}

/** One generated payload object of a profile's fields (`meta`, API 1.x's by default); `kind`
 * 0 valid, 1 a few mutations, 2 garbage. */
function generate(seed, meta = META) {
  const r = rng(seed);
  const kind = seed % 3;
  const obj = {};
  if (kind === 2 && r.next() < 0.3) return r.pick([[], "x", 7, null, [{}]]);
  for (const f of meta) {
    if (!f.required && r.next() < 0.55) continue;
    obj[f.name] = validValue(f, r);
  }
  // Dependent fields present and filled, so most "valid" payloads are valid.
  for (const x of ["a", "n", "b"]) {
    if (obj[`${x}transferto`] === "Extension") obj[`${x}transferext`] ??= "1003";
    if (obj[`${x}transferto`] === "Custom Number") obj[`${x}transfernum`] ??= "5551234";
  }
  if (kind >= 1) {
    for (let i = 1 + r.int(kind === 2 ? 8 : 2); i > 0; i--) {
      const f = r.pick(meta);
      if (r.next() < 0.15) delete obj[f.name];
      else obj[f.name] = invalidValue(f, r);
    }
    if (r.next() < 0.2) obj[r.pick(["moblie", "token", "__proto__", "ExtId", "x".repeat(70), "extid", "number", "extnumber", "status"])] = 1;
  }
  return obj;
}

/** JSON text for a generated object, as the package's object path encodes it. */
function toText(obj) {
  return JSON.stringify(obj, (k, v) => {
    if (typeof v === "bigint") return Number(v); // no BigInt in text; the object path is compared separately
    if (typeof v === "number" && !Number.isFinite(v)) return undefined;
    return v;
  });
}

function native(lines, args = []) {
  const dir = mkdtempSync(join(tmpdir(), "diff-"));
  const file = join(dir, "payloads.ndjson");
  writeFileSync(file, lines.join("\n") + "\n");
  let out;
  try {
    out = execFileSync(extcheck, ["--lines", file, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    out = e.stdout; // exit 1: some payload was invalid
  }
  return out.trimEnd().split("\n").map((l) => JSON.parse(l));
}

test(`native and wasm give identical reports on ${COUNT} generated payloads`, () => {
  const objects = Array.from({ length: COUNT }, (_, i) => generate(i));
  const texts = objects.map((o) => toText(o) ?? "null");
  // Garbage lines too: truncated and spliced JSON.
  for (let i = 0; i < texts.length; i += 7) texts[i] = texts[i].slice(0, Math.floor(texts[i].length / 2));
  const reports = native(texts);
  assert.equal(reports.length, texts.length);
  let ok = 0;
  for (let i = 0; i < texts.length; i++) {
    const wasm = validate(texts[i]);
    same(wasm, reports[i], `payload #${i}: ${texts[i]}`);
    if (wasm.ok) ok++;
  }
  // The generator reaches both verdicts in earnest.
  assert.ok(ok > COUNT / 5 && ok < (COUNT * 4) / 5, `${ok} of ${COUNT} valid`);
});

// API 2.0.0's profiles (V1): generated payloads of each profile's own fields, through the
// module against extcheck with the same profile, as objects and as text, in both languages,
// and validateField's object form against its text form.
for (const [options, args] of [
  [{ api: "v2" }, ["--api", "v2"]],
  [{ api: "v2", call: "add" }, ["--api", "v2", "--call", "add"]],
  [{ api: "2.0.0", weakPasswords: true }, ["--api", "2.0.0", "--weak-passwords"]],
]) {
  test(`${JSON.stringify(options)}: native and wasm give identical reports on generated payloads`, () => {
    const meta = fields(options);
    const n = Math.max(2000, COUNT / 3);
    const objects = Array.from({ length: n }, (_, i) => generate(400000 + i, meta));
    const texts = objects.map((o) => toText(o) ?? "null");
    for (let i = 0; i < texts.length; i += 7) texts[i] = texts[i].slice(0, Math.floor(texts[i].length / 2));
    const reports = native(texts, args);
    const zh = native(texts.slice(0, 500), [...args, "--lang", "zh-CN"]);
    let ok = 0;
    for (let i = 0; i < texts.length; i++) {
      const wasm = validate(texts[i], options);
      same(wasm, reports[i], `payload #${i}: ${texts[i]}`);
      if (i < zh.length) same(validate(texts[i], { ...options, locale: "zh-CN" }), zh[i], `zh #${i}`);
      const obj = objects[i];
      if (i % 7 !== 0 && obj !== null && typeof obj === "object" && !Object.values(obj).some((v) => typeof v === "bigint" || (typeof v === "number" && !Number.isFinite(v)))) {
        same(validate(obj, options), wasm, `object #${i}`);
      }
      if (wasm.ok) ok++;
    }
    assert.ok(ok > n / 20 && ok < n, `${ok} of ${n} valid`);
    for (let i = 0; i < 500; i++) {
      const form = objects[i * 3 + 1];
      if (form === null || typeof form !== "object" || Array.isArray(form)) continue;
      if (Object.values(form).some((v) => typeof v === "bigint" || (typeof v === "number" && !Number.isFinite(v)))) continue;
      const r = rng(i);
      const f = r.pick(meta);
      const value = r.next() < 0.6 ? validValue(f, r) : form[f.name];
      if (typeof value === "bigint" || (typeof value === "number" && !Number.isFinite(value))) continue;
      same(validateField(f.name, value, form, options), validateField(f.name, value, JSON.stringify(form), options), `#${i} ${f.name}`);
    }
  });
}

test("in Chinese, native and wasm give identical reports, which differ from the English ones only in messages", () => {
  const texts = Array.from({ length: 3000 }, (_, i) => toText(generate(300000 + i)) ?? "null");
  for (let i = 0; i < texts.length; i += 5) texts[i] = texts[i].slice(0, Math.floor(texts[i].length / 2));
  const reports = native(texts, ["--lang", "zh-CN"]);
  const strip = (r) => ({ ...r, errors: r.errors.map(({ message, ...v }) => v), warnings: r.warnings.map(({ message, ...v }) => v) });
  let messages = 0;
  for (let i = 0; i < texts.length; i++) {
    const zh = validate(texts[i], { locale: "zh-CN" });
    same(zh, reports[i], `payload #${i}: ${texts[i]}`);
    same(strip(zh), strip(validate(texts[i])), `payload #${i}`);
    messages += zh.errors.length + zh.warnings.length;
  }
  assert.ok(messages > 1000, `${messages} messages compared`);
});

test("with context (current settings and existing extensions), native and wasm agree", () => {
  const current = { extnumber: "1002", moblie: "", enablemobile: "on", ntransferto: "Extension", ntransferext: "", hasvoicemail: "off" };
  const extensions = ["1000", "1001", "1002", "1003"];
  const dir = mkdtempSync(join(tmpdir(), "ctx-"));
  writeFileSync(join(dir, "current.json"), JSON.stringify(current));
  const texts = Array.from({ length: 2000 }, (_, i) => toText(generate(100000 + i)) ?? "null");
  const reports = native(texts, ["--current", join(dir, "current.json"), "--extensions", extensions.join(",")]);
  for (let i = 0; i < texts.length; i++) {
    same(validate(texts[i], { current, extensions }), reports[i], `payload #${i}: ${texts[i]}`);
  }
});

test("the object path gives the verdict of the JSON text path", () => {
  for (let i = 0; i < COUNT; i++) {
    const obj = generate(i);
    if (typeof obj === "string") continue; // a string is JSON text by definition of the API
    const hasOddValues = obj && typeof obj === "object" &&
      Object.values(obj).some((v) => typeof v === "bigint" || (typeof v === "number" && !Number.isFinite(v)));
    if (hasOddValues) continue; // no JSON text holds these; covered in safety.test.mjs
    same(validate(obj), validate(JSON.stringify(obj)), `payload #${i}`);
  }
});

// Clean objects are passed in JavaScript (from the exported tables) without a crossing; the
// module judges everything else. JSON text always goes to the module. So comparing the two
// paths on the same data tests the JavaScript verdicts against the module's.
test("validateField: the object form gives the verdict of the JSON-text form", () => {
  let ok = 0;
  let compared = 0;
  for (let i = 0; i < COUNT; i++) {
    const form = generate(200000 + i);
    if (form === null || typeof form !== "object" || Array.isArray(form)) continue;
    if (Object.values(form).some((v) => typeof v === "bigint" || (typeof v === "number" && !Number.isFinite(v)))) continue;
    const r = rng(i);
    const f = r.pick(META);
    // The value typed: valid, invalid, or the form's own.
    const value = r.next() < 0.6 ? validValue(f, r) : r.next() < 0.5 ? invalidValue(f, r) : form[f.name];
    if (typeof value === "bigint" || (typeof value === "number" && !Number.isFinite(value))) continue;
    const text = JSON.stringify(form);
    const fromObject = validateField(f.name, value, form);
    same(fromObject, validateField(f.name, value, text), `#${i} ${f.name}=${JSON.stringify(value)} in ${text}`);
    if (fromObject.ok && fromObject.warnings.length === 0) ok++;
    compared++;
  }
  assert.ok(ok > compared / 4 && ok < compared, `${ok} of ${compared} clean`);
});

test("every cross-field rule's edge: the JavaScript verdict equals the module's", () => {
  // For each rule, payloads around its trigger: the trigger on and off, the target blank,
  // filled, absent, or equal to the extension's own number.
  const base = { extid: "1002", extnumber: "1012", hasvoicemail: "on", enablemobile: "on", mobile: "5551234" };
  let cases = 0;
  for (const rule of rulesOf()) {
    const when = META.find((f) => f.name === rule.when);
    for (const trigger of [rule.equals, ...when.options.filter((o) => o !== rule.equals).slice(0, 1), undefined]) {
      for (const target of [undefined, "", "1012", "1002", "1003", "Voicemail", "off", "on"]) {
        for (const other of [undefined, "on", "off"]) {
          const p = { ...base };
          if (trigger === undefined) delete p[rule.when];
          else p[rule.when] = trigger;
          if (target === undefined) delete p[rule.field];
          else p[rule.field] = target;
          if (rule.requires_field) {
            if (other === undefined) delete p[rule.requires_field];
            else p[rule.requires_field] = other;
          }
          const text = JSON.stringify(p);
          same(validate(p), validate(text), `${rule.id} ${text}`);
          const typed = p[rule.field] ?? "";
          same(validateField(rule.field, typed, p), validateField(rule.field, typed, text), `${rule.id} field ${text}`);
          cases++;
        }
      }
    }
  }
  assert.ok(cases > 1000, `${cases} cases`);
});

test("every field at its edges: the JavaScript verdict equals the module's", () => {
  const numbers = [0, -0, 1, 5, 6, 30, 45, 1002, 9999999, 10000000, 2 ** 52 - 1, 2 ** 52, 2 ** 53 + 2, 1e21, 1.5, -1, 5e-324];
  const strings = ["", " ", "0", "00", "01", "1", "on", "off", "On", "Extension", "Mobile Number", "a@b", "a@b.c", "a@-b.c",
    "a.b+c@ex-1.example.com", "x@" + "a".repeat(63) + ".com", "x@" + "a".repeat(64) + ".com", "1\n", "١", "Ａ", "\u200b", "\ud800"];
  let cases = 0;
  for (const f of META) {
    const edges = [...numbers, ...strings, null, true, false, [], {}];
    for (const len of [f.min_length, f.max_length]) {
      if (len === undefined) continue;
      for (const n of [len - 1, len, len + 1]) if (n >= 0) edges.push("7".repeat(n), "a".repeat(n), "#".repeat(n));
    }
    if (f.max_length) edges.push("a@" + "b".repeat(Math.max(1, f.max_length - 6)) + ".com");
    for (const o of f.options ?? []) edges.push(o, o.toUpperCase(), o + " ", /^[0-9]+$/.test(o) ? Number(o) : o.toLowerCase());
    for (const v of edges) {
      const p = f.name === "extid" ? { extid: v } : { extid: "1002", [f.name]: v };
      const text = JSON.stringify(p);
      same(validate(p), validate(text), `${f.name}: ${text}`);
      same(validateField(f.name, v, { extid: "1002" }), validateField(f.name, v, '{"extid":"1002"}'), `field ${f.name}: ${JSON.stringify(v)}`);
      cases++;
    }
  }
  assert.ok(cases > 2000, `${cases} cases`);
});

test("every character in every text field: the JavaScript verdict equals the module's", () => {
  let cases = 0;
  for (const f of META.filter((f) => f.charset !== undefined)) {
    const n = Math.max(1, f.min_length ?? 1);
    for (let c = 0; c < 0x180; c++) {
      const ch = String.fromCharCode(c);
      for (const v of [ch.repeat(n), "1".repeat(n - 1) + ch, ch + "7".repeat(n)]) {
        const p = f.name === "extid" ? { extid: v } : { extid: "1002", [f.name]: v };
        same(validate(p), validate(JSON.stringify(p)), `${f.name}: U+${c.toString(16)}`);
        cases++;
      }
    }
  }
  assert.ok(cases > 10000, `${cases} cases`);
});

test(`the library and ajv agree on verdicts and failing fields (${COUNT} payloads)`, () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(jsonSchema());
  let compared = 0;
  for (let i = 0; i < COUNT; i++) {
    const obj = generate(i);
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) continue;
    const text = toText(obj);
    const data = JSON.parse(text); // what ajv sees: plain JSON data
    const ours = validate(text);
    const theirs = check(data);
    // A failed if/then also reports at the root (keyword "if"), beside its error on the field.
    const ajvFields = new Set(
      (check.errors ?? [])
        .map((e) => (e.instancePath ? e.instancePath.split("/")[1] : e.params.additionalProperty ?? e.params.missingProperty ?? ""))
        .filter((f) => f !== ""),
    );
    const ourFields = new Set(ours.errors.map((e) => e.field).filter((f) => f !== ""));
    assert.equal(ours.ok, theirs, `verdict differs on #${i}: ${text}\n${JSON.stringify(ours.errors)}\n${JSON.stringify(check.errors)}`);
    // Unknown keys longer than 64 characters are shortened in our report (MAX_KEY_SHOWN).
    const shorten = (f) => (f.length > 64 ? f.slice(0, 64) + "…" : f);
    same([...ourFields].sort(), [...ajvFields].map(shorten).sort(), `fields differ on #${i}: ${text}`);
    compared++;
  }
  assert.ok(compared > COUNT * 0.8);
});
