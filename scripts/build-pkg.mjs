// Assembles pkg/ around the two wasm-bindgen outputs: index.js (ES module, browser and Node),
// index.cjs (CommonJS), index.d.ts, package.json, README.md. The API itself is js/api/ (its
// parts joined into one function by js/api/index.mjs), spliced into both entry points so it
// exists once.
import { readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { minify } from "terser";
import { generate as generateTypes, splice as spliceTypes } from "./types.mjs";
import { apiSource } from "../js/api/index.mjs";

const root = new URL("../", import.meta.url);
const read = (p) => readFileSync(new URL(p, root), "utf8");
const write = (p, s) => writeFileSync(new URL(p, root), s);

const version = /^version = "([^"]+)"/m.exec(read("Cargo.toml"))[1];
// js/api/ is spliced in as written; terser (below) removes its comments and whitespace.
const api = apiSource();
const glueNames = "validateJson, validateFieldJson, currentJson";
// Generated natively from the same rule tables by scripts/build-pkg (extcheck --fields/--schema).
// Its codes and param names are the tables the module's compact reports index. Labels, help
// texts and group titles are not shipped here: they come from the message catalog of the
// language asked for (the English one is in the entry, below; others are entry points of
// their own).
const exported = JSON.parse(read("target/pkg-data/fields.json"));
// The default profile's metadata whole; every other profile's (API 2.0.0's update and add)
// without what all profiles share (the character sets, codes, params, field names, limits,
// escaped ranges), under `profiles` by name.
const strip = (m) => ({
  ...m,
  fields: m.fields.map(({ label, help, ...rest }) => rest),
  groups: m.groups.map(({ title, ...rest }) => rest),
});
const shared = ["format", "charsets", "codes", "params", "names", "limits", "escaped"];
const others = ["v2-update", "v2-add"].map((name) => {
  const m = strip(JSON.parse(read(`target/pkg-data/fields-${name}.json`)));
  for (const k of shared) {
    if (JSON.stringify(m[k]) !== JSON.stringify(exported[k])) throw new Error(`${name}: ${k} differs from the default profile's`);
    delete m[k];
  }
  return [name, m];
});
const shipped = { ...strip(exported), profiles: Object.fromEntries(others) };
const fieldsJson = JSON.stringify(shipped);
// The message catalogs, as they are in the repository (the Rust crate compiles in the same
// files); English ships in the entry points.
// The editor's own strings (`ui`) are left to the entry point "locales/en", as every language's
// are to its own: most users of the package never show them.
const englishFull = JSON.parse(read("locales/en.json"));
const { ui: _ui, ...englishCore } = englishFull;
const english = JSON.stringify(englishCore);
const otherLocales = ["en", "zh-CN"];
// Every profile's JSON Schema, by profile name.
const schemasJson = JSON.stringify({
  "v1-update": JSON.parse(read("target/pkg-data/schema.json")),
  "v2-update": JSON.parse(read("target/pkg-data/schema-v2-update.json")),
  "v2-add": JSON.parse(read("target/pkg-data/schema-v2-add.json")),
});
// The body of a valid payload is built by stores with constant names (one per parameter, in
// table order), which V8 runs much faster than stores with computed keys (BENCHMARKS.md).
const names = JSON.parse(fieldsJson).fields.map((f) => f.name);
for (const n of names) if (!/^[a-z]+$/.test(n)) throw new Error(`parameter name ${n} is not a plain identifier`);
const makeBody =
  "function makeBody(v) {\nconst o = {};\n" +
  names.map((n, i) => `if (v[${i}] !== undefined) o.${n} = v[${i}];\n`).join("") +
  "return o;\n}\n";
const data = `const metadata = ${fieldsJson};\nconst english = ${english};\n${makeBody}`;
const exportsList =
  "validate, validateField, diff, readCurrent, profile, roles, fields, groups, strings, registerLocale, locales, rules, contextRules, passwordRules, createStandardSchema, standardSchema";

