// Node benchmark of the npm package beside ajv 8 (+ ajv-formats, allErrors) compiled from the
// package's own jsonSchema(), and zod 4 with the same rules, in one process, for every profile
// (API 1.x update, API 2.0.0 update and add): valid and invalid payloads, and validateField.
//   node benches/node.mjs            measure (about a minute)
//   node benches/node.mjs --smoke    run each case a few times (CI: keeps the bench from rotting)
// Needs pkg/ (scripts/build-pkg) and the root dev dependencies (npm ci).
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { z } from "zod";
import { validate, validateField, fields } from "../pkg/index.js";
import { jsonSchema } from "../pkg/schema.js";
import "../pkg/locales/zh-CN.js";

const smoke = process.argv.includes("--smoke");

function fixture(name) {
  const f = JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}`, import.meta.url), "utf8"));
  return f.payload ?? JSON.parse(f.payload_text);
}
// The fixtures, and payloads the project did not tune for (benches/payloads.json), for every
// profile (API version and call).
const untuned = JSON.parse(readFileSync(new URL("./payloads.json", import.meta.url), "utf8"));
const v2 = untuned.api_v2;
const PROFILES = [
  {
    name: "API 1.x update",
    options: undefined,
    payloads: {
      sample: fixture("spec-sample.json"),
      full: fixture("full-valid.json"),
      full_other: untuned.full_other,
      dozen_errors: fixture("dozen-errors.json"),
      errors_other: untuned.errors_other,
    },
  },
  {
    name: "API 2.0.0 update",
    options: { api: "v2" },
    payloads: { sample: v2.update_sample, full: v2.full, errors: v2.errors },
  },
  {
    name: "API 2.0.0 add",
    options: { api: "v2", call: "add" },
    payloads: { sample: v2.add_sample, full: v2.full, errors: v2.errors },
  },
];

// zod 4 with the same rules, built from the same field metadata and the context-free part of
// C1-C3 (what the JSON Schema says too).
function zodField(f) {
  let text;
  if (f.options) text = z.enum(f.options);
  else if (f.control === "email") {
    text = z.union([z.literal(""), z.string().max(f.max_length).regex(new RegExp(`^${f.html.pattern ?? EMAIL}$`))]);
  } else if (f.charset) {
    const pattern = f.may_be_blank ? `^(?:${f.html.pattern})?$` : `^${f.html.pattern}$`;
    text = z.string().max(f.max_length).regex(new RegExp(pattern));
  } else {
    text = z.enum(Array.from({ length: f.max - f.min + 1 }, (_, i) => String(f.min + i)));
  }
  let schema = text;
  if (f.accepts_number) {
    let n = z.number().int().min(f.min ?? 0);
    if (f.max !== undefined) n = n.max(f.max);
    else if (f.max_length !== undefined) n = n.max(10 ** f.max_length - 1);
    if (f.options) {
      const numeric = f.options.filter((o) => /^[0-9]+$/.test(o)).map(Number);
      schema = z.union([text, z.union(numeric.map((o) => z.literal(o)))]);
    } else {
      schema = z.union([text, n]);
    }
  }
  if (f.may_be_null) schema = schema.nullable();
  return f.required ? schema : schema.optional();
}
const EMAIL = "[A-Za-z0-9.!#$%&'*+\\/=?\\^_`\\{\\|\\}~\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)*";
const CONDITIONS = [
  ["mobile", "enablemobile", "on"],
  ["mobile", "atransferto", "Mobile Number"],
  ["mobile", "ntransferto", "Mobile Number"],
  ["mobile", "btransferto", "Mobile Number"],
  ["atransferext", "atransferto", "Extension"],
  ["ntransferext", "ntransferto", "Extension"],
  ["btransferext", "btransferto", "Extension"],
  ["atransfernum", "atransferto", "Custom Number"],
  ["ntransfernum", "ntransferto", "Custom Number"],
  ["btransfernum", "btransferto", "Custom Number"],
];
function zodFor(options) {
  return z
    .strictObject(Object.fromEntries(fields(options).map((f) => [f.name, zodField(f)])))
    .superRefine((v, ctx) => {
      for (const [target, when, equals] of CONDITIONS) {
        if (v[when] === equals && v[target] === "") {
          ctx.addIssue({ code: "custom", path: [target], message: `required when ${when} is ${equals}` });
        }
      }
    });
}

function measure(fn, { iterations = smoke ? 5 : 20000, rounds = smoke ? 1 : 7, warmup = smoke ? 5 : 5000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    times.push(Number(process.hrtime.bigint() - t) / iterations);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]; // median, ns per call
}

