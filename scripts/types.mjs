// The parts of the TypeScript declarations that come from the rule tables: field names, the
// options of each field, the input type of each field, violation codes, character sets and
// group ids. js/index.d.ts holds them between `// generated: NAME` and `// end generated`
// lines; scripts/build-pkg.mjs writes them afresh into pkg/index.d.ts from the tables it just
// exported, and tests/js/types.test.mjs fails when the committed js/index.d.ts has drifted
// (UPDATE_TYPES=1 rewrites it).

const str = (s) => JSON.stringify(s);
const union = (items, indent = "  ") => items.map((i) => `\n${indent}| ${i}`).join("");

/** The TypeScript of each generated region, from `extcheck --fields` output and the English
 * message catalog (locales/en.json, the reference every catalog is checked against). */
export function generate(exported, english, profiles = {}) {
  const fields = exported.fields;
  const every = [fields, ...Object.values(profiles).map((p) => p.fields)];
  // Each field's options over every profile (API 2.0.0's enablevmtoemail has "custom").
  const options = new Map();
  for (const list of every) {
    for (const f of list) {
      if (f.options === undefined) continue;
      const have = options.get(f.name) ?? [];
      options.set(f.name, [...have, ...f.options.filter((o) => !have.includes(o))]);
    }
  }
  const inputType = (f) => {
    let t;
    if (f.options !== undefined) t = f.options.map(str).join(" | ");
    else if (f.control === "number") {
      t = Array.from({ length: f.max - f.min + 1 }, (_, i) => str(String(f.min + i))).join(" | ");
    } else t = "string";
    if (f.accepts_number) t = f.options !== undefined || f.control === "number" ? `Numeric<${t}>` : "Numeric";
    if (f.may_be_null) t += " | null";
    return t;
  };
  const input = (name, doc, list) =>
    `/** ${doc} Validation accepts any value; this is a guide. */\nexport interface ${name} {\n` +
    list.map((f) => `  ${f.name}${f.required ? "" : "?"}: ${inputType(f)};\n`).join("") +
    "}";
  const other = (name) => {
    if (profiles[name] === undefined) throw new Error(`no metadata for the profile ${name}`);
    return profiles[name].fields;
  };
  return {
    FieldName: `/** A parameter of any profile: API 1.x's in its table order, then API 2.0.0's \`number\`. */\nexport type FieldName =${union(exported.names.map(str))};`,
    FieldOptions:
      `/** The options of each field that has options, as the PBX spells them (in any profile). */\nexport interface FieldOptions {\n` +
      [...options].map(([name, list]) => `  ${name}: ${list.map(str).join(" | ")};\n`).join("") +
      "}",
    ExtensionUpdateInput: input("ExtensionUpdateInput", "A well-typed API 1.x extension/update request body before validation.", fields),
    ExtensionUpdateV2Input: input("ExtensionUpdateV2Input", "A well-typed API 2.0.0 extension/update request body before validation.", other("v2-update")),
    ExtensionAddV2Input: input("ExtensionAddV2Input", "A well-typed API 2.0.0 extension/add request body before validation.", other("v2-add")),
    ViolationCode: `/** Every stable violation code. */\nexport type ViolationCode =${union(exported.codes.map(str))};`,
    CharsetCode: `/** The character sets of text fields (\`allowed\` in invalid_characters). */\nexport type CharsetCode = ${Object.keys(exported.charsets).map(str).join(" | ")};`,
    GroupId: `/** The form sections. */\nexport type GroupId =${union(exported.groups.map((g) => str(g.id)))};`,
    ReasonCode: `/** What the JSON reader found wrong (\`reason\` in malformed_json). */\nexport type ReasonCode =${union(Object.keys(english.names.reason).map(str))};`,
    UiKey: `/** The keys of a catalog's interface strings (the editor's). */\nexport type UiKey =${Object.keys(english.ui).length ? union(Object.keys(english.ui).map(str)) : " never"};`,
  };
}

const REGION = /^\/\/ generated: (\w+)[^\n]*\n[\s\S]*?^\/\/ end generated$/gm;

/** `template` with every generated region replaced; throws on a region it cannot fill. */
export function splice(template, generated) {
  const seen = new Set();
  const out = template.replace(REGION, (_, name) => {
    if (!(name in generated)) throw new Error(`index.d.ts: no generator for region ${name}`);
    seen.add(name);
    return `// generated: ${name} (scripts/types.mjs, from the rule tables)\n${generated[name]}\n// end generated`;
  });
  for (const name of Object.keys(generated)) {
    if (!seen.has(name)) throw new Error(`index.d.ts: region ${name} is missing`);
  }
  return out;
}