write(
  "pkg/index.js",
  `// yeastar-extension-rules ${version}: ES module for browsers and Node. Ready on import.
import init, { initSync, ${glueNames} } from "./web/yeastar_extension_rules.js";

const wasmUrl = new URL("./web/yeastar_extension_rules_bg.wasm", import.meta.url);
if (typeof process === "object" && process !== null && process.versions && process.versions.node) {
  const { readFileSync } = await import("node:fs");
  initSync({ module: readFileSync(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

${api}
${data}const api = createApi({ ${glueNames} }, metadata, makeBody, english);
export const { ${exportsList} } = api;
export const version = ${JSON.stringify(version)};
export default api;
`,
);

write(
  "pkg/index.cjs",
  `// yeastar-extension-rules ${version}: CommonJS entry for require(). Ready on require.
"use strict";
const glue = require("./nodejs/yeastar_extension_rules.js");

${api}
${data}const api = createApi(glue, metadata, makeBody, english);
api.version = ${JSON.stringify(version)};
api.default = api;
module.exports = api;
`,
);

// The CommonJS glue must stay CommonJS inside a "type": "module" package.
write("pkg/nodejs/package.json", '{ "type": "commonjs" }\n');
// The declarations, with the unions that come from the rule tables written afresh from the
// tables just exported (tests/js/types.test.mjs holds js/index.d.ts equal to this).
const types = spliceTypes(
  read("js/index.d.ts"),
  generateTypes(exported, englishFull, Object.fromEntries(["v2-update", "v2-add"].map((n) => [n, JSON.parse(read(`target/pkg-data/fields-${n}.json`))]))),
);
write("pkg/index.d.ts", types);
write("pkg/index.d.cts", types);
copyFileSync(new URL("js/README.md", root), new URL("pkg/README.md", root));
for (const f of ["CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE"]) copyFileSync(new URL(f, root), new URL(`pkg/${f}`, root));

// The JSON Schema is an entry point of its own ("yeastar-extension-rules/schema"): it is for
// other validators (ajv, jsonschema), and a form that uses this package does not need it.
// Every profile's schema; the profile is named as everywhere else ({ api, call }) and read by
// the engine (`profile()` of the main entry), so every spelling the engine takes works here.
{
  const head = `// yeastar-extension-rules ${version}: the JSON Schema (draft 2020-12) of each profile's context-free rules.`;
  const fn =
    "/** A fresh copy each call, of the profile `options` names ({ api, call }; API 1.x extension/update by default). */\n" +
    "function jsonSchema(options) {\n  return JSON.parse(JSON.stringify(schemas[profile(options).name]));\n}\n";
  write("pkg/schema.js", `${head}\nimport { profile } from "./index.js";\nconst schemas = ${schemasJson};\n${fn}export { jsonSchema };\nexport default jsonSchema;\n`);
  write("pkg/schema.cjs", `${head}\n"use strict";\nconst { profile } = require("./index.cjs");\nconst schemas = ${schemasJson};\n${fn}module.exports = { jsonSchema, default: jsonSchema };\n`);
  const doc = "/** The JSON Schema (draft 2020-12) of a profile's context-free rules (API 1.x extension/update by default); a fresh object each call. Throws a TypeError for a profile the library does not know. */\n";
  const sig = "export declare function jsonSchema(options?: { api?: string; call?: string }): { [key: string]: unknown };\n";
  write("pkg/schema.d.ts", `${doc}${sig}export default jsonSchema;\n`);
  write("pkg/schema.d.cts", `${doc}${sig}`);
}

// Each language is an entry point of its own (English too, for the editor's strings the main
// entry leaves out), so that no one downloads what they do not show: importing it registers
// the catalog with the package (and exports it).
mkdirSync(new URL("pkg/locales/", root), { recursive: true });
for (const tag of otherLocales) {
  const catalog = JSON.stringify(JSON.parse(read(`locales/${tag}.json`)));
  const head = `// yeastar-extension-rules ${version}: the ${tag} message catalog. Importing it registers it.`;
  write(`pkg/locales/${tag}.js`, `${head}\nimport { registerLocale } from "../index.js";\nconst catalog = ${catalog};\nregisterLocale(catalog);\nexport default catalog;\n`);
  write(`pkg/locales/${tag}.cjs`, `${head}\n"use strict";\nconst catalog = ${catalog};\nrequire("../index.cjs").registerLocale(catalog);\nmodule.exports = catalog;\n`);
  const dts = `// The ${tag} message catalog; importing this module registers it.\nimport type { Catalog } from "../index.js";\ndeclare const catalog: Catalog;\nexport default catalog;\n`;
  write(`pkg/locales/${tag}.d.ts`, dts);
  write(`pkg/locales/${tag}.d.cts`, dts.replace('"../index.js"', '"../index.cjs"').replace("export default catalog;", "export = catalog;"));
}

