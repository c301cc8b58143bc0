// The shared fixture corpus through the package: reports identical to the native ones (the
// fixture files hold the native reports; tests/fixtures.rs checks them against Rust), in
// English and in every other language the fixtures list messages for (M5: the same report,
// but for the messages).
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate } from "yeastar-extension-rules";
import "yeastar-extension-rules/locales/zh-CN";
import { fixtures, withMessages, same } from "./helpers.mjs";

const all = fixtures();

test("the corpus is there", () => assert.ok(all.length >= 30));

for (const f of all) {
  test(`fixture ${f.name}`, () => {
    const options = f.options ?? undefined;
    if (f.payload_text !== undefined) {
      same(validate(f.payload_text, options), f.report);
    } else {
      // As an object, and as the JSON text of that object: the same report.
      same(validate(f.payload, options), f.report);
      same(validate(JSON.stringify(f.payload), options), f.report);
    }
    // API 1.x named as the default is the default: the same report, whichever path answers.
    if (options?.api == null && options?.call == null) {
      for (const named of [{ api: "v1" }, { api: "v1.1.0", call: "update" }]) {
        const o = { ...(options ?? {}), ...named };
        same(validate(f.payload ?? f.payload_text, o), f.report, JSON.stringify(named));
      }
    }
    for (const [locale, messages] of Object.entries(f.messages ?? {})) {
      const expected = withMessages(f.report, messages);
      const inLocale = { ...(options ?? {}), locale };
      const given = f.payload_text !== undefined ? [f.payload_text] : [f.payload, JSON.stringify(f.payload)];
      for (const p of given) same(validate(p, inLocale), expected, locale);
    }
    assert.ok(Object.keys(f.messages ?? {}).includes("zh-CN"), "the fixture lists its zh-CN messages");
  });
}
