// Shared by the Node tests: the fixture corpus and a strict deep-equality assertion.
import { readFileSync, readdirSync } from "node:fs";

const dir = new URL("../fixtures/", import.meta.url);

/** Every fixture: { name, description, payload?, payload_text?, options?, report }. */
export function fixtures() {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f, ...JSON.parse(readFileSync(new URL(f, dir), "utf8")) }));
}
