// Shared by the Node tests: the fixture corpus and a strict deep-equality assertion.
import { readFileSync, readdirSync } from "node:fs";
import assert from "node:assert/strict";

const dir = new URL("../fixtures/", import.meta.url);

/** Every fixture: { name, description, payload?, payload_text?, options?, report }. */
export function fixtures() {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f, ...JSON.parse(readFileSync(new URL(f, dir), "utf8")) }));
}

/** `report` with its messages replaced, in order (errors, then warnings), by `messages`. */
export function withMessages(report, messages) {
  const given = [...messages];
  const swap = (v) => ({ ...v, message: given.shift() });
  const out = { ...report, errors: report.errors.map(swap), warnings: report.warnings.map(swap) };
  if (given.length !== 0) throw new Error("more messages than violations");
  return out;
}

/** Deep equality of reports as data: each side as its JSON (a violation's `message` is
 * rendered when read, so it is a getter of the Violation class, which toJSON includes). */
export function same(actual, expected, message) {
  assert.deepStrictEqual(plain(actual), plain(expected), message);
}

/** A value as JSON data (what JSON.stringify writes of it, read back). */
export function plain(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