write(
  "pkg/package.json",
  JSON.stringify(
    {
      name: "yeastar-extension-rules",
      version,
      description:
        "Every rule of the Yeastar S-Series PBX API call extension/update, compiled to WebAssembly: validate a payload and say exactly why not.",
      license: "MIT OR Apache-2.0",
      type: "module",
      main: "./index.cjs",
      module: "./index.js",
      types: "./index.d.ts",
      exports: {
        ".": {
          import: { types: "./index.d.ts", default: "./index.js" },
          require: { types: "./index.d.cts", default: "./index.cjs" },
        },
        ...Object.fromEntries(
          otherLocales.map((tag) => [
            `./locales/${tag}`,
            {
              import: { types: `./locales/${tag}.d.ts`, default: `./locales/${tag}.js` },
              require: { types: `./locales/${tag}.d.cts`, default: `./locales/${tag}.cjs` },
            },
          ]),
        ),
        "./schema": {
          import: { types: "./schema.d.ts", default: "./schema.js" },
          require: { types: "./schema.d.cts", default: "./schema.cjs" },
        },
        "./package.json": "./package.json",
      },
      files: [
        "index.js",
        "index.cjs",
        "index.d.ts",
        "index.d.cts",
        "schema.js",
        "schema.cjs",
        "schema.d.ts",
        "schema.d.cts",
        "web/yeastar_extension_rules.js",
        "web/yeastar_extension_rules_bg.wasm",
        "nodejs/yeastar_extension_rules.js",
        "nodejs/yeastar_extension_rules_bg.wasm",
        "nodejs/package.json",
        "locales/",
        "README.md",
        "CHANGELOG.md",
        "LICENSE-MIT",
        "LICENSE-APACHE",
      ],
      sideEffects: ["./locales/*"],
      engines: { node: ">=20" },
      keywords: ["yeastar", "pbx", "validation", "wasm", "standard-schema"],
    },
    null,
    2,
  ) + "\n",
);

// Every script ships minified (terser: compressed, local names shortened; property names and
// exports are kept): the entries and both glues. The readable sources are js/ and the
// wasm-bindgen output of this same build. PKG_MINIFY=0 skips it (for profiling by line).
const minified = process.env.PKG_MINIFY === "0" ? [] : [
  ["pkg/index.js", true],
  ["pkg/index.cjs", false],
  ["pkg/web/yeastar_extension_rules.js", true],
  ["pkg/nodejs/yeastar_extension_rules.js", false],
  ...otherLocales.flatMap((tag) => [[`pkg/locales/${tag}.js`, true], [`pkg/locales/${tag}.cjs`, false]]),
  ["pkg/schema.js", true],
  ["pkg/schema.cjs", false],
];
for (const [file, module] of minified) {
  const source = read(file);
  const header = source.startsWith("// yeastar-extension-rules") ? source.slice(0, source.indexOf("\n")) : "";
  const out = await minify(source, {
    module,
    toplevel: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { preamble: header },
  });
  write(file, out.code + "\n");
}

// What a browser loads: the ES entry, the web glue and the module.
const browser = ["pkg/index.js", "pkg/web/yeastar_extension_rules.js", "pkg/web/yeastar_extension_rules_bg.wasm"];
let raw = 0;
let gz = 0;
for (const f of browser) {
  const bytes = readFileSync(new URL(f, root));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
const locales = Object.fromEntries(
  otherLocales.filter((tag) => tag !== "en").map((tag) => [tag, gzipSync(readFileSync(new URL(`pkg/locales/${tag}.js`, root)), { level: 9 }).length]),
);
const size = { raw, gzip9: gz, files: browser, locales_gzip9: locales };
write("pkg/size.json", JSON.stringify(size, null, 2) + "\n");
console.log(`pkg/ built: ${raw} bytes, ${gz} bytes gzip -9 (wasm + glue + entry); catalogs gzip -9: ${JSON.stringify(locales)}`);
