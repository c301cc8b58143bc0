// The shared fixture corpus through the package: reports identical to the native ones (the
// fixture files hold the native reports; tests/fixtures.rs checks them against Rust).
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate } from "yeastar-extension-rules";
import { fixtures } from "./helpers.mjs";

const all = fixtures();

test("the corpus is there", () => assert.ok(all.length >= 30));

for (const f of all) {
  test(`fixture ${f.name}`, () => {
    const options = f.options ?? undefined;
    if (f.payload_text !== undefined) {
      assert.deepEqual(validate(f.payload_text, options), f.report);
    } else {
      // As an object, and as the JSON text of that object: the same report.
      assert.deepEqual(validate(f.payload, options), f.report);
      assert.deepEqual(validate(JSON.stringify(f.payload), options), f.report);
    }
  });
}
