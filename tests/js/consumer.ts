// Compiled with `tsc --noEmit` in the tests: the declarations give real types, no `any`.
import {
  validate,
  validateField,
  readCurrent,
  fields,
  groups,
  rules,
  standardSchema,
  createStandardSchema,
  registerLocale,
  strings,
  locales,
  contextRules,
  type Catalog,
  type Locale,
  type ContextRuleMeta,
  type Report,
  type Violation,
  type FieldMeta,
  type CrossRuleMeta,
  type ExtensionUpdateBody,
  type ExtensionUpdateInput,
  type StandardSchemaV1,
} from "yeastar-extension-rules";
import zh from "yeastar-extension-rules/locales/zh-CN";
import { jsonSchema } from "yeastar-extension-rules/schema";

const input: ExtensionUpdateInput = { extid: 1002, username: "Amy", dnd: "on", ringtimeout: 30 };
const report: Report = validate(input, { extensions: ["1002"] });
if (report.ok) {
  const body: ExtensionUpdateBody = report.payload;
  const extid: string = body.extid;
  void extid;
} else {
  const first: Violation | undefined = report.errors[0];
  const code: "too_long" | string = first?.code ?? "";
  const max: number | undefined = first?.params.max;
  void code;
  void max;
}
const fieldReport = validateField("mobile", "", input);
const ok: boolean = fieldReport.ok;
const meta: readonly FieldMeta[] = fields();
const maxlength: number | undefined = meta[0]?.html.maxlength;
const groupTitle: string | undefined = groups()[0]?.title;
const pattern: string | undefined = meta[0]?.pattern;
const cross: readonly CrossRuleMeta[] = rules();
const severity: "error" | "warning" | undefined = cross[0]?.severity;
const schema = jsonSchema();
const std: StandardSchemaV1<ExtensionUpdateInput, ExtensionUpdateBody> = createStandardSchema();
const result = standardSchema["~standard"].validate(input);
void [ok, maxlength, groupTitle, pattern, severity, schema, std, result];

// @ts-expect-error: a switch is "on" or "off", not a boolean
const wrong: ExtensionUpdateInput = { extid: "1", dnd: true };
void wrong;

// Languages: the Chinese entry point's catalog is a Catalog; a catalog must have a message
// for every code.
const chinese: Catalog = zh;
const tag: Locale = registerLocale({ ...chinese, locale: "zh-TW" });
const zhReport: Report = validate(input, { locale: "zh-CN" });
const zhFields: readonly FieldMeta[] = fields({ locale: "zh-CN" });
const strs: string | undefined = strings({ locale: tag }).submit;
const ctxRules: readonly ContextRuleMeta[] = contextRules();
void [zhReport, zhFields, strs, ctxRules, locales()];
const { too_long: _dropped, ...fewer } = chinese.messages;
// @ts-expect-error: a catalog without the message of a code is not a Catalog
const incomplete: Catalog = { ...chinese, messages: fewer };
void incomplete;

// The settings a form is filled from: field names to strings, or null.
const filled = readCurrent({ extinfos: [{ extnumber: "1000", ntransferto: "ext1001" }] }, { extid: "1000" });
const destination: string | undefined = filled?.ntransferto;
void destination;
// @ts-expect-error: readCurrent's result is keyed by field names only
void filled?.moblie;