const rows = [];
const fieldRows = [];
for (const prof of PROFILES) {
  const { options } = prof;
  // ajv (one instance per profile: the schemas share their $id), compiled from the package's
  // own schema of the profile; zod from the profile's field metadata.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const ajvValidate = ajv.compile(jsonSchema(options));
  const zodSchema = zodFor(options);
  // Agreement first: the three give the same verdict on the benchmark payloads.
  for (const [name, p] of Object.entries(prof.payloads)) {
    const ours = validate(p, options).ok;
    const theirs = [ajvValidate(p), zodSchema.safeParse(p).success];
    if (theirs.some((t) => t !== ours)) throw new Error(`${prof.name}: verdicts differ on ${name}: ${ours} vs ${theirs}`);
  }
  for (const [name, p] of Object.entries(prof.payloads)) {
    const text = JSON.stringify(p);
    rows.push({
      profile: prof.name,
      name,
      ok: validate(p, options).ok,
      object: measure(() => validate(p, options)),
      text: measure(() => validate(text, options)),
      ajv: measure(() => ajvValidate(p)),
      ajvText: measure(() => ajvValidate(JSON.parse(text))),
      zod: measure(() => zodSchema.safeParse(p)),
    });
  }
  // The keystroke: a valid field and one with an error, alone and with the full form.
  const form = prof.payloads.full;
  fieldRows.push({
    profile: prof.name,
    validAlone: measure(() => validateField("username", "Amy Lee", undefined, options)),
    validForm: measure(() => validateField("username", "Amy Lee", form, options)),
    errorAlone: measure(() => validateField("maxregistrations", "9", undefined, options)),
    errorForm: measure(() => validateField("maxregistrations", "9", form, options)),
  });
}
const dozen = PROFILES[0].payloads.dozen_errors;
const dozenChinese = measure(() => validate(dozen, { locale: "zh-CN" }));

const us = (ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
console.log(`\nNode ${process.version}, ${smoke ? "SMOKE RUN (numbers meaningless)" : "median of 7 rounds"}\n`);
console.log("| profile | payload | validate(object) | validate(JSON text) | ajv (object) | JSON.parse + ajv | zod 4 | ours / ajv (time) | zod / ours |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(
    `| ${r.profile} | ${r.name} | ${us(r.object)} | ${us(r.text)} | ${us(r.ajv)} | ${us(r.ajvText)} | ${us(r.zod)} | ${(r.object / r.ajv).toFixed(2)}x | ${(r.zod / r.object).toFixed(2)}x |`,
  );
}
console.log("\nGoals: a valid payload takes at most ajv's time (ours / ajv ≤ 1); errors at most 3x ajv's time and at least 3x faster than zod.");
for (const r of rows) {
  const ratio = r.object / r.ajv;
  const met = r.ok ? ratio <= 1 : ratio <= 3 && r.zod / r.object >= 3;
  if (!met) console.log(`  not met: ${r.profile}, ${r.name} (${r.ok ? "valid" : "errors"}): ${ratio.toFixed(2)}x ajv's time, ${(r.zod / r.object).toFixed(2)}x faster than zod`);
}
console.log("\n| profile | validateField, valid, alone | valid, full form | an error, alone | an error, full form |");
console.log("|---|---|---|---|---|");
for (const f of fieldRows) {
  console.log(`| ${f.profile} | ${us(f.validAlone)} | ${us(f.validForm)} | ${us(f.errorAlone)} | ${us(f.errorForm)} |`);
}
console.log("(validateField: username \"Amy Lee\" valid, maxregistrations \"9\" an error; goal: under 1 µs in every case)");
const dozenRow = rows.find((r) => r.name === "dozen_errors");
console.log(`validate(dozen_errors) in zh-CN: ${us(dozenChinese)} (English: ${us(dozenRow.object)})`);

// ---- The worst-case catalogue (ruling T1) --------------------------------------------------
// Every pathological 64 KiB payload of tests/worst/cases.rs (written with its native report to
// target/worst-cases.json by `cargo run --release --example worst_cases -- write …`), through
// validate(text), validate(object), and validateField (the case's own long value alone, and a
// field typed with the case as the rest of the form). Goal: every call under 10 ms.
const worstFile = new URL("../target/worst-cases.json", import.meta.url);
const worst = JSON.parse(readFileSync(worstFile, "utf8"));
// Calls of up to milliseconds: fewer of them.
const measureSlow = (fn) => measure(fn, { iterations: smoke ? 1 : 10, rounds: smoke ? 1 : 5, warmup: 1 });
const worstRows = [];
for (const c of worst) {
  let object;
  try {
    object = JSON.parse(c.text);
  } catch {
    object = undefined;
  }
  const isObject = object !== null && typeof object === "object" && !Array.isArray(object);
  worstRows.push({
    name: c.name,
    text: measureSlow(() => validate(c.text)),
    object: object === undefined ? undefined : measureSlow(() => validate(object)),
    form: isObject ? measureSlow(() => validateField("extid", "1002", object)) : undefined,
    field: c.field === undefined ? undefined : measureSlow(() => validateField(c.field, c.value)),
  });
}
const ms = (ns) => (ns === undefined ? "–" : `${(ns / 1e6).toFixed(3)} ms`);
const worstOf = (r) => Math.max(r.text, r.object ?? 0, r.form ?? 0, r.field ?? 0);
worstRows.sort((a, b) => worstOf(b) - worstOf(a));
const ordinary = worstRows.find((r) => r.name === "baseline/ordinary");
console.log(`\nWorst-case catalogue: ${worst.length} payloads of up to 64 KiB; the ordinary 64 KiB document takes ${ms(ordinary.text)} as text.`);
console.log("\n| case (slowest first) | validate(text) | validate(object) | validateField, case as the form | validateField, the long value |");
console.log("|---|---|---|---|---|");
for (const r of worstRows.slice(0, 12)) {
  console.log(`| \`${r.name}\` | ${ms(r.text)} | ${ms(r.object)} | ${ms(r.form)} | ${ms(r.field)} |`);
}
const slowestCall = worstOf(worstRows[0]);
console.log(`\nslowest call: ${ms(slowestCall)} (${worstRows[0].name}); goal: every call under 10 ms — ${slowestCall < 10e6 ? "met" : "NOT met"}`);
