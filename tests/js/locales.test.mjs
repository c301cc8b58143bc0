// Languages (rulings M1-M5): the Chinese catalog is an entry point of its own, registering
// itself when imported; catalogs are checked for completeness when they are registered; the
// locale option changes messages and labels only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as api from "yeastar-extension-rules";

const english = JSON.parse(readFileSync(new URL("../../locales/en.json", import.meta.url), "utf8"));
const chineseFile = JSON.parse(readFileSync(new URL("../../locales/zh-CN.json", import.meta.url), "utf8"));

test("before its entry point is imported, zh-CN is not there, and the error says what to do", () => {
  assert.deepEqual(api.locales(), ["en"]);
  // The editor's strings come with each language's entry point, English too.
  assert.deepEqual(api.strings(), {});
  assert.throws(() => api.validate({ extid: "1" }, { locale: "zh-CN" }), /import "yeastar-extension-rules\/locales\/zh-CN"/);
  assert.throws(() => api.fields({ locale: "fr" }), TypeError);
});

test("importing the entry point registers the catalog it exports, which is the repository's", async () => {
  const { default: zh } = await import("yeastar-extension-rules/locales/zh-CN");
  assert.deepEqual(zh, chineseFile);
  assert.deepEqual(api.locales(), ["en", "zh-CN"]);
  const r = api.validate({ extid: "1002", dnd: "On" }, { locale: "zh-CN" });
  assert.equal(r.errors[0].message, '免打扰的开关必须是 "on"或"off" 之一。您是否要输入 "on"？');
  const f = api.validateField("maxregistrations", "03", undefined, { locale: "zh-CN" });
  assert.equal(f.errors[0].code, "leading_zero");
  assert.equal(f.errors[0].message, "同时注册数不能以 0 开头，必须是 1 到 5 之间的整数。");
  // CommonJS users get the same catalog through require.
  const require = createRequire(import.meta.url);
  assert.deepEqual(require("yeastar-extension-rules/locales/zh-CN"), chineseFile);
});

test("fields, groups and the editor's strings in a language; rules are the same in all", async () => {
  await import("yeastar-extension-rules/locales/zh-CN");
  const en = api.fields();
  const zh = api.fields({ locale: "zh-CN" });
  assert.equal(zh[0].label, "分机号");
  assert.equal(zh.find((f) => f.name === "atransferext").label, "总是转移分机号");
  assert.deepEqual(Object.keys(zh[0]), Object.keys(en[0]));
  for (let i = 0; i < en.length; i++) {
    const { label: _a, help: _b, ...restEn } = en[i];
    const { label: _c, help: _d, ...restZh } = zh[i];
    assert.deepEqual(restZh, restEn);
  }
  assert.ok(Object.isFrozen(zh) && Object.isFrozen(zh[0]));
  assert.equal(api.groups({ locale: "zh-CN" })[4].title, "无应答转移");
  assert.equal(api.groups()[4].title, english.groups.no_answer_forward);
  assert.deepEqual(api.strings({ locale: "zh-CN" }), chineseFile.ui);
  await import("yeastar-extension-rules/locales/en");
  assert.deepEqual(api.strings(), english.ui);
  assert.equal(api.validate({ extid: "1", dnd: 1 }).errors[0].message, 'Do not disturb must be one of "on" or "off". Did you mean "on"?');
  assert.ok(api.contextRules().some((r) => r.id === "X2" && r.code === "extension_not_found"));
});

test("a Standard Schema in Chinese", async () => {
  await import("yeastar-extension-rules/locales/zh-CN");
  const schema = api.createStandardSchema({ locale: "zh-CN" });
  const out = schema["~standard"].validate({ extid: "1002", username: "" , registername: "" });
  assert.deepEqual(out.issues, [{ message: "注册名称不能为空。", path: ["registername"] }]);
  assert.throws(() => api.createStandardSchema({ locale: "xx" }), TypeError);
});

test("a catalog for another language is checked when it is registered", () => {
  const broken = structuredClone(english);
  broken.locale = "en-x-broken";
  delete broken.messages.too_long;
  assert.throws(() => api.registerLocale(broken), /messages\.too_long is missing/);
  const noCase = structuredClone(english);
  noCase.locale = "en-x-nocase";
  delete noCase.messages.invalid_type["expected=range"];
  assert.throws(() => api.registerLocale(noCase), /messages\.invalid_type\.expected=range is missing/);
  const noLabel = structuredClone(english);
  noLabel.locale = "en-x-nolabel";
  delete noLabel.fields.dnd.label;
  assert.throws(() => api.registerLocale(noLabel), /fields\.dnd\.label/);
  const badTemplate = structuredClone(english);
  badTemplate.locale = "en-x-bad";
  badTemplate.messages.blank = "{label must not be blank";
  assert.throws(() => api.registerLocale(badTemplate), /messages\.blank/);
  assert.ok(!api.locales().some((l) => l.startsWith("en-x-")));
});

test("a caller's own language renders through the same rules", () => {
  const shouty = structuredClone(english);
  shouty.locale = "en-x-shouty";
  shouty.messages.blank = "{label} CANNOT BE EMPTY!";
  shouty.fields.registername.label = "SIP NAME";
  shouty.messages.invalid_option = "{label}: PICK {options}[ (TRY {suggestion})]";
  shouty.list = { item: "<{item}>", sep: "/", last: "/" };
  assert.equal(api.registerLocale(shouty), "en-x-shouty");
  const r = api.validate({ extid: "1002", registername: "", dnd: "ON" }, { locale: "en-x-shouty" });
  assert.deepEqual(
    r.errors.map((e) => e.message),
    ["SIP NAME CANNOT BE EMPTY!", "Do not disturb: PICK <on>/<off> (TRY on)"],
  );
  // Everything but the messages is the English report (M5).
  const en = api.validate({ extid: "1002", registername: "", dnd: "ON" });
  assert.deepEqual(
    r.errors.map(({ message, ...v }) => v),
    en.errors.map(({ message, ...v }) => v),
  );
  assert.equal(api.fields({ locale: "en-x-shouty" }).find((f) => f.name === "registername").label, "SIP NAME");
});

test("a field an API version names otherwise has that version's label, in fields and messages", async () => {
  await import("yeastar-extension-rules/locales/zh-CN");
  const label = (options) => api.fields(options).find((f) => f.name === "username").label;
  assert.equal(label(undefined), english.fields.username.label);
  assert.equal(label({ api: "v2" }), english.fields.username.v2.label);
  assert.equal(label({ api: "v2.0.0", call: "add", locale: "zh-CN" }), "显示名称");
  assert.equal(label({ api: "v1", locale: "zh-CN" }), chineseFile.fields.username.label);
  const r = api.validate({ number: "1002", username: "a".repeat(40) }, { api: "v2", locale: "zh-CN" });
  assert.match(r.errors[0].message, /^显示名称/);
  const v1 = api.validate({ extid: "1002", username: "a".repeat(40) }, { locale: "zh-CN" });
  assert.match(v1.errors[0].message, /^用户名/);
  // A catalog without the version's own label is incomplete (M4).
  const { v2: _v2, ...username } = chineseFile.fields.username;
  assert.throws(
    () => api.registerLocale({ ...chineseFile, locale: "zh-XX", fields: { ...chineseFile.fields, username } }),
    /fields\.username\.v2/,
  );
});
