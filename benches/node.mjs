// Node benchmark of the npm package beside ajv 8 (+ ajv-formats, allErrors) compiled from the
// package's own jsonSchema(), and zod 4 with the same rules, in one process.
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
// The fixtures, and payloads the project did not tune for (benches/payloads.json).
const untuned = JSON.parse(readFileSync(new URL("./payloads.json", import.meta.url), "utf8"));
const payloads = {
  sample: fixture("spec-sample.json"),
  full: fixture("full-valid.json"),
  full_other: untuned.full_other,
  dozen_errors: fixture("dozen-errors.json"),
  errors_other: untuned.errors_other,
};

// ajv, compiled from the package's own schema.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const ajvValidate = ajv.compile(jsonSchema());

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
const zodSchema = z
  .strictObject(Object.fromEntries(fields().map((f) => [f.name, zodField(f)])))
  .superRefine((v, ctx) => {
    for (const [target, when, equals] of CONDITIONS) {
      if (v[when] === equals && v[target] === "") {
        ctx.addIssue({ code: "custom", path: [target], message: `required when ${when} is ${equals}` });
      }
    }
  });

// Agreement first: the three give the same verdict on the benchmark payloads.
for (const [name, p] of Object.entries(payloads)) {
  const ours = validate(p).ok;
  const theirs = [ajvValidate(p), zodSchema.safeParse(p).success];
  if (theirs.some((t) => t !== ours)) throw new Error(`verdicts differ on ${name}: ${ours} vs ${theirs}`);
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
for (const [name, p] of Object.entries(payloads)) {
  const text = JSON.stringify(p);
  const r = {
    name,
    object: measure(() => validate(p)),
    text: measure(() => validate(text)),
    ajv: measure(() => ajvValidate(p)),
    ajvText: measure(() => ajvValidate(JSON.parse(text))),
    zod: measure(() => zodSchema.safeParse(p)),
  };
  rows.push(r);
}
const form = payloads.full;
const fieldTime = measure(() => validateField("username", "Amy Lee", form));
const fieldAlone = measure(() => validateField("registerpassword", "Good#Pass1"));
// The error path: the module judges, JavaScript renders the messages from the catalog.
const fieldError = measure(() => validateField("maxregistrations", "9"));
const fieldErrorForm = measure(() => validateField("maxregistrations", "9", form));
const dozenChinese = measure(() => validate(payloads.dozen_errors, { locale: "zh-CN" }));

const us = (ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
console.log(`\nNode ${process.version}, ${smoke ? "SMOKE RUN (numbers meaningless)" : "median of 7 rounds"}\n`);
console.log("| payload | validate(object) | validate(JSON text) | ajv (object) | JSON.parse + ajv | zod 4 | ajv / ours (object) | zod / ours (object) |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${us(r.object)} | ${us(r.text)} | ${us(r.ajv)} | ${us(r.ajvText)} | ${us(r.zod)} | ${(r.ajv / r.object).toFixed(2)}x | ${(r.zod / r.object).toFixed(2)}x |`,
  );
}
console.log(`\nvalidateField("username", …) with the full form as context: ${us(fieldTime)}`);
console.log(`validateField("registerpassword", …) alone: ${us(fieldAlone)}`);
console.log(`validateField("maxregistrations", "9"), an error, alone: ${us(fieldError)} (goal: under 1 µs)`);
console.log(`validateField("maxregistrations", "9"), an error, with the full form: ${us(fieldErrorForm)}`);
const dozen = rows.find((r) => r.name === "dozen_errors");
console.log(`validate(dozen_errors) in zh-CN: ${us(dozenChinese)} (English: ${us(dozen.object)})`);
for (const r of rows.filter((r) => r.name === "dozen_errors" || r.name === "errors_other")) {
  console.log(
    `${r.name}, validate(object): ${(r.object / r.ajv).toFixed(1)}x ajv's time (goal: at most 3x), ` +
      `${(r.zod / r.object).toFixed(2)}x faster than zod (goal: at least 3x)`,
  );
}

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
