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
export function generate(exported, english) {
  const fields = exported.fields;
  const optionFields = fields.filter((f) => f.options !== undefined);
  const inputType = (f) => {
    let t;
    if (f.options !== undefined) t = `FieldOptions[${str(f.name)}]`;
    else if (f.control === "number") {
      t = Array.from({ length: f.max - f.min + 1 }, (_, i) => str(String(f.min + i))).join(" | ");
    } else t = "string";
    if (f.accepts_number) t = f.options !== undefined || f.control === "number" ? `Numeric<${t}>` : "Numeric";
    if (f.may_be_null) t += " | null";
    return t;
  };
  return {
    FieldName: `/** A parameter of extension/update, in the spec's table order. */\nexport type FieldName =${union(fields.map((f) => str(f.name)))};`,
    FieldOptions:
      `/** The options of each field that has options, as the PBX spells them. */\nexport interface FieldOptions {\n` +
      optionFields.map((f) => `  ${f.name}: ${f.options.map(str).join(" | ")};\n`).join("") +
      "}",
    ExtensionUpdateInput:
      `/** A well-typed request body before validation. Validation accepts any value; this is a guide. */\nexport interface ExtensionUpdateInput {\n` +
      fields.map((f) => `  ${f.name}${f.required ? "" : "?"}: ${inputType(f)};\n`).join("") +
      "}",
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
