// The JavaScript surface of yeastar-extension-rules, in parts: scripts/build-pkg.mjs splices the
// function these make into index.js (ES module) and index.cjs (CommonJS), around the
// wasm-bindgen glue. The rules live in the WebAssembly module; this code moves data, and passes
// clean objects itself from the rule tables exported with the metadata (clean-path.js).
//
// The crossing is one string each way. A payload object is read by its own enumerable string
// keys (as Object.keys lists them), never its prototype chain; each value is encoded by kind
// without recursion, so cyclic objects, deep nesting and toJSON methods cannot matter. What a JSON
// text cannot hold (undefined, functions, symbols) is left out, as JSON.stringify leaves it out.
//
// The parts share one scope (the metadata, the names, the catalogs), so they are the body of one
// function, `createApi(glue, metadata, makeBody, english)`, joined in this order:
import { readFileSync } from "node:fs";

export const PARTS = ["encoding.js", "clean-path.js", "messages.js", "decoder.js", "entry-points.js"];

/** The source of `createApi`, from the parts. */
export function apiSource() {
  const parts = PARTS.map((p) => readFileSync(new URL(p, import.meta.url), "utf8").trimEnd());
  return `function createApi(glue, metadata, makeBody, english) {\n  "use strict";\n${parts.join("\n\n")}\n}`;
}
